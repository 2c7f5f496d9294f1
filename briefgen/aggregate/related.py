"""Related actors: those an actor is named beside, sentence by sentence."""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import replace

from briefgen.models import Actor, Extraction

MentionKey = tuple[str, int, int]

RELATED = 5


def with_related(
    actors: list[Actor], mention_map: dict[MentionKey, str], extractions: Sequence[Extraction]
) -> list[Actor]:
    """Related actors: those named in the same sentences most often (at least twice)."""
    by_doc: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for (doc, start, _), aid in mention_map.items():
        if aid:  # not a bare surname left open (``actors.OPEN``)
            by_doc[doc].append((start, aid))
    together: dict[str, Counter[str]] = defaultdict(Counter)
    for ex in extractions:
        keys = sorted(by_doc[ex.document.id])
        starts = [start for start, _ in keys]
        for first, last in ex.sentences:
            # the mentions starting inside the sentence: a slice of the sorted starts
            lo, hi = bisect_left(starts, first), bisect_left(starts, last)
            present = {aid for _, aid in keys[lo:hi]}
            for a in present:
                together[a].update(present - {a})
    out = []
    for actor in actors:
        ranked = sorted(together[actor.id].items(), key=lambda kv: (-kv[1], kv[0]))
        related = tuple(aid for aid, n in ranked if n >= 2)[:RELATED]
        out.append(replace(actor, related=related))
    return out
