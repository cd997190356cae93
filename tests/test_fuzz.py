"""Fuzzing every golden fixture: a damaged page may fail, but only ever with a `LiveblogError`.

Each input is cut, stripped of tags, given duplicated posts, shuffled attributes, or scrambled JSON, then
parsed both with detection and forced into its own family. Bounded and seeded: the same inputs every run.
"""

from __future__ import annotations

import contextlib
import json
import random
import re
from collections.abc import Callable
from pathlib import Path

import pytest

import scraper
from scraper.times import parse_iso

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
CASES = sorted(
    p
    for p in FIXTURES.glob("*/**/*")
    if p.suffix in (".html", ".json", ".txt")
    and not p.name.endswith(".expected.json")
    and p.with_name(p.stem + ".expected.json").exists()
)
ROUNDS = 24
TAG = re.compile(r"<[^<>]{0,300}>")
OPEN_TAG = re.compile(r'<(\w+)((?:\s+[\w:.-]+(?:="[^"]*")?)+)\s*(/?)>')
ATTRIBUTE = re.compile(r'\s+[\w:.-]+(?:="[^"]*")?')
POST = re.compile(r"<(article|li)\b.*?</\1>", re.S)


def _truncate(text: str, rnd: random.Random) -> str:
    return text[: rnd.randrange(len(text) + 1)]


def _drop_tags(text: str, rnd: random.Random) -> str:
    tags = list(TAG.finditer(text))
    for m in sorted(rnd.sample(tags, min(len(tags), rnd.randint(1, 25))), key=lambda m: -m.start()):
        text = text[: m.start()] + text[m.end() :]
    return text


def _duplicate_post(text: str, rnd: random.Random) -> str:
    posts = list(POST.finditer(text))
    if posts:
        m = rnd.choice(posts)
        return text[: m.end()] + m.group(0) + text[m.end() :]
    i = rnd.randrange(len(text) + 1)
    j = min(len(text), i + rnd.randrange(3000))
    return text[:j] + text[i:j] + text[j:]


def _shuffle_attributes(text: str, rnd: random.Random) -> str:
    def shuffled(m: re.Match[str]) -> str:
        attributes = ATTRIBUTE.findall(m.group(2))
        rnd.shuffle(attributes)
        return f"<{m.group(1)}{''.join(attributes)}{m.group(3)}>"

    return OPEN_TAG.sub(shuffled, text)


def _cut_span(text: str, rnd: random.Random) -> str:
    i = rnd.randrange(len(text) + 1)
    return text[:i] + text[i + rnd.randrange(800) :]


def _scramble(text: str, rnd: random.Random) -> str:
    chars = list(text)
    for _ in range(25):
        chars[rnd.randrange(len(chars))] = rnd.choice(['"', "{", "}", "[", "]", ",", "null", "0", "<", ">", ":"])
    return "".join(chars)


MUTATIONS: tuple[Callable[[str, random.Random], str], ...] = (
    _truncate,
    _drop_tags,
    _duplicate_post,
    _shuffle_attributes,
    _cut_span,
    _scramble,
)


@pytest.mark.parametrize("case", CASES, ids=[str(c.relative_to(FIXTURES)) for c in CASES])
def test_damaged_fixture_raises_only_liveblog_errors(case: Path) -> None:
    expected = json.loads(case.with_name(case.stem + ".expected.json").read_text(encoding="utf-8"))
    text = case.read_text(encoding="utf-8")
    family = case.relative_to(FIXTURES).parts[0]
    rnd = random.Random(case.name)
    for _ in range(ROUNDS):
        damaged = text
        for mutate in rnd.choices(MUTATIONS, k=rnd.randint(1, 3)):
            damaged = mutate(damaged, rnd) or damaged
        for layout in (None, family):
            with contextlib.suppress(scraper.LiveblogError):
                scraper.parse(
                    damaged,
                    url=expected.get("url"),
                    fetched_at=parse_iso(expected.get("fetched_at")),
                    entities=False,
                    layout=layout,
                )
