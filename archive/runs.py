"""A run of harvests over settled `Settings`: the glue between feeds.toml, the fetcher, the harvester and the report.

`harvest_feeds` builds one `FetchConfig` per feed (the feed's own delay and page limit over the run's), shares
one HTTP client, harvests each feed in turn and sums what happened into `RunStats` (new facts are counted in
the archive before and after). A ``stop`` event, set by SIGINT / SIGTERM in `liveblog watch`, ends the walk after
the page in hand and cuts short any politeness or retry wait.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from archive.report import RunStats
from archive.settings import Feed, Settings, url_problem
from scraper.config import FetchConfig
from scraper.errors import FetchError, LiveblogError, UsageError

logger = logging.getLogger(__name__)
PUSHBACK_STATUSES = frozenset({429, 503})
FACT_TABLES = ("results", "seat_totals", "majorities", "changes", "other_facts")
EXIT_OK, EXIT_PARTIAL = 0, 1


def fetch_config(settings: Settings, feed: Feed | None = None, **changes: Any) -> FetchConfig:
    """The fetcher's settings for one feed: the run's, with the feed's delay and page limit over them."""
    options: dict[str, Any] = {
        "connect_timeout": min(settings.timeout, 10.0),
        "read_timeout": settings.timeout,
        "min_delay": settings.delay if feed is None else settings.feed_delay(feed),
        "max_pages": settings.max_pages if feed is None else settings.feed_max_pages(feed),
        "allow_private": settings.allow_private,
        "user_agent": settings.user_agent,
    }
    if settings.contact:
        options["contact"] = settings.contact
    for limit in ("max_body", "max_retry_after"):  # None: the fetcher's own
        if getattr(settings, limit) is not None:
            options[limit] = getattr(settings, limit)
    return FetchConfig(**(options | changes))


@dataclass
class Outcome:
    """What a pass over the feeds did, for the summary line, the exit code and watch's backoff."""

    stats: RunStats = field(default_factory=RunStats)
    pushed_back: bool = False
    retry_after: float | None = None
    #: Each live page's exit code, in the order they were harvested.
    codes: list[int] = field(default_factory=list)

    @property
    def exit_code(self) -> int:
        """CONTRACT.md's code for the run: 0 when every live page went well; when every one failed outright, the
        first one's code (4: nothing could be fetched); otherwise 1 (partial: some failed, the rest kept)."""
        failures = [code for code in self.codes if code != EXIT_OK]
        if not failures:
            return EXIT_OK
        if len(failures) == len(self.codes) and EXIT_PARTIAL not in failures:
            return failures[0]
        return EXIT_PARTIAL


def harvest_feeds(
    archive: Any,
    settings: Settings,
    feeds: list[Feed],
    *,
    full: bool = False,
    deep_every: float | None = None,
    max_pages: int | None = None,
    stop: threading.Event | None = None,
    warc_dir: Path | None = None,
    advance: Callable[[], object] | None = None,
    on_page: Callable[[Any], object] | None = None,
    outcome: Outcome | None = None,
    repair_warc: bool = False,
    **config_changes: Any,
) -> Outcome:
    """Harvest each feed into ``archive``; ``max_pages`` (watch's first-page polls) beats the feeds' own limits.

    ``advance`` is called after each feed and ``on_page`` after each page (the progress bars on a terminal).
    ``deep_every``: seconds after a live page's last whole walk before a walk goes on past unchanged pages
    (conditionally; 0: every walk does, None: none does), as `archive.harvest.Harvester` takes it.
    Pages are counted into ``outcome`` (a new one when not given) as each is done, so a caller that passes one
    in still has the counts of the work done when Ctrl-C (KeyboardInterrupt) cuts the run short.
    ``repair_warc`` (the last run did not finish): see `archive.harvest.LazyWarc`.
    """
    from archive.harvest import Harvester, LazyWarc, PageResult, warc_folder
    from scraper.fetch import Fetcher, make_client
    from scraper.fetch_retry import Clock

    outcome = outcome if outcome is not None else Outcome()
    warc = LazyWarc(warc_dir or warc_folder(settings.db), repair=repair_warc)  # warcio: only to store a page
    facts_before = fact_count(archive)
    clock = Clock(sleep=_interruptible(stop)) if stop is not None else Clock()

    def page_done(page: PageResult) -> None:
        _count(outcome.stats, page)
        if on_page is not None:
            on_page(page)

    try:
        with make_client(fetch_config(settings, **config_changes)) as client:
            for feed in feeds:
                if stop is not None and stop.is_set():
                    break
                config = fetch_config(settings, feed, **config_changes)
                limit = max_pages if max_pages is not None else config.max_pages
                # robots.txt is kept in the archive: reused across feeds, polls and runs while fresh (an hour).
                fetcher = Fetcher(client, config, clock=clock, robots_store=archive)
                harvester = Harvester(
                    archive, fetcher, warc, full=full, max_pages=limit, deep_every=deep_every, on_page=page_done
                )
                result = harvester.harvest(feed.url, stop=stop)
                _add(outcome, result)
                if advance is not None:
                    advance()  # the progress bar, on a terminal
    except KeyboardInterrupt:
        with suppress(LiveblogError):  # the facts stored before it, for the summary; the interrupt goes on
            outcome.stats.new_facts = fact_count(archive) - facts_before
        raise
    outcome.stats.new_facts = fact_count(archive) - facts_before
    return outcome


def _interruptible(stop: threading.Event) -> Callable[[float], None]:
    """A sleep that a stop request cuts short (politeness and retry waits during `liveblog watch`)."""

    def sleep(seconds: float) -> None:
        stop.wait(seconds)

    return sleep


def fact_count(archive: Any) -> int:
    """Facts held in the archive, over every fact table."""
    counts = archive.counts()
    return sum(counts.get(table, 0) for table in FACT_TABLES)


def _count(stats: RunStats, page: Any) -> None:
    """One page's part of the run's counts (a `PageResult`, counted as the walk leaves it)."""
    stats.pages_fetched += page.fetched
    stats.not_modified += page.outcome == "not_modified"
    stats.failures += page.outcome == "failed"
    stats.new_posts += page.new
    stats.edited_posts += page.revised


def _add(outcome: Outcome, result: Any) -> None:
    """A live page's walk done: its pushback, its exit code and its log lines (its pages are counted already)."""
    for page in result.pages:
        status = getattr(page.error, "status", None)
        if isinstance(page.error, FetchError) and status in PUSHBACK_STATUSES:
            outcome.pushed_back = True
            outcome.retry_after = max(outcome.retry_after or 0.0, getattr(page.error, "retry_after", None) or 0.0)
    if result.blocked is not None:
        logger.warning("%s", result.blocked, extra={"event": "robots", "url": result.url})
    logger.info("%s", result.line(), extra={"event": "live_page", "url": result.url})
    outcome.codes.append(result.exit_code)


def feeds_for(settings: Settings, urls: tuple[str, ...]) -> list[Feed]:
    """The feeds of a run: the URLs given on the command line, then the config file's [[feed]] entries."""
    for url in urls:
        if problem := url_problem(url):
            raise UsageError(f"{url}: not an http(s) URL (it {problem})")
    feeds = [Feed(url=url) for url in urls] + list(settings.feeds)
    if not feeds:
        raise UsageError("nothing to harvest: give live page URLs, or --config with [[feed]] entries")
    return feeds
