"""A redirect whose Location cannot be read as an address: one clear line and exit 4 at once, not four tries
reported as "connection closed mid-response (Invalid URL in location header: …)"."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from click.testing import CliRunner
from localserver import Handler, LocalHTTPServer, serve

from archive.cli import main


@pytest.fixture
def server() -> Iterator[LocalHTTPServer]:
    yield from serve()


@pytest.mark.parametrize("location", ["http://[::1", "https://www.bbc.co.uk:port/news/live/x"])
def test_a_redirect_to_an_unreadable_address_fails_once_and_says_so(server: LocalHTTPServer, location: str) -> None:
    def moved(h: Handler) -> None:
        h.send_simple(302, b"", Location=location)

    server.routes["/news/live/moved"] = moved
    result = CliRunner().invoke(main, ["parse", server.url("/news/live/moved"), "--allow-private"])
    assert result.exit_code == 4, result.output
    line = result.stderr
    assert line.count("\n") == 1 and server.url("/news/live/moved") in line, line
    assert "redirect" in line and "cannot be read" in line, line
    assert "connection closed" not in line and "tries" not in line, line
    assert server.paths().count("/news/live/moved") == 1  # a server's bad header is not retried
