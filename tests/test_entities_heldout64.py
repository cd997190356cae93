"""Results-coverage wordings found missing by the blind held-out pages fixtures/truth/heldout-64x-* (a BBC LX page
of a London borough's mayor and council swept by a local party, a Welsh regional paper's JSON-LD page of a county
council count, a text copy of a community radio station's count-night transcript): each rule is tested on wording
of its own, not on the truth pages' lines."""

from __future__ import annotations

from scraper.entities import extract_text
from tests.probes import people


def test_a_place_and_together_is_a_local_party() -> None:
    body = (
        "Wexley Together have taken Orchard ward.\nSam Reid (Wexley Together) 1,402 - elected\nAnn Pike (Labour) 1,118"
    )
    assert people(body) == [("Sam Reid", "Wexley Together", 1402, True), ("Ann Pike", "Labour", 1118, False)]


def test_a_local_partys_possessive_names_its_candidate() -> None:
    body = "In Rowan ward, Tenby Residents' candidate Joe Marsh won with 902 votes. Labour's Ivy Cole polled 640."
    got = people(body)
    assert ("Joe Marsh", "Tenby Residents", 902, True) in got
    body = "Holme Together's Priya Lal won Eastfield with 1,210 votes, beating Labour's Tom Ince on 1,005."
    got = people(body)
    assert ("Priya Lal", "Holme Together", 1210, True) in got
    assert "Holme Together" not in [p[0] for p in got]


def test_a_possessive_party_before_a_person_and_a_local_party_is_not_one_group() -> None:
    body = (
        "There will be a recount in Dene. The last seat is between Labour's Carl Moss and Holme Together's Ruth Bell, "
        "a handful of votes apart."
    )
    parties = [p["name"] for p in extract_text("Recount in Dene", body)["parties"]]
    assert "Holme Together" in parties
    assert not any("Carl Moss" in p for p in parties)


def test_a_ward_tables_cell_of_several_winners_elects_each() -> None:
    body = (
        "The latest declarations:\n"
        "Ward | Elected | Party | Result\n"
        "Quayside | Rumana Ali, Jon Pyke, Asif Khan | Labour | Hold\n"
        "Millfield | Kit Orme, Dana Shaw | Green, Conservative | Green gain from Conservative; Conservative hold"
    )
    got = people(body, "Two more wards")
    assert ("Rumana Ali", "Labour", None, True) in got
    assert ("Jon Pyke", "Labour", None, True) in got
    assert ("Asif Khan", "Labour", None, True) in got
    assert ("Kit Orme", "Green Party", None, True) in got
    assert ("Dana Shaw", "Conservative", None, True) in got
    wards = [w["name"] for w in extract_text("Two more wards", body)["wards"]]
    assert wards == ["Quayside", "Millfield"]


def test_a_hyphenated_ward_before_a_dash_opens_a_list_item() -> None:
    body = (
        "Four wards had one candidate each, so their councillors were returned unopposed:\n"
        "Aber-ddu - Gwyn Thomas (Plaid Cymru)\n"
        "Pont-y-rhyd Isaf - Elin Huws (Independent)\n"
        "Tre-wern - Dai Lloyd (Labour)\n"
        "Bryn Teg - Ffion Rhys (Plaid Cymru)"
    )
    assert people(body, "Elected without a vote") == [
        ("Gwyn Thomas", "Plaid Cymru", None, True),
        ("Elin Huws", "Independent", None, True),
        ("Dai Lloyd", "Labour", None, True),
        ("Ffion Rhys", "Plaid Cymru", None, True),
    ]


def test_llais_and_a_place_is_a_local_party() -> None:
    body = "Nerys Pugh (Llais Maelor) 731\nOwen Baines (Plaid Cymru) 655\nLlais Maelor hold."
    assert people(body, "Maelor result") == [
        ("Nerys Pugh", "Llais Maelor", 731, True),
        ("Owen Baines", "Plaid Cymru", 655, False),
    ]
    body = "In Glyn-coed, Labour's Beth Owain beat Llais Maelor's Huw Price by 512 votes to 498."
    assert people(body) == [("Beth Owain", "Labour", 512, True), ("Huw Price", "Llais Maelor", 498, False)]


def test_a_declaration_read_aloud_with_votes_in_words_or_figures() -> None:
    body = (
        "PRESENTER: Here's the returning officer now.\n"
        "RETURNING OFFICER: The number of votes recorded for each candidate was as follows.\n"
        "RETURNING OFFICER: Fenwick, Rosa, the Labour Party candidate, nine hundred and sixty-one.\n"
        "RETURNING OFFICER: Gale, Oliver James, Conservative Party, two thousand and forty. [APPLAUSE]\n"
        "RETURNING OFFICER: Moss, Tara, Green Party, 377.\n"
        "RETURNING OFFICER: And I declare that Oliver James Gale is duly elected."
    )
    assert people(body, "Declaration: Stoneham") == [
        ("Rosa Fenwick", "Labour", 961, False),
        ("Oliver James Gale", "Conservative", 2040, True),
        ("Tara Moss", "Green Party", 377, False),
    ]


def test_a_councillor_who_did_hang_on_kept_the_seat() -> None:
    body = "After all that, Mark Ellison did hang on in Redbrook for the Conservatives, by 12 votes on the recount."
    got = extract_text("Redbrook after the recount", body)
    assert [(c["name"], c["party"], c["elected"]) for c in got["candidates"]] == [
        ("Mark Ellison", "Conservative", True)
    ]
    assert [w["name"] for w in got["wards"]] == ["Redbrook"]


def test_a_spoken_round_ups_ward_before_its_verdict() -> None:
    body = (
        "Three more in. Ferndale, Green gain, Asha Kerr taking it with 1,310 votes. "
        "Moorside, Conservative hold. And in Quarry Bank, Labour have held on."
    )
    wards = [w["name"] for w in extract_text("Round-up", body)["wards"]]
    assert "Ferndale" in wards
    assert "Moorside" in wards


def test_the_together_of_a_groups_name_is_no_joint_subject() -> None:
    totals = extract_text("Results", "Wexley Together secured 12 of the 40 seats, Labour 19.")["seat_totals"]
    assert ("Wexley Together", 12) in [(t["party"], t["seats"]) for t in totals]
    body = "Labour and the Greens together would have 23 of the 40 seats."
    assert extract_text("Results", body)["seat_totals"] == []
