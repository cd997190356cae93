"""Golden files: every `fixtures/<family>/<case>.{html,json,txt}` beside `<case>.expected.json`.

The expected file is what `parse(...).to_dict()` gives with entities off (facts have tests of their own);
its `url` and `fetched_at` are the inputs of the parse. A case whose expected file holds `{"error": ...}`
must fail with that error class; `"warnings"` lists the malformed posts that were skipped.
Regenerate after a deliberate change with `pytest tests/test_golden.py --update-golden`.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import scraper
from scraper.times import parse_iso

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
INPUT_SUFFIXES = (".html", ".htm", ".json", ".txt")
CASES = sorted(
    p
    for p in FIXTURES.glob("*/**/*")
    if p.suffix in INPUT_SUFFIXES
    and not p.name.endswith(".expected.json")
    and p.with_name(p.stem + ".expected.json").exists()
    and p.parent.name not in ("truth",)
)


def _run(case: Path, expected: dict) -> dict:
    url = expected.get("url")
    fetched = parse_iso(expected.get("fetched_at"))
    try:
        page = scraper.parse(
            case.read_bytes(), url=url, fetched_at=fetched, entities=False, layout=expected.get("force")
        )
    except scraper.LiveblogError as exc:
        return {"url": url, "fetched_at": expected.get("fetched_at"), "error": type(exc).__name__}
    out = page.to_dict(include_summary=True)
    if page.warnings:
        out["warnings"] = page.warnings
    if "force" in expected:
        out["force"] = expected["force"]
    return out


@pytest.mark.parametrize("case", CASES, ids=[str(c.relative_to(FIXTURES)) for c in CASES])
def test_golden(case: Path, request: pytest.FixtureRequest) -> None:
    expected_path = case.with_name(case.stem + ".expected.json")
    expected = json.loads(expected_path.read_text(encoding="utf-8"))
    got = _run(case, expected)
    if request.config.getoption("--update-golden"):
        expected_path.write_text(json.dumps(got, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        return
    assert got == expected


def test_every_family_has_three_golden_cases_one_broken() -> None:
    for family in ("bbc-webcore", "bbc-lx", "bbc-simorgh", "guardian", "jsonld", "text"):
        cases = [c for c in CASES if c.relative_to(FIXTURES).parts[0] == family]
        assert len(cases) >= 3, family
        assert any("broken" in c.relative_to(FIXTURES).parts for c in cases), family
