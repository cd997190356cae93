"""The wording of results coverage around a person's name, as compiled patterns (no logic here).

`*_PREV_RE` are matched against the text just before a name (they end at it), `*_NEXT_RE` against the text
just after it (up to the next name or the end of the clause).

A pattern that needs one of a few words is wrapped in `Gated` with them: most mentions hold none, and an `in`
test of a few words costs a fraction of a failed search (tests/test_entities_gates.py checks every match
holds a key).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from os.path import commonprefix

from ahocorasick_rs import AhoCorasick

from scraper.entities.doc import Lazy
from scraper.entities.lexicon import (
    DIGITS,
    LIST_PARTY_ALT,
    LIST_PARTY_NAMES,
    LOCAL_GROUP,
    MONTHS,
    NAME_TOKEN,
    NEXT_NAME_TOKEN,
    NUM_WORDS,
    PARTICLE,
    PARTY_ALT,
    ROLE_ALT,
    TITLE_ALT,
    WORD_CHARS1,
    _branches,
)

_LEAD_LETTERS_RE = re.compile("[A-Za-z]*")
_AUTOMATON_FROM = 10  # keys (measured: 12 keys, 19.6k -> 14.3k instructions a post; 27 keys, 37.7k -> 16.5k)


class Gated:
    """A pattern (`source`) tried only when one of `keys` is in the text: every match of it holds one of them.
    `fold`: the keys are lower-case and tested against the lower-cased text (the pattern has a case-insensitive
    part). It is compiled the first time a text holds a key, so a process that never meets its wording ('between
    Labour and the Conservatives', 'Lab hold') does not pay for compiling it. `also`: a pattern whose match in the
    text opens the gate too, for a branch whose only literal word is common ('elected' + 'were'): every match of
    the pattern holds a key or a match of `also`. `words`: keys that open the gate only standing as a word, no word
    character either side ('to' in 'went to', not in 'Rayton'; 'lead' in 'to lead', not in 'leader'), for a pattern
    whose every match holding no other key holds one of them so."""

    __slots__ = ("_ac", "_also", "_also_lead", "_many", "_rx", "_words", "also", "flags", "fold", "keys", "source")

    def __init__(
        self,
        source: str,
        keys: tuple[str, ...],
        *,
        fold: bool = False,
        flags: int = 0,
        also: str = "",
        words: tuple[str, ...] = (),
    ) -> None:
        self.source, self.keys, self.fold, self.flags, self.also = source, keys, fold, flags, also
        self._rx: re.Pattern[str] | None = None
        self._also: re.Pattern[str] | None = None
        # many keys: a stretch is tested for all of them by one automaton pass (built when first needed), not by an
        # `in` test each (most stretches hold none: ~25 tests of a ~35-character stretch cost twice the pass)
        self._many = len(keys) >= _AUTOMATON_FROM
        self._ac: AhoCorasick | None = None
        if not set(words) <= set(keys):
            raise ValueError(f"word keys {words} not among the keys {keys}")
        self._words = frozenset(words)
        # the letters every match of `also` opens on ('elected'; none for an alternation): a text without them
        # is not searched
        lead = _LEAD_LETTERS_RE.match(also).group() if len(_branches(also)) == 1 else ""  # type: ignore[union-attr]
        self._also_lead = lead[:-1] if also[len(lead) : len(lead) + 1] in ("?", "*", "+", "{") else lead

    @property
    def rx(self) -> re.Pattern[str]:
        if self._rx is None:
            self._rx = re.compile(self.source, self.flags)
        return self._rx

    def _automaton(self) -> AhoCorasick:
        if self._ac is None:
            self._ac = AhoCorasick(list(self.keys))
        return self._ac

    def _keyed(self, part: str) -> bool:
        """Whether the automaton finds a key in `part` (a word key standing as a word: each place any key stands is
        found, so one inside a word hides no other)."""
        ac = self._ac or self._automaton()
        if not self._words:
            return bool(ac.find_matches_as_indexes(part))
        for i, start, end in ac.find_matches_as_indexes(part, overlapping=True):
            if self.keys[i] not in self._words or not (_word_char_at(part, start - 1) or _word_char_at(part, end)):
                return True
        return False

    def _open(self, text: str) -> bool:
        if self.fold:
            text = text.lower()
        if self._many:
            if self._keyed(text):
                return True
        else:
            for key in self.keys:  # not any(map(text.__contains__, ...)): a call through a method wrapper a key
                if key in text and (key not in self._words or _stands(text, key)):
                    return True
        return self.also != "" and self._also_found(text)

    def _also_found(self, part: str) -> bool:
        if not self.also or self._also_lead not in part:
            return False
        if self._also is None:
            self._also = re.compile(self.also)
        return self._also.search(part) is not None

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        part = text[pos:endpos] if pos or endpos < len(text) else text
        if self.fold:
            part = part.lower()
        if self._many:  # _open, inlined: ~17 searches a post
            if self._keyed(part):
                return (self._rx or self.rx).search(text, pos, endpos)
        else:
            for key in self.keys:
                if key in part and (key not in self._words or _stands(part, key)):
                    return (self._rx or self.rx).search(text, pos, endpos)
        return self.rx.search(text, pos, endpos) if self.also and self._also_found(part) else None

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        part = text[pos:endpos] if pos or endpos < len(text) else text
        if self.fold:  # _open, inlined: ~10 calls a post
            part = part.lower()
        if self._many:
            if self._keyed(part):
                return (self._rx or self.rx).match(text, pos, endpos)
        else:
            for key in self.keys:
                if key in part and (key not in self._words or _stands(part, key)):
                    return (self._rx or self.rx).match(text, pos, endpos)
        return self.rx.match(text, pos, endpos) if self.also and self._also_found(part) else None

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self.rx.finditer(text) if self._open(text) else iter(())


def _stands(text: str, word: str) -> bool:
    """Whether `word` stands in `text` as a word: no word character either side of one of its occurrences."""
    i = text.find(word)
    while i >= 0:
        if not (_word_char_at(text, i - 1) or _word_char_at(text, i + len(word))):
            return True
        i = text.find(word, i + 1)
    return False


def _word_char_at(text: str, i: int) -> bool:
    """Whether text[i] is a word character (`\\w`: a letter, a digit or '_'); False off either end."""
    return 0 <= i < len(text) and (text[i].isalnum() or text[i] == "_")


def plain(*alts: str) -> str:
    """The alternation of `alts` as written (what `by_first_letter` must match the same as)."""
    return "(?:" + "|".join(alts) + ")"


def by_first_letter(*alts: str) -> str:
    """The alternation of `alts` (each opening on a letter), grouped by that letter in their order: sre tries an
    alternative opening on a literal only when its letter is next, so a branch per letter is one test where
    a branch per alternative (or per nested group) is several. Alternatives with different letters cannot
    match at the same place, so the grouping keeps what the alternation matches."""
    groups: dict[str, list[str]] = {}
    for alt in alts:
        if not alt[:1].isalpha() or alt[1:2] in ("?", "*", "+", "{"):  # the letter must open every match of it
            raise ValueError(f"alternative does not open on a literal letter: {alt!r}")
        groups.setdefault(alt[0], []).append(alt[1:])
    return "(?:" + "|".join(f"{c}(?:{'|'.join(_merge_tails(rest))})" for c, rest in groups.items()) + ")"


_LITERAL_WORDS_RE = re.compile(r"[A-Za-z '’-]*")
_CAPTURING_RE = re.compile(r"(?<!\\)\((?!\?)")
_SHARED_TAIL_FROM = 16  # characters: a shorter tail saves less than its group costs


def _merge_tails(alts: list[str]) -> list[str]:
    r"""Neighbouring alternatives that differ only in the literal words before a tail they share, as one
    ('as\s+X', 'ere\s+X' -> '(?:as|ere)\s+X'): `_each` writes the tail after each word, and merged it is parsed
    and compiled once (the outcome cues ~27 % shorter, ~24 % fewer instructions to compile). The same tries in
    the same order: '(?:a|b)X' tries aX, then bX, as 'aX|bX' does."""
    out: list[str] = []
    i = 0
    while i < len(alts):
        tail = _shared_tail(alts[i], alts[i + 1]) if i + 1 < len(alts) else ""
        j = i + 1
        if tail:
            while j < len(alts) and alts[j].endswith(tail) and _LITERAL_WORDS_RE.fullmatch(alts[j][: -len(tail)]):
                j += 1
            out.append("(?:" + "|".join(alt[: -len(tail)] for alt in alts[i:j]) + ")" + tail)
        else:
            out.append(alts[i])
        i = j
    return out


def _shared_tail(a: str, b: str) -> str:
    """The longest text both end on, if only literal words come before it in each, it opens on no quantifier (that
    would bind to the words' last letter), holds no capturing group (merged, its groups would be numbered once)
    and is long enough to be worth a group; else ''."""
    tail = a[len(a) - len(commonprefix([a[::-1], b[::-1]])) :]
    if (
        len(tail) < _SHARED_TAIL_FROM
        or tail[0] in "?*+{"
        or _CAPTURING_RE.search(tail)
        or not _LITERAL_WORDS_RE.fullmatch(a[: -len(tail)])
        or not _LITERAL_WORDS_RE.fullmatch(b[: -len(tail)])
    ):
        return ""
    return tail


# Role words and parties that may sit between a cue and a name: "won by the two Conservative candidates".
# "cabinet member for housing": a portfolio inside a role ("the Labour group in Hartlepool, X": a place, the same)
_PORTFOLIO = (
    r"for\s+[a-z]+(?:\s+and\s+[a-z]+)?"
    # "health secretary", "economy minister": the portfolio before the office
    r"|[a-z]+(?=\s+(?:secretary|minister|spokes(?:person|man|woman))\b)"
    r"|(?:for|in)\s+(?:the\s+)?[A-Z][\w'-]*(?:’[\w'-]*)*(?:\s+(?:and\s+|&\s+)?[A-Z][\w'-]*(?:’[\w'-]*)*){0,3}(?=\s*,)"
    r"|(?:on|at|of)\s+(?:the\s+)?(?:[A-Z][\w'-]*(?:’[\w'-]*)*\s+){0,4}?(?:(?:county|city|borough|district)\s+)?[Cc]ouncil"
    r"|for\s+(?:the\s+)?(?:(?:[A-Z][\w'-]*(?:’[\w'-]*)*|of|and|&)\s+){1,5}(?:mayoralty|mayoral\s+(?:race|election|contest)|police"
    r"\s+and\s+crime\s+commissioner|PCC)"
)
# (a local group as a party: "beat the sitting Mansfield Independents councillor, X")
# (or the name's tie to the one before: "edged out his own running mate X", "beat her party colleague X")
_MATE = r"(?:his|her|their)\s+(?:own\s+)?(?:running[\s-]mate|(?:party\s+)?colleague)"
ROLE_TAIL = (
    rf"(?:[\s,]+(?:{ROLE_ALT}|{TITLE_ALT}|(?:{PARTY_ALT}|{LOCAL_GROUP})(?:['’]s|['’])?|{_PORTFOLIO}|{_MATE}))*[\s,]*$"
)


def _each(words: str, rest: str = "") -> tuple[str, ...]:
    """'a|b' and `rest` as the alternatives 'a' + rest, 'b' + rest (as '(?:a|b)' + rest tries them)."""
    return tuple(w + rest for w in words.split("|"))


# a place's name of one to four capitalised words ("Ferrow", "Mill End Ward")
_PLACE_WORDS = r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}"


# up to four lower-case words that describe the person named next: "retired vet", "local GP", "82-year-old former
# headteacher"
_DESCRIBED = r"(?:\s+(?:[a-z][a-z'’-]*|\d+-year-old|GP)){0,4}?"


# The cues before a name, each group of words by its first letter (see by_first_letter), in the order the plain
# alternation '(?:won|taken|...)\s+by|(?:defeated|...)\b...|...' tried them.
def _win_prev(join: Callable[..., str]) -> str:
    return (
        r"\b"
        + join(
            *_each("won|taken|gained|held|retained|claimed|secured|captured|snatched|defended|kept", r"\s+by"),
            *_each(
                "defeated|beaten|ousted|unseated|edged out|pipped|toppled|replaced|overtaken", r"\b[^.;:]{0,40}?\bby"
            ),
            *_each(r"lost|loses|losing|missed\s+out", r"\b[^.;:]{0,60}?\bto\b"),  # (not "... the top Tory, X")
            # "She is joined by the independent X": the second of a seat's members, beside the one named before
            *_each("is|was|are|were", r"\s+joined\s+by"),
            r"went\s+to",
            r"gone\s+to",  # "the seat has gone to the Greens' X"
            r"fell\s+to",
            r"goes\s+to",
            r"winners?\s*(?:was|were|is|are|,)",
            # "the surplus of the DUP's X was distributed": only an elected candidate's votes make a surplus
            r"surplus\s+of",
            *_each(r"returned|re-elected|voters\s+elected"),  # '\b(?:returned|...)': the boundary is the one above
            # a tie settled by lot: "the returning officer drew out the Conservative X's", "pulled out the name of X"
            *_each("drew|pulled", r"\s+out(?:\s+the\s+name\s+of)?"),
            # "his transfers helped elect Labour's X": an STV count's transfers deciding a seat
            *_each(r"helped|helping|help|helps", r"\s+(?:to\s+)?(?:re-)?elect"),
            # ("re-elected alongside his Labour colleagues A and B": the colleagues won too)
            *_each(
                "elected|re-elected|returned",
                rf"\b[^.;:]{{0,40}}?,?\s+(?:alongside|along\s+with)"
                rf"(?:\s+(?:his|her|their)(?:\s+{PARTY_ALT})?(?:\s+party)?\s+colleagues?)?",
            ),
            *_each("re-elected|elected", r"\s+(?:were|was|are|is)"),  # '(?:re-)?elected'
            # "The two Greens elected with him are A and B": the rest of a multi-member ward's winners
            *_each("re-elected|elected", r"\s+(?:with|alongside)\s+(?:him|her|them)\s+(?:were|was|are|is)"),
            # "Those returned in Ferrow are A, B and C", "The councillors elected for Mill Ward were ...": a place's
            # winners listed after it
            *_each("re-elected|elected|returned", rf"\s+(?:in|for)\s+{_PLACE_WORDS}\s+(?:were|was|are|is)"),
            r"new\s+councillors?\s+(?:is|are|was|were|include)",
            # "Top of the poll was X", "Topping the poll were A and B": the first of a count's winners, named after
            # (and after the words that say who the winner is, "Topping the poll was retired vet X")
            *_each("Top|top", rf"\s+of\s+the\s+poll\s+(?:was|were|is|are){_DESCRIBED}"),
            *_each("Topping|topping|Heading|heading", rf"\s+the\s+poll\s+(?:was|were|is|are){_DESCRIBED}"),
            r"congratulat\w+",
            r"winning\s+candidate",
            *_each("elected|re-elected|returned", r"\b[^.;:]{0,40}?,\s+including"),
            r"election\s+(?:was\s+)?(?:\w+\s+)?followed\s+by(?:\s+th(?:at|e\s+election)\s+of)?",
            *_each(
                # ("the Greens are celebrating their first councillor, X")
                "welcomed|welcoming|celebrating|celebrated|New|new|Newly[- ]elected|newly[- ]elected|elected",
                # (or an island's or the City's members by their own title: "re-elected its three deputies:")
                # (or a seat's new member of parliament: "North Belfast's new MP, X,")
                r"\b[^.]{0,40}?\b(?:councillors?|deputies|aldermen|senators|MPs?)\s*[-–—:]?",
            ),
            *_each(r"Elected|elected", r"\s*:"),
            r"Winner\s*:",  # "Winner: Ana Ruiz (LD).", a round-up's line naming the by-election's winner
            r"Winners?\s+(?:was|were|is|are)",  # "Winner is Ana Ruiz, who ...": a note's shorthand, no article
            r"Elected\s+(?:were|are)",  # "Elected were A (1,502), B (1,477) and C (1,390).": the list after
            # "In her victory speech, Ana Ruiz thanked ...": only a winner makes one (see OUTCOME_NEXT_RE's 'gave')
            *_each("acceptance|victory", r"\s+speech\s*,"),
            # "the Greens' list brings in A and B": the people a party's list (top-up) seats elect
            *_each(r"list\s+brings|list\s+brought", r"\s+in"),
            # "Reform's members are A, B and C", "The SNP's list MSPs are A and B": the people a party's seats went to
            *_each("members|MSPs|MSs|MEPs", r"\s+(?:are|were)"),
            # "The unopposed members for the off-islands are A (X), B (Y) and C (Z)": a place's new members
            *_each(
                "unopposed|new|elected|Unopposed|New",
                r"\s+(?:members|councillors)\s+(?:for|in)\s+(?:the\s+)?[^.;:,]{1,40}?\s+(?:are|were)",
            ),
        )
        + rf"(?P<tail>{ROLE_TAIL})"
    )


def _lose_prev(join: Callable[..., str]) -> str:
    return (
        r"\b(?:"
        + join(
            *_each(
                "beating|beats|beat|defeating|defeated|defeats|defeat|ousting|ousted|ousts|oust|unseating|unseated|unseats"
                "|unseat|pipping|pipped|pips"
            ),
            "edging out",
            *_each("edged out|toppling|toppled|seeing off|saw off|sees off|fought off|fending off|fended off|held off"),
            *_each("holding off|beat off|beating off"),
            *_each("overtook|overtaking|overtakes"),  # "overtook X on transfers" (an STV count)
            *_each("took|taken|takes|won|gained|seized|snatched|captured", r"\s+(?:the\s+|a\s+)?seat\s+from"),
            r"majority\s+of\s+(?:about\s+|around\s+|nearly\s+|almost\s+|just\s+)?[\d,]+\s+(?:votes\s+)?over",
            r"challenges?\s+from",
            r"ahead\s+of",
            r"at\s+the\s+expense\s+of",
            # ("by four votes - 1,102 to 1,098 - over X": the two figures set off between the margin and the loser)
            r"votes?(?:\s+[-–—]\s+[\d,]+\s+to\s+[\d,]+\s+[-–—]|\s+\([\d,]+\s+to\s+[\d,]+\))?\s+over",
            r"votes(?<=\d votes)\s+from",  # a margin: "held the seat by 402 votes from the Greens' X"
            *_each("more|fewer", r"\s+than"),
            r"clear\s+of",
            r"defeat\s+of",
            r"loss\s+of",
            # "after the exclusion of Aontú's X": an STV count's excluded candidate
            *_each("exclusion|elimination", r"\s+of"),
            *_each("losers?|runners?-up", r"\s+(?:was|were|is|are|included?)"),
            # "Missing out were X (455) and Y (431)", "Those who missed out were ...": the candidates not elected
            *_each("Missing out|missing out|missed out", r"\s+(?:was|were|is|are)"),
            # "Six ministers lost their seats, among them the health secretary, X": the losers the sentence lists
            *_each("lost|losing", r"\s+(?:their|his|her)\s+seats?\s*[,–—]\s*(?:among\s+them|including)"),
        )
        # a case-insensitive 'among' (no other cue opens on 'am'): after the letters
        + r"|(?i:among)\s+(?:those|the)\s+(?:ousted|defeated|unseated|beaten|casualties|to\s+lose(?:\s+\w+){0,3})\s+"
        r"(?:was|were|is|are))"
        rf"(?P<tail>{ROLE_TAIL})"
    )


# (its 'elected' branches each need one more literal, or 'were' / 'was' / 'are' / 'is' after it: 'was elected
# with 1,204 votes', in most posts, does not open the gate)
WIN_PREV_RE = Gated(
    _win_prev(by_first_letter),
    ("by", "to", "winner", "Winner", "returned", "re-elected", "voters", "alongside", "along with", "including", ":")
    + ("councillor", "deputies", "aldermen", "senators", "MP")
    + ("congratulat", "winning", "list", "members", "MSPs", "MSs", "MEPs", "help", "surplus", "drew out", "pulled out")
    + ("speech", "poll", "Elected were", "Elected are"),
    also=rf"elected\s+(?:(?:with|alongside)\s+(?:him|her|them)\s+|(?:in|for)\s+{_PLACE_WORDS}\s+)?(?:were|was|are|is)",
    words=("by", "to"),
)
# "Reform's members are A and B. Plaid's are C and D.": a party's possessive and 'are' alone, its members elided
PARTY_ARE_PREV_RE = Gated(
    rf"\b{PARTY_ALT}['’]s? (?:are|were)(?P<tail>{ROLE_TAIL})",  # (one space, as the keys write it)
    (" are", " were"),
)
# (gated on a word of each branch, in the lower-cased text: the 'among' branch is case-insensitive)
LOSE_PREV_RE = Gated(
    _lose_prev(by_first_letter),
    ("beat", "defeat", "oust", "unseat", "pipp", "pips", "edging out", "edged out", "toppl", "seeing off", "saw off")
    + ("sees off", "fought off", "fend", "held off", "holding off", "seat", "majority", "challenge", "ahead")
    + ("expense", "vote", "than", "clear", "loss", "loser", "runner", "among", "overt", "exclusion", "elimination")
    + ("missing out", "missed out"),
    fold=True,
)
# "candidate in the Ashdown ward of Kelby Borough Council, Jo Bell": the ward (and its council) the candidate stands
# in, between the word and the name
_IN_WARD = (
    r"(?:\s+(?:in|for)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){1,4}(?:ward|division)"
    r"(?:\s+(?:of|on)\s+(?:[A-Z][\w'’-]*\s*){1,5})?)"
)
# (or an area a comma closes: "the lead candidate in the South West, X", "the candidate for Kelby, X")
_IN_AREA = r"(?:\s+(?:in|for)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,2}[A-Z][\w'’-]*\s*(?=,))"
CANDIDATE_PREV_RE = Gated(
    (
        rf"\b(?:[Cc]andidates?(?:{_IN_WARD}|{_IN_AREA})?(?:\s+(?:are|were|include|included))?|followed\s+by(?:\s+the)?"
        # a close count's pair: "just five votes separated Labour's A and B", "nine votes separated the third-placed
        # Lib Dem, A, ..."
        rf"|votes?\s+separat(?:ed|ing|e)(?:\s+the)?(?:\s+\w+-placed)?"
        # the rival of a seat's holder during its count: "is defending the seat against Reform's B"
        rf"|defend(?:s|ing)?\s+(?:the|her|his|their|its)\s+seat\s+against(?:\s+the)?"
        # the other side of a count still going: "is neck and neck with the Conservative B", "leads Labour's B", "is
        # understood to lead the SNP's B"
        rf"|neck\s+and\s+neck\s+with(?:\s+the)?|(?:leads|leading|(?<=\bto\s)lead)(?:\s+the)?"
        # a party's candidates named after its verb: "the Greens are standing A and B", "Labour are defending both
        # seats with A and B"
        rf"|\b(?:are|is)\s+(?:standing|fielding)|\bdefending\s+(?:both|the|its|their)\s+seats?\s+with)"
        rf"(?:[\s,]+(?:{ROLE_ALT}|{PARTY_ALT}(?:['’]s)?))*[\s,]*$"
    ),
    ("andidate", "followed", "separat", "neck", "leads", "leading", "lead", "defend", "standing", "fielding"),
    # ('leads', 'leading', 'to lead': not 'leader', 'leadership')
    words=("leads", "leading", "lead"),
)
# "nine votes separated the third-placed Lib Dem, A, from the Green Party's B": the second of a close count's pair,
# after 'from' (read on the sentence's text up to the name)
SEPARATED_FROM_PREV_RE = Lazy(
    rf"\bvotes?\s+separat(?:ed|ing|e)\b[^.;:]{{1,80}}?,?\s+from(?:\s+the)?"
    rf"(?:[\s,]+(?:{ROLE_ALT}|{PARTY_ALT}(?:['’]s)?))*[\s,]*$"
)
RIVAL_PREV_RE = Gated(
    (rf"\b(?:rival|rivals|challenger|opponent)(?:[\s,]+(?:{ROLE_ALT}))*[\s,]*$"),
    ("rival", "challenger", "opponent"),
)
# "thanked X and the other candidates", "X and her fellow challengers": one of the field beside the one speaking of it
OTHER_CANDIDATES_NEXT_RE = Lazy(
    r"^\s+and\s+(?:all\s+)?(?:the|his|her|their)\s+(?:other|fellow)\s+(?:candidates|contenders|challengers|rivals)\b"
)
# "A is said to be neck and neck with B": a count still going, told as reported (the clause a name's outcome is read
# in ends at 'said', so this is read on the text right after the name)
# ("A and B are said to be separated by fewer than ten votes", "... to be five votes apart": a close count's pair)
REPORTED_CLOSE_NEXT_RE = Lazy(
    r"^ (?:is|are|was|were) (?:thought|said|understood|believed|reported)\s+to\s+be\s+(?:still\s+)?"
    r"(?:neck\s+and\s+neck|level[\s-]pegging|too\s+close\s+to\s+call"
    r"|separated\s+by\s+(?:just\s+|only\s+|(?:fewer|less)\s+than\s+)?[\w,]+\s+votes?"
    r"|(?:just\s+|only\s+)?(?:a\s+handful\s+of|a\s+few|[\w,]+)\s+votes?\s+apart)\b"
)
# "the former Tory minister X, standing for the Lib Dems, ...": the party the name stands for now
STANDING_FOR_PARTY_NEXT_RE = Lazy(rf"^, standing for (?:the\s+)?(?P<party>{PARTY_ALT})\b")
# "Its candidate, Mark Stott": the party the sentence before was about.
ITS_CANDIDATE_PREV_RE = Gated(
    rf"\b(?:[Ii]ts|[Tt]heir|[Tt]he party['’]s)\s+(?:new\s+|lead\s+|leading\s+)?candidate"
    rf"(?:{_IN_WARD}|{_IN_AREA})?\s*,?\s*$"
    # "the Greens are celebrating their first councillor, X"
    r"|\b(?:[Ii]ts|[Tt]heir|[Tt]he party['’]s)\s+(?:new|first|only|lone)\s+councillor\s*,?\s*$"
    # "Ukip has lost every seat. Its leader, X, failed to hold his": the party's own leader
    r"|\b(?:[Ii]ts|[Tt]heir|[Tt]he party['’]s)\s+(?:national\s+|deputy\s+)?leader\s*,\s*$",
    ("candidate", "councillor", "leader"),
)
# ", who lost his seat to the Greens in May," right after a name: a relative clause, its verb not the main one
RELATIVE_CLAUSE_RE = Lazy(r"\s*,\s*who\b[^,.;]*,")
# "The Green candidate took 301.": a bare figure taken, ending the clause, is a runner's votes, not a win (a
# winner "took 1,204 votes" or "took the seat")
# ("took 2,013 first preferences.": a count's first round, not its outcome)
# (nor is one before the next name's figure, its verb gapped, where the name's clause ends: "A took 400 and B 300")
# (nor one before a dash's or a comma's aside: "took 3,904 - most of them Tory voters", "took 812, a record")
FIGURE_TAKEN_RE = Lazy(
    rf"\s+(?:(?:just|only|some)\s+)?{DIGITS}(?!\.\d)(?:\s+first[\s-]preferences?(?:\s+votes?)?)?"
    r"(?=\s*(?:[.;]|$)|\s+[-–—]\s|,\s+(?:an?|the|most|many|more|much|almost|nearly|well|up|down)\b)"
    rf"|\s+{DIGITS}(?!\.\d)(?:\s+votes)?(?=,?\s+and\s*$)"
)
# "polled 1,411 votes to Labour's 1,160", "polled 892 to Reform UK's 534": the larger figure won.
VOTES_TO_RE = Gated(
    rf"(?P<a>{DIGITS})\s+(?:votes?\s+)?to\s+(?:the\s+)?[A-Z][\w ]{{0,30}}?['’]s?\s+(?P<b>{DIGITS})\b", ("to",)
)
# "who was first elected in 2013", "who won the seat in 2019", "won 31,442 votes here in 2019", "elected mayor in
# May 2021": history, not this count's result.
HISTORY_AFTER_RE = Gated(
    (
        r"^\s+(?:(?!(?:she|he|they|it|who)\b)(?:[\w',]+(?:’[\w']*)*|(?:’[\w']*)+)\s+){0,5}?"
        rf"(?:(?:in|since|back\s+in)\s+(?:{MONTHS}\s+)?(?:19|20)\d\d\b"
        r"|for\s+(?:\w+|\d+)\s+years\b|until\s+(?:last\s+year|recently|this\s+year|(?:19|20)\d\d)\b"
        r")"
        # (the seat and its margin between: "held that seat by more than 300 four years ago")
        r"|^\s+(?:(?!(?:who|which|and|but)\b)(?:[\w',]+(?:’[\w']*)*|(?:’[\w']*)+)\s+){0,6}?"
        r"(?:last\s+time|\w+\s+years\s+ago"
        r"|previously|at\s+the\s+(?:last|previous)\s+(?:general\s+)?election)\b"
    ),
    ("19", "20", "year", "until", "last", "previous"),
)
# Between a party mention and the name: "Labour's", "the Labour group's deputy leader, ", "Conservative candidate ".
# ("The defeated Conservatives included former leader X": the party's people listed after it)
# ("Labour's third candidate, X", "the Green team of X, Y and Z", "the Greens' only candidate, X": a place on a
# party's slate)
# ("Labour's new councillor is X": a role, then is / was, names the party's person; not "Labour is X", where the
# lookbehind finds no role word or 's before the verb)
# ("Labour's list brings in X": the people its list seats elect)
# ("Reform UK's pair, X and Y": the party's two candidates in a two-seat ward)
# ("the Conservative councillor of 14 years, X": a role with how long it was held)
_SLATE = (
    r"only|sole|lone|first|second|third|fourth|fifth|(?:team|trio|slate|pair)\s+of|pair|duo|trio"
    r"|list\s+(?:brings|brought)\s+in"
)
_TENURE = r"\s+of\s+(?:\d+|[a-z]+(?:-[a-z]+)?)\s+years"
ADJ_TAIL_RE = re.compile(
    rf"^(?:['’]s|['’]|\s+includ(?:ed|es|e|ing)|,\s+whose)?"
    rf"(?:[\s,]+(?:{ROLE_ALT}|{TITLE_ALT}|{_PORTFOLIO}|{_SLATE})(?:{_TENURE})?)*"
    r"(?:(?<=[\w'’])\s+(?:is|was|are|were))?"
    # ("the Green pair came out on top: X with 900 and Y with 850": a short clause on the slate, then its names)
    r"(?:(?:(?<=pair|trio)|(?<=duo))\s+[^.;:!?\n]{1,40}:\s*"
    # ("two Labour cabinet members – X and Y – lost": the people in a dashed aside after a role)
    r"|(?<=[\w'’])\s+[–—]\s*"
    r"|[\s,]*)$"
)
# ... or one aside between commas after a role: "Labour's candidate, who lives in the ward, ", "the Green candidate, a
# retired nurse, " (tried where the stretch holds one of ASIDE_KEYS)
ADJ_ASIDE_TAIL_RE = Lazy(
    rf"^(?:['’]s|['’])?(?:[\s,]+(?:{ROLE_ALT}|{TITLE_ALT}|{_PORTFOLIO}))+\s*"
    r", (?:who\s|whose\s|a |an |herself\s|himself\s)[^,.;:()\"“”\n]{1,60},\s*$"
)
ASIDE_KEYS = (", who", ", a ", ", an ", ", herself", ", himself")
# ", who had stood for the Greens twice before,", ", who left Labour in 2022,": an aside about the name's past (what
# it says of a party or an outcome is not this count's); `PAST_WORDS_RE` tells the past in its words
# (or one between dashes: " - who won Brook for the party in 2015 - ")
RELATIVE_ASIDE_RE = Lazy(
    r"(?:,|[ \t][-–—])[ \t]*who\s(?P<body>[^,.;:()\"“”\n]{1,100}?)(?:,|[ \t][-–—][ \t]|(?=[.;:]|\s*$))"
)
PAST_WORDS_RE = Lazy(
    r"\b(?:had\s+(?:been|stood|run|won|held|lost|sat|fought|left|taken|served|[a-z]+ed)|previously|formerly|once"
    r"|before|used\s+to|last\s+time|defected|left|quit|former|(?:in|since|until|back\s+in)\s+(?:19|20)\d\d)\b"
)
# "Party colleague Dave Foxley": the party of the candidate named before.
# ("her running mate Gordon Reid": a candidate of the same party in the same multi-member ward)
COLLEAGUE_PREV_RE = Gated(
    rf"\b(?:(?:[Pp]arty\s+)?colleagues?|running[\s-]mates?)\s*,?(?:\s+{TITLE_ALT})*\s*$",
    ("olleague", "running mate", "running-mate"),
)
# "alongside his Labour colleagues Ann Lee (1,702) and ...": the party a colleague is named for
PARTY_COLLEAGUE_PREV_RE = Gated(rf"\b(?P<p>{PARTY_ALT})\s+(?:party\s+)?colleagues?\s*,?\s*$", ("olleague",))
# "lost his seat, as did his deputy Jean Farrow": the outcome of the name before
AS_DID_PREV_RE = Gated(rf"\bas\s+did\s+(?:(?:his|her|their|the)\s+)?(?:(?:{ROLE_ALT}|{TITLE_ALT})\s+)*$", ("as did",))
FELLOW_PREV_RE = Gated(rf"\bfellow(?:\s+party)?(?:[\s,]+(?:{ROLE_ALT}))*[\s,]*$", ("fellow",))
# Only "and" / commas / a bracket between two names: they share the cue ("David Wilson and Philip Rose"). Read by
# `coordinated`, which asks only whether the stretch between the names is one of these, so the party before a
# bracket or a space is written once after 'of the', and the semicolon form is a pattern of its own, compiled when a
# stretch first holds a semicolon: each copy of the party alternation is ~15M instructions to compile.
COORDINATED_RE = Lazy(
    # ("A of the Green Party (4.8%) and B of Reform UK lost their deposits": each name's party after it, or a local
    # group's, "A of the Kelby Independents and Reform UK's B")
    rf"^\s*(?:of\s+(?:the\s+)?(?:{PARTY_ALT}|{LOCAL_GROUP})(?:\s*\([^()]{{1,40}}\)\s*|\s+)|\([^()]{{1,40}}\)\s*|,?\s*(?:on|with)\s+{DIGITS}(?:\.\d+\s*%|\s*%|\s+votes?)?\s*)?(?:,\s*(?:who|whose)\s[^.;:]{{1,60}}?,\s*(?:and|&)\s+|,\s*|,?\s*(?:and|&)\s+)"
    rf"(?:fellow\b[\w\s'-]*(?:’[\w\s'-]*)*|(?:the\s+)?(?:{PARTY_ALT}|independent)(?:['’]s|['’])?\s+(?:are\s+)?(?:{ROLE_ALT}\s+)*)?"
    rf"(?:{TITLE_ALT}\s+)?$"  # ("Mr Dale and Ms Keay were elected": a surname after its title)
)
# a semicolon before the next party's people in the same roll: "Labour's A and B; Plaid's C; and the Greens' D"
_COORDINATED_ROLL_RE = Lazy(
    rf"^\s*;\s*(?:and\s+)?(?:the\s+)?(?:{PARTY_ALT})(?:['’]s|['’])\s+(?:are\s+)?(?:{ROLE_ALT}\s+)*$"
)


# what COORDINATED_RE's stretch opens on after its spaces: a party's 'of', a bracket, a figure's 'on' / 'with', or
# the joiner's comma, 'and' or '&'. A stretch opening on anything else (' was elected with 3,961 votes, ahead of')
# is not matched, and the pattern, with its two copies of the party alternation, is compiled the first time one does.
_COORDINATED_OPENING_RE = re.compile(r"\s*(?:[,(&]|of|on|with|and)")


def coordinated(between: str) -> bool:
    """Whether the stretch between two names joins them (COORDINATED_RE, or the semicolon form of a party's roll)."""
    return (_COORDINATED_OPENING_RE.match(between) is not None and COORDINATED_RE.match(between) is not None) or (
        ";" in between and _COORDINATED_ROLL_RE.match(between) is not None
    )


_DEFEATED = r"\s+(?:(?:both|all|also|narrowly|heavily)\s+)?(?:defeated|beaten|ousted|unseated|edged out|knocked out)"
# "second to be elected", "the third councillor elected": a place in a multi-member ward's order of election, a win
_TO_BE_ELECTED = r"(?!\s+(?:(?:candidate|councillor|person|one)\s+)?(?:to\s+be\s+)?(?:elected|returned)\b)"
_PLACE = rf"\s+a\s+(?:distant|close|narrow|poor|strong)\s+(?:second|third|fourth|last){_TO_BE_ELECTED}"
# "won only 611 first preferences": a tally too small to win on, not a win (what follows decides)
_NOT_A_MERE = r"(?!\s+(?:only|just|a\s+mere)\s+[\d,]+\s+(?:votes?|first[\s-]preference))"
# ("who was herself returned in X": a reflexive pronoun before the verb, the name's own seat beside another's role)
_RETURNED = r"\s+(?:also\s+|duly\s+|comfortably\s+|herself\s+|himself\s+|themselves\s+)?(?:re-?elected|returned)"
# ("becomes the party's first member of Anyshire Council": a seat on a council named)
_BECOMES = (
    rf"\s+(?:the\s+)?(?:{WORD_CHARS1}\s+){{0,4}}?(?:new|newly[- ]elected|first|newest)\b[^.,;]{{0,40}}?"
    r"\b(?:councillor|member\s+(?:of|on)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,4}[Cc]ouncil\b)"
)
_AHEAD = r"\s+(?:\w+\s+){0,3}ahead\s+of"


# The first result verb after a name. One word boundary before both groups (a failed boundary test is the whole
# cost of most places tried), and each group's words by their first letter (see by_first_letter), in the order
# the plain alternation 'lost|loses|...|(?:was|were|...)\s+(?:defeated|...)|...' tried them.
_CHAMBER = r"(?:Senedd|Holyrood|Stormont|Commons|Parliament|Assembly|Scottish\s+Parliament|council\s+chamber)\b"
# a place on a closed party list, not in the count: "second on Labour's list", "third on the party's list"
_NOT_ON_A_LIST = r"(?!\s+on\s+(?:the\s+|its\s+|their\s+|[\w-]+['’]s?\s+)?(?:[\w-]+['’]s\s+|[\w-]+\s+)?list\b)"


def _outcome_next(join: Callable[..., str], opens: str = "") -> str:
    return (
        rf"\b{opens}(?:(?P<lose>"
        + join(
            *_each("lost|loses|losing|lose"),
            *_each("was|were|has been|have been|had been", _DEFEATED),
            "edged out",
            rf"came\s+(?:second|third|fourth|fifth|sixth|last|runner-up){_TO_BE_ELECTED}",
            *_each("came|finished|coming|finishing", _PLACE),
            rf"coming\s+(?:second|third|fourth|fifth|sixth|last){_TO_BE_ELECTED}",
            "trailing",
            "trailed",
            *_each("was|were", r"\s+voted\s+(?:out|off)"),
            # "was second on 640" (not "was second to be elected", a place in an STV count's order of election)
            # (nor "was second on Labour's list", a closed list's order)
            *_each("was|were", rf"\s+(?:second|third|fourth|fifth|sixth|last){_TO_BE_ELECTED}{_NOT_ON_A_LIST}"),
            # "was the second to be eliminated" (an STV count's order of exclusion)
            *_each(
                "was|were",
                r"\s+(?:the\s+)?(?:first|second|third|fourth|fifth|sixth|last)(?:\s+of\s+the\s+\w+|\s+\w+)?\s+(?:to\s+be"
                r"\s+)?(?:eliminated|excluded)",  # ("was the last candidate excluded")
            ),
            r"lost\s+(?:his|her|their)\s+deposit",
            # "fell short of the 5 per cent needed to keep theirs": a deposit lost with the share it needed
            *_each("fell|falls|falling", r"\s+short\s+of\s+the\s+[^.]{0,30}?\bneeded\s+to\s+(?:keep|retain|save)"),
            # "is out of the Senedd": a member not returned
            *_each("is|are|was|were", rf"\s+out\s+of\s+(?:the\s+)?{_CHAMBER}"),
            # "are out of the race" (a two-round count's first round knocking them out), "is out of the running"
            *_each("is|are|was|were", r"\s+out\s+of\s+the\s+(?:race|running|contest)"),
            # "Labour's X, an MEP for 20 years, is out.": a member not returned, the clause ending on 'out'
            *_each("is|are", r"\s+out(?=[ \t]*[.;]|[ \t]*$)"),
            r"conceded(?:\s+defeat)?",
            # "X, the mayor since 2022, congratulated her opponent": only the beaten congratulate the other side
            *_each(
                "congratulated|congratulates|congratulating",
                r"\s+(?:her|his|their)\s+(?:opponents?|rivals?|successors?|conquerors?)",
            ),
            # "excluded at stage six" (STV), "had been excluded at stage four", "are eliminated" (a count live)
            *_each("was|were|has been|have been|had been|is|are", r"\s+(?:eliminated|excluded)"),
            # ("has already been excluded", "had by then been eliminated": the count went on past them)
            *_each("has|have|had", r"\s+(?:already|by\s+then|by\s+now)\s+been\s+(?:eliminated|excluded)"),
            # "with Independent Kieran Shiels eliminated on the third count"
            *_each("eliminated|excluded", r"\s+(?:on|at|in|after)\s+(?:the\s+)?\w+\s+(?:count|stage)"),
            rf"finish(?:ed|ing|es)?\s+(?:second|third|fourth|fifth|sixth|last|as runner-up|runner-up){_TO_BE_ELECTED}",
            "runner-up",
            # "A and B were not elected", "was not re-elected": a negated win is a loss
            *_each("was|were|is|are", r"\s+not\s+(?:re-)?(?:elected|returned)"),
            "missed out",
            "missing out",  # "with the Greens' Ann Cole missing out"
            # ("fails to win Thanet South": a headline's present tense)
            *_each("failed|fails|failing", r"\s+to\s+(?:win|hold|retain|keep|take|gain|get)"),
        )
        + r"\b|(?:whose|his|her|their)\s+seat\b[^.]{0,60}?\bwent\s+to)"
        r"|(?P<win>(?:"
        + join(
            *_each("won|wins|winning|win", _NOT_A_MERE),
            *_each("was|were|is|are|has been|have been|had been", _RETURNED),
            r"returned\s+for\s+the",
            *_each("elected|re-elected|secured|secures|securing|took|takes|take|taking"),  # ("A and B take the seats")
            # ("Ruth Garside did hang on in Mill Lane", a presenter's words on air)
            *_each("held|holds|holding|hold on|hung on|clung on|did hang on|kept|keeps"),
            # ("Dave Henshaw back for a sixth term": a note's shorthand for a councillor re-elected)
            r"back\s+for\s+an?\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|further|new)\s+term",
            *_each(
                "keeping|retained|retains|retaining|triumphed|topped the poll|headed the poll|came first|finished first"
            ),
            *_each(
                "gained|gains|gaining|fought off|beat|beats|pipped|pipping|saw off|sees off|defeated|defeats|defeating"
            ),
            *_each("ousted|ousting|ousts|unseated|unseating|unseats|claimed|claims|clinched|snatched|romped|sailed"),
            *_each("was|were|is", r"\s+returned"),
            # "with A and B returned.": a bare 'returned' closing the clause (not "returned to the council"; the
            # clause ends right after it before ", but": "X returned, but his majority is down", not before a space
            # and the party it cut at: "which returned Conservatives"), or before the majority it came with
            r"returned(?=[ \t]*[.;]|$|[ \t]+with[ \t]+(?:a|an|her|his|their)[ \t]+(?:\w+[ \t]+){0,2}majority\b)",
            *_each("regained|regains|won back|held off"),
            # "has just taken Colne Valley": an adverb of time or manner between the auxiliary and its verb
            *_each("has|have|had", r"\s+(?:just\s+|now\s+|narrowly\s+|comfortably\s+)?taken"),
            *_each("was|were", r"\s+voted\s+in"),
            # "is back in the Senedd": a member returned to a parliament or an assembly
            *_each("is|are|was|were", rf"\s+back\s+in\s+(?:the\s+)?{_CHAMBER}"),
            # "Ida Crane back with 1,640", "is back with a bigger majority": a sitting member returned with the vote
            # or the majority that brought them back (a figure or a majority after it, not "back with her family")
            *_each("back|is back|was back", r"\s+with\s+(?:\d[\d,]*\b|an?\s+(?:\w+\s+)?majority)"),
            r"as\s+(?:the\s+)?winner",
            # "confirmed A, B and C as the ward's councillors": a ward's members named (the plural: "served as the
            # ward's councillor" is one past member's record)
            r"as\s+(?:the\s+)?(?:ward|division)['’]s\s+(?:new\s+)?(?:councillors|members)",
            *_each("was|were", r"\s+(?:elected\s+)?unopposed"),
            *_each("is|becomes|became", _BECOMES),
            *_each(r"edged\s+it|edged\s+home|scraped\s+home|squeaked\s+home|sneaked\s+in"),
            *_each("was|were", r"\s+declared\s+(?:the\s+)?winners?"),
            # "has now been declared the winner": a perfect tense, an adverb allowed before its "been"
            *_each("has|have", r"\s+(?:now\s+|just\s+|finally\s+)?been\s+declared\s+(?:the\s+)?winners?"),
            *_each("returned|elected", r"\s+(?:unopposed|uncontested|without\s+a\s+contest)"),
            r"joined\s+(?:him|her|them)\s+(?:at\s+(?:stage|the)\b|on\s+the\s+\w+\s+(?:count|stage)|in\s+(?:being\s+)?"
            r"(?:elected|winning))",
            # "B followed on the second count", "C followed at stage four": the next elected in an STV count
            r"followed\s+(?:(?:on|at|in)\s+the\s+\w+\s+(?:count|stage|round)|at\s+stage\s+\w+)",
            *_each("finished|came|was|were", _AHEAD),
            # "will take up her seat", "is expected to take his seat in the Commons": only a winner takes one
            *_each(
                r"will|is\s+expected\s+to|is\s+due\s+to|are\s+expected\s+to|are\s+due\s+to",
                r"\s+take\s+(?:up\s+)?(?:his|her|their)\s+seats?",
            ),
            # "will be sworn in as mayor on Monday", "is expected to be sworn in again as leader": only a winner is
            # (a future or expected swearing-in: a past one may be an earlier term's)
            *_each(
                r"will|is\s+expected\s+to|is\s+due\s+to|is\s+set\s+to|are\s+expected\s+to|are\s+due\s+to",
                r"\s+be\s+sworn\s+in",
            ),
            # "used her acceptance speech to thank ...": only a winner makes one
            *_each("used|gave|made|delivered", r"\s+(?:his|her|their|an?)\s+(?:acceptance|victory)\s+speech"),
            # "A and B make up the six", "C completes the line-up": the last of an area's members elected
            *_each(
                "make up|makes up|made up|complete|completes|completed",
                r"\s+the\s+(?:two|three|four|five|six|seven|line-up|numbers|rest)\b",
            ),
            # "passed the quota at stage three": in an STV count, reaching the quota elects
            *_each("passed|passes|reached|reaches|exceeded|exceeds|crossed|surpassed", r"\s+the\s+quota"),
            # "replaces her party colleague, who moved away": a by-election's winner taking a seat the party held
            *_each("replaces|replaced|succeeds|succeeded", r"\s+(?:her|his|their)\s+(?:party\s+)?colleague"),
        )
        + rf"|[\d,]+\s+(?:votes\s+)?more\s+than\s+(?:the\s+)?(?:{PARTY_ALT}|(?:his|her|their)\s+nearest\s+rival"
        r"|the\s+runner-up))\b))"
    )


def _opening_letters(build: Callable[[Callable[..., str]], str], also: str) -> str:
    """The letters the words `build` joins open on, and those of `also`."""
    letters = set(also)

    def note(*alts: str) -> str:
        letters.update(alt[0] for alt in alts)
        return ""

    build(note)
    return "".join(sorted(letters))


# "X's majority fell to 611" (not "X's majority was overturned"): the name's own majority, so the name won
OWN_MAJORITY_NEXT_RE = Lazy(
    r"['’]s\s+majority\b(?![^.;]{0,40}?\b(?:overturned|wiped\s+out|overcome|lost|gone|disappeared)\b)"
)
# "Her surplus took her running mate X over the line", "transfers carried X across the line": carried to a seat
OVER_THE_LINE_NEXT_RE = Lazy(r"\s+(?:over|across)\s+the\s+(?:line|quota)\b")
# A runner-up's place given with no verb of losing, read when no result verb follows the name: "was 87 behind",
# "just 42 votes behind" (not "61 behind at the first stage" of a count still going on), "was a distant third", "was
# the closest challenger"
RUNNER_UP_NEXT_RE = Gated(
    r"\b\d[\d,]*\s+(?:votes?\s+)?(?:behind|short)\b(?!\s+(?:at|after|on|in)\b)"
    rf"|\b(?:was|were)\s+a\s+(?:distant|close|narrow|poor|strong)\s+(?:second|third|fourth|last){_TO_BE_ELECTED}"
    # "came within 45 votes of taking the seat"
    r"|\b(?:came|finished|was|were)\s+(?:just\s+|only\s+)?within\s+\d[\d,]*\s+votes?\s+of\b"
    # "was the closest challenger with 1,402", "was the nearest rival"
    r"|\b(?:was|were)\s+the\s+(?:closest|nearest)\s+(?:challengers?|rivals?|contenders?)\b",
    ("behind", "distant", "close", "narrow", "poor", "strong", "short", "within", "closest", "nearest"),
)


# The same pattern, its boundary followed by a guard on the next character (a joined word's letter; whose / his /
# her / their; a figure's digit or comma): at a word's end the search fails on one test, not in both groups.
OUTCOME_NEXT_RE = re.compile(_outcome_next(by_first_letter, rf"(?=[{_opening_letters(_outcome_next, 'whot')}\d,])"))
# A party after the name that is the subject of its own clause ("Starmer hails ... as Labour wins") ends the
# name's clause; one after "for / to / from / by" ("triumphed for the Tories") does not, nor one a place in the count
# is measured by ("came in behind the Greens with 1,150", "came between them and the Greens").
# (or the second of two such parties: "drew transfers from the Greens and Lib Dems and beat ...")
PARTY_OBJECT_BEFORE_RE = re.compile(
    r"\b(?:(?:for|to|from|by|against|of|over|than|with|behind|below|above)\s+(?:the\s+)?|as\s+an?\s+)$"
    r"|\bbetween\s+(?:them|the\s+two|[A-Z][\w'’-]*)\s+and\s+(?:the\s+)?$"
    rf"|\b(?:for|to|from|by|against|of|over|than|with)\s+(?:the\s+)?{PARTY_ALT}\s+(?:and|or)\s+(?:the\s+)?$"
)
# "lost his case at a tribunal", "won a Bafta", "gained planning permission": an outcome verb whose object is no seat
NON_SEAT_OBJECT_RE = Gated(
    r"\s+(?:(?:his|her|their|its|the|an?)\s+)?(?:[\w-]+\s+){0,2}(?:case|appeal|tribunal|job|award|awards|prize|trophy"
    r"|medal|cup|contract|lottery|jackpot|permission|licence|bet|toss|Bafta|Oscar|Grammy"
    # "Boris Johnson has won a big Commons majority": a party leader's majority in a parliament, not a seat's
    r"|(?:Commons|overall|parliamentary|working)\s+majority)\b(?!\s+(?:seat|place|count))",
    (
        *("case", "appeal", "tribunal", "job", "award", "prize", "trophy", "medal", "cup", "contract"),
        *("lottery", "jackpot", "permission", "licence", "bet", "toss", "Bafta", "Oscar", "Grammy", "majority"),
    ),
)
# "pleased with gains", "concerned about losing": a result word used as a noun, not the name's verb.
NOUN_USE_BEFORE_RE = re.compile(
    r"\b(?:with|of|about|on|over|at|from|despite|by|the|a|its|their|his|her|mayoral|council|election|local)\s+$"
    r"|\b(?:hails?|hailed|welcomes?|welcomed|celebrates?|celebrated|praises?|praised)\s+(?:(?:[\w'-]+(?:’[\w'-]*)*|(?:’[\w'-]*)+)\s+)?$"
)
PARTY_AS_ADJECTIVE_RE = re.compile(
    r"\s+(?:councillors?|candidates?|MPs?|group|leader|voters?|supporters?|gain|hold|seats?|members?|majority)\b"
)
# (a hope or a chance before the verb: "hoping to hold", "thinks they can take a seat": no outcome yet)
PENDING_BEFORE_RE = re.compile(
    r"\b(?:trying|tries|try|hoping|hopes|hope|bid|bidding|aims?|aiming|seeking|seeks|wants?|fighting|expected|tipped"
    r"|set|likely|can|could|would|will|may|might|standing)\s+(?:to\s+)?(?:\w+\s+)?$"
)
# "appeared to have won on the first count": an outcome as it looked, which a recount may undo (the rest of the post
# decides)
SEEMING_BEFORE_RE = re.compile(r"\b(?:appeared|appears|seemed|seems)\s+to\s+(?:have\s+)?$")
# the name's clause going on to such an outcome: a candidate, whatever the count decides ("X appeared to have won")
SEEMING_WIN_NEXT_RE = Lazy(
    r"[^.;]{0,40}?\b(?:appeared|appears|seemed|seems)\s+to\s+(?:have\s+)?(?:won|win|held|hold|taken|take|gained)\b"
)
# "who was not standing again", "who stood down": named, but not a candidate in this count.
NOT_STANDING_RE = Gated(
    (
        r"\b(?:not|isn['’]t|wasn['’]t)\s+(?:standing|up\s+for\s+(?:re-?)?election|seeking\s+re-?election|contesting)"
        # ("retired", not "a retired nurse" or "a 61-year-old retired nurse": what the name was before, not a seat
        # given up; but "a retired councillor")
        r"|\b(?:stood|standing|stepped|stepping|step)\s+down\b|\bretiring\b"
        r"|(?<!\ba )(?<!\bA )(?<!-year-old )\bretired\b"
        r"|\b[Aa](?:\s+[\w-]+-year-old)? retired\s+(?:councillor|member|MP)\b"
        r"|\b(?:withdr(?:ew|awn)|pulled\s+out)\b(?!\s+(?:his|her|their)\s+(?:support|appeal|complaint|claim))"
    ),
    ("not", "n't", "n’t", "down", "retir", "withdr", "pulled"),
)
# who a person leading in a count leads: "leads Labour's B", "leads the Reform candidate B" (not "leads the party"),
# the words up to the next name
_COUNT_ROLE = r"(?:candidate|councillor|Cllr|member|Assembly\s+member|MP|incumbent|challenger|rival|nominee)"
LEADS_A_PERSON_NEXT_RE = Lazy(
    rf"^[\s,]*(?:(?:is|was)\s+(?:narrowly\s+|still\s+)?)?(?:leads|leading)\s+(?:the\s+)?"
    rf"(?:(?:{PARTY_ALT})['’]s?\s+|(?:(?:{PARTY_ALT})\s+)?{_COUNT_ROLE}\s+)(?:{_COUNT_ROLE}\s+)?$"
)
STANDING_NEXT_RE = Gated(
    (
        # (after an aside: "X, an independent, is defending his seat")
        r"^[\s,]*(?:(?:an?|the)\s+[^,.;:()\n]{1,40},\s*)?(?:is|was|are)\s+(?:standing|defending|contesting)\b"
        r"|^[\s,]*(?:stands|defends)\b"
        r"|^[\s,]*(?:(?:who\s+)?(?:is|was)\s+)?seeking\s+(?:a\s+(?:second|third|fourth|fifth|new)\s+term|re-?election)\b"
        r"|\b(?:finished|were|ended)\s+(?:just\s+|only\s+)?\w+\s+votes?\s+apart\b|\bwere\s+separated\s+by\b"
        # a count's standing told as it is reported: "are thought to be a handful of votes apart"
        r"|\b(?:are|were)\s+(?:thought|said|understood|believed|reported)\s+to\s+be\s+(?:just\s+|only\s+)?"
        r"(?:a\s+handful\s+of|a\s+few|[\w,]+)\s+votes?\s+apart\b"
        # a count still going, one side ahead: "A leads B by 312 votes", "A is leading by a few hundred votes"
        r"|^[\s,]*(?:(?:is|was)\s+(?:narrowly\s+|still\s+)?)?(?:leads|leading)\b[^.;:]{0,60}?\bby\s+"
        r"(?:just\s+|only\s+|about\s+|around\s+)?(?:a\s+few\s+)?[\w,]+\s+votes?\b"
        # a count's standing with no verb of its own: "the first count put A just four votes ahead of B"
        r"|^[\s,]*(?:just\s+|only\s+)?[\w,]+\s+votes?\s+(?:ahead|behind)\b"
        # a headline's "A and B separated by four votes" (no verb)
        r"|\b(?:are\s+)?separated\s+by\s+(?:just\s+|only\s+|(?:fewer|less)\s+than\s+)?[\w,]+\s+votes?\b"
        r"|\b(?:finished|were|ended|ended\s+up|came\s+out)\s+(?:dead\s+)?(?:level|tied|all\s+square)\b"
        r"|\btied\s+(?:on|with|for)\b"
        # a count still going: "are neck and neck", "is too close to call"
        r"|\b(?:are|were|is|was)\s+(?:still\s+)?(?:neck\s+and\s+neck|level[\s-]pegging|too\s+close\s+to\s+call)\b"
        # "among those still in the running", "remains in contention": a count still going, the name a candidate
        r"|\bamong\s+(?:those|the\s+candidates|the\s+\w+)\s+(?:still\s+)?in\s+(?:the\s+running|contention|the\s+race)\b"
        r"|^[\s,]*(?:is|are|was|were|remains?|remained)\s+(?:still\s+)?in\s+(?:the\s+running|contention)\b"
        # a count's place foreseen: "is heading for third place", "looks set to finish fourth"
        r"|^[\s,]*(?:is|are|looks?)\s+(?:heading|headed|set|on\s+course)\s+(?:for|to\s+(?:finish|come))\s+"
        r"(?:an?\s+|the\s+)?(?:distant\s+|close\s+|poor\s+)?(?:second|third|fourth|fifth|sixth|last)\b"
        # standing again after another verb of its subject: "resigned to seek a fresh mandate and is standing again"
        r"|\band\s+(?:is|was)\s+(?:standing|contesting\s+the\s+seat)\s+(?:again|once\s+more)\b"
        # a close count challenged: "have both asked to see the disputed ballot papers", "has asked for a recount"
        r"|^[\s,]*(?:has|have)\s+(?:both\s+|each\s+)?(?:asked|called)\s+(?:for\s+a\s+recount\b|to\s+see\s+(?:the\s+)?"
        r"(?:disputed\s+|doubtful\s+|spoilt\s+)?(?:ballot\s+papers|ballots|bundles)\b)"
    ),
    ("standing", "defending", "contesting", "stands", "defends", "apart", "separated", "neck", "pegging", "to call")
    + ("heading for", "headed for", "set for", "set to", "course for", "course to")
    + ("the running", "contention", "the race", "asked", "called", "again", "once more")
    + (
        "ahead",
        "behind",
        "seeking",
        "tied",
        "square",
        "finished level",
        "finished dead level",
        "were level",
        "were dead level",
    )
    + ("ended level", "ended up level", "came out level", "leads", "leading"),
)
# Where a name's own clause ends. Every branch opens on a literal or a class, which sre rules out by one test
# of the next character, but the word branch (one boundary for all its words): a quote or a colon; a quote
# opening after a space; ', but' / ' and' before a new subject; said / because / after ... (a branch per letter)
_CUT_CONJ = r"(?:but|and|while)\s+(?=(?:the|he|she|they|it|a|an|his|her|their)\b)"
# ", where the party won 12 seats": a place's clause with a subject of its own (not "where she won")
_CUT_WHERE = r"where\s+(?=(?:the|they|it|its|their)\b)"
NEXT_CUT_RE = Gated(
    (
        rf"[“\"”:;]|['‘](?<=\s['‘])|,\s+{_CUT_CONJ}|\s\s*{_CUT_CONJ}|,\s+{_CUT_WHERE}|\b(?:"
        + by_first_letter(*_each("said|says|told|tells|added|adds|saying|because|although|though|while|whilst|when"))
        + r"\b|after\b(?!\s+(?:securing|winning|polling|receiving|taking|gaining|getting|topping|a\s+recount"
        r"|recounts?|two|three|several|(?:he|she|they)\s+(?:was|were|had))))"
    ),
    (
        "but",
        "and",
        "while",
        "said",
        "says",
        "told",
        "tells",
        "added",
        "adds",
        "saying",
        "because",
        "though",
        "whilst",
        "when",
        "“",
        '"',
        "”",
        ":",
        ";",
        "'",
        "‘",
        "after",
        "where",
    ),
)
# "came second and was also elected", "finished third, taking the ward's last seat": a place in a multi-member ward's
# count that still won a seat (matched after the place)
PLACED_BUT_ELECTED_RE = Gated(
    r"[^.;:]{0,50}?(?:\band\s+(?:was|were)\s+(?:also\s+|still\s+)?(?:elected|returned)\b"
    r"|\b(?:taking|to\s+take|took|securing|to\s+secure|claiming|to\s+claim|winning|won)\s+(?:the\s+|a\s+)?"
    r"(?:ward['’]s\s+|division['’]s\s+)?(?:other|second|third|fourth|last|final|remaining)\s+seat\b)",
    ("elected", "returned", "seat"),
)
# "X second on 1,302", "with Y third": a place in the count, right after the name (or after its party's bracket, the
# place in figures: "Cllr Bob Hale (Con) 2nd", a note's shorthand).
LOSE_HEAD_RE = re.compile(
    r"^\s*,?\s*(?:was\s+|were\s+|is\s+|in\s+|placed\s+|a\s+(?:distant|close|narrow)\s+)?(?:second|third|fourth|fifth"
    rf"|sixth|last|runner-up)\b{_TO_BE_ELECTED}|^\s*,\s*(?:the\s+)?(?:beaten|defeated|ousted|unseated)\b"
    r"|^\s*\([^()\n]{1,30}\)\s*(?:2nd|3rd|[4-9]th)\b"
    r"|^\s*,\s*the\s+(?:losing|unsuccessful)\b"
)
CANDIDATE_NEXT_RE = Lazy(
    rf"^\s*,\s*(?:the|a|an)\s+(?:(?:[\w'-]+(?:’[\w'-]*)*|(?:’[\w'-]*)+)\s+){{0,2}}?(?:{PARTY_ALT})\s+candidate\b"
)
# A person's age right after the name, between commas: "Ellie Brannigan, 18, the Scottish Greens' candidate"
_AGE = r"(?:\s*,\s*\d\d(?=\s*,))?"
# Between the name and a party named after it: "(Con)", ", the Labour group leader", " of the Lincolnshire
# Independents", " was the Labour group leader" (", also an independent": the party of one named before), ", is the
# first Labour cabinet casualty", " was the best-placed Conservative" (the close of an apposition, an order or a rank
# among the party's candidates before the party).
PARTY_NEXT_GAP_RE = re.compile(
    rf"^{_AGE}\s*(?:\(\s*(?:(?:all|both)\s+)?|,\s*(?:also\s+)?(?:(?!former\b|ex-)(?:{ROLE_ALT})\s+){{0,2}}|\s+(?:of|for|from)\s+the\s+|\s+of\s+"
    r"|,?\s+(?:was|is)\s+(?:the|a|an)\s+"
    r"(?:(?:first|second|third|latest|last|only|biggest|most\s+senior|(?:best|highest)[- ]placed)\s+)?"
    r"|,\s*who\s+(?:stood|was standing|is standing|ran)\s+for\s+(?:the\s+)?"
    r"|,\s*(?:the\s+)?(?:deputy\s+)?leader\s+of\s+the\s+"
    r"|,\s*(?:standing\s+)?for\s+(?:the\s+)?|,\s*standing\s+as\s+(?:an?\s+|the\s+)?|,\s*(?:all|both)\s+"
    r"|,\s*the\s+(?:beaten|defeated|ousted|unseated|losing|unsuccessful|successful|winning|victorious)\s+)$"
)
# "A, B and C (all Reform UK)", "A and B (both Labour)": the bracket's party is every joined name's; so is an
# apposition's, "A, B and C, all independents, were returned" (its party one `Doc.parties` reads: see shares_party)
# ("A, B and C (all Kelby First)": a local group's name shared so too)
SHARED_PARTY_NEXT_RE = Lazy(rf"\s*\(\s*(?:all|both)\s+(?:{PARTY_ALT}|{LOCAL_GROUP})\s*\)")
SHARED_APPOSITION_NEXT_RE = re.compile(r",\s*(?:all|both)\s+")
# "X, who heads the Green list", "X, top of the Reform UK list": a party's first candidate on a closed list
HEADS_LIST_NEXT_RE = Lazy(
    r",\s+(?:who\s+(?:heads|headed|tops|topped|leads|led)|(?:at\s+the\s+)?(?:top|head)\s+of)\s+(?:the\s+)?"
    rf"(?P<party>{PARTY_ALT})(?:['’]s?)?\s+(?:(?:regional|party|assembly|top-up|[\w-]+-wide)\s+)?list\b"
)
# ", a former Conservative," : an apposition about the name, not a new clause.
APPOSITION_GAP_RE = re.compile(rf"^{_AGE}\s*,\s*(?:(?:{ROLE_ALT})\s+){{0,3}}$")
# ("Ann Cole (Lab to Green)": a defector's or a seat's move, the party it went to)
ABBR_NEXT_RE = Lazy(rf"^\s*\(\s*(?:(?:{LIST_PARTY_ALT})\s+to\s+)?(?P<abbr>{LIST_PARTY_ALT})\s*\)")
# "Con's Jill Brown": a results table's short party name, possessive, right before the name (not the ones that are
# also other words' short forms: PC, GP, a bare C or L)
ABBR_POSSESSIVE_BEFORE_RE = Lazy(r"(?<![\w-])(?P<abbr>Con|Lab|LD|Grn|Ref|Ind|CON|LAB|GRN|REF|IND)['’]s\s$")
# (or a possessive opening the next person's own label: "A and B, Plaid's C": Plaid is C's party, not B's)
NOT_OWN_PARTY_AFTER_RE = Lazy(r"^\s*(?:MP|leader\s+Sir)\b|^['’]s?\s+[A-Z][a-z]")
FOR_PARTY_NEXT_RE = Gated(rf"\bfor\s+(?:the\s+)?(?P<party>{PARTY_ALT})\b", ("for",))
# the role of a seat's holder, lower case, standing for the name after it: "the (long-serving) independent"
_HOLDER_ROLE = r"(?:(?:long-serving|sitting|veteran|outgoing)\s+)?(?P<role>independent|incumbent|councillor)"
# "X has taken Richmond Park (back) from Zac Goldsmith": a seat taken from the name, who lost it (its party's
# possessive or adjective may stand between: "from Labour's Jo Bell", "from the Conservative Jo Bell"; or the holder's
# role, with what it did before and the name in apposition: "from the independent who had held it since 2008, Jo Bell")
TAKEN_FROM_PREV_RE = Lazy(
    r"\b(?:took|taken|takes|taking|won|wins|winning|gained|gains|gaining|seized|snatched|captured)\s+"
    rf"(?:[A-Z][\w'’-]*\s+(?:(?:and|upon|on|of|the)\s+)?){{1,6}}(?:back\s+)?from\s+(?:the\s+)?"
    rf"(?:(?:{PARTY_ALT})(?:['’]s)?\s+|{_HOLDER_ROLE}(?:\s+(?:who|that)\s+[^,.;:]{{1,60}}?)?(?:,\s+|\s+))?$"
)
# "... from Zac Goldsmith for the Liberal Democrats": the winner's party after the name the seat was taken from
FOR_PARTY_AFTER_NAME_RE = Lazy(rf"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){{0,3}}\s+for\s+(?:the\s+)?(?P<party>{PARTY_ALT})\b")
# "Dean Harrop, the new Reform UK MP for Boston and Skegness, said ...": a member just elected, named in apposition
NEW_MEMBER_NEXT_RE = Lazy(
    rf"^,\s+the\s+(?:new|newly[\s-]elected)\s+(?:(?P<party>{PARTY_ALT})\s+)?(?:MP|MSP|MS|MLA|councillor)\s+for\s+[A-Z]"
)
# "re-elected as Labour MP for Bury South", "elected as a Conservative councillor": the party a name was elected
# for (not one of a past election: "elected as a Labour councillor in 2010")
ELECTED_AS_PARTY_NEXT_RE = Gated(
    rf"\belected\s+as\s+(?:an?\s+|the\s+)?(?P<party>{PARTY_ALT})\s+(?:MP|councillor|member|mayor)\b"
    r"(?!\s+(?:in|at|since)\s+(?:19|20)\d\d)",
    ("elected as",),
)
# "won Castle as an independent"
AS_INDEPENDENT_NEXT_RE = Gated(r"\bas\s+an\s+[Ii]ndependent\b", ("as an",))
# "X, who stood as an independent, ...", "X (standing as an independent)": the label stood under, won or lost; a
# list's last name before the plural, "A, B and C, who stood as independents", is one of them, its votes in a
# bracket or not ("A (301) and B (255), also standing as independents, missed out")
_VOTES_BRACKET = r"(?:[ \t]*\([ \t]*\d[\d,]*(?:[ \t]+votes)?[ \t]*\))?"
STOOD_AS_INDEPENDENT_NEXT_RE = Gated(
    rf"^{_VOTES_BRACKET}[\s,(]*(?:who\s+)?(?:also\s+)?"
    r"(?:(?:had\s+)?stood|was\s+standing|standing|ran|running|(?:all|both)\s+stood|were\s+standing)"
    r"\s+as\s+(?:an\s+[Ii]ndependent\b|[Ii]ndependents\b)",
    ("as an", "as independents", "as Independents"),
)
# ", who stood as independents", ", both standing as independents": the plural label of every name in the list before
SHARED_STOOD_NEXT_RE = Lazy(
    rf"{_VOTES_BRACKET},\s*(?:who\s+)?(?:(?:all|both|also)\s+)?"
    r"(?:stood|were\s+standing|standing|ran|running)\s+as\s+[Ii]ndependents\b"
)
# "X, who stood as the Conservative candidate in Y, ...": the party on the ballot paper (not "had stood as", a past
# election's)
STOOD_AS_PARTY_NEXT_RE = Gated(
    rf"^[\s,(]*(?:who\s+)?(?:stood|was\s+standing|standing|ran|running)\s+as\s+(?:the|a|an)\s+(?P<party>{PARTY_ALT})"
    r"\s+candidate\b",
    ("candidate",),
)
# "former Labour councillor Amy Hobbs": the party before the name is one the person has left
FORMER_PARTY_BEFORE_RE = Lazy(rf"\b(?:[Ff]ormer|[Ee]x-|[Oo]ne-time)\s*(?:{PARTY_ALT})\b[^.,;:]{{0,30}}$")


# "finishing 12,405 votes ahead of Labour": a margin, not the name's votes
_MARGIN_WORD = r"\s+(?:ahead|behind|clear|short|adrift)\b"
_MARGIN_AFTER = rf"\s+votes?{_MARGIN_WORD}"


# The votes after a name. Searched over a clause: the verbs by their first letter (see by_first_letter), in the
# order the plain alternation 'with|received|...' tried them.
# "X of the Green Party (455)", "X for the Conservatives (402)": the party (or a local group) written out after the
# name, before its bracketed figure
_OF_THE_BODY = r"(?:\s+(?:of|for)\s+the\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})?"


def _votes_next(join: Callable[..., str], figure: str = "") -> str:
    return (
        rf"^(?:['’]s?\s+|{_OF_THE_BODY}\s*\()(?P<n3>{DIGITS})\b(?![\d,]*(?:\.\d|\s*(?:%|per\s?cent|seats?\b|members?\b|councillors?\b|(?:years?|months?|weeks?|days?)\b)))|"
        r"(?:\b"
        + join(
            *_each("with|received|receiving|polled|polling|got|getting|secured|securing|earned|earning|had|on"),
            *_each("garnered|gaining|took|taking|won|winning|scored|attracted|collected|managed|mustered"),
        )
        + r"\s+(?:(?:just|only|some)\s+)?"
        rf"(?P<n1>{DIGITS})(?![\d,]*(?:\.\d|\s*(?:%|per\s?cent|seats?\b|years?\b|councillors?\b|wards?\b|{MONTHS})|-\w"
        rf"|{_MARGIN_AFTER}))"
        # (not the decimals of a running total after transfers: "7,122.5 votes")
        rf"|(?<![\d,])(?<!\d\.){figure}(?P<n2>{DIGITS})\s+votes?\b(?!{_MARGIN_WORD}))"
    )


# (the bare figure's branch, tried at every place of a clause, guarded by its first digit: one test, not a group
# and an atomic group set up where no digit is next)
VOTES_NEXT_RE = re.compile(_votes_next(by_first_letter, r"(?=\d)"))
# "won with fifty-eight votes", "with Ann Yates on thirty-four.": a figure in words (a local paper's small count),
# read by number_value; without 'votes' only as the whole clause after the name ('on thirty-four.').
WORD_VOTES_NEXT_RE = Lazy(
    r"\b(?:with|received|receiving|polled|polling|got|getting|secured|securing|on|won|winning|took|taking)\s+"
    rf"(?:(?:just|only|some)\s+)?(?P<n>{NUM_WORDS}|[a-z]+(?:-[a-z]+)?)\s+votes\b"
)
WORD_ON_NEXT_RE = Lazy(rf"\s+on\s+(?P<n>{NUM_WORDS}|[a-z]+(?:-[a-z]+)?)(?=\s*(?:[.;]|$))")
# "She polled four hundred and two votes to Jo Bloggs's three hundred and ninety.": the rival's figure in words after
# the possessive, closing the clause (not "Jo Bloggs's three children")
WORD_OWN_NEXT_RE = Lazy(rf"['’]s\s+(?P<n>{NUM_WORDS})(?=\s*(?:[.;]|$))")
# "compared with 32,000 for Mr Briggs-Hale": the figure comes before the name.
# "... against 611 for the Conservative candidate, Chris Hale": the figure before 'for' and the name's role ("866
# for Reform UK's Terry Oakes", "611 for the Conservative, Chris Hale": the party a noun before the name)
VOTES_PREV_RE = Gated(
    rf"(?P<n>{DIGITS})\s+(?:votes?\s+)?for\s+(?:the\s+)?(?:(?:{PARTY_ALT})(?:['’]s?|,)?\s+)?"
    r"(?:(?:candidate|challenger|incumbent)\s*,?\s+)?"
    rf"(?:{TITLE_ALT}\s+)?$",
    ("for",),
)
# "X took 1,204 votes to the 1,150 of Labour's Y" (", of the Labour candidate, Y", "of the Conservative, Y", "of
# the sitting MP, Y"): the figure of the name after, the rival's
VOTES_OF_PREV_RE = Gated(
    rf"\bto\s+the\s+(?P<n>{DIGITS})\s+(?:votes?\s+)?of\s+(?:the\s+)?(?:(?:{PARTY_ALT})(?:['’]s?|,)?\s+)?"
    r"(?:(?:(?:sitting|outgoing|defending|former)\s+)?(?:candidate|challenger|incumbent|MP|MSP|MS|councillor"
    r"|mayor|commissioner)\s*,?\s+)?"
    rf"(?:{TITLE_ALT}\s+)?$",
    ("to the",),
)
# "Derek Hall got 604 and Green Party candidate Ruth Feeney 219": the verb of the name before, left out (gapped)
# before this name's figure. GAPPED_NEXT_RE: the bare figure right after the name, then the clause's end.
GAPPED_NEXT_RE = Lazy(  # (the name's party may stand between: "and Jo Ames (Con) 1,851", "and Jo Ames of Labour 1,851")
    rf"(?:\s*\(\s*(?:{LIST_PARTY_ALT})\s*\)|\s+of\s+(?:the\s+)?(?:{PARTY_ALT}))?"
    # (or the comma closing an apposition, before a figure that ends the clause: "and the Tory, Jo Ames, 1,851.")
    rf"(?:,(?=\s+{DIGITS}\s*(?:[.;]|$)))?"
    rf"\s+(?P<n>{DIGITS})(?![\d,]*(?:\.\d|\s*(?:%|per\s?cent|seats?\b|years?\b)))(?=\s*(?:[.,;:)–—]|$|and\b|with\b"
    r"|(?:on|at|in|after)\s+the\s+(?:first|second|third|final|last)\s+(?:count|stage|round)\b))"
)
# "A has 38.9% of the vote and the Conservatives' B 30.2%": the second name's share, its verb gapped (NEXT: the bare
# share after the name, then the clause's end; PREV: the first's share, then 'and' or a comma, a party before the name)
GAPPED_SHARE_NEXT_RE = Lazy(r"\s+(?P<pct>\d{1,2}(?:\.\d+)?)\s*(?:%|per\s?cent)(?=\s*(?:[.,;]|$|and\b))")
GAPPED_SHARE_PREV_RE = Lazy(
    r"(?:%|per\s?cent)(?:\s+of\s+the\s+(?:[\w-]+\s+){0,2}?votes?)?\s*(?:,\s*|,?\s+and\s+)(?:the\s+)?"
    rf"(?:(?:{PARTY_ALT})(?:['’]s?)?\s+)?(?:(?:candidate|councillor)\s+)?$"
)
# "A was elected at stage four and the SNP's B at stage six": the second name shares the first's win, its stage
# given after it (the verb gapped). PREV: the first's win and its stage, then 'and' (a party, a title) before the name.
_STAGE = (
    r"(?:(?:stage|round)\s+(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
    r"|(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|final|last)\s+(?:stage|round|count))"
)
# "A is standing in Oakley and B in Vale": a second candidate the standing verb, left out, names with a place
GAPPED_PLACE_NEXT_RE = Lazy(r"\s+in\s+(?:the\s+)?[A-Z][^.;:\n]{0,40}?(?=\s*(?:[.;]|$))")
GAPPED_STANDING_PREV_RE = Lazy(
    r"\b(?:is|are|was|were)\s+(?:standing|running|defending)\s+in\s+(?:the\s+)?[A-Z][^.;:,\n]{0,40}?"
    rf"\s+and\s+(?:the\s+)?(?:(?:{PARTY_ALT})(?:['’]s?)?\s+)?(?:{TITLE_ALT}\s+)?$"
)
GAPPED_STAGE_NEXT_RE = Lazy(rf"\s+at\s+(?:the\s+)?{_STAGE}(?=\s*(?:[.,;]|$))")
GAPPED_STAGE_PREV_RE = Lazy(
    rf"\b(?:elected|returned)\s+at\s+(?:the\s+)?{_STAGE}"
    rf"\s*,?\s+and\s+(?:the\s+)?(?:(?:{PARTY_ALT})(?:['’]s?)?\s+)?(?:{TITLE_ALT}\s+)?$"
)
GAPPED_PREV_RE = Lazy(
    rf"{DIGITS}(?:\s+votes?|\s+first[- ]preferences?(?:\s+votes)?)?\s*(?:,\s*|,?\s+and\s+)(?:the\s+)?"
    # ("... and the Conservatives' Ann Roe 6,841": a plural's possessive; "and independent Ann Roe 764": the label
    # in lower case)
    rf"(?:(?:{PARTY_ALT}|independent)(?:['’]s?)?\s+)?"
    rf"(?:(?:candidate|councillor)\s+)?(?:{TITLE_ALT}\.?\s+)?$"
    # ("... and the Conservative, Ann Roe, 97": the name in apposition to its party)
    rf"|{DIGITS}(?:\s+votes?)?,?\s+and\s+the\s+(?:{PARTY_ALT})(?:\s+(?:candidate|councillor))?\s*,\s*$"
)
# "Kevin Shaw and Lyn Dowell were both elected, with 1,544 and 1,502 votes respectively"
RESPECTIVELY_RE = Gated(
    (
        rf"\b(?:with|on|polling|having|received|receiving|polled|got)\s+(?P<a>{DIGITS})"
        # (three names or more, a count each: "A, B and C were elected with 1,911, 1,804 and 1,650 votes")
        rf"(?P<more>(?:,\s+{DIGITS})*),?\s+and\s+(?P<b>{DIGITS})"
        # (two names and two counts are in the names' order without the word: "A and B were elected, with 1,176 and
        # 1,043 first preferences", "A and B polled 1,203 and 1,119.")
        r"(?:(?:\s+votes?)?,?\s+respectively\b|\s+(?:votes|first[- ]preferences?(?:\s+votes)?)\b"
        r"|(?=[ \t]*[.;](?:\s|$)))"
    ),
    (
        *("respectively", "votes", "preference"),
        *("with", "on", "polling", "having", "received", "receiving", "polled", "got"),
    ),
)
# "A and B tied on 612 votes each", "A and B each finished on 412 votes"
# (or the figure alone after 'on': "are inseparable in Brook, on 703 votes apiece")
EACH_VOTES_RE = Gated(
    rf"\b(?:(?:(?:tied|level|finished|ended)\s+(?:on|with)|have|had|polled|got|received|on)\s+(?P<n>{DIGITS})\s+votes?"
    r"\s+(?:each|apiece)\b"
    rf"|each\s+(?:finished|ended|polled|received|got)\s+(?:on\s+|with\s+)?(?P<n2>{DIGITS})\s+votes?\b)",
    ("each", "apiece"),
)
# A tie settled by lot, right after the winner's name: "Ms Rowe's name was drawn", "'s name came out of the hat"
NAME_DRAWN_NEXT_RE = Lazy(
    r"['’]s\s+name\s+(?:was\s+(?:drawn|picked|pulled)(?:\s+(?:out|first|from)\b|(?=\s*[.,;]|\s*$))|came\s+out\b)"
)
# A tie settled by a coin, right after the winner's name: "called tails, and the coin came down in his favour"
CALLED_COIN_NEXT_RE = Lazy(
    r"\s+called\s+(?:heads|tails)\b[^.;]{0,50}?(?:\bin\s+(?:his|her|their)\s+favour|\b(?:fell|went)\s+(?:his|her|their)\s+way)"
)
# "The two candidates tied on 1,017 votes": the figure a tied pair shares (TIE_RE: a sentence about the tie)
TIED_ON_RE = Gated(rf"\b(?:tied|level|finished\s+level)\s+(?:on|with)\s+(?P<n>{DIGITS})\s+votes?\b", ("tied", "level"))
# "a recount left the Conservative and Labour candidates level on 812 votes each": the two parties whose candidates
# tied, and the figure
PARTIES_TIED_RE = Gated(
    rf"\bthe\s+(?P<a>{PARTY_ALT})\s+and\s+(?P<b>{PARTY_ALT})\s+candidates\s+(?:were\s+|finished\s+|ended\s+)?"
    rf"(?:tied|level)\s+(?:on|with)\s+(?P<n>{DIGITS})\b",
    ("candidates",),
)
# (or the lot that settled it: "won the draw", "drawing lots")
TIE_RE = Lazy(r"\b(?:tied|level|all\s+square|a\s+tie|the\s+draw|lots)\b")
# "won by 2,114 votes to Mr Reed's 1,876": the winner's clause ends where the rival's name opens, its figure the
# winner's own (the rival's read after the name)
VOTES_TO_RIVAL_END_RE = Gated(
    rf"\b(?:by|winning|won|polling|polled|taking|took)\s+(?P<a>{DIGITS})\s+votes?\s+to\s+(?:(?:{TITLE_ALT})\.?\s+)?$",
    ("to",),
)
# "won by 96,104 votes to 89,077": the two final totals, not a majority
FINAL_TOTALS_RE = Gated(
    (
        # (the 'votes' may be left out before the other's possessive: "polled 412 to his 395")
        rf"\b(?:by|winning|won|polling|polled|taking|took)\s+(?P<a>{DIGITS})"
        rf"(?:\s+votes?\s+to\s+(?:(?:her|his|their)\s+)?|\s+to\s+(?:her|his|their)\s+)"
        rf"(?P<b>{DIGITS})\b(?![\d,]*(?:\.\d|\s*%))"
    ),
    ("to",),
)
# "beat Y by 589 votes after second preferences, 50,664 to 50,075": the margin right after the name, then both
# final totals (matched on the words after the name: its clause ends at 'after')
# ... or after a participle, the other side's figure behind a name ("beat Y by 589 votes, taking 50,664 to Mr
# Y's 50,075": the words after Y end at 'to' or its title, where the next name starts, and 'b' is left unmatched)
# (tried only where the words after the name open on 'by': see MARGIN_OPENINGS)
MARGIN_THEN_TOTALS_RE = Lazy(
    rf"[\s,]*by\s+(?:just\s+|only\s+)?(?:{DIGITS}|{NUM_WORDS})\s+votes?\b[^.;\d]{{0,50}}?,\s+"
    rf"(?:(?:taking|winning|polling)\s+)?(?P<a>{DIGITS})(?:\s+votes)?\s+to\s+(?:(?:{TITLE_ALT}\s+)?$|(?P<b>{DIGITS})\b)"
    r"(?![\d,]*(?:\.\d|\s*%))"
)
MARGIN_OPENINGS = (" by ", ", by ")
MAJORITY_BEFORE_RE = Gated(
    r"(?:\bby\s+(?:(?:just|only|a mere|some|around|about|nearly|almost|fewer\s+than|less\s+than|more\s+than|under"
    r"|over)\s+)?|majority of\s+\w*\s*"
    # "came within 45 votes of winning": a margin
    r"|\bwithin\s+(?:(?:just|only|a mere|some|around|about)\s+)?)$",
    ("by", "majority of", "within"),
)
SHARE_NEXT_RE = Gated(
    (r"(?P<pct>\d+(?:\.\d+)?)\s*(?:%|per\s?cent)(?=[^.]{0,25}\bvote)|\bvotes?\s*\((?P<pct2>\d+(?:\.\d+)?)\s*%\)"),
    ("%", "per"),
)

# A party said to have won: "The Conservatives have won both by-elections", "a hold for Labour",
# "new Tory county councillors" (matched around a party mention).
WINNER_AFTER_RE = re.compile(
    r"^(?:['’]s)?\s+(?:(?:have|has|had|did|now|also|comfortably|narrowly|easily|again|just)\s+){0,3}"
    r"(?:won|win|wins|gain|gains|gained|hold|holds|held|keep|keeps|kept|retain|retains|retained|take|takes|took"
    r"|taken|seized|snatched|claimed|captured|triumphed|regained|picked\s+up|picks?\s+up"
    r"|tops?\s+the\s+poll|topped\s+the\s+poll)\b"  # ("Independent tops the poll in Hawes": the ward's winner)
    r"|^['’]s\s+(?:(?:first|latest|only|surprise|shock|narrow|big)\s+)?(?:successes|success|gains?|wins?|victory"
    r"|victories)\b"
    r"|^\s+(?:(?:surprise|shock|narrow)\s+)?(?:victory|triumph)\b"  # "Conservative victory in Kelby"
    r"|^\s+(?:councillor|candidate|(?:group\s+|council\s+)?leader)\s+"
    r"(?:keeps|holds|wins|retains|takes|gains|won|held|kept|took|gained|re-elected|elected|returned)\b"
    r"|^\s+(?:GAIN|HOLD)\b"
    # "Reform UK have their first councillors in Torbay": seats won now, the first the party ever had there
    r"|^\s+(?:now\s+)?(?:have|has)\s+(?:their|its)\s+(?:first|first-ever)\s+(?:councillors?|seats?|MPs?|members?)\b"
)
# "a gain for Labour", "went to the Greens", "has gone to Reform", "fell to the Tories", "the seat has been won by
# Labour" (a passive verdict; not 'held by', which as often says who held it before)
WINNER_BEFORE_RE = Gated(
    r"\b(?:gain|hold|win|victory|success)\s+for\s+(?:the\s+)?$|\b(?:went|gone|goes|fell|falls)\s+to\s+(?:the\s+)?$"
    r"|\b(?:was|were|been)\s+(?:(?:comfortably|narrowly|easily)\s+)?(?:won|gained|taken|captured|retained|snatched)"
    r"\s+by\s+(?:the\s+)?$",
    (
        "for",
        "went",
        "gone",
        "goes",
        "fell",
        "falls",
        "won by",
        "ed by",
        "en by",
    ),  # (gained, retained, captured, snatched by; taken by)
)
# "Among the Tory losses was ...", "Labour casualties included ...", "the Tories lost Scartho, where ...": the
# party of the people who lost
LOSSES_AFTER_RE = Lazy(
    r"(?:['’]s)?\s+(?:losses|casualties|councillors\s+to\s+lose)\b|\s+(?:(?:have|has|had|also)\s+)?(?:lost|loses)\b"
)
# "new Tory county councillors": the word before the party and the words after it.
NEW_BEFORE_RE = Gated(r"\b(?:new|first|newly[- ]elected)\s+$", ("new", "first"))
COUNCILLORS_AFTER_RE = Lazy(r"^\s+(?:(?:county|city|borough|district|town|parish)\s+)?councillors?\b")
# "All three seats in Jesmond went to the Green Party", "Labour won both seats": every candidate of it won.
SWEEP_BEFORE_RE = Gated(
    r"\b(?:all|both)\s+(?:(?:two|three|four|\d)\s+)?seats\b[^.;]{0,60}?\b(?:went|(?:have|has|had)\s+gone|go|goes)\s+to"
    r"\s+(?:the\s+)?$"
    r"|\bclean\s+sweep\s+for\s+(?:the\s+)?$",  # "a clean sweep for Labour": every seat contested
    ("went", "gone", "go to", "goes to", "clean sweep"),
    fold=True,
    flags=re.I,
)
SWEEP_AFTER_RE = Lazy(
    # ("The Tories have held all three seats", "has kept both of its seats")
    # ("have comfortably held both seats": an adverb after the auxiliary)
    r"^\s+(?:(?:has|have|had)\s+)?(?:(?:comfortably|easily|narrowly|now|also|again)\s+)?"
    r"(?:won|took|taken|swept|sweep|sweeps|claimed|held|hold|kept|retained)\s+"
    r"(?:all|both)\s+(?:(?:two|three|four|\d)\s+)?(?:of\s+(?:its|their|the)\s+)?seats\b"
    # ("Labour has held every seat declared so far")
    r"|^\s+(?:(?:has|have)\s+)?(?:won|taken|held|kept|retained)\s+every\s+(?:single\s+)?seat\b"
    r"|^(?:['’]s?)?\s+(?:(?:made|make|makes|complete[sd]?|secured?|secures)\s+(?:a\s+)?)?clean\s+sweep\b"
)
# "Two more Labour cabinet ministers have gone", "Three Tory MPs lost": a count of one party's office-holders, whose
# people the sentences after it may name by their offices alone (see OFFICE_OPENING_PREV_RE)
COUNTED_OFFICES_RE = Lazy(
    rf"\b(?i:{NUM_WORDS}|\d{{1,2}}|several)\s+(?:more\s+|other\s+)?(?P<p>{PARTY_ALT})\s+"
    r"(?:(?:cabinet|shadow|government|junior|frontbench)\s+)?(?:ministers|secretaries|frontbenchers|MPs)\b"
)
# "The business secretary, X,", "Then the shadow energy minister, X,": a name opening its sentence behind its office
OFFICE_OPENING_PREV_RE = Lazy(
    r"\W*(?:(?:Then|And|Next|Later|Meanwhile|Also)\s*,?\s+)?[Tt]he\s+(?:[a-z]+\s+){0,3}?"
    r"(?:secretary|minister|chancellor|spokes(?:person|man|woman))(?:\s+(?:to|for|of)\s+the\s+[A-Z]\w+)?\s*,\s*$"
)
SUBJECT_ROLE_RE = re.compile(
    rf"^\W*[Tt]he\s+(?P<p>{PARTY_ALT})\s+(?:group\s+)?(?:deputy\s+)?(?:leader|candidate|councillor|member)\b"
)
# "has gained Moray from the SNP", "took the seat from Labour", "Independent ousts Labour in Kelby": the party a seat
# was taken from (or the independents in lower case, "have taken Ashby from the independents": group `ind`)
TAKEN_FROM_RE = Lazy(
    rf"\b(?:(?:gained|gains|gain|took|takes|taken|taking|won|wins|seized|captured)\s+(?:[^.;]{{0,60}}?\s)?from\s+"
    rf"|(?:ousts|ousted|unseats|unseated)[ \t]+)(?:the\s+|an\s+)?"
    rf"(?:(?P<p>{PARTY_ALT})\b|(?P<ind>independents?)(?![\w'’-]))"
)
# "on a swing of 12.7% from Labour to Reform", "a 9% Labour to Reform swing": the parties a seat's vote swung between
SWING_RE = Lazy(
    rf"\bswing\b(?:[^.;]|\.(?=\d)){{0,30}}?\bfrom\s+(?:the\s+)?(?P<a>{PARTY_ALT})\s+to\s+(?:the\s+)?(?P<b>{PARTY_ALT})\b"
)
# "Reform UK came second, with X on 9,120": the placed party's candidate named right after it
PLACED_PARTY_RE = Lazy(
    rf"^\W*(?:[Tt]he\s+)?(?P<p>{PARTY_ALT})\s+(?:came|finished|were|was)\s+(?:second|third|fourth|fifth|last|runners?-up)\b"
    r"[^.;]{0,40}?,\s+with\s+$"
)
# "Con gain from Lab.": a verdict sentence, its losing party the one the next sentence's beaten candidate stood for
GAIN_FROM_RE = Lazy(rf"\b(?P<p>{LIST_PARTY_ALT})\s+(?:gain|GAIN)\s+from\s+(?P<q>{LIST_PARTY_ALT})\b")
CONTEST_RE = Gated(rf"\bbetween\s+(?:the\s+)?(?P<a>{PARTY_ALT})\s+and\s+(?:the\s+)?(?P<b>{PARTY_ALT})", ("between",))
# Two people a count is close between: "three votes between Labour's Ann Bell and the Conservative candidate, Tom
# Ward" (before the first name; the words between the two; the count's words the sentence must hold)
# (either side may be named by title, "between Councillor Ann Bell and ...", or by party alone before a comma, "... and
# the Conservative, Tom Ward")
BETWEEN_PREV_RE = Lazy(
    rf"\bbetween\s+(?:(?:the\s+)?(?:{PARTY_ALT})(?:['’]s)?\s+(?:candidate\s*,?\s+)?)?(?:{TITLE_ALT}\s+)?$"
)
PAIR_GAP_RE = Lazy(
    rf"^,?\s+and\s+(?:the\s+)?(?:(?:{PARTY_ALT})(?:['’]s)?(?:\s+|,\s+$))?(?:candidate\s*,?\s+)?(?:{TITLE_ALT}\s+)?$"
)
COUNT_WORDS = ("votes", "recount", "count", "race", "contest", "fight", "margin")

# ("Their former council leader X", "Its deputy group leader, X": the party's leader, however the role is qualified)
GROUP_ROLE_PREV_RE = Gated(
    r"\b(?:[Gg]roup|[Pp]arty|party['’]s|[Tt]heir|[Ii]ts)\s+(?:(?:former|deputy|council|group|new)\s+){0,2}leader\s*,?\s*$",
    ("leader",),
)

# Result lists: "Labour - Louise Jones - 17,591 Elected", "Jane Smith (Con) 1,234", "Name, Party - 1,422 votes".
# ("Cefin ap Rhys", "Jan van der Berg", "Colm Mac an tSaoi")
_NAME = rf"{NAME_TOKEN}(?:\s+(?:(?=[a-z]){PARTICLE}\s+){{0,2}}{NEXT_NAME_TOKEN}){{1,3}}"
_SEP = r"\s*[-–—:|,]\s*"
# a party's name in its other language after a slash ("Welsh Labour / Llafur Cymru"): capitalised words
_OTHER_TONGUE = r"(?:[ \t]*/[ \t]*[A-Z][\w'’]*(?:[ \t]+[A-Z][\w'’]*){0,4})"
# a share after the votes: in a bracket ("(41.2%)", "[46.1%; +12.4%]", "(39.0%, -4.1)"), or after a dash or comma
# with its change in a bracket of its own ("1,318 - 47.9% (+12.4)", "1,206, 61%")
_SHARE_BRACKET = (
    r"(?:\s*[(\[]\s*\d+(?:\.\d+)?\s*%[^)\]\n]*[)\]]"
    r"|\s*[-–—,]?\s*\d+(?:\.\d+)?\s*%(?:\s*[(\[]\s*[+–−-]?\s*\d+(?:\.\d+)?\s*%?\s*[)\]])?)?"
)
# "Labour | Ivan Henley | 707 | 45.9 | +6.8": a result table's share columns after the votes
_TABLE_COLUMNS = r"(?:\s*\|\s*[+–−-]?\d+(?:\.\d+)?\s*%?)*"
# a ballot paper's description with its short form in a bracket of its own, "(Scottish National Party (SNP))", or with
# its Welsh name after a slash, "(Welsh Labour / Llafur Cymru)". The party is written once, after the two openings,
# and the bracket closed where it was opened (`(?(inner)...)`): the same tries in the same order as
# `\s*\(\s*PARTY\s*\)|\s*/\s*PARTY`, but the ~1,850-character party alternation is compiled once, not twice (~16M
# instructions a copy, the larger part of a small page's start-up being the compiling of patterns).
_INNER_ABBREV = rf"(?:(?:\s*(?P<inner>\()|\s*/)\s*{LIST_PARTY_ALT}(?(inner)\s*\)))?"
# what follows an item's figures: no figure but an STV stage's number ("2,466 - elected stage 1") or the winner's
# majority ("Elected: Ann Roe (Ind), majority 87": the item's own votes are not given)
# a surname printed in capitals, as a declaration prints it: "ASHWORTH", "MACLEOD-HOGG", "O'BRIEN", "DE SOUZA"
_CAPS_SURNAME = (
    r"(?:Mc|Mac|[A-Z]['’])?[A-Z]{2,}(?:['’][A-Z]+|-(?:Mc|Mac)?[A-Z]{2,})*(?:[ \t]+[A-Z]{2,}(?:-[A-Z]{2,})*)?"
)
_MARK = r"(?P<mark>(?:[^\d]|(?<=stage )\d+|(?<=majority )\d[\d,]*)*)$"


# what stands before a party a name sets off (PartySetOff): a bracket or a separator, and its spaces
_SET_OFF_RE = re.compile(r"[(\-–—:|,]\s*")
# a figure anywhere in a text: what a list item's votes (PartyLed) need
_DIGIT_RE = re.compile(r"\d")


class PartyLed:
    """A list item's shape that opens on a party ('Labour (Ann Roe): 733'), as `^\\s*(?P<party>LIST_PARTY_ALT)REST`
    would match it: REST is tried after each party name that opens the text, in the order the alternation tries
    them (lexicon.LIST_PARTY_NAMES), and the first it fits gives the match, as the regex's backtracking would. The
    same match, but the ~1,850-character alternation is not compiled into each such shape (~16M instructions a copy,
    the larger part of a small page's start-up being the compiling of patterns). The match is REST's, from the
    party's end; `party` reads the party's name off it.

    Every such shape gives the item's votes (REST's group `votes` is not optional), so a text without a digit is
    not tried, and REST is compiled the first time a text has one: a headline opening on a party ('Reform UK hold
    Ilkworth') is read as an item too, and a small page's may be all there is of it."""

    __slots__ = ("rest",)

    def __init__(self, rest: str) -> None:
        self.rest = Lazy(rest)

    def match(self, text: str, names: tuple[str, ...] | None = None) -> re.Match[str] | None:
        """(`names`: `party_openings(text)`, when the caller has it: the shapes of one item share it.)"""
        if _DIGIT_RE.search(text) is None:
            return None
        start = len(text) - len(text.lstrip())  # (`\s*`: no party name opens on a space)
        for name in party_openings(text) if names is None else names:
            m = self.rest.match(text, start + len(name))
            if m is not None:
                return m
        return None

    @staticmethod
    def party(text: str, m: re.Match[str]) -> str:
        """The party name a match of `match` opened on."""
        return text[len(text) - len(text.lstrip()) : m.start()]


class PartySetOff:
    """A list item's shape that reads a name, then its party in a bracket or after a separator ('Jane Smith (Con)
    1,234', 'Chris Hughes, Labour - 1,422 votes'): every match holds an opening bracket or a separator (`_SEP`) with
    a name of lexicon.LIST_PARTY_NAMES right after it and its spaces. A text without one is not matched, and the
    pattern (with a copy of the ~1,850-character party alternation, ~16M instructions to compile) is compiled the
    first time a text has one: headlines and clauses are read as items too ('Reform UK hold Ilkworth'), and a small
    page's may be all it is tried on."""

    __slots__ = ("rx",)

    def __init__(self, pattern: str) -> None:
        self.rx = Lazy(pattern)

    def match(self, text: str) -> re.Match[str] | None:
        for m in _SET_OFF_RE.finditer(text):
            if party_openings(text[m.end() :]):
                return self.rx.match(text)
        return None


_NAMES_BY_FIRST: dict[str, tuple[str, ...]] = {
    first: tuple(n for n in LIST_PARTY_NAMES if n[0] == first) for first in {n[0] for n in LIST_PARTY_NAMES}
}
LIST_ITEM_RES = (
    # returning officer's order: "Pemberton, Alan – Conservative – 612 (41.2%) elected"
    Lazy(
        rf"^\s*(?P<sur>{NAME_TOKEN}(?:[ \t]+{NAME_TOKEN})?),\s+(?P<fore>{NAME_TOKEN}(?:[ \t]+{NAME_TOKEN}){{0,2}})"
        rf"\s*[–—-]\s*(?P<party>{LIST_PARTY_ALT})\s*[–—-]\s*(?P<votes>{DIGITS})(?:\s+votes?)?{_SHARE_BRACKET}"
        rf"{_MARK}"
    ),
    # "Liberal Democrats (Fiona Keane): 733 [46.1%, +12.4%]", "Reform UK (Dale Whitlock) 1,233"
    PartyLed(
        rf"\s*\(\s*(?P<name>{_NAME})\s*\)\s*[:–—-]?\s*(?P<votes>{DIGITS})(?:\s+votes?)?"
        rf"{_SHARE_BRACKET}{_MARK}"
    ),
    # "Labour's Hannah Bethune: 2,541 (elected)"
    PartyLed(
        rf"['’]s?\s+(?P<name>{_NAME})\s*[:–—-]\s*(?P<votes>{DIGITS})(?:\s+votes?)?"
        rf"{_MARK}"
    ),
    # "Labour - Louise Jones - 17,591 Elected" (the party named in two languages too: "Annibynnol / Independent:
    # Ann Roe, 276", the first read)
    PartyLed(
        rf"{_OTHER_TONGUE}?{_SEP}(?P<name>{_NAME}){_SEP}(?P<votes>{DIGITS})(?:\s+votes?)?"
        rf"{_SHARE_BRACKET}{_TABLE_COLUMNS}{_MARK}"
    ),
    # "Jane Smith (Con) 1,234", "Chris Hughes, Labour - 1,422 votes (elected)", "Ann Roe | Labour | 707 | 45.9" (the
    # party in a bracket or after a separator, group `sep`: written once, as _INNER_ABBREV writes its two forms)
    PartySetOff(
        rf"^\s*(?P<name>{_NAME})\s*(?:\(\s*|(?P<sep>{_SEP}))(?P<party>{LIST_PARTY_ALT})(?!\w){_INNER_ABBREV}(?(sep)|\s*\))"
        rf"(?:{_SEP}|\s+)?(?:(?P<votes>{DIGITS})(?:\s+votes?)?{_SHARE_BRACKET}{_TABLE_COLUMNS})?{_MARK}"
    ),
    # "Conservative Kelvin Marsh 51,967; Lib Dem Fiona Hart 30,867": a party, the name and its votes (the party's
    # possessive too: "Labour's Ann Roe 807"; or a colon or a dash: "Independent: Ann Roe 1,802 (elected, stage 1)",
    # "Lab - Ann Roe 876")
    PartyLed(
        rf"(?:['’]s|[ \t]*[:–—-])?\s+(?P<name>{_NAME})\s+(?P<votes>{DIGITS})(?:\s+votes?)?"
        rf"{_SHARE_BRACKET}{_MARK}"
    ),
    # a declaration's order, the surname in capitals and the party description in a bracket: "PEMBERTON, Alan
    # (Conservative Party) 612 ELECTED", "O'NEILL-BROWN, Mary Anne (Green Party)"
    Lazy(
        rf"^\s*(?P<sur>{_CAPS_SURNAME}),\s+(?P<fore>{NAME_TOKEN}(?:[ \t]+{NAME_TOKEN}){{0,2}})\s*"
        rf"\(\s*(?P<party>{LIST_PARTY_ALT}){_INNER_ABBREV}\s*\)"
        rf"(?:{_SEP}|\s+)?(?:(?P<votes>{DIGITS})(?:\s+votes?)?{_SHARE_BRACKET})?{_MARK}"
    ),
)
# the votes first: "2,033 Mohammed Yasin (Labour) ELECTED", "2,180 Mark Lowe (LD)"
LIST_VOTES_FIRST_RES = (
    Lazy(
        rf"^\s*(?P<votes>{DIGITS})(?:\s+votes?)?(?:\s*[–—:-])?\s+(?P<name>{_NAME})\s*"
        rf"(?:\(\s*|(?P<sep>{_SEP}))(?P<party>{LIST_PARTY_ALT})(?(sep)\b|{_INNER_ABBREV}\s*\)){_MARK}"
    ),
)


def party_openings(text: str) -> tuple[str, ...]:
    """The party names the text opens on after its spaces, in the order the alternation tries them (see PartyLed):
    found once for an item, whose lead and party-led shapes all read them."""
    start = len(text) - len(text.lstrip())
    out = []
    for name in _NAMES_BY_FIRST.get(text[start : start + 1], ()):  # (a loop, not a generator: no frame of its own)
        if text.startswith(name, start):
            out.append(name)
    return tuple(out)


# What the shapes opening on a party (LIST_ITEM_RES[1:4] and [5]) open on: a part without it is tried by the name
# shapes only (LIST_ITEM_NAME_RES: a surname in capitals is made prose-case first, see lists._surname_uncapped, so the
# capitals declaration shape LIST_ITEM_RES[6] is not among them); a part opening on a figure (group `votes`) by
# LIST_VOTES_FIRST_RES only
# (a whole word: "Collins, Adrian (Con) 1,402" opens on a name, not on the abbreviation "C")
def list_lead(part: str, names: tuple[str, ...] | None = None) -> str:
    """What a list item opens on after its spaces: 'party' (a party name ending a word), 'votes' (a digit) or ''
    (neither): what `\\s*(?:LIST_PARTY_ALT(?!\\w)|(?P<votes>\\d))` tells, read without compiling the alternation (see
    PartyLed; `names`: `party_openings(part)`)."""
    start = len(part) - len(part.lstrip())
    for name in party_openings(part) if names is None else names:
        after = part[start + len(name) : start + len(name) + 1]
        if not (after.isalnum() or after == "_"):  # (`\\w`)
            return "party"
    return "votes" if part[start : start + 1].isdecimal() else ""


# returning officer's order with the party in a bracket: "Pemberton, Alan (Conservative) 612 ELECTED" (a forename of
# more than one word ends on a forename: see lists._item)
# (a surname of up to three words, "Mac Giolla Mhín, Séanna"; a figure with a fraction, "1,288.40", is an STV
# stage's running total after transfers: the row names its candidate, but gives no votes of theirs)
SURNAME_FIRST_ITEM_RE = Lazy(
    rf"^\s*(?P<sur>{NAME_TOKEN}(?:[ \t]+{NAME_TOKEN}){{0,2}}),\s+(?P<fore>{NAME_TOKEN}(?:[ \t]+{NAME_TOKEN}){{0,2}})"
    rf"\s*\(\s*(?P<party>{LIST_PARTY_ALT}){_INNER_ABBREV}\s*\)(?:{_SEP}|\s+)?(?P<votes>{DIGITS})(?P<frac>\.\d+)?"
    rf"(?:\s+votes?)?{_SHARE_BRACKET}{_MARK}"
)
# a declaration read aloud, as a broadcast's transcript writes it: "RETURNING OFFICER: Ashworth, Peter, the
# Conservative Party candidate, eight hundred and twelve." (any speaker's label, then the surname, the forenames, the
# party and the votes set off by commas, the votes in figures or in words)
SURNAME_COMMA_PARTY_ITEM_RE = Lazy(
    rf"^\s*(?:[A-Z][A-Z'’ .-]{{1,40}}:[ \t]+)?(?P<sur>{NAME_TOKEN}(?:[ \t]+{NAME_TOKEN})?|{_CAPS_SURNAME}),[ \t]+"
    rf"(?P<fore>{NAME_TOKEN}(?:[ \t]+{NAME_TOKEN}){{0,2}}),[ \t]+(?:the[ \t]+)?(?P<party>{LIST_PARTY_ALT})"
    rf"(?:[ \t]+[Cc]andidate)?,[ \t]+(?P<votes>{DIGITS}|{NUM_WORDS})[ \t]*\.?{_MARK}"
)
LIST_ITEM_NAME_RES = (LIST_ITEM_RES[0], LIST_ITEM_RES[4], SURNAME_FIRST_ITEM_RE, SURNAME_COMMA_PARTY_ITEM_RE)
# The shapes reading a surname before its forenames (LIST_ITEM_RES[0], [6], SURNAME_FIRST_ITEM_RE) need the comma
# after the surname: a part without a comma (most parts, split at commas) is tried by the others only, in order
LIST_ITEM_COMMA_RES = (LIST_ITEM_RES[0], LIST_ITEM_RES[6], SURNAME_FIRST_ITEM_RE, SURNAME_COMMA_PARTY_ITEM_RE)
LIST_ITEM_NO_COMMA_RES = tuple(rx for rx in LIST_ITEM_RES if rx not in LIST_ITEM_COMMA_RES)
LIST_ITEM_NAME_NO_COMMA_RES = tuple(rx for rx in LIST_ITEM_NAME_RES if rx not in LIST_ITEM_COMMA_RES)
# a name and its figure alone, next to a list's items: "Ann Lake 1,204 ELECTED" (no party), "Ann Lake|1,204" (a table's
# cells, see lists._rows)
BARE_ITEM_RE = Lazy(
    rf"^\s*(?P<name>{_NAME})(?:[ \t]+|[ \t]*\|[ \t]*)(?P<votes>{DIGITS})(?:\s+votes?)?{_SHARE_BRACKET}{_MARK}"
)
# "Penny Rowe (Hastings Independents) 402": a local group in the bracket, in a results table's cell ("Penny Rowe |
# Hastings Independents | 402"), or after a comma or a spaced dash with the votes next ("Penny Rowe, Hastings
# Independents: 402") (tried on a part holding one of the groups' words only: see lists._item)
# ("Paul Sanders (Farnworth and Kearsley First) 1,612": in a bracket, a place's name and 'First' is a local group too,
# and so after a comma with a colon and the votes next, "Paul Sanders, Farnworth and Kearsley First: 1,612")
_FIRST_GROUP = rf"(?:[A-Z]{WORD_CHARS1}[ \t]+(?:(?:and|&)[ \t]+)?){{1,4}}First"
# ("Tom Lacey (Kent Campaign for Democracy) 1,331": in a bracket, a campaign for a cause, its name capitalised)
_CAUSE_GROUP = (
    rf"(?:[A-Z]{WORD_CHARS1}[ \t]+){{0,3}}(?:Campaign|Alliance|Movement)[ \t]+(?:for|against)[ \t]+(?:the[ \t]+)?"
    rf"[A-Z]{WORD_CHARS1}(?:[ \t]+(?:(?:and|&)[ \t]+)?[A-Z]{WORD_CHARS1}){{0,3}}"
)
LOCAL_ITEM_RE = Lazy(
    rf"^\s*(?P<name>{_NAME})\s*(?:\(\s*(?P<party>{LOCAL_GROUP}|{_FIRST_GROUP}|{_CAUSE_GROUP})\s*\)"
    rf"|\|\s*(?P<party2>{LOCAL_GROUP})[ \t]*(?=\|)"
    rf"|(?:,|[ \t][–—-])[ \t]*(?P<party3>{LOCAL_GROUP})[ \t]*(?=[:,–—-][ \t]*\d)"
    rf"|,[ \t]*(?P<party4>{_FIRST_GROUP})[ \t]*(?=:[ \t]*\d))"
    rf"(?:{_SEP}|\s+)?(?:(?P<votes>{DIGITS})(?:\s+votes?)?{_SHARE_BRACKET})?{_MARK}"
)
# "Kate Orr (MRA) 1,388": a bracket of initials no party list knows, those of a group the post spells out (see
# doc.group_of_initials; tried on a line no other shape reads)
# ("Rob Hale (Ind SHC) 9,210": an independent's campaign label, its initials after the 'Ind' opening its name)
INITIALS_ITEM_RE = Lazy(
    rf"^\s*(?P<name>{_NAME})\s*\(\s*(?P<ind>Ind[ \t]+)?(?P<initials>[A-Z]{{2,5}})\s*\)"
    rf"(?:{_SEP}|\s+)?(?:(?P<votes>{DIGITS})(?:\s+votes?)?{_SHARE_BRACKET})?{_MARK}"
)
LEADING_TITLE_RE = Lazy(rf"^(?:{TITLE_ALT}\s+)+")
BOTH_AFTER_RE = Lazy(r"\s+(?:both|each)\b")
# Where a result list splits into items: `LIST_SPLIT` as written; `LIST_SPLIT_RE` the same, opening on the class of
# every match's first character (a space, ';', '•' or ','), each branch telling that character by a lookbehind: a
# scan skips to those characters in C instead of trying `\s*` and the branches at every position (~2x faster). (Its
# class holds '•', so sre builds a 64K map for it, ~0.7 ms: compiled when a line first holds ';', '|' or '•'.)
# "2,411 Philippa Garside (Con), 2,180 Mark Lowe (LD)": after a bracket, the next item may open on its votes
_VOTES_FIRST = r"(?=\d[\d,]*\s+[A-Z][^,;()\n]*\()"
LIST_SPLIT_CHARS = (";", "|", "•")
# ("1,148 ELECTED, Tariq Hussain (Lab) 1,120": an item may end on its elected mark before the comma)
_MARKED = r"(?:ELECTED|[Ee]lected)"
# ("... Paula Wren (Reform) 766. Turnout 30.1%.": the last item ends at a full stop after its figure)
LIST_SPLIT = (
    rf"\s*(?:;|\s\|\s|•)\s*|(?<=[\d)]),\s+(?=[A-Z])|(?<=\)),\s+{_VOTES_FIRST}|(?<={_MARKED}),\s+(?=[A-Z])"
    r"|(?<=\d)\.\s+(?=[A-Z])"
)
LIST_SPLIT_RE = Lazy(
    r"[\s;•,.](?:(?<=[;•])\s*|(?<=\s)(?:\s*(?:;|\s\|\s|•)|\|\s)\s*|(?<=[\d)],)\s+(?=[A-Z])"
    rf"|(?<=\),)\s+{_VOTES_FIRST}|(?<={_MARKED},)\s+(?=[A-Z])|(?<=\d\.)\s+(?=[A-Z]))"
)
# LIST_SPLIT for a line without ';', '|' or '•' (its first branch needs one): the comma and full-stop branches,
# opening on their character so a scan jumps from one to the next
LIST_COMMA_SPLIT_RE = re.compile(
    rf"[,.](?:(?<=[\d)],)\s+(?=[A-Z])|(?<=\),)\s+{_VOTES_FIRST}|(?<={_MARKED},)\s+(?=[A-Z])|(?<=\d\.)\s+(?=[A-Z]))"
)
# "Lizzie Grant (Lab) 2,356 and Marcus Hale (Lab) 2,301": the last item of a run joined by 'and' after the figure
# (or the party's bracket: "A (SNP), B (Lab) and C (Lab)") ending the one before it, a name and its party's
# bracket next (searched in a part holding ' and ' only)
# (and the sentence saying they won ends that item: "... were elected. The top Conservative, ...")
# (or a party and a name before the figure: "..., Reform's Al Bee 590 and Lib Dem Di Kerr 212")
AND_ITEM_SPLIT_RE = Lazy(
    r"(?<=[\d)]) and (?=[A-Z][^\s,;()]*(?:[ \t]+[A-Z][^\s,;()]*){1,3}[ \t]*\()|(?<=[Ee]lected\.) (?=[A-Z])"
    rf"|(?<=\d) and (?=(?:{LIST_PARTY_ALT})(?:['’]s)?[ \t]+[A-Z][^\s,;()]*(?:[ \t]+[A-Z][^\s,;()]*){{1,3}}[ \t]+\d)"
)
# "A (Lab) 2,402, B (Lab) 2,356 and C (Lab) 2,301 were elected": the verb after the last figure says all of them won
# (or the participle alone: "A (Ind) 2,456 and B (Ind) 2,102 elected; C (LV) 1,380")
ALL_ELECTED_AFTER_RE = Lazy(
    r"(?<=\d)[ \t]+(?:(?:were|have[ \t]+been)[ \t]+(?:all[ \t]+)?|(?:both|all)[ \t]+)?(?:re-?)?elected\b"
)
# Every result-list item has a figure, a bracket or an elected mark: a line with none holds no item.
LIST_ITEM_GATE_RE = Lazy(r"\d|\(|[*✓✅]|(?i:elected|winner|gain|hold|hundred|thousand)")
# "Elected in the Leith ward: A (Green), B (SNP)": every item of the line won.
ELECTED_LABEL_RE = Lazy(r"\b(?:elected|winners?|new\s+councillors?|re-elected)\b", re.I)
# "Not elected: A (Con), B (Alba)": every item of the line lost (tried before ELECTED_LABEL_RE, which it holds).
NOT_ELECTED_LABEL_RE = Lazy(r"\b(?:not\s+(?:re-)?elected|unsuccessful|defeated)\b", re.I)
# "Strathmartine ward – elected:" on a line of its own: the items on the lines below it won.
# ("The three councillors elected in Abbey are:", "Those elected were:": the heading says who, then "are:")
ELECTED_HEADING_RE = re.compile(
    r"\b(?<!not )(?:elected|winners?|new\s+councillors?|re-elected)(?:\s+(?:in|for)\s+[^:\n]{1,40}?)?"
    r"(?:\s+(?:are|were))?\s*:\s*$"
    # ("Its six members of the Senedd will be:", "The ward's three new councillors are:")
    r"|\b(?:[Ii]ts|[Tt]heir|[Tt]he\s+(?:\w+\s+)?new)\s+(?:\w+\s+)?(?:members|councillors|MSs|MSPs|AMs|MLAs|MEPs)\b[^:\n]{0,40}?"
    r"\s(?:will\s+be|are)\s*:\s*$"
    # ("Scotland's MEPs are:", "The region's eight MEPs are:": a region's members of a parliament, named on its lists)
    r"|\b(?:[Tt]he\s+)?[A-Z]?[\w]+['’]s?\s+(?:\w+\s+)?(?:MEPs|MSPs|MSs|MLAs)\s+(?:will\s+be|are)\s*:\s*$"
    # ("The successful candidates, with their votes, were:", "All four were returned unopposed:")
    r"|\b(?<!un)successful\s+candidates\b[^:\n]{0,40}?\s(?:are|were)\s*:\s*$"
    r"|\b(?:elected|returned)\s+(?:unopposed|without\s+a\s+(?:contest|vote))\s*:\s*$"
    # ("... and they were declared elected when nominations closed last month:")
    r"|\bdeclared\s+elected\b[^:\n.]{0,50}:\s*$",
    re.I,
)
# "Elected for Reform UK: A, B and C; elected for Labour: D": the party's label and its people, to a semicolon or the
# line's end (the label of one roll of several on a line, after a ward and a dash or after the roll before)
ELECTED_FOR_RE = Lazy(
    rf"(?:^|;\s*|\s[-–—]\s+)(?:[Ee]lected|ELECTED)\s+for\s+(?:the\s+)?(?P<party>(?:{LIST_PARTY_ALT}):\s+[^;\n]+?)"
    r"\s*\.?\s*(?=;|$)"
)
# "Ann Lee, Plaid Cymru" alone on a line under a heading naming who was elected
# (or after a spaced dash or a table's bar: "Ann Lee – Plaid Cymru", "Ann Lee | Plaid Cymru")
NAME_COMMA_PARTY_RE = Lazy(rf"\s*(?P<name>{_NAME})(?:\s*,|[ \t]+[-–—]|[ \t]*\|)\s+(?P<party>{LIST_PARTY_ALT})\s*\.?\s*")
# "Not elected:" on a line of its own, after the winners' lines: the items on the lines below it lost.
# "The candidates for Tamworth's Spital ward are:", "Standing in Marsh End:": the people listed on the lines below it
# were nominated, their outcome still to come
NOMINATED_HEADING_RE = Lazy(
    r"(?i)\b(?:(?:the\s+)?candidates|standing|nominated|persons\s+nominated)\b[^:\n]{0,60}?(?:\s+(?:are|were))?\s*:\s*$"
)
# a nominee's line under it, without figures: "BOWEN, Carl - Reform UK", "ODUYA, Grace (Labour Party)", "Carl Bowen
# - Reform UK", "STANLEY, Michael Peter - The Conservative Party Candidate"
NOMINEE_RE = Lazy(
    rf"^\s*(?:(?P<sur>{_CAPS_SURNAME}),\s+(?P<fore>{NAME_TOKEN}(?:[ \t]+{NAME_TOKEN}){{0,2}})|(?P<name>{_NAME}))"
    rf"\s*(?:[–—-]\s*|\(\s*)(?:[Tt]he\s+)?(?P<party>{LIST_PARTY_ALT})(?:\s+[Cc]andidate)?\s*\)?\s*$"
)
NOT_ELECTED_HEADING_RE = re.compile(
    r"^\W*(?:not\s+(?:re-)?elected|unsuccessful(?:\s+candidates)?|defeated|runners?-up)\s*:\s*$", re.I
)
# A table's heading row whose first column names the members elected, then their party: "MEP | Party",
# "Councillor | Party", "Elected | Party" (its rows are the winners, with no figures)
ELECTED_TABLE_HEAD_RE = Lazy(
    r"[ \t]*(?:MEPs?|MSPs?|MPs?|MSs?|MLAs?|AMs?|[Cc]ouncillors?|[Mm]embers?|[Ee]lected|[Ww]inners?)[ \t]*\|"
    r"[ \t]*[Pp]arty[ \t]*"
)
# "The seven regional list MSPs for Lothian have been declared.", "The four regional members for X are:" on a line of
# its own: the people listed on the lines below it ("Conservative: A, B", "C (Labour)") were elected.
# (or a heading of the members alone, "Highlands and Islands regional list MSPs:", or of a seat that "has elected its
# six members:")
ROSTER_HEADING_RE = Lazy(
    # ("The 11 London-wide Assembly members, elected from party lists, are:": the body's name may come between)
    # ("Here are the 11 London-wide assembly members, in the order the seats were allocated:": a line ending in a
    # colon after them)
    r"(?m)\b(?:list|regional|London-wide|additional)\s+(?:list\s+)?(?:[Aa]ssembly\s+|Senedd\s+|Parliament\s+)?"
    r"(?:MSPs|MSs|AMs|MLAs|members|councillors)\b(?:[^\n]*"
    r"\b(?:are|were|have\s+been\s+(?:declared|elected|named|confirmed)|declared|elected)\s*[:.]?|[^\n]*:)\s*$"
    r"|\belected\s+(?:its|their)\s+(?:\w+\s+)?(?:MSPs|MSs|AMs|MLAs|members|councillors)\b[^\n]*:\s*$"
)
# A roster line's people after its party label: "Douglas Ritchie, Fiona Laing and Tess Whyte"
# Where one party's roll ends and the next opens on one line: "Plaid: A, B. Reform UK: C, D."
PARTY_ROLL_SPLIT_RE = Lazy(rf"(?<=[a-z])\.\s+(?=(?:{LIST_PARTY_ALT}):\s)")
ROSTER_SPLIT_RE = Lazy(r"\s*,\s*(?:and\s+)?|\s+and\s+")
ROSTER_NAME_RE = Lazy(_NAME)
# ("Elected, in order of allocation: A (Lab), B (PC)": a label may run on after a comma; "Three Bridges – Con hold:
# Jo Parr (Con) 1,148": a ward and its verdict after a dash before the colon; "Ashby (three seats) – Lab gain from
# Ind: ...": the ward's seats in brackets before the dash; "The slate's winners: A 702": a possessive label)
LIST_LABEL_RE = Gated(
    r"^\s*(?:[A-Z][\w ]{0,32}(?:['’]s?[\w ]{1,24})?)(?:,[\w ]{1,50})?(?:\s*\([^()]{1,20}\)(?=\s+[-–—]))?"
    r"(?:\s+[-–—]\s+[\w ]{1,24})?(?:\s*\([^()]{1,20}\))?:\s*",
    (":",),
)
# "Radcliffe East - Josh Heaton (Independent) – 1,654 votes – elected": a ward before a dash (its name may hold a
# hyphen between letters: "Pen-sarn - Tegid Hughes (Independent)", "Cwm-y-glo Uchaf - ...")
LIST_DASH_LABEL_RE = Gated(r"^\s*[A-Z](?:[\w'’ ]|-(?=\w)){0,30}?\s+[-–—]\s+(?=[A-Z])", ("-", "–", "—"))
# "... 190. Lab hold.": the line's verdict on a party, not a mark on its last item
TICKER_MARK_RE = Lazy(r"^\s*(?i:gain|hold)\b")
VERDICT_MARK_RE = Gated(rf"^\W*(?:{LIST_PARTY_ALT})\s+(?i:gain|hold)\b", ("gain", "hold"), fold=True)
# "Tom Ellery. Liberal Democrat gain from Labour.": a sentence giving the verdict for the winner before it
VERDICT_RE = Gated(rf"\W*(?P<p>{LIST_PARTY_ALT})\s+(?i:gain|hold|win)\b", ("gain", "hold", "win"), fold=True)
# "Labour Win" on a line of its own before "Councillor X was elected" (a council's results page), or after the
# ward's label ("Eastbrook Borough Council, Kingsmead: Con gain from Lab.", a round-up's ticker)
VERDICT_LINE_RE = Gated(
    rf"\W*(?:[A-Z][^:.\n]{{0,60}}:[ \t]*)?(?P<p>{LIST_PARTY_ALT})\s+(?i:gain|hold|win)\b[^.\n]{{0,30}}\.?$",
    ("gain", "hold", "win"),
    fold=True,
)
LINE_VERDICT_RE = Gated(rf"\b(?P<p>{LIST_PARTY_ALT})\s+(?:gain|hold|GAIN|HOLD)\b", ("gain", "hold", "GAIN", "HOLD"))
# "In Kelby, three Labour candidates were elected: A 1,944, B 1,902 and C 1,870": the people after the colon won,
# each with a figure, for the one party the label may name; so do the people after a party's taking the ward's seats
# ("In Eastgate, independents took all three seats from Labour: A 2,044, B 1,999 and C 1,961": the party before
# 'from' is theirs)
ELECTED_INLINE_RE = Gated(
    r"^[^:\n]{0,80}?\b(?:(?:were|was|have\s+been|has\s+been)\s+(?:elected|re-elected|returned)"
    r"|(?:took|won|held|kept|swept|have\s+taken|have\s+won|have\s+held)\s+(?:all\s+)?(?:both|two|three|four|five|six)"
    r"\s+(?:of\s+the\s+)?seats(?P<from>\s+from\s+[^:\n]{1,40}?)?):\s*(?=[A-Z])",
    ("elected:", "returned:", "seats:", "seats from"),
)
# "The Tories, who held both seats, finished fourth and fifth: A 1,011, B 984": the people after the colon lost, as
# 'came fourth with 1,011' says, each with a figure, for the one party the label may name
_PLACES = ("second", "third", "fourth", "fifth", "sixth", "seventh", "last")
_PLACE_ALT = "|".join(_PLACES)
PLACED_INLINE_RE = Gated(
    rf"^[^:\n]{{0,80}}?\b(?:came|finished|ended|were)\s+(?:{_PLACE_ALT})(?:(?:,\s*|\s+and\s+)(?:{_PLACE_ALT}))*:\s*(?=[A-Z])",
    tuple(f"{place}:" for place in _PLACES),
)
INLINE_ITEM_RE = Lazy(rf"(?P<name>{_NAME})\s+(?P<votes>{DIGITS})(?:\s+votes?)?(?=\s*(?:[,;.]|$|and\b))")
# "Ashby (Hart DC): Con hold. Jo Parr (Con) 1,034; ...", "03:10 Leek: LAB GAIN FROM CON. Elected: Al Tey (Lab) 922":
# the line's verdict, a full stop (and an elected label), then its first item
VERDICT_THEN_RE = Lazy(r"[^.\n]*?\b(?i:gain|hold)\b[^.\n]*\.\s+(?P<label>(?i:elected|winner)\s*:\s*)?(?=[A-Z])")
# "Marsh Vale - SNP gain from Lab (Ewan Dow)", "Lab hold: Eastmoor (Rita Shah)": a ticker line naming its winner in a
# bracket at its end, no figures but the winner's majority ("(Ewan Dow, majority 1,204)": no votes of theirs)
# (read from the bracket back: the name at the line's end, then a verdict word, then the party right before it)
BRACKET_NAME_END_RE = Lazy(rf"\((?P<name>{_NAME})(?:,[ \t]*(?:majority|maj\.?)[ \t]+{DIGITS})?\)[ \t]*\.?[ \t]*$")
VERDICT_WORD_RE = Lazy(r"\s(?:gain|hold|GAIN|HOLD)\b")
# "Labour have held Eastmoor (Rita Shah, majority 604) and Marsh Vale (Ewan Dow, majority 98)": prose naming each
# seat's winner in a bracket with their majority, after the party that held or took the seats in the same sentence
BRACKET_MAJORITY_RE = Lazy(rf"\((?P<name>{_NAME}),[ \t]*(?:majority|maj\.?)[ \t]+{DIGITS}\)")
PARTY_TOOK_SEATS_RE = Lazy(
    rf"(?<![\w-])(?P<p>{LIST_PARTY_ALT})\s+(?:have\s+|has\s+)?"
    r"(?:held|gained|won|taken|took|kept|retained|captured|hold|gain|take|win|keep|retain)\s+(?=[A-Z])"
)
# "Wrexham: Sarah Atherton (Con) gain from Lab, majority 2,131": the winner and their party before the verdict, the
# line opening on them or on the seat and a colon or dash
NAMED_VERDICT_RE = Lazy(
    rf"(?:^|[:–—-][ \t]*)(?P<name>{_NAME})[ \t]*\([ \t]*(?P<p>{LIST_PARTY_ALT})[ \t]*\) (?:gain |hold|GAIN |HOLD)"
)  # (the bracket and verdict word as lists._NAMED_VERDICT_KEYS, its gate, hold them: 'gain' with the space after it)
PARTY_BEFORE_VERDICT_RE = Lazy(rf"\b(?P<p>{LIST_PARTY_ALT})$")
# "Ollerton (Newark and Sherwood) - Labour's Mick Brammer by one vote": a round-up line's winner after the place
# that opens the line (its council in a bracket) and a dash, told by the margin alone
_PLACE_WORD = r"(?:[A-Z][\w'’-]*|and|of|the|upon|on|in|by|under|le)"
MARGIN_WINNER_RE = Lazy(
    rf"^[ \t]*{_PLACE_WORD}(?:[ \t]+{_PLACE_WORD})*(?:[ \t]*\([^)]*\))?[ \t]*"
    rf"[–—-][ \t]+(?:the[ \t]+)?(?P<p>{PARTY_ALT})(?:['’]s)?[ \t]+(?P<name>{_NAME})[ \t]+by[ \t]+"
    rf"(?:a[ \t]+)?(?:single|{DIGITS}|{NUM_WORDS})\b"
)
# "Eastfield: LD GAIN from Con. Jo Parr, maj 98.", "Marsh (after recount): Lab gain from Con. Al Tey by 6 votes.":
# a round-up line's winner in the sentence after its verdict, told by the majority or the margin after the name
WINNER_AFTER_VERDICT_RE = Lazy(
    rf"(?P<p>{LIST_PARTY_ALT})[ \t]+(?i:gain|hold)\b[^.\n]*\.[ \t]+(?P<name>{_NAME})"
    rf"(?:,[ \t]*(?:maj\.?|majority)[ \t]+{DIGITS}|[ \t]+by[ \t]+{DIGITS}(?:[ \t]+votes?)?)(?=[ \t]*(?:[.;,]|$))"
)
# "Thornby North – Conservative hold (3): Ann Lee, Jo Parr, Al Tey", "Kelby – two Labour holds and a Green gain: A and
# B (Lab), C (Green)": a ward, a dash, the verdict and a colon, then the ward's winners, named without figures
VERDICT_NAMES_RE = Gated(
    r"^[ \t]*[A-Z][\w'’ -]{0,40}?[ \t]+[–—-][ \t]+(?P<verdict>[^:\n]{0,80}?\b(?i:holds?|gains?)\b[^:\n]{0,40}?)"
    r":[ \t]*(?P<names>[A-Z][^:\n]*?)[ \t]*\.?[ \t]*$",
    ("hold", "gain", "HOLD", "GAIN", "Hold", "Gain"),
)
# one winner, or two joined by 'and', with the party in a bracket after them: "A and B (Lab)"
VERDICT_NAMES_PARTY_RE = Lazy(rf"(?P<p>{LIST_PARTY_ALT})")
VERDICT_NAMES_PART_RE = Lazy(rf"(?P<names>{_NAME}(?:[ \t]+and[ \t]+{_NAME})?)(?:[ \t]*\((?P<party>[^()]{{1,40}})\))?")
# "... : Con hold. Jo Parr 1,034": a list's first item, a name and its figure alone after the line's verdict
BARE_LEAD_ITEM_RE = Lazy(rf"(?:^|[.:]\s+)(?P<name>{_NAME})\s+(?P<votes>{DIGITS})\s*$")
LABEL_PARTY_RE = Lazy(rf"\b(?P<p>{PARTY_ALT})\b")
# "Labour: Pat Jenner 797 E, Margaret McCrory 647 E": a party's candidates on one line, E marking the elected; the
# party may be a local group ("Thornby Residents: Ann Cole - 512") or carry a qualifier in a bracket ("Independent
# (ex-Labour): Ann Cole - 612 - ELECTED": the party is the one before the bracket), or be named in two languages
# ("Welsh Labour / Llafur Cymru: Ann Cole 512": the first)
PARTY_LABEL_RE = Gated(
    rf"^\s*(?P<party>{LIST_PARTY_ALT}|{LOCAL_GROUP}){_OTHER_TONGUE}?"
    rf"(?:[ \t]*\([^()\n]{{1,30}}\))?:\s+(?=[A-Z])",
    (":",),
)
NAME_VOTES_RE = Lazy(
    rf"(?P<name>{_NAME})(?:\s+|\s*[–—-]\s*)(?P<votes>{DIGITS})(?:\s+votes?)?{_SHARE_BRACKET}"
    r"(?P<mark>\s+E\b|\s*\(E\)|\s*[–—-]\s*(?i:elected)\b)?\s*(?:[,;]|$)"
)
# (a "Not elected" cell is no mark: the row lost, as the unmarked rows of a list with a mark do)
ELECTED_MARK_RE = Lazy(r"(?<!\bnot )\b(?:elected|re-elected|winner|gain|hold)\b|\(E\)|\*|✓|✅", re.I)

# The cues searched in stretches of a post (a name's words before and after it, a sentence) that a post holding
# none of their keys is not searched for at all (see Doc.shut): their keys are index keys, found once a post.
# (Not the cues whose keys are in most posts, 'to' and 'for': their occurrences would cost the index more.)
POST_GATED = (
    RIVAL_PREV_RE,
    NOT_STANDING_RE,
    NON_SEAT_OBJECT_RE,
    SHARE_NEXT_RE,
    STANDING_NEXT_RE,
    CANDIDATE_PREV_RE,
    ITS_CANDIDATE_PREV_RE,
    COLLEAGUE_PREV_RE,
    GROUP_ROLE_PREV_RE,
    MAJORITY_BEFORE_RE,
    AS_DID_PREV_RE,
    FELLOW_PREV_RE,
    NEW_BEFORE_RE,
)
