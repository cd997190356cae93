"""Results-coverage wordings found missing by the blind held-out Guardian pages fixtures/truth/heldout-32x-* (an
English local elections night and a Holyrood count): each rule is tested on wording of its own, not on the truth
pages' lines."""

from __future__ import annotations

from scraper.entities import extract_text


def councils(body: str, title: str = "Results") -> list[str]:
    return [c["name"] for c in extract_text(title, body)["councils"]]


def wards(body: str, title: str = "Results") -> list[str]:
    return [w["name"] for w in extract_text(title, body)["wards"]]


def seats(body: str, title: str = "Results") -> dict[str, int]:
    return {t["party"]: t["seats"] for t in extract_text(title, body)["seat_totals"]}


def test_each_council_of_a_list_a_party_won_or_held() -> None:
    body = "Early this morning the Conservatives held Tamworth, Lichfield and Cannock Chase."
    assert councils(body) == ["Tamworth Council", "Lichfield Council", "Cannock Chase Council"]
    body = "In north Wales, Plaid Cymru has kept Gwynedd and Ceredigion."
    assert councils(body) == ["Gwynedd Council", "Ceredigion Council"]


def test_a_council_whose_own_name_holds_and_is_not_split() -> None:
    assert councils("Overnight the Lib Dems have won Windsor and Maidenhead.") == ["Windsor and Maidenhead Council"]


def test_a_list_of_areas_stops_at_the_first_place_with_no_council() -> None:
    body = "Labour has held Wigan, Abram and Hindley, and Bolton."
    assert councils(body) == ["Wigan Council"]


def test_council_verdicts_set_out_as_table_rows() -> None:
    body = "The early declarations:\nCouncil | Result | Seats\nSelby | Con hold | 24\nHarrogate | LD gain | 30"
    assert councils(body) == ["Selby Council", "Harrogate Council"]


def test_a_national_tally_of_councillors_in_a_table_is_no_council_make_up() -> None:
    body = (
        "Across England, the councillors elected so far:\n"
        "Party | Councillors | Change\nLabour | 410 | +52\nConservative | 233 | -61\nGreen Party | 38 | +11"
    )
    assert seats(body) == {}
    body = "Lancaster City Council now looks like this:\nParty | Seats\nLabour | 27\nGreen Party | 21\nConservative | 9"
    assert seats(body) == {"Labour": 27, "Green Party": 21, "Conservative": 9}


def test_a_national_table_of_the_commons_is_still_read() -> None:
    body = (
        "The national picture at Westminster with 640 of 650 MPs elected:\n"
        "Party | Seats\nLabour | 402\nConservative | 118"
    )
    assert seats(body) == {"Labour": 402, "Conservative": 118}


def test_a_ward_the_sentence_describes_by_its_seats() -> None:
    body = "In Hale Barns Village, a three-member ward, the Conservatives held all three seats."
    assert wards(body) == ["Hale Barns Village"]
    assert wards("Moss Side West, a two seat division, went to Labour.") == ["Moss Side West"]


def test_a_ward_named_like_a_council_area_after_another_place_s_possessive() -> None:
    body = "In Wyre's Preston ward, the Lib Dem Ann Oakes won with 733 votes."
    assert wards(body) == ["Preston"]


def people(body: str, title: str = "Result") -> list[str]:
    return [c["name"] for c in extract_text(title, body)["candidates"]]


def test_a_person_s_possessive_ends_the_name_before_the_party_it_owns() -> None:
    assert people("Mary Hollins's Green campaign has failed to win a seat.") == ["Mary Hollins"]
    # (the surname's possessive later names the same person, not "Hollins's Green")
    assert people("Mary Hollins's Green campaign failed to win a seat. Hollins's Green list came fifth.") == [
        "Mary Hollins"
    ]


def test_a_party_s_possessive_before_a_name_still_opens_the_name() -> None:
    body = "The Yorkshire Party's Dan Frith was third with 402 votes."
    assert people(body) == ["Dan Frith"]
