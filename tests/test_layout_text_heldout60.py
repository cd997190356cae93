"""Text copies whose posts show a clock on a line of their own over the title, with a ranked result in a post's
body written as a numbered list ("1. Name (Party) votes"): the list is the post's body, not a run of numbered
posts that hides the clock headers."""

from __future__ import annotations

from datetime import UTC, datetime

import scraper

FETCHED = datetime(2030, 6, 1, 12, tzinfo=UTC)

RANKED = """Harbour Echo
Island council election: the full count

Saturday 1 June 2030

LIVE

Follow every declaration from the sports hall.

02:10

How the eight finished

By Mara Quintal

The top five take the seats.

1. Ana Ferro (Harbour Party) 4,120

2. Luis Penha (Harbour Party) 3,987

3. Rita Sousa-Bell (Islanders) 3,560

4. Tom Gale (Islanders) 3,402

5. Ines Couto (Independent) 2,911
6. Paul Brum (Islanders) 2,880
7. Noor Vaz (Harbour Party) 2,604
8. Ed Lomas (Independent) 990

Share

01:40

Counting under way

By Mara Quintal

Ballot boxes from all six districts are in.

Share
"""

NUMBERED_POSTS = """Election night live

  1. Labour hold Ashfield

Labour held the ward with 1,204 votes.

  2. Greens gain Brookside

The Greens took the ward by 60 votes.

  3. Count ends

That's all from the count.
"""


def test_a_numbered_list_in_a_body_is_no_run_of_posts() -> None:
    page = scraper.parse(RANKED, fetched_at=FETCHED, entities=False)
    assert [(p.title, p.published_at) for p in page.posts] == [
        ("How the eight finished", datetime(2030, 6, 1, 1, 10, tzinfo=UTC)),
        ("Counting under way", datetime(2030, 6, 1, 0, 40, tzinfo=UTC)),
    ]
    body = page.posts[0].body_text
    assert "1. Ana Ferro (Harbour Party) 4,120" in body
    assert "8. Ed Lomas (Independent) 990" in body


def test_numbered_posts_with_bodies_between_them_stay_posts() -> None:
    page = scraper.parse(NUMBERED_POSTS, fetched_at=FETCHED, entities=False)
    assert [p.title for p in page.posts] == ["Labour hold Ashfield", "Greens gain Brookside", "Count ends"]
