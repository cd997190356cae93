"""How liveblog fetches: one frozen, keyword-only, typed object with polite defaults.

The CLI builds a `FetchConfig` from flags (and, later, env / TOML) and passes it in; nothing here is read from
module-level state. Every default below is the polite one: one request at a time per host, at least a second
apart, a handful of tries, a 20 MB ceiling, and only BBC hosts plus the live page's own host.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

DEFAULT_CONTACT = "https://github.com/liveblog/liveblog"

# The BBC host family a live page may redirect or paginate into (a host matches an entry or any subdomain of it).
BBC_HOSTS: tuple[str, ...] = ("bbc.co.uk", "bbc.com", "bbci.co.uk")


@dataclass(frozen=True, kw_only=True, slots=True)
class FetchConfig:
    """Settings for every request liveblog makes. Times are in seconds, sizes in bytes."""

    #: Who we are and how to reach whoever runs us: a URL or an email address, shown in the User-Agent.
    contact: str = DEFAULT_CONTACT
    #: The full User-Agent; by default ``liveblog/<version> (+<contact>)``.
    user_agent: str | None = None
    #: Time to open a TCP/TLS connection.
    connect_timeout: float = 10.0
    #: Time to wait for the next bytes of a response.
    read_timeout: float = 30.0
    #: Longest one response may take, request to last byte (None: four read timeouts), so a server that trickles
    #: its bytes, each within ``read_timeout``, cannot hold a run (and the archive's lock) for hours.
    response_timeout: float | None = None
    #: Minimum gap between two requests to the same host; robots.txt Crawl-delay can only raise it.
    min_delay: float = 1.0
    #: Requests in flight at once, over all hosts (and never more than one per host).
    concurrency: int = 2
    #: Attempts per URL (1 = no retry) on connection errors, timeouts, 429, 5xx and a 200 with an empty body.
    max_tries: int = 4
    #: Exponential backoff: ``min(backoff_cap, backoff_base * 2**attempt)`` plus up to ``jitter`` of it at random.
    backoff_base: float = 1.0
    backoff_cap: float = 60.0
    jitter: float = 0.5
    #: A Retry-After longer than this is not waited for: the page fails instead.
    max_retry_after: float = 300.0
    #: Largest body accepted, counted on the wire while streaming and again after decompression.
    max_body: int = 20 * 1024 * 1024
    #: Redirect hops followed before giving up.
    max_redirects: int = 10
    #: Hosts (and their subdomains) requests and redirects may go to, besides the live page's own host.
    allowed_hosts: tuple[str, ...] = BBC_HOSTS
    #: Allow loopback / private / link-local addresses (tests and the demo server need it).
    allow_private: bool = False
    #: Obey robots.txt (a switch for tests of the other pieces; the CLI always obeys).
    obey_robots: bool = True
    #: Pages of one live page fetched at most per harvest (None: until the last page).
    max_pages: int | None = None
    #: Offer HTTP/2 (used when the server agrees in TLS ALPN).
    http2: bool = True
    #: Extra headers sent with every request.
    headers: tuple[tuple[str, str], ...] = field(default_factory=tuple)

    def __post_init__(self) -> None:
        from scraper.errors import UsageError

        for name in ("connect_timeout", "read_timeout", "min_delay", "backoff_base", "backoff_cap", "jitter"):
            if getattr(self, name) < 0:
                raise UsageError(f"{name} must not be negative")
        if self.max_retry_after < 0:
            raise UsageError("max_retry_after must not be negative")
        if self.response_timeout is not None and self.response_timeout <= 0:
            raise UsageError("response_timeout must be positive")
        if self.max_tries < 1 or self.concurrency < 1 or self.max_body < 1:
            raise UsageError("max_tries, concurrency and max_body must be at least 1")
        if self.max_pages is not None and self.max_pages < 1:
            raise UsageError("max_pages must be at least 1")

    @property
    def response_deadline(self) -> float:
        """Seconds one response may take in all."""
        return self.response_timeout if self.response_timeout is not None else 4 * self.read_timeout

    @property
    def agent(self) -> str:
        """The User-Agent header value."""
        return self.user_agent or f"liveblog/{_version()} (+{self.contact})"

    def but(self, **changes: Any) -> FetchConfig:
        """A copy with some settings changed."""
        return replace(self, **changes)


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("liveblog")
    except PackageNotFoundError:  # running from a checkout that was never installed
        return "dev"
