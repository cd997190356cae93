"""Results-coverage wordings found missing by the blind held-out sets fixtures/truth/heldout-5x-*: each rule is
tested on wording of its own, not on the truth pages' lines."""

from __future__ import annotations

from typing import Any

from scraper.entities import extract_text


def people(body: str, title: str = "Results") -> dict[str, tuple[Any, Any, Any]]:
    """name -> (party, votes, elected) of every candidate found."""
    return {c["name"]: (c["party"], c["votes"], c["elected"]) for c in extract_text(title, body)["candidates"]}


def test_a_council_area_written_with_a_comma_is_one_council() -> None:
    facts = extract_text(
        "Count update", "Cllr Joan Phelan has been elected to Armagh, Bournemouth, Christchurch and Poole Council."
    )
    assert [c["name"] for c in facts["councils"]] == ["Bournemouth, Christchurch and Poole Council"]


def test_a_middle_initial_does_not_end_the_sentence() -> None:
    got = people("Labour's Norah T. Quayle won the Eastfield seat with 1,204 votes.")
    assert got == {"Norah T. Quayle": ("Labour", 1204, True)}


def test_was_second_is_a_place_in_the_count() -> None:
    got = people("Green Ruth Ambler, the sitting councillor, was third on 377.", "Result")
    assert got["Ruth Ambler"][2] is False


def test_a_long_list_label_naming_the_count() -> None:
    got = people("Elected on the seventh count: Orla Keane (SDLP), Mervyn Tate (DUP)")
    assert got == {"Orla Keane": ("SDLP", None, True), "Mervyn Tate": ("DUP", None, True)}


def wards(body: str, title: str = "Results") -> list[str]:
    return [w["name"] for w in extract_text(title, body)["wards"]]


def test_a_ticker_ward_named_as_a_list() -> None:
    body = "Latest from Fenland:\nWisbech, Walsoken & Waterlees - Con hold\nHuntingdonshire, St Neots East - LD gain"
    assert wards(body) == ["Wisbech, Walsoken & Waterlees", "St Neots East"]


def test_a_recount_requested_in_a_ward() -> None:
    assert wards("A recount has been requested in Kempston West by the Labour agent.", "Count") == ["Kempston West"]


def test_the_member_for_a_ward_on_a_council() -> None:
    body = "Cllr Rhys Pennant is the member for Hope with Caergwrle on Flintshire County Council."
    assert wards(body) == ["Hope with Caergwrle"]
    assert wards("He was the member for Hexham for a decade.") == []


def test_eliminated_on_a_count_is_a_defeat() -> None:
    body = "Alliance's Gemma Rowe was elected, with Green Declan Moy eliminated at the fifth stage."
    assert people(body)["Declan Moy"][2] is False


def test_votes_written_in_words() -> None:
    got = people("Green Holly Penrose won the Abbey ward by-election with forty-one votes.")
    assert got["Holly Penrose"] == ("Green Party", 41, True)
    got = people("Green Holly Penrose won the Abbey ward by-election by seventeen votes.")
    assert got["Holly Penrose"][1] is None  # a margin, not her votes


def test_a_running_tally_with_hold() -> None:
    body = (
        "Torridge District Council is under no overall control.\n"
        "Independents have 14 of the 36 seats and the Lib Dems hold eight."
    )
    got = {(s["party"], s["seats"]) for s in extract_text("Torridge: no overall control", body)["seat_totals"]}
    assert ("Liberal Democrats", 8) in got


def test_a_result_headed_by_council_area_and_ward() -> None:
    facts = extract_text("Result", "Mid Devon - Cullompton South\nLD gain from Con\nAnn Pryor (LD) 788 - elected")
    assert [(w["name"], w["council"]) for w in facts["wards"]] == [("Cullompton South", "Mid Devon Council")]
    # a place that is no council area heads nothing
    assert extract_text("Result", "Cullompton - Town Centre\nAnn Pryor (LD) 788 - elected")["councils"] == []


def test_a_ticker_ward_named_by_a_compass_word() -> None:
    assert wards("Latest from Preston:\nCentral - Lab hold\nEast - Con gain from Lab") == ["Central", "East"]
    assert wards("Central - the count is under way") == []


def test_a_runner_up_on_a_figure_in_words() -> None:
    got = people("Green Holly Penrose won with forty-one votes, with Labour's Omar Latif on twenty-six.")
    assert got["Omar Latif"] == ("Labour", 26, False)
    got = people("Labour's Omar Latif was elected, with the Greens on two.")
    assert got["Omar Latif"][1] is None  # the Greens' figure, not his


def test_a_headline_shortening_a_ward_named_with_and() -> None:
    body = "Norfolk County Council - Hellesdon and Taverham South division\nCon hold"
    assert wards(body, "Hellesdon by-election result") == ["Hellesdon and Taverham South"]
