"""Results-coverage wordings found missing by the blind held-out sets fixtures/truth/heldout-15x-*: each rule is
tested on wording of its own, not on the truth pages' lines."""

from __future__ import annotations

from scraper.entities import extract_text


def wards(body: str, title: str = "Count") -> list[str]:
    return [w["name"] for w in extract_text(title, body)["wards"]]


def test_dea_after_a_district_electoral_area_is_not_part_of_its_name() -> None:
    body = "In the Carrick Castle DEA, Alliance's Nora Quigley-Bell took the second seat at stage four."
    assert wards(body) == ["Carrick Castle"]


def test_a_hyphened_surname_may_end_in_a_mac_or_o_prefixed_name() -> None:
    out = extract_text("Count", "Labour's Orla Brennan-McGuire won the Abbey ward, beating Paul Grant-O'Toole.")
    assert {c["name"]: c["elected"] for c in out["candidates"]} == {
        "Orla Brennan-McGuire": True,
        "Paul Grant-O'Toole": False,
    }


def test_missing_out_marks_a_losing_candidate() -> None:
    body = "The Greens held Hollins Park, with Labour's Ruth Askew missing out by 12 votes."
    out = extract_text("Count", body)
    assert {c["name"]: (c["party"], c["elected"]) for c in out["candidates"]} == {"Ruth Askew": ("Labour", False)}
