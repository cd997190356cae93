"""Run settings from four layers: command-line flags > ``LIVEBLOG_*`` environment > ``--config feeds.toml`` > defaults.

A feeds file names the live pages to harvest and the settings for the run::

    [settings]
    db = "election.sqlite"          # relative paths are relative to this file
    user_agent = "liveblog/0.1"
    contact = "newsroom@example.org"
    delay = 2.0                     # seconds between requests to one host
    timeout = 30.0
    max_pages = 50
    max_body = "20MB"               # largest page accepted: bytes, or with a unit (KB, MB, GB; 1 MB = 1024 KB)
    max_retry_after = 300           # longest Retry-After (seconds) waited for; a longer one fails the page
    lock_timeout = 120.0
    log_format = "json"             # or "text"

    [[feed]]
    url = "https://www.bbc.co.uk/news/live/uk-politics-65432100"
    label = "Local elections 2023"
    delay = 5.0                     # optional, this feed only
    max_pages = 10                  # optional, this feed only

A bad file is a `UsageError` (exit 2) that names the file, the line and the problem: TOML syntax (tomllib's own
line and column), an unknown key, or a value of the wrong type. The result is one frozen `Settings`.
"""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from scraper.errors import UsageError

ENV_PREFIX = "LIVEBLOG_"
LOG_FORMATS = ("text", "json")
TRUE_WORDS = ("1", "true", "yes", "on")
FALSE_WORDS = ("0", "false", "no", "off")
ARTICLES = {
    "string": "a non-empty string",
    "integer": "an integer",
    "size": "a size such as 50MB or 52428800 (bytes)",
}
# A size's units, binary as the fetcher counts them (20 MB = 20 * 1024 * 1024 bytes).
SIZE_UNITS = {"": 1, "k": 1024, "m": 1024**2, "g": 1024**3}
_SIZE = re.compile(r"(\d+(?:\.\d+)?)\s*([kmg]?)(?:i?b)?", re.I)


@dataclass(frozen=True, kw_only=True)
class Feed:
    """One live page to harvest; ``delay`` / ``max_pages`` of None fall back to the run's settings."""

    url: str
    label: str | None = None
    delay: float | None = None
    max_pages: int | None = None


@dataclass(frozen=True, kw_only=True)
class Settings:
    """Everything a harvest, watch or demo run needs to know, after all layers are applied."""

    db: str = "liveblog.sqlite"
    user_agent: str | None = None  # None: the fetcher's own, naming liveblog and its version
    contact: str | None = None  # an address for site owners, added to the User-Agent
    delay: float = 1.0  # seconds between two requests to one host (robots.txt Crawl-delay may ask for more)
    timeout: float = 30.0  # connect / read timeout, seconds
    max_pages: int | None = None  # None: follow pagination to the last page
    lock_timeout: float = 60.0  # seconds to wait for another run's archive lock before exit 5
    max_body: int | None = None  # bytes; None: the fetcher's own limit (scraper.config.FetchConfig)
    max_retry_after: float | None = None  # seconds; None: the fetcher's own limit
    log_format: str = "text"
    allow_private: bool = False  # allow loopback / private addresses (tests, the demo)
    feeds: tuple[Feed, ...] = field(default=())

    def feed_delay(self, feed: Feed) -> float:
        return self.delay if feed.delay is None else feed.delay

    def feed_max_pages(self, feed: Feed) -> int | None:
        return self.max_pages if feed.max_pages is None else feed.max_pages


@dataclass(frozen=True)
class Kind:
    """The type a setting takes and its bounds; ``check`` turns a TOML or environment value into it."""

    name: str
    minimum: float | None = None
    choices: tuple[str, ...] = ()

    def check(self, value: Any) -> Any:
        """The value as this kind, or raise ValueError with what was expected (TOML values are typed: no guessing)."""
        if self.name == "size":
            value = parse_size(value)
        ok = {
            "string": isinstance(value, str) and value != "",
            "number": isinstance(value, int | float) and not isinstance(value, bool),
            "integer": isinstance(value, int) and not isinstance(value, bool),
            "boolean": isinstance(value, bool),
            "size": value is not None,
        }[self.name]
        if not ok:
            raise ValueError(f"must be {ARTICLES.get(self.name, 'a ' + self.name)}")
        if self.choices and value not in self.choices:
            raise ValueError(f"must be one of {', '.join(self.choices)}")
        if self.minimum is not None and value < self.minimum:
            raise ValueError(f"must be at least {self.minimum:g}")
        return float(value) if self.name == "number" else value

    def check_text(self, text: str) -> Any:
        """An environment variable (always a string) read as this kind, then checked."""
        return self.check(self._from_text(text))

    def _from_text(self, text: str) -> Any:
        if self.name == "string":
            return text
        word = text.strip().lower()
        try:
            if self.name == "number":
                return float(word)
            if self.name == "integer":
                return int(word)
        except ValueError:
            return text
        if self.name == "boolean" and word in TRUE_WORDS + FALSE_WORDS:
            return word in TRUE_WORDS
        return text


def parse_size(value: Any) -> int | None:
    """A size in bytes: an integer, or a string such as ``"50MB"``, ``"512k"``, ``"1 GiB"``; None for anything else."""
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    match = _SIZE.fullmatch(value.strip()) if isinstance(value, str) else None
    if match is None:
        return None
    return int(float(match.group(1)) * SIZE_UNITS[match.group(2).lower()])


STRING, NUMBER = Kind("string"), Kind("number", minimum=0)
PAGES = Kind("integer", minimum=1)
SETTING_KINDS: dict[str, Kind] = {
    "db": STRING,
    "user_agent": STRING,
    "contact": STRING,
    "delay": NUMBER,
    "timeout": Kind("number", minimum=0.1),
    "max_pages": PAGES,
    "lock_timeout": NUMBER,
    "max_body": Kind("size", minimum=1),
    "max_retry_after": NUMBER,
    "log_format": Kind("string", choices=LOG_FORMATS),
    "allow_private": Kind("boolean"),
}
FEED_KINDS: dict[str, Kind] = {"url": STRING, "label": STRING, "delay": NUMBER, "max_pages": PAGES}
TOP_LEVEL = ("settings", "feed")


def load(flags: Mapping[str, Any], config: Path | None = None, environ: Mapping[str, str] | None = None) -> Settings:
    """Settings from flags (None = not given) over ``LIVEBLOG_*`` variables over the config file over defaults."""
    values: dict[str, Any] = {}
    feeds: tuple[Feed, ...] = ()
    if config is not None:
        values, feeds = read_config(config)
    values.update(from_environ(os.environ if environ is None else environ))
    values.update({k: v for k, v in flags.items() if v is not None and k in SETTING_KINDS})
    values = {key: checked_flag(key, value) for key, value in values.items()}
    return replace(Settings(**values), feeds=feeds)


def checked_flag(key: str, value: Any) -> Any:
    """The value of setting ``key`` checked, a bad one a UsageError naming its flag (``--max-body``)."""
    try:
        return SETTING_KINDS[key].check(value)
    except ValueError as exc:
        raise UsageError(f"--{key.replace('_', '-')} {exc}, not {value!r}") from exc


def from_environ(environ: Mapping[str, str]) -> dict[str, Any]:
    """``LIVEBLOG_DELAY=2`` and friends, checked; a bad value names its variable."""
    out: dict[str, Any] = {}
    for key, kind in SETTING_KINDS.items():
        name = ENV_PREFIX + key.upper()
        if name in environ:
            try:
                out[key] = kind.check_text(environ[name])
            except ValueError as exc:
                raise UsageError(f"environment variable {name} {exc}, not {environ[name]!r}") from exc
    return out


def read_config(path: Path) -> tuple[dict[str, Any], tuple[Feed, ...]]:
    """The [settings] values and the [[feed]] entries of a feeds file, checked key by key."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"cannot read config file: {exc}", source=str(path)) from exc
    try:
        doc = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise UsageError(f"not valid TOML: {exc}", source=str(path)) from exc
    where = _Locator(path, text)
    for key in doc:
        if key not in TOP_LEVEL:
            raise where.error(None, None, key, f"unknown table or key {key!r} (expected [settings] and [[feed]])")
    settings = doc.get("settings", {})
    if not isinstance(settings, dict):
        raise where.error(None, None, "settings", "'settings' must be a table: [settings]")
    values = _checked(settings, SETTING_KINDS, where, "settings", None)
    if isinstance(values.get("db"), str) and "://" not in values["db"]:
        values["db"] = str(path.parent / values["db"])
    entries = doc.get("feed", [])
    if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
        raise where.error(None, None, "feed", 'feeds must be tables: [[feed]] with url = "https://…"')
    return values, tuple(_feed(entry, index, where) for index, entry in enumerate(entries, 1))


def _feed(entry: dict[str, Any], index: int, where: _Locator) -> Feed:
    if "url" not in entry:
        raise where.error("feed", index, None, f"feed {index} has no url")
    checked = _checked(entry, FEED_KINDS, where, "feed", index)
    if problem := url_problem(str(checked["url"])):
        raise where.error("feed", index, "url", f"feed {index}: url {problem}")
    return Feed(**checked)


def url_problem(url: str) -> str | None:
    """What makes ``url`` no live page's address (None when nothing does): not http(s), or not a URL at all (an
    unclosed IPv6 ``[``, which would otherwise end the run in a traceback)."""
    if not url.startswith(("http://", "https://")):
        return "must start with http:// or https://"
    try:
        urlsplit(url)
    except ValueError as exc:
        return f"cannot be read: {exc}"
    return None


def _checked(table: dict[str, Any], kinds: dict[str, Kind], where: _Locator, name: str, index: int | None) -> dict:
    label = f"feed {index}" if index is not None else name
    out: dict[str, Any] = {}
    for key, value in table.items():
        if key not in kinds:
            known = ", ".join(sorted(kinds))
            raise where.error(name, index, key, f"{label}: unknown key {key!r} (known: {known})")
        try:
            out[key] = kinds[key].check(value)
        except ValueError as exc:
            raise where.error(name, index, key, f"{label}: {key} {exc}, not {value!r}") from exc
    return out


@dataclass(frozen=True)
class _Locator:
    """Finds the line a key sits on, so a checked (not syntax) error can name it too."""

    path: Path
    text: str

    def error(self, table: str | None, index: int | None, key: str | None, problem: str) -> UsageError:
        line = self.line_of(table, index, key)
        if line is None and table is None:  # a misspelt table: [setings]
            line = self.line_of(key, None, None)
        where = f"{self.path}, line {line}" if line else str(self.path)
        return UsageError(f"{where}: {problem}")

    def line_of(self, table: str | None, index: int | None, key: str | None) -> int | None:
        """The line of ``key`` in ``[table]`` (the index-th ``[[table]]``); the table's header when key is None."""
        current: str | None = None
        seen = 0
        for number, raw in enumerate(self.text.splitlines(), 1):
            line = raw.strip()
            header = re.fullmatch(r"\[\[?\s*([\w.-]+)\s*\]\]?(\s*#.*)?", line)
            if header:
                current = header.group(1)
                seen += current == table
                if key is None and current == table and seen == (index or 1):
                    return number
                continue
            in_place = current == table and (index is None or seen == index)
            if key is not None and in_place and re.match(rf"\"?{re.escape(key)}\"?\s*[=.]", line):
                return number
        return None
