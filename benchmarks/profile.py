"""`python -m benchmarks.profile times|parse|ingest [--family NAME] [--no-entities] [--top N]`: a pyinstrument
profile of one hot path; `--top N` adds the N functions with the most self time (the hot spots, by name).

What the profiles found, and the fixes made or suggested, are written down in benchmarks/RESULTS.md.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks.pages import FAMILIES, FETCHED_AT


def times_workload() -> Callable[[], object]:
    from benchmarks.bench_times import make_cases
    from scraper.times import parse_time

    cases = make_cases(50_000)
    return lambda: [parse_time(text, base=base) for _n, text, base, _t in cases]


def parse_workload(family: str, entities: bool) -> Callable[[], object]:
    from scraper import parse

    make, url = FAMILIES[family]
    html = make(1, 200)
    return lambda: [parse(html, url=url, fetched_at=FETCHED_AT, entities=entities) for _ in range(10)]


def ingest_workload(tmp: str) -> Callable[[], object]:
    from benchmarks.archive_gen import Plan, election_pages, ingest_pages

    pages = list(election_pages(Plan(5_000, wards=1_000, councils=50, blogs=10)))
    return lambda: ingest_pages(str(Path(tmp) / "profile.sqlite"), pages)


def hot_spots(root: Any, top: int) -> list[str]:
    """The `top` functions by self time (time in the function itself, not in what it calls) under a
    pyinstrument root frame, each with its share of the whole profile."""
    totals: dict[str, float] = defaultdict(float)
    stack = [root]
    while stack:
        frame = stack.pop()
        calls = [c for c in frame.children if not c.is_synthetic]
        if not frame.is_synthetic:
            where = f"{frame.function} ({frame.file_path_short}:{frame.line_no})"
            totals[where] += frame.time - sum(c.time for c in calls)
        stack.extend(calls)
    whole = root.time or 1.0
    ranked = sorted(totals.items(), key=lambda item: -item[1])[:top]
    return [f"{seconds / whole:6.1%} {seconds * 1e3:9.1f} ms  {where}" for where, seconds in ranked]


def main(argv: list[str] | None = None) -> int:
    from pyinstrument import Profiler

    parser = argparse.ArgumentParser(prog="python -m benchmarks.profile")
    parser.add_argument("what", choices=("times", "parse", "ingest"))
    parser.add_argument("--family", default="bbc-webcore", choices=list(FAMILIES))
    parser.add_argument("--no-entities", action="store_true")
    parser.add_argument("--top", type=int, default=0, help="also list the N functions with the most self time")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        if args.what == "times":
            work = times_workload()
        elif args.what == "parse":
            work = parse_workload(args.family, not args.no_entities)
        else:
            work = ingest_workload(tmp)
        profiler = Profiler(interval=0.0005)
        profiler.start()
        work()
        profiler.stop()
    print(profiler.output_text(unicode=True, color=False, show_all=False))
    if args.top:
        print(f"hot spots (self time, top {args.top}):")
        print("\n".join(hot_spots(profiler.last_session.root_frame(), args.top)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
