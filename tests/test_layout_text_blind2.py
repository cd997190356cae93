"""Shapes of whole-page text copies met in the second blind round: the site's footer under the last post, a
"Breaking" label over an LX time line, a copy with a blank line between all lines, a title under page chrome
with its time on the next line, a page crossing midnight with clocks alone."""

from __future__ import annotations

from datetime import UTC, datetime

import scraper

FETCHED = datetime(2022, 5, 7, 9, 0, tzinfo=UTC)


def _posts(text: str, fetched: datetime = FETCHED) -> list[scraper.Post]:
    return scraper.parse(text, fetched_at=fetched, entities=False).posts


def test_footer_lines_end_the_last_post() -> None:
    text = (
        "1. Recount called in Hillside ward\n\n    A recount has been requested.\n\n"
        "2. Count opens at the leisure centre\n\n    Staff are setting up the tables.\n"
        "Back to top\nHome\nNews\nSport\nTerms of Use\nAbout the BBC\n"
    )
    posts = _posts(text)
    assert posts[-1].body_text == "Staff are setting up the tables."


def test_related_stories_box_ends_the_last_post() -> None:
    text = (
        "Greens take two seats in Eastfield published at 14:10 British Summer Time 6 May 2022\n"
        "    Both seats were held by independents.\n"
        "More on this story\nCouncil elections: full results\nCookies\n"
    )
    (post,) = _posts(text.replace(" published at", "published at"))
    assert post.body_text == "Both seats were held by independents."


def test_breaking_label_over_an_lx_time_line_marks_the_post_below() -> None:
    text = (
        "Live Reporting\nEdited by Ann Lee\n\n"
        "Posted at 02:10\nSecond seat declared in Brookvale\nThe second seat went to Labour.\n\n"
        "Breaking\nPosted at 01:30\nFirst seat declared in Brookvale\nThe first seat went to the Greens.\n"
    )
    posts = _posts(text)
    assert [p.title for p in posts] == ["Second seat declared in Brookvale", "First seat declared in Brookvale"]
    assert [p.is_breaking for p in posts] == [False, True]
    assert "Breaking" not in posts[0].body_text


def test_copy_with_blank_lines_everywhere_takes_the_title_under_an_lx_time() -> None:
    lines = [
        "Live Reporting", "Edited by Ann Lee", "Get involved",
        "11:40", "Harbourside goes to a recount", "By Sam Ross", "BBC Radio Solent", "Only four votes separate them.",
        "Read more about these links.",
        "10:15", "Turnout down in Harbourside", "Turnout was 24%.",
    ]  # fmt: skip
    posts = _posts("\n\n".join(lines) + "\n")
    assert [p.title for p in posts] == ["Harbourside goes to a recount", "Turnout down in Harbourside"]
    assert posts[0].author == "Sam Ross"


def test_title_right_under_page_chrome_keeps_its_time_on_the_next_line() -> None:
    text = (
        "Live Reporting\nEdited by Ann Lee\nFirst declaration in Millbrook\n"
        "    published at 23:50 British Summer Time 5 May 2022\n    Labour hold Millbrook.\n\n"
        "Pinned\nHow we report the count\n    published at 20:00 British Summer Time 5 May 2022\n"
        "    Results appear here overnight.\n"
    )
    posts = _posts(text)
    assert [p.title for p in posts] == ["First declaration in Millbrook", "How we report the count"]
    assert posts[0].published_at == datetime(2022, 5, 5, 22, 50, tzinfo=UTC)


def test_clock_later_than_the_post_above_is_the_day_before() -> None:
    text = (
        "Election night as it happened\nSat 7 May 2022 11.00 BST\n\n"
        "02.15 BST\nCounting finishes in Riverside\nAll 30 seats are declared.\n\n"
        "23.05 BST\nFirst ballot boxes arrive\nThe boxes came in from the polling stations.\n"
    )
    posts = _posts(text, fetched=datetime(2022, 5, 10, 12, tzinfo=UTC))
    assert [p.published_at for p in posts] == [
        datetime(2022, 5, 7, 1, 15, tzinfo=UTC),
        datetime(2022, 5, 6, 22, 5, tzinfo=UTC),
    ]


def test_a_short_month_in_the_page_date_gives_clocks_their_day() -> None:
    text = "Live as it happened\nThu 14 Jul 2022 20.00 BST\n\n16.20 BST\nResult in Oakfield\nLabour hold.\n"
    (post,) = _posts(text, fetched=datetime(2022, 9, 1, tzinfo=UTC))
    assert post.published_at == datetime(2022, 7, 14, 15, 20, tzinfo=UTC)


def test_relative_stamp_over_a_clock_belongs_to_the_post_below() -> None:
    text = (
        "Results day as it happened\nFri 6 May 2022 18.00 BST\n\n"
        "1h ago\n16.10 BST\nGreens hold Castle ward\nThe Greens kept the seat.\n\n"
        "3h ago\n14.05 BST\nRecount in Abbey ward\nA recount was called.\n"
    )
    posts = _posts(text, fetched=datetime(2022, 5, 6, 17, tzinfo=UTC))
    assert [(p.title, p.published_text) for p in posts] == [
        ("Greens hold Castle ward", "16.10 BST"),
        ("Recount in Abbey ward", "14.05 BST"),
    ]
    assert posts[0].body_text == "The Greens kept the seat."


def test_a_list_of_time_and_title_pairs_above_the_posts_gives_no_extra_posts() -> None:
    text = (
        "Count live\nKEY EVENTS\n14:20\nTories hold Ridgeway\n12:05\nRecount in Moorside\n\n"
        "14:20\nTories hold Ridgeway\nThe Conservatives held on by 40 votes.\n\n"
        "12:05\nRecount in Moorside\nThe candidates asked for a recount.\n"
    )
    posts = _posts(text, fetched=datetime(2022, 5, 6, 15, tzinfo=UTC))
    assert [(p.title, p.body_text) for p in posts] == [
        ("Tories hold Ridgeway", "The Conservatives held on by 40 votes."),
        ("Recount in Moorside", "The candidates asked for a recount."),
    ]


def test_a_name_right_over_a_sentence_is_the_posts_author() -> None:
    text = "Live\nFri 6 May 2022 18.00 BST\n\n15.30 BST\nMayor re-elected\nJane Okafor\nThe mayor won a second term.\n"
    (post,) = _posts(text, fetched=datetime(2022, 5, 6, 17, tzinfo=UTC))
    assert (post.author, post.role, post.images) == ("Jane Okafor", None, [])
    assert post.body_text == "The mayor won a second term."


def test_role_under_a_by_line_in_a_copy_spaced_everywhere() -> None:
    lines = ["Live Reporting", "Edited by Ann Lee", "09:10", "Count under way", "By Rhys Price", "BBC Radio Wales",
             "The count started on time."]  # fmt: skip
    (post,) = _posts("\n\n".join(lines) + "\n")
    assert (post.author, post.role, post.body_text) == ("Rhys Price", "BBC Radio Wales", "The count started on time.")
    figures = ["Live Reporting", "Edited by Ann Lee", "09:10", "Count under way", "By Rhys Price", "Labour 12 seats",
               "The count started on time."]  # fmt: skip
    (post,) = _posts("\n\n".join(figures) + "\n")
    assert (post.author, post.role) == ("Rhys Price", None)


def test_a_sites_link_list_over_its_copyright_line_is_no_part_of_the_last_post() -> None:
    footer = "Contact us\nTerms and conditions\nCookie settings\nAdvertise\n© 2023 Midshire Media Group\n"
    text = "15:40\nCount closes in Eastgate\nThe last ward has declared.\nFinal tally: 30 seats.\n\n" + footer
    (post,) = _posts(text, fetched=datetime(2023, 5, 5, 16, tzinfo=UTC))
    assert post.body_text == "The last ward has declared.\nFinal tally: 30 seats."


def test_a_short_line_or_two_over_a_copyright_line_stays_with_the_post() -> None:
    text = "15:40\nCount closes in Eastgate\nThe last ward has declared.\nLabour 18\nTories 12\n© 2023 Midshire Media\n"
    (post,) = _posts(text, fetched=datetime(2023, 5, 5, 16, tzinfo=UTC))
    assert post.body_text.startswith("The last ward has declared.\nLabour 18\nTories 12")
