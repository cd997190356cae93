"""Rules found by blind layout round 49 (tests/test_layout_blind.py), each on pages of its own wording."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

import pytest
from selectolax.lexbor import LexborHTMLParser

import scraper
from scraper.clean import html_body

FETCHED = datetime(2022, 5, 6, 12, tzinfo=UTC)
STREAM_KEY = "stream?liveTextStreamId=0123456789ABCDEF0123456789ABCDEF&pageNumber=1&pageSize=20"


def _item(n: int, title: str, text: str, first: str, pinned: bool = False) -> dict[str, Any]:
    def para(words: str) -> dict[str, Any]:
        return {
            "type": "paragraph",
            "model": {"text": words, "blocks": [{"type": "fragment", "model": {"text": words}}]},
        }

    headline = {"type": "headline", "model": {"blocks": [{"type": "text", "model": {"blocks": [para(title)]}}]}}
    return {
        "urn": f"asset:00000000-0000-4000-8000-00000000000{n}",
        "type": "POST",
        "link": None,
        "options": {"isBreakingNews": False, **({"isPinned": True} if pinned else {})},
        "dates": {"firstPublished": first, "lastPublished": first, "curated": first},
        "header": {"model": {"blocks": [headline]}},
        "content": {"model": {"blocks": [para(text)]}},
    }


def _script(document: dict[str, Any]) -> str:
    return f"<script>window.__INITIAL_DATA__={json.dumps(json.dumps(document))};</script>"


def _stream(*items: dict[str, Any]) -> dict[str, Any]:
    return {"data": {STREAM_KEY: {"data": {"page": {"index": 1, "total": 1}, "results": list(items)}}}}


def test_a_post_pinned_atop_a_webcore_stream_is_kept_once_in_its_place() -> None:
    welcome = _item(1, "Welcome to election night", "Results from 21 councils.", "2022-05-05T21:00:00+00:00", True)
    stream = _stream(
        welcome,
        _item(2, "Recount in Abbey ward", "Ballots are counted again.", "2022-05-06T01:10:00+00:00"),
        _item(3, "First result from Hartside", "Labour hold the seat.", "2022-05-05T23:40:00+00:00"),
        welcome,
    )
    page = scraper.parse(json.dumps(stream), url="https://www.bbc.co.uk/news/live/cx1", entities=False)
    assert [p.title for p in page.posts] == [
        "Recount in Abbey ward",
        "First result from Hartside",
        "Welcome to election night",
    ]


def test_the_webcore_stream_is_read_from_a_later_data_script_when_the_first_holds_page_chrome() -> None:
    chrome = {"data": {"nav?lang=en": {"data": {"results": [{"urn": "urn:bbc:cps:x1", "title": "Most watched"}]}}}}
    stream = _stream(
        _item(4, "Count under way in Tilbury", "Verification began at 22:30.", "2022-05-05T22:35:00+00:00")
    )
    html = (
        "<html><head><title>Thurrock results - BBC News</title></head><body>"
        f'{_script(chrome)}<h1 id="main-heading">Thurrock results</h1>'
        '<article data-testid="content-post"><h3><span>Count under way in Tilbury</span></h3></article>'
        f"{_script(stream)}</body></html>"
    )
    page = scraper.parse(html, url="https://www.bbc.co.uk/news/live/cx2", fetched_at=FETCHED, entities=False)
    assert page.layout == "bbc-webcore"
    assert [(p.title, p.body_text) for p in page.posts] == [
        ("Count under way in Tilbury", "Verification began at 22:30.")
    ]
    assert page.posts[0].post_id == "asset:00000000-0000-4000-8000-000000000004"


def _lx_video_post(player: str) -> str:
    return (
        '<html><head><title>Council results - BBC News</title></head><body><div id="lx-stream">'
        '<ol class="lx-stream__feed"><li class="lx-stream__post-container">'
        '<article id="post_5b0c1" class="lx-stream-post">'
        '<header class="lx-stream-post__header"><time class="lx-stream-post__meta-time">'
        '<span class="qa-post-auto-meta">11:05</span></time><h3 class="lx-stream-post__header-title">'
        '<span class="lx-stream-post__header-text">Watch: the mayor speaks</span></h3></header>'
        '<div class="qa-post-body"><div class="lx-stream-post-body">'
        f'<figure class="lx-media-asset lx-media-asset--video"><div class="lx-media-asset__player" {player}></div>'
        '<p class="lx-media-asset-summary">Video content</p></figure>'
        "<p>The new mayor thanked the returning officer.</p>"
        "</div></div></article></li></ol></div></body></html>"
    )


@pytest.mark.parametrize(
    ("player", "url"),
    [
        (
            'data-playlist="{&quot;url&quot;: &quot;https://www.bbc.co.uk/news/av/uk-wales-51234567&quot;, '
            '&quot;items&quot;: [{&quot;vpid&quot;: &quot;p08abc12&quot;}]}"',
            "https://www.bbc.co.uk/news/av/uk-wales-51234567",
        ),
        ('data-playlist="/news/av/embed/p08abc13/51234568"', "https://www.bbc.co.uk/news/av/embed/p08abc13/51234568"),
        ('data-playable="{&quot;settings&quot;: {&quot;vpid&quot;: &quot;p08abc14&quot;}}"', None),
        ('data-playlist="{&quot;title&quot;: &quot;no address&quot;}"', None),
    ],
)
def test_an_lx_video_embed_takes_its_clip_address_from_the_players_playlist(player: str, url: str | None) -> None:
    page = scraper.parse(
        _lx_video_post(player),
        url="https://www.bbc.co.uk/news/live/uk-wales-51200000",
        fetched_at=FETCHED,
        entities=False,
    )
    assert page.layout == "bbc-lx"
    [post] = page.posts
    assert [(e.kind, e.url) for e in post.embeds] == [("video", url)]
    assert post.body_text == "The new mayor thanked the returning officer."


def _update(anchor: str, headline: str, at: str, body: str, author: Any) -> dict[str, Any]:
    return {
        "@type": "BlogPosting",
        "@id": f"https://www.example-gazette.co.uk/live#{anchor}",
        "headline": headline,
        "datePublished": at,
        "articleBody": body,
        "author": author,
    }


def test_jsonld_authors_given_as_id_references_are_looked_up_in_the_graph() -> None:
    site = "https://www.example-gazette.co.uk"
    reporter = {"@type": "Person", "@id": f"{site}/#/person/1", "name": "Tess Arkwright", "jobTitle": "Chief Reporter"}
    paper = {"@type": "NewsMediaOrganization", "@id": f"{site}/#org", "name": "Example Gazette"}
    updates = [
        _update("u2", "Greens hold Moorside", "2025-05-02T11:15:00+01:00", "By 40 votes.", {"@id": reporter["@id"]}),
        _update("u1", "Doors open at the count", "2025-05-02T09:00:00+01:00", "Staff are in.", [{"@id": paper["@id"]}]),
    ]
    blog = {
        "@type": "LiveBlogPosting",
        "headline": "Count live",
        "liveBlogUpdate": [{"@id": u["@id"]} for u in updates],
    }
    graph = {"@context": "https://schema.org", "@graph": [blog, *updates, reporter, paper]}
    html = f'<html><head><script type="application/ld+json">{json.dumps(graph)}</script></head><body></body></html>'
    page = scraper.parse(html, url=f"{site}/live", fetched_at=FETCHED, entities=False)
    assert page.layout == "jsonld"
    assert [(p.title, p.author, p.role) for p in page.posts] == [
        ("Greens hold Moorside", "Tess Arkwright", "Chief Reporter"),
        ("Doors open at the count", None, None),  # the publisher, no byline
    ]


def test_an_embed_given_only_inside_noscript_is_read_and_nothing_else_of_it() -> None:
    root = LexborHTMLParser(
        "<div><p>The count has finished.</p><noscript><div><blockquote class='instagram-media'>"
        "<p>Our volunteers at the count</p><a href='https://www.instagram.com/p/Cq1x2y3z4/'>A post</a></blockquote>"
        "</div><img src='https://pixel.example/t.gif' alt=''></noscript>"
        "<noscript><p>Please turn on JavaScript.</p></noscript><p>Turnout was 31%.</p></div>"
    ).css_first("div")
    assert root is not None
    body = html_body(root)
    assert body.paragraphs == ["The count has finished.", "Turnout was 31%."]
    assert [(e.kind, e.url) for e in body.embeds] == [("instagram", "https://www.instagram.com/p/Cq1x2y3z4/")]
    assert body.images == []


def test_a_guardian_tweet_figure_keeps_its_tweet_and_loses_the_placeholder_its_script_replaces() -> None:
    url = "https://www.theguardian.com/politics/live/2024/may/02/council-results-live"
    tweet = "https://twitter.com/CountDesk/status/1785901234567890123"
    html = (
        f'<html><head><link rel="canonical" href="{url}"></head><body><div id="liveblog-body">'
        '<article id="block-66338f0a8f08b1c2d3e4f501" class="block"><header>'
        f'<a href="{url}?page=with:block-66338f0a8f08b1c2d3e4f501#block-66338f0a8f08b1c2d3e4f501">'
        '<time datetime="2024-05-02T23:10:00.000Z">00.10 BST</time></a><h2>Recount in Hartcliffe</h2></header>'
        '<div class="block-elements"><p>A recount has been called.</p>'
        '<figure class="element element-tweet"><span class="tweet-wait">Fetching the post…</span><noscript>'
        f'<blockquote class="twitter-tweet"><p>Recount!</p>— Count Desk <a href="{tweet}">May 3, 2024</a></blockquote>'
        "</noscript></figure><p>It should take an hour.</p></div></article></div></body></html>"
    )
    page = scraper.parse(html, url=url, fetched_at=FETCHED, entities=False)
    assert page.layout == "guardian"
    [post] = page.posts
    assert post.body_text == "A recount has been called.\nIt should take an hour."
    assert [(e.kind, e.url) for e in post.embeds] == [("twitter", tweet)]


def _copy(*posts: str) -> str:
    return "Borough council results\n\nLive Reporting\n\n" + "\n".join(posts)


def _text_post(clock: str, title: str, line: str, share: str) -> str:
    return f"{clock} BST 6 May\n{title}\n\n{line}\n\nShare\n{share}\nAbout sharing\n"


def test_a_text_copys_share_panel_gives_each_post_its_permalink_and_leaves_its_body() -> None:
    first = "https://www.bbc.co.uk/news/live/c7q2?post=asset%3Aa1b2c3d4-0000-4000-8000-000000000001#post"
    second = (
        "https://www.bbc.co.uk/news/live/uk-england-49001?pinned_post_locator=urn:asset:e5f6&pinned_post_type=share"
    )
    posts = _posts_of(
        _copy(
            _text_post("11:40", "Greens gain Moor End", "A gain by 61 votes.", f"Copy link {first}"),
            _text_post("10:55", "Recount at Hillside", "Two piles were mixed up.", f"Copy this link\n\n{second}"),
            _text_post("10:20", "Count begins", "Boxes are arriving.", "Copy link"),
        )
    )
    assert [(p.title, p.url, p.body_text) for p in posts] == [
        ("Greens gain Moor End", first, "A gain by 61 votes."),
        ("Recount at Hillside", second, "Two piles were mixed up."),
        ("Count begins", None, "Boxes are arriving."),
    ]


def test_a_share_address_every_post_of_a_copy_repeats_is_no_posts_permalink() -> None:
    same = "https://www.bbc.co.uk/news/live/c7q3?post=asset%3Aa1b2c3d4-0000-4000-8000-000000000009#post"
    posts = _posts_of(
        _copy(
            _text_post("11:40", "Greens gain Moor End", "A gain by 61 votes.", f"Copy link {same}"),
            _text_post("10:55", "Recount at Hillside", "Two piles were mixed up.", f"Copy link {same}"),
        )
    )
    assert [(p.url, p.body_text) for p in posts] == [(None, "A gain by 61 votes."), (None, "Two piles were mixed up.")]


def _posts_of(text: str) -> list[scraper.Post]:
    page = scraper.parse(text, fetched_at=FETCHED, entities=False)
    assert page.layout == "text"
    return page.posts


def _wc_article(n: int, title: str, shown: str) -> str:
    return (
        f'<li><article data-testid="content-post"><header><h3 id="asset:00000000-0000-4000-8000-00000000002{n}">'
        f'<span>{title}</span><span class="visually-hidden">, published at {shown} British Summer Time 6 May</span>'
        f"</h3></header><div><p>Text of {title.lower()}.</p></div></article></li>"
    )


def test_a_post_pinned_atop_a_webcore_html_stream_is_kept_once_in_its_place() -> None:
    welcome = _wc_article(1, "Welcome to the count", "07:00")
    html = (
        '<html><head><title>Borough results - BBC News</title></head><body><h1 id="main-heading">Borough results</h1>'
        f'<section data-testid="pinned-post"><ol>{welcome}</ol></section><div data-testid="live-text-stream"><ol>'
        f"{_wc_article(2, 'Labour hold Eastfield', '09:30')}{_wc_article(3, 'Count paused', '08:15')}{welcome}"
        "</ol></div></body></html>"
    )
    page = scraper.parse(html, url="https://www.bbc.co.uk/news/live/cx3", fetched_at=FETCHED, entities=False)
    assert page.layout == "bbc-webcore"
    assert [p.title for p in page.posts] == ["Labour hold Eastfield", "Count paused", "Welcome to the count"]
