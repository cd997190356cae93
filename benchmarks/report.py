"""Machine, versions and the dated section appended to benchmarks/RESULTS.md."""

from __future__ import annotations

import os
import platform
import sqlite3
import subprocess
import sys
import tomllib
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path

from benchmarks.measure import Figure, fmt_value
from benchmarks.pages import FAMILIES

ROOT = Path(__file__).resolve().parent.parent
RESULTS = Path(__file__).resolve().parent / "RESULTS.md"
PEER_PACKAGES = ("selectolax", "trafilatura", "dateparser", "sqlmodel", "pyinstrument")


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "not installed"


def liveblog_version() -> str:
    version = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
    try:
        head = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], capture_output=True,
                              text=True, check=True).stdout.strip()  # fmt: skip
    except (OSError, subprocess.CalledProcessError):
        return version
    return f"{version} ({head})"


def environment() -> dict[str, str]:
    load = os.getloadavg() if hasattr(os, "getloadavg") else (0.0, 0.0, 0.0)
    env = {
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "cpu": cpu_model(),
        "cores": str(os.cpu_count()),
        "load (1 min) at start": f"{load[0]:.2f}",
        "python": f"{platform.python_implementation()} {sys.version.split()[0]}",
        "liveblog": liveblog_version(),
        "sqlite": sqlite3.sqlite_version,
    }
    env.update({name: _version(name) for name in PEER_PACKAGES})
    return env


def _status(fig: Figure) -> str:
    if fig.missing:
        return f"not on main: {fig.missing}"
    met = fig.met
    return "—" if met is None else ("met" if met else "**not met**")


def table(figures: list[Figure]) -> str:
    rows = [
        "| bench | figure | ours | peer / bound | ratio | target | status |",
        "|---|---|---|---|---|---|---|",
    ]
    for f in figures:
        ratio = f.ratio
        rtext = "—" if ratio is None else f"{ratio:,.1f}×" if ratio >= 10 else f"{ratio:.2f}×"
        peer = f"{fmt_value(f.peer, f.unit)} ({f.peer_name})" if f.peer_name else "—"
        name = f.name + (f" — {f.note}" if f.note else "")
        cells = (f.bench, name, fmt_value(f.ours, f.unit), peer, rtext, f.target_text(), _status(f))
        rows.append("| " + " | ".join(cells) + " |")
        if f.met is False:  # the floors measured for it, right under it (the long form is under the table)
            rows += [f"| {f.bench} | ↳ why not met: {why_short(f, floor)} | | | | | |" for floor in figures
                     if floor.floors(f)]  # fmt: skip
    return "\n".join(rows)


def _floor_label(target: Figure, floor: Figure) -> str:
    """The floor's name without what repeats the target's (its family, " vs …"), said to be a floor."""
    label = floor.name.split(" vs ")[0].removeprefix(target.name.split(": ")[0] + ": ")
    return label if "floor" in label else f"floor {label}"


def _shares(target: Figure, floor: Figure) -> tuple[float, float] | None:
    """The floor's cost in budgets the target leaves, and our cost in floors (None when not measured)."""
    budget, value, ours = target.budget(), floor.ours, target.ours
    if not budget or not value or not ours:
        return None
    if target.higher_is_better:  # rates: per item, the floor costs budget/value budgets
        return budget / value, value / ours
    return value / budget, ours / value


def why_short(target: Figure, floor: Figure) -> str:
    """`why_line` in a table cell: the floor in budgets, and whether it leaves room."""
    shares = _shares(target, floor)
    if shares is None:
        return f"{_floor_label(target, floor)} not measured"
    share, times_floor = shares
    verdict = "cannot be met above this floor" if share >= 1 else f"floor fits; ours = {times_floor:.1f}× the floor"
    return f"{_floor_label(target, floor)} = {share:.2f}× the budget — {verdict}"


def why_line(target: Figure, floor: Figure) -> str:
    """One floor measured beside an unmet target, against the budget the target leaves.

    For a rate (posts/s) both are said per item: the floor's cost per post against the budget per post."""
    budget, value = target.budget(), floor.ours
    label, shares = _floor_label(target, floor), _shares(target, floor)
    if shares is None or budget is None or value is None:
        return f"{label} = {fmt_value(value, target.unit)}"
    share, times_floor = shares
    if target.higher_is_better and target.unit.endswith("/s"):
        item = target.unit.removesuffix("/s").removesuffix("s")
        value_text = f"{fmt_value(value, target.unit)} ({fmt_value(1 / value, 's')}/{item})"
        budget_text = f"the {fmt_value(1 / budget, 's')}/{item} budget"
    else:
        value_text, budget_text = fmt_value(value, target.unit), f"the budget {fmt_value(budget, target.unit)}"
    head = f"{label} = {value_text}, {share:.2f}× {budget_text}"
    ours_text = f"ours = {times_floor:.1f}× the floor"
    if share >= 1:
        return f"{head} the target leaves: no implementation that pays this floor can meet it ({ours_text})"
    return f"{head}: the floor fits, the gap is ours ({ours_text})"


def why_not_met(figures: list[Figure]) -> list[str]:
    """For each target not met, the floors measured for it in the same run (the reason, as a number)."""
    lines = []
    for target in figures:
        if target.met is False:
            lines += [f"why not met — {target.bench} — {target.name}: {why_line(target, floor)}"
                      for floor in figures if floor.floors(target)]  # fmt: skip
    return lines


def reproduce(names: list[str], quick: bool = False) -> list[str]:
    """The commands that reproduce these figures (and the profiles behind them), run from the repository root."""
    flag = " --quick" if quick else ""
    every = "".join(f" --only {name}" for name in names)
    lines = [f"reproduce (this run): `python -m benchmarks.run{flag}{every} --no-write`"] if len(names) > 1 else []
    lines += [f"reproduce: `python -m benchmarks.run{flag} --only {name} --no-write`" for name in names]
    profiles = {"parse": [f"parse --family {'|'.join(FAMILIES)} [--no-entities]"], "times": ["times"],
                "ingest": ["ingest"], "floors": ["ingest"]}  # fmt: skip
    seen: list[str] = []
    for name in names:
        seen += [p for p in profiles.get(name, []) if p not in seen]
    return lines + [f"profile: `python -m benchmarks.profile {p} --top 15`" for p in seen]


def section(
    figures: list[Figure], env: dict[str, str], command: str, notes: list[str], commands: list[str] | None = None
) -> str:
    head = f"### {env['date']} — `{command}`\n\n"
    machine = "\n".join(f"- {k}: {v}" for k, v in env.items() if k != "date")
    return f"{head}{machine}\n\n{table(figures)}\n\n{footer(figures, notes, commands)}"


def footer(figures: list[Figure], notes: list[str], commands: list[str] | None = None) -> str:
    """The lines under the table: why each unmet target is not met, the figures' details, notes, commands."""
    details = [f"{f.bench} — {f.name}: {f.detail}" for f in figures if f.detail]
    return "".join(f"- {n}\n" for n in [*why_not_met(figures), *details, *notes, *(commands or [])])


def append(text: str, path: Path = RESULTS) -> None:
    if not path.exists():
        path.write_text("# Benchmark results\n\n## Runs\n\n")
    with path.open("a", encoding="utf-8") as fh:
        fh.write(text.rstrip() + "\n\n")
