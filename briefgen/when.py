"""One date type: a TIMEX3 value with the days it covers, its granularity and its status.

Every stage that filters, compares, sorts or labels a date goes through ``When``:
the value is parsed once (``When.of``, cached) and the JSON keeps the TIMEX3 string.

Values handled: days ``2021-07-08`` (any time part ``T10:40``/``TNI`` belongs to the
day; a clock time may carry the zone the page wrote, ``2021-07-08T10:40 GMT``), ISO weeks
``2021-W28``, months ``2021-07``, seasons ``2021-SU``, quarters ``2021-Q3``, halves
``2021-H1``, years ``2021``, decades ``199``, centuries ``19``, and ranges ``A/B`` of any
of these. References (``PAST_REF``) and durations have no days.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Literal

__all__ = [
    "BACKGROUND",
    "MONTHS",
    "MONTH_ABBRS",
    "MONTH_DOTTED_ABBRS",
    "MONTH_NAMES",
    "WEEKDAY_ABBRS",
    "WEEKDAY_NAMES",
    "Granularity",
    "When",
    "label",
    "period_label",
    "sort_key",
]

# The calendar's names as a text writes them, one spelling for every reader of a date in
# prose or page furniture. The ``*_NAMES``/``*_ABBRS`` strings are regular-expression
# alternations without a group: a pattern wraps them as it needs ("(?:" ... ")").
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
MONTH_NAMES = "|".join(MONTHS)
# Every month's first three letters ("Jan", "May", "Sep"): followed by ``[a-z]*`` they also
# read the full name and "Sept".
MONTH_ABBRS = "|".join(month[:3] for month in MONTHS)
# The abbreviations a full stop may close ("Jan.", "Sept."): "May" is its whole name, so
# "May." ends a sentence.
MONTH_DOTTED_ABBRS = "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec"
WEEKDAY_NAMES = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
WEEKDAY_ABBRS = "|".join(day[:3] for day in WEEKDAY_NAMES.split("|"))

# What ended this long before the corpus's first source is its background, not the story's
# time: a statement then is no key position, a happening then is shown only in a sentence
# naming the story.
BACKGROUND = timedelta(days=365)

Granularity = Literal["day", "week", "month", "season", "year", "decade"]

# Finer first: ``RANK`` orders granularities (5 day ... 0 decade or century).
RANK: dict[Granularity, int] = {
    "day": 5,
    "week": 4,
    "month": 3,
    "season": 2,
    "year": 1,
    "decade": 0,
}
_SEASONS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "AU": (9, 11), "WI": (12, 14)}
_SEASON_NAMES = {"SP": "spring", "SU": "summer", "FA": "autumn", "AU": "autumn", "WI": "winter"}
_ORDINALS = {"1": "first", "2": "second", "3": "third", "4": "fourth"}
_REFS = {"PRESENT_REF": "ongoing", "PAST_REF": "in the past", "FUTURE_REF": "in the future"}

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:T[\w:.+-]*(?: [A-Z]{2,5})?)?$")
_CLOCK_PART = re.compile(r"T(\d{2}):(\d{2})(?: ([A-Z]{2,5}))?$")
# Minutes east of UTC of the zone abbreviations news pages print whose offset is one all
# year (a closed table; "ET", "UK time" or "IST" name more than one offset and are left out).
ZONE_OFFSETS = {
    "GMT": 0,
    "UTC": 0,
    "BST": 60,
    "CET": 60,
    "CEST": 120,
    "EST": -300,
    "EDT": -240,
    "CST": -360,
    "CDT": -300,
    "MST": -420,
    "MDT": -360,
    "PST": -480,
    "PDT": -420,
    "HKT": 480,
    "SGT": 480,
    "JST": 540,
    "AEST": 600,
    "AEDT": 660,
}
_WEEK = re.compile(r"^(\d{4})-W(\d{2})(?:-WE)?$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_PART = re.compile(r"^(\d{4})-(SP|SU|FA|AU|WI|Q[1-4]|H[12])$")
_YEAR = re.compile(r"^(\d{4})$")
_DECADE = re.compile(r"^(\d{3})X?$")
_CENTURY = re.compile(r"^(\d{2})(?:XX)?$")


@dataclass(frozen=True)
class When:
    """The days a TIMEX3 ``value`` denotes: ``first``..``last`` inclusive.

    ``scheduled`` marks a date an event is expected on (announced, planned), not one
    on which it is reported to have happened.
    """

    value: str
    first: date
    last: date
    granularity: Granularity
    scheduled: bool = False

    @staticmethod
    def of(value: str | None, scheduled: bool = False) -> When | None:
        """The ``When`` of a value, or None for references, durations and unknown forms."""
        if not value:
            return None
        found = _parse(value.strip())
        if found is None or not scheduled:
            return found
        return When(found.value, found.first, found.last, found.granularity, True)

    @property
    def rank(self) -> int:
        """5 for a day down to 0 for a decade or century: higher is more precise."""
        return RANK[self.granularity]

    @property
    def width(self) -> int:
        return (self.last - self.first).days + 1

    @property
    def day(self) -> date | None:
        """The single day the value names (a span's first day when at most 3 days long)."""
        if self.granularity != "day" or self.width > 3:
            return None
        return self.first

    @property
    def minute(self) -> int | None:
        """Minutes after midnight of a day with a clock time ("2021-07-08T10:40" is 640)."""
        m = _CLOCK_PART.search(self.value) if self.granularity == "day" else None
        return int(m[1]) * 60 + int(m[2]) if m and int(m[1]) < 24 else None

    @property
    def zone(self) -> str | None:
        """The zone written after a clock time ("GMT" of "2021-07-08T10:40 GMT")."""
        m = _CLOCK_PART.search(self.value) if self.granularity == "day" else None
        return m[3] if m else None

    def clock_day(self, minute: int, zone: str | None, *, ahead: bool = False) -> date | None:
        """For this moment (a day with a clock time), the day of the latest time ``minute``
        at or before it, or with ``ahead`` the earliest at or after it: "at 11am" told in
        the past on a page stamped 01:23 is the day before's. ``zone`` is the one written
        with the clock; a clock and a moment in two zones are compared only when both
        zones' offsets are known, and a clock without a zone is read in the moment's.
        None when this moment has no clock time."""
        own, own_zone = self.minute, self.zone
        if own is None:
            return None
        if zone is not None and zone != own_zone:
            if zone not in ZONE_OFFSETS or own_zone is None or own_zone not in ZONE_OFFSETS:
                return None
            own += ZONE_OFFSETS[zone] - ZONE_OFFSETS[own_zone]
        days, own = divmod(own, 24 * 60)
        day = self.first + timedelta(days=days)
        if ahead:
            return day + timedelta(days=1) if minute < own else day
        return day - timedelta(days=1) if minute > own else day

    def overlaps(self, other: When, slack: int = 0) -> bool:
        pad = timedelta(days=slack)
        return self.first - pad <= other.last and other.first - pad <= self.last

    def gap(self, other: When) -> int:
        """Days between the two (0 when they overlap)."""
        if self.overlaps(other):
            return 0
        return max((other.first - self.last).days, (self.first - other.last).days)

    def within(self, since: date | None, until: date | None) -> bool:
        """Whether any day of the value falls in the period (open ends unbounded)."""
        return (since is None or self.last >= since) and (until is None or self.first <= until)

    def joined(self, other: When) -> When:
        """The smallest span holding both, at the coarser granularity."""
        first, last = min(self.first, other.first), max(self.last, other.last)
        coarse = self if self.rank <= other.rank else other
        value = _span(first, last)
        return When(value, first, last, coarse.granularity, self.scheduled and other.scheduled)

    def common(self, other: When) -> When | None:
        """The days both allow, at the finer granularity; None when they do not meet."""
        first, last = max(self.first, other.first), min(self.last, other.last)
        if first > last:
            return None
        fine = self if self.rank >= other.rank else other
        value = fine.value if (fine.first, fine.last) == (first, last) else _span(first, last)
        return When(value, first, last, fine.granularity, self.scheduled and other.scheduled)

    @property
    def label(self) -> str:
        """As a reader writes it: "15 August 2021", "week of 10 October 2016", "autumn 2021"."""
        left, slash, right = self.value.partition("/")
        if not slash:
            return _single_label(self.value, self)
        a, b = _parse(left), _parse(right)
        if a is None or b is None:
            return _day_label(self.first)
        if a.granularity == b.granularity == "day":
            if a.first == b.first:
                return _day_label(a.first)
            if (a.first.year, a.first.month) == (b.first.year, b.first.month):
                return f"{a.first.day}–{_day_label(b.first)}"
            if a.first.year == b.first.year:
                return f"{_day_label(a.first, year=False)} – {_day_label(b.first)}"
        return f"{_single_label(left, a)} – {_single_label(right, b)}"

    def sort_key(self) -> tuple[str, int, str]:
        # by first day; of two starting the same day the longer first, as a chronology
        # puts "April 2016" over "1 April 2016"
        if self.value.endswith("-WE"):
            # a weekend keeps its week's days (a "weekend" report may tell of the Friday or
            # the Monday) but is read, and so placed, as its Saturday and Sunday
            saturday = self.first + _TO_SATURDAY
            return (saturday.isoformat(), -(saturday.toordinal() + 1), self.value)
        return (self.first.isoformat(), -self.last.toordinal(), self.value)


_TO_SATURDAY = timedelta(days=5)


def _span(first: date, last: date) -> str:
    return first.isoformat() if first == last else f"{first.isoformat()}/{last.isoformat()}"


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


@lru_cache(maxsize=4096)
def _parse(value: str) -> When | None:
    if "/" in value:
        left, _, right = value.partition("/")
        a, b = _single(left), _single(right)
        if a is None or b is None or b.last < a.first:
            return None  # a span whose ends cannot both be placed, in order, has no days
        coarse = a if a.rank <= b.rank else b
        return When(value, a.first, b.last, coarse.granularity)
    return _single(value)


def _single(value: str) -> When | None:
    try:
        if m := _DAY.match(value):
            d = date(int(m[1]), int(m[2]), int(m[3]))
            return When(value, d, d, "day")
        if m := _WEEK.match(value):
            lo = date.fromisocalendar(int(m[1]), int(m[2]), 1)
            return When(value, lo, lo + timedelta(days=6), "week")
        if m := _MONTH.match(value):
            y, mo = int(m[1]), int(m[2])
            return When(value, date(y, mo, 1), _month_end(y, mo), "month")
        if m := _PART.match(value):
            y, part = int(m[1]), m[2]
            if part[0] == "Q":
                span = (3 * int(part[1]) - 2, 3 * int(part[1]))
            elif part[0] == "H":
                span = (6 * int(part[1]) - 5, 6 * int(part[1]))
            else:
                span = _SEASONS[part]
            end_year, end_month = y + (span[1] - 1) // 12, (span[1] - 1) % 12 + 1
            return When(value, date(y, span[0], 1), _month_end(end_year, end_month), "season")
        if m := _YEAR.match(value):
            y = int(m[1])
            return When(value, date(y, 1, 1), date(y, 12, 31), "year")
        if m := _DECADE.match(value):
            y = int(m[1]) * 10
            return When(value, date(max(y, 1), 1, 1), date(y + 9, 12, 31), "decade")
        if m := _CENTURY.match(value):
            y = int(m[1]) * 100
            return When(value, date(max(y, 1), 1, 1), date(y + 99, 12, 31), "decade")
    except ValueError:
        return None
    return None


def _day_label(day: date, year: bool = True) -> str:
    words = f"{day.day} {calendar.month_name[day.month]}"
    return f"{words} {day.year}" if year else words


def _days_label(a: date, b: date) -> str:
    """ "17–18 September 2016", "30 September – 1 October 2016"."""
    if (a.year, a.month) == (b.year, b.month):
        return f"{a.day}–{_day_label(b)}"
    if a.year == b.year:
        return f"{_day_label(a, year=False)} – {_day_label(b)}"
    return f"{_day_label(a)} – {_day_label(b)}"


def _single_label(value: str, when: When | None) -> str:
    if when is None:
        return _REFS.get(value, "date unclear")
    if when.granularity == "day":
        return _day_label(when.first)
    if when.granularity == "week" and value.endswith("-WE"):
        saturday = when.first + _TO_SATURDAY
        return f"weekend of {_days_label(saturday, saturday + timedelta(days=1))}"
    if when.granularity == "week":
        return f"week of {_day_label(when.first)}"
    if when.granularity == "month":
        return f"{calendar.month_name[when.first.month]} {when.first.year}"
    if when.granularity == "year":
        return str(when.first.year)
    if (m := _PART.match(value)) is not None:
        part = m[2]
        if part[0] == "Q":
            return f"the {_ORDINALS[part[1]]} quarter of {m[1]}"
        if part[0] == "H":
            return f"the {_ORDINALS[part[1]]} half of {m[1]}"
        return f"{_SEASON_NAMES[part]} {m[1]}"
    if _CENTURY.match(value):
        n = when.first.year // 100 + 1
        suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
        return f"the {n}{suffix} century"
    return f"the {when.first.year}s"


def label(value: str | None, empty: str = "undated") -> str:
    """The reader's label of any value; references read as words, never raw values."""
    if not value:
        return empty
    when = When.of(value)
    if when is not None:
        return when.label
    return _REFS.get(value.strip(), "date unclear")


def sort_key(value: str | None) -> tuple[int, str, int, str]:
    """Placeable values by first day (the longer span first); unplaceable ones last, by
    value."""
    when = When.of(value)
    if when is None:
        return (1, "", 0, value or "")
    return (0, *when.sort_key())


def period_label(period: tuple[str | None, str | None]) -> str:
    """The period a brief covers, e.g. "8 July – 30 August 2021"."""
    start, end = period
    a, b = When.of(start), When.of(end)
    if a and b:
        if a.granularity == b.granularity == "day":
            return When.of(f"{a.first.isoformat()}/{b.first.isoformat()}").label  # type: ignore[union-attr]
        return f"{a.label} – {b.label}" if a != b else a.label
    if start and end:
        return f"{label(start)} – {label(end)}"
    if start:
        return f"From {label(start)}"
    if end:
        return f"Until {label(end)}"
    return "Not determined"
