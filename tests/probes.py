"""Probes the entity tests share: what the extractor reads from one post, in the short tuples the tests compare."""

from __future__ import annotations

from typing import Any

from scraper.entities import extract_text


def people(body: str, title: str = "Result") -> list[tuple[Any, ...]]:
    """Each candidate of a one-post text as (name, party, votes, elected)."""
    return [(c["name"], c["party"], c["votes"], c["elected"]) for c in extract_text(title, body)["candidates"]]
