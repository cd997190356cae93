"""robots.txt, read once per host (protego) and obeyed, Crawl-delay included.

`RobotsCache` does not fetch by itself: it is handed a function that returns (status, text) for a robots.txt
URL, so it can be tested with a dict. RFC 9309 outcomes: 2xx → the rules; 4xx → no rules (everything allowed);
anything else (5xx after retries, network failure) → the fetcher's FetchError propagates and the page fails.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from urllib.parse import urlsplit, urlunsplit

from protego import Protego

from scraper.errors import RobotsDisallowed

RobotsFetch = Callable[[str], tuple[int, str]]
# The product token matched against robots.txt User-agent lines.
ROBOTS_AGENT = "liveblog"


def robots_url(url: str) -> str:
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, "/robots.txt", "", ""))


class RobotsCache:
    """The parsed robots.txt of every origin seen, fetched on first use."""

    def __init__(self, fetch: RobotsFetch, *, agent: str = ROBOTS_AGENT) -> None:
        self._fetch = fetch
        self.agent = agent
        self._rules: dict[str, Protego | None] = {}
        self._lock = threading.Lock()

    def rules(self, url: str) -> Protego | None:
        key = robots_url(url)
        with self._lock:
            if key in self._rules:
                return self._rules[key]
        status, text = self._fetch(key)
        parsed = Protego.parse(text) if 200 <= status < 300 else None
        with self._lock:
            self._rules[key] = parsed
        return parsed

    def check(self, url: str) -> None:
        """Raise RobotsDisallowed when robots.txt forbids url to us."""
        rules = self.rules(url)
        if rules is not None and not rules.can_fetch(url, self.agent):
            raise RobotsDisallowed(f"robots.txt at {robots_url(url)} disallows fetching this page", source=url)

    def crawl_delay(self, url: str) -> float | None:
        rules = self.rules(url)
        if rules is None:
            return None
        delay = rules.crawl_delay(self.agent)
        return float(delay) if delay is not None else None
