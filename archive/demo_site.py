"""The bundled fixtures as a web site on 127.0.0.1, for `liveblog demo` (and tests that need a live page).

Each golden fixture ``fixtures/<family>/<case>.html`` knows the address it was saved from (the ``url`` of its
``<case>.expected.json``). The site answers at that address's path and query, and rewrites the original
origins in every body (``https://www.bbc.co.uk`` → ``http://127.0.0.1:PORT``) so that a page's own pagination
links lead back to the site, never out to the network. Plain-text copies (``.txt``) are not web pages: the
demo imports them as saved files instead. Deliberately broken cases (``broken/``) and cases expected to fail
are left out.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

import archive
from scraper.errors import UsageError

CONTENT_TYPES = {".html": "text/html; charset=utf-8", ".htm": "text/html; charset=utf-8"}
SAVED_COPY_SUFFIXES = (".txt",)
ROBOTS = b"User-agent: *\nAllow: /\n"
SKIPPED_DIRS = ("broken", "truth")


def fixtures_dir(package_file: str | None = None) -> Path:
    """``fixtures/`` beside the packages: there in a source checkout and after ``pip install -e .``."""
    root = Path(package_file or archive.__file__).resolve().parent.parent / "fixtures"
    if not root.is_dir():
        raise UsageError(
            f"the demo needs the bundled fixtures at {root}, which is missing; "
            "run it from a clone installed with `pip install -e .`"
        )
    return root


@dataclass(frozen=True)
class Case:
    """One golden fixture: its file, family and the address it was saved from."""

    path: Path
    family: str
    url: str
    next_url: str | None = None

    @property
    def route(self) -> str:
        parts = urlsplit(self.url)
        return (parts.path or "/") + (f"?{parts.query}" if parts.query else "")

    @property
    def origin(self) -> str:
        parts = urlsplit(self.url)
        return f"{parts.scheme}://{parts.netloc}"


def cases(root: Path) -> list[Case]:
    """Every fixture with a good expected file (a url, no expected error), sorted by family then name."""
    found = []
    for expected in sorted(root.glob("*/*.expected.json")):
        if expected.parent.name in SKIPPED_DIRS:
            continue
        doc = json.loads(expected.read_text(encoding="utf-8"))
        stem = expected.name.removesuffix(".expected.json")
        inputs = [p for p in expected.parent.glob(stem + ".*") if p.suffix in (*CONTENT_TYPES, *SAVED_COPY_SUFFIXES)]
        if doc.get("error") or not doc.get("url") or len(inputs) != 1:
            continue
        found.append(Case(inputs[0], expected.parent.name, doc["url"], (doc.get("page") or {}).get("next_url")))
    return found


def live_pages(web_cases: list[Case]) -> list[tuple[Case, int]]:
    """The first page of each live page among the cases, with how many pages the fixtures hold from it.

    A page is a first page when no other case's next link leads to it; the count follows next links while the
    fixtures have the page, so a harvest limited to it never asks the site for a page it does not have.
    """
    by_url = {case.url: case for case in web_cases}
    linked = {case.next_url for case in web_cases}
    out = []
    for case in web_cases:
        if case.url in linked:
            continue
        pages, current = 1, case
        while current.next_url in by_url and pages < len(web_cases):
            current = by_url[current.next_url]
            pages += 1
        out.append((case, pages))
    return out


@dataclass
class Site:
    """The routes the server answers: path?query → (body, content type)."""

    origin: str
    pages: dict[str, tuple[bytes, str]] = field(default_factory=dict)

    def add(self, case: Case, origins: set[str]) -> None:
        body = case.path.read_bytes()
        for old in sorted(origins, key=len, reverse=True):
            body = body.replace(old.encode(), self.origin.encode())
            body = body.replace(old.replace("/", "\\/").encode(), self.origin.replace("/", "\\/").encode())
        self.pages[case.route] = (body, CONTENT_TYPES[case.path.suffix])

    def url(self, case: Case) -> str:
        return self.origin + case.route


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def do_GET(self) -> None:  # noqa: N802 - the http.server hook name
        if self.path == "/robots.txt":
            self._send(200, ROBOTS, "text/plain")
            return
        page = self.server.site.pages.get(self.path)
        if page is None:
            self._send(404, b"not in the demo fixtures", "text/plain")
        else:
            self._send(200, *page)

    def _send(self, status: int, body: bytes, content_type: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the demo server is quiet
        pass


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    site: Site


@contextmanager
def serve(web_cases: list[Case]) -> Iterator[Site]:
    """Serve these cases on 127.0.0.1 at an ephemeral port, in a thread, for as long as the block runs."""
    server = _Server(("127.0.0.1", 0), _Handler)
    server.site = Site(f"http://127.0.0.1:{server.server_address[1]}")
    origins = {case.origin for case in web_cases}
    for case in web_cases:
        server.site.add(case, origins)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield server.site
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
