"""The `liveblog` command: one subcommand per verb, each a few lines calling the library.

Domain errors become one line on stderr and the exit code of shared/CONTRACT.md, here and only here:
0 success, 1 partial, 2 usage, 3 input not understood, 4 fetch failed, 5 archive error.
"""

from __future__ import annotations

import functools
import json
import logging
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

import click

from scraper.errors import LiveblogError, UsageError

F = TypeVar("F", bound=Callable[..., Any])
EXIT_OK, EXIT_PARTIAL, EXIT_USAGE = 0, 1, 2


def fail(message: str, code: int) -> None:
    click.echo(f"liveblog: {message}", err=True)
    sys.exit(code)


def handle_errors(fn: F) -> F:
    """Turn a LiveblogError into one line on stderr and its exit code."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except LiveblogError as exc:
            fail(str(exc), exc.exit_code)
        except KeyboardInterrupt:
            fail("interrupted", 130)

    return wrapper  # type: ignore[return-value]


def parse_iso_option(value: str | None, name: str) -> datetime | None:
    if value is None:
        return None
    from scraper.times import parse_iso

    parsed = parse_iso(value)
    if parsed is None:
        raise UsageError(f"{name} must be an ISO 8601 time such as 2021-05-08T09:00:00Z, not {value!r}")
    return parsed


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="liveblog")
@click.option("-v", "--verbose", count=True, help="More detail on stderr (-vv for debug).")
def main(verbose: int) -> None:
    """Archive news live pages: every post, cleaned, with its election facts, in SQLite."""
    level = logging.WARNING if verbose == 0 else logging.INFO if verbose == 1 else logging.DEBUG
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)


@main.command("parse")
@click.argument("source")
@click.option("--format", "fmt", type=click.Choice(["json", "jsonl"]), default="json", show_default=True)
@click.option("--url", help="The page's address when SOURCE is a file.")
@click.option("--fetched-at", help="Capture time (ISO 8601); default: the file's modification time, or now.")
@click.option("--no-entities", is_flag=True, help="Leave out the election facts.")
@click.option("--include-summary", is_flag=True, help="Keep the key-points box as a post of kind 'summary'.")
@click.option("--layout", help="Force a page family instead of detecting it.")
@handle_errors
def parse_cmd(
    source: str,
    fmt: str,
    url: str | None,
    fetched_at: str | None,
    no_entities: bool,
    include_summary: bool,
    layout: str | None,
) -> None:
    """Parse one live page (file or URL) and print its posts as JSON. No database is touched."""
    from scraper import parse

    when = parse_iso_option(fetched_at, "--fetched-at")
    charset = None
    if source.startswith(("http://", "https://")):
        from scraper.fetch import fetch_one

        capture = fetch_one(source)
        data: bytes = capture.body
        url = url or capture.url
        charset = capture.charset
        when = when or capture.fetched_at
    else:
        path = Path(source)
        if not path.is_file():
            raise UsageError(f"{source}: no such file")
        data = path.read_bytes()
        when = when or datetime.fromtimestamp(path.stat().st_mtime, tz=UTC)
    page = parse(
        data,
        url=url or None,
        fetched_at=when,
        entities=not no_entities,
        layout=layout,
        charset=charset,
        origin=source,
    )
    for warning in page.warnings:
        click.echo(f"liveblog: warning: {warning}", err=True)
    doc = page.to_dict(include_summary=include_summary)
    if fmt == "jsonl":
        for post in doc["posts"]:
            click.echo(json.dumps(post, ensure_ascii=False))
    else:
        click.echo(json.dumps(doc, ensure_ascii=False, indent=2))
    if page.warnings:
        sys.exit(EXIT_PARTIAL)


# The harvest commands live in their own module; importing it registers them on `main`.
from archive import cli_harvest  # noqa: E402,F401
