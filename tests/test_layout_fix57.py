"""Fixes of blind layout round 57: a live page's update response, a WordPress live-blog plugin's entries and a text
browser's dump."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from test_layout_fix45 import _div_block

import scraper
from scraper.models import Embed, Link
from scraper.source import decode

FETCHED = datetime(2019, 5, 3, 12, tzinfo=UTC)


def test_an_update_response_is_read_as_the_blocks_its_html_holds() -> None:
    response = json.dumps(
        {
            "numNewBlocks": 2,
            "html": _div_block(
                "5ccbf1a2e4b0c2d3a4f50002", "2019-05-03T08:05:00Z", "9.05am", "Greens gain in Sheffield", "Two gains."
            )
            + _div_block(
                "5ccbef10e4b0c2d3a4f50001", "2019-05-03T07:50:00Z", "8.50am", "Count resumes", "Counting resumed."
            ),
            "mostRecentBlockId": "block-5ccbf1a2e4b0c2d3a4f50002",
        }
    )
    page = scraper.parse(
        response,
        url="https://www.theguardian.com/politics/live/2019/may/03/council-count.json?lastUpdate=block-x&isLivePage=true",
        fetched_at=FETCHED,
        entities=False,
    )
    assert page.layout == "guardian"
    assert [(p.title, p.published_at, p.author, p.body_text) for p in page.posts] == [
        ("Greens gain in Sheffield", datetime(2019, 5, 3, 8, 5, tzinfo=UTC), None, "Two gains."),
        ("Count resumes", datetime(2019, 5, 3, 7, 50, tzinfo=UTC), None, "Counting resumed."),
    ]


@pytest.mark.parametrize(
    "document",
    [
        '{"html": "<p>a page</p>", "count": 2}',  # no update count
        '{"numNewBlocks": 0, "html": ""}',  # nothing new: the response as it is
        '{"numNewBlocks": 1, "html": ',  # cut short
    ],
)
def test_a_json_document_that_is_no_update_response_stays_as_it_is(document: str) -> None:
    assert decode(document) == document


def _wordpress_page(*entries: str, updates: str = "") -> str:
    blog = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": "Wigan count live"}
    if updates:
        blog["liveBlogUpdate"] = json.loads(updates)
    return (
        f'<html><head><script type="application/ld+json">{json.dumps(blog)}</script></head><body>'
        f'<div class="liveblog-feed">{"".join(entries)}</div></body></html>'
    )


def _entry(number: int, stamp: str, title: str, author: str, body: str) -> str:
    return (
        f'<article id="id_{number}" class="liveblog-entry" data-timestamp="{stamp}"><aside>'
        f'<a class="liveblog-meta-time" href="https://news.example.org/wigan-live/?liveblog_entry={number}">'
        f"<span>2 hours ago</span><span>10:00</span></a></aside><div>"
        + (f'<h2 class="liveblog-entry-header">{title}</h2>' if title else "")
        + f'<span class="liveblog-meta-author-name">{author}</span>'
        f'<div class="liveblog-entry-content">{body}</div></div></article>'
    )


def test_a_plugins_entries_are_the_posts_of_a_blog_whose_json_ld_lists_no_updates() -> None:
    page = scraper.parse(
        _wordpress_page(
            _entry(77, "1556877600", "Labour hold Wigan", "Ann Lee", "<p>Labour kept Wigan with 60 seats.</p>"),
            _entry(76, "1556874000", "", "Raj Patel", "<p>Turnout was 27%.</p>"),
            _entry(75, "2019-05-03", "Not an epoch", "Ann Lee", "<p>No time here.</p>"),
        ),
        url="https://news.example.org/wigan-live/",
        fetched_at=FETCHED,
        entities=False,
    )
    assert page.layout == "jsonld"
    assert [(p.title, p.published_at, p.author, p.body_text, p.url) for p in page.posts] == [
        (
            "Labour hold Wigan",
            datetime(2019, 5, 3, 10, tzinfo=UTC),
            "Ann Lee",
            "Labour kept Wigan with 60 seats.",
            "https://news.example.org/wigan-live/?liveblog_entry=77",
        ),
        (
            None,
            datetime(2019, 5, 3, 9, tzinfo=UTC),
            "Raj Patel",
            "Turnout was 27%.",
            "https://news.example.org/wigan-live/?liveblog_entry=76",
        ),
    ]


def test_a_plugins_entry_shows_its_clock_as_its_time_text_else_its_stamp() -> None:
    shown = _entry(5, "1556877600", "Count ends", "Ann Lee", "<p>Done.</p>")
    bare = shown.replace("<span>10:00</span>", "").replace('id="id_5"', 'id="id_6"').replace("entry=5", "entry=6")
    page = scraper.parse(_wordpress_page(shown, bare), url="https://news.example.org/x/", entities=False)
    assert [p.published_text for p in page.posts] == ["10:00", "1556877600"]


def test_a_blog_with_neither_updates_nor_timestamped_entries_is_still_an_error() -> None:
    with pytest.raises(scraper.ParseError, match="liveBlogUpdate is empty or missing"):
        scraper.parse(_wordpress_page('<div data-timestamp="1556877600"></div>'), url="https://news.example.org/x/")


def test_updates_in_the_json_ld_outrank_the_plugins_entries() -> None:
    updates = json.dumps(
        [
            {
                "@type": "BlogPosting",
                "headline": "From the JSON-LD",
                "articleBody": "Given.",
                "datePublished": "2019-05-03T09:30:00Z",
            }
        ]
    )
    page = scraper.parse(
        _wordpress_page(_entry(9, "1556877600", "From the markup", "Ann Lee", "<p>Shown.</p>"), updates=updates),
        url="https://news.example.org/wigan-live/",
        fetched_at=FETCHED,
        entities=False,
    )
    assert [p.title for p in page.posts] == ["From the JSON-LD"]


LIVE = "https://www.bbc.co.uk/news/live/uk-politics-48101234"
DUMP = """\
   #[1]BBC News

   [2]Skip to content

Council elections 2019: the count

Latest updates

    1. posted at 11:40

       Breaking
       Greens gain two seats in Bristol

       The Green Party has taken Ashley and Easton from Labour. [3]All Bristol results are here.

       [4]Share this post
    2. posted at 11:05

       Count begins in Wakefield

       Verification has started.

       [5]View more on twitter

       [6]Share this post

   [7]First [8]Previous
   3 of 9
   [9]Next [10]Last

   Copyright (c) 2019 BBC. Read about our approach to external linking.

References

   Visible links:
   1. https://www.bbc.co.uk/news/10628494
   2. https://www.bbc.co.uk/news/live/uk-politics-48101234/page/3#page
   3. https://www.bbc.co.uk/news/politics/councils/bristol
   4. https://www.bbc.co.uk/news/live/uk-politics-48101234?pinned_post_locator=urn:asset:1
   5. https://twitter.com/WakefieldCouncil/status/1124219876543210001
   6. https://www.bbc.co.uk/news/live/uk-politics-48101234?pinned_post_locator=urn:asset:2
   7. https://www.bbc.co.uk/news/live/uk-politics-48101234
   8. https://www.bbc.co.uk/news/live/uk-politics-48101234/page/2
   9. https://www.bbc.co.uk/news/live/uk-politics-48101234/page/4
  10. https://www.bbc.co.uk/news/live/uk-politics-48101234/page/9
"""


def _dump_page(text: str, url: str = f"{LIVE}/page/3") -> scraper.Page:
    return scraper.parse(text, url=url, fetched_at=FETCHED, entities=False)


def test_a_dumps_references_give_its_links_embeds_and_pager_and_leave_its_text() -> None:
    page = _dump_page(DUMP)
    assert page.title == "Council elections 2019: the count"
    assert [(p.title, p.is_breaking) for p in page.posts] == [
        ("Greens gain two seats in Bristol", True),
        ("Count begins in Wakefield", False),
    ]
    bristol, wakefield = page.posts
    assert bristol.body_text == "The Green Party has taken Ashley and Easton from Labour. All Bristol results are here."
    # (a dump marks where a link starts, not where it stops: its words run to the line's end)
    assert bristol.links == [
        Link("All Bristol results are here.", "https://www.bbc.co.uk/news/politics/councils/bristol")
    ]
    assert bristol.embeds == []
    assert wakefield.body_text == "Verification has started."
    assert wakefield.embeds == [Embed("twitter", "https://twitter.com/WakefieldCouncil/status/1124219876543210001")]
    assert wakefield.links == []
    assert (page.page.number, page.page.total) == (3, 9)
    assert page.page.next_url == f"{LIVE}/page/4"
    assert page.page.prev_url == f"{LIVE}/page/2"


def test_a_references_heading_over_prose_is_no_dumps_list() -> None:
    text = DUMP.replace("References\n", "References\n\n   The sources we used are listed here.\n", 1)
    page = _dump_page(text)
    assert "[3]All" in page.posts[0].body_text


def test_a_bare_page_count_gives_the_total_only_for_the_page_the_address_names() -> None:
    assert _dump_page(DUMP.replace("3 of 9", "5 of 9"), url=f"{LIVE}/page/3").page.total is None
    assert _dump_page(DUMP, url=LIVE).page.total is None


PLAIN = """\
Council elections 2019: the count

    1. Posted at 11:40

       Breaking
       Labour lose Bolton

       Labour has lost control of Bolton.
    2. Posted at 11:05

       Count begins in Bolton

       Verification has started.

First Previous
4 of 6
Next Last
About the BBC
Terms of Use
Privacy Policy
Copyright (c) 2019 BBC. The BBC is not responsible for the content of external sites.
"""


def test_a_breaking_label_between_a_numbered_time_and_its_title_is_the_posts_label() -> None:
    page = _dump_page(PLAIN, url=f"{LIVE}/page/4")
    assert [(p.title, p.is_breaking, p.body_text) for p in page.posts][0] == (
        "Labour lose Bolton",
        True,
        "Labour has lost control of Bolton.",
    )


def test_the_lx_pagers_joined_links_and_bare_count_and_an_ascii_copyright_end_the_last_post() -> None:
    page = _dump_page(PLAIN, url=f"{LIVE}/page/4")
    assert page.posts[-1].body_text == "Verification has started."
    assert page.page.total == 6
