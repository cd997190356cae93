"""Timing helpers and the `Figure` every benchmark returns.

A figure is always a ratio: ours against a peer (trafilatura, dateparser, bare Lexbor, `python -c pass`, raw
sqlite3) measured in the same run on the same input, or against the issue's bound. Timings take the best of
several repeats (the least disturbed by the other processes on a shared 2-core machine); latency figures
keep every sample and report percentiles.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

Kind = Literal["speedup", "overhead", "bound", "info"]


@dataclass(slots=True)
class Figure:
    """One line of RESULTS.md.

    - ``speedup``: peer time / our time, met when ≥ target (e.g. 25× faster than trafilatura);
    - ``overhead``: our time / peer time, met when ≤ target (e.g. within 5× of a bare Lexbor parse);
    - ``bound``: ours / bound, met when ≤ 1 (e.g. p50 ≤ 5 ms, ≥ 20,000 posts/s is bound / ours);
    - ``info``: a measured value with no target (context for the others).
    ``missing`` names the piece that is not on main yet; such a figure has no value.
    """

    bench: str
    name: str
    kind: Kind
    ours: float | None
    peer: float | None
    unit: str
    peer_name: str
    target: float | None = None
    missing: str | None = None
    note: str = ""
    higher_is_better: bool = False  # for bound figures given as rates (posts/s)
    detail: str = ""  # a long explanation, printed under the table
    # A floor: (bench, name fragment) of the target figure this value bounds from below, in that figure's unit
    # (seconds for a time, posts/s for a rate). The report prints it under that target when it is not met.
    floor_for: tuple[str, str] | None = None

    @property
    def ratio(self) -> float | None:
        if self.ours is None or self.peer is None or self.ours == 0 or self.peer == 0:
            return None
        if self.kind == "speedup":
            return self.peer / self.ours
        if self.kind == "bound" and self.higher_is_better:
            return self.ours / self.peer
        return self.ours / self.peer

    @property
    def met(self) -> bool | None:
        if self.kind == "bound" and self.peer == 0 and self.ours is not None:
            return self.ours <= 0  # a count that must be zero
        r = self.ratio
        if r is None or self.kind == "info":
            return None
        if self.kind in ("speedup", "overhead") and self.target is None:
            return None
        if self.kind == "speedup":
            return r >= (self.target or 0)
        if self.kind == "overhead":
            return r <= (self.target or 0)
        return r >= 1 if self.higher_is_better else r <= 1

    def target_text(self) -> str:
        if self.kind == "speedup":
            return f"≥ {self.target:g}×" if self.target else ""
        if self.kind == "overhead":
            return f"≤ {self.target:g}×" if self.target else ""
        if self.kind == "bound":
            return f"{'≥' if self.higher_is_better else '≤'} {fmt_value(self.peer, self.unit)}"
        return ""

    def as_dict(self) -> dict[str, Any]:
        return {
            "bench": self.bench, "name": self.name, "kind": self.kind, "ours": self.ours, "peer": self.peer,
            "unit": self.unit, "peer_name": self.peer_name, "ratio": self.ratio, "target": self.target_text(),
            "met": self.met, "missing": self.missing, "note": self.note, "detail": self.detail,
            "floor_for": list(self.floor_for) if self.floor_for else None,
        }  # fmt: skip

    def budget(self) -> float | None:
        """What the target leaves for our value, in its unit: peer / target for a speedup, peer × target for an
        overhead, the bound itself for a bound."""
        if self.peer is None or (self.kind in ("speedup", "overhead") and not self.target):
            return None
        if self.kind == "speedup":
            return self.peer / (self.target or 1)
        if self.kind == "overhead":
            return self.peer * (self.target or 1)
        return self.peer if self.kind == "bound" else None

    def floors(self, fig: Figure) -> bool:
        """Whether `fig` is this floor's target figure."""
        return self.floor_for is not None and fig.bench == self.floor_for[0] and self.floor_for[1] in fig.name


def missing(bench: str, name: str, what: str, target: str = "") -> Figure:
    """A figure that cannot be measured yet because `what` is not on main."""
    return Figure(bench, name, "info", None, None, "", "", missing=what, note=target)


def fmt_value(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    if unit == "s":
        if value < 1e-3:
            return f"{value * 1e6:.1f} µs"
        if value < 1:
            return f"{value * 1e3:.2f} ms"
        return f"{value:.2f} s"
    if unit == "B":
        return f"{value / 2**20:.1f} MiB"
    if abs(value) >= 100:
        return f"{value:,.0f} {unit}".strip()
    return f"{value:.3g} {unit}".strip()


def best_time(fn: Callable[[], object], *, repeat: int = 5, number: int = 1) -> float:
    """Seconds per call: the best of `repeat` runs of `number` calls."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        for _ in range(number):
            fn()
        best = min(best, (time.perf_counter() - start) / number)
    return best


def best_times(fns: dict[str, Callable[[], object]], *, repeat: int = 5, budget: float = 0.1) -> dict[str, float]:
    """`best_time` of each function, their runs interleaved so that a change of load on the machine touches
    them all alike (for a ratio of two fast calls, e.g. a floor against a bare parse)."""
    numbers = {name: autorange(fn, budget=budget) for name, fn in fns.items()}
    best = dict.fromkeys(fns, float("inf"))
    for _ in range(repeat):
        for name, fn in fns.items():
            best[name] = min(best[name], best_time(fn, repeat=1, number=numbers[name]))
    return best


def autorange(fn: Callable[[], object], *, budget: float = 0.3) -> int:
    """How many calls fill about `budget` seconds (at least 1)."""
    start = time.perf_counter()
    fn()
    once = max(time.perf_counter() - start, 1e-7)
    return max(1, int(budget / once))


def percentile(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    if len(ordered) == 1:
        return ordered[0]
    return statistics.quantiles(ordered, n=100, method="inclusive")[int(q) - 1] if 1 <= q <= 99 else ordered[-1]
