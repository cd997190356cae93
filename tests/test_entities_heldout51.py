"""Results-coverage wordings found missing by the blind held-out pages fixtures/truth/heldout-51x-* (a BBC WebCore
page of island council counts, a Guardian page of the London assembly count and a two-seat borough by-election, a
text copy of a metropolitan borough's own results page): each rule is tested on wording of its own, not on the truth
pages' lines."""

from __future__ import annotations

from typing import Any

from scraper.entities import extract_text


def people(body: str, title: str = "Result") -> list[tuple[Any, ...]]:
    return [(c["name"], c["party"], c["votes"], c["elected"]) for c in extract_text(title, body)["candidates"]]


def totals(body: str, title: str = "Results") -> list[tuple[Any, ...]]:
    return sorted((s["party"], s["seats"]) for s in extract_text(title, body)["seat_totals"])


def test_candidates_who_were_not_elected_lost() -> None:
    got = people("The Green candidate, Edna Marsh, and the independent Carl Voss were not elected in Brookfield.")
    assert [(name, elected) for name, _, _, elected in got] == [("Edna Marsh", False), ("Carl Voss", False)]
    assert people("Labour's Tom Reddy was not re-elected.")[0][3] is False


def test_a_negated_win_beside_a_win_keeps_each_outcome() -> None:
    got = people(
        "Ivy Hart (1,302 votes) and Sam Dyer (1,250) were elected for the Greens. Labour's two candidates, "
        "Amir Patel (1,011) and Rhona Lee (990), were not elected."
    )
    assert [(name, votes, elected) for name, _, votes, elected in got] == [
        ("Ivy Hart", 1302, True),
        ("Sam Dyer", 1250, True),
        ("Amir Patel", 1011, False),
        ("Rhona Lee", 990, False),
    ]
