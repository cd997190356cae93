"""Councils: named ('Derby City Council', 'City of Edinburgh Council'), or made clear by the text ('the county
council' in a post about Leicestershire, 'the city of Leicester'); and the council a fact belongs to."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import chain

from scraper.entities.cues import Gated
from scraper.entities.doc import VERDICT_KEYS, Doc, Keyed, Lazy, Mention, matches_at
from scraper.entities.lexicon import (
    AREA_COUNCIL,
    AREAS_OF_COUNCIL,
    CITY_COUNCIL,
    COUNCIL_AREAS,
    COUNCIL_TYPE_RE,
    COUNCIL_TYPES,
    COUNTIES,
    COUNTY_COUNCIL,
    COUNTY_RE,
    DIRECTIONS,
    FORENAMES,
    LIST_PARTY_ALT,
    NAMED_COUNCILS,
    NUM,
    PARTY_ALIAS,
    PREFIX_COUNCIL_RE,
    RUN_STOP_WORDS,
    SCOTTISH_AREAS,
    WORD_CHARS1,
    longest_first,
    word_start,
)
from scraper.times import ENGLISH_MONTHS

# (the lookbehind after the word, so that the pattern opens on it: the same test of the two characters before)
_LOWER_COUNCIL_RE = re.compile(r"council(?<=[\w'’] council)\b(?!\s+(?:tax|leader|house|estate|chamber|offices?)\b)")
JOINERS = frozenset({"and", "&", "upon", "under", "le", "la", "de", "with", "cum", "of"})
_WORD_RE = re.compile(r"[\w'’.&-]+")
# (gated on its two words: a search of the whole post, up to a few a post)
ROUND_UP_RE = Gated(
    rf"{word_start('councils')}\b|{word_start('across')} (?:England|Britain|Scotland|Wales|the (?:UK|country))\b",
    ("councils", "across"),
)
POST_GATED = (ROUND_UP_RE,)  # not searched at all in a post without its keys (see Doc.shut)

# --- implicit councils -----------------------------------------------------------------------------------
_COUNTY_TRIGGER_RE = Lazy(
    word_start(
        r"the county council|county council(?:lors?|s)?|County [Hh]all|county [Hh]all|the county\b|county elections?"
        r"|county seats?|county divisions?"
    )
)
# 'on' joining a place to the sea or a river after it ('Sutton on Sea', 'Walton on Thames', 'Burton on the Wolds'),
# not 'Mill End on Kelby Council' nor 'Hollybank on Hull City Council' (a river's name that is a council's too)
ON_WATER = (
    r"on(?=[ \t]+(?:Sea|Trent|Thames|Tyne|Tees|Wear|Avon|Severn|Wye|Ouse|Humber|Dee|Soar|Swale)\b"
    r"(?![ \t]+(?:City|Borough|District|County|Council|Valley)\b))"
    r"|on[ \t]+the(?=[ \t]+(?:Sea|Water|Hill|Wolds|Naze)\b)"
)
_CAPITALISED_RUN_RE = re.compile(
    rf"[A-Z][\w'-]*(?:’[\w'-]*)*(?:[ \t]+(?:(?:and|upon|under|with|of|{ON_WATER})[ \t]+)?[A-Z][\w'-]*(?:’[\w'-]*)*)*"
)
# "Sunderland city council", "Hartlepool borough council": the kind of council written in lower case
_LOWER_KIND_BEFORE_RE = Lazy(r"(?<![\w-])(city|borough|district)[ \t]+$")
_KIND_ENDS = ("y", "h", "t")  # the last letter of each kind
_DESCRIBED_BEFORE_RE = Lazy(r"\b(?:this|that|a|an|another|every|each|one)\s+$", re.I)
# "a Glasgow city council by-election": the article is the by-election's, so the council is named, not described
_COUNCIL_AS_ADJECTIVE_RE = Lazy(r"[ \t]+(?:by-?elections?|elections?|seats?|wards?|candidates?)\b")
# "the Cheshire unitary authority of Halton": the county names where, not which council.
_DESCRIPTOR_AFTER_RE = Lazy(r"\s+(?:unitary|district|borough|town|city|village|area|authority|constituency)\b")
_COMMONS_RE = Lazy(r"\b(?:650|MPs|Commons|[Cc]onstituenc(?:y|ies)|general\s+election)\b")
_COUNTY_CONTEXT_RE = Lazy(r"\b(?:seats?|councillors|control|majority|administration)\s+(?:in|on|of|at)\s+(?:the\s+)?$")
_DIRECTION_BEFORE_RE = Lazy(rf"\b(?:{'|'.join(sorted(DIRECTIONS))})[ \t]+$")
_GLUED_AFTER_RE = Lazy(r"[ \t]+(?!County\b)[A-Z]")
_GENERIC_COUNCIL_RE = Lazy(word_start("the council|the authority|the local authority") + r"\b")
_CITY_OF_RE = Lazy(
    word_start("The city of|the city of") + rf" ([A-Z]{WORD_CHARS1}(?:[ -](?:upon|on|under)[ -][A-Z]{WORD_CHARS1})?)"
)
COUNTY_KEYS = tuple(sorted(COUNTIES))
_CITY_OF = Keyed(_CITY_OF_RE, ("he city of",))  # a literal gate (see Keyed): few posts say it
# Every PREFIX_COUNCIL_RE match ('London Borough of ...', 'City of ...') holds one of these.
_PREFIX_KEYS = ("Borough of", "City of")
_COUNCIL_KEY = ("council",)
# Every COUNCIL_TYPE_RE match is one of the council types, and each ends in one of these: a match can only start
# where a type is written, its last word at one of their occurrences (see _type_starts).
_TYPE_TAILS = ("Council",)
_TYPES_BY_TAIL = tuple(
    (tail, tuple((len(t) - len(tail), t) for t in COUNCIL_TYPES if t.endswith(tail))) for tail in _TYPE_TAILS
)
if sum(len(types) for _, types in _TYPES_BY_TAIL) != len(COUNCIL_TYPES):
    raise ValueError("a council type that ends in none of _TYPE_TAILS")
# "Rayleigh Central (Rochford DC)", "Seaham (Durham CC)": a council area and the short form of its kind, as
# by-election round-ups write the council after a ward (CC: a county's County Council, else a City Council)
_ABBREVIATED_KINDS = {
    " BC": "Borough Council",
    " DC": "District Council",
    " MBC": "Metropolitan Borough Council",
    " CBC": "County Borough Council",
    " CC": "City Council",
    " UA": "Council",
}
_ABBREVIATED_KEYS = tuple(_ABBREVIATED_KINDS)
# "Brecon St Mary (Powys): ...", "Hengrove (Bristol) - Grn gain", "gained Irvine East (North Ayrshire) from the SNP",
# "the Dalry (Edinburgh) by-election", "no contest in Mold East (Flintshire), where ...": a council area alone in a
# bracket closed before a colon, a dash, the 'from' of a seat taken, 'by-election' or ', where' (read back from these)
_AREA_BRACKET_KEYS = ("):", ") -", ") –", ") —", ") from", ") by-election", "), where")
# The literal tests of whole posts here, found with the Keyed patterns' keys (see doc.KeyIndex).
KEYS = (*COUNTY_KEYS, *_PREFIX_KEYS, *_COUNCIL_KEY, *_TYPE_TAILS, *_ABBREVIATED_KEYS, *_AREA_BRACKET_KEYS)
_RESULT_CUE_RE = Lazy(
    r"\b(?:seats?|by-elections?|elections?|hold|gain|won|win|held|kept|council(?:lors?)?|ward|vote|majority)\b",
    re.I,
)


# "Wyre Forest - Hillside" opening a result post: a council's area, a dash, the ward (each capitalised words)
_AREA_HEADING_RE = Lazy(
    r"[ \t]*(?P<area>[A-Z][\w'’.-]*(?:[ \t]+(?:and[ \t]+|&[ \t]+|upon[ \t]+|under[ \t]+)?[A-Z][\w'’.-]*)*)"
    r"[ \t]+[–—-][ \t]+(?P<ward>[A-Z][\w'’.-]*(?:[ \t]+(?:and[ \t]+|&[ \t]+|with[ \t]+|of[ \t]+)?[A-Z][\w'’.-]*)*)"
    r"[ \t]*$"
)


def area_council(area: str) -> str:
    """The council of a council area named bare: 'Gwynedd' -> Gwynedd Council, 'Powys' -> Powys County Council."""
    return AREA_COUNCIL.get(area) or f"{area} Council"


def area_heading(doc: Doc) -> re.Match[str] | None:
    """The body's first line when it is '<council area> - <Ward>' (a result's heading), else None."""
    start = doc.title_end + 1
    end = doc.text.find("\n", start)
    end = len(doc.text) if end < 0 else end
    line = doc.text[start:end]
    if not (" - " in line or " – " in line or " — " in line):  # (the dash it needs: most first lines hold none)
        return None
    m = _AREA_HEADING_RE.match(doc.text, start, end)
    if m is None or m.group("area").lower() not in COUNCIL_AREAS or m.group("area") in COUNTIES:
        return None
    return m


def find_councils(doc: Doc) -> list[Mention]:
    """Every council mention (explicit names first, then the ones the text makes clear)."""
    explicit = _fuller_names(list(_explicit_councils(doc)))
    implicit = list(_implicit_councils(doc, explicit))
    heading = area_heading(doc) if not explicit else None
    if heading is not None:
        implicit.append(Mention(heading.start("area"), heading.end("area"), area_council(heading.group("area"))))
    return sorted(explicit + implicit, key=lambda c: c.start)


def _fuller_names(found: list[Mention]) -> list[Mention]:
    """'Mid Ulster council' in a post that names Mid Ulster District Council is that council."""
    names = {c.value for c in found}
    out = []
    for c in found:
        place = c.value.removesuffix(" Council")
        fuller = [n for n in names if n != c.value and n.startswith(place + " ") and n.endswith(" Council")]
        out.append(Mention(c.start, c.end, fuller[0]) if place != c.value and len(fuller) == 1 else c)
    return out


def _explicit_councils(doc: Doc) -> Iterator[Mention]:
    text, rtext = doc.text, doc.reversed()  # (read back from each council word, see _run_before)
    for m in matches_at(COUNCIL_TYPE_RE, text, _type_starts(doc)):
        words = _run_before(text, m.start(), rtext)
        if not words:
            continue
        start = words[0][1]
        if [w for w, _ in words[:2]] == ["Court", "of"]:
            continue  # "the Court of Common Council": a corporation's assembly by its name, as a parliament's
        yield Mention(start, m.end(), f"{text[start : m.start()].strip()} {m.group(1)}")
    for m in PREFIX_COUNCIL_RE.finditer(text) if doc.holds(_PREFIX_KEYS) else ():
        if m.group(1).startswith("City of") and (doc.parliament_page or _PARLIAMENT_WORDS_RE.search(text)):
            continue  # "The Lib Dems have gained City of Durham", its MP named: a constituency, no council
        if any(text.startswith(name, m.start()) for name in NAMED_COUNCILS):
            continue  # "City of London Corporation": the named council the words open
        yield Mention(m.start(), m.end(), m.group(1))
    for name in NAMED_COUNCILS:  # (each a scan of the text, as the test of a key would be)
        at = text.find(name)
        while at >= 0:
            yield Mention(at, at + len(name), name)
            at = text.find(name, at + len(name))
    for m in _CAPITALS_COUNCIL_RE.finditer(text) if "COUNCIL" in text else ():  # a notice's heading
        if _CAPITALS_WORDS.isdisjoint(m.group("area").split()):
            yield Mention(m.start("name"), m.end("name"), _CAPITALS_WORD_RE.sub(_name_case, m.group("name")))
    for m in _LOWER_COUNCIL_RE.finditer(text) if doc.holds(_COUNCIL_KEY) else ():  # (its literal: a scan saved)
        yield from _area_council(text, m, rtext)
    for k in doc.found("councils") if doc.holds(("councils",)) else ():
        yield from _listed_councils(text, k)
        if text[max(0, k - 5) : k] in _BOTH_BEFORE:
            yield from _both_councils(doc, k)
        if (after := _INCLUDING_AREAS_RE.match(text, k + 8)) is not None:
            yield from _areas_listed(text, after.start("list"), after.end("list"))
    for key in _ABBREVIATED_KEYS if doc.holds(_ABBREVIATED_KEYS) else ():
        for k in doc.found(key):
            yield from _abbreviated_council(text, k, key, rtext)
    for key in _AREA_BRACKET_KEYS if doc.holds(_AREA_BRACKET_KEYS) else ():
        for k in doc.found(key):
            yield from _bracketed_area(text, text.rfind("(", max(0, k - 40), k))
    if "by-election" in text and ")" in text:  # "Polls have closed in four by-elections:\nYnyshir (Rhondda Cynon Taf)"
        for k in _line_end_brackets(text):
            yield from _bracketed_area(text, text.rfind("(", max(0, k - 40), k))


def _line_end_brackets(text: str) -> list[int]:
    """Where a bracket closes a line of the text: a by-election's ward and its council area, 'Ynyshir (Rhondda Cynon
    Taf)', as a list of the night's contests writes them."""
    out = []
    k = text.find(")\n")
    while k != -1:
        out.append(k)
        k = text.find(")\n", k + 2)
    if text.endswith(")"):
        out.append(len(text) - 1)
    return out


# A council's name in capitals on a line of its own, a returning officer's notice's heading: "TAMWORTH BOROUGH COUNCIL"
# (its type written out: "LABOUR WIN BOLTON COUNCIL" is a headline)
_CAPITALS_COUNCIL_RE = Lazy(
    r"(?m)^[ \t]*(?P<name>(?P<area>[A-Z][A-Z'’-]+(?:[ \t]+(?:(?:AND|UPON|ON|UNDER)[ \t]+)?[A-Z][A-Z'’-]+){0,3})[ \t]+"
    r"(?:BOROUGH|DISTRICT|COUNTY|CITY|METROPOLITAN[ \t]+BOROUGH)[ \t]+COUNCIL)[ \t]*$"
)
_CAPITALS_WORD_RE = Lazy(r"[A-Z]+")
# words in capitals that are no council's area: a headline's ("TORIES LOSE NORTH YORKSHIRE COUNTY COUNCIL")
_CAPITALS_WORDS = frozenset(
    {"LABOUR", "CONSERVATIVES", "TORIES", "TORY", "GREENS", "REFORM", "WIN", "WINS", "LOSE", "LOSES", "HOLD", "HOLDS"}
    | {"GAIN", "GAINS", "TAKE", "TAKES", "KEEP", "KEEPS", "RESULTS", "RESULT", "ELECTION", "ELECTIONS", "THE", "FOR"}
)
_JOINERS_IN_CAPITALS = frozenset({"AND", "UPON", "ON", "UNDER"})


def _name_case(m: re.Match[str]) -> str:
    """A word of a name in capitals as the name writes it: 'TAMWORTH' -> 'Tamworth', 'UPON' -> 'upon' (not first)."""
    word = m.group(0)
    if word in _JOINERS_IN_CAPITALS and m.start():
        return word.lower()
    return word.capitalize()


def _abbreviated_council(text: str, k: int, key: str, rtext: str) -> Iterator[Mention]:
    """'Rochford DC' -> Rochford District Council, 'Durham CC' -> Durham County Council: a known council area
    right before the short form of a kind of council at `k`."""
    end = k + len(key)
    if text[end : end + 1].isalnum():  # ('CCTV')
        return
    words = _run_before(text, k, rtext)
    if not words:
        return
    start = words[0][1]
    place = text[start:k].strip()
    if place in COUNTIES and key in (" CC", " UA"):
        yield Mention(start, end, COUNTY_COUNCIL[place])
    elif place.lower() in COUNCIL_AREAS and place not in COUNTIES:
        kind = _ABBREVIATED_KINDS[key]
        yield Mention(start, end, CITY_COUNCIL.get(place, f"{place} {kind}") if key == " CC" else f"{place} {kind}")


def _bracketed_area(text: str, k: int) -> Iterator[Mention]:
    """'Brecon St Mary (Powys):': a known council area alone in the bracket opening at `k`, after a capitalised
    word (a ward and its council, as by-election round-ups write them) -> Powys Council."""
    if k < 2 or text[k - 1 : k] != " " or not text[k - 2 : k - 1].isalpha():
        return
    close = text.find(")", k, k + 40)
    place = text[k + 1 : close] if close > 0 else ""
    if not place[:1].isupper() or (place.lower() not in COUNCIL_AREAS and place not in COUNTIES):
        return
    word = max(text.rfind(" ", 0, k - 1), text.rfind("\n", 0, k - 1)) + 1
    if not text[word : word + 1].isupper():
        return
    yield Mention(k + 1, close, COUNTY_COUNCIL[place] if place in COUNTIES else area_council(place))


# "Sandwell, Walsall, Dudley and Solihull councils": council areas listed before a plural 'councils'
_AREA_LIST_BEFORE_RE = Lazy(
    r"(?:[A-Z][\w'’.&-]*(?:[ \t]+(?:and[ \t]+|&[ \t]+|upon[ \t]+)?[A-Z][\w'’.&-]*)*,[ \t]+)*"
    r"[A-Z][\w'’.&-]*(?:[ \t]+(?:and[ \t]+|&[ \t]+|upon[ \t]+)?[A-Z][\w'’.&-]*)*[ \t]+$"
)
_LIST_REACH = 160  # characters read back from 'councils'


def _listed_councils(text: str, k: int) -> Iterator[Mention]:
    """Each council area of a list ending in 'councils' at `k` ('Dudley, Solihull and Coventry councils' ->
    Dudley Council, Solihull Council, Coventry Council); nothing unless two or more of its items are areas."""
    if text[k - 1 : k] != " " or not text[k - 2 : k - 1].isalpha() or text[k + 8 : k + 9].isalpha():
        return
    # the word before 'councils' opens on a capital ("Solihull councils"), or is the councils' kind ("Kent, Durham
    # and Lancashire county councils")
    word = max(text.rfind(" ", 0, k - 1), text.rfind("\n", 0, k - 1)) + 1
    kind = text[word : k - 1].lower()
    if kind in _PLURAL_KINDS and text[word - 2 : word - 1].isalpha():
        yield from _listed_of_kind(text, word, kind)
        return
    if not text[word : word + 1].isupper() or text[word : k - 1] in PARTY_ALIAS:
        return
    start = max(0, k - _LIST_REACH)
    m = _AREA_LIST_BEFORE_RE.search(text, start, k)
    if m is None:
        return
    items = _list_items(text, m.start(), k)
    areas = [(at, name) for at, name in items if name.lower() in COUNCIL_AREAS and name not in COUNTIES]
    if len(areas) >= 2:
        for at, name in areas:
            yield Mention(at, at + len(name), area_council(name))


_PLURAL_KINDS = ("county", "city", "borough", "district")
# "Both councils elect a third of their seats", "the two councils": two councils the sentence before names by area
_BOTH_BEFORE = ("Both ", "both ", " two ")


def _both_councils(doc: Doc, k: int) -> Iterator[Mention]:
    """The councils of the two council areas the sentence before 'both councils' at `k` names ('Counting has started
    for Tameside and for Bury. Both councils ...' -> Tameside Council, Bury Council); none unless it names two."""
    i = doc.sentence_index(k)
    if not i:
        return
    runs = _PLACE_RUN_RE.finditer(doc.text, *doc.sentences[i - 1])
    areas = [(m.end() - len(place), place) for m in runs if _council_area(place := _run_place(m.group(0)))]
    if len(areas) == 2:
        for at, place in areas:
            yield Mention(at, at + len(place), area_council(place))


def _listed_of_kind(text: str, k: int, kind: str) -> Iterator[Mention]:
    """Each place of a list ending at `k` in a kind of council ('Kent, Durham and Lancashire county councils' ->
    Kent County Council, ...; 'Leeds and Bradford city councils' -> Leeds City Council, ...): counties for 'county',
    other council areas for the rest; nothing unless two or more of its items are."""
    m = _AREA_LIST_BEFORE_RE.search(text, max(0, k - _LIST_REACH), k)
    if m is None:
        return
    items = _list_items(text, m.start(), k)
    if kind == "county":
        found = [(at, name, COUNTY_COUNCIL[name]) for at, name in items if name in COUNTIES]
    else:
        title = f"{kind.title()} Council"
        found = [
            (at, name, (CITY_COUNCIL.get(name) if kind == "city" else None) or f"{name} {title}")
            for at, name in items
            if name.lower() in COUNCIL_AREAS and name not in COUNTIES
        ]
    if len(found) >= 2:
        for at, name, council in found:
            yield Mention(at, at + len(name), council)


def _list_items(text: str, start: int, end: int) -> list[tuple[int, str]]:
    """The items, with where each starts, of the list text[start:end] ('Sandwell, Walsall, Dudley and Solihull';
    'Brighton and Hove' is one item, as a council area)."""
    items: list[tuple[int, str]] = []
    pos = start
    for part in text[start:end].rstrip().split(", "):
        at = text.find(part, pos)
        pos = at + len(part)
        if part.lower() in COUNCIL_AREAS or " and " not in part:
            items.append((at, part))
            continue
        left, _, right = part.rpartition(" and ")  # "Dudley and Coventry": two items, "Brighton and Hove": one
        items += [(at, left), (at + len(left) + 5, right)]
    return items


# "... control of 11 councils, including Barnsley, Thurrock and Havering": council areas listed after 'councils'
_INCLUDING_AREAS_RE = Lazy(
    r",?[ \t]+(?:including|among\s+them|such\s+as)[ \t]+"
    r"(?P<list>[A-Z][\w'’&-]*(?:[ \t]+(?:and[ \t]+|&[ \t]+|upon[ \t]+)?[A-Z][\w'’&-]*)*"
    r"(?:(?:,[ \t]+|[ \t]+and[ \t]+)[A-Z][\w'’&-]*(?:[ \t]+(?:upon[ \t]+)?[A-Z][\w'’&-]*)*)+)"
)

_LIST_JOIN_RE = Lazy(r",[ \t]+(?:and[ \t]+)?|[ \t]+and[ \t]+")


def _areas_listed(text: str, start: int, end: int) -> Iterator[Mention]:
    """Each council area of the list text[start:end] ('Barnsley, Thurrock and Havering'); nothing unless two or more
    of its items are areas (not counties: 'Kent and Essex' are the county councils' own lists)."""
    items = []
    pos = start
    for part in _LIST_JOIN_RE.split(text[start:end]):
        at = text.find(part, pos)
        pos = at + len(part)
        items.append((at, part))
    areas = [(at, name) for at, name in items if name.lower() in COUNCIL_AREAS and name not in COUNTIES]
    if len(areas) >= 2:
        for at, name in areas:
            yield Mention(at, at + len(name), area_council(name))


def _type_starts(doc: Doc) -> list[int]:
    """Where a council type is written (every place COUNCIL_TYPE_RE can match): back from each occurrence of
    the word a type ends in, by the words before it in the type ('Metropolitan Borough ' before 'Council')."""
    text, out = doc.text, set()
    for tail, types in _TYPES_BY_TAIL:
        for k in doc.found(tail):
            for lead, t in types:
                if k >= lead and text.startswith(t, k - lead):
                    out.add(k - lead)
    return sorted(out)


def _area_council(text: str, m: re.Match[str], rtext: str | None = None) -> Iterator[Mention]:
    """'Dudley council' -> Dudley Council, 'Derbyshire council' -> Derbyshire County Council, 'Sunderland city
    council' -> Sunderland City Council: only for a known council area or county, so 'the Labour council' or 'a
    town council' stay out."""
    # (the letter before the space first: most 'council's follow none of the kinds)
    before = text[max(0, m.start() - 10) : m.start()] if text[m.start() - 2 : m.start() - 1] in _KIND_ENDS else ""
    kind = _LOWER_KIND_BEFORE_RE.search(before) if before else None
    end = m.start() - len(before) + kind.start() if kind else m.start()
    words = _run_before(text, end, rtext)
    if not words:
        return
    start = words[0][1]
    place = text[start:end].strip()
    if _DESCRIBED_BEFORE_RE.search(text, max(0, start - 12), start) and not _COUNCIL_AS_ADJECTIVE_RE.match(
        text, m.end()
    ):  # "this Kent council" describes Medway
        return
    if kind:
        if place.lower() in COUNCIL_AREAS and place not in COUNTIES:
            name = CITY_COUNCIL.get(place) if kind.group(1) == "city" else None
            yield Mention(start, m.end(), name or f"{place} {kind.group(1).title()} Council")
        return
    if place in COUNTIES:
        yield Mention(start, m.end(), COUNTY_COUNCIL[place])
    elif place.lower() in COUNCIL_AREAS:
        yield Mention(start, m.end(), area_council(place))


_SPACES_RE = re.compile(r"\s*")


def _run_before(text: str, pos: int, rtext: str | None = None) -> list[tuple[str, int]]:
    """The capitalised words (with joiners) right before `pos` (within 80 characters), stopping at stop words
    and parties. The words are read backwards from `pos` in `rtext` (the text reversed; the class of word
    characters reads the same both ways), so only the ones the run needs are found."""
    rtext = text[::-1] if rtext is None else rtext
    n, base = len(text), pos - 80 if pos > 80 else 0
    run: list[tuple[str, int]] = []
    for i, w in enumerate(_WORD_RE.finditer(rtext, n - pos, n - base)):
        word, off = w.group(0)[::-1], n - w.end()
        if i == 0 and not _SPACES_RE.fullmatch(text, off + len(word), pos):
            return []
        if i == 0 and word.endswith(".") and len(word) > 3:  # "LAB HOLD. Council now: ...": a sentence ends there
            return []
        bare = word.rstrip(".")
        if bare in ("Council", "Councils", "DEA", "DEAs") or "\n" in text[off:pos]:
            break  # ("the Torrent DEA of Mid Ulster District Council": the area before is a ward's)
        if run and "/" in text[off + len(word) : run[0][1]]:
            break  # "Cyngor Tref Llandudno / Llandudno Town Council": a bilingual name, the council the words after
        if bare in JOINERS and run:
            run.insert(0, (bare, off))
            continue
        if not word[:1].isupper() or bare in RUN_STOP_WORDS or bare in PARTY_ALIAS or "-" in bare and party_word(bare):
            break
        run.insert(0, (word, off))
        # a sentence boundary or an opening bracket ends the run ('Bridge of Allan (Stirling Council)'), but not a
        # comma inside a council area's name ('Newry, Mourne and Down')
        mark = text[off - 2 if off > 2 else 0 : off].strip()  # (no max() call: ~2 a post)
        if mark in (".", ";", ":", "(") or mark == "," and not _comma_in_area(text, off, pos):
            break
    while run and run[0][0] in JOINERS:
        run.pop(0)
    return run


_WORD_BEFORE_COMMA_RE = Lazy(r"([A-Z][\w'’.&-]*),\s*$")


def _comma_in_area(text: str, off: int, pos: int) -> bool:
    """Whether the word before the comma ending at `off` starts a council area whose name runs on to `pos`
    ('Newry, Mourne and Down', 'Bournemouth, Christchurch and Poole')."""
    m = _WORD_BEFORE_COMMA_RE.search(text, max(0, off - 40), off)
    return m is not None and text[m.start() : pos].strip().lower() in COUNCIL_AREAS


def party_word(word: str) -> bool:
    for part in word.split("-"):  # noqa: SIM110 -- a loop, not a generator (~3 words a post)
        if part in PARTY_ALIAS:
            return True
    return False


def _implicit_councils(doc: Doc, explicit: list[Mention]) -> Iterator[Mention]:
    text = doc.text
    named = {c.value for c in explicit}
    for m in _CITY_OF.finditer(doc):
        place = m.group(1)
        s, e = doc.sentence_of(m.start())
        if place not in COUNTIES and _RESULT_CUE_RE.search(text[s:e]):
            yield Mention(m.start(), m.end(), CITY_COUNCIL.get(place, f"{place} City Council"))
    for k in doc.found("control"):
        ctl = CONTROL_OF_AREA_RE.match(text, k)
        if ctl is not None:
            area = ctl.group("area")
            if (
                area.lower() in COUNCIL_AREAS
                and area not in COUNTIES
                and not NAMED_AFTER_RE.match(text, ctl.end())
                and not any(names_area(name, area) for name in named)  # written out elsewhere in the post
            ):
                yield Mention(ctl.start("area"), ctl.end("area"), area_council(area))
    if doc.holds(_COUNCIL_KEY):  # "Reform UK have taken Barnsley, gaining 17 seats on the council"
        for m in _TAKEN_AREA.finditer(doc):
            area = m.group("area")
            s, e = doc.sentence_of(m.start())
            if (
                area.lower() in COUNCIL_AREAS
                and area not in COUNTIES
                and not NAMED_AFTER_RE.match(text, m.end())
                and not any(names_area(name, area) for name in named)
                and _LOWER_COUNCIL_WORD_RE.search(text, s, e)
            ):
                yield Mention(m.start("area"), m.end("area"), area_council(area))
    for k in doc.found("council by-election"):
        held = _BY_ELECTION_IN_AREA_RE.match(text, k)
        if held is not None:
            area = held.group("area")
            if (
                area.lower() in COUNCIL_AREAS
                and not NAMED_AFTER_RE.match(text, held.end())
                and not (held.group("many") and _LISTED_AFTER_RE.match(text, held.end()))
            ):
                name = COUNTY_COUNCIL[area] if area in COUNTIES else area_council(area)
                if name not in named:
                    yield Mention(held.start("area"), held.end("area"), name)
    if not named and doc.holds(_COUNCIL_KEY):
        yield from _headline_area(doc)
        yield from _opening_place_of_kind(doc)
    if not named and "result" in text and not doc.parliament_page:  # "The first Tendring result is in"
        for m in _AREA_RESULT_RE.finditer(text, doc.title_end):
            area = m.group("area")
            if area.lower() in COUNCIL_AREAS and area not in COUNTIES:
                yield Mention(m.start("area"), m.end("area"), area_council(area))
    if "overall control" in text and not doc.parliament_page:  # "Hertsmere is now under no overall control"
        for m in _AREA_UNDER_NOC_RE.finditer(text, doc.title_end):
            if not any(names_area(name, m.group("area")) for name in named):
                yield from _council_areas_listed(text, m.start("area"), m.group("area"))
    if not named and "declared" in text and not doc.parliament_page:
        for m in chain(_AREA_DECLARED_RE.finditer(text, doc.title_end), _ALL_DECLARED_IN_RE.finditer(text)):
            area = m.group("area")
            if area.lower() in COUNCIL_AREAS and area not in COUNTIES:
                yield Mention(m.start("area"), m.end("area"), area_council(area))
    if "wards" in text and not doc.parliament_page:  # "Eight of Bolton's 20 wards have declared" (see _AREA_WARDS_RE)
        for m in _AREA_WARDS_RE.finditer(text, doc.title_end):
            area = m.group("area")
            if (
                area.lower() in COUNCIL_AREAS
                and area not in COUNTIES
                and not any(names_area(name, area) for name in named)
            ):
                yield Mention(m.start("area"), m.end("area"), area_council(area))
    # "Labour has held Eastfield Park in Rotherham with a majority of 300": the area a seat won or kept lies in, where
    # that area has one council ('Sidemoor in Bromsgrove' lies under a district and a county council both)
    for m in _SEAT_IN_AREA_RE.finditer(text) if _IN_METROPOLITAN_RE.search(text) else ():
        key = "area" if m.group("area") else "area2"
        area = m.group(key)
        if (
            area in METROPOLITAN_BOROUGHS
            and not NAMED_AFTER_RE.match(text, m.end())
            and not any(names_area(name, area) for name in named)
        ):
            yield Mention(m.start(key), m.end(key), area_council(area))
    # "Tameside - Labour hold" on lines of their own, two or more (one such line may be a ward's ticker; under a line
    # speaking of constituencies, "The seats declared so far:" on election night, they are parliamentary seats)
    verdicts = [m for m in _AREA_VERDICT_LINE.finditer(doc) if m.start("area") > doc.title_end]
    seats = bool(verdicts) and _seats_of_a_parliament(doc, verdicts)
    areas = [
        m
        for m in verdicts
        if m.group("area").lower() in COUNCIL_AREAS
        and m.group("area") not in COUNTIES
        and not _under_constituencies(text, m.start())
    ]
    for m in areas if len(areas) > 1 and not seats else ():
        yield Mention(m.start("area"), m.end("area"), area_council(m.group("area")))
    yield from _round_up_lines(doc)
    # "Labour hold Cardiff", "Labour has lost Blaenau Gwent to independents": in the body of a post naming no council
    # (a headline's 'Conservatives win Hartlepool' may be a constituency's, 'Tories retain Hambleton' an old district's)
    for p in doc.parties if not named else ():
        taken = _PARTY_TAKES_AREA_RE.match(text, p.end) if p.start > doc.title_end else None
        if taken is not None and not (
            (text.startswith(",", taken.end()) and _CALLED_A_SEAT_AFTER_RE.match(text, taken.end()))
            # ("The first Assembly constituency result is in, and Labour has held Enfield and Haringey")
            or _CONSTITUENCIES_RE.search(text, *doc.sentence_of(taken.start("area")))
            # ("Labour have held Barnet and Camden" on a page about an assembly's or a parliament's seats: two areas
            # an 'and' joins there name one constituency)
            or (doc.parliament_page and " and " in taken.group("area"))
        ):
            # ("has gained Medway, Swindon, Dover and Gravesham": each area of the list, while each is a council's)
            yield from _council_areas_listed(text, taken.start("area"), taken.group("area"))
        elif (
            taken is None
            and p.start > doc.title_end
            and not doc.parliament_page
            and (joined := _PARTY_TAKES_AREAS_FROM_RE.match(text, p.end)) is not None
            and joined.group("area").lower() not in COUNCIL_AREAS
        ):
            # "Labour has gained Dover and Gravesham from the Conservatives": two councils' areas an 'and' joins (a
            # single area before 'from' may be a constituency's, 'gained Dover from the Conservatives')
            yield from _council_areas_listed(text, joined.start("area"), joined.group("area"))
    # "the results that cost the Tories East Hertfordshire": the area a party lost, its object after the party
    for p in doc.parties if not named and "cost" in text else ():
        lost = _COST_AREA_RE.match(text, p.end) if _COST_BEFORE_RE.search(text, max(0, p.start - 10), p.start) else None
        if lost is not None and p.start > doc.title_end:
            yield from _council_areas_listed(text, lost.start("area"), lost.group("area"))
    county = _main_county(doc)
    if county is None:
        return
    name = COUNTY_COUNCIL[county]
    # ("won all 17 of the county's seats" in a post about the Commons: the county's constituencies, no council)
    commons = not named and (seats or _COMMONS_RE.search(text) is not None)
    for m in _COUNTY_TRIGGER_RE.finditer(text):
        if not (commons and m.group(0) == "the county"):
            yield Mention(m.start(), m.end(), name)
    # ("gained five seats in Essex" over the seats' verdict lines: the county's constituencies)
    for m in COUNTY_RE.finditer(text) if not seats else ():
        described = _DESCRIPTOR_AFTER_RE.match(text, m.end())
        if (
            m.group(1) == county
            and not described
            and _COUNTY_CONTEXT_RE.search(text[max(0, m.start() - 40) : m.start()])
        ):
            yield Mention(m.start(), m.end(), name)
    title_county = any(_clean_county(text, m) for m in COUNTY_RE.finditer(text, 0, doc.title_end))
    if not named and title_county:
        for m in _GENERIC_COUNCIL_RE.finditer(text):
            if not _area_named_before(doc, m.start()):
                yield Mention(m.start(), m.end(), name)


# a run of capitalised words: a place the sentence names ('In Epsom and Ewell, ...')
_PLACE_RUN_RE = Lazy(r"[A-Z][\w'’-]*(?:[ \t]+(?:(?:and|upon|&)[ \t]+)?[A-Z][\w'’-]*)*")


def _area_named_before(doc: Doc, pos: int) -> bool:
    """Whether the sentence names a council's area (not a county) before 'the council' at `pos` ('In Epsom and Ewell,
    the residents' associations have run the council since ...'): the council is that area's, not the county's of
    the headline."""
    start, _ = doc.sentence_of(pos)
    return any(_council_area(_run_place(m.group(0))) for m in _PLACE_RUN_RE.finditer(doc.text, start, pos))


def _run_place(run: str) -> str:
    """A run of capitalised words less the sentence's words opening it ('In Epsom and Ewell' -> 'Epsom and Ewell')."""
    words = run.split()
    while words and words[0] in RUN_STOP_WORDS:
        words.pop(0)
    return " ".join(words)


def _council_area(place: str) -> bool:
    """Whether the place is a council's area, not a county's (with councils of several kinds)."""
    return place.lower() in COUNCIL_AREAS and place not in COUNTIES


# "Tameside - Labour hold", "Redditch: Lab gain from Con", "Halton | Lab hold", "Bury - no overall control": a
# council's area and its verdict on a line of its own, in a list of them (a ward's ticker line names no council area)
_AREA_VERDICT_LINE = Keyed.of(
    r"(?m)^[ \t]*(?P<area>(?>[A-Z][\w'’-]*(?:[ \t]+(?:and[ \t]+|upon[ \t]+|&[ \t]+)?[A-Z][\w'’-]*)*))"
    r"[ \t]*[:–—|-][ \t]*"  # ("Halton | Lab hold": a table's row, its cells joined by '|')
    rf"(?:(?:{LIST_PARTY_ALT})[ \t]+(?:gain|hold|GAIN|HOLD)\b|[Nn]o[ \t]+overall[ \t]+control\b)",
    (" hold", " gain", " HOLD", " GAIN", "o overall control"),
    at="line",
    lazy=True,
    # (the party's name or 'N' before the key, on the line of the colon or dash: a name holds no newline)
    before=re.compile(r"[^\n]*?[:|–—-]"),
)
# "Harlow: a defection has cost the Conservatives their majority", "Basildon: Labour and the Lib Dems have signed a
# coalition deal": a council's area opening a line about the council's own business (its leader, its majority, who
# runs it), in a round-up of two or more (not a constituency's 'majority 2,131', a mayor's or a turnout's line)
_AREA_NEWS_LINE = Keyed.of(
    r"(?m)^[ \t]*(?P<area>(?>[A-Z][\w'’-]*(?:[ \t]+(?:and[ \t]+|upon[ \t]+|&[ \t]+)?[A-Z][\w'’-]*)*)):[ \t]+"
    r"[^\n]*?\b(?:leader|leadership|coalition|administration|cabinet|by-election|majority(?![ \t]+(?:of[ \t]+)?\d))\b",
    ("leader", "coalition", "administration", "cabinet", "by-election", "majority"),
    at="line",
    lazy=True,
)
_FEWEST_NEWS_LINES = 2
# the kind of council the line calls the area's: "the borough's new leader", "runs the city council"
_LINE_KIND_RE = Lazy(r"\bthe[ \t]+(city|borough|district)(?:['’]s|[ \t]+council)\b")


def _round_up_lines(doc: Doc) -> Iterator[Mention]:
    """The councils of the areas opening a round-up's lines (see _AREA_NEWS_LINE): a county's is its county council."""
    lines = [
        m
        for m in _AREA_NEWS_LINE.finditer(doc)
        if m.start("area") > doc.title_end
        and (m.group("area").lower() in COUNCIL_AREAS or m.group("area") in COUNTY_COUNCIL)
    ]
    for m in lines if len(lines) >= _FEWEST_NEWS_LINES else ():
        area = m.group("area")
        name = COUNTY_COUNCIL.get(area) or AREA_COUNCIL.get(area)
        line_end = doc.text.find("\n", m.end())
        kind = _LINE_KIND_RE.search(doc.text, m.end("area"), line_end if line_end >= 0 else len(doc.text))
        if name is None and kind is not None:
            name = f"{area} {kind.group(1).title()} Council"  # "Tamworth: ... is the borough's new leader"
        yield Mention(m.start("area"), m.end("area"), name or area_council(area))


# (the words of a council, a ward or a division: a post holding one is about a council's seats)
_LOCAL_KEYS = ("ward", "Ward", "ouncil", "division", "Division", "DEA")
_FEWEST_VERDICT_LINES = 3


def seats_of_a_parliament(doc: Doc) -> bool:
    """Whether the post's 'Place: Party gain/hold' lines are a parliament's seats (see _seats_of_a_parliament)."""
    if not doc.holds(VERDICT_KEYS):
        return False
    verdicts = [m for m in _AREA_VERDICT_LINE.finditer(doc) if m.start("area") > doc.title_end]
    return bool(verdicts) and _seats_of_a_parliament(doc, verdicts)


def _seats_of_a_parliament(doc: Doc, verdicts: list[re.Match[str]]) -> bool:
    """Three or more 'Place: Party gain/hold' lines in a post naming no council, ward or division, some of whose
    places are a council's area (or a county) and some not ('Thurrock: Reform UK gain from Labour' beside 'Basildon
    and Billericay: Reform UK gain from Conservative'): a general election's constituencies, many named after a
    council, many not (a council round-up names councils only, a ward's ticker lines wards of the council named)."""
    if len(verdicts) < _FEWEST_VERDICT_LINES or doc.holds(_LOCAL_KEYS):
        return False
    known = [m.group("area").lower() in COUNCIL_AREAS or m.group("area") in COUNTIES for m in verdicts]
    return any(known) and not all(known)


_CONSTITUENCIES_RE = Lazy(r"\b(?:[Cc]onstituenc(?:y|ies)|MPs)\b")
# the words of a parliament's seats: a bare 'City of Durham' in a post holding one is a constituency's name
_PARLIAMENT_WORDS_RE = Lazy(r"\b(?:MPs?|Commons|[Cc]onstituenc(?:y|ies)|[Gg]eneral\s+[Ee]lection)\b")


def _under_constituencies(text: str, pos: int) -> bool:
    """Whether the verdict line at `pos` hangs, with the verdict lines above it, under a line speaking of
    constituencies or MPs ('The seats declared so far in the county's constituencies:')."""
    end = text.rfind("\n", 0, pos)
    while end > 0:
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        if line.strip() and not _holds_verdict_word(line):
            return _CONSTITUENCIES_RE.search(line) is not None
        end = start - 1
    return False


def _holds_verdict_word(line: str) -> bool:
    return " hold" in line or " gain" in line or " HOLD" in line or " GAIN" in line


# "Labour hold Cardiff", "Labour has lost Blaenau Gwent to independents": a council's area won, kept or lost whole
# by a party (a ward taken is named as a ward: a council's area is none)
# "Labour has won Canterbury, one of the safest Conservative seats": an area the sentence goes on to call a seat is a
# parliamentary constituency, not a council won
_CALLED_A_SEAT_AFTER_RE = Lazy(
    r",\s+(?:a|an|the|one\s+of\s+(?:the|their|its|his|her))\s+(?:(?!council\b)[\w'’-]+\s+){0,4}seats?\b"
)
_PARTY_TAKES_AREA_RE = Lazy(
    r"[ \t]+(?:(?:has|have|had)[ \t]+)?(?:hold|holds|held|keep|keeps|kept|retain|retains|retained|win|wins|won"
    r"|take|takes|took|taken|gain|gains|gained|lose|loses|lost)[ \t]+"
    r"(?P<area>[A-Z][\w'’-]*(?:[ \t]+(?:and[ \t]+|upon[ \t]+)?[A-Z][\w'’-]*)*)(?=[ \t]*(?:[.,;:!\n]|$|[ \t]to[ \t]))"
)
# "cost the Tories East Hertfordshire": 'cost' before the party, then the area it lost closing the clause
_COST_BEFORE_RE = Lazy(r"\bcost[ \t]+(?:the[ \t]+)?$")
_COST_AREA_RE = Lazy(
    r"[ \t]+(?P<area>[A-Z][\w'’-]*(?:[ \t]+(?:and[ \t]+|upon[ \t]+)?[A-Z][\w'’-]*)*)(?=[ \t]*(?:[.,;:!\n]|$))"
)
# ... or two areas an 'and' joins, before the party they were taken from ('gained Dover and Gravesham from the Tories')
_PARTY_TAKES_AREAS_FROM_RE = Lazy(
    r"[ \t]+(?:(?:has|have|had)[ \t]+)?(?:take|takes|took|taken|gain|gains|gained|win|wins|won)[ \t]+"
    r"(?P<area>[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)*[ \t]+and[ \t]+[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)*)"
    r"(?=[ \t]+from[ \t])"
)
# the areas a party took after the first, in the list it opens (', Swindon, Dover and Gravesham' before ', and is')
# (or ', as well as Teignbridge', after any aside on the area before: ', where the Tories had run it since 2007')
_NEXT_LISTED_AREA_RE = Lazy(
    r"(?:,[ \t]+(?:and[ \t]+)?|[ \t]+and[ \t]+"
    r"|(?:,[ \t]+(?:where|which)[ \t][^,.;:!?\n]{1,80})?,?[ \t]+as[ \t]+well[ \t]+as[ \t]+)"
    r"(?P<area>[A-Z][\w'’-]*(?:[ \t]+(?:and[ \t]+|upon[ \t]+)?[A-Z][\w'’-]*)*)"
    r"(?=[ \t]*(?:[.,;:!\n]|$|[ \t]to[ \t]))"
)


def _council_areas_listed(text: str, start: int, area: str) -> Iterator[Mention]:
    """The councils of the areas a party won, kept or lost, `area` at `start` first and then those listed after it
    ('Medway, Swindon, Dover and Gravesham'); a run not itself an area ('Dover and Gravesham') is read as the areas
    its 'and' joins when each is one. The list stops at the first item that is no council's area."""
    while True:
        parts = [(start, area)]
        if area.lower() not in COUNCIL_AREAS and " and " in area:
            at, parts = start, []
            for part in area.split(" and "):
                parts.append((at, part))
                at += len(part) + len(" and ")
        if not all(part.lower() in COUNCIL_AREAS and part not in COUNTIES for _, part in parts):
            return
        for at, part in parts:
            yield Mention(at, at + len(part), area_council(part))
        nxt = _NEXT_LISTED_AREA_RE.match(text, start + len(area))
        if nxt is None:
            return
        start, area = nxt.start("area"), nxt.group("area")


# the metropolitan boroughs: single-tier council areas, so a ward 'in' one is on '<Area> Council' (a shire district's
# ward is on its district's and its county's councils both)
METROPOLITAN_BOROUGHS = frozenset(
    (
        "Bolton",
        "Bury",
        "Manchester",
        "Oldham",
        "Rochdale",
        "Salford",
        "Stockport",
        "Tameside",
        "Trafford",
        "Wigan",
        "Knowsley",
        "Liverpool",
        "St Helens",
        "Sefton",
        "Wirral",
        "Barnsley",
        "Doncaster",
        "Rotherham",
        "Sheffield",
        "Gateshead",
        "Newcastle upon Tyne",
        "North Tyneside",
        "South Tyneside",
        "Sunderland",
        "Birmingham",
        "Coventry",
        "Dudley",
        "Sandwell",
        "Solihull",
        "Walsall",
        "Wolverhampton",
        "Bradford",
        "Calderdale",
        "Kirklees",
        "Leeds",
        "Wakefield",
    )
)
# what a seat `_SEAT_IN_AREA_RE` yields must hold ("in" before a metropolitan borough's name): one scan led by the
# literal "in", so a post naming no such area is not tried at every word by the verbs' alternation
_IN_METROPOLITAN_RE = re.compile(r"in[ \t]+(?:" + "|".join(longest_first(METROPOLITAN_BOROUGHS)) + ")")
# "held Eastfield Park in Rotherham", "won Moor End in Kirklees by 40 votes": a seat won or kept (a ward's name) and
# the council's area it lies in, the clause ending after the area (not 'won Hyde Park in London's west end')
_SEAT_IN_AREA_RE = Lazy(
    r"\b(?:held|holds|kept|keeps|retained|retains|gained|gains|won|wins|took|takes|taken)[ \t]+"
    r"[A-Z][\w'’-]*(?:[ \t]+(?:and[ \t]+|upon[ \t]+)?[A-Z][\w'’-]*)*[ \t]+in[ \t]+"
    r"(?P<area>[A-Z][\w'’-]*(?:[ \t]+(?:and[ \t]+|upon[ \t]+)?[A-Z][\w'’-]*)*)"
    r"(?=[ \t]*(?:[.,;:!\n]|$|[ \t](?:with|by|for|after|from|on)[ \t]))"
    # or a seat, a gain, said to be won there: "the first seat Reform have ever won in Tameside", "their only gain in
    # Bury" (the clause ending after the area as above)
    r"|\b(?:seats?|gains?)\b[^.;:\n]{0,40}?\b(?:won|gained|taken|held|made)[ \t]+in[ \t]+"
    r"(?P<area2>[A-Z][\w'’-]*(?:[ \t]+(?:and[ \t]+|upon[ \t]+)?[A-Z][\w'’-]*)*)(?=[ \t]*(?:[.,;:!\n]|$))"
)


# "Glasgow: SNP largest party" heading a post that speaks of "the city council": the council of the area that opens
# the headline before a colon (not a county's: see the county rules)
_HEADLINE_AREA_RE = Lazy(r"(?P<area>[A-Z][\w'’-]*(?:[ \t]+(?:and[ \t]+|upon[ \t]+)?[A-Z][\w'’-]*)*):[ \t]")
_BODY_COUNCIL_RE = Lazy(
    r"\bthe[ \t]+(?:(?!city\b)[\w-]+[ \t]+)?(?P<city>city[ \t]+)?council\b"
    r"(?![ \t]+(?:leader|leadership|tax|house|estate|chamber|offices?|candidates?|elections?|group)\b)"
)


# "Tameside is declared, and Labour remain in charge, with 41 of the 57 seats": an area declared with its seats out of
# a council's whole, opening its sentence
# "Eight of Bolton's 20 wards", "16 of Fife's 22 wards": the count's progress through a council area's wards (not
# 'Bolton's 20 wards are up for election' or 'the count for Bury's 17 wards', said of any poll, nor a place's
# ward, 'Bolton's Halliwell ward')
_AREA_WARDS_RE = Lazy(
    r"(?<![\w-])(?:\d+|[A-Za-z]+(?:-[a-z]+)?)[ \t]+of[ \t]+"
    r"(?P<area>[A-Z][\w-]*(?:[ \t]+(?:and[ \t]+|upon[ \t]+)?[A-Z][\w-]*)*)['’]s[ \t]+"
    r"(?:\d+|[a-z]+(?:-[a-z]+)?)[ \t]+wards\b"
)


_AREA_DECLARED_RE = Lazy(
    r"(?:(?<=\n)|(?<=[.!?][ \t]))(?P<area>[A-Z][\w'’-]*(?:[ \t]+(?:and[ \t]+|upon[ \t]+)?[A-Z][\w'’-]*)*)[ \t]+"
    r"(?:is|was|has)[ \t]+(?:now[ \t]+)?(?:been[ \t]+)?declared\b"
    r"[^.!?\n]{0,80}?\b\d+[ \t]+of[ \t]+the[ \t]+\d+[ \t]+seats\b"
)


def _headline_area(doc: Doc) -> Iterator[Mention]:
    """The council of the area opening the headline ('Glasgow: ...'), where the body speaks of the council without
    naming it ('control of the city council' -> Glasgow City Council, 'the 70-seat council' -> '<Area> Council'; not
    'council leader')."""
    head = _HEADLINE_AREA_RE.match(doc.text, 0, doc.title_end)
    if head is None:
        return
    area = head.group("area")
    if area.lower() not in COUNCIL_AREAS or area in COUNTIES:
        return
    said = _BODY_COUNCIL_RE.search(doc.text, doc.title_end)
    if said is not None:
        name = CITY_COUNCIL.get(area, f"{area} City Council") if said.group("city") else area_council(area)
        yield Mention(head.start("area"), head.end("area"), name)


# "the borough council", "the town council": a council of a kind written in lower case, not named
_KIND_COUNCIL_RE = Lazy(
    r"\bthe[ \t]+(?P<kind>town|parish|borough|district|city)[ \t]+council\b"
    r"(?![ \t]+(?:leader|leadership|tax|house|estate|chamber|offices?|candidates?|elections?|group)\b)"
)
# a sentence opening on a place: "In Brackwell, ...", "Tamworth has its first Reform UK leader." (the subject: a
# council's area only, not "Turnout was 27%")
_OPENING_PLACE_RE = Lazy(
    r"[\s\"“]*(?:In[ \t]+(?P<in>)|(?=[A-Z]))(?P<area>[A-Z][\w'’-]*(?:[ \t]+(?:and[ \t]+|upon[ \t]+)?[A-Z][\w'’-]*)*)"
    r"(?:(?(in),|[ \t]+(?:has|have|is|was|had)\b))"
)


def _opening_place_of_kind(doc: Doc) -> Iterator[Mention]:
    """The council a post speaks of by its kind alone ('leader of the borough council', 'the biggest group on the
    town council'), of the place that opens that sentence or the one before it ('In Brackwell, independents remain
    the biggest group on the town council' -> Brackwell Town Council; 'Tamworth has its first Reform UK leader. X
    was elected leader of the borough council' -> Tamworth Borough Council): not a county, a person or a party."""
    for m in _KIND_COUNCIL_RE.finditer(doc.text, doc.title_end):
        i = doc.sentence_index(m.start())
        for s, _e in (doc.sentences[i], doc.sentences[i - 1]) if i else (doc.sentences[i],):
            opening = _OPENING_PLACE_RE.match(doc.text, s, m.start())
            if (
                opening is not None
                and _place_name(area := opening.group("area"))
                and (opening.group("in") is not None or area.lower() in COUNCIL_AREAS)
            ):
                kind = m.group("kind")
                name = CITY_COUNCIL.get(area, f"{area} City Council") if kind == "city" else None
                yield Mention(opening.start("area"), opening.end("area"), name or f"{area} {kind.title()} Council")
                return


def _place_name(words: str) -> bool:
    """Whether capitalised words opening a sentence may be a place's name: not a county's (with councils of several
    kinds), a sentence word's ('The', 'This'), a month's ('In May, ...'), a person's or a party's, nor a council's
    written out."""
    first = words.split()[0]
    return not (
        words in COUNTIES
        or first in RUN_STOP_WORDS
        or first.lower() in ENGLISH_MONTHS
        or first in FORENAMES
        or party_word(first)
        or "Council" in words
        or "Parish" in words
    )


# "East Hertfordshire and Hertsmere, both Conservative before, are now under no overall control": the areas (one, or
# two an 'and' joins) opening a sentence that says they have gone to no overall control are their councils
# "The first Newcastle-under-Lyme result of the day is in", "the latest Tendring results": an area's count, told by
# the order its results come in
_AREA_RESULT_RE = Lazy(
    r"\b(?:[Ff]irst|[Ll]atest|[Nn]ext|[Ff]inal)[ \t]+"
    r"(?P<area>[A-Z][\w'’-]*(?:[ \t]+(?:and[ \t]+|upon[ \t]+)?[A-Z][\w'’-]*)*)[ \t]+results?\b"
)
# "With all 34 seats declared in Mid Suffolk", "every seat now declared in Dover": the whole of an area's count is in,
# the area is its council's
_ALL_DECLARED_IN_RE = Lazy(
    rf"\b(?:[Aa]ll[ \t]+(?:(?:the|{NUM})[ \t]+)?seats|[Ee]very[ \t]+seat)[ \t]+(?:now[ \t]+)?(?:been[ \t]+)?declared"
    r"[ \t]+in[ \t]+(?P<area>[A-Z][\w'’-]*(?:[ \t]+(?:and[ \t]+|upon[ \t]+)?[A-Z][\w'’-]*)*)"
)
_AREA_UNDER_NOC_RE = Lazy(
    r"(?:(?<=\n)|(?<=[.!?][ \t]))(?P<area>[A-Z][\w'’-]*(?:[ \t]+(?:and[ \t]+|upon[ \t]+)?[A-Z][\w'’-]*)*)"
    r"(?:,[^,.!?\n]{1,60},)?[ \t]+(?:is|are|has|have)[ \t]+(?:now[ \t]+)?(?:been[ \t]+)?"
    r"(?:under|in|gone[ \t]+(?:in)?to|fallen[ \t]+(?:in)?to|slipped[ \t]+(?:in)?to|moved[ \t]+(?:in)?to)[ \t]+"
    r"no[ \t]+overall[ \t]+control\b"
)


# "Labour keeps control of Cardiff", "lost control of Blaenau Gwent": a council's area after 'control of' is the
# council ('<Area> Council'; a county goes by the county rules, a written-out council is found as written)
CONTROL_OF_AREA_RE = Lazy(  # (tried where 'control' occurs)
    r"(?<![\w-])control\s+of\s+(?P<area>[A-Z][\w'’-]*(?:[ \t]+(?:and[ \t]+|upon[ \t]+)?[A-Z][\w'’-]*)*)"
)
# "Reform have taken Barnsley": a council's area a party took, in a sentence about the council (its seats 'on the
# council', 'council' written in lower case: "took Bolton West" names no area, "took Hartlepool" in a general
# election's post no council)
_TAKEN_AREA = Keyed(
    Lazy(
        word_start("taken|took|takes|seized|captured|snatched")
        + r"\s+(?P<area>[A-Z][\w'’-]*(?:[ \t]+(?:and[ \t]+|upon[ \t]+)?[A-Z][\w'’-]*)*)"
    ),
    ("taken", "took", "takes", "seized", "captured", "snatched"),
    at="key",
)
_LOWER_COUNCIL_WORD_RE = Lazy(r"\bcouncil\b")
# "a council by-election in Tower Hamlets": the area a by-election is held in is its council's (tried where
# 'council by-election' occurs)
_BY_ELECTION_IN_AREA_RE = Lazy(
    r"council\s+by-election(?P<many>s)?\s+in\s+(?P<area>[A-Z][\w'’-]*(?:[ \t]+(?:and[ \t]+|upon[ \t]+)?[A-Z][\w'’-]*)*)"
)
# "council by-elections in Kelby, the Dales and Moorford": several by-elections in a list of places, one of them
# named with its article (the list names the places polled, not the first one's council)
_LISTED_AFTER_RE = Lazy(r",[ \t]+the[ \t]+[A-Z]")
# (not a council's area: one written out or possessive after it; a list of areas, 'control of Bury, Bolton and Wigan',
# leaves which council a later figure is on unknown)
NAMED_AFTER_RE = Lazy(
    r"['’]s?\b|[ \t]+(?:[A-Z]|(?:(?:city|borough|district|county)[ \t]+)?council\b)"
    r"|,[ \t]+[A-Z]|[ \t]+(?:and|&)[ \t]+[A-Z]"
)


def _clean_county(text: str, m: re.Match[str]) -> bool:
    """'Derbyshire' on its own, not 'South Derbyshire' or 'Derbyshire Dales'."""
    prefixed = _prefixed(text, m)
    glued = bool(_GLUED_AFTER_RE.match(text, m.end()))
    return not prefixed and not glued


def _prefixed(text: str, m: re.Match[str]) -> bool:
    """'North West Leicestershire', 'South Derbyshire': a district named after its county."""
    return bool(_DIRECTION_BEFORE_RE.search(text, max(0, m.start() - 16), m.start()))


# a county somebody moved to ("the councillor moved to Norfolk"): where they went, not the county the post is about
_MOVED_TO_BEFORE_RE = Lazy(r"\b(?:moved|moving|moves|relocated|relocating)\s+to\s+$")


def _main_county(doc: Doc) -> str | None:
    """The county a post is about: a clean mention (title first), else one inside a district's name."""
    # (a county's name is in the text for COUNTY_RE to find it: `in` tests cost less than the scan)
    mentions = list(COUNTY_RE.finditer(doc.text)) if doc.holds(COUNTY_KEYS) else []
    mentions = [m for m in mentions if not _MOVED_TO_BEFORE_RE.search(doc.text, max(0, m.start() - 20), m.start())]
    clean = [m for m in mentions if _clean_county(doc.text, m)]
    prefixed = [m for m in mentions if _prefixed(doc.text, m)]
    for pool in (clean, prefixed):
        if pool:
            return pool[0].group(1)
    return None


def council_place(name: str) -> str:
    """'Derby City Council' -> 'Derby', 'Ferrow Parish Council' -> 'Ferrow'."""
    for suffix in (
        " Metropolitan Borough Council",
        " County Borough Council",
        " Borough Council",
        " City Council",
        " County Council",
        " District Council",
        " Town Council",
        " Parish Council",
        " Community Council",
        " Council",
    ):
        if name.endswith(suffix):
            return name[: -len(suffix)]
    return name


def names_area(council: str, area: str) -> bool:
    """Whether the council is named after the area: 'Derby City Council' and Derby, 'Isle of Anglesey County
    Council' and Ynys Môn."""
    return council_place(council) == area or area in AREAS_OF_COUNCIL.get(council, ())


_STYLE_RE = re.compile(r"^(?:the\s+)?(?:city|royal\s+borough|borough|county|city\s+and\s+county)\s+of\s+")


def in_scotland(council: str) -> bool:
    """'Stirling Council', 'City of Edinburgh Council', 'Shetland Islands Council': one of Scotland's councils."""
    return _STYLE_RE.sub("", council_place(council).lower()) in SCOTTISH_AREAS


def _other_area(doc: Doc, s: int, e: int, councils: set[str]) -> bool:
    """The text (a sentence and the one before) names a council area that none of the post's councils is
    named after."""
    places = None  # (the councils' places, read once a run names an area)
    for m in _CAPITALISED_RUN_RE.finditer(doc.text, s, e):
        run = m.group(0).lower()
        if run in COUNCIL_AREAS and run not in doc.area_wards:
            if places is None:
                places = {council_place(c).lower() for c in councils}
                # ('City of Doncaster Council', 'Royal Borough of Kelby Council': the area after the style)
                places.update(_STYLE_RE.sub("", p) for p in list(places))
                for c in councils:
                    if c in AREAS_OF_COUNCIL:  # (a council named after more areas than its name's)
                        places.update(a.lower() for a in AREAS_OF_COUNCIL[c])
            if run not in places:
                return True
    return False


def council_for(doc: Doc, pos: int, councils: list[Mention], *, strict: bool = False) -> str | None:
    """The council a fact at `pos` belongs to: one in its sentence, the post's only one, or the last before.

    `strict` (council-wide figures): beyond its own sentence, only the post's one council, and not in a
    round-up ('seven councils', 'across England') that names a council in passing."""
    if not councils:
        return None
    s, e = doc.sentence_of(pos)
    nearest = None  # the one in its sentence nearest `pos` (the first of equals), by a loop: ~1.4 calls a post
    for c in councils:
        if s <= c.start < e and (nearest is None or abs(c.start - pos) < abs(nearest.start - pos)):
            nearest = c
    if nearest is not None:
        return nearest.value
    distinct = {c.value for c in councils}
    if strict and ROUND_UP_RE not in doc.shut and ROUND_UP_RE.search(doc.text):
        return None
    i = doc.sentence_index(s)
    if _other_area(doc, doc.sentences[i - 1][0] if i else s, e, distinct):  # "... comes from Brentwood, Essex."
        return None
    if len(distinct) == 1:
        return distinct.pop()
    before = [c for c in councils if c.start < pos]
    return before[-1].value if before else None
