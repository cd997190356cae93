"""Fixes of blind layout round 57: a live page's update response and a WordPress live-blog plugin's entries."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from test_layout_fix45 import _div_block

import scraper
from scraper.source import decode

FETCHED = datetime(2019, 5, 3, 12, tzinfo=UTC)


def test_an_update_response_is_read_as_the_blocks_its_html_holds() -> None:
    response = json.dumps(
        {
            "numNewBlocks": 2,
            "html": _div_block(
                "5ccbf1a2e4b0c2d3a4f50002", "2019-05-03T08:05:00Z", "9.05am", "Greens gain in Sheffield", "Two gains."
            )
            + _div_block(
                "5ccbef10e4b0c2d3a4f50001", "2019-05-03T07:50:00Z", "8.50am", "Count resumes", "Counting resumed."
            ),
            "mostRecentBlockId": "block-5ccbf1a2e4b0c2d3a4f50002",
        }
    )
    page = scraper.parse(
        response,
        url="https://www.theguardian.com/politics/live/2019/may/03/council-count.json?lastUpdate=block-x&isLivePage=true",
        fetched_at=FETCHED,
        entities=False,
    )
    assert page.layout == "guardian"
    assert [(p.title, p.published_at, p.author, p.body_text) for p in page.posts] == [
        ("Greens gain in Sheffield", datetime(2019, 5, 3, 8, 5, tzinfo=UTC), None, "Two gains."),
        ("Count resumes", datetime(2019, 5, 3, 7, 50, tzinfo=UTC), None, "Counting resumed."),
    ]


@pytest.mark.parametrize(
    "document",
    [
        '{"html": "<p>a page</p>", "count": 2}',  # no update count
        '{"numNewBlocks": 0, "html": ""}',  # nothing new: the response as it is
        '{"numNewBlocks": 1, "html": ',  # cut short
    ],
)
def test_a_json_document_that_is_no_update_response_stays_as_it_is(document: str) -> None:
    assert decode(document) == document


def _wordpress_page(*entries: str, updates: str = "") -> str:
    blog = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": "Wigan count live"}
    if updates:
        blog["liveBlogUpdate"] = json.loads(updates)
    return (
        f'<html><head><script type="application/ld+json">{json.dumps(blog)}</script></head><body>'
        f'<div class="liveblog-feed">{"".join(entries)}</div></body></html>'
    )


def _entry(number: int, stamp: str, title: str, author: str, body: str) -> str:
    return (
        f'<article id="id_{number}" class="liveblog-entry" data-timestamp="{stamp}"><aside>'
        f'<a class="liveblog-meta-time" href="https://news.example.org/wigan-live/?liveblog_entry={number}">'
        f"<span>2 hours ago</span><span>10:00</span></a></aside><div>"
        + (f'<h2 class="liveblog-entry-header">{title}</h2>' if title else "")
        + f'<span class="liveblog-meta-author-name">{author}</span>'
        f'<div class="liveblog-entry-content">{body}</div></div></article>'
    )


def test_a_plugins_entries_are_the_posts_of_a_blog_whose_json_ld_lists_no_updates() -> None:
    page = scraper.parse(
        _wordpress_page(
            _entry(77, "1556877600", "Labour hold Wigan", "Ann Lee", "<p>Labour kept Wigan with 60 seats.</p>"),
            _entry(76, "1556874000", "", "Raj Patel", "<p>Turnout was 27%.</p>"),
            _entry(75, "2019-05-03", "Not an epoch", "Ann Lee", "<p>No time here.</p>"),
        ),
        url="https://news.example.org/wigan-live/",
        fetched_at=FETCHED,
        entities=False,
    )
    assert page.layout == "jsonld"
    assert [(p.title, p.published_at, p.author, p.body_text, p.url) for p in page.posts] == [
        (
            "Labour hold Wigan",
            datetime(2019, 5, 3, 10, tzinfo=UTC),
            "Ann Lee",
            "Labour kept Wigan with 60 seats.",
            "https://news.example.org/wigan-live/?liveblog_entry=77",
        ),
        (
            None,
            datetime(2019, 5, 3, 9, tzinfo=UTC),
            "Raj Patel",
            "Turnout was 27%.",
            "https://news.example.org/wigan-live/?liveblog_entry=76",
        ),
    ]


def test_a_blog_with_neither_updates_nor_timestamped_entries_is_still_an_error() -> None:
    with pytest.raises(scraper.ParseError, match="liveBlogUpdate is empty or missing"):
        scraper.parse(_wordpress_page('<div data-timestamp="1556877600"></div>'), url="https://news.example.org/x/")


def test_updates_in_the_json_ld_outrank_the_plugins_entries() -> None:
    updates = json.dumps(
        [
            {
                "@type": "BlogPosting",
                "headline": "From the JSON-LD",
                "articleBody": "Given.",
                "datePublished": "2019-05-03T09:30:00Z",
            }
        ]
    )
    page = scraper.parse(
        _wordpress_page(_entry(9, "1556877600", "From the markup", "Ann Lee", "<p>Shown.</p>"), updates=updates),
        url="https://news.example.org/wigan-live/",
        fetched_at=FETCHED,
        entities=False,
    )
    assert [p.title for p in page.posts] == ["From the JSON-LD"]
