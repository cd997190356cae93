"""BBC WebCore and World Service (Simorgh) adapters: real reference data, detection, the HTML fallback."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from html import entities
from pathlib import Path
from typing import Any
from urllib.parse import urlunsplit

import pytest

import scraper
from benchmarks.pages import webcore_page
from scraper.clean import classify_line
from scraper.layouts import bbc_blocks, bbc_webcore
from scraper.models import Image, Page
from scraper.parse import detect
from scraper.source import Source
from scraper.times import parse_iso

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
WEBCORE, SIMORGH = FIXTURES / "bbc-webcore", FIXTURES / "bbc-simorgh"
PAGE1 = WEBCORE / "derbyshire-2021-page1.html"
A_URL = "https://www.bbc.co.uk/news/live/uk-england-derbyshire-56931722"
WS_URL = "https://www.bbc.com/pidgin/live/c7p765ynk9qt"
FETCHED = datetime(2021, 5, 8, 9, 0, tzinfo=UTC)
INITIAL_DATA_SCRIPT = re.compile(r"<script>window\.__INITIAL_DATA__=.*?;</script>", re.S)


def parse(path: Path, url: str | None = None, fetched_at: datetime | None = FETCHED) -> Page:
    return scraper.parse(path.read_bytes(), url=url, fetched_at=fetched_at, entities=False)


def reference(shared: Path, name: str) -> Path:
    return shared / "reference" / name


def raw_posts(path: Path) -> list[dict]:
    data, _ = json.JSONDecoder().raw_decode(path.read_text(encoding="utf-8"))
    return data["data"]["liveTextStream"]["content"]["data"]["results"]


# --- the real BBC data in shared/reference -------------------------------------------------------------


def test_pidgin_pagination_stream_is_page_one_of_three(shared: Path) -> None:
    page = parse(
        reference(shared, "bbc-ws-live-pidgin-c07zr0zwjnnt.json"), url="https://www.bbc.com/pidgin/live/c07zr0zwjnnt"
    )
    assert page.layout == "bbc-simorgh"
    assert len(page.posts) == 20
    assert (page.page.number, page.page.total) == (1, 3)
    assert page.page.next_url == "https://www.bbc.com/pidgin/live/c07zr0zwjnnt?page=2"
    assert page.page.prev_url is None
    assert page.stream_id == "2F543ED9661B4207A1155DB0D66ECB39"
    assert page.title == "Live experience pagination"
    assert not page.warnings


def test_pidgin_stream_posts_keep_urns_times_and_breaking_flags(shared: Path) -> None:
    path = reference(shared, "bbc-ws-live-pidgin-c7p765ynk9qt.json")
    page = parse(path, url=WS_URL)
    raw = raw_posts(path)
    assert len(page.posts) == len(raw) == 18
    assert [p.post_id for p in page.posts] == [r["urn"] for r in raw]
    assert [p.published_at for p in page.posts] == [parse_iso(r["dates"]["firstPublished"]) for r in raw]
    assert [p.published_text for p in page.posts] == [r["dates"]["firstPublished"] for r in raw]
    assert sum(p.is_breaking for p in page.posts) == 3
    assert [p.is_breaking for p in page.posts] == [r["options"]["isBreakingNews"] for r in raw]
    # lastPublished is kept only where it differs from firstPublished
    edited = [p for p in page.posts if p.updated_at is not None]
    assert edited and all(p.updated_at != p.published_at for p in edited)


def test_pidgin_stream_blocks_become_embeds_images_lists_and_a_summary(shared: Path) -> None:
    page = parse(reference(shared, "bbc-ws-live-pidgin-c7p765ynk9qt.json"), url=WS_URL)
    by_title = {p.title: p for p in page.posts}
    tweets = [e for p in page.posts for e in p.embeds if e.kind == "twitter"]
    assert tweets and all(e.url and "/status/" in e.url and "ref_src" not in e.url for e in tweets)
    assert any(e.kind == "video" and e.url == "https://www.bbc.com/programmes/p01vz9cq" for e in page.posts[0].embeds)
    gaza = by_title["UK looking at more routes for aid to reach Gaza"]
    assert gaza.images[0].credit == "AFP"
    assert gaza.images[0].alt == "Bombing over the Gaza Strip"
    assert gaza.images[0].src and gaza.images[0].src.startswith("https://ichef.bbci.co.uk/news/976/cpsdevpb/vivo/")
    recap = by_title["What's been happening"]
    assert "Israel is attacking targets inboth northern and southern Gaza" in recap.body_text.split(
        "\n"
    )  # list item = line
    assert by_title["Get Involved"].kind == "post"  # typeCode GET_INVOLVED keeps its title, stays a post
    assert [s.kind for s in page.summary] == ["summary"]
    assert page.summary[0].body_text.split("\n")[1] == "I need to include bulletpoints"


def test_subheadline_bylines_stay_out_of_titles(shared: Path) -> None:
    page = parse(reference(shared, "bbc-ws-live-pidgin-c7p765ynk9qt.json"), url=WS_URL)
    titles = [p.title or "" for p in page.posts]
    assert "Test for refresh" in titles
    assert not any("Rushdi Abu Alouf" in t or "Live editor" in t for t in titles)


def test_renderer_test_file_with_stray_text_after_the_object(shared: Path) -> None:
    page = parse(reference(shared, "bbc-ws-live-post-test.json"))
    assert page.layout == "bbc-simorgh"
    assert [(p.post_id, p.title, p.body_text) for p in page.posts] == [
        ("asset:3569d8e6-ca1b-4cea-a148-eb77cf0924da", "This is a single post", "I want to be alone....")
    ]
    assert page.posts[0].published_at == datetime(2023, 7, 5, 13, 43, 52, tzinfo=UTC)
    assert page.posts[0].updated_at is None


# --- detection -----------------------------------------------------------------------------------------

POST = {"urn": "asset:1", "header": {"model": {"blocks": []}}, "content": {"model": {"blocks": [
    {"type": "paragraph", "model": {"text": "Labour hold Sinfin."}}]}}}  # fmt: skip
STREAM = {"page": {"index": 1, "total": 1}, "results": [POST]}


@pytest.mark.parametrize(
    ("document", "url", "layout"),
    [
        (STREAM, "https://www.bbc.co.uk/news/live/uk-england-derbyshire-56931722", "bbc-webcore"),
        (STREAM, None, "bbc-webcore"),
        (STREAM, "https://www.bbc.com/pidgin/live/c0w8l3g2x9jt", "bbc-simorgh"),
        (STREAM, "https://www.bbc.com/sport/live/football/c64gdwl1yrqwt", "bbc-webcore"),
        ({"data": {"liveTextStream": {"id": "X", "content": {"data": STREAM}}}}, None, "bbc-simorgh"),
        ({"data": {"stream?liveTextStreamId=215E26F2051B45B18304E6E06A470FB9&pageNumber=1": {"data": STREAM}}}, None,
         "bbc-webcore"),
    ],
)  # fmt: skip
def test_bare_json_documents_go_to_one_bbc_family(document: dict, url: str | None, layout: str) -> None:
    assert detect(Source(json.dumps(document), url=url)) == layout


def test_json_without_a_post_stream_is_no_bbc_family() -> None:
    src = Source(json.dumps({"page": {"index": 1}, "items": [{"title": "x"}]}))
    assert bbc_blocks.json_family(src.json_data, None) is None
    with pytest.raises(scraper.LayoutNotRecognised):
        detect(src)


def test_html_pages_are_told_apart_by_their_data_script() -> None:
    assert detect(Source(PAGE1.read_text(encoding="utf-8"))) == "bbc-webcore"
    assert detect(Source((SIMORGH / "lagos-2023-page1.html").read_text(encoding="utf-8"))) == "bbc-simorgh"


# --- WebCore JSON --------------------------------------------------------------------------------------


def test_initial_data_js_string_literal_is_decoded_twice() -> None:
    inner = json.dumps({"data": {"stream?liveTextStreamId=5A1E7C04B3D94F0C9E2AD8F61B0C7E33": {"data": STREAM}}})
    literal = json.dumps(inner).replace("<", "\\x3c")  # JS-only escape that JSON refuses
    html = f"<html><body><script>window.__INITIAL_DATA__={literal};</script><p><b>x</b></p></body></html>"
    data = bbc_webcore.initial_data(html)
    assert bbc_webcore.stream_in(data) == STREAM
    assert bbc_blocks.stream_id_in(data) == "5A1E7C04B3D94F0C9E2AD8F61B0C7E33"


_TAILS = ['"abc";</script>', '"a</script>b";</script>', "123</script>", '"unterminated', '{"a": [1, 2]}</script>',
          '"\\u2019x";</script>’', '"x"', '"bad \\q"</script>', "12", "</script>", ""]  # fmt: skip


@pytest.mark.parametrize("tail", _TAILS)
def test_the_data_literal_read_from_its_slice_is_what_is_read_in_place(tail: str) -> None:
    head = "<p>’</p><script>window.__INITIAL_DATA__="
    decoder = json.JSONDecoder()
    for text in (head + tail, head + tail + "<p>’</p>"):
        try:
            expected: object = decoder.raw_decode(text, len(head))
        except ValueError as exc:
            expected = str(exc)
        try:
            got: object = bbc_webcore._decode_at(decoder, text, len(head))
        except ValueError as exc:
            got = str(exc)
        assert got == expected


def _light_cases() -> list[tuple[str, str, bool]]:
    """(name, page, whether `light_tree` gives a tree: the key-points box is checked by its caller)."""
    page = webcore_page(3, 4)
    script = INITIAL_DATA_SCRIPT.search(page)
    assert script is not None
    before, tag, after = page[: script.start()], script.group(0), page[script.end() :]
    box = '<div data-testid="summary"><h2>Key points</h2><ul><li>Labour hold</li><li>Turnout 31%</li></ul>'
    literal_with = lambda old, new: before + tag.replace(old, new, 1) + after  # noqa: E731
    return [
        ("plain", page, True),
        ("key points elsewhere", page.replace("<main", box + "</div><main", 1), True),
        ("key points around the script", before + box + tag + "</div>" + after, True),
        ("an h1 around the script", before + "<h1>" + tag + "</h1>" + after, False),
        ("the name twice", page.replace("<main", "<!-- __INITIAL_DATA__ --><main", 1), False),
        ("an end tag in the literal", literal_with("Analysis", "</p>Analysis"), False),
        ("a script end in the literal", literal_with("Analysis", "</script><h1>Cut</h1>Analysis"), False),
        ("a comment in the literal", literal_with("Analysis", "<!--<script>Analysis"), False),
        ("text before the name", before + tag.replace("<script>", "<script> ") + after, False),
        ("a script in an svg", before + "<svg>" + literal_with("Analysis", "<b>Analysis")[len(before) :], False),
    ]


@pytest.mark.parametrize(("name", "page", "light"), _light_cases(), ids=[c[0] for c in _light_cases()])
def test_title_and_key_points_read_without_the_data_literal_are_the_whole_pages(
    name: str, page: str, light: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    data, literal = bbc_webcore.read_initial_data(page)
    assert literal is not None and data is not None
    assert (bbc_webcore.light_tree(page, literal) is not None) is light
    got = scraper.parse(page, url=A_URL, fetched_at=FETCHED, entities=False).to_dict(include_summary=True)
    monkeypatch.setattr(bbc_webcore, "light_tree", lambda *_args: None)
    whole = scraper.parse(page, url=A_URL, fetched_at=FETCHED, entities=False).to_dict(include_summary=True)
    assert got == whole
    summaries = [post["body_text"] for post in got["posts"] if post["kind"] == "summary"]
    assert summaries == (["Labour hold\nTurnout 31%"] if "key points" in name else [])


_KEY = "stream?liveTextStreamId=5A1E7C04B3D94F0C9E2AD8F61B0C7E33&pageNumber=1"
_LINKED = {"urn": "asset:2", "content": {"model": {"blocks": [{"type": "paragraph", "model": {"text": "See more.",
           "blocks": [{"type": "urlLink", "model": {"text": "more", "locator": "/news/x"}}]}}]}}}  # fmt: skip
_POSTS = {"page": {"index": 1, "total": 2}, "results": [POST, _LINKED]}
_BOX = {"id": "kp", "content": {"model": {"blocks": [{"type": "paragraph", "model": {"text": "Labour hold"}}]}}}


def _deep(depth: int, leaf: dict) -> dict:
    for _ in range(depth):
        leaf = {"in": leaf}
    return leaf


_STREAMED = [  # (name, the page data, whether `read_streamed` reads it when written without white space)
    ("plain", {"data": {_KEY: {"data": _POSTS}}}, True),
    ("key points first", {"data": {"kp": {"summaryPoints": _BOX}, _KEY: {"data": _POSTS}}}, True),
    ("key points after the stream", {"data": {_KEY: {"data": _POSTS}, "kp": {"keyPoints": _BOX}}}, True),
    ("key points in a post", {"data": {_KEY: {"data": {"results": [POST, {**_LINKED, "keyPoints": _BOX}]}}}}, True),
    (
        "key points around the stream",
        {
            "data": {
                "kp": {
                    "summaryPoints": {
                        "content": {
                            "model": {
                                "blocks": [
                                    {
                                        "type": "paragraph",
                                        "model": {"text": "Labour hold", "in": {_KEY: {"data": _POSTS}}},
                                    }
                                ]
                            }
                        }
                    }
                }
            }
        },
        True,
    ),
    ("a title after the stream", {"data": {_KEY: {"data": _POSTS}, "meta": {"seoTitle": "After"}}}, True),
    ("a title in a post", {"data": {_KEY: {"data": {"results": [{**POST, "seoTitle": "Post"}]}}}}, True),
    (
        "a stream id after the stream",
        {"data": {"stream?liveTextStreamId=x": {"data": _POSTS}, "x": {"liveTextStream": {"id": "after"}}}},
        True,
    ),
    (
        "a stream id in a post",
        {
            "data": {
                "stream?liveTextStreamId=x": {
                    "data": {"results": [POST, {**_LINKED, "liveTextStream": {"id": "inner"}}]}
                }
            }
        },
        True,
    ),
    ("malformed and repeated posts", {"data": {_KEY: {"data": {"results": [POST, "x", {"urn": ""}, POST]}}}}, True),
    ("no post", {"data": {_KEY: {"data": {"page": {"index": 1}, "results": []}}}}, True),
    ("no post-like item", {"data": {_KEY: {"data": {"results": [{"x": 1}]}}, "s": {"x": _POSTS}}}, False),
    ("another results key first", {"data": {"search": {"results": []}, _KEY: {"data": _POSTS}}}, False),
    ("another results key after", {"data": {_KEY: {"data": _POSTS}, "search": {"results": 1}}}, False),
    ("a stream not keyed", {"data": {"stream": {"data": _POSTS}}}, False),
    ("a stream past the walk's depth", _deep(30, {_KEY: _deep(12, _POSTS)}), False),
]


@pytest.mark.parametrize("spaced", [False, True], ids=["compact", "spaced"])
@pytest.mark.parametrize("titled", [True, False], ids=["titled", "untitled"])
@pytest.mark.parametrize(("name", "document", "streamed"), _STREAMED, ids=[c[0] for c in _STREAMED])
def test_posts_read_one_at_a_time_are_the_whole_documents(
    name: str, document: dict, streamed: bool, titled: bool, spaced: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = json.dumps(document) if spaced else json.dumps(document, separators=(",", ":"))
    if name.startswith("another results key") and not spaced:
        for spelled in (text, text.replace('"search":{"results"', '"search":{"re\\u0073ults"')):
            assert bbc_webcore.read_streamed(spelled, A_URL) is None
    assert (bbc_webcore.read_streamed(text, A_URL) is not None) is (streamed and not spaced)
    head = "<title>Live - BBC News</title>" if titled else ""
    page = f"<html><head>{head}</head><body><script>window.__INITIAL_DATA__={json.dumps(text)};</script></body></html>"

    def read() -> object:
        try:
            got = scraper.parse(page, url=A_URL, fetched_at=FETCHED, entities=False, layout="bbc-webcore")
        except scraper.ParseError as exc:
            return str(exc)
        return got.to_dict(include_summary=True), got.warnings, got.stream_id

    got = read()
    monkeypatch.setattr(bbc_webcore, "read_streamed", lambda *_args: None)
    assert got == read()


_BOXES = [  # (how the key-points box is written, whether it is one)
    ('<div data-testid="summary">', True),
    ('<div data-testid="live-key-points">', True),
    ('<div class="ssrcss-1x-SummaryPoints">', True),
    ('<div class="ssrcss-1x-KeyPoints e1">', True),
    ('<div data-testid="&#115;ummary">', True),
    ('<div data-testid="key&#x2D;points">', True),
    ('<div class="x-Key&#80;oints">', True),
    ('<div class="x-&#75;eyPoints">', True),
    ('<div data-testid="SUMMARY">', False),
    ('<div class="x-Keypoints">', False),
    ('<div data-testid="&fjlig;summar">', False),
    ('<div data-testid="key points">', False),
]


@pytest.mark.parametrize(("tag", "is_box"), _BOXES, ids=[tag for tag, _ in _BOXES])
@pytest.mark.parametrize("where", ["before the main", "around the script", "many K and & first"])
def test_key_points_box_is_queried_only_where_the_text_may_spell_it(
    tag: str, is_box: bool, where: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = webcore_page(3, 4)
    box = f"{tag}<h2>Key points</h2><ul><li>Labour hold</li><li>Turnout 31%</li></ul>"
    if where == "around the script":
        script = INITIAL_DATA_SCRIPT.search(page)
        assert script is not None
        page = page[: script.start()] + box + script.group(0) + "</div>" + page[script.end() :]
    else:
        filler = "<p>K &amp; K</p>" * 300 if where.startswith("many") else ""
        page = page.replace("<main", f"{filler}{box}</div><main", 1)
    got = scraper.parse(page, url=A_URL, fetched_at=FETCHED, entities=False).to_dict(include_summary=True)
    monkeypatch.setattr(bbc_webcore.html, "may_hold_summary", lambda *_args: True)
    always = scraper.parse(page, url=A_URL, fetched_at=FETCHED, entities=False).to_dict(include_summary=True)
    assert got == always
    summaries = [post["body_text"] for post in got["posts"] if post["kind"] == "summary"]
    assert summaries == (["Labour hold\nTurnout 31%"] if is_box else [])


def test_the_key_points_words_cover_every_value_the_query_looks_for() -> None:
    html = bbc_webcore.html
    words = html.SUMMARY_WORDS
    values = re.findall(r'\*="([^"]+)"', html.SUMMARY)
    assert len(values) == html.SUMMARY.count(",") + 1 == 4
    assert all(any(word in value for word in words) for value in values)
    # a named character reference never spells one of their characters (only a numeric one can)
    letters = set("".join(words))
    assert [name for name, value in entities.html5.items() if letters & set(value)] == []
    assert not html.may_hold_summary(webcore_page(3, 4).replace("summary", "x").replace("&#", "&"))


def test_page_two_links_back_and_the_endpoint_keeps_its_query() -> None:
    page = parse(WEBCORE / "derbyshire-2021-page2.html", url=A_URL + "?page=2")
    assert (page.page.number, page.page.total, page.page.next_url) == (2, 2, None)
    assert page.page.prev_url == A_URL + "?page=1"
    assert page.stream_id == "5A1E7C04B3D94F0C9E2AD8F61B0C7E33"
    endpoint = (
        "https://www.bbc.co.uk/wc-data/container/stream?liveTextStreamId=X&pageNumber=1&pageUrl=%2Fnews%2Flive%2Fa"
    )
    info = bbc_blocks.page_info({"index": 1, "total": 3}, endpoint)
    assert info.next_url == endpoint.replace("pageNumber=1", "pageNumber=2")


def test_malformed_posts_are_skipped_with_a_warning_naming_them() -> None:
    page = parse(WEBCORE / "broken" / "by-elections-malformed-posts.json")
    assert len(page.posts) == 3
    assert len(page.warnings) == 3
    assert any("asset:8dc29fc5-8c0b-4990-a8c2-e5c752aa6152" in w and "content.model.blocks" in w for w in page.warnings)
    assert any(w.startswith("post 2 ") and "no urn" in w for w in page.warnings)


@pytest.mark.parametrize("bad", [{"urn": "asset:9", "header": "oops", "content": {"model": {"blocks": [1, None, {}]}}},
                                 {"urn": "asset:9", "content": {"model": {"blocks": []}}},
                                 {"urn": "asset:9", "header": {"model": {"blocks": [{"type": ["headline"]}]}},
                                  "content": {"model": {"blocks": [{"type": {"a": 1}}]}}}])  # fmt: skip
def test_odd_shapes_never_crash_the_walker(bad: dict) -> None:
    posts, warnings = bbc_blocks.posts_from_stream({"results": [bad, POST]}, None)
    assert [p.post_id for p in posts] == ["asset:1"]
    assert len(warnings) == 1 and "asset:9" in warnings[0]


def _nested(depth: int, leaf: dict) -> dict:
    for _ in range(depth):
        leaf = {"type": "box", "model": {"blocks": [leaf]}}
    return leaf


def test_typed_and_keyed_searches_see_what_walk_dicts_sees_in_its_order_and_depth() -> None:
    link = {"type": "urlLink", "model": {"locator": "https://a.example/1", "oembed": {"url": "x"}}}
    inner = [
        {"type": "urlLink", "model": {"blocks": [dict(link, n=2)]}},
        _nested(12, dict(link, n=3)),
        _nested(30, link),
    ]
    tree = {"type": "paragraph", "attributes": [[], {}, link], "model": {"blocks": inner}}
    walked = list(bbc_blocks.walk_dicts(tree))
    assert bbc_blocks.dicts_of_type(tree, "urlLink") == [d for d in walked if d.get("type") == "urlLink"]
    assert len(bbc_blocks.dicts_of_type(tree, "urlLink")) == 4  # the one 60 levels down is past the limit
    holder = bbc_blocks.first_dict_with(tree, "oembed")
    assert holder is next(d for d in walked if isinstance(d.get("oembed"), dict))
    assert bbc_blocks.dicts_of_type("text", "urlLink") == [] and bbc_blocks.first_dict_with(None, "oembed") is None
    # lists inside lists, and a list at the root, count one level each as in `walk_dicts`
    for depth in (36, 38, 39, 40, 41):
        nested: list[Any] = [link]
        for _ in range(depth - 2):
            nested = [nested, {"type": "urlLink", "model": {"blocks": [[link]]}}]
        root = [{"type": "paragraph", "model": {"blocks": nested}}]
        walked = list(bbc_blocks.walk_dicts(root))
        assert bbc_blocks.dicts_of_type(root, "urlLink") == [d for d in walked if d.get("type") == "urlLink"]


@pytest.mark.parametrize("where", [0, 40, 63, 64, 70, 85, 100])
def test_the_stream_key_is_found_wherever_it_is_around_the_data_name(where: int) -> None:
    key, name = "liveTextStreamId", "__INITIAL_DATA__"
    for cut in (0, 1, len(key) - 1, len(key)):  # whole, or cut short: then no stream key at all
        text = f"<html><body><p>{'x' * 30}</p><script>window.{name}={{}}</script></body></html>"
        text = text[:where] + key[: len(key) - cut] + text[where:]
        src = Source(text)
        expected = text.find(name) >= 0 and key in text
        assert bbc_webcore.detect(src) is expected, (where, cut)


def test_key_points_are_looked_for_only_when_the_page_names_them() -> None:
    box = {"content": {"model": {"blocks": [{"type": "paragraph", "model": {"text": "Labour hold"}}]}}}
    for key in ("summaryPoints", "keyPoints"):
        data = {"data": {"x": {key: box}}}
        assert bbc_blocks.find_summary(data, json.dumps(data)) is box
        assert bbc_blocks.find_summary(data, "no names here") is None
        assert bbc_blocks.find_summary(data) is box


def test_links_are_skipped_only_when_no_spelling_of_urllink_can_be_in_the_text() -> None:
    link = {"type": "urlLink", "model": {"text": "Results", "locator": "https://a.example/r"}}
    para = {"type": "paragraph", "model": {"text": "See Results", "blocks": [link]}}
    item = {"urn": "urn:x:1", "content": {"model": {"blocks": [para]}}}
    stream = {"results": [item], "page": {"index": 1, "total": 1}}
    plain = json.dumps(stream)
    escaped = plain.replace('"urlLink"', '"\\u0075rlLink"')
    assert json.loads(escaped) == stream
    twice = json.dumps(escaped)  # a string literal holding the JSON: ``\\u0075`` in the page
    js = twice.replace("\\\\", "\\x5c")  # the literal's backslash written as a JS ``\x5c`` escape
    for text in (plain, escaped, twice, js, None):
        posts, _ = bbc_blocks.posts_from_stream(stream, "https://www.bbc.co.uk/news/live/x", text)
        assert [link.url for link in posts[0].links] == ["https://a.example/r"], text
    assert not bbc_blocks.may_hold(plain.replace("urlLink", "url"), "urlLink")
    posts, _ = bbc_blocks.posts_from_stream(stream, None, "no such word, no escape")
    assert posts[0].links == [] and posts[0].body_text == "See Results"


_SPACES = [chr(c) for c in range(0x110000) if chr(c).isspace()]


def test_a_text_is_put_on_one_line_as_split_and_join_do() -> None:
    # the short cut's premise: every white space but the space is unprintable
    assert [c for c in _SPACES if c.isprintable()] == [" "]
    words = ["a", "Labour", "3,459", "’", "\u200b", "", "\x85"]
    texts = [" ".join(words), *(f"{w}{c}{w}" for c in _SPACES for w in words), " a", "a ", "a  b", "", " "]
    for text in texts:
        assert bbc_blocks.one_line(text) == " ".join(text.split()), repr(text)
        if not any(c in text for c in _SPACES if c != " "):
            assert bbc_blocks.spaced_line(text) == " ".join(text.split()), repr(text)


def test_plain_strings_is_said_only_of_json_whose_strings_hold_no_other_white_space() -> None:
    for c in [*_SPACES, "x", "’", "\\", "/", '"', "\x00"]:
        inner = json.dumps({"text": f"a{c}b", "list": [f"{c}"]})
        for text in (inner, json.dumps(inner), json.dumps(inner, ensure_ascii=False), inner.replace("/", "\\/")):
            decoded = json.loads(text)
            while isinstance(decoded, str):
                decoded = json.loads(decoded)
            if bbc_blocks.plain_strings(text):
                assert not any(s in json.dumps(decoded, ensure_ascii=False) for s in _SPACES if s != " "), text
    assert bbc_blocks.plain_strings(json.dumps({"a": 'say "x" a/b'}).replace("/", "\\/"))
    assert not bbc_blocks.plain_strings(json.dumps({"a": "x\ty"})) and not bbc_blocks.plain_strings('"\\')


def test_posts_read_with_the_plain_strings_short_cut_are_the_plain_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    spaced = webcore_page(1, 40).replace("Council", " Council  ").replace(">Labour", ">  Labour")
    escaped = webcore_page(2, 40).replace("Council", "Council\\\\u00a0\\\\t")  # NBSP and tab in its texts
    pages = [spaced, escaped, PAGE1.read_text(encoding="utf-8")]
    assert bbc_blocks.plain_strings(bbc_webcore._read_initial_data(spaced)[2] or "")
    got = [scraper.parse(p, url=A_URL, fetched_at=FETCHED, entities=False).to_dict() for p in pages]
    assert all("  " not in post["body_text"] and post["body_text"][:1] != " " for post in got[0]["posts"])
    monkeypatch.setattr(bbc_blocks, "plain_strings", lambda _text: False)
    assert got == [scraper.parse(p, url=A_URL, fetched_at=FETCHED, entities=False).to_dict() for p in pages]


def test_a_plain_embed_address_is_its_own_canonical_form() -> None:
    urls = ["https://twitter.com/bbcnews/status/1", "http://x.com", "https://a.example/p/é", "https://a.example//p",
            "https://a.example/a;b/%20c", "https://a.example/p\x00", "HTTPS://a.example/p", "https://a.example:443/p",
            "https://u@a.example/p", "https://a.example/p?s=20", "https://a.example/p#f", "https://a.example/p\tq",
            "https://[::1]/p", "https://a.example/ p", "https://a.example/p ", "https://a.example/?",
            "https://"]  # fmt: skip
    assert sum(bbc_blocks._PLAIN_URL.fullmatch(url) is not None for url in urls) == 6
    for url in urls:
        plain = bbc_blocks._PLAIN_URL.fullmatch(url) is not None
        parts = bbc_blocks.split_url(url)
        assert not plain or urlunsplit((parts.scheme, parts.netloc, parts.path, "", "")) == url, url
        assert not plain or bbc_blocks.canonical_embed_url(url) == url
    assert (
        bbc_blocks.canonical_embed_url("https://twitter.com/a/status/1?s=20&t=x")
        == "https://twitter.com/a/status/1?t=x"
    )


def test_an_empty_stream_is_a_parse_error() -> None:
    with pytest.raises(scraper.ParseError):
        parse(WEBCORE / "broken" / "empty-stream.html", url=A_URL + "?page=3")


# --- WebCore HTML fallback -------------------------------------------------------------------------------


def html_only(path: Path) -> bytes:
    text, count = INITIAL_DATA_SCRIPT.subn("", path.read_text(encoding="utf-8"))
    assert count == 1
    return text.encode("utf-8")


def test_html_fallback_reads_the_same_posts_as_the_json() -> None:
    from_json = parse(PAGE1, url=A_URL)
    from_html = scraper.parse(html_only(PAGE1), url=A_URL, fetched_at=FETCHED, entities=False)
    assert not from_html.warnings
    assert len(from_html.posts) == len(from_json.posts) == 8
    for h, j in zip(from_html.posts, from_json.posts, strict=True):
        assert (h.post_id, h.title, h.published_at, h.author, h.role, h.kind, h.is_breaking) == (
            j.post_id, j.title, j.published_at, j.author, j.role, j.kind, j.is_breaking)  # fmt: skip
        assert h.body_text == j.body_text
        assert h.images == j.images
        assert h.links == j.links
        assert [e.kind for e in h.embeds] == [e.kind for e in j.embeds]
        assert [e.url for e in h.embeds if e.kind != "video"] == [e.url for e in j.embeds if e.kind != "video"]
    assert from_html.page == from_json.page


def test_broken_json_falls_back_to_html_with_a_warning() -> None:
    page = parse(WEBCORE / "broken" / "by-elections-json-cut.html", url="https://www.bbc.co.uk/news/live/x")
    assert len(page.posts) == 5
    assert len(page.warnings) == 1 and "__INITIAL_DATA__" in page.warnings[0]


def fallback_pages() -> list[Page]:
    return [
        parse(WEBCORE / "broken" / "by-elections-json-cut.html", fetched_at=datetime(2021, 12, 17, tzinfo=UTC)),
        parse(WEBCORE / "broken" / "derbyshire-page2-truncated.html"),
        scraper.parse(html_only(PAGE1), fetched_at=FETCHED, entities=False),
    ]


def test_titles_never_carry_hidden_time_or_breaking_label() -> None:
    posts = [p for page in fallback_pages() for p in page.posts]
    assert len(posts) == 16
    assert all(p.title and "published at" not in p.title and "Breaking" not in p.title for p in posts)
    assert any(p.is_breaking for p in posts)
    sinfin = next(p for p in posts if p.title == "Labour hold Sinfin")  # its heading also shows a visible timestamp
    assert sinfin.is_breaking


def test_consent_gated_tweets_become_embeds_and_leave_no_gate_text() -> None:
    posts = [p for page in fallback_pages() for p in page.posts]
    tweets = [e.url for p in posts for e in p.embeds if e.kind == "twitter"]
    assert tweets == [
        "https://twitter.com/DerbyDalesLD/status/1471632980021207045",  # "?s=20" share tracking dropped
        "https://twitter.com/BBCRadioDerby/status/1390754621887139841",
    ]
    lines = [line for p in posts for line in p.body_text.split("\n")]
    assert not [line for line in lines if classify_line(line)]
    assert not any(word in p.body_text for p in posts for word in ("cannot be displayed", "Twitter", "Read More"))
    assert not any("twitter.com" in link.url for p in posts for link in p.links)


def test_hidden_times_are_read_as_uk_time_gmt_or_bst() -> None:
    winter, summer, _ = fallback_pages()
    assert winter.posts[0].published_text == "23:50 Greenwich Mean Time 16 December 2021"
    assert winter.posts[0].published_at == datetime(2021, 12, 16, 23, 50, tzinfo=UTC)
    assert summer.posts[0].published_text == "20:20 British Summer Time 7 May 2021"
    assert summer.posts[0].published_at == datetime(2021, 5, 7, 19, 20, tzinfo=UTC)


def test_image_source_label_is_the_credit_and_promo_cards_are_promos() -> None:
    winter = fallback_pages()[0]
    heanor = next(p for p in winter.posts if p.title == "Low turnout in Heanor West")
    assert [(i.alt, i.credit, i.caption) for i in heanor.images] == [
        ("Heanor Market Place", "Amber Valley Borough Council", "Heanor West is one of three wards in the town")
    ]
    assert "Image source" not in heanor.body_text
    promo = next(p for p in winter.posts if p.kind == "promo")
    assert promo.links[-1].url == "https://www.bbc.co.uk/news/uk-politics-59650001"
    assert promo.author is None and promo.role is None


def test_html_is_read_when_no_json_post_can_be() -> None:
    blank = '\\"urn\\":\\" \\",\\"was\\":\\"asset:'  # every JSON post's urn made blank
    text = PAGE1.read_text(encoding="utf-8").replace('\\"urn\\":\\"asset:', blank)
    page = scraper.parse(text, url=A_URL, fetched_at=FETCHED, entities=False)
    assert len(page.posts) == 8 and page.posts[0].post_id.startswith("asset:")
    assert len(page.warnings) == 9 and "taken from the HTML" in page.warnings[-1]
    assert [s.title for s in page.summary] == ["Summary"]


# --- Simorgh rendered stream (fallback) --------------------------------------------------------------------


def test_simorgh_reads_the_rendered_stream_when_next_data_is_cut() -> None:
    page = parse(SIMORGH / "broken" / "lagos-next-data-cut.html", url="https://www.bbc.com/pidgin/live/c0w8l3g2x9jt")
    from_json = parse(SIMORGH / "lagos-2023-page1.html", url="https://www.bbc.com/pidgin/live/c0w8l3g2x9jt")
    assert len(page.warnings) == 1 and "__NEXT_DATA__" in page.warnings[0]
    assert [p.post_id for p in page.posts] == [p.post_id for p in from_json.posts]
    assert [p.title for p in page.posts] == [p.title for p in from_json.posts]  # no subheadline, no date, no label
    assert [p.is_breaking for p in page.posts] == [True, False, False, False, False]
    first = page.posts[0]
    assert (first.published_text, first.published_at) == ("20 March 2023", None)  # a date alone is no instant
    assert first.body_text == from_json.posts[0].body_text
    assert [e.url for e in page.posts[2].embeds] == ["https://twitter.com/bbcnewspidgin/status/1637528611003777025"]


def test_simorgh_page_data_without_a_stream_is_a_parse_error() -> None:
    with pytest.raises(scraper.ParseError):
        parse(SIMORGH / "broken" / "lagos-stream-missing.html", url="https://www.bbc.com/pidgin/live/c0w8l3g2x9jt")


def test_simorgh_capture_cut_before_its_data_script_is_still_read_from_a_ws_address() -> None:
    data = (SIMORGH / "lagos-2023-page1.html").read_bytes()
    cut = data[: data.index(b'<script id="__NEXT_DATA__"')]
    page = scraper.parse(cut, url="https://www.bbc.com/pidgin/live/c0w8l3g2x9jt", fetched_at=FETCHED, entities=False)
    assert page.layout == "bbc-simorgh" and len(page.posts) == 5
    assert page.warnings == ["no __NEXT_DATA__ script in the page; posts taken from the HTML"]
    with pytest.raises(scraper.LayoutNotRecognised):  # without the address nothing says it is a BBC live page
        scraper.parse(cut, fetched_at=FETCHED, entities=False)


def test_html_body_turns_a_bare_consent_gate_into_its_tweet() -> None:
    from selectolax.lexbor import LexborHTMLParser

    from scraper.clean import html_body

    markup = (
        "<div><p>Labour hold Sinfin.</p><p>This article contains content provided by Twitter. We ask for your "
        'permission before anything is loaded. Read <a href="https://twitter.com/en/privacy">privacy policy</a>.</p>'
        "<p>This Twitter post cannot be displayed in your browser. Please enable Javascript or try a different "
        'browser.<a href="https://twitter.com/a/status/1">View original content on Twitter</a></p>'
        '<p><a href="https://www.bbc.co.uk/news/1">Read More</a></p></div>'
    )
    body = html_body(LexborHTMLParser(markup).css_first("div"))
    assert body.paragraphs == ["Labour hold Sinfin."]
    assert [(e.kind, e.url) for e in body.embeds] == [("twitter", "https://twitter.com/a/status/1")]
    assert [link.url for link in body.links] == ["https://www.bbc.co.uk/news/1"]  # promo link kept, policy link not


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://www.bbc.co.uk/news/live/x?post=asset%3Aab-1#post", "https://www.bbc.co.uk/news/live/x?page=3"),
        ("https://www.bbc.co.uk/news/live/x?page=2&post=asset%3Aab-1", "https://www.bbc.co.uk/news/live/x?page=3"),
        (
            "https://www.bbc.co.uk/news/live/x?post=asset%3Aab-1&page=2&s=1",
            "https://www.bbc.co.uk/news/live/x?page=3&s=1",
        ),
        ("https://www.bbc.co.uk/news/live/x?page=2&repost=1", "https://www.bbc.co.uk/news/live/x?page=3&repost=1"),
    ],
)
def test_with_page_drops_a_share_links_post_parameter(url: str, expected: str) -> None:
    assert bbc_blocks.with_page(url, 3) == expected


def test_webcore_page_opened_from_a_share_link() -> None:
    """A reader's "Copy link" address (``?post=asset%3A…#post``) on page 2 of 5: the neighbours are the live
    page's, and the Optimo vocabulary reads (inline bold/italic/links, lists, subheadline, image credit and
    caption, video/audio, six social kinds, a media-only post, a title-less post, unicode, a story promo)."""
    share = "https://www.bbc.co.uk/news/live/uk-politics-68923531?page=2&post=asset%3A00000001-0000-4000-8000-000000000006#post"
    page = parse(WEBCORE / "share-link-page2-2024.html", url=share)
    base = "https://www.bbc.co.uk/news/live/uk-politics-68923531"
    assert (page.page.number, page.page.total) == (2, 5)
    assert (page.page.prev_url, page.page.next_url) == (f"{base}?page=1", f"{base}?page=3")
    posts = {p.post_id.rsplit("-", 1)[1][-2:]: p for p in page.posts}
    assert posts["05"].embeds and [e.kind for e in posts["05"].embeds] == [
        "twitter", "twitter", "instagram", "youtube", "facebook", "tiktok"
    ]  # fmt: skip
    assert posts["06"].is_breaking and posts["06"].updated_at == datetime(2024, 5, 2, 23, 40, 12, tzinfo=UTC)
    assert (posts["07"].body_text, [e.kind for e in posts["07"].embeds]) == ("", ["video"])
    assert posts["08"].title is None and [e.kind for e in posts["08"].embeds] == ["twitter"]
    assert posts["03"].images[0].credit == "Getty Images" and posts["03"].author == "Sarah Walton"
    assert posts["0c"].kind == "promo" and posts["0a"].title == "Plaid Cymru hold Ynys Môn – “we're delighted”"


def test_story_promo_card_read_from_titles_descriptions_and_images() -> None:
    """A link post whose blocks are empty carries its card in ``titles``/``descriptions``/``images``: it is a
    promo with that title, summary and picture, not a post skipped as unreadable; a headline wins."""
    page = parse(
        WEBCORE / "promo-card-fields-2024.html", url="https://www.bbc.co.uk/news/live/uk-politics-68923531?page=3"
    )
    assert page.warnings == []
    card, watch = page.posts[1], page.posts[2]
    assert (card.kind, card.title, card.body_text) == (
        "promo",
        "Local elections 2024: Full results in maps and charts",
        "Find out who won in every council, mayoral and police and crime commissioner election.",
    )
    assert card.images == [
        Image(
            alt="Map of council control",
            credit="BBC",
            src="https://ichef.bbci.co.uk/news/1024/branded_news/0b62/live/elections-map.png",
        )
    ]
    assert card.links[0].url == "https://www.bbc.co.uk/news/articles/c4nn3wlm2x1o"
    assert (watch.title, watch.body_text) == (
        "Watch: How the night unfolded",
        "The key moments of the count, in two minutes.",
    )
    blank = {
        "urn": "asset:1",
        "header": {"model": {"blocks": []}},
        "content": {"model": {"blocks": []}},
        "titles": [{"title": None}],
    }
    with pytest.raises(bbc_blocks.MalformedPost, match="nothing readable"):
        bbc_blocks.read_post({**blank, "link": {"url": "https://www.bbc.co.uk/news/x"}}, None)


def test_an_image_block_with_nothing_in_it_is_no_image() -> None:
    """An Optimo image block with no picture, alt, caption or credit (its rawImage gone) adds no empty image,
    as an empty HTML figure adds none; one with an alt text alone is still an image."""
    page = parse(SIMORGH / "kano-2023-empty-images.html", url="https://www.bbc.com/pidgin/live/c9x2k4m7p1vo")
    assert [p.images for p in page.posts] == [[], [Image(alt="INEC officials for di collation centre")], [], []]
    assert page.posts[0].is_breaking and page.warnings == []
