"""Results-coverage wordings still missed after the blind held-out rounds 12x and 13x: each rule is tested on
wording of its own, not on the truth pages' lines."""

from __future__ import annotations

from scraper.entities import extract_text


def _parties(body: str) -> dict[str, str | None]:
    return {c["name"]: c["party"] for c in extract_text(None, body)["candidates"]}


def test_a_partys_role_then_is_or_are_names_its_people() -> None:
    assert _parties("The Green Party's new councillor is Morwenna Pike.") == {"Morwenna Pike": "Green Party"}
    assert _parties("The Liberal Democrats' new councillors are Ros Tate and Dilip Shah.") == {
        "Ros Tate": "Liberal Democrats",
        "Dilip Shah": "Liberal Democrats",
    }


def test_a_bare_party_then_was_labels_no_name() -> None:
    # no role and no possessive before the verb: the party is the sentence's subject, not the name's label
    assert _parties("Labour was Kevin Oduya's choice; Oduya won the seat with 800 votes.") == {"Kevin Oduya": None}


def test_a_short_party_name_with_a_possessive_before_the_name() -> None:
    assert _parties("Lab's Dev Anand won with 640 votes.") == {"Dev Anand": "Labour"}
    assert _parties("Grn's Polly Marsh was elected.") == {"Polly Marsh": "Green Party"}


def test_a_short_form_that_is_also_another_word_is_no_party() -> None:
    # "PC" is also a police constable
    assert _parties("PC's Aled Rees was elected.") == {"Aled Rees": None}


def _totals(body: str) -> list[tuple[str | None, int]]:
    return [(t["party"], t["seats"]) for t in extract_text(None, body)["seat_totals"]]


def test_a_partys_commons_total_in_mps() -> None:
    assert _totals("With most constituencies counted, the Tories now have 212 MPs.") == [("Conservative", 212)]
    assert _totals("The SNP, who won 48 MPs, remain the third party.") == [("SNP", 48)]


def test_mps_doing_something_are_no_commons_total() -> None:
    assert _totals("Some 60 Conservative MPs voted against the bill.") == []
    assert _totals("The Liberal Democrats have 14 MPs on the committee.") == []
