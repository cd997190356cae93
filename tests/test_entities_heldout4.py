"""Results-coverage wordings found missing by the blind held-out sets fixtures/truth/heldout-4x-*: each rule is
tested on wording of its own, not on the truth pages' lines."""

from __future__ import annotations

from typing import Any

from scraper.entities import extract_text


def people(body: str, title: str = "Results") -> dict[str, tuple[Any, Any, Any]]:
    """name -> (party, votes, elected) of every candidate found."""
    return {c["name"]: (c["party"], c["votes"], c["elected"]) for c in extract_text(title, body)["candidates"]}


# --- result lists ----------------------------------------------------------------------------------------------


def test_list_lines_giving_the_votes_before_the_name() -> None:
    body = "Rowley ward:\n1,874 Priti Sandhu (Labour) elected\n966 Kevin Mottram (Conservative)\n120 Ann Lacey (Green)"
    assert people(body) == {
        "Priti Sandhu": ("Labour", 1874, True),
        "Kevin Mottram": ("Conservative", 966, False),
        "Ann Lacey": ("Green Party", 120, False),
    }


def test_one_line_of_items_each_opening_on_its_votes() -> None:
    body = (
        "Hazel Grove: Lib Dem gain from Conservative.\n"
        "Result: 1,902 Ruth Abell (LD), 1,655 Ian Parr (Con), 300 Jo Tait (Lab)."
    )
    assert people(body) == {
        "Ruth Abell": ("Liberal Democrats", 1902, True),
        "Ian Parr": ("Conservative", 1655, False),
        "Jo Tait": ("Labour", 300, False),
    }


def test_votes_after_a_bracket_and_comma_stay_with_their_item() -> None:
    body = "Jane Hollis (Con), 1,234 elected; Tom Beck (Lab), 1,001"
    assert people(body) == {"Jane Hollis": ("Conservative", 1234, True), "Tom Beck": ("Labour", 1001, False)}
