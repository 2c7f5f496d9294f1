"""The bottom line at the end of the period: a later thread of the story, told alone.

A sparse archive (wire copy gathered over a year) tells its story's later developments one
report at a time: the first days' reports are many, corroborate one another and word the
central event alike, so the development several sources tell is the first day's; months
later one or two reports tell the arrests, the ruling or the vote, each in its own words.
Where the story stands at the end of the period is that last news cycle's news, when it
is a development of the same story: its lede names the entities the whole corpus is about
(``story.central_names``: the places and parties half the reports or more name), not one
capital's reaction, a column or another story the collection happened to end on.
Used by ``summarize`` when the bottom line it chose was reported before that cycle.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence, Set
from datetime import date, timedelta

from briefgen.aggregate.terms import cosine
from briefgen.bottomline import DUPLICATE, NEWS_DAYS, Candidate, archive_end, is_live
from briefgen.lede import lede_starts
from briefgen.models import Extraction

__all__ = ["CENTRAL_NAMED", "later_thread"]

# A lede names at least this many of the corpus's central names (all of them when it has
# fewer) to tell a development of the story: one may be a place the news only passes.
CENTRAL_NAMED = 2
_QUOTES = ('"', "“", "‘", "«", "`")


def later_thread(
    standing: Candidate | None,
    candidates: Sequence[Candidate],
    extractions: Sequence[Extraction],
    published: Mapping[str, date | None],
    central: Set[str],
) -> Candidate | None:
    """The lede of the corpus's last news cycle telling a later development of the story,
    when the archive is sparse (``bottomline.archive_end``) and ``standing`` (the bottom
    line so far) was reported before that cycle; else None. ``candidates``: the sentences
    the bottom line may tell (naming the story, no reaction story's, none a later report
    overtook); ``central``: the names half the reports or more name. The lede names
    ``CENTRAL_NAMED`` of them, is no quotation and does not say again what ``standing``
    says (``DUPLICATE``: an anniversary's recap of the first day). Of several such ledes,
    the best scored."""
    end = archive_end(extractions, published)
    if end is None or not central:
        return None
    cycle = end - timedelta(NEWS_DAYS)
    if standing is not None and (published.get(standing.evidence.doc) or date.min) >= cycle:
        return None
    firsts = {x.document.id: _first_sentence(x) for x in extractions if not is_live(x.document)}
    names = _names_pattern(central)
    least = min(CENTRAL_NAMED, len(central))
    ledes = [
        c
        for c in candidates
        if (published.get(c.evidence.doc) or date.min) >= cycle
        and c.evidence.doc in firsts
        and firsts[c.evidence.doc][0] <= c.evidence.start < firsts[c.evidence.doc][1]
        and not c.text.startswith(_QUOTES)
        and len({m.group(0) for m in names.finditer(c.text)}) >= least
        and (standing is None or cosine(c.vector, standing.vector) < DUPLICATE)
    ]
    return min(ledes, key=lambda c: (-c.score, c.evidence.doc, c.evidence.start), default=None)


def _first_sentence(extraction: Extraction) -> tuple[int, int]:
    """The span of the document's lede sentence: the first of its body (``lede_starts``),
    else its first sentence."""
    starts = lede_starts(extraction)
    first = min(starts) if starts else None
    for start, stop in extraction.sentences:
        if first is None or start == first:
            return start, stop
    return 0, 0


def _names_pattern(names: Set[str]) -> re.Pattern[str]:
    """Any of ``names`` as a whole word, the longest first."""
    run = "|".join(re.escape(n) for n in sorted(names, key=lambda n: (-len(n), n)))
    return re.compile(rf"(?<![\w])(?:{run})(?![\w])")
