"""`Lazy`: a module-level pattern compiled when first used, not at import (see its docstring)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from typing import Any

from scraper import sre_store

# Every module that compiles patterns imports this one first: from here on a pattern compiled by an earlier
# process is built from its stored codes, not parsed again (see scraper/sre_store.py).
sre_store.install()

_PATTERN_ATTRS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "split", "groupindex", "groups")


class Lazy:
    """A pattern compiled when a post first needs it, for the patterns whose keys few posts hold (a ward
    number, 'by-election', 'no overall control') or whose rule few posts or pages reach (a shown time that is no
    plain clock, a text copy's boilerplate lines): a process that parses a few posts does not pay for compiling
    them. Compiled once per process; from then on its methods are the compiled pattern's own (bound in its slots),
    so a call costs what a call of the compiled pattern costs."""

    __slots__ = ("_rx", "flags", "pattern", *_PATTERN_ATTRS)

    pattern: str
    flags: int
    _rx: re.Pattern[str]
    search: Callable[..., re.Match[str] | None]
    match: Callable[..., re.Match[str] | None]
    fullmatch: Callable[..., re.Match[str] | None]
    finditer: Callable[..., Iterator[re.Match[str]]]
    findall: Callable[..., list[Any]]
    sub: Callable[..., str]
    split: Callable[..., list[str | Any]]
    groupindex: Mapping[str, int]
    groups: int

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self.flags = flags

    def compiled(self) -> re.Pattern[str]:
        """The pattern, compiled on the first call, its methods put in this object's slots."""
        try:
            return self._rx
        except AttributeError:
            pass
        rx = self._rx = re.compile(self.pattern, self.flags)
        for name in _PATTERN_ATTRS:
            setattr(self, name, getattr(rx, name))
        return rx

    def __getattr__(self, name: str) -> Any:
        """(Reached only for a slot not yet filled: the first use of a method compiles the pattern.)"""
        if name in _PATTERN_ATTRS:
            return getattr(self.compiled(), name)
        raise AttributeError(name)

    def __repr__(self) -> str:
        return f"Lazy({self.pattern!r}, {self.flags!r})"
