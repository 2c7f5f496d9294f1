"""Grouping event mentions into real-world happenings.

Sources that tell one event often share few words: "a delegation visited the
capital on 8-9 July" against "promises made there last month", "rebels seized
the city on 15 August" against "the takeover in August". Three passes:

1. *Greedy clustering*, most precisely dated mentions first: a mention joins the
   cluster it is most similar to (``same_happening.similarity``) among those with a
   compatible date (the ranges overlap; two adjacent days from different sources are
   merged as a recorded disagreement). A mention dated by a season, a year or a decade
   needs a word of its clause in common; a relative reading of a period ("the next
   year") is never another period's event misdated.
2. *Anaphora*: a mention dated by "back then" / "at that time" belongs to the
   event of the nearest earlier mention of its document with that date.
3. *Vague into precise* (``vague_into_precise.attach_vague``): a cluster dated only by a
   month, season, year or decade joins the best more precise cluster inside its range
   that tells the same happening.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date, timedelta

from briefgen.aggregate.blocking import Blocks
from briefgen.aggregate.fit_bound import ROUNDING, Pool, ceiling
from briefgen.aggregate.same_happening import (
    COARSE,
    Cluster,
    Item,
    dated_apart,
    is_period,
    similarity,
    vague_fits,
)
from briefgen.aggregate.terms import Idf
from briefgen.aggregate.told_apart import deed_beside_sayings, measured_over
from briefgen.aggregate.vague_into_precise import attach_vague
from briefgen.when import When

__all__ = ["cluster_items"]

# Similarity needed to merge mentions with compatible dates: from different
# documents, and (stricter) from one document, which rarely repeats an event.
MERGE_CROSS_DOC = 0.30
MERGE_SAME_DOC = 0.40
# Similarity needed to merge mentions whose dates conflict (and report it).
MERGE_CONFLICT = 0.50
# Adjacent days from two sources are recorded as a disagreement.
ADJACENT_CONFLICT = True
# Conflicting dates closer than this (in days, by precision rank) are one event.
_CONFLICT_GAP = {5: 3, 4: 7, 3: 31, 2: 92, 1: 731, 0: 0}
# Share of mentions above which a kind of happening is the corpus' subject.
COMMON_KIND = 0.2
# Earlier mentions a "back then" may point to: this many characters back.
_ANAPHORA_REACH = 600
_ANAPHORIC = re.compile(
    r"^\W*(?:back\s+)?then\W*$|^\W*(?:at|by)\s+(?:that|the)\s+time\b"
    r"|^\W*(?:in\s+)?that\s+(?:year|month|day|week|spring|summer|autumn|winter)\b",
    re.I,
)


def _close(a: When, b: When) -> bool:
    """Dates that conflict but are near enough to be one event misdated by a source."""
    return a.rank == b.rank and 0 < a.gap(b) <= _CONFLICT_GAP[a.rank]


def cluster_items(items: list[Item], idf: Idf) -> list[Cluster]:
    """Greedy clustering (items most precise first), then anaphora and vague-into-precise."""
    clusters: list[Cluster] = []
    # whether each cluster's first member is a period: it stays its first member
    periods: list[bool] = []
    pools: list[Pool] = []
    index = Blocks()
    common = _common_kinds(items)
    for item in items:
        candidates = index.candidates(item.words | item.actors, _reach(item.range))
        best, best_score, conflict = None, 0.0, False
        period = is_period(item)
        weights = {t: idf(t) for t in item.everything}
        for c in candidates:
            if periods[c] != period:
                continue
            cluster = clusters[c]
            span = cluster.span()
            same_doc = item.mention.doc in cluster.docs
            needed = MERGE_SAME_DOC if same_doc else MERGE_CROSS_DOC
            if item.range.overlaps(span):
                is_conflict = False
            elif item.range.rank == span.rank == 5 and item.range.overlaps(span, slack=1):
                # Adjacent days: a report from the next day, or a source's error.
                is_conflict = ADJACENT_CONFLICT and not same_doc
            elif not same_doc and _close(item.range, span) and not _read_apart(item, cluster):
                needed, is_conflict = MERGE_CONFLICT, True
            else:
                continue
            # no member can score what is needed, or more than the best so far: the
            # cluster is not chosen, whatever its members and parties say
            most = ceiling(item, pools[c], weights, idf, common, same_doc) + ROUNDING
            if most < needed or most <= best_score:
                continue
            if dated_apart(item, cluster) or not _may_join(item, cluster):
                continue
            score = _fit(item, cluster, idf, common)
            if score >= needed and score > best_score:
                best, best_score, conflict = c, score, is_conflict
        if best is None:
            clusters.append(Cluster([]))
            periods.append(period)
            pools.append(Pool())
            best = len(clusters) - 1
        clusters[best].add(item, conflict)
        pools[best].add(item)
        index.add(best, item.words | item.actors, clusters[best].span())
    clusters = _resolve_anaphora(clusters)
    return attach_vague(clusters, idf)


def _fit(item: Item, cluster: Cluster, idf: Idf, common: frozenset[str]) -> float:
    """How well ``item`` tells the happening of ``cluster``: its best match among the
    members. A season, a year or a decade holds many happenings, and sentences on one topic
    tell many of them ("touring this year", "the tour this autumn"): a mention so dated
    matches only a member whose clause shares a word with its own ("contacts developed
    since 2014", "established contacts in 2014"), never on the topic of its sentence alone.
    """
    return max(_coarse_similarity(item, other, idf, common) for other in cluster.items)


def _may_join(item: Item, cluster: Cluster) -> bool:
    """A mention dated more vaguely than the cluster joins it only as ``vague_fits``
    allows: "X suspended his campaign this month" is not Y's suspension on the 15th; nor
    ever as a change summed over its period, nor as a deed beside a day's sayings
    (``told_apart``)."""
    if item.range.rank < cluster.rank and (
        measured_over(item) or deed_beside_sayings(item, cluster)
    ):
        return False
    if item.range.rank <= COARSE and item.range.rank < cluster.rank:
        return vague_fits(item, cluster)
    return True


def _coarse_similarity(a: Item, b: Item, idf: Idf, common: frozenset[str]) -> float:
    """``similarity``, but nothing when ``a`` is dated by a season, a year or a decade and
    its clause shares no word with the other's."""
    if a.range.rank < COARSE and not a.words & b.words:
        return 0.0
    return similarity(a, b, idf, common)


def _read_apart(item: Item, cluster: Cluster) -> bool:
    """A month or a coarser period that differs from the cluster's, where either side's
    date is this system's reading of a relative phrase ("the next year", "last month"),
    not a date the source writes out: the reading is likelier wrong (the narrative's year
    taken for the publication's) than the source, and another year's happening would
    join the event as a source's disagreement."""
    if item.range.rank > COARSE:
        return False
    rank = cluster.rank
    return not (_written(item) and all(_written(o) for o in cluster.items if o.range.rank == rank))


def _written(item: Item) -> bool:
    """The mention's date expression writes out its year or day ("in 2009", "on 25 June")."""
    return any(ch.isdigit() for ch in item.mention.timex.text)


def _reach(r: When) -> tuple[date, date]:
    """The days a cluster's dates must touch for an item dated ``r`` to join it: its own,
    the next or previous day, or a date close enough to be a source's error (``_close``)."""
    pad = timedelta(days=max(1, _CONFLICT_GAP[r.rank]))
    return r.first - pad, r.last + pad


def _common_kinds(items: list[Item]) -> frozenset[str]:
    """Kinds of happening so many sentences report that they are the corpus' subject."""
    counts = Counter(k for i in items for k in i.context)
    return frozenset(k for k, n in counts.items() if n > max(COMMON_KIND * len(items), 3))


def _resolve_anaphora(clusters: list[Cluster]) -> list[Cluster]:
    """A lone "back then" mention joins the event of the nearest earlier mention it repeats."""
    home = {id(i): c for c in clusters for i in c.items}
    # Only a mention of the same document can be pointed to: looked up by document.
    by_doc: dict[str, list[Item]] = {}
    for c in clusters:
        for i in c.items:
            by_doc.setdefault(i.mention.doc, []).append(i)
    for cluster in clusters:
        if len(cluster.items) != 1:
            continue
        item = cluster.items[0]
        m = item.mention
        if not _ANAPHORIC.search(m.timex.text):
            continue
        earlier = [
            o
            for o in by_doc[m.doc]
            if 0 < m.evidence.start - o.mention.evidence.start <= _ANAPHORA_REACH
            and o.range.overlaps(item.range)
            and home[id(o)] is not cluster
        ]
        if not earlier:
            continue
        target = home[id(max(earlier, key=lambda o: o.mention.evidence.start))]
        target.add(item)
        cluster.items.clear()
        home[id(item)] = target
    return [c for c in clusters if c.items]
