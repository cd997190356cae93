"""Figure 5: `liveblog harvest` of a generated live page served from 127.0.0.1, as a process.

A first harvest of 50 pages (CPU seconds per page, beside the politeness delay that should bound it), a
repeat with nothing changed (conditional requests only: every page a 304; < 0.5 CPU s in all) and the peak
memory (max RSS) of a 1,000-page harvest (< 150 MB: streamed, not held). CPU and memory are the harvest
process's own (`os.wait4`), not the server's.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import threading
from collections import Counter
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

from benchmarks.measure import Figure, missing
from benchmarks.pages import webcore_page

NAME = "harvest"
ROOT = Path(__file__).resolve().parent.parent
PATH = "/news/live/uk-england-derbyshire-46694368"
LAST_MODIFIED = "Sat, 08 May 2021 09:00:00 GMT"
# What a harvest that finds nothing changed cannot avoid importing: the HTTP client, robots.txt, the CLI, and the
# scraper package (selectolax). SQLModel/SQLAlchemy and warcio load only when a page changed (archive.lazy).
IMPORT_FLOOR = "import httpx, selectolax.lexbor, protego, click"
# Everything a harvest that stores pages imports (the floor of the first harvest).
FULL_IMPORTS = "import httpx, sqlmodel, selectolax.lexbor, warcio, protego, click"


class LivePageServer:
    """A WebCore live page of `pages` pages (`?page=N`, 20 posts each) with ETag / Last-Modified and 304s."""

    def __init__(self, pages: int) -> None:
        self.pages = pages
        self.hits: Counter[int] = Counter()
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 (http.server's name)
                outer.handle(self)

            def log_message(self, *args: Any) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}{PATH}"

    def handle(self, req: BaseHTTPRequestHandler) -> None:
        parts = urlsplit(req.path)
        if parts.path == "/robots.txt":
            self._send(req, 200, b"User-agent: *\nAllow: /\n", "text/plain")
            return
        number = int(parse_qs(parts.query).get("page", ["1"])[0])
        if parts.path != PATH or not 1 <= number <= self.pages:
            self._send(req, 404, b"not found", "text/plain")
            return
        etag = f'"p{number}-v1"'
        if req.headers.get("If-None-Match") == etag or req.headers.get("If-Modified-Since") == LAST_MODIFIED:
            self.hits[304] += 1
            self._send(req, 304, b"", None, etag)
            return
        self.hits[200] += 1
        newest = datetime(2021, 5, 7, 23, 0, tzinfo=UTC) - timedelta(hours=3 * number)
        body = webcore_page(number, 20, page=number, total=self.pages, url=f"https://www.bbc.co.uk{PATH}?page={number}",
                            newest=newest).replace("https://www.bbc.co.uk" + PATH, self.url)  # fmt: skip
        self._send(req, 200, body.encode(), "text/html; charset=utf-8", etag)

    @staticmethod
    def _send(
        req: BaseHTTPRequestHandler, status: int, body: bytes, ctype: str | None, etag: str | None = None
    ) -> None:
        req.send_response(status)
        if ctype:
            req.send_header("Content-Type", ctype)
        if etag:
            req.send_header("ETag", etag)
            req.send_header("Last-Modified", LAST_MODIFIED)
        req.send_header("Content-Length", str(len(body)))
        req.end_headers()
        req.wfile.write(body)

    def __enter__(self) -> LivePageServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def harvest_options() -> list[str] | None:
    """Extra flags for a fast, local harvest, read from the click command; None when there is no harvest."""
    from archive.cli import main

    command = getattr(main, "all_commands", main.commands).get("harvest")
    if command is None:
        return None
    flags = {opt for param in command.params for opt in getattr(param, "opts", [])}
    opts = ["--allow-private"] if "--allow-private" in flags else []
    for flag in ("--delay", "--min-delay", "--host-delay"):
        if flag in flags:
            opts += [flag, "0"]
            break
    if "--full" in flags:
        opts.append("--full")
    return opts


# A child forked from this (large) process starts with this process's pages counted in its max RSS, so the
# command is forked from a small launcher instead, which reports the command's own CPU and max RSS.
_LAUNCHER = """
import json, os, sys
pid = os.fork()
if pid == 0:
    null = os.open(os.devnull, os.O_WRONLY)
    os.dup2(null, 1)
    os.dup2(null, 2)
    os.execv(sys.argv[1], sys.argv[1:])
_, status, usage = os.wait4(pid, 0)
print(json.dumps([os.waitstatus_to_exitcode(status), usage.ru_utime + usage.ru_stime, usage.ru_maxrss * 1024]))
"""


def run_measured(cmd: list[str]) -> tuple[int, float, int]:
    """Exit code, CPU seconds (user + sys) and max RSS in bytes of one command, as its own process."""
    out = subprocess.run([sys.executable, "-c", _LAUNCHER, *cmd], cwd=ROOT, capture_output=True, text=True,
                         check=True)  # fmt: skip
    code, cpu, rss = json.loads(out.stdout.splitlines()[-1])
    return int(code), float(cpu), int(rss)


def _harvest(server: LivePageServer, db: Path, opts: list[str]) -> tuple[int, float, int]:
    return run_measured([sys.executable, "-m", "archive", "harvest", server.url, "--db", str(db), *opts])


def run(quick: bool = False) -> list[Figure]:
    opts = harvest_options()
    if opts is None:
        return [missing(NAME, "50-page harvest CPU/page, repeat CPU, 1,000-page peak memory",
                        "`liveblog harvest` (issue 5)", "repeat < 0.5 CPU s; peak < 150 MB")]  # fmt: skip
    small, large = (3, 3) if quick else (50, 1_000)
    repeat_opts = [o for o in opts if o != "--full"]
    with tempfile.TemporaryDirectory() as tmp, LivePageServer(small) as server:
        code, cpu, rss = _harvest(server, Path(tmp) / "a.sqlite", opts)
        firsts = server.hits[200]
        server.hits.clear()
        code2, cpu2, _ = _harvest(server, Path(tmp) / "a.sqlite", repeat_opts)
        hits2 = dict(server.hits)
    code3, rss3, pages3 = code, rss, firsts
    if large > small:
        with tempfile.TemporaryDirectory() as tmp, LivePageServer(large) as server:
            code3, _cpu3, rss3 = _harvest(server, Path(tmp) / "b.sqlite", opts)
            pages3 = server.hits[200]
    figures = [
        Figure(NAME, f"first harvest of {small} pages: CPU s per page vs the 1 s politeness delay", "bound",
               cpu / max(firsts, 1), 1.0, "s", "default per-host delay", note=f"exit {code}; {firsts} pages fetched"),
        Figure(NAME, "repeat harvest, nothing changed: CPU s in all", "bound", cpu2, 0.5, "s", "target",
               note=f"exit {code2}; server saw {hits2}"),
        Figure(NAME, "repeat harvest, nothing changed: full (200) responses", "bound", hits2.get(200, 0), 0.0,
               "responses", "none allowed: conditional requests only"),
        Figure(NAME, f"peak memory (max RSS) of a {large}-page harvest", "bound", rss3, 150 * 2**20, "B", "target",
               note=f"exit {code3}; {pages3} pages served; {small}-page harvest {rss / 2**20:.0f} MiB"),
    ]  # fmt: skip
    if quick:  # the peers are processes too: a quick run (CI) skips them
        return figures
    floor = run_measured([sys.executable, "-c", IMPORT_FLOOR])
    full_imports = run_measured([sys.executable, "-c", FULL_IMPORTS])
    bare = run_measured([sys.executable, "-c", "import archive.cli"])
    return [
        *figures,
        Figure(NAME, "repeat harvest CPU vs importing the libraries a 304-only run needs (httpx, selectolax, protego, "
               "click)", "overhead", cpu2, floor[1], "s", "import floor"),
        Figure(NAME, "repeat harvest CPU vs importing every harvest library (+ sqlmodel, warcio)", "info", cpu2,
               full_imports[1], "s", "all imports"),
        Figure(NAME, f"{large}-page harvest max RSS vs `import archive.cli`", "info", rss3, bare[2], "B",
               "import archive.cli"),
    ]  # fmt: skip
