"""Results-coverage wordings found missing by the blind held-out BBC LX pages fixtures/truth/heldout-33x-* (the
Northern Ireland Assembly count of 2022, metropolitan boroughs and Barnet in 2018): each rule is tested on wording of
its own, not on the truth pages' lines."""

from __future__ import annotations

from scraper.entities import extract_text


def totals(body: str, title: str = "Results") -> list[tuple[str, int]]:
    return [(t["party"], t["seats"]) for t in extract_text(title, body)["seat_totals"]]


def wards(body: str, title: str = "Results") -> list[str]:
    return [w["name"] for w in extract_text(title, body)["wards"]]


def test_an_assemblys_members_count_as_its_seats() -> None:
    assert ("SDLP", 6) in totals("With counting over, the SDLP now has 6 MLAs.")
    assert ("Plaid Cymru", 11) in totals("After the 2016 poll was declared, Plaid Cymru had 11 AMs.")
    # a running tally told with 'so far', as 'have 14 so far' is
    assert ("Sinn Féin", 11) in totals("Sinn Féin has 11 MLAs so far, the DUP nine.")


def test_an_stv_count_of_an_assemblys_size_names_a_constituency_not_a_ward() -> None:
    # a quota of thousands, or a poll-topper's first preferences of five thousand or more: a Stormont seat
    assert (
        wards("Labour's Jo Smith was elected on the first count in Anyshire West with 6,120 first preferences.") == []
    )
    assert wards("Sam Jones took the fourth seat in Kirk Vale, passing the quota of 5,901 after transfers.") == []
    # a council ward's count is smaller: its name is still read
    assert wards("Sam Jones took the fourth seat in Kirk Vale, passing the quota of 1,901 after transfers.") == [
        "Kirk Vale"
    ]
    assert wards("Jo Smith was elected on the first count in Anyshire West with 1,120 first preferences.") == [
        "Anyshire West"
    ]


def test_a_line_headed_by_a_multi_member_seat_splits_its_seats_and_gives_no_totals() -> None:
    body = "Four councillors were elected in the Glenfield ward.\nGlenfield result: SNP 2, Labour 1, Conservative 1."
    assert totals(body, "Four elected in Glenfield") == []
    assert (
        totals("Sara Bell and Tom Kerr were elected for the SNP in the Mossvale ward.", "Mossvale: SNP hold two seats")
        == []
    )
    # the same split under no seat's heading is still read as the totals it gives
    body = "Four councillors were elected in the Glenfield ward.\nResult: SNP 2, Labour 1, Conservative 1."
    assert ("SNP", 2) in totals(body, "Four elected")


def candidates(body: str, title: str = "Results") -> dict[str, tuple[object, ...]]:
    return {c["name"]: (c["party"], c["votes"], c["elected"]) for c in extract_text(title, body)["candidates"]}


def test_the_ulster_unionists_and_aontu_are_parties() -> None:
    assert ("Ulster Unionist Party", 9) in totals("With all seats filled, the Ulster Unionists now have 9 MLAs.")
    assert candidates("Ulster Unionist candidate Ross Hill was elected on the third count.")["Ross Hill"] == (
        "Ulster Unionist Party",
        None,
        True,
    )
    body = "First preferences:\nAoife Ní Dhuinn (Aontú) 1,480\nJo Bell (SDLP) 2,210"
    assert candidates(body)["Aoife Ní Dhuinn"][:2] == ("Aontú", 1480)


def test_a_short_forename_keeps_a_surname_like_a_place_a_persons() -> None:
    # 'Hall', 'Bridge', 'Wood' end places too: a known forename before one makes the run a person's name
    body = (
        "Labour's Ann Pike won with 990 votes; Lib Dem Jess Wood was second with 512 "
        "and Conservative Nicky Hall third on 301."
    )
    got = candidates(body)
    assert got["Jess Wood"] == ("Liberal Democrats", 512, False)
    assert got["Nicky Hall"] == ("Conservative", 301, False)


def test_a_party_holding_every_seat_of_a_ward_elects_its_candidates_and_beats_the_rest() -> None:
    body = (
        "Labour have kept all three seats in the Riverside ward.\n"
        "Name | Party | Votes\nAmy Cole | Labour | 1,904\nBen Shaw | Labour | 1,877\nCara Lund | Labour | 1,802\n"
        "Dev Patel | Conservative | 1,210\nEve Marsh | Green Party | 498"
    )
    got = candidates(body, "Riverside declares")
    assert [got[n][2] for n in ("Amy Cole", "Ben Shaw", "Cara Lund")] == [True, True, True]
    assert got["Dev Patel"][2] is False and got["Eve Marsh"][2] is False
    got = candidates(
        "The Greens have held both of their seats in Hillside ward.\nJo Pym (Green) 1,020\nAl Roe (Green) 990"
    )
    assert got["Jo Pym"][2] is True and got["Al Roe"][2] is True


def test_a_sweep_of_one_ward_decides_nothing_in_another() -> None:
    body = (
        "Labour have kept all three seats in the Riverside ward.\n"
        "In Eastgate ward, the count goes on: Dev Patel (Con) 1,210, Eve Marsh (Green) 498."
    )
    got = candidates(body)
    assert got["Dev Patel"][2] is None and got["Eve Marsh"][2] is None


def test_following_on_a_later_count_elects() -> None:
    got = candidates("The SNP's Jo Dean topped the poll. Labour's Sam Reid followed at stage three.")
    assert got["Sam Reid"] == ("Labour", None, True)
    got = candidates(
        "Kay Moss (Green) was elected on the first count, and Plaid's Huw Rees followed on the fourth count."
    )
    assert got["Huw Rees"][2] is True


def test_a_name_still_in_the_running_is_a_candidate_with_no_outcome_yet() -> None:
    got = candidates("Three seats are left, with the SDLP's Rosa Kane among those still in the running.")
    assert got["Rosa Kane"] == ("SDLP", None, None)
    assert candidates("Labour's Kim Orr remains in contention for the last seat.")["Kim Orr"] == ("Labour", None, None)
