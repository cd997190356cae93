"""Results-coverage wordings found missing by the blind held-out pages fixtures/truth/heldout-65x-* (a BBC WebCore
page of a metropolitan borough's thirds night where new parties stand for the first time, a Guardian blog rerunning
election night 1997 on its anniversary, a text copy of a regional TV programme's subtitle file): each rule is tested
on wording of its own, not on the truth pages' lines."""

from __future__ import annotations

from scraper.entities import extract_page, extract_text
from scraper.models import Post
from tests.probes import people


def test_new_parties_named_in_full_are_parties() -> None:
    body = (
        "Your Party have won Dalehead on their first attempt.\nMo Iqbal (Your Party) 988 - elected\n"
        "Ann Platt (Restore Britain) 702\nJoe Lowe (Labour) 650"
    )
    got = people(body, "Your Party take Dalehead")
    assert ("Mo Iqbal", "Your Party", 988, True) in got
    assert ("Ann Platt", "Restore Britain", 702, False) in got


def test_the_referendum_party_and_its_table_label() -> None:
    body = (
        "Labour have taken Wexcombe.\n"
        "Candidate | Party | Votes\nTom Hale | Labour | 18,220\nEric Moss | Conservative | 15,002\n"
        "Joan Tarrant | Referendum | 2,114"
    )
    got = people(body, "Labour gain Wexcombe")
    assert ("Joan Tarrant", "Referendum Party", 2114, False) in got


def test_a_military_rank_is_not_part_of_a_candidates_name() -> None:
    body = "Brigadier Alan Royce, standing for the Conservatives, finished second with 9,410 votes in Pendle Vale."
    names = [p[0] for p in people(body, "Pendle Vale result")]
    assert "Alan Royce" in names
    assert not any(n.startswith("Brigadier") for n in names)


def _page(*bodies: str) -> list[Post]:
    posts = [Post(post_id=f"p{i}", title=f"Result {i}", body_text=body) for i, body in enumerate(bodies)]
    extract_page(posts)
    return posts


def _parties_of(*bodies: str) -> dict[str, str | None]:
    """The last post's candidates' parties, the page's other posts read with it."""
    posts = _page(*bodies)
    return {c["name"]: c["party"] for c in (posts[-1].entities or {})["candidates"]}


def test_ref_is_the_referendum_party_on_a_page_that_names_only_it() -> None:
    parties = _parties_of(
        "Sir James Goldsmith's Referendum Party saved its deposit in Lynford.",
        "Labour gain Lynford.\nAmy Best (Lab) 21,030\nColin Fry (C) 17,400\nDora Platt (Ref) 2,210",
    )
    assert parties["Dora Platt"] == "Referendum Party"
    assert parties["Amy Best"] == "Labour"


def test_ref_stays_reform_uk_where_the_page_names_reform() -> None:
    parties = _parties_of(
        "Reform UK came second in four seats overnight.",
        "Labour hold Lynford.\nAmy Best (Lab) 21,030\nDora Platt (Ref) 9,210",
    )
    assert parties["Dora Platt"] == "Reform UK"


def test_a_rival_broadcasters_poll_after_an_exit_poll_is_a_forecast() -> None:
    body = (
        "At 10pm the exit poll pointed to a hung parliament. Sky's poll put the Conservatives on 301 seats and Labour "
        "on 250.\nThe first seat declared at 11.05pm."
    )
    assert extract_text("The exit poll", body)["seat_totals"] == []


def test_the_seats_a_party_takes_into_the_count_are_no_total() -> None:
    body = "The Liberal Democrats go into the count with 28 of the 48 seats on Ashwell District Council."
    assert extract_text("Polls close in Ashwell", body)["seat_totals"] == []
    body = "The Liberal Democrats now have 30 of the 48 seats on Ashwell District Council."
    assert extract_text("Labour keep Ashwell", body)["seat_totals"]


def test_a_party_typed_in_capitals_by_a_subtitler_is_that_party() -> None:
    body = "And it's a LIB DEM GAIN in Orchard Lane. Jo Pike takes the seat with 1,020 votes."
    assert ("Jo Pike", "Liberal Democrats", 1020, True) in people(body)
    body = "Hilltop goes to REFORM UK. Sam Dyer wins with 877 votes, Labour's Amy Rowe second on 790."
    assert ("Sam Dyer", "Reform UK", 877, True) in people(body)


def test_the_independent_alliance_named_bare_is_a_party() -> None:
    body = "The make-up of the council is now:\nLabour 30 (-3)\nIndependent Alliance 7 (+3)\nConservatives 5"
    seats = [(t["party"], t["seats"]) for t in extract_text("Labour hang on", body)["seat_totals"]]
    assert ("Independent Alliance", 7) in seats


def test_one_figure_each_for_the_last_parties_of_a_make_up() -> None:
    body = (
        "So the council now stands at the Tories 31, Labour 17, the Greens four, and two each for the Lib Dems and an "
        "independent."
    )
    seats = {(t["party"], t["seats"]) for t in extract_text("How the council looks", body)["seat_totals"]}
    assert {("Liberal Democrats", 2), ("Independent", 2), ("Conservative", 31)} <= seats


def test_a_declared_full_name_and_the_name_the_coverage_uses_are_one_candidate() -> None:
    body = (
        "The returning officer read the votes: HOLT, Janet Mary, Labour Party, 912. RIGBY, Sean, Conservative, 640. "
        "I declare that Janet Mary Holt is duly elected.\nLabour's Janet Holt holds Moss Side West."
    )
    (post,) = _page(body)
    got = [(c["name"], c["party"], c["votes"], c["elected"]) for c in (post.entities or {})["candidates"]]
    assert ("Janet Holt", "Labour", 912, True) in got
    assert not any(name == "Janet Mary Holt" for name, *_ in got)


def test_a_party_that_held_the_seat_years_ago_is_not_tonights_winner() -> None:
    body = (
        "KIRBY, Alan, the Labour Party, 808. MISTRY, Priya, Green Party, 1,015. And I declare that Priya Mistry is "
        "duly elected.\nLabour held that seat by more than 500 three years ago."
    )
    outcomes = {name: elected for name, _party, _votes, elected in people(body, "Brook Street declares")}
    assert outcomes == {"Priya Mistry": True, "Alan Kirby": False}


def test_a_partys_nth_seat_is_its_running_total() -> None:
    body = "Just after 4am the Liberal Democrats took their 52nd seat, their best result since the 1920s."
    seats = [(t["party"], t["seats"]) for t in extract_text("Lib Dems keep climbing", body)["seat_totals"]]
    assert seats == [("Liberal Democrats", 52)]
