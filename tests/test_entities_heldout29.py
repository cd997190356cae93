"""Results-coverage wordings found missing by the blind held-out sets fixtures/truth/heldout-29x-* (a general
election night's seats named bare; residents' associations and local groups written short after their first
mention): each rule is tested on wording of its own, not on the truth pages' lines, with the near-misses it must
not read."""

from __future__ import annotations

from typing import Any

from scraper.entities import extract_text


def candidates(body: str, title: str = "Results") -> dict[str, tuple[Any, ...]]:
    return {c["name"]: (c["party"], c["votes"], c["elected"]) for c in extract_text(title, body)["candidates"]}


def wards(body: str, title: str = "Results") -> list[str]:
    return [w["name"] for w in extract_text(title, body)["wards"]]


# --- a local group's initials in a result list --------------------------------------------------------------


def test_a_groups_initials_in_a_lists_bracket_stand_for_the_group_the_post_spells_out() -> None:
    body = (
        "The Ashford Park Residents' Association (APRA) has held Cranleigh Road ward.\n"
        "Mavis Oduya (APRA) 1,204\nGeoff Tilling (Con) 866\nAnna Kowalczyk (Lab) 190"
    )
    got = candidates(body)
    assert got["Mavis Oduya"] == ("Ashford Park Residents' Association", 1204, True)
    assert got["Geoff Tilling"] == ("Conservative", 866, False)
    assert wards(body) == ["Cranleigh Road"]  # the initials in the bracket are no ward


def test_initials_that_skip_the_small_words_and_stop_before_an_of_place() -> None:
    body = (
        "The Residents Group of Sandown and Lake held all three seats in Broadway ward.\n"
        "Kit Marlowe (RG) 1,502\nJo Ince (RG) 1,466\nSal Petrie (RG) 1,390\nTom Oakes (Con) 640"
    )
    got = candidates(body)
    assert got["Kit Marlowe"] == ("Residents Group of Sandown and Lake", 1502, True)
    assert got["Sal Petrie"] == ("Residents Group of Sandown and Lake", 1390, True)
    assert got["Tom Oakes"] == ("Conservative", 640, False)
    body = "The Hatch End and Pinner Village Society gained Hatch End ward.\nPaul Ries (HEPVS) 990\nRuth Dean (Lab) 702"
    assert candidates(body)["Paul Ries"][:2] == ("Hatch End and Pinner Village Society", 990)


def test_initials_no_group_of_the_post_spells_are_not_read_as_a_party() -> None:
    # (no group named: the bracket is read as before, a ward after the name, and no party is made up)
    body = "Ward result:\nMavis Oduya (APRA) 1,204\nGeoff Tilling (Con) 866"
    assert candidates(body).get("Mavis Oduya", (None,))[0] is None
    # ("RA" names a residents' association by its kind, not its initials: with two in the post, which one is not
    # known; with one, it is that one, see test_entities_left49)
    body = (
        "The Molesey Residents' Association held Molesey North and the Thames Ditton Residents' Association held "
        "Thames Ditton.\nKay Furness (RA) 1,120\nDev Shah (Con) 870"
    )
    assert candidates(body).get("Kay Furness", (None,))[0] is None
    # (two groups with the same initials: which one is not known)
    body = (
        "The Hythe Residents Association and the Hamble Rural Alliance both stood in Abbey ward.\n"
        "Ann Pole (HRA) 701\nBob Kerr (Con) 650"
    )
    assert candidates(body).get("Ann Pole", (None,))[0] is None


def test_a_groups_bracketed_initials_do_not_hide_its_win() -> None:
    body = "The Oakwood Independent Group (OIG) has gained Oakwood ward.\nPat Quirke (OIG) 812\nLen Moss (Lab) 799"
    got = candidates(body)
    assert got["Pat Quirke"] == ("Oakwood Independent Group", 812, True)
    assert got["Len Moss"] == ("Labour", 799, False)


# --- a local group's initials in a shorthand council result ----------------------------------------------------


def seats(body: str, title: str = "Results") -> dict[str, int]:
    return {s["party"]: s["seats"] for s in extract_text(title, body)["seat_totals"]}


def test_a_groups_initials_in_a_shorthand_council_result_are_the_groups_seats() -> None:
    body = (
        "The Hayling Island Residents Group (HIRG) has taken control of Havant Borough Council.\n"
        "Final result: HIRG 21, Con 12, LD 5."
    )
    assert seats(body) == {"Hayling Island Residents Group": 21, "Conservative": 12, "Liberal Democrats": 5}
    # (a line of pairs alone under the line on who controls the council)
    body = (
        "Rother District Council stays under no overall control.\nLD 12, Con 10, RIG 7, Lab 5.\n"
        "The Rother Independent Group (RIG) is the third party."
    )
    assert seats(body) == {"Liberal Democrats": 12, "Conservative": 10, "Rother Independent Group": 7, "Labour": 5}


def test_initials_no_group_of_the_post_stands_for_are_no_seats() -> None:
    body = "Final result, Havant Borough Council: HBRG 21, Con 12, LD 5."
    assert seats(body) == {"Conservative": 12, "Liberal Democrats": 5}
    # (unknown initials in a bare line: the line is not read, as before)
    body = "Rother District Council stays under no overall control.\nLD 12, Con 10, RIG 7, Lab 5."
    assert seats(body) == {}


# --- a parliamentary seat named bare ---------------------------------------------------------------------------


def test_a_seat_polled_like_a_constituency_is_none_though_its_winner_was_once_a_councillor() -> None:
    body = (
        "Labour have held Wansdyke Vale. Their candidate, Meg Arnott, a former councillor in Keynsham, "
        "took 21,406 votes."
    )
    assert wards(body, "Labour hold Wansdyke Vale") == []
    assert candidates(body)["Meg Arnott"] == ("Labour", 21406, True)


def test_a_majority_of_thousands_told_as_won_by_makes_a_seat_a_constituency() -> None:
    body = "The Conservatives have held Thornbury Moor. Their candidate, Ed Vane, won by 4,208 votes over Labour."
    assert wards(body) == []


def test_a_councillors_ward_with_a_wards_count_is_still_a_ward() -> None:
    # (a councillor, no ward word, a ward's count: the councillor's word is local still)
    body = "Reform UK's Jo Bell, a former Tory councillor, has gained Hollybank from Labour with 1,204 votes."
    assert wards(body) == ["Hollybank"]
    body = "Jo Bell, a former councillor, won Hollybank for Reform UK by 311 votes."
    assert wards(body) == ["Hollybank"]
    # (a council named beside the councillor: a ward, whatever the count)
    body = (
        "Labour's Ann Ree, a councillor since 2019, held Hollybank on Hull City Council with 2,104 votes, "
        "a majority of 1,502."
    )
    assert wards(body) == ["Hollybank"]
    # (a mayor's count is as large)
    body = "Labour's Kim Orr, a former councillor, has won the Tees Valley mayoralty with 61,204 votes."
    assert wards(body) == []


# --- a seat's majority is not a council's ----------------------------------------------------------------------


def test_a_hold_whose_sentence_gives_the_seats_majority_names_the_seats_winner() -> None:
    body = (
        "The Lib Dems have held Wellsford Downs, but their majority was cut to 2,310.\n"
        "The Lib Dems' Tara Finch polled 19,204 votes and Reform UK's Callum Ord 16,894."
    )
    got = candidates(body)
    assert got["Tara Finch"] == ("Liberal Democrats", 19204, True)
    assert got["Callum Ord"] == ("Reform UK", 16894, False)


def test_a_councils_majority_in_the_verdicts_sentence_still_keeps_it_from_the_seat() -> None:
    # ("a majority of 8" is a council's: the sentence says who runs the council, not who won the seat)
    body = (
        "Labour have held the council with a majority of 8.\n"
        "Labour's Ann Vey polled 1,204 votes and the Conservative Rob Hale 1,180."
    )
    got = candidates(body, "Results")
    assert got["Ann Vey"][2] is None and got["Rob Hale"][2] is None


# --- a count's standing told as reported -------------------------------------------------------------------------


def test_two_named_as_a_handful_of_votes_apart_or_fewer_than_n_apart_are_candidates_yet_undecided() -> None:
    body = (
        "A recount has been called in Oakmere, where Labour's Ros Tiller and the Greens' Al Penn are separated by "
        "fewer than 30 votes."
    )
    got = candidates(body)
    assert got["Ros Tiller"] == ("Labour", None, None) and got["Al Penn"] == ("Green Party", None, None)
    body = "Labour's Ros Tiller and the Greens' Al Penn are understood to be a few votes apart."
    assert set(candidates(body)) == {"Ros Tiller", "Al Penn"}


def test_two_said_to_be_apart_on_anything_but_votes_are_not_candidates() -> None:
    body = "Labour's Ros Tiller and the Greens' Al Penn are thought to be far apart on the housing plan."
    assert candidates(body) == {}
    body = "Labour's Ros Tiller and the Greens' Al Penn are separated by fewer than 30 miles."
    assert candidates(body) == {}


# --- '(Ind)' for a local Independents group the post says won ---------------------------------------------------


def test_the_top_independent_of_a_list_under_a_local_groups_win_is_the_groups_candidate() -> None:
    body = "The Cobham Independents have kept Downside ward.\nNell Arkwright (Ind) 1,310\nSimon Pike (Con) 702"
    got = candidates(body)
    assert got["Nell Arkwright"] == ("Cobham Independents", 1310, True)
    assert got["Simon Pike"] == ("Conservative", 702, False)


def test_an_independent_under_a_local_groups_win_stays_independent_unless_it_tops_the_poll() -> None:
    # (the group's win is told, but the independent listed is not its winner)
    body = "The Cobham Independents have kept Downside ward.\nSimon Pike (Con) 1,310\nNell Arkwright (Ind) 702"
    assert candidates(body)["Nell Arkwright"][0] == "Independent"
    # (no group won: a plain independent)
    body = "An independent has gained Downside ward.\nNell Arkwright (Ind) 1,310\nSimon Pike (Con) 702"
    assert candidates(body)["Nell Arkwright"][0] == "Independent"
    # (the group lost)
    body = (
        "The Conservatives have taken Downside ward from the Cobham Independents.\n"
        "Simon Pike (Con) 1,310\nNell Arkwright (Ind) 702"
    )
    assert candidates(body)["Nell Arkwright"][0] == "Independent"


# --- a win dated before this poll -------------------------------------------------------------------------------


def test_a_win_some_years_ago_or_at_the_last_election_is_no_candidates() -> None:
    body = "Labour have held Calder Moor, the seat Ann Royd won for the party six years ago."
    assert "Ann Royd" not in candidates(body)
    body = "The Conservatives have gained Tamar Vale, which Ed Lusk won at the last general election."
    assert "Ed Lusk" not in candidates(body)


def test_a_win_today_beside_a_past_one_is_a_candidates() -> None:
    body = "Ann Royd won Calder Moor for Labour with 1,204 votes. Six years ago she came last."
    assert candidates(body)["Ann Royd"] == ("Labour", 1204, True)
    body = "Ed Lusk, who lost at the last election, has won Tamar Vale for the Conservatives."
    assert candidates(body)["Ed Lusk"][2] is True


# --- 'the council' after a district named in its sentence -------------------------------------------------------


def councils(body: str, title: str) -> list[str]:
    return [c["name"] for c in extract_text(title, body)["councils"]]


def test_the_council_after_a_district_its_sentence_names_is_not_the_headlines_county_council() -> None:
    body = "In Dartford, the Conservatives have run the council since 2007 and are expected to hold on."
    assert councils(body, "Count day across Kent") == []


def test_the_council_with_no_district_before_it_is_still_the_headlines_county_council() -> None:
    body = "The Conservatives have held the council with 52 of the 81 seats."
    assert councils(body, "Count day across Kent") == ["Kent County Council"]
    body = "In Kent, the Conservatives have held the council with 52 of the 81 seats."
    assert councils(body, "Count day across Kent") == ["Kent County Council"]


# --- 'the X party, whose Y had ...' ------------------------------------------------------------------------------


def test_a_name_after_a_partys_whose_is_that_partys() -> None:
    body = "Labour's Ann Vey won with 1,210 votes, taking the seat from the Greens, whose Tom Hale had 904."
    got = candidates(body)
    assert got["Ann Vey"] == ("Labour", 1210, True)
    assert got["Tom Hale"] == ("Green Party", 904, False)
    body = "Labour's Ann Vey beat the Greens, whose candidate, Tom Hale, had held the seat since 2019."
    assert candidates(body)["Tom Hale"][0] == "Green Party"


def test_a_name_after_a_whose_clause_about_something_else_takes_no_party_from_it() -> None:
    body = (
        "Labour's Ann Vey won with 1,210 votes against the Greens, whose vote fell, and the independent Tom Hale "
        "on 904."
    )
    assert candidates(body)["Tom Hale"][0] == "Independent"


# --- a town of many seats is no ward -----------------------------------------------------------------------------


def test_a_place_holding_more_seats_than_a_ward_elects_is_no_ward() -> None:
    assert wards("The Lib Dems held all six seats in Farnham, and gained Haslemere East.") == ["Haslemere East"]
    assert wards("The Greens won five of the seven seats in Bridport.") == []


def test_a_multi_member_ward_or_a_northern_ireland_area_is_still_a_ward() -> None:
    assert wards("The Lib Dems held all three seats in Farnham Castle.") == ["Farnham Castle"]
    assert wards("The SNP took all four seats in Leith Walk.") == ["Leith Walk"]
    assert wards("The DUP won two of the six seats in Lisburn North.") == ["Lisburn North"]


# --- 'An independent, X, ...' at a sentence's start --------------------------------------------------------------


def test_an_independent_opening_a_sentence_before_a_name_is_the_names_label() -> None:
    body = "Labour held Hindley Green. An independent, Carl Mayo, was second with 1,022 votes."
    assert candidates(body)["Carl Mayo"] == ("Independent", 1022, False)


def test_an_independent_that_is_no_label_of_the_name_after_it_gives_none() -> None:
    # ('independent' as an adjective: an independent inquiry, review, report)
    body = "Labour held Hindley Green. An independent review, led by Carl Mayo, found the count was sound."
    assert "Carl Mayo" not in candidates(body)
    body = "Carl Mayo held Hindley Green for Labour with 1,022 votes. An independent had stood there in 2021."
    assert candidates(body)["Carl Mayo"][0] == "Labour"


# --- verdict lines of a parliament's seats --------------------------------------------------------------------------


def test_verdict_lines_mixing_council_areas_with_other_places_are_a_general_elections_seats() -> None:
    body = (
        "The latest declarations from Kent:\nDartford: Labour gain from Conservative\n"
        "Sittingbourne and Sheppey: Reform UK gain from Conservative\nFaversham and Mid Kent: Conservative hold\n"
        "Gravesham: Labour hold"
    )
    got = extract_text("Results", body)
    assert got["wards"] == [] and got["councils"] == []


def test_verdict_lines_of_councils_alone_or_of_wards_under_a_council_are_read_as_before() -> None:
    # (councils only: a council round-up)
    body = "Dartford: Con hold\nGravesham: Lab gain from Con\nSwale: NOC\nMaidstone: Con hold"
    assert [c["name"] for c in extract_text("Results", body)["councils"]] == [
        "Dartford Council",
        "Gravesham Council",
        "Maidstone Council",
    ]
    # (a council named: the lines are its wards, a council's area among them or not)
    body = (
        "Results so far on Dartford Borough Council:\nDarenth: Con hold\nJoyden's Wood: Con hold\n"
        "Dartford: Lab gain from Con"
    )
    assert "Darenth" in [w["name"] for w in extract_text("Results", body)["wards"]]


# --- 'X, the new P MP for Y' ----------------------------------------------------------------------------------------


def test_a_name_in_apposition_with_the_new_member_for_a_seat_was_elected_for_that_party() -> None:
    body = "Priya Lall, the new Green MP for Wyvern Downs, thanked the count staff."
    assert candidates(body) == {"Priya Lall": ("Green Party", None, True)}
    body = "The result was declared at 3am. Tom Eyre, the newly elected SNP MSP for Glenmoray, spoke briefly."
    assert candidates(body) == {"Tom Eyre": ("SNP", None, True)}
    # (the verb before names the winner; the apposition still gives the party)
    body = "Labour's leader congratulated Ann Lee, the new Labour MP for Hollybank Vale."
    assert candidates(body)["Ann Lee"] == ("Labour", None, True)


def test_a_former_member_or_a_new_leader_in_apposition_is_no_candidate() -> None:
    assert candidates("Priya Lall, the former Green MP for Wyvern Downs, said the party would be back.") == {}
    assert candidates("Priya Lall, the new Green leader, said the party had won seats across the county.") == {}
