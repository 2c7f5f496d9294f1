"""Sources dated far from all the others: a stray file, or background filed with the news.

A corpus on one story is published over a period; a document dated years away from it
(two 1998 broadcast transcripts among a week of 1989 newspaper copy) stretches the brief's
period over years nobody reported on, and its sentences compete with the story's. Whether
it belongs is the analyst's call, so it is read, and a data note names it with how far it
lies and how to leave it out.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from briefgen.models import DataNote, Document
from briefgen.when import period_label

__all__ = ["far_dated_notes"]

# Below this many dated sources no period is settled enough to call one far from it.
SETTLED = 5
# The far side is a few strays, at most this share of the dated sources...
STRAYS = 0.2
# ... and the gap to them at least a year and this many times the period the rest span,
# so a long-running story revisited after a quiet year is no outlier.
GAP_DAYS = 365
GAP_TIMES = 3


def far_dated_notes(documents: Sequence[Document]) -> list[DataNote]:
    """A note for each source dated far from the period the other sources cover."""
    dated = sorted(((d.dct, d.id) for d in documents if d.dct is not None), key=lambda p: p[0])
    if len(dated) < SETTLED:
        return []
    gaps = [(dated[i + 1][0] - dated[i][0]).days for i in range(len(dated) - 1)]
    cut = max(range(len(gaps)), key=gaps.__getitem__)
    before, after = dated[: cut + 1], dated[cut + 1 :]
    strays, rest = (before, after) if len(before) < len(after) else (after, before)
    span = (rest[-1][0] - rest[0][0]).days
    if len(strays) > STRAYS * len(dated) or gaps[cut] < max(GAP_DAYS, GAP_TIMES * span):
        return []
    period = period_label((rest[0][0].isoformat(), rest[-1][0].isoformat()))
    return [
        DataNote(
            doc,
            f"dated {_distance(day, rest[0][0], rest[-1][0])} the other {len(rest)} sources "
            f"({period}): check it belongs to this brief (--since/--until leave it out)",
        )
        for day, doc in strays
    ]


def _distance(day: date, first: date, last: date) -> str:
    """ "more than 8 years after", "14 months before": how far ``day`` lies from the period."""
    after = day > last
    days = (day - last).days if after else (first - day).days
    side = "after" if after else "before"
    years = int(days // 365.25)
    if years >= 2:
        return f"more than {years} years {side}"
    months = int(days // 30.44)
    return f"{months} months {side}"
