"""Leftovers of the blind layout rounds: each a general rule of the page parser, in its own wording."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from selectolax.lexbor import LexborHTMLParser

import scraper
from scraper.clean import Body, classify_line, html_body, social_links_to_embeds
from scraper.models import Embed, Link

FETCHED = datetime(2024, 5, 3, 10, 15, tzinfo=UTC)

# --- 1. a fallback link's other wordings ("View original tweet on Twitter") are boilerplate -------------

FALLBACK_WORDINGS = [
    ("View original tweet on Twitter", "https://twitter.com/WakefieldCouncil/status/1786000000000000001", "twitter"),
    ("View original post on X", "https://x.com/WakefieldCouncil/status/1786000000000000002", "twitter"),
    ("View original video on TikTok", "https://www.tiktok.com/@wakefieldlabour/video/7364000000000000003", "tiktok"),
    ("View original post on Instagram.", "https://www.instagram.com/p/C6aBcDeFgHi/", "instagram"),
]


@pytest.mark.parametrize(("text", "url", "kind"), FALLBACK_WORDINGS)
def test_a_fallback_link_outside_an_embed_box_is_the_embed(text: str, url: str, kind: str) -> None:
    div = LexborHTMLParser(
        f'<div><p>Turnout in Wakefield was 31%.</p><p><a href="{url}">{text}</a></p><a href="{url}">{text}</a></div>'
    ).css_first("div")
    assert div is not None
    body = html_body(div, None)
    assert body.paragraphs == ["Turnout in Wakefield was 31%."]
    assert body.embeds == [Embed(kind, url)]
    assert body.links == []


@pytest.mark.parametrize(("text", "url", "kind"), FALLBACK_WORDINGS)
def test_a_fallback_link_read_as_a_link_becomes_its_embed(text: str, url: str, kind: str) -> None:
    body = Body(["Turnout in Wakefield was 31%."], [], [], [Link(text, url)])
    social_links_to_embeds(body)
    assert body.embeds == [Embed(kind, url)] and body.links == []


def test_a_fallback_line_in_a_text_copy_goes() -> None:
    text = "\n".join(
        [
            "  1. Labour keep Wakefieldpublished at 04:10 British Summer Time 3 May 2024",
            "",
            "    The party held all but two of its seats.",
            "    View original tweet on Twitter",
            "    View original post on X",
            "    Turnout was 31%.",
        ]
    )
    page = scraper.parse(text, url="https://www.bbc.co.uk/news/live/uk-england-1", fetched_at=FETCHED, entities=False)
    assert page.layout == "text"
    assert page.posts[0].body_text == "The party held all but two of its seats.\nTurnout was 31%."


def test_a_sentence_that_starts_like_a_fallback_link_stays() -> None:
    assert classify_line("View original results on the council's website") is None
    assert classify_line("View original count sheets on request.") is None
