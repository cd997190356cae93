"""Results-coverage wordings left open by the blind held-out pages fixtures/truth/heldout-44x-*: each rule is tested
on wording of its own, not on the truth pages' lines."""

from __future__ import annotations

from typing import Any

import pytest

from scraper.entities import extract_text


def facts(kind: str, keys: str, body: str, title: str = "Result") -> list[tuple[Any, ...]]:
    """The facts of one kind the post gives, each as a tuple of its `keys` (space-separated)."""
    return [tuple(f[k] for k in keys.split()) for f in extract_text(title, body)[kind]]


def wards(body: str, title: str = "Result") -> list[tuple[Any, ...]]:
    return facts("wards", "name council", body, title)


def totals(body: str) -> list[tuple[Any, ...]]:
    return facts("seat_totals", "party seats", body, "Results")


def people(body: str) -> list[tuple[Any, ...]]:
    return facts("candidates", "name party votes elected", body)


def test_a_place_on_a_council_is_its_ward() -> None:
    body = "The Greens have taken a seat off Labour in Dunmore Southeast on Kelvinside Council after three recounts."
    assert wards(body, "Green gain in Dunmore") == [("Dunmore Southeast", "Kelvinside Council")]


def test_a_party_that_had_a_figure_after_a_total_has_that_total() -> None:
    body = "The Greens run Eastmoor Borough Council with 31 of its 55 seats, while the Conservatives had 14."
    assert ("Conservative", 14) in totals(body)
    assert ("Green Party", 31) in totals(body)


def test_parties_that_won_one_seat_each_have_one_seat() -> None:
    body = (
        "Independents took 14 of the 18 seats on Northholm Islands Council. "
        "Labour and the Lib Dems took one seat apiece."
    )
    assert set(totals(body)) >= {("Labour", 1), ("Liberal Democrats", 1)}


def test_a_seat_told_by_a_pronoun_is_kept_in_its_ward() -> None:
    body = (
        "Labour won 30 of the 48 seats on Harbury Council. The Lib Dems lost two councillors, "
        "though their leader kept his in Old Quay."
    )
    assert ("Old Quay", "Harbury Council") in wards(body)


def test_a_council_styled_city_of_is_the_council_of_its_city() -> None:
    body = (
        "The Greens have gained Heworth Without from the Liberal Democrats in a City of York Council by-election.\n"
        "Ann Lister (Green) 1,210 - elected\nTom Hale (Liberal Democrat) 1,002"
    )
    assert wards(body, "York by-election: Greens gain Heworth Without") == [("Heworth Without", "City of York Council")]


def test_an_aside_calling_a_name_the_winner_elects_it() -> None:
    body = (
        "Labour have taken Castle Mead on Wexcombe Council from the Conservatives.\n"
        "Priya Shah, the successful candidate, polled 1,120 votes to the 980 of the Tories' Ben Ault."
    )
    found = {name: elected for name, _party, _votes, elected in people(body)}
    assert found == {"Priya Shah": True, "Ben Ault": False}


def test_a_winner_with_no_party_is_the_gaining_partys_despite_a_past_winner() -> None:
    body = (
        "Labour have taken Castle Mead on Wexcombe Council from the Conservatives.\n"
        "Priya Shah, the successful candidate, polled 1,120 votes to the 980 of the Tories' Ben Ault.\n"
        "The Conservatives won the seat in May 2023."
    )
    assert ("Priya Shah", "Labour", 1120, True) in people(body)


@pytest.mark.parametrize(
    ("council", "party"),
    [("South Lanarkshire Council", "Scottish Green Party"), ("Kelby District Council", "Green Party")],
)
def test_a_bare_green_is_the_scottish_green_party_on_scottish_councils_only(council: str, party: str) -> None:
    body = (
        f"In Kilbride Moor, a four-member ward on {council}, the first preferences were:\n"
        "Name | Party | Votes\nEilidh Rae | Green | 1,301\nDan Moffat | Labour | 1,120"
    )
    assert {name: p for name, p, _votes, _elected in people(body)} == {"Eilidh Rae": party, "Dan Moffat": "Labour"}
