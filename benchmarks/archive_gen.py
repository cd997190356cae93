"""Election archives of any size: generated pages of posts whose facts are known, stored through the archive.

`election_pages` yields `scraper.models.Page`s (20 posts a page, as BBC serves them) with `entities`
already filled from the generator's truth, so ingest and query benchmarks measure the archive alone.

`build_archive` makes a large archive in two steps, so 1,000,000 posts take minutes, not an hour:
1. a seed of `posts / copies` posts covering every ward goes in through `archive.Archive.ingest` (so every
   row, name table, mention and FTS entry is exactly what the archive itself writes);
2. bulk SQL then copies the seed's posts `copies - 1` times inside SQLite (`INSERT … SELECT`), through the
   archive's own tables: found by introspection (the tables with a foreign key to `posts`, the text columns
   of `posts`' unique keys, which get a `~k` suffix), so it follows the schema as it changes. The archive's
   own FTS triggers index the copies.
The file is cached under benchmarks/.cache, keyed by a hash of the archive's source.
"""

from __future__ import annotations

import hashlib
import random
import sqlite3
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
    import archive

    root = Path(archive.__file__).resolve().parent
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


def _columns(con: sqlite3.Connection, table: str) -> list[tuple[str, bool]]:
    """(name, is the integer primary key) for each column of `table`."""
    return [(row[1], bool(row[5])) for row in con.execute(f'PRAGMA table_info("{table}")')]


def _post_children(con: sqlite3.Connection) -> dict[str, str]:
    """Each table with a foreign key to posts, and that key's column."""
    query = ("SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' "
             "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%fts%'")  # fmt: skip
    tables = [r[0] for r in con.execute(query)]
    out = {}
    for table in tables:
        for fk in con.execute(f'PRAGMA foreign_key_list("{table}")'):
            if fk[2] == "posts":
                out[table] = fk[3]
    return out


def _unique_text_columns(con: sqlite3.Connection) -> set[str]:
    """Text columns of posts' unique keys (e.g. post_id): a copy gets a suffix there to stay unique."""
    types = {row[1]: (row[2] or "").upper() for row in con.execute('PRAGMA table_info("posts")')}
    out: set[str] = set()
    for index in con.execute('PRAGMA index_list("posts")'):
        if index[2]:  # unique
            out |= {r[2] for r in con.execute(f'PRAGMA index_info("{index[1]}")') if "CHAR" in types.get(r[2], "")
                    or "TEXT" in types.get(r[2], "")}  # fmt: skip
    return out


def clone_posts(path: Path, copies: int) -> None:
    """Copy every post (and every row that hangs off a post) `copies - 1` times, by bulk SQL."""
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("PRAGMA synchronous=OFF")
    seed_max = con.execute("SELECT max(id) FROM posts").fetchone()[0] or 0
    posts_cols = _columns(con, "posts")
    suffixed = _unique_text_columns(con)
    children = {t: (fk, _columns(con, t)) for t, fk in _post_children(con).items()}
    for k in range(1, copies):
        shift = k * seed_max
        select = ", ".join(f"{n} + {shift}" if pk else f"{n} || '~{k}'" if n in suffixed else n for n, pk in posts_cols)
        con.execute("BEGIN")
        con.execute(f"INSERT INTO posts ({', '.join(n for n, _ in posts_cols)}) SELECT {select} FROM posts "
                    f"WHERE id <= {seed_max}")  # fmt: skip
        for table, (fk, cols) in children.items():
            kept = [n for n, pk in cols if not pk]
            picked = ", ".join(f"{n} + {shift}" if n == fk else n for n in kept)
            con.execute(f'INSERT INTO "{table}" ({", ".join(kept)}) SELECT {picked} FROM "{table}" '
                        f"WHERE {fk} <= {seed_max}")  # fmt: skip
        con.execute("COMMIT")
    con.execute("PRAGMA optimize")
    con.close()


def build_archive(plan: Plan, *, copies: int = 50, cache: Path = CACHE) -> tuple[Path, float | None]:
    """The archive file for `plan` in `cache` (built if missing) and the seconds the build took (None if cached)."""
    cache.mkdir(exist_ok=True)
    path = cache / f"archive-{plan.posts}-{schema_key()}.sqlite"
    if path.exists():
        return path, None
    for old in cache.glob(f"archive-{plan.posts}-*.sqlite*"):
        old.unlink()
    start = time.perf_counter()
    from archive import Archive  # type: ignore[attr-defined]

    copies = max(1, min(copies, plan.posts // max(plan.wards * 4, 1)))  # the seed: >= 4 posts a ward
    seed = Plan(plan.posts // copies, plan.wards, plan.councils, plan.blogs, plan.seed)
    with Archive(str(path)) as archive:
        for page in election_pages(seed):
            archive.ingest(page)
    clone_posts(path, copies)
    return path, time.perf_counter() - start
