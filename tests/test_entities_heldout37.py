"""Results-coverage wordings found missing by the blind held-out pages fixtures/truth/heldout-37x-* (a BBC LX page of
county council counts in 2021, a Guardian live blog of a general election night): each rule is tested on wording of
its own, not on the truth pages' lines."""

from __future__ import annotations

from scraper.entities import extract_text


def candidates(body: str, title: str = "Results") -> dict[str, tuple[object, ...]]:
    return {c["name"]: (c["party"], c["votes"], c["elected"]) for c in extract_text(title, body)["candidates"]}


def totals(body: str, title: str = "Results") -> list[tuple[str, int]]:
    return [(t["party"], t["seats"]) for t in extract_text(title, body)["seat_totals"]]


def test_a_name_with_two_lower_case_particles_is_read_whole() -> None:
    body = "Jan van der Berg (Green) - 1,204 - elected\nAna de la Cruz (Labour) - 987\nTom Hale (Conservative) - 455"
    found = candidates(body, "Oak Vale: Green gain from Lab")
    assert found["Jan van der Berg"] == ("Green Party", 1204, True)
    assert found["Ana de la Cruz"] == ("Labour", 987, False)
    # one particle, as before
    assert "Piet de Wit" in candidates("Piet de Wit (Lib Dem) 1,022 - elected\nSue Bly (Con) 640")


def test_wards_counted_off_do_not_make_a_tally_line_a_wards_result() -> None:
    line = "With all 57 wards now declared, the council stands at: Con 30, Lab 12, LD 9, Ind 6."
    assert totals(line) == [("Conservative", 30), ("Labour", 12), ("Liberal Democrats", 9), ("Independent", 6)]
    assert ("Labour", 12) in totals("Lab 12, Con 30, Grn 2 on the council, with two divisions still to declare.")
    # a ward's own count is still no council's seats
    assert totals("Ward result: Lab 88, Con 54, LD 12.") == []


def test_a_ticker_line_naming_its_winner_before_the_verdict() -> None:
    body = "Eastmoor: Priya Shah (Lab) gain from Con, majority 412\nHigh Cross - Owen Pugh (Plaid) hold"
    found = candidates(body, "Latest declarations")
    assert found["Priya Shah"] == ("Labour", None, True)
    assert found["Owen Pugh"] == ("Plaid Cymru", None, True)


def test_a_seat_taken_from_a_named_person_is_that_persons_defeat() -> None:
    body = "Amy Rowe has taken Castle Hill back from Tom Dyer for the Green Party, with a majority of 311."
    found = candidates(body)
    assert found["Amy Rowe"] == ("Green Party", None, True)
    assert found["Tom Dyer"] == (None, None, False)  # the party after his name is the winner's
    found = candidates("Labour's Dev Patel took Mill Lane from the Conservative Ian Pike by 96 votes.")
    assert found["Ian Pike"] == ("Conservative", None, False)
    assert found["Dev Patel"][2] is True


def test_a_place_glued_before_a_forename_is_no_part_of_the_name() -> None:
    found = candidates("In Ashby and Kirk Hallam West Joanne Platt's majority fell from 1,204 to 311.")
    assert found == {"Joanne Platt": (None, None, True)}


def test_a_past_holder_and_a_parliaments_majority_are_no_candidates() -> None:
    found = candidates("Jane Dore won Eastfield with 1,002 votes, taking the seat Harold Finch held from 1987 to 2001.")
    assert "Harold Finch" not in found and found["Jane Dore"][2] is True
    assert candidates("Alan Gray has won a comfortable Commons majority of 80 after a night of 300 gains.") == {}
    # a candidate's own majority still makes a winner
    assert candidates("Ruth Kemp has won a majority of 300 in the Eastgate ward.")["Ruth Kemp"][2] is True


def test_a_count_still_going_told_as_reported_names_both_sides() -> None:
    body = "Labour's Ann Cole is said to be neck and neck with the Conservative Tom Hale, and a recount is due at 9am."
    found = candidates(body, "Too close to call in Eastfield")
    assert found == {"Ann Cole": ("Labour", None, None), "Tom Hale": ("Conservative", None, None)}


def test_the_party_a_name_stands_for_now_wins_over_a_former_one() -> None:
    found = candidates("Former Labour councillor Ruth Penn, standing for the Greens, came second with 877 votes.")
    assert found["Ruth Penn"] == ("Green Party", 877, False)
    # a name standing for a party, with no outcome yet, is a candidate
    body = "The count in Mill End resumes at 10am, with Dev Rao, standing for Reform UK, hoping to take the seat."
    assert candidates(body)["Dev Rao"][0] == "Reform UK"
    # ... and so is one standing for a party no list knows (its party then read as before, here none)
    assert "Ivo Lark" in candidates("Ivo Lark, standing for the Grand Old Party, polled 318 votes in Mill End.")
