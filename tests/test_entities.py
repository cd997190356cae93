"""scraper.entities: one table per fact kind, sentences of many shapes, and near-misses that yield nothing."""

from __future__ import annotations

from typing import Any

import pytest

from scraper.entities import FACT_KINDS, extract, extract_text
from scraper.models import Post


def facts(body: str, title: str = "Results", author: str | None = None) -> dict[str, list[dict[str, Any]]]:
    return extract_text(title, body, author=author)


def names(items: list[dict[str, Any]], key: str = "name") -> list[Any]:
    return [i[key] for i in items]


def candidate(body: str, name: str, title: str = "Results") -> dict[str, Any]:
    found = {c["name"]: c for c in facts(body, title)["candidates"]}
    assert name in found, (name, list(found))
    return found[name]


# --- shape of the output ------------------------------------------------------------------------------------


def test_extract_takes_a_post_and_returns_every_kind_with_evidence() -> None:
    post = Post(
        post_id="p1",
        title="Labour hold Leicester seat",
        body_text="Labour has held the North Evington seat in a Leicester City Council by-election.",
    )
    out = extract(post)
    assert set(FACT_KINDS) <= set(out)
    text = post.title + "\n" + post.body_text
    for kind, items in out.items():
        for item in items:
            start, end = item["span"]
            assert text[start:end] == item["evidence"], kind
    assert names(out["wards"]) == ["North Evington"]
    assert out["wards"][0]["council"] == "Leicester City Council"


def test_empty_post_yields_empty_lists() -> None:
    assert all(v == [] for v in facts("", title="").values())


def test_a_post_about_something_else_only_names_parties() -> None:
    out = facts("Sir Keir Starmer visited a school in Derby with Labour's health spokesman.", title="Starmer in Derby")
    assert names(out["parties"]) == ["Labour"]
    assert all(v == [] for k, v in out.items() if k != "parties")


# --- councils -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("The Tories have won another Derby City Council seat.", ["Derby City Council"]),
        ("Counting is under way at Erewash Borough Council's offices.", ["Erewash Borough Council"]),
        ("Labour kept control of Cornwall Council.", ["Cornwall Council"]),
        ("Labour won the Leith Walk by-election for the City of Edinburgh Council.", ["City of Edinburgh Council"]),
        (
            "Labour gained Redditch Borough Council and Thurrock Council.",
            ["Redditch Borough Council", "Thurrock Council"],
        ),
        ("A seat on Stockport Metropolitan Borough Council changed hands.", ["Stockport Metropolitan Borough Council"]),
        ("Labour-run Barnsley Council declared early.", ["Barnsley Council"]),
        (
            "Dr Eynon was the Labour group leader at the county council in Leicestershire.",
            ["Leicestershire County Council"],
        ),
        ("The city of Leicester gave Labour a hold in the by-election.", ["Leicester City Council"]),
        ("The Conservatives now have 36 seats in Nottinghamshire.", ["Nottinghamshire County Council"]),
        ("The Conservatives seized Dudley council from no overall control.", ["Dudley Council"]),
    ],
)
def test_councils(body: str, expected: list[str]) -> None:
    assert names(facts(body)["councils"]) == expected


@pytest.mark.parametrize(
    "body",
    [
        "The Conservative MP for North West Leicestershire said the results were good.",
        "Counting has begun for Derbyshire's police and crime commissioner.",
        "Labour group leaders in both Leicestershire and Nottinghamshire lost their seats.",
        "Council leader Martyn Cox said he expected a long night.",
        "The council said the count would start at 09:00.",
        "The Labour council raised council tax; it is the biggest town council around.",
        "Labour have retained control of the Cheshire unitary authority of Halton.",
        "Labour had this Kent council firmly in its sights.",
    ],
)
def test_councils_near_misses(body: str) -> None:
    assert facts(body, title="Count latest")["councils"] == []


# --- wards --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("In the Darley ward, two seats were up for grabs.", ["Darley"]),
        ("Mr Murphy also won the Wirksworth seat in the county council elections.", ["Wirksworth"]),
        ("Dr Terri Eynon, who lost her seat in Coalville North, spoke to the BBC.", ["Coalville North"]),
        ("Labour held on in the North Evington by-election.", ["North Evington"]),
        ("We're expecting a recount now for Alfreton and Somercotes.", ["Alfreton and Somercotes"]),
        ("The Alfreton and Somercotes ward seats were won by the Conservatives.", ["Alfreton and Somercotes"]),
        (
            "He welcomed new councillors Bethan Eddy (Warsop) and Robert Corden (Mansfield East).",
            ["Warsop", "Mansfield East"],
        ),
        ("Mr Bradley was himself elected as a councillor for Mansfield North.", ["Mansfield North"]),
        ("The Greens gained a seat, after gaining Duffield and Belper South.", ["Duffield and Belper South"]),
        ("In New Mills, Anne Clarke took the seat from the Liberal Democrats.", ["New Mills"]),
        ("In Bangor's Deiniol ward, Plaid's Nia Jeffreys took 412 votes.", ["Deiniol"]),
        (
            "In the East Mainland, South Ronaldsay and Burray ward, Jo Reid topped the poll.",
            ["East Mainland, South Ronaldsay and Burray"],
        ),
        ("Conservative gain Hucknall North from Ashfield Independents.", ["Hucknall North"]),
        (
            "The Lib Dems gained three seats, including Bilton Grange and New Park, where Jo Fair won.",
            ["Bilton Grange and New Park"],
        ),
        ("In Ward 11, Hillhead, the Scottish Greens' Morag Windram was elected.", ["Hillhead"]),
        (
            "The Liberal Democrats have held St Ives East, Lelant and Carbis Bay on Cornwall Council.",
            ["St Ives East, Lelant and Carbis Bay"],
        ),
        (
            "Lowestoft Harbour: Green gain from Conservative\nBeccles North: Conservative hold",
            ["Lowestoft Harbour", "Beccles North"],
        ),
        (
            "Conservative Alan McDermid held his seat in Pantiles and St Mark's by just 9 votes.",
            ["Pantiles and St Mark's"],
        ),
        ("The Forest & Measham division was among the gains.", ["Forest & Measham"]),
    ],
)
def test_wards(body: str, expected: list[str]) -> None:
    assert names(facts(body)["wards"]) == expected


@pytest.mark.parametrize(
    "body",
    [
        "They reached 42 out of the 55 seats at County Hall in Glenfield.",
        "The area, which covers Bonsall, Cromford and Matlock Bath, was a head-to-head between Labour and the Tories.",
        "The Conservatives have gained another seat in Leicestershire.",
        "The party also held Blaenau Gwent, where Independents had been in charge since 2017.",
        "The map is also entirely blue in South Derbyshire, with the Tories completing a clean sweep.",
        "Ballot boxes have arrived at the Bolton Arena in Horwich.",
        "The Conservative MP for Mansfield congratulated the new councillors.",
        "Labour lost 84 councillors, including in Bolsover, where independents now hold 14 seats.",
        "Labour hold Leicester seat in by-election.",
        "Two wards, two very different nights for Labour.",
    ],
)
def test_wards_near_misses(body: str) -> None:
    assert facts(body, title="Latest")["wards"] == []


def test_ward_takes_the_council_named_in_its_sentence() -> None:
    out = facts(
        "In the Derbyshire Dales District Council by-elections, it went down to the wire in the Masson ward.\n"
        "Mr Murphy also won the Wirksworth seat in Derbyshire's county council elections."
    )
    assert {w["name"]: w["council"] for w in out["wards"]} == {
        "Masson": "Derbyshire Dales District Council",
        "Wirksworth": "Derbyshire County Council",
    }


# --- parties ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("The Tories gained a seat from the Lib Dems.", ["Conservative", "Liberal Democrats"]),
        (
            "Greens and Reform UK both did well; so did the Labour and Co-operative Party.",
            ["Green Party", "Reform UK", "Labour"],
        ),
        (
            "Labour, the Liberal Democrats and Mansfield Independents all lost votes.",
            ["Labour", "Liberal Democrats", "Mansfield Independents"],
        ),
        ("An independent candidate won, and the SNP and Plaid Cymru held on.", ["Independent", "SNP", "Plaid Cymru"]),
        ("The Uplands Party won two seats.", ["Uplands Party"]),
    ],
)
def test_parties_are_canonical(body: str, expected: list[str]) -> None:
    assert names(facts(body, title="")["parties"]) == expected


@pytest.mark.parametrize(
    "body",
    [
        "Damian Green visited Bethnal Green and Green Lane.",
        "Electoral reform was not on the agenda; Reform of the council tax was.",
        "An independent review of the count was published.",
    ],
)
def test_parties_near_misses(body: str) -> None:
    assert facts(body, title="")["parties"] == []


# --- candidates ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "name", "party", "votes", "elected"),
    [
        (
            "In the Darley ward the Labour candidate Alison Martin secured a seat with 1,833 votes.",
            "Alison Martin",
            "Labour",
            1833,
            True,
        ),
        (
            "The seat was won by Conservative Alan Grimadell with 1,305 votes, pipping Carmel Swan - who had 1,304 - "
            "to the post.",
            "Carmel Swan",
            None,
            1304,
            False,
        ),
        (
            "Conservative candidate Mike Shirley won with 1,651 votes, with Liberal Democrat Luke Cousin finishing "
            "second with 552 votes.",
            "Luke Cousin",
            "Liberal Democrats",
            552,
            False,
        ),
        (
            "Vandevi Pandya received 3,306 votes, with Conservative candidate Abdul Razak Osman coming second "
            "with 2,565.",
            "Vandevi Pandya",
            None,
            3306,
            True,
        ),
        (
            "Alan Rhodes had represented Worksop North for 17 years, but lost his seat to Conservative candidate "
            "Callum Bailey.",
            "Callum Bailey",
            "Conservative",
            None,
            True,
        ),
        ("Labour - Louise Jones - 17,591 Elected", "Louise Jones", "Labour", 17591, True),
        ("Chris Hughes, Labour - 1,422 votes (elected)", "Chris Hughes", "Labour", 1422, True),
        ("Jane Fleet (Lab) 812 – elected\nMarjorie James (Con) 701", "Marjorie James", "Conservative", 701, False),
        (
            "In Skegness South, Reform's Danny Brookes beat the sitting Conservative councillor, Carl Macey, "
            "by 88 votes.",
            "Carl Macey",
            "Conservative",
            None,
            False,
        ),
        (
            "Paul Smith, the Labour group leader for Derbyshire, has lost his seat on the county council.",
            "Paul Smith",
            "Labour",
            None,
            False,
        ),
        ("The Labour group leader, Paul Smith, is trying to hold on to his ward.", "Paul Smith", "Labour", None, None),
        (
            "In Boston Coastal, Reform candidate Paul Skinner won with 1,109 votes, ahead of Alison Austin of the "
            "Lincolnshire Independents on 702.",
            "Alison Austin",
            "Lincolnshire Independents",
            702,
            False,
        ),
        (
            "Labour's Ruth Addo has been elected as mayor with 43.1% of first-round votes.",
            "Ruth Addo",
            "Labour",
            None,
            True,
        ),
    ],
)
def test_candidates(body: str, name: str, party: str | None, votes: int | None, elected: bool | None) -> None:
    c = candidate(body, name)
    assert (c["party"], c["votes"], c["elected"]) == (party, votes, elected)


def test_comparisons_and_rivals() -> None:
    out = facts(
        "Reform UK has won its first seat on Durham County Council.\n"
        "Its candidate, Mark Stott, polled 1,411 votes to Labour's 1,160."
    )
    assert [(c["name"], c["party"], c["votes"], c["elected"]) for c in out["candidates"]] == [
        ("Mark Stott", "Reform UK", 1411, True)
    ]
    out = facts(
        'Conservative Alan McDermid held his seat.\nHis Liberal Democrat rival, Sarah Hamilton, said she was "gutted".'
    )
    assert [(c["name"], c["party"], c["elected"]) for c in out["candidates"]] == [
        ("Alan McDermid", "Conservative", True),
        ("Sarah Hamilton", "Liberal Democrats", False),
    ]


def test_loser_and_winner_around_a_ward_and_a_margin() -> None:
    out = facts(
        "Among the casualties is the Tory council leader, Andrew Wilkes, who lost by 61 votes in Leverstock "
        "Green to Lib Dem newcomer Sammy Barrow."
    )
    assert [(c["name"], c["party"], c["elected"]) for c in out["candidates"]] == [
        ("Andrew Wilkes", "Conservative", False),
        ("Sammy Barrow", "Liberal Democrats", True),
    ]
    assert names(out["wards"]) == ["Leverstock Green"]
    assert [m["votes"] for m in out["majorities"]] == [61]


def test_possessive_votes_and_local_independents() -> None:
    out = facts(
        "Mike Gilbey won the Boston West ward by 143 votes, beating the sitting Boston Independent councillor, "
        "Anne Dorrell.\nMr Gilbey won 512 votes to Ms Dorrell's 369."
    )
    assert [(c["name"], c["party"], c["votes"], c["elected"]) for c in out["candidates"]] == [
        ("Mike Gilbey", None, 512, True),
        ("Anne Dorrell", "Boston Independent", 369, False),
    ]


def test_surnames_that_are_words_and_alongside() -> None:
    out = facts("Conservative councillor Sarah Green lost her seat in Park ward to Labour's David Wood.")
    assert [(c["name"], c["party"], c["elected"]) for c in out["candidates"]] == [
        ("Sarah Green", "Conservative", False),
        ("David Wood", "Labour", True),
    ]
    assert all(c["party"] != "Green Party" for c in out["changes"])
    out = facts(
        "The SNP's Kaukab Stewart was re-elected alongside Labour's Paul Nolan in the Anderston/City/Yorkhill ward."
    )
    assert [(c["name"], c["party"], c["elected"]) for c in out["candidates"]] == [
        ("Kaukab Stewart", "SNP", True),
        ("Paul Nolan", "Labour", True),
    ]
    assert names(out["wards"]) == ["Anderston/City/Yorkhill"]


def test_held_off_and_particles() -> None:
    out = facts(
        "It was close in Orton Waterville, where the Conservatives' Kirsten Knightley held off Liberal Democrat "
        "Christo Hamlin by just six votes."
    )
    assert [(c["name"], c["party"], c["elected"]) for c in out["candidates"]] == [
        ("Kirsten Knightley", "Conservative", True),
        ("Christo Hamlin", "Liberal Democrats", False),
    ]
    out = facts("Plaid Cymru's Dafydd ap Emlyn has taken the Menai ward.\nMr ap Emlyn, a teacher, won 455 votes.")
    assert [(c["name"], c["party"], c["votes"]) for c in out["candidates"]] == [("Dafydd ap Emlyn", "Plaid Cymru", 455)]


def test_multi_seat_ward_swept_by_one_party() -> None:
    out = facts(
        "All three seats in the Jesmond ward of Newcastle City Council went to the Green Party.\n"
        "Alex Tomlin topped the poll with 2,302 votes, followed by fellow Greens Kate Minto (2,210) and Ali Saeed "
        "(2,187)."
    )
    assert [(c["name"], c["party"], c["votes"], c["elected"]) for c in out["candidates"]] == [
        ("Alex Tomlin", "Green Party", 2302, True),
        ("Kate Minto", "Green Party", 2210, True),
        ("Ali Saeed", "Green Party", 2187, True),
    ]


def test_ages_and_council_on_not_in_names() -> None:
    out = facts(
        "Nineteen-year-old Ethan Lowry won the Hendon ward for Labour.\n"
        "Gordon Castell retained his seat in Alnwick on Northumberland County Council."
    )
    assert names(out["candidates"]) == ["Ethan Lowry", "Gordon Castell"]
    assert names(out["councils"]) == ["Northumberland County Council"]
    assert names(out["wards"]) == ["Hendon", "Alnwick"]


def test_votes_before_the_name_and_council_areas_are_not_people() -> None:
    out = facts(
        "Aspire's Karim Latif has been re-elected as Mayor of Tower Hamlets, beating Labour's John Briggs-Hale.\n"
        "Mr Latif received 39,000 votes, compared with 32,000 for Mr Briggs-Hale.",
        title="Tower Hamlets mayor re-elected",
    )
    assert [(c["name"], c["party"], c["votes"], c["elected"]) for c in out["candidates"]] == [
        ("Karim Latif", "Aspire", 39000, True),
        ("John Briggs-Hale", "Labour", 32000, False),
    ]


def test_beaten_in_a_ward_by_and_close_finishes() -> None:
    out = facts(
        "Conservative council leader Hector Brindle was among those to lose their seats, beaten in Bathavon South "
        "by Lib Dem Tamsin Yardley."
    )
    assert [(c["name"], c["party"], c["elected"]) for c in out["candidates"]] == [
        ("Hector Brindle", "Conservative", False),
        ("Tamsin Yardley", "Liberal Democrats", True),
    ]
    assert names(out["wards"]) == ["Bathavon South"]
    out = facts(
        "There will be a recount in the Woodstock ward after Labour's Roderick Quell and the Conservatives' "
        "Nadia Villiers-Crane finished just three votes apart."
    )
    assert [(c["name"], c["party"], c["elected"]) for c in out["candidates"]] == [
        ("Roderick Quell", "Labour", None),
        ("Nadia Villiers-Crane", "Conservative", None),
    ]


def test_confirmed_as_winner_over_a_rival() -> None:
    out = facts(
        "A recount in Mersea and Pyefleet has confirmed Conservative Ambrose Ellery as the winner, by 19 votes "
        "over Lib Dem Nell Pargeter."
    )
    assert [(c["name"], c["party"], c["elected"]) for c in out["candidates"]] == [
        ("Ambrose Ellery", "Conservative", True),
        ("Nell Pargeter", "Liberal Democrats", False),
    ]
    assert [m["votes"] for m in out["majorities"]] == [19]


def test_standing_list_before_any_result() -> None:
    out = facts(
        "The candidates in the Abbey ward of Derby City Council are:\nJonah Fairclough (Lab)\n"
        "Petra Lindqvist (Con)\nSamir Oduya (Green)",
        title="Who is standing in Abbey ward?",
    )
    assert [(c["name"], c["party"], c["elected"]) for c in out["candidates"]] == [
        ("Jonah Fairclough", "Labour", None),
        ("Petra Lindqvist", "Conservative", None),
        ("Samir Oduya", "Green Party", None),
    ]


def test_edged_it_and_conceded() -> None:
    out = facts(
        "Among Labour's successes was Ketley and Overdale, where newcomer Dilys Orrin edged it by 23 votes.\n"
        "The Tories' Baxter Quayle, who had held Ketley and Overdale for twelve years, conceded defeat."
    )
    assert [(c["name"], c["party"], c["elected"]) for c in out["candidates"]] == [
        ("Dilys Orrin", "Labour", True),
        ("Baxter Quayle", "Conservative", False),
    ]
    assert names(out["wards"]) == ["Ketley and Overdale"]


def test_headline_colon_is_not_a_ticker_ward() -> None:
    out = facts("Labour has held Telford and Wrekin Council.", title="Telford: Labour hold with big majority")
    assert out["wards"] == []


def test_real_coverage_shapes() -> None:
    """Wordings from published live pages: an 'independent' in apposition, a margin, history not a majority,
    and a figure about another council named in the sentence before."""
    out = facts(
        "Labour's Chris Cooke has narrowly defeated incumbent Andy Preston, an independent, in Middlesbrough.\n"
        "Cooke took 10,956 votes, 760 more than Preston, who had a majority of 10,725 in 2019."
    )
    assert [(c["name"], c["party"], c["votes"], c["elected"]) for c in out["candidates"]] == [
        ("Chris Cooke", "Labour", 10956, True),
        ("Andy Preston", "Independent", None, False),
    ]
    assert [m["votes"] for m in out["majorities"]] == [760]
    out = facts(
        "Labour have retained control of Sefton council in Merseyside.\n"
        "The first change of control comes from Brentwood, Essex. The Tories have lost two seats to the Lib Dems."
    )
    assert {c["council"] for c in out["changes"]} == {None}


def test_one_line_by_election_tally_is_votes_not_seats() -> None:
    out = facts(
        "Walsall Council by-election, Bloxwich East: Reform UK 1,021, Labour 884, Conservative 402. Reform UK "
        'gain from Labour.\nThe new councillor, Darren Fitch of Reform UK, said residents had "sent a message".'
    )
    assert out["seat_totals"] == []
    assert names(out["wards"]) == ["Bloxwich East"]
    assert [(c["name"], c["party"], c["votes"], c["elected"]) for c in out["candidates"]] == [
        ("Darren Fitch", "Reform UK", 1021, True)
    ]


def test_new_councillor_wordings() -> None:
    out = facts(
        "Labour's Idris Pemberton is the new councillor for Eastgate on Lincoln City Council.\n"
        "Dominic Halloran becomes Hotwells and Harbourside's first Green councillor.\n"
        "Veteran councillor Marjorie Peyton was unseated by newcomer Tobias Hurn in Sherborne West on Dorset "
        "Council."
    )
    assert [(c["name"], c["elected"]) for c in out["candidates"]] == [
        ("Idris Pemberton", True),
        ("Dominic Halloran", True),
        ("Marjorie Peyton", False),
        ("Tobias Hurn", True),
    ]
    assert names(out["wards"]) == ["Eastgate", "Hotwells and Harbourside", "Sherborne West"]


def test_colleagues_portfolios_and_pronoun_clauses() -> None:
    out = facts(
        "Liberal Democrat Kiran Bhogal celebrated after she was re-elected on Blackburn with Darwen Council.\n"
        "Party colleague Dave Foxley, who lost in Darwen South, said it had been a tough night.\n"
        "Reform's Trudy Kellaway unseated the Conservative cabinet member for housing, Gregor Lyle, by 16 votes."
    )
    assert [(c["name"], c["party"], c["elected"]) for c in out["candidates"]] == [
        ("Kiran Bhogal", "Liberal Democrats", True),
        ("Dave Foxley", "Liberal Democrats", False),
        ("Trudy Kellaway", "Reform UK", True),
        ("Gregor Lyle", "Conservative", False),
    ]


def test_county_group_leaders_and_two_wards_joined_by_and() -> None:
    out = facts(
        "The leader of the Lib Dem group on Norfolk County Council, Roland Pettifer, has held his Cromer division.\n"
        "He polled 2,004 votes, 455 ahead of Conservative Yvette Marsh."
    )
    assert [(c["name"], c["party"], c["votes"], c["elected"]) for c in out["candidates"]] == [
        ("Roland Pettifer", "Liberal Democrats", 2004, True),
        ("Yvette Marsh", "Conservative", None, False),
    ]
    out = facts(
        "The Greens now have four seats on Kent County Council after winning Folkestone West and Canterbury "
        "City South.\nCanterbury City South was won by Green Party candidate Stella Brightwell."
    )
    assert names(out["wards"]) == ["Folkestone West", "Canterbury City South"]


def test_voters_returned_and_among_those_ousted() -> None:
    out = facts(
        "Voters in the ward of Eastrop returned Liberal Democrat Gavin Tullis to the council.\n"
        "Conservative Simon Mabey finished a distant second."
    )
    assert [(c["name"], c["party"], c["elected"]) for c in out["candidates"]] == [
        ("Gavin Tullis", "Liberal Democrats", True),
        ("Simon Mabey", "Conservative", False),
    ]
    assert names(out["wards"]) == ["Eastrop"]
    out = facts(
        "Among those ousted was deputy leader Marian Doolan, beaten in Shirebrook North West by independent "
        "Keith Renwick."
    )
    assert [(c["name"], c["party"], c["elected"]) for c in out["candidates"]] == [
        ("Marian Doolan", None, False),
        ("Keith Renwick", "Independent", True),
    ]
    assert names(out["wards"]) == ["Shirebrook North West"]


def test_names_joined_by_and_share_the_result_and_party() -> None:
    out = facts(
        "The Alfreton and Somercotes ward seats were won by the two Conservative candidates David Wilson "
        "and Philip Rose."
    )
    assert [(c["name"], c["party"], c["elected"]) for c in out["candidates"]] == [
        ("David Wilson", "Conservative", True),
        ("Philip Rose", "Conservative", True),
    ]


def test_party_implied_by_the_post_and_titles_resolved() -> None:
    out = facts(
        "The Conservatives have won both by-elections held for Erewash Borough Council.\n"
        "In the Nottingham Road ward, Bryn James Lewis won with a majority of nearly 200.\n"
        "Mr Lewis said he was delighted."
    )
    assert [(c["name"], c["party"], c["elected"], c["ward"]) for c in out["candidates"]] == [
        ("Bryn James Lewis", "Conservative", True, "Nottingham Road")
    ]


def test_surname_and_incumbent_references_carry_votes() -> None:
    out = facts(
        "Alan Rhodes had represented Worksop North for 17 years, but lost his seat to Conservative candidate "
        "Callum Bailey.\nThe incumbent earned 1,557 votes but was edged out by Bailey, who received 1,711 "
        "votes and 49.8% of the vote share."
    )
    got = {c["name"]: (c["votes"], c.get("share")) for c in out["candidates"]}
    assert got == {"Alan Rhodes": (1557, None), "Callum Bailey": (1711, 49.8)}


def test_possessive_result_list() -> None:
    out = facts(
        "Leeds City Council, Kirkstall ward:\nLabour's Hannah Bethune: 2,541 (elected)\n"
        "Green Party's Ruth Moss: 1,022\nLib Dem's Joseph Clegg: 201"
    )
    assert [(c["name"], c["party"], c["votes"], c["elected"]) for c in out["candidates"]] == [
        ("Hannah Bethune", "Labour", 2541, True),
        ("Ruth Moss", "Green Party", 1022, False),
        ("Joseph Clegg", "Liberal Democrats", 201, False),
    ]


def test_voted_out_unopposed_and_deposits() -> None:
    out = facts(
        "He replaces Conservative Beryl Thwaite, who was voted out after eight years.\n"
        "Independent Dorothy Sellick was returned unopposed.\n"
        "Reform UK's Carl Benfield lost his deposit after polling just 87 votes."
    )
    assert [(c["name"], c["party"], c["elected"]) for c in out["candidates"]] == [
        ("Beryl Thwaite", "Conservative", False),
        ("Dorothy Sellick", "Independent", True),
        ("Carl Benfield", "Reform UK", False),
    ]


def test_ward_labelled_result_lines() -> None:
    out = facts(
        "Radcliffe East - Josh Heaton (Independent) – 1,654 votes – elected\n"
        "Radcliffe East - Priti Desai (Labour) – 1,203 votes",
        title="Declarations: Bury Council",
    )
    assert [(c["name"], c["party"], c["votes"], c["elected"], c["ward"]) for c in out["candidates"]] == [
        ("Josh Heaton", "Independent", 1654, True, "Radcliffe East"),
        ("Priti Desai", "Labour", 1203, False, "Radcliffe East"),
    ]
    assert {(w["name"], w["council"]) for w in out["wards"]} == {("Radcliffe East", "Bury Council")}


def test_elected_label_marks_every_item() -> None:
    out = facts("Elected in the Leith ward: Callum Rennie (Green), Ailsa McBride (SNP), Kirsten Faulds (Lab).")
    assert [(c["name"], c["party"], c["elected"]) for c in out["candidates"]] == [
        ("Callum Rennie", "Green Party", True),
        ("Ailsa McBride", "SNP", True),
        ("Kirsten Faulds", "Labour", True),
    ]


def test_two_seat_list_with_titles() -> None:
    out = facts(
        "Prestatyn North (two seats):\nCllr Ann Elwy (Con) 1,021 - elected\nGareth Sandbach (Ind) 987 - elected\n"
        "Ffion Roberts (Lab) 802"
    )
    assert [(c["name"], c["votes"], c["elected"]) for c in out["candidates"]] == [
        ("Ann Elwy", 1021, True),
        ("Gareth Sandbach", 987, True),
        ("Ffion Roberts", 802, False),
    ]
    assert names(out["wards"]) == ["Prestatyn North"]


def test_both_polled_the_same() -> None:
    out = facts(
        "The ward was decided by drawing lots after Plaid Cymru's Gwion Teifi and independent Brenda Leach both "
        "polled 488 votes."
    )
    assert [(c["name"], c["party"], c["votes"]) for c in out["candidates"]] == [
        ("Gwion Teifi", "Plaid Cymru", 488),
        ("Brenda Leach", "Independent", 488),
    ]


def test_pipe_table() -> None:
    out = facts(
        "Woking Borough Council, Canalside ward result:\nLiberal Democrats | Imelda Tash | 1,332 | Elected\n"
        "Conservative | Frank Lowther | 702"
    )
    assert [(c["name"], c["party"], c["votes"], c["elected"]) for c in out["candidates"]] == [
        ("Imelda Tash", "Liberal Democrats", 1332, True),
        ("Frank Lowther", "Conservative", 702, False),
    ]


def test_result_list_with_one_winner_marked() -> None:
    out = facts(
        "Here are the results for Walkley ward:\nGreen Party - Tom Hunt - 2,310 Elected\n"
        "Labour - Priya Shah - 1,987\nConservative - Pauline Moss - 203"
    )
    assert [(c["name"], c["party"], c["votes"], c["elected"]) for c in out["candidates"]] == [
        ("Tom Hunt", "Green Party", 2310, True),
        ("Priya Shah", "Labour", 1987, False),
        ("Pauline Moss", "Conservative", 203, False),
    ]


def test_inline_list_winner_from_the_gain() -> None:
    out = facts(
        "The Liberal Democrats have gained Amersham-on-the-Hill from the Conservatives.\n"
        "Result: Sarah Jenkins (LD) 1,876, Peter Martin (Con) 1,340, Rob Fowler (Lab) 218."
    )
    assert [(c["name"], c["elected"]) for c in out["candidates"]] == [
        ("Sarah Jenkins", True),
        ("Peter Martin", False),
        ("Rob Fowler", False),
    ]


@pytest.mark.parametrize(
    ("body", "author"),
    [
        (
            'The Conservative MP for North West Leicestershire said Labour leader Sir Keir Starmer has "got a lot of '
            'questions to answer" after Labour lost ground across England.',
            None,
        ),
        ('Andrew Bridgen said Labour had got themselves into a "very difficult situation".', None),
        ("BBC East Midlands political editor Tony Roe said it is only the second time since 1977.", None),
        ("The Stanton and Flamville ward was vacant after councillor Sheila Scott retired in 2020.", None),
        ("The election had been called after Labour's Jean Khote died on 13 February.", None),
        ('Following the results, Mr Smith said: "As Arnie [Arnold Schwarzenegger] said, I\'ll be back."', None),
        ("Starmer hails 'turning point' as Labour wins Barnet.\nSir Keir Starmer said it was a big night.", None),
        ("Alex Regan won the office sweepstake with 12 correct predictions.", "Alex Regan"),
        ("Council leader Martyn Cox, who is not up for election this year, said he expected a long night.", None),
        ("Ballot boxes arrived at 23:00; Margaret Thatcher once called Wandsworth her favourite council.", None),
        ('Labour\'s Heather Lindley, who was first elected in 2013, said voters had sent "a clear message".', None),
        ("Council leader Jo Bell, who won the seat in 2019, is standing down.", None),
        (
            "Sir Keir Starmer will be pleased with gains in Swindon, but the party will be worried about losing Hull.",
            None,
        ),
        ("Lochee councillor Alan Ross, who was not standing again, had held the seat for the SNP since 2012.", None),
    ],
)
def test_candidates_near_misses(body: str, author: str | None) -> None:
    assert facts(body, title="Reaction", author=author)["candidates"] == []


# --- seat totals --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The result increases the Conservative Party's seats to 21 out of the 51 seats available at Derby City "
            "Council.",
            [("Conservative", 21, 51)],
        ),
        ("Labour now holds 52 of the 54 seats on the council.", [("Labour", 52, 54)]),
        ("The Tories now hold 45 seats out of 64 - previously they had 36.", [("Conservative", 45, 64)]),
        (
            "The Liberal Democrats are down to nine seats, with Labour reduced from six to four seats.",
            [("Liberal Democrats", 9, None), ("Labour", 4, None)],
        ),
        ("Labour won just 14 seats in Derbyshire, losing several to the Conservative Party.", [("Labour", 14, None)]),
        (
            "Labour finished on 36 seats, with the Scottish Greens on 10 and the Conservatives on two.",
            [("Labour", 36, None), ("Scottish Green Party", 10, None), ("Conservative", 2, None)],
        ),
        (
            "Labour 45, Liberal Democrats 11, Independent 9, Conservative 7.",
            [
                ("Labour", 45, None),
                ("Liberal Democrats", 11, None),
                ("Independent", 9, None),
                ("Conservative", 7, None),
            ],
        ),
        ("The party now holds thirty-three of the council's 63 seats.", []),
        ("Labour finished with 36 seats to the Conservatives' 13.", [("Labour", 36, None), ("Conservative", 13, None)]),
        (
            "The Conservatives and Labour now have 18 councillors each.",
            [("Labour", 18, None), ("Conservative", 18, None)],
        ),
        (
            "The Tories now have 35 seats to Labour's 21, with the Lib Dems on one.",
            [("Conservative", 35, None), ("Labour", 21, None), ("Liberal Democrats", 1, None)],
        ),
        (
            "Mendip is now run by the Liberal Democrats, who won 25 seats, with independents on 11.",
            [("Liberal Democrats", 25, None), ("Independent", 11, None)],
        ),
        (
            "The Conservatives remain in control, holding 32 of its 51 seats.\n"
            "The Greens, the main opposition, are on 14 and the Lib Dems 4.",
            [("Conservative", 32, 51), ("Green Party", 14, None), ("Liberal Democrats", 4, None)],
        ),
        (
            "The Conservatives were reduced to 11 councillors.\n"
            "Labour's Jo Bell gained the seat from the Conservatives with 1,204 votes.",
            [("Conservative", 11, None)],
        ),
        (
            "The Liberal Democrats won overall control.\nThe party now holds thirty-three of the council's 63 seats.",
            [("Liberal Democrats", 33, 63)],
        ),
        ("Labour has reached a new low in councillors here. They had six, but now have four.", [("Labour", 4, None)]),
    ],
)
def test_seat_totals(body: str, expected: list[tuple[str, int, int | None]]) -> None:
    got = [(t["party"], t["seats"], t["of"]) for t in facts(body)["seat_totals"]]
    assert got == expected


@pytest.mark.parametrize(
    "body",
    [
        "They've got plenty to celebrate, gaining six seats.",
        "The Conservatives now have a majority, taking them over the 34 required to have a majority.",
        "They have gone past the 28 seats needed for a majority.",
        "In 2017 they fell three seats short of taking overall control.",
        "When they obliterated Labour's 22-seat majority, Labour held it for 36 years out of the past 48.",
        "Mr Bradley welcomed six councillors.",
        "The Conservatives have lost 1,063 seats, while Labour has gained 537 and the Liberal Democrats 407.",
        "Group leader Simon Galton saw his majority slip from almost 900 to 190.",
        "Polling expert Jane Curwen said the Conservatives could lose up to 500 seats.",
    ],
)
def test_seat_totals_near_misses(body: str) -> None:
    assert facts(body)["seat_totals"] == []


def test_seats_needed_and_short() -> None:
    out = facts(
        "The Conservatives now have 36 seats, taking them over the 34 required to have a majority, "
        "while Labour are five shy of an overall majority."
    )
    assert [(s["seats"], s["kind"]) for s in out["seats_needed"]] == [(34, "needed"), (5, "short")]


# --- majorities ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "votes", "approximate"),
    [
        ("The Tories have won another seat - this time by just a single vote.", 1, False),
        ("Dermot Murphy triumphed for the Tories, beating Nicholas Whitehead by just three votes.", 3, False),
        ("In the Nottingham Road ward, Bryn James Lewis won with a majority of nearly 200.", 200, True),
        ("Group leader Simon Galton kept his seat but saw his majority slip from almost 900 to 190.", 190, False),
        ("Lib Dem gain from Con. Majority 536.", 536, False),
        ("Councillor-elect Graham Lawman finished just four votes ahead of Sue Brookes.", 4, False),
    ],
)
def test_majorities(body: str, votes: int, approximate: bool) -> None:
    (m,) = facts(body)["majorities"]
    assert (m["votes"], m.get("approximate", False)) == (votes, approximate)


def test_majority_names_the_winner() -> None:
    (m,) = facts("And Dermot Murphy triumphed for the Tories, beating Nicholas Whitehead by just three votes.")[
        "majorities"
    ]
    assert (m["candidate"], m["party"]) == ("Dermot Murphy", "Conservative")


def test_majority_found_by_the_margin_between_winner_and_loser() -> None:
    out = facts(
        "But the second seat was won by Conservative Alan Grimadell with 1,305 votes, pipping Carmel Swan - who "
        "had 1,304 - to the post.",
        title="Conservatives gain Derby seat by a single vote",
    )
    assert [(m["candidate"], m["votes"]) for m in out["majorities"]] == [("Alan Grimadell", 1)]


def test_several_wards_in_one_sentence() -> None:
    out = facts(
        "In Alphington, Labour's Yvonne Atkinson beat Conservative Roger Pryce; in St Thomas, the Tories' Hal "
        "Bastow held on, and in Topsham the Lib Dems' Rob Newby won by 30 votes."
    )
    assert [(c["name"], c["ward"], c["elected"]) for c in out["candidates"]] == [
        ("Yvonne Atkinson", "Alphington", True),
        ("Roger Pryce", "Alphington", False),
        ("Hal Bastow", "St Thomas", True),
        ("Rob Newby", "Topsham", True),
    ]
    assert [(m["candidate"], m["ward"], m["votes"]) for m in out["majorities"]] == [("Rob Newby", "Topsham", 30)]


@pytest.mark.parametrize("body", ["Labour's 22-seat majority was wiped out.", "Turnout rose by 3% this year."])
def test_majorities_near_misses(body: str) -> None:
    assert facts(body)["majorities"] == []


# --- changes, control, recounts ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "In New Mills, Anne Clarke took the seat from the Liberal Democrats for Labour.",
            [("gain", "Labour", "Liberal Democrats", "New Mills")],
        ),
        (
            "Labour has held the North Evington seat in a Leicester City Council by-election.",
            [("hold", "Labour", None, "North Evington")],
        ),
        ("The last result in Oadby brought another gain for the Tories.", [("gain", "Conservative", None, "Oadby")]),
        (
            "One embarrassing loss was Paul Smith, whose seat in Alfreton and Somercotes went to the Conservatives.",
            [("gain", "Conservative", None, "Alfreton and Somercotes")],
        ),
        (
            "Conservative gain Hucknall North from Ashfield Independents.",
            [("gain", "Conservative", None, "Hucknall North")],
        ),
    ],
)
def test_changes(body: str, expected: list[tuple[str, str, str | None, str | None]]) -> None:
    got = [(c["type"], c["party"], c["from_party"], c["ward"]) for c in facts(body)["changes"]]
    assert got == expected


@pytest.mark.parametrize(
    "body",
    [
        "Labour lost ground across England.",
        "The Tories now hold 45 seats out of 64.",
        "Tories keep control of the council.",
    ],
)
def test_changes_near_misses(body: str) -> None:
    assert facts(body)["changes"] == []


def test_control_and_no_overall_control() -> None:
    out = facts(
        "The Welsh Conservatives have lost control of Monmouthshire County Council.\n"
        "Labour are now the largest group, leaving the council under no overall control."
    )
    assert [(c["party"], c["status"], c["council"]) for c in out["control"]] == [
        ("Conservative", "lost", "Monmouthshire County Council"),
        (None, "no overall control", "Monmouthshire County Council"),
    ]


def test_round_ups_tie_no_figure_to_a_council_named_in_passing() -> None:
    out = facts(
        "The Conservatives have taken control of seven councils in England and Wales.\n"
        "Labour has ceded control of Glasgow Council.\nPlaid Cymru, meanwhile, have won 72 seats."
    )
    assert [(c["party"], c["status"], c["council"]) for c in out["control"]] == [("Conservative", "won", None)]
    assert [(t["party"], t["seats"], t["council"]) for t in out["seat_totals"]] == [("Plaid Cymru", 72, None)]


def test_recount_tied_to_its_ward() -> None:
    out = facts("We're expecting a recount now for Alfreton and Somercotes.", title="Recount expected")
    assert [r["ward"] for r in out["recounts"]] == ["Alfreton and Somercotes"]


# --- robustness ----------------------------------------------------------------------------------------------


def test_shuffled_words_never_break_and_spans_always_match() -> None:
    import random

    vocabulary = (
        "Labour Conservative Tories won lost the seat ward in Darley by 1,305 votes (Con) 42 out of 55 seats Mr "
        "Smith Jane Brown council County Council recount majority of nearly 200 - : ; , . \" ' gain from"
    )
    words = vocabulary.split(" ")
    rng = random.Random(7)
    for _ in range(300):
        title = " ".join(rng.choice(words) for _ in range(rng.randint(0, 8)))
        body = " ".join(rng.choice(words) for _ in range(rng.randint(0, 80)))
        out = facts(body, title=title)
        text = title + "\n" + body
        for items in out.values():
            for item in items:
                start, end = item["span"]
                assert text[start:end] == item["evidence"]
