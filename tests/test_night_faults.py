"""What a researcher meets at 3 a.m., for real: `liveblog harvest` processes against a live page on 127.0.0.1, stopped
by a signal mid-walk, run into an archive they cannot write or a disk that fills, and read while a harvest writes.

Each run that stops must keep every page stored before it stopped, whole (five posts a page, SQLite's integrity
check passes), say one line, exit with its documented code and release the lock; the next run then carries on and
the archive ends as one uninterrupted run leaves a fresh one. Waits are on conditions (the server seeing a
request), never on time.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from livesite import LiveSite
from localserver import LocalHTTPServer, serve

from archive.runs import FACT_TABLES

ROOT = Path(__file__).resolve().parent.parent
POSTS, PAGE_SIZE = 40, 5  # eight whole pages
HELD_PAGE = 4  # the page a run is stopped on: pages 1-3 are stored by then


@pytest.fixture
def server() -> Iterator[LocalHTTPServer]:
    yield from serve()


class HeldSite(LiveSite):
    """A live page whose `HELD_PAGE` the server holds (says nothing) until `release`; `asked` is set when the run's
    request for it arrives, so a test acts while that page is in hand."""

    def __init__(self) -> None:
        super().__init__(page_size=PAGE_SIZE)
        self.asked, self.release = threading.Event(), threading.Event()
        self.on_request = self._hold

    def _hold(self, number: int) -> None:
        if number == HELD_PAGE and not self.release.is_set():
            self.asked.set()
            self.release.wait(60)


def liveblog(*args: str, prefix: tuple[str, ...] = (), **popen: Any) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [*prefix, sys.executable, "-m", "archive", *args],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        **popen,
    )


def harvest(url: str, db: Path, *extra: str, **popen: Any) -> subprocess.Popen[str]:
    args = ("--db", str(db), "--allow-private", "--delay", "0", "--lock-timeout", "0")
    return liveblog("harvest", url, *args, *extra, **popen)


def done(proc: subprocess.Popen[str]) -> tuple[int, str, str]:
    out, err = proc.communicate(timeout=60)
    return proc.returncode, out, err


def whole_pages(db: Path) -> int:
    """The archive is intact and every stored page holds all its posts; how many pages it holds."""
    con = sqlite3.connect(db)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        per_page = con.execute("SELECT page_number, COUNT(*) FROM posts GROUP BY 1").fetchall()
    finally:
        con.close()
    assert all(count == PAGE_SIZE for _, count in per_page), per_page  # no half page
    return len(per_page)


def snapshot(db: Path) -> dict[str, Any]:
    """What must match a fresh run's archive: posts (content, facts, revision), revisions, facts per post."""
    con = sqlite3.connect(db)
    try:
        return {
            "posts": con.execute(
                "SELECT post_id, content_hash, facts_hash, revision, page_number, deleted_at FROM posts ORDER BY 1"
            ).fetchall(),
            "revisions": con.execute(
                "SELECT p.post_id, r.revision FROM post_revisions r JOIN posts p ON p.id = r.post_pk ORDER BY 1, 2"
            ).fetchall(),
            "facts": {
                table: con.execute(
                    f"SELECT p.post_id, COUNT(*) FROM {table} f JOIN posts p ON p.id = f.post_pk GROUP BY 1 ORDER BY 1"
                ).fetchall()
                for table in FACT_TABLES
            },
        }
    finally:
        con.close()


def fresh_run(url: str, tmp_path: Path) -> dict[str, Any]:
    reference = tmp_path / "reference" / "archive.sqlite"
    reference.parent.mkdir()
    code, _, err = done(harvest(url, reference))
    assert code == 0, err
    return snapshot(reference)


@pytest.mark.parametrize(
    ("signals", "code", "word"),
    [
        ([signal.SIGINT], 130, "interrupted"),  # Ctrl-C
        ([signal.SIGTERM], 143, "terminated"),  # cron's timeout, systemd's stop: used to end the run on the spot
        ([signal.SIGINT, signal.SIGINT], 130, "interrupted"),  # Ctrl-C pressed twice: the second is ignored
        ([signal.SIGTERM, signal.SIGTERM], 143, "terminated"),  # a `kill` repeated
    ],
)
def test_a_harvest_stopped_mid_walk_keeps_its_pages_says_so_and_the_next_run_carries_on(
    server: LocalHTTPServer, tmp_path: Path, signals: list[signal.Signals], code: int, word: str
) -> None:
    site = HeldSite()
    site.add(POSTS)
    site.serve(server)
    url = server.url(site.path)
    db = tmp_path / "archive.sqlite"
    proc = harvest(url, db)
    assert site.asked.wait(60)  # pages 1-3 stored, page 4 in hand
    for sig in signals:
        proc.send_signal(sig)
    returncode, _, err = done(proc)
    site.release.set()

    assert returncode == code
    lines = err.splitlines()
    assert len(lines) == 2 and lines[1] == f"liveblog: {word}", err  # the run's summary, then why it stopped
    assert lines[0].startswith(f"liveblog harvest: {HELD_PAGE - 1} pages fetched") and "15 new posts" in lines[0]
    assert whole_pages(db) == HELD_PAGE - 1  # what was fetched is kept, and no page of it only in part
    note = db.with_name(db.name + ".lock").read_text()
    assert f"the run of pid {proc.pid} stopped early" in note  # the note that makes the next run walk every page

    returncode, _, err = done(harvest(url, db))  # --lock-timeout 0: the lock was released
    assert returncode == 0, err
    assert f"{POSTS - 15} new posts" in err
    assert whole_pages(db) == POSTS // PAGE_SIZE
    assert snapshot(db) == fresh_run(url, tmp_path)  # nothing twice, nothing lost
