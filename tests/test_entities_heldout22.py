"""Results-coverage wordings found missing by the blind held-out sets fixtures/truth/heldout-22x-* (a Westminster
by-election night with a long ballot paper; a combined general and local election night): each rule is tested on
wording of its own, not on the truth pages' lines."""

from __future__ import annotations

from typing import Any

from scraper.entities import extract_text


def candidates(body: str, title: str = "Results") -> dict[str, tuple[Any, ...]]:
    return {c["name"]: (c["party"], c["votes"], c["elected"]) for c in extract_text(title, body)["candidates"]}


def seat_totals(body: str, title: str = "Results") -> dict[str, int]:
    return {t["party"]: t["seats"] for t in extract_text(title, body)["seat_totals"]}


def test_fringe_parties_of_a_parliamentary_ballot_are_parties() -> None:
    body = (
        "Result of the Northfold by-election:\n"
        "Gemma Rudd (English Democrats) 212\n"
        "Owen Pike (Climate Party) 88\n"
        "Lady Fizz Whistle (Official Monster Raving Loony Party) 301\n"
        "Carla Dunne (Labour) 15,002 elected"
    )
    got = candidates(body)
    assert got["Gemma Rudd"][:2] == ("English Democrats", 212)
    assert got["Owen Pike"][:2] == ("Climate Party", 88)
    assert got["Fizz Whistle"][:2] == ("Official Monster Raving Loony Party", 301)


def test_short_forms_of_small_parties_in_a_ballot_list() -> None:
    body = "Standing in the by-election:\nRuth Okafor (CPA)\nDes Malley (Heritage)\nIvan Shaw (Workers Party)"
    got = candidates(body)
    assert got["Ruth Okafor"][0] == "Christian Peoples Alliance"
    assert got["Des Malley"][0] == "Heritage Party"
    assert got["Ivan Shaw"][0] == "Workers Party of Britain"


def test_a_declaration_table_prints_the_surname_first_in_capitals() -> None:
    body = (
        "Declaration of result, Kestrel Vale:\n"
        "DOYLE-MARTIN, Helen (Labour Party) 9,412\n"
        "MCKAY, Ross James (Conservative Party) 10,077 ELECTED\n"
        "O'BRIEN, Niamh (Green Party) 1,220"
    )
    assert candidates(body) == {
        "Helen Doyle-Martin": ("Labour", 9412, False),
        "Ross James McKay": ("Conservative", 10077, True),
        "Niamh O'Brien": ("Green Party", 1220, False),
    }


def test_a_capitalised_label_before_a_comma_is_no_surname() -> None:
    assert candidates("Council results\nUPDATE, Sandwell (Labour) 41 seats\nLATEST, Dover (Conservative) hold") == {}


def test_the_candidates_a_declaration_does_not_name_duly_elected_lost() -> None:
    body = (
        "Votes cast: Marcus Lyle, Reform UK, 6,004. Aled Rees, Plaid Cymru, 2,115.\n"
        "The returning officer then declared that Joan Petrie, Labour, was duly elected."
    )
    assert candidates(body, "Glanrafon by-election") == {
        "Marcus Lyle": ("Reform UK", 6004, False),
        "Aled Rees": ("Plaid Cymru", 2115, False),
        "Joan Petrie": ("Labour", None, True),
    }


def test_without_a_declaration_a_winner_without_figures_decides_no_one_else() -> None:
    body = (
        "Votes cast: Marcus Lyle, Reform UK, 6,004. Aled Rees, Plaid Cymru, 2,115.\nJoan Petrie of Labour was elected."
    )
    got = candidates(body, "Glanrafon by-election")
    assert got["Marcus Lyle"][2] is None
    assert got["Aled Rees"][2] is None


def test_a_labelled_tally_line_with_changes_gives_seat_totals() -> None:
    body = "Rother District Council has a new majority party.\nFinal tally: Lib Dems 24 (+11), Con 9 (-12), Ind 5 (+1)."
    assert seat_totals(body) == {"Liberal Democrats": 24, "Conservative": 9, "Independent": 5}
    named = "Counting is over in Rother.\nRother District Council: Green 6 (+4), Lab 8 (-1), Con 10 (-3)"
    assert seat_totals(named) == {"Green Party": 6, "Labour": 8, "Conservative": 10}


def test_a_labelled_line_of_vote_shares_with_changes_is_no_tally() -> None:
    body = "Rother District Council count is done.\nShare of the vote: Lib Dems 38 (+9), Con 27 (-8), Lab 15 (+1)."
    assert seat_totals(body) == {}


def test_a_sentence_going_on_about_an_exit_poll_is_a_forecast_too() -> None:
    body = (
        "The exit poll has Labour as the largest party on 288 seats. It gives the Conservatives 201 and the "
        "Lib Dems 40. They have 612 MPs between them."
    )
    assert seat_totals(body) == {}


def test_a_pronoun_after_a_sentence_that_forecasts_nothing_still_gives_totals() -> None:
    body = "With 640 of 650 seats declared, Labour have won. It has 410 seats in the Commons, the Conservatives 119."
    assert seat_totals(body)["Labour"] == 410


def test_two_parties_sharing_a_figure_without_a_verb() -> None:
    body = (
        "The Greens won 19 of the 40 seats on Rother District Council. Labour has nine, and the Tories and "
        "independents six apiece."
    )
    got = seat_totals(body)
    assert got["Conservative"] == 6
    assert got["Independent"] == 6
    assert got["Labour"] == 9


def test_a_shared_figure_of_votes_is_no_seat_total() -> None:
    body = (
        "The Greens won 19 of the 40 seats on Rother District Council. In Bexhill the Tories and Labour polled 600 "
        "votes each."
    )
    assert "Labour" not in seat_totals(body)


def councils(body: str, title: str = "Results") -> list[str]:
    return [c["name"] for c in extract_text(title, body)["councils"]]


def test_verdict_lines_under_a_line_about_constituencies_name_no_council() -> None:
    body = "The constituencies to have declared in the county:\nWigan - Lab hold\nBolton - Con gain from Lab"
    assert councils(body) == []


def test_verdict_lines_of_a_council_night_still_name_councils() -> None:
    body = "Councils declared so far:\nWigan - Lab hold\nBolton - Con gain from Lab"
    assert councils(body) == ["Wigan Council", "Bolton Council"]


def test_a_headline_saying_a_candidate_fails_to_win_is_a_defeat() -> None:
    body = "Ruth Abbot of the Greens, standing for the third time, came close but finished second on 8,211 votes."
    got = candidates(body, "Abbot fails to win Dunmere again")
    assert got["Ruth Abbot"][2] is False


def test_a_past_elections_figure_after_the_votes_is_no_candidates() -> None:
    body = "The retiring MP, Dame Olive Tarrant, won 24,118 votes there in 2017, a majority of 9,000."
    assert candidates(body, "Wexmoor by-election") == {}


def test_a_candidate_in_a_clause_about_a_past_year_is_none_of_this_count() -> None:
    body = "Labour were runners-up in 2019, when their candidate, Dev Raman, polled 11,870 votes. Tonight it is close."
    assert candidates(body, "Wexmoor by-election") == {}


def test_this_counts_figure_beside_a_year_in_another_clause_stays() -> None:
    body = "Dev Raman polled 11,870 votes, the party's best result here since 1997."
    assert candidates(body, "Wexmoor by-election")["Dev Raman"][1] == 11870


def wards(body: str, title: str = "Results") -> list[str]:
    return [w["name"] for w in extract_text(title, body)["wards"]]


def test_a_possessive_after_and_in_a_wards_name_is_part_of_it() -> None:
    body = "The Greens have won the Eastry and Sutton's Cross ward by-election on Dover District Council."
    assert wards(body) == ["Eastry and Sutton's Cross"]


def test_a_towns_possessive_before_its_ward_is_still_dropped() -> None:
    body = "The Greens have won Deal's Middle Street ward from Labour on Dover District Council."
    assert wards(body) == ["Middle Street"]


def test_a_sentence_adverb_before_a_name_is_not_part_of_it() -> None:
    got = candidates("Elsewhere Tom Ridley held Ashvale for the Conservatives with 21,400 votes.")
    assert got == {"Tom Ridley": ("Conservative", 21400, True)}


def test_a_present_tense_beats_names_the_loser_after_the_party() -> None:
    got = candidates("Lena Shaw beats the Liberal Democrat Owain Pryce-Jones by 96 votes.", "Councillor by-election")
    assert got["Owain Pryce-Jones"] == ("Liberal Democrats", None, False)
    got = candidates("Lena Shaw pips the Liberal Democrat Owain Pryce-Jones by 9 votes.", "Councillor by-election")
    assert got["Owain Pryce-Jones"][2] is False


def test_a_margin_given_as_fewer_than_a_figure_is_no_count_of_votes() -> None:
    got = candidates("Green Mia Frost held Linden ward, ahead of the Tory Ed Vane by fewer than 90 votes.")
    assert got["Ed Vane"][1] is None
    got = candidates("Green Mia Frost held Linden ward, ahead of the Tory Ed Vane by more than 900 votes.")
    assert got["Ed Vane"][1] is None


def test_a_newspapers_title_is_no_person() -> None:
    body = (
        "A poll for the Kentish Gazette last week put the Greens on 30%, Labour on 28% and the Tories on 25%. "
        "The Greens need a swing of just 2 points to take the seat."
    )
    assert candidates(body, "Polls ahead of the count") == {}


def test_figures_read_out_in_quotation_marks_are_a_result_list() -> None:
    body = (
        'The returning officer announced: "Gwen Ashby, Green Party, 2,204. Ian Cole, Labour, 4,118." [Applause.] '
        '"Rhys Moss, Reform UK, 3,990."'
    )
    got = candidates(body, "Northwick by-election")
    assert got["Gwen Ashby"][:2] == ("Green Party", 2204)
    assert got["Ian Cole"][:2] == ("Labour", 4118)
    assert got["Rhys Moss"][:2] == ("Reform UK", 3990)


def test_a_nickname_in_quotation_marks_is_not_blanked_into_a_name() -> None:
    got = candidates('Tom "Tiger" Oduya (Ind) polled 301 votes in Northwick ward.', "Northwick by-election")
    assert not any("Tiger" in name for name in got)


def test_votes_polled_for_a_party_give_the_names_party() -> None:
    got = candidates("In Holmwood ward, Ada Firth polled 1,412 votes for the Greens, a record for the party.")
    assert got["Ada Firth"][:2] == ("Green Party", 1412)


def test_a_rivals_figure_for_a_party_gives_the_name_no_party() -> None:
    got = candidates("Ada Firth won Holmwood ward with 1,412 votes to 980 votes for Reform UK's Ken Platt.")
    assert got["Ada Firth"][0] != "Reform UK"


def test_a_victory_speech_is_a_winners() -> None:
    got = candidates("The Liberal Democrat Hal Brennan gave his victory speech shortly after 4am in Castleford ward.")
    assert got["Hal Brennan"] == ("Liberal Democrats", None, True)


def test_a_speech_of_another_kind_decides_nothing() -> None:
    got = candidates(
        "The Liberal Democrat Hal Brennan gave his concession speech shortly after 4am in Castleford ward."
    )
    assert got.get("Hal Brennan", (None, None, None))[2] is not True


def test_the_countys_seats_in_a_post_about_the_commons_name_no_county_council() -> None:
    body = "With 640 of 650 seats in, Labour has a majority. In Norfolk, Labour took six of the county's nine seats."
    assert councils(body, "Commons majority") == []


def test_the_county_in_a_post_about_its_council_still_names_it() -> None:
    body = "In Norfolk, Reform UK took 40 of the county's 84 seats and now run the county."
    assert councils(body, "Reform take Norfolk") == ["Norfolk County Council"]


def test_a_declaration_in_one_ward_of_a_round_up_decides_no_other_wards_seat() -> None:
    body = (
        "In Abbey ward, the returning officer declared Jo Parr duly elected.\n"
        "In Castle ward, Tim Roe, Labour, 900. Al Fry, Conservative, 600."
    )
    got = candidates(body, "Kelby council by-elections")
    assert got["Al Fry"][2] is not False


def test_a_labelled_line_of_one_wards_seats_is_no_council_tally() -> None:
    body = "Rother District Council results are in.\nCentral ward: Lib Dems 2 (+1), Con 1 (-1)."
    assert seat_totals(body) == {}


def test_an_mp_named_earlier_in_a_council_post_leaves_its_verdict_lines_councils() -> None:
    body = (
        "Local MPs turned up at the count in Wigan.\nCouncils declared so far:\nWigan - Lab hold\n"
        "Bolton - Con gain from Lab"
    )
    assert councils(body) == ["Wigan Council", "Bolton Council"]
