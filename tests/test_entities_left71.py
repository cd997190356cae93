"""Round 63x's Guardian and WebCore leftovers: each rule is tested on wording of its own, not on the truth pages'
lines."""

from __future__ import annotations

from scraper.entities import extract_text


def outcomes(body: str, title: str = "Result") -> list[tuple[str, bool | None]]:
    """Each candidate of a one-post text as (name, elected)."""
    return [(c["name"], c["elected"]) for c in extract_text(title, body)["candidates"]]


def test_a_chief_whip_beaten_by_the_winner_is_a_losing_candidate() -> None:
    body = "Greens take Kelby. Mo Aziz won by 900 votes, defeating the chief whip, Jean Pruett."
    assert ("Jean Pruett", False) in outcomes(body)
    # (a chief whip only mentioned, with no contest's verb before, is no candidate)
    assert outcomes("Greens take Kelby by 900 votes. The chief whip, Jean Pruett, was not standing.") == []


def test_the_losers_listed_after_lost_their_seats_are_beaten_candidates() -> None:
    body = "Labour gained Kelby. Four councillors lost their seats, among them the group leader, Dora Vance."
    assert ("Dora Vance", False) in outcomes(body)
    assert ("Ivo Penn", False) in outcomes("Greens took Ashby. Two Lib Dems lost their seats, including Ivo Penn.")
    # (a seat lost in the past, with no list after it, marks no one)
    assert outcomes("Labour gained Kelby. Ivo Penn, who lost his seat in 2019, was at the count.") == []
