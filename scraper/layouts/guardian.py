"""Layout adapter: guardian (to be written). `detect(src) -> bool`, `parse(src) -> Page`."""

from __future__ import annotations

from scraper.errors import ParseError
from scraper.models import Page
from scraper.source import Source

NAME = "guardian"


def detect(src: Source) -> bool:
    return False


def parse(src: Source) -> Page:
    raise ParseError(f"layout {NAME} is not implemented yet", source=src.name)
