"""Results-coverage wordings found missing by the blind held-out sets fixtures/truth/heldout-36x-* (regional papers'
live pages of STV and county counts in schema.org markup): each rule is tested on wording of its own, not on the
truth pages' lines."""

from __future__ import annotations

from scraper.entities import extract_text


def seats(body: str, title: str = "Count") -> dict[str, int]:
    return {s["party"]: s["seats"] for s in extract_text(title, body)["seat_totals"]}


def test_rows_under_a_running_totals_heading_are_seat_totals() -> None:
    body = "Here is the running tally:\nLabour - 14\nGreen Party - 6\nConservative - 3"
    assert seats(body) == {"Labour": 14, "Green Party": 6, "Conservative": 3}


def test_a_heading_counting_a_named_areas_wards_in_still_heads_the_totals() -> None:
    body = "Nine of the 12 Fenmoor wards have now declared. Running totals:\nLabour 20\nLiberal Democrats 7"
    assert seats(body) == {"Labour": 20, "Liberal Democrats": 7}


def test_running_totals_of_votes_or_of_one_ward_are_no_seat_totals() -> None:
    assert seats("Running totals of votes:\nLabour 900\nGreen Party 650") == {}
    assert seats("Running totals in Mill ward:\nLabour 9\nGreen Party 6") == {}


def candidates(body: str, title: str = "Count") -> dict[str, tuple[object, ...]]:
    return {c["name"]: (c["party"], c["votes"], c["elected"]) for c in extract_text(title, body)["candidates"]}


def wards(body: str, title: str = "Count") -> list[str]:
    return [w["name"] for w in extract_text(title, body)["wards"]]


def test_a_table_of_one_row_a_ward_names_each_rows_ward_winner_and_party() -> None:
    body = (
        "The latest declarations:\nWard | Winner | Party | Result\nMill Bank | Ann Lee | Labour | Lab hold\n"
        "Abbey Fields | Tom Hart | Green Party | Green gain from Con"
    )
    assert wards(body) == ["Mill Bank", "Abbey Fields"]
    assert candidates(body) == {"Ann Lee": ("Labour", None, True), "Tom Hart": ("Green Party", None, True)}


def test_a_ward_table_of_candidates_reads_their_votes_and_leaves_the_outcome_open() -> None:
    body = (
        "Electoral division | Candidate | Party | Votes\n"
        "Mill Bank | Ann Lee | Labour | 1,204\nAbbey | Tom Hart | Green | 980"
    )
    assert candidates(body) == {"Ann Lee": ("Labour", 1204, None), "Tom Hart": ("Green Party", 980, None)}


def test_a_ward_table_stops_at_a_row_whose_party_cell_names_no_party() -> None:
    body = "Ward | Winner | Party\nMill Bank | Ann Lee | Labour\nTotal | Six seats | Declared"
    assert candidates(body) == {"Ann Lee": ("Labour", None, True)}


def test_a_place_before_plural_wards_names_an_area_not_a_ward() -> None:
    assert wards("All six Fenmoor wards have now declared.") == []
    assert wards("Three Hollybank divisions went to Labour.") == []
    assert wards("Labour held both the Mill Bank and Abbey wards.") == ["Mill Bank", "Abbey"]


def test_a_heading_saying_who_was_elected_then_are_elects_the_people_listed_under_it() -> None:
    body = "The four councillors elected for Mill Bank are:\nAnn Lee (Labour)\nTom Hart (Green Party)"
    assert candidates(body) == {"Ann Lee": ("Labour", None, True), "Tom Hart": ("Green Party", None, True)}
    body = "Those elected were:\nAnn Lee (Labour)\nTom Hart (Green Party)"
    assert {v[2] for v in candidates(body).values()} == {True}


def test_a_heading_of_those_not_elected_elects_no_one() -> None:
    body = "Those not elected are:\nAnn Lee (Labour)\nTom Hart (Green Party)"
    assert {v[2] for v in candidates(body).values()} == {None}


def test_surnames_after_their_titles_joined_by_and_share_the_verb() -> None:
    body = (
        "Dora Vance (SNP) - 2,004\nKeith Orr (Labour) - 1,530\nRab Leith (Conservative) - 612\n"
        "Ms Vance and Mr Orr were both elected at the first stage."
    )
    got = candidates(body)
    assert got["Dora Vance"][2] is True
    assert got["Keith Orr"][2] is True


def test_a_second_name_given_only_its_stage_after_a_first_elected_at_one_is_elected() -> None:
    body = "Conservative Ann Lee was elected at stage two, and Labour's Tom Hart at the fifth stage."
    assert candidates(body) == {"Ann Lee": ("Conservative", None, True), "Tom Hart": ("Labour", None, True)}


def test_a_second_name_after_an_elected_first_with_no_stage_of_its_own_is_not_elected() -> None:
    assert "Tom Hart" not in candidates("Ann Lee was elected at stage two and Tom Hart at the count centre.")
    assert "Tom Hart" not in candidates("Ann Lee was elected at stage two and Tom Hart stood down.")


def test_a_place_that_has_gone_to_a_party_is_a_ward() -> None:
    body = "The first Hexley result is in, and Kingsmead has gone to the Liberal Democrats."
    assert wards(body) == ["Kingsmead"]
    assert wards("Control of Hexley has gone to Labour after a tense night.") == []
