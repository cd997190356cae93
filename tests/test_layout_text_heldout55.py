"""Text copies of a Reach-style live page (the M.E.N., the Echo): a related story's link under 'Read more:' between
a post's paragraphs is the site's, not the post's."""

from __future__ import annotations

from datetime import UTC, datetime

import scraper
from scraper.clean import classify_line

FETCHED = datetime(2026, 1, 1, 12, tzinfo=UTC)

REACH = """Liverpool Echo
Local elections LIVE: Sefton and Knowsley counts

LIVE UPDATES

14:10
Knowsley declares
Dan Rowe

Labour keep Knowsley Council with 41 of the 45 seats.

READ MORE: Knowsley's new councillors in full

Share

12:30
Sefton count under way
Dan Rowe

Counting has started at Bootle Town Hall.

Read more: What is at stake in Sefton this year

Share
"""


def test_a_related_storys_link_under_read_more_is_boilerplate() -> None:
    assert classify_line("Read more: What is at stake in Sefton this year") == "read_more"
    assert classify_line("READ MORE: Knowsley's new councillors in full") == "read_more"
    assert classify_line("Read more about the candidates on our website.") is None


def test_read_more_lines_are_no_body_lines_of_a_text_copy() -> None:
    page = scraper.parse(REACH, fetched_at=FETCHED, entities=False)
    assert page.layout == "text"
    assert [p.body_text for p in page.posts] == [
        "Labour keep Knowsley Council with 41 of the 45 seats.",
        "Counting has started at Bootle Town Hall.",
    ]
