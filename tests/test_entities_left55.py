"""Results-coverage wordings the blind pages of round 55x (fixtures/truth/heldout-55x-*) still missed after that
round: each rule is tested on wording of its own, not on the truth pages' lines."""

from __future__ import annotations

from typing import Any

from scraper.entities import extract_page
from scraper.models import Post


def page_people(*posts: tuple[str, str]) -> list[list[tuple[Any, ...]]]:
    page = [Post(post_id=f"p{i}", title=title, body_text=body) for i, (title, body) in enumerate(posts)]
    extract_page(page)
    return [[(c["name"], c["party"], c["elected"]) for c in (p.entities or {})["candidates"]] for p in page]


def test_a_name_after_the_possessive_of_initials_another_post_spells_out_is_that_groups() -> None:
    spelled = (
        "Control",
        "The Canalside Residents Association now hold 20 of the 38 seats on Canalside Council, with Labour on 14.",
    )
    ward = ("Lockgate", "In Lockgate the CRA's Imran Bashir won the second seat, 52 votes ahead of Labour's Sue Hale.")
    got = page_people(spelled, ward)[1]
    assert ("Imran Bashir", "Canalside Residents Association", True) in got


def test_a_possessive_of_initials_no_post_spells_out_gives_no_party() -> None:
    ward = ("Lockgate", "In Lockgate the CRA's Imran Bashir won the second seat, 52 votes ahead of Labour's Sue Hale.")
    assert ("Imran Bashir", None, True) in page_people(ward)[0]
