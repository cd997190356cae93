"""The archive's questions: posts by ward/council/candidate/party/time/live page, results, full-text search.

Each returns a list of plain dicts — the rows the CLI prints and the export writes. Names are matched by
key (``archive.names``): ``--ward "darley ward"`` finds Darley. A ward name that two councils share is
ambiguous: the answer is a UsageError listing the choices, unless ``council`` narrows it.

Search uses FTS5 where the archive has it: the query is first read as FTS5 syntax (``recount OR
majority``, ``title:oadby``, ``gain*``); when that is not valid FTS5, each word is searched as a plain
phrase, so hostile strings (quotes, ``%``, ``--``, ``AND OR``) find what they can and never reach the user
as an SQL error. Matches come most recently archived first, which lets FTS5 stop at the limit (a
bm25 ranking would score every match: ~0.4 s for a common word at 200,000 posts). Without FTS5
(another database), every word must appear in the title or body (LIKE, with ``%`` and ``_`` escaped).
"""

from __future__ import annotations

import difflib
import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import datetime
from functools import cache
from typing import Any

from sqlalchemy import Connection, Integer, Select, Text, and_, bindparam, or_, select, text, type_coerce
from sqlalchemy.exc import OperationalError

from archive.db import has_fts, table_of
from archive.models import Candidate, Council, LivePage, Mention, Party, Post, Result, Ward
from archive.names import blog_url, council_key, keys, name_key, ward_key, welsh_council_area
from archive.store import from_db, to_db
from scraper.errors import UsageError
from scraper.models import iso_utc
from scraper.times import parse_iso

POSTS, LIVE_PAGES, MENTIONS = table_of(Post), table_of(LivePage), table_of(Mention)
WARDS, COUNCILS, PARTIES, CANDIDATES, RESULTS = (table_of(m) for m in (Ward, Council, Party, Candidate, Result))
POST_COLUMNS = (
    "post_id", "url", "title", "published_at", "published_text", "updated_at", "author", "role", "kind",
    "is_breaking", "body_text", "embeds", "images", "links", "revision", "first_seen", "last_seen", "deleted_at",
)  # fmt: skip
RESULT_COLUMNS = (
    "council", "ward", "candidate", "party", "votes", "share", "elected", "post_id", "post_title", "published_at",
    "live_page", "evidence",
)  # fmt: skip
# The columns of each kind of row, in order (CSV headers even when there are no rows).
ROW_COLUMNS = {"posts": ("live_page", *POST_COLUMNS), "results": RESULT_COLUMNS}
_TIMES = {"published_at", "updated_at", "first_seen", "last_seen", "deleted_at"}
_JSON = {"embeds", "images", "links"}
_NO_TIME = object()  # a post's time not formatted yet (in `_ward_results`)


@dataclass(frozen=True, slots=True, kw_only=True)
class PostFilter:
    """What `posts` asks for; every field None means every post."""

    ward: str | None = None
    council: str | None = None
    candidate: str | None = None
    party: str | None = None
    since: datetime | str | None = None
    until: datetime | str | None = None
    blog: str | None = None
    limit: int | None = None


def as_time(value: datetime | str | None, name: str) -> datetime | None:
    if value is None or isinstance(value, datetime):
        return to_db(value)
    parsed = parse_iso(value)
    if parsed is None:
        raise UsageError(f"{name} must be an ISO 8601 time such as 2021-05-07T20:00:00Z, not {value!r}")
    return to_db(parsed)


def _iso(value: Any) -> str | None:
    """A stored time as ISO 8601 UTC ``…Z``: SQLite's text ``YYYY-MM-DD HH:MM:SS.ffffff`` (always UTC here)
    is sliced, which is what keeps a query of hundreds of rows fast; a datetime (other databases) formatted."""
    if value is None:  # most posts were never updated nor deleted
        return None
    if isinstance(value, str):
        return f"{value[:10]}T{value[11:19]}Z"
    return iso_utc(from_db(value))


def _json_list(value: str | None) -> list[Any]:
    return [] if not value or value == "[]" else list(json.loads(value))


def _bool(value: Any) -> bool | None:
    return None if value is None else bool(value)


_CONVERT: dict[str, Callable[[Any], Any]] = {
    **dict.fromkeys(_TIMES, _iso),
    **dict.fromkeys(_JSON, _json_list),
    "is_breaking": _bool,
    "elected": _bool,
}


def _time(column: Any, conn: Connection) -> Any:
    """A time column as stored text on SQLite (sliced by ``_iso``), as a datetime elsewhere."""
    return type_coerce(column, Text).label(column.key) if conn.dialect.name == "sqlite" else column


def _dicts(keys: list[str], rows: Iterable[Any], *, skip: str | None = None) -> list[dict[str, Any]]:
    """Rows as the plain dicts the CLI prints: ISO times, JSON lists decoded, booleans as booleans.

    Converted a column at a time over all the rows (half the cost of converting each row's columns in turn).
    """
    out = [dict(zip(keys, values, strict=True)) for values in rows]
    for key in keys:
        if (fn := _CONVERT.get(key)) is not None:
            for row in out:
                row[key] = fn(row[key])
    if skip is not None:
        for row in out:
            del row[skip]
    return out


def _statement(conn: Connection, name: str, build: Callable[[], Any]) -> Any:
    """A query built once per database connection (in ``Connection.info``, as archive.db caches its inserts):
    building a many-table select costs SQLAlchemy more than running it. Values come as bind parameters."""
    cache: dict[str, Any] = conn.info.setdefault("liveblog_queries", {})
    if name not in cache:
        cache[name] = build()
    return cache[name]


def _rows(conn: Connection, query: Any, params: dict[str, Any] | None = None) -> tuple[list[str], list[Any]]:
    """The column keys and the rows of a query.

    On SQLite the rows are the DB-API's own tuples (every column asked for here is text, a number or NULL
    there, and `_dicts` converts the rest): building SQLAlchemy Row objects cost more than the query itself
    for a few hundred rows (``results(ward=…)`` at a million posts).
    """
    result = conn.execute(query, params or {})
    keys = list(result.keys())
    if conn.dialect.name != "sqlite":
        return keys, list(result.all())
    try:
        return keys, list(result.cursor.fetchall())
    finally:
        result.close()


def _both(param: str) -> list[Any]:
    """The two bind parameters of `_keys`' keys (one statement whether the name has accents or not)."""
    return [bindparam(param), bindparam(param + "_accented")]


def _keys(param: str, key_of: Callable[..., str], name: str) -> dict[str, str]:
    """The values of `_both`'s parameters: the name's key, and its key with accents (an archive before schema
    version 3, read as it is, holds those: `archive.names.keys`); the same key twice for a name without accents."""
    found = keys(key_of, name)
    return {param: found[0], param + "_accented": found[-1]}


def known_council(conn: Connection, council: str) -> str:
    """``council`` as the archive may know it: a Welsh name ("Cyngor Sir Ynys Môn", "Cyngor Gwynedd") or a bare area
    ("Anglesey") the archive has no council of that key for becomes the council the fact extractor names for that
    area (Isle of Anglesey County Council, Gwynedd Council); any other name is left as given."""
    alias = council_alias(council)
    if alias is None or council_ids(conn, council):
        return council
    return alias


def council_alias(council: str) -> str | None:
    """The council's name in English, from the extractor's gazetteer of areas (`AREA_COUNCIL`), for a name in the
    Welsh form ``Cyngor [Sir|Bwrdeistref Sirol|Dinas a Sir] <area>`` or a bare area; None for any other name."""
    key = name_key(council)
    area = welsh_council_area(key)
    return _area_councils().get(area or key) or (area.title() if area else None)


@cache
def _area_councils() -> dict[str, str]:
    from scraper.entities.lexicon import AREA_COUNCIL  # loaded only for a council filter

    return {name_key(area): council for area, council in AREA_COUNCIL.items()}


def council_ids(conn: Connection, council: str) -> list[int]:
    return list(conn.execute(select(COUNCILS.c.id).where(COUNCILS.c.key.in_(keys(council_key, council)))).scalars())


def ward_ids(conn: Connection, ward: str, council: str | None = None) -> list[int]:
    """The wards a name means; UsageError listing them when they lie in more than one council."""
    return [row.id for row in _wards(conn, ward, council)]


def _wards(conn: Connection, ward: str, council: str | None) -> list[Any]:
    """`ward_ids`' wards as rows: id, name, council_id and council (the council's name)."""

    def build() -> Any:
        query = (
            select(WARDS.c.id, WARDS.c.name, WARDS.c.council_id, COUNCILS.c.name.label("council"))
            .outerjoin(COUNCILS, COUNCILS.c.id == WARDS.c.council_id)
            .where(WARDS.c.key.in_(_both("ward")))
        )
        return query if council is None else query.where(COUNCILS.c.key.in_(_both("council")))

    query = _statement(conn, "ward_ids" if council is None else "ward_ids_in_council", build)
    params = _keys("ward", ward_key, ward) | ({} if council is None else _keys("council", council_key, council))
    rows = list(conn.execute(query, params).all())
    councils = sorted({row.council for row in rows if row.council_id is not None})
    if len(councils) > 1:
        choices = "; ".join(f"{ward} ({name})" for name in councils)
        raise UsageError(f"ward {ward!r} is in more than one council: {choices}. Narrow it with --council")
    return rows


def unknown_names(conn: Connection, **names: str | None) -> list[str]:
    """For each of ``ward``, ``council``, ``candidate``, ``party`` (and ``blog``, a live page's address) given that
    no row of the archive has (by key), a line saying so, with the closest names it does have: what the CLI says
    when a query comes back empty."""
    tables = {"ward": (WARDS, ward_key), "council": (COUNCILS, council_key)}
    tables |= {"candidate": (CANDIDATES, name_key), "party": (PARTIES, name_key)}
    notes = []
    for kind, given in names.items():
        if given is None or kind not in tables:
            continue
        table, key_of = tables[kind]
        name = known_council(conn, given) if kind == "council" else given
        known = {key: name for key, name in conn.execute(select(table.c.key, table.c.name).distinct())}
        if any(key in known for key in keys(key_of, name)) or (
            kind == "party" and name_key(party_alias(given) or "") in known
        ):
            continue
        close = difflib.get_close_matches(key_of(name), list(known), n=3, cutoff=0.7)
        hint = f" (did you mean {' or '.join(repr(known[key]) for key in close)}?)" if close else ""
        notes.append(f"no {kind} named {given!r} in the archive{hint}")
    blog = names.get("blog")
    if blog is not None:
        known_blogs = list(conn.execute(select(LIVE_PAGES.c.url)).scalars())
        if blog_url(blog) not in known_blogs:
            close = difflib.get_close_matches(blog_url(blog), known_blogs, n=3, cutoff=0.7)
            hint = f" (did you mean {' or '.join(close)}?)" if close else ""
            notes.append(f"no live page {blog!r} in the archive{hint}")
    return notes


def _mentioning(entity: str, param: str) -> Any:
    """Posts that mention an entity of this type whose id is in the list bound to ``param``."""
    ids: Any = bindparam(param, expanding=True)
    inner = select(MENTIONS.c.post_pk).where(MENTIONS.c.entity_type == entity, MENTIONS.c.entity_id.in_(ids))
    return POSTS.c.id.in_(inner)


def _keyed_ids(conn: Connection, table: Any, name: str) -> list[int]:
    return list(conn.execute(select(table.c.id).where(table.c.key.in_(keys(name_key, name)))).scalars())


def party_ids(conn: Connection, party: str) -> list[int]:
    """The party of that name, or of the canonical name it is an alias of ('Tories', 'lib dems', 'Lab')."""
    ids = _keyed_ids(conn, PARTIES, party)
    canonical = party_alias(party) if not ids else None
    return _keyed_ids(conn, PARTIES, canonical) if canonical else ids


def party_alias(party: str) -> str | None:
    """The canonical party name ``party`` is an alias or an abbreviation of, as the fact extractor reads them, with
    the "the" and "Party" a researcher adds and the extractor reads past ("the Greens", "the Lib Dems", "Reform UK
    Party")."""
    aliases = _party_aliases()
    key = name_key(party)
    bare = key.removeprefix("the ")
    for variant in (key, bare, bare.removesuffix(" party")):
        if variant in aliases:
            return aliases[variant]
    return None


@cache
def _party_aliases() -> dict[str, str]:
    """Every alias, abbreviation and canonical name by its name key, built once (a query asks for it twice: the
    filter and the unknown-names check)."""
    from scraper.entities.lexicon import PARTY_ABBREV, PARTY_ALIAS  # loaded only for a name not in the archive

    pairs = (*PARTY_ALIAS.items(), *PARTY_ABBREV.items())
    return {name_key(name): name for _alias, name in pairs} | {name_key(alias): name for alias, name in pairs}


def _entity_params(conn: Connection, f: PostFilter) -> dict[str, Any]:
    """The ids of what posts must mention, by bind parameter (a name the archive does not know matches no post)."""
    params: dict[str, Any] = {}
    if f.ward is not None:
        params["ward_ids"] = ward_ids(conn, f.ward, f.council)
    elif f.council is not None:
        ids = council_ids(conn, f.council)
        params["council_ids"] = ids
        params["council_ward_ids"] = list(conn.execute(select(WARDS.c.id).where(WARDS.c.council_id.in_(ids))).scalars())
    if f.candidate is not None:
        params["candidate_ids"] = _keyed_ids(conn, CANDIDATES, f.candidate)
    if f.party is not None:
        params["party_ids"] = party_ids(conn, f.party)
    return params


def _post_condition(param: str) -> Any:
    """The condition of `posts` that takes the bind parameter ``param`` (None: it has none of its own)."""
    if param == "council_ids":
        return or_(_mentioning("council", param), _mentioning("ward", "council_ward_ids"))
    if param in ("ward_ids", "candidate_ids", "party_ids"):
        return _mentioning(param.removesuffix("_ids"), param)
    if param == "since":
        return POSTS.c.published_at >= bindparam(param)
    if param == "until":
        return POSTS.c.published_at <= bindparam(param)
    if param == "blog":
        return LIVE_PAGES.c.url == bindparam(param)
    return None  # council_ward_ids (in council_ids'), limit (the LIMIT)


def _fetch(conn: Connection, query: Any, params: dict[str, Any] | None = None) -> list[dict[str, Any]]:
    return _dicts(*_rows(conn, query, params))


def _post_select(conn: Connection) -> Select[Any]:
    columns = (_time(POSTS.c[c], conn) if c in _TIMES else POSTS.c[c] for c in POST_COLUMNS)
    return select(LIVE_PAGES.c.url.label("live_page"), *columns).join(
        LIVE_PAGES, LIVE_PAGES.c.id == POSTS.c.live_page_id
    )


def posts(conn: Connection, f: PostFilter) -> list[dict[str, Any]]:
    if f.council is not None:
        f = replace(f, council=known_council(conn, f.council))
    params = _entity_params(conn, f)
    if (since := as_time(f.since, "--since")) is not None:
        params["since"] = since
    if (until := as_time(f.until, "--until")) is not None:
        params["until"] = until
    if f.blog is not None:
        params["blog"] = blog_url(f.blog)
    if f.limit is not None:
        params["limit"] = f.limit
    shape = tuple(params)  # which filters are given: one statement, built once, for each combination

    def build() -> Any:
        conditions = [c for c in map(_post_condition, shape) if c is not None]
        query = _post_select(conn).where(*conditions).order_by(POSTS.c.published_at, POSTS.c.id)
        return query.limit(bindparam("limit", type_=Integer)) if "limit" in params else query

    return _fetch(conn, _statement(conn, "posts:" + ",".join(shape), build), params)


def iter_posts(conn: Connection, *, batch: int = 1000) -> Iterator[dict[str, Any]]:
    """Every post in archive order, fetched ``batch`` at a time (for exports of any size)."""
    last = 0
    while True:
        query = _post_select(conn).where(POSTS.c.id > last).order_by(POSTS.c.id).limit(batch)
        keys, rows = _rows(conn, query.add_columns(POSTS.c.id.label("_pk")))
        yield from _dicts(keys, rows, skip="_pk")
        if len(rows) < batch:
            return
        last = rows[-1][-1]


def _results_select(conn: Connection, *, place: bool = True) -> Select[Any]:
    """Results with their post; ``place=False``: without the council and ward columns (nor their joins)."""
    columns = (
        CANDIDATES.c.name.label("candidate"),
        PARTIES.c.name.label("party"),
        RESULTS.c.votes,
        RESULTS.c.share,
        RESULTS.c.elected,
        POSTS.c.post_id,
        POSTS.c.title.label("post_title"),
        _time(POSTS.c.published_at, conn),
        LIVE_PAGES.c.url.label("live_page"),
        RESULTS.c.evidence,
    )
    places = (COUNCILS.c.name.label("council"), WARDS.c.name.label("ward")) if place else ()
    query = (
        select(*places, *columns)
        .select_from(RESULTS)
        .join(CANDIDATES, CANDIDATES.c.id == RESULTS.c.candidate_id)
        .join(POSTS, POSTS.c.id == RESULTS.c.post_pk)
        .join(LIVE_PAGES, LIVE_PAGES.c.id == POSTS.c.live_page_id)
    )
    if place:
        query = query.outerjoin(WARDS, WARDS.c.id == RESULTS.c.ward_id).outerjoin(
            COUNCILS, COUNCILS.c.id == WARDS.c.council_id
        )
    return query.outerjoin(PARTIES, PARTIES.c.id == RESULTS.c.party_id)


def _results_query(conn: Connection, by: str) -> Any:
    """The results select filtered ``by`` "ward" (ids), "council" (key) or "all", in the order the CLI prints;
    "one_ward" (id): one ward's results without the council and ward (the same for every row, so not in the
    order either), read from ``ix_results_ward`` alone (see archive.models)."""

    def build() -> Any:
        if by == "one_ward":
            query = _results_select(conn, place=False).where(RESULTS.c.ward_id == bindparam("ward_id"))
            return query.order_by(RESULTS.c.votes.desc().nulls_last(), POSTS.c.published_at, RESULTS.c.id)
        query = _results_select(conn)
        if by == "ward":
            query = query.where(RESULTS.c.ward_id.in_(bindparam("ward_ids", expanding=True)))
        elif by == "council":
            query = query.where(COUNCILS.c.key.in_(_both("council")))
        return query.order_by(
            COUNCILS.c.name, WARDS.c.name, RESULTS.c.votes.desc().nulls_last(), POSTS.c.published_at, RESULTS.c.id
        )

    return _statement(conn, f"results_by_{by}", build)


def results(conn: Connection, *, ward: str | None = None, council: str | None = None) -> list[dict[str, Any]]:
    """Candidates' results with the post each came from, by council, ward, most votes first."""
    council = None if council is None else known_council(conn, council)
    if ward is not None:
        wards = _wards(conn, ward, council)
        if len(wards) == 1:
            return _ward_results(conn, wards[0])
        return _fetch(conn, _results_query(conn, "ward"), {"ward_ids": [w.id for w in wards]})
    if council is not None:
        return _fetch(conn, _results_query(conn, "council"), _keys("council", council_key, council))
    return _fetch(conn, _results_query(conn, "all"))


def _ward_results(conn: Connection, ward: Any) -> list[dict[str, Any]]:
    """One ward's results as `_dicts` makes them (RESULT_COLUMNS), its council and name from the ward's row
    (``_wards``), built in one pass: a post's time is formatted once for all its results."""
    _keys, rows = _rows(conn, _results_query(conn, "one_ward"), {"ward_id": ward.id})
    council, name = ward.council, ward.name
    times: dict[Any, Any] = {}
    out = []
    for candidate, party, votes, share, elected, post_id, post_title, published, live_page, evidence in rows:
        if (published_at := times.get(published, _NO_TIME)) is _NO_TIME:
            published_at = times[published] = _iso(published)
        out.append({
            "council": council, "ward": name, "candidate": candidate, "party": party, "votes": votes, "share": share,
            "elected": None if elected is None else bool(elected), "post_id": post_id, "post_title": post_title,
            "published_at": published_at, "live_page": live_page, "evidence": evidence,
        })  # fmt: skip
    return out


def fts_phrases(query: str) -> str:
    """Each whitespace-separated chunk that holds a word, as a quoted FTS5 phrase."""
    chunks = [c for c in query.split() if any(ch.isalnum() for ch in c)]
    return " ".join('"' + c.replace('"', '""') + '"' for c in chunks)


def _fts(conn: Connection, match: str, limit: int | None) -> list[dict[str, Any]]:
    # rowid order lets FTS5 stop after ``limit`` matches; ranking by bm25 would score every match first
    # (hundreds of ms for a common word at a million posts).
    inner = "SELECT rowid FROM posts_fts WHERE posts_fts MATCH :q ORDER BY rowid DESC"
    inner += " LIMIT :n" if limit is not None else ""
    hits = text(inner).columns(rowid=Integer).subquery("hits")
    query = _post_select(conn).join(hits, hits.c.rowid == POSTS.c.id).order_by(POSTS.c.id.desc())
    return _fetch(conn, query, {"q": match, "n": limit})


def _like(conn: Connection, words: list[str], limit: int | None) -> list[dict[str, Any]]:
    conds = []
    for word in words:
        pattern = "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        conds.append(or_(POSTS.c.title.ilike(pattern, escape="\\"), POSTS.c.body_text.ilike(pattern, escape="\\")))
    query = _post_select(conn).where(and_(*conds)).order_by(POSTS.c.id.desc()).limit(limit)
    return _fetch(conn, query)


def search(conn: Connection, query: str, *, limit: int | None = 100) -> list[dict[str, Any]]:
    """Posts whose title or body match ``query``, the most recently archived first."""
    phrases = fts_phrases(query)
    if not phrases:
        raise UsageError(f"search needs at least one word to look for, not {query!r}")
    if not has_fts(conn):
        return _like(conn, [c for c in query.split() if any(ch.isalnum() for ch in c)], limit)
    try:  # SQLite: a statement that fails to prepare leaves the transaction as it was
        return _fts(conn, query, limit)
    except OperationalError:  # not valid FTS5 syntax: search the words as phrases
        return _fts(conn, phrases, limit)
