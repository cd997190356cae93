"""The one exception tree of liveblog.

    LiveblogError
    ├── UsageError              bad arguments or configuration             (exit 2)
    ├── InputError              input not understood                       (exit 3)
    │   ├── LayoutNotRecognised no known page family matched
    │   ├── ParseError          a known family, but a required part is missing / zero posts
    │   └── UnreadableInput     empty, binary or undecodable bytes
    ├── FetchError              network, HTTP status, limits               (exit 4)
    │   └── RobotsDisallowed    robots.txt forbids the URL
    │       └── RobotsUnreachable   robots.txt did not answer (5xx, network): everything counts as forbidden
    └── ArchiveError            the database: locked, unwritable, newer schema (exit 5)
        └── ArchiveLocked       another run holds the archive's lock past --lock-timeout

Every error carries the source (URL or path) it is about; third-party errors are wrapped with
``raise ... from exc`` at the boundary where they happen.
"""

from __future__ import annotations


class LiveblogError(Exception):
    """Base of every error liveblog raises on purpose."""

    exit_code = 1

    def __init__(self, message: str, *, source: str | None = None) -> None:
        super().__init__(message)
        self.source = source

    def __str__(self) -> str:
        msg = super().__str__()
        return f"{self.source}: {msg}" if self.source else msg


class UsageError(LiveblogError):
    exit_code = 2


class InputError(LiveblogError):
    exit_code = 3


class LayoutNotRecognised(InputError):
    """No page family matched the input."""


class ParseError(InputError):
    """A known family matched, but the page could not be read (or yielded zero posts)."""

    def __init__(self, message: str, *, source: str | None = None, selector: str | None = None) -> None:
        super().__init__(message, source=source)
        self.selector = selector


class UnreadableInput(InputError):
    """Empty, binary or undecodable input."""


class FetchError(LiveblogError):
    exit_code = 4

    def __init__(
        self, message: str, *, source: str | None = None, status: int | None = None, retry_after: float | None = None
    ) -> None:
        super().__init__(message, source=source)
        self.status = status
        self.retry_after = retry_after  # seconds the server asked us to wait (429/503 Retry-After), if it did


class RobotsDisallowed(FetchError):
    """robots.txt forbids fetching the URL."""


class RobotsUnreachable(RobotsDisallowed):
    """robots.txt could not be fetched (a server error, the network) and no copy of it is held: RFC 9309 §2.3.1.4
    says to take everything as disallowed until it answers."""


class ArchiveError(LiveblogError):
    exit_code = 5


class ArchiveLocked(ArchiveError):
    """Another run holds the archive's lock and did not let go within the lock timeout (exit 5)."""
