"""Text copies of a radio station's transcript page: each segment ends on the station's player button ("Listen to
this clip") and its share button ("Share this segment"), neither of them the segment's words."""

from __future__ import annotations

from datetime import UTC, datetime

import scraper

FETCHED = datetime(2031, 5, 2, 9, tzinfo=UTC)

TRANSCRIPT = """Vale Sound 97.1
Count Night Live: the transcript

2 May 2031

23:50
First result from Upton
By Gary Holt

GARY HOLT: Upton has declared, and it's a Labour hold.

Listen to this clip

Share this segment

23:20
Turnout is in
By Gary Holt

GARY HOLT: Turnout across the district is 31%.

Listen to this segment

Share this clip
"""


def test_a_transcripts_player_and_share_buttons_are_not_the_segments_words() -> None:
    page = scraper.parse(TRANSCRIPT.encode(), fetched_at=FETCHED, entities=False)
    bodies = [p.body_text for p in page.posts]
    assert bodies == [
        "GARY HOLT: Upton has declared, and it's a Labour hold.",
        "GARY HOLT: Turnout across the district is 31%.",
    ]


STAMPED = """Riverside Voice
Live: Elmford council count

Published 21:30, 6 May 2032 | Last updated 01:20, 7 May 2032

01:05
Elmford North declares
Reported by Dan Ruiz, Local democracy reporter

Labour hold Elmford North.

Share this post

23:45
Verification finished
Presented by Maya Cole

The boxes are all open.

Share this post
"""


def test_a_stamp_lines_last_date_dates_the_clocks_under_it() -> None:
    page = scraper.parse(STAMPED.encode(), fetched_at=FETCHED, entities=False)
    assert [p.published_at for p in page.posts] == [
        datetime(2032, 5, 7, 0, 5, tzinfo=UTC),
        datetime(2032, 5, 6, 22, 45, tzinfo=UTC),
    ]


def test_a_presented_or_reported_byline_names_the_author_and_role() -> None:
    page = scraper.parse(STAMPED.encode(), fetched_at=FETCHED, entities=False)
    assert [(p.author, p.role) for p in page.posts] == [
        ("Dan Ruiz", "Local democracy reporter"),
        ("Maya Cole", None),
    ]
