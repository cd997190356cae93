"""`LazyArchive`: an `Archive` that is opened only when a harvest has something to write.

A repeat harvest where every page answers 304 only reads: the validators of each page (``conditional_headers``),
when the live page was last walked whole (``walked_at``), the host's robots.txt copy (``load_robots``) and the fact
counts before and after (``counts``); and once an hour or so it writes the robots.txt copy it revalidated
(``save_robots``, one row of ``archive_meta``). Those go through the standard library's sqlite3, so such a run
never imports SQLAlchemy / SQLModel (about half its CPU time). The first call that needs more
(``transaction``, ``record_capture``, ``ingest``, ``captures``, …) opens the real `archive.Archive`, and from then
on every call goes to it.

The fast reads are used only for a SQLite file that already holds an archive of this schema version; anything
else (a new file, an older schema to migrate, a newer one to refuse, a database URL, ``:memory:``) opens the
real Archive at once, so creation, migration and errors happen exactly as before.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import Any

from archive.names import parse_walked, robots_key, walked_key
from scraper.errors import ArchiveError
from scraper.fetch_robots import RobotsEntry

# Must equal archive.db.SCHEMA_VERSION (a test checks): an archive of another version opens the real Archive.
SCHEMA_VERSION = 3
BUSY_TIMEOUT_S = 10.0  # as archive.db's busy_timeout
CONDITIONAL_SQL = (  # archive.store.conditional_headers, in SQL (a test checks both agree)
    "SELECT etag, last_modified FROM captures WHERE url = ? AND error IS NULL "
    "AND (etag IS NOT NULL OR last_modified IS NOT NULL) AND (status IS NULL OR status IN (200, 203, 304)) "
    "ORDER BY fetched_at DESC, id DESC LIMIT 1"
)
WALKED_SQL = "SELECT value FROM archive_meta WHERE key = ?"  # archive.store.walked_at, in SQL
META_SQL = WALKED_SQL  # archive.store.load_robots, in SQL
SAVE_META_SQL = (  # archive.store.save_robots, in SQL (one statement: its own transaction)
    "INSERT INTO archive_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"
)
TABLES_SQL = (  # the archive's own tables (what Archive.counts counts), not FTS5's or SQLite's
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' "
    "AND name NOT LIKE 'posts\\_fts%' ESCAPE '\\' ORDER BY name"
)


def sqlite_file(db: str) -> Path | None:
    """The file of a plain SQLite path that exists; None for a URL, ``:memory:`` or a missing file."""
    if "://" in db or db in ("", ":memory:"):
        return None
    path = Path(db).expanduser()
    return path if path.is_file() else None


class LazyArchive:
    """An Archive opened on first need; until then, a harvest's reads come from sqlite3 (see the module doc)."""

    def __init__(self, db: str | Path) -> None:
        self.db = str(db)
        self._archive: Any = None
        self._con: sqlite3.Connection | None = None
        path = sqlite_file(self.db)
        if path is not None:
            self._con = self._connect(path)
        if self._con is None:
            self.open()

    def __repr__(self) -> str:
        return f"LazyArchive({self.db!r}, opened={self._archive is not None})"

    def __enter__(self) -> LazyArchive:
        return self

    def __exit__(self, *exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        self.close()

    @property
    def opened(self) -> bool:
        """Whether the real Archive has been opened (the run had something to write)."""
        return self._archive is not None

    def open(self) -> Any:
        """The real Archive (opened now if not yet)."""
        if self._archive is None:
            from archive.api import Archive

            self._archive = Archive(self.db)
            self._close_reader()
        return self._archive

    def close(self) -> None:
        self._close_reader()
        if self._archive is not None:
            self._archive.close()

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self.open(), name)

    # -- the reads of a harvest that finds nothing changed ---------------------------------------------

    def conditional_headers(self, url: str) -> dict[str, str]:
        if self._con is None:
            return self.open().conditional_headers(url)  # type: ignore[no-any-return]
        row = self._query(CONDITIONAL_SQL, (url,))
        headers: dict[str, str] = {}
        if row and row[0][0]:
            headers["If-None-Match"] = row[0][0]
        if row and row[0][1]:
            headers["If-Modified-Since"] = row[0][1]
        return headers

    def walked_at(self, url: str) -> datetime | None:
        """When every page of the live page was last walked, as `Archive.walked_at`."""
        if self._con is None:
            return self.open().walked_at(url)  # type: ignore[no-any-return]
        row = self._query(WALKED_SQL, (walked_key(url),))
        return parse_walked(row[0][0] if row else None)

    def load_robots(self, url: str) -> RobotsEntry | None:
        """The robots.txt copy kept for the robots.txt URL ``url``, as `Archive.load_robots`."""
        if self._con is None:
            return self.open().load_robots(url)  # type: ignore[no-any-return]
        row = self._query(META_SQL, (robots_key(url),))
        return RobotsEntry.from_json(row[0][0] if row else None)

    def save_robots(self, url: str, entry: RobotsEntry) -> None:
        """Keep a host's robots.txt, as `Archive.save_robots` (a revalidated copy needs no SQLAlchemy)."""
        if self._con is None:
            self.open().save_robots(url, entry)
            return
        self._query(SAVE_META_SQL, (robots_key(url), entry.to_json()))

    def counts(self) -> dict[str, int]:
        """Rows per table, as `Archive.counts`."""
        if self._con is None:
            return self.open().counts()  # type: ignore[no-any-return]
        tables = [name for (name,) in self._query(TABLES_SQL)]
        return {name: int(self._query(f'SELECT count(*) FROM "{name}"')[0][0]) for name in tables}

    # -- sqlite3 ---------------------------------------------------------------------------------------

    def _connect(self, path: Path) -> sqlite3.Connection | None:
        """A reading connection, or None when the file is not an archive of this version (the Archive decides)."""
        try:
            con = sqlite3.connect(path, timeout=BUSY_TIMEOUT_S, isolation_level=None, check_same_thread=False)
        except sqlite3.Error:
            return None
        try:
            row = con.execute("SELECT value FROM archive_meta WHERE key = 'schema_version'").fetchone()
        except sqlite3.Error:
            row = None
        if row is None or str(row[0]) != str(SCHEMA_VERSION):
            con.close()
            return None
        return con

    def _query(self, sql: str, params: tuple[Any, ...] = ()) -> list[Any]:
        assert self._con is not None
        try:
            return self._con.execute(sql, params).fetchall()
        except sqlite3.Error as exc:  # as archive.db.db_errors words it
            from archive.db import explained  # SQLAlchemy, on this error path only

            reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            raise ArchiveError(explained(reason), source=self.db) from exc

    def _close_reader(self) -> None:
        if self._con is not None:
            self._con.close()
            self._con = None
