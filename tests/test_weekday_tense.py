"""A weekday's direction when the clause around it is told in progress."""

from __future__ import annotations

from datetime import date

import pytest

from briefgen.extract.timex import tag

WEDNESDAY = date(2016, 7, 20)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a speaker's present: the speech on Thursday night is ahead of a Wednesday paper
        (
            '"It comes down to the governor on Thursday night delivering a clear speech,"'
            " the chairman said.",
            "2016-07-21TNI",
        ),
        ("The senator on Friday meeting donors is the campaign's plan.", "2016-07-22"),
        # a participle clause whose sentence is told in the past stays behind
        (
            "On Thursday, speaking at a rally in Ohio, the governor said the race was close.",
            "2016-07-14",
        ),
        ("The governor on Monday following the vote resigned.", "2016-07-18"),
    ],
)
def test_a_weekday_dating_an_ing_verb_without_tense_cue_lies_ahead(text: str, value: str) -> None:
    assert [t.value for t in tag(text, WEDNESDAY) if t.type == "DATE"] == [value]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a fronted day before what the holder has on the schedule: still ahead
        ("On Friday, the senator has a speech scheduled before a bar meeting.", "2016-06-10"),
        ("On Friday, the candidates have two rallies planned in the state.", "2016-06-10"),
        # a fronted day before the planning itself: the day it was done
        ("On Friday, the council scheduled a vote on the budget.", "2016-06-03"),
    ],
)
def test_a_fronted_day_before_a_scheduled_object(text: str, value: str) -> None:
    assert [t.value for t in tag(text, date(2016, 6, 6))] == [value]
