"""Election facts in a post's clean title and body (to be written: issue 3)."""

from __future__ import annotations

from typing import Any

from scraper.models import Post

FACT_KINDS = ("councils", "wards", "parties", "candidates", "seat_totals", "majorities", "changes")


def extract(post: Post) -> dict[str, list[dict[str, Any]]]:
    """The `entities` object of shared/CONTRACT.md for one post."""
    return {kind: [] for kind in FACT_KINDS}
