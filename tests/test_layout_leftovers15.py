"""Leftovers of the blind layout rounds: each a general rule of the page parser, in its own wording."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from selectolax.lexbor import LexborHTMLParser

import scraper
from scraper.clean import Body, classify_line, html_body, social_links_to_embeds
from scraper.models import Embed, Link

FETCHED = datetime(2024, 5, 3, 10, 15, tzinfo=UTC)

# --- 1. a fallback link's other wordings ("View original tweet on Twitter") are boilerplate -------------

FALLBACK_WORDINGS = [
    ("View original tweet on Twitter", "https://twitter.com/WakefieldCouncil/status/1786000000000000001", "twitter"),
    ("View original post on X", "https://x.com/WakefieldCouncil/status/1786000000000000002", "twitter"),
    ("View original video on TikTok", "https://www.tiktok.com/@wakefieldlabour/video/7364000000000000003", "tiktok"),
    ("View original post on Instagram.", "https://www.instagram.com/p/C6aBcDeFgHi/", "instagram"),
]


@pytest.mark.parametrize(("text", "url", "kind"), FALLBACK_WORDINGS)
def test_a_fallback_link_outside_an_embed_box_is_the_embed(text: str, url: str, kind: str) -> None:
    div = LexborHTMLParser(
        f'<div><p>Turnout in Wakefield was 31%.</p><p><a href="{url}">{text}</a></p><a href="{url}">{text}</a></div>'
    ).css_first("div")
    assert div is not None
    body = html_body(div, None)
    assert body.paragraphs == ["Turnout in Wakefield was 31%."]
    assert body.embeds == [Embed(kind, url)]
    assert body.links == []


@pytest.mark.parametrize(("text", "url", "kind"), FALLBACK_WORDINGS)
def test_a_fallback_link_read_as_a_link_becomes_its_embed(text: str, url: str, kind: str) -> None:
    body = Body(["Turnout in Wakefield was 31%."], [], [], [Link(text, url)])
    social_links_to_embeds(body)
    assert body.embeds == [Embed(kind, url)] and body.links == []


def test_a_fallback_line_in_a_text_copy_goes() -> None:
    text = "\n".join(
        [
            "  1. Labour keep Wakefieldpublished at 04:10 British Summer Time 3 May 2024",
            "",
            "    The party held all but two of its seats.",
            "    View original tweet on Twitter",
            "    View original post on X",
            "    Turnout was 31%.",
        ]
    )
    page = scraper.parse(text, url="https://www.bbc.co.uk/news/live/uk-england-1", fetched_at=FETCHED, entities=False)
    assert page.layout == "text"
    assert page.posts[0].body_text == "The party held all but two of its seats.\nTurnout was 31%."


def test_a_sentence_that_starts_like_a_fallback_link_stays() -> None:
    assert classify_line("View original results on the council's website") is None
    assert classify_line("View original count sheets on request.") is None


# --- 2. a non-social frame in a post (a results map, a chart) is an embed of kind "other" -------------------

WEBCORE_URL = "https://www.bbc.co.uk/news/live/c4n7x2p9q1rt"


def _webcore_article(frame: str) -> str:
    return (
        "<html><body><h1>Local elections</h1><ol>"
        '<li><article data-testid="content-post"><h3 id="asset:3a4b5c6d-7e8f-4a1b-9c2d-3e4f5a6b7c8d">'
        '<span>How the map looks</span><span class="visually-hidden">, published at 06:30</span></h3>'
        f"<p>Labour gained ground across the north.</p>{frame}</article></li></ol></body></html>"
    )


@pytest.mark.parametrize(
    ("frame", "url"),
    [
        (
            '<div class="ssrcss-9x8y7z-IncludeWrapper"><iframe title="Council map" '
            'src="/news/election/2025/england/results/embed/map"></iframe></div>',
            "https://www.bbc.co.uk/news/election/2025/england/results/embed/map",
        ),
        (
            '<iframe title="Seats won" src="about:blank" data-src="https://datawrapper.dwcdn.net/Ab3Cd/2/"></iframe>',
            "https://datawrapper.dwcdn.net/Ab3Cd/2/",
        ),
        (
            '<iframe src="https://flo.uri.sh/visualisation/1234567/embed"></iframe>',
            "https://flo.uri.sh/visualisation/1234567/embed",
        ),
    ],
)
def test_a_webcore_page_without_its_json_keeps_a_chart_frame_as_an_embed(frame: str, url: str) -> None:
    (post,) = scraper.parse(_webcore_article(frame), url=WEBCORE_URL, fetched_at=FETCHED, entities=False).posts
    assert [(e.kind, e.url) for e in post.embeds] == [("other", url)]
    assert post.body_text == "Labour gained ground across the north."


def test_a_social_frame_keeps_its_network_and_a_blank_frame_gives_nothing() -> None:
    frames = (
        '<iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ"></iframe>'
        '<iframe src="about:blank"></iframe><iframe></iframe><iframe src="javascript:void(0)"></iframe>'
    )
    (post,) = scraper.parse(_webcore_article(frames), url=WEBCORE_URL, fetched_at=FETCHED, entities=False).posts
    assert [(e.kind, e.url) for e in post.embeds] == [("youtube", "https://www.youtube.com/embed/dQw4w9WgXcQ")]


# --- 3. a schema.org page's rendered post that shows only a clock takes its neighbours' day ---------------

LD_URL = "https://www.example-gazette.co.uk/news/local-elections-live-2024"


def _ld_post(pid: str, time: str, title: str) -> str:
    return (
        f'<article id="update-{pid}" class="live-update">{time}<h3>{title}</h3>'
        f'<div class="update-body"><p>{title}: the latest from the count.</p></div></article>'
    )


def _ld_page(updates: list[tuple[str, str, str]], feed: str) -> str:
    blog = {
        "@type": "LiveBlogPosting",
        "headline": "Local elections live",
        "liveBlogUpdate": [
            {"@type": "BlogPosting", "url": f"{LD_URL}#update-{pid}", "headline": title, "datePublished": iso,
             "articleBody": f"{title}: the latest from the count."}
            for pid, iso, title in updates
        ],
    }  # fmt: skip
    return (
        f'<html><head><script type="application/ld+json">{json.dumps(blog)}</script></head>'
        f'<body><h1>Local elections live</h1><div class="feed">{feed}</div></body></html>'
    )


def _ld_parse(html: str) -> dict[str, datetime | None]:
    page = scraper.parse(html, url=LD_URL, fetched_at=datetime(2024, 5, 4, 12, tzinfo=UTC), entities=False)
    return {post.title or "": post.published_at for post in page.posts}


def test_a_clock_only_post_beside_dated_ones_takes_their_day_across_midnight() -> None:
    updates = [("9", "2024-05-03T00:20:00+01:00", "Turnout"), ("8", "2024-05-02T23:40:00+01:00", "Boxes arrive")]
    feed = (
        _ld_post("9", '<time datetime="2024-05-03T00:20:00+01:00">00:20</time>', "Turnout")
        + _ld_post("8", '<time datetime="2024-05-02T23:40:00+01:00">23:40</time>', "Boxes arrive")
        + _ld_post("7", '<span class="update-time">10:55pm</span>', "Polls closed")
        + _ld_post("6", '<time class="stamp">21:30</time>', "Final hour")
    )
    times = _ld_parse(_ld_page(updates, feed))
    assert times["Polls closed"] == datetime(2024, 5, 2, 21, 55, tzinfo=UTC)
    assert times["Final hour"] == datetime(2024, 5, 2, 20, 30, tzinfo=UTC)


def test_a_clock_only_post_at_the_top_takes_the_day_of_the_post_below() -> None:
    updates = [("4", "2024-05-02T23:50:00+01:00", "Count starts")]
    feed = _ld_post("5", '<span class="post-time">00:15</span>', "First box") + _ld_post(
        "4", '<time datetime="2024-05-02T23:50:00+01:00">23:50</time>', "Count starts"
    )
    times = _ld_parse(_ld_page(updates, feed))
    assert times["First box"] == datetime(2024, 5, 2, 23, 15, tzinfo=UTC)  # 00:15 BST on 3 May


def test_a_post_showing_a_time_that_is_no_clock_is_still_left_out() -> None:
    updates = [("2", "2024-05-03T09:00:00+01:00", "Result")]
    feed = _ld_post("2", '<time datetime="2024-05-03T09:00:00+01:00">09:00</time>', "Result") + _ld_post(
        "1", '<span class="post-time">earlier today</span>', "Earlier"
    )
    assert list(_ld_parse(_ld_page(updates, feed))) == ["Result"]
