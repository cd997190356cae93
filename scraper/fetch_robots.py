"""robots.txt, read per host (protego) and obeyed, Crawl-delay included; kept and reused for a while, then
revalidated with a conditional request.

`RobotsCache` does not fetch by itself: it is handed a function that asks for a robots.txt URL (with conditional
headers when it holds a copy) and returns a `RobotsReply`, so it can be tested with a dict. RFC 9309 outcomes:

- 2xx: the rules. 4xx ("unavailable", §2.3.1.3): no rules, everything allowed — except 429, which is the
  server pushing back, not a missing file, and counts as unreachable.
- 5xx after the fetcher's retries, or no answer at all ("unreachable", §2.3.1.4): when a copy of an earlier
  answer is held, however old, it goes on ruling (§2.4 allows it past 24 hours while the file is unreachable);
  with none, everything is disallowed (`RobotsUnreachable`, exit 4). Either way robots.txt is not asked for
  again before `UNREACHABLE_RETRY` (5 minutes), so a site in trouble gets one robots.txt request per while,
  not one per page or per feed.

Reuse: an answer is used for `DEFAULT_MAX_AGE` (1 hour), or for the server's ``Cache-Control: max-age`` — or,
without one, its ``Expires`` (counted from its ``Date``, RFC 9111 §4.2.1) — kept within [`MIN_MAX_AGE`,
`MAX_MAX_AGE`] (5 minutes to the 24 hours RFC 9309 allows; ``no-cache`` / ``no-store`` and an ``Expires`` in
the past count as the least). After that the copy is revalidated (If-None-Match / If-Modified-Since from its
ETag / Last-Modified): a 304 keeps it for another while. Copies live in memory for the cache's life and, when a
`RobotsStore` is given (the archive, in `archive.Archive.load_robots`), across processes: cron's
`liveblog harvest` every few minutes asks for robots.txt about once an hour, not once a run.
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime
from typing import Protocol
from urllib.parse import urlsplit, urlunsplit

from protego import Protego

from scraper.errors import FetchError, RobotsDisallowed, RobotsUnreachable

# The product token matched against robots.txt User-agent lines.
ROBOTS_AGENT = "liveblog"
DEFAULT_MAX_AGE = 3600.0  # seconds a robots.txt is used without asking again, when the server does not say
MIN_MAX_AGE = 300.0  # a server's shorter max-age (or no-cache) still lets a copy serve this long
MAX_MAX_AGE = 86400.0  # RFC 9309 §2.4: a cached robots.txt should not be used for more than 24 hours
UNREACHABLE_RETRY = 300.0  # seconds before an unreachable robots.txt is asked for again
DISALLOW_ALL = "User-agent: *\nDisallow: /\n"
_MAX_AGE = re.compile(r"(?:^|,)\s*max-age\s*=\s*\"?(\d+)", re.IGNORECASE)
_NO_CACHE = re.compile(r"(?:^|,)\s*no-(?:cache|store)\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class RobotsReply:
    """What a robots.txt request answered: a status, the text (2xx only), validators and the caching headers."""

    status: int
    text: str = ""
    etag: str | None = None
    last_modified: str | None = None
    cache_control: str | None = None
    expires: str | None = None
    date: str | None = None  # the response's Date: what Expires is counted from


@dataclass(frozen=True, slots=True)
class RobotsEntry:
    """One host's robots.txt as last fetched or revalidated: what it said, when, and how to ask for it again."""

    status: int  # 2xx: ``text`` holds the rules; 4xx: there are none (everything allowed); else see `answered`
    text: str
    fetched_at: datetime  # aware UTC
    max_age: float = DEFAULT_MAX_AGE
    etag: str | None = None
    last_modified: str | None = None
    #: robots.txt was unreachable (why), and is not asked for again before `retry_at`.
    error: str | None = None
    retry_at: datetime | None = None

    @property
    def answered(self) -> bool:
        """Whether this is an answer of the server's (2xx or 4xx), not a record of robots.txt being unreachable
        with no copy held (status 5xx, or 0 when nothing came back)."""
        return 200 <= self.status < 300 or (400 <= self.status < 500 and self.status != 429)

    def fresh(self, now: datetime) -> bool:
        """Whether it may be used at ``now`` without asking again (never when the clock went back before it)."""
        age = (now - self.fetched_at).total_seconds()
        return age >= 0 and (age < self.max_age or (self.retry_at is not None and now < self.retry_at))

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
                "error": self.error,
                "retry_at": self.retry_at.astimezone(UTC).isoformat() if self.retry_at else None,
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
            retry_at = doc.get("retry_at")
            return cls(
                status=int(doc["status"]),
                text=str(doc["text"]),
                fetched_at=_utc(doc["fetched_at"]),
                max_age=float(doc["max_age"]),
                etag=doc.get("etag"),
                last_modified=doc.get("last_modified"),
                error=doc.get("error"),
                retry_at=_utc(retry_at) if retry_at else None,
            )
        except (ValueError, TypeError, KeyError, AttributeError):
            return None


def _utc(text: str) -> datetime:
    when = datetime.fromisoformat(text)
    return when.replace(tzinfo=UTC) if when.tzinfo is None else when.astimezone(UTC)


class RobotsStore(Protocol):
    """Where robots.txt copies outlive a process (`archive.Archive` / `archive.lazy.LazyArchive`)."""

    def load_robots(self, url: str) -> RobotsEntry | None: ...
    def save_robots(self, url: str, entry: RobotsEntry) -> None: ...


RobotsFetch = Callable[[str, Mapping[str, str]], RobotsReply]


def product_token(user_agent: str) -> str:
    """The name robots.txt groups are matched against: 'MyLab-Crawler' of 'MyLab-Crawler/1.0 (+mailto:…)'."""
    return re.split(r"[/\s]", user_agent.strip(), maxsplit=1)[0] or ROBOTS_AGENT


def robots_url(url: str) -> str:
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, "/robots.txt", "", ""))


def max_age(
    cache_control: str | None, expires: str | None = None, date: str | None = None, now: datetime | None = None
) -> float:
    """How long a robots.txt answer is used: the server's max-age, else its Expires less its Date (or ``now``,
    when it sent none), within limits; else `DEFAULT_MAX_AGE`. As RFC 9111 §4.2.1 has it, max-age wins over
    Expires, and an Expires that cannot be read (``0``, ``-1``) is in the past."""
    if cache_control:
        if _NO_CACHE.search(cache_control):
            return MIN_MAX_AGE
        match = _MAX_AGE.search(cache_control)
        if match:
            return _within_limits(float(match.group(1)))
    if expires is not None:
        until, since = _http_date(expires), _http_date(date) if date else None
        if until is None or (date and since is None):
            return MIN_MAX_AGE
        return _within_limits((until - (since or now or datetime.now(UTC))).total_seconds())
    return DEFAULT_MAX_AGE


def _within_limits(seconds: float) -> float:
    return min(max(seconds, MIN_MAX_AGE), MAX_MAX_AGE)


def _http_date(text: str) -> datetime | None:
    try:
        when = parsedate_to_datetime(text.strip())
    except (TypeError, ValueError, IndexError):
        return None
    return when.replace(tzinfo=UTC) if when.tzinfo is None else when


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
        #: Whose rules are obeyed: liveblog's own, and those of the User-Agent's product token when the run sets
        #: another (RFC 9309 §2.2.1), so a User-Agent of one's own never escapes rules written for liveblog.
        self.agents = tuple(dict.fromkeys((ROBOTS_AGENT, agent)))
        self.store = store
        self._now = now
        self._held: dict[str, tuple[RobotsEntry, Protego | None]] = {}
        self._lock = threading.Lock()

    def rules(self, url: str) -> Protego | None:
        return self._rules(url)[1]

    def _rules(self, url: str) -> tuple[RobotsEntry, Protego | None]:
        """The copy of url's robots.txt in use, and its rules (None: everything allowed)."""
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
            return held
        stale = held[0] if held is not None and held[0].answered else None
        entry = self._refresh(key, stale, now)
        same = held is not None and (entry.status, entry.text) == (held[0].status, held[0].text)
        kept = (entry, held[1] if held is not None and same else _parse(entry))
        with self._lock:
            self._held[key] = kept
        if self.store is not None:
            self.store.save_robots(key, entry)
        return kept

    def _refresh(self, key: str, stale: RobotsEntry | None, now: datetime) -> RobotsEntry:
        """robots.txt asked for again: conditionally when a copy is held (a 304 keeps it, fresh from now).

        Unreachable (a 5xx or 429 after the fetcher's retries, or no answer): the copy held goes on, asked for
        again after `UNREACHABLE_RETRY`; with none, an entry that disallows everything for as long."""
        try:
            reply = self._fetch(key, stale.conditional_headers() if stale is not None else {})
        except FetchError as exc:
            return self._unreachable(stale, str(exc.args[0]), exc.status or 0, now)
        lifetime = max_age(reply.cache_control, reply.expires, reply.date, now)
        if reply.status == 304 and stale is not None:
            return replace(
                stale,
                fetched_at=now,
                max_age=lifetime,
                etag=reply.etag or stale.etag,
                last_modified=reply.last_modified or stale.last_modified,
                error=None,
                retry_at=None,
            )
        ok = 200 <= reply.status < 300
        entry = RobotsEntry(reply.status, reply.text if ok else "", now, lifetime, reply.etag, reply.last_modified)
        return entry if entry.answered else self._unreachable(stale, f"HTTP {reply.status}", reply.status, now)

    @staticmethod
    def _unreachable(stale: RobotsEntry | None, error: str, status: int, now: datetime) -> RobotsEntry:
        """The held copy, not asked for again before `UNREACHABLE_RETRY`; with none, a record that disallows all."""
        retry_at = now + timedelta(seconds=UNREACHABLE_RETRY)
        if stale is not None:
            return replace(stale, error=error, retry_at=retry_at)
        return RobotsEntry(status, "", now, max_age=UNREACHABLE_RETRY, error=error, retry_at=retry_at)

    def check(self, url: str) -> None:
        """Raise RobotsDisallowed when robots.txt forbids url to us (`RobotsUnreachable` when it did not answer
        and no copy of it is held)."""
        entry, rules = self._rules(url)
        if not entry.answered:
            # Kept in a store, the record outlives this process: a run started meanwhile will not ask either.
            kept = self.store is not None and entry.retry_at is not None
            retry = f" (asked again after {entry.retry_at:%H:%M:%S}Z)" if kept else ""
            raise RobotsUnreachable(
                f"robots.txt at {robots_url(url)} is unreachable ({entry.error}); as RFC 9309 asks, nothing is "
                f"fetched from this host until it answers{retry}",
                source=url,
            )
        if rules is not None and not all(rules.can_fetch(url, agent) for agent in self.agents):
            raise RobotsDisallowed(f"robots.txt at {robots_url(url)} disallows fetching this page", source=url)

    def crawl_delay(self, url: str) -> float | None:
        rules = self.rules(url)
        if rules is None:
            return None
        delays = [float(delay) for agent in self.agents if (delay := rules.crawl_delay(agent)) is not None]
        return max(delays) if delays else None


def _parse(entry: RobotsEntry) -> Protego | None:
    """The rules of a copy: its text for a 2xx, none (everything allowed) for a 4xx, everything disallowed for
    a record of robots.txt being unreachable."""
    if not entry.answered:
        return Protego.parse(DISALLOW_ALL)
    return Protego.parse(entry.text) if 200 <= entry.status < 300 else None
