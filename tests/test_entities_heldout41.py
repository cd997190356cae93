"""Results-coverage wordings found missing by the blind held-out pages fixtures/truth/heldout-41x-* (a BBC WebCore page
of a closed-list Senedd count, a Guardian live blog of English county council counts): each rule is tested on wording
of its own, not on the truth pages' lines."""

from __future__ import annotations

from scraper.entities import extract_text


def candidates(body: str, title: str = "Results") -> dict[str, tuple[object, ...]]:
    return {c["name"]: (c["party"], c["votes"], c["elected"]) for c in extract_text(title, body)["candidates"]}


def totals(body: str, title: str = "Results") -> list[tuple[str, int]]:
    return [(t["party"], t["seats"]) for t in extract_text(title, body)["seat_totals"]]


def test_one_areas_seats_shared_between_parties_are_no_body_total() -> None:
    # a multi-member area's six seats, in prose: no party's seats on a council or a parliament
    assert totals("In Northvale Coast the Greens won three seats, Labour two and the Lib Dems one.") == []
    assert totals("Labour and the SNP took two seats each, and the Conservatives one.", "Eastburn declares") == []
    # a body's tally, and a running tally of a count still going, are totals
    body = "The Greens have 31 seats, Labour 20 and the Lib Dems 6."
    assert totals(body) == [("Green Party", 31), ("Labour", 20), ("Liberal Democrats", 6)]
    running = "With five of the 9 wards declared in Oakham, Labour have won four seats and the Greens one."
    assert totals(running) == [("Labour", 4), ("Green Party", 1)]
    # a council's few councillors are a council's
    assert totals("On the town council the Greens have four councillors and Labour two.") == [
        ("Green Party", 4),
        ("Labour", 2),
    ]


def test_seats_in_the_constituency_or_there_are_one_areas() -> None:
    assert totals("Plaid Cymru won two seats in the constituency, its best result.") == []
    assert totals("Reform took three seats there on a 30% share.", "Upper Dale") == []
    # a council's seats 'there' are still a total
    assert totals("The Lib Dems now hold 24 seats there.", "Lib Dems keep Eastleigh Borough Council") == [
        ("Liberal Democrats", 24)
    ]


def test_elected_for_a_party_labels_its_people_as_winners() -> None:
    body = "Labour has taken both seats in Oakwood.\nElected for Labour: Priti Varma and Colin Ashe."
    found = candidates(body)
    assert found["Priti Varma"] == ("Labour", None, True)
    assert found["Colin Ashe"] == ("Labour", None, True)
    # several rolls on one line, after a division's name and a dash
    line = "Two-member divisions:\nRiverside – Elected for the Greens: Nora Platt; elected for Reform UK: Ken Boyd"
    found = candidates(line)
    assert found["Nora Platt"] == ("Green Party", None, True)
    assert found["Ken Boyd"] == ("Reform UK", None, True)
    # a label followed by something other than names reads no one
    assert candidates("Elected for Labour: a record share in the town.") == {}


def test_members_under_a_will_be_heading_were_elected() -> None:
    body = "Its five members of the new assembly will be:\nAlys Reed (Green)\nHamish Toye (Labour)"
    found = candidates(body, "Westmoor declares")
    assert found["Alys Reed"] == ("Green Party", None, True)
    assert found["Hamish Toye"] == ("Labour", None, True)


def test_name_comma_party_and_party_rolls_under_an_elected_heading() -> None:
    body = "The four members elected are:\nBeth Lyle, Labour\nOwen Cray, Conservative"
    found = candidates(body)
    assert found["Beth Lyle"] == ("Labour", None, True)
    assert found["Owen Cray"] == ("Conservative", None, True)
    body = "Elected in Glanmor:\nLabour: Ffion Rees, Tom Idris\nGreen Party: Mo Shah"
    found = candidates(body)
    assert found["Tom Idris"] == ("Labour", None, True)
    assert found["Mo Shah"] == ("Green Party", None, True)
    # the same lines under no such heading name no winner
    assert candidates("Candidates standing:\nBeth Lyle, Labour\nOwen Cray, Conservative") == {}
