"""The posts a schema.org live page also renders in its HTML, found by the ids of its JSON-LD updates.

Publishers (The Independent, The Standard, Sky News, Reach titles) put each update's permalink in the JSON-LD
(``…#post-5124410``, ``…?postid=7998123#liveblog-body``) and render the same update as an element whose ``id`` or
``data-id`` is that anchor (``<div id="post-5124410">``). The rendering knows what the JSON-LD leaves out, so:

- an update's rendered element gives the body when the JSON-LD ``articleBody`` is plain text (a flattened tweet
  can't be told from prose there; in the HTML it is a ``blockquote`` with its address), and the embeds, the
  images' alt text and captions, and the byline and role the JSON-LD lacks;
- the JSON-LD often holds only the newest N updates: the elements beside the matched ones (same parent, same
  tag, same kind of anchor, a ``time[datetime]``) are the older posts, read from the HTML alone, their ids made
  like their neighbours' (the matched update's id with the anchor swapped). One that shows only a clock ("10:55",
  "4:10pm") takes its day from the post above it (`_date_clocks`).

Where nothing matches (no ids, or ids the page does not render), the JSON-LD posts stand as they are.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from urllib.parse import parse_qsl

from selectolax.lexbor import LexborHTMLParser, LexborNode

from scraper.clean import Body, html_body, join_url, remove_nodes, split_url, squash, visible_text
from scraper.models import Embed, Image, Link, Post, fallback_post_id
from scraper.times import LONDON, parse_time

ANCHOR_ATTRS = ("id", "data-id", "data-post-id", "data-entry-id")
_ANCHORED = ", ".join(f"[{name}]" for name in ANCHOR_ATTRS)
# Query keys that name the post in a permalink (``?postid=…``, ``?entry=…``, ``?update=…``).
_ID_KEY = re.compile(r"post|entry|update|block", re.I)
# A prefix an element id puts before the post's own id: ``post-123``, ``entry_123``.
_PREFIXED = re.compile(r"^[A-Za-z][A-Za-z-]*?[-_](?=[A-Za-z0-9])")
# A hashed-class front end (styled-components: ``class="sc-2ak7nd-6 jPqXwA"``) names its parts by a test hook alone.
BODY = '[itemprop~="articleBody"], [class*="body"], [class*="content"], [data-testid*="body" i]'
NAME = '[class*="author-name"], [class*="author__name"], [itemprop~="author"] [itemprop~="name"]'
BYLINE = '[itemprop~="author"], [class*="author"], [class*="byline"], [rel~="author"]'
ROLE = '[class*="role"], [class*="job"], [class*="description"], [itemprop~="jobTitle"]'
_BY = re.compile(r"^By\s+", re.I)
# A time shown as a clock alone, in an element without a ``datetime``: "10:55", "4.10pm", "23:05 BST".
CLOCK = re.compile(r"^(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s?[ap]\.?m\.?)?(?:\s(?:BST|GMT))?$", re.I)
CLOCK_HOLDERS = 'time, [class*="time" i], [class*="date" i]'
# Page furniture a CMS renders inside an update's body, told by the class names that say what it is: an ad slot
# and its "Advertisement" label, a "Read more" / related-stories box, a newsletter sign-up, a comment-count link.
# The words are read in any case: CSS-module classes capitalise them (``AdSlot_slot__p0Xa1``, ``ReadMore_box__Lk4Nw``).
AD_SLOT = (
    '[class*="advert" i], [class^="ad-"], [class*=" ad-"], [class*="adslot" i], [class*="ad-slot" i], '
    '[class*="dfp-"], [data-ad-slot], [id^="div-gpt-ad"]'
)
PROMO_WORDS = ("related", "read-more", "readmore")
PROMO_BOX = ", ".join(f'[class*="{word}" i]' for word in PROMO_WORDS)
FURNITURE = f'{AD_SLOT}, {PROMO_BOX}, [class*="newsletter" i], [class*="comments-"], [class*="comment-count"]'


@dataclass
class Rendered:
    """What an update's element shows: title, time (as written and as shown), byline and body."""

    title: str | None
    machine: str | None
    shown: str | None
    author: str | None
    role: str | None
    body: Body | None


@dataclass
class _Match:
    post: Post
    node: LexborNode
    attr: str  # the anchor attribute that matched
    prefix: str  # what the attribute's value puts before the anchor ("post-")
    anchor: str  # the anchor as the update's id writes it


def merge_rendered(
    tree: LexborHTMLParser, posts: list[Post], page_url: str | None, fetched_at: datetime | None
) -> list[Post]:
    """``posts`` (from JSON-LD) completed from their rendered elements, then the rendered posts they lack."""
    matches = _matches(tree, posts)
    if not matches:
        _by_headline(tree, posts, page_url)
        return posts
    for match in matches:
        _complete(match.post, read_rendered(match.node, page_url))
    return posts + _siblings(matches, page_url, fetched_at)


HEADINGS = "h1, h2, h3, h4"


def _by_headline(tree: LexborHTMLParser, posts: list[Post], page_url: str | None) -> None:
    """The bodies of updates the JSON-LD gives a headline and nothing else, where no anchor is rendered: each read
    from the one element whose heading is that headline, widened to its largest ancestor with no other heading."""
    bare = {post.title: post for post in posts if post.title and not post.body_text and not post.embeds}
    if not bare:  # most pages: every update has its body
        return
    headings: dict[str, list[LexborNode]] = {}
    for heading in tree.css(HEADINGS):
        if (text := visible_text(heading)) in bare:
            headings.setdefault(text, []).append(heading)
    # Every entry found before any is read: reading one takes its heading out of the page.
    entries = [(title, found[0], _entry(found[0])) for title, found in headings.items() if len(found) == 1]
    for title, heading, entry in entries:  # a headline shown twice (a key-events list and its post): neither is sure
        if entry is not heading:
            _complete(bare[title], _headed(entry, heading, page_url))


def _entry(heading: LexborNode) -> LexborNode:
    """The largest ancestor of ``heading`` (below the page's body) holding no other heading."""
    node = heading
    while (parent := node.parent) is not None and parent.tag not in ("body", "html") and len(parent.css(HEADINGS)) == 1:
        node = parent
    return node


def _headed(entry: LexborNode, heading: LexborNode, page_url: str | None) -> Rendered:
    """`read_rendered` of an entry found by its heading; with no body-like element in it, its body is the entry
    less its heading, times (an element showing a clock alone among them) and byline."""
    shown = read_rendered(entry, page_url)
    if shown.body is None:
        clocks = [n for n in entry.css("span, small, div, p") if CLOCK.match(visible_text(n) or "")]
        remove_nodes(entry, [heading, *entry.css("time, [datetime]"), *clocks, *entry.css(BYLINE)])
        shown.body = tidy(_without_furniture(entry, page_url))
    return shown


def _anchors(post: Post, shared: set[str]) -> list[str]:
    """The element ids an update's id or permalink may be rendered under: its fragment (unless every update
    shares it, as ``#liveblog-body`` is), the values of its post-naming query keys."""
    out: list[str] = []
    for value in (post.post_id, post.url):
        if not value or "#" not in value and "?" not in value:
            continue
        parts = split_url(value)
        if parts.fragment and parts.fragment not in shared:
            out.append(parts.fragment)
        out += [v for k, v in parse_qsl(parts.query) if v and _ID_KEY.search(k)]
    out += [a[lead.end() :] for a in out if (lead := _PREFIXED.match(a))]  # "entry-123" rendered as data-id="123"
    return list(dict.fromkeys(out))


def _matches(tree: LexborHTMLParser, posts: list[Post]) -> list[_Match]:
    fragments = [split_url(p.url or p.post_id).fragment for p in posts if "#" in (p.url or p.post_id)]
    shared = {f for f, n in Counter(fragments).items() if f and n > 1}
    wanted = {post.post_id: _anchors(post, shared) for post in posts}
    if not any(wanted.values()):
        return []
    index: dict[str, tuple[LexborNode, str, str]] = {}  # anchor -> (element, attribute, prefix)
    for node in tree.css(_ANCHORED):
        attrs = node.attributes
        for name in ANCHOR_ATTRS:
            value = attrs.get(name)
            if not value:
                continue
            index.setdefault(value, (node, name, ""))
            if lead := _PREFIXED.match(value):
                index.setdefault(value[lead.end() :], (node, name, lead.group()))
    found: list[_Match] = []
    for post in posts:
        hit = next(((a, index[a]) for a in wanted[post.post_id] if a in index), None)
        if hit is not None:
            anchor, (node, name, prefix) = hit
            found.append(_Match(post, node, name, prefix, anchor))
    nodes = Counter(m.node.mem_id for m in found)
    # An element two updates point at is a container; one with no time and no heading of its title is no post.
    return [m for m in found if nodes[m.node.mem_id] == 1 and _looks_like(m.node, m.post)]


def _looks_like(node: LexborNode, post: Post) -> bool:
    """Whether an element is the rendering of ``post``: it shows a time, a heading that is the post's title, or
    the first words of its body (not a stream container's "Loading…")."""
    if node.css_first("time, [datetime]") is not None:
        return True
    heading = node.css_first("h1, h2, h3, h4")
    if heading is not None and post.title and visible_text(heading) == post.title:
        return True
    start = post.body_text.split("\n", 1)[0][:40]
    return bool(start) and start in squash(node.text(separator=" "))


def read_rendered(node: LexborNode, page_url: str | None) -> Rendered:
    time = node.css_first("time[datetime]") or node.css_first("[datetime]")  # AMP's <amp-timeago datetime>
    clock = None if time is not None else _clock(node)
    heading = node.css_first("h1, h2, h3, h4")
    # The first body-like element that is not a wrapper of the whole post (holding its heading or time).
    body_node = next(
        (b for b in node.css(BODY) if not any(x is not None and _inside(x, b) for x in (heading, time or clock))),
        None,
    )
    if heading is not None and body_node is not None and _inside(heading, body_node):
        heading = None  # a subheading of the body, not the post's title
    name_node = node.css_first(NAME) or node.css_first(BYLINE)
    author = role = None
    if name_node is not None and (body_node is None or not _inside(name_node, body_node)):
        author = _BY.sub("", visible_text(name_node)) or None
        role_node = node.css_first(ROLE)
        if role_node is not None and role_node.mem_id != name_node.mem_id and not _inside(name_node, role_node):
            role = visible_text(role_node) or None
    return Rendered(
        title=(visible_text(heading) or None) if heading is not None else None,
        machine=squash(time.attributes.get("datetime")) or None if time is not None else None,
        shown=(visible_text(time) or None) if time is not None else (visible_text(clock) if clock else None),
        author=author,
        role=role,
        body=tidy(_without_furniture(body_node, page_url)) if body_node is not None else None,
    )


# A box whose classes say nothing (hashed) is furniture by its words: a promo box opens on a heading such as
# "Read more" and holds nothing but links; a sign-up box names a newsletter and ends on its call ("Sign me up").
_PROMO_HEADING = re.compile(
    r"^(?:read more|related(?: stories| articles)?|more on this story|read next|see also)$", re.I
)
_SIGN_UP = re.compile(r"^(?:sign (?:me )?up|subscribe|register)\b", re.I)
_BOXES = "div, aside, section"


def _worded_furniture(body_node: LexborNode) -> tuple[list[LexborNode], list[LexborNode]]:
    """The promo boxes and sign-up boxes of ``body_node`` told by their words alone (`_PROMO_HEADING`, `_SIGN_UP`)."""
    promos: list[LexborNode] = []
    signups: list[LexborNode] = []
    text = body_node.text(separator=" ")
    if not _PROMO_HEADING_WORDS.search(text) and "newsletter" not in text.lower():
        return promos, signups
    for box in body_node.css(_BOXES):
        first = box.first_child
        while first is not None and first.tag == "-text" and not (first.text_content or "").strip():
            first = first.next
        if first is None or first.tag == "-text":
            continue
        links = box.css("a[href]")
        words = squash(box.text(separator=" "))
        if _PROMO_HEADING.match(visible_text(first)) and links:
            rest = squash(" ".join([visible_text(first)] + [visible_text(a) for a in links]))
            if rest == words:
                promos.append(box)
                continue
        calls = box.css("a, button")
        if "newsletter" in words.lower() and calls and _SIGN_UP.match(visible_text(calls[-1])) and len(words) < 300:
            signups.append(box)
    # the innermost sign-up box: one wrapping the post's own paragraphs as well is not furniture
    signups = [box for box in signups if not any(other is not box and _inside(other, box) for other in signups)]
    return promos, signups


_PROMO_HEADING_WORDS = re.compile(r"read more|related|more on this story|read next|see also", re.I)


def _without_furniture(body_node: LexborNode, page_url: str | None) -> Body:
    """The body of an update's element, its furniture (`FURNITURE`, `_worded_furniture`) taken out of the page
    first; the links of its promo boxes are the post's links, as a "READ MORE:" line's are (`tidy`)."""
    furniture = body_node.css(FURNITURE)
    worded, signups = _worded_furniture(body_node)
    if not furniture and not worded and not signups:
        return html_body(body_node, page_url)
    promos: list[Link] = []
    for box in furniture + worded:
        if any(box is w for w in worded) or any(
            word in (box.attributes.get("class") or "").lower() for word in PROMO_WORDS
        ):
            for a in box.css("a[href]"):
                href = (a.attributes.get("href") or "").strip()
                if href and not href.startswith("#") and (text := visible_text(a)):
                    promos.append(Link(text, join_url(page_url, href)))
    remove_nodes(body_node, furniture + worded + signups)
    body = html_body(body_node, page_url)
    known = {(link.text, link.url) for link in body.links}
    for link in promos:
        if (link.text, link.url) not in known:
            known.add((link.text, link.url))
            body.links.append(link)
    return body


def _clock(node: LexborNode) -> LexborNode | None:
    """The element showing an update's time as a clock alone (no ``datetime`` to read), else None."""
    return next((t for t in node.css(CLOCK_HOLDERS) if CLOCK.match(visible_text(t))), None)


def _inside(node: LexborNode, scope: LexborNode) -> bool:
    parent = node.parent
    while parent is not None:
        if parent.mem_id == scope.mem_id:
            return True
        parent = parent.parent
    return False


def _complete(post: Post, shown: Rendered) -> None:
    """Fill ``post`` from its rendering: the body when the JSON-LD's was plain text (or none), embeds and images
    always, the byline and role when the JSON-LD names nobody (or the same person)."""
    body = shown.body
    if body is not None and (body.paragraphs or body.embeds or body.images):
        plain = not (post.embeds or post.images or post.links)
        # A plain-text body holding more than the rendering is a flattened embed when the rendering has an embed,
        # else maybe a paywall's cut: then the JSON-LD's fuller text stays.
        if not post.body_text or (plain and (body.embeds or len(body.text) * 2 >= len(post.body_text))):
            post.body_text = body.text
            post.links = body.links or post.links
        post.embeds = untracked(body.embeds + post.embeds)
        post.images = merge_images(body.images, post.images)
    post.title = post.title or shown.title
    if not post.author:
        post.author = shown.author
    if not post.role and shown.role and shown.author and shown.author == post.author:
        post.role = shown.role


def _siblings(matches: list[_Match], page_url: str | None, fetched_at: datetime | None) -> list[Post]:
    """The rendered posts beside the matched ones that no update names: the same parent, tag and anchor kind.
    The parent is the one most matched elements share (a pinned copy of a post sits elsewhere); a post found
    there twice keeps its JSON-LD reading (`_unique` keeps the first of one id)."""
    groups: dict[int, list[_Match]] = {}
    for match in matches:
        if match.node.parent is not None:
            groups.setdefault(match.node.parent.mem_id, []).append(match)
    if not groups:
        return []
    feed = max(groups.values(), key=lambda group: (len(group), _anchored_children(group[0])))
    first = feed[0]
    parent = first.node.parent
    assert parent is not None
    known = {m.node.mem_id: m.post for m in feed}
    out: list[Post] = []
    in_order: list[Post] = []  # the feed's posts as the page shows them, matched and not
    child = parent.first_child
    while child is not None:
        value = child.attributes.get(first.attr) if child.tag == first.node.tag else None
        if child.mem_id in known:
            in_order.append(known[child.mem_id])
        elif value and value.startswith(first.prefix):
            post = _rendered_post(child, value[len(first.prefix) :], first, page_url, fetched_at)
            if post is not None:
                out.append(post)
                in_order.append(post)
        child = child.next
    clocks = [
        post for post in out if post.published_at is None and post.published_text and CLOCK.match(post.published_text)
    ]
    if clocks:
        _date_clocks(in_order, clocks)
        out = [post for post in out if post.published_at is not None or not any(post is c for c in clocks)]
    return out


def _date_clocks(posts: list[Post], clocks: list[Post]) -> None:
    """Date the posts (in page order) that show only a clock, from the nearest dated post above them (below, for
    those at the top): on its day (in UK time), or the day before when the clock is past it and it is the newer
    post (a newest-first page crossing midnight: "23:50" under "00:20"), the day after when it is the older one.
    Which way the page runs is told by its dated posts; a clock with no dated post on the page stays undated."""
    dated = [post.published_at for post in posts if post.published_at is not None]
    if not dated:
        return
    newest_first = dated[0] >= dated[-1]
    above: datetime | None = None
    for i, post in enumerate(posts):
        if not any(post is c for c in clocks):
            above = post.published_at or above
            continue
        below = next((p.published_at for p in posts[i + 1 :] if p.published_at is not None), None)
        near = above if above is not None else below
        if near is None or not post.published_text:
            continue
        newer = (above is not None) == newest_first  # the neighbour is the newer post
        day = near.astimezone(LONDON).date()
        at = parse_time(post.published_text, default_date=day)
        if at is not None and newer and at > near:
            at = parse_time(post.published_text, default_date=day - timedelta(days=1))
        elif at is not None and not newer and at < near:
            at = parse_time(post.published_text, default_date=day + timedelta(days=1))
        post.published_at = at
        above = at if at is not None else above


def _anchored_children(match: _Match) -> int:
    """How many children of a matched element's parent carry an anchor like it: a feed's many, a pinned box's one."""
    parent = match.node.parent
    count = 0
    child = parent.first_child if parent is not None else None
    while child is not None:
        value = child.attributes.get(match.attr) if child.tag == match.node.tag else None
        count += bool(value and value.startswith(match.prefix))
        child = child.next
    return count


def _rendered_post(
    node: LexborNode, anchor: str, like: _Match, page_url: str | None, fetched_at: datetime | None
) -> Post | None:
    shown = read_rendered(node, page_url)
    clock_only = shown.machine is None and shown.shown is not None and CLOCK.match(shown.shown) is not None
    if (shown.machine is None and not clock_only) or shown.body is None or not (shown.title or shown.body.paragraphs):
        return None  # no time (a clock alone is dated by `_date_clocks`)
    post_id = _swap(like.post.post_id, like.anchor, anchor)
    url = _swap(like.post.url, like.anchor, anchor) if like.post.url else None
    return _shown_post(
        shown,
        shown.body,
        post_id=post_id or fallback_post_id(page_url, shown.title, shown.machine or shown.shown, shown.body.text),
        url=url,
        published_at=parse_time(shown.machine, base=fetched_at) if shown.machine else None,
        published_text=shown.shown or shown.machine,
    )


def _shown_post(
    shown: Rendered,
    body: Body,
    *,
    post_id: str,
    url: str | None,
    published_at: datetime | None,
    published_text: str | None,
) -> Post:
    """A post read from its rendering alone (``body``: ``shown``'s, known to be there), with its id, permalink and
    time as found."""
    return Post(
        post_id=post_id,
        title=shown.title,
        url=url,
        published_at=published_at,
        published_text=published_text,
        author=shown.author,
        role=shown.role if shown.author else None,
        body_text=body.text,
        embeds=untracked(body.embeds),
        images=body.images,
        links=body.links,
    )


def untracked(embeds: list[Embed]) -> list[Embed]:
    """One embed per address, share-tracking queries dropped (``?ref_src=twsrc%5Etfw``), as on BBC and Guardian
    pages (`scraper.layouts.bbc_blocks.merge_embeds`)."""
    if not embeds:
        return embeds
    from scraper.layouts.bbc_blocks import merge_embeds  # bbc_blocks imports this module (`join_names`)

    return merge_embeds(embeds)


def merge_images(shown: list[Image], given: list[Image]) -> list[Image]:
    """The body's images, then the ones ``image`` names that the body does not show (same ``src``): the body's
    ``img`` has the alt text and caption an ImageObject often lacks."""
    seen = {image.src for image in shown if image.src}
    return shown + [image for image in given if not image.src or image.src not in seen]


# A promo line a CMS puts in a post ("READ MORE: <a>Other story</a>"): the link is kept, the line is no body text.
_PROMO = re.compile(
    r"^(?:READ MORE|Read more|MORE|RELATED|Related|DON'T MISS|Don't miss|Also read|See also)"
    r"\s*[:\-\u2013\u2014|]\s*(.+)$"
)
# A credit a caption ends with: "Andy Burnham at the count (Image: Manchester Evening News)".
_CAPTION_CREDIT = re.compile(r"^(.*?)\s*\((?:Image|Picture|Photo|Photograph|Pic|Credit)s?:\s*([^()]+)\)$")


def tidy(body: Body) -> Body:
    """A body with its promo lines dropped (their links kept) and captions' trailing "(Image: X)" made the credit."""
    if body.links and any(_PROMO.match(line) for line in body.paragraphs):
        texts = {link.text for link in body.links}
        body.paragraphs = [line for line in body.paragraphs if not ((m := _PROMO.match(line)) and m.group(1) in texts)]
    for image in body.images:
        if image.caption and not image.credit and (m := _CAPTION_CREDIT.match(image.caption)):
            image.caption, image.credit = m.group(1) or None, m.group(2).strip()
    return body


def _swap(value: str | None, old: str, new: str) -> str | None:
    """``value`` with its last ``old`` replaced by ``new``; None when ``old`` is not in it."""
    if not value or old not in value:
        return None
    at = value.rindex(old)
    return value[:at] + new + value[at + len(old) :]


# A live-blog plugin's entry carries its time as Unix epoch seconds (WordPress's live-blog plugin:
# ``<article id="id_4521" class="liveblog-entry" data-timestamp="1620405600">``), its shown time only "3 hours ago".
TIMESTAMPED = "[data-timestamp]"
_EPOCH = re.compile(r"^\d{10}$")


def timestamped_entries(tree: LexborHTMLParser, page_url: str | None) -> list[Post]:
    """The posts a page renders as elements carrying their time as epoch seconds in ``data-timestamp``, for a page
    whose JSON-LD lists no updates (the plugin's JSON-LD names the blog alone): each read as an update's rendering
    (`read_rendered`), its permalink the entry's own link naming its id (``?liveblog_entry=4521``)."""
    posts: list[Post] = []
    for node in tree.css(TIMESTAMPED):
        stamp = node.attributes.get("data-timestamp") or ""
        shown = read_rendered(node, page_url) if _EPOCH.match(stamp) else None
        if shown is None or shown.body is None or not (shown.title or shown.body.paragraphs):
            continue
        at = datetime.fromtimestamp(int(stamp), UTC)
        url = _own_link(node, page_url)
        post_id = url or fallback_post_id(page_url, shown.title, at.isoformat(), shown.body.text)
        shown_at = shown.shown or _shown_clock(node) or stamp
        posts.append(_shown_post(shown, shown.body, post_id=post_id, url=url, published_at=at, published_text=shown_at))
    return posts


def _shown_clock(node: LexborNode) -> str | None:
    """The clock an entry shows among the parts of its time ("3 hours ago", "17:40"), else None."""
    holder = node.css_first(CLOCK_HOLDERS)
    if holder is None:
        return None
    return next((text for part in holder.css("*") if CLOCK.match(text := visible_text(part))), None)


def _own_link(node: LexborNode, page_url: str | None) -> str | None:
    """The address of the entry's own link: one whose address holds the number its ``id`` gives (``id_4521``)."""
    number = re.sub(r"\D", "", node.attributes.get("id") or "")
    if not number:
        return None
    for link in node.css("a[href]"):
        href = link.attributes.get("href") or ""
        if re.search(rf"(?<!\d){number}(?!\d)", href):
            return join_url(page_url, href)
    return None
