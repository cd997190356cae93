"""Figure 6: start-up as a process. `liveblog --help` (bound 150 ms) and `liveblog parse` on a small page
(bound 400 ms), each beside `python -c pass` (the interpreter's own start-up, the peer no CLI can beat),
and the modules `--help` imports (`python -X importtime`): heavy ones must wait until they are used.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.measure import Figure
from benchmarks.pages import FETCHED_AT, WEBCORE_URL, webcore_page

NAME = "startup"
ROOT = Path(__file__).resolve().parent.parent
# Imports that cost tens of milliseconds (or more) each: none belongs in `--help`.
HEAVY = ("dateparser", "sqlmodel", "sqlalchemy", "pydantic", "warcio", "httpx", "h2", "rich", "trafilatura", "lxml",
         "regex", "tzlocal")  # fmt: skip
THIRD_PARTY = (*HEAVY, "click", "selectolax", "protego")


def wall(cmd: list[str], *, repeat: int) -> tuple[float, int]:
    """Best wall-clock seconds of `repeat` runs of `cmd` from the project root, and its last exit code."""
    best, code = float("inf"), 0
    for _ in range(repeat):
        start = time.perf_counter()
        code = subprocess.run(cmd, cwd=ROOT, capture_output=True, check=False).returncode
        best = min(best, time.perf_counter() - start)
    return best, code


def import_profile(args: list[str]) -> list[tuple[str, int]]:
    """(top-level package, cumulative µs) for every top-level import `python -X importtime -m archive ARGS` makes."""
    proc = subprocess.run([sys.executable, "-X", "importtime", "-m", "archive", *args], cwd=ROOT,
                          capture_output=True, text=True, check=False)  # fmt: skip
    totals: dict[str, int] = {}
    for line in proc.stderr.splitlines():
        if not line.startswith("import time:") or "cumulative" in line:
            continue
        _self, cumulative, name = (part.strip() for part in line[len("import time:") :].split("|"))
        top = name.strip().split(".")[0]
        if name.strip() == top:  # the package itself: its cumulative time includes its submodules
            totals[top] = max(totals.get(top, 0), int(cumulative))
    return sorted(totals.items(), key=lambda kv: -kv[1])


def run(quick: bool = False) -> list[Figure]:
    repeat = 2 if quick else 15
    py = sys.executable
    bare, _ = wall([py, "-c", "pass"], repeat=repeat)
    helps, code = wall([py, "-m", "archive", "--help"], repeat=repeat)
    profile = import_profile(["--help"])
    heavy = [name for name, _us in profile if name in HEAVY]
    top = ", ".join(f"{n} {us / 1000:.0f} ms" for n, us in profile[:8])
    third = ", ".join(f"{n} {us / 1000:.1f} ms" for n, us in profile if n in THIRD_PARTY)
    figures = [
        Figure(NAME, "`liveblog --help` as a process", "bound", helps, 0.150, "s", "target",
               note=f"exit {code}; python -c pass {bare * 1e3:.0f} ms"),
        Figure(NAME, "`liveblog --help` vs `python -c pass`", "info", helps, bare, "s", "python -c pass"),
        Figure(NAME, "heavy modules imported by `--help`", "bound", len(heavy), 0.0, "modules", "none allowed",
               note=", ".join(heavy) or "none",
               detail=f"slowest top-level imports of `--help`: {top}; third-party: {third}"),
    ]  # fmt: skip
    with tempfile.TemporaryDirectory() as tmp:
        small = Path(tmp) / "small.html"
        small.write_text(webcore_page(5, 10, page=1, total=1), encoding="utf-8")
        cmd = [py, "-m", "archive", "parse", str(small), "--url", WEBCORE_URL, "--fetched-at",
               FETCHED_AT.strftime("%Y-%m-%dT%H:%M:%SZ")]  # fmt: skip
        parse, code = wall(cmd, repeat=repeat)
    note = f"exit {code}" + (" (layout not on main: the time is start-up + detection only)" if code == 3 else "")
    figures += [
        Figure(NAME, "`liveblog parse` small page (10 posts) as a process", "bound", parse, 0.400, "s", "target",
               note=note),
        Figure(NAME, "`liveblog parse` small page vs `python -c pass`", "info", parse, bare, "s", "python -c pass"),
    ]  # fmt: skip
    return figures
