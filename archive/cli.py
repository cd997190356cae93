"""The `liveblog` command: one subcommand per verb, each a few lines calling the library.

Domain errors become one line on stderr and the exit code of shared/CONTRACT.md, here and only here:
0 success, 1 partial, 2 usage, 3 input not understood, 4 fetch failed, 5 archive error.
"""

from __future__ import annotations

import functools
import importlib
import io
import json
import logging
import os
import re
import signal
import sys
from collections.abc import Callable, Iterator, MutableMapping
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any, NoReturn, TypeVar
from urllib.parse import urlsplit

import click

from scraper.errors import ArchiveError, LiveblogError, UsageError

F = TypeVar("F", bound=Callable[..., Any])
EXIT_CLOSED_PIPE = 128 + 13  # as a writer killed by SIGPIPE: the reader (`| head -1`) had what it wanted
_HOST = re.compile(r"[a-z0-9-]+(\.[a-z0-9-]+)+(:\d+)?/", re.IGNORECASE)  # www.bbc.co.uk/news/…: an address
EXIT_OK, EXIT_PARTIAL, EXIT_USAGE = 0, 1, 2
# A run stopped by a signal exits as a shell reports a process that signal ended: 128 + its number.
EXIT_INTERRUPTED = 128 + signal.SIGINT  # 130: Ctrl-C
EXIT_TERMINATED = 128 + signal.SIGTERM  # 143: cron's or systemd's stop, a plain `kill`
EXIT_HUNG_UP = 128 + signal.SIGHUP  # 129: the terminal closed (an ssh session dropped, a window shut)


class Terminated(KeyboardInterrupt):
    """SIGTERM, raised where the run is, so that it unwinds as after Ctrl-C: the page in hand rolls back, what was
    stored stays, the summary is printed, and the lock is released with its note for the next run."""

    signum, word = signal.SIGTERM, "terminated"


class HungUp(Terminated):
    """SIGHUP, the terminal gone (without this, the run ended as under kill -9): unwinds as SIGTERM does. The
    summary and the last line are written if stderr still takes them (a log file, a pipe); a closed terminal's
    refusal is ignored. A run started under ``nohup`` (SIGHUP ignored) is left to carry on."""

    signum, word = signal.SIGHUP, "hung up"


STOP_SIGNALS = {signal.SIGINT: KeyboardInterrupt, signal.SIGTERM: Terminated, signal.SIGHUP: HungUp}


def interrupt_code(exc: KeyboardInterrupt) -> int:
    """The exit code of a run that ``exc`` stopped: 143 for SIGTERM, 129 for SIGHUP, 130 for Ctrl-C."""
    return 128 + exc.signum if isinstance(exc, Terminated) else EXIT_INTERRUPTED


def stop_word(exc: KeyboardInterrupt) -> str:
    return exc.word if isinstance(exc, Terminated) else "interrupted"


def fail(message: str, code: int) -> None:
    try:
        click.echo(f"liveblog: {message}", err=True)
    except OSError:  # stderr is a terminal that hung up: the exit code is all that can still be said
        _quiet(sys.stdout, sys.stderr)
    sys.exit(code)


def handle_errors(fn: F) -> F:
    """Turn a LiveblogError into one line on stderr and its exit code."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        with signals_interrupt():  # a signal during the unwinding, or the one line below, is ignored
            try:
                return fn(*args, **kwargs)
            except LiveblogError as exc:
                fail(str(exc), exc.exit_code)
            except KeyboardInterrupt as exc:
                fail(stop_word(exc), interrupt_code(exc))
            except BrokenPipeError:
                closed_pipe()

    return wrapper  # type: ignore[return-value]


def closed_pipe() -> NoReturn:
    """The reader of stdout has gone (``| head -1``): exit as a writer SIGPIPE ended, saying nothing — not click's 1,
    which CONTRACT.md gives to "some pages or posts failed", nor a BrokenPipeError traceback."""
    _quiet(sys.stdout)
    sys.exit(EXIT_CLOSED_PIPE)


def _on_signal(signum: int, _frame: object) -> None:
    for sig in STOP_SIGNALS:
        signal.signal(sig, signal.SIG_IGN)
    raise STOP_SIGNALS[signal.Signals(signum)]()


@contextmanager
def signals_interrupt() -> Iterator[None]:
    """While inside, SIGINT raises KeyboardInterrupt, SIGTERM `Terminated` and SIGHUP `HungUp` (without this, SIGTERM
    and SIGHUP end the process on the spot: no summary, no message). Once one has come, all are ignored, so that a
    second Ctrl-C, or a second SIGTERM, cannot cut short the rollback, the summary or the lock's note. A SIGHUP
    ignored from the start (``nohup``) stays ignored. The old handlers come back after; inside an outer one (the
    group's, then the command's), the inner does nothing.
    """
    if signal.getsignal(signal.SIGTERM) is _on_signal:
        yield
        return
    taken = [sig for sig in STOP_SIGNALS if sig != signal.SIGHUP or signal.getsignal(sig) != signal.SIG_IGN]
    try:
        previous = {sig: signal.signal(sig, _on_signal) for sig in taken}
    except ValueError:  # not the main thread (a library caller's worker): its signals are not ours to take
        yield
        return
    try:
        yield
    finally:
        for sig, old in previous.items():
            signal.signal(sig, old)


def _quiet(*streams: Any) -> None:
    """Point ``streams`` (stdout, a closed pipe; stderr too, a terminal that hung up) at /dev/null, so the
    interpreter's last flush into them says nothing either (nor turns the exit code into 120)."""
    for stream in streams:
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, stream.fileno())
            os.close(devnull)
        except (OSError, ValueError, io.UnsupportedOperation):  # not a real file (click's test runner)
            pass


def parse_iso_option(value: str | None, name: str) -> datetime | None:
    if value is None:
        return None
    from scraper.times import parse_iso

    parsed = parse_iso(value)
    if parsed is None:
        raise UsageError(f"{name} must be an ISO 8601 time such as 2021-05-08T09:00:00Z, not {value!r}")
    return parsed


def page_url_option(value: str | None) -> str | None:
    """``--url`` as given, if it is a full address: ``www.bbc.co.uk/news/live/…`` (no scheme) would key the page
    as a live page of its own, beside the one a harvest of the same address stores."""
    if value is not None and not value.lower().startswith(("http://", "https://", "file:")):
        raise UsageError(f"--url must be a full address such as https://www.bbc.co.uk/news/live/…, not {value!r}")
    if value is not None:
        try:
            urlsplit(value)
        except ValueError as exc:  # an unclosed IPv6 "[": a traceback when the page is stored or its links read
            raise UsageError(f"--url cannot be read as an address ({exc}): {value!r}") from exc
    return value


# The fetch limits a run may need raised: every command that fetches takes them (None: not given).
LIMIT_OPTIONS: tuple[Callable[[F], F], ...] = (
    click.option("--max-body", metavar="SIZE", help="Largest page accepted: bytes, or 50MB, 512KB [default 20MB]."),
    click.option("--max-retry-after", type=float, help="Longest Retry-After waited for, seconds; more fails [300]."),
)


def fetch_limits(max_body: str | None, max_retry_after: float | None) -> dict[str, Any]:
    """The limits given (``--max-body``, ``--max-retry-after``) as `scraper.config.FetchConfig` fields, checked."""
    from archive.settings import checked_flag

    given = {"max_body": max_body, "max_retry_after": max_retry_after}
    return {key: checked_flag(key, value) for key, value in given.items() if value is not None}


class OneLineUsageError(click.UsageError):
    """A usage error of click's (a bad option, a missing argument) shown as liveblog's own errors are: one line on
    stderr, ``liveblog: …``, exit 2 — not click's usage block of three lines."""

    def show(self, file: Any = None) -> None:
        hint = f" (see '{self.ctx.command_path} --help')" if self.ctx is not None else ""
        click.echo(f"liveblog: {self.format_message()}{hint}", err=True)


def _one_line(exc: click.UsageError) -> click.UsageError:
    if isinstance(exc, click.exceptions.NoArgsIsHelpError):  # no arguments at all: the help, as click shows it
        return exc
    return OneLineUsageError(exc.format_message(), exc.ctx)


class LazyGroup(click.Group):
    """A group whose commands defined in other modules are imported only when one of them is run, or when the
    commands are listed (``--help``): ``liveblog parse`` and the query commands do not load the harvest ones.

    ``lazy`` maps a command name to the module whose import registers it on the group. `all_commands` is
    ``commands`` with every lazy module loaded (what code outside click should read).
    """

    def __init__(self, *args: Any, lazy: dict[str, str] | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.lazy = dict(lazy or {})

    def make_context(
        self, info_name: str | None, args: list[str], parent: click.Context | None = None, **extra: Any
    ) -> click.Context:
        try:
            return super().make_context(info_name, args, parent, **extra)
        except click.UsageError as exc:  # the group's own options
            raise _one_line(exc) from exc
        except BrokenPipeError:  # --help or --version into a closed pipe
            closed_pipe()

    def invoke(self, ctx: click.Context) -> Any:
        with signals_interrupt():  # from here: a command's import and options come before its handle_errors
            try:
                return super().invoke(ctx)
            except click.UsageError as exc:  # a command's name, options and arguments
                raise _one_line(exc) from exc
            except BrokenPipeError:  # a command's --help into a closed pipe
                closed_pipe()
            except KeyboardInterrupt as exc:  # before handle_errors took over: click's "Aborted!" and exit 1
                fail(stop_word(exc), interrupt_code(exc))

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in self.commands and cmd_name in self.lazy:
            importlib.import_module(self.lazy[cmd_name])
        return super().get_command(ctx, cmd_name)

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(self.all_commands)

    @property
    def all_commands(self) -> MutableMapping[str, click.Command]:
        for module in dict.fromkeys(self.lazy.values()):
            importlib.import_module(module)
        return self.commands


# The commands each of these modules registers on `main` when imported.
LAZY_COMMANDS = {
    "harvest": "archive.cli_harvest",
    "reparse": "archive.cli_harvest",
    "export-warc": "archive.cli_harvest",
    "watch": "archive.cli_runs",
    "demo": "archive.cli_runs",
}


@click.group(cls=LazyGroup, lazy=LAZY_COMMANDS, context_settings={"help_option_names": ["-h", "--help"]})
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
@click.option("--allow-private", is_flag=True, help="Allow a loopback/private address as SOURCE (tests, a local copy).")
@LIMIT_OPTIONS[0]
@LIMIT_OPTIONS[1]
@handle_errors
def parse_cmd(
    source: str,
    fmt: str,
    url: str | None,
    fetched_at: str | None,
    no_entities: bool,
    include_summary: bool,
    layout: str | None,
    allow_private: bool,
    max_body: str | None,
    max_retry_after: float | None,
) -> None:
    """Parse one live page (file or URL) and print its posts as JSON. No database is touched."""
    from scraper import parse

    when = parse_iso_option(fetched_at, "--fetched-at")
    url = page_url_option(url)
    charset = None
    if source.startswith(("http://", "https://")):
        from scraper.config import FetchConfig
        from scraper.fetch import fetch_one

        limits = fetch_limits(max_body, max_retry_after)
        capture = fetch_one(source, FetchConfig(allow_private=allow_private, **limits))
        data: bytes = capture.body
        url = url or capture.url
        charset = capture.charset
        when = when or capture.fetched_at
    else:
        path = Path(source)
        if not path.is_file():
            missing = "no such file" + (" (a web address needs its https:// in front)" if _HOST.match(source) else "")
            raise UsageError(f"{source}: " + ("a directory, not a file" if path.is_dir() else missing))
        from scraper.source import read_copy

        data, modified = read_copy(path)
        when = when or modified
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


# -- the archive commands ------------------------------------------------------------------------------

QUERY_FORMATS = ("table", "json", "jsonl", "csv")
# The columns a terminal table shows (json/jsonl/csv carry every column).
TABLE_COLUMNS = {
    "posts": ("published_at", "title", "author", "post_id"),
    "results": ("council", "ward", "candidate", "party", "votes", "elected", "post_id"),
}


def db_option(fn: F) -> F:
    return click.option(
        "--db",
        envvar="LIVEBLOG_DB",
        default="liveblog.sqlite",
        show_default=True,
        help="Archive: a SQLite path or a SQLAlchemy URL (env LIVEBLOG_DB).",
    )(fn)


def lock_timeout_option(fn: F) -> F:
    return click.option(
        "--lock-timeout",
        type=click.FloatRange(min=0),
        envvar="LIVEBLOG_LOCK_TIMEOUT",
        default=60.0,
        show_default=True,
        help="Seconds to wait while another run writes to the archive, then exit 5 (env LIVEBLOG_LOCK_TIMEOUT).",
    )(fn)


def format_option(fn: F) -> F:
    return click.option(
        "--format",
        "fmt",
        type=click.Choice(QUERY_FORMATS),
        default=None,
        help="Output format; default: a table on a terminal, json otherwise.",
    )(fn)


def open_archive(db: str, *, existing: bool = False, read_only: bool = False) -> Any:
    """The archive at ``db``. With ``existing`` (commands that read it), a SQLite file that is not there, named by
    a path or a ``sqlite:///`` URL, is an archive error: a mistyped --db must not answer with an empty result from
    a new, empty archive.

    With ``read_only`` (the query commands), an archive file or folder we cannot write (a shared or read-only
    copy) is opened read-only: SQLite cannot read a WAL-mode file in such a folder otherwise, as it cannot make the
    ``-shm`` file beside it ("attempt to write a readonly database"), and an archive of an older schema is read as
    it is (with a warning) instead of failing to be upgraded. No ``-shm`` file means no writer has it open now.
    """
    from archive import Archive

    path = existing_file(db) if existing else None
    if path is None:  # a new archive may be made here, or a database server says itself what it holds
        return Archive(db)
    shm = path.with_name(path.name + "-shm")
    writable = os.access(path.parent, os.W_OK) and os.access(path, os.W_OK)
    if read_only and "://" not in db and path.is_file() and not writable and not shm.exists():
        archive = Archive(db, read_only=True)
        if archive.older_schema is not None:
            click.echo(
                f"liveblog: warning: {db}: written by an older liveblog (schema version {archive.older_schema}); "
                "read as it is, not upgraded, as it cannot be written here",
                err=True,
            )
        return archive
    return Archive(db)


def existing_file(db: str) -> Path | None:
    """The SQLite file of the archive at ``db`` (a path or a ``sqlite:///`` URL), which must be there: else an
    archive error, for a mistyped --db. None for a database server or an in-memory database."""
    from archive.lock import sqlite_file

    path = sqlite_file(db)
    if path is None:
        return None
    path = path if "://" in db else path.expanduser()
    if not path.exists():
        raise ArchiveError("no archive here (harvest or import into it first, or check --db / LIVEBLOG_DB)", source=db)
    return path


def emit(rows: list[dict[str, Any]], fmt: str | None, table: str) -> None:
    """Print query rows: a rich table on a terminal (or --format table), else json/jsonl/csv."""
    fmt = fmt or ("table" if sys.stdout.isatty() else "json")
    if fmt != "table":
        from archive.export import write_rows
        from archive.query import ROW_COLUMNS

        write_rows(rows, fmt, sys.stdout, columns=ROW_COLUMNS[table])
        return
    from rich.console import Console
    from rich.table import Table

    class PipeConsole(Console):
        def on_broken_pipe(self) -> None:  # rich's own exits 1 ("some pages failed"): let handle_errors say 141
            raise BrokenPipeError

    grid = Table(caption=f"{len(rows)} {table}")
    for column in TABLE_COLUMNS[table]:
        grid.add_column(column, no_wrap=column in ("published_at", "votes", "elected"))
    for row in rows:
        grid.add_row(*("" if row.get(c) is None else str(row.get(c)) for c in TABLE_COLUMNS[table]))
    PipeConsole().print(grid)


def say_unknown(archive: Any, filters: dict[str, Any]) -> None:
    """After an empty answer: which names asked for the archive does not know (a typo, or not counted yet)."""
    names = {k: filters.get(k) for k in ("ward", "council", "candidate", "party", "blog")}
    for note in archive.unknown_names(**names):
        click.echo(f"liveblog: {note}", err=True)


@main.command("import")
@click.argument("files", nargs=-1, required=True)
@click.option("--url", help="The page's address (default: the address the file gives, else a file: URL).")
@click.option("--fetched-at", help="Capture time (ISO 8601); default: each file's modification time.")
@db_option
@lock_timeout_option
@handle_errors
def import_cmd(files: tuple[str, ...], url: str | None, fetched_at: str | None, db: str, lock_timeout: float) -> None:
    """Parse saved copies of live pages (HTML or text) and store them in the archive."""
    from archive.lock import locked

    when = parse_iso_option(fetched_at, "--fetched-at")
    url = page_url_option(url)
    for name in files:
        if name.lower().startswith(("http://", "https://")):
            raise UsageError(f"{name}: import reads saved copies; fetch a live page with `liveblog harvest URL`")
    failed: list[LiveblogError] = []
    partial = False
    from archive.harvest import warc_folder
    from archive.warc import WarcStore

    warc = WarcStore(warc_folder(db))  # each file's bytes kept beside a harvest's responses, for a reparse
    with locked(db, timeout=lock_timeout), open_archive(db) as archive:
        for path in map(Path, files):
            try:
                counts, warnings = archive.import_file(path, url=url, fetched_at=when, warc=warc)
            except ArchiveError:
                raise
            except LiveblogError as exc:
                click.echo(f"liveblog: {exc}", err=True)
                failed.append(exc)
                continue
            for warning in warnings:
                click.echo(f"liveblog: warning: {path}: {warning}", err=True)
            partial = partial or bool(warnings)
            n = counts.to_dict()
            click.echo(f"{path}: " + ", ".join(f"{v} {k}" for k, v in n.items()))
    if failed and len(failed) == len(files):
        sys.exit(failed[0].exit_code)
    if failed or partial:
        sys.exit(EXIT_PARTIAL)


@main.command("posts")
@click.option("--ward", help="Ward or county division (case, accents, '&'/'and' and a trailing 'ward' forgiven).")
@click.option("--council", help="Council ('Derby' finds Derby City Council, 'Cyngor Sir Powys' Powys County Council).")
@click.option("--candidate", help="Candidate's name.")
@click.option("--party", help="Party ('Tories', 'the Lib Dems', 'the Greens' find theirs).")
@click.option("--since", help="Published at or after this time (ISO 8601).")
@click.option("--until", help="Published at or before this time (ISO 8601).")
@click.option("--blog", help="Only this live page (any of its page addresses).")
@click.option("--limit", type=click.IntRange(min=1), help="At most this many posts.")
@db_option
@format_option
@handle_errors
def posts_cmd(db: str, fmt: str | None, **filters: Any) -> None:  # the filters are Archive.posts' keywords
    """Archived posts, oldest first, filtered by what they mention and when."""
    with open_archive(db, existing=True, read_only=True) as archive:
        rows = archive.posts(**filters)
        emit(rows, fmt, "posts")
        if not rows:
            say_unknown(archive, filters)


@main.command("results")
@click.option("--ward", help="Ward or county division.")
@click.option("--council", help="Council.")
@db_option
@format_option
@handle_errors
def results_cmd(ward: str | None, council: str | None, db: str, fmt: str | None) -> None:
    """Candidates, parties, votes and who was elected, with the post each came from."""
    with open_archive(db, existing=True, read_only=True) as archive:
        rows = archive.results(ward=ward, council=council)
        emit(rows, fmt, "results")
        if not rows:
            say_unknown(archive, {"ward": ward, "council": council})


@main.command("search")
@click.argument("query")
@click.option("--limit", type=click.IntRange(min=1), default=100, show_default=True, help="At most this many posts.")
@db_option
@format_option
@handle_errors
def search_cmd(query: str, limit: int, db: str, fmt: str | None) -> None:
    """Full-text search over post titles and bodies (FTS5 syntax welcome, plain words always work)."""
    with open_archive(db, existing=True, read_only=True) as archive:
        emit(archive.search(query, limit=limit), fmt, "posts")


@main.command("export")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "json"]), default="jsonl", show_default=True)
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), help="File to write (default: stdout).")
@click.option("--what", type=click.Choice(["posts", "results"]), default="posts", show_default=True)
@db_option
@handle_errors
def export_cmd(fmt: str, out: Path | None, what: str, db: str) -> None:
    """Every post (or every result) of the archive as JSON Lines or CSV."""
    with open_archive(db, existing=True, read_only=True) as archive:
        if out is None:
            archive.export(sys.stdout, fmt, what=what)
            return
        with replaced_whole(out) as stream:
            count = archive.export(stream, fmt, what=what)
        click.echo(f"{count} {what} written to {out}", err=True)


@contextmanager
def replaced_whole(out: Path) -> Iterator[Any]:
    """A text stream for ``out`` that becomes ``out`` only once all of it is written: it goes to a hidden file beside
    it, renamed over ``out`` at the end, so an export stopped part way (Ctrl-C, a full disk, an error) leaves no half
    file, and an earlier export there is kept as it was (its permissions pass to the new one). A FIFO or a device
    (``--out /dev/stdout``) is written to directly, as is a file in a folder we may not add files to."""
    direct = out.exists() and not out.is_file()
    target = out.resolve() if out.is_symlink() and not direct else out  # a link keeps pointing where it did
    path = target if direct else target.with_name(f".{target.name}.{os.getpid()}.part")
    try:
        try:
            stream = path.open("w", encoding="utf-8", newline="")
        except PermissionError:
            if direct:
                raise
            direct, path = True, target
            stream = path.open("w", encoding="utf-8", newline="")
        with stream:
            if not direct and target.exists():
                os.chmod(path, target.stat().st_mode & 0o7777)
            yield stream
        if not direct:
            os.replace(path, target)
    except OSError as exc:
        raise UsageError(f"cannot write {out}: {exc.strerror}") from exc
    finally:
        if not direct:
            path.unlink(missing_ok=True)
