"""Entity extraction scored with shared/tools/score.py: the seed page and our own truth files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from score_truth import load_scorer, posts_from_truth, score_file

TRUTH_DIR = Path(__file__).resolve().parent.parent / "fixtures" / "truth"
TRUTH_FILES = sorted(TRUTH_DIR.glob("*.json"))


def test_seed_meets_the_targets(shared: Path) -> None:
    truth = json.loads((shared / "seed" / "truth.json").read_text("utf-8"))
    res = load_scorer(shared).score(truth, posts_from_truth(truth))
    micro, ent = res["entity_micro"], res["entities"]
    assert micro["f1"] >= 0.95 and micro["p"] >= 0.97, micro
    for measure in ("candidate votes", "candidate party", "candidate elected"):
        assert ent[measure]["f1"] >= 0.95, (measure, ent[measure])


def test_there_are_thirty_posts_of_our_own() -> None:
    posts = sum(len(json.loads(p.read_text("utf-8"))["posts"]) for p in TRUTH_FILES)
    assert posts >= 30
    for p in TRUTH_FILES:
        page = json.loads(p.read_text("utf-8"))["source"].get("file") or p.with_suffix(".txt").name
        assert (p.parent / page).is_file(), f"{p.name} names no input page that exists"


@pytest.mark.parametrize("path", TRUTH_FILES, ids=lambda p: p.stem)
def test_own_truth_files_score_at_least_090(shared: Path, path: Path) -> None:
    truth = json.loads(path.read_text("utf-8"))
    res = load_scorer(shared).score(truth, posts_from_truth(truth))
    assert res["entity_micro"]["f1"] >= 0.90, res["entity_micro"]
    assert res["entity_micro"]["p"] >= 0.95, res["entities"]


@pytest.mark.parametrize("path", TRUTH_FILES, ids=lambda p: p.stem)
def test_own_truth_files_through_the_parser(shared: Path, path: Path) -> None:
    """The same pages read by `scraper.parse` (text layout) score as well: posts, fields and facts."""
    res = score_file(path, load_scorer(shared), through_parser=True)
    assert res["posts_matched"] == res["posts_expected"]
    assert res["entity_micro"]["f1"] >= 0.90, res["entity_micro"]
