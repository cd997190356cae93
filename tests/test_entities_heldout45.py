"""Results-coverage wordings found missing by the blind held-out pages fixtures/truth/heldout-45x-* (a BBC LX page
of the Cornwall and Isles of Scilly council counts, a BBC WebCore page of general election night in Wales, a Guardian
roundup of a week's council by-elections): each rule is tested on wording of its own, not on the truth pages'
lines."""

from __future__ import annotations

from typing import Any

from scraper.entities import extract_text


def people(body: str, title: str = "Result") -> list[tuple[Any, ...]]:
    return [(c["name"], c["party"], c["votes"], c["elected"]) for c in extract_text(title, body)["candidates"]]


def test_a_result_table_with_a_share_column_after_the_votes() -> None:
    body = (
        "Labour have kept Westgate.\n"
        "Candidate | Party | Votes | %\n"
        "Marta Nowak | Labour | 904 | 48.2\n"
        "Colin Ebbs | Reform UK | 611 | 32.6\n"
        "Grace Udo | Green Party | 360 | 19.2%"
    )
    assert people(body, "Westgate: Lab hold") == [
        ("Marta Nowak", "Labour", 904, True),
        ("Colin Ebbs", "Reform UK", 611, False),
        ("Grace Udo", "Green Party", 360, False),
    ]


def test_a_party_then_its_candidate_in_brackets_then_the_votes_without_a_colon() -> None:
    body = (
        "Lib Dems take Hollins Brook from the Conservatives.\n"
        "Votes: Liberal Democrats (Oona Barr) 1,018; Conservative (Hal Pettigrew) 877; Labour (Sam Ibe) 240."
    )
    assert people(body, "Hollins Brook: LD gain from Con") == [
        ("Oona Barr", "Liberal Democrats", 1018, True),
        ("Hal Pettigrew", "Conservative", 877, False),
        ("Sam Ibe", "Labour", 240, False),
    ]


def test_names_with_welsh_and_polish_letters() -> None:
    body = (
        "Plaid Cymru hold Arfon.\n"
        "Dafydd Wyn Rhŷs (Plaid Cymru) 15,204\n"
        "Łukasz Wiśniewski (Reform UK) 9,881\n"
        "Gwenllian Ŵyn-Price (Labour) 7,010"
    )
    assert people(body, "Arfon: PC hold") == [
        ("Dafydd Wyn Rhŷs", "Plaid Cymru", 15204, True),
        ("Łukasz Wiśniewski", "Reform UK", 9881, False),
        ("Gwenllian Ŵyn-Price", "Labour", 7010, False),
    ]


def test_bare_name_and_votes_after_a_not_elected_label_lost() -> None:
    body = "All six seats in Harbour ward have now been filled.\nNot elected: Jon Tregear 288, Polly Angwin 251."
    assert people(body, "Harbour ward declared") == [
        ("Jon Tregear", None, 288, False),
        ("Polly Angwin", None, 251, False),
    ]


def test_bare_name_and_votes_lines_under_a_successful_candidates_heading() -> None:
    body = (
        "Quay ward elects four councillors, all of them independents this time.\n"
        "The successful candidates were:\n"
        "Morwenna Bice 811\n"
        "Alan Stevens 790\n"
        "Jenifer Luke 644\n"
        "Tom Hoskin 602"
    )
    got = people(body, "Quay ward: all four seats filled")
    assert [(name, votes, elected) for name, _party, votes, elected in got] == [
        ("Morwenna Bice", 811, True),
        ("Alan Stevens", 790, True),
        ("Jenifer Luke", 644, True),
        ("Tom Hoskin", 602, True),
    ]


def test_the_council_of_the_isles_of_scilly_is_a_council_and_holds_its_wards() -> None:
    facts = extract_text(
        "Tresco councillor returned",
        "Tresco ward has one seat on the Council of the Isles of Scilly. Ann Ware (Independent) won it with 61 votes.",
    )
    assert [c["name"] for c in facts["councils"]] == ["Council of the Isles of Scilly"]
    assert [(w["name"], w["council"]) for w in facts["wards"]] == [("Tresco", "Council of the Isles of Scilly")]


def test_a_list_under_a_returned_unopposed_heading_was_elected() -> None:
    body = "Three wards had only one candidate each. All three were returned unopposed:\n" + "\n".join(
        ("Eastmoor - Dilys Parry (Labour)", "Fforest - Iolo Rees (Plaid Cymru)", "Glanrhyd - Sam Bird (Independent)")
    )
    assert people(body, "No contest in three wards") == [
        ("Dilys Parry", "Labour", None, True),
        ("Iolo Rees", "Plaid Cymru", None, True),
        ("Sam Bird", "Independent", None, True),
    ]


def test_the_speaker_seeking_re_election_is_the_speakers_party_in_a_result_list() -> None:
    body = (
        "The Speaker, Ruth Dorey, has been returned in Eastvale.\n"
        "Ruth Dorey (Speaker seeking re-election) 22,870\n"
        "Ken Moss (Reform UK) 8,114\n"
        "Lia Penn (Green Party) 2,906"
    )
    assert people(body, "Eastvale: Speaker re-elected") == [
        ("Ruth Dorey", "Speaker", 22870, True),
        ("Ken Moss", "Reform UK", 8114, False),
        ("Lia Penn", "Green Party", 2906, False),
    ]
