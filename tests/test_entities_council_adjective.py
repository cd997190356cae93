"""A council written as the adjective of a by-election or seat ('a Sunderland city council by-election') is
named, though an article stands before it; 'this Kent council' on its own still only describes."""

from __future__ import annotations

import pytest

from scraper.entities import extract_text


def councils(body: str) -> list[str]:
    return [c["name"] for c in extract_text("Result", body)["councils"]]


@pytest.mark.parametrize(
    ("body", "council"),
    [
        ("The Greens took Hendon Vale in a Sunderland city council by-election.", "Sunderland City Council"),
        ("It was a Hartlepool borough council seat the Tories had held since 2012.", "Hartlepool Borough Council"),
        ("Reform UK won a Durham council by-election in Ferryhill.", "Durham County Council"),
    ],
)
def test_an_article_before_a_council_used_as_an_adjective_names_it(body: str, council: str) -> None:
    assert council in councils(body)


def test_an_article_before_a_council_on_its_own_only_describes() -> None:
    assert councils("Medway is the largest town of this Kent council area's neighbour, and a Kent council too.") == []
