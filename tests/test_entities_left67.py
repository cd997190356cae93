"""Results-coverage wordings behind the truth table's lowest 60x-62x files (winners named in brackets in prose, ...):
each rule is tested on wording of its own, not on the truth pages' lines."""

from __future__ import annotations

from scraper.entities import extract_page, extract_text
from scraper.models import Post


def test_winners_in_brackets_with_their_majorities_are_elected_for_the_party_that_held_the_seats() -> None:
    body = "Two more in. The Greens have kept Ashby Vale (Tom Reed, majority 88) and Harbour (Jo Lund, majority 1,402)."
    found = extract_text("Green holds", body)
    got = {(c["name"], c["party"], c["elected"], c["ward"]) for c in found["candidates"]}
    assert got == {("Tom Reed", "Green Party", True, "Ashby Vale"), ("Jo Lund", "Green Party", True, "Harbour")}
    assert {w["name"] for w in found["wards"]} == {"Ashby Vale", "Harbour"}


def test_a_bracketed_name_and_majority_without_a_party_taking_seats_names_no_winner() -> None:
    body = "The biggest swing came in Ashby Vale (Tom Reed, majority 88), turnout said the agents."
    assert extract_text("Swing", body)["candidates"] == []


def test_the_places_of_an_explainers_vacancy_lines_are_wards_of_the_council_named() -> None:
    body = (
        "Anyshire County Council has three empty seats.\n"
        "Kelby Marsh: Ann Cole (Lab to Green) resigned to seek a fresh mandate\n"
        "Upper Tarn: Conservative Jo Parr died in March\n"
        "Anston: Al Tey stood down after moving away"
    )
    found = extract_text("Why three by-elections?", body)
    assert [(w["name"], w["council"]) for w in found["wards"]] == [
        ("Kelby Marsh", "Anyshire County Council"),
        ("Upper Tarn", "Anyshire County Council"),
        ("Anston", "Anyshire County Council"),
    ]


def test_a_line_head_before_a_name_that_did_something_else_is_no_ward() -> None:
    body = "Anyshire County Council count goes on.\nLatest: Ann Cole arrived at the count at noon"
    assert extract_text("Count", body)["wards"] == []


def test_a_village_named_over_something_keeps_its_first_word_mid_sentence() -> None:
    body = "Labour's Ann Cole has won the Under Tarnby by-election with 812 votes."
    found = extract_text("Labour hold", body)
    assert [w["name"] for w in found["wards"]] == ["Under Tarnby"]
    assert [c["ward"] for c in found["candidates"]] == ["Under Tarnby"]


def test_a_line_head_opening_on_over_keeps_it_before_its_colon() -> None:
    body = "Anyshire County Council has one empty seat.\nOver Tarnby: Jo Parr (Con to Reform) resigned in May"
    assert [w["name"] for w in extract_text("Why a by-election?", body)["wards"]] == ["Over Tarnby"]


def test_a_group_grown_by_defections_gives_no_seat_total() -> None:
    body = "Anyshire County Council saw a run of defections in March, taking the Green group from five members to 9."
    assert extract_text("Why now?", body)["seat_totals"] == []


def test_a_group_grown_by_seats_won_is_still_a_seat_total() -> None:
    body = "On Anyshire County Council the Greens won four more seats, taking the Green group from five members to 9."
    totals = extract_text("Green gains", body)["seat_totals"]
    assert [(t["party"], t["seats"]) for t in totals] == [("Green Party", 9)]


def test_a_local_party_named_as_its_place_first_is_a_party_in_prose() -> None:
    body = (
        "Ann Cole won the Ashby Vale by-election for Kelby First with 1,402 votes, ahead of Labour's Tom Reed on 1,210."
    )
    assert [p["name"] for p in extract_text("By-election", body)["parties"]] == ["Kelby First", "Labour"]


def test_first_before_a_capitalised_word_names_no_local_party() -> None:
    body = "The Scottish First Minister said Labour's Tom Reed had won the seat with 1,210 votes."
    assert [p["name"] for p in extract_text("Reaction", body)["parties"]] == ["Labour"]


def test_a_winner_for_a_local_group_is_of_that_group() -> None:
    body = (
        "Ann Cole won the Ashby Vale by-election for Kelby First with 1,402 votes, ahead of Labour's Tom Reed on 1,210."
    )
    found = extract_text("By-election", body)
    assert ("Ann Cole", "Kelby First", True) in {(c["name"], c["party"], c["elected"]) for c in found["candidates"]}


def test_a_titled_surname_that_is_also_a_place_is_the_full_name_given_before() -> None:
    body = (
        "Labour's Tom Preston has held Kelby. Mr Preston polled 20,874 votes to the Green Party's Ann Reed on 19,055."
    )
    got = {(c["name"], c["votes"], c["elected"]) for c in extract_text("Labour hold", body)["candidates"]}
    assert got == {("Tom Preston", 20874, True), ("Ann Reed", 19055, False)}


def test_a_name_returned_before_its_qualification_is_elected() -> None:
    body = (
        "The Greens have kept both their seats:\n"
        "Harbour: Jo Lund returned, but her majority fell to 310\n"
        "Ashby Vale: Tom Reed returned with a much smaller majority"
    )
    got = {(c["name"], c["party"], c["elected"]) for c in extract_text("Two Green holds", body)["candidates"]}
    assert got == {("Jo Lund", "Green Party", True), ("Tom Reed", "Green Party", True)}


def test_a_name_returned_to_somewhere_is_not_elected_by_it() -> None:
    body = "Labour's Jo Lund returned to the count at 3am after a break, and Tom Reed won Harbour with 1,210 votes."
    got = {c["name"]: c["elected"] for c in extract_text("Count", body)["candidates"]}
    assert got.get("Jo Lund") is not True


def test_the_place_a_returning_officer_declares_is_a_ward() -> None:
    body = "Well past 4am, the returning officer has at last declared Kelby Marsh. The Greens won it by 21 votes."
    assert [w["name"] for w in extract_text("Green gain from Labour", body)["wards"]] == ["Kelby Marsh"]


def test_a_person_declared_the_winner_is_no_ward() -> None:
    body = "The returning officer declared Ann Cole the winner. Labour's Ann Cole had 1,210 votes."
    assert extract_text("Count", body)["wards"] == []


def test_a_students_union_is_no_person_and_its_officer_keeps_the_label_she_stood_under() -> None:
    body = (
        "Tom Reed, who ends his year as Kelby Students' Union president in June, has won Ashby ward standing as an "
        "independent. He took 742 votes, 61 more than Labour's Ann Cole on 681."
    )
    got = {(c["name"], c["party"], c["elected"]) for c in extract_text("Ashby result", body)["candidates"]}
    assert got == {("Tom Reed", "Independent", True), ("Ann Cole", "Labour", False)}


def test_the_area_whose_control_a_post_tells_is_the_council_the_page_names_in_full() -> None:
    page = [
        Post(post_id="p0", title="Labour lose control of Kelby", body_text="The last ward has declared: no majority."),
        Post(post_id="p1", title="Polls close", body_text="All 48 seats on Kelby City Council are up today."),
    ]
    extract_page(page)
    assert [c["name"] for c in (page[0].entities or {})["councils"]] == ["Kelby City Council"]


def test_control_of_an_area_the_page_never_names_in_full_gives_no_council() -> None:
    page = [
        Post(post_id="p0", title="Labour lose control of Kelby", body_text="The last ward has declared: no majority."),
        Post(post_id="p1", title="Polls close", body_text="All 48 seats on Ashby City Council are up today."),
    ]
    extract_page(page)
    assert (page[0].entities or {})["councils"] == []


def test_a_ward_run_stops_before_the_person_of_a_clause_whose_verb_and_leaves_out() -> None:
    body = (
        "The new party has candidates in both by-elections. Ann Cole is standing in Ashby Vale and Tom Reed in Kelby."
    )
    # (the second clause's gapped "Tom Reed in Kelby" names the other by-election's ward: left72's rule)
    assert [w["name"] for w in extract_text("Who are Kelby First?", body)["wards"]] == ["Ashby Vale", "Kelby"]


def test_a_ward_named_for_two_places_stays_whole_without_a_place_after_the_second() -> None:
    body = "The SNP's Ann Cole has won the Aird and Loch Ness ward in Highland with 1,210 votes."
    assert [w["name"] for w in extract_text("SNP gain", body)["wards"]] == ["Aird and Loch Ness"]


def test_a_share_right_after_a_ward_the_page_reads_names_that_ward() -> None:
    page = [
        Post(post_id="p0", title="Turnout", body_text="Turnout in Ashby ward was 19.6%, and in Kelby Marsh 27.3%."),
        Post(post_id="p1", title="Green gain", body_text="The Greens have won Kelby Marsh ward with 1,118 votes."),
    ]
    extract_page(page)
    assert [w["name"] for w in (page[0].entities or {})["wards"]] == ["Ashby", "Kelby Marsh"]
