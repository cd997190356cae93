"""The input of a parse: decoded text, its address and capture time, and the HTML tree parsed once."""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cached_property
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

from selectolax.lexbor import LexborHTMLParser

from scraper.errors import UnreadableInput, UsageError
from scraper.fetch_encoding import META_CHARSET, codec_name, mostly_utf8
from scraper.source_word import ZIP_MAGIC, word_page

_HTML_START = re.compile(r"^\s*(<!doctype\s+html|<html|<head|<body|<!--|<\?xml|<div|<article|<meta|<script)", re.I)
_HEAD_END = re.compile(r"</head\s*>|<body[\s>]", re.I)
_ABSOLUTE_HTTP = re.compile(r"https?://[^/?#\s]+(?:[/?#]\S*)?", re.I)
# The page's own address in its markup, in the order trusted: the canonical link, then the Open Graph address.
_DECLARED_URL = (('link[rel~="canonical" i][href]', "href"), ('meta[property="og:url"][content]', "content"))
_BASE_URL = ("base[href]", "href")
# The mark a browser writes over a page it saved (Chrome's and Internet Explorer's "Save as"): the address it was
# saved from, its length in brackets: ``<!-- saved from url=(0051)https://www.bbc.co.uk/news/live/… -->``.
_SAVED_FROM = re.compile(r"<!--\s*saved from url=\(\d+\)(\S+?)\s*-->", re.I)
# A ``<base>`` tag or the head's end (`_HEAD_END`), whichever comes first: group 1 when it is the base.
_BASE_OR_HEAD_END = re.compile(r"<(?:(base[\s/>])|/head\s*>|body[\s>])", re.I)


def decode(data: bytes | str, *, source: str | None = None, charset: str | None = None) -> str:
    """Bytes to text: a declared charset (header, then <meta>), else UTF-8; never a silent mojibake. UTF-8 with a stray
    byte or two (`scraper.fetch_encoding.mostly_utf8`) is read as a browser reads it, with U+FFFD for each, not
    refused whole."""
    if isinstance(data, str):
        text = data
    else:
        if not data.strip():
            raise UnreadableInput("input is empty", source=source)
        if data.startswith(_GZIP_MAGIC):
            data = _gunzipped(data, source)
        if data.startswith(_WEBARCHIVE_MAGIC):
            data, archived = _webarchive_page(data, source)
            charset = charset or archived
        if data.startswith(_PDF_MAGIC):
            raise UnreadableInput(
                "input is a PDF document, not a web page or text copy; give its text (pdftotext -layout)", source=source
            )
        if data.startswith(ZIP_MAGIC):
            data, charset = word_page(data, source), "utf-8"
        if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
            raise UnreadableInput("input is binary, not a web page or text copy", source=source)
        if data.startswith(b"\xef\xbb\xbf"):
            data, charset = data[3:], "utf-8"
        elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
            charset = "utf-16"
        if (saved := _mhtml_page(data)) is not None:
            data, charset = saved[0], charset or saved[1]
        if charset is None:
            m = META_CHARSET.search(data[:4096])
            charset = m.group(1).decode("ascii") if m else None
        text = _decoded(data, charset, source)
    if not text.strip():
        raise UnreadableInput("input is empty", source=source)
    return _emails_shown(_recorded_page(_update_html(_clipped_note(_mojibake_undone(text), source))))


# A page whose UTF-8 was once read as Windows-1252 and saved again as UTF-8 (an editor or a tool that guessed the
# charset wrong): each accented letter and curly quote became two or three characters ("’" → "â€™", "£" → "Â£",
# "é" → "Ã©"). Its marks: a UTF-8 lead byte's reading (Â, Ã, â) before a continuation byte's. Windows-1252 leaves
# five bytes unassigned, which a browser reads as the C1 controls of the same number ("”" → "â€\x9d").
_MOJIBAKE_MARKS = ("â€", "Ã", "Â")
_WINDOWS_1252_GAPS = re.compile("([\x81\x8d\x8f\x90\x9d])")


def _mojibake_undone(text: str) -> str:
    """``text`` as it was before its UTF-8 was read as Windows-1252, where that is certain: it holds a mojibake mark,
    every one of its characters has a Windows-1252 byte, and those bytes are valid UTF-8 (a page of real accents
    and quotes, or one mixing them with mojibake, is not: "café" is not, as its "é" alone is no UTF-8). Else
    ``text`` as it is."""
    if text.isascii() or not any(mark in text for mark in _MOJIBAKE_MARKS):
        return text
    try:
        pieces = _WINDOWS_1252_GAPS.split(text)  # the gaps' characters at the odd places
        raw = b"".join(piece.encode("latin-1" if i % 2 else "cp1252") for i, piece in enumerate(pieces))
        return raw.decode("utf-8")
    except UnicodeError:
        return text


# Cloudflare's email obfuscation, on a page served through it: each address in the markup is replaced by "[email
# protected]" in an element whose ``data-cfemail`` holds it (hex: a key byte, then the address's bytes XOR the key)
# for a script to write back, and a mailto link's address by ``/cdn-cgi/l/email-protection#<hex>``.
# Each form is looked for by the longest spelling it always has (Cloudflare writes both in lower case): a page's
# search for a longer needle skips further (over the 300 kB benchmark page ``data-cfemail=`` ~0.24M instructions,
# ``cfemail`` ~0.47M; ``/cdn-cgi/l/email-protection#`` ~0.16M, ``email-protection`` ~0.25M).
_CF_MARK = "data-cfemail="
_CF_LINK = "/cdn-cgi/l/email-protection#"
_CF_ELEMENT = re.compile(r"<(a|span)\b[^>]*?\bdata-cfemail=[\"']?([0-9a-fA-F]+)[\"']?[^>]*>.*?</\1\s*>", re.I | re.S)
_CF_HREF = re.compile(r"""href=(["'])[^"'#]*/cdn-cgi/l/email-protection#([0-9a-fA-F]+)\1""", re.I)


def _emails_shown(text: str) -> str:
    """``text`` with the addresses Cloudflare hid written back, as its script writes them for a reader: the hiding
    element becomes the address (a link's a ``mailto:`` link to it), a protected link's address ``mailto:`` it.
    A hex that is no address (cut short, not UTF-8) is left as it is."""
    if _CF_MARK not in text and _CF_LINK not in text:
        return text

    def element(m: re.Match[str]) -> str:
        email = _cf_decoded(m.group(2))
        if email is None:
            return m.group(0)
        shown = html.escape(email)
        return f'<a href="mailto:{shown}">{shown}</a>' if m.group(1).lower() == "a" else shown

    def href(m: re.Match[str]) -> str:
        email = _cf_decoded(m.group(2))
        return m.group(0) if email is None else f'href="mailto:{html.escape(email)}"'

    return _CF_HREF.sub(href, _CF_ELEMENT.sub(element, text))


def _cf_decoded(hexed: str) -> str | None:
    """The address a ``data-cfemail`` hex holds, else None."""
    try:
        raw = bytes.fromhex(hexed)
        email = bytes(byte ^ raw[0] for byte in raw[1:]).decode("utf-8")
    except (ValueError, IndexError):
        return None
    return email if "@" in email and email.isprintable() else None


# A page printed to PDF: its text is a copy the text layout reads (`pdftotext -layout`), the PDF's own bytes none.
_PDF_MAGIC = b"%PDF-"


# A page kept gzipped on disk (`page.html.gz`: a crawler's or a browser cache's copy as the server sent it, or one
# compressed to save room) starts with gzip's two magic bytes, which no web page or text copy starts with.
_GZIP_MAGIC = b"\x1f\x8b"


def _gunzipped(data: bytes, source: str | None) -> bytes:
    """A gzipped copy's page; a copy cut short or corrupt is an UnreadableInput saying so, not a traceback."""
    import gzip
    import zlib

    try:
        return gzip.decompress(data)
    except (OSError, EOFError, zlib.error) as exc:
        raise UnreadableInput(f"input is gzip-compressed but cannot be decompressed ({exc})", source=source) from exc


# A page saved by Safari as a web archive (`page.webarchive`): a binary property list, the page's own bytes the
# WebResourceData of its WebMainResource (its charset the WebResourceTextEncodingName), the images and style sheets
# it loaded the WebSubresources beside it.
_WEBARCHIVE_MAGIC = b"bplist00"
_WEBARCHIVE_HTML = ("text/html", "application/xhtml+xml")


def _webarchive_page(data: bytes, source: str | None) -> tuple[bytes, str | None]:
    """A web archive's page and the charset Safari names for it; an archive of no web page (a PDF's, a picture's) or
    a property list that is no web archive is an UnreadableInput saying so, not a binary read as text."""
    import plistlib  # (only a saved web archive needs the property-list reader)

    try:
        archive = plistlib.loads(data)
    except (plistlib.InvalidFileException, ValueError, OverflowError) as exc:
        raise UnreadableInput(f"input is a binary property list that cannot be read ({exc})", source=source) from exc
    main = archive.get("WebMainResource") if isinstance(archive, dict) else None
    if not isinstance(main, dict):
        raise UnreadableInput("input is a binary property list, not a Safari web archive", source=source)
    page = main.get("WebResourceData")
    if main.get("WebResourceMIMEType") not in _WEBARCHIVE_HTML or not isinstance(page, bytes):
        kind = main.get("WebResourceMIMEType") or "no type"
        raise UnreadableInput(f"input is a Safari web archive of {kind}, not of a web page", source=source)
    charset = main.get("WebResourceTextEncodingName")
    return page, charset if isinstance(charset, str) else None


# A page clipped whole to Evernote and exported (`notes.enex`): an XML export whose note holds the page as ENML (the
# page's markup, classes and ids and scripts gone, in an <en-note>) in the CDATA of its <content>, the page's title
# the note's <title> and its address the note's <source-url>. An HTML parser reads CDATA as a comment, so the page
# would be lost to it: the note is given as the page it was clipped from.
_ENEX_MARK = "<en-export"
_ENML_PROLOGUE = re.compile(r"\A\s*(?:<\?xml[^>]*\?>\s*)?(?:<!DOCTYPE[^>]*>\s*)?")


def _clipped_note(text: str, source: str | None) -> str:
    """The page an Evernote export's first note of content was clipped from, as HTML with its title and its address
    (a canonical link); the text as it is when it is no Evernote export. An export that is no well-formed XML is an
    UnreadableInput saying so."""
    if _ENEX_MARK not in text[:1000]:
        return text
    import xml.etree.ElementTree as ElementTree  # (only an Evernote export needs the XML parser)

    try:
        export = ElementTree.fromstring(text.encode("utf-8"))
    except ElementTree.ParseError as exc:
        raise UnreadableInput(f"input is an Evernote export that cannot be read ({exc})", source=source) from exc
    for note in export.iter("note"):
        content = note.findtext("content") or ""
        if content.strip():
            title = html.escape(note.findtext("title") or "")
            address = note.findtext("note-attributes/source-url")
            canonical = f'<link rel="canonical" href="{html.escape(address)}">' if address else ""
            page = _ENML_PROLOGUE.sub("", content)
            head = f'<meta charset="utf-8"><title>{title}</title>{canonical}'
            return f"<!DOCTYPE html><html><head>{head}</head><body>{page}</body></html>"
    raise UnreadableInput("input is an Evernote export holding no note with content", source=source)


# A live page's update response saved as it came (the Guardian's `<page>.json?lastUpdate=block-…&isLivePage=true`,
# polled by the page's script for the blocks published since the one named): a JSON object giving the count of new
# blocks and their markup as one HTML string, the blocks a page of them.
_UPDATE_COUNT = '"numNewBlocks"'


def _update_html(text: str) -> str:
    """The markup of an update response's new blocks; the text as it is when it is no such response."""
    if not text[:100].lstrip().startswith("{") or (
        _UPDATE_COUNT not in text[:200] and _UPDATE_COUNT not in text[-200:]
    ):
        return text  # (the ends alone looked at: no page pays a copy or a scan of its whole text)
    try:
        update = json.loads(text)
    except ValueError:
        return text
    html = update.get("html") if isinstance(update, dict) else None
    return html if isinstance(html, str) and html.strip() else text


# A page kept by a crawler as a JSON record (a scraper's item, a fetch log's line): the address, the status and the
# headers beside the page's whole HTML as one JSON string, under a key naming it, its quotes and slashes escaped
# (the page's own __INITIAL_DATA__ string so escaped twice). Looked for only in a text opening as a JSON object.
_RECORD_DOCUMENT = re.compile(r'"(html|body|content|page|raw_html)"\s*:\s*"\s*<(?:!doctype|html)\b', re.I)


def _recorded_page(text: str) -> str:
    """The page a crawler's record holds (`_RECORD_DOCUMENT`); the text as it is when it is no such record."""
    if not text[:100].lstrip().startswith("{") or (found := _RECORD_DOCUMENT.search(text)) is None:
        return text
    try:
        record = json.loads(text)
    except ValueError:
        return text
    page = record.get(found.group(1)) if isinstance(record, dict) else None
    return page if isinstance(page, str) else text


# A page saved as one MHTML file (a browser's "Save page as… Webpage, single file", Chrome on Android's "Download
# page"): a MIME message, its head of header lines ("From: <Saved by Blink>", "MIME-Version: 1.0", folded lines
# indented) saying the parts are related, the page's HTML one of them (quoted-printable) and its resources the others.
# A page mailed from the browser (Safari's "Mail Contents of This Page") and saved as an .eml is one too: its parts
# are alternatives, a text/plain rendering and the page's HTML, or mixed, the page one part of a mail.
_MHTML_HEAD = re.compile(
    rb"\A(?:[!-9;-~]+:[^\r\n]*\r?\n(?:[ \t][^\r\n]*\r?\n)*)*?content-type:[ \t]*multipart/"
    rb"(?:related|alternative|mixed)",
    re.I,
)


def _mhtml_page(data: bytes) -> tuple[bytes, str | None] | None:
    """The HTML part of an MHTML file, its transfer encoding undone, with the charset its part declares; None when
    ``data`` is no MHTML file or holds no HTML part."""
    if not _MHTML_HEAD.match(data):
        return None
    import email  # (only a saved MHTML file needs the MIME parser)

    for part in email.message_from_bytes(data).walk():
        if part.get_content_type() == "text/html":
            html = part.get_payload(decode=True)
            if isinstance(html, bytes) and html.strip():
                return html, part.get_content_charset()
    return None


def read_copy(path: Path) -> tuple[bytes, datetime]:
    """A saved copy's bytes and modification time (UTC); a file that cannot be read (another user's, an I/O error)
    is a UsageError naming it, not a traceback."""
    try:
        return path.read_bytes(), datetime.fromtimestamp(path.stat().st_mtime, tz=UTC)
    except OSError as exc:
        raise UsageError(f"cannot be read ({exc.strerror or exc})", source=str(path)) from exc


def _decoded(data: bytes, declared: str | None, source: str | None) -> str:
    """``data`` read as its ``declared`` charset; a label Python does not know is ignored, as a browser ignores
    it, and the page read as undeclared (UTF-8)."""
    charset = declared if codec_name(declared) is not None else None
    try:
        return data.decode(charset or "utf-8")
    except UnicodeDecodeError as exc:
        if codec_name(charset or "utf-8") == "utf-8" and mostly_utf8(data):
            return data.decode("utf-8", errors="replace")  # a stray byte or two: U+FFFD for each, as a browser does
        unknown = f" (its declared charset {declared!r} is not one liveblog knows)" if declared and not charset else ""
        raise UnreadableInput(
            f"input is not valid {charset or 'UTF-8'} text: byte {exc.start} (0x{data[exc.start]:02x}) cannot be "
            f"read{unknown}; declare the page's charset in a <meta charset> or re-save it as UTF-8",
            source=source,
        ) from exc


# `find_literal`: how many places of its rare character are checked one by one before the plain search takes over.
_RARE_TRIES = 16


def find_literal(
    text: str, needle: str, rare: str, start: int = 0, end: int | None = None, tries: int = _RARE_TRIES
) -> int:
    """``text.find(needle, start, end)``, found by way of ``rare``, a character of ``needle`` that pages seldom hold.

    Looking for one character is a memchr over the text (~4 µs for 300 kB), a whole-string search ~80-100 µs.
    Every place of ``needle`` has ``rare`` at the same offset, and in the same order: the first place of
    ``rare`` that starts ``needle`` there is the first place of ``needle``. After ``tries`` places that do
    not, the plain search goes on from the next one (a page full of ``rare`` costs a few µs more, no more).
    """
    stop = len(text) if end is None else end
    at = needle.index(rare)
    j = text.find(rare, start + at, stop)
    for _ in range(tries):
        if j < 0:
            return -1
        if text.startswith(needle, j - at, stop):
            return j - at
        j = text.find(rare, j + 1, stop)
    return -1 if j < 0 else text.find(needle, j - at, stop)


# `utf8`: the length of the pieces a text is encoded in.
_UTF8_PIECE = 4096


def utf8(text: str, start: int = 0, end: int | None = None) -> bytes:
    """``text[start:end].encode("utf-8", "ignore")``, the bytes selectolax parses a ``str`` as, encoded in pieces.

    CPython encodes a text that holds any character past Latin-1 one character at a time (~11 instructions each),
    an all-ASCII one by a copy: a page's few curly quotes then cost only the pieces they are in, and a page dense
    with them about what one call costs (each piece is a slice, as ``text[start:end]`` would be)."""
    stop = len(text) if end is None else min(end, len(text))
    step = _UTF8_PIECE
    return b"".join([text[i : min(i + step, stop)].encode("utf-8", "ignore") for i in range(start, stop, step)])


@dataclass
class Source:
    """One page to parse. Nothing here reads the clock or the network."""

    text: str
    url: str | None = None
    url_from_page: bool = False  # `url` is the page's own `declared_url`, not an address the caller gave
    fetched_at: datetime | None = None
    origin: str | None = None
    _cache: dict[str, Any] = field(default_factory=dict, repr=False)

    @property
    def name(self) -> str:
        return self.origin or self.url or "<input>"

    @cached_property
    def is_html(self) -> bool:
        head = self.text[:5000].lower()
        return bool(_HTML_START.match(head)) or "<html" in head or "<body" in head

    @cached_property
    def json_data(self) -> Any:
        """The document as JSON when it is a JSON document (stray text after the object is ignored)."""
        stripped = self.text.lstrip()
        if not stripped.startswith(("{", "[")):
            return None
        try:
            obj, _end = json.JSONDecoder().raw_decode(stripped)
        except ValueError:
            return None
        return obj

    @cached_property
    def tree(self) -> LexborHTMLParser:
        return LexborHTMLParser(self.text)


def spelled(src: Source, needle: str) -> bool:
    """Whether an attribute value of the page may hold ``needle`` (of ASCII letters, digits and "-" only, characters
    no named character reference writes): the text holds it, or writes a numeric character reference (``&#``: any
    character; looked for once a page, and only on a page that holds a "#"). False: a query for ``needle`` in an
    attribute value (``[class*=…]``, a class name in a page's case) finds nothing, and need not be run."""
    return needle in src.text or _refs(src)


def spellings(src: Source, needle: str) -> int | None:
    """How often the text spells ``needle`` (as `spelled` reads it), so at least how many attribute values hold it;
    None when the page writes a numeric character reference (``&#``), which may write it too."""
    return None if _refs(src) else src.text.count(needle)


def _refs(src: Source) -> bool:
    """Whether the text writes a numeric character reference (``&#``), looked for once a page."""
    refs: bool | None = src._cache.get("refs")
    if refs is None:
        text = src.text
        refs = src._cache["refs"] = "#" in text and "&#" in text  # "#" first: one memchr, most pages' answer
    return refs


def declared_url(src: Source) -> str | None:
    """The address an HTML page gives itself (``<link rel=canonical>``, else ``<meta property=og:url>``) when it is an
    absolute http(s) address, without its fragment; else None (a relative or missing one, or not an HTML page).

    A page saved from a browser keeps it, so a parse given no ``url`` can still make its links absolute. A page
    whose head names no address of its own (an LX page) keeps the one its browser saved it from, in a comment over
    it (`_SAVED_FROM`). A search engine's cache copy wraps the page in its own document, whose head gives the page's
    address as its ``<base href>`` alone, and that stands in last.
    """
    for selector, attr in _DECLARED_URL:
        if (value := _head_address(src, selector, attr)) is not None:
            return value
    base = _head_address(src, *_BASE_URL)
    return _based(src, base) or _saved_from(src) or base


def _based(src: Source, base: str | None) -> str | None:
    """A relative canonical (or Open Graph) address resolved against the head's absolute ``<base href>``, as a
    browser resolves it: a page saved as its server sent it ("Web Page, HTML only") may write ``<link
    rel=canonical href="/news/…/">`` under ``<base href="https://site/news/">``; None without either."""
    if base is None:
        return None
    for selector, attr in _DECLARED_URL:
        if value := _head_value(src, selector, attr):
            return urljoin(base, value).split("#", 1)[0]
    return None


def _saved_from(src: Source) -> str | None:
    """The absolute http(s) address, without its fragment, that a browser's "saved from" comment above the page's
    ``<body>`` names; None when there is none or the page is no HTML."""
    if not src.is_html:
        return None
    end = _HEAD_END.search(src.text)
    m = _SAVED_FROM.search(src.text, 0, end.start() if end is not None else len(src.text))
    value = m.group(1) if m is not None else ""
    return value.split("#", 1)[0] if _ABSOLUTE_HTTP.fullmatch(value) else None


def served_base(src: Source, url: str) -> str | None:
    """The ``<base href>`` of a page served from another host than its own: a search engine's cache copy (Google's
    webcache, Bing's cc.bingj.com) keeps the page's relative links and names the page's own address as the base
    they resolve against, as a browser resolves them; None when the page has no absolute base, or one on ``url``'s
    own host (a page saved with the address it was saved from)."""
    if not src.is_html:
        return None
    first = _base_or_head_end(src.text)
    if first is None or first.group(1) is None:
        return None  # most pages: no head tree built for a base they do not have (none before the head's end)
    base = _head_address(src, *_BASE_URL)
    if base is None or urlsplit(base).hostname == urlsplit(url).hostname:
        return None
    return base


def _base_or_head_end(text: str) -> re.Match[str] | None:
    """``_BASE_OR_HEAD_END.search(text)``, found by way of the "<" it opens with: a head of inline styles holds few
    (the Guardian benchmark page's 112 kB head, 12), each one memchr away, where sre steps through every character
    (two searches of that head, the base's and the head end's: ~1.1M instructions). After `_RARE_TRIES` places of
    "<" that open neither, sre searches on from the next."""
    at = text.find("<")
    for _ in range(_RARE_TRIES):
        if at < 0:
            return None
        if (found := _BASE_OR_HEAD_END.match(text, at)) is not None:
            return found
        at = text.find("<", at + 1)
    return None if at < 0 else _BASE_OR_HEAD_END.search(text, at)


def _head_address(src: Source, selector: str, attr: str) -> str | None:
    """The absolute http(s) address, without its fragment, that the first node of the page's head matching
    ``selector`` gives in ``attr``; None when there is none, it is relative, or the page is no HTML."""
    value = _head_value(src, selector, attr)
    return value.split("#", 1)[0] if _ABSOLUTE_HTTP.fullmatch(value) else None


def _head_value(src: Source, selector: str, attr: str) -> str:
    """``attr`` of the first node of the page's head matching ``selector``, stripped; "" when there is none or the
    page is no HTML. Only the ``<head>`` is parsed when the page has one: a layout that reads its data from the
    text builds no tree."""
    if not src.is_html:
        return ""
    if "head_tree" not in src._cache:
        end = _HEAD_END.search(src.text)
        src._cache["head_tree"] = LexborHTMLParser(src.text[: end.start()]) if end is not None else src.tree
    node = src._cache["head_tree"].css_first(selector)
    return (node.attributes.get(attr) or "").strip() if node is not None else ""
