"""Blind LX round 11: a page saved from the Wayback Machine, and LX audio clips."""

from __future__ import annotations

from datetime import UTC, datetime

import scraper
from scraper.clean import join_url

PAGE = "https://www.bbc.co.uk/news/live/uk-england-somerset-48000001"
FETCHED = datetime(2019, 5, 3, 12, tzinfo=UTC)


def test_a_wayback_link_on_the_original_page_url_is_the_address_it_holds() -> None:
    href = "/web/20190503110000/https://www.bbc.co.uk/news/election/2019/england/councils/E07000187"
    assert join_url(PAGE, href) == "https://www.bbc.co.uk/news/election/2019/england/councils/E07000187"
    assert join_url(PAGE, "/web/20190503110000im_/https://ichef.bbci.co.uk/a.jpg") == "https://ichef.bbci.co.uk/a.jpg"


def test_a_wayback_link_on_a_wayback_page_url_stays_an_archived_copy() -> None:
    base = "https://web.archive.org/web/20190503110000/" + PAGE
    href = "/web/20190503110000/https://www.bbc.co.uk/news/live/uk-england-somerset-48000001/page/2"
    assert join_url(base, href) == "https://web.archive.org" + href


def test_a_root_relative_link_under_a_web_folder_is_joined_as_written() -> None:
    assert join_url(PAGE, "/web/design/index.html") == "https://www.bbc.co.uk/web/design/index.html"


def _page(body: str, pager: str = "") -> str:
    return (
        '<html><head><title>Somerset live - BBC News</title></head><body><div id="lx-commentary">'
        '<h1 class="qa-main-title">Somerset live</h1>'
        '<ol class="lx-stream__feed qa-stream">'
        '<li class="lx-stream__post-container">'
        '<article id="post_5ccc0000e4b0aaaaaaaaaa01" class="qa-post lx-stream-post">'
        '<header class="lx-stream-post__header"><time class="lx-stream-post__meta-time">'
        '<span class="gs-u-vh qa-visually-hidden-meta">posted at </span>'
        '<span class="qa-post-auto-meta">12:05</span></time>'
        '<h3 class="lx-stream-post__header-title qa-post-title"><span class="lx-stream-post__header-text">Mendip count'
        '</span></h3></header><div class="gs-u-mb+ gel-body-copy qa-post-body"><div class="lx-stream-post-body">'
        f"{body}</div></div></article></li></ol>{pager}</div></body></html>"
    )


def test_a_wayback_copy_keeps_the_original_addresses_of_links_tweets_and_pager() -> None:
    stamp = "/web/20190503110000/"
    body = (
        f'<p>Results <a href="{stamp}https://www.bbc.co.uk/news/uk-england-somerset-48000002">in full</a>.</p>'
        '<div class="lx-social-embed lx-social-embed--twitter"><blockquote class="twitter-tweet"><p>Counted</p>'
        f'<a href="{stamp}https://twitter.com/MendipDC/status/1124000000000000001">May 3, 2019</a></blockquote>'
        f'<a class="lx-social-embed__link" href="{stamp}https://twitter.com/MendipDC/status/1124000000000000001">'
        "View more on twitter</a></div>"
    )
    pager = (
        '<div class="lx-pagination qa-pagination"><span class="qa-pagination-current-page-number">1</span> of '
        '<span class="qa-pagination-total-page-number">2</span>'
        f'<a class="lx-pagination__btn qa-pagination-next-page" href="{stamp}{PAGE}/page/2">Next</a></div>'
    )
    page = scraper.parse(_page(body, pager), url=PAGE, fetched_at=FETCHED, entities=False)
    (post,) = page.posts
    assert [link.url for link in post.links] == ["https://www.bbc.co.uk/news/uk-england-somerset-48000002"]
    assert [(e.kind, e.url) for e in post.embeds] == [
        ("twitter", "https://twitter.com/MendipDC/status/1124000000000000001")
    ]
    assert page.page.next_url == PAGE + "/page/2"


def test_an_lx_audio_clip_is_an_audio_embed_and_a_video_a_video_one() -> None:
    def media(kind: str) -> str:
        label = kind.capitalize()
        return (
            f'<figure class="lx-stream-post-body__media-asset lx-media-asset lx-media-asset--{kind}">'
            f'<p class="lx-media-asset-summary"><span class="gs-u-vh">{label} content</span></p>'
            f'<p class="lx-media-asset-summary"><span class="gs-u-vh">{label} caption: </span>At the count</p></figure>'
        )

    body = f"<p>The leader spoke to us.</p>{media('audio')}{media('video')}"
    (post,) = scraper.parse(_page(body), url=PAGE, fetched_at=FETCHED, entities=False).posts
    assert [e.kind for e in post.embeds] == ["audio", "video"]
    assert post.body_text == "The leader spoke to us."


def test_a_wayback_link_to_a_social_post_is_the_post_on_any_base() -> None:
    base = "https://web.archive.org/web/20190503110000/" + PAGE
    href = "/web/20190503110000/https://twitter.com/MendipDC/status/1124000000000000001"
    assert join_url(base, href) == "https://twitter.com/MendipDC/status/1124000000000000001"
