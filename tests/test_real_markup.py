"""Variations of real live-page markup that other projects met (cited per test), in small hand-made pages."""

from __future__ import annotations

from datetime import UTC, datetime

import scraper
from scraper.models import Page

FETCHED = datetime(2024, 5, 3, 9, 0, tzinfo=UTC)
WEBCORE_URL = "https://www.bbc.co.uk/news/live/uk-politics-68893000"


def parse(html: str, url: str | None = WEBCORE_URL, fetched_at: datetime = FETCHED) -> Page:
    return scraper.parse(html, url=url, fetched_at=fetched_at, entities=False)


def webcore_page(*articles: str) -> str:
    items = "".join(f'<li><article data-testid="content-post">{a}</article></li>' for a in articles)
    return f"<html><body><main><h1>Local elections 2024</h1><ol>{items}</ol></main></body></html>"


def test_webcore_link_card_title_is_its_aria_hidden_link_post_headline() -> None:
    # Real cards: <a LinkPostLink><span Timestamp>21:19 BST 29 June</span><span VisuallyHidden>headline,
    # published at 21:19</span><span aria-hidden="true" LinkPostHeadline>headline</span></a>.
    card = (
        '<div class="ssrcss-10i168z-LinkPost"><a class="ssrcss-9haqql-LinkPostLink" href="/news/articles/c4nnx1y2z3zo">'
        '<h3><span class="ssrcss-dyweam-Timestamp">21:19 BST 2 May</span>'
        '<span class="visually-hidden ssrcss-1f39n02-VisuallyHidden">'
        "Labour wins Blackpool South, published at 21:19</span>"
        '<span aria-hidden="true" class="ssrcss-yjj6jm-LinkPostHeadline">Labour wins Blackpool South</span></h3>'
        '<p class="ssrcss-1-LinkPostSummary">Chris Webb overturns a Conservative majority.</p></a></div>'
    )
    post = parse(webcore_page(card)).posts[0]
    assert (post.title, post.kind, post.body_text) == (
        "Labour wins Blackpool South",
        "promo",
        "Chris Webb overturns a Conservative majority.",
    )
    assert [(link.text, link.url) for link in post.links] == [
        ("Labour wins Blackpool South", "https://www.bbc.co.uk/news/articles/c4nnx1y2z3zo")
    ]
    assert post.published_text == "21:19"
