"""Which page of a live page comes next, per family, and when to stop walking.

- BBC WebCore / World Service (Simorgh): ``?page=N`` up to ``page.total`` (from the page's own JSON).
- BBC LX: ``…/page/N`` up to the total in its ``qa-pagination`` controls.
- The Guardian (``?page=with:block-…``) and every other family: the page's own next link (rel="next" or the
  adapter's ``page.next_url``).

Pages are walked from the newest (page 1) to the oldest, so a post pushed down a page while we walk is seen twice
(and kept once, on post_id), never skipped. The walk stops at the last page, at ``max_pages``, on a URL already
visited, or — unless ``full`` or ``deep`` — at the first page that brought nothing new or revised. A ``deep``
walk goes on past unchanged pages (a harvest hands it the stored copy of a page that answered 304, for its next
link), so an edit or a removal on an old page is seen; ``whole`` says whether the walk got to the end.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field, replace
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

from scraper.models import Page, Post

QUERY_PAGE_FAMILIES = ("bbc-webcore", "bbc-simorgh")
PATH_PAGE_FAMILIES = ("bbc-lx",)
QUERY_PAGE_PARAM = "page"
# A BBC post's share link ("Copy link": ``?post=asset%3A<uuid>#post``) pins that post on top of the page: the live
# page and its other pages are the same without it.
SHARE_PARAM = "post"
_PATH_PAGE = re.compile(r"/page/\d+/?$")


def with_query_page(url: str, number: int) -> str:
    """url with ``?page=number`` (other query parameters kept but a share link's ``post``, fragment dropped)."""
    parts = urlsplit(url)
    query = [
        (k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k not in (QUERY_PAGE_PARAM, SHARE_PARAM)
    ]
    query.append((QUERY_PAGE_PARAM, str(number)))
    return urlunsplit((parts.scheme, parts.netloc, parts.path, urlencode(query), ""))


def with_path_page(url: str, number: int) -> str:
    """url with its path ending ``/page/number`` (an existing ``/page/N`` replaced)."""
    parts = urlsplit(url)
    path = _PATH_PAGE.sub("", parts.path).rstrip("/") + f"/page/{number}"
    return urlunsplit((parts.scheme, parts.netloc, path, parts.query, ""))


def page_key(url: str) -> str:
    """The same page however it is spelled: page 1 of ``?page=`` / ``/page/`` is the bare URL, no fragment."""
    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if (k, v) != (QUERY_PAGE_PARAM, "1")]
    path = re.sub(r"/page/1/?$", "", parts.path)
    return urlunsplit((parts.scheme, parts.netloc.lower(), path, urlencode(sorted(query)), ""))


def blog_key(url: str) -> str:
    """The live page as a whole, whichever of its pages url names: no page number, share parameter or fragment."""
    parts = urlsplit(url)
    query = [
        (k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k not in (QUERY_PAGE_PARAM, SHARE_PARAM)
    ]
    path = _PATH_PAGE.sub("", parts.path) or "/"
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), path, urlencode(sorted(query)), ""))


def page_number(url: str) -> int:
    """The page number url names (``?page=N`` or ``/page/N``); 1 when it names none."""
    for key, value in parse_qsl(urlsplit(url).query):
        if key == QUERY_PAGE_PARAM and value.isdigit():
            return int(value)
    match = re.search(r"/page/(\d+)/?$", urlsplit(url).path)
    return int(match.group(1)) if match else 1


def next_page_url(page: Page, url: str) -> str | None:
    """The URL of the page after `page` (fetched from `url`), or None when it is the last."""
    info = page.page
    number = info.number or 1
    if info.total is not None and number >= info.total:
        return None
    if info.total is not None and page.layout in QUERY_PAGE_FAMILIES:
        return with_query_page(url, number + 1)
    if info.total is not None and page.layout in PATH_PAGE_FAMILIES:
        return with_path_page(url, number + 1)
    if not info.next_url:
        return None
    try:
        return urljoin(url, info.next_url)
    except ValueError:  # a next link urllib cannot read (an unclosed IPv6 "["): a traceback that ended the harvest
        logging.getLogger(__name__).warning("%s: the link to the next page cannot be followed: %r", url, info.next_url)
        return None


def numbered(page: Page) -> bool:
    """Whether the page is found by its number (BBC ``?page=N``, ``/page/N``): a post taken down on it or above it
    then pulls the first post of the next page up onto it. Not so a page anchored on a post (the Guardian's
    ``?page=with:block-…``), whose next page begins where it ends whatever came and went."""
    return page.page.total is not None and page.layout in (*QUERY_PAGE_FAMILIES, *PATH_PAGE_FAMILIES)


@dataclass(slots=True)
class PageWalk:
    """The state of one walk over a live page's pages: where we have been and which posts we have seen."""

    start: str
    max_pages: int | None = None
    full: bool = False
    #: Go on past pages that brought nothing new (each still asked for conditionally, unlike ``full``).
    deep: bool = False
    #: Whether the walk reached the last page (or ``max_pages``): every page it may fetch was asked for.
    whole: bool = False
    visited: list[str] = field(default_factory=list)
    post_ids: set[str] = field(default_factory=set)
    #: The last page parsed, so a failed page can be stepped over when the family numbers its pages.
    last: Page | None = None

    def fresh(self, page: Page) -> Page:
        """The page with only the posts (and summary items) not already seen earlier in this walk."""
        posts = self._unseen(page.posts)
        summary = self._unseen(page.summary)
        return replace(page, posts=posts, summary=summary)

    def _unseen(self, posts: list[Post]) -> list[Post]:
        kept = []
        for post in posts:
            if post.post_id not in self.post_ids:
                self.post_ids.add(post.post_id)
                kept.append(post)
        return kept

    def after(self, url: str, page: Page | None, *, changed: bool, final_url: str | None = None) -> str | None:
        """Record that `url` was done; the next URL to fetch, or None to stop.

        ``page`` is None when the server answered 304 Not Modified (the page is as archived; a deep walk is given
        the archived copy instead); ``changed`` is whether the page brought any new or revised post;
        ``final_url`` is where `url` redirected to, if it did: the next page is numbered from there (a moved
        live page's old address, given ``?page=2``, is not the new address's page 2).
        """
        self.visited.append(page_key(url))
        if page is not None:
            self.last = page
        if self.max_pages is not None and len(self.visited) >= self.max_pages:
            self.whole = True
            return None
        if page is None or not (changed or self.full or self.deep):
            return None
        following = next_page_url(page, final_url or url)
        self.whole = following is None
        return self._unvisited(following)

    def after_failure(self, url: str) -> str | None:
        """The page after one that failed, when the family's numbering and the total are known; else None."""
        self.visited.append(page_key(url))
        last = self.last
        if self.max_pages and len(self.visited) >= self.max_pages:
            self.whole = True
            return None
        if last is None or last.page.total is None:
            return None
        number = page_number(url)
        if number >= last.page.total:
            self.whole = True
            return None
        if last.layout in QUERY_PAGE_FAMILIES:
            return self._unvisited(with_query_page(url, number + 1))
        if last.layout in PATH_PAGE_FAMILIES:
            return self._unvisited(with_path_page(url, number + 1))
        return None

    def _unvisited(self, url: str | None) -> str | None:
        return None if url is None or page_key(url) in self.visited else url
