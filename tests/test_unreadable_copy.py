"""A saved copy the cron user cannot read (another user's file, mode 600): one line naming it, not a traceback
and exit 1 (which CONTRACT.md gives to a partial run)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from processes import without_root_powers

ROOT = Path(__file__).resolve().parent.parent
COPY = "Local elections live\n\n1. Labour hold Abbey\npublished at 21:00 7 May 2021\nLabour held Abbey ward.\n"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*without_root_powers(read=True), sys.executable, "-m", "archive", *args],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


@pytest.fixture
def unreadable(tmp_path: Path) -> Path:
    path = tmp_path / "copy.txt"
    path.write_text(COPY, encoding="utf-8")
    path.chmod(0)
    yield path
    path.chmod(0o644)


def test_parse_of_an_unreadable_file_is_one_line_and_exit_2(unreadable: Path) -> None:
    done = run("parse", str(unreadable))
    assert done.returncode == 2, done.stderr
    assert done.stderr == f"liveblog: {unreadable}: cannot be read (Permission denied)\n"


def test_import_of_an_unreadable_file_among_others_keeps_the_others(unreadable: Path, tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(COPY.replace("Abbey", "Darley"), encoding="utf-8")
    done = run("import", str(unreadable), str(good), "--db", str(tmp_path / "a.sqlite"))
    assert done.returncode == 1, done.stderr  # partial: one file failed, the other kept
    assert done.stderr == f"liveblog: {unreadable}: cannot be read (Permission denied)\n"
    assert done.stdout.startswith(f"{good}: 1 new")
