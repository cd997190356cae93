"""Storing a post's election facts (``post.entities``, CONTRACT shape) as rows: one place, set-at-a-time.

``write_facts`` names every council, ward, party and candidate the posts refer to (inserting the ones not
yet known, a few statements per page, not per fact), then writes results, seat totals, majorities,
changes, other facts (any other kind: control, recounts, …) and mentions with ``executemany``. A post
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

from sqlalchemy import Connection, Table, bindparam, delete, select

from archive.db import bulk_insert, chunks, table_of
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
_EVIDENCE_FIELDS = ("span", "evidence", "text")
_KNOWN: dict[str, frozenset[str]] = {
    "candidates": frozenset({"name", "party", "votes", "share", "elected", "ward", "council"}),
    "seat_totals": frozenset({"council", "party", "seats", "of"}),
    "majorities": frozenset({"ward", "council", "party", "candidate", "votes"}),
    "changes": frozenset({"type", "party", "from_party", "ward", "council"}),
}
_NAMED_KINDS = frozenset({"councils", "wards", "parties"})
# A fact of any other kind: the names it may refer to.
_OTHER_REFS = {
    "council_id": ("council", "council"),
    "ward_id": ("ward", "ward"),
    "party_id": ("party", "party"),
    "candidate_id": ("candidate", "candidate"),
}
_OTHER_KNOWN = frozenset(source for _, source in _OTHER_REFS.values())


def facts_hash(entities: Facts) -> str:
    return hashlib.sha1(json.dumps(entities, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


def _text(value: Any) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None


def _int(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def evidence(fact: dict[str, Any]) -> dict[str, Any]:
    """span_start, span_end and evidence of a fact, from whichever shape the extractor gave."""
    span = fact.get("span")
    start = end = None
    if isinstance(span, list | tuple) and len(span) == 2:
        start, end = _int(span[0]), _int(span[1])
    elif isinstance(span, dict):
        start, end = _int(span.get("start")), _int(span.get("end"))
    return {"span_start": start, "span_end": end, "evidence": _text(fact.get("evidence")) or _text(fact.get("text"))}


def extra(kind: str, fact: dict[str, Any]) -> str | None:
    known = _KNOWN.get(kind, _OTHER_KNOWN)
    rest = {k: v for k, v in fact.items() if k not in known and k not in _EVIDENCE_FIELDS}
    return json.dumps(rest, ensure_ascii=False, sort_keys=True) if rest else None


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
    are ``pending`` until it commits (``commit``) and forgotten if it rolls back (``rollback``).
    """

    committed: dict[tuple[str, Any], int] = field(default_factory=dict)
    pending: dict[tuple[str, Any], int] = field(default_factory=dict)

    def get(self, key: tuple[str, Any]) -> int | None:
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
    ids: dict[tuple[str, Any], int] = field(default_factory=dict)
    cache: IdCache = field(default_factory=IdCache)
    _keys: dict[tuple[str, str], str | None] = field(default_factory=dict)  # (kind, spelling) -> key

    def key(self, kind: str, name: Any) -> str | None:
        """The key of a spelling (computed once per batch); a council, party or candidate is noted."""
        if not isinstance(name, str):
            return None
        try:
            return self._keys[(kind, name)]
        except KeyError:
            pass
        text = name.strip()
        key = (_KEY_OF[kind](text) if text else "") or None
        self._keys[(kind, name)] = key
        if key is not None and kind in self.named:
            self.named[kind].setdefault(key, text)
        return key

    def council(self, name: Any) -> str | None:
        return self.key("council", name)

    def party(self, name: Any) -> str | None:
        return self.key("party", name)

    def candidate(self, name: Any) -> str | None:
        return self.key("candidate", name)

    def ward(self, name: Any, council: Any, local: dict[str, str]) -> tuple[str | None, str] | None:
        key = self.key("ward", name)
        if key is None:
            return None
        ckey = self.council(council) or local.get(key)
        self.wards.setdefault((ckey, key), name.strip())
        return (ckey, key)

    def id(self, kind: str, key: Any) -> int | None:
        return None if key is None else self.ids.get((kind, key))


def _by_key(table: Table, *columns: str) -> Any:
    return select(*(table.c[c] for c in columns)).where(table.c.key.in_(bindparam("keys", expanding=True)))


# Lookups by name key, built once (immutable; SQLAlchemy caches their compiled form).
_KEYED = {model: _by_key(table_of(model), "id", "key") for model in (Council, Party, Candidate)}
_WARDS_BY_KEY = _by_key(table_of(Ward), "id", "council_id", "key")


def _ensure_keyed(conn: Connection, model: Any, kind: str, names: Names) -> None:
    wanted = {k: v for k, v in names.named[kind].items() if not _cached(names, (kind, k))}

    def lookup(keys: list[str]) -> None:
        for part in chunks(keys):
            for ident, key in conn.execute(_KEYED[model], {"keys": list(part)}):
                names.ids[(kind, key)] = ident

    lookup(sorted(wanted))
    missing = [{"key": k, "name": wanted[k]} for k in sorted(wanted) if (kind, k) not in names.ids]
    if missing:
        bulk_insert(conn, table_of(model), missing)
        lookup([m["key"] for m in missing])


def _cached(names: Names, key: tuple[str, Any]) -> bool:
    ident = names.cache.get(key)
    if ident is not None:
        names.ids[key] = ident
    return ident is not None


def _ensure_wards(conn: Connection, names: Names) -> None:
    wanted = {
        (names.id("council", ck), wk): (ck, wk) for ck, wk in names.wards if not _cached(names, ("ward", (ck, wk)))
    }

    def lookup() -> None:
        for part in chunks(sorted({wk for _, wk in wanted})):
            for wid, cid, wk in conn.execute(_WARDS_BY_KEY, {"keys": list(part)}):
                if (cid, wk) in wanted:
                    names.ids[("ward", wanted[(cid, wk)])] = wid

    lookup()
    missing = [
        {"council_id": cid, "key": wk, "name": names.wards[ref]}
        for (cid, wk), ref in sorted(wanted.items(), key=lambda item: item[1][1])
        if ("ward", ref) not in names.ids
    ]
    if missing:
        bulk_insert(conn, table_of(Ward), missing)
        lookup()


def resolve(conn: Connection, names: Names) -> None:
    """Fill ``names.ids``: from the cache, else the archive, inserting the names it does not hold yet."""
    for kind, model in (("council", Council), ("party", Party), ("candidate", Candidate)):
        _ensure_keyed(conn, model, kind, names)
    _ensure_wards(conn, names)
    names.cache.pending.update(names.ids)


@dataclass
class PostFacts:
    """One post's facts with every name replaced by a reference into ``Names``.

    A mention is primary when the fact is about that entity (a ``wards`` item and its ward), with the
    fact's span; an entity only referred to by another fact (a result's party) is mentioned once.
    """

    post_pk: int
    # (fact list, row without its ids yet, [(id column, entity kind, name reference)])
    rows: list[tuple[str, dict[str, Any], list[tuple[str, str, Any]]]] = field(default_factory=list)
    mentions: list[tuple[bool, str, Any, str, dict[str, Any]]] = field(default_factory=list)

    def mention(self, entity: str, ref: Any, fact: str, ev: dict[str, Any], *, primary: bool = True) -> None:
        if ref is not None:
            self.mentions.append((primary, entity, ref, fact, ev))


def facts_of(entities: Facts, kind: str) -> list[dict[str, Any]]:
    """The facts of one kind, ignoring anything that is not a fact object."""
    found = entities.get(kind)
    return [f for f in found if isinstance(f, dict)] if isinstance(found, list) else []


def collect(post_pk: int, entities: Facts, names: Names) -> PostFacts:
    """Turn one post's entities into row templates that still hold name references."""
    out = PostFacts(post_pk)
    local = {
        wk: ck
        for w in facts_of(entities, "wards")
        if (wk := names.key("ward", w.get("name"))) and (ck := names.council(w.get("council")))
    }
    for fact in facts_of(entities, "councils"):
        out.mention("council", names.council(fact.get("name")), "councils", evidence(fact))
    for fact in facts_of(entities, "parties"):
        out.mention("party", names.party(fact.get("name")), "parties", evidence(fact))
    for fact in facts_of(entities, "wards"):
        ev = evidence(fact)
        out.mention("ward", names.ward(fact.get("name"), fact.get("council"), local), "wards", ev)
        out.mention("council", names.council(fact.get("council")), "wards", ev, primary=False)
    other = [k for k in entities if k not in _FACT_REFS and k not in _NAMED_KINDS]
    for kind in (*_FACT_REFS, *sorted(other)):
        refs, values = _FACT_REFS.get(kind, _OTHER_REFS), _VALUES.get(kind, _other_values(kind))
        for fact in facts_of(entities, kind):
            ev = evidence(fact)
            pending: list[tuple[str, str, Any]] = []
            for column, (entity, source) in refs.items():
                ref: Any
                if entity == "ward":
                    ref = names.ward(fact.get(source), fact.get("council"), local)
                else:
                    ref = names.key(entity, fact.get(source))
                pending.append((column, entity, ref))
                out.mention(entity, ref, kind, ev, primary=column == "candidate_id" and kind == "candidates")
            out.rows.append((kind, {"post_pk": post_pk, **ev, "extra": extra(kind, fact), **values(fact)}, pending))
    return out


# For each fact list: column -> (entity kind, field of the fact that names it).
_FACT_REFS: dict[str, dict[str, tuple[str, str]]] = {
    "candidates": {"candidate_id": ("candidate", "name"), "ward_id": ("ward", "ward"), "party_id": ("party", "party")},
    "seat_totals": {"council_id": ("council", "council"), "party_id": ("party", "party")},
    "majorities": {
        "ward_id": ("ward", "ward"),
        "party_id": ("party", "party"),
        "candidate_id": ("candidate", "candidate"),
    },
    "changes": {
        "ward_id": ("ward", "ward"),
        "council_id": ("council", "council"),
        "party_id": ("party", "party"),
        "from_party_id": ("party", "from_party"),
    },
}
_VALUES: dict[str, Callable[[dict[str, Any]], dict[str, Any]]] = {
    "candidates": lambda f: {
        "votes": _int(f.get("votes")),
        "share": f.get("share") if isinstance(f.get("share"), int | float) else None,
        "elected": f.get("elected") if isinstance(f.get("elected"), bool) else None,
    },
    "seat_totals": lambda f: {"seats": _int(f.get("seats")), "of_seats": _int(f.get("of"))},
    "majorities": lambda f: {"votes": _int(f.get("votes"))},
    "changes": lambda f: {"type": _text(f.get("type")) or "change"},
}
_MODELS = {"candidates": Result, "seat_totals": SeatTotal, "majorities": Majority, "changes": Change}


def _other_values(kind: str) -> Callable[[dict[str, Any]], dict[str, Any]]:
    return lambda _fact: {"fact": kind}


def _rows(pf: PostFacts, names: Names) -> dict[str, list[dict[str, Any]]]:
    """The post's rows per table, names replaced by ids (a result without a candidate is dropped)."""
    out: dict[str, list[dict[str, Any]]] = {}
    for kind, row, pending in pf.rows:
        for column, entity, ref in pending:
            row[column] = names.id(entity, ref)
        if kind != "candidates" or row["candidate_id"] is not None:
            out.setdefault(kind if kind in _MODELS else "other_facts", []).append(row)
    seen: set[tuple[Any, ...]] = set()
    mentioned: set[tuple[str, int]] = set()
    for primary, entity, ref, fact, ev in sorted(pf.mentions, key=lambda m: not m[0]):
        ident = names.id(entity, ref)
        key = (entity, ident, ev["span_start"], ev["span_end"])
        if ident is None or key in seen or (not primary and (entity, ident) in mentioned):
            continue
        seen.add(key)
        mentioned.add((entity, ident))
        out.setdefault("mentions", []).append(
            {"post_pk": pf.post_pk, "entity_type": entity, "entity_id": ident, "fact": fact, **ev}
        )
    return out


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
    collected = [collect(pk, entities, names) for pk, entities in items]
    resolve(conn, names)
    batches: dict[str, list[dict[str, Any]]] = {}
    for pf in collected:
        for kind, rows in _rows(pf, names).items():
            batches.setdefault(kind, []).extend(rows)
    models = {**_MODELS, "other_facts": OtherFact, "mentions": Mention}
    for kind, rows in batches.items():
        bulk_insert(conn, table_of(models[kind]), rows)
