"""Results-coverage wordings still missed after the blind held-out rounds 13x and 14x: each rule is tested on
wording of its own, not on the truth pages' lines."""

from __future__ import annotations

from typing import Any

from scraper.entities import extract_text


def _people(body: str) -> dict[str, tuple[str | None, bool | None]]:
    out: list[dict[str, Any]] = extract_text(None, body)["candidates"]
    return {c["name"]: (c["party"], c["elected"]) for c in out}


def test_reaching_the_quota_elects() -> None:
    body = (
        "In Kelby North ward, Labour's Owen Dunlop reached the quota at the second stage, and the Conservative "
        "candidate Fiona Reid exceeded the quota on the fifth count."
    )
    assert _people(body) == {"Owen Dunlop": ("Labour", True), "Fiona Reid": ("Conservative", True)}


def test_a_rule_about_the_quota_names_no_one() -> None:
    assert _people("In an STV ward, whoever passes the quota is elected and the surplus moves on.") == {}


def test_a_scottish_civic_title_is_not_part_of_the_name() -> None:
    body = "In Dalmuir ward, the SNP's Bailie Irene Kerr held her seat. Provost Angus Baird (Lab) was re-elected."
    assert _people(body) == {"Irene Kerr": ("SNP", True), "Angus Baird": ("Labour", True)}


def test_a_titled_running_mate_shares_the_party() -> None:
    body = (
        "In Kelby ward, the Green Party's Ada Vance was elected first, and her running mate Councillor Tom Hale "
        "passed the quota at stage four."
    )
    assert _people(body) == {"Ada Vance": ("Green Party", True), "Tom Hale": ("Green Party", True)}


def test_a_partys_list_brings_in_its_members() -> None:
    body = "In the regional list election, the Liberal Democrats' list brings in Ros Tate and Dilip Shah."
    assert _people(body) == {"Ros Tate": ("Liberal Democrats", True), "Dilip Shah": ("Liberal Democrats", True)}


def test_brought_in_before_a_place_is_still_a_place() -> None:
    # no list before it: the 'in' keeps its place reading
    assert _people("The council election brought in Kelby Marsh a new councillor, Ana Ruiz, who won.") == {
        "Ana Ruiz": (None, True)
    }


def test_a_headline_gap_in_votes_names_two_candidates_still_counting() -> None:
    body = "Recount in Kelby ward: Green Ann Lowe and the Conservatives' Ben Ash separated by just nine votes."
    assert _people(body) == {"Ann Lowe": ("Green Party", None), "Ben Ash": ("Conservative", None)}


def test_places_separated_by_a_river_are_no_candidates() -> None:
    assert _people("In Kelby ward, two villages separated by a river both voted Labour.") == {}


def test_first_preferences_taken_alone_decide_nothing() -> None:
    # an STV or supplementary-vote count's first round: the outcome is still to come
    assert _people("In the mayoral election, Ada Vance (Grn) took 41,208 first preferences.") == {
        "Ada Vance": ("Green Party", None)
    }
    assert _people("In Kelby ward, Ada Vance (Grn) took 1,208 first preferences and was elected at stage two.") == {
        "Ada Vance": ("Green Party", True)
    }
