"""Fixes of blind layout round 57: a live page's update response."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from test_layout_fix45 import _div_block

import scraper
from scraper.source import decode

FETCHED = datetime(2019, 5, 3, 12, tzinfo=UTC)


def test_an_update_response_is_read_as_the_blocks_its_html_holds() -> None:
    response = json.dumps(
        {
            "numNewBlocks": 2,
            "html": _div_block(
                "5ccbf1a2e4b0c2d3a4f50002", "2019-05-03T08:05:00Z", "9.05am", "Greens gain in Sheffield", "Two gains."
            )
            + _div_block(
                "5ccbef10e4b0c2d3a4f50001", "2019-05-03T07:50:00Z", "8.50am", "Count resumes", "Counting resumed."
            ),
            "mostRecentBlockId": "block-5ccbf1a2e4b0c2d3a4f50002",
        }
    )
    page = scraper.parse(
        response,
        url="https://www.theguardian.com/politics/live/2019/may/03/council-count.json?lastUpdate=block-x&isLivePage=true",
        fetched_at=FETCHED,
        entities=False,
    )
    assert page.layout == "guardian"
    assert [(p.title, p.published_at, p.author, p.body_text) for p in page.posts] == [
        ("Greens gain in Sheffield", datetime(2019, 5, 3, 8, 5, tzinfo=UTC), None, "Two gains."),
        ("Count resumes", datetime(2019, 5, 3, 7, 50, tzinfo=UTC), None, "Counting resumed."),
    ]


@pytest.mark.parametrize(
    "document",
    [
        '{"html": "<p>a page</p>", "count": 2}',  # no update count
        '{"numNewBlocks": 0, "html": ""}',  # nothing new: the response as it is
        '{"numNewBlocks": 1, "html": ',  # cut short
    ],
)
def test_a_json_document_that_is_no_update_response_stays_as_it_is(document: str) -> None:
    assert decode(document) == document
