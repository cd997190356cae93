"""Opening an archive: the engine, SQLite settings, the schema version and its migrations, the FTS5 index.

- ``--db`` is a path (``liveblog.sqlite``, ``:memory:``) or any SQLAlchemy URL (``postgresql+psycopg://…``).
- SQLite runs in WAL mode with a busy timeout, foreign keys on, ``synchronous=NORMAL``; a write transaction
  starts with ``BEGIN IMMEDIATE`` so two writers queue on the busy timeout instead of failing on upgrade.
- The schema version lives in ``archive_meta``. An archive written by a newer liveblog is refused
  (ArchiveError, exit 5); an older one is migrated step by step (``MIGRATIONS[v]`` takes v to v + 1) in
  one transaction.
- SQLite only: ``posts_fts`` (FTS5, external content over ``posts.title`` + ``posts.body_text``), kept in
  step by triggers on insert, update and delete. Elsewhere, or without FTS5, search falls back to LIKE.
- Every database error is wrapped at this boundary (``db_errors``) into ArchiveError naming the archive.
- ``bulk_insert`` is the ingest hot path's executemany (see its docstring); ``chunks`` keeps IN lists short.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, Table, create_engine, event, insert, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError
from sqlalchemy.pool import StaticPool
from sqlmodel import SQLModel

from archive import models  # noqa: F401  (registers the tables)
from scraper.errors import ArchiveError

SCHEMA_VERSION = 1
CHUNK = 500  # ids per IN (...) list
BUSY_TIMEOUT_MS = 10_000
WRITE_OPTION = "liveblog_write"
# MIGRATIONS[v] upgrades a version-v archive to v + 1 (new tables are then made by create_all).
MIGRATIONS: dict[int, Callable[[Connection], None]] = {}

FTS_DDL = (
    "CREATE VIRTUAL TABLE posts_fts USING fts5(title, body_text, content='posts', content_rowid='id', "
    "tokenize='porter unicode61 remove_diacritics 2')",
    "CREATE TRIGGER posts_fts_insert AFTER INSERT ON posts BEGIN "
    "INSERT INTO posts_fts(rowid, title, body_text) VALUES (new.id, new.title, new.body_text); END",
    "CREATE TRIGGER posts_fts_delete AFTER DELETE ON posts BEGIN "
    "INSERT INTO posts_fts(posts_fts, rowid, title, body_text) VALUES ('delete', old.id, old.title, old.body_text); "
    "END",
    "CREATE TRIGGER posts_fts_update AFTER UPDATE OF title, body_text ON posts BEGIN "
    "INSERT INTO posts_fts(posts_fts, rowid, title, body_text) VALUES ('delete', old.id, old.title, old.body_text); "
    "INSERT INTO posts_fts(rowid, title, body_text) VALUES (new.id, new.title, new.body_text); END",
)


def table_of(model: Any) -> Table:
    table: Table = model.__table__
    return table


def bulk_insert(conn: Connection, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """executemany at DB-API speed: the statement compiled once, each column's bind processor looked up once.

    Same values in the database as ``conn.execute(insert(table), rows)`` (the columns' own bind processors
    run, e.g. sqlmodel's UTCDateTime), without SQLAlchemy's generic per-row parameter building, which is
    most of the cost of a Core executemany. Every row must have the keys of the first.
    """
    if not rows:
        return
    sql, names, procs, positional = _compiled_insert(conn, table, tuple(rows[0]))
    if any(procs):
        pairs = list(zip(names, procs, strict=True))
        values = [tuple(p(r[n]) if p else r[n] for n, p in pairs) for r in rows]
    else:
        values = [tuple(r[n] for n in names) for r in rows]
    params: list[Any] = values if positional else [dict(zip(names, v, strict=True)) for v in values]
    conn.exec_driver_sql(sql, params)


def _compiled_insert(
    conn: Connection, table: Table, columns: tuple[str, ...]
) -> tuple[str, list[str], list[Any], bool]:
    """The INSERT for these columns in this dialect, its parameter order and bind processors.

    Cached on the DB-API connection (``Connection.info``): compiling costs more than inserting a page.
    """
    cache: dict[tuple[str, tuple[str, ...]], Any] = conn.info.setdefault("liveblog_inserts", {})
    key = (table.name, columns)
    if key not in cache:
        compiled = insert(table).compile(dialect=conn.dialect, column_keys=list(columns))
        names = list(compiled.positiontup or columns)
        procs = [table.c[name].type.dialect_impl(conn.dialect).bind_processor(conn.dialect) for name in names]
        cache[key] = (compiled.string, names, procs, bool(compiled.positiontup))
    return cache[key]  # type: ignore[no-any-return]


def chunks(items: Sequence[Any], size: int = CHUNK) -> Iterable[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def database_url(db: str | Path) -> str:
    """A SQLAlchemy URL for a path or URL; a path's folder must exist."""
    db = str(db)
    if "://" in db:
        try:
            make_url(db)
        except ArgumentError as exc:
            raise ArchiveError(f"not a database URL: {exc}", source=db) from exc
        return db
    if db in ("", ":memory:"):
        return "sqlite://"
    path = Path(db).expanduser()
    if not path.parent.is_dir():
        raise ArchiveError(f"folder {str(path.parent)!r} does not exist", source=db)
    return f"sqlite:///{path}"


def make_engine(db: str | Path) -> Engine:
    url = database_url(db)
    if not url.startswith("sqlite"):
        try:
            return create_engine(url)
        except (SQLAlchemyError, ImportError) as exc:
            raise ArchiveError(f"cannot open: {exc}", source=str(db)) from exc
    memory = url == "sqlite://"
    engine = create_engine(
        url,
        connect_args={"check_same_thread": False},
        poolclass=StaticPool if memory else None,
    )
    _sqlite_events(engine, wal=not memory)
    return engine


def _sqlite_events(engine: Engine, *, wal: bool) -> None:
    @event.listens_for(engine, "connect")
    def on_connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # SQLAlchemy's "begin" event below emits BEGIN itself
        cursor = dbapi_conn.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        if wal:
            cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def on_begin(conn: Connection) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get(WRITE_OPTION) else "BEGIN")


@contextmanager
def db_errors(source: str) -> Iterator[None]:
    """Wrap database errors into one ArchiveError line naming the archive."""
    try:
        yield
    except SQLAlchemyError as exc:
        reason = str(getattr(exc, "orig", None) or exc).splitlines()[0]
        if "locked" in reason or "busy" in reason:
            reason += " (another liveblog is writing; try again later)"
        raise ArchiveError(reason, source=source) from exc


def has_fts(conn: Connection) -> bool:
    return conn.dialect.name == "sqlite" and "posts_fts" in inspect(conn).get_table_names()


def stored_version(conn: Connection) -> int | None:
    """The archive's schema version; None for an empty database."""
    tables = set(inspect(conn).get_table_names())
    if "archive_meta" not in tables:
        if "posts" in tables:
            raise ArchiveError("not a liveblog archive (no schema version), or written by another tool")
        return None
    value = conn.execute(text("SELECT value FROM archive_meta WHERE key = 'schema_version'")).scalar()
    return int(value) if value is not None else None


def _create_fts(conn: Connection) -> None:
    if conn.dialect.name != "sqlite":
        return
    try:
        with conn.begin_nested():
            for ddl in FTS_DDL:
                conn.exec_driver_sql(ddl)
    except SQLAlchemyError:  # SQLite built without FTS5: search degrades to LIKE
        return


def _checked_version(conn: Connection, source: str) -> int | None:
    try:
        found = stored_version(conn)
    except ArchiveError as exc:
        raise ArchiveError(str(exc), source=source) from None
    if found is not None and found > SCHEMA_VERSION:
        raise ArchiveError(
            f"written by a newer liveblog (schema version {found}; this one reads up to {SCHEMA_VERSION}): "
            "upgrade liveblog to open it",
            source=source,
        )
    return found


def ensure_schema(engine: Engine, source: str) -> None:
    """Create a new archive, migrate an older one, refuse a newer one.

    The version is read without a write lock, so opening an archive while a harvest writes to it works;
    only creating or migrating takes the write lock (and checks again under it).
    """
    with db_errors(source), engine.connect() as conn:
        with conn.begin():
            if _checked_version(conn, source) == SCHEMA_VERSION:
                return
        with conn.execution_options(**{WRITE_OPTION: True}).begin():
            found = _checked_version(conn, source)
            if found == SCHEMA_VERSION:
                return
            for version in range(found or SCHEMA_VERSION, SCHEMA_VERSION):
                MIGRATIONS[version](conn)
            SQLModel.metadata.create_all(conn)
            if found is None:
                _create_fts(conn)
            conn.execute(text("DELETE FROM archive_meta WHERE key = 'schema_version'"))
            conn.execute(
                text("INSERT INTO archive_meta (key, value) VALUES ('schema_version', :v)"), {"v": str(SCHEMA_VERSION)}
            )


def schema_sql(conn: Connection) -> str:
    """The SQLite DDL of an archive, one statement per line, in a stable order (for the snapshot test)."""
    rows = conn.exec_driver_sql(
        "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL "
        "AND NOT (type = 'table' AND name GLOB 'posts_fts_*') ORDER BY type, name"
    )
    return "".join(f"{' '.join(sql.split())};\n" for _type, _name, sql in rows)
