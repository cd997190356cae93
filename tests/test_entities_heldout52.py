"""Results-coverage wordings found missing by the blind held-out pages fixtures/truth/heldout-52x-* (a BBC WebCore
page of a county council count, a BBC LX page of a Senedd by-election and bilingual Welsh town and community council
by-elections, a Guardian round-up of council by-elections in an election analyst's shares-and-changes style): each
rule is tested on wording of its own, not on the truth pages' lines."""

from __future__ import annotations

from typing import Any

from probes import people

from scraper.entities import extract_text


def totals(body: str, title: str = "Results") -> list[tuple[Any, ...]]:
    return [(s["party"], s["seats"]) for s in extract_text(title, body)["seat_totals"]]


def councils(body: str, title: str = "Result") -> list[str]:
    return [c["name"] for c in extract_text(title, body)["councils"]]


def test_an_abbreviated_partys_share_is_no_seat_count() -> None:
    body = (
        "Labour kept Eastfield on Brackley council despite a drop: Lab 39.4% (-12.2), Ref 28.7% (+28.7), "
        "Con 20.1% (-9.0)."
    )
    assert totals(body) == []


def test_abbreviated_parties_seats_on_a_council_line_are_still_totals() -> None:
    body = "Final result, Brackley Council: Lab 31, Con 12, LD 5."
    assert totals(body) == [("Labour", 31), ("Conservative", 12), ("Liberal Democrats", 5)]


def test_a_seat_count_heading_under_a_line_counting_the_wards_in_heads_the_councils_seats() -> None:
    body = (
        "All 48 wards have now declared and Ferndale District Council stays under Labour control.\n"
        "The final seat count is:\n"
        "Labour: 27\n"
        "Conservatives: 14\n"
        "Green Party: 7"
    )
    assert totals(body) == [("Labour", 27), ("Conservative", 14), ("Green Party", 7)]


def test_a_council_named_in_welsh_and_english_is_the_english_names() -> None:
    body = "A seat on Cyngor Cymuned Penmachno / Penmachno Community Council has been filled by co-option."
    assert councils(body) == ["Penmachno Community Council"]


def test_a_council_named_in_english_first_keeps_its_english_name() -> None:
    assert councils("Pembrokeshire County Council / Cyngor Sir Penfro has one vacancy after the resignation.") == [
        "Pembrokeshire County Council"
    ]


def test_a_welsh_ballot_papers_bilingual_party_descriptions_are_their_parties() -> None:
    body = (
        "The declaration in Rhuthun:\n"
        "Rhys Pugh (Welsh Labour / Llafur Cymru) 1,204\n"
        "Mererid Wyn (Plaid Cymru – The Party of Wales) 998\n"
        "Tom Ashby (Welsh Conservatives / Ceidwadwyr Cymreig) 511\n"
        "Cerys Lane (Wales Green Party / Plaid Werdd Cymru) 87"
    )
    assert people(body, "Labour hold Rhuthun") == [
        ("Rhys Pugh", "Labour", 1204, True),
        ("Mererid Wyn", "Plaid Cymru", 998, False),
        ("Tom Ashby", "Conservative", 511, False),
        ("Cerys Lane", "Green Party", 87, False),
    ]


def test_the_welsh_lib_dems_are_the_liberal_democrats() -> None:
    assert people("Owain Tudor-Hughes held Llysfaen for the Welsh Lib Dems with 702 votes.") == [
        ("Owain Tudor-Hughes", "Liberal Democrats", 702, True)
    ]


def wards(body: str, title: str = "Result") -> list[str]:
    return [w["name"] for w in extract_text(title, body)["wards"]]


def test_a_senedd_by_election_names_a_constituency_not_a_ward() -> None:
    body = "Polls have closed in the Ogmore Senedd by-election and in two by-elections for Bridgend council."
    assert wards(body, "Polls close") == []


def test_a_council_by_election_still_names_its_ward() -> None:
    body = "Counting is under way in the Pencoed by-election for Bridgend County Borough Council."
    assert wards(body, "Polls close") == ["Pencoed"]


def test_a_round_ups_winner_line_names_the_elected_candidate() -> None:
    body = "Con 35.1% (-9.0), LD 30.2% (+12.4), Ref 24.0% (+24.0).\nWinner: Ana Ruiz (LD). Turnout 31%."
    assert people(body, "Hythe West (Folkestone and Hythe DC): LD gain from Con") == [
        ("Ana Ruiz", "Liberal Democrats", None, True)
    ]


def test_a_ward_glossed_in_a_bracket_is_the_ward_named_before_it() -> None:
    assert wards("Plaid Cymru have won the Dwyrain (East) ward on Cyngor Tref Bala / Bala Town Council.") == ["Dwyrain"]
    assert wards("Labour kept the Porth Tywyn (Burry Port) seat by 41 votes.") == ["Porth Tywyn"]


def test_the_party_a_candidate_stood_for_is_theirs_whatever_they_join_after() -> None:
    body = (
        "Meera Shah, who stood as the Green Party candidate in Eastgate, held the seat with 1,204 votes and then "
        "announced she was joining the Liberal Democrats."
    )
    assert people(body) == [("Meera Shah", "Green Party", 1204, True)]


def test_a_headlines_verdict_card_over_a_wards_count_names_the_ward() -> None:
    body = "Ruth Okafor (Labour) 1,311 ELECTED\nDean Hollis (Reform UK) 1,087\nAmy Pratt (Conservative) 402"
    assert wards(body, "Marsh Green: Labour GAIN from Conservative") == ["Marsh Green"]


def test_a_headlines_verdict_card_for_a_council_area_is_no_ward() -> None:
    body = "Labour have kept control, winning 31 of the 54 seats."
    assert wards(body, "Telford: Labour HOLD") == []
    assert wards(body, "Swindon: Labour HOLD") == []


def test_a_partys_candidate_in_a_place_names_the_ward() -> None:
    body = "Priya Nair, the Liberal Democrat candidate in Hillcrest Park, won with 978 votes."
    assert wards(body) == ["Hillcrest Park"]
