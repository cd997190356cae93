"""Detection's short cuts decide as the plain reads do: `find_literal` is ``str.find``, and every page (fixtures,
benchmark pages and crafted edge pages) is given the family the plain whole-page searches give."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from selectolax.lexbor import LexborHTMLParser

from benchmarks.pages import FAMILIES, FETCHED_AT
from scraper import source
from scraper.errors import LiveblogError
from scraper.layouts import bbc_lx
from scraper.parse import detect
from scraper.source import Source, decode, find_literal, utf8

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
        tries = rnd.choice((0, 1, 3, 256))
        assert find_literal(text, needle, rare, start, end, tries) == _plain(text, needle, rare, start, end)


def test_utf8_is_what_selectolax_encodes_a_text_as() -> None:
    rnd = random.Random(11)
    piece = source._UTF8_PIECE
    chars = ["a", "<p>", "\u2019", "\xe9", "\U0001f600", "\ud800", "\udc00", "\x00"]
    for _ in range(300):
        runs = [rnd.choice(chars) * rnd.choice((1, 2, piece - 1, piece)) for _ in range(rnd.randrange(0, 6))]
        text = "".join(runs)
        start = rnd.randrange(0, len(text) + 2)
        end = rnd.choice((None, rnd.randrange(0, len(text) + 2), len(text) + 5))
        assert utf8(text, start, end) == text[start:end].encode("utf-8", "ignore")
    assert utf8("") == b"" and utf8("x" * (3 * piece)) == b"x" * (3 * piece)


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
        ('<!DOCTYPE html><html><body><article class="LX-Stream-Post"><p>x</p></article></body></html>', None),
        ('<html><body><article class="LX-Stream-Post"><p>x</p></article></body></html>', None),
    ]


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
    for module in ("bbc_webcore", "bbc_simorgh"):
        monkeypatch.setattr(f"scraper.layouts.{module}.find_literal", _plain)
    monkeypatch.setattr(bbc_lx, "DETECT_GATE", "*")  # every page: DETECT itself decides
    assert found == [_family(data, url) for data, url in inputs]
    assert {"bbc-webcore", "bbc-simorgh", "bbc-lx", "guardian", "jsonld", "text"} <= set(found)


def test_detect_gate_finds_a_node_wherever_detect_does() -> None:
    """`bbc_lx.DETECT_GATE` (asked first) is a superset of DETECT: in quirks and no-quirks pages, any case, tokens
    among others, character references, and near misses (long s, Kelvin sign, an id that only holds the name)."""
    classes = [
        "lx-stream-post",
        "LX-Stream-Post",
        "a lx-stream__post-container b",
        "lx-stream__feed",
        "lx&#45;stream-post",
        "&#108;&#120;-stream__feed",
        "lx-\u017ftream-post",
        "lx-stream-pos\u212a",
        "lx-stream",
        "xlx-stream-postx",
    ]
    ids = ["lx-stream", "LX-STREAM", "Lx-Stream", "lx-stream-x", "lx&#45;stream", "lx-\u017ftream"]
    tags = ["article", "li", "ol", "p", "ARTICLE"]
    pages = [f'<{tag} class="{value}">' for tag in tags for value in classes]
    pages += [f'<{tag} id="{value}">' for tag in tags for value in ids]
    pages += [f'<{tag} id="{v}" class="{c}">' for tag in tags for v in ids[:2] for c in classes[:3]]
    matched = 0
    for head in ("", "<!DOCTYPE html>", '<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">'):
        for body in pages:
            tree = LexborHTMLParser(f"{head}<html><body><div>{body}x</div></body></html>")
            if tree.css_first(bbc_lx.DETECT) is not None:
                matched += 1
                assert tree.css_first(bbc_lx.DETECT_GATE) is not None, (head, body)
    assert matched > 50
    for data, _url in _inputs():
        text = decode(data)
        tree = LexborHTMLParser(text)
        assert tree.css_first(bbc_lx.DETECT) is None or tree.css_first(bbc_lx.DETECT_GATE) is not None


def test_guardian_address_is_known_before_the_lx_walk(monkeypatch: pytest.MonkeyPatch) -> None:
    """An HTML page given at a Guardian live address is told Guardian without BBC LX's walk of the page; a saved
    page (no address), a JSON document or another address still asks LX first."""
    page = '<html><body><article id="block-1"><p>Labour hold Ashfield</p></article></body></html>'
    live = "https://www.theguardian.com/politics/live/2024/may/03/council-results"
    assert _family(page, live) == "guardian"

    def no_walk(src: Source) -> bool:
        raise AssertionError("LX asked")

    monkeypatch.setattr(bbc_lx, "detect", no_walk)
    assert _family(page, live) == "guardian"
    assert _family(page, "https://WWW.TheGuardian.com/uk/live/x") == "guardian"
    for other in (None, "https://www.theguardian.com/politics/2024/may/03/results", "https://www.bbc.co.uk/live/x"):
        with pytest.raises(AssertionError, match="LX asked"):
            _family(page, other)
    with pytest.raises(AssertionError, match="LX asked"):
        _family('{"a": 1}', live)
