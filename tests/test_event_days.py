"""Days counted from a happening the text dates: "the day after his death", "ten days
before the shooting". Each case is a short text with its document date and the date a
reader gives the event."""

from __future__ import annotations

from datetime import date

from briefgen.extract.run import extract_document
from briefgen.models import Document

NOVEMBER = date(1998, 11, 21)


def _dates(nlp, text: str, dct: date = NOVEMBER) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """Each verb a mention dates, its own or shared -> the date value."""
    document = Document("a", "a", "txt", text, "", dct.isoformat(), "stated")
    out: dict[str, str] = {}
    for m in extract_document(document, nlp).events:
        for start, end in (*([m.predicate] if m.predicate else []), *m.co_predicates):
            out.setdefault(text[start:end], m.date)
    return out


def test_the_day_after_a_dated_death_is_the_next_day(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The doctor was killed on Oct. 23 in his kitchen.\n\n"
        "Two men showed up at his house the day after his death."
    )
    assert _dates(nlp, text).get("showed") == "1998-10-24"


def test_a_time_some_days_before_a_dated_shooting_is_on_that_day(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The doctor was shot on Oct. 23 in his kitchen.\n\n"
        "A jogger saw a car near the house at 6 a.m. ten days before the shooting."
    )
    assert _dates(nlp, text).get("saw") == "1998-10-13T06:00"


def test_a_happening_the_text_does_not_date_gives_no_stated_day(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Two men showed up at his house the day after his death."
    document = Document("a", "a", "txt", text, "", NOVEMBER.isoformat(), "stated")
    events = extract_document(document, nlp).events
    # only a reading of the undated sentence, which the timeline leaves out
    assert all(m.anchor != "own" for m in events)


def test_an_hour_of_a_happening_told_again_is_on_its_stated_day(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The doctor was shot to death last Oct. 23 at his home.\n\n"
        "Prosecutors said they had enough evidence.\n\n"
        "The doctor, 52, was shot to death at 10 p.m. as he stood chatting with his wife."
    )
    dates = _dates(nlp, text, date(1999, 4, 19))
    assert dates.get("stood") == "1998-10-23T22:00"
