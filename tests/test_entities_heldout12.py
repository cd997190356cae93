"""Results-coverage wordings found missing by the blind held-out sets fixtures/truth/heldout-12x-*: each rule is
tested on wording of its own, not on the truth pages' lines."""

from __future__ import annotations

from typing import Any

from scraper.entities import extract_text


def candidates(body: str, title: str = "Results") -> dict[str, tuple[Any, ...]]:
    return {c["name"]: (c["party"], c["votes"], c["elected"]) for c in extract_text(title, body)["candidates"]}


def test_list_items_with_a_share_and_its_change_after_the_votes() -> None:
    got = candidates(
        "Thornfield ward - Lib Dem gain from Con\n"
        "Harriet Penrose (LD) 1,204 (52.3%, +18.0)\n"
        "Colin Ashworth (Con) 811 - 35.2% (-11.4)\n"
        "Mina Patel (Lab) 288 - 12.5%"
    )
    assert got == {
        "Harriet Penrose": ("Liberal Democrats", 1204, True),
        "Colin Ashworth": ("Conservative", 811, False),
        "Mina Patel": ("Labour", 288, False),
    }
    # a party's line of items: the share does not end the item
    got = candidates("Independent: Tomos Rees - 903 (61.0%, new)\nPlaid Cymru: Elin Jarvis - 577 (39.0%, -4.2)")
    assert got["Tomos Rees"][:2] == ("Independent", 903)
    assert got["Elin Jarvis"][:2] == ("Plaid Cymru", 577)
    # a share alone, with no votes before it, is no figure for the candidate
    assert candidates("Greta Olsen (Grn) 48.5% - elected")["Greta Olsen"][1] is None
