"""A relative time is read against the moment of the statement that holds it.

Each case is a short sentence (or two) with its document date and the date a reader would
give (or none where the text does not say which day it was).
"""

from __future__ import annotations

from datetime import date

from briefgen.extract.events import extract_events
from briefgen.extract.timex import tag
from briefgen.models import Document, EventMention

MONDAY = date(2016, 6, 6)
WEDNESDAY = date(2015, 11, 18)


def _values(text: str, dct: date) -> list[str]:
    return [t.value for t in tag(text, dct) if t.type == "DATE"]


def _stated(nlp, text: str, dct: date) -> list[EventMention]:  # type: ignore[no-untyped-def]
    """The mentions dated by what the text states (not read at publication)."""
    doc = Document("a", "a", "txt", text, "", dct.isoformat(), "stated")
    return [m for m in extract_events(doc, nlp(text), tag(text, dct)) if m.anchor == "own"]


def test_a_weekday_ahead_of_which_something_happens_lies_ahead() -> None:
    # the clause leading to it is past ("continued"), but what is ahead is still to come
    text = "The two rivals continued a fierce contest in California ahead of voting Tuesday."
    assert _values(text, MONDAY) == ["2016-06-07"]
    text = "Both campaigns spent heavily in advance of Friday's vote."
    assert _values(text, MONDAY) == ["2016-06-10"]
    # without the cue the past clause looks back
    text = "The two rivals continued a fierce contest in California on Tuesday."
    assert _values(text, MONDAY) == ["2016-05-31"]


def test_a_programme_named_after_its_owner_is_no_time() -> None:
    text = "The candidate told ABC's This Week that the deal was weird."
    assert _values(text, date(2015, 11, 9)) == []
    text = "The candidate told NBC's Today that the deal was weird."
    assert _values(text, date(2015, 11, 9)) == []
    text = "Getting a second hosting gig on \u201cSaturday Night Live\u201d was his reward."
    assert _values(text, date(2015, 11, 11)) == []
    night = tag("He spoke on Saturday night in Ohio.", date(2015, 11, 11))
    assert [t.value for t in night] == ["2015-11-07TNI"]
    # a short quoted title closing right after the day word
    text = "The senator visited NBC\u2019s \u201cToday\u201d to discuss his remarks."
    assert _values(text, date(2016, 4, 8)) == []
    text = "On the broadcast of \u201cFox News Sunday,\u201d the governor said the race was close."
    assert _values(text, date(2016, 9, 26)) == []
    text = "\u201cToday we won,\u201d the senator said."
    assert _values(text, date(2016, 4, 8)) == ["2016-04-08"]
    # the same words in the writer's own narration are a time
    text = "The candidate said this week that the deal was weird."
    assert _values(text, date(2015, 11, 11)) == ["2015-W46"]


def test_a_quoted_last_night_in_a_report_of_an_earlier_day_is_unstated(nlp) -> None:  # type: ignore[no-untyped-def]
    # the report tells of Saturday's debate; the governor's "last night" counts from a
    # day the report does not give, not from the paper's Wednesday
    text = (
        "The senator clashed with her rival on Saturday in the second debate. "
        '"The senator last night said that it is not our fight," the governor said.'
    )
    stated = _stated(nlp, text, WEDNESDAY)
    assert "2015-11-14" in {m.date for m in stated}
    assert "2015-11-17" not in {m.date[:10] for m in stated}


def test_a_quoted_last_night_in_a_report_of_the_day_keeps_its_date(nlp) -> None:  # type: ignore[no-untyped-def]
    # a same-day report: the speaker spoke on the paper's day, so last night is the eve
    text = (
        "The governor spoke to reporters on Wednesday. "
        '"The senator melted down last night," the governor said.'
    )
    stated = _stated(nlp, text, WEDNESDAY)
    assert "2015-11-17" in {m.date[:10] for m in stated}


def test_the_past_week_is_the_seven_days_up_to_the_telling() -> None:
    text = "The candidate has seen continued support from voters over the past week."
    assert _values(text, date(2015, 11, 8)) == ["2015-W45"]  # a Sunday: its own week
    assert _values(text, date(2015, 11, 9)) == ["2015-W45"]  # a Monday: the week just ended
    # "last week" stays the calendar week before
    assert _values("The candidate spoke in Iowa last week.", date(2015, 11, 8)) == ["2015-W44"]


def test_this_weekend_told_as_done_early_in_the_week_is_the_one_just_past() -> None:
    text = "The senator moved closer to the nomination with two contests this weekend."
    assert _values(text, MONDAY) == ["2016-W22-WE"]
    assert _values("The senator will campaign in Ohio this weekend.", MONDAY) == ["2016-W23-WE"]
    # late in the week, the week's own weekend is the one meant
    assert _values(text, date(2016, 6, 10)) == ["2016-W23-WE"]
