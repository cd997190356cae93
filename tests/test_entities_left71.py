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
