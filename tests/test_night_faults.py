"""What a researcher meets at 3 a.m., for real: `liveblog harvest` processes against a live page on 127.0.0.1, stopped
by a signal mid-walk, run into an archive they cannot write or a disk that fills, and read while a harvest writes.

Each run that stops must keep every page stored before it stopped, whole (five posts a page, SQLite's integrity
check passes), say one line, exit with its documented code and release the lock; the next run then carries on and
the archive ends as one uninterrupted run leaves a fresh one. Waits are on conditions (the server seeing a
request), never on time.
"""

from __future__ import annotations

import fcntl
import json
import os
import resource
import select
import signal
import sqlite3
import subprocess
import sys
import termios
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import pytest
from livesite import LiveSite
from localserver import LocalHTTPServer, serve
from processes import without_root_powers

from archive.lock import ArchiveLock
from archive.runs import FACT_TABLES
from archive.warc import WarcStore

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
    popen = {"stdout": subprocess.PIPE, "stderr": subprocess.PIPE, **popen}
    return subprocess.Popen(
        [*prefix, sys.executable, "-m", "archive", *args],
        cwd=ROOT,
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


def whole_posts(db: Path) -> int:
    """The archive is intact and holds whole pages (a multiple of five posts); how many posts it holds. For an
    archive whose posts moved down the live page between runs (a post keeps the page it was last stored from)."""
    con = sqlite3.connect(db)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        ((count,),) = con.execute("SELECT COUNT(*) FROM posts").fetchall()
    finally:
        con.close()
    assert count % PAGE_SIZE == 0, count
    return int(count)


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
        ([signal.SIGHUP], 129, "hung up"),  # the terminal closed, an ssh session dropped: was as kill -9
        ([signal.SIGINT, signal.SIGINT], 130, "interrupted"),  # Ctrl-C pressed twice: the second is ignored
        ([signal.SIGTERM, signal.SIGTERM], 143, "terminated"),  # a `kill` repeated
    ],
)
def test_a_harvest_stopped_mid_walk_keeps_its_pages_says_so_and_the_next_run_carries_on(
    server: LocalHTTPServer, tmp_path: Path, signals: list[signal.Signals], code: int, word: str
) -> None:
    site, url = served(server, HeldSite(), POSTS)
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


def test_a_harvest_whose_terminal_hangs_up_keeps_its_pages_and_exits_129(
    server: LocalHTTPServer, tmp_path: Path
) -> None:
    """A harvest run by hand over ssh, and the connection drops: the kernel hangs up the terminal, sends SIGHUP to
    its foreground job and refuses every write to it after. The run used to end as under kill -9; it must unwind as
    after SIGTERM (page in hand rolled back, lock released with its note) although it can no longer say anything:
    a summary written to the dead terminal must not turn the exit into a traceback's 1, or a failed flush's 120."""
    site, url = served(server, HeldSite(), POSTS)
    db = tmp_path / "archive.sqlite"
    leader, follower = os.openpty()
    wake_read, wake = os.pipe()
    proc = harvest(url, db, stdin=follower, stdout=follower, stderr=follower, start_new_session=True,
                   preexec_fn=lambda: fcntl.ioctl(0, termios.TIOCSCTTY, 0))  # fmt: skip
    os.close(follower)

    def drain() -> None:  # what the run shows on its terminal (a progress bar), read so that it never blocks
        while leader in select.select([leader, wake_read], [], [])[0]:
            try:
                os.read(leader, 65536)
            except OSError:
                return

    reader = threading.Thread(target=drain)
    reader.start()
    try:
        assert site.asked.wait(60)  # pages 1-3 stored, page 4 in hand
    finally:
        os.write(wake, b"x")
        reader.join()
        os.close(leader)  # the terminal hangs up
    try:
        assert proc.wait(60) == 129  # 128 + SIGHUP, as a shell reports it
    finally:
        site.release.set()
        for fd in (wake_read, wake):
            os.close(fd)
    assert whole_pages(db) == HELD_PAGE - 1
    note = db.with_name(db.name + ".lock").read_text()
    assert f"the run of pid {proc.pid} stopped early (HungUp)" in note


def test_a_harvest_under_nohup_carries_on_when_its_terminal_hangs_up(server: LocalHTTPServer, tmp_path: Path) -> None:
    """`nohup liveblog harvest …` asks for SIGHUP to be ignored: the run must not take it back."""
    site, url = served(server, HeldSite(), POSTS)
    db = tmp_path / "archive.sqlite"
    proc = harvest(url, db, preexec_fn=lambda: signal.signal(signal.SIGHUP, signal.SIG_IGN))
    assert site.asked.wait(60)
    proc.send_signal(signal.SIGHUP)
    site.release.set()
    returncode, _, err = done(proc)
    assert returncode == 0, err
    assert whole_pages(db) == POSTS // PAGE_SIZE


def test_a_harvest_killed_mid_walk_leaves_no_lock_to_wait_for(server: LocalHTTPServer, tmp_path: Path) -> None:
    """kill -9 (the OOM killer, a reboot): nothing of the run's own runs, so the kernel's release of the flock is
    all there is. The next run must get the lock at once (--lock-timeout 0) and walk every page."""
    site, url = served(server, HeldSite(), POSTS)
    db = tmp_path / "archive.sqlite"
    proc = harvest(url, db)
    assert site.asked.wait(60)
    proc.send_signal(signal.SIGKILL)
    assert done(proc)[0] == -signal.SIGKILL
    site.release.set()
    assert whole_pages(db) == HELD_PAGE - 1
    assert db.with_name(db.name + ".lock").read_text().startswith(f"pid {proc.pid} since ")  # the dead run's line

    returncode, _, err = done(harvest(url, db))
    assert returncode == 0, err
    assert snapshot(db) == fresh_run(url, tmp_path)


@pytest.mark.parametrize(
    ("sig", "code", "word"), [(signal.SIGTERM, 143, "terminated"), (signal.SIGINT, 130, "interrupted")]
)
def test_a_run_stopped_while_it_waits_for_the_lock_says_so_and_leaves_the_holders_lock_alone(
    tmp_path: Path, sig: signal.Signals, code: int, word: str
) -> None:
    """Cron's timeout ending a run queued behind a long one: one line, its code, and the lock file still the
    holder's (a waiting run that wrote its note there would tell the next run something untrue)."""
    db = tmp_path / "archive.sqlite"
    with ArchiveLock(db.with_name(db.name + ".lock"), timeout=0) as held:
        before = held.path.read_text()
        proc = harvest("http://127.0.0.1:9/live", db, "-v", "--lock-timeout", "60")
        assert proc.stderr is not None
        while (line := proc.stderr.readline()) and "waiting" not in line:
            pass
        assert "archive is locked" in line
        proc.send_signal(sig)
        returncode, _, err = done(proc)
        assert (returncode, err) == (code, f"liveblog: {word}\n")
        assert held.path.read_text() == before
    assert not db.exists()


S = TypeVar("S", bound=LiveSite)


def served(server: LocalHTTPServer, site: S, posts: int) -> tuple[S, str]:
    """`site` with its first `posts` posts, served; and the live page's address."""
    site.add(posts)
    site.serve(server)
    return site, server.url(site.path)


def posts_of(db: Path, prefix: tuple[str, ...] = ()) -> list[str]:
    returncode, out, err = done(liveblog("posts", "--db", str(db), "--format", "json", prefix=prefix))
    assert (returncode, err) == (0, ""), err
    return sorted(post["post_id"] for post in json.loads(out))


@pytest.mark.parametrize("what", ["file", "folder"])
def test_an_archive_it_cannot_write_is_one_line_exit_5_and_left_as_it_was(
    server: LocalHTTPServer, tmp_path: Path, what: str
) -> None:
    """A copy made read-only, or a folder the cron user cannot write (SQLite needs its -wal file there)."""
    site, url = served(server, LiveSite(page_size=PAGE_SIZE), 15)
    folder = tmp_path / "night"
    folder.mkdir()
    db = folder / "archive.sqlite"
    assert done(harvest(url, db))[0] == 0
    kept, before = posts_of(db), db.read_bytes()
    site.add(10)
    locked_out = db if what == "file" else folder
    locked_out.chmod(0o555 if what == "folder" else 0o444)
    try:
        returncode, _, err = done(harvest(url, db, prefix=without_root_powers()))
        assert returncode == 5  # CONTRACT: archive error
        assert err.count("\n") == 1 and f"{db}: " in err and "not writable by this user" in err, err
        assert db.read_bytes() == before
        assert posts_of(db, without_root_powers()) == kept  # still read, as it was
    finally:
        locked_out.chmod(0o755 if what == "folder" else 0o644)
    assert done(harvest(url, db))[0] == 0  # writable again: the night goes on
    assert whole_posts(db) == 25


def test_a_disk_that_fills_mid_walk_keeps_the_pages_before_and_the_next_run_finishes(
    server: LocalHTTPServer, tmp_path: Path
) -> None:
    """The disk filling up, as the kernel's file size limit makes it (RLIMIT_FSIZE: no root, no tmpfs): the
    page in hand rolls back, the error is one line, and once there is room the next run stores the rest."""
    site, url = served(server, LiveSite(page_size=PAGE_SIZE), 15)
    db = tmp_path / "archive.sqlite"
    assert done(harvest(url, db))[0] == 0
    site.add(POSTS - 15)
    limit = 150_000  # bytes a file may reach: the WAL of a page or two, far from the eight pages now to store

    def small_disk() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    returncode, _, err = done(harvest(url, db, preexec_fn=small_disk))
    assert returncode == 5
    assert err.count("\n") == 1 and f"{db}: " in err and "is the disk full?" in err, err
    assert 15 <= whole_posts(db) < POSTS  # what was stored before is kept, and no page in part

    returncode, _, err = done(harvest(url, db))
    assert returncode == 0, err
    assert snapshot(db) == fresh_run(url, tmp_path)
    assert len(list(WarcStore(tmp_path / "warc").captures())) >= POSTS // PAGE_SIZE  # every record readable


@pytest.mark.parametrize("damage", ["truncated", "overwritten header", "not sqlite", "newer schema"])
def test_a_damaged_or_newer_archive_is_refused_in_one_line_and_never_written(
    server: LocalHTTPServer, tmp_path: Path, damage: str
) -> None:
    site, url = served(server, LiveSite(page_size=PAGE_SIZE), 15)
    db = tmp_path / "archive.sqlite"
    assert done(harvest(url, db))[0] == 0
    data = db.read_bytes()
    if damage == "truncated":  # a copy cut short (a full disk while copying, a partial rsync)
        db.write_bytes(data[: len(data) // 2])
    elif damage == "overwritten header":
        db.write_bytes(b"\0" * 100 + data[100:])
    elif damage == "not sqlite":  # --db pointed at the wrong file
        db.write_text("date,ward,votes\n" * 200)
    else:
        con = sqlite3.connect(db)
        con.execute("UPDATE archive_meta SET value = '99' WHERE key = 'schema_version'")
        con.commit()
        con.close()
    before = db.read_bytes()
    site.add(5)
    commands: list[Callable[[], subprocess.Popen[str]]] = [
        lambda: harvest(url, db),
        lambda: liveblog("posts", "--db", str(db)),
        lambda: liveblog("import", str(db), "--db", str(db)),
    ]
    for command in commands:
        returncode, _, err = done(command())
        assert returncode == 5 and err.count("\n") == 1 and f"{db}: " in err, err
        assert ("newer liveblog" if damage == "newer schema" else "it is left as it is") in err
    assert db.read_bytes() == before


def test_queries_and_exports_while_a_harvest_writes_neither_wait_nor_fail(
    server: LocalHTTPServer, tmp_path: Path
) -> None:
    """WAL readers: with a harvest mid-walk and a write transaction open (a page being committed), every reading
    command answers from what is committed. One that waited for the writer would fail after the busy timeout
    (exit 5, "locked"), since the transaction stays open until they have all answered."""
    site, url = served(server, HeldSite(), POSTS)
    db = tmp_path / "archive.sqlite"
    proc = harvest(url, db)
    assert site.asked.wait(60)  # pages 1-3 committed, page 4 in hand
    writer = sqlite3.connect(db, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("INSERT INTO archive_meta (key, value) VALUES ('uncommitted', 'x')")
    try:
        stored = posts_of(db)
        assert len(stored) == 15
        for args, lines in (
            (("results", "--format", "jsonl"), 0),
            (("search", "Labour", "--format", "jsonl"), 15),
            (("export", "--format", "jsonl"), 15),
            (("export-warc", "--out", str(tmp_path / "copy")), 1),
        ):
            returncode, out, err = done(liveblog(*args, "--db", str(db)))
            assert returncode == 0, (args, err)
            assert len(out.splitlines()) == lines, args
    finally:
        writer.execute("ROLLBACK")
        writer.close()
        site.release.set()
    returncode, _, err = done(proc)
    assert returncode == 0, err
    assert whole_pages(db) == POSTS // PAGE_SIZE


def test_a_record_left_half_written_by_a_killed_run_is_cut_before_the_next_run_appends(
    server: LocalHTTPServer, tmp_path: Path
) -> None:
    """kill -9 in the middle of a WARC append (the kernel stops a write for a fatal signal, so part of the record
    stays): the next run finds the dead run's line in the lock file and cuts the file back to its last whole
    record before appending; else every record it appended was lost to replay tools reading the file through."""
    site, url = served(server, LiveSite(page_size=PAGE_SIZE), 15)
    db = tmp_path / "archive.sqlite"
    assert done(harvest(url, db))[0] == 0
    (path,) = WarcStore(tmp_path / "warc").files()
    con = sqlite3.connect(db)
    offset, length = con.execute("SELECT warc_offset, warc_length FROM captures ORDER BY id LIMIT 1").fetchone()
    con.close()
    with path.open("ab") as stream:  # what the killed run's append got to disk
        stream.write(path.read_bytes()[offset : offset + length // 2])
    db.with_name(db.name + ".lock").write_text("pid 999999 since 2021-05-08T01:00:00Z\n")  # and its line
    site.add(5)

    returncode, _, err = done(harvest(url, db))
    assert returncode == 0, err
    assert f"cut {length // 2} bytes of a record left half written" in err
    con = sqlite3.connect(db)
    stored = con.execute("SELECT COUNT(*) FROM captures WHERE warc_file IS NOT NULL").fetchone()[0]
    con.close()
    assert len(list(WarcStore(tmp_path / "warc").captures())) == stored  # every record reads through
