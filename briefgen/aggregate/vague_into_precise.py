"""Vague into precise: a cluster of event mentions dated only by a month, a season, a
year or a decade joins the best more precise cluster inside its range.

"Rebels seized the city on 15 August" and "the takeover in August" tell one happening in
few words in common, and greedy clustering compares a mention with a cluster's members
one by one, so it may keep them apart. This pass, run once every cluster is formed,
compares whole clusters: the vague one joins a precise one that shares the kind of
happening, or a participant when several sources report the precise one; never one that
reports another kind. Years and one source's own events need the kind (a year: named in
both descriptions, and told with the same verb). It is judged against what the precise
cluster's own mentions say, not what earlier vague clusters brought to it: never one
shared date, kind or protagonist alone.
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from datetime import date

from briefgen.aggregate.same_happening import (
    COARSE,
    Cluster,
    dated_apart,
    inherited,
    is_period,
    predicate,
    rare,
    vague_fits,
)
from briefgen.aggregate.terms import SUB_EVENTS, Idf
from briefgen.aggregate.told_apart import deed_beside_sayings, measured_over
from briefgen.when import When

__all__ = ["attach_vague"]

# Score a vague cluster needs to join a more precise one, and what a kind of
# happening both descriptions name (or only the sentences) adds to it.
ATTACH = 0.30
ATTACH_KIND = 0.3
# Kinds that happen together: promises and agreements are made at talks and visits.
_KIND_CLASS = {
    "visit": "meet",
    "talks": "meet",
    "contact": "meet",
    "promise": "meet",
    "agree": "meet",
}


def _classes(kinds: frozenset[str]) -> frozenset[str]:
    return frozenset(_KIND_CLASS.get(k, k) for k in kinds)


@dataclass(frozen=True)
class _Profile:
    """What the vague-into-precise pass compares of one cluster."""

    bag: frozenset[str]
    weight: float
    docs: frozenset[str]
    actors: frozenset[str]
    kinds: frozenset[str]
    context: frozenset[str]
    span: When
    rank: int
    period: bool


def _profile(cluster: Cluster, idf: Idf) -> _Profile:
    bag = frozenset(t for i in cluster.items for t in i.everything)
    return _Profile(
        bag,
        sum(idf(t) for t in sorted(bag)),
        frozenset(cluster.docs),
        frozenset(t for i in cluster.items for t in i.actors),
        frozenset(k for i in cluster.items for k in i.kinds),
        frozenset(k for i in cluster.items for k in i.context),
        cluster.span(),
        cluster.rank,
        any(is_period(i) for i in cluster.items),
    )


def attach_vague(clusters: list[Cluster], idf: Idf) -> list[Cluster]:
    """Clusters dated only by a month or coarser join the best precise cluster inside it.

    A vague cluster is judged against what the precise one's own mentions say, never
    against what other vague clusters brought to it: compared with the grown union of
    words, kinds and sources, each attachment made the next easier, and a month's event
    gathered every unrelated fact of its year ("last year" a trade pact, a budget deal, a
    company's spin-off) as sources of its own.
    """
    profiles = [_profile(c, idf) for c in clusters]
    index = _DatedIndex(profiles)
    order = sorted(range(len(clusters)), key=lambda n: (-profiles[n].rank, n))
    gone: set[int] = set()
    for n in order:
        v = profiles[n]
        if n in gone or v.rank > 3 or v.period:
            continue
        keys = v.actors | {"~" + c for c in _classes(v.context)}
        candidates = sorted(index.starting_within(keys, v.span) - gone - {n})
        best, best_score = None, 0.0
        for k in candidates:
            p = profiles[k]
            if p.rank <= v.rank or p.span.first < v.span.first or p.span.last > v.span.last:
                continue
            score = _attach_score(clusters[n], v, clusters[k], p, idf)
            if score > best_score:
                best, best_score = k, score
        if best is not None and best_score >= ATTACH:
            for item in clusters[n].items:
                clusters[best].add(item)
            gone.add(n)
    return [c for k, c in enumerate(clusters) if k not in gone]


class _DatedIndex:
    """The precise clusters under each of their words and kinds, in the order of their
    first day: a vague cluster's candidates are those inside its dates, looked up.

    A corpus twice as long holds twice the clusters naming its protagonist, but not inside
    one month or year: read whole, a key's list grew with the corpus for every vague
    cluster; its stretch of the vague cluster's dates does not. The profiles are made once,
    before any cluster joins another, so their dates do not move while it is read.
    """

    def __init__(self, profiles: list[_Profile]) -> None:
        filed: dict[str, list[int]] = {}
        for k, p in enumerate(profiles):
            if not p.period:
                for key in p.bag | {"~" + c for c in _classes(p.context)}:
                    filed.setdefault(key, []).append(k)
        self.ids: dict[str, list[int]] = {}
        self.firsts: dict[str, list[date]] = {}
        for key, ids in filed.items():
            ids.sort(key=lambda k: profiles[k].span.first)
            self.ids[key] = ids
            self.firsts[key] = [profiles[k].span.first for k in ids]

    def starting_within(self, keys: frozenset[str], span: When) -> set[int]:
        """The clusters filed under any of ``keys`` whose first day is inside ``span`` (a
        cluster starting later ends after it; one starting earlier is not inside it)."""
        found: set[int] = set()
        for key in keys:
            firsts = self.firsts.get(key)
            if firsts:
                lo = bisect_left(firsts, span.first)
                found.update(self.ids[key][lo : bisect_right(firsts, span.last, lo)])
        return found


def _said(cluster: Cluster) -> frozenset[str]:
    """The terms of the cluster's sentences."""
    return frozenset(t for i in cluster.items for t in i.vector)


def _told_alike(vague: Cluster, precise: Cluster) -> bool:
    """A vague mention and a mention dating the precise cluster tell it with one verb."""
    rank = precise.rank
    told = {t for i in precise.items if i.range.rank == rank for t in predicate(i.mention)}
    return any(predicate(i.mention) & told for i in vague.items)


def _attach_score(vague: Cluster, v: _Profile, precise: Cluster, p: _Profile, idf: Idf) -> float:
    """How well a vaguer cluster fits a more precise one inside its dates (0: not at all)."""
    # What the two profiles tell first: a vague cluster meets every precise one of its
    # month or year, and most fail on these before their members need reading.
    if p.period or v.kinds & SUB_EVENTS != p.kinds & SUB_EVENTS:
        return 0.0  # a sub-event and the event it belongs to
    shared_kinds = _classes(v.context) & _classes(p.context)
    if v.kinds and p.context and not _classes(v.kinds) & _classes(p.context):
        return 0.0  # different kinds of happening
    if not shared_kinds and (v.rank <= 1 or v.docs <= p.docs):
        return 0.0  # a year, or one source's own events: the kind must match
    if any(dated_apart(i, precise) for i in vague.items):
        return 0.0
    if not any(vague_fits(i, precise) for i in vague.items):
        return 0.0  # a vague mention naming only participants the event does not have
    if any(measured_over(i) or deed_beside_sayings(i, precise) for i in vague.items):
        return 0.0  # a period's sum, or a deed a day's sayings only comment on
    if any(inherited(i) for i in vague.items) and not v.kinds & p.kinds:
        return 0.0
    if v.rank <= 1 and not (v.kinds & p.kinds and _told_alike(vague, precise)):
        # A year holds many happenings, and the words of one ("Iran's nuclear deal") are
        # the setting of another ("a rally against the nuclear deal"): a mention dated
        # only by its year joins a precise event that names the same kind of happening
        # and whose mentions tell it with the same verb.
        return 0.0
    # What a month's mentions share may be in their sentences ("at a preliminary hearing
    # this month", "the preliminary hearing begins on 4 January"); a longer period's must
    # be in the clauses themselves.
    common_terms = v.bag & p.bag if v.rank < COARSE else _said(vague) & _said(precise)
    if not shared_kinds and (
        len(p.docs) < 2 or not v.actors & p.bag or not rare(common_terms, idf)
    ):
        # no kind in common: a participant of an event several sources report, and a term
        # in common that is not the corpus' protagonist, whom every happening names
        return 0.0
    shared = sum(idf(t) for t in sorted(v.bag & p.bag))
    if not shared and v.rank < COARSE:
        # a kind in common and no word: within a month, likely the one happening ("the
        # movement returned to power in August", "an offensive swept away the government
        # on 15 August"); within a season or a year, two happenings of one sort
        return 0.0
    smaller = min(v.weight, p.weight)
    overlap = shared / smaller if smaller else 0.0
    kind = ATTACH_KIND if v.kinds & p.kinds else ATTACH_KIND / 2 if shared_kinds else 0.0
    # The more sources tell the precise event, the likelier a vague mention means it.
    support = 1.0 + 0.5 * math.log(len(p.docs))
    return (overlap + kind) * support
