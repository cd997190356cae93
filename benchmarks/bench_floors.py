"""Floors for figure 3 (ingest ≥ 20,000 posts/s): what SQLite itself costs, measured beside Archive.ingest.

The pages of the ingest benchmark are stored by `Archive.ingest` (timed), then the exact rows it wrote are
replayed in raw `sqlite3` into the same schema (tables, indexes, FTS5 table; the FTS triggers left out and their
rows inserted explicitly), one `BEGIN IMMEDIATE … COMMIT` per page, WAL and `synchronous=NORMAL` and foreign keys
on as in the archive. Each table group is timed on its own: posts + post_revisions (+ live_pages), the FTS5
index, the facts tables (results, majorities, changes, seat_totals, other_facts, mentions, and the councils,
wards, parties and candidates they name, all written with the first page), and the per-page COMMIT.

The minimum any archive must do: one INSERT per post (a posts table keyed on page + post id) and its FTS5 row,
batched per page in one transaction: no revisions, no facts. SQLite checkpoints the WAL (with an fsync) inside a
COMMIT every 1000 pages; the replay and the minimum are also timed with that deferred to one checkpoint after
the last page (`wal_autocheckpoint=0`), the least an archive that keeps per-page transactions can pay.
"""

from __future__ import annotations

import sqlite3
import tempfile
import time
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from benchmarks.archive_gen import Plan, election_pages, ingest_pages
from benchmarks.measure import Figure, missing
from scraper.models import Page

NAME = "floors"
TARGET_RATE = 20_000  # posts/s (issue 7, figure 3)
INGEST_TARGET = ("ingest", "Archive.ingest rate")  # the ingest benchmark's target figure
FTS_TABLE = "posts_fts"
POST_TABLES = ("posts", "post_revisions")  # rows per post
PAGE_TABLES = ("live_pages", "captures")  # rows the posts refer to
FACT_KEY = "post_pk"  # the facts tables' column naming their post
GROUPS = ("posts + post_revisions", "FTS5 index", "facts tables", "COMMIT per page")
COMMIT_DETAIL = (
    "a COMMIT writes the page's dirty database pages to the WAL; FTS5 keeps a transaction's terms in memory and "
    "writes them as a new index segment at COMMIT (so part of the index cost lands here); and every 1000 WAL "
    "pages SQLite checkpoints the WAL into the database, with an fsync, inside a COMMIT"
)
MINIMUM = "minimum archive (one INSERT per post + its FTS5 row, a transaction per page)"
DEFERRED = "WAL checkpoint deferred to one at the end"
_MINIMUM_SCHEMA = """
PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;
CREATE TABLE posts (id INTEGER PRIMARY KEY, page TEXT NOT NULL, post_id TEXT NOT NULL, title TEXT,
                    published_at TEXT, body_text TEXT NOT NULL, UNIQUE (page, post_id));
CREATE VIRTUAL TABLE posts_fts USING fts5(title, body_text, content='posts', content_rowid='id',
                                          tokenize='porter unicode61 remove_diacritics 2');
"""


@dataclass(slots=True)
class Replay:
    """The rows an archive holds, grouped per page in ingest order: what the raw replay writes."""

    ddl: list[str]
    columns: dict[str, list[str]]
    once: dict[str, list[tuple[Any, ...]]]  # dimension rows (live pages, councils, …), written with the first page
    pages: list[dict[str, list[tuple[Any, ...]]]] = field(default_factory=list)  # table -> rows, per page
    fts: list[list[tuple[Any, ...]]] = field(default_factory=list)  # (rowid, title, body_text), per page
    page_size: int = 4096  # the archive's database page size

    @property
    def posts(self) -> int:
        return sum(len(page.get("posts", ())) for page in self.pages)

    def rows_per_post(self) -> dict[str, str]:
        """How many rows each group writes per post (the facts tables named, most rows first)."""
        n = max(1, self.posts)
        counts = {t: sum(len(page.get(t, ())) for page in self.pages) / n for t in self.columns}
        facts = sorted(((c, t) for t, c in counts.items() if t not in POST_TABLES and c), reverse=True)
        named = ", ".join(f"{t} {c:.2g}" for c, t in facts)
        return {GROUPS[0]: f"{sum(counts[t] for t in POST_TABLES):.2g} rows/post", GROUPS[1]: "1 row/post",
                GROUPS[2]: f"{sum(c for c, _t in facts):.2g} rows/post: {named}",
                GROUPS[3]: f"{n / max(1, len(self.pages)):.3g} posts a page"}  # fmt: skip


def _schema(con: sqlite3.Connection) -> list[str]:
    """The archive's DDL without its FTS triggers and FTS5 shadow tables (the virtual table makes those)."""
    rows = con.execute(
        "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL AND type IN ('table', 'index') "
        "AND name NOT LIKE 'sqlite_%' ORDER BY type DESC, rowid"
    ).fetchall()
    shadow = f"{FTS_TABLE}_"
    return [sql for _type, name, sql in rows if not name.startswith(shadow)]


def read_replay(path: Path, page_sizes: list[int]) -> Replay:
    """The rows of the archive at `path`, each post's rows under the page (of `page_sizes`) that brought it."""
    con = sqlite3.connect(path)
    tables = [r[0] for r in con.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' "
        f"AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '{FTS_TABLE}%' AND name != 'archive_meta'"
    )]  # fmt: skip
    columns = {t: [r[1] for r in con.execute(f'PRAGMA table_info("{t}")')] for t in tables}
    post_ids = [r[0] for r in con.execute("SELECT id FROM posts ORDER BY id")]
    if len(post_ids) != sum(page_sizes):
        raise RuntimeError(f"archive holds {len(post_ids)} posts, the pages {sum(page_sizes)}")
    page_of: dict[int, int] = {}
    for index, ids in enumerate(_split(post_ids, page_sizes)):
        page_of.update(dict.fromkeys(ids, index))
    replay = Replay(_schema(con), columns, {}, page_size=con.execute("PRAGMA page_size").fetchone()[0])
    replay.pages = [defaultdict(list) for _ in page_sizes]
    replay.fts = [[] for _ in page_sizes]
    title, body = columns["posts"].index("title"), columns["posts"].index("body_text")
    for table in tables:
        rows = con.execute(f'SELECT * FROM "{table}" ORDER BY rowid').fetchall()
        key = "id" if table == "posts" else FACT_KEY if FACT_KEY in columns[table] else None
        if key is None:
            replay.once[table] = rows
            continue
        at = columns[table].index(key)
        for row in rows:
            replay.pages[page_of[row[at]]][table].append(row)
            if table == "posts":
                replay.fts[page_of[row[at]]].append((row[at], row[title], row[body]))
    con.close()
    return replay


def _split(ids: list[int], sizes: list[int]) -> Iterator[list[int]]:
    start = 0
    for size in sizes:
        yield ids[start : start + size]
        start += size


def _insert(con: sqlite3.Connection, table: str, columns: list[str], rows: list[tuple[Any, ...]]) -> None:
    if rows:
        con.executemany(f'INSERT INTO "{table}" VALUES ({", ".join("?" * len(columns))})', rows)


def _defer(con: sqlite3.Connection, defer: bool) -> None:
    if defer:
        con.execute("PRAGMA wal_autocheckpoint=0")


def _checkpoint(con: sqlite3.Connection, defer: bool) -> tuple[float, int]:
    """Seconds for the one WAL checkpoint at the end of a run whose checkpoints were deferred, and the pages
    the WAL held then: every page all the run's COMMITs wrote (0 and 0 when not deferred)."""
    if not defer:
        return 0.0, 0
    start = time.perf_counter()
    _busy, wal_pages, _done = con.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
    return time.perf_counter() - start, wal_pages


@dataclass(slots=True)
class Written:
    """What a raw replay cost: seconds per table group, and the pages its COMMITs wrote to the WAL (counted
    when the checkpoint was deferred) against the pages the database holds at the end."""

    seconds: dict[str, float]
    wal_pages: int
    db_pages: int


def replay_ingest(path: Path, replay: Replay, *, defer_checkpoint: bool = False) -> Written:
    """Seconds raw sqlite3 spends per table group writing the replay's rows, a transaction per page.

    SQLite checkpoints the WAL into the database (with an fsync) whenever it passes 1000 pages, inside a
    COMMIT; with `defer_checkpoint` it does so once, after the last page (counted in the COMMIT group)."""
    con = sqlite3.connect(path, isolation_level=None)
    con.execute(f"PRAGMA page_size={replay.page_size}")  # before the WAL header fixes it
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=NORMAL")
    con.execute("PRAGMA foreign_keys=ON")
    _defer(con, defer_checkpoint)
    for sql in replay.ddl:
        con.execute(sql)
    spent = dict.fromkeys(GROUPS, 0.0)
    clock = time.perf_counter
    for index, page in enumerate(replay.pages):
        t0 = clock()
        con.execute("BEGIN IMMEDIATE")
        for table in PAGE_TABLES if index == 0 else ():
            _insert(con, table, replay.columns[table], replay.once[table])
        for table in POST_TABLES:
            _insert(con, table, replay.columns[table], page.get(table, []))
        t1 = clock()
        con.executemany(f"INSERT INTO {FTS_TABLE} (rowid, title, body_text) VALUES (?, ?, ?)", replay.fts[index])
        t2 = clock()
        for table in replay.once if index == 0 else ():
            if table not in PAGE_TABLES:
                _insert(con, table, replay.columns[table], replay.once[table])
        for table, rows in page.items():
            if table not in POST_TABLES:
                _insert(con, table, replay.columns[table], rows)
        t3 = clock()
        con.execute("COMMIT")
        t4 = clock()
        for group, seconds in zip(GROUPS, (t1 - t0, t2 - t1, t3 - t2, t4 - t3), strict=True):
            spent[group] += seconds
    seconds, wal_pages = _checkpoint(con, defer_checkpoint)
    spent[GROUPS[-1]] += seconds
    (db_pages,) = con.execute("PRAGMA page_count").fetchone()
    con.close()
    return Written(spent, wal_pages, db_pages)


def minimum_ingest(path: Path, pages: list[Page], *, defer_checkpoint: bool = False) -> float:
    """Seconds for the least any archive must do: one INSERT per post and its FTS5 row, a transaction per page
    (the WAL checkpointed as SQLite does by default, or once at the end with `defer_checkpoint`)."""
    con = sqlite3.connect(path, isolation_level=None)
    con.executescript(_MINIMUM_SCHEMA)
    _defer(con, defer_checkpoint)
    next_id = 1
    start = time.perf_counter()
    for page in pages:
        rows = [(next_id + i, page.url, p.post_id, p.title, p.published_at.isoformat() if p.published_at else None,
                 p.body_text) for i, p in enumerate(page.posts)]  # fmt: skip
        next_id += len(rows)
        con.execute("BEGIN IMMEDIATE")
        con.executemany("INSERT INTO posts VALUES (?, ?, ?, ?, ?, ?)", rows)
        con.executemany(f"INSERT INTO {FTS_TABLE} (rowid, title, body_text) VALUES (?, ?, ?)",
                        [(r[0], r[3], r[5]) for r in rows])  # fmt: skip
        con.execute("COMMIT")
    elapsed = time.perf_counter() - start + _checkpoint(con, defer_checkpoint)[0]
    con.close()
    return elapsed


def figures(replay: Replay, ours: float, written: Written, deferred: Written, floors: dict[str, float]) -> list[Figure]:
    """The floor figures: each table group per post against Archive.ingest per post (`ours`: its seconds for
    the replay's posts), the pages a COMMIT writes, and the floors' rates (`floors`: seconds of the minimum
    archive, both ways)."""
    count, commits, spent, rows = replay.posts, max(1, len(replay.pages)), written.seconds, replay.rows_per_post()
    floors = {f"raw sqlite3 replay, {DEFERRED}": sum(deferred.seconds.values()), **floors}
    budget = 1 / TARGET_RATE
    per_post = [
        Figure(NAME, f"raw sqlite3 replay of the archive's rows — {group}, per post", "info", seconds / count,
               ours / count, "s", "Archive.ingest per post, same run", note=f"{rows.get(group, '')}; "
               f"{seconds / count / budget:.0%} of the {budget * 1e6:.0f} µs/post budget",
               detail=COMMIT_DETAIL if group == GROUPS[-1] else "")
        for group, seconds in spent.items()
    ]  # fmt: skip
    raw = sum(spent.values())
    return [
        Figure(NAME, f"{count:,} posts: Archive.ingest rate beside the floors (same run)", "info", count / ours,
               TARGET_RATE, "posts/s", "target"),
        *per_post,
        Figure(NAME, "raw sqlite3 replay: pages a per-page COMMIT writes to the WAL vs pages the database grows by",
               "info", deferred.wal_pages / commits, deferred.db_pages / commits, "pages", "database growth",
               note=f"{replay.page_size // 1024} KiB pages; the indexes, FTS5 segments and interior pages a COMMIT "
               "dirties are written whole"),
        Figure(NAME, "raw sqlite3 replay of the archive's rows, all groups: rate", "info", count / raw, TARGET_RATE,
               "posts/s", "target", note=f"Archive.ingest = {ours / raw:.1f}× this floor",
               floor_for=INGEST_TARGET),
        *(Figure(NAME, f"{name}: rate", "info", count / seconds, TARGET_RATE, "posts/s", "target",
                 floor_for=INGEST_TARGET) for name, seconds in floors.items()),
    ]  # fmt: skip


def run(quick: bool = False) -> list[Figure]:
    try:
        from archive import Archive  # type: ignore[attr-defined]  # noqa: F401
    except ImportError:
        return [missing(NAME, "ingest floors", "archive.Archive (issue 4)")]
    count = 400 if quick else 50_000
    pages = list(election_pages(Plan(count, wards=min(5_000, count // 4), councils=100, blogs=20)))
    with tempfile.TemporaryDirectory() as tmp:
        ours = ingest_pages(str(Path(tmp) / "archive.sqlite"), pages)
        replay = read_replay(Path(tmp) / "archive.sqlite", [len(p.posts) for p in pages])
        spent = replay_ingest(Path(tmp) / "replay.sqlite", replay)
        deferred = replay_ingest(Path(tmp) / "deferred.sqlite", replay, defer_checkpoint=True)
        floors = {
            MINIMUM: minimum_ingest(Path(tmp) / "minimum.sqlite", pages),
            f"{MINIMUM}, {DEFERRED}": minimum_ingest(
                Path(tmp) / "deferred-minimum.sqlite", pages, defer_checkpoint=True
            ),
        }
    return figures(replay, ours, spent, deferred, floors)
