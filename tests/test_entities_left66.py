"""Results-coverage wordings behind the truth table's lowest older files (candidates counted before a colon, a local
party named after its place, ...): each rule is tested on wording of its own, not on the truth pages' lines."""

from __future__ import annotations

from scraper.entities import extract_text


def test_a_capitalised_count_of_parties_fielding_candidates_gives_no_seat_totals() -> None:
    body = "Four groups are running candidates: Kelby First has 16, the Kelby Party 12 and Labour seven."
    assert extract_text("Nominations close", body)["seat_totals"] == []


def test_a_lower_case_count_of_candidates_still_gives_no_seat_totals() -> None:
    body = "Nominations are in, and three parties have candidates: Labour has 16, the Greens 12 and Reform UK seven."
    assert extract_text("Nominations close", body)["seat_totals"] == []


def test_seat_totals_after_a_capitalised_count_of_seats_are_still_read() -> None:
    body = "Four parties won seats: Labour has 16, the Greens 12 and Reform UK seven."
    totals = {(t["party"], t["seats"]) for t in extract_text("Final tally", body)["seat_totals"]}
    assert {("Green Party", 12), ("Reform UK", 7)} <= totals


def test_a_party_named_after_a_place_in_a_known_partys_name_is_its_own_group() -> None:
    body = "The Jersey Party leader, Ann Forster, who was elected fourth, said her party could work with Reform Jersey."
    found = extract_text("Leaders react", body)
    assert [(c["name"], c["party"]) for c in found["candidates"]] == [("Ann Forster", "Jersey Party")]


def test_a_known_party_written_with_party_after_it_is_still_that_party() -> None:
    found = extract_text("Leaders react", "The Labour Party leader, Ann Forster, was elected fourth.")
    assert [(c["name"], c["party"]) for c in found["candidates"]] == [("Ann Forster", "Labour")]
    assert [p["name"] for p in found["parties"]] == ["Labour"]


def test_a_place_a_winner_thanks_is_the_ward_the_sentence_says_they_won() -> None:
    body = '"Thanks, Kelby North!" wrote Labour\'s Ann Cole after she was re-elected in the ward on Anyshire Council.'
    found = extract_text("Councillor celebrates", body)
    assert [(w["name"], w["council"]) for w in found["wards"]] == [("Kelby North", "Anyshire Council")]


def test_a_place_thanked_for_a_council_win_is_no_ward() -> None:
    body = '"Thank you Kelby!" posted Ann Cole after Labour kept control of the council.'
    assert extract_text("Councillor celebrates", body)["wards"] == []


def test_all_seats_declared_in_an_area_names_its_council() -> None:
    body = "With all 48 seats declared in Wealden, the Greens have 20 and the Conservatives 15."
    assert [c["name"] for c in extract_text("Final tally", body)["councils"]] == ["Wealden Council"]


def test_every_seat_declared_in_an_area_names_its_council_too() -> None:
    body = "It was a long night. With every seat now declared in Tendring, Labour have 19 and the Tories 12."
    assert [c["name"] for c in extract_text("Final tally", body)["councils"]] == ["Tendring Council"]


def test_areas_a_party_took_as_well_as_the_first_after_an_aside_name_their_councils() -> None:
    body = "The Greens have taken Mid Suffolk, where the Tories had run it since 1999, as well as Wealden and Tendring."
    names = [c["name"] for c in extract_text("Summary", body)["councils"]]
    assert names == ["Mid Suffolk Council", "Wealden Council", "Tendring Council"]


def test_as_well_as_something_that_is_no_area_adds_no_council() -> None:
    body = "Labour has gained Medway, which it last ran in 2003, as well as the mayoralty."
    assert [c["name"] for c in extract_text("Summary", body)["councils"]] == ["Medway Council"]


def test_the_area_a_result_cost_a_party_is_a_councils() -> None:
    body = "It was one of the results that cost Labour Tendring."
    assert [c["name"] for c in extract_text("Double gain", body)["councils"]] == ["Tendring Council"]


def test_a_person_a_scandal_cost_a_party_is_no_council() -> None:
    assert extract_text("Fallout", "The scandal cost the Tories Boris Johnson.")["councils"] == []


def test_the_first_result_of_an_area_names_its_council() -> None:
    body = "The first Tendring result of the night is in, from Frinton: Labour's Ann Cole won with 812 votes."
    assert [c["name"] for c in extract_text("Frinton", body)["councils"]] == ["Tendring Council"]


def test_the_next_result_of_a_nation_names_no_council() -> None:
    assert extract_text("Frinton", "The next Scotland result is due at 3am.")["councils"] == []


def test_a_wards_seats_written_with_its_possessive_fill_as_many_winners() -> None:
    body = (
        "The Greens took two of Kelby Moor's three seats on Kelby Town Council.\nAnn Cole led the way with 900 "
        "votes, followed by her running mate Jo Bell (850). Labour's Sam Hart took the last seat with 700.\n"
        "Missing out were Pat Reid of the Green Party (500) and Lucy Dale (400)."
    )
    found = extract_text("Greens take two of three in Kelby Moor", body)
    outcomes = [(c["name"], c["elected"]) for c in found["candidates"]]
    assert outcomes == [
        ("Ann Cole", True),
        ("Jo Bell", True),
        ("Sam Hart", True),
        ("Pat Reid", False),
        ("Lucy Dale", False),
    ]


def test_a_headline_town_named_in_the_body_only_inside_a_longer_name_is_no_second_ward() -> None:
    body = (
        "In the Beacon ward of Anyshire District Council, the seat went to Labour's Ann Cole on 702 votes. "
        "Jo Bell of the Kelby Ratepayers Association was second with 655."
    )
    found = extract_text("Labour gain in Kelby", body)
    assert [w["name"] for w in found["wards"]] == ["Beacon"]


def test_a_headline_ward_the_body_names_alone_stays_a_ward() -> None:
    body = (
        "In the Beacon ward, Labour's Ann Cole won with 702 votes. In Kelby, Jo Bell held on for the Greens with 655."
    )
    found = extract_text("Labour gain in Kelby", body)
    assert "Kelby" in [w["name"] for w in found["wards"]]
