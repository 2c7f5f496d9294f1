"""Whether a dated clause tells what is expected on that date, not what happened then."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from briefgen.extract.anchoring import PLANNING
from briefgen.extract.timex.lexicon import WEEKDAYS
from briefgen.extract.timex.next_day import told_next_day
from briefgen.models import Document, Timex
from briefgen.when import When

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["scheduled"]

_CONDITIONS = {"if", "unless"}
# Verbs whose infinitive is an offer, an undertaking or a request: what is offered or asked
# for is not yet done. Told in the simple past their complement's date is often the
# verb's ("asked the court to block the law on Monday": the asking), but a present or
# present perfect verb takes no date of a past day ("has offered to travel alone today"):
# the date is the complement's, a plan.
_OFFERING = {"offer", "agree", "ask", "pledge", "decide", "volunteer", "seek", "request"}
_OFFERING |= {"demand", "urge", "undertake", "consent"}
_PRESENT = {"VBZ", "VBP"}


def scheduled(verb: Token, timex: Timex, document: Document) -> bool:
    """Whether the clause gives the date as expected rather than as having happened.

    A date after publication cannot be a reported fact, but for a wire lede's weekday read
    as the next day ("headed Tuesday" in a Monday dispatch); otherwise the verb's own marking
    says it: a modal ("will begin", "won't seek"), a condition ("if he fails"), the present
    of "be to" ("is to take place") or a verb of planning above it ("is set to begin", "is
    expected to", "plans to"), or an offer or request standing now above it ("has offered
    to travel today").
    """
    when = When.of(timex.value)
    dct = document.dct
    if when is not None and dct is not None and when.first > dct:
        # a wire lede's weekday told done on the day after the page's date, by a dispatch
        # from where that day had begun (``timex.next_day``): no plan
        return not _lede_next_day(timex, document.text, dct)
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
        if token.dep_ == "xcomp" and head.lemma_.lower() in _OFFERING and _told_now(head):
            # "has offered to travel alone today": the offer stands, the trip is due; a
            # date all past is what was agreed to and done ("have agreed to lower output
            # since last September")
            return when is None or dct is None or when.last >= dct
        if token.dep_ not in ("xcomp", "conj") or token.head.i == token.i:
            return False
        token = token.head
    return False


def _told_now(verb: Token) -> bool:
    """Whether ``verb`` is told in the present or the present perfect ("offers", "has
    offered", "have agreed"), not in the simple past or the past perfect."""
    if verb.tag_ in _PRESENT:
        return True
    return verb.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.tag_ in _PRESENT and c.lemma_.lower() == "have" for c in verb.children
    )


def _lede_next_day(timex: Timex, text: str, dct: date) -> bool:
    """Whether ``timex`` is a bare weekday the tagger read as the day after ``dct`` because
    a wire lede tells it done (``timex.next_day``)."""
    weekday = WEEKDAYS.get(timex.text.lower())
    return weekday is not None and told_next_day(text, timex.start, timex.end, weekday, dct)
