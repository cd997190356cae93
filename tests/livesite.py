"""A generated BBC WebCore live page of many pages, served by the local test server, and what harvest tests need
around it: a parser for it and an in-memory stand-in for `archive.Archive`.

The pages carry their posts the way WebCore does (shared/reference/BBC-MARKUP.md §2.2): a
``window.__INITIAL_DATA__`` JS string holding JSON whose stream entry has ``page {index, total}`` and
``results[]`` of posts with ``urn``, ``dates``, header blocks (headline, contributor) and content blocks.
`LxSite` and `GuardianSite` render the same posts as BBC LX and Guardian (DCR) pages; the real adapters read all three.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import parse_qs, urlsplit

from localserver import Handler, LocalHTTPServer

from archive.store import IngestCounts
from scraper.models import Page
from scraper.pagination import blog_key

PATH = "/news/live/uk-england-derbyshire-56931665"
STREAM_ID = "215E26F2051B45B18304E6E06A470FB9"
START = datetime(2021, 5, 7, 23, 0, tzinfo=UTC)


def _text_block(kind: str, text: str) -> dict[str, Any]:
    paragraph = {
        "type": "paragraph",
        "model": {"text": text, "blocks": [{"type": "fragment", "model": {"text": text}}]},
    }
    return {"type": kind, "model": {"blocks": [{"type": "text", "model": {"blocks": [paragraph]}}]}}


@dataclass
class LivePost:
    number: int
    title: str
    body: str

    @property
    def urn(self) -> str:
        return f"asset:{hashlib.md5(str(self.number).encode()).hexdigest()[:8]}-0000-4000-8000-{self.number:012d}"

    def to_json(self) -> dict[str, Any]:
        when = (START + timedelta(minutes=self.number)).isoformat()
        return {
            "urn": self.urn,
            "type": "POST",
            "options": {"isBreakingNews": False},
            "dates": {"firstPublished": when, "lastPublished": when, "curated": when, "time": None},
            "header": {
                "model": {
                    "blocks": [
                        _text_block("headline", self.title),
                        {"type": "contributor", "model": {"name": "Alex Regan", "subtitle": "BBC News"}},
                    ]
                }
            },
            "content": {"model": {"blocks": [{"type": "paragraph", "model": {"text": self.body}}]}},
        }


@dataclass
class LiveSite:
    """Posts newest first, `page_size` a page; ETags from the page bytes so a 304 means really unchanged.

    This base renders BBC WebCore pages (``?page=N``); `LxSite` and `GuardianSite` render the other families.
    """

    posts: list[LivePost] = field(default_factory=list)
    page_size: int = 5
    on_request: Callable[[int], None] | None = None
    path: str = PATH

    def add(self, count: int) -> list[LivePost]:
        start = max((p.number for p in self.posts), default=0) + 1
        new = [
            LivePost(n, f"Result {n}: Labour hold ward {n}", f"Labour held ward {n} with {100 + n} votes.")
            for n in range(start, start + count)
        ]
        self.posts[:0] = reversed(new)
        return new

    @property
    def total(self) -> int:
        return max(1, -(-len(self.posts) // self.page_size))

    def chunk(self, number: int) -> list[LivePost]:
        return self.posts[(number - 1) * self.page_size : number * self.page_size]

    def serve(self, server: LocalHTTPServer) -> None:
        server.routes[self.path] = self.route

    def number(self, path: str) -> int:
        values = parse_qs(urlsplit(path).query).get("page", ["1"])
        return int(values[0]) if values[0].isdigit() else 1

    def render(self, number: int) -> bytes:
        key = f"stream?liveTextStreamId={STREAM_ID}&pageNumber={number}&pageSize={self.page_size}&pageUrl={PATH}"
        stream = {"page": {"index": number, "total": self.total}, "results": [p.to_json() for p in self.chunk(number)]}
        literal = json.dumps(json.dumps({"data": {key: {"name": "stream", "data": stream}}}))
        articles = "".join(
            f'<article data-testid="content-post"><h3><span>{p.title}</span>'
            f'<span class="ssrcss-1f39n02-VisuallyHidden e16en2lz0">published at 00:{p.number % 60:02d} BST 8 May 2021'
            f"</span></h3><p>{p.body}</p></article>"
            for p in self.chunk(number)
        )
        return _document(
            "Derbyshire results - BBC News",
            f"<script>window.__INITIAL_DATA__={literal};</script><main>{articles}</main>",
        )

    def route(self, h: Handler) -> None:
        number = self.number(h.path)
        if self.on_request is not None:
            self.on_request(number)
        if number > self.total:
            h.send_simple(404, b"no such page")
            return
        body = self.render(number)
        send_conditional(h, body, etag_of(body))


def etag_of(body: bytes) -> str:
    """An ETag from a page's bytes, so that a 304 means really unchanged."""
    return '"' + hashlib.sha1(body).hexdigest()[:16] + '"'


def send_conditional(h: Handler, body: bytes, etag: str, **headers: str) -> None:
    """A bare 304 when the client already holds ``etag``, else ``body`` with it (and ``headers``)."""
    if h.headers.get("If-None-Match") == etag:
        h.send_response(304)
        h.send_header("ETag", etag)
        h.send_header("Content-Length", "0")
        h.end_headers()
        return
    h.send_simple(200, body, ETag=etag, **headers)


def _document(title: str, body: str) -> bytes:
    return (
        f'<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>{title}</title></head>'
        f"<body>{body}</body></html>"
    ).encode()


@dataclass
class LxSite(LiveSite):
    """A BBC LX live page: ``lx-stream-post`` articles, pages at ``…/page/N``, ``qa-pagination`` controls."""

    path: str = "/news/live/uk-england-derbyshire-48117960"
    pages_routed: int = 60

    def serve(self, server: LocalHTTPServer) -> None:
        server.routes[self.path] = self.route
        for n in range(1, self.pages_routed + 1):
            server.routes[f"{self.path}/page/{n}"] = self.route

    def number(self, path: str) -> int:
        match = re.search(r"/page/(\d+)$", urlsplit(path).path)
        return int(match.group(1)) if match else 1

    def render(self, number: int) -> bytes:
        posts = "".join(
            f'<li class="lx-stream__post-container"><article id="post_{p.number:024x}" class="qa-post lx-stream-post">'
            '<header class="lx-stream-post__header gs-o-media"><time class="lx-stream-post__meta-time">'
            f'<span class="gs-u-vh qa-visually-hidden-meta">posted at </span><span class="qa-post-auto-meta">'
            f"{10 + p.number // 60 % 12}:{p.number % 60:02d}</span></time>"
            '<h3 class="lx-stream-post__header-title qa-post-title"><span class="lx-stream-post__header-text">'
            f'{p.title}</span></h3></header><div class="gs-u-mb+ gel-body-copy qa-post-body">'
            f'<div class="lx-stream-post-body"><p>{p.body}</p></div></div></article></li>'
            for p in self.chunk(number)
        )
        nxt = (
            f'<a class="lx-pagination__btn qa-pagination-next-page" href="{self.path}/page/{number + 1}">Next</a>'
            if number < self.total
            else '<div class="qa-pagination-next-page">Next</div>'
        )
        pagination = (
            '<div class="lx-pagination qa-pagination"><p class="lx-pagination__nav">'
            f'<span class="qa-pagination-current-page-number">{number}</span> of '
            f'<span class="qa-pagination-total-page-number">{self.total}</span></p>{nxt}</div>'
        )
        return _document(
            "Derbyshire local elections 2019 - BBC News",
            f'<div id="lx-stream"><ol class="lx-stream__feed qa-stream">{posts}</ol>{pagination}</div>',
        )


@dataclass
class GuardianSite(LiveSite):
    """A Guardian (DCR) live blog: ``article#block-…`` blocks, older pages at ``?page=with:block-<first block>``."""

    path: str = "/politics/live/2024/may/03/local-elections-2024-results-live"

    @staticmethod
    def block(post: LivePost) -> str:
        return f"block-{post.number:024x}"

    def number(self, path: str) -> int:
        wanted = parse_qs(urlsplit(path).query).get("page", [""])[0].removeprefix("with:")
        index = next((i for i, p in enumerate(self.posts) if self.block(p) == wanted), 0)
        return index // self.page_size + 1

    def render(self, number: int) -> bytes:
        blocks = "".join(
            f'<article id="{self.block(p)}" class="block"><header><div>'
            f'<a href="?page=with:{self.block(p)}#{self.block(p)}">'
            f'<time datetime="{(START + timedelta(minutes=p.number)).isoformat()}">1h ago</time></a></div>'
            f"<h2>{p.title}</h2></header><p>{p.body}</p></article>"
            for p in self.chunk(number)
        )
        older = ""
        if number < self.total:
            first = self.block(self.chunk(number + 1)[0])
            older = (
                f'<section style="grid-area:older;justify-self:end"><a href="?page=with:{first}#liveblog-navigation">'
                "<span>Next</span></a></section>"
            )
        nav = (
            f'<nav id="liveblog-navigation"><section style="grid-area:position"><strong>{number}</strong>&nbsp;of&nbsp;'
            f"<strong>{self.total}</strong></section>{older}</nav>"
        )
        config = '<meta property="og:site_name" content="the Guardian">'
        return _document(
            "Local elections 2024 – live | The Guardian",
            f'{config}<main><div id="liveblog-body" data-gu-name="body">{nav}{blocks}</div></main>',
        )


class FakeArchive:
    """The part of `archive.Archive` a harvest uses, in memory, with transactions that really roll back."""

    def __init__(self) -> None:
        self.rows: list[dict[str, Any]] = []
        self.posts: dict[tuple[str, str], dict[str, Any]] = {}
        self.fail_ingest: Callable[[Page], bool] = lambda page: False
        self.walked: dict[str, datetime] = {}

    def __enter__(self) -> FakeArchive:
        return self

    def __exit__(self, *exc: object) -> None:
        pass

    @contextmanager
    def transaction(self) -> Iterator[None]:
        saved = ([dict(r) for r in self.rows], {k: dict(v) for k, v in self.posts.items()})  # entries are replaced
        try:
            yield
        except BaseException:
            self.rows, self.posts = saved
            raise

    def record_capture(self, *, url: str, fetched_at: datetime, **fields: Any) -> int:
        for n, row in enumerate(self.rows):
            if (row["url"], row["fetched_at"], row.get("digest")) == (url, fetched_at, fields.get("digest")):
                return n + 1
        self.rows.append({"id": len(self.rows) + 1, "url": url, "fetched_at": fetched_at, **fields})
        return len(self.rows)

    def captures(self, *, blog: str | None = None) -> list[dict[str, Any]]:
        return [dict(r) for r in self.rows if blog is None or blog_key(r["url"]) == blog_key(blog)]

    def ingest(self, page: Page, capture_id: int | None = None) -> IngestCounts:
        counts = IngestCounts()
        for post in page.posts:
            key = (blog_key(page.url or ""), post.post_id)
            digest = hashlib.sha1(json.dumps(post.to_dict(), sort_keys=True).encode()).hexdigest()
            held = self.posts.get(key)
            if held is None:
                self.posts[key] = {"hash": digest, "revisions": 1, "post": post, "capture_id": capture_id}
                counts.new += 1
            elif held["hash"] != digest:
                held.update(hash=digest, revisions=held["revisions"] + 1, post=post, capture_id=capture_id)
                counts.revised += 1
            else:
                counts.unchanged += 1
            if self.fail_ingest(page):
                from scraper.errors import ArchiveError

                raise ArchiveError("disk full", source="fake.sqlite")
        return counts

    def last_stored_capture(self, url: str) -> dict[str, Any] | None:
        rows = [r for r in self.rows if r["url"] == url and not r.get("error") and r.get("warc_file")]
        return dict(rows[-1]) if rows else None

    def walked_at(self, url: str) -> datetime | None:
        return self.walked.get(blog_key(url))

    def mark_walked(self, url: str, when: datetime) -> None:
        self.walked[blog_key(url)] = max(when, self.walked.get(blog_key(url), when))

    def conditional_headers(self, url: str) -> dict[str, str]:
        rows = [r for r in self.rows if r["url"] == url and not r.get("error") and r.get("etag")]
        return {"If-None-Match": rows[-1]["etag"]} if rows else {}
