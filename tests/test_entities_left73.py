"""Results-coverage wordings behind the truth table's lowest older files, round 4 (a region written 'the Fens', ...):
each rule is tested on wording of its own, not on the truth pages' lines."""

from __future__ import annotations

from scraper.entities import extract_page, extract_text
from scraper.models import Post


def test_a_plural_region_after_the_is_no_ward() -> None:
    body = "The Lib Dem group leader hailed the result in the Cotswolds."
    assert extract_text("Reaction", body)["wards"] == []


def test_a_plural_name_called_a_ward_after_the_is_still_one() -> None:
    body = "Labour's Ann Cole won the Hollows ward with 912 votes."
    assert [w["name"] for w in extract_text("Labour hold", body)["wards"]] == ["Hollows"]


def test_a_plural_name_also_written_bare_is_still_a_ward() -> None:
    body = "The Greens have taken the Hollows from Labour.\nHollows: Green gain from Labour. Grn 1,004, Lab 877."
    assert [w["name"] for w in extract_text("Green gain", body)["wards"]] == ["Hollows"]


def test_both_seats_in_a_list_of_places_are_one_wards() -> None:
    body = (
        "The Lib Dems have kept both seats in Ashby Vale, Baker's Green and Marsh End:\n"
        "Ann Cole (Liberal Democrats) - 1,208 ELECTED\n"
        "Tom Reed (Liberal Democrats) - 1,150 ELECTED\n"
        "Jo Parr (Labour) - 644"
    )
    found = extract_text("Ashby Vale, Baker's Green and Marsh End", body)
    assert [w["name"] for w in found["wards"]] == ["Ashby Vale, Baker's Green and Marsh End"]
    assert {c["ward"] for c in found["candidates"]} == {"Ashby Vale, Baker's Green and Marsh End"}


def test_all_three_seats_in_a_list_of_places_are_one_wards() -> None:
    body = "Reform UK took all three seats in Oak Hill, Kelby Moor and Tarn End."
    assert [w["name"] for w in extract_text("Reform sweep", body)["wards"]] == ["Oak Hill, Kelby Moor and Tarn End"]


def test_seats_won_in_a_list_of_places_without_both_are_not_one_ward() -> None:
    body = "Labour won two seats in Oak Hill, Kelby Moor and Tarn End."
    assert "Oak Hill, Kelby Moor and Tarn End" not in [w["name"] for w in extract_text("Labour", body)["wards"]]


def test_a_party_man_asking_for_a_recount_is_a_candidate_of_the_ward() -> None:
    body = "Counting has stopped. Labour's Tom Reed has asked for a recount in Oak Hill after trailing by three votes."
    found = extract_text("Recount called", body)
    assert [(c["name"], c["party"], c["ward"]) for c in found["candidates"]] == [("Tom Reed", "Labour", "Oak Hill")]


def test_two_party_people_asking_to_see_the_ballot_papers_are_both_candidates() -> None:
    body = (
        "A recount is under way in Oak Hill.\n"
        "The Greens' Ann Cole and Labour's Tom Reed have both asked to see the doubtful ballot papers."
    )
    found = extract_text("Recount in Oak Hill", body)
    assert [(c["name"], c["party"], c["elected"]) for c in found["candidates"]] == [
        ("Ann Cole", "Green Party", None),
        ("Tom Reed", "Labour", None),
    ]


def test_a_leader_calling_for_a_review_is_no_candidate() -> None:
    body = "The Labour leader Tom Reed has called for a review of how the count was run in Oak Hill."
    assert extract_text("Count row", body)["candidates"] == []


def test_a_name_of_a_local_group_joined_to_the_next_name_shares_its_cue() -> None:
    body = (
        "A recount is under way in Oak Hill.\n"
        "Ann Cole of the Kelby Independents and Reform UK's Tom Reed have both asked to see the doubtful ballot papers."
    )
    found = extract_text("Recount in Oak Hill", body)
    assert [(c["name"], c["party"]) for c in found["candidates"]] == [
        ("Ann Cole", "Kelby Independents"),
        ("Tom Reed", "Reform UK"),
    ]


def test_one_who_resigned_and_is_standing_again_is_a_candidate() -> None:
    body = (
        "Kelby Town Council has one empty seat.\nOak Hill: Green councillor Ann Cole quit in May and is standing again"
    )
    found = extract_text("Why a by-election?", body)
    assert [(c["name"], c["party"], c["elected"]) for c in found["candidates"]] == [("Ann Cole", "Green Party", None)]


def test_one_who_resigned_and_is_not_standing_is_no_candidate() -> None:
    body = "Kelby Town Council has one empty seat.\nOak Hill: Green councillor Ann Cole quit in May and is not standing"
    assert extract_text("Why a by-election?", body)["candidates"] == []


def test_a_defectors_bracket_gives_the_party_moved_to() -> None:
    body = (
        "Kelby Town Council has one empty seat.\nOak Hill: Ann Cole (Con to Lib Dem) quit in May and is standing again"
    )
    found = extract_text("Why a by-election?", body)
    assert [(c["name"], c["party"]) for c in found["candidates"]] == [("Ann Cole", "Liberal Democrats")]


def test_a_partys_best_showing_told_by_a_tally_is_a_lost_seat() -> None:
    body = "The Kelby Party stood in five Ashby wards; its best showing was 212 votes for Ann Cole in Oak Hill."
    found = extract_text("Minor parties", body)
    assert [(c["name"], c["party"], c["elected"], c["votes"]) for c in found["candidates"]] == [
        ("Ann Cole", "Kelby Party", False, 212)
    ]


def test_a_partys_best_result_that_was_a_win_stays_a_win() -> None:
    body = "The Kelby Party stood in 15 wards. Its best result was in Oak Hill, where Ann Cole won with 1,017 votes."
    assert [c["elected"] for c in extract_text("Minor parties", body)["candidates"]] == [True]


def _page_of_two_wards_and(reaction: str) -> list[Post]:
    return [
        Post(post_id="p0", title="Greens gain Oak Hill", body_text="Ann Cole (Green) won Oak Hill with 904 votes."),
        Post(post_id="p1", title="Greens gain Tarn End", body_text="Jo Parr (Green) won Tarn End with 812 votes."),
        Post(post_id="p2", title="Labour reacts", body_text=reaction),
    ]


def test_the_losses_in_two_of_the_pages_wards_name_both() -> None:
    page = _page_of_two_wards_and("The Labour leader called the defeats in Oak Hill and Tarn End a wake-up call.")
    extract_page(page)
    assert [w["name"] for w in (page[2].entities or {})["wards"]] == ["Oak Hill", "Tarn End"]


def test_a_pages_ward_named_without_an_outcome_is_not_named_again() -> None:
    page = _page_of_two_wards_and("The Labour leader said queues in Oak Hill were a wake-up call for the party.")
    extract_page(page)
    assert (page[2].entities or {})["wards"] == []


def test_one_who_had_been_tipped_to_win_lost() -> None:
    body = (
        "Tom Reed has kept the Kelby mayoralty for the Conservatives.\n"
        "The Green candidate, Ann Cole, had been widely expected to take the post after a strong spring."
    )
    found = extract_text("Conservative hold", body)
    assert [(c["name"], c["elected"]) for c in found["candidates"]] == [("Tom Reed", True), ("Ann Cole", False)]


def test_one_who_is_tipped_to_win_is_still_pending() -> None:
    body = "The Green candidate, Ann Cole, is tipped to win Oak Hill when the count ends tonight."
    assert [(c["name"], c["elected"]) for c in extract_text("Count", body)["candidates"]] == [("Ann Cole", None)]


def test_a_ward_named_like_another_councils_area_keeps_the_posts_council() -> None:
    body = (
        "The Greens have won the Redbridge seat on Kelby County Council.\n"
        "In the Redbridge ward, Green candidate Ann Cole was elected with 2,737 votes."
    )
    found = extract_text("Result: Redbridge ward", body)
    assert [(w["name"], w["council"]) for w in found["wards"]] == [("Redbridge", "Kelby County Council")]


def test_verdict_lines_under_a_councils_heading_are_its_wards_though_named_like_areas() -> None:
    body = "Latest from Kelby City Council:\nLab hold Oak Hill\nCon gain Sutton from Lab\nLD hold Tarn End"
    found = extract_text("More results", body)
    assert [(w["name"], w["council"]) for w in found["wards"]] == [
        ("Oak Hill", "Kelby City Council"),
        ("Sutton", "Kelby City Council"),
        ("Tarn End", "Kelby City Council"),
    ]


def test_verdict_lines_under_no_councils_heading_name_no_area_as_a_ward() -> None:
    body = "More results are in:\nLab hold Sutton\nCon gain Bromley from Lab"
    assert extract_text("Latest", body)["wards"] == []


def test_all_of_a_councils_members_standing_as_independents_is_their_seat_total() -> None:
    body = "All 18 councillors returned to Kelby Islands Council stood as independents.\nTurnout was 51%."
    totals = extract_text("Independents sweep the islands", body)["seat_totals"]
    assert [(t["party"], t["seats"], t["council"]) for t in totals] == [("Independent", 18, "Kelby Islands Council")]


def test_all_members_standing_as_independents_at_a_past_election_is_no_total() -> None:
    body = "All 18 councillors returned to Kelby Islands Council stood as independents in 2017."
    assert extract_text("History", body)["seat_totals"] == []
