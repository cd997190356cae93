"""Results-coverage wordings behind the truth table's lowest older files, round 4 (a region written 'the Fens', ...):
each rule is tested on wording of its own, not on the truth pages' lines."""

from __future__ import annotations

from scraper.entities import extract_text


def test_a_plural_region_after_the_is_no_ward() -> None:
    body = "The Lib Dem group leader hailed the result in the Cotswolds."
    assert extract_text("Reaction", body)["wards"] == []


def test_a_plural_name_called_a_ward_after_the_is_still_one() -> None:
    body = "Labour's Ann Cole won the Hollows ward with 912 votes."
    assert [w["name"] for w in extract_text("Labour hold", body)["wards"]] == ["Hollows"]


def test_a_plural_name_also_written_bare_is_still_a_ward() -> None:
    body = "The Greens have taken the Hollows from Labour.\nHollows: Green gain from Labour. Grn 1,004, Lab 877."
    assert [w["name"] for w in extract_text("Green gain", body)["wards"]] == ["Hollows"]
