"""Leftovers of the fact extractor (round left47): rules of general results wording, each on its own words."""

from __future__ import annotations

from typing import Any

from scraper.entities import extract_text


def _outcomes(facts: dict[str, list[dict[str, Any]]], key: str = "elected") -> dict[str, Any]:
    """Each candidate's `key` (whether elected, or votes) by name."""
    return {c["name"]: c[key] for c in facts["candidates"]}


def test_a_ward_taken_all_three_elects_the_top_three_of_its_poll() -> None:
    facts = extract_text(
        "Independents sweep Mill Lane",
        "The Independents have won all three in Mill Lane ward on Tendring council, ousting the Tories.\n"
        "Independent: Alan Moss 1,904, Beth Carr 1,877, Colin Hart 1,802\n"
        "Conservative: Dora Finch 1,350, Eric Pole 1,297, Fay Lowe 1,240\n"
        "Labour: Gus Reid 402",
    )
    assert _outcomes(facts) == {
        "Alan Moss": True,
        "Beth Carr": True,
        "Colin Hart": True,
        "Dora Finch": False,
        "Eric Pole": False,
        "Fay Lowe": False,
        "Gus Reid": False,
    }


def test_two_of_the_three_seats_gives_the_ward_three_winners_by_votes() -> None:
    facts = extract_text(
        "Lib Dems gain in Riverside",
        "The Liberal Democrats took two of the three seats in Riverside from Labour.\n"
        "Candidate | Party | Votes\n"
        "Hana Ito | Liberal Democrats | 1,610\n"
        "Ivan Roth | Labour | 1,588\n"
        "Jill Marsh | Liberal Democrats | 1,571\n"
        "Ken Alder | Labour | 1,502\n",
    )
    assert _outcomes(facts) == {"Hana Ito": True, "Ivan Roth": True, "Jill Marsh": True, "Ken Alder": False}


def test_no_poll_order_in_a_ranked_count_or_a_round_up_of_wards() -> None:
    ranked = extract_text(
        "Count in Forres",
        "The SNP took two of the three seats on first preferences and transfers.\n"
        "Amy Bell (SNP) 1,400\nBob Kerr (Conservative) 1,300\nCal Muir (SNP) 900\nDee Rae (Green) 850",
    )
    assert set(_outcomes(ranked).values()) <= {None, True}  # (transfers decide: not the order of first preferences)
    round_up = extract_text(
        "Two wards declared",
        "Labour held all three seats in Northgate ward.\nAnn Lee (Labour) 1,200\nBen Fox (Conservative) 800\n"
        "In Southgate ward the result was:\nCat Day (Labour) 1,000\nDan Orr (Green) 700",
    )
    assert _outcomes(round_up).get("Ben Fox") is not True  # (not the third of two wards' polls taken as one)


def test_a_first_round_figure_does_not_replace_the_final_total() -> None:
    facts = extract_text(
        "Kendrick elected mayor of Northmoor",
        "Labour's Jo Kendrick has been elected Mayor of Northmoor.\n"
        "She beat the Conservative Ed Tate on second preferences, by 52,400 votes to 49,100. "
        "In the first round Kendrick had 44,210 votes to Tate's 46,020.",
    )
    assert _outcomes(facts, "votes") == {"Jo Kendrick": 52400, "Ed Tate": 49100}


def test_a_final_total_after_second_preferences_outranks_the_first_round_list() -> None:
    facts = extract_text(
        "Kendrick re-elected mayor",
        "Labour's Jo Kendrick has been re-elected Mayor of Northmoor after second preferences were counted.\n"
        "First round:\nJo Kendrick (Labour) 81,200 (41.0%)\nEd Tate (Conservative) 70,150 (35.4%)\n"
        "Ann Pike (Green Party) 30,020 (15.2%)\n"
        "After second preferences, Kendrick finished on 95,310 to Tate's 80,777.",
    )
    assert _outcomes(facts, "votes") == {"Jo Kendrick": 95310, "Ed Tate": 80777, "Ann Pike": 30020}


def test_a_labelled_line_of_totals_gives_each_name_its_bare_figure() -> None:
    facts = extract_text(
        "Kendrick holds Northmoor",
        "Labour's Jo Kendrick has been re-elected Mayor of Northmoor.\n"
        "Final result: Kendrick 41,377; Liberal Democrat candidate Amy Colville 22,904.",
    )
    assert _outcomes(facts, "votes") == {"Jo Kendrick": 41377, "Amy Colville": 22904}
    # (a bare figure after a name in a sentence with no such label is not read as votes)
    plain = extract_text("Kendrick holds Northmoor", "Jo Kendrick was re-elected, her 3 wins in a row.")
    assert all(c["votes"] is None for c in plain["candidates"])


def test_a_win_that_gives_a_party_n_of_the_councils_seats_is_its_seat_total() -> None:
    facts = extract_text(
        "Lib Dems gain Holloway from the Tories",
        "The Liberal Democrats gained Holloway on Wealden District Council.\n"
        "Mark Tibbs won 1,022 votes to the Conservative Jan Ord's 877.\n"
        "The gain gave the Lib Dems 24 of the council's 45 seats.",
    )
    assert [(t["party"], t["seats"], t["of"]) for t in facts["seat_totals"]] == [("Liberal Democrats", 24, 45)]
    # (seats a win gives in one ward are not the council's total)
    ward = extract_text(
        "Labour win two in Northgate", "The count on Wealden District Council gave Labour two seats in Northgate."
    )
    assert ward["seat_totals"] == []


def test_its_best_showing_names_the_partys_own_candidate() -> None:
    facts = extract_text(
        "Greens draw a blank in Wigan",
        "The Green Party contested every ward in Wigan but won none.\n"
        "Their strongest performance came in Standish, where Ruth Kell polled 1,206, "
        "behind Labour's Sam Pike on 1,580.",
    )
    parties = {c["name"]: c["party"] for c in facts["candidates"]}
    assert parties == {"Ruth Kell": "Green Party", "Sam Pike": "Labour"}


def test_one_named_among_a_group_elected_unopposed_is_elected() -> None:
    facts = extract_text(
        "Uncontested seats in Torridge",
        "Three councillors were returned unopposed in Torridge, among them the Liberal Democrat Peter Lowry.\n"
        "Elsewhere the count goes on.",
    )
    assert [(c["name"], c["party"], c["elected"]) for c in facts["candidates"]] == [
        ("Peter Lowry", "Liberal Democrats", True)
    ]


def test_n_of_a_places_seats_is_a_seat_total_but_not_of_a_partys() -> None:
    facts = extract_text(
        "Greens take Stroud",
        "The Greens have taken control of Stroud District Council. The Greens now hold 27 of Stroud's 51 seats.",
    )
    assert [(t["party"], t["seats"], t["of"]) for t in facts["seat_totals"]] == [("Green Party", 27, 51)]
    theirs = extract_text("Greens gain", "On Stroud District Council the Greens won 3 of Labour's 10 seats.")
    assert theirs["seat_totals"] == []


def test_a_scoreboard_row_of_an_unknown_local_group_is_its_seat_total() -> None:
    facts = extract_text(
        "Conservatives hold Epping Forest",
        "The Conservatives keep control of Epping Forest District Council.\n"
        "Party | Seats | Change\nConservative | 30 | -4\nLoughton Ratepayers | 9 | +3\nGreen Party | 3 | +1\n"
        "Total | 42 |\nThe count finished at 4pm.",
    )
    assert [(t["party"], t["seats"]) for t in facts["seat_totals"]] == [
        ("Conservative", 30),
        ("Green Party", 3),
        ("Loughton Ratepayers", 9),
    ]


def test_tusc_is_named_as_it_names_itself_in_results() -> None:
    facts = extract_text(
        "Labour hold Kirkdale",
        "Labour held the Kirkdale seat.\nAnne Doyle (Labour) 1,402\n"
        "Pete Rowan (Trade Unionist and Socialist Coalition) 61",
    )
    assert {c["name"]: c["party"] for c in facts["candidates"]} == {"Anne Doyle": "Labour", "Pete Rowan": "TUSC"}
