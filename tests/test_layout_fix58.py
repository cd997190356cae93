"""Fixes of blind layout round 58: a page gzipped on disk, a search engine's cache copy with its <base href>, a page
whose UTF-8 was read as Windows-1252 and saved again, and a copy made as Markdown."""

from __future__ import annotations

import gzip
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner
from test_layout_fix45 import _div_block, _old_frontend

import scraper
from archive.cli import main
from scraper.errors import UnreadableInput
from scraper.source import decode

# A small JSON-LD live page of its own wording (not the round's fixture).
JSONLD_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Results live</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"LiveBlogPosting",
"headline":"Borough count live","datePublished":"2025-05-01T22:00:00+01:00","liveBlogUpdate":[
{"@type":"BlogPosting","headline":"Independents gain Riverside","datePublished":"2025-05-02T01:10:00+01:00",
"articleBody":"Independents have gained Riverside ward by 58 votes – a first for the town’s council."}]}</script>
</head><body><main><h1>Borough count live</h1></main></body></html>"""


def test_a_gzipped_copy_is_read_as_the_page_it_holds() -> None:
    assert decode(gzip.compress(JSONLD_PAGE.encode("utf-8"))) == JSONLD_PAGE


def test_a_gzipped_copy_on_disk_is_parsed_by_the_cli(tmp_path: Path) -> None:
    path = tmp_path / "count.html.gz"
    path.write_bytes(gzip.compress(JSONLD_PAGE.encode("utf-8")))
    result = CliRunner().invoke(main, ["parse", str(path), "--url", "https://news.example.org/live/count"])
    assert result.exit_code == 0, result.output
    page = json.loads(result.stdout)
    assert [post["title"] for post in page["posts"]] == ["Independents gain Riverside"]
    assert "the town’s council." in page["posts"][0]["body_text"]


def test_a_gzipped_copy_cut_short_is_one_clear_error() -> None:
    with pytest.raises(UnreadableInput) as caught:
        decode(gzip.compress(JSONLD_PAGE.encode("utf-8"))[:200], source="cut.html.gz")
    assert str(caught.value).startswith("cut.html.gz: input is gzip-compressed but cannot be decompressed")


BLOG = "https://www.theguardian.com/politics/live/2017/jun/09/election-night-live"
BLOCK = _div_block(
    "593a0b11e4b0c9", "2017-06-09T04:12:00.000Z", "5.12am BST", "Recount in Dudley", "Bundles rechecked."
)


def _cached(page: str, base: str = BLOG) -> str:
    """``page`` as a search engine's cache serves it: its own document nested in the cache's, under a banner."""
    return (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><base href="{base}"></head><body>'
        f'<div id="cache-banner">This is the cached copy of <a href="{base}">{base}</a>.</div>'
        f'<div style="position:relative">{page}</div></body></html>'
    )


def test_a_cache_copys_links_resolve_against_its_base_not_the_cache() -> None:
    page = scraper.parse(
        _cached(_old_frontend(BLOCK)), url="http://cache.search.example/c?q=guardian+dudley", entities=False
    )
    assert [post.url for post in page.posts] == [f"{BLOG}?page=with:block-593a0b11e4b0c9#block-593a0b11e4b0c9"]
    assert page.url == BLOG


def test_a_cache_copy_given_no_address_takes_its_base_as_the_pages() -> None:
    nested_only = _old_frontend(BLOCK).replace('<link rel="canonical"', '<link rel="alternate"')
    page = scraper.parse(_cached(nested_only), entities=False)
    assert page.url == BLOG
    assert page.posts[0].url == f"{BLOG}?page=with:block-593a0b11e4b0c9#block-593a0b11e4b0c9"


def test_a_base_on_the_pages_own_host_leaves_the_address_given() -> None:
    given = f"{BLOG}?page=with:block-593a0b11e4b0c9"
    page = scraper.parse(_cached(_old_frontend(BLOCK), base="https://www.theguardian.com/"), url=given, entities=False)
    assert page.url == given
    assert page.posts[0].url == f"{given}#block-593a0b11e4b0c9"


def _misread(text: str) -> str:
    """``text``'s UTF-8 read as Windows-1252, as a browser reads it (its five unassigned bytes as C1 controls)."""
    return "".join(
        bytes([b]).decode("cp1252") if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D) else chr(b) for b in text.encode()
    )


RESULT = "<p>The Liberal Democrats’ “best night in years”: Chloë Dubé wins Kingsmead – turnout cost £2.10 a voter.</p>"


def test_utf8_read_as_windows_1252_and_saved_again_is_read_as_it_was_written() -> None:
    page = f"<html><head><title>Count</title></head><body>{_misread(RESULT)}</body></html>"
    assert "â€™" in page and "Â£" in page and "â€\x9d" in page
    assert decode(page.encode("utf-8")) == f"<html><head><title>Count</title></head><body>{RESULT}</body></html>"


@pytest.mark.parametrize(
    "text",
    [
        RESULT + "<p>Âge moyen des électeurs</p>",  # real accents only: "Â" before a letter is no UTF-8 lead byte's
        RESULT + _misread("<p>Kingsmead’s count</p>"),  # real quotes beside mojibake: which to undo is no certainty
        "<p>Ã</p>",  # a mark alone, no continuation after it
    ],
)
def test_text_that_is_not_wholly_misread_utf8_is_left_as_it_is(text: str) -> None:
    assert decode(text.encode("utf-8")) == text


LIVE = "https://www.bbc.co.uk/news/live/uk-scotland-61320455"


def _markdown_copy(page: int, pager: str) -> str:
    """A WebCore page copied as Markdown, of its own wording: two posts, a link, an image, a numbered pager."""
    return f"""# Scottish council elections 2022: Highland results

-   [Home](https://www.bbc.co.uk/news)
-   [Scotland](https://www.bbc.co.uk/news/scotland)

## SNP largest party in Highland, published at 16:40 British Summer Time 6 May 2022

16:40 BST 6 May 2022

**Steven McKenzie**

BBC Scotland Highlands and Islands reporter

The SNP now has 22 councillors, with [every Highland ward declared](https://www.bbc.co.uk/news/election/2022/scotland/councils/S12000017).

Independents hold 21, with the \\*Highland\\_First\\* group on two.

2017\\. Independents won 28 seats then.

## Recount in Inverness Ness-side, published at 15:05 British Summer Time 6 May 2022

15:05 BST 6 May 2022

![Counting staff at the Inverness count](https://ichef.bbci.co.uk/news/800/cpsprodpb/12A4/production/_124563_count.jpg)

Image source, Getty Images

A **recount** has been called in Ness-side after just four votes split the last two candidates.

{pager}
"""


def _scored(page: int, pager: str) -> scraper.Page:
    return scraper.parse(_markdown_copy(page, pager), url=f"{LIVE}?page={page}", fetched_at=FETCHED, entities=False)


FETCHED = datetime(2022, 5, 6, 18, tzinfo=UTC)


def test_a_copy_made_as_markdown_is_read_without_its_marks() -> None:
    pager = "\n".join(
        [f"[Previous page]({LIVE}?page=1)", f"-   [1]({LIVE}?page=1)", "-   2", f"-   [3]({LIVE}?page=3)", "-   ..."]
        + [f"-   [9]({LIVE}?page=9)", f"[Next page]({LIVE}?page=3)"]
    )
    page = _scored(2, pager)
    assert page.layout == "text" and page.title == "Scottish council elections 2022: Highland results"
    first, second = page.posts
    assert (first.title, first.author, first.role) == (
        "SNP largest party in Highland",
        "Steven McKenzie",
        "BBC Scotland Highlands and Islands reporter",
    )
    assert first.published_at == datetime(2022, 5, 6, 15, 40, tzinfo=UTC)
    assert first.body_text == (
        "The SNP now has 22 councillors, with every Highland ward declared.\n"
        "Independents hold 21, with the *Highland_First* group on two.\n2017. Independents won 28 seats then."
    )
    assert [(link.text, link.url) for link in first.links] == [
        ("every Highland ward declared", "https://www.bbc.co.uk/news/election/2022/scotland/councils/S12000017")
    ]
    assert second.title == "Recount in Inverness Ness-side"
    assert (
        second.body_text
        == "A recount has been called in Ness-side after just four votes split the last two candidates."
    )
    picture = "https://ichef.bbci.co.uk/news/800/cpsprodpb/12A4/production/_124563_count.jpg"
    assert [(image.alt, image.credit, image.src) for image in second.images] == [
        ("Counting staff at the Inverness count", "Getty Images", picture)
    ]
    assert (page.page.number, page.page.total) == (2, 9)
    assert (page.page.prev_url, page.page.next_url) == (f"{LIVE}?page=1", f"{LIVE}?page=3")


def test_a_markdown_copy_of_the_last_page_counts_itself_as_the_last() -> None:
    pager = f"[Previous page]({LIVE}?page=8)\n\n-   [1]({LIVE}?page=1)\n-   ...\n-   [8]({LIVE}?page=8)\n-   9"
    assert (_scored(9, pager).page.number, _scored(9, pager).page.total) == (9, 9)


def test_numbered_links_to_another_live_page_give_no_count() -> None:
    other = "https://www.bbc.co.uk/news/live/uk-wales-61320999"
    pager = f"-   [1]({other}?page=1)\n-   [12]({other}?page=12)\n-   [Home](https://www.bbc.co.uk/news)"
    assert _scored(2, pager).page.total is None
