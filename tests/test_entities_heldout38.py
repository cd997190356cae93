"""Results-coverage wordings found missing by the blind held-out text pages fixtures/truth/heldout-38x-* (a count day
mixed with referendums, polls and a recall petition; candidates under their ballot-paper descriptions and defectors):
each rule is tested on wording of its own, not on the truth pages' lines."""

from __future__ import annotations

from probes import people

from scraper.entities import extract_text


def wards(body: str, title: str = "Result") -> list[str]:
    return [w["name"] for w in extract_text(title, body)["wards"]]


def test_ballot_paper_descriptions_are_their_party() -> None:
    body = (
        "Moorside ward:\n"
        "Priya Lal (Liberal Democrat Focus Team) 1,210 - elected\n"
        "Owen Rudd (Local Conservatives) 884\n"
        "Gail Sumner (The Green Party) 301"
    )
    assert people(body) == [
        ("Priya Lal", "Liberal Democrats", 1210, True),
        ("Owen Rudd", "Conservative", 884, False),
        ("Gail Sumner", "Green Party", 301, False),
    ]


def test_a_description_in_prose_names_the_party() -> None:
    body = "The Local Conservatives candidate, Harriet Vale, won Eastgate with 940 votes."
    assert people(body) == [("Harriet Vale", "Conservative", 940, True)]


def test_a_party_label_with_a_qualifier_or_a_local_group_heads_its_candidate() -> None:
    body = (
        "Eastgate result:\n"
        "Conservative (ex-Reform): Paula Dyer - 733 - ELECTED\n"
        "Kelby Residents: Omar Lutfi - 690\n"
        "Labour: Sian Holt - 212"
    )
    assert people(body) == [
        ("Paula Dyer", "Conservative", 733, True),
        ("Omar Lutfi", "Kelby Residents", 690, False),
        ("Sian Holt", "Labour", 212, False),
    ]


def test_a_recount_also_called_in_a_place_names_the_ward() -> None:
    body = "The Tories won in Hollin Bank. A recount has also been called in Marsh End, where two votes separate them."
    assert "Marsh End" in wards(body)


def test_a_rival_s_figure_before_the_party_as_a_noun_and_the_name() -> None:
    body = "Ruth Oakes won with 1,310 votes to 1,044 for the Green, Dan Pyle."
    assert people(body) == [("Ruth Oakes", None, 1310, True), ("Dan Pyle", "Green Party", 1044, False)]
    body = "Ruth Oakes (Lab) won with 1,310 votes to the 1,044 of the Conservative, Dan Pyle."
    assert people(body) == [("Ruth Oakes", "Labour", 1310, True), ("Dan Pyle", "Conservative", 1044, False)]


def test_a_local_group_row_without_a_colon_below_the_party_rows() -> None:
    body = (
        "The final state of the parties on Westvale District Council:\n"
        "Liberal Democrats 14\n"
        "Conservative 9\n"
        "Westvale Town First 5\n"
        "Labour 3"
    )
    totals = {t["party"]: t["seats"] for t in extract_text("Westvale result", body)["seat_totals"]}
    assert totals == {"Liberal Democrats": 14, "Conservative": 9, "Westvale Town First": 5, "Labour": 3}


def test_the_place_a_single_result_came_from_is_a_ward() -> None:
    body = "Counting finished at 19:40. The final result of the evening came from Hollin Bank, after two recounts."
    assert wards(body, "Westvale count") == ["Hollin Bank"]
    assert wards("The first results came from Kelby, where Labour lost four seats.", "Count") == []


def test_a_re_run_election_names_its_ward_like_a_by_election() -> None:
    assert wards("Jo Pike (Lab) 512 - elected. Al Moss (Con) 430.", "Labour hold Eastfield re-run") == ["Eastfield"]
    assert wards("The Hollin Bank rerun, ordered by an election court, was won by Labour.", "Count") == ["Hollin Bank"]
    assert wards("A re-run of the count is expected at 10pm.", "Count") == []
