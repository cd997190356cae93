"""Results-coverage wordings found missing by the blind held-out text pages fixtures/truth/heldout-42x-* (a
Westminster count night with a recount, Northern Ireland council STV counts, police commissioners, mayors and
council control): each rule is tested on wording of its own, not on the truth pages' lines."""

from __future__ import annotations

from typing import Any

from probes import people

from scraper.entities import extract_text


def test_an_irish_o_is_part_of_the_name() -> None:
    body = (
        "The SDLP's Máire Ó Ceallaigh was elected at stage two in Newry.\n"
        "Sinn Féin's Pól Ó Murchú was excluded at stage three."
    )
    got = {name: party for name, party, _, _ in people(body)}
    assert got == {"Máire Ó Ceallaigh": "SDLP", "Pól Ó Murchú": "Sinn Féin"}


def test_a_coordinated_list_of_irish_names_keeps_its_party() -> None:
    body = (
        "The Green Party's Ruth Ferris held on in Ormiston.\n"
        "Sinn Féin's Darragh Ó Loinsigh, Eimear Nic Ruairí and Tomás Mac Ruairí were elected at stage one in Oldcastle."
    )
    got = {name: party for name, party, _, _ in people(body)}
    assert got["Darragh Ó Loinsigh"] == got["Eimear Nic Ruairí"] == got["Tomás Mac Ruairí"] == "Sinn Féin"


def test_an_irish_surname_alone_is_the_full_name_it_ends() -> None:
    body = "Aoife Nic Ruairí of Sinn Féin was elected at stage four. Ms Nic Ruairí thanked her team."
    names = [name for name, _, _, _ in people(body, title="Nic Ruairí elected in Downpatrick")]
    assert names == ["Aoife Nic Ruairí"]


def test_a_three_word_surname_before_the_forename_is_read() -> None:
    body = (
        "First preferences in Carrowbeg:\n"
        "Mac Giolla Easpaig, Tadhg (SDLP) 1,118 - elected\n"
        "Ní Fhlannagáin, Sorcha (Sinn Féin) 964"
    )
    assert people(body)[0] == ("Tadhg Mac Giolla Easpaig", "SDLP", 1118, True)


def test_an_stv_stage_total_with_a_fraction_is_no_candidates_votes() -> None:
    body = (
        "Totals after stage five in Glenmore:\n"
        "Devlin, Shane (SDLP) 1,530.00 - elected\n"
        "Hamill, Orla (Alliance Party) 1,211.85"
    )
    assert people(body) == [("Shane Devlin", "SDLP", None, True), ("Orla Hamill", "Alliance Party", None, False)]


def totals(body: str, title: str = "Results") -> list[tuple[Any, ...]]:
    return [(s["party"], s["seats"]) for s in extract_text(title, body)["seat_totals"]]


def test_a_commons_tally_under_a_heading_counting_the_650_seats_is_read() -> None:
    body = "After 530 of the 650 seats, the parties stand at:\nConservative 241\nLabour 203\nLiberal Democrats 58"
    assert totals(body) == [("Conservative", 241), ("Labour", 203), ("Liberal Democrats", 58)]


def test_rows_of_more_seats_than_a_council_has_under_a_plain_heading_are_not_totals() -> None:
    body = "Votes cast across the county council seats:\nConservative 2410\nLabour 2030"
    assert totals(body) == []


def test_a_two_word_surname_in_capitals_before_the_comma_is_read() -> None:
    body = "Declaration for Kelbrook:\nVAN DYKE, Ann (Green Party) 1,402 - elected\nLOWE, Mark (Labour Party) 1,166"
    assert people(body)[0] == ("Ann Van Dyke", "Green Party", 1402, True)


def test_a_name_that_is_seeking_another_term_is_a_candidate() -> None:
    body = (
        "In Kelby Vale the Liberal Democrat Owen Hale is seeking a third term. The count has been suspended overnight."
    )
    assert people(body) == [("Owen Hale", "Liberal Democrats", None, None)]


def test_had_been_excluded_is_a_loss() -> None:
    body = "Alliance's Colm Tierney had been excluded at stage three, before his transfers went elsewhere."
    assert people(body) == [("Colm Tierney", "Alliance Party", None, False)]
