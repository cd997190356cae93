"""Results-coverage wordings found missing by earlier blind held-out pages and left open (lists of councils of one
kind, divisions named after a gain, closed-list wording, a rival's votes, areas that are no wards, titled names):
each rule is tested on wording of its own, not on the truth pages' lines."""

from __future__ import annotations

from scraper.entities import extract_text


def councils(body: str, title: str = "Results") -> list[str]:
    return [c["name"] for c in extract_text(title, body)["councils"]]


def test_places_listed_before_a_plural_kind_of_council_are_each_a_council() -> None:
    assert councils("The Tories lost Essex, Norfolk and Suffolk county councils overnight.") == [
        "Essex County Council",
        "Norfolk County Council",
        "Suffolk County Council",
    ]
    assert councils("Labour kept Dover and Swale district councils.") == [
        "Dover District Council",
        "Swale District Council",
    ]
    # a list of one kind only counts places of that kind: a district is no county council
    assert not any("Dover" in c for c in councils("Turnout fell in Dover and Norfolk county councils."))
