"""Fixes of blind layout round 53: Google AMP copies of Guardian live blogs, a news app's share-as-text copy, images
of a Wayback Machine copy, BBC pages printed from a browser's reader view."""

from __future__ import annotations

from datetime import UTC, datetime

import scraper
from scraper.clean import join_url

FETCHED = datetime(2026, 5, 8, 12, tzinfo=UTC)
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
