"""Results-coverage wordings found missing by the blind held-out pages fixtures/truth/heldout-47x-* (a BBC LX page
of a Scottish Parliament count, a text copy of a BBC local radio page of police commissioner and county council
results, a Guardian page of London borough results): each rule is tested on wording of its own, not on the truth
pages' lines."""

from __future__ import annotations

from typing import Any

from scraper.entities import extract_text


def people(body: str, title: str = "Result") -> list[tuple[Any, ...]]:
    return [(c["name"], c["party"], c["votes"], c["elected"]) for c in extract_text(title, body)["candidates"]]


def totals(body: str, title: str = "Results") -> list[tuple[Any, ...]]:
    return [(s["party"], s["seats"]) for s in extract_text(title, body)["seat_totals"]]


def test_a_seat_line_with_a_party_whose_change_is_left_out() -> None:
    body = "The Lib Dems keep Sutton.\nLD 41 (+2), Con 9 (-3), Lab 3, Ind 2 (+1)"
    assert totals(body) == [("Liberal Democrats", 41), ("Conservative", 9), ("Labour", 3), ("Independent", 2)]


def test_a_line_of_one_change_is_no_seat_line() -> None:
    assert totals("The Lib Dems keep Sutton.\nLD 41, Con 9 (-3), Lab 3") == []
