"""Typed records that every layout returns: a `Page` of `Post`s.

`Page.to_dict()` is exactly the JSON that `liveblog parse --format json` prints (shared/CONTRACT.md).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit, urlunsplit

POST_KINDS = ("post", "promo", "summary")
EMBED_KINDS = ("twitter", "instagram", "facebook", "youtube", "tiktok", "bluesky", "threads", "video", "audio", "other")


def iso_utc(value: datetime | None) -> str | None:
    """An aware datetime as ISO 8601 UTC with a trailing ``Z`` (seconds precision)."""
    if value is None:
        return None
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass(slots=True)
class Embed:
    kind: str
    url: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "url": self.url}


@dataclass(slots=True)
class Image:
    alt: str | None = None
    caption: str | None = None
    credit: str | None = None
    src: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"alt": self.alt, "caption": self.caption, "credit": self.credit, "src": self.src}


@dataclass(slots=True)
class Link:
    text: str
    url: str

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "url": self.url}


@dataclass(slots=True)
class Post:
    post_id: str
    title: str | None = None
    url: str | None = None
    published_at: datetime | None = None
    published_text: str | None = None
    updated_at: datetime | None = None
    author: str | None = None
    role: str | None = None
    kind: str = "post"
    is_breaking: bool = False
    body_text: str = ""
    embeds: list[Embed] = field(default_factory=list)
    images: list[Image] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    # Filled by scraper.entities: {"councils": [...], "wards": [...], ...}; None when not extracted.
    entities: dict[str, list[dict[str, Any]]] | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "post_id": self.post_id,
            "url": self.url,
            "title": self.title,
            "published_at": iso_utc(self.published_at),
            "published_text": self.published_text,
            "updated_at": iso_utc(self.updated_at),
            "author": self.author,
            "role": self.role,
            "kind": self.kind,
            "is_breaking": self.is_breaking,
            "body_text": self.body_text,
            "embeds": [e.to_dict() for e in self.embeds],
            "images": [i.to_dict() for i in self.images],
            "links": [lk.to_dict() for lk in self.links],
        }
        if self.entities is not None:
            out["entities"] = self.entities
        return out


@dataclass(slots=True)
class PageInfo:
    number: int | None = None
    total: int | None = None
    next_url: str | None = None
    prev_url: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "number": self.number,
            "total": self.total,
            "next_url": self.next_url,
            "prev_url": self.prev_url,
        }


@dataclass(slots=True)
class Page:
    url: str | None
    layout: str
    title: str | None = None
    fetched_at: datetime | None = None
    page: PageInfo = field(default_factory=PageInfo)
    posts: list[Post] = field(default_factory=list)
    # Key points / summary box, kept apart from the posts (kind "summary").
    summary: list[Post] = field(default_factory=list)
    # One line per malformed post that was skipped; the CLI reports them and exits 1.
    warnings: list[str] = field(default_factory=list)
    # Layout-specific ids that fetching needs (e.g. BBC liveTextStreamId).
    stream_id: str | None = None

    def to_dict(self, *, include_summary: bool = False) -> dict[str, Any]:
        posts = self.posts + self.summary if include_summary else self.posts
        return {
            "url": self.url,
            "layout": self.layout,
            "title": self.title,
            "fetched_at": iso_utc(self.fetched_at),
            "page": self.page.to_dict(),
            "posts": [p.to_dict() for p in posts],
        }


_PAGE_SUFFIX = re.compile(r"/page/\d+/?$")  # as scraper.pagination's (which imports this module)


_PAGE_PARAM = re.compile(r"page=\d+")


def without_page_part(ref: str) -> str:
    """A post's own address or id (``@id``, ``url``) without the live page's page number in it.

    Some CMSs give an update's id relative to the page it is on (``…/live?page=2#entry-5``, ``…/live/page/2#…``):
    as the post slides down the pages it would get a new id on each, so ``page=N`` and a trailing ``/page/N``
    are dropped (the fragment, which names the post, is kept). Anything else is returned as it was.
    """
    if "page" not in ref:
        return ref
    parts = urlsplit(ref)
    params = parts.query.split("&") if parts.query else []
    kept = [param for param in params if not _PAGE_PARAM.fullmatch(param)]
    path = _PAGE_SUFFIX.sub("", parts.path)
    if path == parts.path and len(kept) == len(params):
        return ref
    return urlunsplit((parts.scheme, parts.netloc, path, "&".join(kept), parts.fragment))


def fallback_post_id(page_url: str | None, title: str | None, published_text: str | None, body: str = "") -> str:
    """A stable id for a post whose page gives none: a hash of page URL + title + time.

    The URL is the live page's, whichever of its pages the post was on (no query, no fragment, no BBC LX
    ``/page/N``): posts slide down the pages as new ones arrive, and one post must keep one id.
    """
    # (imported here, not with the module: loading OpenSSL's hashes is ~12M instructions a process, and a page whose
    # posts carry their own ids, as most do, never needs one)
    import hashlib

    base = _PAGE_SUFFIX.sub("", (page_url or "").split("?", 1)[0].split("#", 1)[0])
    key = "\x1f".join([base, title or "", published_text or "", "" if (title or published_text) else body[:200]])
    return "sha1:" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:20]
