"""`scraper.clean`'s HTML walk: the short cuts it takes give what the long way gives."""

from __future__ import annotations

from urllib.parse import urljoin

import pytest
from selectolax.lexbor import LexborHTMLParser, LexborNode

from scraper.clean import (
    _EMBED_HINT,
    _EMBED_LINK_ATTRS,
    _PLAIN_ABSOLUTE,
    HIDDEN,
    PageQueries,
    _block_embed,
    _embed,
    _embed_attrs,
    _figure_parts,
    _gaps_clear,
    _hidden_attrs,
    _image,
    _image_src,
    _one_depth,
    _walk_block,
    html_body,
    join_url,
    plain_absolute,
    tag_ids,
    tagged,
)
from scraper.models import Embed, Link

BASES = (None, "", "https://www.bbc.co.uk/news/live/uk-1?page=2", "http://a.example/b/c", "http://[x", "ftp://f/")
HREFS = (
    "https://twitter.com/a/status/1",
    "http://x.com",
    "https://a.example/c?",
    "https://a.example/c?q=1",
    "https://a.example/c?q=with:block-1#block-1",
    "https://a.example/c?#f",
    "https://a.example/c?q#",
    "https://a.example/c;p?q=1",
    "https://a.example/c?q=[1];2#[x]",
    "https://a.example/c#",
    "https://a.example/c;",
    "https://a.example/c\nd",
    "https://a.example/c\td",
    "https:///no-host",
    "HTTP://A.EXAMPLE/B",
    "http://[bad",
    "https://ünï.example/ä",
    "//cdn.example/i.jpg",
    "/news/x",
    "../up",
    "?page=3",
)


def _urljoin(base: str | None, href: str) -> str:
    try:
        return urljoin(base or "", href)
    except ValueError:
        return href


@pytest.mark.parametrize("base", BASES)
def test_join_url_is_urljoin_for_absolute_and_relative_addresses(base: str | None) -> None:
    assert [join_url(base, href) for href in HREFS] == [_urljoin(base, href) for href in HREFS]


def test_plain_absolute_is_the_regex_and_join_url_stays_urljoin() -> None:
    """`plain_absolute` (string methods) answers as ``_PLAIN_ABSOLUTE.fullmatch`` on addresses built of every piece
    the regex looks at; `join_url` stays ``urljoin`` on them."""
    import random

    pieces = ["http://", "https://", "HTTP://", "http:/", "a", "b.c", "/", "?", "#", "[", "]", ";", "\t", "\r", "\n",
              "x=1", "", " ", "%20", ":", "@", "é"]  # fmt: skip
    rng = random.Random(3)
    hrefs = ["".join(rng.choice(pieces) for _ in range(rng.randrange(0, 9))) for _ in range(60000)]
    assert sum(plain_absolute(href) for href in hrefs) > 1000  # the pieces make plain addresses too
    for href in hrefs:
        assert plain_absolute(href) == bool(_PLAIN_ABSOLUTE.fullmatch(href)), repr(href)
    for href in hrefs[:3000]:
        assert join_url("https://www.bbc.co.uk/news/live/x?page=2", href) == _urljoin(
            "https://www.bbc.co.uk/news/live/x?page=2", href
        )


@pytest.mark.parametrize(
    "markup",
    [
        '<blockquote cite="https://twitter.com/a/status/9"><a href="https://twitter.com/b">b</a></blockquote>',
        '<div><a href="https://x.com/u">u</a><iframe src="https://www.youtube.com/embed/v"></iframe>'
        '<svg><a href="https://twitter.com/s/status/3">s</a></svg><a href>e</a></div>',
        '<div><a>no href</a><blockquote>no cite</blockquote><iframe></iframe><a href="https://t.co/x">t</a></div>',
        '<div><template><a href="https://twitter.com/t/status/1">t</a></template><p>text</p></div>',
    ],
)
def test_embed_reads_the_addresses_the_query_finds_in_order(markup: str) -> None:
    """`_embed` walks for ``a[href], blockquote[cite], iframe[src]`` (`_EMBED_LINK_ATTRS`) in document order."""
    node = LexborHTMLParser(f"<div id=root>{markup}</div>").css_first("#root")
    assert node is not None and (embed := node.child) is not None
    tags = {"a": "href", "blockquote": "cite", "iframe": "src"}
    assert dict(zip(tag_ids(*tags), tags.values(), strict=True)) == _EMBED_LINK_ATTRS  # by tag id
    query = ", ".join(f"{tag}[{name}]" for tag, name in tags.items())
    walked = [n for n in embed.traverse() if (name := _EMBED_LINK_ATTRS.get(n.tag_id)) and name in n.attributes]
    assert [n.mem_id for n in walked] == [n.mem_id for n in embed.css(query)]
    assert _embed(embed, "https://www.bbc.co.uk/news/live/x") is not None


EMBED_LINKS = (
    *HREFS,
    "https://twitter.com/bbcnews/status/2165189260230866965",
    "http://www.instagram.com/p/Cx1/",
    "https://www.youtube.com/watch?v=1",
    "https://www.youtube.com/watchlist",
    "https://www.facebook.com/bbcnews/posts/1#c",
    "https://m.facebook.com/bbcnews/videos/2",
    "https://www.tiktok.com/@bbc/video/3",
    "https://twitter.com/a/status/1;x",
    "https://twitter.com/a/status/[1]",
    "https://twitter.com/a/status/1\tx",
    "https://twitter.com/bbcnews",
    "https://t.co/p/2",
    "https://twitter.com//status/5",
    "https://TWITTER.com/a/status/1",
    "",
)


@pytest.mark.parametrize("href", EMBED_LINKS)
@pytest.mark.parametrize(
    "block",
    [
        '<div class="lx-stream-post-body__social-embed"><a href="{h}">View more on twitter</a></div>',
        '<div class="social-embed"><a href="{h}" cite="https://twitter.com/c/status/7">x</a>'
        '<a href="https://x.com/b/status/8">y</a></div>',
        '<blockquote class="twitter-tweet" cite="https://twitter.com/q/status/9"><a href="{h}">z</a></blockquote>',
        '<a class="social-embed" href="https://www.instagram.com/u/"><a href="{h}">w</a></a>',
        '<div class="social-embed"><a data-x="{h}">no href</a><a href="https://twitter.com/b/status/8">b</a></div>',
        '<div class="social-embed"> <a href="{h}">after text</a></div>',
    ],
)
@pytest.mark.parametrize("base", ["https://www.bbc.co.uk/news/live/x", None])
def test_embed_short_cut_reads_what_the_walk_reads(href: str, block: str, base: str | None) -> None:
    """`_block_embed`'s short cut for a block opening on a link to a post gives the embed `_embed`'s walk gives."""
    node = LexborHTMLParser(f"<div id=root>{block.format(h=href)}</div>").css_first("#root")
    assert node is not None and (embed := node.child) is not None
    assert _block_embed(embed, base) == _embed(embed, base)


def _body(
    markup: str, base: str | None = "https://www.bbc.co.uk/news/live/x"
) -> tuple[list[str], list[Embed], list[Link]]:
    node = LexborHTMLParser(f"<div id=root>{markup}</div>").css_first("#root")
    assert node is not None
    body = html_body(node, base)
    return body.paragraphs, body.embeds, body.links


def test_embed_hint_is_matched_in_any_case_ascii_or_not() -> None:
    for cls in ("SOCIAL-EMBED", "ssrcss-1-SocialEmbedWrapper", "déjà social-embed"):
        markup = f'<div class="{cls}"><a href="https://twitter.com/a/status/9">Tweet</a></div><p>Story.</p>'
        assert _body(markup)[:2] == (["Story."], [Embed(kind="twitter", url="https://twitter.com/a/status/9")])


def test_text_only_and_mixed_blocks_give_the_same_lines() -> None:
    markup = (
        "<p>Plain <!-- c -->text\nover lines.</p><p>Read more</p><p>  </p>"
        '<p>Two<br>lines <span class="gs-u-vh">hidden</span><a href="/r">and a link</a></p><p>Share</p>'
    )
    paragraphs, _embeds, links = _body(markup)
    assert paragraphs == ["Plain text over lines.", "Two", "lines and a link"]
    assert links == [Link(text="and a link", url="https://www.bbc.co.uk/r")]


def test_page_queries_give_each_post_what_its_own_query_gives() -> None:
    tree = LexborHTMLParser(
        '<p class="x">outside</p>'
        '<article class="post x"><h3><span class="x">a</span><b class="y x">b</b></h3><p class="y">c</p></article>'
        '<article class="post"><p class="z">d</p></article>'
    )
    posts = tree.css("article.post")
    queries = PageQueries(tree, posts, (".x", ".x, .y", ".z"))
    for post in posts:
        for scope in [post, *post.css("*")]:
            for selector in (".x", ".x, .y", ".z"):
                assert [n.mem_id for n in queries.all(post, selector, scope)] == [n.mem_id for n in scope.css(selector)]
                first, direct = queries.first(post, selector, scope), scope.css_first(selector)
                assert (first and first.mem_id) == (direct and direct.mem_id)


@pytest.mark.parametrize("nested", [False, True])
def test_page_queries_matches_give_each_selector_what_the_post_query_gives(nested: bool) -> None:
    inner = '<article class="post"><p class="z">e</p></article>' if nested else ""
    tree = LexborHTMLParser(
        '<p class="x">outside</p>'
        '<article class="post x"><h3><span class="x">a</span><b class="y x">b</b></h3>'
        f'<p class="y">c</p>{inner} text <div><section>t<p class="x z">deep<i class="y">er</i></p></section></div>'
        "</article>"
        '<article class="post"><p class="z">d</p></article><div><p class="y">after</p></div>'
    )
    posts = tree.css("article.post")
    selectors = (".x", ".x, .y", ".z", ".x", "html, body, i")  # a repeat; matches outside the posts, at the root
    queries = PageQueries(tree, posts, selectors)
    assert queries.bucketed is not nested
    for post in posts:
        found = [[n.mem_id for n in nodes] for nodes in queries.matches(post)]
        assert found == [[n.mem_id for n in post.css(selector)] for selector in selectors]
        assert queries.matches(post) is not queries.matches(post)  # a list of its own each call
    outside = tree.css_first("div")
    assert outside is not None
    assert [[n.mem_id for n in nodes] for nodes in queries.matches(outside)] == (
        [[n.mem_id for n in outside.css(selector)] for selector in selectors] if nested else [[]] * len(selectors)
    )


ONE_DEPTH_PAGES = {  # selector of the posts -> whether they are all as deep (one parent, or one grandparent)
    "<ol><li><b class=p></b></li><li><b class=p></b></li></ol>": True,
    "<div><b class=p></b><i>x</i><b class=p></b></div>": True,
    "<div><b class=p></b></div><div><b class=p></b></div>": True,  # one grandparent (body)
    "<div><b class=p></b><div><b class=p></b></div></div>": False,
    "<div><b class=p><b class=p></b></b></div>": False,
    "<section><div><b class=p></b></div></section><div><b class=p></b></div>": False,
    "<b class=p></b>": True,
    "": True,
}


@pytest.mark.parametrize(("markup", "apart"), ONE_DEPTH_PAGES.items())
def test_posts_told_at_one_depth_are_all_as_deep_so_none_is_inside_another(markup: str, apart: bool) -> None:
    posts = LexborHTMLParser(markup).css(".p")

    def depth(node: LexborNode) -> int:
        return 0 if node.parent is None else 1 + depth(node.parent)

    assert _one_depth(posts) is apart
    if apart:
        assert len({depth(post) for post in posts}) <= 1
        assert not any(post.css_first(".p .p") for post in posts)


def _post(inner: str, cls: str = "post") -> str:
    return f'<li class=c><article class="{cls}">{inner}</article></li>'


FULL_POST = (
    '<h3 class=t>T</h3><div class=w><p class="x z">a</p><i class=k></i></div><span class=y>s</span><p class=z>r</p>'
)
# page -> whether `PageQueries` reads it in document order (else by its walk up from each match: the same rows)
IN_ORDER_PAGES = {
    "plain": ("<ol>" + _post(FULL_POST) + _post("<p class=x>b</p>") + _post("") + "</ol>", True),
    "white space and comments": (
        "<ol>\n "
        + _post(FULL_POST).replace("</article>", "</article> <!-- c -->\n")
        + "\n<!--x-->"
        + _post(FULL_POST)
        + "\n</ol>\n",
        True,
    ),
    "matches before, between lists and after": (
        "<p class=x>before</p><div class=w><i class=k></i></div><ol>"
        + _post(FULL_POST)
        + "</ol><b>gap</b><ol>"
        + _post(FULL_POST)
        + "</ol><p class=z>pager</p><span class=y>end</span>",
        True,
    ),
    "an article that is no post between posts": (
        "<ol>" + _post(FULL_POST) + "<li><article class=other></article></li>" + _post(FULL_POST) + "</ol>",
        True,
    ),
    "a match in a post's list item, after it": (
        "<ol>" + _post(FULL_POST).replace("</article>", "</article><p class=x>li</p>") + _post(FULL_POST) + "</ol>",
        False,
    ),
    "a match between the list items": (
        "<ol>" + _post(FULL_POST) + "<span class=y>between</span>" + _post(FULL_POST) + "</ol>",
        False,
    ),
    "a long gap": ("<ol>" + _post(FULL_POST) + "<b></b>" * 9 + _post(FULL_POST) + "</ol>", False),
    "a post in a post": (
        "<ol>" + _post(FULL_POST + "<ol>" + _post(FULL_POST) + "</ol><p class=x>after the inner</p>") + "</ol>",
        False,
    ),
    "the page ends in the last post": (
        "<ol>" + _post(FULL_POST) + "<li class=c><article class=post><p class=x>end",
        True,
    ),
    "no posts": ("<p class=x>a</p>", False),
}
IN_ORDER_SELECTORS = ("h3.t", "p.x", "span.y", "p.z", "div.w:has(i.k)", "p.x")  # a tag twice, a selector twice


@pytest.mark.parametrize("given", [True, False], ids=["posts given", "posts found"])
@pytest.mark.parametrize(("markup", "in_order"), IN_ORDER_PAGES.values(), ids=IN_ORDER_PAGES.keys())
def test_page_queries_read_in_document_order_give_each_post_its_own_query(
    markup: str, in_order: bool, given: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    tree = LexborHTMLParser(markup)
    container = "li.c > article.post"
    posts = tree.css(container)
    tags = tag_ids("h3", "p", "span", "p", "div", "p")
    walked: list[bool] = []
    bucket = PageQueries._bucket
    monkeypatch.setattr(PageQueries, "_bucket", lambda *args: walked.append(True) or bucket(*args))
    queries = PageQueries(tree, posts if given else None, IN_ORDER_SELECTORS, container=container, tags=tags)
    assert bool(walked) is not in_order
    assert [n.mem_id for n in queries.containers] == [n.mem_id for n in posts]
    if not given:
        posts = queries.containers
    for post, row, again in zip(posts, queries.rows(posts), queries.rows(list(posts)), strict=True):
        found = [[n.mem_id for n in nodes] for nodes in queries.matches(post)]
        assert found == [[n.mem_id for n in post.css(selector)] for selector in IN_ORDER_SELECTORS]
        assert [[n.mem_id for n in nodes] for nodes in row] == found == [[n.mem_id for n in nodes] for nodes in again]
    for selector in IN_ORDER_SELECTORS:
        assert queries.matched(selector) is (not queries.bucketed or bool(tree.css(selector)))


@pytest.mark.parametrize(("markup", "_in_order"), IN_ORDER_PAGES.values(), ids=IN_ORDER_PAGES.keys())
def test_page_queries_narrowed_give_what_the_narrower_selectors_give(markup: str, _in_order: bool) -> None:
    """`PageQueries.narrow`: each post's matches of a selector cut to a narrower one's, as if that one was queried."""
    tree = LexborHTMLParser(markup)
    container = "li.c > article.post"
    tags = tag_ids("h3", "p", "span", "p", "div", "p")
    loose = ("h3.t", "p[class]", "span.y", "p.z", "div.w:has(i)", "p.x")  # what a narrower one of each matches and more
    exact = ("h3.t", "p.x.z", "span.y", "p.z", "div.w:has(i.k)", "p.x")
    queries = PageQueries(tree, None, loose, container=container, tags=tags)
    queries.narrow(tree, "p[class]", "p.x.z")
    queries.narrow(tree, "div.w:has(i)", "div.w:has(i.k)")
    wanted = PageQueries(tree, None, exact, container=container, tags=tags)
    posts = queries.containers
    assert queries.bucketed is wanted.bucketed
    assert [n.mem_id for n in posts] == [n.mem_id for n in wanted.containers]
    for post, row in zip(posts, queries.rows(posts), strict=True):
        found = [[n.mem_id for n in nodes] for nodes in queries.matches(post)]
        assert found == [[n.mem_id for n in post.css(selector)] for selector in exact]
        assert [[n.mem_id for n in nodes] for nodes in row] == found
        for scope in [post, *post.css("*")]:
            for selector in exact:
                assert [n.mem_id for n in queries.all(post, selector, scope)] == [n.mem_id for n in scope.css(selector)]
    for selector in exact:
        assert queries.matched(selector) is wanted.matched(selector)


@pytest.mark.parametrize(("markup", "_in_order"), IN_ORDER_PAGES.values(), ids=IN_ORDER_PAGES.keys())
def test_page_queries_narrow_one_place_of_a_selector_given_twice(markup: str, _in_order: bool) -> None:
    """`PageQueries.narrow` changes the first place of a selector given twice; the other still reads the selector."""
    tree = LexborHTMLParser(markup)
    queries = PageQueries(tree, None, ("p[class]", "h3.t", "p[class]"), container="li.c > article.post")
    queries.narrow(tree, "p[class]", "p.x")
    for post in queries.containers:
        found = [[n.mem_id for n in nodes] for nodes in queries.matches(post)]
        assert found == [[n.mem_id for n in post.css(selector)] for selector in ("p.x", "h3.t", "p[class]")]
        assert [n.mem_id for n in queries.all(post, "p[class]")] == [n.mem_id for n in post.css("p[class]")]
    for selector in ("p.x", "h3.t", "p[class]"):
        assert queries.matched(selector) is (not queries.bucketed or bool(tree.css(selector)))


def test_a_gap_opening_a_wrapper_of_a_listed_tag_is_not_clear() -> None:
    """A post's wrapper between two posts is a node of the gap: listed, it is no match of the post before it."""
    tree = LexborHTMLParser(
        "<div><span class=y><article class=post>A</article></span><span class=y><article class=post>B</article></span>"
        "<b><article class=post>C</article></b></div>"
    )
    posts = tree.css("article.post")
    ids = [post.mem_id for post in posts]
    assert _gaps_clear(posts, ids, posts[0].tag_id, frozenset(tag_ids("span"))) == (False, None)
    assert _gaps_clear(posts, ids, posts[0].tag_id, frozenset(tag_ids("p")))[0] is True
    queries = PageQueries(tree, None, ("span.y",), container="article.post", tags=tag_ids("span"))
    for post in queries.containers:
        assert [n.mem_id for n in queries.matches(post)[0]] == [n.mem_id for n in post.css("span.y")]


def test_page_queries_given_a_wrong_tag_walk_up_instead() -> None:
    tree = LexborHTMLParser("<ol>" + _post(FULL_POST) + _post(FULL_POST) + "</ol>")
    container = "li.c > article.post"
    posts = tree.css(container)
    selectors = ("h3.t, span.y", "p.x")  # the first matches two tags
    for given in (posts, None):
        queries = PageQueries(tree, given, selectors, container=container, tags=tag_ids("h3", "p"))
        assert [n.mem_id for n in queries.containers] == [n.mem_id for n in posts]
        for post in posts:
            found = [[n.mem_id for n in nodes] for nodes in queries.matches(post)]
            assert found == [[n.mem_id for n in post.css(selector)] for selector in selectors]


def test_page_queries_inside_nested_posts_query_each_scope() -> None:
    tree = LexborHTMLParser(
        '<article class="post"><p class="x">a</p><article class="post"><p class="x">b</p></article></article>'
    )
    posts = tree.css("article.post")
    queries = PageQueries(tree, posts, (".x",))
    assert [[n.text() for n in queries.all(post, ".x")] for post in posts] == [["a", "b"], ["b"]]


def test_tagged_walk_gives_what_css_gives() -> None:
    node = LexborHTMLParser(
        "<div id=r><span>1<b>2</b></span><p><span>3</span></p><svg><span>4</span></svg></div>"
    ).css_first("#r")
    assert node is not None
    assert [n.mem_id for n in tagged(node, "span")] == [n.mem_id for n in node.css("span")]


def test_figures_read_by_one_walk_keep_first_image_first_caption_and_hidden_labels() -> None:
    node = LexborHTMLParser(
        '<div id=root><figure><picture><img src="/a.jpg" alt="first"></picture><img src="/b.jpg" alt="second">'
        "<figcaption>one</figcaption><figcaption>two</figcaption></figure>"
        '<figure><img src="/c.jpg"><div><span class="gs-u-vh">Image source, </span>PA Media</div>'
        '<figcaption><span class="visually-hidden">Image caption, </span>The count</figcaption></figure></div>'
    ).css_first("#root")
    assert node is not None
    images = html_body(node, "https://www.bbc.co.uk/news").images
    assert [(i.alt, i.caption, i.credit, i.src) for i in images] == [
        ("first", "one", None, "https://www.bbc.co.uk/a.jpg"),
        (None, "The count", "PA Media", "https://www.bbc.co.uk/c.jpg"),
    ]


HIDDEN_CASES = [
    'class="gs-u-vh"', 'class="a gs-u-vh b"', 'class="a\tvisually-hidden"', 'class="visually-hidden2"',
    'class="x-gs-u-vh"', 'class="VisuallyHidden"', 'class="aVisuallyHiddenb"', 'class="visuallyhidden"',
    'class="gs-u-vh" aria-hidden="true"', "hidden", 'aria-hidden="true"', 'aria-hidden="TRUE"',
    'aria-hidden="false"', "class", 'class=""', 'class="lx-media-asset__caption"', 'class="a b" hidden',
    'class="caption" aria-hidden="true"', 'class="caption" id="x"', 'class="Vh gs-u-v"',
]  # fmt: skip
# Where only the query can tell: a class named in another case (quirks mode matches it), or a class list with a
# character ``str.split`` splits at and Lexbor does not (or one not ASCII).
HIDDEN_DEFERRED = ['class="GS-U-VH"', 'class="Visually-Hidden"', 'class="a\x0bgs-u-vh"', 'class="a\u00a0gs-u-vh"']


@pytest.mark.parametrize("doctype", ["<!DOCTYPE html>", ""])  # standards and quirks mode
@pytest.mark.parametrize("attrs", HIDDEN_CASES + HIDDEN_DEFERRED)
def test_figure_walk_finds_what_the_hidden_query_finds_or_defers_to_it(doctype: str, attrs: str) -> None:
    figure = LexborHTMLParser(
        f'{doctype}<figure {attrs}><img src="/a.jpg"><figcaption><span {attrs}>Image caption, </span>x</figcaption>'
        '<span class="gs-u-vh">Image source, </span></figure>'
    ).css_first("figure")
    assert figure is not None
    img, _caption, hidden, img_attrs = _figure_parts(figure)
    assert img is not None and img_attrs in (None, img.attributes)
    assert (hidden is None) == (attrs in HIDDEN_DEFERRED)
    if hidden is not None:  # the query's matches, a node matching two of its parts once
        assert [n.mem_id for n in hidden] == list(dict.fromkeys(n.mem_id for n in figure.css(HIDDEN)))


@pytest.mark.parametrize(
    "attrs",
    [
        {"class": "twitter-tweet"},
        {"class": "lx-stream-post-body__social-embed gs-u-mb"},
        {"data-testid": "SocialEmbed"},
        {"class": "a EmbedContainer b"},
        {"data-component": "click-to-view:youtube.com"},
        {"data-role": "x ConsentBanner"},
        {"class": "lx-media-asset lx-media-asset--image gs-u-mb+"},
        {"class": "element-rich-link"},
        {"class": "socıal-embed"},
        {"class": "lx-ſocial"},
        {"class": "Twitter-Tweet é"},
        {"id": "twitter-tweet"},
        {"class": None},
        {"class": ""},
        {"class": "CLICK-TO-VIEW"},
        {"class": "a fb-post"},
        {"class": "a", "data-role": "element-tweet"},
        {"class": "embedded", "data-testid": None},
    ],
)
def test_embed_hint_words_find_what_the_hint_pattern_finds(attrs: dict[str, str | None]) -> None:
    """`_embed_attrs` scans an ASCII hint for the pattern's plain words instead of running it: same answer."""
    hint = " ".join(attrs.get(k) or "" for k in ("class", "data-testid", "data-component", "data-role"))
    assert _embed_attrs(attrs) == (_EMBED_HINT.search(hint) is not None)


def test_embed_hint_keys_written_out_let_every_word_through() -> None:
    """`_embed_attrs` tells a hint holding none of the words by their keys, written out: each word (and each key,
    in any case, among other classes) is answered as the pattern answers it."""
    from scraper.clean import _EMBED_HINT_KEYS, EMBED_HINT_WORDS

    for name in (*EMBED_HINT_WORDS, *_EMBED_HINT_KEYS):
        for cls in (name, name.upper(), f"lx-a {name}-b", f"{name[:-1]} {name[1:]}"):
            assert _embed_attrs({"class": cls}) == (_EMBED_HINT.search(cls) is not None), cls


BARE_PARAGRAPHS = (
    "<p>Plain line.</p>",
    "<p>  Spaced\tout\u00a0 line. </p>",
    "<p>Over\ntwo source lines.</p>",
    "<p></p>",
    "<p>   </p>",
    "<p>Read more</p>",
    "<p>Share</p>",
    "<p>View more on twitter</p>",
    '<p><a href="https://twitter.com/a/status/1">View more on twitter</a></p>',
    '<p>This Twitter post cannot be displayed in your browser. <a href="https://x.com/a/status/2">View original '
    "content on Twitter</a></p>",
    "<p>Text <!-- c --> after a comment.</p>",
    '<p>A <a href="/r">link</a> inside.</p>',
    '<p>Hidden <span class="gs-u-vh">label</span> text.</p>',
    '<p>An image <img src="/i.jpg" alt="Alt"> inside.</p>',
    "<p><br></p>",
)


@pytest.mark.parametrize("paragraph", BARE_PARAGRAPHS)
def test_bare_paragraph_short_cut_reads_what_the_block_walk_reads(paragraph: str) -> None:
    """`_walk` reads a ``<p>`` without attributes itself; with an inert attribute it goes through `_walk_block`,
    the long way: both give the same body, alone and between loose text."""
    inert = paragraph.replace("<p>", '<p data-x="1">')
    for around in ("{}", "Loose <b>text</b>{}more loose text"):
        short = html_body(LexborHTMLParser(around.format(paragraph)).body, "https://www.bbc.co.uk/news")
        long = html_body(LexborHTMLParser(around.format(inert)).body, "https://www.bbc.co.uk/news")
        assert short == long


BASE = "https://www.bbc.co.uk/news"
PLAIN_FIGURE = '<figure class="{f}"><div class="{d}"><img {i}></div>{c}</figure>'
FIGURE_CAPTIONS = (
    "",
    '<figcaption class="lx-media-asset__caption"><span class="gs-u-vh">Image caption: </span>Count</figcaption>',
    '<figcaption><span class="gs-u-vh">Image source, </span>PA Media</figcaption>',
    '<figcaption><span class="gs-u-vh">Image copyright</span></figcaption>',
    '<figcaption><span class="gs-u-vh">Note: </span> Over\ntwo  lines </figcaption>',
    '<figcaption><span class="gs-u-vh">Image caption</span>Image caption: A caption within</figcaption>',
    '<figcaption><span class="visually-hidden">Image caption: </span>Not a gs- name</figcaption>',
    "<figcaption><span>Image caption: </span>Shown label</figcaption>",
    "<figcaption><span>Note: </span>Shown label</figcaption>",
    '<figcaption><span class="label">Note: </span>Shown label</figcaption>',
    '<figcaption><span class="gs-u-vh">Image</span> caption: split label</figcaption>',
    '<figcaption class="gs-u-vh"><span class="gs-u-vh">Image caption: </span>Hidden caption</figcaption>',
    '<figcaption><span class="gs-u-vh">Image caption: </span>Two <b>parts</b></figcaption>',
    '<figcaption><span class="gs-u-vh">Image caption: </span>Caf\u00e9 \ufffd</figcaption>',
    "<figcaption>No label</figcaption>",
)
FIGURE_PARTS = (
    ("lx-media-asset", "lx-media-asset__image", 'src="https://ichef.bbci.co.uk/news/624/a.jpg" alt=" Count  hall "'),
    ("lx-media-asset--hero", "", 'data-src="/news/{width}/b.jpg" data-widths="[240,976]" alt="Hero"'),
    ("lx-media-asset", "gs-u-vh", 'src="/c.jpg"'),
    ("lx-media-asset", "box", 'src="/d.jpg" aria-hidden="true"'),
    ("Hidden-box", "box", "hidden"),
    ("gs-u-vh", "box", 'src="/f.jpg"'),
)


@pytest.mark.parametrize("caption", FIGURE_CAPTIONS)
@pytest.mark.parametrize(("figure", "box", "img"), FIGURE_PARTS)
def test_plain_figure_short_cut_reads_what_the_figure_walk_reads(figure: str, box: str, img: str, caption: str) -> None:
    """An LX figure read by its shape (`_plain_figure`) gives the image the walk of its parts gives: a comment after
    its parts (which the walk and the texts skip) sends it the long way."""
    markup = PLAIN_FIGURE.format(f=figure, d=box, i=img, c=caption)
    for doctype in ("<!DOCTYPE html>", ""):
        short = html_body(LexborHTMLParser(f"{doctype}Intro {markup}").body, BASE)
        long = html_body(
            LexborHTMLParser(f"{doctype}Intro {markup}".replace("</figure>", "<!----></figure>")).body, BASE
        )
        assert short == long


@pytest.mark.parametrize("caption", FIGURE_CAPTIONS[:3])
@pytest.mark.parametrize(("figure", "box", "img"), FIGURE_PARTS)
@pytest.mark.parametrize("before", ["", "Loose <b>text</b> "])
def test_a_figure_told_by_its_tag_id_is_the_image_the_block_walk_reads(
    figure: str, box: str, img: str, caption: str, before: str
) -> None:
    """`_walk` reads a figure by its tag id as `_walk_block` reads it (the loose text before it read first), and an
    interactive's empty figure as its link's embed."""
    for markup in (PLAIN_FIGURE.format(f=figure, d=box, i=img, c=caption), '<figure><a href="/map">Map</a></figure>'):
        root = LexborHTMLParser(f"<div id=root>{before}{markup}</div>").css_first("#root")
        loose = LexborHTMLParser(f"<div id=root>{before}</div>").css_first("#root")
        assert root is not None and loose is not None and (figure_node := root.css_first("figure")) is not None
        walked = html_body(loose, BASE)  # the loose text alone, then the figure by the block walk
        _walk_block(figure_node, "figure", walked, BASE)
        assert html_body(root, BASE) == walked


def test_plain_figure_reads_texts_split_inside_a_character_as_the_walk_reads_them() -> None:
    """A character whose bytes the page splits between the label and the caption: Lexbor joins the two texts before
    decoding them for the figcaption's text, so the short cut leaves such a figure to the walk."""
    markup = PLAIN_FIGURE.format(f="a", d="b", i='src="/e.jpg"', c="<figcaption>{}</figcaption>").encode()
    for label, tail in ((b"Image caption: Caf\xc3", b"\xa9 x"), (b"Image source: A\xc3", b"\xa9"), (b"x", b"\xff")):
        caption = b'<span class="gs-u-vh">' + label + b"</span>" + tail
        short = html_body(LexborHTMLParser(markup.replace(b"{}", caption)).body, BASE)
        long = html_body(LexborHTMLParser(markup.replace(b"{}", caption + b"<!---->")).body, BASE)
        assert short == long


PROMO_LINKS = (
    '<a class="qa-story-cta-link" href="/news/1">Read more</a>',
    '<a href="/news/1">Read\nmore</a>',
    '<a href="/news/1">  Share </a>',
    '<a href="/news/1">The full story</a>',
    '<a class="gs-u-vh" href="/news/1">The full story</a>',
    '<a href="/news/1"> </a>',
    '<a class="social-embed" href="https://twitter.com/a/status/1">Read more</a>',
    '<a href="https://twitter.com/a/status/1">View more on twitter</a>',
    '<a href="https://x.com/a/status/2">View original content on Twitter</a>',
    '<a href="/news/1">Read <b>more</b></a>',
)
PROMO_SUMMARIES = (
    '<p class="qa-story-summary">The count is over.</p>',
    "<p>Two <i>words</i>.</p>",
    '<p class="twitter-tweet"><a href="https://twitter.com/a/status/3">t</a></p>',
    "<p>Read more</p>",
)


@pytest.mark.parametrize("link", PROMO_LINKS)
@pytest.mark.parametrize("summary", PROMO_SUMMARIES)
def test_summary_and_link_short_cut_reads_what_the_walk_reads(summary: str, link: str) -> None:
    """A block of a ``p`` and an ``a`` (an LX story promo) read by `_summary_and_cta` gives the body the walk of its
    children gives: a comment after the link (the walk skips it) sends it the long way."""
    markup = '<div class="lx-stream-related-story">{}{}{}</div>'
    short = html_body(LexborHTMLParser(markup.format(summary, link, "")).body, "https://www.bbc.co.uk/news")
    long = html_body(LexborHTMLParser(markup.format(summary, link, "<!-- -->")).body, "https://www.bbc.co.uk/news")
    assert short == long


@pytest.mark.parametrize(
    "attrs",
    [
        {},
        {"class": None},
        {"class": "lx-stream-post-body"},
        {"class": "gs-u-vh"},
        {"class": "a\tgs-u-vh"},
        {"class": "gs-u-vhx"},
        {"class": "xgs-u-vh visually-hiddenx"},
        {"class": "visually-hidden"},
        {"class": "Visually-Hidden"},
        {"class": "ssrcss-1-VisuallyHidden"},
        {"class": "a", "hidden": None},
        {"aria-hidden": "true"},
        {"class": "gs-u-vh\u00a0b"},
    ],
)
def test_hidden_attrs_split_the_class_list_only_when_a_hidden_name_is_in_it(attrs: dict[str, str | None]) -> None:
    cls = attrs.get("class") or ""
    classes = cls.split()
    by_names = bool(cls) and ("VisuallyHidden" in cls or "visually-hidden" in classes or "gs-u-vh" in classes)
    assert _hidden_attrs(attrs) == (by_names or "hidden" in attrs or attrs.get("aria-hidden") == "true")


def test_embed_kind_of_a_plain_host_is_the_one_urlsplit_finds() -> None:
    """`clean.embed_kind` reads a plain http(s) host itself: on addresses mixing schemes, hosts of every network in any
    case, ports, users, brackets, white space and the characters that end a host, it gives what the host
    ``urlsplit`` finds gives."""
    import random

    from scraper.clean import _EMBED_HOSTS, _PLAIN_HOST, embed_kind, split_url

    schemes = ["https://", "http://", "HTTPS://", " https://", "https:", "//", "", "https://user@"]
    hosts = [*_EMBED_HOSTS, "www.twitter.com", "WWW.YouTube.com", "X.COM", "Twitter.Com", "example.org", "a-b.c", "",
             "[::1]", "twitter.com.", "twi\tter.com", "é.com", "%41.com", "t.co:443", "x.com\n"]  # fmt: skip
    tails = ["", "/", "/status/1", "?q", "#f", ":80/", "@x.com/", " ", "\t/", ".", "-", "/a?b#c"]
    rng = random.Random(5)
    urls = ["https://twitter.com/a/status/1", "https://www.youtube.com/watch?v=x", "https://x.com", "http://t.co#f"]
    urls += [rng.choice(schemes) + rng.choice(hosts) + rng.choice(tails) + rng.choice(tails) for _ in range(20000)]
    for url in urls:
        host = (split_url(url).hostname or "").lower().removeprefix("www.")
        assert embed_kind(url) == _EMBED_HOSTS.get(host), url
    assert sum(embed_kind(url) is not None for url in urls) > 300
    assert sum(_PLAIN_HOST.match(url) is not None for url in urls) > 1000  # read without urlsplit


def test_a_figure_that_says_nothing_is_no_image_and_an_interactive_placeholder_is_its_embed() -> None:
    # <figure></figure> (a script fills it) gave an image of four nulls; an interactive's SSR placeholder (a figure
    # holding only its link: a results map) gave the same and lost the map's address.
    base = "https://www.theguardian.com/politics/live/2023/may/05/x"
    markup = (
        '<p>Map:</p><figure data-spacefinder-role="inline"><a data-name="placeholder" '
        'href="https://interactive.guim.co.uk/uploader/embed/2023/05/map/giv-1/">Map of results</a></figure>'
        '<figure class="dcr-1"></figure><figure><img alt="Count" src="/c.jpg"></figure><p>End.</p>'
    )
    node = LexborHTMLParser(f"<div id=root>{markup}</div>").css_first("#root")
    assert node is not None
    body = html_body(node, base)
    assert body.paragraphs == ["Map:", "End."]
    assert body.embeds == [Embed("other", "https://interactive.guim.co.uk/uploader/embed/2023/05/map/giv-1/")]
    assert [(i.alt, i.src) for i in body.images] == [("Count", "https://www.theguardian.com/c.jpg")]


IMAGE_ADDRESSES = (
    None,
    "",
    " ",
    "data:image/gif;base64,R0l",
    " /a.jpg ",
    "/n/{width}/b.jpg",
    "https://i.example/c.png",
)


@pytest.mark.parametrize("src", IMAGE_ADDRESSES)
@pytest.mark.parametrize("data_src", IMAGE_ADDRESSES)
def test_image_address_is_the_first_of_src_and_data_src_that_is_no_placeholder(
    src: str | None, data_src: str | None
) -> None:
    """`_image_src` read by two tests in turn gives what a loop over ``src`` then ``data-src`` gives."""
    attrs = {"src": src, "data-src": data_src, "data-widths": "[240,976]"}
    attrs = {name: value for name, value in attrs.items() if value is not None}
    first = next((value.strip() for value in (src, data_src) if value and not value.startswith("data:")), None)
    expected = first.replace("{width}", "976") if first else first
    img = LexborHTMLParser("<img>").css_first("img")
    assert img is not None
    assert _image_src(img, attrs) == expected


def test_a_figure_holding_a_quote_and_no_image_gives_the_quote_as_lines() -> None:
    paragraphs, embeds, _ = _body(
        "<p>Before.</p><figure><blockquote><p>We will fix the roads first.</p></blockquote>"
        "<figcaption>Pull quote</figcaption></figure><p>After.</p>"
    )
    assert paragraphs == ["Before.", "We will fix the roads first.", "After."]
    assert embeds == []


def test_a_figure_holding_a_tweet_quote_is_no_text_figure() -> None:
    paragraphs, _, _ = _body(
        '<p>Before.</p><figure><blockquote class="twitter-tweet"><p>Polls are open!</p>'
        '<a href="https://twitter.com/someone/status/123456789">May 1</a></blockquote></figure>'
    )
    assert "Polls are open!" not in paragraphs


def _body_of(markup: str) -> tuple[list[str], list[tuple[str | None, str | None, str | None, str | None]]]:
    root = LexborHTMLParser(f"<div id='b'>{markup}</div>").css_first("#b")
    assert root is not None
    body = html_body(root, "https://news.example/live")
    return body.paragraphs, [(i.alt, i.caption, i.credit, i.src) for i in body.images]


def test_a_boxed_image_figure_is_an_image_read_without_the_table_query() -> None:
    # `div > img` and a figcaption of a hidden label: read by its shape, the same image a walk of it reads
    assert _body_of(
        '<figure><div class="box"><img src="/i/count.jpg" alt="Sorting papers"></div>'
        '<figcaption><span class="visually-hidden">Image caption: </span>Papers sorted by ward</figcaption></figure>'
    ) == ([], [("Sorting papers", "Papers sorted by ward", None, "https://news.example/i/count.jpg")])
    for figure in (
        '<figure><div><img src="/i/a.jpg" alt=""></div><figcaption><span class="gs-u-vh">Image source, '
        "</span>Press Agency</figcaption></figure>",
        '<figure><div><img src="/i/b.jpg" alt="Hall"></div></figure>',
        '<figure><div><img src="/i/c.jpg"></div><figcaption><span class="gs-u-vh">Image caption, </span>'
        "</figcaption></figure>",
    ):
        node = LexborHTMLParser(figure).css_first("figure")
        assert node is not None
        assert _image(node, "https://news.example/live") == _image(node, "https://news.example/live", plain=False)


def test_a_figure_of_a_table_and_an_image_is_the_image_and_a_bare_table_its_rows() -> None:
    table = "<table><tr><th>Party</th><th>Seats</th></tr><tr><td>Green</td><td>4</td></tr></table>"
    assert _body_of(f'<figure><img src="/i/m.png" alt="Map">{table}</figure>') == (
        [],
        [("Map", None, None, "https://news.example/i/m.png")],
    )
    assert _body_of(f"<figure><div>{table}</div></figure>") == (["Party | Seats", "Green | 4"], [])
