"""Statements told inside someone else's account, which a profile does not show as the
named actor's own.

A witness's or a defendant's account retells what others said: "“He's not able to sleep
naturally,” he told detectives. Jackson complained that he needed to sleep …" is the
doctor's account to the police, not a statement Jackson made to the reader. The outer
speaker's account is the position; the inner one is unknown as the named actor's words,
and unknown beats wrong. Two shapes:

- a statement whose speaker is named inside another speaker's attributed statement
  ("Murray said that Jackson complained …", should the parse make two of it);
- a reported statement right after another speaker's testimony (told to the police,
  detectives, investigators or a jury, or testified), which the narrative goes on telling.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Sequence
from itertools import accumulate

from briefgen.models import Position

__all__ = ["Accounts"]

# A statement given as testimony: to those who question a witness or judge a case, or
# under oath.
_TESTIMONY = re.compile(
    r"\b(?:told|tells|tell|telling)\s+(?:the\s+)?(?:police|detectives?|investigators?"
    r"|officers?|agents?|jurors|jury|court|prosecutors?|interviewers?|the\s+inquiry)\b"
    r"|\btestif(?:y|ies|ied|ying)\b"
    r"|\binterview(?:ed)?\s+(?:with|by)\s+(?:the\s+)?(?:police|detectives|investigators)\b",
    re.I,
)
# How far a testimony's sentence may end before the statement's own sentence starts (a
# line break and a space): the sentence right before it, in the same run of text.
_ADJACENT = 3


class Accounts:
    """The statements of a corpus, indexed by document, to tell whether one is told inside
    another speaker's account."""

    def __init__(self, positions: Sequence[Position]) -> None:
        self._by_doc: dict[str, list[Position]] = defaultdict(list)
        for p in positions:
            self._by_doc[p.doc].append(p)
        # each document's attributed statements by where they start, with the furthest end
        # of those starting so far: a speaker's name no statement encloses (most) is told
        # by a look-up, not by reading every statement of its page
        self._cued: dict[str, tuple[list[int], list[int], list[Position]]] = {}
        for doc, ps in self._by_doc.items():
            cued = sorted((q for q in ps if q.cue is not None), key=lambda q: q.start)
            reach = list(accumulate((q.end for q in cued), max))
            self._cued[doc] = ([q.start for q in cued], reach, cued)

    def retold(self, p: Position) -> bool:
        """Whether ``p`` is told inside another speaker's account: its speaker named inside
        another's statement, or reported right after another speaker's testimony."""
        return self.named_inside(p) or (
            p.kind == "reported" and any(_testimony_before(q, p) for q in self._others(p))
        )

    def named_inside(self, p: Position) -> bool:
        """Whether ``p``'s speaker is named inside another speaker's attributed statement
        ("Murray said that Jackson complained …"); not inside a quotation no cue attributes,
        which a stray quotation mark may open before the speaker's own name."""
        m = p.speaker_mention
        if m is None or p.doc not in self._cued:
            return False
        starts, reach, cued = self._cued[p.doc]
        k = bisect_right(starts, m.start)
        if k == 0 or reach[k - 1] < m.end:
            return False
        return any(
            m.end <= q.end
            and q.id != p.id
            and not (q.speaker_id == p.speaker_id and q.speaker == p.speaker)
            for q in cued[:k]
        )

    def _others(self, p: Position) -> list[Position]:
        """The statements of ``p``'s document by someone else."""
        return [
            q
            for q in self._by_doc.get(p.doc, ())
            if q.id != p.id and not (q.speaker_id == p.speaker_id and q.speaker == p.speaker)
        ]


def _testimony_before(q: Position, p: Position) -> bool:
    """Whether ``q`` is testimony told in the sentence right before ``p``'s."""
    ev = q.evidence
    gap = p.evidence.sentence_start - (ev.sentence_start + len(ev.sentence))
    return 0 <= gap <= _ADJACENT and _TESTIMONY.search(ev.sentence) is not None
