"""A report relayed from another outlet: its day dates the telling, not the told happening.

Wire copy passes on what a newspaper, a broadcaster or an agency published, the teller
trailing what it told: "Marlow expelled three traders, a newspaper reported Friday". The
day dates the outlet's report; the happening it tells is the outlet's find, done on a day
the sentence does not give (on or before the report, perhaps weeks before). The parse hangs
the told clause on the verb of reporting, and a told verb with no date of its own takes the
report's: the sentence would be shown under Friday as though the traders were expelled
then. Such a report's news span (``news_span``) is the telling alone: the sentence is no
report of that day's happening, and the timeline and the printed chronology do not show it
there. The told verbs keep no date from it.

Three tellings keep the sentence's day:

- a told happening dated by its own expression ("Ann Holt told investigators in July …, a
  newspaper reported Thursday"): the sentence dates what it tells, and its day is plainly
  the report's, the news being the report's disclosure;
- an official's telling, or a state broadcaster's ("the ministry said Friday", "state radio
  reported Friday"): a government announcing its own act is the day's news as such, as wire
  copy reports it (``anchoring._reported`` leaves a saying's date to its told clause);
- a report told first ("a newspaper reported Friday that …"): the sentence says it is a
  report, and under the report's day it reads as one.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from briefgen.aggregate.coverage import OFFICIAL_OUTLET, medium_subject
from briefgen.extract.clauses import lemma_of
from briefgen.models import EventMention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["relayed_tellings"]

# The verbs by which an outlet's report is passed on.
_RELAYING = frozenset({"report", "say", "write"})
# Outlets by a kind the medium test does not name (a periodical, an agency's wire), and the
# press's reports themselves as the subject ("Press reports said Friday").
_OUTLET = re.compile(
    r"\b(?:news\s+agency|wire\s+service|(?:news)?papers?|dail(?:y|ies)|weekl(?:y|ies)|"
    r"magazines?|(?:news|press|media)\s+reports|television|TV|broadcasters?)\b",
    re.I,
)
_TOLD = ("ccomp", "parataxis")


def relayed_tellings(
    out: Sequence[EventMention], sdoc: Doc, heads: Mapping[int, int]
) -> list[EventMention]:
    """``out`` (a page's dated mentions), each outlet's trailing report whose told clause
    has no date of its own narrowed to the telling, its told verbs dated no more.

    ``heads`` maps the index in ``sdoc`` of each verb dated by its own expression to its
    mention's place in ``out``.
    """
    result = list(out)
    for verb_i, n in heads.items():
        verb = sdoc[verb_i]
        mention = result[n]
        told = _told_clause(verb)
        if told is None or told.i in heads or not _relayed(verb, mention):
            continue
        # the told clause's words (the telling set off from it, when the parse makes the
        # told clause the root)
        inner = {t.i for t in told.subtree}
        if told.i == verb.head.i:
            inner -= {t.i for t in verb.subtree}
        at, sentence = mention.evidence.sentence_start, mention.evidence.sentence
        telling = [
            t
            for t in verb.subtree
            if t.i not in inner
            and not (t.is_punct or t.is_space)
            and at <= t.idx < at + len(sentence)
        ]
        if not telling:
            continue
        lo, hi = telling[0].idx, telling[-1].idx + len(telling[-1].text)
        kept = tuple(s for s in mention.co_predicates if not _within(sdoc, s, inner))
        result[n] = replace(
            mention,
            evidence=replace(mention.evidence, start=lo, end=hi, text=sdoc.text[lo:hi]),
            co_predicates=kept,
        )
    return result


def _told_clause(verb: Token) -> Token | None:
    """The head of the clause a verb of reporting tells, when told before the verb ("X
    did Y, a paper reported"): the verb's complement, or the clause the parse makes the
    root with the telling set off from it."""
    if lemma_of(verb) not in _RELAYING:
        return None
    told = [c for c in verb.children if c.dep_ in _TOLD and c.i < verb.i]
    if len(told) == 1:
        return told[0]
    if verb.dep_ == "parataxis" and verb.head.i < verb.i and verb.head.pos_ in ("VERB", "AUX"):
        return verb.head
    return None


def _relayed(verb: Token, mention: EventMention) -> bool:
    """Whether the subject of ``verb`` is an outlet other than a state's, and the date the
    verb's own ("reported Friday", "said on Friday")."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjects) != 1:
        return False
    phrase = " ".join(t.text for t in subjects[0].subtree)
    if OFFICIAL_OUTLET.search(phrase):
        return False
    if not (medium_subject(phrase + " ") or _OUTLET.search(phrase)):
        return False
    return verb.idx < mention.timex.start


def _within(sdoc: Doc, span: tuple[int, int], tokens: set[int]) -> bool:
    """Whether the characters ``span`` of ``sdoc`` hold one of the ``tokens``."""
    found = sdoc.char_span(span[0], span[1], alignment_mode="expand")
    return found is not None and any(t.i in tokens for t in found)
