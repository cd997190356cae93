"""A saved page's declared charset, as pages really write it: spaces and quotes inside the value, an unknown label."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from archive.cli import main
from scraper.errors import UnreadableInput
from scraper.fetch_encoding import choose_charset
from scraper.source import decode

BAD_BYTE = b"\xe9"  # the first byte of LATIN_BODY that is not UTF-8
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


def test_an_unknown_declared_charset_is_read_as_undeclared() -> None:
    """A browser ignores a label it does not know; so does liveblog (it used to refuse the page outright)."""
    page = b'<html><head><meta charset="x-made-up"><title>R</title></head><body><p>Caf\xc3\xa9</p></body></html>'
    assert "Café" in decode(page, source="saved.html")


def test_an_unknown_charset_on_unreadable_bytes_is_one_clear_line(tmp_path: Path) -> None:
    page = b'<html><head><meta charset="x-made-up"><title>R</title></head>' + LATIN_BODY
    with pytest.raises(UnreadableInput) as caught:
        decode(page, source="saved.html")
    message = str(caught.value)
    assert message.startswith("saved.html: ")
    assert "?" not in message and "Error" not in message, message  # no "LookupError at byte ?"
    assert "'x-made-up'" in message and f"byte {page.index(BAD_BYTE)}" in message
    path = tmp_path / "saved.html"
    path.write_bytes(page)
    result = CliRunner().invoke(main, ["parse", str(path)])
    assert result.exit_code == 3
    assert result.stderr.count("\n") == 1 and str(path) in result.stderr and "?" not in result.stderr


def test_undecodable_bytes_name_the_byte_not_a_python_exception() -> None:
    page = b"<html><head><title>R</title></head>" + LATIN_BODY
    with pytest.raises(UnreadableInput) as caught:
        decode(page, source="saved.html")
    assert "Error" not in str(caught.value) and f"byte {page.index(BAD_BYTE)}" in str(caught.value)
