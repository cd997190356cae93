"""Settings layers (flags > LIVEBLOG_* env > feeds.toml > defaults) and the errors a bad feeds file gives."""

from __future__ import annotations

from pathlib import Path

import pytest

from archive.settings import Feed, Settings, load, read_config
from scraper.errors import UsageError

GOOD = """\
# election night
[settings]
db = "night.sqlite"
user_agent = "liveblog-test/1"
contact = "desk@example.org"
delay = 2
timeout = 10.5
max_pages = 40
lock_timeout = 120
log_format = "json"

[[feed]]
url = "https://www.bbc.co.uk/news/live/uk-politics-1"
label = "Locals"

[[feed]]
url = "https://www.theguardian.com/politics/live/2024/may/03/x"
delay = 5
max_pages = 3
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "feeds.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_good_file_gives_its_settings_and_feeds(tmp_path: Path) -> None:
    got = load({}, write(tmp_path, GOOD), environ={})
    assert got == Settings(
        db=str(tmp_path / "night.sqlite"),  # relative to the file, so cron's working directory does not matter
        user_agent="liveblog-test/1",
        contact="desk@example.org",
        delay=2.0,
        timeout=10.5,
        max_pages=40,
        lock_timeout=120.0,
        log_format="json",
        feeds=(
            Feed(url="https://www.bbc.co.uk/news/live/uk-politics-1", label="Locals"),
            Feed(url="https://www.theguardian.com/politics/live/2024/may/03/x", delay=5.0, max_pages=3),
        ),
    )
    first, second = got.feeds
    assert (got.feed_delay(first), got.feed_max_pages(first)) == (2.0, 40)
    assert (got.feed_delay(second), got.feed_max_pages(second)) == (5.0, 3)


def test_defaults_without_file_env_or_flags() -> None:
    got = load({}, None, environ={})
    assert got == Settings()
    assert (got.db, got.delay, got.lock_timeout, got.log_format, got.feeds) == (
        "liveblog.sqlite",
        1.0,
        60.0,
        "text",
        (),
    )


def test_flags_beat_environment_beat_file(tmp_path: Path) -> None:
    config = write(tmp_path, GOOD)
    env = {"LIVEBLOG_DELAY": "3.5", "LIVEBLOG_DB": "/tmp/env.sqlite", "LIVEBLOG_ALLOW_PRIVATE": "yes", "OTHER": "x"}
    got = load({"db": "/tmp/flag.sqlite", "max_pages": None, "lock_timeout": 0}, config, environ=env)
    assert got.db == "/tmp/flag.sqlite"  # flag over env over file
    assert got.delay == 3.5  # env over file
    assert got.max_pages == 40  # a flag left out (None) does not hide the file
    assert got.lock_timeout == 0.0  # a flag of 0 is given, not missing
    assert got.allow_private is True
    assert got.timeout == 10.5 and got.log_format == "json"


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"LIVEBLOG_DELAY": "soon"}, "environment variable LIVEBLOG_DELAY must be a number, not 'soon'"),
        ({"LIVEBLOG_MAX_PAGES": "0"}, "LIVEBLOG_MAX_PAGES must be at least 1"),
        ({"LIVEBLOG_LOG_FORMAT": "xml"}, "LIVEBLOG_LOG_FORMAT must be one of text, json"),
        ({"LIVEBLOG_ALLOW_PRIVATE": "perhaps"}, "LIVEBLOG_ALLOW_PRIVATE must be a boolean"),
    ],
)
def test_bad_environment_values_name_the_variable(env: dict[str, str], message: str) -> None:
    with pytest.raises(UsageError, match=message):
        load({}, None, environ=env)


def test_bad_flag_value_names_the_flag() -> None:
    with pytest.raises(UsageError, match="--delay must be at least 0, not -1"):
        load({"delay": -1}, None, environ={})


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[settings]\ndelay = = 2\n", r"feeds.toml: not valid TOML: .*\(at line 2, column 9\)"),
        ("[settings]\nuser_agent = 'a'\n\n[settings]\n", r"not valid TOML: .*line 4"),
        ("[settings]\ndb = 'x'\ndelai = 2\n", r"feeds.toml, line 3: settings: unknown key 'delai' \(known: .*delay"),
        ("[settings]\n\ndelay = 'fast'\n", r"feeds.toml, line 3: settings: delay must be a number, not 'fast'"),
        ("[settings]\nmax_pages = 2.5\n", r"line 2: settings: max_pages must be an integer, not 2.5"),
        ("[settings]\nlog_format = 'yaml'\n", r"line 2: settings: log_format must be one of text, json"),
        ("[settings]\nallow_private = 'yes'\n", r"line 2: settings: allow_private must be a boolean"),
        ("[settings]\ndelay = '2'\n", r"line 2: settings: delay must be a number, not '2'"),
        ("[setings]\ndelay = 1\n", r"feeds.toml, line 1: unknown table or key 'setings'"),
        (
            "[[feed]]\nurl = 'https://a.example/live'\n\n[[feed]]\nurl = 'https://b.example/live'\nmax_page = 3\n",
            r"feeds.toml, line 6: feed 2: unknown key 'max_page' \(known: delay, label, max_pages, url\)",
        ),
        (
            "[[feed]]\nurl = 'https://a.example/live'\n[[feed]]\nlabel = 'no url'\n",
            r"feeds.toml, line 3: feed 2 has no url",
        ),
        ("[[feed]]\nurl = 'ftp://a.example/live'\n", r"line 2: feed 1: url must start with http:// or https://"),
        ("[[feed]]\nurl = 'https://a.example/'\ndelay = true\n", r"line 3: feed 1: delay must be a number, not True"),
        ("feed = 'https://a.example/'\n", r"feeds must be tables"),
        ("settings = 3\n", r"line 1: 'settings' must be a table"),
    ],
)
def test_a_bad_file_names_the_line_and_the_problem(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(UsageError, match=message) as caught:
        read_config(write(tmp_path, text))
    assert str(tmp_path / "feeds.toml") in str(caught.value)


def test_unreadable_file_is_a_usage_error(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="cannot read config file"):
        read_config(tmp_path / "missing.toml")
