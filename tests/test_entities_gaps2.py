"""Known gaps of the fact extractor, each rule tested on wording of its own (several phrasings each) and on
near-misses that must keep their old reading."""

from __future__ import annotations

from typing import Any

import pytest

from scraper import entities
from scraper.entities import extract_text, tallies
from scraper.entities.doc import Doc, Lazy


def people(body: str, title: str = "Results") -> dict[str, tuple[Any, Any, Any]]:
    """name -> (party, votes, elected) of every candidate found."""
    return {c["name"]: (c["party"], c["votes"], c["elected"]) for c in extract_text(title, body)["candidates"]}


# --- 1. a place in a multi-member ward's order of election is a win -------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Green councillor Maya Holt was second to be elected in the three-seat Northgate ward.",
        "Maya Holt, second to be elected, said the team had worked for two years.",
        "Green Maya Holt came second to be elected, a few votes behind her colleague.",
        "Green Maya Holt finished third to be elected on the sixth stage.",
        "Green Maya Holt came second and was also elected, as both Northgate seats were up.",
        "Green Maya Holt finished third, taking the ward's last seat.",
        "Green Maya Holt came second with 1,310 votes and was elected alongside her running mate.",
        "Green Maya Holt came second to take the other seat in Northgate.",
    ],
)
def test_a_place_in_the_order_of_election_is_a_win(body: str) -> None:
    assert people(body)["Maya Holt"][2] is True


@pytest.mark.parametrize(
    "body",
    [
        "Green Maya Holt came second, missing out by 31 votes.",
        "Green Maya Holt was second on 1,310.",
        "Green Maya Holt finished third behind the two elected Labour candidates.",
        "Green Maya Holt came second and was not elected.",
        "Maya Holt, third on 1,310, said she would stand again.",
    ],
)
def test_a_place_without_a_seat_stays_a_defeat(body: str) -> None:
    assert people(body)["Maya Holt"][2] is False


@pytest.mark.parametrize(
    "body",
    [
        "Independent Ravi Dhillon was the third to be eliminated.",
        "Independent Ravi Dhillon was the last of the candidates to be excluded.",
    ],
)
def test_an_order_of_exclusion_is_a_defeat(body: str) -> None:
    assert people(body)["Ravi Dhillon"][2] is False


# --- 2. counts in words with hundreds and thousands; rounded figures ----------------------------------------------


def majority(body: str, title: str = "Results") -> dict[str, Any]:
    (only,) = extract_text(title, body)["majorities"]
    return {k: v for k, v in only.items() if k not in ("span", "evidence")}


@pytest.mark.parametrize(
    ("body", "votes"),
    [
        ("Independent Carl Moss polled one thousand and forty votes and won the seat.", 1040),
        ("Independent Carl Moss won with eight hundred and three votes.", 803),
        ("Independent Carl Moss won the seat with two thousand, four hundred and ten votes.", 2410),
        ("Independent Carl Moss won the seat, with Labour's Ada Finch on three hundred and ninety-nine.", None),
    ],
)
def test_votes_in_words_with_hundreds(body: str, votes: int | None) -> None:
    assert people(body)["Carl Moss"][1] == votes


def test_a_loser_on_a_figure_in_words() -> None:
    got = people("Independent Carl Moss won the seat, with Labour's Ada Finch on three hundred and ninety-nine.")
    assert got["Ada Finch"][1] == 399


@pytest.mark.parametrize(
    ("body", "votes"),
    [
        ("Labour held Kingsmead with a majority of four hundred.", 400),
        ("Labour held Kingsmead by a hundred votes.", 100),
        ("Labour held Kingsmead by one hundred and seventeen votes.", 117),
        ("Labour's Ada Finch held Kingsmead, finishing six hundred votes ahead of Reform.", 600),
        ("The Lib Dems took Kingsmead with a majority of one thousand, two hundred.", 1200),
        ("Labour held Kingsmead by seventeen votes.", 17),
    ],
)
def test_a_majority_in_words_with_hundreds(body: str, votes: int) -> None:
    got = majority(body)
    assert got["votes"] == votes and "approximate" not in got


def test_a_rounded_majority_is_approximate_and_never_its_first_digit() -> None:
    got = majority("Labour's Ada Finch held Kingsmead with a majority of 1.4k.")
    assert (got["votes"], got.get("approximate")) == (1400, True)
    # a rounded poll is no exact count of a candidate's votes (and never '2')
    assert people("Labour's Ada Finch held Kingsmead with 2.3k votes.")["Ada Finch"][1] is None


@pytest.mark.parametrize(
    "body",
    [
        "Labour's Ada Finch held Kingsmead by several hundred votes.",
        "Labour's Ada Finch held Kingsmead by hundreds of votes.",
        "Labour's Ada Finch held Kingsmead; two hundred people watched the count.",
        "Labour's Ada Finch held Kingsmead, its first Labour win in two hundred years.",
    ],
)
def test_hundreds_that_are_no_count_give_no_majority(body: str) -> None:
    assert extract_text("Results", body)["majorities"] == []


def test_a_decimal_is_not_its_whole_part() -> None:
    # a share's points are no majority of votes
    assert extract_text("Results", "Labour held Kingsmead with a majority of 5.3 points.")["majorities"] == []


def test_figures_in_words_are_found_where_a_scan_of_the_post_finds_them() -> None:
    """The seat-total and majority patterns tried only before their key words read far enough back for the longest
    figure in words (each Keyed scan is the plain scan)."""
    texts = (
        "Ada Finch finished one thousand, two hundred and six votes ahead of Reform; Tom Vale came a thousand and"
        " twelve votes clear of Labour and a two hundred and fifty-vote majority went to Sam Hill.",
        "Labour won four hundred and eleven seats out of six hundred and fifty; the Tories are one hundred and"
        " twenty seats short of a majority. Ada Finch had a 1.2k-vote majority, 2.5 thousand votes more than Reform.",
        "The Greens won just twelve seats, nine hundred votes ahead of the rest, by a hundred and one votes.",
    )
    keyed = (*tallies.SEAT_TOTAL_RES, *tallies.MAJORITY_RES, tallies._SHORT)
    found = 0
    for text in texts:
        for doc in (Doc(text=text, title_end=0, lower=text.lower()), Doc.of(None, text, entities.KEYS)):
            for k in keyed:
                rx = k.rx.compiled() if isinstance(k.rx, Lazy) else k.rx
                want = [(m.span(), m.groups()) for m in rx.finditer(doc.text)]
                assert [(m.span(), m.groups()) for m in k.finditer(doc)] == want, (rx.pattern[:60], text)
                found += len(want)
    assert found >= 12


# --- 4. asides inside a name's clause: a past party is not the party of the win ------------------------------------


@pytest.mark.parametrize(
    ("body", "party"),
    [
        ("Dominic Orr, who had fought the ward for the Lib Dems in 2021, won it for Labour.", "Labour"),
        ("Dominic Orr, who stood for the Lib Dems last time, took Harbourside for Labour with 702 votes.", "Labour"),
        ("The seat went to Dominic Orr, who had previously stood for the Liberal Democrats.", None),
        ("Dominic Orr, who quit Labour in 2023, won Harbourside as an independent.", "Independent"),
        ("Reform UK's Dominic Orr, who was formerly a Conservative councillor, gained Harbourside.", "Reform UK"),
        ("Dominic Orr, who is standing for the Lib Dems, won with 702 votes.", "Liberal Democrats"),
        ("Dominic Orr, who stood for the Greens, won Harbourside with 702 votes.", "Green Party"),
    ],
)
def test_a_past_party_in_an_aside_is_not_the_winners(body: str, party: str | None) -> None:
    assert people(body)["Dominic Orr"][0] == party


@pytest.mark.parametrize(
    ("body", "want"),
    [
        ("Dominic Orr, who won Harbourside in 2019, lost it this time to Labour.", False),
        ("Dominic Orr, who had held the seat since 2015, polled 540 and came third.", False),
        ("Dominic Orr, who had 702 votes, won the seat.", True),
    ],
)
def test_an_aside_about_the_past_is_not_the_outcome(body: str, want: bool) -> None:
    assert people(body)["Dominic Orr"][2] is want


def test_votes_in_an_aside_that_are_this_counts_are_kept() -> None:
    assert people("Dominic Orr, who had 702 votes, won the seat.")["Dominic Orr"][1] == 702


@pytest.mark.parametrize(
    ("body", "party"),
    [
        ("Labour's candidate, who grew up on the estate, Nadia Bakr, won with 1,106 votes.", "Labour"),
        ("The Green candidate, a retired midwife, Nadia Bakr, took the seat with 1,106 votes.", "Green Party"),
        ("The Conservative candidate, who was first elected in 2014, Nadia Bakr, held on.", "Conservative"),
        # near-miss: no role before the aside, the party is not written next to the name
        ("Labour, who ran the council until May, saw Nadia Bakr win with 1,106 votes.", None),
    ],
)
def test_a_role_interrupted_by_an_aside_keeps_its_party(body: str, party: str | None) -> None:
    assert people(body)["Nadia Bakr"][0] == party


# --- 3. a constituency is not a ward ---------------------------------------------------------------------------


def wards(body: str, title: str = "Results") -> list[str]:
    return [w["name"] for w in extract_text(title, body)["wards"]]


@pytest.mark.parametrize(
    "body",
    [
        "Labour's Ruth Okafor took Thornbury and Yate from the Lib Dems and becomes the area's first Labour MP.",
        "Plaid Cymru held Dwyfor Meirionnydd, where Elin Pugh was returned as the constituency's MS.",
        "The SNP's Callum Reid won Glenrothes and Mid Fife with 14,220 votes in the Holyrood election.",
        "Labour gained Penrith and Solway at the general election, Nisha Kaur winning by 5,300 votes.",
        "The Conservatives held the Bexley seat on the London Assembly, with Tom Garrard re-elected.",
        "Reform's Dale Upton won the Ashby Moor by-election, the party's fifth MP since July.",
    ],
)
def test_a_constituency_result_names_no_ward(body: str) -> None:
    assert wards(body) == []


@pytest.mark.parametrize(
    ("body", "want"),
    [
        # the same wording about a council, or with no word of a parliament, keeps its ward
        ("Labour's Ruth Okafor took Yate North from the Lib Dems on South Gloucestershire Council.", ["Yate North"]),
        ("Labour's Ruth Okafor took Yate North from the Lib Dems.", ["Yate North"]),
        ("The local MP congratulated Ruth Okafor, who won the Yate North ward for Labour.", ["Yate North"]),
        ("Reform's Dale Upton won the Ashby Moor by-election by 212 votes.", ["Ashby Moor"]),
    ],
)
def test_a_ward_result_keeps_its_ward(body: str, want: list[str]) -> None:
    assert wards(body) == want


def test_a_constituency_winner_has_no_ward() -> None:
    facts = extract_text("Results", "Labour gained Penrith and Solway at the general election, Nisha Kaur winning.")
    assert [(c["name"], c["ward"]) for c in facts["candidates"]] == [("Nisha Kaur", None)]
    assert [c["ward"] for c in facts["changes"]] == [None]


# --- 5. a local group the party list does not know, told by its seat count ------------------------------------


def totals(body: str, title: str = "Results") -> dict[str, int]:
    return {t["party"]: t["seats"] for t in extract_text(title, body)["seat_totals"]}


@pytest.mark.parametrize(
    ("body", "group", "seats"),
    [
        ("Voice for Rushcliffe won 14 of the 44 seats and will lead the council.", "Voice for Rushcliffe", 14),
        ("Putting Dartford First now has six councillors.", "Putting Dartford First", 6),
        ("The Morley Borough Alliance took 11 seats, two more than last time.", None, None),
        ("Bexhill Together secured 9 of the 38 seats.", "Bexhill Together", 9),
        ("With 38 seats declared, Labour have 20, Bexhill Together 9 and the Conservatives 6.", "Bexhill Together", 9),
        ("Labour won 20 of the 38 seats, with Bexhill Together on 9 and the Tories on 6.", "Bexhill Together", 9),
        ("Independents for Frome took 17 seats on the town council.", "Independents for Frome", 17),
    ],
)
def test_a_group_named_by_its_seats(body: str, group: str | None, seats: int | None) -> None:
    got = totals(body)
    if group is None:  # a group whose name holds a council's word ('Borough') is not read as one
        assert got == {}
    else:
        assert got[group] == seats
        assert group in [p["name"] for p in extract_text("Results", body)["parties"]]


def test_a_group_is_no_candidate() -> None:
    facts = extract_text(
        "Results", "Bexhill Together secured 9 of the 38 seats. Hastings Residents Association took 4 seats."
    )
    assert facts["candidates"] == []


@pytest.mark.parametrize(
    "body",
    [
        "North Yorkshire Council has 90 councillors.",  # a council's size
        "Tunbridge Wells won 12 seats for the Lib Dems in 2023.",  # a place
        "Greater Manchester now has 10 seats in the combined authority.",
        "Sarah Mitchell won 1,204 votes, a quarter of the seats' total.",  # a person
        "The Scottish Parliament has 129 seats.",
    ],
)
def test_a_place_or_a_body_with_seats_is_no_group(body: str) -> None:
    names = [p["name"] for p in extract_text("Results", body)["parties"]]
    assert not any(n not in ("Liberal Democrats",) for n in names), names


def test_a_group_after_a_known_partys_total() -> None:
    got = totals("Labour won 20 of the 38 seats and Bexhill Together took 9 seats.")
    assert got == {"Labour": 20, "Bexhill Together": 9}


@pytest.mark.parametrize(
    ("body", "want"),
    [
        ("The Conservatives won 20 of the 38 seats.", {"Conservative": 20}),
        ("Scottish Labour won 22 seats in Glasgow.", {"Labour": 22}),
        ("Plaid Cymru now has 12 councillors.", {"Plaid Cymru": 12}),
    ],
)
def test_a_known_party_is_no_group(body: str, want: dict[str, int]) -> None:
    assert totals(body) == want
