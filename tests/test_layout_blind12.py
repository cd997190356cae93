"""Blind schema.org round 12: live pages of UK publishers other than the BBC and the Guardian."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

import scraper

PAGE = "https://news.example.co.uk/politics/county-count-live-1234"
FETCHED = datetime(2025, 5, 2, 18, tzinfo=UTC)


def _ld_page(blog: dict[str, Any], body: str = "") -> str:
    return (
        "<html><head><title>County count live</title>"
        f'<script type="application/ld+json">{json.dumps(blog)}</script></head>'
        f"<body><h1>County count live</h1>{body}</body></html>"
    )


def _update(**fields: Any) -> dict[str, Any]:
    return {"@type": "BlogPosting", "headline": "Count begins", "datePublished": "2025-05-02T09:00:00Z",
            "articleBody": "Verification has finished.", **fields}  # fmt: skip


def _parse(html: str) -> scraper.Page:
    return scraper.parse(html, url=PAGE, fetched_at=FETCHED, entities=False)


def test_a_news_article_carrying_live_blog_updates_is_a_live_blog() -> None:
    page = _parse(_ld_page({"@type": "NewsArticle", "headline": "County count live", "liveBlogUpdate": [_update()]}))
    assert page.layout == "jsonld"
    assert [p.title for p in page.posts] == ["Count begins"]


def test_a_news_article_without_updates_is_not_a_live_blog() -> None:
    html = _ld_page({"@type": "NewsArticle", "headline": "County count", "articleBody": "Counting begins."})
    assert not scraper.layouts.jsonld.detect(scraper.source.Source(html, url=PAGE))


def test_a_modified_time_that_is_the_published_time_is_no_update() -> None:
    same = _update(dateModified="2025-05-02T10:00:00+01:00")  # the same instant, written in BST
    later = _update(headline="Result", datePublished="2025-05-02T11:00:00Z", dateModified="2025-05-02T11:20:00Z")
    posts = _parse(_ld_page({"@type": "LiveBlogPosting", "liveBlogUpdate": [same, later]})).posts
    assert [p.updated_at for p in posts] == [None, datetime(2025, 5, 2, 11, 20, tzinfo=UTC)]


def test_the_job_title_of_a_post_s_one_author_is_its_role() -> None:
    one = _update(author=[{"@type": "Person", "name": "Ann Lee", "jobTitle": "Political Reporter"}])
    two = _update(
        headline="Result",
        author=[
            {"@type": "Person", "name": "Ann Lee", "jobTitle": "Political Reporter"},
            {"@type": "Person", "name": "Bo Ray"},
        ],
    )
    posts = _parse(_ld_page({"@type": "LiveBlogPosting", "liveBlogUpdate": [one, two]})).posts
    assert [(p.author, p.role) for p in posts] == [("Ann Lee", "Political Reporter"), ("Ann Lee and Bo Ray", None)]


def test_embeds_in_an_html_article_body_lose_their_share_tracking_query() -> None:
    body = (
        '<p>Declared.</p><blockquote class="twitter-tweet"><p>We won!</p>&mdash; Ann (@ann) '
        '<a href="https://twitter.com/ann/status/123456789?ref_src=twsrc%5Etfw">May 2, 2025</a></blockquote>'
    )
    post = _parse(_ld_page({"@type": "LiveBlogPosting", "liveBlogUpdate": [_update(articleBody=body)]})).posts[0]
    assert [(e.kind, e.url) for e in post.embeds] == [("twitter", "https://twitter.com/ann/status/123456789")]
    assert post.body_text == "Declared."
