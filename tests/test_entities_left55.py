"""Results-coverage wordings the blind pages of round 55x (fixtures/truth/heldout-55x-*) still missed after that
round: each rule is tested on wording of its own, not on the truth pages' lines."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from scraper.entities import extract_page, extract_text
from scraper.models import Post


def page_people(*posts: tuple[str, str]) -> list[list[tuple[Any, ...]]]:
    page = [Post(post_id=f"p{i}", title=title, body_text=body) for i, (title, body) in enumerate(posts)]
    extract_page(page)
    return [[(c["name"], c["party"], c["elected"]) for c in (p.entities or {})["candidates"]] for p in page]


def test_a_name_after_the_possessive_of_initials_another_post_spells_out_is_that_groups() -> None:
    spelled = (
        "Control",
        "The Canalside Residents Association now hold 20 of the 38 seats on Canalside Council, with Labour on 14.",
    )
    ward = ("Lockgate", "In Lockgate the CRA's Imran Bashir won the second seat, 52 votes ahead of Labour's Sue Hale.")
    got = page_people(spelled, ward)[1]
    assert ("Imran Bashir", "Canalside Residents Association", True) in got


def test_a_possessive_of_initials_no_post_spells_out_gives_no_party() -> None:
    ward = ("Lockgate", "In Lockgate the CRA's Imran Bashir won the second seat, 52 votes ahead of Labour's Sue Hale.")
    assert ("Imran Bashir", None, True) in page_people(ward)[0]


def page_totals(*posts: tuple[str, str]) -> list[list[tuple[Any, ...]]]:
    page = [Post(post_id=f"p{i}", title=title, body_text=body) for i, (title, body) in enumerate(posts)]
    extract_page(page)
    return [[(s["party"], s["seats"]) for s in (p.entities or {})["seat_totals"]] for p in page]


def test_a_running_tally_under_initials_another_post_spells_out_is_that_groups_total() -> None:
    spelled = ("Ward result", "Dale Row (Canalside Residents Association) 1,104 – elected\nAmy Lusk (Labour) 870")
    tally = ("Latest", "With 9 of 15 wards in, the count on Canalside Council stands at CRA 11, Labour 6, Green 1.")
    assert ("Canalside Residents Association", 11) in page_totals(spelled, tally)[1]
    assert ("Labour", 6) in page_totals(tally)[0]
    assert all(party != "Canalside Residents Association" for party, _ in page_totals(tally)[0])


def test_running_mates_of_a_sweep_by_initials_another_post_spells_out_are_that_groups() -> None:
    spelled = ("Control", "The Canalside Residents Association now hold 20 of the 38 seats on Canalside Council.")
    sweep = (
        "Clean sweep",
        "The CRA have won all three seats in Towpath, held by Labour since 2010. Lena Ford led with 1,904 votes, "
        "with her running mates Raj Patel (1,850) and Nora Quinn (1,799) also elected.",
    )
    got = page_people(spelled, sweep)[1]
    assert [(name, party) for name, party, _ in got] == [
        ("Lena Ford", "Canalside Residents Association"),
        ("Raj Patel", "Canalside Residents Association"),
        ("Nora Quinn", "Canalside Residents Association"),
    ]


def people(body: str, title: str = "Results") -> list[tuple[Any, ...]]:
    return [(c["name"], c["party"], c["elected"]) for c in extract_text(title, body)["candidates"]]


def test_a_winner_right_after_a_sentence_on_where_the_seat_went_is_that_partys() -> None:
    body = (
        "The Greens have held Oakfield, where Ann Roe was returned with 902 votes. "
        "Elmstead, though, has gone to the Lib Dems. Piers Lomax won 1,310 votes, unseating Tory councillor "
        "Sam Cole, who polled 1,148."
    )
    assert ("Piers Lomax", "Liberal Democrats", True) in people(body)
    fell = "Labour held Hythe. Quarry Bank fell to Reform. Nia Bevan won 1,022 votes to Labour's Ed Mott's 871."
    assert ("Nia Bevan", "Reform UK", True) in people(fell)


def test_a_verdict_on_the_line_above_a_winner_is_not_read_over_its_own_lines() -> None:
    body = (
        "Northwick: the Ashby ward by-election was won by Jo Pratt. Labour gain from Conservative.\n"
        "Southwick: the Deane ward by-election was won by Max Orr. Green gain from Labour."
    )
    assert ("Max Orr", "Green Party", True) in people(body)


def timed_page(*posts: tuple[str, str, str]) -> list[list[tuple[Any, ...]]]:
    page = [
        Post(post_id=f"p{i}", title=title, body_text=body, published_at=datetime.fromisoformat(at))
        for i, (at, title, body) in enumerate(posts)
    ]
    extract_page(page)
    return [[(c["name"], c["party"], c["elected"]) for c in (p.entities or {})["candidates"]] for p in page]


_DECLARATION = (
    "2031-03-06T02:10:00+00:00",
    "Declaration",
    "The result of the Fernbrook by-election:\nOwen Vickers (Plaid Cymru) 9,204 – elected\n"
    "Carys Lloyd (Labour) 8,877\nDan Frew (Reform UK) 3,015",
)


def test_a_one_contest_pages_candidate_named_alone_later_is_its_candidate_with_its_outcome() -> None:
    later = ("2031-03-06T03:00:00+00:00", "Goodnight", "Owen Vickers takes his seat in the Senedd next week.")
    earlier = ("2031-03-06T01:00:00+00:00", "Arrivals", "Labour's Carys Lloyd has just arrived at the leisure centre.")
    got = timed_page(later, _DECLARATION, earlier)
    assert got[0] == [("Owen Vickers", "Plaid Cymru", True)]
    assert got[2] == [("Carys Lloyd", "Labour", None)]


def test_a_name_of_one_of_several_contests_named_alone_is_no_candidate_there() -> None:
    other = (
        "2031-03-06T02:30:00+00:00",
        "Second declaration",
        "The result in Glanmor:\nSian Hale (Labour) 7,002 – elected\nTom Rees (Plaid Cymru) 6,110",
    )
    later = ("2031-03-06T03:00:00+00:00", "Goodnight", "Owen Vickers thanked his agent and went home.")
    assert timed_page(later, other, _DECLARATION)[0] == []


def councils(body: str, title: str = "Results") -> list[str]:
    return [c["name"] for c in extract_text(title, body)["councils"]]


def test_a_council_areas_no_overall_control_line_among_verdict_lines_names_that_council() -> None:
    body = (
        "Here's how the night ended in the north-west:\n"
        "Bolton - no overall control\nBury - Labour hold\nOldham - Labour hold"
    )
    assert councils(body) == ["Bolton Council", "Bury Council", "Oldham Council"]
    assert councils("Where it stands:\nSomewhere Green - no overall control\nBury - Labour hold") == []


def test_the_counts_progress_through_a_council_areas_wards_names_that_council() -> None:
    assert councils("With nine of Bolton's 20 wards in, Labour have 14 seats so far.") == ["Bolton Council"]
    assert councils("Twelve of Bury's seventeen wards have declared.") == ["Bury Council"]
    # (the wards of any poll, or one place's ward, say nothing of this count)
    assert councils("All 60 seats in Bolton's 20 wards are up for election; Labour hold 35.") == []
    assert councils("Labour held Bolton's Halliwell ward with 1,020 votes.") == []


def page_wards(*posts: tuple[str, str]) -> list[list[str]]:
    page = [Post(post_id=f"p{i}", title=title, body_text=body) for i, (title, body) in enumerate(posts)]
    extract_page(page)
    return [[w["name"] for w in (p.entities or {})["wards"]] for p in page]


def test_the_area_of_a_council_the_page_names_is_no_ward() -> None:
    council = ("Control", "Labour keep control of Marrowby Council with 31 of the 50 seats.")
    seats = (
        "Independents win their first seats in Marrowby",
        "Independents have taken both seats in Kiln Hill, where Rob Tate won 1,402 votes.",
    )
    assert page_wards(council, seats)[1] == ["Kiln Hill"]
    assert "Marrowby" in page_wards(seats)[0]


def test_the_person_giving_a_victory_speech_is_elected() -> None:
    body = "Kelby by-election: in his victory speech, Colm Reddy thanked the count staff and his SNP team."
    assert [(name, elected) for name, _party, elected in people(body)] == [("Colm Reddy", True)]
    speech = "In a speech to party members, Colm Reddy said the Kelby by-election would be close."
    assert all(elected is not True for _name, _party, elected in people(speech))
