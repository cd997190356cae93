"""Options shared by the commands that run a harvest (harvest, watch, demo), as click decorators.

Every option defaults to None ("not given"), so that `archive.settings.load` can put flags over ``LIVEBLOG_*``
variables over ``--config`` over the defaults. `run_context` then does what each such command does first:
settle the settings, set up logging and reporting, and take the archive lock.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import click

from archive.cli import LIMIT_OPTIONS
from archive.lock import Held, locked
from archive.report import Reporter, RunStats, configure_logging
from archive.settings import LOG_FORMATS, Settings, load

F = TypeVar("F", bound=Callable[..., Any])

RUN_OPTIONS: tuple[Callable[[F], F], ...] = (
    click.option("--config", "config", type=click.Path(dir_okay=False, path_type=Path), help="A feeds.toml file."),
    click.option("--db", help="Archive: a SQLite path or SQLAlchemy URL [env LIVEBLOG_DB; default liveblog.sqlite]."),
    click.option("--user-agent", help="The User-Agent header in full [env LIVEBLOG_USER_AGENT]."),
    click.option("--contact", help="A URL or email for site owners, put in the User-Agent [env LIVEBLOG_CONTACT]."),
    click.option("--delay", type=float, help="Seconds between requests to one host [default 1]."),
    click.option("--timeout", type=float, help="Connect/read timeout in seconds [default 30]."),
    click.option("--max-pages", type=int, help="Pages per live page at most [default: all]."),
    *LIMIT_OPTIONS,  # --max-body, --max-retry-after
    click.option("--lock-timeout", type=float, help="Seconds to wait for another run's lock, then exit 5 [60]."),
    click.option("--log-format", type=click.Choice(LOG_FORMATS), help="Lines on stderr: text or json [text]."),
    click.option("--allow-private", is_flag=True, default=None, help="Allow loopback/private addresses (tests, demo)."),
    click.option("-v", "--verbose", count=True, help="A line per page (-vv: debug)."),
)


def run_options(fn: F) -> F:
    """Add the shared run options to a command."""
    for option in reversed(RUN_OPTIONS):
        fn = option(fn)
    return fn


@dataclass
class Run:
    """One run's settled settings, reporter and running totals."""

    settings: Settings
    reporter: Reporter
    stats: RunStats = field(default_factory=RunStats)
    held: Held = field(default_factory=Held)  # the lock, with the last run's note (walk every page again)
    started: float = field(default_factory=time.monotonic)

    @property
    def interrupted(self) -> str | None:
        return self.held.interrupted

    def finish(self, command: str, exit_code: int) -> None:
        self.stats.seconds = time.monotonic() - self.started
        self.reporter.summary(self.stats, command=command, exit_code=exit_code)


def settings_from(flags: dict[str, Any]) -> Settings:
    """Settings from the command's own flags (``config`` and ``verbose`` are taken out here)."""
    config = flags.pop("config", None)
    flags.pop("verbose", None)
    return load(flags, config)


@contextmanager
def run_context(flags: dict[str, Any], *, write: bool = True) -> Iterator[Run]:
    """Settle settings, set up logging and the reporter, and hold the archive lock (when ``write``) meanwhile."""
    verbose = int(flags.get("verbose") or 0) + int(click.get_current_context().find_root().params.get("verbose", 0))
    settings = settings_from(dict(flags))
    configure_logging(verbose, settings.log_format)
    reporter = Reporter(log_format=settings.log_format)
    if not write:
        yield Run(settings, reporter)
        return
    with locked(settings.db, timeout=settings.lock_timeout, on_wait=_told_to_wait) as held:
        yield Run(settings, reporter, held=held)


def _told_to_wait(holder: str) -> None:
    logging.getLogger("liveblog").info("archive is locked (%s); waiting", holder, extra={"event": "lock_wait"})
