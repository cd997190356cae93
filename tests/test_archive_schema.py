"""The schema is deliberate (snapshot), versioned (newer refused, older migrated) and SQLite is set up for cron."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import Connection, text

import archive.db
from archive import Archive
from archive.db import SCHEMA_VERSION, schema_sql
from scraper.errors import ArchiveError

SNAPSHOT = Path(__file__).parent / "snapshots" / "archive_schema.sql"


def test_schema_matches_the_checked_in_snapshot(request: pytest.FixtureRequest) -> None:
    with Archive(":memory:") as a, a.engine.connect() as conn:
        ddl = schema_sql(conn)
    if request.config.getoption("--update-golden"):
        SNAPSHOT.write_text(ddl, encoding="utf-8")
    assert ddl == SNAPSHOT.read_text(encoding="utf-8"), "schema changed: bump SCHEMA_VERSION, add a migration"
    assert "CREATE VIRTUAL TABLE posts_fts USING fts5" in ddl
    assert {"posts_fts_insert", "posts_fts_update", "posts_fts_delete"} <= set(ddl.split())


def set_version(path: Path, version: int) -> None:
    with Archive(path) as a, a.transaction() as conn:
        conn.execute(text("UPDATE archive_meta SET value = :v WHERE key = 'schema_version'"), {"v": str(version)})


def test_a_newer_archive_is_refused_with_a_clear_message(tmp_path: Path) -> None:
    db = tmp_path / "new.sqlite"
    set_version(db, SCHEMA_VERSION + 1)
    with pytest.raises(ArchiveError) as err:
        Archive(db)
    assert err.value.exit_code == 5
    assert f"schema version {SCHEMA_VERSION + 1}" in str(err.value) and "upgrade liveblog" in str(err.value)
    assert str(db) in str(err.value)


def test_an_older_archive_is_migrated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "old.sqlite"
    set_version(db, SCHEMA_VERSION)
    ran: list[int] = []

    def add_note_table(conn: Connection) -> None:
        ran.append(SCHEMA_VERSION)
        conn.execute(text("CREATE TABLE migrated_note (id INTEGER PRIMARY KEY)"))

    monkeypatch.setattr(archive.db, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    monkeypatch.setattr(archive.db, "MIGRATIONS", {SCHEMA_VERSION: add_note_table})
    with Archive(db) as a, a.engine.connect() as conn:
        assert conn.execute(text("SELECT value FROM archive_meta")).scalar() == str(SCHEMA_VERSION + 1)
        assert conn.execute(text("SELECT count(*) FROM migrated_note")).scalar() == 0
    Archive(db).close()
    assert ran == [SCHEMA_VERSION]  # once only


def test_sqlite_runs_in_wal_mode_with_a_busy_timeout(tmp_path: Path) -> None:
    with Archive(tmp_path / "a.sqlite") as a, a.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == archive.db.BUSY_TIMEOUT_MS
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_a_file_that_is_not_an_archive_is_an_archive_error(tmp_path: Path) -> None:
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(ArchiveError, match="junk.sqlite"):
        Archive(junk)
    with pytest.raises(ArchiveError, match="does not exist"):
        Archive(tmp_path / "missing" / "a.sqlite")
    with pytest.raises(ArchiveError, match="a folder, not an archive file"):  # not "unable to open database file"
        Archive(tmp_path)
    with pytest.raises(ArchiveError):
        Archive("nosuchdialect://x")


def test_another_programs_database_is_refused_and_left_as_it_was(tmp_path: Path) -> None:
    """A SQLite file of some other tool (no archive_meta, tables of its own) gets none of our tables added."""
    import sqlite3

    other = tmp_path / "notes.sqlite"
    with sqlite3.connect(other) as con:
        con.execute("CREATE TABLE users (name TEXT)")
    con.close()
    with pytest.raises(ArchiveError, match="notes.sqlite: not a liveblog archive .*it has tables users"):
        Archive(other)
    with sqlite3.connect(other) as con:
        assert [name for (name,) in con.execute("SELECT name FROM sqlite_master")] == ["users"]
    con.close()
    empty = tmp_path / "empty.sqlite"
    empty.touch()  # an empty file is a new archive, as a missing one is
    with Archive(empty) as archive:
        assert archive.counts()["posts"] == 0


def test_a_locked_archive_is_an_archive_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(archive.db, "BUSY_TIMEOUT_MS", 50)
    db = tmp_path / "locked.sqlite"
    with Archive(db) as first, first.transaction(), Archive(db) as second:  # opening and reading still work
        assert second.posts() == []
        with pytest.raises(ArchiveError, match="locked"):
            second.record_capture(url="https://example.org/", fetched_at=datetime.now(UTC))


def test_bulk_insert_stores_what_a_core_insert_stores() -> None:
    from sqlalchemy import insert

    from archive.db import bulk_insert, table_of
    from archive.models import Capture

    captures = table_of(Capture)
    row = {"url": "https://example.org/", "fetched_at": datetime(2021, 5, 8, 9, 0, 1, 5, tzinfo=UTC), "status": 200}
    with Archive(":memory:") as a, a.transaction() as conn:
        conn.execute(insert(captures), [row])
        bulk_insert(conn, captures, [row])
        stored = conn.exec_driver_sql("SELECT url, fetched_at, status FROM captures").all()
    assert stored[0] == stored[1] == ("https://example.org/", "2021-05-08 09:00:01.000005", 200)


def test_driver_select_gives_what_a_core_select_gives() -> None:
    """Run on the DB-API connection, a select binds and reads times through the columns' types as Core does."""
    from sqlalchemy import bindparam, insert, select

    from archive.db import driver_select, select_in, table_of
    from archive.models import Capture

    captures = table_of(Capture)
    when = datetime(2021, 5, 8, 9, 0, 1, 5, tzinfo=UTC)
    stmt = select(captures.c.id, captures.c.url, captures.c.fetched_at).where(
        captures.c.fetched_at >= bindparam("since"), captures.c.status == bindparam("status")
    )
    with Archive(":memory:") as a, a.transaction() as conn:
        conn.execute(insert(captures), [{"url": f"https://example.org/{n}", "fetched_at": when, "status": 200 + n}
                                        for n in range(3)])  # fmt: skip
        params = {"since": when, "status": 201}
        core = conn.execute(stmt, params).all()
        fast = driver_select(conn, stmt, params)
        assert fast == [tuple(row) for row in core] == [(2, "https://example.org/1", when)]
        assert fast[0].fetched_at.tzinfo is not None and fast[0].url == "https://example.org/1"
        urls = [f"https://example.org/{n}" for n in (2, 0, 9)]
        assert sorted(select_in(conn, captures, ("id", "url"), "url", urls)) == [(1, urls[1]), (3, urls[0])]


def test_a_database_error_on_the_driver_path_is_an_archive_error() -> None:
    from archive.db import insert_rows, table_of
    from archive.models import Capture

    with pytest.raises(ArchiveError, match="NOT NULL"), Archive(":memory:") as a, a.transaction() as conn:
        insert_rows(conn, table_of(Capture), ("url", "fetched_at"), [("https://example.org/", None)])


def test_two_writers_take_turns_instead_of_failing(tmp_path: Path) -> None:
    import threading

    from archive_pages import darley_posts, later, page

    db = tmp_path / "shared.sqlite"
    Archive(db).close()
    errors: list[BaseException] = []

    def writer(blog: int) -> None:
        try:
            with Archive(db) as a:
                for n in range(15):
                    a.ingest(page(darley_posts(), number=n + 1, fetched=later(n), url=f"https://x.example/live/{blog}"))
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(blog,)) for blog in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    with Archive(db) as a:
        assert a.counts()["live_pages"] == 3 and a.counts()["posts"] == 12


def test_a_version_1_archive_gets_the_covering_results_index(tmp_path: Path) -> None:
    """Version 2 replaced results' plain ward index by ix_results_ward: a version-1 archive opened is migrated to
    the very schema a new archive has, its rows kept."""
    import sqlite3

    from archive_pages import darley_posts, page

    db = tmp_path / "v1.sqlite"
    with Archive(db) as a:
        a.ingest(page(darley_posts()))
        before = a.results(ward="Darley")
    con = sqlite3.connect(db, isolation_level=None)
    con.executescript(
        "DROP INDEX ix_results_ward; CREATE INDEX ix_results_ward_id ON results (ward_id);"
        "UPDATE archive_meta SET value = '1' WHERE key = 'schema_version';"
    )
    con.close()
    with Archive(db) as a, a.engine.connect() as conn:
        assert conn.execute(text("SELECT value FROM archive_meta")).scalar() == str(SCHEMA_VERSION) == "3"
        assert schema_sql(conn) == SNAPSHOT.read_text(encoding="utf-8")
        assert a.results(ward="Darley") == before and len(before) == 3
