"""Fixes of blind layout round 56 (and its leftovers): the links of a page read as its text."""

from __future__ import annotations

from datetime import UTC, datetime

import scraper
from scraper.models import Link

FETCHED = datetime(2026, 5, 8, 12, tzinfo=UTC)
READER = "https://www.bbc.co.uk/news/live/c0unt1ng26xt"


def _reader_view(*posts: str) -> bytes:
    return (
        "<!DOCTYPE html><html><head><title>Council results live - BBC News</title></head><body><div>"
        f'<a href="{READER}">bbc.co.uk</a><h1>Council results live</h1><div>7–9 minutes</div></div><hr><ol>'
        + "".join(posts)
        + '</ol><p><a href="/news/help">Help</a></p></body></html>'
    ).encode()


def _reader_post(title: str, clock: str, body: str) -> str:
    return (
        f"<li><article><header><h3><span><span>{title}</span><span>, published at {clock}</span></span></h3>"
        f"<div><span>{clock}</span></div></header><div>{body}</div></article></li>"
    )


def test_a_page_read_as_its_text_keeps_the_links_of_each_posts_lines() -> None:
    page = scraper.parse(
        _reader_view(
            _reader_post(
                "Greens hold Abbey",
                "10:05",
                '<p>The Greens held Abbey. See <a href="/news/uk-england-kent-1">the Kent results</a> and '
                '<a href="mailto:desk@example.com">write to us</a>.</p><p>Turnout was 29%.</p>',
            ),
            _reader_post(
                "Count starts", "09:40", '<p>Verification began at nine (<a href="/news/uk-2">how counts work</a>).</p>'
            ),
            _reader_post("Recount in Dane", "09:10", "<p>No link here.</p>"),
        ),
        url=READER,
        fetched_at=FETCHED,
        entities=False,
    )
    assert page.layout == "text"
    assert [p.links for p in page.posts] == [
        [Link("the Kent results", "https://www.bbc.co.uk/news/uk-england-kent-1")],
        [Link("how counts work", "https://www.bbc.co.uk/news/uk-2")],
        [],  # the page's own header and footer links are in no post's lines
    ]
