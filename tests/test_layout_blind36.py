"""Blind schema.org round 36: publisher front ends with hashed class names (CSS modules, styled-components), whose
rendered updates name their parts by test hooks, capitalised class words or their words alone."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

import scraper

PAGE = "https://news.example.co.uk/politics/borough-count-live-5678"
FETCHED = datetime(2026, 5, 8, 18, tzinfo=UTC)


def _page(update: dict[str, Any], rendered: str) -> str:
    blog = {"@type": "LiveBlogPosting", "headline": "Borough count live", "liveBlogUpdate": [update]}
    return (
        "<html><head><title>Borough count live</title>"
        f'<script type="application/ld+json">{json.dumps(blog)}</script></head>'
        f"<body><h1>Borough count live</h1>{rendered}</body></html>"
    )


def _update(pid: str, body: str) -> dict[str, Any]:
    return {"@type": "BlogPosting", "headline": "Abbey declares", "datePublished": "2026-05-08T11:00:00+01:00",
            "url": f"{PAGE}#entry-{pid}", "articleBody": body}  # fmt: skip


def _styled(pid: str, body: str) -> str:
    return (
        f'<div class="sc-4kq-0 xYzAb" data-testid="live-post" id="entry-{pid}">'
        '<div class="sc-4kq-1 cDeFg"><time datetime="2026-05-08T11:00:00+01:00">11:00</time></div>'
        '<h2 class="sc-4kq-2 hIjKl">Abbey declares</h2><span data-testid="post-author">Dana Fell</span>'
        f'<div class="sc-4kq-3 mNoPq" data-testid="post-body">{body}</div></div>'
    )


def _body(html: str) -> scraper.Post:
    return scraper.parse(html, url=PAGE, fetched_at=FETCHED, entities=False).posts[0]


def test_a_body_named_only_by_its_test_hook_is_read_from_the_rendering() -> None:
    flat = "Abbey ward declared. Name Party Votes Ann Lee Labour 812 Tom Hart Green Party 640"
    table = (
        "<table><tr><th>Name</th><th>Party</th><th>Votes</th></tr>"
        "<tr><td>Ann Lee</td><td>Labour</td><td>812</td></tr></table>"
    )
    post = _body(_page(_update("9", flat), _styled("9", f"<p>Abbey ward declared.</p>{table}")))
    assert post.body_text == "Abbey ward declared.\nName | Party | Votes\nAnn Lee | Labour | 812"


def test_capitalised_class_words_of_css_modules_mark_ads_promos_and_sign_ups() -> None:
    body = (
        "<p>Greens hold Abbey.</p>"
        '<div class="AdSlot_slot__q1"><span class="AdSlot_label__q2">Advertisement</span></div>'
        '<aside class="ReadMore_box__r1"><p class="ReadMore_heading__r2">Read more</p>'
        '<a href="/politics/abbey-profile">Abbey ward: who is standing?</a></aside>'
        '<div class="Newsletter_signup__s1"><h3>Morning briefing</h3><p>Every weekday at 7am.</p></div>'
        "<p>Turnout 33%.</p>"
    )
    rendered = '<article class="LivePost_post__a1" id="entry-4"><time datetime="2026-05-08T11:00:00+01:00">11am</time>'
    rendered += (
        f'<h2 class="LivePost_title__a2">Abbey declares</h2><div class="LivePost_body__a3">{body}</div></article>'
    )
    post = _body(_page(_update("4", "Greens hold Abbey.\n\nTurnout 33%."), rendered))
    assert post.body_text == "Greens hold Abbey.\nTurnout 33%."
    assert [link.text for link in post.links] == ["Abbey ward: who is standing?"]


def test_a_hashed_box_of_a_promo_heading_and_links_alone_is_a_promo() -> None:
    box = '<div class="sc-9q-0 aBcDe"><p>Related</p><a href="/politics/full-results">Every result in full</a></div>'
    post = _body(_page(_update("5", "x"), _styled("5", f"<p>Labour hold Castle.</p>{box}")))
    assert post.body_text == "Labour hold Castle."
    assert [(link.text, link.url) for link in post.links] == [
        ("Every result in full", "https://news.example.co.uk/politics/full-results")
    ]


def test_a_hashed_box_naming_a_newsletter_and_ending_on_its_sign_up_call_is_furniture() -> None:
    box = (
        '<div class="sc-7n-0 fGhIj"><p>Get our free council newsletter</p><p>News from the Town Hall, weekly.</p>'
        '<a href="/newsletter">Subscribe</a></div>'
    )
    post = _body(_page(_update("6", "x"), _styled("6", f"<p>Lib Dems gain Mill.</p>{box}")))
    assert post.body_text == "Lib Dems gain Mill."
    assert post.links == []


def test_a_paragraph_about_a_newsletter_with_a_sign_up_word_inside_the_post_stays() -> None:
    body = "<p>The council's newsletter will list every new councillor. Sign up at the town hall.</p>"
    post = _body(_page(_update("7", "x"), _styled("7", body)))
    assert post.body_text == "The council's newsletter will list every new councillor. Sign up at the town hall."


def test_a_box_wrapping_the_post_and_its_sign_up_keeps_the_post() -> None:
    body = (
        '<div class="sc-2w-0 kLmNo"><p>Counting has begun.</p>'
        '<div class="sc-7n-0 fGhIj"><p>Our politics newsletter</p><a href="/nl">Sign me up</a></div></div>'
    )
    post = _body(_page(_update("8", "x"), _styled("8", body)))
    assert post.body_text == "Counting has begun."


def test_a_hashed_box_saying_whose_post_it_holds_is_that_networks_embed() -> None:
    box = (
        '<div class="sc-5e-0 pQrSt" data-embed="twitter"><p>To view this content, please allow Twitter cookies.</p>'
        "<button>Accept Twitter cookies</button>"
        '<a href="https://twitter.com/abbeylab/status/77">Open post on Twitter</a></div>'
    )
    post = _body(_page(_update("3", "x"), _styled("3", f"<p>Labour gain Abbey.</p>{box}")))
    assert post.body_text == "Labour gain Abbey."
    assert [(e.kind, e.url) for e in post.embeds] == [("twitter", "https://twitter.com/abbeylab/status/77")]
