"""Results-coverage wordings found missing by the blind held-out sets fixtures/truth/heldout-12x-*: each rule is
tested on wording of its own, not on the truth pages' lines."""

from __future__ import annotations

from typing import Any

from scraper.entities import extract_text


def candidates(body: str, title: str = "Results") -> dict[str, tuple[Any, ...]]:
    return {c["name"]: (c["party"], c["votes"], c["elected"]) for c in extract_text(title, body)["candidates"]}


def test_list_items_with_a_share_and_its_change_after_the_votes() -> None:
    got = candidates(
        "Thornfield ward - Lib Dem gain from Con\n"
        "Harriet Penrose (LD) 1,204 (52.3%, +18.0)\n"
        "Colin Ashworth (Con) 811 - 35.2% (-11.4)\n"
        "Mina Patel (Lab) 288 - 12.5%"
    )
    assert got == {
        "Harriet Penrose": ("Liberal Democrats", 1204, True),
        "Colin Ashworth": ("Conservative", 811, False),
        "Mina Patel": ("Labour", 288, False),
    }
    # a party's line of items: the share does not end the item
    got = candidates("Independent: Tomos Rees - 903 (61.0%, new)\nPlaid Cymru: Elin Jarvis - 577 (39.0%, -4.2)")
    assert got["Tomos Rees"][:2] == ("Independent", 903)
    assert got["Elin Jarvis"][:2] == ("Plaid Cymru", 577)
    # a share alone, with no votes before it, is no figure for the candidate
    assert candidates("Greta Olsen (Grn) 48.5% - elected")["Greta Olsen"][1] is None


def councils_and_wards(body: str, title: str = "Results") -> tuple[set[str], dict[str, str | None]]:
    e = extract_text(title, body)
    return {c["name"] for c in e["councils"]}, {w["name"]: w["council"] for w in e["wards"]}


def test_a_council_written_as_its_area_and_the_short_form_of_its_kind() -> None:
    got = councils_and_wards("Hollins Green (Warrington BC) - Lab hold. Lab 44.1%, Con 30.2%, LD 25.7%.")
    assert got == ({"Warrington Borough Council"}, {"Hollins Green": "Warrington Borough Council"})
    councils, _ = councils_and_wards(
        "By-elections: Wickford North (Basildon DC), Lib Dem gain; Atherton (Wigan MBC), Lab hold; "
        "Bishop Auckland Town (Durham CC), Reform UK gain; Bradford on Avon North (Wiltshire UA), LD hold."
    )
    assert councils == {
        "Basildon District Council",
        "Wigan Metropolitan Borough Council",
        "Durham County Council",
        "Wiltshire Council",
    }
    # an area unknown to the gazetteer, or letters glued to the short form, name no council
    assert councils_and_wards("Labour held Upper Marsh (Nowhereshire DC) with 512 votes.")[0] == set()
    assert councils_and_wards("The Wigan CCTV control room was busy as Labour held the ward.")[0] == set()


def test_a_known_council_area_alone_in_a_bracket_after_a_ward() -> None:
    got = councils_and_wards("Llanbadarn Fawr (Ceredigion) - Plaid Cymru hold. Plaid 61.0%, Ind 39.0%.")
    assert got == ({"Ceredigion Council"}, {"Llanbadarn Fawr": "Ceredigion Council"})
    # a bracket holding more than the area, or a bracket after a lower-case word, is no council
    assert councils_and_wards("Labour held Moorside with 540 votes (Oldham figures).")[0] == set()
    assert councils_and_wards("Labour held the seat with 540 votes (Oldham).")[0] == set()


def test_party_short_forms_in_capitals_as_tickers_write_them() -> None:
    got = candidates(
        "Moss Side ward - LAB HOLD\nAyesha Karim (LAB) 2,115 - 71.0%\nDan Whitby (GRN) 512 - 17.2%\n"
        "Harold Stone (CON) 351 - 11.8%"
    )
    assert got == {
        "Ayesha Karim": ("Labour", 2115, True),
        "Dan Whitby": ("Green Party", 512, False),
        "Harold Stone": ("Conservative", 351, False),
    }
    assert candidates("Pat Devlin (IND) 640\nSue Hart (REF) 602")["Pat Devlin"][:2] == ("Independent", 640)


def test_ticker_lines_with_the_time_declared_and_the_council_area_before_a_comma() -> None:
    got = councils_and_wards("03:27 Gedling, Carlton Hill: LAB HOLD\n03:31 Gedling, Netherfield: CON GAIN FROM LAB")
    assert got == ({"Gedling Council"}, {"Carlton Hill": "Gedling Council", "Netherfield": "Gedling Council"})
    got = councils_and_wards("RECOUNT: Broxtowe, Stapleford North ward, with eleven votes in it.")
    assert got == ({"Broxtowe Council"}, {"Stapleford North": "Broxtowe Council"})
    # before a dash the first run is not read as a council (the older truth sets' reading)
    assert councils_and_wards("Gedling, Carlton Hill - Lab hold")[0] == set()
    # a run that is no council area names no council
    assert councils_and_wards("Carlton, Hill Top ward: Lab hold")[0] == set()


def test_a_ward_after_its_council_and_a_colon_or_comma() -> None:
    got = councils_and_wards("Lab gain from Con\nErewash Borough Council: Ilkeston Central\nJo Marr (Lab) 904")
    assert got[1] == {"Ilkeston Central": "Erewash Borough Council"}
    got = councils_and_wards("Erewash Borough Council, Little Hallam ward - CON HOLD")
    assert got[1] == {"Little Hallam": "Erewash Borough Council"}


def seat_totals(body: str, title: str = "Results") -> set[tuple[str, int]]:
    return {(s["party"], s["seats"]) for s in extract_text(title, body)["seat_totals"]}


def test_seat_totals_with_their_changes_on_one_line() -> None:
    got = seat_totals("Tamworth Borough Council, all 30 seats declared.\nLab 19 (+6), Con 8 (-7), Ind 3 (+1).")
    assert got == {("Labour", 19), ("Conservative", 8), ("Independent", 3)}
    # a labelled national tally, with no council named, is no council's totals
    assert seat_totals("Councillors so far: CON 210 (-40), LAB 180 (+31)\nLab 19 (+6), Con 8 (-7)") == set()
    # a line with more than the rows is not one
    assert seat_totals("Tamworth Borough Council: Lab 19 (+6), Con 8 (-7), and two wards still to come") == set()


def test_a_sentence_in_capitals_ending_right_before_council_names_no_council() -> None:
    got = councils_and_wards("Barnsley Council: all 21 wards in.\nLAB GAIN. Council make-up: Lab 40, LD 13, Ind 10.")
    assert got[0] == {"Barnsley Council"}
    assert {s["council"] for s in extract_text("Results", "CON HOLD. Council now: Con 30, Lab 12.")["seat_totals"]} == {
        None
    }


def test_the_first_item_after_a_verdict_on_the_same_line() -> None:
    got = candidates(
        "Brinsworth (Rotherham MBC): Lab hold. Lab 51.0%, Ref 30.0%, Con 19.0%.\n"
        "Dinnington (Rotherham MBC): Ind gain from Lab. Wendy Farrar (Ind) 877; Craig Lumb (Lab) 640; Con 201."
    )
    assert got == {"Wendy Farrar": ("Independent", 877, True), "Craig Lumb": ("Labour", 640, False)}
    got = candidates(
        "01:12 Leek South: CON HOLD. Elected: Bryony Tate (Con) 1,090, 54%.\n"
        "01:19 Leek East: LAB GAIN FROM CON. Owen Yates (Lab) 1,102; Ruth Peel (Con) 998."
    )
    assert got == {
        "Bryony Tate": ("Conservative", 1090, True),
        "Owen Yates": ("Labour", 1102, True),
        "Ruth Peel": ("Conservative", 998, False),
    }


def test_a_party_short_form_with_a_possessive_opens_no_name() -> None:
    got = candidates("In Abbey ward, Con's Philip Oduya won the seat by 40 votes.")
    assert set(got) == {"Philip Oduya"}
    got = candidates("LD's Ffion Rees was elected on the fourth stage.")
    assert set(got) == {"Ffion Rees"}


def test_a_ward_before_its_council_in_a_bracket() -> None:
    got = councils_and_wards("Penrhyndeudraeth (Gwynedd): Plaid Cymru held the seat with 72% of the vote.")
    assert got == ({"Gwynedd Council"}, {"Penrhyndeudraeth": "Gwynedd Council"})
    got = councils_and_wards("Contests tonight:\nMarket Lavington (Wiltshire UA)\nHigh Barnet (Barnet Council)")
    assert got[1] == {"Market Lavington": "Wiltshire Council", "High Barnet": "Barnet Council"}
    # a compass word alone names a ticker line's ward before its council's bracket too
    got = councils_and_wards("West (Crawley BC) - Lab hold: Lab 47.0%, Con 38.5%, Grn 14.5%.")
    assert got[1] == {"West": "Crawley Borough Council"}


def test_two_council_areas_joined_by_and_are_no_ward() -> None:
    assert councils_and_wards("Two by-elections tonight.", "Lib Dems gain in Eastleigh and Winchester")[1] == {}
