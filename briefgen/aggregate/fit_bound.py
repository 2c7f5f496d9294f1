"""The most a mention can score against any member of a cluster (``same_happening.similarity``),
read from the members' pooled terms before any member is compared.

Greedy clustering asks every cluster of a mention's weeks that shares one of its terms, and
a dense corpus (a few months of one election) has hundreds of clusters under its
protagonist's name in a week: nearly all share only such a word, and each was compared
member by member, with the date and party checks before it. ``Pool`` keeps what the
members say together (their words, participants, kinds and sentences' terms) so that
``ceiling`` can tell, in one pass over the mention's own terms, that no member can reach
the score the mention needs; only the clusters it cannot rule out are read member by
member, and the result is the same: a cluster whose ceiling is below what is needed was
never chosen.
"""

from __future__ import annotations

from collections.abc import Mapping

from briefgen.aggregate.same_happening import (
    COARSE,
    SAME_DAY_ACTOR,
    W_KIND,
    W_WHAT,
    W_WHO,
    Item,
    rare,
)
from briefgen.aggregate.terms import Idf

__all__ = ["ROUNDING", "Pool", "ceiling"]

# The ceiling sums the same floating-point terms as ``similarity`` in another order: a
# cluster is passed over only when its ceiling is below what is needed by more than this.
ROUNDING = 1e-9


class Pool:
    """What a cluster's members say, pooled as members are added (they are never removed)."""

    def __init__(self) -> None:
        self.words: set[str] = set()
        self.everything: set[str] = set()
        self.actors: set[str] = set()
        self.context: set[str] = set()
        # the lightest member's term weights: the Dice coefficients' largest denominators
        self.weight_words = float("inf")
        self.weight_everything = float("inf")
        # each sentence term's largest weight in a member's unit vector
        self.unit: dict[str, float] = {}

    def add(self, item: Item) -> None:
        self.words |= item.words
        self.everything |= item.everything
        self.actors |= item.actors
        self.context |= item.context
        self.weight_words = min(self.weight_words, item.weight_words)
        self.weight_everything = min(self.weight_everything, item.weight_everything)
        if item.norm > 0.0:
            unit = self.unit
            for t, w in item.vector.items():
                share = w / item.norm
                if share > unit.get(t, 0.0):
                    unit[t] = share


def ceiling(
    item: Item,
    pool: Pool,
    weights: Mapping[str, float],
    idf: Idf,
    common: frozenset[str],
    same_doc: bool,
) -> float:
    """An upper bound of ``clusters._coarse_similarity(item, member)`` over the members.

    Each part of ``similarity`` is bounded by the pool's: the terms shared with any member
    weigh at most those shared with the pool over the lightest member's weight; a cosine is
    at most the item's unit vector against each term's largest unit weight in a member
    (Cauchy-Schwarz term by term); the kind and same-day bonuses count when any member
    could earn them. ``weights`` holds the idf of the item's terms.
    """
    shared_words = item.words & pool.words
    if item.range.rank < COARSE and not shared_words:
        return 0.0  # a season, a year or a decade shares a word of its clause or nothing
    shared_all = item.everything & pool.everything
    score = 0.0
    if shared_words and item.weight_words > 0.0:
        what = sum(weights[t] for t in shared_words)
        score += W_WHAT * 2 * what / (item.weight_words + pool.weight_words)
    if shared_all and item.weight_everything > 0.0:
        who = sum(weights[t] for t in shared_all)
        score += W_WHO * 2 * who / (item.weight_everything + pool.weight_everything)
    if item.norm > 0.0:
        unit = pool.unit
        dot = sum(w * unit.get(t, 0.0) for t, w in item.vector.items()) / item.norm
        score += (1 - W_WHAT - W_WHO) * min(dot, 1.0)
    if shared_all and (item.context & pool.context) - common:
        score += W_KIND
    if item.range.rank == 5 and rare(item.actors & pool.actors, idf):
        score += SAME_DAY_ACTOR * (2.0 if same_doc else 1.0)
    return score
