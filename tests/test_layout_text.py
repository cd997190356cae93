"""The text-copy layout: splitting into posts, and each kind of line a post's body can hold."""

from __future__ import annotations

import re
import re._constants as sre
import re._parser as sre_parser
from datetime import UTC, datetime, timedelta

import pytest

import scraper
from scraper.clean import (
    BOILERPLATE_FIRST_WORDS,
    BOILERPLATE_PATTERNS,
    BOILERPLATE_STARTS,
    classify_line,
    embed_open_kind,
    first_words,
    is_alt_text,
    is_label,
    literal_starts,
)
from scraper.layouts import text as text_layout
from scraper.models import Embed, Image
from scraper.source import Source

URL = "https://feeds.bbci.co.uk/news/live/uk-england-derbyshire-48117960?page=7"
FETCHED = datetime(2024, 3, 2, 10, 15, tzinfo=UTC)
HEADER = "  1. Labour win Amber Valleypublished at 03:45 British Summer Time 3 May 2019"
BYLINE = ["", "    Eddie Bisknell", "    Local Democracy Reporter", ""]


def _post(*body: str, header: str = HEADER) -> scraper.Post:
    text = "\n".join([header, *BYLINE, *(f"    {line}" if line else "" for line in body)])
    page = scraper.parse(text, url=URL, fetched_at=FETCHED, entities=False)
    assert page.layout == "text" and len(page.posts) == 1
    return page.posts[0]


# --- the header line ----------------------------------------------------------------------------------

HEADERS = [
    # (numbered line, title, published_text, UTC ISO, breaking)
    (HEADER, "Labour win Amber Valley", "03:45 British Summer Time 3 May 2019", "2019-05-03T02:45:00", False),
    (
        "  1. Labour win Amber Valleypublished at 03:45 British Summer Time 3 May 2019Breaking",
        "Labour win Amber Valley",
        "03:45 British Summer Time 3 May 2019",
        "2019-05-03T02:45:00",
        True,
    ),
    (
        "12. Polls closepublished at 22:00 Greenwich Mean Time 12 December 2019",
        "Polls close",
        "22:00 Greenwich Mean Time 12 December 2019",
        "2019-12-12T22:00:00",
        False,
    ),
    # a title that itself says "published at": the time is taken from the last one
    (
        "1. Results published at the town hallpublished at 09:10 British Summer Time 4 May 2019",
        "Results published at the town hall",
        "09:10 British Summer Time 4 May 2019",
        "2019-05-04T08:10:00",
        False,
    ),
]


@pytest.mark.parametrize(("line", "title", "shown", "iso", "breaking"), HEADERS)
def test_header_line(line: str, title: str, shown: str, iso: str, breaking: bool) -> None:
    post = _post("Labour has taken control of the council.", header=line)
    assert post.title == title
    assert post.published_text == shown
    assert post.published_at is not None and post.published_at.replace(tzinfo=None).isoformat() == iso
    assert post.is_breaking is breaking


# Title lines read from where "published at" is, as the whole-line PUBLISHED pattern reads them.
PUBLISHED_LINES = [
    "Labour win Amber Valleypublished at 03:45 British Summer Time 3 May 2019Breaking",
    "Results published at the town hallpublished at 09:10 British Summer Time 4 May 2019",
    "Polls close ,  \t published at 22:00",
    "Polls close,published at 22:00 GMT 12 December",
    "Polls close,, published at 22:00",
    "Count paused PUBLISHED AT 9.05pm BST   Breaking",
    "Count paused Posted at 21:00 7 May, published at 21:05",
    "Count published at 21:00 and posted at 21:05",
    "Count publıshed at 21:00",
    "Recount poſted at 21:00 British Summer Time",
    "Count in Ynys Môn published at 21:00",
    "published at 21:00",
    "were published at the count",
]


@pytest.mark.parametrize("line", PUBLISHED_LINES)
def test_published_is_read_as_the_whole_line_pattern_reads_it(line: str) -> None:
    m = text_layout.PUBLISHED.match(line)
    expected = (m.group("title"), m.group("time"), bool(m.group("breaking"))) if m else None
    got = text_layout._published(line)
    assert (tuple(got) if got else None) == expected


@pytest.mark.parametrize(
    "line", ["  12. Title  ", "3.\tTitle\u3000", "1. T", "  7.  x y  \t", "9999. Last", "12345. No"]
)
def test_numbered_line_title_is_the_rest_without_its_trailing_space(line: str) -> None:
    m = text_layout.NUMBERED.match(line)
    head = text_layout.head_line(line)
    expected = (int(m.group("num")), len(m.group("indent")), m.group("rest")) if m else None
    assert ((head.number, head.indent, head.rest) if head else None) == expected


# --- body lines ---------------------------------------------------------------------------------------

TWITTER_GATE = [
    "This Twitter post cannot be displayed in your browser. Please enable Javascript or try a different "
    "browser.View original content on Twitter",
    "The BBC is not responsible for the content of external sites.",
    "Skip twitter post",
    "",
    "Allow Twitter content?",
    "",
    "This article contains content provided by Twitter. We ask for your permission before anything is loaded, as "
    "they may be using cookies and other technologies. You may want to read Twitter’s cookie policy, external and "
    "privacy policy, external before accepting. To view this content choose ‘accept and continue’.",
    "",
    "The BBC is not responsible for the content of external sites.",
    "End of twitter post",
]
PARA = "Labour has taken control of the council."
PARA2 = "The Conservatives were left with 19 councillors."

BODY_CASES = [
    # (name, body lines, expected paragraphs, embeds, images, kind)
    ("twitter gate", [PARA, "", *TWITTER_GATE, "", PARA2], [PARA, PARA2], [Embed("twitter")], [], "post"),
    ("two gates", [*TWITTER_GATE, "", *TWITTER_GATE], [], [Embed("twitter"), Embed("twitter")], [], "post"),
    (
        "instagram gate",
        [
            "This Instagram post cannot be displayed in your browser. Please enable Javascript or try a "
            "different browser.View original content on Instagram",
            "Skip instagram post",
            "End of instagram post",
            PARA,
        ],
        [PARA],
        [Embed("instagram")],
        [],
        "post",
    ),
    (
        "youtube gate without a first line",
        ["Allow YouTube content?", "", "Skip youtube video", "End of youtube video", "", PARA],
        [PARA],
        [Embed("youtube")],
        [],
        "post",
    ),
    ("lx tweet link", [PARA, "", "View more on twitter", "", PARA2], [PARA, PARA2], [Embed("twitter")], [], "post"),
    (
        "lx video",
        ["Video content", "", "Video caption: The count in Dudley", "", PARA],
        [PARA],
        [Embed("video")],
        [],
        "post",
    ),  # fmt: skip
    (
        "image source glued to alt",
        [PARA, "", "Oadby signImage source, PA Media", "", PARA2],
        [PARA, PARA2],
        [],
        [Image(alt="Oadby sign", credit="PA Media")],
        "post",
    ),
    (
        "image source then caption on the next line",
        [PARA, "", "Image source, Getty Images", "Image caption,", "Voters queue in Derby", "", PARA2],
        [PARA, PARA2],
        [],
        [Image(credit="Getty Images", caption="Voters queue in Derby")],
        "post",
    ),
    (
        "alt, source and caption glued on one line",
        [PARA, "", "Oadby signImage source, PA MediaImage caption, The sign on the edge of Oadby", "", PARA2],
        [PARA, PARA2],
        [],
        [Image(alt="Oadby sign", credit="PA Media", caption="The sign on the edge of Oadby")],
        "post",
    ),
    (
        "caption label glued, its text on the next line",
        [PARA, "", "Image source, PA MediaImage caption,", "Counting in Oadby", "", PARA2],
        [PARA, PARA2],
        [],
        [Image(credit="PA Media", caption="Counting in Oadby")],
        "post",
    ),
    (
        "lx image copyright",
        [PARA, "", "Image copyright: Getty Images", "Image caption: Voters in Walsall", "", PARA2],
        [PARA, PARA2],
        [],
        [Image(credit="Getty Images", caption="Voters in Walsall")],
        "post",
    ),
    (
        "lx image caption",
        [PARA, "", "Image caption: The count at Walsall Town Hall", "", PARA2],
        [PARA, PARA2],
        [],
        [Image(caption="The count at Walsall Town Hall")],
        "post",
    ),
    (
        "bare alt line between paragraphs",
        [PARA, "", "Leicestershire County Council count", "", PARA2],
        [PARA, PARA2],
        [],
        [Image(alt="Leicestershire County Council count")],
        "post",
    ),
    (
        "graphic label at the end",
        [PARA, "", "Conservatives gain"],
        [PARA],
        [],
        [Image(alt="Conservatives gain")],
        "post",
    ),  # fmt: skip
    ("read more promo", [PARA, "", "Read More"], [PARA], [], [], "promo"),
    # near misses: these stay in the body
    (
        "sentence mentioning twitter",
        ["She said on Twitter that the count was delayed.", "", "Skip the queue and vote by post, she added."],
        ["She said on Twitter that the count was delayed.", "Skip the queue and vote by post, she added."],
        [],
        [],
        "post",
    ),
    (
        "read more sentence",
        [PARA, "", "Read more about the results here."],
        [PARA, "Read more about the results here."],
        [],
        [],
        "post",
    ),  # fmt: skip
    (
        "results list of short lines with figures",
        ["The results in full:", "Labour 26 (+9)", "Conservative 19 (-9)"],
        ["The results in full:", "Labour 26 (+9)", "Conservative 19 (-9)"],
        [],
        [],
        "post",
    ),
    (
        "a run of short lines is a list, not alt text",
        ["Wards won by the Greens:", "", "Duffield", "Belper South", "", PARA],
        ["Wards won by the Greens:", "Duffield", "Belper South", PARA],
        [],
        [],
        "post",
    ),
    (
        "quote ending in a quotation mark",
        ['"We had a clean sweep of all the seats."'],
        ['"We had a clean sweep of all the seats."'],
        [],
        [],
        "post",
    ),
    (
        "unclosed skip block gives its text back",
        [PARA, "", "Skip twitter post", "", "Jo White said the result was disappointing."],
        [PARA, "Jo White said the result was disappointing."],
        [Embed("twitter")],
        [],
        "post",
    ),
]


@pytest.mark.parametrize(
    ("body", "paragraphs", "embeds", "images", "kind"),
    [c[1:] for c in BODY_CASES],
    ids=[c[0] for c in BODY_CASES],
)
def test_body_lines(
    body: list[str], paragraphs: list[str], embeds: list[Embed], images: list[Image], kind: str
) -> None:
    post = _post(*body)
    assert (post.body_text.split("\n") if post.body_text else []) == paragraphs
    assert post.embeds == embeds
    assert post.images == images
    assert post.kind == kind
    assert (post.author, post.role) == ("Eddie Bisknell", "Local Democracy Reporter")


# --- line classification --------------------------------------------------------------------------------

LINES = [
    ("This Twitter post cannot be displayed in your browser. Please enable Javascript.", "embed_gate"),
    ("The BBC is not responsible for the content of external sites.", "embed_external"),
    ("Skip twitter post", "embed_skip"),
    ("Skip Twitter post 2 by @bbcderby", "embed_skip"),
    ("End of Twitter post by @bbcderby", "embed_skip"),
    ("Allow Instagram content?", "embed_allow"),
    ("View more on twitter", "view_more"),
    ("Read More", "read_more"),
    ("Video content", "video_content"),
    ("Live Reporting", "page_chrome"),
    ("Edited by Kathryn Stanczyszyn and Ben Godfrey", "page_chrome"),
    ("All times stated are UK", "page_chrome"),
    ("Get involved", "share"),
    # content
    ("The BBC is not responsible for the count, the council said.", None),
    ("Read more about the results here.", None),
    ("Twitter users reacted quickly to the result.", None),
    ("Edited by volunteers, the leaflet was sent to every home.", None),
]


@pytest.mark.parametrize(("line", "kind"), LINES)
def test_classify_line(line: str, kind: str | None) -> None:
    assert classify_line(line) == kind


def test_first_words_of_every_boilerplate_pattern() -> None:
    """The gate in `classify_line` skips the regex for a line whose first word starts no pattern."""
    assert first_words(BOILERPLATE_PATTERNS["embed_skip"]) == {"skip", "end"}
    assert first_words(BOILERPLATE_PATTERNS["media_unsupported"]) == {"media", "your"}
    assert first_words(BOILERPLATE_PATTERNS["share"]) == {"share", "copy", "get", "post", "about", "skip"}
    assert first_words(BOILERPLATE_PATTERNS["embed_external"]) == {"the"}
    assert literal_starts(BOILERPLATE_PATTERNS["embed_external"]) == {
        "the": {"the bbc is not responsible for the content of external sites"}
    }
    assert literal_starts(BOILERPLATE_PATTERNS["view_more"]) == {"view": {"view more on "}}
    assert literal_starts(re.compile(r"^(Read|Key points?)$")) == {"read": {"read"}, "key": {"key point"}}
    for kind, pattern in BOILERPLATE_PATTERNS.items():
        for word, starts in literal_starts(pattern).items():
            assert word in BOILERPLATE_FIRST_WORDS, kind
            assert starts <= set(BOILERPLATE_STARTS[word]), kind


@pytest.mark.parametrize(
    "source",
    [
        r"Share$",
        r"^Share",
        r"^(Share|Copy)x",
        r"^(?:Share)$",
        r"^\w+ post$",
        r"^(Share|\d+ posts)$",
        r"^Sharing\s+now$",
    ],
)
def test_first_words_refuses_what_it_cannot_prove(source: str) -> None:
    with pytest.raises(ValueError):
        first_words(re.compile(source))


@pytest.mark.parametrize(
    "line",
    [
        "Summary",
        "summary",
        "SHARE",
        "Key points",
        "ſhare",
        "Read more",
        "Skip to content",
        "Summary\tnow",
        "Shares",
        "",
        "The BBC is not responsible for the content of external sites",
        "THE BBC IS NOT RESPONSIBLE FOR THE CONTENT OF external sites.",
        "The BBC is not responsible for the content of externaL sites",
        "The BBC is not responſible for the content of external sites",
        "The BBC said",
        "View more on X",
        "View more onX",
        "Video caption:",
        "Media caption",
    ],
)
def test_classify_line_gate_agrees_with_the_patterns(line: str) -> None:
    """Gated or not, a line gets the kind the first matching pattern names (a non-ASCII word never skips)."""
    expected = next((kind for kind, p in BOILERPLATE_PATTERNS.items() if p.match(line)), None)
    assert classify_line(line) == expected


def test_classify_line_gate_reads_every_case_of_a_head() -> None:
    """The gate's heads in every ASCII case (``sHaRe tHiS pOsT``): each found, each read as the patterns read it."""
    from scraper import clean

    assert clean.ascii_cases("a b") == ["A B", "A b", "a B", "a b"]
    for head, starts in clean.BOILERPLATE_HEADS.items():
        for spelling in clean.ascii_cases(head):
            assert clean._HEADS_ANY_CASE[spelling][0] == starts
            for start in starts:
                line = spelling + start[len(head) :].swapcase() + "twitter post"
                expected = next((kind for kind, p in BOILERPLATE_PATTERNS.items() if p.match(line)), None)
                assert classify_line(line) == expected, line
    assert all(key.isascii() and key.lower() in clean.BOILERPLATE_HEADS for key in clean._HEADS_ANY_CASE)
    for head, (starts, stops) in clean._HEADS_ANY_CASE.items():  # the next character: each start's, any case
        for start in starts:
            line = head + start[len(head) :]
            assert stops is None or (line[4:5].lower() not in stops and line[4:5].upper() not in stops)
            for other in ("", *"aBzZ ,.'\u017f\u212a"):  # none, or one of no start: content unless the regex says not
                expected = next((kind for kind, p in BOILERPLATE_PATTERNS.items() if p.match(head + other)), None)
                assert classify_line(head + other) == expected
        assert stops is None or (all(ch.isascii() for ch in stops) and "" in stops)  # "": a line of the head alone


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("This Twitter post cannot be displayed in your browser.", "twitter"),
        ("This YouTube content cannot be displayed in your browser.", "youtube"),
        ("Skip instagram post", "instagram"),
        ("Allow Facebook content?", "facebook"),
        ("She posted on Twitter.", None),
    ],
)
def test_embed_open_kind(line: str, kind: str | None) -> None:
    assert embed_open_kind(line) == kind


@pytest.mark.parametrize(
    ("line", "before", "after", "alt"),
    [
        ("Count", PARA, PARA2, True),
        ("No overall control graphic", PARA, None, True),
        ("Coalville", PARA, PARA2, True),
        ("Labour 26 (+9)", PARA, None, False),  # figures: a result line
        ("Duffield", "Belper South", None, False),  # one of a run of short lines
        ("Results so far:", PARA, None, False),  # ends like a sentence
        ("Bradford, Wibsey - Labour hold", PARA, PARA2, False),  # a ticker line: fields split by a dash
        ("Turnout: lower than 2019", PARA, PARA2, False),  # a labelled field
        ("Polling station in Derby", PARA, PARA2, True),
        ("Oakfield Park (Northbury DC)", PARA, "Con 410 (52.0%), Lab 380 (48.0%)", False),  # a ward, its council short
        ("Mill End (Harwood Borough Council)", PARA, PARA2, False),
        ("Councillors at the count (left to right)", PARA, PARA2, True),  # a bracket naming no council
        ("LAB HOLD", PARA, None, False),  # in capitals: a result's verdict, not alt text
        ("LIB DEM GAIN FROM CONSERVATIVE", PARA, PARA2, False),
        ("BBC Radio Kent studio", PARA, PARA2, True),  # capitals in a name alone: still alt text
        ("A very long line that has no full stop but goes on well past what an alt text would say", PARA, None, False),
        ("the lower-case start of a broken line", PARA, None, False),
    ],
)
def test_is_alt_text(line: str, before: str | None, after: str | None, alt: bool) -> None:
    assert is_alt_text(line, before, after) is alt


def test_byline_role_with_comma_is_a_label() -> None:
    assert is_label("Reporter, BBC News Online")
    assert not is_label("Counting has begun.")


# --- byline variants --------------------------------------------------------------------------------------


def test_no_byline_on_a_story_promo() -> None:
    text = f"{HEADER}\n\n    It is only the second time since 1977 the Conservatives have won.\n\n    Read More\n"
    post = scraper.parse(text, url=URL, fetched_at=FETCHED, entities=False).posts[0]
    assert (post.author, post.role, post.kind) == (None, None, "promo")
    assert post.body_text == "It is only the second time since 1977 the Conservatives have won."


def test_lx_byline_with_by_prefix_and_time_line() -> None:
    text = "1. Labour hold Walsall\n    14:31 3 May\n\n    By Rob Mayor\n    BBC News\n\n    Labour held it.\n"
    post = scraper.parse(text, url=URL, fetched_at=FETCHED, entities=False).posts[0]
    assert (post.author, post.role) == ("Rob Mayor", "BBC News")
    assert post.published_text == "14:31 3 May"
    # no year on the line: fetched in March 2024, "3 May" was last year's
    assert post.published_at == datetime(2023, 5, 3, 13, 31, tzinfo=UTC)


def test_time_without_year_takes_it_from_the_post_before() -> None:
    text = (
        "1. Firstpublished at 04:10 British Summer Time 3 May 2019\n\n    One.\n"
        "2. Secondpublished at 23:55 British Summer Time 2 May\n\n    Two.\n"
    )
    posts = scraper.parse(text, url=URL, fetched_at=FETCHED, entities=False).posts
    assert posts[1].published_at == datetime(2019, 5, 2, 22, 55, tzinfo=UTC)


# --- splitting, detection, page -----------------------------------------------------------------------


WRAPPED_COPY = """\
    1. Greens take the harbour wardpublished at 02:10 British Summer Time 3 May 2024
       Mina Okafor
       Local Democracy Reporting Service

       The Green Party has taken the harbour ward from the Liberal
       Democrats after a recount that ran on into the early hours.

       Their candidate won by 41 votes, and the party now holds six
       seats on the council.
       The count resumes at ten.

       Turnout: 29%
       Skip twitter post
    2. Count pausedpublished at 01:40 British Summer Time 3 May 2024

       Staff are taking a break before the last three wards are
       counted, officials said.
"""


def test_a_copy_wrapped_at_a_fixed_width_gets_its_paragraphs_back() -> None:
    page = scraper.parse(WRAPPED_COPY, fetched_at=FETCHED, entities=False)
    assert [p.body_text.split("\n") for p in page.posts] == [
        [
            "The Green Party has taken the harbour ward from the Liberal Democrats after a recount that ran on "
            "into the early hours.",
            "Their candidate won by 41 votes, and the party now holds six seats on the council.",
            "The count resumes at ten.",  # under a full stop, a line in upper case stays its own
            "Turnout: 29%",
        ],
        ["Staff are taking a break before the last three wards are counted, officials said."],
    ]
    assert (page.posts[0].author, page.posts[0].role) == ("Mina Okafor", "Local Democracy Reporting Service")


def test_a_wrapped_break_after_a_full_stop_is_kept_unless_a_lower_case_word_follows() -> None:
    width = 40
    lines = ["  The count is over and Labour hold it.", "  Turnout was 31%, up from 2019, and it", "  rose."]
    assert text_layout.unwrap(lines, width) == [
        "  The count is over and Labour hold it.",  # may end its paragraph: kept
        "  Turnout was 31%, up from 2019, and it rose.",
    ]


def test_a_copy_of_short_lines_that_is_not_wrapped_is_left_as_it_is() -> None:
    lines = [
        "    1. Seats so farpublished at 03:00 British Summer Time 3 May 2024",
        "       Labour: 17 seats",
        "       Conservative: 9 seats",
        "       Independent: 1 seat",
    ]
    assert text_layout.wrap_width(lines, [text_layout.head_line(line) for line in lines]) is None
    text = "\n".join(lines)
    page = scraper.parse(text, fetched_at=FETCHED, entities=False)
    assert page.posts[0].body_text == "Labour: 17 seats\nConservative: 9 seats\nIndependent: 1 seat"


POST_LINES = f"{HEADER}\n\n    {PARA}\n"


@pytest.mark.parametrize(
    ("top", "title"),
    [
        # a whole-page copy opening with the site's header: the heading is the line above "Live Reporting"
        ("Skip to content\nAccessibility Help\nHome\nNews\nDerbyshire results\nLive Reporting\n", "Derbyshire results"),
        ("   * Skip to content\n   Home\n   Sport\n\nCounty count live\n\nEdited by A Reporter\n", "County count live"),
        ("Skip to content\nSign In\nLive\nNight of the count\nSummary\n  Labour gain Erewash\n", "Night of the count"),
        # the page named above the header (a saved page's <title>): that line stays the title, less the site's
        # suffix (as the <title> of a page is read); a reader-view copy opens with it too, over its reading time
        ("Count night - BBC News\nSkip to content\nHome\nNews\nLive Reporting\n", "Count night"),
        ("Harbour ward count | BBC Sport\nbbc.co.uk\n4 min read\n\n", "Harbour ward count"),
        # a text browser's dump opens with the page's <link> elements: not the title
        ("   #BBC News alternate\n\n   Count night results\n\n", "Count night results"),
        ("#[1]alternate [2]BBC News\nCount night results\n", "Count night results"),
    ],
)  # fmt: skip
def test_the_page_title_is_the_heading_under_the_site_header_or_the_first_line(top: str, title: str) -> None:
    page = scraper.parse(top + POST_LINES, url=URL, fetched_at=FETCHED, entities=False)
    assert page.title == title
    assert [p.title for p in page.posts] == ["Labour win Amber Valley"]


@pytest.mark.parametrize("gap", ["", "\n"])  # a copy with a blank line between all lines, and one without
def test_a_breaking_label_between_an_lx_time_and_its_title_marks_the_post_breaking(gap: str) -> None:
    lines = [
        "Edited by A Reporter", "Posted at 01:10", "Count paused in the north", "Staff are on a break.",
        "Posted at 00:52", "Breaking", "Greens win the harbour ward", "Their candidate won by 41 votes.",
        "Posted at 00:30", "First ballot boxes in", "The count has begun.",
    ]  # fmt: skip
    page = scraper.parse(("\n" + gap).join(lines), url=URL, fetched_at=FETCHED, entities=False)
    assert [(p.title, p.published_text, p.is_breaking, p.body_text) for p in page.posts] == [
        ("Count paused in the north", "01:10", False, "Staff are on a break."),
        ("Greens win the harbour ward", "00:52", True, "Their candidate won by 41 votes."),
        ("First ballot boxes in", "00:30", False, "The count has begun."),
    ]


def test_numbered_list_inside_a_post_is_not_a_post() -> None:
    text = (
        f"{HEADER}\n\n    The three wards:\n      1. Darley\n      2. Oadby\n"
        "  2. Secondpublished at 03:40 British Summer Time 3 May 2019\n\n    Two.\n"
    )
    page = scraper.parse(text, url=URL, fetched_at=FETCHED, entities=False)
    assert [p.title for p in page.posts] == ["Labour win Amber Valley", "Second"]
    assert "1. Darley" in page.posts[0].body_text


@pytest.mark.parametrize(
    ("url", "pager", "page"),
    [
        (None, ["Page 3 of 9"], (3, 9, None)),  # no address: the pager tells the page
        (None, ["  Page 3 of 9", "Page 3 of 9"], (3, 9, None)),  # shown above and below the posts
        (URL, ["Page 7 of 9"], (7, 9, URL.replace("page=7", "page=6"))),  # agrees with the address
        (URL, ["Page 3 of 9"], (7, None, URL.replace("page=7", "page=6"))),  # the address wins
        (None, ["Page 1 of 2", "Page 2 of 2"], (None, None, None)),  # two pages pasted: no one page
        (None, ["See page 3 of 9 for more."], (None, None, None)),  # words in a sentence, not the pager
    ],
)
def test_the_pager_line_gives_the_page_number_and_total(
    url: str | None, pager: list[str], page: tuple[int | None, int | None, str | None]
) -> None:
    text = "\n".join([HEADER, "", f"    {PARA}", "", *pager, ""])
    info = scraper.parse(text, url=url, fetched_at=FETCHED, entities=False).page
    assert (info.number, info.total, info.prev_url) == page


def test_summary_box_is_not_a_post() -> None:
    text = f"Summary\n\n  1. Labour take Amber Valley\n  2. Turnout 36%\n\n{HEADER}\n\n    {PARA}\n"
    page = scraper.parse(text, url=URL, fetched_at=FETCHED, entities=False)
    assert [p.title for p in page.posts] == ["Labour win Amber Valley"]
    assert [(p.kind, p.body_text) for p in page.summary] == [("summary", "Labour take Amber Valley\nTurnout 36%")]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (HEADER + "\n\n    One.\n", True),
        ("1. First\n\n    One.\n2. Second\n\n    Two.\n", True),
        ("Live Reporting\nEdited by A\nAll times stated are UK\n", True),
        ("Just a note about the count.\n", False),
        ("<html><body><p>1. Firstpublished at 03:45 British Summer Time 3 May 2019</p></body></html>", False),
        ('{"posts": ["1. Firstpublished at 03:45 British Summer Time 3 May 2019"]}', False),
    ],
)
def test_detect(text: str, found: bool) -> None:
    assert text_layout.detect(Source(text)) is found


@pytest.mark.parametrize(
    ("url", "number", "prev"),
    [
        ("https://feeds.bbci.co.uk/news/live/x-1?page=7", 7, "https://feeds.bbci.co.uk/news/live/x-1?page=6"),
        ("https://www.bbc.co.uk/news/live/x-1/page/2", 2, "https://www.bbc.co.uk/news/live/x-1/page/1"),
        ("https://www.bbc.co.uk/news/live/x-1", None, None),
        ("https://www.bbc.co.uk/news/live/x-1?page=1", 1, None),
    ],
)
def test_page_number_from_url(url: str, number: int | None, prev: str | None) -> None:
    page = scraper.parse(HEADER + "\n\n    One.\n", url=url, fetched_at=FETCHED, entities=False)
    assert (page.page.number, page.page.prev_url) == (number, prev)


def test_post_ids_stable_across_fetches_and_pages() -> None:
    text = HEADER + "\n\n    One.\n"
    a = scraper.parse(text, url=URL, fetched_at=FETCHED, entities=False).posts[0]
    b = scraper.parse(
        text, url=URL.replace("page=7", "page=8"), fetched_at=datetime(2025, 1, 1, tzinfo=UTC), entities=False
    ).posts[0]
    c = scraper.parse(text.replace("03:45", "03:46"), url=URL, fetched_at=FETCHED, entities=False).posts[0]
    assert a.post_id == b.post_id != c.post_id


def test_copy_without_posts_is_a_parse_error() -> None:
    with pytest.raises(scraper.ParseError):
        scraper.parse("Live Reporting\nAll times stated are UK\n", url=URL, fetched_at=FETCHED, entities=False)


def test_post_with_a_time_and_no_title_is_an_untitled_post() -> None:
    # as the WebCore HTML adapter keeps a post without a headline: its time, byline and body are the post's
    text = HEADER + "\n\n    One.\n  2. published at 03:40 British Summer Time 3 May 2019\n\n    Two.\n"
    page = scraper.parse(text, url=URL, fetched_at=FETCHED, entities=False)
    assert [(p.title, p.body_text) for p in page.posts] == [("Labour win Amber Valley", "One."), (None, "Two.")]
    assert page.warnings == []


def test_posts_without_numbers_split_on_published_at_lines() -> None:
    text = (
        "Labour win Amber Valleypublished at 03:45 British Summer Time 3 May 2019\n\n"
        "    Labour has taken control. The count ended at 03:30.\n\n"
        "Recount in Bolsoverpublished at 03:20 British Summer Time 3 May 2019\n\n"
        "    The result will be published at 04:00 after a recount.\n"
    )
    page = scraper.parse(text, url=URL, fetched_at=FETCHED, entities=False)
    assert [p.title for p in page.posts] == ["Labour win Amber Valley", "Recount in Bolsover"]
    assert page.posts[1].body_text == "The result will be published at 04:00 after a recount."


def test_media_caption_under_a_player_is_a_video_embed() -> None:
    post = _post(PARA, "", "Media caption, Ballot boxes arrive in Buxton", "", PARA2)
    assert post.embeds == [Embed("video")]
    assert post.body_text == f"{PARA}\n{PARA2}"


SUMMARY_CASES = [
    # (text before the posts, expected summary bullets)
    ("Summary\n\n    Labour take Amber Valley\n\n    Turnout 36%\n\n", ["Labour take Amber Valley", "Turnout 36%"]),
    ("Summary\n  1. Labour take Amber Valley\n  2. Turnout 36%\n", ["Labour take Amber Valley", "Turnout 36%"]),
    (
        "Summary\n    * Labour take Amber Valley\n    * Turnout 36%\nLive Reporting\n",
        ["Labour take Amber Valley", "Turnout 36%"],
    ),  # fmt: skip
]


@pytest.mark.parametrize(("before", "bullets"), SUMMARY_CASES)
def test_summary_box_before_untimed_posts(before: str, bullets: list[str]) -> None:
    """An LX copy: no times, so only the summary's own numbering tells its bullets from the posts."""
    text = before + "  1. Labour hold Walsall\n\n    Labour held it.\n  2. Dudley count\n\n    Counting began.\n"
    page = scraper.parse("Local elections 2019\n\n" + text, url=URL, fetched_at=FETCHED, entities=False)
    assert [p.title for p in page.posts] == ["Labour hold Walsall", "Dudley count"]
    assert page.summary[0].body_text.split("\n") == bullets
    assert page.title == "Local elections 2019"


def test_lx_copy_time_lines_date_the_posts_after_them() -> None:
    text = (
        "1. Polls close\n    22:00 2 May 2019\n\n    Polls have closed.\n"
        "2. Polls open\n    07:00 2 May\n\n    Polls have opened.\n"
    )
    posts = scraper.parse(text, url=URL, fetched_at=FETCHED, entities=False).posts
    assert posts[1].published_at == datetime(2019, 5, 2, 6, 0, tzinfo=UTC)


def _literal_starts(items: list) -> set[str]:
    """What a parsed pattern can start with, up to its first space, its end ("$") or a non-literal ("…")."""
    starts = {""}
    for op, av in items:
        if op is sre.AT:
            if av is sre.AT_END:
                return {s + "$" for s in starts}
        elif op is sre.LITERAL:
            starts = {s + chr(av) for s in starts}
        elif op in (sre.SUBPATTERN, sre.BRANCH):
            inner = _literal_starts(av[-1]) if op is sre.SUBPATTERN else set().union(*map(_literal_starts, av[1]))
            starts = {s + i for s in starts for i in inner}
        else:
            return {s + "…" for s in starts}
        if all(" " in s or s.endswith("$") for s in starts):
            return starts
    return starts


def test_line_kind_words_are_the_first_words_of_every_line_kind_pattern() -> None:
    words: set[str] = set()
    for kind, pattern in text_layout.LINE_KIND_PATTERNS.items():
        for start in _literal_starts(list(sre_parser.parse(pattern.pattern, pattern.flags))):
            word = re.split("[ $]", start, maxsplit=1)[0].removesuffix(":")
            assert "…" not in word and word.isalpha(), (kind, start)  # a whole word, then a space, a colon or the end
            words.add(word.lower())
    assert words == text_layout.LINE_KIND_WORDS


@pytest.mark.parametrize(
    "line",
    ["View more on twitter", "VIEW MORE ON TWITTER", "Read More", "Read more", "Share", "Summary", "The BBC is not "
     "responsible for the content of external sites.", "Media caption, The count", "End of twitter post by @x",
     "ſkip twitter post", "Skip\u212aitter post", "This twitter post", "Thirty seats", "Labour hold", ""],
)  # fmt: skip
def test_line_kind_is_the_first_matching_pattern(line: str) -> None:
    m = text_layout._LINE_KINDS.match(line)
    assert text_layout.line_kind(line) == (m.lastgroup if m else None)


def test_a_header_wrapped_over_two_lines_is_joined() -> None:
    text = (
        "  1. Firstpublished at 04:10 British\n    Summer Time 3 May 2019\n\n    One.\n\n"
        "  2. A long title cut\n    in twopublished at 03:40 British Summer Time 3 May 2019\n\n    Two.\n"
    )
    posts = scraper.parse(text, url=URL, fetched_at=FETCHED, entities=False).posts
    assert [(p.title, p.published_text, p.body_text) for p in posts] == [
        ("First", "04:10 British Summer Time 3 May 2019", "One."),
        ("A long title cut in two", "03:40 British Summer Time 3 May 2019", "Two."),
    ]
    assert posts[0].published_at == datetime(2019, 5, 3, 3, 10, tzinfo=UTC)


def test_a_sentence_broken_after_published_at_stays_body() -> None:
    text = f"{HEADER}\n\n    The full results will be published at\n    04:05 on Friday by the council.\n"
    (post,) = scraper.parse(text, url=URL, fetched_at=FETCHED, entities=False).posts
    assert "04:05 on Friday by the council." in post.body_text


def test_share_panel_cookie_banner_and_pager_lines_are_not_body() -> None:
    text = (
        f"{HEADER}\n\n    {PARA}\n\n    Share\n    close panel\n    Share page\n    Copy link\n    About sharing\n\n"
        "    Let us know you agree to cookies\n    We use cookies to give you the best online experience. Please let"
        " us know if you agree to all of these cookies.\n    Yes, I agree\n    No, take me to settings\n\n"
        f"    {PARA2}\n\n  Previous page\n  Next page\n"
    )
    (post,) = scraper.parse(text, url=URL, fetched_at=FETCHED, entities=False).posts
    assert (post.body_text, post.images) == (f"{PARA}\n{PARA2}", [])
    alone = scraper.parse(f"{HEADER}\n\n    {PARA}\n\n    No, take me to settings.\n", url=URL, fetched_at=FETCHED)
    assert alone.posts[0].body_text == f"{PARA}\nNo, take me to settings."  # a button's words, not after a banner


def test_a_relative_time_under_the_title_is_the_posts_time_from_the_fetch() -> None:
    text = (
        "  1. Firstpublished at 04:10 British Summer Time 3 May 2019\n\n    One.\n\n"
        "  2. Second\n    2 hours ago\n\n    Two, 2 hours ago.\n\n    3 hours ago\n"
    )
    posts = scraper.parse(text, url=URL, fetched_at=FETCHED, entities=False).posts
    assert (posts[1].published_text, posts[1].published_at) == ("2 hours ago", FETCHED - timedelta(hours=2))
    assert posts[1].body_text == "Two, 2 hours ago.\n3 hours ago"  # only the line under the title is its time


def test_unnumbered_posts_with_their_time_on_the_next_line() -> None:
    """A copy that lost the posts' numbers: each title opens a paragraph with "Posted at …" under it."""
    text = (
        "Local elections 2019\n\nFirst title\nPosted at 04:10\n\n    One.\n\n"
        "Second title\npublished at 03:40 British Summer Time 3 May 2019\n\n    Two.\n    posted at\n"
        "    Not a header: it does not open a paragraph.\nPosted at 03:00\n"
    )
    page = scraper.parse(text, url=URL, fetched_at=FETCHED, entities=False)
    assert [(p.title, p.published_text) for p in page.posts] == [
        ("First title", "04:10"),
        ("Second title", "03:40 British Summer Time 3 May 2019"),
    ]
    assert page.posts[1].body_text.endswith("Not a header: it does not open a paragraph.\nPosted at 03:00")


def test_a_short_line_over_a_list_heading_ending_in_a_colon_is_content_not_alt_text() -> None:
    out = text_layout.clean_lines(
        ["Ian Pole", "BBC Radio Kent", "", "Priory ward (two seats)", "", "Elected:", "", "Jo Hart (Lab) 1,020"]
    )
    assert out.body.paragraphs[:2] == ["Priory ward (two seats)", "Elected:"]
    assert out.body.images == []


# --- a Guardian page saved as text: share buttons, revision stamps, the page's end (blind round 44) ---------

GUARDIAN_COPY = """Borough count live: every result
Sat 9 May 2026 10.20 BST
Updated at 10.20 BST
Mina Okafor

09.47 BST
Fenby ward declares
Mina Okafor

The Green candidate took Fenby by 212 votes.

Updated at 10.02 BST
Share
Facebook
Twitter

08.15 BST
Polls closed at ten
Tom Arkwright

Turnout looks to be about a third.

Share
Email
Reuse this content
Most viewed
Another story entirely
"""


def _guardian_copy() -> list[scraper.Post]:
    fetched = datetime(2026, 5, 9, 11, tzinfo=UTC)
    return scraper.parse(GUARDIAN_COPY, fetched_at=fetched, entities=False).posts


def test_an_updated_at_stamp_above_the_posts_starts_no_post() -> None:
    assert [post.title for post in _guardian_copy()] == ["Fenby ward declares", "Polls closed at ten"]


def test_an_updated_at_stamp_in_a_post_is_its_update_time_not_body() -> None:
    first, second = _guardian_copy()
    assert first.updated_at == datetime(2026, 5, 9, 9, 2, tzinfo=UTC)
    assert second.updated_at is None
    assert "Updated" not in first.body_text


def test_share_buttons_networks_and_the_reuse_footer_are_not_body() -> None:
    first, second = _guardian_copy()
    assert first.body_text == "The Green candidate took Fenby by 212 votes."
    assert second.body_text == "Turnout looks to be about a third."


def test_a_network_name_not_under_a_share_button_stays_body() -> None:
    post = _post("Labour posted the result on", "Facebook", "within minutes of the declaration.")
    assert "Facebook" in post.body_text.splitlines()


SAVED_WITH_HEADER = """Skip to main content
Skip to navigation
Sign in
The Paper - Back to home
News
Live
Harbour ward count live: all the declarations
Results from the town hall through the night

22.40 BST
Dana Whitlock

Ballot boxes from all six polling stations have arrived.

22.05 BST
Polls have closed
Dana Whitlock

The count starts at eleven.

21.30 BST
Priya Lomax

Nothing to report yet from the hall.
"""


def _saved_with_header() -> scraper.Page:
    return scraper.parse(SAVED_WITH_HEADER, fetched_at=datetime(2026, 5, 7, 23, tzinfo=UTC), entities=False)


def test_a_publishers_header_gives_way_to_the_headline_that_says_live() -> None:
    assert _saved_with_header().title == "Harbour ward count live: all the declarations"


def test_an_untitled_post_shows_its_contributor_where_a_title_stands() -> None:
    posts = _saved_with_header().posts
    assert [(post.title, post.author) for post in posts] == [
        (None, "Dana Whitlock"),
        ("Polls have closed", "Dana Whitlock"),
        (None, "Priya Lomax"),  # a name no post is bylined with, alone under a Guardian clock: a byline too
    ]


def test_a_breaking_label_over_a_heading_marks_the_post_under_it_not_the_body_above() -> None:
    copy = (
        "Harbour count: results\n\n"
        "Quayside declares, published at 02:10\n02:10 BST 8 May\n\nThe first ward is in.\n\n"
        "Breaking\nMarina ward goes to a recount, published at 01:40\n01:40 BST 8 May\n\nThe margin was two votes.\n"
    )
    page = scraper.parse(copy, fetched_at=datetime(2026, 5, 8, 6, tzinfo=UTC), entities=False)
    first, second = page.posts
    assert (first.is_breaking, first.body_text, first.images) == (False, "The first ward is in.", [])
    assert (second.title, second.is_breaking) == ("Marina ward goes to a recount", True)


def test_a_clock_with_no_title_near_heads_an_untitled_post() -> None:
    copy = (
        "Harbour count live: every declaration\n\n"
        "1h ago\n10.15 BST\nQuayside declares\nMina Okafor\n\nThe first ward is in.\n\n"
        "2h ago\n09.20 BST\n\nThe boxes from the islands have landed.\n\n"
        "08.55 BST\n\nStaff are setting up the tables.\n"
    )
    posts = scraper.parse(copy, fetched_at=datetime(2026, 5, 8, 11, tzinfo=UTC), entities=False).posts
    assert [(post.title, post.published_text, post.body_text) for post in posts] == [
        ("Quayside declares", "10.15 BST", "The first ward is in."),
        (None, "09.20 BST", "The boxes from the islands have landed."),
        (None, "08.55 BST", "Staff are setting up the tables."),
    ]


CREDIT_COPY = """Council count live: every declaration as it comes in
Fri 2 May 2025 12.10 BST

11.40 BST
Recount ordered in Hillside
The returning officer has ordered a recount in Hillside ward after a margin of three votes.
{figure}
The result is now due by 13.00.
"""


@pytest.mark.parametrize(
    ("figure", "caption"),
    [
        # the caption's line over the credit's, as a copy of the figcaption's two parts gives them
        ("Candidates wait at the civic centre.\nPhotograph: Jane Hollis/PA", "Candidates wait at the civic centre."),
        ("Tellers recount the ballots. Photo: Tom Reece/Reuters", "Tellers recount the ballots."),  # one line
    ],
)
def test_a_guardian_figure_credit_line_makes_an_image_of_it_and_its_caption(figure: str, caption: str | None) -> None:
    page = scraper.parse(CREDIT_COPY.format(figure=figure), url=None, fetched_at=FETCHED, entities=False)
    (post,) = page.posts
    assert [(i.caption, i.credit) for i in post.images] == [(caption, figure.split("\n")[-1].split(". ")[-1])]
    assert post.body_text.split("\n")[-1] == "The result is now due by 13.00."
    assert "ward after a margin of three votes." in post.body_text
    assert "Photo" not in post.body_text


def test_a_sentence_with_a_colon_is_no_credit() -> None:
    figure = "The agent said: the photographs were taken before the count."
    page = scraper.parse(CREDIT_COPY.format(figure=figure), url=None, fetched_at=FETCHED, entities=False)
    assert page.posts[0].images == []
    assert figure in page.posts[0].body_text


NAME_UNDER_CLOCK = """Borough count live: the results as they come in
Sat 3 May 2025 09.05 BST

{clock}
Priya Marsh

The count in Eastfield ward has been paused while ballot boxes are checked again.
"""


def test_a_name_alone_under_a_guardian_clock_is_the_block_byline_not_its_title() -> None:
    page = scraper.parse(NAME_UNDER_CLOCK.format(clock="08.47 BST"), url=None, fetched_at=FETCHED, entities=False)
    assert [(p.title, p.author, p.published_text) for p in page.posts] == [(None, "Priya Marsh", "08.47 BST")]
    assert page.posts[0].body_text.startswith("The count in Eastfield ward")


def test_a_name_under_a_bbc_clock_stays_the_title() -> None:
    # the Guardian's dot clock tells its copies; a BBC post titled with a name (a profile) keeps it
    page = scraper.parse(NAME_UNDER_CLOCK.format(clock="08:47"), url=None, fetched_at=FETCHED, entities=False)
    assert [(p.title, p.author) for p in page.posts] == [("Priya Marsh", None)]
