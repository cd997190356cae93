"""Election archives of any size: generated pages of posts whose facts are known, stored through the archive.

`election_pages` yields `scraper.models.Page`s (20 posts a page, as BBC serves them) with `entities`
already filled from the generator's truth, so ingest and query benchmarks measure the archive alone.
`build_archive` stores them with `archive.Archive.ingest`, one transaction per page, and caches the file
under benchmarks/.cache keyed by the archive's schema source, so a 1,000,000-post archive is built once.
"""

from __future__ import annotations

import hashlib
import random
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from benchmarks.corpus import GenPost, Ward, gazetteer, make_post
from scraper.models import Embed, Image, Page, PageInfo, Post

CACHE = Path(__file__).resolve().parent / ".cache"
POSTS_PER_PAGE = 20
GENERATOR_VERSION = "2"


def _span(body: str, needle: str) -> list[int] | None:
    at = body.find(needle)
    return [at, at + len(needle)] if at >= 0 else None


def entities_of(post: GenPost, body: str) -> dict[str, list[dict[str, Any]]]:
    """The CONTRACT `entities` object the generator knows to be true for a post (spans into body_text)."""
    facts: dict[str, list[dict[str, Any]]] = {k: [] for k in
        ("councils", "wards", "parties", "candidates", "seat_totals", "majorities", "changes")}  # fmt: skip
    if post.ward is None:
        return facts
    ward = post.ward
    facts["councils"].append({"name": ward.council, "span": _span(body, ward.council)})
    facts["wards"].append({"name": ward.name, "council": ward.council, "span": _span(body, ward.name)})
    for party in dict.fromkeys(r.party for r in post.results):
        facts["parties"].append({"name": party})
    for r in post.results:
        facts["candidates"].append({"name": r.candidate, "party": r.party, "votes": r.votes,
                                    "elected": r.elected, "ward": ward.name, "span": _span(body, r.candidate),
                                    "evidence": r.candidate})  # fmt: skip
    win, second = post.results[0], post.results[1]
    facts["majorities"].append({"ward": ward.name, "party": win.party, "candidate": win.candidate,
                                "votes": win.votes - second.votes})  # fmt: skip
    facts["changes"].append({"type": "hold", "party": win.party, "from_party": None, "ward": ward.name,
                             "council": ward.council})  # fmt: skip
    return facts


def to_post(gen: GenPost) -> Post:
    body = "\n".join(gen.paragraphs)
    return Post(
        post_id=gen.urn, title=gen.title, published_at=gen.published,
        published_text=gen.published.strftime("%H:%M %d %B %Y"), author=gen.author, role=gen.role,
        kind="promo" if gen.promo_url else "post", is_breaking=gen.breaking, body_text=body,
        embeds=[Embed("twitter", t) for t in gen.tweets],
        images=[Image(alt=i.alt, caption=i.caption, credit=i.credit) for i in gen.images],
        entities=entities_of(gen, body),
    )  # fmt: skip


@dataclass(frozen=True, slots=True)
class Plan:
    posts: int
    wards: int = 5_000
    councils: int = 400
    blogs: int = 500
    seed: int = 11


def election_pages(plan: Plan) -> Iterator[Page]:
    """`plan.posts` posts over `plan.wards` wards, on pages of 20 across `plan.blogs` live pages."""
    rng = random.Random(plan.seed)
    wards = gazetteer(rng, plan.wards, plan.councils)
    pages = -(-plan.posts // POSTS_PER_PAGE)
    per_blog = max(1, -(-pages // plan.blogs))
    start = datetime(2021, 5, 7, 23, 0, tzinfo=UTC)
    made = 0
    for n in range(pages):
        blog, number = divmod(n, per_blog)
        url = f"https://www.bbc.co.uk/news/live/uk-england-region-{10_000_000 + blog}?page={number + 1}"
        page = Page(url=url, layout="bbc-webcore", title=f"Local elections: region {blog}",
                    fetched_at=start + timedelta(days=1), page=PageInfo(number + 1, per_blog))  # fmt: skip
        for i in range(min(POSTS_PER_PAGE, plan.posts - made)):
            ward = wards[(made + i) % len(wards)] if rng.random() < 0.9 else rng.choice(wards)
            gen = make_post(rng, [ward], start - timedelta(minutes=number * 40 + i * 2), url)
            page.posts.append(to_post(gen))
        made += len(page.posts)
        yield page


def ward_names(plan: Plan) -> list[Ward]:
    return gazetteer(random.Random(plan.seed), plan.wards, plan.councils)


def schema_key() -> str:
    """A hash of the archive's source: a cached archive is rebuilt whenever the archive code changes."""
    root = Path(__file__).resolve().parent.parent / "archive"
    digest = hashlib.sha1(GENERATOR_VERSION.encode())
    for path in sorted(root.glob("*.py")):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def ingest_pages(db: str, pages: list[Page]) -> float:
    """Seconds to ingest `pages` into the archive at `db`, one transaction per page (Archive.ingest)."""
    from archive import Archive  # type: ignore[attr-defined]

    with Archive(db) as archive:
        start = time.perf_counter()
        for page in pages:
            archive.ingest(page)
        return time.perf_counter() - start


def build_archive(plan: Plan, *, fresh: bool = False) -> tuple[Path, float | None]:
    """The cached archive file for `plan` (built if missing) and the seconds the build took (None if cached)."""
    CACHE.mkdir(exist_ok=True)
    path = CACHE / f"archive-{plan.posts}-{schema_key()}.sqlite"
    if path.exists() and not fresh:
        return path, None
    for old in CACHE.glob(f"archive-{plan.posts}-*.sqlite*"):
        old.unlink()
    start = time.perf_counter()
    from archive import Archive  # type: ignore[attr-defined]

    with Archive(str(path)) as archive:
        for page in election_pages(plan):
            archive.ingest(page)
    return path, time.perf_counter() - start
