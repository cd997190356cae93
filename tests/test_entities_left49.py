"""Results-coverage wordings left unread by earlier rounds (a two-round table's columns, an elected column of yes and
no, ...): each rule is tested on wording of its own, not on the truth pages' lines."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from probes import people

import scraper
from scraper.entities import extract_text


def test_a_two_round_table_gives_the_finalists_final_figures_and_the_others_first_round_ones() -> None:
    body = (
        "The supplementary vote decided the mayoralty after a close first count.\n"
        "Candidate | Party | 1st round | 2nd round\n"
        "Dora Quayle | Conservative | 52,104 | 61,880\n"
        "Imran Bashir | Labour | 54,310 | 60,012\n"
        "Fenella Royce | Green | 9,877 | –\n"
    )
    assert people(body, "Mayor declared") == [
        ("Dora Quayle", "Conservative", 61880, True),
        ("Imran Bashir", "Labour", 60012, False),
        ("Fenella Royce", "Green Party", 9877, False),
    ]


def test_a_final_column_after_the_transfers_column_is_the_final_total() -> None:
    body = (
        "Candidate | Party | First preferences | Second preferences | Total\n"
        "Dora Quayle | Conservative | 52,104 | 9,776 | 61,880\n"
        "Imran Bashir | Labour | 54,310 | 5,702 | 60,012\n"
        "Fenella Royce | Green | 9,877 | – | –\n"
    )
    assert [(p[0], p[2], p[3]) for p in people(body, "Mayor declared")] == [
        ("Dora Quayle", 61880, True),
        ("Imran Bashir", 60012, False),
        ("Fenella Royce", 9877, False),
    ]


def test_a_table_with_one_round_only_is_no_two_round_count() -> None:
    body = "Candidate | Party | First round\nDora Quayle | Conservative | 52,104\nImran Bashir | Labour | 54,310\n"
    assert all(p[3] is None for p in people(body, "First count"))


def test_an_elected_column_of_yes_and_no() -> None:
    body = (
        "Two seats were filled in Marsh End.\n"
        "Candidate | Party | Votes | Elected?\n"
        "Colin Ashdown | Lib Dem | 1,877 | Yes\n"
        "Petra Mwangi | Labour | 1,650 | Yes\n"
        "Hugh Brannock | Reform UK | 1,502 | No\n"
    )
    assert people(body, "Marsh End") == [
        ("Colin Ashdown", "Liberal Democrats", 1877, True),
        ("Petra Mwangi", "Labour", 1650, True),
        ("Hugh Brannock", "Reform UK", 1502, False),
    ]


def test_an_elected_column_left_blank_for_the_losers() -> None:
    body = (
        "Candidate | Party | Votes | Elected\n"
        "Colin Ashdown | Lib Dem | 1,877 | Y\n"
        "Hugh Brannock | Reform UK | 1,502 |\n"
    )
    assert [(p[0], p[3]) for p in people(body, "Marsh End")] == [("Colin Ashdown", True), ("Hugh Brannock", False)]


def test_an_aligned_row_whose_name_fills_its_column_splits_where_the_heading_opens_the_next() -> None:
    body = (
        "Returning officer's declaration for Ashby Woulds:\n"
        "\n"
        "Candidate           Party              Votes\n"
        "Bernadette Fairlie  Green Party        1,311\n"
        "Maximiliana Ormerod Conservative Party   894\n"
        "Tom Hale            Labour Party         511\n"
    )
    assert ("Maximiliana Ormerod", "Conservative", 894, None) in people(body, "Ashby Woulds")


def test_one_space_inside_a_cell_off_the_headings_columns_is_no_break() -> None:
    # (the votes' column opens where the long description's last word does)
    body = (
        "Candidate           Party                  Votes\n"
        "Bernadette Fairlie  Green Party            1,311\n"
        "Tom Hale            The Conservative Party Candidate  511\n"
    )
    assert ("Tom Hale", "Conservative", 511, None) in people(body, "Ashby Woulds")


def test_a_text_copys_aligned_row_whose_name_fills_its_column_is_three_cells() -> None:
    text = (
        "  1. Ashby Woulds declaredpublished at 03:10 British Summer Time 3 May 2030\n\n"
        "    Candidate           Party              Votes\n"
        "    Bernadette Fairlie  Green Party        1,311\n"
        "    Maximiliana Ormerod Conservative Party   894\n"
    )
    post = scraper.parse(text, fetched_at=datetime(2030, 5, 3, 12, tzinfo=UTC), entities=False).posts[0]
    assert post.body_text.split("\n")[-1] == "Maximiliana Ormerod | Conservative Party | 894"


def wards(body: str, title: str = "Result") -> list[tuple[Any, ...]]:
    return [(w["name"], w["council"]) for w in extract_text(title, body)["wards"]]


def test_the_place_a_seat_on_a_council_was_won_in_after_the_council() -> None:
    body = "The Greens have taken a seat on Moray Council for the first time, in Buckie and Strathisla."
    assert wards(body) == [("Buckie and Strathisla", "Moray Council")]


def test_a_year_after_a_seat_on_a_council_or_a_town_of_several_seats_is_no_ward() -> None:
    assert wards("Ann Lee won a seat on Fife Council in 2019 and again in May.") == []
    assert wards("The Greens have gained three seats on Tendring District Council in Harwich.") == []


def test_the_ward_named_before_a_councillors_title() -> None:
    body = "A recount was refused, said Stromness North councillor Erik Linklater."
    assert wards(body) == [("Stromness North", None)]


def test_a_councillors_standing_or_party_before_the_title_is_no_ward() -> None:
    body = (
        "Labour councillor Jo Bell and Former councillor Ann Roe spoke, as did Orkney councillor Tom Hay and Sitting "
        "councillor Jo Parr."
    )
    assert wards(body) == []


def test_a_loser_who_returns_on_the_list_in_the_same_post_is_elected() -> None:
    body = "Scottish Labour's Morag Kinloch lost in Paisley but returns on the list for West Scotland."
    assert people(body, "Holyrood") == [("Morag Kinloch", "Labour", None, True)]


def test_a_loser_back_as_a_list_member_in_the_next_sentence_is_elected() -> None:
    body = "Plaid's Ann Roe has lost Gower to Labour. She is back in the Senedd as one of the region's four list MSs."
    assert people(body, "Senedd") == [("Ann Roe", "Plaid Cymru", None, True)]


def test_another_persons_list_seat_or_a_failed_return_keeps_the_loss() -> None:
    body = (
        "Plaid's Ann Roe lost Gower to Labour's Tom Fry, who was elected on the regional list in 2021. "
        "The Tories' Iain Dunmore lost Monmouth and failed to return on the list."
    )
    assert ("Ann Roe", "Plaid Cymru", None, False) in people(body, "Senedd")
    assert ("Iain Dunmore", "Conservative", None, False) in people(body, "Senedd")


def test_a_ticker_line_naming_the_division_before_its_county() -> None:
    body = "Marden South, Surrey: LD gain from Con\nCobham Vale, Surrey County Council - Con hold"
    assert [w[0] for w in wards(body, "Latest")] == ["Marden South", "Cobham Vale"]


def test_a_ticker_line_naming_the_councils_area_first_still_reads_the_ward_after() -> None:
    assert [w[0] for w in wards("Guildford, Merrow Park: Con hold", "Latest")] == ["Merrow Park"]


def test_a_groups_kind_written_as_its_initials_in_a_list() -> None:
    body = "The Hinchley Wood Residents' Association kept the seat.\nPetra Lomax (RA) 1,106\nOwen Tapley (Con) 544\n"
    assert people(body, "Weston Green") == [
        ("Petra Lomax", "Hinchley Wood Residents' Association", 1106, True),
        ("Owen Tapley", "Conservative", 544, False),
    ]


def test_two_groups_of_the_same_kind_leave_the_initials_unread() -> None:
    body = (
        "The Hinchley Wood Residents' Association and the Claygate Residents' Association both stood.\n"
        "Petra Lomax (RA) 1,106\n"
        "Owen Tapley (Con) 544\n"
    )
    assert [p[0] for p in people(body, "Weston Green")] == ["Owen Tapley"]


def test_the_candidates_listed_as_nominated_have_no_outcome_yet() -> None:
    body = (
        "Counting in Castle Mead starts at 11:00. Those standing in the Castle Mead by-election are:\n"
        "ACHTERBERG, Nils - Green Party\n"
        "Priya Venkat - Labour Party\n"
        "QUINNELL, Rose Ann (Reform UK)\n"
        "Labour won the seat by 48 votes in 2022."
    )
    assert people(body, "Castle Mead") == [
        ("Nils Achterberg", "Green Party", None, None),
        ("Priya Venkat", "Labour", None, None),
        ("Rose Ann Quinnell", "Reform UK", None, None),
    ]


def test_names_and_parties_under_no_nominations_heading_are_not_read_as_nominees() -> None:
    body = "Labour won the seat by 48 votes in 2022.\nACHTERBERG, Nils - Green Party\n"
    assert people(body, "Castle Mead") == []


def test_a_place_to_hold_where_a_partys_majority_in_votes_is_told() -> None:
    body = "Reform must win Marsh End, where Labour's majority was 212, to stay in the race."
    assert wards(body, "What to watch") == [("Marsh End", None)]


def test_a_majority_of_seats_names_no_ward() -> None:
    assert wards("Labour hope to take Kelby, where the Tory majority is 40 seats.", "What to watch") == []


def test_finalists_level_in_the_final_round_are_not_decided_by_the_table() -> None:
    body = (
        "Candidate | Party | First round | Final\n"
        "Dora Quayle | Conservative | 52,104 | 60,012\n"
        "Imran Bashir | Labour | 54,310 | 60,012\n"
        "Fenella Royce | Green | 9,877 | –\n"
    )
    assert [(p[0], p[2], p[3]) for p in people(body, "Count")][:2] == [
        ("Dora Quayle", 60012, None),
        ("Imran Bashir", 60012, None),
    ]
