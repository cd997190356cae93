"""Fixes of blind layout round 55: a text copy sent on in an email, a BBC Naidheachdan (Gaelic) LX page."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

import scraper
from scraper.times import parse_time

FETCHED = datetime(2026, 5, 8, 12, tzinfo=UTC)

FORWARDED = """Have a look at this, the Wyre result is in.

>> Wyre Forest count live - BBC News
>>
>> Posted at 11:40
>> Independents hold Wyre Forest
>> Independents kept the council with 18 of the 33 seats.
>>
>> Posted at 10:55
>> Recount in Franche
>> A recount has been ordered in Franche and Habberley North.

--
Sent from Outlook for Android
"""


def _forwarded() -> scraper.Page:
    return scraper.parse(FORWARDED.encode(), url=None, fetched_at=FETCHED, entities=False)


def test_a_copy_quoted_in_an_email_is_read_without_its_quote_marks() -> None:
    page = _forwarded()
    assert page.title == "Wyre Forest count live"
    assert [post.title for post in page.posts] == ["Independents hold Wyre Forest", "Recount in Franche"]
    assert page.posts[1].body_text == "A recount has been ordered in Franche and Habberley North."


def test_the_senders_note_and_signature_around_the_quote_are_no_posts() -> None:
    bodies = " ".join(post.body_text for post in _forwarded().posts)
    assert "Have a look" not in bodies and "Outlook" not in bodies and ">" not in bodies


def test_a_copy_with_a_quoted_line_or_two_keeps_them() -> None:
    text = "Count live\n\nposted at 10:00\nTurnout\n> Turnout was 30%, the clerk said.\nIt was 28% in 2022.\n"
    page = scraper.parse(text.encode(), url=None, fetched_at=FETCHED, entities=False)
    assert page.posts[0].body_text.startswith("> Turnout was 30%")


GAELIC_BASE = datetime(2026, 5, 8, 13, 0, tzinfo=UTC)  # 14:00 BST


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("mionaid air ais", datetime(2026, 5, 8, 12, 59, tzinfo=UTC)),  # no number: one
        ("40 mionaid air ais", datetime(2026, 5, 8, 12, 20, tzinfo=UTC)),
        ("12 mionaidean air ais", datetime(2026, 5, 8, 12, 48, tzinfo=UTC)),
        ("uair a thìde air ais", datetime(2026, 5, 8, 12, 0, tzinfo=UTC)),
        ("3 uairean a thide air ais", datetime(2026, 5, 8, 10, 0, tzinfo=UTC)),
        ("2 latha air ais", datetime(2026, 5, 6, 13, 0, tzinfo=UTC)),
        ("09:45 7 Cèitean", datetime(2026, 5, 7, 8, 45, tzinfo=UTC)),
        ("23:10 30 Giblean", datetime(2026, 4, 30, 22, 10, tzinfo=UTC)),
        ("18:00 2 Dùbhlachd", datetime(2025, 12, 2, 18, 0, tzinfo=UTC)),  # GMT, last year's December
        ("air ais", None),
    ],
)
def test_gaelic_relative_stamps_and_month_names(raw: str, expected: datetime | None) -> None:
    assert parse_time(raw, base=GAELIC_BASE) == expected


def test_a_gaelic_date_with_its_year_reads_in_the_date_first_form() -> None:
    assert parse_time("7 Cèitean 2026, 21:00", base=GAELIC_BASE) == datetime(2026, 5, 7, 20, 0, tzinfo=UTC)


NAIDHEACHDAN_URL = "https://www.bbc.co.uk/naidheachdan/live/67000001"


def _lx_post(post_id: str, stamp: str, name: str) -> str:
    return (
        f'<li class="lx-stream__post-container"><article id="{post_id}" class="qa-post lx-stream-post">'
        '<header class="lx-stream-post__header"><time class="lx-stream-post__meta-time">'
        '<span class="gs-u-vh qa-visually-hidden-meta">air a phostadh aig </span>'
        f'<span class="qa-post-auto-meta">{stamp}</span></time><h3 class="lx-stream-post__header-title qa-post-title">'
        '<span class="lx-stream-post__header-text">Cunntadh</span></h3></header>'
        '<div class="lx-stream-post__contributor"><p class="qa-contributor-name lx-stream-post__contributor-name">'
        f'{name}</p></div><div class="gel-body-copy qa-post-body">'
        '<div class="lx-stream-post-body"><p>Tha an cunntadh a&#x27; dol air adhart.</p></div></div></article></li>'
    )


def test_a_gaelic_lx_byline_drops_its_le_before_a_full_name_only() -> None:
    posts = _lx_post("post_g1", "mionaid air ais", "Le Màiri Anna NicLeòid") + _lx_post(
        "post_g2", "10:05 8 Cèitean", "Le Tissier"
    )
    html = (
        '<html lang="gd"><head><title>Cunntadh beò - BBC Naidheachdan</title></head><body><div id="lx-stream" '
        f'class="lx-commentary__stream"><ol class="lx-stream__feed qa-stream">{posts}</ol></div></body></html>'
    )
    page = scraper.parse(html, url=NAIDHEACHDAN_URL, fetched_at=GAELIC_BASE, entities=False)
    first, second = page.posts
    assert first.author == "Màiri Anna NicLeòid" and first.published_at == datetime(2026, 5, 8, 12, 59, tzinfo=UTC)
    assert second.author == "Le Tissier" and second.published_at == datetime(2026, 5, 8, 9, 5, tzinfo=UTC)


AMP_URL = "https://amp.theguardian.com/politics/live/2026/may/08/council-counts-live"


def _amp_page(tweet: str, *, picture: str = "") -> bytes:
    return (
        '<html amp><head><title>Counts live | The Guardian</title></head><body><amp-live-list id="live-blog">'
        '<div items><article id="block-81" class="block" data-sort-time="1778231400000"><p class="block-time">'
        '10.10 BST</p><h2 class="block-title">Greens gain Stroud</h2><div class="block-elements">'
        "<p>The Greens have taken Stroud district council.</p>"
        f'<figure class="element element-tweet">{tweet}</figure>{picture}'
        "</div></article></div></amp-live-list></body></html>"
    ).encode()


def test_an_amp_tweet_with_no_quote_inside_is_read_from_its_tweet_id() -> None:
    page = scraper.parse(_amp_page('<amp-twitter width="375" height="472" data-tweetid="1788000000000000042">'
                                   "</amp-twitter>"), url=AMP_URL, fetched_at=FETCHED, entities=False)  # fmt: skip
    (post,) = page.posts
    assert [(embed.kind, embed.url) for embed in post.embeds] == [
        ("twitter", "https://twitter.com/i/web/status/1788000000000000042")
    ]
    assert post.body_text == "The Greens have taken Stroud district council."


def test_an_amp_tweets_quote_still_gives_its_own_address() -> None:
    quote = (
        '<blockquote placeholder class="twitter-tweet"><p>Stroud is Green.</p>&mdash; Stroud Greens (@StroudGreens) '
        '<a href="https://twitter.com/StroudGreens/status/1788000000000000043">May 8, 2026</a></blockquote>'
    )
    page = scraper.parse(
        _amp_page(f'<amp-twitter data-tweetid="1788000000000000043">{quote}</amp-twitter>'),
        url=AMP_URL,
        fetched_at=FETCHED,
        entities=False,
    )
    assert [embed.url for embed in page.posts[0].embeds] == [
        "https://twitter.com/StroudGreens/status/1788000000000000043"
    ]


def test_an_amp_picture_outside_a_figure_is_the_posts_image() -> None:
    picture = (
        '<p><amp-img src="https://i.guim.co.uk/img/media/5c1e/master/2000.jpg?width=620" alt="The count at Stroud" '
        'width="620" height="372" layout="responsive"></amp-img></p>'
    )
    page = scraper.parse(_amp_page("", picture=picture), url=AMP_URL, fetched_at=FETCHED, entities=False)
    (image,) = page.posts[0].images
    assert (image.src, image.alt) == (
        "https://i.guim.co.uk/img/media/5c1e/master/2000.jpg?width=620",
        "The count at Stroud",
    )
    assert page.posts[0].body_text == "The Greens have taken Stroud district council."
