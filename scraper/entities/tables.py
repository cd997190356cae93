"""Results tables whose heading row says what each column holds, where a column's words decide what its cells mean.

'Candidate | Party | First round | Final' over 'Ann Lee | Labour | 168,940 | 201,377' (a supplementary-vote or
two-round count: the final figure is a finalist's votes, the first-round figure an eliminated candidate's), and
'Candidate | Party | Votes | Elected' over 'Ann Lee | Labour | 1,204 | Yes' (an elected column of yes and no).
"""

from __future__ import annotations

from collections.abc import Callable

from scraper.entities.candidates import Reading
from scraper.entities.doc import number_value
from scraper.entities.lexicon import LOCAL_GROUP, PARTY_ABBREV, PARTY_ALIAS
from scraper.entities.names import Person, is_name
from scraper.lazy import Lazy

# A heading row of a candidate's table: a name column, then more cells ('Candidate | Party | First round | Final')
_HEAD_RE = Lazy(r"(?im)^[ \t]*(?:candidates?|name)[ \t]*\|(?P<cells>(?:[^|\n]*\|)*[^|\n]*)$")
_FIRST_ROUND_RE = Lazy(r"(?i)(?:first|1st)(?:[ \t]+(?:round|count|preferences?|prefs?))?|round[ \t]+1")
# (not 'second preferences' alone: a column of the transfers, which a 'Total' column adds to the first round's)
_FINAL_ROUND_RE = Lazy(
    r"(?i)final(?:[ \t]+(?:round|count|total))?|(?:second|2nd)[ \t]+(?:round|count)|round[ \t]+2|total"
)
_ELECTED_CELLS = frozenset({"elected", "elected?", "result"})
# (an STV count's result column: "Elected (stage 3)", "Excluded (stage 2)")
_STAGE = r"(?:[ \t]*\(?(?:at[ \t]+)?stage[ \t]+\d+\)?)?"
_YES_RE = Lazy(rf"(?i)(?:yes|y|✓|✔|☑|elected){_STAGE}")
_NO_RE = Lazy(rf"(?i)(?:no|n|✗|✘|x|[–—-]?|not elected|defeated|excluded|eliminated){_STAGE}")
_VOTES_CELLS = frozenset({"votes", "vote"})
_LOCAL_GROUP_CELL_RE = Lazy(LOCAL_GROUP)
# A heading row with a column of each row's winner: 'Seat | Winner | Majority', 'Ward | Winning candidate | Swing'
_WINNER_HEAD_RE = Lazy(r"(?im)^[^|\n]*(?:\|[^|\n]*)*\|[ \t]*(?:winner|winning candidate)[ \t]*(?:\|[^|\n]*)*$")
# A winner's cell: the name and the party in brackets, 'Ann Lee (LD)'
_NAME_PARTY_CELL_RE = Lazy(r"(?P<name>[^()]+?)[ \t]*\((?P<party>[^()]+)\)")


def headed_table(text: str) -> dict[int, Reading]:
    """The rows under a candidates' heading row with a first-round and a final column, or an elected column: a
    reading of each row's person (by the row's start), elected as its columns say."""
    if "|" not in text or (head := _HEAD_RE.search(text)) is None:
        return {}
    cells = ["candidate", *(c.strip().lower() for c in head.group("cells").split("|"))]
    party = _column(cells, lambda c: c == "party")
    first = _column(cells, _FIRST_ROUND_RE.fullmatch)
    final = _column(cells, _FINAL_ROUND_RE.fullmatch, last=True)
    marked = _column(cells, lambda c: c in _ELECTED_CELLS)
    votes = _column(cells, lambda c: c in _VOTES_CELLS)
    rounds = first is not None and final is not None and first < final
    if party is None or not (rounds or marked is not None):
        return {}
    out: dict[int, Reading] = {}
    finals: dict[int, int] = {}  # each finalist's row: their final figure
    for at, end, spans in table_rows(text, head.end() + 1, len(cells)):
        name, written = text[slice(*spans[0])], text[slice(*spans[party])]
        party_name = party_cell(written)
        if not is_name(name) or party_name is None:
            break
        if rounds and (last := _figure(text, spans, final)) is not None:
            finals[at] = last
        # (a finalist's votes are the final round's; an eliminated candidate's, the first round's: "First
        # preferences | Result" gives an STV count's first stage)
        figure = _figure(text, spans, final if rounds else None, votes, first)
        elected = _elected_cell(text[slice(*spans[marked])]) if marked is not None else None
        person = Person(spans[0][0], spans[0][1], name, True)
        out[at] = Reading(person, True, elected, elected is not None, party_name, figure, None, (at, end), True)
    if rounds and finals and len(out) > 1 and all(r.elected is None for r in out.values()):
        _finalists(out, finals)
    return out


def winner_table(text: str) -> dict[int, Reading]:
    """The rows under a heading row with a winner column ('Seat | Winner | Majority' over 'Ashby | Ann Lee (LD) |
    2,877'), where each row is a seat and its winner, not a candidate: a reading of each winner (by the row's
    start), elected, with the party in the brackets. The other columns (a majority, a swing) are no votes."""
    if "|" not in text or (head := _WINNER_HEAD_RE.search(text)) is None:
        return {}
    cells = [c.strip().lower() for c in head.group(0).split("|")]
    column = _column(cells, lambda c: c in ("winner", "winning candidate"))
    if column is None or column == 0:
        return {}
    out: dict[int, Reading] = {}
    for at, end, spans in table_rows(text, head.end() + 1, len(cells)):
        start = spans[column][0]
        m = _NAME_PARTY_CELL_RE.fullmatch(text, start, spans[column][1])
        party_name = party_cell(m.group("party")) if m else None
        if m is None or party_name is None or not is_name(m.group("name")):
            break
        person = Person(start, m.end("name"), m.group("name"), True)
        out[at] = Reading(person, True, True, True, party_name, None, None, (at, end), True)
    return out


def _figure(text: str, spans: list[tuple[int, int]], *columns: int | None) -> int | None:
    """The figure in the first of the columns (those the table has) whose cell holds one."""
    for i in columns:
        if i is not None and (figure := number_value(text[slice(*spans[i])])) is not None:
            return figure
    return None


def _finalists(out: dict[int, Reading], finals: dict[int, int]) -> None:
    """The finalist with the most votes in the final round won; the other finalists and everyone eliminated before
    it lost. The finalists' figures are final totals, outranking any first-round figure the prose gives them."""
    top = max(finals.values())
    tied = list(finals.values()).count(top) > 1  # (a tie the post settles by lot: no winner read here)
    for at, r in out.items():
        r.final_round = at in finals
        if not tied:
            r.elected, r.decided = finals.get(at) == top, True


def _column(cells: list[str], fits: Callable[[str], object], *, last: bool = False) -> int | None:
    """The index of the first (or last) heading cell `fits` accepts."""
    found = [i for i, c in enumerate(cells) if fits(c)]
    return (found[-1] if last else found[0]) if found else None


def table_rows(text: str, at: int, width: int) -> list[tuple[int, int, list[tuple[int, int]]]]:
    """The table's rows from offset `at` on, each its start, its end and the span of each cell's words; the table
    ends at the first line with another number of cells."""
    out = []
    while at < len(text):
        end = text.find("\n", at)
        end = len(text) if end == -1 else end
        parts = text[at:end].split("|")
        if len(parts) != width:
            break
        spans: list[tuple[int, int]] = []
        pos = at
        for part in parts:
            lead = len(part) - len(part.lstrip())
            spans.append((pos + lead, pos + lead + len(part.strip())))
            pos += len(part) + 1
        out.append((at, end, spans))
        at = end + 1
    return out


def party_cell(written: str) -> str | None:
    """The party a table's party cell names: 'Labour', 'Lab', 'Oakley Residents Association'."""
    party = PARTY_ALIAS.get(written) or PARTY_ABBREV.get(written)
    if party is None and _LOCAL_GROUP_CELL_RE.fullmatch(written):
        party = written
    return party


def _elected_cell(cell: str) -> bool | None:
    """An elected column's cell: 'Yes', '✓' or 'Elected' elects; 'No', '✗', a dash or nothing does not."""
    if _YES_RE.fullmatch(cell):
        return True
    return False if _NO_RE.fullmatch(cell) else None
