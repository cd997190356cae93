"""Results-coverage wordings found missing by the blind held-out text pages fixtures/truth/heldout-34x-* (a
by-election results service's weekly round-ups and a unitary council's count on new boundaries): each rule is
tested on wording of its own, not on the truth pages' lines."""

from __future__ import annotations

from typing import Any

from scraper.entities import extract_text


def people(body: str, title: str = "Result") -> list[tuple[Any, ...]]:
    return [(c["name"], c["party"], c["votes"], c["elected"]) for c in extract_text(title, body)["candidates"]]


def wards(body: str, title: str = "Result") -> list[str]:
    return [w["name"] for w in extract_text(title, body)["wards"]]


def test_a_question_word_does_not_open_a_ward() -> None:
    body = "The Greens held Abbeymead with 812 votes."
    assert wards(body, "What Thursday's by-elections tell us") == ["Abbeymead"]
    assert "Thursday" not in wards(body, "How Labour lost the Riverside by-election")
    assert wards(body, "How Labour lost the Riverside by-election") == ["Riverside", "Abbeymead"]
