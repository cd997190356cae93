"""Name keys: how the archive decides that two spellings name the same ward, council, party or person.

A key forgives case, punctuation, "&" for "and", runs of spaces and accents ("Canolbarth Môn" = "canolbarth mon",
since schema version 3). A ward key also drops a trailing "ward" or "division" ("Darley Ward" = "darley"); a
council's short key drops the trailing kind of council ("Derby City Council" → "derby"), so ``--council Derby``
finds it. Live pages are keyed by their address without the page number, on one host of the ones that serve the
same pages (feeds.bbci.co.uk → www.bbc.co.uk), so page 1 and page 3 of one live page are one live page, however
they were fetched. When a harvest last walked every page of a live page is kept in ``archive_meta`` under
`walked_key`, and each host's robots.txt (`scraper.fetch_robots.RobotsEntry` as JSON) under `robots_key` (sqlite3
reads and writes them too, in archive.lazy, so both take the keys and the values' form from here).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from datetime import UTC, datetime
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from scraper.errors import UsageError

_NON_WORD = re.compile(r"[^\w\s]+")
_SPACES = re.compile(r"\s+")
_AMPERSAND = re.compile(r"\s*&\s*")
_WARD_SUFFIX = re.compile(r"\s+(?:ward|division)$")
_COUNCIL_SUFFIX = re.compile(
    r"\s+(?:(?:city|county|borough|district|metropolitan borough|metropolitan district|unitary|town|parish)\s+)?"
    r"council$"
)
# The Welsh forms of a council's name put its kind first: Cyngor Sir Powys, Cyngor Bwrdeistref Sirol Conwy, Cyngor
# Dinas a Sir Caerdydd, Cyngor Gwynedd (as name keys: lower case, accents dropped).
_WELSH_COUNCIL_PREFIX = re.compile(r"cyngor\s+(?:(?:bwrdeistref\s+sirol|dinas\s+a\s+sir|sir|dinas|bwrdeistref)\s+)?")
# Hosts that serve the same live pages: one live page whichever of them it was fetched from.
HOST_ALIASES = {
    "feeds.bbci.co.uk": "www.bbc.co.uk",
    "bbc.co.uk": "www.bbc.co.uk",
    "m.bbc.co.uk": "www.bbc.co.uk",
    "bbc.com": "www.bbc.com",
    "m.bbc.com": "www.bbc.com",
    "theguardian.com": "www.theguardian.com",
    "amp.theguardian.com": "www.theguardian.com",
}
# The page number of a live page: BBC WebCore "?page=N", BBC LX "/page/N".
_PAGE_QUERY_KEYS = frozenset({"page"})
_PAGE_PATH = re.compile(r"/page/\d+/?$")
# Parameters a shared link carries that name no page of their own (lower case): campaign tags (utm_*, and BBC's
# at_* share-link tags), ad-click ids, the Guardian's CMP. A live page pasted with them is the same live page.
_TRACKING_PREFIXES = ("utm_", "at_")
_TRACKING_KEYS = frozenset({"fbclid", "gclid", "dclid", "msclkid", "igshid", "mc_cid", "mc_eid", "cmp", "ocid"})
_DEFAULT_PORTS = (":80", ":443")
WALKED_PREFIX = "walked:"  # + a live page's URL: an archive_meta key, its value an ISO 8601 UTC time
ROBOTS_PREFIX = "robots:"  # + a robots.txt URL: an archive_meta key, its value a RobotsEntry's JSON


def name_key(name: str, *, fold: bool = True) -> str:
    """Lower case, "&" → "and", punctuation dropped, spaces collapsed, accents dropped ("Siân" → "sian"; not with
    ``fold=False``, the keys of archives before schema version 3)."""
    text = _AMPERSAND.sub(" and ", name.casefold())
    text = _NON_WORD.sub(" ", text.replace("'", "").replace("\u2019", ""))
    text = _SPACES.sub(" ", text).strip()
    return fold_accents(text) if fold else text


def fold_accents(text: str) -> str:
    """``text`` without its combining marks: "canolbarth môn" → "canolbarth mon" (what a key of an archive before
    schema version 3 becomes)."""
    if text.isascii():
        return text
    return unicodedata.normalize(
        "NFC", "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    )


def ward_key(name: str, *, fold: bool = True) -> str:
    """The key of a ward or county division: "Forest & Measham Ward" → "forest and measham"."""
    return _WARD_SUFFIX.sub("", name_key(name, fold=fold))


def council_key(name: str, *, fold: bool = True) -> str:
    """The short key of a council: "Derby City Council" → "derby"."""
    return _COUNCIL_SUFFIX.sub("", name_key(name, fold=fold))


def welsh_council_area(key: str) -> str | None:
    """The area a council's name key in its Welsh form names ("cyngor sir ynys mon" → "ynys mon"); None for a key
    not in that form."""
    match = _WELSH_COUNCIL_PREFIX.match(key)
    return key[match.end() :] or None if match else None


def keys(key_of: Callable[..., str], name: str) -> list[str]:
    """The keys ``name`` may be stored under: this version's, and (when it has accents) an older archive's, which an
    archive opened read-only keeps (see `archive.db.ensure_schema`)."""
    return list(dict.fromkeys((key_of(name), key_of(name, fold=False))))


def blog_url(url: str) -> str:
    """The address of a live page as a whole: no page number, fragment, tracking parameter (`_tracking`) or default
    port, a lower-case host (one of its aliases), https.
    A string that is no URL (an unclosed IPv6 ``[``, as ``--blog`` may be mistyped) is a UsageError."""
    try:
        parts = urlsplit(url.strip())
    except ValueError as exc:
        raise UsageError(f"{url}: not an address ({exc})") from exc
    if parts.scheme.lower() not in ("http", "https"):
        return urlunsplit((parts.scheme.lower(), parts.netloc, parts.path, parts.query, ""))
    pairs = parse_qsl(parts.query, keep_blank_values=True)
    query = urlencode([(k, v) for k, v in pairs if k not in _PAGE_QUERY_KEYS and not _tracking(k)])
    path = _PAGE_PATH.sub("", parts.path).rstrip("/") or "/"
    host = parts.netloc.lower()
    for port in _DEFAULT_PORTS:
        host = host.removesuffix(port)
    return urlunsplit(("https", HOST_ALIASES.get(host, host), path, query, ""))


def _tracking(key: str) -> bool:
    key = key.lower()
    return key.startswith(_TRACKING_PREFIXES) or key in _TRACKING_KEYS


def page_number(url: str) -> int | None:
    """The page number an address names, if it names one."""
    parts = urlsplit(url)
    for key, value in parse_qsl(parts.query):
        if key in _PAGE_QUERY_KEYS and value.isdigit():
            return int(value)
    match = re.search(r"/page/(\d+)/?$", parts.path)
    return int(match.group(1)) if match else None


def walked_key(url: str) -> str:
    """The ``archive_meta`` key of when the live page that ``url`` is a page of was last walked whole."""
    return WALKED_PREFIX + blog_url(url)


def robots_key(robots_url: str) -> str:
    """The ``archive_meta`` key of the robots.txt copy kept for ``robots_url`` (``https://host/robots.txt``)."""
    return ROBOTS_PREFIX + robots_url


def parse_walked(value: str | None) -> datetime | None:
    """A `walked_key` value as aware UTC; None for none (or for one this version cannot read: walk again)."""
    try:
        when = datetime.fromisoformat(value) if value else None
    except ValueError:
        return None
    return None if when is None else (when.replace(tzinfo=UTC) if when.tzinfo is None else when.astimezone(UTC))
