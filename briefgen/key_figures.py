"""Key figures: which of the story's figure-giving sentences the summary shows.

The latest counts of the story's series come first: they say where the story stands
(``figures.latest_counts``); then the other figures, by relevance and novelty. No figure
repeats what a judgment tells, nor a sum of money already shown; a sentence whose only
number says what a named thing is takes a place and shows nothing. Used by ``summarize``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date

from briefgen.aggregate.terms import cosine
from briefgen.bottomline import DUPLICATE, Candidate
from briefgen.figures import amounts, counted, has_figure
from briefgen.head_counts import what_befell

__all__ = ["FIGURES", "LATEST_COUNTS", "key_figures"]

# Key figures shown, of which at most LATEST_COUNTS are the latest counts of their series.
FIGURES = 5
LATEST_COUNTS = 3

# Picks up to k of the candidates by relevance and novelty (``key_judgments.mmr``).
Pick = Callable[[Sequence[Candidate], int], list[Candidate]]


def key_figures(
    news: Sequence[Candidate],
    chosen: Sequence[Candidate],
    pick: Pick,
    readable: Callable[[Candidate], bool] = lambda c: True,
    published: Mapping[str, date | None] | None = None,
) -> list[Candidate]:
    """Up to ``FIGURES`` key figures from the ``news`` sentences, none telling what the
    bottom line or a judgment (``chosen``) tells, each ``readable`` alone (its poll named,
    ``measures.name_measure``), none a toll a later source tells again (``published``:
    each document's day, ``_restated_counts``)."""
    restated = _restated_counts(news, published or {})
    # A figure telling what a judgment tells (the same death, worded anew) is shown once;
    # a count only when that judgment gives a figure too (a count of cases is no repeat of
    # "cases were reported in the Caribbean").
    # A sentence whose only figure says what a named thing is ("among Marlow's 9 million
    # residents") is ranked among the figures and, chosen, leaves its place empty: what
    # ranks below a colour paragraph is no key figure either (fewer figures, none trivial).
    numeric = [
        c
        for c in news
        if (c.figure or c.described)
        and (c.evidence.doc, c.evidence.start) not in restated
        # a figure whose poll only the sentences before name, and not in one, reads as none
        and readable(c)
        and all(
            cosine(c.vector, j.vector) < DUPLICATE or (c.count and not j.figure) for j in chosen
        )
    ]
    # The latest counts say where the story stands: they come first, the rest after.
    figures = pick([c for c in numeric if c.count], LATEST_COUNTS)
    rest = [c for c in numeric if all(cosine(c.vector, f.vector) < DUPLICATE for f in figures)]
    figures += pick([c for c in rest if c not in figures], FIGURES - len(figures))
    spare = [c for c in rest if c not in figures and c.figure]
    return _one_per_sum([c for c in figures if c.figure], spare, chosen)


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


# A running tally's thing (``figures.counted``: "the death toll rose to 25", "cases")
# as a count of people names it: a death is one dead, a case one infected.
_TALLIED = {"death": "dead", "case": "infected"}


def _restated_counts(
    news: Sequence[Candidate], published: Mapping[str, date | None]
) -> set[tuple[str, int]]:
    """(document, start) of the sentences that are figures only by counting people in
    running text ("the pilot and 14 other people died", "4,000 people have been
    infected") when a sentence published on a later day counts people the same way (the
    dead, the infected: ``head_counts.what_befell``): wire copy restates the count of its
    day in each story's background paragraph, and only the latest says where it stands
    (``tolls`` compares the tolls themselves)."""
    counts = [
        (c, day, kinds)
        for c in news
        if (day := published.get(c.evidence.doc)) is not None
        and (kinds := what_befell(c.text) | _TALLIED.keys() & counted(c.text))
    ]
    counts = [(c, day, frozenset(_TALLIED.get(k, k) for k in kinds)) for c, day, kinds in counts]
    return {
        (c.evidence.doc, c.evidence.start)
        for c, day, kinds in counts
        # a toll the toll comparison found latest stays (``tolls.toll_updates``)
        if not c.count
        and not has_figure(c.text, people=False)
        and any(later > day and kinds & other for _, later, other in counts)
    }
