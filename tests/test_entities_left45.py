"""Results-coverage wordings left open after round 44x (titles, results still due, multi-seat headline losses,
councillors without a party label, regional counts, wards named bare after their council): each rule is tested
on wording of its own, not on the truth pages' lines."""

from __future__ import annotations

from typing import Any

import pytest

from scraper.entities import extract_page, extract_text
from scraper.models import Post


def facts(kind: str, keys: str, body: str, title: str = "Result") -> list[tuple[Any, ...]]:
    """The facts of one kind the post gives, each as a tuple of its `keys` (space-separated)."""
    return [tuple(f[k] for k in keys.split()) for f in extract_text(title, body)[kind]]


def people(body: str, title: str = "Result") -> list[tuple[Any, ...]]:
    return facts("candidates", "name party votes elected", body, title)


def test_a_candidate_is_named_without_a_title() -> None:
    """Candidates drop 'Sir'/'Dame' as the seed drops 'Dr' (score.py compares names as written)."""
    body = "Dame Olwen Marchetti (Lib Dem) 4,120 - elected\nSir Basil Crump (Con) 2,001\nNia Rees (Lab) 1,877"
    got = {name: (party, votes, elected) for name, party, votes, elected in people(body)}
    assert got == {
        "Olwen Marchetti": ("Liberal Democrats", 4120, True),
        "Basil Crump": ("Conservative", 2001, False),
        "Nia Rees": ("Labour", 1877, False),
    }
    prose = "The former minister, Sir Rupert Vane, has lost Kelmscott to Labour's Ann Foley, who won by 900 votes."
    assert [p[0] for p in people(prose, "Tory grandee loses")] == ["Rupert Vane", "Ann Foley"]


def test_a_headline_win_in_a_ward_of_several_seats_names_one_winner_of_several() -> None:
    body = (
        "Redhill East is a four-member ward on Kelvale Council. First preferences:\n"
        "Moira Dunn (Labour) 2,210\nCallum Rae (SNP) 1,905\nIsla Muir (Green) 1,020\n"
        "Fraser Bell (Conservative) 870\nEwan Lamb (Lib Dem) 400\n"
        "Dunn, Rae and Bell were all elected at the first stage."
    )
    got = {name: elected for name, _party, _votes, elected in people(body, "Greens win last seat in Redhill East")}
    assert got["Isla Muir"] is True
    assert got["Moira Dunn"] is True and got["Callum Rae"] is True and got["Fraser Bell"] is True
    assert got["Ewan Lamb"] is False  # (four seats filled: the one left over lost)
    # a ward of one seat: the headline's winner is its only one, and the others lost
    single = body.replace("a four-member ward", "a ward").replace("Dunn, Rae and Bell were all elected", "Counted")
    got = {name: elected for name, _party, _votes, elected in people(single, "Greens win Redhill East")}
    assert got == {
        "Moira Dunn": False,
        "Callum Rae": False,
        "Isla Muir": True,
        "Fraser Bell": False,
        "Ewan Lamb": False,
    }


def totals(body: str) -> list[tuple[Any, ...]]:
    return facts("seat_totals", "party seats of", body, "Results")


@pytest.mark.parametrize(
    "body",
    [
        "Orkney Islands Council is run by independents again: 17 of its 21 councillors sit with no party affiliation.",
        "As ever on Brayside Council, 17 of the 21 members were elected without a party label.",
    ],
)
def test_councillors_with_no_party_are_the_independents_total(body: str) -> None:
    assert totals(body) == [("Independent", 17, 21)]


def test_councillors_with_no_party_in_a_past_year_are_no_total() -> None:
    assert totals("In 2017, 17 of the 21 councillors on Brayside Council stood without a party label.") == []


def page_wards(*posts: tuple[str, str]) -> list[list[tuple[str, str | None]]]:
    """Each post's (ward, council) pairs, the posts read as one page."""
    page = [Post(post_id=f"p{i}", title=title, body_text=body) for i, (title, body) in enumerate(posts)]
    extract_page(page)
    return [[(w["name"], w["council"]) for w in (p.entities or {})["wards"]] for p in page]


def test_a_ward_named_bare_takes_the_council_another_post_names_it_with() -> None:
    got = page_wards(
        ("Round-up", "Labour held Marsh Lane with a majority of 402. The Greens held Oakfield in Oldham by 31 votes."),
        ("Labour hold Marsh Lane", "Labour has held Marsh Lane in Stockport with a majority of 402."),
        ("Green speech", "Speaking after her win in Oakfield, the Green councillor Ruth Ames thanked her team."),
    )
    assert got == [
        [("Marsh Lane", "Stockport Council"), ("Oakfield", "Oldham Council")],
        [("Marsh Lane", "Stockport Council")],
        [("Oakfield", "Oldham Council")],
    ]


def test_a_ward_the_page_ties_to_two_councils_keeps_each_posts_reading() -> None:
    got = page_wards(
        ("Labour hold Abbey", "Labour has held Abbey in Stockport with a majority of 402."),
        ("Tories hold Abbey", "The Conservatives held Abbey in Oldham by 31 votes."),
        ("Abbey count", "Speaking after her win in Abbey, the Labour councillor Ruth Ames thanked her team."),
    )
    assert got == [[("Abbey", "Stockport Council")], [("Abbey", "Oldham Council")], [("Abbey", None)]]


def test_wards_whose_results_are_still_due_are_wards() -> None:
    body = "The first declaration is expected at 11pm, with Oak Hill, Kelby Green and Marsh End still due overnight."
    assert [w for w, _council in page_wards(("Polls close", body))[0]] == ["Oak Hill", "Kelby Green", "Marsh End"]
    assert page_wards(("Polls close", "Labour is ahead, with Reform expected to come second."))[0] == []


def test_a_due_pair_the_page_names_alone_elsewhere_is_two_wards() -> None:
    due = ("Polls close", "The first result is expected at 10.30, with Brynmawr and Oak Hill East due before midnight.")
    alone = [
        ("Labour hold Brynmawr", "Labour have held the Brynmawr ward with a majority of 210."),
        ("Green gain Oak Hill East", "The Greens have gained the Oak Hill East ward from the Conservatives."),
    ]
    assert [w for w, _council in page_wards(due)[0]] == ["Brynmawr and Oak Hill East"]  # (alone: one ward)
    assert [w for w, _council in page_wards(due, *alone)[0]] == ["Brynmawr", "Oak Hill East"]


def test_a_regional_count_of_mps_is_no_partys_total() -> None:
    """'the SNP 9' after 'Labour has 40 MPs in Scotland' takes the first clause's scope: a region's count."""
    assert totals("With every seat declared, Labour has 40 MPs in Scotland, the SNP 9.") == []
    assert totals("With every seat declared, Labour has 411 MPs, the Conservatives 121.") == [
        ("Labour", 411, None),
        ("Conservative", 121, None),
    ]
