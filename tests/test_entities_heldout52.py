"""Results-coverage wordings found missing by the blind held-out pages fixtures/truth/heldout-52x-* (a BBC WebCore
page of a county council count, a BBC LX page of a Senedd by-election and bilingual Welsh town and community council
by-elections, a Guardian round-up of council by-elections in an election analyst's shares-and-changes style): each
rule is tested on wording of its own, not on the truth pages' lines."""

from __future__ import annotations

from typing import Any

from scraper.entities import extract_text


def totals(body: str, title: str = "Results") -> list[tuple[Any, ...]]:
    return [(s["party"], s["seats"]) for s in extract_text(title, body)["seat_totals"]]


def councils(body: str, title: str = "Result") -> list[str]:
    return [c["name"] for c in extract_text(title, body)["councils"]]


def test_an_abbreviated_partys_share_is_no_seat_count() -> None:
    body = (
        "Labour kept Eastfield on Brackley council despite a drop: Lab 39.4% (-12.2), Ref 28.7% (+28.7), "
        "Con 20.1% (-9.0)."
    )
    assert totals(body) == []


def test_abbreviated_parties_seats_on_a_council_line_are_still_totals() -> None:
    body = "Final result, Brackley Council: Lab 31, Con 12, LD 5."
    assert totals(body) == [("Labour", 31), ("Conservative", 12), ("Liberal Democrats", 5)]


def test_a_seat_count_heading_under_a_line_counting_the_wards_in_heads_the_councils_seats() -> None:
    body = (
        "All 48 wards have now declared and Ferndale District Council stays under Labour control.\n"
        "The final seat count is:\n"
        "Labour: 27\n"
        "Conservatives: 14\n"
        "Green Party: 7"
    )
    assert totals(body) == [("Labour", 27), ("Conservative", 14), ("Green Party", 7)]


def test_a_council_named_in_welsh_and_english_is_the_english_names() -> None:
    body = "A seat on Cyngor Cymuned Penmachno / Penmachno Community Council has been filled by co-option."
    assert councils(body) == ["Penmachno Community Council"]


def test_a_council_named_in_english_first_keeps_its_english_name() -> None:
    assert councils("Pembrokeshire County Council / Cyngor Sir Penfro has one vacancy after the resignation.") == [
        "Pembrokeshire County Council"
    ]
