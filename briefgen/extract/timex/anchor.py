"""Date arithmetic and the choices anchoring makes: tense cues, past or future readings."""

from __future__ import annotations

import re
from datetime import date, timedelta

from briefgen.extract.timex.lexicon import SEASON_ORDER
from briefgen.extract.timex.tense import clause as clause  # re-exported: tense cues moved
from briefgen.extract.timex.tense import present_as_future as present_as_future
from briefgen.extract.timex.tense import tense as tense


def add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    """(year, month) moved by ``delta`` months."""
    idx = year * 12 + (month - 1) + delta
    return idx // 12, idx % 12 + 1


def add_years(d: date, n: int) -> date:
    """``d`` moved by whole years (29 February becomes 28)."""
    try:
        return d.replace(year=d.year + n)
    except ValueError:
        return d.replace(year=d.year + n, day=28)


def weekday_date(ref: date, weekday: int, direction: int) -> date:
    """The date of ``weekday`` (1 = Monday) nearest ``ref`` in ``direction``.

    A future reading takes the first such day on or after ``ref``; otherwise the latest on
    or before it (news mostly reports the past week).
    """
    back = (ref.isoweekday() - weekday) % 7
    fwd = (weekday - ref.isoweekday()) % 7
    if direction > 0:
        return ref + timedelta(days=fwd)
    return ref - timedelta(days=back)


def month_year(ref: date, month: int, direction: int, day: int | None = None) -> int:
    """The year of a month (and day) named without one, read against ``ref``.

    News mostly looks back: a month well after the reference month is last year's unless
    the clause speaks of the future; one well before it is next year's only when it does.
    A tense cue moves the year from four months away, on either side.
    """
    diff = month - ref.month
    if (diff >= 6 and direction <= 0) or (diff >= 4 and direction < 0):
        return ref.year - 1
    if diff <= -4 and direction > 0:
        return ref.year + 1
    return ref.year


def ahead_of(ref: date, month: int, day: int | None = None) -> bool:
    """Whether ``month`` (its ``day``, else its first) of ``ref``'s year lies more than three
    days after ``ref``: far enough ahead that a page dated a day or two early does not
    bring it into the past."""
    try:
        first = date(ref.year, month, day or 1)
    except ValueError:
        return False
    return (first - ref).days > 3


def ended_year(ref: date, month: int, day: int) -> int:
    """The year of the latest ``month``/``day`` on or before ``ref``: the end of a period
    told as ended ("the quarter ended Oct. 31" in a 27 October report is last year's)."""
    return ref.year - 1 if (month, day) > (ref.month, ref.day) else ref.year


def season_of(d: date) -> str:
    """The TIMEX3 season code of a date (northern hemisphere)."""
    return ("WI", "WI", "SP", "SP", "SP", "SU", "SU", "SU", "FA", "FA", "FA", "WI")[d.month - 1]


def season_year(ref: date, season: str, step: int) -> int:
    """Year of "last/this/next <season>" said on ``ref``."""
    cur = SEASON_ORDER[season_of(ref)]
    tgt = SEASON_ORDER[season]
    if step < 0:
        return ref.year if tgt < cur else ref.year - 1
    if step > 0:
        return ref.year if tgt > cur else ref.year + 1
    return ref.year


def iso_week(d: date) -> str:
    """``2021-W32``."""
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def quarter(d: date) -> int:
    return (d.month - 1) // 3 + 1


def shift_value(value: str, unit: str, n: int) -> str | None:
    """Move a TIMEX3 calendar value by ``n`` units of ``unit`` (Y, Q, M, W, D), or None."""
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            d = date.fromisoformat(value)
            if unit == "D":
                return (d + timedelta(days=n)).isoformat()
            if unit == "W":
                return iso_week(d + timedelta(weeks=n))
            if unit == "M":
                y, m = add_months(d.year, d.month, n)
                return f"{y:04d}-{m:02d}"
            if unit == "Y":
                return add_years(d, n).isoformat()
            return None
        if re.fullmatch(r"\d{4}-\d{2}", value):
            y, m = int(value[:4]), int(value[5:])
            if unit == "M":
                y, m = add_months(y, m, n)
                return f"{y:04d}-{m:02d}"
            if unit == "Y":
                return f"{y + n:04d}-{m:02d}"
            return None
        if re.fullmatch(r"\d{4}-Q\d", value):
            y, q = int(value[:4]), int(value[6])
            if unit == "Y":
                return f"{y + n:04d}-Q{q}"
            if unit == "Q":
                idx = y * 4 + q - 1 + n
                return f"{idx // 4:04d}-Q{idx % 4 + 1}"
            return None
        if re.fullmatch(r"\d{4}(-(SP|SU|FA|WI|H\d))?", value) and unit == "Y":
            return f"{int(value[:4]) + n:04d}{value[4:]}"
        if re.fullmatch(r"\d{4}-W\d{2}", value) and unit == "W":
            d = date.fromisocalendar(int(value[:4]), int(value[6:]), 1)
            return iso_week(d + timedelta(weeks=n))
    except ValueError:
        return None
    return None
