"""Fixes of blind layout round 55: a text copy sent on in an email, a BBC Naidheachdan (Gaelic) LX page."""

from __future__ import annotations

from datetime import UTC, datetime

import scraper

FETCHED = datetime(2026, 5, 8, 12, tzinfo=UTC)

FORWARDED = """Have a look at this, the Wyre result is in.

>> Wyre Forest count live - BBC News
>>
>> Posted at 11:40
>> Independents hold Wyre Forest
>> Independents kept the council with 18 of the 33 seats.
>>
>> Posted at 10:55
>> Recount in Franche
>> A recount has been ordered in Franche and Habberley North.

--
Sent from Outlook for Android
"""


def _forwarded() -> scraper.Page:
    return scraper.parse(FORWARDED.encode(), url=None, fetched_at=FETCHED, entities=False)


def test_a_copy_quoted_in_an_email_is_read_without_its_quote_marks() -> None:
    page = _forwarded()
    assert page.title == "Wyre Forest count live"
    assert [post.title for post in page.posts] == ["Independents hold Wyre Forest", "Recount in Franche"]
    assert page.posts[1].body_text == "A recount has been ordered in Franche and Habberley North."


def test_the_senders_note_and_signature_around_the_quote_are_no_posts() -> None:
    bodies = " ".join(post.body_text for post in _forwarded().posts)
    assert "Have a look" not in bodies and "Outlook" not in bodies and ">" not in bodies


def test_a_copy_with_a_quoted_line_or_two_keeps_them() -> None:
    text = "Count live\n\nposted at 10:00\nTurnout\n> Turnout was 30%, the clerk said.\nIt was 28% in 2022.\n"
    page = scraper.parse(text.encode(), url=None, fetched_at=FETCHED, entities=False)
    assert page.posts[0].body_text.startswith("> Turnout was 30%")
