"""A date's second sentence: shown when it holds its own beside the first, not a minor
detail of the day told by one page."""

from __future__ import annotations

from sentence_fixtures import headlined_page

from briefgen.models import Event, EventMention, Evidence, Extraction, Timex
from briefgen.timeline import select_timeline

DAY = "2020-03-02"

VOTE = "The regional council approved the new flood barrier for the river town on Monday."
VOTE_AGAIN = "The regional council approved a flood barrier for the river town on Monday."
VOTE_THIRD = "On Monday the regional council approved the flood barrier for the river town."
# another happening of the day, told by its own report as its news
STRIKE = "Ferry crews across the estuary walked out over unpaid wages on Monday."
# a minor happening one page tells in passing
INTERVIEW = "A radio host interviewed a retired teacher about her garden on Monday."


def _extraction(doc: str, text: str, published: str = "2020-03-03") -> Extraction:
    return headlined_page(doc, text, published, title="")


def _mention(x: Extraction, sentence: str) -> EventMention:
    start = x.document.text.index(sentence)
    evidence = Evidence(x.document.id, start, start + len(sentence), sentence, sentence, start)
    timex = Timex(start, start + 1, "x", "DATE", DAY)
    return EventMention(f"{x.document.id}-{start}", x.document.id, DAY, timex, sentence, evidence)


def _event(eid: str, salience: float, *mentions: EventMention) -> Event:
    docs = tuple(sorted({m.doc for m in mentions}))
    return Event(eid, DAY, mentions[0].description, mentions, docs, salience=salience)


def _day(second: str, salience: float) -> list[str]:
    """The sentences shown for the day: the vote, told by three papers, and ``second``,
    told by one page, whose event has ``salience`` against the vote's 1.0."""
    a = _extraction("a", f"Barrier approved\nThe weather was mild. {VOTE}")
    b = _extraction("b", f"Council votes\nThe weather was mild. {VOTE_AGAIN}")
    c = _extraction("c", f"Town wins barrier\nThe weather was mild. {VOTE_THIRD}")
    d = _extraction("d", f"Around the region\nThe weather was mild. {second}")
    events = [
        _event("vote", 1.0, _mention(a, VOTE), _mention(b, VOTE_AGAIN), _mention(c, VOTE_THIRD)),
        _event("other", salience, _mention(d, second)),
    ]
    shown = select_timeline(events, dates=3, sentences=2, extractions=[a, b, c, d])
    return [s.text for entry in shown for s in entry.sentences]


def test_a_minor_detail_of_the_day_told_by_one_page_is_no_second_sentence() -> None:
    # The day is its vote: the radio interview, far weaker, does not fill the second place.
    assert _day(INTERVIEW, 0.1) == [VOTE]


def test_another_happening_of_the_day_nearly_as_salient_is_shown_second() -> None:
    # The strike, an event the corpus weighs almost as the vote, holds its own beside it.
    assert _day(STRIKE, 0.9) == [VOTE, STRIKE]
