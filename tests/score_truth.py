"""Score `scraper.entities` against hand-made truth files with shared/tools/score.py's `score()`.

    python tests/score_truth.py [TRUTH.json ...] [-v]

Posts are built from each truth post's title and body_lines (so the text layout is not needed); with no
arguments it scores shared/seed/truth.json (from LIVEBLOG_SHARED or ../shared) and fixtures/truth/*.json.
"""

from __future__ import annotations

import importlib.util
import json
import os
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scraper.entities import extract  # noqa: E402
from scraper.models import Post  # noqa: E402


def shared_dir() -> Path:
    return Path(os.environ.get("LIVEBLOG_SHARED") or ROOT.parent / "shared")


def load_scorer(shared: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("liveblog_score", shared / "tools" / "score.py")
    if spec is None or spec.loader is None:
        raise FileNotFoundError(shared / "tools" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def posts_from_truth(truth: dict[str, Any]) -> dict[str, Any]:
    """What `liveblog parse` would print for the truth's posts, entities included."""
    posts = []
    for i, t in enumerate(truth["posts"]):
        post = Post(
            post_id=f"truth:{i}",
            title=t.get("title"),
            author=t.get("author"),
            role=t.get("role"),
            body_text="\n".join(t.get("body_lines") or []),
        )
        post.entities = extract(post)
        posts.append(post.to_dict())
    return {"posts": posts}


def score_file(path: Path, scorer: ModuleType) -> dict[str, Any]:
    truth = json.loads(path.read_text("utf-8"))
    result: dict[str, Any] = scorer.score(truth, posts_from_truth(truth))
    return result


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    paths = [Path(a) for a in argv if a != "-v"]
    shared = shared_dir()
    if not paths:
        paths = [shared / "seed" / "truth.json", *sorted((ROOT / "fixtures" / "truth").glob("*.json"))]
    scorer = load_scorer(shared)
    for path in paths:
        res = score_file(path, scorer)
        m = res["entity_micro"]
        print(f"{path.name}: F1={m['f1']:.3f} P={m['p']:.3f} R={m['r']:.3f} (tp={m['tp']} fp={m['fp']} fn={m['fn']})")
        for name, v in res["entities"].items():
            print(f"  {name:18s} P={v['p']:.3f} R={v['r']:.3f} F1={v['f1']:.3f}")
            if verbose:
                for x in v["misses"]:
                    print(f"      missed {x}")
                for x in v["extras"]:
                    print(f"      extra  {x}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
