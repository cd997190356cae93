"""Result lists: one candidate per item, in the shapes results are listed in.

'Labour - Louise Jones - 17,591 Elected', 'Jane Smith (Con) 1,234; ...', 'Pemberton, Alan – Conservative – 612
(41.2%) elected', 'Liberal Democrats (Fiona Keane): 733 [46.1%]', 'Labour | Ivan Henley | 707 | 45.9',
'Labour: Pat Jenner 797 E, Margaret McCrory 647 E'.
"""

from __future__ import annotations

import re
from operator import attrgetter

from scraper.entities import cues
from scraper.entities.candidates import Reading, canonical_party, elects_several, winning_parties
from scraper.entities.doc import Doc, Lazy, group_of_initials, holds_any, initials_names, number_value
from scraper.entities.lexicon import (
    DIGITS,
    FORENAMES,
    GROUP_WORDS,
    LIST_PARTY_ALT,
    LOCAL_GROUP,
    LOCAL_PREFIXES,
    LOCAL_SUFFIXES,
    NAME_TOKEN,
    PARTY_ABBREV,
    PARTY_ALIAS,
    PARTY_WORDS,
    STYLED_NAMES,
)
from scraper.entities.names import Person, is_name
from scraper.entities.tables import headed_table, party_cell, table_rows, winner_table


def list_readings(doc: Doc) -> list[Reading]:
    """Result-list lines: 'Labour - Louise Jones - 17,591 Elected', 'Jane Smith (Con) 1,234; ...'.

    Where some lines are marked elected the unmarked ones lost; where none are, the one candidate of the
    party the post says won (gained / held) is elected and the others lost."""
    out: list[Reading] = []
    heading = False  # under a line "... elected:" whose items are on the lines below it
    nominated = False  # under a line "The candidates for X are:" (its items' outcomes still to come)
    nominees: list[Reading] = []
    losing = False  # under a line "Not elected:" (its items lost)
    # the items of each run of list lines, with the line just above the run ("Hollybank - Con gain from Lab")
    blocks: list[tuple[str, list[Reading]]] = []
    above = ""
    last_item: Reading | None = None
    # "The list MSPs for X have been declared.": the people listed on the lines below it were elected (such a
    # line is looked for only in a post that has one)
    rosters = doc.holds(KEYS) and bool(cues.ROSTER_HEADING_RE.search(doc.text))
    rows = _rows(doc.text)
    by_ward: dict[int, list[Reading]] = {}  # (a ward's row may name several winners)
    for _ward, reading, row_at in ward_table(doc.text):
        by_ward.setdefault(row_at, []).append(reading)
    table = {at: [reading] for at, reading in (winner_table(doc.text) | headed_table(doc.text)).items()} | by_ward
    starred = "*" in doc.text and bool(_STAR_KEY_RE.search(doc.text))
    items_of = [
        table[at] if at in table else _starred_items(line, at) if starred else _items(line, at) for line, at in rows
    ]
    for i, (line, at) in enumerate(rows):
        if not items_of[i] and "(" in line:
            items_of[i] = _initials_items(doc, line, at)
    found = _bare_items(rows, items_of)
    ends: list[int] = []  # the row of each block's last item
    # the last line of words above each block, over any blank line ("Ann Lee held on. The result:", "", the rows)
    prose: list[str] = []
    said = ""
    for row, ((line, pos), items) in enumerate(zip(rows, found, strict=True)):
        if heading and not items:  # ("Jo Parr (Lab)", "Jo Parr, Labour", "Jo Parr 702" under "... elected:")
            bare = _labelled_bare_item(line, pos)
            items = (
                _roster_items(line, pos)
                or _name_party_item(line, pos)
                or ([bare] if bare else [])
                or _place_roster_items(line, pos)
            )
        if nominated and not items and (nominee := _nominee_item(line, pos)):
            nominees += nominee  # (kept apart from the list's results: no verdict of the post decides them)
            continue
        if not items and "lected for " in line:
            items = _elected_rolls(line, pos)
        if (
            ("lected:" in line or "LECTED:" in line)
            and ");" in line
            and len(rolls := _bracketed_rolls(line, pos)) > len(items)
        ):
            items = rolls  # (where an item's reading took only the last bracket's name: 'F (Labour)')
        if not items and line.count(":") >= 2 and "seat" in doc.text:
            items = _party_rolls(line, pos)
        if (heading or losing) and items and all(not r.decided for r in items):
            for r in items:
                r.elected, r.decided = heading, True
        else:
            # (each of the three headings ends its line on a colon: a line with a colon inside, 'Analysis: what the
            # night means', is not searched for them, a search that opens on a boundary trying every position)
            colon_end = ":" in line and line.rstrip().endswith(":")
            nominated = colon_end and bool(cues.NOMINATED_HEADING_RE.search(line))
            losing = not items and colon_end and bool(cues.NOT_ELECTED_HEADING_RE.search(line))
            heading = not items and (
                (colon_end and not losing and bool(cues.ELECTED_HEADING_RE.search(line)))
                or (rosters and bool(cues.ROSTER_HEADING_RE.search(line)))
                or ("|" in line and bool(cues.ELECTED_TABLE_HEAD_RE.fullmatch(line)))
            )
        out.extend(items)
        # (the verdict may open the items' own line: "Con hold. Jo Parr 1,034, Al Tey (Ind) 522"; such a line opens
        # a run of its own, under its own verdict alone)
        lead = line[: items[0].span[0] - pos] if items else ""
        if "'s " in lead or "’s " in lead or "s' " in lead:
            _owners_items(doc, lead, pos, items)
        own = bool(lead) and _holds_verdict(lead)
        if items and not own and blocks and blocks[-1][1] and blocks[-1][1][-1] is last_item:
            blocks[-1][1].extend(items)
            ends[-1] = row
        elif items:
            blocks.append((lead if own else above + "\n" + lead, list(items)))
            ends.append(row)
            prose.append(said)
        above = "" if items else line
        said = "" if items else line if line.strip() else said
        last_item = items[-1] if items else None
    if not out:
        return nominees
    previous = 0  # where the words above each block open: after the block before it
    for (heading_line, block), end, words in zip(blocks, ends, prose, strict=True):
        _block_verdict(heading_line, block)
        if not block[0].decided:
            _named_winner(words, block)
        if not block[0].decided and (below := _verdict_below(rows, found, end)):
            _block_verdict(below, block)
        start = min(r.span[0] for r in block)
        if not block[0].decided:
            _counted_winners(doc.text[previous:start], block)
        previous = max(previous, max(r.span[1] for r in block))
        if "seat" in heading_line and not holds_any(doc.text, _TRANSFER_KEYS):
            _block_seats(heading_line, block)
    if not any(r.elected for r in out):
        winners = winning_parties(doc, 0, len(doc.text))
        winners |= {canonical_party(m.group("p")) or "" for m in cues.LINE_VERDICT_RE.finditer(doc.text)}
        ours = [r for r in out if r.party in winners]
        if len(winners) == 1 and len(ours) == 1:
            ours[0].elected, ours[0].decided = True, True
            if elects_several(doc.text):
                # ("Greens take the final seat" in a three-member ward: one winner of several; the others' outcomes
                # are the post's to tell)
                return out + nominees
        else:
            if not ours:
                _group_verdict(doc.text, out)
            # ("Ashtead Independents hold": the group's verdict, its last word read as the independents')
            groups = [w for w in winners if w.endswith(_INDEPENDENT_ENDS)]
            if (
                not any(r.elected for r in out)
                and len(groups) == 1
                and winners <= {groups[0], "Independent"}
                and all(r.party != groups[0] for r in out)
            ):
                _independent_of_the_group(out, groups[0])
    if any(r.elected for r in out):
        for r in out:
            if r.elected is None:
                r.elected, r.decided = False, True
    return out + nominees


# "Labour's winners:", "The slate's successful candidates:", "The Greens' councillors:": the party whose people the
# items after the label are, named before its possessive
_OWNERS_LABEL_RE = Lazy(
    r"['’]s?[ \t]+(?:(?:successful|elected|new)[ \t]+)?(?:winners|candidates|councillors|members)[ \t]*:[ \t]*$"
)


def _owners_items(doc: Doc, lead: str, pos: int, items: list[Reading]) -> None:
    """Give the items without a party after a possessive label the party it names ('Labour's winners: A 702, B 688';
    'The slate's winners:' a local group's, named before: see Doc.subject_party)."""
    label = _OWNERS_LABEL_RE.search(lead)
    party = doc.subject_party(pos + label.start()) if label else None
    for r in items if party else ():
        r.party = r.party or party


# A local group's gain or hold, named in full or by its kind alone: "Cleeve Residents' Association hold", "Residents'
# Association hold"
_GROUP_VERDICT_RE = Lazy(
    rf"(?P<g>{LOCAL_GROUP}|{'|'.join(re.escape(s) for s in sorted(LOCAL_SUFFIXES, key=len, reverse=True))})"
    r"\s+(?:gain|hold|GAIN|HOLD)\b"
)
_NOT_A_GROUP = frozenset({"Party", "Independents"})  # a kind too wide to name one group
_KNOWN_PARTIES = frozenset(PARTY_ALIAS.values())  # ("Green Party" ends like a group: it is none)


def _group_verdict(text: str, out: list[Reading]) -> None:
    """A list with no winner marked under a local group's verdict ('Residents' Association hold'): the one
    candidate of a local group whose name is, or ends with, the verdict's won."""
    groups = [r for r in out if r.party and r.party.endswith(LOCAL_SUFFIXES) and r.party not in _KNOWN_PARTIES]
    if not groups or not ("hold" in text or "gain" in text or "HOLD" in text or "GAIN" in text):
        return
    said = {m.group("g") for m in _GROUP_VERDICT_RE.finditer(text)} - _NOT_A_GROUP
    ours = [r for r in groups if any(r.party == g or (r.party or "").endswith(" " + g) for g in said)]
    if len(ours) == 1:
        ours[0].elected, ours[0].decided = True, True


# A table of one row a ward: "Division | Winner | Party | Result" over "Abbey | Ann Lee | Labour | Lab hold". The head
# names the ward column first, then the person's (a winner's column elects its people), then the party's.
_WARD_TABLE_HEAD_RE = Lazy(
    r"(?im)^[ \t]*(?:(?:electoral[ \t]+)?(?:ward|division)|seat)[ \t]*\|"
    r"(?P<cells>(?:[^|\n]*\|)*[^|\n]*)$"
)
_WINNER_CELLS = frozenset(
    {"winner", "elected", "councillor", "elected councillor", "new councillor", "winning candidate"}
    # (a multi-member ward's column: "Councillor(s)", "Councillors", "Winners")
    | {"councillor(s)", "councillors", "winners", "winner(s)", "elected councillors", "new councillors"}
)
_NAME_CELLS = _WINNER_CELLS | {"candidate", "name"}


def ward_table(text: str) -> list[tuple[tuple[int, int], Reading, int]]:
    """The rows of a table of one row a ward (`_WARD_TABLE_HEAD_RE`): each row's ward cell (its span), a reading of
    its person (elected when the column is the winner's; the party and any votes from their columns) and the row's
    start."""
    if "|" not in text or (head := _WARD_TABLE_HEAD_RE.search(text)) is None:
        return []
    cells = ["ward", *(c.strip().lower() for c in head.group("cells").split("|"))]
    who = next((i for i, c in enumerate(cells) if c in _NAME_CELLS), None)
    party = next((i for i, c in enumerate(cells) if c == "party"), None)
    if who is None or party is None:
        return []
    votes = next((i for i, c in enumerate(cells) if c in ("votes", "vote")), None)
    elected = True if cells[who] in _WINNER_CELLS else None
    out: list[tuple[tuple[int, int], Reading, int]] = []
    for at, end, spans in table_rows(text, head.end() + 1, len(cells)):
        people = _cell_parts(text, spans[who])
        parties = _row_parties(text[slice(*spans[party])], len(people))
        if not people or not all(is_name(text[start:stop]) for start, stop in people) or parties is None:
            break
        figure = number_value(text[slice(*spans[votes])]) if votes is not None and len(people) == 1 else None
        for (start, stop), party_name in zip(people, parties, strict=True):
            person = Person(start, stop, text[start:stop], True)
            reading = Reading(person, True, elected, elected is not None, party_name, figure, None, (at, end), True)
            out.append((spans[0], reading, at))
    return out


# A cell naming several people: "Nasrin Akhtar, Ruhul Amin and Dilwar Hussain" (a multi-member ward's winners)
_CELL_SPLIT_RE = Lazy(r",[ \t]*(?:and[ \t]+)?|[ \t]+(?:and|&)[ \t]+")


def _cell_parts(text: str, span: tuple[int, int]) -> list[tuple[int, int]]:
    """The spans of the parts of a table cell split at its commas and 'and's (one span for a cell of one name)."""
    start, end = span
    parts: list[tuple[int, int]] = []
    for m in _CELL_SPLIT_RE.finditer(text, start, end):
        parts.append((start, m.start()))
        start = m.end()
    return [*parts, (start, end)]


def _row_parties(written: str, people: int) -> list[str] | None:
    """The party of each person of a row's name cell: one party for them all ('Limehurst Together' over three
    winners), or one party each, in order, where the cell lists as many as the people ('Green, Labour' for a split
    ward's two winners); None when the cell names no party so."""
    party = party_cell(written)
    if party is not None:
        return [party] * people
    parties = [party_cell(part.strip()) for part in written.split(",")]
    if len(parties) != people or None in parties:
        return None
    return [p for p in parties if p is not None]


def _rows(text: str) -> list[tuple[str, int]]:
    """The text's lines, each with its offset; a result table copied one cell a line ('Ann Lake (Lab)' above '1,204',
    or 'Ann Lake', 'Labour', '1,204', and any 'ELECTED' under the figure) as one row a candidate, its cells joined
    by '|' at the newlines' places (so offsets into a row are offsets into the text), and its heading cells
    ('Candidate', 'Votes') left out. A table is two or more lines of a figure alone, each under a line without one."""
    lines = text.split("\n")
    starts = []
    pos = 0
    for line in lines:
        starts.append(pos)
        pos += len(line) + 1
    rows = list(zip(lines, starts, strict=True))
    if _FIGURE_ROW_RE.search(text) is None:  # (no line opening on a figure: one scan of the text)
        return rows
    figures = [
        i
        for i, line in enumerate(lines)
        if i and _FIGURE_LINE_RE.match(line) and not _DIGIT_RE.search(lines[i - 1]) and lines[i - 1].strip()
    ]
    if len(figures) < 2:
        return rows
    out: list[tuple[str, int]] = []
    taken = 0  # lines before this one are in a row already
    for i in figures:
        first = i - 1
        if (
            first - 1 >= taken
            and lines[first - 1].strip()
            and not _DIGIT_RE.search(lines[first - 1])
            and _PARTY_CELL_RE.fullmatch(lines[first].strip())
            and not _TABLE_HEAD_RE.match(lines[first - 1])
        ):
            first -= 1  # 'Ann Lake', 'Labour', '1,204'
        out += [row for row in rows[taken:first] if not _TABLE_HEAD_RE.match(row[0])]
        last = i + 1 if i + 1 < len(lines) and _MARK_LINE_RE.match(lines[i + 1]) else i  # ('1,204 votes', 'ELECTED')
        out.append(("|".join(lines[first : last + 1]), starts[first]))
        taken = last + 1
    return out + rows[taken:]


# a card's outcome on a line of its own under the figure: "ELECTED", "Not elected"
_MARK_LINE_RE = Lazy(r"[ \t]*(?i:(?:not[ \t]+)?(?:re-)?elected)[ \t]*$")


_FIGURE_LINE_RE = Lazy(
    rf"[ \t]*{DIGITS}(?:[ \t]+votes?)?(?:[ \t]*\(?\d+(?:\.\d+)?%\)?)?(?:[ \t]+\(?(?i:elected)\)?)?[ \t]*$"
)
_DIGIT_RE = re.compile(r"\d")
# a line after the first opening on a figure: what every `_FIGURE_LINE_RE` line of a table needs
_FIGURE_ROW_RE = re.compile(r"\n[ \t]*\d")
_PARTY_CELL_RE = Lazy(LIST_PARTY_ALT)
_TABLE_HEAD_RE = Lazy(r"[ \t]*(?i:candidates?|name|party|description|votes?|share|%)[ \t]*$")


def _bare_items(rows: list[tuple[str, int]], found: list[list[Reading]]) -> list[list[Reading]]:
    """A list's line of a name and a figure alone, with no party ('Ann Lake 1,204', an independent without a
    description), read as an item when a line next to it holds one, or in a run of such lines one of which is
    marked elected (a contest of independents alone: 'Ann Lake 1,204 - elected' over 'Bob Roe 987')."""
    marked = _marked_bare_runs(rows, found)
    for i, (line, at) in enumerate(rows):
        if found[i] or not ((i and found[i - 1]) or (i + 1 < len(found) and found[i + 1]) or i in marked):
            continue
        m = _bare_match(line)
        if m is None:
            continue
        s, e = at + m.start("name"), at + m.end("name")
        elected = True if cues.ELECTED_MARK_RE.search(m.group("mark")) else None
        reading = Reading(
            Person(s, e, m.group("name"), True),
            True,
            elected,
            elected is not None,
            None,
            number_value(m.group("votes")),
            None,
            (at, at + len(line)),
            True,
        )
        found[i] = [reading]
    return found


def _bare_match(line: str) -> re.Match[str] | None:
    """A line of a person's name and a figure alone ('Ann Lake 1,204'; not "Farnham Residents 611", a group's votes)."""
    m = cues.BARE_ITEM_RE.match(line)
    if m is None or not is_name(m.group("name")) or not GROUP_WORDS.isdisjoint(m.group("name").split()):
        return None
    return m


def _marked_bare_runs(rows: list[tuple[str, int]], found: list[list[Reading]]) -> set[int]:
    """The rows of each run of two or more bare name-and-figure lines (no items found on them) one of which is
    marked elected: a result list that names no party anywhere."""
    out: set[int] = set()
    run: dict[int, re.Match[str]] = {}
    for i in range(len(rows) + 1):
        m = _bare_match(rows[i][0]) if i < len(rows) and not found[i] else None
        if m is not None:
            run[i] = m
            continue
        if len(run) >= 2 and any(cues.ELECTED_MARK_RE.search(x.group("mark")) for x in run.values()):
            out.update(run)
        run = {}
    return out


def _holds_verdict(text: str) -> bool:
    return "gain" in text or "hold" in text or "GAIN" in text or "HOLD" in text


def _holds_verdict_word(text: str) -> bool:
    """A verdict word after a party ('SNP gain', 'Lab hold'): not 'again' or 'threshold'."""
    return " gain " in text or " hold" in text or " GAIN " in text or " HOLD" in text


def _block_verdict(heading: str, block: list[Reading]) -> None:
    """A run of list lines with no elected mark under a line giving one party's gain or hold ('Hollybank - Con
    gain from Lab'): that party's one candidate in the run won, the others lost (a post of several wards' lists,
    where the post's own winners are several parties)."""
    if any(r.decided for r in block) or not _holds_verdict(heading):
        return
    verdicts = {canonical_party(m.group("p")) for m in cues.LINE_VERDICT_RE.finditer(heading)}
    ours = [r for r in block if r.party in verdicts]
    bare = [r for r in block if r.party is None]
    if len(verdicts) == 1 and not ours and len(bare) == 1:  # the list's one item without a party is the winner's
        bare[0].party = next(iter(verdicts))
        ours = bare
    if verdicts == {"Independent"} and not ours:
        # "Island Independents gain from Lab": the local group's own verdict, its last word read as the independents'
        ours = [r for r in block if r.party and r.party != "Independent" and _group_verdict_in(heading, r.party)]
    if verdicts == {"Independent"} and not ours and _AREA_IND_VERDICT_RE.search(heading):
        # "Lincs Ind gain from Con": an area's independents written short, the one local group of the list
        ours = [r for r in block if r.party and r.party != "Independent" and r.party.endswith(_INDEPENDENT_ENDS)]
    if len(verdicts) == 1 and len(ours) == 1:
        for r in block:
            r.elected, r.decided = r is ours[0], True


# "the 38 deputies elected", "All ten councillors returned" (with no colon after it, in a title or the words above
# a table): as many winners as the number says
_COUNTED_WINNERS_RE = Lazy(
    r"\b(?:[Tt]he|[Aa]ll)\s+(?P<n>\d{1,3}|[a-z]+(?:-[a-z]+)?)\s+(?:[a-z]+\s+){0,2}?(?:re-)?(?:elected|returned)\b"
)


def _counted_winners(above: str, block: list[Reading]) -> None:
    """A run of list lines with no elected mark under words naming as many winners as it has lines ('Full list: the
    38 deputies elected' over a table of 38 rows): every one of them won."""
    if any(r.decided for r in block) or ("lected" not in above and "returned" not in above):
        return
    for m in _COUNTED_WINNERS_RE.finditer(above):
        if number_value(m.group("n")) == len(block):
            for r in block:
                r.elected, r.decided = True, True
            return


def _named_winner(heading: str, block: list[Reading]) -> None:
    """A tally with no elected mark under a line naming its top candidate as the seat's winner ('In Ash Vale,
    Labour's Ann Lee held on. The full result:'): that candidate won, the others lost. (Only a verb of one seat:
    'topped the poll' or 'was elected' may head a ward of several seats.)"""
    if len(block) < 2 or any(r.decided or r.votes is None for r in block):
        return
    top = max(block, key=_VOTES)
    at = heading.find(top.person.name)
    if at < 0 or not _SEAT_WON_AFTER_RE.match(heading, at + len(top.person.name)):
        return
    if sum(r.votes == top.votes for r in block) == 1:
        for r in block:
            r.elected, r.decided = r is top, True


_VOTES = attrgetter("votes")
# what a seat's winner did, right after the name: "held on", "has held the seat", "kept her seat", "won the seat"
_SEAT_WON_AFTER_RE = Lazy(
    r"\s+(?:has\s+|had\s+)?(?:held\s+on\b|(?:held|kept|won|took|gained|retained)\s+(?:the|his|her|their)\s+seat\b)"
)


def _group_verdict_in(heading: str, group: str) -> bool:
    """Whether the heading gives the local group's own gain or hold ('Island Independents gain from Labour')."""
    at = heading.find(group)
    return at >= 0 and heading[at + len(group) :].lstrip().lower().startswith(("gain", "hold"))


# a line opening on one party's verdict: "Con hold. Majority 17.", "SNP gain from Lab"
_LEAD_VERDICT_RE = Lazy(rf"[ \t]*(?:{LIST_PARTY_ALT})[ \t]+(?:gain|hold|GAIN|HOLD)\b")


def _verdict_below(rows: list[tuple[str, int]], found: list[list[Reading]], end: int) -> str | None:
    """The line just under a run of list lines when it opens on a party's verdict and heads no run of its own
    ('Jo Parr (Con) 588', 'Al Tey (LD) 571' over 'Con hold. Majority 17.'), else None."""
    below = end + 1
    if below >= len(rows) or found[below] or (below + 1 < len(rows) and found[below + 1]):
        return None
    line = rows[below][0]
    return line if _holds_verdict(line) and _LEAD_VERDICT_RE.match(line) else None


def _independent_of_the_group(items: list[Reading], group: str) -> None:
    """'The Ashtead Independents have held Ashtead Village' over 'Moira Selden (Ind) 1,506', 'Graham Lusty (Con) 488':
    the list's one independent, at the top of the poll, is the winning group's candidate (the list writes the group
    short), elected."""
    independents = [r for r in items if r.party == "Independent"]
    if len(independents) != 1 or any(r.votes is None for r in items):
        return
    top = independents[0]
    if all(r.votes < top.votes for r in items if r is not top):  # type: ignore[operator]
        top.party, top.elected, top.decided = group, True, True


_AREA_IND_VERDICT_RE = Lazy(r"\b[A-Z][\w'’-]+[ \t]+Inds?\s+(?:gain|hold|GAIN|HOLD)\b")
_INDEPENDENT_ENDS = (" Independent", " Independents")


# a count by transferred votes (STV): the most first preferences need not win the seats
_TRANSFER_KEYS = ("preference", "Preference", "quota", "STV", "transfer", "stage")
# the seats a ward's list is for, on the line above it: "Castle ward, 2 seats:", "Riverside (three seats)"
_SEATS_HEADING_RE = Lazy(r"(?<![\w,.])(?P<n>[2-5]|two|three|four|five)[ \t]+seats\b(?![ \t]+(?:were|are)\b)", re.I)


def _block_seats(heading: str, block: list[Reading]) -> None:
    """A run of list lines with votes and no elected mark under a line giving the ward's seats ('Castle ward (three
    seats):'): the candidates with the most votes won that many seats, the rest lost (not when the last seat's
    count ties the next, nor when the line also says how many seats a party gained or held)."""
    m = _SEATS_HEADING_RE.search(heading)
    if m is None or _holds_verdict(heading) or any(r.decided for r in block):
        return
    n = number_value(m.group("n").lower())
    votes = sorted((r.votes for r in block if r.votes is not None), reverse=True)
    if n is None or len(votes) != len(block) or len(votes) <= n or votes[n - 1] == votes[n]:
        return
    for r in block:
        r.elected, r.decided = r.votes is not None and r.votes >= votes[n - 1], True


def _items(line: str, offset: int) -> list[Reading]:
    found: list[Reading] = []
    if not _may_hold_items(line):
        return found
    if '"' in line or "“" in line:  # a declaration read out: '"Ann Lee, Labour, 612." [Applause.] "Tom Fry, ...'
        line = _READ_OUT_RE.sub(_blank, line)
    star = _STAR_MARK_RE.match(line)
    if star:  # "*Ann Pye (Lab) 1,588": an asterisk glued to the name marks the elected ("* Ann Pye" is a bullet)
        found = _items(line[star.end() :], offset + star.end())
        if len(found) == 1:
            found[0].elected, found[0].decided = True, True
        return found
    rank = _RANK_CELL_RE.match(line) if line[:4].lstrip()[:1].isdigit() else None
    if rank:  # "12 | Ann Lee | Labour | 1,204": a ranked table's place column before the name's
        return _items(line[rank.end() :], offset + rank.end())
    if line[:1] in _BULLETS or line[:2].strip()[:1] in _BULLETS:
        bullet = _BULLET_RE.match(line)  # "* Jane Smith (Lab) 1,234 - elected": the item after its bullet
        if bullet:
            line, offset = line[bullet.end() :], offset + bullet.end()
    if "round" in line or "=" in line:  # "A (Lab) – first round 28,411, second preferences 6,204, total 34,615"
        line = _final_total_only(line)
    if _may_be_declared_row(line):  # "ADEYEMI | Folake Grace | Labour Party | 891 | Elected"
        declared = _declared_item(line, offset)
        if declared is not None:
            return [declared]
    line = _surname_uncapped(line)
    if _no_items(line):  # (prose: most lines that pass the gate above)
        return found
    inline = cues.ELECTED_INLINE_RE.match(line)
    if inline:  # "In Kelby, three Labour candidates were elected: A 1,944, B 1,902 and C 1,870"
        found = _inline_items(line, offset, inline, elected=True)
        if found:
            return found
    placed = cues.PLACED_INLINE_RE.match(line)
    if placed:  # "The Tories finished fourth and fifth: A 1,011, B 984"
        found = _inline_items(line, offset, placed, elected=False)
        if found:
            return found
    label = cues.PARTY_LABEL_RE.match(line)
    if label:  # "Labour: Pat Jenner 797 E, Margaret McCrory 647 E"
        labelled = _labelled_items(line, offset, label)
        if labelled:  # (else one item after its party's colon: "SNP: Jo Parr 1,377 (elected, stage 2)")
            return labelled
    whole = _item(line, offset)  # "Liberal Democrats | Imelda Tash | 1,332 | Elected": one item, not three
    if whole is not None:
        return [whole]
    tried = set()
    for label in (cues.LIST_LABEL_RE.match(line), cues.LIST_DASH_LABEL_RE.match(line)):
        start = label.end() if label else 0
        if start in tried:  # the same parts as before, which held no item
            continue
        tried.add(start)
        missed: tuple[str, int] | None = None  # the first part, when it holds no item
        others = -1  # the items from this one on follow a later label of the losers ("; also standing: ...")
        beaten = False  # that label says they were not elected ("; not elected: ...", not "; also standing: ...")
        for part in _split(line[start:]):
            at = line.find(part, start)
            start = at + len(part)
            later = _LOSERS_LABEL_RE.match(part) if found and ":" in part else None
            if later is not None:
                others = len(found)
                beaten = beaten or _BEATEN_LABEL_RE.match(later.group(0)) is not None
                part, at = part[later.end() :], at + later.end()
            reading = _item(part, offset + at) if at or part != line else None  # the whole line was read above
            if reading is None and not found and ". " in part and _holds_verdict(part):
                reading = _after_verdict(part, offset + at)
            if reading is None and label and cues.ELECTED_LABEL_RE.search(label.group(0)):
                reading = _labelled_bare_item(part, offset + at)  # "Not elected: Jo Parr 301, Al Tey 277"
            if reading is not None:
                found.append(reading)
            elif not found and missed is None:
                missed = (part, at)
        if found and missed is not None and all(r.party for r in found):
            lead = cues.BARE_LEAD_ITEM_RE.search(missed[0])  # "Con hold. Jo Parr 1,034, Al Tey (Ind) 522"
            if lead is not None and is_name(lead.group("name")):
                found.insert(0, _bare_item(lead, offset + missed[1]))
            else:
                # "Eastfield by-election, first preferences: Jo Parr (LD) 1,544; Al Tey (SNP) 1,390", "Two-seater.
                # Jo Parr (LD) 1,388 and Al Tey (LD) 1,301 elected": the first item after the words, or the sentence,
                # that introduce the list
                cut = max(missed[0].rfind(": "), missed[0].rfind(". "))
                first = _item(missed[0][cut + 2 :], offset + missed[1] + cut + 2) if cut >= 0 else None
                if first is not None:
                    found.insert(0, first)
        plural = cues.ALL_ELECTED_AFTER_RE.search(line) if len(found) > 1 and " and " in line else None
        if plural is not None:
            _all_elected(line, offset, found, offset + plural.start())
        if found:
            if label and cues.NOT_ELECTED_LABEL_RE.search(label.group(0)):
                for r in found:
                    r.elected, r.decided = False, True
            elif (label and cues.ELECTED_LABEL_RE.search(label.group(0))) or (beaten and 0 < others < len(found)):
                # ("Ashby (three seats) – Lab gain from Ind: A (Lab) 398, B (Ind) 376, C (Ind) 362; not elected: D
                # (Ind) 290": the items before a later label of those not elected won)
                for i, r in enumerate(found):
                    r.elected, r.decided = others < 0 or i < others, True
            break
    if not found and line.count(") ") >= 2:
        found = _surname_run(line, offset)
    if not found and ": " in line and holds_any(line, _VERDICT_WORDS):
        found = _verdict_named_winners(line, offset)  # "Thornby North – Con hold (3): Ann Lee, Jo Parr, Al Tey"
    if not found and line.endswith(_BRACKET_ENDS) and _holds_verdict_word(line):
        return _verdict_winner(line, offset)  # "Marsh Vale - SNP gain from Lab (Ewan Dow)"
    if not found and holds_any(line, _NAMED_VERDICT_KEYS):
        return _named_verdict(line, offset)  # "Wrexham: Sarah Atherton (Con) gain from Lab, majority 2,131"
    if not found and ". " in line and _holds_verdict(line):
        found = _named_winner_of(
            cues.WINNER_AFTER_VERDICT_RE, line, offset
        )  # "Ash: LD GAIN from Con. Jo Parr, maj 98."
    if not found and " by " in line:
        found = _margin_winner(line, offset)  # "Ollerton (Newark) - Labour's Mick Brammer by one vote"
    if not found and ", majority " in line:
        found = _bracketed_majority_winners(line, offset)  # "Labour held Eastmoor (Rita Shah, majority 604)"
    if not found and ". " in line:
        found = _sentence_items(line, offset)
    return found


def _sentence_items(line: str, offset: int) -> list[Reading]:
    """Each sentence of a prose line that is one item whole: 'Lab gain. Ann Lee polled 815 votes. Conservative Tom Hale
    596.' (a runner-up's figure written as a list's item after the winner's sentence)."""
    found = []
    k = line.find(". ")
    while k >= 0:
        start = k + 2
        k = line.find(". ", start)
        reading = _item(line[start : k + 1 if k >= 0 else len(line)], offset + start)
        if reading is not None:
            found.append(reading)
    return found


# a two-round count's item giving both rounds and the total: "– first round 28,411, second preferences 6,204, total
# 34,615", "28,411 + 6,204 = 34,615" (the figures before the total, up to it)
_ROUNDS_BEFORE_TOTAL_RE = Lazy(
    r"[ \t]*[-–—,:]?[ \t]*first[ \t]+round:?[ \t]+\d[\d,]*[ \t]*[,;][ \t]*"
    r"(?:second[ \t]+(?:preferences|prefs|round)|transfers):?[ \t]+\+?\d[\d,]*[ \t]*[,;][ \t]*"
    r"(?:final[ \t]+)?total:?[ \t]+(?=\d)"
    r"|(?<=[ \t])\d[\d,]*[ \t]*\+[ \t]*\d[\d,]*[ \t]*=[ \t]*(?=\d)",
    re.I,
)


def _final_total_only(line: str) -> str:
    """The line with a two-round count's figures before the total blanked out (to spaces, so that the positions
    after them stay put): a finalist's votes are the final total, which the item then gives as 'Name (Party) N'."""
    m = _ROUNDS_BEFORE_TOTAL_RE.search(line)
    if m is None:
        return line
    return line[: m.start()] + " " * (m.end() - m.start()) + line[m.end() :]


# a result written with surnames alone, three or more on one line: "Rendall (LD) 7,488; Heddle (SNP) 1,586; Spence
# (Con) 702" (a surname is a capitalised word, hyphened or with an apostrophe; the line holds nothing else)
_SURNAME_ITEM_RE = Lazy(
    rf"(?P<name>(?:Mc|Mac|O')?[A-Z][a-z]+(?:-[A-Z][a-z]+)?)[ \t]*\((?P<party>{LIST_PARTY_ALT}|{LOCAL_GROUP})\)"
    rf"[ \t]*(?P<votes>{DIGITS})(?:[ \t]+votes)?[ \t]*(?P<sep>[,;.]|$)"
)


def _surname_run(line: str, offset: int) -> list[Reading]:
    """A line that is only a run of 'Surname (Party) votes' items (see _SURNAME_ITEM_RE), else none."""
    out: list[Reading] = []
    at = len(line) - len(line.lstrip())
    while at < len(line):
        m = _SURNAME_ITEM_RE.match(line, at)
        if m is None or m.group("name") in PARTY_WORDS or not (out or m.start() == at):
            return []
        s, e = offset + m.start("name"), offset + m.end("name")
        figure = number_value(m.group("votes"))
        party = canonical_party(m.group("party"))
        out.append(
            Reading(
                Person(s, e, m.group("name"), False),
                True,
                None,
                False,
                party,
                figure,
                None,
                (s, offset + m.end()),
                True,
            )
        )
        at = m.end()
        while at < len(line) and line[at] in " \t":
            at += 1
        if m.group("sep") in (".", "") and at < len(line):
            return []
    return out if len(out) >= 3 else []


# a label of the losers opening a later part of a line that opened on a label of the elected: "Elected: Ann Lee (Lab)
# 1,208; also standing: Tom Fry (Con) 977; ..." (the items from it on lost)
_LOSERS_LABEL_RE = Lazy(
    r"(?i:also\s+(?:standing|stood|ran)|other\s+candidates|others|not\s+(?:re-)?elected|unsuccessful|runners?-up)\s*:\s*"
)


_BEATEN_LABEL_RE = Lazy(r"(?i:not|unsuccessful|runner)")

# the quotation marks around figures read out and a bracketed aside between them ('[Cheering.]'), blanked so that the
# items are read as a list's (the text keeps its length: offsets stand)
_READ_OUT_RE = Lazy(r"(?:^|(?<=[\s\]]))[\"“](?=[A-Z])|(?<=\d[.,])[\"”]|(?<=[\"”] )\[[^\]\n]{1,40}\]")


def _blank(m: re.Match[str]) -> str:
    return " " * len(m.group(0))


_BRACKET_ENDS = (")", ").")
_NAMED_VERDICT_KEYS = (") gain ", ") hold", ") GAIN ", ") HOLD")  # every match of cues.NAMED_VERDICT_RE holds one
_STAR_MARK_RE = re.compile(r"[ \t]*\*(?=[A-Z])")
# a place column opening a row of a table ranked by votes ("1 | Ann Lee | Labour | 1,204", "12th | ...", "3= | ..."):
# the cell of one to three digits, before a cell that opens with a capital
_RANK_CELL_RE = re.compile(r"[ \t]*\d{1,3}(?:st|nd|rd|th|=|\.)?[ \t]*\|[ \t]*(?=[A-Z])")
# A table's key to its asterisks ("* elected", "* denotes elected candidate", "*Elected"), and the asterisk after a
# name that it explains ("Ann Lee * | Green Party | 1,044", "Ann Lee* (Green) 1,044")
_STAR_KEY_RE = Lazy(r"(?m)^[ \t]*\*[ \t]*(?:=[ \t]*|(?:denotes|indicates|means)[ \t]+)?(?:[Ee]lected|ELECTED)\b")
_STAR_AFTER_NAME_RE = re.compile(r"(?<=[a-z])[ \t]*\*(?=[ \t]*(?:\||\(|,|$))")


def _starred_items(line: str, offset: int) -> list[Reading]:
    """The items of a line under a table's key to its asterisks: the one item whose name an asterisk follows is
    elected (the asterisk blanked, so offsets stand)."""
    star = _STAR_AFTER_NAME_RE.search(line)
    if star is None:
        return _items(line, offset)
    found = _items(line[: star.start()] + " " * (star.end() - star.start()) + line[star.end() :], offset)
    if len(found) == 1:
        found[0].elected, found[0].decided = True, True
    return found


# A returning officer's surname in capitals: "Mary PRICE, Labour Party, 1811", "McCANN, Rose (Con) 402"
_CAPS = r"(?:Mc|Mac|O['’])?[A-Z]{2,}(?:[-'’](?:Mc|Mac|O['’])?[A-Z]{2,})*"
_CAPS_SURNAME_RES = (
    re.compile(rf"[ \t]*{NAME_TOKEN}(?:[ \t]+{NAME_TOKEN})?[ \t]+(?P<caps>{_CAPS})(?=[ \t]*[,(–—-]|[ \t]+\d)"),
    # (a surname of two words before the comma: "DE SOUZA, Marco", "VAN DYKE, Ann")
    re.compile(rf"[ \t]*(?P<caps>{_CAPS}(?:[ \t]+{_CAPS})?)(?=,[ \t]+{NAME_TOKEN})"),
)
_CAPS_RUN_RE = Lazy(r"(?<=[A-Z])[A-Z]+")
# A declaration of result's row in its own columns, surname in capitals first: "ADEYEMI | Folake Grace | Labour Party |
# 891 | Elected", or copied without the rules between the columns: "HOLLIS Amanda Jane Conservative Party Candidate
# 1,048 Elected"
_CELL = r"(?:[ \t]*\|[ \t]*|[ \t]+)"
_DECLARED_ROW_RE = Lazy(
    rf"[ \t]*(?P<sur>{_CAPS})(?:,[ \t]*|{_CELL})(?P<fore>{NAME_TOKEN}(?:[ \t]+{NAME_TOKEN}){{0,2}}?){_CELL}"
    rf"(?P<party>{LIST_PARTY_ALT}|{LOCAL_GROUP}){_CELL}(?P<votes>{DIGITS})"
    rf"(?:{_CELL}(?P<mark>[A-Za-z][A-Za-z -]*?))?[ \t]*\|?[ \t]*"
)


def _may_be_declared_row(line: str) -> bool:
    """Whether the line opens as a surname in capitals does ('AD', "O'", 'Mc', 'Ma'): what _DECLARED_ROW_RE needs
    before it is tried (most list lines open on a forename or a party)."""
    head = line.lstrip()[:2]
    return head.isupper() or head == "Mc" or head == "Ma"


def _declared_item(line: str, offset: int) -> Reading | None:
    """The candidate of a declaration's row whose surname in capitals opens it (see _DECLARED_ROW_RE), if it is one:
    'Folake Grace Adeyemi', with all the other names the row gives."""
    m = _DECLARED_ROW_RE.fullmatch(line)
    if m is None or m.group("sur") in PARTY_ABBREV or m.group("sur") in _NOT_SURNAMES:
        return None
    mark = m.group("mark") or ""
    if mark and not cues.ELECTED_MARK_RE.fullmatch(mark):
        return None  # (a word after the figure that is no mark: not a row of this table)
    name = f"{m.group('fore')} {_caps_surname(m.group('sur'))}"
    if not is_name(name):
        return None
    s, e = offset + m.start("sur"), offset + m.end("fore")
    elected = True if mark else None
    figure = number_value(m.group("votes"))
    party = canonical_party(m.group("party"))
    span = (offset, offset + len(line))
    return Reading(Person(s, e, name, True), True, elected, elected is not None, party, figure, None, span, True)


_NOT_SURNAMES = frozenset({"ELECTED", "GAIN", "HOLD", "WIN", "LOSS"})


def _surname_uncapped(line: str) -> str:
    """The line with a list item's surname in capitals written as a name ('Mary PRICE' -> 'Mary Price', 'McCANN' ->
    'McCann'): the same length, so offsets into it are offsets into the line. Not a party's abbreviation ('Jo
    Hart LAB 1,204') nor a mark."""
    for rx in _CAPS_SURNAME_RES:
        m = rx.match(line)
        if m is not None:
            caps = m.group("caps")
            words = caps.split()
            if (
                not PARTY_ABBREV.keys().isdisjoint(words)
                or not _NOT_SURNAMES.isdisjoint(words)
                or not PARTY_WORDS.isdisjoint(line[: m.end()].split())
            ):
                return line  # ("Reform UK – Liam Cotter – 1,211", "Jo Hart LAB 1,204": a party, no surname)
            return line[: m.start("caps")] + _caps_surname(caps) + line[m.end("caps") :]
    return line


def _caps_surname(caps: str) -> str:
    """A surname in capitals as a name ('MCKAY' -> 'McKay' as `_surname_case` writes it; 'McCANN' -> 'McCann')."""
    return _surname_case(caps) if caps.isupper() else _CAPS_RUN_RE.sub(lambda r: r.group(0).lower(), caps)


# a list's bullet as a copied page writes it, before the item
_BULLETS = "-*•·–—"
_BULLET_RE = Lazy(r"[ \t]*[-*•·–—][ \t]+(?=[A-Z\d])")


# One of these is in every match of ROSTER_HEADING_RE ("list MSPs", "regional members", "London-wide members", "has
# elected its six members"): the literal tests of whole posts here (see doc.KeyIndex)
KEYS = ("list M", "list m", "regional", "London-wide", "additional", "elected its", "elected their")
_ITEM_CHARS = "0123456789(*"
_ITEM_WORDS = ("elected", "winner", "gain", "hold", "hundred", "thousand")  # (votes in words: a declaration read out)


def _may_hold_items(line: str) -> bool:
    r"""Whether `cues.LIST_ITEM_GATE_RE` finds a figure, bracket or elected mark, the items' common need: for
    ASCII text (where `\d` is 0-9 and `(?i:)` folds only A-Z) by `in` tests, which are faster."""
    if not line.isascii():
        return bool(cues.LIST_ITEM_GATE_RE.search(line))
    for c in _ITEM_CHARS:  # noqa: SIM110 -- loops, not any() over generators (a call a line)
        if c in line:
            return True
    low = line.lower()
    for w in _ITEM_WORDS:  # noqa: SIM110
        if w in low:
            return True
    return False


# a figure (its thousands commas and decimal points in it): each match opens on a digit after no digit, nor after a
# digit's comma or point (`\d\d*`, not `\d+`: a pattern opening on a repeat gives sre no class to skip to)
_FIGURE_RE = re.compile(r"\d\d*(?:[,.]\d+)*")
# (the _MARK digits after these words; and the party names ending on a lower-case word, whose votes follow it)
_NOT_BEFORE_A_FIGURE = ("stage", "majority")
_LOWER_PARTY_ENDS = frozenset(
    w for name in (*PARTY_ALIAS, *PARTY_ABBREV, *LOCAL_SUFFIXES) if re.fullmatch("[a-z]+", w := name.split()[-1])
)


def _no_items(line: str) -> bool:
    """Whether the rest of `_items` finds no item in `line` (its bullet, star and capitals read): told without the
    item patterns for prose such as 'In Ashby, Labour's Jo Parr was elected with 3,459 votes, ahead of Al Tey on
    1,195.' (most of the lines that `_may_hold_items` passes).

    The line is ASCII and holds no bracket, colon, rule or semicolon (no label, verdict bracket, split character
    or bracketed party), no ' - ' label, and is one part (LIST_COMMA_SPLIT_RE finds no split, no 'elected. ' for
    AND_ITEM_SPLIT_RE, no verdict before a full stop for _after_verdict): only `_item(line)` could read an item.
    It holds a figure, and each figure follows a lower-case word and one space. A shape's votes follow a name (a
    capital opens its last word), a party (none but those in `_LOWER_PARTY_ENDS` ends on a lower-case word),
    a separator or a bracket, or open the part: never such a word, nor a digit, nor a digit's comma or point. A
    shape's match runs to the line's end, and a figure that is not its votes is in its mark, where no digit may be
    (but one after 'stage ' or 'majority ')."""
    if not line.isascii() or "(" in line or ")" in line or ":" in line or "|" in line or ";" in line:
        return False
    figures = False
    for m in _FIGURE_RE.finditer(line):  # each after a lower-case word (a whole one) and one space
        at = m.start()
        if line[at - 1 : at] != " ":
            return False
        word = line[line.rfind(" ", 0, at - 1) + 1 : at - 1]
        if not (word.isalpha() and word.islower()) or word in _LOWER_PARTY_ENDS or word.endswith(_NOT_BEFORE_A_FIGURE):
            return False
        figures = True
    if not figures:
        return False
    return (
        ("-" not in line or cues.LIST_DASH_LABEL_RE.match(line) is None)
        and "lected. " not in line
        and (". " not in line or not _holds_verdict(line))
        and cues.LIST_COMMA_SPLIT_RE.search(line) is None
    )


def _after_verdict(part: str, at: int) -> Reading | None:
    """The item after the verdict that opens a list's first part ('Con hold. Jo Parr (Con) 1,034'), elected if an
    elected label comes between them."""
    m = cues.VERDICT_THEN_RE.match(part)
    if m is None:
        return None
    reading = _item(part[m.end() :], at + m.end())
    if reading is not None and m.group("label"):
        reading.elected, reading.decided = True, True
    return reading


_VERDICT_WORDS = (" hold", " gain", " HOLD", " GAIN")


def _verdict_named_winners(line: str, offset: int) -> list[Reading]:
    """'Thornby North – Conservative hold (3): Ann Lee, Jo Parr, Al Tey': a ward's winners named after its verdict,
    each elected for the party in a bracket after them ('A and B (Con), C (Green)') or else the verdict's one party;
    none unless every part after the colon is names."""
    m = cues.VERDICT_NAMES_RE.match(line)
    if m is None:
        return []
    verdict = m.group("verdict")
    parties = {  # (not the party the seats were taken from: "two Green gains from Labour")
        canonical_party(p.group("p"))
        for p in cues.LABEL_PARTY_RE.finditer(verdict)
        if not verdict[: p.start()].endswith("from ")
    }
    verdict_party = parties.pop() if len(parties) == 1 else None
    out: list[Reading] = []
    start = m.start("names")
    for part in m.group("names").split(", "):
        at = line.find(part, start)
        start = at + len(part)
        named = cues.VERDICT_NAMES_PART_RE.fullmatch(part)
        if named is None:
            return []
        party = verdict_party
        if named.group("party"):
            bracket = cues.VERDICT_NAMES_PARTY_RE.fullmatch(named.group("party").strip())
            party = canonical_party(bracket.group("p")) if bracket else None
        for name in named.group("names").split(" and "):
            if not is_name(name):
                return []
            s = offset + line.find(name, at)
            person = Person(s, s + len(name), name, True)
            out.append(Reading(person, True, True, True, party, None, None, (s, s + len(name)), True))
    return out


def _verdict_winner(line: str, offset: int) -> list[Reading]:
    """'Marsh Vale - SNP gain from Lab (Ewan Dow)': the winner named in a bracket after a ticker line's verdict,
    elected for the verdict's party."""
    bracket = line.rfind("(")
    m = cues.BRACKET_NAME_END_RE.match(line, bracket) if bracket >= 0 else None
    if m is None or not is_name(m.group("name")):
        return []
    party = None
    for verdict in cues.VERDICT_WORD_RE.finditer(line, line.rfind(")", 0, bracket) + 1, bracket):
        before = cues.PARTY_BEFORE_VERDICT_RE.search(line, max(0, verdict.start() - _PARTY_REACH), verdict.start())
        if before is not None:
            party = canonical_party(before.group("p"))
            break
    if party is None:
        return []
    s, e = offset + m.start("name"), offset + m.end("name")
    person = Person(s, e, m.group("name"), True)
    return [Reading(person, True, True, True, party, None, None, (s, e), True)]


_PARTY_REACH = 40  # characters: the longest party name a verdict follows


def _bracketed_majority_winners(line: str, offset: int) -> list[Reading]:
    """'Labour have held Eastmoor (Rita Shah, majority 604) and Marsh Vale (Ewan Dow, majority 98)': each winner named
    in a bracket with their majority, elected for the party that the sentence says held or took the seats."""
    out: list[Reading] = []
    for m in cues.BRACKET_MAJORITY_RE.finditer(line):
        if not is_name(m.group("name")):
            continue
        sentence = line.rfind(". ", 0, m.start()) + 1
        parties = [t.group("p") for t in cues.PARTY_TOOK_SEATS_RE.finditer(line, sentence, m.start())]
        if not parties:
            continue
        s, e = offset + m.start("name"), offset + m.end("name")
        party = canonical_party(parties[-1])  # (the last such party before the bracket)
        out.append(Reading(Person(s, e, m.group("name"), True), True, True, True, party, None, None, (s, e), True))
    return out


def _named_verdict(line: str, offset: int) -> list[Reading]:
    """'Wrexham: Sarah Atherton (Con) gain from Lab, majority 2,131': a ticker line whose verdict follows its winner
    and the winner's party in brackets, elected for that party."""
    return _named_winner_of(cues.NAMED_VERDICT_RE, line, offset)


def _margin_winner(line: str, offset: int) -> list[Reading]:
    """'Calverton (Gedling) - Labour's Jo Hibbert by four': a round-up line's winner after its dash, told by the
    margin won by, elected for the party before the name."""
    return _named_winner_of(cues.MARGIN_WINNER_RE, line, offset)


def _named_winner_of(rx: Lazy, line: str, offset: int) -> list[Reading]:
    """The winner a line's match of `rx` names (groups `name` and `p`, the party), elected for that party."""
    m = rx.search(line)
    if m is None or not is_name(m.group("name")):
        return []
    s, e = offset + m.start("name"), offset + m.end("name")
    person = Person(s, e, m.group("name"), True)
    return [Reading(person, True, True, True, canonical_party(m.group("p")), None, None, (s, e), True)]


def _all_elected(line: str, offset: int, found: list[Reading], verb: int) -> None:
    """The items up to the one whose own words hold the verb at `verb` ('A (Lab) 2,402 and B (Lab) 2,356 were
    elected') all won, back to the semicolon that ends the items before them ('A (Ind) 2,456 and B (Ind) 2,102
    elected; C (Lab) 1,380': C is not of the run)."""
    last = next((i for i, r in enumerate(found) if r.span[0] <= verb < r.span[1]), 0)
    first = last
    while first and ";" not in line[found[first - 1].span[1] - offset : found[first].span[0] - offset]:
        first -= 1
    if first < last:
        for r in found[first : last + 1]:
            r.elected, r.decided = True, True


def _split(text: str) -> list[str]:
    """`re.split(cues.LIST_SPLIT, text)`, scanning only for what the text can hold; each part also split before an
    item that 'and' joins to the figure ending the one before it ("B (Lab) 2,356 and C (Lab) 2,301 were elected")."""
    if holds_any(text, cues.LIST_SPLIT_CHARS):
        parts = cues.LIST_SPLIT_RE.compiled().split(text)
    else:
        parts = cues.LIST_COMMA_SPLIT_RE.split(text) if "," in text or ". " in text else [text]
    if " and " in text:
        parts = [piece for part in parts for piece in cues.AND_ITEM_SPLIT_RE.split(part)]
    return parts


# a ward's name and a spaced dash opening a line ("Great Ayton - ", "Masham and Fountains – ")
_AREA_DASH_RE = Lazy(r"[ \t]*[A-Z][\w'’.-]*(?:[ \t]+(?:and|upon|on|[A-Z][\w'’.-]*)){0,5}[ \t]+[-–—][ \t]+(?=[A-Z])")


def _roster_items(line: str, offset: int) -> list[Reading]:
    """'Conservative: Douglas Ritchie, Fiona Laing, Tess Whyte' under a heading naming who was elected: the
    party's people, without figures; the ward may open the line ('Bedale - Conservative: Ann Lee')."""
    label = cues.PARTY_LABEL_RE.match(line)
    area = None if label else _AREA_DASH_RE.match(line)
    if area is not None:  # "Bedale - Conservative: Ann Lee": a ward's winner, the ward before a dash
        label = cues.PARTY_LABEL_RE.match(line[area.end() :])
    if not label:
        return []
    at = label.end() + (area.end() if area else 0)
    return _roster_names(line, offset, at, line[at:].rstrip(" ."), canonical_party(label.group("party")))


def _roster_names(line: str, offset: int, at: int, names: str, party: str | None) -> list[Reading]:
    """The people `names` (the text of `line` from `at`) lists, split at its commas and 'and', each a candidate of
    `party`; none when a part is no name alone."""
    out = []
    for part in cues.ROSTER_SPLIT_RE.split(names):
        name = part.strip()
        if not (cues.ROSTER_NAME_RE.fullmatch(name) and is_name(name)):
            return []  # not a list of names alone
        s = offset + line.find(name, at)
        at = s - offset + len(name)
        person = Person(s, s + len(name), name, True)
        out.append(Reading(person, candidate=True, party=party, span=(s, s + len(name)), from_list=True))
    return out


# "Grouville – John Le Maistre", "Bassishaw (2 seats): Ann Lee and Tom Fry": a place (its seats in brackets) before a
# colon or a dash, then names alone
_PLACE_ROSTER_RE = Lazy(
    r"[ \t]*(?P<place>[A-Z][\w'’.-]*(?:[ \t]+(?:[A-Z][\w'’.-]*|and|of|on|upon|the|le|la|de)){0,4})"
    r"(?:[ \t]*\([^()\n]{1,20}\))?(?:[ \t]*:|[ \t]+[–—-])[ \t]+(?P<names>[A-Z].*?)[ \t.]*"
)


def _place_roster_items(line: str, offset: int) -> list[Reading]:
    """'Grouville – John Le Maistre' under a heading naming who was elected (returned unopposed): the place's
    people, without party or figures (names alone after the place, or nothing is read)."""
    m = _PLACE_ROSTER_RE.fullmatch(line)
    if m is None or canonical_party(m.group("place")) in _KNOWN_PARTIES:
        return []
    return _roster_names(line, offset, m.start("names"), m.group("names"), None)


def _name_party_item(line: str, offset: int) -> list[Reading]:
    """'Ann Lee, Plaid Cymru' on a line of its own under a heading naming who was elected: the person, no figures."""
    m = cues.NAME_COMMA_PARTY_RE.fullmatch(line)
    if m is None or not is_name(m.group("name")):
        return []
    s, e = offset + m.start("name"), offset + m.end("name")
    person = Person(s, e, m.group("name"), True)
    return [Reading(person, candidate=True, party=canonical_party(m.group("party")), span=(s, e), from_list=True)]


def _nominee_item(line: str, offset: int) -> list[Reading]:
    """'BOWEN, Carl - Reform UK' under a line naming the candidates standing: the person and party, no figures,
    the outcome still to come (pending, so no verdict elsewhere in the post decides it)."""
    m = cues.NOMINEE_RE.match(line)
    if m is None:
        return []
    if m.group("name"):
        name, s, e = m.group("name"), offset + m.start("name"), offset + m.end("name")
    else:
        name = f"{m.group('fore')} {_surname_case(m.group('sur'))}"
        s, e = offset + m.start("sur"), offset + m.end("fore")
    if not (is_name(name) or _forename_and_surname(name)):
        return []
    party = canonical_party(m.group("party"))
    return [Reading(Person(s, e, name, True), True, None, True, party, None, None, (offset, offset + len(line)), True)]


def _elected_rolls(line: str, offset: int) -> list[Reading]:
    """'Elected for Reform UK: A, B and C', 'Elected for Labour: D; elected for the Greens: E': each label's party's
    people, who were elected (names alone after the label, or nothing is read)."""
    out = []
    for roll in cues.ELECTED_FOR_RE.finditer(line):
        items = _roster_items(line[roll.start("party") : roll.end()], offset + roll.start("party"))
        if not items:
            return []
        out.extend(items)
    for r in out:
        r.elected, r.decided = True, True
    return out


_ELECTED_LABEL_RE = Lazy(r"[ \t]*(?:[Ee]lected|ELECTED)[ \t]*:[ \t]*")
_BRACKETED_ROLL_RE = Lazy(rf"[ \t]*(?P<names>[^;()]+?)[ \t]*\([ \t]*(?P<party>{LIST_PARTY_ALT})[ \t]*\)[ \t]*\.?[ \t]*")


def _bracketed_rolls(line: str, offset: int) -> list[Reading]:
    """'Elected: A, B and C (Plaid Cymru); D and E (Reform UK); F (Labour).': each bracket's party's people, named
    before it, were elected (names alone before each bracket, or nothing is read)."""
    label = _ELECTED_LABEL_RE.match(line)
    if label is None:
        return []
    out = []
    at = label.end()
    for part in line[at:].split(";"):
        roll = _BRACKETED_ROLL_RE.fullmatch(part)
        if roll is None:
            return []
        party = canonical_party(roll.group("party"))
        pos = at + roll.start("names")
        for piece in cues.ROSTER_SPLIT_RE.split(roll.group("names")):
            name = piece.strip()
            if not (cues.ROSTER_NAME_RE.fullmatch(name) and is_name(name)):
                return []  # not a roll of names alone
            s = line.find(name, pos)
            pos = s + len(name)
            person = Person(offset + s, offset + pos, name, True)
            out.append(Reading(person, True, True, True, party, None, None, (offset + s, offset + pos), True))
        at += len(part) + 1
    return out


def _party_rolls(line: str, offset: int) -> list[Reading]:
    """'Plaid: A, B, C. Reform UK: D, E. Conservative: F.' in a post about seats: each party's people, on one line
    of two or more such rolls, were elected."""
    rolls = cues.PARTY_ROLL_SPLIT_RE.split(line)
    if len(rolls) < 2:
        return []
    out = []
    at = 0
    for roll in rolls:
        at = line.find(roll, at)
        items = _roster_items(roll, offset + at)
        if not items:
            return []  # not rolls of names alone
        out.extend(items)
        at += len(roll)
    for r in out:
        r.elected, r.decided = True, True
    return out


_LOWER_INDEPENDENTS_RE = Lazy(r"\bindependents\b")


def _inline_items(line: str, offset: int, label: re.Match[str], *, elected: bool) -> list[Reading]:
    """The names and figures after a label saying they were elected (or where they finished: lost), with the one
    party the label names."""
    before = label.start("from") if "from" in label.re.groupindex and label.group("from") else label.end()
    parties = {canonical_party(m.group("p")) for m in cues.LABEL_PARTY_RE.finditer(line, 0, before)}
    if not parties and _LOWER_INDEPENDENTS_RE.search(line, 0, before):
        parties = {"Independent"}  # "independents took all three seats from Labour:"
    party = parties.pop() if len(parties) == 1 else None
    out = []
    for m in cues.INLINE_ITEM_RE.finditer(line, label.end()):
        if not is_name(m.group("name")):
            return []  # not a list of people alone
        s, e = offset + m.start("name"), offset + m.end("name")
        person = Person(s, e, m.group("name"), True)
        span = (offset + m.start(), offset + m.end())
        out.append(Reading(person, True, elected, True, party, number_value(m.group("votes")), None, span, True))
    return out


def _initials_items(doc: Doc, line: str, offset: int) -> list[Reading]:
    """'Kate Orr (MRA) 1,388': items whose bracket holds the initials of a local group the post spells out ('the
    Molesey Residents' Association'), each under that group's name; an item giving its votes under initials of no
    group the post spells out is read with no party (a group another post of the page may name: see
    page.initials_across_posts); none where the initials may be either of two groups, or an item gives no votes.
    An independent's campaign label, 'Rob Hale (Ind SHC) 9,210', is the group whose name opens on 'Independent'
    and those initials ('Independent Save Hartwell Cottage'), or an independent when the post spells none out."""
    out = []
    start = 0
    for part in _split(line):
        at = line.find(part, start)
        start = at + len(part)
        m = cues.INITIALS_ITEM_RE.match(part)
        if m is None or m.group("initials") in PARTY_ABBREV or not is_name(m.group("name")):
            continue
        votes = m.group("votes")
        initials = ("I" if m.group("ind") else "") + m.group("initials")
        group = group_of_initials(doc, initials)
        if group is None and (not votes or initials_names(doc, initials)):
            continue  # (two groups the initials may stand for: which one is not known)
        if group is None and m.group("ind"):
            group = "Independent"  # (a campaign label the post does not spell out: an independent all the same)
        s, e = offset + at + m.start("name"), offset + at + m.end("name")
        elected = True if cues.ELECTED_MARK_RE.search(m.group("mark") or "") else None
        figure = number_value(votes) if votes else None
        span = (offset + at, offset + at + len(part))
        out.append(
            Reading(
                Person(s, e, m.group("name"), True), True, elected, elected is not None, group, figure, None, span, True
            )
        )
    return out


def _own_verdict(mark: str, party: str | None, votes: str | None) -> bool:
    """Whether a verdict after an item with no votes is on the item's own party ('Ash Vale: Kim Lowe (Lib Dem) - LD
    hold', a ward's winner with the verdict on that seat): a mark of its winner, as 'elected' would be. (After a
    tally's last item, 'Paul Ng (Con) 190. Lab hold.', the verdict is the line's, whoever won.)"""
    verdict = None if votes or not party else cues.VERDICT_RE.match(mark)
    return verdict is not None and canonical_party(verdict.group("p")) == canonical_party(party)


def _bare_item(m: re.Match[str], offset: int) -> Reading:
    """A list's first item written as a name and a figure alone, at text offset `offset` (its party is the
    verdict's before it: see _block_verdict)."""
    s, e = offset + m.start("name"), offset + m.end("name")
    person = Person(s, e, m.group("name"), True)
    span = (s, offset + m.end())
    return Reading(person, True, None, False, None, number_value(m.group("votes")), None, span, True)


def _labelled_bare_item(part: str, offset: int) -> Reading | None:
    """A name and its figure alone after a label saying who was (or was not) elected ('Elected: Jo Parr 702, Al
    Tey 688'): the label, not a party, makes it an item (see _items)."""
    m = cues.BARE_ITEM_RE.match(part)
    if m is None or not is_name(m.group("name")) or not GROUP_WORDS.isdisjoint(m.group("name").split()):
        return None
    return _bare_item(m, offset)


def _forename_and_surname(written: str) -> bool:
    """'Simon Ward', 'Helen Church': a forename and a surname that is also a word names do not hold, in a list
    item (a party in brackets or beside it) where it can only be a person."""
    words = written.split()
    return len(words) == 2 and words[0] in FORENAMES and words[1] not in PARTY_WORDS


def _labelled_items(line: str, offset: int, label: re.Match[str]) -> list[Reading]:
    """The items of a line opening on a party's label; a later label after a comma is the party of the items after
    it ("Conservative: Alan Pike 702, Labour: Nora Quist 455")."""
    party, prev, out = label.group("party"), label.end(), []
    for m in cues.NAME_VOTES_RE.finditer(line, label.end()):
        if m.start() > prev and ":" in line[prev : m.start()]:
            later = cues.PARTY_LABEL_RE.match(line[prev:])
            if later is not None and prev + later.end() == m.start():
                party = later.group("party")
        out.append(_party_item(m, offset, party))
        prev = m.end()
    return out


def _party_item(m: re.Match[str], offset: int, party: str) -> Reading:
    """One 'Name 797 E' item of a party's line at text offset `offset`."""
    s, e = offset + m.start("name"), offset + m.end("name")
    elected = True if m.group("mark") else None
    span = (offset + m.start(), offset + m.end())
    person = Person(s, e, m.group("name"), True)
    figure = number_value(m.group("votes"))
    return Reading(person, True, elected, elected is not None, canonical_party(party), figure, None, span, True)


_CAPS_WORD_RE = re.compile(r"[A-Z]+")


def _surname_case(surname: str) -> str:
    """A surname printed in capitals as prose writes it: 'O'NEILL-BROWN' -> "O'Neill-Brown", 'MCKAY' -> 'McKay'."""
    if not surname.isupper():
        return surname
    return _CAPS_WORD_RE.sub(_word_case, surname)


def _word_case(m: re.Match[str]) -> str:
    word = m.group(0)
    if word.startswith("MC") and len(word) > 3:
        return "Mc" + word[2:].capitalize()
    return word.capitalize()


def may_name_a_local_group(part: str) -> bool:
    """What `cues.LOCAL_ITEM_RE` needs before it is tried: the bracket, the cell's rule, the comma or the dash before
    the group ('Penny Rowe (Hastings Independents) 402', 'Penny Rowe, Hastings Independents: 402'), and one of the
    groups' words (a suffix, 'Independents', or a prefix, 'Llais'; or 'First' closing a bracket or before a colon,
    'Bolton First', or a campaign for a cause)."""
    return ("(" in part or "|" in part or "," in part or "-" in part or "–" in part or "—" in part) and (
        holds_any(part, LOCAL_SUFFIXES)
        or holds_any(part, LOCAL_PREFIXES)
        or " First)" in part
        or " First:" in part
        or holds_any(part, _CAUSE_KEYS)
    )


_CAUSE_KEYS = ("Campaign for ", "Campaign against ", "Alliance for ", "Alliance against ", "Movement for ")


# the comma after a surname before its forenames (",\s+" in each of cues.LIST_ITEM_COMMA_RES)
_COMMA_SPACE_RE = Lazy(r",\s")


def _surname_comma(part: str) -> bool:
    """Whether the shapes reading a surname before its forenames can match: a comma and whitespace after it (not a
    figure's thousands comma alone, '3,489', in most parts)."""
    return "," in part and _COMMA_SPACE_RE.search(part) is not None


def _colon_before_separated_party(part: str, m: re.Match[str], groups: dict[str, str | None]) -> bool:
    """Whether a colon stands between the name and a party that a separator, not a bracket, sets off from it (group
    `sep` before `party` in the shapes that write both forms as one, `party2` in cues.LOCAL_ITEM_RE)."""
    if groups.get("party2"):
        return ":" in part[m.end("name") : m.start("party2")]
    return groups.get("sep") is not None and ":" in part[m.end("name") : m.start("party")]


def _item(part: str, at: int) -> Reading | None:
    """One result-list item at text offset `at`, if it is one."""
    # the shapes opening on a party tried only where one opens the part (one match call for three, most parts)
    names = cues.party_openings(part)
    lead = cues.list_lead(part, names)
    shapes: tuple[re.Pattern[str] | Lazy | cues.PartyLed | cues.PartySetOff, ...]
    if not lead:
        shapes = cues.LIST_ITEM_NAME_RES if _surname_comma(part) else cues.LIST_ITEM_NAME_NO_COMMA_RES
        if may_name_a_local_group(part):  # "Penny Rowe (Hastings Independents) 402"
            shapes += (cues.LOCAL_ITEM_RE,)
    elif lead == "votes":
        shapes = cues.LIST_VOTES_FIRST_RES
    else:
        shapes = cues.LIST_ITEM_RES if _surname_comma(part) else cues.LIST_ITEM_NO_COMMA_RES
    for rx in shapes:
        # (the party-led shapes read the names opening the part, found once above)
        m = rx.match(part, names) if isinstance(rx, cues.PartyLed) else rx.match(part)
        if not m:
            continue
        groups = m.groupdict()
        if isinstance(rx, cues.PartyLed):  # (the match is of what follows the party)
            groups["party"] = rx.party(part, m)
        # "Pemberton, Alan" -> Alan Pemberton; "PEMBERTON-HALE, Alan" -> Alan Pemberton-Hale
        written = groups.get("name") or f"{groups['fore']} {_surname_case(groups['sur'])}"
        if rx is cues.SURNAME_FIRST_ITEM_RE and groups["fore"].split()[-1] not in FORENAMES and " " in groups["fore"]:
            continue  # "Parr, Jo Sumner (Lab) 1,456": a ward before a name, not a surname before forenames
        party = groups.get("party") or groups.get("party2") or groups.get("party3") or groups.get("party4")
        mark, votes = m.group("mark") or "", m.group("votes")
        if not (
            is_name(written)
            or _forename_and_surname(written)
            or (party and votes and (is_name(written, titled=True) or written in STYLED_NAMES))
        ):
            continue
        if votes and len(votes) == 1 and _colon_before_separated_party(part, m, groups):
            return None  # "Casnewydd: REF 2, LAB 2, PC 1": a place's seats by party, no person's votes
        if not votes and cues.TICKER_MARK_RE.match(mark):  # "Hyde Newton: Lab hold" is a ward's ticker line
            return None
        if cues.VERDICT_MARK_RE.match(mark) and not _own_verdict(mark, party, votes):
            mark = ""  # "Paul Ng (Con) 190. Lab hold.": the line's verdict, not a mark
        if not votes and "(" not in part and not cues.ELECTED_MARK_RE.search(mark):
            return None  # "Leith Walk: SNP top the poll" is a headline, not a list item
        # "Cllr Ann Elwy (Con) 1,021"; not a stage name, title and all ("Lord Buckethead (Loony) 125")
        name = written if written in STYLED_NAMES else cues.LEADING_TITLE_RE.sub("", written)
        if groups.get("name"):
            s, e = at + m.end("name") - len(name), at + m.end("name")
        else:
            s, e = at + m.start("sur"), at + m.end("fore")
        elected = True if cues.ELECTED_MARK_RE.search(mark) else None
        person = Person(s, e, name, True)
        figure = number_value(votes) if votes and not groups.get("frac") else None
        return Reading(
            person, True, elected, elected is not None, canonical_party(party), figure, None, (at, at + len(part)), True
        )
    return None
