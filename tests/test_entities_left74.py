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
