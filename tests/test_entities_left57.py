"""Leftovers of blind round 56x (winners named after the sentence that elects them, ...): each rule tested on
wording of its own."""

from __future__ import annotations

from scraper.entities import extract_text


def candidates(body: str, title: str = "Result") -> dict[str, tuple[str | None, int | None, bool | None]]:
    return {c["name"]: (c["party"], c["votes"], c["elected"]) for c in extract_text(title, body)["candidates"]}


def test_they_are_names_the_winners_the_sentence_before_elected() -> None:
    body = (
        "Nobody stood against them in Millbrook, so three councillors were returned unopposed. "
        "They are Hannah Oyelaran, Victor Szabo and Imogen Tredwell."
    )
    assert candidates(body) == {
        "Hannah Oyelaran": (None, None, True),
        "Victor Szabo": (None, None, True),
        "Imogen Tredwell": (None, None, True),
    }
    body = "Both seats in Stonecross have been declared elected without a contest. They were Owen Pratt and Lila Moss."
    assert candidates(body) == {"Owen Pratt": (None, None, True), "Lila Moss": (None, None, True)}
    # no election before 'They are', or one denied, names no winner
    assert candidates("Two councillors have not been re-elected in Harlby. They are Owen Pratt and Lila Moss.") == {}
    assert candidates("Two councillors stood down in Harlby. They are Owen Pratt and Lila Moss.") == {}
