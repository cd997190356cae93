"""Results-coverage wordings found missing by the blind held-out text pages fixtures/truth/heldout-31x-* (declaration
notices and a count night with precision traps): each rule is tested on wording of its own, not on the truth pages'
lines."""

from __future__ import annotations

from typing import Any

from probes import people

from scraper.entities import extract_text


def seats(body: str, title: str = "Results") -> dict[str, int]:
    return {t["party"]: t["seats"] for t in extract_text(title, body)["seat_totals"]}


def test_a_declaration_table_pasted_with_its_column_rules_surname_first() -> None:
    body = (
        "Kingsbury ward\n"
        "Surname | Other names | Description | Votes |\n"
        "McCANN | Rose Ellen | Liberal Democrats | 1,204 | Elected\n"
        "O'NEILL | Bryn | Labour Party | 988 |\n"
        "TREVELYAN | Anne | Green Party | 301 |"
    )
    assert people(body) == [
        ("Rose Ellen McCann", "Liberal Democrats", 1204, True),
        ("Bryn O'Neill", "Labour", 988, False),
        ("Anne Trevelyan", "Green Party", 301, False),
    ]


def test_a_declaration_table_copied_without_its_column_rules() -> None:
    body = (
        "Oakmere ward\n"
        "DUNSTAN Peter Hugh Liberal Democrats 2,011 Elected\n"
        "FARROW Kim Labour Party 1,377\n"
        "QUAYLE Dee Reform UK 640"
    )
    assert people(body) == [
        ("Peter Hugh Dunstan", "Liberal Democrats", 2011, True),
        ("Kim Farrow", "Labour", 1377, False),
        ("Dee Quayle", "Reform UK", 640, False),
    ]


def test_capitals_before_names_and_a_party_that_are_no_declaration_row() -> None:
    # a word after the figure that is no elected mark, a party's abbreviation in capitals, a heading row
    assert people("NHS Trust chair Alan Reid Labour 1,200 patients waiting") == []
    assert people("BBC Radio Kent Jo Hart Labour 2024 onwards") == []
    assert people("Surname | Other names | Description | Votes |") == []
    assert "Carol Fenwick Ld" not in [p[0] for p in people("LD | Carol Fenwick | Liberal Democrats | 310 |")]


def test_the_conservative_ballot_paper_description_is_the_conservative_party() -> None:
    body = (
        "Thornbury ward:\n"
        "Helen Voss, Labour Party, 1,410 ELECTED\n"
        "Clive Amery, The Conservative Party Candidate, 1,122\n"
        "Ruth Dane, Conservative Party Candidate, 1,040"
    )
    assert people(body) == [
        ("Helen Voss", "Labour", 1410, True),
        ("Clive Amery", "Conservative", 1122, False),
        ("Ruth Dane", "Conservative", 1040, False),
    ]


def test_a_losers_label_later_in_a_run_on_after_the_elected_label() -> None:
    line = "Elected: Jo Pike (Lab) 1,311; also standing: Amir Dar (Con) 1,002; Ed Sims (Green) 250."
    assert people(line) == [
        ("Jo Pike", "Labour", 1311, True),
        ("Amir Dar", "Conservative", 1002, False),
        ("Ed Sims", "Green Party", 250, False),
    ]
    line = "Elected: Jo Pike (Lab) 1,311; Kit Lowe (Lab) 1,250; others: Amir Dar (Con) 1,002."
    assert [p[3] for p in people(line)] == [True, True, False]


def test_an_elected_label_with_no_losers_label_still_marks_every_item() -> None:
    line = "Elected: Jo Pike (Lab) 1,311; Kit Lowe (Lab) 1,250."
    assert [p[3] for p in people(line)] == [True, True]


def test_seats_when_last_fought_or_contested_are_a_past_result() -> None:
    assert seats("When the seats were last fought in 2021, the Tories won 11, Labour 6 and the Greens 3.") == {}
    assert seats("These wards were last contested four years ago, when Labour won 14 and the Lib Dems 5.") == {}


def test_seats_fought_tonight_are_still_read() -> None:
    got = seats("Labour won 12, the Conservatives 5 and the Greens 2 of the seats fought tonight.")
    assert got.get("Labour") == 12


def councils_and_wards(body: str, title: str = "Result") -> tuple[list[str], list[tuple[str, Any]]]:
    facts = extract_text(title, body)
    return [c["name"] for c in facts["councils"]], [(w["name"], w["council"]) for w in facts["wards"]]


def test_a_notices_heading_in_capitals_names_its_council() -> None:
    body = "KINGSTON UPON HULL CITY COUNCIL\nDeclaration of result\nThe Bricknell ward: Joan Ayre (Lab) 1,502 elected"
    assert councils_and_wards(body) == (
        ["Kingston upon Hull City Council"],
        [("Bricknell", "Kingston upon Hull City Council")],
    )
    assert councils_and_wards("NEWCASTLE-UNDER-LYME BOROUGH COUNCIL\nKnutton ward")[0] == [
        "Newcastle-under-Lyme Borough Council"
    ]


def test_capitals_that_are_a_headline_or_have_no_council_type_name_no_council() -> None:
    assert councils_and_wards("TORIES LOSE NORTH YORKSHIRE COUNTY COUNCIL\nA shock in the north.")[0] == []
    assert councils_and_wards("RESULTS FROM THE COUNCIL\nThe count goes on.")[0] == []
    assert councils_and_wards("We hear TAMWORTH BOROUGH COUNCIL is counting.")[0] == []


def test_a_ward_before_an_elected_label_and_its_list() -> None:
    body = "Kelby Moor - Elected: Jo Pike (Lab) 1,311; also standing: Amir Dar (Con) 1,002."
    assert councils_and_wards(body)[1] == [("Kelby Moor", None)]
    assert [c["ward"] for c in extract_text("Result", body)["candidates"]] == ["Kelby Moor", "Kelby Moor"]


def test_an_elected_label_alone_names_no_ward() -> None:
    assert councils_and_wards("Elected: Jo Pike (Lab) 1,311; also standing: Amir Dar (Con) 1,002.")[1] == []


def test_a_ward_named_with_the_inside_it() -> None:
    body = "Hulton with the Vale - Con gain from Lab\nMaya Rudd (Con) 1,120 elected\nOwen Platt (Lab) 1,004"
    assert councils_and_wards(body)[1] == [("Hulton with the Vale", None)]
    assert councils_and_wards("The Greens held the Hulton with the Vale ward.")[1] == [("Hulton with the Vale", None)]


def test_with_the_before_a_party_joins_no_ward() -> None:
    assert councils_and_wards("Labour gained Kelby with the Lib Dems second.")[1] == [("Kelby", None)]
    assert councils_and_wards("Labour gained Kelby with the Greens.")[1] == [("Kelby", None)]


def test_a_ward_then_its_council_as_a_lists_heading() -> None:
    body = "Ashcombe Vale, Hartsbridge District Council:\nJo Pike (Lab) 1,311 elected\nAmir Dar (Con) 1,002"
    facts = extract_text("Result", body)
    assert [(w["name"], w["council"]) for w in facts["wards"]] == [("Ashcombe Vale", "Hartsbridge District Council")]
    assert [c["ward"] for c in facts["candidates"]] == ["Ashcombe Vale", "Ashcombe Vale"]


def test_a_label_or_a_party_before_a_council_is_no_ward() -> None:
    assert councils_and_wards("Results, Hartsbridge District Council:\nJo Pike (Lab) 1,311 elected")[1] == []
    assert councils_and_wards("Labour, Hartsbridge District Council\nJo Pike (Lab) 1,311 elected")[1] == []
    # (a sentence, not a heading line)
    assert councils_and_wards("Counting in Ashcombe Vale, Hartsbridge District Council, starts at nine.")[1] == []
