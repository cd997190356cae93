"""Results-coverage wordings found missing by the blind held-out pages fixtures/truth/heldout-60x-* (a BBC LX page of a
city's first all-out election on new single-member wards, a JSON-LD page of a mayoral rerun after an election court
voided the result, a text copy of the Gibraltar general election by block vote): each rule is tested on wording of
its own, not on the truth pages' lines."""

from __future__ import annotations

from scraper.entities import extract_text
from tests.probes import people


def test_gibraltars_parties_by_name_and_by_initials() -> None:
    body = (
        "The Gibraltar Social Democrats' Ana Ferro polled 7,210. Luis Penha of the Gibraltar Socialist Labour Party "
        "had 8,015."
    )
    assert {(name, party) for name, party, _, _ in people(body)} == {
        ("Ana Ferro", "GSD"),
        ("Luis Penha", "GSLP"),
    }


def test_initials_in_a_ranked_list_name_the_party() -> None:
    body = "Full result:\nRita Sousa (GSLP) 9,120\nTom Gale (GSD) 8,402"
    assert [(name, party, votes) for name, party, votes, _ in people(body)] == [
        ("Rita Sousa", "GSLP", 9120),
        ("Tom Gale", "GSD", 8402),
    ]


def test_liberal_in_brackets_is_the_liberal_party_not_the_lib_dems() -> None:
    body = "Result:\nMark Fell (Liberal) 640\nJo Brant (Lib Dem) 512"
    assert [(name, party) for name, party, _, _ in people(body)] == [
        ("Mark Fell", "Liberal Party"),
        ("Jo Brant", "Liberal Democrats"),
    ]


def test_the_liberals_in_prose_are_the_liberal_party() -> None:
    body = "Marta Soler, standing for the Liberals, polled 880 votes and was elected."
    assert [(name, party) for name, party, _, _ in people(body)] == [("Marta Soler", "Liberal Party")]


def test_a_place_first_group_after_a_comma_and_before_the_votes_is_the_partys() -> None:
    body = "After second preferences:\nNia Lowe, Labour: 21,300\nOwen Tait, Hollinsend First: 19,870"
    assert [(name, party, votes) for name, party, votes, _ in people(body)] == [
        ("Nia Lowe", "Labour", 21300),
        ("Owen Tait", "Hollinsend First", 19870),
    ]


def test_second_preferences_counted_in_prose_do_not_replace_the_final_figures() -> None:
    body = (
        "Rita Vale is the new mayor of Hollinsend. After second preferences were added, the final figures are:\n"
        "Rita Vale, Labour: 30,100\nOwen Tait, Green Party: 28,400\nMs Vale picked up 4,020 second preferences to "
        "Mr Tait's 3,310, turning a first-round lead of 400 into a winning margin of 1,700."
    )
    assert [(name, votes) for name, _, votes, _ in people(body)] == [("Rita Vale", 30100), ("Owen Tait", 28400)]


def test_a_final_total_after_second_preferences_still_outranks_the_first_round() -> None:
    body = "In the first round Amy Cole had 35,092 votes. After second preferences, Amy Cole finished on 40,210."
    assert [(name, votes) for name, _, votes, _ in people(body)] == [("Amy Cole", 40210)]


def seats(body: str) -> list[tuple[str, int]]:
    return [(s["party"], s["seats"]) for s in extract_text("Tally", body)["seat_totals"]]


def test_the_seats_a_party_starts_the_count_with_are_no_total() -> None:
    assert seats("On those estimates the Conservatives start with 31 seats, Labour 12 and the Greens four.") == []
    assert seats("Labour start the night on 40 seats.") == []


def test_starting_with_a_place_leaves_its_total_a_total() -> None:
    assert seats("Let's start with Bury, where Labour have 31 seats.") == [("Labour", 31)]
