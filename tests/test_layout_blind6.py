"""Rules found by the sixth blind round (JSON-LD, Guardian, World Service and WebCore HTML pages written before the
code was read): a WebCore byline whose role has no semantic class, a post id on a wrapper of the article, tracked
tweet addresses on Guardian pages, YouTube's no-cookie host."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from scraper import parse
from scraper.clean import embed_kind
from scraper.layouts.bbc_blocks import canonical_embed_url
from scraper.layouts.guardian import _untracked
from scraper.models import Embed

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
WHEN = datetime(2022, 5, 6, 12, tzinfo=UTC)
WEBCORE_URL = "https://www.bbc.co.uk/news/live/uk-england-lincolnshire-61200000"
GUARDIAN_URL = "https://www.theguardian.com/politics/live/2022/may/06/local-elections-2022-results-live"


def _webcore(item: str) -> str:
    return (
        "<html><head><title>Lincolnshire results - BBC News</title></head><body><main><h1>Lincolnshire results</h1>"
        f'<ol class="ssrcss-1abc-StyledList">{item}</ol></main></body></html>'
    )


def _webcore_post(byline: str, wrapper_id: str = "", heading_id: str = "") -> str:
    wrapper = f'<div id="{wrapper_id}" class="ssrcss-9xy-PostContainer">' if wrapper_id else "<div>"
    heading = f' id="{heading_id}"' if heading_id else ""
    return (
        f'<li class="ssrcss-q1-StyledListItem">{wrapper}<article data-testid="content-post"><header>'
        f'<h3{heading}><span role="text"><span>Lib Dems take Lincoln Park ward</span>'
        '<span class="ssrcss-1f39n02-VisuallyHidden">published at 14:05 British Summer Time 6 May 2022</span>'
        f"</span></h3>{byline}</header><div><p>The Liberal Democrats won the ward by 41 votes.</p></div>"
        "</article></div></li>"
    )


def _webcore_page(byline: str, **ids: str):
    return parse(_webcore(_webcore_post(byline, **ids)), url=WEBCORE_URL, fetched_at=WHEN, entities=False)


# --- WebCore HTML: the byline ----------------------------------------------------------------------------------


def test_webcore_role_is_the_line_after_a_name_whose_role_has_no_semantic_class() -> None:
    byline = (
        '<div class="ssrcss-1rv-TextContributorContainer"><div class="ssrcss-68pt20-Text-TextContributorName">'
        'Dan Martin</div><div class="ssrcss-84ltp5-Text">Local democracy reporter</div></div>'
    )
    post = _webcore_page(byline).posts[0]
    assert (post.author, post.role) == ("Dan Martin", "Local democracy reporter")
    assert "Local democracy reporter" not in post.body_text


def test_webcore_named_role_class_still_wins_over_the_line_after_the_name() -> None:
    byline = (
        '<div class="ssrcss-1g-Contributor"><p class="ssrcss-16-ContributorName">Dan Martin</p>'
        '<p class="ssrcss-2z-Extra">pictured at the count</p><p class="ssrcss-1i-ContributorRole">BBC News</p></div>'
    )
    post = _webcore_page(byline).posts[0]
    assert (post.author, post.role) == ("Dan Martin", "BBC News")


def test_webcore_name_alone_has_no_role() -> None:
    byline = '<div class="ssrcss-1-Contributor"><p class="ssrcss-2-ContributorName">Dan Martin</p></div>'
    post = _webcore_page(byline).posts[0]
    assert (post.author, post.role) == ("Dan Martin", None)


# --- WebCore HTML: the post id ---------------------------------------------------------------------------------

URN = "asset:0b1c2d3e-4f50-4a61-8b72-93a4b5c6d7e8"


def test_webcore_post_id_from_a_wrapper_between_list_item_and_article() -> None:
    assert _webcore_page("", wrapper_id=URN).posts[0].post_id == URN


def test_webcore_post_id_on_the_heading_beats_the_wrapper() -> None:
    other = "asset:ffffffff-0000-4000-8000-000000000000"
    assert _webcore_page("", wrapper_id=other, heading_id=URN).posts[0].post_id == URN


def test_webcore_wrapper_id_that_is_no_urn_gives_the_hashed_id() -> None:
    post = _webcore_page("", wrapper_id="post-container-7").posts[0]
    assert post.post_id.startswith("sha1:")


def test_webcore_id_above_the_list_item_is_not_a_post_id() -> None:
    html = _webcore(_webcore_post("")).replace("<main>", f'<main><div id="{URN}">', 1)
    post = parse(html, url=WEBCORE_URL, fetched_at=WHEN, entities=False).posts[0]
    assert post.post_id != URN


def test_webcore_html_fixture_with_wrapper_ids_and_plain_role() -> None:
    page = parse(
        (FIXTURES / "bbc-webcore" / "html-only-wrapper-ids-2021-page2.html").read_bytes(),
        url="https://www.bbc.co.uk/news/live/uk-england-derbyshire-56912345?page=2",
        fetched_at=WHEN,
        entities=False,
    )
    assert [p.post_id for p in page.posts] == [
        "asset:5f2d1c0b-aaaa-4bbb-8ccc-111122223333",
        "asset:6a3e2d1c-bbbb-4ccc-9ddd-222233334444",
    ]
    assert page.posts[0].role == "BBC News"


# --- Guardian: tracked tweet addresses -------------------------------------------------------------------------


def _guardian_block(embed: str) -> str:
    return (
        "<html><head><title>Local elections 2022 results live | The Guardian</title></head><body>"
        '<article id="block-6274f1a28f08a1b2c3d4e5f6" class="block"><header>'
        '<time datetime="2022-05-06T10:12:00.000Z">10.12 BST</time><h2>Labour takes Wandsworth</h2></header>'
        f"<p>Labour has won control of Wandsworth for the first time since 1978.</p>{embed}</article></body></html>"
    )


@pytest.mark.parametrize(
    ("written", "kept"),
    [
        (
            "https://twitter.com/WandsworthLab/status/1522501234567890123?ref_src=twsrc%5Etfw",
            "https://twitter.com/WandsworthLab/status/1522501234567890123",
        ),
        (
            "https://x.com/WandsworthLab/status/1522501234567890123?s=20&t=AbCdEf",
            "https://x.com/WandsworthLab/status/1522501234567890123?t=AbCdEf",
        ),
        (
            "https://twitter.com/WandsworthLab/status/1522501234567890123",
            "https://twitter.com/WandsworthLab/status/1522501234567890123",
        ),
    ],
)
def test_guardian_tweet_address_loses_its_share_tracking(written: str, kept: str) -> None:
    embed = (
        f'<blockquote class="twitter-tweet"><p>Thank you Wandsworth</p><a href="{written}">May 6, 2022</a></blockquote>'
    )
    page = parse(_guardian_block(embed), url=GUARDIAN_URL, fetched_at=WHEN, entities=False)
    assert page.posts[0].embeds == [Embed(kind="twitter", url=kept)]


def test_guardian_untracked_is_the_general_canonical_form_and_leaves_plain_lists_alone() -> None:
    embeds = [
        Embed("twitter", "https://twitter.com/a/status/1?ref_src=twsrc%5Etfw&utm_source=x"),
        Embed("youtube", "https://www.youtube.com/watch?v=abc&feature=share&t=42"),
        Embed("twitter", None),
        Embed("twitter", "https://twitter.com/b/status/2"),
    ]
    assert _untracked(embeds) == [Embed(e.kind, canonical_embed_url(e.url)) for e in embeds]
    plain = [Embed("twitter", "https://twitter.com/b/status/2"), Embed("other", None)]
    assert _untracked(plain) is plain


# --- Embeds: YouTube's no-cookie host ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "https://www.youtube-nocookie.com/embed/Xy12ab34Cd5?rel=0",
        "https://youtube-nocookie.com/embed/Xy12ab34Cd5",
        "http://www.youtube-nocookie.com/embed/Xy12ab34Cd5",
    ],
)
def test_youtube_no_cookie_player_is_youtube(url: str) -> None:
    assert embed_kind(url) == "youtube"


def test_youtube_no_cookie_iframe_in_a_guardian_block_is_a_youtube_embed() -> None:
    iframe = '<iframe src="https://www.youtube-nocookie.com/embed/Xy12ab34Cd5?wmode=opaque" title="Count"></iframe>'
    page = parse(_guardian_block(iframe), url=GUARDIAN_URL, fetched_at=WHEN, entities=False)
    assert [e.kind for e in page.posts[0].embeds] == ["youtube"]
