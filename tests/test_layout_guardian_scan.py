"""The Guardian adapter's one-walk read of a block (`guardian._scan`) gives what the page's queries give.

Each page is parsed twice: as it comes (blocks of the shape `_scan` reads are read by it) and with `_scan`
giving up on every block (the queries read them all); the posts must be the same. The pages mix the plain DCR
block the scan reads with every part of a block the selectors look at, in places and cases that make it give up.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from selectolax.lexbor import LexborHTMLParser, LexborNode

from benchmarks.pages import FAMILIES
from scraper import clean
from scraper import parse as parse_page
from scraper.layouts import guardian

FETCHED = datetime(2024, 5, 3, 6, 30, tzinfo=UTC)
URL = "https://www.theguardian.com/politics/live/2024/may/03/x"


def _header(
    n: int, extra: str = "", byline: str = '<div><img src="a.png" alt="Jo Roe"><span>Jo Roe</span></div>'
) -> str:
    return (
        f'<header><div><a href="{URL}?page=with:block-{n}#block-{n}"><time datetime="2024-05-03T0{n % 10}:14:00.000Z">'
        f"1h ago</time><span>09.14 BST</span></a></div><h2>Title {n}</h2>{extra}{byline}</header>"
    )


def _timed(n: int, inside: str, after: str = "") -> str:
    """A header whose time row's permalink holds ``inside`` (and ``after`` follows it)."""
    return f'<header><div><a href="?page=with:block-{n}">{inside}</a>{after}</div><h2>T{n}</h2></header>'


TWEET = (
    '<figure data-spacefinder-role="inline"><blockquote class="twitter-tweet"><p lang="en">Hi</p>&mdash; X '
    '<a href="https://twitter.com/a/status/1">May 3</a></blockquote></figure>'
)
IMAGE = (
    '<figure><img src="https://i.guim.co.uk/a.jpg" alt="Count"><figcaption>Count. Photograph: PA</figcaption></figure>'
)
PLAIN = f'<div class="block-elements"><p>Labour hold Sinfin.</p>{TWEET}<p>More <a href="/x">here</a>.</p>{IMAGE}</div>'

# (block inner HTML, block attributes): each a block the scan reads or one it must give up on.
BLOCKS = [
    (_header(1) + PLAIN, ""),
    (_header(2) + '<div class="block-elements"><p>Only text.</p></div>', ' data-block-contributor="A Writer"'),
    ('<div class="block-elements"><p>No header.</p></div>', ""),
    (_header(3) + PLAIN + '<footer><time datetime="2024-05-03T04:20:05.000Z">04.20 BST</time></footer>', ""),
    (_header(4) + '<div class="block-elements"><p>A</p><footer>Share</footer></div>', ""),
    (
        _header(5)
        + '<div class="block-elements"><aside data-spacefinder-role="richLink"><a href="/r">Read</a></aside></div>',
        "",
    ),
    (
        _header(6)
        + '<div class="block-elements"><figure data-canonical-url="https://twitter.com/a/status/2"></figure></div>',
        "",
    ),
    (_header(7) + '<div class="block-elements"><figure class="element-tweet"><p>t</p></figure><p>B</p></div>', ""),
    (_header(8) + '<div class="block-elements"><iframe src="https://www.youtube.com/embed/x"></iframe></div>', ""),
    (_header(9, '<p itemprop="author"><span itemprop="name">Ann</span></p>') + PLAIN, ""),
    (_header(10) + '<div class="block-elements"><h2 class="block-title">Body title</h2><p>C</p></div>', ""),
    (_header(11) + '<div class="Block-Elements"><p>Case</p></div>', ""),
    (_header(12) + '<div class="block-elements"><p><a href="?PAGE=with:block-9">up</a></p></div>', ""),
    ('<div class="block-elements"><p><a href="?page=with:block-13">first</a></p></div>' + _header(13), ""),
    (_header(14, "<header><h2>Inner</h2></header>") + PLAIN, ""),
    (_header(15) + _header(15) + PLAIN, ""),
    (_header(16) + '<div><div class="block-elements"><p>Deep</p></div></div>', ""),
    (_header(17) + '<div class="block-elements"><p>D</p><div class="block-elements"><p>E</p></div></div>', ""),
    (_header(18) + '<div class="block-elements"><blockquote class="twitter-tweet"><p>Loose</p></blockquote></div>', ""),
    (_header(19) + f'<div class="block-elements"><figure><figure>{TWEET}</figure><p>F</p></figure></div>', ""),
    (_header(20, IMAGE) + PLAIN, ""),
    (_header(21, '<span class="block-byline__name">Bo</span>') + PLAIN, ""),
    (_header(22) + '<div class="block-elements"><svg><a href="?page=with:block-22">s</a></svg><p>G</p></div>', ""),
    (_header(23) + "<!-- c --><div class='block-elements'><!-- c --><p>H<!-- c --></p></div>", ""),
    (_header(24) + '<div class="block-elements"><p>Summary</p></div>', ' class="block is-summary"'),
    (_header(25) + PLAIN, ' class="block-elements"'),
    (_header(26) + '<figure class="block-elements"><p>Root figure</p></figure>', ""),
    (_header(27) + '<div class="block-elements"><article id="block-inner"><p>I</p></article></div>', ""),
    (_header(28) + '<div class="block-elements"><p><time datetime="2024-05-03T09:00:00Z">9am</time> J</p></div>', ""),
    ("<header></header><div class='block-elements'></div>", ""),
    (
        _header(
            34,
            byline='<div><img alt="Avatar Alt"></div><div><img src="x.png"><span>Span Name</span><img alt="B"></div>',
        )
        + PLAIN,
        "",
    ),
    (_header(35, byline="") + PLAIN, ' class="block" data-block-contributor=" Ann  Bee "'),
    (
        _header(36, byline='<div><span hidden>Hid</span><img alt=""><span>Shown</span></div><p><span>Not</span></p>')
        + PLAIN,
        "",
    ),
    (
        _header(
            37, byline='<div><a href="/p">Profile</a><span>Linked</span></div><div><span><b>Bold</b> Name</span></div>'
        )
        + PLAIN,
        "",
    ),
    (
        _header(38, byline='<div><img alt="Same"></div><div><img alt="Same"></div>') + PLAIN,
        ' data-block-contributor="Attr"',
    ),
    ('<header><h2>No time</h2><a href="?page=with:block-39">39</a></header>' + PLAIN, ""),
    (_timed(40, '<time datetime="2024-05-03T03:45:00Z">4.45am BST</time><span>04.45 BST</span>') + PLAIN, ""),
    (
        _timed(41, '<time datetime="x">3h ago</time><span hidden>H</span><span><span>09.14</span> BST</span>') + PLAIN,
        "",
    ),
    (_timed(42, "<time><span>in time</span></time>", after="<span>beside</span>") + PLAIN, ""),
    (_timed(43, "<time>1h ago</time><b><span></span><span>11.05 BST</span></b>") + PLAIN, ""),
    ("\n <!-- c --> " + _header(44).replace("</div><h2>", "</div>\n  <h2>") + "\n" + PLAIN, ""),
    (_header(30, TWEET) + f"<div>{TWEET}</div>" + PLAIN, ""),
    (_header(31) + '<div class="block-elements"><p>K</p></div><p class="block-time">14.05</p>', ""),
    (_header(32) + '<div class="block-elements"><blockquote class="twitter-tweet x-y"><p>L</p></blockquote></div>', ""),
    (
        _header(33)
        + '<div class="block-elements"><figure><blockquote class="twitter-tweet block-share"></blockquote>'
        + "</figure></div>",
        "",
    ),
]
# Bodies of every shape `_open_body` reads itself (a plain paragraph, a figure) or hands to the walk, side by side.
BODIES = [
    "<p>  Plain\n  text\u00a0 here  </p><p>   </p><p></p><p>View more on twitter</p><p>Share</p><p>Read more</p>",
    '<p class="instagram-media">Insta</p><p data-component="click-to-view:twitter.com">Gate</p><p hidden>Hid</p>',
    "loose <b>bold</b> text<p>After run</p><!-- c --> <p>Two</p>\n <p><!-- c --></p><p>a<!-- c -->b</p>tail<br>end",
    "<span><p>In span</p></span><p>This Twitter post cannot be displayed in your browser. "
    '<a href="https://twitter.com/a/status/9">View original content on Twitter</a></p>'
    "<p>This Twitter post cannot be displayed in your browser.</p>",
    '<figure><img alt="A" src="/a.png"></figure><figure><img src="b.png"><span class="visually-hidden">Image '
    'caption, </span>Cap<figcaption>F</figcaption></figure><figure></figure><img alt="I" src="i.png"><p>End.</p>',
    "<div><p>Nested</p></div><ul><li>One</li></ul><h3>Sub</h3><blockquote><p>Quote</p></blockquote>"
    '<p><a href="/l">L</a></p>',
    # plain paragraphs before a run, an image or an embed blockquote (which give no line), and the lines after them
    "<p>A</p>loose text<div>X</div><p>B</p><p>C</p> run <b>two</b><blockquote><p>Q</p></blockquote><p>D</p>",
    "<p>  One\n</p><figure><img alt='F' src='f.png'></figure><p>Share</p><blockquote class='twitter-tweet'><p>T</p>"
    "<a href='https://twitter.com/a/status/5'>x</a></blockquote><p>View more on twitter</p><blockquote "
    "class='instagram-media' data-x='1'><p>I</p></blockquote><p></p><figure><img src='g.png'></figure><p>Last</p>",
    "<p>E</p><blockquote class='twitter-tweet'>Loose <a href='https://twitter.com/a'>quote</a></blockquote><p>F</p>",
]
READ_FROM = len(BLOCKS)  # the blocks from here on are all read by the scan
BLOCKS += [(_header(50 + i) + f'<div class="block-elements">{body}</div>', "") for i, body in enumerate(BODIES)]
BLOCKS.append((_header(60, byline='<div><img alt="First"><img alt="Second"></div>') + PLAIN, ""))
BLOCKS.append((_header(61, byline='<div><img src="x.png"><img alt="Second"><span> </span></div>') + PLAIN, ""))
# Titles and shown times whose lines squash makes (white space runs, newlines, no-break spaces), or empty.
BLOCKS.append((_header(63).replace("<h2>Title 63</h2>", "<h2>  Two  spaces\nhere </h2>") + PLAIN, ""))
BLOCKS.append((_timed(64, '<time datetime="x">4.45am\u00a0\tBST </time>') + PLAIN, ""))
BLOCKS.append((_timed(65, "<time>1h ago</time><span> </span><span>\n09.14  BST\n</span>") + PLAIN, ""))
BLOCKS.append((_header(66).replace("<h2>Title 66</h2>", "<h2> \n </h2>") + PLAIN, ""))
BLOCKS.append((_header(67, byline="<div><span> Jo\n  Roe </span></div>") + PLAIN, ""))
BLOCKS.append((_header(68, byline="<div><span>Jo</span></div><div><span> Jo </span></div>") + PLAIN, ""))
# CANONICAL_EMBED is a figure's: the attribute on another element is no stop.
BLOCKS.append(
    (_header(62) + '<div class="block-elements"><div data-canonical-url="https://x.com/a/status/3">M</div></div>', "")
)


def _page(blocks: list[tuple[str, str]], wrap: str = "div") -> str:
    articles = "".join(
        f'<article id="block-{n}"{attrs or " class=block"}>{inner}</article>' for n, (inner, attrs) in enumerate(blocks)
    )
    return (
        f'<!doctype html><html><head><link rel="canonical" href="{URL}"></head><body>'
        f"<{wrap} id='liveblog-body'>{articles}</{wrap}></body></html>"
    )


def _read(html: str) -> bool:
    """Whether `_scan_page` reads the page (else the queries do)."""
    tree = LexborHTMLParser(html)
    blocks = tree.css(guardian.BLOCK)
    return guardian._scan_page(tree, blocks, blocks, [block.attributes for block in blocks]) is not None


def _plain(html: str) -> bool:
    """Whether `_read_plain` reads the page (else `_scan_page` or the queries do)."""
    tree = LexborHTMLParser(html)
    blocks = tree.css(guardian.BLOCK)
    holding = guardian._holding(blocks)
    if tree.css_first(guardian.MICRODATA) is not None or holding is None or holding.nested:
        return False  # not asked
    classed, found = tree.css(guardian.CLASSED), tree.css(f".{guardian.BODY_CLASS}")
    attrs = [block.attributes for block in blocks]
    return guardian._read_plain(tree, blocks, attrs, holding, classed, found, URL) is not None


def _both(html: str, monkeypatch: pytest.MonkeyPatch) -> tuple[dict[str, object], dict[str, object]]:
    """The page's posts as it comes and by the queries alone; as it comes and by `_scan_page` (`_read_plain` giving
    up on every page) they are the same."""
    scanned = parse_page(html, url=URL, fetched_at=FETCHED, entities=False).to_dict()
    with monkeypatch.context() as m:
        m.setattr(guardian, "_read_plain", lambda *args, **kwargs: None)
        assert parse_page(html, url=URL, fetched_at=FETCHED, entities=False).to_dict() == scanned
        m.setattr(guardian, "_scan_page", lambda *args, **kwargs: None)
        queried = parse_page(html, url=URL, fetched_at=FETCHED, entities=False).to_dict()
    return scanned, queried


# The blocks above the scan reads (the rest send the page to the queries), and those of them `_read_plain` reads
# (the rest: a header of another shape, a figure in a figure, an empty figure, comments beside the header).
READ = {0, 1, 12, 18, 19, 20, 23, 24, 28, *range(30, 42), *range(READ_FROM, len(BLOCKS))}
READ_PLAIN = {0, 1, 12, 18, 24, 28, 31, 36, 45, 46, 47, 48, 50, 51, 52, 53, 56, 59, 62}


@pytest.mark.parametrize("index", range(len(BLOCKS)))
def test_each_block_beside_plain_ones_reads_as_the_queries_read_it(index: int, monkeypatch: pytest.MonkeyPatch) -> None:
    page = _page([BLOCKS[0], BLOCKS[index], BLOCKS[1]])
    scanned, queried = _both(page, monkeypatch)
    assert scanned == queried
    assert _read(page) == (index in READ)
    assert _plain(page) == (index in READ_PLAIN)
    assert READ_PLAIN <= READ


# Blocks of `_read_plain`'s shape holding what it cannot tell plain without the queries (an element of UNREAD_TAGS
# where it does not read, a class SCAN_STOPS names, a figure EMBED_QUOTES or CANONICAL_EMBED may tell otherwise, a
# child after the body), then ones it reads: each beside plain blocks.
QUOTE = '<blockquote class="{0}"><p>Q</p><a href="https://www.instagram.com/p/x/">q</a>{1}</blockquote>'
BODIES_NOT_PLAIN = [
    f"<figure>{QUOTE.format('twitter-tweet', '<iframe src=https://www.youtube.com/embed/x></iframe>')}</figure>",
    f"<figure>{QUOTE.format('twitter-tweet x', '')}</figure>",
    f"<figure>{QUOTE.format('Twitter-Tweet', '')}</figure>",
    f"<figure>{QUOTE.format('twitter-tweet', '')}<figcaption>c</figcaption></figure>",
    f"<figure> {QUOTE.format('twitter-tweet', '')}</figure>",
    f"<figure>{QUOTE.format('twitter-tweet', '<figure><img src=a.jpg></figure>')}</figure>",
    f'<figure data-canonical-url="https://twitter.com/a/status/2">{QUOTE.format("twitter-tweet", "")}</figure>',
    '<figure data-canonical-url="https://twitter.com/a/status/2"><img src="a.jpg"><figcaption>c</figcaption></figure>',
    "<p>x</p> text <span>s<footer>f</footer></span>",
    '<p>x</p><span><svg><a href="?page=with:block-1">s</a></svg></span>',
    "<div><header><h2>H</h2></header></div>",
    '<div><figure><img src="a.jpg"></figure></div>',
    "<div><aside>A</aside></div>",
    "<p>x <math><mi>y</mi></math></p>",
    "<ul><li><iframe src='https://www.youtube.com/embed/x'></iframe></li></ul>",
]
BODIES_PLAIN = [
    f"<figure>{QUOTE.format('instagram-media', '')}</figure>",
    f"<figure>{QUOTE.format('tiktok-embed', '')}</figure><p>After</p>",
    f"<p>A</p>\n<figure>{QUOTE.format('twitter-tweet', '<p><b>bold</b></p>')}</figure>\n<p>B</p>",
]
_AROUND = [
    (_header(70).replace("<h2>", '<h2 class="block-title">') + PLAIN, ""),
    (_header(71) + PLAIN + "<p>After the body</p>", ""),
    (_header(72) + PLAIN + "\n", ""),
    *((_header(73) + PLAIN.replace("div", tag), "") for tag in guardian.UNREAD_TAGS),
]


@pytest.mark.parametrize(
    ("inner", "plain"),
    [(_header(80) + f'<div class="block-elements">{body}</div>', False) for body in BODIES_NOT_PLAIN]
    + [(inner, False) for inner, _ in _AROUND]
    + [(_header(90) + f'<div class="block-elements">{body}</div>', True) for body in BODIES_PLAIN],
)
def test_plain_read_gives_up_where_it_cannot_tell_the_queries_find_nothing_else(
    inner: str, plain: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = _page([BLOCKS[0], (inner, ""), BLOCKS[1]])
    scanned, queried = _both(page, monkeypatch)
    assert scanned == queried
    assert _plain(page) == plain
    assert _plain(_page(BLOCKS[:2]))
    # a body of the page's shape outside the blocks: not where `_read_plain` reads
    outside = _page(BLOCKS[:2]).replace("</body>", '<div class="block-elements"><p>Aside</p></div></body>')
    assert not _plain(outside) and _read(outside)
    assert _both(outside, monkeypatch)[0] == _both(outside, monkeypatch)[1]


@pytest.mark.parametrize("wrap", ["div", "header", "footer", "aside", "figure"])
def test_blocks_under_an_element_the_selectors_name_read_as_the_queries_read_them(
    wrap: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    scanned, queried = _both(_page(BLOCKS[:2], wrap=wrap), monkeypatch)
    assert scanned == queried
    assert _plain(_page(BLOCKS[:2], wrap=wrap)) == (wrap == "div")


def test_quirks_mode_page_reads_as_the_queries_read_it(monkeypatch: pytest.MonkeyPatch) -> None:
    page = _page([BLOCKS[0], BLOCKS[11], BLOCKS[1]]).removeprefix("<!doctype html>")
    scanned, queried = _both(page, monkeypatch)
    assert scanned == queried
    plain = _page([BLOCKS[0], BLOCKS[1], (_header(90) + f'<div class="block-elements">{BODIES_PLAIN[0]}</div>', "")])
    plain = plain.removeprefix("<!doctype html>")  # classes then match in any case: the plain blocks still read
    assert _plain(plain)
    scanned, queried = _both(plain, monkeypatch)
    assert scanned == queried


def test_the_plain_dcr_block_and_the_benchmark_blocks_are_read_by_the_scan(monkeypatch: pytest.MonkeyPatch) -> None:
    make, url = FAMILIES["guardian"]
    for html in (_page(BLOCKS[:2]), make(1, 30)):
        assert _read(html) and _plain(html)
        tree = LexborHTMLParser(html)  # and its fixed reads told without their queries
        marks = guardian._marks(tree.css(guardian.PAGE_MARKS))
        assert marks is not None and not marks.nav and guardian._holding(tree.css(guardian.BLOCK)) is not None
        scanned, queried = _both(html, monkeypatch)
        assert scanned == queried and scanned["posts"]


def test_credit_split_is_the_lazy_credit_regex() -> None:
    """`clean.split_credit` gives what ``CAPTION_CREDIT.match`` gives, on captions built of credit words, colons and
    every kind of white space (a newline among them)."""
    import random

    words = ["Photograph", "Photo", "Photos", "Image", "Images", "Illustration", "Composite", "photograph", "s", ":",
             " ", "  ", "\u00a0", "\t", "\x1c", "\u2028", "\n", "x", "Count.", "PA/"]  # fmt: skip
    rng = random.Random(7)
    captions = ["", "Count at Sunderland. Photograph: Owen Humphreys/PA", "Photograph: PA", "Photographs:PA"]
    captions += ["".join(rng.choice(words) for _ in range(rng.randrange(1, 12))) for _ in range(30000)]
    for caption in captions:
        m = clean.CAPTION_CREDIT.match(caption)
        assert clean.split_credit(caption) == ((m.group("caption"), m.group("credit")) if m else None), repr(caption)


@pytest.mark.parametrize("doctype", ["<!doctype html>", ""])
def test_scan_stops_find_every_class_the_block_queries_name_but_the_read_ones(doctype: str) -> None:
    """SCAN_STOPS (its classes by substring) finds each class BLOCK_QUERIES names, in the case written or not (a
    quirks-mode page matches classes in any case), with other classes beside it; not the read ones alone."""
    named = sorted(guardian._NAMED_CLASSES - guardian._READ_CLASSES)
    assert "block-title" in named and "element-tweet" in named and "updated-time" in named
    cases = [[name, f"x {name.upper()}", f"{name.title()} y", f"{guardian.BODY_CLASS} {name}"] for name in named]
    markup = "".join(f'<p class="{case}">p</p>' for written in cases for case in written)
    tree = LexborHTMLParser(f"{doctype}<html><body>{markup}</body></html>")
    assert len({node.mem_id for node in tree.css(guardian.SCAN_STOPS)}) == sum(len(written) for written in cases)
    read = f'<div class="{guardian.BODY_CLASS}"><blockquote class="twitter-tweet">t</blockquote></div>'
    assert LexborHTMLParser(f"{doctype}<html><body>{read}</body></html>").css(guardian.SCAN_STOPS) == []


@pytest.mark.parametrize(
    "page",
    [
        _page(BLOCKS[:2]),
        _page([BLOCKS[0], BLOCKS[9]]),
        '<html><body><div itemprop="liveBlogUpdate" id="block-1"><p>Old</p></div><article id="block-2"></article>',
        '<html><body><div itemprop="articleBody" id="block-1"><p>Older</p></div></body></html>',
        '<html><body><span itemprop="x"></span><article id="block-3"><p>Any</p></article></body></html>',
    ],
)
def test_a_page_without_microdata_is_queried_for_the_dcr_block_alone(page: str) -> None:
    """BLOCK's parts but DCR_BLOCK (and SCAN_STOPS's but SCAN_STOPS_PLAIN) match only an element with an itemprop
    attribute: on a page without one they find nothing, with one the whole lists are queried."""
    assert guardian.BLOCK.startswith(guardian.DCR_BLOCK + ", ")
    assert all("[itemprop~=" in part for part in guardian.BLOCK.removeprefix(guardian.DCR_BLOCK + ", ").split(", "))
    assert f"{guardian.SCAN_STOPS_PLAIN}, {guardian.MICRODATA}" == guardian.SCAN_STOPS
    tree = LexborHTMLParser(page)
    microdata = tree.css_first(guardian.MICRODATA) is not None
    assert microdata == ("itemprop" in page)
    if not microdata:
        assert [n.mem_id for n in tree.css(guardian.BLOCK)] == [n.mem_id for n in tree.css(guardian.DCR_BLOCK)]
        assert tree.css(guardian.SCAN_STOPS) == tree.css(guardian.SCAN_STOPS_PLAIN)
    parsed = parse_page(page, url=URL, fetched_at=FETCHED, entities=False)
    assert [post.post_id for post in parsed.posts] == [
        n.attributes.get("id") for n in tree.css(guardian.BLOCK) if n.css_first("p") is not None
    ]


# Pages whose fixed reads (`guardian._marks`: microdata, rel links, navigation) are told from PAGE_MARKS, each
# with what the queries would find.
NAV_OLD = (
    '<div class="liveblog-navigation"><div class="liveblog-navigation__newer"><a class="liveblog-navigation__link'
    '--primary" href="/n">newer</a></div><div>2 of 5</div><div class="liveblog-navigation__older">'
    '<a class="liveblog-navigation__link--primary" href="/o#x">older</a></div></div>'
)
NAV_DCR = '<nav id="liveblog-navigation"><a href="/p"><span>Previous</span></a> 3 of 4 <a href="/q">Next</a></nav>'
MARKED = [
    "",
    '<link rel="next" href="/a#f"><link rel="prev" href="/b">',
    '<a rel="NEXT" href="/c">c</a><a rel=" prev\tnext " href="/d">d</a>',
    '<a rel="next">no href</a><area rel="next" href="/e"><link rel="next" href="/f">',
    '<svg><a rel="next" href="/g">g</a></svg><a rel="prev" href="">empty</a>',
    '<a rel="a\x0bnext" href="/h">h</a><a rel="next" href="/i">i</a>',
    '<a rel="\u212aext next" href="/j">j</a>',
    '<a rel="nextx prevy" href="/k">k</a><span itemprop="x"></span>',
    NAV_OLD,
    NAV_DCR,
    NAV_DCR.replace("liveblog-navigation", "LIVEBLOG-Navigation"),
    NAV_OLD.replace("liveblog-navigation", "LiveBlog-Navigation"),
    '<a data-link-name="older posts" href="/l">older</a><a data-link-name="Newer" href="/m">newer</a>',
    '<p data-link-name="older"><a href="/o">older</a></p><svg><a data-link-name="newer" href="/s">s</a></svg>',
    '<a rel="next" href="/n">n</a>' + NAV_OLD,
    '<p class="x liveblog-navigation-y" id="liveblog-navigation-z">not one</p>',
]


@pytest.mark.parametrize("doctype", ["<!doctype html>", ""])
@pytest.mark.parametrize("index", range(len(MARKED)))
def test_page_marks_tell_what_the_page_queries_find(index: int, doctype: str) -> None:
    tree = LexborHTMLParser(f"{doctype}<html><head></head><body>{MARKED[index]}{_page(BLOCKS[:1])}</body></html>")
    marks = guardian._marks(tree.css(guardian.PAGE_MARKS))
    assert (marks is None) == (index in (5, 6))  # a rel read otherwise than Lexbor: the queries are used
    if marks is not None:
        assert marks.microdata == (tree.css_first(guardian.MICRODATA) is not None)
        if not marks.nav:
            assert all(tree.css_first(s) is None for s in (guardian.NAV, guardian.OLDER_LINK, guardian.NEWER_LINK))
    assert guardian._page_info(tree, URL, marks) == guardian._page_info(tree, URL)


def _marks_read(marks: guardian._Marks | None) -> tuple[object, ...] | None:
    if marks is None:
        return None
    return marks.microdata, *(node.mem_id if node else None for node in (marks.next, marks.prev)), marks.nav


@pytest.mark.parametrize("doctype", ["<!doctype html>", ""])
def test_page_marks_read_their_class_part_from_the_classed_elements(doctype: str) -> None:
    """`_page_marks` tells what ``_marks`` of the whole PAGE_MARKS query tells, its class part read from CLASSED's
    elements (or queried past _CLASSED_MOST of them): on the marked pages, classes holding the word in any case or
    with a non-ASCII letter, and the stop and fixture pages."""
    many = "".join(f'<span class="c{i}">s</span>' for i in range(guardian._CLASSED_MOST + 1))
    odd = [
        '<p class="LIVEBLOG-NAVIGATION-x">p</p>',
        '<p class="l\u0130veblog-navigation">p</p>',
        '<p class="liveblog-navigation" data-link-name="x" rel="n\u00ebxt">p</p>',
        '<p id="x-liveblog-navigation" class="y">p</p>',
        '<b class="xLiveblog-Navigationy" rel="next" href="/z">b</b>',
    ]
    bodies = [*MARKED, *odd, *(many + extra for extra in (*MARKED, *odd))]  # fmt: skip
    pages = [f"{doctype}<html><body>{body}{_page(BLOCKS[:1])}</body></html>" for body in bodies]
    for html in pages + _stop_pages(doctype):
        tree = LexborHTMLParser(html)
        expected = _marks_read(guardian._marks(tree.css(guardian.PAGE_MARKS)))
        assert _marks_read(guardian._page_marks(tree, tree.css(guardian.CLASSED))) == expected, html[:200]


def test_tag_ids_tell_the_tags_the_walks_compare() -> None:
    """``node.tag_id == X_ID`` exactly when ``node.tag`` is X's name, on every node of the fixture pages and of
    tags Lexbor does not know (whose ids are made per document)."""
    from pathlib import Path

    names = {"-text": guardian.TEXT_ID, "-comment": guardian.COMMENT_ID, "p": guardian.P_ID, "a": guardian.A_ID,
             "figure": guardian.FIGURE_ID, "h2": guardian.H2_ID, "time": guardian.TIME_ID, "span": guardian.SPAN_ID,
             "img": guardian.IMG_ID, "div": guardian.DIV_ID, "header": guardian.HEADER_ID,
             "figcaption": clean._FIGCAPTION_ID, "blockquote": guardian.BLOCKQUOTE_ID,
             "iframe": {name: tag_id for tag_id, name in clean._EMBED_LINK_ATTRS.items()}["src"]}  # fmt: skip
    pages = [path.read_text(encoding="utf-8") for path in sorted(Path("fixtures").glob("*/*.html"))]
    pages.append("<x-p><p>t</p></x-p><svg><a><p-x></p-x></a></svg><math><mi>x</mi></math><!-- c --><P>U</P><iframe>")
    pages.append("<footer><aside><header><figure><x-footer></x-footer><svg><footer></footer></svg>")
    seen = set()
    for html in pages:
        for node in LexborHTMLParser(html).root.traverse(include_text=True):  # type: ignore[union-attr]
            tag, tag_id = node.tag, node.tag_id
            seen.add(tag)
            assert (tag in guardian.UNREAD_TAGS) == (tag_id in guardian._UNREAD_IDS), tag
            for name, named_id in names.items():
                assert (tag == name) == (tag_id == named_id), (tag, name)
    assert set(names) <= seen
    # clean's walks compare the same ids
    assert {guardian.A_ID: "href", guardian.BLOCKQUOTE_ID: "cite", names["iframe"]: "src"} == clean._EMBED_LINK_ATTRS
    assert (clean._TEXT_ID, clean._COMMENT_ID, clean._P_ID, clean._IMG_ID) == (
        guardian.TEXT_ID,
        guardian.COMMENT_ID,
        guardian.P_ID,
        guardian.IMG_ID,
    )


PINNED_PAGES = [
    '<div id="pinned-post"><div><article id="block-p1" class="block">{0}</article></div></div>',
    '<section data-gu-name="pinned-post"><article id="block-p2">{0}</article></section>',
    '<div data-gu-name="Pinned-Post"><article id="block-p3">{0}</article></div>',
    '<div id="pinned-post-x"><article id="block-p4">{0}</article></div>',
    '<div id="pinned-post"><div itemprop="liveBlogUpdate" id="block-p5">{0}</div></div>',
    '<article id="block-p6" data-gu-name="pinned-post">{0}<article id="block-p7">{0}</article></article>',
    '<div id="PINNED-POST"><article id="block-p8">{0}</article></div>',
]


@pytest.mark.parametrize("doctype", ["<!doctype html>", ""])
@pytest.mark.parametrize("index", range(len(PINNED_PAGES)))
def test_pinned_blocks_told_by_the_walk_up_are_the_ones_the_query_finds(index: int, doctype: str) -> None:
    inner = BLOCKS[0][0]
    html = f"{doctype}<html><body>{PINNED_PAGES[index].format(inner)}{_page(BLOCKS[:2])}</body></html>"
    tree = LexborHTMLParser(html)
    blocks = tree.css(guardian.BLOCK)
    holding = guardian._holding(blocks)
    assert (holding is None) == (index == 6)  # an id in another case: the query decides
    if holding is not None:
        assert holding.pinned == {node.mem_id for node in tree.css(guardian.PINNED_BLOCK)}
        assert holding.nested == (index == 5)
        assert set(holding.above) == {up.mem_id for block in blocks for up in _ancestors(block)}
        scanned = parse_page(html, url=URL, fetched_at=FETCHED, entities=False).to_dict()
        with pytest.MonkeyPatch.context() as m:
            m.setattr(guardian, "_holding", lambda *args, **kwargs: None)
            assert parse_page(html, url=URL, fetched_at=FETCHED, entities=False).to_dict() == scanned


def _ancestors(node: LexborNode) -> list[LexborNode]:
    out, up = [], node.parent
    while up is not None:
        out.append(up)
        up = up.parent
    return out


# Figures `guardian._plain_image` reads itself (the first ones) or leaves to `clean._image` (from PLAIN_READ on).
FIGURES = [
    '<figure><img src="https://i.guim.co.uk/a.jpg" alt=" Count  hall "><figcaption>Count. Photograph: PA</figcaption>'
    "</figure>",
    '<figure data-spacefinder-role="inline" class="x"><img src="/b.png" data-src="/c.png" width="5"></figure>',
    '<figure><img src="data:x" data-src=" /lazy.png " alt=""><figcaption></figcaption></figure>',
    "<figure><img><figcaption>Alt Image caption, The count\nhere</figcaption></figure>",
    '<figure><img src="" alt="A"><figcaption class="cap">Line\u00a0 two</figcaption></figure>',
    '<figure><img src="/{width}/a.png" data-widths="[240,976]"><figcaption>W</figcaption></figure>',
    '<figure hidden><img src="/h.png"><figcaption>H</figcaption></figure>',
    '<figure><img src="/h.png" class="visually-hidden"><figcaption>H</figcaption></figure>',
    '<figure><img src="/h.png"><figcaption aria-hidden="true">H</figcaption></figure>',
    '<figure><img src="/q.png"><figcaption class="Visually-Hidden">Q</figcaption></figure>',
    '<figure> <img src="/s.png"><figcaption>Space first</figcaption></figure>',
    '<figure><img src="/t.png"><figcaption>T</figcaption> </figure>',
    '<figure><img src="/u.png"><figcaption>U <b>bold</b></figcaption></figure>',
    '<figure><img src="/v.png"><figcaption><span class="visually-hidden">Image caption, </span>V</figcaption></figure>',
    '<figure><picture><img src="/p.png"></picture><figcaption>P</figcaption></figure>',
    '<figure><img src="/w.png"><p>after</p></figure>',
    '<figure><img src="/x.png"><!-- c --><figcaption>X</figcaption></figure>',
    "<figure></figure>",
]
PLAIN_READ = 6


@pytest.mark.parametrize("doctype", ["<!doctype html>", ""])
@pytest.mark.parametrize("index", range(len(FIGURES)))
def test_plain_figures_read_as_clean_reads_them(index: int, doctype: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from scraper.clean import _image

    figure = LexborHTMLParser(f"{doctype}<html><body>{FIGURES[index]}</body></html>").css_first("figure")
    assert figure is not None
    image = guardian._plain_image(figure, URL)
    assert (image is not None) == (index < PLAIN_READ)
    if image is not None:
        assert image == guardian._split_credit(_image(figure, URL))
        assert guardian._split_credit(image) is image  # split once: left as it is by the post
    page = _page([BLOCKS[0], (_header(70) + f'<div class="block-elements">{FIGURES[index]}<p>Y</p></div>', "")])
    scanned, _ = _both(page, monkeypatch)
    monkeypatch.setattr(guardian, "_plain_image", lambda *args: None)
    assert parse_page(page, url=URL, fetched_at=FETCHED, entities=False).to_dict() == scanned


# What the stops and the scan's other queries were written as: each part one walk of the page for Lexbor.
EMBED_QUOTES_LIST = "blockquote.twitter-tweet, blockquote.instagram-media, blockquote.tiktok-embed"


def _stop_pages(doctype: str) -> list[str]:
    from pathlib import Path

    named = sorted(guardian._NAMED_CLASSES - guardian._READ_CLASSES)
    classes = [c for name in named for c in (name, f"x {name.upper()}", f"{name.title()} y", f"block {name}")]
    classes += ["block", "block-elements", "twitter-tweet", "Block", "BLOCK-ELEMENTS", "Twitter-Tweet", "", "x y",
                "block-elementsx", "twitter-tweets", "instagram-media", "a-time", "rich-linky", "tweet"]  # fmt: skip
    marked = "".join(f'<p class="{c}">p</p>' for c in classes) + "<p class>bare</p>"
    many = "".join(f'<span class="c{i}">s</span>' for i in range(guardian._CLASSED_MOST + 1))
    pages = [_page([block]) for block in BLOCKS] + [_page(BLOCKS[:2]) + marked, _page(BLOCKS[:2]) + many + marked]
    pages += [path.read_text(encoding="utf-8") for path in sorted(Path("fixtures/guardian").glob("*.html"))]
    return [doctype + page.removeprefix("<!doctype html>") for page in pages]


@pytest.mark.parametrize("doctype", ["<!doctype html>", ""])
def test_known_attribute_names_change_no_query_and_no_node(doctype: str) -> None:
    """`clean.know_attributes` leaves every query of the page finding what it found, and the page as it was: on the
    stop and fixture pages, the marked pages and pages writing the names in other cases (or not at all)."""
    make, _url = FAMILIES["guardian"]
    named = [f'<p {name.upper()}="x">p</p><b {name}>b</b>' for name in guardian.ATTRIBUTE_NAMES]
    bodies = [*MARKED, "".join(named), '<p ItemProp="x" Data-Link-Name="y">p</p>']
    pages = _stop_pages(doctype) + [f"{doctype}<html><body>{body}{_page(BLOCKS[:2])}</body></html>" for body in bodies]
    selectors = (guardian.SITE_MARKERS, guardian.BLOCK, guardian.PINNED_BLOCK, guardian.PAGE_MARKS, guardian.SCAN_STOPS,
                 guardian.CLASSED, guardian.NAV, guardian.OLDER_LINK, guardian.NEWER_LINK, *guardian.BLOCK_QUERIES,
                 *(f"[{name}]" for name in guardian.ATTRIBUTE_NAMES))  # fmt: skip
    for html in [*pages, make(1, 20)]:
        tree = LexborHTMLParser(html)
        before = tree.html, [[node.mem_id for node in tree.css(selector)] for selector in selectors]
        clean.know_attributes(tree, guardian.ATTRIBUTE_NAMES)
        assert (tree.html, [[node.mem_id for node in tree.css(selector)] for selector in selectors]) == before


@pytest.mark.parametrize("doctype", ["<!doctype html>", ""])
def test_children_told_by_their_parents_are_the_ones_the_walk_up_places(
    doctype: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`_children_of` (each match told by its parent when every one is a child of a block of its own) gives what
    it gives with each placed by the walk up from it, for the bodies and the headers, on pages whose blocks
    are apart: the stop and fixture pages, blocks under each wrapper, bodies and headers outside or inside others."""
    make, _url = FAMILIES["guardian"]
    extra = ['<div class="block-elements">out</div>', "<header>out</header>",
             '<article id="block-9"><header><header>in</header></header><div class="block-elements">'
             '<div class="block-elements">in</div></div></article>',
             '<article id="block-8"><div class="block-elements">a</div><div class="block-elements">b</div>'
             "</article>"]  # fmt: skip
    wrapped = [_page(BLOCKS[:2], wrap=wrap).removeprefix("<!doctype html>") for wrap in ("div", "header", "aside")]
    pages = _stop_pages(doctype) + [doctype + page for page in wrapped]
    pages += [f"{doctype}<html><body>{_page(BLOCKS[:2])}{more}</body></html>" for more in extra] + [make(1, 20)]
    told = 0
    for html in pages:
        tree = LexborHTMLParser(html)
        holding = guardian._holding(tree.css(guardian.BLOCK))
        if holding is None or holding.nested:
            continue
        inside = {key: key for key in holding.block_ids} | dict.fromkeys(holding.above)
        for found in (tree.css(f".{guardian.BODY_CLASS}"), tree.tags(guardian.HEADER)):
            for stop_above in (False, True):
                args = (found, holding.block_ids, holding.above)
                fast = guardian._children_of(*args, dict(inside), stop_above=stop_above)
                with monkeypatch.context() as m:
                    m.setattr(guardian, "_children_by_parent", lambda *args: None)
                    walked = guardian._children_of(*args, dict(inside), stop_above=stop_above)
                assert (fast and {k: n.mem_id for k, n in fast.items()}) == (
                    walked and {k: n.mem_id for k, n in walked.items()}
                ), html[:300]
                told += guardian._children_by_parent(found, holding.block_ids) is not None
    assert told > 10


@pytest.mark.parametrize("doctype", ["<!doctype html>", ""])
def test_stops_are_what_the_stop_selectors_find(doctype: str) -> None:
    """`_stops` finds the elements SCAN_STOPS (SCAN_STOPS_PLAIN) finds, on pages of every stop, of every class the
    block queries name in any case (a quirks-mode page matches classes in any case), with more classed elements than
    it reads itself, and on the fixture pages; the header tag walk and EMBED_QUOTES find what their queries find."""
    for html in _stop_pages(doctype):
        tree = LexborHTMLParser(html)
        for microdata, selector in ((False, guardian.SCAN_STOPS_PLAIN), (True, guardian.SCAN_STOPS)):
            found = {node.mem_id for node in guardian._stops(tree, microdata=microdata)}
            assert found == {node.mem_id for node in tree.css(selector)}
        assert [node.mem_id for node in tree.tags(guardian.HEADER)] == [node.mem_id for node in tree.css("header")]
        quotes = [node.mem_id for node in tree.css(guardian.EMBED_QUOTES)]
        assert quotes == [node.mem_id for node in tree.css(EMBED_QUOTES_LIST)]


def test_a_class_lowered_to_a_stop_word_stops_the_scan(monkeypatch: pytest.MonkeyPatch) -> None:
    """A class whose non-ASCII letter ``lower`` turns into an ASCII one (KELVIN SIGN to "k") is no stop to Lexbor
    but is one to `_stops`: the page goes to the queries, which read it as the scan would."""
    block = (_header(80) + '<div class="block-elements"><p class="bloc\u212a-x">Kelvin</p></div>', "")
    page = _page([BLOCKS[0], block])
    assert LexborHTMLParser(page).css(guardian.SCAN_STOPS) == [] and not _read(page)
    scanned, queried = _both(page, monkeypatch)
    assert scanned == queried


def _gate_lines() -> list[str]:
    """Lines at and around every boilerplate start: each start as written, in other cases, cut short, run on, with
    non-ASCII letters that match ASCII ones under re.I (LONG S, KELVIN SIGN), and plain content."""
    starts = sorted({start for group in clean.BOILERPLATE_HEADS.values() for start in group})
    lines = ["The Reform UK have won.", "In the ward", "Thé BBC", "ſhare", "\u212aey points", "Key points", "Share",
             "Read more", "Summary", "View more on X", "Skip twitter post", "Skip Twitter post 2 by @bbcderby",
             "The BBC is not responsible for the content of external sites.", "Media caption", "Shares", "Sh",
             "This Twitter post cannot be displayed in your browser.", "Tö view", "x"]  # fmt: skip
    for start in starts:
        word = start.strip()
        lines += [word, word.upper(), word.title(), word[:-1], f"{word} more words", start + "twitter post",
                  word.replace("s", "ſ", 1), word.replace("k", "\u212a", 1)]  # fmt: skip
    return lines


def test_the_common_lines_have_the_kinds_the_patterns_give_them() -> None:
    """`classify_line` looks the commonest lines up in a table written out (so that no process compiles the one
    alternation at import): each has the kind its first matching pattern names, as the alternation gives it."""
    assert clean._COMMON_LINES
    for line, kind in clean._COMMON_LINES.items():
        assert next(k for k, p in clean.BOILERPLATE_PATTERNS.items() if p.match(line)) == kind, line
        m = clean._BOILERPLATE.match(line)
        assert m is not None and m.lastgroup == kind, line


def test_plain_paragraphs_keep_what_classify_line_keeps() -> None:
    """`_open_body` keeps exactly the lines `classify_line` finds no kind for, as the general walk does; and
    `classify_line`'s gate (BOILERPLATE_HEADS) gives each line the kind its first matching pattern names."""
    from html import escape

    lines = _gate_lines()
    for line in lines:
        expected = next((kind for kind, p in clean.BOILERPLATE_PATTERNS.items() if p.match(line)), None)
        assert clean.classify_line(line) == expected, line
    markup = "".join(f"<p>{escape(line)}</p>" for line in lines)
    walked = clean.html_body(LexborHTMLParser(f"<div>{markup}</div>").css_first("div"), URL)
    kept = [line for line in (clean.squash(line) for line in lines) if line and clean.classify_line(line) is None]
    assert walked.paragraphs == kept and len(kept) < len(lines)  # some were boilerplate
    for plain in (True, False):  # the texts only stripped (they hold nothing squash changes inside), or squashed
        pending = guardian._Pending([], [])
        root = LexborHTMLParser(f'<div class="block-elements">{markup}</div>').css_first("div")
        assert root is not None
        read = guardian._open_body(root, [], URL, pending)
        assert guardian._plain_text("\x1f".join(text for texts in pending.texts for text in texts))
        for paragraphs, texts in zip(pending.paragraphs, pending.texts, strict=True):
            guardian._add_plain(texts, paragraphs, plain=plain)
        assert read.paragraphs == kept


@pytest.mark.parametrize(
    "text",
    ["a", " a ", "a b", "a  b", "a\nb", "a\tb", "a\rb", "a\fb", "a\vb", "a\u00a0b", "\u2003a\u2003b\x1c", "a \n b"],
)
def test_a_text_told_plain_squashes_to_itself_stripped(text: str) -> None:
    """`_plain_text`: a text it passes is squashed (as a paragraph's text) by stripping it alone; one holding a
    newline, a double space or white space `squash` collapses is not passed."""
    assert guardian._plain_text(text) == (text in ("a", " a ", "a b", "\u2003a\u2003b\x1c"))
    if guardian._plain_text(text):
        assert clean.squash(text.replace("\n", " ")) == text.strip()


def test_posts_are_made_with_the_fields_in_their_order() -> None:
    """`guardian._make_post` gives `Post` its fields by position, in the order POST_FIELDS names."""
    from dataclasses import fields

    from scraper.models import Post

    assert tuple(field.name for field in fields(Post)) == guardian.POST_FIELDS


def test_permalink_addresses_are_what_join_url_gives() -> None:
    """`guardian._permalink_url` gives `join_url`'s address for every page address and permalink mixing the parts
    that decide it (query, fragment, empty ones, tab/CR/LF, a path going on, relative links)."""
    pages = [URL, f"{URL}?x=1", f"{URL}#top", "http://[x/live", "https://www.theguardian.com", "/live/x", "", None,
             "https://www.theguardian.com/a;b/live", "https://h/\u00e9t\u00e9"]  # fmt: skip
    tails = ["", "?", "#", "?#", "?page=with:block-1", "?page=with:block-1#", "?page=with:block-1#block-1", "#b",
             "?a\tb", "#a\nb", "?a#b\r", "/more?page=with:block-2", "x?q", "??q", "##", "?q#f#g", "?#f", "#?",
             "?x#", "?x##", "[x]", ";p"]  # fmt: skip
    for page in pages:
        base = guardian._plain_base(page)
        for tail in tails:
            for href in {(page or "") + tail, tail, f"https://other.example/{tail}"}:
                assert guardian._permalink_url(base, page, href) == clean.join_url(page, href), (page, href)
    assert guardian._plain_base(URL) == URL and guardian._plain_base(f"{URL}?x=1") is None


def test_an_attribute_read_alone_is_the_one_the_attributes_hold() -> None:
    """`_header_parts` reads ``href`` and ``datetime`` by ``attrs.get`` (a name in any ASCII case): on every element
    of the fixture pages and of names written in other cases, twice, namespaced or foreign, it gives what
    ``attributes`` holds."""
    from pathlib import Path

    odd = ('<a HREF="/u" href="/l">u</a><time DateTime="d1" datetime="d2">t</time><svg><a xlink:href="/x" href="/h">'
           '<time datetime="s">s</time></a></svg><math><mi href="/m">m</mi></math><a href>e</a><a>n</a>')  # fmt: skip
    pages = [path.read_text(encoding="utf-8") for path in sorted(Path("fixtures").glob("*/*.html"))] + [odd]
    for html in pages:
        for node in LexborHTMLParser(html).root.traverse():  # type: ignore[union-attr]
            if not node.is_element_node:  # a comment (a Wayback copy's "END WAYBACK TOOLBAR INSERT") has no attributes
                continue
            for name in ("href", "datetime"):
                assert node.attrs.get(name) == node.attributes.get(name), (node.tag, name)


def test_texts_told_each_its_line_are_what_add_plain_keeps() -> None:
    """`_each_its_line`: texts (each plain, `_plain_text`) it passes are every one kept by `_add_plain` as it is; on
    texts built of boilerplate starts in every case, cut short or run on, white space of every kind at either end,
    non-ASCII letters re.I matches to ASCII ones, "\\x1f" inside a text, and empty ones."""
    import random

    starts = sorted({start for group in clean.BOILERPLATE_HEADS.values() for start in group})
    pieces = [*starts, *(s.upper() for s in starts), *(s.title() for s in starts), *(s[:-2] for s in starts),
              "The Reform UK", "In the ward", "x", "ſhare", "\u212aey points", "Thé", " ", "\u2003", "\x1c", "\x1f",
              "\u00e9", "twitter post", "more", ".", "Warn\u0131ng: third party content may contain adverts",
              ":"]  # fmt: skip
    rng = random.Random(11)
    passed = 0
    for _ in range(20000):
        texts = ["".join(rng.choice(pieces) for _ in range(rng.randrange(0, 4))) for _ in range(rng.randrange(1, 4))]
        joined = "\x1f".join(texts)
        if not guardian._plain_text(joined) or not guardian._each_its_line(joined):
            continue
        kept: list[str] = []
        guardian._add_plain(texts, kept, plain=True)
        assert kept == texts, texts
        passed += 1
    assert 1000 < passed < 15000  # both ways taken
    assert guardian._each_its_line("The Reform UK won.\x1fIn the ward") and not guardian._each_its_line("Share\x1fx")


# A plain DCR header with a place between any two of its nodes (and texts) to fill: `_plain_header` must read each
# variant as `_header_parts` does, or leave it to it.
PLAIN_HEADER = (
    "<header>{}<div>{}<a href={}>{}<time datetime=' 2024-05-03T09:14:00.000Z '>{}</time>{}<span>{}</span>{}</a>{}"
    "</div>{}<h2>{}</h2>{}{}{}</header>"
)
BYLINE_ROW = "<div>{}<img src='a.png' alt='Jo'>{}<span>{}</span>{}</div>"
GAPS = ["", " ", "<!-- c -->", "<b>x</b>", "<span>y</span>", "<a href='/p'>z</a>", "<h2>H</h2>", "<time>4.45</time>",
        "<div><span>Al</span></div>", "<p><img alt='P'><span>Pa</span></p>"]  # fmt: skip
TEXTS = ["1h ago", "09.14 BST", "", " ", " Jo\n Roe ", "<b>In</b>", "a<!-- c -->b", "<!-- c -->", "3h AGO"]
HREFS = [f"'{URL}?page=with:block-1#block-1'", "'?page=with:block-1'", "'?PAGE=with:block-1'", "'/other'"]


def _plain_header_variants() -> list[str]:
    import random

    def header(gaps: list[str], texts: list[str], byline: bool, href: str) -> str:
        row = BYLINE_ROW.format(gaps[10], gaps[11], texts[3], gaps[12]) if byline else ""
        return PLAIN_HEADER.format(*gaps[:2], href, gaps[2], texts[0], gaps[3], texts[1], *gaps[4:7], texts[2],
                                   gaps[7], row, gaps[13])  # fmt: skip

    clean, plain = [""] * 14, ["1h ago", "09.14 BST", "T", "Jo"]
    variants = []
    for byline in (True, False):  # each one change
        variants += [header(clean, plain, byline, href) for href in HREFS]
        variants += [
            header(clean[:i] + [gap] + clean[i + 1 :], plain, byline, HREFS[0]) for i in range(14) for gap in GAPS
        ]
        variants += [
            header(clean, plain[:i] + [text] + plain[i + 1 :], byline, HREFS[0]) for i in range(4) for text in TEXTS
        ]
    rng = random.Random(7)
    for _ in range(1500):
        gaps = [rng.choice(GAPS) if rng.random() < 0.05 else "" for _ in range(14)]
        texts = [rng.choice(TEXTS) if rng.random() < 0.1 else plain for plain in ("1h ago", "09.14 BST", "T", "Jo")]
        byline = "" if rng.random() < 0.3 else BYLINE_ROW.format(gaps[10], gaps[11], texts[3], gaps[12])
        href = HREFS[0] if rng.random() < 0.8 else rng.choice(HREFS)
        variants.append(PLAIN_HEADER.format(*gaps[:2], href, gaps[2], texts[0], gaps[3], texts[1], *gaps[4:7],
                                            texts[2], gaps[7], byline, gaps[13]))  # fmt: skip
    return variants


def test_plain_headers_read_by_their_shape_as_the_walk_reads_them() -> None:
    make, _ = FAMILIES["guardian"]
    pages = [make(1, 200), _page(BLOCKS)]
    pages += [_page([(header + PLAIN, attrs)]) for header in _plain_header_variants()
              for attrs in ("", ' data-block-contributor=" Ann  Bee "')]  # fmt: skip
    read = 0
    for html in pages:
        tree = LexborHTMLParser(html)
        for block in tree.css(guardian.DCR_BLOCK):
            header = block.child
            while header is not None and header.tag != "header":
                header = header.next
            if header is None:
                continue
            attrs = block.attributes
            shaped = guardian._plain_header(header, attrs)
            if shaped is not None:
                read += 1
                assert shaped == guardian._header_parts(block, attrs, header), header.html
    assert read > 500  # and the rest by the walk
    plain = _page([(_header(1) + PLAIN, ""), (_header(2, byline="") + PLAIN, "")])
    tree = LexborHTMLParser(plain)
    assert all(guardian._plain_header(block.css_first("header"), {}) for block in tree.css(guardian.DCR_BLOCK))


def test_plain_text_tells_what_the_substring_checks_tell() -> None:
    """`guardian._plain_text` (two spaces looked for by a regex) is the ``in`` checks it stands for."""
    import random

    pieces = ["a", " ", "  ", "\n", "\t", "\r", "\f", "\v", "\u00a0", "\x1f", "é", "\u2003", "b c"]
    rng = random.Random(5)
    texts = ["", " ", "  ", "a  b", "a b", *("".join(rng.choices(pieces, k=rng.randrange(1, 9))) for _ in range(5000))]
    for text in texts:
        expected = not any(piece in text for piece in ("\n", "  ", "\t", "\r", "\f", "\v", "\u00a0"))
        assert guardian._plain_text(text) == expected, repr(text)


# DCR's newer time row: ``a > span > (gu-island >) time`` (DateTime, RelativeTime islands), the clock in the span
# after it; and a time whose text is a date ("2 May 2024", shown for older blocks), not a clock.
NEW_TIME_ROWS = [
    '<span><gu-island name="RelativeTime" priority="enhancement" deferuntil="visible">'
    '<time datetime="2024-05-03T07:10:00.000Z">1h ago</time></gu-island></span><span>08.10 BST</span>',
    '<span><time datetime="2024-05-02T13:05:00.000Z" data-locale="en-GB">2 May 2024</time></span>'
    "<span>14.05 BST</span>",
    '<time datetime="2024-05-02T13:05:00.000Z">2 May 2024</time><span>14.05 BST</span>',
]


@pytest.mark.parametrize("row", NEW_TIME_ROWS)
def test_the_newer_time_rows_show_the_clock_beside_the_time_by_scan_and_queries(
    row: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = _page([BLOCKS[0], (_timed(70, row) + PLAIN, ""), BLOCKS[1]])
    scanned, queried = _both(page, monkeypatch)
    assert scanned == queried
    assert _read(page)
    shown = scanned["posts"][1]["published_text"]  # type: ignore[index]
    assert shown == ("08.10 BST" if "RelativeTime" in row else "14.05 BST")
