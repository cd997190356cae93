"""Figure 4: queries at scale through the Python API: `posts(ward=)`, `results(ward=)` and `search()` on an
archive of 1,000,000 generated posts over ~5,000 wards (10,000 with --quick), with the build time.

Bounds from the issue: ward queries p50 ≤ 5 ms and p99 ≤ 50 ms, full-text search p50 ≤ 20 ms, the build
≤ 10 minutes. Each query is timed on its own; the sample is 300 random wards / search terms
(30 with --quick). Beside each, the floor: the very SQL statements the call sent (captured from the engine)
run again through bare sqlite3 and fetched — what any Python API over this schema pays.
Both are timed warm: one untimed pass over the sample comes first. Without it the API paid the disk reads of a
cached archive that had left the OS page cache and its floor, run after it, did not (p50 24 ms against 1 ms in
the 03:53 UTC run of 2026-11-27, 2.3 ms against 1.1 ms warm).
"""

from __future__ import annotations

import random
import sqlite3
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks.archive_gen import CACHE, Plan, build_archive, ward_names
from benchmarks.measure import Figure, missing, percentile

NAME = "queries"
SEARCH_TERMS = ("recount", "majority", "turnout", "declaration", "Conservatives", "Labour", "volunteers", "elected")


def _latencies(fn: Callable[[Any], object], args: list[Any]) -> tuple[list[float], int]:
    samples, rows = [], 0
    for arg in args:
        start = time.perf_counter()
        out = fn(arg)
        samples.append(time.perf_counter() - start)
        rows += len(out) if hasattr(out, "__len__") else 0
    return samples, rows


def _statements(archive: Any, fn: Callable[[Any], object], args: list[Any]) -> list[list[tuple[str, Any]]]:
    """The SELECT statements (and parameters) each call sends to the database, captured from the engine."""
    from sqlalchemy import event

    sent: list[list[tuple[str, Any]]] = []

    def grab(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_rest: Any) -> None:
        if statement.lstrip().upper().startswith(("SELECT", "WITH")):
            sent[-1].append((statement, parameters))

    event.listen(archive.engine, "before_cursor_execute", grab)
    try:
        for arg in args:
            sent.append([])
            fn(arg)
    finally:
        event.remove(archive.engine, "before_cursor_execute", grab)
    return sent


def _floor(path: Path, calls: list[list[tuple[str, Any]]]) -> list[float]:
    """Seconds to run and fetch each call's statements through bare sqlite3 (the floor under the API)."""
    con = sqlite3.connect(path)
    try:
        samples = []
        for statements in calls:
            start = time.perf_counter()
            for sql, params in statements:
                con.execute(sql, params).fetchall()
            samples.append(time.perf_counter() - start)
        return samples
    finally:
        con.close()


def run(quick: bool = False) -> list[Figure]:
    try:
        from archive import Archive  # type: ignore[attr-defined]
    except ImportError:
        return [missing(NAME, "posts --ward / results --ward / search at 1,000,000 posts",
                        "archive.Archive (issue 4)", "p50 ≤ 5 ms, p99 ≤ 50 ms, FTS p50 ≤ 20 ms")]  # fmt: skip
    if quick:  # a throw-away archive: nothing is left in the source tree
        with tempfile.TemporaryDirectory() as tmp:
            return measure(Archive, Plan(2_000, wards=200, councils=20, blogs=5), Path(tmp), samples=30)
    return measure(Archive, Plan(1_000_000), CACHE, samples=300)


def measure(archive_cls: Any, plan: Plan, cache: Path, *, samples: int) -> list[Figure]:
    path, built = build_archive(plan, cache=cache)
    rng = random.Random(3)
    wards = [w.name for w in rng.sample(ward_names(plan), samples)]
    terms = [rng.choice(SEARCH_TERMS) if i % 2 else rng.choice(wards).split()[0] for i in range(len(wards))]
    figures: list[Figure] = []
    if built is not None:
        figures.append(Figure(NAME, f"build an archive of {plan.posts:,} posts ({plan.wards:,} wards)", "bound",
                              built, 600.0, "s", "10 minutes"))  # fmt: skip
    with archive_cls(str(path)) as archive:
        for label, fn, args in (
            ("posts(ward=…)", lambda w: archive.posts(ward=w), wards),
            ("results(ward=…)", lambda w: archive.results(ward=w), wards),
            ("search(…)", archive.search, terms),
        ):
            for arg in args:  # one untimed pass: the API and its floor below both read warm pages
                fn(arg)
            times, rows = _latencies(fn, args)
            p50, p99 = percentile(times, 50), percentile(times, 99)
            floor = percentile(_floor(path, _statements(archive, fn, args)), 50)
            bound50 = 0.020 if label.startswith("search") else 0.005
            note = f"{plan.posts:,} posts; {rows / len(args):.0f} rows a query on average"
            figures.append(Figure(NAME, f"{label} p50", "bound", p50, bound50, "s", "target", note=note))
            if not label.startswith("search"):
                figures.append(Figure(NAME, f"{label} p99", "bound", p99, 0.050, "s", "target"))
            figures.append(Figure(NAME, f"{label} p50 vs its SQL through bare sqlite3", "info", p50, floor, "s",
                                  "sqlite3, same statements"))  # fmt: skip
    return figures
