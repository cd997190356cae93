"""Older truth files' lowest lines, round 3 (fixtures/truth/heldout-*): each rule is tested on wording of its own, not
on the truth pages' lines."""

from __future__ import annotations

from probes import people

from scraper.entities import extract_text


def totals(body: str, title: str = "Result") -> list[tuple[str, int]]:
    """Each seat total of a one-post text as (party, seats)."""
    return [(t["party"], t["seats"]) for t in extract_text(title, body)["seat_totals"]]


def test_a_partys_first_preferences_are_not_its_candidates_votes() -> None:
    said = (
        "First preference votes: Green 1,930; Lab 1,712; SNP 655.\n"
        "The Greens' Ailsa Munro took the seat on the fourth count, ahead of Labour's Tom Reid."
    )
    assert people(said, "Green gain Northfield") == [
        ("Ailsa Munro", "Green Party", None, True),
        ("Tom Reid", "Labour", None, False),
    ]
    # (a one-line tally of a count by a single vote is still the party's one candidate's)
    said = "Hartwell by-election: Green 1,930, Labour 1,712, SNP 655.\nThe Greens' Ailsa Munro is the new councillor."
    assert people(said, "Green gain Hartwell")[0] == ("Ailsa Munro", "Green Party", 1930, True)


def test_a_partys_total_after_an_aside_between_dashes() -> None:
    said = (
        "Labour now run Hartwell Council with 33 of its 60 seats, the Greens – who had never won a seat there – on 11."
    )
    assert sorted(totals(said)) == [("Green Party", 11), ("Labour", 33)]
    # (a row of parties and figures, each after a dash, gives no party the next one's figure)
    row = "Labour won 33 of the 60 seats on Hartwell Council. The count: Labour – 33, Greens – 11, Con – 9."
    assert ("Labour", 11) not in totals(row)


def test_a_sentence_that_is_one_list_item_whole_gives_its_votes() -> None:
    said = "Hartwell: Green gain from Lab. The Greens' Ann Lee won with 1,120 votes. Labour Tom Hale 884."
    assert people(said) == [("Ann Lee", "Green Party", 1120, True), ("Tom Hale", "Labour", 884, False)]
    # (a sentence with more words than the item's is prose, read as such)
    said = "Hartwell: Green gain from Lab. The Greens' Ann Lee won with 1,120 votes. Labour Tom Hale conceded at 2am."
    assert people(said)[1][2] is None


def test_in_a_round_up_one_below_the_winner_of_the_paragraph_lost() -> None:
    said = (
        "In the Ashby ward, the seat went to Labour's Ann Lee, who polled 702 votes. The Green candidate, Jo Parr, "
        "took 155.\nReform's Bob Fry won the Eastgate ward by-election with 811 votes."
    )
    assert people(said)[1] == ("Jo Parr", "Green Party", 155, False)
    # (a paragraph naming two winners leaves it open whose rival the third name was)
    said = (
        "Labour's Ann Lee won the Ashby ward with 702 votes and Reform's Bob Fry won the Eastgate ward with 811. "
        "The Green candidate, Jo Parr, took 155.\nIn the Westfield ward, the Lib Dems' Sam Wood won with 640 votes."
    )
    assert [p for p in people(said) if p[0] == "Jo Parr"] == [("Jo Parr", "Green Party", 155, None)]


def test_peterborough_named_bare_is_its_city_council() -> None:
    said = "Orton Waterville (Peterborough) - LD gain from Con. The Lib Dems' Ann Lee won with 1,120 votes."
    assert [c["name"] for c in extract_text("Result", said)["councils"]] == ["Peterborough City Council"]


def test_the_place_of_a_tally_a_name_ended_the_count_on_is_a_ward() -> None:
    said = (
        "A Hartwell Council by-election went to a recount.\nAnn Lee and Tom Hale each finished on 412 votes in Polmear."
    )
    assert [w["name"] for w in extract_text("Result", said)["wards"]] == ["Polmear"]
    # ('finished on' without a tally after it is no result: "the count finished on time in Polmear")
    said = "A by-election for Hartwell Council went to a recount.\nThe count for Ann Lee finished on time in Polmear."
    assert extract_text("Result", said)["wards"] == []


def test_a_ward_name_joined_by_and_the() -> None:
    said = "Declared so far on Hartwell Council:\nLab hold Eastfield\nCon hold Kelby and the Marshes"
    assert [w["name"] for w in extract_text("Result", said)["wards"]] == ["Eastfield", "Kelby and the Marshes"]
    # ('and the' before a party joins no ward to it)
    said = "Labour held Eastfield and the Greens won Kelby, both on Hartwell Council."
    assert "Eastfield and the Greens" not in [w["name"] for w in extract_text("Result", said)["wards"]]
