"""Results-coverage wordings round 54x's pages (fixtures/truth/heldout-54x-*) still missed after its own rules: each
rule is tested on wording of its own, not on the truth pages' lines."""

from __future__ import annotations

from probes import people

from scraper.entities import extract_text


def test_a_name_never_opens_inside_the_plural_of_an_initialism_before_it() -> None:
    assert people("The Greens' MSPs Isla Dunn and Rory Peat kept their seats.") == [
        ("Isla Dunn", "Green Party", None, True),
        ("Rory Peat", "Green Party", None, True),
    ]
    assert people("Plaid's MPs Owain Rhys was re-elected.")[0][0] == "Owain Rhys"


def test_the_second_of_a_pair_elected_together_is_a_person_though_their_surname_is_a_place_word() -> None:
    assert people("Lucy Harrow and Fergus Bridge were elected in Upton.") == [
        ("Lucy Harrow", None, None, True),
        ("Fergus Bridge", None, None, True),
    ]
    # (with no pair elected, the run ending in a place word stays a place)
    assert [p[0] for p in people("Lucy Harrow won in Upton, and Fergus Bridge voted at 9am.")] == ["Lucy Harrow"]


def test_all_of_a_number_of_candidates_standing_as_independents_labels_the_list_below() -> None:
    body = (
        "Two seats were filled in Brook. All three candidates stood as independents.\n"
        "Ann Lowe 1,200 - elected\nBen Hurst 1,100 - elected\nCal Dyer 900"
    )
    assert [p[1] for p in people(body)] == ["Independent", "Independent", "Independent"]
    # (a sentence leading no list labels no one after it)
    assert people("Ann Lowe won with 1,200 votes. All three candidates stood as independents; two are not named.") == [
        ("Ann Lowe", None, 1200, True)
    ]


def test_a_gapped_figure_follows_the_party_the_name_is_of() -> None:
    body = "Ann Lowe topped the poll in Brook with 2,100 votes. Cal Dyer got 900 and Dan Fry of the Greens 310."
    assert ("Dan Fry", "Green Party", 310, False) in people(body)


def test_the_member_a_winner_is_joined_by_is_elected_too() -> None:
    body = "Ann Lowe topped the poll in Brook with 2,100 votes. She is joined by Labour's Ben Hurst on 1,500."
    assert ("Ben Hurst", "Labour", 1500, True) in people(body)
    # (joined somewhere by someone is no seat: "joined at the count by" names no member)
    body = "Ann Lowe won Brook with 2,100 votes. She was joined at the count by Ben Hurst, her agent."
    assert [p[0] for p in people(body)] == ["Ann Lowe"]


def test_its_leader_or_lead_candidate_is_of_the_party_the_sentence_before_is_about() -> None:
    body = "The Liberal Party has lost all its seats on the council. Its leader, Tom Vance, lost in Brook by 40 votes."
    assert people(body) == [("Tom Vance", "Liberal Party", None, False)]
    body = (
        "Plaid Cymru had a poor night. Its lead candidate in North Wales, Sian Rees, said the campaign was too short."
    )
    assert [p[:2] for p in people(body)] == [("Sian Rees", "Plaid Cymru")]


def test_a_winner_keeping_a_partys_seat_is_of_that_party() -> None:
    assert people("Nadia Perle has kept the Lib Dems' only seat on the council.") == [
        ("Nadia Perle", "Liberal Democrats", None, True)
    ]


def seat_totals(body: str) -> list[tuple[str, int]]:
    return [(t["party"], t["seats"]) for t in extract_text("Result", body)["seat_totals"]]


def test_a_seat_figure_in_a_relative_clause_about_a_past_years_election_is_no_total() -> None:
    assert seat_totals("The Greens, which won the 2021 county elections with 9 seats, were wiped out.") == []
    # (the clause closed, the figure after it is the party's now)
    assert seat_totals("The Greens, which won the 2021 county elections, now have 9 seats.") == [("Green Party", 9)]


def test_a_seat_named_after_a_ward_like_a_venue_is_that_ward() -> None:
    found = extract_text("Result", "The Greens' Ann Lowe has lost the Ivy Hall seat to Reform UK's Ben Hurst.")["wards"]
    assert [w["name"] for w in found] == ["Ivy Hall"]
    # (a hall the count is held in is no ward)
    found = extract_text("Result", "At the Town Hall count, Reform UK's Ben Hurst won the seat.")["wards"]
    assert found == []


def test_every_row_of_a_long_result_list_is_in_the_ward_its_heading_names() -> None:
    body = (
        "Kelby Council, Brook: Green gain from Lab.\nAnn Lowe (Green) 2,115\nBen Hurst (Lab) 1,402\n"
        "Cal Dyer (Con) 311\nDan Fry (LD) 214\nIn Kelby too, Labour's Eve Moss held her Ivy Hall seat with 900 votes."
    )
    found = extract_text("Result", body)["candidates"]
    assert [c["ward"] for c in found] == ["Brook", "Brook", "Brook", "Brook", "Ivy Hall"]


def test_the_candidate_of_a_party_that_won_no_seat_lost() -> None:
    body = (
        "Plaid Cymru failed to win a seat anywhere. Its lead candidate in North Wales, Sian Rees, blamed the weather."
    )
    assert people(body) == [("Sian Rees", "Plaid Cymru", None, False)]
