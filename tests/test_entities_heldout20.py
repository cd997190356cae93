"""Results-coverage wordings found missing by the blind held-out sets fixtures/truth/heldout-20x-* (HTML pages read
through their layouts: lists, tables, bold names): each rule is tested on wording of its own, not on the truth pages'
lines."""

from __future__ import annotations

from typing import Any

from scraper.entities import extract_text


def candidates(body: str, title: str = "Results") -> dict[str, tuple[Any, ...]]:
    return {c["name"]: (c["party"], c["votes"], c["elected"]) for c in extract_text(title, body)["candidates"]}


def seat_totals(body: str, title: str = "Results") -> dict[str, int]:
    return {t["party"]: t["seats"] for t in extract_text(title, body)["seat_totals"]}


def test_scoreboard_rows_may_part_a_party_from_its_seats_with_a_spaced_dash() -> None:
    body = "Counting has finished on Wealdshire District Council.\nLabour – 21\nGreen Party – 9\nConservative - 4"
    assert seat_totals(body) == {"Labour": 21, "Green Party": 9, "Conservative": 4}


def test_a_dash_against_the_figure_is_a_change_not_a_seat_total() -> None:
    body = "Changes on Wealdshire District Council:\nLabour -3\nGreen Party -2"
    assert seat_totals(body) == {}


def test_the_standings_head_a_scoreboard() -> None:
    body = "Labour keep Tarnford Borough Council.\nThe standings now:\nLabour 30\nLiberal Democrats 12\nIndependent 3"
    assert seat_totals(body) == {"Labour": 30, "Liberal Democrats": 12, "Independent": 3}


def test_a_heading_counting_the_wards_declared_still_heads_a_council_scoreboard() -> None:
    body = "With 31 of the 48 wards declared, the picture on Tarnford Borough Council is:\nLabour 14\nConservative 11"
    assert seat_totals(body) == {"Labour": 14, "Conservative": 11}


def test_a_ward_heading_still_heads_its_candidates_votes_not_a_scoreboard() -> None:
    body = "Tarnford Borough Council, Mill Lane ward:\nLabour 614\nConservative 402"
    assert seat_totals(body) == {}
