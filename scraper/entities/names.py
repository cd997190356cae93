"""People named in a post: full names, 'Mr Bradley' / bare 'Bailey' resolved to them, 'the incumbent'."""

from __future__ import annotations

import re
from dataclasses import dataclass

from scraper.entities.doc import Doc
from scraper.entities.lexicon import (
    CAP_RUN_RE,
    COUNCIL_AREAS,
    FORENAMES,
    NOT_NAME_WORDS,
    PARTY_WORDS,
    PLACE_PREFIXES,
    PLACE_SUFFIXES,
    TITLES,
    TOKEN_RE,
)

_POSSESSIVE_RE = re.compile(r"['’]s$")
# A run right after one of these is a place ("councillor for Mansfield North", "seat in Kirkby Stephen").
_PLACE_BEFORE_RE = re.compile(r"\b(?:in|at|for|near|across|around|within|throughout|covers|covering|of the)\s+$", re.I)
# A run right before one of these is a place or a body, not a person.
_PLACE_AFTER_RE = re.compile(
    r"^\s+(?:ward|wards|division|divisions|seat|seats|by-elections?|council|constituency|area|district|"
    r"electoral|branch|group|count|Council)\b"
)
_JOINED_BEFORE_RE = re.compile(r"\b(?:and|&|in|of)\s+$")
_INCUMBENT_RE = re.compile(r"\b[Tt]he (?:incumbent|sitting councillor|defending councillor|outgoing councillor)\b")
# "She won 182,544 votes": a sentence opening with He / She is about the first person of the sentence before.
_PRONOUN_RE = re.compile(r"(?:He|She)\b(?!\s+(?:said|says|told|added))")
# "The Conservative polled 314,669 votes", "The Labour mayor finished with ...": the person of the sentence
# before, described by party (a role noun after a party; a bare singular party adjective before a verb).
_DESCRIBED_RE = re.compile(
    r"The\s+(?:(?:Conservative|Tory|Liberal Democrat|Lib Dem|Green|[Ii]ndependent)"
    r"|(?:Conservative|Tory|Labour|Liberal Democrat|Lib Dem|Green|Green Party|Reform UK|Reform|SNP|Plaid Cymru"
    r"|[Ii]ndependent)\s+(?:mayor|candidate|commissioner|councillor|winner|incumbent|victor))"
    r"(?=\s+(?!(?:group|party|council|administration|vote|share|candidates|councillors|leader|majority|manifesto"
    r"|campaign|gain|hold|win|victory|MP|and|or)\b)[a-z])"
)


_TITLE_BEFORE_RE = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor|Sir|Dame)\.?\s+$")


@dataclass(frozen=True, slots=True)
class Person:
    start: int
    end: int
    name: str  # the full name, titles left out
    full: bool  # written in full here (not 'Mr Smith', 'Smith' or 'the incumbent')


def _tokens(run: str, offset: int) -> list[tuple[str, int, int]]:
    return [(m.group(0), offset + m.start(), offset + m.end()) for m in TOKEN_RE.finditer(run)]


def _bare(token: str) -> str:
    return _POSSESSIVE_RE.sub("", token)


def _split_run(text: str, start: int, end: int) -> tuple[list[tuple[str, int, int]], bool]:
    """The tokens of a capitalised run that can be a name, and whether a title preceded them."""
    toks = _tokens(text[start:end], start)
    titled = False
    while toks:
        first = toks[0][0]
        bare, title = _bare(first), first.rstrip(".") in TITLES
        if not (bare in NOT_NAME_WORDS or bare in PARTY_WORDS or title):
            break
        titled = titled or title
        toks.pop(0)
    if not titled:
        titled = bool(_TITLE_BEFORE_RE.search(text[max(0, start - 14) : start]))
    # "in Glossop and Charlesworth Damien Greenhalgh": a place word glued before a forename.
    if (
        len(toks) >= 3
        and toks[0][0] not in FORENAMES
        and toks[1][0] in FORENAMES
        and _JOINED_BEFORE_RE.search(text[max(0, toks[0][1] - 6) : toks[0][1]])
    ):
        toks.pop(0)
    return toks, titled


def find_people(doc: Doc) -> list[Person]:
    text = doc.text
    full: list[Person] = []
    singles: list[tuple[str, int, int, bool]] = []
    for m in CAP_RUN_RE.finditer(text):
        toks, titled = _split_run(text, m.start(), m.end())
        if not toks or len(toks) > 4:
            continue
        if not is_name(" ".join(_bare(t) for t, _, _ in toks), titled=titled):
            continue
        s, e = toks[0][1], toks[-1][2]
        name_end = e - (2 if _POSSESSIVE_RE.search(toks[-1][0]) else 0)
        if _PLACE_AFTER_RE.match(text[e : e + 16]):
            continue
        if len(toks) == 1 or (titled and toks[0][0].islower()):  # "Mr Bradley", "Mr ap Emlyn"
            singles.append((_bare(text[s:name_end]), s, name_end, titled))
            continue
        if not titled and _PLACE_BEFORE_RE.search(text[max(0, s - 14) : s]):
            continue
        full.append(Person(s, name_end, text[s:name_end], True))
    people = list(full)
    for surname, s, e, titled in singles:
        match = _by_surname(full, surname, s)
        if match is not None and (titled or not _PLACE_BEFORE_RE.search(text[max(0, s - 14) : s])):
            people.append(Person(s, e, match, False))
    people.extend(_incumbents(doc, full))
    people.extend(_pronouns(doc, full))
    people.sort(key=lambda p: p.start)
    return people


def is_name(name: str, *, titled: bool = False) -> bool:
    """Whether a run of capitalised words can be a person: no place, party or organisation word in it, and
    not ending in a place word ('Whaley Bridge') unless it starts with a forename ('Helen Marsh')."""
    words = name.split()
    if any(w in NOT_NAME_WORDS for w in words) or name.lower() in COUNCIL_AREAS:
        return False
    if any(w in PLACE_SUFFIXES for w in words[1:-1]) or words[0] in PLACE_SUFFIXES or words[0] in PLACE_PREFIXES:
        return False
    # "Councillor Kevan Marsh": after a title a place word ends a surname
    return titled or not (words[-1] in PLACE_SUFFIXES and words[0] not in FORENAMES)


def _by_surname(full: list[Person], surname: str, pos: int) -> str | None:
    """The one full name in the post ending in `surname` (earlier mentions first)."""
    names = {p.name for p in full if p.name.endswith(" " + surname) and p.start < pos}
    if not names:
        names = {p.name for p in full if p.name.endswith(" " + surname)}
    return names.pop() if len(names) == 1 else None


def _incumbents(doc: Doc, full: list[Person]) -> list[Person]:
    """'The incumbent earned 1,557 votes': the first person named in the sentence before."""
    out = []
    for m in _INCUMBENT_RE.finditer(doc.text):
        i = doc.sentence_index(m.start())
        if i == 0 or any(m.end() <= p.start <= m.end() + 30 for p in full):  # "the incumbent Conservative, Mark Ross"
            continue
        p_start, p_end = doc.sentences[i - 1]
        prev = [p for p in full if p_start <= p.start < p_end]
        if prev:
            out.append(Person(m.start(), m.end(), prev[0].name, False))
    return out


def _pronouns(doc: Doc, full: list[Person]) -> list[Person]:
    out = []
    for s, _ in doc.sentences:
        m = _PRONOUN_RE.match(doc.text, s)
        described = None if m else _DESCRIBED_RE.match(doc.text, s)
        i = doc.sentence_index(s)
        if not (m or described) or i == 0:
            continue
        ps, pe = doc.sentences[i - 1]
        prev = [p for p in full if ps <= p.start < pe]
        if prev and m:
            out.append(Person(m.start(), m.end(), prev[0].name, False))
        elif prev and described:  # an empty span after the description, so the party reads as written before it
            out.append(Person(described.end(), described.end(), prev[0].name, False))
    return out
