"""Leftovers of the fact extractor (round left41): rules of general election-night wording, each on its own words."""

from __future__ import annotations

from datetime import UTC, datetime

from scraper import parse

# A text copy whose "Summary" box writes the council out in full; a post names only its bare area.
SUMMARY_PAGE = """Local elections 2027: count day as it happened

Summary
- Labour hold Wealden District Council with 31 seats
- The Conservatives won 12 seats

Live Reporting

1. 10:05 Polls closed
Polls have closed in two by-elections:
Ashcombe (Wealden)
Moorside (Tendring)

2. 10:40 Turnout down
Turnout was lower than last year.
"""


def test_parse_extracts_the_summary_box_and_reads_its_council_names() -> None:
    page = parse(SUMMARY_PAGE.encode(), fetched_at=datetime(2027, 5, 7, 12, tzinfo=UTC))
    [box] = page.summary
    assert box.entities is not None
    assert [(t["party"], t["seats"]) for t in box.entities["seat_totals"]] == [("Labour", 31), ("Conservative", 12)]
    first = page.posts[0].entities
    assert first is not None
    # (the bare area the post names is the council the summary writes out; a bare area it does not stays bare)
    assert {w["name"]: w["council"] for w in first["wards"]} == {
        "Ashcombe": "Wealden District Council",
        "Moorside": "Tendring Council",
    }
    # the page's posts are still its posts, and only they are printed without --include-summary
    assert [p.kind for p in page.posts] == ["post", "post"]
    assert len(page.to_dict()["posts"]) == 2
    assert len(page.to_dict(include_summary=True)["posts"]) == 3
