"""`liveblog harvest`, `liveblog reparse` and `liveblog export-warc`: thin commands over archive.harvest.

Registered on the `liveblog` group by the import at the end of archive/cli.py.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from archive.cli import db_option, handle_errors, main, open_archive
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
@click.argument("urls", nargs=-1, required=True)
@_db
@click.option("--max-pages", type=click.IntRange(min=1), help="Pages of each live page fetched at most.")
@click.option("--full", is_flag=True, help="Fetch every page, unconditionally, even when nothing changed.")
@click.option("--allow-private", is_flag=True, help="Allow loopback / private addresses (tests, the demo).")
@click.option(
    "--delay", type=click.FloatRange(min=0), default=1.0, show_default=True, help="Seconds between requests to a host."
)
@click.option("--contact", envvar="LIVEBLOG_CONTACT", help="URL or email for site owners, put in the User-Agent.")
@handle_errors
def harvest_cmd(
    urls: tuple[str, ...],
    db: str,
    warc_dir: Path | None,
    max_pages: int | None,
    full: bool,
    allow_private: bool,
    delay: float,
    contact: str | None,
) -> None:
    """Fetch every page of each live page URL, store its posts and facts, and keep the raw pages as WARC."""
    from archive.harvest import Harvester
    from scraper.config import FetchConfig
    from scraper.fetch import Fetcher, make_client

    for url in urls:
        if not url.startswith(("http://", "https://")):
            raise UsageError(f"{url}: not an http(s) URL")
    config = FetchConfig(min_delay=delay, allow_private=allow_private, max_pages=max_pages)
    if contact:
        config = config.but(contact=contact)
    with open_archive(db) as archive, make_client(config) as client:
        harvester = Harvester(archive, Fetcher(client, config), _warc(db, warc_dir), full=full)
        results = harvester.run(urls)
    for result in results:
        for page in result.pages:
            for line in [str(page.error)] if page.error else page.warnings:
                click.echo(f"liveblog: {line}", err=True)
        click.echo(f"liveblog: {result.line()}", err=True)
    sys.exit(max(r.exit_code for r in results))


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
