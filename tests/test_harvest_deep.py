"""Deep walks: a harvest asks for every page again, conditionally, once the live page's last whole walk is
``deep_every`` old, so an edit or a removal on an old page is archived while pages 1–2 answer 304.

A real SQLite archive and a live page on 127.0.0.1 in each family (numbered pages, and the Guardian's next links,
which a deep walk reads from the stored copy of a page that answered 304); the clock is a `FakeClock` moved by
hand, shared by every run, so "30 minutes later" takes no time.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from livesite import GuardianSite, LiveSite, LxSite
from localserver import FakeClock, LocalHTTPServer, serve

from archive import Archive
from archive.harvest import Harvester, HarvestResult
from archive.warc import WarcStore
from scraper.config import FetchConfig
from scraper.fetch import Fetcher, make_client

FAMILIES = {"bbc-webcore": LiveSite, "bbc-lx": LxSite, "guardian": GuardianSite}
DEEP_EVERY = 30 * 60.0
NOON = datetime(2021, 5, 8, 12, 0, tzinfo=UTC)  # after every post's time: LX's times of day stay on one date


@pytest.fixture
def server() -> Iterator[LocalHTTPServer]:
    yield from serve()


@pytest.fixture(params=list(FAMILIES))
def site(request: pytest.FixtureRequest, server: LocalHTTPServer) -> LiveSite:
    """A five-page live page of each family."""
    live: LiveSite = FAMILIES[request.param](page_size=5)
    live.add(25)
    live.serve(server)
    return live


class Night:
    """Harvests of one live page into one archive, at times the test chooses."""

    def __init__(self, server: LocalHTTPServer, site: LiveSite, tmp_path: Path, deep_every: float | None) -> None:
        self.server, self.site, self.deep_every = server, site, deep_every
        self.db, self.warc = str(tmp_path / "a.sqlite"), tmp_path / "warc"
        self.clock = FakeClock(start=NOON)

    def later(self, minutes: float) -> None:
        self.clock.t += minutes * 60

    def harvest(self) -> HarvestResult:
        self.server.requests.clear()
        config = FetchConfig(min_delay=0, allow_private=True, jitter=0, max_tries=1)
        with make_client(config) as client, Archive(self.db) as archive:
            fetcher = Fetcher(client, config, clock=self.clock.clock())
            harvester = Harvester(archive, fetcher, WarcStore(self.warc), deep_every=self.deep_every)
            return harvester.harvest(self.server.url(self.site.path))

    def requests(self) -> list[dict[str, str]]:
        """The headers of each request for a page of the live page, in order."""
        return [headers for path, headers in self.server.requests if path.startswith(self.site.path)]

    def post(self, number: int) -> dict[str, object]:
        (post,) = (p for p in self.archived() if p["title"].startswith(f"Result {number}:"))
        return post

    def archived(self) -> list[dict[str, object]]:
        with Archive(self.db) as archive:
            return archive.posts()

    def captures(self) -> int:
        with Archive(self.db) as archive:
            return archive.counts()["captures"]


def outcomes(result: HarvestResult) -> list[str]:
    return [page.outcome for page in result.pages]


def test_an_edit_on_page_3_is_archived_by_the_first_run_after_the_interval(
    server: LocalHTTPServer, site: LiveSite, tmp_path: Path
) -> None:
    night = Night(server, site, tmp_path, DEEP_EVERY)
    first = night.harvest()
    assert outcomes(first) == ["stored"] * 5 and first.deep and first.whole  # a first walk is whole: recorded
    edited = site.chunk(3)[2]
    edited.body = edited.body.replace("votes.", "votes (corrected: the earlier figure was a typing error).")

    night.later(29)  # before the interval: page 1 answers 304 and the walk stops there, as ever
    early = night.harvest()
    assert outcomes(early) == ["not_modified"] and not early.deep and not early.whole
    assert len(night.requests()) == 1
    assert "corrected" not in str(night.post(edited.number)["body_text"])

    night.later(1)  # 30 minutes after the last whole walk: every page asked for, conditionally
    captures = night.captures()
    deep = night.harvest()
    assert deep.deep and deep.whole
    assert outcomes(deep) == ["not_modified", "not_modified", "stored", "not_modified", "not_modified"]
    assert all("If-None-Match" in headers for headers in night.requests())  # never an unconditional request
    assert len(night.requests()) == 5 and night.captures() == captures + 1  # a 304 writes nothing
    assert (deep.new_posts, deep.edited_posts) == (0, 1)
    assert "corrected" in str(night.post(edited.number)["body_text"])

    night.later(1)  # the deep walk was recorded: the next run is one conditional request again
    assert outcomes(night.harvest()) == ["not_modified"] and len(night.requests()) == 1


def test_a_post_removed_from_an_old_page_is_marked_deleted_by_the_deep_walk(
    server: LocalHTTPServer, tmp_path: Path
) -> None:
    site = LiveSite(page_size=5)
    site.add(25)
    site.serve(server)
    night = Night(server, site, tmp_path, DEEP_EVERY)
    night.harvest()
    removed = site.chunk(3)[2]
    site.posts.remove(removed)  # pages 3–5 change (the posts below move up); pages 1–2 do not

    night.later(10)
    night.harvest()
    assert night.post(removed.number)["deleted_at"] is None  # not looked at yet

    night.later(25)
    deep = night.harvest()
    assert outcomes(deep)[:3] == ["not_modified", "not_modified", "stored"] and deep.whole
    assert night.post(removed.number)["deleted_at"] is not None
    assert sum(1 for p in night.archived() if p["deleted_at"] is None) == 24


def test_without_deep_every_the_edit_waits_for_full(server: LocalHTTPServer, tmp_path: Path) -> None:
    site = LiveSite(page_size=5)
    site.add(25)
    site.serve(server)
    night = Night(server, site, tmp_path, None)
    night.harvest()
    site.chunk(3)[0].body += " Corrected."
    night.later(24 * 60)
    result = night.harvest()
    assert outcomes(result) == ["not_modified"] and not result.deep and not result.whole


def test_a_deep_walk_whose_stored_copy_is_gone_fetches_that_page_in_full_and_goes_on(
    server: LocalHTTPServer, tmp_path: Path
) -> None:
    site = GuardianSite(page_size=5)  # next links come from the page itself: without its copy, no next link
    site.add(25)
    site.serve(server)
    night = Night(server, site, tmp_path, DEEP_EVERY)
    night.harvest()
    shutil.rmtree(night.warc)  # the WARC files moved away (say, to long-term storage)
    night.later(30)
    deep = night.harvest()
    assert deep.whole and len(deep.pages) == 5
    # Each page: a conditional request (304), then, its copy unreadable, the page in full (and stored again).
    assert [h.get("If-None-Match") is None for h in night.requests()] == [False, True] * 5
    assert outcomes(deep) == ["stored"] * 5 and (deep.new_posts, deep.edited_posts) == (0, 0)


def test_the_walk_time_recorded_is_the_deep_walks_start(server: LocalHTTPServer, tmp_path: Path) -> None:
    site = LxSite(page_size=5)
    site.add(25)
    site.serve(server)
    night = Night(server, site, tmp_path, DEEP_EVERY)
    start = night.clock.now()
    night.harvest()
    with Archive(night.db) as archive:
        assert archive.walked_at(night.server.url(site.path) + "/page/4") == start  # any page names the live page
        archive.mark_walked(night.server.url(site.path), start - timedelta(hours=1))  # an older mark never wins
        assert archive.walked_at(night.server.url(site.path)) == start
