"""Leftovers of the blind rounds (a council's area after 'ward of', ...): each rule tested on wording of its own."""

from __future__ import annotations

from scraper.entities import extract_text


def councils_and_wards(body: str, title: str = "Result") -> tuple[list[str], dict[str, str | None]]:
    got = extract_text(title, body)
    return [c["name"] for c in got["councils"]], {w["name"]: w["council"] for w in got["wards"]}


def test_a_council_area_after_ward_of_is_the_wards_council() -> None:
    body = "Labour's Amy Frost won the Priory ward of Hinckley and Bosworth by 31 votes, a gain from the Lib Dems."
    assert councils_and_wards(body) == (["Hinckley and Bosworth Council"], {"Priory": "Hinckley and Bosworth Council"})
    # a place after 'ward of' that is no council's area names none; a council written out is read as before
    assert councils_and_wards("Reform won the Castle ward of Old Town by 12 votes.")[0] == []
    body = "Reform won the Castle ward of Ashford Borough Council by 12 votes."
    assert councils_and_wards(body) == (["Ashford Borough Council"], {"Castle": "Ashford Borough Council"})
