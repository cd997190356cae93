"""Results-coverage wordings found missing by the blind held-out sets fixtures/truth/heldout-21x-* (minor parties and
local groups, ties settled by lot, recounts, uncontested seats): each rule is tested on wording of its own, not on the
truth pages' lines."""

from __future__ import annotations

from typing import Any

from scraper.entities import extract_text


def candidates(body: str, title: str = "Results") -> dict[str, tuple[Any, ...]]:
    return {c["name"]: (c["party"], c["votes"], c["elected"]) for c in extract_text(title, body)["candidates"]}


def wards(body: str, title: str = "Results") -> list[str]:
    return [w["name"] for w in extract_text(title, body)["wards"]]


def test_the_workers_party_goes_by_its_registered_name() -> None:
    got = candidates("Denholme East: Workers Party gain from Lab.\nAsif Karim (Workers Party) 903\nJo Platt (Lab) 640")
    assert got["Asif Karim"] == ("Workers Party of Britain", 903, True)


def test_a_bracketed_party_of_four_words_before_its_suffix_is_read_and_is_no_ward() -> None:
    body = (
        "Upton Marsh: Con hold\nRoger Dyce (Con) 1,022\nLily Ng (Lab) 644\n"
        "Sid Fairweather (Official Monster Raving Loony Party) 57"
    )
    got = candidates(body)
    assert got["Sid Fairweather"] == ("Official Monster Raving Loony Party", 57, False)
    assert wards(body) == ["Upton Marsh"]


def test_a_bracketed_three_word_group_after_a_name_is_no_ward_either() -> None:
    body = "Priory: Ind gain from Con\nKaren Holt (Ind) 512\nPete Mayo (Christian Peoples Alliance) 30"
    assert wards(body) == ["Priory"]


def test_two_names_who_each_finished_on_one_figure_both_have_it() -> None:
    body = (
        "Labour's Gita Rao and the Green candidate, Will Ashdown, each finished on 733 votes in Hillcrest.\n"
        "Lots were drawn and Ms Rao's name came out first."
    )
    got = candidates(body)
    assert got["Gita Rao"][1:] == (733, True)
    assert got["Will Ashdown"][1:] == (733, False)


def test_a_tie_figure_read_for_one_name_is_the_others_in_the_same_sentence() -> None:
    body = (
        "Green candidate Sam Okoro and the Conservatives' Ellen Pike were tied on 388 votes after a second recount.\n"
        "The seat went to Ms Pike on the drawing of lots, and Mr Okoro's supporters left in silence."
    )
    got = candidates(body)
    assert got["Sam Okoro"][1] == 388
    assert got["Ellen Pike"][1] == 388


def test_calling_the_coin_right_wins_the_seat_and_the_other_tied_name_loses() -> None:
    body = (
        "Dan Royle (Lab) and Meg Tindall (LD) were tied on 455 votes.\n"
        "Ms Tindall called heads, and the coin fell her way."
    )
    got = candidates(body)
    assert got["Meg Tindall"] == ("Liberal Democrats", 455, True)
    assert got["Dan Royle"] == ("Labour", 455, False)


def test_calling_a_coin_in_other_news_is_no_win() -> None:
    body = "The referee called heads before kick-off, and the coin came down in his favour."
    assert candidates(body) == {}


def test_a_figure_after_a_name_in_apposition_to_its_party_is_its_votes() -> None:
    body = "Labour held Eastfield. The Lib Dems' Rosa Quayle took 640 and the Green, Martin Lowe, 212."
    assert candidates(body)["Martin Lowe"][:2] == ("Green Party", 212)


def test_an_age_after_a_name_in_apposition_is_no_votes() -> None:
    body = "Labour held Eastfield. Rosa Quayle polled 640 and the Green candidate, Martin Lowe, 58, a vet, was last."
    assert candidates(body).get("Martin Lowe", (None, None))[1] is None


def test_a_former_partys_councillor_standing_as_an_independent_is_an_independent() -> None:
    body = "Former Conservative councillor Hugh Barnard, who left the party in March, kept his seat as an independent."
    assert candidates(body)["Hugh Barnard"][0] == "Independent"


def test_a_sitting_partys_councillor_who_beat_an_independent_keeps_the_party() -> None:
    body = "Labour councillor Hugh Barnard held Millbrook, beating an independent, Nora Pym."
    assert candidates(body)["Hugh Barnard"][0] == "Labour"


def seat_totals(body: str, title: str = "Results") -> dict[str, int]:
    return {t["party"]: t["seats"] for t in extract_text(title, body)["seat_totals"]}


def test_a_local_groups_seats_in_a_shorthand_tally_are_the_groups_not_independents() -> None:
    body = "Declared, Selby District Council: Selby Independents 21, Con 9, Lab 4, Ind 2."
    assert seat_totals(body) == {"Selby Independents": 21, "Conservative": 9, "Labour": 4, "Independent": 2}


def test_a_count_word_before_a_place_opens_no_name() -> None:
    body = "Three Selby councillors who defected from Labour to the Greens have held their seats."
    assert candidates(body) == {}


def test_a_place_that_has_been_won_by_someone_is_a_ward() -> None:
    body = "Late in the afternoon, Oldbrook Vale has been won by Priya Shah of the Greens after a recount."
    assert wards(body) == ["Oldbrook Vale"]


def test_a_ticker_line_whose_winner_is_an_areas_independents_written_short_marks_its_ward() -> None:
    body = "Holbeach Marsh: Spalding Ind gain from Con.\nTara Lunn (Spalding Independents) 530, Ed Bale (Con) 401."
    assert wards(body) == ["Holbeach Marsh"]


def test_the_local_group_of_a_list_under_its_short_area_independents_verdict_won() -> None:
    body = "Holbeach Marsh: Spalding Ind gain from Con.\nTara Lunn (Spalding Independents) 530, Ed Bale (Con) 401."
    got = candidates(body)
    assert got["Tara Lunn"] == ("Spalding Independents", 530, True)
    assert got["Ed Bale"] == ("Conservative", 401, False)


def test_a_plain_independents_verdict_does_not_elect_a_local_group() -> None:
    body = "Holbeach Marsh: Ind gain from Con.\nTara Lunn (Spalding Independents) 530, Ed Bale (Con) 401."
    assert candidates(body)["Tara Lunn"][2] is not True


def test_an_area_independent_group_keeps_its_whole_name() -> None:
    body = "Wigan Independent Group councillor Sue Platt was re-elected in Abram."
    got = extract_text("Results", body)
    assert [p["name"] for p in got["parties"]] == ["Wigan Independent Group"]
    assert candidates(body)["Sue Platt"][0] == "Wigan Independent Group"


def test_a_word_of_a_groups_name_alone_in_the_title_is_no_person() -> None:
    body = "The Hale and Ashley Residents' Association held the Hale Central seat."
    assert candidates(body, title="Residents' group holds Altrincham seat") == {}


def test_a_figures_votes_for_a_forename_and_surname_are_that_persons() -> None:
    body = "The Liberal Party's best result was 212 votes for Maureen Tull in Hawksworth."
    assert candidates(body)["Maureen Tull"][1] == 212


def test_votes_for_a_place_are_no_persons() -> None:
    body = "There were 212 votes for Bishops Cleeve in the parish poll."
    assert candidates(body) == {}


def test_elected_without_a_contest_is_elected_unopposed_in_its_ward() -> None:
    body = "Conservative councillor Joan Pyle was elected without a contest in Moulton Chapel."
    assert candidates(body)["Joan Pyle"] == ("Conservative", None, True)
    assert wards(body) == ["Moulton Chapel"]


def test_a_name_beaten_under_a_local_groups_label_lost_for_that_group() -> None:
    body = "Reform UK's Gus Tye won Brookside, beating the sitting Hastings Independents councillor, Jo Wren."
    assert candidates(body)["Jo Wren"] == ("Hastings Independents", None, False)
