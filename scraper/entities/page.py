"""Facts one post of a page reads from the others, after each post's own `extract`.

A council a page names in full once ('Pen-y-fai, a Bridgend County Borough Council ward') and elsewhere by its area
alone ('Pen-y-fai (Bridgend)') is that council in every post, not the '<area> Council' a bare area gives alone. A
bare area the page never spells in full stays '<area> Council'; an area spelled in full two ways is left as it is.
A post naming no council that tells who controls an area ('Labour lose control of Kelby') is about the council the
page names in full for that area.

A ward a post names in a sentence with its council ('Labour has held Droylsden Moor in Tameside') is that council's
in the page's other posts that name it bare ('Labour held Droylsden Moor with a majority of 611'), whatever other
council such a post names elsewhere; a ward the page ties to two councils is left as each post reads it. A ward
'A and B' whose parts the page's other posts name as wards alone is those two wards. A post that gives a figure in a
ward the page's other posts read ('turnout ranged from 22% in Shettleston') names that ward too.

On a page of one block vote ('voters could back up to ten'; no ward; 'the 17 seats', the one count of seats it
gives), a candidate's place in the poll ('finished 21st', 'in 11th place', 'Ann Lowe in third') says whether they
were elected: a place within the seats.

A candidate a post names without a party stands for the one party the page's other posts give them with their votes,
and a lone surname the post also writes as one of the page's full candidate names is that person (a tally's row so
read counts under the full name, as a rival of that tally other posts may name). A candidate whose row gives a party
as initials alone ('Nazia Begum (RPA) 2,104') stands for the one group the page names in full with those initials.
A candidate a post names with middle names and without is one person, under the shorter name.
A short form two parties write ('Ref': Reform UK, and the Referendum Party of the 1990s) means the one of them the
page names in full, where it names only the other.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable
from datetime import datetime
from functools import lru_cache
from typing import Any

from ahocorasick_rs import AhoCorasick

from scraper.entities.councils import CONTROL_OF_AREA_RE, NAMED_AFTER_RE
from scraper.entities.doc import Doc, number_value
from scraper.entities.lexicon import (
    FORENAMES,
    LOCAL_SUFFIXES,
    NOT_NAME_WORDS,
    NUM,
    PARTY_ABBREV,
    PARTY_ALIAS,
    PARTY_SHARED_ABBREV,
    PARTY_WORDS,
    PLACE_PREFIXES,
    PLACE_SUFFIXES,
    TITLES,
)
from scraper.models import Post

# The words between a council's area and 'Council' that say its kind: 'Wrexham County Borough Council'.
_KIND_WORDS = frozenset({"County", "Borough", "City", "District", "Metropolitan", "Royal"})
# Every kind of fact that names a council (under the key 'council').
_NAMING_A_COUNCIL = ("wards", "seat_totals", "changes", "control", "seats_needed", "recounts")


def councils_in_full(posts: Iterable[Post]) -> None:
    """Rename, in each post's entities, a council named by its bare area to the full name the page gives it."""
    named = [p for p in posts if p.entities and p.entities.get("councils")]
    full = _full_names(named)
    if not full:
        return
    for post in named:
        entities = post.entities
        assert entities is not None
        renamed: dict[str, str] = {}
        for council in entities["councils"]:
            area = council["name"].removesuffix(" Council")
            name = full.get(area)
            if name is None or council["evidence"].lower() not in (area.lower(), area.lower() + " council"):
                continue  # (not the bare area, 'Bridgend' or 'Bridgend council')
            # (a post that writes '<area> Council' itself means that name)
            if council["name"] not in (post.title or "") and council["name"] not in post.body_text:
                renamed[council["name"]] = name
        if renamed:
            _rename(entities, renamed)


def councils_controlled(posts: Iterable[Post]) -> None:
    """Give a post naming no council the one the page names in full for the area whose control it tells ('Labour lose
    control of Kelby' on a page naming Kelby City Council): an area no gazetteer knows, which the post alone leaves
    unread (see councils._implicit_councils)."""
    posts = list(posts)
    full = _full_names([p for p in posts if p.entities and p.entities.get("councils")])
    if not full:
        return
    for post in posts:
        entities = post.entities
        text = f"{post.title or ''}\n{post.body_text}"
        if entities is None or entities["councils"] or "control of " not in text:
            continue
        for at in (m.start() for m in re.finditer("control of ", text)):
            m = CONTROL_OF_AREA_RE.match(text, at)
            name = full.get(m.group("area")) if m is not None else None
            if m is not None and name is not None and not NAMED_AFTER_RE.match(text, m.end()):
                entities["councils"] = [{"name": name, "span": list(m.span("area")), "evidence": m.group("area")}]
                break


def _full_names(posts: list[Post]) -> dict[str, str]:
    """Area -> the council the page's posts name in full after it, of one kind: 'Bridgend' -> 'Bridgend County
    Borough Council', 'Wolverhampton' -> 'City of Wolverhampton Council' (its kind before it)."""
    seen: dict[str, set[str]] = {}
    for post in posts:
        assert post.entities is not None
        for council in post.entities["councils"]:
            name = council["name"]
            if council["evidence"] != name:  # a name the text only makes clear ('the county council')
                continue
            words = name.split()
            end = len(words) - 1  # ('Council')
            start = end
            while start > 1 and words[start - 1] in _KIND_WORDS:
                start -= 1
            if words[end] == "Council" and start < end:
                seen.setdefault(" ".join(words[:start]), set()).add(name)
            elif (
                words[end] == "Council"
                and words[0] in _KIND_WORDS
                and words[1:2] == ["of"]
                and _KIND_WORDS.isdisjoint(words[2:end])
            ):
                seen.setdefault(" ".join(words[2:end]), set()).add(name)  # 'City of Wolverhampton Council'
    return {area: names.pop() for area, names in seen.items() if len(names) == 1}


def _rename(entities: dict[str, list[dict[str, Any]]], renamed: dict[str, str]) -> None:
    councils: list[dict[str, Any]] = []
    for council in entities["councils"]:
        name = renamed.get(council["name"], council["name"])
        if all(c["name"] != name for c in councils):  # (one fact a name, at its first mention)
            councils.append(council | {"name": name})
    entities["councils"] = councils
    for kind in _NAMING_A_COUNCIL:
        facts = entities.get(kind, ())
        entities[kind] = [f | {"council": renamed[f["council"]]} if f.get("council") in renamed else f for f in facts]


def wards_across_posts(posts: Iterable[Post]) -> None:
    """Give a ward named bare in a post the council another post of the page names it with (see the docstring)."""
    posts = list(posts)
    named = [p for p in posts if p.entities and p.entities.get("wards")]
    if named:
        _no_council_areas(posts, named)
        named = [p for p in named if (p.entities or {})["wards"]]
    if len(named) > 1:
        _split_pairs(named)
    tied: dict[str, set[str]] = {}
    bare: list[dict[str, Any]] = []  # the ward facts not tied to their council in their own post
    for post in named:
        assert post.entities is not None
        text = f"{post.title or ''}\n{post.body_text}"
        for ward in post.entities["wards"]:
            council = ward.get("council")
            if council and _named_with(text, ward["name"], _area(council)):
                tied.setdefault(ward["name"], set()).add(council)
            else:
                bare.append(ward)
    for ward in bare:
        councils = tied.get(ward["name"])
        if councils is not None and len(councils) == 1:
            ward["council"] = next(iter(councils))


# A figure of a place, right before it: "22% in", "31 per cent in", "412 votes in", "1,755 were cast in". (The test
# of the character before the figure follows its first digit, so that sre skips to the digits of a post instead of
# trying every position.)
_FIGURE_IN = r"\d(?<![\w.,]\d)[\d,.]*(?:%|\s+per\s+cent|\s+votes?)?\s+(?:(?:were|was)\s+cast\s+)?in\s+"
# ... or a share right after it: "and in Hillside 27.3%", "in Bow Lock was 31 per cent"
_SHARE_AFTER = r"[ \t]+(?:(?:was|is|at|of)[ \t]+)?\d[\d,.]*(?:%|[ \t]+per[ \t]+cent)"
# ... or an outcome's noun right before it: "her win in Redhill", "a Green gain in Hale" (losses and gains in a list of
# them are `_SEATS_IN`'s)
_OUTCOME_IN = r"(?<![\w-])(?:defeats?|wins?|victory|victories|gain|holds?)\s+in\s+"
# ... or seats lost or won there, the wards listed: "admitted the losses in Ashby and Mere were disappointing", "said
# they had 'lost good people' in Ashby and Mere", "Labour's gains in Ashby, Mere and Kelby"
_SEATS_IN = r"\b(?:losses|loss|lost|gains|gained)\b[^.;:\n]{0,40}?\s+in\s+"
# ... or a party's defence of it after it: "keep an eye on Ashby, where the Lib Dems are defending a small majority"
_CONTESTED_AFTER = r",\s+where\s+(?:the\s+)?[A-Z][^.;:\n]{0,30}?\s(?:are|is)\s+defending\b"
# ... or its count: "Counting in Ashby has been halted", "Count paused in Ashby", "a recount in Ashby and Mere"
_COUNT_IN = (
    r"\b(?:[Cc]ounting|[Cc]ount|[Rr]ecounts?)(?:\s+(?:paused|halted|suspended|resumed|delayed|stopped))?\s+in\s+"
)


def wards_named_again(posts: Iterable[Post]) -> None:
    """A post that gives a figure 'in <ward>' of a ward the page's other posts read ('turnout ranged from 22% in
    Shettleston', 'Reform took 31% in Redhill', 'and in Redhill 27.3%'), or seats lost or gained in a list of such
    wards ('the losses in Redhill and Hale'), an outcome there ('her win in Redhill'), their count ('Counting in
    Redhill has been halted') or a party's defence of one ('Redhill, where Labour are defending'), names that ward
    too, of the one council the page gives it: the bare place alone reads as no ward in a post of no other result.
    (Without a figure, a seat, a count or a defence, 'queues at polling stations in Bow Lock', 'Who is standing in
    Aberconwy?', the place may be the town or seat, not the contest.)"""
    posts = list(posts)
    councils: dict[str, set[str | None]] = {}
    for post in posts:
        for ward in (post.entities or {}).get("wards") or ():
            councils.setdefault(ward["name"], set()).add(ward.get("council"))
    if not councils:
        return
    names = "|".join(map(re.escape, sorted(councils, key=len, reverse=True)))
    # (the second branch opens on its "i", the test of the character before it behind that: tried at every position
    # of every post, it fails on one compare where no "i" stands, not on a look behind)
    finder = re.compile(rf"{_FIGURE_IN}({names})(?![\w'’-]|\s+[A-Z])|i(?<![\w-]i)n\s+({names}){_SHARE_AFTER}")
    one = rf"(?:{names})(?![\w'’-]|\s+[A-Z])"
    listed = re.compile(rf"(?:{_SEATS_IN}|{_COUNT_IN}|{_OUTCOME_IN})({one}(?:(?:,\s+|,?\s+and\s+){one})*)")
    # (apart, and only in a post saying "defending": opening on the names themselves, it is tried at every position)
    contested = re.compile(rf"(?<![\w'’-])({one}){_CONTESTED_AFTER}")
    each = re.compile(one)
    for post in posts:
        entities = post.entities
        if entities is None:
            continue
        read = {w["name"] for w in entities.get("wards") or ()}
        text = f"{post.title or ''}\n{post.body_text}"
        named = [found.span(1 if found.group(1) else 2) for found in finder.finditer(text)]
        for found in listed.finditer(text):
            named.extend(m.span() for m in each.finditer(text, *found.span(1)))
        if "defending" in text:
            named.extend(found.span(1) for found in contested.finditer(text))
        added = []
        for start, end in sorted(named):
            name = text[start:end]
            if name in read:
                continue
            read.add(name)
            council = councils[name] - {None}
            fact = {"name": name, "council": council.pop() if len(council) == 1 else None}
            added.append(fact | {"span": [start, end], "evidence": name})
        if added:
            entities["wards"] = sorted([*entities.get("wards", ()), *added], key=lambda w: w["span"][0])


def _no_council_areas(posts: list[Post], named: list[Post]) -> None:
    """Drop a 'ward' that is the bare area of a council the page names ('Greens win their first seats in Riverlea'
    on a page about Riverlea Council), or one of the towns an area of two joins ('Recount in Nuneaton' on a page
    about Nuneaton and Bedworth Council): the borough the seats are in, not one of its wards."""
    councils = {council["name"] for post in posts for council in (post.entities or {}).get("councils") or []}
    # (each council's name read once, not once for each post naming it)
    areas = {part for name in councils if name.endswith(" Council") for part in _area_and_towns(_area(name))}
    for post in named if areas else ():
        assert post.entities is not None
        post.entities["wards"] = [w for w in post.entities["wards"] if w["name"] not in areas]


def _area_and_towns(area: str) -> tuple[str, ...]:
    """'Nuneaton and Bedworth' -> itself, 'Nuneaton' and 'Bedworth': a council's area and the towns it joins."""
    left, sep, right = area.partition(" and ")
    return (area, left, right) if sep and " and " not in right else (area,)


def _split_pairs(posts: list[Post]) -> None:
    """'with Llanbradach and Market Drayton East due' is two wards where the page's other posts name each alone."""
    names = {w["name"] for p in posts for w in (p.entities or {})["wards"]}
    for post in posts:
        assert post.entities is not None
        wards: list[dict[str, Any]] = []
        for ward in post.entities["wards"]:
            left, sep, right = ward["name"].partition(" and ")
            if not (sep and left in names and right in names and ward["evidence"] == ward["name"]):
                wards.append(ward)
                continue
            start = ward["span"][0]
            for part, at in ((left, start), (right, start + len(left) + len(sep))):
                if all(w["name"] != part for w in post.entities["wards"]):
                    wards.append(ward | {"name": part, "span": [at, at + len(part)], "evidence": part})
        post.entities["wards"] = wards


def _area(council: str) -> str:
    """'Tameside Metropolitan Borough Council' -> 'Tameside': the council's name without its kind."""
    words = council.split()
    end = len(words) - 1 if words and words[-1] == "Council" else len(words)
    while end > 1 and words[end - 1] in _KIND_WORDS:
        end -= 1
    return " ".join(words[:end])


_SENTENCE_ENDS = (". ", "! ", "? ", "\n")


def _named_with(text: str, ward: str, area: str) -> bool:
    """Whether a sentence (or line) of ``text`` that names ``ward`` names ``area`` too."""
    if not area or area not in text:
        return False
    at = text.find(ward)
    while at >= 0:
        end = at + len(ward)
        start = max((i + len(e) for e in _SENTENCE_ENDS if (i := text.rfind(e, 0, at)) >= 0), default=0)
        stop = min((i for e in _SENTENCE_ENDS if (i := text.find(e, end)) >= 0), default=len(text))
        if area in text[start:at] or area in text[end:stop]:
            return True
        at = text.find(ward, end)
    return False


def initials_across_posts(posts: Iterable[Post]) -> None:
    """Give a candidate of a result list's row that writes a bracket of initials after the name ('Nazia Begum (RPA)
    2,104': a local group the post does not spell out, read with no party or one the post's prose lent the name)
    the one party the page's facts name in full whose capitalised words have those initials ("Riverlea People's
    Alliance"); two such names, or none, leave it."""
    posts = list(posts)
    groups = groups_by_initials(posts)
    if not groups:
        return
    for post in posts:
        for candidate in (post.entities or {}).get("candidates") or []:
            # (the row's own bracket over any party the post's prose lent the name)
            if "(" not in (evidence := candidate.get("evidence") or ""):
                continue
            bracket = re.search(rf"{re.escape(candidate['name'])}\s*\((?P<initials>[A-Z]{{2,5}})\)", evidence)
            if bracket and (group := groups.get(bracket.group("initials"))):
                candidate["party"] = group


_KNOWN_PARTIES = frozenset(PARTY_ALIAS.values())


def groups_by_initials(posts: Iterable[Post]) -> dict[str, str]:
    """Initials -> the one local group the page's facts name in full whose capitalised words have them (none that a
    party list knows, nor initials two groups share): what a post writing those initials alone means."""
    spelled = _spelled_groups([p for p in posts if p.entities])
    return {
        initials: next(iter(names))
        for initials, names in spelled.items()
        if len(names) == 1 and initials not in PARTY_ABBREV
    }


def groups_by_kind(posts: Iterable[Post]) -> dict[str, str]:
    """A local group's kind of two words or more ('Independent Group', 'Residents Association') -> the one group of
    that kind the page's facts name in full ('Kelby Independent Group'): what a post writing the kind alone ('Ann
    Gill (Independent Group)') means, the place left out once the page has given it."""
    kinds: dict[str, set[str]] = {}
    for name in _named_groups([p for p in posts if p.entities]):
        for kind in _GROUP_KINDS:
            if name.endswith(f" {kind}"):
                kinds.setdefault(kind, set()).add(name)
    return {kind: next(iter(names)) for kind, names in kinds.items() if len(names) == 1}


# (a kind of one word, 'Independents', 'Party', is too common a word alone to stand for a group)
_GROUP_KINDS = tuple(suffix for suffix in LOCAL_SUFFIXES if " " in suffix)


def _named_groups(posts: list[Post]) -> set[str]:
    """The groups no party list knows that the page's candidates and seat totals name."""
    return {
        fact["party"]
        for post in posts
        for key in ("candidates", "seat_totals")
        for fact in (post.entities or {}).get(key) or []
        if fact.get("party") and fact["party"] not in _KNOWN_PARTIES
    }


def _spelled_groups(posts: list[Post]) -> dict[str, set[str]]:
    """Initials -> the groups no party list knows that the page's candidates and seat totals name in full with
    those initials (the first letters of their capitalised words)."""
    spelled: dict[str, set[str]] = {}
    for name in _named_groups(posts):
        capitals = [word for word in name.split() if word[:1].isupper()]
        if len(capitals) >= 2:
            spelled.setdefault("".join(word[0] for word in capitals), set()).add(name)
    return spelled


def abbreviations_the_page_spells(posts: Iterable[Post]) -> None:
    """A short form two parties share ('Ref') reads as its usual party (Reform UK); on a page that names only the
    other in full (the Referendum Party, on a page about 1997), a candidate or seat total the short form gave that
    usual party stands for the other."""
    posts = list(posts)
    text = "\n".join(f"{post.title or ''}\n{post.body_text}" for post in posts)
    for abbr, parties in PARTY_SHARED_ABBREV.items():
        named = [party for party in parties if any(p == party and _writes(text, a) for a, p in PARTY_ALIAS.items())]
        usual = PARTY_ABBREV[abbr]
        if len(named) != 1 or named[0] == usual:
            continue
        for post in posts:
            for key in ("candidates", "seat_totals"):
                for fact in (post.entities or {}).get(key) or []:
                    if fact.get("party") == usual and _writes(fact.get("evidence") or "", abbr):
                        fact["party"] = named[0]


def middle_names_within_posts(posts: Iterable[Post]) -> None:
    """A candidate a post names with middle names ('Brenda Margaret Cole', as a returning officer declares them) and
    without ('Brenda Cole', as the coverage calls them) is one person, under the shorter name, with the figures
    either reading gives (not where the two readings give two parties)."""
    for post in posts:
        candidates = (post.entities or {}).get("candidates") or []
        plain = {(c["name"].split()[0], c["name"].split()[-1]): c for c in candidates if c["name"].count(" ") == 1}
        if not plain or len(plain) == len(candidates):
            continue
        kept = []
        for candidate in candidates:
            words = candidate["name"].split()
            short = plain.get((words[0], words[-1])) if len(words) > 2 else None
            if (
                short is None
                or None not in (short["party"], candidate["party"])
                and short["party"] != candidate["party"]
            ):
                kept.append(candidate)
                continue
            for key in ("party", "votes", "elected", "ward"):
                if short.get(key) is None:
                    short[key] = candidate.get(key)
        assert post.entities is not None
        post.entities["candidates"] = kept


def candidates_across_posts(posts: Iterable[Post]) -> None:
    """Give a candidate the page names in full elsewhere that name and party: a post that writes a lone surname of
    one full name ('Bassoon' where the page lists 'Baron Bassoon', a title word read off it) means that person, a
    candidate a post names without a party ('Priya Castellano is expected to take her seat') stands for the one
    party the page's other posts give them with their votes (a declared tally's row, not a passing mention), and
    rivals of one tally a post writes in full are candidates there too (`_rivals_named`), as is, on a page of one
    contest's tally, any one of its candidates a post writes in full."""
    posts = list(posts)
    named = [p for p in posts if p.entities and p.entities.get("candidates")]
    full = {c["name"] for post in named for c in (post.entities or {})["candidates"] if " " in c["name"]}
    for post in named:  # (first, so that a tally's row read by surname alone gives its party under the full name)
        assert post.entities is not None
        text = f"{post.title or ''}\n{post.body_text}"
        for candidate in post.entities["candidates"]:
            name = _full_name(candidate["name"], full, text)
            if name != candidate["name"] and all(c["name"] != name for c in post.entities["candidates"]):
                candidate["name"] = name
    parties: dict[str, set[str]] = {}
    tally_of: dict[str, int] = {}  # a full name -> the post whose tally gives its votes
    outcome: dict[str, bool] = {}  # a full name -> the outcome that tally gives it
    for i, post in enumerate(named):
        assert post.entities is not None
        for candidate in post.entities["candidates"]:
            if candidate["party"] and candidate["votes"] is not None:  # (a tally's row: the party the count gives)
                parties.setdefault(candidate["name"], set()).add(candidate["party"])
                tally_of.setdefault(candidate["name"], i)
                if candidate["elected"] is not None:
                    outcome.setdefault(candidate["name"], candidate["elected"])
    for post in named:
        assert post.entities is not None
        for candidate in post.entities["candidates"]:
            party = parties.get(candidate["name"], set())
            if candidate["party"] is None and len(party) == 1:
                candidate["party"] = next(iter(party))
    tallied = {name: (party.pop(), tally_of[name]) for name, party in parties.items() if len(party) == 1}
    # (full names only, of the tallies that give two or more: a post adds none of a tally it can name once at most;
    # most pages' tallies are each post's own, so this is usually empty and no post is searched for every name)
    # (a page of one contest's tally, a by-election's or a mayoralty's, names no other race's candidates: one of
    # its candidates named alone is that candidate, not a party leader's passing mention)
    full_per_tally = Counter(at for name, (_party, at) in tallied.items() if " " in name)
    alone = len(full_per_tally) == 1
    rivals = {name: v for name, v in tallied.items() if " " in name and (alone or full_per_tally[v[1]] > 1)}
    if rivals:
        forms = {name: name for name in rivals} | _surnames(rivals, full)
        names = list(forms)
        finder = AhoCorasick(names)  # (each post searched once for all the names, not once for each)
        declared = {at: named[at].published_at for _party, at in rivals.values()}
        decided: dict[int, dict[str, bool]] = {}  # a tally's post -> the outcomes it gives its rivals
        for name, won in outcome.items():
            if name in rivals:
                decided.setdefault(rivals[name][1], {})[name] = won
        whens, known = _outcomes_known(declared, decided)
        for post in posts:
            if post.entities is not None:
                # (after a tally's post, a candidate it decided has that outcome)
                outcomes = known[bisect_left(whens, post.published_at)] if post.published_at else {}
                _rivals_named(post, post.entities, rivals, forms, names, finder, alone=alone, outcome=outcomes)


def _outcomes_known(
    declared: dict[int, datetime | None], decided: dict[int, dict[str, bool]]
) -> tuple[list[datetime], list[dict[str, bool]]]:
    """The times the tallies were published (``declared``: a tally's post -> its time), in order, and for each
    count k of them the outcomes the first k gave (``decided``: a tally's post -> name -> outcome): a post published
    after k tallies knows ``known[k]`` (k by `bisect_left` of its time), one search a post, not a walk of every
    tally and outcome of the page."""
    order = sorted((when, at) for at, when in declared.items() if when)
    known: list[dict[str, bool]] = [{}]
    for _when, at in order:
        known.append(known[-1] | decided.get(at, {}))
    return [when for when, _at in order], known


def _surnames(rivals: dict[str, tuple[str, int]], full: set[str]) -> dict[str, str]:
    """Surname -> full name, of the rivals whose surname no other full name of the page ends with and which is no
    word a party, place or forename may be ('Vane' for 'Rupert Vane', not 'Green' for 'Ann Green')."""
    ends = Counter(name.rsplit(" ", 1)[1] for name in full)
    surnames: dict[str, str] = {}
    for name in rivals:
        surname = name.rsplit(" ", 1)[1]
        if ends[surname] == 1 and not _common_word(surname):
            surnames[surname] = name
    return surnames


def _common_word(word: str) -> bool:
    return any(word in words for words in (NOT_NAME_WORDS, PARTY_WORDS, PLACE_SUFFIXES, PLACE_PREFIXES, FORENAMES))


def _full_name(name: str, full: set[str], text: str) -> str:
    """The page's one full name a lone surname ends, when the post writes that full name ('Baron Bassoon (Loony)
    187' read as 'Bassoon'): else the name as read."""
    if " " in name:
        return name
    fits = [f for f in full if f.endswith(" " + name) and _writes(text, f)]
    return fits[0] if len(fits) == 1 else name


def _rivals_named(
    post: Post,
    entities: dict[str, list[dict[str, Any]]],
    tallied: dict[str, tuple[str, int]],
    forms: dict[str, str],
    names: list[str],
    finder: AhoCorasick,
    *,
    alone: bool = False,
    outcome: dict[str, bool] | None = None,
) -> None:
    """Add the candidates of one of the page's tallies (`tallied`: full names; `forms` maps each way of writing
    one, in full or by surname, to the full name, `names` its keys in order and `finder` their automaton) that a
    post writes, two or more of them, but reads no fact of ('he took 71,220 votes there, to 49,875 for
    Menon-Clarke'): rivals of that count, of the party it gives them, their outcome here unread. (One such name
    alone may be a leader's in passing, 'Boris Johnson thanked voters', not a candidate's: it is added only when
    ``alone``, the page's one tally, and written in full; ``outcome``: the outcomes a tally published before the
    post gave.)"""
    text = f"{post.title or ''}\n{post.body_text}"
    held = sorted({i for i, _start, _end in finder.find_matches_as_indexes(text, overlapping=True)})
    written: dict[str, int] = {}
    in_full: set[str] = set()  # (the names the post writes in full at least once)
    for i in held:
        form = names[i]
        at = _writes(text, form) if " " in form else _writes_surname(text, form)
        if at is not None and form == forms[form]:
            in_full.add(form)
        if at is not None and (forms[form] not in written or at.start() < written[forms[form]]):
            written[forms[form]] = at.start()
    present = sorted(written, key=written.__getitem__)  # (in the order the post writes them)
    tallies = [tallied[name][1] for name in present]
    read = {c["name"] for c in entities["candidates"]}
    surnames = {name.rsplit(" ", 1)[-1] for name in read}
    unread = [
        n
        for n in present
        if n not in read
        and n.rsplit(" ", 1)[1] not in surnames
        and ((alone and n in in_full) or tallies.count(tallied[n][1]) > 1 or _titled_mayor(text, n))
    ]
    if not unread:
        return
    doc = Doc.of(post.title, post.body_text)
    for name in unread:
        # (a tally's outcome for a name the post adds: on the page's one tally, or for its mayor titled so)
        elected = (outcome or {}).get(name) if alone or _titled_mayor(text, name) else None
        fact = {"name": name, "party": tallied[name][0], "votes": None, "elected": elected, "ward": None}
        entities["candidates"].append(fact | doc.evidence(*doc.sentence_of(written[name])))
    entities["candidates"].sort(key=lambda c: c["span"][0])


def _titled_mayor(text: str, name: str) -> bool:
    """Whether ``text`` writes ``name`` in full behind the title of a mayor ('Mayor Ann Bell is expected to name her
    cabinet'): after the count, the one the mayoralty's tally elected, named as such on a page of several contests."""
    return "Mayor" in text and re.search(rf"\bMayor(?:-elect)?\s+{re.escape(name)}(?![\w-])", text) is not None


def _writes_surname(text: str, surname: str) -> re.Match[str] | None:
    """Where ``text`` first writes ``surname`` alone, after no forename of another ('Vane's team', 'Mr Vane', not
    'Lisa Vane')."""
    for at in _whole_words_re(surname).finditer(text, max(0, text.find(surname))):  # (see _writes)
        before = re.search(r"(?<![\w'’-])([A-Z][\w'’-]*\w\.?)[ \t]+$", text[: at.start()])  # ('Park: Vane' is alone)
        word = before.group(1) if before else ""
        if not word or word.rstrip(".") in TITLES or word in NOT_NAME_WORDS:
            return at
    return None


def _writes(text: str, name: str) -> re.Match[str] | None:
    """Where ``text`` first writes ``name`` as whole words ('Ann Bell', not the start of 'Ann Bellamy')."""
    # (searched from its first occurrence on: the pattern opens on a look behind, so sre would try every position
    # before it)
    at = text.find(name)
    return None if at < 0 else _whole_words_re(name).search(text, at)


@lru_cache(maxsize=4096)
def _whole_words_re(name: str) -> re.Pattern[str]:
    """``name`` as whole words: kept for each name, as the page's passes look for one name in post after post (not
    escaped and looked up in `re`'s cache by a new pattern string each time)."""
    return re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])")


# a block vote told: "voters could back up to ten", "each voter can vote for up to ten of the candidates"
_BLOCK_VOTE_RE = re.compile(
    rf"\b(?:vote|back|choose|pick|select|support)\s+(?:for\s+)?up\s+to\s+(?:{NUM})\b(?!\s*(?:%|per\s?cent))"
)
# the seats of one block vote: "the last of the 17 seats", "70 candidates stood for the 38 seats"
_BLOCK_SEATS_RE = re.compile(rf"\b(?:of|for)\s+(?:the\s+)?(?P<n>{NUM})\s+seats\b")
_ORDINAL_WORDS = (
    ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh")
    + ("twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth")
    + ("twentieth",)
)
_ORDINAL = rf"(?:\d{{1,2}}(?:st|nd|rd|th)|{'|'.join(_ORDINAL_WORDS)})"
# a place in the poll after a name, in its clause: "finished 21st", "was 40th", "in 11th place", "finishing fourth on",
# or bare ("Ann Lowe 47th with 5,102", "Ann Lowe in third")
_PLACING_RE = re.compile(
    rf"\b(?:finished|finishing|came|coming|placed|was|in)\s+(?P<k>{_ORDINAL})(?:\s+place)?\b"
    r"(?!\s+(?:time|term|year|election|attempt|consecutive|successive))"
)
_BARE_PLACING_RE = re.compile(rf"\s+(?:in\s+)?(?P<k>{_ORDINAL})(?=\s*(?:[,.;]|with\b|on\b|$))")
_PLACING_REACH = 120  # characters after a name its clause's place may stand


def placings_across_posts(posts: Iterable[Post]) -> None:
    """On a page of one block vote ('each voter can vote for up to ten'), whose posts name no ward and give one
    count of seats ('of the 17 seats'), each candidate placed in the poll ('finished 21st', 'in 11th place') was
    elected if the place is within the seats and not elected past them: a block vote elects the most-voted, however
    a post's words of a lone seat ('finishing fourth', 'ahead of') would read."""
    posts = [p for p in posts if p.entities is not None]
    if any((p.entities or {}).get("wards") for p in posts):
        return
    if not any(_BLOCK_VOTE_RE.search(f"{p.title or ''}\n{p.body_text or ''}") for p in posts):
        return  # (a page of constituencies' counts, each of one seat: a place there is its own seat's)
    counts = {number_value(m.group("n")) for p in posts for m in _BLOCK_SEATS_RE.finditer(p.body_text or "")}
    if len(counts) != 1 or (seats := counts.pop()) is None or seats < 3:
        return
    for post in posts:
        candidates = (post.entities or {}).get("candidates") or []
        text = post.body_text or ""
        for candidate in candidates:
            place = _placing(text, candidate["name"], [c["name"] for c in candidates])
            if place is not None:
                candidate["elected"] = place <= seats


def _placing(text: str, name: str, names: list[str]) -> int | None:
    """The place in the poll the clause after `name`'s first mention gives it, before any other of `names`."""
    at = text.find(name)
    if at < 0:
        return None
    end = at + len(name)
    if (bare := _BARE_PLACING_RE.match(text, end)) is not None:
        return _ordinal_value(bare.group("k"))
    stop = min(len(text), end + _PLACING_REACH)
    for mark in (".", ";", *(c for c in names if c != name)):  # (the clause ends, or another candidate's begins)
        if (i := text.find(mark, end, stop)) >= 0:
            stop = i
    m = _PLACING_RE.search(text, end, stop)
    return _ordinal_value(m.group("k")) if m else None


def _ordinal_value(word: str) -> int:
    """'21st' -> 21, 'fourth' -> 4."""
    return int(word[:-2]) if word[0].isdigit() else _ORDINAL_WORDS.index(word) + 1
