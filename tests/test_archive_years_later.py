"""The archive years later: a researcher re-parses an election night's archive after the parser improved, and
queries it by the names people type."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from livesite import LiveSite
from localserver import LocalHTTPServer, serve

from archive import Archive
from archive.cli import main
from archive.harvest import reparse
from archive.warc import WarcStore
from scraper.models import Page
from scraper.parse import parse


@pytest.fixture
def server() -> Iterator[LocalHTTPServer]:
    yield from serve()


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stderr


def improved(body: bytes, **options: Any) -> Page:
    """A parser that reads every post's body a little differently from the one that harvested."""
    page = parse(body, **options)
    for post in page.posts:
        post.body_text += " (read again)"
    return page


def test_reparse_reaches_posts_whose_last_sighting_is_no_pages_latest_capture(
    server: LocalHTTPServer, tmp_path: Path
) -> None:
    """Posts slide down the pages between runs, and a run stops at the first page that brought nothing new: a
    post last seen on page 2 of an earlier run sits on page 3 now, whose stored copy is older still."""
    site = LiveSite(page_size=5)
    site.add(15)
    site.serve(server)
    db, url = str(tmp_path / "a.sqlite"), server.url(site.path)
    harvest = ("harvest", url, "--db", db, "--allow-private", "--delay", "0", "--deep-every", "off")
    assert run(*harvest)[0] == 0
    site.add(5)
    code, err = run(*harvest)
    assert code == 0 and "5 new posts" in err, err
    with Archive(db) as archive:
        result = reparse(archive, WarcStore(tmp_path / "warc"), parse=improved)
        assert result.exit_code == 0 and result.counts.new == 0, result.line()
        bodies = {p["post_id"]: p["body_text"] for p in archive.posts()}
    assert len(bodies) == 20
    stale = sorted(post_id for post_id, body in bodies.items() if not body.endswith("(read again)"))
    assert stale == []


def version_1_archive(db: Path) -> list[dict[str, Any]]:
    """An archive as liveblog's schema version 1 left it (results' plain ward index); Darley's results."""
    import sqlite3

    from archive_pages import darley_posts, page

    with Archive(db) as a:
        a.ingest(page(darley_posts()))
        results = a.results(ward="Darley")
    con = sqlite3.connect(db, isolation_level=None)
    con.executescript(
        "DROP INDEX ix_results_ward; CREATE INDEX ix_results_ward_id ON results (ward_id);"
        "UPDATE archive_meta SET value = '1' WHERE key = 'schema_version';"
    )
    con.close()
    return results


def schema_version(db: Path) -> str:
    import sqlite3

    con = sqlite3.connect(f"file:{db}?mode=ro&immutable=1", uri=True)  # leaves no -shm behind
    try:
        return str(con.execute("SELECT value FROM archive_meta WHERE key = 'schema_version'").fetchone()[0])
    finally:
        con.close()


def test_an_older_archive_opened_read_only_is_read_as_it_is(tmp_path: Path) -> None:
    db = tmp_path / "v1.sqlite"
    before = version_1_archive(db)
    with Archive(db, read_only=True) as a:
        assert a.older_schema == 1 and a.results(ward="darley ward") == before and len(before) == 3
    assert schema_version(db) == "1" and sorted(p.name for p in tmp_path.iterdir()) == ["v1.sqlite"]
    with Archive(db) as a:  # written: upgraded
        assert a.older_schema is None and a.results(ward="Darley") == before
    assert schema_version(db) != "1"


@pytest.mark.parametrize("read_only", ["folder", "file"])
def test_the_query_commands_read_an_older_archive_they_cannot_write(tmp_path: Path, read_only: str) -> None:
    """An archive from an older liveblog on a read-only share or medium, years later: every query failed with
    "attempt to write a readonly database" (the upgrade), naming the archive by an internal ``file:`` URL."""
    import os
    import shutil
    import subprocess
    import sys

    drop = ["--inh-caps=-dac_override,-fowner", "--bounding-set=-dac_override,-fowner"]
    if os.geteuid() != 0:
        prefix: list[str] = []
    elif shutil.which("setpriv"):
        prefix = ["setpriv", *drop]  # root writes anywhere unless it gives up that capability
    else:
        pytest.skip("root without setpriv cannot be kept out of a read-only file")
    folder = tmp_path / "share"
    folder.mkdir()
    db = folder / "night.sqlite"
    version_1_archive(db)
    root = Path(__file__).resolve().parent.parent
    env = {**os.environ, "PYTHONPATH": str(root)}
    locked_out = folder if read_only == "folder" else db
    locked_out.chmod(0o555 if read_only == "folder" else 0o444)
    try:
        for args, rows in ((("results", "--ward", "Darley"), 3), (("posts", "--ward", "Darley"), 2), (("export",), 4)):
            command = [*prefix, sys.executable, "-m", "archive", *args, "--db", str(db), "--format", "jsonl"]
            done = subprocess.run(command, cwd=root, env=env, capture_output=True, text=True, check=False, timeout=60)
            assert done.returncode == 0, (args, done.stderr)
            assert done.stderr == (
                f"liveblog: warning: {db}: written by an older liveblog (schema version 1); read as it is, not "
                "upgraded, as it cannot be written here\n"
            )
            assert len(done.stdout.splitlines()) == rows, args
    finally:
        locked_out.chmod(0o755 if read_only == "folder" else 0o644)
    assert schema_version(db) == "1" and [p.name for p in folder.iterdir()] == ["night.sqlite"]
