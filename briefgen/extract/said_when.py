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

A statement with no date of its own, told in the past inside a passage of history, is
dated by that history, not by the page: an explainer's section on the last crisis ("In
March 2003 the index fell … The government announced a relief package … It eased policy
in July 2003") tells what was done then, not what its actors hold now. The passage is read
as the timeline reads a narrative: a cue the temporal focus dates (``focus``) over a year
before the page takes that date, and a cue read on the news day (``anchor`` ``"news"``: no
date, told in the past) takes the date of the sentence before it, when the nearest
sentence stating dates before it, and the nearest after it if any (the news-day reading
needs one), a few sentences away in its section, state only dates over a year before the
page. A verb of saying or quoting ("said", "told") is the reporter's occasion, of the
page's time, and is never so dated, nor is a report's finding ("the inquiry found …",
"according to results") or an unanswered request (the focus carries no saying across a
paragraph either).
A sentence stating a date of now ("In court on Monday, X said … when he died in
2009") dates no passage of history, whatever its clauses tell.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from datetime import date, timedelta
from typing import TYPE_CHECKING

from briefgen.extract.saying import attribution
from briefgen.models import Block, Document, EventMention
from briefgen.structure.stories import BREAKS
from briefgen.when import When

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["StatementDates", "section_openers"]

# Subordinators of a clause that places its main verb in time ("when it signed on …").
_TEMPORAL = {"when", "after", "before", "as", "while", "since", "once"}
# History: a narrative date whose last day is this long before the page's.
HISTORY = timedelta(days=365)
# How many sentences away a passage's stated dates may be (``focus.FOCUS_REACH``).
PASSAGE_REACH = 3
# What a report or an inquiry tells, and a request the reporter made: of the page's time,
# like a saying ("the inspector general found that …", "according to results", "did not
# respond to requests for comment").
_FINDINGS = frozenset({"find", "cite", "show", "accord", "respond", "conclude", "reveal"})
# Blocks that open a section: a story's or a live entry's header (``stories.BREAKS``, as a
# reference back is read within its story), and a subheading too: a passage of history is
# one part of an explainer.
_SECTION_OPENERS = BREAKS | {"headline"}


class StatementDates:
    """The dated verbs of one document, to date each position's cue."""

    def __init__(self, document: Document, events: Sequence[EventMention]) -> None:
        self.publication = document.date
        # a verb dated by an expression of its own, and verbs sharing another's date
        self.own: dict[int, EventMention] = {}
        self.shared: dict[int, EventMention] = {}
        self.document = document
        # every verb's reading (an undated sentence's too), and the sentences in order with
        # the stated date of each that states one
        self.read: dict[int, EventMention] = {
            e.predicate[0]: e for e in events if e.predicate is not None
        }
        stated: dict[int, list[EventMention]] = {}
        for e in events:
            if e.anchor == "own" and not e.scheduled and e.timex.text:
                stated.setdefault(e.evidence.sentence_start, []).append(e)
        self.sentences = sorted({e.evidence.sentence_start for e in events})
        self.stated = stated
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
        if found is not None:
            return found.date
        history = self._history(cue)
        return history.date if history is not None else self.publication

    def _history(self, cue: Token) -> EventMention | None:
        """The narrative's date of an undated statement told inside a passage of history
        (module docstring), else None."""
        read = self.read.get(cue.idx)
        if read is None or self.document.dct is None or read.anchor not in ("focus", "news"):
            return None
        if attribution(cue) or cue.lemma_.lower() in _FINDINGS:
            # "said", "told", a verb quoting: the reporter's occasion, of the page's time
            # whatever the passage around it tells (as the focus never carries a saying)
            return None
        before, after = self._neighbours(read.evidence.sentence_start)
        if not before or not all(self._long_before(m) for m in before):
            return None  # the sentence the narrative comes from states a date of now
        if after and not all(self._long_before(m) for m in after):
            return None  # the passage goes on to now
        # the narrative's dates are its main clauses': "stressed her support of the 2011
        # raid", "X, who in 2010 said …, has had …" tell of now
        if not _main(cue.doc, before):
            return None
        if read.anchor == "focus":
            return read if self._long_before(read) else None
        if not _main(cue.doc, after):
            return None  # history before it only: it may be the page's news again
        return max(before, key=lambda m: self._last(m))

    def _neighbours(self, sentence: int) -> tuple[list[EventMention], list[EventMention]]:
        """The stated dates of the nearest sentences before and after ``sentence`` that
        state any, within ``PASSAGE_REACH`` sentences and its section."""
        at = bisect_left(self.sentences, sentence)
        floor, ceiling = self._section(sentence)
        before: list[EventMention] = []
        for i in range(at - 1, max(at - 1 - PASSAGE_REACH, -1), -1):
            start = self.sentences[i]
            if start < floor or start in self.stated:
                before = self.stated.get(start, []) if start >= floor else []
                break
        after: list[EventMention] = []
        for i in range(at + 1, min(at + 1 + PASSAGE_REACH, len(self.sentences))):
            start = self.sentences[i]
            if start >= ceiling or start in self.stated:
                after = self.stated.get(start, []) if start < ceiling else []
                break
        return before, after

    @staticmethod
    def _last(mention: EventMention) -> date:
        when = When.of(mention.date)
        return when.last if when is not None else date.min

    def _long_before(self, mention: EventMention) -> bool:
        when = When.of(mention.date)
        dct = self.document.dct
        return when is not None and dct is not None and when.last < dct - HISTORY

    def _section(self, offset: int) -> tuple[int, int]:
        """Where the section holding ``offset`` begins and ends (its subheadings)."""
        floor, ceiling = 0, len(self.document.text)
        for start, end in section_openers(self.document.blocks):
            if end <= offset:
                floor = end
            elif start > offset:
                ceiling = start
                break
        return floor, ceiling

    def _dating(self, verb: Token, start: int, end: int) -> EventMention | None:
        for table in (self.own, self.shared):
            e = table.get(verb.idx)
            if e is None or start <= e.timex.start < end:
                continue  # a date of the content is the content's, not the saying's
            if table is self.shared and e.predicate is not None and start <= e.predicate[0] < end:
                continue  # shared through the content's own verb
            return e
        return None


def _main(doc: Doc, stated: Sequence[EventMention]) -> bool:
    """Whether one of a sentence's ``stated`` dates is its main verb's."""
    if not stated:
        return False
    start = stated[0].evidence.sentence_start
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None or not len(span):
        return False
    root = span[0].sent.root.idx
    return any(
        (m.predicate is not None and m.predicate[0] == root)
        or any(a == root for a, _ in m.co_predicates)
        for m in stated
    )


def _temporal(clause: Token) -> bool:
    return any(c.dep_ in ("advmod", "mark") and c.lower_ in _TEMPORAL for c in clause.children)


def section_openers(blocks: Sequence[Block]) -> list[tuple[int, int]]:
    """Where the page's sections open (a subheading, a story's or a live entry's header):
    a passage of history is read within its section. The extraction cache's key holds them
    (``read_blocks``), as it holds every reading of the blocks in the extract stage."""
    return [(b.start, b.end) for b in blocks if b.kind in _SECTION_OPENERS]
