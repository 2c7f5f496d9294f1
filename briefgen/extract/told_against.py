"""Times a happening is told against, not in: the point it comes after or before ("after a
flat second quarter"), the other side of a comparison ("twice the $13.5 million a year
earlier") and when a security falls due ("notes due 2009"). An expression of these kinds
dates no verb it hangs on; ``baselines.baseline`` asks them.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefgen.extract.clauses import lemma_of

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = ["CHANGE", "figure", "figure_then", "maturity", "point_of_reference"]

# Verbs of a change in amount: "from March" after one names the starting point.
CHANGE = {"rise", "fall", "jump", "climb", "drop", "increase", "decrease", "grow", "gain"}
CHANGE |= {"decline", "slip", "surge", "soar", "plunge", "tumble", "double", "triple", "dip"}
CHANGE |= {"shrink", "slide", "sink", "widen", "narrow", "edge", "swell", "lose"}


def figure(token: Token) -> bool:
    """A number or an amount: "100,000", "$85 million", "5%"."""
    return token.like_num or token.tag_ == "$" or token.lower_ in ("%", "percent")


# Prepositions placing a happening before or after a time, not within it.
_RELATIVE_TO = {"after", "before", "following"}
# "shortly after", "just before": the happening is at that time, give or take minutes.
_CLOSE_TO = {"shortly", "just", "soon", "right", "immediately", "moments", "minutes"}


# "a year earlier", "a year ago", "the year-earlier": a time counted back from the one in
# discussion, the other side of a comparison
_BACK_THEN = re.compile(
    r"\b(?:earlier|ago|before)$|\b(?:year|quarter|month)-(?:ago|earlier)\b", re.I
)


def figure_then(span: Span, verb: Token) -> bool:
    """Whether a time counted back hangs on a figure on its way to the verb ("reported
    net income of $27.1 million, more than twice the $13.5 million a year earlier"): the
    figure's time, the other side of the comparison, not the reporting's."""
    if not _BACK_THEN.search(span.text):
        return False
    if lemma_of(verb) in CHANGE and any(
        c.dep_ == "prep" and c.lower_ == "from" and any(figure(f) for f in c.children)
        for c in verb.children
    ):
        # "fell 5.9% to $9.5 million from $10.1 million ... in the year-ago period": the
        # parse hangs the time on the verb, but it is the "from" figure's
        return True
    token = span.root
    amount = False
    for _ in range(50):
        if token.head.i == token.i or token.head.i == verb.i:
            return False
        token = token.head
        amount = amount or figure(token) or any(c.tag_ == "$" for c in token.children)
        # "had net of $1.1 million a year ago" is the having's time; only a figure set
        # against another ("more than twice the $13.5 million") is the other side
        if amount and any(c.lower_ in _MEASURED for c in token.subtree if c.i < span.start):
            return True
    return False


# Words setting one figure against another: "more than twice the $13.5 million".
_MEASURED = {"than", "twice", "times", "double", "triple", "versus", "vs", "vs."}


def maturity(span: Span) -> bool:
    """Whether the expression is when a security falls due ("$100 million of senior notes
    due Nov. 1, 2009, priced at par"): a property of the notes, not the time of the
    pricing or the sale. "The report is due Friday" (a copula's complement) is a schedule."""
    head = span.root.head
    # a plural of papers ("notes", "debentures", "bonds"); "the general election due this
    # September" is a happening's schedule
    return head.lower_ == "due" and head.dep_ == "amod" and head.head.tag_ == "NNS"


def point_of_reference(span: Span) -> bool:
    """Whether the expression is the time a happening is told after or before: "After a
    flat second quarter, the company attributed the gain to ...", "before 1990". The
    happening is not within that time, so it is not dated by it; a time of day a little
    after or before ("shortly after 10 a.m. Friday") is the happening's own, and a day
    ("after the weekend") is kept as the nearest date the sentence gives. "Since 4 June"
    stays: a state told since a day began on it."""
    root = span.root
    prep = root.head
    if root.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in _RELATIVE_TO:
        return False
    if any(c.lower_ in _CLOSE_TO for c in prep.children):
        return False
    return _TIME_OF_DAY.search(span.text) is None and _NEAR_DAYS.search(span.text) is None


_TIME_OF_DAY = re.compile(r"\d\s*(?:[ap]\.?m\b|o'clock)|\d:\d\d|\b(?:noon|midnight)\b", re.I)
# A day or a weekend: "returned to work after the weekend" is the next day, nearer that
# date than any other a sentence may give; a month, a quarter or a year is no such near time.
_NEAR_DAYS = re.compile(r"day\b|weekend|night|morning|evening|afternoon", re.I)
