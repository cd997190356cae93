"""The HTML side of BBC WebCore live pages: used when ``window.__INITIAL_DATA__`` is missing or broken.

Markup (BBC-MARKUP.md §2.4): ``article[data-testid="content-post"]`` per post; the ``h3`` holds the title, a
visually hidden "published at 21:00 British Summer Time 7 May 2021", sometimes a timestamp and a "Breaking"
label; ``[class*="Contributor"]`` the name and role; the rest is the body (consent-gated embeds, figures with
"Image source, X" hidden labels). ``[class*="LinkPost"]`` cards are story promos ("Read More").
Classes are emotion-hashed (``ssrcss-1f39n02-VisuallyHidden``): only the semantic suffix is matched.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime
from urllib.parse import parse_qsl, unquote

from selectolax.lexbor import LexborHTMLParser, LexborNode

from scraper.clean import Body, html_body, join_url, remove_all, remove_nodes, split_url, squash, visible_text
from scraper.layouts.bbc_blocks import STREAM_ID, add_in_place, merge_embeds, roles_of, with_page
from scraper.layouts.jsonld import join_names
from scraper.models import Embed, Link, Page, PageInfo, Post, fallback_post_id
from scraper.source import Source, find_literal
from scraper.times import bare_clock, parse_time, repeated_hours_in_order

# A post's test id as the page's markup writes it: quoted, or bare as a minifier writes a value of no space (a copy
# saved by SingleFile: ``data-testid=content-post``).
POST_TESTIDS = ('data-testid="content-post"', "data-testid=content-post", "data-testid='content-post'")
POSTS = (
    'article[data-testid="content-post"]',
    '[data-testid="content-post"] article',
    'li[class*="StreamItem"] > article',
    'ol[class*="Stream"] > li > article',
    '[data-testid="content-post"]',  # 2023-24: a div, no article inside (outermost ones only: `outermost`)
)
# A page of posts with hashed classes and neither JSON nor ``data-testid`` (2021-22 WebCore): its list of articles.
HASHED = "ssrcss-"
HASHED_STREAM = ", ".join(POSTS[2:4])
HEADING = 'h3, [class*="LinkPostHeadline"], h2'
# A link card's clean headline; BBC marks it aria-hidden (the hidden "<headline>, published at …" is read out).
LINK_HEADLINE = '[class*="LinkPostHeadline"]'
HIDDEN = '[class*="VisuallyHidden"], .visually-hidden, .gs-u-vh'
TIMESTAMP = '[class*="Timestamp"], [data-testid="timestamp"], time'
# "Updated 17:12 BST 2 May" beside the time of an edited post (2025), often with a ``time[datetime]`` inside.
UPDATED = '[class*="Updated"], [data-testid*="updated"]'
_UPDATED_WORD = re.compile(r"^(?:last\s+)?updated\s*(?:at\s*)?:?\s*", re.I)
BREAKING = '[data-testid*="breaking"], [class*="BreakingNews"], [class*="BreakingLabel"]'
CONTRIBUTOR = '[class*="Contributor"]'
CONTRIBUTOR_NAME = '[class*="ContributorName"], [class*="Contributor"] [class*="Name"]'
CONTRIBUTOR_ROLE = (
    '[class*="ContributorRole"], [class*="ContributorSubtitle"], [class*="ContributorDescription"], '
    '[class*="Contributor"] [class*="Role"], [class*="Contributor"] [class*="Subtitle"]'
)
HEADING_LABELS = f'{HIDDEN}, {TIMESTAMP}, {BREAKING}, [hidden], [aria-hidden="true"]'
PROMO = '[class*="LinkPost"]'
PROMO_LINK = 'a[class*="LinkPostLink"], a[href]'
SHARE = '[class*="Share"], [data-testid*="share"]'
NOT_BODY = f'header, [class*="LinkPostHeadline"], {CONTRIBUTOR}, {TIMESTAMP}, {UPDATED}, {BREAKING}, {SHARE}'
# BBC video is drawn by script: the page holds a placeholder (and a "Media caption"), never the clip's address.
MEDIA_PLAYER = '[class*="MediaPlayer"], [data-testid*="media-player"]'
SUMMARY = '[data-testid*="summary"], [data-testid*="key-points"], [class*="SummaryPoints"], [class*="KeyPoints"]'
# Every value SUMMARY looks for holds one of these (`may_hold_summary`).
SUMMARY_WORDS = ("ummary", "key-points", "KeyPoints")
# "Page", "Pagination", "page navigation": the label names pages in some form, in any case
PAGINATION = 'nav[aria-label*="pag" i] a[href*="page="], [data-testid*="pagination"] a[href*="page="]'
PAGINATION_BOX = 'nav[aria-label*="pag" i], [data-testid*="pagination"]'
_OF_TOTAL = re.compile(r"\b(\d+)\s+of\s+(\d+)\b", re.I)  # "2 of 7", "Page 2 of 7"
TITLE = ("main h1", "h1", "title")
_SHOWN_AT = re.compile(r"(?:published|posted|updated)\s+at\s+(?P<time>.+)$", re.I)
_BY = re.compile(r"^By\s+", re.I)
_POST_PARAM = re.compile(r"[?&]post=(asset(?:%3A|:)[0-9a-f-]{36})", re.I)


def read_page(src: Source, page: Page) -> None:
    """Posts, key points and page numbers from the HTML into ``page``; malformed posts become warnings."""
    seen: set[str] = set()
    for n, article in enumerate(post_articles(src), start=1):
        post = read_post(article, src)
        if post is None:
            page.warnings.append(f"post {n} skipped: no title, time or body in {POSTS[0]}")
        else:
            page.posts = add_in_place(page.posts, post, seen)
    bare = [bare_clock(post.published_text) for post in page.posts]
    for post, at in zip(page.posts, repeated_hours_in_order([p.published_at for p in page.posts], bare), strict=True):
        post.published_at = at
    page.summary.extend(summary(src))
    page.page = page_info(src)


def post_articles(src: Source) -> list[LexborNode]:
    """The page's post elements, by the first of POSTS that finds any, none inside another."""
    return outermost(next((found for sel in POSTS if (found := src.tree.css(sel))), []))


def times_by_id(src: Source) -> dict[str, tuple[str, datetime | None]]:
    """The time each post of the HTML shows, as text and as an instant, by its urn: a stream whose posts carry no
    dates (``dates`` without ``firstPublished`` or ``curated``) is rendered with the times the HTML shows."""
    times: dict[str, tuple[str, datetime | None]] = {}
    for article in post_articles(src):
        shown = shown_time(article)
        urn = post_id(article, article.css_first(HEADING)) if shown else None
        if shown and urn:
            times.setdefault(urn, (shown, parse_time(shown, base=src.fetched_at)))
    return times


def outermost(nodes: list[LexborNode]) -> list[LexborNode]:
    """``nodes`` without those inside another of them (a post's body may hold a card marked as a post)."""
    if len(nodes) < 2:
        return nodes
    ids = {n.mem_id for n in nodes}
    kept = []
    for node in nodes:
        up = node.parent
        while up is not None and up.mem_id not in ids:
            up = up.parent
        if up is None:
            kept.append(node)
    return kept


def is_hashed_stream(src: Source) -> bool:
    """A list of posts with hashed classes (``ol.ssrcss-…-Stream > li > article``): a 2021-22 WebCore page saved
    without its JSON. The tree is read only for a page whose text names a hashed class."""
    return HASHED in src.text and src.tree.css_first(HASHED_STREAM) is not None


def read_post(article: LexborNode, src: Source) -> Post | None:
    head = article.css_first(HEADING)
    card_headline = article.css_first(LINK_HEADLINE)
    title = visible_text(card_headline) if card_headline is not None else ""
    title = title or (heading_text(head) if head is not None else "")
    shown = shown_time(article)
    body = post_body(article, src.url)
    if not (title or shown or body.paragraphs):
        return None
    post = Post(post_id="", title=title or None, body_text=body.text)
    post.embeds, post.images, post.links = merge_embeds(body.embeds), body.images, body.links
    post.published_text = shown
    post.published_at = parse_time(shown, base=src.fetched_at) if shown else None
    post.updated_at = updated_time(article, src)
    if post.updated_at == post.published_at:
        post.updated_at = None
    post.author, post.role = contributor(article)
    post.is_breaking = is_breaking(article, head)
    if article.css_first(PROMO) is not None or "LinkPost" in (article.attributes.get("class") or ""):
        make_promo(post, article, src.url)
    post.post_id = post_id(article, head) or fallback_post_id(src.url, post.title, shown, post.body_text)
    return post


def heading_text(node: LexborNode) -> str:
    """The title as a reader sees it: hidden time text, timestamps and "Breaking" labels left out."""
    labels = {n.mem_id for n in node.css(HEADING_LABELS)}
    parts: list[str] = []
    _heading_parts(node, labels, parts)
    return squash("".join(parts))


def _heading_parts(node: LexborNode, labels: set[int], parts: list[str]) -> None:
    child = node.child
    while child is not None:
        if child.tag == "-text":
            parts.append(child.text_content or "")
        elif child.is_element_node and child.mem_id not in labels and squash(child.text()).lower() != "breaking":
            _heading_parts(child, labels, parts)
        child = child.next


def shown_time(article: LexborNode) -> str | None:
    """ "21:00 British Summer Time 7 May 2021" from the hidden "published at …", else the visible timestamp."""
    for hidden in article.css(HIDDEN):
        m = _SHOWN_AT.search(squash(hidden.text()))
        if m:
            return m.group("time").strip()
    stamp = article.css_first(TIMESTAMP)
    if stamp is None:
        return None
    return squash(stamp.attributes.get("datetime") or "") or squash(stamp.text()) or None


def updated_time(article: LexborNode, src: Source) -> datetime | None:
    """When an edited post was last changed: the ``datetime`` of the time in its "Updated …" element, else that
    element's words after "Updated"."""
    node = article.css_first(UPDATED)
    if node is None:
        return None
    stamp = node if node.tag == "time" else node.css_first("time")
    shown = squash(stamp.attributes.get("datetime") or "") if stamp is not None else ""
    shown = shown or _UPDATED_WORD.sub("", visible_text(node))
    return parse_time(shown, base=src.fetched_at) if shown else None


def is_breaking(article: LexborNode, head: LexborNode | None) -> bool:
    if article.css_first(BREAKING) is not None:
        return True
    scope = head.parent if head is not None and head.parent is not None else article
    return any(squash(n.text()).lower() == "breaking" for n in scope.css("span, p, strong, div"))


def contributor(article: LexborNode) -> tuple[str | None, str | None]:
    """Name and role from the byline; several ``ContributorName`` elements (one per person) are "A, B and C" with
    `bbc_blocks.roles_of` theirs."""
    names = article.css(CONTRIBUTOR_NAME)
    if len(names) > 1:
        people = [_person(node) for node in outermost(names)]
        if len(people) > 1:
            return join_names([n for n, _ in people if n]), roles_of([r for _, r in people])
    if names:
        return _person(names[0])
    box = article.css_first(CONTRIBUTOR)
    if box is None:
        return None, None
    leaves = [t for n in box.css("p, span, strong, div") if not n.css_first("p, span, div") and (t := visible_text(n))]
    lines = leaves or [visible_text(box)]
    name = _BY.sub("", lines[0])
    return name or None, lines[1] if len(lines) > 1 else None


def _person(name_node: LexborNode) -> tuple[str | None, str | None]:
    """A contributor's name and the role beside it: in the same entry, else the element after the name."""
    name = _BY.sub("", visible_text(name_node))
    role_node = None
    entry = name_node.parent
    if entry is not None:
        role_node = entry.css_first(CONTRIBUTOR_ROLE)
    if role_node is None:  # "…-Text-TextContributorName" then a plain "…-Text": the role is the line after the name
        role_node = _next_element(name_node)
    return name or None, (visible_text(role_node) or None) if role_node is not None else None


def _next_element(node: LexborNode) -> LexborNode | None:
    sibling = node.next
    while sibling is not None and not sibling.is_element_node:
        sibling = sibling.next
    return sibling


def post_body(article: LexborNode, base_url: str | None) -> Body:
    """`clean.html_body` over a copy of the article with its heading, byline and share tools taken out."""
    copy = article.clone()
    head = copy.css_first(HEADING)
    if head is not None:
        head.decompose()
    remove_all(copy, NOT_BODY)
    players = remove_nodes(copy, [_figure_of(player, copy) for player in copy.css(MEDIA_PLAYER)])
    body = html_body(copy, base_url)
    body.embeds.extend(Embed(kind="video", url=None) for _ in range(players))
    return body


def _figure_of(player: LexborNode, article: LexborNode) -> LexborNode:
    """The figure a media player is drawn in (its "Media caption" goes with it), else the player itself."""
    node = player.parent
    while node is not None and node.mem_id != article.mem_id:
        if node.tag == "figure":
            return node
        node = node.parent
    return player


def make_promo(post: Post, article: LexborNode, base_url: str | None) -> None:
    post.kind = "promo"
    card = article.css_first(PROMO) or article
    link = next((a for a in card.css(PROMO_LINK) if not (a.attributes.get("href") or "#").startswith("#")), None)
    if link is None:
        return
    url = join_url(base_url, link.attributes.get("href") or "")
    post.links = [lk for lk in post.links if lk.url != url]
    post.links.append(Link(text=post.title or visible_text(link) or url, url=url))


def post_id(article: LexborNode, head: LexborNode | None) -> str | None:
    """The post's urn: an ``id`` like ``asset:…`` on the article, its heading or a wrapper between the article and
    its list item, else its share link."""
    for node in (article, head, *_wrappers(article)):
        value = node.attributes.get("id") if node is not None else None
        if value and value.startswith(("asset:", "urn:")):
            return value
    for a in article.css('a[href*="post="]'):
        m = _POST_PARAM.search(a.attributes.get("href") or "")
        if m:
            return unquote(m.group(1))
    return None


def _wrappers(article: LexborNode) -> Iterator[LexborNode]:
    """The article's ancestors up to its list item (``li > div#asset:… > article``), the item too; none if the
    article is in no list item within a few levels."""
    node = article.parent
    for _ in range(3):
        if node is None:
            return
        yield node
        if node.tag == "li":
            return
        node = node.parent


def summary(src: Source) -> list[Post]:
    """The key-points box as one post of kind ``summary``, one bullet a line."""
    return summary_of(summary_box(src.tree), src)


def summary_box(tree: LexborHTMLParser) -> LexborNode | None:
    return tree.css_first(SUMMARY)


def may_hold_summary(text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether the tree of ``text[start:end]`` may hold an element matching SUMMARY: False only when no value
    SUMMARY looks for is written there, nor any numeric character reference that could spell one (Lexbor matches
    those values case-sensitively; no named reference stands for a letter or "-" of them). A query for a box
    that is not there walks the whole tree once for each of SUMMARY's four parts, each a substring test."""
    if any(text.find(word, start, end) >= 0 for word in SUMMARY_WORDS):
        return True
    return find_literal(text, "&#", "&", start, end, tries=256) >= 0  # "&" one by one: "&#" is slow to look for


def summary_of(box: LexborNode | None, src: Source) -> list[Post]:
    """`summary` of the key-points box found (None: no box)."""
    if box is None:
        return []
    lines = [text for li in box.css("li") if (text := visible_text(li))]
    if not lines:
        return []
    head = box.css_first("h2, h3")
    title = visible_text(head) if head is not None else None
    body = "\n".join(lines)
    return [Post(post_id=fallback_post_id(src.url, "summary", None, body), title=title or None,
                 kind="summary", body_text=body)]  # fmt: skip


def page_info(src: Source) -> PageInfo:
    """Page N from the URL, the total from the pagination links; neighbours as ``?page=N``."""
    current = _page_param(src.url) or 1
    numbers = [n for a in src.tree.css(PAGINATION) if (n := _page_param(a.attributes.get("href")))]
    info = PageInfo(number=current, total=max([current, *numbers]) if numbers else None)
    stated = _stated_total(src.tree, current)
    if stated is not None:
        info.total = max(stated, info.total or 0)
    if src.url:
        if info.total is not None and current < info.total:
            info.next_url = with_page(src.url, current + 1)
        if current > 1:
            info.prev_url = with_page(src.url, current - 1)
    return info


def _stated_total(tree: LexborHTMLParser, current: int) -> int | None:
    """The total a pagination box states in words ("2 of 7"), when its first number is this page's; the links
    may name only the neighbours."""
    box = tree.css_first(PAGINATION_BOX)
    m = _OF_TOTAL.search(squash(box.text(separator=" "))) if box is not None else None
    return int(m.group(2)) if m and int(m.group(1)) == current else None


def _page_param(url: str | None) -> int | None:
    if not url:
        return None
    value = dict(parse_qsl(split_url(url).query)).get("page", "")
    return int(value) if value.isdigit() else None


def stream_id(src: Source) -> str | None:
    m = STREAM_ID.search(src.text) if src.is_html else None
    return m.group(1) if m else None
