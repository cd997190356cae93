"""Results-coverage wordings found missing by the blind held-out sets fixtures/truth/heldout-6x-*: each rule is
tested on wording of its own, not on the truth pages' lines."""

from __future__ import annotations

from typing import Any

from scraper.entities import extract_text


def people(body: str, title: str = "Results") -> dict[str, tuple[Any, Any, Any]]:
    """name -> (party, votes, elected) of every candidate found."""
    return {c["name"]: (c["party"], c["votes"], c["elected"]) for c in extract_text(title, body)["candidates"]}


def test_the_main_verb_outranks_a_relative_clause_after_the_name() -> None:
    body = "Ex-councillor Morris Quayle, who was beaten by Labour last spring, was returned with 744 votes."
    assert people(body, "By-election")["Morris Quayle"][2] is True
    # with no verb after it, the relative clause's verb is still the name's
    assert people("Ann Voss, who beat the sitting Tory, thanked her team.", "Count")["Ann Voss"][2] is True


def test_a_bare_figure_taken_is_a_runners_votes() -> None:
    body = "Labour's Wendy Ault won with 933 votes. The Reform candidate, Lionel Pym, took 412."
    assert people(body, "By-election")["Lionel Pym"] == ("Reform UK", 412, False)
    # a winner who "took" votes or a share still won
    assert people("Green Tessa Moyle took 1,020 votes to win Eastgate.")["Tessa Moyle"][2] is True


def test_a_labelled_ticker_verdict_gives_the_winner_named_next_his_party() -> None:
    body = "Mendip District Council, Frome North: LD gain from Ind.\nCllr Ruth Awbery was elected with 655 votes."
    assert people(body, "By-election")["Ruth Awbery"] == ("Liberal Democrats", 655, True)


def test_a_result_list_under_a_wards_verdict_line() -> None:
    body = "\n".join(
        [
            "Labour kept Ancoats, but the Greens gained a seat in the south of the city.",
            "Fallowfield - Green gain from Lab",
            "Imogen Dace (Green) 1,310",
            "Raj Sandhu (Lab) 1,007",
            "Colin Pye (Con) 150",
        ]
    )
    got = people(body, "Round-up")
    assert got == {
        "Imogen Dace": ("Green Party", 1310, True),
        "Raj Sandhu": ("Labour", 1007, False),
        "Colin Pye": ("Conservative", 150, False),
    }


def test_to_defeat_someone_is_their_defeat_but_not_when_only_hoped_for() -> None:
    body = "Liberal Democrat Nell Orchard won Abbeymead with 901 votes to defeat Labour's Oscar Tighe."
    assert people(body)["Oscar Tighe"] == ("Labour", None, False)
    hoped = people("Nell Orchard, who polled 901 votes, is hoping to unseat Labour's Oscar Tighe next year.", "Preview")
    assert "Oscar Tighe" not in hoped


def test_a_local_groups_name_before_a_candidate() -> None:
    body = "The Boston Independents won 11 seats. Boston Independent Carl Hebden was elected in Skirbeck."
    assert people(body)["Carl Hebden"] == ("Boston Independents", None, True)


def test_a_surname_that_is_also_a_common_word_in_a_result_list() -> None:
    body = "Hexley West result:\nGavin Ward (Labour) 812\nLaura Hill (Conservative) 640"
    assert people(body) == {"Gavin Ward": ("Labour", 812, None), "Laura Hill": ("Conservative", 640, None)}


def wards(body: str, title: str = "Results") -> list[str]:
    return [w["name"] for w in extract_text(title, body)["wards"]]


def test_a_ward_opening_on_a_building_word() -> None:
    assert wards("Cllr Dawn Poole lost her seat in Club Moor to the Greens.") == ["Club Moor"]
    assert wards("Counting resumed at the Civic Centre this morning.", "Count") == []


def test_unseated_in_a_ward() -> None:
    assert wards("Conservative Ivor Bell was unseated in Kirk Sandall by an independent.") == ["Kirk Sandall"]


def test_a_gapped_figure_on_the_first_count() -> None:
    body = "Green Rhian Tull had 960 and Labour's Owen Madoc 951 on the first count, so a recount was called."
    assert people(body, "Recount")["Owen Madoc"] == ("Labour", 951, None)


def test_people_listed_after_were_elected_with_their_figures() -> None:
    body = "In Haltwhistle, two Green candidates were elected: Mabel Orr 1,204 and Piers Lomax 1,150."
    facts = extract_text("Results", body)
    got = {c["name"]: (c["party"], c["votes"], c["elected"]) for c in facts["candidates"]}
    assert got == {"Mabel Orr": ("Green Party", 1204, True), "Piers Lomax": ("Green Party", 1150, True)}
    assert [w["name"] for w in facts["wards"]] == ["Haltwhistle"]


def test_a_tie_settled_by_drawing_lots() -> None:
    body = (
        "The Priory seat was settled by lot after the two leading candidates tied on 644 votes. "
        "Labour's Nia Bevan and Plaid Cymru's Gwion Rees were level after a second recount. "
        "The returning officer drew lots and Ms Bevan's name was drawn out first."
    )
    got = people(body, "Tie")
    assert got["Nia Bevan"] == ("Labour", 644, True)
    assert got["Gwion Rees"] == ("Plaid Cymru", 644, False)


def test_a_partys_casualties_listed_after_included() -> None:
    body = "The beaten Lib Dems included deputy leader Fay Orton, who lost in Hythe by 40 votes."
    assert people(body, "Casualties")["Fay Orton"] == ("Liberal Democrats", None, False)


def totals(body: str, title: str = "Results") -> set[tuple[str, int]]:
    return {(t["party"], t["seats"]) for t in extract_text(title, body)["seat_totals"]}


def test_a_total_of_the_countys_seats() -> None:
    assert totals("The Greens now hold 12 of the borough's 45 seats.") == {("Green Party", 12)}


def test_elliptic_totals_with_also_and_winning() -> None:
    body = "Labour won 20 seats on Hallam Council. The Tories also won six, with the Greens winning two."
    assert totals(body) == {("Labour", 20), ("Conservative", 6), ("Green Party", 2)}


def test_figures_in_words_before_parties_in_a_sentence_about_seats() -> None:
    body = "The SNP won 18 seats. The rest are held by seven Labour councillors, four Lib Dems and two independents."
    assert totals(body) == {("SNP", 18), ("Labour", 7), ("Liberal Democrats", 4), ("Independent", 2)}
    # a place in the count, in a sentence about one ward, is no total
    ward = "The Greens won 14 seats. In Abbey, the sitting Tory came third behind two Lib Dems."
    assert totals(ward) == {("Green Party", 14)}


def test_the_party_that_held_the_seat_with_a_named_person() -> None:
    body = "The Conservatives held the seat in Ecton, with Marcus Dell on 690 votes to Labour's Iris Kemp on 402."
    assert people(body, "By-election") == {
        "Marcus Dell": ("Conservative", 690, True),
        "Iris Kemp": ("Labour", 402, False),
    }


def test_the_winning_partys_one_candidate_in_a_post_about_one_ward() -> None:
    body = "Plaid Cymru have gained the Llanfair seat from Labour. Plaid candidate Elin Parry thanked voters."
    assert people(body, "By-election")["Elin Parry"] == ("Plaid Cymru", None, True)
    # two wards: which of them the party won is not said
    two = "Plaid Cymru gained the Llanfair seat. Plaid candidate Elin Parry stood in the Bryn ward."
    assert people(two, "By-elections")["Elin Parry"][2] is None


def test_unseating_a_party_is_a_win() -> None:
    body = "Labour's Ffion Lacey polled 1,090 votes, ousting the Tories from a seat they had held since 1999."
    assert people(body, "Gain")["Ffion Lacey"] == ("Labour", 1090, True)


def test_a_ticker_ward_with_its_council_in_brackets() -> None:
    facts = extract_text("Round-up", "Thatcham Central (West Berkshire Council) - Lib Dem hold\nTurnout 31%.")
    assert [c["name"] for c in facts["councils"]] == ["West Berkshire Council"]
    assert [(w["name"], w["council"]) for w in facts["wards"]] == [("Thatcham Central", "West Berkshire Council")]


def test_a_total_without_the_seat_word_in_a_sentence_about_seats() -> None:
    body = "The independents took 12 seats, leaving the Tories on 20 of the 41, one short of a majority."
    assert totals(body) == {("Independent", 12), ("Conservative", 20)}
    assert totals("Turnout was up, with 40 of the 60 polling stations reporting queues.", "Polls") == set()


def test_a_total_level_with_another_party() -> None:
    body = "Reform UK now have 19 seats on the council, level with the Conservatives."
    assert totals(body) == {("Reform UK", 19), ("Conservative", 19)}


def test_a_fall_to_a_bare_figure_after_a_total() -> None:
    body = "The Lib Dems won 33 of the 60 seats. The Tories, in charge since 2005, were cut to 14."
    assert totals(body) == {("Liberal Democrats", 33), ("Conservative", 14)}
    share = "The Lib Dems won 33 of the 60 seats. The Tory share of the vote fell to 21%."
    assert totals(share) == {("Liberal Democrats", 33)}


def test_a_ticker_line_opening_on_its_verdict_and_a_bare_first_item() -> None:
    body = "Ribble Valley Borough Council, Clitheroe: Lab hold. Ada Quinn 702, Rob Yates (Con) 488, Sue Fell (LD) 90."
    assert people(body, "Round-up") == {
        "Ada Quinn": ("Labour", 702, True),
        "Rob Yates": ("Conservative", 488, False),
        "Sue Fell": ("Liberal Democrats", 90, False),
    }


def test_a_ward_named_as_a_list_after_its_council() -> None:
    body = "Wychavon District Council, Drakes Broughton, Norton and Whittington: Con hold."
    assert wards(body, "Round-up") == ["Drakes Broughton, Norton and Whittington"]


def test_seats_gained_from_a_party_are_no_multi_member_ward() -> None:
    body = (
        "The Greens gain two seats from Labour in this week's contests.\n"
        "Reform held the seat in Darnall, with Paul Neary on 604 votes to Labour's Sadia Mir on 512."
    )
    assert people(body, "Round-up")["Sadia Mir"] == ("Labour", 512, False)
