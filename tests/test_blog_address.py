"""One live page, one blog in the archive, whichever way its address was pasted into cron or feeds.toml: with a
trailing slash, a ``#fragment``, tracking parameters (``utm_*`` from a shared link) or the host in capitals."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from livesite import LiveSite
from localserver import LocalHTTPServer, serve

from archive.cli import main
from archive.names import blog_url

PAGE = "https://www.bbc.co.uk/news/live/uk-politics-65432100"


@pytest.mark.parametrize(
    "pasted",
    [
        PAGE + "/",
        PAGE + "#post-123",
        PAGE + "?utm_source=twitter&utm_medium=social&utm_campaign=results",
        PAGE + "?UTM_Source=newsletter",
        "https://WWW.BBC.CO.UK/news/live/uk-politics-65432100",
        PAGE + "/?utm_content=x&page=3#top",
        PAGE + "?at_medium=RSS&at_campaign=KARANGA",  # BBC's own share-link tags
        PAGE + "?fbclid=IwAR0abc",
        "https://www.bbc.co.uk:443/news/live/uk-politics-65432100",
    ],
)
def test_pasted_variants_of_one_address_are_one_blog(pasted: str) -> None:
    assert blog_url(pasted) == blog_url(PAGE)


def test_other_parameters_still_tell_pages_apart() -> None:
    assert blog_url(PAGE + "?lang=cy") != blog_url(PAGE)
    assert blog_url("http://127.0.0.1:8080/live") != blog_url("http://127.0.0.1/live")


@pytest.fixture
def server() -> Iterator[LocalHTTPServer]:
    yield from serve()


def test_harvests_of_pasted_variants_store_one_blog_without_duplicates(server: LocalHTTPServer, tmp_path: Path) -> None:
    site = LiveSite(page_size=4)
    site.add(10)
    site.serve(server)
    server.routes[site.path + "/"] = site.route  # the trailing-slash address answers as the page itself
    db = tmp_path / "archive.sqlite"
    base = server.url(site.path)
    for pasted in (base, base + "/", base + "#latest", base + "?utm_source=twitter&utm_medium=social"):
        args = ["harvest", pasted, "--db", str(db), "--allow-private", "--delay", "0", "--full"]
        result = CliRunner().invoke(main, args)
        assert result.exit_code == 0, result.output
    con = sqlite3.connect(db)
    try:
        assert con.execute("SELECT url FROM live_pages").fetchall() == [(blog_url(base),)]
        assert con.execute("SELECT count(*), count(DISTINCT post_id) FROM posts").fetchone() == (10, 10)
    finally:
        con.close()
