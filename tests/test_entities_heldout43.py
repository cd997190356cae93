"""Results-coverage wordings found missing by the blind held-out pages fixtures/truth/heldout-43x-* (a BBC WebCore
general election night in one English region, a BBC LX London mayoral and Assembly count): each rule is tested on
wording of its own, not on the truth pages' lines."""

from __future__ import annotations

from typing import Any

from probes import people

from scraper.entities import extract_text


def totals(body: str, title: str = "Results") -> list[tuple[Any, ...]]:
    return [(s["party"], s["seats"]) for s in extract_text(title, body)["seat_totals"]]


def councils(body: str, title: str = "Result") -> list[str]:
    return [c["name"] for c in extract_text(title, body)["councils"]]


# --- a constituency is no council -------------------------------------------------------------------------------


def test_a_bare_city_of_name_in_a_post_about_an_mp_is_a_constituency() -> None:
    body = (
        "Chester voters have elected a Liberal Democrat for the first time: the party gained City of Chester by 2,400 "
        "votes.\nLabour's Sam Dyson, the sitting MP, came second."
    )
    assert councils(body, title="Chester result") == []


def test_a_city_of_council_still_counts_where_no_parliament_is_spoken_of() -> None:
    body = "The Liberal Democrats are now the largest group on City of Lincoln council after gaining four wards."
    assert councils(body) != []


def test_areas_kept_in_a_sentence_about_a_constituency_are_no_councils() -> None:
    body = "With the constituency count finished, the Greens have held Lambeth and Southwark."
    assert councils(body, title="Greens hold on") == []


def test_areas_kept_with_no_constituency_named_are_still_councils() -> None:
    body = "After a long night, the Greens have held Lambeth and Southwark."
    assert set(councils(body, title="Greens hold on")) == {"Lambeth Council", "Southwark Council"}


# --- Commons totals ---------------------------------------------------------------------------------------------


def test_mps_counted_across_the_country_are_a_commons_total() -> None:
    body = "The Green Party has now won 9 MPs across the country, its best result ever."
    assert totals(body) == [("Green Party", 9)]


def test_mps_followed_by_a_place_of_their_own_are_not_read_as_a_total() -> None:
    assert totals("The Greens now have 9 MPs standing down at this election.") == []


# --- a past result's run ----------------------------------------------------------------------------------------


def test_a_run_after_a_seat_figure_dated_before_the_poll_is_the_past_result() -> None:
    body = "At the last count the Conservatives won 19 seats in 2019, Labour 14, the Greens four and independents two."
    assert totals(body) == []


def test_a_verb_after_the_dated_figure_opens_a_current_total() -> None:
    body = "Reform, which had 3 councillors four years ago, now has 29 seats, with Labour on 12."
    assert ("Reform UK", 29) in totals(body)
    assert ("Reform UK", 3) not in totals(body)


# --- a region's seats -------------------------------------------------------------------------------------------


def test_a_regions_seats_shared_out_are_not_commons_totals() -> None:
    body = (
        "Every one of the 44 seats in the West Midlands has now been declared.\n"
        "Labour took 24, the Conservatives 12 and Reform UK 8."
    )
    assert totals(body) == []


def test_the_commons_total_after_a_regional_share_is_kept() -> None:
    body = "Labour won 20 of the South West's 58 seats.\nNationally, Labour now have 330 MPs and the Conservatives 150."
    assert totals(body) == [("Labour", 330), ("Conservative", 150)]


# --- list members under a heading naming the body -----------------------------------------------------------------


def test_regional_members_of_a_named_body_under_a_heading_were_elected() -> None:
    body = (
        "The four regional Senedd members for this region are:\n"
        "Owen Rhys (Plaid Cymru)\nCarys Lloyd (Reform UK)\nDafydd Hale (Labour)\nSian Pugh (Conservative)"
    )
    assert {name: elected for name, _, _, elected in people(body)} == {
        "Owen Rhys": True,
        "Carys Lloyd": True,
        "Dafydd Hale": True,
        "Sian Pugh": True,
    }


# --- a town's seats are its constituencies ----------------------------------------------------------------------


def test_a_towns_several_seats_do_not_make_a_constituency_multi_member() -> None:
    body = (
        "Labour's Omar Farid held Leeds Central, the only one of the city's four seats to stay red.\n"
        "Mr Farid polled 16,020 votes. Reform UK's Gail Hurst had 12,110 and the Green Party's Tom Pyke 5,400."
    )
    assert {name: elected for name, _, _, elected in people(body)} == {
        "Omar Farid": True,
        "Gail Hurst": False,
        "Tom Pyke": False,
    }


def test_a_wards_several_seats_still_leave_runners_up_undecided() -> None:
    body = (
        "Labour's Omar Farid topped the poll for the ward's three seats with 2,020 votes.\n"
        "Reform UK's Gail Hurst had 1,910 and the Green Party's Tom Pyke 1,400."
    )
    assert {name: elected for name, _, _, elected in people(body)}["Gail Hurst"] is not False


# --- a count venue is no person ---------------------------------------------------------------------------------


def test_a_count_venue_named_after_a_declaration_is_no_candidate() -> None:
    body = (
        "Amy Hale (Conservative) 14,002 - elected\n"
        "Rob Kaur (Labour) 12,876\n"
        "The count at the Whitby Academy Stadium took three hours."
    )
    assert [name for name, _, _, _ in people(body, title="Scarborough and Whitby declares")] == ["Amy Hale", "Rob Kaur"]


# --- a body's member between the party and the name -------------------------------------------------------------


def test_a_party_before_assembly_member_is_the_members_party() -> None:
    body = "Plaid Cymru's Elin Rowlands won 9,870 votes, beating the Labour Assembly member Huw Davies on 8,402."
    got = {name: party for name, party, _, _ in people(body)}
    assert got == {"Elin Rowlands": "Plaid Cymru", "Huw Davies": "Labour"}


# --- a count still going: one side leads ------------------------------------------------------------------------


def test_a_name_leading_another_in_a_count_makes_both_candidates_undecided() -> None:
    body = (
        "At the Bolton count the Green councillor Ruth Pike is leading the Reform candidate Jon Tate by about 90 votes."
    )
    assert people(body) == [("Ruth Pike", "Green Party", None, None), ("Jon Tate", "Reform UK", None, None)]


def test_leading_a_party_or_a_campaign_is_no_candidacy() -> None:
    assert people("Sir Ed Davey leads the Liberal Democrats into a third election as leader.") == []


# --- a share of the vote in a count going on --------------------------------------------------------------------


def test_a_partys_person_with_a_share_of_the_vote_is_a_candidate() -> None:
    body = "Halfway through the count, the Green Party's Nia Owusu has 41% of the first-round vote."
    assert people(body, title="Mayoral count") == [("Nia Owusu", "Green Party", None, None)]


def test_shares_gapped_after_a_first_share_name_candidates_too() -> None:
    body = (
        "In the latest count the SNP's Iain Ross has 44 per cent of the vote, Labour's Jo Kerr 31 per cent and the "
        "Greens' Amy Fyfe 12 per cent."
    )
    assert people(body, title="Count update") == [
        ("Iain Ross", "SNP", None, None),
        ("Jo Kerr", "Labour", None, None),
        ("Amy Fyfe", "Green Party", None, None),
    ]


def test_a_percentage_after_a_name_with_no_share_before_it_names_no_candidate() -> None:
    assert people("Turnout was 41%, and Kemi Badenoch 12% ahead in the leadership poll.") == []
