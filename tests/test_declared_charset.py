"""A saved page's declared charset, as pages really write it: spaces and quotes inside the value."""

from __future__ import annotations

import pytest

from scraper.fetch_encoding import choose_charset
from scraper.source import decode

# Windows-1252 bytes: "é" and curly quotes, none of them valid UTF-8.
LATIN_BODY = b"<body><p>Caf\xe9 owner \x93re-elected\x94 in the Abbey ward</p></body></html>"
DECLARATIONS = [
    b'<meta charset=" windows-1252 ">',
    b"<meta charset='windows-1252'>",
    b'<meta http-equiv="Content-Type" content="text/html; charset = \'windows-1252\'">',
    b'<meta http-equiv="Content-Type" content="text/html;charset= windows-1252">',
]


@pytest.mark.parametrize("meta", DECLARATIONS)
def test_a_declared_charset_with_spaces_or_quotes_is_read(meta: bytes) -> None:
    page = b"<html><head>" + meta + b"<title>Results</title></head>" + LATIN_BODY
    text = decode(page, source="saved.html")
    assert "Café owner \u201cre-elected\u201d" in text
    assert choose_charset(None, page) == "cp1252"  # the fetcher agrees
