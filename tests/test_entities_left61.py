"""Results-coverage wordings round 59x still missed (fixtures/truth/heldout-59x-*): each rule is tested on wording
of its own, not on the truth pages' lines."""

from __future__ import annotations

from typing import Any

from probes import people

from scraper.entities import extract_text


def test_a_slate_then_a_short_clause_and_a_colon_names_the_partys_people() -> None:
    assert people("The Green duo topped the poll: Ann Lowe with 1,204 votes and Bob Fry with 1,100.") == [
        ("Ann Lowe", "Green Party", 1204, None),
        ("Bob Fry", "Green Party", 1100, None),
    ]
    # (a colon after the party alone, no slate word: what follows is not said to be its people)
    assert people("It was a good night for Labour: Ann Lowe beat Bob Fry by 300 votes.")[0][1] is None


def test_the_people_in_a_dashed_aside_after_a_role_are_the_partys() -> None:
    assert people("Two Labour ministers – Ann Lowe and Bob Fry – lost their seats to the Greens.") == [
        ("Ann Lowe", "Labour", None, False),
        ("Bob Fry", "Labour", None, False),
    ]
    # (a dash straight after the party, no role: a new clause, not its people)
    assert people("It was a good night for Labour – Ann Lowe beat Bob Fry by 300 votes.")[0][1] is None


def test_one_with_votes_beside_rivals_placed_third_and_lower_is_not_the_winner() -> None:
    placed = "Labour's Ann Lowe and Bob Fry were fifth and sixth, with the Green Cal Dyer on 318."
    assert people(placed)[2] == ("Cal Dyer", "Green Party", 318, None)
    # (with a runner-up named in the sentence, the one left with votes is still read as the winner)
    assert people("Ann Lowe was second with 300 and Bob Fry third, with Cal Dyer on 902.")[-1] == (
        "Cal Dyer",
        None,
        902,
        True,
    )


def test_they_after_a_counts_progress_are_the_party_of_the_sentence_before() -> None:
    def totals(body: str) -> list[tuple[Any, ...]]:
        return [(t["party"], t["seats"]) for t in extract_text("Summary", body)["seat_totals"]]

    body = "The Greens are close to a majority. With 40 of the 50 seats declared they have 24 MPs, Labour 12."
    assert totals(body) == [("Green Party", 24), ("Labour", 12)]


def test_a_pair_said_to_be_a_few_votes_apart_are_candidates() -> None:
    close = "Labour's Ann Lowe and the Green Bob Fry are thought to be separated by fewer than 20 votes."
    assert people(close) == [("Ann Lowe", "Labour", None, None), ("Bob Fry", "Green Party", None, None)]
    assert people("Ann Lowe and Bob Fry are understood to be a handful of votes apart.") == [
        ("Ann Lowe", None, None, None),
        ("Bob Fry", None, None, None),
    ]
    # (a name said to be something else is no candidate)
    assert people("Ann Lowe is said to be delighted with the turnout.") == []
