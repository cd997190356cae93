"""Results-coverage wordings found missing by the blind held-out pages fixtures/truth/heldout-57x-* (a BBC WebCore
page of a Jersey election, a Guardian live blog of the City of London's ward elections, a text copy of Guernsey's
island-wide count): each rule is tested on wording of its own, not on the truth pages' lines."""

from __future__ import annotations

from typing import Any

from scraper.entities import extract_text


def facts(body: str, title: str = "Results") -> dict[str, list[dict[str, Any]]]:
    return extract_text(title, body)


def test_a_place_with_its_seats_in_a_bracket_heads_a_line_of_uncontested_members() -> None:
    body = (
        "Nobody stood against the sitting members in two wards, so they were declared elected unopposed:\n"
        "Ashgrove (2): Helen Marsh and Peter Oakes\n"
        "Brookside (3 seats): Sam Lee, Dana Pryce and Omar Khan"
    )
    got = facts(body)
    assert [w["name"] for w in got["wards"]] == ["Ashgrove", "Brookside"]
    assert {c["name"]: c["ward"] for c in got["candidates"]} == {
        "Helen Marsh": "Ashgrove",
        "Peter Oakes": "Ashgrove",
        "Sam Lee": "Brookside",
        "Dana Pryce": "Brookside",
        "Omar Khan": "Brookside",
    }


def test_a_partys_members_in_a_bracket_line_are_no_ward() -> None:
    body = "The new council's members by party:\nLabour (4): Helen Marsh and Peter Oakes"
    assert facts(body)["wards"] == []


def test_an_island_office_named_before_the_beaten_rival_keeps_the_rival_and_both_figures() -> None:
    body = "Ann Rowe beat the sitting constable, the independent Bill Hart, by 1,204 votes to 998."
    got = {c["name"]: (c["party"], c["votes"], c["elected"]) for c in facts(body)["candidates"]}
    assert got == {"Ann Rowe": (None, 1204, True), "Bill Hart": ("Independent", 998, False)}


def test_an_alderman_before_the_name_is_a_role_not_part_of_a_name() -> None:
    body = "Joan Pike beat the outgoing alderman, Labour's Tom Reeve, by 640 votes to 512."
    got = {c["name"]: (c["votes"], c["elected"]) for c in facts(body)["candidates"]}
    assert got == {"Joan Pike": (640, True), "Tom Reeve": (512, False)}


def test_members_by_an_islands_own_title_after_re_elected_are_the_winners_named_next() -> None:
    body = (
        "The parish has re-elected both of its sitting deputies: Ann Rowe (1,877) and Bill Hart (1,802), both "
        "independents. The only challenger, Labour's Dee Vance, came third with 690 votes."
    )
    got = {c["name"]: c["elected"] for c in facts(body)["candidates"]}
    assert got == {"Ann Rowe": True, "Bill Hart": True, "Dee Vance": False}


def test_the_city_of_londons_corporation_is_the_council_and_its_court_is_no_council() -> None:
    body = (
        "Turnout was up across the wards run by the City of London Corporation, and Labour now holds 14 seats on "
        "the Court of Common Council."
    )
    assert [c["name"] for c in facts(body)["councils"]] == ["City of London Corporation"]


def test_a_figure_taken_before_a_rivals_gapped_figure_is_no_verdict() -> None:
    body = "In the Marsh Lane count, Ivy Dunn took 812 votes and Owen Platt 640."
    got = {c["name"]: (c["votes"], c["elected"]) for c in facts(body)["candidates"]}
    assert got == {"Ivy Dunn": (812, None), "Owen Platt": (640, None)}


def test_a_seat_taken_before_a_rivals_gapped_figure_is_still_a_win() -> None:
    body = "Ivy Dunn took the seat with 812 and Owen Platt 640."
    got = {c["name"]: (c["votes"], c["elected"]) for c in facts(body)["candidates"]}
    assert got == {"Ivy Dunn": (812, True), "Owen Platt": (640, False)}


def test_a_name_with_fewer_votes_than_a_beaten_rival_of_the_sentence_lost_too() -> None:
    body = "Labour's Ruth Gale finished fourth on 930, with Sam Ince on 212."
    got = {c["name"]: (c["votes"], c["elected"]) for c in facts(body)["candidates"]}
    assert got == {"Ruth Gale": (930, False), "Sam Ince": (212, False)}


def test_also_before_a_party_in_an_apposition_keeps_the_party_and_the_figure_after_it() -> None:
    body = "The Green candidate Rhian Cole was fourth on 820, with Will Ashby, also a Green, on 301."
    got = {c["name"]: (c["party"], c["votes"]) for c in facts(body)["candidates"]}
    assert got == {"Rhian Cole": ("Green Party", 820), "Will Ashby": ("Green Party", 301)}


def totals(body: str) -> list[tuple[Any, ...]]:
    return [(s["party"], s["seats"]) for s in facts(body)["seat_totals"]]


def test_the_remaining_members_said_to_be_independents_are_the_independents_total() -> None:
    body = "The Greens took 14 of the 40 seats on Brackwater Council. The remaining 26 councillors are independents."
    assert totals(body) == [("Green Party", 14), ("Independent", 26)]


def test_remaining_independents_still_to_declare_are_no_total() -> None:
    body = "The Greens took 14 of the 40 seats on Brackwater Council. The remaining 26 seats are still to declare."
    assert totals(body) == [("Green Party", 14)]
