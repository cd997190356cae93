"""Rules found by the ninth blind round (Guardian and BBC World Service pages written before the code was read): BBC's
"Warning: Third party content may contain adverts", met loose in a post, is boilerplate."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest

from scraper import parse
from scraper.clean import classify_line, literal_starts

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
