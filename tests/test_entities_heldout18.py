"""Non-result wordings found read as results by the blind held-out sets fixtures/truth/heldout-18x-* (live pages
that are mostly not results: sport, previews, projections): each rule is tested on wording of its own, not on the
truth pages' lines."""

from __future__ import annotations

from scraper.entities import extract_text


def test_a_football_club_that_beat_another_is_no_candidate() -> None:
    out = extract_text("Bristol Rovers beat Port Vale", "Bristol Rovers won 3-1 at the Memorial Stadium on Saturday.")
    assert out["candidates"] == []
    out = extract_text("Cup upset", "Wigan Athletic beat Sheffield Wednesday on penalties after a 1-1 draw.")
    assert out["candidates"] == []


def test_a_club_word_ends_no_ward_it_is_part_of() -> None:
    out = extract_text("Count", "Independent Gwen Price won Mitchel Troy United with 611 votes.")
    assert [c["name"] for c in out["candidates"]] == ["Gwen Price"]


def test_a_seat_figure_dated_before_the_poll_is_no_total() -> None:
    body = "The Conservatives held 31 of the 48 seats on Rother District Council going into this election."
    assert extract_text("Rother", body)["seat_totals"] == []
    body = "Labour ran Exeter City Council with 29 of the 39 seats before the vote."
    assert extract_text("Exeter", body)["seat_totals"] == []


def test_a_total_after_the_count_is_kept_when_an_earlier_figure_is_dated() -> None:
    body = "The Conservatives won 22 seats on Rother District Council, down from 31 before the election."
    assert [(t["party"], t["seats"]) for t in extract_text("Rother", body)["seat_totals"]] == [("Conservative", 22)]


def test_seats_needed_to_take_control_is_no_control_won() -> None:
    body = "The Green Party needs six more seats to take control of Worthing Borough Council."
    assert extract_text("Worthing", body)["control"] == []
    body = "The Liberal Democrats failed to win control of Eastleigh Borough Council."
    assert extract_text("Eastleigh", body)["control"] == []


def test_control_won_with_enough_seats_is_kept() -> None:
    body = "The Liberal Democrats won 30 seats, enough to take control of Eastleigh Borough Council."
    assert [(c["party"], c["status"]) for c in extract_text("Eastleigh", body)["control"]] == [
        ("Liberal Democrats", "won")
    ]


def test_a_projected_shortfall_is_no_councils_seats_needed() -> None:
    body = "On these figures the BBC projects the Conservatives would be 35 seats short of a majority at Westminster."
    assert extract_text("Projection", body)["seats_needed"] == []


def test_the_two_sides_of_a_close_count_are_candidates() -> None:
    body = "A recount was called with two votes between the Green Party's Ada Pike and the Labour candidate, Sam Rowe."
    out = extract_text("Recount", body)
    assert {c["name"]: (c["party"], c["elected"]) for c in out["candidates"]} == {
        "Ada Pike": ("Green Party", None),
        "Sam Rowe": ("Labour", None),
    }


def test_two_people_a_meeting_was_between_are_no_candidates() -> None:
    body = "Talks between Ada Pike and Sam Rowe about the new library went on until midnight."
    assert extract_text("Library", body)["candidates"] == []


def test_a_city_and_district_council_is_named_whole() -> None:
    out = extract_text("Count", "The Lib Dems held Harpenden East on St Albans City and District Council.")
    assert [c["name"] for c in out["councils"]] == ["St Albans City and District Council"]


def test_no_overall_control_dated_before_the_count_is_no_control_fact() -> None:
    body = "The Greens need four seats to run Mid Suffolk District Council, under no overall control since 2019."
    assert extract_text("Mid Suffolk", body)["control"] == []
    body = "Mid Suffolk District Council had been under no overall control for two terms."
    assert extract_text("Mid Suffolk", body)["control"] == []


def test_no_overall_control_after_the_count_is_kept() -> None:
    body = "Mid Suffolk District Council is now under no overall control after the Greens lost three seats."
    assert [c["status"] for c in extract_text("Mid Suffolk", body)["control"]] == ["no overall control"]


def test_a_second_winner_in_a_sentence_takes_the_ward_its_own_verb_names() -> None:
    body = "The Greens' Ivy Stone held Castle Hill with 702 votes, and Labour's Raj Dutt has gained Moorside with 655."
    out = extract_text("Count", body)
    assert {c["name"]: c["ward"] for c in out["candidates"]} == {"Ivy Stone": "Castle Hill", "Raj Dutt": "Moorside"}


def test_a_win_or_a_defeat_outside_a_poll_names_no_candidate() -> None:
    assert extract_text("Tennis", "Harriet Dart beat Sonay Kartal 7-5 6-2 at Nottingham.")["candidates"] == []
    assert extract_text("Prize", "Pensioner Alan Booth, 71, won £250,000 on a scratchcard.")["candidates"] == []
    assert extract_text("Court", "Kevin Dyson lost his appeal against a four-year sentence.")["candidates"] == []


def test_a_win_in_a_post_about_a_poll_still_names_its_candidate() -> None:
    out = extract_text("Count", "Kate Ames won the Castle ward by 41 votes.")
    assert [(c["name"], c["elected"]) for c in out["candidates"]] == [("Kate Ames", True)]
    out = extract_text("Count", "Kate Ames won Castle for the Greens.")
    assert [(c["name"], c["elected"]) for c in out["candidates"]] == [("Kate Ames", True)]


def test_two_totals_after_by_are_no_majority() -> None:
    body = "The Conservative, Ruth Kemp, won by 1,904 votes to 1,377."
    assert extract_text("Count", body)["majorities"] == []
    body = "The car park plans were passed by 9 votes to 4 at a meeting of Ryedale District Council."
    assert extract_text("Planning", body)["majorities"] == []


def test_a_margin_by_votes_is_still_a_majority() -> None:
    body = "Ruth Kemp (Con) won Norton by 58 votes."
    assert [m["votes"] for m in extract_text("Count", body)["majorities"]] == [58]


def test_a_councillor_named_ward_is_no_ward() -> None:
    body = "Councillor Dee Ward said the new leisure centre would open in the spring."
    assert extract_text("Leisure centre", body)["wards"] == []


def test_a_seat_figure_from_the_last_election_is_no_total() -> None:
    body = "The Liberal Democrats won 17 of the 33 seats on Eastbourne Borough Council last time."
    assert extract_text("Preview", body)["seat_totals"] == []
    body = "The Greens took 9 seats on Stroud District Council in 2021."
    assert extract_text("Preview", body)["seat_totals"] == []
    body = "Five years ago the Greens took 9 seats on Stroud District Council."
    assert extract_text("Preview", body)["seat_totals"] == []


def test_a_year_far_after_a_total_or_past_a_dash_dates_something_else() -> None:
    body = "The Greens have 19 seats – the most in a council the Tories ran from its creation in 1974."
    assert [(t["party"], t["seats"]) for t in extract_text("Stroud", body)["seat_totals"]] == [("Green Party", 19)]


def test_a_candidate_who_withdrew_is_none() -> None:
    body = "The Lib Dem candidate, Priti Shah, has withdrawn from the Moorside contest for family reasons."
    assert extract_text("Moorside", body)["candidates"] == []
    body = "Reform UK candidate Owen Platt pulled out of the Moorside race on Tuesday."
    assert extract_text("Moorside", body)["candidates"] == []


def test_a_winner_after_a_rival_withdrew_is_kept() -> None:
    body = "Labour's Priti Shah won Moorside with 812 votes after the Reform UK candidate withdrew."
    assert [(c["name"], c["elected"]) for c in extract_text("Moorside", body)["candidates"]] == [("Priti Shah", True)]


def test_a_win_in_a_where_clause_with_its_own_subject_is_not_the_visitors() -> None:
    body = "Green MP Sian Berry was at the Brighton count, where the party won 23 seats."
    assert extract_text("Visit", body)["candidates"] == []


def test_a_win_in_a_where_clause_about_the_person_is_kept() -> None:
    body = "Sian Berry was re-elected in Hollingdean, where she took 1,408 votes."
    assert [(c["name"], c["votes"]) for c in extract_text("Count", body)["candidates"]] == [("Sian Berry", 1408)]


def test_an_outcome_whose_object_is_no_seat_names_no_candidate() -> None:
    body = "Conservative councillor Neil Pratt lost his appeal against a parking fine at Bradford Council."
    assert extract_text("Appeal", body)["candidates"] == []
    body = "Labour councillor Rosa Hunt won a lifetime achievement award from Calderdale Council."
    assert extract_text("Award", body)["candidates"] == []


def test_an_outcome_whose_object_is_a_seat_is_kept() -> None:
    body = "Conservative councillor Neil Pratt lost his seat on Bradford Council by 31 votes."
    assert [(c["name"], c["elected"]) for c in extract_text("Count", body)["candidates"]] == [("Neil Pratt", False)]


def test_a_runner_up_with_a_count_figure_needs_no_poll_word() -> None:
    out = extract_text("Results", "Ruth Lloyd, third on 977, said she would stand again.")
    assert [(c["name"], c["votes"]) for c in out["candidates"]] == [("Ruth Lloyd", 977)]


def test_the_poll_word_gate_answers_as_a_search_of_the_text() -> None:
    from scraper import entities
    from scraper.entities.doc import Doc

    texts = [
        ("Tennis", "Harriet Dart beat Sonay Kartal 7-5 6-2."),
        ("Count", "Kate Ames won by 41 votes."),
        ("Seated", "The crowd was seated by noon; Jo Bell won the raffle."),
        (None, "Councillors met. Jo Bell won."),
        ("Wardrobe", "A wardrobe fell on Jo Bell, who won a prize."),
        ("Recount", "A RECOUNT was held."),
    ]
    for title, body in texts:
        doc = Doc.of(title, body, entities.KEYS)
        assert entities._names_a_poll(doc) == bool(entities._POLL_WORDS_RE.search(doc.text)), (title, body)
