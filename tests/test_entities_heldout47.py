"""Results-coverage wordings found missing by the blind held-out pages fixtures/truth/heldout-47x-* (a BBC LX page
of a Scottish Parliament count, a text copy of a BBC local radio page of police commissioner and county council
results, a Guardian page of London borough results): each rule is tested on wording of its own, not on the truth
pages' lines."""

from __future__ import annotations

from typing import Any

from probes import people

from scraper.entities import extract_text


def totals(body: str, title: str = "Results") -> list[tuple[Any, ...]]:
    return [(s["party"], s["seats"]) for s in extract_text(title, body)["seat_totals"]]


def test_a_seat_line_with_a_party_whose_change_is_left_out() -> None:
    body = "The Lib Dems keep Sutton.\nLD 41 (+2), Con 9 (-3), Lab 3, Ind 2 (+1)"
    assert totals(body) == [("Liberal Democrats", 41), ("Conservative", 9), ("Labour", 3), ("Independent", 2)]


def test_a_line_of_one_change_is_no_seat_line() -> None:
    assert totals("The Lib Dems keep Sutton.\nLD 41, Con 9 (-3), Lab 3") == []


def test_a_second_party_label_after_a_comma_gives_the_later_items_their_party() -> None:
    body = "Reform held Oakwood ward on Enfield council.\nConservative: Alan Pike 702, Labour: Nora Quist 455"
    got = {n: (p, v) for n, p, v, _ in people(body)}
    assert got == {"Alan Pike": ("Conservative", 702), "Nora Quist": ("Labour", 455)}


def test_one_party_label_still_covers_a_run_of_names() -> None:
    body = "Labour: Ann Lee 1,100, Raj Patel 1,050"
    assert [(n, p, v) for n, p, v, _ in people(body)] == [("Ann Lee", "Labour", 1100), ("Raj Patel", "Labour", 1050)]


def test_a_run_of_surnames_with_party_and_votes_is_a_result() -> None:
    body = "Plaid's Elin Morgan kept Arfon.\nMorgan (PC) 9,120, Hughes (Lab) 6,004, Price (Con) 2,310, Evans (LD) 810"
    got = {n: (p, v, won) for n, p, v, won in people(body)}
    assert got["Elin Morgan"] == ("Plaid Cymru", 9120, True)
    assert got["Hughes"] == ("Labour", 6004, False) and got["Evans"] == ("Liberal Democrats", 810, False)
    assert len(got) == 4


def test_two_surnames_or_a_line_with_prose_after_it_is_no_run() -> None:
    assert people("Hughes (Lab) 6,004, Price (Con) 2,310") == []
    assert people("Hughes (Lab) 6,004, Price (Con) 2,310, Evans (LD) 810. It was close, said the agent.") == []
