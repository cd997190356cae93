"""Every time a page shows becomes an aware UTC instant, with the raw text kept beside it.

Known formats go through a regex + zoneinfo fast path (microseconds); anything else goes to dateparser
(English only, imported on first use). Nothing here reads the clock: times without a date or year take
them from ``default_date`` (the page's date) or ``base`` (the fetch time), and "2 hours ago" counts back
from ``base``. A time that cannot be read is ``None`` — never an invented time.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from contextlib import suppress
from datetime import UTC, date, datetime, timedelta
from types import MappingProxyType
from zoneinfo import ZoneInfo

from scraper.lazy import Lazy

LONDON = ZoneInfo("Europe/London")
_ONE_DAY = timedelta(days=1)
_CLOCK_SLACK = timedelta(minutes=5)  # a clock shown without a date may run this far ahead of the fetch time
_DATE_SLACK = timedelta(days=2)  # a date shown without a year, likewise: beyond it, it is last year's

ENGLISH_MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
    "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9,
    "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}  # fmt: skip
# The Welsh ones BBC Cymru Fyw's pages show ("23:45 5 Mai", "14 Ebrill 2022"): no Welsh name is an English word that
# follows a day's number, nor has an English name as its start.
WELSH_MONTHS = {
    "ionawr": 1, "chwefror": 2, "mawrth": 3, "ebrill": 4, "mai": 5, "mehefin": 6, "gorffennaf": 7, "awst": 8,
    "medi": 9, "hydref": 10, "tachwedd": 11, "rhagfyr": 12,
}  # fmt: skip
# The Scottish Gaelic ones BBC Naidheachdan's pages show ("10:20 6 Cèitean"), with and without their accents:
# none is an English or Welsh word that follows a day's number.
GAELIC_MONTHS = {
    "faoilleach": 1, "gearran": 2, "màrt": 3, "giblean": 4, "cèitean": 5, "ceitean": 5, "ògmhios": 6, "ogmhios": 6,
    "iuchar": 7, "lùnastal": 8, "lunastal": 8, "sultain": 9, "dàmhair": 10, "damhair": 10, "samhain": 11,
    "dùbhlachd": 12, "dubhlachd": 12,
}  # fmt: skip
MONTHS = ENGLISH_MONTHS | WELSH_MONTHS | GAELIC_MONTHS
_ZONES = {
    "british summer time": "+01:00", "bst": "+01:00", "greenwich mean time": "+00:00", "gmt": "+00:00",
    "utc": "+00:00", "z": "+00:00", "cet": "+01:00", "cest": "+02:00",
}  # fmt: skip
# the English names first (longest first): an English date's month matches before any Welsh or Gaelic name is tried
_MONTH_RE = "|".join(
    sorted(ENGLISH_MONTHS, key=len, reverse=True)
    + sorted(WELSH_MONTHS, key=len, reverse=True)
    + sorted(GAELIC_MONTHS, key=len, reverse=True)
)
_ZONE_RE = "british summer time|greenwich mean time|bst|gmt|utc|cest|cet"

_ISO = re.compile(
    r"^\s*(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?\s*$",
    re.I,
)
# (The shown-time patterns below are compiled on first use: a page whose times are ISO stamps, or clocks
# `_plain_clock` reads, never reaches them.)
# "[published at] 21:00 [British Summer Time] [7 May [2021]]" and "14.05 BST", "9:05pm"
_CLOCK = Lazy(
    rf"^\s*(?:(?:published|posted|updated)\s+at\s+)?(\d{{1,2}})[:.](\d{{2}})\s*(am|pm)?"
    rf"(?:\s*(?P<zone>{_ZONE_RE}))?"
    rf"(?:,?\s+(?:on\s+)?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+"
    rf"(?P<month>{_MONTH_RE})\.?(?:,?\s+(?P<year>\d{{4}}))?)?\s*$",
    re.I,
)
# The days of the week as pages write them, full or cut short ("Friday", "Fri", "Thurs"), each to its weekday number.
_WEEKDAYS = MappingProxyType({
    "monday": 0, "mon": 0, "tuesday": 1, "tues": 1, "tue": 1, "wednesday": 2, "wed": 2, "thursday": 3, "thurs": 3,
    "thur": 3, "thu": 3, "friday": 4, "fri": 4, "saturday": 5, "sat": 5, "sunday": 6, "sun": 6,
})  # fmt: skip
WEEKDAY_RE = "|".join(sorted(_WEEKDAYS, key=len, reverse=True))
# "Friday 02:14", "Thu at 11.40pm": a clock with its day of the week and no date (a copy of a page a day or more old)
_WEEKDAY_CLOCK = Lazy(
    rf"^\s*({WEEKDAY_RE}),?\s+(?:at\s+)?(\d{{1,2}})[:.](\d{{2}})\s*(am|pm)?(?:\s*({_ZONE_RE}))?\s*$", re.I
)
# "7 May 2021", "09 May 2023", "7 May 2021, 21:00" (date first)
_DATE_FIRST = Lazy(
    rf"^\s*(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?(\d{{1,2}})(?:st|nd|rd|th)?\s+({_MONTH_RE})\.?"
    rf"(?:,?\s+(\d{{4}}))?(?:,?\s+(?:at\s+)?(\d{{1,2}})[:.](\d{{2}})\s*(am|pm)?(?:\s*({_ZONE_RE}))?)?\s*$",
    re.I,
)
# "2 hours ago", Welsh "5 munud yn ôl" / "2 awr yn ôl" (BBC Cymru Fyw) and Scottish Gaelic "25 mionaid air ais" /
# "2 uair a thìde air ais" (BBC Naidheachdan; without a number, one: "mionaid air ais"): each unit told by its
# first letter
_AGO = Lazy(
    r"^\s*(?:posted\s+|updated\s+)?(\d+|an?|one)\s*(s|sec|secs|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|weeks?)"
    r"\s+ago\s*$"
    r"|^\s*(\d+)\s*(eiliad(?:au)?|munud(?:au)?|awr|oriau|diwrnod(?:au)?|wythnos(?:au)?)\s+yn\s+[oô]l\s*$"
    r"|^\s*(\d+\s+)?(mionaid(?:ean)?|uair(?:ean)?(?:\s+a\s+th[iì]de)?|latha|l[aà]ithean)\s+air\s+ais\s*$",
    re.I,
)
_UNITS = {"s": "seconds", "m": "minutes", "h": "hours", "d": "days", "w": "weeks", "e": "seconds", "a": "hours",
          "o": "hours", "u": "hours", "l": "days"}  # fmt: skip
# The relative stamps World Service pages show (Simorgh: "x hours ago" for a post under ten hours old), number first
# in the service's own digits or ASCII: "۴۱ منٹ قبل" (Urdu), "3 घंटे पहले" (Hindi), "২ ঘণ্টা আগে" (Bengali),
# "5 மணி நேரங்களுக்கு முன்னர்" (Tamil), "۲ ساعت پیش" (Persian), "22 минуты назад" (Russian, the unit in each of its
# three endings by number), "8 dakika önce" (Turkish): the unit words by unit, then any service's word for "ago".
_SERVICE_UNITS = {
    "minutes": ("منٹ", "मिनट", "মিনিট", "நிமிடங்களுக்கு", "நிமிடத்திற்கு", "دقیقه", "минуту", "минуты", "минут",
                "dakika"),
    "hours": ("گھنٹے", "گھنٹہ", "घंटे", "घंटा", "ঘণ্টা", "ঘন্টা", "மணி நேரங்களுக்கு", "மணி நேரத்திற்கு", "ساعت",
              "час", "часа", "часов", "saat"),
    "days": ("دن", "दिन", "দিন", "நாட்களுக்கு", "நாளுக்கு", "روز", "день", "дня", "дней", "gün"),
}  # fmt: skip
_SERVICE_UNIT = {word: unit for unit, words in _SERVICE_UNITS.items() for word in words}
SERVICE_AGO = Lazy(
    r"^\s*(\d{1,3})\s*("
    + "|".join(sorted(_SERVICE_UNIT, key=len, reverse=True))
    + r")\s+(?:قبل|पहले|আগে|முன்னர்|முன்பு|پیش|назад|önce)\s*$"
)
# The services that put the word first: Arabic "منذ 5 دقائق" ("since 5 minutes"; one and two are words of their own,
# "منذ ساعة واحدة", "منذ ساعتين") and Swahili "Dakika 5 zilizopita" ("minutes 5 passed").
_ARABIC_UNITS = {
    "دقيقة": "minutes", "دقائق": "minutes", "دقيقتين": "minutes", "دقيقتان": "minutes",
    "ساعة": "hours", "ساعات": "hours", "ساعتين": "hours", "ساعتان": "hours",
    "يوم": "days", "أيام": "days", "يومين": "days", "يومان": "days",
}  # fmt: skip
_DUALS = ("دقيقتين", "دقيقتان", "ساعتين", "ساعتان", "يومين", "يومان")  # the unit's count in its own ending: two
_SWAHILI_UNITS = {"dakika": "minutes", "saa": "hours", "masaa": "hours", "siku": "days"}
_WORD_FIRST_AGO = Lazy(
    rf"^\s*(?:منذ\s+(?:(\d{{1,3}})\s*)?({'|'.join(sorted(_ARABIC_UNITS, key=len, reverse=True))})(?:\s+واحدة?)?"
    rf"|({'|'.join(_SWAHILI_UNITS)})\s+(\d{{1,3}})\s+(?:zilizopita|iliyopita|yaliyopita))\s*$",
    re.I,
)


def service_ago(text: str) -> tuple[str, int] | None:
    """The unit and count of a World Service page's relative stamp, number first ("۴۱ منٹ قبل") or word first
    ("منذ 5 دقائق", "Dakika 5 zilizopita"); None for any other text. A word-first unit without a number is one of
    it ("منذ ساعة"), or two in the dual's ending ("منذ ساعتين")."""
    m = SERVICE_AGO.match(text)
    if m:
        return _SERVICE_UNIT[m.group(2)], int(m.group(1))  # int() reads a digit of any script ("۴۱" is 41)
    m = _WORD_FIRST_AGO.match(text)
    if m is None:
        return None
    if m.group(3):
        return _SWAHILI_UNITS[m.group(3).lower()], int(m.group(4))
    word = m.group(2)
    count = int(m.group(1)) if m.group(1) else 2 if word in _DUALS else 1
    return _ARABIC_UNITS[word], count


def _offset(z: str) -> timedelta:
    sign = -1 if z[0] == "-" else 1
    return sign * timedelta(hours=int(z[1:3]), minutes=int(z[4:6]))


_OFFSETS = {name: _offset(z) for name, z in _ZONES.items()}  # built once: read-only after import


def _zone_offset(zone: str | None) -> timedelta | None:
    if not zone:
        return None
    return _OFFSETS[zone.lower()]


def _local(y: int, mo: int, d: int, h: int, mi: int, s: int, zone: str | None) -> datetime | None:
    try:
        offset = _zone_offset(zone)
        if offset is not None:
            return (datetime(y, mo, d, h, mi, s) - offset).replace(tzinfo=UTC)
        return datetime(y, mo, d, h, mi, s, tzinfo=LONDON).astimezone(UTC)
    except (OverflowError, ValueError):  # an impossible date, or one with no UTC instant ("31 Dec 9999 23:30 EST")
        return None


def _hour(h: str, ampm: str | None) -> int:
    hour = int(h)
    if ampm:
        hour = hour % 12 + (12 if ampm.lower() == "pm" else 0)
    return hour


def _base_date(base: datetime | None, default_date: date | None) -> date | None:
    if default_date is not None:
        return default_date
    if base is not None:
        return base.astimezone(LONDON).date()
    return None


# The two forms `datetime.fromisoformat` reads exactly as `_ISO` does (refusing with ValueError a field that is no
# ASCII number or out of range), told by their separators, every third character from the fifth:
# ``YYYY-MM-DDTHH:MM:SS±HH:MM`` (at 4, 7, 10, 13, 16, 19, 22) and ``YYYY-MM-DDTHH:MM:SS.fffZ`` (4 … 19, and 23).
_OFFSET_SEPARATORS = ("--T::+:", "--T::-:")
_MILLIS_SEPARATORS = "--T::."


def parse_iso(text: str | None) -> datetime | None:
    """ISO 8601 (any precision, ``Z`` or offset) to aware UTC, else None. A time with no offset is UK time, read by
    Europe/London's rules as every other shown time is: UK publishers write local times bare ("2021-05-07T21:00:00"
    in a page's JSON-LD is 21:00 BST, 20:00 UTC), and so does a researcher typing ``--since 2021-05-07``."""
    if not text:
        return None
    size = len(text)
    # each form's separators read by one slice (seven indexings and a call cost a quarter of the parse)
    if size == 24 and text[23] == "Z" and text[4:20:3] == _MILLIS_SEPARATORS:
        # "2021-05-07T21:00:00.000Z" as the Guardian writes it: read in UTC itself (what astimezone(UTC) gives back)
        try:
            return datetime.fromisoformat(text)
        except ValueError:
            pass  # non-ASCII digits, an impossible date: the general reading below decides
    elif size == 25 and text[4:23:3] in _OFFSET_SEPARATORS:
        # "2021-05-07T21:00:00+00:00" as BBC JSON writes every time
        try:
            return datetime.fromisoformat(text).astimezone(UTC)
        except (OverflowError, ValueError):
            pass  # non-ASCII digits, an impossible date or offset, year 9999 behind UTC: the reading below decides
    m = _ISO.match(text)
    if not m:
        return None
    y, mo, d, h, mi, s, frac, zone = m.groups()
    try:
        value = datetime(int(y), int(mo), int(d), int(h or 0), int(mi or 0), int(s or 0),
                         int((frac or "0")[:6].ljust(6, "0")))  # fmt: skip
    except ValueError:
        return None
    if not zone:
        # the first of the two readings of an hour the autumn change repeats (fold 0: still BST), as `_local` does
        try:
            return value.replace(tzinfo=LONDON).astimezone(UTC)
        except (OverflowError, ValueError):
            return None  # a local time at the calendar's edge with no UTC instant
    if zone.upper() != "Z":
        if h is None and len(zone) == 3:  # "2024-05-03-01" is no date with an hours-only offset
            return None
        sign = -1 if zone[0] == "-" else 1
        digits = zone[1:].replace(":", "")  # "+01:00", "+0100" or the hours alone, "+01"
        try:
            value -= sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:] or 0))
        except OverflowError:  # "9999-12-31T23:59-05:00": no UTC instant (a page's typo, or a test of the edges)
            return None
    return value.replace(tzinfo=UTC)


def _clock_digits(clock: str) -> tuple[int, int] | None:
    """``H:MM`` / ``HH:MM`` in ASCII digits as (hour, minute) (any digits: "99:99" too), else None."""
    if not (4 <= len(clock) <= 5 and clock[-3] == ":" and clock.isascii()):
        return None
    hour, minute = clock[:-3], clock[-2:]
    if not (hour.isdigit() and minute.isdigit()):
        return None
    return int(hour), int(minute)


# Every clock of a day as LX shows it ("9:05", "09:05", "14:31") to what `_clock_digits` reads from it: one look-up
# instead of its checks (a test holds the two equal; any other text goes through the checks).
def _day_clocks() -> Mapping[str, tuple[int, int]]:
    minutes = [str(m).zfill(2) for m in range(60)]  # joined, not formatted: a third of the time f-strings take
    clocks = {}
    for hour, text in [(h, str(h).zfill(2)) for h in range(24)] + [(h, str(h)) for h in range(10)]:
        prefix = text + ":"
        for minute in range(60):
            clocks[prefix + minutes[minute]] = (hour, minute)
    return MappingProxyType(clocks)


_DAY_CLOCKS = _day_clocks()  # ~0.4 ms at import
# The same clocks as the time since midnight they show (built once: read-only after import): `ShownTimes.parse` reads
# an LX time as the midnight of its day plus that, one addition. (A minute times the minutes: the same timedelta at a
# third of what 2,040 calls with keywords cost every process at import.)
_MINUTE = timedelta(minutes=1)
_SINCE_MIDNIGHT = {clock: _MINUTE * (60 * hour + minute) for clock, (hour, minute) in _DAY_CLOCKS.items()}


def _plain_clock(text: str) -> tuple[int, int, int, int] | None:
    """``H:MM`` / ``HH:MM``, maybe followed by `` D Month`` (LX's shown times), in ASCII and single spaces, as
    (hour, minute, day, month; day and month 0 when not shown) — what `_CLOCK` reads from it; else None."""
    clock, _, shown_date = text.partition(" ")
    if not 4 <= len(clock) <= 5:
        return None  # no clock (an ISO time, a date): told before any look-up
    digits = _DAY_CLOCKS.get(clock) or _clock_digits(clock)
    if digits is None:
        return None
    hour, minute = digits
    if not shown_date:
        return hour, minute, 0, 0
    shown = _shown_day(shown_date)
    return None if shown is None else (hour, minute, *shown)


def _shown_day(shown_date: str) -> tuple[int, int] | None:
    """`` D Month`` after an LX clock as (day, month), else None."""
    day, _, month_name = shown_date.partition(" ")
    if not (len(day) <= 2 and day.isascii() and day.isdigit() and month_name.isascii()):
        return None
    month = MONTHS.get(month_name.lower())
    return (int(day), month) if month else None


def fast_parse(text: str, *, base: datetime | None = None, default_date: date | None = None) -> datetime | None:
    """The known formats only; None when the text is not one of them (or names an impossible date)."""
    plain = _plain_clock(text)  # never an ISO time: no need to try that first
    if plain is not None:
        hour, minute, day, month = plain
        if month:
            return _infer_year(month, day, hour, minute, None, base, default_date)
        return _on_shown_day(hour, minute, None, base, default_date)
    iso = parse_iso(text)
    if iso is not None:
        return iso
    m = _CLOCK.match(text)
    if m:
        hour, minute = _hour(m.group(1), m.group(3)), int(m.group(2))
        zone = m.group("zone")
        if m.group("month"):
            day, month = int(m.group("day")), MONTHS[m.group("month").casefold()]
            if m.group("year"):
                return _local(int(m.group("year")), month, day, hour, minute, 0, zone)
            return _infer_year(month, day, hour, minute, zone, base, default_date)
        return _on_shown_day(hour, minute, zone, base, default_date)
    m = _DATE_FIRST.match(text)
    if m:
        d_text, mon_text, year, h, mi, ampm, zone = m.groups()
        hour, minute = (_hour(h, ampm), int(mi)) if h else (0, 0)
        month = MONTHS[mon_text.casefold()]
        if year:
            return _local(int(year), month, int(d_text), hour, minute, 0, zone)
        return _infer_year(month, int(d_text), hour, minute, zone, base, default_date)
    m = _WEEKDAY_CLOCK.match(text)
    if m:
        weekday, hour, minute = _WEEKDAYS[m.group(1).lower()], _hour(m.group(2), m.group(4)), int(m.group(3))
        return _on_weekday(weekday, hour, minute, m.group(5), base)
    m = _AGO.match(text)
    if m:
        if base is None:
            return None
        amount, unit_text = next((m.group(i), m.group(i + 1)) for i in (1, 3, 5) if m.group(i + 1))
        count = 1 if amount is None or amount.strip().lower() in ("a", "an", "one") else int(amount)
        unit = _UNITS[unit_text[0].casefold()]
        try:
            return base.astimezone(UTC) - timedelta(**{unit: count})
        except OverflowError:  # "5000000 weeks ago": before the calendar's first day
            return None
    if text.strip().lower() in ("just now", "now"):
        return base.astimezone(UTC) if base else None
    ago = service_ago(text) if base is not None else None
    if ago is not None and base is not None:
        return base.astimezone(UTC) - timedelta(**{ago[0]: ago[1]})
    return None


def _on_weekday(weekday: int, hour: int, minute: int, zone: str | None, base: datetime | None) -> datetime | None:
    """A clock shown with its day of the week and no date: on the last such day up to the fetch day (the fetch day
    itself when it is that day), a week earlier when that would be ahead of the fetch. None without a fetch time."""
    if base is None:
        return None
    fetched_on = base.astimezone(LONDON).date()
    day = fetched_on - timedelta(days=(fetched_on.weekday() - weekday) % 7)
    value = _local(day.year, day.month, day.day, hour, minute, 0, zone)
    if value is not None and value > base + _CLOCK_SLACK:
        day -= timedelta(days=7)
        value = _local(day.year, day.month, day.day, hour, minute, 0, zone)
    return value


def _on_shown_day(
    hour: int, minute: int, zone: str | None, base: datetime | None, default_date: date | None
) -> datetime | None:
    """A clock shown without a date: on the page's day, or the fetch day (the day before if that is ahead)."""
    known = _base_date(base, default_date)
    if known is None:
        return None
    return _on_known_day(hour, minute, zone, known, base if default_date is None else None)


def _on_known_day(hour: int, minute: int, zone: str | None, known: date, fetched: datetime | None) -> datetime | None:
    """`_on_shown_day` on the day ``known``; ``fetched``: the fetch time a clock may not run ahead of (None: the
    page's own day is known)."""
    value = _local(known.year, known.month, known.day, hour, minute, 0, zone)
    if value is not None and fetched is not None and value > fetched + _CLOCK_SLACK:
        prev = known - _ONE_DAY  # "23:50" seen at 00:10 is yesterday's, in yesterday's BST/GMT
        value = _local(prev.year, prev.month, prev.day, hour, minute, 0, zone)
    return value


def _infer_year(
    month: int,
    day: int,
    hour: int,
    minute: int,
    zone: str | None,
    base: datetime | None,
    default_date: date | None,
) -> datetime | None:
    known = _base_date(base, default_date)
    if known is None:
        return None
    return _in_known_year(month, day, hour, minute, zone, known, base)


def _in_known_year(
    month: int, day: int, hour: int, minute: int, zone: str | None, known: date, base: datetime | None
) -> datetime | None:
    """`_infer_year` in the year of ``known`` (`nearest_year`)."""
    year = nearest_year(known, month)
    value = _local(year, month, day, hour, minute, 0, zone)
    # A page fetched on 2 January shows "23:10 31 December": that was last year.
    if value is not None and base is not None and value > base + _DATE_SLACK:
        value = _local(year - 1, month, day, hour, minute, 0, zone)
    return value


def nearest_year(known: date, month: int) -> int:
    """The year of a date shown without one, in ``month``, on a page of day ``known``: the year that puts it within
    six months of that day ("2 Jan" on a page dated 30 December is next year's; "31 Dec" on one dated 1 January,
    last year's)."""
    if month - known.month > 6:
        return known.year - 1
    if known.month - month > 6:
        return known.year + 1
    return known.year


def stated_day(stated: datetime, fetched: datetime | None, *, within: timedelta = _ONE_DAY) -> date | None:
    """The London day of the date a page states (its header's, a copy's dated line) when the fetch time cannot be the
    page's own: none known, or over ``within`` after the stated time, or over a day before it (a saved page parsed
    with its file's time, or a test's); else None, and the fetch time decides, as it does in a live harvest."""
    if fetched is not None and -_ONE_DAY <= fetched - stated <= within:
        return None
    return stated.astimezone(LONDON).date()


def base_for(stated: datetime, fetched: datetime | None) -> datetime | None:
    """The fetch time as the base of a page's shown times, None when it is over a day before the date the page states:
    no time of that page ("19:40 6 May" is not last year's for coming after it, "2 hours ago" not before it)."""
    return None if fetched is not None and stated - fetched > _ONE_DAY else fetched


def parse_time(text: str | None, *, base: datetime | None = None, default_date: date | None = None) -> datetime | None:
    """Any shown time to aware UTC: the fast path first, then dateparser (English), else None."""
    if not text or not text.strip():
        return None
    text = " ".join(text.split())
    value = fast_parse(text, base=base, default_date=default_date)
    if value is not None:
        return value
    if not re.search(r"\d|ago|yesterday|today|now", text, re.I):
        return None
    return _dateparser(text, base)


def _dateparser(text: str, base: datetime | None) -> datetime | None:
    import dateparser  # heavy: only when the fast path did not know the format

    settings: dict[str, object] = {
        "TIMEZONE": "Europe/London",
        "TO_TIMEZONE": "UTC",
        "RETURN_AS_TIMEZONE_AWARE": True,
        "PREFER_DATES_FROM": "past",
    }
    if base is not None:
        settings["RELATIVE_BASE"] = base.astimezone(LONDON).replace(tzinfo=None)
    else:
        # With no base, a time without a full date would silently take today's: refuse it.
        settings["REQUIRE_PARTS"] = ["day", "month", "year"]
        if not re.search(r"\b\d{4}\b", text) or re.search(r"ago|yesterday|today|now", text, re.I):
            return None
    try:
        value = dateparser.parse(text, languages=["en"], settings=settings)  # type: ignore[arg-type]
    except (ValueError, OverflowError):
        return None
    if value is None:
        return None
    return value.astimezone(UTC)


class ShownTimes:
    """`parse_time` with one ``base`` and ``default_date``, for every shown time of a page: the day a time shown
    without a date (or a year) belongs to is worked out once, and LX's plain clocks ("14:31", "14:31 7 May") are
    read without `parse_time`'s normalising and dispatch (any other text, or no time read: `parse_time` itself).
    A London day's offset from UTC is looked up once (`_london`), not once a time."""

    __slots__ = ("_base", "_default_date", "_known", "_fetched", "_clock_limit", "_date_limit", "_offsets", "_days")

    def __init__(self, base: datetime | None = None, default_date: date | None = None) -> None:
        self._base, self._default_date = base, default_date
        self._fetched = base if default_date is None else None  # what a clock without a date may not run ahead of
        self._known: date | None = None  # None: every time goes to `parse_time`
        self._clock_limit = self._date_limit = None  # the fetch time plus each slack (None: no fetch time)
        self._offsets: dict[tuple[int, int, int], timedelta | None] = {}  # `_london`'s days, for this page only
        # `_midnights` of each date an LX time shows ("" or "7 May"), for this page only
        self._days: dict[str, _Midnights] = {}
        with suppress(OverflowError, ValueError):  # a base at the calendar's edge: `parse_time` meets what it meets
            if self._fetched is not None:
                self._clock_limit = self._fetched + _CLOCK_SLACK
            if base is not None:
                self._date_limit = base + _DATE_SLACK
            self._known = _base_date(base, default_date)

    def parse(self, text: str | None) -> datetime | None:
        """``parse_time(text, base=base, default_date=default_date)``."""
        known = self._known
        if known is not None and text:  # an LX time ("14:31", "14:31 7 May"): its day's midnight plus the clock
            clock, _, shown_date = text.partition(" ")
            since = _SINCE_MIDNIGHT.get(clock)
            if since is not None:
                days = self._days.get(shown_date)
                if days is None:
                    days = self._days[shown_date] = self._midnights(known, shown_date)
                first, second, limit = days
                if first is not None:
                    at = first + since
                    if limit is None or not at > limit:
                        return at
                    if second is not None:
                        return second + since
        plain = _plain_clock(text) if text and known is not None else None
        if plain is not None and known is not None:
            # What `parse_time` reads: a text `_plain_clock` takes is white-space normalised already (a trailing
            # space aside, which the clock it reads leaves out), and `fast_parse` reads it by `_plain_clock` first.
            hour, minute, day, month = plain
            if month:  # `_in_known_year`
                year = nearest_year(known, month)
                value = self._london(year, month, day, hour, minute)
                if value is not None and self._date_limit is not None and value > self._date_limit:
                    value = self._london(year - 1, month, day, hour, minute)
            else:  # `_on_known_day`
                value = self._london(known.year, known.month, known.day, hour, minute)
                if value is not None and self._clock_limit is not None and value > self._clock_limit:
                    prev = known - _ONE_DAY  # "23:50" seen at 00:10 is yesterday's, in yesterday's BST/GMT
                    value = self._london(prev.year, prev.month, prev.day, hour, minute)
            if value is not None:
                return value
        return parse_time(text, base=self._base, default_date=self._default_date)

    def _midnights(self, known: date, shown_date: str) -> _Midnights:
        """For a clock shown with ``shown_date`` ("" or "D Month", as `_plain_clock` reads it): the 00:00 of the day
        `parse` reads it on first, of the day it reads it on when that is past the limit, and the limit (`_london` at
        0:00 of each, None where a clock's `_london` is no midnight plus its time: a day of two offsets, or none)."""
        if not shown_date:  # `_on_known_day`: the known day, else the day before
            before = known - _ONE_DAY if known > date.min else None
            return (self._midnight(known.year, known.month, known.day),
                    self._midnight(before.year, before.month, before.day) if before is not None else None,
                    self._clock_limit)  # fmt: skip
        shown = _shown_day(shown_date)
        if shown is None:
            return None, None, None
        day, month = shown  # `_in_known_year`: the nearest year, else the year before it
        year = nearest_year(known, month)
        return self._midnight(year, month, day), self._midnight(year - 1, month, day), self._date_limit

    def _midnight(self, y: int, mo: int, d: int) -> datetime | None:
        """``_london(y, mo, d, 0, 0)`` when the day's clocks are that plus their time (its offset holds all day)."""
        offset = _day_offset(y, mo, d)
        return None if offset is None else datetime(y, mo, d, 0, 0, 0, 0, UTC) - offset

    def _london(self, y: int, mo: int, d: int, h: int, mi: int) -> datetime | None:
        """``_local(y, mo, d, h, mi, 0, None)``: on a day whose offset from UTC is the same at its first and its last
        minute (London changes it at most once a day, so it holds all day), the local time less that offset."""
        key = (y, mo, d)
        offset = self._offsets.get(key, _UNREAD)
        if offset is _UNREAD:
            offset = self._offsets[key] = _day_offset(y, mo, d)
        if offset is None:
            return _local(y, mo, d, h, mi, 0, None)
        try:
            return datetime(y, mo, d, h, mi, 0, 0, UTC) - offset  # tzinfo passed by position: a third cheaper
        except ValueError:
            return None  # no such hour or minute: `_local` refuses it too


_Midnights = tuple[datetime | None, datetime | None, datetime | None]  # `ShownTimes._midnights`
_UNREAD = timedelta(days=-1)  # `ShownTimes._offsets`: a day not looked up yet (no London offset is a day)


def _day_offset(y: int, mo: int, d: int) -> timedelta | None:
    """London's offset from UTC on day ``y-mo-d`` when it is the same at 00:00 and 23:59 (so all day), in years where
    a local time less it cannot leave the calendar; else None (a change of clocks that day, or no such day)."""
    if not 1900 <= y <= 9000:
        return None
    try:
        first = datetime(y, mo, d, tzinfo=LONDON).utcoffset()
        last = datetime(y, mo, d, 23, 59, tzinfo=LONDON).utcoffset()
    except ValueError:
        return None
    return first if first == last else None


# The Guardian's stamp under an edited post: "Updated at 14.32 BST", on its old pages "Updated at 5.34am BST" (its
# clock, the post's `updated_at`).
UPDATED_AT = re.compile(r"^Updated at (?P<time>\d{1,2}[:.]\d{2}(?:\s?[ap]m)?(?: BST| GMT)?)$", re.I)


def clock_after(clock: str | None, published: datetime | None) -> datetime | None:
    """The instant of a post's "Updated at" clock: on its publication's (London) day, or the day after when the
    clock reads earlier (an edit past midnight); None without a clock or a publication time to date it."""
    if clock is None or published is None:
        return None
    day = published.astimezone(LONDON).date()
    updated = parse_time(clock, base=published, default_date=day)
    if updated is not None and updated < published:
        updated = parse_time(clock, base=published, default_date=day + _ONE_DAY)
    return updated


def _repeated_hour_later(at: datetime) -> datetime | None:
    """The second reading of a London clock time the autumn change shows twice (01:00 to 01:59 on October's last
    Sunday): ``at`` read as BST, the instant an hour later read as GMT. None for any other time, or one read as GMT."""
    if at.month != 10 or at.day < 25:  # the change's Sunday is one of October's last seven days
        return None
    later = at.astimezone(LONDON).replace(fold=1).astimezone(UTC)
    return later if later != at else None


_CLOCK_IN = re.compile(r"\d{1,2}[:.]\d{2}")
# A shown time that names its zone, or an ISO stamp (a ``datetime`` attribute's): an exact instant, never the autumn
# change's other reading.
_ZONED = re.compile(r"\b(?:BST|GMT|UTC|British Summer Time|Greenwich Mean Time)\b|\dT\d{2}:")


def bare_clock(shown: str | None) -> bool:
    """Whether a post's shown time is a clock without its zone ("01:10", "Posted at 01:10"; not "01:10 GMT" or
    "2024-10-27T01:10:00Z"): one the autumn change may show twice (`repeated_hours_in_order`)."""
    return bool(shown and _CLOCK_IN.search(shown) and not _ZONED.search(shown))


def repeated_hours_in_order(times: list[datetime | None], bare: list[bool] | None = None) -> list[datetime | None]:
    """A stream's times, the autumn change's repeated hour put in the stream's order: a clock shown without a zone
    (``bare``: which were; all when not given) read as BST (the hour's first showing) that stands above an older
    post's later time in a newest-first stream is the hour's second showing, GMT, when that reading puts it back in
    order ("01:10" over "01:40": 01:10 GMT after 01:40 BST). Walked oldest first, so a run of them is read in turn; a
    newest-last stream is left as it is."""
    known = [at for at in times if at is not None]
    if len(known) < 2 or known[0] < known[-1]:
        return times
    out = list(times)
    older: datetime | None = None
    for i in range(len(out) - 1, -1, -1):
        at = out[i]
        if at is None:
            continue
        if (
            older is not None
            and at < older
            and (bare is None or bare[i])
            and (later := _repeated_hour_later(at)) is not None
            and later >= older
        ):
            out[i] = at = later
        older = at
    return out
