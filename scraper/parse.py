"""`parse(source, url=…, fetched_at=…)`: pick the page family, run its adapter, clean and extract facts.

Pure: no network, no clock. The fetch time is the base for relative times and is passed in.
"""

from __future__ import annotations

import gc
import importlib
import sys
from datetime import UTC, datetime
from types import ModuleType
from typing import TYPE_CHECKING

from scraper.errors import InputError, LayoutNotRecognised, ParseError, UsageError

if TYPE_CHECKING:  # (imported by `parse`: importing the package loads no HTML parser, see scraper/__init__)
    from scraper.models import Link, Page, Post
    from scraper.source import Source

# Detection order: the most specific family first; the text copy last.
LAYOUTS: tuple[str, ...] = ("bbc-webcore", "bbc-simorgh", "bbc-lx", "guardian", "jsonld", "text")
# Families that also know a page by evidence too weak (or too slow to look for) to ask before every other family's
# markers: a BBC WebCore page saved without its JSON or data-testid (hashed classes only).
WEAK: tuple[str, ...] = ("bbc-webcore",)
# Families that know a page by the address it was given alone (``detect_address``, no walk of the page), each asked
# just before the family named with it: a Guardian live address is no BBC LX page, so it never pays LX's walk.
BY_ADDRESS: dict[str, str] = {"bbc-lx": "guardian"}
_MODULES = {
    "bbc-webcore": "scraper.layouts.bbc_webcore",
    "bbc-simorgh": "scraper.layouts.bbc_simorgh",
    "bbc-lx": "scraper.layouts.bbc_lx",
    "guardian": "scraper.layouts.guardian",
    "jsonld": "scraper.layouts.jsonld",
    "text": "scraper.layouts.text",
}
LOOKED_FOR = (
    "BBC window.__INITIAL_DATA__ / [data-testid=content-post] / ol.ssrcss-…-Stream > li > article, "
    "BBC __NEXT_DATA__ liveTextStream, "
    "BBC lx-stream, Guardian article[id^=block-], schema.org LiveBlogPosting, numbered text copy"
)


def layout_module(name: str) -> ModuleType:
    try:
        return importlib.import_module(_MODULES[name])
    except KeyError:
        raise UsageError(f"unknown layout {name!r}; choose one of: {', '.join(LAYOUTS)}") from None


def detect(src: Source) -> str:
    """The name of the first family whose adapter recognises the page; before the text copy (which takes almost any
    text), the families of `WEAK` are asked again, by weaker evidence (``detect_weak``)."""
    for name in LAYOUTS:
        if name == "text":
            weak = next((family for family in WEAK if layout_module(family).detect_weak(src)), None)
            if weak is not None:
                return weak
        addressed = BY_ADDRESS.get(name)
        if addressed is not None and layout_module(addressed).detect_address(src):
            return addressed
        if layout_module(name).detect(src):
            return name
    raise LayoutNotRecognised(f"no known live-page layout found (looked for {LOOKED_FOR})", source=src.name)


def parse(
    source: str | bytes,
    *,
    url: str | None = None,
    fetched_at: datetime | None = None,
    entities: bool = True,
    layout: str | None = None,
    charset: str | None = None,
    origin: str | None = None,
) -> Page:
    """Parse one live page (HTML, BBC JSON, or a text copy) into a `Page` of clean posts.

    ``origin`` names the input in error messages (a file path) when it is not the URL. Without ``url``, an HTML
    page's own address (`declared_url`) is used: its links resolve against it and the page's ``url`` is the
    address of the page parsed (the family's layout puts the page number in when the canonical address drops it).
    """
    if not isinstance(source, str | bytes):
        if not isinstance(source, bytearray | memoryview):
            raise TypeError(f"parse() takes the page as str or bytes, not {type(source).__name__}")
        source = bytes(source)
    if url is not None and not isinstance(url, str):
        raise TypeError(f"parse(url=…) takes a str or None, not {type(url).__name__}")
    if fetched_at is not None and not isinstance(fetched_at, datetime):
        raise TypeError(f"parse(fetched_at=…) takes a datetime or None, not {type(fetched_at).__name__}")
    if fetched_at is not None and fetched_at.tzinfo is None:
        fetched_at = fetched_at.replace(tzinfo=UTC)
    # The cyclic garbage collector paused for the parse, as the caller had it after: a parse makes tens of thousands
    # of container objects (nodes, lists, posts) and next to no cycles, so the young-generation collections it set
    # off (~4 a page) only walked objects still in use (0.75M instructions a parse of the LX benchmark page without
    # entities); the one collection due when it is back on frees whatever cycles the parse left.
    collecting = gc.isenabled()
    if collecting:
        gc.disable()
    loaded = len(sys.modules)
    try:
        return _parse(source, url=url, fetched_at=fetched_at, entities=entities, layout=layout, charset=charset,
                      origin=origin)  # fmt: skip
    finally:
        if len(sys.modules) > loaded:
            _keep_imported()
        if collecting:
            gc.enable()


def _keep_imported() -> None:
    """Take what the process holds now out of the collector's walks for good (`gc.freeze`), after a parse that
    imported modules on first use (a layout, the extractor): their lexicons, patterns and rules (~28K container
    objects) live as long as the process, yet the collection due when the collector is back on walked every one
    of them (~49M instructions of a small-page `liveblog parse`, 7 % of it), and each later full collection would
    again. Only cycles the first parse left are kept with them (a parse leaves next to none); objects freed by
    their count are freed as before."""
    gc.freeze()


def _text_copy(src: Source) -> Source | None:
    """An HTML page that no family's markup marks, as its text (`page_lines`): a browser's reader view printed or
    saved keeps a live page's lines (titles with their "published at" times, bylines, bodies) and drops its
    classes, and the text layout reads those lines as it reads a copy. None when the page is no HTML, or its text
    is no copy of a live page either."""
    from scraper.clean import page_lines
    from scraper.layouts import text
    from scraper.source import Source

    if not src.is_html:
        return None
    copy = Source("\n".join(page_lines(src.text)), url=src.url, fetched_at=src.fetched_at, origin=src.origin)
    return copy if text.detect(copy) else None


def _copy_links(html: Source, page: Page) -> None:
    """Give the posts of an HTML page read as its text (`_text_copy`) the links their lines hold in the markup: a
    line's links go to the first post whose body has the line as one of its own, once (a title's or a byline's
    line, and the page's own header, menus and footer, are none of a body's: a menu's "Politics" is no paragraph
    of a post that names politics)."""
    from scraper.clean import line_links

    bodies = [set(post.body_text.split("\n")) for post in page.posts]
    for line, links in line_links(html.text, page.url or html.url):
        post = next((post for post, lines in zip(page.posts, bodies, strict=True) if line in lines), None)
        if post is not None:
            post.links += [link for link in links if link not in post.links]
        elif (stamped := _stamped(page, links)) is not None:
            stamped.url = links[0].url


def _stamped(page: Page, links: list[Link]) -> Post | None:
    """The post whose permalink the one link of a line of no body is: the post's time stamp made a link to an anchor
    of the page itself (the Guardian's "1h ago08.31 BST" links to "…?page=with:block-…#block-…"), the first post of
    that shown time without an address yet. None for any other line."""
    from urllib.parse import urlsplit

    if len(links) != 1 or page.url is None:
        return None
    stamp, address = links[0].text, urlsplit(links[0].url)
    if not address.fragment or address.path != urlsplit(page.url).path:
        return None
    return next(
        (
            post
            for post in page.posts
            if post.url is None and post.published_text and stamp.endswith(post.published_text)
        ),
        None,
    )


def _parse(
    source: str | bytes,
    *,
    url: str | None,
    fetched_at: datetime | None,
    entities: bool,
    layout: str | None,
    charset: str | None,
    origin: str | None,
) -> Page:
    """`parse` of arguments checked."""
    from scraper.source import Source, declared_url, decode, served_base

    name_for_errors = origin or url
    src = Source(decode(source, source=name_for_errors, charset=charset), url=url, fetched_at=fetched_at, origin=origin)
    html_copy: Source | None = None
    try:
        name = layout or detect(src)  # by the address given only: the page's own one below does not change the family
    except LayoutNotRecognised as unknown:
        copy = _text_copy(src)
        if copy is None:
            raise
        not_known: InputError = unknown  # what the page is when its text gives no post either
        html_copy, src, name = src, copy, "text"
    if url is None:  # a saved page: its own canonical address stands in for the one not given
        src.url = declared_url(html_copy if html_copy is not None else src)  # an HTML copy's own canonical
        src.url_from_page = src.url is not None
    elif (base := served_base(html_copy if html_copy is not None else src, url)) is not None:
        src.url = base  # a cache copy's links resolve against the page's own address, as a browser resolves them
    try:
        page = layout_module(name).parse(src)
    except InputError as failed:
        if html_copy is not None:  # its text read as a copy found no posts: the page is still of no known layout
            raise not_known from None
        copy = None if layout else _text_copy(src)
        if copy is None:
            raise
        # A page its address names a family's (a Guardian live blog) but whose markup lost that family's (a clip, a
        # reader view keeps the canonical link and drops the classes): its text is read as a copy's, as an unknown
        # page's is; the family's error stands when the text is no copy or no post is read from it.
        try:
            page = layout_module("text").parse(copy)
        except InputError:
            raise failed from None
        html_copy, src, name, not_known = src, copy, "text", failed
    if not page.posts:
        if html_copy is not None:
            raise not_known
        raise ParseError(f"layout {name} matched but yielded zero posts", source=src.name)
    if html_copy is not None:  # the page's own title, not the first line its text opens with (the site's name)
        from scraper.layouts.jsonld import html_title

        page.title = html_title(html_copy.tree) or page.title
        _copy_links(html_copy, page)
    if entities:
        from scraper.entities import extract_page

        # (the summary's facts count too, and the councils it names in full name the posts' bare areas; the archive
        # stores the posts only)
        extract_page(page.posts + page.summary)
    return page
