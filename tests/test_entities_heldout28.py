"""Results-coverage wordings found missing by the blind held-out sets fixtures/truth/heldout-28x-* (regional papers'
live pages in schema.org markup: ticker lists, results tables and local groups): each rule is tested on wording of its
own, not on the truth pages' lines."""

from __future__ import annotations

from typing import Any

from scraper.entities import extract_text


def _facts(body: str, title: str = "Results") -> dict[str, Any]:
    return extract_text(title, body)


def candidates(body: str, title: str = "Results") -> dict[str, tuple[Any, ...]]:
    return {c["name"]: (c["party"], c["votes"], c["elected"]) for c in _facts(body, title)["candidates"]}


def wards(body: str, title: str = "Results") -> list[str]:
    return [w["name"] for w in _facts(body, title)["wards"]]


def seats(body: str, title: str = "Results") -> dict[str, int]:
    return {s["party"]: s["seats"] for s in _facts(body, title)["seat_totals"]}


def test_residents_action_groups_and_residents_groups_are_named_in_full() -> None:
    body = (
        "Final make-up:\nParty | Seats\nConservative | 21\nOakley Residents Action Group | 4\n"
        "Marsh Residents' Group | 3"
    )
    assert seats(body) == {"Conservative": 21, "Oakley Residents Action Group": 4, "Marsh Residents' Group": 3}


def test_a_ticker_line_of_a_local_groups_hold_names_its_ward() -> None:
    body = "The latest declarations:\nPark End - Oakley Residents Action Group hold\nFurzedown - Con gain from Lab"
    assert wards(body) == ["Park End", "Furzedown"]


def test_a_ward_named_like_a_building_opens_a_ticker_line() -> None:
    assert wards("More results:\nChurch - Lib Dem hold\nAbbey Court: Lab gain from Con") == ["Church", "Abbey Court"]


def test_a_building_word_before_a_verdict_in_prose_is_still_no_ward() -> None:
    assert wards("Candidates gathered in the Church - Labour hold on, say their agents.") == []


def test_a_results_table_row_with_a_local_group_in_its_party_cell_is_a_candidate() -> None:
    body = "Name | Party | Votes\nMaya Linton | Oakley Residents Association | 980\nTom Hale | Labour | 611"
    assert candidates(body)["Maya Linton"][:2] == ("Oakley Residents Association", 980)


def test_a_verdict_naming_a_local_groups_kind_alone_elects_that_groups_candidate() -> None:
    body = (
        "Name | Party | Votes\nMaya Linton | Oakley Residents' Association | 980\nTom Hale | Labour | 611\n"
        "Rhea Grant | Green Party | 204\nResidents' Association gain from Labour."
    )
    got = candidates(body)
    assert got["Maya Linton"] == ("Oakley Residents' Association", 980, True)
    assert got["Tom Hale"] == ("Labour", 611, False)
    assert got["Rhea Grant"] == ("Green Party", 204, False)


def test_a_kind_too_wide_to_name_one_group_elects_no_one() -> None:
    body = "Maya Linton (Oakley Independents) 980\nTom Hale (Marsh Independents) 611\nIndependents hold."
    assert {v[2] for v in candidates(body).values()} == {None}


def test_the_line_above_a_tables_heading_row_names_its_ward() -> None:
    body = "Upper Marsh result:\nCandidate | Party | Votes\nMaya Linton | Labour | 980\nTom Hale | Conservative | 611"
    assert wards(body) == ["Upper Marsh"]


def test_a_result_heading_opening_on_a_word_like_full_names_no_ward() -> None:
    for heading in ("Full result:", "Official result:", "Declared result:"):
        assert wards(f"{heading}\nMaya Linton (Lab) 980\nTom Hale (Con) 611") == [], heading


def test_a_ward_named_like_a_council_area_after_in_or_the_and_before_ward() -> None:
    assert wards("In Hastings ward, the Liberal Democrat held on with 1,040 votes.") == ["Hastings"]
    assert wards("Labour gained the Richmond ward from the Conservatives.") == ["Richmond"]


def test_a_council_area_before_ward_in_a_wider_phrase_is_no_ward() -> None:
    assert wards("Labour won every Bristol ward.") == []
    assert wards("Here are the Leeds ward results as they come in.") == []


def changes(body: str, title: str = "Results") -> list[tuple[Any, ...]]:
    return [(c["type"], c["party"], c["from_party"], c["ward"]) for c in _facts(body, title)["changes"]]


def test_a_tickers_short_verdicts_are_its_wards_gains_and_holds() -> None:
    body = (
        "Declared so far:\nUpper Marsh - Con hold\nKelby Vale - Grn gain from Lab\n"
        "Eastgate: Oakley Residents Group hold"
    )
    assert sorted(changes(body)) == [
        ("gain", "Green Party", "Labour", "Kelby Vale"),
        ("hold", "Conservative", None, "Upper Marsh"),
        ("hold", "Oakley Residents Group", None, "Eastgate"),
    ]


def test_a_verdict_in_prose_after_a_dash_is_no_tickers() -> None:
    assert changes("Counting at Kelby Leisure Centre - Con hold their breath as the papers are sorted.") == []
