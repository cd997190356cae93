"""Leftovers of blind round 56x (winners named after the sentence that elects them, ...): each rule tested on
wording of its own."""

from __future__ import annotations

from scraper.entities import extract_text


def candidates(body: str, title: str = "Result") -> dict[str, tuple[str | None, int | None, bool | None]]:
    return {c["name"]: (c["party"], c["votes"], c["elected"]) for c in extract_text(title, body)["candidates"]}


def test_they_are_names_the_winners_the_sentence_before_elected() -> None:
    body = (
        "Nobody stood against them in Millbrook, so three councillors were returned unopposed. "
        "They are Hannah Oyelaran, Victor Szabo and Imogen Tredwell."
    )
    assert candidates(body) == {
        "Hannah Oyelaran": (None, None, True),
        "Victor Szabo": (None, None, True),
        "Imogen Tredwell": (None, None, True),
    }
    body = "Both seats in Stonecross have been declared elected without a contest. They were Owen Pratt and Lila Moss."
    assert candidates(body) == {"Owen Pratt": (None, None, True), "Lila Moss": (None, None, True)}
    # no election before 'They are', or one denied, names no winner
    assert candidates("Two councillors have not been re-elected in Harlby. They are Owen Pratt and Lila Moss.") == {}
    assert candidates("Two councillors stood down in Harlby. They are Owen Pratt and Lila Moss.") == {}


def test_who_stood_as_independents_labels_every_name_of_the_list() -> None:
    body = (
        "All three were elected unopposed in Fernleigh. They are Hannah Oyelaran and Victor Szabo, who both stood "
        "as independents, and Imogen Tredwell of the Labour Party."
    )
    assert candidates(body) == {
        "Hannah Oyelaran": ("Independent", None, True),
        "Victor Szabo": ("Independent", None, True),
        "Imogen Tredwell": ("Labour", None, True),
    }
    # the singular still labels its own name only
    body = "Victor Szabo, who stood as an independent, won Fernleigh; Lena Cole came second."
    assert candidates(body)["Victor Szabo"] == ("Independent", None, True)


def test_all_n_are_elected_closes_a_poll_of_that_many_winners() -> None:
    body = (
        "Six stood for four seats on Wexcombe Parish Council. Nadia Brook led with 318 votes. Callum Reeve polled "
        "297, Joan Tilsley 260 and Omar Haddad 241, and all four were elected. Beth Garrow (120) and Stan Iley (99) "
        "missed out."
    )
    got = candidates(body)
    assert {n for n, (_, _, won) in got.items() if won} == {
        "Nadia Brook",
        "Callum Reeve",
        "Joan Tilsley",
        "Omar Haddad",
    }
    assert got["Beth Garrow"] == (None, 120, False) and got["Stan Iley"] == (None, 99, False)
    body = "Green Party's Nadia Brook polled 318 and Callum Reeve 297. Both have been declared elected."
    assert [won for _, _, won in candidates(body).values()] == [True, True]
    # a past election's winners are no winners of this one
    body = "Nadia Brook and Callum Reeve are standing again in Wexcombe ward. Both were elected in 2021."
    assert [won for _, _, won in candidates(body).values()] == [None, None]


def test_top_of_the_poll_names_the_winner_after_words_describing_them() -> None:
    body = "Topping the poll was former headteacher Mary Kemp with 514 votes; Labour's Jo Bell polled 300."
    assert candidates(body) == {"Mary Kemp": (None, 514, True), "Jo Bell": ("Labour", 300, False)}
    body = "Top of the poll was 71-year-old local farmer Wyn Price on 812."
    assert candidates(body) == {"Wyn Price": (None, 812, True)}


def test_a_bracketed_figure_after_the_party_written_out_is_the_names_votes() -> None:
    body = "The losers were Tom Ashby of the Liberal Democrats (1,208) and Ruth Ennis of the Green Party (377)."
    assert candidates(body) == {
        "Tom Ashby": ("Liberal Democrats", 1208, False),
        "Ruth Ennis": ("Green Party", 377, False),
    }


def totals(body: str) -> list[tuple[str, int]]:
    return [(s["party"], s["seats"]) for s in extract_text("Council", body)["seat_totals"]]


def test_the_partners_figure_beside_a_partys_councillors_is_its_seat_total() -> None:
    body = "The Greens' 23 councillors and the Conservatives' six now run Ashby Council together."
    assert totals(body) == [("Green Party", 23), ("Conservative", 6)]
    # a year, a share or candidates after the partner are no count of its councillors
    assert totals("Reform's 17 councillors and Labour's 2024 pledges were debated.") == [("Reform UK", 17)]
    assert totals("Reform's 17 councillors and Labour's 40 candidates met the mayor.") == [("Reform UK", 17)]


def wards(body: str) -> list[str]:
    return [w["name"] for w in extract_text("Count", body)["wards"]]


def test_a_bilingual_ward_is_named_as_first_written() -> None:
    # its other name after a slash, before the ward's size
    assert wards("The result from Y Waun / Chirk, a two-member ward, is in.") == ["Y Waun"]
    assert wards("The result from Chirk North, a two-member ward, is in.") == ["Chirk North"]
    # its gloss in brackets before 'has filled its seats'
    assert wards("Y Waun (Chirk) has filled its two seats after four stages.") == ["Y Waun"]


def test_a_run_the_clause_after_it_calls_the_ward_is_a_ward() -> None:
    assert wards("Counting has stopped in Pant Glas, where the three-member ward's papers are being checked.") == [
        "Pant Glas"
    ]
    # a council's area the clause calls the council is no ward
    assert wards("Counting has stopped in Wrexham, where the council has 56 seats.") == []


def test_a_gapped_figure_after_a_lower_case_independent_is_the_names_votes() -> None:
    body = "In the count, Labour's Jo Hart had 604 votes and independent Sam Lowe 219."
    assert candidates(body) == {"Jo Hart": ("Labour", 604, None), "Sam Lowe": ("Independent", 219, None)}


def councils(body: str) -> list[str]:
    return [c["name"] for c in extract_text("Round-up", body)["councils"]]


ROUND_UP = """Where things stand after tonight's meetings:
Ipswich: Labour's Neil Carr stays on as leader after a vote in the chamber.
Norwich: the Greens and Labour have agreed a coalition, with a Green leader.
Suffolk: the Conservatives lost the Hadleigh by-election to the Lib Dems.
Colchester: the city's new administration is led by the Lib Dems."""


def test_a_round_ups_lines_about_a_councils_business_name_the_areas_councils() -> None:
    assert councils(ROUND_UP) == [
        "Ipswich Council",
        "Norwich Council",
        "Suffolk County Council",
        "Colchester City Council",
    ]
    # one such line is no round-up; a constituency's majority or a mayor's election is no council's business
    assert councils(ROUND_UP.split("\nNorwich")[0]) == []
    assert (
        councils("Ipswich: Tom Hale (Con) gain from Lab, majority 2,131\nNorwich: Ann Cole re-elected as mayor") == []
    )


def test_a_partys_group_beside_another_partys_total_is_its_seat_total() -> None:
    body = "That leaves Reform UK with 22 of the 50 seats on the council and the Green group with nine."
    assert totals(body) == [("Reform UK", 22), ("Green Party", 9)]
    # a group told in a sentence about no seats has no total
    assert totals("The Green group met with nine charities on Tuesday.") == []


def test_the_subjects_own_figure_after_its_clause_is_its_votes() -> None:
    body = (
        "Plaid's Non Griffiths was elected at the first stage: her 1,402 first preferences passed the quota of 1,100."
    )
    assert candidates(body) == {"Non Griffiths": ("Plaid Cymru", 1402, True)}
    # a figure after a second name's clause is not the subject's
    body = "Plaid's Non Griffiths beat Huw Wyn: his 800 votes were not enough."
    assert candidates(body)["Non Griffiths"] == ("Plaid Cymru", None, True)
