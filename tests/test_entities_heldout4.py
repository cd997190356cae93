"""Results-coverage wordings found missing by the blind held-out sets fixtures/truth/heldout-4x-*: each rule is
tested on wording of its own, not on the truth pages' lines."""

from __future__ import annotations

from typing import Any

from scraper.entities import extract_text


def people(body: str, title: str = "Results") -> dict[str, tuple[Any, Any, Any]]:
    """name -> (party, votes, elected) of every candidate found."""
    return {c["name"]: (c["party"], c["votes"], c["elected"]) for c in extract_text(title, body)["candidates"]}


# --- result lists ----------------------------------------------------------------------------------------------


def test_list_lines_giving_the_votes_before_the_name() -> None:
    body = "Rowley ward:\n1,874 Priti Sandhu (Labour) elected\n966 Kevin Mottram (Conservative)\n120 Ann Lacey (Green)"
    assert people(body) == {
        "Priti Sandhu": ("Labour", 1874, True),
        "Kevin Mottram": ("Conservative", 966, False),
        "Ann Lacey": ("Green Party", 120, False),
    }


def test_one_line_of_items_each_opening_on_its_votes() -> None:
    body = (
        "Hazel Grove: Lib Dem gain from Conservative.\n"
        "Result: 1,902 Ruth Abell (LD), 1,655 Ian Parr (Con), 300 Jo Tait (Lab)."
    )
    assert people(body) == {
        "Ruth Abell": ("Liberal Democrats", 1902, True),
        "Ian Parr": ("Conservative", 1655, False),
        "Jo Tait": ("Labour", 300, False),
    }


def test_votes_after_a_bracket_and_comma_stay_with_their_item() -> None:
    body = "Jane Hollis (Con), 1,234 elected; Tom Beck (Lab), 1,001"
    assert people(body) == {"Jane Hollis": ("Conservative", 1234, True), "Tom Beck": ("Labour", 1001, False)}


# --- seat totals -----------------------------------------------------------------------------------------------


def totals(body: str, title: str = "Results") -> set[tuple[Any, Any]]:
    """(party, seats) of every seat total found."""
    return {(t["party"], t["seats"]) for t in extract_text(title, body)["seat_totals"]}


def test_seats_out_of_a_parliament_named_in_the_possessive() -> None:
    body = "The SNP has won 62 of Holyrood's 129 seats.\nThe Conservatives have 30, Labour 23 and the Lib Dems 5."
    assert totals(body) == {("SNP", 62), ("Conservative", 30), ("Labour", 23), ("Liberal Democrats", 5)}


def test_seats_out_of_another_partys_seats_are_no_total() -> None:
    assert totals("The Conservatives took 5 of Labour's 12 seats in the borough.") == set()


def test_a_scoreboard_of_plain_lines_under_a_heading_about_seats() -> None:
    body = "Council make-up after tonight:\nLabour 31\nLiberal Democrats 12\nGreen 4\nThe turnout was 29%."
    assert totals(body) == {("Labour", 31), ("Liberal Democrats", 12), ("Green Party", 4)}


def test_plain_party_lines_under_a_ward_heading_are_votes() -> None:
    assert totals("Hillside ward votes:\nLabour 88\nConservative 61") == set()


def test_a_running_tally_after_the_seats_declared() -> None:
    body = "With 51 of 80 seats declared, Labour have 27, the Tories 14, the Greens 6 and Reform UK 4 – still short."
    assert totals(body) == {("Labour", 27), ("Conservative", 14), ("Green Party", 6), ("Reform UK", 4)}


def test_a_running_tally_whose_first_party_is_they() -> None:
    body = "The Greens are ahead in Bristol, where with 60 seats declared they have 29 and Labour 21."
    assert totals(body) == {("Green Party", 29), ("Labour", 21)}


def test_list_items_whose_names_hold_a_particle() -> None:
    body = "Result:\nDafydd ap Iorwerth (Plaid Cymru) 2,310 elected\nAnnelies van Dijk (Labour) 1,877"
    assert people(body) == {
        "Dafydd ap Iorwerth": ("Plaid Cymru", 2310, True),
        "Annelies van Dijk": ("Labour", 1877, False),
    }


def test_people_listed_under_a_heading_naming_the_regional_members() -> None:
    body = (
        "The regional list MSPs for Glasgow have been declared.\n"
        "Labour: Ruth Galbraith, Colin Meek\n"
        "Conservative: Annie Wells-Burton\n"
        "The SNP won every constituency in the city."
    )
    assert people(body) == {
        "Ruth Galbraith": ("Labour", None, True),
        "Colin Meek": ("Labour", None, True),
        "Annie Wells-Burton": ("Conservative", None, True),
    }


def test_bracketed_members_under_a_heading_ending_are() -> None:
    body = (
        "The four regional members for South Wales East are:\n"
        "Nia Griffith-Jones (Plaid Cymru)\nPeter Lomax (Conservative)"
    )
    assert people(body) == {
        "Nia Griffith-Jones": ("Plaid Cymru", None, True),
        "Peter Lomax": ("Conservative", None, True),
    }


def test_a_party_label_line_without_such_a_heading_lists_no_one() -> None:
    assert people("What the parties said:\nLabour: Proud Of Our Record\nConservative: Time For Change") == {}


def test_a_run_of_capitals_after_held_or_took_is_the_seat() -> None:
    assert people("Plaid Cymru's Elin Rowe has held Dwyfor Tegid with 9,402 votes.") == {
        "Elin Rowe": ("Plaid Cymru", 9402, True)
    }
    assert people("Labour's Ravi Dutt took Ashby Malvern with 1,311 votes.") == {"Ravi Dutt": ("Labour", 1311, True)}


# --- councils and wards ----------------------------------------------------------------------------------------


def test_a_council_whose_kind_is_written_in_lower_case() -> None:
    e = extract_text("Results", "The Lib Dems gained the Fulford ward by-election on York city council by 40 votes.")
    assert [c["name"] for c in e["councils"]] == ["York City Council"]
    assert [(w["name"], w["council"]) for w in e["wards"]] == [("Fulford", "York City Council")]
    e = extract_text("Results", "Labour held Stanley on Wakefield district council; a town council poll was delayed.")
    assert [c["name"] for c in e["councils"]] == ["Wakefield District Council"]


def test_a_sentence_opening_on_a_year_gives_a_past_result() -> None:
    body = "Labour now have 31 of the 60 seats. In 2019 the Conservatives won 35 of the 60 seats here."
    assert totals(body) == {("Labour", 31)}


# --- candidates in prose ---------------------------------------------------------------------------------------


def test_an_apposition_naming_the_defeated_partys_candidate() -> None:
    body = "Tamsin Bevan, the defeated Conservative candidate, said the result was a blow for the party."
    assert people(body) == {"Tamsin Bevan": ("Conservative", None, False)}
    body = "Idris Lowe, the unsuccessful Plaid Cymru candidate, polled 4,220 votes."
    assert people(body) == {"Idris Lowe": ("Plaid Cymru", 4220, False)}


def test_has_taken_the_seat_is_a_win() -> None:
    body = "The Lib Dems' Owen Harcourt has taken the seat from the Conservatives with 2,655 votes."
    assert people(body) == {"Owen Harcourt": ("Liberal Democrats", 2655, True)}


def test_an_age_between_commas_after_the_name() -> None:
    body = "Mairi Dunbar, 19, the SNP's youngest candidate, came second with 3,310 votes."
    assert people(body) == {"Mairi Dunbar": ("SNP", 3310, False)}


def test_every_name_of_a_list_of_three_shares_the_outcome_after_it() -> None:
    body = "Hollie Dane, Omar Sadiq and Bryn Tudor-Evans were elected for the Lib Dems."
    assert {n: e for n, (_, _, e) in people(body).items()} == {
        "Hollie Dane": True,
        "Omar Sadiq": True,
        "Bryn Tudor-Evans": True,
    }


def wards(body: str, title: str = "Results") -> list[str]:
    return [w["name"] for w in extract_text(title, body)["wards"]]


def test_seats_taken_listed_before_from_and_one_after_the_party() -> None:
    body = (
        "The Greens gained three seats, taking Ashfield Brook, Kenmore and Lower Tilsey from Labour "
        "and Fenwick Park from the Conservatives."
    )
    assert sorted(wards(body)) == ["Ashfield Brook", "Fenwick Park", "Kenmore", "Lower Tilsey"]


def test_an_areas_wide_adjective_is_no_ward() -> None:
    assert wards("The Lib Dems won two London-wide seats and one Wales-wide seat.") == []


def test_a_party_winning_n_of_the_seats_declared_has_a_total_and_with_n_declared_is_no_partys() -> None:
    # "winning 19 of the 25 seats declared so far" is Labour's tally; "With 40 of 74 seats declared" counts the seats in
    won = extract_text(None, "Labour has held Sunderland City Council, winning 19 of the 25 seats declared so far.")
    assert [(t["party"], t["seats"], t["of"]) for t in won["seat_totals"]] == [("Labour", 19, 25)]
    tally = extract_text(None, "With 40 of 74 seats declared, the Lib Dems have 22, the Conservatives 9.")
    assert all(t["seats"] != 40 for t in tally["seat_totals"])
    declared = extract_text(None, "Labour took Hetton. With 60 seats declared, Labour has 31.")
    assert all(t["seats"] != 60 for t in declared["seat_totals"])
