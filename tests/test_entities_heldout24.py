"""Results-coverage wordings found missing by the blind held-out sets fixtures/truth/heldout-24x-* (the many ways BBC
local radio and regional count coverage prints a result): each rule is tested on wording of its own, not on the truth
pages' lines."""

from __future__ import annotations

from typing import Any

from scraper.entities import extract_text


def candidates(body: str, title: str = "Results") -> dict[str, tuple[Any, ...]]:
    return {c["name"]: (c["party"], c["votes"], c["elected"]) for c in extract_text(title, body)["candidates"]}


def test_a_not_elected_heading_after_an_elected_one_marks_the_losers() -> None:
    body = (
        "Hillside ward (two seats)\nElected:\nNia Hughes (Plaid Cymru) 812\nOwen Pryce (Plaid Cymru) 790\n"
        "Not elected:\nGwen Tudor (Labour) 744\nDai Morgan (Conservative) 301"
    )
    got = candidates(body)
    assert got["Owen Pryce"] == ("Plaid Cymru", 790, True)
    assert got["Gwen Tudor"] == ("Labour", 744, False)
    assert got["Dai Morgan"] == ("Conservative", 301, False)
