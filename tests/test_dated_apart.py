"""Where the sources disagree: one act two sources date on different days, kept in two
events because the days are apart."""

from __future__ import annotations

from datetime import date

from briefgen.dated_apart import apart_date_disagreements
from briefgen.models import Event, EventMention, Evidence, Timex

_NAMED = "Ann Holt arrived in Marlow April 2, and the council met her the next day."
_TAKEN_UP = (
    "Holt said the talks would go on. "
    "She has met the council twice since she arrived in Marlow on April 6, aides said."
)


def _mention(
    doc: str,
    text: str,
    sentence: str,
    verb: str,
    when: str,
    value: str,
    description: str,
    *,
    lemma: str = "arrive",
    scheduled: bool = False,
) -> EventMention:
    start = text.index(sentence)
    verb_at = text.index(f" {verb} ", start) + 1
    when_at = text.index(when, start)
    evidence = Evidence(doc, start, start + len(sentence), sentence, sentence, start)
    timex = Timex(when_at, when_at + len(when), when, "DATE", value)
    return EventMention(
        f"{doc}-{value}",
        doc,
        value,
        timex,
        description,
        evidence,
        scheduled=scheduled,
        predicate=(verb_at, verb_at + len(verb)),
        lemma=lemma,
    )


def _event(mention: EventMention, salience: float = 1.0) -> Event:
    return Event(
        f"ev-{mention.id}",
        mention.date,
        mention.description,
        (mention,),
        (mention.doc,),
        salience=salience,
    )


def _arrivals(second_text: str = _TAKEN_UP, when: str = "April 6") -> tuple[Event, Event]:
    first = _mention(
        "a", _NAMED, _NAMED, "arrived", "April 2", "2031-04-02", "Ann Holt arrived in Marlow"
    )
    sentence = second_text.split(". ", 1)[1] if ". " in second_text else second_text
    second = _mention(
        "b", second_text, sentence, "arrived", when, "2031-04-06", "she arrived in Marlow"
    )
    return _event(first), _event(second)


# Both reports written once both days had come.
_LATE = {"a": date(2031, 6, 1), "b": date(2031, 4, 17)}


def _texts() -> dict[str, str]:
    return {"a": _NAMED, "b": _TAKEN_UP}


def test_one_arrival_dated_on_two_days_is_told_with_both_quotes() -> None:
    (line,) = apart_date_disagreements(_arrivals(), _texts(), _LATE)
    assert line.text == (
        "Ann Holt arrived in Marlow: sources give 2 April 2031 (“…arrived in Marlow April 2…”)"
        " vs 6 April 2031 (“…arrived in Marlow on April 6…”)."
    )
    assert [e.doc for e in line.evidence] == ["a", "b"]


def test_a_pronoun_standing_for_someone_else_is_no_disagreement() -> None:
    other = (
        "Tom Reed said the talks would go on. "
        "She has met the council twice since she arrived in Marlow on April 6, aides said."
    )
    events = _arrivals(other)
    assert apart_date_disagreements(events, {"a": _NAMED, "b": other}, _LATE) == ()


def test_a_weekday_or_a_plan_is_no_source_s_date() -> None:
    weekday = "Holt said the talks would go on. She arrived in Marlow on Thursday, aides said."
    events = _arrivals(weekday, when="Thursday")
    assert apart_date_disagreements(events, {"a": _NAMED, "b": weekday}, _LATE) == ()
    first, _ = _arrivals()
    planned = _event(
        _mention(
            "b",
            _TAKEN_UP,
            _TAKEN_UP.split(". ", 1)[1],
            "arrived",
            "April 6",
            "2031-04-06",
            "she arrived in Marlow",
            scheduled=True,
        )
    )
    assert apart_date_disagreements([first, planned], _texts(), _LATE) == ()


def test_two_statements_on_two_days_are_no_disagreement() -> None:
    said_a = "Ann Holt said in Marlow April 2 that the bridge would close."
    said_b = "Ann Holt said in Marlow on April 6 that the bridge would reopen."
    events = [
        _event(
            _mention(
                "a",
                said_a,
                said_a,
                "said",
                "April 2",
                "2031-04-02",
                "Ann Holt said in Marlow",
                lemma="say",
            )
        ),
        _event(
            _mention(
                "b",
                said_b,
                said_b,
                "said",
                "April 6",
                "2031-04-06",
                "Ann Holt said in Marlow",
                lemma="say",
            )
        ),
    ]
    assert apart_date_disagreements(events, {"a": said_a, "b": said_b}, _LATE) == ()


def test_a_year_only_one_source_writes_is_no_disagreement() -> None:
    # "June 25" in a story two years on: the year is the system's guess, not the source's
    early = "Tom Reed left Penbury on June 25, 2029, after the flood."
    late = "Tom Reed left Penbury on June 25 and never came back, neighbours said."
    events = [
        _event(
            _mention(
                "a",
                early,
                early,
                "left",
                "June 25, 2029",
                "2029-06-25",
                "Tom Reed left Penbury",
                lemma="leave",
            )
        ),
        _event(
            _mention(
                "b",
                late,
                late,
                "left",
                "June 25",
                "2031-06-25",
                "Tom Reed left Penbury",
                lemma="leave",
            )
        ),
    ]
    written = {"a": date(2031, 7, 1), "b": date(2031, 7, 1)}
    assert apart_date_disagreements(events, {"a": early, "b": late}, written) == ()


def test_a_report_written_before_the_other_day_may_tell_another_visit() -> None:
    # "arrived in Marlow April 2", filed on April 3: the April 6 arrival may be a second
    first, second = _arrivals()
    assert (
        apart_date_disagreements([first, second], _texts(), {**_LATE, "a": date(2031, 4, 3)}) == ()
    )
