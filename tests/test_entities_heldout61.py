"""Results-coverage wordings found missing by the blind held-out pages fixtures/truth/heldout-61x-* (a Guardian page
of the 2005 general election overnight, a BBC WebCore page of a count day of ties, recounts and one-vote wins, a text
copy of an ITV Wales page of the 2012 Welsh council results): each rule is tested on wording of its own, not on the
truth pages' lines."""

from __future__ import annotations

from typing import Any

from scraper.entities import extract_text
from tests.probes import people


def test_a_partys_short_name_a_dash_then_the_name_and_votes_is_a_list_item() -> None:
    body = "Abertillery, two seats:\nPC - Sian Morgan 1,021\nPC - Huw Bevan 988\nCon - Alan Frew 412"
    assert people(body, "Plaid take Abertillery") == [
        ("Sian Morgan", "Plaid Cymru", 1021, True),
        ("Huw Bevan", "Plaid Cymru", 988, True),
        ("Alan Frew", "Conservative", 412, False),
    ]


def test_a_dash_after_a_party_before_a_verdict_is_not_an_item() -> None:
    body = "Lab - gain from Con 2019\nThe Conservatives held on elsewhere."
    assert people(body, "Roundup") == []


def totals(body: str, title: str = "Results", *, parliament_page: bool = False) -> list[tuple[Any, ...]]:
    found = extract_text(title, body, parliament_page=parliament_page)["seat_totals"]
    return [(s["party"], s["seats"]) for s in found]


def test_rows_under_the_tally_so_far_are_a_running_tally() -> None:
    body = (
        "Two hours into the count at Ferrybridge Leisure Centre. The tally so far:\nConservative 8\nLabour 5\nGreen 2"
    )
    assert totals(body, "Early results") == [("Conservative", 8), ("Labour", 5), ("Green Party", 2)]


def test_a_tally_of_hundreds_on_a_general_election_page_is_the_commons() -> None:
    body = "Half the seats are in. The tally so far:\nConservative: 201\nLabour: 96\nSNP: 20\nOthers: 8"
    assert totals(body, "Halfway", parliament_page=True) == [("Conservative", 201), ("Labour", 96), ("SNP", 20)]


def test_a_tally_of_hundreds_elsewhere_is_still_not_seats() -> None:
    body = "Half the seats are in. The tally so far:\nConservative: 201\nLabour: 96\nSNP: 20"
    assert totals(body, "Halfway") == []


def test_projected_seats_under_a_forecast_heading_are_not_a_tally() -> None:
    body = "The exit poll is out. The projected seats are:\nConservative 301\nLabour 240\nSNP 41"
    assert totals(body, "Exit poll", parliament_page=True) == []


def test_a_win_that_only_appeared_so_is_left_to_the_declared_result() -> None:
    body = (
        "At first the Green Pat Orme seemed to have won by a single vote, but a recount was called.\n"
        "The Labour candidate, Ivy Marr, has now been declared elected, with 702 votes to Ms Orme's 699."
    )
    assert people(body, "Recount in Brook") == [
        ("Pat Orme", "Green Party", 699, False),
        ("Ivy Marr", "Labour", 702, True),
    ]


def test_a_candidate_who_appears_to_have_won_is_still_a_candidate() -> None:
    body = "The independent Rob Kaye appears to have won, but the Conservatives want the bundles checked."
    assert people(body, "Sedgeford") == [("Rob Kaye", "Independent", None, None)]


def wards(body: str, title: str = "Results") -> list[str]:
    return [w["name"] for w in extract_text(title, body)["wards"]]


def test_a_heading_line_naming_a_place_and_its_seats_after_a_comma_is_a_ward() -> None:
    body = "Cwmbach, two seats:\nAnn Rees (Lab) 912\nTom Pugh (Lab) 870\nBob Jay (Ind) 433"
    assert wards(body, "Aberdare count") == ["Cwmbach"]


def test_a_sentence_about_a_places_seats_after_a_comma_is_no_heading() -> None:
    body = "In Cwmbach, two seats went to Labour.\nAnn Rees (Lab) 912"
    assert wards(body, "Aberdare count") == []
    assert wards("Today, two seats:\nAnn Rees (Lab) 912", "Aberdare count") == []


def test_llais_gwynedd_is_a_party_of_its_own() -> None:
    body = (
        "Bethel result:\nGlyn Bowen (Llais Gwynedd) 377\nMared Hughes (Plaid) 351\n"
        "Llais Gwynedd now have 11 councillors."
    )
    assert people(body, "Llais Gwynedd hold Bethel") == [
        ("Glyn Bowen", "Llais Gwynedd", 377, True),
        ("Mared Hughes", "Plaid Cymru", 351, False),
    ]
    assert totals(body, "Llais Gwynedd hold Bethel") == [("Llais Gwynedd", 11)]


def test_a_pair_on_so_many_votes_apiece_share_the_figure() -> None:
    body = "After a recount, Labour's Ann Roe and the Green Tom Hay cannot be separated, on 412 votes apiece."
    assert people(body, "Dead heat in Brook") == [
        ("Ann Roe", "Labour", 412, None),
        ("Tom Hay", "Green Party", 412, None),
    ]


def test_a_round_up_lines_winner_told_by_the_margin_alone() -> None:
    body = (
        "The narrowest wins of the day:\nHigh Fell (Kelby) - the Green Ola Brandt by three votes\n"
        "Moor End (Ashdale) - Reform's Dev Rana by one"
    )
    assert [c[:2] + c[3:] for c in people(body, "Photo finishes")] == [
        ("Ola Brandt", "Green Party", True),
        ("Dev Rana", "Reform UK", True),
    ]


def test_a_margin_after_a_dash_in_prose_names_no_winner() -> None:
    body = "Labour held Brook comfortably - the Conservative Tom Hay by 300 votes behind in second."
    assert ("Tom Hay", "Conservative", None, True) not in people(body, "Brook")


def test_a_running_tallys_figure_may_name_the_councils_place_after_it() -> None:
    body = "With 50 of the 54 seats declared, the Lib Dems are on 27 in South Ashdale - one short of control."
    assert totals(body, "Nearly there") == [("Liberal Democrats", 27)]
