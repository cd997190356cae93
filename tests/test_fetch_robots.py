"""robots.txt kept per host: reused while fresh (an hour, or the server's max-age within limits), then revalidated
with a conditional request; kept in the archive across runs and `watch` polls. Failure rules as before."""

from __future__ import annotations

import random
import signal
from collections.abc import Iterator, Mapping
from dataclasses import replace
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
from scraper.errors import FetchError, RobotsDisallowed, RobotsUnreachable
from scraper.fetch import Fetcher, make_client
from scraper.fetch_robots import (
    DEFAULT_MAX_AGE,
    MAX_MAX_AGE,
    MIN_MAX_AGE,
    UNREACHABLE_RETRY,
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


def test_a_4xx_is_kept_too_and_a_5xx_on_revalidation_leaves_it_ruling_for_a_while() -> None:
    """RFC 9309 §2.4: while robots.txt is unreachable the copy held goes on, asked for again after a while."""
    site = Site(RobotsReply(404), FetchError("gave up: HTTP 503 after 3 tries", status=503), RobotsReply(200, RULES))
    cache = site.cache()
    cache.check("https://www.bbc.co.uk/private/x")  # no robots.txt: everything allowed
    site.now = T0 + timedelta(minutes=30)
    cache.check("https://www.bbc.co.uk/private/x")
    assert len(site.asked) == 1
    site.now = T0 + timedelta(hours=2)
    cache.check("https://www.bbc.co.uk/private/x")  # asked, unreachable: the 404's "everything allowed" stands
    site.now += timedelta(seconds=UNREACHABLE_RETRY - 1)
    cache.check(PAGE)
    assert len(site.asked) == 2  # not asked again meanwhile
    site.now += timedelta(seconds=1)
    with pytest.raises(RobotsDisallowed, match="disallows"):  # it answers again: its new rules rule
        cache.check("https://www.bbc.co.uk/private/x")
    assert len(site.asked) == 3


def test_an_unreachable_robots_with_a_copy_held_a_day_old_keeps_its_rules_and_validators() -> None:
    store = MemoryStore()
    site = Site(RobotsReply(200, RULES, etag='"r1"'), FetchError("ConnectError: connection refused"),
                RobotsReply(503), RobotsReply(304))  # fmt: skip
    site.cache(store).check(PAGE)
    site.now = T0 + timedelta(days=3)  # past the 24 hours, which RFC 9309 lifts while robots.txt is unreachable
    with pytest.raises(RobotsDisallowed, match="disallows"):
        site.cache(store).check("https://www.bbc.co.uk/private/x")  # a new process: the archived copy's rules
    held = store.entries[ROBOTS]
    assert (held.fetched_at, held.etag, held.error) == (T0, '"r1"', "ConnectError: connection refused")
    site.now += timedelta(seconds=UNREACHABLE_RETRY)
    site.cache(store).check(PAGE)  # a 503 (after the fetcher's retries): the copy again
    site.now += timedelta(seconds=UNREACHABLE_RETRY)
    site.cache(store).check(PAGE)
    assert site.asked == [{}, {"If-None-Match": '"r1"'}, {"If-None-Match": '"r1"'}, {"If-None-Match": '"r1"'}]
    assert store.entries[ROBOTS] == RobotsEntry(200, RULES, site.now, etag='"r1"')  # revalidated: fresh again


@pytest.mark.parametrize(
    "failure",
    [FetchError("gave up: HTTP 503 after 3 tries", status=503), FetchError("ConnectTimeout"), RobotsReply(429)],
)
def test_an_unreachable_robots_with_no_copy_disallows_everything_for_a_while(
    failure: FetchError | RobotsReply,
) -> None:
    """RFC 9309 §2.3.1.4: a 5xx or no answer (or a 429: pushback, not a missing file) means complete disallow."""
    store = MemoryStore()
    site = Site(failure, failure, RobotsReply(404))
    with pytest.raises(
        RobotsUnreachable, match=r"robots.txt at https://www.bbc.co.uk/robots.txt is unreachable .*answers$"
    ):
        site.cache().check(PAGE)  # `liveblog parse`: no store, so no promise about when a next run asks
    site.asked.clear()
    with pytest.raises(RobotsUnreachable, match=r"until it answers \(asked again after 09:05:00Z\)$"):
        site.cache(store).check(PAGE)
    site.now += timedelta(seconds=UNREACHABLE_RETRY - 1)
    with pytest.raises(RobotsDisallowed, match="nothing is fetched from this host until it answers"):
        site.cache(store).check(PAGE)  # another feed, another process: not asked again meanwhile
    assert len(site.asked) == 1
    site.now += timedelta(seconds=1)
    site.cache(store).check(PAGE)  # it answers 404: everything allowed
    assert len(site.asked) == 2


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


DATE = "Sat, 08 May 2021 09:00:00 GMT"


@pytest.mark.parametrize(
    ("cache_control", "expires", "seconds"),
    [
        (None, "Sat, 08 May 2021 11:00:00 GMT", 7200.0),  # Expires less Date
        (None, "Sat, 08 May 2021 09:01:00 GMT", MIN_MAX_AGE),
        (None, "Mon, 10 May 2021 09:00:00 GMT", MAX_MAX_AGE),
        (None, "0", MIN_MAX_AGE),  # unreadable: already expired
        (None, "Sat, 08 May 2021 08:00:00 GMT", MIN_MAX_AGE),  # in the past
        ("max-age=600", "Sat, 08 May 2021 11:00:00 GMT", 600.0),  # max-age wins (RFC 9111 §5.3)
        ("public", "Sat, 08 May 2021 11:00:00 GMT", 7200.0),
    ],
)
def test_expires_sets_how_long_when_max_age_does_not(cache_control: str | None, expires: str, seconds: float) -> None:
    assert max_age(cache_control, expires, DATE) == seconds


def test_expires_without_a_date_counts_from_the_fetch() -> None:
    site = Site(RobotsReply(200, RULES, expires="Sat, 08 May 2021 12:00:00 GMT"))
    cache = site.cache()
    site.now = T0 + timedelta(hours=1)  # fetched at 10:00, fresh until 12:00
    cache.check(PAGE)
    site.now += timedelta(seconds=7199)
    cache.check(PAGE)
    assert len(site.asked) == 1
    site.now += timedelta(seconds=1)
    cache.check(PAGE)
    assert len(site.asked) == 2


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


def test_a_fetcher_reads_expires_and_date_from_the_robots_response() -> None:
    clock = FakeClock()  # 2021-05-08 09:00 UTC
    config = FetchConfig(min_delay=0, jitter=0)
    headers = {"Content-Type": "text/plain", "Date": DATE, "Expires": "Sat, 08 May 2021 12:00:00 GMT"}
    with respx.mock(assert_all_called=False) as mock:
        robots = mock.get(ROBOTS).respond(200, text=RULES, headers=headers)
        mock.get(url__startswith=PAGE).respond(200, text="<html></html>", headers={"Content-Type": "text/html"})
        fetcher = Fetcher(make_client(config), config, clock=clock.clock(), resolve=lambda h, p: ["151.101.0.81"],
                          rng=random.Random(1))  # fmt: skip
        for minute in (0, 90, 179, 180):
            clock.t = 1000.0 + 60 * minute
            fetcher.fetch(f"{PAGE}?page={minute}")
        assert robots.call_count == 2  # three hours by Expires, not the default hour


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


def test_a_harvest_while_robots_is_down_uses_the_archived_copy_and_without_one_fetches_nothing(
    server: LocalHTTPServer, tmp_path: Path
) -> None:
    from archive.runs import harvest_feeds
    from archive.settings import Feed, Settings

    site = LiveSite(page_size=5)
    site.add(7)
    site.serve(server)
    down = lambda h: h.send_simple(503, b"down for maintenance", "text/plain")  # noqa: E731
    server.routes["/robots.txt"] = down
    settings = Settings(db=str(tmp_path / "a.sqlite"), delay=0, allow_private=True)
    feeds = [Feed(url=server.url(LiveSite.path)), Feed(url=server.url(LiveSite.path) + "?page=2")]
    with Archive(settings.db) as archive:
        outcome = harvest_feeds(archive, settings, feeds, max_tries=1)  # one try: no backoff wait
    assert outcome.exit_code == 4 and outcome.stats.new_posts == 0
    assert [path for path, _ in server.requests] == ["/robots.txt"]  # no page; the second feed did not ask again

    server.routes["/robots.txt"] = robots_with_validators
    robots = server.url("/robots.txt")
    with Archive(settings.db) as archive:
        archive.save_robots(robots, RobotsEntry(0, "", T0))  # the outage's record, long past
        assert harvest_feeds(archive, settings, feeds[:1], max_tries=1).exit_code == 0
        held = archive.load_robots(robots)
        assert held is not None and held.etag == '"robots-1"'
        archive.save_robots(robots, replace(held, fetched_at=held.fetched_at - timedelta(days=2)))
    server.routes["/robots.txt"] = down
    server.requests.clear()
    with Archive(settings.db) as archive:
        outcome = harvest_feeds(archive, settings, feeds[:1], max_tries=1, full=True)
    assert outcome.exit_code == 0 and outcome.stats.pages_fetched == 2, outcome.stats.line()
    assert robots_requests(server)[0].get("If-None-Match") == '"robots-1"'
