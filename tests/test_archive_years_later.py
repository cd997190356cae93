"""The archive years later: a researcher re-parses an election night's archive after the parser improved, and
queries it by the names people type."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from livesite import LiveSite
from localserver import LocalHTTPServer, serve
from processes import without_root_powers

from archive import Archive
from archive.cli import main
from archive.harvest import reparse
from archive.warc import WarcStore
from scraper.errors import UsageError
from scraper.models import Page
from scraper.parse import parse


@pytest.fixture
def server() -> Iterator[LocalHTTPServer]:
    yield from serve()


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stderr


def improved(body: bytes, **options: Any) -> Page:
    """A parser that reads every post's body a little differently from the one that harvested."""
    page = parse(body, **options)
    for post in page.posts:
        post.body_text += " (read again)"
    return page


def test_reparse_reaches_posts_whose_last_sighting_is_no_pages_latest_capture(
    server: LocalHTTPServer, tmp_path: Path
) -> None:
    """Posts slide down the pages between runs, and a run stops at the first page that brought nothing new: a
    post last seen on page 2 of an earlier run sits on page 3 now, whose stored copy is older still."""
    site = LiveSite(page_size=5)
    site.add(15)
    site.serve(server)
    db, url = str(tmp_path / "a.sqlite"), server.url(site.path)
    harvest = ("harvest", url, "--db", db, "--allow-private", "--delay", "0", "--deep-every", "off")
    assert run(*harvest)[0] == 0
    site.add(5)
    code, err = run(*harvest)
    assert code == 0 and "5 new posts" in err, err
    with Archive(db) as archive:
        result = reparse(archive, WarcStore(tmp_path / "warc"), parse=improved)
        assert result.exit_code == 0 and result.counts.new == 0, result.line()
        bodies = {p["post_id"]: p["body_text"] for p in archive.posts()}
    assert len(bodies) == 20
    stale = sorted(post_id for post_id, body in bodies.items() if not body.endswith("(read again)"))
    assert stale == []


def version_1_archive(db: Path) -> list[dict[str, Any]]:
    """An archive as liveblog's schema version 1 left it (results' plain ward index); Darley's results."""
    import sqlite3

    from archive_pages import darley_posts, page

    with Archive(db) as a:
        a.ingest(page(darley_posts()))
        results = a.results(ward="Darley")
    con = sqlite3.connect(db, isolation_level=None)
    con.executescript(
        "DROP INDEX ix_results_ward; CREATE INDEX ix_results_ward_id ON results (ward_id);"
        "UPDATE archive_meta SET value = '1' WHERE key = 'schema_version';"
    )
    con.close()
    return results


def schema_version(db: Path) -> str:
    import sqlite3

    con = sqlite3.connect(f"file:{db}?mode=ro&immutable=1", uri=True)  # leaves no -shm behind
    try:
        return str(con.execute("SELECT value FROM archive_meta WHERE key = 'schema_version'").fetchone()[0])
    finally:
        con.close()


def test_an_older_archive_opened_read_only_is_read_as_it_is(tmp_path: Path) -> None:
    db = tmp_path / "v1.sqlite"
    before = version_1_archive(db)
    with Archive(db, read_only=True) as a:
        assert a.older_schema == 1 and a.results(ward="darley ward") == before and len(before) == 3
    assert schema_version(db) == "1" and sorted(p.name for p in tmp_path.iterdir()) == ["v1.sqlite"]
    with Archive(db) as a:  # written: upgraded
        assert a.older_schema is None and a.results(ward="Darley") == before
    assert schema_version(db) != "1"


@pytest.mark.parametrize("read_only", ["folder", "file"])
def test_the_query_commands_read_an_older_archive_they_cannot_write(tmp_path: Path, read_only: str) -> None:
    """An archive from an older liveblog on a read-only share or medium, years later: every query failed with
    "attempt to write a readonly database" (the upgrade), naming the archive by an internal ``file:`` URL."""
    import os
    import subprocess
    import sys

    prefix = without_root_powers()
    folder = tmp_path / "share"
    folder.mkdir()
    db = folder / "night.sqlite"
    version_1_archive(db)
    root = Path(__file__).resolve().parent.parent
    env = {**os.environ, "PYTHONPATH": str(root)}
    locked_out = folder if read_only == "folder" else db
    locked_out.chmod(0o555 if read_only == "folder" else 0o444)
    try:
        for args, rows in ((("results", "--ward", "Darley"), 3), (("posts", "--ward", "Darley"), 2), (("export",), 4)):
            command = [*prefix, sys.executable, "-m", "archive", *args, "--db", str(db), "--format", "jsonl"]
            done = subprocess.run(command, cwd=root, env=env, capture_output=True, text=True, check=False, timeout=60)
            assert done.returncode == 0, (args, done.stderr)
            assert done.stderr == (
                f"liveblog: warning: {db}: written by an older liveblog (schema version 1); read as it is, not "
                "upgraded, as it cannot be written here\n"
            )
            assert len(done.stdout.splitlines()) == rows, args
    finally:
        locked_out.chmod(0o755 if read_only == "folder" else 0o644)
    assert schema_version(db) == "1" and [p.name for p in folder.iterdir()] == ["night.sqlite"]


def mon_facts(ward: str, council: str, candidate: str, votes: int) -> dict[str, Any]:
    return {
        "councils": [{"name": council}],
        "wards": [{"name": ward, "council": council}],
        "parties": [{"name": "Plaid Cymru"}],
        "candidates": [{"name": candidate, "party": "Plaid Cymru", "votes": votes, "elected": True, "ward": ward}],
    }


def mon_page(number: int, spelt: tuple[str, str, str], votes: int) -> Page:
    from archive_pages import at, page, post

    ward, council, candidate = spelt
    body = f"{candidate} holds {ward} for Plaid on {council} with {votes} votes."
    return page([post(number, at(3, number), f"Plaid hold {ward}", body, mon_facts(*spelt, votes))], number=number)


ACCENTED = ("Canolbarth Môn", "Cyngor Sir Ynys Môn", "Siân Parry")
PLAIN = ("Canolbarth Mon", "Cyngor Sir Ynys Mon", "Sian Parry")


@pytest.mark.parametrize("typed", [ACCENTED, PLAIN, ("CANOLBARTH MON WARD", "cyngor sir ynys mon", "sian  parry")])
def test_names_are_found_however_their_accents_are_typed(tmp_path: Path, typed: tuple[str, str, str]) -> None:
    """A Welsh ward, council and candidate found typed without their circumflexes (or with), and one ward, council
    and candidate whether a post spelt them with accents or without."""
    with Archive(tmp_path / "a.sqlite") as a:
        a.ingest(mon_page(1, ACCENTED, 812))
        a.ingest(mon_page(2, PLAIN, 812))
        ward, council, candidate = typed
        assert [r["ward"] for r in a.results(ward=ward)] == ["Canolbarth Môn"] * 2
        assert len(a.results(council=council)) == 2 and len(a.posts(council=council)) == 2
        assert len(a.posts(candidate=candidate)) == 2 and len(a.posts(ward=ward, council=council)) == 2
        assert a.unknown_names(ward=ward, council=council, candidate=candidate) == []
        counts = a.counts()
    assert (counts["wards"], counts["councils"], counts["candidates"]) == (1, 1, 1)


def version_2_archive(db: Path) -> None:
    """An archive as schema version 2 left it, holding one ward, council and candidate twice: spelt with accents
    (keys with accents) and without."""
    import sqlite3

    from archive.names import council_key, name_key, ward_key

    with Archive(db) as a:
        a.ingest(mon_page(1, ACCENTED, 812))
    con = sqlite3.connect(db, isolation_level=None)
    for table, key_of in (("wards", ward_key), ("councils", council_key), ("candidates", name_key)):
        for ident, name in con.execute(f"SELECT id, name FROM {table}").fetchall():
            con.execute(f"UPDATE {table} SET key = ? WHERE id = ?", (key_of(name, fold=False), ident))
    con.close()
    with Archive(db) as a:
        a.ingest(mon_page(2, PLAIN, 812))
        assert (a.counts()["wards"], a.counts()["councils"], a.counts()["candidates"]) == (2, 2, 2)
    con = sqlite3.connect(db, isolation_level=None)
    con.execute("UPDATE archive_meta SET value = '2' WHERE key = 'schema_version'")
    con.close()


def test_a_version_2_archive_is_upgraded_to_accent_free_keys_merging_what_they_join(tmp_path: Path) -> None:
    db = tmp_path / "v2.sqlite"
    version_2_archive(db)
    with Archive(db, read_only=True) as a:  # read as it is: typed with accents, its keys with them are found too
        assert a.older_schema == 2 and len(a.posts(council="Cyngor Sir Ynys Môn")) == 2
        assert len(a.posts(candidate="Siân Parry")) == 2 and len(a.posts(candidate="Sian Parry")) == 1
        with pytest.raises(UsageError, match="more than one council"):  # until it is upgraded
            a.results(ward="Canolbarth Môn")
    with Archive(db) as a:
        assert a.older_schema is None
        counts = a.counts()
        assert (counts["wards"], counts["councils"], counts["candidates"]) == (1, 1, 1)
        assert counts["results"] == 2 and counts["mentions"] == 8  # nothing lost
        for typed in (ACCENTED, PLAIN):
            ward, council, candidate = typed
            rows = a.results(ward=ward, council=council)
            assert [(r["ward"], r["council"], r["candidate"]) for r in rows] == [ACCENTED] * 2
            assert len(a.posts(candidate=candidate)) == len(a.posts(council=council)) == 2
        a.ingest(mon_page(3, PLAIN, 900))  # later harvests join the merged rows
        assert (a.counts()["wards"], a.counts()["candidates"]) == (1, 1) and len(a.results(ward="Canolbarth")) == 0
        assert len(a.results(ward="canolbarth mon")) == 3
    assert schema_version(db) == "3"


def test_a_saved_copy_imported_is_kept_and_reparsed_like_a_harvested_page(tmp_path: Path) -> None:
    """`liveblog import` kept only the file's path: years later the file is gone, and reparse passed the copy's
    posts by without a word (20 of the demo's 527 posts)."""
    import shutil

    from warcio.archiveiterator import ArchiveIterator

    source = Path(__file__).resolve().parent.parent / "fixtures" / "text" / "derby-2019-gmt-promo.txt"
    saved = tmp_path / "copy.txt"
    shutil.copy(source, saved)
    db = tmp_path / "a.sqlite"
    url = "https://www.bbc.co.uk/news/live/uk-england-derbyshire-47956111"
    for _ in range(2):  # a second import of the same file keeps nothing twice
        code, err = run("import", str(saved), "--url", url, "--db", str(db))
        assert code == 0, err
    records = []
    for path in sorted((tmp_path / "warc").glob("*.warc.gz")):
        with path.open("rb") as stream:
            records += [(r.rec_type, r.rec_headers.get_header("WARC-Target-URI"), r.content_stream().read())
                        for r in ArchiveIterator(stream) if r.rec_type != "warcinfo"]  # fmt: skip
    assert records == [("resource", url, source.read_bytes())]
    saved.unlink()
    with Archive(db) as archive:
        before = {p["post_id"] for p in archive.posts()}
        result = reparse(archive, WarcStore(tmp_path / "warc"), parse=improved)
        assert (result.captures, result.counts.new, result.exit_code) == (1, 0, 0), result.line()
        bodies = {p["post_id"]: p["body_text"] for p in archive.posts()}
    assert set(bodies) == before and len(before) == 3
    assert all(body.endswith("(read again)") for body in bodies.values())
    code, err = run("reparse", "--db", str(db))
    assert code == 0 and "1 captures re-parsed" in err, err


def test_copies_of_one_page_imported_at_one_instant_reparse_as_they_were_imported(tmp_path: Path) -> None:
    """Files imported with one --fetched-at for one address: each post is as the last copy holding it left it.
    Reading both copies as sightings flipped each post they share from one version to the other, two revisions a
    reparse; reading the later alone left a post only the earlier holds as the old parser read it."""
    source = Path(__file__).resolve().parent.parent / "fixtures" / "text" / "derby-2019-gmt-promo.txt"
    first, second = tmp_path / "first.txt", tmp_path / "second.txt"
    first.write_bytes(source.read_bytes())
    text = source.read_bytes().replace(b"long queues", b"long queues in the rain")
    second.write_bytes(text[: text.index(b"  2. ")] + text[text.index(b"  3. ") :])  # post 2 only in the first copy
    db, url = tmp_path / "a.sqlite", "https://www.bbc.co.uk/news/live/uk-england-derbyshire-47956111"
    options = ("--url", url, "--fetched-at", "2019-12-12T23:00:00Z", "--db", str(db))
    assert run("import", str(first), str(second), *options)[0] == 0
    with Archive(db) as archive:
        held = archive.counts()
        bodies = {post["post_id"]: post["body_text"] for post in archive.posts()}
        assert len(bodies) == 3 and sum("in the rain" in body for body in bodies.values()) == 1
        for _ in range(2):
            result = reparse(archive, WarcStore(tmp_path / "warc"))
            assert (result.captures, result.counts.new, result.counts.revised) == (2, 0, 0), result.line()
        assert archive.counts() == held
        result = reparse(archive, WarcStore(tmp_path / "warc"), parse=improved)
        assert (result.counts.new, result.counts.revised) == (0, 3), result.line()
        again = {post["post_id"]: post["body_text"] for post in archive.posts()}
    assert again == {post_id: body + " (read again)" for post_id, body in bodies.items()}
