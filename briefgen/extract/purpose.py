"""A purpose clause after what a cue reports: "announced plans to travel to Marlow next
week, to explain why the bridge must close" says what the trip is for, the substance of
the announcement; a position ending at "next week" keeps the logistics and drops it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefgen.extract.doctext import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["with_purpose"]


def with_purpose(cue: Token, content: tuple[int, int]) -> tuple[int, int]:
    """``content`` run on to the end of the cue's own purpose clause right after it (an
    infinitive with no subject of its own, past a comma: "…, to explain …")."""
    start, end = content
    doc = cue.doc
    text = doc_text(doc)
    for clause in cue.children:
        if clause.dep_ != "advcl" or clause.idx < end:
            continue
        first = clause.left_edge
        if first.lower_ != "to" or first.tag_ != "TO" or first.head.i != clause.i:
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in clause.children):
            continue
        if text[end : first.idx].strip() != ",":
            continue
        last = clause.right_edge
        while last.i > clause.i and last.is_punct:
            last = doc[last.i - 1]
        return start, last.idx + len(last.text)
    return content
