"""``--db`` pointed at another program's SQLite database: refused in one line (exit 5), and the file left exactly
as it was — not even switched to WAL mode, which would change its header and leave ``-wal``/``-shm`` files that
the other program (or an old SQLite) then has to cope with."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from archive import Archive
from archive.cli import main
from scraper.errors import ArchiveError


def other_tools_database(path: Path) -> bytes:
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE expenses (day TEXT, amount INTEGER)")
    con.execute("INSERT INTO expenses VALUES ('2024-05-02', 12)")
    con.commit()
    con.close()
    return path.read_bytes()


@pytest.mark.parametrize(
    "args",
    [["posts"], ["results", "--ward", "Darley"], ["search", "recount"], ["export", "--format", "csv"], ["import"]],
)
def test_another_programs_database_is_refused_and_left_as_it_was(tmp_path: Path, args: list[str]) -> None:
    db = tmp_path / "expenses.sqlite"
    before = other_tools_database(db)
    if args == ["import"]:
        copy = tmp_path / "copy.txt"
        copy.write_text("Live page\n\n1. Labour hold Darley\npublished at 21:00 7 May 2021\nLabour held the ward.\n")
        args = ["import", str(copy)]
    result = CliRunner().invoke(main, [*args, "--db", str(db)])
    assert result.exit_code == 5, result.output
    assert result.stderr.count("\n") == 1 and f"{db}: not a liveblog archive" in result.stderr, result.stderr
    assert db.read_bytes() == before  # the header's journal-mode bytes too
    assert not db.with_name(db.name + "-wal").exists()


def test_the_library_leaves_it_in_its_own_journal_mode(tmp_path: Path) -> None:
    db = tmp_path / "expenses.sqlite"
    other_tools_database(db)
    with pytest.raises(ArchiveError, match="not a liveblog archive"):
        Archive(str(db))
    con = sqlite3.connect(db)
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert con.execute("SELECT amount FROM expenses").fetchall() == [(12,)]
    con.close()


def test_a_new_archive_is_still_made_in_wal_mode(tmp_path: Path) -> None:
    db = tmp_path / "new.sqlite"
    with Archive(str(db)):
        pass
    con = sqlite3.connect(db)
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    con.close()
