"""Figure 1: the full in-process `parse` pipeline per family vs `trafilatura.extract`, and with entities off
vs a bare `LexborHTMLParser(html)` parse of the same page (the floor no selectolax parser can beat).
"""

from __future__ import annotations

from collections.abc import Callable

from benchmarks.measure import Figure, autorange, best_time, missing
from benchmarks.pages import FAMILIES, FETCHED_AT, webcore_page
from scraper.models import Page

NAME = "parse"
TEXT_PEERS = (
    "trafilatura.extract returns None on a plain-text copy, so its time is taken on the same posts rendered as "
    "the BBC WebCore HTML page; the Lexbor floor is Lexbor over the text itself"
)


def _parse_fn(html: str, url: str, entities: bool) -> Callable[[], Page]:
    from scraper import parse

    return lambda: parse(html, url=url, fetched_at=FETCHED_AT, entities=entities)


def _facts(page: Page) -> int:
    return sum(len(v) for p in page.posts for v in (p.entities or {}).values())


def trafilatura_time(html: str, repeat: int) -> float | None:
    """Seconds for `trafilatura.extract(html)`, or None when trafilatura (the `bench` extra) is not installed."""
    try:
        import trafilatura
    except ImportError:
        return None
    return best_time(lambda: trafilatura.extract(html), repeat=repeat)


def family_figures(family: str, posts: int, repeat: int) -> list[Figure]:
    from selectolax.lexbor import LexborHTMLParser

    from scraper.errors import LiveblogError

    make, url = FAMILIES[family]
    html = make(1, posts)
    size = f"{len(html.encode()) / 1024:.0f} KB, {posts} posts"
    bare = best_time(lambda: LexborHTMLParser(html), repeat=repeat, number=autorange(lambda: LexborHTMLParser(html)))
    # trafilatura returns None on a text copy (in ~1 ms): its peer is the same posts as the WebCore HTML page.
    peer_html = webcore_page(1, posts) if family == "text" else html
    traf = trafilatura_time(peer_html, max(1, repeat // 2))
    detail = TEXT_PEERS if family == "text" else ""
    no_traf = [] if traf else [missing(NAME, f"{family}: trafilatura.extract", "trafilatura (pip install '.[bench]')")]
    both = Figure(NAME, f"{family}: trafilatura.extract vs bare LexborHTMLParser (the two peers)", "info", traf, bare,
                  "s", "LexborHTMLParser(html)", note=size, detail=detail)  # fmt: skip
    peers = no_traf or [both]
    try:
        page = _parse_fn(html, url, True)()
    except LiveblogError as exc:
        why = f"layout {family} ({exc.__class__.__name__})"
        return [
            missing(NAME, f"{family}: full parse vs trafilatura.extract", why, "≥ 25×"),
            missing(NAME, f"{family}: parse --no-entities vs bare LexborHTMLParser", why, "≤ 5×"),
            *peers,
        ]
    found = len(page.posts)
    facts = _facts(page)
    note = f"{size}; {found} posts parsed, {facts} facts"
    if found != posts:
        note += f" (expected {posts})"
    if facts == 0:
        note += "; extractor found no facts (stub on main?)"
    full_fn, bare_fn = _parse_fn(html, url, True), _parse_fn(html, url, False)
    full = best_time(full_fn, repeat=repeat)
    noent = best_time(bare_fn, repeat=repeat)
    return [
        Figure(NAME, f"{family}: full parse vs trafilatura.extract", "speedup", full, traf, "s",
               "trafilatura.extract", target=25, note=note, detail=detail),
        Figure(NAME, f"{family}: parse --no-entities vs bare LexborHTMLParser", "overhead", noent, bare, "s",
               "LexborHTMLParser(html)", target=5),
        Figure(NAME, f"{family}: entities share of the full parse", "info", max(0.0, full - noent), full, "s",
               "full parse"),
        *no_traf,
    ]  # fmt: skip


def run(quick: bool = False) -> list[Figure]:
    posts, repeat = (5, 1) if quick else (200, 7)
    figures: list[Figure] = []
    for family in FAMILIES:
        figures += family_figures(family, posts, repeat)
    return figures
