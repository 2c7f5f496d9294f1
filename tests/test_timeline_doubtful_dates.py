"""Dates a timeline should not assert: a plan for a day that has passed, shown as what
happened, and a weekend paper's "last week", which is either of two weeks."""

from __future__ import annotations

from datetime import date

from briefgen.models import Document, Event, EventMention, Evidence, Extraction, Timex
from briefgen.timeline import select_timeline


def _source(doc: str, published: str, *sentences: str) -> Extraction:
    text = " ".join(sentences)
    spans = []
    for s in sentences:
        at = text.index(s)
        spans.append((at, at + len(s)))
    document = Document(doc, doc, "txt", text, "", published, "stated")
    return Extraction(document=document, sentences=tuple(spans))


def _told(
    source: Extraction, sentence: str, phrase: str, when: str, *, scheduled: bool = False
) -> EventMention:
    """``sentence`` of ``source``, dated ``when`` by its ``phrase``."""
    doc = source.document.id
    start = source.document.text.index(sentence)
    at = start + sentence.index(phrase)
    evidence = Evidence(doc, start, start + len(sentence), sentence, sentence, start)
    timex = Timex(at, at + len(phrase), phrase, "DATE", when)
    return EventMention(f"{doc}-{at}", doc, when, timex, sentence, evidence, scheduled=scheduled)


def _event(eid: str, *mentions: EventMention) -> Event:
    docs = tuple(sorted({m.doc for m in mentions}))
    day = mentions[0].date
    return Event(eid, day, mentions[0].description, mentions, docs, salience=1.0)


def _shown(events: list[Event], sources: list[Extraction], latest: date) -> dict[str, list[str]]:
    timeline = select_timeline(events, dates=5, sentences=2, extractions=sources, latest=latest)
    return {t.date: [c.text for c in t.sentences] for t in timeline}


PLAN = "The governor plans to visit Harbourton on Sunday, an aide said."


def _plan_day(report: str) -> tuple[list[Event], list[Extraction]]:
    """A Friday's plan for Sunday, merged with a Monday report of that Sunday that cannot
    be shown alone (its "He" names no one)."""
    friday = _source("a-friday", "2020-03-06", PLAN)
    monday = _source("b-monday", "2020-03-09", report)
    events = [
        _event(
            "harbour",
            _told(friday, PLAN, "on Sunday", "2020-03-08", scheduled=True),
            _told(monday, report, "on Sunday", "2020-03-08"),
        )
    ]
    return events, [friday, monday]


def test_a_plan_for_a_past_day_is_not_shown_as_what_happened() -> None:
    # Another happening of that day merged with the plan: nothing says the visit was made.
    events, sources = _plan_day("He opened the harbour museum in Harbourton on Sunday.")
    assert _shown(events, sources, latest=date(2020, 3, 12)) == {}
    # A report that the visit was made (however unreadable itself) bears the plan out.
    events, sources = _plan_day("He visited Harbourton on Sunday and walked along the quay.")
    assert _shown(events, sources, latest=date(2020, 3, 12)) == {"2020-03-08": [PLAN]}


WITHDREW = "The Harbour Band withdrew from the line-up of the charity concert last week."
# A wire's report of it, which alone cannot be shown (its "It" names no one).
PULLED_OUT = "It withdrew from the charity concert line-up, the Harbour Band's manager said."


def _withdrawal(published: str, *others: Extraction) -> dict[str, list[str]]:
    """The withdrawal as a paper published on ``published`` tells it, dated by the week
    before the paper's (as TimeML reads "last week"), beside ``others``' reports of it."""
    paper = _source("a-paper", published, WITHDREW)
    mentions = [_told(paper, WITHDREW, "last week", "2011-W39")]
    mentions += [_told(o, PULLED_OUT, "line-up", "2011-W39") for o in others]
    return _shown([_event("withdrawal", *mentions)], [paper, *others], date(2011, 10, 10))


def test_a_weekend_papers_last_week_is_shown_only_when_another_source_bears_it_out() -> None:
    # Saturday 8 October: the week just ended (3-7 October) or the one before it.
    assert _withdrawal("2011-10-08") == {}
    assert _withdrawal("2011-10-09") == {}  # a Sunday paper alike
    # A weekday paper's "last week" is the calendar week before its own.
    assert _withdrawal("2011-10-05") == {"2011-W39": [WITHDREW]}
    # Another source of that week telling the withdrawal: the Saturday paper's is shown.
    told = _source("b-wire", "2011-09-29", PULLED_OUT)
    assert _withdrawal("2011-10-08", told) == {"2011-W39": [WITHDREW]}
    # A Sunday paper's "last week" too is the same doubt told twice, no week borne out.
    sunday = _source("b-sunday", "2011-10-09", PULLED_OUT.replace("line-up", "line-up last week"))
    paper = _source("a-paper", "2011-10-08", WITHDREW)
    mentions = [
        _told(paper, WITHDREW, "last week", "2011-W39"),
        _told(sunday, sunday.document.text, "last week", "2011-W39"),
    ]
    events = [_event("withdrawal", *mentions)]
    assert _shown(events, [paper, sunday], date(2011, 10, 10)) == {}


def test_a_saturday_papers_earlier_this_week_is_shown_only_when_borne_out() -> None:
    # US news weeks run Sunday to Saturday: a Saturday paper's "earlier this week" may be the
    # Sunday before the calendar week (Monday first) its value names
    said = "Earlier this week, the Harbour Band withdrew from the charity concert line-up."
    paper = _source("a-paper", "2011-10-08", said)
    mention = _told(paper, said, "Earlier this week", "2011-W40")
    assert _shown([_event("withdrawal", mention)], [paper], date(2011, 10, 10)) == {}
    # told on a Wednesday, "earlier this week" is that calendar week
    paper = _source("a-paper", "2011-10-05", said)
    mention = _told(paper, said, "Earlier this week", "2011-W40")
    shown = _shown([_event("withdrawal", mention)], [paper], date(2011, 10, 10))
    assert shown == {"2011-W40": [said]}
