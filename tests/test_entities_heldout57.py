"""Results-coverage wordings found missing by the blind held-out pages fixtures/truth/heldout-57x-* (a BBC WebCore
page of the Jersey general election, a Guardian page of the City of London Corporation's ward elections, a local
paper's text page of Guernsey's island-wide election): each rule is tested on wording of its own, not on the truth
pages' lines."""

from __future__ import annotations

from scraper.entities import extract_text


def people(body: str, title: str = "Result") -> list[tuple[object, ...]]:
    return [(c["name"], c["party"], c["votes"], c["elected"]) for c in extract_text(title, body)["candidates"]]


def test_the_channel_islands_parties_are_parties_of_their_own() -> None:
    body = (
        "Reform Jersey's Amy Pallot won the seat with 1,022 votes, beating Ray Hue of the Jersey Liberal "
        "Conservatives on 980."
    )
    assert people(body) == [
        ("Amy Pallot", "Reform Jersey", 1022, True),
        ("Ray Hue", "Jersey Liberal Conservatives", 980, False),
    ]
    body = "Jo Ozanne (Forward Guernsey) 9,204\nLee Brehaut (Alliance Ros-Guernsey) 8,870"
    assert [p[1] for p in people(body)] == ["Forward Guernsey", "Alliance Ros-Guernsey"]


def test_reform_and_alliance_alone_are_still_the_uk_parties() -> None:
    assert [p[1] for p in people("Reform's Dan Eyre polled 1,022 votes and Alliance's Mo Kerr 400.")] == [
        "Reform UK",
        "Alliance Party",
    ]


def test_a_forename_is_no_party_word_though_a_party_is_spelt_with_it() -> None:
    body = "Reform's Wayne Dowe took 864 votes. The Lib Dem, Ros Tanner, polled 166."
    assert people(body) == [("Wayne Dowe", "Reform UK", 864, True), ("Ros Tanner", "Liberal Democrats", 166, False)]


def test_a_place_column_before_the_name_column_leaves_the_row_a_candidates() -> None:
    body = "Pos\tName\tParty\tVotes\n1\tMo Dunn\tLabour\t2,210\n2\tVi Cole\tGreen Party\t1,980"
    assert people(body) == [("Mo Dunn", "Labour", 2210, None), ("Vi Cole", "Green Party", 1980, None)]
    body = "Place | Candidate | Party | Votes\n11th | Ed Fry | Independent | 804\n12th | Al Roe | Labour | 799"
    assert [p[:3] for p in people(body)] == [("Ed Fry", "Independent", 804), ("Al Roe", "Labour", 799)]


def test_a_list_under_words_counting_as_many_winners_as_it_has_lines_was_elected() -> None:
    body = "The four councillors elected in Hill Ward, with their votes\nAnn Lee (Lab) 1,204\nBo Hart (Lab) 1,100\n"
    body += "Cy Dunn (Green) 900\nDee Fox (Lab) 870"
    assert [p[3] for p in people(body)] == [True, True, True, True]


def test_a_count_of_winners_that_is_not_the_lists_length_decides_nothing() -> None:
    body = "The three councillors elected in 2026 all stood again.\nAnn Lee (Lab) 1,204\nBo Hart (Lab) 1,100\n"
    body += "Cy Dunn (Green) 900\nDee Fox (Lab) 870"
    assert [p[3] for p in people(body)] == [None, None, None, None]


def test_places_and_their_people_under_a_returned_unopposed_heading_were_elected() -> None:
    body = "Three parishes had one candidate each, so their mayors were returned unopposed:\nAshby – Tom Reed\n"
    body += "Upper Crow – Lia Mann\nSt Anne – Ed Fry"
    assert people(body) == [
        ("Tom Reed", None, None, True),
        ("Lia Mann", None, None, True),
        ("Ed Fry", None, None, True),
    ]
    body = "Returned unopposed:\nHill Ward (2 seats): Jo Parr and Al Tey"
    assert [p[0::3] for p in people(body)] == [("Jo Parr", True), ("Al Tey", True)]


def test_a_place_and_a_party_before_a_dash_is_no_roster_of_people() -> None:
    assert people("Returned unopposed:\nLabour – Tom Reed") == []


def test_declared_elected_before_a_colon_heads_a_list_of_winners() -> None:
    body = "No other candidates came forward, and these four were declared elected when nominations closed:\n"
    body += "Ann Lee (Lab)\nBo Hart (Lab)\nCy Dunn (Green)\nDee Fox (Ind)"
    assert [p[3] for p in people(body)] == [True, True, True, True]


def test_deputy_before_a_name_is_a_members_title_not_a_forename() -> None:
    body = "Deputy Helen Roe kept her seat with 2,104 votes; Deputy Mark Ash lost his on 1,377."
    assert [p[0] for p in people(body)] == ["Helen Roe", "Mark Ash"]
    assert [p[0] for p in people("Deputy Mayor Tom Hart held Hill Ward for Labour with 1,204 votes.")] == ["Tom Hart"]


def test_the_channel_islands_parliaments_are_no_wards_and_their_seats_are_totals() -> None:
    d = extract_text("The new States", "Independents hold 25 of the 40 seats in the States of Deliberation.")
    assert d["wards"] == []
    assert [(s["party"], s["seats"], s["of"]) for s in d["seat_totals"]] == [("Independent", 25, 40)]
    assert extract_text("Make-up", "The Greens won 3 of the 49 seats in the States Assembly.")["wards"] == []


def test_the_items_before_a_later_not_elected_label_on_a_verdict_line_won() -> None:
    body = "Moor End (three seats) – Green gain from Con: Ivy Roe (Green) 611, Al Kemp (Con) 590, Jo Tate (Con) 574; "
    body += "not elected: Rex Hale (Con) 560, Una Bell (Green) 402."
    assert [(p[0], p[3]) for p in people(body)] == [
        ("Ivy Roe", True),
        ("Al Kemp", True),
        ("Jo Tate", True),
        ("Rex Hale", False),
        ("Una Bell", False),
    ]


def test_all_and_a_count_past_six_are_independents_of_as_many_names_before() -> None:
    names = ["Tom Reed", "Lia Mann", "Ed Fry", "Jo Parr", "Al Tey", "Cy Dunn", "Bo Hart", "Ann Lee"]
    body = "Returned unopposed:\n" + "\n".join(f"Parish {c} – {n}" for c, n in zip("ABCDEFGH", names, strict=True))
    body += "\nAll eight are independents."
    assert {p[1] for p in people(body)} == {"Independent"}


def test_all_independents_after_a_list_of_names_gives_them_their_party() -> None:
    body = "The ward re-elected its members: Ann Lee (1,877), Bo Hart (1,802) and Cy Dunn (1,655), all independents."
    assert [p[:3] for p in people(body)] == [
        ("Ann Lee", "Independent", 1877),
        ("Bo Hart", "Independent", 1802),
        ("Cy Dunn", "Independent", 1655),
    ]


def test_a_possessive_label_of_winners_heads_its_items() -> None:
    body = "The group's winners: Nell Varga 702, Piet Osei 688, Rhian Moss 671."
    assert [(p[0], p[2], p[3]) for p in people(body)] == [
        ("Nell Varga", 702, True),
        ("Piet Osei", 688, True),
        ("Rhian Moss", 671, True),
    ]


def seats(body: str, title: str = "Result") -> list[tuple[object, ...]]:
    return [(s["party"], s["seats"]) for s in extract_text(title, body)["seat_totals"]]


def test_a_sentence_counting_each_partys_candidates_gives_no_seat_totals() -> None:
    assert seats("The Greens are fielding 23 candidates, Labour nine and the Lib Dems four.", "Who is standing") == []
    assert seats("The Greens won 23 seats, Labour nine and the Lib Dems four.") == [
        ("Green Party", 23),
        ("Labour", 9),
        ("Liberal Democrats", 4),
    ]


def test_a_surname_opening_on_a_capitalised_particle_is_the_full_names_surname() -> None:
    body = "The count:\nRuth Perrin, Labour: 2,315\nAnna De Gruchy, Labour: 1,760\nTom Dyer, Green Party: 1,430\n"
    body += "Perrin and De Gruchy are elected."
    assert [(p[0], p[3]) for p in people(body)] == [
        ("Ruth Perrin", True),
        ("Anna De Gruchy", True),
        ("Tom Dyer", False),
    ]


def test_a_capitalised_description_opening_a_sentence_is_not_the_forename() -> None:
    body = "Newcomer Priya Lal of the Green Party came fifth on 1,122. Veteran Ken Ogle (Lab) held on with 2,004."
    assert [p[0] for p in people(body)] == ["Priya Lal", "Ken Ogle"]


def test_all_of_them_are_independents_under_a_list_covers_every_line_of_it() -> None:
    body = "Returned unopposed:\nEastgate (2): Tom Reed and Lia Mann\nMill Lane (3): Ed Fry, Jo Parr and Cy Dunn\n"
    body += "All of them are independents."
    assert {p[0]: p[1] for p in people(body)} == {
        n: "Independent" for n in ("Tom Reed", "Lia Mann", "Ed Fry", "Jo Parr", "Cy Dunn")
    }
