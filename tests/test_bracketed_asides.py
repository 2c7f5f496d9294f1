"""A clause in brackets with a date of its own is background beside the sentence's news:
its date dates the bracketed clause, never the sentence shown under it (issue 11)."""

from __future__ import annotations

from datetime import date

from briefgen.extract.events import extract_events
from briefgen.extract.timex import tag
from briefgen.models import Document, EventMention

MAY = date(2009, 5, 5)


def _mentions(nlp, text: str) -> list[EventMention]:  # type: ignore[no-untyped-def]
    doc = Document("a", "a", "txt", text, "", MAY.isoformat(), "stated")
    return list(extract_events(doc, nlp(text), tag(text, MAY)))


def test_a_bracketed_clause_dates_itself_not_the_sentence(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Inspectors are checking all imported cattle across the region (about 300 cattle "
        "were imported in 2007)."
    )
    dated = [m for m in _mentions(nlp, text) if m.date == "2007"]
    assert dated, "the import is still an event of 2007"
    for m in dated:
        # what the timeline would show under 2007 is the import, not the inspections
        assert "Inspectors" not in m.evidence.text
        assert m.evidence.text != m.evidence.sentence


def test_a_date_glossed_in_brackets_still_dates_its_sentence(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The council voted on Tuesday (5 May) to close the market."
    dated = [m for m in _mentions(nlp, text) if m.date == "2009-05-05"]
    assert dated and dated[0].evidence.text == dated[0].evidence.sentence


def test_a_sentence_wholly_in_brackets_is_its_own_news(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "(The council closed the market on 1 May.)"
    dated = [m for m in _mentions(nlp, text) if m.date == "2009-05-01"]
    assert dated and "closed" in dated[0].evidence.text
