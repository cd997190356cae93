"""Results-coverage wordings and markup found missing by the blind held-out pages fixtures/truth/heldout-44x-* (a
Guardian blog of Scottish council STV counts, a regional paper's JSON-LD page of a metro-mayor and district count,
a text copy of a night of council by-elections in Wales and England): each rule is tested on wording of its own,
not on the truth pages' lines."""

from __future__ import annotations

from typing import Any

from probes import people
from selectolax.lexbor import LexborHTMLParser

from scraper.clean import html_body
from scraper.entities import extract_text


def totals(body: str, title: str = "Results") -> list[tuple[Any, ...]]:
    return [(s["party"], s["seats"]) for s in extract_text(title, body)["seat_totals"]]


def body_of(markup: str) -> Any:
    root = LexborHTMLParser(f"<div id='b'>{markup}</div>").css_first("#b")
    assert root is not None
    return html_body(root)


def test_a_table_wrapped_in_a_figure_is_read_as_rows() -> None:
    body = body_of(
        "<p>How the wards went:</p>"
        '<figure data-spacefinder-role="inline"><div data-testid="football-table-embed"><table>'
        "<thead><tr><th>Ward</th><th>Winner</th></tr></thead>"
        "<tbody><tr><td>Hightown</td><td>Green</td></tr><tr><td>Mill End</td><td>Labour</td></tr></tbody>"
        "</table></div></figure>"
    )
    assert body.paragraphs == ["How the wards went:", "Ward | Winner", "Hightown | Green", "Mill End | Labour"]
    assert body.images == []


def test_a_figure_with_an_image_is_still_an_image() -> None:
    body = body_of(
        '<figure><img src="https://i.example/a.jpg" alt="The count"><figcaption>At the count</figcaption></figure>'
    )
    assert body.paragraphs == []
    assert [image.alt for image in body.images] == ["The count"]


def test_a_not_elected_cell_is_no_elected_mark() -> None:
    body = (
        "Count of the votes in Eastfield:\n"
        "Name | Party | Votes | Result\n"
        "Priya Lal | Green | 1,044 | Elected\n"
        "Tom Birch | Labour | 980 | Not elected\n"
        "Ann Udall | Reform UK | 512 | NOT ELECTED"
    )
    assert people(body) == [
        ("Priya Lal", "Green Party", 1044, True),
        ("Tom Birch", "Labour", 980, False),
        ("Ann Udall", "Reform UK", 512, False),
    ]


def test_a_not_elected_mark_after_a_list_item_is_a_loss() -> None:
    body = "Hilltop result:\nJo Marsh (Lib Dem) 1,310 - elected\nRay Cope (Conservative) 1,122 - not elected"
    assert [(name, elected) for name, _, _, elected in people(body)] == [("Jo Marsh", True), ("Ray Cope", False)]


def test_the_last_bracketed_item_joined_by_and_is_its_own_person() -> None:
    body = "The three councillors for Harbourside: Moira Dunn (SNP), Pete Oduya (Labour) and Lisa Grier (Conservative)."
    got = {name: party for name, party, _, _ in people(body)}
    assert got == {"Moira Dunn": "SNP", "Pete Oduya": "Labour", "Lisa Grier": "Conservative"}


def test_a_table_row_of_a_ward_and_its_verdict_names_the_ward() -> None:
    got = extract_text(
        "Early declarations",
        "Declared so far on Westvale Council:\nWard | Outcome\nOld Quay | Green gain from Labour\nParkside | Con hold",
    )
    assert [(w["name"], w["council"]) for w in got["wards"]] == [
        ("Old Quay", "Westvale Council"),
        ("Parkside", "Westvale Council"),
    ]


def test_a_prose_run_of_party_name_and_votes_keeps_possessives_and_the_last_item() -> None:
    body = (
        "The first preferences in Kirkhill were: SNP Moira Bell 1,210, Labour's Tam Reid 998, "
        "Conservative Jo Guthrie 640, Reform UK's Ally Pate 410 and Lib Dem Sue Innes 155."
    )
    assert [(name, party, votes) for name, party, votes, _ in people(body)] == [
        ("Moira Bell", "SNP", 1210),
        ("Tam Reid", "Labour", 998),
        ("Jo Guthrie", "Conservative", 640),
        ("Ally Pate", "Reform UK", 410),
        ("Sue Innes", "Liberal Democrats", 155),
    ]


def test_people_who_are_eliminated_in_a_live_count_lost() -> None:
    body = (
        "First-round votes for mayor: Kim Hollis (Lab) 80,112; Ron Tate (Reform) 71,004; Amy Fry (Con) 20,550; "
        "Joe Wild (Green) 9,870.\nHollis and Tate go into the run-off. Fry and Wild are eliminated."
    )
    assert [(name, elected) for name, _, _, elected in people(body)] == [
        ("Kim Hollis", None),
        ("Ron Tate", None),
        ("Amy Fry", False),
        ("Joe Wild", False),
    ]


def test_seats_of_a_coalition_are_no_party_total() -> None:
    body = (
        "Labour won 30 of the 66 seats on Eastmoor Council.\n"
        "The Labour and Green alliance that ran the town hall would now have 38 of the 66 seats between them."
    )
    assert totals(body) == [("Labour", 30)]


def test_the_alliance_party_keeps_its_seat_total() -> None:
    body = "Alliance has now won 12 seats on Lisburn and Castlereagh, up from seven last time."
    assert totals(body) == [("Alliance Party", 12)]
