"""Results-coverage wordings found missing by the blind held-out BBC WebCore pages fixtures/truth/heldout-27x-*
(English county councils and combined-authority mayors): each rule is tested on wording of its own, not on the
truth pages' lines."""

from __future__ import annotations

from scraper.entities import extract_text


def seats(body: str, title: str = "Results") -> dict[str, int]:
    return {t["party"]: t["seats"] for t in extract_text(title, body)["seat_totals"]}


def test_a_body_restating_the_titles_total_still_opens_the_running_tally_after_it() -> None:
    title = "Greens have now won 22 of the 48 seats"
    body = (
        "The Greens have now won 22 of the 48 seats on Exmoor Vale District Council.\n"
        "Labour, who ran the council before the election, have 9, the Liberal Democrats 6 and the Conservatives 3."
    )
    assert seats(body, title) == {"Green Party": 22, "Labour": 9, "Liberal Democrats": 6, "Conservative": 3}
    assert seats(body) == seats(body, title)


def test_a_tally_figure_followed_by_so_far() -> None:
    body = (
        "Labour have won 19 of the 51 seats declared on Anyborough Council.\n"
        "The Conservatives, the largest group before polling day, have 12 so far, the Greens 4 and Reform UK 3."
    )
    assert seats(body) == {"Labour": 19, "Conservative": 12, "Green Party": 4, "Reform UK": 3}


def test_so_far_after_a_figure_with_no_total_before_it_reads_nothing() -> None:
    body = "Turnout is about 30%.\nThe Conservatives have 12 so far, the Greens 4."
    assert seats(body) == {}


def test_a_combined_authority_is_a_mayors_area_not_a_council() -> None:
    facts = extract_text("Mayor", "Sam Pryor has been re-elected as mayor of the Tees and Wear Combined Authority.")
    assert facts["councils"] == []
    assert [c["name"] for c in facts["candidates"]] == ["Sam Pryor"]


def test_a_party_group_in_a_place_before_a_name_gives_the_name_its_party() -> None:
    body = "The leader of the Labour group in Bassetlaw, Jo Tarn, lost her seat to an independent by 41 votes."
    got = {c["name"]: c["party"] for c in extract_text("Results", body)["candidates"]}
    assert got == {"Jo Tarn": "Labour"}
