"""One page's aside: a sentence about none of the story's principals that no other source
tells.

A news-in-brief page strings unrelated items together (another country's election after
a candidate's news), a business page reports a casino's takings, a wire roundup the bond
payments of a bank: each sentence is true, central to its own item and often early in
its page, so it scores like news. What marks it as off the story is that it names none
of whom the story is about (``story.story_names``: the query's words and the actors named
in most sources) and that no other source tells it. A sentence on the story in other
words ("Attacks in Paris have brought terrorism back to the forefront of the campaign")
is borne out by the other sources' reports of the same event; an aside is told once.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence

from briefgen.aggregate.terms import Idf, cosine, terms
from briefgen.models import Actor, Event
from briefgen.retold import REPORTS_SAME
from briefgen.story import PRINCIPALS

__all__ = ["Spans", "aside", "participants", "retold"]


# A relative named by whose relative they are: "the daughter of [former President] X",
# "the son of A and B", "X's wife". Up to this many characters (a title, another parent)
# may stand between the relation and the name, without a comma (an aside's end).
_KIN = (
    r"(?:daughter|son|wife|husband|mother|father|brother|sister|child|children"
    r"|grand(?:daughter|son|child|children|mother|father)|widow|niece|nephew|cousin)"
)
KIN_REACH = 120
_KIN_OF = re.compile(rf"\b{_KIN}s?\s+of\s+(?:[\w.'’-]+\s+){{0,12}}$", re.I)
_KIN_AFTER = re.compile(rf"['’]s?\s+(?:\w+\s+)?{_KIN}\b", re.I)


class Spans:
    """Character spans of each document, asked whether any overlaps a sentence."""

    def __init__(self, spans: Mapping[str, Iterable[tuple[int, int]]]) -> None:
        self._spans = {doc: sorted(set(found)) for doc, found in spans.items()}

    def within(self, doc: str, start: int, end: int) -> bool:
        """Whether a span of ``doc`` overlaps ``[start, end)``."""
        spans = self._spans.get(doc)
        if not spans:
            return False
        # the spans starting before ``end``, back to the last one starting before ``start``
        i = bisect_right(spans, (end, -1))
        while i > 0:
            i -= 1
            s, e = spans[i]
            if e > start:
                return True
            if s < start:
                return False
        return False


def retold(events: Sequence[Event]) -> Spans:
    """The sentences of the events' mentions that another source's mention of the same
    event tells in similar words (``retold.REPORTS_SAME``): the news more than one source
    bears out."""
    idf = Idf(terms(m.evidence.sentence) for e in events for m in e.mentions)
    spans: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for event in events:
        if len({m.doc for m in event.mentions}) < 2:
            continue  # one source's event: no one else tells it
        said = [(m, idf.vector(terms(m.evidence.sentence))) for m in event.mentions]
        for m, vector in said:
            if any(o.doc != m.doc and cosine(vector, v) >= REPORTS_SAME for o, v in said):
                start = m.evidence.sentence_start
                spans[m.doc].append((start, start + len(m.evidence.sentence)))
    return Spans(spans)


def participants(actors: Sequence[Actor], texts: Mapping[str, str], n: int = PRINCIPALS) -> Spans:
    """Where the ``n`` actors named in most sources (persons, bodies, states, groups) are
    named as taking part (in the documents' ``texts``): the resolved actor, not a name's
    words, so "Chelsea Clinton" is not the candidate Hillary Clinton the corpus names
    everywhere; and not as whose relative someone is ("the daughter of Hillary Clinton",
    "Hillary Clinton's daughter"), which tells who that someone is."""
    acting = [a for a in actors if a.type in ("person", "org", "state", "group")]
    top = sorted(acting, key=lambda a: (-len(a.sources), a.name))[:n]
    spans: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for actor in top:
        for m in actor.mentions:
            text = texts.get(m.doc, "")
            if _KIN_OF.search(text, max(0, m.start - KIN_REACH), m.start) or _KIN_AFTER.match(
                text, m.end
            ):
                continue
            spans[m.doc].append((m.start, m.end))
    return Spans(spans)


def aside(
    text: str, doc: str, start: int, end: int, named: re.Pattern[str] | None, told: Spans
) -> bool:
    """Whether the sentence ``text`` (``doc``'s ``[start, end)``) names none of the story's
    principals (``named``: ``story.story_names``; None, nothing to go by) and no other
    source tells what it says (``told``: ``retold``)."""
    if named is None or named.search(text):
        return False
    return not told.within(doc, start, end)
