"""Round 64x's leftovers (a radio transcript of a borough count, a London mayoral sweep, a Welsh county's JSON-LD
page): each rule is tested on wording of its own, not on the truth pages' lines."""

from __future__ import annotations

from scraper.entities import extract_text
from scraper.layouts.text import clean_lines


def totals(body: str, title: str = "Count") -> list[tuple[str, int]]:
    """Each seat total of a one-post text as (party, seats)."""
    return [(t["party"], t["seats"]) for t in extract_text(title, body)["seat_totals"]]


def test_figures_going_on_from_the_standing_before_the_poll_are_no_totals() -> None:
    before = "Labour have run the authority for a decade and went into the election holding 31 of the 55 seats."
    assert totals(f"{before} The Conservatives had 14, the Greens five and the Lib Dems three.") == []
    # (a sentence saying the figures are the standing now is read)
    now = f"{before} The Conservatives now have 14, the Greens five and the Lib Dems three."
    assert totals(now) == [("Conservative", 14), ("Green Party", 5), ("Liberal Democrats", 3)]


def test_a_standing_followed_by_what_losing_seats_would_do_is_before_the_count() -> None:
    assert (
        totals("Labour hold 30 of the 51 seats, so if they lose five tonight the council has no overall control.") == []
    )
    assert totals("The Greens have 12 of the 40 seats, and if the Greens gain two they would lead it.") == []
    # (a running tally says it is the standing now)
    running = "Labour now have 30 of the 51 seats, and if they win the last two wards they will have 32."
    assert totals(running) == [("Labour", 30)]


def votes(body: str) -> list[tuple[str, int | None]]:
    """Each candidate of a one-post text as (name, votes)."""
    return [(c["name"], c["votes"]) for c in extract_text("Result", body)["candidates"]]


def test_three_names_take_three_counts_in_their_order() -> None:
    body = "Green councillors Ivy Moss, Dev Raman and Lena Holt were returned with 1,377, 1,290 and 1,105 votes."
    assert votes(body) == [("Ivy Moss", 1377), ("Dev Raman", 1290), ("Lena Holt", 1105)]
    # (two names still take two counts)
    assert votes("Ivy Moss and Dev Raman held on with 977 and 940 votes.") == [("Ivy Moss", 977), ("Dev Raman", 940)]


def test_a_plural_title_before_a_list_of_names_is_no_part_of_the_first() -> None:
    names = [n for n, _ in votes("Cllrs Rhona Pyle and Imran Qadir were both re-elected in Sandgate.")]
    assert names == ["Rhona Pyle", "Imran Qadir"]
    assert votes("Councillors Rhona Pyle and Imran Qadir kept their seats with 830 and 812 votes.") == [
        ("Rhona Pyle", 830),
        ("Imran Qadir", 812),
    ]


def test_a_question_word_opening_a_heading_is_no_forename() -> None:
    facts = extract_text("Why Oakhampton matters", "Oakhampton is one of six towns with a directly elected mayor.")
    assert facts["candidates"] == []


def test_a_local_group_named_after_its_place_is_no_ward() -> None:
    facts = extract_text("Result", "Both sitting independents were re-elected for Marshby Together.")
    assert facts["wards"] == []
    # (a place a councillor is elected for still is one)
    facts = extract_text("Result", "Both sitting independents were re-elected for Marshby Quay.")
    assert [w["name"] for w in facts["wards"]] == ["Marshby Quay"]


def test_the_welsh_word_for_independent_names_the_party() -> None:
    body = "Pen-y-bryn\nCarys Nia (Plaid Cymru) 640 ELECTED\nIfan Puw (Annibynnol) 598"
    facts = extract_text("Result", body)
    assert [(c["name"], c["party"]) for c in facts["candidates"]] == [
        ("Carys Nia", "Plaid Cymru"),
        ("Ifan Puw", "Independent"),
    ]


def test_a_party_label_named_in_two_languages_heads_its_candidate() -> None:
    body = "Plaid Cymru: Elin Gwyn, 933\nWelsh Labour / Llafur Cymru: Rhys Tanner, 402"
    facts = extract_text("Result", body)
    assert [(c["name"], c["party"], c["votes"]) for c in facts["candidates"]] == [
        ("Elin Gwyn", "Plaid Cymru", 933),
        ("Rhys Tanner", "Labour", 402),
    ]


def test_a_ward_heads_its_unopposed_councillor_of_a_local_group() -> None:
    body = "Returned without a contest:\nFenby Marsh - Dora Pike (Fenby Independents)\nUpton Hill - Ann Cole (Labour)"
    assert [w["name"] for w in extract_text("Result", body)["wards"]] == ["Fenby Marsh", "Upton Hill"]


def test_an_apposition_of_three_words_before_wards_calls_the_place_a_ward() -> None:
    body = "Turnout in Eastcliff, one of the city's last three-seat wards, was the highest of the night."
    assert [w["name"] for w in extract_text("Count", body)["wards"]] == ["Eastcliff"]
    # (not a town with most of the wards)
    assert extract_text("Count", "Turnout in Eastcliff, one of the towns with most wards, fell.")["wards"] == []


def test_a_local_groups_possessive_opens_a_name_whatever_the_forename() -> None:
    body = "Labour held Kiln Row. Ashmoor Together's Zubair Khalique polled 640."
    assert [(c["name"], c["party"], c["votes"]) for c in extract_text("Result", body)["candidates"]] == [
        ("Zubair Khalique", "Ashmoor Together", 640)
    ]


def test_a_bylines_newsroom_role_after_the_comma_is_no_second_name() -> None:
    post = clean_lines(["By Dara Quinn, Chief Political Correspondent", "", "The count in Eastfield has begun."])
    assert (post.author, post.role) == ("Dara Quinn", "Chief Political Correspondent")
    # (two people's names after 'By' stay the author)
    post = clean_lines(["By Dara Quinn, Eli Ward", "", "The count in Eastfield has begun."])
    assert (post.author, post.role) == ("Dara Quinn, Eli Ward", None)
