"""Figure 6: start-up as a process. `liveblog --help` (bound 150 ms) and `liveblog parse` on a small page
(bound 400 ms), each beside `python -c pass` (the interpreter's own start-up, the peer no CLI can beat),
and the modules `--help` imports (`python -X importtime`): heavy ones must wait until they are used.

The bounds are timed as a user's runs go: with the modules' bytecode cached, as `pip install` leaves it and as
any second run finds it. A shell that sets PYTHONDONTWRITEBYTECODE (as some containers do) with an editable
install would otherwise compile every project module from source on every run (~25% of the small page's
instructions by cachegrind), which no user's second run does.
"""

from __future__ import annotations

import os
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


def bytecode_env(prefix: str) -> dict[str, str]:
    """The environment with bytecode written and read under `prefix` (a temporary folder, not the checkout)."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = prefix
    return env


def wall(cmd: list[str], *, repeat: int, env: dict[str, str] | None = None) -> tuple[float, int]:
    """Best wall-clock seconds of `repeat` runs of `cmd` from the project root, and its last exit code. A run
    before the timed ones leaves the bytecode cache as a user's second run finds it."""
    best, code = float("inf"), 0
    subprocess.run(cmd, cwd=ROOT, capture_output=True, check=False, env=env)
    for _ in range(repeat):
        start = time.perf_counter()
        code = subprocess.run(cmd, cwd=ROOT, capture_output=True, check=False, env=env).returncode
        best = min(best, time.perf_counter() - start)
    return best, code


def import_profile(args: list[str], env: dict[str, str] | None = None) -> list[tuple[str, int]]:
    """(top-level package, cumulative µs) for every top-level import `python -X importtime -m archive ARGS` makes."""
    proc = subprocess.run([sys.executable, "-X", "importtime", "-m", "archive", *args], cwd=ROOT,
                          capture_output=True, text=True, check=False, env=env)  # fmt: skip
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
    with tempfile.TemporaryDirectory() as cache:
        return _run(py, repeat, bytecode_env(cache))


def _run(py: str, repeat: int, env: dict[str, str]) -> list[Figure]:
    bare, _ = wall([py, "-c", "pass"], repeat=repeat, env=env)
    helps, code = wall([py, "-m", "archive", "--help"], repeat=repeat, env=env)
    profile = import_profile(["--help"], env)
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
        parse, code = wall(cmd, repeat=repeat, env=env)
    note = f"exit {code}" + (" (layout not on main: the time is start-up + detection only)" if code == 3 else "")
    figures += [
        Figure(NAME, "`liveblog parse` small page (10 posts) as a process", "bound", parse, 0.400, "s", "target",
               note=note),
        Figure(NAME, "`liveblog parse` small page vs `python -c pass`", "info", parse, bare, "s", "python -c pass"),
    ]  # fmt: skip
    return figures
