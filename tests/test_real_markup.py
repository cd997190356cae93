"""Variations of real live-page markup that other projects met (cited per test), in small hand-made pages."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import scraper
from scraper.models import Page

FETCHED = datetime(2024, 5, 3, 9, 0, tzinfo=UTC)
WEBCORE_URL = "https://www.bbc.co.uk/news/live/uk-politics-68893000"


def parse(html: str, url: str | None = WEBCORE_URL, fetched_at: datetime = FETCHED) -> Page:
    return scraper.parse(html, url=url, fetched_at=fetched_at, entities=False)


def webcore_page(*articles: str) -> str:
    items = "".join(f'<li><article data-testid="content-post">{a}</article></li>' for a in articles)
    return f"<html><body><main><h1>Local elections 2024</h1><ol>{items}</ol></main></body></html>"


def test_webcore_link_card_title_is_its_aria_hidden_link_post_headline() -> None:
    # Real cards: <a LinkPostLink><span Timestamp>21:19 BST 29 June</span><span VisuallyHidden>headline,
    # published at 21:19</span><span aria-hidden="true" LinkPostHeadline>headline</span></a>.
    card = (
        '<div class="ssrcss-10i168z-LinkPost"><a class="ssrcss-9haqql-LinkPostLink" href="/news/articles/c4nnx1y2z3zo">'
        '<h3><span class="ssrcss-dyweam-Timestamp">21:19 BST 2 May</span>'
        '<span class="visually-hidden ssrcss-1f39n02-VisuallyHidden">'
        "Labour wins Blackpool South, published at 21:19</span>"
        '<span aria-hidden="true" class="ssrcss-yjj6jm-LinkPostHeadline">Labour wins Blackpool South</span></h3>'
        '<p class="ssrcss-1-LinkPostSummary">Chris Webb overturns a Conservative majority.</p></a></div>'
    )
    post = parse(webcore_page(card)).posts[0]
    assert (post.title, post.kind, post.body_text) == (
        "Labour wins Blackpool South",
        "promo",
        "Chris Webb overturns a Conservative majority.",
    )
    assert [(link.text, link.url) for link in post.links] == [
        ("Labour wins Blackpool South", "https://www.bbc.co.uk/news/articles/c4nnx1y2z3zo")
    ]
    assert post.published_text == "21:19"


def _stream_post(*content: dict) -> dict:
    headline = {"type": "paragraph", "model": {"text": "Reaction"}}
    return {
        "page": {"index": 1, "total": 1},
        "results": [
            {
                "urn": "asset:7f3a9c1e-0000-4000-8000-000000000001",
                "header": {"model": {"blocks": [{"type": "headline", "model": {"blocks": [headline]}}]}},
                "content": {"model": {"blocks": list(content)}},
                "dates": {"firstPublished": "2024-05-03T01:15:00+00:00"},
            }
        ],
    }


def test_bbc_quote_block_keeps_its_text_and_source() -> None:
    # Optimo quote blocks carry model.text and model.quoteSource, no child blocks
    # (m4rk4/BuoyantUnrealisticModule feedhandlers/bbc.py render_contents: block['model']['text'], ['quoteSource']).
    quote = {"type": "quote", "model": {"text": "We have won back the trust of voters.", "quoteSource": "Party leader"}}
    page = parse(json.dumps(_stream_post(quote)))
    assert page.posts[0].body_text == "We have won back the trust of voters.\nParty leader"


def test_bbc_idt2_include_block_is_its_results_graphic_image() -> None:
    # Election results graphics are IDT2 includes: {type: include, model: {type: idt2, idt2Image: {src}}}
    # (m4rk4/BuoyantUnrealisticModule feedhandlers/bbc.py render_contents, block['model']['idt2Image']['src']).
    include = {
        "type": "include",
        "model": {
            "type": "idt2",
            "title": "Council results",
            "idt2Image": {"src": "https://news.files.bbci.co.uk/include/idt2/5e1f/image/816.png"},
            "html": "<div class='idt2'></div>",
        },
    }
    post = parse(json.dumps(_stream_post({"type": "paragraph", "model": {"text": "Results:"}}, include))).posts[0]
    assert post.body_text == "Results:"
    assert [(i.alt, i.src) for i in post.images] == [
        ("Council results", "https://news.files.bbci.co.uk/include/idt2/5e1f/image/816.png")
    ]


def test_bbc_contributor_given_as_name_and_role_blocks() -> None:
    # Optimo bylines nest {type: contributor, model: {blocks: [{type: name}, {type: role}]}}
    # (m4rk4/BuoyantUnrealisticModule feedhandlers/bbc.py render_contents handles contributor/name/role blocks).
    def text(value: str) -> dict:
        return {"blocks": [{"type": "paragraph", "model": {"text": value}}]}

    byline = {
        "type": "contributor",
        "model": {
            "blocks": [{"type": "name", "model": text("Alex Regan")}, {"type": "role", "model": text("BBC News")}]
        },
    }
    document = _stream_post({"type": "paragraph", "model": {"text": "The count resumes."}})
    document["results"][0]["header"]["model"]["blocks"].append(byline)
    post = parse(json.dumps(document)).posts[0]
    assert (post.author, post.role) == ("Alex Regan", "BBC News")


def test_lx_lazy_image_takes_its_data_src_template_at_the_largest_width() -> None:
    # LX images lazy-load: data-src="…/news/{width}/cpsprodpb/…" with data-widths="[…]"; a scraper of
    # bbc.co.uk/news/live/world-europe-60517447 builds the URL from img['data-src'] and img['data-widths'].
    html = (
        '<html><body><h1 class="lx-commentary__title">Local elections</h1><ol class="lx-stream__feed">'
        '<li class="lx-stream__post-container"><article class="qa-post lx-stream-post" id="post_1">'
        '<header class="lx-stream-post__header"><h3 class="lx-stream-post__header-title qa-post-title">'
        '<span class="lx-stream-post__header-text gs-u-align-middle">Counting begins</span></h3></header>'
        '<div class="gel-body-copy qa-post-body"><div class="lx-stream-post-body">'
        '<figure class="lx-media-asset lx-media-asset--image"><div class="lx-media-asset__image">'
        '<img class="qa-srcset-image" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="Count staff" '
        'data-src="https://ichef.bbci.co.uk/news/{width}/cpsprodpb/1A2B/production/_107.jpg" '
        'data-widths="[240,320,480,624,800,976]"></div></figure>'
        "<p>Ballot boxes are arriving.</p></div></div></article></li></ol></body></html>"
    )
    post = parse(html, url="https://www.bbc.co.uk/news/live/uk-england-derbyshire-48117960").posts[0]
    assert [(i.alt, i.src) for i in post.images] == [
        ("Count staff", "https://ichef.bbci.co.uk/news/976/cpsprodpb/1A2B/production/_107.jpg")
    ]


TEXT_URL = "https://www.bbc.co.uk/news/live/uk-politics-68893000"


def test_text_copy_with_no_break_spaces_in_the_time_line() -> None:
    # Browser copies keep U+00A0 where the page had &nbsp; (DCR's pagination "2&nbsp;of&nbsp;5",
    # guardian/dotcom-rendering src/components/Pagination.tsx); the glued hidden time must still be found.
    copy = (
        "Local elections 2024\n"
        "  1. Count under way\u00a0published at\u00a021:19\u00a0BST 2\u00a0May\n"
        "    Verification has started at the leisure centre.\n"
        "  2. Doors closedpublished at 22:00 BST 2 May\n"
        "    Polls have closed.\n"
    )
    posts = scraper.parse(copy, url=TEXT_URL, fetched_at=FETCHED, entities=False, layout="text").posts
    assert [(p.title, p.published_text) for p in posts] == [
        ("Count under way", "21:19 BST 2 May"),
        ("Doors closed", "22:00 BST 2 May"),
    ]


def test_text_copy_with_capitalised_published_at() -> None:
    copy = (
        "Local elections 2024\n"
        "  1. Labour gain Thurrock, Published at 04:10 British Summer Time 3 May 2024Breaking\n"
        "    Labour has taken control of Thurrock Council.\n"
        "  2. Doors closedpublished at 22:00 BST 2 May\n"
        "    Polls have closed.\n"
    )
    posts = scraper.parse(copy, url=TEXT_URL, fetched_at=FETCHED, entities=False, layout="text").posts
    assert [(p.title, p.published_text, p.is_breaking) for p in posts] == [
        ("Labour gain Thurrock", "04:10 British Summer Time 3 May 2024", True),
        ("Doors closed", "22:00 BST 2 May", False),
    ]


def _ld_page(document: dict) -> str:
    return f'<html><head><script type="application/ld+json">{json.dumps(document)}</script></head><body></body></html>'


def test_jsonld_html_body_with_loose_text_and_line_breaks_keeps_every_line() -> None:
    # An HTML articleBody need not wrap its text in <p>: "Line<br>Line" (extractors turn <br> into newlines,
    # e.g. the nanobot fork's JSON-LD live-blog reader). Loose text was dropped: an empty body.
    update = {
        "@type": "BlogPosting",
        "headline": "Turnout",
        "datePublished": "2024-05-03T01:15:00+01:00",
        "articleBody": "Turnout was 31%.<br>That is down on 2021.<p>Counting resumes at 10am.</p>",
    }
    page = parse(_ld_page({"@context": "https://schema.org", "@type": "LiveBlogPosting", "liveBlogUpdate": [update]}))
    assert page.posts[0].body_text == "Turnout was 31%.\nThat is down on 2021.\nCounting resumes at 10am."


def test_jsonld_wordpress_liveblog_plugin_update_shape() -> None:
    # Automattic/liveblog get_liveblog_metadata: headline = first 10 words of the entry, url and
    # mainEntityOfPage = the entry's share link, articleBody = {"@type": "Text"} (no text), one author object.
    share = "https://news.example.com/2024/05/03/count-live/?liveblog_id=4514963"
    update = {
        "@type": "BlogPosting",
        "headline": "Labour hold Sunderland with 51 of the 75 seats\u2026",
        "url": share,
        "mainEntityOfPage": share,
        "datePublished": "2024-05-03T02:14:09+00:00",
        "dateModified": "2024-05-03T02:20:00+00:00",
        "author": {"@type": "Person", "name": "Priya Nair"},
        "articleBody": {"@type": "Text"},
    }
    document = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "liveBlogUpdate": [update]}
    post = parse(_ld_page(document), url="https://news.example.com/2024/05/03/count-live/").posts[0]
    assert (post.post_id, post.url, post.title, post.author, post.body_text) == (
        share,
        share,
        "Labour hold Sunderland with 51 of the 75 seats\u2026",
        "Priya Nair",
        "",
    )
    assert post.published_at == datetime(2024, 5, 3, 2, 14, 9, tzinfo=UTC)


def test_webcore_timestamp_marked_by_data_testid_is_the_time_not_body() -> None:
    # A 2026 BBC live-blog extractor (nanobot fork) reads the post time from data-testid="timestamp".
    post_html = (
        '<header><h3><span class="ssrcss-1-StyledHeading">Polls close</span></h3>'
        '<span data-testid="timestamp">22:00</span></header><p>Counting will start shortly.</p>'
    )
    post = parse(webcore_page(post_html)).posts[0]
    assert (post.title, post.published_text, post.body_text) == ("Polls close", "22:00", "Counting will start shortly.")


def test_guardian_block_that_is_itself_the_article_body() -> None:
    # UKPLab/lrec2018-live-blog-corpus utils/guardian.py: when a page has no itemprop=liveBlogUpdate blocks,
    # the blocks are the div[itemprop=articleBody] elements with a block id (p.block-time time[datetime] inside).
    html = (
        '<html><head><meta property="og:site_name" content="the Guardian"></head><body>'
        '<div id="block-51893f2ee4b0c8ddb3f0a1c2" class="block" itemprop="articleBody">'
        '<p class="block-time published-time"><time datetime="2013-05-03T01:12:45.546Z">2.12am BST</time></p>'
        '<h2 class="block-title">Ukip gains in Lincolnshire</h2>'
        "<p>Ukip has won 16 seats on Lincolnshire county council.</p></div></body></html>"
    )
    url = "https://www.theguardian.com/politics/blog/2013/may/03/local-elections-2013-live"
    post = parse(html, url=url).posts[0]
    assert (post.post_id, post.title, post.published_text, post.body_text) == (
        "block-51893f2ee4b0c8ddb3f0a1c2",
        "Ukip gains in Lincolnshire",
        "2.12am BST",
        "Ukip has won 16 seats on Lincolnshire county council.",
    )
    assert post.published_at == datetime(2013, 5, 3, 1, 12, 45, 546000, tzinfo=UTC)


def test_simorgh_rendered_single_key_point_is_a_paragraph_not_a_list() -> None:
    # bbc/simorgh ws-nextjs-app/pages/[service]/live/[id]/KeyPoints/index.tsx: one key point is rendered
    # through the paragraph component, several as a bulleted list, in section[data-e2e=key-points].
    html = (
        '<html><body><main><section role="region" aria-label="Summary" data-e2e="key-points"><h2>Summary</h2>'
        "<div><p>Votes are being counted in Lagos.</p></div></section>"
        '<ol role="list"><li><article><h3 id="asset:0f3c"><span role="text"><span><time datetime="20 March 2023">'
        "3 hours ago</time></span><span>Tinubu wins Lagos</span></span></h3>"
        "<div><p>The results are in.</p></div></article></li></ol></main></body></html>"
    )
    page = parse(
        html, url="https://www.bbc.com/pidgin/live/c0w8l3g2x9jt", fetched_at=datetime(2023, 3, 20, 12, tzinfo=UTC)
    )
    assert [p.body_text for p in page.summary] == ["Votes are being counted in Lagos."]
    post = page.posts[0]
    assert (post.post_id, post.title, post.published_text) == ("asset:0f3c", "Tinubu wins Lagos", "3 hours ago")
    assert post.published_at == datetime(2023, 3, 20, 9, tzinfo=UTC)


def test_jsonld_single_update_object_type_list_and_short_offset_times() -> None:
    # Shapes seen in public code: liveBlogUpdate as one object (a Pune traffic live page's builder; a Rust
    # metadata extractor's "liveBlogUpdate as a single Object" test), @type given as a list, and times
    # without seconds or with a +0100 offset (PHP date('c') / hand-written templates).
    document = {
        "@context": "https://schema.org",
        "@type": ["LiveBlogPosting", "NewsArticle"],
        "headline": "Count night \u2018live\u2019 &amp; results",
        "liveBlogUpdate": {
            "@type": "BlogPosting",
            "headline": "Polls close",
            "datePublished": "2024-05-02T22:00+01:00",
            "dateModified": "2024-05-02T22:05:00+0100",
            "articleBody": "Counting starts at 10pm.",
        },
    }
    page = parse(_ld_page(document), url="https://news.example.com/live/count-night")
    assert page.title == "Count night \u2018live\u2019 & results"
    post = page.posts[0]
    assert (post.title, post.published_at, post.updated_at) == (
        "Polls close",
        datetime(2024, 5, 2, 21, 0, tzinfo=UTC),
        datetime(2024, 5, 2, 21, 5, tzinfo=UTC),
    )


def test_jsonld_updates_nested_in_an_inner_array_are_read_in_order() -> None:
    # A public extractor's test ("extracts ordered distinct live entries from nested JSON-LD arrays and graphs"):
    # liveBlogUpdate: [{…}, [{"@type": "NewsArticle", …}], {…}] inside @graph.
    updates = [
        {"@type": "BlogPosting", "articleBody": "Polls have closed."},
        [{"@type": "NewsArticle", "articleBody": "Ballot boxes are arriving."}],
        {"@type": "BlogPosting", "articleBody": "First result expected at 1am."},
    ]
    document = {"@context": "https://schema.org", "@graph": [{"@type": "LiveBlogPosting", "liveBlogUpdate": updates}]}
    page = parse(_ld_page(document), url="https://news.example.com/live/count")
    assert [p.body_text for p in page.posts] == [
        "Polls have closed.",
        "Ballot boxes are arriving.",
        "First result expected at 1am.",
    ]


def test_microdata_update_whose_article_body_is_a_hidden_heading_with_inline_time() -> None:
    # India Today's Drupal live-blog template (public PHP theme code): each itemprop=liveBlogUpdate has
    # p[itemprop=headline][content=<blog title>], h2[itemprop=articleBody][style=display:none] holding
    # "<strong>14:31 IST: </strong>text" (no <p>), meta datePublished "Y-m-d H:i:s", meta author content.
    update = (
        '<div itemtype="http://schema.org/BlogPosting" itemprop="liveBlogUpdate" itemscope="itemscope">'
        '<p itemprop="headline" content="Election results LIVE"></p>'
        '<h2 itemprop="articleBody" style="display:none"><strong>{clock} IST: </strong>{text}</h2>'
        '<meta itemprop="datePublished" content="2019-05-23 {clock}:00">'
        '<meta itemprop="author" content="IndiaToday.in">'
        "</div>"
    )
    html = (
        '<html><body><div itemtype="http://schema.org/LiveBlogPosting" itemscope="itemscope">'
        + update.format(clock="14:31", text="BJP crosses the halfway mark.")
        + update.format(clock="14:02", text="Counting under way in Varanasi.")
        + "</div></body></html>"
    )
    posts = parse(html, url="https://www.indiatoday.in/elections/story/results-live-1531234-2019-05-23").posts
    assert [(p.title, p.published_text, p.body_text) for p in posts] == [
        ("Election results LIVE", "2019-05-23 14:31:00", "14:31 IST: BJP crosses the halfway mark."),
        ("Election results LIVE", "2019-05-23 14:02:00", "14:02 IST: Counting under way in Varanasi."),
    ]


def test_jsonld_script_written_entity_escaped_is_read() -> None:
    # Some generators write JSON-LD entity-escaped into the script ('{&quot;@context&quot;:…}', public pages
    # found with find_string 'ld+json">{&quot;@context&quot;'); json.loads refused it and the page had no posts.
    document = {
        "@context": "https://schema.org",
        "@type": "LiveBlogPosting",
        "liveBlogUpdate": [{"@type": "BlogPosting", "headline": "Recount in Harlow & District", "articleBody": "x."}],
    }
    escaped = json.dumps(document).replace("&", "&amp;").replace('"', "&quot;")
    html = f'<html><head><script type="application/ld+json">{escaped}</script></head><body></body></html>'
    assert [p.title for p in parse(html, url="https://news.example.com/live/count").posts] == [
        "Recount in Harlow & District"
    ]


def test_webcore_paragraphs_rendered_as_divs_are_body_lines() -> None:
    # A 2025 write-up of BBC Sport pages: text blocks are div[data-component=text-block] >
    # div.ssrcss-1q0x1qg-Paragraph (no <p>). Such text was skipped before loose text became paragraphs.
    post_html = (
        '<h3><span class="ssrcss-1-StyledHeading">Reform gain Durham seats</span>'
        '<span class="ssrcss-1f39n02-VisuallyHidden">published at 03:10 British Summer Time 2 May 2025</span></h3>'
        '<div data-component="text-block"><div class="ssrcss-1q0x1qg-Paragraph">Reform UK has won '
        '<a href="/news/articles/c0000000000o">three more seats</a> in Durham.</div>'
        '<div class="ssrcss-1q0x1qg-Paragraph">Labour held Belmont.</div></div>'
    )
    post = parse(webcore_page(post_html)).posts[0]
    assert post.body_text == "Reform UK has won three more seats in Durham.\nLabour held Belmont."
    assert [link.text for link in post.links] == ["three more seats"]
    assert post.published_at == datetime(2025, 5, 2, 2, 10, tzinfo=UTC)


def test_text_copy_body_sentence_ending_published_at_a_time_is_not_a_post() -> None:
    copy = (
        "Local elections 2024\n"
        "  1. Count resultspublished at 04:10 British Summer Time 3 May 2024\n"
        "    The official figures were published at 04:05 BST\n"
        "    Labour won 30 seats.\n"
        "  2. Turnoutpublished at 03:10 British Summer Time 3 May 2024\n"
        "    Turnout was 31%.\n"
    )
    posts = scraper.parse(copy, url=TEXT_URL, fetched_at=FETCHED, entities=False, layout="text").posts
    assert [(p.title, p.body_text) for p in posts] == [
        ("Count results", "The official figures were published at 04:05 BST\nLabour won 30 seats."),
        ("Turnout", "Turnout was 31%."),
    ]


def test_webcore_page_whose_stream_is_in_next_data_reads_the_json() -> None:
    # bbc.com's Next.js renderings carry page data in script#__NEXT_DATA__ (m4rk4/BuoyantUnrealisticModule
    # feedhandlers/bbc.py get_next_data); with content-post articles on the page, the JSON stream is preferred.
    stream = _stream_post({"type": "paragraph", "model": {"text": "From the JSON."}})
    stream["results"][0]["header"]["model"]["blocks"].append(
        {"type": "contributor", "model": {"name": "Alex Regan", "subtitle": "BBC News"}}
    )
    data = {"props": {"pageProps": {"page": {"live": {"stream": stream}}}}}
    html = (
        f'<html><body><script id="__NEXT_DATA__" type="application/json">{json.dumps(data)}</script>'
        '<main><ol><li><article data-testid="content-post"><h3>Reaction</h3><p>From the HTML.</p></article></li></ol>'
        "</main></body></html>"
    )
    page = parse(html)
    assert page.layout == "bbc-webcore"
    post = page.posts[0]
    assert (post.post_id, post.body_text, post.author) == (
        "asset:7f3a9c1e-0000-4000-8000-000000000001",
        "From the JSON.",
        "Alex Regan",
    )


def test_react_comment_markers_inside_loose_text_do_not_split_the_line() -> None:
    # React server rendering separates adjacent text fragments with <!-- --> comments.
    post_html = (
        "<h3>Durham</h3>"
        '<div class="ssrcss-1q0x1qg-Paragraph">Reform UK won <!-- -->3<!-- --> more seats.</div><!-- -->'
        "<p>Labour held Belmont.</p>"
    )
    assert parse(webcore_page(post_html)).posts[0].body_text == "Reform UK won 3 more seats.\nLabour held Belmont."
