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
A ``__NEXT_DATA__`` that does not decode (a capture cut short) falls back, with a warning, to the rendered
stream (``ol[role=list] > li > article``: urn from the ``h3`` id, headline span, breaking label, body; the shown
"9 May 2023" is kept as text only, since a date is no instant). Page data without a stream, or a broken script
with nothing rendered, is a `ParseError` naming what was looked for.
"""

from __future__ import annotations

import json
import re
from typing import Any

from selectolax.lexbor import LexborNode

from scraper.clean import HIDDEN, embed_kind, html_body, join_url, squash, visible_text
from scraper.errors import ParseError
from scraper.layouts import bbc_blocks as blocks
from scraper.models import Embed, Page, Post, fallback_post_id
from scraper.source import Source, find_literal
from scraper.times import parse_time, service_ago

NAME = "bbc-simorgh"
NEXT_DATA = 'script#__NEXT_DATA__[type="application/json"], script#__NEXT_DATA__'
TITLE_KEYS = ("title", "seoTitle")
# The rendered stream (bbc/simorgh ws-nextjs-app live/[id]/Post): read only when __NEXT_DATA__ is unreadable.
POSTS = 'main ol[role="list"] > li > article, ol > li > article'
CONTRIBUTORS = '[data-testid="live-contributors"]'
# The page links of the rendered stream ("?page=3"; the box's label is in the service's language).
PAGE_LINKS = 'nav a[href*="page="]'
BREAKING = '[data-testid="breaking-news-label"]'
KEY_POINTS = '[data-e2e="key-points"] li, [data-testid*="key-points"] li'
# A single key point is rendered as a paragraph, not a list (Simorgh KeyPoints hasSingleKeyPoint).
KEY_POINT_SINGLE = '[data-e2e="key-points"] p, [data-testid*="key-points"] p'
# A rendered post's byline box (its JSON's ``contributor`` block: name and subtitle), as pages read from their HTML
# show it under the heading.
BYLINE = '[class~="contributor"]'
BYLINE_NAME = '[class~="contributor-name"]'
BYLINE_ROLE = '[class~="contributor-role"]'
LX_STREAM = "lx-stream"  # the class stem of every BBC LX stream (`bbc_lx.DETECT`)
_ID = re.compile(r"[\w-]+")  # an element id a skip link may name (used inside a selector)
_CLOCK_OR_RELATIVE = re.compile(r"\d[:.]\d\d|\bago\b|\bnow\b", re.I)


def detect(src: Source) -> bool:
    if src.is_html:
        text = src.text
        if find_literal(text, blocks.NEXT_NAME, blocks.NEXT_RARE) >= 0:
            return "liveTextStream" in text or CONTRIBUTORS[1:-1] in text or blocks.is_ws_live_url(src.url)
        # a capture cut before its data script: the rendered stream of a World Service live address (not an LX
        # stream, which a ``/<service>/live/`` address such as BBC Cymru Fyw's also serves)
        return blocks.is_ws_live_url(src.url) and LX_STREAM not in text and src.tree.css_first(POSTS) is not None
    return blocks.json_family(src.json_data, src.url) == NAME


def parse(src: Source) -> Page:
    page = Page(url=src.url, layout=NAME, fetched_at=src.fetched_at)
    try:
        data = next_data(src) if src.is_html else src.json_data
    except ParseError as exc:
        if not src.tree.css_first(POSTS):
            raise
        page.warnings.append(f"{exc.args[0]}; posts taken from the HTML")
        read_html(src, page)
        return page
    holder = next((d for d in blocks.walk_dicts(data) if isinstance(d.get("liveTextStream"), dict)), None)
    stream = blocks.find_stream(holder["liveTextStream"] if holder else data)
    if stream is None:
        raise ParseError(
            "no post stream (liveTextStream.content.data.results) in the page data", source=src.name, selector=NEXT_DATA
        )
    page.title = page_title(holder, src)
    page.posts, page.warnings = blocks.posts_from_stream(stream, src.url)
    page.page = blocks.page_info(stream.get("page"), src.url)
    if src.url_from_page and src.url:  # a canonical address may be page 1's on page N
        page.url = blocks.own_page_url(src.url, page.page.number)
    page.stream_id = blocks.stream_id_in(holder or data)
    box = blocks.find_summary(holder or data, src.text)
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


# --- the rendered stream -------------------------------------------------------------------------------


def read_html(src: Source, page: Page) -> None:
    """Posts from the rendered articles: title, shown date/time, breaking label, byline, body."""
    page.title = page_title(None, src)
    seen: set[str] = set()
    for article in src.tree.css(POSTS):
        post = html_post(article, src)
        if post is not None:
            page.posts = blocks.add_in_place(page.posts, post, seen)
    bullets = [text for li in src.tree.css(KEY_POINTS) if (text := visible_text(li))]
    bullets = bullets or [text for p in src.tree.css(KEY_POINT_SINGLE) if (text := visible_text(p))]
    if bullets:
        body = "\n".join(bullets)
        page.summary.append(Post(post_id=fallback_post_id(src.url, None, None, body), kind="summary", body_text=body))
    number = _page_number(src.url)
    linked = [n for a in src.tree.css(PAGE_LINKS) if (n := _page_number(a.attributes.get("href"), None))]
    page.page = blocks.page_info({"index": number, "total": max([number or 1, *linked]) if linked else None}, src.url)


def html_post(article: LexborNode, src: Source) -> Post | None:
    head = article.css_first("h3")
    if head is None:
        return None
    title = headline(head)
    stamp = head.css_first("time")
    shown = squash(stamp.text()) if stamp is not None else ""
    copy = article.clone()
    heading_copy = copy.css_first("h3")
    if heading_copy is not None:
        heading_copy.decompose()
    author, role = _byline(copy)
    skipped = skip_embeds(copy, src.url)
    body = html_body(copy, src.url)
    body.embeds[:0] = skipped
    post = Post(post_id=head.attributes.get("id") or "", title=title, author=author, role=role, body_text=body.text)
    post.embeds, post.images, post.links = blocks.merge_embeds(body.embeds), body.images, body.links
    post.is_breaking = head.css_first(BREAKING) is not None
    post.published_text = shown or None
    # Simorgh shows "9 May 2023" for older posts: a date is no instant, so only clock or relative times are read
    # (in English, or in the service's language: "۴۱ منٹ قبل", "منذ 5 دقائق").
    if shown and (_CLOCK_OR_RELATIVE.search(shown) or service_ago(shown)):
        post.published_at = parse_time(shown, base=src.fetched_at)
    post.post_id = post.post_id or fallback_post_id(src.url, title, shown, body.text)
    return post


def _byline(article: LexborNode) -> tuple[str | None, str | None]:
    """The name and role of the post's byline box (`BYLINE`), taken out of ``article``: they are the post's author,
    not the first words of its body."""
    box = article.css_first(BYLINE)
    if box is None:
        return None, None
    name, role = (visible_text(node) or None if (node := box.css_first(part)) is not None else None
                  for part in (BYLINE_NAME, BYLINE_ROLE))  # fmt: skip
    box.decompose()
    return name, role


def skip_embeds(article: LexborNode, base_url: str | None) -> list[Embed]:
    """The embeds drawn between a skip link and the element it skips to (``<a href="#skip-twitter-content">`` …
    ``<p id="skip-twitter-content">``), taken out of ``article``: Simorgh's embed boxes carry no class or test id
    that says so, and their words ("Skip Twitter content", the fallback's notice) are in the service's language.
    The box is the skip link's nearest ancestor holding the target; its address the first external link in it."""
    embeds: list[Embed] = []
    for skip in article.css('a[href^="#"]'):
        target = (skip.attributes.get("href") or "")[1:]
        if not _ID.fullmatch(target):
            continue
        box = skip.parent
        while box is not None and box.mem_id != article.mem_id and box.css_first(f'[id="{target}"]') is None:
            box = box.parent
        if box is None or box.mem_id == article.mem_id:
            continue
        link = next((a for a in box.css("a[href]") if not (a.attributes.get("href") or "#").startswith("#")), None)
        url = join_url(base_url, link.attributes.get("href") or "") if link is not None else None
        embeds.append(Embed(kind=embed_kind(url) or "other", url=url))
        box.decompose()
    return embeds


def headline(head: LexborNode) -> str | None:
    """The first visible span of the heading that is not the time banner (the subheadline follows it)."""
    wrapper = head.css_first('[role="text"]') or head
    hidden = {n.mem_id for n in wrapper.css(HIDDEN)}
    child = wrapper.child
    while child is not None:
        if child.is_element_node and child.mem_id not in hidden and child.css_first("time") is None:
            return visible_text(child) or None
        child = child.next
    return None


def _page_number(url: str | None, default: int | None = 1) -> int | None:
    m = re.search(r"[?&]page=(\d+)", url or "")
    return int(m.group(1)) if m else default


def page_title(holder: dict[str, Any] | None, src: Source) -> str | None:
    for key in TITLE_KEYS:
        value = blocks.dig(holder, key) or blocks.dig(holder, "seo", key)
        if isinstance(value, str) and value.strip():
            return squash(value)
    if src.is_html:
        node = src.tree.css_first("h1") or src.tree.css_first("title")
        return squash(node.text()) or None if node is not None else None
    return None
