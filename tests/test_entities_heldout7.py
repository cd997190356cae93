"""Results-coverage wordings found missing by the blind held-out sets fixtures/truth/heldout-7x-*: each rule is
tested on wording of its own, not on the truth pages' lines."""

from __future__ import annotations

from typing import Any

from scraper.entities import extract_text


def people(body: str, title: str = "Results") -> dict[str, tuple[Any, Any, Any]]:
    """name -> (party, votes, elected) of every candidate found."""
    return {c["name"]: (c["party"], c["votes"], c["elected"]) for c in extract_text(title, body)["candidates"]}


def councils(body: str, title: str = "Results") -> list[str]:
    return [c["name"] for c in extract_text(title, body)["councils"]]


def wards(body: str, title: str = "Results") -> list[str]:
    return [w["name"] for w in extract_text(title, body)["wards"]]


def seats(body: str, title: str = "Results") -> set[tuple[str, int]]:
    return {(s["party"], s["seats"]) for s in extract_text(title, body)["seat_totals"]}


def test_stv_ballot_paper_descriptions_in_a_result_list() -> None:
    body = (
        "Ward 5 - Kelvinside, three to elect:\n"
        "Moira Dunlop (Scottish Conservative and Unionist) 1,870 - elected at stage 3\n"
        "Jamie Orr (Scottish National Party (SNP)) 2,311 - elected at stage 1\n"
        "Tariq Aziz (Scottish Labour Party) 1,402 - elected at stage 6\n"
        "Shona Bell (Alba Party for independence) 64"
    )
    got = people(body)
    assert got["Moira Dunlop"] == ("Conservative", 1870, True)
    assert got["Jamie Orr"] == ("SNP", 2311, True)
    assert got["Tariq Aziz"] == ("Labour", 1402, True)
    assert got["Shona Bell"] == ("Alba Party", 64, False)


def test_a_council_in_brackets_after_a_ward_is_not_glued_to_it() -> None:
    body = "Count in Ward 2 - Carse of Gowrie (Perth and Kinross Council) has finished: four councillors elected."
    assert councils(body) == ["Perth and Kinross Council"]
