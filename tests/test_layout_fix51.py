"""Rules found by blind layout round 51 (tests/test_layout_blind.py), each on pages of its own wording."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest
from selectolax.lexbor import LexborHTMLParser

import scraper
from scraper.clean import html_body
from scraper.times import parse_time


def _body(markup: str) -> tuple[list[str], list[tuple[str | None, str | None, str | None]]]:
    node = LexborHTMLParser(f"<div id='b'>{markup}</div>").css_first("#b")
    assert node is not None
    body = html_body(node, "https://www.bbc.co.uk/news/live/x")
    return body.paragraphs, [(image.alt, image.caption, image.credit) for image in body.images]


def test_a_list_item_holding_a_figure_is_read_as_the_figure_once() -> None:
    paragraphs, images = _body(
        "<p>Pictures from the count:</p><ul>"
        '<li><figure><img src="/a.jpg" alt="Tellers"><figcaption>Tellers at work in Hove</figcaption></figure></li>'
        '<li><figure><img src="/b.jpg" alt="Winner"><figcaption>The winner in Portslade</figcaption></figure></li>'
        "</ul>"
    )
    assert paragraphs == ["Pictures from the count:"]
    assert images == [("Tellers", "Tellers at work in Hove", None), ("Winner", "The winner in Portslade", None)]


def test_a_list_item_of_text_and_links_stays_one_line() -> None:
    paragraphs, images = _body('<ul><li>Hove: <a href="/r">Green gain</a></li><li>Portslade: Labour hold</li></ul>')
    assert paragraphs == ["Hove: Green gain", "Portslade: Labour hold"]
    assert images == []


def test_a_carousels_buttons_and_slide_count_are_no_text() -> None:
    paragraphs, _ = _body(
        "<p>Scenes in Bury.</p><div><button><span>Back</span></button><p><span>2</span> of 5</p>"
        "<button><span>Forward</span></button></div>"
    )
    assert paragraphs == ["Scenes in Bury."]


def test_a_count_beside_no_button_is_text() -> None:
    paragraphs, _ = _body("<div><p>4 of 9</p></div><div><p>Wards declared so far.</p></div>")
    assert paragraphs == ["4 of 9", "Wards declared so far."]


def test_an_lx_figures_copyright_line_is_its_credit_shown_or_after_a_hidden_label() -> None:
    caption = '<p class="c"><span class="gs-u-vh">Image caption: </span>Boxes arrive in Wigan</p>'
    _, images = _body(
        f'<figure><div><img src="/a.jpg" alt="Boxes"></div>{caption}'
        '<span class="cr">Copyright: Wigan Council</span></figure>'
        f'<figure><div><img src="/b.jpg" alt="Hall"></div>{caption}'
        '<span class="cr"><span class="gs-u-vh">Copyright: </span>Alamy</span></figure>'
    )
    assert images == [("Boxes", "Boxes arrive in Wigan", "Wigan Council"), ("Hall", "Boxes arrive in Wigan", "Alamy")]


@pytest.mark.parametrize(
    ("stamp", "ago"),
    [
        ("منذ 12 دقيقة", timedelta(minutes=12)),
        ("منذ ٧ ساعات", timedelta(hours=7)),  # Arabic-Indic digits
        ("منذ ساعة واحدة", timedelta(hours=1)),
        ("منذ دقيقتين", timedelta(minutes=2)),  # the dual: two, in the word's ending
        ("منذ يومين", timedelta(days=2)),
        ("Saa 3 zilizopita", timedelta(hours=3)),
        ("dakika 45 zilizopita", timedelta(minutes=45)),
    ],
)
def test_a_word_first_relative_stamp_counts_back_from_the_fetch(stamp: str, ago: timedelta) -> None:
    fetched = datetime(2025, 3, 9, 18, 30, tzinfo=UTC)
    assert parse_time(stamp, base=fetched) == fetched - ago


@pytest.mark.parametrize(
    "text",
    [
        "منذ",
        "دقائق 5",
        "منذ الصباح",
        "Saa zilizopita",
        "Dakika 5",
        "назад",
        "минут назад",
        "Son dakika",
        "önce 5 dakika",
    ],
)
def test_words_that_are_no_relative_stamp_read_as_no_time(text: str) -> None:
    assert parse_time(text, base=datetime(2025, 3, 9, 18, 30, tzinfo=UTC)) is None


def _webcore_page(dates: list[dict[str, str]], times: list[str]) -> str:
    """A WebCore page of two posts: the stream's JSON with these ``dates``, its HTML with these ``datetime``s."""

    def headline(text: str) -> dict[str, object]:
        return {"type": "headline", "model": {"blocks": [{"type": "paragraph", "model": {"text": text}}]}}

    results = [
        {
            "urn": f"asset:00000000-0000-4000-8000-0000000000a{n}",
            "type": "POST",
            "dates": dated,
            "header": {"model": {"blocks": [headline(f"Ward {n} declares")]}},
            "content": {"model": {"blocks": [{"type": "paragraph", "model": {"text": f"Result {n} is in."}}]}},
        }
        for n, dated in enumerate(dates, start=1)
    ]
    data = {"data": {"stream?liveTextStreamId=0123456789ABCDEF0123456789ABCDEF&pageNumber=1": {
        "data": {"page": {"index": 1, "total": 1}, "results": results}}}}  # fmt: skip
    articles = "".join(
        f'<li><article data-testid="content-post"><header><h3 id="asset:00000000-0000-4000-8000-0000000000a{n}">'
        f'<span>Ward {n} declares</span></h3><time class="x-Timestamp" datetime="{when}">{when[11:16]}</time></header>'
        f"<div><p>Result {n} is in.</p></div></article></li>"
        for n, when in enumerate(times, start=1)
    )
    return (
        f'<html><body><h1>Council count live</h1><div data-testid="live-text-stream"><ol>{articles}</ol></div>'
        f"<script>window.__INITIAL_DATA__={json.dumps(json.dumps(data))};</script></body></html>"
    )


def test_a_webcore_stream_post_without_dates_takes_the_time_its_html_shows() -> None:
    html = _webcore_page([{}, {"lastPublished": ""}], ["2024-05-03T01:20:00.000Z", "2024-05-03T00:55:00.000Z"])
    page = scraper.parse(html, url="https://www.bbc.co.uk/news/live/c0x1y2z3", entities=False)
    assert page.layout == "bbc-webcore"
    assert [p.published_at for p in page.posts] == [
        datetime(2024, 5, 3, 1, 20, tzinfo=UTC),
        datetime(2024, 5, 3, 0, 55, tzinfo=UTC),
    ]


def test_a_webcore_stream_posts_own_date_is_kept_over_its_html_time() -> None:
    html = _webcore_page([{"firstPublished": "2024-05-03T01:19:00+00:00"}, {}], ["2024-05-03T09:00:00.000Z"] * 2)
    page = scraper.parse(html, url="https://www.bbc.co.uk/news/live/c0x1y2z3", entities=False)
    assert [p.published_at for p in page.posts] == [
        datetime(2024, 5, 3, 1, 19, tzinfo=UTC),
        datetime(2024, 5, 3, 9, 0, tzinfo=UTC),
    ]


def _webcore_html_page(shown: list[str]) -> str:
    articles = "".join(
        f'<li><article data-testid="content-post"><header><h3><span>Count update {n}</span>'
        f'<span class="visually-hidden">, published at {when}</span></h3></header>'
        f"<div><p>Boxes from district {n} are in.</p></div></article></li>"
        for n, when in enumerate(shown, start=1)
    )
    stream = f'<div data-testid="live-text-stream"><ol>{articles}</ol></div>'
    return f"<html><body><h1>Night count live</h1>{stream}</body></html>"


def test_webcore_html_bare_clocks_over_the_autumn_change_read_the_repeated_hour_in_order() -> None:
    fetched = datetime(2023, 10, 29, 3, tzinfo=UTC)  # the UK's clocks went back at 02:00 BST that night
    html = _webcore_html_page(["01:50", "01:05", "01:35", "00:40"])
    page = scraper.parse(html, url="https://www.bbc.co.uk/news/live/c9q8w7e6r5t4", fetched_at=fetched, entities=False)
    assert page.layout == "bbc-webcore"
    assert [p.published_at for p in page.posts] == [
        datetime(2023, 10, 29, 1, 50, tzinfo=UTC),  # GMT: above 01:05, the hour's second showing
        datetime(2023, 10, 29, 1, 5, tzinfo=UTC),  # GMT: above 01:35 BST (00:35 UTC)
        datetime(2023, 10, 29, 0, 35, tzinfo=UTC),
        datetime(2023, 10, 28, 23, 40, tzinfo=UTC),
    ]


def test_webcore_html_clocks_that_name_their_zone_are_never_moved() -> None:
    fetched = datetime(2023, 10, 29, 3, tzinfo=UTC)
    html = _webcore_html_page(["01:05 British Summer Time 29 October", "01:35 British Summer Time 29 October"])
    page = scraper.parse(html, url="https://www.bbc.co.uk/news/live/c9q8w7e6r5t4", fetched_at=fetched, entities=False)
    assert [p.published_at for p in page.posts] == [
        datetime(2023, 10, 29, 0, 5, tzinfo=UTC),
        datetime(2023, 10, 29, 0, 35, tzinfo=UTC),
    ]


@pytest.mark.parametrize(
    ("shown", "expected"),
    [
        ("Tuesday 09:30", datetime(2024, 7, 2, 8, 30, tzinfo=UTC)),  # the fetch day itself, BST
        ("Mon 23:55", datetime(2024, 7, 1, 22, 55, tzinfo=UTC)),
        ("Wednesday at 4.10pm", datetime(2024, 6, 26, 15, 10, tzinfo=UTC)),  # last week's: none since
        ("Tuesday 11:00", datetime(2024, 6, 25, 10, 0, tzinfo=UTC)),  # today's would be ahead of the fetch
        ("Sun 18:20 GMT", datetime(2024, 6, 30, 18, 20, tzinfo=UTC)),
    ],
)
def test_a_clock_with_its_day_of_the_week_is_on_the_last_such_day_up_to_the_fetch(
    shown: str, expected: datetime
) -> None:
    assert parse_time(shown, base=datetime(2024, 7, 2, 9, 45, tzinfo=UTC)) == expected


def test_a_weekday_clock_without_a_fetch_time_is_no_time() -> None:
    assert parse_time("Friday 02:14") is None


def test_a_text_copys_weekday_stamps_start_its_posts_over_midnight() -> None:
    stamps = {"Saturday 00:20": "Mayor re-elected", "Friday 23:05": "Second round under way"}
    copy = "Mayoral count: live\nLive Reporting\n" + "".join(
        f"{stamp}\n{title}\n\nCounting note for {title.lower()}.\n\n" for stamp, title in stamps.items()
    )
    posts = scraper.parse(copy, fetched_at=datetime(2024, 5, 4, 9, tzinfo=UTC), entities=False).posts
    assert {p.published_text: p.title for p in posts} == stamps
    assert [p.published_at for p in posts] == [
        datetime(2024, 5, 3, 23, 20, tzinfo=UTC),  # Saturday 4 May, 00:20 BST
        datetime(2024, 5, 3, 22, 5, tzinfo=UTC),
    ]
    assert posts[1].body_text == "Counting note for second round under way."


def test_a_consent_boxs_privacy_enhanced_youtube_player_is_the_clips_address() -> None:
    url = "https://www.theguardian.com/politics/live/2024/may/03/hull-count-live"
    block = (
        f'<article id="block-66aa00000000000000000001" class="block" data-gu-name="liveblock"><header><div>'
        f'<a href="{url}?page=with:block-66aa00000000000000000001#block-66aa00000000000000000001">'
        '<time datetime="2024-05-03T10:00:00.000Z">3 May 2024</time><span>11.00 BST</span></a></div></header>'
        '<div class="dcr-block-elements"><p>The count in Hull.</p><figure data-spacefinder-role="inline">'
        '<div data-component="click-to-view"><div><p>Allow YouTube content?</p><button>Allow</button></div>'
        '<iframe src="https://www.youtube-nocookie.com/embed/Zx8Kp1Vb3Nq"></iframe></div></figure></div></article>'
    )
    html = (
        f'<html><head><meta property="og:site_name" content="the Guardian"><link rel="canonical" href="{url}">'
        f'</head><body><main data-layout="LiveLayout"><h1>Hull count live</h1><div id="liveblog-body">{block}'
        "</div></main></body></html>"
    )
    (post,) = scraper.parse(html, url=url, entities=False).posts
    assert [(embed.kind, embed.url) for embed in post.embeds] == [
        ("youtube", "https://www.youtube-nocookie.com/embed/Zx8Kp1Vb3Nq")
    ]
    assert post.body_text == "The count in Hull."


def test_a_rich_link_cards_text_is_its_headline_line_not_the_byline_after_it() -> None:
    url = "https://www.theguardian.com/politics/live/2024/may/03/hull-count-live"
    card = (
        '<figure data-spacefinder-role="richLink"><div data-component="rich-link"><a href="https://www.theguardian.com/'
        'politics/2024/may/02/hull-council-result"><div><img src="/t.jpg" alt=""></div><div><div><span>Related: </span>'
        "Lib Dems hold Hull</div><div>Helen Pidd</div></div></a></div></figure>"
    )
    block = (
        f'<article id="block-66aa00000000000000000002" class="block" data-gu-name="liveblock"><header><div>'
        f'<a href="{url}?page=with:block-66aa00000000000000000002#block-66aa00000000000000000002">'
        '<time datetime="2024-05-03T10:00:00.000Z">3 May 2024</time><span>11.00 BST</span></a></div></header>'
        f'<div class="dcr-block-elements"><p>Hull stays yellow.</p>{card}</div></article>'
    )
    html = (
        f'<html><head><meta property="og:site_name" content="the Guardian"><link rel="canonical" href="{url}">'
        f'</head><body><main data-layout="LiveLayout"><h1>Hull count live</h1><div id="liveblog-body">{block}'
        "</div></main></body></html>"
    )
    (post,) = scraper.parse(html, url=url, entities=False).posts
    assert [link.text for link in post.links] == ["Related: Lib Dems hold Hull"]
    assert post.body_text == "Hull stays yellow."
