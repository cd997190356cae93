"""`liveblog harvest`, `liveblog reparse` and `liveblog export-warc`: thin commands over archive.harvest.

Registered on the `liveblog` group by the import at the end of archive/cli.py.
"""

from __future__ import annotations

import os
import re
import sys
from contextlib import suppress
from pathlib import Path
from typing import Any

import click

from archive.cli import (
    db_option,
    existing_file,
    handle_errors,
    interrupt_code,
    lock_timeout_option,
    main,
    open_archive,
)
from archive.options import run_context, run_options
from archive.watch import parse_duration
from scraper.errors import UsageError

DEEP_EVERY = "30m"  # how old the last whole walk of a live page may be before a harvest asks for every page
RECOVERY_WALKS = 3  # whole walks in a row, after failed pages, before those pages are left to --full
_WALKS = re.compile(r"\(recovery walk (\d+)\)")


def _db(fn: Any) -> Any:
    """--db (the archive's own option) and --warc-dir."""
    warc_help = "WARC folder (default: warc/ beside the database)."
    fn = click.option("--warc-dir", type=click.Path(file_okay=False, path_type=Path), help=warc_help)(fn)
    return db_option(fn)


def _warc(db: str, warc_dir: Path | None) -> Any:
    from archive.harvest import warc_folder
    from archive.warc import WarcStore

    return WarcStore(warc_dir or warc_folder(db))


@main.command("harvest")
@click.argument("urls", nargs=-1)
@run_options
@click.option("--warc-dir", type=click.Path(file_okay=False, path_type=Path), help="WARC folder (default: warc/).")
@click.option("--full", is_flag=True, help="Fetch every page, unconditionally, even when nothing changed.")
@click.option(
    "--deep-every",
    metavar="DURATION",
    default=DEEP_EVERY,
    show_default=True,
    help="Ask for every page again (conditionally) when the last whole walk is this old: 30m, 2h; 0 or off: never.",
)
@handle_errors
def harvest_cmd(urls: tuple[str, ...], warc_dir: Path | None, full: bool, deep_every: str, **flags: Any) -> None:
    """Fetch every page of each live page (URLs and/or --config feeds), store posts and facts, keep WARC."""
    from archive.lazy import LazyArchive
    from archive.runs import Outcome, feeds_for, harvest_feeds

    deep = deep_interval(deep_every)
    with run_context(flags) as run:
        feeds = feeds_for(run.settings, urls)
        full = full or run.interrupted is not None  # a killed run may have stopped before the older pages
        outcome = Outcome()  # filled page by page: what was done before a Ctrl-C is still there to report
        try:
            # Opened for real only when a page changed: a run of 304s reads through sqlite3 (see archive.lazy).
            with LazyArchive(run.settings.db) as archive, run.reporter.progress("live pages", len(feeds)) as bar:
                advance = on_page = None
                if bar:  # live pages done of all, and pages walked (a live page's page count is not known ahead)
                    feeds_done, pages_done = bar.task_ids[0], bar.add_task("pages", total=None)
                    advance, on_page = (lambda: bar.advance(feeds_done)), (lambda _page: bar.advance(pages_done))
                harvest_feeds(
                    archive, run.settings, feeds, full=full, deep_every=deep, warc_dir=warc_dir, advance=advance,
                    on_page=on_page, outcome=outcome, repair_warc=run.interrupted is not None,
                )  # fmt: skip
        except KeyboardInterrupt as exc:  # Ctrl-C or SIGTERM: the work done so far, then one line and 130 / 143
            run.stats += outcome.stats
            with suppress(OSError):  # a terminal that hung up (SIGHUP) takes no summary: the exit code says it
                run.finish("harvest", interrupt_code(exc))
            raise
        run.stats += outcome.stats
        run.held.leave(failure_note(outcome.stats.failures, run.interrupted))
        run.finish("harvest", outcome.exit_code)
    sys.exit(outcome.exit_code)


def deep_interval(text: str) -> float | None:
    """``--deep-every`` in seconds (a duration as ``watch --every`` takes it); None for ``0`` or ``off``: never."""
    if text.strip().lower() == "off":
        return None
    return parse_duration(text) or None


def failure_note(failed: int, found: str | None) -> str | None:
    """The note a harvest leaves for the next run: walk every page, when pages failed (None when none did).

    A failed page is behind page 1, which the next run would find unchanged (304) and stop at. The walks that
    follow count themselves in the note, and after `RECOVERY_WALKS` of them a page that still fails (a page the
    site really lost) is left to ``--full``, rather than walking every page unconditionally on every run.
    """
    if not failed:
        return None
    walks = int(match.group(1)) if found and (match := _WALKS.search(found)) else 0
    if walks >= RECOVERY_WALKS:
        return None
    return f"{failed} pages failed in the run of pid {os.getpid()}; walk every page (recovery walk {walks + 1})"


@main.command("reparse")
@click.option("--blog", help="Only the captures of this live page (any of its page URLs).")
@_db
@lock_timeout_option
@handle_errors
def reparse_cmd(blog: str | None, db: str, warc_dir: Path | None, lock_timeout: float) -> None:
    """Parse the stored raw pages again with the current parser and refresh posts and facts (no network)."""
    from archive.harvest import reparse
    from archive.lock import locked
    from archive.report import Reporter

    existing_file(db)  # before the lock, whose file a mistyped --db would leave behind
    # It writes, as a harvest does: with a harvest storing newer captures meanwhile, it could store an older one.
    with (
        locked(db, timeout=lock_timeout),
        open_archive(db, existing=True) as archive,
        Reporter().progress("captures re-parsed") as bar,
    ):
        step = (lambda done, total: bar.update(bar.task_ids[0], completed=done, total=total)) if bar else None
        result = reparse(archive, _warc(db, warc_dir), blog=blog, on_capture=step)
    for error in result.failures:
        click.echo(f"liveblog: {error}", err=True)
    click.echo(f"liveblog: {result.line()}", err=True)
    sys.exit(result.exit_code)


@main.command("export-warc")
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), required=True, help="Folder to copy into.")
@_db
@handle_errors
def export_warc_cmd(out: Path, db: str, warc_dir: Path | None) -> None:
    """Copy the archive's WARC files (every raw response, with its request) for replay tools."""
    from archive.harvest import export_warc

    if warc_dir is None:
        existing_file(db)  # the WARC folder is found beside the archive: a mistyped --db would copy nothing
    try:
        copies = export_warc(_warc(db, warc_dir), out)
    except OSError as exc:
        raise UsageError(f"cannot write {out}: {exc.strerror}") from exc
    for path in copies:
        click.echo(str(path))
    click.echo(f"liveblog: {len(copies)} WARC files copied to {out}", err=True)
