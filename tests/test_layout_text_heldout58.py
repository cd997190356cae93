"""Text copies of a live page kept open over several days (a month of council by-elections): a day's divider line
over its posts dates the posts under it, which show a clock alone, and is no post's body."""

from __future__ import annotations

from datetime import UTC, datetime

import scraper

FETCHED = datetime(2026, 11, 1, 12, tzinfo=UTC)

WEEKS = """Westshire Gazette
LIVE: Westshire by-elections this autumn

Last updated 16 October 2026, 8:30am

Live

Friday, 16 October 2026

8.30am
Autumn by-elections round-up
Ruth Fell

Three by-elections, three holds.

Share

Friday, 9 October 2026

12.20am
Greens hold Abbeyfield
Ruth Fell

The Greens held Abbeyfield on Westshire Council with 604 votes.

Share

Thursday, 8 October 2026

10.00pm
Polls close in Abbeyfield
Dev Mistry

Ballot boxes are on their way to the count.

Share
"""


def test_a_days_divider_dates_the_posts_under_it_and_is_no_body_line() -> None:
    page = scraper.parse(WEEKS, fetched_at=FETCHED, entities=False)
    assert page.layout == "text"
    assert [(p.title, p.published_at) for p in page.posts] == [
        ("Autumn by-elections round-up", datetime(2026, 10, 16, 7, 30, tzinfo=UTC)),
        ("Greens hold Abbeyfield", datetime(2026, 10, 8, 23, 20, tzinfo=UTC)),
        ("Polls close in Abbeyfield", datetime(2026, 10, 8, 21, 0, tzinfo=UTC)),
    ]
    assert [p.body_text for p in page.posts] == [
        "Three by-elections, three holds.",
        "The Greens held Abbeyfield on Westshire Council with 604 votes.",
        "Ballot boxes are on their way to the count.",
    ]


RESULT_UNDER_NAME = """Westshire Gazette
LIVE: Westshire by-elections

Live

Friday, 9 October 2026

12.20am
Greens hold Abbeyfield
Ruth Fell

Abbeyfield (Westshire) - Green hold

Elected: Tom Ware (Green) 604. Also standing: Ann Lole (Labour) 411.

Share
"""


def test_a_result_line_under_the_authors_name_is_body_not_a_role() -> None:
    page = scraper.parse(RESULT_UNDER_NAME, fetched_at=FETCHED, entities=False)
    [post] = page.posts
    assert (post.author, post.role) == ("Ruth Fell", None)
    assert post.body_text.splitlines()[0] == "Abbeyfield (Westshire) - Green hold"
