"""A repeat harvest that finds nothing changed reads the archive through sqlite3 and imports no heavy library;
`LazyArchive` answers as `Archive` does and opens it for anything else."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from click.testing import CliRunner
from livesite import LiveSite
from localserver import LocalHTTPServer, serve

from archive import Archive
from archive.cli import main
from archive.db import SCHEMA_VERSION
from archive.lazy import SCHEMA_VERSION as LAZY_SCHEMA_VERSION
from archive.lazy import LazyArchive

ROOT = Path(__file__).resolve().parent.parent
URL = "https://www.bbc.co.uk/news/live/uk-england-derbyshire-56931665?page=1"
T0 = datetime(2021, 5, 8, 9, 0, tzinfo=UTC)
HEAVY = ("sqlalchemy", "sqlmodel", "warcio", "scraper.entities", "dateparser")
# Runs the CLI as `python -m archive` does, then prints its exit code and which heavy modules it imported.
PROBE = """
import json, runpy, sys
sys.argv = ["liveblog", *sys.argv[1:]]
try:
    runpy.run_module("archive", run_name="__main__")
    code = 0
except SystemExit as exc:
    code = exc.code
print(json.dumps([code, sorted(m for m in %r if m in sys.modules)]))
"""


@pytest.fixture
def server() -> Iterator[LocalHTTPServer]:
    yield from serve()


def probe(*args: str) -> tuple[int, list[str]]:
    proc = subprocess.run([sys.executable, "-c", PROBE % (HEAVY,), *args], cwd=ROOT, capture_output=True, text=True,
                          check=False)  # fmt: skip
    code, heavy = json.loads(proc.stdout.splitlines()[-1])
    return code, heavy


def harvested(server: LocalHTTPServer, tmp_path: Path) -> tuple[LiveSite, str, tuple[str, ...]]:
    """A 12-post live site served and harvested once: the site, the archive's path and the harvest's arguments."""
    site = LiveSite(page_size=5)
    site.add(12)
    site.serve(server)
    db = str(tmp_path / "a.sqlite")
    args = ("harvest", server.url(LiveSite.path), "--db", db, "--allow-private", "--delay", "0")
    assert CliRunner().invoke(main, list(args)).exit_code == 0
    return site, db, args


def test_a_repeat_harvest_of_304s_imports_no_sqlalchemy_warcio_or_entities(
    server: LocalHTTPServer, tmp_path: Path
) -> None:
    site, db, args = harvested(server, tmp_path)
    with Archive(db) as archive:
        before = archive.counts()
    assert probe(*args) == (0, [])
    with Archive(db) as archive:
        after = archive.counts()
    assert after == before  # nothing stored: no capture row, no post
    site.add(2)  # a page changed: the real archive (and everything else) is opened, and the posts stored
    code, heavy = probe(*args)
    assert code == 0 and {"sqlalchemy", "warcio"} <= set(heavy)
    with Archive(db) as archive:
        assert archive.counts()["posts"] == 14


def test_a_repeat_harvest_that_revalidates_robots_still_imports_no_sqlalchemy(
    server: LocalHTTPServer, tmp_path: Path
) -> None:
    """Once an hour robots.txt is asked for again and the copy kept anew: through sqlite3, not the real archive."""
    _, db, args = harvested(server, tmp_path)
    robots = server.url("/robots.txt")
    with Archive(db) as archive:
        held = archive.load_robots(robots)
        assert held is not None
        archive.save_robots(robots, replace(held, fetched_at=held.fetched_at - timedelta(hours=2)))
    server.requests.clear()
    assert probe(*args) == (0, [])
    assert [path for path, _ in server.requests].count("/robots.txt") == 1
    with Archive(db) as archive:
        kept = archive.load_robots(robots)
        assert kept is not None and kept.fetched_at > held.fetched_at


def test_the_lazy_schema_version_is_the_archives() -> None:
    assert LAZY_SCHEMA_VERSION == SCHEMA_VERSION


def test_lazy_reads_answer_as_the_archive_does(tmp_path: Path) -> None:
    db = str(tmp_path / "a.sqlite")
    other = URL.replace("page=1", "page=2")
    with Archive(db) as arc:
        arc.record_capture(url=URL, fetched_at=T0, status=200,
                           headers={"ETag": '"a"', "Last-Modified": "Sat, 08 May 2021 09:00:00 GMT"})  # fmt: skip
        arc.record_capture(url=URL, fetched_at=T0 + timedelta(minutes=5), status=200, headers={"etag": '"b"'})
        arc.record_capture(url=URL, fetched_at=T0 + timedelta(minutes=9), status=503, etag='"broken"')
        arc.record_capture(url=URL, fetched_at=T0 + timedelta(minutes=10), error="connection reset")
        arc.record_capture(url=other, fetched_at=T0, status=304, last_modified="Sat, 08 May 2021 10:00:00 GMT")
        arc.record_capture(url=other, fetched_at=T0 + timedelta(minutes=1), etag='"no status"')
        arc.mark_walked(other, T0 + timedelta(minutes=2))  # any page of the live page: the live page's walk
        urls = (URL, other, URL + "&x", "")
        expected = {url: arc.conditional_headers(url) for url in urls}
        walked = {url: arc.walked_at(url) for url in urls}
        counts = arc.counts()
    with LazyArchive(db) as lazy:
        assert {url: lazy.conditional_headers(url) for url in urls} == expected
        assert {url: lazy.walked_at(url) for url in urls} == walked
        assert lazy.counts() == counts
        assert not lazy.opened
        assert lazy.captures()  # anything else opens the real archive, which answers from then on
        assert lazy.opened and lazy.counts() == counts
    assert expected[URL] == {"If-None-Match": '"b"'} and expected[other] == {"If-None-Match": '"no status"'}
    assert walked[URL] == walked[other] == T0 + timedelta(minutes=2) and walked[URL + "&x"] is None


@pytest.mark.parametrize("db", [":memory:", "new.sqlite"])
def test_a_new_or_in_memory_archive_is_opened_at_once(tmp_path: Path, db: str) -> None:
    path = db if db == ":memory:" else str(tmp_path / db)
    with LazyArchive(path) as lazy:
        assert lazy.opened and lazy.conditional_headers(URL) == {}
    if db != ":memory:":
        assert Path(path).is_file()  # created, as Archive() creates it


def test_an_archive_of_another_schema_version_is_left_to_the_archive(tmp_path: Path) -> None:
    db = tmp_path / "a.sqlite"
    Archive(str(db)).close()
    import sqlite3

    con = sqlite3.connect(db)
    con.execute("UPDATE archive_meta SET value = '99' WHERE key = 'schema_version'")
    con.commit()
    con.close()
    from scraper.errors import ArchiveError

    with pytest.raises(ArchiveError, match="newer liveblog"):
        LazyArchive(str(db))
