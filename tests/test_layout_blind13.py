"""Blind layout round 13 (BBC WebCore and World Service live pages, 2024-2026): the rules it added, each in
small pages of its own wording."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

import scraper
from scraper.models import Page

FETCHED = datetime(2025, 5, 2, 16, 0, tzinfo=UTC)
URL = "https://www.bbc.co.uk/news/live/c7dq0lz2m4xt"
URN = "asset:0b7e2c11-4d3a-4f0e-9a51-6c2b8e1d0f13"


def parse(source: str, url: str | None = URL) -> Page:
    return scraper.parse(source, url=url, fetched_at=FETCHED, entities=False)


def _paragraph(text: str) -> dict:
    return {"type": "paragraph", "model": {"text": text, "blocks": [{"type": "fragment", "model": {"text": text}}]}}


def _text(text: str) -> dict:
    return {"type": "text", "model": {"blocks": [_paragraph(text)]}}


def _stream(*content: dict) -> dict:
    return {
        "page": {"index": 1, "total": 1},
        "results": [
            {
                "urn": URN,
                "header": {"model": {"blocks": [{"type": "headline", "model": {"blocks": [_text("Count latest")]}}]}},
                "content": {"model": {"blocks": list(content)}},
                "dates": {"firstPublished": "2025-05-02T14:05:00+00:00"},
            }
        ],
    }


def _document(*content: dict) -> dict:
    key = "stream?liveTextStreamId=0123456789ABCDEF0123456789ABCDEF&pageNumber=1&pageUrl=%2Fnews%2Flive%2Fc7dq0lz2m4xt"
    return {"data": {key: {"name": "stream", "status": 200, "data": _stream(*content)}}}


def _webcore_html(script: str) -> str:
    # the HTML says otherwise (another time), so a post read from it would show
    article = (
        f'<li><article data-testid="content-post"><h3 id="{URN}"><span>Count latest</span>'
        '<span class="visually-hidden">, published at 15:05</span></h3><p>From the page</p></article></li>'
    )
    return f"<html><body><h1>Council count</h1><ol>{article}</ol><script>{script}</script></body></html>"


# --- `window.__INITIAL_DATA__ = JSON.parse("…")` -------------------------------------------------------------


def test_initial_data_handed_to_json_parse_as_a_double_quoted_literal_is_read() -> None:
    doc = _document(_paragraph("Turnout in the borough was 34%."))
    page = parse(_webcore_html(f"window.__INITIAL_DATA__ = JSON.parse({json.dumps(json.dumps(doc))});"))
    (post,) = page.posts
    assert (post.body_text, post.published_text, page.warnings) == (
        "Turnout in the borough was 34%.",
        "2025-05-02T14:05:00+00:00",
        [],
    )


def test_initial_data_handed_to_json_parse_as_a_single_quoted_literal_is_read() -> None:
    doc = _document(_paragraph('The Greens\' candidate said "thank you" to voters.'))
    inner = json.dumps(doc).replace("\\", "\\\\").replace("'", "\\'")
    page = parse(_webcore_html(f"window.__INITIAL_DATA__=JSON.parse('{inner}')"))
    (post,) = page.posts
    assert (post.body_text, page.warnings) == ('The Greens\' candidate said "thank you" to voters.', [])


def test_an_unreadable_json_parse_argument_still_falls_back_to_the_html() -> None:
    page = parse(_webcore_html("window.__INITIAL_DATA__ = JSON.parse(window.__SERVER_STATE__);"))
    assert [p.body_text for p in page.posts] == ["From the page"]
    assert page.warnings and "could not be read" in page.warnings[0]


# --- include blocks: the interactive's address is an embed ---------------------------------------------------


def test_an_include_with_an_address_is_an_embed_of_that_address() -> None:
    include = {"type": "include", "model": {"href": "/news/election/2025/results/embed/scoreboard", "title": "Seats"}}
    (post,) = parse(json.dumps(_stream(_paragraph("Seats so far:"), include)), url=URL).posts
    assert post.body_text == "Seats so far:"
    assert [(e.kind, e.url) for e in post.embeds] == [
        ("other", "https://www.bbc.co.uk/news/election/2025/results/embed/scoreboard")
    ]
    assert post.images == []


def test_an_include_with_a_static_image_and_an_address_keeps_both() -> None:
    include = {
        "type": "include",
        "model": {
            "type": "idt2",
            "title": "Council control",
            "href": "https://www.bbc.co.uk/news/election/2025/results/embed/map",
            "idt2Image": {"src": "https://news.files.bbci.co.uk/include/idt2/77aa/image/624.png"},
        },
    }
    (post,) = parse(json.dumps(_stream(include))).posts
    assert [(i.alt, i.src) for i in post.images] == [
        ("Council control", "https://news.files.bbci.co.uk/include/idt2/77aa/image/624.png")
    ]
    assert [(e.kind, e.url) for e in post.embeds] == [
        ("other", "https://www.bbc.co.uk/news/election/2025/results/embed/map")
    ]


def test_an_include_without_an_address_adds_no_embed() -> None:
    include = {"type": "include", "model": {"href": "  ", "title": "Seats"}}
    (post,) = parse(json.dumps(_stream(_paragraph("Seats so far:"), include))).posts
    assert post.embeds == []


# --- quotes told in blocks of their own ----------------------------------------------------------------------


def test_a_quote_in_blocks_gives_its_words_and_its_speaker_a_line_each() -> None:
    quote = {
        "type": "quote",
        "model": {
            "blocks": [
                {"type": "quoteText", "model": {"blocks": [_text("We will listen to every community.")]}},
                {"type": "quoteSource", "model": {"blocks": [_text("Council leader")]}},
            ]
        },
    }
    (post,) = parse(json.dumps(_stream(quote, _paragraph("She was re-elected.")))).posts
    assert post.body_text == "We will listen to every community.\nCouncil leader\nShe was re-elected."


def test_a_quote_of_inline_pieces_stays_one_line() -> None:
    quote = {
        "type": "quote",
        "model": {
            "blocks": [
                {"type": "fragment", "model": {"text": "It was ", "attributes": []}},
                {"type": "fragment", "model": {"text": "very close", "attributes": ["bold"]}},
                {"type": "fragment", "model": {"text": " tonight.", "attributes": []}},
            ]
        },
    }
    (post,) = parse(json.dumps(_stream(quote))).posts
    assert post.body_text == "It was very close tonight."


# --- pagination boxes labelled "Pagination" ------------------------------------------------------------------


def test_a_pagination_box_labelled_pagination_gives_the_total_and_the_neighbours() -> None:
    article = (
        '<li><article data-testid="content-post"><h3 id="asset:5e1d0c2b-1111-4a2b-8c3d-4e5f6a7b8c9d">'
        '<span>Recount in Eastville</span><span class="visually-hidden">, published at 16:40</span></h3>'
        "<p>A recount has been called.</p></article></li>"
    )
    nav = (
        '<nav aria-label="Pagination"><ul><li><a href="/news/live/c7dq0lz2m4xt?page=1">Previous page</a></li>'
        '<li>Page 2 of 5</li><li><a href="/news/live/c7dq0lz2m4xt?page=3">Next page</a></li></ul></nav>'
    )
    page = parse(f"<html><body><h1>Council count</h1><ol>{article}</ol>{nav}</body></html>", url=URL + "?page=2")
    assert (page.page.number, page.page.total) == (2, 5)
    assert (page.page.next_url, page.page.prev_url) == (URL + "?page=3", URL + "?page=1")


# --- a video drawn inside a figure: its caption is the video's, not an image's ----------------------------------


def _video_article(player_class: str) -> str:
    return (
        '<li><article data-testid="content-post"><h3 id="asset:9c8b7a65-2222-4b3c-9d4e-5f6a7b8c9d0e">'
        '<span>Watch: the declaration</span><span class="visually-hidden">, published at 15:20</span></h3>'
        "<p>The returning officer read the result at 15:10.</p>"
        f'<figure class="ssrcss-1q2w3e-MediaFigure"><div {player_class}>'
        '<button>Play video, "Declaration"</button></div>'
        '<figcaption class="ssrcss-4r5t6y-Caption"><span class="ssrcss-7u8i9o-VisuallyHidden">Media caption, </span>'
        "The declaration at the leisure centre</figcaption></figure></article></li>"
    )


def test_a_media_player_inside_a_figure_takes_the_figure_caption_with_it() -> None:
    for player in ('class="ssrcss-0p9o8i-MediaPlayerWrapper"', 'data-testid="media-player"'):
        (post,) = parse(f"<html><body><h1>Count</h1><ol>{_video_article(player)}</ol></body></html>").posts
        assert post.images == [], player
        assert [(e.kind, e.url) for e in post.embeds] == [("video", None)], player
        assert post.body_text == "The returning officer read the result at 15:10.", player


# --- World Service pages read from their rendered stream (a broken __NEXT_DATA__) -----------------------------

WS_URL = "https://www.bbc.com/urdu/live/c9k2m4x7q1pt"


def _ws_page(body: str, nav: str = "") -> str:
    article = (
        '<li><article><h3 id="asset:2a3b4c5d-6e7f-4a8b-9c0d-1e2f3a4b5c6d"><span role="text">'
        '<span><time datetime="8 فروری 2024">8 فروری 2024</time></span><span>نتائج</span></span></h3>'
        f"<div><div>{body}</div></div></article></li>"
    )
    return (
        f'<html lang="ur" dir="rtl"><body><main><h1>انتخابات</h1><ol role="list">{article}</ol>{nav}</main>'
        '<script id="__NEXT_DATA__" type="application/json">{"props": {"pageProps": </script></body></html>'
    )


def test_a_skip_linked_box_in_any_language_is_an_embed_not_text() -> None:
    tweet = "https://twitter.com/ECP_Pakistan/status/1755612345678901234"
    box = (
        '<div class="bbc-1x2y3z"><a href="#skip-twitter-content-2" class="bbc-4a5b6c">ٹوئٹر پوسٹ نظرانداز کریں</a>'
        f'<div class="bbc-7d8e9f"><p>مواد دستیاب نہیں ہے</p><a href="{tweet}">ٹوئٹر پر اصل مواد دیکھیں</a>'
        "<small>انتباہ: بی بی سی دیگر ویب سائٹس کے مواد کی ذمہ دار نہیں</small></div>"
        '<p id="skip-twitter-content-2" tabindex="-1">ٹوئٹر پوسٹ کا اختتام</p></div>'
    )
    page = scraper.parse(_ws_page(f"<p>پہلا پیراگراف</p>{box}<p>دوسرا پیراگراف</p>"), url=WS_URL, entities=False)
    (post,) = page.posts
    assert post.body_text == "پہلا پیراگراف\nدوسرا پیراگراف"
    assert [(e.kind, e.url) for e in post.embeds] == [("twitter", tweet)]
    assert post.links == []


def test_an_in_page_link_to_a_target_outside_the_post_is_left_alone() -> None:
    body = '<p>دیکھیں <a href="#content">اوپر</a> اور مزید</p>'
    (post,) = scraper.parse(_ws_page(body), url=WS_URL, entities=False).posts
    assert (post.body_text, post.embeds) == ("دیکھیں اوپر اور مزید", [])


def test_the_rendered_page_links_give_the_total_and_the_neighbours() -> None:
    nav = '<nav aria-label="صفحات"><ul><li><a href="?page=1">1</a></li><li><a href="?page=2">2</a></li>'
    nav += '<li><a href="?page=3">3</a></li><li><a href="?page=3">›</a></li></ul></nav>'
    page = scraper.parse(_ws_page("<p>متن</p>", nav), url=WS_URL + "?page=2", entities=False)
    assert (page.page.number, page.page.total) == (2, 3)
    assert (page.page.next_url, page.page.prev_url) == (WS_URL + "?page=3", WS_URL + "?page=1")


# --- a bbc.com News/Sport live page whose posts are only in its Next.js data ---------------------------------


def _next_page(stream: dict) -> str:
    data = {"props": {"pageProps": {"page": {"@news,live": {"sections": [{"type": "stream", "content": stream}]}}}}}
    return (
        '<html><body><main><h1>Council results</h1><div id="live-app"></div></main>'
        f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(data)}</script></body></html>'
    )


def test_a_post_stream_of_bbc_posts_in_next_data_is_webcore() -> None:
    for url in ("https://www.bbc.com/news/live/c7dq0lz2m4xt", "https://www.bbc.co.uk/sport/football/live/c7dq0lz2m4xt"):
        page = parse(_next_page(_stream(_paragraph("The count has started."))), url=url)
        assert page.layout == "bbc-webcore", url
        assert [(p.post_id, p.body_text) for p in page.posts] == [(URN, "The count has started.")], url


def test_next_data_without_a_stream_of_bbc_posts_is_no_live_page() -> None:
    other = {"page": {"index": 1, "total": 1}, "results": [{"id": "p1", "headline": "Count", "body": "Text."}]}
    for data in ({"page": {"index": 1, "total": 1}, "results": [{"title": "Most read"}]}, other):
        with pytest.raises(scraper.LiveblogError):
            parse(_next_page(data), url="https://www.example.com/live/count")
