"""Dates that date no happening of their clause: the point a comparison starts from ("up
eight points from March", "compared with a loss in 2015"), with the "when" clause that
tells what happened at it, and a stretch of time up to the writing ("for the last week").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefgen.extract.clauses import lemma_of
from briefgen.extract.dated import BACKGROUND_DEPS
from briefgen.extract.told_against import (
    CHANGE,
    figure,
    figure_then,
    maturity,
    point_of_reference,
)

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = ["baseline", "stretch", "when_clause"]


# Words of an amount told before "from": "up eight points from March", "5% from a year ago".
_AMOUNT = {"up", "down", "%", "percent", "points", "point", "higher", "lower", "more", "less"}


def baseline(span: Span, verb: Token) -> bool:
    """Whether the expression is the point a comparison starts from, not the time of the
    clause's happening: "up eight points from March", "jumped from 100,000 in 1980 to
    300,000 last year", "compared with a loss in 2015", "more than in 2012". The figure is
    the writer's present (or the other end's), so the clause is not dated by it."""
    if point_of_reference(span) or figure_then(span, verb) or maturity(span):
        return True
    token = span.root
    for _ in range(50):
        if token.i == verb.i or token.head.i == token.i:
            break
        below, token = token, token.head
        word = token.lower_
        if word == "to" and token.dep_ in ("prep", "quantmod"):
            return False  # the end a change reaches: "rose from two to 10 on Wednesday"
        if (token.lemma_ or word).lower() == "compare" or (word == "than" and token.dep_ == "prep"):
            return True
        if word == "from" and any(t.lower_ == "to" for t in span.doc[token.i : span.start]):
            return False  # the end it reaches, however parsed: "from two to 10 on Wednesday"
        if word == "from" and token.dep_ == "prep" and _changing(token, verb):
            # from a figure or from the time itself, not from a source ("a loss from
            # discontinued operations in the third quarter", "gains from the sale in August")
            return below.i in range(span.start, span.end) or figure(below)
    return lemma_of(verb) == "compare" or _after_from(span, verb)


def _after_from(span: Span, verb: Token) -> bool:
    """The date closing a "from" figure the parse hangs on the verb: "jumped from fewer
    than 100,000 in 1980 to ...": "from" a few words before, no "to" or verb between."""
    doc = span.doc
    words = doc[max(span.sent.start, span.start - 7) : span.start]
    for n, t in enumerate(reversed(words)):
        if t.lower_ == "from":
            amount = any(figure(w) for w in words[len(words) - n :])
            return t.dep_ == "prep" and _changing(t, verb) and amount
        if t.lower_ == "to" or t.pos_ in ("VERB", "AUX", "PUNCT"):
            return False
    return False


def when_clause(span: Span) -> Token | None:
    """The verb of a "when" clause right after the expression ("from Oct. 13, when Wall
    Street's plunge helped spark ..."), or of a clause on it ("after a flat second quarter
    tied largely to lower earnings"): what happened at that time."""
    doc = span.doc
    for clause in span.root.children:
        if clause.dep_ in BACKGROUND_DEPS and clause.pos_ == "VERB" and clause.i >= span.end:
            return clause  # "after a flat second quarter tied largely to lower earnings"
    i = span.end
    while i < len(doc) and doc[i].is_punct:
        i += 1
    if i >= len(doc) or doc[i].lower_ != "when" or doc[i].head.pos_ not in ("VERB", "AUX"):
        return None
    return doc[i].head


def _changing(prep: Token, verb: Token) -> bool:
    """Whether "from" follows an amount or a verb of change: a starting point, not a
    source ("returned from March's trip")."""
    if lemma_of(verb) in CHANGE:
        return True
    doc = prep.doc
    near = doc[max(prep.sent.start, prep.i - 4) : prep.i]
    # not any number: "shut for 14 days from Friday" counts days from a start
    return any(t.lower_ in _AMOUNT for t in near)


# "for the last week", "for the past year": a stretch of time reaching up to the writing.
_FOR = re.compile(r"\bfor\s+$", re.I)
_LAST = re.compile(r"(?:the\s+)?(?:last|past|previous)\s", re.I)


def stretch(text: str, start: int, expression: str) -> bool:
    """Whether the expression at ``start`` is a stretch up to the writing in which a state
    holds ("has been in Bethesda for the last week"): no day a happening took."""
    return bool(_LAST.match(expression) and _FOR.search(text, max(0, start - 12), start))
