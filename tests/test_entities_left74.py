"""Results-coverage wordings behind round 66x's leftovers (a party's own seats kept in a town, ...): each rule is
tested on wording of its own, not on the truth pages' lines."""

from __future__ import annotations

from scraper.entities import extract_page, extract_text
from scraper.models import Post


def test_seats_kept_of_their_own_in_a_town_are_no_council_total() -> None:
    body = "The Greens have kept four of their five seats in Ashcombe, the district's northern edge."
    assert extract_text("Greens hold on", body)["seat_totals"] == []


def test_seats_kept_of_their_own_in_a_council_area_stay_a_total() -> None:
    body = "Labour kept 30 of their 34 seats in Sunderland, where the party stays in control."
    found = extract_text("Labour hold Sunderland", body)["seat_totals"]
    assert [(t["party"], t["seats"]) for t in found] == [("Labour", 30)]


def test_a_name_set_off_as_leader_of_a_local_group_stands_for_it() -> None:
    body = (
        "Tom Reed, leader of the Kelby Residents Group, topped the poll in Oak Hill with 1,207 votes.\n"
        '"The Lib Dems have ignored this town for years," he said.'
    )
    found = extract_text("Residents leader re-elected", body)["candidates"]
    assert [(c["name"], c["party"]) for c in found] == [("Tom Reed", "Kelby Residents Group")]


def test_a_name_set_off_as_deputy_leader_of_a_party_group_stands_for_it() -> None:
    body = "Ann Cole, the deputy leader of the Conservative group, held Mill End with 904 votes."
    found = extract_text("Mill End", body)["candidates"]
    assert [(c["name"], c["party"]) for c in found] == [("Ann Cole", "Conservative")]


def _page_naming(group: str, second: str) -> list[Post]:
    """A page whose first post gives a local group in full, its second `second`."""
    first = f"The new council: Labour 20, {group} 8, Conservative 6."
    return [
        Post(post_id="p0", title="Council result", body_text=first),
        Post(post_id="p1", title="Mill End declares", body_text=second),
    ]


def _parties(post: Post) -> list[tuple[str, str]]:
    return [(c["name"], c["party"]) for c in (post.entities or {})["candidates"]]


def test_a_groups_kind_alone_stands_for_the_one_group_the_page_names_in_full() -> None:
    second = "Mill End – a Labour hold and a gain: Ann Cole (Lab), Tom Reed (Residents Association) elected."
    page = _page_naming("Kelby Residents Association", second)
    extract_page(page)
    assert ("Tom Reed", "Kelby Residents Association") in _parties(page[1])


def test_a_groups_kind_alone_is_no_group_where_the_page_names_two_of_that_kind() -> None:
    second = "Mill End – a Labour hold and a gain: Ann Cole (Lab), Tom Reed (Independent Group) elected."
    page = _page_naming("Kelby Independent Group 5, Marsh Independent Group", second)
    extract_page(page)
    parties = dict(_parties(page[1]))
    assert parties.get("Tom Reed") not in ("Kelby Independent Group", "Marsh Independent Group")


def test_a_name_re_elected_alongside_his_party_colleagues_is_of_their_party() -> None:
    body = "In Oak Hill the leader Tom Reed held on with 1,566 votes, alongside his Green colleagues Ann Cole (1,502)."
    found = extract_text("Oak Hill", body)["candidates"]
    assert [(c["name"], c["party"]) for c in found] == [("Tom Reed", "Green Party"), ("Ann Cole", "Green Party")]


def test_a_name_with_a_party_of_its_own_keeps_it_beside_other_colleagues() -> None:
    body = "The independent Tom Reed held Oak Hill alongside his Labour colleagues Ann Cole and Jo Parr."
    found = extract_text("Oak Hill", body)["candidates"]
    assert [(c["name"], c["party"]) for c in found][0] == ("Tom Reed", "Independent")


def test_a_winner_by_votes_to_the_named_rivals_has_the_first_figure() -> None:
    body = "Reform's Jo Parr has lost Tarn End.\nThe Lib Dem, Sam Lee, won by 1,402 votes to Mrs Parr's 1,288."
    found = extract_text("Lib Dem gain", body)["candidates"]
    assert [(c["name"], c["votes"]) for c in found] == [("Jo Parr", 1288), ("Sam Lee", 1402)]
