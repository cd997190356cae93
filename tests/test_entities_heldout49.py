"""Results-coverage wordings found missing by the blind held-out pages fixtures/truth/heldout-49x-* (a Guardian page
of mayoral and police commissioner results, a BBC WebCore page of a general election night in Scotland, a text copy
of a council's own results page with its tables): each rule is tested on wording of its own, not on the truth
pages' lines."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from probes import people

import scraper
from scraper.entities import extract_text
from scraper.entities.doc import tab_cells

FETCHED = datetime(2031, 5, 3, 12, tzinfo=UTC)


def totals(body: str, title: str = "Results") -> list[tuple[Any, ...]]:
    return [(s["party"], s["seats"]) for s in extract_text(title, body)["seat_totals"]]


def _text_page(body_lines: list[str]) -> str:
    body = "\n".join("    " + line if line else "" for line in body_lines)
    return (
        "Borough results 2031\n\nLive Reporting\n\nEdited by Returning Officer\n\n"
        "  1. Brookfield ward declaredpublished at 14:10 British Summer Time 3 May 2031\n\n"
        f"    Elections Office\n    Kestrel Borough Council\n\n{body}\n"
    )


def _body(text: str) -> str:
    page = scraper.parse(text.encode(), url=None, fetched_at=FETCHED, entities=False)
    return page.posts[0].body_text


def test_a_text_copys_tab_separated_table_keeps_its_cells() -> None:
    body = _body(
        _text_page(["The count is over:", "", "Name\tParty\tVotes", "Iris Vane\tGreen Party\t1,044", "Total\t2,100\t"])
    )
    assert body.splitlines() == [
        "The count is over:",
        "Name | Party | Votes",
        "Iris Vane | Green Party | 1,044",
        "Total | 2,100",
    ]


def test_a_text_copys_aligned_columns_keep_their_cells() -> None:
    rows = ["Name          Party            Votes", "Iris Vane     Green Party      1,044", "Turnout  31%"]
    assert _body(_text_page(rows)).splitlines() == [
        "Name | Party | Votes",
        "Iris Vane | Green Party | 1,044",
        "Turnout 31%",
    ]


def test_two_spaces_after_a_full_stop_are_no_column() -> None:
    body = _body(_text_page(["Greens hold Brookfield.  Their vote rose.  Turnout fell."]))
    assert body == "Greens hold Brookfield. Their vote rose. Turnout fell."


def test_a_copied_table_of_candidates_is_read_as_a_result() -> None:
    lines = [
        "Brookfield ward",
        "Candidate\tParty\tVotes\tElected",
        "Iris Vane\tGreen Party\t1,044\tElected",
        "Tom Rudd\tReform UK\t903\t",
    ]
    page = scraper.parse(_text_page(lines).encode(), url=None, fetched_at=FETCHED)
    got = {c["name"]: (c["party"], c["votes"], c["elected"]) for c in page.posts[0].entities["candidates"]}
    assert got == {"Iris Vane": ("Green Party", 1044, True), "Tom Rudd": ("Reform UK", 903, False)}


def test_a_tab_separated_table_in_a_body_is_read_as_rows() -> None:
    body = (
        "Brookfield ward\nCandidate\tParty\tVotes\tElected\n"
        "Iris Vane\tGreen Party\t1,044\tElected\nTom Rudd\tReform UK\t903\t"
    )
    assert people(body) == [("Iris Vane", "Green Party", 1044, True), ("Tom Rudd", "Reform UK", 903, False)]


def test_the_evidence_of_a_tabbed_row_quotes_the_tabs() -> None:
    body = "Brookfield ward\nIris Vane\tGreen Party\t1,044\tElected\nTom Rudd\tReform UK\t903\t"
    facts = extract_text("Result", body)["candidates"]
    assert facts and all("|" not in c["evidence"] for c in facts)
    assert any("\t" in c["evidence"] for c in facts)


def test_aligned_columns_in_a_body_are_read_as_rows() -> None:
    body = "Brookfield ward\nIris Vane     Green Party     1,044   Elected\nTom Rudd      Reform UK         903"
    assert people(body) == [("Iris Vane", "Green Party", 1044, True), ("Tom Rudd", "Reform UK", 903, False)]


def test_a_typists_two_spaces_make_no_row() -> None:
    body = "Iris Vane won Brookfield for the Greens.  She polled 1,044.  Reform were second."
    assert tab_cells(body) == body
    assert people(body) == people(body.replace(".  ", ". "))


def test_a_region_of_name_like_words_is_no_candidate() -> None:
    body = (
        "Greater Manchester: the Green Party's Ada Fenwick re-elected\nShe was re-elected mayor of Greater Manchester."
    )
    assert [n for n, *_ in people(body)] == ["Ada Fenwick"]


def test_a_mayoral_or_police_area_is_no_ward() -> None:
    body = "Tees Valley: Reform UK hold\nThames Valley: Labour gain from Conservative"
    assert extract_text("Round-up", body)["wards"] == []
