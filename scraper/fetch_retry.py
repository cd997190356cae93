"""Politeness and retries: when the next request to a host may go, and how long to wait after a failure.

Both take their clock and sleep from a `Clock`, so tests run them on a fake clock with no real waiting.
"""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

RETRY_STATUSES = frozenset({408, 425, 429, 500, 502, 503, 504}) | frozenset(range(505, 600))


def _utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True, slots=True)
class Clock:
    """Where time comes from: a monotonic clock for delays, a sleep, and the wall clock for timestamps."""

    monotonic: Callable[[], float] = time.monotonic
    sleep: Callable[[float], None] = time.sleep
    now: Callable[[], datetime] = _utc_now


def parse_retry_after(value: str | None, *, now: datetime) -> float | None:
    """Seconds to wait from a Retry-After header: delta-seconds or an HTTP-date; None when absent or unreadable."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - now).total_seconds())


@dataclass(slots=True)
class Backoff:
    """Exponential backoff with jitter: ``min(cap, base * 2**attempt) * (1 + jitter * U[0,1))``."""

    base: float
    cap: float
    jitter: float
    rng: random.Random = field(default_factory=random.Random)

    def delay(self, attempt: int, retry_after: float | None = None) -> float:
        wait = min(self.cap, self.base * (2**attempt))
        wait += wait * self.jitter * self.rng.random()
        if retry_after is not None:
            wait = max(wait, retry_after)
        return wait


class HostThrottle:
    """One request at a time per host, at least `min_delay` apart (raised per host by robots.txt Crawl-delay),
    and at most `concurrency` requests in flight over all hosts."""

    def __init__(self, min_delay: float, *, concurrency: int = 1, clock: Clock | None = None) -> None:
        self.min_delay = min_delay
        self.clock = clock or Clock()
        self._slots = threading.BoundedSemaphore(concurrency)
        self._guard = threading.Lock()
        self._locks: dict[str, threading.Lock] = {}
        self._last: dict[str, float] = {}
        self._delays: dict[str, float] = {}

    def raise_delay(self, host: str, seconds: float) -> None:
        """Make requests to host at least `seconds` apart (never lowers the configured minimum)."""
        with self._guard:
            self._delays[host] = max(self._delays.get(host, self.min_delay), seconds)

    def delay_for(self, host: str) -> float:
        return self._delays.get(host, self.min_delay)

    @contextmanager
    def slot(self, host: str) -> Iterator[None]:
        """Hold the host (and a global slot) for one request, sleeping first until the host's delay has passed."""
        with self._guard:
            lock = self._locks.setdefault(host, threading.Lock())
        with lock, self._slots:
            last = self._last.get(host)
            if last is not None:
                wait = last + self.delay_for(host) - self.clock.monotonic()
                if wait > 0:
                    self.clock.sleep(wait)
            try:
                yield
            finally:
                self._last[host] = self.clock.monotonic()
