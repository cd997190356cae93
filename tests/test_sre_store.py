"""Compiled patterns kept between processes (scraper/sre_store.py): a later process builds a pattern an earlier one
compiled from its stored codes, the same pattern; nothing is written where bytecode would not be, and a store from
another interpreter is not used."""

from __future__ import annotations

import marshal
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from scraper import sre_store
from scraper.entities import lexicon

ROOT = Path(__file__).resolve().parent.parent
# the store is put in place only on the re internals it was written for (CPython 3.11); elsewhere re compiles
# every pattern itself, and only the lexicon's order below still applies
STORE_IN_USE = pytest.mark.skipif(
    sys.version_info[:2] != (3, 11) or sys.implementation.name != "cpython",
    reason="the store is used on CPython 3.11 only",
)
# a pattern no module of the project compiles, with named groups and a flag (the parts _sre.compile is handed)
PATTERN = r"(?P<ward>[A-Z][a-z]+)\s+ward\s+(?P<n>\d+)\s+seats-test-store"
WORDS = "Abbey ward 3 seats-test-store"

# Compiles PATTERN (after `scraper.lazy` put the store in place) and prints what it matched; with "forbid", the
# parse of any pattern's source fails, so only a pattern built from the store can be used.
SCRIPT = f"""
import re, sys
import scraper.lazy
if sys.argv[1:] == ["forbid"]:
    import re._compiler
    def parse_forbidden(*args, **kwargs):
        raise AssertionError("compiled from source")
    re._compiler.compile = parse_forbidden
m = re.compile({PATTERN!r}, re.I).search({WORDS!r})
print(m.group("ward"), m.group("n"), m.span())
"""


# Compiles one pattern after a child process compiled another and wrote the store, as a run's subprocesses do.
NESTED = """
import re, subprocess, sys
import scraper.lazy
re.compile("ward [12] of the parent")
subprocess.run([sys.executable, "-c", "import re, scraper.lazy; re.compile('ward [12] of the child')"], check=True)
"""
# Uses both patterns with parsing forbidden.
BOTH = """
import re, re._compiler
import scraper.lazy
def parse_forbidden(*args, **kwargs):
    raise AssertionError("compiled from source")
re._compiler.compile = parse_forbidden
print([bool(re.compile(f"ward [12] of the {who}").match(f"ward 2 of the {who}")) for who in ("parent", "child")])
"""


def _run(tmp_path: Path, *args: str, script: str = SCRIPT, **env: str) -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    environ.update(PYTHONPYCACHEPREFIX=str(tmp_path), **env)
    return subprocess.run([sys.executable, "-c", script, *args], cwd=ROOT, env=environ, capture_output=True,
                          text=True, check=False)  # fmt: skip


@STORE_IN_USE
def test_a_later_process_builds_the_pattern_from_the_store(tmp_path: Path) -> None:
    first = _run(tmp_path)
    assert first.returncode == 0, first.stderr
    assert first.stdout == "Abbey 3 (0, 29)\n"
    assert list(tmp_path.rglob("sre_store.*.marshal"))
    later = _run(tmp_path, "forbid")
    assert later.returncode == 0, later.stderr
    assert later.stdout == first.stdout


@STORE_IN_USE
def test_a_process_keeps_what_its_child_stored_meanwhile(tmp_path: Path) -> None:
    assert _run(tmp_path, script=NESTED).returncode == 0
    both = _run(tmp_path, script=BOTH)
    assert both.returncode == 0, both.stderr
    assert both.stdout == "[True, True]\n"


@STORE_IN_USE
def test_no_store_is_written_where_bytecode_would_not_be(tmp_path: Path) -> None:
    done = _run(tmp_path, PYTHONDONTWRITEBYTECODE="1")
    assert done.returncode == 0, done.stderr
    assert not list(tmp_path.rglob("sre_store.*.marshal"))
    assert _run(tmp_path, "forbid").returncode != 0  # nothing stored: the pattern must be compiled


@STORE_IN_USE
def test_a_store_from_another_interpreter_is_not_used(tmp_path: Path) -> None:
    assert _run(tmp_path).returncode == 0
    (path,) = tmp_path.rglob("sre_store.*.marshal")
    header, stored = marshal.loads(path.read_bytes())
    path.write_bytes(marshal.dumps((("another interpreter", *header[1:]), stored)))
    assert _run(tmp_path, "forbid").returncode != 0
    assert _run(tmp_path).stdout == "Abbey 3 (0, 29)\n"


@STORE_IN_USE
def test_a_stored_pattern_is_the_compiled_one() -> None:
    source = lexicon.TITLE_ALT + r"\s+(?P<name>\w+)"
    cache = sre_store._Cache({}, {(source, re.I): sre_store._entry(source, re.I)})
    built = cache[str, source, re.I]
    assert built == re._compiler.compile(source, re.I)  # type: ignore[attr-defined]  # (== compares the codes)
    assert built.search("a word with Cllr. Jones").group("name") == "Jones"  # type: ignore[union-attr]


@STORE_IN_USE
def test_a_damaged_entry_is_compiled_from_its_source() -> None:
    source = r"(?P<ward>\w+) ward damaged-store-test"
    final, codes, groups, names, indexes = sre_store._entry(source, 0)
    damaged = (final, codes[: len(codes) // 2], groups, names, indexes)  # unmarshals, but _sre refuses the codes
    cache = sre_store._Cache({}, {(source, 0): damaged})
    with pytest.raises(KeyError):  # re's own miss: it then compiles the source
        cache[str, source, 0]
    saved = re._cache  # type: ignore[attr-defined]
    re._cache = cache  # type: ignore[attr-defined]
    try:
        found = re.compile(source).match("Abbey ward damaged-store-test")
    finally:
        re._cache = saved  # type: ignore[attr-defined]
    assert found is not None and found.group("ward") == "Abbey"


def test_alternations_of_a_set_are_written_alike_in_every_process() -> None:
    code = "from scraper.entities import lexicon; print(lexicon.TITLE_ALT, lexicon.ROLE_ALT)"
    written = {
        subprocess.run([sys.executable, "-c", code], cwd=ROOT, env={**os.environ, "PYTHONHASHSEED": seed},
                       capture_output=True, text=True, check=True).stdout
        for seed in ("1", "2", "3")
    }  # fmt: skip
    assert len(written) == 1
    assert lexicon.longest_first({"Ms", "Mr", "Dr", "Sir"}) == ["Sir", "Dr", "Mr", "Ms"]
