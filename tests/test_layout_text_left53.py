"""A text copy of a newspaper live page whose stream opens under the button that reloads it ("Show latest
updates"): the button's label is page chrome, not the first post's title."""

from __future__ import annotations

from datetime import UTC, datetime

import scraper

FETCHED = datetime(2031, 1, 1, 12, tzinfo=UTC)

PAGE = """The Evening Courier
Council elections live: Harbour district count

Kim Dawes
Friday 2 May 2031 09:30

Show latest updates

2 May 2031 09:25

Greens hold Quayside

The Green Party kept Quayside ward with 1,204 votes.

2 May 2031 08:50

Counting starts

Verification has finished at the Guildhall.
"""


def test_show_latest_updates_is_no_posts_title() -> None:
    page = scraper.parse(PAGE, fetched_at=FETCHED, entities=False)
    assert page.layout == "text"
    assert [p.title for p in page.posts] == ["Greens hold Quayside", "Counting starts"]
    assert page.posts[0].body_text == "The Green Party kept Quayside ward with 1,204 votes."
