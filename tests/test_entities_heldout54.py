"""Results-coverage wordings found missing by the blind held-out pages fixtures/truth/heldout-54x-* (a Guardian
blog of the UK's European Parliament election, a BBC LX page of an Isle of Man House of Keys election, an ITV
regional text copy of district councils elected by thirds): each rule is tested on wording of its own, not on the
truth pages' lines."""

from __future__ import annotations

from typing import Any

from scraper.entities import extract_text


def people(body: str, title: str = "Results") -> list[tuple[Any, ...]]:
    return [(c["name"], c["party"], c["votes"], c["elected"]) for c in extract_text(title, body)["candidates"]]


def test_manx_parties_and_change_uk_are_parties() -> None:
    body = (
        "Peel and Patrick has declared:\n"
        "Orla Kewley (Liberal Vannin) 1,404 ELECTED\n"
        "Brian Sayle (Manx Labour Party) 1,102\n"
        "Change UK's candidate, Tessa Mornington, came fifth."
    )
    assert people(body) == [
        ("Orla Kewley", "Liberal Vannin", 1404, True),
        ("Brian Sayle", "Manx Labour", 1102, False),
        ("Tessa Mornington", "Change UK", None, False),
    ]


def test_a_regions_meps_listed_under_their_heading_are_elected() -> None:
    body = (
        "Yorkshire has declared. The region's six MEPs are:\nAnn Dyson (Green)\nBob Trent (Labour)\n"
        "Carl Ives (Brexit Party)"
    )
    assert people(body) == [
        ("Ann Dyson", "Green Party", None, True),
        ("Bob Trent", "Labour", None, True),
        ("Carl Ives", "Brexit Party", None, True),
    ]


def test_a_nations_meps_as_name_comma_party_lines_are_elected() -> None:
    body = "Wales's MEPs are:\nIfan Rowlands, Plaid Cymru\nMair Bevan, Labour"
    assert people(body) == [("Ifan Rowlands", "Plaid Cymru", None, True), ("Mair Bevan", "Labour", None, True)]


def test_a_partys_new_meps_named_in_prose_are_elected() -> None:
    body = "The Greens' new MEPs are Tamsin Heald and Oliver Prynne, both councillors in Bristol."
    assert people(body) == [("Tamsin Heald", "Green Party", None, True), ("Oliver Prynne", "Green Party", None, True)]


def wards(body: str, title: str = "Results") -> list[str]:
    return [w["name"] for w in extract_text(title, body)["wards"]]


def test_a_ward_line_saying_no_change_with_the_party_in_brackets_is_a_ward() -> None:
    body = "More from Tarnside Borough Council:\nHolme Rise - no change (Con)\nKirkgate: no change (Green)"
    assert wards(body) == ["Holme Rise", "Kirkgate"]


def test_a_no_change_line_with_no_party_is_not_a_ward() -> None:
    assert wards("Tarnside Borough Council after the count:\nTurnout - no change\nMajority: no change") == []


def test_a_place_before_a_councillor_named_with_his_office_is_a_ward() -> None:
    body = (
        "In Wexcombe Heath, the cabinet member for finance, Cllr Olu Barrett, held on by 31 votes: Olu Barrett "
        "(Lab) 1,144, Nina Shaw (Green) 1,113."
    )
    assert wards(body) == ["Wexcombe Heath"]


def test_a_name_holding_the_letters_of_ward_does_not_make_a_parliament_seat_a_ward() -> None:
    body = "Health Minister Howard Teare has held his seat in Glenmoor, topping the poll with 1,874 votes."
    assert extract_text("Minister re-elected", body, parliament_page=True)["wards"] == []


def test_a_governments_council_of_ministers_is_no_local_council() -> None:
    body = (
        "Two members of the Council of Ministers have lost their seats. In Glenmoor, Ann Teare (Ind) won with "
        "1,204 votes."
    )
    assert extract_text("Ministers out", body, parliament_page=True)["wards"] == []


def test_mhks_and_the_house_of_keys_mark_a_post_about_a_parliament() -> None:
    for body in (
        "In Glenmoor, Ann Teare (Ind) topped the poll with 1,204 votes and becomes one of its two MHKs.",
        "The House of Keys has a new member: in Glenmoor, Ann Teare (Ind) won with 1,204 votes.",
    ):
        assert extract_text("Glenmoor declares", body)["wards"] == []


def test_name_dash_party_lines_under_an_elected_label_are_the_winners() -> None:
    body = "Tarnside North has declared.\nElected:\nMorwenna Tull – Green Party\nDilip Rao - Labour"
    assert people(body) == [("Morwenna Tull", "Green Party", None, True), ("Dilip Rao", "Labour", None, True)]


def test_name_bar_party_rows_under_an_elected_label_are_the_winners() -> None:
    body = "Marsh End has declared. Its two new councillors are:\nPriya Kaul | Labour\nTom Fenn | Labour"
    assert people(body) == [("Priya Kaul", "Labour", None, True), ("Tom Fenn", "Labour", None, True)]


def test_a_table_headed_by_the_members_and_their_party_lists_the_elected() -> None:
    body = (
        "Yorkshire and the Humber has declared. Seats were allocated as follows:\n"
        "MEP | Party\nAnn Lee | Brexit Party\nBob Marr | Green Party\nTurnout was 33.4%."
    )
    assert people(body) == [("Ann Lee", "Brexit Party", None, True), ("Bob Marr", "Green Party", None, True)]


def test_a_table_headed_by_candidates_and_party_names_no_winners() -> None:
    body = (
        "Yorkshire and the Humber has declared. The lists were headed by:\n"
        "Candidate | Party\nAnn Lee | Brexit Party\nBob Marr | Green Party\nTurnout was 33.4%."
    )
    assert people(body) == []


def test_a_list_of_names_and_figures_with_one_marked_elected_is_a_result() -> None:
    body = "Sark North has declared:\nElowen Hamon 612 ELECTED\nPierre Guille 540\nTess Baker 301"
    assert people(body) == [
        ("Elowen Hamon", None, 612, True),
        ("Pierre Guille", None, 540, False),
        ("Tess Baker", None, 301, False),
    ]


def test_names_and_figures_with_none_marked_elected_are_no_result() -> None:
    assert people("Sark North has declared:\nElowen Hamon 612\nPierre Guille 540") == []


def test_two_items_joined_by_and_before_elected_both_won_and_the_items_after_the_semicolon_lost() -> None:
    body = "Castle Rushen: Mona Skelly (Ind) 1,905 and Tom Quark (Ind) 1,644 elected; Ros Kneen (Green) 702."
    assert people(body) == [
        ("Mona Skelly", "Independent", 1905, True),
        ("Tom Quark", "Independent", 1644, True),
        ("Ros Kneen", "Green Party", 702, False),
    ]


def test_the_brexit_party_written_lower_case_is_the_party() -> None:
    body = "The Brexit party's Nia Colwill and Dafydd Roper are elected, along with Labour's Gwen Pask."
    assert people(body) == [
        ("Nia Colwill", "Brexit Party", None, True),
        ("Dafydd Roper", "Brexit Party", None, True),
        ("Gwen Pask", "Labour", None, True),
    ]


def test_a_member_who_is_out_lost() -> None:
    assert people("The Green Party's Odile Varga, an MEP since 2014, is out.") == [
        ("Odile Varga", "Green Party", None, False)
    ]


def test_out_in_front_is_no_loss() -> None:
    got = people("With three wards to count, Labour's Odile Varga is out in front on 1,204 votes.")
    assert got == [("Odile Varga", "Labour", 1204, None)]


def test_a_month_that_is_also_a_forename_opens_a_name_before_a_surname() -> None:
    assert people("Labour's June Oyelaran held the seat with 1,377 votes.") == [("June Oyelaran", "Labour", 1377, True)]


def test_a_month_after_in_stays_a_date() -> None:
    assert people("In June Ravi Dhillon (Con) won the by-election with 877 votes.") == [
        ("Ravi Dhillon", "Conservative", 877, True)
    ]


def test_an_office_before_its_holders_two_names_is_cut_off_whatever_the_forename() -> None:
    body = "In Peel West, Enterprise Minister Tynan Corrin finished third with 811 votes."
    assert people(body) == [("Tynan Corrin", None, 811, False)]


def test_winners_named_after_a_plural_role_are_both_elected() -> None:
    body = (
        "Sitting member Colm Tully polled 702 and was beaten by the independents Ada Fenn (1,210) and Rory Bale (998)."
    )
    assert people(body) == [
        ("Colm Tully", None, 702, False),
        ("Ada Fenn", "Independent", 1210, True),
        ("Rory Bale", "Independent", 998, True),
    ]


def totals(body: str, title: str = "Results") -> list[tuple[Any, ...]]:
    return [(s["party"], s["seats"]) for s in extract_text(title, body)["seat_totals"]]


def test_they_after_an_opening_phrase_of_time_is_the_party_before() -> None:
    body = "The Greens keep Holmfield District Council. After today they have 26 councillors and Labour 9."
    assert totals(body) == [("Green Party", 26), ("Labour", 9)]


def test_meps_mark_a_post_about_a_parliament_whose_places_are_not_wards() -> None:
    for body in (
        "Kate Lowe (Brexit Party) has won in Eastmoor and will be one of the new MEPs.",
        "The Greens held on in Eastmoor, where their MEP Kate Lowe topped the list.",
    ):
        assert extract_text("Result", body)["wards"] == []
