"""Results-coverage wordings round 58x's blind pages still missed (fixtures/truth/heldout-58x-*): each rule is tested
on wording of its own, not on the truth pages' lines."""

from __future__ import annotations

from probes import people


def test_a_retired_trade_after_an_age_is_what_the_name_was_not_a_seat_given_up() -> None:
    assert people("Labour's Ann Lowe, a 64-year-old retired nurse, polled 2,210 votes.") == [
        ("Ann Lowe", "Labour", 2210, None)
    ]
    # (a councillor who retired is still not standing, with or without the age)
    assert people("Tom Vance, a 71-year-old retired councillor, said the count was slow.") == []
    assert people("Tom Vance, who retired in May, said the count was slow.") == []


def test_a_seat_holder_who_stood_down_in_a_whose_aside_is_not_the_winner() -> None:
    body = "The Greens' Ann Lowe won Brook with 930 votes, gaining it from Labour, whose sitting councillor retired."
    assert people(body) == [("Ann Lowe", "Green Party", 930, True)]
    assert people("Tom Vance took the seat with 604 votes from the Tories, whose MP had stood down.")[0][2:] == (
        604,
        True,
    )
    # (the name's own standing down still counts)
    assert people("Tom Vance, whose party had backed him, stood down in May.") == []


def test_a_past_win_in_an_aside_between_dashes_is_not_this_counts() -> None:
    body = (
        "In Brook, the Green leader Ann Lowe - who won the seat for the party in 2015 - could only finish third."
        " Labour's Jim Fenwick held on with 1,679 votes to 412 for the Tory Sam Kerr and 160 for Ms Lowe."
    )
    lowe, fenwick = people(body)[:2]
    assert lowe[:3] == ("Ann Lowe", "Green Party", 160) and lowe[3] is not True
    assert fenwick == ("Jim Fenwick", "Labour", 1679, True)


def test_a_partys_only_candidate_in_apposition_is_that_partys() -> None:
    assert people("Labour won both seats. The Greens' only candidate, Ann Lowe, polled 212.")[0][:3] == (
        "Ann Lowe",
        "Green Party",
        212,
    )
    assert people("Reform's sole candidate, Tom Vance, came last with 98 votes.")[0][:3] == (
        "Tom Vance",
        "Reform UK",
        98,
    )


def test_the_party_a_name_has_sat_for_till_now_in_a_past_aside_is_its_own() -> None:
    body = "Ann Lowe, who has served on the council since 2012 for the Greens, lost her seat to Labour's Tom Vance."
    assert people(body)[0] == ("Ann Lowe", "Green Party", None, False)
    # (a party sat for once, 'had sat', or given up is not the name's now)
    assert people("Ann Lowe, who sat for Brook in 2012 for the Greens, lost to Labour's Tom Vance.")[0][1] is None
    assert people("Ann Lowe, who had sat for Brook since 2012 for the Greens, won it for Labour with 900 votes.") == [
        ("Ann Lowe", "Labour", 900, True)
    ]


def test_a_campaign_for_a_cause_in_a_bracket_is_the_names_group() -> None:
    body = "Ann Lowe (Labour) 2,860 - elected\nJo Ames (Alliance for Green Socialism) 431\nTom Vance (UKIP) 310"
    assert ("Jo Ames", "Alliance for Green Socialism", 431, False) in people(body)
    body = "Tom Vance (Conservative) 1,902 - elected\nJo Ames (Fenland Campaign against the Incinerator) 655"
    assert ("Jo Ames", "Fenland Campaign against the Incinerator", 655, False) in people(body)
