"""Rules found by the seventh blind round (BBC LX pages written before the code was read): a post of only a tweet
or a picture is kept, a figure's labels in plain sight give its caption and credit, a consent box's policy links
are not the post it gates, and a consent box read apart from its post adds no second embed."""

from __future__ import annotations

from datetime import UTC, datetime

from selectolax.lexbor import LexborHTMLParser

from scraper import parse
from scraper.clean import html_body
from scraper.layouts import lx_morph
from scraper.models import Embed, Image

URL = "https://www.bbc.co.uk/news/live/uk-england-cornwall-44012345"
WHEN = datetime(2018, 5, 4, 11, tzinfo=UTC)
TWEET = "https://twitter.com/cornwallnews/status/992000000000000001"


def _page(*articles: str):
    items = "".join(f'<li class="lx-stream__post-container">{a}</li>' for a in articles)
    html = (
        '<html><head><title>Cornwall results - BBC News</title></head><body><div id="lx-stream">'
        f'<ol class="lx-stream__feed qa-stream">{items}</ol></div></body></html>'
    )
    return parse(html, url=URL, fetched_at=WHEN, entities=False)


def _article(id_: str, body: str, title: str | None = None) -> str:
    heading = (
        f'<header class="lx-stream-post__header"><h3 class="lx-stream-post__header-title qa-post-title">'
        f'<span class="lx-stream-post__header-text">{title}</span></h3></header>'
        if title
        else '<header class="lx-stream-post__header"></header>'
    )
    return (
        f'<article id="{id_}" class="qa-post lx-stream-post">{heading}'
        f'<div class="qa-post-body"><div class="lx-stream-post-body">{body}</div></div></article>'
    )


def _body(html: str):
    return html_body(LexborHTMLParser(f"<div>{html}</div>").css_first("div"), URL)


# --- posts with no title and no words --------------------------------------------------------------------------


def test_untitled_post_holding_only_a_tweet_is_kept_with_its_embed() -> None:
    tweet = f'<div class="lx-embed"><blockquote class="twitter-tweet"><a href="{TWEET}">4 May</a></blockquote></div>'
    page = _page(_article("post_a", "<p>Truro declares.</p>", "Truro result"), _article("post_b", tweet))
    assert [p.post_id for p in page.posts] == ["post_a", "post_b"]
    assert page.posts[1].embeds == [Embed("twitter", TWEET)]
    assert page.warnings == []


def test_untitled_post_holding_only_a_picture_is_kept_with_its_image() -> None:
    figure = (
        '<figure class="lx-media-asset"><div><img src="https://ichef.bbci.co.uk/x/count.jpg" alt="Count"></div>'
        "</figure>"
    )
    page = _page(_article("post_c", figure))
    assert [p.post_id for p in page.posts] == ["post_c"]
    assert [i.alt for i in page.posts[0].images] == ["Count"]


def test_untitled_empty_post_is_still_skipped_with_its_warning() -> None:
    page = _page(_article("post_d", "<p> </p>"), _article("post_e", "<p>Camborne counted.</p>", "Camborne"))
    assert [p.post_id for p in page.posts] == ["post_e"]
    assert page.warnings == ["post 1: no title and no body in article.lx-stream-post, skipped"]


def test_morph_result_holding_only_a_tweet_is_a_post() -> None:
    results = [{"locator": "urn:asset:00000000-0000-4000-8000-000000000001", "type": "POST", "title": "",
                "body": [{"name": "embed", "children": [{"name": "text", "text": "twitter"},
                                                        {"name": "text", "text": TWEET}]}]}]  # fmt: skip
    posts = lx_morph.payload_posts(results, URL)
    assert [p.embeds for p in posts] == [[Embed("twitter", TWEET)]]


# --- figures whose labels are shown --------------------------------------------------------------------------


def test_shown_caption_and_source_lines_of_a_figure_are_its_caption_and_credit() -> None:
    body = _body(
        '<p>St Austell has a new council.</p><figure class="lx-media-asset"><div><img src="/a.jpg" alt="Hall"></div>'
        '<p class="lx-media-asset__caption">Image caption: The hall before the count</p>'
        '<p class="lx-media-asset__copyright">Image copyright Reuters</p></figure>'
    )
    assert [(i.alt, i.caption, i.credit) for i in body.images] == [("Hall", "The hall before the count", "Reuters")]
    assert body.paragraphs == ["St Austell has a new council."]


def test_hidden_labels_still_win_and_a_bare_label_gives_nothing() -> None:
    body = _body(
        '<figure><div><img src="/b.jpg" alt=""></div><p><span class="gs-u-vh">Image source: </span>PA Media</p>'
        '<p class="caption">Image caption:</p></figure>'
    )
    assert body.images == [Image(None, None, "PA Media", "https://www.bbc.co.uk/b.jpg")]


# --- consent boxes ---------------------------------------------------------------------------------------------

CONSENT = (
    '<div class="lx-social-consent"><p>Allow Twitter content?</p><p>This article contains content provided by Twitter. '
    'You may want to read Twitter’s <a href="https://twitter.com/en/privacy">cookie policy</a> and '
    '<a href="https://help.twitter.com/rules-and-policies/twitter-cookies">privacy policy</a> before accepting.'
    "</p></div>"
)


def test_a_consent_box_read_alone_names_the_network_not_its_policy_page() -> None:
    assert _body(CONSENT).embeds == [Embed("twitter", None)]


def test_a_consent_box_beside_its_tweet_adds_no_second_embed() -> None:
    tweet = f'<blockquote class="twitter-tweet"><p>Cornwall counts.</p><a href="{TWEET}">4 May</a></blockquote>'
    assert _body(CONSENT + tweet).embeds == [Embed("twitter", TWEET)]


def test_bare_embeds_of_other_networks_and_two_addressed_tweets_stay() -> None:
    other = f'<blockquote class="twitter-tweet"><a href="{TWEET}2">4 May</a></blockquote>'
    tweet = f'<blockquote class="twitter-tweet"><a href="{TWEET}">4 May</a></blockquote>'
    insta = '<div class="instagram-media"><p>It holds content provided by Instagram.</p></div>'
    assert _body(tweet + insta + other).embeds == [
        Embed("twitter", TWEET),
        Embed("instagram", None),
        Embed("twitter", TWEET + "2"),
    ]


def test_a_consent_box_before_its_view_more_line_adds_no_second_embed() -> None:
    box = CONSENT.replace("Twitter", "Facebook")
    line = '<p><a href="https://www.facebook.com/cornwallcouncil/posts/1001">View more on facebook</a></p>'
    assert _body(box + line).embeds == [Embed("facebook", "https://www.facebook.com/cornwallcouncil/posts/1001")]
