"""The pure parts of `liveblog watch`: durations, full passes, backoff, and the signal flag."""

from __future__ import annotations

import os
import signal
import threading

import pytest

from archive.watch import Pace, parse_duration, stop_on_signals
from scraper.errors import UsageError


@pytest.mark.parametrize(
    ("text", "seconds"), [("60s", 60), ("5m", 300), ("1h", 3600), ("1.5m", 90), ("250ms", 0.25), ("90", 90)]
)
def test_parse_duration(text: str, seconds: float) -> None:
    assert parse_duration(text) == seconds


@pytest.mark.parametrize("text", ["", "soon", "5 minutes", "-1s", "1d"])
def test_parse_duration_rejects(text: str) -> None:
    with pytest.raises(UsageError, match="not a duration"):
        parse_duration(text)


def test_first_poll_and_every_nth_are_full_passes() -> None:
    assert [Pace(full_every=3).is_full(n) for n in range(7)] == [True, False, False, True, False, False, True]
    assert all(Pace(full_every=1).is_full(n) for n in range(5))


def test_backoff_doubles_to_the_cap_and_honours_retry_after() -> None:
    pace = Pace(every=60, max_backoff=300)
    assert [pace.wait(n) for n in range(5)] == [60, 120, 240, 300, 300]
    assert pace.wait(0, retry_after=600) == 600  # the server's word beats our own pace and cap
    assert pace.wait(1, retry_after=5) == 120
    assert Pace(every=60, max_backoff=10).wait(3) == 60  # a cap below the interval never speeds polls up


def test_signals_set_the_flag_instead_of_killing_and_handlers_come_back() -> None:
    before = signal.getsignal(signal.SIGTERM)
    with stop_on_signals(threading.Event()) as stop:
        os.kill(os.getpid(), signal.SIGTERM)
        assert stop.wait(5)
    assert signal.getsignal(signal.SIGTERM) is before
