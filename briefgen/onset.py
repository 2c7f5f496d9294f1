"""Where the story's coverage begins: pages from before it tell no summary fact.

A collection gathered by a query picks up, besides the story's coverage, a few older pages
that share a query word: a season's flu report weeks before a new strain's outbreak, a
blog post on another subject. Their facts are true of their own time and topic; in the
summary, read as where the story stands, they mislead ("98 percent of H1N1 samples resist
the drug" was the seasonal strain). Coverage of a story starts as a burst: within a week
of its first real report, several sources tell it, far more than published anything in
the month before. The onset is the first day opening such a burst, when the pages before it
are a small share of the collection (a story covered steadily from the first day, or
whose coverage grows slowly, has no onset: nothing is set aside).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

__all__ = ["story_onset"]

# The burst: at least BURST reports in the WEEK from its first day, and RISE times as many
# as in the LOOKBACK before it.
BURST = 3
WEEK = timedelta(days=7)
RISE = 3
LOOKBACK = timedelta(days=28)
# The pages before the onset are at most this share of the collection: stray pages, not
# the story's own early coverage.
STRAY_SHARE = 0.05


def story_onset(published: Iterable[date | None]) -> date | None:
    """The first day of the story's coverage among the publication days ``published`` (one
    per document), or None when no burst stands out from the pages before it."""
    days = sorted(d for d in published if d is not None)
    for i, day in enumerate(days):
        if i > STRAY_SHARE * len(days):
            return None
        if i and days[i - 1] == day:
            continue
        within = sum(1 for d in days[i:] if d < day + WEEK)
        before = sum(1 for d in days[:i] if d >= day - LOOKBACK)
        if within >= BURST and within >= RISE * before:
            return day if i else None
    return None
