"""Ingest: idempotent, revisions, the same post across pages, facts replaced whole, one transaction per page."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from typing import Any

import pytest
from archive_pages import BLOG, DARLEY_FACTS, at, darley_posts, later, page, post
from sqlalchemy import text

import archive.db
import archive.facts
import archive.store
from archive import Archive, IngestCounts


@pytest.fixture
def arc() -> Iterator[Archive]:
    with Archive(":memory:") as a:
        yield a


def rows(a: Archive, sql: str) -> list[tuple[Any, ...]]:
    with a.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(text(sql))]


def test_ingest_counts_new_then_unchanged_and_changes_no_row(arc: Archive) -> None:
    assert arc.ingest(page(darley_posts())) == IngestCounts(new=4)
    before = arc.counts()
    assert before["posts"] == 4 and before["results"] == 5 and before["post_revisions"] == 4
    assert arc.ingest(page(darley_posts())) == IngestCounts(unchanged=4)
    assert arc.counts() == before
    assert rows(arc, "SELECT count(*) FROM live_pages") == [(1,)]


def test_an_edit_adds_a_revision_and_keeps_the_history(arc: Archive) -> None:
    arc.ingest(page(darley_posts()))
    edited = darley_posts()
    edited[0].body_text += "\nCorrection: the majority was one vote."
    assert arc.ingest(page(edited, fetched=later(10))) == IngestCounts(revised=1, unchanged=3)
    history = rows(
        arc,
        "SELECT r.revision, r.body_text FROM post_revisions r JOIN posts p ON p.id = r.post_pk "
        "WHERE p.post_id = 'asset:0001' ORDER BY r.revision",
    )
    assert [n for n, _ in history] == [1, 2]
    assert "Correction" not in history[0][1] and "Correction" in history[1][1]
    (current,) = arc.posts(blog=BLOG, candidate="Alison Martin")
    assert current["revision"] == 2 and current["body_text"].endswith("one vote.")
    # Only the hashed content makes a revision: an author change alone does not.
    edited[0].author = "Someone Else"
    assert arc.ingest(page(edited, fetched=later(20))).revised == 0


def test_an_older_capture_never_overwrites_newer_content(arc: Archive) -> None:
    edited = darley_posts()
    edited[0].title = "Tories gain Darley"
    arc.ingest(page(edited, fetched=later(30)))
    assert arc.ingest(page(darley_posts(), fetched=later(0))) == IngestCounts(unchanged=4)
    assert arc.posts(candidate="Alison Martin")[0]["title"] == "Tories gain Darley"


def test_the_same_post_on_page_one_and_page_three_is_one_post(arc: Archive) -> None:
    posts = darley_posts()
    arc.ingest(page(posts[:2], number=1))
    counts = arc.ingest(page(posts[1:], number=3, fetched=later(60)))
    assert counts == IngestCounts(new=2, unchanged=1)
    assert arc.counts()["posts"] == 4
    assert arc.known_post_ids(f"{BLOG}?page=7") == {p.post_id for p in posts}
    assert rows(arc, "SELECT page_number FROM posts WHERE post_id = 'asset:0003'") == [(3,)]


def test_better_facts_replace_a_posts_facts_whole(arc: Archive) -> None:
    arc.ingest(page(darley_posts()))
    better = darley_posts()
    facts = copy.deepcopy(DARLEY_FACTS)
    facts["candidates"][2]["party"] = "Labour"
    facts["candidates"] = facts["candidates"][1:]
    better[0].entities = facts
    counts = arc.ingest(page(better))
    assert counts == IngestCounts(unchanged=4)  # the text did not change: no revision
    darley = arc.results(ward="Darley")
    assert [(r["candidate"], r["party"]) for r in darley] == [
        ("Alan Grimadell", "Conservative"),
        ("Carmel Swan", "Labour"),
    ]
    # Posts parsed without facts (entities None) leave the stored facts alone.
    bare = darley_posts()
    for p in bare:
        p.entities = None
    arc.ingest(page(bare))
    assert len(arc.results(ward="Darley")) == 2


def test_evidence_spans_and_extra_fields_are_kept(arc: Archive) -> None:
    arc.ingest(page(darley_posts()))
    query = "SELECT span_start, span_end, evidence FROM mentions WHERE entity_type = 'ward' AND span_start > 0"
    assert rows(arc, query) == [(98, 104, "Darley")]
    assert rows(arc, "SELECT extra FROM results WHERE votes = 1304") == [('{"uncertain": true}',)]


def test_a_crash_mid_ingest_leaves_the_archive_as_before(arc: Archive, monkeypatch: pytest.MonkeyPatch) -> None:
    arc.ingest(page(darley_posts()[2:]))
    before = {table: rows(arc, f"SELECT * FROM {table}") for table in arc.counts()}

    def boom(*args: Any, **kwargs: Any) -> None:
        raise RuntimeError("injected after the posts were written")

    monkeypatch.setattr(archive.facts, "resolve", boom)
    edited = darley_posts()
    edited[2].body_text += " More."
    with pytest.raises(RuntimeError, match="injected"):
        arc.ingest(page(edited, fetched=later(5)))
    assert {table: rows(arc, f"SELECT * FROM {table}") for table in arc.counts()} == before
    assert rows(arc, "SELECT count(*) FROM posts_fts WHERE posts_fts MATCH 'Alison'") == [(0,)]


def test_capture_and_page_are_stored_atomically(arc: Archive) -> None:
    with pytest.raises(RuntimeError), arc.transaction():
        arc.record_capture(url=f"{BLOG}?page=2", fetched_at=later(0), status=200, headers={"ETag": '"v1"'})
        arc.ingest(page(darley_posts()))
        raise RuntimeError("the harvest died here")
    assert arc.counts()["captures"] == 0 and arc.counts()["posts"] == 0
    with arc.transaction():
        cid = arc.record_capture(url=f"{BLOG}?page=2", fetched_at=later(0), status=200, headers={"ETag": '"v1"'})
        arc.ingest(page(darley_posts()), capture_id=cid)
    assert rows(arc, "SELECT c.page_number, l.url FROM captures c JOIN live_pages l ON l.id = c.live_page_id") == [
        (2, BLOG)
    ]
    assert rows(arc, "SELECT DISTINCT capture_id FROM post_revisions") == [(cid,)]


def test_conditional_headers_remember_etag_and_last_modified_per_url(arc: Archive) -> None:
    url = f"{BLOG}?page=1"
    assert arc.conditional_headers(url) == {}
    arc.record_capture(url=url, fetched_at=later(0), status=200,
                       headers={"ETag": '"a"', "Last-Modified": "Sat, 08 May 2021 09:00:00 GMT"})  # fmt: skip
    arc.record_capture(url=url, fetched_at=later(5), status=200, headers={"etag": '"b"'}, etag=None)
    arc.record_capture(url=url, fetched_at=later(9), status=503, etag='"broken"')
    arc.record_capture(url=url, fetched_at=later(10), error="connection reset")
    assert arc.conditional_headers(url) == {"If-None-Match": '"b"'}
    assert arc.conditional_headers(f"{BLOG}?page=2") == {}
    # The same URL, time and digest is the same capture.
    first = arc.record_capture(url=url, fetched_at=later(20), digest="sha1:x")
    assert arc.record_capture(url=url, fetched_at=later(20), digest="sha1:x") == first


def test_a_post_gone_from_between_its_neighbours_is_deleted_and_can_come_back(arc: Archive) -> None:
    posts = darley_posts()
    arc.ingest(page(posts))
    without = [posts[0], posts[2], posts[3]]  # asset:0003 (18:44) removed between 20:00 and 16:26
    assert arc.ingest(page(without, fetched=later(10))).deleted == 1
    deleted = {r["post_id"]: r["deleted_at"] for r in arc.posts()}
    assert deleted == {"asset:0001": None, "asset:0003": "2021-05-08T09:10:00Z", "asset:0006": None, "asset:0020": None}
    assert arc.ingest(page(darley_posts(), fetched=later(20))).restored == 1
    assert all(r["deleted_at"] is None for r in arc.posts())


def test_posts_that_slid_to_the_next_page_are_not_deleted(arc: Archive) -> None:
    posts = darley_posts()
    arc.ingest(page(posts, number=1))
    newer = [post(30, at(21), "A newer post", "News."), post(31, at(20, 30), "Another", "More news.")]
    # Page 1 now holds the two new posts and the first old one; the rest slid to page 2, unseen yet.
    assert arc.ingest(page([*newer, posts[0]], number=1, fetched=later(30))).deleted == 0
    # A pinned old post on top does not stretch the window over the posts in between.
    pinned = post(40, at(9), "Pinned: how the count works", "Pinned.")
    assert arc.ingest(page([pinned, *newer, posts[0]], number=1, fetched=later(40))).deleted == 0
    assert all(r["deleted_at"] is None for r in arc.posts())


def test_an_old_post_shown_among_newer_ones_proves_no_deletion(arc: Archive) -> None:
    """An old post out of its time order in mid-page (brought back up the stream) would otherwise open a gap from
    its time to its neighbour's and mark every post in it deleted, though they all merely slid down a page."""
    posts = darley_posts()
    arc.ingest(page(posts, number=2))
    newer = [post(30, at(21), "A newer post", "News."), post(31, at(20, 30), "Another", "More news.")]
    brought_back = post(40, at(9), "How the count works", "Explained.")
    arc.ingest(page([brought_back], number=3, fetched=later(5)))
    shown = [newer[0], brought_back, newer[1], posts[0]]
    assert arc.ingest(page(shown, number=1, fetched=later(30))).deleted == 0
    assert all(r["deleted_at"] is None for r in arc.posts())
    # The same page in time order again proves a deletion as before.
    assert arc.ingest(page([*newer, posts[0], posts[2]], number=1, fetched=later(40))).deleted == 1


def test_a_page_without_url_is_refused(arc: Archive) -> None:
    bare = page(darley_posts())
    bare.url = None
    with pytest.raises(Exception, match="needs its URL"):
        arc.ingest(bare)


def test_captures_are_listed_for_reparse(arc: Archive) -> None:
    with arc.transaction():
        cid = arc.record_capture(url=f"{BLOG}?page=2", fetched_at=later(0), status=200, warc_file="a.warc.gz",
                                 warc_offset=0, warc_length=1234)  # fmt: skip
        arc.ingest(page(darley_posts()), capture_id=cid)
    arc.record_capture(url="https://elsewhere.example/live", fetched_at=later(1), status=200)
    (row,) = arc.captures(blog=f"{BLOG}?page=9")
    assert (row["id"], row["warc_file"], row["warc_length"], row["fetched_at"]) == (cid, "a.warc.gz", 1234, later(0))
    assert len(arc.captures()) == 2


def test_facts_of_other_kinds_are_kept_and_found(arc: Archive) -> None:
    facts = {
        "recounts": [{"ward": "Alfreton & Somercotes", "council": None, "span": [0, 44], "evidence": "Recount"}],
        "control": [{"council": "Nottinghamshire County Council", "party": "Conservative", "status": "won"}],
        "seats_needed": [{"council": "Derby City Council", "party": None, "seats": 5, "kind": "short"}],
        "nonsense": "not a list",
        "odd": [1, "two", None],
    }
    arc.ingest(page([post(70, at(13), "Recount expected", "Recount expected.", facts)]))
    stored = rows(arc, "SELECT fact, extra, span_start, evidence FROM other_facts ORDER BY fact")
    assert stored == [
        ("control", '{"status": "won"}', None, None),
        ("recounts", None, 0, "Recount"),
        ("seats_needed", '{"kind": "short", "seats": 5}', None, None),
    ]
    assert [p["post_id"] for p in arc.posts(ward="Alfreton and Somercotes")] == ["asset:0070"]
    assert [p["post_id"] for p in arc.posts(council="Nottinghamshire")] == ["asset:0070"]


def test_an_older_capture_does_not_restore_a_deleted_post(arc: Archive) -> None:
    posts = darley_posts()
    arc.ingest(page(posts, fetched=later(0)))
    arc.ingest(page([posts[0], posts[2], posts[3]], fetched=later(20)))  # asset:0003 deleted at +20
    older = darley_posts()[1:2]
    older[0].body_text += " (an edit seen in a capture from +10, ingested late)"
    counts = arc.ingest(page(older, fetched=later(10)))
    assert counts.restored == 0
    assert [r["deleted_at"] for r in arc.posts(party="Liberal Democrats")] == ["2021-05-08T09:20:00Z"]


def test_names_learnt_in_a_rolled_back_page_are_forgotten(arc: Archive, monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(*args: Any, **kwargs: Any) -> int:
        raise RuntimeError("injected after the facts were written")

    monkeypatch.setattr(archive.store, "mark_deleted", boom)
    with pytest.raises(RuntimeError):
        arc.ingest(page(darley_posts()))
    assert arc.counts()["wards"] == 0
    monkeypatch.undo()
    arc.ingest(page(darley_posts()))  # ids from the rolled-back page would break the foreign keys here
    assert [r["council"] for r in arc.results(ward="Darley")] == ["Derby City Council"] * 3
    more = [post(80, at(21), "Darley again", "Darley.", DARLEY_FACTS)]
    arc.ingest(page(more, number=1, fetched=later(5)))  # now served from the cache of committed ids
    assert arc.counts()["wards"] == 3 and len(arc.results(ward="Darley")) == 6


def _archive_rows(a: Archive) -> dict[str, list[tuple[Any, ...]]]:
    dump = {table: rows(a, f"SELECT * FROM {table} ORDER BY id") for table in a.counts() if table != "archive_meta"}
    dump["posts_fts"] = rows(a, "SELECT rowid, title, body_text FROM posts_fts ORDER BY rowid")
    return dump


def _edit_history() -> list[Any]:
    """Pages that make every kind of write: new posts, a revision, better facts, a deletion, other facts."""
    edited, better = darley_posts(), darley_posts()
    edited[0].body_text += " Correction."
    better[0].body_text += " Correction."
    better[1].entities = {"recounts": [{"ward": "Oadby", "span": {"start": 0, "end": 3}, "why": "close"}]}
    return [
        page(darley_posts()),
        page(edited, fetched=later(10)),
        page(better, fetched=later(20)),
        page([edited[0], edited[2]], fetched=later(30)),
    ]


def test_the_generic_path_stores_what_the_sqlite_fast_path_stores(monkeypatch: pytest.MonkeyPatch) -> None:
    """Other databases take named parameters and read new post ids back; SQLite gets positional rows and
    ids given up front. Forcing the first on SQLite must store the very same rows."""
    import functools

    import sqlalchemy

    with Archive(":memory:") as fast:
        fast_counts = [fast.ingest(p) for p in _edit_history()]
        expected = _archive_rows(fast)
    monkeypatch.setattr(archive.db, "create_engine", functools.partial(sqlalchemy.create_engine, paramstyle="named"))
    monkeypatch.setattr(archive.store, "new_ids", lambda *_args: None)
    monkeypatch.setattr(archive.facts, "new_ids", lambda *_args: None)
    with Archive(":memory:") as generic:
        assert generic.engine.dialect.paramstyle == "named"
        assert [generic.ingest(p) for p in _edit_history()] == fast_counts
        assert _archive_rows(generic) == expected
    assert fast_counts[1:] == [
        IngestCounts(revised=1, unchanged=3),
        IngestCounts(unchanged=4),
        IngestCounts(unchanged=2, deleted=1),
    ]
    assert len(expected["other_facts"]) == 1 and len(expected["post_revisions"]) == 5
