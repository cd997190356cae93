"""Results-coverage wordings found missing by the blind held-out sets fixtures/truth/heldout-19x-* (general-election
nights told nationally): each rule is tested on wording of its own, not on the truth pages' lines."""

from __future__ import annotations

from typing import Any

from scraper.entities import extract_text


def candidates(body: str, title: str = "Results") -> dict[str, tuple[Any, ...]]:
    return {c["name"]: (c["party"], c["votes"], c["elected"]) for c in extract_text(title, body)["candidates"]}


def seat_totals(body: str, title: str = "Results") -> dict[str, int]:
    return {t["party"]: t["seats"] for t in extract_text(title, body)["seat_totals"]}


def test_a_commons_tally_may_hold_more_seats_than_a_council() -> None:
    body = "State of play, 580 of 650 seats in: Labour 301, Conservatives 208, SNP 31, Lib Dems 19, Greens 1."
    assert seat_totals(body) == {
        "Labour": 301,
        "Conservative": 208,
        "SNP": 31,
        "Liberal Democrats": 19,
        "Green Party": 1,
    }


def test_a_tally_naming_the_speakers_seat_is_the_commons() -> None:
    body = "The full picture is in: Conservatives 317, Labour 262, SNP 35, Lib Dems 12, DUP 10, Speaker 1."
    assert seat_totals(body)["Conservative"] == 317


def test_large_figures_on_a_line_without_a_commons_mark_are_still_votes() -> None:
    assert seat_totals("Count result: Conservatives 365, Labour 202, Greens 41, Lib Dems 11.") == {}


def test_figures_adding_up_to_more_than_the_commons_are_votes_even_beside_a_mark() -> None:
    assert seat_totals("MPs' home seat result: Labour 612, Conservatives 488, Greens 70.") == {}


def test_a_tally_line_mixing_names_and_abbreviations_reads_both() -> None:
    body = "With 420 of 650 constituencies declared, seats stand at: Con 211, Lab 170, SNP 25, LD 8, DUP 4, SF 2."
    assert seat_totals(body) == {
        "Conservative": 211,
        "Labour": 170,
        "SNP": 25,
        "Liberal Democrats": 8,
        "DUP": 4,
        "Sinn Féin": 2,
    }


def test_sf_and_brexit_are_abbreviations_in_a_result_list() -> None:
    body = "Foyle result:\nOrla Dempsey (SF) 14,220\nGerard Quigley (Brexit) 1,202\nSF hold."
    got = candidates(body)
    assert got["Orla Dempsey"][:2] == ("Sinn Féin", 14220)
    assert got["Gerard Quigley"][:2] == ("Brexit Party", 1202)


def test_a_bare_tally_after_an_exit_poll_sentence_is_a_forecast() -> None:
    body = "The exit poll has the Conservatives on 302. Labour 240, Lib Dems 28, SNP 41, Greens 2."
    assert seat_totals(body) == {}


def test_a_bare_tally_after_a_sentence_of_results_is_counted() -> None:
    body = "The exit poll was close. With 601 of 650 seats declared: Labour 240, Conservatives 290, SNP 41."
    assert seat_totals(body) == {"Labour": 240, "Conservative": 290, "SNP": 41}


def test_seats_won_within_one_nation_are_not_a_partys_seats_on_the_body() -> None:
    assert seat_totals("Plaid Cymru now hold four of Wales's 32 seats, Labour 27.") == {}
    assert seat_totals("Labour were reduced to one seat in Scotland, the SNP winning 44.") == {}
    assert seat_totals("With all 18 Northern Ireland seats in, the DUP have eight and Sinn Féin seven.") == {}


def test_a_parliaments_seats_in_scotland_still_count() -> None:
    assert seat_totals("The SNP now have 61 seats in Scotland's parliament.") == {"SNP": 61}


def test_seats_still_to_come_are_no_partys_total() -> None:
    assert seat_totals("Conservatives ahead with 14 seats still to declare", title="Tories ahead") == {}


def test_a_commons_total_in_mps_after_had_or_takes() -> None:
    assert seat_totals("By then the Liberal Democrats had 58 MPs.") == {"Liberal Democrats": 58}
    assert seat_totals("Winning Brighton Pavilion takes the Greens to three MPs.") == {"Green Party": 3}


def wards(body: str, title: str = "Results") -> list[str]:
    return [w["name"] for w in extract_text(title, body)["wards"]]


def test_places_lost_by_cabinet_ministers_are_constituencies() -> None:
    body = "Two cabinet ministers are out: Ann Crowe lost Fenmoor and Haxby to Labour's Ian Pell."
    assert wards(body) == []


def test_a_post_counting_a_nations_seats_at_westminster_names_constituencies() -> None:
    body = (
        "Labour have won 18 of Wales's 32 seats. In Cardiff, Labour held Cardiff Bay, where Rhys Owen beat Plaid's Non"
        " Jones."
    )
    assert wards(body) == []


def test_a_council_post_mentioning_a_cabinet_minister_keeps_its_wards() -> None:
    body = (
        "Labour held the Abbey ward on Barrow Council, where the cabinet minister campaigned. Sue Marr won 912 votes."
    )
    assert wards(body) == ["Abbey"]


def test_a_ticker_line_naming_its_winner_in_a_bracket() -> None:
    body = "Gains in the last hour:\nHollins Park - Lab gain from Con (Dev Patel)\nCon hold: Eastwick (Mary Oduya)."
    assert candidates(body) == {"Dev Patel": ("Labour", None, True), "Mary Oduya": ("Conservative", None, True)}


def test_a_bracket_after_a_verdict_that_is_no_name_is_no_candidate() -> None:
    assert candidates("Hollins Park - Lab gain from Con (recount)") == {}


def test_a_party_before_a_role_of_several_words_is_the_persons() -> None:
    body = "Former Labour prime minister Ada Blake has lost Eastmere to the Lib Dems' Jon Carr by 412 votes."
    assert candidates(body)["Ada Blake"] == ("Labour", None, False)
    body = "Conservative party chairman Tim Rowe has held Westcliff by 95 votes."
    assert candidates(body)["Tim Rowe"] == ("Conservative", None, True)
    assert candidates("Labour shadow minister Pam Okoye held Ravensby by 300 votes.")["Pam Okoye"][0] == "Labour"


def test_the_person_a_seat_has_gone_to_or_a_loser_loses_to_won() -> None:
    assert candidates("Eastmere has gone to the Greens' Ola Berg by 88 votes.") == {
        "Ola Berg": ("Green Party", None, True)
    }
    got = candidates("Ravensby: Lab gain from Con. Hugh Dyer loses to Asha Rai by 2,040 votes.")
    assert got["Asha Rai"][2] is True
    assert got["Hugh Dyer"][2] is False


def test_a_winner_named_in_prose_above_a_list_leaves_the_list_the_losers() -> None:
    body = (
        "The Greens' Nia Fox has taken Southmoor.\n"
        "Nia Fox, Green: 18,404\nOwen Lake, Labour: 15,222\nRuth Ng, Reform UK: 6,010"
    )
    assert candidates(body) == {
        "Nia Fox": ("Green Party", 18404, True),
        "Owen Lake": ("Labour", 15222, False),
        "Ruth Ng": ("Reform UK", 6010, False),
    }


def test_the_party_placed_second_is_the_party_of_the_name_after_with() -> None:
    body = "Labour's Ann Hale held Northgate with 16,200 votes. The Greens finished second, with Tom Ives on 7,310."
    assert candidates(body)["Tom Ives"] == ("Green Party", 7310, False)


def test_a_beaten_candidate_after_a_gain_verdict_stood_for_the_party_it_was_gained_from() -> None:
    body = "Elmford: LD gain from Con. Long-time MP Roy Hatch loses to Kim Sato by 3,120 votes."
    got = candidates(body)
    assert got["Roy Hatch"] == ("Conservative", None, False)
    assert got["Kim Sato"] == ("Liberal Democrats", None, True)


def test_the_party_of_a_past_win_is_not_the_winners_party_now() -> None:
    assert candidates("Rhona Platt has held Kelham, the seat she won for Labour in 2017.") == {
        "Rhona Platt": (None, None, True)
    }
    assert candidates("Rhona Platt has held Kelham for Labour in a tight count.")["Rhona Platt"][0] == "Labour"


def test_ticker_lines_with_majorities_of_thousands_are_constituencies() -> None:
    body = "Declared since midnight:\nHolmbrook - Lab gain from Con. Majority 5,312\nFenby - Con hold. Majority 8,090"
    assert wards(body) == []


def test_ticker_lines_with_a_wards_majority_keep_their_wards() -> None:
    body = "Declared since midnight:\nHolmbrook - Lab gain from Con. Majority 312\nFenby - Con hold. Majority 1,090"
    assert wards(body) == ["Holmbrook", "Fenby"]


def test_a_second_party_after_an_mps_total_shares_it() -> None:
    body = "By 4am the Conservatives had 88 MPs and the SNP 31."
    assert seat_totals(body) == {"Conservative": 88, "SNP": 31}


def test_a_place_held_or_gained_after_with_is_no_candidate() -> None:
    body = "Plaid now have four MPs, with Ceredigion Preseli held and Caerfyrddin gained."
    assert candidates(body) == {}


def test_a_person_elected_after_with_is_still_a_candidate() -> None:
    assert candidates("The Greens took the seat, with Jo Hart elected.") == {"Jo Hart": ("Green Party", None, True)}


def test_a_beaten_candidate_stood_for_the_one_party_the_post_says_seats_were_taken_from() -> None:
    body = (
        "The Greens have gained two seats from Labour. In Hollowfield, Mia Stone beat the sitting MP Dan Orr by 406"
        " votes."
    )
    assert candidates(body)["Dan Orr"] == ("Labour", None, False)


def test_no_party_is_given_when_seats_were_taken_from_several() -> None:
    body = (
        "The Greens took a seat from Labour and gained one from the Conservatives. In Hollowfield, Mia Stone beat the"
        " sitting MP Dan Orr by 406 votes."
    )
    assert candidates(body)["Dan Orr"][0] is None
