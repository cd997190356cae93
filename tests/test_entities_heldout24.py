"""Results-coverage wordings found missing by the blind held-out sets fixtures/truth/heldout-24x-* (the many ways BBC
local radio and regional count coverage prints a result): each rule is tested on wording of its own, not on the truth
pages' lines."""

from __future__ import annotations

from typing import Any

from scraper.entities import extract_text


def candidates(body: str, title: str = "Results") -> dict[str, tuple[Any, ...]]:
    return {c["name"]: (c["party"], c["votes"], c["elected"]) for c in extract_text(title, body)["candidates"]}


def test_a_not_elected_heading_after_an_elected_one_marks_the_losers() -> None:
    body = (
        "Hillside ward (two seats)\nElected:\nNia Hughes (Plaid Cymru) 812\nOwen Pryce (Plaid Cymru) 790\n"
        "Not elected:\nGwen Tudor (Labour) 744\nDai Morgan (Conservative) 301"
    )
    got = candidates(body)
    assert got["Owen Pryce"] == ("Plaid Cymru", 790, True)
    assert got["Gwen Tudor"] == ("Labour", 744, False)
    assert got["Dai Morgan"] == ("Conservative", 301, False)


def seats(body: str, title: str = "Results") -> dict[str, int]:
    return {s["party"]: s["seats"] for s in extract_text(title, body)["seat_totals"]}


def test_a_scoreboard_whose_changed_rows_alone_carry_a_bracket_is_read_whole() -> None:
    body = (
        "Torridge District Council - final make-up:\nIndependent 17 (+2)\nConservative 9 (-4)\n"
        "Liberal Democrats 6\nGreen Party 4 (+2)\nLabour 0"
    )
    assert seats(body) == {"Independent": 17, "Conservative": 9, "Liberal Democrats": 6, "Green Party": 4, "Labour": 0}


def test_a_local_group_row_with_its_change_is_a_row_too() -> None:
    body = "Dunmow Town Council make-up:\nDunmow Independents 9 (-1)\nConservative 4 (+1)\nGreen Party 2"
    assert seats(body) == {"Dunmow Independents": 9, "Conservative": 4, "Green Party": 2}


def test_a_bulleted_result_list_is_read_after_its_bullets() -> None:
    body = (
        "Kingsway ward:\n* Moira Lennox (Con) 1,006 - elected\n* Raj Sandhu (Lab) 871\n"
        "- Ellen Booth (Green) 203\n• Carl Nunn (Reform UK) 118"
    )
    got = candidates(body)
    assert got["Moira Lennox"] == ("Conservative", 1006, True)
    assert got["Raj Sandhu"] == ("Labour", 871, False)
    assert got["Ellen Booth"] == ("Green Party", 203, False)
    assert got["Carl Nunn"] == ("Reform UK", 118, False)


def test_a_returning_officers_capitalised_surname_is_read_as_a_name() -> None:
    body = (
        "Declaration, Abbey ward:\nTom GRAYSON, Liberal Democrats, 1502 ELECTED\nAlice O'NEILL, Labour Party, 990\n"
        "Rory McDERMOTT, Conservative Party, 415"
    )
    got = candidates(body)
    assert got["Tom Grayson"] == ("Liberal Democrats", 1502, True)
    assert got["Alice O'Neill"] == ("Labour", 990, False)
    assert got["Rory McDermott"] == ("Conservative", 415, False)


def test_a_capitalised_party_abbreviation_after_a_name_is_not_its_surname() -> None:
    assert "Jo Hart Lab" not in candidates("Abbey ward:\nJo Hart LAB 1,204 ELECTED\nSam Cole CON 877")


def test_a_written_out_party_with_its_short_form_in_a_bracket_after_a_comma() -> None:
    body = "Moss Side ward:\nPeter Lyle, Scottish National Party (SNP), 1,204 ELECTED\nAnn Reid, Labour Party, 998"
    assert candidates(body)["Peter Lyle"] == ("SNP", 1204, True)


def test_a_surname_first_item_with_its_party_in_a_bracket() -> None:
    body = (
        "Greenhill ward:\nWaller, Bethan (Labour) 1,320 ELECTED\nOkafor, Daniel James (Green Party) 702\n"
        "Tate, Ian (Con) 244"
    )
    got = candidates(body)
    assert got["Bethan Waller"] == ("Labour", 1320, True)
    assert got["Daniel James Okafor"] == ("Green Party", 702, False)
    assert got["Ian Tate"] == ("Conservative", 244, False)


def test_a_place_before_a_comma_and_a_full_name_is_no_surname() -> None:
    assert "Leah Morton Hightown" not in candidates(
        "Results:\nHightown, Leah Morton (Lab) 1,456\nCroft, Ben Ash (Con) 900"
    )


def test_a_surname_opening_on_a_party_abbreviations_letters_is_still_a_name() -> None:
    body = "Eastfield ward:\nConway, Mark (Conservative) 1,130 ELECTED\nLaburn, Amy (Labour) 1,021"
    got = candidates(body)
    assert got["Mark Conway"] == ("Conservative", 1130, True)
    assert got["Amy Laburn"] == ("Labour", 1021, False)


def test_a_name_and_figure_alone_beside_list_items_is_a_candidate_without_a_party() -> None:
    body = "Southgate ward:\nRuth Ellery (Lab) 905 ELECTED\nMartin Cobb 770\nSue Platt (Con) 312"
    assert candidates(body)["Martin Cobb"] == (None, 770, False)
    body = "Southgate ward:\nMartin Cobb 1,015 ELECTED\nRuth Ellery (Lab) 905\nSue Platt (Con) 312"
    assert candidates(body)["Martin Cobb"] == (None, 1015, True)


def test_a_group_and_its_figure_beside_list_items_is_no_candidate() -> None:
    body = (
        "Upper Hale: LD gain\nLiberal Democrat Nina Shah 702 [41.0%]\nHale Residents 640 [37.4%]\n"
        "Conservative 371 [21.6%]"
    )
    assert "Hale Residents" not in candidates(body)


def test_a_name_and_figure_alone_with_no_list_beside_it_is_not_read_as_an_item() -> None:
    assert "Martin Cobb" not in candidates("Southgate ward declared.\nMartin Cobb 770\nThe count ended at 3am.")


def test_a_results_table_copied_one_cell_a_line_is_read_row_by_row() -> None:
    body = (
        "Eastgate (two seats)\nCandidate\nParty\nVotes\nLiam Ord\nLabour\n1,402\nNadia Kerr\nLabour\n1,380\n"
        "Brian Tull\nConservative\n855\nJoan Sim\nGreen Party\n240"
    )
    got = candidates(body)
    assert got["Nadia Kerr"] == ("Labour", 1380, True)
    assert got["Brian Tull"] == ("Conservative", 855, False)
    assert [w["name"] for w in extract_text("Results", body)["wards"]] == ["Eastgate"]


def test_a_table_of_bracketed_names_above_their_figures() -> None:
    body = "Westgate: Green gain from Lab\nOlive Marsh (Green)\n1,004\nKen Dyer (Labour)\n966\nTim Rood\n88"
    got = candidates(body)
    assert got["Olive Marsh"] == ("Green Party", 1004, True)
    assert got["Ken Dyer"] == ("Labour", 966, False)
    assert got["Tim Rood"] == (None, 88, False)


def test_one_figure_alone_on_a_line_is_no_table() -> None:
    assert "Ken Dyer" not in candidates("Westgate result:\nKen Dyer\n966\nThe count was delayed.")


def test_a_figure_a_correction_withdraws_gives_way_to_the_corrected_one() -> None:
    body = (
        "In our earlier post we incorrectly reported that the Green Party's Ivy Lowe polled 2,310 votes in Mount"
        " Pleasant.\nThe right figure is 2,130, and she was elected."
    )
    assert candidates(body, "Correction")["Ivy Lowe"][:2] == ("Green Party", 2130)


def test_a_withdrawn_figure_with_no_correct_one_given_is_dropped() -> None:
    body = (
        "We mistakenly said Labour's Sam Orr won 990 votes in Hightown; he was elected, and we will update his tally."
    )
    assert candidates(body, "Correction")["Sam Orr"][1] is None


def test_coming_within_a_number_of_votes_is_a_margin_and_a_defeat() -> None:
    body = "The Greens' Ada Cole held Brookside with 1,310 votes; independent Tom Leigh came within 52 votes of her."
    got = candidates(body)
    assert got["Ada Cole"] == ("Green Party", 1310, True)
    assert got["Tom Leigh"] == ("Independent", None, False)


def test_finishing_a_number_of_votes_short_is_a_margin_and_a_defeat() -> None:
    body = "In Kirkgate, Labour's Paul Mayer finished 17 votes short of the Conservative, Lena Hood, who polled 866."
    got = candidates(body)
    assert got["Paul Mayer"] == ("Labour", None, False)
    assert got["Lena Hood"][1] == 866


def test_a_listed_name_without_a_party_said_to_have_stood_as_an_independent_is_one() -> None:
    body = (
        "Mill Lane:\nSian Ebdon (LD) 844 ELECTED\nGeoff Pratt 790\nOla Ade (Lab) 301\n"
        "Mr Pratt, who stood as an independent, said he would try again."
    )
    assert candidates(body)["Geoff Pratt"] == ("Independent", 790, False)


def wards(body: str, title: str = "Results") -> list[str]:
    return [w["name"] for w in extract_text(title, body)["wards"]]


def test_a_ward_after_the_names_own_tally_is_its_ward() -> None:
    assert wards("The Lib Dems' Nora Platt won 1,244 votes in Hook Norton to take the seat.") == ["Hook Norton"]
    assert wards("Labour's Dev Shah polled 506 votes in Saltley, a distant second.") == ["Saltley"]


def test_a_partys_first_councillor_it_celebrates_was_elected_for_it() -> None:
    body = (
        "Labour still run the borough, with 40 seats.\n"
        "In Kenton the Liberal Democrats are celebrating their first councillor, Mina Osei."
    )
    got = candidates(body)
    assert got["Mina Osei"] == ("Liberal Democrats", None, True)
