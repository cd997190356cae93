"""Storing a post's election facts (``post.entities``, CONTRACT shape) as rows: one place, set-at-a-time.

``write_facts`` names every council, ward, party and candidate the posts refer to (inserting the ones not
yet known, a few statements per page, not per fact), then writes results, seat totals, majorities,
changes, other facts (any other kind: control, recounts, …) and mentions with ``executemany``. The rows are
built as tuples in one pass over the facts, each name held as a reference (kind, key) that is swapped for
its id once the page's names are resolved; a spelling's key is computed once per archive (``IdCache.keys``). A post
whose facts are rewritten has its old fact rows deleted first, in the caller's transaction, so a better
extractor replaces a post's facts whole.

A fact that names a ward without a council takes the council the same post gives that ward in its
``wards`` list; otherwise the ward stays unattached (``council_id`` NULL) rather than guessed. Each fact may
carry ``span`` (``[start, end]`` or ``{"start", "end"}``) and ``evidence`` (or ``text``): both are kept.
Fields the archive has no column for are kept as JSON in ``extra``.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, delete

from archive.db import chunks, insert_rows, new_ids, select_in, table_of
from archive.models import (
    FACT_TABLES,
    Candidate,
    Change,
    Council,
    Majority,
    Mention,
    OtherFact,
    Party,
    Result,
    SeatTotal,
    Ward,
)
from archive.names import council_key, name_key, ward_key

Facts = dict[str, list[dict[str, Any]]]
Ref = tuple[str, Any]  # (entity kind, name key): a council, party or candidate key, or a ward's (council key, key)
Evidence = tuple[int | None, int | None, str | None]  # span_start, span_end, evidence
_EVIDENCE_FIELDS = frozenset({"span", "evidence", "text"})
_NAMED_KINDS = frozenset({"councils", "wards", "parties"})
_EVIDENCE_COLUMNS = ("post_pk", "span_start", "span_end", "evidence", "extra")


# ``json.dumps(entities, sort_keys=True, ensure_ascii=False)`` without building an encoder per call.
_CANONICAL = json.JSONEncoder(sort_keys=True, ensure_ascii=False)


def facts_hash(entities: Facts) -> str:
    return hashlib.sha1(_CANONICAL.encode(entities).encode()).hexdigest()


def _text(value: Any) -> str | None:
    return (value.strip() or None) if isinstance(value, str) else None


def _int(value: Any) -> int | None:
    if type(value) is int:  # the common case, decided without two isinstance calls
        return value
    return value if isinstance(value, int) and not isinstance(value, bool) else None


_NO_EVIDENCE: Evidence = (None, None, None)


def evidence(fact: dict[str, Any]) -> Evidence:
    """span_start, span_end and evidence of a fact, from whichever shape the extractor gave."""
    span = fact.get("span")
    found = fact.get("evidence")
    text = fact.get("text")
    if span is None and found is None and text is None:
        return _NO_EVIDENCE
    start = end = None
    if span is None:
        pass
    elif isinstance(span, (list, tuple)) and len(span) == 2:  # noqa: UP038  (a tuple is faster than a union)
        start, end = _int(span[0]), _int(span[1])
    elif isinstance(span, dict):
        start, end = _int(span.get("start")), _int(span.get("end"))
    return start, end, (found is not None and _text(found)) or _text(text)


@dataclass(frozen=True)
class FactKind:
    """How one list of facts becomes rows: its table, the columns naming entities (column -> (entity kind,
    field of the fact that names it)), the value columns and how to read them, the fields it knows."""

    model: Any
    refs: dict[str, tuple[str, str]]
    values: tuple[str, ...]
    read: Callable[[dict[str, Any]], tuple[Any, ...]]
    known: frozenset[str]
    lookups: tuple[tuple[str, str, bool], ...]  # (entity kind, field, is the fact about it) per ref column

    @property
    def columns(self) -> tuple[str, ...]:
        return (*_EVIDENCE_COLUMNS, *self.refs, *self.values)

    def extra(self, fact: dict[str, Any]) -> str | None:
        """The fields without a column, as JSON (None when there are none)."""
        if self.known.issuperset(fact):
            return None
        rest = {k: v for k, v in fact.items() if k not in self.known}
        return json.dumps(rest, ensure_ascii=False, sort_keys=True)


def _kind(model: Any, refs: dict[str, tuple[str, str]], values: tuple[str, ...], read: Any, *fields: str) -> FactKind:
    """A result is about its candidate (a primary mention); every other reference is secondary."""
    known = frozenset({*(source for _, source in refs.values()), *fields}) | _EVIDENCE_FIELDS
    lookups = tuple(
        (entity, source, model is Result and column == "candidate_id") for column, (entity, source) in refs.items()
    )
    return FactKind(model, refs, values, read, known, lookups)


def _share(value: Any) -> float | int | None:
    return value if isinstance(value, int | float) else None


KINDS: dict[str, FactKind] = {
    "candidates": _kind(
        Result,
        {"candidate_id": ("candidate", "name"), "ward_id": ("ward", "ward"), "party_id": ("party", "party")},
        ("votes", "share", "elected"),
        lambda f: (
            _int(f.get("votes")),
            _share(f.get("share")),
            e if isinstance(e := f.get("elected"), bool) else None,
        ),
        "share",
        "votes",
        "elected",
        "council",
    ),
    "seat_totals": _kind(
        SeatTotal,
        {"council_id": ("council", "council"), "party_id": ("party", "party")},
        ("seats", "of_seats"),
        lambda f: (_int(f.get("seats")), _int(f.get("of"))),
        "seats",
        "of",
    ),
    "majorities": _kind(
        Majority,
        {"ward_id": ("ward", "ward"), "party_id": ("party", "party"), "candidate_id": ("candidate", "candidate")},
        ("votes",),
        lambda f: (_int(f.get("votes")),),
        "votes",
        "council",
    ),
    "changes": _kind(
        Change,
        {
            "ward_id": ("ward", "ward"),
            "council_id": ("council", "council"),
            "party_id": ("party", "party"),
            "from_party_id": ("party", "from_party"),
        },
        ("type",),
        lambda f: (_text(f.get("type")) or "change",),
        "type",
    ),
}
# A fact of any other kind: the names it may refer to; its kind goes in ``fact``.
_OTHER_REFS = {
    "council_id": ("council", "council"),
    "ward_id": ("ward", "ward"),
    "party_id": ("party", "party"),
    "candidate_id": ("candidate", "candidate"),
}
OTHER = _kind(OtherFact, _OTHER_REFS, ("fact",), lambda _f: ())  # ``fact`` is the kind, added by ``collect``
MENTION_COLUMNS = ("post_pk", "entity_type", "entity_id", "fact", "span_start", "span_end", "evidence")


def extra(kind: str, fact: dict[str, Any]) -> str | None:
    return KINDS.get(kind, OTHER).extra(fact)


WARDS = table_of(Ward)
_KEY_OF: dict[str, Callable[[str], str]] = {
    "council": council_key,
    "party": name_key,
    "candidate": name_key,
    "ward": ward_key,
}


@dataclass
class IdCache:
    """Ids of councils, wards, parties and candidates already in the archive, kept between pages.

    Those rows are never deleted, so an id once committed stays right. Ids learnt inside a transaction
    are ``pending`` until it commits (``commit``) and forgotten if it rolls back (``rollback``). ``keys``
    and ``refs`` remember the key of each spelling met (a pure function of it, so right whatever happens).
    """

    committed: dict[Ref, int] = field(default_factory=dict)
    pending: dict[Ref, int] = field(default_factory=dict)
    keys: dict[tuple[str, str], str | None] = field(default_factory=dict)  # (kind, spelling) -> key
    refs: dict[tuple[str, str], Ref | None] = field(default_factory=dict)  # (kind, spelling) -> (kind, key)

    def get(self, key: Ref) -> int | None:
        return self.committed.get(key) or self.pending.get(key)

    def commit(self) -> None:
        self.committed.update(self.pending)
        self.pending.clear()

    def rollback(self) -> None:
        self.pending.clear()


@dataclass
class Names:
    """The entities a batch of posts names (kind -> key -> first spelling seen), then their ids."""

    named: dict[str, dict[str, str]] = field(default_factory=lambda: {k: {} for k in ("council", "party", "candidate")})
    wards: dict[tuple[str | None, str], str] = field(default_factory=dict)  # (council key, ward key) -> name
    ids: dict[Ref, int] = field(default_factory=dict)
    cache: IdCache = field(default_factory=IdCache)
    noted: set[Ref] = field(default_factory=set)  # the refs in ``named``

    def key(self, kind: str, name: Any) -> str | None:
        """The key of a spelling (computed once per archive)."""
        if not isinstance(name, str):
            return None
        memo = self.cache.keys
        try:
            return memo[(kind, name)]
        except KeyError:
            text = name.strip()
            key = memo[(kind, name)] = (_KEY_OF[kind](text) if text else "") or None
            return key

    def ref(self, kind: str, name: Any) -> Ref | None:
        """A council, party or candidate: its reference, the name noted for ``resolve``."""
        if not isinstance(name, str):
            return None
        try:
            ref = self.cache.refs[(kind, name)]
        except KeyError:
            key = self.key(kind, name)
            ref = self.cache.refs[(kind, name)] = None if key is None else (kind, key)
        if ref is not None and ref not in self.noted:
            self.noted.add(ref)
            self.named[kind][ref[1]] = name.strip()
        return ref

    def council(self, name: Any) -> str | None:
        ref = self.ref("council", name)
        return None if ref is None else ref[1]

    def ward(self, name: Any, council: Any, local: dict[str, str]) -> Ref | None:
        key = self.key("ward", name)
        if key is None:
            return None
        ward = (self.council(council) or local.get(key), key)
        if ward not in self.wards:
            self.wards[ward] = name.strip()
        return ("ward", ward)

    def id(self, kind: str, key: Any) -> int | None:
        return None if key is None else self.ids.get((kind, key))


def _ensure_keyed(conn: Connection, model: Any, kind: str, names: Names) -> None:
    wanted = {k: v for k, v in names.named[kind].items() if not _cached(names, (kind, k))}

    def lookup(keys: list[str]) -> None:
        for ident, key in select_in(conn, table_of(model), ("id", "key"), "key", keys):
            names.ids[(kind, key)] = ident

    lookup(sorted(wanted))
    missing = [(k, wanted[k]) for k in sorted(wanted) if (kind, k) not in names.ids]
    if missing and not _insert_names(conn, model, ("key", "name"), missing, [(kind, k) for k, _ in missing], names):
        lookup([k for k, _ in missing])


def _insert_names(
    conn: Connection, model: Any, columns: tuple[str, ...], rows: list[tuple[Any, ...]], refs: list[Ref], names: Names
) -> bool:
    """Insert names not in the archive yet; whether their ids are known now (on SQLite, given up front)."""
    table = table_of(model)
    ids = new_ids(conn, table, len(rows))
    if ids is None:
        insert_rows(conn, table, columns, rows)
        return False
    insert_rows(conn, table, ("id", *columns), [(ident, *row) for ident, row in zip(ids, rows, strict=True)])
    names.ids.update(zip(refs, ids, strict=True))
    return True


def _cached(names: Names, key: Ref) -> bool:
    ident = names.cache.get(key)
    if ident is not None:
        names.ids[key] = ident
    return ident is not None


def _ensure_wards(conn: Connection, names: Names) -> None:
    wanted = {
        (names.id("council", ck), wk): (ck, wk) for ck, wk in names.wards if not _cached(names, ("ward", (ck, wk)))
    }

    def lookup() -> None:
        keys = sorted({wk for _, wk in wanted})
        for wid, cid, wk in select_in(conn, WARDS, ("id", "council_id", "key"), "key", keys):
            if (cid, wk) in wanted:
                names.ids[("ward", wanted[(cid, wk)])] = wid

    lookup()
    new = [(cid, wk, ref) for (cid, wk), ref in sorted(wanted.items(), key=lambda item: item[1][1])]
    new = [(cid, wk, ref) for cid, wk, ref in new if ("ward", ref) not in names.ids]
    rows = [(cid, wk, names.wards[ref]) for cid, wk, ref in new]
    if rows and not _insert_names(
        conn, Ward, ("council_id", "key", "name"), rows, [("ward", r) for *_, r in new], names
    ):
        lookup()


def resolve(conn: Connection, names: Names) -> None:
    """Fill ``names.ids``: from the cache, else the archive, inserting the names it does not hold yet."""
    for kind, model in (("council", Council), ("party", Party), ("candidate", Candidate)):
        _ensure_keyed(conn, model, kind, names)
    _ensure_wards(conn, names)
    names.cache.pending.update(names.ids)


def facts_of(entities: Facts, kind: str) -> list[dict[str, Any]]:
    """The facts of one kind, ignoring anything that is not a fact object."""
    found = entities.get(kind)
    if not found or not isinstance(found, list):
        return []
    return [f for f in found if isinstance(f, dict)]


# A mention before its id is known: (entity reference, fact list, evidence).
_Mention = tuple[Ref, str, Evidence]


@dataclass
class Rows:
    """The rows of a batch of posts per table (lists in the table's column order, names still references)."""

    facts: dict[str, list[list[Any]]] = field(default_factory=dict)  # fact kind (or "other") -> rows
    mentions: list[list[Any]] = field(default_factory=list)


def _mentions(post_pk: int, primary: list[_Mention], secondary: list[_Mention], out: list[list[Any]]) -> None:
    """A mention is primary when the fact is about that entity (a ``wards`` item and its ward), with the
    fact's span; an entity only referred to by another fact (a result's party) is mentioned once."""
    seen: set[tuple[Ref, int | None, int | None]] = set()
    mentioned: set[Ref] = set()
    for ref, fact, (start, end, text) in primary:
        if (ref, start, end) not in seen:
            seen.add((ref, start, end))
            mentioned.add(ref)
            out.append([post_pk, ref[0], ref, fact, start, end, text])
    for ref, fact, (start, end, text) in secondary:
        if ref not in mentioned:
            mentioned.add(ref)
            out.append([post_pk, ref[0], ref, fact, start, end, text])


def collect(post_pk: int, entities: Facts, names: Names, rows: Rows) -> None:
    """Add one post's facts and mentions to ``rows``, every name as a reference into ``names``."""
    primary: list[_Mention] = []
    secondary: list[_Mention] = []
    wards = facts_of(entities, "wards")
    local = {
        wk: ck for w in wards if (wk := names.key("ward", w.get("name"))) and (ck := names.council(w.get("council")))
    }
    for kind, entity in (("councils", "council"), ("parties", "party")):
        for fact in facts_of(entities, kind):
            if (ref := names.ref(entity, fact.get("name"))) is not None:
                primary.append((ref, kind, evidence(fact)))
    for fact in wards:
        ev = evidence(fact)
        if (ref := names.ward(fact.get("name"), fact.get("council"), local)) is not None:
            primary.append((ref, "wards", ev))
        if (ref := names.ref("council", fact.get("council"))) is not None:
            secondary.append((ref, "wards", ev))
    others = sorted(k for k in entities if k not in KINDS and k not in _NAMED_KINDS)
    for kind in (*KINDS, *others):
        spec = KINDS.get(kind, OTHER)
        tail = () if kind in KINDS else (kind,)
        out = rows.facts.setdefault(kind if kind in KINDS else "other", [])
        for fact in facts_of(entities, kind):
            ev = evidence(fact)
            row: list[Any] = [post_pk, *ev, spec.extra(fact)]
            for entity, source, main in spec.lookups:
                name = fact.get(source)
                ref = names.ward(name, fact.get("council"), local) if entity == "ward" else names.ref(entity, name)
                row.append(ref)
                if ref is not None:
                    (primary if main else secondary).append((ref, kind, ev))
            if kind != "candidates" or row[5] is not None:  # a result needs its candidate
                row.extend(spec.read(fact))
                row.extend(tail)
                out.append(row)
    _mentions(post_pk, primary, secondary, rows.mentions)


def _resolved(rows: list[list[Any]], positions: range, ids: dict[Ref, int]) -> list[tuple[Any, ...]]:
    for row in rows:
        for i in positions:
            if (ref := row[i]) is not None:
                row[i] = ids.get(ref)
    return [tuple(row) for row in rows]


def delete_facts(conn: Connection, post_pks: Sequence[int]) -> None:
    for model in FACT_TABLES:
        table = table_of(model)
        for part in chunks(list(post_pks)):
            conn.execute(delete(table).where(table.c.post_pk.in_(part)))


def write_facts(
    conn: Connection,
    items: Sequence[tuple[int, Facts]],
    *,
    replace: Sequence[int] = (),
    cache: IdCache | None = None,
) -> None:
    """Write the facts of ``(post_pk, entities)`` pairs; the posts in ``replace`` lose their old facts first."""
    if replace:
        delete_facts(conn, replace)
    names = Names(cache=cache if cache is not None else IdCache())
    rows = Rows()
    for pk, entities in items:
        collect(pk, entities, names, rows)
    resolve(conn, names)
    for kind, kind_rows in rows.facts.items():
        spec = KINDS.get(kind, OTHER)
        resolved = _resolved(kind_rows, range(5, 5 + len(spec.refs)), names.ids)
        insert_rows(conn, table_of(spec.model), spec.columns, resolved)
    insert_rows(conn, table_of(Mention), MENTION_COLUMNS, _resolved(rows.mentions, range(2, 3), names.ids))
