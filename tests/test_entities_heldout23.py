"""Results-coverage wordings found missing by the blind held-out BBC pages fixtures/truth/heldout-23x-* (LX and
WebCore election-count pages): each rule is tested on wording of its own, not on the truth pages' lines."""

from __future__ import annotations

from typing import Any

from scraper.entities import extract_text


def candidates(body: str, title: str = "Results") -> dict[str, tuple[Any, ...]]:
    return {c["name"]: (c["party"], c["votes"], c["elected"]) for c in extract_text(title, body)["candidates"]}


def wards(body: str, title: str = "Results") -> list[str]:
    return [w["name"] for w in extract_text(title, body)["wards"]]


def seats(body: str, title: str = "Results") -> dict[str, int]:
    return {t["party"]: t["seats"] for t in extract_text(title, body)["seat_totals"]}


def test_a_verdict_line_names_its_ward_when_more_lines_follow() -> None:
    body = "Latest from Barnsley Council:\nLab hold Darfield\nCon gain Penistone East from Lab\nLab hold Kingstone"
    assert wards(body) == ["Darfield", "Penistone East", "Kingstone"]


def test_an_upper_case_result_label_is_no_ward() -> None:
    body = "RESULT: Green hold Totterdown\nRESULT: Lab hold Lawrence Hill"
    assert wards(body) == ["Totterdown", "Lawrence Hill"]


def test_a_saints_ward_in_a_result_headline() -> None:
    assert wards("Margaret Obi keeps the seat.", title="RESULT: Lab hold St Mary's") == ["St Mary's"]


def test_a_headline_verdict_on_a_council_upon_a_river_names_the_council_not_a_ward() -> None:
    body = "Labour has kept Kingston upon Hull City Council, winning 31 of the 57 seats."
    assert wards(body, title="Labour hold Kingston") == []


def test_an_asterisk_glued_to_a_name_marks_the_elected() -> None:
    body = (
        "Asterisks show who was elected:\n*Rhona Kerr (Green) 1,410\n*Tom Bale (Green) 1,377\n"
        "Ed Pryce (Con) 1,002\nVal Osei (Con) 988"
    )
    got = candidates(body)
    assert got["Rhona Kerr"] == ("Green Party", 1410, True)
    assert got["Tom Bale"] == ("Green Party", 1377, True)
    assert got["Ed Pryce"][2] is False


def test_a_spaced_asterisk_is_a_bullet_not_an_elected_mark() -> None:
    got = candidates("* Rhona Kerr (Green) 1,410\n* Ed Pryce (Con) 1,002")
    assert all(elected is not True for _, _, elected in got.values())


def test_every_figure_of_a_sentence_opening_on_a_past_year_is_history() -> None:
    body = "All 60 seats are being fought. In 2018 the Conservatives won 33 seats, Labour 20 and the Greens 7."
    assert seats(body) == {}


def test_every_figure_of_a_sentence_opening_before_the_poll_is_history() -> None:
    body = "Before the election Labour had 24 councillors, the Lib Dems 11 and the independents 4."
    assert seats(body) == {}


def test_scoreboard_rows_may_name_their_unit_and_change_after_the_figure() -> None:
    body = (
        "All 51 seats on Exmoor Vale District Council have been declared.\n"
        "Conservative: 27 seats (up 2)\nLabour: 16 seats (down 3)\nGreen Party: 8 seats (+1)"
    )
    assert seats(body) == {"Conservative": 27, "Labour": 16, "Green Party": 8}


def test_rows_under_a_short_heading_are_read_when_the_line_before_is_about_the_councils_seats() -> None:
    body = (
        "Every seat on Tamar Bridge Borough Council has now been filled.\n"
        "How it ended:\nLabour - 19\nLiberal Democrats - 12\nIndependent - 4"
    )
    assert seats(body) == {"Labour": 19, "Liberal Democrats": 12, "Independent": 4}


def test_rows_under_a_short_heading_after_a_ward_line_are_votes_not_seats() -> None:
    body = "Labour held the Moor End ward on Tamar Bridge Borough Council.\nHow it ended:\nLabour - 91\nGreen - 60"
    assert seats(body) == {}


def test_a_scoreboard_row_of_a_local_group_no_list_knows_is_a_total() -> None:
    body = "Labour have kept Kestrel Vale District Council.\nLabour: 21\nMoorside and Clough Voice: 7\nConservative: 4"
    assert seats(body) == {"Labour": 21, "Moorside and Clough Voice": 7, "Conservative": 4}


def test_a_two_word_name_in_a_scoreboard_is_no_group_row() -> None:
    body = "Labour have kept Kestrel Vale District Council.\nLabour: 21\nJoan Pike: 7"
    assert "Joan Pike" not in seats(body)


def test_a_party_tables_total_column_gives_the_seats_not_the_seats_won_this_time() -> None:
    body = (
        "Here is the council after this year's third of seats:\n"
        "Party | Gained or held | Council total\nLabour | 11 | 33\nIndependent | 2 | 9\nConservative | 1 | 6"
    )
    assert seats(body) == {"Labour": 33, "Independent": 9, "Conservative": 6}
