"""Detection's short cuts decide as the plain reads do: `find_literal` is ``str.find``, and every page (fixtures,
benchmark pages and crafted edge pages) is given the family the plain whole-page searches give."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from benchmarks.pages import FAMILIES, FETCHED_AT
from scraper import source
from scraper.errors import LiveblogError
from scraper.parse import detect
from scraper.source import Source, decode, find_literal

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
PAGES = sorted(p for p in FIXTURES.glob("*/**/*") if p.suffix in (".html", ".json", ".txt"))
NEEDLES = (("__INITIAL_DATA__", "_"), ("__NEXT_DATA__", "X"), ("aXa", "X"))


def _plain(text: str, needle: str, rare: str, start: int = 0, end: int | None = None) -> int:
    return text.find(needle, start, len(text) if end is None else end)


def test_find_literal_is_str_find() -> None:
    rnd = random.Random(7)
    for _ in range(3000):
        needle, rare = rnd.choice(NEEDLES)
        # texts dense in the rare character (past the tries, where the plain search takes over) and sparse ones
        parts = [needle, rare, rare * rnd.randrange(1, 40), "ab", needle[:-1], needle[1:], "<p>", "XX__"]
        text = "".join(rnd.choice(parts) for _ in range(rnd.randrange(0, 30)))
        start = rnd.randrange(0, len(text) + 2)
        end = rnd.choice((None, rnd.randrange(0, len(text) + 2)))
        assert find_literal(text, needle, rare, start, end) == _plain(text, needle, rare, start, end), (
            text,
            start,
            end,
        )
        assert find_literal(text, needle, rare) == text.find(needle)


def _edge_pages() -> list[tuple[str, str | None]]:
    """Pages that put the families' markers after many of the rare characters, or leave them half written."""
    many = "<p>" + "X_" * 200 + "</p>"
    webcore = f'<html><body>{many}<script>window.__INITIAL_DATA__="{{}}";</script>liveTextStreamId</body></html>'
    return [
        (webcore, None),
        (webcore.replace("__INITIAL_DATA__", "__INITIAL_DATA_"), None),
        (f'<html><body>{many}<script id="__NEXT_DATA__">{{"liveTextStream": 1}}</script></body></html>', None),
        (f"<html><body>{many}__NEXT_DATA_ __NEXT_DATA__ liveTextStream</body></html>", None),
        (f"<html><body>{many}_NEXT_DATA__ liveTextStream</body></html>", None),
        (f'<html><body>{many}<ol class="lx-stream__feed"></ol></body></html>', None),
        (f"<html><body>{many}<p>__NEXT_DATA__</p></body></html>", "https://www.bbc.com/pidgin/live/c1"),
        *((page, None) for page in _STREAM_PAGES),
    ]


# Pages holding an element DETECT finds (or not) written every way `bbc_lx._may_hold_stream` must see through:
# by character references, in other cases (quirks mode matches them), behind comments and byte order marks.
_STREAM_PAGES = [
    f"{doctype}<html><body>{element}</body></html>"
    for doctype in ("<!doctype html>", " \n<!DOCTYPE HTML >", "", "<!-- c --><!doctype html>", "\ufeff<!doctype html>",
                    "<!doctype html x>")
    for element in ('<ol class="lx-stream__feed"></ol>', '<div id="lx&#45;stream"></div>', '<p id="&#108;x-stream">',
                    '<p id="&#X6c;x-stream">', '<p id="&#x00006C;x-stream">', '<p id="lx&#045stream">',
                    '<p id="LX-STREAM">', '<p id="lx-Stream">', "<p id=lx-stream>", '<p class="a lx-stream-post">',
                    '<article class="x lx-stream-post">', '<p id="lx-&amp;stream">', '<p id="&#10000000108;x-stream">',
                    "&amp;" * 300 + '<p id="lx&#45;stream">', '<p id="lx_stream">')
]  # fmt: skip


def _inputs() -> list[tuple[str | bytes, str | None]]:
    pages: list[tuple[str | bytes, str | None]] = [(p.read_bytes(), None) for p in PAGES]
    pages += [(make(seed, 40), url) for make, url in FAMILIES.values() for seed in (1, 2)]
    return pages + list(_edge_pages())


def _family(data: str | bytes, url: str | None) -> str:
    try:
        return detect(Source(decode(data), url=url, fetched_at=FETCHED_AT))
    except LiveblogError as exc:
        return type(exc).__name__


def test_detection_is_the_plain_searches(monkeypatch: pytest.MonkeyPatch) -> None:
    inputs = _inputs()
    found = [_family(data, url) for data, url in inputs]
    monkeypatch.setattr(source, "find_literal", _plain)
    monkeypatch.setattr("scraper.layouts.bbc_lx._may_hold_stream", lambda text: True)
    for module in ("bbc_webcore", "bbc_simorgh"):
        monkeypatch.setattr(f"scraper.layouts.{module}.find_literal", _plain)
    assert found == [_family(data, url) for data, url in inputs]
    assert {"bbc-webcore", "bbc-simorgh", "bbc-lx", "guardian", "jsonld", "text"} <= set(found)


def test_a_page_told_without_stream_has_no_element_detect_finds() -> None:
    """`bbc_lx._may_hold_stream` is False only on pages where DETECT finds nothing, and is False on pages of the other
    families (the look is worth making)."""
    from selectolax.lexbor import LexborHTMLParser

    from scraper.layouts import bbc_lx

    told = []
    for data, _url in _inputs():
        text = decode(data)
        if not bbc_lx._may_hold_stream(text):
            assert LexborHTMLParser(text).css_first(bbc_lx.DETECT) is None
            told.append(text)
    assert len(told) > 10 and any(make(1, 40) in told for make, _ in FAMILIES.values())
    held = [page for page in _STREAM_PAGES if LexborHTMLParser(page).css_first(bbc_lx.DETECT) is not None]
    assert len(held) > len(_STREAM_PAGES) // 2


@pytest.mark.parametrize(
    "lead",
    [
        "<!doctype html>",
        "<!DOCTYPE html>",
        "\t\r\n <!doctype\nHTML >",
        "<!doctypehtml>",
        "<!doctype html x>",
        "<!doctype html5>",
        "<!-- c --><!doctype html>",
        "\ufeff<!doctype html>",
        "",
        "<html>",
        "x<!doctype html>",
        '<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01//EN">',
    ],  # fmt: skip
)
def test_no_quirks_is_told_only_of_a_page_read_so(lead: str) -> None:
    """`source.no_quirks` is True only where Lexbor matches classes in the case written (no-quirks mode)."""
    from selectolax.lexbor import LexborHTMLParser

    quirks = LexborHTMLParser(f'{lead}<p class="A">x</p>').css_first(".a") is not None
    assert not (source.no_quirks(lead) and quirks)
    assert source.no_quirks(lead) == (lead in ("<!doctype html>", "<!DOCTYPE html>", "\t\r\n <!doctype\nHTML >",
                                                "<!doctypehtml>"))  # fmt: skip


def test_refs_may_write_sees_every_reference_writing_a_word_character() -> None:
    """`source.refs_may_write` finds a numeric reference to any of the characters (decimal or hex, leading zeros, no
    ";"), a named one writing one (NAMED_WORD_REFS is every one html.entities knows that writes a letter, digit,
    "-" or "_"), and gives up past its count; not references to other characters."""
    from html.entities import html5

    writing = {
        name: written
        for name, written in html5.items()
        if any(c.isascii() and (c.isalnum() or c in "-_") for c in written)
    }
    assert writing == source.NAMED_WORD_REFS
    for ref in ("&#45;", "&#045", "&#x2d;", "&#X2D", "&#x00000002d;", "&#0000000000000045;", "&lowbar;", "&UnderBar;"):
        assert source.refs_may_write(f"a &amp; b {ref} c", "-_"), ref
    for ref in ("&#46;", "&#x2e;", "&#10000000045;", "&#x1000000002d;", "&#x;", "&#;", "&amp;", "&fjlig;"):
        assert not source.refs_may_write(f"a &amp; b {ref} c", "-_"), ref
    assert source.refs_may_write("&fjlig;", "j") and not source.refs_may_write("", "j")
    assert source.refs_may_write("&amp;" * 300, "j") and not source.refs_may_write("&amp;" * 255, "j")
