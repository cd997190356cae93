"""Results-coverage wordings found missing by the blind held-out sets fixtures/truth/heldout-3x-*: each rule is
tested on wording of its own, not on the truth pages' lines."""

from __future__ import annotations

from typing import Any

from scraper.entities import extract_text


def people(body: str, title: str = "Results") -> dict[str, tuple[Any, Any, Any]]:
    """name -> (party, votes, elected) of every candidate found."""
    return {c["name"]: (c["party"], c["votes"], c["elected"]) for c in extract_text(title, body)["candidates"]}


# --- result lists ----------------------------------------------------------------------------------------------


def test_party_labelled_line_with_a_dash_before_the_votes() -> None:
    body = (
        "Result for Hinckley Clarendon:\nLabour: Sita Varma – 911 votes\nConservative: Owen Bright – 874 votes\n"
        "Labour GAIN from Conservative."
    )
    assert people(body) == {"Sita Varma": ("Labour", 911, True), "Owen Bright": ("Conservative", 874, False)}


def test_party_first_dash_line_with_a_share_in_brackets() -> None:
    body = (
        "Labour – Dev Anand – 12,304 (51.2%) – ELECTED\nConservative – Maria Lowe – 9,870 (41.0%)\n"
        "Green Party – Ian Pike – 1,877 (7.8%)"
    )
    assert people(body) == {
        "Dev Anand": ("Labour", 12304, True),
        "Maria Lowe": ("Conservative", 9870, False),
        "Ian Pike": ("Green Party", 1877, False),
    }


def test_stv_list_with_the_stage_each_was_elected_at() -> None:
    body = (
        "First preferences:\nAnna Reid (SNP) 1,902 - elected stage 1\nTom Weir (Labour) 1,411 - elected at stage 4\n"
        "Gail Muir (Conservative) 655"
    )
    assert people(body) == {
        "Anna Reid": ("SNP", 1902, True),
        "Tom Weir": ("Labour", 1411, True),
        "Gail Muir": ("Conservative", 655, False),
    }


def test_not_elected_label_marks_its_items_lost_and_elected_heading_the_lines_below_won() -> None:
    body = (
        "Perth City North ward – elected:\nRuth Ogilvie (SNP)\nSam Dewar (Labour)\n"
        "Not elected: Hugh Rattray (Conservative), Isla Kerr (Scottish Green Party)"
    )
    assert people(body) == {
        "Ruth Ogilvie": ("SNP", None, True),
        "Sam Dewar": ("Labour", None, True),
        "Hugh Rattray": ("Conservative", None, False),
        "Isla Kerr": ("Scottish Green Party", None, False),
    }


def test_an_elected_heading_ends_at_a_line_that_is_not_a_list_item() -> None:
    body = "Elected:\nRuth Ogilvie (SNP)\nThe count went on until late.\nSam Dewar (Labour) 840"
    assert people(body)["Sam Dewar"][2] is not True


# --- seat totals -----------------------------------------------------------------------------------------------


def totals(body: str, title: str = "Results") -> list[tuple[Any, Any]]:
    return [(t["party"], t["seats"]) for t in extract_text(title, body)["seat_totals"]]


def test_a_seat_target_or_forecast_is_not_a_total() -> None:
    assert totals("The Liberal Democrats need to hold 28 seats to keep control of the council.") == []
    assert totals("Labour hope to win 40 seats on the county council.") == []
    assert totals("The Greens could end up with 10 seats.") == []
    assert totals("Labour now hold 35 seats on the council.") == [("Labour", 35)]


def test_scoreboard_lines_with_the_change_in_brackets() -> None:
    body = (
        "State of the parties on Lancashire County Council after 70 of 84 divisions:\n"
        "Reform UK 48 (+48)\nConservative 9 (-39)\nLab 7 (-5)\nIndependent 6 (0)"
    )
    assert totals(body) == [("Reform UK", 48), ("Conservative", 9), ("Labour", 7), ("Independent", 6)]


def test_lines_of_votes_with_shares_in_brackets_or_too_many_are_not_a_scoreboard() -> None:
    assert totals("Reform UK 48 (31%)\nConservative 29 (20%)") == []
    assert totals("Reform UK 1,048 (+348)\nConservative 912 (-201)") == []
    assert totals("Only one line: Reform UK 48 (+48)") == []


# --- wards and councils ----------------------------------------------------------------------------------------


def wards(body: str, title: str = "Results") -> list[tuple[Any, Any]]:
    return [(w["name"], w["council"]) for w in extract_text(title, body)["wards"]]


def test_a_possessive_that_opens_a_place_name_stays_in_the_ward() -> None:
    assert wards("Conservative Jo Bell held the Bishop's Cleeve division with 900 votes.") == [
        ("Bishop's Cleeve", None)
    ]
    assert wards("Conservative Jo Bell held the St Mary's Park seat with 900 votes.") == [("St Mary's Park", None)]
    # a town's possessive before its ward is still cut off
    assert wards("Plaid Cymru's Ann Roberts won Bangor's Deiniol ward with 300 votes.") == [("Deiniol", None)]


def test_a_ward_heading_with_its_council_between_the_name_and_the_seats() -> None:
    body = "Kinross-shire, Perth and Kinross Council (4 seats): the SNP's Ali Dunn topped the poll with 1,950."
    assert wards(body) == [("Kinross-shire", "Perth and Kinross Council")]


def test_a_dea_of_a_council_names_the_ward_and_the_council_apart() -> None:
    out = extract_text("Count", "Counting in the Erne East DEA of Fermanagh and Omagh District Council has resumed.")
    assert [c["name"] for c in out["councils"]] == ["Fermanagh and Omagh District Council"]
    assert [(w["name"], w["council"]) for w in out["wards"]] == [("Erne East", "Fermanagh and Omagh District Council")]


# --- outcomes in prose -----------------------------------------------------------------------------------------


def test_were_both_defeated_is_a_loss_not_a_win() -> None:
    body = "Cllr Ann Lee held on, but her colleagues Tom Hardy and Ian Hart were both defeated."
    out = people(body)
    assert (out["Tom Hardy"][2], out["Ian Hart"][2]) == (False, False)
    assert out["Ann Lee"][2] is True


def test_excluded_at_a_stage_is_a_loss() -> None:
    assert people("The SDLP's Ian Hart was excluded at stage five.") == {"Ian Hart": ("SDLP", None, False)}


def test_tipped_to_win_is_no_outcome() -> None:
    body = "The Labour candidate, Ian Hart, had been tipped to win after the party's strong showing."
    assert people(body).get("Ian Hart", (None, None, None))[2] is None


def test_a_margin_of_votes_ahead_or_clear_is_not_the_winners_votes() -> None:
    assert people("Conservative Ann Lee held the seat, finishing 1,240 votes ahead of Labour.")["Ann Lee"][1] is None
    assert people("Ann Lee won, 42 votes clear of Tom Hardy.")["Ann Lee"][1] is None
    assert people("Ann Lee won with 900 votes, 42 votes clear of Tom Hardy.")["Ann Lee"][1] == 900


def test_an_ordinal_opening_a_headline_is_not_a_forename() -> None:
    out = people("Labour's Ann Lee took 41% of the vote.", title="First Tees and Wear mayor elected")
    assert "First Tees" not in out
    assert "Ann Lee" in out


def test_a_run_after_won_or_gained_is_the_seat_not_a_rival() -> None:
    out = people("Conservative Jo Bell won Bishops Cleeve with 900 votes.")
    assert out == {"Jo Bell": ("Conservative", 900, True)}


def test_a_gapped_verb_gives_the_next_name_its_figure() -> None:
    out = people("Conservative Ann Lee got 1,604 and the Green Party's Tom Hardy 219 – a record for the party.")
    assert out["Tom Hardy"] == ("Green Party", 219, None)
    out = people("Labour's Ann Lee received 812 votes and Reform UK candidate Tom Hardy 640.")
    assert out["Tom Hardy"][:2] == ("Reform UK", 640)


def test_a_bare_figure_after_a_name_without_a_gapped_verb_is_no_votes() -> None:
    # a new sentence: no verb to carry over
    assert people("Ann Lee got 604 votes. Tom Hardy 219 was the bus route.").get("Tom Hardy", (0, None))[1] is None
    assert (
        people("Conservative Ann Lee got 1,604 and Tom Hardy 20% of the vote.").get("Tom Hardy", (0, None))[1] is None
    )


def test_a_party_role_with_a_name_in_apposition_is_that_name_not_the_one_before() -> None:
    out = people("Ann Lee polled 1,465 votes. The Conservative candidate, Tom Hardy, got 604 votes.")
    assert out["Tom Hardy"][:2] == ("Conservative", 604)
    assert out["Ann Lee"][0] != "Conservative"
    # with no name after it, the description still points back
    assert people("Ann Lee stood for the Tories. The Conservative polled 1,465 votes.")["Ann Lee"][:2] == (
        "Conservative",
        1465,
    )


def test_a_winner_inferred_from_votes_makes_the_others_with_fewer_votes_losers() -> None:
    body = "Ann Lee polled 1,465 votes, ahead of Reform UK's Tom Hardy on 1,153. The Conservative, Ian Hart, got 604."
    out = people(body, title="Labour hold Northfield by-election")
    assert (out["Ann Lee"][2], out["Tom Hardy"][2], out["Ian Hart"][2]) == (True, False, False)


def test_two_parties_sharing_a_figure_each_after_a_seat_total() -> None:
    body = "Labour won 20 seats and the Conservatives 12, with the Greens and an independent taking one each."
    assert totals(body) == [("Labour", 20), ("Conservative", 12), ("Green Party", 1), ("Independent", 1)]
    # votes each, in a sentence of its own, are no seats
    body = "Labour won 20 seats and the Conservatives 12. The Greens and Reform UK won 300 votes each."
    assert totals(body) == [("Labour", 20), ("Conservative", 12)]
