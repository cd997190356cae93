"""The archive years later: a researcher re-parses an election night's archive after the parser improved, and
queries it by the names people type."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from livesite import LiveSite
from localserver import LocalHTTPServer, serve

from archive import Archive
from archive.cli import main
from archive.harvest import reparse
from archive.warc import WarcStore
from scraper.models import Page
from scraper.parse import parse


@pytest.fixture
def server() -> Iterator[LocalHTTPServer]:
    yield from serve()


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stderr


def improved(body: bytes, **options: Any) -> Page:
    """A parser that reads every post's body a little differently from the one that harvested."""
    page = parse(body, **options)
    for post in page.posts:
        post.body_text += " (read again)"
    return page


def test_reparse_reaches_posts_whose_last_sighting_is_no_pages_latest_capture(
    server: LocalHTTPServer, tmp_path: Path
) -> None:
    """Posts slide down the pages between runs, and a run stops at the first page that brought nothing new: a
    post last seen on page 2 of an earlier run sits on page 3 now, whose stored copy is older still."""
    site = LiveSite(page_size=5)
    site.add(15)
    site.serve(server)
    db, url = str(tmp_path / "a.sqlite"), server.url(site.path)
    harvest = ("harvest", url, "--db", db, "--allow-private", "--delay", "0", "--deep-every", "off")
    assert run(*harvest)[0] == 0
    site.add(5)
    code, err = run(*harvest)
    assert code == 0 and "5 new posts" in err, err
    with Archive(db) as archive:
        result = reparse(archive, WarcStore(tmp_path / "warc"), parse=improved)
        assert result.exit_code == 0 and result.counts.new == 0, result.line()
        bodies = {p["post_id"]: p["body_text"] for p in archive.posts()}
    assert len(bodies) == 20
    stale = sorted(post_id for post_id, body in bodies.items() if not body.endswith("(read again)"))
    assert stale == []
