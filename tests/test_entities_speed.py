"""The fact extractor's speed-ups change no result: the trie alternation and the keyword gates (Keyed)."""

from __future__ import annotations

import re

from scraper.entities import lexicon, tallies, wards
from scraper.entities.doc import Doc, Keyed

_TEXTS = (
    "Labour Party gain Hucknall North from the Liberal Democrats. Lib Dems hold Bulwell Forest.",
    "The Labour Co-operative candidate beat the Lib Dem, the Green Party and Plaid Cymru in Treorchy.",
    "Conservatives now have 35 seats to Labour's 21, with the Greens up to 4 seats.",
    "Labourite views; Liberal thinking; Green Partying; SNPs; Reform UK Party won by 3 votes.",
)


def test_party_trie_matches_like_the_flat_alternation() -> None:
    words = tuple(lexicon.PARTY_ALIAS)
    assert len(words) >= lexicon._TRIE_FROM  # the party list is the one written as a trie
    flat = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    trie = lexicon._alternation(words)
    assert trie != flat
    for text in (*_TEXTS, " ".join(words), ", ".join(sorted(words))):
        for wrap in (r"({})", r"(?<![\w-])({})(?![\w])", r"({})\s+(?:gain|hold)\b"):
            got = [(m.span(), m.group(1)) for m in re.finditer(wrap.format(trie), text)]
            want = [(m.span(), m.group(1)) for m in re.finditer(wrap.format(flat), text)]
            assert got == want


def test_keyed_scans_only_when_a_key_is_in_the_text() -> None:
    keyed = Keyed(re.compile(r"(?P<run>[A-Z]\w+)\s+ward\b"), ("ward",))
    assert [m.group("run") for m in keyed.finditer(Doc.of(None, "the Darley ward"))] == ["Darley"]
    assert list(keyed.finditer(Doc.of(None, "the Darley Ward"))) == []
    folded = Keyed(re.compile(r"(?i:recount)\s+in\s+(?P<run>[A-Z]\w+)"), ("recount",), True)
    assert [m.group("run") for m in folded.finditer(Doc.of(None, "RECOUNT in Duffield"))] == ["Duffield"]


def test_every_keyed_pattern_gates_no_match_away() -> None:
    """Each gated pattern, run ungated over texts that match it, matches only where one of its keys is."""
    texts = (
        *_TEXTS,
        "the Darley ward; Rose Hill and Littlemore division; won the Wirksworth seat; the North Evington by-election",
        "Hartsbridge District Council, Ashcombe Vale\nAshley: Jenna Bartell (Green) 2,140\nIn Ward 11, Hillhead, ...",
        "Among the gains was Bredbury Green. Canterbury City South was won by Labour. Prestatyn North (two seats):",
        "Victory in Duffield. Recount now for Alfreton. She had represented Worksop North after gaining Belper.",
        "Labour won 12 out of 40 seats, holds 20 of the 54 seats, total up to 32, seats to 9, fell from 9 to 4.",
        "Labour now have 18 councillors; now on 7. Left with one councillor. By just three votes, a majority of 200",
        "a 43-vote majority; Majority: 120; 60 votes ahead of; 4 seats short of a majority; 3 seats needed",
        "Labour gained the seat; Greens lost; gain for the SNP; hold for Labour; Tories seized Bury.",
    )
    patterns = [*wards._WARD_PATTERNS, *tallies.SEAT_TOTAL_RES, *tallies.MAJORITY_RES, *tallies._CHANGE_KEYED]
    patterns += [tallies._NEEDED, tallies._SHORT]
    hits = 0
    for keyed in patterns:
        for text in texts:
            doc = Doc.of(None, text)
            ungated = [m.span() for m in keyed.rx.finditer(doc.text)]
            assert [m.span() for m in keyed.finditer(doc)] == ungated
            hits += len(ungated)
    assert hits > 40
