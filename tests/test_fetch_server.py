"""Fetch faults that need a real socket, against an HTTP server on 127.0.0.1 started by each test."""

from __future__ import annotations

import gzip
import time
import tracemalloc
import zlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from localserver import FakeClock, Handler, LocalHTTPServer, serve

from scraper.config import FetchConfig
from scraper.errors import FetchError, RobotsDisallowed
from scraper.fetch import Capture, Fetcher, make_client
from scraper.fetch_retry import Clock

ROOT = Path(__file__).resolve().parent.parent
BBC_LX = "https://www.bbc.co.uk/news/live/uk-scotland-scotland-politics-56937520/page/3"
PAGE = b"<!doctype html><html><body><p>Derby result</p></body></html>"
MB = 1024 * 1024


@pytest.fixture
def server() -> Iterator[LocalHTTPServer]:
    yield from serve()


def fetch(server: LocalHTTPServer, path: str, clock: FakeClock | None = None, **settings: object) -> Capture:
    options: dict[str, object] = {"min_delay": 0, "allow_private": True, "jitter": 0, "max_tries": 3}
    config = FetchConfig(**(options | settings))  # type: ignore[arg-type]
    with make_client(config) as client:
        return Fetcher(client, config, clock=(clock or FakeClock()).clock()).fetch(server.url(path))


def failing_then(status_headers: list[tuple[int, dict[str, str]]]) -> object:
    """A route answering with each (status, headers) in turn, then the page."""
    answers = iter(status_headers)

    def route(h: Handler) -> None:
        status, headers = next(answers, (200, {}))
        h.send_simple(status, PAGE if status == 200 else b"busy", **headers)

    return route


def test_429_with_retry_after_then_200(server: LocalHTTPServer) -> None:
    server.routes["/live"] = failing_then([(429, {"Retry_After": "3"})])  # type: ignore[assignment]
    clock = FakeClock()
    cap = fetch(server, "/live", clock)
    assert cap.body == PAGE and server.paths().count("/live") == 2 and clock.sleeps == [3.0]


def test_503_then_200(server: LocalHTTPServer) -> None:
    server.routes["/live"] = failing_then([(503, {})])  # type: ignore[assignment]
    clock = FakeClock()
    cap = fetch(server, "/live", clock, backoff_base=0.5)
    assert cap.status == 200 and cap.body == PAGE and clock.sleeps == [0.5]


def send_part(h: Handler, promised: int, sent: bytes) -> None:
    h.send_response(200)
    h.send_header("Content-Type", "text/html")
    h.send_header("Content-Length", str(promised))
    h.end_headers()
    h.wfile.write(sent)


def test_connection_reset_mid_body_is_retried(server: LocalHTTPServer) -> None:
    calls = []

    def route(h: Handler) -> None:
        calls.append(1)
        if len(calls) == 1:
            send_part(h, len(PAGE), PAGE[:20])
            h.reset()
        else:
            h.send_simple(200, PAGE)

    server.routes["/live"] = route
    assert fetch(server, "/live").body == PAGE and len(calls) == 2


def test_connection_reset_every_time_fails_after_max_tries(server: LocalHTTPServer) -> None:
    def route(h: Handler) -> None:
        send_part(h, len(PAGE), PAGE[:20])
        h.reset()

    server.routes["/live"] = route
    with pytest.raises(FetchError, match="after 2 tries") as err:
        fetch(server, "/live", max_tries=2)
    assert err.value.source == server.url("/live")


def test_read_timeout(server: LocalHTTPServer) -> None:
    server.routes["/live"] = lambda h: server.release.wait(10) and None  # hold the socket, say nothing
    with pytest.raises(FetchError, match="read timeout.* after 2 tries"):
        fetch(server, "/live", read_timeout=0.1, max_tries=2)


def test_truncated_body_is_never_returned(server: LocalHTTPServer) -> None:
    def route(h: Handler) -> None:
        send_part(h, len(PAGE) + 500, PAGE)
        h.close_connection = True

    server.routes["/live"] = route
    with pytest.raises(FetchError, match="connection closed mid-response"):
        fetch(server, "/live")
    assert server.paths().count("/live") == 3


def stream(h: Handler, chunks: Iterator[bytes], length: int, **headers: str) -> None:
    h.send_response(200)
    h.send_header("Content-Type", "text/html")
    h.send_header("Content-Length", str(length))
    for name, value in headers.items():
        h.send_header(name, value)
    h.end_headers()
    try:
        for chunk in chunks:
            h.wfile.write(chunk)
    except OSError:  # the client hung up at its limit: that is the point
        h.close_connection = True


def gzip_bomb(size: int) -> bytes:
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)
    block = b"\0" * MB
    return b"".join(packer.compress(block) for _ in range(size // MB)) + packer.flush()


def refused_peak_memory(server: LocalHTTPServer, message: str) -> int:
    """Fetch /live with a 4 MB limit, expect a refusal, and return the peak memory traced meanwhile."""
    tracemalloc.start()
    try:
        with pytest.raises(FetchError, match=message):
            fetch(server, "/live", max_body=4 * MB)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_gzip_bomb_is_refused_after_decompression_with_little_memory(server: LocalHTTPServer) -> None:
    bomb = gzip_bomb(32 * MB)
    assert len(bomb) < 200 * 1024
    server.routes["/live"] = lambda h: stream(h, iter([bomb]), len(bomb), **{"Content-Encoding": "gzip"})
    assert refused_peak_memory(server, "after decompression") < 16 * MB


def test_gzip_page_is_decoded_and_wire_bytes_kept(server: LocalHTTPServer) -> None:
    packed = gzip.compress(PAGE)
    server.routes["/live"] = lambda h: stream(h, iter([packed]), len(packed), **{"Content-Encoding": "gzip"})
    cap = fetch(server, "/live")
    assert cap.body == PAGE and cap.wire_body == packed and cap.header("content-encoding") == "gzip"


def test_50_mb_page_is_refused_while_streaming_with_memory_low(server: LocalHTTPServer) -> None:
    block = b"x" * (64 * 1024)
    server.routes["/live"] = lambda h: stream(h, iter([block] * (50 * MB // len(block))), 50 * MB)
    assert refused_peak_memory(server, "larger than 4194304 bytes; refused while streaming") < 16 * MB
    assert server.paths().count("/live") == 1  # a size refusal is not retried


def test_redirect_to_another_host_is_refused(server: LocalHTTPServer) -> None:
    port = server.server_address[1]
    server.routes["/live"] = lambda h: h.send_simple(302, b"", Location=f"http://localhost:{port}/elsewhere")
    with pytest.raises(FetchError, match="localhost is not among the allowed hosts"):
        fetch(server, "/live")
    assert "/elsewhere" not in server.paths()


def test_redirect_loop_is_refused(server: LocalHTTPServer) -> None:
    server.routes["/a"] = lambda h: h.send_simple(301, b"", Location="/b")
    server.routes["/b"] = lambda h: h.send_simple(301, b"", Location="/a")
    with pytest.raises(FetchError, match="redirect loop"):
        fetch(server, "/a")
    assert server.paths().count("/a") == 1


def test_a_redirect_with_no_location_is_a_fetch_failure_not_an_empty_page(server: LocalHTTPServer) -> None:
    """It was returned as the page: its empty body then "input is empty" (exit 3) instead of a fetch failure (4)."""
    server.routes["/a"] = lambda h: h.send_simple(302, b"")
    with pytest.raises(FetchError, match="HTTP 302 redirect with no Location") as failure:
        fetch(server, "/a")
    assert failure.value.exit_code == 4


def test_redirect_within_the_host_is_followed(server: LocalHTTPServer) -> None:
    server.routes["/old"] = lambda h: h.send_simple(301, b"", Location="/live")
    server.routes["/live"] = lambda h: h.send_simple(200, PAGE)
    cap = fetch(server, "/old")
    assert cap.final_url == server.url("/live") and cap.body == PAGE


def test_robots_disallow(server: LocalHTTPServer) -> None:
    server.routes["/robots.txt"] = lambda h: h.send_simple(
        200, b"User-agent: liveblog\nDisallow: /live\n", "text/plain"
    )
    server.routes["/live"] = lambda h: h.send_simple(200, PAGE)
    with pytest.raises(RobotsDisallowed, match="disallows"):
        fetch(server, "/live")
    assert server.paths() == ["/robots.txt"]


def test_non_html_content_type(server: LocalHTTPServer) -> None:
    server.routes["/live"] = lambda h: h.send_simple(200, b"%PDF-1.4", "application/pdf")
    with pytest.raises(FetchError, match="application/pdf"):
        fetch(server, "/live")


def test_wrong_charset_header_is_corrected(server: LocalHTTPServer) -> None:
    body = "<p>Labour’s £5 pledge in Derby – café</p>".encode("cp1252")
    server.routes["/live"] = lambda h: h.send_simple(200, body, "text/html; charset=utf-8")
    cap = fetch(server, "/live")
    assert cap.charset == "cp1252" and "Labour’s £5" in cap.body.decode(cap.charset)


def test_refused_without_allow_private(server: LocalHTTPServer) -> None:
    server.routes["/live"] = lambda h: h.send_simple(200, PAGE)
    with pytest.raises(FetchError, match="--allow-private"):
        fetch(server, "/live", allow_private=False)
    assert server.paths() == []


def close_delimited(h: Handler, body: bytes) -> None:
    """A response whose end is marked only by closing the connection (no Content-Length, not chunked)."""
    h.send_response(200)
    h.send_header("Content-Type", "text/html; charset=utf-8")
    h.send_header("Connection", "close")
    h.end_headers()
    h.wfile.write(body)
    h.close_connection = True


def test_a_page_cut_short_by_a_closed_connection_without_length_is_retried(server: LocalHTTPServer) -> None:
    answers = iter([PAGE[:-20], PAGE[:30]])  # cut inside the body, then inside <body>; then whole
    server.routes["/live"] = lambda h: close_delimited(h, next(answers, PAGE + b"\n"))
    assert fetch(server, "/live").body == PAGE + b"\n"
    assert server.paths().count("/live") == 3

    server.routes["/cut"] = lambda h: close_delimited(h, PAGE[:-20])
    with pytest.raises(FetchError, match="connection closed mid-response.*before </html>.*after 3 tries"):
        fetch(server, "/cut")


def test_a_whole_close_delimited_page_is_kept_at_once(server: LocalHTTPServer) -> None:
    server.routes["/live"] = lambda h: close_delimited(h, PAGE.upper() + b"<!-- served by x -->")  # </HTML> ends it
    assert fetch(server, "/live").body == PAGE.upper() + b"<!-- served by x -->"
    assert server.paths().count("/live") == 1


def test_a_response_trickling_in_within_each_read_timeout_still_ends_at_the_response_timeout(
    server: LocalHTTPServer,
) -> None:
    body = PAGE * 400

    def trickle(h: Handler) -> None:  # a few bytes every 20 ms: never a read timeout, 10 s for the whole page
        h.send_response(200)
        h.send_header("Content-Type", "text/html")
        h.send_header("Content-Length", str(len(body)))
        h.end_headers()
        for start in range(0, len(body), 50):
            if server.release.wait(0.02):
                return
            h.wfile.write(body[start : start + 50])
            h.wfile.flush()

    server.routes["/live"] = trickle
    fake = FakeClock()
    clock = Clock(monotonic=time.monotonic, sleep=fake.sleep, now=fake.now)  # real elapsed time, no backoff sleeps
    config = FetchConfig(min_delay=0, allow_private=True, max_tries=2, read_timeout=1, response_timeout=0.3)
    started = time.monotonic()
    with make_client(config) as client, pytest.raises(FetchError, match=r"more than 0.3 s in all.* after 2 tries"):
        Fetcher(client, config, clock=clock).fetch(server.url("/live"))
    assert time.monotonic() - started < 5 and server.paths().count("/live") == 2


def test_a_utf8_page_with_one_stray_windows_byte_stays_utf8_and_parses(server: LocalHTTPServer) -> None:
    """One pasted Windows dash (0x96) in a UTF-8 page read the whole page as windows-1252: every curly quote of
    every post "â€™", and each a false revision of the post archived before. It reads as a browser reads it."""
    from scraper import parse

    page = (ROOT / "fixtures/bbc-lx/blind14-holyrood2021-page3.html").read_bytes()
    page = page.replace(b"Alba&#x27;s campaign song", "Alba\u2019s campaign song".encode())
    body = page.replace(b"</h1>", b" \x96 </h1>", 1)
    for content_type in ("text/html; charset=utf-8", "text/html"):
        server.routes["/live"] = lambda h, t=content_type: h.send_simple(200, body, t)  # type: ignore[misc]
        cap = fetch(server, "/live")
        assert cap.charset == "utf-8", content_type
        got = parse(cap.body, url=BBC_LX, charset=cap.charset, entities=False)
        want = parse(page, url=BBC_LX, entities=False)
        assert [p.to_dict() for p in got.posts] == [p.to_dict() for p in want.posts]
        assert "Alba\u2019s campaign song" in [p.title for p in got.posts]


def test_a_windows_1252_page_that_says_so_only_in_its_meta_is_read_as_windows_1252(server: LocalHTTPServer) -> None:
    body = '<html><head><meta charset="windows-1252"></head><p>Labour’s £5 – café</p></html>'.encode("cp1252")
    server.routes["/live"] = lambda h: h.send_simple(200, body, "text/html")
    cap = fetch(server, "/live")
    assert cap.charset == "cp1252" and "Labour’s £5 – café" in cap.body.decode(cap.charset)


def test_a_page_in_windows_1252_throughout_is_not_taken_for_utf8_with_stray_bytes(server: LocalHTTPServer) -> None:
    body = ("<p>Labour’s £5 pledge – café</p>" * 20).encode("cp1252")
    server.routes["/live"] = lambda h: h.send_simple(200, body, "text/html; charset=utf-8")
    assert fetch(server, "/live").charset == "cp1252"


def test_a_saved_copy_with_a_stray_byte_is_read_but_a_windows_1252_one_without_a_meta_is_still_refused() -> None:
    from scraper.errors import UnreadableInput
    from scraper.source import decode

    text = "<p>Labour’s gain – Darley</p>" * 5
    assert decode(text.encode() + b"<p>\x96</p>") == text + "<p>\ufffd</p>"
    with pytest.raises(UnreadableInput, match="not valid UTF-8 text"):
        decode(text.encode("cp1252"))


def test_a_200_with_an_empty_body_is_asked_for_again_and_then_a_fetch_failure(server: LocalHTTPServer) -> None:
    """An empty 200 (a cache's hiccup) is no page: retried like a 503, then a fetch failure (exit 4) naming it —
    not "input is empty" (exit 3, "not understood"), as if the page had been read."""
    answers = iter([b"", b" \n"])
    server.routes["/live"] = lambda h: h.send_simple(200, next(answers, PAGE))
    clock = FakeClock()
    assert fetch(server, "/live", clock, backoff_base=0.5).body == PAGE and clock.sleeps == [0.5, 1.0]
    server.routes["/empty"] = lambda h: h.send_simple(200, b"")
    with pytest.raises(FetchError, match="gave up: HTTP 200 with an empty body after 3 tries") as failure:
        fetch(server, "/empty")
    assert failure.value.exit_code == 4 and server.paths().count("/empty") == 3
