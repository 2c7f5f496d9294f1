"""The date a sentence is shown under: of all the dates its mentions give it, one.

``sentence_dates`` gathers, for each sentence, the dates its event mentions give and how
well founded each is; ``home_date`` picks the one a sentence giving several is shown
under. Used by the timeline (``timeline``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from briefgen.models import EventMention
from briefgen.retold import date_key
from briefgen.when import When, sort_key

__all__ = ["home_date", "sentence_dates"]


def sentence_dates(
    mentions: Iterable[EventMention],
) -> dict[tuple[str, int], dict[str, tuple[bool, int]]]:
    """Sentence (document, start) → the dates its mentions give, each with (whether it
    dates the main clause, its finest granularity)."""
    out: dict[tuple[str, int], dict[str, tuple[bool, int]]] = defaultdict(dict)
    for m in mentions:
        when = When.of(m.date)
        key = date_key(m.date)
        dates = out[(m.doc, m.evidence.sentence_start)]
        found = (m.evidence.text == m.evidence.sentence, when.rank if when else 0)
        dates[key] = max(dates.get(key, found), found)
    return out


def home_date(gives: dict[str, tuple[bool, int]]) -> str | None:
    """The one date a sentence giving several is shown under: that of its main clause, then
    the finest, then the first (a chronology tells a happening where it starts: "in the day
    since a Taliban offensive swept away the government, officials are taking satisfaction")."""
    if len(gives) < 2:
        return None
    return min(gives, key=lambda d: (not gives[d][0], -gives[d][1], sort_key(d)))
