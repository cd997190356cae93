"""Round 63x's leftovers (a teletext copy of council results, Torbay, the Guardian's overnight GE page): each rule is
tested on wording of its own, not on the truth pages' lines."""

from __future__ import annotations

from scraper.entities import extract_text


def test_a_page_set_in_capitals_is_about_an_election() -> None:
    # (a teletext page: its heading and verdicts in capitals, its parties as codes in a column)
    body = "MARSH LANE                     LAB HOLD\nEdna Colley            LAB          812\nMaj 301"
    facts = extract_text("WIGAN METROPOLITAN BOROUGH COUNCIL", body)
    assert [c["name"] for c in facts["councils"]] == ["Wigan Metropolitan Borough Council"]
    assert [(c["name"], c["party"], c["votes"]) for c in facts["candidates"]] == [("Edna Colley", "Labour", 812)]
    # (words in capitals that are no election's open nothing: a football score is not a result)
    assert extract_text("LATEST SCORES", "ROVERS 2 CITY 1\nJim Dobbs scored twice")["candidates"] == []


def test_a_row_in_capitals_before_a_party_code_and_its_verdict_names_a_ward() -> None:
    body = (
        "PRIORY PARK (2 seats)           GRN GAIN FROM LAB\n"
        "Hal Dunmore            GRN          940\n"
        "ST MARK'S                       CON HOLD\n"
        "Ivy Bellamy            CON          702"
    )
    facts = extract_text("KINGSBRIDGE DISTRICT COUNCIL", body)
    assert [w["name"] for w in facts["wards"]] == ["PRIORY PARK", "ST MARK'S"]
    # (a control table's council row over its seats is no ward)
    control = "HALSTEAD                        LAB HOLD\nLAB 30   CON 12   GRN 3\nRAYNE     NO OVERALL CONTROL"
    assert extract_text("COUNCIL CONTROL", control)["wards"] == []


def totals(body: str, title: str = "Result") -> list[tuple[str, int]]:
    """Each seat total of a one-post text as (party, seats)."""
    return [(t["party"], t["seats"]) for t in extract_text(title, body)["seat_totals"]]


def test_a_row_of_party_codes_and_seats_set_apart_by_spaces_under_a_control_row() -> None:
    body = "BRAINTREE                       GRN GAIN FROM NOC\nGRN 27   LAB 14   CON 8"
    assert totals(body, "COUNCIL CONTROL") == [("Green Party", 27), ("Labour", 14), ("Conservative", 8)]
    # (cells of a table, and a row under a hung council)
    body = "UTTLESFORD   NO OVERALL CONTROL\nIND 19 | CON 12 | LD 8"
    assert totals(body, "COUNCIL CONTROL") == [("Independent", 19), ("Conservative", 12), ("Liberal Democrats", 8)]
    # (a candidate's row of a ward is no pair: a name, a code and a tally)
    assert totals("MILL END   LAB HOLD\nRosa Dunn   LAB   812\nMaj 301", "COUNCIL") == []


def test_a_place_that_has_elected_a_councillor_is_a_ward() -> None:
    said = "Hollins Green has elected its first Labour councillor. Sam Poll took the seat by 212 votes."
    assert [w["name"] for w in extract_text("Result", said)["wards"]] == ["Hollins Green"]
    # (a council electing its leader is no ward's result)
    said = "Kelby Council has elected a new leader. Labour now hold 30 of the 51 seats."
    assert extract_text("Result", said)["wards"] == []


def test_a_town_opening_a_clause_that_names_the_ward_won_is_no_ward() -> None:
    said = "In Kelsall, the Green Ann Moss has taken Upper Mill from Labour by 90 votes."
    assert [w["name"] for w in extract_text("Result", said)["wards"]] == ["Upper Mill"]
    # (the clause naming no seat by its name keeps the place it opens on)
    said = "In Abbey, Jo Bell held the seat for Labour with 1,200 votes."
    assert [w["name"] for w in extract_text("Result", said)["wards"]] == ["Abbey"]
