"""Pages naming a day's happening only by its dated noun ("after Sunday's attack in Dale
City"), and the timeline a brief of them shows: shared by the dated-noun tests."""

from __future__ import annotations

from datetime import date

from briefgen.aggregate.events import merge_events
from briefgen.extract.events import extract_events
from briefgen.extract.timex import tag
from briefgen.models import Document, Extraction, TimelineEntry
from briefgen.timeline import select_timeline

SUNDAY = "2016-06-12"
MONDAY = date(2016, 6, 13)
TUESDAY = date(2016, 6, 14)


def extraction(nlp, doc: str, text: str, day: date) -> Extraction:  # type: ignore[no-untyped-def]
    document = Document(doc, doc, "txt", text, "", day.isoformat(), "stated")
    parsed = nlp(text)
    timexes = tuple(tag(text, day))
    return Extraction(
        document=document,
        sentences=tuple((s.start_char, s.end_char) for s in parsed.sents),
        timexes=timexes,
        events=tuple(extract_events(document, parsed, timexes)),
    )


def timeline(nlp, pages: list[tuple[str, str, date]]) -> dict[str, TimelineEntry]:  # type: ignore[no-untyped-def]
    extractions = [extraction(nlp, doc, text, day) for doc, text, day in pages]
    shown = select_timeline(
        merge_events(extractions), dates=10, sentences=3, extractions=extractions
    )
    return {t.date: t for t in shown}


# Three later reports name the attack only in passing, about something else.
LATER = [
    (
        "a",
        "Mayor Bo Lind visited the wounded in hospital on Monday after Sunday's attack in "
        "Dale City.",
        MONDAY,
    ),
    (
        "b",
        "Senator Ann Holt cancelled a rally in Ohio on Monday, citing Sunday's attack in "
        "Dale City.",
        MONDAY,
    ),
    (
        "c",
        "Governor Tom Reed ordered flags lowered on Tuesday to honour the victims of "
        "Sunday's attack in Dale City.",
        TUESDAY,
    ),
]
