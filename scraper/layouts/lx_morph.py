"""The Morph JSON payload of BBC LX pages (shared/reference/BBC-MARKUP.md §1.3), a helper of `bbc_lx`.

    Morph.setPayload('/data/bbc-morph-lx-commentary-data-paged/…', {"body": {"numberOfPages": 2, "results": [
        {"assetId": "<24 hex>", "locator": "urn:asset:<uuid>", "type": "POST"|"STY"|…, "title": …,
         "dateAdded": "2019-05-03T13:31:42.120Z", "lastUpdated": …, "options": {"isBreakingNews": false},
         "url": "/news/…" (story promos), "body": [{"name": "paragraph"|"list"|"embed"|"video"|…,
                                                    "children": […], "text": …}]}]}})

Where the HTML has the posts, the payload only lends them ISO times, locators and breaking flags
(`MorphPost`); a page whose stream is rendered by script alone is read from the payload (`payload_posts`).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from scraper.clean import classify_line, embed_kind, join_url, provider_kind, squash
from scraper.models import Embed, Link, Post, fallback_post_id
from scraper.source import find_literal
from scraper.times import parse_iso

MORPH_CALL = "Morph.setPayload("
# The character of MORPH_CALL that `source.find_literal` looks for (a page without script may hold none).
MORPH_CALL_RARE = "("
MORPH_PAYLOAD = re.compile(re.escape(MORPH_CALL) + r"""\s*['"](/data/bbc-morph-lx-commentary-data[^'"]*)['"]\s*,\s*""")
PARAGRAPH_NODES = ("paragraph", "quote", "heading", "crosshead", "bold", "italic", "link", "text")
MEDIA_NODES = {"video": "video", "audio": "audio"}
PROMO_TYPES = ("STY", "MAP", "CSP")  # a story (or other asset) promoted in the stream
PAGE_NUMBER = re.compile(r"pageNumber(?:/|%2F|=)(\d+)", re.I)  # in a payload's path


@dataclass(frozen=True, slots=True)
class MorphPost:
    """What the Morph JSON knows better than the HTML: the locator and ISO times."""

    locator: str | None
    published: datetime | None
    updated: datetime | None
    is_breaking: bool


def _results(obj: Any) -> list[dict[str, Any]]:
    """The post list of a Morph payload: ``body.results`` (or ``payload[0].body.results`` when batched)."""
    if isinstance(obj, dict):
        if isinstance(obj.get("results"), list):
            return [r for r in obj["results"] if isinstance(r, dict)]
        return next((r for r in map(_results, obj.values()) if r), [])
    if isinstance(obj, list):
        return next((r for r in map(_results, obj) if r), [])
    return []


def payload_results(text: str) -> list[dict[str, Any]]:
    """Every post object of every LX commentary payload in the page; empty when none (or unreadable)."""
    out: list[dict[str, Any]] = []
    if find_literal(text, MORPH_CALL, MORPH_CALL_RARE) < 0:  # MORPH_PAYLOAD's literal start: a page without it
        return out  # has no payload (a memchr for its bracket: a whole-string search costs ~0.1 ms on a page)
    for m in MORPH_PAYLOAD.finditer(text):
        try:
            obj, _end = json.JSONDecoder().raw_decode(text, m.end())
        except ValueError:
            continue
        out += _results(obj)
    return out


def payload_page(text: str) -> tuple[int | None, int | None]:
    """Which page the first LX commentary payload of the page is (``…/pageNumber/N/…`` in its path) and of how
    many (its ``body.numberOfPages``); None for either it does not say."""
    if find_literal(text, MORPH_CALL, MORPH_CALL_RARE) < 0:
        return None, None
    for m in MORPH_PAYLOAD.finditer(text):
        try:
            obj, _end = json.JSONDecoder().raw_decode(text, m.end())
        except ValueError:
            continue
        number = PAGE_NUMBER.search(m.group(1))
        return (int(number.group(1)) if number else None), number_of_pages(obj)
    return None, None


def document_results(data: Any) -> list[dict[str, Any]]:
    """The posts of a saved Morph JSON document (``{"payload": [{"body": {"results": […]}}]}`` from the batch
    endpoint, or a bare ``{"body": …}``): results that carry an ``assetId``/``locator`` and a ``body`` list."""
    results = _results(data)
    is_morph = any(isinstance(r.get("body"), list) and (r.get("assetId") or r.get("locator")) for r in results)
    return results if is_morph else []


def number_of_pages(data: Any) -> int | None:
    """``body.numberOfPages`` of a saved Morph document (the first one found)."""
    if isinstance(data, dict):
        value = data.get("numberOfPages")
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        return next((n for n in map(number_of_pages, data.values()) if n is not None), None)
    if isinstance(data, list):
        return next((n for n in map(number_of_pages, data) if n is not None), None)
    return None


def _morph_post(result: dict[str, Any]) -> MorphPost:
    options = result.get("options")
    options = options if isinstance(options, dict) else {}
    locator = result.get("locator")
    return MorphPost(
        locator=locator if isinstance(locator, str) and locator.startswith("urn:") else None,
        published=parse_iso(str(result.get("dateAdded") or "")),
        updated=parse_iso(str(result.get("lastUpdated") or "")),
        is_breaking=bool(options.get("isBreakingNews")),
    )


def morph_index(results: list[dict[str, Any]]) -> dict[str, MorphPost]:
    """The payload's posts keyed by ``assetId`` and by title, to meet the HTML articles."""
    out: dict[str, MorphPost] = {}
    for result in results:
        post = _morph_post(result)
        for key in (result.get("assetId"), squash(str(result.get("title") or ""))):
            if key:
                out.setdefault(str(key), post)
    return out


# --- a page rendered by script alone: posts from the payload ------------------------------------------------


def _text(node: Any) -> str:
    if not isinstance(node, dict):
        return ""
    own = node.get("text")
    return (own if isinstance(own, str) else "") + "".join(_text(child) for child in node.get("children") or [])


def _blocks(nodes: Any, paragraphs: list[str], embeds: list[Embed]) -> None:
    """Body nodes to paragraphs and embeds (a tweet is ``embed`` with children ["twitter", <url>])."""
    for node in nodes if isinstance(nodes, list) else []:
        name = node.get("name") if isinstance(node, dict) else None
        if name == "list":
            paragraphs += [t for t in (squash(_text(item)) for item in node.get("children") or []) if t]
        elif name == "embed":
            texts = [squash(_text(child)) for child in node.get("children") or []]
            url = next((t for t in texts if t.startswith("http")), None)
            embeds.append(Embed(kind=embed_kind(url) or provider_kind(texts[0] if texts else None), url=url))
        elif name in MEDIA_NODES:
            embeds.append(Embed(kind=MEDIA_NODES[name]))
        elif name in PARAGRAPH_NODES and (text := squash(_text(node))) and not classify_line(text):
            paragraphs.append(text)


def payload_posts(results: list[dict[str, Any]], page_url: str | None) -> list[Post]:
    """Posts built from the payload alone (no contributor: the payload seen so far carries none)."""
    posts = []
    for result in results:
        title = squash(str(result.get("title") or "")) or None
        paragraphs: list[str] = []
        embeds: list[Embed] = []
        _blocks(result.get("body"), paragraphs, embeds)
        if not title and not paragraphs and not embeds:
            continue  # nothing to keep (a post of only a tweet is kept: the tweet is its content)
        morph = _morph_post(result)
        shown = str(result.get("dateAdded") or "") or None
        story = result.get("url") if isinstance(result.get("url"), str) else None
        is_promo = result.get("type") in PROMO_TYPES and story is not None
        body = "\n".join(paragraphs)
        posts.append(
            Post(
                post_id=morph.locator or fallback_post_id(page_url, title, shown, body),
                title=title,
                published_at=morph.published,
                published_text=shown,
                updated_at=morph.updated,
                kind="promo" if is_promo else "post",
                is_breaking=morph.is_breaking,
                body_text=body,
                embeds=embeds,
                links=[Link(text=title or "Read more", url=join_url(page_url, story))] if is_promo and story else [],
            )
        )
    return posts
