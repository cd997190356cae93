"""`Archive`: the archive as a Python object, for the CLI, harvests and notebooks.

    with Archive("liveblog.sqlite") as a:          # a path, ":memory:", or a SQLAlchemy URL
        a.ingest(page)                              # IngestCounts(new=…, revised=…, unchanged=…, …)
        a.posts(ward="Darley")                      # the rows `liveblog posts` prints
        a.results(ward="Darley"); a.search("recount")

    with a.transaction():                           # capture + page stored atomically (see archive.store)
        cid = a.record_capture(url=…, fetched_at=…, status=200, headers={…}, digest=…, warc_file=…)
        a.ingest(page, capture_id=cid)

Each call outside ``transaction()`` runs in its own transaction; every database error comes out as
ArchiveError (exit 5) naming the archive.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, TextIO, TypeVar
from urllib.parse import urlsplit

from sqlalchemy import Connection, func, select
from sqlmodel import SQLModel

from archive import query, store
from archive.db import WRITE_OPTION, db_errors, ensure_schema, make_engine, read_only_url
from archive.export import write_rows
from archive.facts import IdCache
from archive.store import IngestCounts
from scraper.errors import InputError, UsageError
from scraper.models import Page

if TYPE_CHECKING:  # query commands never load the fetcher's robots.txt module (nor protego), nor warcio
    from archive.warc import WarcStore
    from scraper.fetch_robots import RobotsEntry

T = TypeVar("T")


class Archive:
    """One archive database. Not shared between threads; open one per thread or process."""

    def __init__(self, db: str | Path = "liveblog.sqlite", *, read_only: bool = False) -> None:
        """``read_only``: open the SQLite file at path ``db`` read-only (a shared copy, read-only media), writing
        nothing beside it; an archive of an older schema is then read as it is, not upgraded (`older_schema`)."""
        self.db = str(db)
        self.engine = make_engine(read_only_url(db) if read_only else db)
        #: The schema version of an older archive opened ``read_only`` (read as it is), else None.
        self.older_schema = ensure_schema(self.engine, self.db, read_only=read_only)
        self._conn: Connection | None = None
        self._ids = IdCache()  # names already in the archive, so each page need not look them up again

    def __repr__(self) -> str:
        return f"Archive({self.db!r})"

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        self.engine.dispose()

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        """One write transaction; calls made inside it join it. Commits on success, rolls back on error."""
        if self._conn is not None:
            yield self._conn
            return
        try:
            with (
                db_errors(self.db),
                self.engine.connect() as conn,
                conn.execution_options(**{WRITE_OPTION: True}).begin(),
            ):
                self._conn = conn
                try:
                    yield conn
                finally:
                    self._conn = None
        except BaseException:
            self._ids.rollback()
            raise
        self._ids.commit()

    def _read(self, fn: Callable[[Connection], T]) -> T:
        if self._conn is not None:
            return fn(self._conn)
        with db_errors(self.db), self.engine.connect() as conn, conn.begin():
            return fn(conn)

    # -- writing ---------------------------------------------------------------------------------------

    def ingest(self, page: Page, capture_id: int | None = None) -> IngestCounts:
        """Store a parsed page (idempotent); counts of new / revised / unchanged / deleted / restored posts."""
        with self.transaction() as conn:
            return store.ingest_page(conn, page, capture_id=capture_id, cache=self._ids)

    def record_capture(self, *, url: str, fetched_at: datetime, **fields: Any) -> int:
        """Index one raw capture (fields of `archive.models.Capture`; ``headers`` may be a dict); its id."""
        with self.transaction() as conn:
            return store.record_capture(conn, url=url, fetched_at=fetched_at, **fields)

    def import_file(
        self,
        path: str | Path,
        *,
        url: str | None = None,
        fetched_at: datetime | None = None,
        warc: WarcStore | None = None,
    ) -> tuple[IngestCounts, list[str]]:
        """Parse a saved copy of a live page and store it with a capture row, in one transaction.

        ``fetched_at`` defaults to the file's modification time (so importing the same file again changes
        nothing); a page whose copy names no address is keyed by the file's ``file:`` URL. With ``warc``, the
        file's bytes are kept there (a resource record, once) for `liveblog reparse`, as a harvest keeps each
        response. Returns the counts and the parser's warnings (posts it skipped).
        """
        from scraper import parse
        from scraper.source import read_copy

        path = Path(path)
        if not path.is_file():
            raise UsageError(f"{path}: " + ("a directory, not a file" if path.is_dir() else "no such file"))
        data, modified = read_copy(path)
        when = fetched_at or modified
        page = parse(data, url=url, fetched_at=when, origin=str(path))
        page.url = page.url or path.resolve().as_uri()
        try:
            urlsplit(page.url)
        except ValueError as exc:  # the copy's own <link rel=canonical> (no --url given), broken: a traceback, else
            raise InputError(
                f"the page names itself {page.url!r}, which is no address ({exc}); give --url", source=str(path)
            ) from exc
        digest = "sha1:" + hashlib.sha1(data).hexdigest()
        with self.transaction() as conn:
            capture = self.record_capture(url=page.url, fetched_at=when, origin=str(path), digest=digest)
            if warc is not None and not store.raw_kept(conn, capture):
                store.keep_raw(conn, capture, warc.write_file(page.url, when, data))
            return self.ingest(page, capture_id=capture), page.warnings

    # -- reading ---------------------------------------------------------------------------------------

    def conditional_headers(self, url: str) -> dict[str, str]:
        return self._read(lambda conn: store.conditional_headers(conn, url))

    def last_stored_capture(self, url: str) -> dict[str, Any] | None:
        """The latest capture of ``url`` with its 200 response kept in a WARC file (what a 304 to it stands for)."""
        return self._read(lambda conn: store.last_stored_capture(conn, url))

    def walked_at(self, url: str) -> datetime | None:
        """When a harvest last walked every page of the live page ``url`` belongs to; None if none has."""
        return self._read(lambda conn: store.walked_at(conn, url))

    def mark_walked(self, url: str, when: datetime) -> None:
        """Record a walk of every page of the live page ``url`` belongs to, begun at ``when``."""
        with self.transaction() as conn:
            store.mark_walked(conn, url, when)

    def load_robots(self, url: str) -> RobotsEntry | None:
        """The robots.txt copy kept for the robots.txt URL ``url`` (a `scraper.fetch_robots.RobotsStore`)."""
        return self._read(lambda conn: store.load_robots(conn, url))

    def save_robots(self, url: str, entry: RobotsEntry) -> None:
        """Keep a host's robots.txt (fetched or revalidated) for the runs that follow."""
        with self.transaction() as conn:
            store.save_robots(conn, url, entry)

    def known_post_ids(self, live_page_url: str) -> set[str]:
        return self._read(lambda conn: store.known_post_ids(conn, live_page_url))

    def captures(self, *, blog: str | None = None) -> list[dict[str, Any]]:
        """Captures (oldest first), of one live page or all: what `reparse` reads back from the WARC files."""
        return self._read(lambda conn: store.captures(conn, blog))

    def posts(
        self,
        *,
        ward: str | None = None,
        council: str | None = None,
        candidate: str | None = None,
        party: str | None = None,
        since: datetime | str | None = None,
        until: datetime | str | None = None,
        blog: str | None = None,
        limit: int | None = None,
    ) -> list[dict[str, Any]]:
        """Posts, oldest first, that mention the ward/council/candidate/party, published in [since, until]."""
        f = query.PostFilter(
            ward=ward,
            council=council,
            candidate=candidate,
            party=party,
            since=since,
            until=until,
            blog=blog,
            limit=limit,
        )
        return self._read(lambda conn: query.posts(conn, f))

    def unknown_names(self, **names: str | None) -> list[str]:
        """Which of the names given (``ward=``, ``council=``, ``candidate=``, ``party=``, ``blog=``) the archive
        does not know, each as a line with the closest names it does know."""
        return self._read(lambda conn: query.unknown_names(conn, **names))

    def results(self, *, ward: str | None = None, council: str | None = None) -> list[dict[str, Any]]:
        return self._read(lambda conn: query.results(conn, ward=ward, council=council))

    def search(self, q: str, *, limit: int | None = 100) -> list[dict[str, Any]]:
        return self._read(lambda conn: query.search(conn, q, limit=limit))

    def export(self, out: TextIO, fmt: str = "jsonl", *, what: str = "posts") -> int:
        """Write every post (archive order, streamed) or every result to ``out`` as jsonl, json or csv."""

        def write(conn: Connection) -> int:
            rows = query.iter_posts(conn) if what == "posts" else iter(query.results(conn))
            return write_rows(rows, fmt, out, columns=query.ROW_COLUMNS[what])

        return self._read(write)

    def counts(self) -> dict[str, int]:
        """Rows per table (for checks and summaries)."""

        def count(conn: Connection) -> dict[str, int]:
            tables = SQLModel.metadata.sorted_tables
            return {t.name: int(conn.execute(select(func.count()).select_from(t)).scalar_one()) for t in tables}

        return self._read(count)
