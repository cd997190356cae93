"""Results-coverage wordings found missing by the blind held-out pages fixtures/truth/heldout-58x-* (a BBC LX page of
the 2010 general election overnight, a regional paper's JSON-LD page of a supplementary-vote mayor and a council's
thirds, a text copy of a month of Lincolnshire council by-elections): each rule is tested on wording of its own,
not on the truth pages' lines."""

from __future__ import annotations

from typing import Any

from scraper.entities import extract_text


def people(body: str, title: str = "Results") -> list[tuple[Any, ...]]:
    return [(c["name"], c["party"], c["votes"], c["elected"]) for c in extract_text(title, body)["candidates"]]


def test_the_smaller_parties_of_the_2000s_are_parties() -> None:
    body = (
        "Stoke-on-Trent South has declared:\n"
        "Rob Flello (Labour) 15,446 - elected\n"
        "Michael Coleman (British National Party) 3,762\n"
        "Ashley Kirkham (Health Concern) 1,022\n"
        "Gary Elsby (Socialist Labour) 433\n"
        "Mark Breeze (Monster Raving Loony) 309\n"
        "Respect's candidate, Nadia Qureshi, came sixth."
    )
    assert people(body) == [
        ("Rob Flello", "Labour", 15446, True),
        ("Michael Coleman", "BNP", 3762, False),
        ("Ashley Kirkham", "Independent Community and Health Concern", 1022, False),
        ("Gary Elsby", "Socialist Labour Party", 433, False),
        ("Mark Breeze", "Official Monster Raving Loony Party", 309, False),
        ("Nadia Qureshi", "Respect", None, False),
    ]


def seats(body: str, title: str = "Results") -> list[tuple[Any, ...]]:
    return [(s["party"], s["seats"]) for s in extract_text(title, body)["seat_totals"]]


def test_a_make_up_list_with_a_change_column_is_the_new_standing() -> None:
    body = (
        "Here is Ashvale Borough Council after today's count, with each party's change on the seats it held going "
        "into the election:\n"
        "Conservative - 27 (+3)\n"
        "Labour - 19 (nc)\n"
        "Green - 4 (n/c)\n"
        "Independent - 2 (-3)"
    )
    assert seats(body) == [("Conservative", 27), ("Labour", 19), ("Green Party", 4), ("Independent", 2)]


def test_the_seats_this_election_filled_are_not_a_councils_make_up() -> None:
    body = (
        "Every ward in Wexham has now declared. The Greens took nine of the 22 seats being contested, Labour "
        "seven, the Conservatives five and the independents one."
    )
    assert seats(body) == []
    going_on = (
        "The Greens won eight of the 20 seats being contested, taking their total to 26 of the council's 48 seats."
    )
    assert seats(going_on) == [("Green Party", 26)]


def test_a_headings_opening_clause_on_the_by_elections_says_when_the_rows_stand() -> None:
    body = (
        "After the autumn's three by-elections, this is how the 60 seats on Fernshire County Council now divide:\n"
        "Conservative 31\n"
        "Liberal Democrats 22\n"
        "Green 7"
    )
    assert seats(body) == [("Conservative", 31), ("Liberal Democrats", 22), ("Green Party", 7)]
    assert seats("After the Ashby by-election, the votes were:\nConservative 612\nGreen 540") == []


def wards_of(body: str, title: str = "Results") -> list[str]:
    return [w["name"] for w in extract_text(title, body)["wards"]]


def test_a_capitalised_elected_label_is_no_ward() -> None:
    body = "ELECTED: Nia Rowlands (Plaid Cymru) 733\nOwen Price (Labour) 512"
    assert wards_of(body) == []
    assert people(body)[0] == ("Nia Rowlands", "Plaid Cymru", 733, True)


def test_a_seat_held_by_a_margin_names_its_ward() -> None:
    body = "Priya Shah (Green) 980\nLuke Dent (Labour) 968"
    assert wards_of(body, "Greens hold Eastbrook by just 12 votes") == ["Eastbrook"]
    assert wards_of(body, "Labour gain Mill Vale after a recount") == ["Mill Vale"]


def test_a_finalists_item_with_both_rounds_gives_the_final_total() -> None:
    body = (
        "After second preferences:\n"
        "Anita Lowe (Green) – first round 19,204, second preferences 4,870, total 24,074 – ELECTED\n"
        "Rob Stead (Conservative) – first round 16,911, second preferences 3,002, total 19,913"
    )
    assert people(body, "Green mayor elected") == [
        ("Anita Lowe", "Green Party", 24074, True),
        ("Rob Stead", "Conservative", 19913, False),
    ]
    sums = "Anita Lowe (Green) 19,204 + 4,870 = 24,074\nRob Stead (Conservative) 16,911 + 3,002 = 19,913"
    assert [(name, votes) for name, _, votes, _ in people(sums)] == [("Anita Lowe", 24074), ("Rob Stead", 19913)]


def test_candidates_out_of_the_race_are_not_elected() -> None:
    body = (
        "First preferences:\n"
        "Sue Dale, Labour: 30,112 (41.0%)\n"
        "Ian Moss, Reform UK: 22,760 (31.0%)\n"
        "Kay Oduya, Green: 11,015 (15.0%)\n"
        "Ms Oduya is out of the race; her voters' second choices are now being counted."
    )
    assert [(name, elected) for name, _, _, elected in people(body)] == [
        ("Sue Dale", None),
        ("Ian Moss", None),
        ("Kay Oduya", False),
    ]


def test_a_county_a_councillor_moved_to_is_not_the_posts_county() -> None:
    body = (
        "Reform UK's Jo Pike is the new county councillor for Oakham North.\n"
        "The by-election was called when the Conservative councillor moved to Devon last year."
    )
    assert [c["name"] for c in extract_text("Reform gain Oakham North", body)["councils"]] == []
