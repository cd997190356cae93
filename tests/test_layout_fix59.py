"""Fixes of blind layout round 59: an RSS reader's full-article view copied as text, a page saved with only a
"saved from" comment or a relative canonical to give its address, Cloudflare's email obfuscation, and an LX share
button that names the post's address in ``data-share-url``."""

from __future__ import annotations

from datetime import UTC, datetime

import scraper

FETCHED = datetime(2026, 5, 8, 12, 0, tzinfo=UTC)

# A feed reader's full-article view of a live page, copied as text (wording of its own, not the round's fixture).
READER_COPY = """Evening Courier - Politics
Borough council count live: every declaration as it comes
by Evening Courier · Fri, 08 May 2026 10:15:00 GMT · 3 min read
courier.example.co.uk

Greens take Abbey ward, published at 11:40 British Summer Time 8 May
The Green Party has taken Abbey ward from Labour with a majority of 77.

Count resumes in the Guildhall, published at 11:05 British Summer Time 8 May
Counting has resumed after a break for lunch.

Open original
Mark as read · Save · Share
More from Evening Courier - Politics
"""


def _reader_page() -> scraper.Page:
    return scraper.parse(READER_COPY, url="https://courier.example.co.uk/live/count", fetched_at=FETCHED)


def test_a_feed_readers_buttons_under_the_last_post_are_not_its_body() -> None:
    last = _reader_page().posts[-1]
    assert last.body_text == "Counting has resumed after a break for lunch."
    assert last.images == []  # "Open original" is no picture's alt text


def test_a_feed_readers_head_names_the_article_under_the_feed() -> None:
    assert _reader_page().title == "Borough council count live: every declaration as it comes"
