"""The BBC live-post model (TIPO/Optimo blocks) shared by the WebCore and World Service adapters.

A post arrives as JSON: ``urn``, ``type``/``typeCode``, ``link`` (not null on story promos), ``options.isBreakingNews``,
``dates.firstPublished/lastPublished/curated``, ``header.model.blocks`` (headline, subheadline, contributor) and
``content.model.blocks`` (paragraph, unorderedList/orderedList > listItem, image, video, audio, social, …).
Everything here is pure: JSON in, `Post` records out. Shapes are checked, never trusted: a post without a
``urn``, without a content block list, or with nothing readable in it is skipped with a warning naming it;
odd blocks are passed over.

Choices made here (the same for both adapters):
- title = the headline alone. Renderers print a subheadline after it (a visually hidden ", " between), but
  in real streams the subheadline is nearly always a byline ("Yvette Tan, Live editor", "Rushdi Abu Alouf -
  Reporting from Istanbul"), which would pollute titles and, in the body, the election facts: it is left out
  (a post with only a subheadline takes it as its title);
- ``published_at`` = ``dates.firstPublished`` (else ``curated``); ``published_text`` = that ISO string;
  ``updated_at`` = ``lastPublished`` only when it differs;
- ``typeCode`` GET_INVOLVED / QUESTION / ANALYSIS posts stay kind ``post`` with their title;
  a post whose ``link`` is set is a story promo, kind ``promo``, its link kept in ``links``;
- the key-points box (``summaryPoints``) becomes ONE post of kind ``summary``, one bullet per line.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from datetime import datetime
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlunsplit

from scraper.clean import Body, embed_kind, held_address, join_url, provider_kind, split_url, squash
from scraper.layouts.jsonld import join_names
from scraper.models import Embed, Image, Link, PageInfo, Post, fallback_post_id
from scraper.times import parse_iso

ICHEF = "https://ichef.bbci.co.uk/news/976"
BBC_HOST = "https://www.bbc.co.uk"
# The Next.js page data script's id, and its character `source.find_literal` looks for (an X is seldom on a page).
NEXT_NAME = "__NEXT_DATA__"
NEXT_RARE = "X"
STREAM_ID = re.compile(r"liveTextStreamId=([0-9A-Fa-f]{32})")
# bbc.com/<service>/live/<id>: a World Service (Simorgh) live page; news and sport are WebCore.
_WS_LIVE_PATH = re.compile(r"^/(?!news/|sport/)[a-z][a-z-]*(?:/[a-z-]+)?/live/[a-z0-9]+/?$")
# An http(s) address with no query, fragment, port, user or bracket, and no white space: `canonical_embed_url` of
# it is itself (``urlsplit`` then ``urlunsplit`` give back such a string unchanged; a test compares the two).
_PLAIN_URL = re.compile(r"https?://[A-Za-z0-9.-]+(?:/[^?#\s]*)?")
_TRACKING = {"ref_src", "ref_url", "igshid", "igsh", "s", "si", "feature"}  # not "t": a video start time
_INLINE = ("fragment", "urlLink")
_PAGE_PARAMS = (re.compile(r"([?&]pageNumber=)\d*"), re.compile(r"([?&]page=)\d*"))
# A post's share link ("Copy link": ``?post=asset%3A<uuid>#post``) pins that post on top of the page it opens.
_SHARE_PARAM = re.compile(r"([?&])post=[^&#]*(&?)")
_MEDIA = ("video", "audio")
_MAX_DEPTH = 40  # walks stop this many dicts/lists deep (hostile input)
# A backslash escape that may stand for a character from 0x40 to 0x7F (every letter, and the backslash itself:
# an escaped escape): JSON/JS ``\u00XX``, JS ``\xXX``. Without one, a word in decoded text is in the source text.
_LETTER_ESCAPE = re.compile(r"\\(?:u00|x)[4-7]")
_ESCAPE_TRIES = 1024
_HIGH_DIGITS = frozenset("4567")  # `_LETTER_ESCAPE`'s last character
_PLAIN_ESCAPES = ('"', "/")  # JSON escapes that stand for no white space and no letter
_TEXT_BLOCKS = frozenset(("paragraph", "fragment", "heading", "crosshead", "subheadline", "quote"))
_OWN_TEXT = (
    "paragraph",
    *_INLINE,
)  # a tuple (types may be unhashable JSON); blocks whose ``model.text`` is their text even with children
_NOT_READ = frozenset(("altText", "caption", "rawImage", "clipMedia", "renditions"))


class MalformedPost(ValueError):
    """One post of a stream cannot be read; the adapter skips it and keeps a warning."""


# --- safe access -------------------------------------------------------------------------------------


def as_dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def dig(value: Any, *path: str) -> Any:
    """``value[a][b]…`` through dicts, None as soon as a step is missing or not a dict."""
    for key in path:
        if not isinstance(value, dict):
            return None
        value = value.get(key)
    return value


def blocks_of(block: Any) -> list[Any]:
    return as_list(dig(block, "model", "blocks"))


def walk_dicts(value: Any, depth: int = 0) -> Iterator[dict[str, Any]]:
    """Every dict inside a JSON value, outermost first (depth-limited against hostile input).

    An explicit stack rather than nested generators: a recursive ``yield from`` costs a frame per level for
    every dict yielded, and the page data of a 200-post page is ~15 levels deep.
    """
    stack: list[tuple[Any, int]] = [(value, depth)]
    while stack:
        item, level = stack.pop()
        if level > _MAX_DEPTH:
            continue
        if isinstance(item, dict):
            yield item
            children: Any = item.values()
        elif isinstance(item, list):
            children = item
        else:
            continue
        nested = [(c, level + 1) for c in children if isinstance(c, (dict, list))]
        nested.reverse()
        stack.extend(nested)


def dicts_of_type(value: Any, kind: str) -> list[dict[str, Any]]:
    """The dicts of `walk_dicts` (same order, same depth limit; in decoded JSON) whose ``type`` is ``kind``.

    Recursion that only collects: a generator resumed for every dict costs more than the search itself.
    """
    found: list[dict[str, Any]] = []
    if isinstance(value, (dict, list)):
        _collect_type(value, kind, 0, found)
    return found


def first_dict_with(value: Any, key: str) -> dict[str, Any] | None:
    """The first dict of `walk_dicts` whose ``key`` holds a dict, else None."""
    return _first_with(value, key, 0) if isinstance(value, (dict, list)) else None


def _first_with(value: dict[str, Any] | list[Any], key: str, level: int) -> dict[str, Any] | None:
    if level > _MAX_DEPTH:
        return None
    children: Any = value
    if isinstance(value, dict):
        if isinstance(value.get(key), dict):
            return value
        children = value.values()
    level += 1
    if level > _MAX_DEPTH:
        return None
    # As `_collect_type`: a dict child is looked at here and its children recursed into (half the calls).
    for child in children:
        kind_of = type(child)
        if kind_of is dict:
            if type(child.get(key)) is dict:
                return child
            if level < _MAX_DEPTH:
                for grandchild in child.values():
                    inner = type(grandchild)
                    if (inner is dict or inner is list) and grandchild:
                        found = _first_with(grandchild, key, level + 1)
                        if found is not None:
                            return found
        elif kind_of is list and child:
            found = _first_with(child, key, level)
            if found is not None:
                return found
    return None


def _collect_type(value: dict[str, Any] | list[Any], kind: str, level: int, found: list[dict[str, Any]]) -> None:
    if level > _MAX_DEPTH:
        return
    children: Any = value
    if isinstance(value, dict):
        if value.get("type") == kind:
            found.append(value)
        children = value.values()
    level += 1
    if level > _MAX_DEPTH:
        return
    # A dict child is looked at here, its own children recursed into: half the calls of one call a dict.
    # Empty dicts and lists hold nothing to find. Decoded JSON holds exact dicts and lists (no subclasses): one
    # `type` look per value tells the containers from the strings and numbers (two `isinstance` calls did).
    for child in children:
        kind_of = type(child)
        if kind_of is dict:
            if child.get("type") == kind:
                found.append(child)
            if level < _MAX_DEPTH:
                for grandchild in child.values():
                    inner = type(grandchild)
                    if (inner is dict or inner is list) and grandchild:
                        _collect_type(grandchild, kind, level + 1, found)
        elif kind_of is list and child:
            _collect_type(child, kind, level, found)


# --- finding the stream --------------------------------------------------------------------------------


def looks_like_post(item: Any) -> bool:
    return (
        isinstance(item, dict)
        and isinstance(item.get("urn"), str)
        and isinstance(dig(item, "content", "model", "blocks"), list)
    )


def is_stream(value: Any) -> bool:
    """A ``{results: [post…], page: …}`` dict: results of posts, or an empty page of a stream."""
    if not isinstance(value, dict) or not isinstance(value.get("results"), list):
        return False
    results = value["results"]
    if not results:
        return isinstance(value.get("page"), dict)
    return any(looks_like_post(item) for item in results)


def find_stream(data: Any) -> dict[str, Any] | None:
    """The first post stream inside a JSON document (any depth)."""
    return next((d for d in walk_dicts(data) if is_stream(d)), None)


_SUMMARY_KEYS = ("summaryPoints", "keyPoints")
_SUMMARY_KEYS_END = "yPoints"  # how both end: one scan of a page without them instead of two


def find_summary(data: Any, text: str | None = None) -> dict[str, Any] | None:
    """The key-points box: a ``summaryPoints``/``keyPoints`` value with content blocks.

    ``text``, the document ``data`` was decoded from, lets a page without either key name skip the walk
    over every dict (most of a stream page's parse time otherwise); serializers never escape key letters.
    """
    if text is not None and not may_name_summary(text):
        return None
    return summary_in(walk_dicts(data))


def may_name_summary(text: str) -> bool:
    """Whether ``text`` names a key `find_summary` looks for (its walk is skipped otherwise)."""
    return _SUMMARY_KEYS_END in text and any(key in text for key in _SUMMARY_KEYS)


def summary_in(dicts: Iterable[dict[str, Any]]) -> dict[str, Any] | None:
    """`find_summary`'s box in ``dicts`` (those of `walk_dicts`, in its order), taken one by one until it is found."""
    for d in dicts:
        for key in _SUMMARY_KEYS:
            box = d.get(key)
            if blocks_of(dig(box, "content")):
                return as_dict(box)
    return None


def stream_id_in(data: Any) -> str | None:
    """``liveTextStream.id`` (32 hex), else a ``liveTextStreamId=`` inside a request key."""
    return stream_id_of(walk_dicts(data))


def stream_id_of(dicts: Iterable[dict[str, Any]]) -> str | None:
    """`stream_id_in` of ``dicts`` (those of `walk_dicts`, in its order), taken one by one until one is found."""
    for d in dicts:
        sid = dig(d, "liveTextStream", "id")
        if isinstance(sid, str) and sid:
            return sid
        for key in d:
            m = STREAM_ID.search(key)
            if m:
                return m.group(1)
    return None


def is_ws_live_url(url: str | None) -> bool:
    """bbc.com / bbc.co.uk ``/<service>/live/<id>`` (not /news/ or /sport/): a World Service page."""
    if not url:
        return False
    parts = split_url(url)
    host = (parts.hostname or "").lower()
    return host.endswith(("bbc.com", "bbc.co.uk")) and bool(_WS_LIVE_PATH.match(parts.path))


def json_family(data: Any, url: str | None) -> str | None:
    """Which BBC adapter reads a bare JSON document, or None when it holds no post stream.

    ``liveTextStream`` anywhere (Simorgh page data) or a World Service URL → ``bbc-simorgh``;
    any other stream (the ``{page, results}`` endpoint answer, an ``__INITIAL_DATA__`` document) → ``bbc-webcore``.
    """
    if not isinstance(data, dict) or find_stream(data) is None:
        return None
    if any("liveTextStream" in d for d in walk_dicts(data)) or is_ws_live_url(url):
        return "bbc-simorgh"
    return "bbc-webcore"


# --- page numbers ------------------------------------------------------------------------------------


def page_info(page: Any, url: str | None) -> PageInfo:
    """``page: {index, total}`` → PageInfo; neighbours as ``?page=N`` (``pageNumber=N`` on the endpoint)."""
    index, total = dig(page, "index"), dig(page, "total")
    number = index if isinstance(index, int) and not isinstance(index, bool) else None
    count = total if isinstance(total, int) and not isinstance(total, bool) else None
    info = PageInfo(number=number, total=count)
    if url and number is not None:
        if count is not None and number < count:
            info.next_url = with_page(url, number + 1)
        if number > 1:
            info.prev_url = with_page(url, number - 1)
    return info


def with_page(url: str, number: int) -> str:
    """The same address at page ``number``; the rest of the query is kept byte for byte, but a post's share
    parameter (``post=asset%3A…``, from a link a reader copied): the next page of a live page is not that post's."""
    base = url.split("#", 1)[0]
    if "post=" in base:
        base = _SHARE_PARAM.sub(lambda m: m.group(1) if m.group(2) else "", base, count=1)
    for param in _PAGE_PARAMS:
        if param.search(base):
            return param.sub(lambda m: f"{m.group(1)}{number}", base, count=1)
    return f"{base}{'&' if '?' in base else '?'}page={number}"


def own_page_url(url: str, number: int | None) -> str:
    """The address of page ``number`` from the page's own canonical ``url``, which may name page 1 (no ``?page=``)
    on any page of the stream: page 1 is left as it is written, another page gets its number."""
    if number is None or (number == 1 and not any(param.search(url) for param in _PAGE_PARAMS)):
        return url
    return with_page(url, number)


# --- one post ----------------------------------------------------------------------------------------


def may_hold(text: str, word: str) -> bool:
    """Whether JSON decoded from ``text`` (once, or twice through a string literal) may hold the string ``word``
    (ASCII letters): False only when ``word`` is not in ``text`` and no escape there could spell a letter.

    The escapes are looked for at each backslash in turn (a memchr to the next; the regex scans every character,
    ~5 instructions each), the regex taking over from the `_ESCAPE_TRIES`-th on."""
    if word in text:
        return True
    j = text.find("\\")
    for _ in range(_ESCAPE_TRIES):
        if j < 0:
            return False
        after = text[j + 1 : j + 2]  # `_LETTER_ESCAPE` read in place (a regex call costs ten of these)
        if after == "u":
            if text.startswith("u00", j + 1) and text[j + 4 : j + 5] in _HIGH_DIGITS:
                return True
        elif after == "x" and text[j + 2 : j + 3] in _HIGH_DIGITS:
            return True
        j = text.find("\\", j + 1)
    return j >= 0 and _LETTER_ESCAPE.search(text, j) is not None


def posts_from_stream(
    stream: dict[str, Any], page_url: str | None, text: str | None = None
) -> tuple[list[Post], list[str]]:
    """Every readable post of a stream, and one warning line per post that was skipped. ``text``: the document
    the stream was decoded from; a page whose text cannot hold ``urlLink`` is read without looking for links, and
    one whose strings can hold no white space but the space has its texts on one line told without a scan each."""
    return posts_from_items(as_list(stream.get("results")), page_url, text)


def posts_from_items(
    items: Iterable[Any], page_url: str | None, text: str | None = None
) -> tuple[list[Post], list[str]]:
    """`posts_from_stream` of the stream's ``results`` (read as they come: they may be decoded one at a time)."""
    plain = text is not None and plain_strings(text)
    # plain strings: no escape at all that could spell a letter (`may_hold` without its walk)
    links = text is None or ("urlLink" in text if plain else may_hold(text, "urlLink"))
    line = spaced_line if plain else one_line
    posts: list[Post] = []
    warnings: list[str] = []
    seen: set[str] = set()
    for n, item in enumerate(items, start=1):
        try:
            post = read_post(item, page_url, links, line)
        except MalformedPost as exc:
            urn = item.get("urn") if isinstance(item, dict) else None
            warnings.append(f"post {n}{f' ({urn})' if isinstance(urn, str) else ''} skipped: {exc}")
            continue
        posts = add_in_place(posts, post, seen)
    return posts, warnings


def add_in_place(posts: list[Post], post: Post, seen: set[str]) -> list[Post]:
    """``posts`` with ``post`` added last (``seen``: their ids, ``post``'s added). A post already there leaves its
    earlier place: BBC's pinned post comes first and again where the stream places it, and is kept once, there."""
    if post.post_id in seen:
        posts = [kept for kept in posts if kept.post_id != post.post_id]
    seen.add(post.post_id)
    posts.append(post)
    return posts


def read_post(item: Any, page_url: str | None, links: bool = True, line: Callable[[str], str] | None = None) -> Post:
    """One post of a stream; ``line``: `one_line`, or what stands for it on the page (`spaced_line`)."""
    line = line or one_line
    if not isinstance(item, dict):
        raise MalformedPost(f"not an object but {type(item).__name__}")
    urn = item.get("urn")
    if not isinstance(urn, str) or not urn.strip():
        raise MalformedPost("no urn")
    blocks = _model_blocks(item.get("content"))
    if not isinstance(blocks, list):
        raise MalformedPost("no content.model.blocks list")
    head = as_list(_model_blocks(item.get("header")))
    title = heading(head, line)
    content = Body()
    read_blocks(blocks, content, page_url, links, line)
    link = link_url(item.get("link"), page_url)
    if link and not (title and content.paragraphs):
        title = promo_card(item, title, content)
    if not (title or content.paragraphs or content.embeds or content.images):
        raise MalformedPost("nothing readable: no headline, text or media")
    author, role = contributor(head)
    options = item.get("options")
    dates = item.get("dates")
    published_at, published_text, updated_at = read_dates(dates if isinstance(dates, dict) else {})
    if link:  # a story promo: its link kept
        content.links.append(Link(text=title or link, url=link))
    # Post's fields by position, in their order (tests hold Post to it): a call by keyword costs twice as much
    return Post(
        urn.strip(),
        title,
        None,  # url
        published_at,
        published_text,
        updated_at,
        author,
        role,
        "promo" if link else "post",  # kind
        isinstance(options, dict) and options.get("isBreakingNews") is True,  # is_breaking
        content.text,  # body_text
        content.embeds,
        content.images,
        content.links,
    )


def promo_card(item: dict[str, Any], title: str | None, content: Body) -> str | None:
    """A story promo's card where its blocks leave it out: the title, summary and picture a link post carries
    in ``titles[].title``, ``descriptions[].text`` and ``images[]`` (null on other posts). Fills ``content``
    and returns the title."""
    if not title:
        title = _first_text(item.get("titles"), "title")
    if not content.paragraphs and (summary := _first_text(item.get("descriptions"), "text")):
        content.paragraphs.append(summary)
    if not content.images:
        for picture in as_list(item.get("images")):
            src = picture.get("originalUrl") or picture.get("url") if isinstance(picture, dict) else None
            if isinstance(src, str) and src.strip():
                alt, credit = picture.get("altText"), picture.get("copyright")
                alt, credit = (squash(v) if isinstance(v, str) and v.strip() else None for v in (alt, credit))
                content.images.append(Image(alt=alt, credit=credit, src=src.strip()))
                break
    return title


def _first_text(entries: Any, key: str) -> str | None:
    """The first non-blank ``entry[key]`` string of a list of objects."""
    for entry in as_list(entries):
        value = entry.get(key) if isinstance(entry, dict) else None
        if isinstance(value, str) and value.strip():
            return squash(value)
    return None


def _model_blocks(value: Any) -> Any:
    """``value.model.blocks`` (`dig` without its loop), None when a step is missing or not a dict."""
    model = value.get("model") if isinstance(value, dict) else None
    return model.get("blocks") if isinstance(model, dict) else None


def heading(head: list[Any], line: Callable[[str], str] | None = None) -> str | None:
    headline = subheadline = ""
    for block in head:
        kind = block.get("type") if isinstance(block, dict) else None
        if kind == "headline":
            headline = headline or text_of(block, line)
        elif kind == "subheadline":
            subheadline = subheadline or text_of(block, line)
    return headline or subheadline or None


def contributor(head: list[Any]) -> tuple[str | None, str | None]:
    """Name and role of the post's contributor blocks; several are "A, B and C" with `roles_of` theirs."""
    people: list[tuple[str | None, str | None]] = []
    for block in head:
        if isinstance(block, dict) and block.get("type") == "contributor":
            # {model: {name, subtitle}} on live posts; Optimo bylines nest {type: name} / {type: role} blocks
            model = block.get("model")  # `dig` without its loop (twice a post)
            name, role = (model.get("name"), model.get("subtitle")) if isinstance(model, dict) else (None, None)
            name = squash(name) if isinstance(name, str) else text_of(child(block, "name"))
            role = squash(role) if isinstance(role, str) else text_of(child(block, "role"))
            people.append((name or None, role or None))
    if len(people) < 2:
        return people[0] if people else (None, None)
    return join_names([name for name, _ in people if name]), roles_of([role for _, role in people])


def roles_of(roles: list[str | None]) -> str | None:
    """The one role of several contributors; when theirs differ, each once, in order, joined by "; "."""
    distinct = list(dict.fromkeys(r for r in roles if r))
    return "; ".join(distinct) or None


def read_dates(dates: dict[str, Any]) -> tuple[datetime | None, str | None, datetime | None]:
    """``published_at``, ``published_text`` and ``updated_at`` of a post's ``dates``."""
    published: datetime | None = None
    shown: str | None = None
    for key in ("firstPublished", "curated"):
        raw = dates.get(key)
        when = parse_iso(raw) if isinstance(raw, str) else None
        if when is not None:
            published, shown = when, raw
            break
    last = dates.get("lastPublished")
    if isinstance(last, str) and last != shown:  # usually the same string: nothing to read
        updated = parse_iso(last)
        if updated is not None and updated != published:
            return published, shown, updated
    return published, shown, None


def link_url(link: Any, page_url: str | None) -> str | None:
    if isinstance(link, str) and link.strip():
        return join_url(page_url or BBC_HOST, link.strip())
    if not isinstance(link, dict):
        return None
    url = link.get("url")
    if isinstance(url, str) and url:
        return join_url(page_url or BBC_HOST, url)
    host, path = link.get("host"), link.get("path")
    if isinstance(path, str) and path:
        base = f"{link.get('scheme') or 'https'}://{host}" if isinstance(host, str) and host else page_url or BBC_HOST
        return join_url(base, path)
    return None


# --- blocks ------------------------------------------------------------------------------------------


def text_of(block: Any, line: Callable[[str], str] | None = None) -> str:
    """The plain text of a block on one line: ``model.text`` when given, else its children's. ``line``: what
    stands for `one_line` (`read_post`)."""
    line = line or one_line
    # `_raw_text` down the usual chain of only children (headline > text > paragraph) without its calls: the
    # spaces it puts around a child's text are the ends `one_line` drops
    while isinstance(block, dict):
        model = block.get("model")
        if not isinstance(model, dict):
            return ""
        text, parts = model.get("text"), model.get("blocks")
        if not isinstance(parts, list) or not parts:
            return line(text) if isinstance(text, str) else ""
        if isinstance(text, str) and block.get("type") in _OWN_TEXT:
            return line(text)
        if len(parts) > 1:
            return " ".join(_raw_text(block).split())
        block = parts[0]
    return ""


def one_line(text: str) -> str:
    """``" ".join(text.split())``: the words on one line, one space apart. Most texts already are, which is told
    without splitting them: every white space but the space is unprintable (a test checks every character), so a
    printable text holding no two spaces running and none at either end is its own words joined."""
    return spaced_line(text) if text.isprintable() else " ".join(text.split())


def spaced_line(text: str) -> str:
    """`one_line` of a text that holds no white space but the space (see `plain_strings`)."""
    if "  " not in text and text[:1] != " " and text[-1:] != " ":
        return text
    return " ".join(text.split())


def plain_strings(text: str) -> bool:
    """Whether no string of JSON decoded from ``text`` (once, or twice through a string literal) can hold white
    space but the space: ``text`` is ASCII and its only escapes are ``\\"`` and ``\\/`` (JSON holds no raw control
    character in a string, and every other escape may spell one; a backslash itself is one of those)."""
    if not text.isascii():
        return False
    j = text.find("\\")
    while j >= 0:
        if text[j + 1 : j + 2] not in _PLAIN_ESCAPES:
            return False
        j = text.find("\\", j + 2)
    return True


def _raw_text(block: Any) -> str:
    if not isinstance(block, dict):
        return ""
    model = block.get("model")
    if not isinstance(model, dict):
        return ""
    text, parts = model.get("text"), model.get("blocks")
    if not isinstance(parts, list) or not parts:
        return text if isinstance(text, str) else ""  # a quote: ``{type: quote, model: {text, quoteSource}}``
    if isinstance(text, str) and block.get("type") in _OWN_TEXT:
        return text
    # Inline children (fragments, links) carry their own spaces; block children are separate lines.
    if len(parts) == 1:  # the usual wrapper (headline > text > paragraph): no list to join
        part = parts[0]
        inner = _raw_text(part)
        return inner if isinstance(part, dict) and part.get("type") in _INLINE else f" {inner} "
    return "".join([
        _raw_text(part) if isinstance(part, dict) and part.get("type") in _INLINE else f" {_raw_text(part)} "
        for part in parts
    ])  # fmt: skip


def read_blocks(
    blocks: list[Any], out: Body, page_url: str | None, links: bool = True, line: Callable[[str], str] | None = None
) -> None:
    """The blocks' lines, links, images and embeds into ``out``; ``links`` False: no ``urlLink`` is there. ``line``:
    what stands for `one_line` (`read_post`)."""
    line = line or one_line
    paragraphs = out.paragraphs
    for block in blocks:
        if not isinstance(block, dict):
            continue
        kind = block.get("type")
        if not isinstance(kind, str):
            continue
        if kind == "quote" and _stacked(block):
            read_blocks(blocks_of(block), out, page_url, links, line)
        elif kind in _TEXT_BLOCKS:
            model = block.get("model")
            text = model.get("text") if kind == "paragraph" and isinstance(model, dict) else None
            # a paragraph's own text is its text (`_raw_text`), whatever its children
            text = line(text) if isinstance(text, str) else text_of(block, line)
            if text:
                paragraphs.append(text)
            if links:
                found: list[dict[str, Any]] = []
                _collect_type(block, "urlLink", 0, found)  # `links_in` without its calls
                if found:
                    out.links.extend(_links(found, page_url))
            source = model.get("quoteSource") if isinstance(model, dict) else None
            if isinstance(source, str):
                add_line(out, squash(source))
        elif kind == "include":
            graphic = dig(block, "model", "idt2Image", "src")  # an IDT2 results graphic: its static image
            if isinstance(graphic, str) and graphic:
                out.images.append(Image(alt=_include_title(block), src=join_url(page_url or BBC_HOST, graphic)))
            href = dig(block, "model", "href")  # the interactive itself (a results map, a scoreboard)
            if isinstance(href, str) and href.strip():
                out.embeds.append(Embed(kind="other", url=join_url(page_url or BBC_HOST, href.strip())))
        elif kind in ("unorderedList", "orderedList"):
            for item in blocks_of(block):
                add_line(out, text_of(item, line))
                if links:
                    out.links.extend(links_in(item, page_url))
        elif kind == "image":
            picture = image(block, line)
            if picture.alt or picture.src or picture.caption or picture.credit:  # a block with none of them is no image
                out.images.append(picture)
        elif kind in _MEDIA:
            out.embeds.append(media(block, kind, page_url))
        elif kind in ("social", "embed", "oEmbed"):
            embed = social(block)
            if embed is not None:
                out.embeds.append(embed)
        elif kind not in _NOT_READ:
            read_blocks(blocks_of(block), out, page_url, links, line)


def _stacked(block: dict[str, Any]) -> bool:
    """Whether a quote is told in blocks of its own (the words, then who said them) rather than as one text:
    no ``model.text``, and more than one child, not all of them pieces of one line (fragments, links)."""
    model = block.get("model")
    if not isinstance(model, dict) or isinstance(model.get("text"), str):
        return False
    parts = model.get("blocks")
    return (
        isinstance(parts, list)
        and len(parts) > 1
        and any(not (isinstance(p, dict) and p.get("type") in _INLINE) for p in parts)
    )


def _include_title(block: Any) -> str | None:
    for key in ("title", "altText", "name"):
        value = dig(block, "model", key) or dig(block, "model", "idt2Image", key)
        if isinstance(value, str) and value.strip():
            return squash(value)
    return None


def add_line(out: Body, text: str) -> None:
    if text:
        out.paragraphs.append(text)


def links_in(block: Any, page_url: str | None) -> list[Link]:
    links: list[dict[str, Any]] = []
    if isinstance(block, (dict, list)):
        _collect_type(block, "urlLink", 0, links)  # `dicts_of_type` without its call
    return _links(links, page_url) if links else []


def _links(links: list[dict[str, Any]], page_url: str | None) -> list[Link]:
    """The links of the ``urlLink`` blocks that have a locator."""
    found: list[Link] = []
    for d in links:
        locator = dig(d, "model", "locator")
        if isinstance(locator, str) and locator:
            found.append(Link(text=text_of(d) or locator, url=join_url(page_url or BBC_HOST, locator)))
    return found


def child(block: Any, kind: str) -> dict[str, Any]:
    return next((as_dict(b) for b in blocks_of(block) if dig(b, "type") == kind), {})


def children(block: Any, kinds: tuple[str, ...]) -> dict[str, dict[str, Any]]:
    """The first child block of each of ``kinds`` (as `child` finds it, in one pass)."""
    found: dict[str, dict[str, Any]] = {}
    for b in blocks_of(block):
        kind = b.get("type") if isinstance(b, dict) else None
        if kind in kinds and kind not in found:
            found[kind] = b
    return found


_IMAGE_PARTS = ("rawImage", "altText", "caption")


def image(block: Any, line: Callable[[str], str] | None = None) -> Image:
    parts = children(block, _IMAGE_PARTS)
    raw = as_dict(parts.get("rawImage", {}).get("model"))
    credit, locator, origin = raw.get("copyrightHolder"), raw.get("locator"), raw.get("originCode")
    return Image(
        alt=text_of(parts.get("altText"), line) or None,
        caption=text_of(parts.get("caption"), line) or None,
        credit=squash(credit) or None if isinstance(credit, str) else None,
        src=ichef_url(origin, locator),
    )


def ichef_url(origin: Any, locator: Any) -> str | None:
    if not isinstance(locator, str) or not locator:
        return None
    if locator.startswith("http"):
        return locator
    if not isinstance(origin, str) or not origin:
        return None
    return f"{ICHEF}/{origin}/{locator.lstrip('/')}"


def media(block: Any, kind: str, page_url: str | None) -> Embed:
    """BBC video/audio: the programme page of the clip when known, else its pips locator."""
    clip = child(block, "clipMedia") or child(block, "aresMedia")
    path = dig(clip, "model", "link", "path")
    if isinstance(path, str) and path:
        return Embed(kind=kind, url=join_url(page_url or BBC_HOST, path))
    locator = dig(block, "model", "locator") or dig(clip, "model", "id")
    return Embed(kind=kind, url=locator if isinstance(locator, str) and locator else None)


def social(block: Any) -> Embed | None:
    """A social block: its URL (``source``/``href``/oEmbed ``url``; in an archive's copy, the post's own address it
    holds) and network (host, else provider)."""
    holder = first_dict_with(block, "oembed")
    oembed: dict[str, Any] = holder["oembed"] if holder is not None else {}
    model = as_dict(as_dict(block).get("model"))
    url: str | None = next((u for u in (model.get("href"), model.get("source"), oembed.get("url")) if _is_url(u)), None)
    if url is not None:
        url = held_address(url)
    kind = embed_kind(url) or provider_kind(oembed.get("provider_name") or model.get("source"))
    if url is None and kind == "other":
        return None
    return Embed(kind=kind, url=canonical_embed_url(url))


def _is_url(value: Any) -> bool:
    return isinstance(value, str) and value.startswith(("http://", "https://"))


def canonical_embed_url(url: str | None) -> str | None:
    """A social URL without its share-tracking query (``ref_src``, ``utm_*``, ``s=20``)."""
    if not url or _PLAIN_URL.fullmatch(url):
        return url  # what the split and the join below give back
    parts = split_url(url)
    if not parts.query:  # nothing to drop (`parse_qsl` of "" is [], its `urlencode` "")
        return urlunsplit((parts.scheme, parts.netloc, parts.path, "", ""))
    query = [
        (k, v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if k not in _TRACKING and not k.startswith("utm_")
    ]
    return urlunsplit((parts.scheme, parts.netloc, parts.path, urlencode(query), ""))


def merge_embeds(embeds: list[Embed]) -> list[Embed]:
    """One embed per URL, tracking queries dropped; a URL-less gate is dropped when its network has a URL."""
    out: list[Embed] = []
    for embed in embeds:
        url = canonical_embed_url(embed.url)
        if any(e.url == url and e.kind == embed.kind for e in out):
            continue
        out.append(Embed(kind=embed.kind, url=url))
    with_url = {e.kind for e in out if e.url}
    return [e for e in out if e.url or e.kind not in with_url]


# --- key points ----------------------------------------------------------------------------------------


def summary_post(box: dict[str, Any], page_url: str | None) -> Post | None:
    """The key-points box as one post of kind ``summary`` (one bullet a line), or None when empty."""
    content = Body()
    read_blocks(blocks_of(box.get("content")), content, page_url)
    if not content.paragraphs:
        return None
    body = "\n".join(content.paragraphs)
    box_id = box.get("id")
    post_id = box_id if isinstance(box_id, str) and box_id else fallback_post_id(page_url, None, None, body)
    return Post(post_id=post_id, kind="summary", body_text=body, links=content.links, images=content.images)
