"""Whether a plan told for a day that has passed is borne out as done.

"Clinton plans to visit the city on Sunday", written on Friday, tells what was meant to
happen. Shown under a Sunday that the latest sources are past, it reads as what happened,
and plans are changed, postponed and called off. The plan is the day's news only when a
source of its event reports a happening of its own kind as done ("she toured a church in
the city on Sunday"); a report of something else that day (a speech, a game) that merged
with it is no such word.
"""

from __future__ import annotations

from briefgen.aggregate.terms import concepts
from briefgen.models import Event, EventMention

__all__ = ["borne_out"]


def borne_out(plan: EventMention, event: Event) -> bool:
    """Whether a mention of ``event`` other than ``plan`` reports done (not as scheduled)
    the kind of happening ``plan`` announces. A plan naming no kind of happening ("she is
    expected in the city on Sunday") is borne out by any report of its event."""
    kinds = concepts(plan.description)
    return any(
        not m.scheduled and m is not plan and (not kinds or kinds & concepts(m.evidence.sentence))
        for m in event.mentions
    )
