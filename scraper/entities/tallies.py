"""Council-level and ward-level figures: seat totals, seats needed, majorities, gains / holds / losses,
control, recounts."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from scraper.entities.councils import ROUND_UP_RE, council_for
from scraper.entities.cues import Gated
from scraper.entities.doc import (
    WORD_START_RE,
    Doc,
    Keyed,
    Lazy,
    Mention,
    elliptic_groups,
    group_before,
    group_of_initials,
    holds_any,
    is_rounded,
    number_value,
)
from scraper.entities.lexicon import (
    APPROX,
    COUNCIL_AREAS,
    COUNTIES,
    DIGITS,
    LIST_PARTY_ALT,
    LOCAL_GROUP,
    NUM,
    NUM_END_BACK,
    NUM_SCALED,
    PARTY_ABBREV,
    PARTY_ALIAS,
    PARTY_ALT,
    REGIONS,
    WORD_NUMBERS,
    word_start,
)

# each seat total read, by its party and seats, with the twins of it read after the first (see `_add_total`)
Seen = dict[tuple[str, int], list[dict[str, Any]]]
_SEATS = r"(?:seats|councillors|members|divisions)"
_NOT_A_TOTAL = r"(?!\s*(?:[-–]seat|more|fewer|extra|additional|new|short|shy|required|needed|years?)\b)"
_SEAT_WORDS = ("seats", "councillors", "members", "divisions")
# (a partner's figure that is no count of its councillors: "and the Lib Dems' 30%", "the Greens' 40 candidates",
# "Labour's 2022 manifesto")
_NOT_A_PARTNERS_TOTAL = r"(?!\s*[-–%]|\s+(?:per|votes?|candidates?|years?|wards?|seats?|of|more|fewer|short)\b)"
# seats still to be counted: "with two seats to come", "with 12 seats still to declare", "with six seats remaining"
_TO_COME = r"(?:still\s+|yet\s+|left\s+)?to\s+(?:come|declare|be\s+declared)\b|remaining\b|outstanding\b"
_MOVE_WORDS = ("down", "up", "reduc", "cut", "fall", "fell", "ris", "rose") + (
    "increase",
    "drop",
    "slump",
    "slipp",
    "sank",
    "crash",
    "climb",
    "jump",
)
# How far before its key a pattern opening on a figure can start, read backwards from the key (see Keyed): a
# figure is digits and commas or up to three number words ('a handful of'); before it may come an approximation
# ('c.', 'in excess of') and 'just' or 'only'.
# A figure in words of more than three ('one thousand, two hundred and six': seven) holds 'hundred' or 'thousand' in its
# last three: the stretch is read further back only after one of them.
_SCALE_BACK = r"(?:derdnuh|dnasuoht)(?: ,?[\w.\-]+){0,5}"
_NUM_BACK = rf"(?:{_SCALE_BACK}|[\w,.\-]+(?: (?:{_SCALE_BACK}|\w+)){{0,2}})"
_APPROX_BACK = r"(?:\s+(?:\.c|\w+(?: \w+){0,2}))?"


def _figure(back: str, lead: str = "") -> dict[str, Any]:
    """Where a pattern opening on a figure (or, with `lead`, on one of those words) can start (see Keyed)."""
    return {"at": "back", "back": Lazy(back), "first": Lazy(word_start(lead)) if lead else WORD_START_RE}


# What a pattern needs beside its key (see Keyed): a figure right before a seat word ('18 seats'), 'to' and a
# figure ('up to 12').
_FIGURE_BEFORE = {"before": re.compile(rf"\s+{NUM_END_BACK}")}
# A seat total's verb, qualifier ('a total of'), figures and 'of the council's' are words (up to `n`) before its
# seat word: where its matches can start, read backwards from the seat word (see Keyed).
_WORDS_BACK = r"(?:\s+(?:[\w,'-]|’)+)"
_TO_FIGURE = re.compile(rf"to\s+{NUM}")


# The verbs two seat-total patterns open on: their matches start only where one of the words does (each a
# word, so no two overlap), not at every word start before the seat word (see _figure). `_ENDING_WORDS`: the
# first word of each of `_ENDING`'s branches.
_HOLDING = (
    r"holds?|held|holding|have|has|with|on|won|wins?|winning|retained|retains|kept|keeping|controls?|now|taking|took"
    r"|secured|securing"
)
_ENDING = (
    r"won|wins?|winning|finish(?:ed|es)?\s+with|end(?:s|ed)?\s+(?:up\s+)?with|now\s+(?:have|has|hold|holds)"
    r"|have|has|hold|holds|with|on|secured|took|take|taking|retain(?:ed|s)?|kept|reach(?:ed|es)?"
)
_ENDING_WORDS = (
    r"won|wins?|winning|finish|end|now|have|has|hold|holds|with|on|secured|took|take|taking|retain|kept|reach"
)


# where a Commons total's members sit, after them: "The party now has 64 MPs across the UK, ..."
_BODY_WIDE = (
    r"(?:\s+(?:across|in|at)\s+(?:the\s+)?(?:UK|country|Commons|House\s+of\s+Commons|Westminster|Parliament)"
    r"|\s+(?:in\s+total|overall|nationally))?"
)


# The body whose seats a total counts, before its possessive: "30 of the council's 60 seats", "of the Senedd's 60"
_BODY = (
    r"(?:council|authority|county|city|borough|district|Senedd|Assembly|assembly|Parliament|parliament|Holyrood"
    r"|Stormont|chamber)"
)


# ... or the council by its name: "31 of Harrow Council's 55 seats"
_NAMED_BODY = r"(?:[A-Z][\w'’-]*\s+){1,4}(?:Council|Assembly|council)"  # ("27 of Thurrock council's 49 seats")


# ... or by its place alone: "19 of Dover's 32 seats" (not a party's: "3 of Reform's 10 seats")
# (a party's told after the match: a lookahead of PARTY_ALT here made the pattern ~60% dearer to compile)
_PLACE_OWNER = r"(?P<owner>[A-Z][\w-]*(?:\s+(?:and\s+)?[A-Z][\w-]*){0,3})"


# Each pattern with the literal words one of which it needs, and where its matches can start (see Keyed).
SEAT_TOTAL_RES = tuple(
    Keyed.of(p, keys, **where)
    for p, keys, *opt in (
        (
            rf"\b(?P<n>{NUM})\s+(?:{_SEATS}\s+)?out\s+of\s+(?:the\s+|a\s+total\s+of\s+|its\s+|all\s+)?(?P<of>{NUM})"
            rf"(?!\s*(?:years?|%))",
            ("out",),
            _figure(rf"\s+(?:staes\s+)?{_NUM_BACK}"),
        ),
        (
            word_start(_HOLDING) + rf"\s+(?:just\s+|only"
            rf"\s+|a\s+total\s+of\s+)?(?P<n>{NUM})\s+of\s+(?:(?:(?:the|its|all|all\s+the)\s+)?(?:(?:{_BODY}|{_NAMED_BODY}|{_PLACE_OWNER})['’]s\s+)?"
            rf"(?P<of>{NUM})|their\s+{NUM})"
            rf"\s+{_SEATS}(?!\s+(?:contested|up\s+for|being|available|on\s+offer))",
            _SEAT_WORDS,
            _FIGURE_BEFORE | _figure(_WORDS_BACK + "{1,12}", _HOLDING),
        ),
        # "with Labour up to 12", "Labour are down to 24" (but not "could lose up to 500 seats")
        (
            rf"(?P<p>{PARTY_ALT}|independents)\s+(?:(?:now|are|is|were|was)\s+){{0,2}}(?:up|down)\s+"
            rf"(?:from\s+{NUM}\s+)?to\s+(?P<n>{NUM})\b"
            rf"(?P<unit>\s+{_SEATS})?{_NOT_A_TOTAL}",
            ("up", "down"),
            {"needs": _TO_FIGURE},
        ),
        # "Labour's 19 councillors and the Lib Dems' eight": parties' groups counted side by side, a deal's partners,
        # the partner's figure its total too (one group alone, "The Tories' 14 councillors are mostly in the north",
        # may be a part of the council told)
        (
            rf"(?P<p>{PARTY_ALT})['’]s?\s+(?P<n>{NUM})\s+(?:councillors|members)\s+and\s+(?:the\s+)?(?P<p2>{PARTY_ALT})['’]"
            rf"(?:s?\s+(?!(?:19|20)\d\d\b)(?P<n2>{NUM})(?:\s+(?:councillors|members))?\b{_NOT_A_PARTNERS_TOTAL})?{_NOT_A_TOTAL}",
            ("councillors", "members"),
        ),
        # "That takes the party to 34 seats", "which brings Labour to 40 councillors"
        (
            rf"{word_start('takes|took|taking|brings|brought|bringing|lifts|lifted|lifting')}\s+(?:(?P<pron>the\s+party"
            rf"|them|it)|(?:the\s+)?(?P<p>{PARTY_ALT}))\s+(?:up\s+)?to\s+(?P<n>{NUM})\s+(?:seats|councillors|MPs|MSPs|MSs|MLAs|MEPs)\b"
            rf"{_NOT_A_TOTAL}",
            ("takes", "took", "taking", "brings", "brought", "bringing", "lifts", "lifted", "lifting"),
            {"at": "key", "lazy": True, "needs": _TO_FIGURE},
        ),
        # "Her win gives the Greens 38 of the council's 70 seats", "which gave Labour 41 seats", "gives the Tories 11 of
        # Rossendale's 30 seats": a party's total after the seat won
        (
            rf"{word_start('gives|gave|giving|hands|handed|handing')}\s+(?:the\s+)?(?P<p>{PARTY_ALT})\s+(?:just\s+|only"
            rf"\s+|a\s+total\s+of\s+)?(?P<n>{NUM})\s+(?:of\s+(?:(?:the|its|all)\s+)?(?:(?:{_BODY}|{_NAMED_BODY}|{_PLACE_OWNER})['’]s\s+)?"
            rf"(?P<of>{NUM})\s+)?{_SEATS}\b(?!\s+(?:contested|up\s+for|being|available|on\s+offer|in\b))"
            rf"{_NOT_A_TOTAL}",
            ("gives", "gave", "giving", "hands", "handed", "handing"),
            {"at": "key", "lazy": True},
        ),
        # "Labour are the largest party on 24, seven short of a majority"
        (
            rf"{word_start('largest')}\s+(?:single\s+)?party\s+(?:on|with)\s+(?:just\s+|only\s+)?(?P<n>{NUM})"
            r"(?:\s+(?:seats|councillors))?(?=\s*(?:[,;.]|$|and\b))",
            ("largest",),
            {"at": "key", "lazy": True},
        ),
        # "Labour won their 330th seat", "the SNP have taken their 40th seat": a running tally told by the seat won
        (
            rf"(?P<p>{PARTY_ALT})\s+(?:(?:have|has|had|now)\s+)?(?:won|taken|took|gained|secured|claimed)\s+"
            r"(?:their|its)\s+(?P<n>\d{1,3})(?:st|nd|rd|th)\s+(?:seat|MP|councillor)\b",
            ("st seat", "nd seat", "rd seat", "th seat", "st MP", "nd MP", "rd MP", "th MP", "th councillor"),
            {"lazy": True},
        ),
        # "to take its total to 32", "bring their total on the council up to four"
        (
            rf"{word_start('total')}\s+(?:[\w']+\s+){{0,4}}?to\s+(?P<n>{NUM})\b{_NOT_A_TOTAL}",
            ("total",),
            {"lazy": True},
        ),
        (
            rf"{word_start(_SEATS[3:-1])}\s+to\s+(?P<n>{NUM})\b{_NOT_A_TOTAL}",
            _SEAT_WORDS,
            {"after": re.compile(rf"\s+to\s+{NUM}")},
        ),
        (
            word_start(
                r"down|went\s+up|moved\s+up|is\s+up|are\s+up|was\s+up|were\s+up|now\s+up|reduced|reduce|reduces|cut"
                r"|falls?|fell|falling|rises?|rose|rising|increased?|dropped|drops?|slumped|slipped|sank|crashed|climbed"
                r"|jumped"
            )
            + rf"\s+(?:from\s+(?P<prev>{NUM})(?:\s+{_SEATS})?\s+)?to\s+(?P<n>{NUM})\b(?P<unit>\s+{_SEATS})?"
            + _NOT_A_TOTAL,
            _MOVE_WORDS,
            {"needs": _TO_FIGURE},
        ),
        (
            word_start(_ENDING) + r"\s+"
            rf"(?:just\s+|only\s+|a\s+total\s+of\s+)?(?P<n>{NUM})\s+{_SEATS}\b(?!\s+(?:from|more|fewer|short|up\b|{_TO_COME}))",
            _SEAT_WORDS,
            _FIGURE_BEFORE | _figure(_WORDS_BACK + "{1,8}", _ENDING_WORDS),
        ),
        # "The Greens and Labour won one seat each": a seat, singular, of each party the subject joins (see
        # _EACH_AFTER_RE)
        (
            word_start(_ENDING) + r"\s+(?P<n>one|1)\s+(?:seat|councillor)(?=\s+(?:each|apiece)\b)",
            ("seat each", "seat apiece", "councillor each", "councillor apiece"),
        ),
        # a Commons total: "Labour have 411 MPs and the Conservatives 121" (the clause ends on MPs: not "has 40 MPs
        # backing the motion", nor "100 Labour MPs signed"); a Holyrood, Senedd or Stormont one: "the SNP have 46
        # MSPs", "the DUP has 21 MLAs so far" (a running tally, as "have 14 so far" is)
        (
            word_start("have|has|had|now\\s+have|now\\s+has|won|with|on")
            + rf"\s+(?P<n>{NUM})\s+(?:MPs|MSPs|MSs|MLAs|AMs|MEPs)(?:\s+so\s+far)?{_BODY_WIDE}(?:\s+so\s+far)?"
            r"(?=\s*(?:[,;.]|$|and\b))",
            ("MPs", "MSPs", "MSs", "MLAs", "AMs", "MEPs"),
            _figure(_WORDS_BACK + "{1,3}", "have|has|had|now|won|with|on"),
        ),
        (rf"{word_start('now')}\s+(?:have|has|hold|holds|on)\s+(?P<n>{NUM})(?=\s*(?:[.,;]|$))", ("now",)),
        # independents told by what they lack: "21 of the 23 councillors stood without a party label", "nine of its
        # 18 members sit with no party affiliation" (the group 'p' names no party list's: read as Independent)
        (
            rf"\b(?P<n>{NUM})\s+of\s+(?:the|its)\s+(?P<of>{NUM})\s+(?:councillors|members)\s+"
            r"(?:(?:stood|stand|sit|were\s+elected|are|were)\s+)?(?:as\s+)?"
            r"(?P<p>independents|without\s+(?:a\s+)?party(?:\s+(?:label|affiliation|banner|ticket))?"
            r"|with\s+no\s+party(?:\s+(?:label|affiliation|banner))?|unaffiliated)\b",
            ("without a party", "without party", "no party", "unaffiliated", "as independents", "are independents"),
        ),
        # ... or all of them: "All 22 councillors elected to Shetland Islands Council stood as independents" (those who
        # 'sit as independents' are read after a total: ALL_SIT_AS_INDEPENDENTS_RE)
        (
            rf"\b[Aa]ll\s+(?:the\s+|its\s+)?(?P<n>{NUM})\s+(?:councillors|members)\s+"
            r"(?:(?:(?:elected|returned)\s+)?(?:to|on)\s+[^.;:\n]{1,60}?\s+)?"
            r"(?:stood|stand|were\s+elected|are|were)\s+(?:as\s+)?(?P<p>independents)\b",
            ("as independents", "are independents", "were independents"),
            {"lazy": True},
        ),
        # "won 12 of the 20 seats - eight for Labour and four for the Greens": a joint total's seats shared out
        # between its parties after a dash or colon, each party's figure its total (the joint one is none)
        (
            rf"\b{_SEATS}\b[^.;:–—]{{0,40}}?(?:[:–—]|\s-)\s+(?P<n>{NUM})\s+(?:seats\s+)?for\s+(?:the\s+)?"
            rf"(?P<p>{PARTY_ALT})(?:,\s+|\s+and\s+)(?P<n2>{NUM})\s+(?:seats\s+)?for\s+(?:the\s+)?(?P<p2>{PARTY_ALT})"
            r"(?![\w'’-])",
            _SEAT_WORDS,
            {"lazy": True},
        ),
        # "The Conservatives were left with one councillor"
        (
            rf"{word_start('left')}\s+with\s+(?:just\s+|only\s+)?(?P<n>{NUM})\s+(?:seats?|councillors?)\b(?!\s+(?:from|short))",
            ("left",),
            {"lazy": True},
        ),
    )
    for where in opt or [{}]
)
# "leaving Labour on 18 of the 37,": a total whose figures name no seats, read in a sentence about seats only
# (or "... with 32 of the 63 on the council."; or the party's verb: "needed 26 seats and has 37 of the 50, ...")
BARE_OF_RE = re.compile(
    rf"{word_start('on|with|has|have|holds?')}\s+(?P<n>{NUM})\s+of\s+(?:the\s+)?(?P<of>{NUM})"
    r"(?=\s*(?:[,;.]|$)|\s+on\s+the\s+(?:council|authority)\b)"
)
_SHARE_AFTER_RE = Lazy(r"\s*(?:%|per\s?cent|points?\b|votes?\b|\.\d)")
_LEVEL_WITH_RE = Lazy(rf"\blevel\s+with\s+(?:the\s+)?(?P<p>{PARTY_ALT})")
# "with the Scottish Greens on 10 and the Conservatives on two" in a sentence about seats.
ELLIPTIC_TOTAL_RE = re.compile(
    # ("and the independent group with 11": the party's group, its seats; "with the Tories – who had run it since
    # 1997 – reduced to five": an aside between commas or dashes after the party, in words: "Labour – 30, Con – 12" is
    # a table's row)
    r"(?:\s+group)?(?:,[^,.;]{1,40},|\s+[–—]\s[a-z][^–—.;\n]{1,80}?\s[–—])?\s+(?:(?:are|is|were|now|also|still)\s+)*"
    r"(?:(?:on|with|won|winning|have|has|had|hold|holds|holding|took|taking|down\s+to|reduced\s+to)\s+)?"
    r"(?:the\s+(?:other|remaining)\s+)?"  # ("the Greens have the other seven": the seats the totals before leave)
    # ("has 30 - half the seats": a spaced dash; "have 14 so far, Labour 5"; "where Labour still has 45"; "are on 21
    # in Amber Valley - one short": the council's place after the figure)
    rf"(?:just\s+|only\s+)?(?P<n>{NUM})(?=(?:\s+so\s+far)?(?:\s+in\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){{0,2}})?"
    r"\s*(?:[.,;–—]|\s-\s|$|and\b))"
)
# "With 40 of 74 seats declared, the Lib Dems have 22, the Conservatives 9": a running tally, its figures totals
# (found by ELLIPTIC_TOTAL_RE after each party, "they have 36" after the sentence's party)
# ("With 70 of the 90 seats filled": the seats whose winners are known, as declared ones are)
_DECLARED_TAIL = r"(?:now\s+|so\s+far\s+)?(?:declared|filled)\b"
DECLARED_RE = re.compile(
    rf"{word_start('with|With')}\s+(?:all\s+)?(?:{NUM}\s+(?:of|out\s+of)\s+(?:the\s+)?)?{NUM}\s+(?:seats|councillors)\s+"
    + _DECLARED_TAIL
)
# "With 40 of 74 seats declared" / "with 60 seats declared": a seat total's figure after a bare "with" that the
# seats' "declared" follows counts the seats in, not a party's ("winning 19 of the 25 seats declared" is a party's)
_DECLARED_AFTER_RE = Lazy(r"\s+" + _DECLARED_TAIL)
# "..., the Lib Dems four and there is one independent": a total given for independents after the parties' ones
THERE_INDEPENDENT_RE = Lazy(
    rf"\b[Tt]here\s+(?:is|are|will\s+be)\s+(?:also\s+|now\s+|just\s+|only\s+)?(?P<n>{NUM})\s+independents?\b"
    r"(?!\s+(?:candidates?|standing|running|contesting)\b)"
)
# "Labour has 12 and the Lib Dems 10, with one independent": the same, closing the list of the parties' totals
# (the sentence's end after it: not "with one independent candidate still to declare")
WITH_INDEPENDENT_RE = Lazy(
    rf"\b(?:with|and|plus)\s+(?:just\s+|only\s+)?(?P<n>{NUM})\s+independents?(?:\s+councillors?)?(?=\s*(?:[.;]|$))"
)
# "One seat went to an independent", "the remaining two seats went to independents": the same, told by the seats
SEATS_TO_INDEPENDENT_RE = Lazy(
    rf"\b(?P<n>{NUM}|One|Two|Three|Four|Five)\s+(?:other\s+|remaining\s+)?seats?\s+(?:went|has\s+gone|have\s+gone|goes)\s+to\s+"
    r"(?:an\s+)?independents?\b(?!\s+(?:candidates?|group|alliance)\b)"
)
# "all 15 councillors elected so far sit as independents": a council's every member, none of a party
ALL_SIT_AS_INDEPENDENTS_RE = Lazy(
    rf"\ball\s+(?P<n>{NUM})\s+(?:councillors|members)\b[^.;:]{{0,30}}?\s+(?:sit|sat|serve|served)\s+as\s+"
    r"independents\b"
)
# "the remaining 43 councillors are independents": the members the parties' totals before leave, none of a party
REMAINING_INDEPENDENTS_RE = Lazy(
    rf"\b[Rr]emaining\s+(?P<n>{NUM})\s+(?:[a-z]+\s+)?(?:councillors|members|councilmen|deputies)\s+(?:are|were)\s+"
    r"(?:all\s+)?independents\b"
)
PRONOUN_TOTAL_RE = Lazy(rf"\b(?:they|it)\s+(?:now\s+)?(?:have|has|hold|holds)\s+(?P<n>{NUM})(?=\s*(?:[.,;–—]|$|and\b))")
# "..., with the Greens and an independent taking two each": two parties sharing one figure, in a sentence about
# seats after a total (an independent is the party 'Independent'); the verb may be left out as in the list before it
# ("Labour has nine, and the Greens and independents two apiece"), and three parties or more: "and Reform UK, the
# Greens and Labour two apiece"
JOINT_EACH_RE = Lazy(
    rf"(?P<mid>(?:,\s+(?:the\s+)?(?:{PARTY_ALT}))*),?\s+and\s+(?:the\s+)?(?P<q>{PARTY_ALT}|an?\s+independent|independents)"
    r"\s+(?:are\s+|were\s+)?"
    rf"(?:(?:on|taking|winning|with|took|won|have|has|holding)\s+)?(?P<n>{NUM})\s+(?:(?:seats|councillors)\s+)?"
    r"(?:each|apiece)\b"
)
# "..., and one each for Reform UK and an independent": one figure for two parties or more, put before them
EACH_FOR_RE = Lazy(
    rf"\b(?P<n>{NUM})\s+(?:(?:seats?|councillors?)\s+)?(?:each|apiece)\s+for\s+(?:the\s+)?(?P<p>{PARTY_ALT})"
    rf"(?P<mid>(?:,\s+(?:the\s+)?(?:{PARTY_ALT}))*),?\s+and\s+(?:the\s+)?(?P<q>{PARTY_ALT}|an?\s+independent|independents)\b"
)
_PARTY_RE = Lazy(PARTY_ALT)
_VOTE_LINE_RE = Lazy(r"\bby-elections?\b|\bvotes?\b|\bturnout\b", re.I)
_VOTE_LINE_LOWER_RE = Lazy(word_start("by-elections?|votes?|turnout") + r"\b")  # on doc.lower
# A scoreboard table: "Party | Seats | Change" then "Conservative | 20 | -4"
SCOREBOARD_HEAD_RE = Lazy(r"(?im)^\s*party\s*\|\s*(?:seats|councillors)\b")
# A party table whose seat totals stand in a later column than the first ("Party | Won | Council total"): the seats
# won this time come first, the council's make-up under the column headed as a total
TOTAL_COLUMN_HEAD_RE = Lazy(
    r"(?im)^[ \t]*party[ \t]*\|(?P<before>(?:[^|\n]*\|)+)[ \t]*(?:council[ \t]+)?total\b[^|\n]*(?:\|[^\n]*)?$"
)
_GROUP_COLUMN_RE = Lazy(rf"[ \t]*\|[ \t]*(?P<n>{DIGITS})[ \t]*(?:\|[^\n]*)?(?:\n|$)")
SCOREBOARD_ROW_RE = Lazy(rf"(?m)^[ \t]*(?P<p>{LIST_PARTY_ALT})[ \t]*\|[ \t]*(?P<n>{DIGITS})[ \t]*(?:\|[^\n]*)?$")
# A scoreboard written as lines "Reform UK 31 (+31)", "Conservative 14 (-28)": a party, its seats and the change in
# brackets, each line alone (two or more of them; a vote table gives shares, not signed whole numbers, in brackets)
SEAT_CHANGE_BRACKET_RE = Lazy(r"\(\s*[+−–-]\s*\d{1,3}\s*\)")
# (a party whose seats did not move: "(0)", "(no change)", or as a results table abbreviates it, "(nc)", "(n/c)")
_CHANGE_BRACKET = r"\([ \t]*(?:[+−–-][ \t]*\d{1,3}|0|no change|[Nn]/?[Cc])[ \t]*\)"
SEAT_CHANGE_ROW_RE = Lazy(rf"(?m)^[ \t]*(?P<p>{LIST_PARTY_ALT})[ \t]+(?P<n>{DIGITS})[ \t]*{_CHANGE_BRACKET}[ \t]*$")
# The same rows on one line, after commas: "Lab 31 (+4), Con 20 (-6), Grn 3 (+2)." (in a post that names a council:
# a national tally is labelled, "Councillors: CON 188 (-71), ...", and names none)
# (a party may stand without a change among others that have one: "Lab 35 (-6), Con 22 (+6), LD 3, Grn 3 (+0)")
_SEAT_CHANGE_PAIR = rf"(?:{LIST_PARTY_ALT})[ \t]+{DIGITS}(?:[ \t]*{_CHANGE_BRACKET})?"
# (after a label of its own, "Final tally: UKIP 30 (+22), ..." or "Rother District Council: Con 14 (-6), ...", not one
# about votes: "Share of the vote: Lab 41 (+5), Con 30 (-6)")
SEAT_CHANGE_LINE_RE = Lazy(
    r"(?m)^[ \t]*(?:(?P<label>[^\n:]{1,60}):[ \t]*)?"
    rf"{_SEAT_CHANGE_PAIR}(?:,[ \t]*{_SEAT_CHANGE_PAIR})+[ \t]*\.?[ \t]*$"
)
# (nor one about a ward's seats: "Abbey ward: Lab 2 (+1), Con 1 (-1)")
_VOTE_LABEL_RE = Lazy(
    r"\b(?:votes?|voting|shares?|turnout|polls?|preferences?|swing|wards?|divisions?|by-elections?)\b", re.I
)
SEAT_CHANGE_ITEM_RE = Lazy(
    rf"(?P<p>{LIST_PARTY_ALT})[ \t]+(?P<n>{DIGITS})(?P<c>[ \t]*{_CHANGE_BRACKET})?(?=[ \t]*(?:[,.]|$))", re.M
)
# A scoreboard written as lines "Labour 11", "Conservative 9" under a heading line about seats ending in ':'
# ("Final London Assembly composition:", "Council make-up:"): a party and a figure alone on each line, after a
# space, a colon or a spaced dash ("Labour: 11", "Labour - 11", "Labour – 11"; not "Labour -11", a change)
_ROW_SEP = r"(?:[ \t]*:|[ \t]+[-–—])?[ \t]+"
# (a row may name its unit and its change after the figure: "Labour: 45 seats (down 1)", "Green 6 councillors (+2)",
# an assembly's or parliament's members: "Labour - 10 AMs", "SNP 62 MSPs")
_ROW_UNITS = ("seats", "seat", "councillors", "councillor", "AMs", "MSPs", "MSs", "MLAs", "MEPs", "members")
_ROW_TAIL = (
    r"(?:[ \t]+(?:seats?|councillors?|AMs|MSPs|MSs|MLAs|MEPs|members))?"
    r"(?:[ \t]*\([ \t]*(?:(?:up|down)[ \t]+\d{1,3}|[+−–-][ \t]*\d{1,3}|no\s+change|unchanged|0|[Nn]/?[Cc])[ \t]*\))?"
)
# ("Independent group - 14", "Labour group: 13": a party's group on the council)
PLAIN_ROW_RE = Lazy(rf"[ \t]*(?P<p>{LIST_PARTY_ALT})(?:[ \t]+[Gg]roup)?{_ROW_SEP}(?P<n>{DIGITS}){_ROW_TAIL}[ \t]*$")
# "Final result, Cardiff Council: Lab 55, Con 11, LD 10": abbreviated parties in a line about a council's seats
# (a figure before a decimal point is a share's, "Lab 46.1% (-21.7)": no seats)
# (a pair ends at a comma, a full stop, a table's cell or the line's end, or where the next pair opens after spaces:
# "CON 31   LD 24   IND 2")
ABBREV_NUM_RE = re.compile(
    rf"(?<![\w-])(?P<p>{LIST_PARTY_ALT})\s+(?P<n>{DIGITS})"
    rf"(?=\s*(?:[,;|]|\.(?!\d)|$)|[ \t]+(?:{LIST_PARTY_ALT})[ \t]+\d)"
)
# the same with a group's initials: "OLRG 9" (see _initials_pairs)
INITIALS_NUM_RE = Lazy(rf"(?<![\w-])(?P<p>[A-Z]{{2,5}})\s+(?P<n>{DIGITS})(?=\s*(?:[,;]|\.(?!\d)|$))")
_COUNCIL_LINE_RE = re.compile(
    word_start(
        r"Council|council|seats|councillors|Final\s+result|final\s+result|Composition|composition|Make-?up|make-?up"
        r"|Final\s+tally|final\s+tally|Standings|standings"
        r"|Running\s+tally|running\s+tally|Running\s+totals|running\s+totals|made\s+up"
        # (the seats counted as results come in: "The tally so far:")
        r"|Tally\s+so\s+far|tally\s+so\s+far"
        # (a devolved parliament's own rows: "The parties at Holyrood now stand at:", "the state of the parties"; and
        # the Commons' during a general election count: "the tally in the Commons stands at:")
        r"|State\s+of\s+the\s+parties|state\s+of\s+the\s+parties|Holyrood|Senedd|Stormont|Scottish\s+Parliament"
        r"|Commons"
    )
    + r"\b"
)
# one is in every match of it
_COUNCIL_LINE_KEYS = (
    "ouncil",
    "seats",
    "inal",
    "omposition",
    "ake",
    "tandings",
    "unning",
    "ally so far",
    "made",
    "tate of the",
    "Holyrood",
    "Senedd",
    "Stormont",
    "Scottish Parliament",
    "Commons",
)
# "Lab 33, Con 13, LD 11." on a line of its own (nothing but the pairs), under a line on who controls a council;
# a teletext page or a table sets the pairs apart by spaces or cells instead ("CON 31   LD 24   IND 2")
_BARE_PAIR = rf"(?:{LIST_PARTY_ALT})\s+{DIGITS}"
_PAIR_SEP = r"(?:[ \t]*[,|][ \t]*|[ \t]+)"
BARE_PAIRS_RE = Lazy(rf"[ \t]*{_BARE_PAIR}(?:{_PAIR_SEP}{_BARE_PAIR})+[ \t]*\.?[ \t]*")
_BARE_PAIR_OR_INITIALS = rf"(?:{LIST_PARTY_ALT}|[A-Z]{{2,5}})\s+{DIGITS}"
BARE_INITIALS_PAIRS_RE = Lazy(
    rf"[ \t]*{_BARE_PAIR_OR_INITIALS}(?:[ \t]*,[ \t]*{_BARE_PAIR_OR_INITIALS})+[ \t]*\.?[ \t]*"
)
_BARE_LINE_MOST = 120  # characters: six pairs of the longest names
# (in capitals, a teletext control page's row: "WINCHESTER   CON GAIN FROM NOC", "GOSPORT   NO OVERALL CONTROL")
_CONTROL_LINE_RE = Lazy(word_start("control|Council|council|CONTROL|COUNCIL|HOLD|GAIN") + r"\b")
_NOT_COUNCIL_LINE = r"wards?|divisions?|by-elections?|votes?|voting|turnout|polls?|preferences?"
_NOT_COUNCIL_LINE_RE = Lazy(rf"\b(?:{_NOT_COUNCIL_LINE})\b", re.I)
_NOT_COUNCIL_LINE_LOWER_RE = re.compile(word_start(_NOT_COUNCIL_LINE) + r"\b")  # on doc.lower
_DIGIT_RE = Lazy(r"\d")
_WARD_WORD_RE = Lazy(r"(?i:wards?|divisions?)")
# what follows wards counted off (`_only_counted_off`): "declared", "now declared", "still to declare", "to come"
_COUNTED_OFF_RE = Lazy(r"\s+(?:(?:now|still|yet|all)\s+)?(?:declared|counted|in\b|to\s+(?:declare|come|count)\b)")
_IN_AFTER_RE = re.compile(r"\s+(?:each\s+)?in\s+(?:the\s+)?")
_MOST_SEATS = 130  # more seats than any council has: the figures are votes
# ... but not the Commons': a tally line that says it counts the Commons ("of 650 seats", MPs, the Speaker's seat)
_COMMONS_SEATS = 650
_COMMONS_MARKS = ("650", "MPs", "Commons", "Westminster", "Speaker", "hung parliament")
_FEWEST_SEATS = 10  # fewer seats than any council (or parliament) has: an area's seats
_EACH_AFTER_RE = re.compile(r"\s+(?:each|apiece)\b")
_TO_BEFORE_RE = re.compile(r"\bto\s+(?:the\s+)?$")
# ("to the Conservatives' 22 on the 63-seat council": the figure may be followed by where the seats are)
_POSSESSIVE_NUM_RE = Lazy(rf"['’]s?\s+(?P<n>{NUM})(?=\s*(?:[.,;]|$|and\b|on\s+the\b))")
_SEATS_SENTENCE_RE = re.compile(word_start("seats|councillors") + r"\b")
_SEAT_SENTENCE_WORDS = ("seats", "councillors")
_COLUMN = ("|",)
_DECLARED = ("declared", "filled")  # one is in every match of DECLARED_RE
_HEADING_END = (":\n",)  # in every scoreboard _headed_rows reads
# the literal tests of whole posts here (see doc.KeyIndex)
KEYS = (*_SEAT_SENTENCE_WORDS, *_COLUMN, *_DECLARED, *_HEADING_END)
_TOTAL_CONTEXT_RE = Lazy(word_start("total|seats|councillors|members") + r"\b[^.]{0,40}$")
_TOTAL_CONTEXT_REACH = 60  # a match of it starts at most len("councillors") + 40 characters before the end
_NOT_SEATS_BEFORE_RE = Lazy(r"\b(?:majority|share|turnout|vote|votes|per cent|%)\b[^.]{0,30}$")
NUM_BEFORE_PARTY_RE = Lazy(rf"(?<![\d,.])(?P<n>{DIGITS})\s+$")
_AFTER_NUM_PARTY_RE = Lazy(r"(?:\s+(?:councillors?|seats?|members?))?\s*(?:[,;.]|$|and\b)")  # ("one SNP member")
# a figure, in words too, right before a party in a sentence about seats after a total ("nine independents")
NUM_WORD_BEFORE_PARTY_RE = Lazy(rf"(?<![\w,.])(?P<n>{NUM})\s+$")
# ("... the Lib Dems seven and the Greens five": the pair before the last ends on 'and'; the first pair may hold the
# sentence's verb: "the SNP have won 24, Labour 10 ..."; not 'have', which as often gives seats won in one region)
PARTY_NUM_AFTER_RE = re.compile(
    rf"\s*:?\s*(?:(?:have|has)\s+won\s+|won\s+)?(?P<n>{NUM})(?:\s+seats)?(?=\s*(?:[,;.)(]|$|\s+(?:seats|councillors|and\s)))"
)
# Figures from before the count: "went into polling day with 18 seats"; or never counted: "on the notional results
# of 2023 (the old votes on the new boundaries) the Tories would have won 24".
_LAST_ELECTION = r"(?:last|previous)\s+election"
# (gated on its words: a sentence without any is not searched, see cues.Gated)
_HISTORY_RE = Gated(
    word_start(
        r"went into|going into|before (?:the|polling)|defending|previously held|last time|last (?:fought|contested)"
        rf"|at\s+the\s+{_LAST_ELECTION}|at\s+{_LAST_ELECTION}|the\s+{_LAST_ELECTION}|last\s+election|previous\s+election"
        r"|notional(?:ly)?|would\s+have\s+(?:won|had|held|taken|been\s+on)"
        # "On those figures Labour start with 27 seats": the standing a party starts the count from (not "let's start
        # with Bury, where ...": the figure follows the words)
        r"|start(?:s|ing)?\s+(?:the\s+(?:day|night|count)\s+)?(?:with|on)(?=\s+\d|\s*$)"
        # "Ukip, which won the 2014 elections with 24 seats, ...": a relative clause's election of a past year
        # (the figure in that clause: not "..., which won the 2019 election, now has 12 seats")
        r"|which\s+(?:had\s+)?(?:won|took|topped)\s+the\s+(?:19|20)\d\d(?=[^,;]*$)"
        # "defections ... taking the Reform group from four members to 11": a group grown by councillors changing
        # sides between elections, not by seats won
        r"|defections|defected|defecting|crossed\s+the\s+floor|changed\s+(?:sides|parties)|switched\s+(?:sides|parties)"
    )
    + r"\b",
    ("into", "before", "defending", "previous", "last", "notional", "would have", "which", "start")
    + ("defect", "the floor", "sides", "d parties"),
)
# A sentence opening on a year is about that year's election: "In 2021 the Conservatives won 28 of the 61 seats"
_YEAR_OPENING_RE = re.compile(
    r"\W*(?:(?:[Ii]n|[Bb]ack\s+in)\s+(?:19|20)\d\d\b(?!\s*[-–]\s*\d)|(?:[A-Z]\w*\s+)?years\s+ago\b)"
)
# A seat total's verb after these words is a target or a hope: "The Conservatives need to hold 35 seats".
_TARGET_BEFORE_RE = re.compile(
    r"\b(?:needs?|needed|needing|aims?|aiming|hop(?:e|es|ing)|wants?|expect(?:s|ed)?|must|could|would|might)"
    r"\s+(?:to\s+)?$"
)
POST_GATED = (_HISTORY_RE,)  # searched in stretches, not at all in a post without its keys (see Doc.shut)
SEATS_NEEDED_RE = Lazy(
    rf"\b(?P<n>{NUM})\s+(?:seats\s+)?(?:(?:required|needed)(?:\s+(?:to\s+have|for|to\s+win|to\s+take))?"
    r"|(?:seats\s+)?(?:for|to\s+(?:win|take|form|have))\s+(?:an?\s+)?(?:overall\s+)?(?:majority|control))"
)
SEATS_SHORT_RE = Lazy(
    rf"\b(?P<n>{NUM})\s+(?:seats?\s+)?(?:short|shy)\s+of\s+(?:an?\s+)?(?:overall\s+)?(?:majority|control)"
)
_NEEDED = Keyed(SEATS_NEEDED_RE, ("required", "needed", "majority", "control"))
_SHORT = Keyed(
    SEATS_SHORT_RE,
    ("short", "shy"),
    before=Lazy(rf"\s+(?:s?taes\s+)?{NUM_END_BACK}"),
    after=Lazy(r"\s+of\s+(?:an?\s+)?(?:overall\s+)?(?:majority|control)"),
)
MAJORITY_RES = tuple(
    Keyed.of(p, keys, **where)
    for p, keys, *opt in (
        (
            rf"{word_start('by')}\s+(?:(?:just|only|a\s+mere|a\s+mere|a)\s+)?(?P<approx>{APPROX}\s+)?(?P<n>{NUM_SCALED})\s+votes?\b",
            ("vote",),
        ),
        (
            rf"{word_start('majority')}\s+of\s+(?:(?:just|only)\s+)?(?P<approx>{APPROX}\s+)?(?P<n>{NUM_SCALED})\b(?!\s*(?:seats|%))",
            ("majority",),
            {"lazy": True},
        ),
        (
            rf"{word_start('majority')}\s+\w+\s+from\s+(?:{APPROX}\s+)?{NUM_SCALED}\s+to\s+(?P<approx>{APPROX}\s+)?(?P<n>{NUM_SCALED})\b",
            ("majority",),
            {"lazy": True},
        ),
        (
            rf"\b(?P<approx>{APPROX}\s+)?(?P<n>{NUM_SCALED})[- ]vote\s+majority\b",
            ("majority",),
            _figure(rf"\s+etov[- ]{_NUM_BACK}{_APPROX_BACK}") | {"lazy": True},
        ),
        (
            rf"{word_start('Majority|majority')}:?\s+(?P<approx>{APPROX}\s+)?(?P<n>{DIGITS})\b(?!\s*(?:seats|%|per))",
            ("ajority",),
            {"lazy": True},
        ),
        (
            rf"\b(?:(?:just|only)\s+)?(?P<approx>{APPROX}\s+)?(?P<n>{NUM_SCALED})\s+(?:votes?\s+)?(?:ahead\s+of|clear\s+of|more\s+than)"
            rf"(?!\s+(?:half|a\s+third|double|twice))",
            ("ahead", "clear", "more"),
            _figure(rf"\s+(?:s?etov\s+)?{_NUM_BACK}{_APPROX_BACK}(?:\s+\w+)?")
            | {"before": re.compile(rf"\s+(?:s?etov\s+)?{NUM_END_BACK}"), "after": re.compile(r"\s+(?:of|than)")},
        ),
    )
    for where in opt or [{}]
)
CHANGE_RES = (
    re.compile(
        rf"(?P<p>{PARTY_ALT})(?:['’]s)?\s+(?:(?:have|has|had|did|now|also|again|just)\s+){{0,3}}"
        r"(?P<v>gain(?:s|ed)?|hold(?:s)?|held|retain(?:s|ed)?|keep(?:s)?|kept|take(?:s|n)?|took|snatch(?:es|ed)?"
        r"|seize(?:s|d)?|capture(?:s|d)?|lose|loses|lost)\b(?P<rest>[^.;]{0,90})"
    ),
    Lazy(rf"(?P<v>{word_start('gain|hold|loss')})\s+for\s+(?:the\s+)?(?P<p>{PARTY_ALT})(?P<rest>[^.;]{{0,90}})"),
)
# The words each of CHANGE_RES needs (see Keyed). The first opens on a party name (each opens on a capital, and is
# at most _LONGEST_ALIAS characters long) before its verb, and the words between are its auxiliaries: its matches
# start at a capital in the stretch read back from the verb over them and a party's length (see Keyed); the
# second opens on its key.
_CHANGE_VERBS = ("gain", "hold", "held", "retain", "keep", "kept", "take", "took", "snatch", "seize", "captur")
_LONGEST_ALIAS = max(len(a) for a in PARTY_ALIAS)
if not all(a[:1].isupper() for a in PARTY_ALIAS):
    raise ValueError("a party name that does not open on a capital")
_CHANGE_BACK_RE = re.compile(
    rf"\s+(?:(?:{'|'.join(w[::-1] for w in ('have', 'has', 'had', 'did', 'now', 'also', 'again', 'just'))})\s+){{0,3}}"
    rf"(?:s['’])?.{{0,{_LONGEST_ALIAS}}}"
)
_CHANGE_KEYED = (
    Keyed(CHANGE_RES[0], (*_CHANGE_VERBS, "lose", "lost"), at="back", back=_CHANGE_BACK_RE),
    Keyed(CHANGE_RES[1], ("gain", "hold", "loss"), at="key", after=re.compile(r"\s+for\s")),
)
_SEAT_OBJECT_RE = re.compile(
    r"^\s*(?:(?:the|a|an|another|its|their|both|this|that|other|one|two|three|[a-z]+-held|key|marginal"
    r"|[A-Z][\w'-]*(?:’[\w'-]*)*)\s+){0,3}(?:seat|ward|division|by-election)\b"
    r"|^\s*(?:on|onto|on to)\s+(?:the|its|their|his|her)\s+seat"
)
_FROM_RE = re.compile(rf"{word_start('from|off')}\s+(?:the\s+)?(?P<p>{PARTY_ALT})")
_TO_RE = re.compile(rf"{word_start('to')}\s+(?:the\s+)?(?P<p>{PARTY_ALT})")
SEAT_FROM_RE = Lazy(
    word_start(r"tak(?:ing|en|es)|took|take|gain(?:ing|ed|s)?|won|winning|snatch(?:ing|ed)")
    + rf"\s+(?:the|a|his|her|their)"
    rf"\s+(?:\w+\s+)?seat\s+from\s+(?:the\s+)?(?P<p>{PARTY_ALT})"
)
SEAT_WENT_RE = Lazy(rf"{word_start('seats?')}\b[^.]{{0,60}}?\bwent\s+to\s+(?:the\s+)?(?P<p>{PARTY_ALT})")
CONTROL_RE = Lazy(
    "(?P<v>"
    + word_start(
        r"won|win|wins|winning|taken|take|takes|took|gain(?:ed|s)?|retake[sn]?|retook|retain(?:ed|s)?|keep"
        r"|keeps|kept|hold|holds|held|lost|lose|loses|losing"
    )
    + r")\s+(?:overall\s+)?control\s+of\b"
)
_THE_COUNCIL_RE = Lazy(r"\s+(?:the\s+)?(?:council|authority|county)\b")
_NOT_A_WARD_MAJORITY_RE = re.compile(r"\s*(?:-?seats?|%|per cent)|\s+(?:in|at|back\s+in)\s+(?:19|20)\d\d\b")
NOC_RE = Lazy(r"\bno overall control\b", re.I)
RECOUNT_RE = Lazy(r"\brecount(?:s|ed|ing)?\b", re.I)
# Each needs its literal words (see Keyed): 'no overall control' and 'recount' fold safely (no i, s or k). Few
# posts hold them: the patterns are compiled when first needed (see Lazy), as are SEATS_NEEDED_RE and the rest.
_SEAT_FROM = Keyed(SEAT_FROM_RE, ("seat",), after=re.compile(r"\s+from\s"))
_SEAT_WENT = Keyed(SEAT_WENT_RE, ("went",))
_CONTROL = Keyed(CONTROL_RE, ("control",))
_NOC = Keyed(NOC_RE, ("no overall control",), fold=True)
_RECOUNT = Keyed(RECOUNT_RE, ("recount",), fold=True)

_VERB_TYPE = {
    "gain": "gain",
    "take": "gain",
    "took": "gain",
    "snat": "gain",
    "seiz": "gain",
    "capt": "gain",
    "hold": "hold",
    "held": "hold",
    "reta": "hold",
    "keep": "hold",
    "kept": "hold",
    "lose": "loss",
    "lost": "loss",
    "loss": "loss",
}


# A sentence whose subject is parties together: the seats it gives them are no one party's total. Case matters
# for "alliance" only: "Alliance" with a capital is a party's name (Northern Ireland's Alliance Party) or part of one.
_JOINT_BODY_RE = re.compile(
    r"\b(?:[Cc]oalition|alliance|[Pp]act|[Pp]artnership|[Tt]ogether|[Cc]ombined|[Bb]etween them)\b"
)


def _joint_body(doc: Doc, start: int, end: int) -> bool:
    """Whether doc.text[start:end] names parties together ('coalition', 'between them'): a word of `_JOINT_BODY_RE`
    outside the post's party mentions (the 'Together' of a local group's name, 'Bexhill Together', is the group's)."""
    return any(
        not any(p.start <= j.start() < p.end for p in doc.parties)
        for j in _JOINT_BODY_RE.finditer(doc.text, start, end)
    )


# A scoreboard row of a group no list knows, right under the head: 'Borough First | 4 | 0' (a name of up to four
# capitalised words, no figure, then the seats); not a row of the table's own words ('Total | 41', 'Others | 3')
_NAMED_ROW_RE = Lazy(
    rf"[ \t]*(?P<g>[A-Z][\w'’-]*(?:[ \t]+(?:(?:and|&|for|of)[ \t]+)?[A-Z][\w'’-]*){{0,3}})[ \t]*\|[ \t]*(?P<n>{DIGITS})"
    r"[ \t]*(?:\|[^\n]*)?$"
)
_NOT_GROUP_ROWS = frozenset({"Total", "Totals", "Others", "Other", "Vacant", "Vacancy", "Majority", "Turnout"})


def _named_rows(doc: Doc, out: list[dict[str, Any]], seen: Seen, start: int, councils: list[Mention]) -> None:
    """The rows under a scoreboard's head that no party pattern read, each a local group's seats."""
    pos = start + 1
    while pos < len(doc.text):
        end = doc.text.find("\n", pos)
        end = len(doc.text) if end < 0 else end
        if "|" not in doc.text[pos:end]:
            return
        m = _NAMED_ROW_RE.match(doc.text, pos, end)
        group = m.group("g") if m else ""
        if m and group not in _NOT_GROUP_ROWS and not _a_partys(group) and all(t["party"] != group for t in out):
            _add_total(doc, out, seen, m, group, councils)
        pos = end + 1


def _a_partys(words: str) -> bool:
    """Whether the words before a possessive name a party ('Reform', 'the Lib Dems')."""
    words = words.removeprefix("the ")
    return words in PARTY_ALIAS or words in PARTY_ABBREV


def seat_totals(doc: Doc, councils: list[Mention], wards: Sequence[Mention] = ()) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    seen: Seen = {}
    # the sentences restating a total already read ("Reform have won 40 of 84" under that title): each opens a running
    # tally as a new total's sentence does
    restated: list[int] = []
    for keyed in doc.open_of(SEAT_TOTAL_RES):
        rx = keyed.rx
        for m in keyed.finditer(doc):
            if "unit" in rx.groupindex and not (
                m.group("unit")
                or _TOTAL_CONTEXT_RE.search(doc.text, max(0, m.start() - _TOTAL_CONTEXT_REACH), m.start())
                or _after_a_total(doc, out, m)
            ):
                continue
            if "owner" in rx.groupindex and (owner := m.group("owner")) and _a_partys(owner):
                continue  # "won 3 of Reform's 10 seats": another party's seats, no total
            s_start, s_end = doc.sentence_of(m.start())
            if "unit" in rx.groupindex and _NOT_SEATS_BEFORE_RE.search(
                doc.text[max(s_start, m.start() - 40) : m.start()]
            ):
                continue
            if _HISTORY_RE not in doc.shut and _HISTORY_RE.search(doc.text, s_start, m.start("n")):
                continue
            if m.group(0).startswith(("with", "With")) and _DECLARED_AFTER_RE.match(doc.text, m.end()):
                continue  # "with 40 of 74 seats declared": how many seats are in, no party's total
            if _YEAR_OPENING_RE.match(doc.text, s_start, m.start()):
                continue  # "In 2021 the Conservatives won 28 of the 61 seats": a past result
            if _TARGET_BEFORE_RE.search(doc.text, max(s_start, m.start() - 24), m.start()):
                continue  # "need to hold 35 seats to keep their majority": a target, not a total
            if wards and (a := _IN_AFTER_RE.match(doc.text, m.end())) and any(w.start == a.end() for w in wards):
                continue  # "take two seats in Milngavie": a multi-member ward's seats, not the council's
            if (a := _IN_AFTER_RE.match(doc.text, m.end())) and _a_constituency_at(
                doc, a.end(), councils, fewest=1 if _OF_THEIR_RE.search(m.group(0)) else 2
            ):
                continue  # "won two seats in Anyshire Vale and Coast": a place no council is named for
            if _ONE_AREA_AFTER_RE.match(doc.text, m.end()) and (number_value(m.group("n")) or 0) < _FEWEST_SEATS:
                continue  # "won two seats in the constituency", "took three seats there": one area's seats
            party = PARTY_ALIAS.get(m.group("p"), "Independent") if "p" in rx.groupindex and m.group("p") else None
            if "pron" in rx.groupindex and m.group("pron"):  # "That takes the party to 34 seats"
                party = doc.subject_party(m.start(), pronoun=True)
            if party is None and (group := group_before(doc, m.start())) is not None:
                party = group.value  # "Residents for Uttlesford won 22 of the 39 seats": a group no list knows
            if party is None and _joint_body(doc, s_start, m.start()):
                continue  # "The Labour and Green coalition would have 45 of the 84 seats": two parties' seats
            party = party or doc.subject_party(m.start())
            if (party, number_value(m.group("n"))) in seen:
                restated.append(s_start)
            _add_total(doc, out, seen, m, party, councils)
            if "n2" in rx.groupindex and m.group("n2"):  # "... and the Lib Dems' eight": the partner's group
                _add_total(doc, out, seen, m, PARTY_ALIAS[m.group("p2")], councils, figure="n2")
            if doc.text.find("level with", m.end(), s_end) >= 0:  # "25 seats on the council, level with Labour"
                level = _LEVEL_WITH_RE.search(doc.text, m.end(), s_end)
                if level:
                    _add_total(doc, out, seen, m, PARTY_ALIAS[level.group("p")], councils)
            if _EACH_AFTER_RE.match(doc.text, m.end()):  # "The Conservatives and Labour now have 18 councillors each"
                for other in _joint_subject(doc, s_start, m.start()):
                    _add_total(doc, out, seen, m, other, councils)
    head = SCOREBOARD_HEAD_RE.search(doc.text) if doc.holds(_COLUMN) else None  # a scoreboard has columns
    if head is not None and _national_table(doc.text, head.start()):
        head = None  # (a general election's national table is the Commons': its totals are read)
    if head is not None and doc.parliament_page and _one_nations_table(doc.text, head.start()):
        head = None  # (rows under "All 18 Northern Ireland seats have now been declared": that nation's share)
    rows_from = head.end() if head else len(doc.text)
    for m in SCOREBOARD_ROW_RE.finditer(doc.text, rows_from) if head else ():
        p = m.group("p")
        _add_total(doc, out, seen, m, PARTY_ALIAS.get(p) or PARTY_ABBREV.get(p) or p, councils)
    for g in doc.groups if head else ():  # a row of a local group no party list knows ('City Independents | 3')
        if g.start > rows_from and doc.text[g.start - 1] == "\n" and (f := _GROUP_COLUMN_RE.match(doc.text, g.end)):
            _add_total(doc, out, seen, f, g.value, councils)
    if head is not None:
        _named_rows(doc, out, seen, head.end(), councils)
    total_head = TOTAL_COLUMN_HEAD_RE.search(doc.text) if doc.holds(_COLUMN) and head is None else None
    if total_head is not None:  # the rows' cells before the total's column, skipped
        skip = total_head.group("before").count("|")
        row_rx = re.compile(
            rf"(?m)^[ \t]*(?P<p>{LIST_PARTY_ALT})[ \t]*\|(?:[^|\n]*\|){{{skip}}}"
            rf"[ \t]*(?P<n>{DIGITS})[ \t]*(?:\|[^\n]*)?$"
        )
        for m in row_rx.finditer(doc.text, total_head.end()):
            p = m.group("p")
            _add_total(doc, out, seen, m, PARTY_ALIAS.get(p) or PARTY_ABBREV.get(p) or p, councils)
    if "(" in doc.text and SEAT_CHANGE_BRACKET_RE.search(doc.text):
        rows = list(SEAT_CHANGE_ROW_RE.finditer(doc.text))
        if len(rows) >= 2 and all((number_value(m.group("n")) or 0) <= _MOST_SEATS for m in rows):
            for m in rows:
                p = m.group("p")
                _add_total(doc, out, seen, m, PARTY_ALIAS.get(p) or PARTY_ABBREV.get(p) or p, councils)
        for line in SEAT_CHANGE_LINE_RE.finditer(doc.text) if councils else ():
            if line.group("label") and _VOTE_LABEL_RE.search(line.group("label")):
                continue
            items = list(
                SEAT_CHANGE_ITEM_RE.finditer(
                    doc.text, line.end("label") if line.group("label") else line.start(), line.end()
                )
            )
            # (two changes at least: a line of bare figures is read by the council-line rules)
            if sum(bool(m.group("c")) for m in items) >= 2 and all(
                (number_value(m.group("n")) or 0) <= _MOST_SEATS for m in items
            ):
                for m in items:
                    p = m.group("p")
                    _add_total(doc, out, seen, m, PARTY_ALIAS.get(p) or PARTY_ABBREV.get(p) or p, councils)
    council_heads = _council_heads(doc.text, councils) if councils else []
    final_heads = _final_heads(doc.text) if doc.holds(_DECLARED) else []
    if council_heads or final_heads or doc.holds(_HEADING_END):
        for m, party in _headed_rows(doc, council_heads, final_heads):
            _add_total(doc, out, seen, m, party, councils)
    seat_words = doc.holds(_SEAT_SENTENCE_WORDS)  # what _SEATS_SENTENCE_RE needs
    # the running tallies' sentences: DECLARED_RE looked for once a post, in a post saying 'declared'
    declared_in = (
        {doc.sentence_index(m.start()): m for m in DECLARED_RE.finditer(doc.text)}
        if seat_words and doc.holds(_DECLARED)
        else {}
    )
    for i, (line_start, line_end) in enumerate(doc.sentences):
        tally = _tally_pairs(doc, line_start, line_end)
        # a line mixing names and abbreviations ('SNP 47, LD 10, DUP 8, SF 7'): the abbreviations' pairs too
        for m, party in (
            tally + _abbrev_pairs(doc, line_start, line_end) if tally else _abbrev_pairs(doc, line_start, line_end)
        ):
            _add_total(doc, out, seen, m, party, councils)
        if seat_words and _about_seats(doc.text, line_start, line_end):
            for m, party in _versus_pairs(doc, line_start, line_end):
                _add_total(doc, out, seen, m, party, councils)
            if doc.text.find(" of ", line_start, line_end) >= 0:
                for m in BARE_OF_RE.finditer(doc.text, line_start, line_end):
                    if not _past_or_target(doc, line_start, m.start()):
                        _add_total(doc, out, seen, m, doc.subject_party(m.start()), councils)
        from_here = doc.sentences[i - 1][0] if i else line_start  # this sentence or the one before
        found_here = bool(out) and _found_between(out, restated, from_here, line_end)
        if out and not found_here and i > 1 and _party_aside(doc, i - 1):
            # (or the one before that, past an aside naming no party: "The Tories have 121. Eight ministers lost
            # their seats. The Lib Dems have 71.")
            from_here = doc.sentences[i - 2][0]
            found_here = _found_between(out, restated, from_here, line_end)
        declared = declared_in.get(i) if declared_in else None
        if declared:
            for m in PRONOUN_TOTAL_RE.finditer(doc.text, declared.end(), line_end):
                _add_total(doc, out, seen, m, doc.subject_party(m.start()), councils)
        # (a sentence of MPs with a total in it: "the Conservatives had 70 MPs and the Lib Dems 49")
        if (found_here or declared) and (
            (seat_words and _about_seats(doc.text, from_here, line_end))
            or (found_here and "MPs" in doc.text[line_start:line_end])
        ):
            elliptic_groups(doc, line_start, line_end, declared=declared is not None)  # "with Health Concern on 5"
            if "independent" in doc.text[line_start:line_end]:
                for m in THERE_INDEPENDENT_RE.finditer(doc.text, line_start, line_end):
                    _add_total(doc, out, seen, m, "Independent", councils)
                for m in SEATS_TO_INDEPENDENT_RE.finditer(doc.text, line_start, line_end):
                    _add_total(doc, out, seen, m, "Independent", councils)
                for m in ALL_SIT_AS_INDEPENDENTS_RE.finditer(doc.text, line_start, line_end):
                    _add_total(doc, out, seen, m, "Independent", councils)
                for m in REMAINING_INDEPENDENTS_RE.finditer(doc.text, line_start, line_end):
                    _add_total(doc, out, seen, m, "Independent", councils)
            for p in doc.parties_in(line_start, line_end):
                em = ELLIPTIC_TOTAL_RE.match(doc.text, p.end, line_end)
                if em:
                    _add_total(doc, out, seen, em, p.value, councils)
                    continue
                tail = doc.text[p.end : line_end]
                each = JOINT_EACH_RE.match(doc.text, p.end, line_end) if "each" in tail or "apiece" in tail else None
                if each:  # "with the Greens and an independent on two each"
                    other = PARTY_ALIAS.get(each.group("q"), "Independent")
                    between = [PARTY_ALIAS.get(m.group(0), m.group(0)) for m in _PARTY_RE.finditer(each.group("mid"))]
                    for party in (p.value, *between, other):
                        _add_total(doc, out, seen, each, party, councils)
                    continue
                # "There are nine independents, five Lib Dems and four Labour councillors", "won 16 seats, ..., with
                # three independents." (in a sentence of its own about seats: not "came fourth behind two Lib Dems")
                before = (
                    NUM_WORD_BEFORE_PARTY_RE.search(doc.text, max(line_start, p.start - 16), p.start)
                    if _figure_word_before(doc.text, max(line_start, p.start - 16), p.start)
                    else None
                )
                if (
                    before
                    and _AFTER_NUM_PARTY_RE.match(doc.text, p.end, line_end)
                    and (from_here == line_start or _about_seats(doc.text, line_start, line_end))
                ):
                    _add_total(doc, out, seen, before, p.value, councils)
            if "independent" in doc.text[line_start:line_end]:  # after the parties' own, which come first
                for m in WITH_INDEPENDENT_RE.finditer(doc.text, line_start, line_end):
                    _add_total(doc, out, seen, m, "Independent", councils)
        if found_here and " each for " in doc.text[line_start:line_end]:  # (a run of totals goes on)
            for m in EACH_FOR_RE.finditer(doc.text, line_start, line_end):
                between = [PARTY_ALIAS.get(b.group(0), b.group(0)) for b in _PARTY_RE.finditer(m.group("mid"))]
                last = PARTY_ALIAS.get(m.group("q"), "Independent")
                for party in (PARTY_ALIAS.get(m.group("p"), m.group("p")), *between, last):
                    _add_total(doc, out, seen, m, party, councils)
    # a twin read again in a sentence naming the body ('MPs', 'the Commons') stands in for its first reading when the
    # checks below drop that one ("they have 318 MPs, the SNP 56" after "the SNP won 56 of Scotland's 59 seats")
    twins = [t for again in seen.values() for t in again if _BODY_NAMED_RE.search(doc.text, *t["span"])]
    return _first_of_each(_dropped_not_totals(doc, out + twins, wards))


def _dropped_not_totals(doc: Doc, out: list[dict[str, Any]], wards: Sequence[Mention]) -> list[dict[str, Any]]:
    """`out` without the totals whose sentence shares out one area's seats, forecasts, tells the past, counts the
    seats up this year or an office's, or counts a nation's or a region's seats."""
    if out and (seat_places := {w.value for w in (*wards, *doc.constituencies)}):
        # "East Antrim result: Alliance 2, DUP 2, UUP 1", "Upper Bann: DUP hold two seats": a line headed by a ward
        # or a constituency shares that multi-member seat between the parties, it gives no party's total on a body
        out = [t for t in out if not _headed_by_a_seat(doc.text, *doc.sentence_of(t["span"][0]), seat_places)]
    if len(out) >= 2 and _one_areas_share(doc, out):
        out = []
    if out and doc.holds(_FORECAST_KEYS, fold=True):
        out = [t for t in out if not _forecast_sentence(doc, t["span"][0])]
    if out:  # "In 2012 Labour won 46 seats, the Lib Dems 7": every figure of a past result's sentence
        out = [
            t for t in out if not _past_sentence(doc, t["span"][0]) and not _goes_on_from_the_past(doc, t["span"][0])
        ]
    if out and " if " in doc.text:  # "Labour hold 30 seats, so if they lose five tonight ...": before the count
        out = [t for t in out if not _preview_sentence(doc, t["span"][0])]
    if out and "seats" in doc.text:  # "Labour won 12 of the seats up for grabs, the Tories four": this year's seats
        out = [t for t in out if not _seats_up_sentence(doc, t["span"])]
    if out and doc.holds(_OFFICE_KEYS):
        out = [t for t in out if not _offices_counted(doc, t["span"][0])]
    if out and doc.holds(_NATION_KEYS):
        out = [
            t
            for t in out
            if not _an_areas_seats(doc, t["span"][0], _NATIONS_SEATS_RE, t["seats"])
            and not _under_a_nations_head(doc, t["span"][0])
        ]
    if out and doc.holds(_REGION_KEYS):
        out = [t for t in out if not _an_areas_seats(doc, t["span"][0], _REGION_SEATS_RE)]
    return out


def _first_of_each(out: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The first total read of each party's seat count."""
    firsts: dict[tuple[str, int], dict[str, Any]] = {}
    for t in out:
        firsts.setdefault((t["party"], t["seats"]), t)
    return list(firsts.values())


# a sentence counting an English region's seats ("15 of the North East's 27 seats", "all 27 constituencies in the
# North East"), or the one after it that shares them out ("Reform UK won 15 seats, Labour 10"), gives seats won
# within the region, not a party's seats on the body (the Commons); a sentence saying whose body it counts ('MPs',
# 'across the UK') is the body's
_REGION_NAMES = (
    r"North\s+East|North\s+West|South\s+East|South\s+West|East\s+Midlands|West\s+Midlands|East\s+of\s+England"
    r"|Yorkshire(?:\s+and\s+the\s+Humber)?|London"
)
_REGION_KEYS = (
    "North East",
    "North West",
    "South East",
    "South West",
    "Midlands",
    "East of England",
    "Yorkshire",
    "London",
    "region",
)
_REGION_SEATS_RE = Lazy(
    rf"\b(?:seats|constituencies)\s+(?:in|across)\s+(?:the\s+)?(?:{_REGION_NAMES}|region)\b(?!['’])"
    rf"|\b(?:{_REGION_NAMES}|[Tt]he\s+region)['’]s\s+(?:\w+\s+)?(?:seats|constituencies)\b"
)
_BODY_NAMED_RE = Lazy(r"\b(?:MPs|Commons|Westminster|nationally|across\s+the\s+(?:UK|country))\b")


def _an_areas_seats(doc: Doc, pos: int, area_seats: re.Pattern[str] | Lazy, seats: int | None = None) -> bool:
    """Whether the sentence at `pos`, or the one before it, counts a region's or a nation's seats (`area_seats`:
    `_REGION_SEATS_RE`, `_NATIONS_SEATS_RE`) and the sentence names no body of its own ('Reform UK has 281 MPs' is
    the Commons'). A total of `seats` no more than the area's own count in the sentence ("the last of Wales's 32
    Westminster seats ..., with four MPs") is a share of the area's seats whatever body it names."""
    start, end = doc.sentence_of(pos)
    if "ouncil" in doc.text[start:end]:
        return False
    here = area_seats.search(doc.text, start, end)
    if here and seats is not None and (of := _AREA_COUNT_RE.search(here.group(0))) and seats <= int(of.group(0)):
        return True
    if _BODY_NAMED_RE.search(doc.text, start, end):
        return False
    if here:
        return True
    i = doc.sentence_index(start)
    return bool(i) and area_seats.search(doc.text, *doc.sentences[i - 1]) is not None


# a sentence counting one nation's seats ("the SNP won 48 of Scotland's 59 seats", "nine seats in Wales", "with all 18
# Northern Ireland seats declared") gives seats won within it, not a party's seats on the body (the Commons)
_NATIONS = r"Scotland|Wales|England|Northern\s+Ireland"
_NATION_KEYS = ("Scot", "Wales", "Welsh", "England", "English", "Northern Ireland")
_NATIONS_SEATS_RE = Lazy(
    rf"\b(?:(?:Scottish|Welsh|English|Northern\s+Irish|Northern\s+Ireland)\s+(?:seats|constituencies)"
    rf"|(?:{_NATIONS})['’]s?\s+(?:\w+\s+){{0,2}}(?:seats|constituencies)"
    rf"|(?:seats|constituencies)\s+(?:in|across)\s+(?:{_NATIONS})\b(?!['’]))"
)
_AREA_COUNT_RE = Lazy(r"\d{1,3}(?!\d)")  # the area's own count of seats in a match of an area's seats
# the heading line of a party list that names one nation ("The final picture in Northern Ireland is:", "Scotland's
# results:"): the rows under it ("SNP - 30 (+4)") share out that nation's seats, no party's total on the body
_NATION_HEAD_RE = Lazy(rf"\b(?:(?:in|across|for)\s+(?:{_NATIONS})\b(?!['’])|(?:{_NATIONS})['’]s?\s)")


def _under_a_nations_head(doc: Doc, pos: int) -> bool:
    """Whether the line at `pos` is a row ("Party - N") of a list whose heading line, ending in ':' above the
    rows, names one nation (see `_NATION_HEAD_RE`) and no body of its own."""
    i = doc.sentence_index(doc.sentence_of(pos)[0])
    start, end = doc.sentences[i]
    if not PLAIN_ROW_RE.match(doc.text, start, end):
        return False
    while i:
        i -= 1
        start, end = doc.sentences[i]
        line = doc.text[start:end].rstrip()
        if line.endswith(":"):
            return bool(_NATION_HEAD_RE.search(line)) and not _BODY_NAMED_RE.search(line)
        if not PLAIN_ROW_RE.match(doc.text, start, end):
            return False
    return False


# a sentence counting elected offices, each held by one person ("Of the 37 police and crime commissioner posts ...,
# the Conservatives won 15, Labour 11", "Labour now hold six of the 12 mayoralties"), gives no party's seats on a body
_OFFICE_KEYS = ("posts", "mayoralties", "commissioners", "mayors", "candidates")
# (or the candidates standing: "Labour has 19 candidates, the Greens eight and Reform six" counts no seats; the
# number may open the sentence, "Four parties have candidates: ...")
_OFFICES_RE = Lazy(
    rf"\b(?i:{NUM})\s+(?:[\w-]+\s+){{0,5}}?(?:posts|mayoralties|(?:police\s+)?commissioners|(?:metro\s+)?mayors"
    r"|candidates)\b"
)
_SEAT_UNITS_RE = Lazy(r"\b(?:seats|councillors|MPs|members|divisions|wards)\b")


def _offices_counted(doc: Doc, pos: int) -> bool:
    """Whether the sentence at `pos` counts elected offices or candidates (`_OFFICES_RE`) and names no seats or
    councillors."""
    start, end = doc.sentence_of(pos)
    return bool(_OFFICES_RE.search(doc.text, start, end)) and not _SEAT_UNITS_RE.search(doc.text, start, end)


# a sentence that forecasts the seats ("the exit poll puts the Greens on 12", "projected to win 30 seats") gives no
# party's seats on the body: nothing is counted yet
_FORECAST_KEYS = (
    "exit poll",
    "exit-poll",
    "projected",
    "projects",
    "projection",
    "forecast",
    "predicted",
    "prediction",
)


# A sentence opening before the poll is about the council as it was: "Before polling day the Tories had 19 councillors"
# (or the day itself: "Going into today, Labour had 11 members")
_BEFORE_OPENING_RE = re.compile(
    r"\W*(?:Before|Going\s+into|Ahead\s+of)\s+(?:(?:this|the|these|today's|Thursday's|polling)"
    r"(?:\s+(?:year's|local|council))?\s+(?:elections?|vote|polls?|count|day)\b"
    # (or the polling day by its weekday: "Before Thursday, with five seats empty, the Tories had 34")
    r"|(?:today|yesterday|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b(?!['’]))"
)


# a sentence opening on the list vote of an additional member system: the seats it gives are the list's, a share of
# the body's ("On the London-wide list the Greens won four seats", "From the regional lists, Labour took three")
_LIST_OPENING_RE = re.compile(r"\W*(?:On|From|In)\s+the\s+(?:[\w-]+\s+){0,2}lists?\b(?!\s+of\b)")


# a party's holding as the count opens, told in the sentence's verb: "Labour go into the night with 35 of the 63
# seats", "the Tories went into the election holding 19"
_GOES_IN_WITH_RE = re.compile(
    r"\b(?:go|goes|going|went)\s+into\s+(?:the|this|tonight['’]s|today['’]s)\s+(?:night|count|elections?|polls?|vote|day)"
    r"\s+(?:with|on|holding)\b"
)


def _past_sentence(doc: Doc, pos: int) -> bool:
    """Whether the sentence holding text position `pos` opens on a year or on 'before the poll', or says what a
    party took into the count (see `_YEAR_OPENING_RE`, `_BEFORE_OPENING_RE`, `_GOES_IN_WITH_RE`)."""
    start, end = doc.sentence_of(pos)
    return bool(
        _YEAR_OPENING_RE.match(doc.text, start, end)
        or _BEFORE_OPENING_RE.match(doc.text, start, end)
        or _GOES_IN_WITH_RE.search(doc.text, start, end)
    )


# the seats this election filled, out of which a sentence shares its figures: "12 of the seats up for grabs
# today", "four of the 21 seats being contested", "of the seats on offer"
_SEATS_UP_RE = Lazy(
    rf"\bof\s+(?:the\s+|this\s+year['’]s\s+)?(?:{NUM}\s+)?seats\s+(?:that\s+were\s+|being\s+)?"
    r"(?:up\s+for\s+(?:grabs|election)|contested|on\s+offer)\b"
)


# what seats lost or won in the count would do, after a party's standing: "so if they lose two tonight, ...", "and
# if the Greens gain one more, ..."
_IF_SEATS_CHANGE_RE = Lazy(
    r"\bif\s+(?:they|it|the\s+party|(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)\s+"
    r"(?:lose|lost|loses|gain|gains|win|wins|drop|drops|pick\s+up|picks\s+up)\b"
)


def _preview_sentence(doc: Doc, pos: int) -> bool:
    """Whether the sentence of a total at `pos` goes on to what losing or winning seats in this count would do ('The
    Tories hold 21 of the 39 seats, so if they lose two, they lose their majority'): the standing going into the
    count, not a result (unless the sentence says it is the standing now: 'now have 30, and if they win ...')."""
    start, end = doc.sentence_of(pos)
    return bool(_IF_SEATS_CHANGE_RE.search(doc.text, pos, end) and not _NOW_WORD_RE.search(doc.text, start, end))


_NOW_WORD_RE = Lazy(r"\bnow\b")


# the words of a sentence telling the standing now, after the count: "The Tories now have 14", "Labour won 12"
_NOW_RE = Lazy(r"\b(?:now|tonight|today|after|won|gained|took|taken|have|has|are)\b")


def _goes_on_from_the_past(doc: Doc, pos: int) -> bool:
    """Whether the sentence holding `pos` goes on with the figures of a sentence telling the standing before the poll
    ('... went into polling day holding 31 of the 55 seats. The Tories had 14, the Greens five.'): the same past
    standing shared out, unless the sentence says it is the standing now ('The Tories now have 14'). In one paragraph:
    a table's rows under a line about the notional seats are the standing now."""
    i = doc.sentence_index(pos)
    if not i or _HISTORY_RE in doc.shut:
        return False
    (before, before_end), (start, end) = doc.sentences[i - 1], doc.sentences[i]
    return bool(
        "\n" not in doc.text[before_end:end]
        and _HISTORY_RE.search(doc.text, before, before_end)
        and not _NOW_RE.search(doc.text, start, end)
    )


def _seats_up_sentence(doc: Doc, span: Sequence[int]) -> bool:
    """Whether a total's span ends after the seats this election filled in its sentence (`_SEATS_UP_RE`: an
    ellipsis after it, '..., the Conservatives four', spans the sentence) and the sentence says nothing of a standing
    after them: seats won, not a council's make-up ('winning 14 of the 17 seats contested to take its total to 32'
    goes on to the make-up)."""
    start, end = doc.sentence_of(span[0])
    up = _SEATS_UP_RE.search(doc.text, start, end)
    return up is not None and span[1] >= up.end() and not _STANDING_BETWEEN_RE.search(doc.text, up.end(), end)


# the words that take a sentence on from the seats won to a party's standing: "... to take its total to 32",
# "... and now hold 50 of the council's 54 seats"
_STANDING_BETWEEN_RE = Lazy(r"\b(?:total|to|now|holds?|has|have|had|leaves?|leaving|gives?|giving|takes?|taking)\b")


def _forecast_sentence(doc: Doc, pos: int) -> bool:
    """A sentence forecasting seats, or a bare list of parties' figures right after one ('The exit poll puts the
    Conservatives on 340. Labour 220, SNP 40, ...')."""
    s, e = doc.sentence_of(pos)
    if holds_any(doc.lower[s:e], _FORECAST_KEYS):
        return True
    i = doc.sentence_index(s)
    if not i:
        return False
    # (or one going on about the forecast before it: "It puts Labour on 239, the SNP on 58")
    if not _FORECAST_GOES_ON_RE.match(doc.text, s) and (
        not (first := doc.parties_in(s, e)[:1]) or doc.text[s : first[0].start].strip()
    ):
        return False  # not opening on a party: a sentence of its own
    prev_start, prev_end = doc.sentences[i - 1]
    return holds_any(doc.lower[prev_start:prev_end], _FORECAST_KEYS)


# (a rival's poll as well: "ITN's poll put Labour on 419")
_FORECAST_GOES_ON_RE = Lazy(
    r"\s*(?:It|They|(?:The|[A-Z][\w&]*['’]s)\s+(?:same\s+|own\s+|rival\s+)?(?:poll|survey|model))\s+(?:also\s+)?"
    r"(?:puts?|gives?|has|have|had|suggests?|suggested|shows?|showed)\b"
)


def _figure_word_before(text: str, start: int, end: int) -> bool:
    """Whether the word right before `end` (after a space) is a figure, in digits or words: a test of the last
    word before a party, cheaper than NUM_WORD_BEFORE_PARTY_RE's search (most parties follow 'the' or a name)."""
    words = text[start:end].split()
    if not words or not text[end - 1 : end].isspace():
        return False
    last = words[-1].lower()
    return last.replace(",", "").isdecimal() or last in WORD_NUMBERS or number_value(last) is not None


def _past_or_target(doc: Doc, s_start: int, pos: int) -> bool:
    """A figure from before the count ('went into polling day with ...'), a past election's or a target."""
    return bool(
        (_HISTORY_RE not in doc.shut and _HISTORY_RE.search(doc.text, s_start, pos))
        or _YEAR_OPENING_RE.match(doc.text, s_start, pos)
        or _TARGET_BEFORE_RE.search(doc.text, max(s_start, pos - 24), pos)
    )


def _after_a_total(doc: Doc, out: list[dict[str, Any]], m: re.Match[str]) -> bool:
    """'Reform won 44 of the 70 seats. The Conservatives were reduced to 15.': a figure with no seat word in the
    sentence after a total (not a share or votes: 'Turnout fell to 31%')."""
    i = doc.sentence_index(m.start())
    if not i or not out or _SHARE_AFTER_RE.match(doc.text, m.end()):
        return False
    before = doc.sentences[i - 1][0]
    return any(t["span"][0] == before for t in out)


# the line above a party table that says it counts the whole country's councillors ('the national picture', 'across
# England'): the seats won tonight over many councils, no council's make-up
_NATIONAL_TALLY_RE = Lazy(
    r"\b(?:national(?:ly)?|nationwide|across\s+(?:England|Wales|Scotland|Britain|the\s+(?:country|UK))"
    r"|in\s+all\s+the\s+councils)\b",
    re.I,
)


def _line_over(text: str, head: int) -> str:
    """The line just above the line starting at `head` ('' at the text's start)."""
    above_end = text.rfind("\n", 0, head)
    return text[text.rfind("\n", 0, above_end) + 1 : above_end] if above_end > 0 else ""


def _national_table(text: str, head: int) -> bool:
    """Whether the line just above a scoreboard's head row (at `head`) speaks of a national tally."""
    return _NATIONAL_TALLY_RE.search(_line_over(text, head)) is not None and not holds_any(text, _COMMONS_MARKS)


def _one_nations_table(text: str, head: int) -> bool:
    """Whether the line just above a scoreboard's head row (at `head`) counts one nation's seats (see
    `_NATIONS_SEATS_RE`): on a general election's page the rows share out that nation's seats, no party's total in
    the Commons."""
    return _NATIONS_SEATS_RE.search(_line_over(text, head)) is not None


def _council_heads(text: str, councils: Sequence[Mention]) -> list[tuple[int, int]]:
    """The ends of the lines naming a council, not ending in ':', whose next line ends on a figure (as a scoreboard's
    first row does), each with where that line starts."""
    heads = []
    for c in councils:
        end = text.find("\n", c.end)
        if end == -1 or text[end - 1] == ":":  # (a line ending in ':' is read as one anyway)
            continue
        row_end = _line_end(text, end + 1)
        if _ends_like_a_row(text[end + 1 : row_end]):
            heads.append((end, end + 1))
    return heads


def _headed_rows(
    doc: Doc, council_heads: Sequence[tuple[int, int]] = (), final_heads: Sequence[tuple[int, int]] = ()
) -> list[tuple[re.Match[str], str]]:
    """Two or more `PLAIN_ROW_RE` lines right under a heading line about a council's seats ending in ':' or, without
    the colon, a line naming the council ('Hastings Borough Council - all 16 wards declared': `council_heads`) or a
    line under one saying every seat is in (`final_heads`)."""
    out: list[tuple[re.Match[str], str]] = []
    text = doc.text
    heads = [*council_heads, *final_heads]
    head = text.find(":\n")
    while head != -1:
        heads.append((head, head + 2))
        head = text.find(":\n", head + 2)
    for head, pos in sorted(set(heads)):
        start = text.rfind("\n", 0, head) + 1
        final = (head, pos) in final_heads
        rows: list[tuple[re.Match[str], str]] = []
        while (row := _plain_row(doc, pos, end := _line_end(text, pos), group_rows=bool(rows))) is not None:
            rows.append(row)
            pos = end + 1
        if len(rows) < 2:
            continue
        if final or start and text[head] == ":" and not _COUNCIL_LINE_RE.search(text, start, head):
            # "The final picture:" under a line on the council's seats: that line heads the rows
            start = text.rfind("\n", 0, start - 1) + 1
        # ("- all 16 wards declared" says the council's seats are all in, no ward's votes)
        declared = _ALL_DECLARED_RE.search(text, start, head) if text[head] != ":" else None
        words_end = declared.start() if declared else head
        # ("With 40 of the 55 divisions declared, the tally is:", "All 70 divisions have now declared and the council
        # is under no overall control. The final seat count is:" count the wards in, they head no ward's votes)
        counted = _WARDS_IN_RE.search(text, start, words_end) if declared is None else None
        stretches = ((start, counted.start()), (counted.end(), words_end)) if counted else ((start, words_end),)
        # ("With the last of the month's by-elections counted, here's how the seats on the council are shared out:"
        # says when the rows stand, its by-elections head no ward's votes)
        when = _WHEN_CLAUSE_RE.match(text, start, words_end) if counted is None else None
        if when is not None and _COUNCIL_LINE_RE.search(text, when.end(), head):
            stretches = ((when.end(), words_end),)
        if (
            # (more seats than a council has only under a heading that counts the Commons: "With 412 of the 650
            # seats declared, the parties have won:")
            not _beyond_a_body(
                [number_value(m.group("n")) or 0 for m, _ in rows],
                text[_line_above(text, start) : head],
                commons=doc.parliament_page,
            )
            and _COUNCIL_LINE_RE.search(text, start, head)
            # ("The projected seats are:" under an exit poll: a forecast, no body's count yet)
            and not holds_any(doc.lower[start:head], _FORECAST_KEYS)
            and not any(
                _folded_search(doc, _NOT_COUNCIL_LINE_RE, _NOT_COUNCIL_LINE_LOWER_RE, s, e) for s, e in stretches
            )
            and (
                _HISTORY_RE in doc.shut
                or not _HISTORY_RE.search(text, start, head)
                or _SEATS_IN_SO_FAR_RE.search(text, start, head)
                or final  # (the final tally, whatever notional figures its lines compare it with)
                or _rows_show_changes(rows)
            )
        ):
            out += rows
    return out


def _rows_show_changes(rows: Sequence[tuple[re.Match[str], str]]) -> bool:
    """Whether every row ends on its change in brackets ('Labour - 38 (-2)', 'Green - 2 (nc)'): the rows are the
    new standing, and a heading's words about the seats held going into the election say what the changes are
    measured from, not that the figures are that old standing."""
    return all(m.group(0).rstrip(" \t").endswith(")") for m, _ in rows)


# a heading's opening clause saying when its rows stand: "With the last by-election counted,", "After this month's
# by-elections,"
_WHEN_CLAUSE_RE = Lazy(r"[ \t]*(?:With|After|Following)\b[^,:\n]*,")


# every seat in: "All 54 seats have been declared", "all 42 wards have now been declared"
_ALL_SEATS_IN_RE = Lazy(
    rf"\b[Aa]ll\s+{NUM}\s+(?:seats|wards|divisions)\s+(?:have\s+|has\s+)?(?:now\s+)?(?:been\s+)?declared\b"
)


def _final_heads(text: str) -> list[tuple[int, int]]:
    """The ends of lines, not ending in ':', right under a line saying every seat is in and right over a line ending
    on a figure (as a scoreboard's first row does): the final tally's heading, written without the colon
    ("All 40 seats have been declared. / Labour finish with 18, three short of a majority. / Labour 18 / ...")."""
    heads = []
    for m in _ALL_SEATS_IN_RE.finditer(text):
        above_end = text.find("\n", m.end())
        end = text.find("\n", above_end + 1) if above_end != -1 else -1
        if end == -1 or text[end - 1] == ":" or not _ends_like_a_row(text[end + 1 : _line_end(text, end + 1)]):
            continue
        heads.append((end, end + 1))
    return heads


# "all 16 wards declared", "all 42 seats now declared" closing a scoreboard's heading line
_ALL_DECLARED_RE = Lazy(rf"\ball\s+{NUM}\s+(?:wards|divisions|seats|results)\s+(?:now\s+)?declared\b")
# how many wards are in ("with 40 of the 55 divisions declared", "12 wards now in", "after the last ward
# declared", "six of the eight Angus wards have now declared"): no ward's own line
_WARDS_IN_RE = Lazy(
    rf"\b(?:{NUM}\s+(?:of\s+(?:the\s+)?{NUM}\s+)?(?:[A-Z][\w'’-]*\s+){{0,2}}(?:wards|divisions)"
    r"|the\s+last\s+(?:of\s+the\s+)?(?:wards?|divisions?))"
    r"\s+(?:was\s+|were\s+|(?:(?:have|has)\s+)?(?:now\s+)?(?:been\s+)?)(?:declared|in)\b"
)
# a heading that counts the seats in so far ("With 24 of the 54 seats on Ashdale Council declared, Labour are behind
# their notional figures:"): its rows are the running tally, whatever earlier result the heading compares them with
_SEATS_IN_SO_FAR_RE = Lazy(
    rf"\b[Ww]ith\s+{NUM}\s+(?:of|out\s+of)\s+(?:the\s+)?{NUM}\s+(?:seats|councillors)\b(?:\s+[\w'’-]+){{0,4}}?\s+"
    + _DECLARED_TAIL
)
# a row's figure after a local group's name ('Hastings Independents 5': no party list knows it)
_ROW_FIGURE_RE = Lazy(rf"{_ROW_SEP}(?P<n>{DIGITS}){_ROW_TAIL}[ \t]*$")


def _plain_row(doc: Doc, pos: int, end: int, *, group_rows: bool = False) -> tuple[re.Match[str], str] | None:
    """A scoreboard row 'Labour 11' (`PLAIN_ROW_RE`) or '<a local group> 5' on the line text[pos:end]; with
    `group_rows` (a row was read above it) also '<Three Or More Capitalised Words>: 6', a group no list knows."""
    if not _ends_like_a_row(doc.text[pos:end]):  # (the test a line, not the party alternation)
        return None
    m = PLAIN_ROW_RE.match(doc.text, pos, end)
    if m is not None:
        p = m.group("p")
        return m, PARTY_ALIAS.get(p) or PARTY_ABBREV.get(p) or p
    for g in doc.groups:
        if g.start == pos or (pos < g.start < end and not doc.text[pos : g.start].strip()):
            f = _ROW_FIGURE_RE.match(doc.text, g.end, end)
            return (f, g.value) if f else None
    if group_rows and (named := _GROUP_ROW_RE.match(doc.text, pos, end)) is not None:
        return named, named.group("g")
    return None


# A local group's row in a scoreboard, below a party's ("Independent Community and Health Concern: 6", "Kelby Town
# First 4"): three or more capitalised words (a person's name has two), a colon or a space and the figure
_GROUP_ROW_RE = Lazy(
    rf"[ \t]*(?P<g>[A-Z][\w'’-]*(?:[ \t]+(?:(?:and|for|of|the|&)[ \t]+)?[A-Z][\w'’-]*){{2,6}})(?:[ \t]*:)?[ \t]+"
    rf"(?P<n>{DIGITS}){_ROW_TAIL}[ \t]*$"
)


def _ends_like_a_row(line: str) -> bool:
    """Whether a line ends as a scoreboard row does: on its figure, its unit ('45 seats') or its change ('(+2)')."""
    line = line.rstrip(" \t")
    return line[-1:].isdecimal() or line.endswith((")", *(" " + unit for unit in _ROW_UNITS)))


def _line_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end == -1 else end


def _about_seats(text: str, start: int, end: int) -> bool:
    """`_SEATS_SENTENCE_RE.search(text, start, end)`, searched only where the stretch holds one of its words."""
    stretch = text[start:end]
    return ("seats" in stretch or "councillors" in stretch) and bool(_SEATS_SENTENCE_RE.search(text, start, end))


def _party_aside(doc: Doc, i: int) -> bool:
    """Whether sentence `i` names no party: an aside between a running tally's sentences, not the tally's end."""
    return not doc.parties_in(*doc.sentences[i])


def _found_between(out: list[dict[str, Any]], restated: list[int], start: int, end: int) -> bool:
    """Whether a total read (its span) or a restated total's sentence starts in [start, end). (Loops, not any() over
    generators: a generator's frame each, ~3 sentences a post.)"""
    for t in out:
        if start <= t["span"][0] < end:
            return True
    for r in restated:  # noqa: SIM110
        if start <= r < end:
            return True
    return False


def _joint_subject(doc: Doc, start: int, pos: int) -> list[str]:
    """'The Conservatives and Labour': the parties joined by 'and' before `pos`."""
    here = doc.parties_in(start, pos)
    out = [p.value for p in here[-2:]]
    if len(here) >= 2 and re.fullmatch(r"\s+and\s+(?:the\s+)?", doc.text[here[-2].end : here[-1].start]):
        return out
    return []


def _versus_pairs(doc: Doc, start: int, end: int) -> list[tuple[re.Match[str], str]]:
    """'The Tories now have 35 seats to Labour's 21': the other party's figure after 'to'."""
    out = []
    for p in doc.parties_in(start, end):
        if _TO_BEFORE_RE.search(doc.text, max(start, p.start - 8), p.start):
            m = _POSSESSIVE_NUM_RE.match(doc.text, p.end, end)
            if m:
                out.append((m, p.value))
    return out


# "Labour have 14 seats and Reform eight, with one for the Greens": the last party's seats after the pairs, its
# figure before it
_WITH_FOR_BEFORE_RE = Lazy(rf",?\s+with\s+(?P<n>{NUM})\s+for\s+the\s+$")


def _tally_pairs(doc: Doc, start: int, end: int) -> list[tuple[re.Match[str], str]]:
    """'Labour 45, Liberal Democrats 11, ...' or 'Council now 33 Labour, 27 SNP, ...': two or more pairs of a
    party and a number with nothing else between them, in one sentence."""
    here = doc.parties_in(start, end)
    if len(here) < 2 or (_HISTORY_RE not in doc.shut and _HISTORY_RE.search(doc.text, start, end)):  # two parties
        return []
    after: list[tuple[re.Match[str], str]] = []
    before: list[tuple[re.Match[str], str]] = []
    for p in here:
        a = PARTY_NUM_AFTER_RE.match(doc.text, p.end, end)
        if a is None and after and doc.text.startswith("the ", p.start - 4):
            a = _WITH_FOR_BEFORE_RE.search(doc.text, max(start, p.start - 30), p.start)  # "..., with one for the X"
        if a:
            after.append((a, p.value))
        b = _num_before(doc.text, p.start - 12 if p.start - 12 > start else start, p.start)  # (no max() call)
        if b and _AFTER_NUM_PARTY_RE.match(doc.text[p.end : end]):
            before.append((b, p.value))
    for pairs in (after, before):
        if len(pairs) >= 2 and not is_vote_line(doc, start, end, pairs):
            return pairs
    return []


# after a total's figure: the seats of the one area the post is about ("two seats in the constituency", "three seats
# there"), never the body's
_ONE_AREA_AFTER_RE = re.compile(
    r"\s+(?:each\s+)?(?:(?:in|on)\s+(?:the|this|that)\s+(?:constituency|ward|division|region|seat|area)\b|there\b)"
)
# a running tally says how much of the count is in ("With eight of the 12 wards declared", "after 10 of 16 seats"),
# not "won two of the six seats there"
_RUNNING_TALLY_RE = Lazy(
    rf"\b(?:[Ww]ith|[Aa]fter)\s+{NUM}\s+of\s+(?:the\s+)?{NUM}\b"
    rf"|\b{NUM}\s+of\s+(?:the\s+)?{NUM}\s+(?:[\w-]+\s+){{0,2}}(?:declared|counted|in)\b"
    r"|\b(?:so\s+far|running\s+total|tally)\b"
)


def _one_areas_share(doc: Doc, out: list[dict[str, Any]]) -> bool:
    """Whether the post's totals, two or more parties', add up to fewer seats than any council has and the post
    counts no running tally and no council or councillor: one multi-member area's seats shared between the parties
    ('Plaid Cymru won three seats, Reform UK two and Labour one'), not any party's seats on a body."""
    parties = {t["party"]: t["seats"] for t in out}
    if "ouncil" in doc.text or len(parties) < 2 or sum(parties.values()) >= _FEWEST_SEATS:
        return False
    return not any(t.get("of") for t in out) and not _RUNNING_TALLY_RE.search(doc.text)


# the heading of a line that splits one place's seats between parties: "Botanic: SF 2, DUP 1", "East Antrim result:"
_SEAT_HEADING_END_RE = Lazy(r"\s+(?:result|results|declaration|verdict)$", re.I)
_SEAT_HEADING_REACH = 60


def _headed_by_a_seat(text: str, start: int, end: int, places: set[str]) -> bool:
    """Whether the sentence at `start` opens on a ward's or a constituency's name (read by `wards` in the post) and
    a colon: the tally after it shares that multi-member seat between the parties, it is no party's total."""
    colon = text.find(":", start, min(end, start + _SEAT_HEADING_REACH))
    if colon < 0:
        return False
    head = _SEAT_HEADING_END_RE.sub("", text[start:colon].strip())
    return head in places


def _num_before(text: str, start: int, end: int) -> re.Match[str] | None:
    """`NUM_BEFORE_PARTY_RE.search(text, start, end)`, searched only where the stretch ends in whitespace after a
    digit, as every match does (`\\s` is what `str.isspace` tells, `\\d` what `str.isdecimal` does)."""
    stretch = text[start:end]
    rest = stretch.rstrip()
    if len(rest) == len(stretch) or not rest[-1:].isdecimal():
        return None
    return NUM_BEFORE_PARTY_RE.search(text, start, end)


def _abbrev_pairs(doc: Doc, start: int, end: int) -> list[tuple[re.Match[str], str]]:
    """'Final result, Cardiff Council: Lab 55, Con 11, LD 10, PC 2': two or more 'Abbr N' pairs in a line about
    a council's seats or counting off the count's progress ('With 24 of 39 declared: LD 13, Con 8, Lab 2'), never
    one about a ward's votes."""
    line = doc.text[start:end]
    if not (holds_any(line, "0123456789") if line.isascii() else _DIGIT_RE.search(line)):
        return []  # each pair holds a figure (`\d` is 0-9 in ASCII text; `in` tests are faster than a scan)
    if (
        (
            (not holds_any(line, _COUNCIL_LINE_KEYS) or not _COUNCIL_LINE_RE.search(doc.text, start, end))
            and not _RUNNING_TALLY_RE.search(doc.text, start, end)  # "With 24 of 39 declared: LD 13, Con 8"
        )
        or (
            _folded_search(doc, _NOT_COUNCIL_LINE_RE, _NOT_COUNCIL_LINE_LOWER_RE, start, end)
            and not _only_counted_off(doc.text, start, end)
        )
    ) and not _under_a_control_line(doc, start, end):
        return []
    # "Result of council at last election (2012): Labour 18, ..."
    if _HISTORY_RE not in doc.shut and _HISTORY_RE.search(doc.text, start, end):
        return []
    pairs = [(m, m.group("p")) for m in ABBREV_NUM_RE.finditer(doc.text, start, end)]
    if pairs:  # "RA 27, Lib Dem 4": a group's initials, the group the post spells out ('the Residents' Associations')
        pairs = sorted(pairs + _initials_pairs(doc, start, end), key=lambda pair: pair[0].start())
    if doc.groups:  # "Boston Independent 14, Ind 1": the group's own last word is the group's pair, no Independent's
        pairs = [(m, _group_around(doc, m) or p) for m, p in pairs]
    if len(pairs) < 2 or _beyond_a_body([number_value(m.group("n")) or 0 for m, _ in pairs], line):
        return []
    return [(m, PARTY_ALIAS.get(p) or PARTY_ABBREV.get(p) or p) for m, p in pairs]


def _only_counted_off(text: str, start: int, end: int) -> bool:
    """Whether every ward word of text[start:end] that `_NOT_COUNCIL_LINE_RE` finds is the count's progress ('With
    every division declared, the council stands at: Con 52, LD 7', 'with four wards still to declare'): wards
    counted off, not a ward's result."""
    found = False
    for m in _NOT_COUNCIL_LINE_RE.finditer(text, start, end):
        if not _WARD_WORD_RE.fullmatch(m.group()) or not _COUNTED_OFF_RE.match(text, m.end(), end):
            return False
        found = True
    return found


def _initials_pairs(doc: Doc, start: int, end: int) -> list[tuple[re.Match[str], str]]:
    """The 'XYZ N' pairs of text[start:end] whose capitals no party list knows but are the initials of a group the
    post spells out (see doc.group_of_initials)."""
    out = []
    for m in INITIALS_NUM_RE.finditer(doc.text, start, end):
        if m.group("p") not in PARTY_ABBREV and (group := group_of_initials(doc, m.group("p"))) is not None:
            out.append((m, group))
    return out


def _group_around(doc: Doc, m: re.Match[str]) -> str | None:
    """The local group whose last word is the pair's party word ('Ashfield Independents 30'), if one is."""
    for g in doc.groups:
        if g.start < m.start("p") < g.end and g.end == m.end("p"):
            return g.value
    return None


def _under_a_control_line(doc: Doc, start: int, end: int) -> bool:
    """'Lab 22, Ind 7, Con 7.' alone on its line, the line before saying who controls a council ('Hartlepool:
    Labour gain from no overall control.') and nothing about wards or votes but wards counted off."""
    if end - start > _BARE_LINE_MOST or start < 2 or doc.text[start - 1] != "\n" or not doc.text[start].isupper():
        return False
    line = doc.text[start:end].rstrip()
    words = line.split(None, 3)  # "Lab 22, ...", "Reform UK 31, ...": a figure second or third
    if len(words) < 4 or not (words[1][:1].isdecimal() or words[2][:1].isdecimal()):
        return False
    prev = doc.text.rfind("\n", 0, start - 1) + 1
    return (
        bool(_CONTROL_LINE_RE.search(doc.text, prev, start))
        and (  # ("With 14 of Walsall's 20 wards declared, ... keep control of Walsall Council.": wards counted off)
            not _folded_search(doc, _NOT_COUNCIL_LINE_RE, _NOT_COUNCIL_LINE_LOWER_RE, prev, start)
            or _only_counted_off(doc.text, prev, start)
        )
        and (
            BARE_PAIRS_RE.compiled().fullmatch(doc.text, start, start + len(line)) is not None
            or _bare_pairs_with_initials(doc, start, start + len(line))
        )
    )


def _bare_pairs_with_initials(doc: Doc, start: int, end: int) -> bool:
    """'Con 14, LD 10, OLRG 9, Ind 8.': a line of pairs alone, some of them a group's initials (each such capitals
    the initials of a group the post spells out)."""
    if BARE_INITIALS_PAIRS_RE.compiled().fullmatch(doc.text, start, end) is None:
        return False
    initials = [m for m in INITIALS_NUM_RE.finditer(doc.text, start, end) if m.group("p") not in PARTY_ABBREV]
    return bool(initials) and all(group_of_initials(doc, m.group("p")) is not None for m in initials)


def is_vote_line(doc: Doc, start: int, end: int, pairs: list[tuple[re.Match[str], str]]) -> bool:
    """'Bloxwich East: Reform UK 1,021, Labour 884': votes, not seats (a by-election, or figures no council has)."""
    figures = [number_value(m.group("n")) or 0 for m, _ in pairs]
    return bool(_folded_search(doc, _VOTE_LINE_RE, _VOTE_LINE_LOWER_RE, start, end)) or _beyond_a_body(
        figures, doc.text[_line_above(doc.text, start) : end]
    )


def _beyond_a_body(figures: list[int], line: str, *, commons: bool = False) -> bool:
    """Whether a line's figures are more seats than a council has (votes, then), unless the line says it counts
    the Commons ('With 597 of 650 seats declared: Con 326, Lab 191, ...', '... Greens 1, Speaker 1'), or `commons`
    (the post's page is about a parliament's seats: "The tally so far:" on a general election night counts the
    Commons), and they add up to no more than its seats."""
    if max(figures) <= _MOST_SEATS:
        return False
    return sum(figures) > _COMMONS_SEATS or not (commons or holds_any(line, _COMMONS_MARKS))


def _line_above(text: str, start: int) -> int:
    """Where the line above the one at `start` starts (`start` on the text's first line): a tally's heading there
    may say it counts the Commons ("With 480 of the 650 seats declared, the tally is:")."""
    line = text.rfind("\n", 0, start)
    if line <= 0:
        return start
    return text.rfind("\n", 0, line) + 1


def _folded_search(
    doc: Doc, rx: re.Pattern[str] | Lazy, lower_rx: re.Pattern[str] | Lazy, start: int, end: int
) -> bool:
    """`rx` (case-insensitive) found in [start, end), searched as `lower_rx` in the lower-cased text."""
    if doc.folds_safely():
        return bool(lower_rx.search(doc.lower, start, end))
    return bool(rx.search(doc.text, start, end))


# "First preferences: SNP 1,876, Lab 2,104": a ranked count's opening round, party by party
_FIRST_PREFERENCES_RE = Lazy(r"\bfirst[ -]preferences?\b", re.I)


def party_votes(doc: Doc) -> dict[str, int]:
    """Each party's figure in a one-line vote tally ('Reform UK 1,021, Labour 884, Conservative 402'); not a line of
    first preferences, whose figures are a ranked count's first round only (its candidate may win on transfers with
    a tally the post never gives), so no candidate's votes."""
    out: dict[str, int] = {}
    for start, end in doc.sentences:
        if "reference" in doc.text[start:end] and _FIRST_PREFERENCES_RE.search(doc.text, start, end):
            continue
        pairs = [
            (m, p.value) for p in doc.parties_in(start, end) if (m := PARTY_NUM_AFTER_RE.match(doc.text, p.end, end))
        ]
        if len(pairs) >= 2 and is_vote_line(doc, start, end, pairs):
            for m, party in pairs:
                n = number_value(m.group("n"))
                if n is not None:
                    out.setdefault(party, n)
    return out


# A seat figure dated before the poll by the rest of its clause ("40 of the 55 seats before this election", "18 seats
# going into polling day", "23 of the 40 seats last time", "31 seats in 2019"); not across a comma or a 'from' ("won 30,
# up from 25 before the election", "Labour 3 – in a county the Tories have run since 2009")
_BEFORE_THE_POLL_RE = Lazy(
    r"\b(?:(?:before|going\s+into|ahead\s+of)\s+(?:this|the|these|today's|Thursday's|polling)"
    r"(?:\s+(?:year's|local|council))?\s+(?:elections?|vote|polls?|count|day)"
    r"|last\s+time|at\s+the\s+(?:last|previous)\s+elections?|(?:\w+\s+)?years\s+ago|in\s+(?:19|20)\d\d)\b"
)
_CLAUSE_BREAK_RE = Lazy(r"[,;(–—]|\s-\s|\bfrom\b")
_DATED_REACH = 40  # how far after the figure the date may start ("of the 55 seats on Dudley Council before ...")
_BEFORE_THE_POLL_KEYS = ("before", "into", "ahead", "last", "previous", "ago", "in 19", "in 20")  # one in every match


def _dated_before_the_poll(text: str, start: int, end: int) -> bool:
    """Whether text[start:end], the rest of a seat figure's sentence, dates it before the poll (a match of
    `_BEFORE_THE_POLL_RE` starting within `_DATED_REACH` characters, no clause break before it)."""
    rest = text[start:end]
    if not holds_any(rest, _BEFORE_THE_POLL_KEYS):
        return False
    after = _BEFORE_THE_POLL_RE.search(rest, 0, _DATED_REACH + 40)
    return after is not None and after.start() <= _DATED_REACH and not _CLAUSE_BREAK_RE.search(rest, 0, after.start())


# a seat figure its clause dates before the poll ("won 11 Assembly seats in 2024"), and the words after it up to a later
# figure of the sentence: a run of parties and figures only ("the Conservatives eight, the Greens three") goes on with
# that past result, a verb ("..., now has 35") opens a clause of its own
_DATED_FIGURE_RE = Lazy(
    rf"(?<![\w,.]){NUM}\s+(?:[\w-]+\s+){{0,2}}?(?:seats|councillors|MPs|members)\s+"
    r"(?:in\s+(?:19|20)\d\d|last\s+time|at\s+the\s+(?:last|previous)\s+elections?|(?:\w+\s+)?years\s+ago)\b"
)
_CLAUSE_VERB_RE = Lazy(
    r"\b(?:now|has|have|had|hold|holds|held|won|wins|win|took|takes|is|are|was|were|with|on|while|but|compared)\b"
)
_DATED_FIGURE_KEYS = ("in 19", "in 20", "last time", "previous", "last election", "ago")


def _run_after_a_dated_figure(text: str, start: int, pos: int) -> bool:
    """Whether a seat figure at `pos` goes on, in a run of parties and figures, from one its sentence (from `start`)
    dates before the poll ('Labour won 11 seats in 2024, the Conservatives eight, the Greens three')."""
    if not holds_any(text[start:pos], _DATED_FIGURE_KEYS):
        return False
    ends = [d.end() for d in _DATED_FIGURE_RE.finditer(text, start, pos)]
    return bool(ends) and not _CLAUSE_VERB_RE.search(text, ends[-1], pos)  # (after the last before the figure)


# a place's capitalised words after a seat total's "in" ('two seats each in Anyshire Vale and Coast')
_PLACE_AT_RE = Lazy(r"[A-Z][\w'’-]*(?:[ \t]+(?:and[ \t]+)?[A-Z][\w'’-]*){0,4}(?![\w'’-])")
# a total counted out of the party's own seats ('kept five of their six seats'): what it held going in, so a town
# of one word after it ('in Kelby') is a part of the council too
_OF_THEIR_RE = Lazy(r"\bof\s+their\s")
# words naming a body or a nation, whose seats a total counts ('in the Senedd', 'in Northern Ireland')
_BODY_PLACE_WORDS = frozenset(
    {"Council", "Councils", "County", "Borough", "District", "City", "Parliament", "Assembly", "Senedd", "Holyrood"}
    | {"Commons", "Westminster", "Stormont", "Scotland", "Wales", "England", "Ireland", "London", "Chamber"}
)


def _a_constituency_at(doc: Doc, pos: int, councils: list[Mention], fewest: int = 2) -> bool:
    """Whether the words at `pos` (after a seat total's 'in') name a place of `fewest` to five words that no council,
    county, region or body is: a constituency or a multi-member ward, whose seats are no party's total on the body
    ('Reform and Plaid took two seats each in Anyshire Vale and Coast'). One word is left alone ('in Bolton') unless
    `fewest` is 1."""
    m = _PLACE_AT_RE.match(doc.text, pos)
    if m is None or len(m.group(0).split()) < fewest:
        return False
    name = m.group(0)
    words = name.split()
    return not (
        not _BODY_PLACE_WORDS.isdisjoint(words)
        or name.lower() in COUNCIL_AREAS
        or name in COUNTIES
        or name in REGIONS
        or any(c.start == pos for c in councils)
        or any(p.start == pos for p in doc.parties)
    )


# "..., enough for the Greens to take" right before a figure: what a swing or a share would be enough for, seats
# taken, not a party's total
_ENOUGH_FOR_BEFORE_RE = Lazy(r"\benough\s+for\s+[^.;:,]{1,40}?\s+to\s+(?:\w+\s+){1,2}$")


def _add_total(
    doc: Doc,
    out: list[dict[str, Any]],
    seen: Seen,
    m: re.Match[str],
    party: str | None,
    councils: list[Mention],
    *,
    figure: str = "n",
) -> None:
    """Add the total `m` gives `party` (its seats: the group `figure`), unless it is not the council's now; a total
    known already is kept in `seen` as a twin of the first."""
    seats = number_value(m.group(figure))
    if party is None or seats is None:
        return
    s, e = doc.sentence_of(m.start())
    if _dated_before_the_poll(doc.text, m.end(), e):
        return  # "Labour ran the council with 40 of the 55 seats before this election": the make-up before the count
    if _run_after_a_dated_figure(doc.text, s, m.start("n")):
        return  # "Labour won 11 seats in 2024, the Conservatives eight": the dated result's run goes on
    of = m.groupdict().get("of")
    if of and (number_value(of) or _FEWEST_SEATS) < _FEWEST_SEATS:
        return  # "won three of the six seats in X": the seats of a ward, a constituency or a region, not a body's
    if "list" in doc.text[s:e] and _LIST_OPENING_RE.match(doc.text, s, e):
        return  # "On the regional list the Greens won four seats, Reform UK three": the list's seats, a body's share
    if "enough" in doc.text[s : m.start(figure)] and _ENOUGH_FOR_BEFORE_RE.search(doc.text, s, m.start(figure)):
        return  # "a swing enough for the Greens to take 12 seats": what a swing would do, seats taken, not a total
    total = {
        "council": council_for(doc, m.start(), councils, strict=True),
        "party": party,
        "seats": seats,
        "of": number_value(of) if of else None,
    } | doc.evidence(s, e)
    if (party, seats) in seen:
        seen[party, seats].append(total)
    else:
        seen[party, seats] = []
        out.append(total)


def seats_needed(doc: Doc, councils: list[Mention]) -> list[dict[str, Any]]:
    out = []
    for keyed, kind in ((_NEEDED, "needed"), (_SHORT, "short")):
        for m in keyed.finditer(doc):
            n = number_value(m.group("n"))
            if doc.holds(_FORECAST_KEYS, fold=True) and _forecast_sentence(doc, m.start()):
                continue  # "the BBC projects Labour would be 20 seats short of a majority": no body's count yet
            if n is not None:
                out.append(
                    {
                        "council": council_for(doc, m.start(), councils),
                        "party": doc.subject_party(m.start()) if kind == "short" else None,
                        "seats": n,
                        "kind": kind,
                    }
                    | doc.evidence(m.start(), m.end())
                )
    return out


def majorities(
    doc: Doc, candidates: list[dict[str, Any]], mentions: dict[str, list[int]], wards: list[Mention]
) -> list[dict[str, Any]]:
    """'by just three votes', 'a majority of nearly 200' (approximate), tied to the winner of the sentence."""
    out: list[dict[str, Any]] = []
    spans: list[tuple[int, int]] = []
    for keyed in doc.open_of(MAJORITY_RES):
        for m in keyed.finditer(doc):
            if any(s <= m.start() < e for s, e in spans) or _seat_majority(doc.text, m):
                continue
            if doc.text.startswith(" to ", m.end()) and _TOTALS_AFTER_RE.match(doc.text, m.end()):
                continue  # "won by 96,104 votes to 89,077", "approved by 7 votes to 2": two totals, no majority
            n = number_value(m.group("n"))
            if n is None:
                continue
            spans.append((m.start(), m.end()))
            s, e = doc.sentence_of(m.start())
            if _overcome_majority(doc.text, m.start(), s):
                continue
            winner = _winner_in(candidates, mentions, s, m.start()) or _winner_in(candidates, mentions, s, e)
            winner = winner or _winner_by(candidates, n)
            same = [x for x in out if x["votes"] == n]
            if same and (same[0]["candidate"] or not winner):
                continue
            out[:] = [x for x in out if x["votes"] != n]
            fact: dict[str, Any] = {
                "ward": _ward_in(doc, wards, s, m.start(), last=True)
                or (winner or {}).get("ward")
                or _ward_in(doc, wards, s, e)
                or _only(wards),
                "party": (winner or {}).get("party") or doc.subject_party(m.start()),
                "candidate": (winner or {}).get("name"),
                "votes": n,
            }
            if m.group("approx") or is_rounded(m.group("n")):  # "a majority of about 200", "of 1.2k"
                fact["approximate"] = True
            out.append(fact | doc.evidence(m.start(), m.end()))
    return out


def _winner_by(candidates: list[dict[str, Any]], margin: int) -> dict[str, Any] | None:
    """The elected candidate whose votes beat a loser's by exactly `margin` (1,305 against 1,304: by one)."""
    losers = {c["votes"] for c in candidates if c.get("elected") is False and c.get("votes") is not None}
    for c in candidates:
        if c.get("elected") and c.get("votes") is not None and c["votes"] - margin in losers:
            return c
    return None


_TOTALS_AFTER_RE = Lazy(rf" to (?:{DIGITS})\b")


def _seat_majority(text: str, m: re.Match[str]) -> bool:
    """A council majority ('a majority of 12 seats'), a share, or history ('a majority of 10,725 in 2019')."""
    return bool(_NOT_A_WARD_MAJORITY_RE.match(text, m.end()))


# "overturning a Tory majority of 612", "where Labour is defending a majority of 2,316", "turned a Tory majority of
# 8,000 into a Labour one": the majority held before the count, which the winner overcame or the holder defends, not
# the one the result gives
_OVERCOME_BEFORE_RE = re.compile(
    r"\b(?:overturn(?:ed|ing|s)?|turn(?:ed|ing|s)?|overc(?:ame|ome|oming)|defend(?:ed|ing|s)?|wip(?:ed|ing)\s+out|sitting\s+on)\s+"
    r"(?:(?:a|an|the|its|their|his|her)\s+)?(?:[\w'’-]+\s+){0,2}$"
)


def _overcome_majority(text: str, start: int, sentence_start: int) -> bool:
    """Whether the majority phrase at `start` is one overturned or defended (`_OVERCOME_BEFORE_RE`)."""
    return _OVERCOME_BEFORE_RE.search(text, max(sentence_start, start - 48), start) is not None


def _winner_in(
    candidates: list[dict[str, Any]], mentions: dict[str, list[int]], s: int, e: int
) -> dict[str, Any] | None:
    """The elected candidate named last in [s, e) (the nearest before a majority phrase that ends the span)."""
    here = [
        (max(m for m in mentions.get(c["name"], ()) if s <= m < e), c)
        for c in candidates
        if c.get("elected") and any(s <= m < e for m in mentions.get(c["name"], ()))
    ]
    return max(here, key=lambda x: x[0])[1] if here else None


def _ward_in(doc: Doc, wards: list[Mention], s: int, e: int, *, last: bool = False) -> str | None:
    here = [w for w in wards if s <= w.start < e]
    return here[-1 if last else 0].value if here else None


def _only(wards: list[Mention]) -> str | None:
    names = {w.value for w in wards}
    return names.pop() if len(names) == 1 else None


def changes(doc: Doc, wards: list[Mention], councils: list[Mention], winners: dict[int, str]) -> list[dict[str, Any]]:
    """Gains, holds and losses; `winners` maps a sentence index to the party its elected candidate stands for."""
    out: list[dict[str, Any]] = []
    starts = {p.start for p in doc.parties}  # "Sarah Green lost" is not the Green Party
    for rx, keyed in zip(CHANGE_RES, _CHANGE_KEYED, strict=True):
        for m in keyed.finditer(doc):
            kind = _VERB_TYPE.get(m.group("v")[:4])
            if kind is None or m.start("p") not in starts:
                continue
            party = PARTY_ALIAS[m.group("p")]
            rest = m.group("rest")
            noun = rx is CHANGE_RES[1] and _ward_in(doc, wards, *doc.sentence_of(m.start()))
            if not (
                noun
                or _SEAT_OBJECT_RE.match(rest)
                or _FROM_RE.search(rest)
                or _TO_RE.search(rest)
                or _ward_in(doc, wards or doc.constituencies, m.end("v"), m.end("v") + 40)
            ):
                continue
            other = (_FROM_RE if kind == "gain" else _TO_RE).search(rest)
            if other and m.start("rest") + other.start("p") not in starts:
                other = None
            if kind == "loss" and other:
                _add_change(doc, out, "gain", PARTY_ALIAS[other.group("p")], party, m, wards, councils)
            from_party = PARTY_ALIAS[other.group("p")] if other and kind == "gain" else None
            _add_change(doc, out, kind, party, from_party, m, wards, councils)
    for m in _SEAT_FROM.finditer(doc):
        party = winners.get(doc.sentence_index(m.start()))
        if party:
            _add_change(doc, out, "gain", party, PARTY_ALIAS[m.group("p")], m, wards, councils)
    for m in _SEAT_WENT.finditer(doc):
        _add_change(doc, out, "gain", PARTY_ALIAS[m.group("p")], None, m, wards, councils)
    if wards and doc.holds(_TICKER_KEYS):
        _ticker_changes(doc, out, wards, councils)
    return out


# A ticker's verdict right after its ward: "Ashgrove - Con gain from Lab", "Park End: Oakley Residents Association
# hold", "Winnersh (Wokingham) - LD hold" (the ward read by `wards`); tried only in a post holding a verdict word,
# after a ward that a dash, colon or bracket follows (a test of two characters a ward)
_TICKER_KEYS = ("gain", "hold", "GAIN", "HOLD")  # (index keys: a set test a post)
_TICKER_MARKS = frozenset(":-–—(")
_TICKER_VERDICT_RE = Lazy(
    rf"[ \t]*(?:\([^()\n]{{1,60}}\)[ \t]*)?[:–—-][ \t]*(?P<p>{LIST_PARTY_ALT}|{LOCAL_GROUP})[ \t]+"
    rf"(?P<v>gain|hold|GAIN|HOLD)\b(?:[ \t]+(?:from|FROM)[ \t]+(?P<f>{LIST_PARTY_ALT}|{LOCAL_GROUP})(?![\w'’-]))?"
)


def _ticker_changes(doc: Doc, out: list[dict[str, Any]], wards: list[Mention], councils: list[Mention]) -> None:
    """The gains and holds of a ticker's lines, each its ward's (the party as the line writes it, short or in full)."""
    text = doc.text
    for w in wards:
        if text[w.end : w.end + 2].lstrip(" \t")[:1] not in _TICKER_MARKS:  # (most wards: no call of the pattern)
            continue
        m = _TICKER_VERDICT_RE.match(text, w.end)
        if m is None:
            continue
        kind = m.group("v").lower()
        party = _ticker_party(m.group("p"))
        if any((c["type"], c["party"], c["ward"]) == (kind, party, w.value) for c in out):
            continue
        line_start = text.rfind("\n", 0, w.start) + 1
        line_end = text.find("\n", m.end())
        out.append(
            {
                "type": kind,
                "party": party,
                "from_party": _ticker_party(m.group("f")) if kind == "gain" and m.group("f") else None,
                "ward": w.value,
                "council": council_for(doc, w.start, councils),
            }
            | doc.evidence(line_start, len(text) if line_end < 0 else line_end)
        )


def _ticker_party(written: str) -> str:
    return PARTY_ALIAS.get(written) or PARTY_ABBREV.get(written) or written


def _add_change(
    doc: Doc,
    out: list[dict[str, Any]],
    kind: str,
    party: str,
    from_party: str | None,
    m: re.Match[str],
    wards: list[Mention],
    councils: list[Mention],
) -> None:
    s, e = doc.sentence_of(m.start())
    only = None if ROUND_UP_RE not in doc.shut and ROUND_UP_RE.search(doc.text) else _only(wards)
    # The wards of the change's own clause when the sentence strings several with ';' ("Lib Dem gain from Labour
    # in Pallion; independent gain from Labour in St Chad's"), else the sentence's
    text, at = doc.text, m.start()
    cs, ce = text.rfind(";", s, at), text.find(";", at, e)
    clause: list[str | None] = [w.value for w in wards if (s if cs < 0 else cs) <= w.start < (e if ce < 0 else ce)]
    here: list[str | None] = clause or [w.value for w in wards if s <= w.start < e] or [only]
    for ward in dict.fromkeys(here):
        key = (kind, party, ward)
        if any((c["type"], c["party"], c["ward"]) == key for c in out):
            continue
        out.append(
            {
                "type": kind,
                "party": party,
                "from_party": from_party,
                "ward": ward,
                "council": council_for(doc, m.start(), councils),
            }
            | doc.evidence(s, e)
        )


# Before 'to take control of': a need, an aim or a failure ("need 28 seats to", "hope to", "failed to"); not
# "went on to", "enough to"
_AIM_BEFORE_RE = Lazy(
    r"\b(?:needs?|needed|needing|hop(?:e|es|ed|ing)|aim(?:s|ed|ing)?|bid|bidding|wants?|wanted|tr(?:y|ies|ied|ying)"
    r"|seek(?:s|ing)?|sought|fail(?:s|ed)?|could|would|might|must|on\s+course)\b"
)


# A council's standing dated before the count: "no overall control since 2019", "had been under no overall control"
_NOC_SINCE_RE = Lazy(r"\s+since\s+(?:(?:19|20)\d\d\b|the\s+(?:last|previous)\s+election)")
_HAD_BEEN_UNDER = ("had been under ", "had been in ")


def control(doc: Doc, councils: list[Mention]) -> list[dict[str, Any]]:
    out = []
    for m in _CONTROL.finditer(doc):
        if doc.text.endswith("to ", 0, m.start()) and _AIM_BEFORE_RE.search(
            doc.text, doc.sentence_of(m.start())[0], m.start()
        ):
            continue  # "Reform need 28 seats to take control of the council": a target, not a result
        v = m.group("v")
        held = v[:4] in ("reta", "keep", "kept", "hold", "held") and not v.startswith(("retak", "retook"))
        status = "lost" if v.startswith("los") else "hold" if held else "won"
        party = doc.subject_party(m.start())
        if party:
            out.append(
                {"council": _controlled(doc, m.end(), councils), "party": party, "status": status}
                | doc.evidence(m.start(), m.end())
            )
    for m in _NOC.finditer(doc):
        if _NOC_SINCE_RE.match(doc.text, m.end()) or doc.text.endswith(_HAD_BEEN_UNDER, 0, m.start()):
            continue  # "which has been under no overall control since 2019": the state before the count
        out.append(
            {"council": council_for(doc, m.start(), councils), "party": None, "status": "no overall control"}
            | doc.evidence(m.start(), m.end())
        )
    return out


def _controlled(doc: Doc, pos: int, councils: list[Mention]) -> str | None:
    """The council right after 'control of': named, or 'the council' / the county resolved; None for
    'control of seven councils'."""
    after = [c for c in councils if pos <= c.start <= pos + 6]
    if after:
        return after[0].value
    if _THE_COUNCIL_RE.match(doc.text, pos):
        return council_for(doc, pos, councils)
    return None


def recounts(doc: Doc, wards: list[Mention], councils: list[Mention]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for m in _RECOUNT.finditer(doc):
        s, e = doc.sentence_of(m.start())
        ward = _ward_in(doc, wards, s, e)
        if any(r["ward"] in (ward, None) for r in out):
            out[:] = [r for r in out if r["ward"] is not None or ward is None]
            if any(r["ward"] == ward for r in out):
                continue
        out.append(
            {"ward": _ward_in(doc, wards, s, e), "council": council_for(doc, m.start(), councils)} | doc.evidence(s, e)
        )
    return out
