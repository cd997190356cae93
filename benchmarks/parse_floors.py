"""Floors for the parse figures: the least work any parser of a family's page must do, measured beside ours.

- `extractor_floor(family, page)`: for an HTML family, a bare Lexbor parse, one `css()` for the post
  containers and `node.text()` per post (the minimum C-level calls that find the posts and take their text).
  WebCore pages carry the posts twice, so a parser may take either route: `json_floor(page)` is the other one,
  finding `window.__INITIAL_DATA__` and decoding it (a JSON text written as a JS string literal: two
  `json.loads`); the floor of a WebCore page is the cheaper route. For the text copy: `splitlines()`, one
  regex scan for the post header lines and `parse_time` for each post's time (Lexbor over plain text is no
  floor: it finds no posts).
- `visit_floor(family, page)`: the least a reader that cleans each post from Python must do: a Lexbor parse,
  one `css()` for the post containers, and one visit of every node inside each post (its attributes read for
  an element, its text for a text node) — no decision taken, no string built.
- `entity_floor(posts)`: one `findall` of a single compiled regex (the party names of the gazetteer, or a
  number) over each post's `title + "\\n" + body_text`: a lower bound for any rule-based fact extractor that
  reads the text once.
Each returns how many posts (or tokens) it found, so a test can check it does the work without timing it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable

from benchmarks.pages import FETCHED_AT
from scraper.entities.lexicon import PARTY_RE
from scraper.models import Post
from scraper.times import parse_time

# The post containers, one selector per HTML family (the layouts' own post selectors, loosest form).
POST_SELECTORS = {
    "bbc-webcore": 'article[data-testid="content-post"]',
    "bbc-lx": "article.lx-stream-post",
    "guardian": 'article[id^="block-"]',
}
INITIAL_DATA_START = "window.__INITIAL_DATA__="
INITIAL_DATA_END = ";</script>"
# A text copy's post header: "  12. Title published at 21:00 British Summer Time 7 May 2021".
TEXT_HEADER = re.compile(r"^ *\d{1,4}\. (?P<title>.*?)(?:published|posted) at (?P<time>[^\n]+)$", re.M)
# A party name of the gazetteer or a number: what a rule-based extractor must at least find.
FACT_TOKENS = re.compile(rf"{PARTY_RE.pattern}|\d[\d,]*")


VISIT_STEPS = "Lexbor + css(posts) + every node of each post visited once from Python (attributes or text read)"
JSON_STEPS = "find window.__INITIAL_DATA__ + 2× json.loads"


def extractor_floor_steps(family: str) -> str:
    if family == "text":
        return "splitlines + one header-line regex scan + parse_time per post"
    return f"Lexbor + css('{POST_SELECTORS[family]}') + text() per post"


def json_floor(page: str) -> int:
    """Posts in the decoded `window.__INITIAL_DATA__` (the literal is a JSON string holding JSON)."""
    start = page.index(INITIAL_DATA_START) + len(INITIAL_DATA_START)
    data = json.loads(json.loads(page[start : page.index(INITIAL_DATA_END, start)]))
    return sum(len(v["data"]["results"]) for k, v in data["data"].items() if "liveTextStreamId=" in k)


def text_floor(page: str) -> int:
    page.splitlines()
    times = [parse_time(m["time"], base=FETCHED_AT) for m in TEXT_HEADER.finditer(page)]
    return sum(t is not None for t in times)


def extractor_floor(family: str, page: str) -> int:
    """Posts found (with their text taken) by the least work a parser of `family` must do on `page`."""
    if family == "text":
        return text_floor(page)
    from selectolax.lexbor import LexborHTMLParser

    return len([node.text() for node in LexborHTMLParser(page).css(POST_SELECTORS[family])])


def visit_floor(family: str, page: str) -> int:
    """Nodes visited (elements and text) in one Python pass over every post of an HTML family's `page`."""
    from selectolax.lexbor import LexborHTMLParser

    visited = 0
    for post in LexborHTMLParser(page).css(POST_SELECTORS[family]):
        for node in post.traverse(include_text=True):
            if node.tag == "-text":
                node.text_content  # noqa: B018 - the read is the work measured
            else:
                node.attributes  # noqa: B018
            visited += 1
    return visited


def entity_floor(posts: Iterable[Post]) -> int:
    """Tokens found by one pass of one compiled regex over each post's text (as the extractor reads it)."""
    return sum(len(FACT_TOKENS.findall((p.title or "") + "\n" + p.body_text)) for p in posts)
