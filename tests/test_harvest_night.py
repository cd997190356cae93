"""An election night of cron harvests, end to end: a BBC live page on 127.0.0.1 (WebCore ``?page=N`` and LX
``/page/N``, newest first, five posts a page) changes between runs and during them as results nights do, and after
every run the archive is held against the server's ground truth.

The night: new posts at the top pushing older ones onto later pages (also while a walk is under way), a pinned
post, an edit with corrected figures, posts taken down (pulling the later ones back a page, also mid-walk), a 503
with Retry-After, a 429 that outlasts the retries, a page that times out once, the whole site down, and the page
count growing from 3 to past 12. Runs are what cron makes of ``liveblog harvest --deep-every …``: the same
`Harvester`, the note a run with failed pages leaves (`failure_note`) making the next one walk every page.
The clock is a `FakeClock`: five minutes pass between runs and two seconds per request, and nothing sleeps.

After each run: every post on the site from the run's start to its end is archived, once (by post_id); no post
is archived that the site never served; none is marked deleted that was not taken down; after a run that walked
every page, each post's text is the site's latest and each post taken down is marked deleted (unless it sat
between two pages: the deletion rule needs both its neighbours on one page); revisions only where the text
changed; no fact twice; the summary's new and edited counts are what the archive gained; exit codes as
CONTRACT.md says (1 partial, 4 nothing fetched).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

import pytest
from livesite import LivePost, LiveSite, LxSite, etag_of, send_conditional
from localserver import FakeClock, Handler, LocalHTTPServer, serve

from archive import Archive
from archive.cli_harvest import failure_note
from archive.harvest import Harvester, HarvestResult
from archive.runs import FACT_TABLES
from archive.warc import WarcStore
from scraper.config import FetchConfig
from scraper.fetch import Fetcher, make_client


class Pinning:
    """A live page that can pin a post on top of its first page (above the five of the stream)."""

    pinned: LivePost | None = None

    def chunk(self, number: int) -> list[LivePost]:
        posts: list[LivePost] = super().chunk(number)  # type: ignore[misc]
        return [self.pinned, *posts] if number == 1 and self.pinned is not None else posts


class WebCoreNight(Pinning, LiveSite):
    pass


class LxNight(Pinning, LxSite):
    pass


FAMILIES: dict[str, type[LiveSite]] = {"bbc-webcore": WebCoreNight, "bbc-lx": LxNight}
PAGE_SIZE = 5
RUN_EVERY = timedelta(minutes=5)  # cron's */5
REQUEST_TAKES = timedelta(seconds=2)  # wall time per request (the monotonic clock, timeouts' clock, stands still)


@pytest.fixture
def server() -> Iterator[LocalHTTPServer]:
    yield from serve()


class Night:
    """The live page, what happens to it, and the cron runs that harvest it into one archive."""

    def __init__(self, server: LocalHTTPServer, site: LiveSite, tmp_path: Path, deep_every: float | None) -> None:
        self.server, self.site, self.deep_every = server, site, deep_every
        self.db, self.warc = str(tmp_path / "night.sqlite"), tmp_path / "warc"
        self.clock = FakeClock(start=datetime(2021, 5, 8, 0, 0, tzinfo=UTC))
        self.during: dict[int, Callable[[], object]] = {}  # page number -> done just before that page is served
        self.faults: dict[int, list[str]] = {}  # page number -> how its next requests fail
        self.ever: dict[str, LivePost] = {}  # every post ever published, by post_id, as it is now
        self.deleted: set[str] = set()
        self.modified: dict[int, tuple[str, str]] = {}  # page number -> (ETag, Last-Modified)
        self.note: str | None = None  # what the lock file would carry to the next run
        site.serve(server)
        for path, route in list(server.routes.items()):
            if route == site.route:
                server.routes[path] = self.route

    # the site

    def post_id(self, post: LivePost) -> str:
        return f"post_{post.number:024x}" if isinstance(self.site, LxSite) else post.urn

    def add(self, count: int) -> None:
        for post in self.site.add(count):
            self.ever[self.post_id(post)] = post

    def delete(self, post: LivePost) -> None:
        self.site.posts.remove(post)
        if getattr(self.site, "pinned", None) is post:
            self.site.pinned = None  # type: ignore[attr-defined]
        self.deleted.add(self.post_id(post))

    def edit(self, post: LivePost, note: str) -> None:
        post.body = post.body.replace("votes.", f"votes ({note}).")

    def live(self) -> set[str]:
        return {self.post_id(p) for p in self.site.posts}

    def route(self, h: Handler) -> None:
        number = self.site.number(h.path)
        self.clock.start += REQUEST_TAKES
        if (change := self.during.pop(number, None)) is not None:
            change()
        fault = self.faults[number].pop(0) if self.faults.get(number) else None
        if fault in ("503", "429"):
            h.send_simple(int(fault), b"busy", "text/plain", Retry_After="120")
            return
        if fault == "timeout":
            h.server.release.wait(1.0)  # says nothing until the client has given up
            return
        if number > self.site.total:
            h.send_simple(404, b"no such page")
            return
        body = self.site.render(number)
        etag = etag_of(body)
        if self.modified.get(number, ("",))[0] != etag:
            self.modified[number] = (etag, format_datetime(self.clock.now(), usegmt=True))
        send_conditional(h, body, etag, Last_Modified=self.modified[number][1])

    # the runs

    def harvest(self) -> tuple[HarvestResult, set[str]]:
        """One cron run; the result, and the posts on the site from its start to its end."""
        before = self.live()
        config = FetchConfig(min_delay=0, allow_private=True, jitter=0, read_timeout=0.2)
        with make_client(config) as client, Archive(self.db) as archive:
            fetcher = Fetcher(client, config, clock=self.clock.clock())
            harvester = Harvester(
                archive, fetcher, WarcStore(self.warc), full=self.note is not None, deep_every=self.deep_every
            )
            result = harvester.harvest(self.server.url(self.site.path))
        self.note = failure_note(result.count("failed"), self.note)
        self.clock.start += RUN_EVERY
        return result, before & self.live()

    # the truth

    def neighbours_apart(self, post_id: str) -> bool:
        """Whether the posts either side of a deleted post are on different pages (or it has no older one)."""
        number = self.ever[post_id].number
        order = [p.number for p in self.site.posts]
        newer = [n for n in order if n > number]
        older = [n for n in order if n < number]
        if not newer or not older:
            return True
        return order.index(min(newer)) // PAGE_SIZE != order.index(max(older)) // PAGE_SIZE

    def problems(self, result: HarvestResult, throughout: set[str], deleted_before: set[str]) -> list[str]:
        con = sqlite3.connect(self.db)
        try:
            rows = con.execute("SELECT id, post_id, body_text, deleted_at, revision FROM posts").fetchall()
            hashes: dict[int, list[str]] = {}
            for pk, digest in con.execute("SELECT post_pk, content_hash FROM post_revisions ORDER BY revision"):
                hashes.setdefault(pk, []).append(digest)
            twice = sum(
                con.execute(
                    f"SELECT count(*) FROM (SELECT post_pk, span_start, span_end FROM {table} "  # noqa: S608
                    "GROUP BY 1, 2, 3 HAVING count(*) > 1)"
                ).fetchone()[0]
                for table in FACT_TABLES
            )
        finally:
            con.close()
        found: list[str] = []
        ids = [row[1] for row in rows]
        found += [f"archived twice: {i}" for i in sorted({i for i in ids if ids.count(i) > 1})]
        found += [f"fact stored twice ({twice})"] if twice else []
        by_id = {row[1]: row for row in rows}
        clean = result.exit_code == 0
        whole = clean and result.whole
        for post_id in sorted(throughout if clean else set()):
            if post_id not in by_id:
                found.append(f"lost: {post_id}")
        for pk, post_id, body, deleted_at, revision in rows:
            if post_id not in self.ever:
                found.append(f"never served: {post_id}")
                continue
            if deleted_at is not None and post_id not in self.deleted:
                found.append(f"marked deleted but still up: {post_id}")
            if whole and post_id in throughout and body != self.ever[post_id].body:
                found.append(f"stale text: {post_id}: {body!r}")
            if whole and post_id in deleted_before and deleted_at is None and not self.neighbours_apart(post_id):
                found.append(f"taken down, not marked deleted: {post_id}")
            kept = hashes.get(pk, [])
            if len(kept) != revision or any(a == b for a, b in zip(kept, kept[1:], strict=False)):
                found.append(f"revisions of {post_id}: {revision} held, hashes {kept}")
        return found


def step(night: Night, change: Callable[[], object], expect: int = 0) -> list[str]:
    """Change the site, run a harvest, check the archive; the problems found, each naming the step."""
    change()
    deleted_before = set(night.deleted)
    with Archive(night.db) as archive:
        before = archive.counts()
    result, throughout = night.harvest()
    with Archive(night.db) as archive:
        after = archive.counts()
    found = night.problems(result, throughout, deleted_before)
    if result.exit_code != expect:
        found.append(f"exit {result.exit_code}, expected {expect}: {result.line()}")
    gained = after["posts"] - before["posts"]
    revised = after["post_revisions"] - before["post_revisions"] - gained
    if (result.new_posts, result.edited_posts) != (gained, revised):
        found.append(f"summary says {result.new_posts} new, {result.edited_posts} edited; archive gained {gained}, "
                     f"{revised}: {result.line()}")  # fmt: skip
    return found


def election_night(night: Night) -> list[Callable[[], object]]:
    """About thirty runs' worth of what happens to the live page, one entry a run."""
    site = night.site

    def nothing() -> None:
        pass

    def pin_the_first_post() -> None:
        site.pinned = site.posts[-1]  # type: ignore[attr-defined]

    def more_during_the_walk() -> None:
        night.add(3)
        night.during[2] = lambda: night.add(4)

    def page_1_post_down_mid_walk() -> None:
        night.add(9)
        victim = site.posts[3]
        night.during[2] = lambda: night.delete(victim)  # page 1 was read: page 2's first post slides onto it

    def page_2_post_down_mid_walk() -> None:
        night.add(12)
        victim = site.posts[7]
        night.during[3] = lambda: night.delete(victim)

    def burst(count: int, fault: str | None = None, page: int = 2) -> Callable[[], None]:
        def change() -> None:
            night.add(count)
            if fault is not None:
                night.faults[page] = [fault] * (4 if fault == "429" else 1)

        return change

    return [
        lambda: night.add(12),  # three pages
        burst(2),
        nothing,
        pin_the_first_post,
        burst(7),  # page 2's posts move to page 3
        lambda: night.edit(site.posts[8], "corrected figures"),
        lambda: night.delete(site.posts[7]),
        more_during_the_walk,
        page_1_post_down_mid_walk,
        nothing,
        page_2_post_down_mid_walk,
        nothing,
        nothing,
        burst(6, "503"),  # retried after the server's Retry-After (on the fake clock)
        burst(6, "429"),  # still 429 after every try: the page fails, exit 1, and the next run walks every page
        nothing,
        burst(6, "timeout"),  # once: the retry gets it
        *[burst(4)] * 5,
        lambda: night.edit(site.posts[-3], "after a recount"),
        burst(3),
        lambda: night.delete(site.posts[-5]),
        lambda: night.faults.update({1: ["503"] * 4}),  # the site is down: exit 4
        *[burst(5)] * 5,
        lambda: night.during.update({4: lambda: night.delete(site.posts[12])}),
        nothing,
    ]


EXPECTED_EXIT = {14: 1, 25: 4}


@pytest.mark.parametrize(
    ("family", "deep_every"),
    [("bbc-webcore", 30 * 60.0), ("bbc-lx", None)],
    ids=["bbc-webcore-deep-every-30m", "bbc-lx-deep-every-off"],
)
def test_an_election_night_of_cron_harvests_loses_and_duplicates_nothing(
    server: LocalHTTPServer, tmp_path: Path, family: str, deep_every: float | None
) -> None:
    night = Night(server, FAMILIES[family](page_size=PAGE_SIZE), tmp_path, deep_every)
    found = []
    for number, change in enumerate(election_night(night)):
        found += [f"run {number}: {problem}" for problem in step(night, change, EXPECTED_EXIT.get(number, 0))]
    assert found == [], "\n".join(found)
    assert night.site.total >= 12
    with Archive(night.db) as archive:
        assert archive.counts()["posts"] == len(night.ever)  # every post ever published, the deleted ones too


@pytest.mark.parametrize("family", list(FAMILIES))
def test_a_new_post_pulled_back_onto_a_page_already_read_is_archived_by_the_same_run(
    server: LocalHTTPServer, tmp_path: Path, family: str
) -> None:
    """Twelve new posts fill pages 1-3; while page 3 is being asked for, a post on page 2 (read already) is taken
    down, so page 3's first post slides onto page 2 and the walk never meets it. The next runs find page 1
    unchanged (304) and stop there: without a second look at page 2 the post would wait for a deep walk, and
    with ``--deep-every off`` for ever."""
    night = Night(server, FAMILIES[family](page_size=PAGE_SIZE), tmp_path, None)
    night.add(10)
    night.harvest()
    night.add(12)
    victim, slides = night.site.posts[7], night.site.posts[10]
    night.during[3] = lambda: night.delete(victim)
    result, throughout = night.harvest()
    assert night.post_id(slides) in throughout
    with Archive(night.db) as archive:
        archived = {row["post_id"] for row in archive.posts()}
    assert night.post_id(slides) in archived, result.line()
    assert archived == set(night.ever)
