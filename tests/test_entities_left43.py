"""Results-coverage wordings found missing by earlier blind held-out pages and left open (lists of councils of one
kind, divisions named after a gain, closed-list wording, a rival's votes, areas that are no wards, titled names):
each rule is tested on wording of its own, not on the truth pages' lines."""

from __future__ import annotations

from scraper.entities import extract_text


def councils(body: str, title: str = "Results") -> list[str]:
    return [c["name"] for c in extract_text(title, body)["councils"]]


def test_places_listed_before_a_plural_kind_of_council_are_each_a_council() -> None:
    assert councils("The Tories lost Essex, Norfolk and Suffolk county councils overnight.") == [
        "Essex County Council",
        "Norfolk County Council",
        "Suffolk County Council",
    ]
    assert councils("Labour kept Dover and Swale district councils.") == [
        "Dover District Council",
        "Swale District Council",
    ]
    # a list of one kind only counts places of that kind: a district is no county council
    assert not any("Dover" in c for c in councils("Turnout fell in Dover and Norfolk county councils."))


def wards(body: str, title: str = "Results") -> list[str]:
    return [w["name"] for w in extract_text(title, body)["wards"]]


def test_a_seat_a_verdict_is_said_of_is_a_ward() -> None:
    assert wards("Ashby Meadows was another Green gain from Labour on Kelby Borough Council.") == ["Ashby Meadows"]
    assert wards("Over in Kelby, it is a Lib Dem gain from the Conservatives in Marsh Lane and Oakfield.") == [
        "Marsh Lane and Oakfield"
    ]
    # a ward named like a venue, when a verdict is said of it
    assert wards("Northgate Centre is a Labour hold, with Reform second.") == ["Northgate Centre"]
    assert wards("Kelby Leisure Centre is a polling station.") == []


def test_a_multi_member_wards_winners_by_party_head_their_line_with_it() -> None:
    body = "Moor Side - Elected for the Greens: Jo Hart and Ann Lee\nFen End: elected for Labour: Raj Dev"
    assert wards(body, "Two-seat wards") == ["Moor Side", "Fen End"]


def test_a_result_lists_heading_names_its_ward_in_a_phrase() -> None:
    body = (
        "Counting at stage three in Moorfield East, the totals are:\nAnn Lee (Green) 1,402 - elected\nRaj Dev (Lab) 988"
    )
    assert wards(body, "Stage three") == ["Moorfield East"]
    body = "Kilnworth, first preferences:\nBrady, Sean (SDLP) 1,211\nCole, Amy (DUP) 1,002"
    assert wards(body, "Count") == ["Kilnworth"]
    # a sentence above a list, not its heading, names no ward
    body = "Here is how the vote went in Moorfield East last time, before the boundary changes.\nAnn Lee (Green) 1,402"
    assert wards(body, "Count") == []


def test_the_area_a_mayor_or_commissioner_is_elected_in_is_no_ward() -> None:
    assert wards("The Labour mayor, Ann Lee, has been re-elected in Kelby Vale with 40,112 votes.") == []
    assert wards("The commissioner, Jo Bell, was elected in Marsh Moor with 31,002 votes.") == []
    # a councillor elected in a place, or a mayor elected in a place the text calls a ward, still names a ward
    assert wards("The Labour councillor, Ann Lee, has been re-elected in Kelby Vale with 1,112 votes.") == [
        "Kelby Vale"
    ]
    assert wards("Ann Lee, the town mayor, was elected in Mill End ward with 900 votes.") == ["Mill End"]


def candidates(body: str, title: str = "Results") -> dict[str, tuple[object, ...]]:
    return {c["name"]: (c["party"], c["votes"], c["elected"]) for c in extract_text(title, body)["candidates"]}


def test_a_titled_surname_that_is_also_a_place_word_is_the_person() -> None:
    body = "Dan Heath (Con) was up against Amy Pike (Lab).\nMs Pike won 9,420 votes to Mr Heath's 9,318."
    found = candidates(body, "Close in Kelby North")
    assert found["Dan Heath"] == ("Conservative", 9318, False)
    assert found["Amy Pike"][1] == 9420
    # a place word alone, untitled, is still no one
    assert "Heath" not in candidates("Amy Pike won 9,420 votes to 9,318 in Heath.")


def test_the_independent_in_apposition_before_a_name_is_its_party() -> None:
    found = candidates("Labour's Ann Lee held Mill End with 1,440 votes. The independent, Raj Dev, took 1,382.")
    assert found["Raj Dev"] == ("Independent", 1382, False)
    # 'independent' as an adjective of something else is no party
    body = "Ann Lee held Mill End for Labour with 1,440 votes. An independent review, Raj Dev said, is due."
    assert "Raj Dev" not in candidates(body)


def test_a_seat_said_to_be_won_in_a_metropolitan_borough_names_its_council() -> None:
    body = "Reform's Amy Pike won Moss Bank by 212 votes. It is the first seat the party has ever won in Bolton."
    assert councils(body) == ["Bolton Council"]
    assert councils("Labour's Dev Rao took Mill End: their only gain made in Wigan.") == ["Wigan Council"]
    # a seat won in a place that is no metropolitan borough's names no council this way
    assert councils("Reform's Amy Pike won Moss Bank. It is the first seat the party has ever won in Kelby.") == []


def test_on_joins_a_place_to_the_sea_or_a_river_in_a_wards_name() -> None:
    body = "Frinton on Sea: Con hold\nStratton on the Wolds - Lab gain from Con"
    found = extract_text("Tendring District Council", body)["wards"]
    assert [(w["name"], w["council"]) for w in found] == [
        ("Frinton on Sea", "Tendring District Council"),
        ("Stratton on the Wolds", "Tendring District Council"),
    ]
    # 'on' before a day or a council is no part of the ward's name
    assert not any("Tuesday" in w for w in wards("Labour held Mill End on Tuesday with 900 votes."))
    assert wards("Labour gain Mill End on Kelby Borough Council.") == ["Mill End"]
    assert wards("Amy Pike held Westfield on Tyne City Council with 900 votes.") == ["Westfield"]


def test_an_elected_roll_grouped_by_a_bracketed_party_gives_each_name_its_group() -> None:
    body = "Elected: Nia Rees and Owen Pugh (Plaid); Dan Cole, Amy Hart and Jo Bell (Con); Sam Kay (Green Party)."
    found = candidates(body, "Ceredig Teifi declares")
    assert found == {
        "Nia Rees": ("Plaid Cymru", None, True),
        "Owen Pugh": ("Plaid Cymru", None, True),
        "Dan Cole": ("Conservative", None, True),
        "Amy Hart": ("Conservative", None, True),
        "Jo Bell": ("Conservative", None, True),
        "Sam Kay": ("Green Party", None, True),
    }


def test_a_member_back_in_or_out_of_a_parliament_and_a_closed_lists_order() -> None:
    body = "Plaid's Nia Rees is back in the Senedd. She was second on the party's list in Teifi, where it won two."
    assert candidates(body, "Senedd results") == {"Nia Rees": ("Plaid Cymru", None, True)}
    body = "Labour's Dai Rees is out of the Senedd: he was third on Labour's list in Gwyr, where it won one seat."
    assert candidates(body, "Senedd results") == {"Dai Rees": ("Labour", None, False)}
    # a place in the count is still a loss
    assert candidates("Ann Lee (Lab) was second on 640 votes.", "Mill End result") == {
        "Ann Lee": ("Labour", 640, False)
    }


def test_a_partys_portfolio_holder_in_apposition_is_of_that_party() -> None:
    found = candidates("Labour's health secretary, Jo Bell, has lost her seat in Gwyr.", "Senedd results")
    assert found == {"Jo Bell": ("Labour", None, False)}
    found = candidates("The Conservative finance minister, Dan Cole, held Teifi.", "Senedd results")
    assert found == {"Dan Cole": ("Conservative", None, True)}


def test_an_area_declared_with_its_seats_out_of_a_whole_is_a_council() -> None:
    body = "Counting is over. Wigan has now been declared, with Labour on 52 of the 75 seats."
    assert councils(body, "Labour hold on") == ["Wigan Council"]
    # an area declared without a council's seats may be a constituency's count
    assert councils("Wigan has been declared: Labour hold with a majority of 9,000.", "Declarations") == []


def test_a_partys_seat_going_to_a_name_gives_it_that_party() -> None:
    found = candidates("The Lib Dems' second seat of the night goes to Nia Rees.", "Teifi declares")
    assert found == {"Nia Rees": ("Liberal Democrats", None, True)}
    # a seat going to a name after a party's figure is no seat of that party's
    found = candidates("Labour polled 9,000 votes but the last seat goes to Nia Rees.", "Teifi declares")
    assert found["Nia Rees"][0] is None
