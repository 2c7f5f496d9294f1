"""Cross-document event merging and salience.

Mentions of one real-world happening are merged when their dates are compatible
(the ranges overlap: "On July 8-9" fits "in July" and "last month") and their
words and participants overlap. Mentions that agree on what happened but not on
when (two different days a few days apart) are merged too, and the conflict is
recorded in ``Event.disagreements``.

Salience says how much the corpus is about an event: how many independent
sources report it, how many of them were published on another day (a later
article looking back at it), how central its words are to the corpus (and the
query), and how precisely it is dated. File order plays no part.
"""

from __future__ import annotations

import hashlib
import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from briefgen.aggregate.dates import DateRange, date_range
from briefgen.aggregate.terms import Idf, cosine, terms
from briefgen.models import Event, EventMention, Extraction

__all__ = ["merge_events"]

# Similarity needed to merge mentions with compatible dates: from different
# documents, and (stricter) from one document, which rarely repeats an event.
MERGE_CROSS_DOC = 0.30
MERGE_SAME_DOC = 0.40
# Similarity needed to merge mentions whose dates conflict (and report it).
MERGE_CONFLICT = 0.50
# Conflicting dates closer than this (in days, by precision rank) are one event.
_CONFLICT_GAP = {5: 3, 4: 7, 3: 31, 2: 92, 1: 731, 0: 0}
# Weights of description terms and of participants (with them) in similarity.
W_WHAT = 0.4
W_WHO = 0.3
SAME_DAY_ACTOR = 0.2
# Weights of retrospective reports and of the day's news coverage in salience.
OTHER_DAY = 0.5
COVERAGE = 1.0
CENTRAL_FLOOR = 0.1
_PRECISION = {5: 1.0, 4: 0.8, 3: 0.6, 2: 0.5, 1: 0.35, 0: 0.15}


@dataclass
class _Item:
    mention: EventMention
    range: DateRange
    words: frozenset[str]
    actors: frozenset[str]
    vector: dict[str, float]
    everything: frozenset[str] = frozenset()
    weight_words: float = 0.0
    weight_everything: float = 0.0


@dataclass
class _Cluster:
    items: list[_Item]
    conflicts: list[tuple[_Item, _Item]] = field(default_factory=list)
    docs: set[str] = field(default_factory=set)
    range: DateRange | None = None

    def add(self, item: _Item, conflict: bool = False) -> None:
        """Add a member; a conflicting one does not narrow the agreed dates."""
        if conflict:
            self.conflicts.append((self.items[0], item))
        self.items.append(item)
        self.docs.add(item.mention.doc)
        if conflict:
            return
        r = item.range
        if self.range is None:
            self.range = r
        else:
            lo, hi = max(self.range.lo, r.lo), min(self.range.hi, r.hi)
            if lo <= hi:
                self.range = DateRange(lo, hi, max(self.range.rank, r.rank))

    def span(self) -> DateRange:
        """The days every (agreeing) member allows."""
        return self.range or self.items[0].range


def merge_events(extractions: Sequence[Extraction], *, query: Sequence[str] = ()) -> list[Event]:
    """One ``Event`` per real-world happening, from every document's event mentions.

    Output is sorted by date, then by decreasing salience; ids are stable hashes of
    the date and the key terms, so the same input always gives the same events.
    """
    mentions = [m for ext in extractions for m in ext.events]
    idf = Idf(terms(m.evidence.sentence) for m in mentions)
    items = [i for i in (_item(m, idf) for m in mentions) if i is not None]
    # Most precise first, so vaguer mentions join an already dated event.
    items.sort(
        key=lambda i: (-i.range.rank, i.range.width, i.mention.doc, i.mention.evidence.start)
    )
    clusters = _cluster(items, idf)
    publication = {ext.document.id: ext.document.dct for ext in extractions}
    relevance = _relevance(extractions, query)
    corpus = _corpus_vector(extractions, idf, query, relevance)
    days: Counter[date] = Counter(d for d in publication.values() if d is not None)
    context = _Context(idf, publication, corpus, days, relevance)
    events = [_event(c, context) for c in clusters]
    return _with_unique_ids(events)


def _item(mention: EventMention, idf: Idf) -> _Item | None:
    r = date_range(mention.date)
    if r is None:
        return None
    words = frozenset(terms(mention.description))
    actors = frozenset(t for a in mention.actors for t in terms(a))
    everything = words | actors
    return _Item(
        mention,
        r,
        words,
        actors,
        idf.vector(terms(mention.evidence.sentence)),
        everything,
        sum(idf(t) for t in sorted(words)),
        sum(idf(t) for t in sorted(everything)),
    )


def _dice(a: frozenset[str], b: frozenset[str], total: float, idf: Idf) -> float:
    """Dice coefficient of two term sets, each term weighted by its idf."""
    shared = sum(idf(t) for t in sorted(a & b))
    return 2 * shared / total if total else 0.0


def _similarity(a: _Item, b: _Item, idf: Idf) -> float:
    """What happened (description terms), who took part (actors), and the sentences."""
    what = _dice(a.words, b.words, a.weight_words + b.weight_words, idf)
    who = _dice(a.everything, b.everything, a.weight_everything + b.weight_everything, idf)
    score = W_WHAT * what + W_WHO * who + (1 - W_WHAT - W_WHO) * cosine(a.vector, b.vector)
    if a.range == b.range and a.range.rank == 5 and _rare(a.actors & b.actors, idf):
        # One named participant, one day: most likely one happening told twice
        # (one article reporting what one person said that day, above all).
        score += SAME_DAY_ACTOR * (2.0 if a.mention.doc == b.mention.doc else 1.0)
    return score


def _rare(shared: frozenset[str], idf: Idf) -> bool:
    """A participant named in few sentences (not the corpus' protagonist)."""
    return any(idf.df.get(t, 0) <= max(2.0, 0.05 * idf.n) for t in shared)


def _cluster(items: list[_Item], idf: Idf) -> list[_Cluster]:
    clusters: list[_Cluster] = []
    index: dict[str, list[int]] = {}
    for item in items:
        candidates = sorted({c for t in item.words | item.actors for c in index.get(t, ())})
        best, best_score, conflict = None, 0.0, False
        for c in candidates:
            cluster = clusters[c]
            if _is_period(cluster.items[0]) != _is_period(item):
                continue
            span = cluster.span()
            same_doc = item.mention.doc in cluster.docs
            if item.range.overlaps(span, slack=1):
                needed = MERGE_SAME_DOC if same_doc else MERGE_CROSS_DOC
                is_conflict = False
            elif not same_doc and _close(item.range, span):
                needed, is_conflict = MERGE_CONFLICT, True
            else:
                continue
            score = max(_similarity(item, other, idf) for other in cluster.items)
            if score >= needed and score > best_score:
                best, best_score, conflict = c, score, is_conflict
        if best is None:
            clusters.append(_Cluster([]))
            best = len(clusters) - 1
        clusters[best].add(item, conflict)
        for t in sorted(item.words | item.actors):
            index.setdefault(t, []).append(best)
    return clusters


def _is_period(item: _Item) -> bool:
    """A stretch of time ("since 2018", "1996-2001"), not the date of one happening."""
    return "/" in item.mention.date and item.range.width > 62


def _close(a: DateRange, b: DateRange) -> bool:
    """Dates that conflict but are near enough to be one event misdated by a source."""
    return a.rank == b.rank and 0 < a.gap(b) <= _CONFLICT_GAP[a.rank]


def _relevance(extractions: Sequence[Extraction], query: Sequence[str]) -> dict[str, float]:
    """How much each document is about the query (1.0 for all without one).

    A long listing that names the topic once scores low; a report on it scores 1.
    """
    wanted = {t for word in query for t in terms(word)}
    out: dict[str, float] = {}
    for ext in extractions:
        weight = 1.0
        if wanted:
            bag = terms(ext.document.title + " " + ext.document.text)
            density = sum(1 for t in bag if t in wanted) / max(len(bag), 1)
            weight = min(1.0, 50.0 * density)
        out[ext.document.id] = weight
    return out


def _corpus_vector(
    extractions: Sequence[Extraction],
    idf: Idf,
    query: Sequence[str],
    relevance: dict[str, float],
) -> dict[str, float]:
    """The corpus' main terms: in how many (relevant) documents each appears, plus the query."""
    df: dict[str, float] = {}
    for ext in extractions:
        weight = relevance.get(ext.document.id, 1.0)
        for t in sorted(set(terms(ext.document.title + " " + ext.document.text))):
            df[t] = df.get(t, 0.0) + weight
    vector = {t: math.log1p(c) * idf(t) for t, c in df.items() if c >= 1.0}
    top = max(vector.values(), default=1.0)
    for t in sorted({t for word in query for t in terms(word)}):
        vector[t] = vector.get(t, 0.0) + top
    return vector


def _representative(cluster: _Cluster, idf: Idf) -> _Item:
    """The most precisely dated mention that agrees best with the others."""
    best_rank = max(i.range.rank for i in cluster.items)
    pool = [i for i in cluster.items if i.range.rank == best_rank]

    def centrality(item: _Item) -> float:
        return sum(_similarity(item, o, idf) for o in cluster.items if o is not item)

    return sorted(pool, key=lambda i: (-centrality(i), i.mention.doc, i.mention.evidence.start))[0]


def _event_date(cluster: _Cluster, rep: _Item) -> str:
    """The representative's date, or the date most sources give when they conflict."""
    if not cluster.conflicts:
        return rep.mention.date
    votes = Counter(i.mention.date for i in cluster.items if i.range.rank == rep.range.rank)
    return sorted(votes.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]


def _disagreements(cluster: _Cluster) -> tuple[str, ...]:
    if not cluster.conflicts:
        return ()
    by_date: dict[str, list[str]] = {}
    for item in cluster.items:
        by_date.setdefault(item.mention.date, [])
        label = f"{item.mention.doc} ({item.mention.timex.text.strip()!r})"
        if label not in by_date[item.mention.date]:
            by_date[item.mention.date].append(label)
    parts = [f"{d}: {', '.join(sorted(docs))}" for d, docs in sorted(by_date.items())]
    return ("Sources give different dates for this event — " + "; ".join(parts),)


@dataclass(frozen=True)
class _Context:
    """Corpus-wide facts salience is measured against."""

    idf: Idf
    publication: dict[str, date | None]
    corpus: dict[str, float]
    publication_days: Counter[date]
    relevance: dict[str, float]


def _event(cluster: _Cluster, context: _Context) -> Event:
    idf = context.idf
    rep = _representative(cluster, idf)
    when = _event_date(cluster, rep)
    mentions = sorted(
        (i.mention for i in cluster.items), key=lambda m: (m.doc, m.evidence.start, m.id)
    )
    sources = tuple(sorted({m.doc for m in mentions}))
    actor_counts = Counter(a for m in mentions for a in m.actors)
    actors = tuple(a for a, _ in sorted(actor_counts.items(), key=lambda kv: (-kv[1], kv[0])))
    key = _key_terms(cluster, idf)
    digest = hashlib.sha1(f"{when}|{' '.join(key)}".encode()).hexdigest()
    return Event(
        id=f"ev-{digest[:12]}",
        date=when,
        description=rep.mention.description,
        mentions=(rep.mention, *[m for m in mentions if m.id != rep.mention.id]),
        sources=sources,
        actors=actors,
        salience=_salience(cluster, rep, sources, context),
        disagreements=_disagreements(cluster),
    )


def _key_terms(cluster: _Cluster, idf: Idf) -> list[str]:
    counts = Counter(t for i in cluster.items for t in sorted(i.words | i.actors))
    ranked = sorted(counts, key=lambda t: (-counts[t] * idf(t), t))
    return sorted(ranked[:5])


def _salience(cluster: _Cluster, rep: _Item, sources: Sequence[str], context: _Context) -> float:
    """Independent sources, retrospective reports, centrality and date precision."""
    publication = context.publication
    other_day = sum(
        1
        for doc in sources
        if publication.get(doc) is not None and publication[doc] != rep.range.lo
    )
    support = len(sources) + OTHER_DAY * other_day + 0.1 * (len(cluster.items) - len(sources))
    if rep.range.rank == 5:
        # Articles published that day or the next report the day's news.
        days = context.publication_days
        news = sum(days.get(rep.range.lo + timedelta(days=n), 0) for n in (0, 1))
        support += COVERAGE * math.log1p(news)
    corpus = context.corpus
    central = max(cosine(item.vector, corpus) for item in cluster.items) if corpus else 0.0
    relevant = max(context.relevance.get(doc, 1.0) for doc in sources)
    score = support * (CENTRAL_FLOOR + central) * (0.2 + 0.8 * relevant)
    return round(score * _PRECISION[rep.range.rank], 6)


def _with_unique_ids(events: list[Event]) -> list[Event]:
    """Sort (date, -salience, id) and suffix the rare colliding id deterministically."""
    events.sort(key=lambda e: (_sort_day(e.date), -e.salience, e.id, e.description))
    seen: Counter[str] = Counter()
    out: list[Event] = []
    for event in events:
        seen[event.id] += 1
        if seen[event.id] > 1:
            event = _renamed(event, f"{event.id}-{seen[event.id]}")
        out.append(event)
    return out


def _sort_day(value: str) -> str:
    r = date_range(value)
    return r.lo.isoformat() if r else value


def _renamed(event: Event, new_id: str) -> Event:
    from dataclasses import replace

    return replace(event, id=new_id)
