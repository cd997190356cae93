"""Results-coverage wordings found missing by the blind held-out sets fixtures/truth/heldout-48x-*: each rule is
tested on wording of its own, not on the truth pages' lines."""

from __future__ import annotations

from scraper.entities import extract_text


def elected(body: str, title: str = "Results") -> dict[str, bool | None]:
    return {c["name"]: c["elected"] for c in extract_text(title, body)["candidates"]}


def seats(body: str, title: str = "Results") -> set[tuple[str, int]]:
    return {(s["party"], s["seats"]) for s in extract_text(title, body)["seat_totals"]}


def test_a_bare_tally_line_under_a_control_line_that_counts_wards_off() -> None:
    body = (
        "With nine of Hartford's 16 wards now declared, Labour look set to take control of Hartford Borough Council.\n"
        "Lab 21, Con 12, LD 4, Grn 2"
    )
    assert seats(body) == {("Labour", 21), ("Conservative", 12), ("Liberal Democrats", 4), ("Green Party", 2)}
    # a ward's own result over the line is still no council's tally
    ward = "Labour hold Eastfield ward on Hartford Borough Council.\nLab 21, Con 12, LD 4, Grn 2"
    assert not seats(ward)
