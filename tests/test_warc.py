from __future__ import annotations

import gzip
from datetime import UTC, datetime
from pathlib import Path

import pytest
from warcio.archiveiterator import ArchiveIterator

from archive.warc import WarcStore
from scraper.errors import ArchiveError
from scraper.fetch import Capture

WHEN = datetime(2021, 5, 8, 9, 0, 0, 123456, tzinfo=UTC)
BODY = "<html><body><p>Conservatives gain Derby seat – £</p></body></html>".encode()


def capture(n: int = 1, *, gzipped: bool = False, when: datetime = WHEN) -> Capture:
    wire = gzip.compress(BODY) if gzipped else BODY
    headers = [("Content-Type", "text/html; charset=utf-8"), ("ETag", f'"v{n}"'), ("Transfer-Encoding", "chunked")]
    if gzipped:
        headers.append(("Content-Encoding", "gzip"))
    return Capture(
        url=f"https://www.bbc.co.uk/news/live/x?page={n}",
        final_url=f"https://www.bbc.co.uk/news/live/x?page={n}",
        status=200,
        headers=tuple(headers),
        body=BODY,
        wire_body=wire,
        fetched_at=when,
        charset="utf-8",
        etag=f'"v{n}"',
        request_headers=(("Host", "www.bbc.co.uk"), ("User-Agent", "liveblog/dev (+mailto:x@example.org)")),
        http_version="HTTP/2",
    )


def test_round_trip_through_warcio(tmp_path: Path) -> None:
    store = WarcStore(tmp_path)
    plain, packed = capture(1), capture(2, gzipped=True)
    where = [store.write(plain), store.write(packed)]
    assert where[0].file == where[1].file and where[1].offset >= where[0].offset + where[0].length
    assert all(w.digest and w.digest.startswith("sha1:") for w in where)

    with (tmp_path / where[0].file).open("rb") as stream:
        records = [(r.rec_type, r.rec_headers, r.content_stream().read()) for r in ArchiveIterator(stream)]
    assert [r[0] for r in records] == ["warcinfo", "response", "request", "response", "request"]
    assert records[1][2] == BODY and records[3][2] == BODY  # warcio decodes the stored gzip itself
    assert records[2][1].get_header("WARC-Concurrent-To") == records[1][1].get_header("WARC-Record-ID")
    assert records[1][1].get_header("WARC-Protocol") == "h2"

    for location, original in zip(where, (plain, packed), strict=True):
        back = store.read(location.file, location.offset)
        assert (back.url, back.status, back.body, back.wire_body) == (
            original.url,
            200,
            BODY,
            original.wire_body,
        )
        assert (back.fetched_at, back.charset, back.etag, back.http_version) == (WHEN, "utf-8", original.etag, "HTTP/2")
        assert ("Transfer-Encoding", "chunked") not in back.headers
    assert [(loc, cap.url) for loc, cap in store.captures()] == [
        (w, c.url) for w, c in zip(where, (plain, packed), strict=True)
    ]


def test_rotates_by_size(tmp_path: Path) -> None:
    store = WarcStore(tmp_path, max_size=1)
    locations = [store.write(capture(n, when=WHEN)) for n in range(3)]
    assert len({loc.file for loc in locations}) == 3
    assert [p.name for p in store.files()] == sorted(loc.file for loc in locations)
    assert [c.etag for _, c in store.captures()] == ['"v0"', '"v1"', '"v2"']


def test_bad_offset_is_an_archive_error(tmp_path: Path) -> None:
    store = WarcStore(tmp_path)
    where = store.write(capture())
    with pytest.raises(ArchiveError):
        store.read(where.file, where.offset + where.length)  # the request record, not a response
    with pytest.raises(ArchiveError):
        store.read("missing.warc.gz", 0)


def test_a_write_the_disk_cuts_short_is_undone_so_later_records_stay_readable(tmp_path: Path) -> None:
    """The disk filling mid-record: the kernel writes what fits, then refuses (here a file size limit, which needs
    neither root nor a full disk). The torn record used to stay at the end of the file, and every record appended
    after it, once there was room again, was lost to anything reading the file through (replay tools)."""
    import subprocess
    import sys

    script = (
        "import resource, sys\n"
        "from test_warc import capture\n"
        "from archive.warc import WarcStore\n"
        "store = WarcStore(sys.argv[1])\n"
        "store.write(capture(1))\n"
        "size = store.files()[0].stat().st_size\n"
        "resource.setrlimit(resource.RLIMIT_FSIZE, (size + 100, resource.RLIM_INFINITY))\n"
        "try:\n"
        "    store.write(capture(2))\n"
        "except Exception as exc:\n"
        "    print(type(exc).__name__, exc)\n"
        "print(store.files()[0].stat().st_size - size)\n"
    )
    root = Path(__file__).resolve().parent.parent
    env = {"PYTHONPATH": f"{root / 'tests'}:{root}", "PATH": "/usr/bin:/bin"}
    done = subprocess.run([sys.executable, "-c", script, str(tmp_path)], env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    error, grown = done.stdout.splitlines()
    assert error.startswith("ArchiveError") and "cannot write WARC file" in error and "File too large" in error
    assert grown == "0"  # cut back to the record boundary
    store = WarcStore(tmp_path)
    third = store.write(capture(3))  # room again: the next run appends
    assert [c.etag for _, c in store.captures()] == ['"v1"', '"v3"']
    assert store.read(third.file, third.offset).etag == '"v3"'


def test_a_copy_taken_while_a_record_is_being_appended_ends_on_a_whole_record(tmp_path: Path) -> None:
    """export-warc during a harvest: the copy used to read to wherever the append had got to, and a replay tool
    then met a torn record at its end. Here the append is held half done, under its lock, until the copy has
    either finished (as it did) or is seen waiting for the lock in /proc/locks."""
    import fcntl
    import os
    import threading

    from archive.harvest import export_warc

    store = WarcStore(tmp_path / "warc")
    store.write(capture(1))
    (path,) = store.files()
    whole = path.read_bytes()
    second = WarcStore(tmp_path / "scratch")
    second.write(capture(2))
    record = second.files()[0].read_bytes()  # whole records, appended in one write as a harvest appends them
    copies: list[Path] = []
    with path.open("ab", buffering=0) as stream:
        fcntl.flock(stream.fileno(), fcntl.LOCK_EX)
        stream.write(record[: len(record) // 2])  # the append in progress
        copier = threading.Thread(target=lambda: copies.extend(export_warc(store, tmp_path / "out")))
        copier.start()
        inode = f":{os.stat(path).st_ino} "
        locks = Path("/proc/locks")
        while copier.is_alive() and not any("->" in line and inode in line for line in locks.read_text().splitlines()):
            copier.join(0.01)  # until the copy is done, or waits for the append
        stream.write(record[len(record) // 2 :])
    copier.join()
    (copy,) = copies
    assert copy.read_bytes() in (whole, whole + record)  # before or after the append, never in the middle of it


def test_repair_cuts_a_record_a_killed_run_left_half_written_and_nothing_else(tmp_path: Path) -> None:
    """kill -9 during an append leaves part of a record (the kernel stops a write for a fatal signal): cut back to
    the last whole record, the next record appended reads through; a file that ends whole is left as it is."""
    store = WarcStore(tmp_path / "warc")
    for n in (1, 2):
        store.write(capture(n, gzipped=n == 2))
    (path,) = store.files()
    whole = path.read_bytes()
    assert store.repair() == 0 and path.read_bytes() == whole
    third = store.write(capture(3))
    torn = path.read_bytes()[third.offset : third.offset + third.length]  # one record: one gzip member
    path.write_bytes(whole)
    for cut in (10, len(torn) // 2, len(torn) - 3):  # in a header, a body, a gzip trailer
        path.write_bytes(whole + torn[:cut])
        assert store.repair() == cut and path.read_bytes() == whole
    store.write(capture(4))
    assert [c.etag for _, c in store.captures()] == ['"v1"', '"v2"', '"v4"']


def test_the_warc_folder_is_beside_the_sqlite_file_however_the_archive_is_named(tmp_path: Path) -> None:
    """``--db sqlite:///…`` kept the WARC files in the current folder, so a reparse given the same archive by its
    path (or run from another folder) found none of them."""
    from urllib.parse import quote

    from archive.harvest import warc_folder

    db = tmp_path / "night.sqlite"
    for given in (str(db), f"sqlite:///{db}", f"sqlite+pysqlite:///file:{quote(str(db))}?uri=true"):
        assert warc_folder(given) == tmp_path / "warc", given
    assert warc_folder("postgresql+psycopg://liveblog@db.example/night") == Path("warc")
