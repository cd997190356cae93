"""Cleaning: embed and image boilerplate out of a post's body, turned into structured embeds and images.

In HTML the boilerplate is removed by structure (`html_body`); in text copies by pattern
(`BOILERPLATE_PATTERNS`, `classify_line`). Every pattern lives here, in one place.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from types import MappingProxyType
from urllib.parse import SplitResult, urljoin, urlsplit

from selectolax.lexbor import LexborHTMLParser, LexborNode

from scraper.lazy import Lazy
from scraper.models import Embed, Image, Link

# --- embeds -------------------------------------------------------------------------------------------

_EMBED_HOSTS = {
    "twitter.com": "twitter", "x.com": "twitter", "t.co": "twitter", "mobile.twitter.com": "twitter",
    "instagram.com": "instagram", "instagr.am": "instagram",
    "facebook.com": "facebook", "fb.watch": "facebook", "m.facebook.com": "facebook",
    "youtube.com": "youtube", "youtu.be": "youtube", "m.youtube.com": "youtube", "youtube-nocookie.com": "youtube",
    "tiktok.com": "tiktok", "vm.tiktok.com": "tiktok",
    "bsky.app": "bluesky", "embed.bsky.app": "bluesky", "threads.net": "threads", "threads.com": "threads",
}  # fmt: skip
_PROVIDERS = {"twitter": "twitter", "x": "twitter", "instagram": "instagram", "facebook": "facebook",
              "youtube": "youtube", "tiktok": "tiktok", "bluesky": "bluesky", "threads": "threads"}  # fmt: skip


# An absolute http(s) address that ``urljoin`` gives back unchanged whatever the base: a host, and none of what
# urlsplit/urlunsplit rewrite (tab/CR/LF removed; an empty query, fragment or ";params" dropped; "[" "]" checked).
_PLAIN_ABSOLUTE = re.compile(r"https?://[^/?#\[\]\t\r\n;][^?#\[\]\t\r\n;]*(?:\?[^#\t\r\n]+)?(?:#[^\t\r\n]+)?")


def plain_absolute(href: str) -> bool:
    """``_PLAIN_ABSOLUTE.fullmatch(href)`` by string methods (a third of the regex's time on a long address): the
    address splits uniquely at its first "#" (fragment) and the first "?" before it (query)."""
    if href.startswith("https://"):
        at = 8
    elif href.startswith("http://"):
        at = 7
    else:
        return False
    if "#" not in href and "?" not in href:  # most addresses: all path (the scheme holds none of the characters)
        return not ("\t" in href or "\r" in href or "\n" in href or "[" in href or "]" in href or ";" in href) and href[
            at : at + 1
        ] not in ("", "/")
    rest = href[at:]
    if "\t" in rest or "\r" in rest or "\n" in rest:
        return False
    before, hashed, fragment = rest.partition("#")
    if hashed and not fragment:
        return False
    path, asked, query = before.partition("?")
    if asked and not query:
        return False
    return bool(path) and path[0] != "/" and "[" not in path and "]" not in path and ";" not in path


# A Wayback Machine address joined onto a page's own host: a copy saved from web.archive.org writes its links as
# "/web/20190503150212/https://www.bbc.co.uk/…" (images "/web/…im_/…"), which on the page's original URL give an
# address that exists nowhere ("https://www.bbc.co.uk/web/2019…/https://…"); the original address is the one it holds.
# On web.archive.org the address is a real archived copy and stays, but for a social network's post (a tweet's embed
# names the post, not the archive's copy of its page), even where the copy wrote it whole (a page's JSON), and for
# an image the archive serves in the page's place ("/web/20180504013422im_/https://ichef.bbci.co.uk/…": the "im_"
# copy is the page's own picture, rewritten to load from the archive, not a page archived to be linked to).
_WAYBACK_JOINED = re.compile(r"https?://([^/?#]+)/web/\d{1,14}([a-z]{2}_)?/(https?://.+)", re.I)
# An archive.today copy's link out ("https://archive.ph/o/Xk7Qb/https://www.theguardian.com/…", on any of the
# archive's hosts): the archive keeps no copy there, it only sends the reader on to the original address it holds.
_ARCHIVE_TODAY_OUT = re.compile(r"https?://archive\.(?:ph|today|is|li|md|vn|fo)/o/[A-Za-z0-9]+/(https?://.+)", re.I)


def held_address(address: str) -> str:
    """The original address an archive's rewritten ``address`` holds (`_WAYBACK_JOINED`, `_ARCHIVE_TODAY_OUT`), else
    ``address`` as it is."""
    if "/o/" in address:
        out = _ARCHIVE_TODAY_OUT.fullmatch(address)
        if out is not None:
            return out.group(1)
    if "/web/" in address:
        wayback = _WAYBACK_JOINED.fullmatch(address)
        if wayback is not None:
            host, modifier, held = wayback.groups()
            if host.lower() != "web.archive.org" or modifier == "im_" or embed_kind(held) is not None:
                return held
    return address


def saved_file(href: str) -> bool:
    """Whether a relative ``href`` names a file of a browser's "Save Page As…, complete" copy: the folder a browser
    writes beside the saved page ("./Local elections 2019_ Essex results - BBC News_files/p07b2k1x.jpg", Chrome's
    and Firefox's "<name>_files"). The file is on the researcher's disk, beside the copy; joined onto the page's
    address it would name nothing on the site."""
    folder, slash, _ = href.removeprefix("./").partition("/")
    return bool(slash) and folder.endswith("_files") and ":" not in folder


def join_url(base: str | None, href: str) -> str:
    """``href`` made absolute against ``base`` (an archive's rewritten link: the original address it holds,
    `held_address`); as written when either is no valid URL (``http://[x``) or it is a saved copy's own file
    (`saved_file`)."""
    if plain_absolute(href):
        # what urljoin would give, without its two urlparse calls (gated: no other link pays for the regexes)
        return held_address(href) if "/o/" in href or "/web/" in href else href
    if "_files/" in href and saved_file(href):
        return href
    try:
        joined = urljoin(base or "", href)
    except ValueError:
        return href
    if href.startswith("/web/"):  # a Wayback copy's rewritten link
        return held_address(joined)
    return joined


def split_url(url: str | None) -> SplitResult:
    """``urlsplit`` that reads an invalid URL (an unclosed IPv6 ``[``) as an empty one instead of raising."""
    try:
        return urlsplit(url or "")
    except ValueError:
        return urlsplit("")


# An http(s) address whose host is ASCII letters, digits, dots and hyphens up to a "/", "?", "#" or its end: the
# host ``urlsplit`` finds in it (lowered), read without its splits (`embed_kind`; tested against it).
_PLAIN_HOST = re.compile(r"https?://([A-Za-z0-9.-]+)(?:[/?#]|\Z)")


# The networks' addresses up to the "/" after the host, as pages write them (lower case, maybe "www."): `embed_kind`
# reads the kind of an address starting with one without the regex (its host is one _PLAIN_HOST finds, up to that "/").
_PLAIN_EMBED_ROOTS = {
    f"{scheme}://{www}{host}/": kind
    for host, kind in _EMBED_HOSTS.items()
    for www in ("", "www.")
    for scheme in ("https", "http")
}


def embed_kind(url: str | None) -> str | None:
    """The social network a URL belongs to (twitter, instagram, facebook, youtube, tiktok, bluesky, threads), else
    None."""
    if not url:
        return None
    kind = _PLAIN_EMBED_ROOTS.get(url[: url.find("/", 8) + 1])  # "https://twitter.com/…" (none: "")
    if kind is not None:
        return kind
    plain = _PLAIN_HOST.match(url)
    host = plain.group(1).lower() if plain else (split_url(url).hostname or "").lower()
    return _EMBED_HOSTS.get(host.removeprefix("www."))


def provider_kind(name: str | None) -> str:
    """A provider name as pages write it ("Twitter", "X", "youtube") to an embed kind."""
    return _PROVIDERS.get((name or "").strip().lower(), "other")


# --- boilerplate lines (text copies, and any text that slipped through HTML) ---------------------------

_P = r"(twitter|x|instagram|facebook|youtube|tiktok|google|spotify|soundcloud|\w+)"
# Whose embed it is, after "Skip …" / "End of …": a handle ("by @SwindonLabour") or a name of a few words ("by
# Swindon Labour", "by BBC News").
_BY = r"( by @?[\w.'’&-]+(?: [\w.'’&-]+){0,5})?"
# What a fallback link says it stands for: "View original <this> on <network>".
_ORIGINAL = r"content|tweet|post|video|reel|photo|image|pin|skeet"
BOILERPLATE_PATTERNS: dict[str, re.Pattern[str]] = {
    "embed_gate": re.compile(rf"^This {_P} post cannot be displayed in your browser\..*$", re.I),
    "embed_gate_content": re.compile(rf"^This {_P} content cannot be displayed in your browser\..*$", re.I),
    # "View original content on Twitter" (BBC), and the wordings of other pages' fallback links: "View original
    # tweet on Twitter", "View original post on X", "View original video on TikTok".
    "embed_original": re.compile(rf"^View original (?:{_ORIGINAL}) on {_P}\.?$", re.I),
    "embed_external": re.compile(r"^The BBC is not responsible for the content of external sites\.?$", re.I),
    "embed_skip": re.compile(rf"^(Skip|End of) {_P} (post|content|video)( \d+)?{_BY}$", re.I),
    "embed_allow": re.compile(rf"^Allow (?:Google )?{_P} content\?$", re.I),  # "Allow Google YouTube content?"
    "embed_consent": re.compile(
        rf"^This article (?:contains|includes) content (?:provided by (?:\w+ )?{_P}|hosted on \S+?)\.? "
        r"We ask for your permission.*$",
        re.I,
    ),
    # Reach-style gates ask in other words: "This content is provided by X, which may be using cookies and other
    # technologies. To show you this content, we need your permission to use cookies."
    "embed_cookies": re.compile(rf"^This content is provided by {_P}, which may be using cookies\b.*$", re.I),
    "embed_accept": re.compile(
        r"^(Accept and continue|To view this content choose .accept and continue.\.?|Manage (?:consent|cookies))$", re.I
    ),
    "view_more": re.compile(rf"^View more on {_P}$", re.I),
    # and a related story's link on a line of its own under its call ("Read more: Who is standing in Ashdale?",
    # "READ MORE: Every councillor elected in full": a Reach post's links between its paragraphs)
    "read_more": re.compile(r"^(Read (?:More|more)(?::[ \t]+\S.*)?|READ MORE(?::[ \t]+\S.*)?)$"),
    # (and a radio station's player button over a transcript's segment: "Listen to this clip")
    "video_content": re.compile(r"^(Video content|Audio content|Listen to this (?:clip|segment))$", re.I),
    "media_unsupported": re.compile(r"^(Media playback is (unsupported|not supported) on your device|"
                                    r"Your device may not support this (video|audio))$", re.I),
    "share": re.compile(r"^(Share|Copy link|Share this (?:post|update|segment|clip)|Get Involved|Post update|"
                        r"About sharing|Skip to content)$", re.I),
    # Page chrome of LX pages ("Live Reporting / Edited by … / All times stated are UK / Get involved"), and the
    # heading another publisher puts over its stream ("Live updates": ITV), or the button that reloads it ("Show latest
    # updates": The Independent).
    "page_chrome": re.compile(r"^(Live Reporting|All times stated are UK\.?|Edited by [^.!?]+|Latest updates|"
                              r"Live updates|Key points|Summary|Show more|Show latest updates|Load more)$", re.I),
    "media_caption_label": re.compile(r"^(Media|Video|Audio) caption(,|:)?$", re.I),
    # The notice BBC pages put under a YouTube clip's consent box, met loose in a post when the box around it is
    # not one the walk knows (or in a text copy, outside the box's "Skip … / End of …" lines).
    "ad_warning": re.compile(r"^Warning: Third[- ]party content may contain adverts\.?$", re.I),
}  # fmt: skip
# " - BBC News" after a page's name: the site's suffix of its <title> (and of a copy's first line), no part of the name.
TITLE_SUFFIX = re.compile(r"\s+[-–|]\s+BBC (News|Sport)(\s+\w+)?$")
# The lines of an LX page's header, in a text copy before the first post.
PAGE_CHROME = re.compile(r"^(Live Reporting|Edited by .+|All times stated are UK\.?|Get involved)$", re.I)
# Titles of LX stream items that are page chrome, not posts.
NON_POST_TITLES = re.compile(r"^(Get involved|Post update)$", re.I)
# The text of a link that stands for a social post: "View more on twitter", "View original content on Twitter",
# "View original tweet on Twitter".
SOCIAL_LINK_TEXT = re.compile(rf"^View (?:more|original (?:{_ORIGINAL})) on {_P}\.?$", re.I)
# "Oadby signImage source, PA Media[Image caption, …]": alt text, credit and maybe a caption glued on one line.
IMAGE_SOURCE = re.compile(
    r"^(?P<alt>.*?)\s*Image (?:source|copyright)(?:,|:)\s*(?P<credit>.+?)"
    r"(?:\s*Image caption(?:,|:)\s*(?P<caption>.*?))?\s*$"
)
IMAGE_CAPTION = re.compile(r"^(?P<alt>.*?)\s*Image caption(?:,|:)\s*(?P<caption>.*?)\s*$")
# A figure's line that says what it is in words anyone sees: "Image caption: …", "Image source, …", "Image copyright …",
# or an LX figure's credit line "Copyright: PA Media".
SHOWN_LABEL = re.compile(r"^(Image source|Image copyright|Image caption|Copyright)\b[,:]?\s*([^\s,:].*)$", re.I)
SHOWN_LABEL_STARTS = ("image ", "copyri")  # the first six characters of each, lowered
# The hidden labels a World Service page puts before an image's credit and caption in its service's language (BBC
# News's "Image source, " and "Image caption, "): Urdu, Hindi, Bengali, Tamil, Arabic ("مصدر الصورة", and the
# "صدر الصورة" a page wrote without its first letter), Persian, Swahili, Russian and Turkish ones, and BBC Cymru Fyw's
# Welsh ("Ffynhonnell y llun, ", "Disgrifiad o'r llun, ", its apostrophe straight or curly).
SERVICE_IMAGE_LABELS = MappingProxyType({
    "تصویر کا ذریعہ": "source", "इमेज स्रोत": "source", "ছবির উৎস": "source", "பட மூலாதாரம்": "source",
    "مصدر الصورة": "source", "صدر الصورة": "source", "منبع تصویر": "source", "Chanzo cha picha": "source",
    "Автор фото": "source", "Fotoğraf kaynağı": "source", "Ffynhonnell y llun": "source",
    "تصویر کا کیپشن": "caption", "इमेज कैप्शन": "caption", "ছবির ক্যাপশন": "caption", "ছবির ক্যাপশান": "caption",
    "படக்குறிப்பு": "caption", "التعليق على الصورة": "caption", "توضیح تصویر": "caption", "Maelezo ya picha": "caption",
    "Подпись к фото": "caption", "Fotoğraf altyazısı": "caption", "Disgrifiad o'r llun": "caption",
    "Disgrifiad o’r llun": "caption",
})  # fmt: skip


def _image_label(label: str) -> str | None:
    """What a figure's hidden label introduces: "source" (the credit: "Image source, ", "Image copyright ", an LX
    figure's "Copyright: ", or a service's own words), "caption", or None."""
    lowered = label.lower()
    if lowered.startswith(("image source", "image copyright", "copyright")):
        return "source"
    if lowered.startswith("image caption"):
        return "caption"
    return SERVICE_IMAGE_LABELS.get(label.strip(" ,،"))


# A network's own pages a consent box links to ("read Twitter's cookie policy and privacy policy"): never the post.
# YouTube's privacy-enhanced player (www.youtube-nocookie.com/embed/…) is the post's clip, its host no policy page.
_POLICY_PAGE = re.compile(r"privacy|(?<!no)cookie|polic|legal|/terms|//help\.", re.I)
VIDEO_CAPTION = re.compile(r"^(?:Media caption|Video caption|Audio caption)(?:,|:)\s*(?P<caption>.+?)\s*$")


def image_source(line: str) -> re.Match[str] | None:
    """IMAGE_SOURCE on a line; the lazy scan for "Image source" runs only when the words are there."""
    return IMAGE_SOURCE.match(line) if "Image " in line else None


# The words a Guardian figure's credit opens with, after its caption ("… at the count. Photograph: Yui Mok/PA").
CREDIT_WORDS = ("Photograph", "Photo", "Illustration", "Composite", "Image")  # none a suffix of another
CAPTION_CREDIT = re.compile(rf"^(?P<caption>.*?)\s*(?P<credit>(?:{'|'.join(CREDIT_WORDS)})s?:\s*.+)$")


def split_credit(caption: str) -> tuple[str, str] | None:
    """``CAPTION_CREDIT.match(caption)``'s caption and credit. On one line (``.`` takes anything but a newline) its
    lazy caption ends where the leftmost credit that runs to the end starts, less the white space before it (``\\s``
    is what ``str.isspace`` tells): a search from the credit word, not a try at every place of the caption."""
    if "\n" in caption:
        m = CAPTION_CREDIT.match(caption)
        return (m.group("caption"), m.group("credit")) if m else None
    # Where `CAPTION_CREDIT`'s credit starts, without a regex trying each place: a credit ends at a colon with a
    # character after it, its word just before (or before an "s": no word ends in one); a later colon's credit starts
    # after an earlier colon.
    colon = caption.find(":")
    while 0 <= colon < len(caption) - 1:
        end = colon - 1 if caption[colon - 1 : colon] == "s" else colon
        if caption.endswith(CREDIT_WORDS, 0, end):
            for word in CREDIT_WORDS:
                if caption.endswith(word, 0, end):
                    start = end - len(word)
                    return caption[:start].rstrip(), caption[start:]
        colon = caption.find(":", colon + 1)
    return None


def image_caption(line: str) -> re.Match[str] | None:
    """IMAGE_CAPTION on a line; the lazy scan runs only when the words are there."""
    return IMAGE_CAPTION.match(line) if "Image caption" in line else None


_GATE_PROVIDER = re.compile(rf"^This {_P} (?:post|content|video) cannot be displayed", re.I)
# The line that opens a consent-gated or skippable embed, and the line that closes it.
EMBED_OPEN = re.compile(rf"^(?:This {_P} (?:post|content|video) cannot be displayed|Skip {_P} (?:post|content|video)|"
                        rf"Allow {_P} content\?$)", re.I)  # fmt: skip
EMBED_CLOSE = re.compile(rf"^End of {_P} (?:post|content|video)( \d+)?{_BY}$", re.I)
VIEW_MORE = re.compile(rf"^View more on {_P}$", re.I)
MEDIA_CONTENT = re.compile(r"^(?P<kind>Video|Audio) content$", re.I)
# A line that ends a sentence (".", "!", "?", "…", ":" or ";", maybe inside closing quotes/brackets).
_SENTENCE_END = re.compile(r"[.!?…:;,][\"'”’)\]]*$")
_LABEL_START = re.compile(r"^[A-Z0-9À-Ý]")
LABEL_MAX_CHARS, LABEL_MAX_WORDS = 80, 10
ALT_MAX_CHARS, ALT_MAX_WORDS = 60, 8


def named_alternation(patterns: dict[str, re.Pattern[str]]) -> Lazy:
    """One regex trying each pattern in turn, each kept with its own flags as a group named for its kind.

    Alternatives are tried in order, so the first kind whose pattern matches is the one reported, exactly as a
    loop over the patterns would: one call into the regex engine instead of fifteen. Compiled on first use (a
    page with no text copy's lines to classify, a WebCore page's, never compiles its ~2k characters).
    """
    parts = []
    for kind, pattern in patterns.items():
        flag = "i" if pattern.flags & re.I else "-i"
        parts.append(f"(?P<{kind}>(?{flag}:{pattern.pattern}))")
    return Lazy("|".join(parts))


_BOILERPLATE = named_alternation(BOILERPLATE_PATTERNS)
_LEADING_WORD = re.compile(r"[A-Za-z]+")


def _top_level(source: str, sep: str) -> list[str]:
    """``source`` split at each ``sep`` outside brackets (a regex's alternatives)."""
    parts, depth, start = [], 0, 0
    for i, ch in enumerate(source):
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == sep and depth == 0 and source[i - 1] != "\\":
            parts.append(source[start:i])
            start = i + 1
    parts.append(source[start:])
    return parts


def literal_starts(pattern: re.Pattern[str]) -> dict[str, set[str]]:
    """The literal starts (lowered) of a line matching ``pattern``, by first word: each alternative of its leading
    ``^(…|…)`` group (or its ``^`` literal) opens with a word of letters ended by a literal space (or a colon and a
    space: "Warning: …") or the line's end, and goes on with literal text up to its first regex syntax (a character
    a quantifier makes optional left out). A pattern not of that shape raises ValueError: the gate in `classify_line`
    could not be proved for it."""
    source = pattern.pattern
    if not source.startswith("^"):
        raise ValueError(f"not anchored: {source}")
    body, after = source[1:], ""
    if body.startswith("(") and not body.startswith("(?"):
        depth = end = 0
        for i, ch in enumerate(body):
            depth += ch == "("
            depth -= ch == ")"
            if depth == 0:
                end = i
                break
        body, after = body[1:end], body[end + 1 :]
        if not after.startswith((" ", "$")):
            raise ValueError(f"a group not followed by a space or the end: {source}")
    starts: dict[str, set[str]] = {}
    for alternative in _top_level(body, "|"):
        m = _LEADING_WORD.match(alternative)
        rest = alternative[m.end() :] if m else "-"
        if m is None or not (rest.startswith((" ", ": ")) or (rest == "" and after) or rest == "$"):
            raise ValueError(
                f"no literal first word ended by a space (or a colon and a space): {alternative!r} in {source}"
            )
        literal = _LITERAL.match(alternative)
        text = literal.group() if literal else ""
        if alternative[len(text) : len(text) + 1] in ("?", "*", "{"):
            text = text[:-1]  # "ab?": the b may be missing
        starts.setdefault(m.group().lower(), set()).add(text.lower())
    return starts


def first_words(pattern: re.Pattern[str]) -> frozenset[str]:
    """The literal words (lowered) a line matching ``pattern`` can start with (`literal_starts`)."""
    return frozenset(literal_starts(pattern))


_LITERAL = re.compile(r"[A-Za-z0-9 ,':]+")
_STARTS: dict[str, set[str]] = {}
for _pattern in BOILERPLATE_PATTERNS.values():
    for _word, _texts in literal_starts(_pattern).items():
        _STARTS.setdefault(_word, set()).update(_texts)
# Every boilerplate line starts with one of these words, and goes on with one of its literal starts: a line whose
# first word (ASCII; a non-ASCII letter may match an ASCII one under re.I) is none of them is content without a
# regex match, and so is one whose start (ASCII, lowered) is none of its word's.
BOILERPLATE_FIRST_WORDS = frozenset(_STARTS)
BOILERPLATE_STARTS: dict[str, tuple[str, ...]] = {word: tuple(sorted(texts)) for word, texts in _STARTS.items()}
# The same starts by their first HEAD_CHARS characters (the shortest start's length), `classify_line`'s gate: a line
# whose first HEAD_CHARS characters are ASCII and, lowered, none of these keys is content; so is one whose first
# START_CHARS are ASCII and, lowered, start with none of its key's starts. (A boilerplate line starts with a literal
# start in any case; ASCII characters match ASCII ones only in their two cases.)
HEAD_CHARS = min(len(text) for texts in _STARTS.values() for text in texts)
START_CHARS = max(len(text) for texts in _STARTS.values() for text in texts)
BOILERPLATE_HEADS: dict[str, tuple[str, ...]] = {
    head: tuple(sorted(text for texts in _STARTS.values() for text in texts if text[:HEAD_CHARS] == head))
    for head in sorted({text[:HEAD_CHARS] for texts in _STARTS.values() for text in texts})
}


def ascii_cases(text: str) -> list[str]:
    """Every spelling of ``text`` in ASCII upper and lower case (its other characters as they are)."""
    spellings = [""]
    for ch in text:
        cases = {ch.lower(), ch.upper()} if ch.isascii() else {ch}
        spellings = [start + case for start in spellings for case in sorted(cases)]
    return spellings


def _stops(starts: tuple[str, ...]) -> frozenset[str] | None:
    """What can follow a head in a line that starts with none of ``starts``, told by that alone: each ASCII character
    but those (in both cases) that follow the head in a start, and "" (the line's end); None when a start is the head
    alone. (A non-ASCII character is none: it may match an ASCII one under re.I.)"""
    if any(len(start) == HEAD_CHARS for start in starts):
        return None
    followers = {case for start in starts for case in (start[HEAD_CHARS].lower(), start[HEAD_CHARS].upper())}
    return _ASCII_AND_END - followers


_ASCII_AND_END = frozenset(("", *map(chr, range(128))))


# BOILERPLATE_HEADS under every ASCII-case spelling of its keys, with what cannot follow the head in its starts: the
# gate looks a line's head up as it is, not lowered (a head found is ASCII and lowers to its key; an ASCII head not
# found lowers to no key), and tells most lines of a found head ("The count …") by the next character alone.
# (One gate a head, shared by its spellings: 28 heads have 400.)
_HEADS_ANY_CASE: dict[str, tuple[tuple[str, ...], frozenset[str] | None]] = {
    spelling: gate
    for head, starts in BOILERPLATE_HEADS.items()
    for gate in [(starts, _stops(starts))]
    for spelling in ascii_cases(head)
}


def classify_line(line: str) -> str | None:
    """The boilerplate kind of one stripped line, or None when it is content (most lines told by their first
    characters, BOILERPLATE_HEADS, before the regex)."""
    head = line[:HEAD_CHARS]
    gate = _HEADS_ANY_CASE.get(head)
    if gate is None:
        if head.isascii():
            return None  # an ASCII head of no boilerplate start
    else:
        starts, stops = gate
        if stops is not None and line[HEAD_CHARS : HEAD_CHARS + 1] in stops:
            return None  # an ASCII character no start has after this head, or none (a line of the head alone)
        if (lead := line[:START_CHARS]).isascii() and not lead.lower().startswith(starts):
            return None
    known = _COMMON_LINES.get(line)
    if known is not None:
        return known  # what the regex gives it, read at import
    m = _BOILERPLATE.match(line)
    return m.lastgroup if m else None


# The boilerplate lines pages show most, with their kinds (the regex's own: a test checks each): a look-up costs a
# tenth of the regex (the one alternation of every pattern, tried from the first). Written out, not read from the
# regex at import, which would compile it in every process.
_COMMON_LINES = {"Read more": "read_more", "Read More": "read_more", "View more on twitter": "view_more",
                 "View more on Twitter": "view_more", "Share": "share", "Copy link": "share"}  # fmt: skip


def gate_provider(line: str) -> str | None:
    """For "This Twitter post cannot be displayed…", the embed kind (twitter); else None."""
    m = _GATE_PROVIDER.match(line)
    return provider_kind(m.group(1)) if m else None


def embed_open_kind(line: str) -> str | None:
    """For the first line of an embed block ("This Twitter post cannot be displayed…", "Skip twitter post",
    "Allow YouTube content?"), the embed kind; else None."""
    m = EMBED_OPEN.match(line)
    return provider_kind(next(g for g in m.groups() if g)) if m else None


def _add_embed(body: Body, embed: Embed) -> None:
    """``embed`` into the body, as one with a bare embed of its network: a consent box and the post it gates, read
    as two blocks, are one embed (the box names the network, the post gives the address), whichever comes first."""
    if embed.url is None:
        if any(e.url and e.kind == embed.kind for e in body.embeds):
            return
    elif body.embeds:
        body.embeds = [e for e in body.embeds if e.url or e.kind != embed.kind]
    body.embeds.append(embed)


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
            _add_embed(body, embed)
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
# A ward's heading in a by-election round-up, its council short in a bracket: "Glastonbury (Somerset UA)"
_COUNCIL_BRACKET = re.compile(r"\([^()]*\b(?:BC|DC|MBC|CBC|CC|UA|Council)\)$")


def is_alt_text(line: str, before: str | None, after: str | None) -> bool:
    """An image's alt text or a graphic's label left in a text copy ("Count", "No overall control graphic").

    It is a label with no figures in it (a result line "Labour 14 (-10)" is content) and no field separator
    (a ticker line "Bradford, Wibsey - Labour hold" or "Turnout: high" is content) nor a council's name in a
    closing bracket (a ward's heading "Buckland (Teignbridge DC)" is content) nor written all in capitals (alt
    text is in sentence case; a shouted line is a result's verdict, "CON GAIN FROM SNP", or a heading), at most a
    few words, standing alone: the lines around it (``before``/``after``, None at the ends) are not labels too,
    which would make a list or a table of short lines.
    """
    return (
        is_label(line)
        and not line.isupper()
        and len(line) <= ALT_MAX_CHARS
        and len(line.split()) <= ALT_MAX_WORDS
        and not any(ch.isdigit() for ch in line)
        and not _FIELD_SEPARATOR.search(line)
        and not (line.endswith(")") and _COUNCIL_BRACKET.search(line))
        and not (before is not None and is_label(before))
        and not (after is not None and is_label(after))
    )


# --- HTML ---------------------------------------------------------------------------------------------

HIDDEN = '[class*="VisuallyHidden"], .visually-hidden, .gs-u-vh, [hidden], [aria-hidden="true"]'
DROP = "script, style, noscript, template, iframe, svg, button, form"
BLOCKS = "p, li, h2, h3, h4, h5, h6, blockquote, pre, td"
_WS = re.compile(r"[ \t\r\f\v\u00a0]+")


# Columns aligned with spaces ("Ann Lee     Green Party     1,044"): a run of two or more between two cells' text,
# not after a sentence's end (a typist's two spaces, "won.  The")
ALIGNED_CELLS = re.compile(r"(?<=[^\s.!?:;,])  +(?=\S)")
# The fewest cells of a table's row copied as text (a title glued to its time by a tab, "Labour wins Plymouth\tPosted
# at 03:30", has two), and of a two-column table's row ("Labour\t31"), told by another tab row right above or below
# it: the text layout and the extractor (entities.doc.tab_cells) read rows by the same counts.
ROW_CELLS = 3
PAIR_CELLS = 2
_FIGURE = re.compile(r"\d")


def heading_columns(line: str) -> list[int]:
    """Where the cells after the first of a heading row of aligned columns open ("Candidate     Party     Votes":
    two or more runs of spaces, no figure); none for any other line."""
    if _FIGURE.search(line):
        return []
    columns = [m.end() for m in ALIGNED_CELLS.finditer(line)]
    return columns if len(columns) >= 2 else []


def filled_cells(line: str, columns: list[int]) -> list[int]:
    """The single spaces of a row of aligned columns that part two cells: a cell that fills its column leaves one
    space before the next cell where the heading row (`heading_columns`) opens it ("Amanda Carter-Hollis Labour
    Party   1,105" under "Candidate            Party   Votes"). Not into more cells than the heading has: "The
    Conservative Party Candidate  511" is one cell over the votes' column, not two."""
    cells = len(ALIGNED_CELLS.split(line.strip()))
    out = []
    for at in columns:
        if cells > len(columns):
            break
        if 1 < at < len(line) and line[at - 1] == " " and line[at - 2] != " " and line[at].isupper():
            out.append(at - 1)
            cells += 1
    return out


def squash(text: str | None) -> str:
    """Collapse runs of white space inside a line and strip the ends."""
    text = (text or "").strip()  # stripped first: the runs left are all inside, between words
    # Most text has only single spaces: nothing to collapse, and substring scans cost a tenth of the regex.
    if (
        "  " in text
        or "\t" in text
        or "\r" in text
        or "\f" in text
        or "\v" in text
        or (
            not text.isascii() and "\u00a0" in text  # isascii reads a flag: no scan
        )
    ):
        return _WS.sub(" ", text)
    return text


def remove_all(root: LexborNode, selector: str) -> int:
    """Remove from ``root`` every element matching ``selector`` (the outermost of nested matches); the count.

    Lexbor's ``css()`` includes ``root`` itself when it matches: the root is never removed (removing it does
    nothing, so a "remove until none is left" loop would never end).
    """
    return remove_nodes(root, root.css(selector))


def remove_nodes(root: LexborNode, found: list[LexborNode]) -> int:
    """`remove_all` with the matches already found (``root.css(selector)``, in its order)."""
    chosen: list[LexborNode] = []
    taken: set[int] = set()
    for node in found:
        if node.mem_id == root.mem_id or node.mem_id in taken or _inside(node, root, taken):
            continue
        taken.add(node.mem_id)
        chosen.append(node)
    for node in chosen:  # outermost only: a removed node frees its children
        node.decompose()
    return len(chosen)


_UNMET = -1  # `PageQueries`: a node no walk up has met yet (a mem_id is never negative)


class PageQueries:
    """``scope.css(selector)`` for scopes inside a page's posts, from one page-wide query per selector.

    selectolax parses the selector again on every ``css()`` call (2–6 µs, more than the matching in a post):
    a dozen queries per post cost more than Lexbor's parse of the page. Here each selector is run once over the
    page and its matches are grouped by the post (``containers``) holding them — the nearest one up; posts
    inside posts would need every one up, so then (or with ``root`` None) every call queries its scope.
    Lexbor's ``css()`` reports matches in document order (a node matching two parts of a list twice, in a
    row) and includes the scope itself: a post's share of the page's matches is what its own query gives.
    The tree must not change under it (a removed node's matches would dangle): query directly after that.
    """

    def __init__(
        self,
        root: LexborHTMLParser | None,
        containers: list[LexborNode] | None,
        selectors: tuple[str, ...],
        *,
        container: str | None = None,
        tags: Sequence[int] | None = None,
    ) -> None:
        """``container``: the selector ``containers`` were found by (``containers`` None: found here, `containers`);
        ``tags``: the one tag (its Lexbor id) each of ``selectors`` can match. With both, the matches are read in
        document order (`_in_order`) where that provably gives the same rows."""
        # Each post's row: its matches of each selector, in the selectors' order (() for none), read whole by
        # `matches` and a cell at a time by `first`/`all` (the selector's place in `_at`).
        self._rows: dict[int, list[Sequence[LexborNode]]] | None = None
        self._selectors = selectors
        self._at = {selector: at for at, selector in reversed(list(enumerate(selectors)))}  # the first place
        self._matched: set[str] = set()  # selectors whose page-wide query found a node (outside the posts at least)
        self._in_rows: tuple[list[LexborNode], list[list[Sequence[LexborNode]]]] | None = None  # `rows`' answer
        self.containers: list[LexborNode] = containers if containers is not None else []  # the posts
        if tags is not None and len(tags) != len(selectors):
            raise ValueError(f"{len(tags)} tags for {len(selectors)} selectors")
        if containers is None and (container is None or root is None):
            raise ValueError("containers to be found need a container selector and a root")
        if root is None:
            return  # every call queries its scope
        if container is not None and tags is not None and self._in_order(root, containers, container, tags):
            return
        self._rows, self._matched, self._in_rows = None, set(), None
        if containers is None:
            self.containers = containers = root.css(container)  # type: ignore[arg-type]  # checked above
        self._bucket(root, containers, selectors)

    def _in_order(
        self, root: LexborHTMLParser, containers: list[LexborNode] | None, container: str, tags: Sequence[int]
    ) -> bool:
        """The rows from queries that list the containers with the matches (``container, selector, …``: Lexbor
        reports the nodes of a selector list in document order, a node once a part it matches), each selector of a
        group matching its own tag, so a node's tag tells its selector. A post's matches are then the nodes listed
        after it up to the next post, once the nodes between its end and that post are shown to match nothing
        (`_gaps_clear`): no walk up from each match. False (nothing kept) where that is not shown.

        Containers not given are the first query's nodes of a tag no selector has (``container``'s: the query lists
        them all), read with the matches; the matches it lists after the last post are sorted once that is known."""
        groups = _groups(container, self._selectors, tags)
        empty: list[Sequence[LexborNode]] = [()] * len(tags)
        outside: set[int] = set()  # the columns of matches outside the posts
        found_here = containers is None
        if containers is None:
            query, columns = groups[0]
            containers, ids, rows_in_order = [], [], []
            row: list[Sequence[LexborNode]] | None = None  # the row of the post last listed (None: none yet)
            for node in root.css(query):
                at = columns.get(node.tag_id)
                if at is None:  # a post
                    containers.append(node)
                    ids.append(node.mem_id)
                    row = empty.copy()
                    rows_in_order.append(row)
                elif row is None:
                    outside.add(at)  # before the first post
                else:
                    cell = row[at]
                    if cell:
                        cell.append(node)  # type: ignore[attr-defined]  # a list: () is the only empty cell
                    else:
                        row[at] = [node]
            self.containers = containers
            if not containers:
                return False
        else:
            if not containers:
                return False
            ids = [node.mem_id for node in containers]
            rows_in_order = [empty.copy() for _ in ids]
        container_tag = containers[0].tag_id
        if container_tag in tags:
            return False
        for node in containers:
            if node.tag_id != container_tag:
                return False
        cleared, last_end = _gaps_clear(containers, ids, container_tag, frozenset(tags))
        if not cleared:
            return False
        last, count = containers[-1], len(containers)
        if found_here and last_end is not None:  # the first query's nodes after the last post's start: its own kept
            row = rows_in_order[-1]
            for at, cell in enumerate(row):
                if cell:
                    kept = [node for node in cell if _within(node, last, last)]
                    if len(kept) < len(cell):
                        outside.add(at)
                        row[at] = kept or ()
        if found_here:
            groups = groups[1:]  # the first query read
        try:
            for query, columns in groups:
                k = -1
                row = None
                listed = iter(root.css(query))
                for node in listed:
                    tag = node.tag_id
                    if tag == container_tag:
                        k += 1
                        if k == count or node.mem_id != ids[k]:
                            return False
                        row = rows_in_order[k]
                        if k == count - 1 and last_end is not None:
                            break  # the last post, with more of the page after it
                    elif row is None:
                        outside.add(columns[tag])  # before the first post
                    else:
                        at = columns[tag]
                        cell = row[at]
                        if cell:
                            cell.append(node)  # type: ignore[attr-defined]  # a list: () is the only empty cell
                        else:
                            row[at] = [node]
                for node in listed:  # after the last post's start: its own matches, then the rest of the page's
                    at = columns[node.tag_id]
                    if row is not None and not _within(node, last, last):
                        row = None
                    if row is None:
                        outside.add(at)
                    else:
                        _add(row, at, node)
                if k != count - 1:
                    return False
        except KeyError:
            return False  # a node of a tag no selector was given (a wrong `tags`): not a page to read so
        self._rows = dict(zip(ids, rows_in_order, strict=True))
        self._in_rows = containers, rows_in_order
        self._matched = {self._selectors[at] for at in outside}
        return True

    def _bucket(self, root: LexborHTMLParser, containers: list[LexborNode], selectors: tuple[str, ...]) -> None:
        """The rows from one page-wide query per selector, each match placed by a walk up to its post."""
        # The post holding each node met on the way up (None: no post), so a walk stops where one went before.
        ids = [node.mem_id for node in containers]  # read once: each read makes an int
        holder: dict[int, int | None] = dict(zip(ids, ids, strict=True))
        if not _one_depth(containers):
            for node in containers:
                parent = node.parent
                if parent is not None and _holder(parent, holder) is not None:
                    return  # a post inside a post
        # Each post's children are its own (no post is inside another): most matches sit one or two steps under one of
        # them or under a node a match before passed, found without the general walk up (grandchildren marked too
        # cost more than the extra step saves).
        for node, post in zip(containers, ids, strict=True):
            child = node.first_child
            while child is not None:
                holder[child.mem_id] = post
                child = child.next
        empty: list[Sequence[LexborNode]] = [()] * len(selectors)
        rows = self._rows = {post: empty.copy() for post in ids}
        met, unmet = holder.get, _UNMET  # read once: the loop below runs for every match on the page
        for at, selector in enumerate(selectors):
            page_wide = root.css(selector)
            if page_wide:
                self._matched.add(selector)
            for node in page_wide:
                mem_id = node.mem_id
                key = met(mem_id, unmet)  # met before (a repeat, or a node an earlier walk passed)?
                if key is unmet:
                    parent = node.parent  # most matches sit right under a node met before: one step
                    if parent is None:
                        key = holder[mem_id] = None
                    else:
                        parent_id = parent.mem_id
                        key = met(parent_id, unmet)
                        if key is unmet:  # two steps up (a time's text under its time), else the walk up goes on
                            above = parent.parent
                            if above is None:
                                key = None
                            else:
                                key = met(above.mem_id, unmet)
                                if key is unmet:
                                    key = _holder(above, holder)
                            holder[parent_id] = key
                        holder[mem_id] = key
                if key is not None:
                    row = rows[key]
                    cell = row[at]
                    if cell:
                        cell.append(node)  # type: ignore[attr-defined]  # a list: () is the only empty cell
                    else:
                        row[at] = [node]

    def narrow(self, root: LexborHTMLParser, selector: str, exact: str) -> None:
        """``exact`` in ``selector``'s place, where ``exact`` matches some of the nodes ``selector`` matches and no
        other (a test for the few nodes a cheaper page-wide query found): each post's matches are ``selector``'s that
        ``exact`` matches (a node's own ``css_first(exact)`` finds the node itself first), and calls that query their
        scope query it with ``exact``."""
        at = self._at[selector]
        self._selectors = selectors = (*self._selectors[:at], exact, *self._selectors[at + 1 :])
        self._at = {given: place for place, given in reversed(list(enumerate(selectors)))}  # each one's first place
        if self._rows is None:
            return  # every call queries its scope
        for row in self._rows.values():  # the rows `rows` hands out too (the same lists)
            cell = row[at]
            if cell:
                row[at] = [node for node in cell if _matches_itself(node, exact)] or ()
        if selector in self._matched:  # a match outside the posts: whether ``exact`` has one, in a post or not
            if selector not in self._at:
                self._matched.discard(selector)
            if root.css_first(exact) is not None:
                self._matched.add(exact)

    @property
    def bucketed(self) -> bool:
        """Whether the page's matches were grouped by post (False: posts inside posts, or no root)."""
        return self._rows is not None

    def matched(self, selector: str) -> bool:
        """Whether ``selector`` matches anywhere on the page, in a post or not (True when not `bucketed`)."""
        if self._rows is None or selector in self._matched:
            return True
        at = self._at[selector]
        return any(row[at] for row in self._rows.values())

    def matches(self, container: LexborNode) -> list[Sequence[LexborNode]]:
        """Every selector's matches in ``container`` (``container.css(selector)``), in the order the selectors
        were given: a post's whole share of the page's matches in one call (read them; never change them)."""
        if self._rows is None:
            return [container.css(selector) for selector in self._selectors]
        row = self._rows.get(container.mem_id)
        return [() for _ in self._selectors] if row is None else row.copy()

    def rows(self, containers: list[LexborNode]) -> list[list[Sequence[LexborNode]]]:
        """`matches` of each of ``containers``, in their order: when they are the list the rows were built for (read
        in document order), the rows themselves (one look-up a page, not one a post; read them, never change them)."""
        if self._in_rows is not None and self._in_rows[0] is containers:
            return self._in_rows[1]
        return [self.matches(container) for container in containers]

    def all(self, container: LexborNode, selector: str, scope: LexborNode | None = None) -> list[LexborNode]:
        """``scope.css(selector)`` (``scope``: ``container`` when None, or a node inside it)."""
        if self._rows is None:
            return (container if scope is None else scope).css(selector)
        row = self._rows.get(container.mem_id)
        found = row[self._at[selector]] if row is not None else ()
        if not found:
            return []
        if scope is None or scope.mem_id == container.mem_id:
            return list(found)
        return [node for node in found if _within(node, scope, container)]

    def first(self, container: LexborNode, selector: str, scope: LexborNode | None = None) -> LexborNode | None:
        """``scope.css_first(selector)``."""
        if self._rows is None:
            return (container if scope is None else scope).css_first(selector)
        row = self._rows.get(container.mem_id)
        found = row[self._at[selector]] if row is not None else ()
        if not found:
            return None
        if scope is None or scope.mem_id == container.mem_id:
            return found[0]
        return next((node for node in found if _within(node, scope, container)), None)


def _matches_itself(node: LexborNode, selector: str) -> bool:
    """Whether ``selector`` matches ``node``: its own ``css_first`` looks at the node before anything inside it."""
    found = node.css_first(selector)
    return found is not None and found.mem_id == node.mem_id


def _one_depth(nodes: list[LexborNode]) -> bool:
    """Whether ``nodes`` are all children of one node, or all grandchildren of one: all as deep in the tree, so none
    is inside another (a cheaper proof than a walk up from each; False tells nothing)."""
    if not nodes:
        return True
    parents = [node.parent for node in nodes]
    first = parents[0]
    if first is None:
        return False
    up = first.mem_id
    for parent in parents:
        if parent is None or parent.mem_id != up:
            break
    else:
        return True  # one parent
    grandparent = first.parent
    if grandparent is None:
        return False
    up = grandparent.mem_id
    for parent in parents:
        above = parent.parent if parent is not None else None
        if above is None or above.mem_id != up:
            return False
    return True  # one grandparent


def _holder(node: LexborNode, holder: dict[int, int | None]) -> int | None:
    """The ``mem_id`` of the post holding ``node`` (or None), remembered for every node passed on the way."""
    passed: list[int] = []
    up: LexborNode | None = node
    key: int | None = None
    while up is not None:
        mem_id = up.mem_id
        if mem_id in holder:
            key = holder[mem_id]
            break
        passed.append(mem_id)
        up = up.parent
    for mem_id in passed:
        holder[mem_id] = key
    return key


def _groups(container: str, selectors: tuple[str, ...], tags: Sequence[int]) -> list[tuple[str, dict[int, int]]]:
    """The queries `PageQueries._in_order` runs: ``container`` listed with selectors of distinct tags (each taken
    into the first group without its tag), and each group's column of a tag."""
    groups: list[dict[int, int]] = []
    for at, tag in enumerate(tags):
        group = next((columns for columns in groups if tag not in columns), None)
        if group is None:
            groups.append({tag: at})
        else:
            group[tag] = at
    return [(", ".join((container, *(selectors[at] for at in columns.values()))), columns) for columns in groups]


def _add(row: list[Sequence[LexborNode]], at: int, node: LexborNode) -> None:
    """``node`` added to the row's cell ``at`` (the hot loops of `PageQueries` write this inline: a call a match)."""
    cell = row[at]
    if cell:
        cell.append(node)  # type: ignore[attr-defined]  # a list: () is the only empty cell
    else:
        row[at] = [node]


_GAP_STEPS = 8  # the most nodes `_gaps_clear` passes between a post's end and the next post


def _gaps_clear(
    containers: list[LexborNode], ids: list[int], container_tag: int, tags: frozenset[int]
) -> tuple[bool, LexborNode | None]:
    """Whether no node of ``tags`` lies between a post's end and the next post in document order (each gap walked,
    a few nodes: an ``li`` and white space), so the nodes listed between two posts are the first one's; and the
    node after the last post (None: the page ends with it). False where a gap is longer, or a post holds the next."""
    for node, after in zip(containers[:-1], ids[1:], strict=True):
        step = node.next
        if step is None:  # most posts: the last in their list item (`_after`, without a call)
            up = node.parent
            step = up.next if up is not None else None
            if step is not None:  # most gaps: the next list item, whose first node is the next post
                child = step.first_child
                if child is not None and child.mem_id == after and step.tag_id not in tags:
                    continue
            elif up is not None:
                step = _after(up)
        left = _GAP_STEPS
        while step is not None and left:
            tag = step.tag_id
            if tag == container_tag:
                if step.mem_id == after:
                    break
            elif tag in tags:
                return False, None
            child = step.first_child
            step = child if child is not None else _after(step)
            left -= 1
        else:
            return False, None
    return True, _after(containers[-1])


def _after(node: LexborNode) -> LexborNode | None:
    """The first node after ``node`` and all it holds, in document order (None: the document ends there)."""
    up: LexborNode | None = node
    while up is not None:
        following = up.next
        if following is not None:
            return following
        up = up.parent
    return None


def tagged(node: LexborNode, tag: str) -> list[LexborNode]:
    """``node.css(tag)`` for a bare tag name, by a walk: parsing the selector costs more than a small subtree."""
    return [n for n in node.traverse() if n.tag == tag]


def _within(node: LexborNode, scope: LexborNode, container: LexborNode) -> bool:
    """Whether ``node`` (inside ``container``) is ``scope`` or inside it."""
    up: LexborNode | None = node
    while up is not None:
        key = up.mem_id
        if key == scope.mem_id:
            return True
        if key == container.mem_id:
            return False
        up = up.parent
    return False


def _inside(node: LexborNode, root: LexborNode, ids: set[int]) -> bool:
    parent = node.parent
    while parent is not None and parent.mem_id != root.mem_id:
        if parent.mem_id in ids:
            return True
        parent = parent.parent
    return False


def visible_text(node: LexborNode) -> str:
    """The text a reader sees: hidden spans (``VisuallyHidden``, ``gs-u-vh``) left out, one line."""
    child = node.first_child  # one text node (most titles, bylines and times): what `_collect` gives
    # (a node's text_content is None unless it is a text node; an empty one reads as `_collect` reads it, "")
    if child is not None and child.next is None and (text := child.text_content) is not None:
        return squash(text.replace("\n", " ") if "\n" in text else text)
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


_NO_TEXT = frozenset(("script", "style", "noscript", "template", "-comment"))


def _collect(node: LexborNode, parts: list[str], br: str) -> None:
    child = node.first_child
    while child is not None:
        tag = child.tag
        if tag == "-text":
            parts.append((child.text_content or "").replace("\n", " "))  # a newline in HTML source is a space
        elif tag not in _NO_TEXT:  # a comment has no text and no children: skipped like hidden text
            attrs = child.attributes
            if not (attrs and _hidden_attrs(attrs)):
                if tag == "br":
                    parts.append(br)
                _collect(child, parts, br)
        child = child.next


def _is_hidden(node: LexborNode) -> bool:
    attrs = node.attributes
    return bool(attrs) and _hidden_attrs(attrs)


def _hidden_attrs(attrs: dict[str, str | None]) -> bool:
    """`_is_hidden` on attributes already read (an element without attributes is never hidden)."""
    cls = attrs.get("class") or ""
    if "VisuallyHidden" in cls:  # hashed WebCore names hold it: a substring
        return True
    if (_VISUALLY_HIDDEN in cls or _GS_VH in cls) and (
        _VISUALLY_HIDDEN in (classes := cls.split()) or _GS_VH in classes
    ):
        return True  # a whole class name, split only when the text is in the list
    return "hidden" in attrs or attrs.get("aria-hidden") == "true"


@dataclass(slots=True)
class Body:
    paragraphs: list[str] = field(default_factory=list)
    embeds: list[Embed] = field(default_factory=list)
    images: list[Image] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n".join(self.paragraphs)


# The elements a browser lays out as lines of their own (its block boxes, without a page's style sheet).
LINE_BOXES = (
    "address, article, aside, blockquote, br, dd, div, dl, dt, figcaption, figure, footer, h1, h2, h3, h4, h5, h6, "
    "header, hr, li, main, nav, ol, p, pre, section, table, tr, ul"
)


def page_lines(html: str) -> list[str]:
    """The lines a reader copies from an HTML page that no family's markup marks (a browser's reader view printed or
    saved: its classes, test ids and hidden labels gone): each block element's text on lines of its own, the page's
    scripts, styles, frames and buttons left out. A ``div`` of spans alone ("<div><span>Tom Barton</span><span>BBC
    North East political reporter</span></div>", a byline's name and role) is a stack of lines: the page's style
    sheet set them apart, and no text between them says they run on."""
    tree = LexborHTMLParser(html)
    for node in tree.css(DROP):
        node.decompose()
    body = tree.body
    if body is None:
        return []
    for node in body.css(LINE_BOXES):
        node.insert_before("\n")
        node.insert_after("\n")
    for div in body.css("div"):
        if _spans_alone(div):
            for span in list(div.iter()):
                span.insert_after("\n")
    return _lines(body.text(deep=True, separator=""))


# `LINE_BOXES` as tag names: the line a link's words lie on is the text of the nearest of them around it.
_LINE_BOX_TAGS = frozenset(tag.strip() for tag in LINE_BOXES.split(","))


def line_links(html: str, base_url: str | None) -> list[tuple[str, list[Link]]]:
    """The lines of `page_lines` that hold links, each with its links (in the page's order): a page read as its
    text keeps a link's words and loses its address, which only the markup holds."""
    body = LexborHTMLParser(html).body
    if body is None:
        return []
    boxes: dict[int, LexborNode] = {}
    for a in body.css("a[href]"):
        box = a.parent
        while box is not None and box.tag not in _LINE_BOX_TAGS:
            box = box.parent
        if box is not None:
            boxes.setdefault(box.mem_id, box)
    out = []
    for box in boxes.values():
        found = Body([], [], [], [])
        _links(box, found, base_url)
        if found.links:
            out.append((visible_text(box), found.links))
    return out


def _spans_alone(div: LexborNode) -> bool:
    """Whether ``div`` holds two or more spans and nothing else but white space."""
    spans = 0
    for child in div.iter(include_text=True):
        if child.tag == "span":
            spans += 1
        elif child.tag != "-text" or (child.text_content or "").strip():
            return False
    return spans >= 2


def html_body(node: LexborNode, base_url: str | None = None) -> Body:
    """A post body's clean paragraphs, with embeds, images and links taken out as records.

    Works on a copy-free walk: figures become images (alt, caption, "Image source, X" credit), social
    links and blockquotes become embeds, consent gates and hidden text are dropped by structure.
    """
    body = Body([], [], [], [])  # its lists given: no default factory called
    _walk(node, body, base_url)
    return body


def _content(lines: list[str]) -> list[str]:
    """The lines that are no boilerplate (each classified once, as it is added to the body)."""
    return [line for line in lines if not classify_line(line)]


def tag_ids(*names: str) -> tuple[int, ...]:
    """Lexbor's ids of these tags (``-text``, ``-comment`` or a known element's), read from a small document: the
    same in every document (an unknown tag's id is the address of its name, never one of these). Walks
    compare ``node.tag_id``, which costs half what ``node.tag`` (a new string each time) does."""
    markup = (
        "<div><p>t<!----></p><figure><img><figcaption></figcaption></figure>"
        "<a><time></time><span></span></a><h2></h2><h3></h3><header></header><blockquote></blockquote><iframe></iframe></div>"
    )
    ids = {node.tag: node.tag_id for node in LexborHTMLParser(markup).body.traverse(include_text=True)}  # type: ignore[union-attr]
    return tuple(ids[name] for name in names)


def know_attributes(tree: LexborHTMLParser, names: Sequence[str]) -> None:
    """Make these attribute names known to Lexbor in ``tree``'s document: each is set on an element made for it and
    never put in the tree (no query reaches it, no node of the tree changes).

    Lexbor matches ``[name]`` by looking the name up in the document's table of the attribute names its parse
    read, and a name the page never writes is not there: the look-up (a hash of the name) is then made again at
    every element of every walk, the dearest test of the walk. Once the name is known, an element is only
    asked for it (``[itemprop]`` over the Guardian benchmark page: 1.20M instructions a walk, 0.46M)."""
    holder = tree.create_node("i")
    attrs = holder.attrs
    for name in names:
        attrs[name] = ""


_TEXT_ID, _COMMENT_ID, _P_ID, _IMG_ID, _FIGCAPTION_ID, _A_ID, _DIV_ID, _SPAN_ID, _FIGURE_ID = tag_ids(
    "-text", "-comment", "p", "img", "figcaption", "a", "div", "span", "figure"
)


def _walk(node: LexborNode, body: Body, base_url: str | None) -> None:
    run: list[LexborNode] = []  # loose text and inline elements between blocks: one paragraph
    child = node.first_child
    while child is not None:
        tag_id = child.tag_id  # the tag's name only when needed: each read of it makes a string
        if tag_id == _P_ID and not child.attributes:  # `_walk_block` on a bare ``<p>``: never an embed, a paragraph
            if run:
                _flush_run(run, body, base_url)
            first = child.first_child
            if first is not None and first.next is None and (text := first.text_content) is not None:  # one text node
                line = squash(text.replace("\n", " ") if "\n" in text else text)  # `_paragraph`'s one line
                if not line:
                    pass
                elif (kind := classify_line(line)) is None:
                    body.paragraphs.append(line)
                elif kind.startswith("embed_") or kind == "view_more":
                    _gate_embeds(child, body, base_url)
            else:
                _paragraph(child, body, base_url)
        elif tag_id in (_TEXT_ID, _COMMENT_ID):
            run.append(child)  # React SSR puts <!-- --> between text fragments
        elif tag_id == _FIGURE_ID:  # `_walk_block`'s image, told by its id (no name read, no call to dispatch it)
            if run:
                _flush_run(run, body, base_url)
            _figure(child, body, base_url)
        elif (tag := child.tag) in INLINE_TAGS and _inline_element(child):
            run.append(child)
        else:
            if run:
                _flush_run(run, body, base_url)
            _walk_block(child, tag, body, base_url)
        child = child.next
    if run:
        _flush_run(run, body, base_url)


_SKIPPED = frozenset(("script", "style", "noscript", "template", "svg", "button", "figcaption"))
_PARAGRAPHS = frozenset(("p", "li", "h2", "h3", "h4", "h5", "h6", "pre", "td"))


def _walk_block(child: LexborNode, tag: str | None, body: Body, base_url: str | None) -> None:
    if tag in _SKIPPED:
        if tag == "noscript":
            _noscript_embeds(child, body, base_url)
        return  # a figcaption outside its figure belongs to an unwrapped embed
    if tag == "figure":
        _figure(child, body, base_url)
    elif tag in ("img", "picture"):
        add_image(child, _image(child, base_url), body, base_url)
    elif tag == "iframe":
        src = iframe_src(child.attributes)
        kind = embed_kind(src)
        if kind and src:  # (a protocol-relative player, "//www.youtube.com/embed/…", takes the page's scheme)
            body.embeds.append(Embed(kind=kind, url=join_url(base_url, src.strip())))
        elif src and (url := join_url(base_url, src.strip())).startswith(("https://", "http://")):
            body.embeds.append(Embed(kind="other", url=url))  # a results map, a chart: its page, as BBC's JSON has it
    else:
        attrs = child.attributes  # read once: the embed and the hidden test both look at them
        if attrs and _embed_attrs(attrs):
            _add_block_embed(child, body, base_url)
        elif tag in _PARAGRAPHS or (tag == "blockquote" and child.css_first("p") is None):
            _paragraph(child, body, base_url)
        elif tag == "tr":
            _table_row(child, body, base_url)
        elif (
            not (attrs and _hidden_attrs(attrs))
            and not _summary_and_cta(child, body, base_url)
            and not _slide_controls(child)
        ):
            _walk(child, body, base_url)


SLIDE_COUNT = re.compile(r"^\d+\s+of\s+\d+$")


def _slide_controls(block: LexborNode) -> bool:
    """Whether a block is a carousel's controls: its buttons ("Previous image", "Next image") and the count of the
    slide shown ("1 of 3") beside them, nothing else. The buttons are left out as any button is, and the count is
    no text of the post either. The children's tags are looked at first: most blocks have no button child."""
    children = []
    child = block.first_child
    while child is not None:
        children.append(child)
        child = child.next
    if not any(child.tag == "button" for child in children):
        return False
    shown = [squash(visible_text(child)) for child in children if child.tag not in ("button", "-comment")]
    return all(not text or SLIDE_COUNT.match(text) for text in shown)


def _add_block_embed(node: LexborNode, body: Body, base_url: str | None) -> None:
    """The embed of a block the body walk meets (`_block_embed`) added to the body."""
    embed = _block_embed(node, base_url)
    if body.embeds or embed.url is None:
        _add_embed(body, embed)
    else:
        body.embeds.append(embed)  # `_add_embed` of the most: an address, the body's first embed


def _noscript_embeds(node: LexborNode, body: Body, base_url: str | None) -> None:
    """The embeds of a ``noscript`` fallback, nothing else of it: a page whose script draws its tweets gives the
    ``blockquote.twitter-tweet`` only there, the one place the tweet's address is (its other content, a tracking
    pixel or an "enable JavaScript" note, is no post text)."""
    inner = node.first_child
    while inner is not None:
        attrs = inner.attributes
        if attrs and _embed_attrs(attrs):
            _add_block_embed(inner, body, base_url)
        elif inner.first_child is not None:
            _noscript_embeds(inner, body, base_url)
        inner = inner.next


def _figure(figure: LexborNode, body: Body, base_url: str | None) -> None:
    """A figure of a body: its image, or a table's lines or a pull quote's words (`_text_figure`). The commonest
    figure (`_plain_figure`'s ``div > img``, which holds no table) is read first, without the table query (two
    selector parses a figure)."""
    image = _plain_figure(figure, base_url)
    if image is not None:
        add_image(figure, image, body, base_url)
    elif _text_figure(figure):
        _walk(figure, body, base_url)
    else:
        add_image(figure, _image(figure, base_url, plain=False), body, base_url)


def _text_figure(figure: LexborNode) -> bool:
    """A figure wrapping a table or a quote and no image (the Guardian's table element, a pull quote): the table
    or the quote is the post's text, a table's rows read as `_table_row`'s lines, not an image placeholder. A
    quote an embed's attributes mark (a tweet's ``blockquote.twitter-tweet``) is no text figure."""
    inner = figure.css_first("table, blockquote")
    if inner is None or figure.css_first("img, picture, iframe") is not None:
        return False
    return inner.tag == "table" or not ((attrs := inner.attributes) and _embed_attrs(attrs))


def _table_row(row: LexborNode, body: Body, base_url: str | None) -> None:
    """A table row is one line, its cells' texts joined by " | ": a results table's row ("Labour | 35 | +13") read a
    cell a line would part a party from its seats, and joined by a bare space its cells would run together ("Jo Bell
    Green Party 1,204": a name into a party's). The bar is how a scoreboard's columns are written in text. The cells'
    links are the post's."""
    cells = [squash(visible_text(cell)) for cell in row.iter() if cell.tag in ("td", "th")]
    line = " | ".join(cell for cell in cells if cell)
    if line and classify_line(line) is None:
        body.paragraphs.append(line)
    _links(row, body, base_url)


def _summary_and_cta(block: LexborNode, body: Body, base_url: str | None) -> bool:
    """`_walk` of a block of two children, a ``p`` and then an ``a`` of one text node that is a line of boilerplate
    other than a gate's ("Read more"), neither an embed (an LX story promo: its summary and its call to action): the
    paragraph read, the link left out as its run would leave it. False, and nothing read, when the block is not one."""
    p = block.first_child
    if (
        p is None
        or p.tag_id != _P_ID
        or (a := p.next) is None
        or a.next is not None
        or a.tag_id != _A_ID
        or (words := a.first_child) is None
        or words.next is not None
        or (text := words.text_content) is None  # a text node: no element, so an inline run of its own
    ):
        return False
    attrs = a.attributes
    if attrs and _embed_attrs(attrs):
        return False
    if not (attrs and _hidden_attrs(attrs)) and (line := squash(text.replace("\n", " "))):  # `_flush_run`'s one line
        kind = classify_line(line)
        if kind is None or kind.startswith("embed_") or kind == "view_more":
            return False  # a line of content and its link, or a gate's embed
    attrs = p.attributes
    if attrs and _embed_attrs(attrs):
        return False
    _paragraph(p, body, base_url)  # what `_walk` does with a bare ``p`` too
    return True


def _paragraph(child: LexborNode, body: Body, base_url: str | None) -> None:
    """A block of text (``p``, ``li``, a heading…): its lines, links and images, or a consent gate's embeds."""
    first = child.first_child  # one text node, as `visible_text` reads it: most paragraphs are
    if first is not None and first.next is None and first.tag_id == _TEXT_ID:  # one line, no link, no image
        line = squash((first.text_content or "").replace("\n", " "))
        kind = classify_line(line) if line else None
        if kind is not None and (kind.startswith("embed_") or kind == "view_more"):
            _gate_embeds(child, body, base_url)
        elif kind is None and line:
            body.paragraphs.append(line)
        return
    elements = _has_elements(child)
    if elements and child.css_first("figure") is not None:
        _walk(child, body, base_url)  # a carousel's slide (``li > figure``): its figure an image, its labels no text
        return
    if elements:
        parts: list[str] = []
        _collect(child, parts, "\n")
        joined = "".join(parts)  # collected once: the text as one line, and the lines it shows
    else:  # text only: Lexbor joins it (comments left out, as `_collect` does)
        joined = child.text().replace("\n", " ")
    if "\n" in joined:
        line = squash(joined.replace("\n", " "))
        lines = _lines(joined)
    else:
        line = squash(joined)
        lines = [line] if line else []
    kind = classify_line(line) if line else None
    if kind is not None and (kind.startswith("embed_") or kind == "view_more"):  # `_is_gate`
        _gate_embeds(child, body, base_url)
    elif elements:
        body.paragraphs += _content(lines)
        _links(child, body, base_url)
    elif kind is None and line:
        body.paragraphs += lines  # the one line, just classified
    if elements:
        for fig in child.css("figure, img"):
            body.images.append(_image(fig, base_url))


INLINE_TAGS = frozenset(
    ("a", "abbr", "b", "bdi", "br", "cite", "code", "em", "i", "mark", "q", "s", "small", "span", "strong",
     "sub", "sup", "time", "u")
)  # fmt: skip
_NOT_INLINE_INSIDE = f"{BLOCKS}, div, figure, img, picture, iframe, ul, ol, table, section, article"


def _inline_element(node: LexborNode) -> bool:
    """For an element of INLINE_TAGS: it is inline unless an embed or holding a block (``<a>``, ``<strong>``,
    a plain ``<span>`` are; a ``<span>`` wrapping a ``<p>`` is not)."""
    return not _is_embed(node) and (not _has_elements(node) or node.css_first(_NOT_INLINE_INSIDE) is None)


def _has_elements(node: LexborNode) -> bool:
    """Whether ``node`` has an element child: without one, a CSS query below it can find nothing (and the
    queries here never match the node itself), so the query is skipped."""
    child = node.first_child
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
    kind = classify_line(" ".join(lines)) if lines else None  # one line (most runs): its kind, read once
    if not lines:
        pass  # white space between blocks
    elif kind is not None and (kind.startswith("embed_") or kind == "view_more"):  # `_is_gate`
        for node in run:
            if node.tag != "-text":
                _gate_embeds(node, body, base_url)
    # a bare "Read more" CTA is no paragraph, no link (`_content`; a line alone is the run's line, of the kind read)
    elif content := (_content(lines) if len(lines) > 1 else [] if kind else lines):
        body.paragraphs += content
        for node in run:
            if node.tag != "-text":
                _links(node, body, base_url)
    run.clear()


_EMBED_HINT = re.compile(
    r"(twitter-tweet|instagram-media|fb-post|tiktok-embed|social-embed|SocialEmbed|"
    r"EmbedContainer|ConsentBanner|embed-consent|lx-social|lx-embed|element-tweet|element-embed|click-to-view|"
    r"embed-twitter|embed-instagram|embed-facebook|embed-youtube|embed-tiktok|twitter-embed|instagram-embed|"
    r"facebook-embed|youtube-embed|consent-embed)",
    re.I,
)
# The same words lowered, for a hint lowered first: the pattern is an alternation of plain words, so its search
# is "one of them is in the text" — a few substring scans cost a fifth of the regex (an ignore-case one, more).
EMBED_HINT_WORDS = tuple(_EMBED_HINT.pattern.lower().removeprefix("(").removesuffix(")").split("|"))
if not all(re.fullmatch(r"[a-z][a-z-]*", word) for word in EMBED_HINT_WORDS):
    raise ValueError("_EMBED_HINT must stay an alternation of plain words (EMBED_HINT_WORDS)")
# Every hint word holds one of these: a hint holding none is no embed, found in half the scans.
_EMBED_HINT_KEYS = ("embed", "tweet", "social", "consent", "instagram", "fb-post", "click-to-view")
if not all(any(key in word for key in _EMBED_HINT_KEYS) for word in EMBED_HINT_WORDS):
    raise ValueError("every word of EMBED_HINT_WORDS must hold one of _EMBED_HINT_KEYS")


# Guardian DCR's consent overlay for a tracking embed: data-component="click-to-view:<domain>".
_CLICK_TO_VIEW = re.compile(r"^click-to-view:(\S+)$")


def _is_embed(node: LexborNode) -> bool:
    attrs = node.attributes
    return bool(attrs) and _embed_attrs(attrs)


def _embed_attrs(attrs: dict[str, str | None]) -> bool:
    """`_is_embed` on attributes already read."""
    if len(attrs) == 1 and "class" in attrs:  # most elements: the hint is the class list (no word holds a space)
        hint = attrs["class"] or ""
    else:
        hint = (
            f"{attrs.get('class') or ''} {attrs.get('data-testid') or ''} "
            f"{attrs.get('data-component') or ''} {attrs.get('data-role') or ''}"
        )
        if network := attrs.get("data-embed"):  # a hashed-class box saying whose post it holds: data-embed="twitter"
            hint += f" embed-{network}"
    if hint.isascii():  # lowering ASCII is exactly the case folding re.I does on it
        hint = hint.lower()
        if not (  # a loop over _EMBED_HINT_KEYS, written out (half again as dear as a loop; a test holds them alike)
            "embed" in hint
            or "tweet" in hint
            or "social" in hint
            or "consent" in hint
            or "instagram" in hint
            or "fb-post" in hint
            or "click-to-view" in hint
        ):
            return False  # no word's key: no word
        for word in EMBED_HINT_WORDS:  # noqa: SIM110 - a loop: any() over a generator costs a third more
            if word in hint:
                return True
        return False
    return _EMBED_HINT.search(hint) is not None


# The elements that carry an embed's address (``a[href], blockquote[cite], iframe[src]``): tag id → attribute.
_EMBED_LINK_ATTRS = dict(zip(tag_ids("a", "blockquote", "iframe"), ("href", "cite", "src"), strict=True))


def iframe_src(attrs: dict[str, str | None]) -> str | None:
    """An iframe's address: its ``src``, or, for a lazily loaded frame (``src`` absent, blank or ``about:blank``
    until scrolled to), the ``data-src`` the page's script would copy there."""
    src = attrs.get("src")
    if src and embed_kind(src):
        return src
    return attrs.get("data-src") or src


def _block_embed(node: LexborNode, base_url: str | None) -> Embed:
    """`_embed` of a block the body walk meets. Most (an LX "View more on twitter"): a block, not itself a link, whose
    first node is a link to a post at a network's plain address: the first link `_embed`'s walk meets after the block,
    taken as it takes it, here at once (the kind by the address's root; `join_url` gives such an address back)."""
    link = node.first_child
    if link is not None and link.tag_id == _A_ID and node.tag_id not in _EMBED_LINK_ATTRS:
        href = link.attributes.get("href")
        if (
            href
            and (kind := _PLAIN_EMBED_ROOTS.get(href[: href.find("/", 8) + 1])) is not None
            and plain_absolute(href)
            and ("/status/" in href or "/p/" in href or "/watch" in href or "/video/" in href or "posts" in href)
        ):
            return Embed(kind, href)
    return _embed(node, base_url)


def _embed(node: LexborNode, base_url: str | None) -> Embed:
    """A social embed block: its first link to the network, else the provider named in the block."""
    fallback: str | None = None
    for a in node.traverse():  # ``node.css(EMBED_LINKS)``: the query's parse costs more than this small walk
        name = _EMBED_LINK_ATTRS.get(a.tag_id)  # the id, not the name: no string made
        if name is None:
            continue
        attrs = a.attributes
        if name not in attrs and not (name == "src" and "data-src" in attrs):
            continue
        url = join_url(base_url, attrs.get("href") or attrs.get("cite") or iframe_src(attrs) or "")
        kind = embed_kind(url)
        if kind and ("/status/" in url or "/p/" in url or "/watch" in url or "/video/" in url or "posts" in url):
            return Embed(kind, url)
        if kind and fallback is None and _POLICY_PAGE.search(url) is None:
            fallback = url
    if fallback:
        return Embed(kind=embed_kind(fallback) or "other", url=fallback)
    gate = _CLICK_TO_VIEW.match(node.attributes.get("data-component") or "")
    if gate and (kind := embed_kind(f"https://{gate.group(1)}/")):
        return Embed(kind=kind, url=None)
    text = node.text(separator=" ")
    return Embed(kind=named_provider(text), url=None)


# Who a consent box names: "content provided by Google YouTube", "Skip youtube video", "End of twitter post".
_NAMED_PROVIDER = re.compile(r"content (?:provided by|on) (\w+)(?: (\w+))?|(?:Skip|End of) (\w+) (?:post|video)")


def named_provider(text: str) -> str:
    """The embed kind a consent box's words name ("other" when none): of a two-word name ("Google YouTube") the
    second word when it is a known network, else the first."""
    m = _NAMED_PROVIDER.search(text)
    if m is None:
        return "other"
    if m.group(3):
        return provider_kind(m.group(3))
    second = provider_kind(m.group(2)) if m.group(2) else "other"
    return second if second != "other" else provider_kind(m.group(1))


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
            _add_embed(body, Embed(kind=kind, url=url))


def add_image(node: LexborNode, image: Image, body: Body, base_url: str | None) -> None:
    """``image`` (read from ``node``) into the body, unless it says nothing (no alt, source, caption or credit): a
    figure with no image in it is an interactive's (a results map's) placeholder, the embed of its link if any."""
    if image.alt or image.src or image.caption or image.credit:
        body.images.append(image)
    elif node.tag == "figure" and (link := node.css_first("a[href]")) is not None:
        url = join_url(base_url, link.attributes.get("href") or "")
        body.embeds.append(Embed(kind=embed_kind(url) or "other", url=url))


def _image(node: LexborNode, base_url: str | None, *, plain: bool = True) -> Image:
    """The image of a figure (or of an ``img``); ``plain`` False: the figure is known to be no `_plain_figure`."""
    img: LexborNode | None
    hidden: list[LexborNode] | None
    attrs: dict[str, str | None] | None = None
    if node.tag_id == _IMG_ID:
        img, figcaption, hidden = node, None, []
    else:
        shaped = _plain_figure(node, base_url) if plain else None
        if shaped is not None:
            return shaped
        img, figcaption, hidden, attrs = _figure_parts(node)
    alt, src = "", None
    if img is not None:
        if attrs is None:
            attrs = img.attributes  # read once for both
        alt, src = squash(attrs.get("alt")), _image_src(img, attrs)
    caption = credit = None
    for label_node in node.css(HIDDEN) if hidden is None else hidden:
        label = squash(label_node.text())
        parent = label_node.parent
        rest = squash(parent.text()) if parent is not None else ""
        kind = _image_label(label)
        if kind == "source":
            credit = squash(rest.replace(label, "", 1)) or None
        elif kind == "caption":
            caption = squash(rest.replace(label, "", 1)) or None
    if (caption is None or credit is None) and img is not node:  # what no hidden label said may be shown
        shown_caption, shown_credit = _shown_labels(node)
        caption, credit = caption or shown_caption, credit or shown_credit
    if figcaption is not None and caption is None:
        text = visible_text(figcaption)
        m = image_caption(text)
        caption = (m.group("caption") if m else text) or None
    return Image(alt or None, caption, credit, join_url(base_url, src) if src else None)  # by position: alt … src


def _shown_labels(figure: LexborNode) -> tuple[str | None, str | None]:
    """The caption and credit a figure gives by labelled lines in plain sight (``<p>Image caption: …</p>``, not a
    hidden label before the words): the first element whose text is such a line, of each label."""
    caption = credit = None
    for node in figure.traverse(include_text=True):
        if node.tag_id != _TEXT_ID or (parent := node.parent) is None:
            continue
        if (node.text_content or "").lstrip()[:6].lower() not in SHOWN_LABEL_STARTS:
            continue  # no label starts this text
        m = SHOWN_LABEL.match(squash(parent.text()))
        if m is None:
            continue
        if m.group(1).lower() == "image caption":
            caption = caption or m.group(2)
        else:
            credit = credit or m.group(2)
    return caption, credit


def _plain_figure(node: LexborNode, base_url: str | None) -> Image | None:
    """`_image` of the commonest LX figure, read by its shape instead of a walk: ``div > img`` and maybe a
    ``figcaption`` of a hidden label ``span`` (one text node) and maybe one text node, nothing else in it, the figure
    not hidden by its attributes; None when the figure is not one (`_image` then walks it). Whether the div, the image
    or the figcaption is hidden does not count: read as labels, the first two hold no text, the figcaption all the text
    its parent (the figure) holds, and none of them is read after the span."""
    box = node.first_child
    if (
        box is None
        or box.tag_id != _DIV_ID
        or (img := box.first_child) is None
        or img.tag_id != _IMG_ID  # a void element: never a parent
        or img.next is not None
        or not _shown(node.attributes)
    ):
        return None
    caption = credit = None
    figcaption = box.next
    if figcaption is not None:
        tail = None
        if (
            figcaption.next is not None
            or figcaption.tag_id != _FIGCAPTION_ID
            or (span := figcaption.first_child) is None
            or span.tag_id != _SPAN_ID
            or (words := span.first_child) is None
            or words.next is not None
            or (label := words.text_content) is None  # a text node (not empty)
            or ((after := span.next) is not None and (after.next is not None or (tail := after.text_content) is None))
            or not (span_attrs := span.attributes)
            or _hidden_match(span_attrs) is not True  # the span: the one label `_figure_parts` finds
            or "\ufffd" in label  # the label decoded alone as Lexbor decodes it joined to the tail: whole characters
        ):
            return None
        # `_image`'s reading of the label: the span's text, and the figcaption's (the two joined)
        line = squash(label)
        kind = _image_label(line)
        if kind == "source":
            credit = squash(squash(label + tail if tail is not None else label).replace(line, "", 1)) or None
        elif kind == "caption":
            caption = squash(squash(label + tail if tail is not None else label).replace(line, "", 1)) or None
        if caption is None:  # `visible_text` of the figcaption: the text after the hidden span
            text = squash(tail.replace("\n", " ")) if tail is not None else ""
            m = image_caption(text)
            caption = (m.group("caption") if m else text) or None
    attrs = img.attributes
    src = _image_src(img, attrs)
    return Image(squash(attrs.get("alt")) or None, caption, credit, join_url(base_url, src) if src else None)


def _shown(attrs: dict[str, str | None]) -> bool:
    """Whether an element of these attributes is certainly no HIDDEN match (`_hidden_match` False), told at once for
    most: no attribute, or a class list alone without an "h" in either case (as `_figure_parts` tells them)."""
    if not attrs:
        return True
    if len(attrs) == 1 and (cls := attrs.get("class")) is not None and "h" not in cls and "H" not in cls:
        return True
    return _hidden_match(attrs) is False


def _figure_parts(node: LexborNode) -> tuple[LexborNode | None, LexborNode | None, list[LexborNode] | None, Attrs]:
    """A figure's first ``img`` and first ``figcaption`` (``css_first`` of each, by one walk of its few nodes), its
    nodes matching HIDDEN (``node.css(HIDDEN)`` less the repeats of a node matching two parts, which read the same
    label twice), or None when that depends on what the walk cannot tell (`_hidden_match`), and the image's
    attributes when the walk read them (else None)."""
    img = figcaption = img_attrs = None
    hidden: list[LexborNode] | None = []
    for n in node.traverse():
        tag_id = n.tag_id
        is_img = tag_id == _IMG_ID and img is None
        if is_img:
            img = n
        elif tag_id == _FIGCAPTION_ID and figcaption is None:
            figcaption = n
        if hidden is not None:
            attrs = n.attributes
            if is_img:
                img_attrs = attrs
            # An element whose one attribute is a class list without an "h" in either case is no HIDDEN match (none of
            # its names, VisuallyHidden, visually-hidden, gs-u-vh, is in the list): most of a figure's, told at once.
            if attrs and not (
                len(attrs) == 1 and (cls := attrs.get("class")) is not None and "h" not in cls and "H" not in cls
            ):
                match = _hidden_match(attrs)
                if match is None:
                    hidden = None
                elif match:
                    hidden.append(n)
    return img, figcaption, hidden, img_attrs


Attrs = dict[str, str | None] | None  # a node's attributes as `LexborNode.attributes` gives them, if read


_VISUALLY_HIDDEN, _GS_VH = "visually-hidden", "gs-u-vh"  # the class names HIDDEN matches
_NOT_CLASS_SPACE = re.compile(r"[\x0b\x1c-\x1f]")  # white space to str.split(), none in an HTML class list


def _hidden_match(attrs: dict[str, str | None]) -> bool | None:
    """Whether an element with these attributes matches HIDDEN, as Lexbor matches it; None when that is not
    certain: a class named in another case (a quirks-mode page matches any case) or a class list Lexbor might
    split otherwise than ``str.split`` (non-ASCII, or ASCII control characters)."""
    if "hidden" in attrs or attrs.get("aria-hidden") == "true":
        return True
    cls = attrs.get("class")
    if not cls:
        return False
    if "VisuallyHidden" in cls:  # an attribute substring: matched in this case only
        return True
    lowered = cls.lower()
    if "visually-hidden" not in lowered and "gs-u-vh" not in lowered:
        return False
    if not cls.isascii() or _NOT_CLASS_SPACE.search(cls):
        return None
    classes = cls.split()
    if _VISUALLY_HIDDEN in classes or _GS_VH in classes:
        return True
    lowered_classes = lowered.split()
    return None if _VISUALLY_HIDDEN in lowered_classes or _GS_VH in lowered_classes else False


_WIDTHS = re.compile(r"\d+")
DEFAULT_IMAGE_WIDTH = 976


def _image_src(img: LexborNode, attrs: dict[str, str | None] | None = None) -> str | None:
    """The address of an image: ``src`` unless a placeholder (``data:``), else the lazy ``data-src``.

    LX pages lazy-load from ``data-src="…/news/{width}/cpsprodpb/…"`` with ``data-widths="[240,…,976]"``:
    the template takes the largest width offered. (``attrs``: the image's attributes, when already read.)
    """
    attrs = img.attributes if attrs is None else attrs
    src = attrs.get("src")
    if not src or src.startswith("data:"):
        src = attrs.get("data-src")
        if not src or src.startswith("data:"):
            return None
    src = src.strip()
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
            body.links.append(Link(text, join_url(base_url, href)))  # by position: text, url
