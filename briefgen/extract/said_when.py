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
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from briefgen.models import Document, EventMention

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["StatementDates"]

# Subordinators of a clause that places its main verb in time ("when it signed on …").
_TEMPORAL = {"when", "after", "before", "as", "while", "since", "once"}


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
        return found.date if found is not None else self.publication

    def _dating(self, verb: Token, start: int, end: int) -> EventMention | None:
        for table in (self.own, self.shared):
            e = table.get(verb.idx)
            if e is None or start <= e.timex.start < end:
                continue  # a date of the content is the content's, not the saying's
            if table is self.shared and e.predicate is not None and start <= e.predicate[0] < end:
                continue  # shared through the content's own verb
            return e
        return None


def _temporal(clause: Token) -> bool:
    return any(c.dep_ in ("advmod", "mark") and c.lower_ in _TEMPORAL for c in clause.children)
