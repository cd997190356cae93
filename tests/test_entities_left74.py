"""Results-coverage wordings behind round 66x's leftovers (a party's own seats kept in a town, ...): each rule is
tested on wording of its own, not on the truth pages' lines."""

from __future__ import annotations

from scraper.entities import extract_text


def test_seats_kept_of_their_own_in_a_town_are_no_council_total() -> None:
    body = "The Greens have kept four of their five seats in Ashcombe, the district's northern edge."
    assert extract_text("Greens hold on", body)["seat_totals"] == []


def test_seats_kept_of_their_own_in_a_council_area_stay_a_total() -> None:
    body = "Labour kept 30 of their 34 seats in Sunderland, where the party stays in control."
    found = extract_text("Labour hold Sunderland", body)["seat_totals"]
    assert [(t["party"], t["seats"]) for t in found] == [("Labour", 30)]


def test_a_name_set_off_as_leader_of_a_local_group_stands_for_it() -> None:
    body = (
        "Tom Reed, leader of the Kelby Residents Group, topped the poll in Oak Hill with 1,207 votes.\n"
        '"The Lib Dems have ignored this town for years," he said.'
    )
    found = extract_text("Residents leader re-elected", body)["candidates"]
    assert [(c["name"], c["party"]) for c in found] == [("Tom Reed", "Kelby Residents Group")]


def test_a_name_set_off_as_deputy_leader_of_a_party_group_stands_for_it() -> None:
    body = "Ann Cole, the deputy leader of the Conservative group, held Mill End with 904 votes."
    found = extract_text("Mill End", body)["candidates"]
    assert [(c["name"], c["party"]) for c in found] == [("Ann Cole", "Conservative")]
