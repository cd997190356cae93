"""Councils (named, or 'the county council' resolved) and wards / divisions (with or without the word 'ward')."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from scraper.entities.doc import Doc, Mention
from scraper.entities.lexicon import (
    BUILDING_WORDS,
    CITY_COUNCIL,
    COUNCIL_AREAS,
    COUNCIL_TYPE_RE,
    COUNTIES,
    COUNTY_COUNCIL,
    COUNTY_RE,
    DIRECTIONS,
    NOT_NAME_WORDS,
    PARTY_ABBREV,
    PARTY_ALIAS,
    PARTY_ALT,
    PLACE_SUFFIXES,
    PREFIX_COUNCIL_RE,
    REGIONS,
    RUN_STOP_WORDS,
)
from scraper.entities.names import Person

_JOINERS = frozenset({"and", "&", "upon", "on", "under", "le", "la", "de", "by", "with", "cum", "of"})
_CAP = r"[A-Z][\w'’-]*"
RUN = rf"{_CAP}(?:[ \t]+(?:(?:and|&|upon|on|under|le|la|de|by|with|cum|of)[ \t]+)?{_CAP})*"
_WORD_RE = re.compile(r"[\w'’.&-]+")

# --- implicit councils -----------------------------------------------------------------------------------
_COUNTY_TRIGGER_RE = re.compile(
    r"\b(?:the county council|county council(?:lors?|s)?|[Cc]ounty [Hh]all|the county\b|county elections?|"
    r"county seats?|county divisions?)"
)
_COUNTY_CONTEXT_RE = re.compile(
    r"\b(?:seats?|councillors|control|majority|administration)\s+(?:in|on|of|at)\s+(?:the\s+)?$"
)
_DIRECTION_BEFORE_RE = re.compile(rf"\b(?:{'|'.join(sorted(DIRECTIONS))})[ \t]+$")
_GLUED_AFTER_RE = re.compile(r"[ \t]+(?!County\b)[A-Z]")
_GENERIC_COUNCIL_RE = re.compile(r"\b(?:the council|the authority|the local authority)\b")
_CITY_OF_RE = re.compile(r"\b[Tt]he city of ([A-Z][\w'’-]+(?:[ -](?:upon|on|under)[ -][A-Z][\w'’-]+)?)")
_RESULT_CUE_RE = re.compile(
    r"\b(?:seats?|by-elections?|elections?|hold|gain|won|win|held|kept|council(?:lors?)?|ward|vote|majority)\b",
    re.I,
)

# --- wards ---------------------------------------------------------------------------------------------
_WARD_PATTERNS = tuple(
    re.compile(p)
    for p in (
        rf"(?P<run>{RUN})\s+(?:ward|electoral division|division)s?\b",
        rf"\b(?:the|The)\s+(?P<run>{RUN}(?:,[ \t]+{RUN})+[ \t]+(?:and|&)[ \t]+{RUN})\s+(?:ward|division)\b",
        rf"\b(?:gains?|holds?|losses|loss)\s+(?:was|were|included?|including)\s+(?:the\s+)?(?P<run>{RUN})",
        rf"\b(?:gain|gains|hold|holds)\s+(?P<run>(?>{RUN}))(?=\s+from\b|\s*[.;]|\s*$)",
        rf"(?m)^[ \t]*(?:{RUN},[ \t]+)?(?P<run>{RUN})[ \t]*[:–—-][ \t]*(?:{PARTY_ALT})\s+(?:gain|hold|GAIN|HOLD)\b",
        rf"(?P<run>{RUN})\s+by-elections?\b",
        rf"(?P<run>{RUN})\s+seats?\b",
        rf"\b(?i:seat|seats|victory|win|result|recount|gain|hold|loss|majority)\s+(?:(?:now|again|here|expected|due|called"
        rf"|ordered|under\s?way|taking place|is|was)\s+)?"
        rf"(?:in|for|at)\s+(?:the\s+)?(?P<run>{RUN})",
        rf"\b(?:represented|representing|councillors? for|elected (?:as (?:a |the )?councillor |councillor )?for|"
        rf"candidates? for|stood in|standing in|(?:was|were) in)\s+(?:the\s+)?(?P<run>{RUN})",
        rf"\b(?:gained|gaining|won|winning|held|holding|kept|keeping|retained|retaining|took|taking|lost|losing)"
        rf"\s+(?P<run>(?>{RUN}))(?!\s+(?:[Cc]ouncil|seats?\b|ward|division|by-election))",
    )
)
_IN_BEFORE_PERSON_RE = re.compile(rf"\b[Ii]n\s+(?:the\s+)?(?P<run>{RUN})(?=,?\s)")
# "Labour's Ashley Carter won in Glascote": a ward after a person's result verb.
_PERSON_IN_RE = re.compile(
    rf"\b(?:won|held on|hung on|(?:re-)?elected|topped the poll|lost|lost out|beat|beaten|defeated|regained|returned)"
    rf"\s+in\s+(?:the\s+)?(?P<run>{RUN})"
)
_GAP_TO_PERSON_RE = re.compile(r"^[,\s]*(?:(?:the\s+)?[\w'’-]+\s+){0,3}$")
_INCLUDING_RE = re.compile(rf"\bincluding(?:\s+in)?\s+(?P<list>{RUN}(?:,\s+{RUN})*(?:,?\s+and\s+{RUN})?)")
_LIST_SPLIT_RE = re.compile(rf"{_CAP}(?:[ \t]+(?:(?:&|upon|on|under|le|la|de|by|with|cum|of)\s+)?{_CAP})*")
ROUND_UP_RE = re.compile(r"\bcouncils\b|\bacross (?:England|Britain|Scotland|Wales|the (?:UK|country))\b")
_PLURAL_AFTER_RE = re.compile(r"\s+(?:wards|divisions|by-elections)\b")
_PAREN_WARD_RE = re.compile(rf"^\s*\((?P<run>{RUN})\)")
_OUTCOME_CUE_RE = re.compile(
    r"\b(?:seats?|won|took|held|kept|gain\w*|regain\w*|elected|lost|defeated|beat|beating|unseated|victory)\b"
)


def find_councils(doc: Doc) -> list[Mention]:
    """Every council mention (explicit names first, then the ones the text makes clear)."""
    explicit = list(_explicit_councils(doc.text))
    implicit = list(_implicit_councils(doc, explicit))
    return sorted(explicit + implicit, key=lambda c: c.start)


def _explicit_councils(text: str) -> Iterator[Mention]:
    for m in COUNCIL_TYPE_RE.finditer(text):
        words = _run_before(text, m.start())
        if not words:
            continue
        start = words[0][1]
        yield Mention(start, m.end(), f"{text[start : m.start()].strip()} {m.group(1)}")
    for m in PREFIX_COUNCIL_RE.finditer(text):
        yield Mention(m.start(), m.end(), m.group(1))


def _run_before(text: str, pos: int) -> list[tuple[str, int]]:
    """The capitalised words (with joiners) right before `pos`, stopping at stop words and parties."""
    words = [(w.group(0), w.start()) for w in _WORD_RE.finditer(text[max(0, pos - 80) : pos])]
    base = max(0, pos - 80)
    gap_ok = re.fullmatch(r"\s*", text[base + words[-1][1] + len(words[-1][0]) : pos]) if words else None
    if not words or not gap_ok:
        return []
    run: list[tuple[str, int]] = []
    for word, off in reversed(words):
        bare = word.rstrip(".")
        if bare in ("Council", "Councils") or "\n" in text[base + off : pos]:
            break
        if bare in _JOINERS and run:
            run.insert(0, (bare, base + off))
            continue
        if not word[:1].isupper() or bare in RUN_STOP_WORDS or bare in PARTY_ALIAS or "-" in bare and _party_word(bare):
            break
        run.insert(0, (word, base + off))
        # a sentence boundary ends the run
        if text[max(0, base + off - 2) : base + off].strip() in (".", ",", ";", ":"):
            break
    while run and run[0][0] in _JOINERS:
        run.pop(0)
    return run


def _party_word(word: str) -> bool:
    return any(part in PARTY_ALIAS for part in word.split("-"))


def _implicit_councils(doc: Doc, explicit: list[Mention]) -> Iterator[Mention]:
    text = doc.text
    named = {c.value for c in explicit}
    for m in _CITY_OF_RE.finditer(text):
        place = m.group(1)
        s, e = doc.sentence_of(m.start())
        if place not in COUNTIES and _RESULT_CUE_RE.search(text[s:e]):
            yield Mention(m.start(), m.end(), CITY_COUNCIL.get(place, f"{place} City Council"))
    county = _main_county(doc)
    if county is None:
        return
    name = COUNTY_COUNCIL[county]
    for m in _COUNTY_TRIGGER_RE.finditer(text):
        yield Mention(m.start(), m.end(), name)
    for m in COUNTY_RE.finditer(text):
        if m.group(1) == county and _COUNTY_CONTEXT_RE.search(text[max(0, m.start() - 40) : m.start()]):
            yield Mention(m.start(), m.end(), name)
    title_county = any(_clean_county(text, m) for m in COUNTY_RE.finditer(text, 0, doc.title_end))
    if not named and title_county:
        for m in _GENERIC_COUNCIL_RE.finditer(text):
            yield Mention(m.start(), m.end(), name)


def _clean_county(text: str, m: re.Match[str]) -> bool:
    """'Derbyshire' on its own, not 'South Derbyshire' or 'Derbyshire Dales'."""
    prefixed = _prefixed(text, m)
    glued = bool(_GLUED_AFTER_RE.match(text, m.end()))
    return not prefixed and not glued


def _prefixed(text: str, m: re.Match[str]) -> bool:
    """'North West Leicestershire', 'South Derbyshire': a district named after its county."""
    return bool(_DIRECTION_BEFORE_RE.search(text, max(0, m.start() - 16), m.start()))


def _main_county(doc: Doc) -> str | None:
    """The county a post is about: a clean mention (title first), else one inside a district's name."""
    mentions = list(COUNTY_RE.finditer(doc.text))
    clean = [m for m in mentions if _clean_county(doc.text, m)]
    prefixed = [m for m in mentions if _prefixed(doc.text, m)]
    for pool in (clean, prefixed):
        if pool:
            return pool[0].group(1)
    return None


def council_place(name: str) -> str:
    """'Derby City Council' -> 'Derby'."""
    for suffix in (
        " Metropolitan Borough Council",
        " County Borough Council",
        " Borough Council",
        " City Council",
        " County Council",
        " District Council",
        " Town Council",
        " Council",
    ):
        if name.endswith(suffix):
            return name[: -len(suffix)]
    return name


def find_wards(doc: Doc, councils: list[Mention], people: list[Person]) -> list[Mention]:
    text = doc.text
    blocked = {council_place(c.value) for c in councils} | {c.value for c in councils}
    found: list[Mention] = []
    spans = [(p.start, p.end) for p in people]
    for rx in _WARD_PATTERNS:
        for m in rx.finditer(text):
            if _PLURAL_AFTER_RE.match(text, m.end("run")):  # "Stony and Bletchley Park wards": two wards
                for part in _LIST_SPLIT_RE.finditer(text, m.start("run"), m.end("run")):
                    found.extend(_clean_run(text, part.start(), part.end(), blocked, spans))
                continue
            found.extend(_clean_run(text, m.start("run"), m.end("run"), blocked, spans))
    for m in _IN_BEFORE_PERSON_RE.finditer(text):
        s, e = doc.sentence_of(m.start())
        near = [p for p in people if m.start("run") < p.start < e]
        if (
            near
            and _OUTCOME_CUE_RE.search(text[s:e])
            and (near[0].start < m.end("run") or _GAP_TO_PERSON_RE.match(text[m.end("run") : near[0].start]))
        ):
            found.extend(_clean_run(text, m.start("run"), m.end("run"), blocked, spans))
    for m in _PERSON_IN_RE.finditer(text):
        s, _ = doc.sentence_of(m.start())
        if any(s <= p.start < m.start() for p in people):
            found.extend(_clean_run(text, m.start("run"), m.end("run"), blocked, spans))
    for m in _INCLUDING_RE.finditer(text):
        s, e = doc.sentence_of(m.start())
        parts = list(_LIST_SPLIT_RE.finditer(text, m.start("list"), m.end("list")))
        if _OUTCOME_CUE_RE.search(text[s:e]) and len(parts) >= 2:
            for part in parts:
                found.extend(_clean_run(text, part.start(), part.end(), blocked, spans))
    for p in people:
        pm = _PAREN_WARD_RE.match(text[p.end : p.end + 60])
        if pm and pm.group("run") not in PARTY_ABBREV:
            found.extend(_clean_run(text, p.end + pm.start("run"), p.end + pm.end("run"), blocked, spans))
    return _dedupe_overlaps(found)


def _clean_run(text: str, start: int, end: int, blocked: set[str], people: Iterable[tuple[int, int]]) -> list[Mention]:
    """A place run trimmed of leading stop words, cut before any person, or nothing if it is not a ward."""
    for ps, pe in people:
        if start <= ps < end:
            end = ps
        elif ps <= start < pe:
            return []
    words = [(w.group(0), start + w.start()) for w in _WORD_RE.finditer(text[start:end])]
    for i in range(len(words) - 2, -1, -1):  # "Bangor's Deiniol ward": the ward follows the possessive
        if words[i][0].endswith(("'s", "’s")):
            words = words[i + 1 :]
            break
    while words and (words[0][0] in RUN_STOP_WORDS or words[0][0] in _JOINERS or words[0][0] == "the"):
        words.pop(0)
    while words and (words[-1][0] in _JOINERS or words[-1][0].islower()):
        words.pop()
    if not words or len(words) > 6:
        return []
    s = words[0][1]
    e = words[-1][1] + len(words[-1][0])
    name = text[s:e].rstrip(".")
    if len(words) < 2 or words[-2][0].rstrip(".") not in ("St", "Saint"):
        name = name.removesuffix("'s").removesuffix("’s").rstrip("'’")
    if not _is_ward_name(name, blocked):
        return []
    return [Mention(s, s + len(name), name)]


def _is_ward_name(name: str, blocked: set[str]) -> bool:
    words = name.split()
    if name in blocked or name in REGIONS or name in COUNTIES or name in PARTY_ALIAS or name.lower() in COUNCIL_AREAS:
        return False
    if any(w in COUNTIES or w in BUILDING_WORDS or (_party_word(w) and w not in PLACE_SUFFIXES) for w in words):
        return False
    if any(w in ("Council", "County", "MP", "Mayor", "BBC", "Hall") for w in words):
        return False
    if len(words) == 1 and (words[0] in NOT_NAME_WORDS or words[0] in RUN_STOP_WORDS):
        return False
    return not any(r in name for r in REGIONS if " " in r)


def _dedupe_overlaps(found: list[Mention]) -> list[Mention]:
    out: list[Mention] = []
    for m in sorted(found, key=lambda x: (x.start, -(x.end - x.start))):
        if out and m.start < out[-1].end:
            continue
        out.append(m)
    return out


def council_for(doc: Doc, pos: int, councils: list[Mention], *, strict: bool = False) -> str | None:
    """The council a fact at `pos` belongs to: one in its sentence, the post's only one, or the last before.

    `strict` (council-wide figures): beyond its own sentence, only the post's one council, and not in a
    round-up ('seven councils', 'across England') that names a council in passing."""
    if not councils:
        return None
    s, e = doc.sentence_of(pos)
    same = [c for c in councils if s <= c.start < e]
    if same:
        return min(same, key=lambda c: abs(c.start - pos)).value
    distinct = {c.value for c in councils}
    if strict and ROUND_UP_RE.search(doc.text):
        return None
    if len(distinct) == 1:
        return distinct.pop()
    before = [c for c in councils if c.start < pos]
    return before[-1].value if before else None
