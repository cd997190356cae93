"""Results-coverage wordings found missing by the blind held-out pages fixtures/truth/heldout-51x-* (a BBC WebCore
page of island council counts, a Guardian page of the London assembly count and a two-seat borough by-election, a
text copy of a metropolitan borough's own results page): each rule is tested on wording of its own, not on the truth
pages' lines."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from probes import people

import scraper
from scraper.entities import extract_text
from scraper.entities.doc import tab_cells

FETCHED = datetime(2033, 5, 6, 12, tzinfo=UTC)


def totals(body: str, title: str = "Results") -> list[tuple[Any, ...]]:
    return sorted((s["party"], s["seats"]) for s in extract_text(title, body)["seat_totals"])


def _text_page(body_lines: list[str]) -> str:
    """A text copy of a council's results page: one post under a 'Posted at' time."""
    body = "\n".join(body_lines)
    return f"Borough elections 2033: live results\n\nThursday 5 May 2033\n\nThe make-up\nPosted at 4:10pm\n\n{body}\n"


def _body(text: str) -> str:
    page = scraper.parse(text.encode(), url=None, fetched_at=FETCHED, entities=False)
    return page.posts[0].body_text


def test_candidates_who_were_not_elected_lost() -> None:
    got = people("The Green candidate, Edna Marsh, and the independent Carl Voss were not elected in Brookfield.")
    assert [(name, elected) for name, _, _, elected in got] == [("Edna Marsh", False), ("Carl Voss", False)]
    assert people("Labour's Tom Reddy was not re-elected.")[0][3] is False


def test_a_negated_win_beside_a_win_keeps_each_outcome() -> None:
    got = people(
        "Ivy Hart (1,302 votes) and Sam Dyer (1,250) were elected for the Greens. Labour's two candidates, "
        "Amir Patel (1,011) and Rhona Lee (990), were not elected."
    )
    assert [(name, votes, elected) for name, _, votes, elected in got] == [
        ("Ivy Hart", 1302, True),
        ("Sam Dyer", 1250, True),
        ("Amir Patel", 1011, False),
        ("Rhona Lee", 990, False),
    ]


def test_a_two_column_tab_table_is_read_as_rows() -> None:
    text = "Seats on Kestrel Borough Council:\nParty\tMembers\nGreen Party\t22\nLabour\t17\nTotal\t39"
    assert tab_cells(text).splitlines()[1:] == ["Party|Members", "Green Party|22", "Labour|17", "Total|39"]
    body = (
        "Every seat on Kestrel Borough Council was elected after new ward boundaries. Each ward elects two "
        "councillors.\nParty\tCouncillors\nGreen Party\t22\nLabour\t17\nTotal\t39"
    )
    assert totals(body) == [("Green Party", 22), ("Labour", 17)]


def test_a_lone_two_cell_tab_line_is_no_row() -> None:
    text = "Greens sweep Kestrel\tUpdated 14:02\n\nThe Greens won every ward."
    assert tab_cells(text) == text


def test_a_text_copys_two_column_table_keeps_its_cells() -> None:
    body = _body(_text_page(["Councillors by party:", "", "Party\tCouncillors", "Green Party\t22", "Labour\t17"]))
    assert body.splitlines() == ["Councillors by party:", "Party | Councillors", "Green Party | 22", "Labour | 17"]


def test_a_declaration_rows_surname_comma_forenames_is_read() -> None:
    body = (
        "Marsh End ward\nCandidate\tDescription\tVotes\t\nBARKER, Lucy Ann\tGreen Party\t1,200\tElected\n"
        "PRESTON, Ida\tHeywood Independents\t1,150\tElected\nCOLE, Ben\tLabour Party\t1,100\t"
    )
    assert people(body) == [
        ("Lucy Ann Barker", "Green Party", 1200, True),
        ("Ida Preston", "Heywood Independents", 1150, True),
        ("Ben Cole", "Labour", 1100, False),
    ]


def test_an_asterisk_after_a_name_marks_the_elected_under_its_key() -> None:
    rows = "Name | Party | Votes\nIvy Hart * | Green Party | 1,302\nSam Dyer | Labour | 990"
    assert people(rows + "\n* denotes elected candidate") == [
        ("Ivy Hart", "Green Party", 1302, True),
        ("Sam Dyer", "Labour", 990, False),
    ]
    assert people("Ivy Hart* (Green) 1,302\nSam Dyer (Lab) 990\n*Elected") == [
        ("Ivy Hart", "Green Party", 1302, True),
        ("Sam Dyer", "Labour", 990, False),
    ]
    # (with no key an asterisk may mark a sitting councillor: no winner read from it)
    assert all(elected is not True for *_, elected in people(rows))


def test_a_text_copys_asterisk_key_is_no_list_item() -> None:
    body = _body(
        _text_page(
            ["Brookfield ward result:", "", "Name\tParty\tVotes", "Ivy Hart *\tGreen Party\t1,302", "", "* elected"]
            + ["", "* Turnout 31%"]
        )
    )
    assert body.splitlines() == [
        "Brookfield ward result:",
        "Name | Party | Votes",
        "Ivy Hart * | Green Party | 1,302",
        "* elected",
        "Turnout 31%",
    ]


def test_a_results_card_copied_cell_by_cell_keeps_each_outcome() -> None:
    body = (
        "Marsh End ward\nIvy Hart\nGreen Party\n1,302 votes\nElected\nSam Dyer\nLabour Party\n990 votes\n"
        "Not elected\nRhona Lee\nReform UK\n412 votes\nNOT ELECTED"
    )
    assert people(body) == [
        ("Ivy Hart", "Green Party", 1302, True),
        ("Sam Dyer", "Labour", 990, False),
        ("Rhona Lee", "Reform UK", 412, False),
    ]
    assert [w["name"] for w in extract_text("Result", body)["wards"]] == ["Marsh End"]


def test_a_council_sites_feedback_question_ends_the_last_post() -> None:
    page = _text_page(["Counting has finished in all 20 wards."]) + "\nIs this page useful?\nYes\nNo\nContact us\n"
    assert _body(page).splitlines() == ["Counting has finished in all 20 wards."]


def test_a_local_groups_own_verdict_names_its_winner() -> None:
    body = "Harbour ward – Kelby Independents hold:\nRose Quill (Kelby Independents) 702\nTom Ash (Con) 611"
    assert people(body) == [("Rose Quill", "Kelby Independents", 702, True), ("Tom Ash", "Conservative", 611, False)]


def test_three_parties_sharing_one_figure_apiece() -> None:
    body = (
        "With 30 of 42 seats filled, the Greens have 14 councillors, and the SNP, the Lib Dems and Labour three each."
    )
    assert totals(body) == [("Green Party", 14), ("Labour", 3), ("Liberal Democrats", 3), ("SNP", 3)]


def test_a_two_seat_by_election_on_an_assembly_page_is_in_a_ward() -> None:
    body = (
        "Counting in the Kings Park by-election is under way. Labour are defending both seats, with Jo Parr standing."
    )
    wards = extract_text("By-election count", body, parliament_page=True)["wards"]
    assert [w["name"] for w in wards] == ["Kings Park"]
    # (a one-seat by-election on such a page is a constituency's)
    one = extract_text(
        "By-election count", "Counting in the Kings Park by-election is under way.", parliament_page=True
    )
    assert one["wards"] == []


def test_a_list_members_heading_ending_in_a_colon_elects_the_names_under_it() -> None:
    body = "These are the six regional list members, in the order of their seats:\nAnn Lee (Green)\nTom Hay (Lab)"
    assert people(body) == [("Ann Lee", "Green Party", None, True), ("Tom Hay", "Labour", None, True)]
    # (the list's vote shares under such a heading are no people)
    assert people("The regional list members' shares:\nGreen 31%\nLabour 22%") == []


def ward_names(body: str, title: str = "Count") -> list[str]:
    return [w["name"] for w in extract_text(title, body)["wards"]]


def test_a_place_called_a_ward_by_its_size_is_a_ward() -> None:
    assert ward_names("The Greens came first in Abbey Vale, the town's largest ward, with 1,204 votes.") == [
        "Abbey Vale"
    ]


def test_a_place_electing_a_wards_few_members_is_a_ward() -> None:
    assert ward_names("Counting has finished. Marsh End North elects three councillors, and Ann Lee won 1,300.") == [
        "Marsh End North"
    ]
    assert ward_names("Kelby elects 25 councillors this year, and Ann Lee won 1,300.") == []


def test_the_western_isles_council_is_found_by_its_gaelic_name() -> None:
    found = extract_text("Make-up", "Comhairle nan Eilean Siar is run by independents, who hold 20 of its 29 seats.")
    assert [c["name"] for c in found["councils"]] == ["Comhairle nan Eilean Siar"]
    assert [(s["council"], s["party"], s["seats"]) for s in found["seat_totals"]] == [
        ("Comhairle nan Eilean Siar", "Independent", 20)
    ]


def test_one_councillor_of_a_party_after_a_total() -> None:
    body = "With 30 of 40 seats declared, Labour have 20 seats, with six Greens and one Lib Dem councillor."
    assert totals(body) == [("Green Party", 6), ("Labour", 20), ("Liberal Democrats", 1)]


def test_the_make_up_going_into_the_day_is_no_total() -> None:
    assert totals("Going into today, the Greens had 14 members, Labour nine and the SNP two.") == []
    assert totals("Going into today's count, the Greens had 14 members, Labour nine and the SNP two.") == []


def test_seats_won_on_the_list_are_no_totals() -> None:
    body = (
        "From the regional list, the Greens took seven seats and Labour two. That leaves the 40-member assembly "
        "with Labour on 17 members, the Greens seven and the SNP five."
    )
    assert totals(body) == [("Green Party", 7), ("Labour", 17), ("SNP", 5)]


def test_a_partys_candidates_named_after_its_verb() -> None:
    assert people(
        "The Greens, second here last time, are standing Ivy Hart and Sam Dyer.", "Kings Park by-election"
    ) == [
        ("Ivy Hart", "Green Party", None, None),
        ("Sam Dyer", "Green Party", None, None),
    ]
    assert people("Labour are defending both seats with Amir Patel and Rhona Lee.", "Kings Park by-election") == [
        ("Amir Patel", "Labour", None, None),
        ("Rhona Lee", "Labour", None, None),
    ]


def test_a_places_new_members_named_after_are_elected() -> None:
    body = (
        "The count finished at 4pm after 2,100 votes.\n"
        "The new councillors for the valley wards are Ivy Hart (Abbey) and Sam Dyer (Marsh End)."
    )
    got = extract_text("Results", body)
    assert [(c["name"], c["elected"], c["ward"]) for c in got["candidates"]] == [
        ("Ivy Hart", True, "Abbey"),
        ("Sam Dyer", True, "Marsh End"),
    ]


def test_two_areas_held_as_one_seat_on_an_assembly_page_are_no_councils() -> None:
    body = "Labour have held Enfield and Haringey, with 61,200 votes to the Conservatives' 40,100."
    assert extract_text("Result", body, parliament_page=True)["councils"] == []
    assert [c["name"] for c in extract_text("Result", body)["councils"]] == ["Enfield Council", "Haringey Council"]


def test_the_ward_to_declare_is_named_after_it() -> None:
    body = "The last division to declare was Abbey Vale, where the Greens won with 1,200 votes."
    assert ward_names(body) == ["Abbey Vale"]
