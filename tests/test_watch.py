"""`liveblog watch` as a real process against a real server on 127.0.0.1: polls, full passes, pushback, signals.

No sleeps: the test reads the watch's own -v lines (one per poll) and the server's request events.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from livesite import LiveSite
from localserver import Handler, LocalHTTPServer, serve

from archive import Archive

ROOT = Path(__file__).resolve().parent.parent
POLL = re.compile(
    r"poll (\d+) \((full pass|first pages)\): (\d+) pages fetched, (\d+) not modified .*; next in ([\d.]+)s"
)


@pytest.fixture
def server() -> Iterator[LocalHTTPServer]:
    yield from serve()


def start_watch(url: str, db: Path, *extra: str) -> subprocess.Popen[str]:
    args = ["watch", url, "--db", str(db), "--allow-private", "--delay", "0", "-v", *extra]
    return subprocess.Popen(
        [sys.executable, "-m", "archive", *args],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


def polls(proc: subprocess.Popen[str], count: int) -> list[tuple[int, str, int, int, float]]:
    """Read stderr until `count` poll lines have come; return them parsed."""
    assert proc.stderr is not None
    seen: list[tuple[int, str, int, int, float]] = []
    while len(seen) < count:
        line = proc.stderr.readline()
        assert line, "watch ended early"
        match = POLL.search(line)
        if match:
            n, kind, fetched, not_modified, wait = match.groups()
            seen.append((int(n), kind, int(fetched), int(not_modified), float(wait)))
    return seen


def stop(proc: subprocess.Popen[str], sig: signal.Signals) -> tuple[int, str]:
    proc.send_signal(sig)
    _, rest = proc.communicate(timeout=30)
    return proc.returncode, rest


def test_watch_polls_first_pages_between_full_passes_and_sigterm_exits_0(
    server: LocalHTTPServer, tmp_path: Path
) -> None:
    site = LiveSite(page_size=5)
    site.add(12)  # three pages
    site.serve(server)
    proc = start_watch(server.url(LiveSite.path), tmp_path / "w.sqlite", "--every", "20ms", "--full-every", "3")
    seen = polls(proc, 4)
    assert [(n, kind) for n, kind, *_ in seen] == [
        (1, "full pass"), (2, "first pages"), (3, "first pages"), (4, "full pass")
    ]  # fmt: skip
    assert seen[0][2:4] == (3, 0)  # the first full pass fetches all three pages
    assert seen[1][2:4] == (0, 1)  # then one conditional request for page 1: a 304
    assert seen[3][2:4] == (0, 3)  # the next full pass asks for every page, conditionally: three 304s
    code, rest = stop(proc, signal.SIGTERM)
    assert code == 0, rest
    assert re.search(r"liveblog watch: \d+ pages fetched, \d+ not modified \(304\), 12 new posts", rest), rest
    with Archive(str(tmp_path / "w.sqlite")) as archive:
        assert archive.counts()["posts"] == 12


def test_an_interval_shorter_than_the_delay_polls_at_the_delay(server: LocalHTTPServer, tmp_path: Path) -> None:
    """``--every 0`` must not poll as fast as the server answers: each poll's fetcher starts afresh, so the
    politeness delay is kept between polls by the interval itself."""
    site = LiveSite(page_size=5)
    site.add(3)
    site.serve(server)
    proc = start_watch(server.url(LiveSite.path), tmp_path / "w.sqlite", "--every", "0", "--delay", "0.05")
    seen = polls(proc, 2)
    assert [wait for *_, wait in seen] == [0.05, 0.05]
    code, rest = stop(proc, signal.SIGTERM)
    assert code == 0, rest


def test_sigint_mid_page_finishes_the_page_in_hand(server: LocalHTTPServer, tmp_path: Path) -> None:
    site = LiveSite(page_size=5)
    site.add(8)  # two pages; the signal comes while page 1 is in hand
    arrived, release = threading.Event(), threading.Event()

    def slow(h: Handler) -> None:
        arrived.set()
        release.wait(30)
        site.route(h)

    server.routes[LiveSite.path] = slow
    proc = start_watch(server.url(LiveSite.path), tmp_path / "w.sqlite", "--every", "1h")
    assert arrived.wait(30)
    proc.send_signal(signal.SIGINT)  # the page is in hand: the request is at the server
    release.set()
    _, rest = proc.communicate(timeout=30)
    assert proc.returncode == 0, rest
    assert "liveblog watch: 1 pages fetched, 0 not modified (304), 5 new posts" in rest
    with Archive(str(tmp_path / "w.sqlite")) as archive:
        assert archive.counts()["posts"] == 5  # page 1 stored, not dropped ...
    assert not [p for p in server.paths() if "page=2" in p]  # ... and no page begun after the signal


def test_watch_backs_off_while_the_server_pushes_back(server: LocalHTTPServer, tmp_path: Path) -> None:
    server.routes[LiveSite.path] = lambda h: h.send_simple(429, b"slow down", "text/plain", Retry_After="0")
    proc = start_watch(server.url(LiveSite.path), tmp_path / "w.sqlite", "--every", "10ms", "--max-backoff", "40ms")
    seen = polls(proc, 4)
    assert [wait for *_, wait in seen] == [0.02, 0.04, 0.04, 0.04]  # doubled, then held at --max-backoff
    code, rest = stop(proc, signal.SIGTERM)
    assert code == 0, rest
    total = len(seen) + len(POLL.findall(rest))  # polls that ended after we stopped reading
    assert server.paths().count(LiveSite.path) == total  # one request a poll: the next poll is the retry
    assert re.search(rf"liveblog watch: {total} pages fetched, .* {total} failures", rest), rest
