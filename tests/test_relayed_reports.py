"""A report relayed from another outlet ("Marlow expelled three traders, a newspaper
reported Friday") dates the telling, not what it tells: the reader must not see the
expulsion under Friday. An outlet's report whose told happening has a date of its own, an
official's telling and a report told first keep the sentence under the report's day."""

from __future__ import annotations

from datetime import date

import pytest

from briefgen.aggregate.events import WELL_FOUNDED
from briefgen.extract.run import extract_document
from briefgen.models import Document

FRIDAY = date(2001, 3, 16)


def _mentions(nlp, text: str):  # type: ignore[no-untyped-def]
    """The mentions dated by the sentence's own words (the readings of an undated
    sentence, which the timeline leaves out, aside)."""
    document = Document("a", "a", "txt", text, "", FRIDAY.isoformat(), "stated")
    return [m for m in extract_document(document, nlp).events if m.anchor in WELL_FOUNDED]


def _dates(nlp, text: str) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """Each verb of ``text`` dated by a mention, with its date."""
    dates: dict[str, str] = {}
    for m in _mentions(nlp, text):
        for start, end in (*((m.predicate,) if m.predicate else ()), *m.co_predicates):
            dates.setdefault(text[start:end], m.date)
    return dates


def _tells_the_sentence(nlp, text: str) -> bool:  # type: ignore[no-untyped-def]
    """Whether a mention dated Friday gives the whole sentence as its news."""
    return any(
        m.date == "2001-03-16" and m.evidence.text == m.evidence.sentence
        for m in _mentions(nlp, text)
    )


@pytest.mark.parametrize(
    "text",
    [
        "Marlow expelled three traders who were questioned by police about the fire at the "
        "Penbury docks last month, a newspaper reported Friday.",
        "The Penbury mill laid off 40 workers, the Marlow Gazette reported on Friday.",
        "The Penbury mill laid off 40 workers, a local paper reported on Friday.",
    ],
)
def test_an_outlets_trailing_report_does_not_date_what_it_tells(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    told = text.split()[1]
    assert _dates(nlp, text).get(told) != "2001-03-16"
    assert not _tells_the_sentence(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # the told happening dated by its own expression: the day is plainly the report's
        "Ann Holt told investigators in January that she had destroyed the files, a "
        "newspaper reported Friday.",
        # an official announces the government's act: the day's news as such
        "Marlow expelled three traders, the interior ministry said Friday.",
        # a state broadcaster speaks for its government
        "Marlow expelled three traders, state television reported Friday.",
        # the report told first: the sentence says it is a report of that day
        "A newspaper reported Friday that Marlow expelled three traders.",
    ],
)
def test_other_tellings_keep_the_reports_day(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _tells_the_sentence(nlp, text)
