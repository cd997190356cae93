"""Results-coverage wordings found missing by the blind held-out WebCore pages fixtures/truth/heldout-35x-* (London
borough counts, Welsh by-elections and council make-ups): each rule is tested on wording of its own, not on the truth
pages' lines."""

from __future__ import annotations

from probes import people

from scraper.entities import extract_text


def seats(body: str, title: str = "Results") -> dict[str, int]:
    return {t["party"]: t["seats"] for t in extract_text(title, body)["seat_totals"]}


def test_a_local_group_after_the_comma_of_a_name_party_votes_row() -> None:
    body = (
        "Declared in Oakfield:\n"
        "Megan Hurst, Labour: 1,402\n"
        "Derek Poole, Thornbury Independents: 1,150\n"
        "Alan Webb, Conservative: 611"
    )
    assert people(body, "Labour hold Oakfield") == [
        ("Megan Hurst", "Labour", 1402, True),
        ("Derek Poole", "Thornbury Independents", 1150, False),
        ("Alan Webb", "Conservative", 611, False),
    ]


def test_a_local_group_after_a_spaced_dash_with_its_votes() -> None:
    body = "Kim Baxter - Pelsall Residents Association - 877 (elected)\nJon Rudd - Labour - 640"
    assert people(body) == [
        ("Kim Baxter", "Pelsall Residents Association", 877, True),
        ("Jon Rudd", "Labour", 640, False),
    ]


def test_the_last_of_a_run_of_bracketed_items_joined_by_and() -> None:
    body = (
        "Labour has held Millbrook.\nRuth Osei (Lab) 1,877, Tom Barr (Lab) 1,790 and Ada King (Lab) 1,744 were elected."
    )
    assert people(body, "Millbrook result") == [
        ("Ruth Osei", "Labour", 1877, True),
        ("Tom Barr", "Labour", 1790, True),
        ("Ada King", "Labour", 1744, True),
    ]


def test_a_candidate_polling_fewer_than_each_of_a_wards_several_winners_lost() -> None:
    body = (
        "Conservatives Rob Tull (1,305) and Jan Pike (1,290) are elected in Hatherley. Labour's Amy Shore polled 1,011."
    )
    assert people(body, "Hatherley declares") == [
        ("Rob Tull", "Conservative", 1305, True),
        ("Jan Pike", "Conservative", 1290, True),
        ("Amy Shore", "Labour", 1011, False),
    ]


def test_fewer_first_preferences_than_the_winners_decide_nothing_in_a_ranked_count() -> None:
    body = (
        "Kelham (3 seats), first preferences:\n"
        "Sue Lamb (SNP) 1,611\n"
        "Ivor Penn (Labour) 1,540\n"
        "Dawn Reece (Conservative) 1,102\n"
        "Owen Pike (Green) 400\n"
        "Sue Lamb and Ivor Penn were elected at stage one, Dawn Reece at stage four."
    )
    assert [p[3] for p in people(body, "Kelham declares")] == [True, True, None, None]


def test_fewer_votes_than_winners_in_another_ward_decide_nothing() -> None:
    body = (
        "Labour won both seats in Kelham, where Sue Lamb polled 1,611 and Ivor Penn 1,540.\n"
        "In Ashdale, Conservative Dawn Reece polled 1,102."
    )
    assert people(body, "Two wards")[-1] == ("Dawn Reece", "Conservative", 1102, None)


def test_a_run_joined_by_and_under_a_single_seat_verdict() -> None:
    body = "Grange: Joe Platt (Con) 1,200, Lena Moss (Lab) 1,150 and Ann Hope (Green) 300. Con gain from Lab."
    assert people(body, "Grange result") == [
        ("Joe Platt", "Conservative", 1200, True),
        ("Lena Moss", "Labour", 1150, False),
        ("Ann Hope", "Green Party", 300, False),
    ]


def test_a_party_group_row_in_a_council_make_up() -> None:
    body = (
        "The make-up of Ceredigion County Council is now:\n"
        "Plaid Cymru group - 20\n"
        "Independent group - 13\n"
        "Liberal Democrats - 5"
    )
    assert seats(body) == {"Plaid Cymru": 20, "Independent": 13, "Liberal Democrats": 5}


def test_wards_listed_with_their_council_areas_in_a_by_election_post() -> None:
    body = (
        "Voting is under way in three by-elections tonight:\n"
        "Cefn Glas (Bridgend)\n"
        "Penrhyndeudraeth (Gwynedd)\n"
        "Trelewis (Merthyr Tydfil)"
    )
    facts = extract_text("Polls open", body)
    assert [(w["name"], w["council"]) for w in facts["wards"]] == [
        ("Cefn Glas", "Bridgend Council"),
        ("Penrhyndeudraeth", "Gwynedd Council"),
        ("Trelewis", "Merthyr Tydfil Council"),
    ]


def test_a_bracketed_area_closing_a_line_outside_a_by_election_post_is_no_ward() -> None:
    body = "Our reporters tonight:\nCefn Glas (Bridgend)\nPenrhyndeudraeth (Gwynedd)"
    assert extract_text("Where we are", body)["wards"] == []


def test_a_council_area_named_bare_is_its_council_as_every_truth_set_writes_it() -> None:
    """A bare area is '<area> Council' (the convention of the truth sets, English or Welsh); an island of two names
    and a city are the exceptions: 'Anglesey' and 'Ynys Môn' are one council."""
    body = "Labour has lost control of Torfaen after a night of gains for Reform UK."
    assert [c["name"] for c in extract_text("Torfaen", body)["councils"]] == ["Torfaen Council"]
    body = "Voting is under way in two by-elections tonight:\nCefni (Anglesey)\nAlway (Newport)"
    assert [(w["name"], w["council"]) for w in extract_text("Polls open", body)["wards"]] == [
        ("Cefni", "Isle of Anglesey County Council"),
        ("Alway", "Newport City Council"),
    ]


def test_a_figure_after_a_welsh_name_of_the_council_stays_on_that_council() -> None:
    body = "Plaid Cymru won 20 of the 35 seats on Ynys Môn council. Independents won 11."
    totals = extract_text("Anglesey", body)["seat_totals"]
    assert [(t["party"], t["seats"], t["council"]) for t in totals] == [
        ("Plaid Cymru", 20, "Isle of Anglesey County Council"),
        ("Independent", 11, "Isle of Anglesey County Council"),
    ]
