"""Results-coverage wordings found missing by the blind held-out sets fixtures/truth/heldout-14x-*: each rule is
tested on wording of its own, not on the truth pages' lines."""

from __future__ import annotations

from scraper.entities import extract_text


def test_the_area_of_a_council_by_election_names_its_council() -> None:
    e = extract_text(
        None, "Voters in Hackney also went to the polls in a council by-election in Hackney's Dalston ward."
    )
    assert e["councils"] == []  # (a possessive: the area is not written as the by-election's place)
    e = extract_text(None, "Alongside the main count, a council by-election in Hackney was won by Labour.")
    assert [c["name"] for c in e["councils"]] == ["Hackney Council"]
    e = extract_text(None, "There were two county council by-elections in Suffolk on the same day.")
    assert [c["name"] for c in e["councils"]] == ["Suffolk County Council"]
    # not a council area: nothing
    e = extract_text(None, "A council by-election in Smallbridge drew a turnout of 19%.")
    assert e["councils"] == []


def test_a_gaelic_ward_name_keeps_its_joining_word() -> None:
    e = extract_text(None, "In Ward 6 - Tìr a' Mhurain, the Independent Morag Laing was elected at the first stage.")
    assert [w["name"] for w in e["wards"]] == ["Tìr a' Mhurain"]


def test_two_counts_after_two_names_go_in_the_names_order() -> None:
    # without 'respectively': the first count is the first name's, the second the second's
    for body in (
        "Labour's Ines Mohr and Tom Varley were elected at stage one, with 2,315 and 1,988 first preferences.",
        "Ines Mohr and Tom Varley were elected at the first count with 2,315 and 1,988 votes.",
        "Labour's Ines Mohr and Green Tom Varley both won seats, with 2,315 and 1,988 first preferences.",
    ):
        e = extract_text(None, body)
        assert {c["name"]: c["votes"] for c in e["candidates"]} == {"Ines Mohr": 2315, "Tom Varley": 1988}, body
    # one name: the counts are not split
    e = extract_text(None, "Ines Mohr was elected with 2,315 votes, and 1,988 went to the Greens.")
    assert {c["name"]: c["votes"] for c in e["candidates"]} == {"Ines Mohr": 2315}


def test_a_gapped_second_count_after_a_bracketed_party_or_first_preferences() -> None:
    # "X took N ... and Y (Party) M": the verb is left out before the second count
    e = extract_text(None, "Rhona Kerr (SNP) took 2,640 votes and Iain Duthie (Lab) 2,102.")
    assert {c["name"]: (c["party"], c["votes"]) for c in e["candidates"]} == {
        "Rhona Kerr": ("SNP", 2640),
        "Iain Duthie": ("Labour", 2102),
    }
    e = extract_text(None, "Labour's Rhona Kerr took 2,640 first-preference votes and the SNP's Iain Duthie 2,102.")
    assert {c["name"]: c["votes"] for c in e["candidates"]} == {"Rhona Kerr": 2640, "Iain Duthie": 2102}
    # a bracket that is not a party is no gap
    e = extract_text(None, "Rhona Kerr (SNP) took 2,640 votes and Iain Duthie (pictured) 2,102.")
    assert all(c["votes"] != 2102 for c in e["candidates"])


def test_a_plural_take_of_seats_elects_each_name() -> None:
    e = extract_text(None, "The Greens' Mairi Lowe and Ewan Brodie take both of the party's list seats.")
    assert {c["name"]: (c["party"], c["elected"]) for c in e["candidates"]} == {
        "Mairi Lowe": ("Green Party", True),
        "Ewan Brodie": ("Green Party", True),
    }
    # a modal before it is no result
    e = extract_text(None, "Labour's Mairi Lowe could take the seat.")
    assert [c["elected"] for c in e["candidates"]] == [None]
