"""Fixes of blind layout round 60: a page saved by Safari as a web archive, a page mailed from the browser and saved
as an .eml, an Evernote export of a clipped page, and w3m's and links's text dumps of a page."""

from __future__ import annotations

import json
import plistlib
from datetime import UTC, datetime
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from pathlib import Path

import pytest
from click.testing import CliRunner
from test_layout_fix58 import JSONLD_PAGE

import scraper
from archive.cli import main
from scraper.errors import UnreadableInput
from scraper.layouts import text
from scraper.source import decode

FETCHED = datetime(2025, 5, 2, 9, 0, tzinfo=UTC)
COUNT = "https://news.example.org/live/count"


def _webarchive(page: bytes, mime: str = "text/html", charset: str | None = "UTF-8") -> bytes:
    """``page`` as Safari archives it: the main resource of a binary property list, a picture beside it."""
    main_resource = {"WebResourceData": page, "WebResourceMIMEType": mime, "WebResourceURL": COUNT}
    if charset is not None:
        main_resource["WebResourceTextEncodingName"] = charset
    picture = {"WebResourceData": b"\x89PNG\r\n\x1a\n\x00\x00", "WebResourceMIMEType": "image/png"}
    archive = {"WebMainResource": main_resource, "WebSubresources": [picture]}
    return plistlib.dumps(archive, fmt=plistlib.FMT_BINARY)


def test_a_safari_web_archive_is_read_as_the_page_it_holds() -> None:
    assert decode(_webarchive(JSONLD_PAGE.encode("utf-8"))) == JSONLD_PAGE
    latin = JSONLD_PAGE.replace("’", "'").replace("–", "-").replace("town", "Ébré")
    assert decode(_webarchive(latin.encode("latin-1"), charset="ISO-8859-1")) == latin


def test_a_web_archive_is_parsed_by_the_cli(tmp_path: Path) -> None:
    path = tmp_path / "count.webarchive"
    path.write_bytes(_webarchive(JSONLD_PAGE.encode("utf-8")))
    result = CliRunner().invoke(main, ["parse", str(path), "--url", COUNT])
    assert result.exit_code == 0, result.output
    assert [post["title"] for post in json.loads(result.stdout)["posts"]] == ["Independents gain Riverside"]


def test_a_web_archive_of_no_web_page_is_one_clear_error(tmp_path: Path) -> None:
    with pytest.raises(UnreadableInput) as caught:
        decode(_webarchive(b"%PDF-1.7\n", mime="application/pdf"), source="report.webarchive")
    assert str(caught.value) == "report.webarchive: input is a Safari web archive of application/pdf, not of a web page"
    path = tmp_path / "list.plist"
    path.write_bytes(plistlib.dumps({"Items": [1, 2]}, fmt=plistlib.FMT_BINARY))
    result = CliRunner().invoke(main, ["parse", str(path)])
    assert result.exit_code == 3
    assert "a binary property list, not a Safari web archive" in result.output
    assert len(result.output.strip().splitlines()) == 1


def _mailed(page: str, subtype: str = "alternative") -> bytes:
    """``page`` mailed from the browser: a text rendering of it first, then its HTML, both quoted-printable."""
    mail = MIMEMultipart(subtype)
    mail["From"] = "Ann Cole <ann@example.org>"
    mail["Subject"] = "Borough count live"
    mail.attach(MIMEText("Borough count live\nIndependents gain Riverside\nShare", "plain", "utf-8"))
    mail.attach(MIMEText(page, "html", "utf-8"))
    return mail.as_bytes()


@pytest.mark.parametrize("subtype", ["alternative", "mixed"])
def test_a_page_mailed_from_the_browser_is_read_as_its_html_part(subtype: str) -> None:
    assert decode(_mailed(JSONLD_PAGE, subtype)) == JSONLD_PAGE
    page = scraper.parse(_mailed(JSONLD_PAGE, subtype), url=COUNT, fetched_at=FETCHED, entities=False)
    assert [(post.title, post.body_text) for post in page.posts] == [
        (
            "Independents gain Riverside",
            "Independents have gained Riverside ward by 58 votes – a first for the town’s council.",
        )
    ]


def test_a_mail_of_text_alone_is_read_as_its_text() -> None:
    mail = MIMEMultipart("alternative")
    mail["Subject"] = "Wyre count"
    mail.attach(MIMEText("Posted at 10:05\nGreens hold Abbey\nThe Greens held Abbey.", "plain", "utf-8"))
    raw = mail.as_bytes()
    assert decode(raw) == raw.decode()


GUARDIAN_BLOG = "https://www.theguardian.com/politics/live/2026/may/08/borough-count-live"
# A clipped live blog's note: the blog's markup as ENML, its classes and ids gone (wording of its own).
NOTE = (
    '<div><div><a href="https://www.theguardian.com/uk">The Guardian - Back to home</a></div>'
    '<h1>Borough count live</h1><div><a href="https://www.theguardian.com/profile/anncole">Ann Cole</a></div>'
    f'<div><a href="{GUARDIAN_BLOG}?page=with:block-1#block-1"><span>25m ago</span><span>10.05 BST</span></a>'
    "<h2>Greens hold Abbey</h2><div><span>Ann Cole</span></div>"
    "<div><p>The Greens held Abbey by 88 votes.</p></div><div>Share</div></div>"
    f'<div><a href="{GUARDIAN_BLOG}?page=with:block-2#block-2"><span>50m ago</span><span>09.40 BST</span></a>'
    "<h2>Count resumes</h2><div><span>Ann Cole</span></div>"
    "<div><p>Counting resumed after a break.</p></div><div>Share</div></div>"
    f'<div><a href="{GUARDIAN_BLOG}?page=with:block-3#block-3"><span>1h ago</span><span>09.12 BST</span></a>'
    "<h2>Turnout up</h2><div><p>Turnout rose to 34%.</p></div><div>Share</div></div>"
    f'<div><div>1 of 3</div><div><a href="{GUARDIAN_BLOG}?page=with:block-0">Next</a> '
    f'<a href="{GUARDIAN_BLOG}?page=with:block-9">Oldest</a></div></div>'
    "<p>© 2026 Guardian News &amp; Media Limited</p></div>"
)


def _enex(note: str, title: str = "Borough count live | Politics | The Guardian") -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE en-export SYSTEM "http://xml.evernote.com/pub/evernote-export4.dtd">\n'
        f'<en-export application="Evernote"><note><title>{title}</title><note-attributes>'
        f"<source-url>{GUARDIAN_BLOG}</source-url></note-attributes><content><![CDATA["
        '<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<!DOCTYPE en-note SYSTEM "http://xml.evernote.com/pub/enml2.dtd">\n'
        f"<en-note>{note}</en-note>]]></content></note></en-export>"
    )


def test_an_evernote_export_is_read_as_the_page_its_note_was_clipped_from() -> None:
    page = decode(_enex("<p>Greens &amp; Labour</p>", title="Count &amp; results"))
    assert page.startswith("<!DOCTYPE html><html><head>")
    assert "<title>Count &amp; results</title>" in page
    assert f'<link rel="canonical" href="{GUARDIAN_BLOG}">' in page
    assert "<en-note><p>Greens &amp; Labour</p></en-note>" in page
    assert "CDATA" not in page and "<?xml" not in page


def test_an_evernote_export_that_is_no_xml_is_one_clear_error() -> None:
    with pytest.raises(UnreadableInput) as caught:
        decode(_enex(NOTE)[:-20], source="clip.enex")
    assert str(caught.value).startswith("clip.enex: input is an Evernote export that cannot be read")


def test_a_clipped_guardian_blog_without_its_blocks_is_read_as_its_text() -> None:
    page = scraper.parse(_enex(NOTE).encode(), fetched_at=FETCHED.replace(day=8, hour=10, minute=30), entities=False)
    assert page.layout == "text" and page.url == GUARDIAN_BLOG
    assert [(post.title, post.body_text) for post in page.posts] == [
        ("Greens hold Abbey", "The Greens held Abbey by 88 votes."),
        ("Count resumes", "Counting resumed after a break."),
        ("Turnout up", "Turnout rose to 34%."),
    ]
    assert page.posts[-1].links == []  # the pager's links and the footer are the site's
    assert [post.url for post in page.posts] == [f"{GUARDIAN_BLOG}?page=with:block-{n}#block-{n}" for n in (1, 2, 3)]


def test_a_stamp_linking_elsewhere_is_no_permalink() -> None:
    note = NOTE.replace(f"{GUARDIAN_BLOG}?page=with:block-2#block-2", "https://www.theguardian.com/politics#top")
    page = scraper.parse(_enex(note).encode(), fetched_at=FETCHED.replace(day=8, hour=10, minute=30), entities=False)
    assert [post.url is None for post in page.posts] == [False, True, False]


def test_a_guardian_blog_without_blocks_whose_text_is_no_copy_is_still_a_parse_error() -> None:
    html = f'<html><head><link rel="canonical" href="{GUARDIAN_BLOG}"></head><body><p>Loading…</p></body></html>'
    with pytest.raises(scraper.ParseError, match="Guardian live blog with no blocks"):
        scraper.parse(html, fetched_at=FETCHED, entities=False)


def test_a_framed_table_of_a_text_browsers_dump_is_read_as_rows() -> None:
    boxed = ["  ┌──────┬─────┐", "  │Ward  │Votes│", "  ├──────┼─────┤", "  │Abbey │1,204│", "  └──────┴─────┘"]
    assert text.text_lines("\n".join(["Counts:", *boxed, "Done."])) == [
        "Counts:",
        "  Ward | Votes",
        "  Abbey | 1,204",
        "Done.",
    ]
    ascii_framed = [
        "+----------------+",
        "| Ward  | Votes  |",
        "|-------+--------|",
        "| Abbey | 1,204  |",
        "+-------+--------+",
    ]
    assert text.text_lines("\n".join(ascii_framed)) == ["Ward | Votes", "Abbey | 1,204"]


def test_a_line_between_bars_without_a_border_is_no_table_row() -> None:
    lines = ["| Greens hold Abbey |", "The Greens held it."]
    assert text.text_lines("\n".join(lines)) == lines


def test_a_dumps_bracketed_buttons_and_alt_texts_lose_their_brackets() -> None:
    dump = ["[Ann Cole]", "Ann Cole", "Greens hold Abbey.", "[ Share ]", "[Count staff at the Guildhall]", "[Share]"]
    assert text.text_lines("\n".join(dump)) == [
        "Ann Cole",
        "Greens hold Abbey.",
        "Share",
        "Count staff at the Guildhall",
        "Share",
    ]
    one = ["Greens hold Abbey.", "[Applause]", "[12]Results"]
    assert text.text_lines("\n".join(one)) == one  # one bracketed line is a post's own


@pytest.mark.parametrize(("pager", "number", "total"), [("1 of 3 Next page", 1, 3), ("Previous page 3 of 3", 3, 3)])
def test_a_dumps_pager_count_with_its_links_words_ends_the_posts_and_counts_the_pages(
    pager: str, number: int, total: int
) -> None:
    copy = (
        "Greens take Abbey ward, published at 11:40 8 May\n"
        "The Green Party has taken Abbey ward from Labour.\n\n"
        "Count resumes in the Guildhall, published at 11:05 8 May\n"
        "Counting has resumed after a break for lunch.\n\n"
        f"{pager}\n\nTerms of Use About the BBC\n"
    )
    page = scraper.parse(copy, url="https://www.bbc.co.uk/news/live/c0unt1ng26xt", fetched_at=FETCHED, entities=False)
    assert (page.page.number, page.page.total) == (number, total)
    assert page.posts[-1].body_text == "Counting has resumed after a break for lunch."


# A text browser's dump of a Guardian live blog: each heading set apart by blank lines under its block's clock.
GUARDIAN_DUMP = """Borough count live: Greens gain in the city

   Ann Cole

   Fri 8 May 2026 11.02 BST

   1h ago
   10.05 BST

Greens hold Abbey

   The Greens held Abbey by 88 votes.

   2h ago
   09.40 BST

   Ann Cole

   Counting resumed after a break.
"""


def test_a_guardian_headings_set_apart_under_its_clock_is_its_posts_title() -> None:
    page = scraper.parse(GUARDIAN_DUMP, url=GUARDIAN_BLOG, fetched_at=FETCHED.replace(day=8, hour=11), entities=False)
    assert [(post.title, post.published_at, post.body_text) for post in page.posts] == [
        ("Greens hold Abbey", datetime(2026, 5, 8, 9, 5, tzinfo=UTC), "The Greens held Abbey by 88 votes."),
        (None, datetime(2026, 5, 8, 8, 40, tzinfo=UTC), "Counting resumed after a break."),
    ]
    assert page.posts[1].author == "Ann Cole"  # a name alone under the clock is the untitled block's contributor


def test_a_dumps_numbered_stamp_over_a_timed_header_is_no_post_of_its_own() -> None:
    dump = (
        "Borough count live\n\n"
        "  1. 11:40 BST 8 May\n\n     Greens take Abbey ward, published at 11:40 8 May\n\n"
        "     The Green Party has taken Abbey ward from Labour.\n\n"
        "  2. 11:05 BST 8 May\n\n     Count resumes in the Guildhall, published at 11:05 8 May\n\n"
        "     Counting has resumed after a break for lunch.\n"
    )
    page = scraper.parse(dump, url="https://www.bbc.co.uk/news/live/c0unt1ng26xt", fetched_at=FETCHED)
    assert [(post.title, post.body_text) for post in page.posts] == [
        ("Greens take Abbey ward", "The Green Party has taken Abbey ward from Labour."),
        ("Count resumes in the Guildhall", "Counting has resumed after a break for lunch."),
    ]


def test_a_dumps_alt_text_between_an_images_credit_and_caption_is_that_images() -> None:
    dump = (
        "Greens take Abbey ward, published at 11:40 8 May\n"
        "The Green Party has taken Abbey ward from Labour.\n"
        "Image source, PA Media\n[Green supporters at the Guildhall]\nImage caption, Supporters cheer the result\n"
        "The count ended at dawn.\n"
        "[Share]\n[Share]\n"
    )
    post = scraper.parse(dump, url="https://www.bbc.co.uk/news/live/c0unt1ng26xt", fetched_at=FETCHED).posts[0]
    assert [(image.alt, image.credit, image.caption) for image in post.images] == [
        ("Green supporters at the Guildhall", "PA Media", "Supporters cheer the result")
    ]
    assert post.body_text == "The Green Party has taken Abbey ward from Labour.\nThe count ended at dawn."
