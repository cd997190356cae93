"""Results-coverage wordings round 51x's pages (fixtures/truth/heldout-51x-*) still missed after its own rules: each
rule is tested on wording of its own, not on the truth pages' lines."""

from __future__ import annotations

from typing import Any

from probes import people

from scraper.entities import extract_text


def wards(body: str, title: str = "Count") -> list[tuple[str, Any]]:
    return [(w["name"], w["council"]) for w in extract_text(title, body)["wards"]]


def test_a_party_set_off_by_commas_after_a_list_of_names_is_every_names() -> None:
    body = "No contest in Marsh End. Joan Pryce, Owen Tate and Lyn Hart, all independents, were returned unopposed."
    assert people(body) == [
        ("Joan Pryce", "Independent", None, True),
        ("Owen Tate", "Independent", None, True),
        ("Lyn Hart", "Independent", None, True),
    ]
    body = "No vote was held in Marsh End, where Joan Pryce and Owen Tate, both Labour, were elected."
    assert people(body) == [("Joan Pryce", "Labour", None, True), ("Owen Tate", "Labour", None, True)]


def test_names_confirmed_as_a_wards_councillors_were_elected() -> None:
    body = "No contest in Marsh End: the council has confirmed Joan Pryce and Owen Tate as the ward's councillors."
    assert people(body) == [("Joan Pryce", None, None, True), ("Owen Tate", None, None, True)]
    # (one councillor's record in the ward is no election)
    assert people("In the Marsh End count, Joan Pryce, who sat as the ward's councillor, retired.") == []


def test_the_winners_elected_with_another_are_named_after_their_party() -> None:
    body = (
        "Hollin Vale, a three-seat ward, has declared. Reform's Dawn Hesketh topped the poll with 1,310."
        " The two Liberal Democrats elected with her are Rhys Tolland, on 702, and Nia Garrow, on 655."
    )
    assert people(body)[1:] == [
        ("Rhys Tolland", "Liberal Democrats", 702, True),
        ("Nia Garrow", "Liberal Democrats", 655, True),
    ]


def test_places_that_each_elect_a_few_members_of_a_council_are_its_wards() -> None:
    body = "The count is at noon. Holm, Kerra Sound and Vaila each elect two members of Farholm Islands Council."
    council = "Farholm Islands Council"
    assert wards(body) == [("Holm", council), ("Kerra Sound", council), ("Vaila", council)]


def test_an_island_a_result_is_told_on_is_a_ward() -> None:
    body = "On Kerra Sound, the sitting councillor Ewan Tait kept his seat by 88 votes to 51."
    assert wards(body) == [("Kerra Sound", None)]
    # (nor a day the result came on)
    assert wards("On Friday, the sitting councillor Ewan Tait kept his seat by 88 votes to 51.") == []


def test_a_place_where_a_few_candidates_stood_for_a_few_seats_is_a_ward() -> None:
    assert wards("The count is on. In Kerra Sound, four candidates stood for two seats.") == [("Kerra Sound", None)]
    assert wards("The count is on. On Holm, 3 candidates stood for 1 seat.") == [("Holm", None)]
    # (a council's area has more seats)
    assert wards("The count is on. In Farholm, 90 candidates stood for 40 seats.") == []


def test_a_gaelic_wards_lower_case_words_are_part_of_its_name() -> None:
    body = "The count is on. Uibhist a Tuath agus Beinn nan Ceall elects three councillors."
    assert wards(body) == [("Uibhist a Tuath agus Beinn nan Ceall", None)]
    # (an English 'a' joins no two names)
    assert wards("The count is on. Brook Vale a Green gain, says the agent.") == []


def test_a_place_whose_count_has_finished_is_a_ward() -> None:
    body = "Votes were cast all day. The count for Loch Ardain (Ardain Loch) has finished; Ann Rae was elected."
    assert wards(body) == [("Loch Ardain", None)]
    # (not a council's own count)
    assert wards("Votes were cast all day. The count in Sunderland is now over; Labour won 50 seats.") == []


def test_a_party_that_still_has_a_figure_after_anothers_total_has_that_many_seats() -> None:
    body = "The gain takes Reform to nine seats on Brackley council, where the Liberal Democrats still have 31."
    totals = [(t["party"], t["seats"]) for t in extract_text("Seats", body)["seat_totals"]]
    assert totals == [("Reform UK", 9), ("Liberal Democrats", 31)]


def test_the_person_who_heads_a_partys_list_is_its_candidate() -> None:
    body = "The list seats are still being counted. Ola Brandt, who tops the Reform list, spoke to reporters."
    assert people(body) == [("Ola Brandt", "Reform UK", None, None)]
    body = "The list seats are still being counted. Ola Brandt, head of the Liberal Democrat list, spoke to us."
    assert people(body) == [("Ola Brandt", "Liberal Democrats", None, None)]


def test_all_of_a_councils_members_sitting_as_independents_is_their_seat_total() -> None:
    body = "Reform hold 22 of Brackley's 40 seats and Labour have 18. On Holm, all nine members sit as independents."
    totals = [(t["party"], t["seats"]) for t in extract_text("Seats", body)["seat_totals"]]
    assert totals == [("Reform UK", 22), ("Labour", 18), ("Independent", 9)]


def test_the_place_a_count_of_members_goes_on_to_is_a_ward_too() -> None:
    body = (
        "The count is at noon. Holm and Vaila each elect one member of Farholm Islands Council, and Kerra elects nine."
    )
    council = "Farholm Islands Council"
    assert wards(body) == [("Holm", council), ("Vaila", council), ("Kerra", council)]
