"""The seed text copy (shared/seed/) scored by shared/tools/score.py: every post, field and body line, no leaks.

Entity scores are the entities module's business; this checks the splitting and cleaning of the text layout.
"""

from __future__ import annotations

import importlib.util
import json
from datetime import UTC, datetime
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

import scraper

SEED_URL = "https://feeds.bbci.co.uk/news/live/uk-england-nottinghamshire-56931665?page=2"
FETCHED = datetime(2024, 5, 1, 12, 0, tzinfo=UTC)


def _scorer(shared: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("liveblog_shared_score", shared / "tools" / "score.py")
    if spec is None or spec.loader is None:
        pytest.skip("shared/tools/score.py is missing")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def seed_score(shared: Path) -> dict[str, Any]:
    text = (shared / "seed" / "bbc-east-midlands-2021-05-07-page2.txt").read_bytes()
    page = scraper.parse(text, url=SEED_URL, fetched_at=FETCHED, entities=False)
    assert page.layout == "text"
    truth = json.loads((shared / "seed" / "truth.json").read_text(encoding="utf-8"))
    result: dict[str, Any] = _scorer(shared).score(truth, page.to_dict())
    return result


def test_seed_every_post_matched(seed_score: dict[str, Any]) -> None:
    assert (seed_score["posts_matched"], seed_score["posts_expected"], seed_score["posts_output"]) == (20, 20, 20)


def test_seed_every_field_right(seed_score: dict[str, Any]) -> None:
    assert seed_score["field_accuracy"] == 1.0
    assert seed_score["fields"] == {"title": "20/20", "published": "20/20", "author": "20/20", "role": "20/20"}


def test_seed_body_kept_and_no_boilerplate(seed_score: dict[str, Any]) -> None:
    assert seed_score["body_lines_kept"] == "84/84"
    assert seed_score["boilerplate_leaks"] == []


def test_seed_embeds_images_and_promo(shared: Path) -> None:
    text = (shared / "seed" / "bbc-east-midlands-2021-05-07-page2.txt").read_bytes()
    page = scraper.parse(text, url=SEED_URL, fetched_at=FETCHED, entities=False)
    with_tweet = [i + 1 for i, p in enumerate(page.posts) if p.embeds]
    assert with_tweet == [1, 9, 10, 11, 12, 15]
    assert all(e.kind == "twitter" and e.url is None for p in page.posts for e in p.embeds)
    assert [p.kind for p in page.posts].count("promo") == 1 and page.posts[12].kind == "promo"
    assert page.posts[2].images == [scraper.Image(alt="Oadby sign", credit="PA Media")]
    assert page.page.number == 2
