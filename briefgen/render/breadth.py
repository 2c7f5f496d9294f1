"""Breadth before depth among the profiled people: a person many sources name before one
that few sources say much of.

The profiles' order (:func:`briefgen.aggregate.profiles.profile_order`) weighs each source
by how much it says of an actor: naming it, the actor acting there, the page being about it
count up to five times a naming. Two long features about a secondary figure (an interview,
a profile piece) so outrank a contestant the period's sources name in passing. Depth may
reorder people named by comparable numbers of sources; across a wider gap, breadth decides.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from briefgen.render.views import ActorView

__all__ = ["BREADTH_RATIO", "broad_before_deep"]

# How many times the sources of a profiled person a person left out must have to take its
# place: twice, as a source's depth weighs up to five namings, so that depth still decides
# between people named by comparable numbers of sources.
BREADTH_RATIO = 2


def _breadth(view: ActorView) -> int:
    return len(set(view.actor.sources))


def broad_before_deep(head: list[ActorView], waiting: Iterable[ActorView]) -> list[ActorView]:
    """``head`` (the profiles, in order) with the place of the person fewest sources name
    given to a person left out (of ``waiting``, the near actors enough sources name) with
    statements to show whom ``BREADTH_RATIO`` times as many sources name, the broadest
    first, as long as there is one: an interviewee of two features yields to a contestant
    named across the period. The newcomer takes the last place (it was ranked below)."""
    taken = {v.actor.id for v in head}
    out = list(head)
    for broad in sorted(
        (v for v in waiting if v.actor.id not in taken and v.actor.type == "person"),
        key=lambda v: -_breadth(v),
    ):
        people = [v for v in out if v.actor.type == "person"]
        # the last of the fewest-sourced: the one the order put lowest
        narrow = min(reversed(people), key=_breadth, default=None)
        if narrow is None or _breadth(broad) < BREADTH_RATIO * _breadth(narrow):
            break
        if not broad.positions:
            continue
        out.remove(narrow)
        out.append(replace(broad, profiled=True))
    return out
