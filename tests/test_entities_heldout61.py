"""Results-coverage wordings found missing by the blind held-out pages fixtures/truth/heldout-61x-* (a Guardian page
of the 2005 general election overnight, a BBC WebCore page of a count day of ties, recounts and one-vote wins, a text
copy of an ITV Wales page of the 2012 Welsh council results): each rule is tested on wording of its own, not on the
truth pages' lines."""

from __future__ import annotations

from tests.probes import people


def test_a_partys_short_name_a_dash_then_the_name_and_votes_is_a_list_item() -> None:
    body = "Abertillery, two seats:\nPC - Sian Morgan 1,021\nPC - Huw Bevan 988\nCon - Alan Frew 412"
    assert people(body, "Plaid take Abertillery") == [
        ("Sian Morgan", "Plaid Cymru", 1021, True),
        ("Huw Bevan", "Plaid Cymru", 988, True),
        ("Alan Frew", "Conservative", 412, False),
    ]


def test_a_dash_after_a_party_before_a_verdict_is_not_an_item() -> None:
    body = "Lab - gain from Con 2019\nThe Conservatives held on elsewhere."
    assert people(body, "Roundup") == []
