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
    q = PageQueries(tree, blocks, BLOCK_QUERIES)
    seen: set[str] = set()
    for block in blocks:
        attrs = block.attributes  # read once: its id here, its class in `_post`
        block_id = attrs.get("id") or ""
        if block.mem_id in pinned or block_id in seen:
            continue
        seen.add(block_id)
        post = _post(q, block, attrs, page_url)
        if post is None:
            page.warnings.append(f"{block_id}: block has neither title nor body (cut off?); skipped")
        elif post.kind == "summary":
            page.summary.append(post)
        else:
            page.posts.append(post)
    return page


def _post(q: PageQueries, block: LexborNode, attrs: dict[str, str | None], page_url: str | None) -> Post | None:
    title = _text(q.first(block, TITLE))
    # Everything else the block gives is read before its body, which may unwrap embed figures in place.
    time_node = q.first(block, PUBLISHED_TIME)
    iso = (time_node.attributes.get("datetime") or "").strip() if time_node is not None else ""
    permalink = q.first(block, PERMALINK)
    updated = q.first(block, UPDATED_TIME)
    shown = _shown_time(permalink, time_node)
    author = _author(q, block)
    body = _body(q, block, page_url)
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


def _author(q: PageQueries, block: LexborNode) -> str | None:
    """Contributor names: DCR header bylines (span, else avatar alt), old-frontend byline or data attribute."""
    names: list[str] = []
    header = q.first(block, HEADER)
    if header is not None:
        for byline in _children(header, "div"):
            link, alt, span = _byline_parts(byline)
            if link is not None:
                continue  # the time/permalink row
            names.append(_text(span) or squash(alt))
    names += [visible_text(node) for node in q.all(block, BYLINE_NAME)]
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
