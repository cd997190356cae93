"""`liveblog harvest`, `liveblog reparse` and `liveblog export-warc`: thin commands over archive.harvest.

Registered on the `liveblog` group by the import at the end of archive/cli.py.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

import click

from archive.cli import db_option, handle_errors, main, open_archive
from archive.options import run_context, run_options
from scraper.errors import UsageError


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
@handle_errors
def harvest_cmd(urls: tuple[str, ...], warc_dir: Path | None, full: bool, **flags: Any) -> None:
    """Fetch every page of each live page (URLs and/or --config feeds), store posts and facts, keep WARC."""
    from archive.lazy import LazyArchive
    from archive.runs import feeds_for, harvest_feeds

    with run_context(flags) as run:
        feeds = feeds_for(run.settings, urls)
        full = full or run.interrupted is not None  # a killed run may have stopped before the older pages
        # Opened for real only when a page changed: a run of 304s reads through sqlite3 (see archive.lazy).
        with LazyArchive(run.settings.db) as archive, run.reporter.progress("live pages", len(feeds)) as bar:
            advance = (lambda: bar.advance(bar.task_ids[0])) if bar else None
            outcome = harvest_feeds(archive, run.settings, feeds, full=full, warc_dir=warc_dir, advance=advance)
        run.stats += outcome.stats
        # A page that failed is behind page 1, which the next run would find unchanged (304) and stop at: tell
        # it to walk every page. A run with none failed leaves nothing to do (its own walk went as far as needed).
        failed = outcome.stats.failures
        run.held.leave(f"{failed} pages failed in the run of pid {os.getpid()}; walk every page" if failed else None)
        run.finish("harvest", outcome.exit_code)
    sys.exit(outcome.exit_code)


@main.command("reparse")
@click.option("--blog", help="Only the captures of this live page (any of its page URLs).")
@_db
@handle_errors
def reparse_cmd(blog: str | None, db: str, warc_dir: Path | None) -> None:
    """Parse the stored raw pages again with the current parser and refresh posts and facts (no network)."""
    from archive.harvest import reparse

    with open_archive(db) as archive:
        result = reparse(archive, _warc(db, warc_dir), blog=blog)
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

    try:
        copies = export_warc(_warc(db, warc_dir), out)
    except OSError as exc:
        raise UsageError(f"cannot write {out}: {exc.strerror}") from exc
    for path in copies:
        click.echo(str(path))
    click.echo(f"liveblog: {len(copies)} WARC files copied to {out}", err=True)
