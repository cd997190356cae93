"""A generated BBC WebCore live page of many pages, served by the local test server, and what harvest tests need
around it: a parser for it and an in-memory stand-in for `archive.Archive`.

The pages carry their posts the way WebCore does (shared/reference/BBC-MARKUP.md §2.2): a
``window.__INITIAL_DATA__`` JS string holding JSON whose stream entry has ``page {index, total}`` and
``results[]`` of posts with ``urn``, ``dates``, header blocks (headline, contributor) and content blocks.
`parse_page` uses the real `scraper.parse` once its bbc-webcore adapter reads these pages, and a minimal reader
of the same JSON until then.
"""

from __future__ import annotations

import copy
import hashlib
import json
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import parse_qs, urlsplit

from localserver import Handler

from scraper.errors import LayoutNotRecognised, ParseError
from scraper.models import Page, PageInfo, Post
from scraper.pagination import blog_key

PATH = "/news/live/uk-england-derbyshire-56931665"
STREAM_ID = "215E26F2051B45B18304E6E06A470FB9"
START = datetime(2021, 5, 7, 23, 0, tzinfo=UTC)
_INITIAL_DATA = re.compile(r'window\.__INITIAL_DATA__\s*=\s*("(?:[^"\\]|\\.)*")')


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
    """Posts newest first, `page_size` a page; ETags from the page bytes so a 304 means really unchanged."""

    posts: list[LivePost] = field(default_factory=list)
    page_size: int = 5
    on_request: Callable[[int], None] | None = None

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

    def render(self, number: int) -> bytes:
        chunk = self.posts[(number - 1) * self.page_size : number * self.page_size]
        key = f"stream?liveTextStreamId={STREAM_ID}&pageNumber={number}&pageSize={self.page_size}&pageUrl={PATH}"
        stream = {"page": {"index": number, "total": self.total}, "results": [p.to_json() for p in chunk]}
        data = {"data": {key: {"name": "stream", "data": stream}}}
        literal = json.dumps(json.dumps(data))
        articles = "".join(
            f'<article data-testid="content-post"><h3><span>{p.title}</span>'
            f'<span class="ssrcss-1f39n02-VisuallyHidden e16en2lz0">published at 00:{p.number % 60:02d} BST 8 May 2021'
            f"</span></h3><p>{p.body}</p></article>"
            for p in chunk
        )
        return (
            '<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>Derbyshire results - BBC News'
            f"</title></head><body><script>window.__INITIAL_DATA__={literal};</script><main>{articles}</main>"
            "</body></html>"
        ).encode()

    def route(self, h: Handler) -> None:
        values = parse_qs(urlsplit(h.path).query).get("page", ["1"])
        number = int(values[0]) if values[0].isdigit() else 1
        if self.on_request is not None:
            self.on_request(number)
        if number > self.total:
            h.send_simple(404, b"no such page")
            return
        body = self.render(number)
        etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
        if h.headers.get("If-None-Match") == etag:
            h.send_response(304)
            h.send_header("ETag", etag)
            h.send_header("Content-Length", "0")
            h.end_headers()
            return
        h.send_simple(200, body, ETag=etag)


def _find_stream(node: Any) -> dict[str, Any] | None:
    if isinstance(node, dict):
        results = node.get("results")
        if isinstance(results, list) and all(isinstance(r, dict) and "urn" in r for r in results):
            return node
        node = list(node.values())
    if isinstance(node, list):
        for child in node:
            found = _find_stream(child)
            if found is not None:
                return found
    return None


def _texts(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        if node.get("type") == "paragraph":
            yield node["model"]["text"]
            return
        node = list(node.values())
    if isinstance(node, list):
        for child in node:
            yield from _texts(child)


def minimal_webcore_parse(
    data: bytes, *, url: str | None = None, fetched_at: datetime | None = None, charset: str | None = None, **_: Any
) -> Page:
    """Just enough of the bbc-webcore adapter to read LiveSite pages (used until the real one lands)."""
    match = _INITIAL_DATA.search(data.decode(charset or "utf-8"))
    if match is None:
        raise LayoutNotRecognised("no window.__INITIAL_DATA__", source=url)
    stream = _find_stream(json.loads(json.loads(match.group(1))))
    if stream is None or not stream["results"]:
        raise ParseError("no posts in the stream", source=url)
    posts = []
    for item in stream["results"]:
        title = next(_texts(item["header"]), None)
        posts.append(
            Post(
                post_id=item["urn"],
                title=title,
                published_at=datetime.fromisoformat(item["dates"]["firstPublished"]),
                body_text="\n\n".join(_texts(item["content"])),
            )
        )
    info = PageInfo(number=stream["page"]["index"], total=stream["page"]["total"])
    return Page(url=url, layout="bbc-webcore", fetched_at=fetched_at, page=info, posts=posts)


def parse_page(data: bytes, **kwargs: Any) -> Page:
    """The real parser when its bbc-webcore adapter reads our pages, else the minimal reader."""
    from scraper.parse import parse

    try:
        return parse(data, layout="bbc-webcore", entities=False, **{k: v for k, v in kwargs.items() if k != "entities"})
    except ParseError as exc:
        if "not implemented" not in str(exc):
            raise
    return minimal_webcore_parse(data, **kwargs)


@dataclass
class Counts:
    new: int = 0
    revised: int = 0
    unchanged: int = 0


class FakeArchive:
    """The part of `archive.Archive` a harvest uses, in memory, with transactions that really roll back."""

    def __init__(self) -> None:
        self.captures: list[dict[str, Any]] = []
        self.posts: dict[tuple[str, str], dict[str, Any]] = {}
        self.fail_ingest: Callable[[Page], bool] = lambda page: False

    def __enter__(self) -> FakeArchive:
        return self

    def __exit__(self, *exc: object) -> None:
        pass

    @contextmanager
    def transaction(self) -> Iterator[None]:
        saved = copy.deepcopy((self.captures, self.posts))
        try:
            yield
        except BaseException:
            self.captures, self.posts = saved
            raise

    def record_capture(self, *, url: str, fetched_at: datetime, **fields: Any) -> int:
        for n, row in enumerate(self.captures):
            if (row["url"], row["fetched_at"], row.get("digest")) == (url, fetched_at, fields.get("digest")):
                return n + 1
        self.captures.append({"url": url, "fetched_at": fetched_at, **fields})
        return len(self.captures)

    def ingest(self, page: Page, capture_id: int | None = None) -> Counts:
        counts = Counts()
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

    def conditional_headers(self, url: str) -> dict[str, str]:
        rows = [r for r in self.captures if r["url"] == url and not r.get("error") and r.get("etag")]
        return {"If-None-Match": rows[-1]["etag"]} if rows else {}
