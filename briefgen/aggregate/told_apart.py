"""Two tellings of one period that are never one happening, however alike their words.

Merging joins a vaguer mention to an event of a day inside its period when their words and
participants agree (``same_happening``). Two kinds of vaguer mention share words with a day's
event and tell something else:

- a change measured over its period: "For the week, the index dropped 3.8%" is the week's
  sum of five days' moves, not Friday's drop of 19.69 points, though both "dropped" (and
  the week's copy may be of another index): market and results copy sums every day it
  reports;
- a deed beside a saying: "The agency ruled last month that only the father may speak for
  the boy" is not "The governor said Friday the agency did the right thing", though both
  name the agency and a right: the saying comments on the deed, later. A saying tells a
  deed as its own news only in words of that deed ("officials said Friday that troops
  attacked" is the attack of the month's "attacked in March").

Joined, the day's entry would cite as its sources pages that never tell it.
"""

from __future__ import annotations

from briefgen.aggregate.same_happening import Cluster, Item, predicate
from briefgen.aggregate.terms import terms
from briefgen.extract.clauses import REPORTING
from briefgen.models import EventMention
from briefgen.reported_periods import sums_over_period

__all__ = ["deed_beside_sayings", "measured_over"]


def measured_over(item: Item) -> bool:
    """Whether the mention's date (a period longer than a day) is the span its change is
    summed over ("For the week, the index dropped 3.8%"), not the time of one happening."""
    return item.range.rank < 5 and sums_over_period(item.mention)


def deed_beside_sayings(item: Item, cluster: Cluster) -> bool:
    """Whether ``item`` tells a deed (a verb not of saying) that none of the ``cluster``'s
    most precisely dated mentions tells, all of them sayings whose sentences do not name it.
    """
    m = item.mention
    if _saying(m) or not predicate(m) or m.predicate is None:
        return False  # a saying, or a verb too common to tell a deed: judged by its words
    # the verb as the sentence writes it ("ruled") and as its lemma ("rule"), which stem
    # apart
    at = m.evidence.sentence_start
    written = m.evidence.sentence[m.predicate[0] - at : m.predicate[1] - at]
    deed = frozenset(terms(written)) | frozenset(terms(m.lemma or ""))
    rank = cluster.rank
    finest = [o for o in cluster.items if o.range.rank == rank]
    return bool(finest) and all(_saying(o.mention) and not deed & o.vector.keys() for o in finest)


def _saying(mention: EventMention) -> bool:
    return (mention.lemma or "").casefold() in REPORTING
