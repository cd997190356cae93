"""Results-coverage wordings found missing by the blind held-out sets fixtures/truth/heldout-13x-*: each rule is
tested on wording of its own, not on the truth pages' lines."""

from __future__ import annotations

from scraper.entities import extract_text


def test_a_seat_whose_winner_polls_five_figures_is_a_constituency_not_a_ward() -> None:
    e = extract_text(
        "Greens gain Marlowe Vale",
        "Green Party gain Marlowe Vale from Labour.\nOrla Finch (Green) 21,460\nTerry Budd (Lab) 19,902\n"
        "Greg Amos (Con) 4,115",
    )
    assert e["wards"] == []
    assert {c["name"]: (c["votes"], c["ward"]) for c in e["candidates"]} == {
        "Orla Finch": (21460, None),
        "Terry Budd": (19902, None),
        "Greg Amos": (4115, None),
    }
    # in prose, with the runner-up's count alone below ten thousand
    e = extract_text(None, "Conservative Nina Hale has held Corby Fields with 12,004 votes, ahead of Labour on 9,870.")
    assert e["wards"] == []


def test_a_ward_count_stays_a_ward() -> None:
    # four-figure counts, or a council named beside a larger figure, keep the ward
    e = extract_text(None, "Labour's Dev Rana has held Oakwood with 2,311 votes, ahead of the Greens on 1,087.")
    assert [w["name"] for w in e["wards"]] == ["Oakwood"]
    e = extract_text(
        None, "Labour's Dev Rana has held the Oakwood ward on Hallam City Council, where 14,500 people were eligible."
    )
    assert [w["name"] for w in e["wards"]] == ["Oakwood"]


def test_a_mayoralty_count_is_not_read_as_a_constituency() -> None:
    e = extract_text(None, "Labour's Amy Cole has been elected mayor of Westbury with 48,210 votes.")
    assert all(c["ward"] is None for c in e["candidates"])
    assert e["candidates"][0]["votes"] == 48210


def seat_totals(body: str) -> set[tuple[str, int]]:
    return {(t["party"], t["seats"]) for t in extract_text(None, body)["seat_totals"]}


def test_a_forecast_of_seats_is_no_seat_total() -> None:
    assert seat_totals("According to the exit poll, the Lib Dems will have 61 seats and the SNP 14.") == set()
    assert seat_totals("Reform UK are projected to win 30 seats on the county council.") == set()
    assert seat_totals("Our forecast puts the Conservatives on 25 seats.") == set()
    # the count's own tally beside a forecast in another sentence still counts
    assert seat_totals("The forecast was wrong. The Lib Dems now have 22 of the 40 seats.") == {
        ("Liberal Democrats", 22)
    }


def wards_and_councils(body: str, title: str | None = None) -> tuple[list[str], list[str]]:
    e = extract_text(title, body)
    return [w["name"] for w in e["wards"]], [c["name"] for c in e["councils"]]


def test_a_seat_taken_from_a_party_is_a_ward() -> None:
    assert wards_and_councils("The Greens took Ashgrove from Labour, winning by 96 votes.")[0] == ["Ashgrove"]
    assert wards_and_councils("Independents snatched Marsh Lane from the Lib Dems on 1,022 votes.")[0] == ["Marsh Lane"]
    # a council's own area taken from a party is the council, not a ward
    assert wards_and_councils("The Lib Dems took Stockport from Labour, winning 33 seats.")[0] == []
    # a lower-case object is no seat's name
    assert wards_and_councils("Labour took nine seats from the Conservatives.")[0] == []


def test_a_council_area_after_control_of_is_the_council() -> None:
    body = "The Conservatives have retained control of Wokingham with 30 of the 54 seats."
    e = extract_text(None, body)
    assert [c["name"] for c in e["councils"]] == ["Wokingham Council"]
    assert [t["council"] for t in e["seat_totals"]] == ["Wokingham Council"]
    assert [c["council"] for c in e["control"]] == ["Wokingham Council"]
    # written out in the post: that name alone
    _, councils = wards_and_councils(
        "Labour has won Barnsley Metropolitan Borough Council.", "Labour take control of Barnsley"
    )
    assert councils == ["Barnsley Metropolitan Borough Council"]
    # a list of areas, a possessive or a place that is no council's area: no council guessed
    assert wards_and_councils("Labour lost control of Bury, Bolton and Wigan, with 20 seats to go.")[1] == []
    assert wards_and_councils("Labour kept control of Derby's finances, winning 30 seats.")[1] == []
    assert wards_and_councils("Reform took control of Middle Wallop, winning 4 seats.")[1] == []


def elected(body: str, title: str = "Result") -> dict[str, bool | None]:
    return {c["name"]: c["elected"] for c in extract_text(title, body)["candidates"]}


def test_a_list_under_its_wards_seats_elects_the_most_votes() -> None:
    body = (
        "Hilltop ward (two seats):\nRuth Meade (Lab) 2,040\nOwen Price (Con) 1,633\nIvy Shaw (Lab) 1,590\n"
        "Cal Doyle (Con) 1,512"
    )
    assert elected(body) == {"Ruth Meade": True, "Owen Price": True, "Ivy Shaw": False, "Cal Doyle": False}
    # a tie for the last seat, or a count by transfers, leaves it open
    tied = body.replace("1,590", "1,633")
    assert elected(tied)["Ivy Shaw"] is None and elected(tied)["Owen Price"] is None
    stv = body + "\nFirst preference votes shown; transfers to follow."
    assert set(elected(stv).values()) == {None}


def votes(body: str) -> dict[str, int | None]:
    return {c["name"]: c["votes"] for c in extract_text(None, body)["candidates"]}


def test_a_pronouns_count_against_the_other_sides() -> None:
    body = "Green Lena Ortiz beat Labour's Sam Rudd in Brookside. She polled 1,388 votes to his 1,201."
    assert votes(body) == {"Lena Ortiz": 1388, "Sam Rudd": 1201}
    # the same figures after the winner's name
    body = "Labour's Sam Rudd has held Brookside, beating Green Lena Ortiz. Rudd polled 1,388 votes to 1,201."
    assert votes(body) == {"Sam Rudd": 1388, "Lena Ortiz": 1201}


def test_the_council_area_a_won_or_kept_seat_lies_in_is_the_council() -> None:
    """A seat won or kept 'in <council area>', the clause ending after the area, names the council."""
    _, councils = wards_and_councils("The Lib Dems have kept Moorside Green in Stockport with a majority of 212.")
    assert councils == ["Stockport Council"]
    # a place that is no council's area, or an area that goes on (a possessive, another name): no council guessed
    assert wards_and_councils("Labour won Hazel Row in Middle Wallop by 40 votes.")[1] == []
    assert wards_and_councils("Reform took Crown Yard in Stockport's old town centre.")[1] == []
    # a shire district's ward is on two councils (the district's and the county's): neither is guessed
    assert wards_and_councils("The Greens gained Abbey Mead in Tewkesbury from the Tories.")[1] == []
