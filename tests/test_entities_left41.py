"""Leftovers of the fact extractor (round left41): rules of general election-night wording, each on its own words."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from scraper import parse
from scraper.entities import extract_page, extract_text
from scraper.models import Post

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


def page_of(*posts: tuple[str, str]) -> list[Post]:
    page = [Post(post_id=f"p{i}", title=title, body_text=body) for i, (title, body) in enumerate(posts)]
    extract_page(page)
    return page


SEAT = (
    "Greens take Eastmere Vale",
    "The Greens have won Eastmere Vale from Labour. Rosa Quill beat Labour's Dan Hart by 412 votes.",
)
PARLIAMENT_NIGHTS = {
    "westminster": (
        ("Exit poll", "The exit poll points to a Conservative majority in the House of Commons."),
        ("Early declarations", "Three constituencies have declared so far; every MP re-elected."),
    ),
    "senedd": (
        ("Polls close", "Voting has ended in the election to the Senedd."),
        ("Turnout", "Turnout across the 40 Senedd seats looks lower than in 2021."),
    ),
    "holyrood": (
        ("First results", "The first Holyrood seats will be declared after midnight."),
        ("List seats", "The regional list seats come later in the afternoon; each MSP counts."),
    ),
}


@pytest.mark.parametrize("night", sorted(PARLIAMENT_NIGHTS))
def test_a_seat_on_a_page_about_a_parliament_is_a_constituency_not_a_ward(night: str) -> None:
    alone = page_of(SEAT)[0].entities
    assert alone is not None and [w["name"] for w in alone["wards"]] == ["Eastmere Vale"]  # (a post of its own)
    entities = page_of(*PARLIAMENT_NIGHTS[night], SEAT)[-1].entities
    assert entities is not None
    assert entities["wards"] == []
    # the result stays: the candidates and the gain, with no ward
    assert [(c["name"], c["elected"], c["ward"]) for c in entities["candidates"]] == [
        ("Rosa Quill", True, None),
        ("Dan Hart", False, None),
    ]
    assert [(c["type"], c["ward"]) for c in entities["changes"]] == [("gain", None)]


def test_a_local_count_that_mentions_mps_keeps_its_wards() -> None:
    local = (
        ("Count under way", "Counting has started for Eastmere Council's 48 seats."),
        ("Labour hold Northgate", "Labour held the Northgate ward with 1,020 votes."),
        ("MP reacts", "The town's MP said the general election campaign starts now."),
        ("MPs visit", "Two MPs were at the count for the Westminster parties."),
        ("Tories hold Kilnfield", "The Conservatives held Kilnfield ward on Eastmere Council."),
        ("Turnout", "Eastmere Council says turnout was 31%."),
    )
    entities = page_of(*local, SEAT)[-1].entities
    assert entities is not None and [w["name"] for w in entities["wards"]] == ["Eastmere Vale"]


def test_stage_names_are_candidates_title_and_all() -> None:
    listed = extract_text(
        "Declaration at Marlow Heath",
        "Ann Lee (Labour) 20,114\nLord Buckethead (Official Monster Raving Loony) 311\n"
        "Count Binface (Ind) 97\nMr Fishfinger (Independent) 40",
    )
    assert [(c["name"], c["party"], c["votes"]) for c in listed["candidates"]] == [
        ("Ann Lee", "Labour", 20114),
        ("Lord Buckethead", "Official Monster Raving Loony Party", 311),
        ("Count Binface", "Independent", 97),
        ("Mr Fishfinger", "Independent", 40),
    ]
    assert "Official Monster Raving Loony Party" in [p["name"] for p in listed["parties"]]
    prose = extract_text("Also standing", "Count Binface took 97 votes, Lord Buckethead 311 and Mr Fishfinger 40.")
    assert [(c["name"], c["votes"]) for c in prose["candidates"]] == [
        ("Count Binface", 97),
        ("Lord Buckethead", 311),
        ("Mr Fishfinger", 40),
    ]


def test_two_councils_gained_from_a_party_are_each_named() -> None:
    gained = extract_text("Kent", "The Greens have gained Tendring and Wealden from the Liberal Democrats overnight.")
    assert [c["name"] for c in gained["councils"]] == ["Tendring Council", "Wealden Council"]
    # (one area before 'from' may be a constituency's; a run that is not two councils' areas is left alone)
    assert extract_text("Kent", "The Greens have gained Tendring from the Liberal Democrats.")["councils"] == []
    assert extract_text("Kent", "The Greens have gained Tendring and Frinton from the Tories.")["councils"] == []
    # and on a page about a parliament, where such a run is a constituency
    night = page_of(
        ("Exit poll", "The exit poll points to a hung parliament at Westminster."),
        ("Early declarations", "Three constituencies have declared so far; every MP re-elected."),
        ("Green gain", "The Greens have gained Tendring and Wealden from the Liberal Democrats overnight."),
    )
    assert night[-1].entities is not None and night[-1].entities["councils"] == []
