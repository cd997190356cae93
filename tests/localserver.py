"""A real HTTP server on 127.0.0.1 (ephemeral port) for fetch tests that need sockets, and a fake clock.

Routes map a path (with query) to a handler function that writes the response by hand, so a test can misbehave
exactly as it needs: hold the socket, reset it mid-body, send fewer bytes than it promised.
"""

from __future__ import annotations

import socket
import struct
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from scraper.fetch_retry import Clock

Route = Callable[["Handler"], None]


@dataclass
class FakeClock:
    """Monotonic time and wall time that only move when something sleeps."""

    t: float = 1000.0
    start: datetime = datetime(2021, 5, 8, 9, 0, tzinfo=UTC)
    sleeps: list[float] = field(default_factory=list)

    def monotonic(self) -> float:
        return self.t

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.t += seconds

    def now(self) -> datetime:
        return self.start + timedelta(seconds=self.t - 1000.0)

    def clock(self) -> Clock:
        return Clock(monotonic=self.monotonic, sleep=self.sleep, now=self.now)


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # headers and body go in separate writes: no 40 ms delayed-ACK stall
    server: LocalHTTPServer

    def do_GET(self) -> None:  # noqa: N802 - the http.server hook name
        self.server.requests.append((self.path, dict(self.headers.items())))
        route = self.server.routes.get(self.path) or self.server.routes.get(self.path.split("?", 1)[0])
        if route is None:
            self.send_simple(404, b"not found", "text/plain")
        else:
            route(self)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - quiet
        pass

    def send_simple(
        self, status: int, body: bytes, content_type: str = "text/html; charset=utf-8", **headers: str
    ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in headers.items():
            self.send_header(name.replace("_", "-"), value)
        self.end_headers()
        self.wfile.write(body)

    def reset(self) -> None:
        """Close the connection with a TCP RST (SO_LINGER 0) instead of a clean FIN."""
        self.wfile.flush()
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.connection.close()
        self.close_connection = True


class LocalHTTPServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), Handler)
        self.routes: dict[str, Route] = {}
        self.requests: list[tuple[str, dict[str, str]]] = []
        self.release = threading.Event()

    def handle_error(self, request: object, client_address: object) -> None:
        """A client killed mid-request (the crash tests SIGKILL harvests) is expected: no traceback for it."""
        import sys

        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)  # type: ignore[arg-type]

    def url(self, path: str = "/") -> str:
        return f"http://127.0.0.1:{self.server_address[1]}{path}"

    def paths(self) -> list[str]:
        return [p for p, _ in self.requests]


def serve() -> Iterator[LocalHTTPServer]:
    server = LocalHTTPServer()
    server.routes["/robots.txt"] = lambda h: h.send_simple(200, b"User-agent: *\nAllow: /\n", "text/plain")
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.release.set()
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
