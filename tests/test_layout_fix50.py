"""Rules found by blind layout round 50 (tests/test_layout_blind.py), each on pages of its own wording."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from selectolax.lexbor import LexborHTMLParser

import scraper
from scraper import times
from scraper.clean import html_body

FETCHED = datetime(2022, 5, 6, 12, tzinfo=UTC)


def _posts_of(text: str) -> list[scraper.Post]:
    page = scraper.parse(text, fetched_at=FETCHED, entities=False)
    assert page.layout == "text"
    return page.posts


@pytest.mark.parametrize(
    ("app_head", "app_foot"),
    [
        ("Saved from example-gazette.co.uk\nView Original", "Saved to Pocket"),
        ("Saved from www.example-gazette.co.uk/", "Saved to Instapaper"),
    ],
)
def test_a_read_it_later_apps_own_lines_are_no_posts(app_head: str, app_foot: str) -> None:
    copy = (
        f"Count day in Eastfield: live\n{app_head}\n\n"
        "Independents hold Westgate\n11:40\n\nBoth seats stay independent.\n\n"
        f"Counting starts\n09:05\n\nThe first boxes are opened.\n\n{app_foot}\n"
    )
    posts = _posts_of(copy)
    assert [(p.title, p.body_text, p.images) for p in posts] == [
        ("Independents hold Westgate", "Both seats stay independent.", []),
        ("Counting starts", "The first boxes are opened.", []),
    ]


def _old_guardian_block(n: int, published: str, shown: str, stamp: str) -> str:
    return (
        f'<div id="block-5a0000000000000000000{n:03d}" class="block" itemprop="liveBlogUpdate">'
        f'<p class="block-time published-time"><a href="/p/live?page=with:block-5a0000000000000000000{n:03d}">'
        f'<time datetime="{published}" itemprop="datePublished">{shown}</time></a>{stamp}</p>'
        f'<div class="block-elements" itemprop="articleBody"><p>Block {n} of the night.</p></div></div>'
    )


def test_an_old_guardian_blocks_updated_stamp_in_text_alone_is_its_updated_time() -> None:
    html = (
        '<html><head><link rel="canonical" href="https://www.theguardian.com/politics/live/2016/jun/24/a">'
        '</head><body><h1 class="content__headline">Referendum night</h1><div class="js-liveblog-body">'
        + _old_guardian_block(1, "2016-06-23T23:50:00Z", "12.50am BST", '<span class="u">Updated at 1.05am BST</span>')
        + _old_guardian_block(2, "2016-06-23T22:58:00Z", "11.58pm BST", "<span>Updated at 12.02am</span>")
        + _old_guardian_block(3, "2016-06-23T22:10:00Z", "11.10pm BST", "")
        + "</div></body></html>"
    )
    page = scraper.parse(html, url="https://www.theguardian.com/politics/live/2016/jun/24/a", entities=False)
    assert page.layout == "guardian"
    assert [(p.body_text, p.updated_at) for p in page.posts] == [
        ("Block 1 of the night.", datetime(2016, 6, 24, 0, 5, tzinfo=UTC)),
        ("Block 2 of the night.", datetime(2016, 6, 23, 23, 2, tzinfo=UTC)),
        ("Block 3 of the night.", None),
    ]


def test_a_copys_twelve_hour_updated_stamp_is_no_body_line() -> None:
    copy = "Count night: live\n\nRecount in Abbey\n11:40\n\nThe piles were mixed up.\n\nUpdated at 11.52am BST\n"
    (post,) = _posts_of(copy)
    assert (post.body_text, post.updated_at) == ("The piles were mixed up.", datetime(2022, 5, 6, 10, 52, tzinfo=UTC))


def _lx_article(n: int, clock: str, title: str) -> str:
    return (
        f'<li class="lx-stream__post-container"><article id="post_{n:024d}" class="qa-post lx-stream-post">'
        '<header class="lx-stream-post__header"><time class="lx-stream-post__meta-time">'
        f'<span class="gs-u-vh qa-visually-hidden-meta">posted at </span><span class="qa-post-auto-meta">{clock}</span>'
        '</time><h3 class="lx-stream-post__header-title qa-post-title">'
        f'<span class="lx-stream-post__header-text">{title}</span></h3></header>'
        f'<div class="qa-post-body"><div class="lx-stream-post-body"><p>{title}, in brief.</p></div></div>'
        "</article></li>"
    )


def test_an_lx_streams_clocks_over_the_autumn_change_read_the_repeated_hour_by_their_order() -> None:
    clocks = [("02:15", "Last count"), ("01:30", "Turnout"), ("01:05", "Clocks back"), ("01:50", "Recount"),
              ("01:20", "First count"), ("23:45 29 October", "Polls close")]  # fmt: skip
    html = (
        '<html><head><link rel="canonical" href="https://www.bbc.co.uk/news/live/world-1234"></head><body>'
        '<div id="lx-stream"><ol class="lx-stream__feed qa-stream">'
        + "".join(_lx_article(n, clock, title) for n, (clock, title) in enumerate(clocks, 1))
        + "</ol></div></body></html>"
    )
    page = scraper.parse(html, fetched_at=datetime(2022, 10, 30, 9, tzinfo=UTC), entities=False)
    assert page.layout == "bbc-lx"
    assert [p.published_at for p in page.posts] == [
        datetime(2022, 10, 30, 2, 15, tzinfo=UTC),
        datetime(2022, 10, 30, 1, 30, tzinfo=UTC),  # GMT: above a GMT time
        datetime(2022, 10, 30, 1, 5, tzinfo=UTC),  # GMT: above 01:50 BST
        datetime(2022, 10, 30, 0, 50, tzinfo=UTC),  # BST
        datetime(2022, 10, 30, 0, 20, tzinfo=UTC),  # BST
        datetime(2022, 10, 29, 22, 45, tzinfo=UTC),
    ]


def test_a_repeated_hour_in_a_stream_already_in_order_or_newest_last_is_read_as_bst() -> None:
    def bst(hour: int, minute: int) -> datetime:
        return datetime(2023, 10, 29, hour, minute, tzinfo=UTC) - timedelta(hours=1)

    in_order = [bst(1, 40), bst(1, 10), None, bst(0, 30)]
    assert times.repeated_hours_in_order(in_order) == in_order
    newest_last = [bst(0, 30), bst(1, 40), bst(1, 10)]
    assert times.repeated_hours_in_order(newest_last) == newest_last
    not_the_change = [datetime(2023, 5, 7, 0, 10, tzinfo=UTC), datetime(2023, 5, 7, 0, 40, tzinfo=UTC)]
    assert times.repeated_hours_in_order(not_the_change) == not_the_change


@pytest.mark.parametrize(
    ("shown", "back"),
    [
        ("۱۲ منٹ قبل", timedelta(minutes=12)),  # Urdu, Extended Arabic-Indic digits
        ("7 گھنٹے قبل", timedelta(hours=7)),  # Urdu, ASCII digits
        ("४ घंटे पहले", timedelta(hours=4)),  # Hindi, Devanagari digits
        ("১৫ মিনিট আগে", timedelta(minutes=15)),  # Bengali
        ("2 நாட்களுக்கு முன்னர்", timedelta(days=2)),  # Tamil
        ("۳ ساعت پیش", timedelta(hours=3)),  # Persian
        ("1 минуту назад", timedelta(minutes=1)),  # Russian (round 52): the unit's ending follows its number
        ("3 минуты назад", timedelta(minutes=3)),
        ("47 минут назад", timedelta(minutes=47)),
        ("2 часа назад", timedelta(hours=2)),
        ("6 часов назад", timedelta(hours=6)),
        ("1 день назад", timedelta(days=1)),
        ("4 дня назад", timedelta(days=4)),
        ("12 dakika önce", timedelta(minutes=12)),  # Turkish (round 52)
        ("9 saat önce", timedelta(hours=9)),
        ("2 gün önce", timedelta(days=2)),
    ],
)
def test_a_world_service_relative_stamp_counts_back_from_the_fetch(shown: str, back: timedelta) -> None:
    fetched = datetime(2024, 6, 4, 15, 30, tzinfo=UTC)
    assert times.parse_time(shown, base=fetched) == fetched - back


@pytest.mark.parametrize(
    ("service", "stamp", "back"),
    [
        ("hindi", "२० मिनट पहले", timedelta(minutes=20)),
        ("swahili", "Dakika 20 zilizopita", timedelta(minutes=20)),  # the word first (round 51)
        ("arabic", "منذ ساعتين", timedelta(hours=2)),  # the word first, two hours in the dual's ending
    ],
)
def test_a_world_service_page_read_from_its_html_dates_posts_by_their_relative_stamps(
    service: str, stamp: str, back: timedelta
) -> None:
    def article(n: int, shown: str) -> str:
        return (
            f'<li><article><h3 id="asset:00000000-0000-4000-8000-00000000005{n}"><span role="text"><span>'
            f'<time datetime="{shown}">{shown}</time></span><span>Update {n}</span></span></h3>'
            f"<div><p>Text of update {n}.</p></div></article></li>"
        )

    url = f"https://www.bbc.com/{service}/live/c1x2y3z4"
    html = (
        f'<html><head><link rel="canonical" href="{url}"></head><body>'
        '<main><h1>चुनाव नतीजे</h1><ol role="list">'
        + article(1, stamp)
        + article(2, "३ जून २०२४")
        + '</ol></main><script id="__NEXT_DATA__" type="application/json">{"props": {"pageProps": {</script>'
        "</body></html>"
    )
    fetched = datetime(2024, 6, 4, 9, tzinfo=UTC)
    page = scraper.parse(html, url=url, fetched_at=fetched, entities=False)
    assert page.layout == "bbc-simorgh"
    assert [(p.published_text, p.published_at) for p in page.posts] == [(stamp, fetched - back), ("३ जून २०२४", None)]


@pytest.mark.parametrize(
    ("source_label", "caption_label"),
    [
        ("इमेज स्रोत, ", "इमेज कैप्शन, "),  # Hindi
        ("منبع تصویر، ", "توضیح تصویر، "),  # Persian
        ("،تصویر کا ذریعہ", "،تصویر کا کیپشن"),  # Urdu, its comma first
        ("Image source, ", "Image caption, "),
    ],
)
def test_a_figures_hidden_labels_in_a_services_language_give_its_credit_and_caption(
    source_label: str, caption_label: str
) -> None:
    figure = (
        '<div><p>Before.</p><figure><img src="https://ichef.bbci.co.uk/ace/ws/640/x.jpg" alt="A queue">'
        f'<p role="text"><span class="visually-hidden">{source_label}</span>Reuters</p>'
        f'<figcaption><span class="visually-hidden">{caption_label}</span>Voters queue at dawn</figcaption>'
        "</figure><p>After.</p></div>"
    )
    root = LexborHTMLParser(figure).css_first("div")
    assert root is not None
    body = html_body(root, "https://www.bbc.com/hindi/live/c1")
    assert body.text == "Before.\nAfter."
    assert [(i.alt, i.credit, i.caption) for i in body.images] == [("A queue", "Reuters", "Voters queue at dawn")]


def test_a_copys_bare_clocks_over_the_autumn_change_read_the_repeated_hour_by_their_order() -> None:
    def copy(zone: str) -> str:
        posts = [("Mayor declared", "02:20"), ("Turnout", f"01:25{zone}"), ("Clocks back", f"01:02{zone}"),
                 ("Recount", "01:45"), ("First ward", "01:15")]  # fmt: skip
        return "Count night: live\n\n" + "".join(f"{title}\n{clock}\n\n{title} in brief.\n\n" for title, clock in posts)

    def read(text: str) -> list[datetime | None]:
        page = scraper.parse(text, fetched_at=datetime(2023, 10, 29, 10, tzinfo=UTC), entities=False)
        return [post.published_at for post in page.posts]

    at = [
        datetime(2023, 10, 29, hour, minute, tzinfo=UTC)
        for hour, minute in ((2, 20), (1, 25), (1, 2), (0, 45), (0, 15))
    ]
    assert read(copy("")) == at
    assert read(copy(" BST"))[1:3] == [
        datetime(2023, 10, 29, 0, 25, tzinfo=UTC),
        datetime(2023, 10, 29, 0, 2, tzinfo=UTC),
    ]
