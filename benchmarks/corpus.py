"""Deterministic election-night content: councils, wards, candidates and the posts that report them.

Everything comes from a seeded `random.Random`, so the same seed gives the same pages byte for byte.
The posts read like BBC results coverage (result sentences, result lists, seat tallies, gains, quotes from
people who are not candidates) so that the parser and the fact extractor do their real work on them.
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

PARTIES = ("Conservative", "Labour", "Liberal Democrats", "Green Party", "Reform UK", "Independent")
PARTY_WORDS = {
    "Conservative": ("Conservative", "Tory", "Conservatives", "Tories"),
    "Labour": ("Labour", "Labour", "Labour", "Labour"),
    "Liberal Democrats": ("Liberal Democrat", "Lib Dem", "Liberal Democrats", "Lib Dems"),
    "Green Party": ("Green Party", "Green", "Greens", "Green Party"),
    "Reform UK": ("Reform UK", "Reform UK", "Reform UK", "Reform UK"),
    "Independent": ("independent", "independent", "independents", "independents"),
}
COUNCIL_KINDS = ("City Council", "County Council", "Borough Council", "District Council")
_STEMS = (
    "Alder", "Ash", "Bel", "Black", "Bram", "Brad", "Bur", "Castle", "Chester", "Clay", "Coal", "Crom", "Dar",
    "Der", "Dun", "East", "Elm", "Fair", "Glen", "Glos", "Great", "Green", "Ham", "Hart", "Heath", "Hol",
    "Ilk", "Kirk", "Lang", "Lough", "Mans", "Mar", "Mat", "Mel", "Mill", "New", "North", "Oad", "Old", "Pen",
    "Ray", "Red", "Rother", "Sand", "Shir", "South", "Stan", "Stone", "Sut", "Thorn", "Wal", "War", "West",
    "Whit", "Wick", "Wil", "Wirks", "Wood", "Work", "York",
)  # fmt: skip
_ENDS = (
    "by", "ton", "field", "ley", "worth", "bridge", "ford", "ham", "wood", "dale", "well", "stone", "borough",
    "wick", "hall", "more", "cote", "sop", "mead", "hurst",
)  # fmt: skip
_QUALIFIERS = ("", "", "", " North", " South", " East", " West", " Central", " Park", " Village")
_FIRST = (
    "Alison", "Alan", "Carmel", "Bryn", "Kamal", "Dean", "Sheila", "Mike", "Luke", "Anne", "Damien", "Bethan",
    "Sinead", "Robert", "Nigel", "Andre", "Dermot", "Nicholas", "Callum", "Ruth", "Paul", "David", "Philip",
    "Louise", "Vandevi", "Abdul", "Jean", "Terri", "Craig", "Simon", "Jon", "Priya", "Tom", "Grace", "Omar",
)  # fmt: skip
_LAST = (
    "Martin", "Grimadell", "Swan", "Lewis", "Ghattoraya", "Gamble", "Scott", "Shirley", "Cousin", "Clarke",
    "Greenhalgh", "Eddy", "Anderson", "Corden", "Moxon", "Camilleri", "Murphy", "Whitehead", "Bailey", "George",
    "Smith", "Wilson", "Rose", "Jones", "Pandya", "Osman", "Eynon", "Wright", "Galton", "Patel", "Hughes",
)  # fmt: skip
REPORTERS = (
    ("Alex Regan", "BBC News"),
    ("Tim Parker", "BBC Radio Leicester reporter"),
    ("Greig Watson", "Reporter, BBC News Online"),
    ("Amy Woodfield", "BBC News"),
    ("Liam Barnes", "BBC News"),
    ("Eddie Bisknell", "Local Democracy Reporter"),
)
CREDITS = ("PA Media", "Getty Images", "BBC", "Reuters", "Derby City Council", "Google")
FILLER = (
    "Turnout was described by officials as steady throughout the day.",
    "Counting resumed after a short break while ballot boxes were checked.",
    "Party activists gathered at the back of the hall as the declaration approached.",
    "The count had been delayed by social distancing measures inside the venue.",
    "Officials said the final results for the authority were expected later in the evening.",
    "She said the result showed voters wanted change on the issues that matter locally.",
    "He thanked his team of volunteers and said the campaign had been hard fought.",
    "Several other seats on the authority are still to be declared.",
)


@dataclass(frozen=True, slots=True)
class Ward:
    name: str
    council: str


@dataclass(frozen=True, slots=True)
class Result:
    candidate: str
    party: str
    votes: int
    elected: bool


@dataclass(slots=True)
class GenImage:
    alt: str
    credit: str | None
    caption: str | None
    locator: str


@dataclass(slots=True)
class GenPost:
    """One post as the page's data model holds it; every renderer draws the same post from this."""

    urn: str
    title: str
    published: datetime
    author: str | None
    role: str | None
    paragraphs: list[str]
    tweets: list[str] = field(default_factory=list)
    images: list[GenImage] = field(default_factory=list)
    breaking: bool = False
    promo_url: str | None = None
    ward: Ward | None = None
    results: list[Result] = field(default_factory=list)


def gazetteer(rng: random.Random, wards: int, councils: int) -> list[Ward]:
    """`wards` ward names spread over `councils` councils; names are unique (a query by name is unambiguous)."""
    council_names: list[str] = []
    seen_councils: set[str] = set()
    while len(council_names) < councils:
        place = rng.choice(_STEMS) + rng.choice(_ENDS)
        name = f"{place} {rng.choice(COUNCIL_KINDS)}"
        if name not in seen_councils:
            seen_councils.add(name)
            council_names.append(name)
    out: list[Ward] = []
    seen: set[str] = set()
    while len(out) < wards:
        council = council_names[len(out) % councils]
        name = rng.choice(_STEMS) + rng.choice(_ENDS) + rng.choice(_QUALIFIERS)
        if rng.random() < 0.08:
            name = f"{name} and {rng.choice(_STEMS)}{rng.choice(_ENDS)}"
        if name not in seen:
            seen.add(name)
            out.append(Ward(name, council))
    return out


def person(rng: random.Random) -> str:
    return f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"


def _results(rng: random.Random) -> list[Result]:
    parties = rng.sample(PARTIES[:5], rng.randint(2, 4))
    votes = sorted((rng.randint(150, 4200) for _ in parties), reverse=True)
    return [Result(person(rng), p, v, i == 0) for i, (p, v) in enumerate(zip(parties, votes, strict=True))]


def _word(party: str, plural: bool, rng: random.Random) -> str:
    forms = PARTY_WORDS[party]
    return forms[2 + rng.randint(0, 1)] if plural else forms[rng.randint(0, 1)]


def result_paragraphs(rng: random.Random, ward: Ward, results: list[Result]) -> list[str]:
    win, second = results[0], results[1]
    paras = [
        f"The {_word(win.party, True, rng)} have won the {ward.name} seat on {ward.council}.",
        f"In the {ward.name} ward, {_word(win.party, False, rng)} candidate {win.candidate} was elected with "
        f"{win.votes:,} votes, ahead of {_word(second.party, False, rng)} {second.candidate} on {second.votes:,}.",
    ]
    if len(results) > 2 and rng.random() < 0.5:
        paras.append(
            "The full result was: "
            + "; ".join(f"{r.party} - {r.candidate} - {r.votes:,}{' Elected' if r.elected else ''}" for r in results)
            + "."
        )
    if rng.random() < 0.4:
        total = rng.randint(30, 80)
        paras.append(
            f"It means the {_word(win.party, True, rng)} now hold {rng.randint(total // 3, total - 1)} "
            f"out of the {total} seats on the council."
        )
    if win.votes - second.votes < 50:
        paras.append(f"The seat was decided by just {win.votes - second.votes} votes after a recount.")
    return paras


def make_post(rng: random.Random, wards: list[Ward], when: datetime, page_url: str) -> GenPost:
    """One realistic post: a ward result (most), an analysis/quote post, or a story promo."""
    urn = f"asset:{uuid.UUID(int=rng.getrandbits(128), version=4)}"
    author, role = rng.choice(REPORTERS) if rng.random() < 0.9 else (None, None)
    roll = rng.random()
    ward = rng.choice(wards)
    if roll < 0.06:
        return GenPost(
            urn, f"{ward.council.split()[0]} count latest", when, None, None,
            [f"Follow the latest results from {ward.council} as counting continues."],
            promo_url=f"https://www.bbc.co.uk/news/uk-england-{rng.randint(10_000_000, 99_999_999)}",
        )  # fmt: skip
    post = GenPost(urn, "", when, author, role, [], breaking=rng.random() < 0.05)
    if roll < 0.8:
        post.ward, post.results = ward, _results(rng)
        win = post.results[0]
        post.title = rng.choice(
            (f"{win.party} hold {ward.name}", f"{_word(win.party, True, rng)} gain {ward.name} seat",
             f"Result: {ward.name} ward", f"{win.candidate} wins in {ward.name}")
        )  # fmt: skip
        post.paragraphs = result_paragraphs(rng, ward, post.results)
    else:
        post.title = f"Analysis: what the night means for {ward.council.split()[0]}"
        post.paragraphs = [
            f'The MP for {ward.name}, {person(rng)}, said the party had "a lot of questions to answer".',
            f"Group leader {person(rng)} said national issues had dominated the campaign on {ward.council}.",
        ]
    post.paragraphs += rng.sample(FILLER, rng.randint(0, 2))
    if rng.random() < 0.3:
        post.tweets.append(f"https://twitter.com/{rng.choice(('BBCEastMids', 'bbcnews', 'DerbyCC'))}/status/"
                           f"{rng.randint(10**18, 10**19 - 1)}")  # fmt: skip
    if rng.random() < 0.35:
        post.images.append(
            GenImage(
                alt=f"{ward.name} count" if rng.random() < 0.6 else "Results graphic",
                credit=rng.choice(CREDITS) if rng.random() < 0.8 else None,
                caption=f"Ballots being counted for {ward.name}" if rng.random() < 0.4 else None,
                locator=f"vivo/live/images/2021/5/7/{uuid.UUID(int=rng.getrandbits(128), version=4)}.jpg",
            )
        )
    return post


def make_posts(seed: int, count: int, *, page_url: str, newest: datetime | None = None) -> list[GenPost]:
    """`count` posts, newest first, a few minutes apart, ending on the evening of 7 May 2021."""
    rng = random.Random(seed)
    wards = gazetteer(rng, 120, 12)
    when = newest or datetime(2021, 5, 7, 21, 0, tzinfo=UTC)
    posts = []
    for _ in range(count):
        posts.append(make_post(rng, wards, when, page_url))
        when -= timedelta(minutes=rng.randint(1, 9))
    return posts
