"""Harvests of a generated many-page live page served on 127.0.0.1: every post once, conditional re-runs,
failures that keep the rest, robots.txt, atomic pages, and WARC captures that re-parse to the same posts."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from livesite import FakeArchive, GuardianSite, LiveSite, LxSite
from localserver import FakeClock, Handler, LocalHTTPServer, serve
from warcio.archiveiterator import ArchiveIterator

from archive.harvest import Harvester, HarvestResult, reparse
from archive.warc import WarcStore
from scraper.config import FetchConfig
from scraper.errors import ArchiveError, ParseError
from scraper.fetch import Fetcher, make_client
from scraper.parse import parse

FAMILIES = {"bbc-webcore": LiveSite, "bbc-lx": LxSite, "guardian": GuardianSite}


@pytest.fixture
def server() -> Iterator[LocalHTTPServer]:
    yield from serve()


@pytest.fixture(params=list(FAMILIES))
def any_site(request: pytest.FixtureRequest, server: LocalHTTPServer) -> LiveSite:
    """A 30-page live page of each family."""
    live: LiveSite = FAMILIES[request.param](page_size=5)
    live.add(150)
    live.serve(server)
    return live


@pytest.fixture
def site(server: LocalHTTPServer) -> LiveSite:
    live = LiveSite(page_size=5)
    live.add(150)  # 30 pages
    live.serve(server)
    return live


@pytest.fixture
def archive() -> FakeArchive:
    return FakeArchive()


def harvest(
    server: LocalHTTPServer,
    archive: FakeArchive,
    warc: Path,
    *,
    full: bool = False,
    path: str = LiveSite.path,
    **settings: object,
) -> HarvestResult:
    options: dict[str, object] = {"min_delay": 0, "allow_private": True, "jitter": 0, "max_tries": 2}
    config = FetchConfig(**(options | settings))  # type: ignore[arg-type]
    with make_client(config) as client:
        fetcher = Fetcher(client, config, clock=FakeClock().clock())
        return Harvester(archive, fetcher, WarcStore(warc), full=full).harvest(server.url(path))


def stored_ids(archive: FakeArchive) -> list[str]:
    return sorted(post_id for _, post_id in archive.posts)


def page_requests(server: LocalHTTPServer, path: str = LiveSite.path) -> list[str]:
    return [p for p in server.paths() if p.startswith(path)]


def titles(archive: FakeArchive) -> list[str]:
    return sorted(str(row["post"].title) for row in archive.posts.values())


def test_30_pages_once_then_304_then_only_what_changed(
    server: LocalHTTPServer, any_site: LiveSite, archive: FakeArchive, tmp_path: Path
) -> None:
    site, path = any_site, any_site.path
    first = harvest(server, archive, tmp_path, path=path)
    assert first.exit_code == 0 and first.count("stored") == 30 and first.new_posts == 150, first.line()
    assert titles(archive) == sorted(p.title for p in site.posts)
    # A first harvest asks for each page once: no page is asked again after the walk (`Harvester._recheck`) before
    # page 1 has been stored with its validators.
    assert len(archive.rows) == 30 and len(page_requests(server, path)) == 30
    assert sum(1 for _ in WarcStore(tmp_path).captures()) == 30

    server.requests.clear()
    again = harvest(server, archive, tmp_path, path=path)
    assert again.exit_code == 0 and again.count("not_modified") == 1 and again.count("stored") == 0
    assert [h.get("If-None-Match") is not None for p, h in server.requests if p.startswith(path)] == [True]
    assert len(archive.rows) == 30 and sum(1 for _ in WarcStore(tmp_path).captures()) == 30

    added = site.add(3)
    site.posts[4].body += " Turnout was 34%."  # an edit on page 1
    third = harvest(server, archive, tmp_path, path=path)
    assert third.exit_code == 0 and (third.new_posts, third.edited_posts) == (3, 1), third.line()
    assert third.count("stored") == 2  # page 1 brought news; page 2 held only archived posts: stop
    assert len(archive.posts) == 153 and {p.title for p in added} <= set(titles(archive))
    assert [r["revisions"] for r in archive.posts.values()].count(2) == 1


def test_full_walks_every_page_without_conditional_requests(
    server: LocalHTTPServer, site: LiveSite, archive: FakeArchive, tmp_path: Path
) -> None:
    harvest(server, archive, tmp_path, max_pages=3)
    assert len(archive.posts) == 15
    server.requests.clear()
    result = harvest(server, archive, tmp_path, full=True)
    assert result.count("stored") == 30 and result.new_posts == 135 and len(archive.posts) == 150
    walk = [h for p, h in server.requests if p.startswith(LiveSite.path)][:30]
    assert not any("If-None-Match" in h for h in walk)  # the pages read again after the walk are conditional


def test_posts_pushed_down_while_walking_are_kept_once(
    server: LocalHTTPServer, any_site: LiveSite, archive: FakeArchive, tmp_path: Path
) -> None:
    site = any_site

    def breaking_news(number: int) -> None:
        if number == 10 and site.on_request is not None:
            site.on_request = None
            site.add(7)  # pushes 7 posts onto the next pages, and one more page at the end

    site.on_request = breaking_news
    result = harvest(server, archive, tmp_path, path=site.path)
    assert result.exit_code == 0 and result.count("stored") == 32, result.line()
    # every post that existed when the walk began, once; the 7 new ones on page 1 are for the next run (a first
    # harvest asks for no page again after its walk)
    assert titles(archive) == sorted(p.title for p in site.posts[7:])
    assert len(archive.posts) == 150 and result.new_posts == 150


class BareSite(LiveSite):
    """The same pages sent whole every time, with no ETag or Last-Modified to ask for them conditionally."""

    def route(self, h: Handler) -> None:
        number = self.number(h.path)
        if number > self.total:
            h.send_simple(404, b"no such page")
            return
        h.send_simple(200, self.render(number))


def test_a_server_without_validators_is_never_asked_for_a_page_twice_in_a_run(
    server: LocalHTTPServer, archive: FakeArchive, tmp_path: Path
) -> None:
    site = BareSite(page_size=5)
    site.add(20)
    site.serve(server)
    assert harvest(server, archive, tmp_path).new_posts == 20
    site.add(12)  # new posts on pages 1-3: each page's next one brings new posts
    server.requests.clear()
    result = harvest(server, archive, tmp_path)
    assert result.new_posts == 12 and len(archive.posts) == 32, result.line()
    asked = page_requests(server)
    assert len(asked) == len(set(asked)), asked  # a recheck would be a whole page again


def test_a_failing_page_keeps_the_others_and_exits_1(
    server: LocalHTTPServer, site: LiveSite, archive: FakeArchive, tmp_path: Path
) -> None:
    def route(h: Handler) -> None:
        if h.path.endswith("?page=3"):
            h.send_simple(503, b"busy")
        else:
            site.route(h)

    server.routes[LiveSite.path] = route
    result = harvest(server, archive, tmp_path)
    assert result.exit_code == 1 and result.count("failed") == 1 and result.count("stored") == 29
    missing = {p.urn for p in site.posts[10:15]}
    assert {i for _, i in archive.posts} == {p.urn for p in site.posts} - missing  # page 3's posts, no others
    failed = [c for c in archive.rows if c.get("error")]
    assert len(failed) == 1 and failed[0]["status"] == 503 and "page=3" in failed[0]["url"]
    assert "503" in failed[0]["error"] and "2 tries" in failed[0]["error"]
    assert result.line().endswith("1 failures; run again with --full to fetch the failed pages")


def test_a_live_page_given_by_an_address_that_redirects_is_walked_from_where_it_landed(
    server: LocalHTTPServer, any_site: LiveSite, archive: FakeArchive, tmp_path: Path
) -> None:
    """A moved live page: its old address answers 301 for any page number (as a retired URL does), so page 2 is
    the new address's page 2, not the old one's ``?page=2`` (which would just land on page 1 again)."""
    server.routes["/news/live/old-address"] = lambda h: h.send_simple(301, b"", Location=server.url(any_site.path))
    result = harvest(server, archive, tmp_path, path="/news/live/old-address")
    assert result.exit_code == 0 and result.count("stored") == 30 and result.new_posts == 150, result.line()
    assert not any(p.startswith("/news/live/old-address") and p != "/news/live/old-address" for p in server.paths())


def test_each_page_is_reported_as_the_walk_leaves_it(
    server: LocalHTTPServer, site: LiveSite, archive: FakeArchive, tmp_path: Path
) -> None:
    """What the terminal's page counter advances on: every page, failed ones too, in walk order."""
    server.routes[LiveSite.path] = lambda h: (
        h.send_simple(503, b"busy") if h.path.endswith("?page=3") else site.route(h)
    )
    config = FetchConfig(min_delay=0, allow_private=True, jitter=0, max_tries=1)
    seen: list[tuple[str, str]] = []
    with make_client(config) as client:
        fetcher = Fetcher(client, config, clock=FakeClock().clock())
        harvester = Harvester(archive, fetcher, WarcStore(tmp_path), on_page=lambda p: seen.append((p.url, p.outcome)))
        result = harvester.harvest(server.url(LiveSite.path))
    assert seen == [(p.url, p.outcome) for p in result.pages] and len(seen) == 30
    assert [outcome for _, outcome in seen].count("failed") == 1


def test_robots_disallow_exits_4_and_writes_nothing(
    server: LocalHTTPServer, site: LiveSite, archive: FakeArchive, tmp_path: Path
) -> None:
    server.routes["/robots.txt"] = lambda h: h.send_simple(200, b"User-agent: *\nDisallow: /news/\n", "text/plain")
    result = harvest(server, archive, tmp_path)
    assert result.exit_code == 4 and "robots.txt" in result.line()
    assert archive.rows == [] and archive.posts == {} and page_requests(server) == []


def test_unparseable_page_is_recorded_and_kept_for_reparse(
    server: LocalHTTPServer, site: LiveSite, archive: FakeArchive, tmp_path: Path
) -> None:
    def route(h: Handler) -> None:
        if "page=2" in h.path:
            h.send_simple(200, b"<html><body><p>Sorry, the live page is unavailable</p></body></html>")
        else:
            site.route(h)

    server.routes[LiveSite.path] = route
    result = harvest(server, archive, tmp_path, max_pages=3)
    assert result.exit_code == 1 and [p.outcome for p in result.pages] == ["stored", "failed", "stored"]
    failed = [c for c in archive.rows if c.get("error")]
    assert len(failed) == 1 and failed[0]["warc_file"] and failed[0]["status"] == 200


def test_a_page_whose_storing_fails_leaves_the_archive_as_before(
    server: LocalHTTPServer, site: LiveSite, archive: FakeArchive, tmp_path: Path
) -> None:
    archive.fail_ingest = lambda page: page.page.number == 2
    with pytest.raises(ArchiveError, match="disk full"):
        harvest(server, archive, tmp_path)
    assert len(archive.posts) == 5 and len(archive.rows) == 1  # page 1 only; nothing of page 2


def test_warc_files_read_back_with_warcio_and_reparse_to_the_same_posts(
    server: LocalHTTPServer, site: LiveSite, archive: FakeArchive, tmp_path: Path
) -> None:
    harvest(server, archive, tmp_path)
    seen: list[str] = []
    for path in sorted(tmp_path.glob("*.warc.gz")):
        with path.open("rb") as stream:
            for record in ArchiveIterator(stream):
                if record.rec_type == "response":
                    body, url = record.content_stream().read(), record.rec_headers.get_header("WARC-Target-URI")
                    page = parse(body, url=url, entities=False)
                    seen += [p.post_id for p in page.posts]
    assert sorted(seen) == stored_ids(archive)

    fresh = FakeArchive()
    fresh.rows = [dict(row) for row in archive.rows]  # the captures index, but no posts: all from the WARC files
    steps: list[tuple[int, int]] = []  # what the terminal's progress bar is given
    result = reparse(fresh, WarcStore(tmp_path), on_capture=lambda done, total: steps.append((done, total)))
    assert result.exit_code == 0 and result.captures == 30 and result.counts.new == 150
    assert steps == [(done, 30) for done in range(30)]
    assert {k: v["hash"] for k, v in fresh.posts.items()} == {k: v["hash"] for k, v in archive.posts.items()}
    again = reparse(archive, WarcStore(tmp_path), blog=server.url(LiveSite.path) + "?page=4")
    assert (again.captures, again.counts.new, again.counts.revised, again.counts.unchanged) == (30, 0, 0, 150)
    assert len(archive.rows) == 30  # the same captures rows, not new ones


def test_robots_txt_forbidding_a_later_page_keeps_the_earlier_ones_and_is_partial(
    server: LocalHTTPServer, site: LiveSite, archive: FakeArchive, tmp_path: Path
) -> None:
    """CONTRACT.md's 1 (some failed, the rest kept), not 4: robots.txt stopped the walk after two pages stored."""
    server.routes["/robots.txt"] = lambda h: h.send_simple(200, b"User-agent: *\nDisallow: /*page=3$\n", "text/plain")
    result = harvest(server, archive, tmp_path)
    assert [p.outcome for p in result.pages] == ["stored", "stored"] and result.blocked is not None
    assert result.exit_code == 1 and "disallows" in result.line() and len(archive.posts) == 10


def test_reparse_is_partial_when_some_captures_fail_and_says_why_when_all_do(
    server: LocalHTTPServer, site: LiveSite, archive: FakeArchive, tmp_path: Path
) -> None:
    harvest(server, archive, tmp_path, max_pages=3)

    def failing(pages: set[int]) -> Any:
        def parse_or_fail(body: bytes, **options: Any) -> Any:
            page = parse(body, **options)
            if page.page.number in pages:
                raise ParseError("no posts found", source=options["url"])
            return page

        return parse_or_fail

    some = reparse(archive, WarcStore(tmp_path), parse=failing({2}))
    assert (some.captures, len(some.failures), some.exit_code) == (3, 1, 1)
    every = reparse(archive, WarcStore(tmp_path), parse=failing({1, 2, 3}))
    assert (every.captures, len(every.failures), every.exit_code) == (3, 3, 3)  # input not understood, as parse
