"""Results-coverage wordings found missing by the blind held-out pages fixtures/truth/heldout-46x-* (a regional
paper's JSON-LD page of a Northern Ireland Assembly count, a text copy of a BBC Scotland page of Highland and
island council counts, a BBC WebCore page of mayoral and council results held only in its data script): each rule
is tested on wording of its own, not on the truth pages' lines."""

from __future__ import annotations

from typing import Any

from probes import people

from scraper.entities import extract_text


def totals(body: str, title: str = "Results") -> list[tuple[Any, ...]]:
    return [(s["party"], s["seats"]) for s in extract_text(title, body)["seat_totals"]]


def test_an_irish_surname_with_a_mutated_word_is_one_name() -> None:
    body = (
        "Quota: 6,950\n"
        "Siobhán Ó hAnluain (SDLP) 7,204 - elected, first count\n"
        "Colm Mac an tSaoi (Sinn Féin) 6,101 - elected, fourth count\n"
        "Gráinne Ní hUallacháin (Aontú) 988 - excluded, second count"
    )
    got = people(body)
    assert [name for name, *_ in got] == ["Siobhán Ó hAnluain", "Colm Mac an tSaoi", "Gráinne Ní hUallacháin"]
    assert [rest for _, *rest in got] == [["SDLP", 7204, True], ["Sinn Féin", 6101, True], ["Aontú", 988, False]]


def test_an_irish_surname_with_a_mutated_word_in_prose() -> None:
    got = people("Sinn Féin's Ruairí Ó hEadhra was elected on the second count with 8,112 first preferences.")
    assert got == [("Ruairí Ó hEadhra", "Sinn Féin", 8112, True)]


def test_a_lower_case_h_or_an_alone_opens_no_name() -> None:
    got = people("Turnout was down. Mary Byrne (Alliance) 3,400 - elected\nan Independent 1,200 votes")
    assert [name for name, *_ in got] == ["Mary Byrne"]


def test_a_running_total_with_a_half_vote_is_no_vote() -> None:
    got = people("Declan Hughes (SDLP) was elected on the ninth count with 6,480.5 votes.")
    assert got == [("Declan Hughes", "SDLP", None, True)]


def test_the_last_candidate_excluded_lost() -> None:
    got = people("Alliance's Cara Moore was the last candidate excluded, at the sixth stage.")
    assert got == [("Cara Moore", "Alliance Party", None, False)]


def test_the_exclusion_of_a_candidate_is_a_loss_and_a_surplus_a_win() -> None:
    got = people(
        "The SDLP's Conor Boyle was elected on the seventh count after the exclusion of the UUP's Ian Stewart. "
        "The surplus of the DUP's Ruth Gamble was then distributed."
    )
    assert got == [
        ("Conor Boyle", "SDLP", None, True),
        ("Ian Stewart", "Ulster Unionist Party", None, False),
        ("Ruth Gamble", "DUP", None, True),
    ]


def test_ousts_is_a_win() -> None:
    got = people("Lakeside: Green Party's Mia Kerr ousts Labour's Owen Pike")
    assert got == [("Mia Kerr", "Green Party", None, True), ("Owen Pike", "Labour", None, False)]


def test_a_ward_heading_with_its_council_and_a_dash_before_its_seats() -> None:
    got = extract_text(
        "Result", "Glen Vale, Hartsbridge Council - three seats, first preferences:\nAnn Cole (SNP) 1,200"
    )
    assert [(w["name"], w["council"]) for w in got["wards"]] == [("Glen Vale", "Hartsbridge Council")]


def test_a_party_label_with_a_colon_before_one_candidate_and_a_stage_mark() -> None:
    body = (
        "Glen Vale - three seats:\n"
        "SNP: Morven Tait 1,410 (elected, stage 1)\n"
        "Independent: Rory Bain 1,022 (elected, stage 3)\n"
        "Scottish Labour: Eve Lamont 640"
    )
    got = people(body)
    assert [rest for _, *rest in got] == [["SNP", 1410, True], ["Independent", 1022, True], ["Labour", 640, False]]
