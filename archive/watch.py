"""`liveblog watch`: poll live pages until stopped, the way a reader's browser does.

Most polls fetch only the first page of each live page (new posts appear there); every ``full_every``-th poll,
the first one included, walks every page to pick up edits and removals further down (conditionally, as a deep
harvest does: an unchanged page answers 304). When a server pushes back (429, 503, a
``Retry-After``) the wait doubles, up to ``max_backoff``, and a ``Retry-After`` is always honoured; one calm
poll brings the interval back to ``every``. SIGINT, SIGTERM and SIGHUP (unless ``nohup`` ignores it) set a
flag: the page in hand is finished and stored, then the watch ends with exit 0. Waiting between polls is an
``Event.wait``, so a signal ends it at once.
"""

from __future__ import annotations

import re
import signal
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from types import FrameType

from archive.report import RunStats
from scraper.errors import UsageError

DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h)?\s*$")
UNIT_SECONDS = {"ms": 0.001, "s": 1.0, "m": 60.0, "h": 3600.0, None: 1.0}
PUSHBACK_STATUSES = frozenset({429, 503})
STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)


def parse_duration(text: str) -> float:
    """'60s', '5m', '1h', '1.5m', '250ms' or a bare number of seconds, as seconds."""
    match = DURATION.match(text)
    if not match:
        raise UsageError(f"not a duration: {text!r} (try 60s, 5m or 1h)")
    return float(match.group(1)) * UNIT_SECONDS[match.group(2)]


@dataclass(frozen=True, kw_only=True)
class Pace:
    """When to poll next and how much of each live page to fetch."""

    every: float = 60.0
    full_every: int = 10
    max_backoff: float = 3600.0

    def is_full(self, poll: int) -> bool:
        """Poll numbers start at 0; poll 0 is a full pass, then every ``full_every``-th one."""
        return self.full_every <= 1 or poll % self.full_every == 0

    def wait(self, pushbacks: int, retry_after: float | None = None) -> float:
        """Seconds to wait after a poll that followed ``pushbacks`` pushed-back polls in a row."""
        backoff = min(self.every * 2**pushbacks, max(self.max_backoff, self.every))
        return max(backoff, retry_after or 0.0)


@contextmanager
def stop_on_signals(stop: threading.Event) -> Iterator[threading.Event]:
    """While inside, SIGINT / SIGTERM / SIGHUP set ``stop`` instead of killing the process (a SIGHUP ignored from
    the start, as under ``nohup``, stays ignored); old handlers come back after."""

    def handler(signum: int, frame: FrameType | None) -> None:
        stop.set()

    taken = [sig for sig in STOP_SIGNALS if sig != signal.SIGHUP or signal.getsignal(sig) != signal.SIG_IGN]
    previous = {sig: signal.signal(sig, handler) for sig in taken}
    try:
        yield stop
    finally:
        for sig, old in previous.items():
            signal.signal(sig, old)


@dataclass
class Poll:
    """What one poll did: its counts, and whether (and for how long) the server asked us to back off."""

    stats: RunStats = field(default_factory=RunStats)
    pushed_back: bool = False
    retry_after: float | None = None


def watch(
    poll: Callable[[bool], Poll],
    pace: Pace,
    stop: threading.Event,
    on_poll: Callable[[int, Poll, float], None] | None = None,
    pause: Callable[[float], object] | None = None,
) -> RunStats:
    """Call ``poll(full)`` until ``stop`` is set; between polls wait as `Pace` says (a stop ends the wait).

    ``pause`` waits between polls; by default ``stop.wait``, which returns as soon as a signal sets ``stop``.
    """
    pause = pause or stop.wait
    total = RunStats()
    pushbacks = 0
    number = 0
    while not stop.is_set():
        outcome = poll(pace.is_full(number))
        total += outcome.stats
        pushbacks = pushbacks + 1 if outcome.pushed_back else 0
        delay = pace.wait(pushbacks, outcome.retry_after)
        if on_poll is not None:
            on_poll(number, outcome, delay)
        number += 1
        if not stop.is_set():
            pause(delay)
    return total
