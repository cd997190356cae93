"""The archive commands through click's CliRunner: import, posts, results, search, export, exit codes."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
from archive_pages import BLOG, darley_posts, page
from click.testing import CliRunner, Result
from processes import without_root_powers

import archive.harvest
import scraper
from archive import Archive
from archive.cli import main
from archive.db import SCHEMA_VERSION
from scraper.errors import ParseError
from scraper.models import Page


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An archive path, and a stand-in parser (the layouts land separately) that reads our built page."""

    def fake_parse(data: bytes, *, url: str | None = None, fetched_at: Any = None, **_: Any) -> Page:
        if b"broken" in data:
            raise ParseError("layout text matched but yielded zero posts", source="broken.txt")
        built = page(darley_posts())
        built.url, built.fetched_at = url, fetched_at
        return built

    monkeypatch.setattr(scraper, "parse", fake_parse)
    monkeypatch.setattr(archive.harvest, "_default_parser", lambda: fake_parse)  # reparse reads imported files too
    monkeypatch.delenv("LIVEBLOG_DB", raising=False)
    return tmp_path / "archive.sqlite"


def run(*args: str, env: dict[str, str] | None = None) -> Result:
    return CliRunner().invoke(main, list(args), env=env, catch_exceptions=False)


def saved(tmp_path: Path, name: str = "page2.txt", body: bytes = b"a saved live page") -> str:
    path = tmp_path / name
    path.write_bytes(body)
    return str(path)


def imported(db: Path, tmp_path: Path) -> None:
    result = run("import", saved(tmp_path), "--url", f"{BLOG}?page=2", "--db", str(db))
    assert result.exit_code == 0, result.output


def test_import_twice_changes_no_row_count(db: Path, tmp_path: Path) -> None:
    path = saved(tmp_path)
    first = run("import", path, "--url", f"{BLOG}?page=2", "--db", str(db))
    assert first.exit_code == 0 and "4 new, 0 revised, 0 unchanged" in first.output
    with Archive(db) as a:
        counts = a.counts()
    second = run("import", path, "--url", f"{BLOG}?page=2", "--db", str(db))
    assert second.exit_code == 0 and "0 new, 0 revised, 4 unchanged" in second.output
    with Archive(db) as a:
        assert a.counts() == counts and counts["captures"] == 1


def test_posts_by_ward_as_json(db: Path, tmp_path: Path) -> None:
    imported(db, tmp_path)
    result = run("posts", "--ward", "Darley", "--format", "json", "--db", str(db))
    assert result.exit_code == 0
    assert [p["post_id"] for p in json.loads(result.output)] == ["asset:0006", "asset:0001"]


def test_results_by_ward_as_csv_and_table(db: Path, tmp_path: Path) -> None:
    imported(db, tmp_path)
    result = run("results", "--ward", "darley ward", "--format", "csv", "--db", str(db))
    rows = list(csv.DictReader(io.StringIO(result.output)))
    assert [(r["candidate"], r["votes"], r["elected"]) for r in rows] == [
        ("Alison Martin", "1833", "true"),
        ("Alan Grimadell", "1305", "true"),
        ("Carmel Swan", "1304", "false"),
    ]
    table = run("results", "--ward", "Darley", "--format", "table", "--db", str(db))
    assert table.exit_code == 0 and "Grimadell" in table.output and "3 results" in table.output


def test_search_as_jsonl_and_the_db_from_the_environment(db: Path, tmp_path: Path) -> None:
    imported(db, tmp_path)
    result = run("search", "recount", "--format", "jsonl", env={"LIVEBLOG_DB": str(db)})
    assert sorted(json.loads(line)["post_id"] for line in result.output.splitlines()) == ["asset:0003", "asset:0020"]


@pytest.mark.parametrize("query", ["%", "--", '""'])
def test_a_search_with_no_words_is_a_one_line_usage_error(db: Path, tmp_path: Path, query: str) -> None:
    imported(db, tmp_path)
    result = run("search", "--db", str(db), "--", query)
    assert result.exit_code == 2
    assert result.output.count("\n") == 1 and "search needs at least one word" in result.output


def test_an_ambiguous_ward_lists_the_choices(db: Path, tmp_path: Path) -> None:
    imported(db, tmp_path)
    with Archive(db) as a:
        other = darley_posts()[2]
        other.post_id, other.entities = "asset:0099", {"wards": [{"name": "Darley", "council": "Somewhere Council"}]}
        a.ingest(page([other], number=1))
    result = run("posts", "--ward", "Darley", "--db", str(db))
    assert result.exit_code == 2
    assert "Darley (Derby City Council); Darley (Somewhere Council)" in result.output
    narrowed = run("posts", "--ward", "Darley", "--council", "Derby", "--format", "json", "--db", str(db))
    assert [p["post_id"] for p in json.loads(narrowed.output)] == ["asset:0006", "asset:0001"]


def test_a_newer_archive_exits_5(db: Path, tmp_path: Path) -> None:
    imported(db, tmp_path)
    with Archive(db) as a, a.transaction() as conn:
        conn.exec_driver_sql(f"UPDATE archive_meta SET value = '{SCHEMA_VERSION + 1}'")
    result = run("posts", "--db", str(db))
    assert result.exit_code == 5
    assert "newer liveblog" in result.output and result.output.count("\n") == 1


def test_import_keeps_the_good_files_and_exits_1(db: Path, tmp_path: Path) -> None:
    good, broken = saved(tmp_path), saved(tmp_path, "broken.txt", b"broken")
    result = run("import", broken, str(tmp_path / "missing.txt"), good, "--url", f"{BLOG}?page=2", "--db", str(db))
    assert result.exit_code == 1
    assert "zero posts" in result.output and "no such file" in result.output and "4 new" in result.output
    with Archive(db) as a:
        assert a.counts()["posts"] == 4
    alone = run("import", broken, "--db", str(db))
    assert alone.exit_code == 3


def test_import_without_url_keys_the_page_by_its_file(db: Path, tmp_path: Path) -> None:
    path = saved(tmp_path)
    assert run("import", path, "--db", str(db)).exit_code == 0
    with Archive(db) as a:
        assert {p["live_page"] for p in a.posts()} == {Path(path).resolve().as_uri()}


def test_export_csv_to_a_file_round_trips(db: Path, tmp_path: Path) -> None:
    imported(db, tmp_path)
    out = tmp_path / "posts.csv"
    result = run("export", "--format", "csv", "--out", str(out), "--db", str(db))
    assert result.exit_code == 0 and "4 posts written" in result.output
    with out.open(newline="", encoding="utf-8") as stream:
        back = list(csv.DictReader(stream))
    with Archive(db) as a:
        expected = sorted(a.posts(), key=lambda r: r["post_id"])
    back.sort(key=lambda r: r["post_id"])
    assert [(r["post_id"], r["body_text"]) for r in back] == [(r["post_id"], r["body_text"]) for r in expected]
    jsonl = run("export", "--what", "results", "--db", str(db))
    assert len(jsonl.output.splitlines()) == 5


def test_an_empty_answer_is_still_a_csv_with_its_header(db: Path, tmp_path: Path) -> None:
    imported(db, tmp_path)
    result = run("results", "--ward", "Nowhere", "--format", "csv", "--db", str(db))
    assert result.exit_code == 0 and result.stdout.startswith("council,ward,candidate,party,votes")
    assert len(result.stdout.splitlines()) == 1


def test_every_archive_command_is_in_the_help() -> None:
    output = run("--help").output
    for command in ("import", "posts", "results", "search", "export", "parse"):
        assert command in output


SEED_URL = "https://feeds.bbci.co.uk/news/live/uk-england-nottinghamshire-56931665?page=2"


def test_the_seed_imports_once_and_its_recount_posts_are_found(shared: Path, tmp_path: Path) -> None:
    seed, db = str(shared / "seed" / "bbc-east-midlands-2021-05-07-page2.txt"), str(tmp_path / "seed.sqlite")
    first = run("import", seed, "--url", SEED_URL, "--db", db)
    assert first.exit_code == 0 and "20 new" in first.output
    with Archive(db) as a:
        counts = a.counts()
    assert run("import", seed, "--url", SEED_URL, "--db", db).exit_code == 0
    with Archive(db) as a:
        assert a.counts() == counts
    found = json.loads(run("search", "recount", "--format", "json", "--db", db).output)
    assert sorted(p["title"] for p in found) == [
        "Analysis: Leicestershire reflects the national picture",
        "Recount expected for Alfreton and Somercotes",
    ]


def test_the_seed_answers_for_darley(shared: Path, tmp_path: Path) -> None:
    """Issue 4's done-when, through the real text layout and fact extractor."""
    seed, db = str(shared / "seed" / "bbc-east-midlands-2021-05-07-page2.txt"), str(tmp_path / "seed.sqlite")
    assert run("import", seed, "--url", SEED_URL, "--db", db).exit_code == 0
    posts = json.loads(run("posts", "--ward", "Darley", "--format", "json", "--db", db).output)
    assert [p["title"] for p in posts] == [
        "Derbyshire PCC election count starts",
        "Conservatives gain Derby seat by a single vote",
    ]
    results = json.loads(run("results", "--ward", "Darley", "--format", "json", "--db", db).output)
    assert [(r["candidate"], r["votes"], r["elected"]) for r in results] == [
        ("Alison Martin", 1833, True),
        ("Alan Grimadell", 1305, True),
        ("Carmel Swan", 1304, False),
    ]


def test_parse_and_import_of_a_directory_say_so_and_exit_2(db: Path, tmp_path: Path) -> None:
    for args in (("parse", str(tmp_path)), ("import", str(tmp_path), "--db", str(db))):
        result = run(*args)
        assert result.exit_code == 2, args
        assert result.output == f"liveblog: {tmp_path}: a directory, not a file\n", args


READ_COMMANDS = [("posts", "--ward", "Darley"), ("results",), ("search", "recount"), ("export",), ("reparse",)]
# A database given as a path, or as SQLAlchemy URLs of a SQLite file (CONTRACT.md: "--db also takes a URL").
AS_GIVEN = {
    "path": str,
    "url": lambda path: f"sqlite:///{path}",
    "uri": lambda path: f"sqlite+pysqlite:///file:{quote(str(path))}?uri=true",
}


@pytest.mark.parametrize("command", READ_COMMANDS)
@pytest.mark.parametrize("form", list(AS_GIVEN))
def test_a_command_that_only_reads_refuses_a_missing_archive_and_creates_none(
    db: Path, tmp_path: Path, command: tuple[str, ...], form: str
) -> None:
    """A mistyped --db must not answer "no posts" from a new, empty archive made on the spot."""
    typo = tmp_path / "electon.sqlite"
    result = run(*command, "--db", AS_GIVEN[form](typo))
    assert result.exit_code == 5
    assert result.stderr == (
        f"liveblog: {AS_GIVEN[form](typo)}: no archive here (harvest or import into it first, or check --db / "
        "LIVEBLOG_DB)\n"
    )
    assert not typo.exists()
    imported(db, tmp_path)
    done = run(*command, "--db", AS_GIVEN[form](db))
    assert done.exit_code == 0, done.output


@pytest.mark.parametrize(
    ("args", "reason"),
    [
        (["import"], "Missing argument 'FILES...'."),
        (["nosuch"], "No such command 'nosuch'."),
        (["parse", "x.html", "--format", "xml"], "Invalid value for '--format': 'xml' is not one of 'json', 'jsonl'."),
        (["posts", "--limit", "0"], "Invalid value for '--limit': 0 is not in the range x>=1."),
        (["harvest", "--delay", "soon"], "Invalid value for '--delay': 'soon' is not a valid float."),
        (["watch", "--bogus"], "No such option '--bogus'. Did you mean '--verbose'?"),
    ],
)
def test_a_usage_error_of_any_command_is_one_line_on_stderr_and_exit_2(args: list[str], reason: str) -> None:
    """As every other error: 'liveblog: <reason>' on one line (DESIGN: under cron, a one-line reason)."""
    result = run(*args)
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr.startswith(f"liveblog: {reason} (see '") and result.stderr.count("\n") == 1, result.stderr


def test_import_of_a_web_address_says_to_harvest_it_and_imports_nothing(db: Path, tmp_path: Path) -> None:
    address = "https://www.bbc.co.uk/news/live/uk-politics-1"
    result = run("import", saved(tmp_path), address, "--db", str(db))
    assert result.exit_code == 2 and not db.exists()
    assert (
        result.stderr
        == f"liveblog: {address}: import reads saved copies; fetch a live page with `liveblog harvest URL`\n"
    )


def test_an_address_without_its_scheme_is_a_usage_error_that_says_so(db: Path, tmp_path: Path) -> None:
    """``www.bbc.co.uk/news/live/…`` as SOURCE is no file; as --url it would key a live page of its own."""
    result = run("parse", "www.bbc.co.uk/news/live/uk-politics-1")
    assert result.exit_code == 2
    assert result.stderr == (
        "liveblog: www.bbc.co.uk/news/live/uk-politics-1: no such file (a web address needs its https:// in front)\n"
    )
    assert run("parse", str(tmp_path / "gone.html")).stderr.endswith("gone.html: no such file\n")
    path = saved(tmp_path)
    for command in (("parse", path), ("import", path, "--db", str(db))):
        result = run(*command, "--url", "www.bbc.co.uk/news/live/uk-politics-1?page=2")
        assert result.exit_code == 2, command
        assert "--url must be a full address such as https://" in result.stderr
    assert not db.exists()
    assert run("import", path, "--db", str(db), "--url", f"{BLOG}?page=2").exit_code == 0


def test_a_reader_that_closes_the_pipe_gets_the_sigpipe_status_not_partial() -> None:
    """``liveblog parse … | head -1``: a closed stdout is not "some posts failed" (1), and no traceback."""
    import os
    import subprocess
    import sys

    root = Path(__file__).resolve().parent.parent
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader is gone before the first write
    try:
        done = subprocess.run(
            [sys.executable, "-m", "archive", "parse", str(root / "fixtures/bbc-webcore/derbyshire-2021-page1.html")],
            cwd=root, stdout=write_end, stderr=subprocess.PIPE, env={**os.environ, "PYTHONPATH": str(root)},
            check=False, timeout=60,
        )  # fmt: skip
    finally:
        os.close(write_end)
    assert (done.returncode, done.stderr) == (141, b"")


def test_an_empty_answer_names_what_the_archive_does_not_know_on_stderr(db: Path, tmp_path: Path) -> None:
    """``--ward Darly``: stdout stays the empty answer scripts read; stderr says why, with the near names."""
    imported(db, tmp_path)
    result = run("posts", "--ward", "Darly", "--format", "json", "--db", str(db))
    assert result.exit_code == 0 and result.stdout == "[]\n"
    assert result.stderr == "liveblog: no ward named 'Darly' in the archive (did you mean 'Darley'?)\n"
    result = run("results", "--ward", "Nowhere", "--council", "Derby", "--format", "jsonl", "--db", str(db))
    assert result.exit_code == 0 and result.stdout == ""
    assert result.stderr == "liveblog: no ward named 'Nowhere' in the archive\n"  # the council is known
    assert run("posts", "--ward", "darley ward", "--db", str(db)).stderr == ""
    result = run("posts", "--party", "Tories", "--format", "json", "--db", str(db))  # no note for an alias
    assert result.stderr == "" and json.loads(result.stdout)
    result = run("posts", "--party", "Whigs", "--format", "json", "--db", str(db))
    assert result.stderr == "liveblog: no party named 'Whigs' in the archive\n"
    typo = BLOG.replace("56931665", "56931656")
    result = run("posts", "--blog", typo, "--format", "json", "--db", str(db))
    assert result.stdout == "[]\n" and result.stderr == (
        f"liveblog: no live page {typo!r} in the archive (did you mean {BLOG}?)\n"
    )
    assert run("posts", "--blog", BLOG + "?page=3", "--ward", "Nowhere", "--db", str(db)).stderr == (
        "liveblog: no ward named 'Nowhere' in the archive\n"  # the live page is known
    )


def test_the_query_commands_read_an_archive_in_a_folder_they_cannot_write(db: Path, tmp_path: Path) -> None:
    """A shared or read-only copy: SQLite cannot make the WAL ``-shm`` file there, so without the read-only
    open every query failed with "attempt to write a readonly database"."""
    import os
    import subprocess
    import sys

    prefix = without_root_powers()
    imported(db, tmp_path)
    assert not db.with_name(db.name + "-shm").exists()  # closed cleanly: no writer has it open
    root = Path(__file__).resolve().parent.parent
    env = {**os.environ, "PYTHONPATH": str(root)}
    tmp_path.chmod(0o555)
    try:
        for args, rows in ((("posts", "--ward", "Darley"), 2), (("search", "recount"), 2), (("export",), 4)):
            command = [*prefix, sys.executable, "-m", "archive", *args, "--db", str(db), "--format", "jsonl"]
            command = command if args[0] != "export" else command[:-2]
            done = subprocess.run(command, cwd=root, env=env, capture_output=True, text=True, check=False, timeout=60)
            assert (done.returncode, done.stderr) == (0, ""), (args, done.stderr)
            assert len(done.stdout.splitlines()) == rows, args
        assert sorted(p.name for p in tmp_path.iterdir()) == [
            "archive.sqlite",
            "archive.sqlite.lock",
            "page2.txt",
            "warc",
        ]
    finally:
        tmp_path.chmod(0o755)


@pytest.mark.parametrize(
    ("stop", "code", "word"), [("KeyboardInterrupt", 130, "interrupted"), ("Terminated", 143, "terminated")]
)
def test_a_signal_while_a_command_is_still_loading_is_its_own_exit_not_clicks_aborted_1(
    monkeypatch: pytest.MonkeyPatch, stop: str, code: int, word: str
) -> None:
    """Ctrl-C or SIGTERM while a command is imported or its options read (before its handle_errors runs) was
    click's "Aborted!" and exit 1, which CONTRACT.md gives to "some pages failed"; found by signals sent to
    harvests at random moments."""
    from archive import cli

    def stopped(ctx: Any, args: list[str]) -> Any:
        raise cli.Terminated() if stop == "Terminated" else KeyboardInterrupt()

    monkeypatch.setattr(cli.main, "resolve_command", stopped)
    result = run("harvest", "https://www.bbc.co.uk/news/live/uk-politics-1")
    assert (result.exit_code, result.output) == (code, f"liveblog: {word}\n")
