"""Results-coverage wordings found missing by the blind held-out sets fixtures/truth/heldout-17x-*: each rule is
tested on wording of its own, not on the truth pages' lines."""

from __future__ import annotations

from typing import Any

from scraper.entities import extract_text


def candidates(body: str, title: str = "Count") -> dict[str, tuple[Any, ...]]:
    return {c["name"]: (c["party"], c["votes"], c["elected"]) for c in extract_text(title, body)["candidates"]}


def test_a_one_line_list_splits_after_an_elected_mark_and_ends_at_a_full_stop() -> None:
    body = (
        "Moorside – Lab gain: Ruth Ibbotson (Lab) 842 ELECTED, Dev Sharma (Con) 790, Ken Lyle (Grn) 120. Turnout 26%."
    )
    assert candidates(body) == {
        "Ruth Ibbotson": ("Labour", 842, True),
        "Dev Sharma": ("Conservative", 790, False),
        "Ken Lyle": ("Green Party", 120, False),
    }
