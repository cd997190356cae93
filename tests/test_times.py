from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from scraper.times import _CLOCK, MONTHS, ShownTimes, _plain_clock, fast_parse, parse_iso, parse_time

FETCHED = datetime(2021, 5, 8, 9, 0, tzinfo=UTC)

# (raw, fetched_at, default_date, expected UTC ISO or None)
CASES = [
    ("published at 21:00 British Summer Time 7 May 2021", FETCHED, None, "2021-05-07T20:00:00"),
    ("21:00 British Summer Time 7 May 2021", None, None, "2021-05-07T20:00:00"),
    ("09:15 Greenwich Mean Time 12 December 2019", None, None, "2019-12-12T09:15:00"),
    ("14:31 7 May 2019", None, None, "2019-05-07T13:31:00"),
    ("14:31 7 Dec 2019", None, None, "2019-12-07T14:31:00"),
    ("14:31 7 May", FETCHED, None, "2021-05-07T13:31:00"),
    ("14:31 7 May", None, date(2019, 5, 3), "2019-05-07T13:31:00"),
    ("23:10 31 December", datetime(2022, 1, 1, 1, 0, tzinfo=UTC), None, "2021-12-31T23:10:00"),
    ("14:31", None, date(2021, 5, 7), "2021-05-07T13:31:00"),
    ("08:30", FETCHED, None, "2021-05-08T07:30:00"),
    ("23:50", datetime(2021, 5, 7, 23, 10, tzinfo=UTC), None, "2021-05-07T22:50:00"),
    ("21:19 BST 29 June", datetime(2023, 7, 1, tzinfo=UTC), None, "2023-06-29T20:19:00"),
    ("14.05 BST", None, date(2024, 7, 4), "2024-07-04T13:05:00"),
    ("9:05pm", None, date(2021, 1, 4), "2021-01-04T21:05:00"),
    ("9 May 2023", None, None, "2023-05-08T23:00:00"),
    ("2 hours ago", FETCHED, None, "2021-05-08T07:00:00"),
    ("an hour ago", FETCHED, None, "2021-05-08T08:00:00"),
    ("35 minutes ago", FETCHED, None, "2021-05-08T08:25:00"),
    ("2023-07-05T13:43:52+00:00", None, None, "2023-07-05T13:43:52"),
    ("2023-07-05T13:43:53.114Z", None, None, "2023-07-05T13:43:53.114000"),
    ("2017-09-28T22:59:02.448804522Z", None, None, "2017-09-28T22:59:02.448804"),
    ("2021-05-07T21:00:00+01:00", None, None, "2021-05-07T20:00:00"),
    # cannot be read: None, never an invented time
    ("14:31", None, None, None),
    ("2 hours ago", None, None, None),
    ("31 February 2021", None, None, None),
    ("25:00 7 May 2021", None, None, None),
    ("Breaking", FETCHED, None, None),
    ("", FETCHED, None, None),
]


@pytest.mark.parametrize(("raw", "fetched", "default", "expected"), CASES)
def test_parse_time(raw: str, fetched: datetime | None, default: date | None, expected: str | None) -> None:
    got = parse_time(raw, base=fetched, default_date=default)
    if expected is None:
        assert got is None
    else:
        assert got is not None and got.tzinfo is not None
        assert got.astimezone(UTC).replace(tzinfo=None).isoformat() == expected


@pytest.mark.parametrize(
    ("raw", "fetched", "expected"),
    [  # a bare clock time from the day before a clock change keeps that day's offset
        ("15:55", datetime(2020, 10, 25, 3, 9, tzinfo=UTC), "2020-10-24T14:55:00"),  # BST the day before GMT
        ("22:05", datetime(2020, 3, 29, 1, 24, tzinfo=UTC), "2020-03-28T22:05:00"),  # GMT the day before BST
    ],
)
def test_yesterdays_clock_time_across_a_clock_change(raw: str, fetched: datetime, expected: str) -> None:
    got = parse_time(raw, base=fetched)
    assert got is not None and got.astimezone(UTC).replace(tzinfo=None).isoformat() == expected


def test_dateparser_handles_what_the_fast_path_does_not() -> None:
    raw = "Friday 7 May 2021 at 9pm"
    assert fast_parse(raw, base=FETCHED) is None
    got = parse_time(raw, base=FETCHED)
    assert got == datetime(2021, 5, 7, 20, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2022-05-06 15:42:11+01", datetime(2022, 5, 6, 14, 42, 11, tzinfo=UTC)),  # as PostgreSQL writes it
        ("2022-05-06T15:42-05", datetime(2022, 5, 6, 20, 42, tzinfo=UTC)),
        ("2022-05-06-01", None),  # a date alone takes no hours-only offset
    ],
)
def test_parse_iso_reads_an_hours_only_offset(raw: str, expected: datetime | None) -> None:
    assert parse_iso(raw) == expected


def test_parse_iso_rejects_non_iso() -> None:
    assert parse_iso("09 May 2023") is None
    assert parse_iso("2023-13-01") is None


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2021-05-07T21:00:00", datetime(2021, 5, 7, 20, 0, tzinfo=UTC)),  # BST
        ("2021-12-07T21:00", datetime(2021, 12, 7, 21, 0, tzinfo=UTC)),  # GMT
        ("2022-05-06 03:15:42.5", datetime(2022, 5, 6, 2, 15, 42, 500000, tzinfo=UTC)),
        ("2021-05-07", datetime(2021, 5, 6, 23, 0, tzinfo=UTC)),  # the London day begins at 23:00 UTC in summer
        ("2021-10-31T01:30:00", datetime(2021, 10, 31, 0, 30, tzinfo=UTC)),  # the repeated hour: its first, BST
        ("2021-03-28T00:59:00", datetime(2021, 3, 28, 0, 59, tzinfo=UTC)),  # the last GMT minute
        ("2021-03-28T02:00:00", datetime(2021, 3, 28, 1, 0, tzinfo=UTC)),  # the first BST one
    ],
)
def test_parse_iso_reads_a_time_without_offset_as_uk_time(raw: str, expected: datetime) -> None:
    """UK pages write local times bare, and `parse_time` reads every other bare time by Europe/London's rules."""
    got = parse_iso(raw)
    assert got == expected
    assert got is not None and got.tzinfo is UTC
    assert parse_time(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2021-05-07T21:00:00+01:00", datetime(2021, 5, 7, 20, 0, tzinfo=UTC)),
        ("2021-05-07T21:00:00-05:30", datetime(2021, 5, 8, 2, 30, tzinfo=UTC)),
        ("2021-05-07T21:00:00+00:75", datetime(2021, 5, 7, 19, 45, tzinfo=UTC)),  # fromisoformat refuses it
        ("2021-05-07T21:00:00+24:00", datetime(2021, 5, 6, 21, 0, tzinfo=UTC)),  # so does an offset of a day
        ("٢٠٢١-05-07T21:00:00+00:00", datetime(2021, 5, 7, 21, 0, tzinfo=UTC)),  # non-ASCII digits, as _ISO reads
        ("2021-02-30T21:00:00+00:00", None),
        ("2021-05-07T24:00:00+00:00", None),
        ("2021-W18-5T21:00:00+00:00", None),  # an ISO week date fromisoformat would take
    ],
)
def test_parse_iso_offset_form_reads_as_the_general_pattern(raw: str, expected: datetime | None) -> None:
    got = parse_iso(raw)
    assert got == expected
    assert got is None or got.tzinfo is UTC


@pytest.mark.parametrize(
    "raw",
    [
        "2021-05-07T21:00:00.000Z",
        "2024-05-03T03:12:41.123Z",
        "2021-02-30T21:00:00.000Z",
        "2021-05-07T24:00:00.000Z",
        "٢٠٢١-05-07T21:00:00.000Z",
        "2021-05-07T21:00:00.0-1Z",
        "2021-05-07T21:00:00.+12Z",
        "2021-W18-5T21:00:00.000Z",
        "2021-05-07T21:00:60.000Z",
    ],
)
def test_parse_iso_millis_z_form_reads_as_the_general_pattern(raw: str) -> None:
    """The ``….fffZ`` short cut (`datetime.fromisoformat`) gives what `_ISO` gives (a trailing space skips it)."""
    got = parse_iso(raw)
    assert got == parse_iso(raw + " ")
    assert got is None or got.tzinfo is UTC


def test_parse_iso_short_cuts_read_as_the_general_pattern_on_fuzzed_forms() -> None:
    """Strings of the two short-cut lengths made of digits, separators and look-alikes read as `_ISO` reads them
    (a trailing space skips the short cut)."""
    import random

    rng = random.Random(5)
    chars = "0123456789-T:.+Z ٢x"
    templates = ["2021-05-07T21:00:00.000Z", "2021-05-07T21:00:00+01:30"]
    for _ in range(20000):
        raw = list(rng.choice(templates))
        for _ in range(rng.randrange(0, 3)):
            raw[rng.randrange(len(raw))] = rng.choice(chars)
        text = "".join(raw)
        got = parse_iso(text)
        assert got == parse_iso(text + " ") and (got is None or got.tzinfo is UTC), text


@pytest.mark.parametrize(
    "raw",
    ["14:31", "4:05", "14:31 7 May", "14:31 07 sept", "14:31 31 FEBRUARY", "24:00", "14:61 7 May", "9:05 0 May",
     "14:31 7 May 2019", "14:31 7 May.", "14:31 7th May", "14:31  7 May", "١٤:٣١", "14:31 ٧ May", "123:45",
     "14.31 7 May", "14:31 7 Mai", "14:31 "],
)  # fmt: skip
def test_plain_clock_reads_what_the_clock_pattern_reads(raw: str) -> None:
    """`_plain_clock` (the LX short cut) takes only what `_CLOCK` reads the same way, and fast_parse agrees."""
    plain = _plain_clock(raw)
    m = _CLOCK.match(raw)
    if plain is not None:
        assert m is not None and not (m.group(3) or m.group("zone") or m.group("year"))
        month = MONTHS[m.group("month").lower()] if m.group("month") else 0
        assert plain == (int(m.group(1)), int(m.group(2)), int(m.group("day") or 0), month)
    for base, default in ((FETCHED, None), (None, date(2021, 5, 7)), (None, None)):
        assert fast_parse(raw, base=base, default_date=default) == fast_parse(
            raw.replace(":", ".", 1), base=base, default_date=default
        )  # "14.31" takes the regex


@pytest.mark.parametrize(
    ("raw", "plain"),
    [("14:31 7 ſept", "14:31 7 sept"), ("7 ſep 2021", "7 sep 2021"), ("5 ſecs ago", "5 secs ago")],
)
def test_a_long_s_that_the_case_blind_patterns_match_reads_as_s(raw: str, plain: str) -> None:
    # re.I matches 'ſ' for 's' (Unicode case folding); the month/unit lookup must fold the same way, not raise KeyError
    base = datetime(2021, 9, 8, 12, 0, tzinfo=UTC)
    assert fast_parse(raw, base=base) == fast_parse(plain, base=base) is not None


SHOWN = ("14:31", "9:05", "23:50", "00:10", "01:30", "22:00 ", " 22:00", "22:00  7 May", "14:31 7 May",
         "23:10 31 December",
         "14:31 7 may", "14:31 29 February", "25:00", "14:61", "14:31 32 May", "14:31 7 Mayo", "14:31 BST", "14.31",
         "２２:００", "published at 21:00", "2021-05-07T21:00:00+00:00", "2 hours ago", "now", "", None,
         "9:05 7 May", "23:59 7 May", "00:01 8 May", "23:59 28 March", "01:30 29 March", "00:05 1 January",
         "14:31 07 May", "14:31 7 MAY", "14:31 7 May ", "14:31  7 May", "22:00 7", "14:31 31 June", "23:59",
         "14:31 24 October", "01:30 25 October")  # fmt: skip
BASES = (None, datetime(2021, 5, 8, 9, 0, tzinfo=UTC), datetime(2020, 10, 25, 0, 30, tzinfo=UTC),
         datetime(2020, 3, 29, 1, 24, tzinfo=UTC), datetime(2022, 1, 1, 1, 0, tzinfo=UTC),
         datetime(2021, 3, 1, 0, 2, tzinfo=UTC), datetime(1, 1, 1, tzinfo=UTC))  # fmt: skip


@pytest.mark.parametrize("default", [None, date(2021, 5, 7), date(2020, 3, 29), date(2024, 2, 29)])
@pytest.mark.parametrize("base", BASES)
def test_shown_times_read_what_parse_time_reads(base: datetime | None, default: date | None) -> None:
    """The page's reader of shown times (its day worked out once, plain clocks read directly) is `parse_time`."""
    times = ShownTimes(base, default)
    for raw in SHOWN + SHOWN:  # each read twice: the second from the page's days read the first time
        try:
            expected: object = parse_time(raw, base=base, default_date=default)
        except (OverflowError, ValueError) as exc:
            expected = type(exc)
        try:
            got: object = times.parse(raw)
        except (OverflowError, ValueError) as exc:
            got = type(exc)
        assert got == expected, raw
        if isinstance(got, datetime):
            assert isinstance(expected, datetime) and got.tzinfo is expected.tzinfo


def test_a_page_s_london_days_read_as_each_time_is_read() -> None:
    """`ShownTimes._london` (a day's offset looked up once) is `_local`, on every day of 2015-2030 and every minute of
    the days the clocks change; days outside the years it knows go to `_local` itself."""
    from datetime import timedelta

    from scraper.times import _day_offset, _local

    times = ShownTimes(FETCHED)
    day, changes = date(2015, 1, 1), 0
    while day < date(2031, 1, 1):
        offset = _day_offset(day.year, day.month, day.day)
        if offset is None:
            changes += 1
        clocks = [(h, m) for h in range(24) for m in range(60)] if offset is None else [(0, 0), (1, 30), (23, 59)]
        for h, m in [*clocks, (24, 0), (12, 60)]:
            expected = _local(day.year, day.month, day.day, h, m, 0, None)
            assert times._london(day.year, day.month, day.day, h, m) == expected, (day, h, m)
        day += timedelta(days=1)
    assert changes == 32  # two a year: each goes to `_local`
    assert _day_offset(1899, 5, 7) is None and _day_offset(2021, 2, 30) is None


def test_the_clocks_of_a_day_read_at_once_are_what_the_checks_read() -> None:
    from scraper.times import _DAY_CLOCKS, _clock_digits

    assert len(_DAY_CLOCKS) == 24 * 60 + 10 * 60
    for clock, digits in _DAY_CLOCKS.items():
        assert _clock_digits(clock) == digits, clock
        assert _plain_clock(clock) == (*digits, 0, 0)
        assert _plain_clock(clock + " 7 May") == (*digits, 7, 5)
    assert _clock_digits("99:99") == (99, 99) and _plain_clock("99:99") == (99, 99, 0, 0)


# --- BBC Cymru Fyw (Welsh) ---------------------------------------------------------------------------------

WELSH_BASE = datetime(2022, 5, 6, 13, 0, tzinfo=UTC)  # 14:00 BST


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("3 munud yn ôl", datetime(2022, 5, 6, 12, 57, tzinfo=UTC)),
        ("40 munud yn ol", datetime(2022, 5, 6, 12, 20, tzinfo=UTC)),
        ("1 awr yn ôl", datetime(2022, 5, 6, 12, 0, tzinfo=UTC)),
        ("3 awr yn ôl", datetime(2022, 5, 6, 10, 0, tzinfo=UTC)),
        ("2 ddiwrnod yn ôl", None),  # a mutated unit the rule does not know: no invented time
        ("12:10 4 Mai", datetime(2022, 5, 4, 11, 10, tzinfo=UTC)),
        ("09:30 14 Ebrill", datetime(2022, 4, 14, 8, 30, tzinfo=UTC)),
        ("18:00 2 Rhagfyr", datetime(2021, 12, 2, 18, 0, tzinfo=UTC)),  # GMT, last year's December
    ],
)
def test_welsh_relative_stamps_and_month_names(raw: str, expected: datetime | None) -> None:
    assert parse_time(raw, base=WELSH_BASE) == expected
    assert ShownTimes(WELSH_BASE).parse(raw) == expected


def test_welsh_month_names_read_in_every_date_form() -> None:
    assert parse_time("4 Mai 2022, 21:00", base=WELSH_BASE) == datetime(2022, 5, 4, 20, 0, tzinfo=UTC)
    assert parse_time("16.05 7 Gorffennaf", base=WELSH_BASE) == datetime(2021, 7, 7, 15, 5, tzinfo=UTC)
