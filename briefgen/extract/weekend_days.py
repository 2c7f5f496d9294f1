"""A weekend paper's "last week" dated by the day its own article gives the same happening.

A Saturday or Sunday paper's "last week" is either the week before the article's or the
working week just ended (``weekend_weeks``): the words do not say which, and the timeline
hides such a sentence unless another source dates its news. But a report often tells the
happening twice, once in summary ("withdrew from the concert last week") and once with its
day ("withdrew on Wednesday after a row with the promoter"). When the article dates the
same verb to one day inside the two weeks "last week" may mean, that day is the
happening's, and the summary is dated so. With none, or two different days, the
ambiguity stays and so does the hiding.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace
from datetime import timedelta
from typing import TYPE_CHECKING

from briefgen.models import Document, EventMention
from briefgen.weekend_weeks import SATURDAY, weekend_last_week

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["weekend_weeks_dated"]


def weekend_weeks_dated(
    document: Document, sdoc: Doc, mentions: Sequence[EventMention]
) -> list[EventMention]:
    """``mentions`` with each weekend "last week" whose verb the article dates to one day
    of the two weeks it may mean ("withdrew on Wednesday") dated to that day."""
    published = document.dct
    if published is None or published.weekday() < SATURDAY:
        return list(mentions)
    first = published - timedelta(days=published.weekday() + 7)  # Monday of the week before
    days: dict[str, set[str]] = defaultdict(set)  # a verb's lemma: the days the article gives it
    for m in mentions:
        when = m.when
        if m.anchor != "own" or m.scheduled or not m.timex.text or when is None:
            continue
        if when.day is None or not first <= when.day < published:
            continue
        for span in (m.predicate, *m.co_predicates):
            lemma = _lemma(sdoc, span)
            if lemma:
                days[lemma].add(when.day.isoformat())
    out: list[EventMention] = []
    for m in mentions:
        if weekend_last_week(m, published) and m.anchor == "own":
            found = days.get(_lemma(sdoc, m.predicate) or "", set())
            if len(found) == 1:
                day = next(iter(found))
                m = replace(m, date=day, timex=replace(m.timex, value=day))
        out.append(m)
    return out


def _lemma(sdoc: Doc, span: tuple[int, int] | None) -> str | None:
    """The lemma of the one word at ``span`` in ``sdoc``, or None."""
    if span is None:
        return None
    words = sdoc.char_span(span[0], span[1], alignment_mode="expand")
    if words is None or len(words) != 1:
        return None
    return words[0].lemma_.lower()
