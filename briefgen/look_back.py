"""How far back a period's news reaches, and the span that is its setting.

A timeline is about the period its sources cover. What one source tells of a time well
before it is that source looking back, and a span holding the whole period ("this year" in
a month's news) is the setting every sentence shares: neither is a happening of the period.
Both are measured against the period itself, for a month's news and a story followed for
years alike.
"""

from __future__ import annotations

from datetime import date, timedelta

from briefgen.when import BACKGROUND, RANK, When

__all__ = ["RECENT", "horizon", "setting"]

# A look back to the month before the first source is the story's recent past however short
# the period: "last month's poll" in a week's news is the week's context.
RECENT = timedelta(days=28)


def horizon(first: date | None, latest: date | None) -> timedelta:
    """How long before the ``first`` source a date must end to be background: as long as
    the sources' period (``first`` to ``latest``), ``RECENT`` at least and ``BACKGROUND`` (a
    year) at most. In a month's news, "In March, X lost the Texas primary" told by one
    feature of June is the feature's past; a story followed for years keeps its origin,
    weeks before its first source (the death a trial is about)."""
    if first is None or latest is None:
        return BACKGROUND
    return max(RECENT, min(BACKGROUND, latest - first))


def setting(when: When, first: date | None, latest: date | None) -> bool:
    """Whether ``when`` is a year (or coarser) holding the whole period from the ``first``
    source to the ``latest`` and more ("this year" in a month's news): the period's
    setting, dating none of its happenings ("some argued superdelegates would have served
    the party well this year"). A season keeps its happening ("this summer's offensive"):
    a season is the span of a campaign, a year that of an era."""
    if first is None or latest is None or when.rank > RANK["year"]:
        return False
    return when.first <= first and when.last >= latest and when.width > (latest - first).days + 1
