"""liveblog's scraper: from bytes on the wire to typed records. No database here."""

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
from scraper.models import Embed, Image, Link, Page, PageInfo, Post
from scraper.parse import parse

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
