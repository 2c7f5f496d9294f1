"""A "last week" written at the weekend: which week, the words alone do not say.

On a weekday "last week" is the calendar week before the article's. A Saturday or Sunday
paper, or a weekly, reviews the working week just ended as "last week" too ("withdrew from
the concert last week", in the Saturday edition of a withdrawal on Wednesday), so its
"last week" is either of two weeks. Its "this week" and "earlier this week" are no surer:
American news weeks run Sunday to Saturday, so a Saturday paper's "earlier this week" may be
the Sunday before the calendar (Monday-first) week its value names, and a Sunday paper's
"this week" as often the one ahead. The value the extraction gives (for "last week" the
week before, as TimeML reads it) is kept; the timeline shows such a sentence under that week
only when another source bears its news out there.
"""

from __future__ import annotations

import re
from datetime import date

from briefgen.models import EventMention
from briefgen.when import When

__all__ = ["weekend_last_week", "weekend_week"]

_LAST_WEEK = re.compile(
    r"^(?:(?:the\s+)?last\s+week|(?:(?:earlier|later)\s+)?this\s+week|the\s+past\s+week)$", re.I
)
SATURDAY = 5  # date.weekday(): Saturday and Sunday are 5 and 6


def weekend_last_week(mention: EventMention, published: date | None) -> bool:
    """Whether ``mention`` is dated by a "last week" of an article ``published`` on a
    Saturday or a Sunday, to a week: the week before the article's, or the one ending."""
    return weekend_week(mention.timex.text, mention.date, published)


def weekend_week(phrase: str, value: str, published: date | None) -> bool:
    """Whether ``phrase`` is a "last week" or a "(earlier) this week" valued ``value`` (a
    week) in an article ``published`` on a Saturday or a Sunday: which of two weeks, or
    which seven days, it does not say."""
    if published is None or published.weekday() < SATURDAY:
        return False
    when = When.of(value)
    if when is None or when.granularity != "week":
        return False
    return _LAST_WEEK.match(" ".join(phrase.split())) is not None
