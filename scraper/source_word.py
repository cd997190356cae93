"""A live page kept as a Word document (`page.docx`): its text selected in the browser, pasted into Word and saved.

A .docx is a ZIP archive whose ``word/document.xml`` holds the paragraphs (``<w:p>``: a style naming a heading, runs
of text, hyperlinks whose addresses are relationships of ``word/_rels/document.xml.rels``, pictures with the alt
text Word kept in ``<wp:docPr descr>``) and tables. The document is given as the HTML those make, which the text
layout reads as it reads a reader view's: the paste kept the page's lines (titles with their "published at" times,
bylines, bodies) and Word's list numbering took the place of the posts' numbers.
"""

from __future__ import annotations

import html
import re
from typing import TYPE_CHECKING

from scraper.errors import UnreadableInput

if TYPE_CHECKING:
    import zipfile
    from xml.etree.ElementTree import Element

ZIP_MAGIC = b"PK\x03\x04"
_DOCUMENT = "word/document.xml"
_RELATIONSHIPS = "word/_rels/document.xml.rels"
_CORE = "docProps/core.xml"
# The most a part may unpack to: a document of a live page's text is well under a megabyte; a ZIP that unpacks to
# more (a bomb, a document of scanned pages) is refused, not unpacked whole into memory.
PART_MAX_BYTES = 32 * 1024 * 1024

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_WP = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}"
_PACKAGE_RELS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_DC_TITLE = "{http://purl.org/dc/elements/1.1/}title"
# Word's built-in heading styles by their ids ("Heading3"; "Title" the document's own heading).
_HEADING_STYLE = re.compile(r"^(?:Heading([1-6])|(Title))$", re.I)


def word_page(data: bytes, source: str | None) -> bytes:
    """The HTML of a Word document's paragraphs and tables; a ZIP archive that is no Word document (or one that
    cannot be read) is an UnreadableInput saying so, not a binary read as text."""
    import io
    import zipfile  # (only a Word document needs the ZIP reader)

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            if _DOCUMENT not in names:
                raise UnreadableInput(
                    "input is a ZIP archive, not a web page, text copy or Word document", source=source
                )
            document = _element(_part(archive, _DOCUMENT, source), source)
            links = _links(_element(_part(archive, _RELATIONSHIPS, source), source)) if _RELATIONSHIPS in names else {}
            title = _element(_part(archive, _CORE, source), source).findtext(_DC_TITLE) if _CORE in names else None
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError) as exc:
        raise UnreadableInput(f"input is a ZIP archive that cannot be read ({exc})", source=source) from exc
    body = document.find(f"{_W}body")
    blocks = [] if body is None else [_block(child, links) for child in body]
    head = f"<title>{html.escape(title)}</title>" if title else ""
    page = f'<!DOCTYPE html><html><head><meta charset="utf-8">{head}</head><body>{"".join(blocks)}</body></html>'
    return page.encode("utf-8")


def _part(archive: zipfile.ZipFile, name: str, source: str | None) -> bytes:
    """One part of the archive, refused when it unpacks to over `PART_MAX_BYTES`."""
    with archive.open(name) as part:
        data = part.read(PART_MAX_BYTES + 1)
    if len(data) > PART_MAX_BYTES:
        raise UnreadableInput(
            f"input is a Word document whose {name} unpacks to over {PART_MAX_BYTES} bytes", source=source
        )
    return data


def _element(data: bytes, source: str | None) -> Element:
    import xml.etree.ElementTree as ElementTree  # (only a Word document needs the XML parser)

    try:
        return ElementTree.fromstring(data)
    except ElementTree.ParseError as exc:
        raise UnreadableInput(f"input is a Word document that is no well-formed XML ({exc})", source=source) from exc


def _links(relationships: Element) -> dict[str, str]:
    """The addresses of the document's hyperlinks by their relationship ids."""
    return {
        rel.get("Id", ""): rel.get("Target", "")
        for rel in relationships.iter(f"{_PACKAGE_RELS}Relationship")
        if rel.get("TargetMode") == "External"
    }


def _block(element: Element, links: dict[str, str]) -> str:
    """A paragraph as a heading (Word's heading styles) or a paragraph, a table as a table; anything else (the
    section's properties) as nothing."""
    if element.tag == f"{_W}tbl":
        rows = (
            "".join(
                f"<td>{''.join(_block(p, links) for p in cell.iter(f'{_W}p'))}</td>" for cell in row.iter(f"{_W}tc")
            )
            for row in element.iter(f"{_W}tr")
        )
        return f"<table>{''.join(f'<tr>{row}</tr>' for row in rows)}</table>"
    if element.tag != f"{_W}p":
        return ""
    style = element.find(f"{_W}pPr/{_W}pStyle")
    heading = _HEADING_STYLE.match(style.get(f"{_W}val", "")) if style is not None else None
    tag = ("h1" if heading.group(2) else f"h{heading.group(1)}") if heading else "p"
    return f"<{tag}>{''.join(_inline(child, links) for child in element)}</{tag}>"


def _inline(element: Element, links: dict[str, str]) -> str:
    """A run's text (its tabs and breaks as such, its pictures as images with their alt text), a hyperlink as a
    link to its relationship's address."""
    if element.tag == f"{_W}hyperlink":
        inner = "".join(_inline(child, links) for child in element)
        address = links.get(element.get(f"{_R}id", ""))
        return f'<a href="{html.escape(address)}">{inner}</a>' if address else inner
    if element.tag != f"{_W}r":
        return ""
    out = []
    for part in element.iter():
        if part.tag == f"{_W}t":
            out.append(html.escape(part.text or ""))
        elif part.tag == f"{_W}tab":
            out.append("\t")
        elif part.tag in (f"{_W}br", f"{_W}cr"):
            out.append("<br>")
        elif part.tag == f"{_WP}docPr":
            out.append(f'<img alt="{html.escape(part.get("descr", ""))}">')
    return "".join(out)
