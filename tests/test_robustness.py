"""Robustness: odd but possible markup never hangs or crashes a parser (only LiveblogError subclasses escape)."""

from __future__ import annotations

import gc
import importlib
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from selectolax.lexbor import LexborHTMLParser

import scraper
from scraper.clean import remove_all

FETCHED = datetime(2024, 5, 3, 9, 0, tzinfo=UTC)
WEBCORE_URL = "https://www.bbc.co.uk/news/live/uk-england-derbyshire-56931722"
FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def test_remove_all_never_removes_the_root_and_takes_nested_matches_once() -> None:
    root = LexborHTMLParser(
        '<div class="a-Share"><p>keep</p><div class="b-Share"><span class="c-Share">x</span></div></div>'
    ).css_first("div")
    assert root is not None
    assert remove_all(root, '[class*="Share"]') == 1
    assert root.text() == "keep"


def test_a_post_whose_own_class_matches_a_not_body_selector_is_read_not_looped_on() -> None:
    # Lexbor's css() matches the node itself: a post element classed like its share tools once made
    # "remove until none is left" loop for ever.
    html = (
        '<html><body><ol><li><article data-testid="content-post" class="ssrcss-9x-SharePost">'
        "<h3>Count under way</h3><p>Ballot boxes are arriving.</p></article></li></ol></body></html>"
    )
    page = scraper.parse(html, url=WEBCORE_URL, fetched_at=FETCHED, entities=False)
    assert [p.body_text for p in page.posts] == ["Ballot boxes are arriving."]


def test_an_unparsable_link_address_is_kept_as_written_not_raised() -> None:
    # urllib raises ValueError("Invalid IPv6 URL") for an unclosed "[": a cut or mistyped href must not.
    html = (
        '<html><body><ol><li><article data-testid="content-post"><h3>Turnout</h3>'
        '<p>See <a href="http://[2001:db8::1/results">the results</a>.</p></article></li></ol></body></html>'
    )
    page = scraper.parse(html, url=WEBCORE_URL, fetched_at=FETCHED, entities=False)
    assert [(link.text, link.url) for link in page.posts[0].links] == [("the results", "http://[2001:db8::1/results")]


def test_an_unparsable_next_page_address_is_kept_not_raised() -> None:
    html = (
        '<html><head><link rel="canonical" href="https://www.theguardian.com/politics/live/2024/may/03/x">'
        '<link rel="next" href="http://[broken/politics/live?page=2#top"></head><body>'
        '<article id="block-1" class="block"><header><h2>Count</h2></header><p>Under way.</p></article>'
        "</body></html>"
    )
    page = scraper.parse(html, fetched_at=FETCHED, entities=False)
    assert page.page.next_url == "http://[broken/politics/live?page=2"


@pytest.mark.parametrize("source", [None, 42, ["<html>"], {"html": ""}])
def test_parse_of_a_wrong_type_raises_a_type_error_naming_what_it_takes(source: object) -> None:
    with pytest.raises(TypeError, match=r"str or bytes, not " + type(source).__name__):
        scraper.parse(source)  # type: ignore[arg-type]


def test_parse_of_wrong_url_or_fetched_at_types_raises_a_type_error() -> None:
    with pytest.raises(TypeError, match="url=.*str or None, not bytes"):
        scraper.parse("<p>x</p>", url=b"https://www.bbc.co.uk/")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="fetched_at=.*datetime or None, not str"):
        scraper.parse("<p>x</p>", fetched_at="2024-05-03T09:00:00Z")  # type: ignore[arg-type]


def test_parse_takes_a_bytearray_as_bytes() -> None:
    html = (FIXTURES / "bbc-webcore" / "derbyshire-2021-page1.html").read_bytes()
    page = scraper.parse(bytearray(html), url=WEBCORE_URL, fetched_at=FETCHED, entities=False)  # type: ignore[arg-type]
    assert page.posts


@pytest.mark.parametrize("collecting", [True, False])
def test_parse_pauses_the_garbage_collector_and_leaves_it_as_it_found_it(collecting: bool) -> None:
    html = (FIXTURES / "bbc-webcore" / "derbyshire-2021-page1.html").read_bytes()
    seen: list[bool] = []
    module = importlib.import_module("scraper.parse")  # `scraper.parse` is the function
    real = module._parse

    def spy(*args: object, **kwargs: object) -> object:
        seen.append(gc.isenabled())
        return real(*args, **kwargs)  # type: ignore[arg-type]

    was = gc.isenabled()
    (gc.enable if collecting else gc.disable)()
    try:
        with pytest.MonkeyPatch.context() as mp:
            mp.setattr(module, "_parse", spy)
            assert scraper.parse(html, url=WEBCORE_URL, fetched_at=FETCHED, entities=False).posts
            with pytest.raises(scraper.LayoutNotRecognised):
                scraper.parse(b"<p>no page</p>", url=WEBCORE_URL)
        assert gc.isenabled() is collecting
    finally:
        (gc.enable if was else gc.disable)()
    assert seen == [False, False]


FREEZE = """
import gc, sys
from datetime import datetime, timezone
import scraper
html = open(sys.argv[1], "rb").read()
when = datetime(2024, 5, 3, 9, 0, tzinfo=timezone.utc)
counts = [gc.get_freeze_count()]
for _ in range(2):
    scraper.parse(html, url=sys.argv[2], fetched_at=when)
    counts.append(gc.get_freeze_count())
print(*counts, "scraper.entities" in sys.modules, gc.isenabled())
"""


def test_the_modules_a_first_parse_imports_are_left_out_of_later_collections() -> None:
    """A fresh process's first parse imports the layout and the extractor; what it holds then is frozen out of the
    collector's walks once (they live as long as the process), and a later parse, importing nothing, freezes
    nothing more: its own objects stay collectable."""
    html = FIXTURES / "bbc-webcore" / "derbyshire-2021-page1.html"
    done = subprocess.run([sys.executable, "-c", FREEZE, str(html), WEBCORE_URL], cwd=FIXTURES.parent,
                          capture_output=True, text=True, check=True)  # fmt: skip
    first, after_one, after_two, imported, collecting = done.stdout.split()
    assert (first, imported, collecting) == ("0", "True", "True")
    assert int(after_one) > 10_000
    assert after_two == after_one
