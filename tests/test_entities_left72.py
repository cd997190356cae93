"""Rounds 64x/60x/63x leftovers: each rule is tested on wording of its own, not on the truth pages' lines."""

from __future__ import annotations

from probes import people

from scraper.entities import extract_page, extract_text
from scraper.models import Post


def test_a_member_back_with_a_figure_or_majority_was_re_elected() -> None:
    body = "Ashby, Lib Dem hold, Wes Farrant back with 2,210. Eastmoor, Labour hold, Ida Crane back with 640."
    assert people(body) == [("Wes Farrant", "Liberal Democrats", 2210, True), ("Ida Crane", "Labour", 640, True)]
    assert people("Ida Crane is back with a bigger majority in Eastmoor.")[0][3] is True
    # (back with family or friends is no return to a seat)
    assert people("Ida Crane is back with her family after the count in Eastmoor.") == []


def test_the_sides_of_a_close_count_named_by_title_or_by_party_before_a_comma() -> None:
    body = "Staff began a recount, with four votes between Councillor Ivy Holt and the Green, Dan Shore."
    assert people(body, "Recount") == [("Ivy Holt", None, None, None), ("Dan Shore", "Green Party", None, None)]
    body = "A recount was ordered, a margin of two votes between Dr Ivy Holt and the Labour candidate, Dan Shore."
    assert [p[0] for p in people(body, "Recount")] == ["Ivy Holt", "Dan Shore"]
    # (a meeting between the two, with no count in the sentence, makes no candidates)
    assert people("Talks between Councillor Ivy Holt and the Conservative, Dan Shore, went on.", "Library") == []


def parties(body: str) -> dict[str, str | None]:
    """Each candidate's party in a one-post text, by name."""
    return {name: party for name, party, _, _ in people(body)}


def test_a_gapped_tally_after_a_partys_possessive_gives_both_names_the_party() -> None:
    body = "Labour held Parkside. Ada Quinn won 1,604 votes. Reform's Ida Bell got 1,187 and Sam Dole 1,140."
    assert parties(body) == {"Ada Quinn": "Labour", "Ida Bell": "Reform UK", "Sam Dole": "Reform UK"}
    body = "Labour held Parkside with 1,604 votes. The Greens' Ida Bell had 990 and Sam Dole 870."
    assert parties(body)["Sam Dole"] == "Green Party"
    # (the second name's own party stays its own; with no possessive, no party is shared)
    body = "Labour held Parkside. Ada Quinn won 1,604 votes. Reform's Ida Bell got 1,187 and the Green Sam Dole 1,140."
    assert parties(body)["Sam Dole"] == "Green Party"
    body = "Labour held Parkside. Ada Quinn won 1,604 votes. Ida Bell of Reform got 1,187 and Sam Dole 1,140."
    assert parties(body)["Sam Dole"] is None


def wards_of(body: str, title: str = "Kelby council results") -> list[str]:
    """The wards a one-post text names."""
    return [w["name"] for w in extract_text(title, body)["wards"]]


def test_a_town_in_the_sentence_before_a_lists_label_is_not_the_lists_ward() -> None:
    rows = "\nAda Quinn (Labour) 1,204 - elected\nIvo Penn (Reform UK) 877"
    body = "Ashby, one of the two-seat wards in Kelby, went down to the wire. Here are the figures:" + rows
    assert wards_of(body) == ["Ashby"]
    # (a label naming the place in its own sentence still names the list's ward)
    assert wards_of("The count went late. The votes in Marsh End, once the bundles were checked:" + rows) == [
        "Marsh End"
    ]


def test_a_council_areas_name_called_a_ward_in_apposition_is_that_ward() -> None:
    body = "Lincoln, one of the two-seat wards of Kelby, stayed Labour: Ada Quinn won 1,204 votes and Ivo Penn 877."
    assert wards_of(body) == ["Lincoln"]
    assert wards_of("Results came in from Lincoln, a three-member ward, where Ada Quinn won with 1,204 votes.") == [
        "Lincoln"
    ]
    # (a council's area called a town, not a ward, is none)
    assert wards_of("Lincoln, one of the towns with most wards, saw Ada Quinn win with 1,204 votes.") == []


def test_a_beaten_candidate_stood_for_the_independents_a_seat_was_taken_from() -> None:
    body = "Reform have taken Ashby from the independents. Ada Quinn beat sitting councillor Ivo Penn by 88 votes."
    assert parties(body) == {"Ada Quinn": "Reform UK", "Ivo Penn": "Independent"}
    body = "The Greens took Ashby from an independent. Ada Quinn beat Ivo Penn by 88 votes."
    assert parties(body)["Ivo Penn"] == "Independent"
    # (votes drawn from independent-minded voters are no seat taken from a party)
    body = "Reform won Ashby with votes from independent-minded voters. Ada Quinn beat Ivo Penn by 88 votes."
    assert parties(body)["Ivo Penn"] is None


def test_an_old_ward_the_new_boundaries_did_away_with_is_no_ward() -> None:
    body = "Reform took Hollins Cross with 1,020 votes. The new ward swallows most of the former Brook Street ward."
    assert wards_of(body) == ["Hollins Cross"]
    assert wards_of("Ada Quinn won Hollins Cross, part of her old Mere ward, with 1,020 votes.") == ["Hollins Cross"]
    # (a ward also named as a contest of this count stays one)
    body = "Labour held Mere: Ada Quinn won 1,020 votes, more than she ever had in the old Mere ward."
    assert wards_of(body) == ["Mere"]
    # (nor is a by-election's one ward, its winner's old ward)
    assert wards_of("Ada Quinn has won a by-election in her old Mere ward with 1,020 votes.") == ["Mere"]


def test_a_second_name_with_a_place_after_a_left_out_standing_verb_is_a_candidate_there() -> None:
    body = "The party has candidates in both by-elections. Ada Quinn is standing in Ashby and Ivo Penn in Mere Vale."
    facts = extract_text("Who is standing?", body)
    assert [(c["name"], c["ward"]) for c in facts["candidates"]] == [("Ada Quinn", "Ashby"), ("Ivo Penn", "Mere Vale")]
    # (a name with no place of its own after it stands nowhere)
    body = (
        "The party has candidates in both by-elections. Ada Quinn is standing in Ashby and Ivo Penn in his spare time."
    )
    assert [c["name"] for c in extract_text("Who is standing?", body)["candidates"]] == ["Ada Quinn"]


def page_wards(*posts: tuple[str, str]) -> list[list[str]]:
    """The wards each post of a page names, read with the page's other posts."""
    page = [Post(post_id=f"p{i}", title=title, body_text=body) for i, (title, body) in enumerate(posts)]
    extract_page(page)
    return [[w["name"] for w in (post.entities or {})["wards"]] for post in page]


def test_seats_lost_or_gained_in_a_list_of_the_pages_wards_name_those_wards() -> None:
    results = [
        ("Greens take Ashby", "The Greens gained Ashby from Labour, Ada Quinn winning 1,204 votes."),
        ("Greens take Mere", "The Greens gained Mere from Labour, Ivo Penn winning 988 votes."),
    ]
    said = ("Labour react", 'Labour\'s leader called the losses in Ashby and Mere "a wake-up call".')
    assert page_wards(*results, said)[2] == ["Ashby", "Mere"]
    said = ("Labour react", "Labour's leader said the party had lost good councillors in Ashby, Mere and Kelby.")
    assert page_wards(*results, said)[2] == ["Ashby", "Mere"]
    # (a ward the page reads, named in passing with no seat lost or won there, is still none)
    said = ("Labour react", "Labour's leader was seen in Ashby and Mere before the count.")
    assert page_wards(*results, said)[2] == []


def seat_totals(body: str, title: str = "Running totals") -> list[tuple[str, int]]:
    """Each seat total of a one-post text as (party, seats)."""
    return [(t["party"], t["seats"]) for t in extract_text(title, body)["seat_totals"]]


def test_one_more_partys_seats_after_a_tallys_pairs_with_for_the_party() -> None:
    body = "With 12 of the 30 wards in, Reform have 16 seats and the Conservatives five, with two for the Lib Dems."
    assert seat_totals(body) == [("Reform UK", 16), ("Conservative", 5), ("Liberal Democrats", 2)]
    # (votes for a party after the pairs are no seats)
    body = "With 12 of the 30 wards in, Reform have 16 seats and the Conservatives five, with 900 votes for the Greens."
    assert seat_totals(body) == [("Reform UK", 16), ("Conservative", 5)]


def test_a_count_halted_in_one_of_the_pages_wards_names_that_ward() -> None:
    results = [
        ("Greens take Ashby", "The Greens gained Ashby from Labour, Ada Quinn winning 1,204 votes."),
        ("Reform hold Mere", "Reform held Mere, Ivo Penn winning 988 votes."),
    ]
    halted = ("Count stopped", "Counting in Mere has been halted while a bundle of ballot papers is checked.")
    assert page_wards(*results, halted)[2] == ["Mere"]
    # (a count halted in a hall, no ward of the page, names none)
    halted = ("Count stopped", "Counting in the main hall has been halted while a bundle of ballot papers is checked.")
    assert page_wards(*results, halted)[2] == []


def test_a_winner_in_the_second_clause_of_two_results_is_of_that_clauses_party() -> None:
    body = "Kelby was a Reform gain, and in Mere the Lib Dems held on, Ida Crane re-elected there."
    assert parties(body) == {"Ida Crane": "Liberal Democrats"}
    body = "Kelby was a Reform gain; in Mere the Lib Dems held on, with Ida Crane re-elected."
    assert parties(body) == {"Ida Crane": "Liberal Democrats"}
    # (two winners in one clause leave the party open)
    assert parties("Reform held Kelby and the Lib Dems held Mere, Ida Crane re-elected there.") == {"Ida Crane": None}


def test_one_of_the_pages_wards_a_party_is_defending_is_named() -> None:
    results = [
        ("Greens take Ashby", "The Greens gained Ashby from Labour, Ada Quinn winning 1,204 votes."),
        ("Reform hold Mere", "Reform held Mere, Ivo Penn winning 988 votes."),
    ]
    preview = ("What to watch", "Look out for Mere, where Reform are defending a majority of 40.")
    assert page_wards(*results, preview)[2] == ["Mere"]
    # (the place where a party's people are, defending nothing, is none)
    preview = ("What to watch", "Look out for Mere, where Reform have their office.")
    assert page_wards(*results, preview)[2] == []
