"""Key figures: which of the story's figure-giving sentences the summary shows.

The latest counts of the story's series come first: they say where the story stands. Then
the figures the story reports as facts (``figures.mentioned_only``: no number inside a
quotation, a condition or a thing named in passing), those another source gives too before
those only one source gives: a quantity two reports agree on is one of the story's main
threads, an insurer's cover amount one article mentions is a side thread. No figure repeats
what a judgment tells, nor a sum of money already shown.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence

from briefgen.aggregate.terms import cosine
from briefgen.bottomline import DUPLICATE, SAME_NEWS, Candidate
from briefgen.figures import amounts, mentioned_only, quantities

__all__ = ["FIGURES", "LATEST_COUNTS", "corroborated", "key_figures"]

# Key figures shown, of which at most LATEST_COUNTS are the latest counts of their series.
FIGURES = 5
LATEST_COUNTS = 3

# Picks up to k of the candidates by maximal marginal relevance (``summarize._mmr``).
Pick = Callable[[Sequence[Candidate], int], list[Candidate]]


def key_figures(
    news: Sequence[Candidate], chosen: Sequence[Candidate], pick: Pick
) -> list[Candidate]:
    """Up to ``FIGURES`` key figures from the ``news`` sentences, none telling what the
    bottom line or a judgment (``chosen``) tells."""
    # A figure telling what a judgment tells (the same death, worded anew) is shown once;
    # a count only when that judgment gives a figure too (a count of cases is no repeat of
    # "cases were reported in the Caribbean").
    numeric = [
        c
        for c in news
        if c.figure
        and (c.count or not mentioned_only(c.text))
        and all(
            cosine(c.vector, j.vector) < DUPLICATE or (c.count and not j.figure) for j in chosen
        )
    ]
    # The latest counts say where the story stands: they come first, the rest after, a
    # figure another source gives too before one only its own report gives.
    figures = pick([c for c in numeric if c.count], LATEST_COUNTS)
    rest = [c for c in numeric if all(cosine(c.vector, f.vector) < DUPLICATE for f in figures)]
    agreed = corroborated(rest, news)
    for tier in ([c for c in rest if id(c) in agreed], [c for c in rest if id(c) not in agreed]):
        tier = [c for c in tier if all(cosine(c.vector, f.vector) < DUPLICATE for f in figures)]
        figures += pick(tier, FIGURES - len(figures))
    spare = sorted((c for c in rest if c not in figures), key=lambda c: id(c) not in agreed)
    return _one_per_sum(figures, spare, chosen)


def corroborated(figures: Sequence[Candidate], news: Sequence[Candidate]) -> set[int]:
    """The ids of the ``figures`` giving a quantity (``figures.quantities``) that a sentence
    of another document among ``news`` gives too, telling the same news (``SAME_NEWS``) of
    the same thing: the two share a term besides the unit's (46 percent of voters is not 46
    percent of a firm's shares)."""
    given: dict[str, list[Candidate]] = defaultdict(list)
    for c in news:
        for q in quantities(c.text):
            given[q].append(c)

    def agree(c: Candidate, other: Candidate) -> bool:
        # one number in two reports agrees only when they tell the same news: a share or a
        # round number recurs by chance among a story's polls and tallies
        shared = c.vector.keys() & other.vector.keys()
        return (
            other.evidence.doc != c.evidence.doc
            and bool(shared - _UNITS)
            and cosine(c.vector, other.vector) >= SAME_NEWS
        )

    # Background (a sentence recalling only events older than its report's news cycle) is
    # what every report repeats: its agreeing with another is no sign of a main thread.
    return {
        id(c)
        for c in figures
        if not c.background
        and any(agree(c, other) for q in quantities(c.text) for other in given[q])
    }


# The words of a quantity's unit, which any two sentences giving a share or a sum share.
_UNITS = frozenset({"percent", "cent", "per", "thousand", "million", "billion", "trillion"})


def _one_per_sum(
    figures: list[Candidate], spare: Sequence[Candidate], chosen: Sequence[Candidate]
) -> list[Candidate]:
    """The figures less any giving a sum of money that the bottom line, a judgment
    (``chosen``) or an earlier figure gives ("$25 million last month" and "poured $25
    million into" the same group: two articles telling one fact), each replaced by the
    best spare figure giving no sum shown."""
    out: list[Candidate] = []
    shown: set[str] = set().union(*(amounts(c.text) for c in chosen))
    pool = list(spare)
    for figure in figures:
        c: Candidate | None = figure
        if amounts(figure.text) & shown:
            c = next((s for s in pool if not amounts(s.text) & shown), None)
            if c is not None:
                pool.remove(c)
        if c is not None:
            out.append(c)
            shown |= amounts(c.text)
    return out
