"""The happenings a sentence dates in its own words, to tell two days' news of one story apart.

Two sentences of one story published a day or two apart share its words ("the outbreak",
"the alert", "the trial"): by their words alone they are one news thread. Yet a phase raised
on Monday and raised again on Wednesday, a trial's third day and its seventh, are two
developments, each news. What tells them apart is what the sentences themselves date: each
names the day of its own happening ("on Monday", "on 29 April"), and the aggregate stage
put those happenings in different event clusters on different days. The same happening
retold later is dated to its own day and cluster again ("the WHO, which raised its alert
on Wednesday"), so it stays one thread. And a report published before the day a sentence
dates its happening to cannot be telling that happening: Monday's lede on the outbreak's
spread, dating nothing itself, is no telling of Wednesday's alert raise.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from collections.abc import Mapping, Sequence
from datetime import date

from briefgen.models import Event

# Each document's dated happenings, sorted: (mention start, event id, day the event is on).
Dated = Mapping[str, Sequence[tuple[int, str, str]]]
# The happenings of one sentence: (event id, day).
Happenings = frozenset[tuple[str, str]]


def dated_happenings(events: Sequence[Event]) -> dict[str, list[tuple[int, str, str]]]:
    """Each document's happenings dated to a day by the mention's own words (its anchor is
    "own": not inherited, nor the report's news day), told as having happened."""
    out: dict[str, list[tuple[int, str, str]]] = defaultdict(list)
    for event in events:
        for m in event.mentions:
            when = m.when
            if m.anchor != "own" or m.scheduled or when is None or when.granularity != "day":
                continue
            out[m.doc].append((m.evidence.start, event.id, when.first.isoformat()))
    return {doc: sorted(found) for doc, found in out.items()}


def happenings_in(dated: Dated, doc: str, start: int, end: int) -> Happenings:
    """The dated happenings whose mention starts in ``[start, end)`` of ``doc``."""
    found = dated.get(doc, ())
    i = bisect_left(found, (start, "", ""))
    out = set()
    while i < len(found) and found[i][0] < end:
        out.add(found[i][1:])
        i += 1
    return frozenset(out)


def distinct_happenings(a: Happenings, b: Happenings) -> bool:
    """Whether two sentences date different happenings: each dates one of its own, and
    they share no event and no day (a happening two clusters split still shares its day)."""
    return (
        bool(a)
        and bool(b)
        and not {e for e, _ in a} & {e for e, _ in b}
        and not {d for _, d in a} & {d for _, d in b}
    )


def after_publication(happenings: Happenings, published: date | None) -> bool:
    """Whether every happening a sentence dates falls after a report's publication day:
    that report, published before any of them, tells none of them."""
    return (
        bool(happenings)
        and published is not None
        and min(day for _, day in happenings) > published.isoformat()
    )


def retold_happening(
    a: Happenings, b: Happenings, published: date | None, other: date | None, days: int
) -> bool:
    """Whether two sentences, their reports published on ``published`` and ``other``, date
    one happening (an event and day both give), one of them told more than ``days`` after
    it: a later report retelling it ("died on 25 June 2009", a year on), not one day's
    developments a cluster of that day's mentions may gather."""
    later = max((d for d in (published, other) if d is not None), default=None)
    return later is not None and any(
        (later - date.fromisoformat(day)).days > days for _, day in a & b
    )
