"""Rules found by blind layout round 50 (tests/test_layout_blind.py), each on pages of its own wording."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

import scraper

FETCHED = datetime(2022, 5, 6, 12, tzinfo=UTC)


def _posts_of(text: str) -> list[scraper.Post]:
    page = scraper.parse(text, fetched_at=FETCHED, entities=False)
    assert page.layout == "text"
    return page.posts


@pytest.mark.parametrize(
    ("app_head", "app_foot"),
    [
        ("Saved from example-gazette.co.uk\nView Original", "Saved to Pocket"),
        ("Saved from www.example-gazette.co.uk/", "Saved to Instapaper"),
    ],
)
def test_a_read_it_later_apps_own_lines_are_no_posts(app_head: str, app_foot: str) -> None:
    copy = (
        f"Count day in Eastfield: live\n{app_head}\n\n"
        "Independents hold Westgate\n11:40\n\nBoth seats stay independent.\n\n"
        f"Counting starts\n09:05\n\nThe first boxes are opened.\n\n{app_foot}\n"
    )
    posts = _posts_of(copy)
    assert [(p.title, p.body_text, p.images) for p in posts] == [
        ("Independents hold Westgate", "Both seats stay independent.", []),
        ("Counting starts", "The first boxes are opened.", []),
    ]
