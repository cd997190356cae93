"""Blind schema.org round 12: live pages of UK publishers other than the BBC and the Guardian."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

import scraper
from scraper.layouts import jsonld
from scraper.source import Source

PAGE = "https://news.example.co.uk/politics/county-count-live-1234"
FETCHED = datetime(2025, 5, 2, 18, tzinfo=UTC)


def _ld_page(blog: dict[str, Any], body: str = "") -> str:
    return (
        "<html><head><title>County count live</title>"
        f'<script type="application/ld+json">{json.dumps(blog)}</script></head>'
        f"<body><h1>County count live</h1>{body}</body></html>"
    )


def _update(**fields: Any) -> dict[str, Any]:
    return {"@type": "BlogPosting", "headline": "Count begins", "datePublished": "2025-05-02T09:00:00Z",
            "articleBody": "Verification has finished.", **fields}  # fmt: skip


def _parse(html: str) -> scraper.Page:
    return scraper.parse(html, url=PAGE, fetched_at=FETCHED, entities=False)


def test_a_news_article_carrying_live_blog_updates_is_a_live_blog() -> None:
    page = _parse(_ld_page({"@type": "NewsArticle", "headline": "County count live", "liveBlogUpdate": [_update()]}))
    assert page.layout == "jsonld"
    assert [p.title for p in page.posts] == ["Count begins"]


def test_a_news_article_without_updates_is_not_a_live_blog() -> None:
    html = _ld_page({"@type": "NewsArticle", "headline": "County count", "articleBody": "Counting begins."})
    assert not jsonld.detect(Source(html, url=PAGE))


def test_a_modified_time_that_is_the_published_time_is_no_update() -> None:
    same = _update(dateModified="2025-05-02T10:00:00+01:00")  # the same instant, written in BST
    later = _update(headline="Result", datePublished="2025-05-02T11:00:00Z", dateModified="2025-05-02T11:20:00Z")
    posts = _parse(_ld_page({"@type": "LiveBlogPosting", "liveBlogUpdate": [same, later]})).posts
    assert [p.updated_at for p in posts] == [None, datetime(2025, 5, 2, 11, 20, tzinfo=UTC)]


def test_the_job_title_of_a_post_s_one_author_is_its_role() -> None:
    one = _update(author=[{"@type": "Person", "name": "Ann Lee", "jobTitle": "Political Reporter"}])
    two = _update(
        headline="Result",
        author=[
            {"@type": "Person", "name": "Ann Lee", "jobTitle": "Political Reporter"},
            {"@type": "Person", "name": "Bo Ray"},
        ],
    )
    posts = _parse(_ld_page({"@type": "LiveBlogPosting", "liveBlogUpdate": [one, two]})).posts
    assert [(p.author, p.role) for p in posts] == [("Ann Lee", "Political Reporter"), ("Ann Lee and Bo Ray", None)]


def test_embeds_in_an_html_article_body_lose_their_share_tracking_query() -> None:
    body = (
        '<p>Declared.</p><blockquote class="twitter-tweet"><p>We won!</p>&mdash; Ann (@ann) '
        '<a href="https://twitter.com/ann/status/123456789?ref_src=twsrc%5Etfw">May 2, 2025</a></blockquote>'
    )
    post = _parse(_ld_page({"@type": "LiveBlogPosting", "liveBlogUpdate": [_update(articleBody=body)]})).posts[0]
    assert [(e.kind, e.url) for e in post.embeds] == [("twitter", "https://twitter.com/ann/status/123456789")]
    assert post.body_text == "Declared."


def _rendered(pid: str, title: str, iso: str, body: str, byline: str = "") -> str:
    return (
        f'<div id="post-{pid}" class="sc-9x-0"><div class="sc-9x-1"><time datetime="{iso}">shown {pid}</time></div>'
        f'<h3 class="sc-9x-2">{title}</h3>{byline}<div class="sc-9x-3 post-body">{body}</div>'
        "<button>Share</button></div>"
    )


def test_a_plain_text_update_takes_body_and_embed_from_its_rendered_element() -> None:
    flat = "Labour gain.\n\nWe did it! pic.twitter.com/abc\n\n— Ann Lee (@annlee) May 2, 2025\n\nTurnout 31%."
    blog = {"@type": "LiveBlogPosting", "liveBlogUpdate": [_update(url=PAGE + "#post-77", articleBody=flat)]}
    tweet = (
        '<blockquote class="twitter-tweet"><p>We did it! <a href="https://t.co/abc">pic.twitter.com/abc</a></p>'
        '&mdash; Ann Lee (@annlee) <a href="https://twitter.com/annlee/status/99?ref_src=twsrc%5Etfw">May 2, 2025</a>'
        "</blockquote>"
    )
    html = _rendered("77", "Count begins", "2025-05-02T09:00:00Z", f"<p>Labour gain.</p>{tweet}<p>Turnout 31%.</p>")
    post = _parse(_ld_page(blog, html)).posts[0]
    assert post.body_text == "Labour gain.\nTurnout 31%."
    assert [(e.kind, e.url) for e in post.embeds] == [("twitter", "https://twitter.com/annlee/status/99")]
    assert post.post_id == PAGE + "#post-77"


def test_a_post_id_in_the_permalink_query_finds_the_byline_the_json_ld_lacks() -> None:
    update = _update(url=PAGE + "?postid=501#live-body")  # the fragment names the stream, shared by every update
    other = _update(headline="Later", datePublished="2025-05-02T10:00:00Z", url=PAGE + "?postid=502#live-body")
    byline = (
        '<div class="post-author"><span class="post-author-name">Ann Lee</span>'
        '<span class="post-author-role">Political editor</span></div>'
    )
    html = (
        '<div id="live-body">'
        + _rendered("501", "Count begins", "2025-05-02T09:00:00Z", "<p>Verification has finished.</p>", byline)
        + "</div>"
    )
    posts = _parse(_ld_page({"@type": "LiveBlogPosting", "liveBlogUpdate": [update, other]}, html)).posts
    assert [(p.author, p.role) for p in posts] == [("Ann Lee", "Political editor"), (None, None)]


def test_rendered_posts_beside_the_matched_ones_are_the_older_posts_the_json_ld_left_out() -> None:
    newest = _update(
        headline="Result", url=PAGE + "#post-3", datePublished="2025-05-02T12:00:00Z", articleBody="Labour hold."
    )
    html = (
        '<div class="feed">'
        + _rendered("3", "Result", "2025-05-02T12:00:00Z", "<p>Labour hold.</p>")
        + _rendered(
            "2",
            "Recount",
            "2025-05-02T11:00:00Z",
            "<p>A recount in Oakley.</p>",
            '<div class="byline"><a href="/author/bo">By Bo Ray</a></div>',
        )
        + '<div id="ad-slot-1" class="advert"></div>'
        + _rendered("1", "Count begins", "2025-05-02T09:00:00Z", "<p>Verification has finished.</p>")
        + "</div>"
    )
    posts = _parse(_ld_page({"@type": "LiveBlogPosting", "liveBlogUpdate": [newest]}, html)).posts
    assert [(p.post_id, p.title, p.author) for p in posts] == [
        (PAGE + "#post-3", "Result", None),
        (PAGE + "#post-2", "Recount", "Bo Ray"),
        (PAGE + "#post-1", "Count begins", None),
    ]
    assert posts[1].url == PAGE + "#post-2"
    assert posts[1].published_at == datetime(2025, 5, 2, 11, tzinfo=UTC)
    assert posts[1].published_text == "shown 2"
    assert posts[1].body_text == "A recount in Oakley."


def test_updates_the_page_does_not_render_stand_as_the_json_ld_gives_them() -> None:
    update = _update(url=PAGE + "#liveblog", articleBody="Verification has finished.")
    html = '<div id="liveblog" class="live-blog-body"><p>Loading live updates…</p></div>'
    posts = _parse(_ld_page({"@type": "LiveBlogPosting", "liveBlogUpdate": [update]}, html)).posts
    assert [(p.title, p.body_text) for p in posts] == [("Count begins", "Verification has finished.")]


def test_a_network_named_embed_box_is_an_embed_and_its_consent_words_go() -> None:
    box = (
        '<p>Declared.</p><div class="embed embed-twitter"><div class="placeholder"><p>This content is hosted by a third'
        " party provider. Please set your cookie preferences to view it.</p></div>"
        '<a href="https://twitter.com/ann/status/42">View on Twitter</a></div>'
    )
    post = _parse(_ld_page({"@type": "LiveBlogPosting", "liveBlogUpdate": [_update(articleBody=box)]})).posts[0]
    assert post.body_text == "Declared."
    assert [(e.kind, e.url) for e in post.embeds] == [("twitter", "https://twitter.com/ann/status/42")]
    assert post.links == []


def test_a_read_more_promo_line_keeps_its_link_but_leaves_the_body() -> None:
    link = '<a href="https://news.example.co.uk/other">All the results</a>'
    body = f"<p>Labour hold.</p><p><strong>READ MORE: {link}</strong></p>"
    post = _parse(_ld_page({"@type": "LiveBlogPosting", "liveBlogUpdate": [_update(articleBody=body)]})).posts[0]
    assert post.body_text == "Labour hold."
    assert [(link.text, link.url) for link in post.links] == [("All the results", "https://news.example.co.uk/other")]


def test_a_caption_ending_in_an_image_credit_gives_the_credit() -> None:
    figure = '<figure><img src="/a.jpg" alt="The count"><figcaption>Counting in Bury (Image: Bury Times)</figcaption>'
    body = f"<p>Labour hold.</p>{figure}</figure>"
    post = _parse(_ld_page({"@type": "LiveBlogPosting", "liveBlogUpdate": [_update(articleBody=body)]})).posts[0]
    assert [(i.alt, i.caption, i.credit) for i in post.images] == [("The count", "Counting in Bury", "Bury Times")]


def test_a_player_wrapped_in_a_paragraph_is_an_embed() -> None:
    body = (
        '<p>Watch the declaration.</p><p><iframe src="https://www.youtube.com/embed/abc123" width="560"></iframe></p>'
    )
    post = _parse(_ld_page({"@type": "LiveBlogPosting", "liveBlogUpdate": [_update(articleBody=body)]})).posts[0]
    assert post.body_text == "Watch the declaration."
    assert [(e.kind, e.url) for e in post.embeds] == [("youtube", "https://www.youtube.com/embed/abc123")]


def test_updates_that_all_give_the_page_address_as_url_keep_their_own_posts() -> None:
    updates = [
        _update(url=PAGE, headline=f"Result {n}", datePublished=f"2025-05-02T1{n}:00:00Z", articleBody=f"Ward {n}.")
        for n in range(3)
    ]
    posts = _parse(_ld_page({"@type": "LiveBlogPosting", "url": PAGE, "liveBlogUpdate": updates})).posts
    assert [p.title for p in posts] == ["Result 0", "Result 1", "Result 2"]
    assert len({p.post_id for p in posts}) == 3
    assert all(p.post_id.startswith("sha1:") and p.url is None for p in posts)


def test_the_same_update_in_two_scripts_is_one_post() -> None:
    blog = {"@type": "LiveBlogPosting", "liveBlogUpdate": [_update(url=PAGE + "#u1")]}
    html = _ld_page(blog).replace("</head>", f'<script type="application/ld+json">{json.dumps(blog)}</script></head>')
    assert [p.post_id for p in _parse(html).posts] == [PAGE + "#u1"]


def test_a_prefixed_anchor_finds_an_element_that_writes_the_bare_number() -> None:
    update = _update(url=PAGE + "#entry-88", articleBody="Flat text")
    html = (
        '<article data-post-id="88"><div class="entry-content-wrap"><h2>Count begins</h2>'
        '<time datetime="2025-05-02T09:00:00Z">10:00</time><span class="byline">By Cy Dee</span>'
        '<div class="entry-body"><p>Verification has finished at the leisure centre.</p></div></div></article>'
    )
    post = _parse(_ld_page({"@type": "LiveBlogPosting", "liveBlogUpdate": [update]}, html)).posts[0]
    assert post.author == "Cy Dee"
    assert post.body_text == "Verification has finished at the leisure centre."  # not the wrapper's heading


def test_an_update_with_only_a_description_has_it_as_body() -> None:
    update = {"@type": "BlogPosting", "headline": "Result", "datePublished": "2025-05-02T09:00:00Z",
              "description": "Labour hold Oakley."}  # fmt: skip
    post = _parse(_ld_page({"@type": "LiveBlogPosting", "liveBlogUpdate": [update]})).posts[0]
    assert post.body_text == "Labour hold Oakley."


def test_older_rendered_posts_with_an_amp_timeago_are_read() -> None:
    newest = _update(url=PAGE + "#1001", headline="Result", datePublished="2025-05-02T12:00:00Z")

    def item(pid: str, iso: str, title: str) -> str:
        return (
            f'<div id="{pid}" data-sort-time="{pid}"><amp-timeago datetime="{iso}" layout="fixed">{iso[11:16]}'
            f'</amp-timeago><h2>{title}</h2><div class="entry-body"><p>{title} in full.</p></div></div>'
        )

    items = item("1001", "2025-05-02T12:00:00Z", "Result") + item("1000", "2025-05-02T09:00:00Z", "Count")
    html = f"<div items>{items}</div>"
    posts = _parse(_ld_page({"@type": "LiveBlogPosting", "liveBlogUpdate": [newest]}, html)).posts
    assert [(p.post_id, p.published_text) for p in posts] == [
        (PAGE + "#1001", "2025-05-02T12:00:00Z"),  # the JSON-LD update keeps its own time text
        (PAGE + "#1000", "09:00"),
    ]


def test_microdata_updates_the_thinner_json_ld_lacks_are_added() -> None:
    def entry(eid: str, iso: str, title: str) -> str:
        return (
            f'<article id="{eid}" itemprop="liveBlogUpdate" itemscope itemtype="https://schema.org/BlogPosting">'
            f'<h3 itemprop="headline">{title}</h3><time itemprop="datePublished" datetime="{iso}">{iso[11:16]}</time>'
            f'<div itemprop="articleBody"><p>{title} text.</p></div></article>'
        )

    html = (
        '<div itemscope itemtype="https://schema.org/LiveBlogPosting">'
        + entry("e2", "2025-05-02T09:00:00Z", "Count begins")
        + entry("e1", "2025-05-02T08:00:00Z", "Polls closed")
        + "</div>"
    )
    posts = _parse(_ld_page({"@type": "LiveBlogPosting", "liveBlogUpdate": [_update()]}, html)).posts
    assert [p.title for p in posts] == ["Count begins", "Polls closed"]
    assert posts[0].post_id.startswith("sha1:") and posts[1].post_id == "e1"


def test_a_body_that_starts_with_the_headline_loses_that_line() -> None:
    update = _update(articleBody="<p>Count begins</p><p>Verification has finished.</p>")
    post = _parse(_ld_page({"@type": "LiveBlogPosting", "liveBlogUpdate": [update]})).posts[0]
    assert (post.title, post.body_text) == ("Count begins", "Verification has finished.")


def test_a_pinned_copy_of_a_post_does_not_hide_the_feed_beside_the_others() -> None:
    def post(pid: str, hour: int, title: str) -> str:
        return (
            f'<div id="post-{pid}"><time datetime="2025-05-02T{hour}:00:00Z">{hour}:00</time><h3>{title}</h3>'
            f'<div class="post-body"><p>{title} text.</p></div></div>'
        )

    updates = [
        _update(url=PAGE + "#post-3", headline="Result", datePublished="2025-05-02T12:00:00Z"),
        _update(url=PAGE + "#post-2", headline="Recount", datePublished="2025-05-02T11:00:00Z"),
    ]
    html = (
        f'<div class="pinned">{post("3", 12, "Result")}</div>'
        f'<div class="feed">{post("3", 12, "Result")}{post("2", 11, "Recount")}{post("1", 10, "Count")}</div>'
    )
    posts = _parse(_ld_page({"@type": "LiveBlogPosting", "liveBlogUpdate": updates}, html)).posts
    assert [p.title for p in posts] == ["Result", "Recount", "Count"]


def test_ad_slots_promo_boxes_sign_ups_and_comment_links_in_a_rendered_update_are_not_its_body() -> None:
    blog = {"@type": "LiveBlogPosting", "liveBlogUpdate": [_update(url=PAGE + "#post-31", articleBody=None)]}
    furniture = (
        '<div class="ad-wrapper mpu"><span class="ad-label">Advertisement</span></div>'
        '<aside class="story-related-box"><p>See also</p><ul><li><a href="/news/who-is-standing">Who is standing'
        "</a></li></ul></aside>"
        '<div class="signup-newsletter-panel"><p>Our morning briefing, free to your inbox</p></div>'
        '<p class="post-comments-link"><a href="#comments">8 comments</a></p>'
    )
    body = f"<p>Greens hold Abbey ward.</p>{furniture}<p>Turnout 29%.</p>"
    html = _rendered("31", "Count begins", "2025-05-02T09:00:00Z", body)
    post = _parse(_ld_page(blog, html)).posts[0]
    assert post.body_text == "Greens hold Abbey ward.\nTurnout 29%."
    assert [(link.text, link.url) for link in post.links] == [
        ("Who is standing", "https://news.example.co.uk/news/who-is-standing")
    ]


def test_a_class_that_merely_contains_ad_inside_a_word_is_kept() -> None:
    blog = {"@type": "LiveBlogPosting", "liveBlogUpdate": [_update(url=PAGE + "#post-32", articleBody=None)]}
    body = '<p>First result due at noon.</p><div class="thread-note"><p>Recount requested in Abbey.</p></div>'
    post = _parse(_ld_page(blog, _rendered("32", "Count begins", "2025-05-02T09:00:00Z", body))).posts[0]
    assert post.body_text == "First result due at noon.\nRecount requested in Abbey."
