"""The schema.org LiveBlogPosting adapter: JSON-LD in all its shapes, microdata, and the fallback order."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from scraper import parse as parse_page
from scraper.errors import ParseError
from scraper.layouts import guardian, jsonld
from scraper.models import Page
from scraper.parse import LAYOUTS, detect
from scraper.source import Source

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
GRAPH = FIXTURES / "jsonld" / "graph-regional-count.html"
TYPE_LIST = FIXTURES / "jsonld" / "type-list-html-body.html"
MICRODATA = FIXTURES / "jsonld" / "microdata-council-results.html"
INVALID = FIXTURES / "jsonld" / "broken" / "invalid-script.html"
EMPTY = FIXTURES / "jsonld" / "broken" / "empty-updates.html"
TRUNCATED = FIXTURES / "jsonld" / "broken" / "truncated-script.html"
URL = "https://www.example.co.uk/news/live-count-2023"
FETCHED = datetime(2023, 5, 5, 16, 30, tzinfo=UTC)


def _parse(source: Path | str, url: str | None = URL) -> Page:
    data = source.read_bytes() if isinstance(source, Path) else source
    return parse_page(data, url=url, fetched_at=FETCHED, entities=False)


def _ld(*objects: object, body: str = "<h1>Live</h1>") -> str:
    scripts = "".join(f'<script type="application/ld+json">{json.dumps(o)}</script>' for o in objects)
    return f"<html><head>{scripts}</head><body>{body}</body></html>"


def _update(headline: str, **fields: object) -> dict[str, object]:
    return {"@type": "BlogPosting", "headline": headline, "articleBody": f"{headline} body.", **fields}


# --- detection -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("path", [GRAPH, TYPE_LIST, MICRODATA, INVALID, EMPTY, TRUNCATED], ids=lambda p: p.name)
def test_every_schema_org_fixture_is_jsonld(path: Path) -> None:
    assert detect(Source(path.read_text(encoding="utf-8"), url=URL)) == "jsonld"


def test_pages_without_a_live_blog_posting_are_not_jsonld() -> None:
    article = _ld({"@type": "NewsArticle", "headline": "Not live", "description": "A LiveBlogPosting it is not"})
    assert not jsonld.detect(Source(article.replace("LiveBlogPosting", "live blog"), url=URL))
    assert not jsonld.detect(Source("<html><body><p>Nothing here</p></body></html>", url=URL))


def test_jsonld_pages_are_not_guardian() -> None:
    for path in (GRAPH, TYPE_LIST, MICRODATA):
        assert not guardian.detect(Source(path.read_text(encoding="utf-8"), url=URL))


WEBCORE_WITH_LD = """<!DOCTYPE html><html><head>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"LiveBlogPosting",
"headline":"Local elections 2023: East Midlands results","liveBlogUpdate":[{"@type":"BlogPosting",
"headline":"Labour gain Bassetlaw","articleBody":"Labour has gained Bassetlaw.",
"datePublished":"2023-05-05T13:43:52+00:00"}]}
</script></head><body><div id="main-content"><article data-testid="content-post"><h3>Labour gain Bassetlaw</h3>
<span class="ssrcss-1f39n02-VisuallyHidden">published at 14:43 British Summer Time 5 May 2023</span></article></div>
<script>window.__INITIAL_DATA__="{\\"data\\":{\\"stream?liveTextStreamId=abc\\":{\\"data\\":{\\"results\\":[]}}}}";</script>
</body></html>"""


def test_a_bbc_webcore_page_carrying_json_ld_is_read_by_the_bbc_adapter() -> None:
    src = Source(WEBCORE_WITH_LD, url="https://www.bbc.co.uk/news/live/uk-england-65455013")
    assert jsonld.detect(src)  # it does carry a LiveBlogPosting: only the registry order keeps it from jsonld
    assert LAYOUTS.index("bbc-webcore") < LAYOUTS.index("jsonld")
    assert LAYOUTS.index("guardian") < LAYOUTS.index("jsonld")
    assert detect(src) == "bbc-webcore"


# --- JSON-LD shapes ------------------------------------------------------------------------------------


def test_graph_updates_given_as_id_references_are_resolved_in_order() -> None:
    page = _parse(GRAPH)
    assert [p.title for p in page.posts] == [
        "Labour take control of Northshire council",
        "Recount in Market Deeping",
        "Ashby East result",
        "Counting is under way",
    ]
    assert page.posts[1].author == "Dev Mistry"
    assert page.title == "LIVE: Northshire council election count 2023 – every result as it happens"


def test_a_typed_reference_is_resolved_too() -> None:
    graph = {
        "@graph": [
            {"@type": "LiveBlogPosting", "liveBlogUpdate": [{"@type": "BlogPosting", "@id": "#u7"}]},
            _update("Referenced", **{"@id": "#u7", "author": {"@type": "Person", "name": "Ann Lee"}}),
        ]
    }
    post = _parse(_ld(graph)).posts[0]
    assert (post.post_id, post.title, post.author) == ("#u7", "Referenced", "Ann Lee")


def test_type_lists_and_prefixed_types_are_recognised() -> None:
    page = _parse(TYPE_LIST)  # "@type": ["schema:LiveBlogPosting", "NewsArticle"]
    assert [p.title for p in page.posts] == ["Independent holds Mid Carrick", "Turnout 41.2%"]


def test_a_live_blog_nested_in_a_web_page_and_a_single_update_object() -> None:
    blog = {"@type": "LiveBlogPosting", "headline": "Count", "liveBlogUpdate": _update("Only one", url=URL + "#u1")}
    page = _parse(_ld({"@type": "WebPage", "mainEntity": blog}))
    assert [(p.post_id, p.url) for p in page.posts] == [(URL + "#u1", URL + "#u1")]


def test_fields_ids_times_authors_and_images() -> None:
    first, _, third, fourth = _parse(GRAPH).posts
    assert first.post_id.endswith("#update-5f2c9a")
    assert first.published_at == datetime(2023, 5, 5, 15, 5, tzinfo=UTC)
    assert first.published_text == "2023-05-05T16:05:00+01:00"
    assert first.updated_at == datetime(2023, 5, 5, 15, 12, 44, tzinfo=UTC)
    assert first.images[0].credit == "Northshire Gazette/Ian Brook"
    assert third.author == "Hannah Lister and Dev Mistry"
    assert third.images[0].src == "https://www.example.co.uk/images/ns-ashby-east.jpg"
    assert fourth.post_id == fourth.url  # no @id: the url is the id
    assert fourth.author is None  # an Organization is the publisher, not a byline


@pytest.mark.parametrize(
    ("authors", "author", "role"),
    [
        # An Organization beside the people names the desk or outlet they write for: their role.
        (
            [{"@type": "Person", "name": "Ann Lee"}, {"@type": "Organization", "name": "Press Association"}],
            "Ann Lee",
            "Press Association",
        ),
        (
            [
                {"@type": "Person", "name": "Ann Lee"},
                {"@type": "Person", "name": "Tom Hart"},
                {"@type": "NewsMediaOrganization", "name": "Valley Courier"},
            ],
            "Ann Lee and Tom Hart",
            "Valley Courier",
        ),
        # A person's own job title wins over the outlet beside them.
        (
            [
                {"@type": "Person", "name": "Ann Lee", "jobTitle": "Chief Reporter"},
                {"@type": "Organization", "name": "Valley Courier"},
            ],
            "Ann Lee",
            "Chief Reporter",
        ),
        ([{"@type": "Organization", "name": "Valley Courier"}], None, None),  # the publisher alone: no byline
        (
            [{"@type": "Person", "name": "Ann Lee"}, {"@type": "Person", "name": "Tom Hart"}],
            "Ann Lee and Tom Hart",
            None,
        ),
    ],
)
def test_an_organization_listed_beside_person_authors_is_their_role(
    authors: list[dict[str, str]], author: str | None, role: str | None
) -> None:
    (post,) = _parse(_ld({"@type": "LiveBlogPosting", "liveBlogUpdate": [_update("Count", author=authors)]})).posts
    assert (post.author, post.role) == (author, role)


def test_article_body_is_split_into_paragraphs() -> None:
    first = _parse(GRAPH).posts[0]
    assert first.body_text.splitlines()[:3] == [
        "Labour has won overall control of Northshire County Council for the first time since 2009.",
        "The final tally is:",
        "Labour 31 seats",
    ]


def test_html_article_body_is_cleaned_and_its_tweet_is_an_embed() -> None:
    post = _parse(TYPE_LIST).posts[0]
    assert "<" not in post.body_text and "Share this post" not in post.body_text
    assert "Congratulations Morag" not in post.body_text
    assert [(e.kind, e.url) for e in post.embeds] == [
        ("twitter", "https://twitter.com/CarrickInd/status/1124123456789012345")
    ]
    assert "Morag Ferguson (Independent) 2,114" in post.body_text.splitlines()


def test_updates_without_id_get_a_fallback_id_stable_across_page_addresses() -> None:
    one = [p.post_id for p in _parse(TYPE_LIST, url="https://carrickcourier.example/live/x?page=2").posts]
    two = [p.post_id for p in _parse(TYPE_LIST, url="https://carrickcourier.example/live/x?page=3").posts]
    assert one == two
    assert all(pid.startswith("sha1:") for pid in one) and len(set(one)) == 2


@pytest.mark.parametrize(
    ("page_2", "page_3", "kept"),
    [
        (
            "https://a.example/live/x?page=2#entry-5",
            "https://a.example/live/x?page=3#entry-5",
            "https://a.example/live/x#entry-5",
        ),
        (
            "https://a.example/live/x?lang=en&page=2#e5",
            "https://a.example/live/x?page=3&lang=en#e5",
            "https://a.example/live/x?lang=en#e5",
        ),
        (
            "https://a.example/live/x/page/2#entry-5",
            "https://a.example/live/x/page/3/#entry-5",
            "https://a.example/live/x#entry-5",
        ),
    ],
)
def test_an_update_id_relative_to_its_page_keeps_one_id_as_the_post_slides_down(
    page_2: str, page_3: str, kept: str
) -> None:
    """The same update met on page 2 and, later, on page 3 is one post: the page number is no part of its id."""
    for key in ("@id", "url"):
        on_2 = _parse(_ld({"@type": "LiveBlogPosting", "liveBlogUpdate": [_update("A", **{key: page_2})]}))
        on_3 = _parse(_ld({"@type": "LiveBlogPosting", "liveBlogUpdate": [_update("A", **{key: page_3})]}))
        assert on_2.posts[0].post_id == on_3.posts[0].post_id == kept


def test_an_update_id_without_a_page_number_is_kept_as_given() -> None:
    ids = ["update-20458-7", "https://a.example/live/pages#entry-1", "https://a.example/live/x?pageSize=20&p=1#e"]
    blog = {"@type": "LiveBlogPosting", "liveBlogUpdate": [_update(f"U{n}", **{"@id": i}) for n, i in enumerate(ids)]}
    assert [p.post_id for p in _parse(_ld(blog)).posts] == ids


def test_microdata_update_urls_relative_to_a_numbered_page_keep_one_id() -> None:
    item = (
        '<div itemscope itemtype="https://schema.org/LiveBlogPosting"><div itemprop="liveBlogUpdate" itemscope '
        'itemtype="https://schema.org/BlogPosting"><a itemprop="url" href="#entry-7">link</a>'
        '<h2 itemprop="headline">Count starts</h2><div itemprop="articleBody"><p>Counting has begun.</p></div>'
        "</div></div>"
    )
    page = f"<html><body>{item}</body></html>"
    ids = {_parse(page, url=f"https://a.example/live/x?page={n}").posts[0].post_id for n in (2, 3)}
    assert ids == {"https://a.example/live/x#entry-7"}


def test_the_same_blog_in_two_scripts_gives_each_post_once() -> None:
    blog = {"@type": "LiveBlogPosting", "liveBlogUpdate": [_update("A", **{"@id": "a"}), _update("B", **{"@id": "b"})]}
    assert [p.post_id for p in _parse(_ld(blog, blog)).posts] == ["a", "b"]


def test_an_invalid_script_warns_and_the_others_still_count() -> None:
    page = _parse(INVALID)
    assert [p.post_id for p in page.posts] == ["update-20458-7", "update-20458-5"]
    assert page.posts[0].author == "Sam Reed"  # an author given as a plain string
    assert page.warnings[0].startswith("ld+json script 1 is not valid JSON")
    assert page.warnings[1] == "liveBlogUpdate update-20458-6: no headline or articleBody; skipped"


def test_comment_and_cdata_wrappers_around_the_json_are_ignored() -> None:
    blog = json.dumps({"@type": "LiveBlogPosting", "liveBlogUpdate": [_update("Wrapped", **{"@id": "w"})]})
    for wrapped in (f"<!--{blog}-->", f"//<![CDATA[\n{blog}\n//]]>"):
        html = f'<html><head><script type="application/ld+json">{wrapped}</script></head><body></body></html>'
        page = _parse(html)
        assert ([p.post_id for p in page.posts], page.warnings) == (["w"], [])


def test_article_body_given_as_a_list_of_paragraphs() -> None:
    blog = {"@type": "LiveBlogPosting", "liveBlogUpdate": [{"@id": "l", "articleBody": ["First.", "Second."]}]}
    assert _parse(_ld(blog)).posts[0].body_text == "First.\nSecond."


def test_a_json_document_holding_a_live_blog_is_read_too() -> None:
    doc = json.dumps({"@type": "LiveBlogPosting", "liveBlogUpdate": [_update("From JSON", **{"@id": "j1"})]})
    assert jsonld.detect(Source(doc, url=URL))
    assert [p.title for p in _parse(doc).posts] == ["From JSON"]


# --- microdata -----------------------------------------------------------------------------------------


def test_microdata_updates() -> None:
    first, second = _parse(MICRODATA, url="https://www.surreyherald.example/news/elmbridge-live").posts
    assert first.post_id == "entry-90412"
    assert first.url == "https://www.surreyherald.example/news/elmbridge-election-results-2022-live#entry-90412"
    assert first.author == "Joe Harding"
    assert first.published_at == datetime(2022, 5, 6, 14, 42, tzinfo=UTC)  # the ISO attribute wins
    assert first.published_text == "15:42 BST"  # the text as shown
    assert first.body_text.splitlines()[1:] == ["Residents' Associations 8", "Liberal Democrats 5", "Conservative 3"]
    assert first.images[0].alt == "The Elmbridge count at the Xcel Leisure Centre"
    assert second.author is None  # Organization
    assert second.updated_at == datetime(2022, 5, 6, 12, 20, tzinfo=UTC)
    assert [e.kind for e in second.embeds] == ["twitter"]
    assert "Delighted" not in second.body_text and "Share" not in second.body_text


def test_microdata_properties_of_a_nested_item_are_not_the_updates() -> None:
    html = MICRODATA.read_text(encoding="utf-8").replace(
        '<span itemprop="name">Joe Harding</span>',
        '<a itemprop="url" href="/authors/joe-harding"><span itemprop="name">Joe Harding</span></a>'
        '<time itemprop="datePublished" datetime="1990-01-01">born 1990</time>',
    )
    first = _parse(html, url="https://www.surreyherald.example/news/elmbridge-live").posts[0]
    assert first.url == "https://www.surreyherald.example/news/elmbridge-election-results-2022-live#entry-90412"
    assert first.published_text == "15:42 BST"
    assert first.author == "Joe Harding"


def test_microdata_is_the_fallback_when_json_ld_has_no_updates() -> None:
    html = MICRODATA.read_text(encoding="utf-8").replace(
        "</head>", '<script type="application/ld+json">{"@type":"LiveBlogPosting","liveBlogUpdate":[]}</script></head>'
    )
    assert [p.post_id for p in _parse(html).posts] == ["entry-90412", "entry-90398"]


# --- failures ------------------------------------------------------------------------------------------


def test_an_empty_live_blog_update_list_is_a_parse_error_saying_what_was_looked_for() -> None:
    with pytest.raises(ParseError) as caught:
        _parse(EMPTY)
    message = str(caught.value)
    assert "liveBlogUpdate is empty or missing" in message
    assert 'script[type="application/ld+json"]' in message and "microdata" in message


def test_a_truncated_script_is_a_parse_error_naming_the_broken_json() -> None:
    with pytest.raises(ParseError, match="no readable LiveBlogPosting.*ld\\+json script 1 is not valid JSON"):
        _parse(TRUNCATED)


@pytest.mark.parametrize(
    ("names", "joined"),
    [
        ([], None),
        ([""], None),
        (["A"], "A"),
        (["A", "A"], "A"),
        (["A", "", "B"], "A and B"),
        (["A", "B", "C"], "A, B and C"),
    ],
)
def test_join_names(names: list[str], joined: str | None) -> None:
    assert jsonld.join_names(names) == joined


def test_times_with_an_hours_only_offset_are_read() -> None:
    # "2022-05-06 15:42:11+01" (ISO 8601 allows the minutes of an offset to be left out) read as no time at all.
    html = (FIXTURES / "jsonld" / "hour-only-offsets.html").read_bytes()
    page = parse_page(html, url=None, fetched_at=datetime(2022, 5, 6, 16, 30, tzinfo=UTC), entities=False)
    assert page.layout == "jsonld"
    assert [(p.published_at, p.updated_at) for p in page.posts] == [
        (datetime(2022, 5, 6, 14, 42, 11, tzinfo=UTC), datetime(2022, 5, 6, 15, 2, 11, tzinfo=UTC)),
        (datetime(2022, 5, 6, 11, 20, tzinfo=UTC), None),
        (datetime(2022, 5, 5, 20, 30, tzinfo=UTC), None),
    ]
    assert page.posts[0].title == "Plaid Cymru hold Gwynedd – “a strong night”"
    assert page.posts[0].author == "Gwenllïan Ŵyn"


def test_times_written_without_an_offset_are_uk_times() -> None:
    # A regional publisher's CMS writes its local clock bare: 22:10 on a May night is 21:10 UTC, 22:10 in December
    # is 22:10 UTC; the text shown beside it stays as written.
    blog = {
        "@context": "https://schema.org",
        "@type": "LiveBlogPosting",
        "headline": "Count night",
        "liveBlogUpdate": [
            _update("Turnout up in the north", datePublished="2023-05-04T22:10:00", dateModified="2023-05-04T22:40"),
            _update("Recount called", datePublished="2022-12-15T22:10:00"),
        ],
    }
    page = parse_page(_ld(blog), url=URL, fetched_at=FETCHED, entities=False)
    assert [(p.published_at, p.updated_at) for p in page.posts] == [
        (datetime(2023, 5, 4, 21, 10, tzinfo=UTC), datetime(2023, 5, 4, 21, 40, tzinfo=UTC)),
        (datetime(2022, 12, 15, 22, 10, tzinfo=UTC), None),
    ]
    assert page.posts[0].published_text == "2023-05-04T22:10:00"


def test_a_script_with_a_semicolon_after_its_object_is_read() -> None:
    # `{…};` (a template that copied the object from a <script> assignment): json.loads refused the whole script,
    # so the page failed as "no readable LiveBlogPosting". Its first JSON value is the document.
    html = (FIXTURES / "jsonld" / "script-trailing-semicolon.html").read_bytes()
    page = parse_page(html, url=None, fetched_at=datetime(2024, 5, 3, 3, 0, tzinfo=UTC), entities=False)
    assert page.layout == "jsonld"
    assert page.warnings == []
    [post] = page.posts  # liveBlogUpdate given as one object, not a list
    assert post.title == "Labour hold Sunderland – “no surprises”"
    assert post.published_at == datetime(2024, 5, 3, 1, 47, tzinfo=UTC)
    assert post.author == "Chris O’Neill"
    assert post.body_text.splitlines() == [
        "Labour has held Sunderland City Council, winning 19 of the 25 seats declared so far.",
        "Reform UK took two seats in Hetton.",
    ]


def test_a_script_that_is_not_json_at_all_is_still_a_warning() -> None:
    html = '<html><head><script type="application/ld+json">{"@type": "LiveBlogPosting",</script></head></html>'
    with pytest.raises(ParseError):
        parse_page(html, url=None, fetched_at=datetime(2024, 5, 3, 3, 0, tzinfo=UTC), entities=False, layout="jsonld")


def test_an_update_dated_by_date_created_alone_takes_it_as_its_publication_time() -> None:
    # BlogPosting updates giving dateCreated (and dateModified) but no datePublished read as undated.
    html = (FIXTURES / "jsonld" / "date-created-only.html").read_bytes()
    page = parse_page(html, url=None, fetched_at=datetime(2021, 5, 8, 10, 0, tzinfo=UTC), entities=False)
    assert [(p.published_at, p.published_text) for p in page.posts] == [
        (datetime(2021, 5, 7, 16, 45, tzinfo=UTC), "2021-05-07T17:45:00+01:00"),
        (datetime(2021, 5, 7, 8, 15, tzinfo=UTC), "2021-05-07T09:15:00+01:00"),
    ]
    assert page.posts[0].updated_at == datetime(2021, 5, 7, 16, 52, tzinfo=UTC)


def test_an_update_dated_by_date_modified_alone_was_published_then_and_never_updated() -> None:
    # A CMS that stamps each update only with its last edit: that instant is when it stood on the page.
    blog = {
        "@context": "https://schema.org",
        "@type": "LiveBlogPosting",
        "headline": "Count night",
        "liveBlogUpdate": [
            _update("Recount in Oakfield", dateModified="2024-05-03T01:15:00+01:00"),
            _update("Polls close", datePublished="2024-05-02T22:00:00+01:00", dateModified="2024-05-02T22:30:00+01:00"),
        ],
    }
    page = _parse(_ld(blog))
    assert [(p.published_at, p.published_text, p.updated_at) for p in page.posts] == [
        (datetime(2024, 5, 3, 0, 15, tzinfo=UTC), "2024-05-03T01:15:00+01:00", None),
        (
            datetime(2024, 5, 2, 21, 0, tzinfo=UTC),
            "2024-05-02T22:00:00+01:00",
            datetime(2024, 5, 2, 21, 30, tzinfo=UTC),
        ),
    ]
