"""Results-coverage wordings the lowest truth pages and rounds 54x-55x still missed (fixtures/truth/heldout-*): each
rule is tested on wording of its own, not on the truth pages' lines."""

from __future__ import annotations

from typing import Any

from scraper.entities import extract_text


def people(body: str, title: str = "Result") -> list[tuple[Any, ...]]:
    return [(c["name"], c["party"], c["votes"], c["elected"]) for c in extract_text(title, body)["candidates"]]


def test_one_expected_to_take_their_seat_is_elected() -> None:
    assert people("Labour's Ann Lowe is expected to take her seat in the Commons next week.") == [
        ("Ann Lowe", "Labour", None, True)
    ]
    assert people("The Greens' Cal Dyer and Dan Fry are due to take their seats on Monday.") == [
        ("Cal Dyer", "Green Party", None, True),
        ("Dan Fry", "Green Party", None, True),
    ]
