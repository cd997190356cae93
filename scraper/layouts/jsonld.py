"""Layout adapter: any page that carries a schema.org ``LiveBlogPosting`` — JSON-LD first, microdata second.

A fallback after the specific families (``scraper.parse.LAYOUTS`` puts it after them): a BBC or Guardian page
that also carries JSON-LD is read by its own adapter. Decisions, in one place:

- Every ``script[type="application/ld+json"]`` is read; one that is not valid JSON is skipped with a warning
  and the others still count. A LiveBlogPosting is found anywhere in the data: top level, a list, ``@graph``,
  nested (``mainEntity``); ``@type`` may be a list or a prefixed IRI (``schema:LiveBlogPosting``); an update
  or an update's author given as a bare ``{"@id": …}`` reference is looked up among the other nodes.
- A NewsArticle (any object) carrying ``liveBlogUpdate`` counts as a LiveBlogPosting.
- ``post_id`` = the update's ``@id``, else its ``url``, else ``fallback_post_id`` (page URL + headline + time);
  an ``@id``/``url`` several different updates share (the page's own address) is no post id.
  A page number in it (``?page=2``, ``/page/2``: ids relative to the page the post is on) is dropped, so a post
  keeps one id as it slides down the pages (``scraper.models.without_page_part``).
- ``author``: the Person names ("A and B"). An Organization author is the publisher, not a byline → null.
  ``role``: the ``jobTitle`` of a post's one Person author, else the Organizations listed beside the Person
  authors (the outlet or desk they write for, as a BBC contributor's subtitle). ``updated_at``: ``dateModified``
  when it is not the publication instant. An update with ``dateModified`` alone was published then
  (``published_at``, no update).
- ``body_text``: ``articleBody`` split on line breaks; HTML inside it is cleaned like a page body.
- Microdata (``[itemtype*=LiveBlogPosting]`` holding ``[itemprop=liveBlogUpdate]``) is read when JSON-LD gives
  no updates: its ``articleBody`` is real HTML, so embeds and images come out of it.
- The updates the page also renders (an element whose ``id``/``data-id`` is the anchor of the update's
  permalink) complete the JSON-LD: body, embeds, image captions, byline; the rendered posts beside them that the
  JSON-LD left out are posts too (`scraper.layouts.jsonld_html`), as are microdata updates a thinner JSON-LD lacks.
- A LiveBlogPosting with no updates is a ``ParseError`` that says what was looked for.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterable, Iterator
from datetime import datetime
from typing import Any, TypeGuard
from urllib.parse import urlsplit

from selectolax.lexbor import LexborHTMLParser, LexborNode

from scraper.clean import Body, classify_line, embed_kind, html_body, iframe_src, join_url, squash, visible_text
from scraper.errors import ParseError
from scraper.layouts.jsonld_html import (
    TIMESTAMPED,
    merge_images,
    merge_rendered,
    tidy,
    timestamped_entries,
    untracked,
)
from scraper.models import Embed, Image, Page, PageInfo, Post, fallback_post_id, without_page_part
from scraper.source import Source
from scraper.times import parse_time

NAME = "jsonld"

LD_SCRIPT = 'script[type="application/ld+json"]'
MICRODATA_BLOG = '[itemtype*="LiveBlogPosting"]'
MICRODATA_UPDATE = '[itemprop~="liveBlogUpdate"]'
LIVE_BLOG = "LiveBlogPosting"
UPDATES = "liveBlogUpdate"
LOOKED_FOR = f"liveBlogUpdate in {LD_SCRIPT}, microdata {MICRODATA_BLOG} {MICRODATA_UPDATE} and entries {TIMESTAMPED}"

_LEADING_WRAPPER = re.compile(r"^\s*(?://\s*)?(?:<!--|<!\[CDATA\[)")
_TRAILING_WRAPPER = re.compile(r"(?://\s*)?(?:-->|\]\]>)\s*$")
_CONTENT_KEYS = {"headline", "name", "articleBody", "text", "description"}
_HTML_IN_TEXT = re.compile(r"<(?:p|br|div|ul|ol|li|blockquote|figure|img|h[2-6])\b", re.I)


# --- helpers any HTML layout may use -------------------------------------------------------------------


def html_title(tree: LexborHTMLParser) -> str | None:
    """The page title as a reader sees it: the ``h1``, else ``og:title``, else ``<title>``."""
    h1 = tree.css_first("h1")
    if h1 is not None and (text := visible_text(h1)):
        return text
    og = tree.css_first('meta[property="og:title"][content]')
    if og is not None and (text := squash(og.attributes.get("content"))):
        return text
    title = tree.css_first("title")
    return (squash(title.text()) or None) if title is not None else None


def rel_link(tree: LexborHTMLParser, rel: str, base: str | None) -> str | None:
    """The absolute address of ``<link rel=REL>`` / ``<a rel=REL>`` (fragment dropped), else None."""
    node = tree.css_first(f'link[rel~="{rel}"][href], a[rel~="{rel}"][href]')
    if node is None:
        return None
    return join_url(base, node.attributes.get("href") or "").split("#", 1)[0]


def join_names(names: list[str]) -> str | None:
    """["A"] → "A"; ["A", "B", "C"] → "A, B and C"; [] → None."""
    if len(names) == 1:  # most posts have one contributor: nothing to drop or join
        return names[0] or None
    names = list(dict.fromkeys(n for n in names if n))
    if not names:
        return None
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


# --- detect / parse ------------------------------------------------------------------------------------


def detect(src: Source) -> bool:
    if not src.is_html:
        return any(True for _ in _find_blogs(src.json_data))
    if LIVE_BLOG not in src.text and UPDATES not in src.text:
        return False
    # A script that names the type (or the updates, as a NewsArticle carrying them does) counts even when its JSON
    # is broken: that is a ParseError, not an unknown page.
    scripts = src.tree.css(LD_SCRIPT)
    return (
        any(LIVE_BLOG in (text := s.text() or "") or f'"{UPDATES}"' in text for s in scripts)
        or src.tree.css_first(MICRODATA_BLOG) is not None
    )


def parse(src: Source) -> Page:
    tree = src.tree if src.is_html else None
    warnings: list[str] = []
    docs = _ld_documents(tree, warnings) if tree is not None else [src.json_data]
    blogs = [blog for doc in docs for blog in _find_blogs(doc)]
    given = None if src.url_from_page else src.url  # the blog's own url outranks the page's canonical one
    canonical = None if given or tree is None else rel_link(tree, "canonical", None)
    if canonical is not None and not canonical.startswith(("https://", "http://")):
        canonical = src.url  # a relative one: the page's own address as `declared_url` resolved it (or found none)
    blogs = _own_blogs(blogs, given or canonical)
    page_url = given or _blog_url(blogs) or canonical
    title = next((t for b in blogs if (t := _str(b.get("headline")))), None)
    page = Page(url=page_url, layout=NAME, title=title, fetched_at=src.fetched_at, warnings=warnings)
    index = {node["@id"]: node for doc in docs for node in _dicts(doc) if isinstance(node.get("@id"), str)}
    updates = [_with_authors(_resolve(u, index), index) for blog in blogs for u in _flat(blog.get(UPDATES))]
    posts = _own_ids(
        [_ld_post(u, page_url, src.fetched_at, warnings) for u in updates if isinstance(u, dict)], page_url
    )
    if tree is not None:
        page.title = page.title or html_title(tree)
        page.page = PageInfo(next_url=rel_link(tree, "next", page_url), prev_url=rel_link(tree, "prev", page_url))
        if not any(posts):
            posts = _own_ids(_microdata_posts(tree, page_url, src.fetched_at, warnings), page_url)
            if not any(posts):  # a plugin's JSON-LD that names the blog alone: its rendered entries
                posts = [*timestamped_entries(tree, page_url)]
        else:  # the updates the page also renders: what the JSON-LD leaves out, and the ones it leaves out
            merged = merge_rendered(tree, _unique(posts), page_url, src.fetched_at)
            page.posts = _unique(merged + _microdata_beyond(tree, merged, page_url, src.fetched_at, warnings))
    page.posts = page.posts or _unique(posts)
    if not page.posts:
        raise ParseError(_no_posts(len(blogs), len(updates), warnings), source=src.name)
    return page


def _no_posts(blogs: int, updates: int, warnings: list[str]) -> str:
    if not blogs:
        found = "no readable LiveBlogPosting"
    elif not updates:
        found = "a LiveBlogPosting whose liveBlogUpdate is empty or missing (has the coverage started?)"
    else:
        found = f"{updates} liveBlogUpdate(s), none with a headline or articleBody"
    problems = "".join(f"; {w}" for w in warnings)
    return f"schema.org live blog: {found} (looked for {LOOKED_FOR}){problems}"


def _own_ids(posts: list[Post | None], page_url: str | None) -> list[Post | None]:
    """Posts whose id (``@id``/``url``) several different updates share — the page's own address on every update,
    as some CMSs write it — get the hashed id a post without one gets, and no url: it is no permalink. (The same
    update given twice, in two scripts, shares its id with itself: `_unique` keeps one.)"""
    seen: dict[str, tuple[str | None, str | None, str]] = {}
    shared: set[str] = set()
    for post in posts:
        if post is not None:
            content = (post.title, post.published_text, post.body_text)
            if seen.setdefault(post.post_id, content) != content:
                shared.add(post.post_id)
    for post in posts:
        if post is not None and post.post_id in shared:
            if post.url and without_page_part(post.url) == post.post_id:
                post.url = None
            post.post_id = fallback_post_id(page_url, post.title, post.published_text, post.body_text)
    return posts


def _unique(posts: Iterable[Post | None]) -> list[Post]:
    out: dict[str, Post] = {}
    for post in posts:
        if post is not None:
            out.setdefault(post.post_id, post)
    return list(out.values())


# --- JSON-LD -------------------------------------------------------------------------------------------


def _ld_documents(tree: LexborHTMLParser, warnings: list[str]) -> list[Any]:
    """The parsed JSON of every ld+json script; a broken one becomes a warning, not a failure."""
    docs: list[Any] = []
    for number, script in enumerate(tree.css(LD_SCRIPT), 1):
        raw = _TRAILING_WRAPPER.sub("", _LEADING_WRAPPER.sub("", script.text() or ""))
        try:
            docs.append(_json(raw))
        except ValueError as exc:
            warnings.append(f"ld+json script {number} is not valid JSON ({exc}); skipped")
    return docs


def _json(raw: str) -> Any:
    """JSON text, or JSON a template wrote entity-escaped into the script (``{&quot;@type&quot;: …}``), or the
    first JSON value of a script with something after it (``{…};`` as a template copied from a ``<script>``), or
    JSON with a comma after the last member of an object or list (``{"name": "…",}``, as a template writes each
    member with its comma), which a browser's JavaScript reads and search engines forgive."""
    try:
        return json.loads(raw, strict=False)
    except ValueError as exc:
        if "&quot;" in raw:
            return json.loads(html.unescape(raw), strict=False)
        try:
            return _LENIENT.raw_decode(raw.lstrip())[0]
        except ValueError:
            pass
        if _TRAILING_COMMA.search(raw):
            try:
                return _LENIENT.raw_decode(_TRAILING_COMMA.sub(_kept_string, raw).lstrip())[0]
            except ValueError:
                pass
        raise exc from None


_LENIENT = json.JSONDecoder(strict=False)
# A JSON string (kept whole, whatever commas it holds), or a comma with only white space before the "}" or "]" after
# it (dropped).
_TRAILING_COMMA = re.compile(r'("(?:[^"\\]|\\.)*")|,(?=\s*[}\]])')


def _kept_string(match: re.Match[str]) -> str:
    return match.group(1) or ""


def _dicts(data: Any) -> Iterator[dict[str, Any]]:
    """Every JSON object in the data, depth first."""
    if isinstance(data, list):
        for item in data:
            yield from _dicts(item)
    elif isinstance(data, dict):
        yield data
        for value in data.values():
            if isinstance(value, (list, dict)):
                yield from _dicts(value)


def _find_blogs(data: Any) -> Iterator[dict[str, Any]]:
    """The LiveBlogPostings, and any other object that carries ``liveBlogUpdate`` (a NewsArticle, as some sites
    type their live pages): the updates are what make a live blog."""
    return (node for node in _dicts(data) if _has_type(node, LIVE_BLOG) or node.get(UPDATES))


def _has_type(node: dict[str, Any], *names: str) -> bool:
    """``@type`` (a string, a list, or a prefixed IRI like ``schema:X``) names one of ``names``."""
    for value in _as_list(node.get("@type")):
        if isinstance(value, str) and re.split(r"[/:#]", value)[-1] in names:
            return True
    return False


def _flat(value: Any) -> list[Any]:
    """A value, or the items of a list, lists nested in it flattened (some builders nest update arrays)."""
    if isinstance(value, list):
        return [item for part in value for item in _flat(part)]
    return [] if value is None else [value]


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _str(value: Any) -> str | None:
    return (squash(html.unescape(value)) or None) if isinstance(value, str) else None


def _resolve(update: Any, index: dict[str, dict[str, Any]]) -> Any:
    """``{"@id": "…"}`` (maybe with its ``@type``) is a reference to a node given elsewhere (``@graph``)."""
    if isinstance(update, dict) and not update.keys() & _CONTENT_KEYS and update.get("@id") in index:
        return {**index[update["@id"]], **update}
    return update


def _with_authors(update: Any, index: dict[str, dict[str, Any]]) -> Any:
    """An update whose authors are ``{"@id": …}`` references (a Yoast ``@graph`` gives each Person once, as a node
    of its own) with them looked up (`_resolve`): a reference alone has no name, and read as is it was no byline."""
    authors = _as_list(update.get("author")) if isinstance(update, dict) else []
    if not any(isinstance(a, dict) and a.get("@id") in index for a in authors):
        return update
    return {**update, "author": [_resolve(a, index) for a in authors]}


def _blog_url(blogs: list[dict[str, Any]]) -> str | None:
    return next((value for blog in blogs for value in _blog_addresses(blog)), None)


def _blog_addresses(blog: dict[str, Any]) -> Iterator[str]:
    """The addresses a LiveBlogPosting gives as its own: ``url``, then ``mainEntityOfPage``'s."""
    main = blog.get("mainEntityOfPage")
    for value in (blog.get("url"), main.get("@id") if isinstance(main, dict) else main):
        if isinstance(value, str) and value.startswith("http"):
            yield value


def _own_blogs(blogs: list[dict[str, Any]], address: str | None) -> list[dict[str, Any]]:
    """The page's own live blogs, when the page also carries another's LiveBlogPosting (a related or sister live
    blog promoted on it, its updates given in full): once one blog's address (``url``, ``@id``,
    ``mainEntityOfPage``) is the page's, a blog that gives only other addresses is another page's. A blog that
    gives none stays (a part of the page's own, split over scripts); with no blog at the page's address, all do."""
    if address is None or len(blogs) < 2:
        return blogs
    key = _address_key(address)
    keyed = [
        (blog, {_address_key(value) for value in (*_blog_addresses(blog), blog.get("@id")) if value}) for blog in blogs
    ]
    if not any(key in keys for _, keys in keyed):
        return blogs
    return [blog for blog, keys in keyed if not keys or key in keys]


def _address_key(address: Any) -> str | None:
    """An address as the same page's other spellings give it: no scheme, fragment, page number or final slash."""
    if not isinstance(address, str):
        return None
    parts = urlsplit(without_page_part(address.split("#", 1)[0]))
    return f"{parts.netloc.lower()}{parts.path.rstrip('/')}?{parts.query}"


def _ld_post(
    update: dict[str, Any], page_url: str | None, fetched_at: datetime | None, warnings: list[str]
) -> Post | None:
    title = _str(update.get("headline")) or _str(update.get("name"))
    # ``description`` only when there is no body: some CMSs put a post's text there
    body = _text_body(update.get("articleBody") or update.get("text") or update.get("description"), page_url)
    published_text = _published_text(update)
    if title and body.paragraphs and body.paragraphs[0] == title:
        body.paragraphs.pop(0)  # a CMS that starts the body with the post's headline: the title is no body text
    if not title and not body.paragraphs:
        warnings.append(
            f"liveBlogUpdate {update.get('@id') or published_text or '?'}: no headline or articleBody; skipped"
        )
        return None
    ld_id, url = _str(update.get("@id")), _str(update.get("url"))
    published_at = parse_time(published_text, base=fetched_at)
    return Post(
        post_id=without_page_part(ld_id or url or "") or fallback_post_id(page_url, title, published_text, body.text),
        title=title,
        url=join_url(page_url, url) if url else (ld_id if ld_id and ld_id.startswith("http") else None),
        published_at=published_at,
        published_text=published_text,
        updated_at=_changed(parse_time(_str(update.get("dateModified")), base=fetched_at), published_at),
        author=_ld_author(update.get("author")),
        role=_ld_role(update.get("author")),
        body_text=body.text,
        embeds=untracked(body.embeds),
        images=merge_images(
            body.images, [img for item in _as_list(update.get("image")) if (img := _ld_image(item, page_url))]
        ),
        links=body.links,
    )


def _published_text(update: dict[str, Any]) -> str | None:
    """The update's publication time as written: ``datePublished``, else ``dateCreated`` (some CMSs give only
    that), else ``dateModified`` — a CMS that stamps an update only with its last edit still says when it stood
    on the page, and a post with no time at all sorts nowhere in the archive."""
    for key in ("datePublished", "dateCreated", "dateModified"):
        if text := _str(update.get(key)):
            return text
    return None


def _changed(updated_at: datetime | None, published_at: datetime | None) -> datetime | None:
    """``dateModified`` is an update only when it is not the publication instant (CMSs write both on every post)."""
    return None if updated_at == published_at else updated_at


def _text_body(value: Any, page_url: str | None) -> Body:
    """``articleBody``: plain text split on line breaks, or HTML cleaned like a page body.

    HTML written entity-escaped (``&lt;p&gt;…&lt;/p&gt;``, as Quintype sites emit it) is HTML too.
    """
    if isinstance(value, list):
        value = "\n".join(v for v in value if isinstance(v, str))
    if not isinstance(value, str) or not value.strip():
        return Body()
    if not _HTML_IN_TEXT.search(value) and _HTML_IN_TEXT.search(unescaped := html.unescape(value)):
        value = unescaped
    if _HTML_IN_TEXT.search(value):
        root = LexborHTMLParser(value).body
        if root is None:
            return Body()
        body = html_body(root, page_url)
        for frame in root.css("iframe"):  # a player the CMS wrapped in a ``<p>``, where the walk reads only text
            if (src := iframe_src(frame.attributes)) and (kind := embed_kind(src)):
                body.embeds.append(Embed(kind=kind, url=join_url(page_url, src)))
        return tidy(body)
    lines = (squash(line) for line in html.unescape(value).splitlines())
    return Body(paragraphs=[line for line in lines if line and not classify_line(line)])


def _ld_author(value: Any) -> str | None:
    names: list[str] = []
    for item in _as_list(value):
        if isinstance(item, str):
            names.append(squash(item))
        elif isinstance(item, dict) and not _organization(item):
            names.append(_str(item.get("name")) or "")
    return join_names(names)


def _ld_role(value: Any) -> str | None:
    """The ``jobTitle`` of a post's one Person author ("Political Reporter"); else the Organizations listed beside
    its Person authors, the outlet or desk they write for ("Local Democracy Reporting Service"), as a BBC
    contributor's subtitle names it. None for an Organization alone (the publisher: no byline, no role)."""
    items = [item for item in _as_list(value) if isinstance(item, dict | str)]
    people = [item for item in items if not _organization(item)]
    if len(people) == 1 and isinstance(people[0], dict) and (title := _str(people[0].get("jobTitle"))):
        return title
    outlets = [_str(item.get("name")) or "" for item in items if _organization(item)]
    return join_names(outlets) if people and outlets else None


def _organization(item: object) -> TypeGuard[dict[str, Any]]:
    """Whether an author is an Organization (any of its kinds: ``NewsMediaOrganization``), not a Person."""
    return isinstance(item, dict) and any("Organization" in str(t) for t in _as_list(item.get("@type")))


def _ld_image(item: Any, page_url: str | None) -> Image | None:
    if isinstance(item, str):
        return Image(src=join_url(page_url, html.unescape(item.strip())))
    if not isinstance(item, dict):
        return None
    src = _str(item.get("url")) or _str(item.get("contentUrl"))
    holder = item.get("copyrightHolder")
    credit = _str(item.get("creditText")) or (_str(holder.get("name")) if isinstance(holder, dict) else _str(holder))
    return Image(alt=_str(item.get("name")), caption=_str(item.get("caption")), credit=credit,
                 src=join_url(page_url, src) if src else None)  # fmt: skip


# --- microdata -----------------------------------------------------------------------------------------


def _microdata_beyond(
    tree: LexborHTMLParser, posts: list[Post], page_url: str | None, fetched_at: datetime | None, warnings: list[str]
) -> list[Post]:
    """The microdata updates of a page whose JSON-LD holds fewer (the newest few): those no JSON-LD post is, by id
    or by title and time."""
    if tree.css_first(MICRODATA_BLOG) is None:
        return []
    found = [p for p in _own_ids(_microdata_posts(tree, page_url, fetched_at, []), page_url) if p is not None]
    if len(found) <= len(posts):
        return []
    known = {p.post_id for p in posts} | {(p.title, p.published_at) for p in posts}
    return [p for p in found if p.post_id not in known and (p.title, p.published_at) not in known]


def _microdata_posts(
    tree: LexborHTMLParser, page_url: str | None, fetched_at: datetime | None, warnings: list[str]
) -> list[Post | None]:
    return [
        _microdata_post(update, page_url, fetched_at, warnings)
        for blog in tree.css(MICRODATA_BLOG)
        for update in blog.css(MICRODATA_UPDATE)
    ]


def _props(scope: LexborNode, name: str) -> list[LexborNode]:
    """The ``itemprop=name`` elements of this item, not of an item nested in it (an author's ``url``)."""
    return [node for node in scope.css(f'[itemprop~="{name}"]') if _owner_is(node, scope)]


def _prop(scope: LexborNode, name: str) -> LexborNode | None:
    return next(iter(_props(scope, name)), None)


def _owner_is(node: LexborNode, scope: LexborNode) -> bool:
    parent = node.parent
    while parent is not None and parent.mem_id != scope.mem_id:
        if "itemscope" in parent.attributes:
            return False
        parent = parent.parent
    return parent is not None


def _prop_value(node: LexborNode | None) -> str | None:
    """A microdata value: ``content`` / ``datetime`` / ``href`` attribute, else the visible text."""
    if node is None:
        return None
    attrs = node.attributes
    for key in ("content", "datetime", "href"):
        if attrs.get(key):
            return squash(attrs[key])
    return visible_text(node) or None


def _microdata_post(
    update: LexborNode, page_url: str | None, fetched_at: datetime | None, warnings: list[str]
) -> Post | None:
    title = _prop_value(_prop(update, "headline"))
    body_node = _prop(update, "articleBody")
    body = html_body(body_node, page_url) if body_node is not None else Body()
    date_node = _prop(update, "datePublished")
    machine = _prop_value(date_node)
    shown = (visible_text(date_node) or None) if date_node is not None else None
    if not title and not body.paragraphs:
        warnings.append(f"microdata liveBlogUpdate {update.attributes.get('id') or machine or '?'}: empty; skipped")
        return None
    href = _prop_value(_prop(update, "url"))
    url = join_url(page_url, href) if href else None
    anchor = update.attributes.get("itemid") or update.attributes.get("id")
    published_at = parse_time(machine, base=fetched_at)
    return Post(
        post_id=without_page_part(anchor or url or "")
        or fallback_post_id(page_url, title, shown or machine, body.text),
        title=title,
        url=url,
        published_at=published_at,
        published_text=shown or machine,
        updated_at=_changed(parse_time(_prop_value(_prop(update, "dateModified")), base=fetched_at), published_at),
        author=join_names([_microdata_name(a) for a in _props(update, "author")]),
        body_text=body.text,
        embeds=body.embeds,
        images=body.images,
        links=body.links,
    )


def _microdata_name(author: LexborNode) -> str:
    if "Organization" in (author.attributes.get("itemtype") or ""):
        return ""
    return _prop_value(_prop(author, "name")) or squash(author.attributes.get("content")) or visible_text(author)
