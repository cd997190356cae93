"""robots.txt kept per host: reused while fresh (an hour, or the server's max-age within limits), then revalidated
with a conditional request; kept in the archive across runs and `watch` polls. Failure rules as before."""

from __future__ import annotations

import random
import signal
from collections.abc import Iterator, Mapping
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest
import respx
from click.testing import CliRunner
from livesite import LiveSite
from localserver import FakeClock, Handler, LocalHTTPServer, serve
from test_watch import polls, start_watch, stop

from archive import Archive
from archive.cli import main
from archive.lazy import LazyArchive
from scraper.config import FetchConfig
from scraper.errors import FetchError
from scraper.fetch import Fetcher, make_client
from scraper.fetch_robots import (
    DEFAULT_MAX_AGE,
    MAX_MAX_AGE,
    MIN_MAX_AGE,
    RobotsCache,
    RobotsEntry,
    RobotsReply,
    max_age,
)

T0 = datetime(2021, 5, 8, 9, 0, tzinfo=UTC)
PAGE = "https://www.bbc.co.uk/news/live/uk-politics-1"
ROBOTS = "https://www.bbc.co.uk/robots.txt"
RULES = "User-agent: *\nDisallow: /private\n"


class Site:
    """A robots.txt endpoint as a function: its answer, the requests it saw, and a settable clock."""

    def __init__(self, *replies: RobotsReply | Exception) -> None:
        self.replies = list(replies)
        self.asked: list[dict[str, str]] = []
        self.now = T0

    def fetch(self, url: str, headers: Mapping[str, str]) -> RobotsReply:
        assert url == ROBOTS
        self.asked.append(dict(headers))
        reply = self.replies.pop(0) if len(self.replies) > 1 else self.replies[0]
        if isinstance(reply, Exception):
            raise reply
        return reply

    def cache(self, store: object = None) -> RobotsCache:
        return RobotsCache(self.fetch, now=lambda: self.now, store=store)  # type: ignore[arg-type]


class MemoryStore:
    def __init__(self) -> None:
        self.entries: dict[str, RobotsEntry] = {}

    def load_robots(self, url: str) -> RobotsEntry | None:
        return self.entries.get(url)

    def save_robots(self, url: str, entry: RobotsEntry) -> None:
        self.entries[url] = entry


def test_robots_is_reused_for_an_hour_then_revalidated_and_a_304_keeps_it() -> None:
    site = Site(RobotsReply(200, RULES, etag='"r1"', last_modified="Sat, 08 May 2021 08:00:00 GMT"),
                RobotsReply(304))  # fmt: skip
    cache = site.cache()
    cache.check(PAGE)
    site.now = T0 + timedelta(seconds=DEFAULT_MAX_AGE - 1)
    cache.check(PAGE + "?page=2")
    assert site.asked == [{}]  # fresh: not asked again
    site.now = T0 + timedelta(seconds=DEFAULT_MAX_AGE)
    with pytest.raises(FetchError, match="disallows"):
        cache.check("https://www.bbc.co.uk/private/x")  # the kept rules still rule after the 304
    assert site.asked[1] == {"If-None-Match": '"r1"', "If-Modified-Since": "Sat, 08 May 2021 08:00:00 GMT"}
    site.now += timedelta(seconds=DEFAULT_MAX_AGE - 1)  # the 304 made it fresh again, from its own time
    cache.check(PAGE)
    assert len(site.asked) == 2


def test_a_changed_robots_replaces_the_rules() -> None:
    site = Site(RobotsReply(200, "User-agent: *\nAllow: /\n", etag='"r1"'), RobotsReply(200, RULES, etag='"r2"'))
    cache = site.cache()
    cache.check("https://www.bbc.co.uk/private/x")
    site.now = T0 + timedelta(hours=2)
    with pytest.raises(FetchError, match="disallows"):
        cache.check("https://www.bbc.co.uk/private/x")
    assert site.asked == [{}, {"If-None-Match": '"r1"'}]


def test_a_4xx_is_kept_too_and_a_5xx_on_revalidation_fails_the_page_and_is_asked_again() -> None:
    site = Site(RobotsReply(404), FetchError("gave up: HTTP 503 after 3 tries", status=503), RobotsReply(404))
    cache = site.cache()
    cache.check("https://www.bbc.co.uk/private/x")  # no robots.txt: everything allowed
    site.now = T0 + timedelta(minutes=30)
    cache.check("https://www.bbc.co.uk/private/x")
    assert len(site.asked) == 1
    site.now = T0 + timedelta(hours=2)
    with pytest.raises(FetchError, match="503"):  # as without a copy: an unreachable robots.txt fails the page
        cache.check(PAGE)
    cache.check(PAGE)  # the stale copy was not taken as fresh: asked again
    assert len(site.asked) == 3


@pytest.mark.parametrize(
    ("header", "seconds"),
    [
        (None, DEFAULT_MAX_AGE),
        ("public, max-age=7200", 7200.0),
        ("max-age=10", MIN_MAX_AGE),
        ("max-age=31536000", MAX_MAX_AGE),
        ("no-cache", MIN_MAX_AGE),
        ("private, no-store", MIN_MAX_AGE),
        ("s-maxage=60", DEFAULT_MAX_AGE),
        ("public", DEFAULT_MAX_AGE),
    ],
)
def test_max_age_honours_the_server_within_limits(header: str | None, seconds: float) -> None:
    assert max_age(header) == seconds


def test_the_servers_max_age_sets_how_long_a_copy_serves() -> None:
    site = Site(RobotsReply(200, RULES, cache_control="max-age=7200"))
    cache = site.cache()
    cache.check(PAGE)
    site.now = T0 + timedelta(seconds=7199)
    cache.check(PAGE)
    site.now = T0 + timedelta(seconds=7200)
    cache.check(PAGE)
    assert site.asked == [{}, {}]  # no validators to send: asked again in full


def test_a_clock_gone_back_before_the_copy_asks_again() -> None:
    entry = RobotsEntry(200, RULES, T0)
    assert entry.fresh(T0) and not entry.fresh(T0 - timedelta(seconds=1))


def test_a_store_carries_copies_from_one_cache_to_the_next() -> None:
    store = MemoryStore()
    first = Site(RobotsReply(200, RULES, etag='"r1"'))
    first.cache(store).check(PAGE)
    later = Site(RobotsReply(304))
    later.now = T0 + timedelta(minutes=20)
    with pytest.raises(FetchError, match="disallows"):
        later.cache(store).check("https://www.bbc.co.uk/private/x")  # the stored rules, no request
    assert later.asked == []
    later.now = T0 + timedelta(hours=1, minutes=1)
    later.cache(store).check(PAGE)
    assert later.asked == [{"If-None-Match": '"r1"'}]
    assert store.entries[ROBOTS].fetched_at == later.now and store.entries[ROBOTS].text == RULES


@pytest.mark.parametrize("value", [None, "", "not json", "{}", '{"status": 200}', "[1, 2]"])
def test_an_unreadable_stored_copy_is_none(value: str | None) -> None:
    assert RobotsEntry.from_json(value) is None


def test_an_entry_round_trips_through_json() -> None:
    entry = RobotsEntry(200, RULES + "ü", T0, max_age=7200.0, etag='"r"', last_modified="Sat, 08 May 2021 08:00:00 GMT")
    assert RobotsEntry.from_json(entry.to_json()) == entry


def test_one_fetcher_over_two_hours_asks_for_robots_twice_the_second_time_conditionally() -> None:
    """`liveblog watch`'s fetchers, on a fake clock: the Fetcher hands its own clock to the cache."""
    clock = FakeClock()
    config = FetchConfig(min_delay=0, jitter=0)
    with respx.mock(assert_all_called=False) as mock:
        robots = mock.get(ROBOTS).mock(
            side_effect=[
                httpx.Response(200, text=RULES, headers={"Content-Type": "text/plain", "ETag": '"r1"'}),
                httpx.Response(304),
            ]
        )
        mock.get(url__startswith=PAGE).respond(200, text="<html></html>", headers={"Content-Type": "text/html"})
        fetcher = Fetcher(make_client(config), config, clock=clock.clock(), resolve=lambda h, p: ["151.101.0.81"],
                          rng=random.Random(1))  # fmt: skip
        for minute in range(0, 120, 10):
            clock.t = 1000.0 + 60 * minute
            fetcher.fetch(f"{PAGE}?page={minute}")
        assert robots.call_count == 2
        assert robots.calls[1].request.headers["If-None-Match"] == '"r1"'


# -- through the archive: across runs of `liveblog harvest` and polls of `liveblog watch` ------------------


@pytest.fixture
def server() -> Iterator[LocalHTTPServer]:
    yield from serve()


def robots_with_validators(h: Handler) -> None:
    if h.headers.get("If-None-Match") == '"robots-1"':
        h.send_response(304)
        h.send_header("ETag", '"robots-1"')
        h.send_header("Content-Length", "0")
        h.end_headers()
        return
    h.send_simple(200, b"User-agent: *\nAllow: /\n", "text/plain", ETag='"robots-1"')


def robots_requests(server: LocalHTTPServer) -> list[dict[str, str]]:
    return [headers for path, headers in server.requests if path == "/robots.txt"]


def test_harvest_runs_reuse_the_archived_robots_then_revalidate_it(server: LocalHTTPServer, tmp_path: Path) -> None:
    site = LiveSite(page_size=5)
    site.add(12)
    site.serve(server)
    server.routes["/robots.txt"] = robots_with_validators
    db = str(tmp_path / "a.sqlite")
    harvest = ["harvest", server.url(LiveSite.path), "--db", db, "--allow-private", "--delay", "0"]
    for _ in range(3):  # cron, every few minutes: robots.txt once
        result = CliRunner().invoke(main, harvest)
        assert result.exit_code == 0, result.stderr
    assert len(robots_requests(server)) == 1
    robots = server.url("/robots.txt")
    with Archive(db) as archive:
        held = archive.load_robots(robots)
        assert held is not None and held.etag == '"robots-1"' and "Allow" in held.text
        archive.save_robots(robots, RobotsEntry(held.status, held.text, held.fetched_at - timedelta(hours=2),
                                                etag=held.etag))  # fmt: skip  # two hours on
    result = CliRunner().invoke(main, harvest)
    assert result.exit_code == 0 and "0 pages fetched, 1 not modified (304)" in result.stderr, result.stderr
    asked = robots_requests(server)
    assert len(asked) == 2 and asked[1].get("If-None-Match") == '"robots-1"'  # conditional: answered 304
    with Archive(db) as archive:
        kept = archive.load_robots(robots)
        assert kept is not None and kept.fresh(datetime.now(UTC)) and kept.text == held.text
    CliRunner().invoke(main, harvest)
    assert len(robots_requests(server)) == 2  # fresh again


def test_the_lazy_archive_keeps_robots_as_the_archive_does_without_opening_it(tmp_path: Path) -> None:
    db = str(tmp_path / "a.sqlite")
    entry = RobotsEntry(200, RULES, T0, etag='"r"')
    with Archive(db) as archive:
        archive.save_robots(ROBOTS, entry)
    with LazyArchive(db) as lazy:
        assert lazy.load_robots(ROBOTS) == entry and lazy.load_robots(ROBOTS.replace("www.", "")) is None
        newer = RobotsEntry(200, RULES, T0 + timedelta(hours=1), etag='"r"')
        lazy.save_robots(ROBOTS, newer)  # a revalidation's write: sqlite3 only
        assert not lazy.opened
    with Archive(db) as archive:
        assert archive.load_robots(ROBOTS) == newer


def test_watch_asks_for_robots_once_over_many_polls(server: LocalHTTPServer, tmp_path: Path) -> None:
    site = LiveSite(page_size=5)
    site.add(12)
    site.serve(server)
    proc = start_watch(server.url(LiveSite.path), tmp_path / "w.sqlite", "--every", "10ms", "--full-every", "3")
    seen = polls(proc, 5)
    code, rest = stop(proc, signal.SIGTERM)
    assert code == 0, rest
    pages = [p for p, _ in server.requests if p.startswith(LiveSite.path)]
    assert len(seen) == 5 and len(pages) >= 5 + 2 * 2  # full passes walk three pages
    assert len(robots_requests(server)) == 1
