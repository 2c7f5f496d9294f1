"""The day an event is shown under when its sources give neighbouring days: a relative
phrase ("late on Tuesday" in a page of the next day, "yesterday" in one published past
midnight) read a day off against the day others write out, or that more sources give."""

from __future__ import annotations

from event_fixtures import _extraction, _mention

from briefgen.aggregate.events import merge_events
from briefgen.models import Event

_GUIDANCE = "The health agency announced new guidance on school masks {}."


def _told(*tellings: tuple[str, str, str, str]) -> list[Event]:
    """The events of sources (doc, publication day, the date's phrase, its value), each
    telling the agency's guidance in one sentence."""
    extractions = [
        _extraction(
            doc,
            day,
            _mention(doc, _GUIDANCE.format(phrase), phrase, value, _GUIDANCE.format(phrase)),
        )
        for doc, day, phrase, value in tellings
    ]
    return merge_events(extractions)


def _shown(*tellings: tuple[str, str, str, str]) -> tuple[str, str]:
    """The one event's date and the phrase of the description it is shown by."""
    events = _told(*tellings)
    assert len(events) == 1
    return events[0].date, events[0].description


_LATE_TUESDAY = ("a", "2020-06-17", "late on Tuesday", "2020-06-16")


def test_a_day_written_out_outweighs_a_relative_phrase_read_a_day_off() -> None:
    day, description = _shown(_LATE_TUESDAY, ("b", "2020-06-16", "on 15 June", "2020-06-15"))
    assert day == "2020-06-15"
    assert "15 June" in description  # shown by the sentence that gives its day


def test_two_sources_outweigh_one_on_the_day_next_to_theirs() -> None:
    monday = [
        ("b", "2020-06-15", "on Monday", "2020-06-15"),
        ("c", "2020-06-16", "on Monday, officials said", "2020-06-15"),
    ]
    assert _shown(_LATE_TUESDAY, *monday)[0] == "2020-06-15"
    # and two sources' readings outweigh one day written out
    written = ("d", "2020-06-20", "on 16 June", "2020-06-16")
    assert _shown(written, *monday)[0] == "2020-06-15"


def test_one_reading_against_one_reading_keeps_the_event_s_day() -> None:
    # one source each way, neither writing the day out: nothing to choose another day by
    assert _shown(_LATE_TUESDAY, ("b", "2020-06-15", "on Monday", "2020-06-15")) == (
        "2020-06-16",
        _GUIDANCE.format("late on Tuesday"),
    )


def test_a_written_day_days_away_outvotes_a_reading_only_by_more_sources() -> None:
    # three days apart a reading is no slip of a day (more often two happenings merged):
    # the written date wins only by sources
    reading = ("a", "2020-06-19", "yesterday", "2020-06-18")
    written = ("b", "2020-06-30", "on 15 June", "2020-06-15")
    assert _shown(reading, written)[0] == "2020-06-18"
    assert _shown(reading, written, ("c", "2020-06-29", "on June 15", "2020-06-15"))[0] == (
        "2020-06-15"
    )


def test_a_sentence_re_run_word_for_word_is_one_source() -> None:
    # a wire story re-run the next day: its "yesterday" read against the later page gives
    # the day after, but the copy is no second source against the other report's day
    first = ("a", "2020-06-16", "yesterday", "2020-06-15")
    copy = ("b", "2020-06-17", "yesterday", "2020-06-16")
    other = ("c", "2020-06-16", "on Tuesday, officials said", "2020-06-16")
    assert _shown(first, copy, other)[0] == "2020-06-15"
    # control: another source's own words are a second one
    own = ("b", "2020-06-17", "on Tuesday, a spokesman said", "2020-06-16")
    assert _shown(first, own, other)[0] == "2020-06-16"
