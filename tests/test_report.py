"""Run reporting: one summary line, JSON lines with --log-format json, detail only with -v, bars only on a tty."""

from __future__ import annotations

import io
import json
import logging
from collections.abc import Iterator

import pytest

from archive.report import Reporter, RunStats, configure_logging

STATS = RunStats(pages_fetched=12, not_modified=3, new_posts=40, edited_posts=2, new_facts=55, failures=1, seconds=4.24)


class Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.fixture(autouse=True)
def restore_root_logger() -> Iterator[None]:
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    root.handlers[:] = handlers
    root.setLevel(level)


def test_summary_is_one_text_line_with_every_count() -> None:
    out = io.StringIO()
    Reporter(stream=out).summary(STATS)
    assert out.getvalue() == (
        "liveblog harvest: 12 pages fetched, 3 not modified (304), 40 new posts, 2 edited posts, "
        "55 new facts, 1 failures, 4.2s\n"
    )


def test_summary_as_json_is_one_object_per_line() -> None:
    out = io.StringIO()
    Reporter(log_format="json", stream=out).summary(STATS, command="watch", exit_code=1)
    (line,) = out.getvalue().splitlines()
    doc = json.loads(line)
    assert doc["event"] == "summary" and doc["command"] == "watch" and doc["exit_code"] == 1
    assert {k: doc[k] for k in ("pages_fetched", "not_modified", "new_posts", "edited_posts", "new_facts")} == {
        "pages_fetched": 12,
        "not_modified": 3,
        "new_posts": 40,
        "edited_posts": 2,
        "new_facts": 55,
    }
    assert doc["failures"] == 1 and doc["seconds"] == 4.24 and doc["ts"].endswith("Z")


def test_stats_add_up() -> None:
    total = RunStats()
    total += STATS
    total += RunStats(pages_fetched=1, seconds=0.5)
    assert (total.pages_fetched, total.new_posts, total.seconds) == (13, 40, 4.74)


@pytest.mark.parametrize(("verbose", "shown"), [(0, False), (1, True), (2, True)])
def test_page_detail_only_with_verbose(verbose: int, shown: bool) -> None:
    out = io.StringIO()
    configure_logging(verbose, "text", out)
    logging.getLogger("archive.harvest").info("%s: stored", "http://127.0.0.1/live?page=2")
    assert ("liveblog: http://127.0.0.1/live?page=2: stored" in out.getvalue()) is shown


def test_json_logs_carry_extra_fields_one_object_per_line() -> None:
    out = io.StringIO()
    configure_logging(1, "json", out)
    logging.getLogger("archive.harvest").info("page", extra={"event": "page", "url": "http://x/live", "status": 304})
    logging.getLogger("scraper.fetch").warning("slow host %s", "x", extra={"delay": 2.0})
    docs = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [(d["event"], d["url"], d["status"]) for d in docs[:1]] == [("page", "http://x/live", 304)]
    assert docs[1]["level"] == "warning" and docs[1]["message"] == "slow host x" and docs[1]["delay"] == 2.0


def test_progress_bars_only_on_a_terminal_with_text_logs() -> None:
    with Reporter(stream=io.StringIO()).progress("pages") as bar:
        assert bar is None  # a pipe or a file: cron, systemd, 2>>log
    with Reporter(log_format="json", stream=Tty()).progress("pages") as bar:
        assert bar is None
    with Reporter(stream=Tty()).progress("pages", total=3) as bar:
        assert bar is not None and bar.tasks[0].total == 3
