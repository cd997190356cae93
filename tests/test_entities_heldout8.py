"""Results-coverage wordings found missing by the blind held-out sets fixtures/truth/heldout-8x-*: each rule is
tested on wording of its own, not on the truth pages' lines."""

from __future__ import annotations

from scraper.entities import extract_text


def wards(body: str, title: str = "Results") -> list[str]:
    return [w["name"] for w in extract_text(title, body)["wards"]]


def seats(body: str, title: str = "Results") -> set[tuple[str, int]]:
    return {(s["party"], s["seats"]) for s in extract_text(title, body)["seat_totals"]}


def test_senedd_list_regions_and_welsh_police_areas_are_not_wards() -> None:
    body = (
        "Two more list members were elected in North Wales, while in Dyfed-Powys the commissioner won a second "
        "term. Labour also kept its seat in South Wales East."
    )
    got = wards(body)
    assert "North Wales" not in got
    assert "Dyfed-Powys" not in got
    assert "South Wales East" not in got


def test_a_place_called_a_constituency_is_not_a_ward() -> None:
    got = wards("Plaid Cymru gained Arfon Fawr, the most marginal constituency in the north, by 212 votes.")
    assert "Arfon Fawr" not in got
    # a sentence that names a ward keeps it, whatever else it calls a constituency
    assert "Glanrafon" in wards("In the Glanrafon ward, part of the Arfon constituency, Labour held on.")


def test_held_on_in_a_place_with_a_party_as_subject() -> None:
    assert "Kingsmead Vale" in wards("The Liberal Democrats hung on in Kingsmead Vale despite a strong Green push.")


def test_a_recount_at_a_venue_names_no_ward() -> None:
    got = wards("A recount at Olympia Exhibition Centre was requested by the Tories in Brookfield West.")
    assert "Olympia Exhibition Centre" not in got
    assert wards("There will be a recount at Riverside Leisure Complex tonight.") == []


def test_a_seat_total_out_of_a_named_councils_seats() -> None:
    got = seats("The Lib Dems now hold 29 of Eastbridge Borough Council's 48 seats, with the Tories on 15.")
    assert ("Liberal Democrats", 29) in got
    assert ("Conservative", 15) in got


def test_versus_figure_followed_by_where_the_seats_are() -> None:
    got = seats("Labour won 37 seats to the Lib Dems' 14 on the 60-seat council.")
    assert ("Labour", 37) in got
    assert ("Liberal Democrats", 14) in got


def test_a_runner_up_beside_a_third_place_is_not_the_winner() -> None:
    body = (
        "Independent Rosa Kettering has been re-elected as mayor of Northmoor.\n"
        "She took 48,120 votes in the first round.\n"
        "The Conservative Piers Ashdown polled 21,902 and Labour's Wendy Strand finished third with 8,411."
    )
    got = {c["name"]: c["elected"] for c in extract_text("Mayor re-elected", body)["candidates"]}
    assert got["Rosa Kettering"] is True
    assert got["Piers Ashdown"] is False
    assert got["Wendy Strand"] is False


def test_elected_along_with_carries_to_the_names_after_it() -> None:
    body = "Labour's Ifor Parry was returned on the regional list, along with Plaid's Nia Gwynne and Owain Bevan."
    got = {c["name"]: (c["party"], c["elected"]) for c in extract_text("List seats", body)["candidates"]}
    assert got["Nia Gwynne"] == ("Plaid Cymru", True)
    assert got["Owain Bevan"] == ("Plaid Cymru", True)


def test_a_party_slate_written_before_the_names() -> None:
    body = (
        "In Marsh End the Green trio of Ella Rowntree, Josh Kemble and Priya Dunmore were all elected.\n"
        "Conservative hopes rested on the Tories' second candidate, Dominic Farrant, who polled 980 and lost."
    )
    got = {c["name"]: c["party"] for c in extract_text("Ward result", body)["candidates"]}
    assert got["Ella Rowntree"] == "Green Party"
    assert got["Priya Dunmore"] == "Green Party"
    assert got["Dominic Farrant"] == "Conservative"


def test_by_n_votes_to_m_gives_the_winner_of_its_own_sentence() -> None:
    body = (
        "In Hollins, Labour's Mo Pickard was re-elected.\n"
        "The Greens gained Brookside, where Hattie Lund beat the Tory Neil Sayer by 1,266 votes to 1,019."
    )
    got = {c["name"]: c["votes"] for c in extract_text("Results", body)["candidates"]}
    assert got["Hattie Lund"] == 1266
    assert got["Neil Sayer"] == 1019
    assert got["Mo Pickard"] is None


def test_in_a_ward_then_a_long_party_name_before_the_winner() -> None:
    got = wards("In Ferry Hill, Labour and Co-op candidate Ruth Aldous took the seat with 1,402 votes.")
    assert got == ["Ferry Hill"]


def test_votes_to_the_figure_of_a_named_rival() -> None:
    body = "Kay Brindle won Ashgrove with 2,040 votes to the 1,733 of the Green candidate, Oliver Pask."
    got = {c["name"]: (c["votes"], c["elected"]) for c in extract_text("Result", body)["candidates"]}
    assert got["Kay Brindle"] == (2040, True)
    assert got["Oliver Pask"] == (1733, False)


def test_a_surname_opening_on_its_particle_is_the_full_name_it_ends() -> None:
    got = extract_text("Labour's ap Dafydd holds Carreg", "Labour's Megan ap Dafydd was re-elected in Carreg ward.")
    assert [c["name"] for c in got["candidates"]] == ["Megan ap Dafydd"]


def test_a_party_sweeping_a_wards_seats_owns_its_unlabelled_candidates() -> None:
    body = (
        "Both seats in Millbrook have gone to the Greens.\n"
        "Tamsin Orchard headed the count on 1,640 and Rob Deane was next on 1,588.\n"
        "The Conservative, Fay Lister, had 702."
    )
    got = {c["name"]: (c["party"], c["elected"]) for c in extract_text("Millbrook", body)["candidates"]}
    assert got["Tamsin Orchard"] == ("Green Party", True)
    assert got["Rob Deane"] == ("Green Party", True)
    assert got["Fay Lister"][0] == "Conservative"  # a party of her own: not the sweeping one


def test_a_leader_who_kept_a_seat_and_conceded_the_council() -> None:
    body = "The Labour leader, Priti Oakden, who held her seat in Hillmead, conceded as the Tories passed 30 seats."
    got = {c["name"]: c["elected"] for c in extract_text("Tories take council", body)["candidates"]}
    assert got["Priti Oakden"] is True
    # conceding with no seat kept is still a defeat
    body = "Labour's Priti Oakden conceded after the recount in Hillmead."
    got = {c["name"]: c["elected"] for c in extract_text("Recount", body)["candidates"]}
    assert got["Priti Oakden"] is False


def test_a_margin_then_both_final_totals() -> None:
    body = "Ruth Calloway unseated the Green, Amir Dosanjh, by 212 votes on the final count, 9,118 to 8,906."
    got = {c["name"]: (c["votes"], c["elected"]) for c in extract_text("Mayor", body)["candidates"]}
    assert got["Ruth Calloway"] == (9118, True)
    assert got["Amir Dosanjh"] == (8906, False)


def test_a_running_tally_figure_before_a_spaced_dash() -> None:
    got = seats("With all 47 seats declared, the SNP has 24 - a majority of one - and Labour 12.")
    assert ("SNP", 24) in got
    assert ("Labour", 12) in got


def test_seats_that_went_to_independents_after_a_tally() -> None:
    got = seats("The Greens finished with 12 of the 40 seats and Labour 20. Two seats went to independents.")
    assert ("Independent", 2) in got
    # not a seat total: a single ward's seat, in a post with no tally
    assert seats("In Kelso, one seat went to an independent candidate.") == set()
