"""Results-coverage wordings found missing by the blind held-out sets fixtures/truth/heldout-17x-*: each rule is
tested on wording of its own, not on the truth pages' lines."""

from __future__ import annotations

from typing import Any

from scraper.entities import extract_text


def candidates(body: str, title: str = "Count") -> dict[str, tuple[Any, ...]]:
    return {c["name"]: (c["party"], c["votes"], c["elected"]) for c in extract_text(title, body)["candidates"]}


def test_a_one_line_list_splits_after_an_elected_mark_and_ends_at_a_full_stop() -> None:
    body = (
        "Moorside – Lab gain: Ruth Ibbotson (Lab) 842 ELECTED, Dev Sharma (Con) 790, Ken Lyle (Grn) 120. Turnout 26%."
    )
    assert candidates(body) == {
        "Ruth Ibbotson": ("Labour", 842, True),
        "Dev Sharma": ("Conservative", 790, False),
        "Ken Lyle": ("Green Party", 120, False),
    }


def seat_totals(body: str, title: str = "Count") -> dict[str, int]:
    return {t["party"]: t["seats"] for t in extract_text(title, body)["seat_totals"]}


def test_scoreboard_rows_under_a_council_line_without_a_colon_may_name_a_local_group() -> None:
    body = "Rushmoor Borough Council - all 13 wards declared\nLabour 20\nFarnborough Residents 9\nConservative 10"
    assert seat_totals(body) == {"Labour": 20, "Farnborough Residents": 9, "Conservative": 10}


def test_rows_under_a_ward_line_naming_its_council_are_not_seat_totals() -> None:
    assert seat_totals("Tewkesbury Borough Council - Priors Park ward\nLabour 88\nConservative 61") == {}


def wards(body: str, title: str = "Count") -> list[str]:
    return [w["name"] for w in extract_text(title, body)["wards"]]


def test_a_bare_line_above_a_result_list_is_its_ward_and_a_bracket_may_name_a_local_group() -> None:
    body = "Hythe West (by-election)\nGwen Ashby (Hythe Independents) 771 ELECTED\nTom Price (Conservative) 503"
    out = extract_text("Shepway result", body)
    assert [w["name"] for w in out["wards"]] == ["Hythe West"]
    assert {c["name"]: (c["party"], c["ward"]) for c in out["candidates"]} == {
        "Gwen Ashby": ("Hythe Independents", "Hythe West"),
        "Tom Price": ("Conservative", "Hythe West"),
    }


def test_a_verdict_line_above_a_result_list_is_no_ward() -> None:
    assert wards("LD GAIN FROM LAB\nAnna Holt (LD) 933 ELECTED\nJim Frost (Lab) 610") == []


def test_the_pair_a_close_count_separates_are_candidates() -> None:
    body = "A bundle check is under way in Park ward: three votes separated the Lib Dem Jo Wren and Labour's Ali Shah."
    assert candidates(body) == {"Jo Wren": ("Liberal Democrats", None, None), "Ali Shah": ("Labour", None, None)}


def test_a_name_put_some_votes_ahead_at_a_first_count_is_a_candidate() -> None:
    body = (
        "Hillcrest is being recounted: the first count had Green Tom Ince only nine votes ahead of the Conservatives."
    )
    assert candidates(body) == {"Tom Ince": ("Green Party", None, None)}


def test_a_named_council_in_lower_case_before_its_seats() -> None:
    assert seat_totals("The count leaves the Lib Dems on 31 of Rother council's 38 seats.") == {"Liberal Democrats": 31}


def test_a_party_taken_to_a_total_and_a_party_down_to_one_after_it() -> None:
    body = (
        "Only a third of the seats were contested, and the Greens won 12 of them. That takes the party to 29 seats on"
        " the council. Labour are now down to 14, and the Lib Dems have six."
    )
    assert seat_totals(body) == {"Green Party": 29, "Labour": 14, "Liberal Democrats": 6}


def test_a_bare_of_total_may_end_on_the_council() -> None:
    body = "The Conservatives lost nine seats to end with 22 of the 40 on the authority."
    assert seat_totals(body) == {"Conservative": 22}


def test_the_largest_party_on_a_figure_and_a_party_down_to_one_in_its_list() -> None:
    body = (
        "Eight of the 42 seats changed hands. The Greens are the largest party with 19, three short of a majority,"
        " with Labour on 15 and the Tories, who had run the council since 2015, down to six."
    )
    assert seat_totals(body) == {"Green Party": 19, "Labour": 15, "Conservative": 6}


def test_the_largest_party_with_a_share_is_no_seat_total() -> None:
    assert seat_totals("Reform were the largest party with 31% of the vote across the 40 seats.") == {}


def councils(body: str, title: str = "Count") -> list[str]:
    return [c["name"] for c in extract_text(title, body)["councils"]]


def test_an_area_a_party_has_taken_in_a_sentence_about_the_council_is_the_council() -> None:
    assert councils("The Greens have taken Stroud, ending 20 years of Tory rule on the council.") == ["Stroud Council"]


def test_an_area_taken_outside_a_sentence_about_the_council_is_no_council() -> None:
    assert councils("Labour have taken Stroud from the Conservatives with a majority of 4,100.") == []


def test_council_areas_listed_after_councils() -> None:
    body = "The Lib Dems now run five councils, including Woking, Elmbridge and Guildford."
    assert councils(body) == ["Woking Council", "Elmbridge Council", "Guildford Council"]


def test_a_pair_tied_apiece_share_the_figure_the_ward_and_the_lot_decides_the_loser() -> None:
    body = (
        "Labour's Amy Cole and the Green Sam Price finished with 804 votes apiece in Upper Wharfe after a recount."
        " The returning officer drew lots and Cole's name was drawn."
    )
    out = extract_text("Tie", body)
    assert [w["name"] for w in out["wards"]] == ["Upper Wharfe"]
    assert {c["name"]: (c["votes"], c["elected"]) for c in out["candidates"]} == {
        "Amy Cole": (804, True),
        "Sam Price": (804, False),
    }


def test_a_rivals_figure_for_a_possessive_party_is_its_candidates_votes_not_the_winners_party() -> None:
    body = (
        "The Ilkley Independents held Ilkley North. Ruth Hale won 1,880 votes against 902 for the Conservatives'"
        " Paul Kerr."
    )
    assert candidates(body) == {
        "Ruth Hale": ("Ilkley Independents", 1880, True),
        "Paul Kerr": ("Conservative", 902, False),
    }


def test_the_final_totals_after_a_margin_in_words_later_in_the_winners_clause() -> None:
    body = (
        "On the second recount Lib Dem Nia Ford took Abbeydale from the Tories by two votes, 902 to 900."
        " She beat the Conservative Mark Rudd, who had held the seat since 2014."
    )
    assert candidates(body) == {"Nia Ford": ("Liberal Democrats", 902, True), "Mark Rudd": ("Conservative", 900, False)}


def test_the_seat_named_after_a_verdicts_colon_is_a_ward() -> None:
    body = "And now a Green gain: Castle Bromwich, held by the Tories for 30 years, goes to Ellie Roe with 1,140 votes."
    assert wards(body) == ["Castle Bromwich"]
