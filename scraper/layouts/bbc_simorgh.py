"""BBC World Service live pages (Simorgh, Next.js): ``bbc.com/<service>/live/<id>``.

Where the posts are:
- HTML: ``<script id="__NEXT_DATA__" type="application/json">``; the page data holds
  ``liveTextStream.content.data.{results, page}`` (the exact path to it, ``props.pageProps.pageData``, is
  UNVERIFIED, so the stream is found by walking the JSON) and ``summaryPoints`` (the key-points box);
- a bare JSON document of the same page data (``{"data": {"liveTextStream": …}}``, as BBC's own fixtures),
  where stray text after the closing brace is ignored (`Source.json_data` stops at the object's end).

Detection of a bare JSON document is decided in one place, `bbc_blocks.json_family`: a document holding
``liveTextStream``, or any post stream saved from a ``bbc.com/<service>/live/<id>`` address (service not
``news``/``sport``), is Simorgh; every other BBC post stream (``{page, results}`` from the WebCore stream
endpoint, a whole ``__INITIAL_DATA__`` document) is WebCore.

Posts come from the shared TIPO/Optimo walker (`bbc_blocks`); pages are ``?page=N`` of ``page.total``.
A ``__NEXT_DATA__`` that does not decode, or holds no stream, is a `ParseError` naming what was looked for.
"""

from __future__ import annotations

import json
from typing import Any

from scraper.clean import squash
from scraper.errors import ParseError
from scraper.layouts import bbc_blocks as blocks
from scraper.models import Page
from scraper.source import Source

NAME = "bbc-simorgh"
NEXT_DATA = 'script#__NEXT_DATA__[type="application/json"], script#__NEXT_DATA__'
TITLE_KEYS = ("title", "seoTitle")


def detect(src: Source) -> bool:
    if src.is_html:
        return "__NEXT_DATA__" in src.text and "liveTextStream" in src.text
    return blocks.json_family(src.json_data, src.url) == NAME


def parse(src: Source) -> Page:
    data = next_data(src) if src.is_html else src.json_data
    holder = next((d for d in blocks.walk_dicts(data) if isinstance(d.get("liveTextStream"), dict)), None)
    stream = blocks.find_stream(holder["liveTextStream"] if holder else data)
    if stream is None:
        raise ParseError(
            "no post stream (liveTextStream.content.data.results) in the page data", source=src.name, selector=NEXT_DATA
        )
    page = Page(url=src.url, layout=NAME, fetched_at=src.fetched_at, title=page_title(holder, src))
    page.posts, page.warnings = blocks.posts_from_stream(stream, src.url)
    page.page = blocks.page_info(stream.get("page"), src.url)
    page.stream_id = blocks.stream_id_in(holder or data)
    box = blocks.find_summary(holder or data)
    summary = blocks.summary_post(box, src.url) if box else None
    if summary is not None:
        page.summary.append(summary)
    return page


def next_data(src: Source) -> Any:
    node = src.tree.css_first(NEXT_DATA)
    if node is None:
        raise ParseError("no __NEXT_DATA__ script in the page", source=src.name, selector=NEXT_DATA)
    try:
        return json.loads(node.text(deep=True))
    except ValueError as exc:
        raise ParseError(f"__NEXT_DATA__ is not valid JSON ({exc})", source=src.name, selector=NEXT_DATA) from exc


def page_title(holder: dict[str, Any] | None, src: Source) -> str | None:
    for key in TITLE_KEYS:
        value = blocks.dig(holder, key) or blocks.dig(holder, "seo", key)
        if isinstance(value, str) and value.strip():
            return squash(value)
    if src.is_html:
        node = src.tree.css_first("h1") or src.tree.css_first("title")
        return squash(node.text()) or None if node is not None else None
    return None
