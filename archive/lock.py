"""One writer at a time: an exclusive ``flock`` on ``<db>.lock`` beside the SQLite file.

Two cron runs that overlap must never write at once. The first run takes the lock; the second waits up to
its lock timeout, polling with a bounded wait (no busy spin), then raises `ArchiveLocked` (exit 5, "archive
error: locked", as shared/CONTRACT.md lists it). The kernel drops a ``flock`` when its holder dies, however it
dies, so a lock left by a killed run is recovered by construction: the file may still name the dead run, but
nothing holds it — and that note (`ArchiveLock.interrupted`) tells the next run to walk every page again, since
the killed run may have stored page 1 and died before the older pages. The holder writes its pid and start time
into the file so the waiting run can say who has it.

The same file carries a note from one run to the next: a run stopped by Ctrl-C or an error leaves one (as a
killed run's pid line is one), and so does a harvest whose pages failed (`ArchiveLock.leave`), since the next run
would otherwise stop at page 1's 304 and never go back for the pages not fetched; a run that finds a note and
does not walk every page (an import, the demo) leaves it in place for the run that will; a harvest that walked
every page cleanly clears it.

The lock file is never deleted: unlinking a file others may have open lets two runs lock two different inodes.
A database given as a non-SQLite URL (PostgreSQL) has no file to sit beside and takes no lock here; that server
serialises its own writers.
"""

from __future__ import annotations

import fcntl
import logging
import os
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import IO
from urllib.parse import unquote

from scraper.errors import ArchiveError, ArchiveLocked, UsageError

LOCK_SUFFIX = ".lock"
FIRST_POLL = 0.05  # seconds; doubled after each miss ...
MAX_POLL = 0.5  # ... up to this, so a waiting run wakes often but never spins


def sqlite_file(db: str) -> Path | None:
    """The SQLite file of a database given as a path or a SQLAlchemy URL (``sqlite:///relative.db``,
    ``sqlite:////abs/path.db``, ``sqlite:///file:path.db?mode=ro&uri=true``); None for an in-memory database or
    another kind of server."""
    if "://" not in db:
        return None if db in ("", ":memory:") else Path(db)
    scheme, _, rest = db.partition("://")
    if not scheme.startswith("sqlite"):
        return None
    path, _, query = (rest[1:] if rest.startswith("/") else rest).partition("?")
    if path.startswith("file:") and "uri=true" in query.lower().split("&"):  # an SQLite URI filename
        path = unquote(path.removeprefix("file:").removeprefix("//"))
    return None if path in ("", ":memory:") else Path(path)


def lock_path_for(db: str) -> Path | None:
    """The lock file for a database given as a path or a SQLAlchemy URL; None when there is no file to lock."""
    path = sqlite_file(db)
    return None if path is None else Path(str(path) + LOCK_SUFFIX)


@dataclass
class ArchiveLock:
    """An exclusive, process-wide lock on one archive; use as a context manager.

    ``on_wait`` is called once, with the holder's description, when the lock is busy and the run starts waiting.
    """

    path: Path
    timeout: float = 60.0
    on_wait: Callable[[str], None] | None = None
    #: What the lock file still said when we took the lock: the note of a run that died holding it, or that
    #: left pages unfetched, else None.
    interrupted: str | None = field(default=None, init=False)
    #: What the file says after release: the note found (kept for a run that walks every page), unless `leave`
    #: changed it.
    note: str | None = field(default=None, init=False)
    _file: IO[bytes] | None = field(default=None, init=False, repr=False)

    def acquire(self) -> None:
        if not self.path.parent.is_dir():  # a mistyped --db: say so, as opening the archive would, not make it
            raise ArchiveError(f"folder {str(self.path.parent)!r} does not exist", source=self._db)
        try:  # unbuffered, and not in append mode: `_rewrite` writes over what the file says
            handle = os.fdopen(os.open(self.path, os.O_RDWR | os.O_CREAT, 0o666), "r+b", buffering=0)
        except OSError as exc:
            raise ArchiveError(f"cannot open lock file: {exc.strerror}", source=str(self.path)) from exc
        try:
            self._wait_for(handle)
            # A release with no note leaves the file empty.
            self.interrupted = self.note = handle.read().decode("utf-8", "replace").strip() or None
            _rewrite(handle, f"pid {os.getpid()} since {datetime.now(UTC).strftime('%Y-%m-%dT%H:%M:%SZ')}\n")
        except OSError as exc:  # the disk full, a quota: the last run's note is still there (see `_rewrite`)
            handle.close()
            raise ArchiveError(f"cannot write lock file: {exc.strerror}", source=str(self.path)) from exc
        except BaseException:
            handle.close()
            raise
        self._file = handle

    def _wait_for(self, handle: IO[bytes]) -> None:
        deadline = time.monotonic() + max(self.timeout, 0.0)
        pause = FIRST_POLL
        told = False
        while True:
            try:
                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
                return
            except BlockingIOError:
                pass
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise ArchiveLocked(
                    f"archive is locked by another run ({holder(self.path)}); gave up after {self.timeout:g}s "
                    "(raise --lock-timeout to wait longer)",
                    source=self._db,
                )
            if not told and self.on_wait is not None:
                self.on_wait(holder(self.path))
                told = True
            time.sleep(min(pause, remaining))
            pause = min(pause * 2, MAX_POLL)

    @property
    def _db(self) -> str:
        """The archive this lock is for (the lock file's path without its suffix), for messages."""
        return str(self.path.with_suffix("")) if self.path.suffix == LOCK_SUFFIX else str(self.path)

    def leave(self, note: str | None) -> None:
        """What the lock file should tell the next run (None: nothing, the walk is whole)."""
        self.note = note

    def release(self) -> None:
        if self._file is None:
            return
        handle, self._file = self._file, None
        try:
            _rewrite(handle, f"{self.note}\n" if self.note else "")
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
        except OSError as exc:  # the file still says this run's pid, or part of the note: the next walks every page
            logging.getLogger("liveblog").warning("%s: cannot write lock file: %s", self.path, exc.strerror)
        finally:
            handle.close()

    @property
    def held(self) -> bool:
        return self._file is not None

    def __enter__(self) -> ArchiveLock:
        self.acquire()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if exc_type is not None and not issubclass(exc_type, UsageError) and not self.note:
            # Ctrl-C or an error mid-run: as after a kill, the pages this run never reached are for the next one.
            self.note = f"the run of pid {os.getpid()} stopped early ({exc_type.__name__}); walk every page"
        self.release()


def _rewrite(handle: IO[bytes], text: str) -> None:
    """Make the lock file say ``text``: written over what it says, then cut to length. A write the disk refuses
    part way (full, a quota) so leaves it saying something, which the next run takes as a note (walk every page),
    never nothing, as cutting it first would."""
    data = text.encode()
    handle.seek(0)
    view = memoryview(data)
    while view:
        view = view[handle.write(view) or 0 :]
    handle.truncate(len(data))


def holder(path: Path) -> str:
    """What the lock file says about its holder ('pid 123 since …'), or 'holder unknown'."""
    try:
        text = path.read_text(encoding="utf-8").strip()
    except OSError:
        text = ""
    return text or "holder unknown"


def archive_lock(db: str, *, timeout: float, on_wait: Callable[[str], None] | None = None) -> ArchiveLock | None:
    """The lock for ``db``, not yet taken; None for a database with no file beside it (see module docstring)."""
    path = lock_path_for(db)
    return None if path is None else ArchiveLock(path, timeout=timeout, on_wait=on_wait)


@dataclass
class Held:
    """What a run holding the lock learns from the last one, and what it can leave for the next."""

    lock: ArchiveLock | None = None

    @property
    def interrupted(self) -> str | None:
        """The note of a run that died holding the lock or left pages unfetched: walk every page again."""
        return None if self.lock is None else self.lock.interrupted

    def leave(self, note: str | None) -> None:
        """Tell the next run to walk every page (``note`` says why), or (None) that nothing is left to do."""
        if self.lock is not None:
            self.lock.leave(note)


@contextmanager
def locked(db: str, *, timeout: float, on_wait: Callable[[str], None] | None = None) -> Iterator[Held]:
    """Hold the archive's lock (if it has one) for the block; yields what the last run left (see `Held`)."""
    lock = archive_lock(db, timeout=timeout, on_wait=on_wait)
    if lock is None:
        yield Held()
        return
    with lock:
        if lock.interrupted:
            logging.getLogger("liveblog").info(
                "the last run on this archive did not finish every page (%s)", lock.interrupted,
                extra={"event": "recovery"},
            )  # fmt: skip
        yield Held(lock)
