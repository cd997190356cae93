"""The pure parts of `liveblog watch`: durations, full passes, backoff, and the signal flag."""

from __future__ import annotations

import os
import signal
import threading

import pytest

from archive.report import RunStats
from archive.watch import Pace, Poll, parse_duration, stop_on_signals, watch
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


def test_a_terminal_hanging_up_ends_a_watch_as_sigterm_does_unless_nohup_ignores_it() -> None:
    """SIGHUP (an ssh session dropped under `liveblog watch`) used to end it on the spot, the page in hand lost."""
    with stop_on_signals(threading.Event()) as stop:
        os.kill(os.getpid(), signal.SIGHUP)
        assert stop.wait(5)
    before = signal.signal(signal.SIGHUP, signal.SIG_IGN)  # as `nohup liveblog watch …` starts it
    try:
        with stop_on_signals(threading.Event()) as stop:
            assert signal.getsignal(signal.SIGHUP) is signal.SIG_IGN
    finally:
        signal.signal(signal.SIGHUP, before)


def test_watch_loop_full_passes_backoff_and_stop() -> None:
    stop = threading.Event()
    script = [
        Poll(RunStats(pages_fetched=3, new_posts=5)),
        Poll(RunStats(pages_fetched=1), pushed_back=True),
        Poll(RunStats(failures=1), pushed_back=True, retry_after=30),  # shorter than our own backoff
        Poll(RunStats(pages_fetched=1, new_posts=1)),
        Poll(RunStats(not_modified=1)),
    ]
    fulls: list[bool] = []
    waits: list[float] = []
    paused: list[float] = []

    def poll(full: bool) -> Poll:
        fulls.append(full)
        return script[len(fulls) - 1]

    def on_poll(number: int, outcome: Poll, delay: float) -> None:
        waits.append(delay)
        if number == len(script) - 1:
            stop.set()  # as SIGTERM would; the wait that follows must not happen

    pace = Pace(every=60, full_every=3, max_backoff=180)
    total = watch(poll, pace, stop, on_poll, pause=paused.append)
    assert fulls == [True, False, False, True, False]
    assert waits == [60, 120, 180, 60, 60]  # doubled up to the cap, calm again after one good poll
    assert paused == waits[:-1]  # stopped: no wait after the last poll
    assert (total.pages_fetched, total.new_posts, total.failures, total.not_modified) == (5, 6, 1, 1)


def test_watch_honours_a_long_retry_after_and_a_stop_ends_the_wait_at_once() -> None:
    stop = threading.Event()
    outcomes = iter([Poll(pushed_back=True, retry_after=3600)])
    polls: list[bool] = []

    def poll(full: bool) -> Poll:
        polls.append(full)
        return next(outcomes)

    def on_poll(number: int, outcome: Poll, delay: float) -> None:
        assert delay == 3600
        threading.Timer(0, stop.set).start()  # a signal arriving during the hour-long wait

    watch(poll, Pace(every=60), stop, on_poll)  # default pause is stop.wait: returns when stop is set
    assert polls == [True]
