"""A weekday named as a plan's day in a clause told in the past, and "as planned"."""

from __future__ import annotations

from datetime import date

import pytest

from briefgen.extract.timex import tag

SUNDAY = date(2021, 3, 14)
WEDNESDAY = date(2021, 3, 10)
MONDAY = date(2021, 3, 8)


def _day(text: str, dct: date) -> list[str]:
    return [t.value for t in tag(text, dct) if t.type == "DATE"]


@pytest.mark.parametrize(
    ("text", "dct", "value"),
    [
        # the plan looks ahead of its planning, the main verb back: the nearest Saturday
        (
            "A garden party planned at the town hall for Saturday was called off after the rain.",
            SUNDAY,
            "2021-03-13",
        ),
        ("The club cancelled a concert planned for Saturday.", SUNDAY, "2021-03-13"),
        ("The council vote, scheduled for Friday, was postponed.", WEDNESDAY, "2021-03-12"),
        # told in the future, the planned day is still ahead
        ("The garden party planned for Saturday will go ahead.", SUNDAY, "2021-03-20"),
    ],
)
def test_a_plans_day_told_in_the_past_is_the_nearest_one(text: str, dct: date, value: str) -> None:
    assert _day(text, dct) == [value]


@pytest.mark.parametrize(
    ("text", "dct", "value"),
    [
        # "as planned" compares with the plan: the clause's own verb tells the time
        (
            "When the talks failed, the general let the march begin as previously planned"
            " Saturday night.",
            MONDAY,
            "2021-03-06TNI",
        ),
        ("The race went ahead as scheduled on Friday.", WEDNESDAY, "2021-03-05"),
        ("The race will go ahead as scheduled on Friday.", WEDNESDAY, "2021-03-12"),
    ],
)
def test_as_planned_takes_the_tense_of_its_clause(text: str, dct: date, value: str) -> None:
    assert _day(text, dct) == [value]


@pytest.mark.parametrize(
    ("text", "dct", "value"),
    [
        # what is asked, promised or arranged lies after the asking: the nearest such day
        ("At a cafe he urged them to vote Tuesday.", MONDAY, "2021-03-09"),
        ("The mayor asked residents to stay indoors on Wednesday.", MONDAY, "2021-03-10"),
        ("The two sides agreed to meet again on Friday.", WEDNESDAY, "2021-03-12"),
        # a plan told in the past with "was to"
        (
            "Inmates were to mark the anniversary by staging a show for the public on Saturday.",
            date(2021, 3, 12),
            "2021-03-13",
        ),
        ("The minister was to travel to the capital on Tuesday.", WEDNESDAY, "2021-03-09"),
    ],
)
def test_a_weekday_in_what_was_asked_or_arranged_is_the_nearest_one(
    text: str, dct: date, value: str
) -> None:
    assert _day(text, dct) == [value]


@pytest.mark.parametrize(
    ("text", "dct", "value"),
    [
        # a purpose or a decision carried out is told in the past: the day before
        ("The envoy flew to the capital to meet the president on Thursday.", SUNDAY, "2021-03-11"),
        ("The council voted to approve the budget on Friday.", MONDAY, "2021-03-05"),
        ("He went to the court to testify on Tuesday.", WEDNESDAY, "2021-03-09"),
        # "offered condolences to the families": a preposition, no infinitive
        ("The governor offered condolences to the families on Tuesday.", MONDAY, "2021-03-02"),
        # a verb of its own after the infinitive dates the day
        ("He asked them to explain why they resigned on Tuesday.", MONDAY, "2021-03-02"),
        # the present perfect of a request looks ahead, as before
        ("The chair has invited him to speak on Tuesday.", WEDNESDAY, "2021-03-16"),
    ],
)
def test_a_past_purpose_or_decision_keeps_the_day_before(text: str, dct: date, value: str) -> None:
    assert _day(text, dct) == [value]
