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


def test_who_stood_as_independents_labels_every_name_of_the_list() -> None:
    body = (
        "All three were elected unopposed in Fernleigh. They are Hannah Oyelaran and Victor Szabo, who both stood "
        "as independents, and Imogen Tredwell of the Labour Party."
    )
    assert candidates(body) == {
        "Hannah Oyelaran": ("Independent", None, True),
        "Victor Szabo": ("Independent", None, True),
        "Imogen Tredwell": ("Labour", None, True),
    }
    # the singular still labels its own name only
    body = "Victor Szabo, who stood as an independent, won Fernleigh; Lena Cole came second."
    assert candidates(body)["Victor Szabo"] == ("Independent", None, True)
