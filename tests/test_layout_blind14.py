"""Blind LX round 14 (election nights 2016-2022): LX's own embed box, tables of results, older bylines."""

from __future__ import annotations

from datetime import UTC, datetime

import scraper
from scraper.models import Embed

PAGE = "https://www.bbc.co.uk/news/live/uk-politics-10000014"
FETCHED = datetime(2022, 5, 6, 12, tzinfo=UTC)


def _page(body: str, header: str = "") -> scraper.Page:
    html = (
        '<html><head><title>Count night - BBC News</title></head><body><div id="lx-commentary">'
        '<h1 class="qa-main-title">Count night</h1><ol class="lx-stream__feed qa-stream">'
        '<li class="lx-stream__post-container"><article id="post_1" class="qa-post lx-stream-post">'
        '<header class="lx-stream-post__header">'
        + (
            header
            or '<time class="lx-stream-post__meta-time"><span class="gs-u-vh qa-visually-hidden-meta">posted at </span>'
            '<span class="qa-post-auto-meta">11:05</span></time>'
        )
        + '<h3 class="lx-stream-post__header-title qa-post-title">'
        '<span class="lx-stream-post__header-text">At the count</span></h3></header>'
        '<div class="qa-post-body"><div class="lx-stream-post-body">'
        f"{body}</div></div></article></li></ol></div></body></html>"
    )
    return scraper.parse(html, url=PAGE, fetched_at=FETCHED, entities=False)


def _lx_embed(provider: str, inner: str, fallback: str) -> str:
    return (
        f'<div class="lx-stream-post-body__embed lx-embed lx-embed--{provider}" data-embed-type="{provider}">'
        f'<a href="#end-of-{provider}-1" class="lx-embed__skip-link gs-u-vh">Skip {provider} post 1 by @council</a>'
        f'<div class="lx-social-consent"><p>Allow {provider} content?</p></div>{inner}'
        f'<a class="lx-embed__fallback-link" href="{fallback}">See the original post on {provider}</a>'
        f'<span id="end-of-{provider}-1" class="gs-u-vh">End of {provider} post 1 by @council</span></div>'
    )


def test_an_lx_embed_box_is_one_embed_whatever_its_frame_and_link_say() -> None:
    watch = "https://www.youtube.com/watch?v=abcdefghijk"
    frame = '<iframe src="https://www.youtube.com/embed/abcdefghijk"></iframe>'
    post = _page(f"<p>The candidates' hustings, in full.</p>{_lx_embed('youtube', frame, watch)}").posts[0]
    assert post.embeds == [Embed("youtube", watch)]
    assert post.body_text == "The candidates' hustings, in full."
    assert post.links == []


def test_an_lx_embed_box_keeps_none_of_its_wording_in_the_body() -> None:
    status = "https://twitter.com/council/status/1234567890123456789"
    post = _page(f"<p>The council posted its figures.</p>{_lx_embed('twitter', '', status)}").posts[0]
    assert post.embeds == [Embed("twitter", status)]
    assert post.body_text == "The council posted its figures."


def test_a_results_table_is_a_line_a_row() -> None:
    table = (
        "<table><thead><tr><th>Party</th><th>Votes</th></tr></thead><tbody>"
        '<tr><td><a href="/news/election/2022/party/green">Green</a></td><td>1,204</td></tr>'
        "<tr><td>Reform UK</td><td></td></tr></tbody></table>"
    )
    post = _page(f"<p>Result in Ashfield ward:</p>{table}").posts[0]
    assert post.body_text == "Result in Ashfield ward:\nParty | Votes\nGreen | 1,204\nReform UK"
    assert [(link.text, link.url) for link in post.links] == [
        ("Green", "https://www.bbc.co.uk/news/election/2022/party/green")
    ]


def _meta_line(contributor: str) -> str:
    return (
        '<div class="lx-stream-post__meta gs-o-bullet"><time class="lx-stream-post__meta-time gs-o-bullet__icon">'
        '<span class="gs-u-vh qa-visually-hidden-meta">posted at </span><span class="qa-post-auto-meta">11:05</span>'
        f"</time> {contributor}</div>"
    )


def test_an_older_posts_byline_in_the_meta_line_beside_its_time() -> None:
    header = _meta_line(
        '<span class="lx-stream-post__meta-contributor gs-o-bullet__text">'
        '<span class="qa-contributor-name lx-stream-post__contributor-name">By Morag Kerr</span> '
        '<span class="qa-contributor-role lx-stream-post__contributor-description">BBC Scotland</span></span>'
    )
    post = _page("<p>The count in Perth is running late.</p>", header=header).posts[0]
    assert (post.author, post.role, post.published_text) == ("Morag Kerr", "BBC Scotland", "11:05")


def test_a_meta_line_without_a_contributor_is_no_byline() -> None:
    header = _meta_line('<span class="lx-stream-post__breaking-label">Breaking</span>')
    post = _page("<p>The count in Perth is running late.</p>", header=header).posts[0]
    assert (post.author, post.role) == (None, None)


def _shared(href: str) -> str:
    return (
        '<p>Votes are being verified.</p></div></div><div class="lx-share-tools"><ul class="lx-share-tools__items">'
        f'<li><a class="lx-share-tools__link" href="{href}">Share this post on Facebook</a></li></ul><div><div>'
    )


def test_a_share_buttons_encoded_address_is_the_posts_permalink() -> None:
    post_url = f"{PAGE}?pinned_post_locator=urn:asset:0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d&pinned_post_asset_id=5"
    encoded = (
        post_url.replace(":", "%3A").replace("/", "%2F").replace("?", "%3F").replace("=", "%3D").replace("&", "%26")
    )
    post = _page(_shared(f"https://www.facebook.com/dialog/share?app_id=1&amp;href={encoded}")).posts[0]
    assert post.url == post_url


def test_a_share_buttons_address_without_a_posts_locator_is_no_permalink() -> None:
    encoded = f"{PAGE}%3Fpinned_post_locator%3Durn%3Aasset%3Aplaceholder"
    post = _page(_shared(f"https://www.facebook.com/dialog/share?href={encoded}")).posts[0]
    assert post.url is None
