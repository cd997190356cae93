"""A date shown without a year on a page dated near the turn of a year takes the year nearest the page's own date:
"2 Jan" on a page dated 31 December is next year's, "31 Dec" on a page dated 1 January last year's."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from test_stated_day import _lx_times

import scraper
from scraper.times import nearest_year

FAR_BEFORE = datetime(2025, 5, 2, 12, tzinfo=UTC)  # a test's fixed clock, years before the pages below
FAR_AFTER = datetime(2031, 3, 1, 12, tzinfo=UTC)  # a saved page parsed with its file's time years on


@pytest.mark.parametrize("fetched", [FAR_BEFORE, FAR_AFTER, None])
def test_a_late_december_lx_page_dates_its_january_posts_in_the_next_year(fetched: datetime | None) -> None:
    times = _lx_times("2027-12-31T09:00:00+00:00", fetched, "23:40 31 Dec", "00:20 1 Jan", "10:05 2 Jan")
    assert times == [
        datetime(2027, 12, 31, 23, 40, tzinfo=UTC),
        datetime(2028, 1, 1, 0, 20, tzinfo=UTC),
        datetime(2028, 1, 2, 10, 5, tzinfo=UTC),
    ]


@pytest.mark.parametrize("fetched", [FAR_BEFORE, FAR_AFTER])
def test_an_lx_page_dated_1_january_dates_its_31_december_posts_in_the_year_before(fetched: datetime) -> None:
    times = _lx_times("2028-01-01T10:00:00+00:00", fetched, "22:15 31 Dec", "09:30")
    assert times == [datetime(2027, 12, 31, 22, 15, tzinfo=UTC), datetime(2028, 1, 1, 9, 30, tzinfo=UTC)]


def test_a_text_copy_dated_new_years_eve_dates_a_january_post_in_the_next_year() -> None:
    text = (
        "Hogmanay count as it happened\nSun 31 Dec 2028 20.00 GMT\n\n09:10 2 Jan\nResult in Millbrook\nGreens gain.\n"
    )
    (post,) = scraper.parse(text, fetched_at=FAR_BEFORE, entities=False).posts
    assert post.published_at == datetime(2029, 1, 2, 9, 10, tzinfo=UTC)


@pytest.mark.parametrize(
    ("known", "month", "year"),
    [
        (date(2027, 12, 30), 1, 2028),
        (date(2028, 1, 1), 12, 2027),
        (date(2028, 5, 6), 5, 2028),
        (date(2028, 5, 6), 11, 2028),  # six months on: still this year
        (date(2028, 5, 6), 12, 2027),
        (date(2028, 8, 6), 1, 2029),
        (date(2028, 7, 6), 1, 2028),
    ],
)
def test_nearest_year(known: date, month: int, year: int) -> None:
    assert nearest_year(known, month) == year
