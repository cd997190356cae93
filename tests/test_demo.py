"""`liveblog demo`: the bundled fixtures served on 127.0.0.1, harvested, imported, and one ward shown. Offline."""

from __future__ import annotations

import re
from pathlib import Path

from click.testing import CliRunner

from archive import Archive
from archive.cli import main
from archive.demo import busiest_ward
from archive.demo_site import cases, fixtures_dir


def test_demo_harvests_every_family_and_shows_one_ward(tmp_path: Path) -> None:
    db = tmp_path / "demo.sqlite"
    result = CliRunner().invoke(main, ["demo", "--db", str(db)])
    assert result.exit_code == 0, result.stderr
    summary, line = result.stderr.strip().splitlines()[-2:]
    assert re.search(r"liveblog demo: \d+ pages fetched, 0 not modified \(304\), \d+ new posts, .* 0 failures", summary)
    families = re.search(r"live pages \(([^)]*)\)", line)
    assert families and set(families.group(1).split(", ")) == {
        "bbc-lx", "bbc-simorgh", "bbc-webcore", "guardian", "jsonld"
    }  # fmt: skip
    saved = [case for case in cases(fixtures_dir()) if case.path.suffix == ".txt"]
    assert len(saved) >= 3 and f"imported {len(saved)} saved text copies" in line  # every good text fixture
    ward = re.search(r"showing (.+?): (\d+) posts, (\d+) results", line)
    assert ward and int(ward.group(2)) >= 1 and int(ward.group(3)) >= 1
    assert f"Posts about {ward.group(1)}:" in result.stdout and f"Results in {ward.group(1)}:" in result.stdout
    with Archive(str(db)) as archive:
        counts = archive.counts()
        live_pages = {row["live_page"] for row in archive.posts()}
        busiest = busiest_ward(archive.results())
        assert busiest is not None and ward.group(1) == f"{busiest[0]} ({busiest[1]})"  # (the ward and its council)
        assert any(row["votes"] for row in archive.results(ward=busiest[0], council=busiest[1]))
    assert counts["captures"] >= 13 and counts["posts"] >= 40
    assert len(live_pages) >= 9  # every served live page and every imported copy holds posts
    assert all(p.name.endswith(".warc.gz") for p in (tmp_path / "warc").iterdir())  # raw pages kept


def test_demo_refuses_an_archive_that_exists(tmp_path: Path) -> None:
    db = tmp_path / "d.sqlite"
    db.write_bytes(b"")
    again = CliRunner().invoke(main, ["demo", "--db", str(db)])
    assert again.exit_code == 2 and "the demo fills a fresh archive" in again.stderr
    assert db.read_bytes() == b""


def test_busiest_ward() -> None:
    rows = [{"ward": "Oadby"}, {"ward": "Darley"}, {"ward": "Darley"}, {"ward": None}, {"ward": "Abbey"}]
    assert busiest_ward(rows) == ("Darley", None)
    assert busiest_ward([{"ward": "Oadby"}, {"ward": "Abbey"}]) == ("Abbey", None)
    assert busiest_ward([]) is None


def test_the_busiest_ward_is_told_apart_from_a_namesake_in_another_council() -> None:
    scilly = {"ward": "St Mary's", "council": "Council of the Isles of Scilly"}
    rows = [scilly, scilly, {"ward": "St Mary's", "council": "Oxford City Council"}, {"ward": "Abbey", "council": None}]
    assert busiest_ward(rows) == ("St Mary's", "Council of the Isles of Scilly")
