"""Read TIMEX3-style date values for display: human labels, intervals, sort keys.

Values handled: days ``2021-07-08`` (with any time part ignored), months
``2021-07``, years ``2021``, decades ``199``, centuries ``19``, seasons
``2021-SU``, quarters ``2021-Q3``, halves ``2021-H1``, ISO weeks ``2021-W28``
and ranges ``A/B`` of any of these. Anything else is shown as written and has
no interval.
"""

from __future__ import annotations

import re
from datetime import date

from briefgen.aggregate.dates import date_range

MONTHS = [
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
]

_SEASONS = {
    # Northern meteorological seasons: (first month, month span, label).
    "SP": (3, "Spring"),
    "SU": (6, "Summer"),
    "FA": (9, "Autumn"),
    "AU": (9, "Autumn"),
    "WI": (12, "Winter"),
}

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")
_DECADE = re.compile(r"^(\d{3})X?$")
_CENTURY = re.compile(r"^(\d{2})(?:XX)?$")
_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|AU|WI)$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_HALF = re.compile(r"^(\d{4})-H([12])$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")


def interval(value: str | None) -> tuple[date, date] | None:
    """The first and last day a date value covers, or None when it cannot be placed."""
    if not value:
        return None
    left, slash, right = value.strip().partition("/")
    first, last = date_range(left), date_range(right) if slash else None
    if first is None or (slash and (last is None or last.hi < first.lo)):
        return None  # a range whose ends cannot both be placed, in order, is not drawn
    return first.lo, (last or first).hi


def _day_label(day: date, year: bool = True, month: bool = True) -> str:
    parts = [str(day.day)]
    if month:
        parts.append(MONTHS[day.month - 1])
    if year:
        parts.append(str(day.year))
    return " ".join(parts)


_REFS = {"PRESENT_REF": "Ongoing", "PAST_REF": "In the past", "FUTURE_REF": "Future"}


def _single_label(value: str) -> str:
    if value in _REFS:
        return _REFS[value]
    if _DAY.match(value):
        span = interval(value)
        return _day_label(span[0]) if span else value
    if (m := _MONTH.match(value)) and 1 <= int(m[2]) <= 12:
        return f"{MONTHS[int(m[2]) - 1]} {m[1]}"
    if m := _YEAR.match(value):
        return m[1]
    if m := _SEASON.match(value):
        return f"{_SEASONS[m[2]][1]} {m[1]}"
    if m := _QUARTER.match(value):
        return f"Q{m[2]} {m[1]}"
    if m := _HALF.match(value):
        return f"{'First' if m[2] == '1' else 'Second'} half of {m[1]}"
    if m := _WEEK.match(value):
        return f"Week {int(m[2])} of {m[1]}"
    if m := _DECADE.match(value):
        return f"{int(m[1]) * 10}s"
    if m := _CENTURY.match(value):
        n = int(m[1]) + 1
        suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
        return f"{n}{suffix} century"
    return f"Date unclear ({value})"


def human_date(value: str | None, empty: str = "Undated") -> str:
    """A reader's label: ``8 July 2021``, ``8–9 July 2021``, ``July 2021``, ``Autumn 2021``."""
    if not value:
        return empty
    value = value.strip()
    if "/" not in value:
        return _single_label(value)
    left, _, right = value.partition("/")
    a, b = _DAY.match(left), _DAY.match(right)
    span = interval(value)
    if a and b and span:
        first, last = span
        if first == last:
            return _day_label(first)
        if (first.year, first.month) == (last.year, last.month):
            return f"{first.day}–{_day_label(last)}"
        if first.year == last.year:
            return f"{_day_label(first, year=False)} – {_day_label(last)}"
        return f"{_day_label(first)} – {_day_label(last)}"
    return f"{_single_label(left)} – {_single_label(right)}"


def sort_key(value: str | None) -> tuple[int, str, str, str]:
    """Sort placeable dates by first day (then last day), unplaceable ones last by value."""
    span = interval(value)
    if span is None:
        return (1, "", "", value or "")
    return (0, span[0].isoformat(), span[1].isoformat(), value or "")


def human_period(period: tuple[str | None, str | None]) -> str:
    """The period a brief covers, e.g. ``8 July – 30 August 2021``."""
    start, end = period
    if start and end:
        if start == end:
            return human_date(start)
        if _DAY.match(start) and _DAY.match(end):
            return human_date(f"{start[:10]}/{end[:10]}")
        return f"{human_date(start)} – {human_date(end)}"
    if start:
        return f"From {human_date(start)}"
    if end:
        return f"Until {human_date(end)}"
    return "Not determined"
