"""Queries by every filter, ward names, hostile search strings, FTS in step, CSV/JSONL round trip."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from typing import Any

import pytest
from archive_pages import BLOG, DARLEY_FACTS, darley_posts, later, page, post
from sqlalchemy import text

import archive.query
from archive import Archive
from archive.export import csv_value
from archive.names import blog_url, council_key, ward_key
from scraper.errors import UsageError


@pytest.fixture
def arc() -> Iterator[Archive]:
    with Archive(":memory:") as a:
        a.ingest(page(darley_posts()))
        yield a


def ids(rows: list[dict[str, object]]) -> list[object]:
    return [r["post_id"] for r in rows]


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({}, ["asset:0020", "asset:0006", "asset:0003", "asset:0001"]),
        ({"ward": "Darley"}, ["asset:0006", "asset:0001"]),
        ({"ward": "DARLEY WARD"}, ["asset:0006", "asset:0001"]),
        ({"ward": "alfreton & somercotes division"}, ["asset:0020"]),
        ({"ward": "Nowhere"}, []),
        ({"council": "Derby"}, ["asset:0006", "asset:0001"]),
        ({"council": "derby city council"}, ["asset:0006", "asset:0001"]),
        ({"council": "Derbyshire County Council"}, ["asset:0020"]),
        ({"ward": "Darley", "council": "Derby City Council"}, ["asset:0006", "asset:0001"]),
        ({"candidate": "alison martin"}, ["asset:0001"]),
        ({"party": "Liberal Democrats"}, ["asset:0003"]),
        ({"party": "labour"}, ["asset:0020", "asset:0001"]),
        ({"party": "Lib Dems"}, ["asset:0003"]),  # an alias, as the posts say it: the canonical party
        ({"party": "lab"}, ["asset:0020", "asset:0001"]),  # an abbreviation, whatever its case
        ({"party": "Whigs"}, []),
        ({"since": "2021-05-07T16:26:00Z"}, ["asset:0006", "asset:0003", "asset:0001"]),
        ({"since": "2021-05-07T17:26"}, ["asset:0006", "asset:0003", "asset:0001"]),  # bare: UK time, BST
        ({"until": "2021-05-07T18:00:00Z"}, ["asset:0020", "asset:0006"]),
        ({"since": "2021-05-07T17:00:00Z", "until": "2021-05-07T19:00:00Z"}, ["asset:0003"]),
        ({"blog": f"{BLOG}?page=5"}, ["asset:0020", "asset:0006", "asset:0003", "asset:0001"]),
        ({"blog": "https://www.bbc.co.uk/news/live/other-1"}, []),
        ({"party": "Labour", "ward": "Darley"}, ["asset:0001"]),
        ({"limit": 1}, ["asset:0020"]),
    ],
)
def test_posts_by_every_filter(arc: Archive, filters: dict[str, object], expected: list[str]) -> None:
    assert ids(arc.posts(**filters)) == expected


def test_post_rows_carry_the_contract_fields(arc: Archive) -> None:
    (row,) = arc.posts(candidate="Alison Martin")
    assert row["live_page"] == BLOG and row["title"] == "Conservatives gain Derby seat by a single vote"
    assert row["published_at"] == "2021-05-07T20:00:00Z" and row["first_seen"] == "2021-05-08T09:00:00Z"
    assert row["embeds"] == [] and row["is_breaking"] is False and row["deleted_at"] is None


def test_a_bad_time_is_a_usage_error(arc: Archive) -> None:
    with pytest.raises(UsageError, match="--since"):
        arc.posts(since="yesterday-ish")


def test_results_for_a_ward(arc: Archive) -> None:
    got = [(r["candidate"], r["party"], r["votes"], r["elected"]) for r in arc.results(ward="Darley")]
    assert got == [
        ("Alison Martin", "Labour", 1833, True),
        ("Alan Grimadell", "Conservative", 1305, True),
        ("Carmel Swan", None, 1304, False),
    ]
    row = arc.results(ward="darley")[0]
    assert row["council"] == "Derby City Council" and row["post_id"] == "asset:0001"
    assert [r["candidate"] for r in arc.results(council="Leicestershire")] == ["Kamal Ghattoraya", "Dean Gamble"]


def test_a_ward_in_two_councils_lists_the_choices(arc: Archive) -> None:
    facts = {"wards": [{"name": "Oadby", "council": "Oadby and Wigston Borough Council"}]}
    arc.ingest(page([post(50, later(1), "Oadby and Wigston count", "Oadby again.", facts)], number=1))
    with pytest.raises(UsageError) as err:
        arc.posts(ward="Oadby")
    message = str(err.value)
    assert "Oadby (Leicestershire County Council)" in message and "Oadby (Oadby and Wigston Borough Council)" in message
    assert "--council" in message
    with pytest.raises(UsageError):
        arc.results(ward="oadby ward")
    assert ids(arc.posts(ward="Oadby", council="Oadby & Wigston")) == ["asset:0050"]
    assert [r["candidate"] for r in arc.results(ward="Oadby", council="Leicestershire County Council")] == [
        "Kamal Ghattoraya",
        "Dean Gamble",
    ]


def test_name_keys() -> None:
    assert ward_key("Forest & Measham Ward") == ward_key("forest and measham") == "forest and measham"
    assert ward_key("Alfreton and Somercotes Division") == "alfreton and somercotes"
    assert ward_key("St. Mary's") == "st marys"
    assert council_key("Derby City Council") == council_key("derby") == "derby"
    assert council_key("Oadby and Wigston Borough Council") == "oadby and wigston"
    assert blog_url("https://WWW.bbc.co.uk/news/live/x-1?page=3#post") == "https://www.bbc.co.uk/news/live/x-1"
    assert blog_url("https://www.bbc.co.uk/news/live/x-1/page/4") == "https://www.bbc.co.uk/news/live/x-1"
    assert blog_url("http://feeds.bbci.co.uk/news/live/x-1/?page=2&a=b") == "https://www.bbc.co.uk/news/live/x-1?a=b"
    assert blog_url("file:///tmp/saved%20page.txt") == "file:///tmp/saved%20page.txt"


def test_search_finds_the_recount_posts(arc: Archive) -> None:
    assert sorted(ids(arc.search("recount"))) == ["asset:0003", "asset:0020"]
    assert ids(arc.search("recounted")) == ids(arc.search("recount"))  # stemmed
    assert ids(arc.search("title:recount")) == ["asset:0020"]  # FTS5 syntax welcome


@pytest.mark.parametrize(
    "query",
    ['"unbalanced', "AND OR", "recount'; DROP TABLE posts; --", "100%", "NEAR(", "title:", "a*b)", "ward\\", "'"],
)
def test_hostile_search_strings_give_results_or_a_clear_error(arc: Archive, query: str) -> None:
    try:
        found = arc.search(query)
    except UsageError as exc:
        assert "search needs at least one word" in str(exc)
    else:
        assert isinstance(found, list)
    assert arc.counts()["posts"] == 4


def test_hostile_strings_find_what_their_words_say(arc: Archive) -> None:
    assert ids(arc.search('"unbalanced')) == []
    assert ids(arc.search("recount'; --")) != []
    with pytest.raises(UsageError):
        arc.search("%")
    with pytest.raises(UsageError):
        arc.search("  --  ")


def test_like_search_where_there_is_no_fts(arc: Archive, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(archive.query, "has_fts", lambda conn: False)
    assert sorted(ids(arc.search("recount"))) == ["asset:0003", "asset:0020"]
    assert ids(arc.search("100%")) == ["asset:0020"]  # % is a character, not a wildcard
    assert ids(arc.search("10_%")) == []
    assert ids(arc.search("-- recounted")) == ["asset:0020"]


def fts_ids(a: Archive, match: str) -> list[str]:
    with a.engine.connect() as conn:
        query = "SELECT p.post_id FROM posts_fts JOIN posts p ON p.id = posts_fts.rowid WHERE posts_fts MATCH :q"
        return sorted(conn.execute(text(query), {"q": match}).scalars())


def test_fts_kept_in_step_after_update_and_delete(arc: Archive) -> None:
    edited = darley_posts()
    edited[1].body_text = "In the Oadby ward, Kamal Ghattoraya was elected without fuss."
    arc.ingest(page(edited, fetched=later(5)))
    assert fts_ids(arc, "recount") == ["asset:0020"]
    assert fts_ids(arc, "fuss") == ["asset:0003"]
    with arc.transaction() as conn:
        pk = conn.execute(text("SELECT id FROM posts WHERE post_id = 'asset:0020'")).scalar_one()
        conn.execute(text("DELETE FROM post_revisions WHERE post_pk = :pk"), {"pk": pk})
        conn.execute(text("DELETE FROM mentions WHERE post_pk = :pk"), {"pk": pk})
        conn.execute(text("DELETE FROM posts WHERE id = :pk"), {"pk": pk})
    assert fts_ids(arc, "recount") == []
    with arc.engine.connect() as conn:  # the index agrees with its content table
        conn.execute(text("INSERT INTO posts_fts(posts_fts, rank) VALUES ('integrity-check', 1)"))


def by_id(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return sorted(rows, key=lambda r: str(r["post_id"]))


def test_jsonl_export_round_trips(arc: Archive) -> None:
    out = io.StringIO()
    assert arc.export(out, "jsonl") == 4
    assert by_id([json.loads(line) for line in out.getvalue().splitlines()]) == by_id(arc.posts())
    out = io.StringIO()
    arc.export(out, "jsonl", what="results")
    assert [json.loads(line) for line in out.getvalue().splitlines()] == arc.results()


def test_csv_export_round_trips(arc: Archive) -> None:
    arc.ingest(page([post(60, later(2), 'Quotes "and", commas\nnew lines', 'Body, with "quotes".', DARLEY_FACTS)]))
    out = io.StringIO()
    arc.export(out, "csv")
    back = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert by_id(back) == by_id([{k: csv_value(v) for k, v in row.items()} for row in arc.posts()])
    assert json.loads(back[0]["embeds"]) == []


def test_csv_export_cells_a_spreadsheet_would_run_as_formulas_start_with_a_quote(arc: Archive) -> None:
    """A title quoting ``=HYPERLINK(…)`` or a body that begins "- Labour hold" is text in a spreadsheet, not a
    formula (the ``'`` prefix of OWASP's advice); numbers stay numbers, and JSON Lines keeps the text as it is."""
    title, body = '=HYPERLINK("http://example.org","results")', "- Labour hold\n@ the count"
    arc.ingest(page([post(61, later(3), title, body, DARLEY_FACTS)]))
    out = io.StringIO()
    arc.export(out, "csv")
    row = next(r for r in csv.DictReader(io.StringIO(out.getvalue())) if r["title"].endswith('"results")'))
    assert (row["title"], row["body_text"]) == ("'" + title, "'" + body)
    assert [csv_value(v) for v in ("+44 115", "@x", "\tx", "\rx", -3.5, -2, "a=b")] == [
        "'+44 115", "'@x", "'\tx", "'\rx", "-3.5", "-2", "a=b"
    ]  # fmt: skip
    out = io.StringIO()
    arc.export(out, "jsonl")
    assert any(json.loads(line)["title"] == title for line in out.getvalue().splitlines())


def test_json_export_is_one_array_streamed_in_batches(arc: Archive) -> None:
    out = io.StringIO()
    assert arc.export(out, "json") == 4
    assert by_id(json.loads(out.getvalue())) == by_id(arc.posts())
    with arc.engine.connect() as conn:
        assert [r["post_id"] for r in archive.query.iter_posts(conn, batch=3)] == [
            "asset:0001", "asset:0003", "asset:0006", "asset:0020"
        ]  # fmt: skip
    with Archive(":memory:") as empty:
        out = io.StringIO()
        assert empty.export(out, "json") == 0 and json.loads(out.getvalue()) == []


def test_times_read_back_the_same_from_sqlite_text_or_a_datetime() -> None:
    from datetime import UTC, datetime

    from archive.query import _iso

    assert _iso("2021-05-07 20:00:00.000000") == _iso(datetime(2021, 5, 7, 20, tzinfo=UTC)) == "2021-05-07T20:00:00Z"
    assert _iso(datetime(2021, 5, 7, 20)) == "2021-05-07T20:00:00Z" and _iso(None) is None


def test_row_columns_name_every_column_in_order(arc: Archive) -> None:
    from archive.query import ROW_COLUMNS

    assert tuple(arc.posts()[0]) == ROW_COLUMNS["posts"]
    assert tuple(arc.results()[0]) == ROW_COLUMNS["results"]
    assert tuple(arc.search("recount")[0]) == ROW_COLUMNS["posts"]


def _statements_sent(arc: Archive, call: Any) -> list[tuple[str, Any]]:
    from sqlalchemy import event

    sent: list[tuple[str, Any]] = []

    def grab(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_rest: Any) -> None:
        sent.append((statement, parameters))

    event.listen(arc.engine, "before_cursor_execute", grab)
    try:
        call()
    finally:
        event.remove(arc.engine, "before_cursor_execute", grab)
    return sent


@pytest.fixture
def election() -> Iterator[Archive]:
    """Generated count-day pages, and results the generator never writes: no votes, no party, no elected flag,
    tied votes, posts without a time, a ward in no council (each in a ward with other results)."""
    from benchmarks.archive_gen import Plan, election_pages

    with Archive(":memory:") as a:
        for generated in election_pages(Plan(400, wards=12, councils=4, blogs=2)):
            a.ingest(generated)
        copy = "INSERT INTO results (post_pk, candidate_id, ward_id, party_id, votes, share, elected, evidence) SELECT "
        edits = (
            copy + "post_pk, candidate_id, ward_id, NULL, NULL, NULL, NULL, NULL FROM results WHERE ward_id = {ward}",
            copy + "post_pk, candidate_id, ward_id, party_id, 100, share, elected, evidence FROM results "
            "WHERE ward_id = {ward}",
            "UPDATE posts SET published_at = NULL WHERE id IN "
            "(SELECT post_pk FROM results WHERE ward_id = {ward} ORDER BY id LIMIT 3)",
            "INSERT INTO wards (council_id, name, key) VALUES (NULL, 'Nowhere Green', 'nowhere green')",
            copy + "post_pk, candidate_id, (SELECT id FROM wards WHERE council_id IS NULL), party_id, votes, share, "
            "elected, evidence FROM results WHERE ward_id = {other}",
        )
        with a.transaction() as conn:
            ward, other = (row[0] for row in conn.exec_driver_sql("SELECT id FROM wards ORDER BY id LIMIT 2"))
            for edit in edits:
                conn.exec_driver_sql(edit.format(ward=ward, other=other))
        yield a


def test_one_wards_results_are_the_rows_of_the_general_statement(election: Archive) -> None:
    """results(ward=…) of one ward reads the ward's council and name from its own row and sorts without them:
    the same rows, in the same order, with the same keys in the same order as the general statement's."""
    from archive.query import ROW_COLUMNS, _fetch, _results_query, _ward_results, _wards

    with election.engine.connect() as conn, conn.begin():
        names = [row[0] for row in conn.exec_driver_sql("SELECT name FROM wards ORDER BY id")]
        assert len(names) == 13
        for name in names:
            (ward,) = _wards(conn, name, None)
            general = _fetch(conn, _results_query(conn, "ward"), {"ward_ids": [ward.id]})
            fast = _ward_results(conn, ward)
            assert len(general) > 1
            assert json.dumps(fast) == json.dumps(general), name  # values and their types, keys in order
            assert all(tuple(row) == ROW_COLUMNS["results"] for row in fast)
    rows = election.results(ward=names[0])
    assert {r["votes"] for r in rows} >= {None, 100} and {r["elected"] for r in rows} == {None, True, False}
    assert {r["published_at"] for r in rows} >= {None} and {r["party"] for r in rows} >= {None}
    assert {r["council"] for r in election.results(ward="Nowhere Green")} == {None}


def test_one_wards_results_come_from_the_covering_index_alone(election: Archive) -> None:
    """The statement results(ward=…) sends reads a ward's results from ix_results_ward (never the results table),
    posts by rowid, and neither wards nor councils."""
    ward = election.results()[0]["ward"]
    sent = [s for s in _statements_sent(election, lambda: election.results(ward=ward)) if s[0].startswith("SELECT")]
    assert len(sent) == 2  # the ward's row, its results
    with election.engine.connect() as conn:
        plan = [row[3] for row in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sent[1][0], sent[1][1])]
    assert plan[0] == "SEARCH results USING COVERING INDEX ix_results_ward (ward_id=?)", plan
    assert "SEARCH posts USING INTEGER PRIMARY KEY (rowid=?)" in plan
    assert not [step for step in plan if " wards " in step or " councils " in step], plan


@pytest.mark.parametrize(
    ("typed", "canonical"),
    [("the Lib Dems", "Liberal Democrats"), ("the Tories", "Conservative"), ("The Conservative Party", "Conservative"),
     ("the liberal democrats", "Liberal Democrats"), ("Lib Dem Party", "Liberal Democrats")],
)  # fmt: skip
def test_a_party_filter_reads_past_the_the_and_party_a_researcher_adds(
    arc: Archive, typed: str, canonical: str
) -> None:
    """The extractor reads "the Lib Dems" and "the Conservative Party" in a post as the party; so does --party."""
    assert arc.posts(party=canonical)
    assert arc.posts(party=typed) == arc.posts(party=canonical)
    assert arc.unknown_names(party=typed) == []


def test_the_party_filters_own_aliases_come_from_the_extractors_lexicon() -> None:
    """ "the Greens" and "Reform UK Party" name the parties the extractor's lexicon gives (no second list here)."""
    from scraper.entities.candidates import canonical_party

    assert archive.query.party_alias("the Greens") == canonical_party("Greens") == "Green Party"
    assert archive.query.party_alias("Reform UK Party") == "Reform UK"
    assert archive.query.party_alias("the") is archive.query.party_alias("Party") is None


ANGLESEY = "Isle of Anglesey County Council"
WELSH_FACTS: dict[str, list[dict[str, Any]]] = {
    "councils": [{"name": ANGLESEY}, {"name": "Powys County Council"}],
    "wards": [{"name": "Seiriol", "council": ANGLESEY}],
    "candidates": [{"name": "Gwen Parry", "party": "Plaid Cymru", "votes": 812, "elected": True, "ward": "Seiriol"}],
}


@pytest.mark.parametrize(
    ("typed", "council"),
    [("Cyngor Sir Ynys Môn", ANGLESEY), ("cyngor sir ynys mon", ANGLESEY), ("Anglesey", ANGLESEY),
     ("Ynys Môn", ANGLESEY), ("Cyngor Sir Powys", "Powys County Council")],
)  # fmt: skip
def test_a_council_named_in_welsh_or_by_its_area_finds_the_council_the_archive_holds(
    arc: Archive, typed: str, council: str
) -> None:
    """ "Cyngor Sir Ynys Môn" is Isle of Anglesey County Council (the extractor's gazetteer says which council an
    area has); "Cyngor Sir Powys" is Powys County Council."""
    arc.ingest(page([post(70, later(4), "Plaid hold Seiriol", "Plaid Cymru held Seiriol.", WELSH_FACTS)]))
    assert [p["title"] for p in arc.posts(council=typed)] == ["Plaid hold Seiriol"]
    assert arc.posts(council=typed, ward="Seiriol") == arc.posts(council=council, ward="Seiriol")
    assert arc.unknown_names(council=typed) == []
    if council == ANGLESEY:
        assert [r["candidate"] for r in arc.results(council=typed)] == ["Gwen Parry"]
    assert arc.unknown_names(council="Cyngor Sir Penfro") == ["no council named 'Cyngor Sir Penfro' in the archive"]
