"""A page's own date against the fetch time: a saved page parsed with a fetch time far from the day it states
(its file's time, a test's fixed clock) dates its shown times by the page, a live fetch by the fetch time."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

import scraper
from scraper.times import stated_day

URL = "https://www.bbc.co.uk/news/live/uk-england-kent-47000001"


def _lx_page(header: str, *shown: str) -> str:
    """A small LX page: the commentary's date in its header, one post per shown time."""
    posts = "".join(
        f'<li class="lx-stream__post-container"><article class="lx-stream-post" id="post_{i:024x}">'
        '<header class="lx-stream-post__header"><time class="lx-stream-post__meta-time">'
        f'<span class="qa-visually-hidden-meta">posted at</span><span class="qa-post-auto-meta">{text}</span></time>'
        f'<h3 class="lx-stream-post__header-title"><span class="lx-stream-post__header-text">Count {i}</span></h3>'
        '</header><div class="qa-post-body"><p>Ballot boxes are arriving at the hall.</p></div></article></li>'
        for i, text in enumerate(shown, 1)
    )
    return (
        '<html><body><div class="lx-commentary__meta">'
        f'<time class="lx-commentary__meta-date gs-u-vh" datetime="{header}">the day</time></div>'
        f'<ol class="lx-stream__feed">{posts}</ol></body></html>'
    )


def _lx_times(header: str, fetched: datetime | None, *shown: str) -> list[datetime | None]:
    page = scraper.parse(_lx_page(header, *shown), url=URL, fetched_at=fetched, entities=False)
    assert [p.published_text for p in page.posts] == list(shown)
    return [p.published_at for p in page.posts]


def test_a_saved_lx_page_from_years_before_the_fetch_dates_its_posts_by_its_header() -> None:
    times = _lx_times("2019-05-02T06:00:00+01:00", datetime(2026, 11, 29, 10, tzinfo=UTC), "16:05", "14:31 1 May")
    assert times == [datetime(2019, 5, 2, 15, 5, tzinfo=UTC), datetime(2019, 5, 1, 13, 31, tzinfo=UTC)]


def test_an_lx_page_dated_after_the_fetch_dates_its_posts_by_its_header() -> None:
    times = _lx_times("2028-05-06T07:00:00+01:00", datetime(2025, 5, 2, 12, tzinfo=UTC), "19:40 6 May", "09:15")
    assert times == [datetime(2028, 5, 6, 18, 40, tzinfo=UTC), datetime(2028, 5, 6, 8, 15, tzinfo=UTC)]


def test_a_live_lx_fetch_on_the_headers_day_keeps_the_fetch_day() -> None:
    times = _lx_times("2019-05-02T06:00:00+01:00", datetime(2019, 5, 2, 17, tzinfo=UTC), "16:05", "18:10")
    # the clock five minutes past the fetch time is the day before's, as without a header
    assert times == [datetime(2019, 5, 2, 15, 5, tzinfo=UTC), datetime(2019, 5, 1, 17, 10, tzinfo=UTC)]


def test_a_live_lx_fetch_just_after_midnight_reads_a_late_clock_as_the_evening_before() -> None:
    fetched = datetime(2019, 5, 2, 23, 10, tzinfo=UTC)  # 00:10 BST on 3 May: the header's day is yesterday
    times = _lx_times("2019-05-02T06:00:00+01:00", fetched, "23:50", "00:05")
    assert times == [datetime(2019, 5, 2, 22, 50, tzinfo=UTC), datetime(2019, 5, 2, 23, 5, tzinfo=UTC)]


def test_a_live_lx_fetch_days_into_the_coverage_dates_bare_clocks_by_the_fetch_day() -> None:
    times = _lx_times("2019-05-02T06:00:00+01:00", datetime(2019, 5, 5, 12, tzinfo=UTC), "11:20", "18:00 3 May")
    assert times == [datetime(2019, 5, 5, 10, 20, tzinfo=UTC), datetime(2019, 5, 3, 17, 0, tzinfo=UTC)]


def test_a_text_copy_dated_after_its_fetch_time_dates_its_clocks_by_its_dated_line() -> None:
    text = "Count night as it happened\nFri 5 May 2028 01.00 BST\n\n02.40 BST\nResult in Millbrook\nGreens gain.\n"
    (post,) = scraper.parse(text, fetched_at=datetime(2025, 5, 2, 12, tzinfo=UTC), entities=False).posts
    assert post.published_at == datetime(2028, 5, 5, 1, 40, tzinfo=UTC)


def test_a_text_copy_fetched_on_its_dated_day_keeps_the_fetch_day() -> None:
    text = "Count night as it happened\nThu 4 May 2028 22.00 BST\n\n00.40 BST\nResult in Millbrook\nGreens gain.\n"
    (post,) = scraper.parse(text, fetched_at=datetime(2028, 5, 5, 0, tzinfo=UTC), entities=False).posts
    assert post.published_at == datetime(2028, 5, 4, 23, 40, tzinfo=UTC)  # after midnight: the fetch day's


STATED = datetime(2019, 5, 2, 5, tzinfo=UTC)  # 06:00 BST


@pytest.mark.parametrize(
    ("fetched", "within", "expected"),
    [
        (None, timedelta(days=1), date(2019, 5, 2)),  # no fetch time: the page's day
        (STATED + timedelta(hours=20), timedelta(days=1), None),  # a live fetch that day (or just after midnight)
        (STATED + timedelta(days=1, minutes=1), timedelta(days=1), date(2019, 5, 2)),
        (STATED + timedelta(days=3), timedelta(days=7), None),
        (STATED + timedelta(days=8), timedelta(days=7), date(2019, 5, 2)),
        (STATED - timedelta(hours=20), timedelta(days=1), None),  # a page stated a little ahead (its start)
        (STATED - timedelta(days=2), timedelta(days=7), date(2019, 5, 2)),  # fetched before the page was
    ],
)
def test_stated_day(fetched: datetime | None, within: timedelta, expected: date | None) -> None:
    assert stated_day(STATED, fetched, within=within) == expected


def test_a_text_copy_dated_after_its_fetch_time_keeps_its_shown_year() -> None:
    text = "Count day as it happened\nFri 5 May 2028 09.00 BST\n\n14:10 6 May\nResult in Millbrook\nGreens gain.\n"
    (post,) = scraper.parse(text, fetched_at=datetime(2025, 5, 2, 12, tzinfo=UTC), entities=False).posts
    assert post.published_at == datetime(2028, 5, 6, 13, 10, tzinfo=UTC)
