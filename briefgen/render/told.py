"""What the PDF's chronology prints for an event: a source sentence a reader can take alone.

The full chronology lists every merged event by its clause ("160 passengers arriving from
Mexico", "He took a taxi"): complete, for the HTML and the JSON, but read on paper most
such clauses are fragments. The PDF's capped copy keeps only events one of whose source
sentences reads alone and dates the event itself: the date written in that sentence (not
inherited from the sentences around it, not a count's baseline, not a "today" on a page of
many posts), the sentence shown as the timeline would show it (``shown.read_alone``, no
participant taken up from its article, ``anaphora``), news rather than a forecast.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Set

from briefgen.anaphora import BEFORE, takes_up
from briefgen.models import Event, EventMention
from briefgen.newsworthy import tells_news
from briefgen.shown import read_alone
from briefgen.timeline import misdated

__all__ = ["told_sentence", "told_sentences"]

# A chronology line: long enough to say who did what, short enough to be one line's news.
_WORDS = (6, 70)


def told_sentence(
    event: Event, texts: Mapping[str, str], story: Set[str], strung: Set[str]
) -> str | None:
    """The first of ``event``'s source sentences that reads alone and dates it, as shown."""
    for m in event.mentions:
        text = _told(m, texts, story, strung)
        if text is not None:
            return text
    return None


def told_sentences(
    events: list[Event],
    limit: int,
    texts: Mapping[str, str],
    story: Set[str],
    strung: Set[str],
) -> dict[str, str]:
    """Event id -> its told sentence, for the first ``limit`` of ``events`` (in their
    order) that have one."""
    found: dict[str, str] = {}
    for event, text in _each(events, texts, story, strung):
        found[event.id] = text
        if len(found) >= limit:
            break
    return found


def _each(
    events: list[Event], texts: Mapping[str, str], story: Set[str], strung: Set[str]
) -> Iterator[tuple[Event, str]]:
    for event in events:
        text = told_sentence(event, texts, story, strung)
        if text is not None:
            yield event, text


def _told(
    m: EventMention, texts: Mapping[str, str], story: Set[str], strung: Set[str]
) -> str | None:
    if m.anchor != "own" or misdated(m, strung):
        return None
    raw = m.evidence.sentence
    sentence = raw.strip()
    start = m.evidence.sentence_start + len(raw) - len(raw.lstrip())
    text = read_alone(sentence, start, None)
    if text is None or not tells_news(text):
        return None
    if not _WORDS[0] <= len(text.split()) <= _WORDS[1]:
        return None
    before = texts.get(m.doc, "")[max(0, start - BEFORE) : start]
    return None if takes_up(text, before, story) else text
