"""An undated main clause is read as undated when its sentence's only date is a
subordinate clause's, one that dates no happening there (issue 11, event anchoring).

Each case is one synthetic sentence with its document date and the reading a reader would
give the main clause's happening: the report's news day for one told in the past. A time
of the main clause itself that dates nothing ("at 10.40 am on the day of his death") still
gives the sentence no reading.
"""

from __future__ import annotations

from datetime import date

from briefgen.extract.events import extract_events
from briefgen.extract.timex import tag
from briefgen.models import Document, EventMention

FRIDAY = date(2000, 4, 14)


def _readings(nlp, text: str, dct: date) -> dict[str, EventMention]:  # type: ignore[no-untyped-def]
    """Each predicate and co-predicate word -> the mention dating it."""
    doc = Document("a", "a", "txt", text, "", dct.isoformat(), "stated")
    out: dict[str, EventMention] = {}
    for m in extract_events(doc, nlp(text), tag(text, dct), readings=True):
        for start, end in (*((m.predicate,) if m.predicate else ()), *m.co_predicates):
            out.setdefault(text[start:end], m)
    return out


def test_a_relative_clause_stretch_leaves_the_main_clause_its_reading(nlp) -> None:  # type: ignore[no-untyped-def]
    # "for the last month" is a stretch up to the writing: it dates no happening of the
    # relative clause, and none of the main clause either
    text = "The senator, who has campaigned in Iowa for the last month, declined to comment."
    readings = _readings(nlp, text, FRIDAY)
    assert readings["declined"].date == "2000-04-14"
    assert readings["declined"].anchor == "news"
    # the relative clause the date belongs to is not read on the news day
    assert "campaigned" not in readings


def test_a_time_of_the_main_clause_dating_nothing_still_gives_no_reading(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Doctors gave him a dose at 10.40 am on the day of his death."
    assert "gave" not in _readings(nlp, text, FRIDAY)
