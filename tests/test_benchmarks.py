"""The benchmark suite runs end to end on tiny inputs and produces figures (timings are never asserted)."""

from __future__ import annotations

import json
import re
import sqlite3
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest

from benchmarks import run
from benchmarks.archive_gen import Plan, election_pages, ingest_pages
from benchmarks.bench_floors import GROUPS, INGEST_TARGET, minimum_ingest, read_replay, replay_ingest
from benchmarks.bench_startup import bytecode_env, wall
from benchmarks.bench_times import FORMATS, is_ambiguous, make_cases
from benchmarks.measure import Figure, Kind, best_times
from benchmarks.pages import FAMILIES, webcore_page
from benchmarks.parse_floors import POST_SELECTORS, entity_floor, extractor_floor, json_floor, visit_floor
from benchmarks.report import reproduce, section, table, why_not_met


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


def test_every_unmet_parse_and_ingest_target_has_a_floor_in_the_quick_run(capsys: pytest.CaptureFixture[str]) -> None:
    assert run.main(["--quick", "--no-write", "--json", "--only", "parse", "--only", "floors"]) == 0
    figures = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    for family in FAMILIES:
        for target in (f"{family}: full parse", f"{family}: parse --no-entities"):
            floors = [f for f in figures if f["floor_for"] == ["parse", target]]
            assert floors and all(f["ours"] > 0 for f in floors), target
            assert any(f["name"].startswith(target) and f["target"] for f in figures), target
        names = [f["name"] for f in figures if f["bench"] == "parse" and f["name"].startswith(f"{family}:")]
        assert any("fact extractor" in n and "per post" in n for n in names), names
    groups = [f for f in figures if f["bench"] == "floors" and "replay" in f["name"] and f["unit"] == "s"]
    assert len(groups) == len(GROUPS) and all(f["ours"] > 0 and f["peer"] > 0 for f in groups)
    assert sum(f["floor_for"] == list(INGEST_TARGET) for f in figures) == 4


def test_the_floors_find_every_post_of_each_family() -> None:
    from scraper import parse

    for family, (make, url) in FAMILIES.items():
        page = make(2, 5)
        # LX pages carry a "Get Involved" block among the posts, which the loose floor selector also finds
        assert extractor_floor(family, page) == 5 + (family == "bbc-lx"), family
        assert entity_floor(parse(page, url=url, entities=False).posts) > 5, family
    assert json_floor(webcore_page(2, 5)) == 5


def test_the_visit_floor_meets_every_element_and_text_of_each_post() -> None:
    from selectolax.lexbor import LexborHTMLParser

    for family, selector in POST_SELECTORS.items():
        page = FAMILIES[family][0](2, 5)
        posts = LexborHTMLParser(page).css(selector)
        elements = sum(len(post.css("*")) for post in posts)  # each post and every element inside it
        # every element, and the text nodes besides: more than the elements alone
        assert visit_floor(family, page) > elements > 5 * len(posts), family


def test_the_raw_replay_writes_the_archive_s_rows_again(tmp_path: Path) -> None:
    pages = list(election_pages(Plan(60, wards=10, councils=5, blogs=3)))
    ingest_pages(str(tmp_path / "a.sqlite"), pages)
    replay = read_replay(tmp_path / "a.sqlite", [len(p.posts) for p in pages])
    written = replay_ingest(tmp_path / "b.sqlite", replay)
    assert set(written.seconds) == set(GROUPS) and replay.posts == 60 and written.wal_pages == 0
    a, b = sqlite3.connect(tmp_path / "a.sqlite"), sqlite3.connect(tmp_path / "b.sqlite")
    for name in [*replay.columns, "posts_fts"]:
        query = f'SELECT * FROM "{name}" ORDER BY rowid'
        assert a.execute(query).fetchall() == b.execute(query).fetchall(), name
    match = "SELECT rowid FROM posts_fts WHERE posts_fts MATCH 'council' ORDER BY rowid"
    assert a.execute(match).fetchall() == b.execute(match).fetchall() != []
    deferred = replay_ingest(tmp_path / "d.sqlite", replay, defer_checkpoint=True)
    # every COMMIT writes at least the pages the database grows by (and the checkpoint moved them all back)
    assert set(deferred.seconds) == set(GROUPS) and deferred.wal_pages >= deferred.db_pages > 0
    for name, defer in (("c.sqlite", False), ("e.sqlite", True)):
        assert minimum_ingest(tmp_path / name, pages, defer_checkpoint=defer) > 0
        c = sqlite3.connect(tmp_path / name)
        assert c.execute("SELECT count(*) FROM posts").fetchone() == (60,)
        assert c.execute(match).fetchall() == a.execute(match).fetchall()
    d = sqlite3.connect(tmp_path / "d.sqlite")
    assert (
        d.execute("SELECT count(*) FROM mentions").fetchone() == a.execute("SELECT count(*) FROM mentions").fetchone()
    )


def _target(kind: Kind, ours: float, peer: float, target: float | None = None) -> Figure:
    return Figure("parse", "x: full parse vs peer", kind, ours, peer, "s", "peer", target=target)


def test_an_unmet_target_names_its_floor_against_the_budget_it_leaves() -> None:
    speed = _target("speedup", 0.3, 0.25, 25)  # budget 10 ms
    over = Figure("floors", "floor a", "info", 0.02, 0.01, "s", "budget", floor_for=("parse", "x: full parse"))
    under = Figure("floors", "floor b vs y", "info", 0.005, 0.01, "s", "budget", floor_for=("parse", "x: full"))
    other = Figure("floors", "floor c", "info", 0.001, 1, "s", "", floor_for=("parse", "z: full parse"))
    (a, b) = why_not_met([speed, over, under, other])
    assert "floor a = 20.00 ms, 2.00× the budget 10.00 ms the target leaves: no implementation" in a
    assert "(ours = 15.0× the floor)" in a
    assert "floor b = 5.00 ms, 0.50× the budget 10.00 ms: the floor fits, the gap is ours (ours = 60.0×" in b
    met = _target("speedup", 0.001, 0.25, 25)
    assert why_not_met([met, over]) == []
    rows = table([speed, over, under, other, met]).splitlines()
    assert rows[3] == "| parse | ↳ why not met: floor a = 2.00× the budget — cannot be met above this floor | | | | | |"
    assert (
        rows[4]
        == "| parse | ↳ why not met: floor b = 0.50× the budget — floor fits; ours = 60.0× the floor | | | | | |"
    )
    assert len(rows) == 2 + 5 + 2  # header, the five figures, the two floors under the unmet one
    rate = Figure("ingest", "Archive.ingest rate", "bound", 2_000, 20_000, "posts/s", "target", higher_is_better=True)
    floor = Figure("floors", "raw", "info", 5_000, 20_000, "posts/s", "target", floor_for=INGEST_TARGET)
    (line,) = why_not_met([rate, floor])
    assert "floor raw = 5,000 posts/s (200.0 µs/post), 4.00× the 50.0 µs/post budget the target leaves" in line
    assert "(ours = 2.5× the floor)" in line
    overhead = Figure("parse", "x: parse --no-entities vs Lexbor", "overhead", 0.03, 0.001, "s", "L", target=5)
    assert overhead.budget() == 0.005 and speed.budget() == 0.01 and rate.budget() == 20_000


def test_the_printed_table_ends_with_the_reasons_and_the_commands(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    figs = [_target("speedup", 0.3, 0.25, 25),
            Figure("parse", "floor", "info", 0.02, 0.01, "s", "b", floor_for=("parse", "x: full parse"))]  # fmt: skip
    monkeypatch.setattr(run, "run_one", lambda name, quick: figs if name == "parse" else [])
    assert run.main(["--no-write", "--only", "parse", "--only", "floors"]) == 0
    out = capsys.readouterr().out
    assert "- why not met — parse — x: full parse vs peer: floor = 20.00 ms" in out
    assert "- reproduce (this run): `python -m benchmarks.run --only parse --only floors --no-write`" in out
    assert "- reproduce: `python -m benchmarks.run --only parse --no-write`" in out
    assert "- reproduce: `python -m benchmarks.run --only floors --no-write`" in out
    assert "- profile: `python -m benchmarks.profile ingest --top 15`" in out
    text = section(figs, {"date": "d"}, "python -m benchmarks.run", [], reproduce(["parse"]))
    assert "- why not met — parse" in text and "- profile: `python -m benchmarks.profile parse --family" in text


def test_interleaved_timing_calls_every_function_each_round() -> None:
    calls = {"a": 0, "b": 0}

    def bump(name: str) -> Callable[[], object]:
        return lambda: calls.__setitem__(name, calls[name] + 1)

    timed = best_times({"a": bump("a"), "b": bump("b")}, repeat=3, budget=0.0)
    assert set(timed) == {"a", "b"} and all(t >= 0 for t in timed.values())
    assert calls == {"a": 4, "b": 4}  # one calibrating call, then one a round


def _busy() -> int:
    return sum(i * i for i in range(300_000))


def test_hot_spots_name_the_function_that_spends_the_time() -> None:
    from pyinstrument import Profiler

    from benchmarks.profile import hot_spots

    profiler = Profiler(interval=0.0005)
    profiler.start()
    for _ in range(5):
        _busy()
    profiler.stop()
    lines = hot_spots(profiler.last_session.root_frame(), 3)
    assert 1 <= len(lines) <= 3 and "%" in lines[0] and " ms  " in lines[0]
    assert any("_busy" in line or "<genexpr>" in line for line in lines), lines


def test_start_up_is_timed_with_the_bytecode_cache_a_second_run_finds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # a shell that forbids writing bytecode would make every timed run compile the project from source
    monkeypatch.setenv("PYTHONDONTWRITEBYTECODE", "1")
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "startmod.py").write_text("VALUE = 1\n", encoding="utf-8")
    prefix = tmp_path / "cache"
    env = bytecode_env(str(prefix))
    script = f"import sys; sys.path.insert(0, {str(tmp_path / 'src')!r}); import startmod"
    _best, code = wall([sys.executable, "-c", script], repeat=1, env=env)
    assert code == 0
    assert "PYTHONDONTWRITEBYTECODE" not in env
    assert [p.name.split(".")[0] for p in prefix.rglob("startmod*.pyc")] == ["startmod"]
