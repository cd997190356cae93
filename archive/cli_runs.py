"""`liveblog watch` and `liveblog demo`: thin commands over archive.watch, archive.runs and archive.demo.

Registered on the `liveblog` group by the import at the end of archive/cli.py.
"""

from __future__ import annotations

import logging
import sys
import threading
import time
from contextlib import suppress
from pathlib import Path
from typing import Any

import click

from archive.cli import emit, handle_errors, main, open_archive
from archive.lock import locked
from archive.options import run_context, run_options
from archive.report import Reporter, configure_logging
from archive.settings import Feed, Settings
from archive.watch import Pace, Poll, parse_duration, stop_on_signals, watch

logger = logging.getLogger("liveblog.watch")


@main.command("watch")
@click.argument("urls", nargs=-1)
@click.option("--every", default="60s", show_default=True, help="Time between polls: 60s, 5m, 1h.")
@click.option(
    "--full-every",
    type=click.IntRange(min=1),
    default=10,
    show_default=True,
    help="Every page (conditionally) each Nth poll.",
)
@click.option("--max-backoff", default="1h", show_default=True, help="Longest wait when the server pushes back.")
@run_options
@handle_errors
def watch_cmd(urls: tuple[str, ...], every: str, full_every: int, max_backoff: str, **flags: Any) -> None:
    """Poll live pages until stopped (Ctrl-C / SIGTERM / SIGHUP finish the page in hand and exit 0)."""
    from archive.runs import feeds_for, harvest_feeds

    interval, longest = parse_duration(every), parse_duration(max_backoff)
    with run_context(flags, write=False) as run, stop_on_signals(threading.Event()) as stop:
        settings, feeds = run.settings, feeds_for(run.settings, urls)
        pace = Pace(every=polite_interval(interval, settings, feeds), full_every=full_every, max_backoff=longest)

        def poll(every_page: bool) -> Poll:
            with (
                locked(settings.db, timeout=settings.lock_timeout) as held,
                open_archive(settings.db) as archive,
            ):
                # A killed run (or a harvest with failed pages) may have stopped before the older pages.
                full = held.interrupted is not None
                every_page = every_page or full
                # Every page each Nth poll, conditionally (a deep walk: unchanged pages answer 304), as a
                # harvest's --deep-every does. No retries inside a poll: the next poll is the retry.
                outcome = harvest_feeds(
                    archive, settings, feeds, full=full, deep_every=0.0 if every_page else None,
                    max_pages=None if every_page else 1, stop=stop, max_tries=1,
                )  # fmt: skip
                if every_page and not outcome.stats.failures and not stop.is_set():
                    held.leave(None)  # every page walked: nothing left for the next run
            return Poll(outcome.stats, outcome.pushed_back, outcome.retry_after)

        def said(number: int, outcome: Poll, delay: float) -> None:
            kind = "full pass" if pace.is_full(number) else "first pages"
            pushed = "; the server pushed back" if outcome.pushed_back else ""
            logger.info(
                "poll %d (%s): %s%s; next in %gs", number + 1, kind, outcome.stats.line(), pushed, delay,
                extra={"event": "poll", "poll": number + 1, "full": pace.is_full(number), "next_in": delay},
            )  # fmt: skip

        run.stats = watch(poll, pace, stop, said)
        with suppress(OSError):  # a terminal that hung up (SIGHUP) takes no summary
            run.finish("watch", 0)


def polite_interval(every: float, settings: Settings, feeds: list[Feed]) -> float:
    """``--every``, but never shorter than the delay between requests to a host: each poll starts afresh, so the
    fetcher's own delay does not reach across polls, and ``--every 0`` would poll as fast as the server answers."""
    delay = max(settings.feed_delay(feed) for feed in feeds)
    if every < delay:
        logger.warning("--every %gs is shorter than the delay between requests; polling every %gs", every, delay)
    return max(every, delay)


@main.command("demo")
@click.option(
    "--db", type=click.Path(dir_okay=False, path_type=Path), help="Archive to fill (default: a temporary one)."
)
@click.option("-v", "--verbose", count=True, help="A line per page (-vv: debug).")
@handle_errors
def demo_cmd(db: Path | None, verbose: int) -> None:
    """Serve the bundled fixtures on 127.0.0.1, harvest them into a fresh archive, show one ward. Offline."""
    from archive.demo import run_demo

    configure_logging(verbose, "text")
    reporter, started = Reporter(), time.monotonic()
    shown = run_demo(db)
    click.echo(f"Posts about {shown.where}:" if shown.where else "No ward in the archive's results.")
    emit(shown.posts, "table", "posts")
    click.echo(f"Results in {shown.where}:")
    emit(shown.results, "table", "results")
    shown.stats.seconds = time.monotonic() - started
    reporter.summary(shown.stats, command="demo", exit_code=shown.exit_code)
    click.echo(f"liveblog demo: {shown.line()}", err=True)
    sys.exit(shown.exit_code)
