"""perf29: a cache copy's ``<base>`` looked for with the head's end in one search, by way of the "<" both open with
(`source._base_or_head_end`), is the base the two searches of the head found, and Cloudflare's hidden addresses are
still written back when looked for by their longer spellings."""

import re

from scraper.source import _HEAD_END, Source, _base_or_head_end, decode, served_base

_BASE = re.compile(r"<base[\s/>]", re.I)  # the base's own search, as served_base made it before

CACHE = "https://webcache.googleusercontent.com/search?q=cache:x"
PAGE = "https://www.theguardian.com/politics/live/2024/may/03/council-results"


def _two_searches(text: str) -> bool:
    """Whether a base tag opens before the head's end (or anywhere, with no head end): the two searches' answer."""
    end = _HEAD_END.search(text)
    return _BASE.search(text, 0, end.start() if end is not None else len(text)) is not None


def test_one_search_finds_the_base_the_two_searches_found() -> None:
    heads = [
        "<html><head><title>t</title></head><body><base href='x'></body></html>",  # a base after the head: none
        "<html><head><BASE HREF='https://a.example/'></head><body></body></html>",  # upper case: found
        "<html><head><base/><title>t</title></HEAD ><body></body></html>",
        "<html><head><basefont><title>t</title></head></html>",  # no base, a longer name
        "<html><head></head\n><base href='x'></html>",  # the head closed with a newline first
        "<html><body>\t<base href='x'></body></html>",  # the body opens first
        "<html><base>",  # no head end at all: the base anywhere
        "no tag at all",
        "<html><head><style>a<b</style></head><body><base></body>",  # a "<" that opens neither
    ]
    many = "<html><head>" + "<meta name=a>" * 40 + "<base href='x'></head><body></body></html>"  # sre goes on
    late = "<html><head>" + "<meta name=a>" * 40 + "</head><body><base href='x'></body></html>"
    for text in [*heads, many, late]:
        found = _base_or_head_end(text)
        assert (found is not None and found.group(1) is not None) == _two_searches(text), text
    assert sum(_two_searches(text) for text in [*heads, many, late]) == 4  # both answers met


def test_a_cache_copys_base_is_still_read_and_a_page_without_one_reads_none() -> None:
    based = f'<html><head>{"<style>p{{}}</style>" * 20}<base href="{PAGE}"></head><body><p>x</p></body></html>'
    assert served_base(Source(based, url=CACHE), CACHE) == PAGE
    assert served_base(Source(based.replace("<base", "<link"), url=CACHE), CACHE) is None


def test_cloudflare_addresses_are_written_back_by_either_spelling() -> None:
    hidden = "0b" + bytes(b ^ 0x0B for b in b"desk@paper.example").hex()
    span = f'<p>Mail <span class="__cf_email__" data-cfemail="{hidden}">[email protected]</span>.</p>'
    link = f'<p><a href="/cdn-cgi/l/email-protection#{hidden}">the desk</a></p>'
    assert "desk@paper.example" in decode(f"<html><body>{span}</body></html>")
    assert 'href="mailto:desk@paper.example"' in decode(f"<html><body>{link}</body></html>")
