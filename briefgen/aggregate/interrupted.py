"""A quotation its attribution interrupts mid-sentence, joined again for a profile.

Writers split a quoted sentence around its speech tag: "“Now somebody else who has never
fought for workers,” Obama said, “they don't suddenly become a populist.”" Extraction
finds two statements, the halves on either side of the tag. Shown alone, the first half
is a subject with no predicate and the second a predicate with no subject; a profile
line joins them, the tag between them left out as the profile shows any frame (" … ",
``statement.without_frame``). Only a break inside a sentence is joined: the first half
ends on no stop and the tag is set off by commas; a quotation that goes on after a full
stop ("…,” she said. “…") is two sentences, each readable or not on its own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from itertools import pairwise

from briefgen.models import Position

__all__ = ["joined_halves"]

# The tag between two halves of one sentence: the first half closed after a comma, a few
# words naming the speaker, and the quotation opened again after a comma ('," Obama
# said, "'). No quotation mark and no stop inside it.
_TAG = re.compile(r"^\s*,?\s*[”\"]\s+[^“”\".!?]{1,80}?,\s*[“\"]\s*$")
_ENDED = re.compile(r"[.!?…][”\"’']?\s*$")


def joined_halves(positions: Sequence[Position]) -> list[Position]:
    """``positions`` with each quotation interrupted mid-sentence by its tag given as one
    statement (the first half's, running to the second's end), in place of its halves."""
    by_sentence: dict[tuple[str, int], list[Position]] = {}
    for p in positions:
        if p.kind == "direct" and p.speaker_id is not None and p.shown is None:
            by_sentence.setdefault((p.doc, p.evidence.sentence_start), []).append(p)
    joined: dict[str, Position] = {}
    dropped: set[str] = set()
    for halves in by_sentence.values():
        halves.sort(key=lambda p: p.start)
        for first, second in pairwise(halves):
            if first.id in dropped or first.speaker_id != second.speaker_id:
                continue
            tag = _between(first, second)
            if tag is None or _ENDED.search(first.text) or not _TAG.match(tag):
                continue
            head = joined.get(first.id, first)
            text = head.text + tag + second.text
            evidence = replace(head.evidence, end=second.end, text=text)
            # shown as the profile shows a frame, so that a cut for length falls after a
            # whole sentence of it, not before the first half's predicate
            shown = (head.shown or head.text) + " … " + second.text
            joined[head.id] = replace(
                head, text=text, end=second.end, evidence=evidence, shown=shown
            )
            dropped.add(second.id)
    out: list[Position] = []
    for p in positions:
        if p.id in dropped:
            continue
        out.append(joined.get(p.id, p))
    return out


def _between(first: Position, second: Position) -> str | None:
    """The words of the sentence between ``first``'s end and ``second``'s start, or None
    when the sentence does not hold them."""
    lo = first.end - first.evidence.sentence_start
    hi = second.start - second.evidence.sentence_start
    sentence = first.evidence.sentence
    if not 0 <= lo <= hi <= len(sentence):
        return None
    return sentence[lo:hi]
