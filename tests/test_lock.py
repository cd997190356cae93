"""The archive lock, contended by real processes: one writer at a time, a timeout, recovery after SIGKILL."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from archive.lock import ArchiveLock, archive_lock, holder, lock_path_for
from scraper.errors import ArchiveLocked

ROOT = Path(__file__).resolve().parent.parent

# Takes the lock on argv[1] with timeout argv[2]; says "waiting: …" when it has to wait and "locked" once it holds
# the lock, then holds it until a line arrives on stdin. A LiveblogError ends it as the CLI would: one line, its code.
HOLDER = """
import sys
from archive.lock import archive_lock
from scraper.errors import LiveblogError
lock = archive_lock(sys.argv[1], timeout=float(sys.argv[2]), on_wait=lambda who: print("waiting:", who, flush=True))
try:
    lock.acquire()
except LiveblogError as exc:
    print(f"liveblog: {exc}", file=sys.stderr)
    sys.exit(exc.exit_code)
print("locked", flush=True)
sys.stdin.readline()
lock.release()
"""


def start(db: Path, timeout: float) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(db), str(timeout)],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def finish(proc: subprocess.Popen[str]) -> tuple[int, str, str]:
    out, err = proc.communicate("\n", timeout=30)
    return proc.returncode, out, err


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "night.sqlite"


def test_second_run_gives_up_after_timeout_with_exit_5_and_names_the_holder(db: Path) -> None:
    first = start(db, 0)
    assert first.stdout is not None and first.stdout.readline() == "locked\n"
    code, out, err = finish(start(db, 0.3))
    assert code == 5  # CONTRACT: 5 = archive error (locked, unwritable, newer schema)
    assert "locked" not in out.splitlines()
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert f"pid {first.pid} since " in lines[0] and "--lock-timeout" in lines[0] and str(db) in lines[0]
    assert finish(first)[0] == 0


def test_second_run_waits_and_takes_the_lock_when_the_first_lets_go(db: Path) -> None:
    first = start(db, 0)
    assert first.stdout is not None and first.stdout.readline() == "locked\n"
    second = start(db, 60)
    assert second.stdout is not None
    assert second.stdout.readline().startswith(f"waiting: pid {first.pid} since ")
    assert finish(first)[0] == 0  # releases; the waiting run must now get in
    assert second.stdout.readline() == "locked\n"
    assert f"pid {second.pid} since " in holder(lock_path_for(str(db)) or db)
    assert finish(second)[0] == 0


def test_lock_left_by_a_killed_run_is_recovered(db: Path) -> None:
    first = start(db, 0)
    assert first.stdout is not None and first.stdout.readline() == "locked\n"
    os.kill(first.pid, signal.SIGKILL)
    assert finish(first)[0] == -signal.SIGKILL
    lock_file = db.with_name(db.name + ".lock")
    assert f"pid {first.pid}" in lock_file.read_text()  # the dead run's note is still there ...
    second = start(db, 0)  # ... but nothing holds the lock: no wait at all
    assert second.stdout is not None and second.stdout.readline() == "locked\n"
    assert f"pid {second.pid}" in lock_file.read_text()
    assert finish(second)[0] == 0


def test_lock_is_exclusive_within_one_process_too(db: Path) -> None:
    path = db.with_name(db.name + ".lock")
    with ArchiveLock(path, timeout=0), pytest.raises(ArchiveLocked, match="locked by another run"):
        ArchiveLock(path, timeout=0).acquire()
    with ArchiveLock(path, timeout=0) as again:
        assert again.held
    assert not again.held and path.read_text() == ""


@pytest.mark.parametrize(
    ("db", "expected"),
    [
        ("liveblog.sqlite", "liveblog.sqlite.lock"),
        ("/srv/a/night.db", "/srv/a/night.db.lock"),
        ("sqlite:///rel/night.db", "rel/night.db.lock"),
        ("sqlite:////abs/night.db", "/abs/night.db.lock"),
        ("sqlite+pysqlite:///x.db?timeout=5", "x.db.lock"),
        ("sqlite:///file:/srv/a/night%20one.db?mode=ro&uri=true", "/srv/a/night one.db.lock"),  # SQLite URI
        ("sqlite:///file:x.db?mode=ro", "file:x.db.lock"),  # not a URI without uri=true: the file's name
        ("sqlite://", None),
        (":memory:", None),
        ("postgresql+psycopg://u@h/db", None),
    ],
)
def test_lock_path_for(db: str, expected: str | None) -> None:
    got = lock_path_for(db)
    assert (None if got is None else str(got)) == expected
    assert (archive_lock(db, timeout=1) is None) == (expected is None)


def test_import_waits_for_the_lock_then_exits_5(db: Path) -> None:
    from click.testing import CliRunner

    from archive.cli import main

    saved = next((ROOT / "fixtures" / "text").glob("*.txt"))
    args = ["import", str(saved), "--db", str(db), "--lock-timeout", "0"]
    with ArchiveLock(db.with_name(db.name + ".lock"), timeout=0):
        held = CliRunner().invoke(main, args)
    assert held.exit_code == 5 and "archive is locked by another run" in held.output
    assert not db.exists()  # it never opened the archive
    free = CliRunner().invoke(main, args)
    assert free.exit_code == 0, free.output


def test_reparse_takes_the_lock_as_the_other_writers_do(db: Path) -> None:
    """A reparse storing an older capture while a harvest stores a newer one would put the old text back."""
    from click.testing import CliRunner

    from archive.cli import main

    saved = next((ROOT / "fixtures" / "text").glob("*.txt"))
    assert CliRunner().invoke(main, ["import", str(saved), "--db", str(db)]).exit_code == 0
    args = ["reparse", "--db", str(db), "--lock-timeout", "0"]
    with ArchiveLock(db.with_name(db.name + ".lock"), timeout=0):
        held = CliRunner().invoke(main, args)
    assert held.exit_code == 5 and "archive is locked by another run" in held.output
    free = CliRunner().invoke(main, args)
    assert free.exit_code == 0, free.output


@pytest.mark.parametrize("command", ["import", "harvest", "demo"])
def test_a_db_in_a_missing_folder_is_an_archive_error_not_a_new_folder(tmp_path: Path, command: str) -> None:
    """A mistyped --db folder on election night must not quietly start a second archive somewhere new."""
    from click.testing import CliRunner

    from archive.cli import main

    db = tmp_path / "electon" / "night.sqlite"
    args = {
        "import": ["import", str(next((ROOT / "fixtures" / "text").glob("*.txt")))],
        "harvest": ["harvest", "https://www.bbc.co.uk/news/live/uk-politics-1"],
        "demo": ["demo"],
    }[command]
    result = CliRunner().invoke(main, [*args, "--db", str(db)])
    assert result.exit_code == 5, result.output
    assert f"{db}: folder '{db.parent}' does not exist" in result.stderr
    assert not db.parent.exists()


def test_a_lock_file_the_disk_will_not_take_is_exit_5_in_one_line_and_the_last_note_survives(db: Path) -> None:
    """The disk full (here a file size limit: no root needed) when a run writes its pid into the lock file: it used
    to end in a traceback and exit 1 ("partial"), with the lock file cut to nothing, so the note of the run before
    (walk every page: it stopped early) was lost and the pages it never reached with it."""
    import resource

    saved = next((ROOT / "fixtures" / "text").glob("*.txt"))
    lock_file = db.with_name(db.name + ".lock")
    lock_file.write_text("the run of pid 1 stopped early (Terminated); walk every page\n")

    def small_disk() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (20, 20))

    done = subprocess.run(
        [sys.executable, "-m", "archive", "import", str(saved), "--db", str(db)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        preexec_fn=small_disk,
        timeout=60,
    )
    assert done.returncode == 5, done.stderr
    assert done.stderr == f"liveblog: {lock_file}: cannot write lock file: File too large\n"
    with ArchiveLock(lock_file, timeout=0) as lock:  # released, and still telling the next run to walk every page
        assert lock.interrupted is not None
