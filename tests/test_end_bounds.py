"""A date that ends a state or bounds a span ("closed until 6 May", "data to the end of
April") dates no happening: the sentence is not shown under it (issue 11)."""

from __future__ import annotations

from datetime import date

from briefgen.extract.events import extract_events
from briefgen.extract.timex import tag
from briefgen.models import Document, EventMention

TUESDAY = date(2009, 5, 12)


def _dated(nlp, text: str, value: str) -> list[EventMention]:  # type: ignore[no-untyped-def]
    doc = Document("a", "a", "txt", text, "", TUESDAY.isoformat(), "stated")
    return [m for m in extract_events(doc, nlp(text), tag(text, TUESDAY)) if m.date == value]


def test_the_end_of_a_state_is_not_the_day_of_its_news(nlp) -> None:  # type: ignore[no-untyped-def]
    for text, value in (
        ("The school was closed until May 6 after a pupil fell ill.", "2009-05-06"),
        ("The researchers assessed the outbreak using data to the end of April.", "2009-04"),
        ("The hearing was delayed until March.", "2009-03"),
    ):
        for m in _dated(nlp, text, value):
            # the timeline shows a sentence only under the date of its own news
            assert m.evidence.text != m.evidence.sentence, text


def test_not_until_tells_when_it_happened(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The drug was not approved until 2010."
    dated = _dated(nlp, text, "2010")
    assert dated and dated[0].evidence.text == dated[0].evidence.sentence
