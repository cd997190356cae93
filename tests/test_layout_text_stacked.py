"""Text copies whose posts are neither numbered nor glued to "published at": title and time on lines of their own."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

import scraper
from scraper.layouts import text as text_layout

FETCHED = datetime(2022, 5, 6, 11, 30, tzinfo=UTC)


def _page(text: str, fetched: datetime = FETCHED) -> scraper.Page:
    page = scraper.parse(text, fetched_at=fetched, entities=False)
    assert page.layout == "text"
    return page


def _heads(page: scraper.Page) -> list[tuple[str | None, str | None, str | None]]:
    return [(p.title, p.published_at.isoformat() if p.published_at else None, p.published_text) for p in page.posts]


TIME_ABOVE = """Council elections 2022: Greater Manchester

11:02 BST 6 May 2022
Bolton stays under no overall control

Ruth Hale
BBC North West

No party has a majority on Bolton Council after the last ward declared.

10:15 BST 6 May 2022
Count paused in Oldham

Staff at the Queen Elizabeth Hall have stopped for a break.
"""


def test_a_time_above_each_title_makes_the_posts() -> None:
    page = _page(TIME_ABOVE)
    assert _heads(page) == [
        ("Bolton stays under no overall control", "2022-05-06T10:02:00+00:00", "11:02 BST 6 May 2022"),
        ("Count paused in Oldham", "2022-05-06T09:15:00+00:00", "10:15 BST 6 May 2022"),
    ]
    assert (page.posts[0].author, page.posts[0].role) == ("Ruth Hale", "BBC North West")
    assert page.posts[0].body_text == "No party has a majority on Bolton Council after the last ward declared."
    assert page.title == "Council elections 2022: Greater Manchester"


@pytest.mark.parametrize(
    ("stamp", "expected"),
    [
        ("6 May 2022, 09:40 BST", "2022-05-06T08:40:00+00:00"),  # WebCore, date first
        ("Published 09:40", "2022-05-06T08:40:00+00:00"),  # the fetch date
        ("posted at09:40", "2022-05-06T08:40:00+00:00"),  # the hidden words glued to the clock
        ("2h ago09.40 BST", "2022-05-06T08:40:00+00:00"),  # the Guardian's relative stamp glued to its clock
        ("45 minutes ago", "2022-05-06T10:45:00+00:00"),
        ("2h ago", "2022-05-06T09:30:00+00:00"),
    ],
)
def test_a_title_above_its_time_in_any_shown_form(stamp: str, expected: str) -> None:
    text = f"Wigan results\n\nTurnout low in Wigan\n{stamp}\n\nTurnout was 24% across the borough.\n"
    page = _page(text)
    assert [(p.title, p.published_at.isoformat() if p.published_at else None) for p in page.posts] == [
        ("Turnout low in Wigan", expected)
    ]
    assert page.posts[0].body_text == "Turnout was 24% across the borough."


def test_reader_view_with_a_blank_line_between_everything() -> None:
    text = (
        "Council elections 2022\n\nBBC News\n\n8–10 minutes\n\nStockport count begins\n\nposted at 08:55\n\n"
        "Counting has started at the town hall.\n\nTrafford declares first ward\n\nposted at 08:20\n\n"
        "The first result came in from Altrincham.\n"
    )
    page = _page(text)
    assert [p.title for p in page.posts] == ["Stockport count begins", "Trafford declares first ward"]
    assert [p.body_text for p in page.posts] == [
        "Counting has started at the town hall.",
        "The first result came in from Altrincham.",
    ]


def test_a_sentence_beside_a_time_is_no_title() -> None:
    assert not text_layout._stacked_title("The count in Salford ended at dawn.")
    assert not text_layout._stacked_title("Read more")  # boilerplate
    assert not text_layout._stacked_title("10:15 BST 6 May 2022")  # another time
    assert text_layout._stacked_title("Who won in Salford?")


def test_a_copy_with_numbered_or_glued_headers_keeps_its_own_rules() -> None:
    # the bare time under a numbered title is the LX time line, and no unnumbered line becomes a header
    text = (
        "  1. Bury results\n    11:40 6 May 2022\n\n    Labour held Bury.\n\n    Full list\n    11:00\n\n"
        "  2. Rochdale results\n    10:50 6 May 2022\n\n    Labour held Rochdale.\n"
    )
    page = _page(text)
    assert [p.title for p in page.posts] == ["Bury results", "Rochdale results"]
    assert "Full list" in page.posts[0].body_text


def test_stacked_headers_leave_a_copy_that_has_headers_as_it_is() -> None:
    lines = ["  1. Sale resultspublished at 10:00 British Summer Time 6 May 2022", "", "Sale count", "10:30", ""]
    heads = [text_layout.head_line(line) if line else None for line in lines]
    assert text_layout.stack_headers(list(lines), list(heads)) == (lines, heads)


# --- what such copies carry between the posts ---------------------------------------------------------------

HEADER = "  1. Trafford stays Labourpublished at 10:00 British Summer Time 6 May 2022"


def _body(*lines: str) -> scraper.Post:
    text = "\n".join([HEADER, "", *(f"    {line}" if line else "" for line in lines)])
    page = _page(text)
    assert len(page.posts) == 1
    return page.posts[0]


@pytest.mark.parametrize("who", ["Channel Four News", "@traffordcouncil", "Andy Burnham"])
def test_an_embed_closed_by_a_name_of_several_words(who: str) -> None:
    post = _body(
        "Labour kept a majority of 20.",
        "",
        f"Skip youtube video by {who}",
        "Allow YouTube content?",
        "This article contains content provided by Google YouTube. We ask for your permission before anything is "
        "loaded, as they may be using cookies and other technologies.",
        "Warning: Third party content may contain adverts",
        f"End of youtube video by {who}",
        "",
        "The leader thanked voters.",
    )
    assert post.body_text == "Labour kept a majority of 20.\nThe leader thanked voters."
    assert [e.kind for e in post.embeds] == ["youtube"]


def test_an_lx_share_panel_and_its_link_are_dropped() -> None:
    post = _body(
        "Labour kept a majority of 20.",
        "",
        "Share this post",
        "Copy this link",
        "https://www.bbc.co.uk/news/live/uk-england-manchester-61000000?pinned_post_locator=urn:asset:1&pinned_post_type=share",
        "Read more about these links.",
        "These are external links and will open in a new window",
        "",
        "https://www.trafford.gov.uk/elections is where the full list is.",
    )
    assert post.body_text == (
        "Labour kept a majority of 20.\nhttps://www.trafford.gov.uk/elections is where the full list is."
    )


def test_pager_footer_and_updated_notes_are_dropped() -> None:
    post = _body(
        "Labour kept a majority of 20.",
        "Updated at 10.12 BST",
        "",
        "Page 3 of 12",
        "Previous page",
        "Next page",
        "Copyright © 2022 BBC. The BBC is not responsible for the content of external sites.",
    )
    assert post.body_text == "Labour kept a majority of 20."


def test_updated_at_first_under_a_title_is_still_its_time() -> None:
    page = _page("Trafford results\n\n  1. Count resumes\n    Updated at 09:05\n\n    The count has resumed.\n")
    assert page.posts[0].published_text == "09:05"
    assert page.posts[0].body_text == "The count has resumed."


def test_a_dated_line_above_the_posts_gives_the_clocks_their_day() -> None:
    # saved two days later: a clock alone would take the fetch date without the page's own
    text = (
        "Council elections 2022 live: counts continue\n\nSat 7 May 2022 09.10 BST\n\n"
        "08.55 BST\nBarnet changes hands\n\nLabour has taken Barnet.\n"
    )
    page = _page(text, fetched=datetime(2022, 5, 9, 9, 0, tzinfo=UTC))
    assert _heads(page) == [("Barnet changes hands", "2022-05-07T07:55:00+00:00", "08.55 BST")]
    assert text_layout._page_date("7 May 2022")
    assert not text_layout._page_date("7 May was polling day")


# --- bylines with a blank line after the name ----------------------------------------------------------------


def test_a_name_alone_over_the_first_paragraph_is_the_author() -> None:
    # the Guardian: one contributor name, no role
    page = _page("Live results\n\n09.10 BST\nCount ends in Hull\n\nHelen Pidd\n\nLabour held Hull.\n")
    assert (page.posts[0].author, page.posts[0].role, page.posts[0].body_text) == (
        "Helen Pidd",
        None,
        "Labour held Hull.",
    )


def test_reader_view_name_and_role_between_blank_lines() -> None:
    page = _page(
        "Live results\n\nCount ends in Hull\n\nposted at 09:10\n\nLiam Byrne-Evans\n\nBBC Radio Humberside\n\n"
        "Labour held Hull.\n"
    )
    assert (page.posts[0].author, page.posts[0].role, page.posts[0].body_text) == (
        "Liam Byrne-Evans",
        "BBC Radio Humberside",
        "Labour held Hull.",
    )


@pytest.mark.parametrize(
    "first",
    ["Hull City Council", "Labour Hold", "LABOUR GAIN", "Polling station queues", "Turnout figures", "BBC Look North"],
)
def test_a_place_party_or_label_over_the_first_paragraph_is_no_author(first: str) -> None:
    page = _page(f"Live results\n\n09.10 BST\nCount ends in Hull\n\n{first}\n\nLabour held Hull.\n")
    assert page.posts[0].author is None


def test_person_names() -> None:
    for name in ("Helen Pidd", "Aoife McNally", "Dan O'Brien", "Rob Mayor & Kathryn Stanczyszyn", "Ursula von Berg"):
        assert text_layout._person(name), name
    for label in ("Hull City Council", "Reform UK", "Ballot boxes", "BBC News", "Liberal Democrats", "Helen"):
        assert not text_layout._person(label), label


@pytest.mark.parametrize(
    "line",
    ["14:02", "4 May 2023, 14:02 BST", "posted at19:40", "Published 14:02", "Updated at 09:05", "an hour ago",
     "one day ago", "just now", "2h ago04.05 BST", "32 minutes ago"],
)  # fmt: skip
def test_the_time_line_gate_passes_every_time_line(line: str) -> None:
    assert text_layout.TIME_LINE.match(line)
    assert text_layout._time_line(line)


def test_no_time_line_starts_with_a_character_outside_the_gate() -> None:
    # each alternative of TIME_LINE with its first character swapped for every other ASCII one: none matches, so
    # the gate never hides a time line (a non-ASCII first character, "１4:02", goes to the regex)
    tails = [
        "4:02",
        "osted at 19:40",
        "ublished 14:02",
        "pdated at 09:05",
        "n hour ago",
        "ne day ago",
        "ust now",
        "esterday 23:40",
    ]
    assert text_layout._time_line("\uff114:02")
    for first in map(chr, range(128)):
        if first in text_layout._TIME_LINE_STARTS:
            continue
        for tail in tails:
            assert text_layout.TIME_LINE.match(first + tail) is None, first + tail


# --- held-out forms: the time as an LX item's numbered line, a wrapped title, a key-events list -------------


def test_an_lx_item_numbered_on_its_time_takes_its_title_from_the_next_line() -> None:
    page = _page(
        "Council results\n\n  1. Posted at 10:40\n    Knowsley stays Labour\n\n    Labour won every seat.\n\n"
        "  2. Posted at 10:05\n    Sefton count starts\n\n    Counting began at nine.\n"
    )
    assert [(p.title, p.published_text) for p in page.posts] == [
        ("Knowsley stays Labour", "10:40"),
        ("Sefton count starts", "10:05"),
    ]
    assert page.posts[0].body_text == "Labour won every seat."


def test_a_title_wrapped_over_two_lines_above_its_time() -> None:
    page = _page(
        "Council results\n\nKnowsley stays Labour as every seat on the council is\nwon by the party\n"
        "10:40 BST 6 May 2022\n\nLabour won every seat.\n"
    )
    assert [p.title for p in page.posts] == ["Knowsley stays Labour as every seat on the council is won by the party"]
    assert page.posts[0].body_text == "Labour won every seat."


def test_a_dated_line_within_a_day_of_the_fetch_leaves_the_fetch_date() -> None:
    # a page first published the evening before: its posts after midnight are of the fetch's day
    text = "Results live\n\nThu 5 May 2022 22.10 BST\n\n02.30 BST\nSefton declares\n\nLabour held Sefton.\n"
    page = _page(text, fetched=datetime(2022, 5, 6, 5, 0, tzinfo=UTC))
    assert _heads(page) == [("Sefton declares", "2022-05-06T01:30:00+00:00", "02.30 BST")]


def test_a_key_events_list_is_no_posts() -> None:
    text = (
        "Results live\n\nKey events\n\n1h ago\nSefton declares\n\n3h ago\nWirral count starts\n\n"
        "Show key events only\nPlease turn on JavaScript to use this feature\n\n"
        "1h ago10.30 BST\nSefton declares\n\nLabour held Sefton.\n\n"
        "3h ago08.30 BST\nWirral count starts\n\nCounting began at eight.\n"
    )
    page = _page(text)
    assert [(p.title, p.body_text) for p in page.posts] == [
        ("Sefton declares", "Labour held Sefton."),
        ("Wirral count starts", "Counting began at eight."),
    ]


# --- a browser's copy of an LX figure's labels: on the shown text's line, after a space or glued to it -------

BARE_LABELS = """Local elections 2018: Results from Essex

Posted at 10:20

Harlow stays Labour

Labour has held Harlow District Council.

Image copyright Essex Live
Image caption Tellers at the Harlow count

The party lost one seat to the Conservatives.

Share this post

Copy this link

These are external links and will open in a new window

Close share panel

Posted at 09:55

Basildon count begins

Image copyrightGetty Images
Counting has started in Basildon.
"""


def test_an_lx_figure_s_labels_on_the_line_of_their_text_make_images_not_body() -> None:
    page = _page(BARE_LABELS, datetime(2018, 5, 4, 12, 0, tzinfo=UTC))
    assert [p.title for p in page.posts] == ["Harlow stays Labour", "Basildon count begins"]
    first, second = page.posts
    assert [(i.credit, i.caption) for i in first.images] == [("Essex Live", "Tellers at the Harlow count")]
    assert first.body_text == "Labour has held Harlow District Council.\nThe party lost one seat to the Conservatives."
    assert [i.credit for i in second.images] == ["Getty Images"]
    assert second.body_text == "Counting has started in Basildon."


@pytest.mark.parametrize(
    "line",
    ["Image sourcing is a skill.", "Image caption writers met today.", "Images of the count were shared online.",
     "Image copyright law was not on the ballot."],
)  # fmt: skip
def test_a_sentence_that_opens_with_image_is_body(line: str) -> None:
    """(A caption's label reads only under a credit's, on an image not captioned yet.)"""
    text = BARE_LABELS.replace("The party lost one seat to the Conservatives.", line)
    page = _page(text, datetime(2018, 5, 4, 12, 0, tzinfo=UTC))
    assert line in page.posts[0].body_text
    assert len(page.posts[0].images) == 1
