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

