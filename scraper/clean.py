"""Cleaning: embed and image boilerplate out of a post's body, turned into structured embeds and images.

In HTML the boilerplate is removed by structure (`html_body`); in text copies by pattern
(`BOILERPLATE_PATTERNS`, `classify_line`). Every pattern lives here, in one place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import SplitResult, urljoin, urlsplit

from selectolax.lexbor import LexborNode

from scraper.models import Embed, Image, Link

# --- embeds -------------------------------------------------------------------------------------------

_EMBED_HOSTS = {
    "twitter.com": "twitter", "x.com": "twitter", "t.co": "twitter", "mobile.twitter.com": "twitter",
    "instagram.com": "instagram", "instagr.am": "instagram",
    "facebook.com": "facebook", "fb.watch": "facebook", "m.facebook.com": "facebook",
    "youtube.com": "youtube", "youtu.be": "youtube", "m.youtube.com": "youtube",
    "tiktok.com": "tiktok", "vm.tiktok.com": "tiktok",
}  # fmt: skip
_PROVIDERS = {"twitter": "twitter", "x": "twitter", "instagram": "instagram", "facebook": "facebook",
              "youtube": "youtube", "tiktok": "tiktok"}  # fmt: skip


def join_url(base: str | None, href: str) -> str:
    """``href`` made absolute against ``base``; as written when either is no valid URL (``http://[x``)."""
    try:
        return urljoin(base or "", href)
    except ValueError:
        return href


def split_url(url: str | None) -> SplitResult:
    """``urlsplit`` that reads an invalid URL (an unclosed IPv6 ``[``) as an empty one instead of raising."""
    try:
        return urlsplit(url or "")
    except ValueError:
        return urlsplit("")


def embed_kind(url: str | None) -> str | None:
    """The social network a URL belongs to (twitter, instagram, facebook, youtube, tiktok), else None."""
    if not url:
        return None
    host = (split_url(url).hostname or "").lower().removeprefix("www.")
    return _EMBED_HOSTS.get(host)


def provider_kind(name: str | None) -> str:
    """A provider name as pages write it ("Twitter", "X", "youtube") to an embed kind."""
    return _PROVIDERS.get((name or "").strip().lower(), "other")


# --- boilerplate lines (text copies, and any text that slipped through HTML) ---------------------------

_P = r"(twitter|x|instagram|facebook|youtube|tiktok|google|spotify|soundcloud|\w+)"
BOILERPLATE_PATTERNS: dict[str, re.Pattern[str]] = {
    "embed_gate": re.compile(rf"^This {_P} post cannot be displayed in your browser\..*$", re.I),
    "embed_gate_content": re.compile(rf"^This {_P} content cannot be displayed in your browser\..*$", re.I),
    "embed_original": re.compile(rf"^View original content on {_P}\.?$", re.I),
    "embed_external": re.compile(r"^The BBC is not responsible for the content of external sites\.?$", re.I),
    "embed_skip": re.compile(rf"^(Skip|End of) {_P} (post|content|video)( \d+)?( by @?[\w.]+)?$", re.I),
    "embed_allow": re.compile(rf"^Allow {_P} content\?$", re.I),
    "embed_consent": re.compile(
        rf"^This article (?:contains|includes) content (?:provided by {_P}|hosted on \S+?)\.? "
        r"We ask for your permission.*$",
        re.I,
    ),
    "embed_accept": re.compile(r"^(Accept and continue|To view this content choose .accept and continue.\.?)$", re.I),
    "view_more": re.compile(rf"^View more on {_P}$", re.I),
    "read_more": re.compile(r"^Read (More|more)$"),
    "video_content": re.compile(r"^(Video|Audio) content$", re.I),
    "media_unsupported": re.compile(r"^(Media playback is (unsupported|not supported) on your device|"
                                    r"Your device may not support this (video|audio))$", re.I),
    "share": re.compile(r"^(Share|Copy link|Share this post|Get Involved|Post update|"
                        r"About sharing|Skip to content)$", re.I),
    # Page chrome of LX pages ("Live Reporting / Edited by … / All times stated are UK / Get involved").
    "page_chrome": re.compile(r"^(Live Reporting|All times stated are UK\.?|Edited by [^.!?]+|"
                              r"Latest updates|Key points|Summary|Show more|Load more)$", re.I),
    "media_caption_label": re.compile(r"^(Media|Video|Audio) caption(,|:)?$", re.I),
}  # fmt: skip
# The lines of an LX page's header, in a text copy before the first post.
PAGE_CHROME = re.compile(r"^(Live Reporting|Edited by .+|All times stated are UK\.?|Get involved)$", re.I)
# Titles of LX stream items that are page chrome, not posts.
NON_POST_TITLES = re.compile(r"^(Get involved|Post update)$", re.I)
# The text of a link that stands for a social post: "View more on twitter", "View original content on Twitter".
SOCIAL_LINK_TEXT = re.compile(rf"^View (?:more|original content) on {_P}\.?$", re.I)
# "Oadby signImage source, PA Media[Image caption, …]": alt text, credit and maybe a caption glued on one line.
IMAGE_SOURCE = re.compile(
    r"^(?P<alt>.*?)\s*Image (?:source|copyright)(?:,|:)\s*(?P<credit>.+?)"
    r"(?:\s*Image caption(?:,|:)\s*(?P<caption>.*?))?\s*$"
)
IMAGE_CAPTION = re.compile(r"^(?P<alt>.*?)\s*Image caption(?:,|:)\s*(?P<caption>.*?)\s*$")
VIDEO_CAPTION = re.compile(r"^(?:Media caption|Video caption|Audio caption)(?:,|:)\s*(?P<caption>.+?)\s*$")


def image_source(line: str) -> re.Match[str] | None:
    """IMAGE_SOURCE on a line; the lazy scan for "Image source" runs only when the words are there."""
    return IMAGE_SOURCE.match(line) if "Image " in line else None


def image_caption(line: str) -> re.Match[str] | None:
    """IMAGE_CAPTION on a line; the lazy scan runs only when the words are there."""
    return IMAGE_CAPTION.match(line) if "Image caption" in line else None


_GATE_PROVIDER = re.compile(rf"^This {_P} (?:post|content|video) cannot be displayed", re.I)
# The line that opens a consent-gated or skippable embed, and the line that closes it.
EMBED_OPEN = re.compile(rf"^(?:This {_P} (?:post|content|video) cannot be displayed|Skip {_P} (?:post|content|video)|"
                        rf"Allow {_P} content\?$)", re.I)  # fmt: skip
EMBED_CLOSE = re.compile(rf"^End of {_P} (?:post|content|video)( \d+)?( by @?[\w.]+)?$", re.I)
VIEW_MORE = re.compile(rf"^View more on {_P}$", re.I)
MEDIA_CONTENT = re.compile(r"^(?P<kind>Video|Audio) content$", re.I)
# A line that ends a sentence (".", "!", "?", "…", ":" or ";", maybe inside closing quotes/brackets).
_SENTENCE_END = re.compile(r"[.!?…:;,][\"'”’)\]]*$")
_LABEL_START = re.compile(r"^[A-Z0-9À-Ý]")
LABEL_MAX_CHARS, LABEL_MAX_WORDS = 80, 10
ALT_MAX_CHARS, ALT_MAX_WORDS = 60, 8


def named_alternation(patterns: dict[str, re.Pattern[str]]) -> re.Pattern[str]:
    """One regex trying each pattern in turn, each kept with its own flags as a group named for its kind.

    Alternatives are tried in order, so the first kind whose pattern matches is the one reported, exactly as a
    loop over the patterns would: one call into the regex engine instead of fifteen.
    """
    parts = []
    for kind, pattern in patterns.items():
        flag = "i" if pattern.flags & re.I else "-i"
        parts.append(f"(?P<{kind}>(?{flag}:{pattern.pattern}))")
    return re.compile("|".join(parts))


_BOILERPLATE = named_alternation(BOILERPLATE_PATTERNS)


def classify_line(line: str) -> str | None:
    """The boilerplate kind of one stripped line, or None when it is content."""
    m = _BOILERPLATE.match(line)
    return m.lastgroup if m else None


def gate_provider(line: str) -> str | None:
    """For "This Twitter post cannot be displayed…", the embed kind (twitter); else None."""
    m = _GATE_PROVIDER.match(line)
    return provider_kind(m.group(1)) if m else None


def embed_open_kind(line: str) -> str | None:
    """For the first line of an embed block ("This Twitter post cannot be displayed…", "Skip twitter post",
    "Allow YouTube content?"), the embed kind; else None."""
    m = EMBED_OPEN.match(line)
    return provider_kind(next(g for g in m.groups() if g)) if m else None


def social_links_to_embeds(body: Body) -> None:
    """Links such as "View more on twitter" (a tweet shown only as a link) become embeds of that network."""
    kept: list[Link] = []
    for link in body.links:
        m = SOCIAL_LINK_TEXT.match(link.text)
        if m is None:
            kept.append(link)
            continue
        embed = Embed(kind=embed_kind(link.url) or provider_kind(m.group(1)), url=link.url)
        if embed not in body.embeds:
            body.embeds.append(embed)
    body.links = kept


def embed_close(line: str) -> bool:
    """True for the line that ends an embed block ("End of twitter post", "End of Twitter post by @x")."""
    return bool(EMBED_CLOSE.match(line))


def is_label(line: str) -> bool:
    """A short line that does not end a sentence: a byline name or role, a heading, an image's alt text.

    Paragraphs end with sentence punctuation ("…the count." / "…to the post.\"" / "Results so far:");
    labels ("Alex Regan", "Reporter, BBC News Online", "Oadby sign") do not.
    """
    line = line.strip()
    return (
        bool(_LABEL_START.match(line))
        and len(line) <= LABEL_MAX_CHARS
        and len(line.split()) <= LABEL_MAX_WORDS
        and not _SENTENCE_END.search(line)
        and classify_line(line) is None
        and not image_source(line)
        and not image_caption(line)
    )


_FIELD_SEPARATOR = re.compile(r"\s[-\u2013\u2014|]\s|:\s")


def is_alt_text(line: str, before: str | None, after: str | None) -> bool:
    """An image's alt text or a graphic's label left in a text copy ("Count", "No overall control graphic").

    It is a label with no figures in it (a result line "Labour 14 (-10)" is content) and no field separator
    (a ticker line "Bradford, Wibsey - Labour hold" or "Turnout: high" is content), at most a few words,
    standing alone: the lines around it (``before``/``after``, None at the ends) are not labels too, which
    would make a list or a table of short lines.
    """
    return (
        is_label(line)
        and len(line) <= ALT_MAX_CHARS
        and len(line.split()) <= ALT_MAX_WORDS
        and not any(ch.isdigit() for ch in line)
        and not _FIELD_SEPARATOR.search(line)
        and not (before is not None and is_label(before))
        and not (after is not None and is_label(after))
    )


# --- HTML ---------------------------------------------------------------------------------------------

HIDDEN = '[class*="VisuallyHidden"], .visually-hidden, .gs-u-vh, [hidden], [aria-hidden="true"]'
DROP = "script, style, noscript, template, iframe, svg, button, form"
BLOCKS = "p, li, h2, h3, h4, h5, h6, blockquote, pre, td"
_WS = re.compile(r"[ \t\r\f\v\u00a0]+")


def squash(text: str | None) -> str:
    """Collapse runs of white space inside a line and strip the ends."""
    text = (text or "").strip()  # stripped first: the runs left are all inside, between words
    # Most text has only single spaces: nothing to collapse, and substring scans cost a tenth of the regex.
    if "  " in text or "\t" in text or "\r" in text or "\f" in text or "\v" in text or "\u00a0" in text:
        return _WS.sub(" ", text)
    return text


def remove_all(root: LexborNode, selector: str) -> int:
    """Remove from ``root`` every element matching ``selector`` (the outermost of nested matches); the count.

    Lexbor's ``css()`` includes ``root`` itself when it matches: the root is never removed (removing it does
    nothing, so a "remove until none is left" loop would never end).
    """
    chosen: list[LexborNode] = []
    taken: set[int] = set()
    for node in root.css(selector):
        if node.mem_id == root.mem_id or node.mem_id in taken or _inside(node, root, taken):
            continue
        taken.add(node.mem_id)
        chosen.append(node)
    for node in chosen:  # outermost only: a removed node frees its children
        node.decompose()
    return len(chosen)


def _inside(node: LexborNode, root: LexborNode, ids: set[int]) -> bool:
    parent = node.parent
    while parent is not None and parent.mem_id != root.mem_id:
        if parent.mem_id in ids:
            return True
        parent = parent.parent
    return False


def visible_text(node: LexborNode) -> str:
    """The text a reader sees: hidden spans (``VisuallyHidden``, ``gs-u-vh``) left out, one line."""
    parts: list[str] = []
    _collect(node, parts, " ")
    return squash("".join(parts))


def visible_lines(node: LexborNode) -> list[str]:
    """The visible text split where the page breaks the line (``<br>``), empty lines dropped."""
    parts: list[str] = []
    _collect(node, parts, "\n")
    return _lines("".join(parts))


def _lines(text: str) -> list[str]:
    return [line for line in (squash(raw) for raw in text.split("\n")) if line]


def _collect(node: LexborNode, parts: list[str], br: str) -> None:
    child = node.child
    while child is not None:
        if child.tag == "-text":
            parts.append((child.text_content or "").replace("\n", " "))  # a newline in HTML source is a space
        elif child.tag not in ("script", "style", "noscript", "template") and not _is_hidden(child):
            if child.tag == "br":
                parts.append(br)
            _collect(child, parts, br)
        child = child.next


def _is_hidden(node: LexborNode) -> bool:
    attrs = node.attributes
    cls = attrs.get("class") or ""
    return (
        "VisuallyHidden" in cls
        or "visually-hidden" in cls.split()
        or "gs-u-vh" in cls.split()
        or "hidden" in attrs
        or attrs.get("aria-hidden") == "true"
    )


@dataclass
class Body:
    paragraphs: list[str] = field(default_factory=list)
    embeds: list[Embed] = field(default_factory=list)
    images: list[Image] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n".join(self.paragraphs)


def html_body(node: LexborNode, base_url: str | None = None) -> Body:
    """A post body's clean paragraphs, with embeds, images and links taken out as records.

    Works on a copy-free walk: figures become images (alt, caption, "Image source, X" credit), social
    links and blockquotes become embeds, consent gates and hidden text are dropped by structure.
    """
    body = Body()
    _walk(node, body, base_url)
    body.paragraphs = [p for p in body.paragraphs if p and not classify_line(p)]
    return body


def _walk(node: LexborNode, body: Body, base_url: str | None) -> None:
    run: list[LexborNode] = []  # loose text and inline elements between blocks: one paragraph
    child = node.child
    while child is not None:
        if _is_inline(child):
            run.append(child)
        else:
            _flush_run(run, body, base_url)
            _walk_block(child, body, base_url)
        child = child.next
    _flush_run(run, body, base_url)


def _walk_block(child: LexborNode, body: Body, base_url: str | None) -> None:
    tag = child.tag
    if tag in ("script", "style", "noscript", "template", "svg", "button", "figcaption"):
        return  # a figcaption outside its figure belongs to an unwrapped embed
    if tag in ("figure", "img", "picture"):
        body.images.append(_image(child, base_url))
    elif tag == "iframe":
        src = child.attributes.get("src")
        kind = embed_kind(src)
        if kind:
            body.embeds.append(Embed(kind=kind, url=src))
    elif _is_embed(child):
        body.embeds.append(_embed(child, base_url))
    elif tag in ("p", "li", "h2", "h3", "h4", "h5", "h6", "pre", "td") or (
        tag == "blockquote" and child.css_first("p") is None
    ):
        parts: list[str] = []
        _collect(child, parts, "\n")
        joined = "".join(parts)  # collected once: the text as one line, and the lines it shows
        if _is_gate(squash(joined.replace("\n", " "))):
            _gate_embeds(child, body, base_url)
        else:
            body.paragraphs += _lines(joined)
            _links(child, body, base_url)
        for fig in child.css("figure, img") if _has_elements(child) else ():
            body.images.append(_image(fig, base_url))
    elif not _is_hidden(child):
        _walk(child, body, base_url)


INLINE_TAGS = frozenset(
    ("a", "abbr", "b", "bdi", "br", "cite", "code", "em", "i", "mark", "q", "s", "small", "span", "strong",
     "sub", "sup", "time", "u")
)  # fmt: skip
_NOT_INLINE_INSIDE = f"{BLOCKS}, div, figure, img, picture, iframe, ul, ol, table, section, article"


def _is_inline(node: LexborNode) -> bool:
    """Text, or an inline element holding no block (``<a>``, ``<strong>``, a plain ``<span>``)."""
    if node.tag in ("-text", "-comment"):  # React SSR puts <!-- --> between text fragments
        return True
    return (
        node.tag in INLINE_TAGS
        and not _is_embed(node)
        and (not _has_elements(node) or node.css_first(_NOT_INLINE_INSIDE) is None)
    )


def _has_elements(node: LexborNode) -> bool:
    """Whether ``node`` has an element child: without one, a CSS query below it can find nothing (and the
    queries here never match the node itself), so the query is skipped."""
    child = node.child
    while child is not None:
        if child.tag not in ("-text", "-comment"):
            return True
        child = child.next
    return False


def _flush_run(run: list[LexborNode], body: Body, base_url: str | None) -> None:
    """Loose text between blocks ("Line one.<br>Line two." in a bare body) as the lines it shows."""
    if not run:
        return
    parts: list[str] = []
    run[:] = [node for node in run if node.tag != "-comment"]
    for node in run:
        if node.tag == "-text":
            parts.append((node.text_content or "").replace("\n", " "))
        elif node.tag == "br":
            parts.append("\n")
        elif not _is_hidden(node):
            _collect(node, parts, "\n")
    lines = _lines("".join(parts))
    if lines and _is_gate(" ".join(lines)):
        for node in run:
            if node.tag != "-text":
                _gate_embeds(node, body, base_url)
    elif any(not classify_line(line) for line in lines):  # a bare "Read more" CTA is no paragraph, no link
        body.paragraphs += lines
        for node in run:
            if node.tag != "-text":
                _links(node, body, base_url)
    run.clear()


_EMBED_HINT = re.compile(
    r"(twitter-tweet|instagram-media|fb-post|tiktok-embed|social-embed|SocialEmbed|"
    r"EmbedContainer|ConsentBanner|embed-consent|lx-social|element-tweet|element-embed|click-to-view)",
    re.I,
)


# Guardian DCR's consent overlay for a tracking embed: data-component="click-to-view:<domain>".
_CLICK_TO_VIEW = re.compile(r"^click-to-view:(\S+)$")


def _is_embed(node: LexborNode) -> bool:
    attrs = node.attributes
    hint = " ".join(str(attrs.get(k) or "") for k in ("class", "data-testid", "data-component", "data-role"))
    return bool(_EMBED_HINT.search(hint))


def _embed(node: LexborNode, base_url: str | None) -> Embed:
    """A social embed block: its first link to the network, else the provider named in the block."""
    fallback: str | None = None
    for a in node.css("a[href], blockquote[cite], iframe[src]"):
        url = a.attributes.get("href") or a.attributes.get("cite") or a.attributes.get("src") or ""
        url = join_url(base_url, url)
        kind = embed_kind(url)
        if kind and ("/status/" in url or "/p/" in url or "/watch" in url or "/video/" in url or "posts" in url):
            return Embed(kind=kind, url=url)
        if kind and fallback is None:
            fallback = url
    if fallback:
        return Embed(kind=embed_kind(fallback) or "other", url=fallback)
    gate = _CLICK_TO_VIEW.match(node.attributes.get("data-component") or "")
    if gate and (kind := embed_kind(f"https://{gate.group(1)}/")):
        return Embed(kind=kind, url=None)
    text = node.text(separator=" ")
    m = re.search(r"content (?:provided by|on) (\w+)", text) or re.search(r"(?:Skip|End of) (\w+) post", text)
    return Embed(kind=provider_kind(m.group(1)) if m else "other", url=None)


_GATE_LINKS = ("embed_original", "view_more")


def _is_gate(text: str) -> bool:
    """A line of an embed's consent gate: its links are the network's (policies, the post), not the story's."""
    kind = classify_line(text) if text else None
    return kind is not None and (kind.startswith("embed_") or kind == "view_more")


def _gate_embeds(node: LexborNode, body: Body, base_url: str | None) -> None:
    """A consent-gate line ("…View original content on Twitter"): its link is the embed, the text goes."""
    for a in node.css("a[href]"):
        url = join_url(base_url, a.attributes.get("href") or "")
        kind = embed_kind(url)
        if kind and classify_line(visible_text(a)) in _GATE_LINKS and all(e.url != url for e in body.embeds):
            body.embeds.append(Embed(kind=kind, url=url))


def _image(node: LexborNode, base_url: str | None) -> Image:
    img = node if node.tag == "img" else node.css_first("img")
    alt = squash(img.attributes.get("alt")) if img is not None else ""
    src = _image_src(img) if img is not None else None
    caption = credit = None
    for hidden in node.css(HIDDEN) if node.tag != "img" else []:
        label = squash(hidden.text())
        parent = hidden.parent
        rest = squash(parent.text()) if parent is not None else ""
        if label.lower().startswith(("image source", "image copyright")):
            credit = squash(rest.replace(label, "", 1)) or None
        elif label.lower().startswith("image caption"):
            caption = squash(rest.replace(label, "", 1)) or None
    if node.tag != "img" and caption is None:
        figcaption = node.css_first("figcaption")
        if figcaption is not None:
            text = visible_text(figcaption)
            m = image_caption(text)
            caption = (m.group("caption") if m else text) or None
    return Image(alt=alt or None, caption=caption, credit=credit,
                 src=join_url(base_url, src) if src else None)  # fmt: skip


_WIDTHS = re.compile(r"\d+")
DEFAULT_IMAGE_WIDTH = 976


def _image_src(img: LexborNode) -> str | None:
    """The address of an image: ``src`` unless a placeholder (``data:``), else the lazy ``data-src``.

    LX pages lazy-load from ``data-src="…/news/{width}/cpsprodpb/…"`` with ``data-widths="[240,…,976]"``:
    the template takes the largest width offered.
    """
    attrs = img.attributes
    src = next((v.strip() for v in (attrs.get("src"), attrs.get("data-src")) if v and not v.startswith("data:")), None)
    if src and "{width}" in src:
        widths = [int(w) for w in _WIDTHS.findall(attrs.get("data-widths") or "")]
        src = src.replace("{width}", str(max(widths, default=DEFAULT_IMAGE_WIDTH)))
    return src


def _links(node: LexborNode, body: Body, base_url: str | None) -> None:
    if node.tag != "a" and not _has_elements(node):
        return  # plain text: no link to query for
    for a in node.css("a[href]"):
        href = a.attributes.get("href") or ""
        if href.startswith(("#", "javascript:", "mailto:")):
            continue
        text = visible_text(a)
        if text:
            body.links.append(Link(text=text, url=join_url(base_url, href)))
