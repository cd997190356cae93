"""Results-coverage wordings round 60x still missed (fixtures/truth/heldout-60x-*): each rule is tested on wording
of its own, not on the truth pages' lines."""

from __future__ import annotations

from typing import Any

from probes import people

from scraper.entities import extract_page, extract_text
from scraper.models import Post


def _wards(body: str, title: str = "Result") -> list[tuple[str, str | None]]:
    return [(w["name"], w["council"]) for w in extract_text(title, body)["wards"]]


def test_the_places_whose_voters_had_by_elections_to_a_named_council_are_its_wards() -> None:
    body = (
        "Voters in Brook Vale, Hale and Marsh End were also picking councillors, in by-elections for Anyshire Council."
    )
    assert _wards(body) == [
        ("Brook Vale", "Anyshire Council"),
        ("Hale", "Anyshire Council"),
        ("Marsh End", "Anyshire Council"),
    ]
    # (voters of a place with no council's by-election named: a town, not a ward)
    assert _wards("Voters in Kelby went to the polls in a by-election.") == []


def test_the_place_after_a_named_councils_by_election_is_its_ward() -> None:
    body = "The last of the Anyshire Council by-elections, in Brook Vale, went to the Greens' Ann Lowe."
    assert _wards(body) == [("Brook Vale", "Anyshire Council")]


def test_a_count_down_to_two_finalists_has_eliminated_the_rest() -> None:
    body = (
        "With no one past half the first choices, the mayoralty is down to Ann Lowe and Bob Fry.\n"
        "Ann Lowe (Lab) 9,120\nBob Fry (Con) 8,870\nCal Dyer (Green) 2,410\nDee Hart (Lib Dem) 1,050\n"
        "Second preferences are being counted now."
    )
    assert [p[3] for p in people(body, "Mayoral count")] == [None, None, False, False]
    # (no second round in the post: 'down to' a pair decides no one)
    plain = "It is down to Ann Lowe and Bob Fry now.\nAnn Lowe (Lab) 9,120\nBob Fry (Con) 8,870\nCal Dyer (Green) 2,410"
    assert [p[3] for p in people(plain, "Count")][2] is None


def _totals(body: str) -> list[tuple[str, int]]:
    return [(t["party"], t["seats"]) for t in extract_text("Final tally", body)["seat_totals"]]


def test_a_joint_total_shared_out_after_a_dash_gives_each_partys_seats() -> None:
    body = "The pact won 30 of the 51 seats: 20 for Labour and ten for the Greens. The Conservatives have the other 21."
    assert _totals(body) == [("Labour", 20), ("Green Party", 10), ("Conservative", 21)]
    # (seats not shared out after a dash or colon: a target, no party's total)
    assert _totals("Labour hope to win 20 for Labour and ten for the Greens, says the leader.") == []


def test_one_to_be_sworn_in_is_a_winner() -> None:
    assert people("Ann Lowe will be sworn in as the borough's mayor at Friday's full council.") == [
        ("Ann Lowe", None, None, True)
    ]
    assert people("The Green leader, Bob Fry, is expected to be sworn in again as council leader on Monday.") == [
        ("Bob Fry", "Green Party", None, True)
    ]
    # (a past swearing-in may be an earlier term's: no candidate of this count)
    assert people("Ann Lowe was sworn in as mayor in 2019.") == []


def test_the_bracketed_figure_after_a_party_written_with_for_is_the_names_votes() -> None:
    body = "Behind them came Ann Lowe for the Greens (402), Bob Fry of the Conservatives (218) and Cal Dyer (Lab) (97)."
    assert people(body)[:2] == [("Ann Lowe", "Green Party", 402, None), ("Bob Fry", "Conservative", 218, None)]


def test_a_ward_in_apposition_to_the_last_ward_is_a_ward() -> None:
    assert _wards("The last ward, Marsh End, has finally declared.") == [("Marsh End", None)]
    assert _wards("The first division to declare, Brook Vale, stayed Labour.") == [("Brook Vale", None)]
    # (an aside that names no place)
    assert _wards("The first ward, as usual, was the quickest to count.") == []


def test_one_beaten_by_a_running_mate_named_with_the_tie_lost() -> None:
    body = "Labour's Ann Lowe took the third seat, pipping her own running mate Bob Fry by 40 votes."
    assert people(body) == [("Ann Lowe", "Labour", None, True), ("Bob Fry", "Labour", None, False)]


def _page_outcomes(*posts: tuple[str, str]) -> list[list[tuple[str, Any]]]:
    page = [Post(post_id=f"p{i}", title=title, body_text=body) for i, (title, body) in enumerate(posts)]
    extract_page(page)
    return [[(c["name"], c["elected"]) for c in (p.entities or {})["candidates"]] for p in page]


def test_a_place_in_a_block_votes_poll_says_whether_the_candidate_was_elected() -> None:
    opening = ("Polls close", "Twelve candidates are standing for the five seats, and each voter can back up to five.")
    placed = (
        "Near misses",
        "Labour's Ann Lowe finished seventh with 2,301 votes. The Green Bob Fry, in fourth place with 2,950, "
        "was delighted.",
    )
    assert _page_outcomes(opening, placed)[1] == [("Ann Lowe", False), ("Bob Fry", True)]
    # (without a block vote told: a place is its own seat's, left to the post's own words, which do not elect the
    # fourth-placed)
    plain = ("Polls close", "Twelve candidates are standing for the five seats across the county.")
    own = [(name, elected) for name, _party, _votes, elected in people(placed[1])]
    assert _page_outcomes(plain, placed)[1] == own
    assert ("Bob Fry", True) not in own


def test_a_run_ending_in_side_is_a_place_not_a_person() -> None:
    body = "Brook Side takes in most of the city's student flats. Ann Lowe took the seat with 1,344 votes."
    assert [p[0] for p in people(body)] == ["Ann Lowe"]
