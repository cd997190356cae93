"""Results-coverage wordings found missing by the blind held-out pages fixtures/truth/heldout-54x-* (a Guardian
blog of the UK's European Parliament election, a BBC LX page of an Isle of Man House of Keys election, an ITV
regional text copy of district councils elected by thirds): each rule is tested on wording of its own, not on the
truth pages' lines."""

from __future__ import annotations

from typing import Any

from scraper.entities import extract_text


def people(body: str, title: str = "Results") -> list[tuple[Any, ...]]:
    return [(c["name"], c["party"], c["votes"], c["elected"]) for c in extract_text(title, body)["candidates"]]


def test_manx_parties_and_change_uk_are_parties() -> None:
    body = (
        "Peel and Patrick has declared:\n"
        "Orla Kewley (Liberal Vannin) 1,404 ELECTED\n"
        "Brian Sayle (Manx Labour Party) 1,102\n"
        "Change UK's candidate, Tessa Mornington, came fifth."
    )
    assert people(body) == [
        ("Orla Kewley", "Liberal Vannin", 1404, True),
        ("Brian Sayle", "Manx Labour", 1102, False),
        ("Tessa Mornington", "Change UK", None, False),
    ]
