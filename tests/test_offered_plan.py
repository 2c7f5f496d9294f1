"""A date on what is offered or agreed to, told with the offer standing now: a plan."""

from __future__ import annotations

from datetime import date

import pytest
from sentence_fixtures import event_of, one_page_timeline

MONDAY = date(2026, 3, 9)


@pytest.mark.parametrize(
    ("text", "verb", "day"),
    [
        (
            "Ann Holt said the boy's father has offered to travel alone today to Marlow to "
            "fetch his son.",
            "travel",
            "2026-03-09",
        ),
        ("The union has agreed to return to work on Wednesday, its leader said.", "return", None),
        ("The firm offers to repay the loan today, its chief said.", "repay", "2026-03-09"),
    ],
)
def test_a_date_on_what_is_offered_now_is_a_plan(
    nlp, text: str, verb: str, day: str | None
) -> None:  # type: ignore[no-untyped-def]
    mention = event_of(nlp, text, verb, MONDAY)
    assert mention.scheduled
    if day is not None:
        assert mention.date == day


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        # the simple past: the day is as often the asking's or the offer's
        ("Tom Reed asked the court to block the law on Monday.", "block"),
        ("The mayor offered to resign on Monday, aides said.", "resign"),
        ("The union agreed Monday to return to work.", "agreed"),
        # agreed to and done since: a date all past is no plan
        ("Member states have agreed to cut output since last September.", "cut"),
    ],
)
def test_a_past_offer_or_request_keeps_its_day(nlp, text: str, verb: str) -> None:  # type: ignore[no-untyped-def]
    assert not event_of(nlp, text, verb, MONDAY).scheduled


def test_the_offered_trip_is_not_the_days_news(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Ann Holt said the boy's father has offered to travel alone today to Marlow. "
        "The consulate granted six visas to the family today."
    )
    shown = one_page_timeline(nlp, text, MONDAY)
    assert shown == {"2026-03-09": ["The consulate granted six visas to the family today."]}
