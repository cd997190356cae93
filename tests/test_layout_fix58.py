"""Fixes of blind layout round 58: a page gzipped on disk, a search engine's cache copy with its <base href>, a page
whose UTF-8 was read as Windows-1252 and saved again, and a copy made as Markdown."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from archive.cli import main
from scraper.errors import UnreadableInput
from scraper.source import decode

# A small JSON-LD live page of its own wording (not the round's fixture).
JSONLD_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Results live</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"LiveBlogPosting",
"headline":"Borough count live","datePublished":"2025-05-01T22:00:00+01:00","liveBlogUpdate":[
{"@type":"BlogPosting","headline":"Independents gain Riverside","datePublished":"2025-05-02T01:10:00+01:00",
"articleBody":"Independents have gained Riverside ward by 58 votes – a first for the town’s council."}]}</script>
</head><body><main><h1>Borough count live</h1></main></body></html>"""


def test_a_gzipped_copy_is_read_as_the_page_it_holds() -> None:
    assert decode(gzip.compress(JSONLD_PAGE.encode("utf-8"))) == JSONLD_PAGE


def test_a_gzipped_copy_on_disk_is_parsed_by_the_cli(tmp_path: Path) -> None:
    path = tmp_path / "count.html.gz"
    path.write_bytes(gzip.compress(JSONLD_PAGE.encode("utf-8")))
    result = CliRunner().invoke(main, ["parse", str(path), "--url", "https://news.example.org/live/count"])
    assert result.exit_code == 0, result.output
    page = json.loads(result.stdout)
    assert [post["title"] for post in page["posts"]] == ["Independents gain Riverside"]
    assert "the town’s council." in page["posts"][0]["body_text"]


def test_a_gzipped_copy_cut_short_is_one_clear_error() -> None:
    with pytest.raises(UnreadableInput) as caught:
        decode(gzip.compress(JSONLD_PAGE.encode("utf-8"))[:200], source="cut.html.gz")
    assert str(caught.value).startswith("cut.html.gz: input is gzip-compressed but cannot be decompressed")
