"""People named in a post: full names, 'Mr Bradley' / bare 'Bailey' resolved to them, 'the incumbent'."""

from __future__ import annotations

import re
from dataclasses import dataclass
from operator import attrgetter

from scraper.entities.doc import Doc, Lazy
from scraper.entities.doc import holds_any as _holds_any
from scraper.entities.lexicon import (
    COUNCIL_AREAS,
    FORENAMES,
    GROUP_WORDS,
    IRISH_MUTATED,
    LOCAL_PREFIXES,
    LOWER_LETTERS,
    NOT_NAME_WORDS,
    PARTICLE,
    PARTY_ABBREV,
    PARTY_ALT,
    PARTY_WORDS,
    PLACE_PREFIXES,
    PLACE_SUFFIXES,
    REGIONS,
    STYLED_NAMES,
    TITLES,
    UPPER,
    UPPER_LETTERS,
)

_LOWER = LOWER_LETTERS
# lexicon.CAP_RUN_RE, matching the same runs, with every token rewritten to open on a capital: the optional
# 'Mc' / 'Mac' / "O'" / "D'" prefix is read after that capital through a lookbehind, so the scan of a post skips
# to the next capital in C instead of trying the whole pattern at every character. The no-prefix branch is tried
# first: where a prefix branch's characters follow, it fails in the token ('Mc' then a capital is no [a-z]+ word
# end), so at most one branch can match. Each optional part (`X?`, `X*`) is written as a branch ending in the
# empty one (`(?:X|)`, `(?:XX*|)`), the same tries in the same order: sre rejects a branch on its first
# character in C, where an optional group sets up a repeat even where its first character is not there. The
# capital after a prefix is written once, after the prefixes' group (the same tries: '(?:a|b)X' tries aX, then bX):
# each copy of the upper-case class compiles to a 64K-bit map (see lexicon.UPPER_LETTERS), 63 copies -> 36. Only
# the capital a token opens on is that class (a scan of a post skips to it in C, and a branch of tokens rejects a
# token on it); the capitals inside a token are lexicon.UPPER, the same letters as a branch that compiles cheaply.
# a hyphen's part, with the same prefixes but "D'" ("Rooney-McKenna", "Kelly-O'Hara")
_HYPHENED = rf"-{UPPER}(?:|(?:(?<=M)c|(?<=M)ac|(?<=O)['’]){UPPER})[{_LOWER}]+"
_SUFFIX = rf"(?:{_HYPHENED}|['’]{UPPER}?[{_LOWER}]+)"
_TOKEN = (
    rf"[{UPPER_LETTERS}](?<![\w-].)(?:(?:|(?:(?<=M)c|(?<=M)ac|(?<=O)['’]|(?<=D)['’]){UPPER})"
    rf"[{_LOWER}]+(?:{_HYPHENED}{_SUFFIX}*|['’]{UPPER}?[{_LOWER}]+{_SUFFIX}*|)(?![\w-])|(?<!\w\w)\."
    # (a word opens on its first letter: not the "Ps" ending "MEPs" in "Labour's MEPs Jo Bloggs", read as a forename;
    # an initial is a capital of its own: not the "P." ending "from the DUP. Peter Doran"; the Irish 'Ó' of
    # "Pádraig Ó Donnghaile", "Cathal Ó hEára": see lexicon.NAME_TOKEN)
    rf"|(?<=Ó)(?=[ \t]+(?:{UPPER}|h[AEIOUÁÉÍÓÚ])))"
)
# "van der Linde": two particles at most; an Irish surname's mutated word ("Ó hEára") only after a first word
_NEXT_TOKEN = rf"(?:[ \t]+(?:{PARTICLE}[ \t]+(?:{PARTICLE}[ \t]+|)|)(?:{_TOKEN}|{IRISH_MUTATED}))"
CAP_RUN_RE = re.compile(rf"{_TOKEN}(?:{_NEXT_TOKEN}{_NEXT_TOKEN}*|)")
_POSSESSIVES = ("'s", "’s")
_START = attrgetter("start")  # (a sort key read in C: a lambda is a Python call a person)
_PARTICLE_RE = Lazy(PARTICLE)
# the first word of an Irish surname ('Mac Lochlainn', 'Nic Aoidh', 'Ní Bhriain', 'Ó Donnghaile'), never a forename
_IRISH_SURNAME_PARTICLES = frozenset({"Mac", "Nic", "Ní", "Ó", "Ua", "Uí", "Mhic"})
# a surname's particle written with a capital ("Le Brocq", "De Garis", "Du Feu": the Channel Islands' names), never a
# forename (not 'Van', 'Al' or 'Di'): two words opening on one are a surname, as "Mr Le Brocq" is
_CAPPED_PARTICLES = frozenset({"Le", "La", "De", "Du", "Von", "Der", "Den"})
# A run right after one of these is a place ("councillor for Mansfield North", "seat in Kirkby Stephen").
# ... and the seat a name won or kept: "Jo Bell won Bishops Cleeve with 900 votes", "has held Aberdeen Donside"
_PLACE_WORDS = ("in", "at", "for", "near", "across", "around", "within", "throughout", "covers", "covering") + (
    "of the",
    "won",
    "wins",
    "gained",
    "gains",
    "held",
    "holds",
    "retained",
    "retains",
    "kept",
    "took",
    "takes",
    "taken",
)
# ... but "the Green list brings in Ada Vance": the 'in' is the verb's, not a place's
_VERBS_WITH_IN = ("brings", "bring", "brought")
_PLACE_IN = "".join(rf"(?<!\b{v}\s)" for v in _VERBS_WITH_IN) + "in"
_PLACE_BEFORE_RE = Lazy(rf"\b(?:{'|'.join(_PLACE_IN if w == 'in' else w for w in _PLACE_WORDS)})\s+$", re.I)
_WORD_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")
# A run right before one of these is a place or a body, not a person.
_PLACE_AFTER_RE = re.compile(
    r"^\s+(?:ward|wards|division|divisions|seat|seats|by-elections?|council|constituency|area|district|"
    r"electoral|branch|group|count|Council)\b"
)
_JOINED_BEFORE_RE = Lazy(r"\b(?:and|&|in|of)\s+$")
_INCUMBENT_RE = Lazy(r"\b[Tt]he (?:incumbent|sitting councillor|defending councillor|outgoing councillor)\b")
# "She won 182,544 votes": a sentence opening with He / She is about the first person of the sentence before.
_PRONOUN_RE = re.compile(r"(?:He|She)\b(?!\s+(?:said|says|told|added))")
# "The Conservative polled 314,669 votes", "The Labour mayor finished with ...": the person of the sentence
# before, described by party (a role noun after a party; a bare singular party adjective before a verb, or before
# an apposition about the person: "The independent, a nursery nurse, was elected").
# ("The Ulster Unionist councillor topped the poll": any party's name before the role noun)
_DESCRIBED_RE = Lazy(
    r"The\s+(?:(?:Conservative|Tory|Liberal Democrat|Lib Dem|Green|[Ii]ndependent)"
    rf"|(?:{PARTY_ALT}|[Ii]ndependent)\s+(?:mayor|candidate|commissioner|councillor|winner|incumbent|victor))"
    r"(?=\s+(?!(?:group|party|council|administration|vote|share|candidates|councillors|leader|majority|manifesto"
    r"|campaign|gain|hold|win|victory|MP|and|or)\b)[a-z]|,\s+(?:an?|the|who)\s)"
)


# How far after a description ('The Conservative') a name in apposition can start (' candidate, ')
_APPOSITION_REACH = 24
_TITLE_BEFORE_RE = Lazy(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor|Sir|Dame)\.?\s+$")
# Literal gates: a pattern is only tried where one of the words it needs is in the text.
_TITLE_KEYS = ("Mr", "Ms", "Miss", "Dr", "Cllr", "Councillor", "Sir", "Dame")
_INCUMBENT_KEYS = ("he incumbent", "he sitting councillor", "he defending councillor", "he outgoing councillor")
_PRONOUN_STARTS = ("He", "She", "The")
KEYS = (*_INCUMBENT_KEYS, *_TITLE_KEYS)  # the literal tests of whole posts here (see doc.KeyIndex)


@dataclass(slots=True, unsafe_hash=True)  # not frozen, as doc.Mention
class Person:
    start: int
    end: int
    name: str  # the full name, titles left out
    full: bool  # written in full here (not 'Mr Smith', 'Smith' or 'the incumbent')


def _tokens(run: str, offset: int) -> list[tuple[str, int, int]]:
    """`TOKEN_RE.finditer(run)` for a run of CAP_RUN_RE: its space-separated words are its tokens, except that a
    particle is read as TOKEN_RE reads it (the first alternative that fits: 'de' of 'der' and 'den')."""
    out = []
    pos = 0
    for word in run.split():
        at = run.index(word, pos)
        pos = at + len(word)
        if word[0].islower():
            # a run's lower-case word is a particle, or an Irish surname's article or mutated word, read whole
            # ('an' of "Nic an tSaoir": the particle's lookbehind reads the run, not the word)
            particle = _PARTICLE_RE.match(word)
            if particle is not None:
                word = particle.group()
        out.append((word, offset + at, offset + at + len(word)))
    return out


def _bare(token: str) -> str:
    """The token without a possessive 's (tokens never hold a newline, so `endswith` is `['’]s$`)."""
    return token[:-2] if token.endswith(_POSSESSIVES) else token


# the word of an office that stands before its holder's name ("Treasury Minister", "Home Secretary")
_OFFICE_WORDS = frozenset(("Minister", "Secretary", "Chancellor", "Commissioner"))


def _split_run(text: str, start: int, end: int, titles: bool = True) -> tuple[list[tuple[str, int, int]], bool]:
    """The tokens of a capitalised run that can be a name, and whether a title preceded them (no tokens: the
    run is not looked at further, so neither is the text before it; `titles`: the text may hold a title)."""
    run = text[start:end]
    # a run without a space or tab is one token (TOKEN_RE would find just it)
    toks = _tokens(run, start) if " " in run or "\t" in run else [(run, start, end)]
    titled = False
    if len(toks) > 2 and toks[0][0] in LOCAL_PREFIXES and toks[1][0].endswith(_POSSESSIVES):
        toks = toks[2:]  # ("Llais Eryrfon's Idris Parry": a local group named by its first word, then its person)
    while toks:
        first = toks[0][0]
        bare, title = first[:-2] if first.endswith(_POSSESSIVES) else first, first.rstrip(".") in TITLES  # _bare
        if not (bare in NOT_NAME_WORDS or bare in PARTY_WORDS or title or bare is not first and bare in PARTY_ABBREV):
            break  # ("Lab's Ben Ryder": a party's short form with a possessive opens no name)
        if (
            bare is first
            and _forename_first([bare, *(t[0] for t in toks[1:])])
            and not _DATE_BEFORE_RE.search(text, max(0, toks[0][1] - 8), toks[0][1])
        ):
            break  # ("June Mountford": a month that is also a forename, a surname after it; not "In June Al Tey won")
        titled = titled or title
        toks.pop(0)
    if not toks:
        return toks, titled
    # "Alex Salmond's Alba party": a possessive after the name's first word ends the name (what follows is the
    # person's: a party, a seat); "Salmond's Alba": a surname's possessive before a party's word
    # (a run ending on a word no name holds, 'Alex Salmond's Labour', is dropped unread by find_people: left whole)
    if len(toks) > 1 and ("'s " in run or "’s " in run) and _bare(toks[-1][0]) not in NOT_NAME_WORDS:
        for i in range(len(toks) - 1):
            if toks[i][0].endswith(_POSSESSIVES) and (i or (len(toks) == 2 and toks[1][0] in PARTY_WORDS)):
                # (not "the Northern Independence Party's Thelma Walker-Grey": a party's possessive, the name after)
                # (nor "Holme Together's Ruth Bell": a local group's)
                if all(_bare(t[0]) not in GROUP_WORDS and _bare(t[0]) not in NOT_NAME_WORDS for t in toks[: i + 1]):
                    toks = toks[: i + 1]
                break
    # "Ashfield Independent Jake Brennan": a local group's name (a place, a party word) before a forename; "Education
    # Secretary Joanna Pell": an office's words (one no name holds) before a forename
    # (or an office's word before the run's last two words, whatever the forename: "Health Minister Lawrie Kinvig")
    # (or a group's possessive before any name: "Holme Together's Rashed Uddin")
    for i in range(1, len(toks) - 2):
        if (_bare(toks[i][0]) in GROUP_WORDS or toks[i][0] in NOT_NAME_WORDS) and (
            toks[i + 1][0] in FORENAMES
            or (i + 3 == len(toks) and toks[i][0] in _OFFICE_WORDS)
            or toks[i][0].endswith(_POSSESSIVES)
        ):
            toks = toks[i + 1 :]
            break
    if not titled and titles:
        before = text[max(0, start - 14) : start]
        titled = _holds_any(before, _TITLE_KEYS) and bool(_TITLE_BEFORE_RE.search(before))
    # "in Glossop and Charlesworth Damien Greenhalgh", "In Houghton and Sunderland South Bridget Phillipson's": a
    # place's words glued before a forename
    if (
        len(toks) >= 3
        and toks[0][0] not in FORENAMES
        and _JOINED_BEFORE_RE.search(text[max(0, toks[0][1] - 6) : toks[0][1]])
    ):
        for i in range(1, len(toks) - 1):
            if toks[i][0] in FORENAMES:
                del toks[:i]
                break
    return toks, titled


_KNIGHT_BEFORE_RE = Lazy(r"\b(?:Sir|Dame)\s+$")


def _knight_of(text: str, start: int, forename: str, full: list[Person]) -> str | None:
    """'polled 11,208 votes to Sir Neil's 25,770' after 'Sir Neil Ashcombe': a knight or a dame is called by the
    title and forename, so the one full name of the post with that forename is theirs."""
    if not _KNIGHT_BEFORE_RE.search(text, max(0, start - 6), start):
        return None
    names = {p.name for p in full if p.name.startswith(forename + " ")}
    return names.pop() if len(names) == 1 else None


def find_people(doc: Doc) -> list[Person]:
    text = doc.text
    full: list[Person] = []
    singles: list[tuple[list[tuple[str, int, int]], bool]] = []
    titles = doc.holds(_TITLE_KEYS)  # (every match of _TITLE_BEFORE_RE holds one: a post without any has no title)
    for m in CAP_RUN_RE.finditer(text):
        start, end = m.span()
        run = m.group()
        if " " not in run and "\t" not in run:
            # one token: _split_run inlined (most runs: a sentence's first word, a place, a surname)
            bare = run[:-2] if run.endswith(_POSSESSIVES) else run
            if (bare in NOT_NAME_WORDS and not titles) or bare in PARTY_WORDS or run.rstrip(".") in TITLES:
                continue  # the run's one token is dropped: nothing left to read
            if titles:
                before = text[start - 14 if start > 14 else 0 : start]  # (no max() call: ~7 a post)
                titled = _holds_any(before, _TITLE_KEYS) and bool(_TITLE_BEFORE_RE.search(before))
            else:
                titled = False
            if bare in NOT_NAME_WORDS and not titled:
                continue  # (but "Mr Carlisle": after a title a place's name is a surname, read against the full names)
            singles.append(([(run, start, end)], titled))  # read once the full names are known
            continue
        # a run whose last word is no name's word ('Suthall District Council') names no one: that word is either
        # stripped from the front with all before it, or kept, and then is_name fails (as for a single or a title)
        # (no max() call, ~7 a post: a tab is rare, and without one rfind gives -1)
        cut = run.rfind(" ") if "\t" not in run else max(run.rfind(" "), run.rfind("\t"))
        last = run[cut + 1 :]
        if (last[:-2] if last.endswith(_POSSESSIVES) else last) in NOT_NAME_WORDS and not (
            last == "Ward" and _named_ward(text, end, run.split()[-2:])
        ):
            continue
        toks, titled = _split_run(text, start, end, titles)
        if not toks or len(toks) > 4:
            continue
        # "Mr Bradley", "Mr ap Emlyn", "Plaid's ap Rhys", "Ms Nic Aoidh" (a name opening on its particle, or on an
        # Irish surname's 'Mac' / 'Nic' / 'Ní' / 'Ó', is a surname)
        if (
            len(toks) == 1
            or toks[0][0].islower()
            or toks[0][0] in _IRISH_SURNAME_PARTICLES
            or (len(toks) == 2 and toks[0][0] in _CAPPED_PARTICLES)
        ):
            singles.append((toks, titled))  # read once the full names are known
            continue
        s, e = toks[0][1], toks[-1][2]  # _name_span and _bare, inlined (~6 runs a post)
        name_end = e - 2 if toks[-1][0].endswith(_POSSESSIVES) else e
        words = []  # (a loop, not a list comprehension: no frame of its own)
        for t, _, _ in toks:
            words.append(t[:-2] if t.endswith(_POSSESSIVES) else t)
        name = " ".join(words)
        if not (
            is_name(name, titled=titled)
            or _party_owned(text, s, e, name)
            or _named_ward(text, e, words)
            or _paired_with(full, text, s, e, name)
        ) or _PLACE_AFTER_RE.match(text[e : e + 16]):
            continue
        if (
            not titled
            and _place_before(text, s)
            and not (words[0] in FORENAMES and _VOTES_FOR_BEFORE_RE.search(text, max(0, s - 24), s))
        ):
            continue  # (but "94 votes for Kevin Ashby": a forename after a figure's votes for is a person's)
        full.append(Person(s, name_end, text[s:name_end], True))
    people = list(full)
    for toks, titled in singles:
        s, e, name_end = _name_span(toks)
        surname = _bare(text[s:name_end])
        if titled and (knight := _knight_of(text, s, surname, full)) is not None:
            people.append(Person(s, name_end, knight, False))
            continue
        tail = " " + surname
        for p in full:  # a full name it can stand for
            if p.name.endswith(tail):
                break
        else:
            continue
        if (
            (
                not is_name(" ".join([_bare(t) for t, _, _ in toks]), titled=titled)
                and not (titled and len(toks) == 1)  # ("Mr Carlisle" after "Neil Carlisle": the surname of that name)
            )
            or _PLACE_AFTER_RE.match(text[e : e + 16])
        ):
            continue
        match = surname_of(full, surname, s)
        if match is not None and (titled or not _place_before(text, s)):
            people.append(Person(s, name_end, match, False))
    people.extend(_incumbents(doc, full))
    people.extend(_pronouns(doc, full))
    if any(name in text for name in STYLED_NAMES):
        people = _styled(text, people)
    people.sort(key=_START)
    return people


def _styled(text: str, people: list[Person]) -> list[Person]:
    """``people`` with each stage name of `STYLED_NAMES` the text writes ('Lord Buckethead', 'Count Binface') as one
    person, title and all, in place of what was read inside it ('Buckethead')."""
    styled = [
        Person(m.start(), m.end(), name, True)
        for name in STYLED_NAMES
        for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text)
    ]
    kept = [p for p in people if all(p.end <= s.start or s.end <= p.start for s in styled)]
    return kept + styled


# "Labour's Ollie Marsh was ...", "the Greens' Kit Fenn, ...": a party's possessive right before the run, and
# after it a verb or the clause's end (not "Labour's Salt Marsh councillors", "Labour's Kelby Marsh victory")
_PARTY_OWNER_BEFORE_RE = Lazy(rf"(?<![\w-])(?:{PARTY_ALT})(?:['’]s|['’])[ \t]+$")
_OWNER_ENDS = frozenset({"s ", "' ", "’ ", "s\t", "'\t", "’\t"})
_PERSON_VERB_AFTER_RE = Lazy(
    r"[ \t]*(?:[,;.:(]|$|(?:was|were|is|has|had|came|finished|won|lost|polled|got|received|took|held|kept|gained"
    r"|secured|beat|topped|trailed)\b)"
)


def _party_owned(text: str, s: int, e: int, name: str) -> bool:
    """A name ending in a place word ('Ollie Marsh') whose forename the lexicon does not know is a person when a
    party's possessive stands before it, as a title would, and a verb or the clause's end after it ('Labour's
    Ollie Marsh was third')."""
    return (
        text[s - 2 : s] in _OWNER_ENDS  # (the possessive's last two characters: most runs follow none)
        and is_name(name, titled=True)
        and _PARTY_OWNER_BEFORE_RE.search(text, max(0, s - 40), s) is not None
        and _PERSON_VERB_AFTER_RE.match(text, e) is not None
    )


# "Jo Bloggs and Ewan Marsh are elected": a pair of people elected together (a verb no place takes)
_PAIR_ELECTED_AFTER_RE = Lazy(r"[ \t]+(?:are|were|have[ \t]+been)[ \t]+(?:both[ \t]+)?(?:re-?)?elected\b")


def _paired_with(full: list[Person], text: str, s: int, e: int, name: str) -> bool:
    """A name ending in a place word ('Ewan Marsh') whose forename the lexicon does not know is a person when it
    is the second of a pair whose first is a person, both elected ('Jo Bloggs and Ewan Marsh were elected'): as
    after a title, only a place word inside the run makes it no name."""
    return (
        bool(full)
        and text.endswith(" and ", 0, s)
        and full[-1].end == s - 5
        and is_name(name, titled=True)
        and _PAIR_ELECTED_AFTER_RE.match(text, e) is not None
    )


_VOTES_FOR_BEFORE_RE = Lazy(r"\d\s+votes?\s+for\s+$")
# "Colin Ward won Wyberton": a seat won by whoever is named before it (a person named Ward, not a ward)
WON_A_SEAT = r"[ \t]+(?:won|wins|took|takes|held|holds|gained|gains|kept|keeps|retained|retains|captured)[ \t]+[A-Z]"
_WON_A_SEAT_RE = Lazy(WON_A_SEAT)


def _named_ward(text: str, e: int, words: list[str]) -> bool:
    """A known forename and 'Ward' that win a seat named after them ('Colin Ward won Wyberton'): a person, where
    'Ward' otherwise ends a ward's name ('Abbey Ward')."""
    return (
        len(words) == 2 and words[1] == "Ward" and words[0] in FORENAMES and _WON_A_SEAT_RE.match(text, e) is not None
    )


def _place_before(text: str, s: int) -> bool:
    """`_PLACE_BEFORE_RE.search(text[max(0, s - 14) : s])`, read without a search where the stretch is ASCII: a match
    is a place word (any case), a word boundary before it, and only whitespace after it to the end (an 'in' not
    after one of `_VERBS_WITH_IN` and one space)."""
    stretch = text[s - 14 if s > 14 else 0 : s]  # (no max() call: ~3 a post)
    if not stretch.isascii():  # (the case-insensitive pattern folds 'ſ' to 's')
        return bool(_PLACE_BEFORE_RE.search(stretch))
    rest = stretch.rstrip().lower()
    if len(rest) == len(stretch) or not rest.endswith(_PLACE_WORDS):
        return False
    for word in _PLACE_WORDS:  # (rare: a place word ends the stretch)
        if rest.endswith(word) and rest[-len(word) - 1 : -len(word)] not in _WORD_CHARS:
            return word != "in" or not _verb_before_in(rest[:-2])
    return False


def _verb_before_in(head: str) -> bool:
    """Whether `head` (lower-case) ends in one of `_VERBS_WITH_IN`, a word boundary before it, and one space."""
    if not head or not head[-1].isspace():
        return False
    head = head[:-1]
    return any(head.endswith(v) and head[-len(v) - 1 : -len(v)] not in _WORD_CHARS for v in _VERBS_WITH_IN)


def _name_span(toks: list[tuple[str, int, int]]) -> tuple[int, int, int]:
    """Start and end of the tokens, and where the name ends (before a possessive 's)."""
    s, e = toks[0][1], toks[-1][2]
    return s, e, e - (2 if toks[-1][0].endswith(_POSSESSIVES) else 0)


def is_name(name: str, *, titled: bool = False) -> bool:
    """Whether a run of capitalised words can be a person: no place, party or organisation word in it, and
    not ending in a place word ('Whaley Bridge') unless it starts with a forename ('Helen Marsh') or a title opens
    it ('Mr Marsh')."""
    words = name.split()
    if not NOT_NAME_WORDS.isdisjoint(words[1:] if _forename_first(words) else words) and not _saint_surname(words):
        return False
    if name.lower() in COUNCIL_AREAS or name in REGIONS:
        return False  # (a region of words that are each a name's: 'Greater Manchester', 'Thames Valley')
    if not PLACE_SUFFIXES.isdisjoint(words[1:-1]):
        return False
    if (words[0] in PLACE_SUFFIXES or words[0] in PLACE_PREFIXES) and not (titled and len(words) == 1):
        return False  # (but "Mr Marsh": a title before a lone surname makes it a person's)
    # "Councillor Kevan Marsh": after a title a place word ends a surname
    return titled or not (words[-1] in PLACE_SUFFIXES and words[0] not in FORENAMES)


# a preposition or a determiner of time before a month ("in June", "since June", "last June"): a date, no forename
_DATE_BEFORE_RE = Lazy(r"\b(?i:in|since|until|from|on|by|last|next|this|early|late|mid)\s+$")


def _forename_first(words: list[str]) -> bool:
    """Whether a run opens on a forename before a surname: 'June Mountford' (a month that is also a given name
    names a person when a surname follows; 'June' alone, or 'June 2019', does not)."""
    if len(words) < 2 or words[0] not in FORENAMES:
        return False
    second = _bare(words[1])
    return second not in NOT_NAME_WORDS and second not in PARTY_WORDS  # (not "In June Labour's Al Tey won")


def _saint_surname(words: list[str]) -> bool:
    """'Marcus St John-Smythe', 'Jane St Clair': a known forename, then a surname opening on 'St' (a word that
    otherwise opens a place's name, 'St Albans')."""
    return (
        len(words) >= 3
        and words[0] in FORENAMES
        and "St" in words[1:-1]
        and all(w == "St" or w not in NOT_NAME_WORDS for w in words)
    )


def surname_of(full: list[Person], surname: str, pos: int) -> str | None:
    """The one full name in the post ending in `surname` (earlier mentions first)."""
    names = {p.name for p in full if p.name.endswith(" " + surname) and p.start < pos}
    if not names:
        names = {p.name for p in full if p.name.endswith(" " + surname)}
    return names.pop() if len(names) == 1 else None


def _incumbents(doc: Doc, full: list[Person]) -> list[Person]:
    """'The incumbent earned 1,557 votes': the first person named in the sentence before."""
    out: list[Person] = []
    if not doc.holds(_INCUMBENT_KEYS):
        return out
    for m in _INCUMBENT_RE.finditer(doc.text):
        i = doc.sentence_index(m.start())
        if i == 0 or any(m.end() <= p.start <= m.end() + 30 for p in full):  # "the incumbent Conservative, Mark Ross"
            continue
        p_start, p_end = doc.sentences[i - 1]
        prev = [p for p in full if p_start <= p.start < p_end]
        if prev:
            out.append(Person(m.start(), m.end(), prev[0].name, False))
    return out


def _a_line(doc: Doc, i: int) -> bool:
    """Whether sentence `i` is a list's row: a line of its own ending on a figure ('Ann Lake (Labour) - 9,100'; a
    paragraph of one sentence ends on its stop)."""
    s, e = doc.sentences[i]
    return (s == 0 or doc.text[s - 1] == "\n") and doc.text.startswith("\n", e) and doc.text[e - 1].isdecimal()


def _pronouns(doc: Doc, full: list[Person]) -> list[Person]:
    out = []
    for s, _ in doc.sentences:
        if not doc.text.startswith(_PRONOUN_STARTS, s):
            continue
        m = _PRONOUN_RE.match(doc.text, s)
        described = None if m else _DESCRIBED_RE.match(doc.text, s)
        if described and any(described.end() <= p.start <= described.end() + _APPOSITION_REACH for p in full):
            described = None  # "The Conservative candidate, Derek Hall, got 604": the name follows, in apposition
        i = doc.sentence_index(s)
        if not (m or described) or i == 0:
            continue
        ps, pe = doc.sentences[i - 1]
        prev = [p for p in full if ps <= p.start < pe]
        if prev and i >= 2 and _a_line(doc, i - 1) and _a_line(doc, i - 2):
            qs, qe = doc.sentences[i - 2]
            if any(qs <= p.start < qe for p in full):
                continue  # the last row of a list of candidates ('She won 41%' after it is about none of its rows)
        if prev and m:
            out.append(Person(m.start(), m.end(), prev[0].name, False))
        elif prev and described:  # an empty span after the description, so the party reads as written before it
            out.append(Person(described.end(), described.end(), prev[0].name, False))
    return out
