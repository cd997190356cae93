"""Results-coverage wordings found missing by the blind held-out pages fixtures/truth/heldout-50x-* (a BBC LX page of
Scottish STV by-elections with an English tie drawn by lot and a recount that reversed a result, a local paper's
JSON-LD page of two new shadow unitary councils, a Sky-style text copy of a general election night): each rule is
tested on wording of its own, not on the truth pages' lines."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from probes import people

import scraper
from scraper.clean import classify_line
from scraper.entities import extract_text

FETCHED = datetime(2033, 1, 10, 12, tzinfo=UTC)


def totals(body: str, title: str = "Results") -> list[tuple[Any, ...]]:
    return [(s["party"], s["seats"]) for s in extract_text(title, body)["seat_totals"]]


def test_a_sky_date_line_ending_in_uk_dates_the_posts() -> None:
    copy = (
        "Sky News\n\nElection night live: the results\n\nThursday 6 May 2032 06:12, UK\n\nLive updates\n\n"
        "06:05\n\nCount finished in Hexham\n\nThe count is over.\n\nShare\n\n"
        "23:40\n\nPolls have closed\n\nVoting has ended.\n\nShare\n"
    )
    page = scraper.parse(copy.encode(), url=None, fetched_at=FETCHED, entities=False)
    assert [p.published_at for p in page.posts] == [
        datetime(2032, 5, 6, 5, 5, tzinfo=UTC),
        datetime(2032, 5, 5, 22, 40, tzinfo=UTC),
    ]


def test_a_cookie_worded_consent_gate_is_boilerplate() -> None:
    gate = (
        "This content is provided by Instagram, which may be using cookies and other technologies. "
        "To show you this content, we need your permission to use cookies."
    )
    assert classify_line(gate) == "embed_cookies"
    assert classify_line("Manage cookies") == "embed_accept"
    assert classify_line("This content is provided by our reporters at the count.") is None


def test_a_residents_alliance_is_its_own_group_not_the_alliance_party() -> None:
    body = (
        "Ashby Residents' Alliance won both seats in Castle ward.\n"
        "Dee Moran (Ashby Residents' Alliance) 1,204\nKit Shaw (Ashby Residents' Alliance) 1,150\nRon Pye (Con) 644"
    )
    assert people(body) == [
        ("Dee Moran", "Ashby Residents' Alliance", 1204, True),
        ("Kit Shaw", "Ashby Residents' Alliance", 1150, True),
        ("Ron Pye", "Conservative", 644, False),
    ]
    assert totals("The Ashby Residents' Alliance now has six seats on the council.") == [
        ("Ashby Residents' Alliance", 6)
    ]


def test_a_commons_tally_is_read_under_a_heading_line_that_counts_the_650() -> None:
    body = (
        "With 530 of the 650 constituencies now in, the scoreboard reads:\n"
        "Conservatives 201, Labour 188, Lib Dems 61, Reform UK 44, SNP 21"
    )
    assert totals(body, "Overnight picture") == [
        ("Conservative", 201),
        ("Labour", 188),
        ("Liberal Democrats", 61),
        ("Reform UK", 44),
        ("SNP", 21),
    ]


def test_a_final_result_list_in_a_post_about_a_hung_parliament_is_the_commons() -> None:
    body = "It is a hung parliament.\nThe final result:\nConservatives 301\nLabour 244\nLib Dems 52"
    assert totals(body, "All seats in") == [("Conservative", 301), ("Labour", 244), ("Liberal Democrats", 52)]


def test_party_figures_over_a_councils_seats_with_no_commons_mark_stay_votes() -> None:
    body = "Turnout was 31%.\nThe final result:\nConservatives 301\nLabour 244\nLib Dems 52"
    assert totals(body, "Hilltop by-election") == []


def test_a_total_given_as_a_share_of_a_places_seats() -> None:
    assert totals("The win hands the Lib Dems 19 of Wealden's 45 seats, with the Tories on 17.") == [
        ("Liberal Democrats", 19),
        ("Conservative", 17),
    ]
    assert totals("That gives the Greens 4 of Reform's 10 seats in the county.") == []


def test_a_bracket_of_all_or_both_gives_every_joined_name_the_party() -> None:
    body = (
        "Riverside: Ola Price, Dev Shah and Kim Lowe (all Labour) elected.\n"
        "Hilltop: Ed Moss and Fay Rix (both Green) elected."
    )
    got = extract_text("Two more wards", body)
    assert [(c["name"], c["party"], c["elected"], c["ward"]) for c in got["candidates"]] == [
        ("Ola Price", "Labour", True, "Riverside"),
        ("Dev Shah", "Labour", True, "Riverside"),
        ("Kim Lowe", "Labour", True, "Riverside"),
        ("Ed Moss", "Green Party", True, "Hilltop"),
        ("Fay Rix", "Green Party", True, "Hilltop"),
    ]
    assert [w["name"] for w in got["wards"]] == ["Riverside", "Hilltop"]


def test_the_closest_challenger_lost() -> None:
    body = "Reform's Ann Toft won Seaview with 1,870 votes. The Lib Dems' Jo Pym was the nearest rival on 1,311."
    assert people(body) == [("Ann Toft", "Reform UK", 1870, True), ("Jo Pym", "Liberal Democrats", 1311, False)]


def test_the_top_of_a_party_is_no_seat_lost_to_it() -> None:
    body = (
        "The three seats in Dockside went to Labour's Amy Reed (1,902), Sol Grant (1,877) and Ty Boyd (1,840).\n"
        "Green Pat Hume missed out by 40 votes, and the top Tory, Viv Norris, polled 766."
    )
    got = {n: el for n, _, _, el in people(body)}
    assert got["Pat Hume"] is False
    assert got["Viv Norris"] is False


def test_an_office_before_a_forename_is_no_part_of_the_name() -> None:
    body = "Health Secretary Nadia Quinn has lost her seat to the Lib Dems' Owen Birch, who won by 2,310 votes."
    assert [(n, el) for n, _, _, el in people(body, "Minister out")] == [("Nadia Quinn", False), ("Owen Birch", True)]


def test_the_rivals_of_a_count_still_going_are_candidates() -> None:
    body = "The Tory Sam Reid is defending his seat against Labour's Ivy Mohan in a recount."
    assert people(body, "Recount") == [("Sam Reid", "Conservative", None, None), ("Ivy Mohan", "Labour", None, None)]
    body = "Only six votes separated the second-placed Green, Ada Lowe, and Reform's Ben Cole."
    assert ("Ada Lowe", "Green Party", None, None) in people(body, "Recount under way")


def test_a_pair_with_votes_apiece_both_have_the_figure() -> None:
    body = "After two recounts the Lib Dem Amir Khan and Labour's Liz Hart had 455 votes apiece."
    assert people(body, "Still level") == [
        ("Amir Khan", "Liberal Democrats", 455, None),
        ("Liz Hart", "Labour", 455, None),
    ]


def test_the_name_drawn_out_in_a_tie_won() -> None:
    body = "Names went into a hat and the clerk drew out the Green Ella Marlow's, so she takes the seat."
    assert people(body, "Decided by lot") == [("Ella Marlow", "Green Party", None, True)]
    body = "The returning officer pulled out the name of Reform's Dan Pyke."
    assert people(body, "Seat decided") == [("Dan Pyke", "Reform UK", None, True)]


def test_the_others_lost_when_one_candidate_is_declared_elected() -> None:
    body = "Reform's Dan Pyke was declared elected in Elm Vale. Labour's Sue Orr polled 611 and the Green Tim Bass 204."
    assert people(body, "Elm Vale") == [
        ("Dan Pyke", "Reform UK", None, True),
        ("Sue Orr", "Labour", 611, False),
        ("Tim Bass", "Green Party", 204, False),
    ]


def test_a_past_by_election_the_post_recalls_names_no_ward() -> None:
    assert extract_text("Explainer", "Last month's Rowan Hill by-election went to nine stages.")["wards"] == []
    assert [w["name"] for w in extract_text("Count", "The Rowan Hill by-election went to nine stages.")["wards"]] == [
        "Rowan Hill"
    ]
