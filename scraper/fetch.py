"""Fetch one URL politely and safely: `fetch_one(url) -> Capture`, or a `Fetcher` around your own httpx.Client.

The pieces, each in its own module and testable alone, are put together here in this order for every hop:
limits (scheme, allowed host, private address) → robots.txt (+ Crawl-delay) → per-host throttle → request with
conditional headers → retries with backoff on connection errors, timeouts, 429, 5xx and empty pages (Retry-After
honoured) → redirect (followed by hand, only within the allowed hosts, loops refused) → content type → body
streamed under the size limit, decompressed under it again → charset. httpx errors are wrapped in FetchError here.
"""

from __future__ import annotations

import random
import re
import threading
import urllib.request
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import NoReturn
from urllib.parse import urljoin

import httpx

from scraper.config import FetchConfig
from scraper.errors import FetchError
from scraper.fetch_encoding import HTML_TYPES, ROBOTS_TYPES, check_content_type, choose_charset, media_type
from scraper.fetch_limits import (
    IDENTITY_ENCODINGS,
    Resolver,
    check_address,
    check_url,
    host_of,
    read_limited,
    read_prefix,
    system_resolver,
)
from scraper.fetch_retry import RETRY_STATUSES, Backoff, Clock, HostThrottle, parse_retry_after
from scraper.fetch_robots import RobotsCache, RobotsReply, RobotsStore, product_token

Headers = tuple[tuple[str, str], ...]
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
# How httpx begins the error for a redirect whose Location is no address (see `_refuse_bad_location`).
BAD_LOCATION = "Invalid URL in location header"
ACCEPT = "text/html,application/xhtml+xml,application/json;q=0.9,*/*;q=0.1"
# Only encodings we can inflate step by step under the size limit.
ACCEPT_ENCODING = "gzip, deflate"
ROBOTS_MAX_BODY = 512 * 1024
_HTML_END = re.compile(rb"</html\s*>", re.IGNORECASE)


@dataclass(frozen=True, slots=True, kw_only=True)
class Capture:
    """One HTTP response as received: what the parser reads and what the WARC file keeps."""

    url: str
    final_url: str
    status: int
    headers: Headers
    body: bytes
    fetched_at: datetime
    charset: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    not_modified: bool = False
    request_headers: Headers = ()
    http_version: str = "HTTP/1.1"
    #: The body exactly as it came off the wire (still gzip-compressed when the server compressed it).
    wire_body: bytes = b""
    redirects: tuple[str, ...] = field(default_factory=tuple)

    def header(self, name: str) -> str | None:
        name = name.lower()
        return next((v for k, v in self.headers if k.lower() == name), None)

    @property
    def content_type(self) -> str:
        return media_type(self.header("content-type"))


def conditional_headers(etag: str | None, last_modified: str | None) -> dict[str, str]:
    """If-None-Match / If-Modified-Since from the validators remembered for a URL."""
    headers: dict[str, str] = {}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    return headers


def make_client(config: FetchConfig) -> httpx.Client:
    """An httpx.Client set up from config (timeouts, HTTP/2, User-Agent); redirects are never followed by it.

    Without a proxy in the environment its transport is a `SchemeTransport`: the TLS context (and HTTP/2) is
    built on the first https:// request, not up front. With one, httpx's own (which routes through the proxy).
    """
    timeout = httpx.Timeout(config.read_timeout, connect=config.connect_timeout)
    headers = {"User-Agent": config.agent, "Accept": ACCEPT, "Accept-Encoding": ACCEPT_ENCODING}
    transport = None if urllib.request.getproxies() else SchemeTransport(http2=config.http2)
    return httpx.Client(
        http2=config.http2, timeout=timeout, follow_redirects=False, headers=headers, transport=transport
    )


class SchemeTransport(httpx.BaseTransport):
    """httpx's HTTPTransport, made for each URL scheme on its first request.

    The https:// one is exactly what httpx.Client would make (certifi's CA bundle, HTTP/2 when asked); a
    plain http:// request needs neither a TLS context nor h2 (HTTP/2 is only negotiated over TLS), so a run
    against http:// addresses (a local server, the demo) skips ~70 ms of CPU loading the CA bundle and h2.
    """

    def __init__(self, *, http2: bool) -> None:
        self.http2 = http2
        self._made: dict[str, httpx.HTTPTransport] = {}
        self._lock = threading.Lock()

    def _for(self, scheme: str) -> httpx.HTTPTransport:
        with self._lock:
            if scheme not in self._made:
                plain = scheme == "http"
                self._made[scheme] = httpx.HTTPTransport(http2=self.http2 and not plain, verify=not plain)
            return self._made[scheme]

    @property
    def schemes(self) -> tuple[str, ...]:
        """The schemes a transport has been made for so far."""
        return tuple(self._made)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self._for(request.url.scheme).handle_request(request)

    def close(self) -> None:
        with self._lock:
            for transport in self._made.values():
                transport.close()
            self._made.clear()


class _Retry(Exception):
    """A response worth trying again (429 / 5xx, or a page with no body), with the server's Retry-After if it gave
    one."""

    def __init__(self, status: int, retry_after: float | None, reason: str | None = None) -> None:
        super().__init__(reason or f"HTTP {status}")
        self.status = status
        self.retry_after = retry_after


class Fetcher:
    """Fetches URLs through a passed-in httpx.Client, with every politeness and safety rule of FetchConfig."""

    def __init__(
        self,
        client: httpx.Client,
        config: FetchConfig | None = None,
        *,
        clock: Clock | None = None,
        resolve: Resolver = system_resolver,
        rng: random.Random | None = None,
        extra_hosts: tuple[str, ...] = (),
        robots_store: RobotsStore | None = None,
    ) -> None:
        """``robots_store`` keeps robots.txt copies beyond this Fetcher (the archive, across runs and polls)."""
        self.client = client
        self.config = config or FetchConfig()
        self.clock = clock or Clock()
        self.resolve = resolve
        self.extra_hosts = extra_hosts
        self.throttle = HostThrottle(self.config.min_delay, concurrency=self.config.concurrency, clock=self.clock)
        self.backoff = Backoff(
            self.config.backoff_base, self.config.backoff_cap, self.config.jitter, rng or random.Random()
        )
        agent = product_token(self.config.agent)
        self.robots = RobotsCache(self._fetch_robots, agent=agent, store=robots_store, now=self.clock.now)

    def allow_host(self, url: str) -> None:
        """Add url's host (a live page's own host) to the hosts requests may go to."""
        host = host_of(url)
        if host and host not in self.extra_hosts:
            self.extra_hosts = (*self.extra_hosts, host)

    @property
    def allowed_hosts(self) -> tuple[str, ...]:
        return self.config.allowed_hosts + self.extra_hosts

    def fetch(
        self,
        url: str,
        *,
        etag: str | None = None,
        last_modified: str | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> Capture:
        """Fetch a page, following allowed redirects; 304 gives a Capture with not_modified=True and no body.

        The validators come as `etag` / `last_modified`, or ready-made as `headers` (If-None-Match, …).
        """
        self.allow_host(url)
        return self._follow(url, {**conditional_headers(etag, last_modified), **(headers or {})}, page=True)

    def _follow(self, url: str, headers: Mapping[str, str], *, page: bool) -> Capture:
        seen = [url]
        current = url
        for _hop in range(self.config.max_redirects + 1):
            self._guard(current, page=page)
            capture = self._with_retries(current, headers, page=page)
            location = capture.header("location")
            if capture.status in REDIRECT_STATUSES and not location and page:  # no page, and nowhere to find one
                raise FetchError(f"HTTP {capture.status} redirect with no Location", source=url, status=capture.status)
            if capture.status not in REDIRECT_STATUSES or not location:
                return _replace_origin(capture, url, tuple(seen[:-1]))
            current = urljoin(current, location)
            if current in seen:
                raise FetchError(f"redirect loop: {' -> '.join([*seen, current])}", source=url, status=capture.status)
            seen.append(current)
        raise FetchError(f"more than {self.config.max_redirects} redirects", source=url)

    def _guard(self, url: str, *, page: bool) -> None:
        check_url(url, allowed_hosts=self.allowed_hosts)
        if not self.config.allow_private:
            check_address(url, resolve=self.resolve)
        if page and self.config.obey_robots:
            self.robots.check(url)
            delay = self.robots.crawl_delay(url)
            if delay is not None:
                self.throttle.raise_delay(host_of(url), delay)

    def _with_retries(self, url: str, headers: Mapping[str, str], *, page: bool) -> Capture:
        tries = self.config.max_tries
        cause: Exception
        for attempt in range(tries):
            try:
                with self.throttle.slot(host_of(url)):
                    return self._request(url, headers, page=page)
            except _Retry as retry:
                reason, status, retry_after, cause = str(retry), retry.status, retry.retry_after, retry
            except httpx.TransportError as exc:
                _refuse_bad_location(exc, url)
                reason, status, retry_after, cause = _describe(exc), None, None, exc
            except (httpx.HTTPError, httpx.InvalidURL) as exc:  # not worth a retry: a bad URL or protocol misuse
                raise FetchError(f"{type(exc).__name__}: {exc}", source=url) from exc
            if retry_after is not None and retry_after > self.config.max_retry_after:
                _give_up(
                    url,
                    f"{reason}, and the server asks to wait {retry_after:.0f} s (Retry-After), more than the "
                    f"{self.config.max_retry_after:g} s waited at most (--max-retry-after)",
                    status,
                    cause,
                    retry_after,
                )
            if attempt + 1 == tries:
                _give_up(url, f"{reason} after {tries} tries", status, cause, retry_after)
            self.clock.sleep(self.backoff.delay(attempt, retry_after))
        raise AssertionError("unreachable")  # pragma: no cover

    def _request(self, url: str, headers: Mapping[str, str], *, page: bool) -> Capture:
        fetched_at = self.clock.now()
        deadline = self.clock.monotonic() + self.config.response_deadline
        with self.client.stream("GET", url, headers=dict(headers), follow_redirects=False) as response:
            status = response.status_code
            if status in RETRY_STATUSES:
                raise _Retry(status, parse_retry_after(response.headers.get("retry-after"), now=self.clock.now()))
            if status in REDIRECT_STATUSES or status == 304:
                return _capture(url, response, fetched_at, b"", b"")
            if status >= 400:
                raise FetchError(f"HTTP {status} {response.reason_phrase}".rstrip(), source=url, status=status)
            content_type = response.headers.get("content-type")
            if page:
                check_content_type(content_type, url)
            elif media_type(content_type) not in ROBOTS_TYPES:
                return _capture(url, response, fetched_at, b"", b"")
            limit = self.config.max_body if page else ROBOTS_MAX_BODY
            encoding = response.headers.get("content-encoding", "")
            chunks = _until(deadline, response.iter_raw(), self.clock.monotonic, self.config.response_deadline)
            if page:
                wire, body = read_limited(chunks, encoding=encoding, limit=limit, url=url)
            else:  # robots.txt: obeyed up to the limit (RFC 9309 §2.5), not refused whole
                wire, body = read_prefix(chunks, encoding=encoding, limit=limit, url=url)
            if page and _cut_short(response, body):
                raise httpx.RemoteProtocolError("connection closed before </html>, with no Content-Length to check")
            if page and not body.strip():  # a cache or server hiccup, not a page: asked for again, then a fetch failure
                raise _Retry(
                    status,
                    parse_retry_after(response.headers.get("retry-after"), now=self.clock.now()),
                    f"HTTP {status} with an empty body",
                )
            return _capture(url, response, fetched_at, wire, body, charset=choose_charset(content_type, body))

    def _fetch_robots(self, url: str, headers: Mapping[str, str]) -> RobotsReply:
        try:
            capture = self._follow(url, headers, page=False)
        except FetchError as exc:
            if exc.status is not None and 400 <= exc.status < 500:
                return RobotsReply(exc.status)
            raise
        return RobotsReply(
            capture.status,
            capture.body.decode(capture.charset or "utf-8", errors="replace"),
            etag=capture.etag,
            last_modified=capture.last_modified,
            cache_control=capture.header("cache-control"),
            expires=capture.header("expires"),
            date=capture.header("date"),
        )


def _until(deadline: float, chunks: Iterator[bytes], monotonic: Callable[[], float], total: float) -> Iterator[bytes]:
    """The chunks of a body, as long as they all come before the deadline (a timeout, retried as one, after it)."""
    for chunk in chunks:
        if monotonic() > deadline:
            raise httpx.ReadTimeout(f"the response took more than {total:g} s in all (bytes trickling in)")
        yield chunk


def _cut_short(response: httpx.Response, body: bytes) -> bool:
    """An HTML page whose end only the closing connection marked (HTTP/1.x, no Content-Length, not chunked, not
    compressed) and that stops before ``</html>``: the connection dropped mid-page.

    With a length, chunking or a gzip end marker, httpx and the inflater catch a cut already; without them the
    close looks like the end, and a page cut inside a post would be stored as an edit of that post.
    """
    headers = response.headers
    if response.http_version not in ("HTTP/1.0", "HTTP/1.1") or "content-length" in headers:
        return False
    if "transfer-encoding" in headers or headers.get("content-encoding", "").strip().lower() not in IDENTITY_ENCODINGS:
        return False
    if media_type(headers.get("content-type")) not in HTML_TYPES:
        return False
    return _HTML_END.search(body) is None


def _refuse_bad_location(exc: httpx.TransportError, url: str) -> None:
    """httpx reads the Location of every redirect, followed or not, and calls one it cannot read a protocol error:
    that is the server's answer, not a dropped connection, and asking again would get the same one."""
    problem = str(exc)
    if isinstance(exc, httpx.RemoteProtocolError) and problem.startswith(BAD_LOCATION):
        detail = problem.removeprefix(BAD_LOCATION).strip(" :.")
        raise FetchError(f"redirected to an address that cannot be read ({detail})", source=url) from exc


def _describe(exc: httpx.TransportError) -> str:
    kind = {
        httpx.ConnectTimeout: "connect timeout",
        httpx.ReadTimeout: "read timeout",
        httpx.ConnectError: "connection failed",
        httpx.RemoteProtocolError: "connection closed mid-response",
        httpx.ReadError: "connection reset",
    }.get(type(exc), type(exc).__name__)
    return f"{kind} ({exc})" if str(exc) else kind


def _give_up(
    url: str, message: str, status: int | None, cause: BaseException, retry_after: float | None = None
) -> NoReturn:
    raise FetchError(f"gave up: {message}", source=url, status=status, retry_after=retry_after) from cause


def _capture(
    url: str, response: httpx.Response, fetched_at: datetime, wire: bytes, body: bytes, charset: str | None = None
) -> Capture:
    return Capture(
        url=url,
        final_url=url,
        status=response.status_code,
        headers=tuple((k.decode("latin-1"), v.decode("latin-1")) for k, v in response.headers.raw),
        body=body,
        wire_body=wire,
        fetched_at=fetched_at,
        charset=charset,
        etag=response.headers.get("etag"),
        last_modified=response.headers.get("last-modified"),
        not_modified=response.status_code == 304,
        request_headers=tuple((k.decode("latin-1"), v.decode("latin-1")) for k, v in response.request.headers.raw),
        http_version=response.http_version,
    )


def _replace_origin(capture: Capture, url: str, redirects: tuple[str, ...]) -> Capture:
    return replace(capture, url=url, final_url=capture.url, redirects=redirects)


def fetch_one(url: str, config: FetchConfig | None = None, client: httpx.Client | None = None) -> Capture:
    """Fetch one page politely (robots.txt, limits, retries); a client is made (and closed) when none is given."""
    config = config or FetchConfig()
    if client is not None:
        return Fetcher(client, config).fetch(url)
    with make_client(config) as own:
        return Fetcher(own, config).fetch(url)
