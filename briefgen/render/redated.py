"""A retrospective's day for a happening the day's own reports date otherwise.

A timeline page or a look back written weeks later files each step of a story under a
day ("6 October: a recording of the singer is played to jurors"), often the day its
writer read of it rather than the day it happened. A report of that week, written within
days, says when ("was played in full on Wednesday", the 5th). The chronology prints a
sentence under the date the sentence gives, so it would print both days, or the
retrospective's alone; where a day report tells the same happening on a day near it,
the retrospective's day is not printed: the day report's is the corpus's date for it, and
the retrospective's sentence is printed under that day (``DayReports.telling``) when the
day reports agree on it and the sentence does not write out its own day.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from datetime import date, timedelta

from briefgen.aggregate.terms import Idf, cosine, terms
from briefgen.models import Event, EventMention
from briefgen.when import When

__all__ = ["DayReports"]

# A report written this soon after the day it tells is that day's news; a source written
# later looks back.
NEWS_WEEK = timedelta(days=7)
# How far apart a retrospective's day and a day report's may lie and still be one
# happening's (a day's slip, a weekend).
SLIP = timedelta(days=2)
# How alike (cosine of tf-idf) a sentence of the day report must be to the retrospective's
# to tell the same happening ("A recording of X bemoaning his childhood has been played to
# the trial", its lede, beside "A recording of X bemoaning his childhood is played").
SAME = 0.3
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")


def _day(m: EventMention) -> date | None:
    """The mention's day, when it gives one."""
    when = When.of(m.date)
    return when.day if when is not None else None


class DayReports:
    """The corpus's reports of a day's happening written that week, by their verb."""

    def __init__(
        self,
        events: Iterable[Event],
        published: Mapping[str, date],
        texts: Mapping[str, str],
        idf: Idf,
    ) -> None:
        self.published = published
        self.texts = texts
        self.idf = idf
        self._vectors: dict[str, list[dict[str, float]]] = {}
        self.by_verb: dict[str, list[tuple[date, EventMention]]] = defaultdict(list)
        for event in events:
            for m in event.mentions:
                day, out = _day(m), published.get(m.doc)
                if day is None or out is None or not m.lemma or m.scheduled:
                    continue
                if m.anchor == "own" and day <= out <= day + NEWS_WEEK:
                    self.by_verb[m.lemma].append((day, m))

    def telling(self, m: EventMention) -> tuple[EventMention, ...]:
        """The day reports' mentions dating to another day near it the happening ``m``, a
        retrospective's day, tells (by the same verb, in a report with a sentence much like
        ``m``'s); none when ``m`` is no retrospective's day for what that week dates
        otherwise."""
        day, out = _day(m), self.published.get(m.doc)
        if day is None or out is None or out <= day + NEWS_WEEK or not m.lemma:
            return ()
        near = [
            n
            for other, n in self.by_verb.get(m.lemma, ())
            if n.doc != m.doc and other != day and abs(other - day) <= SLIP
        ]
        if not near:
            return ()
        told = self.idf.vector(terms(m.evidence.sentence))
        return tuple(n for n in near if self._tells(told, n.doc))

    def _tells(self, told: dict[str, float], doc: str) -> bool:
        """Whether a sentence of ``doc`` tells much what ``told`` (a term vector) does."""
        if doc not in self._vectors:
            sentences = _SENTENCE_END.split(self.texts.get(doc, ""))
            self._vectors[doc] = [self.idf.vector(terms(s)) for s in sentences if s.strip()]
        return any(cosine(v, told) >= SAME for v in self._vectors[doc])
