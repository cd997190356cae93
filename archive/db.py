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
- ``insert_rows`` is the ingest hot path's executemany of tuples (``bulk_insert`` the same for dicts), run on the
  DB-API connection (``driver_executemany``; ``select_in`` the same for id lookups by key);
  ``new_ids`` gives new rows their ids up front on SQLite; ``chunks`` keeps IN lists short.
"""

from __future__ import annotations

from collections import namedtuple
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import quote

from sqlalchemy import Connection, Engine, Select, Table, create_engine, delete, event, inspect, select, text, update
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, SQLAlchemyError
from sqlalchemy.pool import StaticPool
from sqlmodel import SQLModel

from archive import models  # registers the tables
from scraper.errors import ArchiveError

SCHEMA_VERSION = 3
CHUNK = 500  # ids per IN (...) list
BUSY_TIMEOUT_MS = 10_000
WRITE_OPTION = "liveblog_write"


def _results_by_ward(conn: Connection) -> None:
    """Version 2: results' ward index covers what ``results(ward=…)`` reads (``ix_results_ward``), in place of
    the plain ``ix_results_ward_id``."""
    conn.execute(text("DROP INDEX IF EXISTS ix_results_ward_id"))
    (index,) = (i for i in table_of(models.Result).indexes if i.name == "ix_results_ward")
    index.create(conn, checkfirst=True)


def _fold_keys(conn: Connection) -> None:
    """Version 3: name keys drop accents (``archive.names.fold_accents``: "Siân" = "Sian"). Every key is folded,
    and the councils, wards, parties and candidates whose keys now agree are merged into the oldest of them:
    whatever pointed at the others (facts, mentions, a ward's council) points at it. Wards are grouped under their
    council as merged, so no two wards of one council end with one key."""
    from archive.names import fold_accents

    councils, wards = table_of(models.Council), table_of(models.Ward)
    council_rows = list(conn.execute(select(councils.c.id, councils.c.key)))
    merged_councils = _merged(council_rows, lambda row: fold_accents(row.key))
    ward_rows = list(conn.execute(select(wards.c.id, wards.c.council_id, wards.c.key)))
    merged_wards = _merged(
        ward_rows, lambda row: (merged_councils.get(row.council_id, row.council_id), fold_accents(row.key))
    )
    _repoint(conn, "ward", wards, merged_wards)
    _repoint(conn, "council", councils, merged_councils)
    for kind, model in (("party", models.Party), ("candidate", models.Candidate)):
        table = table_of(model)
        rows = list(conn.execute(select(table.c.id, table.c.key)))
        _repoint(conn, kind, table, _merged(rows, lambda row: fold_accents(row.key)))
    for table in (councils, wards, table_of(models.Party), table_of(models.Candidate)):
        for ident, key in list(conn.execute(select(table.c.id, table.c.key))):
            if (folded := fold_accents(key)) != key:
                conn.execute(update(table).where(table.c.id == ident).values(key=folded))


def _merged(rows: list[Any], group: Callable[[Any], Any]) -> dict[int, int]:
    """Of rows (with an ``id``) grouped by ``group``, each that is not its group's oldest → the oldest's id."""
    oldest: dict[Any, int] = {}
    moved: dict[int, int] = {}
    for row in sorted(rows, key=lambda row: row.id):
        kept = oldest.setdefault(group(row), row.id)
        if kept != row.id:
            moved[row.id] = kept
    return moved


def _repoint(conn: Connection, kind: str, table: Table, moved: dict[int, int]) -> None:
    """Every reference to a row of ``table`` in ``moved`` (foreign keys, and mentions of entity ``kind``) made to
    the row it merges into; then the row deleted."""
    if not moved:
        return
    mentions = table_of(models.Mention)
    columns = [
        column
        for other in SQLModel.metadata.sorted_tables
        for column in other.columns
        if any(key.column.table is table for key in column.foreign_keys)
    ]
    for old, new in moved.items():
        for column in columns:
            conn.execute(update(column.table).where(column == old).values({column.name: new}))
        where = (mentions.c.entity_type == kind) & (mentions.c.entity_id == old)
        conn.execute(update(mentions).where(where).values(entity_id=new))
    for part in chunks(list(moved)):
        conn.execute(delete(table).where(table.c.id.in_(part)))


# MIGRATIONS[v] upgrades a version-v archive to v + 1 (new tables are then made by create_all).
MIGRATIONS: dict[int, Callable[[Connection], None]] = {1: _results_by_ward, 2: _fold_keys}

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
    """``insert_rows`` for rows given as dicts (every row with the keys of the first)."""
    if rows:
        columns = tuple(rows[0])
        insert_rows(conn, table, columns, [tuple(r[c] for c in columns) for r in rows])


def insert_rows(conn: Connection, table: Table, columns: tuple[str, ...], rows: Sequence[Sequence[Any]]) -> None:
    """executemany at DB-API speed: rows as tuples in ``columns`` order, the statement built once.

    Same values in the database as ``conn.execute(insert(table), rows)``: the columns' own bind processors
    run (e.g. sqlmodel's UTCDateTime), but only on the columns that have one, each distinct value once per
    call, without SQLAlchemy's generic per-row parameter building (most of the cost of a Core executemany).
    """
    if not rows:
        return
    sql, named, procs = _insert_statement(conn, table, columns)
    if procs:
        rows = _processed(rows, procs)
    if named:
        driver_executemany(conn, sql, [dict(zip(columns, row, strict=True)) for row in rows])
    else:
        driver_executemany(conn, sql, rows)


def driver_executemany(conn: Connection, sql: str, rows: Sequence[Any]) -> None:
    """``executemany`` straight on the DB-API connection, inside ``conn``'s transaction.

    ``conn.exec_driver_sql`` spends more on its per-statement machinery (execution context, events, result
    set-up) than SQLite spends on a page's rows; a DB-API error still comes out as SQLAlchemy's (so
    ``db_errors`` wraps it like any other).
    """
    dbapi = conn.dialect.loaded_dbapi
    cursor = conn.connection.cursor()
    try:
        cursor.executemany(sql, rows)
    except dbapi.Error as exc:
        raise DBAPIError.instance(sql, None, exc, dbapi.Error) from exc
    finally:
        cursor.close()


def driver_rows(conn: Connection, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> list[Any]:
    """The rows of a query in the driver's parameter style, straight on the DB-API connection (for queries
    whose columns need no type processing: ids, keys)."""
    dbapi = conn.dialect.loaded_dbapi
    cursor = conn.connection.cursor()
    try:
        cursor.execute(sql, params)
        return list(cursor.fetchall())
    except dbapi.Error as exc:
        raise DBAPIError.instance(sql, None, exc, dbapi.Error) from exc
    finally:
        cursor.close()


def driver_select(conn: Connection, stmt: Select[Any], params: dict[str, Any]) -> list[Any]:
    """The rows of a Core select (no expanding parameters) run on the DB-API connection, as named tuples.

    Compiled once per connection, with the bind processors of its parameters and the result processors of
    its columns (so times come back as ``conn.execute`` gives them), without the per-call machinery.
    """
    cache: dict[Any, Any] = conn.info.setdefault("liveblog_selects", {})
    plan = cache.get(stmt)
    if plan is None:
        plan = cache[stmt] = _compiled_select(conn, stmt)
    sql, order, binds, results, row = plan
    values = {k: binds[k](v) if k in binds else v for k, v in params.items()}
    rows = driver_rows(conn, sql, values if order is None else [values[k] for k in order])
    if results:
        return [row(*(v if p is None or v is None else p(v) for p, v in zip(results, r, strict=True))) for r in rows]
    return [row(*r) for r in rows]


def _compiled_select(conn: Connection, stmt: Select[Any]) -> tuple[Any, ...]:
    dialect = conn.dialect
    compiled = stmt.compile(dialect=dialect)
    binds = {
        name: proc
        for name, bind in compiled.binds.items()
        if (proc := bind.type.dialect_impl(dialect).bind_processor(dialect)) is not None
    }
    columns = list(stmt.selected_columns)
    results = [c.type.dialect_impl(dialect).result_processor(dialect, None) for c in columns]
    row = namedtuple("row", [c.key for c in columns])  # type: ignore[misc]
    order = None if compiled.positiontup is None else list(compiled.positiontup)
    return compiled.string, order, binds, results if any(results) else None, row


def select_in(conn: Connection, table: Table, columns: Sequence[str], column: str, values: Sequence[Any]) -> list[Any]:
    """``SELECT columns FROM table WHERE column IN (values)`` on the DB-API connection, IN lists kept short."""
    quote = conn.dialect.identifier_preparer
    picked = ", ".join(quote.quote(table.c[c].name) for c in columns)
    head = f"SELECT {picked} FROM {quote.format_table(table)} WHERE {quote.quote(table.c[column].name)} IN "
    style = conn.dialect.paramstyle
    found: list[Any] = []
    for part in chunks(values):
        keys = [f"p{n}" for n in range(1, len(part) + 1)]
        marks = ", ".join(_PLACEHOLDERS[style](n, key) for n, key in enumerate(keys, 1))
        params = dict(zip(keys, part, strict=True)) if style in _NAMED else list(part)
        found += driver_rows(conn, f"{head}({marks})", params)
    return found


def _processed(rows: Sequence[Sequence[Any]], procs: list[tuple[int, Any]]) -> list[Sequence[Any]]:
    out: list[Sequence[Any]] = []
    memo: dict[tuple[int, Any], Any] = {}
    for row in rows:
        values = list(row)
        for i, proc in procs:
            value = values[i]
            if value is not None:
                try:
                    values[i] = memo[(i, value)]
                except KeyError:
                    values[i] = memo[(i, value)] = proc(value)
        out.append(tuple(values))
    return out


_NAMED = ("named", "pyformat")  # paramstyles that take a dict of parameters
_PLACEHOLDERS: dict[str, Callable[[int, str], str]] = {
    "qmark": lambda _n, _name: "?",
    "format": lambda _n, _name: "%s",
    "numeric": lambda n, _name: f":{n}",
    "numeric_dollar": lambda n, _name: f"${n}",
    "named": lambda _n, name: f":{name}",
    "pyformat": lambda _n, name: f"%({name})s",
}


def _insert_statement(
    conn: Connection, table: Table, columns: tuple[str, ...]
) -> tuple[str, bool, list[tuple[int, Any]]]:
    """``INSERT INTO table (columns) VALUES (…)`` in the driver's parameter style, in ``columns`` order (so
    rows need no reordering), whether it takes dicts, and the bind processors of the columns that have one.

    Cached on the DB-API connection (``Connection.info``).
    """
    cache: dict[tuple[str, tuple[str, ...]], Any] = conn.info.setdefault("liveblog_inserts", {})
    key = (table.name, columns)
    if key not in cache:
        dialect = conn.dialect
        quote = dialect.identifier_preparer
        style = dialect.paramstyle
        marks = ", ".join(_PLACEHOLDERS[style](n, name) for n, name in enumerate(columns, 1))
        names = ", ".join(quote.quote(table.c[name].name) for name in columns)
        sql = f"INSERT INTO {quote.format_table(table)} ({names}) VALUES ({marks})"
        procs = [
            (i, proc)
            for i, name in enumerate(columns)
            if (proc := table.c[name].type.dialect_impl(dialect).bind_processor(dialect)) is not None
        ]
        cache[key] = (sql, style in _NAMED, procs)
    return cache[key]  # type: ignore[no-any-return]


def new_ids(conn: Connection, table: Table, count: int) -> list[int] | None:
    """Ids for ``count`` new rows of ``table`` on SQLite (the next after its largest), None elsewhere.

    Safe because a write transaction holds SQLite's write lock from its first statement (``BEGIN
    IMMEDIATE``); in a deferred one, a writer that got in between makes the insert fail (busy snapshot,
    or the primary key), never reuse an id. Other databases hand out ids from a sequence instead.
    """
    if conn.dialect.name != "sqlite":
        return None
    ((top,),) = driver_rows(conn, f"SELECT max(id) FROM {table.name}")
    first = (top or 0) + 1
    return list(range(first, first + count))


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
    if path.is_dir():  # else SQLite's "unable to open database file", which reads as a permissions problem
        raise ArchiveError("a folder, not an archive file (give --db a file's name)", source=db)
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
        if wal and not _foreign(cursor):
            cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def on_begin(conn: Connection) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get(WRITE_OPTION) else "BEGIN")


def _foreign(cursor: Any) -> bool:
    """True for another program's database (tables, none of them ours): it is refused by `ensure_schema`, and must
    not be switched to WAL first (a change to its header, and ``-wal``/``-shm`` files the other program meets)."""
    tables, ours = cursor.execute(
        "SELECT count(*), count(CASE WHEN name = 'archive_meta' THEN 1 END) FROM sqlite_master WHERE type = 'table'"
    ).fetchone()
    return bool(tables) and not ours


# What SQLite's terse reasons mean for someone running liveblog, added to the message (first match).
HINTS = (
    (("locked", "busy"), "another liveblog is writing; try again later"),
    (("readonly", "unable to open database file"), "the archive file or its folder is not writable by this user"),
    (("disk is full", "disk I/O error"), "is the disk full? The pages stored before are kept"),
    (("malformed", "not a database"), "the file is damaged, or not an archive; it is left as it is"),
)


def explained(reason: str) -> str:
    """SQLite's reason with what it means (`HINTS`), for the one line on stderr."""
    for words, hint in HINTS:
        if any(word in reason for word in words):
            return f"{reason} ({hint})"
    return reason


@contextmanager
def db_errors(source: str) -> Iterator[None]:
    """Wrap database errors into one ArchiveError line naming the archive."""
    try:
        yield
    except SQLAlchemyError as exc:
        reason = str(getattr(exc, "orig", None) or exc).splitlines()[0]
        raise ArchiveError(explained(reason), source=source) from exc


def has_fts(conn: Connection) -> bool:
    return conn.dialect.name == "sqlite" and "posts_fts" in inspect(conn).get_table_names()


def stored_version(conn: Connection) -> int | None:
    """The archive's schema version; None for an empty database."""
    tables = set(inspect(conn).get_table_names())
    if "archive_meta" not in tables:
        if tables:  # another program's database: never add our tables to it
            raise ArchiveError(
                f"not a liveblog archive (no schema version; it has tables {', '.join(sorted(tables)[:5])}): "
                "written by another tool? Give --db a new file"
            )
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


def read_only_url(db: str | Path) -> str:
    """The SQLite URL that opens the archive file at path ``db`` read-only, writing nothing beside it: immutable
    when no ``-shm`` file says a writer has it open now. A URL is given back as it is."""
    db = str(db)
    if "://" in db or db in ("", ":memory:"):
        return db
    path = Path(db).expanduser().resolve()
    immutable = "" if path.with_name(path.name + "-shm").exists() else "&immutable=1"
    return f"sqlite:///file:{quote(str(path))}?mode=ro{immutable}&uri=true"


def ensure_schema(engine: Engine, source: str, *, read_only: bool = False) -> int | None:
    """Create a new archive, migrate an older one, refuse a newer one.

    The version is read without a write lock, so opening an archive while a harvest writes to it works;
    only creating or migrating takes the write lock (and checks again under it). With ``read_only`` (a copy
    that cannot be written) nothing is created or migrated: an older archive is read as it is, and its version
    is returned (None otherwise). The queries read every version (an older one's keys too: `archive.names.keys`).
    """
    with db_errors(source), engine.connect() as conn:
        with conn.begin():
            found = _checked_version(conn, source)
            if found == SCHEMA_VERSION:
                return None
            if read_only:
                if found is None:
                    raise ArchiveError("an empty database, not an archive", source=source)
                return found
        with conn.execution_options(**{WRITE_OPTION: True}).begin():
            found = _checked_version(conn, source)
            if found == SCHEMA_VERSION:
                return None
            for version in range(found or SCHEMA_VERSION, SCHEMA_VERSION):
                MIGRATIONS[version](conn)
            SQLModel.metadata.create_all(conn)
            if found is None:
                _create_fts(conn)
            conn.execute(text("DELETE FROM archive_meta WHERE key = 'schema_version'"))
            conn.execute(
                text("INSERT INTO archive_meta (key, value) VALUES ('schema_version', :v)"), {"v": str(SCHEMA_VERSION)}
            )
    return None


def schema_sql(conn: Connection) -> str:
    """The SQLite DDL of an archive, one statement per line, in a stable order (for the snapshot test)."""
    rows = conn.exec_driver_sql(
        "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL "
        "AND NOT (type = 'table' AND name GLOB 'posts_fts_*') ORDER BY type, name"
    )
    return "".join(f"{' '.join(sql.split())};\n" for _type, _name, sql in rows)
