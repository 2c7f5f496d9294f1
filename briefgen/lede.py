"""A report's lede: the first sentences of its body, where news puts the day's event.

News is written as an inverted pyramid: wire copy and a news article open on what
happened, and go on to reactions, background and colour. An article published on the day
of an event or the next tells that day's news in its lede, so of two sentences giving
the same date, the one opening a fresh report is the more likely to tell the event the
sources report for it; one from the eighth paragraph is more likely a detail around it.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import timedelta

from briefgen.models import EventMention, Extraction
from briefgen.structure.model import EXTRACTED

__all__ = ["LEDE_SENTENCES", "Ledes", "lede_starts"]

# The lede and the paragraph after it: news tells its event in the first two or three
# sentences (the nut graf follows the lede).
LEDE_SENTENCES = 3


def lede_starts(extraction: Extraction) -> frozenset[int]:
    """The start offsets of the first ``LEDE_SENTENCES`` sentences of the document's body
    (headline, byline and captions are not the lede; a blank span is no sentence). None
    for a document the structure stage has not seen: where its body begins is not known,
    and its first "sentence" may be a headline run into a standfirst."""
    document = extraction.document
    body = [b for b in document.blocks if b.kind in EXTRACTED]
    if not body:
        return frozenset()
    out: list[int] = []
    for start, end in extraction.sentences:
        if len(out) >= LEDE_SENTENCES:
            break
        if not any(c.isalpha() for c in document.text[start:end]):
            continue
        if not any(b.start <= start < b.end for b in body):
            continue
        out.append(start)
    return frozenset(out)


class Ledes:
    """Which event mentions open a report published on their day or the next."""

    def __init__(self, extractions: Iterable[Extraction]) -> None:
        self._starts = {x.document.id: lede_starts(x) for x in extractions}
        self._published = {x.document.id: x.document.dct for x in extractions}

    def fresh(self, mention: EventMention) -> bool:
        """Whether ``mention``'s sentence is in the lede of a report published on the
        mention's day or the next: a report of that day's news, not a later look back."""
        when = mention.when
        day = when.day if when is not None else None
        published = self._published.get(mention.doc)
        if day is None or published is None or not day <= published <= day + timedelta(1):
            return False
        return mention.evidence.sentence_start in self._starts.get(mention.doc, frozenset())
