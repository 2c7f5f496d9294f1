"""The one date type: days, granularity, period tests and the reader's labels."""

from __future__ import annotations

import re
from datetime import date

import pytest

from briefgen.when import (
    MONTH_ABBRS,
    MONTH_DOTTED_ABBRS,
    MONTH_NAMES,
    MONTHS,
    WEEKDAY_ABBRS,
    WEEKDAY_NAMES,
    When,
    label,
    period_label,
    sort_key,
)


@pytest.mark.parametrize(
    ("value", "first", "last", "granularity"),
    [
        ("2021-07-08", date(2021, 7, 8), date(2021, 7, 8), "day"),
        ("2016-10-09TNI", date(2016, 10, 9), date(2016, 10, 9), "day"),
        ("2016-W41", date(2016, 10, 10), date(2016, 10, 16), "week"),
        ("2021-07", date(2021, 7, 1), date(2021, 7, 31), "month"),
        ("2021-FA", date(2021, 9, 1), date(2021, 11, 30), "season"),
        ("2021-WI", date(2021, 12, 1), date(2022, 2, 28), "season"),
        ("2021-Q3", date(2021, 7, 1), date(2021, 9, 30), "season"),
        ("2021", date(2021, 1, 1), date(2021, 12, 31), "year"),
        ("199", date(1990, 1, 1), date(1999, 12, 31), "decade"),
        ("2021-07-08/2021-07-09", date(2021, 7, 8), date(2021, 7, 9), "day"),
    ],
)
def test_days_and_granularity(value: str, first: date, last: date, granularity: str) -> None:
    when = When.of(value)
    assert when is not None
    assert (when.first, when.last, when.granularity) == (first, last, granularity)


@pytest.mark.parametrize("value", ["PAST_REF", "P3D", "2021-02-30", "XXXX-07", "2021-09/2021-07"])
def test_what_cannot_be_placed_has_no_days(value: str) -> None:
    assert When.of(value) is None


def test_a_month_is_not_a_day() -> None:
    month = When.of("2016-10")
    assert month is not None and month.day is None
    assert When.of("2016-10-09T10:40").day == date(2016, 10, 9)  # type: ignore[union-attr]


def test_period_filter_keeps_values_that_overlap() -> None:
    october = When.of("2016-10")
    assert october is not None
    assert october.within(date(2016, 10, 20), date(2016, 11, 5))
    assert not october.within(date(2016, 11, 1), None)
    assert When.of("2016-W41").within(None, date(2016, 10, 10))  # type: ignore[union-attr]


def test_scheduled_is_carried() -> None:
    assert When.of("2013-03-28", scheduled=True).scheduled  # type: ignore[union-attr]
    assert not When.of("2013-03-28").scheduled  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("value", "text"),
    [
        ("2021-08-15", "15 August 2021"),
        ("2016-10-09TNI", "9 October 2016"),
        ("2016-W41", "week of 10 October 2016"),
        ("2021-07", "July 2021"),
        ("2021-FA", "autumn 2021"),
        ("2021-Q3", "the third quarter of 2021"),
        ("201", "the 2010s"),
        ("19", "the 20th century"),
        ("2021-07-08/2021-07-09", "8–9 July 2021"),
        ("2021-06-30/2021-07-02", "30 June – 2 July 2021"),
        ("2016-W37-WE", "weekend of 17–18 September 2016"),
        ("2016-W39-WE", "weekend of 1–2 October 2016"),
        ("PAST_REF", "in the past"),
        ("XXXX-07", "date unclear"),
    ],
)
def test_labels_never_show_raw_values(value: str, text: str) -> None:
    assert label(value) == text


def test_sorting_and_period_label() -> None:
    values = ["2021", "PAST_REF", "2021-07-08", "2021-07"]
    assert sorted(values, key=sort_key) == ["2021", "2021-07", "2021-07-08", "PAST_REF"]
    # a month goes over its first day, as every month does over its later days
    same_start = ["2021-07-01", "2021-07-03", "2021-07", "2021-06-30"]
    assert sorted(same_start, key=sort_key) == ["2021-06-30", "2021-07", "2021-07-01", "2021-07-03"]
    assert period_label(("2021-07-08", "2021-08-30")) == "8 July – 30 August 2021"
    assert period_label((None, None)) == "Not determined"


def test_a_weekend_sorts_after_the_weekdays_of_its_week() -> None:
    # told "this weekend" in a Monday paper, the 17-18 September weekend comes after a
    # Tuesday of that week and before the Monday of the next
    values = ["2016-09-19", "2016-W37-WE", "2016-09-13"]
    assert sorted(values, key=sort_key) == ["2016-09-13", "2016-W37-WE", "2016-09-19"]


def test_every_reader_of_a_written_month_spells_it_one_way() -> None:
    """The calendar's names every stage's patterns wrap: a full name, any abbreviation
    ("Sept.", "Jan"), and a full stop closing an abbreviation but never "May"."""
    full = re.compile(rf"(?:{MONTH_NAMES})$")
    assert len(MONTHS) == 12 and all(full.match(month) for month in MONTHS)
    assert full.match("Sept") is None
    short = re.compile(rf"(?:{MONTH_ABBRS})[a-z]*\.?$")
    assert all(short.match(word) for word in ("Jan.", "Sept.", "September", "May"))
    assert short.match("dec") is None
    assert short.match("Mon") is None
    dotted = re.compile(rf"(?:{MONTH_DOTTED_ABBRS})\.$")
    assert dotted.match("Sept.") and dotted.match("Jan.") and dotted.match("May.") is None
    weekday = re.compile(rf"(?:{WEEKDAY_ABBRS})[a-z]*$")
    assert all(weekday.match(day) for day in WEEKDAY_NAMES.split("|"))
