"""Results-coverage wordings the lowest-scoring truth pages still missed after round 53x's leftovers: each rule is
tested on wording of its own, not on the truth pages' lines."""

from __future__ import annotations

from typing import Any

from probes import people
from test_entities_left53 import page_people
from test_entities_page import page_of

from scraper.entities import extract_text

RESULT = ("Declared", "The result:\nOwen Trask (LD) 12,402\nJune Barrow (Con) 9,871\nAli Reyes (Green) 1,020")


def test_rivals_of_one_tally_a_post_names_by_surname_are_its_candidates() -> None:
    ward = ("Ward by ward", "In Holm Park: Trask 2,104, Barrow 1,988.")
    assert page_people(ward, RESULT)[0] == [
        ("Owen Trask", "Liberal Democrats", None),
        ("June Barrow", "Conservative", None),
    ]
    mixed = ("Speech", "June Barrow conceded, and Mr Trask thanked his team.")
    assert sorted(page_people(mixed, RESULT)[0]) == [
        ("June Barrow", "Conservative", None),
        ("Owen Trask", "Liberal Democrats", None),
    ]
    # one surname alone is not enough, nor a surname after another forename (another person's)
    assert page_people(("Team", "Trask's aides were upbeat."), RESULT)[0] == []
    assert page_people(("Cabinet", "Lisa Trask and Tom Barrow met."), RESULT)[0] == []


def test_a_surname_that_is_also_a_party_or_place_word_is_not_read_alone() -> None:
    def named(surname: str) -> list[tuple[Any, ...]]:
        result = ("Declared", f"The result:\nOwen {surname} (LD) 12,402\nJune Barrow (Con) 9,871")
        return page_people(("Race", f"{surname} campaigners and Barrow supporters clashed."), result)[0]

    assert named("Grady") == [("Owen Grady", "Liberal Democrats", None), ("June Barrow", "Conservative", None)]
    assert named("Green") == []


def test_names_and_figures_after_where_a_party_finished_lost() -> None:
    body = "The Lib Dems, who held both seats before, came third and fourth: Ann Webb 812 and Colin Shaw 790."
    assert people(body) == [
        ("Ann Webb", "Liberal Democrats", 812, False),
        ("Colin Shaw", "Liberal Democrats", 790, False),
    ]
    assert people("Reform UK finished last: Dan Cole 61.") == [("Dan Cole", "Reform UK", 61, False)]


def test_a_party_a_place_in_the_count_is_measured_by_leaves_the_figure_to_the_name() -> None:
    lead = "Labour's Mia Hart won with 1,400."
    for place in ("came between them and the Lib Dems", "came in behind the Lib Dems", "came between Hart and the SNP"):
        assert people(f"{lead} Reform UK's Dan Cole {place} with 1,150.")[1] == ("Dan Cole", "Reform UK", 1150, False)
    # ('and the' after anything but 'between' still opens a clause of its own: the figure is not the name's)
    assert people(f"{lead} Reform UK's Dan Cole held on and the Lib Dems won with 1,150.")[1][2] is None


def test_a_stage_name_read_by_surname_in_a_tally_is_a_rival_of_that_tally_under_its_full_name() -> None:
    ballot = (
        "Who is standing",
        "The candidates:\nLady Lumpkin - Official Monster Raving Loony Party\nJune Barrow - Conservative",
    )
    result = ("Declared", "The result:\nOwen Trask (LD) 12,402\nJune Barrow (Con) 9,871\nLady Lumpkin (Loony) 95")
    later = (
        "Deposits",
        "June Barrow of the Conservatives and Lady Lumpkin of the Official Monster Raving Loony Party lost theirs.",
    )
    assert ("Lady Lumpkin", "Official Monster Raving Loony Party", None) in page_people(later, ballot, result)[0]


def test_a_place_in_the_count_foreseen_names_a_candidate_without_an_outcome() -> None:
    for clause in ("is heading for third place", "looks set to finish a distant fourth", "is on course for last place"):
        assert people(f"Tory sources concede that Ann Webb {clause}.") == [("Ann Webb", None, None, None)]
    # (where a person is heading is no place in a count)
    assert people("Tory sources say Ann Webb is heading for the count.") == []


def test_a_person_named_ward_who_wins_a_seat_is_no_ward() -> None:
    body = "Labour's Sarah Ward held Eastmoor with 1,204 votes."
    assert people(body) == [("Sarah Ward", "Labour", 1204, True)]
    assert [w["name"] for w in extract_text("Result", body)["wards"]] == ["Eastmoor"]
    # a ward whose name ends in 'Ward' is still one, and so is a ward won by someone
    assert [w["name"] for w in extract_text("Result", "Shirley Ward was won by Labour.")["wards"]] == ["Shirley Ward"]
    body = "Labour's Ann Hale took Castle Ward with 901 votes."
    assert [w["name"] for w in extract_text("Result", body)["wards"]] == ["Castle Ward"]


def councils(body: str) -> list[str]:
    return [c["name"] for c in extract_text("Round-up", body)["councils"]]


def test_council_areas_opening_a_sentence_that_puts_them_under_no_overall_control() -> None:
    body = "The night so far. Teignbridge and Mid Suffolk, both Lib Dem before today, are now in no overall control."
    assert councils(body) == ["Teignbridge Council", "Mid Suffolk Council"]
    assert councils("The night so far. Hertsmere has gone to no overall control.") == ["Hertsmere Council"]
    # (what no council's area names is not read: a party, a place with no council of its own)
    assert councils("The night so far. The Tories are now in no overall control.") == []


def test_a_bare_area_takes_the_full_name_the_page_gives_its_council_with_its_kind_first() -> None:
    full = ("Leader holds on", "The leader of City of Bradford Council, Ann Hale, held Eastmoor for Labour.")
    bare = ("Tonight", "Half the seats on Bradford, Walsall and Salford councils are up tonight.")
    named = [c["name"] for c in (page_of(full, bare)[1].entities or {})["councils"]]
    assert named == ["City of Bradford Council", "Walsall Council", "Salford Council"]
    assert [c["name"] for c in (page_of(bare)[0].entities or {})["councils"]][:1] == ["Bradford Council"]


def test_a_party_role_held_for_some_years_before_a_name_gives_its_party() -> None:
    body = "The Green councillor of twenty years, Ann Hale, lost her seat to Labour's Tom Fry."
    assert people(body)[0] == ("Ann Hale", "Green Party", None, False)
    body = "Labour's Tom Fry won with 1,200 votes, ahead of the Conservative councillor of 12 years, Ann Hale, on 900."
    assert people(body)[1] == ("Ann Hale", "Conservative", 900, False)


def test_a_place_opening_a_sentence_that_the_post_then_calls_the_ward_won() -> None:
    body = "In Holm Park, 12 ballots were spoiled.\nLabour's Ann Hale held the ward with 1,102 votes."
    assert [w["name"] for w in extract_text("Result", body)["wards"]] == ["Holm Park"]
    assert people(body) == [("Ann Hale", "Labour", 1102, True)]
    # (a place the post never calls the ward won is not read so; nor is an opening phrase that names no place)
    assert extract_text("Result", "In Holm Park, 12 ballots were spoiled. Ann Hale won.")["wards"] == []
    assert extract_text("Result", "In other news, Labour's Ann Hale won the ward with 1,102.")["wards"] == []


def test_a_surname_opening_on_st_after_a_known_forename_is_a_person() -> None:
    assert people("The result:\nJane St Clair (Lab) 1,200\nTom Fry (Con) 900")[0] == (
        "Jane St Clair",
        "Labour",
        1200,
        None,
    )
    assert people("Labour's Jane St Aubyn won with 1,200 votes.") == [("Jane St Aubyn", "Labour", 1200, True)]
    # (a place opening on 'St' after a place is still a place: the seat won, not part of the winner's name)
    body = "Labour's Ann Hale won Cheltenham St Mark's with 1,200 votes."
    assert [w["name"] for w in extract_text("Result", body)["wards"]] == ["Cheltenham St Mark's"]


def test_any_party_before_a_role_noun_opening_a_sentence_describes_the_person_before() -> None:
    lead = "Ann Hale has been re-elected to Anyshire Council for Holm."
    assert people(f"{lead} The Ulster Unionist councillor polled 1,406 votes.") == [
        ("Ann Hale", "Ulster Unionist Party", 1406, True)
    ]
    assert people(f"{lead} The Alliance candidate polled 1,406 votes.") == [("Ann Hale", "Alliance Party", 1406, True)]
    # (a party's group is no person)
    assert people(f"{lead} The Alliance group polled 1,406 votes.") == [("Ann Hale", None, None, True)]


def test_a_place_and_first_in_a_result_rows_bracket_is_a_local_group() -> None:
    body = "Holm Park, Anyshire Council:\nAnn Hale (Holm Park First) 1,612 - elected\nTom Fry (Reform UK) 1,204"
    assert people(body) == [("Ann Hale", "Holm Park First", 1612, True), ("Tom Fry", "Reform UK", 1204, False)]
    assert [w["name"] for w in extract_text("Result", body)["wards"]] == ["Holm Park"]


def test_a_wards_size_in_a_bracket_fills_its_seats_and_the_others_lost() -> None:
    rows = "Ian Cant (Labour) 1,842\nMo Lind (SNP) 1,511\nDerek Hall (SNP) 702\nRuth Bell (Conservative) 388"
    said = "Ian Cant and Mo Lind were elected at stage 1. Derek Hall was elected at stage 3."
    outcomes = [elected for *_, elected in people(f"Holm Park (3 seats). First preferences:\n{rows}\n{said}")]
    assert outcomes == [True, True, True, False]
    # (with four seats, three named winners fill none of them: the fourth row's outcome is not told)
    outcomes = [elected for *_, elected in people(f"Holm Park (4 seats). First preferences:\n{rows}\n{said}")]
    assert outcomes == [True, True, True, None]
