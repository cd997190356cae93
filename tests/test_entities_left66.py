"""Results-coverage wordings behind the truth table's lowest older files (candidates counted before a colon, a local
party named after its place, ...): each rule is tested on wording of its own, not on the truth pages' lines."""

from __future__ import annotations

from scraper.entities import extract_text


def test_a_capitalised_count_of_parties_fielding_candidates_gives_no_seat_totals() -> None:
    body = "Four groups are running candidates: Kelby First has 16, the Kelby Party 12 and Labour seven."
    assert extract_text("Nominations close", body)["seat_totals"] == []


def test_a_lower_case_count_of_candidates_still_gives_no_seat_totals() -> None:
    body = "Nominations are in, and three parties have candidates: Labour has 16, the Greens 12 and Reform UK seven."
    assert extract_text("Nominations close", body)["seat_totals"] == []


def test_seat_totals_after_a_capitalised_count_of_seats_are_still_read() -> None:
    body = "Four parties won seats: Labour has 16, the Greens 12 and Reform UK seven."
    totals = {(t["party"], t["seats"]) for t in extract_text("Final tally", body)["seat_totals"]}
    assert {("Green Party", 12), ("Reform UK", 7)} <= totals
