"""Results-coverage wordings found missing by the blind held-out sets fixtures/truth/heldout-30x-* (general election
night in the Guardian's old live-blog markup, North East council counts on a BBC LX page): each rule is tested on
wording of its own, not on the truth pages' lines."""

from __future__ import annotations

from typing import Any

from scraper.entities import extract_text


def candidates(body: str, title: str = "Results") -> dict[str, tuple[Any, ...]]:
    return {c["name"]: (c["party"], c["votes"], c["elected"]) for c in extract_text(title, body)["candidates"]}


def councils(body: str, title: str = "Results") -> list[str]:
    return [c["name"] for c in extract_text(title, body)["councils"]]


def test_an_adverb_between_has_and_taken_still_reads_a_win() -> None:
    body = "Priya Lamont, who has just taken Pudsey for the Greens, thanked her volunteers. Turnout was 64%."
    assert candidates(body)["Priya Lamont"] == ("Green Party", None, True)
    body = "Owen Castell has narrowly taken Wrexham from Labour, by 212 votes."
    assert candidates(body)["Owen Castell"][2] is True


def test_elected_as_a_party_member_gives_the_party() -> None:
    body = "Gareth Imrie, re-elected as Conservative MP for Penrith with a majority of 3,110, thanked his agent."
    assert candidates(body)["Gareth Imrie"] == ("Conservative", None, True)
    body = "Ruth Aske was elected as a Green councillor for the Moorside ward with 1,044 votes."
    assert candidates(body)["Ruth Aske"] == ("Green Party", 1044, True)


def test_a_party_elected_as_in_a_past_year_is_not_the_names_party_now() -> None:
    body = "Fay Rudd, elected as a Labour councillor in 2011, has won Eastmoor as an independent with 870 votes."
    assert candidates(body)["Fay Rudd"] == ("Independent", 870, True)


def test_an_area_the_sentence_calls_a_seat_is_no_council_won() -> None:
    body = "Labour has taken Worcester, a Conservative seat for 20 years, by 1,102 votes."
    assert councils(body) == []
    body = "The Liberal Democrats have gained Cheltenham, one of their top target seats, with a majority of 2,569."
    assert councils(body) == []


def test_an_area_described_as_a_council_is_still_a_council_won() -> None:
    body = "Labour has gained Worcester, a council where it now has 22 of the 35 seats."
    assert councils(body) == ["Worcester Council"]


def majorities(body: str, title: str = "Results") -> list[int]:
    return [m["votes"] for m in extract_text(title, body)["majorities"]]


def test_a_majority_overturned_or_defended_is_not_the_results_majority() -> None:
    body = "Nina Hale (Labour) took Hexham with 21,004 votes, overturning a Tory majority of 9,950."
    assert majorities(body) == []
    body = "A recount has been called in Stroud, where the Conservatives were defending a majority of 687."
    assert majorities(body) == []
    body = "Nina Hale (Labour) won Hexham with a majority of 1,204, overcoming a Tory majority of 9,950 from 2019."
    assert majorities(body) == [1204]


def seats(body: str, title: str = "Results") -> dict[str, int]:
    return {s["party"]: s["seats"] for s in extract_text(title, body)["seat_totals"]}


def test_a_local_group_in_a_comma_list_of_seat_totals_is_read() -> None:
    body = "Labour now holds 19 seats on Ashfield District Council, the Conservatives four, Selston First three."
    assert seats(body) == {"Labour": 19, "Conservative": 4, "Selston First": 3}


def test_a_group_named_for_its_town_is_a_group() -> None:
    body = "On Bassetlaw District Council the Tories have 12 seats, For Worksop six and Labour 20."
    assert seats(body) == {"Conservative": 12, "For Worksop": 6, "Labour": 20}
