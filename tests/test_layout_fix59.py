"""Fixes of blind layout round 59: an RSS reader's full-article view copied as text, a page saved with only a
"saved from" comment or a relative canonical to give its address, Cloudflare's email obfuscation, and an LX share
button that names the post's address in ``data-share-url``."""

from __future__ import annotations

from datetime import UTC, datetime

import scraper
from scraper.source import decode

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


# An LX page of its own wording, its share link and pager relative, as a browser saved it from ``address``.
LX_POST = (
    '<li class="lx-stream__post-container"><article id="post_1" class="qa-post lx-stream-post">'
    '<header class="lx-stream-post__header"><time class="lx-stream-post__meta-time"><span class="qa-post-auto-meta">'
    '10:05</span></time><h3 class="qa-post-title"><span>Turnout</span></h3></header>'
    '<div class="qa-post-body"><div class="lx-stream-post-body"><p>Turnout was 35%.</p></div></div>'
    '<a class="qa-share-tools-cta" href="/news/live/uk-1?pinned_post_locator=urn:asset:1a&amp;pinned_post_type=share">'
    "Share</a></article></li>"
)


def _saved_lx(address: str) -> scraper.Page:
    html = (
        f"<!DOCTYPE html>\n<!-- saved from url=({len(address):04d}){address} -->\n"
        '<html><head><title>Count - BBC News</title></head><body><div id="lx-commentary">'
        f'<h1 class="qa-main-title">Count</h1><ol class="lx-stream__feed qa-stream">{LX_POST}</ol>'
        '<a href="/news/live/uk-1/page/3" class="qa-pagination-next-page">Next</a></div></body></html>'
    )
    return scraper.parse(html, url=None, fetched_at=FETCHED, entities=False)


def test_a_page_saved_with_only_its_saved_from_comment_takes_that_address() -> None:
    page = _saved_lx("https://www.bbc.co.uk/news/live/uk-1/page/2")
    assert page.url == "https://www.bbc.co.uk/news/live/uk-1/page/2"
    assert page.page.next_url == "https://www.bbc.co.uk/news/live/uk-1/page/3"
    assert page.posts[0].url == (
        "https://www.bbc.co.uk/news/live/uk-1?pinned_post_locator=urn:asset:1a&pinned_post_type=share"
    )


def test_a_saved_from_comment_naming_no_web_address_gives_none() -> None:
    page = _saved_lx("about:internet")
    assert page.url is None
    assert page.page.next_url == "/news/live/uk-1/page/3"


def _ld_page(head: str, frame: str = "") -> scraper.Page:
    """A JSON-LD live page of its own wording whose update gives a root-relative address, saved as its server sent
    it (no address given to the parse)."""
    html = (
        f'<!DOCTYPE html><html><head><meta charset="utf-8">{head}<script type="application/ld+json">'
        '{"@context":"https://schema.org","@type":"LiveBlogPosting","headline":"Town hall count live",'
        '"liveBlogUpdate":[{"@type":"BlogPosting","url":"/local/count-live/#entry-7","headline":"Greens hold Abbey",'
        '"datePublished":"2026-05-08T11:40:00+01:00","articleBody":"The Greens held Abbey by 40 votes."}]}</script>'
        f'</head><body><div id="entry-7"><h2>Greens hold Abbey</h2><div class="entry-body"><p>The Greens held Abbey '
        f"by 40 votes.</p>{frame}</div></div></body></html>"
    )
    return scraper.parse(html, url=None, fetched_at=FETCHED, entities=False)


def test_a_relative_canonical_resolves_against_the_base_the_page_names() -> None:
    page = _ld_page('<base href="https://paper.example.org/local/"><link rel="canonical" href="count-live/">')
    assert page.url == "https://paper.example.org/local/count-live/"
    assert page.posts[0].url == "https://paper.example.org/local/count-live/#entry-7"


def test_a_relative_canonical_without_a_base_gives_no_address() -> None:
    page = _ld_page('<link rel="canonical" href="count-live/">')
    assert page.posts[0].url == "/local/count-live/#entry-7"  # nothing to resolve it against: as written


def test_a_protocol_relative_player_takes_the_pages_scheme() -> None:
    frame = '<iframe src="//www.youtube.com/embed/Zx81Kq0vT3a" width="560" height="315"></iframe>'
    page = _ld_page('<base href="https://paper.example.org/local/"><link rel="canonical" href="count-live/">', frame)
    assert [(embed.kind, embed.url) for embed in page.posts[0].embeds] == [
        ("youtube", "https://www.youtube.com/embed/Zx81Kq0vT3a")
    ]


def _cf(email: str, key: int) -> str:
    """``email`` as Cloudflare hides it in ``data-cfemail``: the key byte, then each byte XOR the key, in hex."""
    return f"{key:02x}" + bytes(b ^ key for b in email.encode("utf-8")).hex()


def test_cloudflares_hidden_addresses_are_written_back() -> None:
    hidden, tips = _cf("desk@courier.example.co.uk", 0x4E), _cf("tips@courier.example.co.uk", 0x19)
    html = (
        f'<p>Write to <a href="/cdn-cgi/l/email-protection#{hidden}"><span class="__cf_email__" '
        f'data-cfemail="{hidden}">[email&#160;protected]</span></a> or to '
        f'<a href="/cdn-cgi/l/email-protection" class="__cf_email__" data-cfemail="{tips}">'
        "[email&#160;protected]</a>.</p>"
    )
    assert decode(html) == (
        '<p>Write to <a href="mailto:desk@courier.example.co.uk">desk@courier.example.co.uk</a> or to '
        '<a href="mailto:tips@courier.example.co.uk">tips@courier.example.co.uk</a>.</p>'
    )


def test_a_protected_link_in_words_keeps_its_words_and_mails_the_address() -> None:
    html = (
        f'<p>You can <a href="/cdn-cgi/l/email-protection#{_cf("ed@paper.example", 0x2A)}">write to the editor</a>.</p>'
    )
    assert decode(html) == '<p>You can <a href="mailto:ed@paper.example">write to the editor</a>.</p>'


def test_a_hex_that_holds_no_address_is_left_as_it_is() -> None:
    html = '<p>Mail <span class="__cf_email__" data-cfemail="7f0a">[email&#160;protected]</span></p>'
    assert decode(html) == html


def test_a_posts_hidden_address_reaches_its_body_and_is_no_link() -> None:
    hidden = _cf("pics@paper.example", 0x63)
    frame = f'<p>Photos to <span class="__cf_email__" data-cfemail="{hidden}">[email&#160;protected]</span>.</p>'
    (post,) = _ld_page('<base href="https://paper.example.org/local/">', frame).posts
    assert "Photos to pics@paper.example." in post.body_text
    assert "protected" not in post.body_text
    assert post.links == []


def _lx_with_share(share: str) -> scraper.Page:
    post = LX_POST.replace(LX_POST[LX_POST.index("<a class") : LX_POST.index("</article>")], share)
    html = (
        '<html><head><link rel="canonical" href="https://www.bbc.co.uk/news/live/uk-1/page/2"></head><body>'
        f'<div id="lx-commentary"><ol class="lx-stream__feed qa-stream">{post}</ol></div></body></html>'
    )
    return scraper.parse(html, url=None, fetched_at=FETCHED, entities=False)


def test_an_lx_share_button_that_is_no_link_gives_the_posts_address() -> None:
    button = (
        '<button class="qa-share-tools-cta" data-share-url="https://www.bbc.co.uk/news/live/uk-1?'
        'pinned_post_locator=urn:asset:2b&amp;pinned_post_type=share&amp;at_medium=x">Share</button>'
    )
    assert _lx_with_share(button).posts[0].url == (
        "https://www.bbc.co.uk/news/live/uk-1?pinned_post_locator=urn:asset:2b&pinned_post_type=share"
    )


def test_an_lx_button_naming_no_post_gives_no_address() -> None:
    button = '<button class="qa-share-tools-cta" data-share-url="https://www.bbc.co.uk/news/live/uk-1">Share</button>'
    assert _lx_with_share(button).posts[0].url is None
