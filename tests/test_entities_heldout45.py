"""Results-coverage wordings found missing by the blind held-out pages fixtures/truth/heldout-45x-* (a BBC LX page
of the Cornwall and Isles of Scilly council counts, a BBC WebCore page of general election night in Wales, a Guardian
roundup of a week's council by-elections): each rule is tested on wording of its own, not on the truth pages'
lines."""

from __future__ import annotations

from typing import Any

import pytest

from scraper.entities import extract_text

# (title, body, the candidates read: name, party, votes, elected)
LISTS: dict[str, tuple[str, str, list[tuple[Any, ...]]]] = {
    "a result table with a share column after the votes": (
        "Westgate: Lab hold",
        "Labour have kept Westgate.\nCandidate | Party | Votes | %\nMarta Nowak | Labour | 904 | 48.2\n"
        "Colin Ebbs | Reform UK | 611 | 32.6\nGrace Udo | Green Party | 360 | 19.2%",
        [
            ("Marta Nowak", "Labour", 904, True),
            ("Colin Ebbs", "Reform UK", 611, False),
            ("Grace Udo", "Green Party", 360, False),
        ],
    ),
    "a party, its candidate in brackets, the votes without a colon": (
        "Hollins Brook: LD gain from Con",
        "Lib Dems take Hollins Brook from the Conservatives.\n"
        "Votes: Liberal Democrats (Oona Barr) 1,018; Conservative (Hal Pettigrew) 877; Labour (Sam Ibe) 240.",
        [
            ("Oona Barr", "Liberal Democrats", 1018, True),
            ("Hal Pettigrew", "Conservative", 877, False),
            ("Sam Ibe", "Labour", 240, False),
        ],
    ),
    "names with Welsh and Polish letters": (
        "Arfon: PC hold",
        "Plaid Cymru hold Arfon.\nDafydd Wyn Rhŷs (Plaid Cymru) 15,204\nŁukasz Wiśniewski (Reform UK) 9,881\n"
        "Gwenllian Ŵyn-Price (Labour) 7,010",
        [
            ("Dafydd Wyn Rhŷs", "Plaid Cymru", 15204, True),
            ("Łukasz Wiśniewski", "Reform UK", 9881, False),
            ("Gwenllian Ŵyn-Price", "Labour", 7010, False),
        ],
    ),
    "a bare name and votes after a not-elected label lost": (
        "Harbour ward declared",
        "All six seats in Harbour ward have now been filled.\nNot elected: Jon Tregear 288, Polly Angwin 251.",
        [("Jon Tregear", None, 288, False), ("Polly Angwin", None, 251, False)],
    ),
    "bare name and votes lines under a successful-candidates heading": (
        "Quay ward: all four seats filled",
        "Quay ward elects four councillors, four of them new this time.\nThe successful candidates were:\n"
        "Morwenna Bice 811\nAlan Stevens 790\nJenifer Luke 644\nTom Hoskin 602",
        [
            ("Morwenna Bice", None, 811, True),
            ("Alan Stevens", None, 790, True),
            ("Jenifer Luke", None, 644, True),
            ("Tom Hoskin", None, 602, True),
        ],
    ),
    "a list under a returned-unopposed heading was elected": (
        "No contest in three wards",
        "Three wards had only one candidate each. All three were returned unopposed:\n"
        "Eastmoor - Dilys Parry (Labour)\nFforest - Iolo Rees (Plaid Cymru)\nGlanrhyd - Sam Bird (Independent)",
        [
            ("Dilys Parry", "Labour", None, True),
            ("Iolo Rees", "Plaid Cymru", None, True),
            ("Sam Bird", "Independent", None, True),
        ],
    ),
    "the Speaker seeking re-election is the Speaker's party in a result list": (
        "Eastvale: Speaker re-elected",
        "The Speaker, Ruth Dorey, has been returned in Eastvale.\nRuth Dorey (Speaker seeking re-election) 22,870\n"
        "Ken Moss (Reform UK) 8,114\nLia Penn (Green Party) 2,906",
        [
            ("Ruth Dorey", "Speaker", 22870, True),
            ("Ken Moss", "Reform UK", 8114, False),
            ("Lia Penn", "Green Party", 2906, False),
        ],
    ),
}


@pytest.mark.parametrize("case", sorted(LISTS))
def test_result_list_wordings(case: str) -> None:
    title, body, expected = LISTS[case]
    got = [(c["name"], c["party"], c["votes"], c["elected"]) for c in extract_text(title, body)["candidates"]]
    assert got == expected


def test_the_council_of_the_isles_of_scilly_is_a_council_and_holds_its_wards() -> None:
    facts = extract_text(
        "Tresco councillor returned",
        "Tresco ward has one seat on the Council of the Isles of Scilly. Ann Ware (Independent) won it with 61 votes.",
    )
    assert [c["name"] for c in facts["councils"]] == ["Council of the Isles of Scilly"]
    assert [(w["name"], w["council"]) for w in facts["wards"]] == [("Tresco", "Council of the Isles of Scilly")]


def totals(title: str, body: str) -> list[tuple[Any, ...]]:
    return [(s["party"], s["seats"]) for s in extract_text(title, body)["seat_totals"]]


def test_a_nations_seats_counted_after_the_sentence_naming_them_are_no_commons_totals() -> None:
    body = (
        "All 57 constituencies in Scotland have now declared. The SNP won 22 seats, Labour 19 and the Lib Dems 9.\n"
        "With 30 of Scotland's 57 seats in, Labour had won 12 and the SNP 11.\n"
        "Across the UK, Labour has 301 MPs and the Conservatives 144."
    )
    assert totals("Scotland's seats all declared", body) == [("Labour", 301), ("Conservative", 144)]


def test_a_nations_seats_with_the_plain_apostrophe_are_no_commons_totals() -> None:
    body = "With 20 of Wales' 32 seats declared, Labour have won 9, Plaid Cymru 5 and Reform UK 6."
    assert totals("Running tally in Wales", body) == []
