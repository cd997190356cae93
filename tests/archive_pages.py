"""Pages built by hand for the archive tests: the Darley facts of the seed, in the CONTRACT shape."""

from __future__ import annotations

import copy
from datetime import UTC, datetime, timedelta
from typing import Any

from scraper.models import Page, PageInfo, Post

BLOG = "https://www.bbc.co.uk/news/live/uk-england-nottinghamshire-56931665"
FETCHED = datetime(2021, 5, 8, 9, 0, tzinfo=UTC)
DERBY = "Derby City Council"

DARLEY_FACTS: dict[str, list[dict[str, Any]]] = {
    "councils": [{"name": DERBY, "span": [36, 54], "evidence": "Derby City Council"}],
    "wards": [{"name": "Darley", "council": DERBY, "span": [98, 104], "evidence": "Darley"}],
    "parties": [{"name": "Conservative"}, {"name": "Labour"}],
    "candidates": [
        {"name": "Alison Martin", "party": "Labour", "votes": 1833, "elected": True, "ward": "Darley"},
        {"name": "Alan Grimadell", "party": "Conservative", "votes": 1305, "elected": True, "ward": "Darley"},
        {"name": "Carmel Swan", "party": None, "votes": 1304, "elected": False, "ward": "Darley", "uncertain": True},
    ],
    "seat_totals": [{"council": DERBY, "party": "Conservative", "seats": 21, "of": 51}],
    "majorities": [{"ward": "Darley", "party": "Conservative", "candidate": "Alan Grimadell", "votes": 1}],
    "changes": [{"type": "gain", "party": "Conservative", "from_party": None, "ward": "Darley", "council": DERBY}],
}
OADBY_FACTS: dict[str, list[dict[str, Any]]] = {
    "councils": [{"name": "Leicestershire County Council"}],
    "wards": [{"name": "Oadby", "council": "Leicestershire County Council"}],
    "parties": [{"name": "Conservative"}, {"name": "Liberal Democrats"}],
    "candidates": [
        {"name": "Kamal Ghattoraya", "party": "Conservative", "votes": None, "elected": True, "ward": "Oadby"},
        {"name": "Dean Gamble", "party": "Liberal Democrats", "votes": None, "elected": True, "ward": "Oadby"},
    ],
    "changes": [{"type": "gain", "party": "Conservative", "from_party": "Liberal Democrats", "ward": "Oadby"}],
}


def at(hour: int, minute: int = 0) -> datetime:
    """A time on count day, 7 May 2021 (UTC)."""
    return datetime(2021, 5, 7, hour, minute, tzinfo=UTC)


def post(n: int, when: datetime, title: str, body: str, facts: dict[str, Any] | None = None) -> Post:
    return Post(
        post_id=f"asset:{n:04d}",
        title=title,
        published_at=when,
        published_text=when.strftime("%H:%M"),
        author="Alex Regan",
        role="BBC News",
        body_text=body,
        entities=copy.deepcopy(facts) if facts is not None else {},
    )


def darley_posts() -> list[Post]:
    """Newest first, as a live page shows them."""
    return [
        post(1, at(20), "Conservatives gain Derby seat by a single vote",
             "The Tories have won another Derby City Council seat - this time by just a single vote.\n"
             "In the Darley ward, Alison Martin secured a seat with 1,833 votes.", DARLEY_FACTS),
        post(3, at(18, 44), "Another gain for the Tories in Leicestershire",
             "In the Oadby ward, Kamal Ghattoraya was elected, after a recount.", OADBY_FACTS),
        post(6, at(16, 26), "Derbyshire PCC election count starts",
             "Derby City Council also confirmed it's started counting votes in the Darley ward.",
             {"councils": [{"name": DERBY}], "wards": [{"name": "Darley Ward", "council": DERBY}]}),
        post(20, at(12, 39), "Recount expected for Alfreton and Somercotes",
             "We're expecting a recount now for Alfreton & Somercotes; 100% of ballots -- recounted.",
             {"wards": [{"name": "Alfreton and Somercotes", "council": "Derbyshire County Council"}],
              "parties": [{"name": "Labour"}]}),
    ]  # fmt: skip


def page(posts: list[Post], *, number: int = 2, fetched: datetime = FETCHED, url: str | None = None) -> Page:
    return Page(
        url=url or f"{BLOG}?page={number}",
        layout="text",
        title="Local elections 2021: East Midlands results",
        fetched_at=fetched,
        page=PageInfo(number=number, total=12),
        posts=posts,
    )


def later(minutes: int) -> datetime:
    return FETCHED + timedelta(minutes=minutes)
