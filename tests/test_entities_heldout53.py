"""Results-coverage wordings found missing by the blind held-out pages fixtures/truth/heldout-53x-* (a regional
paper's JSON-LD live page of a recall by-election, a BBC WebCore page of two new unitary councils elected on new
boundaries, an Independent-style text copy of the London mayoral count): each rule is tested on wording of its own,
not on the truth pages' lines."""

from __future__ import annotations

from typing import Any

from scraper.entities import extract_text


def totals(body: str, title: str = "Results") -> list[tuple[Any, ...]]:
    return [(s["party"], s["seats"]) for s in extract_text(title, body)["seat_totals"]]


def test_an_assemblys_members_listed_with_their_unit_are_seat_totals() -> None:
    body = (
        "Now that the top-up seats have been shared out, the new Senedd election result means the chamber is "
        "made up as follows:\n"
        "Plaid Cymru - 31 MSs\n"
        "Labour - 27 MSs\n"
        "Reform UK - 25 MSs"
    )
    assert totals(body) == [("Plaid Cymru", 31), ("Labour", 27), ("Reform UK", 25)]


def test_a_make_up_heading_written_as_made_up_heads_the_rows() -> None:
    body = "After the count Brackwater Borough Council is made up like this:\nLabour 22\nGreens 9\nIndependent 4"
    assert totals(body) == [("Labour", 22), ("Green Party", 9), ("Independent", 4)]


def test_a_running_tally_compared_with_notional_figures_is_still_the_running_tally() -> None:
    body = (
        "With 31 of the 60 seats on Tarnfield Council declared, the Lib Dems are four seats down on their notional "
        "total:\n"
        "Liberal Democrats 14\n"
        "Conservatives 10\n"
        "Reform UK 7"
    )
    assert totals(body) == [("Liberal Democrats", 14), ("Conservative", 10), ("Reform UK", 7)]


def test_notional_seats_under_a_heading_with_no_count_are_no_totals() -> None:
    body = "On the new boundaries the parties notionally held these seats on Tarnfield Council:\nLabour 30\nGreens 12"
    assert totals(body) == []
