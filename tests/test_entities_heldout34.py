"""Results-coverage wordings found missing by the blind held-out text pages fixtures/truth/heldout-34x-* (a
by-election results service's weekly round-ups and a unitary council's count on new boundaries): each rule is
tested on wording of its own, not on the truth pages' lines."""

from __future__ import annotations

from probes import people

from scraper.entities import extract_text


def wards(body: str, title: str = "Result") -> list[str]:
    return [w["name"] for w in extract_text(title, body)["wards"]]


def test_a_question_word_does_not_open_a_ward() -> None:
    body = "The Greens held Abbeymead with 812 votes."
    assert wards(body, "What Thursday's by-elections tell us") == ["Abbeymead"]
    assert "Thursday" not in wards(body, "How Labour lost the Riverside by-election")
    assert wards(body, "How Labour lost the Riverside by-election") == ["Riverside", "Abbeymead"]


def test_a_list_introduced_after_a_colon_keeps_its_first_item() -> None:
    body = (
        "Eastfield (Moray) by-election, first preferences: Jo Parr (LD) 1,544; Al Tey (SNP) 1,390; "
        "Di Moss (Con) 602.\nParr elected at stage 2."
    )
    assert people(body) == [
        ("Jo Parr", "Liberal Democrats", 1544, True),
        ("Al Tey", "SNP", 1390, False),
        ("Di Moss", "Conservative", 602, False),
    ]


def test_a_verdict_under_each_list_decides_that_list() -> None:
    body = (
        "Oakridge (Westvale DC):\n"
        "Sam Lyle (Lab) 702 (41.0%; +3.2)\n"
        "Kate Orme (Con) 690 (40.3%; -5.1)\n"
        "Ray Dunn (Grn) 320 (18.7%; +1.9)\n"
        "Lab hold. Majority 12.\n"
        "Mill Lane (Eastvale BC):\n"
        "Tina Bray (Con) 812\n"
        "Omar Saleh (LD) 901\n"
        "LD gain from Con. Turnout 29%."
    )
    assert people(body) == [
        ("Sam Lyle", "Labour", 702, True),
        ("Kate Orme", "Conservative", 690, False),
        ("Ray Dunn", "Green Party", 320, False),
        ("Tina Bray", "Conservative", 812, False),
        ("Omar Saleh", "Liberal Democrats", 901, True),
    ]


def test_a_verdict_heading_the_next_list_is_not_read_for_the_one_above() -> None:
    body = (
        "Ward one:\n"
        "Sam Lyle (Lab) 702\n"
        "Kate Orme (Con) 690\n"
        "Con gain from Lab\n"
        "Tina Bray (Con) 812\n"
        "Omar Saleh (LD) 401"
    )
    got = people(body)
    assert got[0][3] is not True or got[1][3] is not True
    assert ("Kate Orme", "Conservative", 690, True) not in got


def test_totals_after_transfers_at_a_later_stage_are_not_votes() -> None:
    body = (
        "First preferences:\n"
        "Ewan Dow (Ind) 1,410\n"
        "Kirsty Laing (SNP) 1,350\n"
        "Gail Brodie (Lab) 402\n"
        "Kirsty Laing was elected at the third stage by 1,702 votes to 1,488. SNP gain from Ind."
    )
    assert people(body) == [
        ("Ewan Dow", "Independent", 1410, False),
        ("Kirsty Laing", "SNP", 1350, True),
        ("Gail Brodie", "Labour", 402, False),
    ]
    # (the final totals of a count with no stages are the votes: a mayor's after second preferences)
    assert people("Jo Parr won by 1,571 votes to 1,498 after second preferences.") == [("Jo Parr", None, 1571, True)]


def test_the_candidate_overtaken_on_transfers_lost() -> None:
    body = (
        "Ewan Dow (Ind) 1,410\n"
        "Kirsty Laing (SNP) 1,350\n"
        "Gail Brodie (Lab) 402\n"
        "Ms Laing overtook Mr Dow at stage 3 and was elected with 1,702 votes."
    )
    got = {name: (votes, elected) for name, _, votes, elected in people(body)}
    assert got["Ewan Dow"] == (1410, False)
    assert got["Kirsty Laing"][0] == 1350


def councils_and_wards(body: str, title: str = "Result") -> tuple[list[str], list[tuple[str, str | None]]]:
    got = extract_text(title, body)
    return [c["name"] for c in got["councils"]], [(w["name"], w["council"]) for w in got["wards"]]


def test_the_unitary_councils_of_2023_are_council_areas() -> None:
    assert councils_and_wards("Seaton (Cumberland UA): Lab hold.") == (
        ["Cumberland Council"],
        [("Seaton", "Cumberland Council")],
    )
    assert councils_and_wards("Ulverston East (Westmorland and Furness): LD gain from Con.") == (
        ["Westmorland and Furness Council"],
        [("Ulverston East", "Westmorland and Furness Council")],
    )


def test_a_council_area_in_a_bracket_before_by_election_or_where() -> None:
    assert councils_and_wards("Labour won the Mold East (Flintshire) by-election with 512 votes.") == (
        ["Flintshire Council"],
        [("Mold East", "Flintshire Council")],
    )
    assert councils_and_wards("No contest in Kirkton (Angus), where the SNP's Ian Reid was returned unopposed.") == (
        ["Angus Council"],
        [("Kirkton", "Angus Council")],
    )


def seats(body: str, title: str = "Results") -> dict[str, int]:
    return {t["party"]: t["seats"] for t in extract_text(title, body)["seat_totals"]}


def test_notional_and_would_have_seats_are_not_a_council_s_make_up() -> None:
    assert seats("On notional figures for the new wards, Labour had 31 seats, the Greens 9 and the Tories 4.") == {}
    assert seats("Under the new boundaries the Lib Dems would have won 22 seats and Labour 12.") == {}
    assert seats("The Lib Dems have won 22 seats and Labour 12.") == {"Liberal Democrats": 22, "Labour": 12}


def test_an_electorate_of_five_figures_does_not_make_a_ward_a_constituency() -> None:
    body = "Culloden (Highland): Amy Ross (SNP) 1,802; Rob Hay (Con) 1,115.\nElectorate 12,406. Turnout 32%."
    assert councils_and_wards(body) == (["Highland Council"], [("Culloden", "Highland Council")])


def test_a_retired_nurse_is_not_a_councillor_who_retired() -> None:
    verdict = "Grn 902 (51.0%), Lab 611 (34.5%). Green gain from Lab.\n"
    assert people(verdict + "The new councillor is Tess Oduya, a retired nurse.") == [
        ("Tess Oduya", "Green Party", None, True)
    ]
    # (a councillor who retired, or a retired councillor, caused the vacancy: no candidate)
    assert people(verdict + "The seat fell vacant when Ron Yapp retired.") == []
    assert people(verdict + "Ron Yapp, a retired councillor, did not stand.") == []


def test_becoming_a_party_s_first_member_of_a_council_is_a_win() -> None:
    assert people("The Greens' Ola Nwosu becomes the party's first member of Harwood District Council.") == [
        ("Ola Nwosu", "Green Party", None, True)
    ]
    assert people("Labour's Ola Nwosu became the first member of her family to go to university.") == []


def test_a_headline_s_short_ward_is_the_body_s_ward_written_in_capitals() -> None:
    body = "ELMSTEAD NORTH (Arun DC): Grn 865 (38.0%), Con 802 (35.3%). Green gain from Con."
    assert wards(body, "Greens take Elmstead seat") == ["ELMSTEAD NORTH"]


def test_a_party_s_pair_and_two_counts_in_their_order() -> None:
    body = (
        "Labour's Kim Ode (702) and Rob Fenn (688) are re-elected, ahead of the Greens' pair, Ash Lowe (640) and "
        "Bea Kerr (611)."
    )
    assert people(body)[2:] == [("Ash Lowe", "Green Party", 640, False), ("Bea Kerr", "Green Party", 611, False)]
    assert people("The Tories' Ann Pike and Sid Rowe polled 1,310 and 1,288.") == [
        ("Ann Pike", "Conservative", 1310, None),
        ("Sid Rowe", "Conservative", 1288, None),
    ]


def test_two_parties_a_vote_came_from_do_not_end_the_winner_s_clause() -> None:
    body = "Plaid's Iwan Rees picked up votes from the Tories and Labour and beat the independent Dai Price."
    assert people(body) == [("Iwan Rees", "Plaid Cymru", None, True), ("Dai Price", "Independent", None, False)]


def test_a_candidate_defending_a_seat_after_an_aside() -> None:
    assert people("The deputy leader, Rhona Beck, a Liberal Democrat, is defending her seat in Elm Park.") == [
        ("Rhona Beck", "Liberal Democrats", None, None)
    ]


def test_a_winner_named_under_a_line_with_one_verdict_is_of_that_party() -> None:
    body = (
        "OAKRIDGE (Arun DC): Grn 702 (41.0%), Con 690 (40.3%). Green gain from Con. Turnout 29%.\n"
        "The new councillor is Nell Ashby, a local vet.\n"
        "MILL LANE (Adur DC): Lab 812 (50.2%), Ref 601 (37.2%). Lab hold.\n"
        "The new councillor is Omar Saleh, a bus driver."
    )
    assert people(body) == [("Nell Ashby", "Green Party", None, True), ("Omar Saleh", "Labour", None, True)]


def test_a_ward_named_like_a_hall_that_a_person_is_elected_in() -> None:
    assert wards("The Greens' Ada Lunn and Pip Orr are re-elected in Moss Hall, ahead of Labour.") == ["Moss Hall"]
    assert wards("Labour's Ada Lunn was elected at the count in County Hall.") == []


def test_when_both_seats_are_filled_the_other_candidates_lost() -> None:
    body = (
        "Labour's Kim Ode and Rob Fenn have won both seats in Elm Park ward, with 1,102 and 1,044 votes.\n"
        "The Greens' Ash Lowe got 530."
    )
    assert people(body)[2] == ("Ash Lowe", "Green Party", 530, False)
    two = "Kim Ode (Lab) and Rob Fenn (Lab) were re-elected; the ward kept its two seats.\nAsh Lowe (Grn) got 530."
    assert people(two)[2] == ("Ash Lowe", "Green Party", 530, False)


def test_a_place_that_went_to_a_party_is_a_ward() -> None:
    assert wards("In Broxtowe, Toton and Chilwell Meadows went to the Greens: Grn 802, Con 611.") == [
        "Toton and Chilwell Meadows"
    ]
    assert wards("Control of Kelby went to Labour after the recount.") == []
    assert wards("Labour lost eleven councillors.", "Mid Wessex goes to Reform") == []


def test_a_winner_who_replaces_a_party_colleague() -> None:
    assert people("Lab hold. Labour's Rani Dutt succeeds her party colleague, who moved to Cardiff.") == [
        ("Rani Dutt", "Labour", None, True)
    ]
    assert people("Rani Dutt replaces Sam Hill as the Labour group's leader.") == []
