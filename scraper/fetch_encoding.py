"""What a response is: its content type (is it a page we parse?) and its text encoding.

Encoding order: the Content-Type charset, then a ``<meta charset>``, then detection — each declared charset only
when the bytes actually decode with it. A page declared as a Latin single-byte charset whose bytes are valid UTF-8
with multi-byte sequences is UTF-8 (the commonest server misconfiguration); detection is a BOM, then strict
UTF-8, then windows-1252. UTF-8 but for a stray byte or two (`mostly_utf8`: a pasted Windows "£")
stays UTF-8, declared or detected, and the parser reads U+FFFD for the stray bytes: as windows-1252, every curly
quote and accent of the page would be mojibake ("â€™"), and every post on it a false revision.
"""

from __future__ import annotations

import codecs
import re
from urllib.parse import urlsplit

from scraper.errors import FetchError

HTML_TYPES = ("text/html", "application/xhtml+xml")
JSON_TYPES = ("application/json", "text/json", "text/javascript", "application/javascript")
# JSON is accepted only from BBC's live-stream data endpoints (path markers, any allowed host).
JSON_ENDPOINTS = ("/wc-data/container/stream", "/fd/stream", "/batch", "/data/bbc-morph-")
ROBOTS_TYPES = ("text/plain", "")

# Spaces and quotes may surround the value: charset=" utf-8 ", content="text/html; charset = 'UTF-8'".
META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", re.I)
_LATIN = frozenset({"latin_1", "iso8859-1", "cp1252", "ascii", "iso8859-15"})
SNIFF_BYTES = 4096


def media_type(content_type: str | None) -> str:
    return (content_type or "").split(";", 1)[0].strip().lower()


def header_charset(content_type: str | None) -> str | None:
    for param in (content_type or "").split(";")[1:]:
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            return value.strip().strip("\"'")
    return None


def is_json_endpoint(url: str) -> bool:
    path = urlsplit(url).path
    return any(marker in path for marker in JSON_ENDPOINTS)


def check_content_type(content_type: str | None, url: str) -> None:
    """Raise FetchError unless the response is HTML (or JSON from a BBC stream endpoint). A missing type passes."""
    kind = media_type(content_type)
    if not kind or kind in HTML_TYPES:
        return
    if (kind in JSON_TYPES or kind.endswith("+json")) and is_json_endpoint(url):
        return
    raise FetchError(f"response is {kind}, not an HTML page", source=url)


def codec_name(name: str | None) -> str | None:
    if not name:
        return None
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _decodes(body: bytes, codec: str) -> bool:
    try:
        body.decode(codec)
    except UnicodeDecodeError:
        return False
    return True


def mostly_utf8(data: bytes) -> bool:
    """True when ``data``, not valid UTF-8, has more well-formed multi-byte UTF-8 characters than broken bytes: UTF-8
    with a stray byte (a pasted Windows "£" or dash), to read as UTF-8 with U+FFFD for the stray bytes — not a page
    in another encoding, whose every accent and curly quote the other reading would turn into mojibake ("â€™")."""
    text = data.decode("utf-8", errors="replace")
    broken = text.count("\ufffd") - data.count("\ufffd".encode())
    well_formed = len(text) - len(text.encode("ascii", "ignore")) - broken
    return well_formed > broken


def detect_charset(body: bytes) -> str:
    if body.startswith(codecs.BOM_UTF8):
        return "utf-8"
    if body.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    if _decodes(body, "utf-8") or mostly_utf8(body):
        return "utf-8"
    return "cp1252" if _decodes(body, "cp1252") else "latin-1"


def choose_charset(content_type: str | None, body: bytes) -> str:
    """The codec name to decode body with (see the module docstring for the order)."""
    meta = META_CHARSET.search(body[:SNIFF_BYTES])
    declared = [header_charset(content_type), meta.group(1).decode("ascii") if meta else None]
    for codec in (codec_name(name) for name in declared):
        if codec == "utf-8" and not _decodes(body, codec) and mostly_utf8(body):
            return codec
        if codec is None or not _decodes(body, codec):
            continue
        if codec in _LATIN and not body.isascii() and (_decodes(body, "utf-8") or mostly_utf8(body)):
            return "utf-8"
        return codec
    return detect_charset(body)
