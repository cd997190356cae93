"""Ingest: a parsed `Page` into the archive, idempotently, one transaction per page.

Harvest stores a raw capture and what was parsed from it atomically::

    with archive.transaction():
        capture_id = archive.record_capture(url=url, fetched_at=when, status=200, headers=kept,
                                            digest=digest, warc_file=path, warc_offset=off, warc_length=n)
        archive.ingest(page, capture_id=capture_id)

``record_capture`` is idempotent (the same URL, time and digest is the same capture, so a reparse can call
it again) and takes ETag / Last-Modified from ``headers`` when not given. ``Archive.conditional_headers(url)``
gives the If-None-Match / If-Modified-Since of the last good capture of a URL that had them;
``Archive.known_post_ids(url)`` the post ids already archived for a live page; ``Archive.captures(blog=)``
the capture rows for a reparse; ``Archive.last_stored_capture(url)`` the stored response a 304 stands for.
``Archive.walked_at(url)`` / ``mark_walked(url, when)`` keep when a harvest last walked every page of a live page
(``archive_meta`` key ``walked:<live page URL>``, ISO 8601 UTC), which tells a harvest when to walk deep again.
``Archive.load_robots(url)`` / ``save_robots(url, entry)`` keep each host's robots.txt with its fetch time and
validators (``archive_meta`` key ``robots:<robots.txt URL>``), so runs reuse it for a while (scraper.fetch_robots).
A page that brought nothing new has ``counts.new + counts.revised == 0``.

Rules of ingest (all inside the caller's transaction, so a failure leaves nothing half written):

- A live page is its address without the page number, on one host of its aliases
  (``archive.names.blog_url``); a post is (live page, post_id), so the same post met on page 1 and later
  on page 3 is one post.
- The content hash covers title, body and published time. A post with a new hash gets a new
  ``post_revisions`` row and its current fields updated; the same hash only moves ``last_seen`` forward.
  A capture older than what the archive already holds for a post never overwrites it.
- Facts (``post.entities``; None means "not extracted" and leaves stored facts alone) are rewritten for a
  post only when their hash changes, replacing that post's fact rows whole.
- Deletion: posts slide down the pages as new ones arrive, so absence from a page proves nothing by
  itself. A post is marked ``deleted_at`` only when a capture shows two posts that are adjacent on the page
  (in the page's own time order) whose times strictly bracket the post's ``published_at``, the post is not
  between them, and no newer capture has seen it. A page whose posts leave their time order (but for a
  post pinned on top) proves nothing. A deleted post seen again (by a later capture) is
  restored. A post without a page id (``fallback_post_id``) whose title is edited looks deleted + new.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, bindparam, delete, insert, select, update

from archive.db import chunks, driver_select, insert_rows, new_ids, table_of
from archive.facts import IdCache, facts_hash, write_facts
from archive.models import ArchiveMeta, Capture, LivePage, PostRevision
from archive.models import Post as PostRow
from archive.names import blog_url, page_number, parse_walked, robots_key, walked_key
from scraper.errors import UsageError
from scraper.models import Page, Post

if TYPE_CHECKING:  # the fetcher's robots.txt module (and protego) load only when a harvest keeps robots.txt
    from archive.warc import WarcLocation
    from scraper.fetch_robots import RobotsEntry

POSTS = table_of(PostRow)
REVISIONS = table_of(PostRevision)
LIVE_PAGES = table_of(LivePage)
CAPTURES = table_of(Capture)
META = table_of(ArchiveMeta)
_CURRENT = (
    "url", "title", "published_at", "published_text", "updated_at", "author", "role", "kind", "is_breaking",
    "body_text", "embeds", "images", "links", "content_hash",
)  # fmt: skip


@dataclass(slots=True)
class IngestCounts:
    """Posts of a page: new, revised (content changed), unchanged; deleted / restored by the rule above."""

    new: int = 0
    revised: int = 0
    unchanged: int = 0
    deleted: int = 0
    restored: int = 0

    def __add__(self, other: IngestCounts) -> IngestCounts:
        return IngestCounts(*(a + b for a, b in zip(self.as_tuple(), other.as_tuple(), strict=True)))

    def as_tuple(self) -> tuple[int, ...]:
        return (self.new, self.revised, self.unchanged, self.deleted, self.restored)

    def to_dict(self) -> dict[str, int]:
        return asdict(self)


def to_db(value: datetime | None) -> datetime | None:
    """Any datetime as aware UTC (a naive one is taken as UTC already), the form every time is stored in."""
    if value is None:
        return None
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def from_db(value: datetime | None) -> datetime | None:
    """A stored time as aware UTC, whatever the database gave back."""
    return to_db(value)


def content_hash(post: Post) -> str:
    when = to_db(post.published_at)
    key = "\x1f".join((post.title or "", post.body_text, when.isoformat() if when else ""))
    return hashlib.sha1(key.encode("utf-8")).hexdigest()


def _json(items: list[Any]) -> str:
    return json.dumps([item.to_dict() for item in items], ensure_ascii=False) if items else "[]"


def _current(post: Post, digest: str) -> tuple[Any, ...]:
    """A post's current fields, in ``_CURRENT`` order."""
    return (
        post.url, post.title, to_db(post.published_at), post.published_text, to_db(post.updated_at), post.author,
        post.role, post.kind, post.is_breaking, post.body_text, _json(post.embeds), _json(post.images),
        _json(post.links), digest,
    )  # fmt: skip


_KEPT = tuple(_CURRENT.index(k) for k in ("title", "body_text", "published_at", "published_text", "updated_at"))
_REVISION_COLUMNS = (
    "post_pk", "revision", "seen_at", "capture_id", "title", "body_text", "published_at", "published_text",
    "updated_at", "content_hash",
)  # fmt: skip
_NEW_POST_COLUMNS = (
    "live_page_id", "post_id", *_CURRENT, "facts_hash", "revision", "page_number", "first_seen", "last_seen",
)  # fmt: skip


def _revision(
    post_pk: int, number: int, cur: tuple[Any, ...], seen: datetime, capture_id: int | None
) -> tuple[Any, ...]:
    return (post_pk, number, seen, capture_id, *(cur[i] for i in _KEPT), cur[-1])


# Statements of the hot path, built once (immutable; SQLAlchemy caches their compiled form).
_LIVE_PAGE = select(LIVE_PAGES.c.id, LIVE_PAGES.c.last_seen).where(LIVE_PAGES.c.url == bindparam("url"))
_EXISTING = select(
    *(POSTS.c[name] for name in ("id", "post_id", "content_hash", "facts_hash", "revision", "last_seen", "deleted_at"))
).where(POSTS.c.live_page_id == bindparam("lp"))
_BY_PK = POSTS.c.id == bindparam("pk")
_SEEN_AGAIN = (
    update(POSTS)
    .where(_BY_PK)
    .values(last_seen=bindparam("seen"), page_number=bindparam("n"), deleted_at=bindparam("gone"))
)
_REVISED = (
    update(POSTS)
    .where(_BY_PK)
    .values({k: bindparam(k) for k in (*_CURRENT, "revision", "page_number", "last_seen", "deleted_at")})
)
_NEW_FACTS = update(POSTS).where(_BY_PK).values(facts_hash=bindparam("h"))
_LIVE_PAGE_SEEN = update(LIVE_PAGES).where(LIVE_PAGES.c.id == bindparam("pk"))
_CAPTURE_PAGE = update(CAPTURES).where(CAPTURES.c.id == bindparam("pk")).values(live_page_id=bindparam("lp"))
_IN_WINDOW = select(POSTS.c.id, POSTS.c.post_id, POSTS.c.published_at).where(
    POSTS.c.live_page_id == bindparam("lp"),
    POSTS.c.published_at > bindparam("lo"),
    POSTS.c.published_at < bindparam("hi"),
    POSTS.c.deleted_at.is_(None),
    POSTS.c.last_seen < bindparam("seen"),
)


def upsert_live_page(conn: Connection, page: Page, url: str, seen: datetime) -> int:
    row = next(iter(driver_select(conn, _LIVE_PAGE, {"url": url})), None)
    values = {"title": page.title, "layout": page.layout, "page_total": page.page.total}
    if row is None:
        result = conn.execute(insert(LIVE_PAGES).values(url=url, first_seen=seen, last_seen=seen, **values))
        return int(result.inserted_primary_key[0])  # type: ignore[index]
    if seen > row.last_seen:
        conn.execute(_LIVE_PAGE_SEEN, {"pk": row.id, "last_seen": seen, **values})
    return int(row.id)


def _existing_among(conn: Connection, count: int) -> Any:
    """``_EXISTING`` among ``count`` post ids given as ``i0``, ``i1``…: one statement per count (kept on the
    DB-API connection), so it is compiled once, not on every call as an expanding IN is."""
    cache: dict[int, Any] = conn.info.setdefault("liveblog_existing", {})
    if count not in cache:
        cache[count] = _EXISTING.where(POSTS.c.post_id.in_([bindparam(f"i{n}") for n in range(count)]))
    return cache[count]


def _existing(conn: Connection, live_page_id: int, post_ids: Sequence[str]) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for part in chunks(post_ids):
        params: dict[str, Any] = {f"i{n}": post_id for n, post_id in enumerate(part)}
        params["lp"] = live_page_id
        found.update({row.post_id: row for row in driver_select(conn, _existing_among(conn, len(part)), params)})
    return found


@dataclass
class _Plan:
    """What one page does to the posts table, worked out before any write (posts with their content hash)."""

    new: list[tuple[Post, str]]
    revised: list[tuple[Any, Post, str]]
    touched: list[Any]  # unchanged posts whose last_seen moves forward or that come back
    facts: list[tuple[Post, Any, str]]  # existing posts whose facts changed, with the new facts hash
    unchanged: int = 0


def _plan(posts: Sequence[Post], existing: dict[str, Any], seen: datetime) -> _Plan:
    plan = _Plan([], [], [], [])
    for post in posts:
        digest = content_hash(post)
        row = existing.get(post.post_id)
        if row is None:
            plan.new.append((post, digest))
            continue
        fresh = seen >= row.last_seen
        if fresh and row.content_hash != digest:
            plan.revised.append((row, post, digest))
        else:
            plan.unchanged += 1
            if seen > row.last_seen or (row.deleted_at is not None and seen > row.deleted_at):
                plan.touched.append(row)
        if fresh and post.entities is not None and (facts := facts_hash(post.entities)) != row.facts_hash:
            plan.facts.append((post, row, facts))
    return plan


def _fact_hash(post: Post) -> str | None:
    return None if post.entities is None else facts_hash(post.entities)


def _still_deleted(row: Any, seen: datetime) -> datetime | None:
    """A post seen again after it was marked deleted is restored; a sighting from before keeps the mark."""
    return row.deleted_at if row.deleted_at is not None and seen <= row.deleted_at else None


def _insert_new(conn: Connection, plan: _Plan, live_page_id: int, where: dict[str, Any]) -> list[tuple[int, Post]]:
    """Insert the new posts and their first revisions; their (pk, post) pairs.

    On SQLite the ids are given (``new_ids``), so nothing is read back; elsewhere they are read back by
    post_id. (RETURNING would make SQLite insert row by row.)
    """
    seen, number = where["last_seen"], where["page_number"]
    currents = [_current(post, digest) for post, digest in plan.new]
    rows = [
        (live_page_id, post.post_id, *cur, _fact_hash(post), 1, number, seen, seen)
        for (post, _), cur in zip(plan.new, currents, strict=True)
    ]
    pks = new_ids(conn, POSTS, len(rows))
    if pks is not None:
        insert_rows(conn, POSTS, ("id", *_NEW_POST_COLUMNS), [(pk, *row) for pk, row in zip(pks, rows, strict=True)])
    else:
        insert_rows(conn, POSTS, _NEW_POST_COLUMNS, rows)
        found = _existing(conn, live_page_id, [post.post_id for post, _ in plan.new])
        pks = [found[post.post_id].id for post, _ in plan.new]
    capture_id = where["capture_id"]
    revisions = [_revision(pk, 1, cur, seen, capture_id) for pk, cur in zip(pks, currents, strict=True)]
    insert_rows(conn, REVISIONS, _REVISION_COLUMNS, revisions)
    return [(pk, post) for pk, (post, _) in zip(pks, plan.new, strict=True)]


def _write_posts(conn: Connection, plan: _Plan, live_page_id: int, where: dict[str, Any]) -> list[tuple[int, Post]]:
    """Insert new posts and their first revisions, update revised and re-seen ones; the new (pk, post) pairs."""
    seen, capture_id = where["last_seen"], where["capture_id"]
    inserted = _insert_new(conn, plan, live_page_id, where) if plan.new else []
    if plan.revised:
        currents = [_current(post, digest) for _, post, digest in plan.revised]
        updates = [
            dict(zip(_CURRENT, cur, strict=True))
            | {"pk": row.id, "revision": row.revision + 1, "deleted_at": _still_deleted(row, seen)}
            | {k: where[k] for k in ("page_number", "last_seen")}
            for (row, _, _), cur in zip(plan.revised, currents, strict=True)
        ]
        conn.execute(_REVISED, updates)
        revisions = [
            _revision(row.id, row.revision + 1, cur, seen, capture_id)
            for (row, _, _), cur in zip(plan.revised, currents, strict=True)
        ]
        insert_rows(conn, REVISIONS, _REVISION_COLUMNS, revisions)
    if plan.touched:
        params = [
            {
                "pk": row.id,
                "seen": max(seen, row.last_seen),
                "n": where["page_number"],
                "gone": _still_deleted(row, seen),
            }
            for row in plan.touched
        ]
        conn.execute(_SEEN_AGAIN, params)
    return inserted


def _write_facts(conn: Connection, plan: _Plan, inserted: list[tuple[int, Post]], cache: IdCache | None) -> None:
    items = [(pk, post.entities) for pk, post in inserted if post.entities]
    items += [(row.id, post.entities) for post, row, _ in plan.facts if post.entities is not None]
    replace = [row.id for _, row, _ in plan.facts]
    if items or replace:
        write_facts(conn, items, replace=replace, cache=cache)
    if plan.facts:
        conn.execute(_NEW_FACTS, [{"pk": row.id, "h": digest} for _, row, digest in plan.facts])


def _gaps(posts: Sequence[Post]) -> list[tuple[datetime, datetime]]:
    """Open time intervals between posts adjacent on the page, when the page keeps to one time order.

    A post out of its place in that order (an old post brought back up the stream) would open a gap over
    every post between its time and its neighbour's, all of them still up: a page with one proves nothing.
    Only the first post may break the order (a post pinned on top of the page); it is set aside.
    """
    times = [to_db(p.published_at) for p in posts]
    pairs = [(a, b) for a, b in zip(times, times[1:], strict=False) if a is not None and b is not None and a != b]
    if not pairs:
        return []
    descending = sum(1 for a, b in pairs if a > b) * 2 >= len(pairs)
    in_order = [(a > b) == descending for a, b in pairs]
    if not in_order[0] and times[0] == pairs[0][0]:  # a pinned first post
        pairs, in_order = pairs[1:], in_order[1:]
    if not all(in_order):
        return []
    return [(min(a, b), max(a, b)) for a, b in pairs]


def mark_deleted(conn: Connection, live_page_id: int, posts: Sequence[Post], seen: datetime) -> int:
    """Mark the posts that this page proves gone (see the module docstring); how many."""
    gaps = _gaps(posts)
    if not gaps:
        return 0
    present = {p.post_id for p in posts}
    lo, hi = min(g[0] for g in gaps), max(g[1] for g in gaps)
    window = {"lp": live_page_id, "lo": lo, "hi": hi, "seen": seen}
    gone = [
        row.id
        for row in driver_select(conn, _IN_WINDOW, window)
        if row.post_id not in present and any(a < row.published_at < b for a, b in gaps)
    ]
    for part in chunks(gone):
        conn.execute(update(POSTS).where(POSTS.c.id.in_(part)).values(deleted_at=seen))
    return len(gone)


def _first_of_each(posts: Sequence[Post]) -> list[Post]:
    """The posts in page order, a repeated post_id kept at its first place only."""
    kept: dict[str, Post] = {}
    for post in posts:
        kept.setdefault(post.post_id, post)
    return list(kept.values())


def ingest_page(
    conn: Connection,
    page: Page,
    *,
    capture_id: int | None = None,
    now: datetime | None = None,
    cache: IdCache | None = None,
) -> IngestCounts:
    """Store one parsed page in the caller's transaction; what happened to its posts.

    ``cache`` keeps the ids of names between pages (its owner commits or forgets what this page learnt).
    """
    if not page.url:
        raise UsageError("a page needs its URL to be archived (give --url)")
    seen = to_db(page.fetched_at or now or datetime.now(UTC))
    assert seen is not None
    live_page_id = upsert_live_page(conn, page, blog_url(page.url), seen)
    posts = _first_of_each(page.posts)
    plan = _plan(posts, _existing(conn, live_page_id, [p.post_id for p in posts]), seen)
    where = {"last_seen": seen, "capture_id": capture_id, "page_number": page.page.number or page_number(page.url)}
    inserted = _write_posts(conn, plan, live_page_id, where)
    _write_facts(conn, plan, inserted, cache)
    deleted = mark_deleted(conn, live_page_id, posts, seen)
    if capture_id is not None:
        conn.execute(_CAPTURE_PAGE, {"pk": capture_id, "lp": live_page_id})
    again = [*plan.touched, *(row for row, _, _ in plan.revised)]
    restored = sum(1 for row in again if row.deleted_at is not None and _still_deleted(row, seen) is None)
    return IngestCounts(len(plan.new), len(plan.revised), plan.unchanged, deleted, restored)


def record_capture(conn: Connection, *, url: str, fetched_at: datetime, **fields: Any) -> int:
    """A captures row (see models.Capture for the fields); the same URL, time and digest is the same capture."""
    unknown = set(fields) - set(CAPTURES.c.keys())
    if unknown:
        raise UsageError(f"record_capture: unknown fields {sorted(unknown)}")
    headers = fields.get("headers")
    if isinstance(headers, dict):
        lower = {str(k).lower(): str(v) for k, v in headers.items()}
        for column, header in (("etag", "etag"), ("last_modified", "last-modified")):
            if fields.get(column) is None:
                fields[column] = lower.get(header)
        fields["headers"] = json.dumps(headers, ensure_ascii=False, sort_keys=True)
    fields.setdefault("page_number", page_number(url))
    when = to_db(fetched_at)
    digest = fields.get("digest")
    same = select(CAPTURES.c.id).where(
        CAPTURES.c.url == url,
        CAPTURES.c.fetched_at == when,
        CAPTURES.c.digest.is_(None) if digest is None else CAPTURES.c.digest == digest,
    )
    existing = conn.execute(same).scalar()
    if existing is not None:
        return int(existing)
    result = conn.execute(insert(CAPTURES).values(url=url, fetched_at=when, **fields))
    return int(result.inserted_primary_key[0])  # type: ignore[index]


def raw_kept(conn: Connection, capture_id: int) -> bool:
    """Whether the capture's raw bytes are in a WARC file."""
    return conn.execute(select(CAPTURES.c.warc_file).where(CAPTURES.c.id == capture_id)).scalar() is not None


def keep_raw(conn: Connection, capture_id: int, where: WarcLocation) -> None:
    """Note where in the WARC files the capture's raw bytes are."""
    place = {"warc_file": where.file, "warc_offset": where.offset, "warc_length": where.length}
    conn.execute(update(CAPTURES).where(CAPTURES.c.id == capture_id).values(**place))


def conditional_headers(conn: Connection, url: str) -> dict[str, str]:
    """If-None-Match / If-Modified-Since from the latest successful capture of ``url`` that had them."""
    query = (
        select(CAPTURES.c.etag, CAPTURES.c.last_modified)
        .where(CAPTURES.c.url == url, CAPTURES.c.error.is_(None))
        .where((CAPTURES.c.etag.is_not(None)) | (CAPTURES.c.last_modified.is_not(None)))
        .where(CAPTURES.c.status.is_(None) | CAPTURES.c.status.in_((200, 203, 304)))
        .order_by(CAPTURES.c.fetched_at.desc(), CAPTURES.c.id.desc())
        .limit(1)
    )
    row = conn.execute(query).first()
    headers: dict[str, str] = {}
    if row is not None and row.etag:
        headers["If-None-Match"] = row.etag
    if row is not None and row.last_modified:
        headers["If-Modified-Since"] = row.last_modified
    return headers


def last_stored_capture(conn: Connection, url: str) -> dict[str, Any] | None:
    """The latest capture of ``url`` whose 200 response is in a WARC file: what a 304 to it says is unchanged."""
    query = (
        select(CAPTURES)
        .where(CAPTURES.c.url == url, CAPTURES.c.error.is_(None), CAPTURES.c.status == 200)
        .where(CAPTURES.c.warc_file.is_not(None), CAPTURES.c.warc_offset.is_not(None))
        .order_by(CAPTURES.c.fetched_at.desc(), CAPTURES.c.id.desc())
        .limit(1)
    )
    row = conn.execute(query).mappings().first()
    return None if row is None else dict(row)


def walked_at(conn: Connection, url: str) -> datetime | None:
    """When a harvest last walked every page of the live page (its start, aware UTC); None if none has."""
    value = conn.execute(select(META.c.value).where(META.c.key == walked_key(url))).scalar()
    return parse_walked(value)


def mark_walked(conn: Connection, url: str, when: datetime) -> None:
    """Record that a walk of every page of live page ``url``, begun at ``when``, is done (a later mark stays)."""
    held = walked_at(conn, url)
    if held is not None and held >= when:
        return
    key = walked_key(url)
    conn.execute(delete(META).where(META.c.key == key))
    conn.execute(insert(META).values(key=key, value=when.astimezone(UTC).isoformat()))


def load_robots(conn: Connection, robots_url: str) -> RobotsEntry | None:
    """The robots.txt copy kept for ``robots_url``; None if none is (or it cannot be read)."""
    from scraper.fetch_robots import RobotsEntry

    return RobotsEntry.from_json(
        conn.execute(select(META.c.value).where(META.c.key == robots_key(robots_url))).scalar()
    )


def save_robots(conn: Connection, robots_url: str, entry: RobotsEntry) -> None:
    """Keep ``entry`` as the robots.txt of ``robots_url``'s host (in place of the one held)."""
    key = robots_key(robots_url)
    conn.execute(delete(META).where(META.c.key == key))
    conn.execute(insert(META).values(key=key, value=entry.to_json()))


def known_post_ids(conn: Connection, live_page_url: str) -> set[str]:
    """Every post_id archived for the live page (any page number of it), deleted ones included."""
    query = select(POSTS.c.post_id).join(LIVE_PAGES, LIVE_PAGES.c.id == POSTS.c.live_page_id)
    return set(conn.execute(query.where(LIVE_PAGES.c.url == blog_url(live_page_url))).scalars())


def captures(conn: Connection, blog: str | None = None) -> list[dict[str, Any]]:
    """Capture rows as dicts (times aware UTC), oldest first; only those of live page ``blog`` if given.

    Each row's ``last_sighting`` says whether some post of its live page was last seen at its fetch time: the
    capture holds the post as the archive keeps it, though a later capture of the same address may exist (the
    post slid down to a page no run asked for again, or was taken down), so a reparse must read it too.
    """
    sighted = (
        select(POSTS.c.id)
        .where(POSTS.c.live_page_id == CAPTURES.c.live_page_id, POSTS.c.last_seen == CAPTURES.c.fetched_at)
        .exists()
        .label("last_sighting")
    )
    query = select(CAPTURES, sighted).order_by(CAPTURES.c.fetched_at, CAPTURES.c.id)
    if blog is not None:
        query = query.join(LIVE_PAGES, LIVE_PAGES.c.id == CAPTURES.c.live_page_id).where(
            LIVE_PAGES.c.url == blog_url(blog)
        )
    return [dict(row) for row in conn.execute(query).mappings()]
