"""Where the story stands at the end of the period: its latest corroborated development.

A bottom line chosen by centrality alone tells what the corpus says most, which is often
an early state of the story (a charge, a hearing to come) rather than how it ended (the
verdict, the sentence). Among the story's main threads (its most salient events), the
latest one that several independent sources report as having happened gives the bottom
line. Only general signals count: the event's date, its independent sources, its
salience, and that the reports were published on or after that date.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from briefgen.models import Event

__all__ = ["THREADS", "latest_development"]

# How many of the most salient events are the story's main threads.
THREADS = 10


def latest_development(
    events: Sequence[Event], published: Mapping[str, date | None]
) -> Event | None:
    """The latest of the main threads reported as done by two or more sources.

    An event counts when it is dated to a day, not merely scheduled, and at least two
    of its sources were published on or after that day (they report it, not announce it).
    """
    reported = [e for e in events if _reported(e, published) >= 2]
    threads = sorted(reported, key=lambda e: (-e.salience, e.id))[:THREADS]
    return max(threads, key=lambda e: (_day(e), e.salience), default=None)


def _day(event: Event) -> date:
    when = event.when
    return when.first if when is not None else date.min


def _reported(event: Event, published: Mapping[str, date | None]) -> int:
    """How many independent sources report the event after it happened."""
    when = event.when
    if event.scheduled or when is None or when.day is None:
        return 0
    after = {m.doc for m in event.mentions if (published.get(m.doc) or date.min) >= when.first}
    return len(after)
