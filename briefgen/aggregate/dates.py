"""TIMEX3 values as day intervals, to compare dates written at different precisions."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

__all__ = ["DateRange", "date_range", "day_of", "readable"]

_SEASONS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "AU": (9, 11), "WI": (12, 14)}
_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})")
_PART = re.compile(r"^(\d{4})-(SP|SU|FA|AU|WI|Q[1-4]|H[12])$")
_YEAR = re.compile(r"^(\d{4})$")
_DECADE = re.compile(r"^(\d{3})X?$")
_CENTURY = re.compile(r"^(\d{2})(?:XX)?$")


@dataclass(frozen=True)
class DateRange:
    """The days a TIMEX3 value may denote: ``lo``..``hi`` inclusive, with its precision.

    ``rank`` orders precisions: 5 day, 4 week, 3 month, 2 season/quarter/half,
    1 year, 0 decade or century.
    """

    lo: date
    hi: date
    rank: int

    @property
    def width(self) -> int:
        return (self.hi - self.lo).days + 1

    def overlaps(self, other: DateRange, slack: int = 0) -> bool:
        pad = timedelta(days=slack)
        return self.lo - pad <= other.hi and other.lo - pad <= self.hi

    def gap(self, other: DateRange) -> int:
        """Days between the two ranges (0 when they overlap)."""
        if self.overlaps(other):
            return 0
        return max((other.lo - self.hi).days, (self.lo - other.hi).days)


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _single(value: str) -> DateRange | None:
    value = value.strip()
    try:
        if m := _DAY.match(value):
            d = date(int(m[1]), int(m[2]), int(m[3]))
            return DateRange(d, d, 5)
        if m := _MONTH.match(value):
            y, mo = int(m[1]), int(m[2])
            return DateRange(date(y, mo, 1), _month_end(y, mo), 3)
        if m := _WEEK.match(value):
            lo = date.fromisocalendar(int(m[1]), int(m[2]), 1)
            return DateRange(lo, lo + timedelta(days=6), 4)
        if m := _PART.match(value):
            y, part = int(m[1]), m[2]
            if part[0] == "Q":
                first = 3 * int(part[1]) - 2
                span = (first, first + 2)
            elif part[0] == "H":
                first = 6 * int(part[1]) - 5
                span = (first, first + 5)
            else:
                span = _SEASONS[part]
            end_year, end_month = y + (span[1] - 1) // 12, (span[1] - 1) % 12 + 1
            return DateRange(date(y, span[0], 1), _month_end(end_year, end_month), 2)
        if m := _YEAR.match(value):
            y = int(m[1])
            return DateRange(date(y, 1, 1), date(y, 12, 31), 1)
        if m := _DECADE.match(value):
            y = int(m[1]) * 10
            return DateRange(date(max(y, 1), 1, 1), date(y + 9, 12, 31), 0)
        if m := _CENTURY.match(value):
            y = int(m[1]) * 100
            return DateRange(date(max(y, 1), 1, 1), date(y + 99, 12, 31), 0)
    except ValueError:
        return None
    return None


def date_range(value: str) -> DateRange | None:
    """``2021-07-08`` / ``2021-07`` / ``2021-SU`` / ``2021`` / ``199`` / ``a/b`` -> a range.

    References such as ``PAST_REF`` and durations give ``None``.
    """
    if "/" in value:
        first, _, last = value.partition("/")
        a, b = _single(first), _single(last)
        if a is None or b is None or b.hi < a.lo:
            return a
        return DateRange(a.lo, b.hi, min(a.rank, b.rank))
    return _single(value)


def day_of(value: str) -> str | None:
    """The single day a value names (a range's first day when it spans at most 3 days)."""
    r = date_range(value)
    if r is None or r.rank < 5 or r.width > 3:
        return None
    return r.lo.isoformat()


_SEASON_NAMES = {"SP": "spring", "SU": "summer", "FA": "autumn", "AU": "autumn", "WI": "winter"}


def _readable_single(value: str) -> str:
    r = _single(value)
    if r is None:
        return value
    if r.rank == 5:
        return f"{r.lo.day} {calendar.month_name[r.lo.month]} {r.lo.year}"
    if r.rank == 3:
        return f"{calendar.month_name[r.lo.month]} {r.lo.year}"
    if r.rank == 1:
        return str(r.lo.year)
    if m := _PART.match(value.strip()):
        part = m[2]
        name = _SEASON_NAMES.get(part) or {"Q": "quarter ", "H": "half "}[part[0]] + part[1]
        return f"{name} {m[1]}"
    if r.rank == 0:
        return f"the {r.lo.year}s"
    return value


def readable(value: str) -> str:
    """A TIMEX3 value as a reader writes it: ``2021-08-15`` -> "15 August 2021"."""
    if "/" not in value:
        return _readable_single(value)
    first, _, last = value.partition("/")
    a, b = _single(first), _single(last)
    if a and b and a.rank == b.rank == 5 and (a.lo.year, a.lo.month) == (b.lo.year, b.lo.month):
        return f"{a.lo.day}–{_readable_single(last)}"
    return f"{_readable_single(first)} – {_readable_single(last)}"
