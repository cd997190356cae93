"""Layout adapter: The Guardian live blog, current dotcom-rendering (DCR) markup and the old frontend (≤2019).

A post is a block: ``article[id^="block-"]`` (DCR) or ``[itemprop="liveBlogUpdate"][id^="block-"]`` (old
frontend). Decisions, in one place:

- ``post_id`` is the block id (``block-…``): stable across pages, re-renders and the two frontends.
- ``published_at`` is the block's ``time[datetime]`` (ISO, wins); ``published_text`` is the clock text the page
  shows beside it ("14.05 BST"), else the datetime attribute. A block whose datetime is missing or not ISO is
  kept with ``published_at`` null and its shown text: "14.05 BST" carries no date to anchor it, and the body is
  still worth keeping. ``updated_at`` is the "Updated at" ``time[datetime]`` in the block footer.
- The pinned copy of a post (DCR renders it without an id, inside ``#pinned-post``) is never a post of its own:
  the original block is on the page (or on a later page) with its id; a block id seen twice is kept once.
- Key events (``is-key-event``) are ordinary posts; ``is-summary`` blocks are kind "summary" (``Page.summary``).
- A block with neither title nor body (e.g. cut off by a truncated download) is skipped with a warning.
- Pages run newest first: ``next_url`` is the older page (DCR "Next", old frontend "older", ``rel="next"``),
  ``prev_url`` the newer one; the "2 of 5" position gives ``number`` and ``total``.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from selectolax.lexbor import LexborHTMLParser, LexborNode

from scraper.clean import (
    Body,
    PageQueries,
    embed_kind,
    html_body,
    join_url,
    remove_all,
    split_url,
    squash,
    visible_text,
)
from scraper.errors import ParseError
from scraper.layouts.jsonld import html_title, join_names, rel_link
from scraper.models import Embed, Image, Link, Page, PageInfo, Post
from scraper.source import Source
from scraper.times import parse_iso

NAME = "guardian"

GUARDIAN_HOSTS = ("theguardian.com", "guardian.co.uk")
SITE_MARKERS = (
    'meta[property="og:site_name"][content*="guardian" i], link[rel="canonical"][href*="theguardian.com"], '
    'meta[property="al:ios:url"][content^="gnmguardian:"]'
)
BLOCK = (
    'article[id^="block-"], [itemprop~="liveBlogUpdate"][id^="block-"], '
    '[itemprop~="articleBody"][id^="block-"]'  # older pages: the block is the articleBody itself
)
PINNED_BLOCK = '#pinned-post article, [data-gu-name="pinned-post"] article'
PERMALINK = 'a[href*="?page=with:block-"]'
PUBLISHED_TIME = "header time, .published-time time"
UPDATED_TIME = "footer time[datetime], .updated-time time[datetime]"
TITLE = "header h2, h2.block-title"
BYLINE_NAME = ".block-byline__name, [itemprop~='author'] [itemprop~='name']"
OLD_BODY = '[itemprop~="articleBody"], .block-elements'
NOT_BODY = (
    "header, footer, .block-time, .block-title, .block-byline, .block-share, .block-footer, "
    'aside[data-spacefinder-role="richLink"], .element-rich-link'
)
RICH_LINK = 'aside[data-spacefinder-role="richLink"] a[href], .element-rich-link a[href]'
CANONICAL_EMBED = "figure[data-canonical-url]"  # old frontend: the tweet/video address on the figure itself
EMBED_FIGURE_INSIDE = (
    "blockquote.twitter-tweet, blockquote.instagram-media, blockquote.tiktok-embed, iframe[src], "
    ".element-tweet, .tweet-container"
)
NAV = "#liveblog-navigation, .liveblog-navigation"
OLDER_LINK = '.liveblog-navigation__older a.liveblog-navigation__link--primary[href], a[data-link-name*="older"][href]'
NEWER_LINK = '.liveblog-navigation__newer a.liveblog-navigation__link--primary[href], a[data-link-name*="newer"][href]'
SUMMARY_CLASS = "is-summary"
HEADER = "header"
FIGURE = "figure"
# Every query a block makes, run once over the page (`PageQueries`).
BLOCK_QUERIES = (TITLE, OLD_BODY, NOT_BODY, CANONICAL_EMBED, FIGURE, EMBED_FIGURE_INSIDE, RICH_LINK, PUBLISHED_TIME,
                 PERMALINK, UPDATED_TIME, HEADER, BYLINE_NAME)  # fmt: skip

_POSITION = re.compile(r"\b(\d+)\s+of\s+(\d+)\b")
_CREDIT = re.compile(r"^(?P<caption>.*?)\s*(?P<credit>(?:Photograph|Photo|Illustration|Composite|Image)s?:\s*.+)$")
_NEXT_LABELS = ("next", "older", "older posts", "older page")
_PREV_LABELS = ("previous", "prev", "newer", "newer posts", "newer page")


def detect(src: Source) -> bool:
    """A theguardian.com ``/live/`` address, or a Guardian page (address or site markers) holding blocks."""
    if not src.is_html:
        return False
    tree = src.tree
    address = split_url(src.url or rel_link(tree, "canonical", None) or "")
    on_guardian = (address.hostname or "").lower().endswith(GUARDIAN_HOSTS)
    if on_guardian and "/live/" in address.path:
        return True  # a Guardian live blog even with no blocks: that is a ParseError, not an unknown page
    return (on_guardian or tree.css_first(SITE_MARKERS) is not None) and tree.css_first(BLOCK) is not None


def parse(src: Source) -> Page:
    tree = src.tree
    page_url = src.url or rel_link(tree, "canonical", None)
    page = Page(url=page_url, layout=NAME, title=html_title(tree), fetched_at=src.fetched_at)
    page.page = _page_info(tree, page_url)
    blocks = tree.css(BLOCK)
    if not blocks:
        raise ParseError(f"Guardian live blog with no blocks (looked for {BLOCK})", source=src.name, selector=BLOCK)
    pinned = {node.mem_id for node in tree.css(PINNED_BLOCK)}
    seen: set[str] = set()
    kept: list[tuple[LexborNode, dict[str, str | None], _Scan | None]] = []
    outside: dict[int, bool] = {}  # a block's parent's mem_id: whether no ancestor is one the queries look at
    scanned = True
    for block in blocks:
        attrs = block.attributes  # read once: its id here, its class in `_post`
        block_id = attrs.get("id") or ""
        if block.mem_id in pinned or block_id in seen:
            continue
        seen.add(block_id)
        scan = _scan(block, attrs, outside) if scanned else None
        scanned = scan is not None
        kept.append((block, attrs, scan))
    # The queries run once over the page (before any body is read: reading one may unwrap figures in place)
    # when a block is not of the shape `_scan` reads; with posts inside posts, every block is read by them.
    q = None if scanned else PageQueries(tree, blocks, BLOCK_QUERIES)
    for block, attrs, scan in kept:
        post = _post(q, block, attrs, page_url, scan)
        if post is None:
            page.warnings.append(f"{attrs.get('id') or ''}: block has neither title nor body (cut off?); skipped")
        elif post.kind == "summary":
            page.summary.append(post)
        else:
            page.posts.append(post)
    return page


class _Parts(NamedTuple):
    """What a block gives besides its body (each the first match of its selector in the block)."""

    title: LexborNode | None  # TITLE
    time: LexborNode | None  # PUBLISHED_TIME
    permalink: LexborNode | None  # PERMALINK
    updated: LexborNode | None  # UPDATED_TIME
    header: LexborNode | None  # HEADER
    bylines: list[LexborNode]  # every BYLINE_NAME


class _Scan(NamedTuple):
    """A block read by `_scan`: its parts, its body's root and the figures in it that hold an embed."""

    parts: _Parts
    root: LexborNode
    figures: list[LexborNode]


def _parts(q: PageQueries, block: LexborNode) -> _Parts:
    return _Parts(
        q.first(block, TITLE),
        q.first(block, PUBLISHED_TIME),
        q.first(block, PERMALINK),
        q.first(block, UPDATED_TIME),
        q.first(block, HEADER),
        q.all(block, BYLINE_NAME),
    )


def _post(
    q: PageQueries | None, block: LexborNode, attrs: dict[str, str | None], page_url: str | None, scan: _Scan | None
) -> Post | None:
    """A block's post: from its `_scan` when every block of the page was read by one (``q`` None), else from
    the page's queries."""
    parts = _parts(q, block) if q is not None else scan.parts  # type: ignore[union-attr]
    title = _text(parts.title)
    # Everything else the block gives is read before its body, which may unwrap embed figures in place.
    time_node = parts.time
    iso = (time_node.attributes.get("datetime") or "").strip() if time_node is not None else ""
    permalink = parts.permalink
    updated = parts.updated
    shown = _shown_time(permalink, time_node)
    author = _author(parts.header, parts.bylines, block)
    body = _body(q, block, page_url) if q is not None else _open_body(scan.root, scan.figures, page_url)  # type: ignore[union-attr]
    if not title and not body.paragraphs and not body.embeds and not body.images:
        return None
    classes = (attrs.get("class") or "").split()
    return Post(
        post_id=attrs.get("id") or "",
        title=title,
        url=join_url(page_url, permalink.attributes.get("href") or "") if permalink is not None else None,
        published_at=parse_iso(iso),
        published_text=shown or iso or None,
        updated_at=parse_iso(updated.attributes.get("datetime")) if updated is not None else None,
        author=author,
        kind="summary" if SUMMARY_CLASS in classes else "post",
        body_text=body.text,
        embeds=body.embeds,
        images=[_split_credit(image) for image in body.images],
        links=body.links,
    )


def _text(node: LexborNode | None) -> str | None:
    return (visible_text(node) or None) if node is not None else None


def _shown_time(permalink: LexborNode | None, time_node: LexborNode | None) -> str | None:
    """The clock the page shows: the time's own text ("4.45am BST", old frontend) unless relative ("3h ago"),
    else the span beside it (DCR's ``<span>14.05 BST</span>``)."""
    text = _text(time_node)
    if text and not text.lower().endswith("ago") and any(c.isdigit() for c in text):
        return text
    if permalink is not None:
        for span in permalink.traverse():  # `tagged(permalink, "span")`, stopping at the first shown
            if span.tag != "span":
                continue
            parent = span.parent
            if (parent is None or parent.tag != "time") and (shown := visible_text(span)):
                return shown
    return None


def _author(header: LexborNode | None, bylines: list[LexborNode], block: LexborNode) -> str | None:
    """Contributor names: DCR header bylines (span, else avatar alt), old-frontend byline or data attribute."""
    names: list[str] = []
    if header is not None:
        for byline in _children(header, "div"):
            link, alt, span = _byline_parts(byline)
            if link is not None:
                continue  # the time/permalink row
            names.append(_text(span) or squash(alt))
    names += [visible_text(node) for node in bylines]
    if not any(names):
        names.append(squash(block.attributes.get("data-block-contributor")))
    return join_names(names)


def _byline_parts(byline: LexborNode) -> tuple[LexborNode | None, str | None, LexborNode | None]:
    """``css_first`` of ``a`` and ``span`` in a header row and the ``alt`` of its first ``img[alt]`` (None when
    none), by one walk of its few nodes; the walk ends at a link (a row with one is the time row: `_author`
    skips it, its image and span unread)."""
    span = None
    alt: str | None = None
    seen_alt = False
    for node in byline.traverse():
        tag = node.tag
        if tag == "a":
            return node, alt, span
        if tag == "img":
            if not seen_alt:
                attrs = node.attributes
                if "alt" in attrs:
                    alt, seen_alt = attrs["alt"], True
        elif tag == "span" and span is None:
            span = node
    return None, alt, span


def _children(node: LexborNode, tag: str) -> list[LexborNode]:
    out, child = [], node.child
    while child is not None:
        if child.tag == tag:
            out.append(child)
        child = child.next
    return out


def _changes(q: PageQueries, block: LexborNode, root: LexborNode) -> tuple[bool, bool, list[LexborNode]]:
    """What `_body` has to do to ``root``: remove NOT_BODY parts, take out canonical embeds, open embed figures
    (the figures, in document order).

    Told from the page's matches: a step with nothing to do is skipped, and with none the body is read in place.
    (Removing parts only takes nodes away, so it never gives the later steps something to do.) Whether a figure
    holds an embed does not change as others are unwrapped: its descendants stay its descendants.
    """
    remove = any(node.mem_id != root.mem_id for node in q.all(block, NOT_BODY, root))
    canonical = q.first(block, CANONICAL_EMBED, root) is not None
    figures = [
        figure
        for figure in q.all(block, FIGURE, root)
        if q.first(block, EMBED_FIGURE_INSIDE, figure) is not None
        or "element-tweet" in (figure.attributes.get("class") or "")
    ]
    return remove, canonical, figures


def _body(q: PageQueries, block: LexborNode, page_url: str | None) -> Body:
    """The elements after the header, without footer, share row and rich-link promos; embeds unwrapped.

    Read last of a block: opening embed figures is done in place when that is all there is to do (it only moves
    nodes inside this block, and the page's blocks are apart: ``q.bucketed``); anything else works on a copy.
    """
    root = q.first(block, OLD_BODY) or block
    remove, canonical, figures = _changes(q, block, root)
    if not (remove or canonical) and (not figures or q.bucketed):  # no copy to make
        for figure in figures:
            if figure.mem_id != root.mem_id:  # as `_open_embed_figures`, with the figures already found
                figure.unwrap()
        body = html_body(root, page_url)
        body.links += _rich_links(q, block, page_url)
        return body
    root = root.clone()
    if remove:
        remove_all(root, NOT_BODY)
    embeds = []
    for figure in root.css(CANONICAL_EMBED) if canonical else ():
        url = figure.attributes.get("data-canonical-url")
        if kind := embed_kind(url):
            embeds.append(Embed(kind=kind, url=url))
            figure.decompose()
    if figures:
        _open_embed_figures(root)
    body = html_body(root, page_url)
    body.embeds = embeds + body.embeds
    body.links += _rich_links(q, block, page_url)
    return body


# `_scan` reads a block by one walk of its nodes instead of the page's queries (a dozen selectors, each match
# grouped by block), when it can tell it reads what they would find: a block holding nothing, and with nothing
# above it, that a BLOCK_QUERIES selector names beyond the parts it takes (one header child of the block with
# the title h2 and the time, the permalink, a `.block-elements` child as the body, figures in it plain or
# holding an embed blockquote). Anything else (a footer, aside, iframe, nested header or block, an itemprop, a
# class the selectors name in any other place or case, svg or math) and the page is read by the queries.
_SCAN_STOP_TAGS = frozenset(("header", "footer", "aside", "iframe", "article", "svg", "math"))
_SCAN_CLASSES = frozenset(name.lower() for name in re.findall(r"\.([\w-]+)", ", ".join(BLOCK_QUERIES)))
_SCAN_STOP_ATTRS = ("itemprop", "data-canonical-url")
BODY_CLASS = "block-elements"
EMBED_QUOTE_CLASSES = frozenset(("twitter-tweet", "instagram-media", "tiktok-embed"))
PERMALINK_HREF = "?page=with:block-"


def _named_classes(attrs: dict[str, str | None]) -> list[str] | None:
    """The classes of an element that BLOCK_QUERIES selectors name, as written; None when one is named in
    another case (a quirks-mode page matches classes in any case) or the element has an attribute that makes
    `_scan` give up."""
    for name in _SCAN_STOP_ATTRS:
        if name in attrs:
            return None
    cls = attrs.get("class")
    if not cls:
        return []
    named = [token for token in cls.lower().split() if token in _SCAN_CLASSES]
    if named and not all(token in cls.split() for token in named):
        return None
    return named


def _clear_above(node: LexborNode | None) -> bool:
    """Whether no element from ``node`` up is one a BLOCK_QUERIES selector names as an ancestor (or at all)."""
    while node is not None:
        if node.tag in _SCAN_STOP_TAGS and node.tag != "article":
            return False
        attrs = node.attributes
        if attrs and _named_classes(attrs) != []:
            return False
        node = node.parent
    return True


def _scan(block: LexborNode, attrs: dict[str, str | None], above: dict[int, bool]) -> _Scan | None:
    """What the queries would find in ``block`` (``attrs`` its attributes), by one walk; None when the block is
    not one it can read (``above``: for each parent met, whether `_clear_above`)."""
    if block.tag != "article" or _named_classes(attrs) != []:
        return None
    parent = block.parent
    if parent is not None:
        key = parent.mem_id
        clear = above.get(key)
        if clear is None:
            clear = above[key] = _clear_above(parent)
        if not clear:
            return None
    header = root = title = time = permalink = None
    figures: list[LexborNode] = []
    embeds: set[int] = set()  # the figures holding an embed blockquote
    top = block.child
    while top is not None:
        if top.tag in ("-text", "-comment"):
            top = top.next
            continue
        in_header = in_root = False
        first = True
        for node in top.traverse():
            tag = node.tag
            if tag is None:
                return None
            if tag == "-comment":
                continue
            node_attrs = node.attributes
            named = _named_classes(node_attrs) if node_attrs else []
            if named is None:
                return None
            if first and tag == "header" and header is None:
                header, in_header = node, True
            elif tag in _SCAN_STOP_TAGS:
                return None
            for name in named:
                if name == BODY_CLASS and first and root is None and tag != "figure":
                    root, in_root = node, True
                elif not (name in EMBED_QUOTE_CLASSES and tag == "blockquote" and in_root):
                    return None
                else:
                    _mark_figures(node, root, embeds)  # type: ignore[arg-type]
            first = False
            if tag == "h2":
                if in_header and title is None:
                    title = node
            elif tag == "time":
                if in_header and time is None:
                    time = node
            elif tag == "a":
                href = node_attrs.get("href")
                if permalink is None and href:
                    if PERMALINK_HREF in href:
                        permalink = node
                    elif PERMALINK_HREF in href.lower():
                        return None  # attribute values may match in any case
            elif tag == "figure":
                if not in_root:
                    return None
                figures.append(node)
        top = top.next
    if root is None:
        return None
    parts = _Parts(title, time, permalink, None, header, [])
    return _Scan(parts, root, [figure for figure in figures if figure.mem_id in embeds])


def _mark_figures(node: LexborNode, root: LexborNode, embeds: set[int]) -> None:
    """Add the figures holding ``node`` (inside ``root``) to ``embeds``."""
    up = node.parent
    while up is not None and up.mem_id != root.mem_id:
        if up.tag == "figure":
            embeds.add(up.mem_id)
        up = up.parent


def _open_body(root: LexborNode, figures: list[LexborNode], page_url: str | None) -> Body:
    """The body read in place, the figures holding an embed (not ``root``) opened first."""
    for figure in figures:
        figure.unwrap()
    return html_body(root, page_url)


def _open_embed_figures(root: LexborNode) -> None:
    """Unwrap the figures holding an embed: html_body reads a figure as an image; the embed inside is what counts.

    ``root`` itself stays (a copy has no parent to unwrap into: the original is treated alike).
    """
    for figure in root.css(FIGURE):
        if figure.mem_id != root.mem_id and (
            figure.css_first(EMBED_FIGURE_INSIDE) is not None
            or "element-tweet" in (figure.attributes.get("class") or "")
        ):
            figure.unwrap()


def _rich_links(q: PageQueries, block: LexborNode, page_url: str | None) -> list[Link]:
    """The block's rich-link promos (taken out of the body) as links."""
    links = []
    for a in q.all(block, RICH_LINK):
        text = visible_text(a)
        if text:
            links.append(Link(text=text, url=join_url(page_url, a.attributes.get("href") or "")))
    return links


def _split_credit(image: Image) -> Image:
    """Guardian captions end with the credit: "Count at Sunderland. Photograph: Owen Humphreys/PA"."""
    m = _CREDIT.match(image.caption or "")
    if m and image.credit is None:
        return Image(alt=image.alt, caption=m.group("caption") or None, credit=m.group("credit"), src=image.src)
    return image


def _page_info(tree: LexborHTMLParser, page_url: str | None) -> PageInfo:
    info = PageInfo()
    nav = tree.css_first(NAV)
    if nav is not None and (m := _POSITION.search(squash(nav.text(separator=" ")))):
        info.number, info.total = int(m.group(1)), int(m.group(2))
    info.next_url = rel_link(tree, "next", page_url) or _nav_link(tree, nav, OLDER_LINK, _NEXT_LABELS, page_url)
    info.prev_url = rel_link(tree, "prev", page_url) or _nav_link(tree, nav, NEWER_LINK, _PREV_LABELS, page_url)
    return info


def _nav_link(
    tree: LexborHTMLParser, nav: LexborNode | None, selector: str, labels: tuple[str, ...], page_url: str | None
) -> str | None:
    """The old frontend's older/newer link, else the DCR bar's link labelled "Next"/"Previous" (label hidden)."""
    link = tree.css_first(selector)
    if link is None and nav is not None:
        link = next((a for a in nav.css("a[href]") if squash(a.text(separator=" ")).lower() in labels), None)
    if link is None:
        return None
    return join_url(page_url, link.attributes.get("href") or "").split("#", 1)[0]
