"""Dates whose day the sentence frames otherwise than the page: a month under a year that
opens the sentence, and a day the news is told to follow or precede."""

from __future__ import annotations

from datetime import date

import pytest

from briefgen.extract.timex import tag
from briefgen.misdated import misdated
from briefgen.models import EventMention, Evidence, Timex

WEDNESDAY = date(2009, 4, 29)


def _month(text: str) -> str:
    return next(t.value for t in tag(text, WEDNESDAY) if t.text in ("April", "October"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a year opening the sentence is the month's
        ("Cures were scarce. In 1918, there was a first wave of mild fever in April.", "1918-04"),
        ("In late 1957 the second wave peaked in October.", "1957-10"),
        # the year in another clause, sentence or place: the page's reading stands
        ("In 2008 he was elected, and in April he stood down.", "2009-04"),
        ("He was elected in 2008. In April he stood down.", "2009-04"),
        ("Since the 2008 vote he has kept quiet, but spoke in April.", "2009-04"),
        ("There was a first wave of mild fever in April.", "2009-04"),
    ],
)
def test_a_year_opening_the_sentence_frames_its_month(text: str, value: str) -> None:
    assert _month(text) == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the month just named with its year, named again in the next sentence
        (
            "Shares fell between January and March 2003.\nFrom the end of March they rallied.",
            "2003-03",
        ),
        # another month, or a month named before without a year: the page's reading
        ("He was hired in March 2003. In April he left.", "2009-04"),
        ("Cases rose in March. On March 5 a school closed.", "2009-03-05"),
        # a day of it starts a new reference
        ("The 2003 talks ended in March 2003. The minister resigned on March 12.", "2009-03-12"),
    ],
)
def test_a_month_named_again_keeps_the_year_just_told(text: str, value: str) -> None:
    assert [t.value for t in tag(text, WEDNESDAY)][-1] == value


def _mention(sentence: str, when: str, value: str, verb: str) -> EventMention:
    at = sentence.index(when)
    head = sentence.index(verb)
    return EventMention(
        id=f"m-{at}",
        doc="d1",
        date=value,
        timex=Timex(at, at + len(when), when, "DATE", value),
        description=sentence,
        evidence=Evidence("d1", 0, len(sentence), sentence, sentence, 0),
        predicate=(head, head + len(verb)),
    )


def test_a_day_the_news_follows_or_precedes_is_not_its_day() -> None:
    after = _mention(
        "Workers returned to the factories in large numbers after the weekend.",
        "the weekend",
        "2009-W17-WE",
        "returned",
    )
    before = _mention(
        "The minister left the capital before Friday's vote.", "Friday", "2009-04-24", "left"
    )
    # the same day, near enough; and the news's own day
    hours = _mention(
        "The minister resigned hours after Friday's vote.", "Friday", "2009-04-24", "resigned"
    )
    own = _mention(
        "Workers returned to the factories on Monday after a long weekend.",
        "Monday",
        "2009-04-27",
        "returned",
    )
    assert misdated(after) and misdated(before)
    assert not misdated(hours) and not misdated(own)
