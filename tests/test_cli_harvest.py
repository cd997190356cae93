"""The harvest, reparse and export-warc commands through click's runner: messages and exit codes."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from livesite import LiveSite
from localserver import Handler, LocalHTTPServer, serve

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
    assert re.fullmatch(  # quiet away from a terminal: the one summary line
        r"liveblog harvest: 3 pages fetched, 0 not modified \(304\), 12 new posts, 0 edited posts, "
        r"\d+ new facts, 0 failures, [\d.]+s\n",
        err,
    ), err
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


def test_parse_of_a_url_takes_allow_private_as_its_refusal_says_and_exits_4_on_a_404(
    server: LocalHTTPServer,
) -> None:
    site = LiveSite(page_size=5)
    site.add(3)
    site.serve(server)
    code, _, err = run("parse", server.url(LiveSite.path))
    assert code == 4 and "pass --allow-private to fetch it" in err, err
    code, out, err = run("parse", server.url(LiveSite.path), "--allow-private")
    assert code == 0 and len(json.loads(out)["posts"]) == 3, err
    code, out, err = run("parse", server.url("/news/live/gone"), "--allow-private")
    assert (code, out) == (4, "") and err == f"liveblog: {server.url('/news/live/gone')}: HTTP 404 Not Found\n"


def test_harvest_robots_disallow_exits_4_saying_so(server: LocalHTTPServer, tmp_path: Path) -> None:
    server.routes["/robots.txt"] = lambda h: h.send_simple(200, b"User-agent: *\nDisallow: /\n", "text/plain")
    code, _, err = run("harvest", server.url(LiveSite.path), "--db", str(tmp_path / "a.sqlite"), "--allow-private")
    assert code == 4 and "robots.txt" in err and "disallows" in err


def test_harvest_of_two_live_pages_one_gone_is_partial_and_of_only_gone_ones_a_fetch_failure(
    server: LocalHTTPServer, tmp_path: Path
) -> None:
    """CONTRACT.md: 1 when some failed and the rest were kept, 4 when nothing could be fetched."""
    site = LiveSite(page_size=5)
    site.add(7)
    site.serve(server)
    db = ("--db", str(tmp_path / "a.sqlite"), "--allow-private", "--delay", "0")
    good, gone, broken = server.url(LiveSite.path), server.url("/news/live/gone"), server.url("/news/live/broken")
    server.routes["/news/live/broken"] = lambda h: h.send_simple(403, b"no")
    code, _, err = run("harvest", good, gone, *db)
    assert code == 1 and f"{gone}: HTTP 404 Not Found" in err and "7 new posts" in err, err
    code, _, err = run("harvest", gone, good, *db)  # the good one unchanged: kept as it was, so still partial
    assert code == 1 and "0 new posts" in err, err
    code, _, err = run("harvest", gone, broken, *db)
    assert code == 4 and f"{broken}: HTTP 403 Forbidden" in err, err
    code, _, err = run("harvest", good, *db)
    assert code == 0, err


def test_export_warc_refuses_a_missing_archive_unless_told_where_the_warc_files_are(
    server: LocalHTTPServer, tmp_path: Path
) -> None:
    site = LiveSite(page_size=5)
    site.add(3)
    site.serve(server)
    db = tmp_path / "a.sqlite"
    assert run("harvest", server.url(LiveSite.path), "--db", str(db), "--allow-private", "--delay", "0")[0] == 0
    typo = tmp_path / "b.sqlite"
    code, out, err = run("export-warc", "--db", str(typo), "--out", str(tmp_path / "out"))
    assert (code, out) == (5, "") and f"{typo}: no archive here" in err and not (tmp_path / "out").exists()
    code, out, err = run(
        "export-warc", "--db", str(typo), "--warc-dir", str(tmp_path / "warc"), "--out", str(tmp_path / "out")
    )
    assert code == 0 and "1 WARC files copied" in err


def test_harvest_usage_errors() -> None:
    assert run("harvest")[0] == 2
    code, _, err = run("harvest", "ftp://example.org/x")
    assert code == 2 and "not an http(s) URL" in err
    assert run("harvest", "https://www.bbc.co.uk/news/live/x", "--max-pages", "0")[0] == 2


def test_harvest_from_a_config_file_with_json_logs_and_verbose_detail(server: LocalHTTPServer, tmp_path: Path) -> None:
    site = LiveSite(page_size=5)
    site.add(7)
    site.serve(server)
    config = tmp_path / "feeds.toml"
    config.write_text(
        f'[settings]\ndb = "night.sqlite"\ndelay = 0\nallow_private = true\nlog_format = "json"\n\n'
        f'[[feed]]\nurl = "{server.url(LiveSite.path)}"\nlabel = "test"\nmax_pages = 1\n'
    )
    code, _, err = run("harvest", "--config", str(config), "-v")
    assert code == 0, err
    docs = [json.loads(line) for line in err.splitlines()]  # every line is one JSON object
    summary = docs[-1]
    assert summary["event"] == "summary" and summary["command"] == "harvest" and summary["exit_code"] == 0
    assert (summary["pages_fetched"], summary["new_posts"], summary["failures"]) == (1, 5, 0)  # feed's max_pages
    pages = [d for d in docs if d.get("event") == "page"]  # -v detail, as JSON fields
    assert [(d["url"], d["outcome"], d["new_posts"]) for d in pages] == [(server.url(LiveSite.path), "stored", 5)]
    with Archive(str(tmp_path / "night.sqlite")) as archive:  # db relative to the config file
        assert archive.counts()["posts"] == 5


def test_harvest_without_urls_or_feeds_is_a_usage_error(tmp_path: Path) -> None:
    code, _, err = run("harvest", "--db", str(tmp_path / "a.sqlite"))
    assert code == 2 and "nothing to harvest" in err
    bad = tmp_path / "feeds.toml"
    bad.write_text("[[feed]]\nurl = 'https://www.bbc.co.uk/news/live/x'\nmax_page = 2\n")
    code, _, err = run("harvest", "--config", str(bad))
    assert code == 2 and "feeds.toml, line 3: feed 1: unknown key 'max_page'" in err


def test_a_page_that_failed_is_fetched_by_the_next_run_though_page_1_is_unchanged(
    server: LocalHTTPServer, tmp_path: Path
) -> None:
    site = LiveSite(page_size=5)
    site.add(15)
    site.serve(server)
    down = {"?page=2"}

    def route(h: Handler) -> None:
        if any(h.path.endswith(page) for page in down):
            h.send_simple(200, b"<html><body><p>Sorry, we're having technical problems.</p></body></html>")
        else:
            site.route(h)

    server.routes[LiveSite.path] = route
    db = str(tmp_path / "a.sqlite")
    harvest = ("harvest", server.url(LiveSite.path), "--db", db, "--allow-private", "--delay", "0")
    code, _, err = run(*harvest)
    assert code == 1 and "10 new posts" in err and "1 failures" in err, err  # pages 1 and 3 kept
    page_2 = {p.urn for p in site.chunk(2)}
    with Archive(db) as archive:
        assert page_2.isdisjoint(p["post_id"] for p in archive.posts())

    saved = tmp_path / "copy.html"  # an import in between does not walk the live page: it leaves the note be
    saved.write_bytes(site.render(1))
    assert run("import", str(saved), "--db", db, "--url", server.url(LiveSite.path))[0] == 0

    down.clear()  # the server is well again; page 1 has not changed, so it would answer 304
    code, _, err = run(*harvest)
    assert code == 0 and "3 pages fetched, 0 not modified (304), 5 new posts" in err, err
    with Archive(db) as archive:
        assert sorted(p["post_id"] for p in archive.posts()) == sorted(p.urn for p in site.posts)

    server.requests.clear()  # the walk was whole: the run after is a single conditional request again
    code, _, err = run(*harvest)
    assert code == 0 and "0 pages fetched, 1 not modified (304)" in err, err


def test_a_harvest_stopped_by_ctrl_c_is_resumed_by_the_next_run(
    server: LocalHTTPServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ctrl-C after page 1 was stored: exit 130, page 1 kept once; the next run (page 1 now answers 304, and no
    deep walk is due) still fetches the pages the stopped run never reached, as after a kill."""
    from archive.harvest import Harvester

    site = LiveSite(page_size=5)
    site.add(15)
    site.serve(server)
    real_page = Harvester._page

    def ctrl_c_on_page_2(self: Harvester, url: str, walk: object) -> object:
        if url.endswith("?page=2"):
            raise KeyboardInterrupt
        return real_page(self, url, walk)  # type: ignore[arg-type]

    monkeypatch.setattr(Harvester, "_page", ctrl_c_on_page_2)
    db = str(tmp_path / "a.sqlite")
    harvest = (
        "harvest",
        server.url(LiveSite.path),
        "--db",
        db,
        "--allow-private",
        "--delay",
        "0",
        "--deep-every",
        "off",
    )
    code, _, err = run(*harvest)
    assert code == 130 and "interrupted" in err, err
    summary, said = err.splitlines()[-2:]  # what was archived before Ctrl-C, then why the run ended
    assert re.fullmatch(
        r"liveblog harvest: 1 pages fetched, 0 not modified \(304\), 5 new posts, 0 edited posts, \d+ new facts, "
        r"0 failures, [\d.]+s",
        summary,
    ), err
    assert said == "liveblog: interrupted", err
    with Archive(db) as archive:
        assert sorted(p["post_id"] for p in archive.posts()) == sorted(p.urn for p in site.chunk(1))

    monkeypatch.setattr(Harvester, "_page", real_page)
    code, _, err = run(*harvest)
    assert code == 0 and "10 new posts" in err, err
    with Archive(db) as archive:
        assert sorted(p["post_id"] for p in archive.posts()) == sorted(p.urn for p in site.posts)
    code, _, err = run(*harvest)  # that walk was whole: back to one conditional request
    assert code == 0 and "0 pages fetched, 1 not modified (304)" in err, err


def test_a_page_that_keeps_failing_gets_three_whole_walks_then_is_left_to_full(
    server: LocalHTTPServer, tmp_path: Path
) -> None:
    site = LiveSite(page_size=5)
    site.add(15)
    site.serve(server)

    def route(h: Handler) -> None:
        if h.path.endswith("?page=3"):
            h.send_simple(404, b"lost")  # the site lost this page for good
        else:
            site.route(h)

    server.routes[LiveSite.path] = route
    db = str(tmp_path / "a.sqlite")
    harvest = ("harvest", server.url(LiveSite.path), "--db", db, "--allow-private", "--delay", "0")
    assert run(*harvest)[0] == 1
    for walk in range(3):  # each walks every page again, unconditionally, and fails on page 3 again
        server.requests.clear()
        code, _, err = run(*harvest)
        assert code == 1 and "3 pages fetched, 0 not modified (304)" in err, (walk, err)
        assert not any("If-None-Match" in h for p, h in server.requests if p.startswith(LiveSite.path))
    code, _, err = run(*harvest)
    assert code == 0 and "0 pages fetched, 1 not modified (304)" in err, err


def backdate_walk(db: str, minutes: int) -> None:
    """Move the archive's record of the last whole walk back, as if the runs since had been `minutes` apart."""
    import sqlite3
    from datetime import datetime, timedelta

    con = sqlite3.connect(db, isolation_level=None)
    ((key, value),) = con.execute("SELECT key, value FROM archive_meta WHERE key LIKE 'walked:%'").fetchall()
    earlier = datetime.fromisoformat(value) - timedelta(minutes=minutes)
    con.execute("UPDATE archive_meta SET value = ? WHERE key = ?", (earlier.isoformat(), key))
    con.close()


@pytest.mark.parametrize("deep_every", ["30m", "off"])
def test_deep_every_asks_for_every_page_once_the_last_whole_walk_is_that_old(
    server: LocalHTTPServer, tmp_path: Path, deep_every: str
) -> None:
    site = LiveSite(page_size=5)
    site.add(15)
    site.serve(server)
    db = str(tmp_path / "a.sqlite")
    harvest = ("harvest", server.url(LiveSite.path), "--db", db, "--allow-private", "--delay", "0")
    assert run(*harvest, "--deep-every", deep_every)[0] == 0
    site.chunk(3)[1].body += " Correction: 1,204 votes, not 1,024."

    code, _, err = run(*harvest, "--deep-every", deep_every)  # minutes later: page 1 is unchanged, a 304
    assert code == 0 and "0 pages fetched, 1 not modified (304), 0 new posts, 0 edited posts" in err, err

    if deep_every == "off":  # no walk goes deep, so none is on record to grow old: the edit waits for --full
        import sqlite3

        con = sqlite3.connect(db)
        assert con.execute("SELECT count(*) FROM archive_meta WHERE key LIKE 'walked:%'").fetchone() == (0,)
        con.close()
        return
    backdate_walk(db, 31)
    server.requests.clear()
    code, _, err = run(*harvest, "--deep-every", deep_every)
    assert code == 0 and "1 pages fetched, 2 not modified (304), 0 new posts, 1 edited posts" in err, err
    assert all("If-None-Match" in h for p, h in server.requests if p.startswith(LiveSite.path))
    with Archive(db) as archive:
        assert any("Correction" in p["body_text"] for p in archive.posts())


def test_deep_every_takes_a_duration_or_off() -> None:
    code, _, err = run("harvest", "https://www.bbc.co.uk/news/live/x", "--deep-every", "soon")
    assert code == 2 and "not a duration: 'soon'" in err
