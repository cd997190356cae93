"""Figure 3: posts with facts into the archive (FTS kept in step), one transaction per page of 20 posts.

The bound is the issue's 20,000 posts/s; the peer is the floor any SQLite store pays for the same rows:
raw `sqlite3` `executemany` into a posts table with an FTS5 index and a results table, per-page transactions.
"""

from __future__ import annotations

import sqlite3
import tempfile
import time
from pathlib import Path

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


def run(quick: bool = False) -> list[Figure]:
    try:
        from archive import Archive  # type: ignore[attr-defined]  # noqa: F401
    except ImportError:
        return [missing(NAME, "posts with facts into SQLite (FTS in step), per-page transactions",
                        "archive.Archive (issue 4)", "≥ 20,000 posts/s")]  # fmt: skip
    count = 400 if quick else 50_000
    pages = list(election_pages(Plan(count, wards=min(5_000, count // 4), councils=100, blogs=20)))
    with tempfile.TemporaryDirectory() as tmp:
        floor = floor_ingest(Path(tmp) / "floor.sqlite", pages)
        ours = ingest_pages(str(Path(tmp) / "archive.sqlite"), pages)
        again = ingest_pages(str(Path(tmp) / "archive.sqlite"), pages)
    return [
        Figure(NAME, f"{count:,} posts with facts, 20 a page: Archive.ingest rate", "bound", count / ours, 20_000,
               "posts/s", "target", higher_is_better=True),
        Figure(NAME, "Archive.ingest vs raw sqlite3 executemany + FTS5 floor (same rows)", "overhead", ours, floor,
               "s", "raw sqlite3 floor"),
        Figure(NAME, "re-ingest of the same pages (nothing changes) vs first ingest", "overhead", again, ours,
               "s", "first ingest"),
    ]  # fmt: skip
