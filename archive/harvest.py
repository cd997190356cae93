"""Harvest: every page of a live page fetched, parsed and stored, with its raw capture kept as WARC.

Per page, in this order: conditional GET (validators from the archive, unless ``full``) → 304: nothing parsed,
nothing written → parse (pure) → WARC records appended → one transaction: the captures row and the page's posts.
A page that fails (fetch after retries, or parse) is recorded as a failed capture and skipped; the pages before
it stay stored and the walk goes on when the family numbers its pages. robots.txt forbidding a page, or not
answering (with no copy held), stops that live page: exit 4 when nothing was kept, 1 when pages before it were.
An archive error stops everything (exit 5): the page's transaction rolls back, so no page
is ever half stored.

A walk stops at the first page that brought nothing new (page 1's 304, most runs), unless it is ``full`` (every
page fetched unconditionally) or deep. A walk is deep when the live page's last whole walk (kept in the archive,
`Archive.walked_at`) is ``deep_every`` seconds old or more: it asks for every page, conditionally, so an unchanged
page still costs only a 304, and an edit or a removal on an old page is seen. Past a 304 a deep walk reads the
page's next link from its stored copy (the WARC record the 304 stands for; fetched again in full if that cannot be
read). A deep or full walk that reaches the last page (or ``max_pages``) records its start as the last whole walk.
After the walk, a numbered page whose next page brought new posts is asked for again, conditionally: a post taken
down meanwhile may have pulled a new post up onto it from the page the walk read next (`Harvester._recheck`; not on
a first harvest, nor for a page the server gave no validators).

`reparse` runs the current parser over the stored WARC captures (the latest of each page, and each one that holds a
post's last sighting, found through the captures table) with no network.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from scraper.errors import (
    ArchiveError,
    FetchError,
    InputError,
    LiveblogError,
    ParseError,
    RobotsDisallowed,
    RobotsUnreachable,
)
from scraper.fetch import Capture, Fetcher
from scraper.models import Page
from scraper.pagination import PageWalk, numbered

if TYPE_CHECKING:  # SQLAlchemy and warcio are imported only when a page is stored: a run of 304s needs neither
    from archive.store import IngestCounts
    from archive.warc import WarcLocation, WarcStore

log = logging.getLogger(__name__)
log.addHandler(logging.NullHandler())

Parser = Callable[..., Page]
EXIT_OK, EXIT_PARTIAL = 0, 1
WARC_FOLDER = "warc"


class WarcLike(Protocol):
    """What a harvest needs of `archive.warc.WarcStore`."""

    def write(self, capture: Capture) -> WarcLocation: ...
    def read(self, file: str, offset: int) -> Capture: ...


class LazyWarc:
    """A `WarcStore` in ``folder``, made on first use (so a harvest that writes nothing never imports warcio).

    With ``repair`` (the last run did not finish), the newest WARC file is first cut back to its last whole record
    (`WarcStore.repair`), in case the last run was killed in the middle of appending one.
    """

    def __init__(self, folder: Path, *, repair: bool = False) -> None:
        self.folder = folder
        self.repair = repair
        self._store: WarcStore | None = None

    def _open(self) -> WarcStore:
        if self._store is None:
            from archive.warc import WarcStore

            store = WarcStore(self.folder)
            if self.repair and (cut := store.repair()):
                log.warning("%s: cut %d bytes of a record left half written by a run that was killed", self.folder, cut)
            self._store = store
        return self._store

    def write(self, capture: Capture) -> WarcLocation:
        return self._open().write(capture)

    def read(self, file: str, offset: int) -> Capture:
        return self._open().read(file, offset)


class ArchiveLike(Protocol):
    """What a harvest needs of `archive.Archive`."""

    def transaction(self) -> AbstractContextManager[Any]: ...
    def record_capture(self, *, url: str, fetched_at: datetime, **fields: Any) -> int: ...
    def ingest(self, page: Page, capture_id: int | None = None) -> IngestCounts: ...
    def conditional_headers(self, url: str) -> dict[str, str]: ...
    def captures(self, *, blog: str | None = None) -> list[dict[str, Any]]: ...
    def last_stored_capture(self, url: str) -> dict[str, Any] | None: ...
    def walked_at(self, url: str) -> datetime | None: ...
    def mark_walked(self, url: str, when: datetime) -> None: ...


def warc_folder(db: str) -> Path:
    """Where an archive keeps its WARC files: ``warc/`` beside the SQLite file, however it is given (a path or a
    ``sqlite:///`` URL); in the current folder for a database server or an in-memory database."""
    from archive.lock import sqlite_file

    path = sqlite_file(db)
    return Path(WARC_FOLDER) if path is None else path.expanduser().resolve().parent / WARC_FOLDER


@dataclass(slots=True)
class PageResult:
    url: str
    outcome: str  # "stored", "not_modified" or "failed"
    new: int = 0
    revised: int = 0
    unchanged: int = 0
    error: LiveblogError | None = None
    warnings: list[str] = field(default_factory=list)
    #: Whether the walk should go on past this page: it brought new or revised posts (or only repeats).
    changed: bool = False
    #: Where the request for `url` ended up after redirects (the next page is numbered from there).
    final_url: str | None = None
    #: Whether the page is found by its number, so that the next page's first post can slide onto it.
    numbered: bool = False

    @property
    def fetched(self) -> bool:
        """Whether a page came back (stored, or failed after a response: an HTTP error, a page not understood);
        not a 304, nor a failure with nothing received (connection refused, timeout, robots.txt unreachable)."""
        if self.outcome == "failed":
            return isinstance(self.error, InputError) or getattr(self.error, "status", None) is not None
        return self.outcome == "stored"


@dataclass(slots=True)
class HarvestResult:
    """What happened to one live page."""

    url: str
    pages: list[PageResult] = field(default_factory=list)
    blocked: RobotsDisallowed | None = None
    #: Whether this walk went on past unchanged pages (its last whole walk was ``deep_every`` old or more).
    deep: bool = False
    #: Whether a deep or full walk reached the last page, and so was recorded as the live page's whole walk.
    whole: bool = False

    def count(self, outcome: str) -> int:
        return sum(1 for p in self.pages if p.outcome == outcome)

    @property
    def new_posts(self) -> int:
        return sum(p.new for p in self.pages)

    @property
    def edited_posts(self) -> int:
        return sum(p.revised for p in self.pages)

    @property
    def kept(self) -> bool:
        """Whether any page came through: stored, or unchanged since the copy the archive holds (304)."""
        return any(p.outcome != "failed" for p in self.pages)

    @property
    def exit_code(self) -> int:
        """CONTRACT.md's code: when nothing came through, the first failure's (4 when robots.txt forbids the
        walk); 1 when some pages failed (or robots.txt stopped the walk) and the rest were kept; else 0."""
        failed = [p for p in self.pages if p.outcome == "failed"]
        errors = [p.error for p in failed if p.error is not None] + ([self.blocked] if self.blocked else [])
        if errors and not self.kept:
            return errors[0].exit_code
        if failed or self.blocked is not None or any(p.warnings for p in self.pages):
            return EXIT_PARTIAL
        return EXIT_OK

    @property
    def fetched(self) -> int:
        """Pages that came back (see `PageResult.fetched`)."""
        return sum(1 for p in self.pages if p.fetched)

    def line(self) -> str:
        fetched = self.fetched
        text = (
            f"{self.url}: {fetched} pages fetched, {self.count('not_modified')} not modified (304), "
            f"{self.new_posts} new posts, {self.edited_posts} edited posts, {self.count('failed')} failures"
        )
        if self.blocked:
            return f"{text}; {self.blocked}"
        if self.count("failed") and self.count("stored"):
            # The next run stops at the first unchanged page, before the failed one: --full walks past it.
            return f"{text}; run again with --full to fetch the failed pages"
        return text


def _default_parser() -> Parser:
    from scraper.parse import parse

    return parse


class Harvester:
    """Harvests live pages into an archive through a Fetcher, keeping raw captures in a WarcStore."""

    def __init__(
        self,
        archive: ArchiveLike,
        fetcher: Fetcher,
        warc: WarcLike,
        *,
        parse: Parser | None = None,
        full: bool = False,
        max_pages: int | None = None,
        entities: bool = True,
        deep_every: float | None = None,
        on_page: Callable[[PageResult], object] | None = None,
    ) -> None:
        self.archive = archive
        self.fetcher = fetcher
        self.warc = warc
        self.parse = parse or _default_parser()
        self.full = full
        self.max_pages = max_pages if max_pages is not None else fetcher.config.max_pages
        self.entities = entities
        #: Seconds after a whole walk before the next walk goes deep (0: every walk); None: never.
        self.deep_every = deep_every
        #: Called with each page's result as the walk leaves it (a progress bar on a terminal).
        self.on_page = on_page

    def run(self, urls: Iterable[str]) -> list[HarvestResult]:
        return [self.harvest(url) for url in urls]

    def harvest(self, url: str, stop: threading.Event | None = None) -> HarvestResult:
        """Walk one live page from its first page until the walk says stop (or ``stop`` is set: `liveblog watch`
        sets it on SIGINT / SIGTERM, and the walk ends after the page in hand)."""
        started = self.fetcher.clock.now()
        result = HarvestResult(url, deep=not self.full and self._deep_due(url, started))
        walk = PageWalk(url, max_pages=self.max_pages, full=self.full, deep=result.deep)
        # Pages are asked for again after the walk (`_recheck`) only when page 1 was stored before with validators:
        # a first harvest would ask for every page twice, and the next deep walk finds what it missed.
        recheck = bool(self.archive.conditional_headers(url))
        if result.deep:
            log.info("%s: walking every page (conditional requests)", url, extra={"event": "deep_walk", "url": url})
        current: str | None = url
        while current is not None and not (stop is not None and stop.is_set()):
            try:
                page_result, page = self._page(current, walk)
            except RobotsUnreachable as exc:  # a failure, not the site's refusal; the host's other pages alike
                log.warning("%s", exc)
                result.pages.append(PageResult(current, "failed", error=exc))
                self._done(result.pages[-1])
                break
            except RobotsDisallowed as exc:
                result.blocked = exc
                break
            except (FetchError, InputError) as exc:
                log.warning("%s", exc)
                result.pages.append(PageResult(current, "failed", error=exc))
                self._done(result.pages[-1])
                current = walk.after_failure(current)
                continue
            page_result.numbered = page is not None and numbered(page)
            result.pages.append(page_result)
            self._done(page_result)
            log.info(
                "%s: %s, %d new, %d revised", current, page_result.outcome, page_result.new, page_result.revised,
                extra={"event": "page", "url": current, "outcome": page_result.outcome, "new_posts": page_result.new,
                       "edited_posts": page_result.revised},
            )  # fmt: skip
            current = walk.after(current, page, changed=page_result.changed, final_url=page_result.final_url)
        stopped = stop is not None and stop.is_set()
        if recheck and not stopped and result.blocked is None:
            self._recheck(result, walk)
        result.whole = walk.whole and (walk.full or walk.deep) and result.blocked is None and not stopped
        if result.whole:
            with self.archive.transaction():
                self.archive.mark_walked(url, started)
        return result

    def _recheck(self, result: HarvestResult, walk: PageWalk) -> None:
        """Ask again, conditionally, for each numbered page of this walk whose next page brought new posts.

        A post taken down while the walk is under way pulls every later post up a place: the first post of the
        next page slides to the foot of a page already read, and the walk never meets it. When that post is new
        (the next page brought new posts, so the posts past this page's foot were not all archived) it would
        wait for the next walk that reaches the page, which a run that finds page 1 unchanged never is. A page
        that did not change answers 304 and costs nothing more; one that did is stored again (with any posts
        that arrived meanwhile). A page the server gave no validators for is not asked again (it would come
        whole); nor is any page on a first harvest (see `harvest`).
        """
        walked = list(result.pages)
        for page, following in zip(walked, walked[1:], strict=False):
            if not page.numbered or following.new == 0:
                continue
            headers = self.archive.conditional_headers(page.url)
            if not headers:  # a server without validators would send the whole page again
                continue
            try:
                capture = self._fetch(page.url, headers)
                if capture.not_modified:
                    continue
                again, _ = self._store(capture, walk)
            except RobotsDisallowed as exc:
                result.blocked = exc
                return
            except (FetchError, InputError) as exc:  # a failure like any other: the next run walks every page
                log.warning("%s", exc)
                again = PageResult(page.url, "failed", error=exc)
            result.pages.append(again)
            self._done(again)

    def _done(self, page: PageResult) -> None:
        if self.on_page is not None:
            self.on_page(page)

    def _deep_due(self, url: str, now: datetime) -> bool:
        """Whether the live page's last whole walk is ``deep_every`` old (or there is none on record)."""
        if self.deep_every is None:
            return False
        last = self.archive.walked_at(url)
        return last is None or (now - last).total_seconds() >= self.deep_every

    def _fetch(self, url: str, headers: dict[str, str]) -> Capture:
        try:
            return self.fetcher.fetch(url, headers=headers)
        except RobotsDisallowed:
            raise
        except FetchError as exc:
            self._record_failure(url, self.fetcher.clock.now(), exc)
            raise

    def _page(self, url: str, walk: PageWalk) -> tuple[PageResult, Page | None]:
        capture = self._fetch(url, {} if self.full else self.archive.conditional_headers(url))
        if capture.not_modified and walk.deep:
            stored = self._stored_page(url)
            if stored is not None:
                walk.fresh(stored)  # its posts count as seen, as a fetched page's would
                return PageResult(url, "not_modified", final_url=capture.final_url), stored
            capture = self._fetch(url, {})  # no readable stored copy to follow: the page itself, in full
        if capture.not_modified:
            return PageResult(url, "not_modified"), None
        return self._store(capture, walk)

    def _store(self, capture: Capture, walk: PageWalk) -> tuple[PageResult, Page]:
        """Parse a page that came back and store it with its raw capture; what happened, and the page."""
        url = capture.url
        try:
            page = self._parse(capture)
        except InputError as exc:
            self._record_failure(url, capture.fetched_at, exc, self.warc.write(capture), capture)
            raise
        except Exception as exc:  # a bug of ours that this page's markup meets: one page failed, not the whole night
            log.debug("%s: the parser failed", url, exc_info=True)
            error = ParseError(
                f"the parser failed ({type(exc).__name__}: {exc}); raw page kept for a reparse", source=url
            )
            self._record_failure(url, capture.fetched_at, error, self.warc.write(capture), capture)
            raise error from exc
        where = self.warc.write(capture)
        fresh = walk.fresh(page)
        with self.archive.transaction():
            capture_id = self.archive.record_capture(**capture_row(capture, where))
            # The whole page: the archive keeps a post met twice once, and its deletion rule needs the page as is.
            counts = self.archive.ingest(page, capture_id=capture_id)
        result = PageResult(url, "stored", counts.new, counts.revised, counts.unchanged, warnings=page.warnings)
        result.final_url = capture.final_url
        # A page of posts all seen earlier in this walk (pushed down meanwhile) says nothing about older pages.
        result.changed = result.new + result.revised > 0 or not fresh.posts
        return result, page

    def _parse(self, capture: Capture, *, entities: bool | None = None) -> Page:
        return self.parse(
            capture.body,
            url=capture.final_url,
            fetched_at=capture.fetched_at,
            charset=capture.charset,
            entities=self.entities if entities is None else entities,
        )

    def _stored_page(self, url: str) -> Page | None:
        """The page as last stored (what a 304 says it still is), parsed again for its next link; None when
        there is no such copy, or it cannot be read or parsed."""
        row = self.archive.last_stored_capture(url)
        if row is None:
            return None
        try:
            return self._parse(self.warc.read(row["warc_file"], row["warc_offset"]), entities=False)
        except (InputError, ArchiveError) as exc:
            log.warning("%s: the stored copy cannot be read again (%s); fetching the page", url, exc)
            return None

    def _record_failure(
        self,
        url: str,
        when: datetime,
        error: LiveblogError,
        where: WarcLocation | None = None,
        capture: Capture | None = None,
    ) -> None:
        """A captures row saying the page failed (with its raw capture when there is one, for a later reparse)."""
        row = capture_row(capture, where) if capture and where else {"url": url, "fetched_at": when}
        row["status"] = row.get("status", getattr(error, "status", None))
        with self.archive.transaction():
            self.archive.record_capture(**row, error=str(error))


def capture_row(capture: Capture, where: WarcLocation) -> dict[str, Any]:
    """The captures-table fields of a capture stored at `where`."""
    headers: dict[str, str] = {}
    for name, value in capture.headers:
        headers[name] = f"{headers[name]}, {value}" if name in headers else value
    return {
        "url": capture.url,
        "fetched_at": capture.fetched_at,
        "status": capture.status,
        "headers": headers,
        "etag": capture.etag,
        "last_modified": capture.last_modified,
        "digest": where.digest,
        "warc_file": where.file,
        "warc_offset": where.offset,
        "warc_length": where.length,
    }


def _ingest_counts() -> IngestCounts:
    from archive.store import IngestCounts

    return IngestCounts()


@dataclass(slots=True)
class ReparseResult:
    captures: int = 0
    counts: IngestCounts = field(default_factory=_ingest_counts)
    failures: list[LiveblogError] = field(default_factory=list)

    @property
    def exit_code(self) -> int:
        """1 when some captures failed and the rest were re-parsed; the first failure's code when all failed."""
        if self.failures and len(self.failures) == self.captures:
            return self.failures[0].exit_code
        return EXIT_PARTIAL if self.failures else EXIT_OK

    def line(self) -> str:
        n = self.counts
        return (
            f"{self.captures} captures re-parsed: {n.new} new posts, {n.revised} edited posts, "
            f"{n.unchanged} unchanged, {len(self.failures)} failures"
        )


def latest_rows(rows: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """The capture rows with a stored 200 response that a reparse reads, oldest first: the newest of every URL, and
    every one holding a post's last sighting (``last_sighting``, `archive.store.captures`)."""
    latest: dict[str, dict[str, Any]] = {}
    sightings: list[dict[str, Any]] = []
    for row in rows:
        response = row.get("status") == 200 or (row.get("status") is None and row.get("origin") is not None)
        if row.get("warc_file") and row.get("warc_offset") is not None and response:  # a 200, or a file imported
            held = latest.get(row["url"])
            if held is None or (held["fetched_at"], held["id"]) <= (row["fetched_at"], row["id"]):
                latest[row["url"]] = row
            if row.get("last_sighting"):
                sightings.append(row)
    chosen = {row["id"]: row for row in (*sightings, *latest.values())}
    return sorted(chosen.values(), key=lambda row: (row["fetched_at"], row["id"]))


def reparse(
    archive: ArchiveLike,
    warc: WarcLike,
    *,
    blog: str | None = None,
    parse: Parser | None = None,
    entities: bool = True,
    on_capture: Callable[[int, int], object] | None = None,
) -> ReparseResult:
    """Parse the stored captures again with the current parser (`latest_rows`) and refresh posts and facts.

    Reads the captures table for where each raw response is, and the WARC files for the bytes: no network.
    ``on_capture(done, total)`` is called as each capture is about to be read (a progress bar on a terminal).
    """
    parse = parse or _default_parser()
    result = ReparseResult()
    rows = latest_rows(archive.captures(blog=blog))
    pages: dict[int, Page | LiveblogError] = {}  # parsed ahead: the copies of one address at one instant
    copies: dict[tuple[str, Any], list[dict[str, Any]]] = {}
    for row in rows:
        copies.setdefault((row["url"], row["fetched_at"]), []).append(row)

    def parsed(row: dict[str, Any]) -> Page | LiveblogError:
        if row["id"] not in pages:
            try:
                capture = warc.read(row["warc_file"], row["warc_offset"])
                pages[row["id"]] = parse(
                    capture.body,
                    url=capture.final_url,
                    fetched_at=capture.fetched_at,
                    charset=capture.charset,
                    entities=entities,
                )
            except (InputError, ArchiveError) as exc:
                pages[row["id"]] = exc
        return pages[row["id"]]

    for row in rows:
        if on_capture is not None:
            on_capture(result.captures, len(rows))
        result.captures += 1
        page = parsed(row)
        if isinstance(page, LiveblogError):
            result.failures.append(page)
            continue
        # Copies of one address for one instant (files imported with one --fetched-at): each post is read from the
        # last copy holding it, as the import left it, not flipped from one copy's version to the other's.
        same = copies[(row["url"], row["fetched_at"])]
        later = same[same.index(row) + 1 :]
        held = {post.post_id for r in later if isinstance(copy := parsed(r), Page) for post in copy.posts}
        if held:
            page.posts = [post for post in page.posts if post.post_id not in held]
        with archive.transaction():
            result.counts += archive.ingest(page, capture_id=row["id"])
        del pages[row["id"]]
    return result


def export_warc(warc: WarcStore, out: Path) -> list[Path]:
    """Copy every WARC file of the archive into `out` (for replay tools), each ending on a whole record even while a
    harvest appends to it; the copies."""
    out.mkdir(parents=True, exist_ok=True)
    return [warc.copy(path, out / path.name) for path in warc.files()]
