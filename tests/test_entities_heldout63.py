"""Results-coverage wordings found missing by the blind held-out pages fixtures/truth/heldout-63x-* (a BBC WebCore
page of a unitary council's all-out count, the Guardian's 2024 general election overnight): each rule is tested on
wording of its own, not on the truth pages' lines."""

from __future__ import annotations

from scraper.entities import extract_text
from tests.probes import people


def test_a_winner_column_of_a_seats_table_elects_each_named_winner() -> None:
    body = (
        "Labour have swept the valley seats, all four of them from Plaid:\n"
        "Constituency | Winner | Majority\n"
        "Cwm Isaf | Gethin Rowlands (Lab) | 3,402\n"
        "Bryn Uchaf | Mari Eynon (Lab) | 1,115"
    )
    assert people(body) == [("Gethin Rowlands", "Labour", None, True), ("Mari Eynon", "Labour", None, True)]


def test_a_table_without_a_winner_column_is_left_to_the_other_rules() -> None:
    body = "Seat | Majority | Swing\nCwm Isaf | 3,402 | 8.1\nBryn Uchaf | 1,115 | 4.0"
    assert people(body) == []


def test_a_winner_column_in_a_parliament_page_gives_mps_no_ward() -> None:
    body = "Seat | Winner | Majority\nNorth Fenwick | Tariq Hale (Con) | 44"
    found = extract_text("Recount gains", body, parliament_page=True)["candidates"]
    assert [(c["name"], c["party"], c["elected"]) for c in found] == [("Tariq Hale", "Conservative", True)]


def test_the_best_placed_candidate_of_a_party_is_of_that_party() -> None:
    assert people("Tina Lowe was the highest-placed Green, on 844 votes.") == [("Tina Lowe", "Green Party", 844, None)]
    assert people("Sam Idris was the best-placed Labour candidate with 610.") == [("Sam Idris", "Labour", 610, None)]


def test_a_sweep_in_one_wards_paragraph_gives_its_party_to_that_wards_winners_only() -> None:
    body = (
        "Reform UK have won their first seats. In Eastfield ward, Mark Dunne (844) and Lou Bright (801) took both "
        "seats.\nIn Westfield ward, the Tories held both seats, Ann Cole polling 1,201 and Bill Marr 1,166, ahead of "
        "the Lib Dems' Jo Tait on 904."
    )
    assert [(name, party) for name, party, _votes, _elected in people(body)] == [
        ("Mark Dunne", "Reform UK"),
        ("Lou Bright", "Reform UK"),
        ("Ann Cole", "Conservative"),
        ("Bill Marr", "Conservative"),
        ("Jo Tait", "Liberal Democrats"),
    ]


def _wards(body: str) -> list[str]:
    return [w["name"] if isinstance(w, dict) else w for w in extract_text("Results", body)["wards"]]


def test_an_apposition_calling_a_place_a_ward_names_a_ward() -> None:
    assert _wards("Kingsley, one of the three-seat wards in the town, has split its vote.") == ["Kingsley"]
    assert _wards("Ashby, a two-member ward on the edge of town, stayed Labour. Jo Bell won 900 votes.") == ["Ashby"]


def test_an_apposition_about_a_place_with_wards_names_none() -> None:
    assert _wards("Ashby, one of the towns with most wards, stayed Labour.") == []


def test_an_apposition_after_a_names_second_language_leaves_the_ward_whole() -> None:
    wards = _wards("Our first result is from Bro Glan-y-môr / Glan-y-môr North, a three-member ward.")
    assert not [w for w in wards if w.endswith("North")]
