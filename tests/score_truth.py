"""Score `scraper.entities` against hand-made truth files with shared/tools/score.py's `score()`.

    python tests/score_truth.py [TRUTH.json ...] [-v] [--parse]

Posts are built from each truth post's title and body_lines (so the text layout is not needed); with
--parse they come from `scraper.parse` over the input page the truth's `source.file` names, relative to the
truth file (<name>.txt beside it by default; an HTML page in its family's fixture folder, e.g.
`../guardian/<case>.html`; the seed's own text copy for the seed), so layout and entities are scored
together. With no arguments it scores shared/seed/truth.json (from LIVEBLOG_SHARED or ../shared) and
fixtures/truth/*.json.
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

from scraper.entities import extract_page  # noqa: E402
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
        posts.append(post)
    extract_page(posts)  # (the truth's posts are one page's)
    return {"posts": [post.to_dict() for post in posts]}


def posts_from_page(truth_path: Path, truth: dict[str, Any]) -> dict[str, Any]:
    """What `liveblog parse` prints for the input page beside the truth file."""
    from datetime import UTC, datetime

    from scraper import parse

    page = truth_path.parent / (truth.get("source", {}).get("file") or truth_path.with_suffix(".txt").name)
    parsed = parse(page.read_bytes(), fetched_at=datetime(2025, 5, 2, 12, tzinfo=UTC), origin=str(page))
    # (with the page's summary blocks after its posts, as `liveblog parse --include-summary` prints them: a truth
    # file may count a block the page marks as its summary, such as the Guardian's is-summary block, as a post)
    out: dict[str, Any] = parsed.to_dict(include_summary=True)
    return out


def score_file(path: Path, scorer: ModuleType, *, through_parser: bool = False) -> dict[str, Any]:
    truth = json.loads(path.read_text("utf-8"))
    got = posts_from_page(path, truth) if through_parser else posts_from_truth(truth)
    result: dict[str, Any] = scorer.score(truth, got)
    return result


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    through_parser = "--parse" in argv
    paths = [Path(a) for a in argv if a not in ("-v", "--parse")]
    shared = shared_dir()
    if not paths:
        paths = [shared / "seed" / "truth.json", *sorted((ROOT / "fixtures" / "truth").glob("*.json"))]
    scorer = load_scorer(shared)
    for path in paths:
        res = score_file(path, scorer, through_parser=through_parser)
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
