"""The BBC LX layout (2016–2023): detection, posts, times without a year, ids, pagination, the Morph payload."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from selectolax.lexbor import LexborHTMLParser, LexborNode

import scraper
from scraper import clean
from scraper.clean import PageQueries, html_body, join_url, visible_text
from scraper.layouts import bbc_lx, lx_morph
from scraper.models import Embed, Image, Link
from scraper.source import Source

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "bbc-lx"
URL = "https://www.bbc.co.uk/news/live/uk-england-derbyshire-48117960"
FETCHED = datetime(2019, 5, 3, 15, 0, tzinfo=UTC)


def article(
    *,
    id_: str | None = "post_5ccc1a6be4b0b5b9a9d8f1f0",
    title: str | None = "Labour take control of Amber Valley",
    time: str | None = "14:31",
    names: tuple[str, ...] = ("By Eddie Bisknell",),
    role: str | None = "Local Democracy Reporter",
    body: str = "<p>Labour won 28 of the 45 seats.</p>",
    classes: str = "qa-post gs-u-pb-alt+ lx-stream-post gs-u-pt-alt+ gs-u-align-left",
    footer: str = "",
) -> str:
    id_attr = f' id="{id_}"' if id_ else ""
    time_html = (
        '<time class="lx-stream-post__meta-time gs-u-align-middle gel-long-primer">'
        f'<span class="gs-u-vh qa-visually-hidden-meta">posted at </span><span class="qa-post-auto-meta">{time}</span>'
        "</time>"
        if time
        else ""
    )
    title_html = (
        '<h3 class="lx-stream-post__header-title gel-great-primer-bold qa-post-title gs-u-mt0 gs-u-mb-">'
        f'<span class="lx-stream-post__header-text gs-u-align-middle">{title}</span></h3>'
        if title
        else ""
    )
    people = "".join(f'<p class="qa-contributor-name lx-stream-post__contributor-name">{n}</p>' for n in names)
    if role:
        people += f'<p class="qa-contributor-role lx-stream-post__contributor-description">{role}</p>'
    return (
        f'<li class="lx-stream__post-container"><article{id_attr} class="{classes}">'
        f'<header class="lx-stream-post__header gs-o-media">{time_html}{title_html}</header>'
        f'<div class="lx-stream-post__contributor gs-o-media">{people}</div>'
        f'<div class="gs-u-mb+ gel-body-copy qa-post-body"><div class="lx-stream-post-body">{body}</div></div>'
        f"{footer}</article></li>"
    )


def page_html(*articles: str, head: str = "", tail: str = "") -> str:
    return (
        '<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>Derbyshire - BBC News</title></head>'
        f'<body>{head}<div class="lx-commentary__stream" id="lx-stream">'
        f'<ol class="gs-u-m0 gs-u-p0 lx-stream__feed qa-stream">{"".join(articles)}</ol>{tail}</div></body></html>'
    )


def parse(html: str, *, url: str = URL, fetched_at: datetime = FETCHED) -> scraper.Page:
    page = scraper.parse(html, url=url, fetched_at=fetched_at, entities=False)
    assert page.layout == "bbc-lx"
    return page


# --- detection ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (page_html(article()), True),
        ('<html><body><article class="qa-post lx-stream-post"></article></body></html>', True),
        ("<html><body><script>Morph.setPayload('/data/bbc-morph-lx-commentary-data-paged/x', {})</script>", True),
        ('<html><body><article id="block-1"><h2>Guardian</h2></article></body></html>', False),
        ("1. Labour win Amber Valleypublished at 03:45 British Summer Time 3 May 2019", False),
    ],
)
def test_detect(text: str, found: bool) -> None:
    assert bbc_lx.detect(Source(text)) is found


def test_detected_before_the_text_layout() -> None:
    assert scraper.parse(page_html(article()), url=URL, fetched_at=FETCHED, entities=False).layout == "bbc-lx"


# --- fields ---------------------------------------------------------------------------------------------


def test_post_fields() -> None:
    post = parse(page_html(article())).posts[0]
    assert post.post_id == "post_5ccc1a6be4b0b5b9a9d8f1f0"
    assert post.title == "Labour take control of Amber Valley"
    assert (post.author, post.role) == ("Eddie Bisknell", "Local Democracy Reporter")
    assert post.published_text == "14:31"
    assert post.published_at == datetime(2019, 5, 3, 13, 31, tzinfo=UTC)
    assert post.body_text == "Labour won 28 of the 45 seats."
    assert (post.kind, post.is_breaking) == ("post", False)


def test_several_contributors_are_joined() -> None:
    post = parse(page_html(article(names=("By Greig Watson", "Liam Barnes")))).posts[0]
    assert post.author == "Greig Watson, Liam Barnes"


def test_a_post_in_a_wrapper_inside_its_list_item_is_not_dropped() -> None:
    # li.lx-stream__post-container > div > article: before, the strict `li > article` query found the other
    # posts and skipped this one without a warning (fixtures/bbc-lx/wrapped-posts-2019-page3.html).
    wrapped = (
        article(id_="post_5ccbb1a0e4b0b5b9a9d8e3a1", title="Lib Dems gain Chelmsford")
        .replace("<article", '<div class="lx-stream-post-container__inner"><article')
        .replace("</article>", "</article></div>")
    )
    page = parse(page_html(wrapped, article()))
    assert [p.post_id for p in page.posts] == ["post_5ccbb1a0e4b0b5b9a9d8e3a1", "post_5ccc1a6be4b0b5b9a9d8f1f0"]
    assert page.posts[0].title == "Lib Dems gain Chelmsford"
    assert page.warnings == []


def test_the_wrapped_posts_fixture_keeps_every_post() -> None:
    html = (FIXTURES / "wrapped-posts-2019-page3.html").read_bytes()
    page = parse(html, url="https://www.bbc.co.uk/news/live/uk-politics-48100000/page/3")
    assert [p.title for p in page.posts] == [
        "Lib Dems gain Chelmsford",
        "Labour hold Sunderland",
        "Turnout down in Swindon",
    ]
    assert [p.author for p in page.posts] == ["Sam Francis & Jo Bloggs", None, "Gareth Lewis"]
    assert page.posts[0].published_at == datetime(2019, 5, 3, 0, 58, tzinfo=UTC)
    assert (page.page.number, page.page.total) == (3, 40)
    assert page.page.next_url == "https://www.bbc.co.uk/news/live/uk-politics-48100000/page/4"
    assert page.page.prev_url == "https://www.bbc.co.uk/news/live/uk-politics-48100000/page/2"


def test_no_byline_is_none() -> None:
    post = parse(page_html(article(names=(), role=None))).posts[0]
    assert (post.author, post.role) == (None, None)


def test_breaking_post() -> None:
    classes = "qa-post lx-stream-post lx-stream-post--breaking"
    assert parse(page_html(article(classes=classes))).posts[0].is_breaking


# --- times shown without a year or date ------------------------------------------------------------------

TIMES = [
    # (shown, fetched_at, page-header date, expected UTC)
    ("14:31", FETCHED, None, datetime(2019, 5, 3, 13, 31, tzinfo=UTC)),
    ("14:31 7 May", datetime(2019, 5, 9, 8, 0, tzinfo=UTC), None, datetime(2019, 5, 7, 13, 31, tzinfo=UTC)),
    ("14:31 7 May 2019", datetime(2024, 1, 1, tzinfo=UTC), None, datetime(2019, 5, 7, 13, 31, tzinfo=UTC)),
    ("09:10 12 December", datetime(2020, 1, 2, tzinfo=UTC), None, datetime(2019, 12, 12, 9, 10, tzinfo=UTC)),
    # LX shows a bare clock for the posts of the day it renders the page: the fetch day, whatever the header says
    ("14:31", FETCHED, "2019-05-02T06:00:00+01:00", datetime(2019, 5, 3, 13, 31, tzinfo=UTC)),
    # no fetch time known: the page header's date gives the day
    ("14:31", None, "2019-05-02T06:00:00+01:00", datetime(2019, 5, 2, 13, 31, tzinfo=UTC)),
    ("14:31 7 May", None, "2019-05-09T06:00:00+01:00", datetime(2019, 5, 7, 13, 31, tzinfo=UTC)),
    ("14:31", None, None, None),  # nothing to date it by: no invented time
]


@pytest.mark.parametrize(("shown", "fetched", "header_date", "expected"), TIMES)
def test_times_without_year(
    shown: str, fetched: datetime | None, header_date: str | None, expected: datetime | None
) -> None:
    head = f'<time class="lx-commentary__meta-date" datetime="{header_date}">3 May</time>' if header_date else ""
    page = scraper.parse(page_html(article(time=shown), head=head), url=URL, fetched_at=fetched, entities=False)
    post = page.posts[0]
    assert post.published_text == shown
    assert post.published_at == expected


# --- ids --------------------------------------------------------------------------------------------------

SHARE = (
    '<footer><a class="lx-share-tools__cta" href="https://www.bbc.co.uk/news/live/x?ns_source=twitter&amp;'
    "pinned_post_locator=urn:asset:9e0b2d44-61c1-4f0e-a2c3-6b8d1f7a9c02&amp;pinned_post_asset_id=5ccc0e11&amp;"
    'pinned_post_type=share">Share</a></footer>'
)


@pytest.mark.parametrize(
    ("kwargs", "expected"),
    [
        ({}, "post_5ccc1a6be4b0b5b9a9d8f1f0"),
        ({"id_": None, "footer": SHARE}, "urn:asset:9e0b2d44-61c1-4f0e-a2c3-6b8d1f7a9c02"),
        ({"id_": None}, None),  # the fallback hash
    ],
)
def test_post_ids_stable_across_fetches(kwargs: dict[str, object], expected: str | None) -> None:
    html = page_html(article(**kwargs))  # type: ignore[arg-type]
    first = parse(html, fetched_at=FETCHED).posts[0].post_id
    again = parse(html, fetched_at=datetime(2023, 11, 1, 12, 0, tzinfo=UTC)).posts[0].post_id
    assert first == again
    if expected is None:
        assert first.startswith("sha1:")
    else:
        assert first == expected


def test_fallback_ids_differ_between_posts() -> None:
    a = article(id_=None, title="Labour hold Walsall")
    b = article(id_=None, title="Conservatives gain Dudley")
    ids = [p.post_id for p in parse(page_html(a, b)).posts]
    assert len(set(ids)) == 2


# --- body: images, tweets, video, promos, skipped items ----------------------------------------------------------

FIGURE = (
    '<figure class="lx-stream-post-body__media-asset lx-media-asset lx-media-asset--image">'
    '<div class="lx-media-asset__image"><img src="https://ichef.bbci.co.uk/x.jpg" alt="Counting staff"></div>'
    '<figcaption class="lx-media-asset__caption"><span class="gs-u-vh">Image caption: </span>The count in Ripley'
    "</figcaption></figure>"
)
TWEET_LINK = '<p><a href="https://twitter.com/BBCDerby/status/1124062211937751040">View more on twitter</a></p>'
VIDEO = (
    '<figure class="lx-media-asset lx-media-asset--video"><img src="https://ichef.bbci.co.uk/p.jpg" alt="">'
    '<p class="lx-media-asset-summary"><span class="gs-u-vh">Video content</span></p>'
    '<p class="lx-media-asset-summary"><span class="gs-u-vh">Video caption: </span>Ballot boxes arrive</p></figure>'
)
PROMO = (
    '<div class="lx-stream-related-story"><p class="lx-stream-related-story--summary qa-story-summary">'
    "The Green Party won four seats.</p>"
    '<a class="qa-story-cta-link lx-stream-asset__cta" href="/news/uk-england-derbyshire-48150123">Read more</a></div>'
)


def test_image_with_caption() -> None:
    post = parse(page_html(article(body="<p>Counting is under way.</p>" + FIGURE))).posts[0]
    assert post.images == [
        Image(alt="Counting staff", caption="The count in Ripley", src="https://ichef.bbci.co.uk/x.jpg")
    ]
    assert post.body_text == "Counting is under way."


def test_view_more_on_twitter_link_is_an_embed() -> None:
    post = parse(page_html(article(body="<p>Polls have closed.</p>" + TWEET_LINK))).posts[0]
    assert post.embeds == [Embed("twitter", "https://twitter.com/BBCDerby/status/1124062211937751040")]
    assert post.body_text == "Polls have closed."
    assert post.links == []


def test_sentence_mentioning_twitter_stays() -> None:
    body = '<p>The council said on <a href="https://twitter.com/ErewashBC">Twitter</a> that counting had begun.</p>'
    post = parse(page_html(article(body=body))).posts[0]
    assert post.body_text == "The council said on Twitter that counting had begun."
    assert post.embeds == []


def test_video_is_an_embed_not_an_image() -> None:
    post = parse(page_html(article(body="<p>Counting has started.</p>" + VIDEO))).posts[0]
    assert post.embeds == [Embed("video")]
    assert post.images == []
    assert post.body_text == "Counting has started."


def test_story_promo() -> None:
    post = parse(page_html(article(names=(), role=None, body=PROMO))).posts[0]
    assert post.kind == "promo"
    assert post.body_text == "The Green Party won four seats."
    assert post.links == [Link("Read more", "https://www.bbc.co.uk/news/uk-england-derbyshire-48150123")]


@pytest.mark.parametrize("title", ["Get Involved", "Post update"])
def test_page_chrome_items_are_skipped(title: str) -> None:
    page = parse(page_html(article(id_="a", title=title), article(id_="b")))
    assert [p.post_id for p in page.posts] == ["b"]
    assert page.warnings == []


def test_article_without_title_or_body_is_skipped_with_a_warning() -> None:
    page = parse(page_html(article(id_="a", title=None, body=""), article(id_="b")))
    assert [p.post_id for p in page.posts] == ["b"]
    assert page.warnings == ["post 1: no title and no body in article.lx-stream-post, skipped"]


def test_empty_stream_is_a_parse_error_naming_the_selector() -> None:
    with pytest.raises(scraper.ParseError) as err:
        parse(page_html())
    assert err.value.selector == bbc_lx.POST
    assert URL in str(err.value)


# --- page: summary and pagination ------------------------------------------------------------------------------

PAGER = (
    '<div class="lx-pagination qa-pagination">{prev}'
    '<span class="lx-pagination__page-number qa-pagination-current-page-number">{n}</span> of '
    '<span class="lx-pagination__page-number qa-pagination-total-page-number">{total}</span>{next}</div>'
)


@pytest.mark.parametrize(
    ("url", "prev", "n", "total", "next_", "expected"),
    [
        (
            URL,
            '<div class="qa-pagination-previous-page">Previous</div>',
            1,
            3,
            '<a class="qa-pagination-next-page" href="/news/live/uk-england-derbyshire-48117960/page/2">Next</a>',
            (1, 3, URL + "/page/2", None),
        ),
        (URL + "/page/2", "", 2, 3, "", (2, 3, URL + "/page/3", URL)),  # no links: built from the numbers
        (
            URL + "/page/3",
            f'<a class="qa-pagination-previous-page" href="{URL}/page/2">Previous</a>',
            3,
            3,
            '<div class="qa-pagination-next-page">Next</div>',
            (3, 3, None, URL + "/page/2"),
        ),
    ],
)
def test_pagination(url: str, prev: str, n: int, total: int, next_: str, expected: tuple[object, ...]) -> None:
    page = parse(page_html(article(), tail=PAGER.format(prev=prev, n=n, total=total, next=next_)), url=url)
    info = page.page
    assert (info.number, info.total, info.next_url, info.prev_url) == expected


def test_summary_box_is_kept_apart() -> None:
    head = (
        '<section class="qa-summary-points"><ol class="lx-c-summary-points gel-long-primer">'
        '<li class="lx-c-summary-points__item">Labour take Amber Valley</li>'
        '<li class="lx-c-summary-points__item">Greens win in Derbyshire Dales</li></ol></section>'
    )
    page = parse(page_html(article(), head=head))
    assert len(page.posts) == 1
    assert [(p.kind, p.body_text) for p in page.summary] == [
        ("summary", "Labour take Amber Valley\nGreens win in Derbyshire Dales")
    ]
    assert "summary" not in json.dumps(page.to_dict())


def test_summary_box_classes_cased_otherwise_match_in_quirks_mode_only() -> None:
    """The summary query is skipped on a page that spells its class nowhere only in no-quirks mode: in quirks mode
    (no doctype) Lexbor matches the class in any case."""
    head = '<ol class="LX-C-SUMMARY-POINTS"><li>Labour take Amber Valley</li></ol>'
    standards = page_html(article(), head=head)
    assert not parse(standards).summary
    quirks = parse(standards.replace("<!DOCTYPE html>", ""))
    assert [p.body_text for p in quirks.summary] == ["Labour take Amber Valley"]


# --- the Morph payload ------------------------------------------------------------------------------------------


def test_morph_payload_gives_iso_times_breaking_and_locator() -> None:
    payload = {
        "body": {
            "numberOfPages": 1,
            "results": [
                {
                    "assetId": "5ccc1a6be4b0b5b9a9d8f1f0",
                    "locator": "urn:asset:5a1c7f9e-3d7c-4b31-9b6a-0f2a3d5c8e11",
                    "title": "Labour take control of Amber Valley",
                    "dateAdded": "2019-05-03T13:31:42.120Z",
                    "lastUpdated": "2019-05-03T13:40:00.000Z",
                    "options": {"isBreakingNews": True},
                }
            ],
        }
    }
    script = (
        "<script>Morph.toInit.payloads.push(function() { Morph.setPayload('/data/bbc-morph-lx-commentary-data-paged/"
        f"assetUri/news%2Flive%2Fx/pageNumber/1/version/1.5.6', {json.dumps(payload)}); }});</script>"
    )
    html = page_html(article(), article(id_=None, time="14:31"), tail=script)
    first, second = parse(html).posts
    assert first.published_at == datetime(2019, 5, 3, 13, 31, 42, 120000, tzinfo=UTC)
    assert first.updated_at == datetime(2019, 5, 3, 13, 40, tzinfo=UTC)
    assert first.is_breaking
    assert first.post_id == "post_5ccc1a6be4b0b5b9a9d8f1f0"  # article[id] first, for ids stable with or without it
    # the second article meets its payload entry by title: no id of its own, so the locator
    assert second.post_id == "urn:asset:5a1c7f9e-3d7c-4b31-9b6a-0f2a3d5c8e11"


def test_broken_morph_payload_falls_back_to_the_html() -> None:
    script = '<script>Morph.setPayload(\'/data/bbc-morph-lx-commentary-data-paged/x\', {"body": {"resu</script>'
    post = parse(page_html(article(), tail=script)).posts[0]
    assert post.published_at == datetime(2019, 5, 3, 13, 31, tzinfo=UTC)


def test_two_page_fixture_pair_links_up() -> None:
    one = scraper.parse((FIXTURES / "derbyshire-2019-page1.html").read_bytes(), url=URL, fetched_at=FETCHED)
    two_url = one.page.next_url
    assert two_url == URL + "/page/2"
    two = scraper.parse((FIXTURES / "derbyshire-2019-page2.html").read_bytes(), url=two_url, fetched_at=FETCHED)
    assert two.page.prev_url == URL + "/page/1" and two.page.next_url is None
    assert not {p.post_id for p in one.posts} & {p.post_id for p in two.posts}


def test_page_rendered_by_script_alone_is_read_from_the_payload() -> None:
    page = scraper.parse((FIXTURES / "morph-only-2019.html").read_bytes(), url=URL, fetched_at=FETCHED)
    assert [p.title for p in page.posts] == [
        "Labour take High Peak",
        "High Peak council leader loses seat",
        "Count begins in Buxton",
    ]  # "Get Involved" left out
    first, promo, _ = page.posts
    assert first.post_id == "urn:asset:2b6f0c1e-8d4a-4f3b-a1c2-9e8d7c6b5a40"
    assert "now have 14 councillors." in first.body_text  # inline bold joined into its paragraph
    assert first.embeds == [Embed("twitter", "https://twitter.com/HighPeakBC/status/1124320118716610561")]
    assert (promo.kind, promo.links[0].url) == ("promo", "https://www.bbc.co.uk/news/uk-england-derbyshire-48152210")


def test_page_rendered_by_script_alone_takes_its_page_numbers_from_the_payload() -> None:
    # The pager is script-rendered too (an empty div.lx-pagination): before, page 2 of 3 read as page None of None
    # with no next/previous address, so a harvest stopped at it. The payload's path says pageNumber/2, its body
    # numberOfPages 3.
    url = "https://www.bbc.co.uk/news/live/uk-england-derbyshire-48118105/page/2"
    page = scraper.parse((FIXTURES / "morph-only-2019-page2.html").read_bytes(), url=url, fetched_at=FETCHED)
    assert [p.title for p in page.posts] == ["Labour hold Chesterfield", "Recount in Brimington"]
    assert (page.page.number, page.page.total) == (2, 3)
    assert page.page.next_url == "https://www.bbc.co.uk/news/live/uk-england-derbyshire-48118105/page/3"
    assert page.page.prev_url == "https://www.bbc.co.uk/news/live/uk-england-derbyshire-48118105"


def test_a_one_page_payload_leaves_the_page_info_empty() -> None:
    page = scraper.parse((FIXTURES / "morph-only-2019.html").read_bytes(), url=URL, fetched_at=FETCHED)
    assert (page.page.number, page.page.total, page.page.next_url, page.page.prev_url) == (None, None, None, None)


def test_payload_page_reads_the_first_payload() -> None:
    head = "<script>Morph.setPayload('/data/bbc-morph-lx-commentary-data-paged/assetUri/x/pageNumber/4/version/1', "
    assert lx_morph.payload_page(head + '{"body": {"numberOfPages": 9, "results": []}});</script>') == (4, 9)
    assert lx_morph.payload_page(head + '{"body": {"resu</script>') == (None, None)
    assert lx_morph.payload_page("<p>no script</p>") == (None, None)


def test_permalink_is_the_share_link_without_tracking() -> None:
    post = parse(page_html(article(footer=SHARE)), url=URL + "/page/2").posts[0]
    assert post.url == (
        "https://www.bbc.co.uk/news/live/x?pinned_post_locator=urn:asset:9e0b2d44-61c1-4f0e-a2c3-6b8d1f7a9c02"
        "&pinned_post_asset_id=5ccc0e11&pinned_post_type=share"
    )
    assert parse(page_html(article())).posts[0].url is None


def test_time_without_the_auto_meta_span_leaves_the_hidden_prefix_out() -> None:
    html = page_html(article()).replace('<span class="qa-post-auto-meta">14:31</span>', "14:31")
    post = parse(html).posts[0]
    assert (post.published_text, post.published_at) == ("14:31", datetime(2019, 5, 3, 13, 31, tzinfo=UTC))


def test_breaking_label_in_the_header_only() -> None:
    label = '<span class="lx-stream-post__breaking-label qa-breaking-label">Breaking</span>'
    html = page_html(article()).replace(
        '<header class="lx-stream-post__header gs-o-media">',
        f'<header class="lx-stream-post__header gs-o-media">{label}',
    )
    assert parse(html).posts[0].is_breaking
    body = '<p>Labour won.</p><div class="breaking-news-banner"><p>Other news.</p></div>'
    assert not parse(page_html(article(body=body))).posts[0].is_breaking


def test_breaking_label_spelled_by_character_references_is_still_found() -> None:
    """A page that spells "breaking" nowhere skips the label query (`spelled`), unless it writes numeric
    character references, which may spell any class name."""
    label = '<span class="lx-stream-post__&#98;reaking-label">Flash</span>'
    html = page_html(article()).replace(
        '<header class="lx-stream-post__header gs-o-media">',
        f'<header class="lx-stream-post__header gs-o-media">{label}',
    )
    assert "breaking" not in html
    assert parse(html).posts[0].is_breaking
    assert not parse(html.replace("&#98;", "b-")).posts[0].is_breaking


@pytest.mark.parametrize(
    "name",
    [
        "By Jo Roe",
        "by  Jo",
        "BY\tJo",
        "bY Jo",
        "By",
        "By ",
        "Byline Times",
        "",
        "B",
        " By Jo",
        "By\u00a0Jo",
        "By\u2003\x1cJo",
        "By\u200bJo",
        "By\nJo ",
        "Byy Jo",
        "\u0130y Jo",
        "B\u0130 Jo",
        "\u0299y Jo",
    ],  # fmt: skip
)
def test_without_by_is_the_byline_prefix_pattern(name: str) -> None:
    """The "By " short cut runs the pattern only when the name starts with those letters (in any case)."""
    assert bbc_lx._without_by(name) == bbc_lx.BYLINE_PREFIX.sub("", name)


LABEL = '<span class="lx-stream-post__breaking-label">Breaking</span>'
HEADER = '<header class="lx-stream-post__header gs-o-media">'
BREAKING_SHAPES = {
    "label in the header": page_html(article(), article(title="Quiet")).replace(HEADER, HEADER + LABEL, 1),
    "label deep in the header": page_html(article()).replace(HEADER, f"{HEADER}<div><b>{LABEL}</b></div>", 1),
    "banner in the body": page_html(article(body='<div class="breaking-news"><p>Other.</p></div>')),
    "header class itself": page_html(article()).replace(HEADER, '<header class="lx-stream-post__header breaking">'),
    "header outside the post": page_html(article()).replace(
        '<li class="lx-stream__post-container">', f'{HEADER}{LABEL}</header><li class="lx-stream__post-container">'
    ),
    "post inside a post": page_html(article(footer=article(title="Inner").replace(HEADER, HEADER + LABEL))),
    "post inside a post's header": page_html(
        article().replace(HEADER, HEADER + article(title="Inner", classes="lx-stream-post breaking"))
    ),
    "post inside a header": page_html(
        f"{HEADER}{article(classes='qa-post lx-stream-post breaking', body='<p class=breaking-x>A.</p>')}</header>"
    ),
    "post inside a header, no label": page_html(f"{HEADER}{article()}</header>", article(title="Quiet")),
    # labels BREAKING_HEADER_ANY_CASE finds and BREAKING_HEADER does not (`PageQueries.narrow` tells them)
    "label cased otherwise": page_html(article()).replace(HEADER, HEADER + LABEL.replace("breaking", "Breaking"), 1),
    "labels in both cases": page_html(article(), article(title="Quiet"), article(title="Third"))
    .replace(HEADER, HEADER + LABEL.replace("breaking", "BREAKING"), 1)
    .replace(HEADER + '<div class="gs-o-media__body">', HEADER + LABEL, 1),
    "label cased otherwise outside the posts": page_html(article()).replace(
        '<li class="lx-stream__post-container">',
        f'{HEADER}{LABEL.replace("breaking", "bReaking")}</header><li class="lx-stream__post-container">',
    ),
    "post inside a header, label cased otherwise": page_html(
        f"{HEADER}{article(classes='qa-post lx-stream-post', body='<p class=Breaking-x>A.</p>')}</header>"
    ),
}


def test_each_post_query_matches_only_the_tag_given_for_it() -> None:
    """`PageQueries` tells a listed node's selector by its tag: each selector's subject opens with the tag given."""
    for selector, tag in zip(bbc_lx.POST_QUERIES_BY_HEADER, bbc_lx.POST_QUERY_TAGS, strict=True):
        flat = selector
        while "(" in flat:
            flat = re.sub(r"\([^()]*\)", "", flat)  # the arguments of :is() and :has(), innermost first
        assert "," not in flat  # one selector, not a list
        subject = re.split(r"[\s>+~]+", flat.strip())[-1]
        name = re.match(r"[a-z][a-z0-9]*", subject)
        assert name is not None and clean.tag_ids(name.group()) == (tag,), selector
    pages = [*FIXTURES.glob("*.html"), *FIXTURES.glob("broken/*.html")]
    for path in pages:
        tree = Source(path.read_text()).tree
        for selector, tag in zip(bbc_lx.POST_QUERIES_BY_HEADER, bbc_lx.POST_QUERY_TAGS, strict=True):
            assert {node.tag_id for node in tree.css(selector)} <= {tag}


@pytest.mark.parametrize("html", BREAKING_SHAPES.values(), ids=BREAKING_SHAPES.keys())
def test_breaking_posts_found_by_their_header_are_the_posts_the_label_query_finds(html: str) -> None:
    """`_post_queries` finds each post's breaking flag as BREAKING finds it, by post header or by label."""
    src = Source(html, url=URL, fetched_at=FETCHED)
    articles = src.tree.css(bbc_lx.POST) or src.tree.css(bbc_lx.POST_LOOSE)
    by_label = PageQueries(src.tree, articles, bbc_lx.POST_QUERIES)
    chosen = bbc_lx._post_queries(src)
    assert chosen is not None
    assert [a.mem_id for a in chosen.containers] == [a.mem_id for a in articles]  # the posts, found with the matches
    flags = [bool(by_label.matches(a)[bbc_lx.AT_BREAKING]) for a in articles]
    assert [bbc_lx._breaking(chosen.matches(a)) for a in articles] == flags
    assert flags == [bool(a.css(bbc_lx.BREAKING)) for a in articles]
    exact = {node.mem_id for node in src.tree.css(bbc_lx.BREAKING_HEADER)}
    assert exact <= {node.mem_id for node in src.tree.css(bbc_lx.BREAKING_HEADER_ANY_CASE)}
    by_header = PageQueries(src.tree, articles, bbc_lx.POST_QUERIES_BY_HEADER)
    if src.tree.css_first(bbc_lx.POST_IN_HEADER) is None or not src.tree.css(bbc_lx.BREAKING_HEADER):
        assert [bool(by_header.matches(a)[bbc_lx.AT_BREAKING]) for a in articles] == flags
    else:  # the case the header query would read otherwise
        assert [bool(by_header.matches(a)[bbc_lx.AT_BREAKING]) for a in articles] != flags


BOTH_MODES = pytest.mark.parametrize("doctype", ["<!doctype html>", ""], ids=["standards", "quirks"])


def _tree(doctype: str, body: str) -> LexborHTMLParser:
    """A page of ``body`` in standards (with a doctype) or quirks mode (without), where class matching differs."""
    return Source(f"{doctype}<html><body>{body}</body></html>").tree


# Each `tag:is(.a, .b)` selector and the list it stands for (`tag.a, tag.b`: a node of both classes reported twice).
IS_FORMS = {
    bbc_lx.TITLE_LINK: "a.qa-heading-link, a.lx-stream-post__header-link",
    bbc_lx.AUTHOR: "p.qa-contributor-name, p.lx-stream-post__contributor-name",
    bbc_lx.ROLE: "p.qa-contributor-role, p.lx-stream-post__contributor-description",
    bbc_lx.VIDEO: "figure.lx-media-asset--video, figure.lx-media-asset:has(p.lx-media-asset-summary)",
    bbc_lx.PROMO_LINK: "a.qa-story-cta-link, a.lx-stream-asset__cta",
}
IS_PAGE = "".join(
    f'<{tag} class="{a}">1</{tag}><{tag} class="{b}">2</{tag}><{tag} class="{b} x {a}">3</{tag}>'
    f'<{tag} class="{a.upper()}">4</{tag}><{tag} class="{a}-not">5</{tag}><span class="{a}">6</span>'
    for tag, a, b in (
        ("a", "qa-heading-link", "lx-stream-post__header-link"),
        ("p", "qa-contributor-name", "lx-stream-post__contributor-name"),
        ("p", "qa-contributor-role", "lx-stream-post__contributor-description"),
        ("a", "qa-story-cta-link", "lx-stream-asset__cta"),
        ("figure", "lx-media-asset--video", "lx-media-asset"),
    )
) + (
    '<figure class="lx-media-asset"><p class="lx-media-asset-summary">s</p></figure>'
    '<figure class="lx-media-asset--video lx-media-asset"><p class="lx-media-asset-summary"></p></figure>'
    '<p>7</p><p class>8</p><p class="">9</p><p id="qa-contributor-name">10</p>'  # no class (AUTHOR's `p[class]`)
)


@BOTH_MODES
@pytest.mark.parametrize("selector", IS_FORMS)
def test_an_is_selector_finds_its_list_s_nodes_each_once(selector: str, doctype: str) -> None:
    """Every reader of these selectors takes the first match in a scope or each node once (`_unique`)."""
    tree = _tree(doctype, f"{IS_PAGE}{page_html(article())}")
    listed = tree.css(IS_FORMS[selector])
    assert tree.css(selector) == list(dict.fromkeys(listed))
    assert len(listed) > len(tree.css(selector)) > 0


def test_a_byline_of_names_with_both_classes_or_one_reads_each_name_once() -> None:
    names = '<p class="qa-contributor-name">By A</p><p class="lx-stream-post__contributor-name">B</p>'
    page = page_html(
        article(names=("By Jo Roe",)), article(title="Two", names=()).replace("</header>", "</header>" + names)
    )
    posts = scraper.parse(page, url=URL, fetched_at=FETCHED, entities=False).posts
    assert [(p.author, p.role) for p in posts] == [
        ("Jo Roe", "Local Democracy Reporter"),
        ("A, B", "Local Democracy Reporter"),
    ]


TITLES = (
    '<h1 class="qa-main-title">Main</h1>',
    '<h1 class="lx-commentary__title x">Commentary</h1>',
    '<h1 id="lx-event-title" class="qa-main-title">Event</h1>',
    '<h1 class="QA-MAIN-TITLE">Upper</h1>',
)


@BOTH_MODES
@pytest.mark.parametrize("start", range(len(TITLES)))
def test_the_page_title_query_finds_the_first_title_its_list_finds(start: int, doctype: str) -> None:
    heads = "".join(TITLES[start:] + TITLES[:start])
    tree = _tree(doctype, f"<h1>Plain</h1>{heads}")
    listed = tree.css_first("h1#lx-event-title, h1.lx-commentary__title, h1.qa-main-title")
    assert tree.css_first(bbc_lx.PAGE_TITLE) == listed is not None


def test_the_payload_scan_looks_for_the_literal_call_the_pattern_starts_with() -> None:
    """`payload_results` skips a page without MORPH_CALL: every MORPH_PAYLOAD match starts with it, in this case."""
    assert lx_morph.MORPH_PAYLOAD.pattern.startswith(re.escape(lx_morph.MORPH_CALL))
    assert not lx_morph.MORPH_PAYLOAD.flags & re.I
    payload = 'Morph.setPayload("/data/bbc-morph-lx-commentary-data/x", {"body": {"results": [{"assetId": "a"}]}});'
    assert lx_morph.payload_results(payload) == [{"assetId": "a"}]
    assert lx_morph.payload_results(payload.replace("Morph.set", "Morph .set")) == []


CONTENT = (
    '<p>One.</p><div class="lx-stream-post-body__social-embed"><a href="https://twitter.com/a/status/1">x</a></div>'
)
# (the post body's inner HTML, whether `_content_root` steps into its one child)
POST_BODIES = [
    (f'<div class="lx-stream-post-body">{CONTENT}</div>', True),
    (f' <div class="lx-stream-post-body">{CONTENT}</div>', False),
    (f'<div class="lx-stream-post-body">{CONTENT}</div><p>After.</p>', False),
    (f'<div class="lx-stream-post-body x">{CONTENT}</div>', False),
    (f'<div class="lx-stream-post-body" hidden>{CONTENT}</div>', False),
    (f'<div class="lx-stream-post-body" data-role="social-embed">{CONTENT}</div>', False),
    (f'<p class="lx-stream-post-body">{CONTENT}</p>', False),
    (f"<div>{CONTENT}</div>", False),
    (CONTENT, False),
    ("", False),
]


@pytest.mark.parametrize(("inner", "steps"), POST_BODIES)
def test_a_body_read_from_its_content_root_is_the_body_read_from_it(inner: str, steps: bool) -> None:
    tree = Source(f'<html><body><div class="qa-post-body">{inner}</div></body></html>').tree
    node = tree.css_first(bbc_lx.BODY)
    root = bbc_lx._content_root(node)
    assert (root != node) is steps
    assert html_body(root, URL) == html_body(node, URL)


def test_the_content_root_s_attributes_are_no_embed_and_not_hidden() -> None:
    """Why the walk steps into such a div: `clean._walk_block` reads any other div the same way."""
    assert not clean._embed_attrs(bbc_lx.CONTENT_ATTRIBUTES)
    assert not clean._hidden_attrs(bbc_lx.CONTENT_ATTRIBUTES)


PAGER_SHAPES = (
    '<a class="qa-pagination-next-page" href="/n">Next</a><a class="qa-pagination-previous-page" href="/p">Prev</a>',
    '<a class="qa-pagination-previous-page qa-pagination-next-page" href="/both">Both</a><a class="qa-pagination-'
    'next-page" href="/n">Next</a>',
    '<a class="qa-pagination-next-page">No href</a><a class="QA-PAGINATION-NEXT-PAGE" href="/upper">Upper</a>'
    '<a class="qa-pagination-next-page" href="">Empty</a><div class="qa-pagination-previous-page" href="/d">Div</div>',
    '<a class="qa-pagination-next-page-x" href="/x">Not</a><a href="/y"><span class="qa-pagination-next-page">In'
    '</span></a><a class="qa-pagination-previous-page" href="/p"><a class="qa-pagination-next-page" href="/n">N</a>',
    "",
)


# Page-number shapes where the spans' one query might read otherwise than CURRENT and TOTAL: the numbers on other
# tags, cased otherwise, spelled by character references, a class list with white space only `str.split` reads, a
# name in a longer one, a span of both classes, and the numbers told in text or a script as well.
NUMBER_SHAPES = (
    '<span class="lx-pagination__page-number qa-pagination-current-page-number">3</span> of '
    '<span class="qa-pagination-total-page-number">9</span>',
    '<div class="qa-pagination-current-page-number">4</div><span class="qa-pagination-current-page-number">5</span>'
    '<span class="qa-pagination-total-page-number">6</span>',
    '<span class="QA-PAGINATION-CURRENT-PAGE-NUMBER">7</span><span class="qa-pagination-current-page-number">8</span>'
    '<span class="qa-pagination-total-page-number">9</span>',
    '<p class="qa-pagination-&#99;urrent-page-number">2</p><span class="qa-pagination-current-page-number">3</span>',
    '<span class="x\x1cqa-pagination-current-page-number">2</span><span class="qa-pagination-total-page-number x'
    '\xa0y">5</span><span class="qa-pagination-current-page-number-x">6</span>',
    '<span class="qa-pagination-total-page-number qa-pagination-current-page-number">4</span><span class='
    '"qa-pagination-total-page-number">8</span><script>"qa-pagination-current-page-number"</script>',
    "<p>qa-pagination-total-page-number</p>",
)


@BOTH_MODES
@pytest.mark.parametrize("pager", PAGER_SHAPES + NUMBER_SHAPES)
def test_the_pager_read_from_narrower_queries_is_what_each_query_finds(pager: str, doctype: str) -> None:
    """The links from one query for both, the page numbers from the spans' query."""
    src = Source(f"{doctype}<html><body>{pager}{pager}</body></html>")
    links = src.tree.css(bbc_lx.PAGER_LINKS)
    for selector in (bbc_lx.NEXT, bbc_lx.PREV):
        found, first = bbc_lx._first_matching(links, f"{selector}[href]"), src.tree.css_first(f"{selector}[href]")
        assert (found and found.mem_id) == (first and first.mem_id)
    assert bbc_lx._page_numbers(src) == (bbc_lx._number(src, bbc_lx.CURRENT), bbc_lx._number(src, bbc_lx.TOTAL))


def test_the_spans_query_reads_the_page_numbers_of_a_standards_page_by_itself(monkeypatch: pytest.MonkeyPatch) -> None:
    src = Source(f"<!DOCTYPE html><html><body>{NUMBER_SHAPES[0]}</body></html>")
    monkeypatch.setattr(bbc_lx, "_number", lambda *_: pytest.fail("a class-only query asked"))
    assert bbc_lx._page_numbers(src) == (3, 9)


SUMMARY_SHAPES = (
    '<section class="qa-summary-points"><ol class="lx-c-summary-points"><li>A</li><li>B<ul><li>C</li></ul></li>'
    "</ol></section>",
    '<ol class="lx-c-summary-points"><li>A</li><li><ol class="lx-c-summary-points"><li>B</li></ol></li></ol><li>D</li>'
    '<section class="QA-SUMMARY-POINTS"><li>E</li></section><ol class="LX-C-SUMMARY-POINTS"><li>F</li></ol>',
    '<div class="qa-summary-points"><li>G</li></div><section class="qa-summary-points"><p>H</p></section>',
)


@BOTH_MODES
@pytest.mark.parametrize("shape", SUMMARY_SHAPES)
def test_the_summary_query_finds_its_list_s_items_each_once_in_order(shape: str, doctype: str) -> None:
    tree = _tree(doctype, shape)
    listed = [n.mem_id for n in tree.css("ol.lx-c-summary-points > li, section.qa-summary-points li")]
    assert [n.mem_id for n in tree.css(bbc_lx.SUMMARY)] == list(dict.fromkeys(listed))


# Pages with and without an h1 (what PAGE_TITLE needs), in the places a tag walk might see otherwise than a query:
# foreign content, templates, other cases.
GATED_SHAPES = (
    "<p>None here</p><ol><li>Stream</li></ol><ul><li>List</li></ul>",
    *SUMMARY_SHAPES,
    '<ol class="x lx-c-summary-points y"><li>A</li></ol><h1 class="qa-main-title">T</h1>',
    '<OL CLASS="LX-C-SUMMARY-POINTS"><LI>A</LI></OL><H1 ID="lx-event-title">T</H1>',
    '<ol class="lx-c-summary-points\u00a0x"><li>A</li></ol><ol class="lx-c-summary-points\tx"><li>B</li></ol>',
    '<svg><section class="qa-summary-points"><foreignObject><li>A</li><h1 class="qa-main-title">T</h1>'
    "</foreignObject></section></svg>",
    '<math><section class="qa-summary-points"><mi><li>A</li></mi></section></math>',
    '<template><section class="qa-summary-points"><li>A</li></section><h1 class="qa-main-title">T</h1></template>',
    '<section><p>Not a summary</p></section><h1>Plain</h1><ol class="lx-c-summary-points"></ol>',
)


@BOTH_MODES
@pytest.mark.parametrize("shape", GATED_SHAPES)
def test_the_title_query_skipped_by_a_tag_walk_would_find_nothing(shape: str, doctype: str) -> None:
    """`_page_title` runs its query only where ``tags`` finds an h1."""
    source = Source(f"{doctype}<html><head><title>T - BBC News</title></head><body>{shape}</body></html>")
    tree = source.tree
    direct = tree.css_first(bbc_lx.PAGE_TITLE) or tree.css_first("title")
    assert bbc_lx._page_title(source) == re.sub(r"\s+-\s+BBC (News|Sport)$", "", visible_text(direct))


TITLE_SHAPES = (
    '<span class="lx-stream-post__header-text gs-u-align-middle">T</span>',
    '<a class="qa-heading-link" href="/s"><span class="x">Y</span>'
    '<span class="lx-stream-post__header-text">T</span></a>',
    '<span>S</span><a class="lx-stream-post__header-link x" href="/a">A</a><a class="qa-heading-link" href="/b">B</a>'
    '<span class="lx-stream-post__header-text">T</span><span class="lx-stream-post__header-text">U</span>',
    '<span class="LX-STREAM-POST__HEADER-TEXT">T</span><a class="Qa-Heading-Link" href="/c">C</a>',
    '<span class="x\tlx-stream-post__header-text">T</span><a class="y\nqa-heading-link" href="/d">D</a>',
    '<span class="lx-stream-post__header-text-x">T</span><a class="qa-heading-links" href="/e">E</a>'
    '<p class="qa-heading-link">P</p><span class="lx-stream-post__header-text\u00a0y">N</span>'
    '<span class="é lx-stream-post__header-text">O</span>',
    '<span class="">E</span><a href="/f">F</a><b class="lx-stream-post__header-text">B</b>',
    '<span class="lx-stream-post__header-text"><a class="qa-heading-link" href="/g">G</a></span>',
    '<span class="lx-stream-post__header-text"><!-- c --></span>',
    '<span class="lx-stream-post__header-text"> Two\n lines\u00a0 </span>',
    '<span class="x">Other class</span>',
    '<span class="lx-stream-post__header-text">T</span> ',
    '<span class="lx-stream-post__header-text"></span>',
    '<span class="lx-stream-post__header-text"><span class="gs-u-vh">Hidden</span></span>',
    '<span class="lx-stream-post__header-text">T<i>i</i></span>',
    '<span class="QA-x lx-stream-post__header-TEXT">T</span>',
    '<span class="x\tlx-stream-post__header-text">Tab</span><a class="y\nqa-heading-link" href="/h">H</a>',
    '<span class="lx-stream-post__header-text\x0bx">VT</span><span class="\x0clx-stream-post__header-text ">FF</span>',
    '<span class="x lx-stream-post__header-text\r">CR</span>',
    '<span class="x"></span>',
    '<span class="lx-stream-post__header-text gs-u-mb">1st</span><a class="qa-heading-link x" href="/i">I</a>',
    '<span class="lx-stream-post__header-textual x">Long</span><a class="lx-stream-post__header-link" href="/j">J</a>',
    '<span class="lx-stream-post__header-text  x">Two spaces</span><a class="qa-heading-links x" href="/k">K</a>',
    '<span class="lx-stream-post__header-text">T</span><span class="lx-stream-post__header-text">T</span>',
    '<svg><span class="lx-stream-post__header-text">S</span><a class="qa-heading-link" href="/s">A</a></svg>',
    '<template><span class="lx-stream-post__header-text">T</span></template><span class="lx-stream-post__header'
    '-text">U</span>',
    "Plain",
    "",
)


@BOTH_MODES
@pytest.mark.parametrize("inner", TITLE_SHAPES)
def test_a_title_s_parts_read_by_a_walk_are_what_its_queries_find(inner: str, doctype: str) -> None:
    tree = _tree(doctype, f'<h3 class="lx-stream-post__header-title">{inner}</h3>')
    h3 = tree.css_first(bbc_lx.TITLE)
    walked = [n and n.mem_id for n in bbc_lx._title_parts(h3)]
    text, link = h3.css_first(bbc_lx.TITLE_TEXT), h3.css_first(bbc_lx.TITLE_LINK)
    assert walked == [n and n.mem_id for n in (text, link)]
    heading = (visible_text(text or h3) or None, link.attributes.get("href") if link is not None else None)
    found: list[list[LexborNode]] = [[] for _ in bbc_lx.POST_QUERIES]
    found[bbc_lx.AT_TITLE] = [h3]
    assert bbc_lx._title(found, h3) == heading  # the one-span short cut included


def test_posts_are_built_with_post_s_fields_in_their_order() -> None:
    """`_post` passes Post's fields by position, in POST_FIELDS order."""
    from dataclasses import fields

    from scraper.models import Post

    assert tuple(f.name for f in fields(Post))[: len(bbc_lx.POST_FIELDS)] == bbc_lx.POST_FIELDS
    assert len(fields(Post)) == len(bbc_lx.POST_FIELDS) + 1  # and the entities, filled later


def test_a_title_longer_than_the_non_post_titles_is_never_one() -> None:
    """`_html_posts` tries NON_POST_TITLES only on titles of at most NON_POST_TITLE_CHARS characters: each alternative
    is plain words (one character a character, under re.I too), and "$" matches before a final newline."""
    pattern = clean.NON_POST_TITLES.pattern
    assert pattern.startswith("^(") and pattern.endswith(")$")
    alternatives = pattern[2:-2].split("|")
    assert all(re.fullmatch(r"[A-Za-z ]+", a) for a in alternatives)
    assert max(map(len, alternatives)) + 1 == bbc_lx.NON_POST_TITLE_CHARS
    for alternative in alternatives:
        assert clean.NON_POST_TITLES.match(alternative.upper() + "\n")
        assert not clean.NON_POST_TITLES.match(alternative + "\n\n")


PAGER_BASES = [
    URL,
    "https://www.bbc.co.uk",
    "http://www.bbc.co.uk/news/live/x?page=2#top",
    "https://www.bbc.co.uk/news/live/a;b",
    "HTTPS://WWW.BBC.CO.UK/x",
    "https://[::1]/x",
    "https://www.bbc.co.uk:8080/x/y/",
    "ftp://host/x",
    "/relative/base",
    "",
    None,
]
PAGER_HREFS = [
    "/news/live/uk-england-derbyshire-48117960/page/3",
    "/news/live/x/page/3/",
    "/",
    "//other.host/x",
    "/a//b",
    "/a/./b",
    "/a/../b",
    "/a/.hidden",
    "/a/..",
    "/a?",
    "/a?x=1",
    "/a#",
    "/a#f",
    "/a;p",
    "/a:b",
    "/a b",
    "/a\tb",
    "/a\nb",
    "/a%2Fb",
    "/a/~b_c-d.e",
    "/[x]",
    "page/3",
    "",
    "https://www.bbc.co.uk/news",
]


@pytest.mark.parametrize("base", PAGER_BASES)
def test_pager_links_join_as_join_url_joins_them(base: str | None) -> None:
    """`_pager_link`'s short cut for root-relative links gives what `join_url` (`urljoin`) gives."""
    for href in PAGER_HREFS:
        assert bbc_lx._pager_link(base, href) == join_url(base, href), href


BYLINE_NODES = (
    "By Jo Roe",
    "By  Jo\nRoe ",
    "BY\tJo",
    "by",
    "By",
    " ",
    "Jo<!-- -->Roe",
    '<span class="gs-u-vh">By </span>Jo',
    "Jo <b>Roe</b>",
    "",
    "Caf\u00e9\xa0Jo",
    "ByJo",
)


@pytest.mark.parametrize("clean", [bbc_lx._without_by, None])
def test_a_byline_read_once_a_page_is_what_its_visible_text_gives(clean: Callable[[str], str] | None) -> None:
    """`_read_once` gives ``clean(visible_text(node)) or None`` for each node, read afresh or looked up by its text
    (every node twice, in two orders, through one page's texts)."""
    nodes = [LexborHTMLParser(f"<p>{inner}</p>").css_first("p") for inner in BYLINE_NODES]
    read: dict[str, str] = {}
    for node in [*nodes, *reversed(nodes)]:
        assert node is not None
        text = visible_text(node)
        assert bbc_lx._read_once(node, clean, read) == ((clean(text) if clean is not None else text) or None)


def test_a_byline_of_one_name_and_one_role_read_again_is_what_the_first_reading_gave() -> None:
    """`_byline`'s short cut (a name and a role each read before) gives what `_joined` gives each of them: every pair
    of BYLINE_NODES read three times through one page's texts, the first time the long way."""
    nodes = [LexborHTMLParser(f"<p>{inner}</p>").css_first("p") for inner in BYLINE_NODES]
    read: bbc_lx.Bylines = ({}, {})
    found: bbc_lx.Found = [[] for _ in bbc_lx.POST_QUERIES]
    for _ in range(3):
        for name in nodes:
            for role in nodes:
                assert name is not None and role is not None
                found[bbc_lx.AT_AUTHOR], found[bbc_lx.AT_ROLE] = [name], [role]
                expected = bbc_lx._joined([name], bbc_lx._without_by), bbc_lx._joined([role], None)
                assert bbc_lx._byline(found, read) == expected
    assert read[0] and read[1]  # the short cut's texts were there to look up


SHOWN_TIMES = (
    "14:31",
    "14:31 7 May",
    " 14:31",
    "14:31 ",
    "14:31  7 May",
    "14:31\n7 May",
    "14:31\t7 May",
    "14:31\xa07 May",
    "14:31\u200b",
    "14:31\u3000",
    "\u3000",
    " ",
    "",
    "<b>14</b>:31",
    "14:31<!---->",
    "14:31 &amp; 7",
)


@pytest.mark.parametrize("inner", SHOWN_TIMES)
def test_a_shown_time_read_at_once_is_its_visible_text(inner: str) -> None:
    """`_shown_time`'s short cut (one printable text node, no space to squash) gives what `visible_text` gives."""
    tree = LexborHTMLParser(f'<article><time><span class="qa-post-auto-meta">{inner}</span></time></article>')
    span, article = tree.css_first("span"), tree.css_first("article")
    assert span is not None and article is not None
    found: list[list[LexborNode]] = [[] for _ in bbc_lx.POST_QUERIES]
    found[bbc_lx.AT_TIME_SHOWN] = [span]
    assert bbc_lx._shown_time(found, article) == (visible_text(span) or None)


# --- BBC Cymru Fyw (Welsh LX pages under /cymrufyw/live/) -------------------------------------------------------

CYMRU_URL = "https://www.bbc.co.uk/cymrufyw/live/59876543"


def test_a_welsh_lx_page_under_a_service_address_is_lx_with_welsh_stamps_and_bylines() -> None:
    html = page_html(
        article(
            id_="post_a1",
            title="Canlyniad cyntaf Ceredigion",
            time="12 munud yn ôl",
            names=("Gan Catrin Haf Jones",),
            role="Gohebydd BBC Cymru",
        ),  # fmt: skip
        article(id_="post_a2", title="Cyfrif yn dechrau", time="22:30 5 Mai", names=("Gan Dafydd",), role=None),
    )
    page = scraper.parse(html, url=CYMRU_URL, fetched_at=datetime(2022, 5, 6, 9, 0, tzinfo=UTC), entities=False)
    assert page.layout == "bbc-lx"
    first, second = page.posts
    assert (first.author, first.role) == ("Catrin Haf Jones", "Gohebydd BBC Cymru")
    assert first.published_at == datetime(2022, 5, 6, 8, 48, tzinfo=UTC)
    assert second.published_at == datetime(2022, 5, 5, 21, 30, tzinfo=UTC)
    assert second.author == "Gan Dafydd"  # one word after "Gan": a name of its own, not a byline's prefix


# --- a pinned copy of a stream post ---------------------------------------------------------------------------


def test_a_pinned_copy_above_the_stream_leaves_the_post_once_in_its_own_place() -> None:
    pinned = article(id_="post_p2", title="Turnout up in Erewash", time="14:10",
                     classes="qa-post lx-stream-post lx-stream-post--pinned")  # fmt: skip
    pinned = pinned.replace(
        '<span class="lx-stream-post__header-text',
        f'<a class="qa-heading-link" href="{URL}?pinned_post_locator=urn:asset:1234&amp;pinned_post_type=share">'
        '<span class="lx-stream-post__header-text',
    ).replace("</span></h3>", "</span></a></h3>")
    html = page_html(
        article(id_="post_p1", title="Labour hold Ilkeston", time="14:31"),
        article(id_="post_p2", title="Turnout up in Erewash", time="14:10"),
        article(id_="post_p3", title="Count starts in Bolsover", time="13:50"),
        head=f'<div class="lx-stream__pinned"><ol>{pinned}</ol></div>',
    )
    page = parse(html)
    assert [p.title for p in page.posts] == [
        "Labour hold Ilkeston",
        "Turnout up in Erewash",
        "Count starts in Bolsover",
    ]
    assert page.posts[1].url == f"{URL}?pinned_post_locator=urn:asset:1234&pinned_post_type=share"
