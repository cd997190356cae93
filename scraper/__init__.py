"""liveblog's scraper: from bytes on the wire to typed records. No database here.

The record classes are imported when first asked for (`from scraper import Page`), not with the package, and
`parse` loads the HTML parser when first called: a process that needs only `scraper.errors` (``liveblog --help``,
every command's start) does not load the models or the HTML parser."""

import importlib
from typing import TYPE_CHECKING, Any

from scraper.errors import (
    FetchError,
    InputError,
    LayoutNotRecognised,
    LiveblogError,
    ParseError,
    RobotsDisallowed,
    RobotsUnreachable,
    UnreadableInput,
    UsageError,
)
from scraper.parse import parse

if TYPE_CHECKING:
    from scraper.models import Embed, Image, Link, Page, PageInfo, Post

_LAZY = {name: "scraper.models" for name in ("Embed", "Image", "Link", "Page", "PageInfo", "Post")}

__all__ = [
    "Embed",
    "FetchError",
    "Image",
    "InputError",
    "LayoutNotRecognised",
    "Link",
    "LiveblogError",
    "Page",
    "PageInfo",
    "ParseError",
    "Post",
    "RobotsDisallowed",
    "RobotsUnreachable",
    "UnreadableInput",
    "UsageError",
    "parse",
]


def __getattr__(name: str) -> Any:
    """A record class, imported on first use (kept in the package's namespace from then on)."""
    if name not in _LAZY:
        raise AttributeError(f"module 'scraper' has no attribute {name!r}")
    value = getattr(importlib.import_module(_LAZY[name]), name)
    globals()[name] = value
    return value
