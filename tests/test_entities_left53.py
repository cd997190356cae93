"""Results-coverage wordings round 53x's pages (fixtures/truth/heldout-53x-*) still missed after its own rules: each
rule is tested on wording of its own, not on the truth pages' lines."""

from __future__ import annotations

from typing import Any

from probes import people
from test_entities_heldout53 import totals

from scraper.entities import extract_page
from scraper.models import Post


def page_people(*posts: tuple[str, str]) -> list[list[tuple[Any, ...]]]:
    page = [Post(post_id=f"p{i}", title=title, body_text=body) for i, (title, body) in enumerate(posts)]
    extract_page(page)
    return [[(c["name"], c["party"], c["votes"]) for c in (p.entities or {})["candidates"]] for p in page]


def test_a_candidate_named_without_a_party_stands_for_the_party_of_their_tally_elsewhere_on_the_page() -> None:
    later = ("Back to work", "Owen Trask, who won the seat overnight, will be sworn in next week.")
    result = ("Lib Dems win Marlow Vale", "The result:\nOwen Trask (LD) 12,402\nJune Barrow (Con) 9,871")
    assert page_people(later, result)[0] == [("Owen Trask", "Liberal Democrats", None)]
    # (alone, the post gives no party; a party named only in passing elsewhere is not taken either)
    assert page_people(later)[0] == [("Owen Trask", None, None)]
    passing = ("Campaign trail", "The Liberal Democrats' Owen Trask toured the market on Saturday.")
    assert page_people(later, passing)[0] == [("Owen Trask", None, None)]


def test_a_stage_name_whose_first_word_is_a_title_is_the_name_the_ballot_list_gives() -> None:
    ballot = (
        "Who is standing",
        "The candidates:\nLady Lumpkin - Official Monster Raving Loony Party\nJune Barrow - Conservative",
    )
    result = ("Declared", "The result:\nJune Barrow (Con) 9,871\nLady Lumpkin (Loony) 95")
    people = page_people(ballot, result)
    assert ("Lady Lumpkin", "Official Monster Raving Loony Party", 95) in people[1]
    assert all(name != "Lumpkin" for name, _, _ in people[1])


def test_names_joined_by_and_each_with_its_party_after_it_share_the_outcome() -> None:
    body = "Nadia Ferris of the Liberal Democrats (3.1%) and Colin Shaw of Reform UK both lost their deposits."
    assert people(body) == [
        ("Nadia Ferris", "Liberal Democrats", None, False),
        ("Colin Shaw", "Reform UK", None, False),
    ]
    body = "Nadia Ferris of the Green Party and Colin Shaw of the SNP were elected to the two seats."
    assert people(body) == [("Nadia Ferris", "Green Party", None, True), ("Colin Shaw", "SNP", None, True)]


def test_falling_short_of_the_share_needed_to_keep_a_deposit_is_a_loss() -> None:
    body = "Colin Shaw of Reform UK fell short of the one in twenty votes needed to keep his £500 deposit."
    assert people(body) == [("Colin Shaw", "Reform UK", None, False)]
    body = "Nadia Ferris, the Green candidate, falls short of the 5% needed to retain hers."
    assert people(body) == [("Nadia Ferris", "Green Party", None, False)]


def test_rivals_of_one_tally_a_post_names_in_full_are_its_candidates() -> None:
    result = ("Declared", "The result:\nOwen Trask (LD) 12,402\nJune Barrow (Con) 9,871\nAli Reyes (Green) 1,020")
    race = ("On the doorstep", "June Barrow and Owen Trask shared a stage at the hustings tonight.")
    assert page_people(race, result)[0] == [
        ("June Barrow", "Conservative", None),
        ("Owen Trask", "Liberal Democrats", None),
    ]
    # on a page of several contests one rival alone may be a leader in passing (on a page of one contest's tally
    # it is that candidate: see test_entities_left55); a name inside a longer one is not theirs
    other = ("Declared too", "The result:\nRay Dunne (Lab) 8,114\nTess Moor (Con) 7,950")
    assert page_people(("Speech", "June Barrow thanked her team."), result, other)[0] == []
    assert page_people(("Cabinet", "June Barrowman and Owen Trask met."), result, other)[0] == []


def test_a_final_tally_under_a_prose_line_after_every_seat_is_declared() -> None:
    body = (
        "All 40 wards have now been declared and Westmere District Council stays hung.\n"
        "The Lib Dems, who notionally had 19 councillors, end the night on 17.\n"
        "Liberal Democrats 17\nConservative 13\nIndependent 10"
    )
    assert totals(body) == [("Liberal Democrats", 17), ("Conservative", 13), ("Independent", 10)]
    # (rows under a line about notional figures, with no word that every seat is in, are no final tally)
    assert totals(body.replace("All 40 wards have now been declared and ", "")) == []
