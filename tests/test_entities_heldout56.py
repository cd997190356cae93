"""Results-coverage wordings found missing by the blind held-out pages fixtures/truth/heldout-56x-* (a BBC LX page of
a Welsh county council's first count by single transferable vote, a Guardian page of councils' annual meetings after
the local elections, a regional paper's JSON-LD page of rural town and parish elections): each rule is tested on
wording of its own, not on the truth pages' lines."""

from __future__ import annotations

from scraper.entities import extract_text


def wards(body: str, title: str = "Result") -> list[str]:
    return [w["name"] for w in extract_text(title, body)["wards"]]


def test_a_welsh_ward_name_joined_by_ac_a_r_or_a_before_a_mutation_is_one_ward() -> None:
    assert wards("Cwm Tawe ac Ystalyfera ward has gone to Plaid Cymru.") == ["Cwm Tawe ac Ystalyfera"]
    assert wards("Dyffryn a'r Mynydd ward has gone to Labour.") == ["Dyffryn a'r Mynydd"]
    assert wards("Bryn a Thre-gib ward has gone to the Liberal Democrats.") == ["Bryn a Thre-gib"]


def test_a_before_a_word_it_does_not_mutate_does_not_join_a_ward_name() -> None:
    assert wards("Oak Vale ward a Labour gain, confirmed after a recount.") == ["Oak Vale"]


def people(body: str, title: str = "Annual meeting") -> list[tuple[object, ...]]:
    return [(c["name"], c["votes"], c["elected"]) for c in extract_text(title, body)["candidates"]]


def test_a_council_leader_chosen_by_councillors_is_no_candidate() -> None:
    body = (
        "At the annual meeting Priya Nandakumar was elected leader of the district council by 22 votes to 19, "
        "beating the Conservative Alan Greatorex. Ms Nandakumar's 22 votes came from Labour and the Greens."
    )
    assert people(body) == []
    assert people("Tom Rusk has been voted in as leader, beating Jo Hale by 30 votes to 11.") == []


def test_a_candidate_elected_by_voters_beside_a_leader_vote_is_still_one() -> None:
    body = (
        "Labour's Ruth Maddox won Hillside with 1,402 votes, beating the Conservative Ian Crewe on 1,118.\n"
        "Dan Frome was elected leader of the council by 25 votes to 20 at the annual meeting."
    )
    assert people(body) == [("Ruth Maddox", 1402, True), ("Ian Crewe", 1118, False)]


def test_names_after_missing_out_were_are_not_elected() -> None:
    body = "Missing out were Carol Dent (301), Dave Elm (288) and Eve Ford (112)."
    assert people(body, "Result") == [("Carol Dent", 301, False), ("Dave Elm", 288, False), ("Eve Ford", 112, False)]
    assert people("Missing out was the Green, Sam Tull, on 301 votes.", "Result") == [("Sam Tull", 301, False)]


def test_names_after_elected_or_returned_in_a_place_are_its_winners() -> None:
    body = "The councillors elected for Mill End were Jean Marlow (Labour) and Tom Ashby (Green)."
    assert people(body, "Result") == [("Jean Marlow", None, True), ("Tom Ashby", None, True)]
    body = "The councillors returned in Ashcombe are Ann Pyke, Lee Corran and Viv Hale."
    assert people(body, "Result") == [("Ann Pyke", None, True), ("Lee Corran", None, True), ("Viv Hale", None, True)]


def test_names_after_top_of_the_poll_was_won() -> None:
    assert people("Top of the poll was Megan Varley with 388 votes.", "Result") == [("Megan Varley", 388, True)]
    body = "Heading the poll were Sam Orde (604) and Nia Bell (577); Jo Penn (301) missed out."
    assert people(body, "Result") == [("Sam Orde", 604, True), ("Nia Bell", 577, True), ("Jo Penn", 301, False)]


def totals(body: str, title: str = "Council") -> list[tuple[object, ...]]:
    return [(s["party"], s["seats"]) for s in extract_text(title, body)["seat_totals"]]


def test_a_partys_councillors_counted_beside_a_partners_are_its_seat_total() -> None:
    body = "Under the deal, the Greens' 12 councillors and Labour's nine will share the cabinet posts on Kelby Council."
    assert totals(body) == [("Green Party", 12), ("Labour", 9)]


def test_one_partys_councillors_told_alone_are_not_a_seat_total() -> None:
    assert totals("The Greens' 12 councillors mostly represent wards in the city centre.") == []


def test_a_candidate_who_has_already_been_excluded_lost() -> None:
    body = "Plaid's Ann Lowe had 402 first preferences; Lib Dem Tom Bright, on 88, has already been excluded."
    assert ("Tom Bright", 88, False) in people(body, "Count")
    assert people("Labour's Jo Hart (412) had by then been eliminated.", "Count") == [("Jo Hart", 412, False)]
