"""The text one post's facts are read from: sentences, party mentions, numbers (all with offsets)."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import partial
from operator import attrgetter
from typing import Any

from ahocorasick_rs import AhoCorasick

from scraper.clean import ALIGNED_CELLS, PAIR_CELLS, ROW_CELLS, filled_cells, heading_columns
from scraper.entities.lexicon import (
    AREA_INDEPENDENT_RE,
    COUNCIL_AREAS,
    COUNTIES,
    FORENAMES,
    GREEN_NOT_AFTER,
    GREEN_NOT_BEFORE,
    LOCAL_FIRST_RE,
    LOCAL_PARTY_RE,
    LOCAL_PREFIX_RE,
    LOCAL_PREFIXES,
    LOCAL_SUFFIXES,
    LOWER_INDEPENDENT_RE,
    NOT_NAME_WORDS,
    NUM,
    PARTY_ALIAS,
    PARTY_ALT,
    PARTY_RE,
    PARTY_WORDS,
    REGIONS,
    RUN_STOP_WORDS,
    WORD_NUMBERS,
)
from scraper.lazy import Lazy

# A sentence ends at a newline, or at . ! ? followed by space and a capital / quote / digit; not at a middle
# initial's full stop ('Darren P. Fisk won').
_SENT_END_RE = re.compile(r"\n|(?<=[.!?])(?<!\s[A-Z]\.)[\"'”’)]*\s+(?=[\"'“‘(]?[A-Z0-9])")
_WS_RE = re.compile(r"\s+")
# (after an opening clause or 'now': "With all 20 wards in, the party has 39", "Now they hold 12")
_PRONOUN_START_RE = Lazy(
    # (after an opening phrase of time, with or without its comma: "After tonight they have 33 seats")
    # (or a count's progress, with or without it: "With 40 of 50 seats declared they have 21")
    r"^\W*(?:(?:[A-Z][^,.;:\n]{0,50},\s+|(?:Now|Tonight|Today|After\s+(?:the\s+)?\w+"
    r"|With\s+[^,.;:\n]{1,40}?\s+(?:declared|counted|in))\s+)"
    r"(?=they\b|their\b|it\b|its\b|the\s+party\b))?"
    r"(?:[Tt]hey|[Tt]hey['’]\w+|[Tt]heir|It|it|Its|its|It['’]s|[Tt]he party|[Tt]he party['’]s)\b"
)
# "The group, set up in 2024, now has four councillors", "The slate's winners:": a local group named before, as the
# sentence's subject
_GROUP_START_RE = re.compile(r"\W*[Tt]he (?:group|slate)(?:['’]s)?\b")
_WHO_AFTER_RE = re.compile(r",?\s+who\b")
_OBJECT_BEFORE_RE = re.compile(r"\b(?:from|to|than|against|over|by|beat|beating|defeated)\s+(?:the\s+)?$")


@dataclass(slots=True, unsafe_hash=True)
class Mention:
    """A stretch of the text: where it is and what it names. (Not frozen: a frozen dataclass sets each field through
    `object.__setattr__`, ~15 mentions and people a post; nothing assigns to one, and it hashes by value.)"""

    start: int
    end: int
    value: str


_START = attrgetter("start")  # (a sort key read in C: a lambda is a Python call a mention)


# Characters whose lower-case form is not what a case-insensitive pattern matches them as ('ſ' matches 's'):
# with one of them in the text, the offsets of folded keys are not trusted (the pattern scans the post).
_ODD_FOLDS = ("İ", "ı", "ſ")
CAPITAL_RE = re.compile("[A-Z]")
WORD_START_RE = re.compile(r"(?<!\w)\w")
# One to three capitalised words (with 'and' / '&' between) before a local group's name, read backwards.
_LOCAL_BACK_RE = re.compile(r"(?:(?:[ \t]+(?:dna|&))?[ \t]+[\w'’-]+[A-Z]){1,4}")
_AREA_BACK_RE = re.compile(r"(?:[ \t]+[\w'’-]+[A-Z]){1,3}")


# A tab between two cells of a row ("Ann Lee\tGreen Party\t1,044"), after the cell's text: its first tab
_TAB_CELL_RE = re.compile(r"(?<=\S)([ ]*)\t([ \t]*)(?=\S)")
# Columns aligned with spaces ("Ann Lee     Green Party     1,044"): a run of two or more between two cells' text,
# not after a sentence's end (a typist's two spaces, "won.  The")
_SPACED_CELL_RE = re.compile(r"(?<=[^\s.!?:;,]) ( +)(?=\S)")


def _tab_cell_count(line: str) -> int:
    return sum(1 for cell in line.split("\t") if cell.strip()) if "\t" in line else 0


def tab_cells(text: str) -> str:
    """``text`` with each line of three or more cells between tabs (or between aligned runs of spaces), and each
    two-cell tab line next to another tab line, written as a table's row, its cells joined by '|' (put in place of
    one of the run's characters, so every offset holds; a cell that fills its column and the next one part at
    their one space, see clean.filled_cells)."""
    lines = text.split("\n")
    counts = [_tab_cell_count(line) for line in lines]
    columns: list[int] = []  # where the cells of the aligned heading row above open
    for i, line in enumerate(lines):
        if "\t" in line:
            cells = counts[i]
            neighbours = (counts[i - 1] if i else 0, counts[i + 1] if i + 1 < len(counts) else 0)
            paired = cells == PAIR_CELLS and max(neighbours) >= PAIR_CELLS
            if cells >= ROW_CELLS or paired:
                lines[i] = _TAB_CELL_RE.sub(lambda m: m.group(1) + "|" + " " * len(m.group(2)), line)
        elif "  " in line.strip():
            breaks = filled_cells(line, columns) if columns else []
            if len(ALIGNED_CELLS.split(line.strip())) + len(breaks) < ROW_CELLS:
                continue
            columns = columns or heading_columns(line)
            for at in breaks:
                line = line[:at] + "|" + line[at + 1 :]
            lines[i] = _SPACED_CELL_RE.sub(lambda m: " |" + m.group(1)[1:], line)
        elif not line.strip():
            columns = []
    return "\n".join(lines)


# a verdict whose party a caption or a subtitle sets in capitals or in lower case ("a GREEN GAIN from Labour", "a
# labour hold"): the party's words are put back as the party lists spell them, so every rule reads it
VERDICT_KEYS = (" hold", " gain", " HOLD", " GAIN")
# (a party's name, not its ticker abbreviation: 'LAB GAIN FROM CON' is read as it is; nor after a capitalised word,
# where it would make a local group's name: "Brixham's independents hold")
_CASED_VERDICT_RE = Lazy(rf"\b(?P<party>(?i:{PARTY_ALT}))(?P<verdict>\s+(?i:hold|gain))\b(?!\s+[A-Z]{{2,}}\b)")
# each party name by its lower case, a name spelt with capitals and small letters ('Lib Dem') before one in capitals
_SPELLING = {n.lower(): n for n in sorted(PARTY_ALIAS, key=str.isupper, reverse=True)}


def recased_verdicts(text: str) -> str:
    """``text`` with each verdict whose party is written in one case ('GREEN GAIN', 'labour hold') spelt as a
    sentence spells it ('Green gain', 'Labour hold'); only letters' case changes, so every offset holds."""
    if not any(key in text for key in VERDICT_KEYS):
        return text
    return _CASED_VERDICT_RE.sub(_party_spelling, text)


def _party_spelling(m: re.Match[str]) -> str:
    """The verdict matched as a sentence spells it, when its party is written all in capitals or all in lower case
    in a line of small letters (a party's own spelling, 'LAB HOLD', 'Lib Dem GAIN', is left as written, and so is a
    line all in capitals, 'GREEN GAIN FROM CON', a ticker's heading the rules read as it is)."""
    word: str = m.group("party")
    if word in _SPELLING.values() or not (word.isupper() or word.islower()) or not _in_running_text(m):
        return m.group()
    verdict: str = m.group("verdict")
    return _SPELLING.get(word.lower(), word) + verdict.lower()


# a capitalised word before, a possessive or one not opening a sentence ("A labour hold", "And a GREEN GAIN")
_CAPITALISED_WORD_BEFORE_RE = Lazy(r"(?:\b[A-Z][\w-]*['’]s|(?<![.!?:;]\s)(?<!\n)(?<!^)\b[A-Z][\w'’-]*)\s+$")


def _in_running_text(m: re.Match[str]) -> bool:
    """Whether the line of the match holds small letters outside it, and the word before it is no capitalised one."""
    text = m.string
    start, end = text.rfind("\n", 0, m.start()) + 1, text.find("\n", m.end())
    line = text[start : m.start()] + text[m.end() : end if end >= 0 else len(text)]
    return (
        not line.isupper() and _CAPITALISED_WORD_BEFORE_RE.search(text, max(start, m.start() - 40), m.start()) is None
    )


class KeyIndex:
    """The literal keys the stages' patterns are gated on (see Keyed, cues.Gated), each post's occurrences of all
    of them found by one pass of a multi-pattern automaton over the text (and one over the lower-cased text for
    the `folded` keys) instead of an `in` test or a `find` loop for each key and pattern: ~110 `in` tests and
    ~85 `find` calls a post, each a scan of the whole post. A key the index does not hold is looked for as before.
    The automata are built when a post first needs them (a process that parses no post does not pay for it)."""

    __slots__ = ("_automata", "covered", "folded", "gated", "gated_set", "keyed_by_key", "keys", "shut_unless_opened")

    def __init__(
        self, keys: Iterable[str], folded: Iterable[str] = (), keyed: Iterable[Keyed] = (), gated: Iterable[Any] = ()
    ) -> None:
        """The keys, the folded keys (looked for in the lower-cased text), and `keyed`: patterns whose keys are
        among them too (told by identity, cheaper than testing their keys: see Keyed.finditer); `gated`: cue
        patterns (cues.Gated, case-sensitive keys) whose keys are among them too (see Doc.lacking)."""
        keyed = list(keyed)
        self.gated = tuple(gated)
        if any(g.fold for g in self.gated):
            raise ValueError("a gated pattern with folded keys")
        self.keys = frozenset(keys).union(*(k.keys for k in keyed if not k.fold), *(g.keys for g in self.gated))
        self.folded = frozenset(folded).union(*(k.keys for k in keyed if k.fold))
        self.covered = frozenset(keyed)
        # the keyed patterns (not folded) that a post opens only by holding one of their keys (see Doc.open_of)
        self.shut_unless_opened = frozenset(k for k in keyed if not k.fold)
        # for each key, the (not folded) keyed patterns and the gated patterns it opens: a post's open patterns are
        # the union over its keys (see Doc.opened, Doc.lacking)
        by_key: dict[str, list[Any]] = {}
        for k in keyed:
            for key in () if k.fold else k.keys:
                by_key.setdefault(key, []).append(k)
        for g in self.gated:
            for key in g.keys:
                by_key.setdefault(key, []).append(g)
        self.gated_set = frozenset(self.gated)
        self.keyed_by_key = {key: frozenset(patterns) for key, patterns in by_key.items()}
        self._automata: list[tuple[AhoCorasick, tuple[str, ...]]] = []

    def _automaton(self, fold: bool) -> tuple[AhoCorasick, tuple[str, ...]]:
        if not self._automata:
            for keys in (self.keys, self.folded):
                ordered = tuple(sorted(keys))
                self._automata.append((AhoCorasick(ordered), ordered))
        return self._automata[fold]

    def found(self, text: str, fold: bool = False) -> dict[str, list[int]]:
        """Every offset where each key occurs in `text`, for the keys that occur (overlapping ones too: the
        offsets `find` gives from each occurrence + 1 on), in order."""
        automaton, keys = self._automaton(fold)
        out: dict[str, list[int]] = {}
        if not keys:
            return out
        # (matches come in the order they end: for one key, in the order they start)
        for i, start, _ in automaton.find_matches_as_indexes(text, overlapping=True):
            key = keys[i]
            at = out.get(key)
            if at is None:
                out[key] = [start]
            else:
                at.append(start)
        return out


@dataclass(frozen=True, slots=True, eq=False)  # (hashed by identity: a set test a post, see Doc.opened)
class Keyed:
    """A pattern that can only match where one of its literal `keys` occurs. Scanning a whole post with a
    pattern that opens on a run of capitalised words or a party alternation tries it at every position; a
    C-speed `in` test of the keys skips that scan for the many posts that cannot match. `fold`: the keys are
    lower-case and tested against the lower-cased text (the pattern matches them case-insensitively).

    Where a match can start is known, the pattern is only tried there (`rx.match`, in order, as finditer
    would find them) instead of scanned over the whole post:
    - `at="key"`: every match starts where one of the keys occurs;
    - `at="line"`: every match starts at the start of a line holding a key (a `(?m)^` pattern that cannot
      cross a line before its key), or, with `back`, of a line in the stretch `back` reaches before the key;
    - `at="back"`: a match starts before a key, at a character `first` matches, no further back than
      `back` (a pattern matched against the reversed text from the key) reaches, and only where `inner`
      occurs between that start and the key.

    A pattern that needs more than a key (a figure before 'seats', 'from' after 'seat') says so, and is not tried
    on a post without it (for a key not at `fold`): `before` must match the reversed text back from an occurrence
    of a key, `after` the text right after one; `needs` must be found in the text (a pattern opening on a
    literal, which sre scans for)."""

    rx: re.Pattern[str] | Lazy
    keys: tuple[str, ...]
    fold: bool = False
    at: str = ""
    back: re.Pattern[str] | Lazy | None = None
    first: re.Pattern[str] | Lazy = CAPITAL_RE
    inner: str = ""
    before: re.Pattern[str] | Lazy | None = None
    after: re.Pattern[str] | Lazy | None = None
    needs: re.Pattern[str] | Lazy | None = None

    @classmethod
    def of(cls, pattern: str, keys: tuple[str, ...], lazy: bool = True, **where: Any) -> Keyed:
        """A keyed pattern from its text, compiled when a post first opens it (see Lazy and `compiled`): a process
        pays only for the rules its posts' keys open (`lazy=False`: compiled now)."""
        return cls(Lazy(pattern) if lazy else re.compile(pattern), keys, **where)

    def compiled(self) -> re.Pattern[str]:
        """The compiled pattern, put in place of its `Lazy` on first use (later uses read `rx` with no call)."""
        rx = self.rx
        if isinstance(rx, Lazy):
            rx = rx.compiled()
            object.__setattr__(self, "rx", rx)  # (frozen: the pattern is the same, only compiled)
        return rx

    def finditer(self, doc: Doc) -> Iterator[re.Match[str]]:
        """The matches `rx.finditer(doc.text)` gives (an iterator; a plain scan is sre's own)."""
        if self in doc.opened:  # one of its keys occurs (a pattern the index was built with, not folded)
            pass
        elif doc.index is not None and self in doc.index.covered:
            # doc.holds, inlined: the keys that occur, found up front
            if not self.fold or doc.found_lower().keys().isdisjoint(self.keys):
                return iter(())
        elif not doc.holds(self.keys, self.fold):
            return iter(())
        if self.needs is not None and not self.needs.search(doc.text):
            return iter(())
        if (self.before or self.after) and not self._needed(doc):
            return iter(())
        starts = self._starts(doc)
        if starts is not None and not starts:  # nowhere to try it: not compiled (the rarer rules' patterns)
            return iter(())
        rx = self.rx
        if isinstance(rx, Lazy):
            rx = self.compiled()
        return rx.finditer(doc.text) if starts is None else matches_at(rx, doc.text, starts)

    def _starts(self, doc: Doc) -> list[int] | None:
        """Where a match can start (see `at`), or None: anywhere. Found before the pattern is compiled: a post
        whose keys open it often holds no start (a ward's run needs 'was another' before 'gain', a comma before
        'ward'), and a pattern tried nowhere is not compiled."""
        if self.at == "line":
            return lines_of(doc, self.keys, self.back)
        if self.at == "key" and (not self.fold or doc.folds_safely()):
            return doc.occurrences(self.keys, self.fold)
        if self.at == "back" and self.back is not None and not self.fold:
            return starts_before(doc, self.keys, self.back, self.first, self.inner)
        return None

    def _needed(self, doc: Doc) -> bool:
        """Whether the text holds what `before` and `after` say every match holds next to a key."""
        text = doc.text
        # (loops, not any() over a generator: ~5 calls a post)
        if self.after is not None:
            after = self.after.match
            # a pattern of the index (not folded): the offsets of its keys that occur read from the post's index,
            # one dict lookup a key instead of a `found` call (~48 a post, most for keys the post lacks)
            index = doc.index
            found = doc._found if index is not None and not self.fold and self in index.covered else None
            for key in self.keys:
                end = len(key)
                for k in doc.found(key) if found is None else found.get(key, ()):
                    if after(text, k + end):
                        break
                else:
                    continue
                break
            else:
                return False
        if self.before is not None:
            before, rtext, n = self.before.match, doc.reversed(), len(text)
            for k in doc.occurrences(self.keys):  # noqa: SIM110
                if before(rtext, n - k):
                    return True
            return False
        return True


def holds_any(text: str, keys: tuple[str, ...] | str) -> bool:
    """Whether one of `keys` (or of the characters of a string) is in `text`: `any(map(text.__contains__, keys))`
    without a call through `__contains__`'s method wrapper for each key (an `in` test is one bytecode)."""
    for key in keys:  # noqa: SIM110 -- a loop, not a generator: no frame a key
        if key in text:
            return True
    return False


def occurrences(text: str, keys: tuple[str, ...]) -> list[int]:
    """Every offset where one of `keys` occurs, in order."""
    out: list[int] = []
    for key in keys:
        i = text.find(key)
        while i >= 0:
            out.append(i)
            i = text.find(key, i + 1)
    if len(keys) > 1:
        out.sort()
    return out


def lines_of(doc: Doc, keys: tuple[str, ...], back: re.Pattern[str] | Lazy | None) -> list[int]:
    """The starts of the lines that hold a key, or the stretch `back` reaches before one (see Keyed)."""
    lines, rtext, n = doc.line_starts(), doc.reversed(), len(doc.text)
    out: set[int] = set()
    for k in doc.occurrences(keys):
        w = back.match(rtext, n - k) if back is not None else None
        first = bisect_right(lines, k - (w.end() - w.start()) if w else k) - 1
        out.update(lines[first : bisect_right(lines, k)])
    return sorted(out)


def starts_before(
    doc: Doc, keys: tuple[str, ...], back: re.Pattern[str] | Lazy, first: re.Pattern[str] | Lazy, inner: str = ""
) -> list[int]:
    """The offsets `first` matches at in the stretch `back` reaches before each key (see Keyed)."""
    text, rtext, n = doc.text, doc.reversed(), len(doc.text)
    out: list[int] = []
    marks = doc.found(inner) if inner else None  # where `inner` occurs (the stretch must hold one)
    last = 0
    for k in doc.occurrences(keys):
        if marks is not None:
            last = bisect_right(marks, k - len(inner))  # the occurrences of `inner` that end by `k`
            if not last:  # none before the key: no stretch before it holds one (no need to read back)
                continue
        w = back.match(rtext, n - k)
        start = k - (w.end() - w.start()) if w else k
        if start == k or (marks is not None and marks[last - 1] < start):  # `text.find(inner, start, k) < 0`
            continue
        for m in first.finditer(text, start, k):  # (a loop, not a list comprehension: no frame of its own)
            out.append(m.start())
    return sorted(set(out)) if len(out) > 1 else out


def matches_at(rx: re.Pattern[str], text: str, starts: list[int]) -> Iterator[re.Match[str]]:
    """What `rx.finditer(text)` yields when every match starts at one of `starts` (sorted): the pattern is
    tried at each in turn, from the end of the last match on. (sre's search tries `match` at each position
    from the left; a lookbehind or a boundary sees the text before the position, as in a scan.) The pattern
    must not match the empty string."""
    pos = 0
    for s in starts:
        if s >= pos:
            m = rx.match(text, s)
            if m:
                yield m
                pos = m.end()


@dataclass(slots=True)
class Doc:
    """`title + "\\n" + body`, split into sentences, with every party mention found once."""

    text: str
    title_end: int
    sentences: list[tuple[int, int]] = field(default_factory=list)
    parties: list[Mention] = field(default_factory=list)
    _starts: list[int] = field(default_factory=list)
    lower: str = ""
    _reversed: str | None = None
    _line_starts: list[int] | None = None
    _found: dict[str, list[int]] = field(default_factory=dict)
    _found_lower: dict[str, list[int]] = field(default_factory=dict)
    _occurrences: dict[tuple[tuple[str, ...], bool], list[int]] = field(default_factory=dict)
    _folds_safely: bool | None = None
    index: KeyIndex | None = None  # the keys found up front (in `_found`, and `_found_lower` once needed)
    _lower_indexed: bool = False
    # the index's keyed patterns (not folded) and gated patterns one of whose keys occurs in the text (see
    # Keyed.finditer, Doc.lacking)
    opened: frozenset[Any] = frozenset()
    # cue patterns (cues.Gated) none of whose keys occur in the text, so that no stretch of it can match them: a
    # search of one is skipped (`rx not in doc.shut and rx.search(...)`). Set by `extract_text` (see lacking);
    # empty: none known, every one searched.
    shut: frozenset[Any] = frozenset()
    # the places the text marks as seats that are a parliament's or an assembly's constituencies, not wards (set by
    # wards.find_wards: a change 'Labour gained Penrith and Solway' is still read from them)
    constituencies: list[Mention] = field(default_factory=list)
    # the wards (lower case) the text reads that are named like a council's area ('the Redbridge ward' on Kelby
    # County Council; set by wards.find_wards): no other council's area where a fact's council is read
    area_wards: frozenset[str] = frozenset()
    # the post's page is about a parliament's or an assembly's seats (see wards.about_a_parliament; set by
    # extract_text): a place a post naming no council, ward or division marks as a seat is a constituency
    parliament_page: bool = False
    # the local groups' mentions ('Havering Residents Association', and those no party list knows, named by their
    # seat counts: see group_before, elliptic_groups): no person's name
    groups: list[Mention] = field(default_factory=list)
    # the groups the post's initials stand for, found when first asked (see group_of_initials)
    _initials: dict[str, str | None] = field(default_factory=dict)
    # the text as written where `text` reads a table's tabs as '|' cells (see tab_cells): the evidence quotes it
    source: str | None = None

    @classmethod
    def of(cls, title: str | None, body: str, index: KeyIndex | None = None) -> Doc:
        """The Doc of a post (`index`: the keys to find in one pass, see KeyIndex)."""
        text = (title or "") + "\n" + (body or "")
        source = None
        if "\t" in text or "  " in text:  # a table copied with tabs or aligned columns: read as rows of '|' cells
            source, text = text, tab_cells(text)
            if text == source:
                source = None
        if (recased := recased_verdicts(text)) is not text:
            source, text = source or text, recased
        doc = cls(text=text, title_end=len(title or ""), lower=text.lower(), index=index, source=source)
        if index is not None:
            doc._found = found = index.found(text)
            by_key = index.keyed_by_key
            doc.opened = frozenset().union(*[by_key[key] for key in found if key in by_key])
        doc.sentences = split_sentences(text, doc)
        doc._starts = [s for s, _ in doc.sentences]
        doc.parties = find_parties(text, doc)
        return doc

    def reversed(self) -> str:
        """The text backwards (a pattern matched on it from `len(text) - pos` reads back from `pos`)."""
        if self._reversed is None:
            self._reversed = self.text[::-1]
        return self._reversed

    def folds_safely(self) -> bool:
        """Whether a case-insensitive pattern (of ASCII letters) matches the text where the same pattern,
        case-sensitive and lower-case, matches `lower` (the same offsets: no character folds oddly)."""
        if self._folds_safely is None:
            self._folds_safely = not holds_any(self.text, _ODD_FOLDS)
        return self._folds_safely

    def found_lower(self) -> dict[str, list[int]]:
        """The offsets of the index's folded keys that occur in the lower-cased text (found when first needed)."""
        if not self._lower_indexed and self.index is not None:
            self._found_lower = self.index.found(self.lower, fold=True) | self._found_lower
            self._lower_indexed = True
        return self._found_lower

    def lacking(self) -> frozenset[Any]:
        """The index's `gated` patterns none of whose keys occur in the text (each key an index key: one set test
        each, once a post, instead of `in` tests of their keys in each stretch searched)."""
        if self.index is None:
            return frozenset()
        return self.index.gated_set - self.opened  # (opened: the patterns one of whose keys occurs, see Doc.of)

    def open_of(self, patterns: tuple[Keyed, ...]) -> list[Keyed]:
        """`patterns` less those a post holding none of their keys cannot match (their `finditer` would end at once):
        one set test each in a list, not a call each that returns an empty iterator (~35 of ~50 calls a post)."""
        if self.index is None:
            return list(patterns)
        opened, gated, out = self.opened, self.index.shut_unless_opened, []
        for k in patterns:  # (a loop, not a list comprehension: no frame of its own)
            if k in opened or k not in gated:
                out.append(k)
        return out

    def holds(self, keys: tuple[str, ...], fold: bool = False) -> bool:
        """Whether one of `keys` occurs in the text (`fold`: in the lower-cased text)."""
        index = self.index  # (the keys' offsets when the index holds every one of them)
        if index is not None:
            if not fold:
                if index.keys.issuperset(keys):
                    return not self._found.keys().isdisjoint(keys)
            elif index.folded.issuperset(keys):
                return not self.found_lower().keys().isdisjoint(keys)
        text = self.lower if fold else self.text
        for key in keys:  # noqa: SIM110 -- a loop, not a generator: no frame a key
            if key in text:
                return True
        return False

    def found(self, key: str, fold: bool = False) -> list[int]:
        """Every offset where `key` occurs in the text (`fold`: in the lower-cased text), found once per post."""
        index = self.index
        if index is not None and key in (index.folded if fold else index.keys):
            out = (self.found_lower() if fold else self._found).get(key)
            return [] if out is None else out  # (an index key that does not occur is not kept: see holds)
        cache = self._found_lower if fold else self._found
        out = cache.get(key)
        if out is None:  # occurrences(text, (key,)), inlined (as below)
            text, out = self.lower if fold else self.text, []
            i = text.find(key)
            while i >= 0:
                out.append(i)
                i = text.find(key, i + 1)
            cache[key] = out
        return out

    def occurrences(self, keys: tuple[str, ...], fold: bool = False) -> list[int]:
        """Every offset where one of `keys` occurs, in order."""
        if len(keys) == 1:
            return self.found(keys[0], fold)
        out = self._occurrences.get((keys, fold))
        if out is not None:
            return out
        index = self.index  # (as in holds)
        indexed = (
            None
            if index is None or not (index.folded if fold else index.keys).issuperset(keys)
            else self.found_lower()
            if fold
            else self._found
        )
        if indexed is not None:
            out = []
            for key in keys:
                at = indexed.get(key)
                if at is not None:
                    out += at
            out.sort()
            self._occurrences[(keys, fold)] = out
        else:
            text, found, out = self.lower if fold else self.text, self._found_lower if fold else self._found, []
            for key in keys:  # self.found(key, fold), inlined with its find loop: ~50 keys a post
                at = found.get(key)
                if at is None:
                    at = []
                    i = text.find(key)
                    while i >= 0:
                        at.append(i)
                        i = text.find(key, i + 1)
                    found[key] = at
                out += at
            out.sort()
            self._occurrences[(keys, fold)] = out
        return out

    def line_starts(self) -> list[int]:
        if self._line_starts is None:
            self._line_starts = [0]
            for i in self.found("\n"):  # (a loop, not a generator: no frame of its own)
                self._line_starts.append(i + 1)
        return self._line_starts

    def sentence_of(self, pos: int) -> tuple[int, int]:
        i = bisect_right(self._starts, pos)  # (the sentence before it, or the first: no max() call, ~15 calls a post)
        return self.sentences[i - 1 if i else 0] if self.sentences else (0, len(self.text))

    def sentence_index(self, pos: int) -> int:
        i = bisect_right(self._starts, pos)
        return i - 1 if i else 0

    def evidence(self, start: int, end: int) -> dict[str, Any]:
        return {"span": [start, end], "evidence": (self.source or self.text)[start:end]}

    def parties_in(self, start: int, end: int) -> list[Mention]:
        out = []  # (a loop, not a list comprehension: no frame of its own for ~4 parties, ~14 calls a post)
        for p in self.parties:
            if start <= p.start and p.end <= end:
                out.append(p)
        return out

    def subject_party(self, pos: int, *, pronoun: bool = False) -> str | None:
        """The party a figure at `pos` is about: the nearest one before it in its sentence (not an object
        such as 'from the Tories'), for a sentence opening with 'The group' the last local group named before it, or,
        for one opening with 'They'/'Their', the last party before."""
        s_start, _ = self.sentence_of(pos)
        for p in reversed(self.parties_in(s_start, pos)):
            subject = not _OBJECT_BEFORE_RE.search(self.text[max(s_start, p.start - 20) : p.start])
            if subject or _WHO_AFTER_RE.match(self.text, p.end, pos):  # "run by the Lib Dems, who won 25 seats"
                return p.value
        if self.groups and _GROUP_START_RE.match(self.text, s_start, pos):
            named = [g for g in self.groups if g.end <= s_start]
            if named:
                return named[-1].value
        if pronoun or _PRONOUN_START_RE.match(self.text[s_start:pos]):
            i = self.sentence_index(s_start)
            prev = self.parties_in(*self.sentences[i - 1]) if i else []
            before = prev[:1] or [p for p in self.parties if p.end <= s_start][-1:]
            if before:
                return before[0].value
        return None


SENTENCE_ENDS = ("\n", ".", "!", "?")


def split_sentences(text: str, doc: Doc | None = None) -> list[tuple[int, int]]:
    """`doc`: the Doc of `text` (the offsets of the characters a sentence ends on found with its keys)."""
    out: list[tuple[int, int]] = []
    start = 0
    # a sentence end starts at a newline or right after . ! ? (tried only there, see matches_at)
    find = doc.occurrences if doc is not None else partial(occurrences, text)
    ends = find(("\n",)) + [i + 1 for i in find((".", "!", "?"))]
    ends.sort()
    # matches_at(_SENT_END_RE, text, ends), inlined: at a newline the pattern's first branch matches it alone (most
    # ends: a post's lines), told without a match call
    for s in ends:
        if s < start:
            continue
        if text[s : s + 1] == "\n":
            end = s + 1
        else:
            m = _SENT_END_RE.match(text, s)
            if m is None:
                continue
            end = m.end()
        if s > start and text[start:s].strip():
            out.append((start, s))
        start = end
    if text[start:].strip():
        out.append((start, len(text)))
    return out


def _is_green_place(text: str, m: re.Match[str]) -> bool:
    before = text[: m.start()].rstrip().rsplit(None, 1)
    after = text[m.end() :].lstrip().split(None, 1)
    prev = before[-1] if before else ""
    nxt = after[0] if after else ""
    if prev in GREEN_NOT_AFTER or nxt.strip(".,;:'’") in GREEN_NOT_BEFORE:
        return True
    # "Damian Green", "Bethnal Green": a capitalised word (not a sentence start) glued before it.
    glued = prev[:1].isupper() and prev not in RUN_STOP_WORDS and not prev.endswith((".", ":", '"'))
    return glued and prev not in PARTY_ALIAS


def _is_other_alliance(text: str, m: re.Match[str]) -> bool:
    """'Alliance' alone is the Alliance Party, but not in 'Independent Alliance', 'Labour-Lib Dem Alliance' or
    'an Alliance of ...', or a group's plural possessive ('Tonbridge Residents' Alliance'): a capitalised word glued
    before it, or 'of' after it."""
    before = text[: m.start()].rstrip(" \t").rsplit(None, 1)
    prev = before[-1] if before and text[m.start() - 1 : m.start()] in " \t" else ""
    glued = prev[:1].isupper() and prev not in RUN_STOP_WORDS and _alpha_or_plural(prev) and prev not in ("The",)
    return glued or bool(re.match(r"\s+of\b", text[m.end() :]))


def _alpha_or_plural(word: str) -> bool:
    """Whether a word ends in a letter, or in a plural's apostrophe ("Residents'")."""
    return word[-1:].isalpha() or (word[-1:] in "'’" and word[-2:-1] == "s")


def _is_other_alba(text: str, m: re.Match[str]) -> bool:
    """'Alba' alone is the Alba Party, but not the channel 'BBC Alba' or a surname ('Jessica Alba'): a
    capitalised word glued before it."""
    before = text[: m.start()].rstrip(" \t").rsplit(None, 1)
    prev = before[-1] if before and text[m.start() - 1 : m.start()] in " \t" else ""
    return prev[:1].isupper() and prev not in RUN_STOP_WORDS and prev[-1:].isalpha() and prev not in PARTY_ALIAS


_LOWER_INDEPENDENT = Keyed(LOWER_INDEPENDENT_RE, ("independent",), at="key")
_LOCAL_PARTY = Keyed(LOCAL_PARTY_RE, LOCAL_SUFFIXES, at="back", back=_LOCAL_BACK_RE)
_LOCAL_FIRST = Keyed(LOCAL_FIRST_RE, ("First",), at="back", back=_LOCAL_BACK_RE)
_AREA_INDEPENDENT = Keyed(AREA_INDEPENDENT_RE, ("Independent",), at="back", back=_AREA_BACK_RE)


# A group the party list does not know, told by its seat count: "Residents for Uttlesford won 22 of the 39 seats",
# "Health Concern now has five seats" -- two to five capitalised words ('for' / 'of' / 'and' between) right before a
# seat total that has no party (read back on the reversed text from the total's verb or figure: see group_before)
_TOTAL_VERBS = ("now has", "now have", "now holds", "now hold", "now controls", "now control", "has won") + (
    "have won", "has taken", "have taken", "has secured", "have secured", "won", "wins", "took", "takes", "secured",
    "retained", "kept", "gained", "holds", "hold", "has", "have", "ended with", "ended up with", "finished with",
)  # fmt: skip
_GROUP_BEFORE_RE = Lazy(
    rf"[ \t]+(?:{'|'.join(sorted((v[::-1] for v in _TOTAL_VERBS), key=len, reverse=True))}[ \t]+)?"
    r"((?:[\w'’-]*[A-Z](?:[ \t]+(?:rof|fo|dna|&))?[ \t]+){1,4}[\w'’-]*[A-Z])(?![\w'’-])"
)
# ... or named in a sentence about seats with an elliptic figure: "..., with Health Concern on 5 and the Tories on 20",
# "Labour have 26, Tendring First 9" (matched where a capital opens the words after a comma, 'and' or 'with')
_GROUP_WORD = r"[A-Z][\w'’-]*"
_GROUP_ELLIPTIC_RE = Lazy(
    rf"(?P<name>{_GROUP_WORD}(?:[ \t]+(?:(?:for|of|and|&)[ \t]+)?{_GROUP_WORD}){{1,4}})[ \t]+"
    rf"(?:(?:are|is|were|now)[ \t]+)?(?:(?:on|with|won|took|taking|winning|has|have|holding)[ \t]+)?"
    rf"(?:just[ \t]+|only[ \t]+)?{NUM}(?=[ \t]*(?:[.,;–—]|$|and\b))"
)
# where an item of a list opens on a capital: after a comma, 'and' or 'with' (and 'the')
_LIST_JOIN_RE = re.compile(r"(?:, |; |: | and | with )(?:the )?(?=[A-Z])")

# Words of a council, a parliament or an office: a name holding one is no group's
_BODY_WORDS = frozenset(
    {"Council", "Councils", "County", "Borough", "District", "City", "Parliament", "Assembly", "Senedd", "Government"}
    | {"Authority", "Division", "Ward", "Commons", "Parish", "Cabinet", "Mayor", "Police", "Combined", "BBC"}
)
# Opening words a group's name keeps ('Our West Lancashire', 'Independents for Frome')
_GROUP_OPENERS = frozenset({"Our", "Independents", "Independent", "Residents", "For"})


def group_before(doc: Doc, pos: int) -> Mention | None:
    """The group named right before a seat total without a party that starts at `pos` (its verb or figure), added
    to the post's parties and groups; None when the words there are no group's (see _group)."""
    n = len(doc.text)
    m = _GROUP_BEFORE_RE.match(doc.reversed(), n - pos)
    if m is None:
        return None
    new = _groups_of(doc.text, [(n - m.end(1), n - m.start(1))], doc.parties)
    _add_groups(doc, new)
    return new[0] if new else None


def _add_groups(doc: Doc, new: list[Mention]) -> None:
    new = [g for g in new if g not in doc.groups]
    if new:
        doc.groups += new
        # (an independent's mention inside a group's name gives way to it)
        kept = [p for p in doc.parties if not any(g.start <= p.start and p.end <= g.end for g in new)]
        doc.parties = sorted(kept + new, key=lambda p: p.start)


def elliptic_groups(doc: Doc, start: int, end: int, *, declared: bool = False) -> list[Mention]:
    """The groups listed with an elliptic figure in a sentence of seat totals, from its 'with' on ('..., with Health
    Concern on 5 and the Tories on 20') or its colon ('... hold 12 seats between them: Ashby Together have
    seven, ...') or, in a running tally (`declared`), from its start ('With 38 seats declared, Labour have 20,
    Bexhill Together 9'); added to the post's parties and groups (see find_parties)."""
    line_start = start
    if not declared:
        with_at = doc.text.find(" with ", start, end)
        colon_at = doc.text.find(": ", start, end)
        start = min(at for at in (with_at, colon_at, end) if at >= 0)
        if start == end:  # "Independents have eight seats, the Tories five, Ashby First three": from its first comma
            start = doc.text.find(", ", line_start, end)
            if start < 0:
                return []
    spans = [
        m.span("name")
        for at in _LIST_JOIN_RE.finditer(doc.text, start, end)
        if (m := _GROUP_ELLIPTIC_RE.match(doc.text, at.end(), end)) and all(p.start != at.end() for p in doc.parties)
    ]
    new = _groups_of(doc.text, spans, doc.parties)
    _add_groups(doc, new)
    return new


def _groups_of(text: str, spans: list[tuple[int, int]], found: list[Mention]) -> list[Mention]:
    out: list[Mention] = []
    for start, end in sorted(set(spans)):
        g = _group(text, start, end, found)
        if g is not None and not any(x.start <= g.start and g.end <= x.end for x in out):
            out.append(g)  # ('Farnworth and Kearsley First 9' read at its comma, not again at its 'and')
    return out


def _group(text: str, start: int, end: int, found: list[Mention]) -> Mention | None:
    """The group named in text[start:end], leading sentence words left out, if it is one: not a person (a forename
    first), a place, a council or a known party (an independent's mention inside it is the group's word)."""
    words = text[start:end].split()
    while words and (words[0] in RUN_STOP_WORDS or words[0] in NOT_NAME_WORDS) and words[0] not in _GROUP_OPENERS:
        start = text.index(words[0], start) + len(words[0])
        words.pop(0)
    capitals = [w for w in words if w[:1].isupper()]
    if (
        len(capitals) < 2
        or words[0] in FORENAMES
        or not _BODY_WORDS.isdisjoint(words)
        or words[-1].endswith(("'s", "’s"))
    ):
        return None
    name = " ".join(words)
    if name.lower() in COUNCIL_AREAS or name in COUNTIES or name in REGIONS or name in NOT_NAME_WORDS:
        return None
    start = text.index(words[0], start)
    if any(p.start < end and start < p.end and p.value != "Independent" for p in found):
        return None
    return Mention(start, end, name)


# The last word of a local group's name, before any 'of' and its place ('Residents' Associations of Epsom and Ewell')
_GROUP_END_WORDS = frozenset(
    {"Association", "Associations", "Society", "Group", "Independents", "Residents", "Alliance", "Forum", "Concern"}
)
# a run of capitalised words, joined by the small words a group's name holds
_CAPITALISED_RUN_RE = Lazy(r"[A-Z][\w'’-]*(?:[ \t]+(?:(?:and|&|of|for)[ \t]+)?[A-Z][\w'’-]*)*")


def group_of_initials(doc: Doc, initials: str) -> str | None:
    """The local group the post spells out whose name's capitalised words open on `initials` ('MRA': the Molesey
    Residents' Association; 'OLRG': the Oxted and Limpsfield Residents Group; 'RA': the Residents' Associations of
    Epsom and Ewell): a whole run of capitalised words (less an opening sentence word) up to a group's last word,
    with the place after its 'of'; or whose last words, its kind, close on them ('RA': the Epsom and Ewell
    Residents' Association). None when no run, or more than one, is such a name."""
    if initials in doc._initials:
        return doc._initials[initials]
    names = initials_names(doc, initials)
    found = names.pop() if len(names) == 1 else None
    doc._initials[initials] = found
    return found


def initials_names(doc: Doc, initials: str) -> set[str]:
    """Every group's name the post spells out that `initials` may stand for (see group_of_initials): none, one, or
    several (which one is not known)."""
    names = set()
    for m in _CAPITALISED_RUN_RE.finditer(doc.text):  # (asked only of a bracket or pair no party list knows)
        words = m.group(0).split()
        name = _initials_name(words, initials) or _kind_initials_name(words, initials)
        if name is not None:
            names.add(name)
    return names


def _initials_name(words: list[str], initials: str) -> str | None:
    """The group's name in a run of capitalised words whose initials `initials` are (see group_of_initials)."""
    while words and words[0] in RUN_STOP_WORDS and words[0] not in _GROUP_OPENERS:
        words = words[1:]
    if not words or words[0][0] != initials[0] or not _BODY_WORDS.isdisjoint(words):
        return None
    letters = ""
    for i, word in enumerate(words):
        if not word[0].isupper():
            continue
        letters += word[0]
        if letters == initials and word.rstrip("'’").removesuffix("'s").removesuffix("’s") in _GROUP_END_WORDS:
            rest = words[i + 1 :]
            return " ".join(words[: i + 1] + (rest if rest[:1] == ["of"] else []))
        if not initials.startswith(letters):
            return None
    return None


def _kind_initials_name(words: list[str], initials: str) -> str | None:
    """The group's name in a run of capitalised words whose last words, the group's kind, `initials` are the
    initials of ('RA': the Epsom and Ewell Residents' Association; see group_of_initials)."""
    while words and words[0] in RUN_STOP_WORDS and words[0] not in _GROUP_OPENERS:
        words = words[1:]
    capitals = [w for w in words if w[0].isupper()]
    if len(capitals) <= len(initials) or not _BODY_WORDS.isdisjoint(words):
        return None
    kind = capitals[-len(initials) :]
    if "".join(w[0] for w in kind) != initials or kind[-1] not in _GROUP_END_WORDS:
        return None
    return " ".join(words)


def find_parties(text: str, doc: Doc | None = None) -> list[Mention]:
    """Every party mention in `text` (`doc`: the Doc of that text, when there is one)."""
    doc = doc or Doc(text=text, title_end=0)
    found: list[Mention] = []
    for m in PARTY_RE.finditer(text):
        alias = m.group(1)
        if alias == "Green" and _is_green_place(text, m):
            continue
        if alias == "Alliance" and _is_other_alliance(text, m):
            continue
        if alias == "Alba" and _is_other_alba(text, m):
            continue
        if alias == "Reform" and re.match(r"\s+(?:of|to|Act|Bill|[a-z]+ing\b)", text[m.end() :]):
            continue
        if alias == "Independent" and text.startswith(" Group", m.end()):
            continue  # "(Independent Group)": a local group named short, not the independents' label
        found.append(Mention(m.start(), m.end(), PARTY_ALIAS[alias]))
    # each only tried where it can start: at 'independent', or in a run of words before the word it ends on
    for m in _LOWER_INDEPENDENT.finditer(doc):
        word = next(g for g in m.groups() if g)
        found.append(Mention(m.start(), m.start() + len(word), "Independent"))
    locals_ = [*_LOCAL_PARTY.finditer(doc), *_LOCAL_FIRST.finditer(doc)]
    # (not inside a longer group: "Barnsley Independent Group" holds no "Barnsley Independent" of its own)
    locals_ += [
        m
        for m in _AREA_INDEPENDENT.finditer(doc)
        if _area_words(m.group(1)) and not any(g.start() <= m.start() and m.end() < g.end() for g in locals_)
    ]
    for m in locals_:
        runs = list(_WORD_RUN_RE.finditer(text, m.start(1), m.end(1)))
        while runs and (_in_a_known_party(found, runs[0]) or runs[0].group() in (*RUN_STOP_WORDS, "and", "&")):
            runs.pop(0)
        runs = _after_owned_names(runs)
        words = [w.group() for w in runs]
        if not words:
            continue
        name = " ".join(words + [m.group(2)])
        start = m.end() - len(name) if m.group(0).endswith(name) else m.start()
        found = [p for p in found if not (p.start >= start and p.end <= m.end())]
        found.append(Mention(start, m.end(), name))
        doc.groups.append(found[-1])
    if holds_any(text, LOCAL_PREFIXES):  # "Llais Eryrfon's Idris Parry": a group named by its first word
        for m in LOCAL_PREFIX_RE.finditer(text):
            if not any(p.start <= m.start() < p.end for p in found):
                found.append(Mention(m.start(), m.end(), m.group()))
                doc.groups.append(found[-1])
    if " slate" in text:  # "The Kelby First slate": a group no party list knows
        slates = _slates(text, found)
        found += slates
        doc.groups += slates
    found.sort(key=_START)
    if locals_:  # "an Ashfield Independent" is one of the post's "Ashfield Independents"
        names = {p.value for p in found}
        for p in found:
            if p.value.endswith(" Independent") and p.value + "s" in names:
                p.value += "s"
    return found


_WORD_RUN_RE = re.compile(r"\S+")


def _in_a_known_party(found: list[Mention], word: re.Match[str]) -> bool:
    """Whether `word`, opening a local group's run, is part of a known party the post names there ('The Labour
    Party'): a place word that only a known party's name holds is the group's own ('The Guernsey Party' is no
    'Forward Guernsey')."""
    return word.group() in PARTY_WORDS and any(p.start <= word.start() < p.end for p in found)


def _after_owned_names(runs: list[re.Match[str]]) -> list[re.Match[str]]:
    """The words of a local group's run after any "and" that follows a possessive: "Labour's Carl Moss and Holme
    Together" names a person of one party, then the group ('Farnworth and Kearsley First' is left whole)."""
    owner = next((i for i, w in enumerate(runs[:-1]) if w.group().endswith(("'s", "’s"))), None)
    if owner is None:
        return runs
    joins = [i for i, w in enumerate(runs) if i > owner and w.group() in ("and", "&")]
    return runs[joins[-1] + 1 :] if joins else runs


# "The Farringdon Together slate has won six seats", "a new Kelby First slate": a local group's list of candidates,
# its name the capitalised words before 'slate' (not a known party's: "the Labour slate")
_SLATE_RE = Lazy(r"\b(?:[Tt]he|[Aa]n?)[ \t]+((?:[A-Z][\w'’-]*[ \t]+(?:(?:and|&|for|of)[ \t]+)?){1,4})slate\b")


def _slates(text: str, found: list[Mention]) -> list[Mention]:
    """The groups named before 'slate' in `text` that no party mention in `found` covers (see _group)."""
    spans = [(m.start(1), m.start(1) + len(m.group(1).rstrip())) for m in _SLATE_RE.finditer(text)]
    return _groups_of(text, spans, found)


def page_initials(doc: Doc, groups: dict[str, str]) -> None:
    """Add to the post's parties and groups each whole-word mention of initials another post of the page spells out
    (`groups`: initials -> the group's name; 'RPA 14, Labour 9' where the page names the Riverlea People's
    Alliance), where the post names no party there and spells out no other group of those initials."""
    new = [
        Mention(m.start(), m.end(), name)
        for initials, name in groups.items()
        if initials in doc.text and not (initials_names(doc, initials) - {name})
        for m in re.finditer(rf"(?<![\w-]){initials}(?![\w-])", doc.text)
        if not any(p.start < m.end() and m.start() < p.end for p in doc.parties)
    ]
    doc.parties = sorted(doc.parties + new, key=_START)
    doc.groups += new


def _area_words(words: str) -> bool:
    """'Boston ' / 'Lincolnshire ': the words name a council area or county (lower-cased gazetteer)."""
    w = words.split()
    return any(" ".join(w[i:]).lower() in COUNCIL_AREAS or " ".join(w[i:]) in COUNTIES for i in range(len(w)))


def number_value(word: str) -> int | None:
    """'1,305' -> 1305, 'six' -> 6, 'a single' -> 1, 'twenty-two' -> 22, 'two hundred and six' -> 206,
    'one thousand, two hundred' -> 1200, '1.2k' / '1.2 thousand' -> 1200 (see is_rounded)."""
    w = " ".join(word.strip().lower().split())  # `_WS_RE.sub(" ", ...)` of a stripped word, without a regex
    if w.replace(",", "").isdigit():
        return int(w.replace(",", ""))
    if w in WORD_NUMBERS:
        return int(WORD_NUMBERS[w])
    if "-" in w and " " not in w:
        return _hyphened(w)
    if w.endswith(("k", "thousand")) and w[:1].isdigit():
        figure = w.removesuffix("k").removesuffix("thousand").strip()
        return round(float(figure) * 1000) if figure.replace(".", "", 1).isdigit() else None
    return _scaled(w) if "hundred" in w or "thousand" in w else None


def is_rounded(word: str) -> bool:
    """A figure written rounded ('1.2k', '2.5 thousand'): not an exact count."""
    return word[:1].isdigit() and word.rstrip().endswith(("k", "thousand"))


def _hyphened(w: str) -> int | None:
    """'twenty-two' -> 22."""
    tens, _, unit = w.partition("-")
    if tens in WORD_NUMBERS and unit in WORD_NUMBERS:
        return int(WORD_NUMBERS[tens]) + int(WORD_NUMBERS[unit])
    return None


def _scaled(w: str) -> int | None:
    """'two hundred and six' -> 206, 'one thousand, two hundred' -> 1200, 'a hundred' -> 100 (None for words that
    are not such a number)."""
    total, current = 0, 0
    words = w.replace(",", " ").split()
    for i, tok in enumerate(words):
        if tok == "and" and (current or total):
            continue
        if tok in ("hundred", "thousand"):
            if not current:
                return None
            if tok == "hundred":
                current *= 100
            else:
                total, current = total + current * 1000, 0
            continue
        value = 1 if tok == "a" and words[i + 1 : i + 2] in (["hundred"], ["thousand"]) else None
        if value is None:
            value = int(WORD_NUMBERS[tok]) if tok in WORD_NUMBERS else _hyphened(tok) if "-" in tok else None
        if value is None:
            return None
        current += value
    return total + current
