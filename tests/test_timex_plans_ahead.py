"""A time told as what an agreement commits to, or as the far complement of a present
arrangement, lies ahead of the telling (branch d36)."""

from __future__ import annotations

from datetime import date

import pytest

from briefgen.extract.timex import tag

NOVEMBER = date(1989, 11, 2)  # a Thursday
MONDAY = date(1998, 8, 17)


def _values(text: str, dct: date) -> list[str]:
    return [t.value for t in tag(text, dct) if t.type in ("DATE", "TIME")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the month is the infinitive's, what is agreed to: the coming one
        (
            "The bank announced an agreement to acquire the Ohio, Ill., holding company"
            " in January.",
            "1990-01",
        ),
        ("The maker agreed to purchase the line for $22 million in February.", "1990-02"),
        ("The board voted to close the plant in March.", "1990-03"),
        ("The two firms agreed to complete the merger on Jan. 15.", "1990-01-15"),
        ("The union decided to strike in early April.", "1990-04"),
    ],
)
def test_a_month_an_agreement_commits_to_is_the_coming_one(text: str, value: str) -> None:
    assert _values(text, NOVEMBER) == [value]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the agreeing itself dated, before its infinitive: the past one
        ("The maker agreed in February to purchase the line.", "1989-02"),
        ("The plant closed in February.", "1989-02"),
        # the infinitive's object holds another past verb: another clause, left to tense
        ("The firm agreed to buy the unit, which it sold in February.", "1989-02"),
        # "to" a preposition, no infinitive
        ("The bank agreed to the sale in February.", "1989-02"),
    ],
)
def test_a_month_not_committed_to_keeps_its_tense(text: str, value: str) -> None:
    assert _values(text, NOVEMBER) == [value]


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


def test_a_month_after_the_pages_an_agreement_names_keeps_the_past() -> None:
    # the agreeing's own time is as likely there: the past tense reads it, last year's
    text = "The party agreed to share its voter file in late November."
    assert _values(text, date(2016, 1, 5)) == ["2015-11"]


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
