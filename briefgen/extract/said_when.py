"""When a position was said: the date its cue carries in the text, else the publication's.

"But in a statement Friday, Trump said: …" in a Monday article was said on Friday; "The
New York Times reported Saturday that …" on Saturday. News dates a statement on its verb
of saying, so the event extraction's attachment of temporal expressions to verbs (see
``events.py`` and ``anchoring.py``) already says which date, if any, belongs to the cue.
Two limits keep the content's own dates off the statement: a date inside the reported
content ("pledged that in the year 2000 it would …") dates the content, not the saying;
and a date reaching the cue only through the content's verb is the content's. A temporal
clause on the cue ("Back when it signed on … more than 20 years ago, the United States
pledged …") dates it by that clause's own date.

A statement with no date of its own inside a look-back passage (an explainer's paragraphs
on an earlier episode, its dates on both sides naming an earlier year: "between December
2002 and April 2003 … Hong Kong's government announced a package … eased monetary policy
in July 2003") tells that year, not the day of publication.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from typing import TYPE_CHECKING

from briefgen.models import Document, EventMention
from briefgen.when import When

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["StatementDates"]

# Subordinators of a clause that places its main verb in time ("when it signed on …").
_TEMPORAL = {"when", "after", "before", "as", "while", "since", "once"}
# A year written out: a date the text gives in full, not read against the publication's.
_YEAR = re.compile(r"\b(?:1[5-9]|20)\d\d\b")
# How many paragraph breaks a look-back's dates may lie from the statement, on each side:
# its own paragraph and the next two (a short wire paragraph is one or two sentences).
_PASSAGE = 2


class StatementDates:
    """The dated verbs of one document, to date each position's cue."""

    def __init__(self, document: Document, events: Sequence[EventMention]) -> None:
        self.publication = document.date
        # a verb dated by an expression of its own, and verbs sharing another's date
        self.own: dict[int, EventMention] = {}
        self.shared: dict[int, EventMention] = {}
        for e in events:
            if e.anchor != "own" or e.scheduled or not e.timex.text or e.predicate is None:
                continue
            self.own.setdefault(e.predicate[0], e)
            for start, _end in e.co_predicates:
                self.shared.setdefault(start, e)
        self.text = document.text
        # where each dated expression of the text is, and the year it names if written out
        spans = {(e.timex.start, e.timex.end): e for e in events if e.anchor == "own"}
        self.dated = sorted((start, end, _year_named(e)) for (start, end), e in spans.items())
        published = When.of(document.date)
        self.year = published.first.year if published is not None else None

    def of(self, cue: Token | None, start: int, end: int) -> str | None:
        """The date of the statement whose cue is ``cue`` and content ``start:end``."""
        if cue is None:
            return self.publication
        found = self._dating(cue, start, end)
        if found is None:
            for child in cue.children:
                if child.dep_ == "advcl" and _temporal(child):
                    found = self._dating(child, start, end)
                    if found is not None:
                        break
        if found is not None:
            return found.date
        earlier = self._looked_back(start, end)
        return str(earlier) if earlier is not None else self.publication

    def _looked_back(self, start: int, end: int) -> int | None:
        """The earlier year of the look-back passage holding ``start:end``: the nearest
        dated expressions before and after it, each within ``_PASSAGE`` paragraph breaks,
        both name a year before the publication's. None when the passage is not one."""
        if self.year is None:
            return None
        i = bisect_left(self.dated, (start, -1, None))
        before = next((d for d in reversed(self.dated[:i]) if d[1] <= start), None)
        after = next((d for d in self.dated[i:] if d[0] >= end), None)
        if before is None or after is None:
            return None
        years = (before[2], after[2])
        if any(y is None or y >= self.year for y in years):
            return None
        if self.text.count("\n", before[1], start) > _PASSAGE:
            return None
        if self.text.count("\n", end, after[0]) > _PASSAGE:
            return None
        return before[2]

    def _dating(self, verb: Token, start: int, end: int) -> EventMention | None:
        for table in (self.own, self.shared):
            e = table.get(verb.idx)
            if e is None or start <= e.timex.start < end:
                continue  # a date of the content is the content's, not the saying's
            if table is self.shared and e.predicate is not None and start <= e.predicate[0] < end:
                continue  # shared through the content's own verb
            return e
        return None


def _year_named(e: EventMention) -> int | None:
    """The year ``e``'s expression writes out ("in July 2003"), else None ("last year")."""
    when = When.of(e.date)
    if when is None or not _YEAR.search(e.timex.text):
        return None
    return when.last.year


def _temporal(clause: Token) -> bool:
    return any(c.dep_ in ("advmod", "mark") and c.lower_ in _TEMPORAL for c in clause.children)
