"""Rounds 64x/60x/63x leftovers: each rule is tested on wording of its own, not on the truth pages' lines."""

from __future__ import annotations

from probes import people


def test_a_member_back_with_a_figure_or_majority_was_re_elected() -> None:
    body = "Ashby, Lib Dem hold, Wes Farrant back with 2,210. Eastmoor, Labour hold, Ida Crane back with 640."
    assert people(body) == [("Wes Farrant", "Liberal Democrats", 2210, True), ("Ida Crane", "Labour", 640, True)]
    assert people("Ida Crane is back with a bigger majority in Eastmoor.")[0][3] is True
    # (back with family or friends is no return to a seat)
    assert people("Ida Crane is back with her family after the count in Eastmoor.") == []
