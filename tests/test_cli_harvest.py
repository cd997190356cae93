"""The harvest, reparse and export-warc commands through click's runner: messages and exit codes."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from livesite import LiveSite
from localserver import LocalHTTPServer, serve

from archive import Archive
from archive.cli import main


@pytest.fixture
def server() -> Iterator[LocalHTTPServer]:
    yield from serve()


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_harvest_then_rerun_then_reparse_then_export(server: LocalHTTPServer, tmp_path: Path) -> None:
    site = LiveSite(page_size=5)
    site.add(12)
    site.serve(server)
    db = str(tmp_path / "a.sqlite")
    code, _, err = run("harvest", server.url(LiveSite.path), "--db", db, "--allow-private", "--delay", "0")
    assert code == 0, err
    assert "3 pages fetched, 0 not modified (304), 12 new posts, 0 edited posts, 0 failures" in err
    assert len(list((tmp_path / "warc").glob("*.warc.gz"))) == 1

    code, _, err = run("harvest", server.url(LiveSite.path), "--db", db, "--allow-private", "--delay", "0")
    assert code == 0 and "0 pages fetched, 1 not modified (304), 0 new posts" in err

    code, _, err = run("reparse", "--db", db)
    assert code == 0 and "3 captures re-parsed: 0 new posts, 0 edited posts, 12 unchanged, 0 failures" in err

    code, out, err = run("export-warc", "--db", db, "--out", str(tmp_path / "out"))
    assert code == 0 and out.strip().endswith(".warc.gz") and "1 WARC files copied" in err
    assert [p.name for p in (tmp_path / "out").iterdir()] == [Path(out.strip()).name]


def test_harvest_refuses_private_addresses_without_the_flag(server: LocalHTTPServer, tmp_path: Path) -> None:
    code, _, err = run("harvest", server.url(LiveSite.path), "--db", str(tmp_path / "a.sqlite"))
    assert code == 4 and "--allow-private" in err
    with Archive(str(tmp_path / "a.sqlite")) as archive:
        assert archive.counts()["posts"] == 0 and archive.counts()["captures"] == 1  # the failure, recorded


def test_harvest_robots_disallow_exits_4_saying_so(server: LocalHTTPServer, tmp_path: Path) -> None:
    server.routes["/robots.txt"] = lambda h: h.send_simple(200, b"User-agent: *\nDisallow: /\n", "text/plain")
    code, _, err = run("harvest", server.url(LiveSite.path), "--db", str(tmp_path / "a.sqlite"), "--allow-private")
    assert code == 4 and "robots.txt" in err and "disallows" in err


def test_harvest_usage_errors() -> None:
    assert run("harvest")[0] == 2
    code, _, err = run("harvest", "ftp://example.org/x")
    assert code == 2 and "not an http(s) URL" in err
    assert run("harvest", "https://www.bbc.co.uk/news/live/x", "--max-pages", "0")[0] == 2
