"""Results-coverage wordings found missing by the blind held-out sets fixtures/truth/heldout-20x-* (HTML pages read
through their layouts: lists, tables, bold names): each rule is tested on wording of its own, not on the truth pages'
lines."""

from __future__ import annotations

from typing import Any

from scraper.entities import extract_text


def candidates(body: str, title: str = "Results") -> dict[str, tuple[Any, ...]]:
    return {c["name"]: (c["party"], c["votes"], c["elected"]) for c in extract_text(title, body)["candidates"]}


def seat_totals(body: str, title: str = "Results") -> dict[str, int]:
    return {t["party"]: t["seats"] for t in extract_text(title, body)["seat_totals"]}


def test_scoreboard_rows_may_part_a_party_from_its_seats_with_a_spaced_dash() -> None:
    body = "Counting has finished on Wealdshire District Council.\nLabour – 21\nGreen Party – 9\nConservative - 4"
    assert seat_totals(body) == {"Labour": 21, "Green Party": 9, "Conservative": 4}


def test_a_dash_against_the_figure_is_a_change_not_a_seat_total() -> None:
    body = "Changes on Wealdshire District Council:\nLabour -3\nGreen Party -2"
    assert seat_totals(body) == {}


def test_the_standings_head_a_scoreboard() -> None:
    body = "Labour keep Tarnford Borough Council.\nThe standings now:\nLabour 30\nLiberal Democrats 12\nIndependent 3"
    assert seat_totals(body) == {"Labour": 30, "Liberal Democrats": 12, "Independent": 3}


def test_a_heading_counting_the_wards_declared_still_heads_a_council_scoreboard() -> None:
    body = "With 31 of the 48 wards declared, the picture on Tarnford Borough Council is:\nLabour 14\nConservative 11"
    assert seat_totals(body) == {"Labour": 14, "Conservative": 11}


def test_a_heading_saying_the_last_ward_is_in_still_heads_the_council_scoreboard() -> None:
    body = (
        "Labour keeps its grip on the council in Tarnford.\nHow it ended once the last division was declared:\n"
        "Labour 33\nGreen Party 8\nIndependent 5"
    )
    assert seat_totals(body) == {"Labour": 33, "Green Party": 8, "Independent": 5}


def test_a_ward_heading_still_heads_its_candidates_votes_not_a_scoreboard() -> None:
    body = "Tarnford Borough Council, Mill Lane ward:\nLabour 614\nConservative 402"
    assert seat_totals(body) == {}


def test_a_pronoun_after_a_list_of_candidates_is_not_about_its_last_row() -> None:
    body = (
        "Ann Lake of Labour has been elected mayor of Westvale.\nThe votes:\nAnn Lake (Labour) - 90,100\n"
        "Bob Hart (Conservative) - 60,200\nCara Penn (Green Party) - 10,300\nShe took more than half of the vote."
    )
    assert candidates(body) == {
        "Ann Lake": ("Labour", 90100, True),
        "Bob Hart": ("Conservative", 60200, False),
        "Cara Penn": ("Green Party", 10300, False),
    }


def test_a_pronoun_after_a_sentence_still_means_its_first_person() -> None:
    body = "Dev Shah has won Upton for the Lib Dems.\nHe polled 2,104 votes, ahead of Labour's Joan Moss on 1,877."
    assert candidates(body)["Dev Shah"][1:] == (2104, True)


def test_a_pronoun_after_paragraphs_of_one_sentence_each_still_means_the_person_before() -> None:
    body = (
        "Green Party's Mira Cole has been elected mayor of Eastholm.\n"
        "Ian Boyd of Labour came second with 41,300 votes.\n"
        "He said he would stand again."
    )
    body_2 = "Labour's Ann Lake has been elected mayor.\nShe won 50,100 votes, beating Bob Hart, who got 40,000."
    assert candidates(body)["Ian Boyd"][1:] == (41300, False)
    assert candidates(body_2)["Ann Lake"][1:] == (50100, True)


def test_a_stated_majority_equal_to_the_top_two_margin_names_the_winner_of_a_full_result() -> None:
    body = (
        "The full Hollinbury result:\nCandidate | Party | Votes\nPaul Reed | Labour | 8,100\n"
        "Sara Wynn | Conservative | 7,650\nTim Ash | Green Party | 900\nLabour majority: 450. Turnout: 31 per cent."
    )
    assert candidates(body) == {
        "Paul Reed": ("Labour", 8100, True),
        "Sara Wynn": ("Conservative", 7650, False),
        "Tim Ash": ("Green Party", 900, False),
    }


def test_a_majority_that_is_not_the_margin_names_no_winner() -> None:
    body = (
        "Votes in Hollinbury:\nPaul Reed | Labour | 8,100\nSara Wynn | Conservative | 7,650\n"
        "Labour majority in 2019: 2,000."
    )
    assert {name: c[2] for name, c in candidates(body).items()} == {"Paul Reed": None, "Sara Wynn": None}


def wards(body: str, title: str = "Results") -> list[str]:
    return [w["name"] for w in extract_text(title, body)["wards"]]


def test_a_hyphenated_number_word_opening_a_sentence_is_no_ward() -> None:
    assert wards("Thirty-one seats are needed for a majority on Foxley District Council.") == []
    assert wards("Labour won Ash Vale on Foxley District Council. Forty-four councillors sit there.") == ["Ash Vale"]


def councils(body: str, title: str = "Results") -> list[str]:
    return [c["name"] for c in extract_text(title, body)["councils"]]


def test_more_further_or_early_opening_a_line_is_not_part_of_a_councils_name() -> None:
    assert councils("More Foxley District Council results are in:\nAsh Vale - Lab hold") == ["Foxley District Council"]
    assert councils("Further Wyre Borough Council wards have declared.") == ["Wyre Borough Council"]
    assert councils("Early Eden Council results point to a Lib Dem gain.") == ["Eden Council"]


def test_a_result_from_a_place_on_a_council_or_heading_its_figures_names_the_ward() -> None:
    body = "The full result from Ashby Vale on Wexford County Council:\nJo Hale, Labour: 1,200\nTom Pike, Green: 900"
    assert wards(body) == ["Ashby Vale"]
    body = "The second result of the night is in, from Kings Meadow:\nJo Hale, Labour: 1,200\nTom Pike, Green: 900"
    assert wards(body) == ["Kings Meadow"]


def test_results_from_a_party_or_a_town_name_no_ward() -> None:
    assert wards("Results from the Lib Dems:\nJo Hale, Liberal Democrats: 1,200\nTom Pike, Labour: 900") == []
    assert wards("Two more results from Ashby on Wexford County Council:\nAshby North - Lab hold") == ["Ashby North"]


def test_when_a_wards_stated_seats_are_all_filled_its_other_candidates_lost() -> None:
    body = (
        "First preferences in the three-member Kirkton ward on Angus Council:\nCandidate | Party | 1st pref\n"
        "Ann Reid | SNP | 1,400\nBob Muir | Conservative | 1,100\nCal Innes | Labour | 700\n"
        "Dee Ross | Independent | 300\n"
        "Ann Reid and Bob Muir were elected at stage one. Cal Innes took the last seat at stage three."
    )
    assert {name: c[2] for name, c in candidates(body).items()} == {
        "Ann Reid": True,
        "Bob Muir": True,
        "Cal Innes": True,
        "Dee Ross": False,
    }


def test_with_seats_still_unfilled_the_others_are_not_known_to_have_lost() -> None:
    body = (
        "First preferences in the three-member Kirkton ward:\nAnn Reid | SNP | 1,400\nBob Muir | Conservative | 1,100\n"
        "Dee Ross | Independent | 300\nAnn Reid and Bob Muir were elected at stage one; counting goes on."
    )
    assert candidates(body)["Dee Ross"][2] is None


def test_a_scoreboard_table_row_may_name_a_local_group() -> None:
    body = (
        "Hastings Borough Council after the count:\nParty | Seats | Change\nLabour | 14 | +2\n"
        "Hastings Independents | 6 | +3\nConservative | 2 | -5"
    )
    assert seat_totals(body) == {"Labour": 14, "Hastings Independents": 6, "Conservative": 2}


def test_councillors_elected_in_a_place_before_its_councils_area_name_the_ward() -> None:
    body = "Three councillors have been elected in Kirkton, Angus. First preferences:\nAnn Reid, SNP - 1,400 (elected)"
    assert extract_text("Results", body)["wards"][0]["name"] == "Kirkton"
    assert councils(body) == ["Angus Council"]
    assert wards("She was first elected in May, 2019, for Labour.") == []
