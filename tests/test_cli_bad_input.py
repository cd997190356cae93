"""What a researcher, or a page, may plausibly give the commands, and used to end in a Python traceback (exit 1,
which CONTRACT.md gives to "some pages failed"): an address urllib cannot read (an unclosed IPv6 ``[``), a time
at the calendar's edge, a next-page link that cannot be followed, a parser bug that one page's markup meets.
Each must be one line on stderr and the contract's exit code, or a failed page among stored ones."""

from __future__ import annotations

import importlib
import json
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result
from livesite import LiveSite
from localserver import LocalHTTPServer, serve

from archive import Archive
from archive.cli import main
from scraper.times import fast_parse, parse_iso, parse_time

ROOT = Path(__file__).resolve().parent.parent
PAGE = ROOT / "fixtures/bbc-webcore/derbyshire-2021-page1.html"
BROKEN = "http://[2001:db8::1/news/live/x"  # the closing "]" lost: urllib's ValueError("Invalid IPv6 URL")


@pytest.fixture
def server() -> Iterator[LocalHTTPServer]:
    yield from serve()


def run(*args: str) -> Result:
    return CliRunner().invoke(main, list(args), catch_exceptions=False)  # a traceback fails the test


def one_line(result: Result) -> str:
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("liveblog: "), result.stderr
    return result.stderr


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "archive.sqlite"
    with Archive(str(path)):
        pass
    return path


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (("parse", BROKEN), 4),  # as for any address that cannot be fetched ("URL has no host", a bad port)
        (("parse", str(PAGE), "--url", BROKEN), 2),
        (("import", str(PAGE), "--url", BROKEN), 2),
        (("harvest", BROKEN), 2),
        (("posts", "--blog", BROKEN), 2),
        (("reparse", "--blog", BROKEN), 2),
    ],
)
def test_an_address_urllib_cannot_read_is_one_line_and_its_exit_code(
    db: Path, args: tuple[str, ...], code: int
) -> None:
    result = run(*args, *(("--db", str(db)) if args[0] != "parse" else ()))
    assert result.exit_code == code
    assert "Invalid IPv6 URL" in one_line(result)


def test_a_feed_whose_url_cannot_be_read_is_a_bad_config_file(tmp_path: Path) -> None:
    config = tmp_path / "feeds.toml"
    config.write_text(f'[[feed]]\nurl = "{BROKEN}"\n')
    result = run("harvest", "--config", str(config), "--db", str(tmp_path / "a.sqlite"))
    assert result.exit_code == 2
    assert "line 2: feed 1: url cannot be read: Invalid IPv6 URL" in one_line(result)


def test_a_saved_page_naming_itself_by_an_unreadable_address_asks_for_url(db: Path, tmp_path: Path) -> None:
    """With no --url, a saved page is keyed by its own <link rel=canonical>: a broken one was a traceback."""
    saved = tmp_path / "saved.html"
    saved.write_text(PAGE.read_text().replace("<head>", f'<head><link rel="canonical" href="{BROKEN}">', 1))
    result = run("import", str(saved), "--db", str(db))
    assert result.exit_code == 3
    assert "give --url" in one_line(result)
    assert run("import", str(saved), "--url", "https://www.bbc.co.uk/news/live/x", "--db", str(db)).exit_code == 0


@pytest.mark.parametrize(
    "text", ["9999-12-31T23:59:59-05:00", "9999-12-31T23:59:59 -05:00", "0001-01-01T00:00:00+01:00"]
)
def test_a_time_with_no_utc_instant_is_no_time_not_an_overflow(db: Path, text: str) -> None:
    """Year 9999 behind UTC, year 1 ahead of it: datetime's OverflowError escaped the reading of a page's times
    (ending a harvest) and of --since."""
    assert parse_iso(text) is None
    assert parse_time(text, base=datetime(2021, 5, 8, 9, tzinfo=UTC)) is None
    result = run("posts", "--since", text, "--db", str(db))
    assert result.exit_code == 2
    assert "--since must be an ISO 8601 time" in one_line(result)


def test_shown_times_past_the_calendars_edges_read_as_no_time() -> None:
    base = datetime(2021, 5, 8, 9, tzinfo=UTC)
    assert parse_time("31 December 9999 23:30 EST", base=base) is None
    assert fast_parse("5000000 weeks ago", base=base) is None
    assert fast_parse("3 weeks ago", base=base) == datetime(2021, 4, 17, 9, tzinfo=UTC)  # the rule itself stands


def test_a_page_dated_past_the_calendars_edge_is_parsed_with_that_post_undated(tmp_path: Path) -> None:
    updates = [
        {"@type": "BlogPosting", "headline": "Labour hold Darley", "datePublished": "9999-12-31T23:59:59-05:00",
         "articleBody": "Labour have held the Darley ward in Derby."},
        {"@type": "BlogPosting", "headline": "Count begins", "datePublished": "2021-05-07T21:00:00+01:00",
         "articleBody": "Counting has begun in Derby."},
    ]  # fmt: skip
    doc = {
        "@context": "https://schema.org",
        "@type": "LiveBlogPosting",
        "headline": "Results",
        "liveBlogUpdate": updates,
    }
    page = tmp_path / "page.html"
    page.write_text(f'<html><head><script type="application/ld+json">{json.dumps(doc)}</script></head></html>')
    result = run("parse", str(page), "--url", "https://www.example.com/live/results")
    assert result.exit_code == 0, result.stderr
    posts = json.loads(result.stdout)["posts"]
    assert [p["published_at"] for p in posts] == [None, "2021-05-07T20:00:00Z"]


def test_a_next_page_link_that_cannot_be_followed_ends_the_walk_with_a_warning(
    server: LocalHTTPServer, tmp_path: Path
) -> None:
    """The parser keeps such a link as written; the harvest then ended in a traceback, every run, at that page."""
    path = "/politics/live/2024/may/03/local-elections"
    html = (
        f'<html><head><link rel="canonical" href="{server.url(path)}">'
        '<meta property="og:site_name" content="the Guardian">'
        '<link rel="next" href="http://[broken/politics/live?page=2"></head><body>'
        '<article id="block-1" class="block"><header><h2>Count</h2></header><p>Under way in Derby.</p></article>'
        "</body></html>"
    )
    server.routes[path] = lambda h: h.send_simple(200, html.encode(), "text/html; charset=utf-8")
    db = tmp_path / "a.sqlite"
    result = run("harvest", server.url(path), "--db", str(db), "--allow-private", "--delay", "0")
    assert result.exit_code == 0, result.stderr
    assert "the link to the next page cannot be followed: 'http://[broken/politics/live?page=2'" in result.stderr
    assert "1 new posts" in result.stderr and "Traceback" not in result.stderr


def test_a_parser_bug_met_on_one_page_fails_that_page_and_the_walk_goes_on(
    server: LocalHTTPServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An exception of ours (not a LiveblogError) on one page ended the whole run, and every cron run after it met
    the same page: the pages past it, and the feeds after it, were never harvested. Now that page fails (exit 1,
    partial), its raw capture kept in the WARC for a `liveblog reparse` once the parser is mended."""
    site = LiveSite(page_size=5)
    site.add(15)
    site.serve(server)
    module = importlib.import_module("scraper.parse")  # the module: `scraper.parse` is also its function
    real = module.parse

    def buggy(source: str | bytes, **kwargs: object) -> object:
        if "page=2" in str(kwargs.get("url")):
            raise RecursionError("maximum recursion depth exceeded")
        return real(source, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(module, "parse", buggy)
    db = tmp_path / "a.sqlite"
    result = run("harvest", server.url(site.path), "--db", str(db), "--allow-private", "--delay", "0")
    assert result.exit_code == 1  # partial
    assert "the parser failed (RecursionError: maximum recursion depth exceeded)" in result.stderr
    assert "10 new posts" in result.stderr and "1 failures" in result.stderr and "Traceback" not in result.stderr
    with Archive(str(db)) as archive:
        failed = [c for c in archive.captures() if c["error"]]
    assert len(failed) == 1 and "page=2" in failed[0]["url"] and failed[0]["warc_file"]  # kept for a reparse


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An archive whose export is larger than a pipe holds (64 KiB), so a writer blocks in it."""
    db = tmp_path_factory.mktemp("filled") / "archive.sqlite"
    pages = sorted(str(p) for p in (ROOT / "fixtures/bbc-lx").glob("*.html"))
    assert run("import", *pages, "--db", str(db)).exit_code == 0
    return db


def liveblog(db: Path, *args: str, **popen: Any) -> subprocess.Popen[bytes]:
    command = [sys.executable, "-m", "archive", *args, "--db", str(db)]
    return subprocess.Popen(command, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)}, **popen)


QUERIES = [("posts", "--format", "jsonl"), ("search", "Labour", "--format", "csv"), ("export", "--format", "jsonl")]


@pytest.mark.parametrize("args", QUERIES)
def test_a_query_piped_into_a_reader_that_stops_early_says_nothing_and_exits_141(
    filled: Path, args: tuple[str]
) -> None:
    """`liveblog posts … | head -1`: no BrokenPipeError on the terminal, and not exit 1 ("some pages failed")."""
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader is gone before the first write
    try:
        proc = liveblog(filled, *args, stdout=write_end, stderr=subprocess.PIPE)
    finally:
        os.close(write_end)
    _, err = proc.communicate(timeout=60)
    assert (proc.returncode, err) == (141, b"")


@pytest.mark.parametrize(
    "args", [("--help",), ("--version",), ("posts", "--help"), ("posts", "--format", "table", "--db", "-")]
)
def test_help_version_and_tables_into_a_closed_pipe_exit_141_too(filled: Path, args: tuple[str, ...]) -> None:
    """Click's help and version and rich's table each meet a closed pipe on their own, and each said 1 ("some pages
    failed"): they exit as a query does."""
    args = tuple(str(filled) if arg == "-" else arg for arg in args)
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        proc = subprocess.Popen(
            [sys.executable, "-m", "archive", *args], cwd=ROOT, stdout=write_end, stderr=subprocess.PIPE,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        )  # fmt: skip
    finally:
        os.close(write_end)
    _, err = proc.communicate(timeout=60)
    assert (proc.returncode, err) == (141, b"")


@pytest.mark.parametrize("args", [QUERIES[0], QUERIES[2]])  # answers larger than the pipe: blocked, not done
def test_ctrl_c_while_a_query_writes_is_one_line_and_130(filled: Path, args: tuple[str]) -> None:
    proc = liveblog(filled, *args, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None and proc.stdout.read(1)  # writing, and soon blocked on the full pipe
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert (proc.returncode, err) == (130, b"liveblog: interrupted\n")


# Runs `liveblog export` in a process that, two rows into the file, says "ready" on stderr and waits on stdin (where
# a Ctrl-C finds it): an export to a file never blocks on its own, as one into a full pipe does.
EXPORT_PAUSED = """
import sys
import archive.api
from archive.cli import main

write_rows = archive.api.write_rows


def paused(rows, fmt, out, **kwargs):
    def rows_then_wait():
        for n, row in enumerate(rows):
            yield row
            if n == 1:
                out.flush()
                sys.stderr.write("ready\\n")
                sys.stderr.flush()
                sys.stdin.read()
    return write_rows(rows_then_wait(), fmt, out, **kwargs)


archive.api.write_rows = paused
main(sys.argv[1:], prog_name="liveblog")
"""


@pytest.mark.parametrize("earlier", [None, "an earlier export\n"])
def test_ctrl_c_during_an_export_to_a_file_leaves_no_half_file(
    filled: Path, tmp_path: Path, earlier: str | None
) -> None:
    """A half-written export looks like a whole one to whoever opens it next: Ctrl-C leaves no file (or the earlier
    export, untouched), and no hidden part file beside it."""
    out = tmp_path / "posts.csv"
    if earlier is not None:
        out.write_text(earlier)
    proc = subprocess.Popen(
        [sys.executable, "-c", EXPORT_PAUSED, "export", "--format", "csv", "--out", str(out), "--db", str(filled)],
        cwd=ROOT, stdin=subprocess.PIPE, stderr=subprocess.PIPE, env={**os.environ, "PYTHONPATH": str(ROOT)},
    )  # fmt: skip
    assert proc.stderr is not None and proc.stderr.readline() == b"ready\n"  # two rows written, the rest to come
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert (proc.returncode, err) == (130, b"liveblog: interrupted\n")
    assert [p.name for p in tmp_path.iterdir()] == ([] if earlier is None else ["posts.csv"])
    assert earlier is None or out.read_text() == earlier


def test_an_export_to_a_file_is_whole_and_keeps_the_earlier_files_permissions(filled: Path, tmp_path: Path) -> None:
    out = tmp_path / "posts.jsonl"
    out.write_text("old\n")
    out.chmod(0o640)
    proc = liveblog(filled, "export", "--out", str(out), stderr=subprocess.PIPE)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 0 and err.endswith(f"posts written to {out}\n".encode())
    assert len(out.read_text().splitlines()) == int(err.split()[0]) and out.stat().st_mode & 0o777 == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["posts.jsonl"]


def test_an_export_to_dev_stdout_or_through_a_link_writes_where_it_points(filled: Path, tmp_path: Path) -> None:
    proc = liveblog(filled, "export", "--out", "/dev/stdout", stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0 and len(out.splitlines()) == int(err.split()[0]) > 0
    (tmp_path / "link.jsonl").symlink_to(tmp_path / "posts.jsonl")
    assert liveblog(filled, "export", "--out", str(tmp_path / "link.jsonl")).wait(timeout=60) == 0
    assert (tmp_path / "link.jsonl").is_symlink() and (tmp_path / "posts.jsonl").read_bytes() == out
