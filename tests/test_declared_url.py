"""A saved page parsed with no ``url``: its own address (``<link rel=canonical>``, else ``og:url``) stands in.

The canonical address of a BBC page may be page 1's on page N (LX drops ``/page/N``, WebCore ``?page=N``): the page
number then comes from the page itself and the page's ``url`` and neighbours are page N's. A given ``url`` wins.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from archive.cli import main
from scraper import parse
from scraper.source import Source, declared_url

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
LX = "https://www.bbc.co.uk/news/live/uk-politics-48100000"
WEBCORE = "https://www.bbc.co.uk/news/live/uk-politics-68923531"
DERBY_LX = "https://www.bbc.co.uk/news/live/uk-england-derbyshire-48117960"
DERBY_WC = "https://www.bbc.co.uk/news/live/uk-england-derbyshire-56931722"
LAGOS = "https://www.bbc.com/pidgin/live/c0w8l3g2x9jt"


def page_of(case: str, url: str | None = None) -> dict:
    return parse((FIXTURES / case).read_bytes(), url=url, entities=False).to_dict()


@pytest.mark.parametrize(
    ("case", "url", "number", "prev_url", "next_url"),
    [
        # LX page 3 whose canonical is page 1's: page 3 from its pager, its pager's links made absolute
        ("bbc-lx/wrapped-posts-2019-page3.html", LX + "/page/3", 3, LX + "/page/2", LX + "/page/4"),
        ("bbc-lx/derbyshire-2019-page1.html", DERBY_LX, 1, None, DERBY_LX + "/page/2"),
        ("bbc-lx/derbyshire-2019-page2.html", DERBY_LX + "/page/2", 2, DERBY_LX + "/page/1", None),
        # WebCore page 2 and 3 whose canonical drops ?page=N: the number from the page data
        ("bbc-webcore/share-link-page2-2024.html", WEBCORE + "?page=2", 2, WEBCORE + "?page=1", WEBCORE + "?page=3"),
        ("bbc-webcore/promo-card-fields-2024.html", WEBCORE + "?page=3", 3, WEBCORE + "?page=2", WEBCORE + "?page=4"),
        ("bbc-webcore/derbyshire-2021-page2.html", DERBY_WC + "?page=2", 2, DERBY_WC + "?page=1", None),
        # the rendered-HTML reading of WebCore (its data cut short): the number from the canonical ?page=2
        ("bbc-webcore/broken/derbyshire-page2-truncated.html", DERBY_WC + "?page=2", 2, DERBY_WC + "?page=1", None),
        ("bbc-simorgh/lagos-2023-page1.html", LAGOS, 1, None, LAGOS + "?page=2"),
    ],
)
def test_a_saved_bbc_page_takes_its_own_address(
    case: str, url: str, number: int, prev_url: str | None, next_url: str | None
) -> None:
    got = page_of(case)
    assert got["url"] == url
    assert (got["page"]["number"], got["page"]["prev_url"], got["page"]["next_url"]) == (number, prev_url, next_url)


@pytest.mark.parametrize(
    "case",
    [
        "bbc-lx/derbyshire-2019-page1.html",
        "bbc-lx/wrapped-posts-2019-page3.html",
        "bbc-webcore/derbyshire-2021-page1.html",
        "bbc-webcore/promo-card-fields-2024.html",
        "bbc-simorgh/kano-2023-empty-images.html",
    ],
)
def test_its_posts_are_those_of_a_parse_given_the_address(case: str) -> None:
    """Post ids, permalinks and links alike: the page's own address resolves them as a given one does."""
    own = page_of(case)
    assert own["posts"] == page_of(case, url=own["url"])["posts"]
    assert all(link["url"].startswith("https://") for post in own["posts"] for link in post["links"])


def test_a_relative_lx_post_link_is_made_absolute() -> None:
    links = [link["url"] for post in page_of("bbc-lx/derbyshire-2019-page1.html")["posts"] for link in post["links"]]
    assert "https://www.bbc.co.uk/news/uk-england-derbyshire-48150123" in links


def test_a_given_url_wins_over_the_canonical_one() -> None:
    given = "https://example.org/live/saved?page=2"
    got = page_of("bbc-webcore/share-link-page2-2024.html", url=given)
    assert got["url"] == given
    assert got["page"]["prev_url"] == "https://example.org/live/saved?page=1"
    lx = page_of("bbc-lx/wrapped-posts-2019-page3.html", url="https://example.org/live/x/page/3")
    assert lx["url"] == "https://example.org/live/x/page/3"
    assert lx["page"]["next_url"] == "https://example.org/news/live/uk-politics-48100000/page/4"  # the pager's link


def test_a_page_with_no_address_of_its_own_keeps_none() -> None:
    got = page_of("bbc-lx/morph-only-2019.html")
    assert got["url"] is None


def own(head: str) -> str | None:
    return declared_url(Source(f"<!doctype html><html><head>{head}</head><body><p>x</p></body></html>"))


def test_declared_url_canonical_then_og_url_absolute_only() -> None:
    canonical = '<link rel="canonical" href="https://www.bbc.co.uk/news/live/a-1#top">'
    og = '<meta property="og:url" content="https://www.bbc.co.uk/news/live/b-2">'
    assert own(og + canonical) == "https://www.bbc.co.uk/news/live/a-1"  # the canonical link first, no fragment
    assert own('<link rel="canonical" href="/news/live/a-1">' + og) == "https://www.bbc.co.uk/news/live/b-2"
    assert own('<link rel="Canonical" href="http://example.org/x">') == "http://example.org/x"
    assert own('<link rel="canonical" href="javascript:void(0)">') is None
    assert own('<link rel="canonical" href="https://">') is None
    assert own("<title>no address</title>") is None
    assert declared_url(Source('{"canonical": "https://example.org/"}')) is None  # not an HTML page


def test_the_cli_without_url_prints_the_page_address(tmp_path: Path) -> None:
    saved = tmp_path / "saved-page.html"
    saved.write_bytes((FIXTURES / "bbc-webcore/share-link-page2-2024.html").read_bytes())
    result = CliRunner().invoke(main, ["parse", str(saved), "--format", "json", "--no-entities"])
    assert result.exit_code == 0, result.output
    out = json.loads(result.output)
    assert (out["url"], out["page"]["number"]) == (WEBCORE + "?page=2", 2)
