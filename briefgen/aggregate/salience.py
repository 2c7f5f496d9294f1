"""How much an actor takes part in a story: the sources it acts or speaks in, and the
sources that name it outside a listing.

A line-up, a guest list, a list of performers or of the family at a funeral names many
people once each, in every article that repeats it: counted by sources, the performers on a
tribute bill outrank the prosecutor. What makes an actor principal is being a participant
of the corpus's events (named in the clause of a dated happening) and statements (the
speaker of a position), across independent sources.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from itertools import pairwise
from typing import TypeVar

from briefgen.aggregate.agency import is_setting
from briefgen.aggregate.names import words
from briefgen.models import Actor, Event, Position

T = TypeVar("T")
NAMED = ("name", "surname", "acronym")
MentionKey = tuple[str, int, int]
# What stands between two names of a list: "A, B and C", "A, B, & C"; a bracketed age or a
# caption's "(l)" may follow a name ("Prince Michael, 14, Paris, 13, and …").
_BETWEEN = re.compile(r"^(?:\s*\(\w{1,3}\))?\s*(?:,\s*\d{1,3}\s*)?(?:,|,?\s+and|,?\s*&)\s*$")
LISTED = 3  # names in a row that make a listing
# An actor a query word names is central when named in this share of the sources naming the
# most widely named actor: the story's subject is among its most widely named actors.
CENTRAL_SHARE = 0.25


def listed_mentions(actors: Sequence[Actor], texts: Mapping[str, str]) -> set[MentionKey]:
    """The named mentions standing in a run of at least ``LISTED`` names separated only by
    commas and "and": a listing, not a clause about any one of them."""
    by_doc: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for a in actors:
        for m in a.mentions:
            if m.kind in NAMED and m.doc in texts:
                by_doc[m.doc].append((m.start, m.end))
    out: set[MentionKey] = set()
    for doc, spans in by_doc.items():
        spans.sort()
        text = texts[doc]
        run = spans[:1]
        for prev, cur in pairwise(spans):
            if _BETWEEN.match(text[prev[1] : cur[0]]):
                run.append(cur)
                continue
            if len(run) >= LISTED:
                out.update((doc, s, e) for s, e in run)
            run = [cur]
        if len(run) >= LISTED:
            out.update((doc, s, e) for s, e in run)
    return out


def took_part(
    actors: Sequence[Actor], events: Sequence[Event], positions: Sequence[Position]
) -> dict[str, set[str]]:
    """For each actor id, the sources where it is named in a dated event's clause or is the
    speaker of a position."""
    forms: dict[str, str] = {}
    for a in actors:
        for form in (a.name, *a.aliases):
            forms.setdefault(" ".join(words(form)), a.id)
    out: dict[str, set[str]] = defaultdict(set)
    for e in events:
        for em in e.mentions:
            for name in em.actors:
                aid = forms.get(" ".join(words(name)))
                if aid is not None:
                    out[aid].add(em.doc)
    for p in positions:
        if p.speaker_id:
            out[p.speaker_id].add(p.doc)
    return out


def venue_share(actor: Actor, texts: Mapping[str, str]) -> float:
    """The share of an actor's named mentions that are a venue or a setting: after a
    preposition of place ("in America", "on MSNBC", "told MSNBC"), a dateline or naming its
    programme ("MSNBC's Morning Joe") (:func:`briefgen.aggregate.agency.is_setting`)."""
    named = [m for m in actor.mentions if m.kind in NAMED and m.doc in texts]
    if not named:
        return 0.0
    return sum(1 for m in named if is_setting(m, texts[m.doc])) / len(named)


def something_to_show_first(ranked: Sequence[T], shows: Callable[[T], bool], n: int) -> list[T]:
    """``ranked`` with the first ``n`` places given to those that ``shows`` something, drawn
    from the first ``2 * n`` in their order: a profile is read for what the actor said, so
    a state named in every article but quoted nowhere ("United States") is not profiled
    ahead of a salient person with statements. Only a near rank is passed over: the
    actors past ``2 * n`` are too far from the story's principals to take a profile."""
    window = list(ranked[: 2 * n])
    order = [x for x in window if shows(x)] + [x for x in window if not shows(x)]
    return order + list(ranked[2 * n :])
