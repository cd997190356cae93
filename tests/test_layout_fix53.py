"""Fixes of blind layout round 53: Google AMP copies of Guardian live blogs, a news app's share-as-text copy, images
of a Wayback Machine copy, BBC pages printed from a browser's reader view."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

import scraper
from scraper.clean import join_url, page_lines

FETCHED = datetime(2026, 5, 8, 12, tzinfo=UTC)
LIVE = "https://www.theguardian.com/politics/live/2026/may/08/council-counts-live"
FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
AMP = "https://amp.theguardian.com/uk-news/live/2026/may/08/council-counts-live"


def _amp_item(block_id: str, sort_time: str, byline: str) -> str:
    return (
        f'<div id="block-{block_id}" data-sort-time="{sort_time}" class="block"><p class="block-time published-time">'
        f'<a href="{AMP}?page=with:block-{block_id}#block-{block_id}">10.05 BST</a></p>'
        f'<h2 class="block-title">Count {block_id}</h2><div class="block-elements">'
        f"<p>Ballots verified at {block_id}.</p></div>{byline}</div>"
    )


def _amp_page(*items: str) -> bytes:
    return (
        '<html amp lang="en"><head><title>Council counts live | The Guardian</title></head><body>'
        '<amp-live-list id="live-blog-blocks" data-poll-interval="15000" data-max-items-per-page="20"><div items>'
        + "".join(items)
        + "</div></amp-live-list></body></html>"
    ).encode()


def test_an_amp_live_list_item_is_published_at_its_sort_time_and_written_by_its_byline() -> None:
    page = scraper.parse(
        _amp_page(
            _amp_item("a1", "1778230800000", '<p class="block-byline">Helen Pidd</p>'),
            _amp_item("b2", "1778227200000", ""),
        ),
        url=AMP,
        fetched_at=FETCHED,
        entities=False,
    )
    assert [(post.published_at, post.author) for post in page.posts] == [
        (datetime(2026, 5, 8, 9, tzinfo=UTC), "Helen Pidd"),
        (datetime(2026, 5, 8, 8, tzinfo=UTC), None),
    ]


def test_an_amp_items_figure_reads_its_amp_img_and_its_stamp_line_is_the_shown_time() -> None:
    figure = (
        '<figure class="element element-image"><amp-img src="/img/media/count.jpg?width=620" width="620" height="372" '
        'alt="Tellers at the count" layout="responsive"></amp-img><figcaption><span class="element-image__caption">'
        'Tellers sort ballots.</span> <span class="element-image__credit">Photograph: Ann Cole/PA</span></figcaption>'
        "</figure>"
    )
    item = _amp_item("d4", "1778230800000", "").replace(
        '<div class="block-elements">', f'<div class="block-elements">{figure}'
    )
    post = scraper.parse(_amp_page(item), url=AMP, fetched_at=FETCHED, entities=False).posts[0]
    assert post.published_text == "10.05 BST"
    assert [(image.src, image.alt, image.credit) for image in post.images] == [
        ("https://amp.theguardian.com/img/media/count.jpg?width=620", "Tellers at the count", "Photograph: Ann Cole/PA")
    ]


def test_an_amp_sort_time_that_is_no_count_of_milliseconds_gives_no_time() -> None:
    page = scraper.parse(_amp_page(_amp_item("c3", "soon", "")), url=AMP, fetched_at=FETCHED, entities=False)
    assert page.posts[0].published_at is None


def test_a_news_apps_share_signature_ends_the_last_post_of_a_text_copy() -> None:
    for signature in ("Shared from the BBC News app", "Shared via The Guardian app", "shared from ITVX app"):
        text = (
            "Council counts live\n\nPosted at 10:05\nGreens hold Abbey ward\n"
            "The Green Party held Abbey by 88 votes.\n\n"
            f"Posted at 09:40\nCount starts\nVerification began at nine.\n\n{signature}\nPrivacy policy\n"
        )
        page = scraper.parse(text.encode(), url=None, fetched_at=FETCHED, entities=False)
        last = page.posts[-1]
        assert (last.body_text, last.images) == ("Verification began at nine.", [])


def test_a_line_on_sharing_inside_a_post_stays_its_own() -> None:
    text = (
        "Council counts live\n\nPosted at 10:05\nTurnout figures\nTurnout was 31% in the city.\n"
        "Shared from the council's results app, the figures are provisional.\n"
    )
    page = scraper.parse(text.encode(), url=None, fetched_at=FETCHED, entities=False)
    assert page.posts[0].body_text.endswith("the figures are provisional.")


def test_a_wayback_copy_of_an_image_is_the_image_at_its_own_address() -> None:
    image = "https://ichef.bbci.co.uk/news/640/cpsprodpb/AB12/production/_130000001_count.jpg"
    assert join_url("https://www.bbc.co.uk/news/live/c1", f"/web/20260508090000im_/{image}") == image
    assert join_url(None, f"https://web.archive.org/web/20260508090000im_/{image}") == image
    page = "https://web.archive.org/web/20260508090000/https://www.bbc.co.uk/news/election/2026/england/councils"
    assert join_url(None, page) == page  # an archived page linked to stays the archive's copy


def _reader_view(*posts: str) -> bytes:
    return (
        "<!DOCTYPE html><html><head><title>Council results live - BBC News</title></head><body><div>"
        '<a href="https://www.bbc.co.uk/news/live/c0unt1ng26xt">bbc.co.uk</a><h1>Council results live</h1>'
        "<div>7–9 minutes</div></div><hr><ol>" + "".join(posts) + "</ol></body></html>"
    ).encode()


def _reader_post(title: str, clock: str, byline: str, body: str) -> str:
    return (
        f"<li><article><header><h3><span><span>{title}</span><span>, published at {clock}</span></span></h3>"
        f"<div><span>{clock}</span></div>{byline}</header><div>{body}</div>"
        "<div><button><span>Share</span></button></div></article></li>"
    )


def test_a_reader_view_copy_without_classes_is_read_as_its_lines() -> None:
    page = scraper.parse(
        _reader_view(
            _reader_post(
                "Greens hold Abbey",
                "10:05",
                "<div><span>Ann Cole</span><span>BBC Radio Kent</span></div>",
                "<p>The Greens held Abbey by 88 votes.</p><p>Turnout was 29%.</p>",
            ),
            _reader_post("Count starts", "09:40", "", "<p>Verification began at nine.</p>"),
        ),  # fmt: skip
        url=None,
        fetched_at=FETCHED,
        entities=False,
    )
    assert (page.layout, page.title, page.url) == ("text", "Council results live", None)
    assert [(p.title, p.published_at, p.author, p.role, p.body_text) for p in page.posts] == [
        ("Greens hold Abbey", datetime(2026, 5, 8, 9, 5, tzinfo=UTC), "Ann Cole", "BBC Radio Kent",
         "The Greens held Abbey by 88 votes.\nTurnout was 29%."),
        ("Count starts", datetime(2026, 5, 8, 8, 40, tzinfo=UTC), None, None, "Verification began at nine."),
    ]  # fmt: skip


def test_spans_with_text_between_them_stay_one_line() -> None:
    lines = page_lines("<html><body><div><span>Labour</span> held <span>Abbey</span></div><p>Next</p></body></html>")
    assert lines == ["Labour held Abbey", "Next"]


def test_an_html_page_of_no_known_layout_whose_text_holds_no_posts_is_still_not_recognised() -> None:
    # the second: a World Service page cut before its JSON, whose text the text layout takes but finds no post in
    for html in (
        b"<html><body><h1>Opening hours</h1><p>We open at 9.</p></body></html>",
        (FIXTURES / "bbc-simorgh/broken/blind13-pidgin-no-next-data-page2.html").read_bytes(),
    ):
        with pytest.raises(scraper.LayoutNotRecognised):
            scraper.parse(html, url=None, fetched_at=FETCHED, entities=False)


def _archived_block(quote: str) -> str:
    block = "6634aa018f08a1b2c3d4e5f9"
    return (
        f'<article id="block-{block}"><header><a href="https://archive.ph/o/Qw9/{LIVE}?page=with:block-{block}">'
        f'<time datetime="2026-05-08T09:00:00Z">10.00 BST</time></a><h2>Polls open</h2></header>'
        f"<div><p>Doors opened at seven.</p>{quote}</div></article>"
    )


def test_a_tweets_quote_stripped_of_its_class_by_an_archive_is_the_embed() -> None:
    status = "https://twitter.com/KentCountyCncl/status/1788000000000000001"
    quote = (
        '<blockquote style="padding-left:10px"><p>Counting starts at 9am at the county hall.</p>'
        f'— Kent County Council (@KentCountyCncl) <a href="https://archive.ph/o/Qw9/{status}">May 8, 2026</a>'
        "</blockquote>"
    )
    html = f"<html><body><main>{_archived_block(quote)}</main></body></html>".encode()
    post = scraper.parse(html, url=LIVE, fetched_at=FETCHED, entities=False).posts[0]
    assert ([embed.url for embed in post.embeds], post.links, post.body_text) == (
        [status],
        [],
        "Doors opened at seven.",
    )


def test_a_quote_without_the_tweet_widgets_signature_stays_a_quote() -> None:
    quote = (
        "<blockquote><p>We will not comment until the count ends.</p>"
        '<a href="https://twitter.com/KentCountyCncl/status/1788000000000000001">Kent County Council</a></blockquote>'
    )
    html = f"<html><body><main>{_archived_block(quote)}</main></body></html>".encode()
    post = scraper.parse(html, url=LIVE, fetched_at=FETCHED, entities=False).posts[0]
    assert (post.embeds, "We will not comment" in post.body_text) == ([], True)
