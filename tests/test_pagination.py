from __future__ import annotations

import pytest

from scraper.models import Page, PageInfo, Post
from scraper.pagination import PageWalk, blog_key, next_page_url, page_key, with_path_page, with_query_page

WEBCORE = "https://www.bbc.co.uk/news/live/uk-england-nottinghamshire-56931665"
LX = "https://www.bbc.co.uk/news/live/uk-politics-47160630"
GUARDIAN = "https://www.theguardian.com/politics/live/2021/may/08/local-elections-2021-live"


def page(layout: str, number: int | None = None, total: int | None = None, next_url: str | None = None) -> Page:
    return Page(url=None, layout=layout, page=PageInfo(number=number, total=total, next_url=next_url))


@pytest.mark.parametrize(
    ("pg", "url", "expected"),
    [
        (page("bbc-webcore", 1, 12), WEBCORE, WEBCORE + "?page=2"),
        (page("bbc-webcore", 2, 12), WEBCORE + "?page=2&x=1#top", WEBCORE + "?x=1&page=3"),
        (page("bbc-webcore", 12, 12), WEBCORE + "?page=12", None),
        (
            page("bbc-simorgh", None, 3),
            "https://www.bbc.com/pidgin/live/c1",
            "https://www.bbc.com/pidgin/live/c1?page=2",
        ),
        (page("bbc-lx", 1, 5), LX, LX + "/page/2"),
        (page("bbc-lx", 2, 5), LX + "/page/2", LX + "/page/3"),
        (page("bbc-lx", 5, 5), LX + "/page/5", None),
        (
            page("guardian", next_url="?page=with:block-60965c3f8f08c1a9a3f6e2b7"),
            GUARDIAN,
            GUARDIAN + "?page=with:block-60965c3f8f08c1a9a3f6e2b7",
        ),
        (page("guardian"), GUARDIAN, None),
        (page("jsonld", next_url="/live/2"), "https://example.org/live/1", "https://example.org/live/2"),
        (page("bbc-webcore", 1, None, next_url="?page=2"), WEBCORE, WEBCORE + "?page=2"),
        # a share link a reader copied ("Copy link"): the next page is the live page's, not that post's
        (page("bbc-webcore", 1, 12), WEBCORE + "?post=asset%3Aa1b2#post", WEBCORE + "?page=2"),
        (page("bbc-webcore", 2, 12), WEBCORE + "?page=2&post=asset%3Aa1b2&x=1", WEBCORE + "?x=1&page=3"),
    ],
)
def test_next_page_url_per_family(pg: Page, url: str, expected: str | None) -> None:
    assert next_page_url(pg, url) == expected


def test_page_helpers() -> None:
    assert with_query_page(WEBCORE + "?page=4", 5) == WEBCORE + "?page=5"
    assert with_path_page(LX + "/page/9/", 10) == LX + "/page/10"
    assert page_key(WEBCORE + "?page=1#x") == page_key(WEBCORE) == page_key(WEBCORE + "/page/1")
    assert page_key(WEBCORE + "?page=2") != page_key(WEBCORE)
    assert blog_key(WEBCORE + "?post=asset%3Aa1b2#post") == blog_key(WEBCORE + "?page=3") == blog_key(WEBCORE)
    assert blog_key(WEBCORE + "?repost=1") != blog_key(WEBCORE)


def posts(*ids: str) -> list[Post]:
    return [Post(post_id=i) for i in ids]


def test_walk_dedupes_posts_that_move_down_a_page() -> None:
    walk = PageWalk(WEBCORE)
    first = page("bbc-webcore", 1, 3)
    first.posts = posts("a", "b", "c")
    second = page("bbc-webcore", 2, 3)
    second.posts = posts("c", "d")  # "c" slid down while we walked
    assert [p.post_id for p in walk.fresh(first).posts] == ["a", "b", "c"]
    assert [p.post_id for p in walk.fresh(second).posts] == ["d"]
    assert [p.post_id for p in second.posts] == ["c", "d"]  # the parsed page itself is left alone


def test_walk_stops_at_last_page_max_pages_unchanged_page_304_and_loops() -> None:
    walk = PageWalk(WEBCORE)
    assert walk.after(WEBCORE, page("bbc-webcore", 1, 3), changed=True) == WEBCORE + "?page=2"
    assert walk.after(WEBCORE + "?page=2", page("bbc-webcore", 2, 3), changed=True) == WEBCORE + "?page=3"
    assert walk.after(WEBCORE + "?page=3", page("bbc-webcore", 3, 3), changed=True) is None

    assert PageWalk(WEBCORE, max_pages=1).after(WEBCORE, page("bbc-webcore", 1, 3), changed=True) is None
    assert PageWalk(WEBCORE).after(WEBCORE, page("bbc-webcore", 1, 3), changed=False) is None
    assert PageWalk(WEBCORE, full=True).after(WEBCORE, page("bbc-webcore", 1, 3), changed=False) is not None
    assert PageWalk(WEBCORE, full=True).after(WEBCORE, None, changed=False) is None

    looping = PageWalk(GUARDIAN)
    assert looping.after(GUARDIAN + "?page=2", page("guardian", next_url=GUARDIAN), changed=True) == GUARDIAN
    assert looping.after(GUARDIAN, page("guardian", next_url="?page=2"), changed=True) is None


def test_a_deep_walk_goes_on_past_unchanged_pages_and_says_when_it_was_whole() -> None:
    deep = PageWalk(WEBCORE, deep=True)
    assert deep.after(WEBCORE, page("bbc-webcore", 1, 3), changed=False) == WEBCORE + "?page=2"  # a stored copy
    assert not deep.whole
    assert deep.after(WEBCORE + "?page=2", page("bbc-webcore", 2, 3), changed=False) == WEBCORE + "?page=3"
    assert deep.after(WEBCORE + "?page=3", page("bbc-webcore", 3, 3), changed=False) is None and deep.whole

    stopped = PageWalk(WEBCORE)  # stopped at an unchanged page: not whole
    assert stopped.after(WEBCORE, page("bbc-webcore", 1, 3), changed=False) is None and not stopped.whole
    capped = PageWalk(WEBCORE, max_pages=2, deep=True)  # as far as it may go: whole
    capped.after(WEBCORE, page("bbc-webcore", 1, 3), changed=False)
    assert capped.after(WEBCORE + "?page=2", page("bbc-webcore", 2, 3), changed=False) is None and capped.whole

    failed_last = PageWalk(WEBCORE, deep=True)  # the last page failed: every page was asked for
    failed_last.after(WEBCORE, page("bbc-webcore", 1, 2), changed=False)
    assert failed_last.after_failure(WEBCORE + "?page=2") is None and failed_last.whole
    lost = PageWalk(GUARDIAN, deep=True)  # a failed page with no numbering to step over: the walk ends short
    lost.after(GUARDIAN, page("guardian", next_url="?page=2"), changed=False)
    assert lost.after_failure(GUARDIAN + "?page=2") is None and not lost.whole
