"""Results-coverage wordings behind the truth table's lowest files (a City ward count's losers standing as
independents, ...): each rule is tested on wording of its own, not on the truth pages' lines."""

from __future__ import annotations

from probes import people


def test_names_with_their_votes_in_brackets_share_a_plural_independent_label() -> None:
    body = (
        "The sitting councillors Jo Bell (812) and Sam Hart (790) were re-elected. Amir Khan (402) and Lucy Dale "
        "(388), also standing as independents, came up short."
    )
    assert people(body)[2:] == [("Amir Khan", "Independent", 402, False), ("Lucy Dale", "Independent", 388, False)]


def test_a_name_with_its_votes_in_a_bracket_takes_the_independent_label_after_it() -> None:
    body = "Labour's Ann Cole won with 930 votes. Pat Reid (611 votes), who also stood as an independent, was third."
    assert ("Pat Reid", "Independent", 611, False) in people(body)
