"""Results-coverage wordings found missing by the blind held-out pages fixtures/truth/heldout-59x-* (a Guardian page
of the 2015 general election overnight, a BBC WebCore page of the first elections to a new unitary council, a text
copy of a regional site's overnight thirds count with double vacancies): each rule is tested on wording of its own,
not on the truth pages' lines."""

from __future__ import annotations

from typing import Any

from scraper.entities import extract_text


def totals(body: str, title: str = "Results") -> list[tuple[Any, ...]]:
    return [(s["party"], s["seats"]) for s in extract_text(title, body)["seat_totals"]]


def test_rows_under_a_heading_on_the_commons_are_its_running_tally() -> None:
    body = "Forty seats in, the parties in the Commons line up like this:\nConservative 19\nLabour 17\nLib Dem 4"
    assert totals(body, "Early tally") == [("Conservative", 19), ("Labour", 17), ("Liberal Democrats", 4)]


def test_rows_under_a_heading_on_votes_are_still_not_a_tally() -> None:
    body = "Votes cast so far in the Commons seats declared:\nConservative 19\nLabour 17\nLib Dem 4"
    assert totals(body, "Early votes") == []


def winners(body: str, title: str = "Results") -> list[tuple[Any, ...]]:
    return [(c["name"], c["party"], c["elected"], c["ward"]) for c in extract_text(title, body)["candidates"]]


def test_a_wards_winner_after_its_name_and_a_dash_under_a_heading_of_winners() -> None:
    body = "Our latest winners:\nHawes - Labour: Nina Fairbairn"
    assert winners(body, "Declarations") == [("Nina Fairbairn", "Labour", True, "Hawes")]


def test_the_ward_opening_the_next_line_is_not_the_names_before_it() -> None:
    body = "Two more winners:\nKirkby Fleetham - Green Party: Ola Brandt\nStokesley Moor - Reform UK: Dev Rana"
    assert winners(body, "Declarations") == [
        ("Ola Brandt", "Green Party", True, "Kirkby Fleetham"),
        ("Dev Rana", "Reform UK", True, "Stokesley Moor"),
    ]


def test_a_partys_seats_with_the_seats_filled_so_far_counted_off() -> None:
    body = "With 41 of the 60 seats now filled, Labour have 23, three short of the 31 they need."
    assert totals(body, "Running tally") == [("Labour", 23)]


def test_tania_is_a_forename_so_a_surname_like_a_places_end_is_still_a_person() -> None:
    body = "The sitting councillor lost to the Green Party's Tania Wood by 48 votes."
    assert [c[:3] for c in winners(body, "Greens gain Ashby")] == [("Tania Wood", "Green Party", True)]


def test_a_party_topping_the_poll_names_its_one_candidate_the_winner() -> None:
    body = "The Greens topped the poll in Ashby.\nJo Parr (Green) 1,102\nAl Tey (Lab) 877"
    assert [c[:3] for c in winners(body, "Count")] == [("Jo Parr", "Green Party", True), ("Al Tey", "Labour", False)]
