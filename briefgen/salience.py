"""How much the whole corpus is about a sentence's day and its happening.

A sentence's own words say what it tells; the corpus says whether that matters. The
period's central happenings (an election's result, a candidate quitting, an attack, a
first death) are the ones the press turns out for: many reports are published on their
day or the next, many sentences across the corpus date something to that day, and many
independent sources, later ones included ("after Tuesday's primary win", "since the
attacks"), tell the happening itself. A side story from one outlet, a live page's
scene-setting, a pundit's colour, gather none of that. These are the standard signals of
timeline summarization's date selection (Tran et al. 2013; Martschat and Markert 2018):
date salience and event reach.

Both are read as ranks within the corpus (the share of days, or of events, a value is at
least as high as), not raw counts, so they carry from a corpus of 30 articles to one of
3,000, and from a month's coverage to years'.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from briefgen.happenings import Dated, dated_happenings, happenings_in
from briefgen.models import Event

__all__ = ["Salience", "rank_shares", "salience"]


@dataclass(frozen=True, slots=True)
class Salience:
    """Each day's and each event's standing in the corpus, as rank shares in ``(0, 1]``."""

    days: Mapping[str, float]  # ISO day -> rank share of its reports and references
    reach: Mapping[str, float]  # event id -> rank share of its independent sources
    dated: Dated  # each document's happenings dated to a day in its own words
    # doc -> sorted (mention start, event id, the event's day or "")
    mentions: Mapping[str, Sequence[tuple[int, str, str]]]

    def of(self, doc: str, start: int, end: int, published: date | None) -> float:
        """How central the span ``[start, end)`` of ``doc`` is by its day and its event,
        in ``[0, 1]``: the mean of its day's rank share and its best event's. Its day is the
        one it dates its own happening to, else its report's publication day (a report
        tells its day's news)."""
        own = happenings_in(self.dated, doc, start, end)
        if own:
            days = {d for _, d in own}
        elif published is not None:
            days = {published.isoformat(), (published - timedelta(days=1)).isoformat()}
        else:
            days = set()
        day = max((self.days.get(d, 0.0) for d in days), default=0.0)
        # Only the happening the sentence tells, on its day: an older event recalled as
        # background ("the singer, who died in 2009") lends its reach to no later line.
        found = self.mentions.get(doc, ())
        i = bisect_left(found, (start, "", ""))
        reach = 0.0
        while i < len(found) and found[i][0] < end:
            if found[i][2] in days:
                reach = max(reach, self.reach.get(found[i][1], 0.0))
            i += 1
        return (day + reach) / 2


def rank_shares(values: Mapping[str, float]) -> dict[str, float]:
    """Each key's mid-rank share in ``(0, 1)``: the share of keys below its value, plus
    half the share of those tied with it (a long tail of days with one report each is no
    more salient than the middle). Keys of value 0 get 0."""
    ordered = sorted(values.values())
    n = 2 * len(ordered)
    return {
        k: (bisect_left(ordered, v) + bisect_right(ordered, v)) / n if v > 0 else 0.0
        for k, v in values.items()
    }


def salience(events: Sequence[Event], published: Mapping[str, date | None]) -> Salience:
    """The corpus's salience of each day and reach of each event.

    A day's salience: how many documents were published on it or the day after (the
    reports of its news), and how many sentences across the corpus date a happening to it
    in their own words, each as a rank share, averaged. An event's reach: how many
    documents tell it as having happened, later reports recalling it included."""
    reports: dict[str, int] = defaultdict(int)
    for day in published.values():
        if day is not None:
            for back in (0, 1):
                reports[(day - timedelta(days=back)).isoformat()] += 1
    dated = dated_happenings(events)
    sentences: dict[str, set[tuple[str, int]]] = defaultdict(set)
    mentions: dict[str, list[tuple[int, str, str]]] = defaultdict(list)
    sentence_of: dict[tuple[str, int], int] = {}
    for event in events:
        when = event.when
        on = when.first.isoformat() if when is not None and when.granularity == "day" else ""
        for m in event.mentions:
            mentions[m.doc].append((m.evidence.start, event.id, on))
            sentence_of[m.doc, m.evidence.start] = m.evidence.sentence_start
    for doc, found in dated.items():
        for start, _, day in found:
            # one sentence dating two happenings to a day refers to it once
            sentences[day].add((doc, sentence_of[doc, start]))
    referred = {day: float(len(s)) for day, s in sentences.items()}
    by_reports = rank_shares({d: float(n) for d, n in reports.items()})
    by_refs = rank_shares(referred)
    days = {
        d: (by_reports.get(d, 0.0) + by_refs.get(d, 0.0)) / 2
        for d in by_reports.keys() | by_refs.keys()
    }
    reach = rank_shares({e.id: float(e.corroboration) for e in events})
    return Salience(days, reach, dated, {doc: sorted(v) for doc, v in mentions.items()})
