"""Compiled regular expressions kept between processes, as Python keeps bytecode.

Compiling its patterns is most of what a fresh `liveblog parse` process pays (~300 patterns for a ten-post page,
about two thirds of its instructions): `re` parses each pattern's source in Python, and the party-name
alternation alone is written into a dozen of them. What the parse ends in, the list of codes `_sre` matches
with, depends only on the pattern, its flags and the interpreter. So a process writes the codes of the patterns it
compiled to a file beside its bytecode (`__pycache__`, or under `PYTHONPYCACHEPREFIX`), and the next one builds
those patterns from the codes with no parse: the same pattern objects (`==` compares the codes), so the same
matches.

The store answers `re`'s own cache misses (`re._cache`; every `re.compile`, `Lazy` and `Gated` pattern reaches it),
so a rule needs nothing of its own to be kept. It is used only on the interpreter it was made for (CPython 3.11's
`re` internals: the codes' format, the cache's shape); a file from another interpreter, a damaged file or any
other `re` is left alone and every pattern compiled as usual. Like bytecode it is not written when
`PYTHONDONTWRITEBYTECODE` is set or the folder cannot be written, and it holds at most `_MOST` patterns (a long
run's patterns built from its pages' names would otherwise pile up): past that a process writes only its own.
"""

from __future__ import annotations

import _sre
import atexit
import marshal
import os
import re
import sys
from array import array
from contextlib import suppress
from re import _compiler, _parser  # type: ignore[attr-defined]
from typing import Any

# (pattern source (str or bytes), flags as passed) -> (flags of the compiled pattern, codes as bytes, groups,
# name -> index, index -> name)
Entry = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]

_HEADER = (sys.version, _sre.MAGIC, _sre.CODESIZE)
_MOST = 2000  # patterns kept in the file (a ten-post page compiles ~320)
_CODE = "I"  # an unsigned 4-byte int: _sre.CODESIZE on CPython 3.11


def _store_path() -> str:
    """Where this interpreter's bytecode for the scraper package goes, with the store's own name."""
    folder = os.path.dirname(os.path.abspath(__file__))
    prefix = sys.pycache_prefix
    cache = os.path.join(prefix, folder.lstrip(os.sep)) if prefix else os.path.join(folder, "__pycache__")
    return os.path.join(cache, f"sre_store.{sys.implementation.cache_tag}.marshal")


class _Cache(dict):  # type: ignore[type-arg]
    """`re`'s cache of compiled patterns that, on a miss, builds the pattern from the store when it holds it."""

    __slots__ = ("stored",)

    def __init__(self, cached: dict[Any, re.Pattern[Any]], stored: dict[tuple[str | bytes, int], Entry]) -> None:
        super().__init__(cached)
        self.stored = stored

    def __missing__(self, key: tuple[type, Any, int]) -> re.Pattern[Any]:
        kind, source, flags = key
        entry = self.stored.get((source, flags)) if kind is str or kind is bytes else None
        if entry is None:
            raise KeyError(key)
        final, codes, groups, names, indexes = entry
        try:
            rx: re.Pattern[Any] = _sre.compile(source, final, array(_CODE, codes).tolist(), groups, names, indexes)
        except (RuntimeError, TypeError, ValueError, OverflowError):  # codes _sre's own check refuses (a damaged
            raise KeyError(key) from None  # file that still unmarshals): re compiles the source as usual
        if len(self) >= re._MAXCACHE:  # type: ignore[attr-defined]  # re's own rule: drop the oldest
            with suppress(StopIteration, RuntimeError, KeyError):  # (as re: another thread emptied it meanwhile)
                del self[next(iter(self))]
        self[key] = rx
        return rx


def _entry(source: str | bytes, flags: int) -> Entry:
    """What `re._compiler.compile` hands `_sre.compile` for the pattern (parsed again: a pattern keeps no codes)."""
    parsed = _parser.parse(source, flags)
    codes = array(_CODE, _compiler._code(parsed, flags)).tobytes()
    names = parsed.state.groupdict
    indexes: list[str | None] = [None] * parsed.state.groups
    for name, i in names.items():
        indexes[i] = name
    return flags | parsed.state.flags, codes, parsed.state.groups - 1, dict(names), tuple(indexes)


def _read(path: str) -> dict[tuple[str | bytes, int], Entry]:
    try:
        # (read whole, then unmarshalled: `marshal.load` of the file reads it object by object, ~15M instructions more)
        with open(path, "rb") as f:
            data = f.read()
        header, stored = marshal.loads(data)
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    return stored if header == _HEADER and isinstance(stored, dict) else {}


def _write(path: str, cache: _Cache) -> None:
    """The store with the patterns this process compiled and did not find in it (none new: nothing written), added
    to the file as it is now: another process may have written it since this one read it (a run's subprocesses)."""
    new = {
        (source, flags): _entry(source, flags)
        for kind, source, flags in list(cache)
        if (kind is str or kind is bytes) and (source, flags) not in cache.stored and not flags & re.DEBUG
    }
    if not new:
        return
    stored = _read(path)
    stored = {**stored, **new} if len(stored) + len(new) <= _MOST else new
    temporary = f"{path}.{os.getpid()}"
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(temporary, "wb") as f:
            marshal.dump((_HEADER, stored), f)
        os.replace(temporary, path)  # whole or not at all: a process reading it meanwhile sees the old file
    except OSError:
        with suppress(OSError):
            os.remove(temporary)


def install() -> None:
    """Put the store under `re`'s cache (once a process; only on the `re` it was written for)."""
    cache = getattr(re, "_cache", None)
    if (
        isinstance(cache, _Cache)
        or type(cache) is not dict
        or sys.version_info[:2] != (3, 11)
        or sys.implementation.name != "cpython"
    ):
        return
    path = _store_path()
    re._cache = _Cache(cache, _read(path))  # type: ignore[attr-defined]
    if not sys.dont_write_bytecode:
        atexit.register(_write, path, re._cache)  # type: ignore[attr-defined]
