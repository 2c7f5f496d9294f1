"""What the PDF's chronology prints for an event: a source sentence a reader can take alone.

The full chronology lists every merged event by its clause ("160 passengers arriving from
Mexico", "He took a taxi"): complete, for the HTML and the JSON, but read on paper most
such clauses are fragments. The PDF's copy keeps only events one of whose source
sentences reads alone and dates the event itself, printed as that sentence:

- the date is written in that sentence (not inherited from the sentences around it), and
  is the only date the sentence gives (a sentence naming two dates would be printed under
  each), not a count's baseline or a condition's, not a "today" on a page of many posts;
- the sentence reads as the timeline would show it (``shown.read_alone``, no participant
  taken up from its article, ``anaphora``) and tells news rather than a forecast;
- each sentence is printed once; background a year or more before the sources must name
  the query; a plan dated before the latest source is left out (had it happened, a source
  would say so: the timeline's rule too).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta

from briefgen.anaphora import BEFORE, story_words, takes_up
from briefgen.models import Brief, Event, EventMention
from briefgen.newsworthy import tells_news
from briefgen.shown import read_alone
from briefgen.structure.sieve import long_pages
from briefgen.timeline import misdated, query_pattern
from briefgen.when import When

__all__ = ["Printing", "told_sentences"]

# A chronology line: long enough to say who did what, short enough to be one line's news.
_WORDS = (6, 70)
# What ended this long before the first source is background: it must name the story.
BACKGROUND = timedelta(days=365)


@dataclass(frozen=True)
class Printing:
    """What the corpus tells about its sentences, for choosing the printed ones."""

    texts: Mapping[str, str] = field(default_factory=dict, compare=False)
    story: frozenset[str] = frozenset()
    strung: frozenset[str] = frozenset()  # pages of many posts (``sieve.long_pages``)
    # (document, sentence start) -> the dates its mentions give
    dates: Mapping[tuple[str, int], frozenset[str]] = field(default_factory=dict, compare=False)
    first: date | None = None
    latest: date | None = None
    query: re.Pattern[str] | None = None

    @staticmethod
    def of(brief: Brief) -> Printing:
        texts = {d.id: d.text for d in brief.documents}
        dates: dict[tuple[str, int], set[str]] = defaultdict(set)
        for e in brief.events:
            for m in e.mentions:
                dates[(m.doc, m.evidence.sentence_start)].add(e.date)
        days = [w.first for d in brief.documents if (w := When.of(d.date)) is not None]
        return Printing(
            texts,
            story_words(texts.values()),
            frozenset(long_pages(brief.documents)),
            {k: frozenset(v) for k, v in dates.items()},
            min(days, default=None),
            max(days, default=None),
            query_pattern(brief.query),
        )


def told_sentences(events: list[Event], limit: int, printing: Printing) -> dict[str, str]:
    """Event id -> its printed sentence, for the first ``limit`` of ``events`` (in their
    order) that have one; a sentence is printed for one event only."""
    found: dict[str, str] = {}
    printed: set[str] = set()
    for event in events:
        if len(found) >= limit:
            break
        if not _printable(event, printing):
            continue
        for m in event.mentions:
            text = _told(m, printing)
            if text is not None and text not in printed:
                found[event.id] = text
                printed.add(text)
                break
    return found


def _printable(event: Event, printing: Printing) -> bool:
    """Not a plan the sources overtook, nor far background."""
    when = When.of(event.date)
    if when is None:
        return False
    if event.scheduled and printing.latest is not None and when.first <= printing.latest:
        return False
    return (
        printing.first is None
        or when.last >= printing.first - BACKGROUND
        or (
            printing.query is not None
            and any(printing.query.search(m.evidence.sentence) for m in event.mentions)
        )
    )


def _told(m: EventMention, printing: Printing) -> str | None:
    if m.anchor != "own" or misdated(m, printing.strung):
        return None
    if len(printing.dates.get((m.doc, m.evidence.sentence_start), ())) > 1:
        return None  # a sentence giving two dates would be printed under each
    raw = m.evidence.sentence
    sentence = raw.strip()
    start = m.evidence.sentence_start + len(raw) - len(raw.lstrip())
    text = read_alone(sentence, start, None)
    if text is None or not tells_news(text):
        return None
    if not _WORDS[0] <= len(text.split()) <= _WORDS[1]:
        return None
    before = printing.texts.get(m.doc, "")[max(0, start - BEFORE) : start]
    return None if takes_up(text, before, printing.story) else text
