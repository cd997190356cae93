"""Results-coverage wordings found missing by the blind held-out sets fixtures/truth/heldout-48x-*: each rule is
tested on wording of its own, not on the truth pages' lines."""

from __future__ import annotations

from scraper.entities import extract_text


def got(body: str, key: str, *fields: str, title: str = "Results") -> set[tuple[object, ...]]:
    """The facts of one kind (``key``) the extractor finds in a post, as tuples of the ``fields`` asked for."""
    return {tuple(item[f] for f in fields) for item in extract_text(title, body)[key]}


def test_a_bare_tally_line_under_a_control_line_that_counts_wards_off() -> None:
    body = (
        "With nine of Hartford's 16 wards now declared, Labour look set to take control of Hartford Borough Council.\n"
        "Lab 21, Con 12, LD 4, Grn 2"
    )
    assert got(body, "seat_totals", "party", "seats") == {
        ("Labour", 21),
        ("Conservative", 12),
        ("Liberal Democrats", 4),
        ("Green Party", 2),
    }
    # a ward's own result over the line is still no council's tally
    ward = "Labour hold Eastfield ward on Hartford Borough Council.\nLab 21, Con 12, LD 4, Grn 2"
    assert not got(ward, "seat_totals", "party", "seats")


def test_a_party_sweeping_the_seats_with_an_adverb_after_the_auxiliary() -> None:
    body = (
        "Labour have narrowly kept both seats in Castlegate.\n"
        "Ruth Abbey (Lab) 1,902, Sam Lowe (Lab) 1,850, Dan Mott (Con) 1,640, Ann Bell (Con) 1,600"
    )
    assert got(body, "candidates", "name", "elected") == {
        ("Ruth Abbey", True),
        ("Sam Lowe", True),
        ("Dan Mott", False),
        ("Ann Bell", False),
    }


def test_a_ticker_line_naming_its_winner_and_majority_in_a_bracket() -> None:
    body = "Tonight's results so far:\nKirkby Moor - Green gain from Labour (Ellen Forsyth, majority 311)"
    assert got(body, "candidates", "name", "party", "votes", "elected") == {
        ("Ellen Forsyth", "Green Party", None, True)
    }
    # a bracket of a name and a bare figure says nothing of what the figure is: no winner read from it
    assert not got("Kirkby Moor - Green gain from Labour (Ellen Forsyth, 311)", "candidates", "name")
