"""Results-coverage wordings the lowest truth pages and rounds 54x-55x still missed (fixtures/truth/heldout-*): each
rule is tested on wording of its own, not on the truth pages' lines."""

from __future__ import annotations

from typing import Any

from probes import people

from scraper.entities import extract_page, extract_text
from scraper.models import Post


def page_wards(*posts: tuple[str, str]) -> list[list[tuple[Any, ...]]]:
    page = [Post(post_id=f"p{i}", title=title, body_text=body) for i, (title, body) in enumerate(posts)]
    extract_page(page)
    return [[(w["name"], w["council"]) for w in (p.entities or {})["wards"]] for p in page]


def test_a_figure_in_a_ward_another_post_reads_names_that_ward() -> None:
    result = ("Fenbridge by-election", "Labour held Moss Side East on Fenbridge Council with 812 votes.")
    turnout = ("Turnout", "Turnout was just 19% in Moss Side East, the lowest this year.")
    share = ("Correction", "We said the Greens won 340 votes in Moss Side East. It was 430.")
    wards = page_wards(result, turnout, share)
    assert wards[1] == [("Moss Side East", "Fenbridge Council")]
    assert wards[2] == [("Moss Side East", "Fenbridge Council")]
    # (no figure of it, or no other post's ward: the place may be the town)
    assert page_wards(result, ("Queues", "There were queues at the polling stations in Moss Side East."))[1] == []
    assert page_wards(turnout)[0] == []


def test_one_expected_to_take_their_seat_is_elected() -> None:
    assert people("Labour's Ann Lowe is expected to take her seat in the Commons next week.") == [
        ("Ann Lowe", "Labour", None, True)
    ]
    assert people("The Greens' Cal Dyer and Dan Fry are due to take their seats on Monday.") == [
        ("Cal Dyer", "Green Party", None, True),
        ("Dan Fry", "Green Party", None, True),
    ]


def test_one_carried_over_the_line_by_anothers_votes_is_elected() -> None:
    body = (
        "The Greens' Ann Lowe topped the poll in Brook with 2,100 votes. Her surplus took her running mate Tom Vance"
        " over the line at stage four."
    )
    assert ("Tom Vance", "Green Party", None, True) in people(body)
    assert people("Labour transfers then carried the SNP's Jo Bloggs across the quota.") == [
        ("Jo Bloggs", "SNP", None, True)
    ]
    # (short of the line is no seat)
    assert people("Tom Vance fell 20 votes short of getting over the line.")[0][3] is False


def test_a_party_that_won_the_seat_at_a_past_election_is_not_the_winners_party() -> None:
    body = (
        "Reform UK have gained a seat in Brook. Ann Lowe was elected at stage five, taking the seat the Liberal"
        " Democrats won in 2019."
    )
    assert people(body) == [("Ann Lowe", "Reform UK", None, True)]
    body = "The Greens have taken Mill End. Cal Dyer topped the poll with 1,200 votes. Labour had held it since 2010."
    assert people(body) == [("Cal Dyer", "Green Party", 1200, True)]
    # (a seat a party won at this count gives its winner that party)
    assert people("In Brook, Ann Lowe was elected, taking a seat the Greens won.") == [
        ("Ann Lowe", "Green Party", None, True)
    ]


def test_a_paragraph_whose_wards_seats_are_filled_leaves_its_other_candidates_beaten() -> None:
    body = (
        "The Greens have won all three seats in Brook, with Ann Lowe, Ben Hurst and Cal Dyer elected.\n"
        "In Mill End, a two-member ward, Labour's Dan Fry (1,210) and Eve Holt (1,190) were elected. The Tories'"
        " Fay Lord polled 1,020."
    )
    assert ("Fay Lord", "Conservative", 1020, False) in people(body)
    # (a paragraph whose seats are not all said to be filled decides nothing)
    assert ("Fay Lord", "Conservative", 1020, None) in people(body.replace("two-member", "three-member"))


def test_one_who_congratulated_their_opponent_lost() -> None:
    body = "Ann Lowe won Brook with 1,200 votes. Tom Vance, who had held the seat since 2019, congratulated his rival."
    assert people(body) == [("Ann Lowe", None, 1200, True), ("Tom Vance", None, None, False)]
    assert people("Labour's Tom Vance congratulated his opponent after the count.") == [
        ("Tom Vance", "Labour", None, False)
    ]


def test_one_who_was_herself_returned_is_elected() -> None:
    body = "Council leader Ann Lowe, who was herself returned in Brook this morning, says she expects to lead again."
    assert people(body) == [("Ann Lowe", None, None, True)]
    assert people("The Labour leader, Tom Vance, was himself re-elected in Mill End with 900 votes.") == [
        ("Tom Vance", "Labour", 900, True)
    ]


def test_a_rivals_figure_in_words_after_the_possessive_is_their_votes() -> None:
    body = "Ann Lowe won Brook. She polled six hundred and ten votes to Labour's Tom Vance's five hundred and four."
    assert people(body) == [("Ann Lowe", None, 610, True), ("Tom Vance", "Labour", 504, False)]
    # (the possessive of anything else is no figure)
    assert [p[0] for p in people("Ann Lowe won Brook with ninety votes. Tom Vance's three children watched.")] == [
        "Ann Lowe"
    ]


def test_a_place_whose_count_is_over_is_a_ward_though_a_clause_describes_it() -> None:
    body = "The count for Mill End, which covers two villages, has finished.\nAnn Lowe - Labour - 1,642 - elected"
    result = extract_text("Four returned", body)
    assert [w["name"] for w in result["wards"]] == ["Mill End"]
    assert result["candidates"][0]["ward"] == "Mill End"
    # (a clause about something else is no description of the place)
    body = "The count for Mill End, said the agent, has finished.\nAnn Lowe - Labour - 1,642 - elected"
    assert extract_text("Four returned", body)["wards"] == []


def test_a_place_that_needed_no_vote_is_a_ward() -> None:
    result = extract_text("No poll needed in Mill End", "Ann Lowe, Ben Hurst and Cal Dyer were returned unopposed.")
    assert [w["name"] for w in result["wards"]] == ["Mill End"]
    assert [c["ward"] for c in result["candidates"]] == ["Mill End"] * 3
    body = "Voters in Brook Common did not need to go to the polls: Ann Lowe was the only candidate."
    assert [w["name"] for w in extract_text("Result", body)["wards"]] == ["Brook Common"]
    # (voters who did go to the polls there name no contest)
    assert extract_text("Result", "Voters in Brook Common went to the polls in the rain.")["wards"] == []


def test_their_former_council_leader_is_of_the_party_spoken_of_before() -> None:
    body = "The Greens had run Brook since 2015. Their former council leader Ann Lowe lost her seat in Mill End."
    assert people(body) == [("Ann Lowe", "Green Party", None, False)]
    body = "Labour lost ten seats in Brook. Its deputy group leader, Tom Vance, was beaten in Mill End."
    assert people(body) == [("Tom Vance", "Labour", None, False)]


def test_a_town_an_area_of_two_joins_is_no_ward_on_a_page_about_that_council() -> None:
    body = "A recount has been called in the Dawley ward of Telford and Wrekin, where two votes separate the leaders."
    assert page_wards(("Recount in Telford", body))[0] == [("Dawley", "Telford and Wrekin Council")]
    # (a place that is no part of the area's name stays a ward)
    assert page_wards(("Recount in Dawley", body))[0] == [("Dawley", "Telford and Wrekin Council")]


def test_a_place_which_elects_a_wards_few_members_is_a_ward() -> None:
    body = "Voters in Mill End, which elects two members to Essex County Council, have split their ticket."
    assert [w["name"] for w in extract_text("Result", body)["wards"]] == ["Mill End"]
    # (a parliament's many members are no ward's)
    assert extract_text("Result", "Scotland, which elects 129 members, votes today.")["wards"] == []


def test_the_one_beaten_over_a_margin_and_its_figures_set_off_lost() -> None:
    body = "The Greens' Ann Lowe was declared the winner by four votes - 902 to 898 - over Labour's Tom Vance."
    assert people(body) == [("Ann Lowe", "Green Party", None, True), ("Tom Vance", "Labour", None, False)]
    body = "Ann Lowe won by 12 votes (812 to 800) over the Conservative Tom Vance."
    assert ("Tom Vance", "Conservative", None, False) in people(body)
