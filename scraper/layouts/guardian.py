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
- DCR's YouTube player (a poster and a play button until clicked: no iframe, no link) is a youtube embed whose
  address is the island's ``assetId``; its figure is no image (its caption is the clip's title).
- Key events (``is-key-event``) are ordinary posts; ``is-summary`` blocks are kind "summary" (``Page.summary``).
- A block with neither title nor body (e.g. cut off by a truncated download) is skipped with a warning.
- Pages run newest first: ``next_url`` is the older page (DCR "Next", old frontend "older", ``rel="next"``),
  ``prev_url`` the newer one; the "2 of 5" position gives ``number`` and ``total``.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Container, Iterator, Sequence
from datetime import UTC, datetime
from itertools import chain
from operator import itemgetter
from typing import NamedTuple

from selectolax.lexbor import LexborHTMLParser, LexborNode

from scraper.clean import (
    BOILERPLATE_HEADS,
    INLINE_TAGS,
    Body,
    PageQueries,
    _embed,
    _embed_attrs,
    _flush_run,
    _hidden_match,
    _holder,
    _image,
    _image_src,
    _inline_element,
    _text_figure,
    _walk,
    _walk_block,
    _within,
    add_image,
    classify_line,
    embed_kind,
    html_body,
    image_caption,
    join_url,
    know_attributes,
    plain_absolute,
    remove_all,
    split_credit,
    split_url,
    squash,
    tag_ids,
    visible_text,
)
from scraper.errors import ParseError
from scraper.layouts.bbc_blocks import canonical_embed_url
from scraper.layouts.jsonld import html_title, join_names, rel_link
from scraper.models import Embed, Image, Link, Page, PageInfo, Post
from scraper.source import Source, find_literal
from scraper.times import UPDATED_AT, clock_after, parse_iso

NAME = "guardian"

GUARDIAN_HOSTS = ("theguardian.com", "guardian.co.uk")
SITE_MARKERS = (
    'meta[property="og:site_name"][content*="guardian" i], link[rel="canonical"][href*="theguardian.com"], '
    'meta[property="al:ios:url"][content^="gnmguardian:"], '
    'a[href*="page=with:block-"]'  # a block's permalink: a copy whose address and head are an archive's
)
DCR_BLOCK = 'article[id^="block-"]'
BLOCK = (
    f'{DCR_BLOCK}, [itemprop~="liveBlogUpdate"][id^="block-"], '
    '[itemprop~="articleBody"][id^="block-"]'  # older pages: the block is the articleBody itself
)
OLD_BLOCK = 'div.block[id^="block-"]'  # the old frontend's block when the page carries no microdata
# BLOCK's other parts (and a part of SCAN_STOPS) match only an element with an itemprop attribute: on a page
# without one (DCR) the one part left is queried, one walk of the page for Lexbor instead of three.
MICRODATA = "[itemprop]"
PINNED_BLOCK = '#pinned-post article, [data-gu-name="pinned-post"] article'
# The block's permalink: ``?page=with:block-…``, or ``?filterKeyEvents=true&page=with:block-…`` on the key-events-only
# view, where the filter comes first in the query.
PERMALINK = 'a[href*="page=with:block-"]'
PUBLISHED_TIME = "header time, .published-time time"
UPDATED_TIME = "footer time[datetime], .updated-time time[datetime]"
# The old frontend's stamp line(s) of a block: its published time, and any "Updated at …" beside or under it.
OLD_STAMP_LINE = ".block-time"
TITLE = "header h2, h2.block-title"
BYLINE_NAME = ".block-byline__name, [itemprop~='author'] [itemprop~='name']"
AMP_BYLINE = ".block-byline"  # an AMP block's byline, the name its text (`_amp_item`)
AMP_IMAGE = "figure amp-img"  # an AMP figure's picture (`_amp_item`)
AMP_TWEET = "figure > amp-twitter[data-tweetid]"  # an AMP figure's tweet, drawn from its id (`_amp_tweet_addresses`)
FRAME = "iframe[src], iframe[data-src]"  # a figure's embed frame, a chart's (`_frame_badges`)
OLD_BODY = '[itemprop~="articleBody"], .block-elements'
# A rich-link promo ("Related: …"): the old frontend's `.element-rich-link`, DCR's `aside` or, now, the `figure`
# every DCR body element is wrapped in, its role telling it (RICH_FIGURE; it holds `[data-component="rich-link"]`).
RICH_FIGURE = 'figure[data-spacefinder-role="richLink"]'
RICH_PARTS = f'aside[data-spacefinder-role="richLink"], {RICH_FIGURE}, .element-rich-link'
NOT_BODY = f"header, footer, .block-time, .block-title, .block-byline, .block-share, .block-footer, {RICH_PARTS}"
RICH_LINK = ", ".join(f"{part} a[href]" for part in RICH_PARTS.split(", "))
CANONICAL_EMBED = "figure[data-canonical-url]"  # old frontend: the tweet/video address on the figure itself
EMBED_FIGURE_INSIDE = (
    "blockquote.twitter-tweet, blockquote.instagram-media, blockquote.tiktok-embed, iframe[src], iframe[data-src], "
    '.element-tweet, .tweet-container, [data-component^="click-to-view"]'
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

# How the tweet widget signs a quote: a dash, the account's name and its handle in brackets.
_TWEET_SIGNATURE = re.compile(r"[—–-]\s*[^()\n]{1,80}\(@\w{1,15}\)")
_POSITION = re.compile(r"\b(\d+)\s+of\s+(\d+)\b")
_CLOCK_IN_TEXT = re.compile(r"\d[.:]\d\d")  # "08.10", "8.48am", "14:05": a shown clock, not a date alone
_NEXT_LABELS = ("next", "older", "older posts", "older page")
_PREV_LABELS = ("previous", "prev", "newer", "newer posts", "newer page")


TEXT_ID, COMMENT_ID, P_ID, FIGURE_ID, A_ID, H2_ID, TIME_ID, SPAN_ID, IMG_ID, DIV_ID, HEADER_ID, BLOCKQUOTE_ID = tag_ids(
    "-text", "-comment", "p", "figure", "a", "h2", "time", "span", "img", "div", "header", "blockquote"
)
(FIGCAPTION_ID,) = tag_ids("figcaption")


def detect(src: Source) -> bool:
    """A theguardian.com ``/live/`` address, or a Guardian page (address or site markers) holding blocks."""
    if not src.is_html:
        return False
    tree = src.tree
    address = split_url(src.url or rel_link(tree, "canonical", None) or "")
    on_guardian = _on_guardian(address.hostname)
    if on_guardian and "/live/" in address.path:
        return True  # a Guardian live blog even with no blocks: that is a ParseError, not an unknown page
    if not (on_guardian or tree.css_first(SITE_MARKERS) is not None):
        return False
    return tree.css_first(BLOCK) is not None or tree.css_first(OLD_BLOCK) is not None


def detect_address(src: Source) -> bool:
    """An HTML page given at a theguardian.com ``/live/`` address: a Guardian live blog by its address alone (what
    `detect` says of it first), asked before the families whose markers cost a walk of the page (BBC LX)."""
    if src.url is None or not src.is_html:
        return False
    address = split_url(src.url)
    return "/live/" in address.path and _on_guardian(address.hostname)


def _on_guardian(hostname: str | None) -> bool:
    return (hostname or "").lower().endswith(GUARDIAN_HOSTS)


def parse(src: Source) -> Page:
    tree = src.tree
    know_attributes(tree, ATTRIBUTE_NAMES)  # the page's walks then ask an element for a name the page never writes
    page_url = src.url or rel_link(tree, "canonical", None)
    page = Page(url=page_url, layout=NAME, title=html_title(tree), fetched_at=src.fetched_at)
    # (most pages: no quote to look at, no AMP element; "(@" looked for by its "(", which pages seldom hold: a whole
    # search for two characters costs ~0.47M instructions; the AMP elements' common start looked for once)
    if find_literal(src.text, "(@", "(") >= 0 and "/status/" in src.text:
        _class_bare_tweets(tree)
    if "<amp-" in src.text:
        _amp_copy(src)
    classed = tree.css(CLASSED)  # read for the page marks and the scan's stops alike
    marks = _page_marks(tree, classed)
    page.page = _page_info(tree, page_url, marks)
    microdata = marks.microdata if marks is not None else tree.css_first(MICRODATA) is not None
    blocks = tree.css(BLOCK if microdata else DCR_BLOCK)
    if not blocks:  # the old frontend without microdata: its blocks are `div.block`, read as the microdata ones
        blocks, microdata = tree.css(OLD_BLOCK), True
    if not blocks:
        raise ParseError(f"Guardian live blog with no blocks (looked for {BLOCK})", source=src.name, selector=BLOCK)
    holding = _holding(blocks)
    pinned = holding.pinned if holding is not None else {node.mem_id for node in tree.css(PINNED_BLOCK)}
    # The blocks kept and their attributes side by side: no tuple a block (each one more object the young
    # generation's collections carry to the end of the parse). Each block's attributes read once: its id here, its
    # class in `_post`.
    kept, kept_attrs = blocks, [block.attributes for block in blocks]
    if pinned or len({attrs.get("id") or "" for attrs in kept_attrs}) < len(blocks):  # one pinned, or an id twice
        kept, kept_attrs = _kept(blocks, kept_attrs, pinned)
    # The blocks read without the queries (their nodes let go once read: fewer young-generation collections).
    blocks_read = None
    if holding is not None and not holding.nested:  # else neither `_read_plain` nor `_scan_page` reads the page
        found = tree.css(f".{BODY_CLASS}")  # the blocks' bodies, where they read them
        if kept is blocks and not microdata:
            blocks_read = _read_plain(tree, blocks, kept_attrs, holding, classed, found, page_url)
        if blocks_read is None:
            blocks_read = _read_scanned(tree, blocks, kept, kept_attrs, page_url, microdata=microdata,
                                        holding=holding, classed=classed, found=found)  # fmt: skip
        del found
    if blocks_read is not None:
        scans, bodies, pending = blocks_read
        del blocks_read
        # The titles, authors and shown times read (none made a line yet), each kind joined by one C-level pass.
        read = ["\x1f".join(filter(None, map(field, scans))) for field in _SCAN_TEXTS]
        lines = "\x1f".join(chain.from_iterable(pending.texts))
        read.append(lines)
        plain = _plain_text("\x1f".join(read))  # one look at them all
        base = _plain_base(page_url)
        if plain and _each_its_line(lines):
            for paragraphs, texts in zip(pending.paragraphs, pending.texts, strict=True):
                paragraphs += texts
        else:
            for paragraphs, texts in zip(pending.paragraphs, pending.texts, strict=True):
                _add_plain(texts, paragraphs, plain=plain)
        del pending  # its lists of texts, let go before the posts are made (fewer young-generation collections)
        if plain:  # `_final` of each text: only stripped
            posts = [
                _make_post(attrs, page_url, title and title.strip() or None, iso, href, None,
                           shown and shown.strip() or None, author and author.strip() or None, body, base)
                for (title, iso, href, author, shown), body, attrs in zip(scans, bodies, kept_attrs, strict=True)
            ]  # fmt: skip # no updated time: a block with a footer is not scanned
        else:
            posts = [
                _make_post(attrs, page_url, _final(title, plain=plain), iso, href, None, _final(shown, plain=plain),
                           _final(author, plain=plain), body, base)
                for (title, iso, href, author, shown), body, attrs in zip(scans, bodies, kept_attrs, strict=True)
            ]  # fmt: skip
    else:
        q = PageQueries(tree, blocks, BLOCK_QUERIES)
        posts = [_post(q, block, attrs, page_url) for block, attrs in zip(kept, kept_attrs, strict=True)]
    for post, block, attrs in zip(posts, kept, kept_attrs, strict=True):
        if post is not None and "data-sort-time" in attrs:
            _amp_item(post, block, attrs, page_url)
        if post is None:
            page.warnings.append(f"{attrs.get('id') or ''}: block has neither title nor body (cut off?); skipped")
        elif post.kind == "summary":
            page.summary.append(post)
        else:
            page.posts.append(post)
    return page


def _class_bare_tweets(tree: LexborHTMLParser) -> None:
    """Give back the ``twitter-tweet`` class a copy stripped from a tweet's quote (archive.today's, which writes the
    page's styles inline and drops its classes), so that it reads as the embed it is, not as a quote whose date is
    a link: a ``blockquote`` with no class, signed as the tweet widget signs ("— Blackpool Council (@BlackpoolCncl)")
    and linking to a post's status address (an archive's rewritten link read as the address it holds)."""
    # ``tree.css("blockquote:not([class])")``: the quotes by tag, their attributes read in Python (half the walk)
    for quote in [quote for quote in tree.tags("blockquote") if "class" not in quote.attributes]:
        if _TWEET_SIGNATURE.search(quote.text()) and any(
            "/status/" in (held := join_url(None, link.attributes.get("href") or "")) and embed_kind(held) == "twitter"
            for link in quote.css("a[href]")
        ):
            quote.attrs["class"] = "twitter-tweet"


def _amp_copy(src: Source) -> None:
    """Make a Google AMP copy's tweets, loose pictures and rich-link cards read as a page's do."""
    tree = src.tree
    if "<amp-twitter" in src.text:
        _amp_tweet_addresses(tree)
    if "<amp-img" in src.text:
        _amp_loose_pictures(tree)
    if "<amp-live-list" in src.text and "<aside" in src.text:
        _amp_rich_links(tree)


def _amp_tweet_addresses(tree: LexborHTMLParser) -> None:
    """Give an AMP copy's tweet figure whose ``amp-twitter`` holds no quote its status address: AMP draws the tweet
    from its ``data-tweetid`` alone (the quote inside is a placeholder a page may leave out), so the figure carries
    the address as ``data-canonical-url``, as an old-frontend tweet figure does, and reads as that embed."""
    for tweet in tree.css(AMP_TWEET):
        figure, tweet_id = tweet.parent, (tweet.attributes.get("data-tweetid") or "").strip()
        if figure is None or not tweet_id.isdigit() or tweet.css_first("blockquote") is not None:
            continue
        if not figure.attributes.get("data-canonical-url"):
            figure.attrs["data-canonical-url"] = f"https://twitter.com/i/web/status/{tweet_id}"


def _amp_loose_pictures(tree: LexborHTMLParser) -> None:
    """Give an AMP copy's ``amp-img`` outside any figure (a picture a block puts in a paragraph of its own) the
    ``img`` AMP draws in its place, with its address and alt, so that it reads as the picture a page's ``img`` is;
    a figure's are read by `_amp_item`."""
    for picture in tree.css("amp-img[src]"):
        if picture.css_first("img") is not None or _in_figure(picture):
            continue
        image = tree.create_node("img")
        image.attrs["src"] = picture.attributes.get("src") or ""
        image.attrs["alt"] = picture.attributes.get("alt") or ""
        picture.insert_child(image)


def _amp_rich_links(tree: LexborHTMLParser) -> None:
    """Give an AMP copy's rich-link card the role a page's has (``data-spacefinder-role="richLink"``), so that it
    reads as the promo it is, a link out of the body: AMP writes the card as an ``aside`` of one link and nothing
    else, its classes hashed and its "More on this topic" drawn by the style sheet (a pull quote's ``aside`` holds
    a quote, not a link alone)."""
    for aside in tree.css("aside:not([data-spacefinder-role])"):
        links = aside.css("a[href]")
        if len(links) == 1 and (text := visible_text(aside)) and text == visible_text(links[0]):
            aside.attrs["data-spacefinder-role"] = "richLink"


def _in_figure(node: LexborNode) -> bool:
    parent = node.parent
    while parent is not None:
        if parent.tag == "figure":
            return True
        parent = parent.parent
    return False


def _amp_item(post: Post, block: LexborNode, attrs: dict[str, str | None], page_url: str | None) -> None:
    """What a Google AMP copy's block (amp.theguardian.com, an ``amp-live-list`` item) gives where a page's would
    have its time, byline and pictures: its ``data-sort-time`` (milliseconds since the epoch, which AMP asks of every
    item) is when it was published, its stamp line showing the clock alone ("12.46 BST", no ``time[datetime]``);
    its byline is a ``.block-byline`` of the name as text, with no ``.block-byline__name`` inside; its figures hold
    an ``amp-img`` (the picture's address and alt) where a page's hold an ``img``, one a figure read."""
    if post.published_at is None and (stamp := (attrs.get("data-sort-time") or "").strip()).isdigit():
        post.published_at = datetime.fromtimestamp(int(stamp) / 1000, UTC)
        if post.published_text is None and (line := block.css_first(OLD_STAMP_LINE)) is not None:
            post.published_text = visible_text(line) or None
    if post.author is None and (byline := block.css_first(AMP_BYLINE)) is not None:
        post.author = visible_text(byline) or None
    pictures = block.css(AMP_IMAGE) if post.images else []
    if len(pictures) == len(post.images):
        for image, picture in zip(post.images, pictures, strict=True):
            source = picture.attributes.get("src")
            image.src = image.src or (join_url(page_url, source) if source else None)
            image.alt = image.alt or squash(picture.attributes.get("alt")) or None


def _kept(
    blocks: list[LexborNode], attrs_of: list[dict[str, str | None]], pinned: set[int]
) -> tuple[list[LexborNode], list[dict[str, str | None]]]:
    """The blocks that are not pinned copies, each id once, with their attributes (``attrs_of``: each block's).

    Of an id's copies the one kept is the stream's: the copy whose parent holds the most blocks (the first of
    those). A copy elsewhere repeats it over the stream, as an old-frontend page's pinned block does, and would
    put the post out of its place."""
    holding = Counter(map(_parent_id, blocks))
    chosen: dict[str, int] = {}  # each id's copy kept, by its index in ``blocks``
    for i, (block, attrs) in enumerate(zip(blocks, attrs_of, strict=True)):
        if pinned and block.mem_id in pinned:
            continue
        block_id = attrs.get("id") or ""
        first = chosen.get(block_id)
        if first is None or holding[_parent_id(block)] > holding[_parent_id(blocks[first])]:
            chosen[block_id] = i
    order = sorted(chosen.values())
    return [blocks[i] for i in order], [attrs_of[i] for i in order]


def _parent_id(node: LexborNode) -> int | None:
    parent = node.parent
    return parent.mem_id if parent is not None else None


class _Parts(NamedTuple):
    """What a block gives besides its body (each the first match of its selector in the block)."""

    title: LexborNode | None  # TITLE
    time: LexborNode | None  # PUBLISHED_TIME
    permalink: LexborNode | None  # PERMALINK
    updated: LexborNode | None  # UPDATED_TIME
    header: LexborNode | None  # HEADER
    bylines: list[LexborNode]  # every BYLINE_NAME


# A block's header read by `_scan_page` or `_read_plain`: the text of TITLE, which `_final` makes the title; the
# stripped datetime of PUBLISHED_TIME, "" when none; PERMALINK's href; the texts `_final` makes the author and the
# shown time. A plain tuple: a NamedTuple's ``__new__`` costs ~3 µs more a block.
_Scan = tuple[str | None, str, str, str | None, str | None]
# A block's body as `_scan_page` finds it: its root and the figures in it holding an embed (`_open_body` opens them).
_Opening = tuple[LexborNode, Sequence[LexborNode]]
# The blocks read without the page's queries: their headers, their bodies, and the plain paragraphs `_open_body` left to
# `_add_plain` with the body's paragraphs each is for.
_Read = tuple[list[_Scan], list[Body], "_Pending"]
_SCAN_TEXTS = (itemgetter(0), itemgetter(3), itemgetter(4))  # a `_Scan`'s texts `_final` makes lines


def _parts(q: PageQueries, block: LexborNode) -> _Parts:
    return _Parts(
        q.first(block, TITLE),
        q.first(block, PUBLISHED_TIME),
        q.first(block, PERMALINK),
        q.first(block, UPDATED_TIME),
        q.first(block, HEADER),
        q.all(block, BYLINE_NAME),
    )


def _post(q: PageQueries, block: LexborNode, attrs: dict[str, str | None], page_url: str | None) -> Post | None:
    """A block's post from the page's queries."""
    parts = _parts(q, block)
    title = _text(parts.title)
    # Everything else the block gives is read before its body, which may unwrap embed figures in place.
    time_node = parts.time
    iso = (time_node.attributes.get("datetime") or "").strip() if time_node is not None else ""
    permalink = parts.permalink
    href = permalink.attributes.get("href") or "" if permalink is not None else None
    updated = parts.updated
    updated_at = parse_iso(updated.attributes.get("datetime")) if updated is not None else _stamped_update(block, iso)
    shown = _shown_time(permalink, time_node)
    author = _author(parts.header, parts.bylines, block)
    body = _body(q, block, page_url)
    return _make_post(attrs, page_url, title, iso, href, updated_at, shown, author, body)


def _stamped_update(block: LexborNode, iso: str) -> datetime | None:
    """The update a block shows as text alone ("Updated at 03.20 BST", no ``time[datetime]``) in its footer, or in
    the old frontend's stamp line beside its published time ("Updated at 5.34am BST"): its clock on the day the
    block was published (the day after when it reads earlier). None without such a line."""
    if not iso:
        return None
    footer = next((child for child in block.iter() if child.tag == "footer"), None)
    for holder in [footer] if footer is not None else block.css(OLD_STAMP_LINE):
        for line in holder.text(separator="\n").split("\n"):
            if m := UPDATED_AT.match(squash(line)):
                return clock_after(m.group("time"), parse_iso(iso))
    return None


def _make_post(
    attrs: dict[str, str | None],
    page_url: str | None,
    title: str | None,
    iso: str,
    href: str | None,
    updated_at: datetime | None,
    shown: str | None,
    author: str | None,
    body: Body,
    base: str | None = None,
) -> Post | None:
    """The post of a block read (None when it has neither title nor body; ``base``: `_plain_base` of the page's
    address, for `_permalink_url`)."""
    images = body.images
    if not title and not body.paragraphs and not body.embeds and not images:
        return None
    # Its fields in their order (POST_FIELDS, tested): a call by keyword costs twice as much.
    return Post(
        attrs.get("id") or "",  # post_id
        title,
        _permalink_url(base, page_url, href) if href is not None else None,  # url
        parse_iso(iso),  # published_at
        shown or iso or None,  # published_text
        updated_at,
        author,
        None,  # role
        "summary" if (cls := attrs.get("class")) and SUMMARY_CLASS in cls and SUMMARY_CLASS in cls.split() else "post",
        False,  # is_breaking
        "\n".join(body.paragraphs),  # body_text (Body.text)
        _untracked(body.embeds) if body.embeds else body.embeds,  # the body's own empty list
        [_split_credit(image) for image in images] if images else images,  # the body's own empty list
        body.links,
    )


def _untracked(embeds: list[Embed]) -> list[Embed]:
    """The embeds with their addresses' share-tracking queries dropped (``?ref_src=twsrc%5Etfw``), as on BBC pages:
    one post is one address however it was shared. Most addresses hold no query: those are left as they are."""
    for embed in embeds:
        if embed.url and "?" in embed.url:
            return [Embed(e.kind, canonical_embed_url(e.url)) if e.url and "?" in e.url else e for e in embeds]
    return embeds


def _plain_base(page_url: str | None) -> str | None:
    """``page_url`` when `join_url` gives it back as it is and it holds no query or fragment, else None."""
    return page_url if page_url and plain_absolute(page_url) and "?" not in page_url and "#" not in page_url else None


def _permalink_url(base: str | None, page_url: str | None, href: str) -> str:
    """``join_url(page_url, href)``; ``href`` itself, without `plain_absolute`'s scans of the page's part, when it is
    ``base`` (`_plain_base`) and then a query or fragment that keeps it plain: no tab, CR or LF, and neither an
    empty query before the first "#" nor an empty fragment after it (the first "?" and "#" are the ones after
    ``base``, which holds none)."""
    if base is not None and href.startswith(base):
        # Read in place, no part cut out: ``base`` holds no tab, CR, LF, "?" or "#" (`plain_absolute`, `_plain_base`).
        size, end = len(base), len(href) - 1
        if end > size and ((mark := href[size]) == "?" or mark == "#"):
            # -1, or the first "#" (after ``base``, which holds none): neither last (an empty fragment) nor after a
            # lone "?"; looked for without a start, which str.find reads by its slower way of parsing arguments
            hashed = href.find("#")
            if hashed != end and hashed != size + 1 and "\t" not in href and "\r" not in href and "\n" not in href:
                return href
    return join_url(page_url, href)


# The fields of `Post` in the order `_make_post` gives them.
POST_FIELDS = ("post_id", "title", "url", "published_at", "published_text", "updated_at", "author", "role", "kind",
               "is_breaking", "body_text", "embeds", "images", "links", "entities")  # fmt: skip


def _text(node: LexborNode | None) -> str | None:
    return (visible_text(node) or None) if node is not None else None


def _shown_time(permalink: LexborNode | None, time_node: LexborNode | None) -> str | None:
    """The clock the page shows: the time's own text ("4.45am BST", old frontend) unless relative ("3h ago"),
    else the span beside it (DCR's ``<span>14.05 BST</span>``)."""
    shown = _clock(time_node)
    if shown is None and permalink is not None:
        for span in permalink.traverse():  # `tagged(permalink, "span")`, stopping at the first shown
            if span.tag == "span" and (shown := _beside(span)):
                break
    return shown


def _clock(time_node: LexborNode | None) -> str | None:
    """The time's own text when it is a clock ("4.45am BST": not relative, "3h ago", nor a date, "2 May 2024")."""
    text = _text(time_node)
    return text if text and not text.lower().endswith("ago") and _CLOCK_IN_TEXT.search(text) else None


def _beside(span: LexborNode) -> str | None:
    """The shown text of a span of the permalink, unless it is the time's own, or holds the time (DCR's
    ``<span><gu-island name="RelativeTime"><time>``): None when it shows none."""
    parent = span.parent
    if (parent is not None and parent.tag == "time") or _holds_time(span):
        return None
    return visible_text(span) or None


def _holds_time(node: LexborNode) -> bool:
    return any(inner.tag == "time" for inner in node.traverse())


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


def _changes(q: PageQueries, block: LexborNode, root: LexborNode) -> tuple[bool, bool, list[LexborNode], bool]:
    """What `_body` has to do to ``root``: remove NOT_BODY parts, take out canonical embeds, open embed figures
    (the figures, in document order), take out YouTube players (`_youtube_atom`).

    Told from the page's matches: a step with nothing to do is skipped, and with none the body is read in place.
    (Removing parts only takes nodes away, so it never gives the later steps something to do.) Whether a figure
    holds an embed does not change as others are unwrapped: its descendants stay its descendants.
    """
    remove = any(node.mem_id != root.mem_id for node in q.all(block, NOT_BODY, root))
    canonical = q.first(block, CANONICAL_EMBED, root) is not None
    figures = []
    players = False
    for figure in q.all(block, FIGURE, root):
        if q.first(block, EMBED_FIGURE_INSIDE, figure) is not None or "element-tweet" in (
            figure.attributes.get("class") or ""
        ):
            figures.append(figure)
        elif not players and figure.mem_id != root.mem_id and _youtube_atom(figure) is not None:
            players = True
    return remove, canonical, figures, players


def _body(q: PageQueries, block: LexborNode, page_url: str | None) -> Body:
    """The elements after the header, without footer, share row and rich-link promos; embeds unwrapped.

    Read last of a block: opening embed figures is done in place when that is all there is to do (it only moves
    nodes inside this block, and the page's blocks are apart: ``q.bucketed``); anything else works on a copy.
    """
    root = q.first(block, OLD_BODY) or block
    remove, canonical, figures, players = _changes(q, block, root)
    placeholders = any(_tweet_placeholders(figure) or _frame_badges(figure) for figure in figures)  # a copy is made
    if not (remove or canonical or players or placeholders) and (not figures or q.bucketed):  # no copy to make
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
        if url:  # an interactive (a results map) or audio too: an embed of its own address, not an empty image
            embeds.append(Embed(kind=embed_kind(url) or "other", url=url))
            figure.decompose()
    for figure in root.css(FIGURE) if players else ():
        if figure.mem_id != root.mem_id and (player := _youtube_atom(figure)) is not None:
            embeds.append(player)
            figure.decompose()
    if figures:
        _open_embed_figures(root)
    body = html_body(root, page_url)
    body.embeds = embeds + body.embeds
    body.links += _rich_links(q, block, page_url)
    return body


# `_scan_page` reads a page's blocks without the queries (a dozen selectors over the page, each match grouped by
# the block holding it) when it can tell what they would find: each block with one header, its first element,
# holding the title h2, the time and the permalink, and one `.block-elements` child as its body, whose figures
# are plain or hold an embed blockquote; nothing else in a block (or above one) that a BLOCK_QUERIES selector
# names (SCAN_STOPS, plus svg and math). The page's matches are told by Lexbor itself (in a quirks-mode page
# classes match in any case, as in the queries); otherwise the page is read by the queries.
_NAMED_CLASSES = frozenset(re.findall(r"\.([\w-]+)", ", ".join(BLOCK_QUERIES)))
BODY_CLASS = "block-elements"
EMBED_QUOTES = "blockquote:is(.twitter-tweet, .instagram-media, .tiktok-embed)"  # one walk, not one a class
_READ_CLASSES = {BODY_CLASS, *re.findall(r"\.([\w-]+)", EMBED_QUOTES)}
# The classes BLOCK_QUERIES names (but the ones `_scan_page` reads) by four substrings in any case: each part of a
# list is one more walk of the page for Lexbor, and a class attribute holding none of them holds none of the classes
# (tested); a class attribute that is exactly a read class is let through.
STOP_CLASSES = (
    f'[class*="block-" i]:not([class="{BODY_CLASS}"])', '[class*="tweet" i]:not([class="twitter-tweet"])',
    '[class*="-time" i]', '[class*="rich-link" i]',
)  # fmt: skip
# An attribute's part names its tag, as the query does (CANONICAL_EMBED): Lexbor tests the attribute of those alone.
STOP_TAGS = ("footer", "aside", "iframe", "svg", "math")
SCAN_STOPS_PLAIN = ", ".join((*STOP_TAGS, CANONICAL_EMBED, RICH_FIGURE, *STOP_CLASSES))
SCAN_STOPS = f"{SCAN_STOPS_PLAIN}, {MICRODATA}"  # SCAN_STOPS_PLAIN on a page without microdata
# SCAN_STOPS's tags and attributes by one query (a walk of the page a part): in time, a third cheaper than a
# ``tree.tags`` walk a tag, though it takes more instructions (160 vs 216 µs on the benchmark page, best of 200).
STOP_PARTS = ", ".join((*STOP_TAGS, CANONICAL_EMBED, RICH_FIGURE))
# `_read_plain` tells STOP_PARTS's elements (and a header, a figure) are not in the blocks by reading the blocks,
# without those walks: a block whose every element it reads or finds none of these tags in (nor above one).
UNREAD_TAGS = (*STOP_TAGS, HEADER, FIGURE)
_UNREAD_IDS = frozenset(
    node.tag_id
    for node in LexborHTMLParser("".join(f"<{tag}></{tag}>" for tag in UNREAD_TAGS)).body.iter()  # type: ignore[union-attr]
)
# EMBED_QUOTES's classes: a quote whose class attribute is one of them alone is one it finds, in any mode.
_QUOTE_CLASSES = frozenset(re.findall(r"\.([\w-]+)", EMBED_QUOTES))
STOP_PARTS_MICRODATA = f"{STOP_PARTS}, {MICRODATA}"
# `_stops` finds what SCAN_STOPS finds with fewer walks of the page: its tags and attributes by STOP_PARTS, and its
# four class parts by one part finding every element whose class attribute is none of
# the ones a plain page holds (a page of those finds none), whose class is then read (its lowered text holding a
# STOP_WORDS word: what the parts match, ASCII letters in any case). Past _CLASSED_MOST such elements reading them
# costs more than the four parts: those are queried instead.
STOP_WORDS = ("block-", "tweet", "-time", "rich-link")
CLASSED = f'[class]:not([class="block"]):not([class="{BODY_CLASS}"]):not([class="twitter-tweet"])'
_CLASSED_MOST = 64
PERMALINK_HREF = "page=with:block-"  # PERMALINK's href part


PINNED_NAME = "pinned-post"  # PINNED_BLOCK's id and data-gu-name


class _Holding(NamedTuple):
    """The elements holding a page's blocks, read by one walk up from each block (`_holding`)."""

    block_ids: set[int]  # the blocks' mem_ids
    above: dict[int, bool]  # each element holding a block: whether it is (or is inside) a pinned-post container
    pinned: set[int]  # the blocks PINNED_BLOCK matches
    nested: bool  # whether a block holds another
    marked_above: bool  # whether an element holding a block is one of UNREAD_TAGS (`_read_plain` then gives up)


def _holding(blocks: list[LexborNode]) -> _Holding | None:
    """The blocks' holders, each element read once; None when an id tells a pinned container otherwise in a
    quirks-mode page, where Lexbor matches an id in any case (``PINNED-Post``)."""
    block_ids = {block.mem_id for block in blocks}
    above: dict[int, bool] = {}
    pinned: set[int] = set()
    nested = marked_above = False
    for block in blocks:
        up = block.parent
        if up is not None and (key := up.mem_id) in above:
            inside = above[key]  # a parent read before (most blocks share one): nothing new on the way up
        else:
            passed: list[tuple[int, LexborNode]] = []
            while up is not None and (key := up.mem_id) not in above:
                passed.append((key, up))
                up = up.parent
            inside = above[key] if up is not None else False
            for key, node in reversed(passed):  # from the top down: an element inside a container is in it
                if key in block_ids:
                    nested = True
                if node.tag_id in _UNREAD_IDS:
                    marked_above = True
                if not inside:
                    attrs = node.attributes
                    ident = attrs.get("id")
                    if ident == PINNED_NAME or attrs.get("data-gu-name") == PINNED_NAME:
                        inside = True
                    elif ident is not None and ident.lower() == PINNED_NAME:
                        return None
                above[key] = inside
        if inside and block.tag == "article":  # `inside` is now the block's parent's
            pinned.add(block.mem_id)
    return _Holding(block_ids, above, pinned, nested, marked_above)


def _scan_page(
    tree: LexborHTMLParser,
    blocks: list[LexborNode],
    kept: list[LexborNode],
    kept_attrs: list[dict[str, str | None]],
    *,
    microdata: bool = True,
    holding: _Holding | None = None,
    classed: list[LexborNode] | None = None,
    found: list[LexborNode] | None = None,
) -> tuple[list[_Scan], list[_Opening]] | None:
    """What the queries would find in each of ``kept`` (some of ``blocks``, the page's, with ``kept_attrs`` their
    attributes),
    or None when the page is not one `_scan_page` can read (``microdata``: whether an element of the page has an
    itemprop attribute; ``holding``: `_holding` of the blocks, ``classed``: CLASSED's elements, ``found``:
    BODY_CLASS's, when read)."""
    holding = _holding(blocks) if holding is None else holding
    if holding is None or holding.nested:
        return None
    block_ids, above = holding.block_ids, holding.above
    inside: dict[int, int | None] = {key: key for key in block_ids} | dict.fromkeys(above)  # `_holder`
    # The cheap queries first: a page of other blocks (no `.block-elements`, no header) is told before SCAN_STOPS.
    found = tree.css(f".{BODY_CLASS}") if found is None else found
    roots = _children_of(found, block_ids, above, inside, stop_above=False)
    if roots is None or any(block.mem_id not in roots for block in kept):
        return None
    headers = _children_of(tree.tags(HEADER), block_ids, above, inside, stop_above=True)
    if headers is None or any(block.mem_id not in headers for block in kept):
        return None
    for node in _stops(tree, microdata=microdata, classed=classed):
        if node.mem_id in above or _holder(node, inside) is not None:
            return None
    figures = _embed_figures(tree, roots, block_ids, above)
    scans: list[_Scan] = []
    opening: list[_Opening] = []
    for block, attrs in zip(kept, kept_attrs, strict=True):
        key = block.mem_id
        root = roots[key]
        if root.tag_id in (FIGURE_ID, HEADER_ID):
            return None
        header = headers[key]
        read = _plain_header(header, attrs) or _header_parts(block, attrs, header)
        if read is None:
            return None
        held = figures.get(root.mem_id)
        scans.append(read)
        opening.append((root, list(held.values()) if held else ()))  # no list made for a body without any
    return scans, opening


def _read_scanned(
    tree: LexborHTMLParser,
    blocks: list[LexborNode],
    kept: list[LexborNode],
    kept_attrs: list[dict[str, str | None]],
    page_url: str | None,
    *,
    microdata: bool,
    holding: _Holding,
    classed: list[LexborNode],
    found: list[LexborNode],
) -> _Read | None:
    """`_scan_page`'s blocks (None when it cannot read the page) and their bodies read."""
    scanned = _scan_page(
        tree, blocks, kept, kept_attrs, microdata=microdata, holding=holding, classed=classed, found=found
    )
    if scanned is None:
        return None
    # Read before any body is: reading one may unwrap figures in place.
    scans, opening = scanned
    pending = _Pending([], [])
    return scans, [_open_body(root, figures, page_url, pending) for root, figures in opening], pending


def _read_plain(
    tree: LexborHTMLParser,
    blocks: list[LexborNode],
    attrs_of: list[dict[str, str | None]],
    holding: _Holding,
    classed: list[LexborNode],
    found: list[LexborNode],
    page_url: str | None,
) -> _Read | None:
    """`_scan_page` of a page without microdata whose ``blocks`` (all kept, ``attrs_of`` their attributes, ``holding``
    their holders, none holding another; ``classed`` CLASSED's elements, ``found`` BODY_CLASS's) are all plain, and
    their bodies read
    (`_open_body`, ``checked``), by fewer walks of the page: None when it cannot tell them plain (`_scan_page` then
    reads the page; nothing read here changed it).

    Plain: each block's children its header (`_plain_header`'s shape) and then its body, the one BODY_CLASS element
    of the page a block holds, whose every child is a plain paragraph or image, a figure of an embed quote or an
    element none of whose elements is one of UNREAD_TAGS; no UNREAD_TAGS element above a block and no class
    SCAN_STOPS names in a block or above one. What `_scan_page` queries the page for is then where it reads it: no
    header but the block's, no stop, only its body's BODY_CLASS element; and no figure opened but a quote's.
    """
    if holding.marked_above or len(found) != len(blocks):
        return None
    scans: list[_Scan] = []
    bodies: list[Body] = []
    pending = _Pending([], [])
    try:
        for block, attrs, body_root in zip(blocks, attrs_of, found, strict=True):
            header = block.first_child
            if (
                header is None
                or header.tag_id != HEADER_ID
                or (root := header.next) is None
                or root.next is not None
                or root.mem_id != body_root.mem_id  # the page's BODY_CLASS elements are the blocks' bodies, in order
                or root.tag_id in _UNREAD_IDS  # (`_scan_page` gives up on a figure or a header, or stops at the rest)
                or (read := _plain_header(header, attrs)) is None
            ):
                return None
            bodies.append(_open_body(root, (), page_url, pending, checked=True))
            scans.append(read)
    except _NotPlain:
        return None
    if stops := list(_class_stops(tree, classed)):  # most pages: none
        above = holding.above
        inside: dict[int, int | None] = {key: key for key in holding.block_ids} | dict.fromkeys(above)
        if any(node.mem_id in above or _holder(node, inside) is not None for node in stops):
            return None
    return scans, bodies, pending


def _stops(tree: LexborHTMLParser, *, microdata: bool, classed: list[LexborNode] | None = None) -> Iterator[LexborNode]:
    """The elements SCAN_STOPS finds (SCAN_STOPS_PLAIN without ``microdata``), maybe in another order or more than
    once; and any element whose class holds a non-ASCII letter ``lower`` makes a STOP_WORDS letter of (a page the
    queries then read, as they would read it). (``classed``: CLASSED's elements, when read.)"""
    yield from tree.css(STOP_PARTS_MICRODATA if microdata else STOP_PARTS)
    yield from _class_stops(tree, tree.css(CLASSED) if classed is None else classed)


def _class_stops(tree: LexborHTMLParser, classed: list[LexborNode]) -> Iterator[LexborNode]:
    """The elements STOP_CLASSES finds, told from ``classed`` (CLASSED's elements) as `_stops` tells them."""
    if len(classed) > _CLASSED_MOST:
        yield from tree.css(", ".join(STOP_CLASSES))
        return
    for node in classed:
        lowered = (node.attributes.get("class") or "").lower()
        if any(word in lowered for word in STOP_WORDS):
            yield node


def _children_of(
    found: list[LexborNode],
    block_ids: set[int],
    above: Container[int],
    inside: dict[int, int | None],
    *,
    stop_above: bool,
) -> dict[int, LexborNode] | None:
    """The one match of a query that is a child of each block, by block; None when a block holds another one
    (or is one), or when ``stop_above`` and one holds a block. The blocks are apart (none holds another)."""
    told = _children_by_parent(found, block_ids)
    if told is not None:
        return told
    out: dict[int, LexborNode] = {}
    for node in found:
        key = node.mem_id
        if key in above:
            if stop_above:
                return None
            continue
        parent = node.parent
        holder = parent.mem_id if parent is not None else None
        if holder in block_ids and key not in block_ids:
            if holder in out:
                return None
            out[holder] = node  # type: ignore[index]
        elif _holder(node, inside) is not None:
            return None
    return out


def _children_by_parent(found: list[LexborNode], block_ids: set[int]) -> dict[int, LexborNode] | None:
    """`_children_of` on most pages, where every match is a child of a block of its own (so, the blocks apart, neither
    a block nor above one): each told by its parent alone; None when they are not."""
    out: dict[int, LexborNode] = {}
    for node in found:
        parent = node.parent
        if parent is None or (holder := parent.mem_id) not in block_ids:
            return None
        out[holder] = node
    return out if len(out) == len(found) else None


def _embed_figures(
    tree: LexborHTMLParser, roots: dict[int, LexborNode], block_ids: set[int], above: Container[int]
) -> dict[int, dict[int, LexborNode]]:
    """For each body root, the figures inside it holding an embed blockquote (EMBED_FIGURE_INSIDE, the rest of
    which stops the scan), by ``mem_id``."""
    root_ids = {root.mem_id for root in roots.values()}
    out: dict[int, dict[int, LexborNode]] = {}
    for node in tree.css(EMBED_QUOTES):
        figures: list[LexborNode] = []
        up = node.parent
        while up is not None:
            key = up.mem_id
            if key in root_ids:
                held = out.setdefault(key, {})
                for figure in reversed(figures):  # outermost first, as in the document
                    held.setdefault(figure.mem_id, figure)
                break
            if key in block_ids or key in above:
                break  # not in a body
            if up.tag_id == FIGURE_ID:
                figures.append(up)
            up = up.parent
    return out


def _header_parts(
    block: LexborNode, attrs: dict[str, str | None], header: LexborNode
) -> tuple[str | None, str, str, str | None, str | None] | None:
    """The parts of a block, its author (`_author`) and shown time (`_shown_time`) from its header (a child of the
    block), by one walk of each of its rows; None when an element comes before the header in the block or the
    permalink is not in it. (An attribute is read alone by ``attrs.get``, which finds the name in any ASCII case: the
    parser writes every name of an element in lower case, but foreign ones it adjusts, none of them read here.)"""
    before = header.prev  # the header is a child of the block: its first element when only text comes before
    while before is not None:
        if (before_id := before.tag_id) != TEXT_ID and before_id != COMMENT_ID:
            return None
        before = before.prev
    title = time = permalink = None
    title_text: str | None = None  # the title's text (`_final` gives `_text(title)`), when read on the way
    link = ""  # the permalink's href
    permalink_id = -1  # and its mem_id (never negative)
    beside: str | None = None  # `_shown_time`'s span, found on the way
    names: list[str] = []
    row = header.first_child
    while row is not None:
        row_id = row.tag_id
        if row_id == TEXT_ID:  # white space between rows: nothing to walk
            row = row.next
            continue
        if row_id == H2_ID and title is None:  # the title row: one text node holds nothing to walk
            text = row.first_child
            if text is not None and text.next is None and text.tag_id == TEXT_ID:
                title, title_text = row, text.text_content or ""
                row = row.next
                continue
        linked = False
        span = None  # `_byline_parts` of the row, found on the same walk (read when no link ends it)
        images: list[LexborNode] = []  # its alt: read only when the span shows no name
        for node in row.traverse():
            tag_id = node.tag_id
            if tag_id == A_ID:
                linked = True
                if permalink is None:
                    href = node.attrs.get("href")  # as `attributes` holds it (`_header_parts`), one read
                    if href and PERMALINK_HREF in href:
                        permalink, link, permalink_id = node, href, node.mem_id
                    elif href and PERMALINK_HREF in href.lower():
                        return None  # attribute values may match in any case
            elif tag_id == H2_ID:
                if title is None:
                    title = node
            elif tag_id == TIME_ID:
                if time is None:
                    time = node
            elif tag_id == SPAN_ID:
                if span is None:
                    span = node
                if beside is None and permalink is not None:
                    parent = node.parent  # most often the permalink itself: `_within` and `_beside` without a walk
                    if parent is not None and parent.mem_id == permalink_id:
                        child = node.first_child  # `_raw_line(node)`, without the call
                        if child is not None and child.next is None and child.tag_id == TEXT_ID:
                            raw = child.text_content or ""
                        else:
                            raw = "" if _holds_time(node) else visible_text(node)  # as `_beside`
                        beside = raw if raw.strip() else None  # `_text(node)`, made its line by `_final`
                    elif _within(node, permalink, row):
                        beside = _beside(node)
            elif tag_id == IMG_ID:
                images.append(node)
        if not linked and row_id == DIV_ID:  # a contributor's row (`_author`)
            raw = _raw_line(span) if span is not None else ""  # `_text(span)`'s text (`_final` makes it the line)
            names.append(raw if raw.strip() else squash(_first_alt(images)))
        row = row.next
    if permalink is None:
        return None
    if len(names) == 1 and names[0].strip():
        author: str | None = names[0]  # `join_names` of the one name: its text, made its line by `_final`
    else:
        names = [squash(name.replace("\n", " ")) for name in names]  # (a line made again stays as it is)
        if not any(names):
            names.append(squash(attrs.get("data-block-contributor")))
        author = join_names(names)
    iso = (time.attrs.get("datetime") or "").strip() if time is not None else ""
    if title is not None and title_text is None:
        title_text = _text(title)
    return title_text, iso, link, author, _raw_clock(time) or beside


def _plain_header(header: LexborNode, attrs: dict[str, str | None]) -> tuple[str, str, str, str | None, str] | None:
    """`_header_parts` of the commonest DCR header, read by its shape instead of a walk of each row: first in its
    block, and three rows with nothing between them, ``div > a > (time, span)`` (the permalink, its href holding
    PERMALINK_HREF), ``h2`` and maybe ``div > (img, span)``, each time, span and h2 holding one text node, the
    spans' not blank (``attrs``: the block's); None when it is not one (`_header_parts` then reads it)."""
    if (
        header.prev is not None
        or (row := header.first_child) is None
        or row.tag_id != DIV_ID
        or (link := row.first_child) is None
        or link.tag_id != A_ID
        or link.next is not None
        or (time := link.first_child) is None
        or time.tag_id != TIME_ID
        or (span := time.next) is None
        or span.tag_id != SPAN_ID
        or span.next is not None
        or (title := row.next) is None
        or title.tag_id != H2_ID
    ):
        return None
    byline = title.next
    if byline is None:  # no contributor's row: `_header_parts`'s author from the block's attribute
        author: str | None = join_names([squash(attrs.get("data-block-contributor"))])
    else:
        if (
            byline.tag_id != DIV_ID
            or byline.next is not None
            or (img := byline.first_child) is None
            or img.tag_id != IMG_ID  # a void element: never a child
            or (name := img.next) is None
            or name.tag_id != SPAN_ID
            or name.next is not None
        ):
            return None
        # The text of the name's one child, a text node (as of the span, time and title below): written out, as a
        # call each would cost as much as the reads it makes (a loop over them, most of it). A node's text content is
        # None unless it is a text node: read first, it tells the node's kind without its tag id (an empty text node
        # reads None too, and is told by its tag id where its text may be empty).
        text = name.first_child
        if text is None or text.next is not None:
            return None
        author = text.text_content
        if not (author and author.strip()):
            return None
    href = link.attrs.get("href")
    if not href or PERMALINK_HREF not in href:
        return None
    text = span.first_child
    if text is None or text.next is not None:
        return None
    shown = text.text_content
    if not (shown and shown.strip()):
        return None
    text = time.first_child
    if text is None or text.next is not None:
        return None
    if (clock := text.text_content) is None:
        if text.tag_id != TEXT_ID:
            return None
        clock = ""
    text = title.first_child
    if text is None or text.next is not None:
        return None
    if (title_text := text.text_content) is None:
        if text.tag_id != TEXT_ID:
            return None
        title_text = ""
    iso = (time.attrs.get("datetime") or "").strip()
    # A clock whose text ends in "ago" is relative (its line ends so too): `_clock_line` gives None, without the call.
    return title_text, iso, href, author, (None if clock.endswith("ago") else _clock_line(clock)) or shown


def _raw_line(node: LexborNode) -> str:
    """`visible_text`, its one text node as it is (`_final` makes it the line), else `visible_text`."""
    child = node.first_child
    if child is not None and child.next is None and child.tag_id == TEXT_ID:
        return child.text_content or ""
    return visible_text(node)


def _raw_clock(time_node: LexborNode | None) -> str | None:
    """`_clock`, told from the time's `_raw_line` (its line is that stripped, inner runs of white space made one
    space: the same characters but white space, and the same end), which it gives."""
    return _clock_line(_raw_line(time_node)) if time_node is not None else None


def _clock_line(raw: str) -> str | None:
    """``raw`` when its line (it stripped) is a clock (`_clock`), else None."""
    text = raw.strip()
    return raw if text and not text.lower().endswith("ago") and _CLOCK_IN_TEXT.search(text) else None


def _final(text: str | None, *, plain: bool) -> str | None:
    """A text `_scan_page` read made its line (None when empty): ``squash(text.replace("\\n", " "))``, only stripped
    when ``plain`` (`_plain_text` of it)."""
    if text is None:
        return None
    return (text.strip() if plain else squash(text.replace("\n", " "))) or None


def _first_alt(images: list[LexborNode]) -> str | None:
    """The ``alt`` of the first of ``images`` that has one (`_byline_parts`)."""
    for image in images:
        attrs = image.attributes
        if "alt" in attrs:
            return attrs["alt"]
    return None


class _Pending(NamedTuple):
    """The plain paragraphs' texts `_open_body` leaves to `_add_plain`, side by side with the paragraphs of the
    body each list is for: two lists, not a tuple a body."""

    paragraphs: list[list[str]]
    texts: list[list[str]]


def _open_body(
    root: LexborNode, figures: Sequence[LexborNode], page_url: str | None, pending: _Pending, *, checked: bool = False
) -> Body:
    """The body read in place, the figures holding an embed (not ``root``) opened first: ``html_body(root)``.

    Its walk (`clean._walk`) with the two children a DCR body is made of read here: a plain paragraph (a ``p``
    without attributes holding one text node: `_paragraph`'s one line, unless boilerplate) and a figure (an
    image); any other child as the walk reads it. The texts of the plain paragraphs after the last line anything
    else gives are left on ``pending`` with the body's paragraphs, for `_add_plain` to add with the page's.

    ``checked`` (`_read_plain`, ``figures`` empty): nothing is opened, a figure holding an embed quote alone is read
    as that quote (as it reads opened); `_NotPlain` is raised at a child whose elements may hold one of UNREAD_TAGS
    (a figure that is neither a plain image nor that, any other element holding one) and at a quote's figure
    EMBED_QUOTES or SCAN_STOPS may tell otherwise.
    """
    for figure in figures:
        figure.unwrap()
    body = Body([], [], [], [])  # its lists given: no default factory called
    paragraphs = body.paragraphs
    texts: list[str] = []  # the plain paragraphs' texts since the last line anything else gave
    run: list[LexborNode] = []  # `_walk`'s run of loose text and inline elements
    child = root.first_child
    while child is not None:
        tag_id = child.tag_id
        first = child.first_child if tag_id == P_ID else None
        if (
            first is not None
            and first.next is None
            and ((text := first.text_content) is not None or first.tag_id == TEXT_ID)  # a text node (`_plain_header`)
            and not child.attributes
        ):
            if run:
                _flush_run(run, _added(texts, body), page_url)
            texts.append(text or "")
        elif tag_id == FIGURE_ID:  # an image gives no line: the plain paragraphs before it stay on `texts`
            if run:
                _flush_run(run, _added(texts, body), page_url)
            if checked and (quote := _figure_quote(child)) is not None:  # as the quote reads below, opened
                if (attrs := quote.attributes) and _embed_attrs(attrs):
                    body.embeds.append(_embed(quote, page_url))
                else:
                    _walk_block(quote, "blockquote", _added(texts, body), page_url)
            elif (image := _plain_image(child, page_url)) is not None:
                add_image(child, image, body, page_url)
            elif checked:
                raise _NotPlain
            elif (player := _youtube_atom(child)) is not None:
                body.embeds.append(player)
            elif _text_figure(child):  # a table or a pull quote: lines of the body
                _walk(child, _added(texts, body), page_url)
            else:
                add_image(child, _image(child, page_url), body, page_url)
        elif tag_id in (TEXT_ID, COMMENT_ID):
            run.append(child)
        elif (tag := child.tag) in INLINE_TAGS and _inline_element(child):
            if checked and _holds_unread(child):
                raise _NotPlain
            run.append(child)
        else:
            if checked and _holds_unread(child):
                raise _NotPlain
            if run:
                _flush_run(run, _added(texts, body), page_url)
            if tag_id == BLOCKQUOTE_ID and (attrs := child.attributes) and _embed_attrs(attrs):
                body.embeds.append(_embed(child, page_url))  # `_walk_block`'s embed, which gives no line either
            else:
                _walk_block(child, tag, _added(texts, body), page_url)
        child = child.next
    if run:
        _flush_run(run, _added(texts, body), page_url)
    if texts:
        pending.paragraphs.append(paragraphs)
        pending.texts.append(texts)
    return body


class _NotPlain(Exception):
    """`_open_body` (``checked``) met what only the page's queries may tell: `_read_plain` gives up."""


def _holds_unread(node: LexborNode) -> bool:
    """Whether ``node`` is or holds an element of UNREAD_TAGS."""
    for inner in node.traverse():  # noqa: SIM110 - a loop: any() over a generator costs a resumption a node more
        if inner.tag_id in _UNREAD_IDS:
            return True
    return False


def _figure_quote(figure: LexborNode) -> LexborNode | None:
    """The blockquote a figure holds alone (None when its first child is not one); `_NotPlain` when the figure
    is CANONICAL_EMBED's, or the quote not surely EMBED_QUOTES's (its class one of theirs alone) or holding an
    element of UNREAD_TAGS."""
    quote = figure.first_child
    if quote is None or quote.tag_id != BLOCKQUOTE_ID:
        return None
    if (
        quote.next is not None
        or "data-canonical-url" in figure.attributes
        or quote.attrs.get("class") not in _QUOTE_CLASSES
        or _holds_unread(quote)
    ):
        raise _NotPlain
    return quote


def _added(texts: list[str], body: Body) -> Body:
    """``body`` with the plain paragraphs of ``texts`` added (and ``texts`` emptied): before any other line is."""
    if texts:
        joined = "\x1f".join(texts)
        if _plain_text(joined) and _each_its_line(joined):
            body.paragraphs += texts
        else:
            _add_plain(texts, body.paragraphs, plain=_plain_text(joined))
        texts.clear()
    return body


# Two spaces, looked for by sre (a page's texts in ~25 µs) rather than ``in`` (~58 µs: str's search of a two-character
# needle steps through a text of frequent spaces a character or two at a time); one-character needles are memchr's.
_TWO_SPACES = re.compile("  ")


def _plain_text(text: str) -> bool:
    """Whether ``text`` holds nothing `squash` changes inside a line (nor a newline, which a paragraph's text turns
    into a space): then each line of it squashed is only stripped. Texts joined (by a character of none of those)
    are told by one look."""
    return not (
        "\n" in text
        or "\t" in text
        or "\r" in text
        or "\f" in text
        or "\v" in text
        or "\u00a0" in text
        or _TWO_SPACES.search(text) is not None
    )


def _trie(words: set[str]) -> str:
    """A regex matching a text that starts with one of ``words`` (plain text), shaped as a trie: one look at a first
    character instead of one a word."""
    if "" in words:
        return ""  # a word ends here: what follows it no longer matters
    heads: dict[str, set[str]] = {}
    for word in words:
        heads.setdefault(word[0], set()).add(word[1:])
    parts = [re.escape(head) + _trie(rest) for head, rest in sorted(heads.items())]
    return parts[0] if len(parts) == 1 else f"(?:{'|'.join(parts)})"


def _starts_any(words: set[str]) -> str:
    """`_trie` of ``words`` (lowered ASCII letters and spaces) as re.I matches them, its first characters written in
    both cases outside re.I (sre tries an alternative that opens with a plain character only where that character
    is: the others at one compare each), and any non-ASCII first character let through (re.I matches some of
    those to ASCII letters)."""
    heads: dict[str, set[str]] = {}
    for word in words:
        heads.setdefault(word[0], set()).add(word[1:])
    parts = [f"{re.escape(first)}(?i:{_trie(rest)})" for head, rest in sorted(heads.items())
             for first in sorted({head.upper(), head})]  # fmt: skip
    return "|".join([*parts, r"[^\x00-\x7f]"])


# A place in texts joined by "\x1f" (and one more before and after them) where one of them may not be its own line
# to `_add_plain` (`_each_its_line`): empty, white space at either end, or a start of a boilerplate line (what
# `classify_line` needs one of to find a kind: `clean.literal_starts`) in any case, as re.I matches it.
# A "\x1f" inside a text is one more place looked at, never one less.
_BOILERPLATE_STARTS = _starts_any({start for starts in BOILERPLATE_HEADS.values() for start in starts})
_NOT_ITS_LINE = re.compile(rf"\x1f(?:(?<=\s\x1f)|\s|{_BOILERPLATE_STARTS})")


def _each_its_line(joined: str) -> bool:
    """Whether each of the texts ``joined`` by "\x1f", when `_plain_text` (`_add_plain`'s ``plain``), is its own line
    and kept: not empty, ``strip`` leaves it as it is (``\\s`` is what ``str.isspace`` tells), and `classify_line`
    finds no kind for it (it starts with no boilerplate start). One search of them all instead of a look at each."""
    return _NOT_ITS_LINE.search(f"\x1f{joined}\x1f") is None


def _add_plain(texts: list[str], paragraphs: list[str], *, plain: bool) -> None:
    """Each text of a plain paragraph as `_paragraph` reads it: its one line (``squash(text.replace("\\n", " "))``,
    only stripped when ``plain``, `_plain_text`), added unless empty or boilerplate (which gives nothing: no link in
    it for a gate's embed): kept when `classify_line` gives None."""
    for text in texts:
        line = text.strip() if plain else squash(text.replace("\n", " "))
        if line and classify_line(line) is None:
            paragraphs.append(line)


def _plain_image(figure: LexborNode, page_url: str | None) -> Image | None:
    """`_split_credit(clean._image(figure))` of a plain figure, an ``img`` and maybe a ``figcaption`` of one text
    node (nothing else in it, none of the three hidden by its attributes), by reading those three; None when the
    figure is not one. (`_split_credit` leaves what it gives as it is.)"""
    img = figure.first_child
    if img is None or img.tag_id != IMG_ID:
        return None
    caption_node = img.next
    if caption_node is not None and (caption_node.next is not None or caption_node.tag_id != FIGCAPTION_ID):
        return None
    text = caption_node.first_child if caption_node is not None else None
    if text is not None and (text.next is not None or text.tag_id != TEXT_ID):
        return None
    attrs = figure.attributes
    if attrs and (_hidden_match(attrs) is not False or "data-canonical-url" in attrs):
        return None  # `_figure_parts` would keep or query it as a label; or CANONICAL_EMBED's (`_read_plain`)
    if caption_node is not None and (attrs := caption_node.attributes) and _hidden_match(attrs) is not False:
        return None
    attrs = img.attributes
    if attrs and _hidden_match(attrs) is not False:
        return None
    src = _image_src(img, attrs)
    caption = credit = None
    if caption_node is not None:  # `visible_text` of one text node, less an "Image caption" label
        line = squash((text.text_content or "").replace("\n", " ")) if text is not None else ""
        m = image_caption(line)
        caption = (m.group("caption") if m else line) or None
        if caption and (split := split_credit(caption)):  # `_split_credit`, done here
            caption, credit = split[0] or None, split[1]
    alt = squash(attrs.get("alt"))
    return Image(alt or None, caption, credit, join_url(page_url, src) if src else None)  # alt, caption, credit, src


def _open_embed_figures(root: LexborNode) -> None:
    """Unwrap the figures holding an embed: html_body reads a figure as an image; the embed inside is what counts.

    ``root`` itself stays (a copy has no parent to unwrap into: the original is treated alike).
    """
    for figure in root.css(FIGURE):
        if figure.mem_id != root.mem_id and (
            figure.css_first(EMBED_FIGURE_INSIDE) is not None
            or "element-tweet" in (figure.attributes.get("class") or "")
        ):
            for placeholder in _tweet_placeholders(figure) + _frame_badges(figure):
                placeholder.decompose()
            figure.unwrap()


# What a tweet's figure holds that is its tweet: the embed, the ``noscript`` fallback holding it, its caption.
_TWEET_PARTS = f"noscript, figcaption, {EMBED_FIGURE_INSIDE}"


def _tweet_placeholders(figure: LexborNode) -> list[LexborNode]:
    """The child elements of a tweet's own figure (``element-tweet``) that are not its tweet (`_TWEET_PARTS`): what the
    page's script replaces with the tweet ("Loading tweet…"), never the post's text. None in any other figure."""
    if "element-tweet" not in (figure.attributes.get("class") or ""):
        return []
    placeholders = []
    child = figure.first_child
    while child is not None:
        if child.tag != "-text" and not child.css_matches(_TWEET_PARTS) and child.css_first(_TWEET_PARTS) is None:
            placeholders.append(child)
        child = child.next
    return placeholders


def _frame_badges(figure: LexborNode) -> list[LexborNode]:
    """The links of a figure framing an embed (a Flourish or Datawrapper chart's iframe) that hold an image and no
    words: the chart maker's badge ("Made with Flourish") under the chart, no picture of the post."""
    if figure.css_first(FRAME) is None:
        return []
    return [link for link in figure.css("a[href]") if link.css_first("img") is not None and not squash(link.text())]


# DCR's YouTube player: ``figure > gu-island[name="YoutubeBlockComponent"] > div[data-component="youtube-atom"]``, the
# clip shown only as a poster and a play button until a reader clicks (no iframe, no link), its title as the
# figure's caption. The video id is in the island's props ("assetId") and in the overlay's or placeholder's test
# id ("youtube-overlay-<id>-<n>").
YOUTUBE_ATOM = "youtube-atom"  # its data-component
_YOUTUBE_TEST_IDS = ("youtube-overlay-", "youtube-placeholder-")
YOUTUBE_WATCH = "https://www.youtube.com/watch?v="


def _youtube_atom(figure: LexborNode) -> Embed | None:
    """The YouTube embed a figure holding DCR's player stands for (its address when the page names the video), else
    None: such a figure is no image, and its caption is the clip's title."""
    atom = False
    video: str | None = None
    for node in figure.traverse():
        attrs = node.attributes
        if not attrs:
            continue
        if attrs.get("data-component") == YOUTUBE_ATOM:
            atom = True
        if video is None and node.tag == "gu-island" and (props := attrs.get("props")) and "assetId" in props:
            try:
                asset = json.loads(props).get("assetId")
            except (ValueError, AttributeError):
                asset = None
            video = asset if isinstance(asset, str) and asset else None
        for name in ("data-testid", "data-name"):
            value = attrs.get(name)
            if video is None and value and value.startswith(_YOUTUBE_TEST_IDS):
                video = value.split("-", 2)[2].rpartition("-")[0] or None  # "<id>-<n>": an id may hold a "-"
    if not atom:
        return None
    return Embed(kind="youtube", url=f"{YOUTUBE_WATCH}{video}" if video else None)


def _rich_links(q: PageQueries, block: LexborNode, page_url: str | None) -> list[Link]:
    """The block's rich-link promos (taken out of the body) as links: a link's text, or its ``aria-label`` when it is
    an empty overlay over the card (its headline in a heading beside it)."""
    links = []
    for a in q.all(block, RICH_LINK):
        text = _card_headline(a) or squash(a.attributes.get("aria-label") or "")
        if text:
            links.append(Link(text=text, url=join_url(page_url, a.attributes.get("href") or "")))
    return links


_CARD_LINES = "div, p, h2, h3, h4"


def _card_headline(a: LexborNode) -> str:
    """A rich-link card's text: its first line holding any (a block with no block inside, "Related: <headline>"),
    not the lines after it (the linked piece's byline, run into the headline by `visible_text`); a card of inline
    text alone is read whole."""
    for line in a.css(_CARD_LINES):
        inner = (node for node in line.css(_CARD_LINES) if node.mem_id != line.mem_id)  # Lexbor's matches hold the line
        if next(inner, None) is None and (text := visible_text(line)):
            return text
    return visible_text(a)


def _split_credit(image: Image) -> Image:
    """Guardian captions end with the credit: "Count at Sunderland. Photograph: Owen Humphreys/PA"."""
    if image.credit is not None or not image.caption:
        return image  # a credit of its own (or already split off), or no caption to split
    split = split_credit(image.caption)
    return Image(alt=image.alt, caption=split[0] or None, credit=split[1], src=image.src) if split else image


# The page's fixed reads, told by one query (a walk of the page for each part) from the attributes of what it
# finds: whether an element has an itemprop attribute (MICRODATA), the first ``link``/``a`` with an href whose rel
# holds "next" or "prev" (`rel_link`; Lexbor matches a rel token in any ASCII case), and whether an element NAV,
# OLDER_LINK or NEWER_LINK would find may be there (each finds only elements this finds; ``a[data-link-name]``
# names its tag, as OLDER_LINK does: Lexbor tests the attribute of links alone, at half the cost).
NAV_WORD = "liveblog-navigation"
NAV_CLASS = f'[class*="{NAV_WORD}" i]'
PAGE_MARKS = f"{MICRODATA}, [rel], a[data-link-name], {NAV_CLASS}, #{NAV_WORD}"
# PAGE_MARKS less its class part, which `_page_marks` reads from CLASSED's elements instead (one walk less): each
# element NAV_CLASS finds is one of them (its class is none of the plain ones), and holds NAV_WORD in its class
# lowered (Lexbor matches ASCII letters in any case; ``lower`` makes no non-ASCII letter one of NAV_WORD's).
PAGE_MARKS_BUT_CLASS = f"{MICRODATA}, [rel], a[data-link-name], #{NAV_WORD}"
_REL_SPACE = frozenset("\x0b\x1c\x1d\x1e\x1f")  # white space to str.split(), none to a CSS token list
# The attribute names the page-wide queries look for (`clean.know_attributes`).
ATTRIBUTE_NAMES = tuple(sorted({name for selector in (BLOCK, PINNED_BLOCK, PAGE_MARKS, SCAN_STOPS, *BLOCK_QUERIES)
                                for name in re.findall(r"\[([\w-]+)", selector)}))  # fmt: skip


class _Marks(NamedTuple):
    """What PAGE_MARKS found (`_marks`)."""

    microdata: bool
    next: LexborNode | None  # `rel_link`'s node for "next"
    prev: LexborNode | None  # and for "prev"
    nav: bool  # whether NAV, OLDER_LINK or NEWER_LINK may find an element


def _page_marks(tree: LexborHTMLParser, classed: list[LexborNode]) -> _Marks | None:
    """``_marks(tree.css(PAGE_MARKS))`` with its class part read from ``classed`` (CLASSED's elements) when they
    are few (the part's elements less those read already hold nothing else `_marks` reads: every rel and itemprop is
    found by its own part, a data-link-name or the id only give what their class gives)."""
    marks = _marks(tree.css(PAGE_MARKS_BUT_CLASS))
    if marks is None or marks.nav:
        return marks
    for node in classed if len(classed) <= _CLASSED_MOST else tree.css(NAV_CLASS):
        if NAV_WORD in (node.attributes.get("class") or "").lower():
            return marks._replace(nav=True)
    return marks


def _marks(found: list[LexborNode]) -> _Marks | None:
    """PAGE_MARKS's findings read; None when a rel attribute holds what `str.split` and ``lower`` may read
    otherwise than Lexbor (non-ASCII, or ASCII white space that is none to CSS)."""
    microdata = nav = False
    rels: dict[str, LexborNode] = {}
    for node in found:
        attrs = node.attributes
        if "itemprop" in attrs:
            microdata = True
        if "data-link-name" in attrs or any(NAV_WORD in (attrs.get(name) or "").lower() for name in ("class", "id")):
            nav = True
        rel = attrs.get("rel")
        if rel is None:
            continue
        if not rel.isascii() or not _REL_SPACE.isdisjoint(rel):
            return None
        if "href" in attrs and node.tag in ("link", "a"):
            for token in rel.lower().split():
                if token in ("next", "prev"):
                    rels.setdefault(token, node)
    return _Marks(microdata, rels.get("next"), rels.get("prev"), nav)


def _page_info(tree: LexborHTMLParser, page_url: str | None, marks: _Marks | None = None) -> PageInfo:
    """The page's position and its older/newer pages (``marks``: what PAGE_MARKS told of them, None to query)."""
    info = PageInfo()
    nav = tree.css_first(NAV) if marks is None or marks.nav else None
    if nav is not None and (m := _POSITION.search(squash(nav.text(separator=" ")))):
        info.number, info.total = int(m.group(1)), int(m.group(2))
    if marks is None:
        info.next_url = rel_link(tree, "next", page_url) or _nav_link(tree, nav, OLDER_LINK, _NEXT_LABELS, page_url)
        info.prev_url = rel_link(tree, "prev", page_url) or _nav_link(tree, nav, NEWER_LINK, _PREV_LABELS, page_url)
        return info
    info.next_url = _link_url(marks.next, page_url)
    info.prev_url = _link_url(marks.prev, page_url)
    if marks.nav:
        info.next_url = info.next_url or _nav_link(tree, nav, OLDER_LINK, _NEXT_LABELS, page_url)
        info.prev_url = info.prev_url or _nav_link(tree, nav, NEWER_LINK, _PREV_LABELS, page_url)
    return info


def _link_url(link: LexborNode | None, page_url: str | None) -> str | None:
    """A link's absolute address, fragment dropped (as `rel_link` and `_nav_link` give it)."""
    if link is None:
        return None
    return join_url(page_url, link.attributes.get("href") or "").split("#", 1)[0]


def _nav_link(
    tree: LexborHTMLParser, nav: LexborNode | None, selector: str, labels: tuple[str, ...], page_url: str | None
) -> str | None:
    """The old frontend's older/newer link, else the DCR bar's link labelled "Next"/"Previous" (label hidden)."""
    link = tree.css_first(selector)
    if link is None and nav is not None:
        link = next((a for a in nav.css("a[href]") if squash(a.text(separator=" ")).lower() in labels), None)
    return _link_url(link, page_url)
