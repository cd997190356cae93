"""Results-coverage wordings behind the truth table's lowest 60x-62x files (winners named in brackets in prose, ...):
each rule is tested on wording of its own, not on the truth pages' lines."""

from __future__ import annotations

from scraper.entities import extract_text


def test_winners_in_brackets_with_their_majorities_are_elected_for_the_party_that_held_the_seats() -> None:
    body = "Two more in. The Greens have kept Ashby Vale (Tom Reed, majority 88) and Harbour (Jo Lund, majority 1,402)."
    found = extract_text("Green holds", body)
    got = {(c["name"], c["party"], c["elected"], c["ward"]) for c in found["candidates"]}
    assert got == {("Tom Reed", "Green Party", True, "Ashby Vale"), ("Jo Lund", "Green Party", True, "Harbour")}
    assert {w["name"] for w in found["wards"]} == {"Ashby Vale", "Harbour"}


def test_a_bracketed_name_and_majority_without_a_party_taking_seats_names_no_winner() -> None:
    body = "The biggest swing came in Ashby Vale (Tom Reed, majority 88), turnout said the agents."
    assert extract_text("Swing", body)["candidates"] == []
