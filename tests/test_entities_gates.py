"""The literal gates in front of the fact extractor's cue patterns skip no match.

`cues.Gated` tries a pattern only when one of its keys is in the text, so every match of the pattern must hold a
key. Checked over every stretch of text the extractor hands them (text before a word, text after it) from the
truth files' posts, and a few sentences that match the rarer cues.
"""

from __future__ import annotations

import itertools
import json
import re
from pathlib import Path

import pytest

from scraper import entities
from scraper.entities import councils, cues, lists, names, tallies, wards
from scraper.entities import doc as doc_module
from scraper.entities.doc import Doc, Keyed, Lazy, Mention, split_sentences
from scraper.entities.lexicon import (
    CAP_RUN_RE,
    LIST_PARTY_ALT,
    LIST_PARTY_NAMES,
    PREFIX_COUNCIL_RE,
    TOKEN_RE,
    UPPER,
    UPPER_LETTERS,
    WORD_CHARS,
    WORD_CHARS1,
)
from scraper.entities.names import CAP_RUN_RE as FAST_CAP_RUN_RE

TRUTH = Path(__file__).resolve().parent.parent / "fixtures" / "truth"
_SENTENCES = (
    "Kevin Shaw and Lyn Dowell were both elected, with 1,544 and 1,502 votes respectively.",
    "A and B tied on 612 votes each. Among those ousted was Jo Bell. The seat went to the Green Party.",
    "All three seats in Jesmond went to the Green Party. Labour won both seats in Byker.",
    "The count is over in Hexley, and Kingsmead has gone to the Lib Dems; Stow Mill have fallen to Reform UK.",
    "Mr Hollis won by 96,104 votes to 89,077. She polled 1,411 votes to Labour's 1,160.",
    "Party colleague Dave Foxley, fellow Tory Ann Lee and the group leader Sam Hill, as did his deputy Jean Farrow.",
    "His rival, Sarah Hamilton, who was not standing again, stood down; he was first elected in 2013.",
    "The Labour candidate, Jo Bell, was defeated by Mark Ross, 45% of the vote, 12 per cent, for Mr Smith.",
    "Its candidate, Mark Stott, is standing; they finished just 12 votes apart and were separated by two.",
    "Congratulations to the winning candidate, new councillors are Ann Lee; Elected: Bob Hall. A gain for Labour.",
    "AMONG THE DEFEATED WAS JO BELL, beating off a challenge from the Greens, more than the runner-up.",
    "Jo Bell, the Labour candidate, won a head-to-head between Labour and the Conservatives. Lab hold.",
    "Labour went into the count defending 18 seats, two more than at the last election.",
    "Gareth Imrie, re-elected as Conservative MP for Penrith, and Ruth Aske, elected as a Green councillor.",
    "The new councillor is Tess Oduya, a retired nurse; Ron Yapp retired and Jo Bell, a retired councillor, left.",
    "Ann Pike and Sid Rowe polled 1,310 and 1,288. Rhona Beck, a Liberal Democrat, is defending her seat.",
    "In Broxtowe, Toton went to the Greens. Labour won the Mold East (Flintshire) by-election; Kirkton (Angus), where",
    "Ms Laing overtook Mr Dow at stage 3. On notional figures Labour had 31 seats; the Greens would have won 9.",
    "Kim Orr remains in contention, with Jo Bell among the candidates still in the race.",
    "Sam Reid followed at stage two.",
    ", ",  # the gaps between two names the coordination cues are matched against
    " and ",
    ", and fellow Tory ",
    " (Con) and the Labour ",
)


def _texts() -> list[str]:
    posts = [p for path in sorted(TRUTH.glob("*.json")) for p in json.loads(path.read_text("utf-8"))["posts"]]
    lines = [line for p in posts for line in [p.get("title") or "", *(p.get("body_lines") or [])] if line]
    return [*lines, *_SENTENCES]


def _stretches(text: str) -> list[str]:
    """The text before and after each word start and each word end: what `*_PREV` / `*_NEXT` patterns see."""
    cuts = [m.start() for m in re.finditer(r"\b", text)]
    return [text, *(text[:i] for i in cuts), *(text[i:] for i in cuts)]


def test_every_match_of_a_gated_cue_holds_a_key() -> None:
    gated = {name: g for mod in (cues, tallies, councils) for name, g in vars(mod).items() if isinstance(g, cues.Gated)}
    assert len(gated) >= 15
    hits = dict.fromkeys(gated, 0)
    for text in _texts():
        for stretch in _stretches(text):
            for name, g in gated.items():
                words = list(g._words)
                for m in g.rx.finditer(stretch):
                    found = m.group(0).lower() if g.fold else m.group(0)
                    assert (
                        any(k in found for k in g.keys if k not in words)
                        or any(_stands_in(k, stretch, m.span()) for k in words)
                        or (g.also and re.search(g.also, found))
                    ), (name, found)
                    hits[name] += 1
    assert all(hits.values()), [name for name, n in hits.items() if not n]


def _stands_in(word: str, text: str, span: tuple[int, int]) -> bool:
    """Whether `word` stands in text[span] with no word character either side of it in `text`."""
    return any(
        span[0] <= m.start() and m.end() <= span[1] for m in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", text)
    )


def test_a_word_key_opens_a_gate_only_as_a_word() -> None:
    """WIN_PREV_RE's 'to' and 'by' open it only standing as words: 'Rayton' and 'Stoke' hold no cue; nor does
    'leader' hold CANDIDATE_PREV_RE's 'lead'."""
    g = cues.WIN_PREV_RE
    assert not g._open("In the Rayton Central ward, Green Party candidate ")
    assert not g._open("the Stokeby count, ")
    assert g._open("the seat went to Labour's ") and g.search("the seat went to Labour's ") is not None
    assert g._open("won by the Green ") and g.search("Toby said the seat was won by the Green ") is not None
    assert g._open("Stoke went to")  # (a word at the stretch's end)
    # (a gate of few keys: each key tested by `in`, a word key then for a place it stands)
    g = cues.CANDIDATE_PREV_RE
    assert not g._open("Group leader ") and not g._open("The leadership, the leaders, misleading")
    assert g.search("Group leader Ann Lee is understood to lead the SNP's ") is not None
    assert g.search("Group leader Ann Lee leads Labour's ") is not None and g._open("misleading, and leading ")
    with pytest.raises(ValueError):
        cues.Gated("a|to", ("a",), words=("to",))


def test_gated_search_is_the_pattern_search() -> None:
    g = cues.EACH_VOTES_RE
    text = "A and B tied on 612 votes each."
    assert g.search(text, 5) is not None and g.search(text, 5).span() == g.rx.search(text, 5).span()
    assert g.search(text, 0, 27) is None and g.rx.search(text, 0, 27) is None
    assert cues.LOSE_PREV_RE.search("Among the casualties was ") is not None  # a case-insensitive key


def test_upper_branch_is_the_upper_class() -> None:
    # the branch matches each character of the Basic Multilingual Plane that the class matches, and only those
    bmp = "".join(map(chr, range(0xD800))) + "".join(map(chr, range(0xE000, 0x10000)))
    assert re.findall(UPPER, bmp) == re.findall(f"[{UPPER_LETTERS}]", bmp)
    assert re.findall(UPPER, "ŁódźŶŷ") == ["Ł", "Ŷ"]


def test_fast_run_pattern_finds_the_lexicon_runs() -> None:
    for text in [*_texts(), "McDonald O'Brien D’Arcy Mcx MacA Mc O' D'A J. Smith-Jones de la Cruz Ébé"]:
        assert [m.span() for m in FAST_CAP_RUN_RE.finditer(text)] == [m.span() for m in CAP_RUN_RE.finditer(text)]
    # every string of up to three of these pieces: prefixes, suffixes, particles, gaps and word ends around them
    pieces = ("M", "Mc", "ac", "O", "D'", "’", "-", "Ann", "bo", "s1", "_", " ", "\t", ".", "de ", "É", "ß", "'s")
    for a, b, c in itertools.product(("", *pieces), repeat=3):
        text = a + b + c
        assert [m.span() for m in FAST_CAP_RUN_RE.finditer(text)] == [m.span() for m in CAP_RUN_RE.finditer(text)]


def test_run_tokens_are_the_lexicon_tokens() -> None:
    special = "Piet der Berg met Jan den Uyl, Ana de la Cruz, Ali bin Said, Rhys ap Emlyn and Mr J. Smith's team"
    runs = [m.group(0) for text in [*_texts(), special] for m in FAST_CAP_RUN_RE.finditer(text)]
    assert "Jan den Uyl" in runs and "Piet der Berg" in runs
    for run in runs:
        want = [(m.group(0), 7 + m.start(), 7 + m.end()) for m in TOKEN_RE.finditer(run)]
        assert names._tokens(run, 7) == want, run


def test_keyed_scans_are_the_pattern_scans() -> None:
    """A Keyed pattern tried only where its keys occur finds what a scan of the whole post finds."""
    extra = (
        "Labour's Ashley Carter won in Glascote, Jo Bell was re-elected for a second term in Eastrop and "
        "Sam Hill came second in the Abbey ward; gains included Bredbury Green, Romiley and Marple. "
        "Labour gains in Thurrock: Aveley, Grays and Tilbury. The city of Leicester, the London Borough of "
        "Barnet and City of Edinburgh Council, including in Coalville North, Coalville South and Measham. "
        "In Holm Park, 12 ballots were spoiled; Jo Bell held the ward."
    )
    figures = (
        "Labour now hold 57 out of the 62 seats and the Tories won 18 seats, down from 20 to 12 seats. The "
        "Greens, with 5 of the council's 60 seats, are three seats short of a majority; seats to 9. They took "
        "the seat from the Conservatives, a gain for the Greens, winning by 12 votes, 200 votes ahead of Labour."
        " The Conservatives have now also gained Ashby, Reform UK's\n  just taken the seat and Labour  lost it; "
        "Liberal Democrats had again held, xLabour kept, Green Party snatched Bury. Plaid Cymru's seized it.\n"
    )
    keyed = (
        *(wards._PERSON_IN, wards._INCLUDING_LIST, councils._CITY_OF, *wards._WARD_PATTERNS),
        *(*tallies.SEAT_TOTAL_RES, *tallies.MAJORITY_RES, *tallies._CHANGE_KEYED, tallies._SHORT, tallies._SEAT_FROM),
    )
    hits = dict.fromkeys(range(len(keyed)), 0)
    for text in [*_texts(), extra, figures]:
        # without the key index (each key looked for alone) and with it (every key found in one pass)
        docs = (Doc(text=text, title_end=0, lower=text.lower()), Doc.of(None, text, entities.KEYS))
        for i, k in enumerate(keyed):
            rx = k.rx.compiled() if isinstance(k.rx, Lazy) else k.rx
            for doc in docs:
                want = [(m.span(), m.groups()) for m in rx.finditer(doc.text)]
                assert [(m.span(), m.groups()) for m in k.finditer(doc)] == want, text
            hits[i] += len(want)
        prefix = [m.span() for m in PREFIX_COUNCIL_RE.finditer(text)]
        assert not prefix or any(key in text for key in councils._PREFIX_KEYS)
    assert hits[0] and hits[1] and hits[2] and sum(hits.values()) > 100, hits
    gated = [i for i, k in enumerate(keyed) if k.before or k.after or k.needs]  # each gate lets its matches by
    assert len(gated) >= 10 and all(hits[i] for i in gated), [keyed[i].keys for i in gated if not hits[i]]


def test_ward_rules_skip_a_post_whose_keys_lack_what_every_match_holds_next_to_them() -> None:
    """A post holding a rule's keys without what a match holds beside them is not tried (nor the rule compiled);
    with it, the rule finds its ward (as test_keyed_scans_are_the_pattern_scans checks over every truth post)."""
    result_from, result_came = (k for k in wards._WARD_PATTERNS if k.keys == ("Result", "result"))
    in_comma = next(k for k in wards._WARD_PATTERNS if k.keys == ("In ",) and k.needs is None)
    represent = next(k for k in wards._WARD_PATTERNS if k.keys[0] == "represent")
    gaining = next(k for k in wards._WARD_PATTERNS if k.keys[:2] == ("gain", "won"))
    seats_line = next(k for k in wards._WARD_PATTERNS if k.keys == ("seat",) and k.at == "line")
    ward_of = next(k for k in wards._WARD_PATTERNS if k.keys == ("ward", "division") and not k.at)
    cases = (
        (wards._TICKER_KEYED, "Greens hold Mill Row after a recount", "Mill Row: Green hold", "Mill Row"),
        (wards._PERSON_IN, "Ann Cole won the seat. Voters in Kelby", "Ann Cole won by 40 votes in Oak End", "Oak End"),
        (
            wards._INCLUDING_LIST,
            "Reform wins in Kelby again",
            "Reform wins in Kelby: Oak End and Ash",
            "Oak End and Ash",
        ),
        (
            wards._TAKEN_LIST,
            "Reform gained Oak End\nand Ash, Kelby",
            "took Oak End, Ash and Elm from Labour",
            "Oak End, Ash and Elm",
        ),
        (wards._TAKEN_FROM_KEYED, "Greens took the seat from Labour", "Greens took Ash Hill from Labour", "Ash Hill"),
        (result_from, "The result. It came from Ash", "the result, from Ash Vale, is due", "Ash Vale"),
        (
            result_came,
            "The result surprised many. Most came from Ash",
            "The last result came from Elm Park.",
            "Elm Park",
        ),
        (in_comma, "In Ash Vale, the Green candidate was elected", "In Ash Vale, the Greens held on", "Ash Vale"),
        (represent, "the Green candidate Ann Cole", "the Green candidate for Ash Vale", "Ash Vale"),
        (gaining, "Greens gain Ash Vale", "after gaining Ash Vale", "Ash Vale"),
        (seats_line, "Labour hold 36 seats", "Ash Vale (two seats)", "Ash Vale"),
        (ward_of, "the ward, of course", "in the ward of Ash Vale", "Ash Vale"),
        (councils._AREA_VERDICT_LINE, "Labour hold Kelby", "Kelby - Labour hold", "Kelby"),
    )
    for keyed, without, with_, run in cases:
        doc = Doc(text=without, title_end=0, lower=without.lower())
        assert keyed.keys and any(key in without for key in keyed.keys) and not keyed._needed(doc), without
        assert list(keyed.finditer(doc)) == []
        doc = Doc(text=with_, title_end=0, lower=with_.lower())
        group = next(g for g in ("run", "list", "area") if g in keyed.compiled().groupindex)
        assert [m.group(group) for m in keyed.finditer(doc)] == [run]


def test_party_names_hold_none_of_the_marks_the_ward_gates_stop_at() -> None:
    # (the ward rules' gates read a party's name as characters other than these: see wards._TICKER_BACK_RE)
    assert not [name for name in LIST_PARTY_NAMES if set(name) & set(".,;:\n")]


def test_word_chars_without_a_wide_class_match_the_class() -> None:
    """lexicon.WORD_CHARS / WORD_CHARS1 match what `[\\w'’-]*` / `[\\w'’-]+` match, longest first."""
    words = ["", "a", "O’Brien", "’", "’’a", "a’’", "rock-’n’-roll", "it's", "x-", "’s", "a b", "a’ b’", "Jo’s", "ab’b"]
    for w in words:
        for class_, ours in ((r"[\w'’-]*", WORD_CHARS), (r"[\w'’-]+", WORD_CHARS1)):
            for tail in ("", "s", "’", "b", "’s?", "-?"):  # backtracking: the run gives way to what follows
                a = re.match(f"({class_}){tail}", w)
                b = re.match(f"({ours}){tail}", w)
                assert (a and a.group(0), a and a.group(1)) == (b and b.group(0), b and b.group(1)), (w, tail)
                assert bool(re.fullmatch(class_, w)) == bool(re.fullmatch(ours, w)), w


def test_the_election_gate_reads_the_lower_cased_text_as_the_pattern_reads_the_text() -> None:
    """`_about_an_election` tries the case-sensitive gate only where its lower-case form matches."""
    import scraper.entities as entities

    odd = ["RESULTS ARE IN", "Recounted", "COUNCIL tax", "ſeats won", "İstanbul votes", "a Wonderful day", ""]
    for text in [*_texts(), *odd, *(t.upper() for t in _texts()[:200])]:
        want = bool(entities._ELECTION_WORDS_RE.search(Doc.of(None, text).text))
        assert entities._about_an_election(Doc.of(None, text)) == want, text
        assert entities._about_an_election(Doc.of(None, text, entities.KEYS)) == want, text  # keys tried first


def test_cues_by_first_letter_match_the_plain_alternations() -> None:
    """The outcome and win / lose cues, their words grouped by first letter, match what the same words as one
    plain alternation match (spans, groups, the outcome's group) over every stretch of the truth files' posts."""
    built = (
        (re.compile(cues._outcome_next(cues.plain)), cues.OUTCOME_NEXT_RE),
        (re.compile(cues._win_prev(cues.plain)), cues.WIN_PREV_RE.rx),
        (re.compile(cues._lose_prev(cues.plain)), cues.LOSE_PREV_RE),
        (re.compile(cues._votes_next(cues.plain)), cues.VOTES_NEXT_RE),
    )
    hits = [0] * len(built)
    extra = (
        "Among the casualties was , Sam Hill beat off a challenge from , who was returned unopposed, 12 more than"
        " with 1,204 votes, polling just 88, mustered 7 and gaining 1,000,000 (12 votes), whose seat went to them"
    )
    for text in [*_texts(), extra]:
        for stretch in _stretches(text):
            for i, (plain, rx) in enumerate(built):
                want = [(m.span(), m.groups(), m.lastgroup) for m in plain.finditer(stretch)]
                got = [(m.span(), m.groups(), m.lastgroup) for m in rx.finditer(stretch)]
                assert got == want, (plain.pattern[:40], stretch)
                hits[i] += len(want)
    assert all(hits), hits
    letters = cues.by_first_letter("beat", "beating", "won", "beat off")  # order within a letter is kept
    assert letters == "(?:b(?:eat|eating|eat off)|w(?:on))"
    for bad in (r"\bwon", "s?een", ""):  # not opening on a letter every match holds
        with pytest.raises(ValueError):
            cues.by_first_letter("won", bad)
    # a tail written after each of a letter's words is written once; not a capturing one, nor one opening on a
    # quantifier
    tail = r"\s+(?:narrowly\s+)?(?:beaten|ousted)"
    assert cues.by_first_letter("was" + tail, "were" + tail, "won") == rf"(?:w(?:(?:as|ere){tail}|on))"
    assert cues._merge_tails(["as" + tail + "(x)", "ere" + tail + "(x)"]) == ["as" + tail + "(x)", "ere" + tail + "(x)"]
    assert cues._merge_tails(["as?" + tail, "ere?" + tail]) == ["as?" + tail, "ere?" + tail]  # ('?' binds a letter)


# The clause cut as one plain alternation (cues.NEXT_CUT_RE reorders it so every branch opens on a literal)
_PLAIN_CUT = (
    r",?\s+(?:but|and|while)\s+(?=(?:the|he|she|they|it|a|an|his|her|their)\b)|,\s+where\s+(?=(?:the|they|it|its|their)\b)|"
    r"\b(?:said|says|told|tells|added|adds|saying|because|although|though|while|whilst|when)\b|[“\"”:;]|(?<=\s)['‘]"
    r"|\bafter\b(?!\s+(?:securing|winning|polling|receiving|taking|gaining|getting|topping|a\s+recount|recounts?|two"
    r"|three|several|(?:he|she|they)\s+(?:was|were|had)))"
)


def test_clause_cut_matches_the_plain_alternation() -> None:
    plain, hits = re.compile(_PLAIN_CUT), 0
    extra = "X, but the count went on; 'Y', he said, because after two recounts and it was over. ‘Z’ and  the"
    extra += " At the count, where the party won, where she won, where it was."
    for text in [*_texts(), extra]:
        for stretch in _stretches(text):
            want = [m.span() for m in plain.finditer(stretch)]
            assert [m.span() for m in cues.NEXT_CUT_RE.rx.finditer(stretch)] == want, stretch
            hits += len(want)
    assert hits > 1000, hits


def _index_texts() -> list[str]:
    odd = "İstanbul ſeats Kelvin \u212a, O’Brien’s ward, “Recount” in Ely. RECOUNT! Seats? ‘held’\nnew line"
    return [*_texts(), odd, odd.lower(), "", "\n", "ward" * 3, "seatseats", "’’’"]


def test_the_key_index_finds_what_a_find_loop_finds() -> None:
    """KeyIndex: every occurrence of each key (overlapping ones too), as character offsets, in order."""
    index = entities.KEYS
    assert len(index.keys) > 150 and index.folded
    for text in _index_texts():
        for keys, subject, fold in ((index.keys, text, False), (index.folded, text.lower(), True)):
            found = index.found(subject, fold=fold)
            for key in keys:
                want = [m.start() for m in re.finditer(f"(?={re.escape(key)})", subject)]
                assert found.get(key, []) == want, (key, text)
            assert all(found[k] for k in found)  # only the keys that occur


def test_a_doc_with_the_key_index_answers_as_one_without() -> None:
    index = entities.KEYS
    for text in _index_texts():
        plain, indexed = Doc.of("A title", text), Doc.of("A title", text, index)
        assert indexed.sentences == plain.sentences == split_sentences(plain.text)
        assert indexed.line_starts() == plain.line_starts()
        for key in [*sorted(index.keys), "unindexed", "Ward"]:
            assert indexed.holds((key,)) == plain.holds((key,)) == (key in plain.text)
            assert indexed.found(key) == plain.found(key)
        for key in sorted(index.folded):  # found before anything ran the lower-cased pass, then after
            assert Doc.of("A title", text, index).found(key, fold=True) == plain.found(key, fold=True)
            assert indexed.holds((key,), fold=True) == (key in plain.lower)
            assert indexed.found(key, fold=True) == plain.found(key, fold=True)
        for keys in (councils.COUNTY_KEYS, wards._FOLDED_KEYS, ("gain", "hold", "x-not-a-key"), tallies.KEYS):
            fold = keys is wards._FOLDED_KEYS
            assert indexed.occurrences(keys, fold) == plain.occurrences(keys, fold)
            assert indexed.holds(keys, fold) == plain.holds(keys, fold)


def test_the_key_index_holds_every_key_the_stages_gate_on() -> None:
    """A Keyed pattern whose keys the index lacks would still work (looked for alone), but slowly: none does."""
    index = entities.KEYS
    for module in (doc_module, councils, wards, tallies):
        for value in vars(module).values():
            for keyed in value if isinstance(value, tuple) else (value,):
                if isinstance(keyed, Keyed):
                    assert (index.folded if keyed.fold else index.keys).issuperset(keyed.keys), keyed.keys
    assert index.keys.issuperset((*councils.KEYS, *names.KEYS, *tallies.KEYS, *doc_module.SENTENCE_ENDS))


def test_stretch_checks_read_as_their_patterns_search() -> None:
    """names._place_before and tallies._num_before give what their patterns' searches give, at every place of
    the truth posts and of texts with the odd cases (case, a folding 'ſ', newlines, digits not 0-9)."""
    odd = (
        "won IN  Hyde, across\nBury, Of The Ashby, acroſſ Leigh, Within\tX, of  the Y, xin Z, _in W, 9at V",
        "list Brings In Ada, brought\tin Bo, abring in Cy, bring  in Di, BROUGHT in\nEd, brings at Fa, ſbrings in Gi",
        "Labour 12 Conservatives, 1,204  Labour, x12 Reform, 3.5 SNP, ٣ Greens, 12\n Lab, 7,  Plaid 12\u2003Green",
    )
    hits = [0, 0]
    for text in [*_texts(), *odd]:
        for s in range(len(text) + 1):
            want = bool(names._PLACE_BEFORE_RE.search(text[max(0, s - 14) : s]))
            assert names._place_before(text, s) == want, (text, s)
            hits[0] += want
            for start in {max(0, s - 12), max(0, s - 3)}:
                got, want_m = tallies._num_before(text, start, s), tallies.NUM_BEFORE_PARTY_RE.search(text, start, s)
                assert (got and got.span()) == (want_m and want_m.span()), (text, start, s)
                hits[1] += bool(want_m)
    assert all(hits), hits


def test_line_and_sentence_gates_skip_no_match() -> None:
    """The ticker's look for a separator first, the council-line keys and the seat-sentence check change no match."""
    plain_ticker = re.compile(rf"(?m)^{wards._TICKER_LINE}")
    odd = (
        "Lowestoft Harbour: Green\ngain from Con\nEast Devon, Exmouth – Con hold\nTelford - Labour HOLD",
        "Final result, Cardiff Council: Lab 55, Con 11\nMake-up of the council: 12 seats; composition: Con 4",
        "Labour now have 35 seats. Councillors: 12. The Tories hold 9 councillors and 4 SEATS.",
        "The running totals are:\nSNP - 9\nRunning tally: Labour 4. Running totals after six wards",
    )
    hits = [0, 0, 0]
    for text in [*_texts(), *odd]:
        want = [(m.span(), m.groups()) for m in plain_ticker.finditer(text)]
        assert [(m.span(), m.groups()) for m in wards._TICKER_KEYED.compiled().finditer(text)] == want
        hits[0] += len(want)
        for m in tallies._COUNCIL_LINE_RE.finditer(text):
            assert any(k in m.group(0) for k in tallies._COUNCIL_LINE_KEYS)
            hits[1] += 1
        for s in range(0, len(text), 7):
            want_seats = bool(tallies._SEATS_SENTENCE_RE.search(text, s, len(text) - s // 2))
            assert tallies._about_seats(text, s, len(text) - s // 2) == want_seats
            hits[2] += want_seats
    assert all(hits), hits


def test_number_words_squash_whitespace_as_the_pattern_did() -> None:
    words = ["1,305", " twenty\t two ", "a\u2003single", "x\u00a0\n y", "\u2028six\u2029", "", "  ", "İ  \x1c 3"]
    for word in [*words, *(w for t in _texts()[:300] for w in t.split(",")[:3])]:
        stripped = word.strip().lower()
        assert " ".join(stripped.split()) == doc_module._WS_RE.sub(" ", stripped), word


def test_list_split_opening_on_its_first_characters_splits_as_written() -> None:
    odd = ("a ; b", "a\u3000;b", "1, Ab", "x |\t y", "x  |  y", "a • b", "a\t\t; b", ",  A", ")\n, B", "a |b", "a| b")
    odd += (" \u2028|\u2028", "a\n|\nb;", ";;", "• •", "Lab 12, Con 9; Green (3), Reform 1 | SNP 2 •Plaid 1")
    hits = 0
    for text in [*_texts(), *odd, *(t.replace(" ", "\u00a0") for t in _texts()[:300])]:
        want = re.split(cues.LIST_SPLIT, text)
        assert cues.LIST_SPLIT_RE.compiled().split(text) == want, text
        hits += len(want) - 1
    assert hits > 100, hits


def test_a_post_shuts_only_the_cues_it_cannot_match() -> None:
    """Doc.lacking: the index's gated cues none of whose keys occur in the post; none of them matches any stretch
    of it, and every other one holds a key in it (so the gated cues' keys are all index keys)."""
    index = entities.KEYS
    assert cues.RIVAL_PREV_RE in index.gated and tallies._HISTORY_RE in index.gated
    assert Doc.of(None, "His rival, Sam Hill").lacking() == frozenset()  # no index: none known shut
    shut_any = 0
    for text in _texts():
        doc = Doc.of(None, text, index)
        shut = doc.lacking()
        for g in index.gated:
            assert (g in shut) == (not any(k in doc.text for k in g.keys)), (g.source[:30], text)
        for g in shut:
            assert g.rx.search(doc.text) is None
        shut_any += bool(shut)
    assert shut_any, "no text shut a cue"


def test_a_post_without_a_title_word_has_no_titled_name() -> None:
    """find_people skips the title look-behind in a post holding no title word: every match of it holds one."""
    hits = 0
    for text in [*_texts(), "Mrs Ann Lee, Dr. Sam Hill, Councillor\tJo Bell, Dame Edna"]:
        for stretch in _stretches(text):
            m = names._TITLE_BEFORE_RE.search(stretch)
            if m:
                assert any(k in m.group(0) for k in names._TITLE_KEYS), stretch
                hits += 1
    assert hits > 10, hits
    doc = Doc.of(None, "Mr Bradley won. Dr Ann Lee lost. Cllr Sam Hill held Ashby.", entities.KEYS)
    assert [p.name for p in names.find_people(doc) if p.full] == ["Ann Lee", "Sam Hill"]


def test_council_types_tried_where_written_match_as_a_scan() -> None:
    odd = (
        "Wigan Metropolitan Borough Council, the Royal Borough Council of X; xCity Council; CouncilCouncil",
        "West Midlands Combined Authority. Council. District  Council, Town Council\nParish Council's seat",
    )
    hits = 0
    for text in [*_texts(), *odd]:
        for doc in (Doc.of(None, text), Doc.of("Ashby District Council", text, entities.KEYS)):
            want = [(m.span(), m.group(1)) for m in councils.COUNCIL_TYPE_RE.finditer(doc.text)]
            got = doc_module.matches_at(councils.COUNCIL_TYPE_RE, doc.text, councils._type_starts(doc))
            assert [(m.span(), m.group(1)) for m in got] == want, text
            hits += len(want)
    assert hits > 100, hits


def test_a_post_opens_the_keyed_patterns_one_of_whose_keys_it_holds() -> None:
    """Doc.opened (read by Keyed.finditer instead of testing each pattern's keys): the index's patterns, not folded,
    with a key in the text, and its gated cue patterns with one (see Doc.lacking); a folded one or one the index does
    not know still tests its own keys."""
    index = entities.KEYS
    keyed = [
        k
        for m in (doc_module, councils, wards, tallies)
        for v in vars(m).values()
        for k in (v if isinstance(v, tuple) else (v,))
        if isinstance(k, Keyed)
    ]
    assert any(k.fold for k in keyed) and all(k in index.covered for k in keyed)
    for text in _index_texts():
        doc = Doc.of(None, text, index)
        want = {k for k in keyed if not k.fold and any(key in doc.text for key in k.keys)}
        assert {k for k in doc.opened if isinstance(k, Keyed)} == want, text
        cues_in = {g for g in index.gated if any(key in doc.text for key in g.keys)}
        assert {g for g in doc.opened if not isinstance(g, Keyed)} == cues_in, text
    other = Keyed(re.compile(r"(?P<run>[A-Z]\w+)\s+ward\b"), ("ward",))  # not one the index was built with
    assert [m.group("run") for m in other.finditer(Doc.of(None, "the Darley ward", index))] == ["Darley"]


def test_a_run_ending_in_a_word_no_name_holds_names_no_one() -> None:
    """find_people drops a run whose last word is in NOT_NAME_WORDS unread: read, it leaves no tokens or fails
    is_name (for a full name and a single alike)."""
    odd = "Mr ap Emlyn Council. Dr Ann Lee Council's. Labour Party Council, Ann Lee Labour Council Ward\tCouncil"
    hits = 0
    for text in [*_texts(), odd]:
        for m in FAST_CAP_RUN_RE.finditer(text):
            last = m.group().split()[-1]
            if " " not in m.group() and "\t" not in m.group() or names._bare(last) not in names.NOT_NAME_WORDS:
                continue
            toks, titled = names._split_run(text, *m.span())
            assert not toks or not names.is_name(" ".join(names._bare(t) for t, _, _ in toks), titled=titled), m
            hits += 1
    assert hits > 50, hits


def test_a_gate_searches_its_also_pattern_only_where_its_lead_letters_are() -> None:
    assert cues.WIN_PREV_RE._also_lead == "elected"
    for also, lead in (("ab?c", "a"), ("x|y", ""), ("(?:a)b", ""), (r"abc\s+d", "abc"), ("a{2}b", ""), ("a*", "")):
        assert cues.Gated("q", ("q",), also=also)._also_lead == lead, also
    gate = cues.Gated(r"\bwon\b|elected\s+were", ("won",), also=r"elected\s+(?:were|was)")
    assert gate.search("they were elected were X") is not None and gate.search("they were chosen") is None


def test_sentences_split_where_the_sentence_end_pattern_scans() -> None:
    """split_sentences tells a newline end without a match call: the sentences a plain scan of the pattern gives."""
    odd = ("A.\nB", "Ends here.", "x!\n\n“Y” z? (A) b.  \n C", "\n", ".", "a. b. C. 4", "No. 10\nDowning St.")

    def plain(text: str) -> list[tuple[int, int]]:
        out, start = [], 0
        for m in doc_module._SENT_END_RE.finditer(text):
            if m.start() > start and text[start : m.start()].strip():
                out.append((start, m.start()))
            start = m.end()
        return [*out, (start, len(text))] if text[start:].strip() else out

    for text in [*_index_texts(), *odd]:
        assert split_sentences(text) == plain(text), text
        assert Doc.of(None, text, entities.KEYS).sentences == plain("\n" + text), text


def test_a_post_tries_the_keyed_patterns_of_a_group_it_can_open() -> None:
    """Doc.open_of leaves out, in order, only the patterns whose finditer a post's keys end at once."""
    groups = (wards._WARD_PATTERNS, tallies.SEAT_TOTAL_RES, tallies.MAJORITY_RES)
    dropped = 0
    for text in _index_texts():
        for doc in (Doc.of(None, text, entities.KEYS), Doc(text=text, title_end=0, lower=text.lower())):
            for group in groups:
                kept = doc.open_of(group)
                assert kept == [k for k in group if k in kept]
                for k in group:
                    if k not in kept:
                        assert next(k.finditer(doc), None) is None and doc.index is not None
                        dropped += 1
    assert dropped > 100, dropped


def test_a_gate_of_many_keys_opens_where_one_of_them_is() -> None:
    """A Gated pattern of many keys tests a stretch by one automaton pass: open exactly where an `in` test of one
    of its keys finds it (keys overlapping, inside words, curly quotes, case folded), or for a word key (`words`) a
    search for it with no word character either side."""
    many = [g for mod in (cues, tallies, councils) for g in vars(mod).values() if isinstance(g, cues.Gated) and g._many]
    assert {cues.WIN_PREV_RE, cues.LOSE_PREV_RE, cues.NEXT_CUT_RE} <= set(many)
    odd = ("“Quoted” ‘x’ said:", "UNSEATED AMONG", "beatbeat seatseat", "victor", "edged  out", "by", "")
    odd += ("Rayton", "to_", "tó", "2to", "_by", "bytoby", "went to", "(by)", "Stoke to", "went\tto\n", "Toby")
    opened = 0
    for text in [*_texts(), *odd]:
        for stretch in _stretches(text):
            for g in many:
                part = stretch.lower() if g.fold else stretch
                words = list(g._words)
                want = (
                    any(k in part for k in g.keys if k not in words)
                    or any(re.search(rf"(?<!\w){re.escape(k)}(?!\w)", part) for k in words)
                    or g._also_found(part)
                )
                assert g._open(stretch) == want, (stretch, g.keys)
                got, plain = g.search(stretch), g.rx.search(stretch) if want else None
                assert (got and got.span()) == (plain and plain.span()), (stretch, g.keys)
                opened += want
    assert opened > 1000, opened


def test_list_shapes_opening_on_a_party_are_tried_only_where_one_opens_the_part() -> None:
    """lists._item tries LIST_ITEM_RES[1:4] only where cues.list_lead finds a party: where it does not, none of them
    can (each opens on `^\\s*` and a party); the other shapes (opening on a name) are tried everywhere but where a
    figure opens the part (where none of LIST_ITEM_RES can match, and LIST_VOTES_FIRST_RES is tried, only there)."""
    # (LIST_ITEM_RES[6], the capitals declaration shape, is not among them: lists._surname_uncapped writes such a
    # surname as prose first, and SURNAME_FIRST_ITEM_RE reads it)
    # (nor SURNAME_COMMA_PARTY_ITEM_RE, a declaration read aloud: it opens on a surname or a speaker's label)
    assert (
        cues.LIST_ITEM_RES[0],
        cues.LIST_ITEM_RES[4],
        cues.SURNAME_FIRST_ITEM_RE,
        cues.SURNAME_COMMA_PARTY_ITEM_RE,
    ) == cues.LIST_ITEM_NAME_RES
    odd = (
        "Labour - Louise Jones - 17,591 Elected",
        " Liberal Democrats (Fiona Keane): 733 [46.1%, +12.4%]",
        "Labour's Hannah Bethune: 2,541 (elected)",
        "Labour | Ivan Henley | 707 | 45.9 | +6.8",
        "Jane Smith (Con) 1,234",
        "Pemberton, Alan – Conservative – 612 (41.2%) elected",
        "PEMBERTON, Alan (Conservative Party) 612 ELECTED",
        "Collins, Adrian (Conservative) 1,402 ELECTED",
        "Conway, Mark (Con) 1,130",
        "\u2003Lab – Ann Lee – 12",
        "Labourite Ann Lee - 12",
        "2,033 Mohammed Yasin (Labour) ELECTED",
        " 402 Samir Khan (Lab).",
    )
    lead_re = re.compile(rf"\s*(?:{LIST_PARTY_ALT}(?!\w)|(?P<votes>\d))")
    odd += tuple(f"{name}{after}Ann Lee 12" for name in LIST_PARTY_NAMES for after in ("_", "é ", "2 ", ": ", ""))
    hits = [0, 0, 0]
    for text in [*_texts(), *odd]:
        for line in text.split("\n"):
            for part in {line, *lists._split(line), *cues.LIST_COMMA_SPLIT_RE.split(line)}:
                lead = cues.list_lead(part)
                want = lead_re.match(part)  # what list_lead reads, as the alternation written in tells it
                assert lead == ("" if want is None else "votes" if want.group("votes") else "party"), part
                if not lead:
                    assert not any(rx.match(part) for rx in cues.LIST_ITEM_RES[1:4]), part
                    assert not any(rx.match(part) for rx in cues.LIST_VOTES_FIRST_RES), part
                    hits[0] += 1
                elif lead == "votes":
                    assert not any(rx.match(part) for rx in cues.LIST_ITEM_RES), part
                    hits[2] += 1
                else:
                    assert not any(rx.match(part) for rx in cues.LIST_VOTES_FIRST_RES), part
                    hits[1] += any(rx.match(part) for rx in cues.LIST_ITEM_RES[1:4])
    assert hits[0] > 500 and hits[1] > 5 and hits[2] > 5, hits


def test_list_shapes_skip_no_item_where_their_gates_keep_them_from_compiling() -> None:
    """A PartyLed shape is not tried on a part without a digit, nor the PartySetOff shape on one without a bracket or
    separator before a party name: every list part of the truth files' posts and of odd items is matched the same as
    by the shapes tried everywhere (the name-first shape compiled whole, each party-led shape's rest after each party
    name opening the part)."""
    odd = (
        "Jane Smith (Con) 1,234",
        "Chris Hughes, Labour - 1,422 votes (elected)",
        "Ann Roe | Labour | 707 | 45.9",
        "Ann Roe -\u2003Green Party",
        "Ann Roe (Scottish National Party (SNP)) 12",
        "Ann Roe ( Lab ) elected",
        "Reform UK hold Ilkworth",
        "Labour - Louise Jones - 17,591 Elected",
        " Liberal Democrats (Fiona Keane): 733 [46.1%, +12.4%]",
        "Labour's Hannah Bethune: 2,541 (elected)",
        "Conservative Kelvin Marsh 51,967",
        "Independent: Ann Roe 1,802 (elected, stage 1)",
        "Labour's Ann Roe \u0663\u0661",  # (Arabic-Indic digits: `\\d` reads them)
    )
    set_off = cues.LIST_ITEM_RES[4]
    assert isinstance(set_off, cues.PartySetOff)
    whole = re.compile(set_off.rx.pattern)
    led = [rx for rx in cues.LIST_ITEM_RES if isinstance(rx, cues.PartyLed)]
    assert len(led) == 4
    rests = [re.compile(rx.rest.pattern) for rx in led]
    hits = [0, 0]
    for text in [*_texts(), *odd]:
        for line in text.split("\n"):
            for part in {line, *lists._split(line), *cues.LIST_COMMA_SPLIT_RE.split(line)}:
                got, want = set_off.match(part), whole.match(part)
                assert (got and got.span()) == (want and want.span()), part
                hits[0] += want is not None
                start = len(part) - len(part.lstrip())
                for rx, rest in zip(led, rests, strict=True):
                    want = next(
                        filter(None, (rest.match(part, start + len(n)) for n in cues.party_openings(part))), None
                    )
                    got = rx.match(part)
                    assert (got and got.span()) == (want and want.span()), part
                    hits[1] += want is not None
    assert hits[0] > 20 and hits[1] > 10, hits


def test_the_metropolitan_seat_rule_is_tried_wherever_it_can_yield() -> None:
    """councils._implicit_councils tries `_SEAT_IN_AREA_RE` only where `_IN_METROPOLITAN_RE` matches: every area the
    rule keeps is a metropolitan borough after "in", so the gate passes every text where the rule yields."""
    from scraper.entities import councils

    texts = (
        "Labour has held Eastfield Park in Rotherham with a majority of 300.",
        "Reform UK took Moor End in Kirklees by 40 votes, and kept Hyde Park in London.",
        "The Greens won Abbey\tin \tNewcastle upon Tyne.",
        "Labour gained St Mary's in St Helens, after a recount.",
        "The Lib Dems held Sidemoor in Bromsgrove.",
        "Winning in Leeds was the aim; no seat was named.",
    )
    for text in texts:
        kept = [
            m for m in councils._SEAT_IN_AREA_RE.finditer(text) if m.group("area") in councils.METROPOLITAN_BOROUGHS
        ]
        assert not kept or councils._IN_METROPOLITAN_RE.search(text), text
    assert councils._IN_METROPOLITAN_RE.search(texts[0]) and not councils._IN_METROPOLITAN_RE.search(texts[4])


def test_the_local_group_item_and_verdict_shapes_are_tried_wherever_they_can_match() -> None:
    """lists._item tries LOCAL_ITEM_RE only on a part holding '(', '|', a comma or a dash and a local group's suffix;
    lists._group_verdict reads _GROUP_VERDICT_RE only in a text holding a verdict word: every match holds what its
    gate looks for."""
    odd = (
        "Maya Linton (Oakley Independents) 980",
        "Maya Linton | Oakley Residents' Association | 980",
        "Tom Hale | Marsh Residents Action Group | 611 | 41%",
        "Residents' Association gain from Labour.",
        "Oakley Residents Group HOLD",
        "Derek Poole, Thornbury Independents: 1,150",
        "Kim Baxter – Pelsall Residents Association – 877",
    )
    hits = [0, 0]
    for text in [*_texts(), *odd]:
        for line in text.split("\n"):
            for part in {line, *lists._split(line), *cues.LIST_COMMA_SPLIT_RE.split(line)}:
                if cues.LOCAL_ITEM_RE.match(part):
                    assert lists.may_name_a_local_group(part), part
                    hits[0] += 1
        if lists._GROUP_VERDICT_RE.search(text):
            assert any(key in text for key in ("hold", "gain", "HOLD", "GAIN")), text
            hits[1] += 1
    assert hits[0] >= 3 and hits[1] >= 2, hits


class _Everything:
    def __contains__(self, item: object) -> bool:
        return True


def test_ticker_changes_are_those_read_without_their_gates(monkeypatch: pytest.MonkeyPatch) -> None:
    """tallies._ticker_changes runs only in a post holding a verdict word and tries its pattern only after a ward that
    a dash, colon or bracket follows: over the truth files' posts, the same changes as with neither gate."""
    posts = [p for path in sorted(TRUTH.glob("*.json")) for p in json.loads(path.read_text("utf-8"))["posts"]]
    texts = [(p.get("title"), "\n".join(p.get("body_lines") or [])) for p in posts]
    texts += [("Results", "Upper Marsh - Con hold\nKelby Vale (Oakley) - Grn gain from Lab\nEastgate: Ind hold")]
    gated = [entities.extract_text(t, b)["changes"] for t, b in texts]
    monkeypatch.setattr(tallies, "_TICKER_KEYS", ("",))
    monkeypatch.setattr(tallies, "_TICKER_MARKS", _Everything())
    assert [entities.extract_text(t, b)["changes"] for t, b in texts] == gated
    assert sum(len(c) for c in gated) > 100


def test_a_bracket_of_initials_is_looked_for_only_on_a_line_holding_a_bracket() -> None:
    """lists.list_readings tries cues.INITIALS_ITEM_RE only on a line with '(' that no other shape read, and
    candidates.winning_parties puts a bracket of initials aside only after ' (': every match holds them."""
    odd = ("Kate Orr (MRA) 1,388", "  Ann Pole (HRA) 701 elected", "Kit Marlowe ( RG ) 1,502")
    hits = 0
    for text in [*_texts(), *odd]:
        for line in text.split("\n"):
            for part in {line, *lists._split(line)}:
                if cues.INITIALS_ITEM_RE.match(part):
                    assert "(" in line, part
                    hits += 1
    assert hits >= len(odd), hits


def test_the_literal_checks_before_the_seat_and_majority_rules_let_every_match_through() -> None:
    """wards._place_of_many_seats searches only where 'seats' is (in the post and before the place); the majority
    pattern of wards._polls_like_a_constituency (and its councillors' twin) only where 'ajority' or 'by ' is."""
    for text, place in (
        ("The Lib Dems held all six seats in Farnham.", "Farnham"),
        ("The Greens won five of the seven seats between them in Bridport.", "Bridport"),
    ):
        doc = Doc.of(None, text)
        at = doc.text.index(place)
        assert "seats" in doc.text[max(0, at - 40) : at]
        assert wards._place_of_many_seats(doc, Mention(at, at + len(place), place))
    hits = 0
    for text in [*_texts(), "Ed Vane won by 4,208 votes over Labour.", "Majority: 12,301."]:
        for m in wards._CONSTITUENCY_MAJORITY_RE.compiled().finditer(text):
            assert any(key in m.group(0) for key in wards._MAJORITY_KEYS), m.group(0)
            hits += 1
    assert hits >= 2, hits


def test_declaration_rows_and_losers_labels_pass_their_gates() -> None:
    """A declaration row (lists._DECLARED_ROW_RE) is tried only on a line opening on a capital, a losers' label
    (lists._LOSERS_LABEL_RE) only on a part holding a colon: every row and label the patterns read passes."""
    rows = [
        "ADEYEMI | Folake Grace | Labour Party | 891 | Elected",
        "  McCANN | Rose | Liberal Democrats | 1,204 |",
        "O'NEILL Bryn Labour Party 988",
        "\tHOLLIS Amanda Jane Conservative Party Candidate 1,048 Elected",
        "MacLEOD | Iain | Scottish National Party | 2,310 | Elected",
    ]
    texts = [*_texts(), *rows]
    read = 0
    for text in texts:
        for line in text.split("\n"):
            if lists._DECLARED_ROW_RE.fullmatch(line):
                assert lists._may_be_declared_row(line), line
                read += 1
            for m in lists._LOSERS_LABEL_RE.finditer(line):
                assert ":" in m.group(0), line
    assert read >= len(rows)
    for label in ("also standing: ", "Also stood:", "others : ", "not elected: ", "Runners-up: "):
        assert lists._LOSERS_LABEL_RE.match(label) and ":" in label


def test_a_council_in_capitals_is_looked_for_only_where_its_literal_is() -> None:
    """councils._CAPITALS_COUNCIL_RE is tried only on a text holding 'COUNCIL': every match holds it."""
    headings = ["TAMWORTH BOROUGH COUNCIL", "  KINGSTON UPON HULL CITY COUNCIL ", "WIGAN METROPOLITAN BOROUGH COUNCIL"]
    read = 0
    for text in [*_texts(), *headings]:
        for m in councils._CAPITALS_COUNCIL_RE.finditer(text):
            assert "COUNCIL" in m.group(0)
            read += 1
    assert read >= len(headings)


def test_the_surname_first_list_shapes_are_tried_only_on_a_part_with_a_comma() -> None:
    """lists._item tries LIST_ITEM_COMMA_RES (a surname, its comma, then the forenames) only on a part holding a comma:
    every match of them holds one, and the shapes tried on a part without one are the others, in their order."""
    assert tuple(rx for rx in cues.LIST_ITEM_RES if rx not in cues.LIST_ITEM_COMMA_RES) == cues.LIST_ITEM_NO_COMMA_RES
    assert (cues.LIST_ITEM_RES[4],) == cues.LIST_ITEM_NAME_NO_COMMA_RES
    odd = (
        "Pemberton, Alan – Conservative – 612 (41.2%) elected",
        "PEMBERTON, Alan (Conservative Party) 612 ELECTED",
        "O'NEILL-BROWN, Mary Anne (Green Party)",
        "Collins, Adrian (Conservative) 1,402 ELECTED",
        " Conway,\tMark (Con) 1,130",
    )
    hits = 0
    for text in [*_texts(), *odd]:
        for line in text.split("\n"):
            for part in {line, *lists._split(line), *cues.LIST_COMMA_SPLIT_RE.split(line)}:
                for rx in cues.LIST_ITEM_COMMA_RES:
                    m = rx.match(part)
                    if m is not None:
                        assert "," in m.group(0), (part, rx.pattern[:40])
                        hits += 1
    assert hits >= len(odd), hits


def test_the_bracket_and_word_gates_before_a_name_s_cues_let_every_match_through() -> None:
    """candidates._party_around matches ABBR_NEXT_RE, wards._runs_near_people _PAREN_WARD_RE, only where a bracket
    follows the name; candidates._read matches CANDIDATE_NEXT_RE only where 'candidate' does: every match holds it."""
    gates = ((cues.ABBR_NEXT_RE, "("), (wards._PAREN_WARD_RE, "("), (cues.CANDIDATE_NEXT_RE, "candidate"))
    texts = (
        "Jane Smith (Con) won, as did Ann Lee ( Lab ) and Bethan Eddy (Warsop).",
        "Jo Bell, the Labour candidate, won. Tom Fry, a former Conservative candidate, lost.",
    )
    hits = dict.fromkeys(range(len(gates)), 0)
    for text in [*_texts(), *texts]:
        for stretch in _stretches(text):
            for i, (rx, key) in enumerate(gates):
                m = rx.match(stretch)
                if m is not None:
                    assert key in m.group(0), (stretch, key)
                    hits[i] += 1
    assert all(hits.values()), hits


def test_runs_in_a_place_before_a_person_end_at_the_last_person() -> None:
    """wards._runs_near_people stops reading `_IN_BEFORE_PERSON_RE` at the last person's start: a match from there
    on has no person after its run, so it yields nothing (checked on every truth post and a few sentences)."""
    texts = (
        "In New Mills, Anne Clarke took the seat. In Hayfield the Greens held on.",
        "Tobias Hurn won in Sherborne West, and in Lyme Regis the Lib Dems gained.",
    )
    seen = 0
    for text in [*_texts(), *texts]:
        doc = Doc.of(None, text, entities.KEYS)
        people = names.find_people(doc)
        if not people:
            continue
        last = max(p.start for p in people)
        for m in wards._IN_BEFORE_PERSON_RE.finditer(doc.text):
            if m.start() >= last:
                assert not any(m.start("run") < p.start for p in people), text
                seen += 1
    assert seen > 10, seen


def test_the_cues_a_post_lacks_are_the_gated_ones_none_of_whose_keys_it_holds() -> None:
    """Doc.lacking is the index's gated patterns less those a found key opens (Doc.opened): the same as testing each
    pattern's keys against the keys found."""
    for text in _texts():
        doc = Doc.of(None, text, entities.KEYS)
        plain = frozenset(g for g in entities.KEYS.gated if doc._found.keys().isdisjoint(g.keys))
        assert doc.lacking() == plain, text


def test_a_ward_described_by_its_seats_is_looked_for_only_where_its_keys_are() -> None:
    """The wards pattern for 'Oak Vale, a two-seat ward' is tried only on a text holding one of its keys ('seat
    ward', 'member division' ...): every match it makes holds one."""
    (keyed,) = [k for k in wards._WARD_PATTERNS if "seat ward" in k.keys]
    rx = keyed.rx.compiled() if isinstance(keyed.rx, Lazy) else keyed.rx
    described = ["Oak Vale, a two-seat ward, went Green.", "Upton, a three member division", "Kirk Hill, a 2-seat ward"]
    read = 0
    for text in [*_texts(), *described]:
        for m in rx.finditer(text):
            assert any(key in m.group(0) for key in keyed.keys), m.group(0)
            read += 1
    assert read >= len(described)


def test_the_and_item_split_is_tried_only_where_its_run_can_be() -> None:
    """lists._split cuts at AND_ITEM_SPLIT_RE, and lists._items reads ALL_ELECTED_AFTER_RE, only in a text holding
    ' and ': the split's first branch holds it, and the cut after 'elected.' and the plural verb serve only a run that
    branch splits (both seen in the truth texts)."""
    hits = [0, 0]
    for text in [*_texts(), "A Bee (Lab) 1,200 and Cy Dee (Lab) 1,100 were elected. Ed Eff polled 90."]:
        for m in cues.AND_ITEM_SPLIT_RE.finditer(text):
            hits[0] += m.group(0) == " and "
        if cues.ALL_ELECTED_AFTER_RE.search(text) and cues.AND_ITEM_SPLIT_RE.search(text):
            assert " and " in text, text
            hits[1] += 1
    assert hits[0] >= 2 and hits[1] >= 2, hits


def test_an_assembly_sized_stv_count_is_looked_for_only_where_its_literals_are() -> None:
    """wards._ASSEMBLY_STV_RE is tried only on a text holding 'quota', 'first pref' or 'first-pref': every match holds
    one, and a colon heads every line `tallies._headed_by_a_seat` reads."""
    extra = [
        "elected with 6,120 first preferences",
        "passing the quota of 5,901",
        "The quota was 7,004.",
        "on 12,310 first-preference votes",
    ]
    read = 0
    for text in [*_texts(), *extra]:
        for m in wards._ASSEMBLY_STV_RE.compiled().finditer(text):
            assert any(key in m.group(0) for key in wards._ASSEMBLY_STV_KEYS), text
            read += 1
    assert read >= len(extra)
    assert not tallies._headed_by_a_seat("Glenfield SNP 2, Labour 1", 0, 25, {"Glenfield"})
    assert tallies._headed_by_a_seat("Glenfield result: SNP 2, Labour 1", 0, 33, {"Glenfield"})


def test_a_ward_table_is_looked_for_only_where_a_cell_rule_is() -> None:
    from scraper.entities import lists

    heads = [
        "Ward | Winner | Party\nAbbey | Ann Lee | Labour",
        "the latest:\nElectoral division | Candidate | Party | Votes\nAbbey | Ann Lee | Labour | 812",
        "Seat|Elected|Party\nAbbey|Ann Lee|Labour",
    ]
    for text in [*_texts(), *heads]:
        if lists._WARD_TABLE_HEAD_RE.search(text):
            assert "|" in text
    assert all(lists.ward_table(text) for text in heads)


def test_a_qualified_or_local_group_party_label_passes_the_list_gates() -> None:
    """lists._items reads a line only where lists._may_hold_items lets it through, and cues.PARTY_LABEL_RE only where
    ':' is: every line with an item after a party label, qualified ('Independent (ex-Labour): ...') or a local
    group's, holds both."""
    odd = ("Independent (formerly Labour): Jo Ash - 512 - ELECTED", "Kelby Residents: Omar Lutfi - 690")
    hits = 0
    for text in [*_texts(), *odd]:
        for line in text.split("\n"):
            label = cues.PARTY_LABEL_RE.rx.match(line)
            if label and cues.NAME_VOTES_RE.search(line, label.end()):  # a label with an item after it
                assert ":" in line and lists._may_hold_items(line), line
                hits += 1
    assert hits >= len(odd), hits


def test_a_seat_taken_from_a_name_is_looked_for_only_after_a_from() -> None:
    """candidates._outcome tries cues.TAKEN_FROM_PREV_RE only on text before a name whose last 60 characters hold
    ' from ': every match ends on 'from', the name's party or 'the' after it, within that reach."""
    extra = [
        "Sarah Kemp has taken Richmond Vale back from ",
        "The Greens took Castle from Labour's ",
        "Reform UK gained Newcastle upon Tyne North from the Liberal Democrat ",
    ]
    read = 0
    for text in [*_texts(), *extra]:
        for stretch in (text[:i] for i in range(len(text) + 1)):
            if cues.TAKEN_FROM_PREV_RE.search(stretch):
                assert " from " in stretch[-60:], stretch
                read += 1
    assert read >= len(extra)


def test_a_ticker_line_naming_its_winner_is_read_only_where_a_verdict_word_is() -> None:
    """lists._items tries cues.NAMED_VERDICT_RE only on a line `lists._holds_verdict_word` passes and holding one of
    lists._NAMED_VERDICT_KEYS."""
    extra = [
        "Eastmoor: Priya Shah (Lab) gain from Con, majority 412",
        "Owen Pugh (Plaid) hold",
        "Ash - Al Tey (Con) GAIN FROM LAB",
    ]
    read = 0
    for text in [*_texts(), *extra]:
        if cues.NAMED_VERDICT_RE.search(text):
            assert lists._holds_verdict_word(text), text
            assert any(key in text for key in lists._NAMED_VERDICT_KEYS), text
            read += 1
    assert read >= len(extra)


def test_two_cues_read_right_after_a_name_are_tried_only_after_their_openings() -> None:
    """candidates._read tries cues.REPORTED_CLOSE_NEXT_RE only on text after a name opening on one of
    candidates._REPORTED_OPENINGS, and cues.STANDING_FOR_PARTY_NEXT_RE only on text opening ', standing for '."""
    extra = [" is said to be neck and neck with", " are thought to be level pegging", ", standing for the Greens, came"]
    read = 0
    for text in [*_texts(), *extra]:
        for stretch in (text, *(text[m.end() :] for m in re.finditer(r"\b", text))):
            if cues.REPORTED_CLOSE_NEXT_RE.match(stretch):
                assert stretch.startswith(entities.cand._REPORTED_OPENINGS), stretch
                read += 1
            if cues.STANDING_FOR_PARTY_NEXT_RE.match(stretch):
                assert stretch.startswith(", standing for "), stretch
                read += 1
    assert read >= len(extra)


def test_the_area_after_ward_of_is_read_only_where_its_literal_opens() -> None:
    """`council_areas_before` tries `_AREA_OF_WARD_RE` only where the text goes on with ' ward of ' after a ward:
    the pattern opens on that literal, so every match does."""
    assert wards._AREA_OF_WARD_RE.pattern.startswith(" ward of ")
    assert wards._AREA_OF_WARD_RE.match(" ward of Nuneaton and Bedworth, where") is not None


def test_prose_lines_the_item_gate_passes_hold_no_item(monkeypatch: pytest.MonkeyPatch) -> None:
    """lists._items stops at `_no_items` on a line of prose whose figures each follow a lower-case word: on every
    line it stops at, the item shapes (tried with the gate off) read nothing, and lines that can hold an item (a
    figure after a name, a party ending on a lower-case word, a stage, a majority, a second part) pass it."""
    held = (
        "Jo Parr, Alba Party for independence 1,204",
        "Ann Lee, Labour, was elected at stage 3",
        "Ann Lee, Labour, elected with a majority 42",
        "Ann Lee, Labour 1,204",
        "Tom Fry polled 88, Ann Lee, Labour, elected",
        "Ashby - Ann Lee, Labour, elected with 1,204",
        "Tom Fry was elected. Ann Lee, Labour, elected with 12 votes",
        "Con hold. Ann Lee, Labour, elected with 12 votes",
        "2,033 Mohammed Yasin, Labour",
    )
    prose = (
        "In the Kelby ward, the Labour candidate Ann Lee was elected with 1,402 votes, ahead of Tom Fry on 977.",
        "It leaves the Greens on 14 of the 40 seats, with a turnout of 31.5 per cent.",
        "The recount ended after midnight, and the margin was just 12 votes.",
    )
    stopped = 0
    gate = lists._no_items
    for line in [*(ln for text in _texts() for ln in text.split("\n")), *held, *prose]:
        if not lists._may_hold_items(line) or not gate(line):
            continue
        stopped += 1
        monkeypatch.setattr(lists, "_no_items", lambda _line: False)
        assert lists._items(line, 0) == [], line
        monkeypatch.setattr(lists, "_no_items", gate)
    assert all(gate(line) for line in prose)
    assert not any(gate(line) for line in held)
    assert all(lists._items(line, 0) for line in held[:5]), [line for line in held[:5] if not lists._items(line, 0)]
    assert stopped > 50, stopped


def test_surname_first_shapes_are_tried_wherever_a_comma_and_space_allow() -> None:
    """lists._item tries the shapes reading a surname before its forenames (cues.LIST_ITEM_COMMA_RES) only on a part
    with a comma followed by whitespace: no part without one matches them ('3,489' alone is a figure's comma)."""
    odd = (
        "Pemberton, Alan – Conservative – 612",
        "ROWE,\tPenny (Green Party) 88",
        "Ng,\u2003Al (Lab) 1,020",
        "Ng,Al 3,4",
    )
    lines = [line for text in (*_texts(), *odd) for line in text.split("\n")]
    parts = {part for line in lines for part in (line, *lists._split(line))}
    tried = sum(map(lists._surname_comma, parts))
    for part in parts:
        assert lists._surname_comma(part) or not any(rx.match(part) for rx in cues.LIST_ITEM_COMMA_RES), part
    assert tried > 100 and lists._surname_comma(odd[2]) and not lists._surname_comma(odd[3]), tried


def test_list_shapes_read_a_party_in_a_bracket_or_after_a_separator() -> None:
    # the party written once after both openings, its bracket closed only where one was opened
    for text, party, separated in (
        ("Dana Whitcombe (Plaid Cymru (PC)) 988", "Plaid Cymru", False),
        ("Dana Whitcombe - Green Party / Plaid Werdd Cymru - 988", "Green Party", True),
        ("Dana Whitcombe | Reform UK | 988 | 31.0", "Reform UK", True),
    ):
        m = cues.LIST_ITEM_RES[4].match(text)
        assert m is not None and m.group("party") == party and (m.group("sep") is not None) == separated, text
    assert cues.LIST_ITEM_RES[4].match("Dana Whitcombe (Reform UK 988") is None  # an unclosed bracket
    assert cues.LIST_ITEM_RES[4].match("Dana Whitcombe - Reform UK) 988") is None  # a bracket never opened
    m = cues.LIST_VOTES_FIRST_RES[0].match("988 Dana Whitcombe - Reform UK")
    assert m is not None and m.group("party") == "Reform UK" and m.group("sep") is not None
    # a figure after a colon and a separated party is a place's seats, a bracketed party a person's votes
    assert cues.LIST_ITEM_RES[4].match("Ebbw Vale: REF 3") is not None and lists._item("Ebbw Vale: REF 3", 0) is None
    found = lists._item("Dana Whitcombe (Ref) 3", 0)
    assert found is not None and found.votes == 3 and found.party == "Reform UK"


def test_coordinated_stretches_between_two_names() -> None:
    # a party before a bracket or a space after 'of (the)', written once; the semicolon roll as a pattern of its own
    assert cues.coordinated(" of the Scottish Greens (2.1%) and ")
    assert cues.coordinated(" of Alba and ")
    assert cues.coordinated("; and the Lib Dems' ")
    assert cues.coordinated("; Reform UK's councillor ")
    assert not cues.coordinated(" of the Scottish Greens and said ")
    assert not cues.coordinated("; the party's ")


def test_coordinated_stretches_are_matched_only_where_they_can_open() -> None:
    """`coordinated` tries COORDINATED_RE only on a stretch opening on what it can open on: every stretch of the truth
    files' posts (and the gaps between names above) is told the same as by the pattern tried on each."""
    whole = re.compile(cues.COORDINATED_RE.pattern)
    roll = re.compile(cues._COORDINATED_ROLL_RE.pattern)
    odd = (" of the Green Party (4.8%) and ", " (Con) and ", ", with 1,204 votes, and ", "\u2003on 12% and ", " & ")
    joined = 0
    for text in [*_texts(), *odd]:
        for stretch in _stretches(text):
            want = whole.match(stretch) is not None or (";" in stretch and roll.match(stretch) is not None)
            assert cues.coordinated(stretch) == want, stretch
            joined += want
    assert joined > 20, joined


def test_party_led_shapes_match_as_the_party_alternation_would() -> None:
    # each shape opening on a party gives the match `^\s*(?P<party>LIST_PARTY_ALT)REST` gives: the same groups at the
    # same places, the party tried longest first, then the abbreviations ('Lab' after 'Labour', 'Green' after 'Greens')
    tails = (
        " (Nadia Ferris): 640 [38.2%]",
        "'s Nadia Ferris: 1,077",
        " - Nadia Ferris - 9,412 Elected",
        "s Nadia Ferris 55",
    )
    tails += (": Nadia Ferris 802 (elected, stage 2)", "our Nadia Ferris 31", " Party Nadia Ferris 7", " Nadia Ferris")
    led = [rx for rx in cues.LIST_ITEM_RES if isinstance(rx, cues.PartyLed)]
    assert len(led) == 4
    for rx in led:
        whole = re.compile(rf"^\s*(?P<party>{LIST_PARTY_ALT}){rx.rest.pattern}")
        for text in (f"{space}{name}{tail}" for space in ("", " \t") for name in LIST_PARTY_NAMES for tail in tails):
            want, got = whole.match(text), rx.match(text)
            assert (want is None) == (got is None), text
            if want is not None and got is not None:
                groups = {**got.groupdict(), "party": rx.party(text, got)}
                assert groups == want.groupdict() and got.end() == want.end() and got.start() == want.end("party")
