"""Rules found by blind layout round 45 (tests/test_layout_blind.py), each on pages of its own wording."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

import scraper

FETCHED = datetime(2017, 6, 9, 12, tzinfo=UTC)


def _old_frontend(blocks: str) -> str:
    return (
        "<html><head><title>Election night – live | Politics | The Guardian</title>"
        '<link rel="canonical" href="https://www.theguardian.com/politics/live/2017/jun/09/election-night-live">'
        '</head><body><article id="article" class="content content--liveblog"><div class="js-liveblog-body">'
        f"{blocks}</div></article></body></html>"
    )


def _div_block(block_id: str, iso: str, shown: str, title: str, body: str) -> str:
    return (
        f'<div id="block-{block_id}" class="block block--content" data-block-contributor="">'
        f'<p class="block-time published-time"><a href="?page=with:block-{block_id}#block-{block_id}">'
        f'<time datetime="{iso}" class="js-timestamp">{shown}</time></a></p>'
        f'<h2 class="block-title">{title}</h2><div class="block-elements"><p>{body}</p></div>'
        '<div class="block-footer"><div class="block-share"><a href="https://www.facebook.com/dialog/share">'
        '<span class="u-h">Share on Facebook</span></a></div></div></div>'
    )


def test_old_guardian_frontend_blocks_without_microdata_are_read() -> None:
    html = _old_frontend(
        _div_block("5939f0aae4b0c1", "2017-06-09T02:40:00.000Z", "3.40am BST", "Kensington recount", "A third recount.")
        + _div_block("5939e1b0e4b0c2", "2017-06-09T01:55:00.000Z", "2.55am BST", "Canterbury goes red", "A first.")
    )
    page = scraper.parse(html, fetched_at=FETCHED, entities=False)
    assert page.layout == "guardian"
    assert [(p.title, p.body_text) for p in page.posts] == [
        ("Kensington recount", "A third recount."),
        ("Canterbury goes red", "A first."),
    ]
    assert [p.published_at for p in page.posts] == [
        datetime(2017, 6, 9, 2, 40, tzinfo=UTC),
        datetime(2017, 6, 9, 1, 55, tzinfo=UTC),
    ]
    assert page.posts[0].post_id == "block-5939f0aae4b0c1"


@pytest.mark.parametrize(
    "rules",
    [
        ("========================================", "________________________________________", "* * *"),
        ("\u2500" * 12, "\u2014" * 6, "  \u2500\u2500\u2500  "),  # box-drawing and em-dash rules
    ],
)
def test_text_copy_rules_between_posts_are_breaks_not_body(rules: tuple[str, str, str]) -> None:
    under_title, between, last = rules
    text = (
        "By-election live: Greens hold Frome North\n"
        f"{under_title}\n"
        "22.40 BST\n"
        "Greens hold Frome North\n"
        "The Green candidate won 612 votes \u2014 a first since 1999.\n"
        f"{between}\n"
        "21.15 BST\n"
        "Polls close\n"
        "Counting starts at the Cheese and Grain hall.\n"
        f"{last}\n"
    )
    page = scraper.parse(text, fetched_at=datetime(2024, 7, 19, 9, tzinfo=UTC), entities=False)
    assert [(p.title, p.body_text) for p in page.posts] == [
        ("Greens hold Frome North", "The Green candidate won 612 votes \u2014 a first since 1999."),
        ("Polls close", "Counting starts at the Cheese and Grain hall."),
    ]


def test_text_copy_clock_over_a_sentence_heads_an_untitled_post() -> None:
    text = (
        "Council by-elections live\n"
        "\n"
        "19.05 BST\n"
        "Lib Dems gain Abbey ward\n"
        "They took the seat from Labour by 48 votes.\n"
        "\n"
        "18.30 BST\n"
        "Turnout in Abbey ward was 24%, the returning officer says.\n"
        "\n"
        "17.55 BST\n"
        "Recount in Castle ward\n"
        "A recount was requested by the Conservatives.\n"
    )
    page = scraper.parse(text, fetched_at=datetime(2024, 9, 13, 9, tzinfo=UTC), entities=False)
    assert [(p.title, p.published_text) for p in page.posts] == [
        ("Lib Dems gain Abbey ward", "19.05 BST"),
        (None, "18.30 BST"),
        ("Recount in Castle ward", "17.55 BST"),
    ]
    assert page.posts[1].body_text == "Turnout in Abbey ward was 24%, the returning officer says."
    assert page.posts[0].body_text == "They took the seat from Labour by 48 votes."


def test_lx_heading_link_to_the_post_itself_is_its_url_not_a_link() -> None:
    def item(post_id: str, href: str, title: str) -> str:
        return (
            f'<li class="lx-stream__post-container"><article id="{post_id}" class="qa-post lx-stream-post">'
            '<header class="lx-stream-post__header"><time class="lx-stream-post__meta-time">'
            '<span class="gs-u-vh qa-visually-hidden-meta">posted at </span>'
            '<span class="qa-post-auto-meta">10:05</span></time><h3 class="lx-stream-post__header-title qa-post-title">'
            f'<a class="qa-heading-link lx-stream-post__header-link" href="{href}">'
            f'<span class="lx-stream-post__header-text">{title}</span></a></h3></header>'
            '<div class="qa-post-body"><div class="lx-stream-post-body"><p>Counting goes on.</p></div></div>'
            "</article></li>"
        )

    html = (
        '<html><head><title>Count live - BBC News</title></head><body><div id="lx-stream">'
        '<ol class="lx-stream__feed qa-stream">'
        + item(
            "post_a1",
            "/news/live/uk-wales-12345678?pinned_post_locator=urn:asset:1111&amp;pinned_post_type=share",
            "Own",
        )
        + item("post_b2", "/news/uk-wales-87654321", "A story elsewhere")
        + "</ol></div></body></html>"
    )
    page = scraper.parse(
        html, url="https://www.bbc.co.uk/news/live/uk-wales-12345678", fetched_at=FETCHED, entities=False
    )
    own, story = page.posts
    assert own.links == []
    assert own.url is not None and "pinned_post_locator=urn:asset:1111" in own.url
    assert [link.url for link in story.links] == ["https://www.bbc.co.uk/news/uk-wales-87654321"]


def test_json_ld_headline_only_updates_take_their_bodies_from_the_entry_headed_by_that_headline() -> None:
    updates = [
        {"@type": "BlogPosting", "headline": "Recount in Radstock", "datePublished": "2023-05-05T15:20:00+01:00"},
        {"@type": "BlogPosting", "headline": "Polls closed", "datePublished": "2023-05-04T22:00:00+01:00"},
    ]
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "BreadcrumbList", "itemListElement": [{"@type": "ListItem", "position": 1, "name": "News"}]},
            {"@type": "LiveBlogPosting", "headline": "Somerset count live", "liveBlogUpdate": updates},
        ],
    }
    entry = (
        '<li class="feed-item"><span class="when">{clock}</span><h3>{title}</h3><span class="byline">By Ana Ruiz</span>'
        "<p>{body}</p><button>Share</button></li>"
    )
    html = (
        f'<html><head><title>Somerset count live</title><script type="application/ld+json">{json.dumps(graph)}</script>'
        '</head><body><h1>Somerset count live</h1><ul class="feed">'
        + entry.format(clock="15:20", title="Recount in Radstock", body="Two votes split the leading pair.")
        + entry.format(clock="22:00", title="Polls closed", body="Verification starts at 23:00.")
        + "</ul></body></html>"
    )
    page = scraper.parse(html, url="https://www.somerset-news.example/live", fetched_at=FETCHED, entities=False)
    assert page.layout == "jsonld"
    assert [(p.title, p.body_text) for p in page.posts] == [
        ("Recount in Radstock", "Two votes split the leading pair."),
        ("Polls closed", "Verification starts at 23:00."),
    ]
    assert {p.author for p in page.posts} == {"Ana Ruiz"}


def test_json_ld_headline_shown_twice_is_not_guessed() -> None:
    ld = {
        "@context": "https://schema.org",
        "@type": "LiveBlogPosting",
        "headline": "Count live",
        "liveBlogUpdate": [{"@type": "BlogPosting", "headline": "Key result", "datePublished": "2023-05-05T12:00:00Z"}],
    }
    html = (
        f'<html><head><script type="application/ld+json">{json.dumps(ld)}</script></head><body>'
        "<div><h2>Key result</h2><p>From the summary box.</p></div><div><h2>Key result</h2><p>From the post.</p></div>"
        "</body></html>"
    )
    page = scraper.parse(html, url="https://www.count-news.example/live", fetched_at=FETCHED, entities=False)
    assert page.posts[0].body_text == ""
