"""What a run tells its operator, on stderr: quiet under cron, detailed with ``-v``, machine-readable as JSON.

- Default: one summary line per run (pages fetched, 304s, new posts, edited posts, new facts, failures, seconds).
  On a terminal, rich progress bars as well; never when stderr is a file or a pipe (cron, systemd, ``2>>log``).
- ``-v``: a line per page (and whatever the library logs at INFO); ``-vv``: debug.
- ``--log-format json``: every line, summary included, is one JSON object (``ts``, ``level``, ``event``, fields).

The library never configures logging; `configure_logging` is called by the CLI only.
"""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import asdict, dataclass, fields
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:  # rich is imported only when a progress bar is shown (a terminal): cron runs never pay for it
    from rich.progress import Progress

logger = logging.getLogger("liveblog")
STANDARD_RECORD_KEYS = frozenset(logging.makeLogRecord({}).__dict__) | {"message", "asctime"}
TEXT_FORMAT = "liveblog: %(message)s"


@dataclass
class RunStats:
    """The counts of one run, summed over its feeds and polls."""

    pages_fetched: int = 0  # pages that came back (a 200, or an HTTP error); not 304s, nor connections that failed
    not_modified: int = 0  # 304s: the page had not changed, nothing parsed
    new_posts: int = 0
    edited_posts: int = 0  # posts whose content changed: a new revision
    new_facts: int = 0
    failures: int = 0
    seconds: float = 0.0

    def __iadd__(self, other: RunStats) -> RunStats:
        for f in fields(self):
            setattr(self, f.name, getattr(self, f.name) + getattr(other, f.name))
        return self

    def line(self) -> str:
        return (
            f"{self.pages_fetched} pages fetched, {self.not_modified} not modified (304), "
            f"{self.new_posts} new posts, {self.edited_posts} edited posts, {self.new_facts} new facts, "
            f"{self.failures} failures, {self.seconds:.1f}s"
        )


class JsonFormatter(logging.Formatter):
    """One JSON object per record: time, level, logger, message, and every ``extra=`` field as is."""

    def format(self, record: logging.LogRecord) -> str:
        doc: dict[str, Any] = {
            "ts": datetime.fromtimestamp(record.created, UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
        }
        doc.update({k: v for k, v in record.__dict__.items() if k not in STANDARD_RECORD_KEYS})
        if record.exc_info:
            doc["exception"] = self.formatException(record.exc_info)
        return json.dumps(doc, ensure_ascii=False, default=str)


def configure_logging(verbose: int, log_format: str, stream: TextIO | None = None) -> None:
    """Set up the root logger for the CLI: WARNING by default, INFO with -v, DEBUG with -vv; text or JSON."""
    handler = _CliHandler(stream or sys.stderr)
    handler.setFormatter(JsonFormatter() if log_format == "json" else logging.Formatter(TEXT_FORMAT))
    root = logging.getLogger()
    for old in [h for h in root.handlers if _ours(h)]:
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(logging.WARNING if verbose <= 0 else logging.INFO if verbose == 1 else logging.DEBUG)


class _CliHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """The CLI's own handler, so a second configure_logging replaces it and leaves others (pytest's) alone."""


def _ours(handler: logging.Handler) -> bool:
    """The CLI's handler, or the one ``logging.basicConfig`` in the group callback put on stderr."""
    return isinstance(handler, _CliHandler) or type(handler) is logging.StreamHandler


@dataclass
class Reporter:
    """Reports one run: page detail at ``-v``, a summary always, progress bars only on a terminal."""

    log_format: str = "text"
    stream: TextIO | None = None
    interactive: bool | None = None  # None: decide from the stream (a terminal, and text logs)

    def __post_init__(self) -> None:
        if self.stream is None:
            self.stream = sys.stderr
        if self.interactive is None:
            self.interactive = self.log_format == "text" and self.stream.isatty()

    def summary(self, stats: RunStats, *, command: str = "harvest", exit_code: int = 0) -> None:
        """The run's one line; printed whatever the verbosity, so cron logs always say what happened."""
        assert self.stream is not None
        if self.log_format == "json":
            doc: dict[str, Any] = {
                "ts": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
                "level": "info",
                "event": "summary",
            }
            doc |= {"command": command, **asdict(stats), "seconds": round(stats.seconds, 3), "exit_code": exit_code}
            print(json.dumps(doc), file=self.stream, flush=True)
        else:
            print(f"liveblog {command}: {stats.line()}", file=self.stream, flush=True)

    @contextmanager
    def progress(self, description: str, total: int | None = None) -> Iterator[Progress | None]:
        """A rich progress bar on a terminal; None elsewhere (callers guard with ``if bar:``)."""
        if not self.interactive:
            yield None
            return
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        console = Console(file=self.stream, stderr=self.stream is sys.stderr)
        columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
        bar = Progress(*columns, console=console, transient=True)
        bar.start()
        try:
            bar.add_task(description, total=total)
            yield bar
        finally:
            with suppress(OSError):  # a terminal that hung up (SIGHUP) cannot be cleared: the run's own end goes on
                bar.stop()
