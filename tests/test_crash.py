"""Crash safety for real: harvests in a subprocess SIGKILLed at random points, against a server on 127.0.0.1.

After every kill the archive must open, pass SQLite's integrity check and hold only whole pages; after the
kills, one uninterrupted run must leave it identical (posts, revisions, facts) to one run on a fresh archive.
The number of kills is LIVEBLOG_KILLS: 12 by default (about 30 s); ``LIVEBLOG_KILLS=50 pytest
tests/test_crash.py`` runs the 50 of issue 6 (about two minutes). Each kill lands after a
random number of stored pages plus a random few milliseconds, or at a random moment of start-up, so kills fall
during imports, robots.txt, fetches, WARC writes and SQLite commits alike.
"""

from __future__ import annotations

import os
import random
import re
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from livesite import LiveSite
from localserver import LocalHTTPServer, serve

from archive import Archive
from archive.runs import FACT_TABLES

ROOT = Path(__file__).resolve().parent.parent
KILLS = int(os.environ.get("LIVEBLOG_KILLS", "12"))
ARCHIVES = 3  # kills go round these, so several archives are killed during their first, partial walk
POSTS, PAGE_SIZE = 40, 5  # eight whole pages


@pytest.fixture
def server() -> Iterator[LocalHTTPServer]:
    yield from serve()


def harvest(url: str, db: Path) -> subprocess.Popen[str]:
    args = ["harvest", url, "--db", str(db), "--allow-private", "--delay", "0", "-v", "--lock-timeout", "30"]
    return subprocess.Popen(
        [sys.executable, "-m", "archive", *args],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


def kill_at_random(url: str, db: Path, rng: random.Random) -> None:
    proc = harvest(url, db)
    assert proc.stderr is not None
    pages = rng.randint(-1, POSTS // PAGE_SIZE - 1)
    if pages < 0:  # somewhere in start-up: imports, lock, schema, robots.txt
        time.sleep(rng.uniform(0, 0.6))  # the random kill point itself, not a wait for anything
    else:
        stored = 0
        while stored < pages and (line := proc.stderr.readline()):
            stored += ": stored, " in line  # the harvester's -v line once a page is committed
        time.sleep(rng.uniform(0, 0.01))  # somewhere in the next page: fetch, parse, WARC, commit
    proc.send_signal(signal.SIGKILL)
    proc.communicate(timeout=30)


def snapshot(db: Path) -> dict[str, Any]:
    """What must match: posts (content and facts hashes, revision), revisions, results, facts per post."""
    with Archive(str(db)) as archive:
        results = sorted(tuple(str(value) for value in row.values()) for row in archive.results())
    con = sqlite3.connect(db)
    try:
        posts = con.execute(
            "SELECT lp.url, p.post_id, p.content_hash, p.facts_hash, p.revision, p.page_number, p.deleted_at "
            "FROM posts p JOIN live_pages lp ON lp.id = p.live_page_id ORDER BY 1, 2"
        ).fetchall()
        revisions = con.execute(
            "SELECT p.post_id, r.revision, r.content_hash FROM post_revisions r JOIN posts p ON p.id = r.post_pk "
            "ORDER BY 1, 2"
        ).fetchall()
        facts = {
            table: con.execute(
                f"SELECT p.post_id, COUNT(*) FROM {table} f JOIN posts p ON p.id = f.post_pk GROUP BY 1 ORDER BY 1"
            ).fetchall()
            for table in FACT_TABLES
        }
    finally:
        con.close()
    return {"posts": posts, "revisions": revisions, "results": results, "facts": facts}


def check_whole(db: Path) -> int:
    """The archive opens, is intact, and every stored page holds all its posts; how many posts it holds."""
    if not db.exists():
        return 0
    with Archive(str(db)) as archive:
        archive.counts()
    con = sqlite3.connect(db)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        per_page = con.execute("SELECT page_number, COUNT(*) FROM posts GROUP BY 1").fetchall()
    finally:
        con.close()
    assert all(count == PAGE_SIZE for _, count in per_page), per_page  # no half page
    return sum(count for _, count in per_page)


def test_random_sigkills_leave_a_whole_archive_that_one_run_completes(server: LocalHTTPServer, tmp_path: Path) -> None:
    site = LiveSite(page_size=PAGE_SIZE)
    site.add(POSTS)
    site.serve(server)
    url = server.url(LiveSite.path)
    reference = tmp_path / "reference.sqlite"
    killed = [tmp_path / f"killed-{n}" / "archive.sqlite" for n in range(ARCHIVES)]
    rng = random.Random(int(os.environ.get("LIVEBLOG_KILL_SEED", "6")))

    held = []
    for kill in range(KILLS):
        db = killed[kill % ARCHIVES]
        db.parent.mkdir(exist_ok=True)
        kill_at_random(url, db, rng)
        held.append(check_whole(db))
    assert len(set(held)) > 2, held  # the kills really fell at different points of the walk

    for db in [*killed, reference]:  # the final uninterrupted runs, and one run on a fresh archive
        proc = harvest(url, db)
        _, err = proc.communicate(timeout=60)
        assert proc.returncode == 0, err
    expected = snapshot(reference)
    assert len(expected["posts"]) == POSTS and sum(len(rows) for rows in expected["facts"].values()) > 0
    for db in killed:
        assert check_whole(db) == POSTS
        assert snapshot(db) == expected


def test_two_cron_runs_started_together_exit_with_documented_codes(server: LocalHTTPServer, tmp_path: Path) -> None:
    site = LiveSite(page_size=PAGE_SIZE)
    site.add(POSTS)
    site.serve(server)
    db = tmp_path / "cron.sqlite"
    runs = [harvest(server.url(LiveSite.path), db) for _ in range(2)]  # both wait up to 30 s for the lock
    ends = [proc.communicate(timeout=60) for proc in runs]
    assert [proc.returncode for proc in runs] == [0, 0], ends
    summaries = [err.strip().splitlines()[-1] for _, err in ends]
    new = sorted(int(re.search(r"(\d+) new posts", line).group(1)) for line in summaries)  # type: ignore[union-attr]
    assert new == [0, POSTS]  # one run stored everything; the other, after it, found nothing new
    assert check_whole(db) == POSTS

    impatient = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "archive",
                "harvest",
                server.url(LiveSite.path),
                "--db",
                str(db),
                "--allow-private",
                "--delay",
                "0",
                "--full",
                "--lock-timeout",
                "0",
            ],
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        )  # fmt: skip
        for _ in range(2)
    ]
    ends = [proc.communicate(timeout=60) for proc in impatient]
    codes = sorted(proc.returncode for proc in impatient)
    assert codes in ([0, 0], [0, 5]), ends  # 5 (archive locked) when they overlapped, with one line saying so
    for proc, (_, err) in zip(impatient, ends, strict=True):
        if proc.returncode == 5:
            assert err.count("\n") == 1 and "archive is locked by another run" in err, err
    assert check_whole(db) == POSTS
