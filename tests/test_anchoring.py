"""Each event is dated by the expression attached to its own verb: the issue's cases.

Every case is one sentence with its document date and the date a reader would give the
event (or none when the text does not say which day it was).
"""

from __future__ import annotations

from datetime import date

import pytest

from briefgen.extract.events import extract_events
from briefgen.extract.timex import tag
from briefgen.models import Document, EventMention


def _events(nlp, text: str, dct: date) -> list[EventMention]:  # type: ignore[no-untyped-def]
    doc = Document("a", "a", "txt", text, "", dct.isoformat(), "stated")
    return extract_events(doc, nlp(text), tag(text, dct))


def _dated(nlp, text: str, dct: date) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """The predicate verb of each event mention -> its date value."""
    return {
        text[m.predicate[0] : m.predicate[1]]: m.date
        for m in _events(nlp, text, dct)
        if m.predicate
    }


FRIDAY = date(2009, 6, 26)
THURSDAY = date(2016, 3, 10)


def test_a_time_of_day_on_an_unresolved_day_is_not_the_publication_day(nlp) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "A nurse gave him a dose of the drug at 10.40 am on the day of his death.",
        "He received a second dose at 1.30 am on the morning of his death.",
    ):
        assert all(
            not v.startswith("2011-11-07") for v in _dated(nlp, text, date(2011, 11, 7)).values()
        )


def test_a_possessive_weekday_of_a_coming_event_is_the_next_one(nlp) -> None:  # type: ignore[no-untyped-def]
    dated = _dated(nlp, "Saturday's stadium concert will go ahead, the promoter said.", FRIDAY)
    assert "2009-06-27" in dated.values()
    assert "2009-06-20" not in dated.values()


def test_a_condition_on_a_weekday_looks_forward(nlp) -> None:  # type: ignore[no-untyped-def]
    dated = _dated(nlp, "If he fails on Tuesday, his campaign is over.", THURSDAY)
    assert dated.get("fails") == "2016-03-15"


def test_a_background_clause_dates_its_own_event(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The president stepped down on Friday, 18 days after protests that began on January 25."
    dated = _dated(nlp, text, date(2011, 2, 12))
    assert dated.get("stepped") == "2011-02-11"
    assert dated.get("began") == "2011-01-25"


def test_a_relative_clause_with_a_year_is_not_the_main_event(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The channel, which started in 2005, broadcast the interview on Monday."
    dated = _dated(nlp, text, date(2014, 3, 5))
    assert dated.get("started") == "2005"
    assert dated.get("broadcast") == "2014-03-03"


@pytest.mark.parametrize(
    "text",
    [
        "Sales fell sharply earlier this month.",
        "Sales fell sharply in the first few weeks of October.",
    ],
)
def test_month_level_expressions_keep_their_granularity(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    dated = _dated(nlp, text, date(2009, 10, 20))
    assert dated.get("fell") == "2009-10"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The trial is set to begin on 28 March.", "2013-03-28"),
        ("The band's new album will come out in the autumn.", "2013-FA"),
    ],
)
def test_scheduled_events_are_marked(nlp, text: str, value: str) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, text, date(2013, 3, 1))
    assert [(e.date, e.scheduled) for e in events] == [(value, True)]


def test_a_reported_fact_is_not_scheduled(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, "The trial began on 28 March.", date(2013, 4, 2))
    assert [(e.date, e.scheduled) for e in events] == [("2013-03-28", False)]


def test_a_negated_plan_is_not_dated_as_happening(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, "The senator won't seek re-election in September.", date(2015, 6, 10))
    assert all(e.scheduled for e in events)
