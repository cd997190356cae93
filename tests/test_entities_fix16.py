"""Results-coverage wordings still missed after the blind held-out rounds 16x to 19x: each rule is tested on
wording of its own, not on the truth pages' lines."""

from __future__ import annotations

from scraper.entities import extract_text


def _totals(body: str, title: str | None = None) -> set[tuple[str, int]]:
    return {(t["party"], t["seats"]) for t in extract_text(title, body)["seat_totals"]}


def test_a_long_local_group_name_is_kept_whole() -> None:
    # four capitalised words before the group's suffix ('Independents'): the whole name, not its last three
    body = "With all 48 seats declared, Labour have 20 and the Upper Kelby and Moor End Independents six."
    assert ("Upper Kelby and Moor End Independents", 6) in _totals(body)


def test_a_colon_list_of_group_totals_after_a_seat_total() -> None:
    # a seat total, then a colon and the groups that share it, each with its figure
    body = (
        "Ashby council stays hung. The local groups now hold 11 seats between them: Ashby and Coalfield Together have "
        "six, the Ivanhoe Independents three and the Moira and Donisthorpe Independents two."
    )
    totals = _totals(body)
    assert ("Ashby and Coalfield Together", 6) in totals
    assert ("Ivanhoe Independents", 3) in totals


def test_seats_won_in_a_multi_word_place_are_no_totals() -> None:
    # a constituency's or a multi-member ward's seats ('each in' a place no council is named for), not the body's
    body = "Labour and the Greens won two seats each in Kelby Vale and Moorside, with Reform taking the fifth."
    assert _totals(body) == set()


def test_seats_won_in_a_council_area_or_a_body_stay_totals() -> None:
    assert _totals("Reform UK won 41 seats in North Yorkshire.") == {("Reform UK", 41)}
    assert _totals("The Greens took 12 seats in the Scottish Parliament.") == {("Green Party", 12)}


def _votes(body: str, title: str | None = None) -> dict[str, int | None]:
    return {c["name"]: c["votes"] for c in extract_text(title, body)["candidates"]}


def test_the_winners_figure_after_the_losers_name() -> None:
    # the margin, then the winner's total set against the loser's, named again with a title
    body = "Mara Quill beat the sitting MP Tom Ressel by 412 votes, polling 9,880 to Mr Ressel's 9,468."
    assert _votes(body) == {"Mara Quill": 9880, "Tom Ressel": 9468}
    # (with no figure after 'to', only the loser's name, the winner's figure stays unknown)
    assert _votes("Mara Quill beat Tom Ressel by 412 votes, 9,880 to Reform's Ann Hoy.")["Mara Quill"] is None


def _parties(body: str, title: str | None = None) -> dict[str, str | None]:
    return {c["name"]: c["party"] for c in extract_text(title, body)["candidates"]}


def test_a_candidate_named_after_the_ward_they_stand_in() -> None:
    # 'its candidate' / 'their candidate', then the ward (and its council), then the name in apposition
    body = "The Greens have dropped their candidate for the Ashdown ward, Jo Bell, after old posts came to light."
    assert _parties(body) == {"Jo Bell": "Green Party"}
    body = "Reform has disowned its candidate in the Moor End ward of Kelby District Council, Ian Rudd, over a video."
    assert _parties(body) == {"Ian Rudd": "Reform UK"}


def _ward_names(body: str, title: str | None = None) -> list[str]:
    return [w["name"] for w in extract_text(title, body)["wards"]]


def test_the_wards_a_turnouts_extremes_name() -> None:
    body = "Turnout was highest in Ashdown Vale (44%) and lowest in Moor End, at 21 per cent, Kelby council said."
    assert _ward_names(body, "Turnout in Kelby") == ["Ashdown Vale", "Moor End"]
    # (a place after 'highest' with no turnout figure is left to the other rules)
    assert _ward_names("Support for Reform was highest in Moor End and Ashdown Vale.") == []


def test_a_partys_members_elided_after_its_possessive() -> None:
    # "X's members are A and B. Y's are C and D.": the second party's members, the word 'members' left out
    body = (
        "Reform UK won three of the five seats in Kelby Vale and Plaid Cymru two. Reform's members are Tom Bell, "
        "Ann Hoy and Ivo Sand. Plaid's are Mara Quill and Nia Rhys."
    )
    people = {c["name"]: (c["party"], c["elected"]) for c in extract_text("Kelby Vale", body)["candidates"]}
    assert people["Mara Quill"] == ("Plaid Cymru", True)
    assert people["Nia Rhys"] == ("Plaid Cymru", True)
