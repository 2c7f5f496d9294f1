"""Grouping event mentions into real-world happenings.

Sources that tell one event often share few words: "a delegation visited the
capital on 8-9 July" against "promises made there last month", "rebels seized
the city on 15 August" against "the takeover in August". Three passes:

1. *Greedy clustering*, most precisely dated mentions first: a mention joins the
   cluster it is most similar to among those with a compatible date (the ranges
   overlap; two adjacent days from different sources are merged as a recorded
   disagreement). Similarity mixes description terms, participants, the
   sentences, and the *kind* of happening (``terms.concepts``: "visited" and
   "trip" are both a visit), unless that kind is the corpus' own subject. A
   mention dated by a season, a year or a decade needs a word of its clause in
   common; a relative reading of a period ("the next year") is never another
   period's event misdated.
2. *Anaphora*: a mention dated by "back then" / "at that time" belongs to the
   event of the nearest earlier mention of its document with that date.
3. *Vague into precise*: a cluster dated only by a month, season, year or decade
   joins the best more precise cluster inside its range that shares the kind of
   happening, or a participant when several sources report the precise one; never
   one that reports another kind. Years and one source's own events need the kind
   (a year: named in both descriptions, and told with the same verb). It is judged
   against what the precise cluster's own mentions say, not what earlier vague
   clusters brought to it: never one shared date, kind or protagonist alone.

Two mentions of one sentence with disjoint dates are never merged: the sentence
dates two happenings.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta

from briefgen.aggregate.actortypes import ORG_HEADS
from briefgen.aggregate.agency import VENUE_BEFORE, word_before
from briefgen.aggregate.blocking import Blocks
from briefgen.aggregate.terms import SUB_EVENTS, Idf, concepts, cosine, norm, terms
from briefgen.extract.clauses import REPORTING
from briefgen.extract.orgnames import LEGAL_FORMS
from briefgen.models import EventMention
from briefgen.when import When

__all__ = ["Cluster", "Item", "cluster_items", "make_item", "similarity"]

# Similarity needed to merge mentions with compatible dates: from different
# documents, and (stricter) from one document, which rarely repeats an event.
MERGE_CROSS_DOC = 0.30
MERGE_SAME_DOC = 0.40
# Precision rank of a month (``When.rank``): a month or a coarser period (season, year,
# decade) holds many happenings; its reading of a relative phrase ("the next year") joins
# no other period's event, and coarser than a month it needs a word of the clause shared.
COARSE = 3
# Similarity needed to merge mentions whose dates conflict (and report it).
MERGE_CONFLICT = 0.50
# Adjacent days from two sources are recorded as a disagreement.
ADJACENT_CONFLICT = True
# Conflicting dates closer than this (in days, by precision rank) are one event.
_CONFLICT_GAP = {5: 3, 4: 7, 3: 31, 2: 92, 1: 731, 0: 0}
# Weights of description terms and of participants (with them) in similarity.
W_WHAT = 0.4
W_WHO = 0.3
SAME_DAY_ACTOR = 0.2
# Bonus for one kind of happening (named in a description; half when only the sentences do).
W_KIND = 0.2
# Share of mentions above which a kind of happening is the corpus' subject.
COMMON_KIND = 0.2
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
# A fiscal period's value: a quarter or a half of a year ("1989-Q3", "2020-H1").
_FISCAL = re.compile(r"-(?:Q[1-4]|H[12])$")
# Words of names that say what kind of body a party is, not which one.
_GENERIC_NAME_WORDS = LEGAL_FORMS | ORG_HEADS
# Earlier mentions a "back then" may point to: this many characters back.
_ANAPHORA_REACH = 600
_ANAPHORIC = re.compile(
    r"^\W*(?:back\s+)?then\W*$|^\W*(?:at|by)\s+(?:that|the)\s+time\b"
    r"|^\W*(?:in\s+)?that\s+(?:year|month|day|week|spring|summer|autumn|winter)\b",
    re.I,
)


@dataclass
class Item:
    """One dated mention with the term sets merging compares."""

    mention: EventMention
    range: When
    words: frozenset[str]
    actors: frozenset[str]
    vector: dict[str, float]
    everything: frozenset[str] = frozenset()
    weight_words: float = 0.0
    weight_everything: float = 0.0
    kinds: frozenset[str] = frozenset()
    context: frozenset[str] = frozenset()
    # The participants' own words (no legal form or head word: ``_distinctive``), and
    # those of the names given only as where it happened ("on the New York Stock
    # Exchange", "in Iowa").
    parties: frozenset[str] = frozenset()
    settings: frozenset[str] = frozenset()
    # the vector's norm, worked out once: an item is compared with many others
    norm: float = field(init=False)

    def __post_init__(self) -> None:
        self.norm = norm(self.vector)


@dataclass
class Cluster:
    """Mentions of one happening; ``range`` holds the days all agreeing members allow."""

    items: list[Item]
    conflicts: list[tuple[Item, Item]] = field(default_factory=list)
    docs: set[str] = field(default_factory=set)
    range: When | None = None

    def add(self, item: Item, conflict: bool = False) -> None:
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
            self.range = self.range.common(r) or self.range

    def span(self) -> When:
        """The days every (agreeing) member allows."""
        return self.range or self.items[0].range

    @property
    def rank(self) -> int:
        return max(i.range.rank for i in self.items)


def make_item(mention: EventMention, idf: Idf) -> Item | None:
    """The mention's date range and term sets; None when its date is not a calendar date."""
    r = When.of(mention.date)
    if r is None:
        return None
    words = frozenset(terms(mention.description))
    actors = frozenset(t for a in mention.actors for t in terms(a))
    everything = words | actors
    kinds = concepts(mention.description)
    return Item(
        mention,
        r,
        words,
        actors,
        idf.vector(terms(mention.evidence.sentence)),
        everything,
        sum(idf(t) for t in sorted(words)),
        sum(idf(t) for t in sorted(everything)),
        kinds,
        kinds | concepts(mention.evidence.sentence),
        frozenset(t for a in mention.actors for t in terms(_distinctive(a))),
        frozenset(
            t
            for a in mention.actors
            if _setting(a, mention.evidence.sentence)
            for t in terms(_distinctive(a))
        ),
    )


def _distinctive(name: str) -> str:
    """A name without the words many parties' names share: legal forms and the heads of
    bodies' names ("Corp", "Inc", "Committee"), which make "Compaq Computer Corp" and
    "General Motors Corp" no party in common."""
    kept = [w for w in name.split() if w.casefold().strip(".,") not in _GENERIC_NAME_WORDS]
    return " ".join(kept)


def _setting(name: str, sentence: str) -> bool:
    """Whether every naming of ``name`` in the sentence is after a preposition of place or
    medium ("closed on the New York Stock Exchange", "a rally in Iowa"): the setting of
    the happening, which two parties' happenings share, not a party to it."""
    found = [m.start() for m in re.finditer(re.escape(name), sentence)]
    return bool(found) and all(word_before(sentence, at) in VENUE_BEFORE for at in found)


def _dice(a: frozenset[str], b: frozenset[str], total: float, idf: Idf) -> float:
    """Dice coefficient of two term sets, each term weighted by its idf."""
    shared = sum(idf(t) for t in sorted(a & b))
    return 2 * shared / total if total else 0.0


def similarity(a: Item, b: Item, idf: Idf, common: frozenset[str] = frozenset()) -> float:
    """What happened (terms and kind), who took part (actors), and the sentences.

    Kinds in ``common`` (the corpus' own subject: deaths in a corpus on an
    epidemic) tell nothing about which happening two mentions report. A sub-event
    (a press conference) is never its parent event, and a mention dated by the one
    before it (``inherited``) is only the same happening as one of its own kind.
    """
    if not _same_kind(a, b) or _other_parties(a, b):
        return 0.0
    what = _dice(a.words, b.words, a.weight_words + b.weight_words, idf)
    who = _dice(a.everything, b.everything, a.weight_everything + b.weight_everything, idf)
    sentences = cosine(a.vector, b.vector, b.norm, a.norm)
    score = W_WHAT * what + W_WHO * who + (1 - W_WHAT - W_WHO) * sentences
    shared_kinds = (a.context & b.context) - common
    if shared_kinds and a.everything & b.everything:
        # One kind of happening and one participant or word in common.
        score += W_KIND if shared_kinds & (a.kinds | b.kinds) else W_KIND / 2
    if a.range == b.range and a.range.rank == 5 and _rare(a.actors & b.actors, idf):
        # One named participant, one day: most likely one happening told twice
        # (one article reporting what one person said that day, above all).
        score += SAME_DAY_ACTOR * (2.0 if a.mention.doc == b.mention.doc else 1.0)
    return score


def _other_parties(a: Item, b: Item) -> bool:
    """Two sources' reports that each name who took part, and no one in common: one
    company's quarterly results and another's, one city's vote and another's, are two
    happenings however alike their words. Names are compared by their own words: a legal
    form or a body's head word ("Corp", "Committee") is no party in common. Nor is a place
    both give only as the setting, when each names a party of its own ("Crossland closed
    on the New York Stock Exchange", "BellSouth shares fell on the New York Stock
    Exchange"): two shares' closing prices, two candidates' rallies in one state; nor when
    only one of them names a party of its own ("Its stock closed unchanged on the New York
    Stock Exchange" is not Conseco's closing price there).

    A report dated by a fiscal period (a quarter, a half) that names no party ("Net sales
    for the third quarter were ...", "the bank is increasing its reserves for the third
    quarter") is of the company its article is about, which the sentence does not say:
    every company of a corpus reports each quarter, so only a party named in common makes
    two sources' reports one. Other unnamed reports of one day or month ("the virus spread
    in April") are still likely one happening.
    """
    if a.mention.doc == b.mention.doc:
        return False
    if a.parties and b.parties:
        shared = a.parties & b.parties
        return not shared or (
            shared <= a.settings & b.settings
            and (bool(a.parties - a.settings) or bool(b.parties - b.settings))
        )
    return _FISCAL.search(a.mention.date) is not None or _FISCAL.search(b.mention.date) is not None


def inherited(item: Item) -> bool:
    """A mention dated by the event told just before it (its timex has no text)."""
    timex = item.mention.timex
    return not timex.text and timex.mod == "APPROX"


def _same_kind(a: Item, b: Item) -> bool:
    """No sub-event against another event, a kind in common where one is inherited, and
    a plan is only the happening of its own kind."""
    if a.kinds & SUB_EVENTS != b.kinds & SUB_EVENTS:
        return False
    if _plan_of_another_kind(a, b):
        return False
    return bool(a.kinds & b.kinds) or not (inherited(a) or inherited(b))


def _plan_of_another_kind(a: Item, b: Item) -> bool:
    """A plan ("X plans to visit the city on Sunday") against a report of that day that
    names another kind of happening ("a rally in the city on Sunday"): sharing a day and a
    place, they are two happenings, and the report would have the plan shown as done. A
    plan and the report of it done ("X visited the city on Sunday") share a kind; a plan
    or a report naming no kind ("the judge told the court" at the hearing announced for
    that day) is judged by its words as before."""
    if a.mention.scheduled == b.mention.scheduled:
        return False
    plan, report = (a, b) if a.mention.scheduled else (b, a)
    return bool(plan.kinds and report.context) and not plan.kinds & report.context


def _rare(shared: frozenset[str], idf: Idf) -> bool:
    """A participant named in few sentences (not the corpus' protagonist)."""
    return any(idf.df.get(t, 0) <= max(2.0, 0.05 * idf.n) for t in shared)


def _apart(item: Item, cluster: Cluster) -> bool:
    """The cluster holds another, disjoint date of the item's own sentence.

    "In 2018 ..., and in 2019 ...", "In the day since X, officials said on
    Monday ...": the sentence dates two happenings. "In June ... on 25 June" may
    date one.
    """
    m = item.mention
    return any(
        o.mention.doc == m.doc
        and o.mention.evidence.sentence_start == m.evidence.sentence_start
        and not o.range.overlaps(item.range)
        for o in cluster.items
    )


def is_period(item: Item) -> bool:
    """A stretch of time ("since 2018", "1996-2001"), not the date of one happening."""
    return "/" in item.mention.date and item.range.width > 62


def _close(a: When, b: When) -> bool:
    """Dates that conflict but are near enough to be one event misdated by a source."""
    return a.rank == b.rank and 0 < a.gap(b) <= _CONFLICT_GAP[a.rank]


def cluster_items(items: list[Item], idf: Idf) -> list[Cluster]:
    """Greedy clustering (items most precise first), then anaphora and vague-into-precise."""
    clusters: list[Cluster] = []
    index = Blocks()
    common = _common_kinds(items)
    for item in items:
        candidates = index.candidates(item.words | item.actors, _reach(item.range))
        best, best_score, conflict = None, 0.0, False
        for c in candidates:
            cluster = clusters[c]
            if is_period(cluster.items[0]) != is_period(item):
                continue
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
            if _apart(item, cluster):
                continue
            score = _fit(item, cluster, idf, common)
            if score >= needed and score > best_score:
                best, best_score, conflict = c, score, is_conflict
        if best is None:
            clusters.append(Cluster([]))
            best = len(clusters) - 1
        clusters[best].add(item, conflict)
        index.add(best, item.words | item.actors, clusters[best].span())
    clusters = _resolve_anaphora(clusters)
    return _attach_vague(clusters, idf)


def _fit(item: Item, cluster: Cluster, idf: Idf, common: frozenset[str]) -> float:
    """How well ``item`` tells the happening of ``cluster``: its best match among the
    members. A season, a year or a decade holds many happenings, and sentences on one topic
    tell many of them ("touring this year", "the tour this autumn"): a mention so dated
    matches only a member whose clause shares a word with its own ("contacts developed
    since 2014", "established contacts in 2014"), never on the topic of its sentence alone.
    """
    return max(_coarse_similarity(item, other, idf, common) for other in cluster.items)


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


def _attach_vague(clusters: list[Cluster], idf: Idf) -> list[Cluster]:
    """Clusters dated only by a month or coarser join the best precise cluster inside it.

    A vague cluster is judged against what the precise one's own mentions say, never
    against what other vague clusters brought to it: compared with the grown union of
    words, kinds and sources, each attachment made the next easier, and a month's event
    gathered every unrelated fact of its year ("last year" a trade pact, a budget deal, a
    company's spin-off) as sources of its own.
    """
    profiles = [_profile(c, idf) for c in clusters]
    index: dict[str, set[int]] = {}
    for k, p in enumerate(profiles):
        if not p.period:
            for key in p.bag | {"~" + c for c in _classes(p.context)}:
                index.setdefault(key, set()).add(k)
    order = sorted(range(len(clusters)), key=lambda n: (-profiles[n].rank, n))
    gone: set[int] = set()
    for n in order:
        v = profiles[n]
        if n in gone or v.rank > 3 or v.period:
            continue
        keys = v.actors | {"~" + c for c in _classes(v.context)}
        candidates = sorted({k for key in keys for k in index.get(key, ())} - gone - {n})
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


def _said(cluster: Cluster) -> frozenset[str]:
    """The terms of the cluster's sentences."""
    return frozenset(t for i in cluster.items for t in i.vector)


def _predicate(item: Item) -> frozenset[str]:
    """The mention's verb as a term and as a kind of happening ("seized": seiz, takeover);
    nothing for a verb of saying, which every source uses of every happening."""
    lemma = (item.mention.lemma or "").casefold()
    if not lemma or lemma in REPORTING:
        return frozenset()
    return frozenset(terms(lemma)) | concepts(lemma)


def _told_alike(vague: Cluster, precise: Cluster) -> bool:
    """A vague mention and a mention dating the precise cluster tell it with one verb."""
    rank = precise.rank
    told = {t for i in precise.items if i.range.rank == rank for t in _predicate(i)}
    return any(_predicate(i) & told for i in vague.items)


def _attach_score(vague: Cluster, v: _Profile, precise: Cluster, p: _Profile, idf: Idf) -> float:
    """How well a vaguer cluster fits a more precise one inside its dates (0: not at all)."""
    if p.period or any(_apart(i, precise) for i in vague.items):
        return 0.0
    if v.kinds & SUB_EVENTS != p.kinds & SUB_EVENTS:
        return 0.0  # a sub-event and the event it belongs to
    if any(inherited(i) for i in vague.items) and not v.kinds & p.kinds:
        return 0.0
    shared_kinds = _classes(v.context) & _classes(p.context)
    if v.kinds and p.context and not _classes(v.kinds) & _classes(p.context):
        return 0.0  # different kinds of happening
    if not shared_kinds and (v.rank <= 1 or v.docs <= p.docs):
        return 0.0  # a year, or one source's own events: the kind must match
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
        len(p.docs) < 2 or not v.actors & p.bag or not _rare(common_terms, idf)
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
