"""Results-coverage wordings still missed after the blind held-out rounds 12x to 15x: each rule is tested on
wording of its own, not on the truth pages' lines."""

from __future__ import annotations

from typing import Any

from scraper.entities import extract_text


def _people(body: str, title: str | None = None) -> dict[str, tuple[str | None, int | None, bool | None]]:
    out: list[dict[str, Any]] = extract_text(title, body)["candidates"]
    return {c["name"]: (c["party"], c["votes"], c["elected"]) for c in out}


def test_a_listed_name_ending_in_a_place_word_is_a_person() -> None:
    # an unknown forename before a surname that is also a place word ('Heath', 'Field'): the party in brackets and
    # the figure of a result-list item make it a candidate, as a title would
    body = "Kelby Vale - Lab hold\nOrla Heath (Lab) 822\nWes Field (LD) 317"
    assert _people(body) == {"Orla Heath": ("Labour", 822, True), "Wes Field": ("Liberal Democrats", 317, False)}


def test_a_listed_place_is_still_no_person() -> None:
    assert _people("Seats won so far:\nMarsh Green (Lab) 3") == {}


def test_a_ticker_winner_given_with_a_majority_only() -> None:
    body = "Kelby, Ash Vale: LAB GAIN FROM IND. Winner: Dora Pell (Lab), majority 212."
    assert _people(body) == {"Dora Pell": ("Labour", None, True)}


def _wards(body: str, title: str | None = None) -> list[str]:
    return [w["name"] for w in extract_text(title, body)["wards"]]


def test_a_place_after_an_stv_stage_is_the_ward() -> None:
    assert _wards("Green candidate Ned Pryor was eliminated at stage three in Ballymore Rural.") == ["Ballymore Rural"]
    assert _wards("Ivo Sand (Alliance) was eliminated at count 5 in Lisbane.") == ["Lisbane"]


def test_transfers_that_helped_elect_a_candidate() -> None:
    body = "Once Ned Pryor was out, Green transfers helped to elect the Conservatives' Ivy Lamb."
    assert _people(body)["Ivy Lamb"] == ("Conservative", None, True)


def test_a_count_to_a_rival_s_count_without_the_word_votes() -> None:
    body = "Ivy Lamb polled 1,330 to the Greens' 904, and Ned Pryor got 211 to Labour's 640."
    assert _people(body) == {"Ivy Lamb": (None, 1330, True), "Ned Pryor": (None, 211, False)}


def test_a_possessive_that_opens_a_ward_s_own_name() -> None:
    assert _wards("Kelby, Tyler's Green: Lab hold.") == ["Tyler's Green"]
    # a council area's possessive before its ward is still the town's
    assert _wards("The Tories held Bolton's Park ward.") == ["Park"]


def test_a_ward_named_like_another_council_s_area() -> None:
    body = "The Greens gained Wealden ward on Kelby District Council from the Conservatives."
    out = extract_text(None, body)["wards"]
    assert [(w["name"], w["council"]) for w in out] == [("Wealden", "Kelby District Council")]
    # the area alone, or the council's own place, is still no ward
    assert _wards("The Greens gained Wealden from the Conservatives.") == []


def test_a_headline_place_that_opens_a_ward_of_the_body() -> None:
    assert _wards("The Greens won a seat in Kelby Central on Tuesday.", title="Green gain in Kelby") == [
        "Kelby Central"
    ]


def test_a_place_opening_a_sentence_about_a_party_s_result() -> None:
    assert _wards("In Ashby Fields, the Greens gained the seat with 901 votes for Ned Pryor.") == ["Ashby Fields"]
    # a council's area with its seats is no ward
    assert _wards("In Kelbyshire, the Tories lost 31 seats, leaving Ned Pryor's group with nine.") == []


def test_the_other_of_two_level_candidates_lost_the_draw() -> None:
    body = "Labour's Ann Roe and the Green Ned Pryor both polled 712 votes in Kelby. Ms Roe won the draw."
    assert _people(body) == {"Ann Roe": ("Labour", 712, True), "Ned Pryor": ("Green Party", 712, False)}


def test_two_level_candidates_without_a_draw_keep_their_outcome_open() -> None:
    body = "Labour's Ann Roe and the Green Ned Pryor both polled 712 in Kelby. Ms Roe was elected; Jo Ash withdrawn."
    assert _people(body)["Ned Pryor"][2] is None


def test_a_clean_sweep_elects_the_party_s_candidates() -> None:
    body = (
        "In the two-seat Kelby ward, the Greens' Ann Roe topped the poll with 1,500 votes, followed by party colleague "
        "Jo Ash (1,310) and Labour's Ned Pryor (700)."
    )
    out = _people(body, title="Greens' clean sweep in Kelby")
    assert (out["Ann Roe"], out["Jo Ash"]) == (("Green Party", 1500, True), ("Green Party", 1310, True))
    assert _people(body.replace("Kelby ward", "Kelby ward, a clean sweep for the Greens"))["Jo Ash"][2] is True


def test_a_council_area_in_brackets_before_the_from_of_a_seat_taken() -> None:
    out = extract_text(None, "The SNP gained Kelby North (South Lanarkshire) from Labour.")
    assert [(w["name"], w["council"]) for w in out["wards"]] == [("Kelby North", "South Lanarkshire Council")]


def _councils(body: str, title: str | None = None) -> list[str]:
    return [c["name"] for c in extract_text(title, body)["councils"]]


def test_a_headline_s_area_is_the_council_the_body_speaks_of() -> None:
    assert _councils("The Greens have taken control of the city council.", title="Norwich: Green gains") == [
        "Norwich City Council"
    ]
    assert _councils("Labour is the largest group on the 60-seat council.", title="Fife: Labour ahead") == [
        "Fife Council"
    ]
    # a role or no council at all names none
    assert _councils("Former council leader Ann Roe won in Kelby with 900 votes.", title="Fife: Roe returns") == []


def test_a_council_area_won_or_lost_whole_by_a_party() -> None:
    assert _councils("The Lib Dems have gained Eastleigh, their best result in years.") == ["Eastleigh Council"]
    assert _councils("Labour lost Bolsover to independents.") == ["Bolsover Council"]
    # a ward taken is no council, nor is an area the party only campaigned in
    assert _councils("Labour took Kelby North from the Greens.") == []
    assert _councils("Labour campaigned hard in Bolsover.") == []


def test_a_pair_level_on_a_figure_settled_by_the_draw_share_it() -> None:
    body = "Two candidates tied on 655 votes in Kelby. The Green Ann Roe won the draw, beating Labour's Ned Pryor."
    assert _people(body) == {"Ann Roe": ("Green Party", 655, True), "Ned Pryor": ("Labour", 655, False)}


def test_a_party_holding_every_seat_elects_its_candidates() -> None:
    body = (
        "The Greens have held every seat declared so far on Kelby Council.\n"
        "In Ashby Fields, the Greens' Ann Roe received 1,102 votes, with Labour's Ned Pryor on 650.\n"
        "In Kelby Vale, the Green Jo Ash kept her seat by 41 votes."
    )
    out = _people(body)
    assert (out["Ann Roe"], out["Ned Pryor"]) == (("Green Party", 1102, True), ("Labour", 650, False))


def test_council_areas_won_on_lines_of_their_own() -> None:
    body = "Declared so far:\nLabour gain Eastleigh\nGreens hold Worthing"
    assert _councils(body, title="Results so far") == ["Eastleigh Council", "Worthing Council"]
    # a headline's area may be a constituency's: not read there
    assert _councils("Jo Bell polled 15,529 votes.", title="Conservatives win Eastleigh") == []


def test_a_council_area_after_a_ward_and_a_comma() -> None:
    out = extract_text("Recount in Kelby", "A recount has been ordered in Kelby North, Wigan.")
    assert [(w["name"], w["council"]) for w in out["wards"]] == [("Kelby North", "Wigan Council")]


def test_a_council_area_after_the_word_ward_and_a_comma() -> None:
    out = extract_text(None, "Kelby North ward, Wigan: Labour hold.")
    assert [(w["name"], w["council"]) for w in out["wards"]] == [("Kelby North", "Wigan Council")]


def test_a_list_of_council_areas_and_their_verdicts() -> None:
    body = "Councils declared:\nBolsover - Labour hold\nEastleigh: LD gain from Con"
    assert _councils(body, title="Councils so far") == ["Bolsover Council", "Eastleigh Council"]
    # one such line alone may be a ward's ticker
    assert _councils("Bolsover - Labour hold", title="Result") == []
