"""Text copies of a regional live page (ITV-style): a stream heading, clocks with am/pm alone over each title,
a "Share this update" line under each post, a dated line over the stream and readers' comments under a post."""

from __future__ import annotations

from datetime import UTC, datetime

import scraper

FETCHED = datetime(2026, 1, 1, 12, tzinfo=UTC)

REGIONAL = """ITV News
Anglia
Council elections: East results night

Saturday 8 May 2027, 9:10am

Live updates

9:05am

Ipswich stays Labour

Labour keep Ipswich Borough Council with 31 of the 48 seats.

Share this update

1:20am

Count begins in Norwich

Staff at St Andrew's Hall have started verifying ballot papers.

Comments (2)

norfolk_nick

About time they got a move on.

Reply

Load more comments

Share this update

11:40pm

Polls close

Polling stations across the region have now closed.

Share this update
"""


def _page() -> scraper.Page:
    page = scraper.parse(REGIONAL, fetched_at=FETCHED, entities=False)
    assert page.layout == "text"
    return page


def test_a_clock_under_a_share_line_heads_the_title_below_it() -> None:
    page = _page()
    assert [p.title for p in page.posts] == ["Ipswich stays Labour", "Count begins in Norwich", "Polls close"]
    assert [p.published_text for p in page.posts] == ["9:05am", "1:20am", "11:40pm"]


def test_share_this_update_is_no_body_line() -> None:
    page = _page()
    assert page.posts[0].body_text == "Labour keep Ipswich Borough Council with 31 of the 48 seats."
    assert all("Share this update" not in p.body_text for p in page.posts)


def test_a_dated_line_with_an_am_pm_clock_gives_the_posts_their_day() -> None:
    page = _page()
    stamps = [p.published_at.isoformat() if p.published_at else None for p in page.posts]
    # BST; the 11:40pm post is the evening before, over midnight
    assert stamps == ["2027-05-08T08:05:00+00:00", "2027-05-08T00:20:00+00:00", "2027-05-07T22:40:00+00:00"]


def test_readers_comments_under_a_post_are_not_its_body() -> None:
    page = _page()
    assert page.posts[1].body_text == "Staff at St Andrew's Hall have started verifying ballot papers."
