"""Layout adapter for a plain-text copy of a live page (what a researcher saves from a browser).

Two renderings are known (shared/reference/BBC-MARKUP.md §2.1, §1.1):

    1. Conservatives gain Derby seat by a single votepublished at 21:00 British Summer Time 7 May 2021
                                                    ← WebCore: title and hidden time glued; maybe "…2021Breaking"
        Alex Regan                                  ← byline: name, then role (absent on story promos)
        BBC News
        The Tories have won …                       ← paragraphs, consent-gated embeds, image lines

    Live Reporting / Edited by … / All times stated are UK / Get involved      ← LX page chrome
    1. Title                                        ← LX: no time on the title line, maybe on the next line
        By Jane Smith …  Image caption: …  View more on twitter  Video content

The page is split into numbered posts; each post's lines are cleaned by the patterns of `scraper.clean`.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import NamedTuple

from scraper.clean import (
    ALT_MAX_CHARS,
    BOILERPLATE_PATTERNS,
    EMBED_CLOSE,
    EMBED_OPEN,
    MEDIA_CONTENT,
    NON_POST_TITLES,
    PAGE_CHROME,
    PAIR_CELLS,
    ROW_CELLS,
    TITLE_SUFFIX,
    VIDEO_CAPTION,
    VIEW_MORE,
    Body,
    classify_line,
    embed_close,
    embed_kind,
    embed_open_kind,
    filled_cells,
    heading_columns,
    image_caption,
    image_source,
    is_alt_text,
    is_label,
    named_alternation,
    provider_kind,
    split_credit,
    squash,
)
from scraper.errors import ParseError
from scraper.layouts import subtitles
from scraper.models import Embed, Image, Link, Page, PageInfo, Post, fallback_post_id
from scraper.source import Source
from scraper.times import (
    LONDON,
    UPDATED_AT,
    WEEKDAY_RE,
    bare_clock,
    base_for,
    clock_after,
    parse_time,
    repeated_hours_in_order,
    stated_day,
)

NAME = "text"

# "  12. Title" — a numbered post (an <ol> item in the copied page).
NUMBERED = re.compile(r"^(?P<indent>[ \t]*)(?P<num>\d{1,4})\.[ \t]+(?P<rest>\S.*?)\s*$")
_TIME = (
    r"\d{1,2}[:.]\d{2}(?:\s?[ap]m)?(?:\s(?:British Summer Time|Greenwich Mean Time|BST|GMT))?"
    r"(?:,?\s\d{1,2}\s[A-Z][a-z]+(?:\s\d{4})?)?"
)
# "<title>published at 21:00 British Summer Time 7 May 2021[Breaking]" (greedy title: the last "published at").
PUBLISHED = re.compile(
    rf"^(?P<title>.*?),?\s*(?:published|posted) at (?P<time>{_TIME})(?P<breaking>\s*Breaking)?$", re.I
)
# PUBLISHED from its words on: tried where the words are, instead of after every character of the title.
_PUBLISHED_TAIL = re.compile(rf"(?:published|posted) at (?P<time>{_TIME})(?P<breaking>\s*Breaking)?$", re.I)
_AT_WORDS = ("published at ", "posted at ")
_AT_WORDS_ANY_CASE = re.compile("(?:published|posted) at ", re.I)
# NUMBERED up to its title: the title is the rest of the line without its trailing white space.
_NUMBER = re.compile(r"(?P<indent>[ \t]*)(?P<num>\d{1,4})\.[ \t]+(?=\S)")
# A time on a line of its own under an LX title: "14:31", "Posted at 14:31 7 May 2019".
# An unnumbered line starts a post only when the hidden time is glued to its title ("…votepublished at",
# "Title, published at"): a sentence that ends "…were published at 04:05 BST" is body text.
# A tab before the words is a glue too: a copy through a word processor's table keeps "Title<TAB>Posted at 03:30".
GLUED_TIME = re.compile(r"(?:[^\s,]|,\s?|\t)(?:published|posted) at ", re.I)
# A copy of a page still live shows its newest posts' times relative ("2 hours ago", from the fetch time).
_AGO = r"(?:\d{1,3}|an?|one) (?:mins?|minutes?|hrs?|hours?|days?) ago|\d{1,3}[mhd] ago|just now"
# The app's and a phone browser's stamp for a post of the day before the copy: "Yesterday 23:40", "Yesterday at 23:40".
_YESTERDAY = r"yesterday,? (?:at )?\d{1,2}[:.]\d{2}(?:\s?[ap]m)?"
# A stamp of a copy a day or more after the page's posts: the day of the week and the clock, "Friday 02:14".
_WEEKDAY_TIME = rf"(?:{WEEKDAY_RE}),? (?:at )?\d{{1,2}}[:.]\d{{2}}(?:\s?[ap]m)?(?:\s(?:BST|GMT))?"
# WebCore's visible stamp with the date first: "4 May 2023, 14:02 BST".
_DATE_FIRST = (
    r"\d{1,2}\s[A-Z][a-z]+(?:\s\d{4})?,?\s\d{1,2}[:.]\d{2}(?:\s(?:British Summer Time|Greenwich Mean Time|BST|GMT))?"
)
# What may precede the time on its line: the hidden "Posted at" (glued to the time when a copy drops the space:
# "posted at19:40"), WebCore's "Published", or the Guardian's relative stamp glued to its clock ("2h ago04.05 BST").
_TIME_LEAD = r"(?:(?:published|posted|updated) at ?|published |\d{1,3}[mhd] ago ?)?"
TIME_LINE = re.compile(rf"^{_TIME_LEAD}(?P<time>{_TIME}|{_DATE_FIRST}|{_AGO}|{_YESTERDAY}|{_WEEKDAY_TIME})$", re.I)
# The ASCII characters a TIME_LINE can start with (a digit, "posted"/"published"/"updated", "an hour ago", "one",
# "just now", "yesterday", a day of the week): `_time_line` runs the regex on these lines and non-ASCII ones only.
_TIME_LINE_STARTS = frozenset("0123456789pPuUaAoOjJyYmMtTwWfFsS")
# A TIME_LINE that says it is one: "Posted at 14:31", "published at 21:00 British Summer Time 7 May 2021".
AT_TIME_LINE = re.compile(rf"^(?:published|posted) at (?:{_TIME})$", re.I)
BREAKING = re.compile(r"^Breaking(?: news)?$", re.I)
# ("Presented by Kerry Doyle", "Reported by Bethan Cole": a broadcast transcript's segment names who presents it)
BYLINE_PREFIX = re.compile(r"^(?:(?:Presented|Reported) )?By\s+", re.I)
# "Peter Walker", "Aoife McNally", "Rachel Hall and Jessica Elgot": each name two to four capitalised words, not
# in capitals ("BBC News", "Labour HOLD"); a particle such as "de" or "van" may be lower case.
_WORD = r"[A-Z][a-z'’]*(?:-?[A-Z][a-z'’]+)*\.?"  # "O'Brien", "McNally", "Byrne-Evans"; not "HOLD"
_NAME = rf"{_WORD}(?: (?:{_WORD}|de|van|von|der|den|da|di|du|le|la|bin|al)){{1,3}}"
PERSON_NAMES = re.compile(rf"^{_NAME}(?:(?:, | and | & ){_NAME})*$")
# Words of the places, parties and labels of results coverage, never in a person's name ("Derby City Council",
# "Labour Win", "Liberal Democrats"), nor a newsroom's jobs ("Politics Correspondent": a byline's role).
NOT_NAME_WORDS = frozenset(
    ("Council", "Borough", "County", "District", "City", "Division", "Parish", "Town", "Party", "Labour",
     "Conservative", "Conservatives", "Liberal", "Democrat", "Democrats", "Greens", "Reform", "Independent",
     "Independents", "Win", "Wins", "Hold", "Holds", "Gain", "Gains", "Result", "Results", "Election", "Elections",
     "Count", "Turnout", "Update", "Latest", "Live", "News", "Summary",
     "Correspondent", "Editor", "Reporter", "Presenter", "Producer", "Analyst", "Journalist", "Columnist")
)  # fmt: skip
SUMMARY_HEADING = re.compile(r"^(Summary|Key points)$", re.I)
BULLET = re.compile(r"^(?:[-*•·–]\s*|\d{1,3}\.\s+)")
# The marker a browser's "Save page as… Text" puts before a list item ("  * Labour 26", "  * Title" of an LX item):
# the saved copy's, not the page's text. ("•" is kept: posts write it themselves.)
SAVED_LIST_MARK = "* "
# No-break and other fixed-width spaces a browser copy keeps ("published at\u00a021:00"): plain spaces.
_ODD_SPACES = re.compile(r"[\u00a0\u2007\u202f\u2009\u200a]")
# The anchored tests of `_Cleaner._line` in its order, then `classify_line`'s kinds: one match per body line.
LINE_KIND_PATTERNS = {
    "open_embed": EMBED_OPEN, "more_embed": VIEW_MORE, "media_embed": MEDIA_CONTENT, "video_caption": VIDEO_CAPTION,
    "close_embed": EMBED_CLOSE, **BOILERPLATE_PATTERNS,
    # What a browser copy of a WebCore page picks up mid-post (an HTML page drops them by its structure): the
    # share panel's other lines, the cookie banner's heading and text (its buttons, "Yes, I agree", have no
    # first word the gate can read: COOKIE_BUTTONS, dropped after it) and the pager's links.
    # An LX post's share panel: "Share this post" (a `share` line), "Copy this link", the link itself (dropped
    # after it: `_follows`), "Read more about these links." and the new-window warning.
    "share_panel": re.compile(r"^(Share page|close (?:share )?panel|Copy this link|Read more about these links\.?|"
                              r"These are external links and will open in a new window\.?)$", re.I),
    # A share panel's "Copy link" with the address it copies on its line: the post's permalink (`_Cleaner`).
    "copy_link": re.compile(r"^Copy (?:this )?link:? https?://\S+$", re.I),
    "cookie_banner": re.compile(r"^(Let us know you agree to cookies|"
                                r"We use cookies to give you the best online experience\..*)$", re.I),
    # (A text browser's dump writes the LX pager's links on a line together: "First Previous", "Next Last"; a copy of
    # a clipped Guardian page its pager's: "Newest Previous", "Next Oldest".)
    "pager": re.compile(r"^(Previous page|Next page|Page \d+ of \d+|"
                        r"(?:First|Newest|Previous|Next|Last|Oldest) (?:First|Newest|Previous|Next|Last|Oldest)"
                        r"(?: (?:Next|Last|Oldest))?)$", re.I),
    # The site's footer under the last post of a whole-page copy, and the lines that open it ("Back to top",
    # the related-stories box, the site map's heading, a council or GOV.UK site's feedback question), and the line
    # a news app's "share as text" signs its copy with ("Shared from the BBC News app"): nothing under them is the
    # post's (`_PAGE_END`).
    "footer": re.compile(r"^Copyright (?:©|\(c\)) \d{4} BBC\..*$", re.I),
    "page_end": re.compile(r"^(Back to top|More on this story|Explore the BBC|Explore more on these topics|"
                           r"Most viewed|Reuse this content|Was this page (?:helpful|useful)\??|"
                           r"Is this page useful\??|Did you find what you were looking for\??|"
                           r"Shared (?:from|via|with) (?:the )?[\w'’&. -]{2,40} app)$", re.I),
    # The readers' comments a regional page (ITV, a local paper) shows under a post, opened by their heading
    # ("Comments (3)", "Join the conversation"): usernames, comments and "Reply" links, none of it the post's.
    "reader_comments": re.compile(r"^(Comments \(\d+\)|Reader comments|Join the conversation)$", re.I),
    # What a read-it-later app (Pocket, Instapaper) writes around the article it kept: the address it was saved from,
    # its link back to the page ("View Original", Instapaper's "Read Original") and, under the last post, its own
    # note that it kept it ("Saved to Pocket", "Saved to Instapaper on May 8, 2026").
    "read_later": re.compile(r"^(Saved (?:to|from) (?:Pocket|Instapaper|(?:www\.)?[\w-]+(?:\.[\w-]+)+/?)"
                             r"(?: on [\w ,/.-]{4,30})?|(?:View|Read) Original)$", re.I),
    # An RSS reader's full-article view under the article it loaded: its link back to the page and its buttons
    # ("Mark as read · Read later · Share"); nothing under them is the post's (`_PAGE_END`).
    "feed_reader": re.compile(r"^(Open original|Visit website|Mark as (?:read|unread)(?: · .+)?)$", re.I),
    # The Guardian's note under an edited post ("Updated at 22.14 BST"); as a post's first line it is its time
    # (`_leading` reads it before these kinds). A phone's copy of a page still live says when the page last
    # changed over its posts ("Updated 4 minutes ago"): the page's, no post's title nor time.
    "updated": re.compile(rf"^Updated (?:at \d{{1,2}}[:.]\d{{2}}(?:\s?[ap]m)?(?: BST| GMT)?|{_AGO})$", re.I),
    # The Guardian's key-events box and pinned post, in a copy of the whole page.
    "key_events": re.compile(r"^(Key events|Show key events only|Pinned post|Pinned|"
                             r"Please turn on JavaScript to use this feature\.?)$", re.I),
}  # fmt: skip
_LINE_KINDS = named_alternation(LINE_KIND_PATTERNS)
_YEAR = re.compile(r"\d{4}")
# The first word of every `_LINE_KINDS` pattern, in lower case (less a colon after it): an ASCII line whose first word
# is none of them matches none (the test derives the words from the patterns), and most body lines skip the regex.
LINE_KIND_WORDS = frozenset(
    ("about", "accept", "all", "allow", "audio", "close", "copy", "edited", "end", "get", "key", "latest", "let",
     "live", "load", "media", "next", "post", "previous", "read", "share", "show", "skip", "summary", "the",
     "this", "to", "video", "view", "we", "your", "these", "page", "copyright", "updated", "pinned", "please",
     "back", "more", "explore", "most", "warning", "reuse", "comments", "reader", "join", "manage", "was", "is",
     "did", "saved", "shared", "first", "last", "open", "visit", "mark", "newest", "oldest", "listen")
)  # fmt: skip
# The buttons under a cookie banner's text ("cookie_banner" lines), dropped with it.
COOKIE_BUTTONS = frozenset(("Yes, I agree", "No, take me to settings"))
# The networks a share panel lists under its "Share" button (a `share` line), one a line in a copy of the
# Guardian's or another publisher's page: dropped with it.
SHARE_NETWORKS = frozenset(
    ("Facebook", "Twitter", "X", "Email", "LinkedIn", "WhatsApp", "Messenger", "Pinterest", "Bluesky", "Threads")
)
# A line above the posts that shows the page's date, weekday first or not: "Fri 5 May 2023 06.02 BST", "4 May 2023",
# "Friday 2 May 2031, 11:55am" (ITV), "Friday 12 October 2029 07:48, UK" (Sky's stamp: ", UK" says London time, the
# clock's own zone, so the date is read without it).
_MONTH_NAMES = "January|February|March|April|May|June|July|August|September|October|November|December"
# The month may be cut short, as the Guardian shows it ("Fri 5 Jul 2024 19.10 BST", "Sept"); a local paper's head
# puts the clock first and the month in capitals ("08:15, 2 MAY 2031").
PAGE_DATE = re.compile(
    rf"^(?P<shown>(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,? )?\d{{1,2}} (?:{_MONTH_NAMES}|Jan|Feb|Mar|Apr|Jun|Jul|Aug"
    rf"|Sept?|Oct|Nov|Dec) \d{{4}}"
    r"(?:,? \d{1,2}[:.]\d{2}(?:\s?[ap]m)?(?: BST| GMT)?)?"
    rf"|\d{{1,2}}:\d{{2}}, \d{{1,2}} (?i:{_MONTH_NAMES}) \d{{4}})(?:, UK)?$"
)
_PAGE_DATE_STARTS = frozenset("0123456789MTWFS")
_ONE_DAY = timedelta(days=1)
# A post showing a clock alone that is this much later than the post above it (newer, on a page newest first)
# was posted the day before: the page crossed midnight ("06.45" over "22.01").
_CLOCK_ROLLBACK = timedelta(hours=12)
_CLOCK = re.compile(r"\d{1,2}[:.]\d{2}")
_DATED_TEXT = re.compile(rf"\d{{4}}|{_MONTH_NAMES}|\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)")
PAGE_NUMBER = re.compile(r"(?:[?&]page=|/page/)(\d+)(?:$|[/?#&])")
# The pager's line in a copy: "Page 2 of 12" (the "pager" line kind), alone on its line.
PAGE_OF = re.compile(r"^[ \t]*Page (\d{1,4}) of (\d{1,4})[ \t]*$", re.M | re.I)
# The LX pager's count without its word ("2 of 6"), read only where the address names the page it counts.
BARE_PAGE_OF = re.compile(r"^[ \t]*(\d{1,4}) of (\d{1,4})[ \t]*$", re.M)
# The pager's count on one line with its links' words, as a text browser's dump writes a WebCore pager: "1 of 4 Next
# page", "Previous page 3 of 4 Next page", "Previous page 4 of 4".
WORDED_PAGE_OF = re.compile(
    r"^[ \t]*(?:(?:Previous page )?(\d{1,4}) of (\d{1,4}) Next page|Previous page (\d{1,4}) of (\d{1,4}))[ \t]*$",
    re.M | re.I,
)


@dataclass
class RawPost:
    """The lines of one numbered post, before cleaning."""

    number: int
    title: str
    time_text: str | None
    is_breaking: bool
    lines: list[str] = field(default_factory=list)
    bylined: bool = True  # `HeadLine.bylined`


@dataclass
class Split:
    title: str | None = None
    summary: list[str] = field(default_factory=list)
    posts: list[RawPost] = field(default_factory=list)
    dated: str | None = None  # a dated line above the posts ("Fri 5 May 2023 06.02 BST"): the page's date


# An LX image's labels when a copy puts each on a line of its own, over what they label: "Image copyright" over
# "PA", "Image caption" over the caption (`_Cleaner._figure_label`).
FIGURE_LABELS = frozenset(
    f"Image {word}{mark}" for word in ("copyright", "source", "caption") for mark in ("", ",", ":")
)

# The same label with its text on its own line, after a space or glued to it (a browser's copy of the hidden label
# and the shown text beside it): "Image copyright PA Media", "Image copyrightGetty Images", "Image caption Counting".
CREDIT_MAX_CHARS = 60  # "Image copyright X": an agency or a photographer, never a sentence
BARE_FIGURE_LABEL = re.compile(r"^Image (copyright|source|caption)(?: +|(?=[A-Z0-9\"“‘']))(\S.*)$")


# --- detection ----------------------------------------------------------------------------------------


class Published(NamedTuple):
    """What PUBLISHED reads on a title line: the title before "published at", the time, a "Breaking" label."""

    title: str
    time: str
    breaking: bool


@dataclass(frozen=True, slots=True)
class HeadLine:
    """A line that may start a post: "  12. Title…" (numbered) or "Title…published at 21:00 …" (not)."""

    number: int | None
    indent: int
    rest: str
    published: Published | None  # PUBLISHED matched on ``rest``
    bylined: bool = True  # whether the post's first lines may be its byline (a teletext page has none)

    @property
    def timed(self) -> bool:
        return self.published is not None


def text_lines(text: str) -> list[str]:
    """The lines of a copy, with no-break spaces made plain so patterns with spaces match, and without the
    `SAVED_LIST_MARK` of a saved copy's list items (the indent stays): "     * Title" is "     Title"; a rule drawn
    between posts ("-----", "* * *") is a blank line."""
    lines = _unpaged(text) if "\f" in text else text.splitlines()
    if "\u00a0" in text or "\u2007" in text or "\u202f" in text or "\u2009" in text or "\u200a" in text:
        lines = [_ODD_SPACES.sub(" ", line) for line in lines]
    if any(rule in text for rule in _RULES):  # a rule drawn between posts ("-----", "====="): a break, not a line
        lines = ["" if _RULE_LINE.match(line) else line for line in lines]
    if "*" in text and SAVED_LIST_MARK in text:  # "*" by memchr: most copies hold none, and no line is walked
        lines = [_unmarked(line) for line in lines]
    if _LINK_LINE in text and sum(line.startswith(_LINK_LINE) for line in lines) >= _LINK_LINES:
        lines = _links_read_out(lines)
    if "\n>" in text or text.startswith(">"):
        lines = _quoted(lines)
    if " of " in text and _PRINTED_PAGE.search(text):
        lines = _unprinted(lines)
    if ("\u2502" in text or "|-" in text) and any(_FRAME_BORDER.match(line) for line in lines):
        lines = _unframed(lines)
    if "[" in text and sum(bool(_BRACKETED.match(line)) for line in lines) >= _BRACKETED_MIN:
        lines = _unbracketed(lines)
    if "   " in text and (gutter := _gutter(lines)) is not None:
        lines = _columns_in_turn(lines, gutter)
    return lines


def _column(lines: list[str]) -> list[str]:
    """A column's lines, its paragraphs unwrapped at the column's width, without the blank lines around them."""
    width = wrap_width(lines, [None] * len(lines))
    texts = [i for i, line in enumerate(lines) if line.strip()]
    kept = lines[texts[0] : texts[-1] + 1] if texts else []
    return unwrap(kept, width) if width else kept


# `pdftotext` ends each page of a PDF with a form feed; a page printed from a browser opens and ends with the print's
# running lines (the date and time and the page's title over it, its address and "1/3" under it), the same on every
# page but for the page's number, which are no line of the page's text.
_RUNNING_DIGITS = re.compile(r"\d+")


def _unpaged(text: str) -> list[str]:
    """The lines of a copy whose pages a form feed ends, without the lines every page opens or ends with (within
    `_RUNNING_REACH` of its first or last line of text, its numbers aside); a copy of one page keeps all of them."""
    pages = [page.splitlines() for page in text.split("\f")]
    pages = [page for page in pages if any(line.strip() for line in page)]
    ends = [_page_ends(page) for page in pages]
    running = set.intersection(*ends) if len(pages) > 1 else set()
    out: list[str] = []
    for page in pages:
        texts = [i for i, line in enumerate(page) if line.strip()]
        reach = set(texts[:_RUNNING_REACH] + texts[-_RUNNING_REACH:])
        out += [line for i, line in enumerate(page) if i not in reach or _running_key(line) not in running]
        out.append("")
    return out


def _page_ends(page: list[str]) -> set[str]:
    texts = [line for line in page if line.strip()]
    return {_running_key(line) for line in texts[:_RUNNING_REACH] + texts[-_RUNNING_REACH:]}


def _running_key(line: str) -> str:
    """A running line as every page writes it: its page number ("2/3") and any other number masked."""
    return _RUNNING_DIGITS.sub("#", line.strip())


# A page of two columns as `pdftotext -layout` writes it (a printed LX page: the summary's column beside the
# stream's): each line holds a row of both, the right column's text starting at one column (the gutter's right
# edge) after two spaces or more, a row of the right column alone indented to it. A run of lines none of which
# crosses the gutter is read as a reader reads the columns, the left one down, then the right one. The gutter is
# told from a table's spaced cells by the right column's prose: most of its rows hold several words.
_GAP = re.compile(r"(?<=\S) {2,}(?=\S)")
COLUMN_MIN_ROWS = 4  # rows holding text in both columns
COLUMN_PROSE_WORDS = 3


def _gutter(lines: list[str]) -> int | None:
    """The column a two-column layout's right column starts at, None for lines in one column."""
    spaced = [line for line in lines if "  " in line.strip()]  # (most lines of a copy hold no gap: no regex for them)
    if len(spaced) < COLUMN_MIN_ROWS:
        return None
    starts: Counter[int] = Counter()
    for line in spaced:
        gaps = list(_GAP.finditer(line))
        if len(gaps) == 1:
            starts[gaps[0].end()] += 1
    if not starts:
        return None
    gutter, rows = starts.most_common(1)[0]
    if rows < COLUMN_MIN_ROWS:
        return None
    right = [line[gutter:] for line in lines if _in_columns(line, gutter) and len(line) > gutter]
    prose = sum(len(text.split()) >= COLUMN_PROSE_WORDS for text in right)
    return gutter if 2 * prose > len(right) else None


def _in_columns(line: str, gutter: int) -> bool:
    """Whether ``line`` crosses no gutter at ``gutter``: blank, a left column's line ending before it, or holding
    the right column's text from it with two spaces before."""
    end = len(line.rstrip())
    return end <= gutter - 2 or (line[gutter - 2 : gutter] == "  " and line[gutter] != " ")


def _columns_in_turn(lines: list[str], gutter: int) -> list[str]:
    """``lines`` with each run of them in columns (`_in_columns`) holding right-column text given as its left
    column's lines, a blank line, then its right column's lines (their indent the gutter's less), each column's
    paragraphs unwrapped at its own width (`wrap_width`)."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        end = i
        while end < len(lines) and _in_columns(lines[end], gutter):
            end += 1
        run = lines[i:end]
        if any(len(line.rstrip()) > gutter for line in run):
            out += _column([line[:gutter].rstrip() for line in run])
            out.append("")
            out += _column([line[gutter:].rstrip() for line in run])
        else:
            out += run
        if end < len(lines):
            out.append(lines[end])
        i = end + 1
    return out


# A text browser's dump (w3m, links) draws a table that has borders in lines: box-drawing ones ("┌────┬──┐",
# "│Labour │30│", "└────┴──┘") or ASCII ones ("+--------+", "| Labour | 30 |", "|------+----|"). A border line is
# nothing of the text; a row between frame characters is the table's row as an HTML table's reads (`_row`): its
# cells joined by " | ".
_FRAME_BORDER = re.compile(r"^[ \t]*[┌├└+|][─┬┼┴┐┤┘+|=-]*[─-]{3,}[─┬┼┴┐┤┘+|=-]*[ \t]*$")
_FRAME_ROW = re.compile(r"^([ \t]*)[│|](.*[│|].*)[│|][ \t]*$")
_FRAME_CELLS = re.compile(r"[│|]")


def _unframed(lines: list[str]) -> list[str]:
    """``lines`` with each framed table's border lines taken out and its rows' cells parted by " | "."""
    out = []
    for i, line in enumerate(lines):
        framed = any(_FRAME_BORDER.match(lines[j]) for j in (i - 1, i + 1) if 0 <= j < len(lines))
        if _FRAME_BORDER.match(line):
            continue
        row = _FRAME_ROW.match(line) if framed else None
        if row is None:
            out.append(line)
            continue
        cells = [squash(cell) for cell in _FRAME_CELLS.split(row.group(2))]
        out.append(row.group(1) + " | ".join(cell for cell in cells if cell))
    return out


# What w3m and links write on a line of its own in brackets: a button's label ("[Share]", "[ Share ]") and an
# image's alt text ("[Counting at the Guildhall]", an author's photo as "[Ann Cole]" over her name). A dump holds a
# few such lines; a line of a post in brackets is rare ("[Applause]").
_BRACKETED = re.compile(r"^([ \t]*)\[ ?([^\[\]\d][^\[\]]*?) ?\][ \t]*$")
_BRACKETED_MIN = 3


def _unbracketed(lines: list[str]) -> list[str]:
    """``lines`` with a bracketed line's words out of their brackets (a button's label is then the boilerplate line
    it is, an alt text an alt text), and a photo's alt over the same words (an author's picture over their name)
    left out."""
    out = []
    for i, line in enumerate(lines):
        m = _BRACKETED.match(line)
        if m is None:
            out.append(line)
            continue
        below = next((later.strip() for later in lines[i + 1 :] if later.strip()), None)
        if below != m.group(2).strip():
            out.append(m.group(1) + m.group(2).strip())
    return out


# A text browser's dump (`lynx -dump`) marks each link with its number before its words ("[10]Every result") and
# lists the numbers' addresses at its end, under "References" ("  10. https://…"; lynx 2.9 heads them "Visible
# links:" and "Hidden links:"). A list of this many addresses is one.
_REFERENCES = re.compile(r"^References[ \t]*$", re.M)
_REFERENCE = re.compile(r"^[ \t]*(\d{1,4})\.[ \t]+(\S+://\S+)[ \t]*$")
_REFERENCE_HEADS = frozenset(("", "Visible links:", "Visible links", "Hidden links:", "Hidden links"))
_REFERENCES_MIN = 3
_MARKER = re.compile(r"#?\[(\d{1,4})\]")


@dataclass(frozen=True, slots=True)
class Reference:
    """A link of a dump: the line it is on (its markers taken out), its words (to the next marker or the line's
    end: the dump marks where a link starts, not where it stops) and its address; or a Markdown copy's image, its
    alt text and its picture's address."""

    line: str
    text: str
    url: str
    image: bool = False


def dump_references(text: str) -> tuple[str, list[Reference]] | None:
    """A text browser's dump without its References list and its links' number markers, with the links in the
    order of the text; None when the text is no such dump (no list of `_REFERENCES_MIN` addresses closing it)."""
    heads = list(_REFERENCES.finditer(text))
    if not heads:
        return None
    head = heads[-1]  # the last "References" line: a post may say the word alone on a line too
    addresses: dict[str, str] = {}
    for line in text[head.end() :].splitlines():
        if match := _REFERENCE.match(line):
            addresses[match.group(1)] = match.group(2)
        elif line.strip() not in _REFERENCE_HEADS:
            return None  # more than a list of addresses follows: a line of a page that says "References"
    if len(addresses) < _REFERENCES_MIN:
        return None
    lines: list[str] = []
    references: list[Reference] = []
    for line in text[: head.start()].splitlines():
        marked = [m for m in _MARKER.finditer(line) if m.group(1) in addresses]
        if not marked or LINK_BAR.match(line.strip()):  # the page's <link> bar ("#[1]BBC News"): no line of it
            lines.append(line)
            continue
        plain = _MARKER.sub(lambda m: "" if m.group(1) in addresses else m.group(0), line)
        lines.append(plain)
        for i, m in enumerate(marked):
            end = marked[i + 1].start() if i + 1 < len(marked) else len(line)
            references.append(Reference(plain.strip(), line[m.end() : end].strip(), addresses[m.group(1)]))
    return "\n".join(lines), references


# A copy made as Markdown (a browser's "copy as Markdown" extension, MarkDownload): headings marked "# " and "## "
# (a post's title with its hidden "published at" words), links written "[words](address)", images "![alt](src)",
# bold "**words**" (a byline's name) and list items "-   " (the menus and the pager). A copy is one when it has a
# heading and as many links to http(s) addresses as a dump's list.
_MD_HEADING = re.compile(r"^[ \t]*#{1,6}[ \t]+(?=\S)", re.M)
_MD_LIST_ITEM = re.compile(r"^([ \t]*)[-*+][ \t]+(?=\S)")
_MD_LINK = re.compile(r"(!?)\[([^\]\n]*)\]\(<?([^()\s<>]+)>?(?:[ \t]+\"[^\"\n]*\")?\)")
_MD_BOLD = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*|__(?=\S)(.+?)(?<=\S)__")
_MD_ADDRESS = re.compile(r"https?://", re.I)
# The characters a converter escapes where they would read as Markdown ("1\\. " opening a line, "\\*", "\\_").
_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|<>])")


def markdown_references(text: str) -> tuple[str, list[Reference]] | None:
    """A copy made as Markdown as plain lines, with its links (as `dump_references` gives a dump's: the line, the
    words, the address) in the order of the text; an image is its alt text's line, as a copy of the page's text
    has it over the image's labels, and a reference giving the image made of that line its address. None when the
    text is no such copy."""
    if not _MD_HEADING.search(text) or len(_MD_ADDRESS.findall(text)) < _REFERENCES_MIN:
        return None
    if sum(1 for m in _MD_LINK.finditer(text) if not m.group(1) and _MD_ADDRESS.match(m.group(3))) < _REFERENCES_MIN:
        return None
    lines: list[str] = []
    references: list[Reference] = []
    for line in text.splitlines():
        found: list[tuple[str, str, bool]] = []

        def words(m: re.Match[str], found: list[tuple[str, str, bool]] = found) -> str:
            if _MD_ADDRESS.match(m.group(3)):
                found.append((m.group(2), m.group(3), bool(m.group(1))))
            return m.group(2)

        plain = _MD_LINK.sub(words, _MD_LIST_ITEM.sub(r"\1", _MD_HEADING.sub("", line)))
        plain = _MD_BOLD.sub(lambda m: m.group(1) or m.group(2), plain) if "**" in plain or "__" in plain else plain
        plain = _MD_ESCAPE.sub(r"\1", plain) if "\\" in plain else plain
        lines.append(plain)
        references += [Reference(plain.strip(), _MD_ESCAPE.sub(r"\1", said), url, image) for said, url, image in found]
    return "\n".join(lines), references


# A copy of a page printed to PDF holds the print's running lines at each page break: the footer's page count ("Page
# 2 of 3") with the print's date beside it, then the next page's header (the page's title and address), each line
# the same on every page.
_PRINTED_PAGE = re.compile(r"^[ \t]*Page (\d+) of (\d+)[ \t]*$", re.I | re.M)
# The lines either side of a page count that the print's running lines lie within.
_RUNNING_REACH = 3


def _near(lines: list[str], at: int) -> set[str]:
    """The stripped lines within `_RUNNING_REACH` lines of line ``at``."""
    return {line.strip() for line in lines[max(at - _RUNNING_REACH, 0) : at + _RUNNING_REACH + 1]}


def _unprinted(lines: list[str]) -> list[str]:
    """The lines of a copy printed to PDF without the print's running lines: its page counts, "Page k of n" for k
    from 1 to n in order (a site's pager says one "Page 1 of 3"), and every line written n times, once a page,
    within `_RUNNING_REACH` lines of each page break (the print's date, the page's title and address); else the
    lines as they are. A print is told by its footer, a running line beside the last count too (the date), where
    site pages pasted one after another repeat only their header over their own pagers. A sentence the break cut
    (its line ending on no full stop, the next page's first line running on in lower case) is one line again."""
    counts = [(i, match) for i, line in enumerate(lines) if (match := _PRINTED_PAGE.match(line))]
    pages = len(counts)
    if pages < 2 or any(match.group(1, 2) != (str(k), str(pages)) for k, (_, match) in enumerate(counts, 1)):
        return lines
    written = Counter(line.strip() for line in lines)
    running = {line for line, times in written.items() if times == pages and line}
    for at, _ in counts[:-1]:  # each page break: the last count ends the copy
        running &= _near(lines, at)
    if not running & _near(lines, counts[-1][0]):
        return lines  # no footer line beside every count
    breaks = {i for i, _ in counts}
    out: list[str] = []
    cut = False  # a page break passed since the last line kept
    for i, line in enumerate(lines):
        text = line.strip()
        if i in breaks or text in running:
            cut = cut or i in breaks
            continue
        if cut and out and text[:1].islower() and not out[-1].rstrip().endswith(_SENTENCE_END):
            out[-1] = f"{out[-1].rstrip()} {text}"
        else:
            out.append(line)
        cut = False
    return out


# A copy sent on in an email is quoted: "> " before every line (">> " once more for each forward), a note from
# the sender above it and the mail program's signature ("Sent from my iPhone") under it. A run of this many quoted
# lines, the most of the mail's lines, is the copy.
_QUOTE_MARK = re.compile(r"^(?:[ \t]*>)+[ \t]?")
_QUOTED_LINES = 5


def _quoted(lines: list[str]) -> list[str]:
    """The longest run of quoted lines without their quote marks, when it is most of the mail; else the lines as
    they are (a line or two opening with ">" is a sentence's, no quote)."""
    best: tuple[int, int] = (0, 0)
    start = None
    for i, line in enumerate([*lines, ""]):
        if _QUOTE_MARK.match(line):
            start = i if start is None else start
            continue
        if start is not None and i - start > best[1] - best[0]:
            best = (start, i)
        start = None
    first, end = best
    shown = sum(1 for line in lines if line.strip())
    if end - first < _QUOTED_LINES or 2 * (end - first) < shown:
        return lines
    return [_QUOTE_MARK.sub("", line, count=1) for line in lines[first:end]]


# A screen reader's plain-text save writes every link on a line of its own after "link: " (the menus', the share
# buttons', the pager's and a sentence's alike); a copy with a few such lines is one.
_LINK_LINE = "link: "
_LINK_LINES = 3
_RUNS_ON = (",", ".", ";", ":", ")", "!", "?")


def _links_read_out(lines: list[str]) -> list[str]:
    """The lines of a screen reader's save with each link's line its text alone, and a link read out of the middle
    of a sentence ("You can see" / "link: every result" / "on our results page.": the line above ends no
    sentence, the line below runs on in lower case or punctuation) put back in it, one line again."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if not line.startswith(_LINK_LINE):
            out.append(line)
            i += 1
            continue
        text = line[len(_LINK_LINE) :].strip()
        below = lines[i + 1].strip() if i + 1 < len(lines) and not lines[i + 1].startswith(_LINK_LINE) else ""
        above = out[-1].rstrip() if out and not lines[i - 1].startswith(_LINK_LINE) else ""  # (out: none at i 0)
        if above and not above.endswith(_SENTENCE_END) and (below[:1].islower() or below.startswith(_RUNS_ON)):
            out[-1] = f"{above} {text}{'' if below.startswith(_RUNS_ON) else ' '}{below}"
            i += 2
            continue
        out.append(text)
        i += 1
    return out


# The rules a copy draws between posts (markdown's "---" and "* * *", a lynx dump's "____", box-drawing "───" and
# em-dash "———" lines from copies made in editors and reader views), each one scan of the copy when it holds none
# (17k characters: ~40 µs a scan, against ~16 ms for its parse; none for the two non-ASCII ones in a copy of only
# Latin-1 letters, which `str` tells from the kinds alone): so only these.
_RULES = ("---", "===", "___", "* *", "\u2500\u2500\u2500", "\u2014\u2014\u2014")
_RULE_LINE = re.compile(r"^[ \t]*(?:-{3,}|={3,}|_{3,}|\*(?:[ \t]\*){2,}|\u2500{3,}|\u2014{3,})[ \t]*$")


def _unmarked(line: str) -> str:
    """A line without the `SAVED_LIST_MARK` after its indent (kept before a word in lower case: "* elected" is a
    table's key to its asterisks, no list item)."""
    text = line.lstrip()
    if not text.startswith(SAVED_LIST_MARK) or text[2:].lstrip()[:1].islower():
        return line
    return line[: len(line) - len(text)] + text[2:].lstrip()


def _published(text: str) -> Published | None:
    """PUBLISHED on ``text``.

    Read from where its words are ("published at ", "posted at ", any case): the title's lazy ``.*?`` stops
    at the first place where ``,?\\s*`` and the words match up to the end of the line, which is just before
    the first place the words do (`_PUBLISHED_TAIL`), with the white space and a comma before them left out.
    An ASCII line is searched in lower case; other text by the regex, whose case-blind match knows more than
    ``lower()`` ("ı" is an "i" to it).
    """
    if text.isascii():
        folded = text.lower()
        if "published at " not in folded and "posted at " not in folded:  # most lines
            return None
        places = sorted(i for words in _AT_WORDS for i in _find_all(folded, words))
    else:  # the words never overlap, so every place is found
        places = [m.start() for m in _AT_WORDS_ANY_CASE.finditer(text)]
    for at in places:
        tail = _PUBLISHED_TAIL.match(text, at)
        if tail is None:
            continue
        end = at
        while end > 0 and text[end - 1].isspace():  # ``\\s`` is ``isspace``
            end -= 1
        if end > 0 and text[end - 1] == ",":
            end -= 1
        return Published(text[:end], tail.group("time"), bool(tail.group("breaking")))
    return None


def _find_all(text: str, words: str) -> list[int]:
    found: list[int] = []
    at = text.find(words)
    while at >= 0:
        found.append(at)
        at = text.find(words, at + 1)
    return found


def _time_line(text: str) -> re.Match[str] | None:
    """TIME_LINE on a stripped line, read only when its first character may start one (any non-ASCII one may:
    ``\\d`` is every script's digits)."""
    first = text[:1]
    return TIME_LINE.match(text) if first in _TIME_LINE_STARTS or not first.isascii() else None


def head_line(line: str) -> HeadLine | None:
    """The `HeadLine` of one line of `text_lines` (no line break in it), None for a line that cannot start a post."""
    # NUMBERED only where a digit follows the indent (``isdecimal`` is the regex's ``\d``): most lines are not.
    # Read as `_NUMBER` and the rest stripped: NUMBERED's ``\\S.*?\\s*$`` without a step per character.
    m = _NUMBER.match(line) if line.lstrip(" \t")[:1].isdecimal() else None
    if m:
        rest = line[m.end() :].rstrip()
        return HeadLine(int(m.group("num")), len(m.group("indent")), rest, _published(rest))
    text = line.strip()
    published = _published(text)
    if published and GLUED_TIME.search(text):
        return HeadLine(None, len(line) - len(line.lstrip()), text, published)
    return None


Scan = tuple[list[str], list[HeadLine | None]]


def scan(src: Source) -> Scan:
    """Every line of the copy with its `head_line`: worked out once, by `detect`, and reused by `parse`."""
    cached: Scan | None = src._cache.get("text.scan")
    if cached is None:
        cached = src._cache["text.scan"] = scan_lines(text_lines(src.text))
    return cached


def scan_lines(lines: list[str]) -> Scan:
    """`scan` on a copy's `text_lines`: each line's `head_line`, then the headers the line alone does not show."""
    heads = [head_line(line) if line else None for line in lines]
    return stack_headers(*teletext_headers(*unlist_numbers(*unwrap_headers(lines, heads))))


# A teletext page's header row, as broadcast over every capture of a Ceefax/ORACLE page: the page number, the
# service, the page number again, the day, the date and the clock with its seconds ("P162   CEEFAX 1 162  Fri 04
# May  01:12/36"); the banner row under it may end with the subpage ("ELECTIONS 2007  1/3").
TELETEXT_HEADER = re.compile(
    rf"^P(?P<page>[1-8]\d\d)\s+[A-Za-z][\w ]{{0,20}}?\s+(?P=page)\s+(?P<day>(?i:{WEEKDAY_RE})\s+)?"
    r"(?P<date>\d{1,2}\s+[A-Z][a-z]{2})\s+(?P<clock>\d{2}:\d{2})[/:.](?P<seconds>\d{2})$"
)
_TELETEXT_SUBPAGE = re.compile(r"\s+\d{1,2}/\d{1,2}$")
_TELETEXT_FASTEXT_CELLS = (3, 4)  # the red, green, yellow and cyan keys' labels (the last may be blank)
_TELETEXT_FASTEXT_WORDS = 3


def teletext_headers(lines: list[str], heads: list[HeadLine | None]) -> Scan:
    """Read each teletext capture's header row as its post's header, in place; ``(lines, heads)`` back.

    A teletext page shows no title line of its own and no "published at": its header row carries the clock
    (`TELETEXT_HEADER`), a banner row under it the service's heading (and its year, "ELECTIONS 2007"), and the
    row under that the page's title. The header row becomes a timed header titled with the title row, the time
    given with its seconds and the banner's year; the banner and the title are no body rows. The Fastext row
    (the coloured keys' labels, `_fastext_row`) is the page's last: it and what a copy holds under it before the
    next capture (the archive's own footer) are no body rows either. Only a copy whose posts are found no other
    way is read so.
    """
    if any(h is not None for h in heads):
        return lines, heads
    starts = [(i, m) for i, line in enumerate(lines) if line[:1] == "P" and (m := TELETEXT_HEADER.match(line.strip()))]
    for at, (i, m) in enumerate(starts):
        end = starts[at + 1][0] if at + 1 < len(starts) else len(lines)
        shown = [k for k in range(i + 1, end) if lines[k].strip()]
        if len(shown) < 2:
            continue
        banner, title = lines[shown[0]].strip(), squash(lines[shown[1]])
        year = _YEAR.search(_TELETEXT_SUBPAGE.sub("", banner))
        time_text = f"{m.group('clock')}:{m.group('seconds')} {m.group('date')}" + (f" {year.group()}" if year else "")
        heads[i] = HeadLine(None, 0, title, Published(title, time_text, False), bylined=False)
        lines[i] = lines[shown[0]] = lines[shown[1]] = ""
        foot = next((k for k in shown[2:] if not lines[k - 1].strip() and _fastext_row(lines[k])), end)
        lines[foot:end] = [""] * (end - foot)
        _unwrap_rows(lines, shown[2] if len(shown) > 2 else end, foot)
    return lines, heads


TELETEXT_WIDTH = 40  # characters to a teletext row
_DOT_LEADER = re.compile(r"\.{3,}")  # an index row's leader to its page number ("Eastleigh ....... 162")


def _unwrap_rows(lines: list[str], start: int, end: int) -> None:
    """Make each paragraph a teletext page wrapped at its 40 columns one line again, in place (over
    ``lines[start:end]``): only rows of prose are joined, never a table's rows (cells set apart by runs of spaces,
    an index's dot leaders), however near the row's end they reach."""
    k = start
    while k < end:
        run_end = k
        while run_end < end and (text := lines[run_end].strip()) and not _table_row(text):
            run_end += 1
        if run_end > k + 1:
            joined = unwrap(lines[k:run_end], TELETEXT_WIDTH)
            lines[k:run_end] = joined + [""] * (run_end - k - len(joined))
        k = run_end + 1


def _table_row(text: str) -> bool:
    """Whether a teletext row is a table's: cells set apart by runs of spaces, or an index's dot leaders."""
    return _SPACED_CELLS.search(text) is not None or _DOT_LEADER.search(text) is not None


def _fastext_row(line: str) -> bool:
    """Whether a row is a teletext page's Fastext labels: three or four short cells set apart by runs of spaces,
    each a word or two with no figure ("Control   Next page   Gosport   Index")."""
    cells = _SPACED_CELLS.split(line.strip())
    return len(cells) in _TELETEXT_FASTEXT_CELLS and all(
        len(cell.split()) < _TELETEXT_FASTEXT_WORDS and not any(c.isdigit() for c in cell) for cell in cells
    )


def unwrap_headers(lines: list[str], heads: list[HeadLine | None]) -> Scan:
    """Join a post header a copy wrapped over two lines, in place; ``(lines, heads)`` back.

    A copy pasted from a mail or an editor may break a long header: "  1. …single votepublished at 21:00
    British" + "Summer Time 7 May 2021", or "  1. Conservatives gain Derby seat by a" + "single votepublished
    at …". Left apart, the first half is no header and the post is lost (or split at the wrong place). A line
    is joined to the next when it is numbered without a time, or holds the words "published at" / "posted at"
    without a header's time, and the two make a timed header; a time on a line of its own (TIME_LINE, the LX
    form) and a numbered line (the next post, after a numbered list in the body) stay apart.

    A copy that lost the posts' numbers (and so their separation) still shows each title above its time: an
    unnumbered line opening a paragraph, with "Posted at 14:31" / "published at …" on the next line, is a header.
    """
    for i in range(len(lines) - 1):
        head, following, next_head = heads[i], lines[i + 1].strip(), heads[i + 1]
        if head is not None and head.published is not None:  # a timed header stays as it is, but
            # "  1. Posted at 19:40" over "Labour hold Walsall" (an LX item that shows its time first) takes its title
            if not head.published.title and (at := _title_under(lines, heads, i)) is not None:
                title = squash(lines[at])
                heads[i] = HeadLine(head.number, head.indent, title, head.published._replace(title=title))
                lines[at] = ""
            continue
        if (
            head is not None
            and head.number is not None
            and BREAKING.match(head.rest)
            and next_head is None
            and _stacked_title(following)
        ):  # "  1. Breaking" over the title: the LX label took the item's first line; the title is the next one
            heads[i] = HeadLine(head.number, head.indent, following, None)
            lines[i + 1] = "Breaking"  # read as the label under the title (`_leading`)
            continue
        if (
            head is None
            and following[:1] in "pP"
            and AT_TIME_LINE.match(following)
            and _stacked_title(lines[i].strip())
            and (i == 0 or _opens_post(lines[i - 1].strip()))
        ):
            joined_head = head_line(lines[i].rstrip() + following)  # "Title" + "Posted at 14:31", glued as shown
            if joined_head is not None and joined_head.timed:
                lines[i], lines[i + 1] = lines[i].rstrip() + following, ""
                heads[i], heads[i + 1] = joined_head, None
            continue
        if not following or _time_line(following):
            continue
        if next_head is not None and next_head.number is not None:  # the next post's own numbered header
            continue
        if head is None and not _AT_WORDS_ANY_CASE.search(lines[i]):
            continue
        joined = lines[i].rstrip() + " " + following
        joined_head = head_line(joined)
        if joined_head is not None and joined_head.timed:
            lines[i], lines[i + 1] = joined, ""
            heads[i], heads[i + 1] = joined_head, None
    return lines, heads


NUMBERED_LIST_MIN_LINES = 3


def unlist_numbers(lines: list[str], heads: list[HeadLine | None]) -> Scan:
    """Drop the numbered headers that are a numbered list in a post's body, in place; ``(lines, heads)`` back.

    A numbered post has its body under its header, so the next post's number never comes straight after it
    (blank lines aside); a ranked result ("1. Name (Party) 11,804" over "2. Name (Party) 11,210" ...) is three or
    more untimed numbered lines with nothing but blank lines between them, counting up by one. Read as headers
    they would make every candidate a post of its own and hide the copy's own time-line headers (`stack_headers`).
    """
    run: list[int] = []
    for i, head in enumerate(heads):
        if head is None and not lines[i].strip():
            continue  # a blank line between two items
        if run and not _next_in_list(heads[run[-1]], head):
            _unhead(heads, run)
            run = []
        if head is not None and head.number is not None and not head.timed:
            run.append(i)
    _unhead(heads, run)
    return lines, heads


def _next_in_list(head: HeadLine | None, following: HeadLine | None) -> bool:
    """Whether ``following`` is the next untimed item of the numbered list ``head`` is in (numbered one more)."""
    return (
        head is not None
        and following is not None
        and head.number is not None
        and following.number == head.number + 1
        and not following.timed
    )


def _unhead(heads: list[HeadLine | None], run: list[int]) -> None:
    """Make the lines of a run of numbered items plain body lines when the run is long enough to be a list."""
    if len(run) >= NUMBERED_LIST_MIN_LINES:
        for i in run:
            heads[i] = None


STACKED_TITLE_MAX_CHARS = 150


def _title_under(lines: list[str], heads: list[HeadLine | None], i: int) -> int | None:
    """The line of the title under a header ``i`` that shows a time and no title, else None.

    The title is the next line when it reads as one (`_stacked_title`). An LX item numbered on its time
    ("  1. Posted at 00:25") may hold a blank line before its title, and its "Breaking" label over it; that title
    is a paragraph of its own (a blank line or the end under it). WebCore's "published at" with no title is an
    untitled post: its next paragraph is its body.
    """
    following = lines[i + 1].strip()
    if following:
        return i + 1 if heads[i + 1] is None and _stacked_title(following) else None
    head = heads[i]
    if head is None or not head.rest[:10].lower().startswith("posted at"):
        return None
    j = i + 1
    while j < len(lines) and not lines[j].strip():
        j += 1
    if j < len(lines) and heads[j] is None and (under := _under_label(lines, j)) is not None:
        j = under[0]  # the LX "Breaking" label over the title (read as the post's label where it stays: `_leading`)
    if j == len(lines) or heads[j] is not None or not _stacked_title(lines[j].strip()):
        return None
    return j if j + 1 == len(lines) or not lines[j + 1].strip() else None


def _opens_post(above: str) -> bool:
    """Whether a title can start under the stripped line ``above``: a blank line, the page's chrome ("Edited by
    …") or a line of boilerplate ("About sharing", "Pinned") ends what came before."""
    return not above or PAGE_CHROME.match(above) is not None or line_kind(above) is not None


def _stacked_title(text: str) -> bool:
    """Whether a line beside a time line can be a post's title: short, no sentence's full stop, not boilerplate
    nor a line of the page's own ("Key events", "Share page", "Edited by …"), not a "Breaking" label and not a
    time itself."""
    return (
        0 < len(text) <= STACKED_TITLE_MAX_CHARS
        and not text.endswith(".")
        and classify_line(text) is None
        and line_kind(text) is None
        and _time_line(text) is None
        and not BREAKING.match(text)
        and not PAGE_CHROME.match(text)
    )


def _revision_stamp(text: str) -> bool:
    """Whether a line says when the page was last changed, "Updated" and a time line glued on or not (a local paper's
    head: "08:15, 2 MAY 2031" over "Updated14:05, 2 MAY 2031"): the time over it is no post's."""
    if text[:7].lower() != "updated":
        return False
    rest = text[7:].lstrip(" :")
    return bool(rest) and _time_line(rest) is not None


def stack_headers(lines: list[str], heads: list[HeadLine | None]) -> Scan:
    """Headers of a copy whose posts are neither numbered nor glued to a "published at" time, in place.

    Reader view, a Firefox copy or another publisher's page (the Guardian's "2h ago04.05 BST") keep a post's
    title and its time on lines of their own, stacked either way round: "Title" over "Posted at 14:31" /
    "4 May 2023, 14:02 BST", or "14:02 BST 4 May 2023" / "32 minutes ago" over "Title". A time line becomes
    its post's header with the title-like line (`_stacked_title`) directly above it when that line opens a
    paragraph (or the two above it, a title wrapped over two lines), else with the one directly below it; a
    copy with a blank line between everything (reader view) takes the nearest title-like line above. Only a
    copy with no header found otherwise (no timed header, at most one numbered line) is read so: the numbered
    and "published at" renderings keep their own rules.
    """
    numbered = False
    for h in heads:  # left at the first timed header or the second numbered one
        if h is not None and (h.timed or h.number is not None):
            if h.timed or numbered:
                return lines, heads
            numbered = True
    n = len(lines)
    first = next((i for i, line in enumerate(lines) if line.strip()), 0)  # the page's title, in a whole copy
    titled_under = _titles_under_times(lines) >= 2
    for i, line in enumerate(lines):
        text = line.strip()
        m = _time_line(text) if text else None
        if m is None or (text[:1] in "uU" and UPDATED_AT.match(text)):  # a revision stamp, no post's own time
            continue
        above = i - 1 if i > 0 and lines[i - 1].strip() else None
        below = i + 1 if i + 1 < n and lines[i + 1].strip() else None
        if below is not None and _revision_stamp(lines[below].strip()):
            continue  # the page's own stamps (first published, then updated), under its byline: no post's
        title_at, wrapped = None, False
        if above is not None and heads[above] is not None:
            above = None  # the title of the entry above (a key-events list: time, title, time, title)
        if (
            above is not None
            and (above == 0 or _opens_post(lines[above - 1].strip()))
            and _stacked_title(lines[above].strip())
        ):
            title_at = above
        elif (
            above is not None
            and above > 0
            and heads[above - 1] is None
            and (above == 1 or not lines[above - 2].strip())
            and _stacked_title(lines[above - 1].strip())
            and _stacked_title(lines[above].strip())
        ):
            title_at, wrapped = above - 1, True  # a long title a "Save as text" wrapped over two lines
        elif below is not None and _stacked_title(lines[below].strip()):
            title_at = below
        elif below is not None and titled_under and _stopped_title(lines, below):
            title_at = below  # "THAT'S IT. Lib Dem majority." where the copy's other posts put a title
        elif below is not None and (under := _under_label(lines, below)) is not None and _stacked_title(under[1]):
            title_at = under[0]  # an LX "Breaking" label between the time and the title
        elif above is None and below is None:
            title_at = _spaced_title(lines, i, first)
        elif below is None and above is not None and _time_line(lines[above].strip()):
            title_at = _set_apart_title(lines, i)  # a text browser's dump: the heading a blank line under the clock
        breaking = False
        if title_at is not None and title_at > i:
            for j in range(i + 1, title_at):  # the label between them (`_under_label`)
                if BREAKING.match(lines[j].strip()):
                    lines[j], breaking = "", True
        if title_at is not None and title_at > i and above is not None:
            if BREAKING.match(lines[above].strip()):
                lines[above], breaking = "", True  # an LX "Breaking" label over the time
            elif _time_line(lines[above].strip()):
                lines[above] = ""  # the Guardian's relative stamp over its clock ("2h ago" over "15.55 BST")
        if title_at is None and heads[i] is None and _untitled_over(lines, above) and _untitled_under(lines, below):
            # a clock with a blank line under it and no title near: an untitled post (a Guardian block without a
            # heading), its relative stamp over it dropped
            if above is not None:
                lines[above] = ""
            heads[i] = HeadLine(None, len(line) - len(line.lstrip()), "", Published("", m.group("time"), False))
            continue
        if title_at is None or heads[title_at] is not None:
            continue
        title = squash(lines[title_at] + " " + lines[title_at + 1]) if wrapped else squash(lines[title_at])
        indent = len(lines[title_at]) - len(lines[title_at].lstrip())
        heads[title_at] = HeadLine(None, indent, title, Published(title, m.group("time"), breaking))
        lines[i], heads[i] = "", None
        if wrapped:
            lines[title_at + 1] = ""
    return lines, heads


def _titles_under_times(lines: list[str]) -> int:
    """How many time lines of a copy have a title straight under them, set apart by a blank line below it."""
    count = 0
    for i in range(len(lines) - 2):
        text = lines[i].strip()
        if text and _time_line(text) and _stacked_title(lines[i + 1].strip()) and not lines[i + 2].strip():
            count += 1
    return count


# the most words a title ending on a full stop holds ("Lib Dems hold on. Just."): a longer line is a paragraph
STOPPED_TITLE_MAX_WORDS = 8


def _stopped_title(lines: list[str], k: int) -> bool:
    """Whether ``lines[k]``, straight under a time line in a copy whose posts put their titles there, is its title
    though it ends on a full stop: a short line set apart by a blank line below it, a title but for the stop (a
    one-sentence paragraph runs longer)."""
    text = lines[k].strip()
    return (
        text.endswith(".")
        and len(text.split()) <= STOPPED_TITLE_MAX_WORDS
        and (k + 1 == len(lines) or not lines[k + 1].strip())
        and _stacked_title(text[:-1])
    )


def _set_apart_title(lines: list[str], i: int) -> int | None:
    """The title of a Guardian clock ``lines[i]`` (its relative stamp over it) in a text browser's dump, which sets
    a heading apart by blank lines: the line after the blank under the clock, a blank line under it, title-like and
    no person's name (an untitled block's contributor, alone over its paragraph, is one); else None."""
    j = next((k for k in range(i + 1, len(lines)) if lines[k].strip()), None)
    if j is None or (j + 1 < len(lines) and lines[j + 1].strip()):
        return None
    text = lines[j].strip()
    return j if _stacked_title(text) and not _person(text) else None


def _untitled_under(lines: list[str], below: int | None) -> bool:
    """Whether what is under a time line with no title lets it head an untitled post: a blank line, or its
    body's first sentence straight under it (a copy with no blank line between a post's lines)."""
    return below is None or _sentence(lines[below].strip())


def _untitled_over(lines: list[str], above: int | None) -> bool:
    """Whether what is over a time line with no title lets it head an untitled post: a blank line, or the
    Guardian's relative stamp ("3h ago") over its clock."""
    return above is None or _time_line(lines[above].strip()) is not None


def _spaced_title(lines: list[str], i: int, first: int) -> int | None:
    """The title of time line ``i`` in a copy with a blank line between all lines: the nearest title-like line
    above it (reader view: title over time), else the nearest below it (LX: time over title) when the line
    above is no title (the end of the post before, the page's chrome). The copy's first line (``first``) is the
    page's title: over the first post's time, it gives way to a title under the time."""
    j = i - 1
    while j >= 0 and not lines[j].strip():
        j -= 1
    above = j >= 0 and (j == 0 or not lines[j - 1].strip()) and _stacked_title(lines[j].strip())
    if above and j != first:
        return j
    k = i + 1
    while k < len(lines) and not lines[k].strip():
        k += 1
    if k < len(lines) and (under := _under_label(lines, k)) is not None:
        k = under[0]  # LX: time, "Breaking", title
    if k < len(lines) and (k + 1 == len(lines) or not lines[k + 1].strip()) and _stacked_title(lines[k].strip()):
        return k
    return j if above else None


def _under_label(lines: list[str], k: int) -> tuple[int, str] | None:
    """The next line with text under line ``k`` (and that text) when ``k`` is a "Breaking" label alone, which an
    LX post shows between its time and its title; None otherwise."""
    if not BREAKING.match(lines[k].strip()):
        return None
    k += 1
    while k < len(lines) and not lines[k].strip():
        k += 1
    return (k, lines[k].strip()) if k < len(lines) else None


def detect(src: Source) -> bool:
    """Not HTML or JSON, and numbered posts, "published at" lines or LX page chrome; or a subtitle file."""
    if src.is_html or src.json_data is not None:
        return False
    if subtitles.looks_like(src.text):
        return True
    all_lines, all_heads = scan(src)
    if any(h is not None and h.timed for h in all_heads):  # blank lines have no head: the same as below
        return True
    shown = [(line, h) for line, h in zip(all_lines, all_heads, strict=True) if line.strip()]
    lines = [line for line, _ in shown]
    heads = [(i, h) for i, (_, h) in enumerate(shown) if h]
    if any(h.timed for _, h in heads):
        return True
    numbered = [(i, h) for i, h in heads if h.number is not None]
    timed = any(i + 1 < len(lines) and _time_line(lines[i + 1].strip()) for i, _ in numbered)
    return timed or len(numbered) >= 2 or any(PAGE_CHROME.match(line.strip()) for line in lines[:80])


# --- splitting ----------------------------------------------------------------------------------------


def _header(head: HeadLine) -> tuple[str, str | None, bool]:
    """A header line's title, shown time and "Breaking" label."""
    pub = head.published
    if pub is None:
        return squash(head.rest), None, False
    return squash(pub.title), pub.time, pub.breaking


def _is_header(head: HeadLine, split: Split, preamble: list[str], timed: bool, max_indent: int) -> bool:
    """A line starts a post when it carries a time, or continues the numbering at header depth.

    Before the first post, numbered lines inside a "Summary" box are its bullets, and in a copy whose posts
    carry times, a numbered line without one is not a post either.
    """
    if head.timed:
        return True
    if head.number is None:
        return False
    if not split.posts:
        return not timed and not _summary_open(preamble, head.number)
    return head.number == split.posts[-1].number + 1 and head.indent <= max_indent


def _drop_numbered_stamps(lines: list[str], heads: list[HeadLine | None]) -> None:
    """Blank, in place, a numbered line that shows only a time over the timed header of its post: a text
    browser's dump numbers a WebCore stream's items, whose first line is the post's stamp ("  2. 09:50 BST 3 May"
    over "Recount in Abbey, published at 09:50 3 May"); the number is no post of its own, the stamp no body line."""
    for i, head in enumerate(heads):
        if head is None or head.number is None or head.timed or _time_line(head.rest) is None:
            continue
        j = next((k for k in range(i + 1, len(lines)) if lines[k].strip()), None)
        below = heads[j] if j is not None else None
        if below is not None and below.timed and below.number is None:
            lines[i], heads[i] = "", None


def split_text(text: str, scanned: Scan | None = None) -> Split:
    """Page title, summary bullets and the posts of a text copy (``scanned``: its `scan`, when known)."""
    if scanned is None:
        scanned = scan_lines(text_lines(text))
    lines, heads = scanned
    timed = any(h.timed for h in heads if h)
    if timed:
        _drop_numbered_stamps(lines, heads)
    split, preamble, max_indent = Split(), list[str](), 0
    for line, head in zip(lines, heads, strict=True):
        if head and _is_header(head, split, preamble, timed, max_indent):
            title, time_text, breaking = _header(head)
            breaking = _label_above(split.posts[-1].lines if split.posts else preamble) or breaking
            number = head.number if head.number is not None else len(split.posts) + 1
            split.posts.append(RawPost(number, title, time_text, breaking, bylined=head.bylined))
            max_indent = max(max_indent, head.indent)
        elif split.posts:
            split.posts[-1].lines.append(line)
        else:
            preamble.append(line)
    split.title, split.summary = _preamble(preamble)
    split.dated = next(
        (_page_date_shown(text) for line in preamble if (text := line.strip()) and _page_date(text)), None
    )
    return split


def _label_above(lines: list[str]) -> bool:
    """Whether the last line with text above a header is a "Breaking" label (a WebCore or LX post shows it over
    its heading): taken off those lines, in place, for the post under it; not the body's of the post above."""
    i = len(lines) - 1
    while i >= 0 and not lines[i].strip():
        i -= 1
    if i < 0 or not BREAKING.match(lines[i].strip()):
        return False
    del lines[i:]
    return True


def _page_date(text: str) -> bool:
    """Whether a line above the posts shows a whole date (the Guardian's "Fri 5 May 2023 06.02 BST")."""
    text = _stamped(text)
    return text[:1] in _PAGE_DATE_STARTS and PAGE_DATE.match(text) is not None


def _page_date_shown(text: str) -> str:
    """The date and clock of a page-date line, without a zone word the clock parser does not read (", UK")."""
    m = PAGE_DATE.match(_stamped(text))
    return m.group("shown") if m else text


# A page's stamp, a word or three before a clock and a date: "Published 22:10, 4 May 2028", "Last updated 03:12, 5 May
# 2028", "Transcript updated 02:50, 4 May 2029" (a line may give two, "Published ... | Last updated ...")
_STAMP_RE = re.compile(
    rf"^[A-Z][a-z]+(?: [a-z]+){{0,2}} (?P<date>\d{{1,2}}:\d{{2}}, \d{{1,2}} (?:{_MONTH_NAMES}) \d{{4}})$"
)


def _stamped(text: str) -> str:
    """The date of a page's stamp line, its last stamp's (the page's update: no post is newer), or the line."""
    if not text[:1].isupper():
        return text
    m = _STAMP_RE.match(text.rsplit(" | ", 1)[-1])
    return m.group("date") if m else text


def _summary_open(preamble: list[str], number: int) -> bool:
    """Whether numbered line ``number`` before the first post is a bullet of a "Summary" box.

    The box runs from its heading to the LX page chrome ("Live Reporting" …). Inside it, a numbered line
    is a bullet unless the bullets so far were not numbered, or the numbering starts again (the posts).
    """
    in_box, bullets, last = False, 0, 0
    for line in preamble:
        text = line.strip()
        if SUMMARY_HEADING.match(text):
            in_box, bullets, last = True, 0, 0
        elif PAGE_CHROME.match(text):
            in_box = False
        elif in_box and text:
            bullets += 1
            m = NUMBERED.match(line)
            last = int(m.group("num")) if m else last
    return in_box and (bullets == 0 or (last > 0 and number > last))


def _preamble(lines: list[str]) -> tuple[str | None, list[str]]:
    """The page title (first line that is not chrome, before any box) and the bullets of a "Summary" box."""
    title: str | None = None
    bullets: list[str] = []
    in_box = seen_box = False
    opened = False  # whether a line with text came before
    for line in lines:
        text = squash(line)
        if not text:
            continue
        if not opened:
            opened = True
            if LINK_BAR.match(text):
                continue
        if SUMMARY_HEADING.match(text):
            in_box = seen_box = True
            bullets = []
        elif PAGE_CHROME.match(text) or classify_line(text):
            in_box = False
        elif in_box:
            bullets.append(BULLET.sub("", text))
        elif title is None and not seen_box:
            title = text
    heading = _title_over_byline(lines) or _title_under_header(lines, title) or _live_title_below(lines, title) or title
    # a copy that opens with the page's <title> (a saved page, reader view) names the site after the page
    return (TITLE_SUFFIX.sub("", heading) if heading else None), bullets


# The line a feed reader's article view writes under the article's title: "by BBC News · Fri, 03 May 2024 13:05:11
# GMT · 6 min read" (the feed or the author, then the item's date, its reading time).
READER_BYLINE = re.compile(r"^by [^·]{2,60}(?: · [^·]+)+$", re.I)


def _title_over_byline(lines: list[str]) -> str | None:
    """The article's title in a feed reader's view: the line over its byline (`READER_BYLINE`), not the feed's name
    that opens the copy above it; None without such a byline, or with nothing over it."""
    texts = [text for line in lines if (text := squash(line))]
    at = next((i for i, text in enumerate(texts) if READER_BYLINE.match(text)), None)
    return texts[at - 1] if at else None


# The first line of a site's header in a whole-page copy: the skip link (a list item in a saved copy).
SITE_HEADER = re.compile(r"^(?:\* )?(?:Skip to (?:main )?content|Accessibility links)$", re.I)
# A text browser's dump (lynx) opens with the page's <link> elements on one line: "#BBC News alternate".
LINK_BAR = re.compile(r"^#(?:\[\d+\])?\S")


def _title_under_header(lines: list[str], first: str | None) -> str | None:
    """The page's heading in a copy that opens with the site's header (its skip link, then the navigation's
    links, ``first`` the preamble's first line that is no chrome among them): the last line above the page's
    first mark ("Live Reporting", "Edited by …", a "Summary" box) and below the skip link that is no chrome.
    None for a copy that names its page above the header (a saved page's <title>), or without a header or mark."""
    texts = [text for line in lines if (text := squash(line))]
    header = next((i for i, text in enumerate(texts) if SITE_HEADER.match(text)), None)
    if header is None or (first is not None and first in texts[:header]):
        return None
    mark = next(
        (i for i in range(header + 1, len(texts)) if PAGE_CHROME.match(texts[i]) or SUMMARY_HEADING.match(texts[i])),
        None,
    )
    if mark is None:  # no BBC mark: another publisher's header (the Guardian's) over a headline that says "live",
        # else (a text browser's dump of a page with no mark) the first line set apart below it that reads as one
        live = next((text for text in texts[header + 1 :] if _live_headline(text)), None)
        return live or _headline_set_apart(lines, texts[header])
    for text in reversed(texts[header + 1 : mark]):
        if not classify_line(text) and not _page_date(text):
            return text
    return None


# A live page's headline says so: "… live: …", "… – live", "… – as it happened".
LIVE_WORDS = re.compile(r"\b(?:live|as it happened)\b", re.I)
# The fewest words of such a headline: a navigation link ("Live", "Live events") is shorter.
LIVE_HEADLINE_MIN_WORDS = 4


def _live_headline(text: str) -> bool:
    """Whether a line under a site's header is a live page's headline (`LIVE_WORDS`), not its chrome."""
    return (
        len(text.split()) >= LIVE_HEADLINE_MIN_WORDS
        and LIVE_WORDS.search(text) is not None
        and not classify_line(text)
        and line_kind(text) is None
    )


def _live_title_below(lines: list[str], first: str | None) -> str | None:
    """The headline of a copy with no skip link whose first line is none (a text browser's dump opening with the
    site's logo and its sections: "[IMG] The Guardian - Back to home"): the first line below that says "live"
    (`_live_headline`). None when the first line says so itself, or no line does."""
    if first is None or _live_headline(first):
        return None
    texts = [text for line in lines if (text := squash(line))]
    return next((text for text in texts[texts.index(first) + 1 :] if _live_headline(text)), None)


# The fewest words of a page's headline: a navigation's row of links ("Home England Essex") is a few capitalised
# words; a headline (sentence case: "Local elections 2024: Thurrock and Basildon results") has more, some in lower case.
HEADLINE_MIN_WORDS = 4


def _headline_set_apart(lines: list[str], header: str) -> str | None:
    """The first line below the ``header`` line that a blank line sets apart from the lines around it (a dump sets a
    heading so; a site's tagline and navigation run on under its name) and that reads as a headline (`_headline`)."""
    start = next(i for i, line in enumerate(lines) if squash(line) == header) + 1
    for i in range(start + 1, len(lines) - 1):
        text = squash(lines[i])
        if not lines[i - 1].strip() and not lines[i + 1].strip() and text and _headline(text):
            return text
    return None


def _headline(text: str) -> bool:
    """Whether a line under a site's header reads as the page's headline: enough words, one of them in lower case
    (a navigation's links are capitalised), no full stop at its end (a paragraph's), and neither chrome, a date, a
    time nor a byline's names."""
    words = text.split()
    return (
        len(words) >= HEADLINE_MIN_WORDS
        and not text.endswith(".")
        and any(word[0].islower() for word in words)
        and not classify_line(text)
        and line_kind(text) is None
        and not _page_date(text)
        and not PERSON_NAMES.match(text)
    )


# --- one post -----------------------------------------------------------------------------------------


@dataclass
class PostText:
    """What the cleaning of one post's lines gives."""

    body: Body = field(default_factory=Body)
    author: str | None = None
    role: str | None = None
    time_text: str | None = None
    updated_text: str | None = None  # the clock of an "Updated at" stamp in the post
    url: str | None = None  # the permalink its share panel gives ("Copy link https://…")
    is_breaking: bool = False
    is_promo: bool = False


# A table's row copied as text: cells between tabs, or between runs of spaces that align its columns (not after a
# sentence's end, where a typist's two spaces fall: "won.  The").
_TAB_CELLS = re.compile(r"[ \t]*\t[ \t]*")
_SPACED_CELLS = re.compile(r"(?<![.!?:;,]) {2,}")


def _row(line: str, columns: list[int], *, paired: bool = False) -> str:
    """A line of a result table copied as text, its cells joined by ' | ' as an HTML table's row is (see
    clean.BLOCKS; under a heading row of aligned `columns`, a cell that fills its column parted from the next at
    their one space, see clean.filled_cells); any other line squashed. `paired`: the line is in a run of tab
    lines, so two cells are a row."""
    if "\t" not in line:
        for at in reversed(filled_cells(line, columns) if columns else []):
            line = line[:at] + "  " + line[at + 1 :]
    text = line.strip()
    if "\t" in text or "  " in text:
        cells = [squash(c) for c in (_TAB_CELLS if "\t" in text else _SPACED_CELLS).split(text)]
        cells = [c for c in cells if c]
        if len(cells) >= ROW_CELLS or (paired and len(cells) == PAIR_CELLS):
            return " | ".join(cells)
    return squash(text)


def _in_tab_run(lines: list[str], i: int) -> bool:
    """Whether the line before or after lines[i] has a tab between two cells too."""
    return any(0 <= j < len(lines) and "\t" in lines[j].strip() for j in (i - 1, i + 1))


def _nonblank(lines: list[str]) -> list[tuple[str, bool]]:
    """Stripped non-blank lines, each with whether a blank line (or the start) came before it (a table's row with
    its cells joined by ' | ', see `_row`)."""
    out: list[tuple[str, bool]] = []
    gap = True
    columns: list[int] = []  # where the cells of the aligned heading row above open
    for i, line in enumerate(lines):
        if line and ("\t" in line or "  " in line.strip()):
            text = _row(line, columns, paired="\t" in line.strip() and _in_tab_run(lines, i))
            columns = columns or heading_columns(line)
        else:
            text = squash(line) if line else line
        if not text:
            gap = True
            columns = []
            continue
        out.append((text, gap))
        gap = False
    return out


def _leading(items: list[tuple[str, bool]], out: PostText) -> int:
    """Read a "Breaking" label and a time line under the title; return how many lines they took."""
    i = 0
    while i < len(items):
        text = items[i][0]
        if BREAKING.match(text):
            out.is_breaking = True
        elif (m := _time_line(text)) and out.time_text is None:
            out.time_text = m.group("time")
        else:
            break
        i += 1
    return i


# A result's verdict, as a line under a byline's name gives it ("Ash Vale - Labour hold"): no role.
_VERDICT_WORD = re.compile(r"\b(?:hold|gain)\b", re.I)


def _byline(items: list[tuple[str, bool]], i: int, out: PostText) -> int:
    """Author (and role) at ``items[i]``: "By A and B", or two label lines (name, role) before a paragraph."""
    if i >= len(items):
        return i
    first = items[i][0]
    second = items[i + 1] if i + 1 < len(items) else None
    third = items[i + 2] if i + 2 < len(items) else None
    if BYLINE_PREFIX.match(first) and is_label(first):
        out.author = BYLINE_PREFIX.sub("", first)
        name, comma, role = out.author.partition(", ")
        if comma and _person(name) and not _person(role) and " and " not in role:
            out.author, out.role = name, role  # "By Priya Chandran, News Editor": the name, then the role
            return i + 1
        if second is not None and not second[1] and is_label(second[0]):
            out.role = second[0]
            return i + 2
        if second is not None and _spaced_role(second[0], third):
            out.role = second[0]  # a copy with a blank line between all lines: "By A", role, paragraph
            return i + 2
        return i + 1
    ends_group = third is None or third[1] or not is_label(third[0])
    if second is not None and not second[1] and is_label(first) and is_label(second[0]) and ends_group:
        out.author, out.role = first, second[0]
        return i + 2
    if second is not None and not second[1] and _sentence(second[0]) and _person(first):
        out.author = first  # the Guardian: a contributor's name right over the first paragraph, no role
        return i + 1
    if second is None or not second[1] or not _person(first):
        return i
    # A blank line after a person's name: reader view (name, blank, role, blank, paragraph) or the Guardian
    # (a name alone over the first paragraph, no role).
    if not is_label(second[0]):
        out.author = first
        return i + 1
    if _spaced_role(second[0], third):
        out.author, out.role = first, second[0]
        return i + 2
    if _VERDICT_WORD.search(second[0]):  # a result line under the name ("Ash Vale - Labour hold"): no role
        out.author = first
        return i + 1
    return i


def _spaced_role(text: str, after: tuple[str, bool] | None) -> bool:
    """Whether a label under a name, a blank line apart, is its role: a label itself (the first paragraph under a
    "By" line is no role), a paragraph follows it, and it holds no figure nor verdict (a result line is no role:
    "Louth South (East Lindsey) - Labour hold")."""
    return (
        is_label(text)
        and after is not None
        and after[1]
        and not is_label(after[0])
        and not any(ch.isdigit() for ch in text)
        and not _VERDICT_WORD.search(text)
    )


def _sentence(text: str) -> bool:
    """Whether a line reads as a paragraph's sentence: not a label, and ending as a sentence does."""
    return text.endswith((".", '."', ".”")) and not is_label(text)


def _person(text: str) -> bool:
    """Whether a label is a person's name, or names joined by "and" / "&": two to four capitalised words each."""
    return (
        is_label(text)
        and PERSON_NAMES.match(text) is not None
        and not any(word in NOT_NAME_WORDS for word in text.split())
    )


def clean_lines(lines: list[str], *, bylined: bool = True) -> PostText:
    """A post's lines (after its title) to byline (when the post may have one), clean paragraphs, embeds and
    images."""
    out = PostText()
    items = _nonblank(lines)
    start = _leading(items, out)
    if bylined:
        start = _byline(items, start, out)
    texts = [t for t, _ in items[start:]]
    _Cleaner(out, texts).run()
    return out


def line_kind(text: str) -> str | None:
    """The first of `_LINE_KINDS` a stripped line is, None for content."""
    first = text.split(" ", 1)[0]
    # lower case is ASCII's case-blindness; a first word may end in a colon ("Warning: Third party content …")
    if first.isascii() and first.lower().removesuffix(":") not in LINE_KIND_WORDS:
        return None
    matched = _LINE_KINDS.match(text)
    return matched.lastgroup if matched is not None else None


# The line kinds other lines follow, dropped with them (`_follows`).
_FOLLOWED = frozenset(("cookie_banner", "share_panel", "share"))
# The line kinds that close the last post of a whole-page copy: the pager and the site's footer start there.
# (Readers' comments under a post end that post the same way: the lines under their heading are the readers'.)
_PAGE_END = frozenset(("pager", "footer", "page_end", "reader_comments", "feed_reader"))


# The words of a pager's links after its page numbers (`_pager_numbers`), in lower case.
PAGER_WORDS = frozenset(("next", "next page", "previous", "previous page", "older", "newer", "last", "›", "»"))


def _pager_numbers(texts: list[str], i: int) -> bool:
    """Whether the line ``i`` opens a pager copied as its links' words: page numbers on lines of their own, from 1 up
    ("1", "2", "3"), then a `PAGER_WORDS` link or the copy's end. The site's, under the last post, as a "Page 2 of 3"
    pager line is; two numbers at least, so a post's last line reading "1" stays."""
    j = i
    while j < len(texts) and texts[j] == str(j - i + 1):
        j += 1
    return j - i >= 2 and (j == len(texts) or texts[j].lower() in PAGER_WORDS)


def _follows(kind: str, text: str) -> bool:
    """Whether a line belongs to the `_FOLLOWED` line before it: a cookie banner's button, a share panel's link."""
    if kind == "cookie_banner":
        return text in COOKIE_BUTTONS
    if kind == "share":
        return text in SHARE_NETWORKS
    return _address(text)


def _address(text: str) -> bool:
    """Whether a line is a web address alone."""
    return text.startswith(("http://", "https://")) and " " not in text


class _Cleaner:
    """Walk a post's body lines once: embed blocks out, image lines to images, the rest to paragraphs."""

    def __init__(self, out: PostText, texts: list[str]) -> None:
        self.out, self.texts = out, texts
        self.body = out.body
        self.block: list[str] | None = None  # lines inside an open embed block
        self.caption_next: Image | None = None  # an "Image caption," whose text is on the next line
        self.credit_next: Image | None = None  # an LX "Image copyright" whose holder is on the next line
        # the kind of the line before when lines of its own follow it: a cookie banner's buttons, a share
        # panel's link ("Copy this link" over the address)
        self.after: str | None = None
        self.copying = False  # the line before was a share panel's "Copy (this) link": an address under it is the url

    def run(self) -> None:
        for i, text in enumerate(self.texts):
            if self.copying:
                self.copying = False
                if _address(text):
                    self.out.url = self.out.url or text
                    continue
            if self.after is not None:
                if _follows(self.after, text):
                    continue
                self.after = None
            if self.block is not None:
                self._in_block(text)
            elif self.caption_next is not None:
                self.caption_next.caption, self.caption_next = text, None
            elif self.credit_next is not None:
                self.credit_next.credit, self.credit_next = text, None
            else:
                self._line(i, text)
        if self.block:  # never closed (a truncated copy): give back what was not boilerplate
            self.body.paragraphs += [t for t in self.block if not classify_line(t)]

    def _in_block(self, text: str) -> None:
        assert self.block is not None
        if embed_close(text):
            self.block = None
        else:
            self.block.append(text)

    def _line(self, i: int, text: str) -> None:
        if text == "1" and _pager_numbers(self.texts, i):
            del self.texts[i + 1 :]  # the pager and the site's lines under it: `run`'s loop ends here
            return
        if (text[:1].isdigit() or text[:9] == "Previous ") and WORDED_PAGE_OF.match(text):
            del self.texts[i + 1 :]  # a pager's count with its links' words: the site's lines from here on
            return
        body = self.body
        kind = line_kind(text)
        if kind == "open_embed":
            body.embeds.append(Embed(kind=embed_open_kind(text) or ""))
            self.block = []
        elif kind == "more_embed" and (m := VIEW_MORE.match(text)):
            body.embeds.append(Embed(kind=provider_kind(m.group(1))))
        elif kind == "media_embed" and (m := MEDIA_CONTENT.match(text)):
            body.embeds.append(Embed(kind=m.group("kind").lower()))
        elif kind == "video_caption":
            if not body.embeds or body.embeds[-1].kind not in ("video", "audio"):
                body.embeds.append(Embed(kind="video"))  # "Media caption, …" under a player copied as nothing
        elif (
            kind == "close_embed"
            or ("Image " in text and self._image_line(i, text))
            or kind is None
            and ": " in text
            and self._credit_line(i, text)
        ):  # "Image ": what those need
            pass
        elif kind is not None:  # boilerplate (`classify_line`)
            if kind in _PAGE_END:
                del self.texts[i + 1 :]  # the lines under it are the site's: `run`'s loop ends here
                if kind == "pager" and body.paragraphs and BARE_PAGE_OF.match(body.paragraphs[-1]):
                    body.paragraphs.pop()  # the pager's count over its links ("1 of 4" over "Next Oldest")
            self.out.is_promo = self.out.is_promo or kind == "read_more"
            if kind == "updated" and (m := UPDATED_AT.match(text)):
                self.out.updated_text = m.group("time")
            elif kind == "copy_link":
                self.out.url = self.out.url or text.rsplit(" ", 1)[1]
            if kind in _FOLLOWED:
                self.after = kind
                self.copying = text.lower().startswith("copy ")
        elif (
            len(text) <= ALT_MAX_CHARS
            and is_alt_text(text, self._around(i, -1), after := self._around(i, 1))
            and not (after is not None and after.endswith(":"))  # "Hillside ward" over "Elected:" heads a list
        ):
            if (credited := self._credited_above(i)) is not None:
                credited.alt = text
            else:
                body.images.append(Image(alt=text))
        else:
            body.paragraphs.append(text)

    def _image_line(self, i: int, text: str) -> bool:
        """Read a line holding "Image ": "alt Image source, credit[ Image caption, …]", "Image caption, …", or an
        LX figure's label alone ("Image copyright" over "PA", "Image caption" over the caption: the next line
        is its text). False for a line that is none of them."""
        if m := image_source(text):
            image = None if m.group("alt") else self._alt_above(i)
            if image is None:
                image = Image(alt=m.group("alt") or None)
                self.body.images.append(image)
            image.credit, image.caption = m.group("credit"), m.group("caption") or None
            if m.group("caption") == "":  # "…Image caption," with its text on the next line
                self.caption_next = image
        elif m := image_caption(text):
            self._caption(m.group("alt"), m.group("caption"))
        elif (m := BARE_FIGURE_LABEL.match(text)) and self._bare_label(m.group(1), m.group(2)):
            pass
        elif text in FIGURE_LABELS:
            if text.startswith("Image caption"):
                self._caption("", "")
            else:
                image = Image()
                self.body.images.append(image)
                self.credit_next = image
        else:
            return False
        return True

    def _credited_above(self, i: int) -> Image | None:
        """The image whose "Image source, X" line is right above ``i``, with no alt and no caption yet: a text
        browser's dump writes a WebCore picture's alt ("[Counting at the Guildhall]") between its credit and its
        caption, so the alt is the same picture's. None when the line above is no such credit."""
        images = self.body.images
        above = self._around(i, -1)
        if images and images[-1].alt is images[-1].caption is None and above and image_source(above):
            return images[-1]
        return None

    def _alt_above(self, i: int) -> Image | None:
        """The image the line above ``i`` is the alt text of, with no labels yet: a copy that keeps a picture's alt
        (a Markdown copy's "![alt](src)") puts it over the "Image source, X" of the same picture. None when the line
        above is no such image."""
        images = self.body.images
        if images and images[-1].alt == self._around(i, -1) and images[-1].credit is images[-1].caption is None:
            return images[-1]
        return None

    def _credit_line(self, i: int, text: str) -> bool:
        """A Guardian figure's credit, which a copy keeps without its picture: under the caption's line ("SNP
        supporters at the count." over "Photograph: Andy Buchanan/AFP") or after the caption on its line. An
        image, and the line before it its caption when that went to the body (a Guardian figure always has a
        caption, so the line over a lone credit is one). False: no credit ends the line."""
        split = split_credit(text)
        if split is None or len(split[1]) > CREDIT_MAX_CHARS:
            return False
        caption = split[0] or None
        paragraphs = self.body.paragraphs
        if caption is None and paragraphs and paragraphs[-1] == self._around(i, -1):
            caption = paragraphs.pop()
        self.body.images.append(Image(caption=caption, credit=split[1]))
        return True

    def _bare_label(self, label: str, text: str) -> bool:
        """An LX figure's label and its text on one line ("Image copyright PA Media" then "Image caption Counting at
        …"): a credit is short and no sentence; a caption follows a credit so read. False: a sentence of the body."""
        images = self.body.images
        if label == "caption":
            if not images or images[-1].credit is None or images[-1].caption is not None:
                return False
            images[-1].caption = text
        elif len(text) <= CREDIT_MAX_CHARS and not text.endswith((".", "!", "?")):
            images.append(Image(credit=text))
        else:
            return False
        return True

    def _around(self, i: int, step: int) -> str | None:
        j = i + step
        return self.texts[j] if 0 <= j < len(self.texts) else None

    def _caption(self, alt: str, caption: str) -> None:
        """ "Image caption, X" captions the image just before it (or a new one); an empty caption reads
        the next line."""
        images = self.body.images
        if alt:
            image = Image(alt=alt)
            images.append(image)
        elif images and images[-1].caption is None:
            image = images[-1]
        else:
            image = Image()
            images.append(image)
        if caption:
            image.caption = caption
        else:
            self.caption_next = image


# --- the page -----------------------------------------------------------------------------------------


def page_number(url: str | None) -> int | None:
    """The page number a live-page URL names (``?page=N`` or ``/page/N``), else None."""
    m = PAGE_NUMBER.search(url or "")
    return int(m.group(1)) if m else None


def _page_info(url: str | None, text: str = "") -> PageInfo:
    """The page's number from its address, else from the pager's "Page 2 of 12" line, which also gives the total
    (when every such line of the copy says the same: two pages pasted together say nothing)."""
    number = page_number(url)
    total = None
    shown = set(PAGE_OF.findall(text)) if " of " in text else set()
    if not shown and " of " in text:
        shown = {(told or last, of or total) for told, of, last, total in WORDED_PAGE_OF.findall(text)}
    if not shown and number is not None and " of " in text:
        shown = {(told, of) for told, of in BARE_PAGE_OF.findall(text) if int(told) == number}
    if len(shown) == 1:
        ((told, of),) = shown
        if number is None or number == int(told):
            number, total = int(told), int(of)
    prev_url = None
    if url and number and number > 1 and page_number(url) == number:
        prev_url = PAGE_NUMBER.sub(lambda m: m.group(0).replace(m.group(1), str(number - 1), 1), url, count=1)
    return PageInfo(number=number, total=total, prev_url=prev_url)


# A copy wrapped at a fixed width (a text browser's dump, `lynx -dump`, a mail): a paragraph's lines broken where
# the next word would not fit. No line of such a copy is wider than WRAP_MAX_WIDTH, and WRAP_MIN_BREAKS such breaks
# tell it from a copy whose lines are short anyway (a single one is a line that happens to be the longest).
WRAP_MAX_WIDTH = 100
WRAP_MIN_BREAKS = 3
# A wrapped line fills most of the width: a text browser breaks where its own measure of the next word (a wide
# character, a margin it keeps) says it would not fit, a few columns short of the width read off the copy.
WRAP_FILLED = 0.75
# A line ending so may end its paragraph: the next line is joined to it only when it starts in lower case.
_SENTENCE_END = (".", "!", "?", ":", '"', "”", "’", ")")


def wrap_width(lines: list[str], heads: list[HeadLine | None]) -> int | None:
    """The width a hard-wrapped copy's ``lines`` were wrapped at, None for a copy that is not: its widest line
    that the wrap broke (another line of text under it at its indent), but a post's header, which `unwrap_headers`
    may have joined. A line standing alone may be set a little wider (a dump's headline) than the wrap."""
    widest = max((len(line.rstrip()) for line, head in zip(lines, heads, strict=True) if head is None), default=0)
    if widest > WRAP_MAX_WIDTH:
        return None
    width = max(
        (
            len(above.rstrip())
            for above, line, head in zip(lines, lines[1:], heads, strict=False)
            if head is None and _same_indent(above, line)
        ),
        default=0,
    )
    if width < WRAP_FILLED * widest:  # only short lines run on (a byline over its role): lines set as they came
        return None
    breaks = sum(1 for above, line in zip(lines, lines[1:], strict=False) if _wrap_break(above, line, width))
    return width if breaks >= WRAP_MIN_BREAKS else None


def _wrap_break(above: str, line: str, width: int) -> bool:
    """Whether the break between ``above`` and ``line`` is the wrap's: both hold text at the same indent and the
    first word of ``line`` would not have fitted on ``above``."""
    if not _same_indent(above, line):
        return False
    return len(above.rstrip()) + 1 + len(line.split(None, 1)[0]) > width


def _carried_on(above: str, line: str, width: int) -> bool:
    """Whether ``line`` goes on with the sentence that ``above``, a line filling most of the width, broke off: it
    starts in lower case at the same indent, under a line ending mid-sentence."""
    return (
        _same_indent(above, line)
        and line.lstrip()[0].islower()
        and not above.rstrip().endswith(_SENTENCE_END)
        and len(above.rstrip()) >= WRAP_FILLED * width
    )


def _same_indent(above: str, line: str) -> bool:
    """Whether ``above`` and ``line`` both hold text at the same indent (lines of one paragraph, if any)."""
    text = line.lstrip()
    return bool(text) and bool(above.strip()) and len(above) - len(above.lstrip()) == len(line) - len(text)


def unwrap(lines: list[str], width: int) -> list[str]:
    """A post's ``lines`` with each paragraph the wrap broke made one line again. A line that is a label of its own
    (boilerplate, a time, "Breaking") is never joined, nor one starting in upper case under a line that ends a
    sentence: that break may be the paragraph's."""
    out: list[str] = []
    above = ""  # the line above as the copy has it (``out[-1]`` may be several joined)
    for line in lines:
        text = line.strip()
        if (
            out
            and (_wrap_break(above, line, width) or _carried_on(above, line, width))
            and not (above.rstrip().endswith(_SENTENCE_END) and not text[0].islower())
            and line_kind(text) is None
            and not BREAKING.match(text)
            and _time_line(text) is None
        ):
            out[-1] = f"{out[-1].rstrip()} {text}"
        else:
            out.append(line)
        above = line
    return out


def _post(
    raw: RawPost, src: Source, base: datetime | None, default_date: date | None, width: int | None = None
) -> Post:
    cleaned = clean_lines(unwrap(raw.lines, width) if width else raw.lines, bylined=raw.bylined)
    time_text = raw.time_text or cleaned.time_text
    published = parse_time(time_text, base=base, default_date=default_date)
    body = cleaned.body
    return Post(
        updated_at=clock_after(cleaned.updated_text, published),
        post_id=fallback_post_id(src.url, raw.title, time_text, body.text),
        url=cleaned.url,
        title=raw.title or None,
        published_at=published,
        published_text=time_text,
        author=cleaned.author,
        role=cleaned.role,
        kind="promo" if cleaned.is_promo else "post",
        is_breaking=raw.is_breaking or cleaned.is_breaking,
        body_text=body.text,
        embeds=body.embeds,
        images=body.images,
        links=body.links,
    )


def _take_references(post: Post, raw: RawPost, references: list[Reference], start: int) -> int:
    """Give ``post`` the links of a dump (`dump_references`) on its own lines, the run of them from ``start`` on
    (the page's header's skipped) that its lines hold, each line as many times as the post has it (every post's
    "Share this post"): a social network's address is an embed ("View more on twitter"), another a link when its
    words are the body's (a share button's line is no line of the body). Returns where the next post's run starts."""
    if start == len(references):  # no dump (or its links all taken): most copies
        return start
    own = Counter(line.strip() for line in raw.lines)
    at = start
    for i in range(start, len(references)):
        ref = references[i]
        if not own[ref.line]:
            if at > start:
                break  # the next post's
            continue
        own[ref.line] -= 1
        at = i + 1
        if ref.image:
            _picture(post, ref)
        elif (kind := embed_kind(ref.url)) is not None:
            _add_embed(post, Embed(kind, ref.url))
        elif ref.text and ref.text in post.body_text and all(link.url != ref.url for link in post.links):
            post.links.append(Link(ref.text, ref.url))
    return at


def _picture(post: Post, ref: Reference) -> None:
    """A Markdown copy's image's address given to the post's image its alt text made (`markdown_references`)."""
    image = next((image for image in post.images if image.alt == ref.text and image.src is None), None)
    if image is not None:
        image.src = ref.url


def _add_embed(post: Post, embed: Embed) -> None:
    """``embed`` given to ``post``: as the address of its embed of that kind that had none ("View more on twitter"
    read without its link), else as one more, once."""
    if any(known.url == embed.url for known in post.embeds):
        return
    bare = next((known for known in post.embeds if known.kind == embed.kind and known.url is None), None)
    if bare is not None:
        bare.url = embed.url
    else:
        post.embeds.append(embed)


def _pager_references(info: PageInfo, references: list[Reference], url: str | None) -> None:
    """A dump's next and previous pages: the addresses of its pager's links ("Next", "Previous page"); and the page
    count of a pager of numbered links (WebCore's "1 … 3 … 6", which always shows the first and the last page): the
    highest number a link to a page of this live page shows as its words, or this page's own when it is higher
    (the last page links to none after it)."""
    for ref in references:
        word = ref.text.lower()
        if word in ("next", "next page") and info.next_url is None:
            info.next_url = ref.url
        elif word in ("previous", "previous page") and info.prev_url is None:
            info.prev_url = ref.url
    numbers = [int(ref.text) for ref in references if ref.text.isdigit() and _page_of(ref.url, url, int(ref.text))]
    if numbers and info.total is None and info.number is not None:
        info.total = max(*numbers, info.number)


def _page_of(address: str, url: str | None, number: int) -> bool:
    """Whether ``address`` is page ``number`` of the live page ``url`` is a page of."""
    mine, theirs = PAGE_NUMBER.search(url or ""), PAGE_NUMBER.search(address)
    return (
        url is not None
        and theirs is not None
        and int(theirs.group(1)) == number
        and address[: theirs.start()] == url[: mine.start() if mine else len(url)]
    )


# The copyright line that closes a site's footer, any publisher's: "© 2024 Sky UK", "Copyright © 2019 BBC. …".
COPYRIGHT_LINE = re.compile(r"^(?:Copyright )?(?:©|\(c\)) ?\d{4}\b")  # "(c)": a text browser's ASCII ©
# Fewer links than this over the copyright line are no site map: they stay with the post.
FOOTER_MIN_LINKS = 3


def _cut_footer(lines: list[str]) -> None:
    """Drop the site's footer from the last post's lines, in place: the copyright line and the run of links over
    it (labels without figures: "About us", "Cookie Notice", "Sign in"), when the run holds a few of them."""
    at = next(
        (i for i, line in enumerate(lines) if ("©" in line or "(c)" in line) and COPYRIGHT_LINE.match(line.strip())),
        None,
    )
    if at is None:
        return
    start, links = at, 0
    while start > 0:
        text = lines[start - 1].strip()
        if text and not (is_label(text) and not any(ch.isdigit() for ch in text)):
            break
        start -= 1
        links += bool(text)
    if links >= FOOTER_MIN_LINKS:
        del lines[start:]


def _day_divider(lines: list[str], base: datetime | None) -> date | None:
    """The day a page kept open over several days shows over the posts of each ("Thursday, 26 March 2026"), when
    it closes a post's lines, taken off them: it dates the posts below it, whose lines show a clock alone, and is
    none of this post's body. (A divider over the first post is in the page's head, read as its dated line.)"""
    last = next((i for i in range(len(lines) - 1, -1, -1) if lines[i].strip()), None)
    if last is None:
        return None
    text = lines[last].strip()
    if not _page_date(text) or _CLOCK.search(text):
        return None
    shown = parse_time(text, base=base)
    if shown is None:
        return None
    del lines[last]
    return shown.astimezone(LONDON).date()


def _clock_after_midnight(post: Post, above: Post) -> bool:
    """Whether ``post``, showing a clock alone, is over `_CLOCK_ROLLBACK` later than the post above it: read on
    the same day, it would be newer than a post the page shows as newer, so it was posted the day before."""
    shown = post.published_text
    if post.published_at is None or above.published_at is None or not shown or not _CLOCK.match(shown):
        return False  # no time, or one relative to the fetch ("2 hours ago")
    if _DATED_TEXT.search(shown):
        return False
    return post.published_at - above.published_at > _CLOCK_ROLLBACK


def _without_entries(posts: list[Post]) -> list[Post]:
    """The posts less the entries of a list of them (the Guardian's "Key events": time and title, no body) whose
    title another post with a body has."""
    if all(post.body_text for post in posts):
        return posts
    full = {post.title for post in posts if post.body_text}
    return [post for post in posts if post.body_text or post.images or post.embeds or post.title not in full]


def _bylines_as_titles(posts: list[Post]) -> None:
    """An untitled post's contributor read as its title, in place: a Guardian block without a heading shows the
    name right under its time, where a title stands. A title that is a byline of another post of the page, on a
    post with no byline, is that post's author; so is a title that is a person's name (`_person`) on a post
    shown at a Guardian clock ("10.31 BST"): the Guardian heads its blocks with sentences, never with a name."""
    authors = {post.author for post in posts if post.author}
    for post in posts:
        if post.author is None and post.title and (post.title in authors or _guardian_name(post)):
            post.author, post.title = post.title, None


# The clock the Guardian shows over a block, with a dot: "10.31 BST", "09.14" (a BBC clock has a colon).
GUARDIAN_CLOCK = re.compile(r"^\d{1,2}\.\d{2}(?: BST| GMT)?$")


def _guardian_name(post: Post) -> bool:
    """Whether a post's title is a contributor's name under a Guardian clock."""
    assert post.title is not None
    return GUARDIAN_CLOCK.match(post.published_text or "") is not None and _person(post.title)


def _drop_shared_urls(posts: list[Post]) -> None:
    """A share address several posts carry is none's permalink: a copy whose share panels all kept one address
    (one post's) says nothing of the others'."""
    counts = Counter(post.url for post in posts if post.url)
    for post in posts:
        if post.url and counts[post.url] > 1:
            post.url = None


def _without_repeats(posts: list[Post]) -> list[Post]:
    """The posts less a later copy of one already read (same title, time, byline and body): pages of a live page
    pasted one after another, a page that moved on between copies ("Load more"), repeat the posts at their
    seam. The id (page, title, time) finds the candidates; only they have their bodies compared."""
    if len({post.post_id for post in posts}) == len(posts):  # most copies: no two posts share an id
        return posts
    seen: dict[str, list[Post]] = {}
    kept: list[Post] = []
    for post in posts:
        same_id = seen.setdefault(post.post_id, [])
        if any(_same_post(post, other) for other in same_id):
            continue
        same_id.append(post)
        kept.append(post)
    return kept


def _same_post(a: Post, b: Post) -> bool:
    return (a.title, a.published_text, a.author, a.role, a.body_text) == (
        b.title, b.published_text, b.author, b.role, b.body_text
    )  # fmt: skip


def _programme(src: Source) -> Page:
    """A subtitle file's page: the programme as one untitled, undated post of its speakers' turns (see
    `subtitles`)."""
    body = "\n".join(subtitles.turns(src.text))
    page = Page(url=src.url, layout=NAME, title=None, fetched_at=src.fetched_at, page=_page_info(src.url))
    page.posts.append(Post(post_id=fallback_post_id(src.url, None, None, body), body_text=body))
    return page


def parse(src: Source) -> Page:
    if subtitles.looks_like(src.text):
        return _programme(src)
    references: list[Reference] = []
    if "References" in src.text and (dump := dump_references(src.text)) is not None:
        text, references = dump
        src = Source(text, url=src.url, fetched_at=src.fetched_at, origin=src.origin)
    elif "](" in src.text and (copy := markdown_references(src.text)) is not None:
        text, references = copy
        src = Source(text, url=src.url, fetched_at=src.fetched_at, origin=src.origin)
    scanned = scan(src)
    split = split_text(src.text, scanned)
    if not split.posts and not split.summary:
        # A copy with neither numbers nor times ("Posted at 21:30", "published at …", "2 hours ago") shows no
        # boundary between its posts: guessing one from paragraph breaks would split and join posts silently.
        raise ParseError(
            "no posts found in the text copy: posts need their numbers ('1. Title') or their times "
            "('Posted at 21:30', '…published at 21:00 …', '2 hours ago')",
            source=src.name,
            selector="'N. Title'",
        )
    page = Page(
        url=src.url, layout=NAME, title=split.title, fetched_at=src.fetched_at, page=_page_info(src.url, src.text)
    )
    default_date: date | None = None
    base = src.fetched_at
    if split.dated and (shown := parse_time(split.dated, base=src.fetched_at)) is not None:
        # The dated line's day, for posts showing a clock alone, when the copy was fetched over a day after it or
        # before it (parsed later, or earlier, than saved); else the fetch time decides (a page first published the
        # evening before holds posts after midnight, which the fetch date, not the line's, gives).
        default_date = stated_day(shown, src.fetched_at)
        base = base_for(shown, src.fetched_at)
    if split.posts:
        _cut_footer(split.posts[-1].lines)
    width = wrap_width(*scanned) if split.posts else None
    taken = 0  # the references of a dump the posts above took
    for raw in split.posts:
        if NON_POST_TITLES.match(raw.title):
            continue
        if not raw.title and raw.time_text is None:
            page.warnings.append(f"post {raw.number}: numbered line without a title, skipped")
            continue
        divider = _day_divider(raw.lines, base)
        post = _post(raw, src, base, default_date, width)  # a post with a time and no title is an untitled post
        taken = _take_references(post, raw, references, taken)
        if post.published_at is not None and _YEAR.search(post.published_text or ""):
            default_date = post.published_at.astimezone(LONDON).date()
        elif page.posts and _clock_after_midnight(post, page.posts[-1]):
            assert post.published_at is not None
            post.published_at -= _ONE_DAY
        page.posts.append(post)
        if divider is not None:  # the day of the posts under it
            default_date = divider
    page.posts = _without_repeats(_without_entries(page.posts))
    bare = [bare_clock(post.published_text) for post in page.posts]
    for post, at in zip(page.posts, repeated_hours_in_order([p.published_at for p in page.posts], bare), strict=True):
        post.published_at = at
    _drop_shared_urls(page.posts)
    _bylines_as_titles(page.posts)
    _pager_references(page.page, references, src.url)
    if split.summary:
        body = "\n".join(split.summary)
        page.summary.append(
            Post(
                post_id=fallback_post_id(src.url, "Summary", None, body),
                title="Summary",
                kind="summary",
                body_text=body,
            )  # fmt: skip
        )
    return page
