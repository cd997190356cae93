"""Shapes of text copies met in the third blind round: a browser's "Save page as… Text" (list items marked "* "),
a phone's copy of a page still live ("Updated 4 minutes ago", "Yesterday 23:40"), a word processor's table
("Title<TAB>Posted at 03:30"), LX items numbered on their time or on a "Breaking" label, LX image labels on lines
of their own, WebCore posts without a title, and pages pasted one after another."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

import scraper
from scraper.layouts import text as text_layout

FETCHED = datetime(2022, 5, 6, 12, 0, tzinfo=UTC)


def _posts(text: str, fetched: datetime = FETCHED) -> list[scraper.Post]:
    return scraper.parse(text, fetched_at=fetched, entities=False).posts


def test_saved_list_marks_leave_titles_and_list_items() -> None:
    text = (
        "Council results\n\n   Live Reporting\n\n"
        "     * Greens hold Millbrook\n       Posted at 11:20\n       The full count:\n"
        "         * Green 14\n         * Labour 9\n\n"
        "     * Count starts in Eastleigh\n       Posted at 09:00\n       Boxes are arriving.\n"
    )
    posts = _posts(text)
    assert [p.title for p in posts] == ["Greens hold Millbrook", "Count starts in Eastleigh"]
    assert posts[0].body_text == "The full count:\nGreen 14\nLabour 9"


def test_a_bullet_the_post_wrote_stays() -> None:
    text = "  1. Round-uppublished at 10:00 British Summer Time 6 May 2022\n\n    • Labour hold Kingsway\n"
    assert _posts(text)[0].body_text == "• Labour hold Kingsway"


def test_updated_stamp_over_a_live_copy_is_no_post_title() -> None:
    text = (
        "Council results live\n\nUpdated 6 minutes ago\n\nJust now\n\nRecount in Fairfield\n\n"
        "A recount has been called.\n\n1 hour ago\n\nTurnout at 30%\n\nTurnout was 30.2%.\n"
    )
    posts = _posts(text)
    assert [(p.title, p.published_text) for p in posts] == [
        ("Recount in Fairfield", "Just now"),
        ("Turnout at 30%", "1 hour ago"),
    ]
    assert text_layout.line_kind("Updated 6 minutes ago") == "updated"


@pytest.mark.parametrize("shown", ["Yesterday 22:15", "Yesterday at 22:15", "yesterday, 22:15"])
def test_yesterday_with_a_clock_is_a_time_line_of_the_day_before(shown: str) -> None:
    text = (
        f"Posted at 9:30\nSeats declared in Elmwood\nTwo seats went to Labour.\n\n{shown}\nCount opens\nDoors open.\n"
    )
    posts = _posts(text)
    assert [p.title for p in posts] == ["Seats declared in Elmwood", "Count opens"]
    assert posts[1].published_at == datetime(2022, 5, 5, 21, 15, tzinfo=UTC)
    assert posts[0].published_at == datetime(2022, 5, 6, 8, 30, tzinfo=UTC)


def test_a_tab_before_posted_at_glues_it_to_the_title() -> None:
    text = (
        "Results\n\nGreens win Holt\tPosted at 03:30\n\nThe Greens won.\n\nLabour hold Cley\tPosted at 02:50\n\nHeld.\n"
    )
    posts = _posts(text)
    assert [(p.title, p.published_text) for p in posts] == [("Greens win Holt", "03:30"), ("Labour hold Cley", "02:50")]


def test_an_lx_item_numbered_on_its_time_finds_its_title_over_a_blank_line() -> None:
    text = (
        "Live Reporting\n\n  1. Posted at 00:40\n\n    Rivermouth declares\n\n    Labour held the seat.\n\n"
        "  2. Posted at 23:55\n\n    Polls closed two hours ago\n\n    Counting continues.\n"
    )
    posts = _posts(text)
    assert [p.title for p in posts] == ["Rivermouth declares", "Polls closed two hours ago"]
    assert posts[0].body_text == "Labour held the seat."


def test_a_webcore_post_without_a_title_keeps_its_first_paragraph_as_body() -> None:
    text = (
        "  1. published at 11:10 British Summer Time 6 May 2022\n\n    Short update\n\n    More soon.\n\n"
        "  2. Greens gain Oakfieldpublished at 10:40 British Summer Time 6 May 2022\n\n    The Greens won.\n"
    )
    posts = _posts(text)
    assert [p.title for p in posts] == [None, "Greens gain Oakfield"]
    assert posts[0].body_text.endswith("More soon.")  # "Short update" is no title (the cleaner may read it as alt)
    assert posts[0].published_at == datetime(2022, 5, 6, 10, 10, tzinfo=UTC)


def test_breaking_label_as_the_numbered_line_hands_the_number_to_the_title() -> None:
    text = (
        "Live Reporting\n\n  1. Breaking\n    Lib Dems win Northgate\n    Posted at 14:12\n\n    They won 30 seats.\n\n"
        "  2. Count in Southgate\n    Posted at 13:40\n\n    Counting goes on.\n"
    )
    posts = _posts(text)
    assert [(p.title, p.is_breaking, p.published_text) for p in posts] == [
        ("Lib Dems win Northgate", True, "14:12"),
        ("Count in Southgate", False, "13:40"),
    ]
    assert posts[0].body_text == "They won 30 seats."


def test_lx_image_labels_on_lines_of_their_own_give_an_image() -> None:
    text = (
        "  1. Counting goes on in Hatfieldpublished at 04:15 British Summer Time 6 May 2022\n\n"
        "    Image copyright\n    Getty Images\n    Image caption\n    Staff counting at dawn\n\n"
        "    The count is nearly over.\n"
    )
    (post,) = _posts(text)
    assert post.body_text == "The count is nearly over."
    assert [(i.credit, i.caption) for i in post.images] == [("Getty Images", "Staff counting at dawn")]


def test_pages_pasted_one_after_another_give_each_post_once() -> None:
    page1 = (
        "  1. Labour gain Ashgrovepublished at 17:05 British Summer Time 6 May 2022\n\n    Labour won.\n\n"
        "  2. Recount in Beechwoodpublished at 16:40 British Summer Time 6 May 2022\n\n    A recount.\n\n"
    )
    page2 = (
        "  1. Recount in Beechwoodpublished at 16:40 British Summer Time 6 May 2022\n\n    A recount.\n\n"
        "  2. Turnout in Cedarpublished at 15:15 British Summer Time 6 May 2022\n\n    Turnout 31%.\n"
    )
    posts = _posts(page1 + "Next page\n\n" + page2)
    assert [p.title for p in posts] == ["Labour gain Ashgrove", "Recount in Beechwood", "Turnout in Cedar"]


def test_two_posts_with_one_title_and_time_but_other_bodies_both_stay() -> None:
    text = (
        "  1. Resultpublished at 16:40 British Summer Time 6 May 2022\n\n    Ward one: Labour.\n\n"
        "  2. Resultpublished at 16:40 British Summer Time 6 May 2022\n\n    Ward two: Green.\n"
    )
    assert [p.body_text for p in _posts(text)] == ["Ward one: Labour.", "Ward two: Green."]


def test_spaced_copy_with_time_over_title_leaves_the_page_title_alone() -> None:
    text = (
        "Mayoral results\n\n10:42\n\nMayor concedes\n\nThe mayor conceded.\n\n"
        "09:15\n\nCount resumes\n\nThe count resumed.\n"
    )
    page = scraper.parse(text, fetched_at=FETCHED, entities=False)
    assert page.title == "Mayoral results"
    assert [p.title for p in page.posts] == ["Mayor concedes", "Count resumes"]


def test_spaced_copy_starting_at_a_post_takes_the_title_above_its_time() -> None:
    text = "Mayor concedes\n\n10:42\n\nThe mayor conceded.\n\nCount resumes\n\n09:15\n\nThe count resumed.\n"
    assert [p.title for p in _posts(text)] == ["Mayor concedes", "Count resumes"]


def test_saved_list_marks_go_only_after_an_indent_and_with_their_space() -> None:
    lines = text_layout.text_lines("  * Labour 26\n*Provisional figures\nTurnout * 2 = 60%\n")
    assert lines == ["  Labour 26", "*Provisional figures", "Turnout * 2 = 60%"]


def test_image_words_gate_passes_every_image_line() -> None:
    # `_Cleaner` reads image lines only where "Image " is: every line `image_source` / `image_caption` or a
    # figure label reads holds the words
    for line in ("Oadby signImage source, PA Media", "Image caption, Staff at the count", "Image caption: x",
                 *text_layout.FIGURE_LABELS):  # fmt: skip
        assert "Image " in line


def test_repeats_walk_only_when_two_posts_share_an_id() -> None:
    posts = _posts(
        "  1. Apublished at 10:00 British Summer Time 6 May 2022\n\n    One.\n\n"
        "  2. Bpublished at 09:00 British Summer Time 6 May 2022\n\n    Two.\n"
    )
    assert text_layout._without_repeats(posts) is posts


def test_a_copy_without_numbers_or_times_says_what_it_lacks() -> None:
    # no boundary between posts: a parse error (exit 3) naming what would make the copy readable
    text = "Live Reporting\n\nAll times stated are UK\n\nLabour hold Ferndale\n\nLabour held it.\n\nShare this post\n"
    with pytest.raises(scraper.ParseError, match="numbers .* or their times"):
        scraper.parse(text, fetched_at=FETCHED, entities=False)


def test_a_numbered_copy_without_times_gives_posts_without_times() -> None:
    posts = _posts("Results\n\n  1. Labour hold Ferndale\n\n    Held.\n\n  2. Greens gain Brookside\n\n    Gained.\n")
    assert [(p.title, p.published_at) for p in posts] == [
        ("Labour hold Ferndale", None),
        ("Greens gain Brookside", None),
    ]
