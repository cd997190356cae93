"""The demo's fixture site: each fixture at its own address on 127.0.0.1, links rewritten to stay local."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest

from archive.demo_site import cases, fixtures_dir, live_pages, serve
from scraper.errors import UsageError


def make(root: Path, family: str, name: str, suffix: str, body: str, expected: dict) -> None:
    folder = root / family
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}{suffix}").write_text(body, encoding="utf-8")
    (folder / f"{name}.expected.json").write_text(json.dumps(expected), encoding="utf-8")


def test_fixtures_dir_is_found_beside_the_packages(tmp_path: Path) -> None:
    (tmp_path / "archive").mkdir()
    with pytest.raises(UsageError, match=r"needs the bundled fixtures at .*/fixtures, which is missing"):
        fixtures_dir(str(tmp_path / "archive" / "__init__.py"))
    (tmp_path / "fixtures").mkdir()
    assert fixtures_dir(str(tmp_path / "archive" / "__init__.py")) == tmp_path / "fixtures"


def test_cases_skip_broken_failing_and_urlless_fixtures(tmp_path: Path) -> None:
    live = "https://www.bbc.co.uk/news/live/uk-1"
    make(tmp_path, "bbc-lx", "p1", ".html", "<html/>", {"url": live})
    make(tmp_path, "bbc-lx", "bad", ".html", "<html/>", {"url": live + "/x", "error": "ParseError"})
    make(tmp_path, "bbc-lx/broken", "b", ".html", "<html/>", {"url": live + "/b"})
    make(tmp_path, "text", "copy", ".txt", "1. Post", {"url": live + "/t"})
    make(tmp_path, "text", "nourl", ".txt", "1. Post", {"url": None})
    assert [(c.family, c.path.name, c.route) for c in cases(tmp_path)] == [
        ("bbc-lx", "p1.html", "/news/live/uk-1"),
        ("text", "copy.txt", "/news/live/uk-1/t"),
    ]


def test_site_serves_each_page_at_its_path_with_links_rewritten(tmp_path: Path) -> None:
    live = "https://www.bbc.co.uk/news/live/uk-1"
    script = '<script>{"u":"https:\\/\\/www.bbc.co.uk\\/x"}</script>'
    page1 = f'<a class="qa-pagination-next-page" href="{live}/page/2">next</a>{script}'
    make(tmp_path, "bbc-lx", "p1", ".html", page1, {"url": live})
    make(tmp_path, "bbc-lx", "p2", ".html", "<p>two</p>", {"url": live + "/page/2"})
    make(
        tmp_path,
        "guardian",
        "g",
        ".html",
        "<p>g</p>",
        {"url": "https://www.theguardian.com/p/live/x?page=with:block-1"},
    )
    with serve(cases(tmp_path)) as site, httpx.Client(base_url=site.origin) as client:
        first = client.get("/news/live/uk-1")
        assert first.status_code == 200 and first.headers["content-type"].startswith("text/html")
        assert f'href="{site.origin}/news/live/uk-1/page/2"' in first.text
        assert site.origin.replace("/", "\\/") + "\\/x" in first.text  # JSON-escaped origins too
        assert client.get("/news/live/uk-1/page/2").text == "<p>two</p>"
        assert client.get("/p/live/x?page=with:block-1").text == "<p>g</p>"
        assert client.get("/robots.txt").text == "User-agent: *\nAllow: /\n"
        assert client.get("/news/live/elsewhere").status_code == 404


def test_live_pages_start_at_first_pages_and_count_the_pages_the_fixtures_hold(tmp_path: Path) -> None:
    live = "https://www.bbc.co.uk/news/live/uk-1"
    make(tmp_path, "bbc-lx", "p1", ".html", "1", {"url": live, "page": {"next_url": live + "/page/2"}})
    make(tmp_path, "bbc-lx", "p2", ".html", "2", {"url": live + "/page/2", "page": {"next_url": live + "/page/3"}})
    make(tmp_path, "guardian", "g", ".html", "g", {"url": "https://g.example/live", "page": {"next_url": "x"}})
    got = [(case.path.name, pages) for case, pages in live_pages(cases(tmp_path))]
    assert got == [("p1.html", 2), ("g.html", 1)]  # page 3 is not in the fixtures: never asked for


def test_the_bundled_fixtures_hold_several_families_and_a_multi_page_live_page() -> None:
    found = cases(fixtures_dir())
    web = [case for case in found if case.path.suffix == ".html"]
    pages = dict((case.path.name, n) for case, n in live_pages(web))
    assert {case.family for case in web} >= {"bbc-lx", "bbc-webcore", "bbc-simorgh", "guardian", "jsonld"}
    assert {case.family for case in found if case.path.suffix == ".txt"} == {"text"}
    assert max(pages.values()) >= 2
    assert len({case.route for case in web}) == len(web)  # no two fixtures claim the same address
