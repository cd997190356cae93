"""Fixes of blind layout round 54: a page carrying another live blog's LiveBlogPosting beside its own, a screen
reader's plain-text copy, a chart's credit image."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

import scraper

FETCHED = datetime(2026, 5, 8, 12, tzinfo=UTC)
OWN = "https://www.example-gazette.co.uk/news/live-wyre-forest-count-2026"
OTHER = "https://www.example-gazette.co.uk/news/live-bromsgrove-count-2026"


def _blog(address: str | None, headline: str, *updates: str) -> str:
    blog = {
        "@context": "https://schema.org",
        "@type": "LiveBlogPosting",
        "headline": headline,
        "liveBlogUpdate": [
            {"@type": "BlogPosting", "headline": u, "datePublished": "2026-05-08T09:00:00Z", "articleBody": f"{u}."}
            for u in updates
        ],
    }
    if address:
        blog["url"] = address
    return f'<script type="application/ld+json">{json.dumps(blog)}</script>'


def _page(*blogs: str, canonical: str = OWN) -> bytes:
    return (
        f'<html><head><title>Count live</title><link rel="canonical" href="{canonical}">{"".join(blogs)}</head>'
        "<body><h1>Count live</h1></body></html>"
    ).encode()


@pytest.mark.parametrize("url", [OWN, None])
def test_another_live_blogs_posting_on_the_page_gives_no_post_or_title(url: str | None) -> None:
    html = _page(
        _blog(OTHER, "Bromsgrove live", "Greens gain Hagley"), _blog(OWN + "/", "Wyre Forest live", "Turnout 31%")
    )
    page = scraper.parse(html, url=url, fetched_at=FETCHED, entities=False)
    assert page.title == "Wyre Forest live"
    assert [post.title for post in page.posts] == ["Turnout 31%"]


def test_live_blogs_none_of_which_is_at_the_pages_address_are_all_read() -> None:
    html = _page(_blog(OTHER, "Bromsgrove live", "Greens gain Hagley"), _blog(None, "Wyre Forest live", "Turnout 31%"))
    page = scraper.parse(html, url=None, fetched_at=FETCHED, entities=False)
    assert sorted(post.title for post in page.posts) == ["Greens gain Hagley", "Turnout 31%"]


def test_a_blog_at_no_address_beside_the_pages_own_is_part_of_it() -> None:
    html = _page(_blog(OWN, "Wyre Forest live", "Turnout 31%"), _blog(None, "", "Recount in Areley Kings"))
    page = scraper.parse(html, url=None, fetched_at=FETCHED, entities=False)
    assert sorted(post.title for post in page.posts) == ["Recount in Areley Kings", "Turnout 31%"]


READ_OUT = """Council count live - BBC News
link: Skip to content
link: Home
link: Politics
Council count live
Recount in Kidderminster, published at 14:10 8 May
14:10 8 May
A recount has been called in the Aggborough ward.
Results are on
link: the council's website
, with turnout figures to follow.
link: Share
Polls close, published at 22:00 7 May
22:00 7 May
Polling stations have closed across Worcestershire.
link: Share
"""


def _read_out() -> scraper.Page:
    return scraper.parse(
        READ_OUT.encode(), url="https://www.bbc.co.uk/news/live/uk-england-hereford-worcester-1", fetched_at=FETCHED
    )


def test_a_screen_readers_link_lines_are_their_texts_and_chrome_stays_out() -> None:
    page = _read_out()
    assert page.title == "Council count live"
    assert [post.title for post in page.posts] == ["Recount in Kidderminster", "Polls close"]
    assert all("link:" not in post.body_text and "Share" not in post.body_text for post in page.posts)


def test_a_link_read_out_of_a_sentence_is_put_back_in_it() -> None:
    body = _read_out().posts[0].body_text
    assert body.endswith("Results are on the council's website, with turnout figures to follow.")


def test_a_copy_with_one_link_line_keeps_it() -> None:
    text = "Count live\n\nposted at 10:00\nTurnout\nlink: see the figures\nTurnout was 30%.\n"
    page = scraper.parse(text.encode(), url=None, fetched_at=FETCHED, entities=False)
    assert "link: see the figures" in page.posts[0].body_text


GUARDIAN = "https://www.theguardian.com/politics/live/2026/may/08/council-counts-live"


def _guardian_block(figure: str) -> bytes:
    return (
        '<html><head><title>Counts live | The Guardian</title></head><body><main data-layout="LiveLayout">'
        '<div id="liveblog-body"><article id="block-77" class="block" data-gu-name="liveblock"><header>'
        '<time datetime="2026-05-08T09:10:00.000Z">10.10 BST</time><h2>Seats so far</h2></header>'
        f'<div class="dcr-block-elements"><p>Here is the state of the parties.</p>{figure}</div></article>'
        "</div></main></body></html>"
    ).encode()


def test_a_chart_makers_badge_beside_its_frame_is_no_picture() -> None:
    figure = (
        '<figure data-spacefinder-type="model.dotcomrendering.pageElements.InteractiveBlockElement">'
        '<iframe src="https://flo.uri.sh/visualisation/111/embed"></iframe><div><a href="https://flourish.studio/x">'
        '<img alt="Built with a chart tool" src="https://flourish.studio/badge.svg"></a></div></figure>'
    )
    post = scraper.parse(_guardian_block(figure), url=GUARDIAN, fetched_at=FETCHED, entities=False).posts[0]
    assert post.images == []
    assert [embed.url for embed in post.embeds] == ["https://flo.uri.sh/visualisation/111/embed"]


def test_a_figures_picture_with_no_frame_stays() -> None:
    figure = '<figure><a href="https://example.org/big.jpg"><img alt="Count hall" src="https://i.guim.co.uk/c.jpg"></a></figure>'
    post = scraper.parse(_guardian_block(figure), url=GUARDIAN, fetched_at=FETCHED, entities=False).posts[0]
    assert [image.alt for image in post.images] == ["Count hall"]


@pytest.mark.parametrize("apostrophe", ["'", "\u2019"])
def test_a_welsh_pages_image_labels_give_the_credit_and_the_caption(apostrophe: str) -> None:
    hidden = '<span class="visually-hidden ssrcss-1f39n02-VisuallyHidden e16en2lz0">{}</span>'
    html = (
        '<html lang="cy"><head><title>Cyfrif yn fyw - BBC Cymru Fyw</title></head><body>'
        '<div data-testid="live-text-stream"><ol><li><article data-testid="content-post"><header>'
        '<h3 id="asset:aa11"><span role="text"><span class="ssrcss-1rn3s5k-PostHeadline e1cd9m0">Ailgyfrif</span>'
        '</span></h3><time datetime="2026-05-08T09:00:00.000Z">10:00</time></header>'
        '<div class="ssrcss-7uxr49-RichTextContainer e5tfeyi1"><p>Mae ailgyfrif yn Wrecsam.</p><figure><div>'
        f'<span>{hidden.format("Ffynhonnell y llun, ")}Asiantaeth Luniau</span><img alt="Neuadd" src="https://ichef.bbci.co.uk/n.jpg">'
        f"</div><figcaption>{hidden.format(f'Disgrifiad o{apostrophe}r llun, ')}Y neuadd yn Wrecsam</figcaption>"
        "</figure>"
        "</div></article></li></ol></div></body></html>"
    )
    post = scraper.parse(html.encode(), url="https://www.bbc.co.uk/cymrufyw/live/c1", fetched_at=FETCHED).posts[0]
    assert [(image.credit, image.caption) for image in post.images] == [("Asiantaeth Luniau", "Y neuadd yn Wrecsam")]
    assert "llun" not in post.body_text


LX = "https://www.bbc.co.uk/news/live/uk-england-1"


def _lx_page(*articles: str) -> bytes:
    items = "".join(f'<li class="lx-stream__post-container">{a}</li>' for a in articles)
    return (
        '<html><head><title>Count - BBC News</title></head><body><div id="lx-commentary"><h1 class="qa-main-title">'
        f'Count</h1><ol class="lx-stream__feed qa-stream">{items}</ol></div></body></html>'
    ).encode()


KEPT = (
    '<article id="post_2" class="qa-post lx-stream-post"><header><time><span class="qa-post-auto-meta">10:05</span>'
    '</time><h3 class="qa-post-title"><span>Turnout</span></h3></header>'
    '<div class="qa-post-body"><div class="lx-stream-post-body"><p>Turnout was 35%.</p></div></div></article>'
)


def _lx_first(inside: str) -> scraper.Page:
    """An LX page whose first post element holds ``inside``, its second a post (KEPT)."""
    first = f'<article id="post_1" class="qa-post lx-stream-post">{inside}</article>'
    return scraper.parse(_lx_page(first, KEPT), url=LX, fetched_at=FETCHED, entities=False)


@pytest.mark.parametrize("shell", ["", " ", "<!-- removed -->"])
def test_a_deleted_posts_empty_shell_is_skipped_without_a_warning(shell: str) -> None:
    page = _lx_first(shell)
    assert [post.post_id for post in page.posts] == ["post_2"]
    assert page.warnings == []


def test_an_lx_post_with_a_header_but_no_title_or_body_still_warns() -> None:
    header = '<header><time><span class="qa-post-auto-meta">10:01</span></time></header>'
    page = _lx_first(header)
    assert [post.post_id for post in page.posts] == ["post_2"]
    assert len(page.warnings) == 1
