"""A participle phrase on what a verb acts on tells the verb's occasion: the date the parse
hangs on the phrase dates the verb too, unless the phrase is set off as background.

Each case is a short text of our own with its document date, and the date a reader gives
the event named.
"""

from __future__ import annotations

from datetime import date

from sentence_fixtures import event_of

MONDAY = date(2001, 5, 14)

_of = event_of


def test_a_planned_delivery_is_dated_by_the_date_after_its_object(nlp) -> None:  # type: ignore[no-untyped-def]
    # The parse hangs "early next year" on "built"; a reader dates the delivering.
    text = (
        "The shipyard said last week that it intends to deliver a ferry built for the island "
        "early next year."
    )
    assert _of(nlp, text, "deliver", MONDAY).date == "2002"


def test_a_verb_whose_topic_was_raised_at_a_dated_meeting_shares_its_day(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The harbour tax was among the first questions raised at the April 27 council meeting, "
        "and it was quickly followed by a vote on the ferry fares."
    )
    assert _of(nlp, text, "was", MONDAY).date == "2001-04-27"
    assert _of(nlp, text, "followed", MONDAY).date == "2001-04-27"


def test_a_participle_set_off_by_dashes_keeps_its_own_time(nlp) -> None:  # type: ignore[no-untyped-def]
    # The film was made last week, before the show; its screening is on Thursday.
    text = (
        "On Thursday the festival plans to show a short film — made last week, before the "
        "flood — featuring the rescued villagers."
    )
    assert _of(nlp, text, "show", MONDAY).date != _of(nlp, text, "made", MONDAY).date


def test_a_verb_told_in_the_present_takes_no_date_from_what_was_done_before(nlp) -> None:  # type: ignore[no-untyped-def]
    # The letters were posted on Thursday; the reading is going on as the report is written.
    text = "Clerks are reading the letters posted to the council on Thursday by the tenants."
    reading = _of(nlp, text, "reading", MONDAY)
    assert reading.date != "2001-05-10"


def test_a_verb_its_sentence_dates_keeps_that_date(nlp) -> None:  # type: ignore[no-untyped-def]
    # The attack was on Wednesday; the remarks it answered were made earlier in the week.
    text = (
        "The chorus of critics grew louder Wednesday as Anna Berg, the former mayor's sister, "
        "attacked the minister for remarks made this week about the harbour."
    )
    assert _of(nlp, text, "attacked", MONDAY).date == "2001-05-09"


def test_a_phrase_of_planning_dates_the_plan_not_the_verb(nlp) -> None:  # type: ignore[no-untyped-def]
    # The meeting was set for Friday; the cancelling was told on the day of the report.
    text = "The mayor said he was cancelling a meeting scheduled for Friday with the tenants."
    assert _of(nlp, text, "cancelling", MONDAY).date != "2001-05-18"
