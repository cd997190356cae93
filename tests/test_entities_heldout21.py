"""Results-coverage wordings found missing by the blind held-out sets fixtures/truth/heldout-21x-* (minor parties and
local groups, ties settled by lot, recounts, uncontested seats): each rule is tested on wording of its own, not on the
truth pages' lines."""

from __future__ import annotations

from typing import Any

from scraper.entities import extract_text


def candidates(body: str, title: str = "Results") -> dict[str, tuple[Any, ...]]:
    return {c["name"]: (c["party"], c["votes"], c["elected"]) for c in extract_text(title, body)["candidates"]}


def wards(body: str, title: str = "Results") -> list[str]:
    return [w["name"] for w in extract_text(title, body)["wards"]]


def test_the_workers_party_goes_by_its_registered_name() -> None:
    got = candidates("Denholme East: Workers Party gain from Lab.\nAsif Karim (Workers Party) 903\nJo Platt (Lab) 640")
    assert got["Asif Karim"] == ("Workers Party of Britain", 903, True)


def test_a_bracketed_party_of_four_words_before_its_suffix_is_read_and_is_no_ward() -> None:
    body = (
        "Upton Marsh: Con hold\nRoger Dyce (Con) 1,022\nLily Ng (Lab) 644\n"
        "Sid Fairweather (Official Monster Raving Loony Party) 57"
    )
    got = candidates(body)
    assert got["Sid Fairweather"] == ("Official Monster Raving Loony Party", 57, False)
    assert wards(body) == ["Upton Marsh"]


def test_a_bracketed_three_word_group_after_a_name_is_no_ward_either() -> None:
    body = "Priory: Ind gain from Con\nKaren Holt (Ind) 512\nPete Mayo (Christian Peoples Alliance) 30"
    assert wards(body) == ["Priory"]

