"""Wards and divisions, with or without the word 'ward': 'the Darley ward', 'won the Wirksworth seat',
'lost her seat in Coalville North', 'Bethan Eddy (Warsop)', 'Conservative gain Hucknall North from ...'."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence

from scraper.entities.councils import (
    JOINERS,
    ON_WATER,
    area_council,
    area_heading,
    council_place,
    party_word,
    seats_of_a_parliament,
)
from scraper.entities.cues import OUTCOME_NEXT_RE
from scraper.entities.doc import Doc, Keyed, Lazy, Mention, group_of_initials, holds_any, number_value
from scraper.entities.lexicon import (
    AREAS_OF_COUNCIL,
    BUILDING_WORDS,
    COUNCIL_AREAS,
    COUNTIES,
    COUNTY_COUNCIL,
    LIST_PARTY_ALT,
    LOCAL_GROUP,
    LOCAL_SUFFIXES,
    NOT_NAME_WORDS,
    PARTY_ABBREV,
    PARTY_ALIAS,
    PARTY_ALT,
    PLACE_SUFFIXES,
    REGIONS,
    RUN_STOP_WORDS,
    TITLE_ALT,
    WORD_CHARS,
    WORD_NUMBERS,
    literal,
    shortest_prefixes,
    word_start,
)
from scraper.entities.lists import ward_table
from scraper.entities.names import WON_A_SEAT, Person

# (lexicon.WORD_CHARS: `[\w'’-]*` without a class that holds '’', cheap to compile; RUN has four)
_CAP = rf"[A-Z]{WORD_CHARS}(?:/[A-Z]{WORD_CHARS})*"  # "Anderston/City/Yorkhill"
# (a Gaelic name joins with "a'": 'Eilean a' Cheò')
# ('Tonge with the Haulgh', 'Wolston and the Lawfords'; not 'Kelby with the Lib Dems second', 'Kelby and the Greens')
# (the party after 'with the' told by an alias's first word, or the start of one (a lookahead needs no 'Greens'
# beside 'Green'): all of PARTY_ALT inside RUN made every pattern holding
# RUN ~4x dearer to compile, 100 ms more at start-up)
_PARTY_FIRST_WORDS = "|".join(literal(w) for w in shortest_prefixes({a.split()[0] for a in PARTY_ALIAS}))
# (and a Gaelic name's lower-case words: "Steòrnabhagh a Tuath", "Na Hearadh agus Ceann a Deas nan Loch"; its 'a'
# only before a compass point, not "Oak Vale a Labour gain")
_GAELIC_JOINER = r"agus|nan|a(?=[ \t]+(?:Tuath|Deas|Siar|Ear)\b)"
# (a Welsh name's 'and': 'ac' before a vowel, "a'r" = 'and the', and 'a' only before the aspirate mutation it causes,
# "Llanbadarn Fawr a Chomins Coch", "Tregaron ac Ystrad Fflur", "Aberaeron a'r Glannau"; not "Oak Vale a Labour gain")
_WELSH_JOINER = r"ac|a['’]r|a(?=[ \t]+(?:Ch|Ph|Th)[a-z])"
_JOINER = (
    rf"(?:and|with)(?:[ \t]+the(?![ \t]+(?:{_PARTY_FIRST_WORDS})))?|&|upon|under|le|la|de|cum|of|a['’]|{_GAELIC_JOINER}"
    rf"|{_WELSH_JOINER}"
    rf"|{ON_WATER}"
)
RUN = rf"{_CAP}(?:[ \t]+(?:(?:{_JOINER})[ \t]+)?{_CAP})*"
# the margin of a seat won or held, after its name: "by seven votes", "by just 12 votes", "after a recount"
_BY_A_MARGIN = r"\s+(?:by\s+(?:just\s+|only\s+)?[\w,]+\s+votes?|after\s+a\s+recount)\b"
# a name in a ward's result list ("Jenna Bartell")
_LISTED_NAME = r"[A-Z][\w'’-]+(?:[ \t]+[\w'’-]+){1,3}"
_WORD_RE = re.compile(r"[\w'’.&/-]+")
# RUN read backwards from a key it precedes after whitespace ('Melsop North seat'): how far back it can start
# (see Keyed). A word backwards is letters ending on its capital; joiners are written backwards too.
_REV_CAP = r"(?:[\w'’-]*[A-Z]/)*[\w'’-]*[A-Z]"
_REV_JOINER = "|".join(
    w[::-1]
    for w in (
        "and the",
        "and",
        "&",
        "upon",
        "under",
        "le",
        "la",
        "de",
        "with the",
        "with",
        "cum",
        "of",
        "a'",
        "a’",
        "agus",
        "nan",
        "a",
        "ac",
        "a'r",
        "a’r",
    )
)
_REV_RUN = rf"{_REV_CAP}(?:[ \t]+(?:(?:{_REV_JOINER})[ \t]+)?{_REV_CAP})*"
_RUN_BACK_RE = re.compile(rf"\s+{_REV_RUN}")
_CAPS_BACK_RE = re.compile(rf"\s+{_REV_CAP}(?:[ \t]+{_REV_CAP}){{1,3}}")  # two to four capitalised words, backwards
# a councillor's standing or kind, before the title: not a ward's name ("Former councillor", "Town councillor")
_STANDING = (
    r"(?:Former|Veteran|Sitting|Fellow|Local|Retiring|Outgoing|Long-serving|Newly|New|Deputy|Town|Parish|Community"
    r"|District|City|Borough|County|Ward|The|A|An)"
)
# _RUN_BACK_RE over a bracket glossing the run in another language, 'Gorllewin (West) ward', read backwards
# "Brookside, Labour hold", backwards from 'hold': the party's words, the comma, the run
_SPOKEN_VERDICT_BACK_RE = re.compile(rf"[ \t]+[\w'’-]+(?:[ \t]+[\w'’-]+){{0,3}}[ \t]+,{_REV_RUN}")
_GLOSSED_RUN_BACK_RE = re.compile(rf"\s+(?:\)[^()\n]{{1,30}}\(\s*)?{_REV_RUN}")
# a bracket glossing the run before it, "Llandrillo-yn-Rhos (Rhos-on-Sea) seat": a bilingual ward's other name
_GLOSS = r"(?:\s+\([A-Z][\w'’ -]{0,28}\))?"
# ... or its other name after a slash, "Y Fflint / Flint"
_SLASHED = rf"(?:[ \t]+/[ \t]+{RUN})?"
_GONE_BACK_RE = Lazy(rf"\s+(?:sah|evah)\s+{_REV_RUN}")  # 'has' / 'have' before 'gone to', read backwards
# "has split its two seats": a place of a few seats shared out between parties, a multi-member ward ("has filled its
# three seats": the same place's seats all taken)
_SPLITS_ITS_SEATS = r"\s+(?:has|have)\s+(?:split|shared|divided|filled)\s+its\s+(?:two|three|four|both)\s+seats\b"
# 'has' / 'have' read backwards, then a bracket glossing the run, "Aberaeron a'r Glannau (Aberaeron and Coast) has"
_GONE_GLOSSED_BACK_RE = Lazy(rf"\s+(?:sah|evah)(?:\s+\)[^()\n]{{1,30}}\()?\s+{_REV_RUN}")
_WON_BY = ("won", "held", "taken", "gained", "retained", "lost", "kept")
# 'Canterbury City South was won by', backwards from 'by'
_WON_BY_BACK_RE = re.compile(
    rf"\s+(?:{'|'.join(w[::-1] for w in _WON_BY)})\s+(?:saw|erew|neeb\s+(?:sah|evah))\s+{_REV_RUN}"
)
# result tickers: "Lowestoft Harbour: Green gain from Conservative", "East Devon, Exmouth Littleham - Con hold"
_ON_COUNCIL = r"\s+on\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s+Council\b"
_TICKER_LINE = (
    r"[ \t]*(?:\d\d?[:.]\d\d[ \t]+)?"  # "04:12 Medway, Strood West: Lab gain from Con" (the time it was declared)
    rf"(?:(?P<pre>{RUN})[ \t]*(?:(?P<comma>,)|[–—])[ \t]+)?(?P<run>{RUN})"
    r"(?:[ \t]*\([^()\n]{1,60}\))?"  # "Winnersh (Wokingham Borough Council) - LD gain from Con"
    r"[ \t]*[:|–—-][ \t]*"  # (a table's row: "Stonebridge | Lab hold")
    # (or an area's independents written short: "Sutton Marsh: Lincs Ind gain from Con"; or a local group as
    # written: "Ashtead Common - Ashtead Residents Association hold")
    rf"(?:(?:{LIST_PARTY_ALT}|{LOCAL_GROUP}|[A-Z][\w'’-]+[ \t]+Inds?)\s+(?:gain|hold|GAIN|HOLD)\b"
    # (or a seat that stayed with its party, the party in brackets: "Bedwell - no change (Lab)")
    rf"|(?:no|No|NO)[ \t]+(?:change|CHANGE)[ \t]*\((?:{LIST_PARTY_ALT})\))"
)
# (the line must hold the colon or dash before the party, on the line (runs hold no newline): looked for first,
# so a line without one is not read run by run, which backtracks through every split of its capitalised words)
_TICKER = rf"(?m)^(?=[^\n]*[:|–—-]){_TICKER_LINE}"
# What a ticker's verdict holds before its key, read backwards: the spaces, then the party or 'no' on the colon's or
# dash's line (a party's name, a local group's and 'no' hold no newline): a post whose 'gain' or 'hold' has no colon
# or dash before it on its line does not compile _TICKER
_TICKER_BACK_RE = re.compile(r"\s+[^\n]*?[:|–—-]")
_FOLDED_KEYS = ("seat", "victory", "win", "result", "recount", "gain", "hold", "loss", "majority", "quota", "tie")
# A key after whitespace that may hold a newline ('Labour\ngain'): the line the whitespace starts on.
_SPACES_BACK_RE = re.compile(r"\s*")
# How far before its key a pattern whose run is followed by commas, 'and' and other words can start.
_WIDE_BACK_RE = re.compile(r"[\w'’/&\-,\s]*")
# ", one of the three-seat wards", ", a two-member ward", ", one of the county's few two-member wards": an apposition
# calling the place before it a ward (the ward the noun of its phrase: not ", one of the towns with most wards")
_CALLED_A_WARD = (
    r",[ \t]+(?:one[ \t]+of[ \t]+the|the|a|an)[ \t]+(?:(?!(?:with|of|in|for|and|that|most)\b)[\w'’-]+[ \t]+){0,3}"
    r"wards?\b(?!-)"
)
# 'Mill End is another Green gain', backwards from 'gain': the party (up to four words), the article, the verb, the run
_VERDICT_OF_BACK_RE = re.compile(rf"[ \t]+(?:[\w'’-]+[ \t]+){{1,4}}?(?:rehtona|na|a)[ \t]+(?:si|saw)[ \t]+{_REV_RUN}")
# (opening on the verbs' letters, not a boundary: a post holding 'In ' is searched for it, and sre skips to them)
_WON_THE_WARD = word_start("won|held|took|gained|kept|retained") + r"[ \t]+the[ \t]+ward\b"
# Each pattern captures a run of capitalised words (`run`) that the text marks as a ward; with it, the literal
# words one of which it needs, and where its matches can start (see Keyed).
_WARD_PATTERNS = tuple(
    Keyed.of(p, keys, **where)
    for p, keys, *opt in (
        # "the Darley ward", "Rose Hill and Littlemore division", "Gorllewin (West) ward" (not "Full ward-by-ward
        # results": a word before a compound of 'ward' names none; nor a person named Ward, the subject of a seat
        # won: "Colin Ward won Wyberton")
        (
            rf"(?P<run>{RUN}){_GLOSS}\s+(?:ward|Ward|electoral division|division|DEA|district electoral area)s?\b(?!-)"
            rf"(?!(?<=Ward){WON_A_SEAT})",
            ("ward", "Ward", "division", "DEA", "district electoral area"),
            {"at": "back", "back": _GLOSSED_RUN_BACK_RE},
        ),
        # "Hartsbridge District Council, Ashcombe Vale" on a line of its own (a by-election report's heading; with
        # a colon, see _ward_after_council)
        (
            rf"(?m)^[ \t]*{RUN}[ \t]+(?:Council|DC|BC|CC|MBC)[ \t]*[,–—-][ \t]*(?P<run>{RUN})"
            r"[ \t]*(?:\([^()\n]*\))?[ \t]*$",
            ("Council", "DC", "BC", "CC"),
            {"at": "line", "after": re.compile(r"[ \t]*[,–—-]")},
        ),
        # "BISHOPS HULL   LD HOLD", "HIGH STREET  CON GAIN FROM LAB": a teletext page's or a results table's row in
        # capitals, the ward before the winner's party code and the verdict (a multi-seat ward's size in a bracket)
        (
            r"(?m)^[ \t]*(?P<run>[A-Z][A-Z'’.&-]*(?:[ \t]+[A-Z][A-Z'’.&-]*){0,5})(?:[ \t]+\([^()\n]*\))?"
            rf"[ \t]+{LIST_PARTY_ALT}[ \t]+(?:HOLD|GAIN)\b",
            ("HOLD", "GAIN"),
            {"at": "line"},
        ),
        # "Ashcombe Vale, Hartsbridge District Council:" on a line of its own (the heading of the ward's result list)
        (
            rf"(?m)^[ \t]*(?P<run>(?>{RUN})),[ \t]+{RUN}[ \t]+Council[ \t]*:?[ \t]*$",
            ("Council",),
            {"at": "line", "lazy": True, "after": re.compile(r"[ \t]*:?[ \t]*(?:\n|$)")},
        ),
        # "Hartsbridge District Council, Ashby, Oakley and Vale: Lab gain from Con" (a ward named as a list)
        (
            rf"(?m)^[ \t]*{RUN}[ \t]+(?:Council|DC|BC|CC|MBC),[ \t]+(?P<run>{RUN}(?:,[ \t]+{RUN})+)[ \t]*:",
            ("Council,", "DC,", "BC,", "CC,"),
            {"at": "line"},
        ),
        # "Cllr Martin Oakes (Conservative, Moulton)"
        (
            rf"\((?:{LIST_PARTY_ALT}),[ \t]+(?P<run>{RUN})\)",
            ("(",),
            {"lazy": True},
        ),
        # "Hawes - Conservative: Ann Lee" on a line of its own: a ward's winner under a heading of winners
        (
            rf"(?m)^[ \t]*(?P<run>(?>{RUN}))[ \t]* [–—-] [ \t]*(?:{LIST_PARTY_ALT}):[ \t]+(?=[A-Z])",
            (" - ", " – ", " — "),
            {"at": "line"},
        ),
        # "the East Mainland, South Ronaldsay and Burray ward"
        (
            word_start("the|The")
            + rf"\s+(?P<run>{RUN}(?:,[ \t]+{RUN})+[ \t]+(?:and|&)[ \t]+{RUN})\s+(?:ward|division)\b",
            ("ward", "division"),
            {"at": "back", "back": _WIDE_BACK_RE, "first": re.compile("[Tt]he"), "inner": ","},
        ),
        # "Preston, one of the three-seat wards in Paignton," / "Ashby, a two-member ward,": an apposition calling
        # the place a ward (see _CALLED_A_WARD), the name opening its sentence or after "in" / "from" / "of" /
        # "for" / "at" (not the tail of a longer name: the English half of a ward named in two languages, "Y Gogledd
        # / North, a four-member ward")
        (
            r"(?:(?<![^\n])|(?<=[.!?:;] )|(?<=\bin )|(?<=\bIn )|(?<=\bfrom )|(?<=\bof )|(?<=\bfor )|(?<=\bat ))"
            rf"(?P<run>{RUN}){_CALLED_A_WARD}",
            ("ward",),
            {"at": "back", "back": _WIDE_BACK_RE, "inner": ","},
        ),
        # "Among the gains was Bredbury Green and Romiley"
        (
            rf"{word_start('gains?|holds?|losses|loss')}\s+(?:was|were|included?|including)\s+(?:the\s+)?(?P<run>{RUN})",
            ("gain", "hold", "loss"),
            {"at": "key"},
        ),
        # "Conservative gain Hucknall North from ...", "Labour hold Bulwell Forest." (or at a line's end, or with the
        # margin after it: "Conservatives hold Ash Vale by seven votes", "Greens hold Eastgate after a recount")
        (
            rf"{word_start('gain|gains|hold|holds')}\s+(?P<run>(?>{RUN}))"
            rf"(?=\s+from\b|\s*[.;]|[ \t]*(?m:$)|{_ON_COUNCIL}|{_BY_A_MARGIN})",
            ("gain", "hold"),
            {"at": "key"},
        ),
        # "the returning officer has finally declared Ashby Vale.": the place whose result is declared, the
        # sentence's or the line's end after it (not "declared Ann Cole the winner", "declared Kelby Council's ...")
        (
            rf"{word_start('declared')}\s+(?P<run>(?>{RUN}))(?=[ \t]*[.;]|[ \t]*(?m:$))",
            ("declared",),
            {"at": "key"},
        ),
        # "The Greens took Ashgrove from Labour", "Lib Dems take Marsh End from the Tories": a seat taken from a
        # party (a council's own area, 'took Cardiff from Labour', is the council: see _pattern_runs)
        (
            rf"{word_start('take|takes|took|taken|snatch|snatched|seize|seized|won|wins')}\s+(?P<run>(?>{RUN}))"
            rf"(?=\s+from\s+(?:the\s+)?{PARTY_ALT}(?![\w'’-]))",
            ("take", "took", "snatch", "seize", "won", "wins"),
            # (the rest of the verb, a capital, and 'from' past a run that holds no newline)
            {"at": "key", "after": re.compile(r"[a-z]*\s+[A-Z][^\n]*?\s+from\s")},
        ),
        (
            _TICKER,
            ("gain", "hold", "GAIN", "HOLD", "change", "CHANGE"),
            {"at": "line", "back": _SPACES_BACK_RE, "before": _TICKER_BACK_RE},
        ),
        # an explainer of a round of by-elections, one vacancy a line: "Ashley: Jo Parr (Lab to Ind) resigned in
        # May", "Ashley: Conservative Jo Parr died in March" (the seat left empty, before the councillor who left it)
        (
            rf"(?m)^[ \t]*(?P<run>{RUN}):[ \t]+(?:(?:{LIST_PARTY_ALT})[ \t]+)?(?={_LISTED_NAME}[ \t]+"
            r"(?:\([^()\n]{1,40}\)[ \t]+)?(?:has[ \t]+)?(?:resigned|died|stood[ \t]+down|stepped[ \t]+down)\b)",
            (" resigned", " died", " stood down", " stepped down"),
            {"at": "line"},
        ),
        # "Brookside, Labour hold, Jo Pennant re-elected with 1,032 votes.": a spoken round-up's ward, then its verdict
        # after a comma, opening a sentence
        (
            rf"(?:\A|(?<=\n)|(?<=[.!?][ \t]))(?P<run>{RUN}),[ \t]+(?:{LIST_PARTY_ALT})[ \t]+(?:gain|hold)\b"
            r"(?=[ \t]*(?:[,.;]|$))",
            ("gain", "hold"),
            {"at": "back", "back": _SPOKEN_VERDICT_BACK_RE},
        ),
        # ward result lists: "Ashley: Jenna Bartell (Green) 2,140, ...", "Ashley - Elected: Jenna Bartell (Green) ...",
        # "Ashley: Jenna Bartell and Joe Pike (both Green) elected" (or a local group's: "Ashley - Jo Parr (Ashley
        # Residents)")
        (
            rf"(?m)^[ \t]*(?P<run>{RUN})(?::|[ \t]+[-–—])[ \t]+(?:(?:Elected|ELECTED|elected)[ \t]*:[ \t]+)?"
            rf"(?={_LISTED_NAME}(?:(?:,[ \t]*|[ \t]+and[ \t]+){_LISTED_NAME}){{0,5}}[ \t]*"
            rf"\((?:(?:all|both)[ \t]+)?(?:{LIST_PARTY_ALT}|{LOCAL_GROUP})\))",
            ("(",),
            {"at": "line", "lazy": True},
        ),
        # "Oak Vale - Elected for Labour: Ann Cole and Tom Hale" (a multi-member ward's winners by party)
        (
            rf"(?m)^[ \t]*(?P<run>{RUN})(?::|[ \t]+[-–—])[ \t]+(?:Elected|ELECTED|elected)[ \t]+for[ \t]+"
            rf"(?:the[ \t]+)?(?:{LIST_PARTY_ALT}|{LOCAL_GROUP})[ \t]*:",
            ("lected for", "LECTED for"),
            {"at": "line", "lazy": True},
        ),
        # "Mill End is another Green gain from Labour", "Eastfield was a Labour hold": the seat a verdict is said of
        (
            rf"(?P<run>{RUN})[ \t]+(?:is|was)[ \t]+(?:another|an?)[ \t]+(?:{PARTY_ALT}|{LOCAL_GROUP})[ \t]+"
            r"(?:gain|hold)\b",
            ("gain", "hold"),
            {"at": "back", "back": _VERDICT_OF_BACK_RE, "lazy": True},
        ),
        # "a Reform UK gain from Labour in Mill End": where the gain was
        (
            rf"{word_start('gain')}[ \t]+from[ \t]+(?:the[ \t]+)?(?:{PARTY_ALT})[ \t]+in[ \t]+(?:the[ \t]+)?"
            rf"(?P<run>{RUN})",
            ("gain from",),
            {"at": "key", "lazy": True},
        ),
        # "In Ward 11, Hillhead, ..." (Scottish multi-member wards are numbered)
        (
            rf"{word_start('Ward')}\s+\d+\s*[,:–—-]\s*(?P<run>{RUN})",
            ("Ward",),
            {"at": "key", "lazy": True},
        ),
        # "held St Ives East, Lelant and Carbis Bay on Cornwall Council"
        (
            rf"(?P<run>{RUN}(?:,[ \t]+{RUN})+[ \t]+(?:and|&)[ \t]+{RUN})(?=\s+(?:ward|division|seat|on\s+(?:the\s+)?"
            rf"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s+Council))",
            ("ward", "division", "seat", "Council"),
            {"at": "back", "back": _WIDE_BACK_RE, "inner": ","},
        ),
        # "Walsall Council by-election, Bloxwich East: ..."
        (
            rf"{word_start('by-election')}[,:][ \t]+(?P<run>{RUN})[ \t]*[:–—-]",
            ("by-election",),
            {"at": "key", "lazy": True},
        ),
        # "becomes Hotwells and Harbourside's first Green councillor"
        (
            rf"(?P<run>{RUN})['’]s\s+(?:first|new|newest|only)\b[^.;]{{0,30}}?\bcouncillor",
            ("councillor",),
            {"at": "back", "back": re.compile(r"[^.;]*"), "lazy": True},
        ),
        # "Canterbury City South was won by ...", "... has been won by ..."
        (
            rf"(?P<run>{RUN})\s+(?:was|were|ha(?:s|ve)\s+been)\s+(?:{'|'.join(_WON_BY)})\s+by\b",
            ("by",),
            {"at": "back", "back": _WON_BY_BACK_RE},
        ),
        # "Prestatyn North (two seats):", "Aird Vale, Hartsbridge Council - four seats, first preferences:"; or after
        # a comma closing a heading line, "Gurnos, three seats:"
        (
            rf"(?m)^[ \t]*(?P<run>{RUN})(?:[ \t]*,[ \t]*{RUN}[ \t]+Council)?"  # "Bo'ness, Falkirk Council (3 seats)"
            r"[ \t]*(?:(?:\(|[–—-][ \t]*)(?:one|two|three|four|five|\d)\s+seats?(?:\)|\b)"
            r"|,[ \t]*(?:one|two|three|four|five|\d)\s+seats?(?=[ \t]*:?[ \t]*$))",
            ("seat",),
            {
                "at": "line",
                "back": _SPACES_BACK_RE,
                "after": re.compile(r"s?(?:\)|\b)"),
                "before": re.compile(r"\s+(?:eno|owt|eerht|ruof|evif|\d)(?:\(|[ \t]*[–—,-])"),  # '(two ', backwards
            },
        ),
        # "In Bishop's Stortford Silverleys, a two-seat ward, ...": a run the text goes on to call a ward of so many
        # seats or members (a ward's description, after the comma; a bilingual name's other half after a slash,
        # "Rhiwabon / Ruabon, a two-member ward", is the same ward, named as first written)
        (
            rf"(?P<run>{RUN}){_SLASHED},[ \t]+an?[ \t]+(?:one|two|three|four|five|six|single|\d)[ -]?(?:seat|member)"
            r" (?:ward|division)\b",  # (one space: the keys' own)
            ("seat ward", "member ward", "seat division", "member division"),
            {"lazy": True},
        ),
        # "There's a pause in Oak Vale, where the two-member ward's count has stopped": a run the clause after it
        # calls the ward
        (
            rf"(?P<run>{RUN}),[ \t]+where[ \t]+the[ \t]+"
            r"(?:(?:one|two|three|four|five|six|single|\d)[ -]?(?:seat|member)[ \t]+)?(?:ward|division)\b",
            ("where the",),
            {"lazy": True},
        ),
        # "Kirkwall East, the islands' biggest ward": a run the text goes on to call a ward by its size
        (
            rf"(?P<run>{RUN}),[ \t]+the[ \t]+(?:[\w'’-]+[ \t]+){{0,2}}?(?:biggest|largest|smallest)"
            r" (?:ward|division)\b",  # (one space: the keys' own)
            ("biggest ward", "largest ward", "smallest ward", "biggest division", "largest division"),
            {"lazy": True},
        ),
        # "Lerwick South elects four councillors": a place electing a ward's few members (a council elects more)
        (
            rf"(?:(?<![a-z][ \t])|(?<=\band[ \t]))(?P<run>{RUN})\s+elects\s+(?:two|three|four|five|[2-5])\s+"
            r"(?:councillors|members)\b",
            ("elects",),
            {"at": "back", "back": _RUN_BACK_RE},
        ),
        # "In Brook Vale, five candidates stood for three seats", "On Holm, two candidates stood for one seat": a
        # place's contest for a ward's few seats (a council's are more: "In Anyshire, 90 candidates stood for 40 seats")
        (
            rf"(?:(?<![\w'’-])[IO]n)\s+(?:the\s+)?(?P<run>{RUN}),[ \t]+(?:[a-z]+|\d\d?)[ \t]+candidates[ \t]+"
            r"(?:stood|were standing|are standing|ran)[ \t]+for[ \t]+(?:one|two|three|four|five|six|[1-9]|1[0-2])"
            r"[ \t]+seats?\b",
            ("candidates stood", "candidates were", "candidates are", "candidates ran"),
            {"at": "back", "back": _WIDE_BACK_RE, "first": re.compile("[IO]n ")},
        ),
        # "Ashgrove (2): Helen Marsh and Peter Oakes" on a line of its own: a place with its few seats in a bracket
        # before the names of its members (an uncontested ward's line; a party's tally, "Labour (12): ...", is
        # cleaned out as a party)
        (
            rf"(?m)^[ \t]*(?P<run>{RUN})[ \t]*\((?:[1-9]|one|two|three|four|five|six)(?:[ \t]+seats?)?\):"
            rf"[ \t]+[A-Z][\w'’-]+[ \t]+[A-Z]",
            ("):",),
            {"at": "line"},
        ),
        # "Hale, Marsh End and Brook each elect one councillor": places each electing a ward's few members
        (
            rf"(?P<run>{RUN}(?:,[ \t]+{RUN})*)[ \t]+each[ \t]+elect[ \t]+"  # (RUN holds the last 'and')
            r"(?:one|two|three|four|five|[1-5])[ \t]+(?:councillors?|members?)\b",
            ("each elect",),
            {"at": "back", "back": _WIDE_BACK_RE},
        ),
        # "Voters in Brook Vale, which elects two members to Anyshire County Council, ...": a place electing a ward's
        # few members
        (
            rf"(?P<run>{RUN}),[ \t]+which[ \t]+elects[ \t]+(?:one|two|three|four|five|[1-5])[ \t]+"
            r"(?:councillors?|members?)\b",
            ("which elects",),
            {"at": "back", "back": _WIDE_BACK_RE},
        ),
        # "... each elect one member of Farholm Council, and Holm elects nine": the place the count goes on to, its
        # members elided
        (
            r"\beach[ \t]+elect[ \t]+(?:one|two|three|four|five|[1-5])[ \t]+(?:councillors?|members?)\b[^.;:\n]{0,60}?"
            rf",?[ \t]+and[ \t]+(?P<run>{RUN})[ \t]+elects[ \t]+(?:[a-z]+|\d\d?)(?=[ \t]*[.;,])",
            ("each elect",),
            {"at": "key", "lazy": True},
        ),
        # "The count for Brook Vale (Vale of Brooks) has finished", "The count for Mill End, which covers two villages,
        # is over": a place's own count over (a council's area, "the count in Sunderland", is none: see _pattern_runs)
        (
            rf"{word_start('count')}\s+(?:for|in)\s+(?:the\s+)?(?P<run>{RUN})"
            r"(?:[ \t]*\([^()\n]{1,40}\)|,[ \t]+(?:which|that)\s+(?:covers|includes|takes\s+in)\b[^,;.\n]{1,60},)?\s+"
            r"(?:has\s+(?:now\s+)?(?:finished|ended|concluded|been\s+completed)|is\s+(?:now\s+)?(?:over|complete|finished))\b",
            ("count for", "count in"),
            {"at": "key", "lazy": True},
        ),
        # "The first ward to declare is Royton North", "the last division to declare was Abbey"
        (
            rf"\b(?:ward|division)\s+to\s+(?:declare|report)\s+(?:is|was)\s+(?:the\s+)?(?P<run>{RUN})",
            ("ward to", "division to"),
            {"at": "key", "lazy": True},
        ),
        # "The final ward, Ashby Vale, has declared", "the first division to declare, Marsh End, ...": a ward in
        # apposition to the words that count it among the night's wards
        (
            rf"{word_start('the|The')}\s+(?:final|last|first|next|latest|only)\s+(?:ward|division)"
            rf"(?:\s+to\s+(?:declare|report|be\s+declared))?,[ \t]+(?P<run>(?>{RUN}))(?=,)",
            tuple(
                f"{o} {u}" for o in ("final", "last", "first", "next", "latest", "only") for u in ("ward", "division")
            ),
            {"lazy": True},
        ),
        # "in the ward of Eastrop"
        (
            rf"{word_start('the')}\s+(?:ward|division)\s+of\s+(?P<run>{RUN})",
            ("ward", "division"),
            {"after": re.compile(r"\s+of\s+[A-Z]")},
        ),
        # "Hollins Green has elected its first Labour councillor", "Stow and Slade have elected two Greens": a place
        # electing a councillor, the subject at a sentence's start (not "Kelby Council has elected a new leader": no
        # councillor or seat in the clause)
        (
            rf"(?:^|(?<=[.!?:]\s)|(?<=\n))(?P<run>{RUN})\s+(?:has|have)\s+(?:re-?)?elected\b"
            r"(?=[^.;:\n]{0,60}\b(?:councillors?|seats?|Greens?|Tor(?:y|ies)|Conservatives?|Lib\s+Dems?|Labour)\b)",
            ("has elected", "have elected", "has re-elected", "have re-elected"),
            {"at": "back", "back": _RUN_BACK_RE},
        ),
        # "Kirkby Cross went to the Greens", "Brook Hill fell to Reform UK": a seat going to a party, the place the
        # subject (not "seats in Kelby went to Labour", "Control of Kelby went to Labour"; nor in a headline, where
        # "West Northants goes to Reform" is a council's control)
        (
            rf"(?<![a-z][ \t])(?!Control\b)(?P<run>{RUN})\s+(?:went|goes|fell|falls)\s+to\s+(?:the\s+)?"
            rf"(?:{PARTY_ALT}|{LOCAL_GROUP})",
            ("went to", "goes to", "fell to", "falls to"),
            {"at": "back", "back": _RUN_BACK_RE},
        ),
        # "Polesworth has gone to Reform UK", "... and Abbey has fallen to the Greens": the same in the perfect
        (
            rf"(?:(?<![a-z][ \t])|(?<=\band[ \t]))(?!Control\b)(?P<run>{RUN})\s+(?:has|have)\s+(?:gone|fallen)\s+to\s+"
            rf"(?:the\s+)?(?:{PARTY_ALT}|{LOCAL_GROUP})",
            ("gone to", "fallen to"),
            {"at": "back", "back": _GONE_BACK_RE},
        ),
        # "Hall Green has split its two seats between Labour and the Greens": a place of a few seats shared out
        # between parties, a multi-member ward (a council has more seats than a word counts here), its gloss allowed
        (
            rf"(?:(?<![a-z][ \t])|(?<=\band[ \t]))(?P<run>{RUN}){_GLOSS}{_SPLITS_ITS_SEATS}",
            ("split its", "shared its", "divided its", "filled its"),
            {"at": "back", "back": _GONE_GLOSSED_BACK_RE},
        ),
        # "Oak Vale re-elected all four of its councillors", "Marsh End returned both its councillors": the place
        # whose councillors were elected
        (
            rf"(?P<run>{RUN})\s+(?:has\s+|have\s+)?(?:re-?elected|returned)\s+(?:all\s+|both\s+)?"
            r"(?:(?:two|three|four|five|[2-5])\s+)?(?:of\s+)?(?:its|their)\s+(?:\w+\s+)?councillors\b",
            ("re-elected", "reelected", "returned"),
            {
                "at": "back",
                "back": _RUN_BACK_RE,
                "after": re.compile(r"\s+(?:all\s+|both\s+)?(?:\w+\s+)?(?:of\s+)?(?:its|their)\s"),
            },
        ),
        # "the North Evington by-election", "the Eastfield re-run" (an election held again after a court voided it);
        # not "the Aberconwy Senedd by-election", a parliament's seat
        (
            rf"(?P<run>{RUN})(?<!Senedd)(?<!Holyrood)(?<!Westminster)(?<!Parliament)\s+(?:by-elections?|re-?runs?)\b",
            ("by-election", "re-run", "rerun"),
            {"at": "back", "back": _RUN_BACK_RE, "lazy": True},
        ),
        # "won a seat on Highland Council for the first time, in Wick and East Caithness": where a seat on a
        # council was won, named after the council (and a few words of the sentence's own; one seat: "three seats
        # on Tendring District Council in Clacton" are a town's)
        (
            rf"\bseat{_ON_COUNCIL}[^.;:\n]{{0,30}}?,?[ \t]+in[ \t]+(?:the[ \t]+)?(?P<run>(?>{RUN}))"
            r"(?=[ \t]*[,.;]|[ \t]*$)",
            ("seat",),
            {"at": "key", "lazy": True},
        ),
        # "Kirkwall East councillor Magnus Flett": the ward a councillor sits for, before the title and the name (a
        # name of two words or more, none a joiner's: "Orkney councillor Tom Hay and Highland councillor ..."; not a
        # councillor's standing, "Former councillor", "Sitting Reform councillor")
        (
            rf"(?!{_STANDING}\b)(?P<run>{_CAP}(?:[ \t]+{_CAP}){{1,3}})[ \t]+councillor[ \t]+"
            r"(?=[A-Z][\w'’-]+[ \t]+[A-Z])",
            ("councillor ",),
            {"at": "back", "back": _CAPS_BACK_RE, "lazy": True},
        ),
        # "The Conservatives need to hold Bromley Cross, where their majority was 1,389": a place to hold or win
        # where a party's majority in votes, a seat's, is told (not "where the Tory majority is 40 seats")
        (
            word_start(r"hold|holding|win|winning|take|taking|gain|gaining|defend|defending|keep|keeping")
            + rf"\s+(?P<run>(?>{RUN})),\s+where\s+(?:the\s+)?(?:(?:{PARTY_ALT})(?:['’]s)?\s+|(?:their|its|his|her)\s+)?"
            r"majority\s+(?:was|is|of)\s+(?:just\s+|only\s+)?\d[\d,]*(?![\d,]|\s+seats?\b)",
            ("majority",),
            {"lazy": True},
        ),
        # "won the Wirksworth seat", "his Sheldon seat"
        (
            rf"(?P<run>{RUN}){_GLOSS}\s+seats?\b",
            ("seat",),
            {"at": "back", "back": _GLOSSED_RUN_BACK_RE},
        ),
        # "kept his seat in Launde", "victory in Duffield", "recount now for Alfreton and Somercotes", "a recount has
        # also been called in Marsh End", "a tie in Marsh End"
        (
            rf"\b(?i:seat|seats|victory|win|result|recount|gain|hold|loss|majority|quota|tie)\s+"
            rf"(?:(?:has|have|had)\s+(?:also\s+)?been\s+)?"
            rf"(?:(?:now|again|here|expected|due|called|ordered|requested|under\s?way|taking place|is|was)\s+)?"
            # (a count is held at a venue: 'a recount at ExCeL London' names no ward)
            rf"(?:in|for|(?<![Cc]ount )at)\s+(?:the\s+)?(?P<run>{RUN})",
            _FOLDED_KEYS,
            {"fold": True, "at": "key"},
        ),
        # "the full result from Ashby Vale on Wexford Council", "the first result is in, from Ashby Vale:", "the first
        # result, from Ashby Vale, is due at noon": where a result comes from (before its council, ending the line that
        # heads its figures, or set off by commas); not 'results from Ashby', a town's several wards
        (
            rf"{word_start('Result|result')}\b(?P<aside>,(?=[ \t]+from\b))?[^.\n]{{0,40}}?\bfrom\s+(?:the\s+)?"
            rf"(?P<run>{RUN})"
            rf"(?={_ON_COUNCIL}|[ \t]*:[ \t]*(?:\n|$)|(?(aside),|(?!)))",
            ("Result", "result"),
            {"at": "key", "lazy": True, "after": re.compile(r"[^.\n]{0,41}?\bfrom\s")},
        ),
        # "the first preferences are in from Ashby Vale", "the result is now in from Ashby Vale": the place a count's
        # figures have come in from
        (
            rf"{word_start('is|are|was|were')}[ \t]+(?:now[ \t]+|just[ \t]+)?in[ \t]+from[ \t]+(?:the[ \t]+)?"
            rf"(?P<run>(?>{RUN}))",
            ("in from",),
        ),
        # "the Ashby Vale win shows ...", "after the Marsh End gain": a verdict the place names, as a noun
        (
            rf"(?:(?<=\bthe )|(?<=\bThe ))(?P<run>(?>{RUN}))[ \t]+(?:win|hold|gain|victory)\b",
            ("win", "hold", "gain", "victory"),
            {"at": "back", "back": _RUN_BACK_RE},
        ),
        # "the last result of the day came from Ashby Vale, after a recount": the place a single result came from
        (
            rf"{word_start('Result|result')}\b[^.\n]{{0,40}}?\b(?:came|comes|has[ \t]+come)[ \t]+from[ \t]+"
            rf"(?:the[ \t]+)?(?P<run>(?>{RUN}))(?=[ \t]*[,.;]|[ \t]*$|[ \t]+(?:ward|division)\b)",
            ("Result", "result"),
            {
                "at": "key",
                "lazy": True,
                "after": re.compile(r"[^.\n]{0,40}?\b(?:came|comes|has[ \t]+come)[ \t]+from\b"),
            },
        ),
        # "it's a Reform gain: Washington North, which ...": the seat a verdict names after its colon
        (
            rf"{word_start('gain|hold|GAIN|HOLD')}:[ \t]+(?P<run>(?>{RUN}))(?=[ \t]*[,.;]|[ \t]*$)",
            ("gain:", "hold:", "GAIN:", "HOLD:"),
            {"at": "key", "lazy": True},
        ),
        # "No vote needed in Mill End", "no poll was held in Mill End": a ward whose seats were filled unopposed
        (
            rf"\b(?:No|no)\s+(?:vote|poll|contest|election)\s+(?:(?:was|is|will\s+be)\s+)?(?:needed|required|held"
            rf"|necessary)\s+in\s+(?:the\s+)?(?P<run>{RUN})",
            ("No vote", "no vote", "No poll", "no poll", "No contest", "no contest", "No election", "no election"),
            {"at": "key", "lazy": True},
        ),
        # "Voters in Mill End did not need to go to the polls": the same, its voters the subject
        (
            rf"\b(?:Voters|voters)\s+in\s+(?:the\s+)?(?P<run>{RUN})\s+(?:did\s+not|didn['’]t|will\s+not|won['’]t)\s+"
            r"(?:need|have)\s+to\s+(?:go\s+to\s+the\s+polls|vote|cast\s+a\s+(?:vote|ballot))\b",
            ("Voters in", "voters in"),
            {"at": "key", "lazy": True},
        ),
        # "Voters in Brook Vale and Marsh End also chose a councillor, in by-elections to Anyshire Council": the
        # places whose voters had a by-election to a council the sentence names (each one a ward)
        (
            rf"\b(?:Voters|voters)\s+in\s+(?:the\s+)?(?P<run>{RUN}(?:,[ \t]+{RUN})*)\b[^.;\n]{{0,80}}?"
            rf"\bby-elections?\s+(?:to|for|on)\s+(?:the\s+)?{RUN}[ \t]+Council\b",
            ("Voters in", "voters in"),
            {"at": "key", "lazy": True},
        ),
        # "the third of the night's Anyshire Council by-elections, in Brook Vale, ...": the place a by-election to a
        # named council was held in (the council named, the place is its ward; 'a council by-election in Kelby' is
        # an area's)
        (
            rf"{RUN}[ \t]+Council[ \t]+by-elections?,?[ \t]+in[ \t]+(?P<run>(?>{RUN}))(?=[ \t]*[,.;:]|[ \t]*$)",
            ("Council by-election",),
            {"at": "back", "back": _RUN_BACK_RE},
        ),
        # "tied on 1,212 votes apiece in Stanford East": where a tied pair stood
        (
            rf"(?<=votes\s)(?:each|apiece)\s+in\s+(?:the\s+)?(?P<run>{RUN})",
            ("each", "apiece"),
            {"at": "key", "lazy": True},
        ),
        # "A and B are inseparable in Stanford East, on 1,212 votes apiece": where a tied pair stood, their shared
        # votes after it (not "level in Kelbyshire, on 20 each", a council's parties and their seats)
        (
            rf"{word_start('inseparable|level|tied|deadlocked')}\s+in\s+(?:the\s+)?(?P<run>{RUN})"
            r"(?=,?\s+(?:on|with)\s+\d[\d,]*\s+votes\b)",
            ("inseparable in", "level in", "tied in", "deadlocked in"),
            {"at": "key", "lazy": True},
        ),
        # "turnout was highest in Ashdown, at 46%, and lowest in Moor End (27%)": the wards a turnout's extremes name
        (
            rf"{word_start('highest|lowest')}\s+(?:(?:turnout|so\s+far|of\s+all)\s+)*(?:(?:is|was|were)\s+)?in\s+"
            rf"(?:the\s+)?(?P<run>{RUN})(?=,?\s+(?:at|on|with)\s+\d[\d.]*\s*(?:%|per\s*cent)|\s*\(\d[\d.]*\s*%\))",
            ("highest", "lowest"),
            {"at": "key", "lazy": True},
        ),
        # "In Marsh End, Labour lost to the Greens": a place opening a sentence whose subject, a party, won or lost
        # (not "In Kelbyshire, the Tories lost 46 seats": a council's area, its seats or control; but "In Marsh End,
        # Labour gained both seats": a two-seat ward's)
        (
            rf"{word_start('In')}[ \t]+(?:the[ \t]+)?(?P<run>(?>{RUN})),[ \t]+(?:the[ \t]+)?(?:{PARTY_ALT})[ \t]+"
            r"(?:(?:have|has|also|narrowly|comfortably)[ \t]+)?"
            r"(?:held|gained|lost|won|kept|took|retained|regained|captured|snatched|hung on|held on)\b"
            r"(?![^.;,\n]{0,25}\b(?:(?<!\bboth )seats|control|councillors|majority|council)\b)",
            ("In ",),
            # (the run's comma, then the verb before the clause ends: a run and a party's name hold no comma, full
            # stop, semicolon or newline)
            {
                "at": "key",
                "after": re.compile(
                    r"[^,\n]*,[ \t]+[^.,;\n]*?[ \t](?:held|gained|lost|won|kept|took|retained|regained|captured"
                    r"|snatched|hung)\b"
                ),
            },
        ),
        # "In Worksop South East, 58 ballot papers were rejected. Labour's X won the ward": a place opening a sentence
        # that the post goes on (within a line or two) to call the ward someone won
        (
            rf"{word_start('In')}[ \t]+(?:the[ \t]+)?(?P<run>(?>{RUN})),"
            rf"(?=[^\n]{{0,200}}\n?[^\n]{{0,200}}?{_WON_THE_WARD})",
            ("In ",),
            {"at": "key", "needs": Lazy(_WON_THE_WARD)},
        ),
        # '"Thanks, Kelby North!" wrote Jo Bell once she had kept the ward': the place a winner thanks, in a sentence
        # that goes on to call it the ward (elected or re-elected in it, or won, held or kept it)
        (
            rf"{word_start('Thank you|Thanks')},?[ \t]+(?P<run>(?>{RUN}))[!.]?[\"”'’]"
            rf"(?=[^.\n]{{0,160}}?(?:{_WON_THE_WARD}|\belected[ \t]+in[ \t]+the[ \t]+ward\b))",
            ("Thank you", "Thanks"),
            {"at": "key"},
        ),
        # "The Tories held on in Lancaster Gate": a party or person keeping a seat in a place
        (
            rf"{word_start('held on|hung on|clung on|hang on')}\s+in\s+(?:the\s+)?(?P<run>{RUN})",
            ("held on", "hung on", "clung on", "hang on"),
            {"at": "key"},
        ),
        # "Four councillors have been elected in Kirkton, Angus": the councillors a place elected (its council's
        # area after the comma)
        (
            rf"{word_start('elected in')}\s+(?:the\s+)?(?P<run>{RUN})(?=,[ \t]+[A-Z])",
            ("elected in",),
            {"at": "key"},
        ),
        # "had represented Worksop North", "elected as a councillor for Mansfield North", "the Labour candidate in
        # Eastgate"
        (
            word_start(
                r"represented|representing|councillors? for|elected (?:as (?:a |the )?councillor |councillor )?for"
                r"|candidates? for|candidates? in|stood in|standing in|was in|were in|returned in"
            )
            + rf"\s+(?:the\s+)?(?P<run>{RUN})",
            (
                "represent",
                "councillor",
                "elected",
                "candidate",
                "stood in",
                "standing in",
                "was in",
                "were in",
                "returned in",
            ),
            # (the rest of the key's words, as the branches write them, then the run's capital)
            {
                "at": "key",
                "after": re.compile(
                    r"(?:(?<=represent)(?:ed|ing)|(?<=councillor)s? for|(?<=elected) (?:as (?:a |the )?councillor "
                    r"|councillor )?for|(?<=candidate)s? (?:for|in)|(?<= in))\s+(?:the\s+)?[A-Z]"
                ),
            },
        ),
        # "the member for Wrenbury with Broomhall on Cheshire East Council" (not an MP, "the member for Hexham")
        (
            word_start("member for")
            + rf"\s+(?:the\s+)?(?P<run>{RUN})(?=\s+on\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s+Council\b)",
            ("member for",),
            {"at": "key"},
        ),
        # "the Greens holding theirs in Kelby South", "Labour kept his in Marsh End": a seat, told by a possessive
        # pronoun, kept, won or lost in a place
        (
            word_start(
                r"held|holding|holds|kept|keeping|keeps|retained|retaining|defended|defending|lost|losing|won|winning"
            )
            + rf"\s+(?:theirs|his|hers|its\s+own|their\s+own|his\s+own|her\s+own)\s+in\s+(?:the\s+)?(?P<run>{RUN})",
            ("theirs in", "his in", "hers in", "own in"),
        ),
        # "a seat from the SNP in Kelby Southwest on Anyshire Council": a place in a council is one of its wards
        # ("returned for Kelby Southwest on Anyshire Council": the place a member sits for, the same)
        (
            rf"{word_start('in|for')}\s+(?:the\s+)?(?P<run>(?>{RUN})){_ON_COUNCIL}",
            ("in ", "for "),
            {"at": "key", "needs": re.compile(rf"\s(?:in|for)\s+(?:the\s+)?[A-Z][^.\n]{{0,60}}?{_ON_COUNCIL}")},
        ),
        # "after gaining Duffield and Belper South" (not "gaining Redditch Borough Council")
        (
            word_start(
                r"gained|gaining|won|winning|held|holding|kept|keeping|retained|retaining|took|taking|taken|lost|losing"
                r"|picked up|picking up|pick up|picks up|snatched|seized|captured"
            )
            + rf"\s+(?P<run>(?>{RUN}))(?!\s+(?:[Cc]ouncil|seats?\b|ward|division|by-election))",
            (
                "gain",
                "won",
                "winning",
                "held",
                "holding",
                "kept",
                "keeping",
                "retain",
                "took",
                "tak",
                "lost",
                "losing",
                "picked up",
                "picking up",
                "pick up",
                "picks up",
                "snatched",
                "seized",
                "captured",
            ),
            # (the rest of the verb a key opens, 'gain' 'gained' or 'gaining', then the run's capital)
            {
                "at": "key",
                "after": re.compile(
                    r"(?:(?<=gain)(?:ed|ing)|(?<=retain)(?:ed|ing)|(?<=tak)(?:ing|en)|(?<!gain)(?<!retain)(?<!tak))"
                    r"\s+[A-Z]"
                ),
            },
        ),
    )
    for where in opt or [{}]
)
# "In New Mills, Anne Clarke took the seat": a place opening a clause whose subject is a candidate.
# (`_pattern_runs` knows these by identity; each is compiled when a post first opens it, as the others are)
_TICKER_KEYED = next(k for k in _WARD_PATTERNS if k.rx.pattern == _TICKER)
_WENT_TO_KEYED = next(k for k in _WARD_PATTERNS if k.keys[:1] == ("went to",))
_TAKEN_FROM_KEYED = next(k for k in _WARD_PATTERNS if k.keys[:1] == ("take",))
_CAPITALS_ROW_KEYED = next(k for k in _WARD_PATTERNS if k.keys == ("HOLD", "GAIN"))
# A control table's row of a council's seats under its verdict: "CON 31   LD 24   IND 2", "Lab 40 | Con 9"
_SEATS_ROW_RE = Lazy(rf"[ \t]*(?:{LIST_PARTY_ALT}[ \t]+\d{{1,3}}(?:[ \t]*\|)?[ \t]*){{2,}}$", re.M)
_EACH_ELECT_KEYED = next(k for k in _WARD_PATTERNS if k.keys[:1] == ("each elect",))
_VOTERS_IN_KEYED = next(k for k in _WARD_PATTERNS if k.keys[:1] == ("Voters in",) and "by-election" in k.rx.pattern)
# ("On Tresco, ...": an island's own preposition, its comma required)
# (one word_start of the three, not one per group: an alternation of groups gives sre no letters to skip to)
_IN_ON = word_start(r"In|in|On(?=\s[^,.;:\n]{1,40},)")
_IN_BEFORE_PERSON_RE = re.compile(rf"{_IN_ON}\s+(?:the\s+)?(?P<run>{RUN})(?=,?\s)")
# "In Brixham, the two independents X and Y have held Furzeham": the clause names the seat its people won, so the
# place it opens on is the town around that ward, not the ward
_SEAT_NAMED_AFTER_RE = Lazy(
    rf"\b(?:held|won|took|taken|kept|gained|retained|captured)\s+(?!(?:{PARTY_ALT})\b)(?:the\s+)?{RUN}"
)
# a count's town before 'in' ("the Hambleton count in Thirsk"): where votes are counted, not a ward
_COUNT_BEFORE_IN = ("count ", "counts ", "count, ")
# "Labour's Ashley Carter won in Glascote": a ward after a person's result verb.
_PLACED = r"\s+(?:first|second|third|fourth|fifth|sixth|last)"
_TERM = r"(?:\s+for\s+a\s+\w+\s+term)?"
_PERSON_IN = Keyed.of(
    word_start(
        rf"won|held on|hung on|re-elected{_TERM}|elected{_TERM}|topped the poll|lost|lost out|beat|beaten|defeated"
        r"|unseated|ousted|toppled"
        rf"|regained|returned|finished{_PLACED}|came{_PLACED}|romped\s+home|sailed\s+home|cruised\s+home"
        r"|strolled\s+home|swept\s+home|eliminated|polled"
        # ("each finished on 412 votes in Polmear": the tally a name ended the count on, its figure after 'on')
        r"|finished\s+(?:level\s+)?on(?=\s+[\d,]+\s+votes?\b)|ended\s+(?:level\s+)?on(?=\s+[\d,]+\s+votes?\b)"
        r"|tied\s+on(?=\s+[\d,]+\s+votes?\b)"
    )
    + rf"(?:\s+for\s+(?:the\s+)?(?:{LIST_PARTY_ALT}))?"
    # ("at the fifth stage", "at stage five": an STV count's stage)
    # ("won 1,087 votes in Crown Wood": the name's own tally before the ward)
    rf"(?:\s+(?:by\s+)?(?:just\s+|only\s+)?[\d,]+\s+votes?|\s+(?:on|at)\s+(?:the\s+\w+\s+(?:count|stage)|(?:count|stage)\s+\w+)"
    r"|\s+(?:unopposed|uncontested|without\s+a\s+contest))?"
    rf"\s+in\s+(?:the\s+)?(?P<run>{RUN})",
    # every match starts on one of the branches' leading words (see Keyed)
    (
        *("won", "held on", "hung on", "re-elected", "elected", "topped the poll", "lost", "beat", "defeated"),
        *("unseated", "ousted", "toppled"),
        *("regained", "returned", "finished", "came", "romped", "sailed", "cruised", "strolled", "swept"),
        "eliminated",
        "polled",
        *("ended", "tied"),
    ),
    at="key",
    needs=re.compile(r"in\s+(?:the\s+)?[A-Z]"),  # 'in' and the run
    # ... after the key, with no full stop between: what may come between the verb and 'in' is words, a figure with
    # commas, a party's name (none holds a full stop), so a post whose 'won' or 'elected' ends its sentence before
    # any 'in' does not compile the pattern
    after=re.compile(r"[^.]*?\s+in\s+(?:the\s+)?[A-Z]"),
)
_IN_AFTER_PERSON_RE = re.compile(rf"\s+in\s+(?:the\s+)?(?P<run>{RUN})(?=\s+(?:on|ward|division)\b|\s*[.,;]|\s*$)")
_GAP_TO_PERSON_RE = re.compile(
    r"^[,\s]*(?:(?:the\s+)?[\w'’-]+[,\s]+){0,3}$"
    rf"|^,\s+(?:the\s+)?(?:{PARTY_ALT})\s+(?:candidate\s+)?$"  # "In Esh, Labour and Co-operative candidate X won"
    r"|^,[^.;:]{0,60}\b(?:elected|re-elected|returned)\s*:\s*$"  # "In Kelby, three Labour candidates were elected: "
    # "In Ashby, the council's deputy leader, Cllr X, held on": the person's office in apposition before the name
    rf"|^,\s+(?:the\s+)?(?:[\w'’-]+\s+){{1,7}}[\w'’-]+,\s+(?:(?:{TITLE_ALT})\s+)?$"
    # "In Ashby it was a quiet night: the Greens held both seats, X polling 901": the party's seats, then its people
    rf"|^,?\s+(?:it\s+was\s+[^.;:]{{1,40}}:\s+)?(?:the\s+)?(?:{PARTY_ALT})\s+(?:held|won|took|kept|retained|swept)"
    r"\s+(?:both|all|the|two|three|four)\b[^.;:,]{0,20}\bseats\s*[,:]\s+$"
    # "In Ashby, a Green gain from Labour - X elected with 901": the place's verdict in apposition, then its winner
    rf"|^,\s+(?:an?\s+)?(?:{PARTY_ALT})\s+(?:hold|gain)(?:\s+from\s+(?:the\s+)?(?:{PARTY_ALT}))?\s*[-–—:,]\s*$"
)
# "including in A, B and C", "Labour gains in Thurrock: A, B and C"
_INCLUDING = word_start(r"including(?:\s+in)?")
_RESULTS_IN = word_start("gains|holds|wins|losses")
_INCLUDING_LIST = Keyed.of(
    rf"(?:{_INCLUDING}|{_RESULTS_IN}(?:\s+in\s+{RUN})?[ \t]*:)"
    rf"\s+(?P<list>{RUN}(?:,\s+{RUN})*(?:,?\s+and\s+{RUN})?)",
    ("including", "gains", "holds", "wins", "losses"),
    at="key",
    # (after 'including' a run; after the others a colon, past a run of no colon or newline: 'Labour wins in
    # Thurrock' with no colon does not compile the pattern)
    after=re.compile(r"(?<=including)(?:\s+in)?\s+[A-Z]|(?:\s+in\s+[^\n:]*)?[ \t]*:"),
)
# "taking Darton East, Hoyland Milton and Penistone West from Labour and Worsbrough from the Lib Dems": seats
# taken, listed before 'from' (three or more: 'gained Bilton Grange and New Park' may be one ward), and one
# more after the party they came from
_TAKEN = word_start("taking|took|taken|gaining|gained|capturing|captured|seizing|seized|snatching|snatched")
_TAKEN_LIST = Keyed.of(
    rf"{_TAKEN}\s+(?P<list>{RUN}(?:,\s+{RUN})+,?\s+and\s+{RUN})(?=\s+from\b)",
    ("taking", "took", "taken", "gain", "captur", "seiz", "snatch"),
    at="key",
    # (the rest of the verb, then the first run and its comma: a run holds no comma and no newline)
    after=re.compile(r"[a-z]*\s+[A-Z][^,\n]*,"),
)
# "with Ashby Vale and Marsh End due before midnight", "with Oak Hill, Kelby and Marsh End still expected": wards whose
# results are still to come (no comma: one run, a ward such as 'Rose Hill and Littlemore' kept whole)
_DUE_LIST = Keyed.of(
    rf"{word_start('with')}\s+(?P<list>{RUN}(?:,\s+{RUN})*(?:,?\s+and\s+{RUN})?)\s+(?:still\s+|also\s+|yet\s+)?"
    r"(?:due|expected|to\s+come|to\s+declare)\b(?!\s+to\b)",
    ("with",),
    at="key",
    needs=re.compile(r"\s(?:due|expected|to\s+come|to\s+declare)\b"),
)
# "Labour has held both seats in Hanley Park, Joiner's Square and Shelton:": the seats of one ward, its name a list
# of places (a post's several wards would be 'seats in each of' them, or listed as wards)
_ONE_WARDS_SEATS = Keyed.of(
    r"\b(?:[Bb]oth|[Aa]ll[ \t]+(?:two|three|four|2|3|4))[ \t]+seats[ \t]+in[ \t]+"
    rf"(?P<list>{RUN}(?:,[ \t]+{RUN})+[ \t]+and[ \t]+{RUN})(?=[ \t]*(?:[:.;]|$))",
    ("seats in",),
)
_AND_FROM_RE = Lazy(rf"\s+from\s+(?:the\s+)?(?:{PARTY_ALT})\s+and\s+(?P<run>{RUN})(?=\s+from\b)")
_LIST_SPLIT_RE = Lazy(rf"{_CAP}(?:[ \t]+(?:(?:&|upon|under|le|la|de|with|cum|of)\s+)?{_CAP})*")
# "the West of England mayoralty": the area of a mayor or police commissioner, not a ward
_NOT_WARD_AFTER_RE = re.compile(r"\s+(?:mayoralty|mayoral|[Mm]ayor|[Pp]olice|PCC|combined\s+authority)\b")
_PLURAL_AFTER_RE = re.compile(r"\s+(wards|divisions|by-elections)\b")
_PAREN_WARD_RE = Lazy(rf"\s*\((?P<run>{RUN})\)")
_VOTES_AFTER_RE = re.compile(r"[ \t]*[:–—-]?[ \t]*\d")
_OUTCOME_CUE_RE = re.compile(
    word_start(
        r"seats?|won|took|held|kept|gain\w*|regain\w*|elected|lost|defeated|beat|beating|unseated|victory|saw off"
        r"|held off|fought off|topped|polled|ousted|retained|returned|came|finished"
        r"|received\s+\d[\d,]*"  # "received 1,530 votes": a count, not "received a warm welcome"
    )
    + r"\b"
)


def find_wards(
    doc: Doc,
    councils: list[Mention],
    people: list[Person],
    listed: Sequence[Person] = (),
    named: Sequence[Person] = (),
) -> list[Mention]:
    """Every ward the text marks as one; `people` are the candidates (a ward run stops before a name), `listed` the
    ones read in result lists, `named` every person the post names (a ward run stops before one of them that 'and'
    opens and a place of their own closes: "A is standing in Oakley and B in Vale")."""
    blocked = {council_place(c.value) for c in councils} | {c.value for c in councils}
    blocked.update(a for c in councils for a in AREAS_OF_COUNCIL.get(c.value, ()))
    for c in councils:  # "majority in Telford" on Telford & Wrekin Council: the council's first town, not a ward
        if " & " in c.value or " and " in c.value:
            blocked.add(council_place(c.value).replace(" & ", " and ").split(" and ")[0])
        if " upon " in c.value:  # "Lib Dems hold Richmond" on Richmond upon Thames Council: its short name
            blocked.add(council_place(c.value).split(" upon ")[0])
    spans = [(p.start, p.end) for p in people]
    spans += [(p.start, p.end) for p in named if p not in people and _gapped_person(doc.text, p)]
    found: list[Mention] = []
    heading = area_heading(doc)  # "Wyre Forest - Hillside"
    if heading is not None:
        found.extend(_clean_run(doc.text, heading.start("ward"), heading.end("ward"), blocked, spans))
    # each run once: several patterns mark the same run ('the Darley ward', 'won the Darley seat'), and a run's
    # cleaning depends on nothing else (the duplicates it gave were dropped by _dedupe_overlaps)
    runs = [*_pattern_runs(doc), *_runs_near_people(doc, people), *_listed_runs(doc)]
    if listed:  # ("Division | Winner | Party" over "Abbey | Ann Lee | Labour": the ward cell of each row)
        runs += [ward for ward, _reading, _at in ward_table(doc.text)]
    if listed:
        runs += _list_headings(doc, listed)
    for start, end in dict.fromkeys(runs):
        found.extend(_clean_run(doc.text, start, end, blocked, spans))
    found.extend(_compass_tickers(doc))
    for c in councils:
        if doc.text[c.start - 1 : c.start] == "(" and doc.text[c.end : c.end + 1] == ")":
            run = _run_ending_at(doc, c.start - 1)  # "Brecon St Mary (Powys): ...": a ward before its council's bracket
            if run is not None:
                found.extend(_clean_run(doc.text, run, c.start - 1, blocked, spans))
        elif doc.text[c.end : c.end + 1] == ":" and (after := _COUNCIL_COLON_WARD_RE.match(doc.text, c.end)):
            found.extend(_clean_run(doc.text, after.start("run"), after.end("run"), blocked, spans))
    if found and (
        (
            not _names_local_words(doc)
            and not _several_seats_by_election(doc.text)
            and (doc.parliament_page or _about_constituencies_or_polls_like_one(doc) or seats_of_a_parliament(doc))
        )
        or ("ouncillor" in doc.text and _polls_like_a_constituency_naming_councillors(doc))
    ):
        doc.constituencies = _dedupe_overlaps(found)
        return []
    found = _drop_shortened(doc, _split_known_pairs(_dedupe_overlaps(found), doc.title_end))
    if len(found) > 1 and found[0].start < doc.title_end and " ward" in doc.text:
        found = _drop_headline_towns(doc, found)
    if found and "seats" in doc.text:  # "held all six seats in Ashtead": a town of several wards
        found = [m for m in found if not _place_of_many_seats(doc, m)]
    if found and "ayor" in doc.text:  # "Tees Valley mayor": the place is a mayoralty wherever the post names it
        found = [m for m in found if not _names_a_mayoralty(doc.text, m.value)]
    if found and ("ayor" in doc.text or "ommissioner" in doc.text or "PCC" in doc.text):
        found = [m for m in found if not _a_mayor_elected_in(doc, m)]
    if found and "onstituenc" in doc.text:  # "gained Brecon and Radnorshire, the Lib Dems' only constituency seat"
        found = [m for m in found if not _in_constituency_sentence(doc, m)]
    if found and "by-election" in doc.text:  # "At last year's Dunfermline Central by-election it took eight stages"
        found = [m for m in found if not _only_a_past_by_election(doc.text, m.value)]
    if len({m.value for m in found}) > 1 and any(w in doc.text for w in _OLD_WARD_WORDS):
        # (beside a ward of the new map; a post of one ward, "won a by-election in her old Park ward", names it)
        found = [m for m in found if not _only_an_old_ward(doc.text, m.value)]
    if found and "the " in doc.text:  # "the result in the Potteries": a region, not a ward
        found = [m for m in found if not _a_plural_region(doc.text, m.value)]
    if found:
        doc.area_wards = frozenset(m.value.lower() for m in found) & COUNCIL_AREAS
    return found


# a lone plural word the post writes only after 'the': "in the Potteries", "across the Highlands", "in the Commons"
_PLURAL_WORD_RE = Lazy(r"[A-Z][a-z]+[^s\W]s")
_AFTER_THE_RE = Lazy(r"(?<![\w'’-])the[ \t]+$")
_CALLED_A_SEAT_RE = Lazy(r"[ \t]+(?:ward|division|seat)\b")


def _a_plural_region(text: str, name: str) -> bool:
    """Whether `name` is one plural word the text writes only after 'the' ('the Potteries', 'the Midlands', 'the
    Borders'): a region or a chamber, which a ward's name alone is not. 'the Meadows ward' or 'the Hillfields seat'
    is still a ward, and so is one the text also names bare ('Hillfields: Grn gain')."""
    if _PLURAL_WORD_RE.fullmatch(name) is None:
        return False
    at = text.find(name)
    while at != -1:
        if _AFTER_THE_RE.search(text, max(0, at - 8), at) is None or _CALLED_A_SEAT_RE.match(text, at + len(name)):
            return False
        at = text.find(name, at + len(name))
    return True


# "and B in Vale": a person and the place they stand in, the verb left out after 'and' (not "Aird and Loch Ness")
_OWN_PLACE_AFTER_RE = Lazy(r"[ \t]+in[ \t]+[A-Z]")


def _gapped_person(text: str, p: Person) -> bool:
    """Whether the person opens a clause whose verb 'and' leaves out ('A is standing in Oakley and B in Vale')."""
    return text.endswith(" and ", 0, p.start) and _OWN_PLACE_AFTER_RE.match(text, p.end) is not None


# a by-election the post recalls: "last year's X by-election", "last month's X by-election"
_PAST_BY_ELECTION_RE = Lazy(r"\b[Ll]ast\s+(?:year|month|week|autumn|spring|summer|winter)['’]s\s+$")


def _only_a_past_by_election(text: str, name: str) -> bool:
    """Whether every mention of `name` is a past by-election's ('last year's X by-election'): a place the count
    recalls, not one it is about."""
    return _every_mention(
        text,
        name,
        lambda at: (
            text.startswith(" by-election", at + len(name))
            and _PAST_BY_ELECTION_RE.search(text[max(0, at - 24) : at]) is not None
        ),
    )


# a ward the new boundaries did away with: "most of his old Riverside ward", "the former Mill ward"
_OLD_WARD_WORDS = ("old ", "former ", "abolished ", "previous ")
_OLD_WARD_BEFORE_RE = Lazy(r"\b(?:old|former|abolished|previous)\s+$")


def _only_an_old_ward(text: str, name: str) -> bool:
    """Whether every mention of `name` is an old ward's ('the new ward takes in most of the old Riverside ward'): a
    ward of the map before the boundaries were redrawn, not a contest of this count."""
    return _every_mention(
        text,
        name,
        lambda at: (
            _WARD_WORD_AFTER_RE.match(text, at + len(name)) is not None
            and _OLD_WARD_BEFORE_RE.search(text[max(0, at - 12) : at]) is not None
        ),
    )


def _every_mention(text: str, name: str, recalled: Callable[[int], bool]) -> bool:
    """Whether `recalled` holds at every place `text` writes `name`."""
    at = text.find(name)
    while at != -1:
        if not recalled(at):
            return False
        at = text.find(name, at + 1)
    return True


_LOCAL_WORDS_RE = Lazy(r"\b(?:[Ww]ards?|[Dd]ivisions?|[Cc]ouncil\w*)\b")


def _in_constituency_sentence(doc: Doc, m: Mention) -> bool:
    """Whether the sentence naming `m` calls a place a constituency and names no ward, division or council."""
    s, e = doc.sentence_of(m.start)
    sentence = doc.text[s:e]
    return "onstituenc" in sentence and _LOCAL_WORDS_RE.search(sentence) is None


def _names_a_mayoralty(text: str, name: str) -> bool:
    """Whether `name` is followed somewhere in `text` by 'mayor', 'mayoralty', 'Mayor', 'mayoral' ..."""
    at = text.find(name)
    while at != -1:
        if _NOT_WARD_AFTER_RE.match(text, at + len(name)):
            return True
        at = text.find(name, at + 1)
    return False


# "The Labour mayor, Ann Lee, has been re-elected in Kelby Vale": the area a mayor or a police and crime commissioner
# is elected in (a mayoralty or a police area, not a ward)
_ELECTED_IN_END_RE = Lazy(r"\b(?:re-?)?elected\s+in\s+(?:the\s+)?$")
_MAYOR_BEFORE_RE = Lazy(r"(?<!Lord )(?<![Ff]ormer )(?<![Dd]eputy )(?<!ex-)\b(?:[Mm]ayor|[Cc]ommissioner|PCC)\b")


def _a_mayor_elected_in(doc: Doc, m: Mention) -> bool:
    """Whether `m` is where a mayor or a commissioner the sentence names before it was elected (not a ward the text
    calls one: 'the town mayor was elected in Mill End ward')."""
    s, _e = doc.sentence_of(m.start)
    return (
        _WARD_WORD_AFTER_RE.match(doc.text, m.end) is None
        and _ELECTED_IN_END_RE.search(doc.text, max(s, m.start - 30), m.start) is not None
        and _MAYOR_BEFORE_RE.search(doc.text, s, m.start) is not None
    )


# A post about a parliament's or an assembly's seats (an MP, MSP, MS or MLA, Westminster, Holyrood, the Senedd, a
# general election, a constituency) that says nothing of a council: the places it marks as seats are constituencies,
# not wards (the data has no constituency field, so they are left out)
_CONSTITUENCY_RE = Lazy(
    r"\b(?:MPs?|MSPs?|MSs?|MLAs?|AMs|MEPs?)\b|\b(?:Westminster|Holyrood|Senedd|Stormont|House\s+of\s+Commons|European\s+Parliament)\b"
    r"|\b(?:Scottish|Welsh|UK)\s+[Pp]arliament\b|\b(?:London|Welsh|Northern\s+Ireland|NI)\s+Assembly\b"
    r"|\b[Gg]eneral [Ee]lection\b|\b[Pp]arliamentary\b|\b[Cc]onstituenc(?:y|ies)\b"
    # a party list's seats or places, or a swing between parties: no ward's count (a council seat has no list, and
    # a council's swing is told of its ward)
    r"|\blist\s+(?:seats?|votes?)\b|\bparty['’]s\s+list\b|\b[Dd]['’][Hh]ondt\b|\bswing\b"
    # a government's ministers, a nation's seats at Westminster ("of Scotland's 57 seats"): a general election's
    r"|\b[Cc]abinet\s+ministers?\b|\b(?:Scotland|Wales|Northern\s+Ireland)['’]s?\s+\d+\s+(?:seats|constituencies)\b"
    # the Isle of Man's parliament: its House of Keys and the members of it (MHKs), Tynwald the two houses
    r"|\bMHKs?\b|\bHouse\s+of\s+Keys\b|\bTynwald\b"
    # the Channel Islands' parliaments: Guernsey's States of Deliberation, Jersey's States Assembly
    r"|\bStates\s+(?:of\s+Deliberation|Assembly|of\s+(?:Jersey|Guernsey|Alderney))\b"
)
_CONSTITUENCY_KEYS = ("MP", "MS", "MLA", "AMs", "MEP", "Westminster", "Holyrood", "Senedd", "Stormont", "Commons") + (
    "arliament",
    "Assembly",
    "eneral election",
    "eneral Election",
    "onstituenc",
    "list seat",
    "list vote",
    "s list",
    "’s list",
    "Hondt",
    "swing",
    "abinet minister",
    "Scotland's",
    "Scotland’s",
    "Wales'",
    "Wales’",
    "Ireland's",
    "Ireland’s",
    "MHK",
    "House of Keys",
    "Tynwald",
    "States of",
    "States Assembly",
)
# (most posts with a ward name a council or a ward: one set test of the index's keys, before the rarer words)
LOCAL_KEYS = ("ward", "Ward", "ouncil", "division", "Division", "DEA")
# (a government's Council of Ministers is not a local council: "two members of the Council of Ministers lost")
# `\b(?:[Cc]ouncil\w*...|[Ww]ards?|[Dd]ivisions?|DEAs?)\b`, opening on the words' first letters with the boundary in a
# lookbehind after them, and each word's first letter tested behind its rest: sre skips to those letters instead of
# trying every position (searched in every post of a page, see about_a_parliament)
_LOCAL_RE = Lazy(
    r"[CcWwDd](?<!\w.)(?:(?<=[Cc])ouncil\w*(?!\s+of\s+Ministers\b)|(?<=[Ww])ards?|(?<=[Dd])ivisions?|(?<=D)EAs?)\b"
)


# a by-election's seats, more than one: "defending both seats", "for two seats in Kings Park", "a two-seat by-election"
_SEVERAL_SEATS_RE = Lazy(r"\b(?:both\s+seats|(?:two|three|2|3)\s+seats\s+(?:in|at)\b|(?:two|three|double)-seat\b)")


def _several_seats_by_election(text: str) -> bool:
    """Whether the post's by-election fills two or more seats, as a multi-member ward's does (a parliament's
    constituency elects one member): its place is a ward, on a page about a parliament's or an assembly's seats too."""
    return "by-election" in text and "seat" in text and bool(_SEVERAL_SEATS_RE.search(text))


def about_a_parliament(texts: Iterable[str]) -> bool:
    """Whether a page (its posts' texts) is about a parliament's or an assembly's seats: two or more of its posts speak
    of them (an MP, Holyrood, the Senedd, a general election, a constituency) and name no council, ward or division,
    more than the posts that do name one (a general election night, not a local count that mentions an MP)."""
    parliament = local = 0
    for text in texts:
        if _LOCAL_RE.search(text):
            local += 1
        elif _CONSTITUENCY_RE.search(text):
            parliament += 1
    return parliament >= 2 and parliament > local


def _names_local_words(doc: Doc) -> bool:
    """Whether the post names a council, ward or division as a word ('Howard', 'forward' and a government's 'Council
    of Ministers' hold the letters of one and are not)."""
    return doc.holds(LOCAL_KEYS) and bool(_LOCAL_RE.search(doc.text))


def _about_constituencies(doc: Doc) -> bool:
    """Whether the post speaks of a parliament's seats and of no council, ward or division (the local words first:
    most posts that hold a key of `_CONSTITUENCY_RE` are about a council and say so early)."""
    return not _LOCAL_RE.search(doc.text) and bool(_CONSTITUENCY_RE.search(doc.text))


# a vote of ten thousand or more ("18,589", "15,641 votes"): a parliament's seat, never a ward's
# (not an electorate's size: "Electorate 11,870" is a large ward's)
_CONSTITUENCY_POLL_RE = Lazy(
    r"(?<![\d,.£$€])(?<!lectorate )(?<!lectorate: )(?<!lectorate of )[1-9]\d,\d{3}(?![\d,]\d)"
    r"(?!\s*(?:people|voters|electors|ballots|postal))"
)
# a mayor's, a police commissioner's or a combined authority's count is as large, and names its place too
_AREAWIDE_KEYS = ("ayor", "PCC", "olice", "ommissioner", "ombined")


def _about_constituencies_or_polls_like_one(doc: Doc) -> bool:
    """Whether a post naming no council, ward or division is about a parliament's seats: it says so (an MP, a
    constituency, a general election), or a candidate's count runs to five figures ('Labour gain Anyshire North:
    Jo Bloggs (Lab) 21,304 ...'), more than any ward's and no mayoralty's or police area's."""
    if doc.holds(_CONSTITUENCY_KEYS) and _about_constituencies(doc):
        return True
    if "," not in doc.text or doc.holds(_AREAWIDE_KEYS):
        return False
    return _polls_like_a_constituency(doc) or _counts_like_an_assembly_seat(doc)


# A single transferable vote count of an assembly's size: a quota of four thousand or more ("the quota of 7,642"),
# or a candidate's five thousand or more first preferences ("topped the poll with 9,872 first preferences"). A
# council ward's or district electoral area's quota runs to some hundreds or two thousand or so, and its
# poll-topper's first preferences stay under four thousand; a Stormont constituency's quota is six to nine thousand.
_ASSEMBLY_STV_RE = Lazy(
    r"\bquota\s+(?:of\s+|was\s+|is\s+|:\s*)(?:[4-9]|[1-9]\d),\d{3}(?![\d,]\d)"
    r"|(?<![\d,.])(?:[5-9]|[1-9]\d),\d{3}\s+first[-\s]preference"
)
_ASSEMBLY_STV_KEYS = ("quota", "first pref", "first-pref")


def _counts_like_an_assembly_seat(doc: Doc) -> bool:
    return (
        holds_any(doc.text, _ASSEMBLY_STV_KEYS)
        and _LOCAL_RE.search(doc.text) is None
        and _ASSEMBLY_STV_RE.search(doc.text) is not None
    )


# ... or a majority of three thousand or more ("Majority 4,176", "won by 3,811 votes"), more than a ward's poll gives
_CONSTITUENCY_MAJORITY_RE = Lazy(
    r"\b(?:[Mm]ajority(?:\s+of)?[\s:]+|(?:won|wins?|winning)\s+by\s+)(?:[3-9]|[1-9]\d),\d{3}(?![\d,]\d)"
)
_MAJORITY_KEYS = ("ajority", "by ")


def _polls_like_a_constituency(doc: Doc) -> bool:
    if _LOCAL_RE.search(doc.text):
        return False
    if _CONSTITUENCY_POLL_RE.search(doc.text) is not None:
        return True
    return holds_any(doc.text, _MAJORITY_KEYS) and _CONSTITUENCY_MAJORITY_RE.search(doc.text) is not None


# the local words less a councillor's: "Dean Harrop, a former councillor in Skegness, took 25,117 votes" names no
# council or ward
_LOCAL_BUT_COUNCILLOR_RE = Lazy(r"\b(?:[Cc]ouncil(?!lors?\b)\w*|[Ww]ards?|[Dd]ivisions?|DEAs?)\b")


def _polls_like_a_constituency_naming_councillors(doc: Doc) -> bool:
    """Whether a post whose only local word is a councillor's (a candidate described as one) has a count of five
    figures or a majority of thousands, and no mayoralty or police area (see _about_constituencies_or_polls_like_one):
    a parliament's seat."""
    if "," not in doc.text or doc.holds(_AREAWIDE_KEYS) or _LOCAL_BUT_COUNCILLOR_RE.search(doc.text):
        return False
    if _CONSTITUENCY_POLL_RE.search(doc.text) is not None:
        return True
    return holds_any(doc.text, _MAJORITY_KEYS) and _CONSTITUENCY_MAJORITY_RE.search(doc.text) is not None


# "all six seats in", "five of the seven seats in": more seats than a ward elects (three in England and Wales, four in
# Scotland); a Northern Ireland district electoral area elects five to seven
_MANY_SEATS_BEFORE_RE = Lazy(
    r"\b(?P<n>five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+seats\s+(?:(?:each|between\s+them)\s+)?"
    r"in\s+(?:the\s+)?$"
)
_FEWEST_SEATS_OF_AN_AREA = 5
_NORTHERN_IRELAND_KEYS = (
    "DEA",
    "Sinn F",
    "DUP",
    "SDLP",
    "Ulster",
    "Alliance",
    "Stormont",
    "Belfast",
    "Northern Ireland",
)


# "all six seats in Bishopsgate, the largest of the business wards,": an apposition calling the place a ward
_CALLED_A_WARD_AFTER_RE = Lazy(r",[ \t]+(?:the|a|an|one)\b[^,.;:\n]{0,40}?\bwards?\b")


def _place_of_many_seats(doc: Doc, m: Mention) -> bool:
    """Whether the place is named as holding more seats than any ward elects ('the Lib Dems took all six seats in
    Dorking'): a town or an area of several wards (not in Northern Ireland, whose areas are read as wards)."""
    before = doc.text[m.start - 40 if m.start > 40 else 0 : m.start]  # (no max() call)
    if "seats" not in before:
        return False
    many = _MANY_SEATS_BEFORE_RE.search(before)
    if many is None:
        return False
    n = number_value(many.group("n"))
    return (
        n is not None
        and n >= _FEWEST_SEATS_OF_AN_AREA
        and not doc.holds(_NORTHERN_IRELAND_KEYS)
        and not _CALLED_A_WARD_AFTER_RE.match(doc.text, m.end)
    )


def _drop_shortened(doc: Doc, found: list[Mention]) -> list[Mention]:
    """A headline's ward that opens a longer ward of the post's is that ward shortened ('Kesgrave by-election' over
    'Kesgrave and Rushmere St Andrew division', 'gain in Kelby' over 'a seat in Kelby Central'), whatever the case
    the body writes it in ('take Kelby seat' over 'KELBY CENTRAL (Anyshire DC): ...')."""
    if len(found) < 2 or found[0].start >= doc.title_end:
        return found
    longer = [m.value.lower() for m in found if m.start > doc.title_end]
    return [
        m for m in found if m.start >= doc.title_end or not any(v.startswith(m.value.lower() + " ") for v in longer)
    ]


def _drop_headline_towns(doc: Doc, found: list[Mention]) -> list[Mention]:
    """A headline's place ('Reform gain in Skegness') that the body names nowhere as a place of its own (only
    inside longer names: 'the Skegness Urban District Society'), over a body naming its ward as one ('In the St
    Clement's ward of East Lindsey'), is the ward's town, not a second ward."""
    body = [m for m in found if m.start > doc.title_end]
    if not any(doc.text.startswith(" ward", m.end) for m in body):
        return found
    named = {m.value for m in body}
    return [
        m
        for m in found
        if m.start > doc.title_end
        or m.value in named
        or doc.text.startswith(" ward", m.end)  # ("Recount requested in Newport East ward")
        or _named_alone(doc.text, m.value, doc.title_end)
    ]


def _named_alone(text: str, name: str, start: int) -> bool:
    """Whether `text` from `start` names `name` as a run of its own, not inside a longer run of capitalised words
    (its possessive, "Kelby's", still alone)."""
    at = text.find(name, start)
    while at >= 0:
        end = at + len(name)
        if not (_CAPITAL_WORD_BEFORE_RE.search(text, max(0, at - 30), at) or _RUN_GOES_ON_RE.match(text, end)):
            return True
        at = text.find(name, end)
    return False


# a capitalised word (or a letter of one) right before a place, or a capitalised word or letter right after it: the
# place is part of a longer run ('the Skegness Urban District Society')
_CAPITAL_WORD_BEFORE_RE = re.compile(r"(?:[A-Z][\w'-]*[ \t]|\w)$")
_RUN_GOES_ON_RE = re.compile(r"[ \t][A-Z]|[\w-]|['’](?!s\b)")


def _pattern_runs(doc: Doc) -> Iterator[tuple[int, int]]:
    text = doc.text
    for keyed in doc.open_of(_WARD_PATTERNS):
        for m in keyed.finditer(doc):
            if keyed is _TICKER_KEYED:
                if m.start() < doc.title_end and _title_ticker_not_a_wards(doc, m.group("run")):
                    continue  # "Telford: Labour hold" headlines a council
                if _ward_before_comma(m):  # "Eye, Thorney & Newborough - Con hold": one ward
                    yield m.start("pre"), m.end("run")
                    continue
                if _ward_before_area(m):  # "Hythe West, Kent: Con hold": the division, then its county
                    yield m.start("pre"), m.end("pre")
                    continue
            if _NOT_WARD_AFTER_RE.match(text, m.end("run")):
                continue
            if keyed is _WENT_TO_KEYED and m.start() < doc.title_end:
                continue
            if keyed is _TAKEN_FROM_KEYED and m.group("run").lower() in COUNCIL_AREAS:
                continue
            if keyed is _CAPITALS_ROW_KEYED and _SEATS_ROW_RE.match(text, text.find("\n", m.end()) + 1):
                continue  # a council's row of a control table ("GOSPORT  CON HOLD" over "CON 16  LD 12"): no ward
            if keyed is _EACH_ELECT_KEYED or keyed is _VOTERS_IN_KEYED:  # "Hale, Marsh End and Brook": three wards
                yield from ((p.start(), p.end()) for p in _LIST_SPLIT_RE.finditer(text, m.start("run"), m.end("run")))
                continue
            if plural := _PLURAL_AFTER_RE.match(text, m.end("run")):  # "Stony and Bletchley Park wards": two wards
                parts = [(p.start(), p.end()) for p in _LIST_SPLIT_RE.finditer(text, m.start("run"), m.end("run"))]
                if len(parts) > 1 or plural.group(1) == "by-elections":
                    yield from parts
                # (else "all five Leamington divisions": the wards of an area, none of them named)
                continue
            yield m.start("run"), m.end("run")


# the first place of a council area named for two ("Telford" of Telford and Wrekin): a headline's short name for it
_AREA_FIRST_PLACES = frozenset(a.split(" and ")[0] for a in COUNCIL_AREAS if " and " in a)


def _title_ticker_not_a_wards(doc: Doc, run: str) -> bool:
    """Whether a headline's ticker ('X: Party gain from Party') names no ward: a council's area ('Telford: Labour
    hold'), a police area or mayoralty ('Cleveland PCC: Labour gain'), or a seat of a parliament's page or post
    ('Clwyd North: Plaid gain'); 'Kestrel Vale: Lib Dem GAIN from Conservative' over a ward's count is the ward."""
    return (
        run.lower() in COUNCIL_AREAS
        or run.lower() in _AREA_FIRST_PLACES
        or doc.holds(_AREAWIDE_KEYS)
        or doc.parliament_page
        or _about_constituencies_or_polls_like_one(doc)
        or seats_of_a_parliament(doc)
    )


# a line of capitalised words alone (a bracket or a colon after them) above a result list: the list's ward
# (or the run and the word 'result': "Abbey ward result:")
_HEADING_LINE_RE = Lazy(
    rf"[ \t]*(?P<run>{RUN})(?:[ \t]+(?:ward|division))?(?:[ \t]+result)?[ \t]*(?:\([^()\n]{{1,60}}\))?[ \t]*:?[ \t]*"
)


# Words that open "... result:" without naming a place: "Full result:", "Official result:"
_RESULT_WORDS = frozenset(
    {"Full", "Final", "Official", "Latest", "First", "Last", "Declared", "Provisional", "Overall", "Complete"}
    | {"Confirmed", "Detailed", "Another", "Next", "Big", "Shock", "Surprise", "Early", "Late", "Close"}
)


def _table_head(line: str) -> bool:
    """Whether a line is a results table's heading row: 'Candidate | Party | Votes'."""
    return all(cell.strip() in _LABEL_WORDS for cell in line.split("|"))


def _list_headings(doc: Doc, people: Sequence[Person]) -> Iterator[tuple[int, int]]:
    """'Old Hastings' on a line of its own above 'Bea Castleman (Green) 1,402 ELECTED': the ward of a result list
    whose first line opens on a candidate's name or party, the heading in the body (not the post's title)."""
    text = doc.text
    listed: set[int] = set()  # the lines holding a candidate, by their start
    party_starts: set[int] | None = None
    for p in people:
        line = text.rfind("\n", 0, p.start) + 1
        if line in listed:
            continue
        listed.add(line)
        above = text.rfind("\n", 0, line - 1) + 1
        end = line - 1
        if line and text.find("|", above, end) >= 0 and _table_head(text[above:end]):  # ("Candidate | Party | Votes")
            end = above - 1
            above = text.rfind("\n", 0, end) + 1
        if line == 0 or above <= doc.title_end or above in listed:
            continue
        heading = text[above:end].strip()
        if not heading[:1].isupper() or heading[-1] in ".!?\"”'’,":  # (a sentence above: the cheap test first)
            continue
        lead = text[line : p.start]
        if lead.strip():  # the name is not the line's first item: only after its party ('Reform UK – Liam Cotter')
            if party_starts is None:
                party_starts = {q.start for q in doc.parties}
            if line + len(lead) - len(lead.lstrip()) not in party_starts:
                continue
        m = _HEADING_LINE_RE.fullmatch(text, above, end)
        words = m.group("run").split() if m is not None else ()
        if m is not None and words and words[0] in _RESULT_WORDS and "result" in text[m.end("run") : end]:
            continue
        if m is None and heading[-1] == ":":  # "First preferences in Oak Vale:", "Oak Vale, the votes at stage two:"
            m = _PLACE_OF_LIST_RE.fullmatch(text, above, end)
            words = m.group("run").split() if m is not None else ()
        if m is not None and _LABEL_WORDS.isdisjoint(words) and _VERDICT_WORDS.isdisjoint(w.lower() for w in words):
            yield m.start("run"), m.end("run")


# a result list's heading that says where the list is from, in a phrase: "The votes in Oak Vale (* = elected):",
# "After stage three in Oak Vale, the totals are:", or the place first, "Oak Vale, first preference votes:" (the
# phrase after the place within its sentence: in "Ashby, one of the wards in Kelby, split its vote. The results:" the
# list is Ashby's, Kelby only the town the sentence before places it in)
_PLACE_OF_LIST_RE = Lazy(
    rf"[ \t]*(?:[^\n:]*?\b(?:in|for|from)[ \t]+(?:the[ \t]+)?(?=[A-Z])|(?=[A-Z][^\n,]*,[ \t]+[a-z]))(?P<run>(?>{RUN}))"
    r"(?:[ \t]*\([^()\n]{0,30}\))?[ \t]*(?:,[ \t]+[a-z](?:[^:\n.!?]|\.(?! ))*)?:[ \t]*"
)


# "REF GAIN FROM CON" is no ward, nor is the card's "ELECTED" / "NOT ELECTED" above the next candidate
_VERDICT_WORDS = frozenset({"gain", "hold", "from", "win", "gains", "holds", "elected"})


# "Central - Lab hold", "Central (Crawley BC) - Lab hold": a ticker line's ward named by a compass word alone
# (elsewhere such a word opens a name)
_COMPASS_TICKER_RE = Lazy(
    rf"(?m)^[ \t]*(?P<run>North|South|East|West|Central)(?:[ \t]*\([^()\n]{{1,60}}\))?[ \t]*[:–—-][ \t]*"
    # (or an area's independents written short: "Sutton Marsh: Lincs Ind gain from Con")
    rf"(?:{LIST_PARTY_ALT}|[A-Z][\w'’-]+[ \t]+Inds?)\s+(?:gain|hold|GAIN|HOLD)\b"
)


_COMPASS_LINE_STARTS = ("\nNorth", "\nSouth", "\nEast", "\nWest", "\nCentral")  # (a ticker line's need)


# "Mid Devon District Council: Cullompton South" on a line of its own (read after each council's name)
_COUNCIL_COLON_WARD_RE = Lazy(rf":[ \t]*(?P<run>(?>{RUN}))[ \t]*(?:\([^()\n]*\))?[ \t]*(?=\n|$)")
# What may open a ticker's line before the council's area: the time it was declared, or a label in capitals
_LINE_OPENING_RE = Lazy(r"[ \t]*(?:\d\d?[:.]\d\d[ \t]+|[A-Z]+:[ \t]+)?")
# What closes the ward after it: the word 'ward' or a colon before the verdict (not a dash: the truth files read
# "Bradford, Wibsey - Labour hold" as naming no council, heldout-2x-tables-previews, where they read "Stockport,
# Bramhall North: Conservative hold" as Stockport Council's, heldout-4x-met-districts)
_WARD_CLOSE_RE = Lazy(r"[ \t]+(?:ward|division)\b|[ \t]*:")


# a council's area after a ward and a comma, ending the sentence ("a recount in Llandaff, Cardiff.")
_AREA_AFTER_WARD_RE = Lazy(
    r"(?:[ \t]+ward)?, (?P<area>[A-Z][\w'’-]*(?:[ \t]+(?:and[ \t]+|upon[ \t]+)?[A-Z][\w'’-]*)*)(?=[.;!:]?(?:\s|$))"
)

# a council's area after 'ward of' ("a recount in the Abbey ward of Nuneaton and Bedworth, where ..."): the longest
# run, its words joined by 'and' / 'upon' too, that is a council area (tried where " ward of " follows a ward)
_AREA_OF_WARD_RE = Lazy(r" ward of (?P<area>[A-Z][\w'’-]*(?:[ \t]+(?:and[ \t]+|upon[ \t]+)?[A-Z][\w'’-]*)*)")


def council_areas_before(doc: Doc, wards: list[Mention], councils: list[Mention]) -> list[Mention]:
    """The councils named by their area before a ward and a comma, on a ticker's line: "03:27 Gedling, Carlton
    Hill: LAB HOLD", "RECOUNT: Broxtowe, Stapleford North ward" (Gedling Council, Broxtowe Council); after 'ward of'
    ("the Abbey ward of Nuneaton and Bedworth"); or, in a post naming no council, after a ward and a comma at a
    sentence's end ("in Llandaff, Cardiff."); none the post already names."""
    text, out = doc.text, []
    named = {c.value for c in councils}
    for w in wards:
        if text.startswith(" ward of ", w.end) and (of := _AREA_OF_WARD_RE.match(text, w.end)) is not None:
            area = of.group("area")
            if area.lower() in COUNCIL_AREAS and area not in COUNTIES and (name := area_council(area)) not in named:
                named.add(name)
                out.append(Mention(of.start("area"), of.end("area"), name))
            continue
        if not councils and text.startswith((", ", " ward, "), w.end):  # "a recount in Llandaff, Cardiff."
            after = _AREA_AFTER_WARD_RE.match(text, w.end)
            area = after.group("area") if after is not None else ""
            if after is not None and area.lower() in COUNCIL_AREAS and area not in COUNTIES:
                if (name := f"{area} Council") not in named:
                    named.add(name)
                    out.append(Mention(after.start("area"), after.end("area"), name))
                continue
        if text[w.start - 2 : w.start] != ", " or not _WARD_CLOSE_RE.match(text, w.end):
            continue
        opening = _LINE_OPENING_RE.match(text, text.rfind("\n", 0, w.start) + 1)
        start = opening.end() if opening else w.start
        area = text[start : w.start - 2]
        if area in COUNTIES:
            name = COUNTY_COUNCIL[area]
        elif area.lower() in COUNCIL_AREAS:
            name = f"{area} Council"
        else:
            continue
        if name not in named:
            named.add(name)
            out.append(Mention(start, w.start - 2, name))
    return out


def _run_ending_at(doc: Doc, pos: int) -> int | None:
    """Where the run of capitalised words ending right before the spaces before `pos` starts, if one does."""
    n = len(doc.text)
    m = _RUN_BACK_RE.match(doc.reversed(), n - pos)
    if m is None or "\n" in m.group(0):
        return None
    return n - m.end()


def _compass_tickers(doc: Doc) -> Iterator[Mention]:
    text = doc.text
    for key in _COMPASS_LINE_STARTS:
        at = text.find(key, doc.title_end)
        while at >= 0:
            m = _COMPASS_TICKER_RE.match(text, at + 1)
            if m is not None:
                yield Mention(m.start("run"), m.end("run"), m.group("run"))
            at = text.find(key, at + 1)


def _ward_before_comma(m: re.Match[str]) -> bool:
    """Whether the run before a ticker line's comma starts a ward's name, not the council's area ('Stockport,
    Bramhall North - Con hold'): a ward named as a list ends in 'and' / '&' ('Eye, Thorney & Newborough')."""
    pre = m.group("pre")
    if pre is None or m.group("comma") is None:
        return False
    run = m.group("run")
    return (" and " in run or " & " in run) and not (_names_an_area(pre) or "Council" in pre)


def _ward_before_area(m: re.Match[str]) -> bool:
    """Whether a ticker line's comma parts a ward from the council's area after it ('Hythe West, Kent: Con hold',
    'Ashford Rural East, Kent County Council - Lab hold'): the ward's name is the run before."""
    pre = m.group("pre")
    if pre is None or m.group("comma") is None:
        return False
    return _names_an_area(m.group("run")) and not _names_an_area(pre)


def _names_an_area(run: str) -> bool:
    return run.lower() in COUNCIL_AREAS or run in COUNTIES or run in REGIONS or run.endswith((" Council", " CC"))


def _runs_near_people(doc: Doc, people: list[Person]) -> Iterator[tuple[int, int]]:
    """'In New Mills, Anne Clarke took the seat', 'Tobias Hurn in Sherborne West', 'won in Glascote',
    'Bethan Eddy (Warsop)'."""
    text = doc.text
    if not people:  # every run here is read next to a person
        return
    last = 0
    for p in people:  # (the last start: a loop, not a generator)
        if p.start > last:  # (no max() call)
            last = p.start
    for m in _IN_BEFORE_PERSON_RE.finditer(text):
        if m.start() >= last:  # (a run after every person's start has none after it: neither has any later match)
            break
        if text.endswith(_COUNT_BEFORE_IN, 0, m.start()):
            continue  # "comes from the Hambleton count in Thirsk, where X has won Y": where the votes are counted
        s, e = doc.sentence_of(m.start())
        near = [p for p in people if m.start("run") < p.start < e]
        if (  # (the gap before the person first: one match of a short stretch, where the cues search the sentence)
            near
            and (near[0].start < m.end("run") or _GAP_TO_PERSON_RE.match(text[m.end("run") : near[0].start]))
            and (_OUTCOME_CUE_RE.search(text[s:e]) or OUTCOME_NEXT_RE.search(text, s, e))
            and not _SEAT_NAMED_AFTER_RE.search(text, near[-1].end, e)
        ):
            yield m.start("run"), m.end("run")
    bracket = "(" in text  # (every match of _PAREN_WARD_RE holds one)
    for p in people:
        pm = _IN_AFTER_PERSON_RE.match(text, p.end)
        if pm:
            yield pm.start("run"), pm.end("run")
        paren = _PAREN_WARD_RE.match(text, p.end) if bracket else None
        # (not a party the post names in the bracket: "Bob Lee (Official Monster Raving Loony Party) 98")
        # nor a group's initials ("Kate Orr (MRA) 1,388" after "the Molesey Residents' Association"; with the votes
        # after them, those of a group another post may spell out: lists._initials_items reads them as its party)
        if (
            paren
            and paren.group("run") not in PARTY_ABBREV
            and not _party_at(doc, *paren.span("run"))
            and not (
                paren.group("run").isupper()
                and (_VOTES_AFTER_RE.match(text, paren.end()) or group_of_initials(doc, paren.group("run")))
            )
        ):
            yield paren.start("run"), paren.end("run")
        if bracket and text[p.start - 1 : p.start] == "(" and text.startswith(", majority ", p.end):
            # "held Eastmoor (Rita Shah, majority 604)": the seat named before its winner's bracket
            run = _run_ending_at(doc, p.start - 1)
            if run is not None:
                yield run, len(text[: p.start - 1].rstrip())
    for m in _PERSON_IN.finditer(doc):
        s, _ = doc.sentence_of(m.start())
        if any(s <= p.start < m.start() for p in people):
            yield m.start("run"), m.end("run")


def _party_at(doc: Doc, start: int, end: int) -> bool:
    """Whether a party mention of the post spans exactly text[start:end]."""
    for m in doc.parties:  # noqa: SIM110 -- a loop, not a generator (a call a bracket after a name)
        if m.start == start and m.end == end:
            return True
    return False


def _listed_runs(doc: Doc) -> Iterator[tuple[int, int]]:
    """'gained ... seats, including in Coalville North, Coalville South and Forest & Measham'."""
    text = doc.text
    for m in _INCLUDING_LIST.finditer(doc):
        s, e = doc.sentence_of(m.start())
        if not _OUTCOME_CUE_RE.search(text[s:e]):
            continue
        if "," not in m.group("list"):  # "including Bilton Grange and New Park": one ward with "and" in its name
            yield m.start("list"), m.end("list")
            continue
        yield from ((x.start(), x.end()) for x in _LIST_SPLIT_RE.finditer(text, m.start("list"), m.end("list")))
    for m in _DUE_LIST.finditer(doc):
        if "," not in m.group("list"):
            yield m.start("list"), m.end("list")
            continue
        yield from ((x.start(), x.end()) for x in _LIST_SPLIT_RE.finditer(text, m.start("list"), m.end("list")))
    for m in _ONE_WARDS_SEATS.finditer(doc):
        yield m.start("list"), m.end("list")
    for m in _TAKEN_LIST.finditer(doc):
        yield from ((x.start(), x.end()) for x in _LIST_SPLIT_RE.finditer(text, m.start("list"), m.end("list")))
        more = _AND_FROM_RE.match(text, m.end())
        if more:
            yield more.start("run"), more.end("run")


def _split_known_pairs(found: list[Mention], title_end: int = 0) -> list[Mention]:
    """'winning Folkestone West and Canterbury City South' is two wards when the post names the second on its
    own elsewhere, or the first in the body (a ward such as 'Alfreton and Somercotes' stays whole)."""
    if len(found) < 2:
        return found
    names = {m.value for m in found}
    out: list[Mention] = []
    for m in found:
        left, sep, right = m.value.partition(" and ")
        # a title's 'Wantage division' does not split 'Wantage and Grove Brook'; 'In Shirley West, ...' in the body
        # splits 'took Shirley West and Elmdon'
        if sep and left and (right in names or (m.start > title_end and _in_body(found, left, title_end))):
            out.append(Mention(m.start, m.start + len(left), left))
            start = m.start + len(left) + len(sep)
            out.append(Mention(start, start + len(right), right))
        else:
            out.append(m)
    return out


def _in_body(found: list[Mention], name: str, title_end: int) -> bool:
    for m in found:  # noqa: SIM110 -- a loop, not a generator (a call for a few posts)
        if m.value == name and m.start > title_end:
            return True
    return False


def _clean_run(text: str, start: int, end: int, blocked: set[str], people: Iterable[tuple[int, int]]) -> list[Mention]:
    """A place run trimmed of leading stop words, cut before any person, or nothing if it is not a ward."""
    for ps, pe in people:
        if start <= ps < end:
            end = ps
        elif ps <= start < pe:
            return []
    words = []  # (a loop, not a list comprehension: no frame of its own)
    for w in _WORD_RE.finditer(text[start:end]):
        words.append((w.group(0), start + w.start()))
    for i in range(len(words) - 2, -1, -1):  # "Bangor's Deiniol ward": the ward follows the possessive
        if words[i][0].endswith(("'s", "’s")) and not _names_a_place(text, words, i):
            words = words[i + 1 :]
            break
    if text.find("Council,", start, end) >= 0:  # "Wigan Council, Ince ward": the ward follows the council's name
        for i in range(len(words) - 2, -1, -1):
            if words[i][0] == "Council" and text[words[i][1] + 7 : words[i][1] + 8] == ",":
                words = words[i + 1 :]
                break
    while words and (words[0][0] in RUN_STOP_WORDS or words[0][0] in JOINERS or words[0][0] == "the"):
        if _opens_a_place(text, words):
            break
        words.pop(0)
    while words and (words[-1][0] in JOINERS or words[-1][0].islower() or words[-1][0] in ("DEA", "DEAs")):
        words.pop()  # ("in the Carrick DEA, ...": a district electoral area's abbreviation is not part of its name)
    if not words or len(words) > 8:
        return []
    s = words[0][1]
    e = words[-1][1] + len(words[-1][0])
    name = text[s:e].rstrip(".")
    if len(words) < 2 or words[-2][0].rstrip(".") not in ("St", "Saint"):
        name = name.removesuffix("'s").removesuffix("’s").rstrip("'’")
    if (
        not _is_ward_name(name, blocked)
        and not (_venue_word_in(name) and _ward_despite_venue(text, s, name, blocked))
        and not _area_named_ward(text, s, name, blocked)
    ):
        return []
    return [Mention(s, s + len(name), name)]


# stop words that also open village names ('Over Haddon', 'Under Bridge'): a capital there mid-sentence is a name's
_PLACE_PREFIXES = frozenset({"Over", "Under"})
_LOWER_WORD_BEFORE_RE = re.compile(r"(?<![\w'’-])[a-z][\w'’-]*[ \t]+$")


def _opens_a_place(text: str, words: list[tuple[str, int]]) -> bool:
    """Whether the run's first word, a stop word, opens the place's own name ('the Over Haddon by-election', 'Lib
    Dems take Over Haddon', a line opening 'Over Haddon: ...'), not a sentence ('Over Haddon, turnout fell'): a
    place prefix after a lower-case word, or one opening a line's head before its colon."""
    word, at = words[0]
    if word not in _PLACE_PREFIXES or len(words) < 2:
        return False
    if _LOWER_WORD_BEFORE_RE.search(text[max(0, at - 30) : at]):
        return True
    opening = text[text.rfind("\n", 0, at) + 1 : at]
    return not opening.strip() and text.startswith(":", words[-1][1] + len(words[-1][0]))


# "Hart ward on Hartlepool Borough Council": a ward named like another council's area, the word 'ward' and its own
# council after it (or an apposition calling it one: "Preston, one of the three-seat wards in Paignton")
_WARD_ON_COUNCIL_RE = Lazy(
    r"[ \t]+(?:ward|division)[ \t]+(?:on|of)[ \t]+(?:the[ \t]+)?[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)*[ \t]+Council\b"
    rf"|{_CALLED_A_WARD}"
)


# "In Cambridge ward, ...", "the Richmond ward": one ward so named (not "Leeds ward results", "every Bristol ward");
# "Dover's Tower Hamlets ward": one ward of the place the possessive names
_IN_AREA_WARD_BEFORE = ("in ", "In ", "the ", "The ", "'s ", "’s ")
_AREA_WARD_AFTER_RE = Lazy(r"[ \t]+(?:ward|Ward)(?=[ \t]*[,.;:)]|[ \t]+(?:on|of|in|was|is|has|had|saw|where)\b)")


def _area_named_ward(text: str, s: int, name: str, blocked: set[str]) -> bool:
    """A council area's name that the text marks as a ward on another council ('Hart ward on Hartlepool Borough
    Council'; not the post's own council's place), or as one ward after 'in', 'the' or another place's possessive
    ('In Cambridge ward, the Lib Dems held on', "Dover's Tower Hamlets ward"), or on a verdict line under a heading
    naming the council ('Results from St Helens Council:' over 'Lab hold Sutton')."""
    if name.lower() not in COUNCIL_AREAS or name in blocked:
        return False
    end = s + len(name)
    named = (
        _WARD_ON_COUNCIL_RE.match(text, end) is not None
        or (text.endswith(_IN_AREA_WARD_BEFORE, max(0, s - 4), s) and _AREA_WARD_AFTER_RE.match(text, end) is not None)
        or _verdict_under_a_councils_heading(text, s, name)
    )
    return named and _is_ward_name(name, blocked, areas=False)


# a verdict line, 'RESULT: Lab hold Sutton', 'Con gain Rainford from Lab' ...
_VERDICT_LINE_RE = Lazy(
    rf"(?:[A-Z]+:[ \t]*)?(?:{LIST_PARTY_ALT})[ \t]+(?:hold|gain|HOLD|GAIN)[ \t]+(?P<run>{RUN})"
    rf"(?:[ \t]+from[ \t]+(?:{LIST_PARTY_ALT}))?[ \t]*\.?"
)
# ... under a heading naming one council: 'More results from St Helens Council:'
_COUNCILS_HEADING_RE = Lazy(r"[^\n]*\bCouncil\b[^\n]*:[ \t]*")


def _verdict_under_a_councils_heading(text: str, s: int, name: str) -> bool:
    """Whether the place at `s` is the seat of a verdict line ('Lab hold Sutton') in a run of such lines that a
    heading naming a council opens ('More results from St Helens Council:'): a ward of that council, though named
    like another council's area."""
    start = text.rfind("\n", 0, s) + 1
    end = text.find("\n", s)
    line = _VERDICT_LINE_RE.fullmatch(text, start, len(text) if end < 0 else end)
    if line is None or line.start("run") != s or line.group("run") != name:
        return False
    while start > 0:
        above = text.rfind("\n", 0, start - 1) + 1
        if _COUNCILS_HEADING_RE.fullmatch(text, above, start - 1) is not None:
            return True
        if _VERDICT_LINE_RE.fullmatch(text, above, start - 1) is None:
            return False
        start = above
    return False


# A run marked as a ward by the word after it ("the Church ward", "Manor House division"), or taken by a party
# ("Labour held Manor House"): a ward whose name ends in a building word, not a venue.
_WARD_WORD_AFTER_RE = Lazy(r"[ \t]+(?:ward|Ward|division|Division|electoral division)\b")
# A ticker's verdict after a ward on its line: " - Lab hold", " (Sefton) : Con gain from Lab"
_TICKER_VERDICT_AFTER_RE = Lazy(
    rf"(?:[ \t]*\([^()\n]{{1,60}}\))?[ \t]*[:|–—-][ \t]*(?:{LIST_PARTY_ALT}|{LOCAL_GROUP}|[A-Z][\w'’-]+[ \t]+Inds?)"
    r"\s+(?:gain|hold|GAIN|HOLD)\b"
)
_PARTY_TOOK_BEFORE_RE = Lazy(
    rf"(?<![\w-])(?:{PARTY_ALT})[ \t]+(?:(?:has|have|also|comfortably|narrowly)[ \t]+)?"
    r"(?:held|gained|won|took|kept|retained|regained|captured|snatched|gain|hold)[ \t]+$"
)
_VERDICT_OF_AFTER_RE = Lazy(
    rf"[ \t]+(?:is|was)[ \t]+(?:another|an?)[ \t]+(?:{PARTY_ALT}|{LOCAL_GROUP})[ \t]+(?:gain|hold)\b"
)


def _venue_word_in(name: str) -> bool:
    """Whether `_is_ward_name` may have turned `name` down for a building word ('Manor House', 'Hall Green')."""
    return name.rpartition(" ")[2] in BUILDING_WORDS or "Hall" in name


def _ward_despite_venue(text: str, s: int, name: str, blocked: set[str]) -> bool:
    """A ward named like a venue when the text marks it as a ward: 'ward' / 'division' right after it, or a party
    winning it right before ('Labour held Manor House'; not 'Hall': 'the Tories took County Hall' is the council)."""
    if not _is_ward_name(name, blocked, venues=False):
        return False
    if _WARD_WORD_AFTER_RE.match(text, s + len(name)):
        return True
    if _TICKER_VERDICT_AFTER_RE.match(text, s + len(name)) and not text[text.rfind("\n", 0, s) + 1 : s].strip():
        return True  # a ticker's line opening on it: "Church - Lab hold", "Hall Green: Con gain from Lab"
    if _ELECTED_IN_BEFORE_RE.search(text, max(0, s - 30), s):
        return True  # "X and Y are re-elected in Houghton Hall": the seats a person won there (a count is not held
        # 'in' a hall someone is elected in)
    if _SPLITS_ITS_SEATS_RE.match(text, s + len(name)):
        return True  # "Hall Green has split its two seats": a venue has no seats
    if _SEAT_AFTER_RE.match(text, s + len(name)) and _SEAT_OWNER_BEFORE_RE.search(text, max(0, s - 8), s):
        return True  # "lost the Mark Hall seat", "held his Manor House seat": a seat named after its ward
    if "Hall" in name:
        return False
    return (
        _PARTY_TOOK_BEFORE_RE.search(text, max(0, s - 60), s) is not None
        or _VERDICT_OF_AFTER_RE.match(text, s + len(name)) is not None  # "Mill Centre is another Labour gain"
    )


_SEAT_AFTER_RE = Lazy(r"[ \t]+seat\b")
_SEAT_OWNER_BEFORE_RE = Lazy(r"\b(?:the|his|her|their|its)\s+$")
_ELECTED_IN_BEFORE_RE = Lazy(r"\b(?:re-)?elected\s+in\s+(?:the\s+)?$")
_SPLITS_ITS_SEATS_RE = Lazy(_SPLITS_ITS_SEATS)


# Possessives that open a place's own name ("Bishop's Cleeve", "King's Lynn", "Queen's Park"), not a town's
# possessive before its ward ("Bangor's Deiniol ward")
_PLACE_POSSESSIVES = frozenset(
    {"Bishop", "King", "Queen", "Abbot", "Prior", "Earl", "Lord", "Lady", "Knight", "Monk", "Friar", "Canon"}
    | {"Dean", "Maiden", "Shepherd", "Land", "Pope", "Bishops", "Kings", "Queens"}
)


def _names_a_place(text: str, words: list[tuple[str, int]], i: int) -> bool:
    """Whether the possessive words[i] is part of the place's name: 'Bishop's Cleeve', 'St Mary's Park', one after
    the 'and' or comma joining places in a ward's name ('Eastry and Sutton's Cross', "Hanley Park, Joiner's Square and
    Shelton"), or one place word after a possessive that is no council's area ('Joyden's Wood', 'Tyler's Green'; not
    'Leeds's Park')."""
    if words[i][0][:-2] in _PLACE_POSSESSIVES or (i > 0 and words[i - 1][0].rstrip(".") in ("St", "Saint", "and", "&")):
        return True
    if i > 0 and text.startswith(",", words[i - 1][1] + len(words[i - 1][0])):
        return True
    return i == len(words) - 2 and words[-1][0] in PLACE_SUFFIXES and words[i][0][:-2].lower() not in COUNCIL_AREAS


# A list's label, not a ward: "Elected: A (Con), B (Lab)"
_LABEL_WORDS = frozenset(
    {"Elected", "Re-elected", "Result", "Results", "Winners", "Winner", "Candidates", "Turnout", "Uncontested"}
    | {"Marginal", "Key", "Safe", "Target", "Vacant", "Remaining", "Contested", "Unopposed"}
    | {"Candidate", "Votes", "Vote", "Party", "Share", "Description"}  # a results table's heading cells
)


def _shouted_label(name: str) -> bool:
    """A list's label in capitals ("ELECTED: Ann Cole (Con) 1,104", "RESULT:"), as a results card prints it."""
    return name.isupper() and name.capitalize() in _LABEL_WORDS


# Titles only a person bears ('Lady Bay', 'Lord's Hill' and 'Canon Pyon' are places)
_PERSON_TITLES = frozenset({"Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Cllr", "Councillor", "Sir", "Prof", "Professor"})


# the last words of a local group's name after its place (lexicon.LOCAL_SUFFIXES' and 'First'), which end no ward's
_GROUP_LAST_WORDS = frozenset({"First", *(suffix.split()[-1] for suffix in LOCAL_SUFFIXES)})


def _is_ward_name(name: str, blocked: set[str], *, venues: bool = True, areas: bool = True) -> bool:
    """Whether a cleaned run can be a ward's name (`venues`: turn down a name like a venue's, 'Shire Hall'; `areas`:
    turn down a council area's name)."""
    words = name.split()
    if name in _LABEL_WORDS or words[0] in _PERSON_TITLES or _shouted_label(name):
        return False  # ("Councillor Jo Ward said": a person named Ward)
    if name in blocked or name in REGIONS or name in COUNTIES or name in PARTY_ALIAS:
        return False
    if areas and name.lower() in COUNCIL_AREAS:
        return False
    if venues and words[-1] in BUILDING_WORDS:  # "Shire Hall", "the Riverside Centre"; not "Church Stretton"
        return False
    if len(words) > 1 and words[-1] in _GROUP_LAST_WORDS:  # "Farnworth and Kearsley First": a local group named
        return False  # after a place ("Oakford Together", "Kelby Residents")
    for w in words:  # (a loop, not any() over generators: ~3 names a post)
        if w in COUNTIES or (party_word(w) and w not in PLACE_SUFFIXES):
            return False
        if w in ("Council", "County", "MP", "Mayor", "BBC") or (venues and w == "Hall") or w.endswith("-wide"):
            return False  # ("London-wide Assembly seats", "Wales-wide": an area's adjective, not a ward)
    if " and " in name and all(part.lower() in COUNCIL_AREAS for part in name.split(" and ")):
        return False  # "Greens gain in Norwich and Worthing": two councils' areas
    single = words[0] if len(words) == 1 else ""
    if single and all(part in WORD_NUMBERS for part in single.lower().split("-")):
        return False  # "Twenty-eight seats are needed": a figure opening a sentence
    return not (single in NOT_NAME_WORDS or single in RUN_STOP_WORDS)


def _dedupe_overlaps(found: list[Mention]) -> list[Mention]:
    out: list[Mention] = []
    for m in sorted(found, key=lambda x: (x.start, -(x.end - x.start))):
        if out and m.start < out[-1].end:
            continue
        out.append(m)
    return out
