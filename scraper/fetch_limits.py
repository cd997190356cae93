"""Limits on what liveblog will fetch: which URLs, which addresses, how many bytes.

Each check raises `FetchError` naming the URL; none of them touches the network except `check_address`, which
resolves the host (through an injectable resolver) to refuse loopback and private addresses.
"""

from __future__ import annotations

import ipaddress
import socket
import sys
import zlib
from collections.abc import Callable, Iterable, Iterator
from urllib.parse import SplitResult, urlsplit

from scraper.errors import FetchError

Resolver = Callable[[str, int], list[str]]

SCHEMES = ("http", "https")
# Decompress at most this much per step, so one tiny compressed chunk can never expand past the limit in memory.
INFLATE_STEP = 64 * 1024
IDENTITY_ENCODINGS = ("", "identity")
GZIP_ENCODINGS = ("gzip", "x-gzip", "deflate")


def system_resolver(host: str, port: int) -> list[str]:
    """Every address the system resolver gives for host."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return sorted({str(info[4][0]) for info in infos})


def split_url(url: str) -> SplitResult:
    """``urlsplit``, with the URL it cannot read (an unclosed IPv6 ``[``: a typo, or a server's ``Location``) a
    FetchError naming it, rather than a ValueError that ends the command in a traceback."""
    try:
        return urlsplit(url)
    except ValueError as exc:
        raise FetchError(f"bad URL: {exc}", source=url) from exc


def host_of(url: str) -> str:
    return (split_url(url).hostname or "").lower().rstrip(".")


def host_allowed(host: str, allowed: Iterable[str]) -> bool:
    """True when host is one of allowed, or a subdomain of one."""
    host = host.lower().rstrip(".")
    return any(host == entry or host.endswith("." + entry) for entry in (a.lower().strip(".") for a in allowed))


def check_url(url: str, *, allowed_hosts: Iterable[str]) -> None:
    """Only http(s), with a host, and that host among the allowed ones."""
    parts = split_url(url)
    if parts.scheme.lower() not in SCHEMES:
        raise FetchError(f"only http and https URLs are fetched, not {parts.scheme or 'a relative URL'!r}", source=url)
    host = host_of(url)
    if not host:
        raise FetchError("URL has no host", source=url)
    try:
        parts.port  # noqa: B018 - urllib checks the port only when asked
    except ValueError as exc:
        raise FetchError(f"bad URL: {exc}", source=url) from exc
    if not host_allowed(host, allowed_hosts):
        raise FetchError(f"host {host} is not among the allowed hosts ({', '.join(allowed_hosts)})", source=url)


def is_public(address: str) -> bool:
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast


def check_address(url: str, *, resolve: Resolver = system_resolver) -> None:
    """Refuse a URL whose host is, or resolves to, a loopback, private, link-local or reserved address."""
    parts = split_url(url)
    host = host_of(url)
    try:
        addresses = [str(ipaddress.ip_address(host))]
    except ValueError:
        try:
            addresses = resolve(host, parts.port or (443 if parts.scheme == "https" else 80))
        except OSError as exc:
            raise FetchError(f"cannot resolve host {host}: {exc}", source=url) from exc
    if not addresses:
        raise FetchError(f"host {host} has no address", source=url)
    private = [a for a in addresses if not is_public(a)]
    if private:
        raise FetchError(
            f"host {host} is a loopback or private address ({private[0]}); pass --allow-private to fetch it",
            source=url,
        )


class Inflater:
    """Decode a Content-Encoding step by step, never producing more than `limit` bytes in all."""

    def __init__(self, encoding: str, *, limit: int, url: str) -> None:
        self.encoding = encoding.strip().lower()
        self.limit = limit
        self.url = url
        self.produced = 0
        if self.encoding in IDENTITY_ENCODINGS:
            self._z: zlib._Decompress | None = None
        elif self.encoding in GZIP_ENCODINGS:
            # 32 + MAX_WBITS accepts both gzip and zlib headers (servers label either as "deflate").
            self._z = zlib.decompressobj(32 + zlib.MAX_WBITS)
        else:
            raise FetchError(f"unsupported Content-Encoding {encoding!r}", source=url)

    def feed(self, data: bytes) -> Iterator[bytes]:
        if self._z is None:
            yield self._count(data)
            return
        try:
            out = self._z.decompress(data, INFLATE_STEP)
            yield self._count(out)
            while self._z.unconsumed_tail:
                yield self._count(self._z.decompress(self._z.unconsumed_tail, INFLATE_STEP))
        except zlib.error as exc:
            raise FetchError(f"body is not valid {self.encoding} data: {exc}", source=self.url) from exc

    def finish(self) -> Iterator[bytes]:
        if self._z is None:
            return
        yield from self.feed(b"")
        if not self._z.eof:
            raise FetchError(f"{self.encoding} body ends before its end marker (truncated)", source=self.url)

    def _count(self, chunk: bytes) -> bytes:
        self.produced += len(chunk)
        if self.produced > self.limit:
            raise FetchError(
                f"body larger than {self.limit} bytes after decompression ({self.encoding}); refused (--max-body)",
                source=self.url,
            )
        return chunk


def read_limited(chunks: Iterable[bytes], *, encoding: str, limit: int, url: str) -> tuple[bytes, bytes]:
    """(bytes as received, decoded bytes), refusing more than `limit` of either while they arrive."""
    wire = bytearray()
    inflater = Inflater(encoding, limit=limit, url=url)
    decoded = None if inflater.encoding in IDENTITY_ENCODINGS else bytearray()
    for chunk in chunks:
        wire += chunk
        if len(wire) > limit:
            raise FetchError(f"body larger than {limit} bytes; refused while streaming (--max-body)", source=url)
        if decoded is not None:
            for part in inflater.feed(chunk):
                decoded += part
    if decoded is None:
        body = bytes(wire)
        return body, body
    for part in inflater.finish():
        decoded += part
    return bytes(wire), bytes(decoded)


def read_prefix(chunks: Iterable[bytes], *, encoding: str, limit: int, url: str) -> tuple[bytes, bytes]:
    """(bytes as received, the body's first `limit` bytes decoded, to the end of their last whole line): reading
    stops there. For robots.txt, which RFC 9309 §2.5 lets a crawler parse only so far (a limit of at least 500
    KiB): a longer file is obeyed up to the limit, not refused whole. A rule cut in half is left out, since
    ``Allow: /news/x`` cut to ``Allow: /`` would allow everything."""
    # No limit of the inflater's own: this loop stops at `limit`, and compressed data comes INFLATE_STEP at a time.
    inflater = Inflater(encoding, limit=sys.maxsize, url=url)
    wire, body = bytearray(), bytearray()
    for chunk in chunks:
        wire += chunk
        for part in inflater.feed(chunk):
            body += part
            if len(body) >= limit:
                return bytes(wire), _whole_lines(body[:limit])
    for part in inflater.finish():
        body += part
    return bytes(wire), bytes(body) if len(body) < limit else _whole_lines(body[:limit])


def _whole_lines(data: bytearray) -> bytes:
    return bytes(data[: data.rfind(b"\n") + 1])
