"""Whether a dated clause tells what is expected on that date, not what happened then."""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefgen.extract.anchoring import PLANNING
from briefgen.models import Document, Timex
from briefgen.when import When

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["scheduled"]

_CONDITIONS = {"if", "unless"}


def scheduled(verb: Token, timex: Timex, document: Document) -> bool:
    """Whether the clause gives the date as expected rather than as having happened.

    A date after publication cannot be a reported fact; otherwise the verb's own marking
    says it: a modal ("will begin", "won't seek"), a condition ("if he fails"), the present
    of "be to" ("is to take place") or a verb of planning above it ("is set to begin", "is
    expected to", "plans to").
    """
    when = When.of(timex.value)
    dct = document.dct
    if when is not None and dct is not None and when.first > dct:
        return True
    token = verb
    for _ in range(4):
        for child in token.children:
            if child.tag_ == "MD" or (child.dep_ == "mark" and child.lower_ in _CONDITIONS):
                return True
        head = token.head
        if token.dep_ == "xcomp" and head.lemma_.lower() == "be" and head.tag_ in ("VBZ", "VBP"):
            return True  # "the concert is to take place on Saturday": an arrangement
        if token.dep_ == "xcomp" and head.lemma_.lower() in PLANNING:
            return head.lemma_.lower() != "go" or head.tag_ == "VBG"  # "going to", not "went to"
        if token.dep_ not in ("xcomp", "conj") or token.head.i == token.i:
            return False
        token = token.head
    return False
