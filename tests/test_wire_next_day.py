"""A wire lede's past weekday that is the day after the page's date: a desk's clock and a
dateline where the next day has begun."""

from __future__ import annotations

from datetime import date

import pytest
from sentence_fixtures import event_of

from briefgen.extract.day_early import next_day_weekdays
from briefgen.extract.timex import tag
from briefgen.models import Document

THURSDAY = date(2026, 3, 12)
MONDAY = date(2026, 3, 9)

_ANSWER = (
    "MARLOW, Penland (AP) _\n\n"
    "Penland backed the strikes against the camps, Foreign Minister Ann Holt said Friday in "
    "response to the attacks.\n\n"
)
_STRIKES = "Retaliating for the bombings, forces Thursday launched missile strikes on the camps.\n"
_TRIP = (
    "PENBURY, Westland (AP) _\n\n"
    "Foreign Secretary Tom Reed headed Tuesday to Westland, seeking to show support after the "
    "floods.\n\n"
    "``We will stand by them,'' Reed said Monday before leaving the capital.\n"
)


def _day(text: str, dct: date, word: str) -> str:
    at = text.index(word)
    return next(t.value for t in tag(text, dct) if t.start <= at < t.end)


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # the page tells its own day's strikes as done: the lede's Friday is the next day
        (_ANSWER + _STRIKES, THURSDAY, "2026-03-13"),
        # an advance: she left on the page's Monday, and arrives on the Tuesday after it
        (_TRIP, MONDAY, "2026-03-10"),
    ],
)
def test_a_wire_ledes_weekday_after_a_day_told_done_is_the_next_day(
    text: str, dct: date, expected: str
) -> None:
    word = "Friday" if "Friday" in text else "Tuesday"
    assert _day(text, dct, word) == expected


def test_a_lede_alone_keeps_the_week_before() -> None:
    # nothing on the page is told on its own day: the Friday before stays the likelier
    assert _day(_ANSWER, THURSDAY, "Friday") == "2026-03-06"


def test_a_weekday_outside_the_lede_keeps_the_week_before() -> None:
    text = (
        "MARLOW, Penland (AP) _\n\n"
        "Forces Thursday launched missile strikes on the camps in the hills of Westland.\n\n"
        "The camps were built after the council met Friday to approve the budget.\n"
    )
    assert _day(text, THURSDAY, "Friday") == "2026-03-06"


def test_last_friday_is_not_read_as_the_next_day() -> None:
    text = _ANSWER.replace("said Friday", "said last Friday") + _STRIKES
    assert _day(text, THURSDAY, "Friday") == "2026-03-06"


def test_a_day_after_told_ahead_stays_ahead() -> None:
    text = _ANSWER.replace("said Friday", "will meet the envoy Friday") + _STRIKES
    assert _day(text, THURSDAY, "Friday") == "2026-03-13"


def test_a_page_whose_lede_and_one_more_sentence_tell_the_next_day_is_moved_to_it() -> None:
    # two sentences telling the day after the stated date as past: the page is a day
    # early, whichever of them the tagger already read as the next day
    text = (
        "Ann Holt Wins Marlow Primary.\n\n"
        "Ann Holt won the Marlow primary, the agency declared on Thursday, after a count "
        "that ran through the night.\n\n"
        "Voters went to the polls on Wednesday in a close race.\n\n"
        "On Thursday, Tom Reed told the agency that he would not seek a recount.\n"
    )
    wednesday = date(2026, 3, 11)
    document = Document("a", "a", "txt", text, "", wednesday.isoformat(), "field")
    moved = next_day_weekdays(document, text, tag(text, wednesday))
    assert moved is not None and moved[0].date == "2026-03-12"


def test_a_lede_day_after_told_ahead_remains_a_plan(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "MARLOW (AP) _\n\n"
        "Officials said Monday they will order the family to hand the boy to his father, "
        "who could come to Marlow as early as Tuesday.\n\n"
        "The father spoke by telephone with the boy on Monday.\n"
    )
    assert event_of(nlp, text, "come", MONDAY).scheduled
