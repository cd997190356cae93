"""Results-coverage wordings behind round 65x's leftovers (a party 'founded by' two people, ...): each rule is
tested on wording of its own, not on the truth pages' lines."""

from __future__ import annotations

from scraper.entities import extract_text


def test_people_who_founded_a_party_are_not_its_candidates() -> None:
    body = "The Green Party, founded by Ann Cole and Tom Reed, is standing in nine wards."
    assert extract_text("New on the ballot", body)["candidates"] == []


def test_a_person_standing_herself_is_still_a_candidate() -> None:
    body = "Ann Cole, a founder of the party, is standing in nine wards."
    assert [c["name"] for c in extract_text("New on the ballot", body)["candidates"]] == ["Ann Cole"]
