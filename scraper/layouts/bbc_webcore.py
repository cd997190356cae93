"""BBC News / Sport WebCore live pages (2023 → now): ``/news/live/<id>?page=N`` on bbc.co.uk, bbc.com, feeds.bbci.co.uk.

Where the posts are, best first:
1. ``<script>window.__INITIAL_DATA__="…";</script>``: a JSON document written as a JavaScript string literal
   (decoded twice). Its ``data`` is keyed by request strings; the stream entry's key holds
   ``liveTextStreamId=<32 hex>``. Inside it (or, failing that, anywhere in the document) the first
   ``{results: [post…], page: {index, total}}`` is the stream; posts are read by `bbc_blocks`, each decoded on its
   own and let go once read where that reads the same as decoding the document whole (`read_streamed`). A page
   that assigns it in more than one script (page chrome first, the stream later) is read from the first that
   holds a stream. A post repeated in the stream (a pinned copy atop it) is kept once, in its place.
2. A saved JSON document: the stream endpoint's answer ``{page, results}`` or a whole ``__INITIAL_DATA__``
   document. Which BBC adapter reads a bare JSON document is decided in `bbc_blocks.json_family`: one holding
   ``liveTextStream`` or saved from a ``bbc.com/<service>/live/<id>`` address goes to ``bbc-simorgh``, every
   other post stream comes here.
3. The HTML, when the JSON is missing or does not decode (a warning says so when it was there but broken):
   ``article[data-testid="content-post"]`` — title from the ``h3`` without its hidden "published at …",
   timestamp and "Breaking" parts; time from that hidden text; contributor from ``[class*="Contributor"]``;
   body through `clean.html_body` (consent-gated tweets become embeds); ``[class*="LinkPost"]`` cards are
   story promos. Hashed class prefixes (``ssrcss-1f39n02-``) are never matched, only their semantic suffix.

Pages are ``?page=N`` (``pageNumber=N`` when the source is the stream endpoint) of ``page.total``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import islice
from typing import Any

from selectolax.lexbor import LexborHTMLParser

from scraper.clean import TITLE_SUFFIX, squash
from scraper.layouts import bbc_blocks as blocks
from scraper.layouts import bbc_webcore_html as html
from scraper.models import Page, Post
from scraper.source import Source, find_literal, utf8

NAME = "bbc-webcore"
NEXT_DATA = "script#__NEXT_DATA__"
# the value is a string literal, an object, or a string literal handed to ``JSON.parse(…)``
INITIAL_DATA = re.compile(r"window\.__INITIAL_DATA__\s*=\s*(?:JSON\.parse\(\s*)?")
_JS_ESCAPES = re.compile(r"\\x([0-9A-Fa-f]{2})|\\'")
_JS_STRING = re.compile(r""""((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'""", re.S)
_BARE_QUOTE = re.compile(r'\\.|"', re.S)
_NAME = "__INITIAL_DATA__"
_NAME_RARE = "_"  # the character of _NAME that `find_literal` looks for (seldom on a page)
_SCRIPT_START = "window.__INITIAL_DATA__"
_STREAM_KEY = "liveTextStreamId"
Span = tuple[int, int]
# Around the data script, these stop `light_tree`: the title is read from an h1 or the title, and a script
# inside SVG or MathML is no HTML script (its text is read as markup, not as script data).
_NOT_AROUND = ("h1", "title", "svg", "math")


class BrokenData(ValueError):
    """The page's ``__INITIAL_DATA__`` is there but does not decode."""


def detect(src: Source) -> bool:
    if src.is_html:
        text = src.text
        first = name_at(src)
        # ``liveTextStreamId`` anywhere; a key inside the data, so looked for after the name first (found at once)
        key = _STREAM_KEY
        has_stream = first >= 0 and (text.find(key, first) >= 0 or text.find(key, 0, first + len(key) - 1) >= 0)
        # (the id's words looked for first: one walk of a page of another family, not one for each spelling)
        return has_stream or ("content-post" in text and any(testid in text for testid in html.POST_TESTIDS))
    return blocks.json_family(src.json_data, src.url) == NAME


def detect_weak(src: Source) -> bool:
    """A 2021-22 page of hashed-class articles saved without its JSON (`html.is_hashed_stream`), or a page whose
    Next.js data (``__NEXT_DATA__``, bbc.com News/Sport) holds a stream of BBC posts (`blocks.looks_like_post`:
    ``urn`` and ``content.model.blocks``, BBC's own post model) while its HTML shows none: asked after every
    family's own markers (LX and Guardian pages may name hashed classes too)."""
    return src.is_html and (html.is_hashed_stream(src) or _next_data_stream(src))


def _next_data_stream(src: Source) -> bool:
    if find_literal(src.text, blocks.NEXT_NAME, blocks.NEXT_RARE) < 0:
        return False
    return stream_in(next_data(src)) is not None


def name_at(src: Source) -> int:
    """Where ``__INITIAL_DATA__`` first is in the page (-1: nowhere): found once, by `detect` or `parse`."""
    found: int | None = src._cache.get("webcore.name_at")
    if found is None:
        found = src._cache["webcore.name_at"] = find_literal(src.text, _NAME, _NAME_RARE)
    return found


def parse(src: Source) -> Page:
    page = Page(url=src.url, layout=NAME, fetched_at=src.fetched_at)
    data: Any = None
    literal: Span | None = None
    read: Streamed | None = None
    decoded_from = src.text  # the text `data` was decoded from (the key points are looked for in it)
    if not src.is_html:
        data = src.json_data
    else:
        try:
            data, literal, json_text, read = _read_initial_data(src.text, name_at(src), streamed=True, url=src.url)
            decoded_from = json_text or decoded_from
        except BrokenData as exc:
            page.warnings.append(f"window.__INITIAL_DATA__ could not be read ({exc}); posts taken from the HTML")
        if data is None and find_literal(src.text, blocks.NEXT_NAME, blocks.NEXT_RARE) >= 0:
            data = next_data(src)
    stream = read.stream if read is not None else stream_in(data)
    if stream is None and data is not None and src.is_html:
        later = _later_stream_data(src.text, name_at(src), src.url)
        if later is not None:
            data, literal, json_text, read = later
            decoded_from = json_text or src.text
            stream = read.stream if read is not None else stream_in(data)
    tree: LexborHTMLParser | None = None
    if stream is not None:
        tree = read_stream(data, stream, src, page, literal, decoded_from, read)
        if src.is_html and any(post.published_at is None for post in page.posts):
            _times_from_html(page.posts, src)
    if src.is_html and not page.posts:
        if stream is not None and page.warnings:
            page.warnings.append("no post of __INITIAL_DATA__ could be read; posts taken from the HTML")
        page.summary = []
        html.read_page(src, page)
        tree = None
    page.title = page_title(data, src, tree, read)
    page.stream_id = page.stream_id or blocks.stream_id_of(_dicts(data, read)) or html.stream_id(src)
    return page


def _times_from_html(posts: list[Post], src: Source) -> None:
    """The time the HTML shows for each stream post whose JSON gives none (its ``dates`` empty): the page renders its
    posts' ``time[datetime]`` from data the stream left out, and without it the post had no time at all."""
    shown = html.times_by_id(src)
    for post in posts:
        if post.published_at is None and (found := shown.get(post.post_id)) is not None:
            post.published_text, post.published_at = found


def _dicts(data: Any, read: Streamed | None) -> Iterator[dict[str, Any]]:
    """`walk_dicts` of the document: of ``data``, or of the whole document ``read`` stands for."""
    return read.dicts() if read is not None else blocks.walk_dicts(data)


def read_stream(
    data: Any,
    stream: dict[str, Any],
    src: Source,
    page: Page,
    literal: Span | None = None,
    decoded_from: str | None = None,
    read: Streamed | None = None,
) -> LexborHTMLParser | None:
    """The posts, page numbers and key points of a stream into ``page``; the tree the key points were read
    from when it was `light_tree` (the page title is read from it too). ``decoded_from``: the JSON text ``data``
    was decoded from when not the page's (the string literal's content: ASCII, shorter, a faster key scan).
    ``read``: the document read with its posts streamed (`Streamed`; ``data`` is then its ``data``)."""
    text = decoded_from or src.text
    posts, warnings = (
        (read.posts, read.warnings) if read is not None else blocks.posts_from_stream(stream, src.url, text)
    )
    page.posts = posts
    page.warnings.extend(warnings)
    page.page = blocks.page_info(stream.get("page"), src.url)
    if src.url_from_page and src.url:  # a canonical address may be page 1's on page N
        page.url = blocks.own_page_url(src.url, page.page.number)
    points = blocks.find_summary(data, text) if read is None else _streamed_summary(read, text)
    summary = blocks.summary_post(points, src.url) if points else None
    light = light_tree(src.text, literal, name_at(src)) if src.is_html and literal is not None and page.posts else None
    if summary is not None:
        page.summary.append(summary)
    elif src.is_html and _may_hold_box(src.text, literal if light else None):
        box = html.summary_box(light[0] if light else src.tree)
        if light is not None and box is not None and box.mem_id in light[1]:  # the box holds the script
            light, box = None, html.summary_box(src.tree)
        page.summary.extend(html.summary_of(box, src))
    return light[0] if light else None


def _streamed_summary(read: Streamed, text: str) -> dict[str, Any] | None:
    """`blocks.find_summary` of the whole document ``read`` stands for (decoded from ``text``)."""
    if not blocks.may_name_summary(text):
        return None
    box = blocks.summary_in(read.dicts())
    if box is not None and _holds(box, read.stream):  # the box's reading would meet the stand-in
        return blocks.find_summary(read.whole(), text)
    return box


def _holds(value: Any, target: Any) -> bool:
    """Whether ``target`` is ``value`` or inside it (at any depth)."""
    stack = [value]
    while stack:
        item = stack.pop()
        if item is target:
            return True
        if isinstance(item, dict):
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return False


def _may_hold_box(text: str, cut: Span | None) -> bool:
    """`html.may_hold_summary` of the page's text, without the ``cut`` literal when the tree was read without it."""
    if cut is None:
        return html.may_hold_summary(text)
    return html.may_hold_summary(text, 0, cut[0]) or html.may_hold_summary(text, cut[1])


def light_tree(text: str, literal: Span, first: int | None = None) -> tuple[LexborHTMLParser, set[int]] | None:
    """The page's tree with its ``__INITIAL_DATA__`` string literal (already decoded) left out, and the
    ``mem_id`` of the script that held it and of every element around that script; None when that tree could
    differ from the whole page's elsewhere, or the script is inside an ``h1`` or the ``title``.

    The literal is half of a WebCore page and Lexbor would read it again character by character. Cut to
    ``""``, the tree is the same but for the text of that one script, provided that: the literal is inside a
    script whose text starts with ``window.__INITIAL_DATA__`` (the only one on the page, so that script is
    found again) and which is an HTML script (not inside ``svg``/``math``), where the tokenizer is in plain
    script data; and the literal holds no ``</`` or ``<!`` (the only ways out of that state). Text read from
    an element around the script would differ: the title is read from an ``h1`` or the ``title``, and the
    caller checks the key-points box against the ids.
    ``first``: where ``__INITIAL_DATA__`` first is in ``text``, when known.
    """
    start, end = literal
    first = find_literal(text, _NAME, _NAME_RARE) if first is None else first
    if (
        first < 0
        or find_literal(text, _NAME, _NAME_RARE, first + 1, start) >= 0
        or find_literal(text, _NAME, _NAME_RARE, end) >= 0
    ):
        return None
    lt = text.find("<", start, end)
    while lt >= 0:
        if text[lt + 1 : lt + 2] in ("/", "!"):
            return None
        lt = text.find("<", lt + 1, end)
    tree = LexborHTMLParser(b'""'.join((utf8(text, 0, start), utf8(text, end))))  # as selectolax encodes a str
    node = next((n for n in tree.css("script") if (n.text() or "").startswith(_SCRIPT_START)), None)
    if node is None:
        return None
    around: set[int] = set()
    while node is not None:
        if node.tag in _NOT_AROUND:
            return None
        around.add(node.mem_id)
        node = node.parent
    return tree, around


def next_data(src: Source) -> Any:
    """The page data of a Next.js rendering (``script#__NEXT_DATA__``), None when absent or unreadable:
    bbc.com's Next.js pages (``/bbcx/_next/data/…``, m4rk4/BuoyantUnrealisticModule feedhandlers/bbc.py)
    may carry the post stream there instead of in ``__INITIAL_DATA__``."""
    node = src.tree.css_first(NEXT_DATA)
    try:
        return json.loads(node.text(deep=True)) if node is not None else None
    except ValueError:
        return None


def initial_data(text: str) -> Any:
    """The decoded ``window.__INITIAL_DATA__`` (None when the page has none); `BrokenData` when unreadable."""
    return read_initial_data(text)[0]


def read_initial_data(text: str, first: int | None = None) -> tuple[Any, Span | None]:
    """`initial_data`, and where in ``text`` the JSON string literal it was decoded from is (None when it was
    not one, or needed the JavaScript escapes of `_js_literal`). ``first``: where ``__INITIAL_DATA__`` first
    is in ``text``, when known (no match of INITIAL_DATA starts before it)."""
    return _read_initial_data(text, first)[:2]


def _read_initial_data(
    text: str, first: int | None = None, *, streamed: bool = False, url: str | None = None
) -> tuple[Any, Span | None, str | None, Streamed | None]:
    """`read_initial_data`, the JSON text inside the string literal when it was one (else None), and with
    ``streamed`` that text read by `read_streamed` (posts of the page at ``url``) when it can be (the data is then
    its ``data``; else None)."""
    if first is not None and first < 0:
        return None, None, None, None
    m = INITIAL_DATA.search(text, max(0, first - len("window.")) if first is not None else 0)
    if m is None:
        return None, None, None, None
    decoder = json.JSONDecoder()
    span: Span | None = None
    inner: str | None = None
    read: Streamed | None = None
    try:
        value, end = _decode_at(decoder, text, m.end())
        if isinstance(value, str):  # the usual case: a string literal holding the JSON text
            inner = value
            read = read_streamed(inner, url) if streamed else None
            value = read.data if read is not None else json.loads(inner)
            span = (m.end(), end)
    except ValueError as exc:
        literal = _js_literal(text, m.end())
        if literal is None:
            raise BrokenData(str(exc)) from exc
        value = literal
    if not isinstance(value, dict):
        raise BrokenData(f"a {type(value).__name__}, not an object")
    return value, span, inner, read


def _later_stream_data(
    text: str, first: int, url: str | None
) -> tuple[Any, Span | None, str | None, Streamed | None] | None:
    """`_read_initial_data` (streamed) of the first later ``__INITIAL_DATA__`` assignment that holds a post
    stream, when the page's first holds none: a page may assign it in two scripts, the page chrome first and the
    stream later (the later value is what the page runs with). None when no later one holds a readable stream."""
    at = first
    while (at := find_literal(text, _NAME, _NAME_RARE, at + 1)) >= 0:
        try:
            later = _read_initial_data(text, at, streamed=True, url=url)
        except BrokenData:
            continue
        if later[3] is not None or stream_in(later[0]) is not None:
            return later
    return None


# Where `read_streamed` takes the stream's list to open, and what stands in it for the posts read (the one thing
# `is_stream` asks of them: whether one `looks_like_post`).
_KEY = '"results"'
_RESULTS = f"{_KEY}:["
_NO_POST = "[]"
_A_POST = '[{"urn":"","content":{"model":{"blocks":[]}}}]'


@dataclass(slots=True)
class Streamed:
    """A JSON document whose stream's posts were read one at a time (`read_streamed`)."""

    data: dict[str, Any]  # the document, with a stand-in for its stream's list of posts
    stream: dict[str, Any]  # the stream, in ``data``
    before: list[dict[str, Any]]  # `walk_dicts` of the whole document up to the stream (the stream last)
    posts: list[Post]
    warnings: list[str]
    text: str  # the JSON text
    _whole: Any = None

    def dicts(self) -> Iterator[dict[str, Any]]:
        """`walk_dicts` of the whole document: those up to the stream from ``data``; the text is decoded whole
        (`whole`) only for a walk that goes on past the stream."""
        yield from self.before
        yield from islice(blocks.walk_dicts(self.whole()), len(self.before), None)

    def whole(self) -> Any:
        """The whole document (decoded on first call)."""
        if self._whole is None:
            self._whole = json.loads(self.text)
        return self._whole


class _Items:
    """The values of the JSON list whose first value is at ``start`` in ``text``, decoded one at a time as they are
    iterated (each is let go once the next is read); ValueError where that is not a list written without white
    space. Once read whole, ``end`` is where its ``]`` is and ``post_like`` whether a value `looks_like_post`."""

    def __init__(self, text: str, start: int) -> None:
        self.text, self.start = text, start
        self.end = -1
        self.post_like = False

    def __iter__(self) -> Iterator[Any]:
        text, at = self.text, self.start
        scan = json.JSONDecoder().raw_decode
        if text.startswith("]", at):
            self.end = at
            return
        while True:
            item, at = scan(text, at)
            self.post_like = self.post_like or blocks.looks_like_post(item)
            yield item
            mark = text[at : at + 1]
            if mark == "]":
                self.end = at
                return
            if mark != ",":
                raise ValueError(f"a list of values without white space expected at {at}")
            at += 1


def read_streamed(text: str, url: str | None) -> Streamed | None:
    """The JSON document ``text`` with its stream's posts (of the page at ``url``) read one at a time, each let go
    once read; None where that could differ from decoding it whole and reading the stream `stream_in` finds.

    Decoded whole, a 200-post page's data is ~10k dicts and lists alive at once: Python's collector moves them to
    its oldest generation as they are made, which then has the whole process collected every ~8 pages (~17 ms in
    the benchmark's process). Read one at a time, a post's dicts are gone before a collection looks at them.

    The stream's list is taken to be the one the first ``"results":[`` opens; its values are decoded one by one to
    its ``]``, and the text around it, with a stand-in for the list (`_NO_POST`, `_A_POST`), is decoded on its own:
    the document but for that list. Read so, it is read as the whole is, provided that:
    - no backslash comes before that ``"`` (else it might be an escaped quote in a string): it then opens a key
      (or the text around fails to decode, as the whole would), and the list is the value of a ``results`` key;
    - the text around the list can spell no other ``results`` key (`may_hold` of the key with its quotes, which
      are never escaped): the dict holding the list is the one stream candidate of the document outside the list,
      and the list's own dicts are walked after it;
    - that dict is found as `stream_in` first looks (under a key naming ``liveTextStreamId=``): such a key is
      walked before the list, whose keys, walked after it, cannot change what is found;
    - `walk_dicts` reaches the stream (its depth limit): the dicts it walks up to there are the whole's.
    The other walks (key points, the stream id, a title) take those dicts first and decode the whole text only to
    go on past the stream (`Streamed.dicts`)."""
    at = text.find(_RESULTS)
    if at <= 0 or text[at - 1] == "\\" or blocks.may_hold(text[:at], _KEY):
        return None
    items = _Items(text, at + len(_RESULTS))
    try:
        posts, warnings = blocks.posts_from_items(items, url, text)
        if items.end < 0:
            return None
        tail = text[items.end + 1 :]
        if blocks.may_hold(tail, _KEY) or (items.end > items.start and not items.post_like):
            return None
        data = json.loads("".join((text[: at + len(_RESULTS) - 1], _A_POST if items.post_like else _NO_POST, tail)))
    except ValueError:
        return None
    stream = _keyed_stream(data) if isinstance(data, dict) else None
    if stream is None:
        return None
    before: list[dict[str, Any]] = []
    for d in blocks.walk_dicts(data):
        before.append(d)
        if d is stream:
            return Streamed(data, stream, before, posts, warnings, text)
    return None


def _decode_at(decoder: json.JSONDecoder, text: str, start: int) -> tuple[Any, int]:
    """``decoder.raw_decode(text, start)``, read from the slice of ``text`` up to the script's end.

    A page with one character past Latin-1 is stored two bytes a character, and a string decoded out of it has each
    of its pieces (thousands, between the escapes) measured and narrowed apart; its ASCII slice is narrowed once.
    A value read from the slice is the value read in place (reading stops at its end); one the slice cuts short
    fails there, and is read in place (so is an error, with the page's own offsets)."""
    stop = text.find("</script", start)
    try:
        value, end = decoder.raw_decode(text[start : stop if stop >= 0 else len(text)])
    except ValueError:
        return decoder.raw_decode(text, start)
    return value, start + end


def _js_literal(text: str, start: int) -> Any:
    """A JS string literal that JSON refuses only for its ``\\xNN`` / ``\\'`` escapes or for being single-quoted,
    else None."""
    m = _JS_STRING.match(text, start)
    if m is None:
        return None
    body = m.group(1)
    if body is None:  # single-quoted: its bare double quotes are escaped for JSON
        body = _BARE_QUOTE.sub(lambda q: '\\"' if q.group() == '"' else q.group(), m.group(2))
    fixed = _JS_ESCAPES.sub(lambda e: f"\\u00{e.group(1)}" if e.group(1) else "'", body)
    try:
        inner = json.loads(f'"{fixed}"')
        return json.loads(inner)
    except ValueError:
        return None


def stream_in(data: Any) -> dict[str, Any] | None:
    """The entry keyed ``…liveTextStreamId=…`` first, else the first post stream anywhere."""
    if data is None:
        return None
    found = _keyed_stream(data)
    return found if found is not None else blocks.find_stream(data)


def _keyed_stream(data: Any) -> dict[str, Any] | None:
    """The first post stream in an entry keyed ``…liveTextStreamId=…`` (`stream_in`'s first way)."""
    for d in blocks.walk_dicts(data):
        for key, value in d.items():
            if "liveTextStreamId=" in key:
                found = blocks.find_stream(value)
                if found is not None:
                    return found
    return None


def page_title(
    data: Any, src: Source, tree: LexborHTMLParser | None = None, read: Streamed | None = None
) -> str | None:
    """The first of `html.TITLE` in ``tree`` (the page's own by default), else the data's SEO title (of the whole
    document ``read`` stands for, when given)."""
    if src.is_html:
        for selector in html.TITLE:
            node = (tree or src.tree).css_first(selector)
            text = TITLE_SUFFIX.sub("", squash(node.text())) if node is not None else ""
            if text:
                return text
    for d in _dicts(data, read):
        for key in ("seoTitle", "pageTitle"):
            if isinstance(d.get(key), str) and d[key].strip():
                return squash(d[key])
    return None
