"""Results-coverage wordings found missing by the blind held-out sets fixtures/truth/heldout-10x-*: each rule is
tested on wording of its own, not on the truth pages' lines."""

from __future__ import annotations

from scraper.entities import extract_text


def outcomes(body: str, title: str = "Results") -> dict[str, tuple[str | None, bool | None]]:
    return {c["name"]: (c["party"], c["elected"]) for c in extract_text(title, body)["candidates"]}


_LEADER_BODY = (
    "The leader of Kelmscott Borough Council, Hana Voss, has kept her seat in Riverbank. Ms Voss polled 1,204 "
    "votes, with Labour's Dev Patel on 988."
)


def test_a_party_leader_keeping_a_seat_in_the_title_gives_the_winner_her_party() -> None:
    assert outcomes(_LEADER_BODY, "Green leader holds seat") == {
        "Hana Voss": ("Green Party", True),
        "Dev Patel": ("Labour", False),
    }
    assert outcomes(_LEADER_BODY, "Green council leader wins again")["Hana Voss"] == ("Green Party", True)
    # a leader in the title who does something else says nothing about the seat
    assert outcomes(_LEADER_BODY, "Green leader praises volunteers")["Hana Voss"] == (None, True)


def test_the_name_right_after_where_in_a_clause_of_a_party_gaining_a_ward() -> None:
    body = "Labour gained Fernhill, where Ola Bright polled 1,320 votes to Lib Dem councillor Tim Shaw's 1,101."
    assert outcomes(body) == {"Ola Bright": ("Labour", True), "Tim Shaw": ("Liberal Democrats", False)}
    # words between 'where' and the name may make them someone else (the sitting councillor who lost)
    body = "Labour gained Fernhill, where sitting councillor Ola Bright polled only 1,101 votes."
    assert outcomes(body) == {"Ola Bright": (None, None)}
    # a party that lost the place is no winner
    body = "Labour lost Fernhill, where Ola Bright polled 1,320 votes to Lib Dem councillor Tim Shaw's 1,101."
    assert outcomes(body)["Ola Bright"] == (None, None)


def test_a_seat_won_by_a_party_in_the_passive_names_the_winning_party() -> None:
    body = "The Dunmore by-election was comfortably won by the Greens. Kemi Ade was elected with 842 votes."
    assert outcomes(body) == {"Kemi Ade": ("Green Party", True)}
    # 'held by' says as often who held the seat before, and votes won by a party are no seat
    body = "The Dunmore seat, held by the Greens since 2010, changed hands. Kemi Ade was elected with 842 votes."
    assert outcomes(body) == {"Kemi Ade": (None, True)}
    body = "The share of the vote won by the Greens rose. Kemi Ade was elected with 842 votes."
    assert outcomes(body) == {"Kemi Ade": (None, True)}


def test_the_top_of_the_poll_is_the_candidate_of_the_party_that_won_the_seat() -> None:
    body = (
        "The Hillcrest by-election has been narrowly won by the Liberal Democrats. Kemi Ade got 842 votes; the "
        "Labour candidate, Rob Finch, received 815."
    )
    assert outcomes(body) == {"Kemi Ade": ("Liberal Democrats", True), "Rob Finch": ("Labour", False)}


def test_no_top_of_the_poll_without_a_verdict_on_one_seat() -> None:
    # a verdict on the whole council says nothing about one ward's candidates
    body = "Labour kept control of Dunmore council with 30 seats. In Hillcrest, Kemi Ade got 842 votes and "
    body += "Conservative Rob Finch 815."
    assert outcomes(body)["Kemi Ade"] == (None, None)
    # another candidate stands for the winner, or outpolled the partyless one
    body = "The Hillcrest seat was won by the Greens. Kemi Ade got 842 votes; the Green candidate, Rob Finch, 815."
    assert outcomes(body)["Kemi Ade"] == (None, None)
    body = "The Hillcrest seat was won by Labour. Kemi Ade got 842 votes; the Tory candidate, Rob Finch, got 915."
    assert outcomes(body)["Kemi Ade"] == (None, None)
    # two seats: the runner-up may also have won one
    body = "Both Hillcrest seats were won by the Liberal Democrats. Kemi Ade got 842 votes; the Labour candidate, "
    body += "Rob Finch, received 815."
    assert outcomes(body)["Kemi Ade"] == (None, None)


def wards(body: str, title: str = "Results") -> list[str]:
    return [w["name"] for w in extract_text(title, body)["wards"]]


def test_a_ward_named_like_a_building_when_the_text_marks_it_as_a_ward() -> None:
    assert wards("Labour's Sam Ellis held the Abbey Court ward with 1,022 votes.") == ["Abbey Court"]
    assert wards("Results for Kelby Borough Council's College division:\nA Smith (Lab) 700") == ["College"]
    assert wards("The Greens took Vicarage Hall Green division from Labour.") == ["Vicarage Hall Green"]
    assert wards("The Tories gained Priory House from Labour by 48 votes.") == ["Priory House"]
    # a venue is still no ward: the count's hall or centre, and 'took County Hall' (the council, not a seat)
    assert wards("The count at Kelby Leisure Centre went on into the night. Labour held Abbey ward.") == ["Abbey"]
    assert wards("The Lib Dems took Shire Hall for the first time since 1993, with 31 seats.") == []
    assert wards("Reporters waited at Priory House until 4am for the last declaration.") == []


def test_a_runner_up_said_to_be_some_votes_behind_or_a_distant_place() -> None:
    body = "Labour's Amy Lee held the Kelby ward with 1,204 votes. The Tories' Ben Ross was 61 behind."
    assert outcomes(body) == {"Amy Lee": ("Labour", True), "Ben Ross": ("Conservative", False)}
    body = "Amy Lee kept Kelby for Labour on 1,204, with the Greens' Ben Ross only 61 votes behind."
    assert outcomes(body)["Ben Ross"] == ("Green Party", False)
    body = "Labour's Amy Lee held the Kelby ward with 1,204 votes. Green Ben Ross was a close second."
    assert outcomes(body)["Ben Ross"] == ("Green Party", False)
    # behind at a stage of a count that goes on is no defeat
    assert outcomes("Ben Ross was 61 votes behind at the first stage but won on transfers.") == {
        "Ben Ross": (None, True)
    }


def test_a_surname_like_a_place_word_after_a_partys_possessive() -> None:
    body = "Labour's Cal Dunn held the seat with 1,204 votes. Labour's Ivo Marsh was a distant third on 391."
    assert outcomes(body)["Ivo Marsh"] == ("Labour", False)
    body = "The Tories' Cal Dunn won with 1,204 votes, and the Greens' Ivo Marsh got 391."
    assert outcomes(body)["Ivo Marsh"] == ("Green Party", False)
    # a party's place, not a person: a noun after the run
    assert outcomes("Labour's Salt Marsh councillors won 3 seats.") == {}
    assert "Kelby Marsh" not in outcomes("Labour's Kelby Marsh victory was a surprise: Amy Lee won with 900 votes.")


def test_a_title_naming_the_winning_party_by_its_victory_or_its_councillor() -> None:
    body = "Pat Quinn was re-elected in Ashgrove with 1,002 votes."
    assert outcomes(body, "Green councillor re-elected") == {"Pat Quinn": ("Green Party", True)}
    assert outcomes(body, "Ashgrove: Conservative victory") == {"Pat Quinn": ("Conservative", True)}
    assert outcomes(body, "Labour's first win in Ashgrove") == {"Pat Quinn": ("Labour", True)}
    # a party named in a title without a win gives nothing
    assert outcomes(body, "Green councillor praises count staff") == {"Pat Quinn": (None, True)}
