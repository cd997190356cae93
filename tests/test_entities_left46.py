"""Results-coverage wordings left open by the blind held-out pages fixtures/truth/heldout-45x-* and heldout-46x-*:
each rule is tested on wording of its own, not on the truth pages' lines."""

from __future__ import annotations

from typing import Any

from scraper.entities import extract_text


def facts(kind: str, keys: str, body: str, title: str = "Result") -> list[tuple[Any, ...]]:
    """The facts of one kind the post gives, each as a tuple of its `keys` (space-separated)."""
    return [tuple(f[k] for k in keys.split()) for f in extract_text(title, body)[kind]]


def wards(body: str, title: str = "Result") -> list[tuple[Any, ...]]:
    return facts("wards", "name council", body, title)


def people(body: str, title: str = "Result") -> list[tuple[Any, ...]]:
    return facts("candidates", "name party votes elected", body, title)


def test_a_group_said_to_have_stood_as_independents_takes_the_label() -> None:
    body = (
        "Nobody else was nominated in Brackenmoor ward on Kelby District Council, so Owen Pryce, Lucy Danvers and "
        "Saul Whitmore were elected unopposed. All three ran as independents, as they did in 2023."
    )
    assert {p[0]: p[1] for p in people(body)} == {
        "Owen Pryce": "Independent",
        "Lucy Danvers": "Independent",
        "Saul Whitmore": "Independent",
    }


def test_the_winners_said_to_have_stood_as_independents_take_the_label() -> None:
    body = (
        "The count in Holm Vale on Kelby District Council is over. Every winner was local; each of the successful "
        "candidates stood as an independent.\nThe successful candidates were:\nRosa Tennant 812\nBen Aske 790\n"
        "Not elected: Hal Morrow (Labour) 300."
    )
    found = {p[0]: p[1] for p in people(body)}
    assert found["Rosa Tennant"] == "Independent"
    assert found["Ben Aske"] == "Independent"
    assert found["Hal Morrow"] == "Labour"


def test_a_group_of_two_takes_only_the_two_names_before_it() -> None:
    body = (
        "Labour's Ada Finch kept her seat in Corrie Bank on Kelby District Council. Tom Reeve and Ivy Bell were also "
        "elected. Both stood as independents."
    )
    found = {p[0]: p[1] for p in people(body)}
    assert found == {"Ada Finch": "Labour", "Tom Reeve": "Independent", "Ivy Bell": "Independent"}


def test_names_with_a_bare_returned_closing_the_clause_were_elected() -> None:
    body = "Labour kept both seats in Fernleigh on Kelby District Council, with Dora Pike and Amos Hurst returned."
    assert people(body) == [("Dora Pike", "Labour", None, True), ("Amos Hurst", "Labour", None, True)]


def test_a_place_that_returned_a_party_elects_no_one() -> None:
    body = "Part of the new ward was in Marlow Heath, which returned Liberal Democrats in 2022, so it counts as a gain."
    assert people(body) == []


def test_a_place_a_member_is_returned_for_on_a_council_is_its_ward() -> None:
    body = "Three councillors have been returned for Hobb Moor North on Kelby District Council after a long count."
    assert wards(body) == [("Hobb Moor North", "Kelby District Council")]


def test_a_place_a_councillor_was_returned_in_is_a_ward() -> None:
    body = (
        "Kelby District Council's leader Ann Dorsey, herself returned in Brackley Vale and Fenn this morning, said "
        "her group would talk to anyone."
    )
    assert [w[0] for w in wards(body)] == ["Brackley Vale and Fenn"]


def test_a_place_that_re_elected_its_councillors_is_a_ward() -> None:
    body = (
        "Every ward has declared. Holm Vale and Orrin re-elected all four of its councillors, and Kelby Town "
        "returned both their sitting councillors."
    )
    assert [w[0] for w in wards(body, "Kelby District Council")] == ["Holm Vale and Orrin", "Kelby Town"]
