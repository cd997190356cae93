"""Results-coverage wordings found missing by the blind held-out pages fixtures/truth/heldout-62x-* (a BBC LX page
of the 2019 Westminster count in Northern Ireland, a local paper's JSON-LD page of a county's by-election week after
defections, a text copy of a student newspaper's page of a city's student wards): each rule is tested on wording of
its own, not on the truth pages' lines."""

from __future__ import annotations

import scraper
from scraper.entities import extract_text
from tests.probes import people
from tests.test_entities_heldout61 import totals


def test_a_table_under_a_line_counting_one_nations_seats_is_that_nations_share() -> None:
    body = (
        "Every one of the 59 Scottish seats is now in, and the SNP have lost ground to Labour.\n"
        "Party | Seats | +/-\nSNP | 41 | -7\nLabour | 9 | +8\nLib Dem | 5 | +1"
    )
    assert totals(body, "Scotland: the full picture", parliament_page=True) == []


def test_a_table_under_a_line_about_the_commons_still_gives_its_totals() -> None:
    body = (
        "With 640 seats declared, the House of Commons looks like this.\n"
        "Party | Seats | +/-\nLabour | 402 | +199\nConservative | 119 | -246\nLib Dem | 70 | +59"
    )
    assert totals(body, "The Commons so far", parliament_page=True) == [
        ("Labour", 402),
        ("Conservative", 119),
        ("Liberal Democrats", 70),
    ]


TEXT_COPY = """Skip to main content
The Courier
Live: Anyborough council count
Published 22:00, 2 May 2030

22:40
Counting under way
By Sam Reid, Chief Reporter

Ballot boxes from every ward are now at the town hall, where staff expect the first result after midnight.

Share this post

22:05
Polls closed
By Sam Reid, Chief Reporter

Voting has ended in all 20 wards.

Share this post
"""


def test_the_first_paragraph_under_a_by_line_is_no_role() -> None:
    page = scraper.parse(TEXT_COPY.encode())
    first = page.posts[0]
    assert (first.author, first.role) == ("Sam Reid", "Chief Reporter")  # (the by-line's own role, no paragraph)
    assert first.body_text.startswith("Ballot boxes from every ward are now at the town hall")


def test_a_sentence_opening_before_the_polling_weekday_is_the_old_council() -> None:
    body = (
        "Before Tuesday, with two seats vacant, the Conservatives had 20 councillors, the Greens 9 and Labour six.\n"
        "Now the Conservatives have 21 of the 40 seats on Anyshire County Council."
    )
    assert totals(body, "After the by-elections") == [("Conservative", 21)]


def test_years_after_a_possessive_name_are_no_tally() -> None:
    body = "The Green Party's Tamsin Hale has won Eastbrook, ending Graham Nuttall's 22 years as the ward's councillor."
    assert [p for p in people(body, "Greens take Eastbrook") if p[2] is not None] == []


def test_a_seats_new_mp_named_in_an_aside_is_its_winner() -> None:
    body = "Ceredigion's new MP, Elin Prys, said she would hold her first surgery in Aberaeron on Saturday."
    found = extract_text("'This seat belongs to every village'", body, parliament_page=True)["candidates"]
    assert [(c["name"], c["elected"]) for c in found] == [("Elin Prys", True)]


def test_defector_before_a_name_in_a_headline_is_no_forename() -> None:
    body = "The first count of the day is in.\nReform UK: Jo Marsh, 902\nConservative: Ann Lee, 700"
    assert people(body, "Defector Jo Marsh re-elected in Elm Park - this time for Reform") == [
        ("Jo Marsh", "Reform UK", 902, True),
        ("Ann Lee", "Conservative", 700, False),
    ]
