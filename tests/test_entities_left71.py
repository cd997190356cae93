"""Round 63x's Guardian and WebCore leftovers: each rule is tested on wording of its own, not on the truth pages'
lines."""

from __future__ import annotations

from probes import people

from scraper.entities import extract_text


def outcomes(body: str) -> list[tuple[str, bool | None]]:
    """Each candidate of a one-post text as (name, elected)."""
    return [(name, elected) for name, _, _, elected in people(body)]


def test_a_chief_whip_beaten_by_the_winner_is_a_losing_candidate() -> None:
    body = "Greens take Kelby. Mo Aziz won by 900 votes, defeating the chief whip, Jean Pruett."
    assert ("Jean Pruett", False) in outcomes(body)
    # (a chief whip only mentioned, with no contest's verb before, is no candidate)
    assert outcomes("Greens take Kelby by 900 votes. The chief whip, Jean Pruett, was not standing.") == []


def test_the_losers_listed_after_lost_their_seats_are_beaten_candidates() -> None:
    body = "Labour gained Kelby. Four councillors lost their seats, among them the group leader, Dora Vance."
    assert ("Dora Vance", False) in outcomes(body)
    assert ("Ivo Penn", False) in outcomes("Greens took Ashby. Two Lib Dems lost their seats, including Ivo Penn.")
    # (a seat lost in the past, with no list after it, marks no one)
    assert outcomes("Labour gained Kelby. Ivo Penn, who lost his seat in 2019, was at the count.") == []


def wards_of(body: str, title: str = "Kelby council results") -> list[str]:
    """The wards a one-post text names."""
    return [w["name"] for w in extract_text(title, body)["wards"]]


def test_a_ward_opening_a_clause_of_its_partys_seats_before_the_people() -> None:
    body = (
        "Across town in Marsh End it was a quiet night: Labour kept both seats, Ona Reid polling 640 and Al Burr 602."
    )
    assert wards_of(body) == ["Marsh End"]
    facts = extract_text("Kelby council results", body)
    assert {c["ward"] for c in facts["candidates"]} == {"Marsh End"}
    # (a place whose clause names no seats and no people is no ward)
    assert wards_of("Across town in Marsh End it was a quiet night: Labour kept its nerve.") == []


def parties(body: str) -> dict[str, str | None]:
    """Each candidate's party in a one-post text, by name."""
    return {name: party for name, party, _, _ in people(body)}


def test_a_party_that_now_has_its_first_councillors_won_the_unlabelled_seats() -> None:
    body = "The Greens now have their first councillors in Ashby. Rae Lusk (812) and Omar Hale (790) took both seats."
    assert parties(body) == {"Rae Lusk": "Green Party", "Omar Hale": "Green Party"}
    # (a first seat in the past is no win tonight)
    past = "The Greens had their first councillors in 1998. Rae Lusk won Ashby with 812 votes."
    assert parties(past) == {"Rae Lusk": None}


def test_a_bare_total_after_an_aside_naming_no_party_still_counts_seats() -> None:
    body = (
        "The Greens have 40 seats on the council.\nTwo long-serving councillors were beaten at the count.\n"
        "Labour have 22, down six on last time."
    )
    found = extract_text("Where things stand", body)["seat_totals"]
    assert [(t["party"], t["seats"]) for t in found] == [("Green Party", 40), ("Labour", 22)]
    # (an aside that names a party of its own ends the tally: its figure after is no total)
    other = (
        "The Greens have 40 seats on the council.\nThe Tories won the mayoralty by a street.\n"
        "Labour have 22, down six on last time."
    )
    assert [t["party"] for t in extract_text("Where things stand", other)["seat_totals"]] == ["Green Party"]


def test_a_win_dated_by_month_and_year_in_an_aside_is_history() -> None:
    body = "The tribunal ruled that Lena Voss, elected as a Green in June 2019, had broken the spending rules."
    assert people(body) == []
    # (the same aside with no date tells this count's win)
    assert outcomes("Lena Voss, elected as a Green with 812 votes, thanked her team.") == [("Lena Voss", True)]


def test_a_beaten_candidate_is_of_the_party_a_headline_says_was_ousted() -> None:
    body = "A shock in the east. Ros Adair, standing on a local ticket, beat Kit Moss by 164 votes."
    assert parties(body) == {"Ros Adair": None, "Kit Moss": None}
    facts = extract_text("Independent ousts Labour in Eastwick", body)
    assert {c["name"]: c["party"] for c in facts["candidates"]}["Kit Moss"] == "Labour"
    # (a headline ending on the verb names no party: the body's first word is not the one ousted)
    facts = extract_text("Eastwick councillor ousted", "Labour held the rest. Ros Adair beat Kit Moss by 164 votes.")
    assert {c["name"]: c["party"] for c in facts["candidates"]}["Kit Moss"] is None
