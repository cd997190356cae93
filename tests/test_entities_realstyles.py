"""scraper.entities on the wording of real results coverage beyond the BBC live page: returning officers'
by-election lists, round-ups, STV and Northern Ireland counts, mayoral rounds, local papers. Each phrasing
has a test, and each has a near-miss that must yield nothing (or not the wrong thing)."""

from __future__ import annotations

from typing import Any

import pytest

from scraper.entities import extract_text


def facts(body: str, title: str = "Results") -> dict[str, list[dict[str, Any]]]:
    return extract_text(title, body)


def people(body: str, title: str = "Results") -> dict[str, tuple[Any, Any, Any]]:
    return {c["name"]: (c["party"], c["votes"], c["elected"]) for c in facts(body, title)["candidates"]}


def ward_names(body: str, title: str = "Results") -> list[str]:
    return [w["name"] for w in facts(body, title)["wards"]]


# --- result lists -------------------------------------------------------------------------------------------


def test_returning_officer_list_puts_the_forename_first() -> None:
    body = (
        "Whitmore District Council – Littlehaven: Conservative hold.\n"
        "Pemberton, Alan – Conservative – 612 (41.2%) elected\n"
        "Farrow, Judith Anne – Liberal Democrat – 489 (32.9%)\n"
        "Okafor, Daniel – Labour – 385 (25.9%)"
    )
    out = facts(body)
    got = {c["name"]: (c["party"], c["votes"], c["elected"]) for c in out["candidates"]}
    assert got == {
        "Alan Pemberton": ("Conservative", 612, True),
        "Judith Anne Farrow": ("Liberal Democrats", 489, False),
        "Daniel Okafor": ("Labour", 385, False),
    }
    assert [(w["name"], w["council"]) for w in out["wards"]] == [("Littlehaven", "Whitmore District Council")]
    text = "Results\n" + body
    span = next(c["span"] for c in out["candidates"] if c["name"] == "Alan Pemberton")
    assert text[span[0] : span[1]].startswith("Pemberton, Alan")


def test_party_with_its_candidate_in_brackets_and_a_gain_line() -> None:
    body = (
        "Hartsbridge District Council, Ashcombe Vale\n"
        "Liberal Democrats (Fiona Keane): 733 [46.1%, +12.4%]\n"
        "Conservative: 571 [35.9%, -8.0%]\n"
        "Liberal Democrat GAIN from Conservative"
    )
    assert people(body) == {"Fiona Keane": ("Liberal Democrats", 733, True)}
    assert ward_names(body) == ["Ashcombe Vale"]


def test_ticker_lines_name_wards_not_people() -> None:
    body = "Results from Tameside Council:\nDenton South: Con GAIN from Lab\nHyde Newton: Lab hold"
    out = facts(body)
    assert out["candidates"] == []
    assert [w["name"] for w in out["wards"]] == ["Denton South", "Hyde Newton"]


# --- round-ups and by-election reports ---------------------------------------------------------------------


def test_as_did_shares_the_outcome_and_bracketed_wards() -> None:
    body = (
        "The council's leader, Cllr Martin Oakes (Conservative, Moulton), lost his seat, as did his deputy "
        "Cllr Jean Farrow (Conservative, Weston)."
    )
    out = facts(body)
    assert {c["name"]: (c["party"], c["elected"], c["ward"]) for c in out["candidates"]} == {
        "Martin Oakes": ("Conservative", False, "Moulton"),
        "Jean Farrow": ("Conservative", False, "Weston"),
    }


def test_will_take_her_seat_means_elected() -> None:
    assert people("Lib Dem candidate Sunita Rao will take her seat at next week's meeting.") == {
        "Sunita Rao": ("Liberal Democrats", None, True)
    }


def test_multi_member_ward_runners_up_are_not_losers() -> None:
    body = (
        "In the three-seat Abbey ward, Labour's Ayesha Rahman topped the poll with 2,310 votes, followed by party "
        "colleagues Tom Hesketh (2,104) and Kieran Doyle (1,998)."
    )
    got = people(body)
    assert got["Ayesha Rahman"] == ("Labour", 2310, True)
    assert got["Tom Hesketh"][0] == got["Kieran Doyle"][0] == "Labour"
    assert got["Tom Hesketh"][2] is not False and got["Kieran Doyle"][2] is not False


@pytest.mark.parametrize(
    ("body", "ward"),
    [
        ("Independent Pat Hindley romped home in Skegness North, taking 1,201 votes.", "Skegness North"),
        ("Plaid Cymru hold Waunfawr on Gwynedd Council, with Siân Parry taking 358 votes.", "Waunfawr"),
        ("In County Fermanagh, the turnout was almost 72% in the Erne East DEA.", "Erne East"),
        ("Liberal Democrat Claire Whitton was re-elected for a third term in Thornbury North.", "Thornbury North"),
        ("Keith Morrow, an independent, finished fourth in Tow Law with 211 votes.", "Tow Law"),
        ("Cornwall, Penwithick and Boscoppa - Mebyon Kernow gain from Conservative", "Penwithick and Boscoppa"),
        ("The quota in Inverurie and District was 1,512.", "Inverurie and District"),
    ],
)
def test_ward_wordings(body: str, ward: str) -> None:
    assert ward in ward_names(body)


# --- Northern Ireland, STV, mayors and commissioners -----------------------------------------------------


def test_alliance_alone_is_the_alliance_party_in_a_seat_tally() -> None:
    out = facts("On Belfast City Council the DUP won 14 seats, Alliance 11 and the SDLP five.")
    assert {(s["party"], s["seats"]) for s in out["seat_totals"]} >= {("DUP", 14), ("Alliance Party", 11)}


@pytest.mark.parametrize(
    "body",
    [
        "People Before Profit Alliance won two seats.",
        "The Independent Alliance group held its seats.",
        "An alliance of independents now runs the council.",
        "The Progressive Alliance of Labour and Lib Dems took control.",
    ],
)
def test_alliance_near_misses(body: str) -> None:
    assert "Alliance Party" not in [p["name"] for p in facts(body)["parties"]]


def test_won_by_a_margin_is_not_a_total() -> None:
    got = people("Green candidate Judith Grey won by 402 votes.")
    assert got == {"Judith Grey": ("Green Party", None, True)}


def test_pcc_for_the_party_and_candidate_for_the_mayoralty() -> None:
    body = (
        "The Conservative candidate for the West of England mayoralty, Tim Bowden, beat Labour's Lesley Manning.\n"
        "Tony Kearsley, for the Labour and Co-operative Party, polled 88,510."
    )
    out = facts(body)
    got = {c["name"]: (c["party"], c["votes"], c["elected"]) for c in out["candidates"]}
    assert got["Tim Bowden"] == ("Conservative", None, True)
    assert got["Lesley Manning"] == ("Labour", None, False)
    assert got["Tony Kearsley"][:2] == ("Labour", 88510)
    assert out["wards"] == []  # a mayoral area is not a ward


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Starmer hails mayoral wins", "Sir Keir Starmer said the results showed Labour was ready for government."),
        ("Badenoch welcomes council gains", "Kemi Badenoch said the party had held its ground."),
    ],
)
def test_leaders_hailing_wins_are_not_candidates(title: str, body: str) -> None:
    assert facts(body, title)["candidates"] == []


# --- candidates: one phrasing per case ----------------------------------------------------------------------

CANDIDATE_CASES = {
    "inline_list_with_the_verdict_after_the_last_item": (
        "Harpurhey: Joanne Kilby (Lab) 1,634, Dean Mottram (Reform UK) 702, Paul Ng (Con) 190. Lab hold.",
        {
            "Joanne Kilby": ("Labour", 1634, True),
            "Dean Mottram": ("Reform UK", 702, False),
            "Paul Ng": ("Conservative", 190, False),
        },
    ),
    "ward_label_with_a_bracket_and_a_verdict_sentence": (
        "Ashby East (one seat): Priya Shah (Labour) 1,482, Gordon Wells (Conservative) 1,105, Ruth Adeyemi (Green "
        "Party) 312. Labour gain from Conservative.",
        {
            "Priya Shah": ("Labour", 1482, True),
            "Gordon Wells": ("Conservative", 1105, False),
            "Ruth Adeyemi": ("Green Party", 312, False),
        },
    ),
    "candidates_are_listed_before_the_poll": (
        "Candidates are Andrew Pike (Conservative), Lucy Hart (Labour) and Omar Said (Green Party).",
        {
            "Andrew Pike": ("Conservative", None, None),
            "Lucy Hart": ("Labour", None, None),
            "Omar Said": ("Green Party", None, None),
        },
    ),
    "won_by_then_a_verdict_sentence_gives_the_party": (
        (
            "Kelvedon: The byelection in Marsh Green ward held on 12 June was won by Priya Sandhu. Labour gain from "
            "Conservative.\nAmbridge Vale: The byelection in Castle ward held on 12 June was won by Tom Ellery. "
            "Liberal Democrat gain from Labour."
        ),
        {"Priya Sandhu": ("Labour", None, True), "Tom Ellery": ("Liberal Democrats", None, True)},
    ),
    "loser_coordinated_across_a_figure": (
        (
            "Reform UK has won the Oakhurst by-election for Lancashire County Council.\n"
            "Gary Pellow polled 1,377 votes, ahead of Conservative Susan Marr on 902 and Labour's Ian Grady on 455."
        ),
        {
            "Gary Pellow": ("Reform UK", 1377, True),
            "Susan Marr": ("Conservative", 902, False),
            "Ian Grady": ("Labour", 455, False),
        },
    ),
    "northern_ireland_first_elected_and_followed_by": (
        (
            "Sinn Féin's Ciaran Mulgrew was the first to be elected, securing a seat in the Killultagh DEA.\n"
            "His election was swiftly followed by the DUP's Alan Beckwith and Claire Dunlop of the Alliance Party."
        ),
        {
            "Ciaran Mulgrew": ("Sinn Féin", None, True),
            "Alan Beckwith": ("DUP", None, True),
            "Claire Dunlop": ("Alliance Party", None, True),
        },
    ),
    "mayoral_second_round_totals_replace_the_first_round": (
        (
            "After the first round Conservative Ben Hollis had 81,930 votes to Labour's Chris McAvoy's 78,402.\n"
            "With second preferences added, Mr Hollis won by 96,104 votes to 89,077."
        ),
        {
            "Ben Hollis": ("Conservative", 96104, True),
            "Chris McAvoy": ("Labour", 89077, False),
        },
    ),
    "the_incumbent_before_a_name_is_that_name": (
        (
            "Labour's Clare Moody-Hart won the PCC election with 178,209 votes.\n"
            "She beat the incumbent Conservative, Mark Shelford-Ross, who received 121,877."
        ),
        {
            "Clare Moody-Hart": ("Labour", 178209, True),
            "Mark Shelford-Ross": ("Conservative", 121877, False),
        },
    ),
}


# --- second blind round: live blogs, council results pages, Wales and Scotland ------------------------------

CANDIDATE_CASES_2 = {
    "respectively": (
        "In the Spennymoor division, Reform's Kevin Shaw and Lyn Dowell were both elected, with 1,544 and 1,502 "
        "votes respectively.",
        {"Kevin Shaw": ("Reform UK", 1544, True), "Lyn Dowell": ("Reform UK", 1502, True)},
    ),
    "coordinated_across_a_share": (
        "Labour's Tom Walsh held the mayoralty with 25.1% of the vote, ahead of Reform UK's Arron Banks-Ford on "
        "21.3% and the Green Party's Mary Page on 20.6%.",
        {
            "Tom Walsh": ("Labour", None, True),
            "Arron Banks-Ford": ("Reform UK", None, False),
            "Mary Page": ("Green Party", None, False),
        },
    ),
    "results_page_verdict_line_before": (
        "Election results for Abbey Hey ward\nLabour Win\nCouncillor Kevan Marsh was elected with a majority of 812.",
        {"Kevan Marsh": ("Labour", None, True)},
    ),
    "missed_out_to": (
        "A recount has been ordered after SNP candidate Leigh Wilson-Gray missed out on the final seat by just four "
        "votes to Conservative George Carr.",
        {"Leigh Wilson-Gray": ("SNP", None, False), "George Carr": ("Conservative", None, True)},
    ),
    "scottish_green_before_a_name": (
        "Scottish Green Chas Booth-Ross and Labour's Amy Kerr were elected at later stages.",
        {"Chas Booth-Ross": ("Scottish Green Party", None, True), "Amy Kerr": ("Labour", None, True)},
    ),
}


def test_headline_with_a_ward_and_a_verdict_is_not_a_person() -> None:
    out = facts(
        "SNP's Fiona Dunn was elected on the first count in Leith Walk with 2,894 votes.", "Leith Walk: SNP top"
    )
    assert [c["name"] for c in out["candidates"]] == ["Fiona Dunn"]
    assert [w["name"] for w in out["wards"]] == ["Leith Walk"]


def test_abbreviated_final_tally_of_a_council() -> None:
    out = facts("Final result, Cardiff Council: Lab 55, Con 11, LD 10, PC 2, Ind 1.")
    assert {(s["council"], s["party"], s["seats"]) for s in out["seat_totals"]} == {
        ("Cardiff Council", "Labour", 55),
        ("Cardiff Council", "Conservative", 11),
        ("Cardiff Council", "Liberal Democrats", 10),
        ("Cardiff Council", "Plaid Cymru", 2),
        ("Cardiff Council", "Independent", 1),
    }


@pytest.mark.parametrize(
    "body",
    [
        "Voting in the Stourbridge Heath ward was: LD 68, C 49, Green 6, Lab 3.",
        "First-preference votes for Aberdeen City Council were: C 57, SNP 55.",
        "There are 67 seats on the council, with the Conservatives defending 33, Labour 18 and Greens two.",
        "Council by-election: Lab 55, Con 11.",
        "Result of council at last election (2012): Labour 18, Independents 12, Conservatives 9, Plaid Cymru 7.",
        "At the previous election the council was Lab 30, Con 20.",
    ],
)
def test_vote_tallies_seats_defended_and_last_election_are_not_seat_totals(body: str) -> None:
    assert facts(body)["seat_totals"] == []


def test_respectively_with_shares_gives_no_votes() -> None:
    got = people("Reform's Kevin Shaw and Lyn Dowell were both elected, with 41% and 39% respectively.")
    assert got["Kevin Shaw"][1] is None and got["Lyn Dowell"][1] is None


# --- third blind round: result tables, party lines, history, regional wording ----------------------------

CANDIDATE_CASES_3 = {
    "pipe_table_with_share_columns": (
        "Party | Candidate | Votes | %\nLabour | Ivan Henley | 707 | 45.9\nConservative | Rosa Lord | 625 | 40.5\n"
        "Labour gain from Conservative",
        {"Ivan Henley": ("Labour", 707, True), "Rosa Lord": ("Conservative", 625, False)},
    ),
    "party_line_with_e_for_elected": (
        "Labour: Pat Jenner 797 E, Margaret McCrory 647 E\nIndependents: David Thorne 184, Glyn Willis 141",
        {
            "Pat Jenner": ("Labour", 797, True),
            "Margaret McCrory": ("Labour", 647, True),
            "David Thorne": ("Independent", 184, False),
            "Glyn Willis": ("Independent", 141, False),
        },
    ),
    "history_after_a_name_is_not_the_result": (
        "The Green Party's Becky Shaw took the Newington seat with a majority of 312.\n"
        "She polled 1,102 votes; Labour's Colin Fenn, who held the seat until last year, managed 790.",
        {"Becky Shaw": ("Green Party", 1102, True), "Colin Fenn": ("Labour", 790, False)},
    ),
    "winner_figures_in_the_loser_clause": (
        "Green candidate Tom Hamer unseated council leader Peter Aldous-Kerr in Beccles North, winning 1,322 votes "
        "to 1,101.",
        {"Tom Hamer": ("Green Party", 1322, True), "Peter Aldous-Kerr": (None, 1101, False)},
    ),
    "standing_as_an_independent": (
        "Former council leader Keith Morrow, standing as an independent, finished fourth in Tow Law with 211 votes.",
        {"Keith Morrow": ("Independent", 211, False)},
    ),
    "was_also_returned": (
        "The Conservatives' Laura Anne Jones-Ward was also returned.",
        {"Laura Anne Jones-Ward": ("Conservative", None, True)},
    ),
    "abbreviated_cornish_party": (
        "Matt Luke (MK) 482, Roger Trewin (Con) 301. Mebyon Kernow gain from Conservative.",
        {"Matt Luke": ("Mebyon Kernow", 482, True), "Roger Trewin": ("Conservative", 301, False)},
    ),
}


def test_council_now_tally_is_a_seat_total() -> None:
    out = facts("Bradford, Wibsey - Labour hold\nCouncil now 49 Labour, 21 Conservative, 10 Liberal Democrat.")
    assert {(s["party"], s["seats"]) for s in out["seat_totals"]} == {
        ("Labour", 49),
        ("Conservative", 21),
        ("Liberal Democrats", 10),
    }


@pytest.mark.parametrize(
    "body",
    [
        "Labour: We will fight every seat, said Jane Smith 2024.",
        "Labour: Pat Jenner, Margaret McCrory and David Thorne spoke at the count.",
    ],
)
def test_party_label_lines_without_figures_name_no_candidates(body: str) -> None:
    assert facts(body)["candidates"] == []


# --- fourth blind round: BBC regional wording 2017-19, STV and Northern Ireland counts ----------------------

CANDIDATE_CASES_4 = {
    "took_the_seat_from": (
        "In Skegness South, Conservative Colin Davie-Ward took the seat from UKIP's Sue Blake.",
        {"Colin Davie-Ward": ("Conservative", None, True), "Sue Blake": ("UKIP", None, False)},
    ),
    "polled_votes_to_her": (
        "Cabinet member for housing Linda Wragg has lost her Bilborough seat.\n"
        "She was beaten by Labour's Graham Chapman-Hill, who polled 2,011 votes to her 1,877.",
        {"Linda Wragg": (None, 1877, False), "Graham Chapman-Hill": ("Labour", 2011, True)},
    ),
    "eliminated_at_a_stage": (
        "Sitting DUP councillor Ruth Patterson-Moore was eliminated at the fifth stage.\n"
        "PUP candidate John Kyle-Smith took the last seat.",
        {"Ruth Patterson-Moore": ("DUP", None, False), "John Kyle-Smith": ("PUP", None, True)},
    ),
    "joined_him_at_stage_four": (
        "Conservative Colin Clark-Hay was elected at stage one with 1,947 votes, and the SNP's Neil Baillie joined "
        "him at stage four.",
        {"Colin Clark-Hay": ("Conservative", 1947, True), "Neil Baillie": ("SNP", None, True)},
    ),
    "co_convener_between_party_and_name": (
        "Scottish Green co-convener Patrick Harvie-Bell was re-elected in Hillhead on the first stage.",
        {"Patrick Harvie-Bell": ("Scottish Green Party", None, True)},
    ),
    "joined_him_on_the_campaign_trail_is_no_result": (
        "Council leader Anne Reid was re-elected. MP Tom Lowe joined her on the campaign trail last week.",
        {"Anne Reid": (None, None, True)},
    ),
}


# --- fifth blind round: London boroughs, district councils -------------------------------------------------

CANDIDATE_CASES_5 = {
    "of_a_party_after_the_name": (
        "Lutfur Rahmann of Aspire has been elected Mayor of Tower Hamlets, defeating Labour's John Biggs-Ward.",
        {"Lutfur Rahmann": ("Aspire", None, True), "John Biggs-Ward": ("Labour", None, False)},
    ),
    "tied_on_votes_each": (
        "Conservative Keane Duncan-Hall and Liberal Democrat Mary Gillies tied on 612 votes each.\n"
        "Ms Gillies won the draw.",
        # (the draw's loser lost: the tied pair's other one won it)
        {"Keane Duncan-Hall": ("Conservative", 612, False), "Mary Gillies": ("Liberal Democrats", 612, True)},
    ),
    "local_group_possessive": (
        "Ashfield Independents' Jason Zadrozny-Bell polled 1,877 votes in Larwood, with Labour's Clare "
        "Marsden-Cook second on 402.",
        {"Jason Zadrozny-Bell": ("Ashfield Independents", 1877, True), "Clare Marsden-Cook": ("Labour", 402, False)},
    ),
    "elected_label_line": (
        "Tooting Bec (3 seats): Labour gain two from Conservative.\n"
        "Elected: Ravi Govindia-Rao (Con), Tina Nash (Lab), Sam Akinola (Lab).",
        {
            "Ravi Govindia-Rao": ("Conservative", None, True),
            "Tina Nash": ("Labour", None, True),
            "Sam Akinola": ("Labour", None, True),
        },
    ),
}


def test_a_heading_with_a_seat_count_is_a_ward_not_a_label_or_a_person() -> None:
    out = facts("Tooting Bec (3 seats): Labour gain two from Conservative.\nElected: Tina Nash (Lab).")
    assert [w["name"] for w in out["wards"]] == ["Tooting Bec"]
    assert [c["name"] for c in out["candidates"]] == ["Tina Nash"]


def test_an_independent_title_word_does_not_join_the_next_line() -> None:
    got = people("Independent Jill Makinson-Sanders won in Sutton with a 403-vote majority.", "Surge in East Lindsey")
    assert got["Jill Makinson-Sanders"][0] == "Independent"


@pytest.mark.parametrize(
    ("body", "seats"),
    [
        ("Labour gained Barnet Council from the Conservatives, winning 41 of 63 seats.", {("Labour", 41)}),
        ("The Conservatives were left with one councillor, and the Greens won five seats.", {("Conservative", 1)}),
    ],
)
def test_seat_total_wordings(body: str, seats: set[tuple[str, int]]) -> None:
    assert seats <= {(s["party"], s["seats"]) for s in facts(body)["seat_totals"]}


@pytest.mark.parametrize(
    "body",
    [
        "Labour won 3 of 5 seats contested in the ward.",
        "The Tories were left with one councillor short of a majority.",
    ],
)
def test_seat_total_near_misses(body: str) -> None:
    assert (facts(body)["seat_totals"] or [{}])[0].get("seats") not in (3, 1)


# --- sixth blind round: scoreboards, Welsh councils -------------------------------------------------------

CANDIDATE_CASES_6 = {
    "majority_over_a_bracketed_rival": (
        "Olivia Hartley-Brown (Green) won with 1,020 votes, a majority of 300 over Dan Price (Lab).",
        {"Olivia Hartley-Brown": ("Green Party", 1020, True), "Dan Price": ("Labour", None, False)},
    ),
    "elected_unopposed_including": (
        "In Gwynedd, 21 councillors were elected unopposed, including Plaid Cymru's Elwyn Edwards-Jones in "
        "Llandderfel.",
        {"Elwyn Edwards-Jones": ("Plaid Cymru", None, True)},
    ),
    "returned_for_the_party": (
        "Former council leader Chris Holley-Jones returned for the Liberal Democrats in Cockett, polling 1,501 votes.",
        {"Chris Holley-Jones": ("Liberal Democrats", 1501, True)},
    ),
    "returned_from_holiday_is_no_result": (
        "Council leader Anne Reid returned from holiday to watch the count.",
        {},
    ),
}


def test_scoreboard_table_rows_are_seat_totals() -> None:
    out = facts("Harlow Council result:\nParty | Seats | Change\nConservative | 20 | -4\nLabour | 13 | +4")
    assert {(s["party"], s["seats"]) for s in out["seat_totals"]} == {("Conservative", 20), ("Labour", 13)}


def test_a_result_table_without_a_seats_header_is_not_a_scoreboard() -> None:
    out = facts("Party | Votes | %\nConservative | 20 | 4.1\nLabour | 13 | 2.7")
    assert out["seat_totals"] == []


@pytest.mark.parametrize(
    ("body", "wards"),
    [
        ("Labour gains in Thurrock: Grays Riverside, Tilbury St Chads and Ockendon.", ["Grays Riverside", "Ockendon"]),
        ("Plaid Cymru's Elwyn Edwards-Jones was elected unopposed in Llandderfel.", ["Llandderfel"]),
        ("Chris Holley-Jones returned for the Liberal Democrats in Cockett.", ["Cockett"]),
    ],
)
def test_ward_wordings_sixth_round(body: str, wards: list[str]) -> None:
    assert set(wards) <= set(ward_names(body))


def test_uncontested_seats_title_is_not_a_ward() -> None:
    assert ward_names("In Gwynedd, 21 councillors were elected unopposed.", "Uncontested seats") == []


# --- seventh blind round: PCCs and mayors, BBC by-elections ------------------------------------------------

CANDIDATE_CASES_7 = {
    "the_conservative_as_the_person_before": (
        "Andy Streeton has been re-elected as Mayor of the West Midlands.\n"
        "The Conservative polled 314,669 first preference votes, to Labour candidate Liam Byrne-Hale's 267,626.",
        {"Andy Streeton": ("Conservative", 314669, True), "Liam Byrne-Hale": ("Labour", 267626, False)},
    ),
    "the_labour_mayor_as_the_person_before": (
        "Sadiq Khanna has been re-elected Mayor of London.\n"
        "The Labour mayor finished with 1,206,034 votes to Conservative Shaun Bailey-Cole's 977,601.",
        {"Sadiq Khanna": ("Labour", 1206034, True), "Shaun Bailey-Cole": ("Conservative", 977601, False)},
    ),
    "commissioner_for_an_area_between_party_and_name": (
        "The incumbent Labour commissioner for Cleveland, Steve Turner-Bell, has lost to Conservative Steve "
        "Turnbull-Hay by 5,432 votes.",
        {"Steve Turner-Bell": ("Labour", None, False), "Steve Turnbull-Hay": ("Conservative", None, True)},
    ),
    "the_party_winner_apposition": (
        "Outgoing mayor Dave Hodgson-Rae conceded defeat, congratulating the Conservative winner, Sam "
        "Hodgkinson-Bell, on his victory.",
        {"Dave Hodgson-Rae": (None, None, False), "Sam Hodgkinson-Bell": ("Conservative", None, True)},
    ),
    "new_councillor_capitalised": (
        "Labour has retained the Moss Side seat.\nNew councillor Aisha Mahmood-Ali received 1,243 votes.",
        {"Aisha Mahmood-Ali": ("Labour", 1243, True)},
    ),
    "more_than_a_party": (
        "Reform UK has won the by-election.\nIts candidate, Darren Grimes-Hall, polled 1,040 votes, 290 more than "
        "Labour.",
        {"Darren Grimes-Hall": ("Reform UK", 1040, True)},
    ),
    "said_winning_candidate": (
        "The Greens have taken Hillfields from Labour.\n"
        '"This is a huge moment," said winning candidate Ani Stafford-Townsend, who polled 1,177 votes.',
        {"Ani Stafford-Townsend": ("Green Party", 1177, True)},
    ),
    "more_than_last_time_is_no_result": (
        "Jane Roe was standing again.\nShe polled 500 votes, 20 more than last time.",
        {"Jane Roe": (None, 500, None)},
    ),
}


@pytest.mark.parametrize(
    "body",
    [
        "Andy Streeton spoke at the count.\nThe Conservative group will meet on Monday.",
        "Andy Streeton spoke at the count.\nThe Conservatives polled well across the region.",
        "Andy Streeton spoke at the count.\nThe Labour leader said the result was disappointing.",
    ],
)
def test_a_party_as_subject_is_not_the_person_before(body: str) -> None:
    assert facts(body)["candidates"] == []


def test_a_council_named_in_short_and_in_full_is_one_council() -> None:
    out = facts("Final state of the parties on Mid Ulster District Council: Sinn Féin 17, DUP 8.", "Mid Ulster council")
    assert [c["name"] for c in out["councils"]] == ["Mid Ulster District Council"]


ALL_CANDIDATE_CASES = (
    CANDIDATE_CASES
    | CANDIDATE_CASES_2
    | CANDIDATE_CASES_3
    | CANDIDATE_CASES_4
    | CANDIDATE_CASES_5
    | CANDIDATE_CASES_6
    | CANDIDATE_CASES_7
)


@pytest.mark.parametrize(("body", "expected"), ALL_CANDIDATE_CASES.values(), ids=ALL_CANDIDATE_CASES.keys())
def test_candidate_phrasings(body: str, expected: dict[str, tuple[Any, Any, Any]]) -> None:
    assert people(body) == expected
