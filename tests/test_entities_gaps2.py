"""Known gaps of the fact extractor, each rule tested on wording of its own (several phrasings each) and on
near-misses that must keep their old reading."""

from __future__ import annotations

from typing import Any

import pytest

from scraper.entities import extract_text


def people(body: str, title: str = "Results") -> dict[str, tuple[Any, Any, Any]]:
    """name -> (party, votes, elected) of every candidate found."""
    return {c["name"]: (c["party"], c["votes"], c["elected"]) for c in extract_text(title, body)["candidates"]}


# --- 1. a place in a multi-member ward's order of election is a win -------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Green councillor Maya Holt was second to be elected in the three-seat Northgate ward.",
        "Maya Holt, second to be elected, said the team had worked for two years.",
        "Green Maya Holt came second to be elected, a few votes behind her colleague.",
        "Green Maya Holt finished third to be elected on the sixth stage.",
        "Green Maya Holt came second and was also elected, as both Northgate seats were up.",
        "Green Maya Holt finished third, taking the ward's last seat.",
        "Green Maya Holt came second with 1,310 votes and was elected alongside her running mate.",
        "Green Maya Holt came second to take the other seat in Northgate.",
    ],
)
def test_a_place_in_the_order_of_election_is_a_win(body: str) -> None:
    assert people(body)["Maya Holt"][2] is True


@pytest.mark.parametrize(
    "body",
    [
        "Green Maya Holt came second, missing out by 31 votes.",
        "Green Maya Holt was second on 1,310.",
        "Green Maya Holt finished third behind the two elected Labour candidates.",
        "Green Maya Holt came second and was not elected.",
        "Maya Holt, third on 1,310, said she would stand again.",
    ],
)
def test_a_place_without_a_seat_stays_a_defeat(body: str) -> None:
    assert people(body)["Maya Holt"][2] is False


@pytest.mark.parametrize(
    "body",
    [
        "Independent Ravi Dhillon was the third to be eliminated.",
        "Independent Ravi Dhillon was the last of the candidates to be excluded.",
    ],
)
def test_an_order_of_exclusion_is_a_defeat(body: str) -> None:
    assert people(body)["Ravi Dhillon"][2] is False
