"""Text copies of a newsletter's count-night notes: each note a time line over its headline, and a headline may end
on a full stop ("Done. Labour keep it.") where the copy's other notes put theirs, while a one-sentence paragraph
straight under a time line on a copy whose posts have no titles there stays a paragraph."""

from __future__ import annotations

from datetime import UTC, datetime

import scraper

FETCHED = datetime(2030, 5, 3, 9, tzinfo=UTC)

NOTES = """The Ashvale Letter
Election night notes

01:55
Done. Labour keep it.

All 30 seats declared. Labour 17, Conservatives 9, Greens 4.

01:20
Greens gain Mill End

Big one. Priya Nair wins by 40.

00:45
Con hold Southfield

Nothing doing here.
"""

UNTITLED = """Ashvale count updates

01:55
Labour keep the council.

All 30 seats are now declared.

01:20
The Greens have gained Mill End.

Priya Nair wins by 40.
"""


def test_a_headline_ending_on_a_full_stop_under_a_time_line_is_the_notes_title() -> None:
    page = scraper.parse(NOTES.encode(), fetched_at=FETCHED, entities=False)
    assert [p.title for p in page.posts] == ["Done. Labour keep it.", "Greens gain Mill End", "Con hold Southfield"]
    assert page.posts[0].body_text == "All 30 seats declared. Labour 17, Conservatives 9, Greens 4."


def test_a_sentence_under_a_time_line_stays_a_paragraph_where_no_post_has_a_title_there() -> None:
    page = scraper.parse(UNTITLED.encode(), fetched_at=FETCHED, entities=False)
    assert all(p.title is None for p in page.posts)
    assert page.posts[0].body_text.startswith("Labour keep the council.")
