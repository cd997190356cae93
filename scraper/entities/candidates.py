"""Candidates: a person bound to results wording (won / lost / votes / 'candidate'), never just named.

Reporters, people quoted, MPs and leaders who are not standing are named without such a cue and are left out.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from operator import attrgetter
from typing import Any

from scraper.entities import cues
from scraper.entities.councils import ROUND_UP_RE, in_scotland
from scraper.entities.doc import Doc, Lazy, Mention, holds_any, number_value
from scraper.entities.lexicon import DIGITS, PARTY_ABBREV, PARTY_ALIAS, PARTY_ALT, PARTY_SPECIALISES, ROLE_ALT
from scraper.entities.names import Person


@dataclass(slots=True)
class Reading:
    """What one mention of a person says about them."""

    person: Person
    candidate: bool = False
    elected: bool | None = None
    decided: bool = False  # elected is known (True/False) or explicitly pending
    party: str | None = None
    votes: int | None = None
    share: float | None = None
    span: tuple[int, int] = (0, 0)
    from_list: bool = False
    rival: bool = False  # introduced as someone's rival / challenger / opponent
    joined: Reading | None = None  # the name before, when only 'and' / a comma / a figure stands between
    versus: int | None = None  # 'won by 96,104 votes to 89,077': the final total of the other side
    first_round: bool = False  # the votes are a first round's ('In the first round X had 26,470'), not a final total
    final_round: bool = False  # the votes are a final round's ('After second preferences, X finished on 1,144,930')
    leader_vote: bool = (
        False  # named where councillors vote for a council's leader ('elected leader by 16 votes to 14')
    )


def canonical_party(alias: str | None) -> str | None:
    if not alias:
        return None
    return PARTY_ALIAS.get(alias) or PARTY_ABBREV.get(alias) or alias


def read_mentions(doc: Doc, people: list[Person]) -> list[Reading]:
    out: list[Reading] = []
    shut = doc.shut  # (the cues the post cannot match: see Doc.shut)
    for i, p in enumerate(people):
        s, e = doc.sentence_of(p.start)
        s_end = e
        prev_end = people[i - 1].end if i else s  # (the later of `s` and it, without a max() call)
        prev_start = prev_end if i and s < prev_end <= p.start else s
        nxt_end = people[i + 1].start if i + 1 < len(people) and people[i + 1].start < e else e
        r = _read(doc, p, prev_start, nxt_end, (s, e))
        if r.elected is None and any(o.elected for o in out) and _TIPPED_TO_WIN_NEXT_RE.match(doc.text, p.end):
            r.elected, r.decided = (
                False,
                True,
            )  # "A held on. B had been tipped to win": a forecast the count proved wrong
        prev = doc.text[prev_start : p.start]
        joined = i and people[i - 1].end > s and out
        if joined and cues.coordinated(prev):
            r.joined = out[-1]
            _inherit(r, out[-1], same_party=True)
            later: Reading = r
            earlier: Reading | None = out[-1]
            shared = _shares_party(doc, p.end)
            while earlier is not None:  # "A, B and C have been elected": each name joined before shares the cue
                _inherit(earlier, later, same_party=bool(shared))  # ("A and B (both Labour)": and the party)
                later, earlier = earlier, earlier.joined
            if out[-1].votes is None and cues.BOTH_AFTER_RE.match(doc.text, p.end):  # "A and B both polled 488"
                out[-1].votes = r.votes
            each = cues.EACH_VOTES_RE.search(doc.text, p.end, s_end)  # "A and B tied on 612 votes each"
            if each:
                out[-1].votes = r.votes = number_value(each.group("n") or each.group("n2"))
            both = cues.RESPECTIVELY_RE.search(doc.text, p.end, s_end)  # "with 1,544 and 1,502 votes respectively"
            if both:
                _votes_in_order(r, both)
        elif joined and r.party is None and cues.FELLOW_PREV_RE not in shut and cues.FELLOW_PREV_RE.search(prev):
            r.party = out[-1].party
        elif (
            joined and cues.AS_DID_PREV_RE not in shut and cues.AS_DID_PREV_RE.search(prev)
        ):  # "lost his seat, as did his deputy Jean Farrow"
            _inherit(r, out[-1], same_party=False)
        if joined and _close_pair(doc, out[-1], prev, s, e):
            out[-1].candidate = r.candidate = True  # "three votes between Ann Bell and the Tory candidate, Tom Ward"
        if r.votes is None and joined and out[-1].votes is not None:  # "X got 604 and Y 219"
            gapped = cues.GAPPED_NEXT_RE.match(doc.text, p.end)
            if gapped and cues.GAPPED_PREV_RE.search(prev):
                r.votes, r.candidate = number_value(gapped.group("n")), True
                if r.party is None and _party_owns(doc, out[-1].person.start):
                    r.party = out[-1].party  # "Labour's A polled 604 and B 219": both of the party before A
        if r.share is None and joined and out[-1].share is not None and out[-1].candidate:  # "... and B 30.2%"
            gapped_share = cues.GAPPED_SHARE_NEXT_RE.match(doc.text, p.end)
            if gapped_share and cues.GAPPED_SHARE_PREV_RE.search(prev):
                r.share, r.candidate = float(gapped_share.group("pct")), True
        if not r.decided and joined and out[-1].elected and _gapped(doc, p.end, prev, _GAPPED_STAGE):
            r.elected, r.decided, r.candidate = True, True, True  # "A was elected at stage four and B at stage six"
        if not r.candidate and joined and out[-1].candidate and _gapped(doc, p.end, prev, _GAPPED_STANDING):
            r.candidate = True  # "A is standing in Oakley and B in Vale"
        out.append(r)
    return out


_DIGITS_RE = Lazy(DIGITS)

# a verb left out before the second name of a pair, (the pattern after that name, the one of the words before it)
_GAPPED_STAGE = (cues.GAPPED_STAGE_NEXT_RE, cues.GAPPED_STAGE_PREV_RE)
_GAPPED_STANDING = (cues.GAPPED_PLACE_NEXT_RE, cues.GAPPED_STANDING_PREV_RE)


def _gapped(doc: Doc, end: int, prev: str, cue: tuple[Lazy, Lazy]) -> bool:
    """Whether the name ending at `end` is the second of a pair whose verb, left out, the words `prev` before it and
    the words after it show (see `_GAPPED_STAGE`)."""
    return cue[0].match(doc.text, end) is not None and cue[1].search(prev) is not None


def _party_owns(doc: Doc, start: int) -> bool:
    """Whether a party's possessive stands right before the name at `start` ("Labour's A", "the Greens' A"): the
    party a gapped clause after it ("... polled 604 and B 219") gives its second name too, that name bare."""
    head = doc.text[max(0, start - 3) : start]
    cut = start - 3 if head in ("'s ", "’s ") else start - 2 if head[1:] in ("' ", "’ ") else -1
    return cut > 0 and _party_ending_at(doc, cut) is not None


def _votes_in_order(last: Reading, both: re.Match[str]) -> None:
    """Give the names joined up to `last` the counts of a RESPECTIVELY_RE match in their order ("A, B and C were
    elected with 1,911, 1,804 and 1,650 votes"): two counts go to the last two names; more go to as many names only,
    so a list's middle name, whose search meets all the counts, gives none."""
    counts = [both.group("a"), *_DIGITS_RE.findall(both.group("more")), both.group("b")]
    names: list[Reading] = [last]
    while len(names) < len(counts) and (earlier := names[-1].joined) is not None:
        names.append(earlier)
    if len(names) < len(counts):
        return
    for name, count in zip(reversed(names), counts, strict=True):
        name.votes = number_value(count)


def _shares_party(doc: Doc, end: int) -> bool:
    """Whether the party after a name that ends a list at `end` is every listed name's: a bracket, "A and B (both
    Labour)", or an apposition set off by commas, "A, B and C, all independents, were returned unopposed", or a
    plural label, "A, B and C, who stood as independents" (each name's votes in a bracket or not: "A (301) and B
    (255), also standing as independents")."""
    if doc.text.startswith((", who ", ", both ", ", all ", ", also ", " ("), end) and cues.SHARED_STOOD_NEXT_RE.match(
        doc.text, end
    ):
        return True  # "A, B and C, who stood as independents"
    if doc.text.startswith(" (", end):
        return cues.SHARED_PARTY_NEXT_RE.match(doc.text, end) is not None
    apposition = cues.SHARED_APPOSITION_NEXT_RE.match(doc.text, end)
    if apposition is None:
        return False
    party = next((m for m in doc.parties_in(apposition.end(), apposition.end() + 40)), None)
    return party is not None and party.start == apposition.end() and doc.text.startswith(",", party.end)


def _close_pair(doc: Doc, earlier: Reading, gap: str, s: int, e: int) -> bool:
    """Whether two names joined by `gap` are the two sides of a count: 'between' right before the first, only 'and'
    and a party or role between them, and the sentence about the count ('votes', 'recount', 'race')."""
    at = earlier.person.start
    return (
        doc.text.find("between", max(s, at - 60), at) >= 0
        and cues.PAIR_GAP_RE.match(gap) is not None
        and cues.BETWEEN_PREV_RE.search(doc.text, max(s, at - 60), at) is not None
        and holds_any(doc.text[s:e], cues.COUNT_WORDS)
    )


# a council's leader chosen by its councillors at an annual meeting: "was elected leader of the council by 31 votes to
# 27", "has been voted in as leader", "the borough's new leader after winning a vote in the chamber"
_LEADER_VOTE_RE = Lazy(
    r"\b(?:(?:re-)?elected|voted\s+in)\s+(?:as\s+)?(?:the\s+)?(?:new\s+)?(?:deputy\s+)?(?:council\s+)?leader\b"
    r"|\bnew\s+leader\s+after\s+winning\s+a\s+vote\b"
)


def _read(doc: Doc, p: Person, prev_start: int, nxt_end: int, sentence: tuple[int, int]) -> Reading:
    """What the words around one mention say: `prev` runs back to the previous name or the sentence start,
    the clause runs on to the next name, a quote, 'said', or a party that starts a clause of its own."""
    if " leader" in doc.text[sentence[0] : sentence[1]] and _LEADER_VOTE_RE.search(doc.text, *sentence):
        # the councillors' vote for a council's leader is no election: its winner, the rival and the figures are
        # not a candidate's ("X was elected leader by 16 votes to 14, defeating Labour's Y")
        return Reading(p, span=sentence, leader_vote=True)
    prev = doc.text[prev_start : p.start]
    nxt = doc.text[p.end : nxt_end]
    past = _past_aside(nxt) if nxt.startswith(_RELATIVE_OPENINGS) else 0
    if past:  # "Amir Khan, who had stood for the Greens twice before, won": read on after the aside
        nxt = " " * past + nxt[past:]
    clause = _own_clause(doc, p, nxt, p.end + past)
    r = Reading(p, span=sentence)
    _outcome(r, prev, clause, objects=cues.NON_SEAT_OBJECT_RE not in doc.shut)
    turned = _TURNED_MAJORITY_RE.match(nxt) if nxt.startswith(" turned ") else None
    if turned is not None and not r.decided:
        r.elected, r.decided = True, True  # "X turned a Tory majority of 8,000 into a Labour one of 6,112"
    if not r.decided and holds_any(prev, _AMONG_KEYS) and _AMONG_ELECTED_PREV_RE.search(prev):
        r.elected, r.decided = True, True  # "five councillors were elected unopposed, among them the Tory X"
    if (
        not r.decided
        and prev.lstrip().startswith(_THEY_ARE_OPENINGS)
        and _named_after_their_election(doc, prev, sentence[0])
    ):
        r.elected, r.decided = True, True  # "Four were declared elected without a vote. They are A, B, C and D."
    if not r.decided and prev.endswith(" ") and " with " in prev[-60:] and _TIE_LOSER_PREV_RE.search(prev):
        r.elected, r.decided = False, True  # "A won on the cut of a pack of cards after a tie with the Tory B"
    if not r.decided and _denied_the_win(doc, p, sentence):
        r.elected, r.decided = False, True  # "so A is elected, and the Tory B, who had 703 votes, is not"
    if not r.decided and nxt.startswith(" called ") and cues.CALLED_COIN_NEXT_RE.match(nxt):
        r.elected, r.decided = True, True  # a tie settled by a coin: "X called tails, and it came down in his favour"
    member = cues.NEW_MEMBER_NEXT_RE.match(nxt) if nxt.startswith(", the new") else None
    if member is not None and not r.decided:  # "X, the new Reform UK MP for Y, said ...": elected, for that party
        r.elected, r.decided = True, True
    shut = doc.shut  # (the cues the post cannot match: see Doc.shut)
    r.rival = (cues.RIVAL_PREV_RE not in shut and bool(cues.RIVAL_PREV_RE.search(prev))) or (
        nxt.startswith(" and ") and cues.OTHER_CANDIDATES_NEXT_RE.match(nxt) is not None
    )
    r.party = _party_around(doc, p, prev_start, nxt_end, p.end + past) or _party_still_sat_for(doc, p.end, past)
    # "the former Tory minister X, standing for the Lib Dems": a candidate, for the party named (if a list knows it)
    standing_for = nxt.startswith(", standing for ")
    if standing_for and (now := cues.STANDING_FOR_PARTY_NEXT_RE.match(nxt)):
        r.party = canonical_party(now.group("party"))
    if r.party is not None and r.elected is False and nxt.startswith(" for ") and " from " in prev[-60:]:
        # "has taken Richmond Park from Zac Goldsmith for the Liberal Democrats": the party the seat went to
        taker = cues.FOR_PARTY_NEXT_RE.rx.match(nxt, 1)
        if taker and canonical_party(taker.group("party")) == r.party and cues.TAKEN_FROM_PREV_RE.search(prev):
            r.party = None
    if r.party is None and r.elected is False and " independent" in prev and (taken := _taken_from_independent(prev)):
        r.party = taken  # "has taken X from the independent who had held it since 2008, Jo Bell"
    if r.party is None and " only " in prev and (only := _ONLY_ONE_BUT_PREV_RE.search(prev)):
        r.party = canonical_party(only.group("party")) or "Independent"  # "the only independent ..., apart from X"
    if turned is not None and r.elected:
        r.party = canonical_party(turned.group("party"))  # the party the majority was turned into, not the one before
    if r.party is None and member is not None and member.group("party"):
        r.party = canonical_party(member.group("party"))
    if r.party is None and cues.ITS_CANDIDATE_PREV_RE not in shut and cues.ITS_CANDIDATE_PREV_RE.search(prev):
        r.party = doc.subject_party(p.start, pronoun=True)
        if r.party is not None and not r.decided and _party_won_nothing(doc, sentence[0]):
            r.elected, r.decided = False, True  # "X has failed to win a seat. Its lead candidate, Y, said ..."
    best = r.party is None and holds_any(prev, _BEST_WORDS) and _ITS_BEST_PREV_RE.search(prev) is not None
    if best:
        r.party = doc.subject_party(p.start, pronoun=True)  # "The Heritage Party ...; its best showing was 94 for X"
    if r.party is None and holds_any(prev, _FIELDING_WORDS) and _FIELDING_PREV_RE.search(prev):
        r.party = doc.subject_party(p.start)  # "The Greens are standing A and B": the subject's candidates
    heads_list = cues.HEADS_LIST_NEXT_RE.match(nxt) if nxt.startswith(", ") and " list" in nxt else None
    if r.party is None and heads_list is not None:  # "X, who heads the Green list": the list's party
        r.party = canonical_party(heads_list.group("party"))
    if r.party is None and r.elected and " elected " in prev and (named := _ELECTED_WITH_PREV_RE.search(prev)):
        r.party = _party_ending_at(doc, p.start - len(prev) + named.start())  # "The two Greens elected with her are X"
    if r.party is None and r.elected:
        fp = cues.FOR_PARTY_NEXT_RE.search(clause)
        if fp and _FIGURE_BEFORE_FOR_RE.search(clause, 0, fp.start()):
            fp = None  # "took 1,104 votes against 866 for Reform UK's X": the rival's figure, not the name's party
        elif fp and _PAST_YEAR_AFTER_RE.match(clause, fp.end()):
            fp = None  # "held X, the seat he won for the Conservatives in 2019": the party of a past win
        r.party = canonical_party(fp.group("party")) if fp else None
        if r.party is None and clause.endswith(" from ") and cues.TAKEN_FROM_PREV_RE.search(clause):
            # "X has taken Richmond Park back from Zac Goldsmith for the Liberal Democrats"
            after = cues.FOR_PARTY_AFTER_NAME_RE.match(doc.text, nxt_end)
            r.party = canonical_party(after.group("party")) if after else None
        if r.party is None and (elected_as := cues.ELECTED_AS_PARTY_NEXT_RE.search(clause)):
            r.party = canonical_party(elected_as.group("party"))  # "X, re-elected as Labour MP for Y"
        if r.party is None and cues.AS_INDEPENDENT_NEXT_RE.search(clause):
            r.party = "Independent"
        if r.party is None and doc.groups and " for " in clause:
            r.party = _group_won_for(doc, p.end, p.end + len(clause))
    if (
        r.party is None
        and cues.STOOD_AS_INDEPENDENT_NEXT_RE not in shut
        and cues.STOOD_AS_INDEPENDENT_NEXT_RE.match(nxt)
    ):
        r.party = "Independent"  # "Mr Dalton, who stood as an independent, came within 122 votes"
    elif (
        r.party is None
        and cues.STOOD_AS_PARTY_NEXT_RE not in shut
        and (stood := cues.STOOD_AS_PARTY_NEXT_RE.match(nxt))
    ):
        r.party = canonical_party(stood.group("party"))  # "Ann Lee, who stood as the Labour candidate, lost"
    elif (  # "former Labour councillor Amy Hobbs won Eastgate as an independent": the label she stood under
        r.party is not None
        and r.party != "Independent"
        and cues.AS_INDEPENDENT_NEXT_RE.search(clause)
        and cues.FORMER_PARTY_BEFORE_RE.search(prev)
    ):
        r.party = "Independent"
    if r.party is None and r.elected and " to " in prev[-12:] and (seat := _PARTY_SEAT_GOES_TO_RE.search(prev)):
        r.party = canonical_party(seat.group("party"))  # "The Greens' third seat goes to X"
    if r.party is None and r.elected and " seat" in nxt and (held := _HOLDS_PARTY_SEAT_RE.match(nxt)):
        r.party = canonical_party(held.group("party"))  # "X holds the Greens' seat"
    if r.party is None and prev.endswith("with ") and (placed := _PARTY_PLACED_WITH_PREV_RE.match(prev)):
        r.party = canonical_party(placed.group("party"))  # "Reform, standing for the first time, came third, with X"
    if r.party is None and " for " in clause and (own := _OWN_VOTES_FOR_RE.match(clause)) is not None:
        r.party = canonical_party(own.group("party"))  # "X took 2,310 votes for the Greens"
    r.votes, r.share = _figures(clause, shut)
    if r.votes is None and prev_start == sentence[0] and (own := _OWN_FIGURE_AFTER_RE.match(nxt, len(clause))):
        r.votes = number_value(own.group("n"))  # "X was elected at stage one: his 1,190 first preferences were ..."
    if r.votes is None and past == 0 and nxt.startswith(", who") and len(clause) < len(nxt):
        r.votes = _votes_after_aside(nxt, shut)  # "X, who was eliminated after the first round, polled 141,552"
    final = cues.FINAL_TOTALS_RE.search(clause) if r.decided and r.elected is not None else None
    if final is None and r.decided and r.elected is not None and " by " in clause:
        # "beat Y by 589 votes, 50,664 to 50,075", "has taken Sedgley from the Conservatives by three votes, 1,377 to
        # 1,374": the margin, then both final totals, the winner's first
        final = (
            cues.MARGIN_THEN_TOTALS_RE.match(nxt)
            if nxt.startswith(cues.MARGIN_OPENINGS)
            else cues.MARGIN_THEN_TOTALS_RE.search(clause)
        )
    if final and "stage" in doc.text[sentence[0] : sentence[1]] and _STV_STAGE_RE.search(doc.text, *sentence):
        # "was elected at the fourth stage by 1,571 votes to 1,498": an STV count's totals after transfers, not the
        # votes cast for either side (their first preferences)
        final = None
        r.votes = r.share = None
    if final:  # "Mr Hollis won by 96,104 votes to 89,077"
        a, b = number_value(final.group("a")), number_value(final.group("b") or "")
        # a loser's clause may carry the winner's figures: "X unseated Y in Z, winning 1,322 votes to 1,101"
        r.votes, r.versus = (a, b) if r.elected else (b, a)
    elif not r.decided and " to " in clause and (own := _own_totals(clause)):
        r.votes, r.versus = number_value(own.group("a")), number_value(own.group("b"))
    elif r.votes is None and r.elected and " to " in clause and (own := cues.VOTES_TO_RIVAL_END_RE.search(clause)):
        r.votes = number_value(own.group("a"))  # "X won by 2,114 votes to Mr Y's 1,876"
    if (
        r.votes is None
        and (bare := _LABELLED_FIGURE_NEXT_RE.match(nxt))
        and (
            (":" in doc.text[sentence[0] : p.start] and _FIGURES_LABEL_RE.match(doc.text, sentence[0]))
            or _BARE_TALLY_RE.fullmatch(doc.text, *sentence)
        )
    ):  # "Final totals: X 38,512; Y 24,630.", "X 1,004, Y 993."
        r.votes = number_value(bare.group("n"))
    vp = cues.VOTES_PREV_RE.search(prev) if r.votes is None else None
    if vp is None and r.votes is None:
        vp = cues.VOTES_OF_PREV_RE.search(prev)
    if vp:
        r.votes = number_value(vp.group("n"))
    if best and r.votes is not None and not r.decided and r.party is not None:
        r.elected, r.decided = False, True  # a party's best showing told by a tally, not a win: the seat was lost
    # named as one ('is standing', 'candidate X') matters only without an outcome, a rival or votes
    r.candidate = bool(
        r.rival
        or r.decided
        or r.votes is not None
        or (
            cues.STANDING_NEXT_RE not in shut
            and cues.STANDING_NEXT_RE.search(clause)
            and not _named_as_founder(doc, sentence[0], p.start)
        )
        or (cues.CANDIDATE_PREV_RE not in shut and cues.CANDIDATE_PREV_RE.search(prev))
        or (" from" in prev and _separated_from(doc, sentence[0], p.start))
        or ("candidate" in nxt and cues.CANDIDATE_NEXT_RE.match(nxt))  # (every match holds the word)
        or (nxt.startswith(_REPORTED_OPENINGS) and cues.REPORTED_CLOSE_NEXT_RE.match(nxt) is not None)
        or standing_for
        or heads_list is not None
        or (" lead" in nxt[:24] and cues.LEADS_A_PERSON_NEXT_RE.match(nxt) is not None)  # "A leads Labour's B"
        # a party's person with a share of the vote: "Labour's A has 38.9% of the mayoral vote" (a count going on)
        or (r.share is not None and r.party is not None)
        or (("ppear" in clause or "eem" in clause) and cues.SEEMING_WIN_NEXT_RE.match(clause) is not None)
    )
    if cues.NOT_STANDING_RE not in shut and cues.NOT_STANDING_RE.search(_own_part(clause)):
        r.candidate, r.decided, r.elected = False, False, None
    elif r.decided and prev.endswith("with ") and _PLACE_PARTICIPLE_RE.match(nxt):
        # "with Brighton Pavilion held and Waveney Valley gained": seats held or gained, not a person
        r.candidate, r.decided, r.elected = False, False, None
    elif " when " in prev and _PAST_WHEN_PREV_RE.search(prev):
        # "Labour were second in 2017, when their candidate, X, polled 9,102": a past election's figure and outcome
        r.candidate, r.decided, r.elected, r.votes = False, False, None, None
    return r


# the subject's own figure after its clause: "was elected at stage one: his 1,190 first preferences were well over the
# quota", "won easily, her 2,044 votes a record"
_OWN_FIGURE_AFTER_RE = Lazy(rf"[:,;]\s+(?:his|her)\s+(?P<n>{DIGITS})\s+(?:first[- ]preferences?|votes)\b")


# A party that won no seat: "has failed to win a seat anywhere", "won no seats", "lost every one of them"
_WON_NOTHING_RE = Lazy(
    r"\b(?:failed\s+to\s+win\s+(?:a|any)\s+seats?|won\s+no\s+seats?|lost\s+(?:every|each)\s+one\s+of\s+them"
    r"|lost\s+all\s+(?:of\s+)?(?:its|their)\s+seats)\b"
)


# "He is the only independent to hold a seat, apart from the Speaker and X": X is one of that party too
_ONLY_ONE_BUT_PREV_RE = Lazy(
    rf"\bonly\s+(?:(?P<party>{PARTY_ALT})|independent)\b(?!['’])[^.;:\n]*?\b(?:apart\s+from|besides|other\s+than"
    r"|except(?:\s+for)?)\s+(?:[^.;:\n]*?\s(?:and|or)\s+)?$"
)


def _taken_from_independent(prev: str) -> str | None:
    """'Independent' when the seat was taken from the name called an independent before it ('from the independent
    who had held it for 16 years, Jo Bell': the role, then the name in apposition)."""
    taken = cues.TAKEN_FROM_PREV_RE.search(prev)
    return "Independent" if taken is not None and taken.group("role") == "independent" else None


def _party_won_nothing(doc: Doc, start: int) -> bool:
    """Whether the sentence before the one at ``start`` says its party won no seat (so the party's candidate named
    next, 'Its lead candidate, X', lost)."""
    i = doc.sentence_index(start)
    return bool(i) and _WON_NOTHING_RE.search(doc.text, doc.sentences[i - 1][0], start) is not None


_THEY_ARE_OPENINGS = ("They ", "These ", "Those ")
_THEY_ARE_PREV_RE = Lazy(
    r"\s*(?:They|These|Those)(?:\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d+))?\s+(?:are|were)\s+$"
)
# the sentence before says who was elected, unnamed: "all four have been declared elected without a vote", "three
# councillors were returned unopposed" (not "were not elected", nor a leader chosen by councillors)
_UNNAMED_WINNERS_RE = Lazy(
    r"\b(?:are|were|was|is|been)\s+(?:(?:all|both|duly|also|now)\s+)?(?:declared\s+)?(?:(?:re-?)?elected|returned)"
    r"(?!\s+(?:as\s+)?(?:the\s+)?(?:new\s+)?(?:deputy\s+)?(?:council\s+)?(?:leader|mayor|chair|speaker)\b)"
)


def _named_after_their_election(doc: Doc, prev: str, start: int) -> bool:
    """Whether a sentence opening 'They are' (`prev`: the words before its first name) names the winners the
    sentence before reported unnamed: "Four candidates were declared elected without a vote. They are A, B, C and D"."""
    if _THEY_ARE_PREV_RE.match(prev) is None:
        return False
    i = doc.sentence_index(start)
    if not i:
        return False
    before = doc.sentences[i - 1][0]
    m = _UNNAMED_WINNERS_RE.search(doc.text, before, start)
    return m is not None and _NO_RETURN_BEFORE_RE.search(doc.text, before, m.start()) is None


# "The two independents elected with her are A and B": a multi-member ward's other winners, named after their party
_ELECTED_WITH_PREV_RE = Lazy(r" (?:re-)?elected\s+(?:with|alongside)\s+(?:him|her|them)\s+(?:are|were)\s+[^.;:]*$")


def _party_ending_at(doc: Doc, end: int) -> str | None:
    """The party named right before `end` (a space between), if one is."""
    party = next((m for m in doc.parties_in(max(0, end - 40), end) if m.end == end), None)
    return canonical_party(party.value) if party else None


# "Final totals: Adebayo 38,512; Green Party candidate Freya Lindqvist 24,630.": a sentence opening on a label of
# figures, where a name's bare figure (then a separator or the end) is its votes
_FIGURES_LABEL_RE = Lazy(
    r"[ \t]*(?:[A-Z][a-z]+\s+){0,2}(?:[Tt]otals?|[Rr]esults?|[Rr]ound|[Vv]otes|[Cc]ount|[Pp]references):[ \t]"
)
# a sentence of names and figures alone, a count's totals read out with no label: "Sam Hale 1,004, Jo Parr 993."
_TALLIED_NAME = rf"(?:[A-Z][\w'’-]+\s+){{1,3}}{DIGITS}"
_BARE_TALLY_RE = Lazy(rf"\s*{_TALLIED_NAME}(?:\s*[,;]\s+(?:and\s+)?{_TALLIED_NAME})+\s*[.;]?\s*")
_LABELLED_FIGURE_NEXT_RE = Lazy(rf"[ \t]+(?P<n>{DIGITS})(?![\d,]*(?:\.\d|\s*%))(?=[ \t]*(?:[;,.]|$))", re.M)

# a party's candidates named after its verb (the clause to the name): "the Greens are standing A and B", "Labour are
# defending both seats with A and B" (see cues.CANDIDATE_PREV_RE)
_FIELDING_WORDS = ("standing", "fielding", "defending")
_FIELDING_PREV_RE = Lazy(
    r"\b(?:(?:are|is)\s+(?:standing|fielding)|defending\s+(?:both|the|its|their)\s+seats?\s+with)\s+[^.;:]*$"
)

# "The Yorkshire Party stood in 15 wards. Its best result was in X, where Y polled 1,017": the party's best showing
# names its own candidate (the first name after it)
_BEST_WORDS = ("best", "strongest", "highest", "closest")
_ITS_BEST_PREV_RE = Lazy(
    r"\b(?:[Ii]ts|[Tt]heir|[Tt]he\s+party['’]s)\s+(?:best|strongest|highest|closest)\s+(?:\w+\s+)?"
    r"(?:results?|showings?|performances?|finish(?:es)?|scores?|tall(?:y|ies)|votes?|result\s+of\s+the\s+night)\b"
    r"[^.;:\n]*$"
)

# "A won on the cut of cards after a tie with the Conservative B", "A's name was drawn after he finished level with
# B": the one a winner was tied with, the tie settled in the winner's favour, lost
_TIE_LOSER_PREV_RE = Lazy(
    r"\b(?:won|wins|took|takes|elected|drawn|chosen|picked)\b[^.;:\n]*?\bafter\s+(?:a\s+tie|(?:he|she|they)\s+"
    r"(?:had\s+)?(?:finished|ended|tied|was|were)(?:\s+(?:level|tied|all\s+square))?)\s+with\s+(?:the\s+)?"
    rf"(?:(?:{PARTY_ALT})(?:['’]s)?\s+(?:candidate\s+)?|independent\s+)?$"
)
# "X had been tipped to win", "whose candidate X had been widely expected to take the seat": a forecast put in the
# past perfect, told once the count has gone the other way (after a winner the post names: alone, no outcome)
_TIPPED_TO_WIN_NEXT_RE = Lazy(
    r"[\s,]*had\s+been\s+(?:widely\s+|heavily\s+|strongly\s+|firmly\s+)?(?:tipped|expected|predicted|favoured)\s+"
    r"to\s+(?:win|take|hold|keep|retain)\b"
)
# "So A is elected, and the Conservative B, who had 703 votes, is not": the name's clause closes on a bare 'is not'
# that denies B the win the sentence gave before it ('elected', 'won', 'wins') and its 'and' (B named right after the
# 'and': not one named in B's aside, "..., who had 703 votes - the same as Mr Tolley - is not")
_WIN_AND_BEFORE_RE = Lazy(r"\b(?:(?:re-?)?elected|won|wins|held|holds)\b[^.;:\n]*?\band\s+(?:[^.;:,\n–—-]|\b-\b)*$")
_BARE_NOT_AFTER_RE = Lazy(r"[^.;:!?\n]*?\s(?:is|was|did)(?:\s+not|n['’]t)\s*(?:[.;!]|$)")


def _denied_the_win(doc: Doc, p: Person, sentence: tuple[int, int]) -> bool:
    """Whether the name's sentence gives someone the win, then says 'and <the name> ... is not' (see
    _WIN_AND_BEFORE_RE): the name lost."""
    if " not" not in doc.text[p.end : sentence[1]] and "n't" not in doc.text[p.end : sentence[1]]:
        return False
    return bool(
        _BARE_NOT_AFTER_RE.match(doc.text, p.end, sentence[1])
        and _WIN_AND_BEFORE_RE.search(doc.text, sentence[0], p.start)
    )


# "Five councillors were elected unopposed, among them the Conservative X": one of a group said to be elected
_AMONG_KEYS = (", among them ", ", including ")
_AMONG_ELECTED_PREV_RE = Lazy(
    r"\b(?:were|have\s+been|had\s+been|was)\s+(?:(?:also|all)\s+)?(?:re-?)?(?:elected|returned)\b[^.;:\n]*"
    r",\s+(?:among\s+them|including)\s+(?:the\s+)?[^,.;:\n]{0,40}$"
)

# an STV count's stage after the first: "at the fourth stage", "at stage 3", "on the sixth stage"
_STV_STAGE_RE = Lazy(
    r"\b(?:(?:at|on|after|in)\s+the\s+(?!first\b)\w+\s+stage|(?:at|after)\s+stage\s+(?!(?:1|one)\b)\w+)\b"
)
# "taking the seat from Reform UK, whose councillor stood down": an aside about another holder of a seat
_WHOSE_HOLDER_RE = Lazy(rf",\s+whose\s+(?:(?:former|previous|last|sitting)\s+)?(?:{ROLE_ALT}|predecessor)s?\b")
_PAST_WHEN_PREV_RE = Lazy(r"\b(?:in|at\s+the)\s+(?:19|20)\d\d(?:\s+\w+){0,3}\s*,?\s+when\b[^.;:]*$")


# a participle alone after a name that 'with' opens, then the clause's end or 'and': the name is a thing so done
_PLACE_PARTICIPLE_RE = Lazy(r"\s+(?:held|gained|won|lost|taken|retained|kept)\b(?=\s*(?:[,;.]|$|and\b))")


_FIGURE_BEFORE_FOR_RE = Lazy(r"\d\s+(?:votes?\s+)?$")
# the name's own figure, the first of its clause, polled for a party: "took 2,310 votes for the Greens" (not "866 for
# Reform UK's X", a rival's)
_OWN_VOTES_FOR_RE = Lazy(
    rf"\s+(?:[\w-]+\s+){{1,3}}?{DIGITS}\s+votes?\s+for\s+(?:the\s+)?(?P<party>{PARTY_ALT})\b(?!['’])"
)
# the name turned one party's majority into its own party's: it won the seat ("turned a Conservative majority of
# 8,000 into a Labour one of 6,112", "turned a Labour majority into a Green majority")
_TURNED_MAJORITY_RE = Lazy(
    rf" turned\s+(?:a|an|the)\s+(?:(?:{PARTY_ALT})\s+)?majority(?:\s+of\s+{DIGITS})?\s+into\s+(?:a|an)\s+"
    rf"(?P<party>{PARTY_ALT})\s+(?:one|majority)\b"
)
# a party's place, the sentence's subject, then its candidate after 'with': "Reform, fighting the ward for the first
# time, came third, with X polling 1,102"
_PARTY_PLACED_WITH_PREV_RE = Lazy(
    rf"\s*(?:[Tt]he\s+)?(?P<party>{PARTY_ALT})\b(?!['’])[^.;:\n]{{0,60}}?\b(?:came|finished|was|were|ended)\s+"
    r"(?:(?:a|an|the)\s+)?(?:(?:distant|close|strong|poor)\s+)?(?:second|third|fourth|fifth|sixth|last)\b,?\s+with\s+$"
)
# a party's seat going to the name: "The Greens' third seat of the night goes to X", "Labour's only seat went to X"
_PARTY_SEAT_GOES_TO_RE = Lazy(
    rf"(?<![\w-])(?P<party>{PARTY_ALT})(?:['’]s?)[ \t]+(?:[\w-]+[ \t]+){{0,2}}seats?\b[^.;,]{{0,30}}?"
    r"[ \t](?:goes|went|has[ \t]+gone|go)[ \t]+to[ \t]+$"
)
# (and the party's seat the name kept: "X holds the Greens' seat", "Y has kept Labour's only seat in the county")
_HOLDS_PARTY_SEAT_RE = Lazy(
    r"\s+(?:(?:has|have)\s+)?(?:holds|held|keeps|kept|retains|retained|defended|defends|hangs\s+on\s+to"
    rf"|hung\s+on\s+to)\s+(?:the\s+)?(?P<party>{PARTY_ALT})(?:['’]s?)?\s+(?:[\w-]+\s+){{0,2}}?seat\b"
)
_PAST_YEAR_AFTER_RE = Lazy(r"\s+(?:in|at\s+the)\s+(?:19|20)\d\d\b")
# the subject's own count against another's, right after the name: "She polled 2,310 votes to his 1,975" (or in a
# relative clause: "..., who polled 412 to his 395")
_OWN_TOTALS_RE = Lazy(r"(?:,\s+who)?\s+(?=polled|won|took)")


def _own_totals(clause: str) -> re.Match[str] | None:
    """'polled A votes to her B' opening a name's clause: A is the name's own count and B the other side's, whether
    or not the clause says who won (the post's verdict decides that)."""
    lead = _OWN_TOTALS_RE.match(clause)
    return cues.FINAL_TOTALS_RE.match(clause, lead.end()) if lead else None


def _own_part(clause: str) -> str:
    """The clause up to an aside about another holder of a seat ('..., whose councillor stood down in May'): who
    stood down or withdrew there is that holder, not the name."""
    if ", whose " not in clause:
        return clause
    other = _WHOSE_HOLDER_RE.search(clause)
    return clause[: other.start()] if other else clause


def _votes_after_aside(nxt: str, shut: frozenset[Any]) -> int | None:
    """The votes of the clause going on after a relative aside closed by a comma right after the name (', who was
    eliminated after the first round, polled 141,552'), where the aside's own words ('after') cut the clause."""
    aside = cues.RELATIVE_ASIDE_RE.match(nxt)
    if aside is None or not aside.group(0).endswith(","):
        return None
    rest = nxt[aside.end() :]
    cut = cues.NEXT_CUT_RE.search(rest)
    return _figures(rest[: cut.start()] if cut else rest, shut)[0]


# ", who has sat for Wyre Forest since 2001 for Health Concern,": the party the name sits for to this day (the
# present perfect), read in an aside about the past
_STILL_SAT_FOR_RE = Lazy(rf"\bha(?:s|ve)\s+(?:sat|served)\b[^,;]*?\bfor\s+(?:the\s+)?(?P<party>{PARTY_ALT})\b(?!['’])")


def _party_still_sat_for(doc: Doc, end: int, past: int) -> str | None:
    """The party the aside about the name's past (`past` characters after `end`) says the name has sat for till now."""
    if not past:
        return None
    m = _STILL_SAT_FOR_RE.search(doc.text, end, end + past)
    return canonical_party(m.group("party")) if m else None


_RELATIVE_OPENINGS = (", who", " - who", " – who", " — who")


def _past_aside(nxt: str) -> int:
    """The length of an aside about the name's past right after it (', who had stood for the Greens twice before,'),
    or 0."""
    m = cues.RELATIVE_ASIDE_RE.match(nxt)
    return m.end() if m and cues.PAST_WORDS_RE.search(m.group("body")) else 0


def _group_won_for(doc: Doc, start: int, end: int) -> str | None:
    """'X won the Ashby by-election for Kelby First': a local group no party list knows (which FOR_PARTY_NEXT_RE
    cannot name), right after a 'for' in the winner's clause (text[start:end])."""
    for g in doc.groups:
        if start <= g.start < end and doc.text.endswith((" for ", " for the "), start, g.start):
            return g.value
    return None


def _own_clause(doc: Doc, p: Person, nxt: str, after: int) -> str:
    """The name's own clause in `nxt` (the text after it); a party before `after` is in an aside blanked out."""
    if '"' in nxt or "“" in nxt:
        nxt = _QUOTED_RE.sub(_blank, nxt)  # what the person says is not what happened to them
    cut = cues.NEXT_CUT_RE.search(nxt)
    while cut and _BETWEEN_BEFORE_RE.search(nxt, 0, cut.start()):  # ('came between them and the Greens': one place)
        cut = cues.NEXT_CUT_RE.search(nxt, cut.end())
    clause = nxt[: cut.start()] if cut else nxt
    for party in doc.parties_in(after, p.end + len(clause)):
        gap = doc.text[p.end : party.start]
        if not (
            cues.PARTY_NEXT_GAP_RE.match(gap)  # the name's own party
            or cues.APPOSITION_GAP_RE.match(gap)
            or cues.PARTY_AS_ADJECTIVE_RE.match(doc.text, party.end)  # "first Green councillor"
            or cues.PARTY_OBJECT_BEFORE_RE.search(gap)
        ):
            return clause[: party.start - p.end]
    return clause


# "came between them and the Greens with 1,150": the 'and' that closes 'between' starts no clause of its own
_BETWEEN_BEFORE_RE = Lazy(r"\bbetween\s+(?:them|the\s+two|[A-Z][\w'’-]*)$")
_QUOTED_RE = re.compile(r"“[^”]*”|\"[^\"]*\"")


def _blank(m: re.Match[str]) -> str:
    return " " * len(m.group(0))


def _outcome(r: Reading, prev: str, clause: str, *, objects: bool = True) -> None:
    if cues.WIN_PREV_RE.search(prev) or cues.PARTY_ARE_PREV_RE.search(prev):
        r.elected, r.decided = True, True
    elif (lost := cues.LOSE_PREV_RE.search(prev)) and cues.PENDING_BEFORE_RE.search(prev, 0, lost.start()):
        pass  # "hoping to unseat X": not beaten (yet)
    elif (
        lost
        or cues.LOSE_HEAD_RE.match(clause)
        # "has taken Richmond Park from X": the seat's loser
        or (" from " in prev[-60:] and cues.TAKEN_FROM_PREV_RE.search(prev))
    ):
        r.elected, r.decided = False, True
    else:
        _outcome_after(r, clause, objects=objects)


def _figures(clause: str, shut: frozenset[Any] = frozenset()) -> tuple[int | None, float | None]:
    """Votes ('with 1,833 votes', 'who had 1,304', 'on 702'; not 'by 3 votes') and vote share (`shut`: the cues
    the post cannot match, see Doc.shut)."""
    if not _may_hold_digit(clause):  # both need a figure, but for votes written in words
        w = cues.WORD_ON_NEXT_RE.match(clause) if clause.startswith(" on ") else None
        if w is None and clause.startswith(("'s ", "’s ")):
            w = cues.WORD_OWN_NEXT_RE.match(clause)
        if w is None and "votes" in clause:
            w = cues.WORD_VOTES_NEXT_RE.search(clause)
        if w is None or cues.MAJORITY_BEFORE_RE.search(clause[: w.start()]):
            return None, None
        return number_value(w.group("n")), None
    votes = None
    v = cues.VOTES_NEXT_RE.search(clause)
    if v and cues.MAJORITY_BEFORE_RE not in shut and cues.MAJORITY_BEFORE_RE.search(clause[: v.start()]):
        v = cues.VOTES_NEXT_RE.search(clause, v.end()) or v  # "missed out by 37 votes on 2,064": the margin, then
        # the name's own figure
    if (
        v
        and (cues.MAJORITY_BEFORE_RE in shut or not cues.MAJORITY_BEFORE_RE.search(clause[: v.start()]))
        and not (" in " in clause and _PAST_FIGURE_AFTER_RE.match(clause, v.end()))
    ):
        votes = number_value(v.group("n1") or v.group("n2") or v.group("n3"))
    sh = None if cues.SHARE_NEXT_RE in shut else cues.SHARE_NEXT_RE.search(clause)
    return votes, float(sh.group("pct") or sh.group("pct2")) if sh else None


# "won 31,442 votes here in 2019": the figure of a past election
_PAST_FIGURE_AFTER_RE = Lazy(r"(?:\s+votes?)?(?:\s+(?:here|there|locally))?\s+in\s+(?:19|20)\d\d\b")


def _may_hold_digit(text: str) -> bool:
    """Whether `\\d` can match: in ASCII text only 0-9 are digits (`in` tests are faster than a scan)."""
    return not text.isascii() or holds_any(text, "0123456789")


_TAKING = ("took", "takes", "taking")
# ", the winning candidate,", ", the successful candidate,", ", the new councillor,": an aside calling the name the
# winner (not ", the winning candidate in 2022,": the aside ends at its comma)
_WINNER_ASIDE_RE = Lazy(
    r", the (?:(?:winning|successful|victorious|elected)\s+candidate|winner|victor|new(?:ly[ -]elected)?\s+councillor),"
)


def _separated_from(doc: Doc, start: int, at: int) -> bool:
    """'Nine votes separated A from the Greens' B': B, named after 'from', is the other of the close pair (the cue
    stands before A, so it is read on the sentence up to B)."""
    return "separat" in doc.text[start:at] and cues.SEPARATED_FROM_PREV_RE.search(doc.text, start, at) is not None


# who launched or leads a party, in an aside after its name, not its candidate: "Your Party, founded by A and B, is
# standing in 12 wards" (the party stands, A and B set it up)
_FOUNDER_PREV_RE = Lazy(
    r"\b(?:launched|founded|formed|set\s+up|started|created|led)\s+(?:in\s+(?:19|20)\d\d\s+)?by\s+"
    r"(?:the\s+)?(?:[^,.;:()\n]{0,60}?(?:,\s*|\s+and\s+))?$"
)


def _named_as_founder(doc: Doc, start: int, at: int) -> bool:
    """Whether the name at `at` is one of the people 'launched by' or 'led by' a party in its sentence: the standing
    verb after the aside is the party's, so they are named but no candidates."""
    return " by " in doc.text[start:at] and _FOUNDER_PREV_RE.search(doc.text, start, at) is not None


_REPORTED_OPENINGS = (" is ", " are ", " was ", " were ")  # how every match of cues.REPORTED_CLOSE_NEXT_RE opens
_SPAN_OF_YEARS_RE = Lazy(r" from (?:19|20)\d\d\s+(?:to|until|till)\s+(?:19|20)\d\d\b")


# a leader's party, government or side named by its leader ("X's party", "X’s government")
_PARTY_OF_THE_NAME_RE = re.compile(r"['’]s\s+(?:party|government|side|administration)\b")


def _outcome_after(r: Reading, clause: str, *, objects: bool = True) -> None:
    """The first result verb after the name: won / lost, or still pending ('trying to hold on'); history
    ('who was first elected in 2013') is skipped, and so is a figure taken ('took 301' is votes, not a win). A
    verb in a relative clause right after the name gives way to the main clause's ('X, who lost his seat to
    the Greens in May, was re-elected'); one whose object is no seat ('lost his appeal') is none (`objects`: the
    post may hold such an object)."""
    if clause.startswith(("'s ", "’s ")) and _PARTY_OF_THE_NAME_RE.match(clause):
        return  # "X's party was ten seats short": the party's outcome, its leader's no contest of their own
    if clause.startswith(", the ") and _WINNER_ASIDE_RE.match(clause):
        r.elected, r.decided = True, True  # "X, the winning candidate, got 934 votes": an aside naming the winner
        return
    relative = cues.RELATIVE_CLAUSE_RE.match(clause) if "who" in clause else None
    chosen = None
    for m in cues.OUTCOME_NEXT_RE.finditer(clause):
        if cues.HISTORY_AFTER_RE.match(clause[m.end() :]) or cues.NOUN_USE_BEFORE_RE.search(clause[: m.start()]):
            continue
        if clause.startswith(" from ", m.end()) and _SPAN_OF_YEARS_RE.match(clause, m.end()):
            continue  # "the seat Tony Blair held from 1983 to 2007": a past holder
        if m.lastgroup == "win" and m.group("win") in _TAKING and cues.FIGURE_TAKEN_RE.match(clause, m.end()):
            continue
        if objects and cues.NON_SEAT_OBJECT_RE.rx.match(clause, m.end()):
            continue  # "lost his appeal", "won a Bafta": not the count's outcome
        if chosen is None:
            chosen = m
            if relative is None or m.start() >= relative.end():
                break
        elif relative is not None and m.start() >= relative.end():  # the main clause's verb, after the relative one
            # (but "X, who held his seat, conceded": a leader conceding the council, not the seat the clause won)
            if not (chosen.lastgroup == "win" and m.group().startswith("conceded")):
                chosen = m
            break
    if chosen is None and clause.startswith(("'s name", "’s name")) and cues.NAME_DRAWN_NEXT_RE.match(clause):
        r.elected, r.decided = True, True  # a tie settled by lot: "Ms Rowe's name was drawn"
        return
    if chosen is None and clause.startswith((" over ", " across ")) and cues.OVER_THE_LINE_NEXT_RE.match(clause):
        r.elected, r.decided = True, True  # "her surplus took X over the line": someone's votes carried X to a seat
        return
    if chosen is None and clause.startswith(("'s majority", "’s majority")) and cues.OWN_MAJORITY_NEXT_RE.match(clause):
        r.elected, r.decided = True, True  # "X's majority fell to 611": a majority is the winner's
        return
    if chosen is None and cues.RUNNER_UP_NEXT_RE.search(clause):  # "was 87 behind", "was a distant third"
        r.elected, r.decided = False, True
        return
    if chosen is not None:
        if cues.SEEMING_BEFORE_RE.search(clause[: chosen.start()]):
            return  # "appeared to have won by three votes": left for the post's declared result to decide
        pending = cues.PENDING_BEFORE_RE.search(clause[: chosen.start()])
        if pending and clause[: pending.start()].endswith(_OTHERS_HOPE_ENDINGS):
            return  # "X thinks they can take a seat": the party's hope, told by X, not X's own contest
        r.decided = True
        if not pending:
            r.elected = chosen.lastgroup == "win" or _placed_but_elected(clause, chosen)
        return
    vs = cues.VOTES_TO_RE.search(clause)
    if vs:
        a, b = number_value(vs.group("a")), number_value(vs.group("b"))
        if a is not None and b is not None and a != b:
            r.elected, r.decided = a > b, True


# the subject of a hope told by the name ("X thinks they can take a seat", "says we could win"): not the name
_OTHERS_HOPE_ENDINGS = (" they ", " we ")


def _placed_but_elected(clause: str, m: re.Match[str]) -> bool:
    """'came second and was also elected', 'finished third, taking the last seat': a place in the count (a lost
    outcome opening on came / finished / was) followed by a seat won."""
    return m.group(0).startswith(_PLACING_VERBS) and cues.PLACED_BUT_ELECTED_RE.match(clause, m.end()) is not None


_PLACING_VERBS = ("came", "finish", "coming", "was", "were")


def _party_around(doc: Doc, p: Person, prev_start: int, nxt_end: int, after: int) -> str | None:
    """The party written next to the name: before it ('Labour's', 'Conservative candidate') or after it
    ('(Con)', ', the Labour group leader', ' of the Lincolnshire Independents'), not in an aside about its past
    (which ends at `after`)."""
    before = doc.parties_in(prev_start, p.start)
    if before:
        tail = doc.text[before[-1].end : p.start]
        if cues.ADJ_TAIL_RE.match(tail) or (_aside_before(tail) and cues.ADJ_ASIDE_TAIL_RE.match(tail)):
            return before[-1].value
    # "Con's Jill Brown": one space after the possessive, as the pattern ends
    possessive = p.start >= 3 and doc.text[p.start - 3 : p.start - 1] in ("'s", "’s")
    abbr = possessive and cues.ABBR_POSSESSIVE_BEFORE_RE.search(doc.text, max(prev_start, p.start - 7), p.start)
    if abbr:
        return canonical_party(abbr.group("abbr"))
    # (every match opens on a bracket: the text after the name without one is not matched)
    abbr = cues.ABBR_NEXT_RE.match(doc.text[p.end : nxt_end]) if doc.text.find("(", p.end, nxt_end) >= 0 else None
    if abbr:
        return canonical_party(abbr.group("abbr"))
    for m in doc.parties_in(after, min(nxt_end, p.end + 60)):
        gap = doc.text[p.end : m.start]
        if cues.PARTY_NEXT_GAP_RE.match(gap) and not cues.NOT_OWN_PARTY_AFTER_RE.match(doc.text[m.end : m.end + 12]):
            return m.value
        break
    return None


def _aside_before(tail: str) -> bool:
    """Whether the words between a party and a name may hold an aside ('s candidate, who lives in the ward, '): they
    end on a comma and hold one of its openings (what `ADJ_ASIDE_TAIL_RE` needs)."""
    return tail.rstrip().endswith(",") and holds_any(tail, cues.ASIDE_KEYS)


def _inherit(r: Reading, other: Reading, *, same_party: bool) -> None:
    """Names joined by 'and' share a cue: 'won by David Wilson and Philip Rose', 'X and Y were elected'; a
    later name also shares the party written before the first ('Labour's A, B and C')."""
    if not r.decided and other.decided:
        r.elected, r.decided, r.candidate = other.elected, True, True
    r.candidate = r.candidate or other.candidate
    if r.party is None and same_party:
        r.party = other.party


# how far before a name its "Labour colleagues" may open
_COLLEAGUE_REACH = 40


def colleague_parties(doc: Doc, readings: list[Reading]) -> None:
    """'alongside his Labour colleagues Ann Lee (1,702) and Jo Parr': the party named before 'colleagues' is each
    name's after it (the names joined to the first), read before a party that won elsewhere in the post is given to
    its winners."""
    given: set[int] = set()  # (the readings given a party so: the names joined after them share it)
    for r in readings:
        if r.party is not None:
            continue
        m = cues.PARTY_COLLEAGUE_PREV_RE.search(doc.text, max(0, r.person.start - _COLLEAGUE_REACH), r.person.start)
        if m is not None:
            r.party = canonical_party(m.group("p"))
            _colleagues_own(doc, readings, m.start(), r.party)
        elif r.joined is not None and id(r.joined) in given:
            r.party = r.joined.party
        else:
            continue
        given.add(id(r))


# "his" / "her" / "their" right before a party's colleagues: the colleagues are the subject's
_OWN_BEFORE_RE = re.compile(r"\b(?:his|her|their)\s+$")


def _colleagues_own(doc: Doc, readings: list[Reading], at: int, party: str | None) -> None:
    """'Tom Reed was re-elected alongside his Labour colleagues Ann Lee and ...': the name of the sentence before
    'his' (at `at`, where the colleagues' party opens), with no party of its own, is of its colleagues' party."""
    if not _OWN_BEFORE_RE.search(doc.text, max(0, at - 8), at):
        return
    s_start = doc.sentence_of(at)[0]
    before = [o for o in readings if s_start <= o.person.start and o.person.end <= at]
    subject = max(before, key=lambda o: o.person.start, default=None)
    if subject is not None and subject.party is None and not doc.parties_in(subject.person.end, at):
        subject.party = party


def implied_parties(doc: Doc, readings: list[Reading]) -> None:
    """Fill a missing party from what the sentence or the post says: the one party that won, a 'party
    colleague' or 'group leader', an unnamed role just before ('The Labour group leader ... Alan Rhodes'),
    the other side of a two-party contest."""
    post_winners: list[set[str]] = []  # the post's winners, read once a sentence without one needs them
    for r in readings:
        if r.party is None and r.joined is not None:  # "party colleagues Tom Hesketh (2,104) and Kieran Doyle"
            r.party = r.joined.party
        if r.party is None:
            r.party = (
                (_winning_party(doc, r, readings, post_winners) if r.elected else None)
                or (_verdict_after(doc, r) if r.elected else None)
                or _party_of_role(doc, r, readings)
                or _party_of_unnamed_role(doc, r, readings)
                or _party_of_counted_office(doc, r)
                or (_losing_party(doc, r) if r.elected is False else None)
                or (_taken_from(doc, r) if r.elected is False else None)
                or (_placed_party(doc, r) if r.elected is False else None)
                or (_gained_from_before(doc, r) if r.elected is False else None)
                or (_swung_from(doc, readings) if r.elected is False else None)
                or (_other_side(doc, readings) if r.elected is False else None)
            )


def _losing_party(doc: Doc, r: Reading) -> str | None:
    """'Among the Tory losses was the council leader Ross Ince', 'the Tories lost Eston, where ... beat Ann Roe':
    the one party whose losses the sentence names."""
    s, e = doc.sentence_of(r.person.start)
    sentence = doc.text[s:e]
    if "los" not in sentence and "casualties" not in sentence:
        return None
    found = {m.value for m in doc.parties_in(s, e) if cues.LOSSES_AFTER_RE.match(doc.text, m.end)}
    return found.pop() if len(found) == 1 else None


_TAKEN_FROM_KEYS = ("from", "ousts", "ousted", "unseat")  # one is in every match of TAKEN_FROM_RE


def _taken_from(doc: Doc, r: Reading) -> str | None:
    """'X has gained Moray from the SNP, winning 12,400 votes to Ali Grant's 11,020': the one party a seat was taken
    from in the sentence of a beaten candidate."""
    s, e = doc.sentence_of(r.person.start)
    if not holds_any(doc.text[s:e], _TAKEN_FROM_KEYS):
        # "Independents have taken two seats from Labour. In X, A beat B by 979 votes": the post's one such party
        if s == 0 or not holds_any(doc.text[:s], _TAKEN_FROM_KEYS):
            return None
        s, e = 0, s
    found = {canonical_party(m.group("p")) or "Independent" for m in cues.TAKEN_FROM_RE.finditer(doc.text, s, e)}
    return found.pop() if len(found) == 1 else None


def _placed_party(doc: Doc, r: Reading) -> str | None:
    """'Reform UK came second, with X on 9,120': the party the sentence opens on placing, for the name after it."""
    s, _ = doc.sentence_of(r.person.start)
    m = cues.PLACED_PARTY_RE.match(doc.text[s : r.person.start]) if "with" in doc.text[s : r.person.start] else None
    return canonical_party(m.group("p")) if m else None


def _gained_from_before(doc: Doc, r: Reading) -> str | None:
    """'Con gain from Lab. X loses to Y by 2,040 votes': a beaten candidate's party is the one the verdict right
    before the sentence says the seat was gained from."""
    i = doc.sentence_index(r.person.start)
    if not i or "gain" not in doc.lower[slice(*doc.sentences[i - 1])]:
        return None
    found = {canonical_party(m.group("q")) for m in cues.GAIN_FROM_RE.finditer(doc.text, *doc.sentences[i - 1])}
    return found.pop() if len(found) == 1 else None


def _winning_party(doc: Doc, r: Reading, readings: list[Reading], post_winners: list[set[str]]) -> str | None:
    pool = winning_parties(doc, *r.span)
    if len(pool) > 1:
        pool = _clause_winners(doc, r) or pool
    if not pool:
        pool = _verdict_before(doc, r, readings)
    if not pool and r.span[0] and doc.text[r.span[0] - 1] == "\n" and "\n" in doc.text[: r.span[0] - 1]:
        # (a sentence opening its line under a line that gives one verdict: that verdict's, before the post's; but a
        # verdict of its own next to it first: 'was won by Tom Ellery. Liberal Democrat gain from Labour.')
        above = _verdict_above(doc, doc.sentence_index(r.person.start))
        if above is not None:
            return _verdict_after(doc, r) or above
    if not pool:
        if not post_winners:
            post_winners.append(winning_parties(doc, 0, len(doc.text)))
        pool = post_winners[0]
    return next(iter(pool)) if len(pool) == 1 else None


def _clause_winners(doc: Doc, r: Reading) -> set[str]:
    """'Ashby is a Labour hold, and in Mere the Greens held on, Ida Crane re-elected there': the winning parties of
    the winner's own clause, after the last ', and' or ';' before the name, of a sentence of several results."""
    start = r.span[0]
    cut = max(doc.text.rfind(", and ", start, r.person.start), doc.text.rfind("; ", start, r.person.start))
    return winning_parties(doc, cut, r.person.start) if cut >= 0 else set()


def _verdict_before(doc: Doc, r: Reading, readings: list[Reading]) -> set[str]:
    """'But Elmstead has gone to Reform. Kerry Dunn won 1,390 votes': the winning parties of the sentence right
    before the winner's on its line, when it names no candidate of its own (whose winner it would be), before the
    post's. (A line above is another result's, or a headline's: see _verdict_above.)"""
    i = doc.sentence_index(r.person.start)
    if not i or doc.sentence_index(r.span[0]) != i:
        return set()
    start, end = doc.sentences[i - 1]
    if "\n" in doc.text[start : doc.sentences[i][0]]:
        return set()
    if any(other.candidate and start <= other.person.start < end for other in readings):
        return set()
    return winning_parties(doc, start, end)


def _verdict_after(doc: Doc, r: Reading) -> str | None:
    """'... was won by Tom Ellery. Liberal Democrat gain from Labour.': the verdict right after the winner, or a
    bare verdict line right before it ('Labour Win')."""
    i = doc.sentence_index(r.person.start)
    m = cues.VERDICT_RE.match(doc.text, *doc.sentences[i + 1]) if i + 1 < len(doc.sentences) else None
    if m is None and i:
        m = cues.VERDICT_LINE_RE.match(doc.text, *doc.sentences[i - 1])
    return canonical_party(m.group("p")) if m else None


def _verdict_above(doc: Doc, i: int) -> str | None:
    """'MELKSHAM (Wiltshire UA): LD 1,004, Con 733. Lib Dem gain from Con. Turnout 27%.' over 'The new councillor is
    X': the one verdict among the sentences of the line above the winner's line (which sentence `i` opens)."""
    start = doc.sentences[i][0]
    above = doc.text.rfind("\n", 0, start - 1) + 1
    found = set()
    j = i - 1
    while j >= 0 and doc.sentences[j][0] >= above:
        if (m := cues.VERDICT_RE.match(doc.text, *doc.sentences[j])) is not None:
            found.add(canonical_party(m.group("p")))
        j -= 1
    return found.pop() if len(found) == 1 else None


def _party_of_role(doc: Doc, r: Reading, readings: list[Reading]) -> str | None:
    """'Party colleague Dave Foxley', 'her running mate Ann Roe' (the candidate named before), 'Group leader
    Simon Galton' (the party spoken of before)."""
    shut = doc.shut  # (the cues the post cannot match: see Doc.shut)
    if cues.COLLEAGUE_PREV_RE in shut and cues.GROUP_ROLE_PREV_RE in shut:
        return None
    before_name = doc.text[max(0, r.person.start - 30) : r.person.start]
    if cues.COLLEAGUE_PREV_RE not in shut and cues.COLLEAGUE_PREV_RE.search(before_name):
        earlier = [x.party for x in readings if x.party and x.person.start < r.person.start]
        return earlier[-1] if earlier else None
    if cues.GROUP_ROLE_PREV_RE not in shut and cues.GROUP_ROLE_PREV_RE.search(before_name):
        before = [m for m in doc.parties if m.end <= r.person.start]
        return before[-1].value if before else None
    return None


def _party_of_unnamed_role(doc: Doc, r: Reading, readings: list[Reading]) -> str | None:
    """'The Labour group leader for Nottinghamshire ... thanked his colleagues. Alan Rhodes had ...'."""
    i = doc.sentence_index(r.person.start)
    if not i:
        return None
    s, e = r.span
    ps, pe = doc.sentences[i - 1]
    role = cues.SUBJECT_ROLE_RE.match(doc.text[ps:pe])
    if role is None:
        return None
    first_here = min((x.person.start for x in readings if s <= x.person.start < e), default=-1)
    if first_here == r.person.start and not any(ps <= x.person.start < pe for x in readings):
        return canonical_party(role.group("p"))
    return None


def _party_of_counted_office(doc: Doc, r: Reading) -> str | None:
    """'Two more Labour ministers have gone. The health secretary, X, lost ...': a name opening its sentence behind an
    office alone is of the party whose office-holders a sentence before it counted (the nearest such count)."""
    s, _ = doc.sentence_of(r.person.start)
    if not s or not cues.OFFICE_OPENING_PREV_RE.match(doc.text, s, r.person.start):
        return None
    counted = list(cues.COUNTED_OFFICES_RE.finditer(doc.text, 0, s))
    return canonical_party(counted[-1].group("p")) if counted else None


def _swung_from(doc: Doc, readings: list[Reading]) -> str | None:
    """'Mr B won on a swing of 12.7% from Labour to Reform': a loser of a seat the swing's second party won stood for
    its first (the post's one swing)."""
    if "swing" not in doc.text:
        return None
    swings = list(cues.SWING_RE.finditer(doc.text))
    if len(swings) != 1:
        return None
    a, b = canonical_party(swings[0].group("a")), canonical_party(swings[0].group("b"))
    winners = {x.party for x in readings if x.elected and x.party}
    return a if winners == {b} else None


def _other_side(doc: Doc, readings: list[Reading]) -> str | None:
    """A loser in 'a head-to-head between Labour and the Conservatives' won by one side stood for the other."""
    contest = cues.CONTEST_RE.search(doc.text)
    if not contest:
        return None
    a, b = canonical_party(contest.group("a")), canonical_party(contest.group("b"))
    winners = {x.party for x in readings if x.elected and x.party}
    return b if winners == {a} else a if winners == {b} else None


def winning_parties(doc: Doc, start: int, end: int) -> set[str]:
    out: set[str] = set()
    for m in doc.parties_in(start, end):
        before = doc.text[m.start - 30 if m.start - 30 > start else start : m.start]  # (no max() call)
        after = doc.text[m.end : m.end + 60]
        if after[:2] == " (":  # "The Molesey Residents' Association (MRA) has held ...": its initials put aside
            after = _after_initials(after)
        as_object = before.rstrip().endswith(("from", "from the", "to", "to the", "by", "by the"))
        won = None if as_object else cues.WINNER_AFTER_RE.match(after)
        as_subject = not as_object and (
            (won is not None and not _won_in_the_past(after, won))
            or (
                cues.NEW_BEFORE_RE not in doc.shut
                and cues.NEW_BEFORE_RE.search(before)
                and cues.COUNCILLORS_AFTER_RE.match(after)
            )
        )
        if as_subject or cues.WINNER_BEFORE_RE.search(before):
            out.add(m.value)
    return out - {PARTY_SPECIALISES[p] for p in out if p in PARTY_SPECIALISES}


def _won_in_the_past(after: str, won: re.Match[str]) -> bool:
    """'taking the seat the Conservatives won in 2022', 'which Labour held until 2019': a party's win of a past
    election, not of this count."""
    return won.group().endswith(("won", "held", "took", "gained", "kept")) and bool(
        cues.HISTORY_AFTER_RE.match(after[won.end() :])
    )


def _after_initials(after: str) -> str:
    """The words after a bracket of initials that opens `after` (' (MRA) has held' -> ' has held')."""
    close = after.find(")", 2, _INITIALS_REACH)
    return after[close + 1 :] if close > 3 and after[2:close].isalpha() and after[2:close].isupper() else after


_INITIALS_REACH = 9  # ' (' and at most six capitals before the ')'


_PERSON_START = attrgetter("person.start")  # (a sort key read in C: a lambda is a Python call a reading)


def merge(readings: list[Reading], author: str | None) -> list[Reading]:
    """One reading per candidate: list lines first, then the first mention that says each thing. A person the
    post names in a vote for a council's leader is no candidate in its other sentences either ("Ms Rahim's 31 votes
    came from Labour and the Greens")."""
    by_name: dict[str, Reading] = {}
    leaders = {r.person.name for r in readings if r.leader_vote}
    for r in sorted(readings, key=lambda x: not x.from_list):
        if not r.candidate or r.person.name in leaders:
            continue
        name = r.person.name
        if author and name.lower() == author.lower():
            continue
        have = by_name.get(name)
        if have is None:
            by_name[name] = Reading(
                r.person, True, r.elected, r.decided, r.party, r.votes, r.share, r.span, r.from_list, versus=r.versus
            )
            by_name[name].first_round, by_name[name].final_round = r.first_round, r.final_round
            continue
        if not have.decided and r.decided:
            have.elected, have.decided = r.elected, True
        if r.versus is not None and not r.first_round:  # final totals outrank the first-round figures
            have.votes, have.versus = r.votes, r.versus
        elif r.final_round and r.votes is not None and not have.final_round:
            have.votes, have.final_round, have.first_round = r.votes, True, False
        elif have.votes is None and r.votes is not None:
            have.first_round, have.final_round = r.first_round, r.final_round
        have.party = have.party or r.party
        have.votes = have.votes if have.votes is not None else r.votes
        have.share = have.share if have.share is not None else r.share
    # names mentioned again without a cue still lend their party ("Dr Eynon was the Labour group leader")
    for r in readings:
        have = by_name.get(r.person.name)
        if have is not None and have.party is None and r.party:
            have.party = r.party
    _final_totals(list(by_name.values()))
    return sorted(by_name.values(), key=_PERSON_START)


# "All three stood as independents", "Both were independents", "Everyone elected stood as an independent": the
# label of every one of a group of candidates ('elected' / 'winners': the post's winners; a number: that many names
# just before, or listed on the lines below the sentence, "All four candidates stood as independents:"; neither: the
# names of the sentence before)
INDEPENDENT_KEYS = ("ndependent",)
_ALL_INDEPENDENT_RE = Lazy(
    r"\b(?:(?P<both>[Bb]oth)|[Aa]ll|[Ee]veryone|[Ee]ach)"
    r"(?:\s+(?:of\s+)?(?P<n>two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[2-9]|[1-4]\d))?"
    r"(?:\s+of\s+them|\s+(?:of\s+the\s+)?candidates)?(?P<won>\s+(?:(?:of\s+)?(?:the\s+)?(?:successful\s+candidates|winners)|elected|who\s+won))?"
    r"\s+(?:stood|ran|were\s+standing|are|were|was|is)\s+(?:as\s+)?(?:an?\s+)?[Ii]ndependents?\b(?!\s+of\b)"
)


# "A (1,877), B (1,802) and C (1,655), all independents.": the names the sentence lists before it
_ALL_INDEPENDENTS_AFTER_RE = Lazy(r",\s+(?:all|both)\s+(?:of\s+them\s+)?independents?\s*(?:[.;]|$)")


def all_independents(doc: Doc, merged: list[Reading]) -> None:
    """Give 'Independent' to the candidates without a party that a sentence says all stood as independents."""
    for m in _ALL_INDEPENDENTS_AFTER_RE.finditer(doc.text):
        start = doc.sentence_of(m.start())[0]
        for r in merged:
            if r.party is None and start <= r.person.start < m.start():
                r.party = "Independent"
    for m in _ALL_INDEPENDENT_RE.finditer(doc.text):
        start = doc.sentence_of(m.start())[0]
        if m.group("won"):
            group = [r for r in merged if r.elected]
        else:
            before = [r for r in merged if r.person.start < start]
            n = m.group("n")
            size = 2 if m.group("both") else (number_value(n) or 0) if n else 0
            if size:
                group = before[-size:] if len(before) >= size else _listed_below(doc, merged, m.end(), size)
            else:  # the names of the sentence before (of all the list's lines, where it closes a list)
                prev = _list_top(doc.text, before, doc.sentence_of(start - 1)[0] if start else 0)
                group = [r for r in before if r.person.start >= prev]
        for r in group:
            if r.party is None:
                r.party = "Independent"


ALL_ELECTED_KEYS = ("all ", "All ", "both ", "Both ")
# "..., and all six are elected", "Both were returned": a count's names just before it, that many, all winners
_ALL_ELECTED_RE = Lazy(
    r"\b(?:(?P<both>[Bb]oth)|[Aa]ll\s+(?P<n>two|three|four|five|six|seven|eight|nine|ten|[2-9]|1[0-9]))"
    r"(?:\s+of\s+them)?\s+(?:are|were|have\s+been|had\s+been)\s+(?:duly\s+|now\s+)?(?:declared\s+)?"
    r"(?:(?:re-?)?elected|returned)\b(?!\s+(?:as\s+)?(?:the\s+)?(?:council\s+)?(?:leader|mayor|chair)\b)"
)


def all_elected(doc: Doc, readings: list[Reading]) -> None:
    """'Robert Pegg polled 201, ... and Ian Rudd 143, and all six are elected': the last candidates named before the
    words, as many as they count (one poll's winners, the top of it often in the sentence before), are elected,
    unless one of them is already read as beaten (or the words tell a past election, 'were elected in 2022')."""
    for m in _ALL_ELECTED_RE.finditer(doc.text):
        if cues.HISTORY_AFTER_RE.match(doc.text[m.end() : m.end() + 80]):
            continue  # "All three were elected in 2022": a past election's
        size = 2 if m.group("both") else number_value(m.group("n")) or 0
        group: dict[str, list[Reading]] = {}
        for r in reversed(readings):
            if r.person.start < m.start() and r.candidate and (r.person.name in group or len(group) < size):
                group.setdefault(r.person.name, []).append(r)
        if len(group) < size or any(r.elected is False for rs in group.values() for r in rs):
            continue
        for rs in group.values():
            for r in rs:
                r.elected, r.decided = True, True


# "so it's down to Ann Lowe and Bob Fry": a count narrowed to two finalists, its second round to come
_DOWN_TO_TWO_RE = Lazy(
    r"\bdown\s+to\s+(?:the\s+top\s+two[,:]?\s+|a\s+(?:straight\s+)?(?:fight|race|run-off)\s+between\s+)?"
)
# the words of a count of two rounds, whose candidates past the top two are out
_SECOND_ROUND_RE = Lazy(r"\b(?:[Ss]econd|2nd)[ -](?:preferences?|choices?|round)|\beliminated\b|\brun-off\b")


def down_to_two(doc: Doc, readings: list[Reading]) -> None:
    """'No one cleared half the first choices, so it's down to Ann Lowe and Bob Fry': in a count of two rounds the
    two named go on (still undecided) and every other candidate with first-round votes is eliminated, not elected."""
    if not _SECOND_ROUND_RE.search(doc.text):
        return
    for m in _DOWN_TO_TWO_RE.finditer(doc.text):
        end = doc.sentence_of(m.end())[1]
        named = {r.person.name for r in readings if m.end() <= r.person.start < end}
        standing = {r.person.name for r in readings if r.candidate}
        if len(named) != 2 or not named <= standing or doc.text.find(" and ", m.end(), end) < 0:
            continue
        for r in readings:
            if r.candidate and r.person.name not in named and r.votes is not None and not r.decided:
                r.elected, r.decided = False, True


def _list_top(text: str, before: list[Reading], prev: int) -> int:
    """Where the run of lines ending with the line at `prev` opens, each line naming one of `before` ('All of them
    are independents.' under a list of wards and their winners); `prev` itself where it is no line of its own."""
    while prev > 0 and text[prev - 1] == "\n":
        above = text.rfind("\n", 0, prev - 1) + 1
        if not any(above <= r.person.start < prev for r in before):
            break
        prev = above
    return prev


def _listed_below(doc: Doc, merged: list[Reading], end: int, size: int) -> list[Reading]:
    """The ``size`` candidates of the list that opens on the line after a sentence ending at ``end`` ('All four
    candidates stood as independents.' over the result's lines), or none where the sentence leads no list."""
    line_end = doc.text.find("\n", end)
    if line_end < 0 or doc.text[end:line_end].strip(" \t.:"):
        return []
    after = [r for r in merged if r.person.start > line_end]
    return after[:size] if len(after) >= size else []


def _final_totals(merged: list[Reading]) -> None:
    """'won by 96,104 votes to 89,077': the other figure is the one rival's final total (the one loser's for
    a winner, the one winner's for a loser)."""
    for r in merged:
        if r.versus is None:
            continue
        others = [x for x in merged if x is not r and x.elected is (not r.elected)]
        if len(others) > 1:  # several winners in the post: the one in its sentence
            others = [x for x in others if x.span == r.span]
        if len(others) == 1 and (r.elected or others[0].votes is None or others[0].first_round):
            others[0].votes, others[0].first_round = r.versus, False


# The rounds of a count that goes on after the first (a mayor's second preferences): the words of its first round,
# before a name in the name's sentence or over its list ('First round:'), and of its last, in the name's sentence
ROUND_KEYS = ("round", "reference", "inal")
_FIRST_ROUND_RE = Lazy(r"\b[Ff]irst(?:\s+|-)(?:round|preferences?|count)\b")
_FINAL_ROUND_RE = Lazy(
    r"\b(?:[Ss]econd(?:\s+|-)(?:preferences?|round)|[Ff]inal\s+(?:totals?|round|count|figures?|result)|[Rr]un-?off)\b"
)
_LIST_HEAD_RE = re.compile(r"(?m)^[^\n\d]{0,60}:[ \t]*$")


LIST_RETURN_KEYS = ("list",)
# A member returned on a regional list: "returns on the list", "is back via the West Scotland list", "elected as one of
# the region's seven list MSPs", "back in the Senedd as a list MS"
_LIST_RETURN_RE = Lazy(
    r"\b(?:return(?:s|ed|ing)?|back|(?:re-?)?elected)\b[^.;\n]{0,40}?\b(?:on|via|through|from|off)\s+"
    r"(?:(?:the|his|her|their|its)\s+)?(?:party['’]s\s+|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s+)?"
    r"(?:regional\s+|top-up\s+)?list\b"
    r"|\b(?:return(?:s|ed|ing)?|back|(?:re-?)?elected)\b[^.;\n]{0,30}?\bas\s+(?:an?|one\s+of\s+[^.;\n]{0,30}?)\s*"
    r"(?:(?:regional|list|top-up)\s+)+(?:MSPs?|MSs?|MLAs?|AMs?|members?)\b"
)
# what turns a return on the list down just before it: "failed to return on the list", "is not back"
_NO_RETURN_BEFORE_RE = Lazy(r"\b(?:not|n['’]t|never|failed\s+to|fails\s+to|no\s+longer|missed\s+out)\s+(?:\w+\s+)?$")


def list_returns(doc: Doc, readings: list[Reading]) -> None:
    """A candidate who lost a constituency but returns on the regional list in the same post ('X lost in Y but
    returns on the list'; 'X, who lost Y overnight, ... He has been elected as one of the region's seven list MSPs'):
    elected after all. The return is read in the loser's sentence or the next, with no other person named between."""
    starts = sorted(r.person.start for r in readings)
    back = set()
    for r in readings:
        if r.elected is not False or r.person.name in back:
            continue
        s, e = doc.sentence_of(r.person.start)
        end = doc.sentence_of(e + 1)[1] if e < len(doc.text) else e
        for m in _LIST_RETURN_RE.finditer(doc.text, r.person.end, end):
            others = [at for at in starts if r.person.end <= at < m.start()]
            if all(q.person.name == r.person.name for q in readings if q.person.start in others) and not (
                _NO_RETURN_BEFORE_RE.search(doc.text, max(s, m.start() - 30), m.start())
            ):
                back.add(r.person.name)
                break
    for r in readings:
        if r.person.name in back:
            r.elected, r.decided = True, True


def mark_rounds(doc: Doc, readings: list[Reading]) -> None:
    """Mark each figure read as a first round's ('In the first round X had 26,470 votes', a list under 'First
    round:') or a final round's ('After second preferences, X finished on 1,144,930'): a final total outranks a
    first-round figure of the same person, whichever is read first (not an STV count's stages, whose first
    preferences are the votes reported)."""
    if "stage" in doc.text and _STV_STAGE_RE.search(doc.text):
        return
    for r in readings:
        if r.votes is None:
            continue
        s, e = doc.sentence_of(r.person.start)
        before = doc.text[s : r.person.start]
        head = ""
        if r.from_list:  # the heading line over the list's run of figure lines
            heads = [m for m in _LIST_HEAD_RE.finditer(doc.text, 0, r.person.start)]
            if heads and all(_DIGIT_RE.search(line) for line in doc.text[heads[-1].end() : s].split("\n")[1:-1]):
                head = heads[-1].group()
        first = _FIRST_ROUND_RE.search(before)
        if first and _final_after_first(doc, first.end() + s, r, e):
            r.final_round = True  # "X led on first preferences, ..., but Y picked up second preferences and won by N"
        elif first or _FIRST_ROUND_RE.search(head):
            r.first_round = True
        elif _final_round_cue(doc.text, s, e) or _FINAL_ROUND_RE.search(head):
            r.final_round = True


_DIGIT_RE = re.compile(r"\d")
# a figure counting the transfers themselves ("picked up 3,496 second preferences"), not a round's total
_TRANSFERS_COUNTED_RE = re.compile(r"\d[ \t]+$")


def _final_round_cue(text: str, start: int, end: int) -> bool:
    """Whether the sentence from `start` to `end` speaks of a final round: "after second preferences", "the final
    count". A sentence that counts the second preferences each candidate picked up ("X picked up 3,496 second
    preferences to Y's 2,666") gives transfers, not the totals a result list over it gave."""
    return any(
        not _TRANSFERS_COUNTED_RE.search(text, max(start, m.start() - 12), m.start())
        for m in _FINAL_ROUND_RE.finditer(text, start, end)
    )


def _final_after_first(doc: Doc, first_end: int, r: Reading, end: int) -> bool:
    """Whether a final round's cue stands between a first round's (ending at `first_end`) and the reading's own
    figure, in the sentence ending at `end`: the figure is the final round's ("X led on first preferences, 187,230
    to Y's 181,904, but Y picked up more second-preference votes and won by 214,660 votes to 209,118")."""
    at = doc.text.find(f"{r.votes:,}", r.person.start, end)
    return at > 0 and any(f.start() < at for f in _FINAL_ROUND_RE.finditer(doc.text, first_end, end))


# "Labour held the seat, with X on 842", "The Tories gained Eastfield, where X polled 1,210": the name right after
_WITH_BEFORE_RE = Lazy(r",\s+(?:with|where)\s+$")
# A sentence about the whole council ('kept control', '37 of the 66 seats'), not about one seat's verdict.
_COUNCIL_WIDE_WORDS = ("control", "seats", "majority", "administration")


def party_winners(
    doc: Doc, readings: list[Reading], undecided: list[Reading], *, one_ward: bool, several_seats: bool = False
) -> None:
    """Undecided candidates the post's verdict on a party decides: 'Labour held the seat, with X on 842 votes to
    Y's 377', 'The Tories gained Eastfield, where X polled 1,210 votes' (X, with no party of his own, is the
    candidate of the one party the clause says won); 'The Greens gained the seat. Green candidate X said ...' (the
    winning party's one candidate in a post about one ward); 'The seat was won by Labour. X got 1,210 votes and
    the Tory candidate Y 1,105' (the top of the poll in a post about one seat)."""
    for r in undecided:
        if r.party is None and r.votes is not None and _WITH_BEFORE_RE.search(doc.text, r.span[0], r.person.start):
            pool = winning_parties(doc, r.span[0], r.person.start)
            if len(pool) == 1:
                r.party, r.elected, r.decided = pool.pop(), True, True
    if not one_ward:
        return
    standing = [r for r in readings if r.candidate]
    one = standing[0] if len(standing) == 1 else None  # the post's one candidate
    if one is not None and one.party and not one.decided and winning_parties(doc, 0, len(doc.text)) == {one.party}:
        one.elected, one.decided = True, True
    elif not several_seats and len(standing) > 1:
        _top_of_the_poll(doc, standing)


def _top_of_the_poll(doc: Doc, standing: list[Reading]) -> None:
    """In a post about one seat whose verdict names one winning party (outside sentences about the whole council),
    the candidate who polled the most is that party's: every candidate has a figure, the top one has no outcome
    yet and no other party, and no other candidate stands for the winner."""
    top = max(standing, key=_figure)
    # (most posts: the top of the poll has its outcome already; a winner told with no party, "X, the winning
    # candidate, got 934 votes", is still the winning party's)
    partyless_winner = top.decided and top.elected and top.party is None
    if top.votes is None or (top.decided and not partyless_winner):
        return
    name, party = top.person.name, top.party
    best: dict[str, int] = {}  # the other candidates' figures (-1: none)
    rivals: set[str | None] = set()
    for r in standing:
        if r.person.name == name:
            if r.decided and not (r.elected and partyless_winner):
                return
            party = party or r.party
            continue
        best[r.person.name] = max(best.get(r.person.name, -1), -1 if r.votes is None else r.votes)
        rivals.add(r.party)
    if not best or min(best.values()) < 0 or max(best.values()) >= top.votes:
        return
    pool = _seat_winners(doc)
    if len(pool) != 1 or not pool.isdisjoint(rivals) or party not in (None, *pool):
        return
    winner = pool.pop()
    for r in standing:
        if r.person.name == name:
            r.party, r.elected, r.decided = winner, True, True


def _figure(r: Reading) -> int:
    return -1 if r.votes is None else r.votes


def _seat_winners(doc: Doc) -> set[str]:
    """The parties said to have won in the post's sentences that are not about the whole council."""
    out: set[str] = set()
    done = -1
    for m in doc.parties:
        s, e = doc.sentence_of(m.start)
        if s == done:  # (the sentence of the mention before)
            continue
        done = s
        sentence = doc.text[s:e]
        if _DATED_WIN_RE.search(sentence):
            continue  # "Reform won the seat in May 2025": a past election's winner, not this count's
        for word in _COUNCIL_WIDE_WORDS:
            if word in sentence and not (word == "majority" and _a_seats_majority(sentence)):
                break
        else:
            out |= winning_parties(doc, s, e)
    return out


_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_DATED_WIN_RE = Lazy(rf"\b(?:in|since|back\s+in)\s+(?:(?:{_MONTHS})\s+)?(?:19|20)\d\d\b")


# a majority's figure: "its majority was cut to 1,102", "a majority of 4,210"
_MAJORITY_FIGURE_RE = Lazy(r"\bmajority\b[^.\d]{0,30}?(?P<n>\d{1,3}(?:,\d{3})+|\d+)\b")
_MOST_COUNCIL_SEATS = 130  # more seats than any council has: a majority above it is of votes


def _a_seats_majority(sentence: str) -> bool:
    """Whether the sentence's majority is a seat's (of more votes than any council has seats), not a council's."""
    m = _MAJORITY_FIGURE_RE.search(sentence)
    return m is not None and int(m.group("n").replace(",", "")) > _MOST_COUNCIL_SEATS


def sweeping_parties(doc: Doc) -> dict[str, int]:
    """Parties said to have won every seat of a ward ('All three seats ... went to the Green Party'), each with where
    the post says so."""
    return {
        m.value: m.start
        for m in doc.parties
        if cues.SWEEP_BEFORE_RE.search(doc.text[max(0, m.start - 120) : m.start])
        or cues.SWEEP_AFTER_RE.match(doc.text[m.end : m.end + 40])
    }


def paragraph_at(text: str, at: int) -> tuple[int, int]:
    """The start and end of the paragraph (line) of the text holding offset ``at``."""
    end = text.find("\n", at)
    return text.rfind("\n", 0, at) + 1, len(text) if end == -1 else end


def tied_votes(doc: Doc, merged: list[Reading]) -> None:
    """'Two candidates tied on 1,017 votes. A and B finished level after two recounts': the two candidates
    without a figure named in a sentence about the tie share its figure; so does the one without a figure named in
    the tie's own sentence beside the one that has it ('A and Reform UK's B were tied on 604 votes')."""
    if "same as" in doc.text:
        _same_as_votes(doc, merged)
    tie = cues.TIED_ON_RE.search(doc.text) or cues.EACH_VOTES_RE.search(doc.text)
    if tie is None:
        return
    n = number_value(tie.group("n") or tie.groupdict().get("n2") or "")
    tied = [r for r in merged if r.votes is None and cues.TIE_RE.search(doc.text, *r.span)]
    if len(tied) == 2:
        for r in tied:
            r.votes = n
    elif n is not None:
        s, e = doc.sentence_of(tie.start())
        named = [r for r in merged if s <= r.person.start < e or doc.text.find(r.person.name, s, e) >= 0]
        bare = [r for r in named if r.votes is None]
        have = [r for r in named if r.votes == n]
        if len(bare) == 1 and len(have) == 1:
            bare[0].votes = n
    tied = [r for r in merged if r.votes == n]  # (both may have had the figure already: "tied on 612 votes each")
    if len(tied) == 2:
        for r, other in (tied, tied[::-1]):
            if other.elected and not r.decided:  # the other's name was drawn
                r.elected, r.decided = False, True


# "B, who had 703 votes - the same as Mr Tolley - is not": the figure of the one named after 'the same as' (not "the
# same as Mr Tolley in 2019", a past one)
_SAME_AS_RE = Lazy(
    rf"\b(?P<n>{DIGITS})\s+votes?\s*(?:[-–—,(]\s*)?(?:exactly\s+)?the\s+same\s+as\s+(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?"
    r"(?:[A-Z][\w'’-]+\s+)?(?P<sur>[A-Z][\w'’-]+)\b(?!\s+(?:in|at\s+the)\s+(?:19|20)\d\d\b)"
)


def _same_as_votes(doc: Doc, merged: list[Reading]) -> None:
    """'B, who had 703 votes - the same as Mr Tolley': the one candidate without a figure whose surname follows
    'the same as' polled that figure too."""
    for m in _SAME_AS_RE.finditer(doc.text):
        named = [r for r in merged if r.votes is None and r.person.name.split()[-1] == m.group("sur")]
        if len(named) == 1:
            named[0].votes = number_value(m.group("n"))


def parties_tied(doc: Doc, readings: list[Reading]) -> None:
    """'A recount left the Conservative and Labour candidates level on 812 votes each': the one person the post names
    of each of the two parties stood, with the tied figure (the loser of a draw may be named only with what they said
    after it: "Labour's B, who had held the seat since 2019, said ...")."""
    m = cues.PARTIES_TIED_RE.search(doc.text)
    if m is None:
        return
    n = number_value(m.group("n"))
    for alias in (m.group("a"), m.group("b")):
        party = canonical_party(alias)
        named = [r for r in readings if r.party == party]
        if len({r.person.name for r in named}) != 1:
            continue
        for r in named:
            r.candidate = True
            if r.votes is None:
                r.votes = n


# a tie settled by lot: "decided by drawing lots", "Ms Rowe's name was drawn", "won the draw", "the toss of a coin"
LOT_KEYS = ("lots", "drawn", "draw", "coin")
LOT_RE = Lazy(r"\b(?:lots|drawn|draw|coin)\b")  # (not 'withdrawn')


def lot_losers(merged: list[Reading]) -> None:
    """In a post about a tie settled by lot (see LOT_KEYS), the one of two candidates level on the same figure who is
    not said to have won lost ('A and B both polled 488 votes. A's name was drawn')."""
    level: dict[int, list[Reading]] = {}
    for r in merged:
        if r.votes is not None:
            level.setdefault(r.votes, []).append(r)
    for pair in level.values():
        if len(pair) == 2:
            for r, other in (pair, pair[::-1]):
                if other.elected and not r.decided:
                    r.elected, r.decided = False, True


# A correction: "We wrongly said X won 1,087 votes. The correct figure is 1,078." (the literals the post must hold)
CORRECTION_KEYS = ("wrongly", "incorrectly", "mistakenly", "in error")
_RETRACTED_RE = Lazy(
    r"\b(?:wrongly|incorrectly|mistakenly)\s+(?:said|reported|stated|gave|put|had|listed|named)\b"
    r"|\b(?:said|reported|stated|gave|given)\b[^.;]{0,80}?\bin\s+error\b",
    re.I,
)
_CORRECT_FIGURE_RE = Lazy(
    rf"\b(?:correct|right|actual)\s+(?:figure|total|number|tally|vote)\s+(?:is|was|should\s+have\s+been)\s+"
    rf"(?P<n>{DIGITS})\b|\bshould\s+have\s+(?:been|said|read)\s+(?P<m>{DIGITS})\b",
    re.I,
)


def corrected_votes(doc: Doc, readings: list[Reading]) -> None:
    """A figure a correction withdraws ('We earlier wrongly said Jo Marsh won 1,087 votes') is not the candidate's
    votes: the figure the correction gives instead, in the same sentence or the next ('The correct figure is
    1,078'), is; with none given the votes are unknown."""
    for r in readings:
        if r.votes is None:
            continue
        i = doc.sentence_index(r.person.start)
        start, end = doc.sentences[i]
        if not _RETRACTED_RE.search(doc.text, start, end):
            continue
        after = doc.sentences[i + 1][1] if i + 1 < len(doc.sentences) else end
        m = _CORRECT_FIGURE_RE.search(doc.text, start, after)
        r.votes = number_value(m.group("n") or m.group("m")) if m else None


def votes_from_tally(merged: list[Reading], by_party: dict[str, int]) -> None:
    """A party's figure in a one-line tally is its candidate's votes when the post names one candidate of it (not
    where a party has several: a list or a multi-member count, whose parties' votes are no one person's)."""
    seen: set[str] = set()
    for r in merged:
        if r.party is not None:
            if r.party in seen:
                return
            seen.add(r.party)
    for party, votes in by_party.items():
        ours = [r for r in merged if r.party == party]
        if len(ours) == 1 and ours[0].votes is None:
            ours[0].votes = votes


def infer_outcomes(
    readings: list[Reading],
    *,
    several_seats: bool = False,
    sweep: frozenset[str] = frozenset(),
    declaration: bool = False,
    one_ward: bool = False,
    text: str = "",
    swept: tuple[int, int] | None = None,
) -> None:
    """'X received 3,306 votes, with Y coming second': X, with votes and no cue, won; 'X won ... with Y on
    892': Y, with fewer votes than the winner of the sentence and no cue, lost (`one_ward`: the post names one ward
    at most; `text`: the post's; `swept`: in a post about several wards, the paragraph telling the sweep)."""
    # "All three seats went to Aspire. A topped the poll, followed by B and C": with one party sweeping the seats,
    # its candidates are the ones with no party of their own who are not said to have lost (in a post about several
    # wards, the ones in the sweep's own paragraph: "In Eastfield, A and B took two seats. In Westfield the Tories
    # held both, X polling 1,201 and Y 1,166" makes X and Y Tories, not A and B)
    only = next(iter(sweep)) if len(sweep) == 1 else None
    for r in readings:
        within = swept is None or swept[0] <= r.person.start < swept[1]
        if only is not None and within and r.candidate and r.party is None and r.elected is not False:
            r.party = only
        if r.candidate and not r.decided and r.party in sweep:
            r.elected, r.decided = True, True
        elif one_ward and only is not None and r.candidate and not r.decided and r.party and r.votes is not None:
            # "The Tories held all three seats in X" over the ward's poll: another party's candidate lost
            r.elected, r.decided = False, True
    known = {x.person.name: x.elected for x in readings if x.decided}
    votes = {x.person.name: x.votes for x in readings if x.votes is not None}
    for r in readings:
        if r.decided or r.votes is None:
            continue
        rivals = {x.person.name for x in readings if x.person.name != r.person.name and x.span == r.span}
        rivals_lost = bool(rivals) and all(n in known and known[n] is False for n in rivals)
        if rivals_lost and _below_a_loser(r, rivals, votes, text):
            r.elected, r.decided = False, True
            continue
        if rivals_lost and not _placed_below(r, text):
            # (not when the post's winner of a single seat polled more: 'X, re-elected, won 9,000. Y polled 4,000
            # and Z came third': Y is a runner-up)
            if _outpolled(r, readings, known) if not several_seats else _below_the_winners(r, readings, known):
                continue
            r.elected, r.decided = True, True
        elif not several_seats and any(known.get(n) and (votes.get(n) or 0) > r.votes for n in rivals):
            r.elected, r.decided = False, True
    # "His Liberal Democrat rival, Sarah Hamilton": a rival of the post's one winner lost
    if sum(1 for el in known.values() if el) == 1:
        for r in readings:
            if r.rival and not r.decided and not known.get(r.person.name):
                r.elected, r.decided = False, True
    # a by-election report: one winner with votes, others with fewer votes and no cue lost
    # (a winner inferred above counts: 'X polled 1,465 votes, ahead of Y on 1,153. Z got 604.'; so does one whose
    # votes are in another mention: 'Labour's X has won the seat.' above a list 'X, Labour: 20,030 ...')
    votes |= _figures_beaten_by(readings, votes)
    winners = {x.person.name for x in readings if x.decided and x.elected and x.person.name in votes}
    if len(winners) == 1 and not several_seats:
        top = votes[next(iter(winners))]
        for r in readings:
            if not r.decided and r.votes is not None and r.votes < top and r.person.name not in winners:
                r.elected, r.decided = False, True
    # a round-up of several wards' results: in a paragraph naming one winner with votes, a candidate with no cue who
    # polled fewer lost ('In Ashby, the seat went to X, who polled 688 votes to Y's 512. The Green, Z, took 301.')
    elif len(winners) > 1 and not several_seats and not one_ward:
        _lost_below_the_paragraphs_winner(readings, winners, votes, text)
    # one ward's several winners, each with votes: a candidate with no cue who polled fewer than every one of them
    # lost ('A 2,402, B 2,356 and C 2,301 were elected. The top Conservative, D, polled 1,188.')
    # (not in a ranked count, where a candidate with fewer first preferences may be elected on transfers)
    elif len(winners) > 1 and one_ward and not holds_any(text, RANKED_KEYS):
        floor = min(votes[n] for n in winners)
        for r in readings:
            if not r.decided and r.votes is not None and r.votes < floor and r.person.name not in winners:
                r.elected, r.decided = False, True
    # one ward's count: a candidate with no cue who polled fewer than one the post says lost, lost too ('B, who had
    # 703 votes, is not elected. The Lib Dem C polled 214.'), whether or not the winner's own figure was read
    if one_ward:
        losers = {x.person.name for x in readings if x.decided and x.elected is False}
        for r in readings:
            if not r.decided and r.votes is not None and losers and _below_a_loser(r, losers, votes, text):
                r.elected, r.decided = False, True
    # a returning officer's declaration ('... do hereby declare that X is duly elected'): the one person declared
    # elected won the seat, and every other candidate it gives votes for lost, whether or not the winner's own
    # figure was read
    if declaration and not several_seats:
        declared = {x.person.name for x in readings if x.decided and x.elected}
        if len(declared) == 1:
            for r in readings:
                if not r.decided and r.votes is not None and r.person.name not in declared:
                    r.elected, r.decided = False, True


# a returning officer's notice: 'I, X, being the returning officer ... give notice that the votes cast were as
# follows: ... and I declare that Y is duly elected'
DECLARED_KEYS = ("duly elected", "declared elected")
_NOTICE_RE = Lazy(r"\b(?:[Rr]eturning\s+[Oo]fficer|give\s+notice|hereby\s+declare|as\s+follows)\b")


def declared_paragraph_losers(text: str, readings: list[Reading]) -> None:
    """Every candidate a returning officer's notice gives votes for lost, where its paragraph declares its winner
    elected: a notice decides its own ward's seats, also in a post of several wards or seats (where infer_outcomes'
    `declaration`, read for the whole post, holds only for one ward's one seat)."""
    for key in DECLARED_KEYS:
        at = text.find(key)
        while at >= 0:
            start, end = paragraph_at(text, at)
            if _NOTICE_RE.search(text, start, end):
                here = [r for r in readings if start <= r.person.start < end]
                if any(r.decided and r.elected for r in here):
                    for r in here:
                        if not r.decided and r.votes is not None:
                            r.elected, r.decided = False, True
            at = text.find(key, end)


def _lost_below_the_paragraphs_winner(
    readings: list[Reading], winners: set[str], votes: dict[str, int], text: str
) -> None:
    """Each undecided candidate with votes lost where the paragraph it is named in names one of the post's `winners`,
    who polled more (a post of several wards, a paragraph to each)."""
    starts = {r.person.name: text.rfind("\n", 0, r.person.start) for r in readings if r.person.name in winners}
    for r in readings:
        if r.decided or r.votes is None or r.person.name in winners:
            continue
        line = text.rfind("\n", 0, r.person.start)
        here = [n for n, at in starts.items() if at == line]
        if len(here) == 1 and votes[here[0]] > r.votes:
            r.elected, r.decided = False, True


def _figures_beaten_by(readings: list[Reading], votes: dict[str, int]) -> dict[str, int]:
    """'A beat B by 1,204 votes to 1,100': the winner's figure, read on the loser's side of the final totals, for a
    winner of the loser's sentence with no figure of their own."""
    found: dict[str, int] = {}
    for loser in readings:
        if loser.versus is None or loser.elected is not False:
            continue
        won = [x for x in readings if x.elected and x.span == loser.span and x.person.name not in votes]
        if len(won) == 1:
            found[won[0].person.name] = loser.versus
    return found


SPEECH_KEYS = ("speech",)
# "In his acceptance speech, the re-elected mayor thanked his rivals": a winner's speech, told without its maker's name
_WINNERS_SPEECH_RE = Lazy(r"\b(?:acceptance|victory)\s+speech\b")
# the rest of the line a quote is cited to, after the name: a comma and a title ('Tony Hirst, Mayor of Calderbridge')
_CITE_TAIL_RE = re.compile(r",[ \t]+\w[^.!?\n]{0,60}$")


def speech_cited_winner(doc: Doc, readings: list[Reading]) -> None:
    """'In his acceptance speech, the re-elected mayor thanked his rivals ...', then the speech quoted and cited to
    'Tony Hirst, Mayor of Calderbridge': the first one a line after the sentence cites made the speech, so won."""
    speech = _WINNERS_SPEECH_RE.search(doc.text)
    if speech is None:
        return
    start, end = doc.sentence_of(speech.start())
    if any(start <= r.person.start < end for r in readings):
        return  # (its maker named in the sentence: read there)
    for r in readings:
        if r.person.start <= end or doc.text[r.person.start - 1] != "\n":
            continue  # (a cite opens its own line, after the sentence)
        line_end = doc.text.find("\n", r.person.end)
        if _CITE_TAIL_RE.match(doc.text, r.person.end, len(doc.text) if line_end < 0 else line_end):
            r.elected, r.decided, r.candidate = True, True, True
            return


def _below_a_loser(r: Reading, losers: set[str], votes: dict[str, int], text: str) -> bool:
    """'A was fifth on 1,122, with B on 406': B, who polled fewer than a rival the sentence says lost, lost too
    (not in a ranked count, where transfers may elect one with fewer first preferences)."""
    mine = r.votes or 0
    return any((votes.get(n) or 0) > mine for n in losers) and not holds_any(text, RANKED_KEYS)


# the words of a ranked count (STV): first preferences, transfers, quotas, stages
RANKED_KEYS = ("preference", "Preference", "quota", "STV", "transfer", "stage")
# "the three-member Elgin ward", "a four-seat ward": how many seats the post's ward fills
# ("Kirkcaldy East (3 seats)": the size in a bracket after the ward's name)
_WARD_SEATS_RE = Lazy(r"\b(two|three|four|five|[2-5])-(?:member|seat)\b|\((two|three|four|five|[2-5])\s+seats\)", re.I)
_SEATS_FILLED_RE = Lazy(r"\b(?:(both)|(?:its|the|all)\s+(two|three|four|five|[2-5]))\s+seats\b", re.I)


def elects_several(text: str) -> bool:
    """Whether the post calls its ward one electing several ('a three-member ward', 'the two-seat division',
    'multi-member'): a verdict on one party there names one of several winners, not the ward's only one."""
    if "-member" not in text and "-seat" not in text and "-Member" not in text:
        return False
    return "multi-member" in text.lower() or bool(_WARD_SEATS_RE.search(text))


def _sized(text: str) -> bool:
    """Whether `_WARD_SEATS_RE` can match: a hyphen ('three-member') or a bracketed count ('(3 seats)')."""
    return "-" in text or "seats)" in text


def filled_seat_losers(doc: Doc, merged: list[Reading], *, one_ward: bool) -> None:
    """'the three-member Elgin City North ward' (or 'won both seats', 'its two seats' in a post of one ward) and as
    many candidates said to be elected: every seat is filled, so the post's other candidates, with no outcome of
    their own, lost. Only where the post gives one ward's size, or else within each paragraph that gives one ('all three
    seats in A' in one paragraph, 'a two-seat ward' in the next: each paragraph its own ward's poll)."""
    sizes = _ward_sizes(doc.text, filled=one_ward)
    if not sizes or (len(sizes) == 1 and _losers_of_filled_seats(merged, next(iter(sizes)))):
        return
    start = 0
    for line in doc.text.split("\n"):
        end = start + len(line)
        line_sizes = _ward_sizes(line, filled=True)
        if len(line_sizes) == 1:
            _losers_of_filled_seats([r for r in merged if start <= r.person.start < end], next(iter(line_sizes)))
        start = end + 1


def _ward_sizes(text: str, *, filled: bool) -> set[str]:
    """The seat counts `text` gives a ward ('three-member', '(3 seats)'; with `filled`, also 'won both seats', 'its
    two seats')."""
    sizes = {(m.group(1) or m.group(2)).lower() for m in _WARD_SEATS_RE.finditer(text)} if _sized(text) else set()
    if filled and "seats" in text:  # "won both seats in X", "X kept its two seats" (not another ward's)
        sizes |= {"two" if m.group(1) else m.group(2).lower() for m in _SEATS_FILLED_RE.finditer(text)}
    return sizes


def _losers_of_filled_seats(readings: list[Reading], size: str) -> bool:
    """With as many of `readings` elected as the ward has seats, the others with no outcome of their own lost
    (whether as many were)."""
    seats = number_value(size) or 0
    if sum(1 for r in readings if r.candidate and r.elected) != seats:
        return False
    for r in readings:
        if r.candidate and not r.decided and r.elected is None:
            r.elected, r.decided = False, True
    return True


# "taking all three in Harold Wood ward", "won both seats there", "gained two of the three seats in X": how many
# seats the ward's poll filled (a verb of winning before 'all N' / 'both'; 'N of the M seats', 'N of Kelby Moor's M
# seats')
_SIZE_WORDS = "two|three|four|five|[2-5]"
_SEATS_TAKEN_RE = Lazy(
    r"\b(?:t[ao]ok|tak(?:e|es|ing)|w[io]n|wins|winning|h[eo]ld|holds|holding|kept|keeps?|keeping|gain(?:ed|s|ing)?"
    r"|swept|sweep(?:s|ing)?|retain(?:ed|s|ing)?|shared?|split)\s+"
    rf"(?:(?P<both>both)|all\s+(?P<all>{_SIZE_WORDS}))(?:\s+seats)?(?=\s+(?:in|at|on\s+offer|here|there)\b|\s*[,.;]|$)"
    rf"|\b(?:one|two|three|four|both|[1-4])\s+of\s+(?:the|its|(?:\S+\s+){{0,3}}\S+['’]s)\s+(?P<of>{_SIZE_WORDS})\s+seats\b",
    re.I | re.M,
)
SEATS_TAKEN_KEYS = (" all ", " both ", " of the ", " of its ", "-member", "-seat", "'s ", "’s ")


def _ward_size(doc: Doc) -> tuple[int, int] | None:
    """The one number of seats the post gives its ward ('the three-member ward', 'took all three in X', 'two of
    the three seats'), with where the first such wording starts; None for none or several sizes."""
    sizes: set[int] = set()
    at = len(doc.text)
    for m in _WARD_SEATS_RE.finditer(doc.text) if _sized(doc.text) else ():
        sizes.add(number_value(m.group(1) or m.group(2)) or 0)
        at = min(at, m.start())
    for m in _SEATS_TAKEN_RE.finditer(doc.text):
        size = "two" if m.group("both") else (m.group("all") or m.group("of"))
        sizes.add(number_value(size) or 0)
        at = min(at, m.start())
    return (sizes.pop(), at) if len(sizes) == 1 else None


def poll_order_winners(doc: Doc, merged: list[Reading], wards: list[Mention]) -> None:
    """A ward of N seats filled by a first-past-the-post poll ('Reform took all three in Harold Wood', then every
    candidate's votes): the N candidates who polled the most won, the others lost. Only where the figures and the
    wording of the ward's size name no other ward, every outcome already read agrees with the order, and the N-th
    and the next figure differ (not in a ranked count, where transfers may elect a candidate lower on the poll)."""
    found = _ward_size(doc)
    if found is None or holds_any(doc.text, RANKED_KEYS):
        return
    seats, at = found
    polled = sorted((r for r in merged if r.candidate and r.votes is not None), key=_figure, reverse=True)
    if len(polled) <= seats or _figure(polled[seats - 1]) == _figure(polled[seats]):
        return
    start = min(doc.sentence_of(at)[0], min(r.person.start for r in polled))
    end = max(r.person.end for r in polled)
    if len({w.value for w in wards if start <= w.start < end}) > 1:
        return  # (a round-up of several wards' polls)
    if any(r.elected is False for r in polled[:seats]) or any(r.elected for r in polled[seats:]):
        return
    for i, r in enumerate(polled):
        if not r.decided:
            r.elected, r.decided = i < seats, True


def winner_by_majority(
    candidates: list[dict[str, Any]], majorities: list[dict[str, Any]], *, several_seats: bool = False
) -> bool:
    """A full result of one seat naming no winner ('Reform UK majority: 2,485' under the candidates' votes): the
    candidate whose votes beat the runner-up's by the stated majority won, and the others lost. False, and nothing
    changed, when a winner is named, the votes are of several seats or wards, or no majority is the margin."""
    polled = [c for c in candidates if c["votes"] is not None]
    if several_seats or len(polled) < 2 or any(c["elected"] for c in candidates):
        return False
    if len({c["ward"] for c in polled}) > 1:
        return False
    top, second = sorted(polled, key=lambda c: c["votes"], reverse=True)[:2]
    margin = top["votes"] - second["votes"]
    if margin <= 0 or not any(m["votes"] == margin and m["party"] in (None, top["party"]) for m in majorities):
        return False
    top["elected"] = True
    for c in polled:
        if c is not top and c["elected"] is None:
            c["elected"] = False
    return True


def _placed_below(r: Reading, text: str) -> bool:
    """Whether `r`'s sentence places its rivals third or lower and no one second ('A and B were third and fourth,
    with C on 402'): the places above them are filled elsewhere, so the one left with votes is not shown the
    winner."""
    sentence = text[r.span[0] : r.span[1]]
    return _LOW_PLACE_RE.search(sentence) is not None and _SECOND_PLACE_RE.search(sentence) is None


_LOW_PLACE_RE = re.compile(r"\b(?:was|were|came|finished)\s+(?:third|fourth|fifth|sixth)\b")
_SECOND_PLACE_RE = re.compile(r"\b(?:second|runner-up|runners-up)\b")


def _outpolled(r: Reading, readings: list[Reading], known: dict[str, bool | None]) -> bool:
    """Whether a reading known to have won polled more votes than `r`."""
    for x in readings:  # noqa: SIM110 -- a loop, not a generator (a few readings a post)
        if known.get(x.person.name) and x.votes is not None and r.votes is not None and x.votes > r.votes:
            return True
    return False


def _below_the_winners(r: Reading, readings: list[Reading], known: dict[str, bool | None]) -> bool:
    """Whether two or more readings known to have won (of several seats) each polled more votes than `r`: 'A, B
    and C were elected ... D missed out, and the top Conservative, E, had 1,144' (E is no winner for D's loss)."""
    winners = [x.votes for x in readings if known.get(x.person.name) and x.votes is not None]
    return len(winners) >= 2 and r.votes is not None and r.votes < min(winners)


def to_facts(doc: Doc, merged: list[Reading], wards: list[Mention]) -> list[dict[str, Any]]:
    facts = []
    for r in merged:
        fact: dict[str, Any] = {
            "name": r.person.name,
            "party": r.party,
            "votes": r.votes,
            "elected": r.elected,
            "ward": ward_near(doc, r.person, wards),
        }
        if r.share is not None:
            fact["share"] = r.share
        facts.append(fact | doc.evidence(*r.span))
    return facts


# a bare 'Green' ("Green Ruaridh Weir 655", "Jo Hay | Green | 1,650"), not the 'Green Party' written out
_BARE_GREEN_RE = Lazy(r"\bGreens?\b(?!\s+Party)")


def scottish_greens(candidates: list[dict[str, Any]], councils: Sequence[str]) -> None:
    """On Scotland's councils a candidate read as 'Green' stands for the Scottish Green Party (the Green Party of
    England and Wales stands none there): every council of the post Scottish, the evidence the bare word."""
    if not councils or not all(in_scotland(c) for c in councils):
        return
    for c in candidates:
        if c["party"] == "Green Party" and "Green Party" not in c["evidence"] and _BARE_GREEN_RE.search(c["evidence"]):
            c["party"] = "Scottish Green Party"


_BRACKET_GAP_RE = Lazy(r"\s*\((?:[^()\n]{0,40},\s*)?")


def _in_bracket_after(doc: Doc, p: Person, w: Mention) -> bool:
    """'Jean Farrow (Conservative, Weston)': the ward in the bracket after the name."""
    if doc.text.find("(", p.end, w.start) < 0:  # every match holds one
        return False
    m = _BRACKET_GAP_RE.match(doc.text, p.end, w.start)
    return m is not None and m.end() == w.start


# Only a result verb between a name and the ward it won: "B has gained Y", "B won the Y" (or a bare 'in' after a
# standing verb left out: "A is standing in X and B in Y")
_WON_WARD_GAP_RE = Lazy(
    r"\s+(?:(?:has|have|had|also|now)\s+){0,2}(?:won|wins|gained|gains|held|holds|taken|takes|took|kept|keeps"
    r"|retained|retains|captured|snatched)\s+(?:the\s+)?$|\s+in\s+(?:the\s+)?$"
)


def _rows_down_to(text: str, start: int, end: int) -> bool:
    """Whether the lines after the one holding ``start``, up to ``end``, are a result list's rows: no blank line,
    each with a figure (a list longer than the two sentences `ward_near` looks back over)."""
    first = text.find("\n", start, end)
    if first < 0 or text[start - 1 : start] == "(":
        return False  # (a ward in a row's bracket is no heading: "Jo Bell (Kelby First) 1,612", a party's name)
    rows = text[first + 1 : end].split("\n")
    return all(_DIGIT_IN_ROW_RE.search(row) for row in rows[:-1])


_DIGIT_IN_ROW_RE = re.compile(r"\d")


def ward_near(doc: Doc, p: Person, wards: list[Mention]) -> str | None:
    """The ward in brackets after the name, else the nearest one before it in its sentence, else after it,
    else the last one named in the two sentences before, else the post's only ward (not in a round-up)."""
    if not wards:
        return None
    s, e = doc.sentence_of(p.start)
    right_after: list[Mention] = []
    before: list[Mention] = []
    after: list[Mention] = []
    for w in wards:  # (one loop, not three list comprehensions: a frame each, ~2 candidates a post)
        # (right after the name on its line: the ward opening the next line is the next item's, "Jo Parr\nHawes - ")
        if (p.end <= w.start <= p.end + 3 and "\n" not in doc.text[p.end : w.start]) or _in_bracket_after(doc, p, w):
            right_after.append(w)
        if s <= w.start < p.start:
            before.append(w)
        if p.end <= w.start < e:
            after.append(w)
    if right_after:
        return right_after[0].value
    if before and after and _WON_WARD_GAP_RE.match(doc.text, p.end, after[0].start):
        return after[0].value  # "Labour's A held X, and Reform's B has gained Y": B's own verb names B's ward
    if before:
        return before[-1].value
    if after:
        return after[0].value
    i = doc.sentence_index(p.start)
    window = doc.sentences[i - 2 if i > 2 else 0][0]  # (no max() call)
    earlier = [w for w in wards if window <= w.start < s]
    if earlier:
        return earlier[-1].value
    heading = [w for w in wards if w.start < s]
    if heading and _rows_down_to(doc.text, heading[-1].start, s):
        return heading[-1].value  # the fourth row of a result list under the line naming its ward
    names = {w.value for w in wards}
    return names.pop() if len(names) == 1 and (ROUND_UP_RE in doc.shut or not ROUND_UP_RE.search(doc.text)) else None
