"""A verdict's ward is the one in its own clause when a sentence strings several verdicts with semicolons."""

from __future__ import annotations

from scraper.entities import extract_text


def changes(body: str) -> list[tuple[str, str, str | None]]:
    return [(c["type"], c["party"], c["ward"]) for c in extract_text("Results", body)["changes"]]


def test_each_verdict_keeps_the_ward_of_its_clause() -> None:
    body = "Green gain from Labour in Moss Side; Conservative hold in Oakwood."
    assert changes(body) == [("gain", "Green Party", "Moss Side"), ("hold", "Conservative", "Oakwood")]


def test_three_verdicts_in_one_sentence_are_not_crossed() -> None:
    body = (
        "Reform UK gain from Labour in Hillside ward; Labour hold in Oakwood ward; "
        "Lib Dem gain from Conservatives in Kingsway ward."
    )
    assert changes(body) == [
        ("gain", "Reform UK", "Hillside"),
        ("hold", "Labour", "Oakwood"),
        ("gain", "Liberal Democrats", "Kingsway"),
    ]


def test_a_sentence_without_semicolons_still_names_all_its_wards() -> None:
    body = "Labour held both Abbey and Priory wards."
    assert changes(body) == [("hold", "Labour", "Abbey"), ("hold", "Labour", "Priory")]
