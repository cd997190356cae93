"""Results-coverage wordings found missing by the held-out pages of rounds 48x and 49x (a nation's seats shared
out, elected offices counted, ...): each rule is tested on wording of its own, not on the truth pages' lines."""

from __future__ import annotations

from typing import Any

from probes import people

from scraper.entities import extract_text


def totals(body: str, title: str = "Results") -> list[tuple[Any, ...]]:
    return [(s["party"], s["seats"]) for s in extract_text(title, body)["seat_totals"]]


def test_a_nations_westminster_seats_with_a_count_of_mps_are_no_commons_total() -> None:
    body = (
        "The last of Wales's 32 Westminster seats is in and Plaid Cymru are the second party here, with four MPs.\n"
        "Across the UK, Labour have 380 MPs."
    )
    assert totals(body) == [("Labour", 380)]


def test_a_nations_mps_beyond_its_own_count_are_the_bodys() -> None:
    # (more MPs than the nation has seats: the figure is the party's across the Commons)
    body = "Labour took 20 of Wales's 32 Westminster seats, and now have 380 MPs."
    assert ("Labour", 380) in totals(body)


_LEAD = "The last of the 57 seats has been declared and the SNP remain the largest party, with 30 MPs."
_ROWS = "SNP - 30 (no change)\nLabour - 15 (-3)\nLib Dems - 9 (+1)"


def test_rows_under_a_heading_naming_a_nation_share_out_its_seats() -> None:
    body = f"{_LEAD}\nThe final picture in Scotland is:\n{_ROWS}"
    assert ("Labour", 15) not in totals(body)
    assert ("Liberal Democrats", 9) not in totals(body)


def test_rows_under_a_heading_naming_no_nation_are_still_read() -> None:
    body = f"{_LEAD}\nThe final picture is:\n{_ROWS}"
    assert {("Labour", 15), ("Liberal Democrats", 9)} <= set(totals(body))


def test_offices_counted_in_a_sentence_are_no_seat_totals() -> None:
    body = "Of the 12 metro mayors elected on Thursday, Labour won 7, Reform UK 3 and the Conservatives 2."
    assert totals(body) == []


def test_seats_counted_the_same_way_are_still_totals() -> None:
    body = "Of the 60 seats on the council, Labour won 31, Reform UK 20 and the Conservatives 9."
    assert ("Labour", 31) in totals(body)


def test_a_party_abbreviation_ending_a_sentence_is_no_initial_of_the_next_name() -> None:
    body = "Labour have taken the seat from the SNP. Morag Kinloch won 12,604 votes."
    assert people(body) == [("Morag Kinloch", "Labour", 12604, True)]


def test_a_real_initial_still_opens_a_name() -> None:
    assert [p[0] for p in people("Labour's J. Morag Kinloch won 12,604 votes.")] == ["J. Morag Kinloch"]


def test_the_rivals_figure_of_a_role_named_before_the_name() -> None:
    body = "Labour have taken the seat. Morag Kinloch won 12,604 votes to the 11,950 of the outgoing MSP, Iain Dunmore."
    assert people(body) == [("Morag Kinloch", "Labour", 12604, True), ("Iain Dunmore", None, 11950, False)]


def test_a_losers_own_figure_after_the_margin_they_lost_by() -> None:
    body = "Reform UK won both seats. The Greens' Ada Pryce fell short by 112 votes on 1,506."
    assert ("Ada Pryce", "Green Party", 1506, False) in people(body)


def test_a_margin_alone_is_no_figure_of_votes() -> None:
    assert people("The Greens' Ada Pryce lost by 112 votes.") == [("Ada Pryce", "Green Party", None, False)]


def test_the_votes_after_an_aside_that_cuts_the_clause() -> None:
    body = "Labour's Nia Roberts won. The Green Party's Tom Hale, who dropped out after the first count, polled 8,240."
    assert [p[:3] for p in people(body)][1:] == [("Tom Hale", "Green Party", 8240)]


def test_the_rival_a_count_leader_is_said_to_lead() -> None:
    body = "The count goes on in Eastfield, where the Labour candidate, Dana Ford, is said to lead the SNP's Rob Tate."
    assert [p[:2] for p in people(body)] == [("Dana Ford", "Labour"), ("Rob Tate", "SNP")]


def wards(body: str, title: str = "Kelby Borough Council results") -> list[str]:
    return [w["name"] for w in extract_text(title, body)["wards"]]


def test_a_place_that_split_its_two_seats_is_a_ward() -> None:
    assert wards("Elm Cross has shared its three seats between Reform UK and Labour.") == ["Elm Cross"]


def test_a_venue_like_ward_that_split_its_seats() -> None:
    assert wards("Hall Moor has split its two seats, with one going to each of Labour and the Greens.") == ["Hall Moor"]


def test_a_final_rounds_figures_after_a_first_rounds_in_one_sentence() -> None:
    body = (
        "Reform UK's Gwen Hale is the new mayor, beating Labour's Sam Reid. Reid led on first preferences, 90,100 to"
        " Hale's 88,200, but Hale took more second-preference votes and won by 101,400 votes to 99,800."
    )
    assert {p[0]: p[2] for p in people(body)} == {"Gwen Hale": 101400, "Sam Reid": 99800}
