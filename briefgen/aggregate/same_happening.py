"""Whether two dated event mentions tell one happening: the mention as merging sees it
(``Item``), a group of mentions of one happening (``Cluster``), and their ``similarity``.

Sources that tell one event often share few words: "a delegation visited the capital on
8-9 July" against "promises made there last month". Similarity mixes description terms,
participants, the sentences, and the *kind* of happening (``terms.concepts``: "visited"
and "trip" are both a visit), unless that kind is the corpus' own subject. Some pairs are
never one happening however alike their words: a sub-event and its parent event, a plan
and a report of another kind on its day, two sources' reports that name no party in
common.

Two mentions of one sentence with disjoint dates are never merged: the sentence dates two
happenings (``dated_apart``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from briefgen.aggregate.actortypes import ORG_HEADS
from briefgen.aggregate.agency import VENUE_BEFORE, word_before
from briefgen.aggregate.terms import SUB_EVENTS, Idf, concepts, cosine, norm, terms
from briefgen.extract.clauses import REPORTING
from briefgen.extract.orgnames import LEGAL_FORMS
from briefgen.models import EventMention
from briefgen.when import When

__all__ = [
    "COARSE",
    "Cluster",
    "Item",
    "dated_apart",
    "inherited",
    "is_period",
    "make_item",
    "predicate",
    "rare",
    "retold",
    "similarity",
    "vague_fits",
]

# Precision rank of a month (``When.rank``): a month or a coarser period (season, year,
# decade) holds many happenings; its reading of a relative phrase ("the next year") joins
# no other period's event, and coarser than a month it needs a word of the clause shared.
COARSE = 3
# Weights of description terms and of participants (with them) in similarity.
W_WHAT = 0.4
W_WHO = 0.3
SAME_DAY_ACTOR = 0.2
# Bonus for one kind of happening (named in a description; half when only the sentences do).
W_KIND = 0.2
# Sentence similarity at which one mention retells another's news: what a vaguer mention
# naming participants of its own and none of the event's needs to join it.
RETOLD_VAGUE = 0.3
# A fiscal period's value: a quarter or a half of a year ("1989-Q3", "2020-H1").
_FISCAL = re.compile(r"-(?:Q[1-4]|H[12])$")
# Words of names that say what kind of body a party is, not which one.
_GENERIC_NAME_WORDS = LEGAL_FORMS | ORG_HEADS


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
    # What ``rank`` and ``vague_fits`` read of every member, kept with the number of
    # members it was read from: a cluster is asked by every mention of its weeks, and
    # members are only ever added.
    _rank: tuple[int, int] = field(default=(0, 0), init=False, repr=False, compare=False)
    _parties: tuple[int, frozenset[str], frozenset[str]] = field(
        default=(0, frozenset(), frozenset()), init=False, repr=False, compare=False
    )

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
        n = len(self.items)
        if self._rank[0] != n or not n:
            self._rank = (n, max(i.range.rank for i in self.items))
        return self._rank[1]

    def parties(self) -> tuple[frozenset[str], frozenset[str]]:
        """The members' participants (``_participants``), and every party they name."""
        n = len(self.items)
        if self._parties[0] != n or not n:
            self._parties = (
                n,
                frozenset(t for o in self.items for t in _participants(o)),
                frozenset(t for o in self.items for t in o.parties),
            )
        return self._parties[1], self._parties[2]


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
    found = _starts(name, sentence)
    return bool(found) and all(word_before(sentence, at) in VENUE_BEFORE for at in found)


def _starts(name: str, sentence: str) -> list[int]:
    """Where ``name`` stands in ``sentence``, as written, each after the one before it ends
    (``re.finditer`` of the escaped name: a pattern a name, more than ``re`` keeps compiled
    over a corpus's actors, compiled anew each time)."""
    if not name:
        return list(range(len(sentence) + 1))  # the empty name's every place, as re's
    found: list[int] = []
    at = sentence.find(name)
    while at >= 0:
        found.append(at)
        at = sentence.find(name, at + len(name))
    return found


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

    ``fit_bound.ceiling`` bounds this score part by part: a part added here needs its
    bound there, or clustering would pass over a cluster it could join.
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
    if a.range == b.range and a.range.rank == 5 and rare(a.actors & b.actors, idf):
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


def predicate(mention: EventMention) -> frozenset[str]:
    """The mention's verb as a term and as a kind of happening ("seized": seiz, takeover);
    nothing for a verb of saying, which every source uses of every happening."""
    lemma = (mention.lemma or "").casefold()
    if not lemma or lemma in REPORTING:
        return frozenset()
    return frozenset(terms(lemma)) | concepts(lemma)


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


def rare(shared: frozenset[str], idf: Idf) -> bool:
    """A participant named in few sentences (not the corpus' protagonist)."""
    return any(idf.df.get(t, 0) <= max(2.0, 0.05 * idf.n) for t in shared)


def dated_apart(item: Item, cluster: Cluster) -> bool:
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


def retold(a: Item, b: Item, threshold: float) -> bool:
    """The two mentions' sentences tell the same news (their idf-weighted cosine)."""
    return cosine(a.vector, b.vector, b.norm, a.norm) >= threshold


def _participants(item: Item) -> frozenset[str]:
    """The words of the parties the mention names, not those given only as where it
    happened ("in Mexico"): a place is the setting of many happenings."""
    return item.parties - item.settings


def vague_fits(item: Item, cluster: Cluster) -> bool:
    """Whether a mention dated more vaguely (a month, a season, a year) may tell the
    happening of the ``cluster``'s members, which date it more precisely.

    A month holds many happenings of one kind told with one verb: "X suspended his
    campaign at the beginning of this month" is not Y's suspension on the 15th, "a
    special election in November" not the presidential election of 8 November. A vaguer
    mention that names participants of its own joins an event whose mentions name others
    only when one of them takes part in it, or when its sentence retells the event's news;
    one that names none ("the singer died in June"), or an event naming none, is judged by
    words and kind as before.
    """
    # Nothing to tell by: a mention naming no one, or an event whose mentions name no one
    # ("the concert takes place on 8 October"), is judged by words and kind.
    own = _participants(item)
    if not own:
        return True
    theirs, named = cluster.parties()
    if not theirs:
        return True
    # A participant of the vague mention may be where the event's own mentions place it
    # ("two children in California", "the first cases, two California children").
    return bool(own & named) or any(retold(item, o, RETOLD_VAGUE) for o in cluster.items)
