"""Results-coverage wordings round 61x still missed (fixtures/truth/heldout-61x-*): each rule is tested on wording
of its own, not on the truth pages' lines."""

from __future__ import annotations

from probes import people

from scraper.entities import extract_text


def test_an_independents_campaign_label_in_brackets_reads_the_list() -> None:
    body = (
        "Rob Hale, of Independent Save Hartwell Cottage Hospital Concern, held the seat.\n"
        "Rob Hale (Ind SHCHC) 9,210\n"
        "Ann Lowe (Lab) 7,004\n"
        "Tim Bray (LD) 1,320"
    )
    assert people(body, "Independent holds Hartwell") == [
        ("Rob Hale", "Independent Save Hartwell Cottage Hospital Concern", 9210, True),
        ("Ann Lowe", "Labour", 7004, False),
        ("Tim Bray", "Liberal Democrats", 1320, False),
    ]
    # (a label the post does not spell out: an independent, with its votes, all the same)
    assert people("Rob Hale (Ind SHC) 9,210\nAnn Lowe (Lab) 7,004", "Independent holds Hartwell")[0] == (
        "Rob Hale",
        "Independent",
        9210,
        True,
    )


def test_seats_a_swing_is_enough_for_a_party_to_take_are_no_total() -> None:
    said = "The swing to the Greens was 5%, enough for the Greens to take 12 seats in the city."
    assert extract_text("Result", said)["seat_totals"] == []
    # (the party's own total in the sentence after the swing still counts)
    held = "The swing was not enough for Labour, who now hold 12 seats on the council."
    assert [(t["party"], t["seats"]) for t in extract_text("Result", held)["seat_totals"]] == [("Labour", 12)]


def test_a_bare_is_not_after_the_sentences_winner_marks_the_loser() -> None:
    said = "So the Green takes the ward: Bob Fry is elected, and the Labour candidate Ann Lowe, who polled 410, is not."
    assert people(said)[-1] == ("Ann Lowe", "Labour", 410, False)
    assert people("Bob Fry won, and Labour's Ann Lowe did not.")[-1] == ("Ann Lowe", "Labour", None, False)
    # ('is not' with more words after it says something else of her)
    assert people("Bob Fry won, and Labour's Ann Lowe is not standing again.") == [("Bob Fry", None, None, True)]


def test_one_who_polled_fewer_than_a_named_loser_lost_too() -> None:
    said = (
        "The tie in Hill ward was settled by lot. So the independent is elected, and Labour's Ann Lowe, who had "
        "500 votes, is not. Green Cal Dyer polled 214."
    )
    assert people(said) == [("Ann Lowe", "Labour", 500, False), ("Cal Dyer", "Green Party", 214, False)]
    # (not in a ranked count, where transfers may elect one with fewer first preferences)
    ranked = said.replace("Green Cal Dyer polled 214", "Green Cal Dyer polled 214 first preferences")
    assert people(ranked)[-1] == ("Cal Dyer", "Green Party", 214, None)


def test_a_tied_pair_inseparable_in_a_place_on_their_votes_names_the_ward() -> None:
    said = (
        "After a third recount, Labour's Ann Lowe and the Green Bob Fry are inseparable in Hill Top, on 500 votes each."
    )
    assert [w["name"] for w in extract_text("Result", said)["wards"]] == ["Hill Top"]
    # (parties level in a council's area on their seats: no ward)
    assert extract_text("Result", "Labour and the Tories are level in Kelbyshire, on 20 each.")["wards"] == []


def test_a_partys_bare_share_of_the_seats_after_its_verb_is_its_total() -> None:
    said = "The Greens wanted 31 seats for control and now hold 33 of the 60, with Labour on 19 and independents 8."
    got = [(t["party"], t["seats"], t["of"]) for t in extract_text("Result", said)["seat_totals"]]
    assert got == [("Green Party", 33, 60), ("Labour", 19, None), ("Independent", 8, None)]
    # (the same figures in a sentence saying nothing of seats: no total)
    assert extract_text("Result", "The Greens now hold 33 of the 60, with Labour on 19.")["seat_totals"] == []


def test_a_seat_taken_from_the_holders_role_and_the_name_in_apposition() -> None:
    said = (
        "Bob Fry has taken Hill Top from the independent who had sat for it since 2004, Ann Lowe, by 702 votes to 455."
    )
    assert people(said) == [("Bob Fry", None, 702, True), ("Ann Lowe", "Independent", 455, False)]
    # (the sitting councillor: the loser, no party told)
    assert people("Bob Fry has taken Hill Top from the sitting councillor, Ann Lowe.")[-1] == (
        "Ann Lowe",
        None,
        None,
        False,
    )


def test_the_one_a_winner_was_tied_with_lost() -> None:
    coin = "The Green Bob Fry won Hill Top on the toss of a coin after a tie with the Labour candidate Ann Lowe."
    assert people(coin) == [("Bob Fry", "Green Party", None, True), ("Ann Lowe", "Labour", None, False)]
    drawn = "Hill Top - independent Bob Fry's name was drawn from a hat after he finished level with the Tory Ann Lowe"
    assert people(drawn)[-1] == ("Ann Lowe", "Conservative", None, False)
    # (a tie told without its winner decides nothing)
    assert people("Bob Fry tied with Ann Lowe on 300 votes.")[0] == ("Bob Fry", None, None, None)


def test_a_place_whose_both_seats_a_party_gained_is_a_ward() -> None:
    said = "In Hill Top, the Greens gained both seats from Labour."
    assert [w["name"] for w in extract_text("Result", said)["wards"]] == ["Hill Top"]
    # (a council area's many seats: no ward)
    assert extract_text("Result", "In Kelbyshire, the Greens gained 12 seats from Labour.")["wards"] == []


def test_the_winners_figure_to_the_losers_possessive_gives_the_loser_votes() -> None:
    said = (
        "In Hill Top the Green Ann Lowe finished 17 votes behind Labour's Bob Fry, who polled 1,412 to her 1,395. "
        "The Tory Cal Dyer had 88."
    )
    assert people(said) == [
        ("Ann Lowe", "Green Party", 1395, False),
        ("Bob Fry", "Labour", 1412, True),
        ("Cal Dyer", "Conservative", 88, False),
    ]


def test_one_named_in_the_losers_aside_is_not_denied_the_win() -> None:
    said = (
        "The Green Bob Fry polled 500 votes. The count is over: the Green is elected, and Labour's Ann Lowe, who was "
        "level with Mr Fry until the last box, is not."
    )
    assert people(said)[0] == ("Bob Fry", "Green Party", 500, None)


def test_votes_the_same_as_a_named_winners_are_the_winners_too() -> None:
    said = "Bob Fry won Hill Top on a coin toss. Labour's Ann Lowe had 500 votes - the same as Mr Fry."
    assert people(said)[0] == ("Bob Fry", None, 500, True)
    # (the same as a past figure of his: not his votes now)
    past = "Bob Fry won Hill Top on a coin toss. Labour's Ann Lowe had 500 votes, the same as Mr Fry in 2019."
    assert people(past)[0] == ("Bob Fry", None, None, True)


def test_one_named_apart_from_the_only_one_of_a_party_is_of_that_party() -> None:
    said = (
        "He is the only independent to win a seat tonight, apart from the mayor and Ann Lowe, the former Labour "
        "councillor who has taken Hill Top."
    )
    assert people(said) == [("Ann Lowe", "Independent", None, True)]
    assert people("She is the only Green to win a seat, besides Ann Lowe, who held Hill Top.")[-1][1] == "Green Party"
