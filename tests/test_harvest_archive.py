"""The issue's "done when", end to end through `liveblog harvest` on a real SQLite archive: a 30-page live page
on 127.0.0.1 stored once; an unchanged re-run costs one conditional request and writes nothing; new posts and
one edit come in as exactly those posts and one revision; reparse from the WARC files changes nothing."""

from __future__ import annotations

import re
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from livesite import LiveSite, LxSite
from localserver import LocalHTTPServer, serve

from archive import Archive
from archive.cli import main


@pytest.fixture
def server() -> Iterator[LocalHTTPServer]:
    yield from serve()


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stderr


def counts(db: str) -> dict[str, int]:
    with Archive(db) as archive:
        return archive.counts()


def test_harvest_30_pages_then_304_then_only_the_changes(server: LocalHTTPServer, tmp_path: Path) -> None:
    site = LiveSite(page_size=5)
    site.add(150)
    site.serve(server)
    db, url = str(tmp_path / "a.sqlite"), server.url(site.path)
    harvest = ("harvest", url, "--db", db, "--allow-private", "--delay", "0")

    code, err = run(*harvest)
    assert code == 0, err
    assert "30 pages fetched, 0 not modified (304), 150 new posts, 0 edited posts, 150 new facts, 0 failures" in err
    first = counts(db)
    assert first["posts"] == 150 and first["captures"] == 30
    with Archive(db) as archive:
        assert sorted(p["post_id"] for p in archive.posts()) == sorted(p.urn for p in site.posts)

    server.requests.clear()
    code, err = run(*harvest)
    assert code == 0 and "0 pages fetched, 1 not modified (304)" in err
    assert [h.get("If-None-Match") is not None for _, h in server.requests if _ != "/robots.txt"] == [True]
    assert counts(db) == first

    site.add(3)
    site.posts[6].body += " Turnout was 34%."
    code, err = run(*harvest)
    assert code == 0 and "3 new posts, 1 edited posts" in err, err
    after = counts(db)
    assert after["posts"] == 153 and after["post_revisions"] == first["post_revisions"] + 3 + 1

    code, err = run("reparse", "--db", db)
    assert code == 0 and "0 new posts, 0 edited posts" in err, err
    assert counts(db) == after


def test_failed_page_is_recorded_and_a_page_that_cannot_be_stored_leaves_no_trace(
    server: LocalHTTPServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import archive.store
    from scraper.errors import ArchiveError

    site = LiveSite(page_size=5)
    site.add(20)
    site.serve(server)
    broken = site.route

    def route(h: object) -> None:
        if getattr(h, "path", "").endswith("?page=2"):
            h.send_simple(410, b"gone")  # type: ignore[attr-defined]  # not retried: no real backoff sleeps
        else:
            broken(h)  # type: ignore[arg-type]

    server.routes[site.path] = route
    db, url = str(tmp_path / "a.sqlite"), server.url(site.path)
    code, err = run("harvest", url, "--db", db, "--allow-private", "--delay", "0")
    assert code == 1 and "?page=2: HTTP 410 Gone" in err and "4 pages fetched" in err and "1 failures" in err, err
    assert counts(db)["posts"] == 15 and counts(db)["captures"] == 4  # 3 stored pages + the failure

    original = archive.store.ingest_page

    def ingest_then_fail(conn: object, page: object, **kw: object) -> object:
        original(conn, page, **kw)  # type: ignore[arg-type]
        raise ArchiveError("disk full", source=db)

    before = counts(db)
    site.add(5)
    monkeypatch.setattr(archive.store, "ingest_page", ingest_then_fail)
    code, err = run("harvest", url, "--db", db, "--allow-private", "--delay", "0", "--full")
    assert code == 5 and "disk full" in err
    assert counts(db) == before


class IdlessLxSite(LxSite):
    """An LX live page whose articles carry no id: the parser falls back to a hash of URL + title + time."""

    def render(self, number: int) -> bytes:
        return re.sub(rb' id="post_[0-9a-f]+"', b"", super().render(number))


def test_posts_without_ids_keep_one_id_as_they_slide_down_the_pages(server: LocalHTTPServer, tmp_path: Path) -> None:
    site = IdlessLxSite(page_size=5)
    site.add(12)
    site.serve(server)
    db = str(tmp_path / "a.sqlite")
    harvest = ("harvest", server.url(site.path), "--db", db, "--allow-private", "--delay", "0")
    assert run(*harvest)[0] == 0
    site.add(3)  # every older post moves down: page 1's last three onto /page/2, and so on
    code, err = run(*harvest, "--full")
    assert code == 0 and "3 new posts" in err, err
    with Archive(db) as archive:
        stored = archive.posts()
    assert len(stored) == 15 and all(p["post_id"].startswith("sha1:") for p in stored)
    assert sorted(p["title"] for p in stored) == sorted(p.title for p in site.posts)


def test_a_refused_connection_is_a_failure_not_a_page_fetched(tmp_path: Path) -> None:
    """Nothing listens on the port: the page never came back, so it is counted as a failure only."""
    from archive.runs import harvest_feeds
    from archive.settings import Feed, Settings

    with socket.socket() as sock:  # a port nobody listens on once closed
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    url = f"http://127.0.0.1:{port}{LiveSite.path}"
    settings = Settings(db=str(tmp_path / "a.sqlite"), delay=0, allow_private=True)
    with Archive(settings.db) as archive:
        outcome = harvest_feeds(archive, settings, [Feed(url=url)], max_tries=1)  # one try: no backoff wait
    stats = outcome.stats
    assert (stats.pages_fetched, stats.not_modified, stats.failures, outcome.exit_code) == (0, 0, 1, 4)
    assert stats.line().startswith("0 pages fetched, 0 not modified (304), 0 new posts, 0 edited posts")


def test_an_http_error_is_a_page_fetched_and_a_failure(server: LocalHTTPServer, tmp_path: Path) -> None:
    from archive.runs import harvest_feeds
    from archive.settings import Feed, Settings

    server.routes[LiveSite.path] = lambda h: h.send_simple(404, b"not here", "text/plain")
    settings = Settings(db=str(tmp_path / "a.sqlite"), delay=0, allow_private=True)
    with Archive(settings.db) as archive:
        outcome = harvest_feeds(archive, settings, [Feed(url=server.url(LiveSite.path))], max_tries=1)
    assert (outcome.stats.pages_fetched, outcome.stats.failures) == (1, 1)


def test_every_warc_byte_a_commit_can_point_to_is_fsynced_before_that_commit(
    server: LocalHTTPServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Power loss: a captures row that survives must find its WARC record on disk. So at each SQLite commit every
    WARC file must be fsynced up to its current size, and its name in the folder fsynced since it was made; the
    fsync must come once a page (one append each), not once a record."""
    import os

    from sqlalchemy import event
    from sqlalchemy.engine import Engine

    site = LiveSite(page_size=5)
    site.add(15)
    site.serve(server)
    db, folder = tmp_path / "a.sqlite", tmp_path / "warc"
    synced: dict[str, int] = {}  # WARC file -> its size when last fsynced
    listed: set[str] = set()  # the files the folder held when it was last fsynced
    commits: list[dict[str, int]] = []
    real_fsync = os.fsync

    def fsync(fd: int) -> None:
        real_fsync(fd)
        path = Path(os.readlink(f"/proc/self/fd/{fd}"))
        if path == folder:
            listed.update(p.name for p in folder.iterdir())
        elif path.parent == folder:
            synced[path.name] = os.fstat(fd).st_size
            fsyncs.append(path.name)

    def commit(_conn: object) -> None:
        on_disk = {p.name: p.stat().st_size for p in folder.glob("*.warc.gz")} if folder.is_dir() else {}
        assert {name: synced.get(name) for name in on_disk} == on_disk  # every byte written is fsynced
        assert set(on_disk) <= listed  # and every file's name
        commits.append(on_disk)

    fsyncs: list[str] = []
    monkeypatch.setattr(os, "fsync", fsync)
    event.listen(Engine, "commit", commit)
    try:
        code, err = run("harvest", server.url(site.path), "--db", str(db), "--allow-private", "--delay", "0")
    finally:
        event.remove(Engine, "commit", commit)
    assert code == 0, err
    assert len(fsyncs) == 3 == counts(str(db))["captures"]  # three pages: one fsync each
    assert any(commits) and len(synced) == 1
