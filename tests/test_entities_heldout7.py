"""Results-coverage wordings found missing by the blind held-out sets fixtures/truth/heldout-7x-*: each rule is
tested on wording of its own, not on the truth pages' lines."""

from __future__ import annotations

from typing import Any

from scraper.clean import classify_line
from scraper.entities import extract_text


def people(body: str, title: str = "Results") -> dict[str, tuple[Any, Any, Any]]:
    """name -> (party, votes, elected) of every candidate found."""
    return {c["name"]: (c["party"], c["votes"], c["elected"]) for c in extract_text(title, body)["candidates"]}


def councils(body: str, title: str = "Results") -> list[str]:
    return [c["name"] for c in extract_text(title, body)["councils"]]


def wards(body: str, title: str = "Results") -> list[str]:
    return [w["name"] for w in extract_text(title, body)["wards"]]


def seats(body: str, title: str = "Results") -> set[tuple[str, int]]:
    return {(s["party"], s["seats"]) for s in extract_text(title, body)["seat_totals"]}


def test_stv_ballot_paper_descriptions_in_a_result_list() -> None:
    body = (
        "Ward 5 - Kelvinside, three to elect:\n"
        "Moira Dunlop (Scottish Conservative and Unionist) 1,870 - elected at stage 3\n"
        "Jamie Orr (Scottish National Party (SNP)) 2,311 - elected at stage 1\n"
        "Tariq Aziz (Scottish Labour Party) 1,402 - elected at stage 6\n"
        "Shona Bell (Alba Party for independence) 64"
    )
    got = people(body)
    assert got["Moira Dunlop"] == ("Conservative", 1870, True)
    assert got["Jamie Orr"] == ("SNP", 2311, True)
    assert got["Tariq Aziz"] == ("Labour", 1402, True)
    assert got["Shona Bell"] == ("Alba Party", 64, False)


def test_a_council_in_brackets_after_a_ward_is_not_glued_to_it() -> None:
    body = "Count in Ward 2 - Carse of Gowrie (Perth and Kinross Council) has finished: four councillors elected."
    assert councils(body) == ["Perth and Kinross Council"]


def test_the_party_after_an_opening_clause_is_the_last_sentence_s_party() -> None:
    body = (
        "The Lib Dems have kept Eastleigh Borough Council.\nWith every ward counted, the party has 31 of the 39 seats."
    )
    assert seats(body) == {("Liberal Democrats", 31)}


def test_there_is_one_independent_after_the_parties_totals() -> None:
    body = "Labour has 28 seats on Wirral Council, the Greens 12 and there are now three independents."
    assert seats(body) == {("Labour", 28), ("Green Party", 12), ("Independent", 3)}
    assert ("Independent", 2) not in seats("Voters in Hoylake have two independent candidates to choose from.")


def test_a_final_tally_of_abbreviated_parties() -> None:
    assert seats("All 17 wards are in.\nFinal tally: Con 29, LD 14, Grn 2.") == {
        ("Conservative", 29),
        ("Liberal Democrats", 14),
        ("Green Party", 2),
    }


def test_a_bare_line_of_pairs_under_a_control_line() -> None:
    body = "Plymouth City Council: Labour hold.\nLab 42, Con 9, Ind 6."
    assert seats(body) == {("Labour", 42), ("Conservative", 9), ("Independent", 6)}
    # under a ward's line the same shape is a vote count
    assert seats("Parish council by-election, Crewe ward:\nLab 88, Con 61.") == set()


def test_seats_won_in_a_multi_member_ward_are_not_a_council_total() -> None:
    body = "Ward 4 - Govan elects four councillors to Glasgow City Council."
    assert seats(body, "SNP win two seats in Govan") == set()


def test_a_village_opened_by_new_is_a_place_not_a_person() -> None:
    body = "Independent Carol Pike held Brierley and New Farnley with 1,140 votes."
    assert people(body) == {"Carol Pike": ("Independent", 1140, True)}
    assert wards(body) == ["Brierley and New Farnley"]


def test_a_mayoralty_is_not_a_ward() -> None:
    body = "Labour's Ian Tovey is the new West of England mayor, polling 72,004 votes."
    assert wards(body, "Tovey elected in West of England") == []


def test_the_first_town_of_a_council_is_not_a_ward() -> None:
    body = "Labour won 40 seats on Brighton and Hove City Council."
    assert wards(body, "Labour extend majority in Brighton") == []


def test_a_pair_of_wards_split_when_the_body_names_the_first_alone() -> None:
    body = "The Lib Dems have taken Kings Hill North and Ryarsh from the Tories. In Kings Hill North, Amy Cole won."
    assert wards(body) == ["Kings Hill North", "Ryarsh"]


def test_a_list_of_party_name_and_votes_after_the_winner() -> None:
    body = (
        "Labour's Ruth Okafor is elected mayor of Bristol with 48,112 votes.\n"
        "Green Tom Hale 40,930; Conservative Jane Pryor-Wells 12,077; Lib Dem Sam Quinn 9,104."
    )
    got = people(body)
    assert got["Ruth Okafor"] == ("Labour", 48112, True)
    assert got["Tom Hale"] == ("Green Party", 40930, False)
    assert got["Jane Pryor-Wells"] == ("Conservative", 12077, False)
    assert got["Sam Quinn"] == ("Liberal Democrats", 9104, False)


def test_a_running_mate_shares_the_party_of_the_candidate_before() -> None:
    body = "SNP councillor Ewan Rae was re-elected at stage 1, and his running mate Isla Forbes took the third seat."
    got = people(body)
    assert got["Ewan Rae"][0] == "SNP"
    assert got["Isla Forbes"] == ("SNP", None, True)


def test_won_only_a_few_first_preferences_is_not_a_win() -> None:
    body = "Green Ally Doig won just 240 first-preference votes in Ward 6 - Forth and was excluded at stage 3."
    assert people(body)["Ally Doig"][2] is False


def test_candidates_neck_and_neck_at_the_count() -> None:
    body = "Agents at the Kidsgrove count say Green Hannah Birch and Labour's Omar Sadiq are still neck and neck."
    assert people(body) == {"Hannah Birch": ("Green Party", None, None), "Omar Sadiq": ("Labour", None, None)}


def test_council_areas_listed_before_councils() -> None:
    body = "Seats are up on Bolton, Bury, Oldham and Tameside councils tonight."
    assert councils(body) == ["Bolton Council", "Bury Council", "Oldham Council", "Tameside Council"]
    assert councils("Seats are up on Labour and Conservative councils tonight.") == []


def test_a_council_area_with_and_in_its_name_stays_whole_in_a_list() -> None:
    body = "Counting is under way for Brighton and Hove and Adur councils."
    assert councils(body) == ["Brighton and Hove Council", "Adur Council"]


def test_a_sitting_mayor_seeking_another_term_is_a_candidate() -> None:
    body = "The Labour mayor, Joanne Pike, who is seeking a second term, would not be drawn on the result."
    assert people(body) == {"Joanne Pike": ("Labour", None, None)}
    assert people("The Labour mayor, Joanne Pike, who is not seeking re-election, said little.") == {}


def test_a_party_that_picks_up_a_ward_is_its_winner_s_party() -> None:
    body = "The Lib Dems also pick up Hook, where Priya Shah defeated Labour's Ed Moss."
    got = people(body)
    assert got["Priya Shah"] == ("Liberal Democrats", None, True)
    assert wards(body) == ["Hook"]


def test_the_party_whose_losses_or_defeat_the_sentence_names() -> None:
    assert people("Among the Labour casualties was deputy leader Mo Reid, beaten in Castle.")["Mo Reid"][0] == "Labour"
    body = "Reform lost Brinsworth, where Labour's Kay Tulip unseated Jim Platt by 40 votes."
    assert people(body)["Jim Platt"] == ("Reform UK", None, False)


def test_votes_for_the_party_s_candidate_named_after_a_comma() -> None:
    body = "Green Lou Gibson won Abbey with 903 votes, against 540 for the Labour candidate, Dev Patel."
    got = people(body)
    assert got["Lou Gibson"] == ("Green Party", 903, True)
    assert got["Dev Patel"] == ("Labour", 540, False)


def test_a_skip_line_naming_an_account_by_its_display_name_is_boilerplate() -> None:
    assert classify_line("Skip facebook post by Redcar and Cleveland Council") == "embed_skip"
    assert classify_line("End of twitter post by Hull City Council") == "embed_skip"
    assert classify_line("Skip to the results for Hull City Council") is None


def test_alba_alone_is_the_party_but_not_bbc_alba() -> None:
    assert people("Alba's Morven Ure polled 212 votes and was eliminated.")["Morven Ure"] == ("Alba Party", 212, False)
    assert extract_text("Coverage", "Watch the count live on BBC Alba tonight.")["parties"] == []
