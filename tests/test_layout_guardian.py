"""The Guardian live-blog adapter: detection, blocks, times, bodies, pinned copies, pagination."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from scraper import parse as parse_page
from scraper.errors import ParseError
from scraper.layouts import guardian, jsonld
from scraper.models import Embed, Page
from scraper.parse import detect
from scraper.source import Source
from scraper.times import LONDON, parse_time

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
DCR = FIXTURES / "guardian" / "dcr-local-elections-2024.html"
OLD = FIXTURES / "guardian" / "old-frontend-general-election-2017.html"
TRUNCATED = FIXTURES / "guardian" / "broken" / "truncated-dcr.html"
NO_BLOCKS = FIXTURES / "guardian" / "broken" / "no-blocks.html"
DCR_URL = (
    "https://www.theguardian.com/politics/live/2024/may/03/"
    "local-elections-2024-results-live-blackwater-south-by-election"
)
FETCHED = datetime(2024, 5, 3, 6, 30, tzinfo=UTC)


def _parse(path: Path, url: str | None = DCR_URL) -> Page:
    return parse_page(path.read_bytes(), url=url, fetched_at=FETCHED, entities=False)


def _src(path: Path, url: str | None = None) -> Source:
    return Source(path.read_text(encoding="utf-8"), url=url)


def _page(blocks: str, head: str = "") -> str:
    return f"<html><head>{head}</head><body><h1>Results – live</h1>{blocks}</body></html>"


def _block(block_id: str, inner: str, cls: str = "block") -> str:
    return f'<article id="{block_id}" class="{cls}">{inner}</article>'


# --- detection ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("path", [DCR, OLD, TRUNCATED])
def test_guardian_pages_are_detected_by_their_markers_without_an_address(path: Path) -> None:
    assert detect(_src(path)) == "guardian"


def test_a_guardian_live_address_with_no_blocks_is_guardian_and_a_parse_error() -> None:
    src = _src(NO_BLOCKS, url=DCR_URL)
    assert guardian.detect(src)
    with pytest.raises(ParseError, match=r"no blocks \(looked for article\[id\^=\"block-\"\]"):
        _parse(NO_BLOCKS)


def test_guardian_page_carrying_json_ld_goes_to_guardian_not_jsonld() -> None:
    src = _src(DCR, url=DCR_URL)
    assert jsonld.detect(src)  # the page does carry a LiveBlogPosting …
    assert detect(src) == "guardian"  # … but the specific family is asked first


@pytest.mark.parametrize(
    "path",
    sorted((FIXTURES / "jsonld").glob("*.html")),
    ids=lambda p: p.name,
)
def test_other_publishers_live_pages_are_not_guardian(path: Path) -> None:
    assert not guardian.detect(_src(path, url="https://www.example.co.uk/live/1"))


def test_blocks_on_a_page_that_is_not_the_guardian_are_not_guardian() -> None:
    html = _page(_block("block-1", "<header><h2>A</h2></header><p>Text</p>"))
    assert not guardian.detect(Source(html, url="https://www.example.com/live/results"))
    assert guardian.detect(Source(html, url="https://www.theguardian.com/politics/2024/may/03/results"))


def test_a_guardian_article_that_is_not_live_is_not_guardian() -> None:
    html = _page("<p>An ordinary article.</p>", head='<meta property="og:site_name" content="the Guardian">')
    assert not guardian.detect(Source(html, url="https://www.theguardian.com/politics/2024/may/03/analysis"))


# --- posts ---------------------------------------------------------------------------------------------


def test_post_ids_are_the_block_ids_and_do_not_depend_on_the_page_address() -> None:
    first = [p.post_id for p in _parse(DCR).posts]
    again = [p.post_id for p in _parse(DCR, url=DCR_URL + "?page=with:block-6634401a8f08e4a1b2c3d4d0").posts]
    assert first == again
    assert all(pid.startswith("block-") for pid in first)
    assert len(set(first)) == len(first)


def test_the_pinned_copy_does_not_duplicate_its_post() -> None:
    page = _parse(DCR)
    welcome = [p for p in page.posts if p.title == "Welcome to our local elections results coverage"]
    assert [p.post_id for p in welcome] == ["block-6633ff018f08e4a1b2c3d4c1"]
    assert welcome[0] is page.posts[-1]  # at the original's place, not the pinned copy's (top)
    assert welcome[0].published_at == datetime(2024, 5, 2, 21, 5, tzinfo=UTC)


def test_a_pinned_copy_that_kept_its_id_is_still_one_post_in_its_own_place() -> None:
    inner = '<header><time datetime="2024-05-02T21:05:00Z"></time><h2>Welcome</h2></header><p>Polls have closed.</p>'
    later = '<header><time datetime="2024-05-03T01:00:00Z"></time><h2>Later</h2></header><p>A result.</p>'
    html = _page(
        f'<div id="pinned-post">{_block("block-a", inner)}</div>{_block("block-b", later)}{_block("block-a", inner)}'
    )
    page = guardian.parse(Source(html, url=DCR_URL))
    assert [p.post_id for p in page.posts] == ["block-b", "block-a"]


def test_a_block_id_seen_twice_is_one_post_at_its_first_place() -> None:
    first = '<header><time datetime="2024-05-02T21:05:00Z"></time><h2>First</h2></header><p>One.</p>'
    again = '<header><time datetime="2024-05-02T21:06:00Z"></time><h2>Again</h2></header><p>Two.</p>'
    later = '<header><time datetime="2024-05-03T01:00:00Z"></time><h2>Later</h2></header><p>A result.</p>'
    html = _page(_block("block-a", first) + _block("block-b", later) + _block("block-a", again))
    page = guardian.parse(Source(html, url=DCR_URL))
    assert [(p.post_id, p.title) for p in page.posts] == [("block-a", "First"), ("block-b", "Later")]


def test_title_author_and_permalink_come_from_the_block_header() -> None:
    post = _parse(DCR).posts[0]
    assert post.title == "Labour gain Blackwater South"
    assert post.author == "Andrew Sparrow"
    assert post.role is None
    assert post.url == f"{DCR_URL}?page=with:block-66345c1f8f08e4a1b2c3d4e5#block-66345c1f8f08e4a1b2c3d4e5"


def test_a_block_without_h2_has_no_title_and_several_contributors_are_joined() -> None:
    posts = {p.post_id: p for p in _parse(DCR).posts}
    assert posts["block-6634575b8f08e4a1b2c3d4e2"].title is None
    # the second contributor has only an avatar: its alt text names them
    assert posts["block-663453f08f08e4a1b2c3d4de"].author == "Andrew Sparrow and Rachel Hall"
    assert posts["block-66344f2a8f08e4a1b2c3d4d9"].author is None


def test_old_frontend_blocks_summary_and_key_events() -> None:
    page = _parse(OLD, url="https://www.theguardian.com/politics/live/2017/jun/09/general-election-2017")
    assert [p.post_id for p in page.posts] == [
        "block-5939f0a7e4b0b7e9a1c2d39c",
        "block-5939e8b4e4b0b7e9a1c2d377",
        "block-5939e5f0e4b0b7e9a1c2d365",
    ]
    key_event = page.posts[0]
    assert key_event.kind == "post"
    assert key_event.author == "Andrew Sparrow"
    assert key_event.updated_at == datetime(2017, 6, 9, 7, 41, 55, tzinfo=UTC)
    assert [s.post_id for s in page.summary] == ["block-5939f51ee4b0b7e9a1c2d3a8"]
    assert page.summary[0].kind == "summary"
    assert "Since you're here" not in " ".join(p.body_text for p in page.posts + page.summary)  # epic, no id


# --- times ---------------------------------------------------------------------------------------------


def test_iso_datetime_wins_over_the_shown_clock() -> None:
    header = (
        '<header><div><a href="https://www.theguardian.com/x?page=with:block-1#block-1">'
        '<time datetime="2024-05-03T03:12:41.000Z">3h ago</time><span>09.00 BST</span></a></div></header>'
    )
    post = guardian.parse(Source(_page(_block("block-1", header + "<p>Body</p>")), url=DCR_URL)).posts[0]
    assert post.published_at == datetime(2024, 5, 3, 3, 12, 41, tzinfo=UTC)
    assert post.published_text == "09.00 BST"


@pytest.mark.parametrize("path", [DCR, OLD, TRUNCATED])
def test_shown_bst_and_gmt_clocks_agree_with_the_machine_time(path: Path) -> None:
    posts = [p for p in _parse(path).posts if p.published_at is not None]
    assert posts
    for post in posts:
        local_day = post.published_at.astimezone(LONDON).date()  # type: ignore[union-attr]
        shown = parse_time(post.published_text, default_date=local_day)
        assert shown == post.published_at.replace(second=0), post.post_id  # type: ignore[union-attr]
    zones = {p.published_text.split()[-1] for p in posts if p.published_text}
    assert zones <= {"BST", "GMT"}


def test_a_block_with_an_invalid_or_missing_datetime_keeps_its_shown_time_and_no_instant() -> None:
    page = _parse(TRUNCATED)
    posts = {p.post_id: p for p in page.posts}
    invalid = posts["block-65cebd4e8f08d0c4e1f2a3a0"]  # datetime="Invalid Date"
    assert (invalid.published_at, invalid.published_text) == (None, "01.40 GMT")
    missing = posts["block-65ceb7718f08d0c4e1f2a39a"]  # no <time> at all
    assert (missing.published_at, missing.published_text) == (None, "01.15 GMT")


def test_a_cut_off_block_is_skipped_with_a_warning() -> None:
    page = _parse(TRUNCATED)
    assert "block-65ceb2f08f08d0c4e1f2a391" not in [p.post_id for p in page.posts]
    assert page.warnings == ["block-65ceb2f08f08d0c4e1f2a391: block has neither title nor body (cut off?); skipped"]


# --- bodies --------------------------------------------------------------------------------------------

CHROME = ("Share", "Updated at", "Photograph", "Newest", "Oldest", "Show more", "Andrew Sparrow", "BST", "3h ago")


@pytest.mark.parametrize("path", [DCR, OLD, TRUNCATED])
def test_bodies_hold_no_header_footer_share_or_caption_text(path: Path) -> None:
    page = _parse(path)
    for post in page.posts + page.summary:
        assert post.body_text
        for chrome in CHROME:
            assert chrome not in post.body_text, (post.post_id, chrome)
        if post.title:
            assert not post.body_text.startswith(post.title)


def test_result_lines_split_at_line_breaks() -> None:
    post = _parse(TRUNCATED).posts[0]
    assert post.body_text.splitlines()[1:3] == ["Gen Kitchen (Labour) 13,844", "Helen Harrison (Conservative) 7,408"]


def test_tweets_and_youtube_become_embeds_with_their_urls() -> None:
    posts = {p.post_id: p for p in _parse(DCR).posts}
    tweet = posts["block-6634575b8f08e4a1b2c3d4e2"]
    assert [(e.kind, e.url) for e in tweet.embeds] == [
        ("twitter", "https://twitter.com/Keir_Starmer/status/1786222333444555666")  # share tracking dropped
    ]
    assert "seismic win" not in tweet.body_text
    assert tweet.images == []  # the tweet's <figure> is not an image
    video = posts["block-66344f2a8f08e4a1b2c3d4d9"]
    assert [e.kind for e in video.embeds] == ["youtube"]
    old = _parse(OLD).posts
    assert [e.url for e in old[0].embeds] == ["https://twitter.com/KensingtonLab/status/873106464718561280"]
    # the old frontend names the video on its figure: the watch address, not the player's
    assert [(e.kind, e.url) for e in old[2].embeds] == [("youtube", "https://www.youtube.com/watch?v=AbCdEfGhIjK")]
    assert old[2].body_text.count("\n") == 0  # the video caption is not body text


def test_figures_become_images_with_the_credit_split_from_the_caption() -> None:
    image = _parse(DCR).posts[0].images[0]
    assert image.alt == "Catherine Webb celebrates with supporters at the count in Blackwater"
    assert image.caption == "Catherine Webb celebrates at the count in Blackwater."
    assert image.credit == "Photograph: Peter Byrne/PA"


def test_rich_link_promos_are_links_not_body_text() -> None:
    post = {p.post_id: p for p in _parse(DCR).posts}["block-6634575b8f08e4a1b2c3d4e2"]
    assert "what to look out for" not in post.body_text
    assert [lk.url for lk in post.links] == [
        "https://www.theguardian.com/politics/2024/may/02/local-elections-2024-what-to-look-out-for"
    ]


def _dcr_block(block_id: str, elements: str) -> str:
    header = (
        f'<header><div><a href="{DCR_URL}?page=with:{block_id}#{block_id}"><time datetime="2024-05-03T02:10:00Z">'
        "3h ago</time><span>03.10 BST</span></a></div><h2>Count latest</h2></header>"
    )
    return _block(block_id, f'{header}<div class="block-elements">{elements}</div>')


@pytest.mark.parametrize(
    ("card", "text"),
    [
        # the card's link holds its headline
        ('<a href="https://www.theguardian.com/p/one"><div><span>Related: </span>Who runs the county now</div></a>',
         "Related: Who runs the county now"),
        # an empty link laid over the card, its headline given by aria-label (and a thumbnail beside it)
        ('<a href="https://www.theguardian.com/p/one" aria-label="Who runs the county now"></a>'
         '<div><h4>Who runs the county now</h4><img src="https://i.guim.co.uk/img/media/x/140.jpg" alt=""></div>',
         "Who runs the county now"),
    ],
)  # fmt: skip
def test_a_rich_link_in_a_dcr_figure_is_a_link_not_body_image_or_embed(card: str, text: str) -> None:
    figure = (
        '<figure id="f1" data-spacefinder-role="richLink" data-spacefinder-type="RichLinkBlockElement">'
        f'<div data-link-name="rich-link-1 | 1" data-component="rich-link">{card}</div></figure>'
    )
    block = _dcr_block("block-7a1", f"<p>The first ward has declared.</p>{figure}<p>Turnout was low.</p>")
    (post,) = parse_page(_page(block), url=DCR_URL, fetched_at=FETCHED, entities=False).posts
    assert post.body_text == "The first ward has declared.\nTurnout was low."
    assert [(lk.text, lk.url) for lk in post.links] == [(text, "https://www.theguardian.com/p/one")]
    assert post.embeds == [] and post.images == []


# --- page ----------------------------------------------------------------------------------------------


def test_dcr_pagination_older_is_next_newer_is_prev_absolute_without_fragment() -> None:
    page = _parse(DCR, url=DCR_URL + "?page=with:block-66345c1f8f08e4a1b2c3d4e5")
    assert (page.page.number, page.page.total) == (2, 5)
    assert page.page.next_url == DCR_URL + "?page=with:block-663412ee8f08e4a1b2c3d4a7"
    assert page.page.prev_url == DCR_URL + "?page=with:block-663461d08f08e4a1b2c3d4f3"


def test_old_frontend_pagination_from_rel_next_and_the_older_link() -> None:
    base = "https://www.theguardian.com/politics/live/2017/jun/09/general-election-2017-results-live-may-corbyn-hung-parliament"
    page = _parse(OLD, url=base)
    assert (page.page.number, page.page.total) == (1, 14)
    assert page.page.next_url == base + "?page=with:block-5939e1c3e4b0b7e9a1c2d301"
    assert page.page.prev_url is None
    without_rel = OLD.read_text(encoding="utf-8").replace('<link rel="next"', '<link rel="alternate"')
    page = guardian.parse(Source(without_rel, url=base))
    assert page.page.next_url == base + "?page=with:block-5939e1c3e4b0b7e9a1c2d301"


def test_page_title_is_the_h1_and_url_falls_back_to_canonical() -> None:
    page = guardian.parse(_src(DCR))
    assert page.title == "Local elections 2024: Labour wins Blackwater South by-election as Tories lose councils – live"
    assert page.url == DCR_URL
    assert page.posts[0].url is not None and page.posts[0].url.startswith(DCR_URL + "?page=with:block-")


def test_header_rows_give_the_byline_span_else_the_avatar_alt_and_skip_the_time_row() -> None:
    header = (
        '<header><div><a href="?page=with:block-1#block-1"><time datetime="2024-05-03T01:00:00Z">1h ago</time>'
        '<span>02.00 BST</span><img alt="Not a name"></a></div><h2>Count</h2>'
        '<div><img alt="Avatar Alt"></div><div><img src="x.png"><span>Span Name</span><img alt="Other"></div></header>'
    )
    html = _page(_block("block-1", header + "<p>Labour hold Sinfin.</p>"))
    post = parse_page(html, url=DCR_URL, fetched_at=FETCHED, entities=False).posts[0]
    assert (post.author, post.published_text) == ("Avatar Alt and Span Name", "02.00 BST")


EMBED_FIGURES = (
    '<html><head><link rel="canonical" href="https://www.theguardian.com/politics/live/2024/may/03/x"></head><body>'
    '<article id="block-1" class="block"><header><div><a href="?page=with:block-1#block-1">'
    '<time datetime="2024-05-03T08:14:00.000Z">1h ago</time><span>09.14 BST</span></a></div><h2>Tweets</h2>'
    '<div><img alt="Jo Roe"><span>Jo Roe</span></div></header><div class="block-elements"><p>Before.</p>'
    '<figure><blockquote class="twitter-tweet"><p>Hi</p><a href="https://twitter.com/a/status/1">May 3</a>'
    '</blockquote></figure>text <b>between</b><figure class="element-tweet">loose <i>inline</i>'
    '<figure><iframe src="https://www.youtube.com/embed/x"></iframe></figure></figure><p>After.</p></div></article>'
    '<article id="block-2" class="block"><figure class="block-elements"><blockquote class="twitter-tweet">'
    '<a href="https://twitter.com/b/status/2">t</a></blockquote><p>Root figure.</p></figure></article>'
    "</body></html>"
)


def test_embed_figures_opened_in_place_read_as_on_a_copy(monkeypatch: pytest.MonkeyPatch) -> None:
    """A body whose only change is opening embed figures is unwrapped in place (read after the rest of its
    block); the posts are what the copy gives (the copy is taken when posts are not bucketed)."""
    in_place = parse_page(EMBED_FIGURES, fetched_at=FETCHED, entities=False).to_dict()
    monkeypatch.setattr(guardian.PageQueries, "bucketed", property(lambda self: False))
    copied = parse_page(EMBED_FIGURES, fetched_at=FETCHED, entities=False).to_dict()
    assert in_place == copied
    first = in_place["posts"][0]
    assert first["author"] == "Jo Roe" and first["published_text"] == "09.14 BST"
    assert [e["kind"] for e in first["embeds"]] == ["twitter", "youtube"]


def test_a_click_to_view_embed_inside_its_figure_is_an_embed_not_an_empty_image() -> None:
    # DCR wraps a block's embeds in <figure data-spacefinder-role="inline">; the consent overlay inside it
    # (data-component="click-to-view:<domain>") was read as an image with no alt, src or caption, the embed lost.
    page = _parse(FIXTURES / "guardian" / "dcr-figure-wrapped-embeds.html")
    assert [[(e.kind, e.url) for e in p.embeds] for p in page.posts] == [
        [("twitter", None)],
        [("youtube", None)],
        [("instagram", None)],
    ]
    assert [len(p.images) for p in page.posts] == [0, 0, 1]
    assert page.posts[2].images[0].credit == "Photograph: Owen Humphreys/PA"
    assert page.posts[0].body_text == (
        "Keir Starmer has posted this on social media about the Blackpool South byelection.\n"
        "Labour's majority in the seat is 7,607."
    )
    assert page.posts[1].body_text == ""
    assert (page.page.number, page.page.total) == (3, 5)


def test_an_interactive_results_map_is_an_embed_not_an_empty_image() -> None:
    page = _parse(FIXTURES / "guardian" / "dcr-interactive-results-map.html")
    map_post, lib_dems = page.posts
    assert map_post.embeds == [
        Embed(
            "other", "https://interactive.guim.co.uk/uploader/embed/2023/05/local-elections-map/giv-3902CPmLBr7zu3xL/"
        )
    ]
    assert map_post.images == []
    assert [i.credit for i in lib_dems.images] == ["Photograph: Maja Smiejkowska/PA"]  # the empty figure left out
    assert lib_dems.embeds == []


def test_an_old_frontend_interactive_figure_is_an_embed_of_its_canonical_url() -> None:
    # figure.element-interactive[data-canonical-url] (old frontend): only social addresses became embeds, the rest
    # an image of four nulls.
    inner = (
        '<p class="block-time published-time"><time datetime="2015-05-08T05:50:00.000Z">6.50am</time></p>'
        '<h2 class="block-title">The map</h2><div class="block-elements"><p>Results so far:</p>'
        '<figure class="element element-interactive interactive" '
        'data-canonical-url="https://interactive.guim.co.uk/2015/results">'
        '<a href="https://interactive.guim.co.uk/2015/results">Results map</a></figure></div>'
    )
    html = _page(_block("block-554c3d1be4b0a2f3c9a1c000", inner))
    post = parse_page(html, url=DCR_URL, fetched_at=FETCHED, entities=False).posts[0]
    assert post.embeds == [Embed("other", "https://interactive.guim.co.uk/2015/results")]
    assert (post.images, post.body_text) == ([], "Results so far:")


def test_the_clock_beside_a_dcr_datetime_island_is_the_shown_time() -> None:
    # DCR now writes a block's time as <a><span><gu-island name="RelativeTime"><time>32m ago</time></gu-island>
    # </span><span>12.30 BST</span></a>, and for older blocks <time>1 May 2025</time>: the shown time read as
    # "32m ago" (the span holding the island) and "1 May 2025" (a date taken for a clock).
    url = "https://www.theguardian.com/politics/live/2025/may/02/local-elections-2025-results-reform-uk-live"
    page = _parse(FIXTURES / "guardian" / "dcr-datetime-island-2025.html", url)
    assert [(p.published_text, p.published_at) for p in page.posts] == [
        ("12.30 BST", datetime(2025, 5, 2, 11, 30, tzinfo=UTC)),
        ("22.00 BST", datetime(2025, 5, 1, 21, 0, tzinfo=UTC)),
    ]
    assert [p.author for p in page.posts] == ["Andrew Sparrow", None]


def test_a_permalink_whose_query_opens_with_the_key_events_filter_still_gives_the_shown_clock_and_url() -> None:
    # The key-events-only view (?filterKeyEvents=true) links each block as ?filterKeyEvents=true&page=with:block-…:
    # the permalink is found though its block part is not first in the query, so the clock beside the relative time
    # is the shown time, not the datetime attribute.
    block_id = "block-6650aa118f08e6a1b2c3d9f1"
    header = (
        f'<header><div><a href="{DCR_URL}?filterKeyEvents=true&amp;page=with:{block_id}#{block_id}">'
        '<time datetime="2024-05-03T01:47:00Z">5h ago</time><span>02.47 BST</span></a></div><h2>Recount called</h2>'
        "</header>"
    )
    html = _page(_block(block_id, f'{header}<div class="block-elements"><p>A recount is under way.</p></div>'))
    page = parse_page(html, url=f"{DCR_URL}?filterKeyEvents=true", fetched_at=FETCHED, entities=False)
    (post,) = page.posts
    assert (post.published_text, post.published_at) == ("02.47 BST", datetime(2024, 5, 3, 1, 47, tzinfo=UTC))
    assert post.url == f"{DCR_URL}?filterKeyEvents=true&page=with:{block_id}#{block_id}"


# --- lazily loaded embeds --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("frame", "embed"),
    [
        (
            '<figure class="element element-video"><iframe data-src="https://www.youtube-nocookie.com/embed/a1"></iframe>'
            "</figure>",
            Embed("youtube", "https://www.youtube-nocookie.com/embed/a1"),
        ),
        (
            '<iframe src="about:blank" data-src="https://www.youtube.com/embed/b2"></iframe>',
            Embed("youtube", "https://www.youtube.com/embed/b2"),
        ),
        (
            '<div><iframe src="" data-src="https://www.facebook.com/plugins/post.php?href=x"></iframe></div>',
            Embed("facebook", "https://www.facebook.com/plugins/post.php?href=x"),
        ),
        (
            '<iframe src="https://www.youtube.com/embed/c3" data-src="https://www.youtube.com/embed/other"></iframe>',
            Embed("youtube", "https://www.youtube.com/embed/c3"),
        ),
    ],
)
def test_a_lazily_loaded_frame_is_an_embed_at_its_data_src(frame: str, embed: Embed) -> None:
    html = _page(
        _block(
            "block-9",
            '<header><time datetime="2024-05-03T08:14:00.000Z">1h ago</time><h2>Clip</h2></header>'
            f'<div class="block-elements"><p>Before.</p>{frame}<p>After.</p></div>',
        ),
        head='<link rel="canonical" href="https://www.theguardian.com/politics/live/2024/may/03/x">',
    )
    post = parse_page(html, fetched_at=FETCHED, entities=False).posts[0]
    assert (post.body_text, post.embeds) == ("Before.\nAfter.", [embed])


# --- pull quotes -------------------------------------------------------------------------------------


def _count_block(inner: str) -> str:
    time = '<time datetime="2026-03-06T01:10:00Z">01.10 GMT</time>'
    return _page(
        _block("block-a1b2c3d4e5f60718293a4b5c", f"<header>{time}<h2>Count night</h2></header><div>{inner}</div>")
    )


def test_a_pull_quote_figure_is_body_text_not_an_image() -> None:
    quote = (
        '<figure class="element element-pullquote"><blockquote><p>Every vote in this ward was fought for.</p>'
        "<footer><cite>Ada Quill</cite></footer></blockquote></figure>"
    )
    page = parse_page(_count_block(f"<p>The winner spoke briefly.</p>{quote}<p>She thanked the staff.</p>"),
                      url=DCR_URL, fetched_at=FETCHED, entities=False)  # fmt: skip
    post = page.posts[0]
    assert post.body_text.splitlines() == [
        "The winner spoke briefly.",
        "Every vote in this ward was fought for.",
        "She thanked the staff.",
    ]
    assert post.images == [] and post.embeds == []


def test_a_figure_with_a_photo_beside_its_quote_stays_an_image() -> None:
    figure = (
        '<figure class="element element-image"><img src="https://i.guim.co.uk/img/count.jpg" alt="The count">'
        "<blockquote><p>Not a pull quote.</p></blockquote></figure>"
    )
    post = parse_page(_count_block(f"<p>Counting goes on.</p>{figure}"), url=DCR_URL, fetched_at=FETCHED,
                      entities=False).posts[0]  # fmt: skip
    assert post.body_text == "Counting goes on."
    assert [image.alt for image in post.images] == ["The count"]


@pytest.mark.parametrize(
    ("stamp", "updated"),
    [
        ("Updated at 03.42 BST", datetime(2024, 5, 3, 2, 42, tzinfo=UTC)),  # the block's day
        ("Updated at 00.15 BST", datetime(2024, 5, 3, 23, 15, tzinfo=UTC)),  # earlier than published: past midnight
        ("Updated by the desk", None),  # no clock: no update time
    ],
)
def test_an_updated_stamp_shown_as_text_alone_is_the_block_update_time(stamp: str, updated: datetime | None) -> None:
    footer = f'<footer><p class="dcr-stamp">{stamp}</p><div><button>Share</button></div></footer>'
    html = _page(_dcr_block("block-66343b2a8f08aa0011223344", "<p>Recount in Marsh ward.</p>"))
    html = html.replace("</article>", f"{footer}</article>")  # the footer closes the block
    (post,) = parse_page(html, url=DCR_URL, fetched_at=FETCHED, entities=False).posts
    assert post.published_at == datetime(2024, 5, 3, 2, 10, tzinfo=UTC)
    assert post.updated_at == updated
    assert post.body_text == "Recount in Marsh ward."
