"""A week phrase in a Monday paper: what is told as done "for the week" or "this week" (a
market column's weekly change) lies in the week just ended; what is still to come, or told
later in the week, is the page's own week."""

from __future__ import annotations

from datetime import date

import pytest

from briefgen.extract.timex import tag

MONDAY = date(2025, 10, 27)  # ISO week 44; the week just ended is week 43
WEDNESDAY = date(2025, 10, 29)


def _weeks(text: str, dct: date) -> list[str]:
    return [t.value for t in tag(text, dct) if t.type == "DATE" and "W" in t.value]


@pytest.mark.parametrize(
    "text",
    [
        "For the week, the Penbury index dropped 3.8%.",
        "The Marlow composite fell 2% for the week.",
        "Penbury Foods shares rose 5% this week.",
    ],
)
def test_a_monday_papers_week_told_as_done_is_the_week_just_ended(text: str) -> None:
    assert _weeks(text, MONDAY) == ["2025-W43"]


@pytest.mark.parametrize(
    ("text", "dct", "value"),
    [
        ("Penbury Foods may settle the Marlow suit this week.", MONDAY, "2025-W44"),
        ("Tom Reed will speak in Marlow this week.", MONDAY, "2025-W44"),
        ("For the week, the Penbury index dropped 3.8%.", WEDNESDAY, "2025-W44"),
    ],
)
def test_a_week_still_ahead_or_told_midweek_is_the_pages_own(
    text: str, dct: date, value: str
) -> None:
    assert _weeks(text, dct) == [value]
