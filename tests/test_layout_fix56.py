"""Fixes of blind layout round 56 (and its leftovers): the links of a page read as its text."""

from __future__ import annotations

import quopri
from datetime import UTC, datetime

import pytest

import scraper
from scraper.layouts.jsonld import _json
from scraper.layouts.text import text_lines
from scraper.models import Link
from scraper.source import decode

FETCHED = datetime(2026, 5, 8, 12, tzinfo=UTC)
READER = "https://www.bbc.co.uk/news/live/c0unt1ng26xt"


def _reader_view(*posts: str) -> bytes:
    return (
        "<!DOCTYPE html><html><head><title>Council results live - BBC News</title></head><body><div>"
        f'<a href="{READER}">bbc.co.uk</a><ul><li><a href="/news/politics">Greens</a></li></ul>'
        "<h1>Council results live</h1><div>7–9 minutes</div></div><hr><ol>"
        + "".join(posts)
        + '</ol><p><a href="/news/help">Help</a></p></body></html>'
    ).encode()


def _reader_post(title: str, clock: str, body: str) -> str:
    return (
        f"<li><article><header><h3><span><span>{title}</span><span>, published at {clock}</span></span></h3>"
        f"<div><span>{clock}</span></div></header><div>{body}</div></article></li>"
    )


def test_a_page_read_as_its_text_keeps_the_links_of_each_posts_lines() -> None:
    page = scraper.parse(
        _reader_view(
            _reader_post(
                "Greens hold Abbey",
                "10:05",
                '<p>The Greens held Abbey. See <a href="/news/uk-england-kent-1">the Kent results</a> and '
                '<a href="mailto:desk@example.com">write to us</a>.</p><p>Turnout was 29%.</p>',
            ),
            _reader_post(
                "Count starts", "09:40", '<p>Verification began at nine (<a href="/news/uk-2">how counts work</a>).</p>'
            ),
            _reader_post("Recount in Dane", "09:10", "<p>No link here.</p>"),
        ),
        url=READER,
        fetched_at=FETCHED,
        entities=False,
    )
    assert page.layout == "text"
    assert [p.links for p in page.posts] == [
        [Link("the Kent results", "https://www.bbc.co.uk/news/uk-england-kent-1")],
        [Link("how counts work", "https://www.bbc.co.uk/news/uk-2")],
        [],  # the page's own header, menu and footer links are in no post's lines (a menu's "Greens" neither)
    ]


AMP = "https://amp.theguardian.com/politics/live/2026/may/08/council-counts-live"


def _amp_page(elements: str) -> bytes:
    return (
        '<html amp lang="en"><head><title>Council counts live | The Guardian</title></head><body>'
        '<amp-live-list id="live-blog-blocks" data-poll-interval="15000"><div items>'
        '<div id="block-6a1" data-sort-time="1778231100000" class="block"><p class="block-time published-time">'
        f'<a href="{AMP}?page=with:block-6a1#block-6a1">10.05 BST</a></p><h2 class="block-title">Tories lose Dover</h2>'
        f'<div class="block-elements"><p>Labour took Dover from the Conservatives.</p>{elements}'
        "<p>Turnout was 31%.</p></div></div></div></amp-live-list></body></html>"
    ).encode()


def test_an_amp_copys_aside_of_one_link_is_a_rich_link_out_of_the_body() -> None:
    card = '<aside class="css-1x9k2cz"><a class="css-7hq3ab" href="/politics/2026/may/07/kent">Kent results</a></aside>'
    post = scraper.parse(_amp_page(card), url=AMP, fetched_at=FETCHED, entities=False).posts[0]
    assert post.body_text == "Labour took Dover from the Conservatives.\nTurnout was 31%."
    assert post.links == [Link("Kent results", "https://amp.theguardian.com/politics/2026/may/07/kent")]


def test_an_amp_copys_aside_holding_more_than_its_link_stays_in_the_body() -> None:
    quote = (
        '<aside class="css-2pq"><blockquote><p>We won it <a href="/x">street by street</a>.</p></blockquote></aside>'
    )
    post = scraper.parse(_amp_page(quote), url=AMP, fetched_at=FETCHED, entities=False).posts[0]
    assert "We won it street by street." in post.body_text


def _mhtml(html: str, charset: str = "utf-8") -> bytes:
    boundary = "----MultipartBoundary--AbC123----"
    return (
        "From: <Saved by Blink>\r\nSubject: Count live\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n"
        f'\ttype="text/html";\r\n\tboundary="{boundary}"\r\n\r\n\r\n--{boundary}\r\n'
        f"Content-Type: text/html; charset={charset}\r\nContent-Transfer-Encoding: quoted-printable\r\n"
        f"Content-Location: {READER}\r\n\r\n"
        + quopri.encodestring(html.encode(charset)).decode("ascii").replace("\n", "\r\n")
        + f"\r\n--{boundary}\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=\r\n"
        f"--{boundary}--\r\n"
    ).encode("ascii")


def test_an_mhtml_file_is_read_as_its_html_part_with_its_transfer_encoding_undone() -> None:
    post = _reader_post(
        "Greens hold Abbey", "10:05", "<p>The Greens\u2019 vote rose to 41% = a record for the ward.</p>"
    )
    html = _reader_view(post).decode()
    assert decode(_mhtml(html)) == html
    assert decode(_mhtml(html.replace("\u2019", "'"), charset="windows-1252")) == html.replace("\u2019", "'")
    page = scraper.parse(_mhtml(html), url=READER, fetched_at=FETCHED, entities=False)
    assert [(p.title, p.body_text) for p in page.posts] == [
        ("Greens hold Abbey", "The Greens\u2019 vote rose to 41% = a record for the ward.")
    ]


def test_a_text_copy_opening_on_header_lines_is_no_mhtml_file() -> None:
    copy = b"From: Ann Cole\nSubject: Wyre count\n\nPosted at 10:05\nGreens hold Abbey\nThe Greens held Abbey.\n"
    assert decode(copy) == copy.decode()


def test_json_with_a_comma_after_the_last_member_of_an_object_or_list_is_read() -> None:
    assert _json('{"headline": "Labour, Reform,}", "seats": [12, 9, ],\n}') == {
        "headline": "Labour, Reform,}",
        "seats": [12, 9],
    }
    with pytest.raises(ValueError):
        _json('{"headline": "Count",, }')  # two commas: still no JSON


WEBCORE = "https://www.bbc.co.uk/news/live/c9w2026kent4"


def test_a_webcore_page_whose_test_ids_are_unquoted_is_a_webcore_page() -> None:
    article = (
        "<article data-testid=content-post class=ssrcss-10yq0wd-Post><header><h3><span>Greens hold Abbey</span></h3>"
        '<time datetime=2026-05-08T09:05:00.000Z>10:05 BST</time></header><div class="ssrcss-7uxr49-RichTextContainer">'
        "<p>The Greens held Abbey by 88 votes.</p></div></article>"
    )
    html = f"<!DOCTYPE html> <html lang=en-GB><title>Kent live - BBC News</title><body><ol><li>{article}</ol>"
    page = scraper.parse(html.encode(), url=WEBCORE, fetched_at=FETCHED, entities=False)
    assert page.layout == "bbc-webcore"
    assert [(p.title, p.published_at, p.body_text) for p in page.posts] == [
        ("Greens hold Abbey", datetime(2026, 5, 8, 9, 5, tzinfo=UTC), "The Greens held Abbey by 88 votes.")
    ]


PRINTED = """Wyre Forest count live - BBC News
https://www.bbc.co.uk/news/live/c7wyre26prt
Wyre Forest count live
Live Reporting
Independents hold Wyre Forest
11:40
Independents kept the council with 18 of the 33 seats, two fewer than they won
Page 1 of 2
09/05/2026, 12:02
Wyre Forest count live - BBC News
https://www.bbc.co.uk/news/live/c7wyre26prt
at the last election.
Share
Recount in Franche
10:55
A recount has been ordered in Franche and Habberley North.
Share
Page 2 of 2
09/05/2026, 12:02
"""


def test_a_copy_printed_to_pdf_loses_its_running_lines_and_a_cut_sentence_is_whole_again() -> None:
    page = scraper.parse(PRINTED, url="https://www.bbc.co.uk/news/live/c7wyre26prt", fetched_at=FETCHED, entities=False)
    assert [(p.title, p.published_at, p.body_text) for p in page.posts] == [
        ("Independents hold Wyre Forest", datetime(2026, 5, 8, 10, 40, tzinfo=UTC),
         "Independents kept the council with 18 of the 33 seats, two fewer than they won at the last election."),
        ("Recount in Franche", datetime(2026, 5, 8, 9, 55, tzinfo=UTC),
         "A recount has been ordered in Franche and Habberley North."),
    ]  # fmt: skip


def test_page_counts_that_do_not_run_from_one_to_their_total_are_no_print() -> None:
    lines = ["Recount in Franche", "Page 1 of 3", "Share", "Next page", "Page 1 of 3", "Share"]
    assert text_lines("\n".join(lines)) == lines  # a site's pager, twice: "Share" written twice near both stays
    post = ["Greens hold Abbey 10:05", "The Greens held Abbey.", ""]
    pasted = ["Count live", "", *post, "Page 1 of 2", "Next page", "", "Count live", "", *post]
    pasted += ["Recount in Dane 09:40", "A recount was ordered.", "", "Previous page", "Page 2 of 2"]
    assert text_lines("\n".join(pasted)) == pasted  # two site pages pasted: a header repeated, no footer
    printed = ["Title", "Page 1 of 2", "Site", "Turnout was 31%", "Page 2 of 2", "Site"]
    assert text_lines("\n".join(printed)) == ["Title", "Turnout was 31%"]


def test_a_title_over_its_time_under_the_share_button_of_the_post_above_heads_its_post() -> None:
    copy = (
        "Count live\nEdited by Ann Cole\nGreens hold Abbey\n10:05\nThe Greens held Abbey by 88 votes.\nShare\n"
        "Recount in Dane\n09:40\nA recount was ordered in Dane.\nShare\n"
    )
    page = scraper.parse(copy, url=READER, fetched_at=FETCHED, entities=False)
    assert [(p.title, p.published_text, p.body_text) for p in page.posts] == [
        ("Greens hold Abbey", "10:05", "The Greens held Abbey by 88 votes."),
        ("Recount in Dane", "09:40", "A recount was ordered in Dane."),
    ]
