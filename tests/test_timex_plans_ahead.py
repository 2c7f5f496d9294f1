"""A time told as the far complement of a present arrangement lies ahead of the telling; a
year-ago period told in the past is set against a complete quarter (branch d36)."""

from __future__ import annotations

from datetime import date

import pytest

from briefgen.extract.timex import tag

MONDAY = date(1998, 8, 17)


def _values(text: str, dct: date) -> list[str]:
    return [t.value for t in tag(text, dct) if t.type in ("DATE", "TIME")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "The envoy, after a long flight, is scheduled to spend only five hours on the"
            " ground in the capital of the coastal country, her first stop Tuesday morning.",
            "1998-08-18TMO",
        ),
        (
            "The delegates are to visit the port, the dam, two schools in the north of the"
            " country on Thursday.",
            "1998-08-20",
        ),
    ],
)
def test_a_weekday_far_inside_a_present_arrangement_lies_ahead(text: str, value: str) -> None:
    assert _values(text, MONDAY) == [value]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the arrangement's complement ends at a conjunction: the weekday is another clause's
        (
            "The envoy is scheduled to spend five hours in the capital of the coastal country,"
            " and the ministers of the region talked about it on Tuesday morning.",
            "1998-08-11TMO",
        ),
        # a relative clause after the arrangement tells its own time
        (
            "The envoy is to fly to the capital of the coastal country, where she met the"
            " president Tuesday.",
            "1998-08-11",
        ),
    ],
)
def test_a_weekday_outside_the_arrangement_keeps_its_tense(text: str, value: str) -> None:
    assert _values(text, MONDAY) == [value]


OCTOBER = date(1989, 10, 26)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # results told in the past are set against a quarter already ended, not the
        # forecast quarter named before
        (
            "Analysts expect the trend to continue into the fourth quarter. In the year-ago"
            " period, the company earned $101.4 million.",
            "1988-Q3",
        ),
        (
            "Analysts expect weak sales in the fourth quarter. The company earned $4 million in"
            " the comparable period a year earlier.",
            "1988-Q3",
        ),
        # a forecast's comparison is with the quarter forecast
        (
            "Analysts expect the trend to continue into the fourth quarter. Fourth-quarter sales"
            " will fall from the year-ago period.",
            "1988-Q4",
        ),
    ],
)
def test_a_year_ago_period_told_in_the_past_is_a_complete_quarter(text: str, value: str) -> None:
    assert _values(text, OCTOBER)[-1] == value
