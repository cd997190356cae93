"""``scraper.models.EMBED_KINDS`` names every kind of embed the parser gives, so a consumer switching on it misses
none: the kinds the cleaner tells by host or provider, and the kinds in every fixture's expected output."""

from __future__ import annotations

import json
from pathlib import Path

from scraper.clean import _EMBED_HOSTS, _PROVIDERS
from scraper.models import EMBED_KINDS

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def test_every_kind_told_by_host_or_provider_is_declared() -> None:
    assert set(_EMBED_HOSTS.values()) | set(_PROVIDERS.values()) <= set(EMBED_KINDS)


def test_every_kind_in_the_expected_fixture_output_is_declared() -> None:
    seen = {
        embed["kind"]
        for path in FIXTURES.glob("*/**/*.expected.json")
        for post in json.loads(path.read_text(encoding="utf-8")).get("posts", [])
        for embed in post.get("embeds", [])
    }
    assert {"twitter", "bluesky"} <= seen  # the glob reached the pages
    assert seen <= set(EMBED_KINDS), seen - set(EMBED_KINDS)
