"""Results-coverage wordings found missing by the blind held-out sets fixtures/truth/heldout-16x-* (a closed-list
Senedd count, a Holyrood night): each rule is tested on wording of its own, not on the truth pages' lines."""

from __future__ import annotations

from typing import Any

from scraper.entities import extract_text


def people(body: str, title: str = "Count") -> dict[str, tuple[Any, ...]]:
    return {c["name"]: (c["party"], c["votes"], c["elected"]) for c in extract_text(title, body)["candidates"]}


def test_a_possessive_party_after_a_name_opens_the_next_persons_label() -> None:
    body = (
        "Jo Bell was elected along with two Green members, Tom Ashdown and Priya Kaur, Labour's Bill Tanner and the "
        "Conservatives' Ann Lyle."
    )
    assert people(body) == {
        "Jo Bell": (None, None, True),
        "Tom Ashdown": ("Green Party", None, True),
        "Priya Kaur": ("Green Party", None, True),
        "Bill Tanner": ("Labour", None, True),
        "Ann Lyle": ("Conservative", None, True),
    }


def test_a_roll_of_members_runs_on_across_semicolons() -> None:
    body = "Elected: Labour's Sam Price and Eira Lloyd; the Greens' Cai Morgan; and Reform UK's Neil Dunn."
    assert people(body) == {
        "Sam Price": ("Labour", None, True),
        "Eira Lloyd": ("Labour", None, True),
        "Cai Morgan": ("Green Party", None, True),
        "Neil Dunn": ("Reform UK", None, True),
    }


def test_a_partys_members_are_the_people_named_after_it() -> None:
    body = (
        "Plaid won three of the seats in the north. The party's new members are Nia Roberts, Gethin Hughes and "
        "Ffion Tudor; Labour's are Mark Evans and Joanne Pugh."
    )
    assert people(body) == {
        "Nia Roberts": ("Plaid Cymru", None, True),
        "Gethin Hughes": ("Plaid Cymru", None, True),
        "Ffion Tudor": ("Plaid Cymru", None, True),
        "Mark Evans": ("Labour", None, True),
        "Joanne Pugh": ("Labour", None, True),
    }


def test_a_partys_list_msps_take_the_party_written_before_them() -> None:
    body = "Labour won 12 seats and Reform nine. The SNP's list MSPs are Ewan Laird and Isla Munro."
    assert people(body) == {"Ewan Laird": ("SNP", None, True), "Isla Munro": ("SNP", None, True)}


def test_a_lead_candidate_takes_the_party_before_the_role() -> None:
    body = "Two Reform members were elected along with Labour's lead candidate, Owen Price."
    assert people(body)["Owen Price"] == ("Labour", None, True)


def test_a_heading_of_list_members_alone_marks_the_party_lines_below_it() -> None:
    body = "Lothian regional list MSPs:\nConservative: Hamish Reid, Moira Grant\nScottish Greens: Lewis Boyd"
    assert people(body) == {
        "Hamish Reid": ("Conservative", None, True),
        "Moira Grant": ("Conservative", None, True),
        "Lewis Boyd": ("Scottish Green Party", None, True),
    }


def test_a_seat_that_has_elected_its_members_heads_the_party_lines_below_it() -> None:
    body = (
        "Voters in Powys Glyndwr have elected their five members:\nPlaid Cymru: Alun Rhys, Sian Howells\n"
        "Labour: Gareth Vaughan"
    )
    assert people(body) == {
        "Alun Rhys": ("Plaid Cymru", None, True),
        "Sian Howells": ("Plaid Cymru", None, True),
        "Gareth Vaughan": ("Labour", None, True),
    }


def test_a_post_naming_msps_alone_is_about_an_election() -> None:
    body = "The seven list MSPs for Fife are:\nRoss Imrie (Scottish Labour)\nEilidh Baird (Reform UK)"
    assert people(body, title="Fife list") == {
        "Ross Imrie": ("Labour", None, True),
        "Eilidh Baird": ("Reform UK", None, True),
    }


def test_a_party_tally_is_no_ones_votes_where_the_party_has_several_people() -> None:
    body = (
        "Plaid Cymru won 21,300 votes (38.1%), Labour 15,120 (27.0%) and Reform UK 9,870 (17.6%). "
        "Plaid's Ann Hughes and Rhys Lloyd were elected along with Labour's Tom Bowen."
    )
    assert people(body) == {
        "Ann Hughes": ("Plaid Cymru", None, True),
        "Rhys Lloyd": ("Plaid Cymru", None, True),
        "Tom Bowen": ("Labour", None, True),
    }


def totals(body: str, title: str = "Count") -> dict[str, int]:
    return {t["party"]: t["seats"] for t in extract_text(title, body)["seat_totals"]}


def test_a_parliaments_members_count_as_its_seats() -> None:
    body = "With six regions in, Labour have 38 MSPs, the SNP 30 and the Conservatives 14."
    assert totals(body) == {"Labour": 38, "SNP": 30, "Conservative": 14}


def test_the_pair_before_the_last_of_a_tally_ends_on_and() -> None:
    body = "The final tally: Plaid Cymru 40, Reform UK 30, Labour 14 and the Conservatives 12."
    assert totals(body) == {"Plaid Cymru": 40, "Reform UK": 30, "Labour": 14, "Conservative": 12}


def test_the_first_pair_of_a_tally_may_hold_its_verb() -> None:
    body = "With 50 of 73 declared, Labour have won 22, the SNP 19, the Lib Dems five and the Conservatives four."
    assert totals(body) == {"Labour": 22, "SNP": 19, "Liberal Democrats": 5, "Conservative": 4}


def wards(body: str, title: str = "Count") -> list[str]:
    return [w["name"] for w in extract_text(title, body)["wards"]]


def test_a_seat_held_on_a_swing_is_a_constituency_not_a_ward() -> None:
    body = "Labour's Moira Kerr has held Paisley Abbey with a majority of 2,104, on a swing of 3.1% from the SNP."
    assert wards(body) == []


def test_a_seat_in_a_post_about_list_seats_is_a_constituency_not_a_ward() -> None:
    body = "The Greens won Leith Walk's two list seats after the SNP took Leith Walk itself with 9,120 votes."
    assert wards(body) == []


def test_a_ward_by_election_is_still_a_ward_beside_a_swing() -> None:
    body = "Labour gained the Riverside ward on Carlisle City Council on a swing of 8%."
    assert wards(body) == ["Riverside"]


def test_seats_won_out_of_a_handful_are_an_areas_not_a_bodys_total() -> None:
    body = "In Gower Swansea, Reform UK won four of the six seats."
    assert totals(body) == {}


def test_an_elected_label_may_run_on_after_a_comma() -> None:
    body = "Elected, in the order of allocation: Rhian Powell (Labour), Iwan Price (Plaid Cymru), Ed Moss (Reform UK)"
    assert people(body) == {
        "Rhian Powell": ("Labour", None, True),
        "Iwan Price": ("Plaid Cymru", None, True),
        "Ed Moss": ("Reform UK", None, True),
    }


def test_party_rolls_on_one_line_of_a_post_about_seats_were_elected() -> None:
    body = (
        "Labour took half the seats.\nLabour: Dai Jenkins, Lowri Bevan. Green Party: Megan Rowe. Reform UK: Ian Shaw."
    )
    assert people(body) == {
        "Dai Jenkins": ("Labour", None, True),
        "Lowri Bevan": ("Labour", None, True),
        "Megan Rowe": ("Green Party", None, True),
        "Ian Shaw": ("Reform UK", None, True),
    }


def test_one_party_roll_alone_is_not_read_as_elected() -> None:
    assert people("Labour took half the seats.\nLabour: Dai Jenkins, Lowri Bevan.") == {}


def test_a_gapped_figure_follows_a_plural_partys_possessive() -> None:
    body = "Labour's Ruth Orr won with 14,210 votes. The SNP's Gavin Leys had 12,884 and the Greens' Ailsa Bell 3,120."
    assert people(body) == {
        "Ruth Orr": ("Labour", 14210, True),
        "Gavin Leys": ("SNP", 12884, False),
        "Ailsa Bell": ("Green Party", 3120, False),
    }


def test_a_margin_of_votes_from_a_rival_marks_the_rival_beaten() -> None:
    body = "The Lib Dems' Fiona Rae has held Caithness by 871 votes from the SNP's Rory Gunn."
    assert people(body) == {"Fiona Rae": ("Liberal Democrats", None, True), "Rory Gunn": ("SNP", None, False)}


def test_votes_transferred_from_a_candidate_are_no_margin() -> None:
    body = "Jo Kerr was elected at stage four after the transfer of surplus votes from the SNP's Ali Moffat."
    assert people(body)["Jo Kerr"] == (None, None, True)
    assert "Ali Moffat" not in people(body)


def test_a_coast_ends_a_place_not_a_name() -> None:
    body = (
        "Labour's Ann Bell has gained North Fife Coast and Glens from the Greens, winning 9,400 votes to Ali "
        "Grant's 8,020."
    )
    assert set(people(body)) == {"Ann Bell", "Ali Grant"}


def test_a_beaten_candidate_stood_for_the_party_the_seat_was_taken_from() -> None:
    body = "Reform's Ian Ross has gained Kintore from the SNP, winning 12,400 votes to Ali Grant's 11,020."
    assert people(body) == {"Ian Ross": ("Reform UK", 12400, True), "Ali Grant": ("SNP", 11020, False)}


def test_the_people_who_make_up_the_members_were_elected() -> None:
    body = "Labour won two seats. The Greens' Eluned Parry and Reform's Gary Hale and Jan Ross make up the five."
    assert people(body) == {
        "Eluned Parry": ("Green Party", None, True),
        "Gary Hale": ("Reform UK", None, True),
        "Jan Ross": ("Reform UK", None, True),
    }


def test_a_persons_own_majority_marks_them_the_winner() -> None:
    body = "The Lib Dems have held Shetland, though Tavish Hay's majority was cut to 1,005."
    assert people(body) == {"Tavish Hay": ("Liberal Democrats", None, True)}


def test_a_majority_overturned_is_no_win() -> None:
    body = "Labour gained Paisley, where Tom Muir's majority of 3,000 was overturned."
    assert people(body).get("Tom Muir", (None, None, None))[2] is not True


def test_a_places_seats_by_party_after_a_colon_are_no_persons_votes() -> None:
    assert people("Latest declaration - Dwyfor Meirion: PC 4, REF 1, LAB 1.") == {}
