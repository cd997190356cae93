"""Results-coverage wordings found missing by the blind held-out sets fixtures/truth/heldout-9x-*: each rule is
tested on wording of its own, not on the truth pages' lines."""

from __future__ import annotations

from scraper.entities import extract_text


def elected(body: str, title: str = "Results") -> dict[str, bool | None]:
    return {c["name"]: c["elected"] for c in extract_text(title, body)["candidates"]}


def seats(body: str, title: str = "Results") -> set[tuple[str, int]]:
    return {(s["party"], s["seats"]) for s in extract_text(title, body)["seat_totals"]}


def test_has_been_declared_the_winner_with_an_adverb_before_been() -> None:
    got = elected("After a long night, Green candidate Priya Nandra has finally been declared the winner in Eastgate.")
    assert got == {"Priya Nandra": True}
    got = elected(
        "The Tories' Martin Cole has now been declared winner with 905 votes. Labour's Jo Reed, who called the "
        "recount, ended on 899."
    )
    assert got == {"Martin Cole": True, "Jo Reed": False}


def test_a_lone_independent_closing_a_list_of_seat_totals() -> None:
    got = seats("The Lib Dems now hold 21 seats and the Conservatives 15, plus one independent.")
    assert ("Independent", 1) in got
    assert ("Liberal Democrats", 21) in got
    assert ("Independent", 2) in seats("Reform UK won 11 seats and Labour 8, with two independent councillors.")
    # an independent still to declare, or one named in a sentence with no totals, is no total
    assert not any(p == "Independent" for p, _ in seats("Labour hold 30 seats, with one independent yet to declare."))
    assert not seats("Turnout was low, with one independent complaining about the queues.")


def test_a_ward_opening_a_sentence_whose_candidate_received_a_count() -> None:
    got = [
        w["name"] for w in extract_text("Results", "In Marsh Green, the Tories' Paul Dent received 998 votes.")["wards"]
    ]
    assert got == ["Marsh Green"]
    # "received" with no figure after it is no result
    body = "In Marsh Green, the Tories' Paul Dent received a warm welcome from the count staff."
    assert extract_text("Results", body)["wards"] == []
