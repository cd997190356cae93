"""`liveblog demo`: the whole pipeline in one offline command, on the fixtures bundled with the source.

The web fixtures of every family are served from 127.0.0.1 (`archive.demo_site`) and harvested like any live
page — robots.txt, fetch, pagination, parse, facts, WARC, SQLite — into a fresh archive; the plain-text copies
are imported as saved files, as a researcher would. Then the ward with the most results is shown: its posts
and its results.
"""

from __future__ import annotations

import tempfile
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from archive.demo_site import cases, fixtures_dir, live_pages, serve
from archive.harvest import warc_folder
from archive.lock import locked
from archive.report import RunStats
from archive.runs import harvest_feeds
from archive.settings import Feed, Settings
from archive.warc import WarcStore
from scraper.errors import UsageError

DEMO_DB = "demo.sqlite"


@dataclass
class Shown:
    """What the demo did and the rows it shows."""

    db: str
    temporary: bool
    families: list[str]
    live_pages: int
    imported: int
    stats: RunStats
    exit_code: int
    ward: str | None = None
    council: str | None = None  # (the ward's: a name like "St Mary's" is a ward of more than one council)
    posts: list[dict[str, Any]] = field(default_factory=list)
    results: list[dict[str, Any]] = field(default_factory=list)

    @property
    def where(self) -> str | None:
        """The ward shown, with its council when the archive knows it: "St Mary's (Council of the Isles of Scilly)"."""
        if self.ward is None:
            return None
        return f"{self.ward} ({self.council})" if self.council else self.ward

    def line(self) -> str:
        where = self.where or "no ward found"
        kept = "a temporary archive (--db PATH keeps one)" if self.temporary else self.db
        return (
            f"harvested {self.live_pages} live pages ({', '.join(self.families)}) from 127.0.0.1 and imported "
            f"{self.imported} saved text copies into {kept}; showing {where}: "
            f"{len(self.posts)} posts, {len(self.results)} results"
        )


@contextmanager
def _archive_path(db: Path | None) -> Iterator[Path]:
    if db is not None:
        if db.exists():
            # The site's port is new each run, so its pages would be new live pages: never mix two demos.
            raise UsageError(f"{db} exists; the demo fills a fresh archive (remove it or choose another --db)")
        yield db
        return
    with tempfile.TemporaryDirectory(prefix="liveblog-demo-") as folder:
        yield Path(folder) / DEMO_DB


def run_demo(db: Path | None) -> Shown:
    """Serve, harvest, import, and pick the ward to show; the archive is temporary unless ``db`` is given."""
    from archive import Archive

    found = cases(fixtures_dir())
    web = [case for case in found if case.path.suffix in (".html", ".htm")]
    saved = [case for case in found if case not in web]
    with _archive_path(db) as path, serve(web) as site:
        starts = live_pages(web)
        feeds = [Feed(url=site.url(case), label=case.family, max_pages=pages) for case, pages in starts]
        settings = Settings(db=str(path), delay=0.0, allow_private=True, lock_timeout=0.0)
        with locked(settings.db, timeout=settings.lock_timeout), Archive(settings.db) as archive:
            outcome = harvest_feeds(archive, settings, feeds)
            warc = WarcStore(warc_folder(settings.db))
            for case in saved:
                archive.import_file(case.path, url=case.url, warc=warc)
            families = sorted({case.family for case, _ in starts})
            shown = Shown(str(path), db is None, families, len(feeds), len(saved), outcome.stats, outcome.exit_code)
            busiest = busiest_ward(archive.results())
            if busiest is not None:
                shown.ward, shown.council = busiest
                shown.posts = archive.posts(ward=shown.ward, council=shown.council)
                shown.results = archive.results(ward=shown.ward, council=shown.council)
    return shown


def busiest_ward(results: list[dict[str, Any]]) -> tuple[str, str | None] | None:
    """The ward with the most results and its council (ties: the first by name, then council; wards of one name in
    two councils are two wards), or None when the archive has no results."""
    wards = Counter((row["ward"], row.get("council")) for row in results if row.get("ward"))
    if not wards:
        return None
    top = max(wards.values())
    return min((key for key, n in wards.items() if n == top), key=lambda key: (key[0], key[1] or ""))
