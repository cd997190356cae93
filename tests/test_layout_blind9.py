"""Rules found by the ninth blind round (Guardian and BBC World Service pages written before the code was read): DCR's
YouTube player (a poster and a play button, no iframe) is a YouTube embed, not an image captioned with the clip's
title; and BBC's "Warning: Third party content may contain adverts", met loose in a post, is boilerplate."""

from __future__ import annotations

import html
import json
import re
from datetime import UTC, datetime

import pytest

from scraper import parse
from scraper.clean import classify_line, literal_starts
from scraper.models import Embed

NOTICE = "Warning: Third party content may contain adverts"
BBC_URL = "https://www.bbc.co.uk/news/live/uk-england-manchester-61234567"
WHEN = datetime(2022, 5, 6, 12, tzinfo=UTC)


# --- the advert notice -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        (NOTICE, "ad_warning"),
        ("Warning: third-party content may contain adverts.", "ad_warning"),
        ("WARNING: THIRD PARTY CONTENT MAY CONTAIN ADVERTS", "ad_warning"),
        ("Warning: polls in Bury close at 10pm", None),
        ("Warnings of a recount in Salford", None),
        ("Warning", None),
    ],
)
def test_the_advert_notice_is_boilerplate_and_other_warnings_are_not(line: str, kind: str | None) -> None:
    assert classify_line(line) == kind


def test_a_first_word_may_end_in_a_colon_before_its_space() -> None:
    assert literal_starts(re.compile(r"^Notice: Polls (open|close)$")) == {"notice": {"notice: polls "}}
    with pytest.raises(ValueError):
        literal_starts(re.compile(r"^Notice:Polls$"))  # no space after the colon: not a first word the gates read


def _webcore_page(body: str) -> str:
    return (
        '<html><head><title>Results - BBC News</title></head><body><main><ol class="ssrcss-q1-StreamList e4k0">'
        '<li class="ssrcss-a1-ListItem e9x0"><article class="ssrcss-z1-Article e1t0">'
        '<header class="ssrcss-k2-HeaderWrapper e2h0"><h3 class="ssrcss-p0-StyledHeading e3n0"><span role="text">'
        '<span>Labour keep Wigan</span><span class="ssrcss-1f39n02-VisuallyHidden e16en2lz0">published at 11:20 '
        "British Summer Time 6 May 2022</span></span></h3></header>"
        f'<div class="ssrcss-m4-RichTextContainer e5t0">{body}</div></article></li></ol></main></body></html>'
    )


def test_a_loose_advert_notice_leaves_a_webcore_post() -> None:
    page = parse(
        _webcore_page(f"<p>Labour kept all 25 seats.</p><p>{NOTICE}</p><div>{NOTICE}.</div><p>Turnout: 27%.</p>"),
        url=BBC_URL,
        fetched_at=WHEN,
        entities=False,
    )
    assert page.layout == "bbc-webcore"
    assert page.posts[0].body_text == "Labour kept all 25 seats.\nTurnout: 27%."


def test_a_loose_advert_notice_leaves_an_lx_post() -> None:
    html_text = (
        '<html><body><div id="lx-stream"><ol class="lx-stream__feed qa-stream"><li class="lx-stream__post-container">'
        '<article id="post_w" class="qa-post lx-stream-post"><header class="lx-stream-post__header">'
        '<h3 class="lx-stream-post__header-title qa-post-title"><span class="lx-stream-post__header-text">Wigan'
        '</span></h3></header><div class="qa-post-body"><div class="lx-stream-post-body"><p>Labour held Wigan.</p>'
        f"<p>{NOTICE}</p><p>The count took four hours.</p></div></div></article></li></ol></div></body></html>"
    )
    post = parse(html_text, url=BBC_URL, fetched_at=WHEN, entities=False).posts[0]
    assert post.body_text == "Labour held Wigan.\nThe count took four hours."


def test_a_loose_advert_notice_leaves_a_text_copy_and_a_warning_of_content_stays() -> None:
    text = (
        "Local elections: Greater Manchester results\n\n"
        "  1. Labour keep Wiganpublished at 11:20 British Summer Time 6 May 2022\n\n"
        "    Labour kept all 25 seats up for election.\n\n"
        f"    {NOTICE}\n\n"
        "    Warning: the count in Bury has been suspended.\n"
    )
    page = parse(text, url=BBC_URL, fetched_at=WHEN, entities=False)
    assert page.layout == "text"
    assert page.posts[0].body_text == (
        "Labour kept all 25 seats up for election.\nWarning: the count in Bury has been suspended."
    )


# --- DCR's YouTube player ----------------------------------------------------------------------------------------

G_URL = "https://www.theguardian.com/politics/live/2022/may/06/local-elections-live-sunderland"
VIDEO = "aB3-dE4_fG5"


def _player(*, props: bool = True, overlay: bool = True) -> str:
    island = html.escape(json.dumps({"assetId": VIDEO, "mediaTitle": "The count in Sunderland"})) if props else "{}"
    button = (
        f'<button data-testid="youtube-overlay-{VIDEO}-2" aria-label="Play video: The count" type="button">'
        '<picture><img alt="The count in Sunderland" src="https://i.guim.co.uk/img/media/ab12/master/1920.jpg"></picture>'
        "<span>1:05</span></button>"
        if overlay
        else f'<div data-name="youtube-placeholder-{VIDEO}-server"></div>'
    )
    return (
        '<figure data-spacefinder-role="inline"><gu-island name="YoutubeBlockComponent" '
        f'props="{island}"><div data-chromatic="ignore" data-component="youtube-atom"><div>{button}</div>'
        "<figcaption>The count in Sunderland</figcaption></div></gu-island></figure>"
    )


def _guardian_block(body: str, *, old_body: bool, footer: bool) -> str:
    if old_body:
        body = f'<div class="block-elements">{body}</div>'
    if footer:
        body += "<footer><p>Share</p></footer>"
    return (
        '<article id="block-6274aa0b8f08c5a6f1d2b001" class="block"><header><div>'
        f'<a href="{G_URL}?page=with:block-6274aa0b8f08c5a6f1d2b001#block-6274aa0b8f08c5a6f1d2b001">'
        '<time datetime="2022-05-06T00:10:00.000Z">1h ago</time><span>01.10 BST</span></a></div>'
        f"<h2>Sunderland declares</h2></header>{body}</article>"
    )


def _guardian(body: str, *, old_body: bool = False, footer: bool = False) -> list:
    page = (
        f'<html><head><link rel="canonical" href="{G_URL}"></head><body><main>'
        f"{_guardian_block(body, old_body=old_body, footer=footer)}</main></body></html>"
    )
    return parse(page, url=G_URL, fetched_at=WHEN, entities=False).posts


@pytest.mark.parametrize(("props", "overlay"), [(True, True), (False, True), (False, False)])
def test_dcr_youtube_player_is_a_youtube_embed_not_a_captioned_image(props: bool, overlay: bool) -> None:
    (post,) = _guardian(f"<p>Labour held all its seats.</p>{_player(props=props, overlay=overlay)}<p>Next: Wigan.</p>")
    assert post.embeds == [Embed("youtube", f"https://www.youtube.com/watch?v={VIDEO}")]
    assert post.images == []
    assert post.body_text == "Labour held all its seats.\nNext: Wigan."


def test_dcr_youtube_player_read_the_same_by_the_scan_and_by_the_queries() -> None:
    body = f"<p>Labour held all its seats.</p>{_player()}"
    scanned = _guardian(body, old_body=True)  # a body in `.block-elements`: read by the scan
    queried = _guardian(body, old_body=True, footer=True)  # a footer in the block stops the scan
    assert [(p.body_text, p.embeds, p.images) for p in scanned] == [(p.body_text, p.embeds, p.images) for p in queried]
    assert scanned[0].embeds == [Embed("youtube", f"https://www.youtube.com/watch?v={VIDEO}")]


def test_a_figure_without_the_player_stays_an_image() -> None:
    figure = '<figure><img alt="The count" src="https://i.guim.co.uk/img/media/cd34/master/1000.jpg"></figure>'
    (post,) = _guardian(f"<p>Counting.</p>{figure}")
    assert post.embeds == []
    assert [image.alt for image in post.images] == ["The count"]
