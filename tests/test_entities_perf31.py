"""perf31: the page-wide passes read what they read before, by cheaper ways: the outcomes a post knows found by one
search of the tallies' times (`page._outcomes_known`), the 'in <ward> <share>' branch opening on its "i", a name's
whole-word writes searched from its first occurrence on."""

import re
from bisect import bisect_left
from datetime import UTC, datetime, timedelta

from scraper.entities import extract_page
from scraper.entities.page import _outcomes_known, _writes
from scraper.models import Post

T0 = datetime(2024, 5, 3, 2, 0, tzinfo=UTC)


def _known_by_walk(
    declared: dict[int, datetime | None], decided: dict[int, dict[str, bool]], when: datetime | None
) -> dict[str, bool]:
    """The outcomes of the tallies published before ``when``, by a walk of every tally (as the page read them)."""
    after = {at for at, at_time in declared.items() if at_time and when and when > at_time}
    return {name: won for at, outcomes in decided.items() if at in after for name, won in outcomes.items()}


def test_a_post_knows_the_outcomes_of_the_tallies_published_before_it_and_no_others() -> None:
    minutes = (30, 10, 10, 50)  # (two tallies at one time)
    declared: dict[int, datetime | None] = {at: T0 + timedelta(minutes=m) for at, m in enumerate(minutes)}
    declared[4] = None  # (a tally of no time: known to no post)
    decided = {
        0: {"Ann Lee": True},
        1: {"Tom Reed": False, "Sue Carr": True},
        2: {"Raj Vyas": True},
        4: {"Al Bo": True},
    }
    whens, known = _outcomes_known(declared, decided)
    assert whens == sorted(w for w in declared.values() if w)
    for m in (0, 9, 10, 11, 30, 31, 50, 90):
        when = T0 + timedelta(minutes=m)
        assert known[bisect_left(whens, when)] == _known_by_walk(declared, decided, when)
    assert known[0] == {} and known[-1] == {"Ann Lee": True, "Tom Reed": False, "Sue Carr": True, "Raj Vyas": True}


def test_a_whole_word_write_is_found_after_a_longer_name_that_opens_the_same() -> None:
    text = "Ann Bellamy thanked Ann Bell, then Jo-Ann Bell spoke."
    found = _writes(text, "Ann Bell")
    assert found is not None and found.start() == text.index("Ann Bell,")
    assert _writes("Ann Bellamy and Jo-Ann Bell", "Ann Bell") is None
    assert _writes("Ann Bell won", "Ann Bell") is not None  # (at the very start)
    for text in ("Jo-Ann Bell, Ann Bell", "Ann Bells", "x Ann Bell", "Ann Bell_"):
        expected = re.search(r"(?<![\w-])Ann Bell(?![\w-])", text)
        got = _writes(text, "Ann Bell")
        assert (got and got.span()) == (expected and expected.span())


def test_in_a_ward_and_its_share_reads_at_the_post_start_but_not_inside_a_word() -> None:
    page = [
        Post(post_id="p0", title="in Kelby Marsh 27.3% voted", body_text="Turnout within Ashby Vale 19.6% was low."),
        Post(post_id="p1", title="Green gains", body_text="The Greens have won Kelby Marsh ward and Ashby Vale ward."),
    ]
    extract_page(page)
    names = [w["name"] for w in (page[0].entities or {})["wards"]]
    assert "Kelby Marsh" in names and "Ashby Vale" not in names
