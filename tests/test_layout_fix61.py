"""Fixes of blind layout round 61 (and round 60's text dumps): a text browser's wrap read off the lines it broke, a
line it carried over in lower case, and a dump's headline under its site's navigation."""

from __future__ import annotations

import io
import json
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner

import scraper
from archive.cli import main
from scraper import source_word
from scraper.errors import UnreadableInput
from scraper.layouts import text
from scraper.source import decode

WRAPPED = [
    "   Counting in the Wrexham wards finished after midnight, with three",
    "   recounts in the town centre and one at the edge of the county.",
    "",
    "   The returning officer said the last box came in from Chirk at half",
    "   past eleven, an hour later than planned because of the roadworks.",
    "",
    "   Agents for every party were in the hall until the final declaration",
    "   was made, shortly before two in the morning.",
]


def _nones(lines: list[str]) -> list[text.HeadLine | None]:
    return [None] * len(lines)


def test_a_wrap_is_measured_on_the_lines_it_broke_not_on_a_wider_heading_above_them() -> None:
    heading = "A heading the dump set on one line, wider than any line of the paragraphs wrapped below"
    lines = [heading, "", *WRAPPED]
    assert text.wrap_width(lines, _nones(lines)) == max(len(line) for line in WRAPPED)
    assert text.unwrap(lines, text.wrap_width(lines, _nones(lines)) or 0)[2] == " ".join(
        line.strip() for line in WRAPPED[:2]
    ).join(("   ", ""))


def test_a_copy_where_only_short_lines_run_on_has_no_wrap() -> None:
    lines = [
        "Counting in the Wrexham wards finished after midnight, with three recounts in the town centre.",
        "",
        "Ann Price",
        "BBC Wales",
        "",
        "The returning officer said the last box came in from Chirk at half past eleven that night.",
        "",
        "Ian Lloyd",
        "BBC Wales political editor",
        "",
        "Tom Rees",
        "BBC Wales",
    ]
    assert text.wrap_width(lines, _nones(lines)) is None


def test_a_word_carried_over_in_lower_case_under_a_nearly_full_line_goes_on_its_paragraph() -> None:
    width = 74
    above = "   Plaid Cymru held the seat against a strong challenge from Reform,"  # the next word would have fitted
    assert len(above) + len(" who") <= width
    assert text.unwrap([above, "   who came second by 212 votes."], width) == [
        "   Plaid Cymru held the seat against a strong challenge from Reform, who came second by 212 votes."
    ]
    kept = [
        ["   Plaid Cymru held the seat against a challenge.", "   who came second"],  # the sentence ended
        ["   Plaid Cymru held it,", "   with Reform second"],  # a short line: set so, not wrapped
        [
            "   Plaid Cymru held the seat against a strong challenge from Reform,",
            "   He came second",
        ],  # upper case, fits,
    ]
    for lines in kept:
        assert text.unwrap(lines, width) == lines


def _post(clock: str, title: str) -> list[str]:
    return [
        f"  1. {clock} BST 24 Oct",
        "",
        f"     {title}, published at {clock} 24 Oct",
        "",
        "     The count is on.",
        "",
    ]


def test_a_dumps_headline_set_apart_under_its_sites_navigation_is_the_page_title() -> None:
    page = [
        "Skip to content",
        "Home Wales Politics",
        "",
        "Senedd by-election: the Caerphilly count",
        "",
        *_post("02:10", "Plaid win"),
    ]
    assert text.split_text("\n".join(page)).title == "Senedd by-election: the Caerphilly count"


def test_a_tagline_run_on_under_the_sites_name_is_no_headline() -> None:
    page = [
        "Skip to content",
        "Wales Archive",
        "Old pages of the Welsh counts kept here",
        "",
        *_post("02:10", "Plaid win"),
    ]
    assert text.split_text("\n".join(page)).title == "Wales Archive"


def test_a_live_headline_below_a_dumps_logo_line_is_the_page_title() -> None:
    headline = "Caerphilly by-election live: Plaid take the seat from Labour"
    page = [
        "[IMG] Wales Daily - go to the front page",
        "",
        "News Sport Politics",
        "",
        headline,
        "",
        *_post("02:10", "Win"),
    ]
    assert text.split_text("\n".join(page)).title == headline
    first = [
        "Caerphilly count live: every ward as it comes in",
        "",
        "Results live in Wrexham too",
        "",
        *_post("02:10", "Win"),
    ]
    assert text.split_text("\n".join(first)).title == first[0]  # the first line says "live" itself


WEBCORE_PAGE = (
    Path(__file__).resolve().parent.parent / "fixtures/bbc-webcore/blind45-locals2024-json-page2-video-only-post.html"
)


@pytest.mark.parametrize("key", ["html", "body", "raw_html"])
def test_a_crawlers_json_record_is_read_as_the_page_it_holds(key: str) -> None:
    page = WEBCORE_PAGE.read_text(encoding="utf-8")
    record = json.dumps({"url": "https://www.bbc.co.uk/news/live/x", "status": 200, key: page, "headers": {}})
    assert decode(record.encode()) == decode(page.encode())
    fetched = datetime(2024, 5, 3, 12, tzinfo=UTC)
    direct, recorded = (scraper.parse(doc, fetched_at=fetched, entities=False) for doc in (page, record))
    assert recorded.layout == "bbc-webcore"
    assert [p.to_dict() for p in recorded.posts] == [p.to_dict() for p in direct.posts]


@pytest.mark.parametrize(
    "document",
    [
        '{"html": "<p>a fragment, no page</p>", "status": 200}',
        '{"body": "Counting resumes at nine.", "content": "<b>bold</b>"}',
        '{"html": "<!DOCTYPE html><html></html>", "status": ',  # cut short
        '[{"html": "<html><body>Results</body></html>"}]',  # no object
    ],
)
def test_json_that_holds_no_whole_page_stays_as_it_is(document: str) -> None:
    assert decode(document) == document


_WORD = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_WORD_RELS = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
_DRAWING = 'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"'


def _paragraph(*runs: str, style: str | None = None) -> str:
    props = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f"<w:p>{props}{''.join(runs)}</w:p>"


def _run(words: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{words}</w:t></w:r>'


def _docx(
    *paragraphs: str, links: dict[str, str] | None = None, parts: tuple[str, ...] = ("word/document.xml",)
) -> bytes:
    """A Word document of ``paragraphs``, its hyperlinks' relationships ``links`` (id: address)."""
    document = (
        f"<w:document {_WORD} {_WORD_RELS} {_DRAWING}><w:body>{''.join(paragraphs)}<w:sectPr/></w:body></w:document>"
    )
    rels = "".join(
        f'<Relationship Id="{rid}" Type="hyperlink" Target="{address}" TargetMode="External"/>'
        for rid, address in (links or {}).items()
    )
    files = {
        "word/document.xml": document,
        "word/_rels/document.xml.rels": f'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{rels}</Relationships>',
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        for name in parts:
            archive.writestr(name, files.get(name, "<x/>"))
        archive.writestr("word/_rels/document.xml.rels", files["word/_rels/document.xml.rels"])
    return out.getvalue()


def test_a_word_document_of_a_pasted_page_is_read_as_its_paragraphs_links_and_headings() -> None:
    document = _docx(
        _paragraph(_run("Council count in Swansea"), style="Heading1"),
        _paragraph(
            _run("Plaid hold Gorseinon"), _run(", published at 23:50 British Summer Time 5 May 2022"), style="Heading3"
        ),
        _paragraph(_run("Plaid Cymru kept both seats in Gorseinon.")),
        _paragraph(
            _run("Read the "), '<w:hyperlink r:id="rId7">' + _run("ward by ward results") + "</w:hyperlink>", _run(".")
        ),
        _paragraph(
            _run("Labour win Penderry"), _run(", published at 23:20 British Summer Time 5 May 2022"), style="Heading3"
        ),
        _paragraph(_run("Labour took all three seats in Penderry &amp; Portmead.")),
        links={"rId7": "https://www.swansea.gov.uk/results"},
    )
    assert decode(document).startswith("<!DOCTYPE html>")
    page = scraper.parse(document, fetched_at=datetime(2022, 5, 6, 1, tzinfo=UTC), entities=False)
    assert page.layout == "text" and page.title == "Council count in Swansea"
    assert [(post.title, post.body_text) for post in page.posts] == [
        ("Plaid hold Gorseinon", "Plaid Cymru kept both seats in Gorseinon.\nRead the ward by ward results."),
        ("Labour win Penderry", "Labour took all three seats in Penderry & Portmead."),
    ]
    assert [link.url for link in page.posts[0].links] == ["https://www.swansea.gov.uk/results"]
    assert page.posts[0].published_at == datetime(2022, 5, 5, 22, 50, tzinfo=UTC)


def test_a_zip_that_is_no_word_document_is_one_clear_error(tmp_path: Path) -> None:
    with pytest.raises(UnreadableInput, match="a ZIP archive, not a web page, text copy or Word document"):
        decode(_docx(parts=("xl/workbook.xml",)), source="book.xlsx")
    with pytest.raises(UnreadableInput, match="a Word document that is no well-formed XML"):
        decode(_docx("<w:p>", parts=("word/document.xml",)), source="cut.docx")
    path = tmp_path / "count.zip"
    path.write_bytes(_docx(parts=("pages/count.html",)))
    result = CliRunner().invoke(main, ["parse", str(path)])
    assert result.exit_code == 3
    assert "input is a ZIP archive, not a web page, text copy or Word document" in result.output
    assert len(result.output.strip().splitlines()) == 1
    cut_short = tmp_path / "cut.docx"
    cut_short.write_bytes(_docx(_paragraph(_run("Turnout")))[:60])
    result = CliRunner().invoke(main, ["parse", str(cut_short)])
    assert result.exit_code == 3 and "ZIP archive that cannot be read" in result.output


def test_a_word_tables_rows_and_pictures_alt_text_are_kept_in_its_html() -> None:
    cell = "<w:tc>{}</w:tc>"
    row = "<w:tr>" + cell.format(_paragraph(_run("Plaid"))) + cell.format(_paragraph(_run("41"))) + "</w:tr>"
    alt = '<wp:docPr id="1" descr="The count at the Brangwyn Hall"/>'
    picture = f"<w:r><w:drawing><wp:inline>{alt}</wp:inline></w:drawing></w:r>"
    page = decode(_docx(f"<w:tbl>{row}</w:tbl>", _paragraph(picture)))
    assert "<table><tr><td><p>Plaid</p></td><td><p>41</p></td></tr></table>" in page
    assert '<p><img alt="The count at the Brangwyn Hall"></p>' in page


def test_a_word_part_unpacking_past_the_limit_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    document = _docx(_paragraph(_run("Turnout in Swansea was 31%.")))
    monkeypatch.setattr(source_word, "PART_MAX_BYTES", 100)
    with pytest.raises(UnreadableInput, match="word/document.xml unpacks to over 100 bytes"):
        decode(document)


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Read Original", "read_later"),
        ("Saved to Instapaper on 3 June 2025", "read_later"),
        ("Saved to Pocket on 12/05/2024", "read_later"),
        ("Read original reporting on the Swansea count", None),
        ("Saved to Instapaper on Monday, the agent said she had read it twice.", None),
    ],
)
def test_a_read_later_apps_link_back_and_dated_note_are_its_own_lines(line: str, kind: str | None) -> None:
    assert text.line_kind(line) == kind


def test_the_lines_every_printed_page_opens_and_ends_with_are_dropped_at_its_form_feeds() -> None:
    header = "06/05/2022, 01:30        Swansea council count - BBC News"
    page = [header, "", "{body}", "", "https://www.bbc.co.uk/news/live/uk-wales-61234567        {n}/2"]
    first = "\n".join(page).format(body="Plaid hold Gorseinon.", n=1)
    second = "\n".join(page).format(body="Labour win Penderry.", n=2)
    assert [line for line in text.text_lines(f"{first}\f{second}\f") if line] == [
        "Plaid hold Gorseinon.",
        "Labour win Penderry.",
    ]
    assert [line for line in text.text_lines(f"{first}\f") if line] == [line for line in first.split("\n") if line]


def _side_by_side(left: list[str], right: list[str], gutter: int = 30) -> str:
    rows = max(len(left), len(right))
    padded = [(left + [""] * rows)[i].ljust(gutter) + (right + [""] * rows)[i] for i in range(rows)]
    return "\n".join(line.rstrip() for line in padded)


def test_two_columns_are_read_one_after_the_other_each_unwrapped_at_its_own_width() -> None:
    left = ["Key points", "", "- Plaid hold Gorseinon", "- Labour win Penderry", "- Count ends at 4am", "- Turnout 31%"]
    right = [
        "Posted at 0:50",
        "Labour win Penderry",
        "",
        "Labour took all three seats in",
        "Penderry, where the count was the",
        "slowest of the night in Swansea.",
        "",
        "The party had held the ward since",
        "it was drawn up for the 1996 poll.",
    ]
    copy = "Swansea council count live, the whole night in one page\n\n" + _side_by_side(left, right)
    assert [line for line in text.text_lines(copy) if line] == [
        "Swansea council count live, the whole night in one page",
        *[line for line in left if line],
        "Posted at 0:50",
        "Labour win Penderry",
        "Labour took all three seats in Penderry, where the count was the slowest of the night in Swansea.",
        "The party had held the ward since it was drawn up for the 1996 poll.",
    ]


def test_spaced_table_cells_are_no_columns() -> None:
    results = [
        "Ward          Votes",
        "Gorseinon     1,204",
        "Penderry      988",
        "Townhill      1,530",
        "Castle        702",
    ]
    three = [
        "Tom Rees      Lab      1,204",
        "Ann Price     Plaid    988",
        "Ian Lloyd     Con      530",
        "Jo Evans      LD       41",
    ]
    for lines in (results, three):
        assert text.text_lines("\n".join(lines)) == lines


def test_a_pdf_is_one_clear_error_naming_the_text_that_can_be_read(tmp_path: Path) -> None:
    path = tmp_path / "count.pdf"
    path.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n")
    result = CliRunner().invoke(main, ["parse", str(path)])
    assert result.exit_code == 3
    assert "input is a PDF document, not a web page or text copy; give its text (pdftotext -layout)" in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_an_indented_two_column_page_finds_its_gutter_past_the_indent() -> None:
    left = ["Key points", "- Plaid hold Gorseinon", "- Labour win Penderry", "- Count ends at 4am", "- Turnout 31%"]
    right = ["Posted at 0:50", "Labour win Penderry", "Labour took all three seats.", "The count ended at four."]
    indented = "\n".join("    " + line for line in _side_by_side(left, right).split("\n"))
    assert [line.strip() for line in text.text_lines(indented) if line.strip()] == [*left, *right]
