"""Gazetteers (scraper/data/*.json) and the regexes built from them, compiled once at import.

Everything here is immutable (frozensets, tuples, mapping proxies, compiled patterns): no per-call compiling.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from pathlib import Path
from types import MappingProxyType
from typing import Any

from scraper.lazy import Lazy

# the package's data folder, read from the file system as an installed or editable copy lays it out (not through
# importlib.resources, whose import of tempfile, shutil, zipfile and the compressors is ~54M instructions of every
# process that parses a page)
_DATA = Path(__file__).resolve().parent.parent / "data"


def _load(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((_DATA / name).read_text("utf-8"))
    return data


_TRIE_FROM = 50  # words
# The characters a pattern outside a class reads as syntax (no pattern here is verbose): `re.escape` also escapes
# space, '-', '&', '~' and '#', and each escape costs sre's parser a call (~2,950 of them in a parse's patterns,
# most the party names' spaces); a party name's space and hyphen written bare match the same text.
_SPECIAL = {ord(ch): "\\" + ch for ch in r"\.^$*+?{}[]|()"}


def literal(text: str) -> str:
    """`text` as a pattern that matches it literally outside a character class, escaped where sre needs it."""
    return text.translate(_SPECIAL)


def longest_first(words: Iterable[str]) -> list[str]:
    """The words longest first, as an alternation of literals tries them; words of one length (which cannot both
    match at one place) in alphabetical order, not a set's: the pattern is written the same in every process,
    so a later process finds it compiled (scraper/sre_store.py)."""
    return sorted(words, key=lambda w: (-len(w), w))


def shortest_prefixes(words: set[str] | frozenset[str]) -> list[str]:
    """The words that hold no other of `words` at their start, longest first: an alternation a lookahead tests
    matches where the whole list's would ('Green' is found wherever 'Greens' is), in fewer characters to compile."""
    kept = [w for w in words if not any(w != other and w.startswith(other) for other in words)]
    return longest_first(kept)


def _alternation(words: list[str] | tuple[str, ...] | frozenset[str]) -> str:
    """The words as one regex that matches as `longest|...|shortest` would, written as a trie ('Lib(?:eral
    Democrats| Dems)'): at a position only the one branch whose next character fits is tried, so a scan for
    the 74 party names does not try each in turn. The same matches in the same order: the words a text can
    match at one place are prefixes of each other, tried longest first in both. Short lists stay flat: nested
    groups compile slower, and for a few words the trie saves little (measured: all tries, +12 % compile)."""
    if len(words) < _TRIE_FROM:
        return "|".join(literal(w) for w in longest_first(words))
    return _trie_regex(_trie(words))


def _trie(words: list[str] | tuple[str, ...] | frozenset[str]) -> dict[str, Any]:
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return trie


def lead_alternation(words: list[str] | tuple[str, ...] | frozenset[str], before: str = r"\w") -> str:
    """`(?<!before)(?:words)` as `word_start` writes it (the trie's first letters as its branches)."""
    if len(words) < _TRIE_FROM:
        return word_start(_alternation(words), before)
    root = sorted(_trie(words).items())
    return word_start("|".join(literal(ch) + _trie_regex(child) for ch, child in root), before)


def _trie_regex(node: dict[str, Any]) -> str:
    branches = [literal(ch) + _trie_regex(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" not in node:
        return body
    return f"(?:{body})?" if len(branches) > 1 or len(body) > 1 else f"{body}?"


def word_start(alternation: str, before: str = r"\w") -> str:
    r"""`\b(?:alternation)` (or `(?<!before)(?:...)`) written so that the regex engine can skip to where it
    could match: the boundary moves into a lookbehind after each branch's leading literal ('gain(?<!\wgain)'),
    so the pattern opens on literals and sre scans for their first letters (a literal prefix when there is one
    branch) instead of trying every position. The same matches: the lookbehind tests the character before the
    literal, as the boundary did. Each top-level branch must open on a literal word character."""
    out = []
    for branch in _branches(alternation):
        lead = _lead(branch)
        out.append(f"{lead}(?<!{before}{lead}){branch[len(lead) :]}")
    return "(?:" + "|".join(out) + ")"


def _lead(branch: str) -> str:
    lead = _LITERAL_LEAD_RE.match(branch).group(0)  # type: ignore[union-attr]
    if branch[len(lead) : len(lead) + 1] in ("?", "*", "+", "{"):
        lead = lead[:-1]  # 'holds?': the quantifier binds the last letter
    if not lead or not lead[0].isalnum():
        raise ValueError(f"branch does not open on a literal word: {branch!r}")
    return lead


_LITERAL_LEAD_RE = re.compile(r"[A-Za-z0-9 '’-]*")


def _branches(alternation: str) -> list[str]:
    """The top-level branches of a regex alternation (outside groups and character classes)."""
    out, depth, start, i, in_class = [], 0, 0, 0, False
    while i < len(alternation):
        ch = alternation[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            i += 1 if alternation[i + 1 : i + 2] != "]" else 2
            continue
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            out.append(alternation[start:i])
            start = i + 1
        i += 1
    out.append(alternation[start:])
    return out


_PARTIES = _load("parties.json")
_COUNCILS = _load("councils.json")
_NUMBERS = _load("numbers.json")
_PEOPLE = _load("people.json")

# --- parties -------------------------------------------------------------------------------------------
PARTY_ALIAS = MappingProxyType(
    {alias: canonical for canonical, aliases in _PARTIES["names"].items() for alias in aliases}
)
PARTY_ABBREV = MappingProxyType(dict(_PARTIES["abbreviations"]))
PARTY_SPECIALISES = MappingProxyType(dict(_PARTIES["specialises"]))
PARTY_SHARED_ABBREV = MappingProxyType(
    {abbr: tuple(parties) for abbr, parties in _PARTIES["shared_abbreviations"].items()}
)
# Every word of every party alias: stripped from the front of a run before looking for a name in it.
PARTY_WORDS = frozenset(w for alias in PARTY_ALIAS for w in alias.split())
_PARTY_ALT = _alternation(tuple(PARTY_ALIAS))
PARTY_ALT = rf"(?:{_PARTY_ALT})"
_PARTY_LEAD = lead_alternation(tuple(PARTY_ALIAS), r"[\w-]")
PARTY_RE = re.compile(rf"({_PARTY_LEAD})(?![\w])")
LOWER_INDEPENDENT_RE = Lazy(
    r"\b(independents)\b|\b(independent)\s+(?=candidates?\b|councillors?\b|group\b|members?\b)"
    r"|(?<=\b[Aa]n\s)(independent)\b(?=\s*[,.;)]|\s+(?:who|and|but|with)\b)"
    r"|\b(independent)(?=\s+(?:newcomer\s+)?[A-Z][a-z]+\s+[A-Z])"
    r"|(?<=\b[Tt]he\s)(independent)(?=,\s+[A-Z][a-z]+\s+[A-Z])"  # "the independent, Tariq Hussain," (an apposition)
    # "The independent, a nursery nurse, was elected", "The independent took 904 votes": a person named before, the
    # sentence's subject
    r"|(?<=\bThe\s)(independent)(?=,\s+(?:an?|the|who)\s|\s+(?:was|is|has|had|won|took|held|kept|gained|topped"
    r"|finished|came|polled|received|secured|beat|lost)\b)"
)
LOCAL_SUFFIXES = tuple(_PARTIES["local_group_suffixes"])
_LOCAL_SUFFIX = _alternation(LOCAL_SUFFIXES)
# `[\w'’-]*` and `[\w'’-]+` written so that no character class holds '’': sre builds a 64K-entry map for a class
# with a character past 255 (~0.13 ms to compile each, ~0.02 ms without). The same strings, tried longest first
# as the class repeat tries them.
WORD_CHARS = r"[\w'-]*(?:’[\w'-]*)*"
WORD_CHARS1 = r"(?:[\w'-]+(?:’[\w'-]*)*|(?:’[\w'-]*)+)"
# "the sitting Boston Independent councillor", "Boston Independent candidate Jo Parr": a singular local group only
# after a council area or county.
AREA_INDEPENDENT_RE = Lazy(rf"\b((?:[A-Z]{WORD_CHARS1}[ \t]+){{1,3}})(Independent)\b")
LOCAL_PARTY_RE = re.compile(
    rf"\b((?:[A-Z]{WORD_CHARS1}[ \t]+(?:(?:and|&)[ \t]+)?){{1,4}})({_LOCAL_SUFFIX})(?!\w|['’](?!s\b)\w)",
)
# A local group named as its place put first: "Kelby First", "Ashby and Vale First" (not "Deputy First Minister",
# "First" before a capitalised word)
LOCAL_FIRST_RE = re.compile(
    rf"\b((?:[A-Z]{WORD_CHARS1}[ \t]+(?:(?:and|&)[ \t]+)?){{1,3}})(First)(?![\w-]|[ \t]+[A-Z]|['’][a-rt-z])"
)
LOCAL_PREFIXES = tuple(_PARTIES["local_group_prefixes"])
# "Llais Eryrfon": a local group named by a word before its place's one word (no possessive: "Llais Eryrfon's Idris")
LOCAL_PREFIX_GROUP = rf"(?:{_alternation(LOCAL_PREFIXES)})[ \t]+[A-Z][\w-]+(?![\w-])"
LOCAL_PREFIX_RE = Lazy(LOCAL_PREFIX_GROUP)
# (the words of the local groups' suffixes and prefixes, 'Together', 'Llais', as well)
GROUP_WORDS = PARTY_WORDS | {w for affix in (*LOCAL_SUFFIXES, *LOCAL_PREFIXES) for w in affix.split()}
# A local group as a result list writes it in a bracket: "Penny Rowe (Hastings Independents) 402"
LOCAL_GROUP = rf"(?:(?:[A-Z]{WORD_CHARS1}[ \t]+(?:(?:and|&)[ \t]+)?){{1,4}}(?:{_LOCAL_SUFFIX})|{LOCAL_PREFIX_GROUP})"
GREEN_NOT_AFTER = frozenset(_PARTIES["green_not_party_after"])
GREEN_NOT_BEFORE = frozenset(_PARTIES["green_not_party_before"])
# A party as it is written in a bracket or a result list: a full alias or a trusted abbreviation.
LIST_PARTY_ALT = rf"(?:{_PARTY_ALT}|{_alternation(tuple(PARTY_ABBREV))})"
# The names LIST_PARTY_ALT matches, in the order it tries those that open a text (they are prefixes of each other):
# the aliases longest first (a trie's branches: see _alternation), then the abbreviations longest first
LIST_PARTY_NAMES = (*sorted(PARTY_ALIAS, key=len, reverse=True), *sorted(PARTY_ABBREV, key=len, reverse=True))

# --- numbers -------------------------------------------------------------------------------------------
WORD_NUMBERS = MappingProxyType({w: v for w, v in {**_NUMBERS["units"], **_NUMBERS["tens"]}.items() if v is not None})
_UNITS = [w for w, v in _NUMBERS["units"].items() if v is not None and v < 10 and " " not in w]
_TENS = list(_NUMBERS["tens"])
_ONE_WORD_NUMBERS = tuple(w for w in WORD_NUMBERS if " " not in w and w != "single")
# "two hundred and six", "one thousand, two hundred", "a hundred": a count in words with hundreds and thousands, as
# up to three steps of a scale word and the number words after it (tried only where ' hundred' or ' thousand'
# follows the first word). Written once, as a trie: every pattern holding a figure holds it.
_SMALL = rf"(?:(?:{'|'.join(_TENS)})-(?:{'|'.join(_UNITS)})|{_trie_regex(_trie(_ONE_WORD_NUMBERS))})(?![\w-])"
_SCALE = r"(?=\s+(?:hundred|thousand)\b)"
_SCALED = rf"(?:\s+(?:hundred|thousand)\b(?:(?:,|\s+and)?\s+{_SMALL})?){{1,3}}"
NUM_WORDS = (
    rf"(?:(?:{'|'.join(_TENS)})(?:-(?:{'|'.join(_UNITS)}))?|{_alternation(tuple(WORD_NUMBERS))}|a{_SCALE})"
    rf"(?:{_SCALE}{_SCALED})?"
)
# Atomic, so "1,204" is never read as "1" followed by ",204", nor "5.3" as "5"; "1.2k" and "1.5 thousand" are read
# whole (a rounded figure: see number_value). A number word before 'hundred' / 'thousand' is no figure here ('two'
# of 'two hundred'): NUM_SCALED reads those too (its longer pattern is used only where such counts are written:
# majorities and votes).
_DIGIT_FIGURE = r"\d{1,3}(?:,\d{3})+(?!\d)|\d++(?:(?:\.\d+)?(?:k|\s+thousand)\b|(?!\.\d))"
_SIMPLE_WORDS = rf"(?:(?:{'|'.join(_TENS)})(?:-(?:{'|'.join(_UNITS)}))?|{_alternation(tuple(WORD_NUMBERS))})"
NUM = rf"(?>{_DIGIT_FIGURE}|{_SIMPLE_WORDS}(?!\s+(?:hundred|thousand)\b))"
NUM_SCALED = rf"(?>{_DIGIT_FIGURE}|{NUM_WORDS})"
DIGITS = r"(?>\d{1,3}(?:,\d{3})+(?!\d)|\d+)"
# How a NUM ends, read backwards (on the reversed text): a digit, 'k' after a digit, or the last word of a number
# word reversed.
NUM_END_BACK = (
    rf"(?:\d|k(?=[\d.])|{'|'.join(sorted({w.split()[-1][::-1] for w in WORD_NUMBERS} | {'derdnuh', 'dnasuoht'}))})"
)
MONTHS = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr"
    r"|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b"
)
APPROX_WORDS = tuple(_NUMBERS["approximate"])
APPROX = rf"(?:{_alternation(APPROX_WORDS)})"

# --- councils and places ---------------------------------------------------------------------------------
COUNCIL_TYPES = tuple(_COUNCILS["types"])
COUNCIL_TYPE_RE = re.compile(rf"({lead_alternation(COUNCIL_TYPES)})\b")
PREFIX_COUNCIL_RE = Lazy(
    rf"({lead_alternation(tuple(_COUNCILS['prefix_forms']))}\s+[A-Z]{WORD_CHARS1}(?:\s+(?:and|&)\s+[A-Z]{WORD_CHARS1})*)"
    r"(?![\w'-]|’)(?!\s+Council)"
)
COUNTIES = frozenset(_COUNCILS["counties"])
NAMED_COUNCILS = tuple(_COUNCILS["named_councils"])  # found as written: "Council of the Isles of Scilly"
COUNTY_COUNCIL = MappingProxyType(
    {c: _COUNCILS["county_council_names"].get(c, f"{c} County Council") for c in _COUNCILS["counties"]}
)
CITY_COUNCIL = MappingProxyType(dict(_COUNCILS["city_council_names"]))
# the council of an area named bare, where its name is not '<area> Council' ('Bridgend' -> Bridgend County Borough
# Council, 'Edinburgh' -> City of Edinburgh Council)
AREA_COUNCIL = MappingProxyType({**_COUNCILS["area_council_names"], **_COUNCILS["city_council_names"]})
# (and back: the areas each such council is named after, 'Isle of Anglesey County Council' -> Anglesey, Isle of
# Anglesey, Ynys Môn)
AREAS_OF_COUNCIL = MappingProxyType(
    {c: frozenset(a for a, n in AREA_COUNCIL.items() if n == c) for c in frozenset(AREA_COUNCIL.values())}
)
COUNTY_RE = Lazy(rf"({lead_alternation(COUNTIES)})\b(?:['’]s)?")
REGIONS = frozenset(_COUNCILS["regions"])
COUNCIL_AREAS = frozenset(a.lower() for a in _COUNCILS["council_areas"])  # compare lower-cased
SCOTTISH_AREAS = frozenset(a.lower() for a in _COUNCILS["scottish_council_areas"])  # compare lower-cased
BUILDING_WORDS = frozenset(_COUNCILS["building_words"])
RUN_STOP_WORDS = frozenset(_COUNCILS["run_stop_words"])
DIRECTIONS = frozenset({"North", "South", "East", "West", "Mid", "Central", "Upper", "Lower", "Greater"})

# --- people --------------------------------------------------------------------------------------------
TITLES = frozenset(_PEOPLE["titles"])
# candidates' stage names, title and all ('Lord Buckethead', 'Count Binface'): a name as written
STYLED_NAMES: tuple[str, ...] = tuple(_PEOPLE["styled_names"])
ROLE_WORDS = frozenset(_PEOPLE["role_words"])
NOT_NAME_WORDS = frozenset(_PEOPLE["not_name_words"]) | COUNTIES | REGIONS
FORENAMES = frozenset(_PEOPLE["forenames"])
PLACE_SUFFIXES = frozenset(_PEOPLE["place_suffixes"])
PLACE_PREFIXES = frozenset(_PEOPLE["place_prefixes"])
TITLE_ALT = rf"(?:(?:{_alternation(TITLES)})\.?)"
# (with a parliament's members and a party list's places: "the SNP's list MSPs are", "Plaid's lead candidate, X")
ROLE_ALT = rf"(?:{_alternation(ROLE_WORDS)}|MP|ex-MP|Cllr|MSPs?|MSs?|MEPs?|list|lead|Assembly)"  # ("Assembly member")

# (Latin Extended-A too: the Welsh "Llŷr", "Glyndŵr", the Polish "Łukasz Wiśniewski"; its lower and upper
# letters alternate, so the lower class takes the whole block and the upper one its commonest capitals. The lower
# class is written as two runs, ß to ſ taking in the division sign '÷' between ö and ø, which no name holds: a
# class of three runs or more reaching past U+00FF compiles to a 64K-bit map, ~0.35 ms in Python each time a
# pattern holds it, where two runs compile to two range tests)
UPPER_LETTERS = "A-ZÀ-ÖØ-ÞŁŚŹŻŠŽČĆŘŴŶ"
LOWER_LETTERS = "a-zß-ſ"
_EXTENDED_CAPITALS = "ŁŚŹŻŠŽČĆŘŴŶ"
# One capital of UPPER_LETTERS, written as a branch: the class of the capitals up to U+00FF, then the Latin
# Extended-A ones one by one. The same character matches (at most one branch can), but the branch compiles in ~0.08
# ms where the one class's 64K-bit map takes ~0.35 ms, and the name patterns a small page compiles hold it ~110
# times. (The last capital is an atomic group of itself, which matches as the letter does: a branch of single
# letters and classes only is folded back into one class by sre.) A pattern that opens on a capital writes the
# class, [UPPER_LETTERS]: sre skips to where a class can match in C, not to where a branch can.
UPPER = "(?:[A-ZÀ-ÖØ-Þ]|" + "|".join(_EXTENDED_CAPITALS[:-1]) + f"|(?>{_EXTENDED_CAPITALS[-1]}))"
_LOWER = LOWER_LETTERS
# "Marshall-Clarke", "O'Brien", "McDonald", "Rooney-McKenna"; not "Nineteen-year-old" (a hyphen must lead to a
# capital); the Irish 'Ó' of "Pádraig Ó Donnghaile", a word of one capital before a capitalised word
NAME_TOKEN = (
    rf"(?:(?:Mc|Mac|O['’]|D['’])?{UPPER}[{_LOWER}]+"
    rf"(?:-(?:Mc|Mac|O['’])?{UPPER}[{_LOWER}]+|['’]{UPPER}?[{_LOWER}]+)*"
    rf"(?![\w-])|(?<!\w){UPPER}\.|Ó(?=[ \t]+(?:{UPPER}|h[AEIOUÁÉÍÓÚ])))"
)
# (and the article of an Irish surname, 'Mac an Bhaird', 'Nic an tSaoir': 'an' only after 'Mac' / 'Nic' / 'Mhic')
PARTICLE = r"(?:de|van|von|der|den|da|di|du|le|la|bin|al|el|ap|(?<=Mac )an|(?<=Nic )an|(?<=Mhic )an)"
# An Irish surname's mutated word, never a name's first: the 'h' before a vowel after 'Ó' / 'Ní' / 'Uí' / 'Ua'
# ("Cathal Ó hEára", "Ní hAodha") and the 't' before 'S' after the article ("Nic an tSaoir")
IRISH_MUTATED = rf"(?:(?:(?<=Ó )|(?<=Ní )|(?<=Uí )|(?<=Ua ))h[AEIOUÁÉÍÓÚ]|(?<=an )tS)[{_LOWER}]+(?![\w-])"
# a name's word after its first (the mutated word can only follow)
NEXT_NAME_TOKEN = rf"(?:{NAME_TOKEN}|{IRISH_MUTATED})"
# (a run opens on a word's first letter: not the "Ps" ending "MEPs")
CAP_RUN_RE = Lazy(rf"(?<![\w-]){NAME_TOKEN}(?:[ \t]+(?:{PARTICLE}[ \t]+){{0,2}}{NEXT_NAME_TOKEN})*")
TOKEN_RE = Lazy(rf"{NAME_TOKEN}|{PARTICLE}|{IRISH_MUTATED}")
