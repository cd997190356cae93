"""Results-coverage wordings round 50x's pages (fixtures/truth/heldout-50x-*) still missed after its own rules: each
rule is tested on wording of its own, not on the truth pages' lines."""

from __future__ import annotations

from probes import people

from scraper.entities import extract_text


def wards(body: str, title: str = "Count") -> list[str]:
    return [w["name"] for w in extract_text(title, body)["wards"]]


def test_a_tie_in_a_place_names_its_ward() -> None:
    assert wards("It is a tie in Oakmere Green after the recount, with Labour and Reform level.") == ["Oakmere Green"]


def test_the_place_a_result_comes_from_set_off_by_commas_is_a_ward() -> None:
    body = "The count has begun in Kelby. The last result, from Moss Side East, should be out by six."
    assert wards(body, "Counting") == ["Moss Side East"]
    # (a result from a council's own area, or one not set off, names no ward)
    assert wards("The first result, from Sunderland, is a Labour hold.", "Counting") == []
    assert wards("The first result of the night is in, from Moss Side East.", "Counting") == []


def test_the_place_a_counts_figures_are_in_from_is_a_ward() -> None:
    body = "The first preferences are now in from Craigmillar North, and Labour's Ewan Hay leads on 1,210."
    assert wards(body, "Close") == ["Craigmillar North"]


def test_a_verdict_the_place_names_as_a_noun_gives_the_ward() -> None:
    body = "The party's leader said the Birchfield Park win proved the doubters wrong; the Labour gain was expected."
    assert wards(body, "Reaction") == ["Birchfield Park"]


def test_a_list_of_places_after_council_by_elections_names_no_council() -> None:
    body = "Polls have now closed in council by-elections in Sunderland, the Wirral, Leeds and Kent."
    assert extract_text("Polls close", body)["councils"] == []
    body = "Polls have closed in a council by-election in Sunderland, where Labour is defending the seat."
    assert [c["name"] for c in extract_text("Polls close", body)["councils"]] == ["Sunderland Council"]


def test_the_two_parties_candidates_level_on_a_figure_are_the_tied_pair() -> None:
    body = (
        "Lots were drawn in Kelby Moor after the Green and Reform candidates finished level on 530 votes each.\n"
        "The clerk drew out the Green Ada Lowe's name.\n"
        "Reform's Ben Cole, a former mayor, said he would not challenge it.\n"
        "Labour's Sue Orr had 211."
    )
    assert people(body, "Drawn by lot") == [
        ("Ada Lowe", "Green Party", 530, True),
        ("Ben Cole", "Reform UK", 530, False),
        ("Sue Orr", "Labour", 211, False),
    ]


def test_a_tie_settled_by_lot_is_about_an_election_whatever_the_title() -> None:
    body = "The returning officer picked a slip from the box and pulled out the name of the Lib Dems' Amir Khan."
    for title in ("Tie", "Lots drawn"):
        assert people(body, title) == [("Amir Khan", "Liberal Democrats", None, True)]
    assert people("The prize went by lottery to Labour's Amir Khan.", "Raffle") == []


def test_the_second_of_a_pair_separated_by_a_few_votes_follows_from() -> None:
    body = (
        "A recount is under way after three votes separated the second-placed Tory, Sam Reid, from Labour's Ivy Mohan."
    )
    assert people(body, "Recount") == [("Sam Reid", "Conservative", None, None), ("Ivy Mohan", "Labour", None, None)]


def test_a_total_of_the_group_named_before_is_its_seats() -> None:
    body = (
        "The Moorford Independents have won both seats in Kelby Vale, with the Greens second.\n"
        "The best-placed Green, Ada Lowe, polled 912.\n"
        "The group, formed in 2019 to save the town's library, now has seven councillors on the council."
    )
    totals = [(s["party"], s["seats"]) for s in extract_text("Independents sweep", body)["seat_totals"]]
    assert totals == [("Moorford Independents", 7)]


def test_a_loser_takes_the_party_a_swing_ran_from() -> None:
    body = (
        "Health Secretary Nadia Quinn has lost her seat to the Lib Dems' Owen Birch.\n"
        "Mr Birch won on a swing of 9.4% from the Conservatives to the Lib Dems."
    )
    assert people(body, "Minister out") == [
        ("Nadia Quinn", "Conservative", None, False),
        ("Owen Birch", "Liberal Democrats", None, True),
    ]
    # (a swing to another party than the winner's says nothing of the loser's)
    body = "Nadia Quinn has lost her seat to the Lib Dems' Owen Birch. There was a 5% swing from Labour to Reform."
    assert people(body, "Minister out")[0] == ("Nadia Quinn", None, None, False)


def test_a_knight_called_by_title_and_forename_is_the_full_name_before() -> None:
    body = (
        "Sir Tom Pendry has been returned as MP for Kelby and Moor.\n"
        "Reform UK's Amy Cole polled 9,100 votes to Sir Tom's 21,400."
    )
    assert people(body, "Speaker back") == [("Tom Pendry", None, 21400, True), ("Amy Cole", "Reform UK", 9100, False)]
