"""Facts one post of a page reads from the others (`scraper.entities.extract_page`, `scraper.entities.page`)."""

from __future__ import annotations

from scraper.entities import extract_page
from scraper.models import Post


def page_of(*posts: tuple[str, str]) -> list[Post]:
    page = [Post(post_id=f"p{i}", title=title, body_text=body) for i, (title, body) in enumerate(posts)]
    extract_page(page)
    return page


def councils_and_wards(post: Post) -> tuple[list[str], dict[str, str | None]]:
    assert post.entities is not None
    return [c["name"] for c in post.entities["councils"]], {w["name"]: w["council"] for w in post.entities["wards"]}


def test_a_bare_area_takes_the_full_name_another_post_gives_its_council() -> None:
    full = ("Lib Dems take Brampton", "Sue Carr has won the Brampton ward of Dacorum Borough Council for the Lib Dems.")
    bare = (
        "Polls closed",
        "Polls have closed in three by-elections:\nAshlyns (Dacorum)\nNorthgate (Wyre)\nBedwell (Stevenage)",
    )
    page = page_of(full, bare)
    names, wards = councils_and_wards(page[1])
    assert names == ["Dacorum Borough Council", "Wyre Council", "Stevenage Council"]
    assert wards == {"Ashlyns": "Dacorum Borough Council", "Northgate": "Wyre Council", "Bedwell": "Stevenage Council"}
    # the post that wrote the name out is as it was, and so is the bare post on a page that never writes it out
    assert councils_and_wards(page[0]) == (["Dacorum Borough Council"], {"Brampton": "Dacorum Borough Council"})
    assert councils_and_wards(page_of(bare)[0])[0] == ["Dacorum Council", "Wyre Council", "Stevenage Council"]


def test_a_council_the_page_writes_out_two_ways_or_that_the_post_writes_as_area_council() -> None:
    city = ("Labour hold Abbey", "Labour held Abbey ward on Carlisle City Council.")
    district = ("Tories gain Botcherby", "The Conservatives took Botcherby from Labour on Carlisle District Council.")
    bare = ("Still to come", "Polls have closed in the by-election:\nBelah (Carlisle)")
    assert councils_and_wards(page_of(city, district, bare)[2]) == (["Carlisle Council"], {"Belah": "Carlisle Council"})
    own = (
        "Two to come",
        "Polls have closed in two by-elections:\nStanwix (Carlisle)\nBelah (Carlisle)\nBoth Carlisle Council.",
    )
    assert councils_and_wards(page_of(city, own)[1])[0] == ["Carlisle Council"]


def test_the_renamed_council_in_a_change_of_the_post() -> None:
    full = ("Wyre Forest", "Wyre Forest District Council count under way at Kidderminster Town Hall.")
    bare = ("Greens gain Offmore", "Offmore (Wyre Forest) - Green gain from Conservative.")
    page = page_of(full, bare)
    assert page[1].entities is not None
    assert [c["council"] for c in page[1].entities["changes"]] == ["Wyre Forest District Council"]
