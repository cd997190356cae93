"""Keyed patterns are compiled when a post first opens them, in place: a process pays only for the rules its
posts' keys open, and later uses read the compiled pattern with no call."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from scraper.entities.doc import Doc, Keyed, Lazy

ROOT = Path(__file__).resolve().parent.parent

COUNT = """
import re
from scraper.entities import extract_text, tallies, wards
from scraper.entities.doc import Lazy
keyed = [*wards._WARD_PATTERNS, *tallies.SEAT_TOTAL_RES]
def compiled():
    return sum(isinstance(k.rx, re.Pattern) for k in keyed)
before = compiled()
extract_text("Results", "Labour won 30 of the 66 seats on Eastmoor Council. Green gain in the Abbey ward.")
print(len(keyed), before, compiled())
"""


def test_a_fresh_process_compiles_only_the_patterns_its_posts_open() -> None:
    out = subprocess.run([sys.executable, "-c", COUNT], cwd=ROOT, capture_output=True, text=True, check=True)
    total, before, after = map(int, out.stdout.split())
    assert before == 0  # (none at import: `_pattern_runs` knows its special ones by their Keyed, not compiled)
    assert before < after < total  # the post opened some, not all


def test_a_lazy_pattern_is_put_in_place_compiled_on_first_use() -> None:
    keyed = Keyed.of(r"(?P<run>[A-Z]\w+) ward", ("ward",))
    assert isinstance(keyed.rx, Lazy)
    first = keyed.compiled()
    assert isinstance(first, re.Pattern) and keyed.rx is first and keyed.compiled() is first


def test_an_eager_pattern_is_compiled_at_once() -> None:
    assert isinstance(Keyed.of(r"seats?", ("seat",), lazy=False).rx, re.Pattern)


def test_a_module_level_lazy_pattern_compiles_on_first_use_then_calls_the_pattern_itself() -> None:
    lazy = Lazy(r"(?P<n>\d+) seats", re.I)
    assert lazy.pattern == r"(?P<n>\d+) seats"  # (readable before it is compiled: patterns are built from others)
    m = lazy.search("Labour won 30 SEATS")
    assert m is not None and m.group("n") == "30" and lazy.groupindex == {"n": 1}
    rx = lazy.compiled()
    assert rx is re.compile(r"(?P<n>\d+) seats", re.I) and lazy.compiled() is rx
    # from now on the methods are the compiled pattern's own (no call through Lazy)
    assert lazy.finditer == rx.finditer and lazy.sub("12 seats", "n") == "n" and lazy.groups == 1


def test_a_lazy_pattern_has_no_attributes_a_pattern_lacks() -> None:
    with pytest.raises(AttributeError):
        Lazy("a+").nonsense  # noqa: B018


def test_a_keyed_pattern_with_nowhere_to_start_is_not_compiled() -> None:
    # 'gain' occurs twice, but only one has 'was another' before it: where the run before a key can start is found
    # first, and a post holding no such start does not compile the pattern
    keyed = Keyed.of(
        r"(?P<run>[A-Z]\w+(?: [A-Z]\w+)*) was another \w+ gain",
        ("gain",),
        at="back",
        back=re.compile(r" \w+ rehtona saw(?: \w*[A-Z])+"),  # (the run and 'was another', read backwards)
    )
    none = "Labour gain Abbey. A Green gain too."
    assert list(keyed.finditer(Doc(text=none, title_end=0, lower=none.lower()))) == []
    assert isinstance(keyed.rx, Lazy)  # nothing was tried: not compiled
    some = "Abbey Hill was another Green gain. Labour gain Kelby."
    found = keyed.finditer(Doc(text=some, title_end=0, lower=some.lower()))
    assert [m.group("run") for m in found] == ["Abbey Hill"]
    assert isinstance(keyed.rx, re.Pattern)
