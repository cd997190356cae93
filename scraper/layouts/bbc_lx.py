"""Layout adapter for BBC "LX" live pages (c. 2016 → 2023), shared/reference/BBC-MARKUP.md §1.

    ol.lx-stream__feed > li.lx-stream__post-container [> div…] > article.lx-stream-post[id]
        header: time.lx-stream-post__meta-time (span.qa-visually-hidden-meta + span.qa-post-auto-meta "14:31 7 May")
                h3.lx-stream-post__header-title > span.lx-stream-post__header-text
        p.qa-contributor-name ("By A & B") / p.qa-contributor-role
        div.qa-post-body: paragraphs, figure.lx-media-asset (image or video), social embeds,
                          div.lx-stream-related-story (a story promo: summary + a.qa-story-cta-link)
    ol.lx-c-summary-points (the summary box), a.qa-pagination-{next,previous}-page, page numbers.

When the page carries the Morph payload (``Morph.setPayload('/data/bbc-morph-lx-commentary-data…', {…})``)
its ISO times (``dateAdded``, ``lastUpdated``), locators and breaking flags are preferred; the HTML gives
everything else. A page whose stream only the script renders is read from the payload (`lx_morph`).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from datetime import timedelta
from urllib.parse import parse_qsl, urlencode

from selectolax.lexbor import LexborNode

from scraper.clean import (
    NON_POST_TITLES,
    Body,
    PageQueries,
    html_body,
    join_url,
    plain_absolute,
    remove_nodes,
    social_links_to_embeds,
    split_url,
    squash,
    tag_ids,
    visible_text,
)
from scraper.errors import ParseError
from scraper.layouts.lx_morph import (
    MorphPost,
    document_results,
    morph_index,
    number_of_pages,
    payload_page,
    payload_posts,
    payload_results,
)
from scraper.models import Embed, Link, Page, PageInfo, Post, fallback_post_id
from scraper.source import Source, spelled, spellings
from scraper.times import ShownTimes, base_for, parse_iso, repeated_hours_in_order, stated_day

NAME = "bbc-lx"

# --- selectors (stable lx-/qa- classes; never the gs-/gel- layout helpers) -----------------------------
# A class alternative is written `tag:is(.a, .b)`, not `tag.a, tag.b`: Lexbor walks the page once for it, not once a
# part, and reports a node holding both classes once, not twice (its readers take the first, or each node once).
POST = "li.lx-stream__post-container article.lx-stream-post"
POST_LOOSE = "article.lx-stream-post"
DETECT = "article.lx-stream-post, li.lx-stream__post-container, ol.lx-stream__feed, #lx-stream"
# What every DETECT node matches (its class list holds "lx-stream" in any ASCII case, the page's mode however it cases
# classes; or it is #lx-stream as DETECT writes it), in two selectors, not four: Lexbor's walk of a page without LX
# markers (every family detected after LX) costs ~3/4 of DETECT's. DETECT is asked only when this finds a node.
DETECT_GATE = '[class*="lx-stream" i], #lx-stream'
TITLE = "h3.lx-stream-post__header-title"
TITLE_TEXT = "span.lx-stream-post__header-text"
TITLE_LINK = "a:is(.qa-heading-link, .lx-stream-post__header-link)"
TIME = "time.lx-stream-post__meta-time"
TIME_SHOWN = "span.qa-post-auto-meta"
# `p[class]` before the classes: Lexbor tries a compound's parts in order and `:is()` costs ~1k instructions a node it
# runs on; most paragraphs (the bodies') have no class attribute, so no class and never `:is()` is tried on them.
AUTHOR = "p[class]:is(.qa-contributor-name, .lx-stream-post__contributor-name)"
ROLE = "p[class]:is(.qa-contributor-role, .lx-stream-post__contributor-description)"
# An older post's byline: spans in the meta line that holds its time (`_meta_byline`).
META_LINE = "lx-stream-post__meta"
META_AUTHOR = "span:is(.qa-contributor-name, .lx-stream-post__contributor-name)"
META_ROLE = "span:is(.qa-contributor-role, .lx-stream-post__contributor-description)"
BODY = "div.qa-post-body"
VIDEO = "figure:is(.lx-media-asset--video, .lx-media-asset:has(p.lx-media-asset-summary))"
PROMO = "div.lx-stream-related-story"
PROMO_LINK = "a:is(.qa-story-cta-link, .lx-stream-asset__cta)"
BREAKING = 'header.lx-stream-post__header [class*="breaking"]'
# The posts BREAKING finds, found by their header: Lexbor looks for the substring in the class lists inside headers
# only, not in every one on the page. They are the same posts unless a post sits inside such a header (the label
# above a post would count for it): `_post_queries` checks that first.
BREAKING_HEADER = 'header.lx-stream-post__header:has([class*="breaking"])'
# BREAKING_HEADER with the substring in any ASCII case: the headers BREAKING_HEADER matches, and those whose label is
# cased otherwise. Lexbor compares a substring in any case a character at a time, in the page's case by a memcmp call
# at every position of every class string (~1/4 dearer over a page's headers): the page-wide query asks this, and
# the few headers it finds are asked BREAKING_HEADER itself (`PageQueries.narrow`).
BREAKING_HEADER_ANY_CASE = 'header.lx-stream-post__header:has([class*="breaking" i])'
POST_IN_HEADER = "header.lx-stream-post__header article.lx-stream-post"
SHARE_LINK = 'a[href*="pinned_post_locator"]'  # "=", or "%3D" in a share button's address for a network
# A share button that is no link (2016-17 pages: ``<button class="qa-share-tools-cta" data-share-url="…">``) names
# the post's address in an attribute its script opens the share panel with.
SHARE_URL = "data-share-url"
SHARE_BUTTON = f'[{SHARE_URL}*="pinned_post_locator"]'
# The summary items: ``ol.lx-c-summary-points > li, section.qa-summary-points li`` by one walk, each item once (its
# reader drops repeated texts, so an item matching both parts read once or twice gives the same summary).
SUMMARY = "li:is(ol.lx-c-summary-points > li, section.qa-summary-points li)"
PAGE_TITLE = "h1:is(#lx-event-title, .lx-commentary__title, .qa-main-title)"
PAGE_DATE = "time[datetime]:not(article time)"
LIVE_COVERAGE = timedelta(days=7)  # how long after the header's date a fetch may still be live (`_shown_times`)
NEXT = "a.qa-pagination-next-page"
BBC_SITE = "https://www.bbc.co.uk"
MORPH_PAGE_NUMBER = re.compile(r"pageNumber(?:/|%2F|=)(\d+)", re.I)
PREV = "a.qa-pagination-previous-page"
PAGER_LINKS = "a:is(.qa-pagination-next-page, .qa-pagination-previous-page)[href]"  # NEXT or PREV with an href
CURRENT_NAME, TOTAL_NAME = "qa-pagination-current-page-number", "qa-pagination-total-page-number"
CURRENT, TOTAL = f".{CURRENT_NAME}", f".{TOTAL_NAME}"
# CURRENT and TOTAL as the pager writes them (shared/reference/BBC-MARKUP.md §1: spans), both by one walk that tries
# the classes on spans alone (a class-only selector tries them on every element: ~1.2M instructions a walk of an LX
# page, against ~0.9M for this one). `_page_numbers` shows when it finds all CURRENT and TOTAL would.
PAGE_NUMBERS = f"span:is({CURRENT}, {TOTAL})"
_ODD_SPACE = frozenset("\x0b\x1c\x1d\x1e\x1f")  # ASCII white space to str.split(), none to a class list

BYLINE_PREFIX = re.compile(r"^By\s+", re.I)
BY_CASES = ("By", "by", "BY", "bY")  # the prefix's first word in each case
# "By" on BBC Cymru Fyw's Welsh pages and BBC Naidheachdan's Scottish Gaelic ones
OTHER_BYS = ("Gan ", "Le ")
LOCATOR = re.compile(r"pinned_post_locator=(urn(?::|%3A)asset(?::|%3A)[0-9a-f-]{36})", re.I)
PAGE_IN_URL = re.compile(r"/page/\d+/?$")
MORPH_HINT = "bbc-morph-lx-commentary-data"
TIME_SHOWN_IN_TIME = f"{TIME} {TIME_SHOWN}"
# Every query a post makes, run once over the page (`PageQueries`).
# TIME is not one: a post queries it itself in the rare case it shows no TIME_SHOWN_IN_TIME.
# TITLE_TEXT and TITLE_LINK are not either: a title's few nodes are read by `_title_parts`.
POST_QUERIES = (TITLE, BODY, VIDEO, PROMO, PROMO_LINK, TIME_SHOWN_IN_TIME, AUTHOR, ROLE, SHARE_LINK, BREAKING)
POST_QUERIES_BY_HEADER = (*POST_QUERIES[:-1], BREAKING_HEADER)  # BREAKING last: a post's flag, read as one bool
POST_QUERIES_ANY_CASE = (*POST_QUERIES[:-1], BREAKING_HEADER_ANY_CASE)  # the page-wide queries `_post_queries` runs
# The one tag each of POST_QUERIES_BY_HEADER (and POST_QUERIES_ANY_CASE) matches (`PageQueries` reads a node's selector
# from its tag).
POST_QUERY_TAGS = tag_ids("h3", "div", "figure", "div", "a", "span", "p", "p", "a", "header")
# POST_QUERIES without BREAKING, for a page that spells "breaking" nowhere (`spelled`): its posts' rows are a cell
# shorter (`_breaking`). Its header, a tag no other query has, costs a whole walk's worth of the page-wide query.
POST_QUERIES_UNBROKEN = POST_QUERIES[:-1]
# Where each selector's matches sit in a post's `Found`.
(AT_TITLE, AT_BODY, AT_VIDEO, AT_PROMO, AT_PROMO_LINK, AT_TIME_SHOWN, AT_AUTHOR, AT_ROLE, AT_SHARE_LINK,
 AT_BREAKING) = range(len(POST_QUERIES))  # fmt: skip
# The classes of TITLE_TEXT and TITLE_LINK, for `_title_parts`.
TITLE_TEXT_CLASSES = ("lx-stream-post__header-text",)
TITLE_LINK_CLASSES = ("qa-heading-link", "lx-stream-post__header-link")
# Each of those names and a space: how a class list of these names in first place starts (`_has_class`).
_LEADS: dict[tuple[str, ...], tuple[str, ...]] = {
    names: tuple(f"{name} " for name in names) for names in (TITLE_TEXT_CLASSES, TITLE_LINK_CLASSES)
}
(TITLE_TEXT_LEAD,) = _LEADS[TITLE_TEXT_CLASSES]  # the one name of TITLE_TEXT_CLASSES, and a space
SPAN_ID, A_ID, DIV_ID, TEXT_ID = tag_ids("span", "a", "div", "-text")
HTML_END = re.compile(r"</(html|body)>", re.I)
# The most characters a title NON_POST_TITLES matches can have: its longer alternative, and the newline "$" lets by.
NON_POST_TITLE_CHARS = len("Get involved") + 1


Found = list[Sequence[LexborNode]]  # a post's matches of each of POST_QUERIES, in that order (`PageQueries.matches`)


def _unique(found: Sequence[LexborNode]) -> Sequence[LexborNode]:
    """Matches without the repeats a selector list gives for a node matching two of its parts."""
    return list(dict.fromkeys(found)) if len(found) > 1 else found


def _within(node: LexborNode, scope: LexborNode, article: LexborNode) -> bool:
    """Whether ``node`` (inside ``article``) is ``scope`` or inside it: ``scope.css()`` finds it."""
    scope_id, article_id = scope.mem_id, article.mem_id
    up: LexborNode | None = node
    while up is not None:
        key = up.mem_id
        if key == scope_id:
            return True
        if key == article_id:
            return False
        up = up.parent
    return False


def _first_in(found: Sequence[LexborNode], scope: LexborNode, article: LexborNode) -> LexborNode | None:
    """``scope.css_first(selector)`` from the post's matches of it."""
    for node in found:
        if _within(node, scope, article):
            return node
    return None


def detect(src: Source) -> bool:
    if not src.is_html:
        return bool(document_results(src.json_data))  # a saved Morph JSON document
    tree = src.tree
    return (tree.css_first(DETECT_GATE) is not None and tree.css_first(DETECT) is not None) or MORPH_HINT in src.text


# --- the Morph payload -------------------------------------------------------------------------------


Attributes = dict[str, str | None]  # an article's, read once per post (`LexborNode.attributes` builds a dict)


def _morph_for(attrs: Attributes, title: str | None, morph: dict[str, MorphPost]) -> MorphPost | None:
    """The payload entry of an article: by the asset id in its ``id`` (``post_<assetId>``), else by title."""
    if not morph:
        return None  # a page without the payload
    asset = (attrs.get("id") or "").rsplit("_", 1)[-1]
    return morph.get(asset) or (morph.get(title) if title else None)


# --- one post -----------------------------------------------------------------------------------------


Heading = tuple[str | None, str | None]  # what `_title` reads: the title and the link it carries


def _title(found: Found, article: LexborNode) -> Heading:
    """The post title (hidden text left out) and where it links to (a story, on promos)."""
    if not found[AT_TITLE]:
        return None, None
    h3 = found[AT_TITLE][0]
    span = h3.first_child
    if span is not None and span.next is None and span.tag_id == SPAN_ID:
        words = span.first_child  # most titles: one span of TITLE_TEXT's class, of one text node, and nothing else
        if (
            words is not None
            and words.next is None
            and (text := words.text_content) is not None  # a text node (an empty one: "", as `_collect` reads it)
            and (  # what `_title_parts` finds: the span, no link (most: its class first in its list, read here)
                ((cls := span.attributes.get("class")) is not None and cls.startswith(TITLE_TEXT_LEAD))
                or _has_class(span, TITLE_TEXT_CLASSES, TITLE_TEXT)
            )
        ):
            return squash(text.replace("\n", " ") if "\n" in text else text) or None, None  # `visible_text` of it
    text_node, link = _title_parts(h3)
    return visible_text(text_node or h3) or None, link.attributes.get("href") if link is not None else None


def _title_parts(h3: LexborNode) -> tuple[LexborNode | None, LexborNode | None]:
    """``h3.css_first(TITLE_TEXT)`` and ``h3.css_first(TITLE_LINK)``, by one walk of the title's few nodes (the
    page-wide queries and their sorting by post cost more): the first span, and the first link, of those classes."""
    text = link = None
    for node in h3.traverse():  # the title, then its elements in document order: as the queries meet them
        tag_id = node.tag_id
        if tag_id == SPAN_ID:
            if text is None and _has_class(node, TITLE_TEXT_CLASSES, TITLE_TEXT):
                text = node
                if link is not None:
                    break
        elif tag_id == A_ID and link is None and _has_class(node, TITLE_LINK_CLASSES, TITLE_LINK):
            link = node
            if text is not None:
                break
    return text, link


def _has_class(node: LexborNode, names: tuple[str, ...], selector: str) -> bool:
    """Whether ``node`` (of the selector's tag) holds a class of ``names``: whether ``selector`` (that tag and those
    classes) matches it. Read from the class list where that is certain (a name between spaces or the list's ends is
    a class as Lexbor splits the list, at any white space; a name in no case inside the lowered list is none, even
    on a quirks-mode page, which matches classes in any case); else Lexbor is asked."""
    cls = node.attributes.get("class")
    if not cls:
        return False
    if cls.startswith(_LEADS[names]) or cls in names:
        return True  # a name first in the list, before a space or alone (most of these nodes: a few classes after)
    classes = cls.split(" ")
    for name in names:
        if name in classes:
            return True
    lowered = cls.lower()
    if not any(name in lowered for name in names):
        return False  # no class of these names in any case
    found = node.css_first(selector)
    return found is not None and found.mem_id == node.mem_id


def _shown_time(found: Found, article: LexborNode) -> str | None:
    """The visible time ("14:31", "14:31 7 May", "14:31 7 May 2019"), its hidden "posted at" prefix left out."""
    shown = found[AT_TIME_SHOWN]
    node = shown[0] if shown else article.css_first(TIME)
    if node is None:
        return None
    # Most: one text node ("14:31", "14:31 7 May"), printable (so its only white space can be spaces: Unicode has no
    # other printable one), without two spaces together or one at an end: what `visible_text` gives, nothing to squash.
    child = node.first_child
    if (
        child is not None
        and child.next is None
        and (text := child.text_content)
        and text.isprintable()
        and "  " not in text
        and text[0] != " " != text[-1]
    ):
        return text
    return visible_text(node) or None


# A page's byline texts already read, names and roles apart: a text node's text → the name (or role) it reads as, ""
# for none. A page names its few reporters again and again: each name is cleaned once a page.
Bylines = tuple[dict[str, str], dict[str, str]]


def _byline(found: Found, read: Bylines) -> tuple[str | None, str | None]:
    """Several contributor names are joined with ", "; the "By " prefix goes."""
    names, roles = found[AT_AUTHOR], found[AT_ROLE]  # most posts: one of each, read here (what `_joined` gives)
    if len(names) == 1 and len(roles) == 1:  # most: each of one text node, whose text the page has shown before
        name, role = names[0].first_child, roles[0].first_child
        if name is not None and role is not None and name.next is None and role.next is None:
            # `_read_once` of each, as it reads a text it has read (a node's text_content is None unless it is text)
            author, role_text = read[0].get(name.text_content), read[1].get(role.text_content)  # type: ignore[arg-type]
            if author is not None and role_text is not None:
                return author or None, role_text or None
    author = _read_once(names[0], _without_by, read[0]) if len(names) == 1 else _joined(names, _without_by)
    return author, _read_once(roles[0], None, read[1]) if len(roles) == 1 else _joined(roles, None)


def _meta_byline(shown: LexborNode, read: Bylines) -> tuple[str | None, str | None]:
    """An older LX post's byline (2014-2016), in the header's meta line beside its time, in spans, not paragraphs:
    ``div.lx-stream-post__meta > time … + span.lx-stream-post__meta-contributor > span.qa-contributor-name +
    span.qa-contributor-role``. (None, None) when the time (``shown`` is its shown part) is in no such line."""
    time = shown.parent
    after = time.next if time is not None else None  # the contributor's span, white space maybe before it
    if after is not None and after.tag_id == TEXT_ID:
        after = after.next
    if after is None or after.tag_id != SPAN_ID:
        return None, None  # most: a time alone in its box (a post of no byline)
    meta = time.parent  # type: ignore[union-attr]
    if meta is None or META_LINE not in (meta.attributes.get("class") or "").split():
        return None, None
    names, roles = meta.css(META_AUTHOR), meta.css(META_ROLE)
    author = _read_once(names[0], _without_by, read[0]) if len(names) == 1 else _joined(names, _without_by)
    return author, _read_once(roles[0], None, read[1]) if len(roles) == 1 else _joined(roles, None)


def _read_once(node: LexborNode, clean: Callable[[str], str] | None, read: dict[str, str]) -> str | None:
    """``clean(visible_text(node)) or None`` (``visible_text(node) or None`` without ``clean``): for a node of one
    text node (most bylines), whose visible text is its text's alone, looked up by that text in ``read`` first."""
    child = node.first_child
    if child is None or child.next is not None or (raw := child.text_content) is None:
        text = visible_text(node)
        return (clean(text) if clean is not None else text) or None
    known = read.get(raw)
    if known is None:
        text = visible_text(node)
        read[raw] = known = clean(text) if clean is not None else text
    return known or None


def _joined(nodes: Sequence[LexborNode], clean: Callable[[str], str] | None) -> str | None:
    """The visible texts of ``nodes`` (each once, ``clean`` applied), the empty ones left out, joined by ", "."""
    if not nodes:
        return None  # no byline
    if len(nodes) == 1 or (len(nodes) == 2 and nodes[0] == nodes[1]):  # one name (matching both classes), one role
        text = visible_text(nodes[0])
        return (clean(text) if clean is not None else text) or None
    texts = [visible_text(n) for n in _unique(nodes)]
    if clean is not None:
        texts = [clean(t) for t in texts]
    return ", ".join(t for t in texts if t) or None


def _without_by(name: str) -> str:
    """``name`` without its "By " prefix (or, before a full name, the Welsh or Gaelic one, `OTHER_BYS`):
    BYLINE_PREFIX's work by string methods (no character but B/b and Y/y matches those under re.I, and its ``\\s``
    is the white space ``str.lstrip`` takes)."""
    if not name.startswith(BY_CASES):  # `name[:2].lower() != "by"`: no other character lowers to a "b" or a "y"
        by = next((other for other in OTHER_BYS if name.startswith(other)), None)
        rest = name[len(by) :].strip() if by else ""
        return rest if " " in rest else name  # "Gan A B", "Le A B": a full name after it ("Le Tissier" is a name)
    rest = name[2:].lstrip()
    return rest if len(rest) < len(name) - 2 else name


def _permalink(share: LexborNode | None, page_url: str | None) -> str | None:
    """The post's share link without its tracking parameters: ``<page>?pinned_post_locator=urn:asset:…&…``."""
    if share is None:
        return None
    return _pinned(join_url(page_url, share.attributes.get("href") or ""), page_url)


def _button_permalink(article: LexborNode, src: Source) -> str | None:
    """`_permalink` of the address a post's share button names (SHARE_BUTTON), for a post with no share link; only
    a page that spells SHARE_URL is asked (looked for once a page)."""
    buttons: bool | None = src._cache.get("lx.share_buttons")
    if buttons is None:
        buttons = src._cache["lx.share_buttons"] = SHARE_URL in src.text
    button = article.css_first(SHARE_BUTTON) if buttons else None
    if button is None:
        return None
    return _pinned(join_url(src.url, button.attributes.get(SHARE_URL) or ""), src.url)


def _pinned(href: str, page_url: str | None) -> str | None:
    """`_permalink` of a share link's address. A share button's for a network (2020-2023: ``facebook.com/dialog/
    share?href=<the post's address, encoded>``, ``twitter.com/intent/tweet?url=…``) holds the post's address in a
    parameter: that address, when its locator is a post's (``urn:asset:<uuid>``)."""
    pairs = parse_qsl(split_url(href).query)
    query = [(k, v) for k, v in pairs if k.startswith("pinned_post_")]
    if query:
        base = href.split("?", 1)[0].split("#", 1)[0]
        return f"{base}?{urlencode(query, safe=':')}"
    for _, value in pairs:
        if "pinned_post_locator=" in value and LOCATOR.search(value):
            return _pinned(join_url(page_url, value), page_url)
    return None


def _post_id(attrs: Attributes, morph: MorphPost | None, share: LexborNode | None) -> str | None:
    """``article[id]``, else the ``urn:asset:…`` locator (payload, or the post's share link)."""
    if attrs.get("id"):
        return attrs["id"]
    if morph is not None and morph.locator:
        return morph.locator
    m = LOCATOR.search(share.attributes.get("href") or "") if share is not None else None
    return m.group(1).replace("%3A", ":").replace("%3a", ":") if m else None


def _body(found: Found, article: LexborNode, base_url: str | None) -> tuple[Body, list[Link], bool, Found]:
    """The post body, its story-promo link(s), whether it is a story promo, and the post's matches (found again
    when a video went: the page's matches inside it are gone with it)."""
    if not found[AT_BODY]:
        return Body([], [], [], []), [], False, found
    node = found[AT_BODY][0]
    # A video is an embed, not an image; its "Video content"/"Video caption" go with it.
    in_body = [n for n in found[AT_VIDEO] if _within(n, node, article)] if found[AT_VIDEO] else None
    media = _remove_media(node, in_body, base_url) if in_body else None
    if media:
        found = [article.css(selector) for selector in POST_QUERIES]
    body = html_body(_content_root(node), base_url)
    if media:
        body.embeds += media
    if body.links:
        social_links_to_embeds(body)
    if not found[AT_PROMO_LINK] and not found[AT_PROMO]:
        return body, [], False, found  # the most posts: no promo to read
    promo_links = [
        Link(visible_text(a) or "Read more", join_url(base_url, href))  # by position: text, url
        for a in _unique(found[AT_PROMO_LINK])
        if (href := a.attributes.get("href")) and _within(a, node, article)  # the attributes read once
    ]
    return body, promo_links, _first_in(found[AT_PROMO], node, article) is not None, found


def _remove_media(body: LexborNode, figures: list[LexborNode], base_url: str | None) -> list[Embed]:
    """An embed for each of a post body's media ``figures``, removed from it: "audio" for an LX audio clip's figure
    (``lx-media-asset--audio``: "Audio content", "Audio caption: …"), else "video", with the clip's address where
    its player gives one (`_clip_url`). Nested matches (one removed with its parent) leave every kind "video" and
    no address."""
    kinds = ["audio" if "lx-media-asset--audio" in (f.attributes.get("class") or "") else "video" for f in figures]
    urls = [_clip_url(f, base_url) for f in figures]
    removed = remove_nodes(body, figures)  # the kinds and addresses read first: the removal frees the nodes
    if len(kinds) != removed:
        return [Embed(kind="video") for _ in range(removed)]
    return [Embed(kind=kind, url=url) for kind, url in zip(kinds, urls, strict=True)]


def _clip_url(figure: LexborNode, base_url: str | None) -> str | None:
    """The address of a media figure's clip where its player's ``data-playlist`` gives one: a JSON object's ``url``
    (the clip's page), or the attribute itself when it is an address (an embeddable player's); else None (the
    ``data-playable`` settings name only a version id, no address)."""
    player = figure if "data-playlist" in figure.attributes else figure.css_first("[data-playlist]")
    value = (player.attributes.get("data-playlist") or "").strip() if player is not None else ""
    if value.startswith("{"):
        try:
            value = json.loads(value).get("url")
        except ValueError:
            return None
    if not isinstance(value, str) or not value.startswith(("http://", "https://", "/")):
        return None
    return join_url(base_url, value)


# The attributes of the one element an LX post body wraps its content in: `html_body` walks into a div with just them
# (no embed, not hidden, not a paragraph), so the body read from it is the body read from the post body.
CONTENT_ATTRIBUTES = {"class": "lx-stream-post-body"}


def _content_root(body: LexborNode) -> LexborNode:
    """Where ``html_body(body)`` finds its body a walk step sooner: the body's only child, when that is a div of
    CONTENT_ATTRIBUTES (its walk reads the div as its one block and walks into it), else ``body`` itself."""
    child = body.first_child
    if child is not None and child.next is None and child.tag_id == DIV_ID and child.attributes == CONTENT_ATTRIBUTES:
        return child
    return body


def _new_links(links: list[Link], known: list[Link]) -> list[Link]:
    """``links`` not already in ``known`` (by URL), first of each URL kept."""
    seen = {lk.url for lk in known}
    out = []
    for link in links:
        if link.url not in seen:
            seen.add(link.url)
            out.append(link)
    return out


def _breaking(found: Found) -> bool:
    """Whether the post's row holds a BREAKING match (a page spelling "breaking" nowhere has no cell for it)."""
    return len(found) > AT_BREAKING and bool(found[AT_BREAKING])


def _post(found: Found, article: LexborNode, heading: Heading, src: Source, times: ShownTimes,
          payload: dict[str, MorphPost], bylines: Bylines) -> Post | None:  # fmt: skip
    title, title_link = heading
    attrs = article.attributes
    morph = _morph_for(attrs, title, payload) if payload else None  # most pages: no payload, no call
    body, promo_links, is_promo, found = _body(found, article, src.url)
    if title and title_link and "pinned_post_locator=" not in title_link:  # a permalink to the post: its url, no link
        promo_links.insert(0, Link(text=title, url=join_url(src.url, title_link)))
    if not title and not body.paragraphs and not body.embeds and not body.images:
        return None  # nothing to keep (a post of only a tweet or a picture is kept: its embed or image is its content)
    shown = _shown_time(found, article)
    author, role = _byline(found, bylines)
    if author is None and not found[AT_AUTHOR] and found[AT_TIME_SHOWN]:  # maybe an older post's byline by its time
        author, role = _meta_byline(found[AT_TIME_SHOWN][0], bylines)
    published = morph.published if morph else None
    share = found[AT_SHARE_LINK][0] if found[AT_SHARE_LINK] else None
    # Post's fields by position, in POST_FIELDS order (keywords cost twice as much: ~1 % of a parse)
    return Post(
        attrs.get("id") or _post_id(attrs, morph, share) or fallback_post_id(src.url, title, shown, body.text),
        title,
        _permalink(share, src.url) if share is not None else _button_permalink(article, src),  # url
        published or times.parse(shown),  # published_at
        shown,  # published_text
        morph.updated if morph else None,  # updated_at
        author,
        role,
        "promo" if is_promo else "post",  # kind
        "breaking" in (attrs.get("class") or "") or _breaking(found) or bool(morph and morph.is_breaking),
        "\n".join(body.paragraphs),  # body_text: `Body.text`, without the property's call
        body.embeds,
        body.images,
        body.links + _new_links(promo_links, body.links) if promo_links else body.links,  # links
    )


# The order `_post` passes Post's fields in (a test holds Post to it).
POST_FIELDS = ("post_id", "title", "url", "published_at", "published_text", "updated_at", "author", "role", "kind",
               "is_breaking", "body_text", "embeds", "images", "links")  # fmt: skip


# --- the page -----------------------------------------------------------------------------------------


def _shown_times(src: Source) -> ShownTimes:
    """How the page's shown times are read: by the day a time shown without a date ("14:31") or a year ("14:31 7 May")
    belongs to, when the fetch time cannot give it — the date in the page header (a ``time[datetime]`` outside the
    posts), with no fetch time or one clearly not the page's (`stated_day`: a saved page parsed with its file's time
    years on, or a fetch time before the page's date, which is then no base at all). Else by the fetch time alone:
    LX shows "14:31" for posts of the day the page was rendered, "14:31 7 May" for this year's, and a live fetch is
    that day — with a week of slack, as results coverage runs over days (a live fetch on its third day shows that
    day's posts as "14:31").
    """
    for node in src.tree.css(PAGE_DATE):
        when = parse_iso(node.attributes.get("datetime"))
        if when is not None:
            day = stated_day(when, src.fetched_at, within=LIVE_COVERAGE)
            return ShownTimes(src.fetched_at if day is None else base_for(when, src.fetched_at), day)
    return ShownTimes(src.fetched_at)


def _number(src: Source, selector: str) -> int | None:
    node = src.tree.css_first(selector)
    return _span_number([node] if node is not None else [])


def _first_matching(nodes: list[LexborNode], selector: str) -> LexborNode | None:
    """The first of ``nodes`` that ``selector`` matches: a node's own ``css_first`` finds the node itself first."""
    for node in nodes:
        found = node.css_first(selector)
        if found is not None and found.mem_id == node.mem_id:
            return node
    return None


def _page_url(url: str | None, number: int) -> str | None:
    """``…/live/<slug>-<id>/page/N`` for page N (page 1 is the bare live-page URL)."""
    if not url:
        return None
    base = PAGE_IN_URL.sub("", url.split("?", 1)[0].split("#", 1)[0]).rstrip("/")
    return base if number == 1 else f"{base}/page/{number}"


# A root-relative address ("/news/live/…/page/3", what the pager links are) that `urljoin` puts after its base's host
# as written: segments neither empty nor opening with "." (no "//", "./", "../" to resolve) and none of what
# urlsplit/urlunsplit rewrite (tab/CR/LF; an empty query, fragment or ";params": no "?", "#", ";"; no ":", "[", "]").
ROOT_RELATIVE = re.compile(r"(?:/[A-Za-z0-9_~%!$&'()*+,=@-][A-Za-z0-9_~%!$&'()*+,=@.-]*)+/?")
BASE_HOST = re.compile(r"https?://[^/?#]*")  # a plain absolute address up to the end of its host


def _pager_link(base: str | None, href: str) -> str:
    """``join_url(base, href)``, a ROOT_RELATIVE ``href`` on a plain absolute ``base`` without `urljoin` (two
    `urlparse` calls: ~60k instructions a link)."""
    if base and ROOT_RELATIVE.fullmatch(href) and plain_absolute(base):
        host = BASE_HOST.match(base)
        if host is not None:
            return host.group() + href
    return join_url(base, href)


def _page_numbers(src: Source) -> tuple[int | None, int | None]:
    """``(_number(src, CURRENT), _number(src, TOTAL))``, from PAGE_NUMBERS's spans when they are shown to be all the
    elements CURRENT and TOTAL find: on a page in no-quirks mode (a class then matches in its case only) whose text
    spells each name as often as found spans' class lists hold it. Each element a class selector finds spells the
    name in its class attribute (`spellings`: no character reference writes it), so none is left unfound."""
    if _no_quirks(src) and (currents := spellings(src, CURRENT_NAME)) is not None:
        found: tuple[list[LexborNode], list[LexborNode]] = ([], [])
        for node in src.tree.css(PAGE_NUMBERS):
            classes = node.attributes.get("class") or ""
            if not classes.isascii() or not _ODD_SPACE.isdisjoint(classes):
                break  # `split` might read its class list otherwise than Lexbor
            names = classes.split()
            for name, nodes in zip((CURRENT_NAME, TOTAL_NAME), found, strict=True):
                if name in names:
                    nodes.append(node)
        else:
            current, total = found
            if len(current) == currents and len(total) == spellings(src, TOTAL_NAME):
                return _span_number(current), _span_number(total)
    return _number(src, CURRENT), _number(src, TOTAL)


def _span_number(nodes: list[LexborNode]) -> int | None:
    """`_number` of the first of ``nodes``, None when there is none."""
    text = squash(nodes[0].text()) if nodes else ""
    return int(text) if text.isdigit() else None


def _page_info(src: Source) -> PageInfo:
    number, total = _page_numbers(src)
    info = PageInfo(number=number, total=total)
    links = src.tree.css(PAGER_LINKS)  # both kinds by one walk of the page, not one each
    for selector, attr, step in ((NEXT, "next_url", 1), (PREV, "prev_url", -1)):
        link = _first_matching(links, f"{selector}[href]")  # ``src.tree.css_first(f"{selector}[href]")``
        if link is not None:
            setattr(info, attr, _pager_link(src.url, link.attributes.get("href") or ""))
        elif info.number and info.total and 1 <= info.number + step <= info.total:
            setattr(info, attr, _page_url(src.url, info.number + step))
    return info


def _payload_page_info(src: Source) -> PageInfo:
    """Page N of M as the Morph payload says (its path's pageNumber, its numberOfPages), the pages beside it by
    `_page_url`: a stream the script renders has no pager in the HTML either. A stream of one page has none
    beside it: its page info stays empty, as it was before the payload was read for it."""
    number, total = payload_page(src.text)
    if total is None or total < 2:
        return PageInfo()
    info = PageInfo(number=number, total=total)
    if number is not None:
        info.next_url = _page_url(src.url, number + 1) if number < total else None
        info.prev_url = _page_url(src.url, number - 1) if number > 1 else None
    return info


def _page_title(src: Source) -> str | None:
    tree = src.tree
    # PAGE_TITLE matches an h1 only: a page without one (found by `tags`, a cheaper walk) has no match.
    node = (tree.css_first(PAGE_TITLE) if tree.tags("h1") else None) or tree.css_first("title")
    title = visible_text(node) if node is not None else ""
    return re.sub(r"\s+-\s+BBC (News|Sport)$", "", title) or None


NO_QUIRKS = "<!doctype html>"  # how a page in no-quirks mode most often opens (classes then match in their case)


def _no_quirks(src: Source) -> bool:
    """Whether the page opens as most pages in no-quirks mode do (NO_QUIRKS); False says nothing."""
    return src.text[:64].lstrip()[: len(NO_QUIRKS)].lower() == NO_QUIRKS


def _summary(src: Source) -> list[Post]:
    # SUMMARY's classes hold "summary-points": a page in no-quirks mode that spells it nowhere (`spelled`) has no
    # summary (in quirks mode a class matches in any case: asked for unless the text holds the name so cased).
    if not spelled(src, "summary-points") and _no_quirks(src):
        return []
    items = [visible_text(li) for li in src.tree.css(SUMMARY)]
    items = [i for i in dict.fromkeys(items) if i]
    if not items:
        return []
    body = "\n".join(items)
    return [Post(post_id=fallback_post_id(src.url, "Summary", None, body), title="Summary", kind="summary",
                 body_text=body)]  # fmt: skip


def _post_queries(src: Source) -> PageQueries | None:
    """The posts (POST, else POST_LOOSE; None: neither finds one) and POST_QUERIES over the page, found together,
    with BREAKING_HEADER for BREAKING when no post sits inside a post header (`BREAKING_HEADER`): the rows of
    POST_QUERIES_BY_HEADER. The page-wide query asks BREAKING_HEADER_ANY_CASE, and only the headers it finds are asked
    BREAKING_HEADER; whether a post sits in a post header is looked for only when it finds one: when it does not, no
    post header holds a breaking label, so BREAKING finds nothing either. Whether any post is there is asked first
    (``css_first`` stops at it). A page whose text spells "breaking" nowhere is not asked for it (`spelled`): its
    rows have no cell for BREAKING (`_breaking`)."""
    tree = src.tree
    if tree.css_first(POST) is not None:
        container = POST
    elif tree.css_first(POST_LOOSE) is not None:
        container = POST_LOOSE
    else:
        return None
    if not spelled(src, "breaking"):  # no class holds it: BREAKING finds nothing (its rows' cell left out)
        return PageQueries(tree, None, POST_QUERIES_UNBROKEN, container=container, tags=POST_QUERY_TAGS[:-1])
    q = PageQueries(tree, None, POST_QUERIES_ANY_CASE, container=container, tags=POST_QUERY_TAGS)
    if not q.matched(BREAKING_HEADER_ANY_CASE):
        return q  # no post header holds "breaking" in any case: BREAKING_HEADER and BREAKING find nothing either
    if tree.css_first(POST_IN_HEADER) is not None:
        return PageQueries(tree, q.containers, POST_QUERIES)
    q.narrow(tree, BREAKING_HEADER_ANY_CASE, BREAKING_HEADER)
    return q


def _deleted_shell(article: LexborNode) -> bool:
    """Whether a post's element holds nothing at all, not even a header or a time: the shell a deleted post leaves
    in the stream, its id alone. No post, and nothing malformed to warn of (a post missing its title and body
    still has its header)."""
    child = article.child
    while child is not None:
        if child.tag not in ("-text", "-comment") or (child.text_content or "").strip():
            return False
        child = child.next
    return True


def _html_posts(src: Source, q: PageQueries, page: Page, payload: dict[str, MorphPost]) -> None:
    times = _shown_times(src)
    bylines: Bylines = ({}, {})
    articles = q.containers
    for i, (article, found) in enumerate(zip(articles, q.rows(articles), strict=True), 1):
        heading = _title(found, article)  # read once: the post reuses it
        if heading[0] and len(heading[0]) <= NON_POST_TITLE_CHARS and NON_POST_TITLES.match(heading[0]):
            continue
        post = _post(found, article, heading, src, times, payload, bylines)
        if post is None:
            if not _deleted_shell(article):
                page.warnings.append(f"post {i}: no title and no body in article.lx-stream-post, skipped")
            continue
        page.posts.append(post)
    if len({post.post_id for post in page.posts}) < len(page.posts):
        page.posts = _without_repeats(page.posts)
    for post, at in zip(page.posts, repeated_hours_in_order([p.published_at for p in page.posts]), strict=True):
        post.published_at = at


def _without_repeats(posts: list[Post]) -> list[Post]:
    """Each post once, where it last stands: a pinned copy shown above the stream repeats a post (same article id
    and title) that the stream holds again in its own place; the permalink the pinned copy carries is kept."""
    last: dict[tuple[str, str | None], Post] = {}
    for post in posts:
        key = (post.post_id, post.title)
        kept = last.pop(key, None)
        if kept is not None and post.url is None:
            post.url = kept.url
        last[key] = post
    return list(last.values())


def parse(src: Source) -> Page:
    """The posts of the HTML stream (the payload lending times and ids), else of the Morph payload alone."""
    if not src.is_html:
        return _parse_document(src)
    queries = _post_queries(src)
    articles = queries.containers if queries is not None else []
    results = payload_results(src.text)
    if not articles and not results:
        raise ParseError("no posts in the LX stream or its Morph payload", source=src.name, selector=POST)
    page = Page(url=src.url, layout=NAME, title=_page_title(src), fetched_at=src.fetched_at, page=_page_info(src))
    if src.url_from_page and page.page.number:  # the canonical address may be page 1's (no ``/page/N``) on page N
        page.url = _page_url(src.url, page.page.number)
    if queries is not None and articles:
        _html_posts(src, queries, page, morph_index(results))
    else:
        page.posts = [p for p in payload_posts(results, src.url) if not NON_POST_TITLES.match(p.title or "")]
        if page.page.number is None and page.page.total is None:  # the script renders the pager too
            page.page = _payload_page_info(src)
    page.summary = _summary(src)
    if not HTML_END.search(src.text[-2000:]):
        page.warnings.append("page ends before </html> (truncated?): its last post may be cut short")
    return page


def _parse_document(src: Source) -> Page:
    """A saved Morph JSON document (the commentary endpoint's answer): its posts, page N of numberOfPages."""
    results = document_results(src.json_data)
    if not results:
        raise ParseError("no Morph commentary results in the JSON document", source=src.name)
    page = Page(url=src.url, layout=NAME, fetched_at=src.fetched_at)
    host = (split_url(src.url).hostname or "").lower()
    base = src.url if host.endswith(("bbc.co.uk", "bbc.com")) else BBC_SITE  # not the push.api endpoint's host
    page.posts = [p for p in payload_posts(results, base) if not NON_POST_TITLES.match(p.title or "")]
    m = MORPH_PAGE_NUMBER.search(src.url or "")
    page.page = PageInfo(number=int(m.group(1)) if m else None, total=number_of_pages(src.json_data))
    return page
