"""Results-coverage wordings found missing by the blind held-out pages fixtures/truth/heldout-55x-* (a BBC WebCore
page of a Scottish Parliament by-election, a regional paper's JSON-LD page of a London borough's mayoral and
council count, a Reach-style text copy of three metropolitan boroughs' thirds elections): each rule is tested on
wording of its own, not on the truth pages' lines."""

from __future__ import annotations

from typing import Any

from scraper.entities import extract_page, extract_text
from scraper.models import Post


def totals(body: str, title: str = "Results") -> list[tuple[Any, ...]]:
    return [(s["party"], s["seats"]) for s in extract_text(title, body)["seat_totals"]]


def test_rows_under_a_line_on_the_parties_at_a_devolved_parliament_are_its_seat_totals() -> None:
    body = (
        "The defection leaves the government a member short. The party strengths at Holyrood are now:\n"
        "SNP – 60 MSPs\n"
        "Scottish Conservatives – 31\n"
        "Scottish Labour – 22"
    )
    assert totals(body) == [("SNP", 60), ("Conservative", 31), ("Labour", 22)]
    wales = "Here is the state of the parties in Cardiff Bay:\nPlaid Cymru - 33\nReform UK - 24\nLabour - 27"
    assert totals(wales) == [("Plaid Cymru", 33), ("Reform UK", 24), ("Labour", 27)]


def test_rows_under_a_line_naming_no_body_are_not_seat_totals() -> None:
    body = "Our latest poll of the region suggests this:\nSNP – 41\nScottish Labour – 30\nReform UK – 14"
    assert totals(body) == []


def people(body: str, title: str = "Result") -> list[tuple[Any, ...]]:
    return [(c["name"], c["party"], c["votes"]) for c in extract_text(title, body)["candidates"]]


def test_a_local_peoples_alliance_is_a_group_with_seats_and_candidates() -> None:
    body = "Harbourside People's Alliance now have 19 of the 36 seats on Harbourside Council, with Labour on 12."
    assert ("Harbourside People's Alliance", 19) in totals(body)
    row = "Ward result:\nJo Bellamy (Harbourside People's Alliance) 1,204\nTom Riggs (Labour) 988"
    assert people(row) == [("Jo Bellamy", "Harbourside People's Alliance", 1204), ("Tom Riggs", "Labour", 988)]


def page_people(*posts: tuple[str, str]) -> list[list[tuple[Any, ...]]]:
    page = [Post(post_id=f"p{i}", title=title, body_text=body) for i, (title, body) in enumerate(posts)]
    extract_page(page)
    return [[(c["name"], c["party"], c["votes"]) for c in (p.entities or {})["candidates"]] for p in page]


def test_a_bracket_of_initials_another_post_spells_out_is_that_group() -> None:
    spelled = ("Control", "Quayside Independent Alliance now have 22 of the 40 seats on Quayside Council.")
    ward = ("Harbour East", "Harbour East (two seats):\nMaya Dhillon (QIA) 1,310 – elected\nRuth Pine (Lab) 1,188")
    assert page_people(spelled, ward)[1] == [
        ("Maya Dhillon", "Quayside Independent Alliance", 1310),
        ("Ruth Pine", "Labour", 1188),
    ]


def test_a_bracket_of_initials_no_post_spells_out_gives_the_votes_and_no_party() -> None:
    ward = ("Harbour East", "Harbour East (two seats):\nMaya Dhillon (QIA) 1,310 – elected\nRuth Pine (Lab) 1,188")
    assert page_people(ward)[0] == [("Maya Dhillon", None, 1310), ("Ruth Pine", "Labour", 1188)]


def outcomes(body: str, title: str = "Results") -> list[tuple[Any, ...]]:
    return [(c["name"], c["party"], c["elected"]) for c in extract_text(title, body)["candidates"]]


def test_a_wards_winner_followed_by_a_verdict_on_their_own_party_is_elected() -> None:
    body = (
        "Three more wards are in:\n"
        "Fernhill: Cara Doyle (Lib Dem) - LD hold\n"
        "Mossbank: Ian Booth (Reform UK) - Reform gain from Labour\n"
        "Lydgate: Rhona Kaye (Labour) - Lab hold"
    )
    assert outcomes(body) == [
        ("Cara Doyle", "Liberal Democrats", True),
        ("Ian Booth", "Reform UK", True),
        ("Rhona Kaye", "Labour", True),
    ]


def test_a_verdict_after_a_tallys_last_row_marks_no_row() -> None:
    body = "Upper Mill:\nSara Venn (Lab) 1,022\nOwen Tate (Con) 640. Lab hold."
    assert ("Owen Tate", "Conservative", True) not in outcomes(body)


def test_a_tally_under_a_line_naming_its_top_candidate_as_the_seats_winner_is_decided() -> None:
    body = (
        "Reform gained Moorside from the Conservatives earlier.\n\n"
        "In Ashton Brook, the Lib Dems' Kay Morrow kept her seat. The declaration:\n\n"
        "Kay Morrow (LD) 1,120\n"
        "Vince Hale (Reform UK) 1,004\n"
        "Alan Pugh (Con) 388"
    )
    assert outcomes(body) == [
        ("Kay Morrow", "Liberal Democrats", True),
        ("Vince Hale", "Reform UK", False),
        ("Alan Pugh", "Conservative", False),
    ]


def test_a_tally_under_a_line_naming_one_poll_topper_of_several_seats_is_left_open() -> None:
    body = (
        "Reform gained Moorside from the Conservatives earlier.\n\n"
        "In Ashton Brook, Kay Morrow topped the poll. The declaration:\n\n"
        "Kay Morrow (LD) 1,120\n"
        "Vince Hale (Reform UK) 1,004\n"
        "Alan Pugh (Con) 388"
    )
    assert ("Vince Hale", "Reform UK", False) not in outcomes(body)


def wards(body: str, title: str = "Results") -> list[str]:
    return [w["name"] for w in extract_text(title, body)["wards"]]


def test_a_word_before_ward_by_ward_names_no_ward() -> None:
    body = "Labour held Kersal Dale.\nComplete ward-by-ward figures for the whole city are further down this page."
    assert wards(body) == ["Kersal Dale"]


def test_a_bracket_of_initials_before_the_votes_is_no_ward() -> None:
    body = "The full result is in:\nOmar Shah (HFA) 1,877 – elected\nLiz Kent (Lab) 1,502"
    assert wards(body) == []
    assert wards("Labour's Omar Shah (Hollybank) won with 1,877 votes.") == ["Hollybank"]


def test_a_rows_bracket_of_initials_outweighs_a_party_the_prose_lends_the_name() -> None:
    spelled = ("Control", "Quayside Independent Alliance now have 22 of the 40 seats on Quayside Council.")
    ward = (
        "Recount result",
        "After a recount, Harbour East has returned two QIA councillors and one from Labour.\n"
        "Result after recount (three seats):\n"
        "Maya Dhillon (QIA) 1,310 – elected\n"
        "Ivo Stark (QIA) 1,296 – elected\n"
        "Ruth Pine (Lab) 1,188 – elected\n"
        "Al Dunn (Lab) 1,101",
    )
    got = page_people(spelled, ward)[1]
    assert ("Maya Dhillon", "Quayside Independent Alliance", 1310) in got
    assert ("Ivo Stark", "Quayside Independent Alliance", 1296) in got
