"""Figure 3: posts with facts into the archive (FTS kept in step), one transaction per page of 20 posts.

The bound is the issue's 20,000 posts/s. Two floors, both raw `sqlite3` `executemany`, a transaction a page:
- a lean one: a posts table with an FTS5 index and a results table (what any SQLite store pays at least);
- the archive's own: every row the archive wrote (posts, revisions, facts, mentions), replayed into a fresh
  database with the archive's schema (its indexes, FTS5 index and triggers), timed table by table, and once
  more without the FTS5 index, so the figures say what each part of the storage costs.
"""

from __future__ import annotations

import sqlite3
import tempfile
import time
from itertools import accumulate
from pathlib import Path
from typing import Any

from benchmarks.archive_gen import Plan, election_pages, ingest_pages
from benchmarks.measure import Figure, missing
from scraper.models import Page

NAME = "ingest"
_FLOOR_SCHEMA = """
PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;
CREATE TABLE posts (id INTEGER PRIMARY KEY, blog TEXT, post_id TEXT, title TEXT, published_at TEXT, author TEXT,
                    body_text TEXT, content_hash TEXT, UNIQUE (blog, post_id));
CREATE VIRTUAL TABLE posts_fts USING fts5(title, body_text, content='posts', content_rowid='id');
CREATE TABLE results (post INTEGER, candidate TEXT, party TEXT, ward TEXT, votes INTEGER, elected INTEGER);
CREATE INDEX results_ward ON results (ward);
"""


def floor_ingest(path: Path, pages: list[Page]) -> float:
    """Seconds for raw sqlite3 to store the same posts, FTS rows and results, a transaction per page."""
    con = sqlite3.connect(path, isolation_level=None)
    con.executescript(_FLOOR_SCHEMA)
    start = time.perf_counter()
    for page in pages:
        con.execute("BEGIN")
        rows = [(page.url, p.post_id, p.title, p.published_at.isoformat() if p.published_at else None, p.author,
                 p.body_text, str(hash((p.title, p.body_text)))) for p in page.posts]  # fmt: skip
        con.executemany(
            "INSERT INTO posts (blog, post_id, title, published_at, author, body_text, content_hash) "
            "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
            rows,
        )
        ids = dict(con.execute(
            f"SELECT post_id, id FROM posts WHERE blog = ? AND post_id IN ({','.join('?' * len(rows))})",
            [page.url, *(r[1] for r in rows)],
        ).fetchall())  # fmt: skip
        con.executemany("INSERT INTO posts_fts (rowid, title, body_text) VALUES (?, ?, ?)",
                        [(ids[p.post_id], p.title, p.body_text) for p in page.posts])  # fmt: skip
        con.executemany(
            "INSERT INTO results VALUES (?, ?, ?, ?, ?, ?)",
            [(ids[p.post_id], c["name"], c["party"], c["ward"], c["votes"], c["elected"])
             for p in page.posts for c in (p.entities or {}).get("candidates", [])],
        )  # fmt: skip
        con.execute("COMMIT")
    elapsed = time.perf_counter() - start
    con.close()
    return elapsed


# Tables written per post, in the order the archive writes them; names and live pages go in first, untimed.
_POST_TABLES = ("posts", "post_revisions", "results", "seat_totals", "majorities", "changes", "other_facts", "mentions")
_PER_POST_KEY = {"posts": "id"}  # the others hang off a post by post_pk


def _schema(con: sqlite3.Connection, fts: bool) -> list[str]:
    """The archive's DDL, tables before indexes before triggers (FTS5 shadow tables made by the FTS table)."""
    rows = con.execute(
        "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND NOT (type = 'table' AND name GLOB 'posts_fts_*') "
        "ORDER BY CASE type WHEN 'table' THEN 0 WHEN 'index' THEN 1 ELSE 2 END, name"
    )
    return [sql for (sql,) in rows if fts or "posts_fts" not in sql]


def replay_floor(archive: Path, target: Path, sizes: list[int], *, fts: bool = True) -> dict[str, float]:
    """Seconds per table (and for the commits) for raw sqlite3 to write the archive's own rows again, page by
    page (``sizes``: posts per page, in ingest order), into a fresh database with the archive's schema."""
    src = sqlite3.connect(archive)
    con = sqlite3.connect(target, isolation_level=None)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=NORMAL")
    con.execute("PRAGMA foreign_keys=ON")
    for ddl in _schema(src, fts):
        con.execute(ddl)
    names = [t for (t,) in src.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    con.execute("BEGIN")
    for table in ("archive_meta", "live_pages", "councils", "parties", "candidates", "wards"):
        if table in names:
            rows = src.execute(f'SELECT * FROM "{table}" ORDER BY rowid').fetchall()
            if rows:
                con.executemany(f'INSERT INTO "{table}" VALUES ({", ".join("?" * len(rows[0]))})', rows)
    con.execute("COMMIT")
    post_ids = [pk for (pk,) in src.execute("SELECT id FROM posts ORDER BY id")]
    page_of: dict[int, int] = {}
    for n, (start, end) in enumerate(zip([0, *accumulate(sizes)], accumulate(sizes), strict=False)):
        page_of.update((pk, n) for pk in post_ids[start:end])
    work: dict[str, list[list[Any]]] = {}
    for table in _POST_TABLES:
        key = _PER_POST_KEY.get(table, "post_pk")
        cursor = src.execute(f'SELECT * FROM "{table}" ORDER BY id')
        column = [d[0] for d in cursor.description].index(key)
        pages: list[list[Any]] = [[] for _ in sizes]
        for row in cursor:
            pages[page_of[row[column]]].append(row)
        work[table] = pages
    src.close()
    spent = dict.fromkeys((*_POST_TABLES, "commit (FTS5 flush, WAL)"), 0.0)
    for n in range(len(sizes)):
        con.execute("BEGIN")
        for table in _POST_TABLES:
            rows = work[table][n]
            if rows:
                start = time.perf_counter()
                con.executemany(f'INSERT INTO "{table}" VALUES ({", ".join("?" * len(rows[0]))})', rows)
                spent[table] += time.perf_counter() - start
        start = time.perf_counter()
        con.execute("COMMIT")
        spent["commit (FTS5 flush, WAL)"] += time.perf_counter() - start
    con.close()
    return spent


def run(quick: bool = False) -> list[Figure]:
    try:
        from archive import Archive  # type: ignore[attr-defined]  # noqa: F401
    except ImportError:
        return [missing(NAME, "posts with facts into SQLite (FTS in step), per-page transactions",
                        "archive.Archive (issue 4)", "≥ 20,000 posts/s")]  # fmt: skip
    count = 400 if quick else 50_000
    pages = list(election_pages(Plan(count, wards=min(5_000, count // 4), councils=100, blogs=20)))
    sizes = [len(page.posts) for page in pages]
    with tempfile.TemporaryDirectory() as tmp:
        floor = floor_ingest(Path(tmp) / "floor.sqlite", pages)
        ours = ingest_pages(str(Path(tmp) / "archive.sqlite"), pages)
        again = ingest_pages(str(Path(tmp) / "archive.sqlite"), pages)
        parts = replay_floor(Path(tmp) / "archive.sqlite", Path(tmp) / "replay.sqlite", sizes)
        no_fts = sum(
            replay_floor(Path(tmp) / "archive.sqlite", Path(tmp) / "replay-nofts.sqlite", sizes, fts=False).values()
        )
    own = sum(parts.values())
    breakdown = ", ".join(f"{table} {seconds:.2f} s" for table, seconds in sorted(parts.items(), key=lambda kv: -kv[1]))
    detail = (f"the archive's own rows replayed by raw sqlite3 (same schema, a transaction a page): {own:.2f} s = "
              f"{breakdown}; without the FTS5 index {no_fts:.2f} s (FTS5 in step: {own - no_fts:.2f} s)")  # fmt: skip
    return [
        Figure(NAME, f"{count:,} posts with facts, 20 a page: Archive.ingest rate", "bound", count / ours, 20_000,
               "posts/s", "target", higher_is_better=True),
        Figure(NAME, "Archive.ingest vs raw sqlite3 executemany + FTS5 floor (same rows)", "overhead", ours, floor,
               "s", "raw sqlite3 floor"),
        Figure(NAME, "Archive.ingest vs raw sqlite3 replay of the archive's own rows (same schema)", "overhead",
               ours, own, "s", "raw replay floor", detail=detail),
        Figure(NAME, "raw replay floor rate: the archive's own rows, FTS5 in step", "info", count / own, None,
               "posts/s", "", note="the most any store of these rows can reach on this machine"),
        Figure(NAME, "re-ingest of the same pages (nothing changes) vs first ingest", "overhead", again, ours,
               "s", "first ingest"),
    ]  # fmt: skip
