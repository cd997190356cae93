"""`python -m benchmarks.run [--quick] [--only NAME] [--no-write]`: run the benchmarks, print their figures,
the reason (a floor measured in the same run) under each target not met and the commands that reproduce them,
and append a dated section (machine, versions, figures) to benchmarks/RESULTS.md.

A benchmark whose component is not on main yet reports the piece that is missing instead of a figure; a
benchmark that crashes is reported with its error and the others still run.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
import time
import traceback
from collections.abc import Sequence

from benchmarks.measure import Figure, missing
from benchmarks.report import RESULTS, append, environment, footer, reproduce, section, table

BENCHMARKS = ("parse", "times", "ingest", "floors", "queries", "harvest", "startup")


def run_one(name: str, quick: bool) -> list[Figure]:
    module = importlib.import_module(f"benchmarks.bench_{name}")
    try:
        figures: list[Figure] = module.run(quick=quick)
    except Exception as exc:  # noqa: BLE001 — one broken benchmark must not hide the others
        traceback.print_exc(file=sys.stderr)
        return [missing(name, f"{name} benchmark crashed", f"{exc.__class__.__name__}: {str(exc)[:120]}")]
    return figures


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.run", description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="tiny inputs: proves the benchmarks run (CI)")
    parser.add_argument("--only", action="append", choices=BENCHMARKS, help="run only this benchmark (repeatable)")
    parser.add_argument("--no-write", action="store_true", help="print only; leave RESULTS.md alone")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON lines instead of a table")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    names = args.only or list(BENCHMARKS)
    env = environment()
    figures: list[Figure] = []
    commands = reproduce(names, args.quick)
    for name in names:
        start = time.perf_counter()
        got = run_one(name, args.quick)
        figures += got
        print(f"[{name}] {len(got)} figures in {time.perf_counter() - start:.1f} s", file=sys.stderr)
    if args.json:
        for fig in figures:
            print(json.dumps(fig.as_dict(), ensure_ascii=False))
    else:
        print(table(figures))
        print(f"\n{footer(figures, [], commands)}", end="")
    if not args.no_write:
        command = "python -m benchmarks.run" + (" --quick" if args.quick else "")
        command += "".join(f" --only {n}" for n in args.only or ())
        gaps = sorted({f.missing for f in figures if f.missing})
        notes = [f"not measured (not on main yet, or crashed): {g}" for g in gaps]
        append(section(figures, env, command, notes, commands))
        print(f"appended to {RESULTS}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
