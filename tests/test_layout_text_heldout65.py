"""A programme's subtitle file (SRT) read as a text copy: one untitled post of what was said, a paragraph to each
speaker's turn; cue numbers, timecodes, colour tags and described sounds are none of it."""

from __future__ import annotations

from datetime import UTC, datetime

import scraper

FETCHED = datetime(2029, 5, 4, 9, tzinfo=UTC)

SUBTITLES = """1
00:00:02,000 --> 00:00:04,100
(MUSIC)

2
00:00:04,220 --> 00:00:07,900
Welcome to the count at
Harlow Leisure Centre.

3
00:00:08,020 --> 00:00:11,300
Our reporter Jo Finch
is on the floor.

4
00:00:11,420 --> 00:00:14,000
<font color="#00ffff">Thanks, Sam. The first box</font>
<font color="#00ffff">has just been opened.</font>

5
00:00:14,120 --> 00:00:16,500
- Any surprises yet?
- Too early to say!

6
00:00:16,620 --> 00:00:18,000
[APPLAUSE]
"""


def test_a_subtitle_file_is_one_post_of_speaker_turns() -> None:
    page = scraper.parse(SUBTITLES.encode(), fetched_at=FETCHED, entities=False)
    assert page.layout == "text"
    assert len(page.posts) == 1
    post = page.posts[0]
    assert post.title is None and post.published_at is None
    assert post.body_text.splitlines() == [
        "Welcome to the count at Harlow Leisure Centre. Our reporter Jo Finch is on the floor.",
        "Thanks, Sam. The first box has just been opened.",
        "- Any surprises yet?",
        "- Too early to say!",
    ]


def test_a_numbered_text_copy_is_no_subtitle_file() -> None:
    copy = (
        "Live: Harlow count\n\n1. First result in\npublished at 23:50 British Summer Time 3 May 2029\n\nLabour hold.\n"
    )
    page = scraper.parse(copy.encode(), fetched_at=FETCHED, entities=False)
    assert [p.title for p in page.posts] == ["First result in"]
