"""The fact extractor's speed-ups change no result: the trie alternation and the keyword gates (Keyed)."""

from __future__ import annotations

import re

import pytest

from scraper.entities import doc as doc_module
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
        # runs read back from their key: joiners, slashes, mid-word capitals, newlines in the gap
        "the East Mainland, South Ronaldsay and Burray ward; The Oaks, Elm and Ash division",
        "Anderston/City/Yorkhill ward. Ashby de la Zouch seat. McDonald Park\nward. eBay North seats",
        "xYz Vale was won by Labour; Kirkby and Ashfield\nwere held by the Greens",
        "St Ives East, Lelant and Carbis Bay on Cornwall Council; Hucknall, Bulwell and Basford\nseat",
        "Lowestoft Harbour: Green\ngain from Con\nPrestatyn North (two\nseats):\nEast Devon, Exmouth - Con hold",
        "by c. 200 votes ahead of; just under 1,000 votes clear of; 12 out of 40; a handful of seats out of",
        "Ashfield Independents and Mansfield Independent Group; the Boston Independent councillor",
    )
    patterns = [*wards._WARD_PATTERNS, *tallies.SEAT_TOTAL_RES, *tallies.MAJORITY_RES, *tallies._CHANGE_KEYED]
    patterns += [tallies._NEEDED, tallies._SHORT, tallies._SEAT_FROM, tallies._SEAT_WENT, tallies._CONTROL]
    patterns += [tallies._NOC, tallies._RECOUNT, doc_module._LOCAL_PARTY, doc_module._AREA_INDEPENDENT]
    patterns += [doc_module._LOWER_INDEPENDENT]
    hits = 0
    for keyed in patterns:
        for text in texts:
            doc = Doc.of(None, text)
            ungated = [m.span() for m in keyed.rx.finditer(doc.text)]
            assert [m.span() for m in keyed.finditer(doc)] == ungated
            hits += len(ungated)
    assert hits > 40


def test_word_start_matches_like_a_leading_word_boundary() -> None:
    texts = (*_TEXTS, "gainsay regain gains: hold-up holds, Holds uphold", "x" * 3 + "hold\ngain", "gain")
    for alternation in ("gain|gains|holds?|tak(?:ing|en|es)", "the council|the authority", "Ward"):
        bounded = re.compile(rf"\b(?:{alternation})(?P<rest>\W*\w*)")
        lead = re.compile(rf"{lexicon.word_start(alternation)}(?P<rest>\W*\w*)")
        for text in texts:
            for pos in range(len(text)):
                assert [m.span() for m in lead.finditer(text, pos)] == [m.span() for m in bounded.finditer(text, pos)]
    assert "(?<!\\wgain)" in lexicon.word_start("gain|gains")
    with pytest.raises(ValueError):
        lexicon.word_start(r"(?:was|were) in")


def test_keyed_tries_the_pattern_only_where_it_can_start() -> None:
    """Each place-finding mode gives what a scan of the whole post gives."""
    run = r"[A-Z]\w*(?:[ \t]+[A-Z]\w*)*"
    cases = (
        (Keyed(re.compile(rf"(?P<run>{run})\s+ward\b"), ("ward",), at="back", back=re.compile(r"\s*[\w \t]*")), "run"),
        (
            Keyed(re.compile(rf"(?m)^(?P<run>{run}):\s+\w+\s+gain\b"), ("gain",), at="line", back=re.compile(r"\s*")),
            "line",
        ),
        (Keyed(re.compile(r"\bgain(?:ed|s)?\s+(?P<run>\w+)"), ("gain",), at="key"), "key"),
        (Keyed(re.compile(r"(?i:recount)\s+in\s+(?P<run>[A-Z]\w+)"), ("recount",), True, at="key"), "folded"),
    )
    texts = (
        "the Darley ward; Rose Hill ward\nNorth Ward East ward. In the Oak and Ash ward",
        "Telford: Labour gain\nLowestoft Harbour: Green\ngain from Con\nnot here gain",
        "Labour gained Bury, regained Leigh; gains Hyde. RECOUNT in Duffield, recount in Ashby",
        "Recount in Kirkby ſ; ward",  # a character that folds oddly: the folded pattern scans instead
    )
    for keyed, _mode in cases:
        for text in texts:
            doc = Doc.of("Title gain ward", text)
            assert [m.span() for m in keyed.finditer(doc)] == [m.span() for m in keyed.rx.finditer(doc.text)]
    doc = Doc.of(None, "Labour gain Bury. Labour gain Leigh")
    assert doc.occurrences(("gain", "Labour")) == [1, 8, 19, 26]
    assert doc.found("gain") is doc.found("gain")  # found once per post
    assert doc.line_starts() == [0, 1] and doc.reversed() == doc.text[::-1]
    assert not Doc.of(None, "ſeats").folds_safely() and Doc.of(None, "Seats").folds_safely()
