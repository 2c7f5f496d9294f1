"""The date a sentence is shown under: of all the dates its mentions give it, one.

``sentence_dates`` gathers, for each sentence, the dates its event mentions give and how
well founded each is; ``home_date`` picks the one a sentence giving several is shown
under. Used by the timeline (``timeline``).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

from briefgen.models import EventMention
from briefgen.retold import date_key
from briefgen.when import When, sort_key

__all__ = ["home_date", "sentence_dates"]

# A temporal clause the dated verb stands in, its opener at most four words before it (its
# subject): "in the day since a storm swept the coast, officials are counting", "after the
# court ruled, the mayor said". The clause is the news peg the main clause is told against;
# its date is the peg's, not the sentence's. A "since" after an auxiliary ("has since
# resigned") or before one ("a strain never seen before has spread") is an adverb, no opener.
_PEG_CLAUSE = re.compile(
    r"(?<!\bhas\s)(?<!\bhave\s)(?<!\bhad\s)(?<!\bhas\salready\s)"
    r"\b(?:[Ss]ince|[Aa]fter|[Bb]efore|[Uu]ntil)\s+"
    r"(?!(?:has|have|had|is|are|was|were|will|would|did|does|do)\b)(?:[\w'’.-]+\s+){0,4}$"
)


def sentence_dates(
    mentions: Iterable[EventMention],
) -> dict[tuple[str, int], dict[str, tuple[bool, int]]]:
    """Sentence (document, start) → the dates its mentions give, each with (whether it
    dates the main clause, its finest granularity)."""
    out: dict[tuple[str, int], dict[str, tuple[bool, int]]] = defaultdict(dict)
    for m in mentions:
        when = When.of(m.date)
        key = date_key(m.date)
        dates = out[(m.doc, m.evidence.sentence_start)]
        main = m.evidence.text == m.evidence.sentence and not _in_peg_clause(m)
        found = (main, when.rank if when else 0)
        dates[key] = max(dates.get(key, found), found)
    return out


# The stretch from a peg up to the writing ("the day since", "the weeks since"): its day is
# the peg's, never that of the main clause it frames, which holds up to now.
_SINCE_PEG = re.compile(r"the\s+\w+\s+since\b", re.I)


def home_date(gives: dict[str, tuple[bool, int]]) -> str | None:
    """The one date a sentence giving several is shown under: that of its main clause, then
    the finest, then the first (a chronology tells a happening where it starts). A verb in a
    temporal clause ("in the week since the flood struck, officials told reporters on
    Monday") dates the peg, never the main clause: the sentence is shown under the main
    clause's own or its reporting date."""
    if len(gives) < 2:
        return None
    return min(gives, key=lambda d: (not gives[d][0], -gives[d][1], sort_key(d)))


def _in_peg_clause(mention: EventMention) -> bool:
    """Whether ``mention``'s verb stands in a temporal clause (``_PEG_CLAUSE``), or is dated
    by the stretch since the peg ("in the day since X", ``_SINCE_PEG``): the day it gives is
    the peg's, whichever verb the parse hangs it on."""
    if _SINCE_PEG.match(mention.timex.text):
        return True
    if mention.predicate is None:
        return False
    at = mention.predicate[0] - mention.evidence.sentence_start
    return at > 0 and _PEG_CLAUSE.search(mention.evidence.sentence[:at]) is not None
