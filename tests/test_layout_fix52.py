"""Fixes of blind layout round 52: copies of live pages held by web archives (archive.today, the Wayback Machine),
World Service Russian and Turkish pages read from their HTML."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

import scraper
from scraper.clean import join_url
from scraper.layouts.bbc_blocks import social

FETCHED = datetime(2023, 5, 5, 12, tzinfo=UTC)
LIVE = "https://www.theguardian.com/politics/live/2023/may/05/council-results-live"


def test_an_archive_today_link_out_is_the_address_it_holds_on_any_of_its_hosts() -> None:
    held = "https://www.bbc.co.uk/news/election/2023/england/councils/E07000117"
    for host in ("archive.ph", "archive.today", "archive.is", "archive.md"):
        assert join_url(f"https://{host}/Ab12C", f"https://{host}/o/Ab12C/{held}") == held
    assert join_url(None, f"http://archive.li/o/zz9/{held}?ref=x") == held + "?ref=x"


def test_an_archive_today_copy_of_its_own_files_stays_where_the_archive_keeps_it() -> None:
    image = "https://archive.ph/Ab12C/0f1e2d3c4b5a69788796a5b4c3d2e1f0a9b8c7d6.png"
    assert join_url("https://archive.ph/Ab12C", image) == image
    assert join_url(None, "https://example.org/o/Ab12C/page") == "https://example.org/o/Ab12C/page"


def test_a_whole_wayback_address_of_a_social_post_is_the_post_and_of_a_page_the_archived_copy() -> None:
    post = "https://www.instagram.com/p/Cq1w2E3r4T5/"
    assert join_url(None, f"https://web.archive.org/web/20230505101010/{post}") == post
    page = "https://web.archive.org/web/20230505101010/https://www.bbc.co.uk/news/uk-politics-65470000"
    assert join_url(None, page) == page


def test_a_webcore_social_block_written_as_its_wayback_address_embeds_the_post() -> None:
    post = "https://twitter.com/CouncilCounts/status/1654400000000000001"
    block = {
        "type": "social",
        "model": {"source": "twitter", "href": f"https://web.archive.org/web/20230505101010/{post}"},
    }
    embed = social(block)
    assert embed is not None
    assert (embed.kind, embed.url) == ("twitter", post)


def _copy(body_href: str) -> str:
    block_id = "64549d2a8f08aa0011223344"
    out = "https://archive.ph/o/Zy9Xw/"
    return (
        "<html><head><title>Council results live | The Guardian</title></head><body>"
        '<div id="HEADER">webpage capture</div><div id="CONTENT"><main>'
        f'<article id="block-{block_id}" style="padding:8px"><header><div>'
        f'<a href="{out}{LIVE}?page=with:block-{block_id}#block-{block_id}">'
        '<time datetime="2023-05-05T11:20:00.000Z">5 May 2023</time><span>12.20 BST</span></a></div>'
        "<h2>Tamworth declares</h2></header>"
        f'<div><p>Labour gain two wards, <a href="{out}{body_href}">results here</a>.</p></div></article>'
        "</main></div></body></html>"
    )


def test_a_guardian_copy_held_by_an_archive_is_known_by_its_block_permalinks_and_keeps_the_original_addresses() -> None:
    results = "https://www.theguardian.com/politics/2023/may/05/tamworth-results"
    page = scraper.parse(_copy(results), url="https://archive.ph/Zy9Xw", fetched_at=FETCHED, entities=False)
    assert page.layout == "guardian"
    (post,) = page.posts
    assert post.url == f"{LIVE}?page=with:block-64549d2a8f08aa0011223344#block-64549d2a8f08aa0011223344"
    assert [link.url for link in post.links] == [results]
    assert post.published_at == datetime(2023, 5, 5, 11, 20, tzinfo=UTC)


def _service_page(service: str, article_body: str) -> str:
    """A World Service page read from its HTML (its __NEXT_DATA__ cut short) holding one post."""
    return (
        f'<html><head><link rel="canonical" href="https://www.bbc.com/{service}/live/c7k2m9p4x1qt"></head><body>'
        '<main><h1>Seçim</h1><ol role="list"><li><article>'
        '<h3 id="asset:00000000-0000-4000-8000-000000000521"><span role="text"><span>'
        '<time datetime="20 dakika önce">20 dakika önce</time></span><span>İzmir sonuçları</span></span></h3>'
        f"{article_body}</article></li></ol></main>"
        '<script id="__NEXT_DATA__" type="application/json">{"props": {"pageProps": {</script></body></html>'
    )


def test_a_world_service_post_read_from_its_html_takes_its_byline_box_as_author_and_role() -> None:
    body = (
        '<div class="contributor"><p class="contributor-name">Deniz Aksoy</p>'
        '<p class="contributor-role">BBC Türkçe, İzmir</p></div>'
        '<div><div dir="ltr"><p dir="ltr">İzmir’de sandıkların yarısı açıldı.</p></div></div>'
    )
    page = scraper.parse(
        _service_page("turkce", body),
        url="https://www.bbc.com/turkce/live/c7k2m9p4x1qt",
        fetched_at=FETCHED,
        entities=False,
    )
    (post,) = page.posts
    assert (post.author, post.role, post.body_text) == (
        "Deniz Aksoy",
        "BBC Türkçe, İzmir",
        "İzmir’de sandıkların yarısı açıldı.",
    )


def test_a_world_service_post_without_a_byline_box_has_no_author() -> None:
    body = '<div><div dir="ltr"><p dir="ltr">Katılım yüzde 71.</p></div></div>'
    url = "https://www.bbc.com/turkce/live/c7k2m9p4x1qt"
    (post,) = scraper.parse(_service_page("turkce", body), url=url, fetched_at=FETCHED, entities=False).posts
    assert (post.author, post.role, post.body_text) == (None, None, "Katılım yüzde 71.")


@pytest.mark.parametrize(
    ("service", "source", "caption"),
    [
        ("russian", "Автор фото, ", "Подпись к фото, "),
        ("turkce", "Fotoğraf kaynağı, ", "Fotoğraf altyazısı, "),
        ("arabic", "مصدر الصورة، ", "التعليق على الصورة، "),
    ],
)
def test_a_world_service_figure_reads_its_credit_and_caption_under_the_service_labels(
    service: str, source: str, caption: str
) -> None:
    body = (
        '<div><div dir="ltr"><p dir="ltr">Sayım sürüyor.</p>'
        '<figure><img src="https://ichef.bbci.co.uk/ace/ws/640/a.jpg" alt="Sandık"/>'
        f'<p role="text"><span class="visually-hidden">{source}</span>EPA</p>'
        f'<figcaption><span class="visually-hidden">{caption}</span>Oylar sayılıyor</figcaption></figure></div></div>'
    )
    page = scraper.parse(
        _service_page(service, body),
        url=f"https://www.bbc.com/{service}/live/c7k2m9p4x1qt",
        fetched_at=FETCHED,
        entities=False,
    )
    (post,) = page.posts
    assert [(image.credit, image.caption) for image in post.images] == [("EPA", "Oylar sayılıyor")]
    assert post.body_text == "Sayım sürüyor."


def _paper_copy(tail: str = "") -> bytes:
    """A local paper's live page copied as text: its head (byline, first published and updated stamps), two posts."""
    return (
        "Skip to main content\nBristol Post\nCouncil election 2027 LIVE: Bristol results as the count goes on\n\n"
        "ByAmelia Hart\nPolitics Reporter\n17:40, 7 MAY 2027\nUpdated 22:05, 7 MAY 2027\n\nBookmark\n\n"
        "22:05\nGreens hold Ashley ward\nAmelia Hart\n\n"
        "The Green Party held Ashley with a majority of 1,104.\n\nShare\n\n"
        f"21:30\nCount under way at City Hall\n\nVerification of the ballot boxes began at 19:00.\n\nShare\n{tail}"
    ).encode()


def test_a_local_papers_head_of_stamps_is_the_pages_and_dates_the_posts_clocks() -> None:
    page = scraper.parse(_paper_copy(), url=None, fetched_at=datetime(2027, 5, 9, 8, tzinfo=UTC), entities=False)
    assert [(post.title, post.published_at) for post in page.posts] == [
        ("Greens hold Ashley ward", datetime(2027, 5, 7, 21, 5, tzinfo=UTC)),
        ("Count under way at City Hall", datetime(2027, 5, 7, 20, 30, tzinfo=UTC)),
    ]


def test_a_pager_copied_as_page_numbers_ends_the_last_post_with_the_lines_under_it() -> None:
    tail = "\n1\n2\n3\n4\nNext\n\nMost Read\nTrending\n"
    page = scraper.parse(_paper_copy(tail), url=None, fetched_at=FETCHED, entities=False)
    assert page.posts[-1].body_text == "Verification of the ballot boxes began at 19:00."


def test_numbers_closing_a_post_that_are_no_pager_stay_its_own() -> None:
    tail = "\nSeats won by each party so far:\n1\nGreen\n"
    page = scraper.parse(_paper_copy(tail), url=None, fetched_at=FETCHED, entities=False)
    assert page.posts[-1].body_text.endswith("Seats won by each party so far:\n1\nGreen")


def _old_block(block_id: str, minute: int, title: str) -> str:
    return (
        f'<div id="block-{block_id}" class="block" itemprop="liveBlogUpdate">'
        f'<p class="block-time published-time"><a href="?page=with:block-{block_id}#block-{block_id}">'
        f'<time datetime="2019-05-03T14:{minute:02d}:00.000Z">3.{minute:02d}pm</time></a></p>'
        f'<h2 class="block-title">{title}</h2><div itemprop="articleBody"><p>{title} in full.</p></div></div>'
    )


def test_an_old_frontend_pinned_copy_of_a_stream_block_leaves_the_post_in_its_place_in_the_stream() -> None:
    ids = ["5ccc4f1ae4b0aa0000000001", "5ccc4f1ae4b0aa0000000002", "5ccc4f1ae4b0aa0000000003"]
    stream = [
        _old_block(ids[0], 40, "Turnout"),
        _old_block(ids[1], 25, "Labour hold Bolsover"),
        _old_block(ids[2], 5, "Count"),
    ]
    html = (
        '<html><head><link rel="canonical" href="https://www.theguardian.com/politics/live/2019/may/03/locals"></head>'
        f'<body><div class="pinned">{_old_block(ids[1], 25, "Labour hold Bolsover")}</div>'
        f'<div class="js-liveblog-body">{"".join(stream)}</div></body></html>'
    )
    page = scraper.parse(html, url=None, fetched_at=FETCHED, entities=False)
    assert [post.title for post in page.posts] == ["Turnout", "Labour hold Bolsover", "Count"]


def test_a_block_id_twice_in_the_stream_itself_keeps_its_first_copy() -> None:
    first, again = (
        _old_block("5ccc4f1ae4b0aa0000000011", 30, "Early"),
        _old_block("5ccc4f1ae4b0aa0000000011", 10, "Late"),
    )
    html = (
        '<html><head><link rel="canonical" href="https://www.theguardian.com/politics/live/2019/may/03/locals"></head>'
        f'<body><div class="js-liveblog-body">{first}{_old_block("5ccc4f1ae4b0aa0000000012", 20, "Between")}{again}'
        "</div></body></html>"
    )
    page = scraper.parse(html, url=None, fetched_at=FETCHED, entities=False)
    assert [post.title for post in page.posts] == ["Early", "Between"]


def test_a_file_of_a_page_saved_complete_stays_the_path_beside_the_copy() -> None:
    page = "https://www.bbc.co.uk/news/live/uk-england-kent-48100000/page/2"
    for src in ("./Kent results - BBC News_files/p07c1.jpg", "Kent results_files/p07c2.png"):
        assert join_url(page, src) == src
    assert join_url(page, "../images_files") == "https://www.bbc.co.uk/news/live/uk-england-kent-48100000/images_files"
    assert join_url(page, "/static/my_files/a.jpg") == "https://www.bbc.co.uk/static/my_files/a.jpg"
