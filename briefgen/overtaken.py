"""A plan a later source reports done, or done on another day: the plan is no day's news.

"The two countries will become members in April", written in December, tells a schedule.
Schedules change: a March report that the same countries "joined" the alliance on a
March day tells what happened, and the April entry, shown as planned (or, once April is
past the sources, as what happened), would tell the reader a day that never came. A
plan is overtaken when a source published after the plan's reports, as done, the same
kind of happening (the same predicate lemma) with a participant in common, dated to a
day after the plan was told and other than the planned one. A happening of that kind
that took place before the plan was told (the first round of talks, when the plan is
for the next) overtakes nothing.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from briefgen.models import Event, EventMention

__all__ = ["Overtaken"]


@dataclass(frozen=True)
class Overtaken:
    """The corpus's done happenings by predicate lemma, to test plans against."""

    # lemma -> (first day, last day, publication day, participant records) of each report
    # of a happening told done on its own dated expression
    done: Mapping[str, tuple[tuple[date, date, date, frozenset[str]], ...]] = field(
        default_factory=dict
    )
    published: Mapping[str, date | None] = field(default_factory=dict)
    who: Mapping[str, str] = field(default_factory=dict)

    @classmethod
    def of(
        cls,
        events: Sequence[Event],
        published: Mapping[str, date | None],
        who: Mapping[str, str],
    ) -> Overtaken:
        done: dict[str, list[tuple[date, date, date, frozenset[str]]]] = defaultdict(list)
        for event in events:
            for m in event.mentions:
                when, day = m.when, published.get(m.doc)
                if m.scheduled or m.anchor != "own" or not m.lemma or when is None or not day:
                    continue
                done[m.lemma].append((when.first, when.last, day, _participants(m, who)))
        return cls({k: tuple(v) for k, v in done.items()}, published, who)

    def plan_overtaken(self, plan: EventMention) -> bool:
        """Whether ``plan`` (a scheduled mention) is reported done on another day, or done
        otherwise, by a source published after it."""
        told, when = self.published.get(plan.doc), plan.when
        if not plan.scheduled or not plan.lemma or told is None or when is None:
            return False
        who = _participants(plan, self.who)
        if not who:
            return False  # a plan naming no one: which happening it is, nothing says
        return any(
            day > told and first > told and (last < when.first or first > when.last) and who & names
            for first, last, day, names in self.done.get(plan.lemma, ())
        )


def _participants(m: EventMention, who: Mapping[str, str]) -> frozenset[str]:
    """The actor records ``m`` names, however its source spells them."""
    return frozenset(who.get(a, a) for a in m.actors)
