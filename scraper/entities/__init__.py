"""Election facts in a post's clean title and body: `extract(post)` -> the `entities` object of CONTRACT.md.

Every fact carries ``span: [start, end]`` and ``evidence`` (the text in that span). Offsets index the string
``(post.title or "") + "\\n" + post.body_text`` -- the title, a newline, then the clean body.

Keys (contract): councils [{name}], wards [{name, council}], parties [{name}],
candidates [{name, party, votes, share?, elected, ward}], seat_totals [{council, party, seats, of}],
majorities [{ward, party, candidate, votes, approximate?}], changes [{type: gain|hold|loss, party, from_party,
ward, council}]. Extra keys: control [{council, party, status}] (won / hold / lost / no overall control),
seats_needed [{council, party, seats, kind: needed|short}], recounts [{ward, council}].

Rules, not a model: gazetteers live in scraper/data/*.json, patterns are compiled once at import. A fact is
only reported when results wording binds it (a person is a candidate only when the text says they won, lost,
polled votes or stood), so reporters, people quoted and MPs who are not standing are left out.

The stages, one module each: `doc` (sentences, party mentions, numbers) -> `councils` (named, or resolved
from 'the county council') -> `names` (people, 'Mr Bradley', 'the incumbent') -> `candidates` (each mention
read against `cues`, then coordination, implied parties, merged per name; `lists` reads result-list lines) ->
`wards` -> `tallies` (seat totals, majorities, changes, control, recounts). `lexicon` loads the gazetteers.
"""

from __future__ import annotations

import re
from typing import Any

from scraper.entities import candidates as cand
from scraper.entities import councils as council_facts
from scraper.entities import cues, names, tallies
from scraper.entities import doc as doc_patterns
from scraper.entities import lists as list_facts
from scraper.entities import page as page_facts
from scraper.entities import wards as ward_facts
from scraper.entities.doc import Doc, Keyed, KeyIndex, Lazy, Mention, holds_any
from scraper.entities.lexicon import word_start
from scraper.entities.lists import list_readings
from scraper.entities.names import Person, find_people, surname_of
from scraper.models import Post

FACT_KINDS = ("councils", "wards", "parties", "candidates", "seat_totals", "majorities", "changes")
EXTRA_KINDS = ("control", "seats_needed", "recounts")

# A post with none of these words (capitalised, in capitals or not) holds no election fact (cheap gate for
# non-election live pages). Written out in each case so that the pattern opens on literals (see word_start): a
# teletext page or a results table sets its headings and verdicts in capitals ("GOSPORT BOROUGH COUNCIL",
# "CON HOLD").
_ELECTION_WORDS = (
    r"council\w*|wards?|seats?|elect\w*|vot\w+|divisions?|recount\w*|majority|mayor\w*|by-elections?|poll\w*"
    r"|candidate\w*|gain\w*|hold\w*|held|won|lost|defeat\w*|control|results?|declar\w*|turnout|beat\w*|oust\w*"
    r"|unseat\w*|topp\w*|retain\w*|sw[eu]p\w*|councillors?"
    # (a tie settled by lot, the post's only election words: "Lots drawn" over "The returning officer pulled out the
    # name of Reform's X")
    r"|returning officers?|drawing lots|drew lots|lots drawn|by lot"
)
_ELECTION_WORDS_RE = re.compile(
    word_start(
        "|".join(
            spelt
            for w in _ELECTION_WORDS.split("|")
            for spelt in (w[0].upper() + w[1:], w, re.sub(r"(?<!\\)[a-z]", lambda m: m.group().upper(), w))
        )
    )
    + r"\b"
)
# The same words, lower-case only, for the lower-cased text: half the branches to try at each letter.
_ELECTION_WORDS_LOWER_RE = Lazy(word_start(_ELECTION_WORDS) + r"\b")
# Of those, the words of a poll itself (not the outcome verbs 'won', 'beat', 'lost', 'held', which sport, courts and
# prizes share): a post naming no party holds a candidate only when it has one of them ('Katie Boulter beat Emma
# Navarro 6-4 6-3', 'Sandra Beck, 52, won £1m on the lottery' name no candidate; 'Maya Holt, third on 1,310' does)
_POLL_WORDS = (
    r"council\w*|wards?|seats?|elect\w*|vot\w+|divisions?|recount\w*|majority|mayor\w*|by-elections?|poll\w*"
    r"|candidate\w*|turnout|declar\w*|ballot\w*|constituenc\w*|count|cllr"
)
_POLL_WORDS_RE = Lazy(
    word_start("|".join(c + w[1:] for w in _POLL_WORDS.split("|") for c in (w[0].upper(), w[0]))) + r"\b"
)
# Index keys that open the commonest of those words ('seats', 'Council', 'ward', 'votes'): the pattern tried where
# they occur first, before a search of the post (most posts are about an election, and hold one at a word start).
_ELECTION_KEYS = ("seat", "Council", "ward", "vote", "won", "council", "candidate", "elected")
_POLL_KEYS = ("seat", "Council", "ward", "vote", "council", "candidate", "elected")  # indexed keys (_ELECTION_KEYS)
_DIGIT_RE = re.compile(r"\d")
# A ward electing more than one councillor: a runner-up with fewer votes than the winner may also be elected. (Not
# a town's or a county's seats, its several constituencies: "the first of the city's three seats to fall")
_AREAS_SEATS = "".join(
    f"(?<!{owner}{mark}s )"
    for owner in ("city", "county", "town", "region", "country", "borough", "district", "area")
    for mark in "'’"
)
_SEVERAL_SEATS = (
    rf"{_AREAS_SEATS}\b(?:two|three|four|both|all\s+(?:two|three|four|\d))\s+(?:\w+\s+)?seats\b(?!\s+from\b)"
    r"|\bseats\s+were\s+up\b|multi-member"
    r"|\b(?:two|three|four|five)-(?:seat|member)\b"
    r"|\((?:two|three|four|five|[2-5])\s+seats\)"  # "Kirkcaldy East (3 seats)": a ward's size in a bracket
)
_SEVERAL_SEATS_RE = Lazy(_SEVERAL_SEATS, re.I)
# The same, one pattern per branch, each opening on literals, for the lower-cased text (see Doc.folds_safely).
_SEVERAL_SEATS_LOWER = (
    Lazy(
        _AREAS_SEATS
        + word_start(r"two|three|four|both|all\s+(?:two|three|four|\d)")
        + r"\s+(?:\w+\s+)?seats\b(?!\s+from\b)"
    ),
    Lazy(word_start("seats") + r"\s+were\s+up\b"),
    Lazy("multi-member"),
    Lazy(word_start("two|three|four|five") + r"-(?:seat|member)\b"),
    Lazy(r"\((?:two|three|four|five|[2-5])\s+seats\)"),
)

__all__ = ["EXTRA_KINDS", "FACT_KINDS", "extract", "extract_page", "extract_text"]


def _key_index() -> KeyIndex:
    """Every key of the stages' Keyed patterns (module constants, alone or in tuples), the literals the stages
    test whole posts for (`KEYS` of a module) and the characters sentences and lines end on: one pass a post."""
    keys: set[str] = {*doc_patterns.SENTENCE_ENDS, *council_facts.KEYS, *names.KEYS, *tallies.KEYS, *_ELECTION_KEYS}
    keys.update(cand.LOT_KEYS)
    keys.update(ward_facts.LOCAL_KEYS)
    keys.update(list_facts.KEYS)
    keyed: list[Keyed] = []
    for module in (doc_patterns, council_facts, ward_facts, tallies):
        for value in vars(module).values():
            keyed += [k for k in (value if isinstance(value, tuple) else (value,)) if isinstance(k, Keyed)]
    keys.update(k.inner for k in keyed if k.inner)
    return KeyIndex(keys, keyed=keyed, gated=(*cues.POST_GATED, *council_facts.POST_GATED, *tallies.POST_GATED))


KEYS = _key_index()


def extract(
    post: Post, *, parliament_page: bool = False, page_groups: dict[str, str] | None = None
) -> dict[str, list[dict[str, Any]]]:
    """The `entities` object of shared/CONTRACT.md for one post (``parliament_page``, ``page_groups``: see
    `extract_text`)."""
    return extract_text(
        post.title, post.body_text, author=post.author, parliament_page=parliament_page, page_groups=page_groups
    )


def extract_page(posts: list[Post]) -> None:
    """Fill each post's `entities` (`extract`), then what one post of the page reads from the others: a council
    named by its bare area takes the full name the page gives it elsewhere, a ward named bare the council another post
    names it with, a party written as initials or as a group's kind alone ('Independent Group') the group the page
    spells out (a post writing such initials is read again knowing them, so its prose, tallies and sweeps read them as
    that group), a candidate named bare the full
    name and party the page gives them, a short form two parties share the one the page spells out (see `page`),
    and on a page about a parliament's seats a post naming no council or ward names constituencies
    (`wards.about_a_parliament`)."""
    parliament_page = ward_facts.about_a_parliament(f"{post.title or ''}\n{post.body_text}" for post in posts)
    for post in posts:
        post.entities = extract(post, parliament_page=parliament_page)
    # read again, each post that writes such initials or such a group's kind alone
    if groups := page_facts.groups_by_initials(posts) | page_facts.groups_by_kind(posts):
        for post in posts:
            if any(re.search(rf"(?<![\w-]){i}(?![\w-])", f"{post.title or ''}\n{post.body_text}") for i in groups):
                post.entities = extract(post, parliament_page=parliament_page, page_groups=groups)
    page_facts.councils_in_full(posts)
    page_facts.councils_controlled(posts)
    page_facts.wards_across_posts(posts)
    page_facts.wards_named_again(posts)
    page_facts.initials_across_posts(posts)
    page_facts.abbreviations_the_page_spells(posts)
    page_facts.middle_names_within_posts(posts)
    page_facts.candidates_across_posts(posts)
    page_facts.placings_across_posts(posts)


_GREEN_KEYS = ("Green",)


def extract_text(
    title: str | None,
    body: str,
    *,
    author: str | None = None,
    parliament_page: bool = False,
    page_groups: dict[str, str] | None = None,
) -> dict[str, list[dict[str, Any]]]:
    """`extract` for a title and a clean body (offsets index `title + "\\n" + body`); ``parliament_page``: the post's
    page is about a parliament's seats, so a place it marks as a seat without a local word is a constituency;
    ``page_groups``: initials or a group's kind -> the local group other posts of the page spell out (see
    doc.page_initials)."""
    doc = Doc.of(title, body, KEYS)
    doc.parliament_page = parliament_page
    if page_groups:
        doc_patterns.page_initials(doc, page_groups)
    if not (_about_an_election(doc) or (doc.parties and (_DIGIT_RE.search(doc.text) or _names_members(doc.text)))):
        # not about an election: only the parties it names
        empty: dict[str, list[dict[str, Any]]] = {kind: [] for kind in FACT_KINDS + EXTRA_KINDS}
        return empty | {"parties": _unique(doc, doc.parties, lambda m: {"name": m.value})}
    doc.shut = doc.lacking()
    councils = council_facts.find_councils(doc)
    people = find_people(doc)
    if doc.groups:  # "Havering Residents Association took 19 seats": a group, no person
        inside = [p for p in people if any(g.start < p.end and p.start < g.end for g in doc.groups)]
        people = [p for p in people if p not in inside]
        if inside:  # nor is a short mention of the name read in the group ("Residents' group holds Epsom seat")
            spelled = {p.name for p in people if doc.text.startswith(p.name, p.start)}
            named = {p.name for p in inside} - spelled
            people = [p for p in people if p.name not in named]
    from_lists = list_readings(doc)
    if any(not r.person.full for r in from_lists):  # "Rendall (LD) 7,488; ...": the surname of a name given in full
        full = [p for p in people if p.full]
        for r in from_lists:
            if not r.person.full and (name := surname_of(full, r.person.name, r.person.start)):
                r.person = Person(r.person.start, r.person.end, name, False)
    readings = cand.read_mentions(doc, people) + from_lists
    if readings and "olleague" in doc.text:
        cand.colleague_parties(doc, readings)  # ("his Labour colleagues A (1,702) and B")
    if readings and "candidates" in doc.text:
        cand.parties_tied(doc, readings)
    if readings and holds_any(doc.text, cand.CORRECTION_KEYS):
        cand.corrected_votes(doc, readings)
    standing = [r.person for r in readings if r.candidate]
    wards = ward_facts.find_wards(doc, councils, standing, [r.person for r in from_lists if r.candidate], people)
    if wards and (areas := ward_facts.council_areas_before(doc, wards, councils)):
        councils = sorted(councils + areas, key=lambda c: c.start)
    if readings and doc.holds(cand.ALL_ELECTED_KEYS) and any(not r.decided for r in readings):
        cand.all_elected(doc, readings)  # ("..., and all six are elected": decided before the undecided are taken)
    if readings and "down to" in doc.text:
        cand.down_to_two(doc, readings)  # ("so it's down to A and B": the rest of a two-round count are out)
    # what infer_outcomes and votes_from_tally read is looked for only when a reading can use it: a candidate
    # with no outcome (a sweep), an outcome to infer from votes (several seats), a candidate without votes (a tally)
    undecided = [r for r in readings if not r.decided]
    several = bool(undecided) and any(r.votes is not None for r in undecided) and _several_seats(doc)
    sweeps = cand.sweeping_parties(doc) if undecided and any(r.candidate for r in undecided) else {}
    sweep = frozenset(sweeps)
    one_ward = len({w.value for w in wards}) <= 1
    swept = None if one_ward or len(sweeps) != 1 else cand.paragraph_at(doc.text, next(iter(sweeps.values())))
    if undecided:
        cand.party_winners(doc, readings, undecided, one_ward=one_ward, several_seats=several)
    # (a returning officer's declaration decides one seat, "duly elected", "declared elected": not in a round-up of
    # several wards)
    declaration = ("duly elected" in doc.text or "declared elected" in doc.text) and one_ward
    if readings and holds_any(doc.text, cand.SPEECH_KEYS):
        cand.speech_cited_winner(doc, readings)
    cand.infer_outcomes(
        readings,
        several_seats=several,
        sweep=sweep,
        declaration=declaration,
        one_ward=one_ward,
        text=doc.text,
        swept=swept,
    )
    if (not declaration or several) and readings and holds_any(doc.text, cand.DECLARED_KEYS):
        cand.declared_paragraph_losers(doc.text, readings)  # (a notice in a post of several wards or seats)
    cand.implied_parties(doc, readings)
    if "irst" in doc.text and any(r.votes is not None for r in readings) and holds_any(doc.text, cand.ROUND_KEYS):
        cand.mark_rounds(doc, readings)
    if any(r.elected is False for r in readings) and doc.holds(cand.LIST_RETURN_KEYS):
        cand.list_returns(doc, readings)
    merged = cand.merge(readings, author)
    if any(r.votes is None for r in merged):
        cand.votes_from_tally(merged, tallies.party_votes(doc))
        cand.tied_votes(doc, merged)
    elif any(not r.decided for r in merged):  # "A and B tied on 1,212 votes apiece ... B's name was drawn"
        cand.tied_votes(doc, merged)
    if doc.holds(cand.LOT_KEYS) and any(not r.decided for r in merged) and cand.LOT_RE.search(doc.text):
        cand.lot_losers(merged)
    if several and any(not r.decided for r in merged):
        cand.filled_seat_losers(doc, merged, one_ward=one_ward)
    if any(r.votes is not None and not r.decided for r in merged) and holds_any(doc.text, cand.SEATS_TAKEN_KEYS):
        cand.poll_order_winners(doc, merged, wards)
    if doc.holds(cand.INDEPENDENT_KEYS) and any(r.party is None for r in merged):
        cand.all_independents(doc, merged)
    candidates = cand.to_facts(doc, merged, wards)
    if candidates and doc.holds(_GREEN_KEYS):
        cand.scottish_greens(candidates, [c.value for c in councils])
    if candidates and not doc.parties and not _names_a_poll(doc):
        # a win or a defeat in sport, a court or a prize draw: no poll named (a count's figure, or a party read from
        # a verdict's short form, 'Lab gain from Con (Dev Patel)', still binds one)
        candidates = [c for c in candidates if c["votes"] is not None or c["party"] is not None]
    mentions: dict[str, list[int]] = {}
    for p in people:
        mentions.setdefault(p.name, []).append(p.start)
    winners = {doc.sentence_index(r.person.start): r.party for r in merged if r.elected and r.party}
    listed = len(doc.groups)
    # seat totals may name groups no party list knows ('The Harlow Alliance won 12', 'with Health Concern on 5'):
    # read before the parties are reported, and a candidate read in such a name is none
    seat_totals = tallies.seat_totals(doc, councils, wards)
    majorities = tallies.majorities(doc, candidates, mentions, wards)
    if majorities and cand.winner_by_majority(candidates, majorities, several_seats=several):
        majorities = tallies.majorities(doc, candidates, mentions, wards)  # now tied to the winner
    if len(doc.groups) > listed:
        groups = [g.value for g in doc.groups[listed:]]
        candidates = [c for c in candidates if not any(c["name"] in g for g in groups)]
    return {
        "councils": _unique(doc, councils, lambda m: {"name": m.value}),
        "wards": _unique(
            doc, wards, lambda m: {"name": m.value, "council": council_facts.council_for(doc, m.start, councils)}
        ),
        "parties": _unique(doc, doc.parties, lambda m: {"name": m.value}),
        "candidates": candidates,
        "seat_totals": seat_totals,
        "majorities": majorities,
        "changes": tallies.changes(doc, wards, councils, winners),
        "control": tallies.control(doc, councils),
        "seats_needed": tallies.seats_needed(doc, councils),
        "recounts": tallies.recounts(doc, wards, councils),
    }


def _about_an_election(doc: Doc) -> bool:
    """`_ELECTION_WORDS_RE.search(doc.text)`: tried first where one of `_ELECTION_KEYS` occurs (a match there is
    one); else, where the text folds safely, each of its matches is one of the lower-case pattern in the
    lower-cased text, so only those places are tried."""
    for key in _ELECTION_KEYS:
        for k in doc.found(key):
            if _ELECTION_WORDS_RE.match(doc.text, k):
                return True
    if not doc.folds_safely():
        return bool(_ELECTION_WORDS_RE.search(doc.text))
    pos = 0
    while (m := _ELECTION_WORDS_LOWER_RE.search(doc.lower, pos)) is not None:
        if _ELECTION_WORDS_RE.match(doc.text, m.start()):
            return True
        pos = m.start() + 1
    return False


def _names_members(text: str) -> bool:
    """'The seven list MSPs for Lothian are:' (or 'Scotland's MEPs are:') and the party lines below it: a post
    naming a parliament's members (with a party, and no other election word) is about an election."""
    return "MSPs" in text or "MSs" in text or "MLAs" in text or "MEPs" in text


def _names_a_poll(doc: Doc) -> bool:
    """`_POLL_WORDS_RE.search(doc.text)`: tried first where one of the commonest of its words' keys occurs (see
    `_about_an_election`), then over the text."""
    for key in _POLL_KEYS:
        for k in doc.found(key):
            if _POLL_WORDS_RE.match(doc.text, k):
                return True
    return bool(_POLL_WORDS_RE.search(doc.text))


def _several_seats(doc: Doc) -> bool:
    if not doc.folds_safely():
        return bool(_SEVERAL_SEATS_RE.search(doc.text))
    lower = doc.lower
    if "seats" in lower and any(rx.search(lower) for rx in _SEVERAL_SEATS_LOWER[:2]):  # both need 'seats'
        return True
    return (
        "multi-member" in lower
        or (("-seat" in lower or "-member" in lower) and bool(_SEVERAL_SEATS_LOWER[3].search(lower)))
        or ("seats)" in lower and bool(_SEVERAL_SEATS_LOWER[4].search(lower)))
    )


def _unique(doc: Doc, mentions: list[Mention], fact: Any) -> list[dict[str, Any]]:
    """One fact per name, with the span of its first mention."""
    out: dict[str, dict[str, Any]] = {}
    for m in mentions:
        if m.value not in out:
            out[m.value] = fact(m) | doc.evidence(m.start, m.end)
    return list(out.values())
