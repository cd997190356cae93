"""Older truth files' lowest lines, round 3 (fixtures/truth/heldout-*): each rule is tested on wording of its own, not
on the truth pages' lines."""

from __future__ import annotations

from probes import people


def test_a_partys_first_preferences_are_not_its_candidates_votes() -> None:
    said = (
        "First preference votes: Green 1,930; Lab 1,712; SNP 655.\n"
        "The Greens' Ailsa Munro took the seat on the fourth count, ahead of Labour's Tom Reid."
    )
    assert people(said, "Green gain Northfield") == [
        ("Ailsa Munro", "Green Party", None, True),
        ("Tom Reid", "Labour", None, False),
    ]
    # (a one-line tally of a count by a single vote is still the party's one candidate's)
    said = "Hartwell by-election: Green 1,930, Labour 1,712, SNP 655.\nThe Greens' Ailsa Munro is the new councillor."
    assert people(said, "Green gain Hartwell")[0] == ("Ailsa Munro", "Green Party", 1930, True)
