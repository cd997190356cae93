"""The benchmark suite runs end to end on tiny inputs and produces figures (timings are never asserted)."""

from __future__ import annotations

import json
import re
import sqlite3
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from benchmarks import run
from benchmarks.bench_times import FORMATS, is_ambiguous, make_cases
from benchmarks.measure import Figure
from benchmarks.pages import FAMILIES, webcore_page
from benchmarks.report import section, table


def test_quick_run_prints_a_figure_or_a_named_gap_for_every_benchmark(capsys: pytest.CaptureFixture[str]) -> None:
    assert run.main(["--quick", "--no-write", "--json"]) == 0
    figures = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert {f["bench"] for f in figures} == set(run.BENCHMARKS)
    for fig in figures:
        assert fig["missing"] or fig["ours"] is not None, fig
        assert "crashed" not in fig["name"], fig
    speedup = next(f for f in figures if f["bench"] == "times" and f["kind"] == "speedup")
    assert speedup["ours"] > 0 and speedup["peer"] > 0 and speedup["ratio"] == speedup["peer"] / speedup["ours"]
    # every family is measured, or names the layout (or the peer) that is not there yet
    for family in FAMILIES:
        assert any(f["name"].startswith(f"{family}:") for f in figures if f["bench"] == "parse")


def test_generated_pages_are_deterministic_and_carry_the_bbc_markup() -> None:
    page = webcore_page(3, 5)
    assert page == webcore_page(3, 5) and page != webcore_page(4, 5)
    assert page.count('data-testid="content-post"') == 5
    assert re.search(r'class="ssrcss-[a-z0-9]{6}-VisuallyHidden e[a-z0-9]+"', page)
    literal = re.search(r'window\.__INITIAL_DATA__=("(?:[^"\\]|\\.)*");', page)
    assert literal is not None
    data = json.loads(json.loads(literal.group(1)))
    (stream,) = [v["data"] for k, v in data["data"].items() if "liveTextStreamId=" in k]
    assert len(stream["results"]) == 5 and all(p["urn"].startswith("asset:") for p in stream["results"])


def test_time_cases_cover_every_format_with_a_truth() -> None:
    cases = make_cases(len(FORMATS) * 2)
    assert {name for name, *_ in cases} == set(FORMATS)
    assert all(truth.tzinfo is not None and base > truth for _n, _t, base, truth in cases)


def test_results_section_names_machine_versions_and_gaps() -> None:
    figs = [
        Figure("times", "x", "speedup", 0.01, 1.0, "s", "dateparser", target=50),
        Figure("ingest", "y", "info", None, None, "", "", missing="archive.Archive"),
    ]
    env = {"date": datetime(2026, 1, 1, tzinfo=UTC).isoformat(), "python": sys.version.split()[0], "sqlite": "3"}
    text = section(figs, env, "python -m benchmarks.run", ["not measured: archive.Archive"])
    assert "| times | x | 10.00 ms | 1.00 s (dateparser) | 100.0× | ≥ 50× | met |" in table(figs)
    assert "not on main: archive.Archive" in text and "- sqlite: 3" in text


def test_only_zone_less_times_in_the_repeated_autumn_hour_count_as_ambiguous() -> None:
    repeated = datetime(2021, 10, 31, 1, 52, tzinfo=UTC)  # 01:52 GMT; 01:52 BST was an hour earlier
    assert is_ambiguous("LX 14:31 7 May", repeated)
    assert not is_ambiguous("21:19 BST 29 June", repeated)
    assert not is_ambiguous("LX 14:31 7 May", datetime(2021, 10, 31, 3, 52, tzinfo=UTC))


def test_the_replay_floor_writes_every_row_the_archive_wrote(tmp_path: Path) -> None:
    from benchmarks.archive_gen import Plan, election_pages, ingest_pages
    from benchmarks.bench_ingest import replay_floor

    pages = list(election_pages(Plan(60, wards=10, councils=3, blogs=2)))
    ingest_pages(str(tmp_path / "a.sqlite"), pages)
    spent = replay_floor(tmp_path / "a.sqlite", tmp_path / "r.sqlite", [len(p.posts) for p in pages])
    assert set(spent) >= {"posts", "mentions", "results", "commit (FTS5 flush, WAL)"}
    count = "SELECT (SELECT count(*) FROM posts), (SELECT count(*) FROM mentions), (SELECT count(*) FROM results)"
    with sqlite3.connect(tmp_path / "a.sqlite") as a, sqlite3.connect(tmp_path / "r.sqlite") as r:
        assert a.execute(count).fetchone() == r.execute(count).fetchone() != (0, 0, 0)
        hits = "SELECT count(*) FROM posts_fts WHERE posts_fts MATCH 'elect*'"
        assert a.execute(hits).fetchone() == r.execute(hits).fetchone() != (0,)
