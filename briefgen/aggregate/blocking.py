"""Candidate generation for event clustering: an inverted index over terms and months."""

from __future__ import annotations

from datetime import date

from briefgen.when import When

__all__ = ["Blocks"]

# Clusters spanning more months than this (decades, long periods) are few: kept in one list
# a term, met by every item sharing the term, as all clusters once were.
_WIDE_MONTHS = 120


def _month(day: date) -> int:
    return day.year * 12 + day.month - 1


class Blocks:
    """Candidate clusters for an item: those sharing one of its terms *and* a month of the
    days it can join (``clusters._reach``).

    Blocking by month as well as by term keeps the candidates of an item to the clusters
    of its own weeks, however long the corpus runs: a topic's common words ("virus", the
    protagonist's name) no longer make every cluster of every year a candidate. It finds
    exactly the clusters the date checks of ``clusters.cluster_items`` can accept: a cluster's days
    only narrow as it grows, so the months it was filed under cover its days at any time.
    """

    def __init__(self) -> None:
        self.months: dict[str, dict[int, set[int]]] = {}
        self.wide: dict[str, set[int]] = {}

    def add(self, cluster: int, terms: frozenset[str], span: When) -> None:
        first, last = _month(span.first), _month(span.last)
        for t in terms:
            if last - first >= _WIDE_MONTHS:
                self.wide.setdefault(t, set()).add(cluster)
                continue
            by_month = self.months.setdefault(t, {})
            for m in range(first, last + 1):
                by_month.setdefault(m, set()).add(cluster)

    def candidates(self, terms: frozenset[str], reach: tuple[date, date]) -> list[int]:
        first, last = _month(reach[0]), _month(reach[1])
        found: set[int] = set()
        for t in terms:
            found.update(self.wide.get(t, ()))
            by_month = self.months.get(t)
            if not by_month:
                continue
            if last - first >= len(by_month):  # a wide reach: every month the term has
                for m, ids in by_month.items():
                    if first <= m <= last:
                        found.update(ids)
            else:
                for m in range(first, last + 1):
                    found.update(by_month.get(m, ()))
        return sorted(found)
