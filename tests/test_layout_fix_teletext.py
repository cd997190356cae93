"""Teletext pages kept as text: each capture's header row is its post's header (leftovers of blind round 63x)."""

from __future__ import annotations

from datetime import UTC, datetime

import scraper

FETCHED = datetime(2026, 5, 8, 12, tzinfo=UTC)

COPY = """Off-air teletext
Pages we recovered from a Betamax tape of election night

P311   ORACLE 311  Thu 05 May  23:58/02
 ITV MIDLANDS          ELECTIONS 1988  1/2
 DUDLEY METROPOLITAN BOROUGH

 NETHERTON                    LAB HOLD
 Ada Wheeler            LAB        2,004
 Colin Prowse           CON        1,377
 Maj 627

 Results     Next page     Sport     Index

P312   ORACLE 312  Fri 06 May  00:21/47
 ITV MIDLANDS          ELECTIONS 1988
 SANDWELL COUNCIL LATEST

 Labour keep their grip on Sandwell after
 holding all nine seats counted so far
 tonight, the council's leader said.

 Turnout was low across the borough.

 Results     Dudley     Sport     Index

Comments are closed on this post.
"""


def _page() -> scraper.Page:
    return scraper.parse(COPY.encode(), fetched_at=FETCHED, origin="oracle.txt")


def test_each_header_row_starts_a_post_timed_to_the_second_and_titled_by_its_title_row() -> None:
    page = _page()
    assert page.layout == "text"
    assert [p.title for p in page.posts] == ["DUDLEY METROPOLITAN BOROUGH", "SANDWELL COUNCIL LATEST"]
    # the banner's year; British Summer Time in May
    assert [p.published_at for p in page.posts] == [
        datetime(1988, 5, 5, 22, 58, 2, tzinfo=UTC),
        datetime(1988, 5, 5, 23, 21, 47, tzinfo=UTC),
    ]


def test_the_banner_the_title_and_the_fastext_row_are_no_body_rows() -> None:
    first, second = _page().posts
    assert first.body_text.splitlines()[0].startswith("NETHERTON")
    assert "ELECTIONS" not in first.body_text and "Index" not in first.body_text
    # the archive's own line under the last capture is not the page's either
    assert "Comments are closed" not in second.body_text and "Index" not in second.body_text


def test_prose_wrapped_at_forty_columns_is_one_paragraph_and_no_byline() -> None:
    first, second = _page().posts
    assert second.body_text.splitlines() == [
        "Labour keep their grip on Sandwell after holding all nine seats counted so far tonight, the council's"
        " leader said.",
        "Turnout was low across the borough.",
    ]
    assert second.author is None and first.author is None
    assert "Ada Wheeler | LAB | 2,004" in first.body_text.splitlines()  # a table's rows are never joined
