"""Figure 1: the full in-process `parse` pipeline per family vs `trafilatura.extract`, and with entities off
vs a bare `LexborHTMLParser(html)` parse of the same page (the floor no selectolax parser can beat).

Beside them, floors measured on the same page in the same run (`parse_floors`):
- the minimal extractor: Lexbor parse, one `css()` for the post containers and `node.text()` per post, or
  for WebCore the two `json.loads` of `window.__INITIAL_DATA__` (a JSON text inside a JS string literal); for
  the text copy `splitlines()`, one regex scan for the post header lines and `parse_time` per post;
- for the HTML families, the one-visit reader: Lexbor, the post containers, and every node of each post visited
  once from Python (attributes or text read) — what a reader that cleans posts in Python pays before deciding
  anything;
- one pass of a single compiled regex (party names and numbers) over each post's text: a lower bound for any
  rule-based fact extractor that reads the text once;
- WebCore pages carry the posts twice (HTML and `__INITIAL_DATA__`): their floor is the cheaper route;
- per post: the budget the 25× target leaves (trafilatura / 25 / posts) against our no-entities parse and
  the fact extractor (`scraper.entities.extract` over the page's posts).
"""

from __future__ import annotations

from collections.abc import Callable

from benchmarks.measure import Figure, best_times, missing
from benchmarks.pages import FAMILIES, FETCHED_AT, webcore_page
from benchmarks.parse_floors import (
    JSON_STEPS,
    POST_SELECTORS,
    VISIT_STEPS,
    entity_floor,
    extractor_floor,
    extractor_floor_steps,
    json_floor,
    visit_floor,
)
from scraper.models import Page

NAME = "parse"
TARGET_SPEEDUP = 25
TEXT_PEERS = (
    "trafilatura.extract returns None on a plain-text copy, so its time is taken on the same posts rendered as "
    "the BBC WebCore HTML page; the Lexbor peer is Lexbor over the text itself, which finds no post: the floor "
    "a text parser must pay is the minimal text extractor (splitlines, one header regex scan, parse_time per post)"
)


def _parse_fn(html: str, url: str, entities: bool) -> Callable[[], Page]:
    from scraper import parse

    return lambda: parse(html, url=url, fetched_at=FETCHED_AT, entities=entities)


def _facts(page: Page) -> int:
    return sum(len(v) for p in page.posts for v in (p.entities or {}).values())


def trafilatura_fn(html: str) -> Callable[[], object] | None:
    """`trafilatura.extract(html)`, or None when trafilatura (the `bench` extra) is not installed."""
    try:
        import trafilatura
    except ImportError:
        return None
    return lambda: trafilatura.extract(html)


def family_figures(family: str, posts: int, repeat: int) -> list[Figure]:
    from selectolax.lexbor import LexborHTMLParser

    from scraper.entities import extract
    from scraper.errors import LiveblogError

    make, url = FAMILIES[family]
    html = make(1, posts)
    size = f"{len(html.encode()) / 1024:.0f} KB, {posts} posts"
    # trafilatura returns None on a text copy (in ~1 ms): its peer is the same posts as the WebCore HTML page.
    traf_fn = trafilatura_fn(webcore_page(1, posts) if family == "text" else html)
    detail = TEXT_PEERS if family == "text" else ""
    no_traf = (
        [] if traf_fn else [missing(NAME, f"{family}: trafilatura.extract", "trafilatura (pip install '.[bench]')")]
    )
    fns: dict[str, Callable[[], object]] = {"bare": lambda: LexborHTMLParser(html)}
    try:
        page = _parse_fn(html, url, True)()
    except LiveblogError as exc:
        timed = best_times(fns | ({"traf": traf_fn} if traf_fn else {}), repeat=repeat)
        why = f"layout {family} ({exc.__class__.__name__})"
        both = Figure(NAME, f"{family}: trafilatura.extract vs bare LexborHTMLParser (the two peers)", "info",
                      timed.get("traf"), timed["bare"], "s", "LexborHTMLParser(html)", note=size,
                      detail=detail)  # fmt: skip
        return [
            missing(NAME, f"{family}: full parse vs trafilatura.extract", why, "≥ 25×"),
            missing(NAME, f"{family}: parse --no-entities vs bare LexborHTMLParser", why, "≤ 5×"),
            *(no_traf or [both]),
        ]
    found = len(page.posts)
    facts = _facts(page)
    note = f"{size}; {found} posts parsed, {facts} facts"
    if found != posts:
        note += f" (expected {posts})"
    if facts == 0:
        note += "; extractor found no facts (stub on main?)"
    full_fn, bare_fn = _parse_fn(html, url, True), _parse_fn(html, url, False)
    parsed = bare_fn().posts
    # Every call timed in interleaved rounds (best of `repeat`), so that a change of load on the shared machine
    # touches ours, the peers and the floors alike: their ratios are what the figures are about.
    fns |= {"full": full_fn, "noent": bare_fn, "floor": lambda: extractor_floor(family, html),
            "regex": lambda: entity_floor(parsed), "facts": lambda: [extract(p) for p in parsed]}  # fmt: skip
    if family == "bbc-webcore":
        fns["json"] = lambda: json_floor(html)
    if family in POST_SELECTORS:
        fns["visit"] = lambda: visit_floor(family, html)
    if traf_fn:
        fns["traf"] = traf_fn
    timed = best_times(fns, repeat=repeat, budget=0.1 if repeat > 1 else 0.01)
    full, noent, bare, traf = timed["full"], timed["noent"], timed["bare"], timed.get("traf")
    return [
        Figure(NAME, f"{family}: full parse vs trafilatura.extract", "speedup", full, traf, "s",
               "trafilatura.extract", target=TARGET_SPEEDUP, note=note, detail=detail),
        Figure(NAME, f"{family}: parse --no-entities vs bare LexborHTMLParser", "overhead", noent, bare, "s",
               "LexborHTMLParser(html)", target=5),
        Figure(NAME, f"{family}: entities share of the full parse", "info", max(0.0, full - noent), full, "s",
               "full parse"),
        *floor_figures(family, len(parsed), timed),
        *no_traf,
    ]  # fmt: skip


def floor_figures(family: str, posts: int, timed: dict[str, float]) -> list[Figure]:
    """The floors of one family's page beside its bare Lexbor parse and the budget trafilatura / 25 leaves.

    `timed`: seconds of the bare Lexbor parse, our parse with entities off (`noent`), the fact extractor over
    the page's posts, the extractor floor, the one-regex floor, trafilatura if installed and, for WebCore,
    the JSON route's floor."""
    n = max(1, posts)
    bare, noent, facts, regex, traf = timed["bare"], timed["noent"], timed["facts"], timed["regex"], timed.get("traf")
    floor = min(timed["floor"], timed.get("json", timed["floor"]))  # a WebCore parser may take either route
    steps = extractor_floor_steps(family)
    routes = []
    if "json" in timed:
        steps = f"the cheaper route: HTML ({steps}) or JSON ({JSON_STEPS})"
        routes = [
            Figure(NAME, f"{family}: HTML-route floor vs bare LexborHTMLParser", "info", timed["floor"], bare, "s",
                   "LexborHTMLParser(html)", note=extractor_floor_steps(family)),
            Figure(NAME, f"{family}: JSON-route floor vs bare LexborHTMLParser", "info", timed["json"], bare, "s",
                   "LexborHTMLParser(html)", note=JSON_STEPS),
        ]  # fmt: skip
    if "visit" in timed:
        routes.append(
            Figure(NAME, f"{family}: one-visit reader floor vs bare LexborHTMLParser", "info", timed["visit"], bare,
                   "s", "LexborHTMLParser(html)", note=VISIT_STEPS, floor_for=(NAME, f"{family}: parse --no-entities"))
        )  # fmt: skip
    figures = [
        *routes,
        Figure(NAME, f"{family}: minimal extractor floor vs bare LexborHTMLParser", "info", floor, bare, "s",
               "LexborHTMLParser(html)", note=steps, floor_for=(NAME, f"{family}: parse --no-entities")),
        Figure(NAME, f"{family}: parse --no-entities vs the minimal extractor floor", "info", noent, floor, "s",
               "minimal extractor floor"),
        Figure(NAME, f"{family}: fact extractor per post vs one-regex floor per post", "info", facts / n, regex / n,
               "s", "one pass of party-name/number regex"),
    ]  # fmt: skip
    if traf is None:
        return figures
    budget = traf / TARGET_SPEEDUP
    per_post = f"trafilatura.extract / {TARGET_SPEEDUP} / post"
    return [
        *figures,
        Figure(NAME, f"{family}: full-parse floor (minimal extractor + one-regex pass) vs trafilatura budget at "
               f"{TARGET_SPEEDUP}×", "info", floor + regex, budget, "s", f"trafilatura.extract / {TARGET_SPEEDUP}",
               floor_for=(NAME, f"{family}: full parse")),
        Figure(NAME, f"{family}: parse --no-entities per post vs trafilatura budget at {TARGET_SPEEDUP}× per post",
               "info", noent / n, budget / n, "s", per_post),
        Figure(NAME, f"{family}: fact extractor (entities.extract) per post vs trafilatura budget at "
               f"{TARGET_SPEEDUP}× per post", "info", facts / n, budget / n, "s", per_post),
    ]  # fmt: skip


def run(quick: bool = False) -> list[Figure]:
    posts, repeat = (5, 1) if quick else (200, 7)
    figures: list[Figure] = []
    for family in FAMILIES:
        figures += family_figures(family, posts, repeat)
    return figures
