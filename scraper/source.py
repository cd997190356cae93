"""The input of a parse: decoded text, its address and capture time, and the HTML tree parsed once."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import datetime
from functools import cached_property
from typing import Any

from selectolax.lexbor import LexborHTMLParser

from scraper.errors import UnreadableInput

_META_CHARSET = re.compile(rb"""<meta[^>]+charset=["']?([A-Za-z0-9_\-]+)""", re.I)
_HTML_START = re.compile(r"^\s*(<!doctype\s+html|<html|<head|<body|<!--|<\?xml|<div|<article|<meta|<script)", re.I)


def decode(data: bytes | str, *, source: str | None = None, charset: str | None = None) -> str:
    """Bytes to text: a declared charset (header, then <meta>), else UTF-8; never a silent mojibake."""
    if isinstance(data, str):
        text = data
    else:
        if not data.strip():
            raise UnreadableInput("input is empty", source=source)
        if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
            raise UnreadableInput("input is binary, not a web page or text copy", source=source)
        if data.startswith(b"\xef\xbb\xbf"):
            data, charset = data[3:], "utf-8"
        elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
            charset = "utf-16"
        if charset is None:
            m = _META_CHARSET.search(data[:4096])
            charset = m.group(1).decode("ascii") if m else None
        try:
            text = data.decode(charset or "utf-8")
        except (LookupError, UnicodeDecodeError) as exc:
            raise UnreadableInput(
                f"input is not valid {charset or 'UTF-8'} text ({exc.__class__.__name__} at byte "
                f"{getattr(exc, 'start', '?')}); pass the right encoding or re-save as UTF-8",
                source=source,
            ) from exc
    if not text.strip():
        raise UnreadableInput("input is empty", source=source)
    return text


# `find_literal`: how many places of its rare character are checked one by one before the plain search takes over.
_RARE_TRIES = 16


def find_literal(text: str, needle: str, rare: str, start: int = 0, end: int | None = None) -> int:
    """``text.find(needle, start, end)``, found by way of ``rare``, a character of ``needle`` that pages seldom hold.

    Looking for one character is a memchr over the text (~4 µs for 300 kB), a whole-string search ~80-100 µs.
    Every place of ``needle`` has ``rare`` at the same offset, and in the same order: the first place of
    ``rare`` that starts ``needle`` there is the first place of ``needle``. After `_RARE_TRIES` places that do
    not, the plain search goes on from the next one (a page full of ``rare`` costs a few µs more, no more).
    """
    stop = len(text) if end is None else end
    at = needle.index(rare)
    j = text.find(rare, start + at, stop)
    for _ in range(_RARE_TRIES):
        if j < 0:
            return -1
        if text.startswith(needle, j - at, stop):
            return j - at
        j = text.find(rare, j + 1, stop)
    return -1 if j < 0 else text.find(needle, j - at, stop)


# A leading ``<!DOCTYPE html>`` (white space before it, in any case, white space around its name): a document the
# parser reads in no-quirks mode. Comments or anything else before it are not looked past (`no_quirks`).
_NO_QUIRKS = re.compile(r"[\t\n\f\r ]*<!doctype[\t\n\f\r ]*html[\t\n\f\r ]*>", re.I)


def no_quirks(text: str) -> bool:
    """Whether the parser reads ``text`` in no-quirks mode, where classes and ids match only in the case written (in
    quirks mode, in any ASCII case): told from a leading ``<!DOCTYPE html>``; False when not told so."""
    return _NO_QUIRKS.match(text) is not None


# The named character references writing a letter, a digit, "-" or "_" (the rest write other characters; tested
# against html.entities), by what they write.
NAMED_WORD_REFS = {"fjlig;": "fj", "UnderBar;": "_", "lowbar;": "_"}
# A numeric character reference after its "&": the code point's significant digits, up to 8 (more is past the
# last code point: the parser writes U+FFFD for it).
_NUMERIC_REF = re.compile(r"#(?:[xX]0*([0-9A-Fa-f]{1,8})(?![0-9A-Fa-f])|0*([0-9]{1,8})(?![0-9]))")
# `refs_may_write`: how many "&"s are looked at before it gives up (True).
_REFS_LOOKED_AT = 256


def refs_may_write(text: str, chars: str) -> bool:
    """Whether a character reference in ``text`` may write one of ``chars`` (letters, digits, "-", "_") into the parsed
    document: a numeric one of one of their code points, or a named one writing one of them. True also past
    `_REFS_LOOKED_AT` "&"s. Without such a reference, a run of ``chars`` in the document is in ``text`` as it is."""
    points = {ord(char) for char in chars}
    named = tuple(name for name, written in NAMED_WORD_REFS.items() if not points.isdisjoint(map(ord, written)))
    at = text.find("&")
    for _ in range(_REFS_LOOKED_AT):
        if at < 0:
            return False
        if text.startswith("#", at + 1):
            if (m := _NUMERIC_REF.match(text, at + 1)) and (int(m[1], 16) if m[1] else int(m[2])) in points:
                return True
        elif named and text.startswith(named, at + 1):
            return True
        at = text.find("&", at + 1)
    return at >= 0


@dataclass
class Source:
    """One page to parse. Nothing here reads the clock or the network."""

    text: str
    url: str | None = None
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
