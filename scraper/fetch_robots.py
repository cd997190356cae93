"""robots.txt, read per host (protego) and obeyed, Crawl-delay included; kept and reused for a while, then
revalidated with a conditional request.

`RobotsCache` does not fetch by itself: it is handed a function that asks for a robots.txt URL (with conditional
headers when it holds a copy) and returns a `RobotsReply`, so it can be tested with a dict. RFC 9309 outcomes:
2xx → the rules; 4xx → no rules (everything allowed); anything else (5xx after retries, network failure) → the
fetcher's FetchError propagates and the page fails (a stale copy held is not used, and is asked for again next
time).

Reuse: an answer is used for `DEFAULT_MAX_AGE` (1 hour), or for the server's ``Cache-Control: max-age`` kept
within [`MIN_MAX_AGE`, `MAX_MAX_AGE`] (5 minutes to the 24 hours RFC 9309 allows; ``no-cache`` / ``no-store``
count as the least). After that the copy is revalidated (If-None-Match / If-Modified-Since from its ETag /
Last-Modified): a 304 keeps it for another while. Copies live in memory for the cache's life and, when a
`RobotsStore` is given (the archive, in `archive.Archive.load_robots`), across processes: cron's
`liveblog harvest` every few minutes asks for robots.txt about once an hour, not once a run.
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Protocol
from urllib.parse import urlsplit, urlunsplit

from protego import Protego

from scraper.errors import RobotsDisallowed

# The product token matched against robots.txt User-agent lines.
ROBOTS_AGENT = "liveblog"
DEFAULT_MAX_AGE = 3600.0  # seconds a robots.txt is used without asking again, when the server does not say
MIN_MAX_AGE = 300.0  # a server's shorter max-age (or no-cache) still lets a copy serve this long
MAX_MAX_AGE = 86400.0  # RFC 9309 §2.4: a cached robots.txt should not be used for more than 24 hours
_MAX_AGE = re.compile(r"(?:^|,)\s*max-age\s*=\s*\"?(\d+)", re.IGNORECASE)
_NO_CACHE = re.compile(r"(?:^|,)\s*no-(?:cache|store)\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class RobotsReply:
    """What a robots.txt request answered: a status, the text (2xx only), validators and Cache-Control."""

    status: int
    text: str = ""
    etag: str | None = None
    last_modified: str | None = None
    cache_control: str | None = None


@dataclass(frozen=True, slots=True)
class RobotsEntry:
    """One host's robots.txt as last fetched or revalidated: what it said, when, and how to ask for it again."""

    status: int  # 2xx: ``text`` holds the rules; 4xx: there are none (everything allowed)
    text: str
    fetched_at: datetime  # aware UTC
    max_age: float = DEFAULT_MAX_AGE
    etag: str | None = None
    last_modified: str | None = None

    def fresh(self, now: datetime) -> bool:
        """Whether it may be used at ``now`` without asking again (never when the clock went back before it)."""
        age = (now - self.fetched_at).total_seconds()
        return 0 <= age < self.max_age

    def conditional_headers(self) -> dict[str, str]:
        headers: dict[str, str] = {}
        if self.etag:
            headers["If-None-Match"] = self.etag
        if self.last_modified:
            headers["If-Modified-Since"] = self.last_modified
        return headers

    def to_json(self) -> str:
        return json.dumps(
            {
                "status": self.status,
                "text": self.text,
                "fetched_at": self.fetched_at.astimezone(UTC).isoformat(),
                "max_age": self.max_age,
                "etag": self.etag,
                "last_modified": self.last_modified,
            },
            ensure_ascii=False,
        )

    @classmethod
    def from_json(cls, value: str | None) -> RobotsEntry | None:
        """An entry from `to_json`; None for none, or one this version cannot read (robots.txt is fetched again)."""
        if not value:
            return None
        try:
            doc = json.loads(value)
            when = datetime.fromisoformat(doc["fetched_at"])
            return cls(
                status=int(doc["status"]),
                text=str(doc["text"]),
                fetched_at=when.replace(tzinfo=UTC) if when.tzinfo is None else when.astimezone(UTC),
                max_age=float(doc["max_age"]),
                etag=doc.get("etag"),
                last_modified=doc.get("last_modified"),
            )
        except (ValueError, TypeError, KeyError, AttributeError):
            return None


class RobotsStore(Protocol):
    """Where robots.txt copies outlive a process (`archive.Archive` / `archive.lazy.LazyArchive`)."""

    def load_robots(self, url: str) -> RobotsEntry | None: ...
    def save_robots(self, url: str, entry: RobotsEntry) -> None: ...


RobotsFetch = Callable[[str, Mapping[str, str]], RobotsReply]


def robots_url(url: str) -> str:
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, "/robots.txt", "", ""))


def max_age(cache_control: str | None) -> float:
    """How long a robots.txt answer is used: the server's max-age within limits, else `DEFAULT_MAX_AGE`."""
    if cache_control:
        if _NO_CACHE.search(cache_control):
            return MIN_MAX_AGE
        match = _MAX_AGE.search(cache_control)
        if match:
            return min(max(float(match.group(1)), MIN_MAX_AGE), MAX_MAX_AGE)
    return DEFAULT_MAX_AGE


def _utc_now() -> datetime:
    return datetime.now(UTC)


class RobotsCache:
    """The parsed robots.txt of every origin seen: fetched on first use, reused while fresh, then revalidated."""

    def __init__(
        self,
        fetch: RobotsFetch,
        *,
        agent: str = ROBOTS_AGENT,
        store: RobotsStore | None = None,
        now: Callable[[], datetime] = _utc_now,
    ) -> None:
        self._fetch = fetch
        self.agent = agent
        self.store = store
        self._now = now
        self._held: dict[str, tuple[RobotsEntry, Protego | None]] = {}
        self._lock = threading.Lock()

    def rules(self, url: str) -> Protego | None:
        key = robots_url(url)
        now = self._now()
        with self._lock:
            held = self._held.get(key)
        if held is None and self.store is not None:
            entry = self.store.load_robots(key)
            held = (entry, _parse(entry)) if entry is not None else None
            if held is not None:
                with self._lock:
                    self._held[key] = held
        if held is not None and held[0].fresh(now):
            return held[1]
        entry = self._refresh(key, held[0] if held else None, now)
        parsed = held[1] if held is not None and entry.text == held[0].text else _parse(entry)
        with self._lock:
            self._held[key] = (entry, parsed)
        if self.store is not None:
            self.store.save_robots(key, entry)
        return parsed

    def _refresh(self, key: str, stale: RobotsEntry | None, now: datetime) -> RobotsEntry:
        """robots.txt asked for again: conditionally when a copy is held (a 304 keeps it, fresh from now)."""
        reply = self._fetch(key, stale.conditional_headers() if stale is not None else {})
        if reply.status == 304 and stale is not None:
            return replace(
                stale,
                fetched_at=now,
                max_age=max_age(reply.cache_control),
                etag=reply.etag or stale.etag,
                last_modified=reply.last_modified or stale.last_modified,
            )
        ok = 200 <= reply.status < 300
        return RobotsEntry(
            status=reply.status,
            text=reply.text if ok else "",
            fetched_at=now,
            max_age=max_age(reply.cache_control),
            etag=reply.etag,
            last_modified=reply.last_modified,
        )

    def check(self, url: str) -> None:
        """Raise RobotsDisallowed when robots.txt forbids url to us."""
        rules = self.rules(url)
        if rules is not None and not rules.can_fetch(url, self.agent):
            raise RobotsDisallowed(f"robots.txt at {robots_url(url)} disallows fetching this page", source=url)

    def crawl_delay(self, url: str) -> float | None:
        rules = self.rules(url)
        if rules is None:
            return None
        delay = rules.crawl_delay(self.agent)
        return float(delay) if delay is not None else None


def _parse(entry: RobotsEntry) -> Protego | None:
    return Protego.parse(entry.text) if 200 <= entry.status < 300 else None
