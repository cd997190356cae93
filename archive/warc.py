"""Raw captures as WARC: every response (status, headers, the bytes as received) with its request, in gzip WARC
files rotated by size, and read back for `liveblog reparse`; a saved copy imported is a ``resource`` record of its
bytes as read (`WarcStore.write_file`), for its page's address.

Records are built by hand with warcio's WARCWriter from a `Capture` (warcio's capture_http does not see httpx).
The body is stored as it came off the wire — still gzip-compressed if the server compressed it, with its
Content-Encoding header — so replay tools see the original response; Transfer-Encoding is dropped because
httpx has already de-chunked the bytes. Each capture's response record is located by
(file, offset, length) and identified by its WARC-Payload-Digest; these go in the captures table.
"""

from __future__ import annotations

import fcntl
import io
import os
import re
import shutil
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from http import HTTPStatus
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from warcio.archiveiterator import ArchiveIterator
from warcio.recordbuilder import RecordBuilder
from warcio.statusandheaders import StatusAndHeaders
from warcio.timeutils import datetime_to_iso_date, iso_date_to_datetime
from warcio.warcwriter import WARCWriter

from scraper.errors import ArchiveError, LiveblogError
from scraper.fetch import Capture
from scraper.fetch_encoding import choose_charset
from scraper.fetch_limits import read_limited

DEFAULT_MAX_SIZE = 1024**3  # rotate after a gigabyte, the usual WARC file size
COPY_CHUNK = 1024 * 1024
# A stored body is decoded again under this ceiling (it passed the fetch limit once; this guards a damaged file).
MAX_STORED_BODY = 256 * 1024 * 1024
# httpx's http_version ↔ WARC 1.1 WARC-Protocol values.
PROTOCOLS = {"HTTP/1.0": "http/1.0", "HTTP/1.1": "http/1.1", "HTTP/2": "h2", "HTTP/3": "h3"}
PREFIX = "liveblog"
SOFTWARE = "liveblog (https://github.com/liveblog/liveblog)"
# Hop-by-hop framing that no longer describes the stored bytes.
DROPPED_HEADERS = frozenset({"transfer-encoding"})
# An extension field: the URL asked for, when a redirect led to the WARC-Target-URI.
REQUESTED_URI = "Liveblog-Requested-URI"
_HTTP_VERSIONS = {v: k for k, v in PROTOCOLS.items()}
_NAME = re.compile(rf"^{PREFIX}-(\d{{14}})-(\d{{5}})\.warc\.gz$")


@dataclass(frozen=True, slots=True)
class WarcLocation:
    """Where a capture's response record is: file name (relative to the WARC folder), byte offset and length."""

    file: str
    offset: int
    length: int
    digest: str | None


class WarcStore:
    """A folder of gzip WARC files; appends to the newest until it reaches `max_size`, then starts another."""

    def __init__(self, folder: str | Path, *, max_size: int = DEFAULT_MAX_SIZE) -> None:
        self.folder = Path(folder)
        self.max_size = max_size

    def files(self) -> list[Path]:
        """The WARC files of this store, oldest first."""
        if not self.folder.is_dir():
            return []
        return sorted(p for p in self.folder.iterdir() if _NAME.match(p.name))

    def _current(self, when: datetime) -> Path:
        files = self.files()
        if files and files[-1].stat().st_size < self.max_size:
            return files[-1]
        serial = int(_NAME.match(files[-1].name).group(2)) + 1 if files else 1  # type: ignore[union-attr]
        return self.folder / f"{PREFIX}-{when.astimezone(UTC):%Y%m%d%H%M%S}-{serial:05d}.warc.gz"

    def write(self, capture: Capture) -> WarcLocation:
        """Append the capture's response and request records; where the response record is."""
        return self._append_records(capture.fetched_at, lambda writer: build_records(writer, capture))

    def write_file(self, url: str, fetched_at: datetime, data: bytes) -> WarcLocation:
        """Append a saved copy of the page at ``url`` (a file imported: no HTTP response) as a WARC ``resource``
        record, so that a reparse reads it as it reads a response; where the record is."""

        def build(writer: RecordBuilder) -> tuple[Any, None]:
            date = datetime_to_iso_date(fetched_at.astimezone(UTC).replace(tzinfo=None), use_micros=True)
            record = writer.create_warc_record(
                url,
                "resource",
                payload=io.BytesIO(data),
                length=len(data),
                warc_content_type="application/octet-stream",
                warc_headers_dict={"WARC-Date": date},
            )
            return record, None

        return self._append_records(fetched_at, build)

    def _append_records(self, when: datetime, build: Callable[[RecordBuilder], tuple[Any, Any | None]]) -> WarcLocation:
        """Append the records ``build(writer)`` makes (the located one, and one concurrent to it or None)."""
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            path = self._current(when)
            # Records are built in memory and appended with one write, so a run killed at any moment leaves the
            # file ending on a record boundary (a torn gzip member would hide every record appended after it).
            buffer = io.BytesIO()
            writer = WARCWriter(buffer, gzip=True, warc_version="1.1")
            start = path.stat().st_size if path.exists() else 0
            if start == 0:
                info = {"software": SOFTWARE, "format": "WARC File Format 1.1"}
                writer.write_record(writer.create_warcinfo_record(path.name, info))
            response, request = build(writer)
            offset = start + buffer.tell()
            writer.write_record(response)
            length = start + buffer.tell() - offset
            if request is not None:
                writer.write_record(request)
            _append(path, buffer.getvalue())
            if start == 0:  # a new file: its name in the folder must reach the disk too, not only its bytes
                _sync_folder(self.folder)
        except OSError as exc:
            raise ArchiveError(f"cannot write WARC file: {exc}", source=str(self.folder)) from exc
        return WarcLocation(path.name, offset, length, response.rec_headers.get_header("WARC-Payload-Digest"))

    def read(self, file: str, offset: int) -> Capture:
        """The capture whose response record starts at `offset` of `file`."""
        path = self.folder / file
        try:
            with path.open("rb") as stream:
                stream.seek(offset)
                record = next(iter(ArchiveIterator(stream)), None)
                if record is not None and record.rec_type == "resource":
                    return file_capture(record)
                if record is None or record.rec_type != "response":
                    raise ArchiveError(f"no WARC response record at offset {offset}", source=str(path))
                return record_capture(record)
        except OSError as exc:
            raise ArchiveError(f"cannot read WARC file: {exc}", source=str(path)) from exc

    def copy(self, path: Path, target: Path) -> Path:
        """Copy the WARC file ``path`` to ``target`` as it stands between two appends: a harvest appending meanwhile
        (each append is made under an exclusive ``flock``, see `_append`) never leaves a torn record at the copy's
        end. The wait is for one append in progress at most, never for the harvest."""
        with path.open("rb") as source:
            fcntl.flock(source.fileno(), fcntl.LOCK_SH)
            size = os.fstat(source.fileno()).st_size
            fcntl.flock(source.fileno(), fcntl.LOCK_UN)
            with target.open("wb") as sink:
                while size > 0 and (chunk := source.read(min(size, COPY_CHUNK))):
                    sink.write(chunk)
                    size -= len(chunk)
        shutil.copystat(path, target)
        return target

    def repair(self) -> int:
        """Cut the newest WARC file back to its last whole record, when a run killed mid-append (kill -9, the OOM
        killer, a power cut: nothing of ours runs, see `_append`) left part of one at its end; else the records
        the next run appends after it are lost to anything reading the file through. Decompresses the whole file
        (seconds a gigabyte): for a run that finds the last one did not finish, not for every run. The bytes cut.
        """
        files = self.files()
        if not files:
            return 0
        path = files[-1]
        size = path.stat().st_size
        whole = _whole_members(path)
        if whole < size:
            with path.open("r+b") as stream:
                fcntl.flock(stream.fileno(), fcntl.LOCK_EX)
                stream.truncate(whole)
        return size - whole

    def captures(self) -> Iterator[tuple[WarcLocation, Capture]]:
        """Every response record in every file, oldest first, with where it is."""
        for path in self.files():
            with path.open("rb") as stream:
                records = ArchiveIterator(stream)
                for record in records:
                    if record.rec_type != "response":
                        continue
                    capture = record_capture(record)
                    digest = record.rec_headers.get_header("WARC-Payload-Digest")
                    where = WarcLocation(path.name, records.get_record_offset(), records.get_record_length(), digest)
                    yield where, capture


def _append(path: Path, data: bytes) -> None:
    """Append ``data`` with a single unbuffered write (looping only if the kernel took part of it), then fsync it.

    A write that fails part way (the disk full: the kernel takes what fits, then ENOSPC) or is interrupted (Ctrl-C,
    SIGTERM between two parts) is undone: the file is cut back to where it ended, and so still ends on a record
    boundary; a torn record left at the end would hide every record the next run appends after it.

    The fsync (one a page: a page's records are one append) comes before the page's SQLite commit, which points
    at them: after a power cut, a captures row that survived finds its record on disk. Without it the kernel may
    write the SQLite WAL out before the WARC bytes, and lose the latter. (SQLite's ``synchronous=NORMAL`` may
    roll the last commits back after a power cut; a record left without its row is harmless, the next run
    fetches that page again.)
    """
    with path.open("ab", buffering=0) as stream:
        fcntl.flock(stream.fileno(), fcntl.LOCK_EX)  # a copy being taken (`WarcStore.copy`) stops short of it
        end = os.fstat(stream.fileno()).st_size
        try:
            view = memoryview(data)
            while view:
                view = view[stream.write(view) or 0 :]
            os.fsync(stream.fileno())
        except BaseException:
            stream.truncate(end)
            raise


def _sync_folder(folder: Path) -> None:
    """fsync ``folder`` itself, so that a file just made in it is still there after a power cut."""
    fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _whole_members(path: Path) -> int:
    """Where the last whole gzip member of ``path`` ends (each WARC record is one), when the file ends inside one;
    its size otherwise, also when a member is damaged (cutting there would drop the whole records after it)."""
    end = offset = 0
    member = zlib.decompressobj(wbits=31)
    with path.open("rb") as stream:
        while data := stream.read(COPY_CHUNK):
            while data:
                try:
                    member.decompress(data, COPY_CHUNK)  # the output is not kept: at most a chunk of it at a time
                except zlib.error:
                    return path.stat().st_size
                if member.eof:
                    offset += len(data) - len(member.unused_data)
                    end, data, member = offset, member.unused_data, zlib.decompressobj(wbits=31)
                else:
                    offset += len(data) - len(member.unconsumed_tail)
                    data = member.unconsumed_tail
    return end


def build_records(writer: RecordBuilder, capture: Capture) -> tuple[Any, Any]:
    """The WARC response record for a capture, and the request record concurrent to it."""
    date = datetime_to_iso_date(capture.fetched_at.astimezone(UTC).replace(tzinfo=None), use_micros=True)
    kept = [(k, v) for k, v in capture.headers if k.lower() not in DROPPED_HEADERS]
    phrase = _phrase(capture.status)
    http = StatusAndHeaders(f"{capture.status} {phrase}".strip(), kept, protocol="HTTP/1.1")
    extra = {"WARC-Date": date, "WARC-Protocol": PROTOCOLS.get(capture.http_version, "http/1.1")}
    if capture.charset:
        extra["WARC-Identified-Charset"] = capture.charset
    if capture.url != capture.final_url:
        extra[REQUESTED_URI] = capture.url
    response = writer.create_warc_record(
        capture.final_url,
        "response",
        payload=io.BytesIO(capture.wire_body),
        length=len(capture.wire_body),
        http_headers=http,
        warc_headers_dict=extra,
    )
    parts = urlsplit(capture.final_url)
    target = parts.path + (f"?{parts.query}" if parts.query else "") or "/"
    req_http = StatusAndHeaders(f"GET {target} HTTP/1.1", list(capture.request_headers), is_http_request=True)
    concurrent = {"WARC-Date": date, "WARC-Concurrent-To": response.rec_headers.get_header("WARC-Record-ID")}
    request = writer.create_warc_record(
        capture.final_url,
        "request",
        payload=io.BytesIO(b""),
        length=0,
        http_headers=req_http,
        warc_headers_dict=concurrent,
    )
    return response, request


def _phrase(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return ""


def file_capture(record: Any) -> Capture:
    """A Capture of a saved copy kept as a resource record (`WarcStore.write_file`): its bytes as imported."""
    url = record.rec_headers.get_header("WARC-Target-URI")
    data = record.raw_stream.read()
    fetched_at = iso_date_to_datetime(record.rec_headers.get_header("WARC-Date")).replace(tzinfo=UTC)
    return Capture(url=url, final_url=url, status=200, headers=(), body=data, wire_body=data, fetched_at=fetched_at)


def record_capture(record: Any) -> Capture:
    """A Capture rebuilt from a WARC response record (the body decoded again from the wire bytes)."""
    rec_headers, http = record.rec_headers, record.http_headers
    url = rec_headers.get_header("WARC-Target-URI")
    wire = record.raw_stream.read()
    headers = tuple((str(k), str(v)) for k, v in http.headers)
    encoding = http.get_header("Content-Encoding") or ""
    try:
        _, body = read_limited([wire], encoding=encoding, limit=MAX_STORED_BODY, url=url)
    except LiveblogError as exc:
        raise ArchiveError(f"stored body cannot be decoded: {exc}", source=url) from exc
    content_type = http.get_header("Content-Type")
    status = int(http.get_statuscode() or 0)
    return Capture(
        url=rec_headers.get_header(REQUESTED_URI) or url,
        final_url=url,
        status=status,
        headers=headers,
        body=body,
        wire_body=wire,
        fetched_at=iso_date_to_datetime(rec_headers.get_header("WARC-Date")).replace(tzinfo=UTC),
        charset=rec_headers.get_header("WARC-Identified-Charset")
        or (choose_charset(content_type, body) if body else None),
        etag=http.get_header("ETag"),
        last_modified=http.get_header("Last-Modified"),
        not_modified=status == 304,
        http_version=_HTTP_VERSIONS.get(rec_headers.get_header("WARC-Protocol") or "", "HTTP/1.1"),
    )
