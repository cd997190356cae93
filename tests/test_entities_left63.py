"""Results-coverage wordings the 54x-59x rounds still missed: each rule is tested on wording of its own, not on the
truth pages' lines."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from probes import people

from scraper.entities import extract_page, extract_text
from scraper.models import Post


def totals(body: str, title: str = "Summary") -> list[tuple[Any, ...]]:
    """Each seat total of a one-post text as (party, seats)."""
    return [(t["party"], t["seats"]) for t in extract_text(title, body)["seat_totals"]]


def test_a_body_tally_keeps_a_figure_the_nations_share_repeats() -> None:
    body = (
        "With 600 of the 650 seats counted the Greens have 290 MPs, Labour 250 and Plaid Cymru 30.\n"
        "Plaid Cymru took 30 of the 32 seats in Wales."
    )
    assert ("Plaid Cymru", 30) in totals(body)
    # (the nation's share alone, with no tally of MPs naming the same figure, is still no body's total)
    assert totals("Plaid Cymru took 30 of the 32 seats in Wales.") == []


def test_a_name_said_to_be_a_partys_first_or_latest_casualty_is_of_that_party() -> None:
    body = "The housing minister, Cal Dyer, is the latest Green casualty.\nHe lost Eastham to Labour's Dee Hart."
    assert people(body)[0] == ("Cal Dyer", "Green Party", None, False)
    # (an order word with no party right after it says nothing of the name's party)
    assert people("Cal Dyer is the first to lose a seat. He lost Eastham to Labour's Dee Hart.")[0][1] is None


def test_names_opening_on_an_office_are_of_the_party_whose_office_holders_were_counted() -> None:
    body = (
        "Three Green ministers have now lost their seats.\n"
        "The transport secretary, Cal Dyer, lost Eastham to Labour's Dee Hart.\n"
        "Later the housing minister, Eve Long, was beaten by Labour's Fay Moss."
    )
    assert [(name, party) for name, party, *_ in people(body)] == [
        ("Cal Dyer", "Green Party"),
        ("Dee Hart", "Labour"),
        ("Eve Long", "Green Party"),
        ("Fay Moss", "Labour"),
    ]
    # (with no count of a party's office-holders before it, an office says nothing of the party)
    assert people("The transport secretary, Cal Dyer, lost Eastham to Labour's Dee Hart.")[0][1] is None


def test_one_thanked_beside_the_other_candidates_lost_to_the_posts_winner() -> None:
    body = "Cal Dyer has won Eastham for the Greens.\nIn his speech he thanked Dee Hart and all the other candidates."
    assert people(body) == [("Cal Dyer", "Green Party", None, True), ("Dee Hart", None, None, False)]
    # (thanked beside the party's workers, not the field, a name is no candidate)
    assert [name for name, *_ in people(body.replace("other candidates", "party workers"))] == ["Cal Dyer"]


def test_a_winners_figure_on_the_losers_side_of_the_final_totals_places_a_third_below_it() -> None:
    body = (
        "Dee Hart defeated the sitting member, Eve Long, by 2,310 votes to 2,050.\nA third candidate, Gil Ray, got 95."
    )
    assert people(body)[-1] == ("Gil Ray", None, 95, False)
    # (a third who polled more than the winner's final total is not placed below it)
    assert people(body.replace("got 95", "got 2,400"))[-1][3] is not False


def test_a_hope_told_by_a_name_is_no_outcome_of_its_own() -> None:
    hope = "The Greens are buoyant. Their agent, Hal Fenn, believes they can take a seat in Northfield."
    assert people(hope) == []
    # (the name's own hope with a modal: a candidate, with no outcome yet)
    assert people("The Greens are buoyant. Hal Fenn can win Northfield, his agent says.") == [
        ("Hal Fenn", None, None, None)
    ]


def test_a_party_staffers_title_between_a_defeat_and_the_name_keeps_the_name_beaten() -> None:
    body = "Northfield: Ann Lowe (Green) gain from Labour, ousting its campaign coordinator Bob Fry."
    assert people(body)[1] == ("Bob Fry", "Labour", None, False)
    assert people(body.replace("its campaign coordinator", "the party's election co-ordinator"))[1][3] is False


def test_a_leaders_party_short_of_a_majority_is_no_outcome_of_the_leaders() -> None:
    assert people("Such a result would leave Ivy Marr's party 12 short of a majority.", "Exit poll") == []
    # (the leader's own seat still is: a name beaten in a sentence of its own)
    assert people("Ivy Marr lost her seat to Labour's Jo Bell.", "Exit poll")[0] == ("Ivy Marr", None, None, False)


def test_the_one_a_winners_speech_is_cited_to_won() -> None:
    body = (
        "In her victory speech, the new member thanked her agent and promised to fight for the library.\n"
        "Northfield deserves better, and now it will get it.\n"
        "Kay Ness, councillor for Northfield\n"
        "The Green candidate Lyn Pope said she was disappointed."
    )
    assert people(body, "Speech")[0] == ("Kay Ness", None, None, True)
    # (a speech not said to be a winner's: the one cited is no winner)
    assert people(body.replace("victory speech", "speech"), "Speech")[0][3] is not True


def test_the_town_a_count_is_held_in_is_no_ward() -> None:
    def wards(body: str) -> list[str]:
        return [w["name"] for w in extract_text("First result", body)["wards"]]

    body = "The news comes from the district count in Ripley, where Labour's Ola Penn has won Ashwood with 980 votes."
    assert wards(body) == ["Ashwood"]
    # (a place named with 'in' before the winner, no count before it, is still the ward)
    assert wards("In Ripley, Labour's Ola Penn has won with 980 votes.") == ["Ripley"]


def test_a_mayor_titled_so_after_the_count_is_the_mayoral_tallys_winner_on_a_page_of_several_contests() -> None:
    def post(hour: int, title: str, body: str) -> Post:
        return Post(
            post_id=f"p{hour}", title=title, body_text=body, published_at=datetime(2030, 5, 3, hour, tzinfo=UTC)
        )

    mayor = post(1, "Mayoral result", "The result:\nAnn Bell (Green) 20,402 - elected\nTom Roe (Labour) 18,871")
    ward = post(2, "Eastham result", "The result:\nCy Hale (Labour) 1,402 - elected\nDi Moss (Green) 1,187")
    wrap = post(3, "That's all", "Mayor Ann Bell is expected to name her cabinet next week.")
    extract_page([mayor, ward, wrap])
    assert [(c["name"], c["party"], c["elected"]) for c in (wrap.entities or {})["candidates"]] == [
        ("Ann Bell", "Green Party", True)
    ]
    # (named without the title, alone, on a page of several contests: a passing mention, no candidate)
    passing = post(3, "That's all", "Ann Bell is expected to name her cabinet next week.")
    extract_page([mayor, ward, passing])
    assert (passing.entities or {})["candidates"] == []
