"""Results-coverage wordings behind round 65x's leftovers (a party 'founded by' two people, ...): each rule is
tested on wording of its own, not on the truth pages' lines."""

from __future__ import annotations

from scraper.entities import extract_text


def test_people_who_founded_a_party_are_not_its_candidates() -> None:
    body = "The Green Party, founded by Ann Cole and Tom Reed, is standing in nine wards."
    assert extract_text("New on the ballot", body)["candidates"] == []


def test_a_person_standing_herself_is_still_a_candidate() -> None:
    body = "Ann Cole, a founder of the party, is standing in nine wards."
    assert [c["name"] for c in extract_text("New on the ballot", body)["candidates"]] == ["Ann Cole"]


def test_a_bare_figure_taken_before_a_dash_is_a_runners_tally() -> None:
    body = "Labour's Jo Parr held Eastgate. The Green candidate, Sam Hale, took 812 - double the party's 2019 share."
    hale = [c for c in extract_text("Labour hold", body)["candidates"] if c["name"] == "Sam Hale"]
    assert [(c["votes"], c["elected"]) for c in hale] == [(812, None)]


def test_a_figure_of_votes_taken_before_a_dash_is_still_a_win() -> None:
    body = "Sam Hale took 1,812 votes - a Green record in the ward."
    assert [c["elected"] for c in extract_text("Green gain", body)["candidates"]] == [True]


def test_a_verdict_whose_party_is_in_lower_case_gives_its_party() -> None:
    body = "A conservative hold in Eastgate: Jo Parr re-elected with 977 votes."
    assert [c["party"] for c in extract_text("Results", body)["candidates"]] == ["Conservative"]


def test_a_verdict_in_capitals_names_its_ward() -> None:
    body = "A REFORM UK GAIN from the Tories in Kelby Marsh. Sam Hale takes the seat with 1,020 votes."
    found = extract_text("Results", body)
    assert [w["name"] for w in found["wards"]] == ["Kelby Marsh"]
    assert [c["party"] for c in found["candidates"]] == ["Reform UK"]
    assert found["candidates"][0]["evidence"].startswith("Sam Hale takes")


def test_a_lower_case_verdict_after_a_place_makes_no_group_of_it() -> None:
    body = "The two independents kept both seats in Marsh End."
    parties = {p["name"] for p in extract_text("Kelby's independents hold Marsh End", body)["parties"]}
    assert parties == {"Independent"}


def test_a_place_with_its_verdict_in_apposition_is_its_winners_ward() -> None:
    body = "In Oak Hill, a Lib Dem gain from the Conservatives - Jo Parr elected with 1,312 votes."
    found = extract_text("More results", body)
    assert [w["name"] for w in found["wards"]] == ["Oak Hill"]
    assert [(c["name"], c["ward"]) for c in found["candidates"]] == [("Jo Parr", "Oak Hill")]


def test_a_returning_officers_notice_decides_its_own_ward_in_a_post_of_several() -> None:
    body = (
        "The Greens run the council with a majority of two, so if they lose two seats tonight, they lose control.\n"
        "I, Ann Moss, returning officer for the Kelby ward, give notice that the votes cast were as follows: "
        "HALE, Sam, Labour, 802. PARR, Jo, Green Party, 640. And I declare that Sam Hale is duly elected.\n"
        "In Oak Hill, Ann Cole won for the Lib Dems with 1,100 votes."
    )
    found = extract_text("Two more results", body)
    assert {c["name"]: c["elected"] for c in found["candidates"]}["Jo Parr"] is False


def test_a_sentence_of_names_and_figures_alone_is_a_counts_totals() -> None:
    body = "The Greens gain Marsh End by 40 votes. Jo Parr 1,212; Sam Hale 1,172; and Ann Cole 301."
    found = extract_text("Green gain", body)
    assert {c["name"]: c["votes"] for c in found["candidates"]} == {"Jo Parr": 1212, "Sam Hale": 1172, "Ann Cole": 301}


def test_a_lone_name_and_figure_is_no_tally() -> None:
    body = "The Greens gain Marsh End by 40 votes. Ann Cole 301."
    assert extract_text("Green gain", body)["candidates"] == []


def test_a_partys_place_then_with_names_its_candidate() -> None:
    body = "The Lib Dems, with no councillor in Kelby, finished a close second, with Jo Parr polling 877."
    found = extract_text("Labour hold", body)
    assert [(c["name"], c["party"]) for c in found["candidates"]] == [("Jo Parr", "Liberal Democrats")]


def test_turning_one_partys_majority_into_anothers_wins_the_seat_for_it() -> None:
    body = "Oak Hill went the other way: Sam Hale turned a Lib Dem majority of 96 into a Reform UK one of 1,040."
    found = extract_text("Results", body)
    assert [(c["name"], c["party"], c["elected"]) for c in found["candidates"]] == [("Sam Hale", "Reform UK", True)]


def test_the_majority_turned_into_anothers_is_no_majority_of_the_winner() -> None:
    body = "Oak Hill went the other way: Sam Hale turned a Lib Dem majority of 96 into a Reform UK win."
    assert extract_text("Results", body)["majorities"] == []
