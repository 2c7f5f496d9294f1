"""Event nouns dated by an expression of their own phrase, apart from their clause's verb.

A noun can name a happening and carry its date while the verb above it tells another
time: "blamed the drop on heavy selling in Tuesday's trading" (the trading is Tuesday's,
whatever day the blaming was), "mourners recalled the Oct. 23 slaying", "the incidents
of Aug. 7 led to new rules". The date is the noun's when the expression modifies the noun
itself: before it (a possessive day, a date as a compound: "Tuesday's", "the Oct. 23"),
in a prepositional phrase on it ("of Aug. 7", "on Wednesday"), or right after it whatever
the parse hangs it on ("trading on Wednesday", which a parser often hangs on the verb or an
earlier noun). A date deeper in the phrase dates a noun further down ("the lighting of
candles for the victims of 1993": the victims' year, not the lighting's), and takes none
here.

The mention's ``anchor`` is ``"nominal"``: a reading of the noun, not the sentence's news
(that is its verb's, dated as before), so the timeline leaves it out as it leaves out a
coreferent noun.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING

from briefgen.extract.corefer import noun_mention
from briefgen.extract.doctext import doc_text
from briefgen.models import Anchor, Document, EventMention, Timex
from briefgen.when import When

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["NOMINAL", "noun_dated_events"]

NOMINAL: Anchor = "nominal"
_NOUN_TAGS = {"NN", "NNS"}
# Relations by which an expression before a noun modifies it: "Tuesday's trading", "the
# Oct. 23 slaying", "the 1998 election".
_BEFORE = {"poss", "compound", "nmod", "npadvmod", "amod"}
# Prepositions of a phrase placing the noun in time: "the incidents of Aug. 7".
_TIME_PREPOSITIONS = {"of", "on", "in", "at", "during"}
# What may stand between a noun and an expression right after it: "trading on Wednesday".
_NEXT_TO = re.compile(r"\s*(?:on|in|of|at|during)\s+(?:the\s+)?$", re.I)


def noun_dated_events(
    document: Document,
    sdoc: Doc,
    timexes: Sequence[Timex],
    dated: Sequence[EventMention],
    mention_id: Callable[[str, int, int], str],
) -> list[EventMention]:
    """A mention for each noun an expression of its own phrase dates (see the module
    docstring), none for a noun a mention already dates as its predicate."""
    taken = {m.predicate for m in dated if m.predicate}
    taken |= {span for m in dated for span in m.co_predicates}
    calendar = sorted(
        (t for t in timexes if t.type in ("DATE", "TIME") and t.text and When.of(t.value)),
        key=lambda t: t.start,
    )
    if not calendar:
        return []
    text = doc_text(sdoc)
    # Each expression's head token and sentence, found once: a noun is asked only about the
    # expressions of its own sentence and those right after it (every noun against every
    # expression of the page cost a third of the extraction on long pages).
    sentence_of = {t.i: sent.start for sent in sdoc.sents for t in sent}
    roots: dict[int, list[tuple[Timex, Token]]] = {}
    for timex in calendar:
        when = sdoc.char_span(timex.start, timex.end, alignment_mode="expand")
        if when is not None and len(when):
            roots.setdefault(sentence_of[when.root.i], []).append((timex, when.root))
    starts = [t.start for t in calendar]
    out: list[EventMention] = []
    for token in sdoc:
        if token.tag_ not in _NOUN_TAGS:
            continue
        span = (token.idx, token.idx + len(token.text))
        if span in taken or _inside(token.idx, calendar, starts):
            continue
        dating = _dating(token, sentence_of, roots, calendar, starts, text)
        if dating:
            own = [t for t in calendar if t in dating]  # the page's order, for ties
            nearest = min(own, key=lambda t: abs(t.start - token.idx))
            out.append(_mention(document, token, nearest, mention_id))
    return out


def _inside(offset: int, calendar: Sequence[Timex], starts: Sequence[int]) -> bool:
    """Whether ``offset`` falls inside one of the expressions (sorted by start)."""
    return any(t.start <= offset < t.end for t in calendar[: bisect_right(starts, offset)])


def _dating(
    noun: Token,
    sentence_of: Mapping[int, int],
    roots: Mapping[int, Sequence[tuple[Timex, Token]]],
    calendar: Sequence[Timex],
    starts: Sequence[int],
    text: str,
) -> list[Timex]:
    """The expressions that modify ``noun`` itself: a modifier before it, the object of a
    time preposition on it, or right after it ("trading on Wednesday")."""
    end = noun.idx + len(noun.text)
    found = []
    for timex in calendar[bisect_left(starts, end) :]:
        if len(text[end : timex.start].split()) > 2:
            break  # "on the" at most between them, and later ones are further
        if _NEXT_TO.fullmatch(text, end, timex.start):
            found.append(timex)
    for timex, root in roots.get(sentence_of[noun.i], ()):
        if timex not in found and _modifies(noun, root):
            found.append(timex)
    return found


def _modifies(noun: Token, root: Token) -> bool:
    """Whether the expression headed by ``root`` (in ``noun``'s sentence) hangs on the noun:
    before it as a modifier, or as the object of a time preposition on it."""
    if root.head.i == noun.i and root.i != noun.i:
        return (root.i < noun.i and root.dep_ in _BEFORE) or root.dep_ == "npadvmod"
    head = root.head
    return (
        root.dep_ == "pobj"
        and head.dep_ == "prep"
        and head.lower_ in _TIME_PREPOSITIONS
        and head.head.i == noun.i
    )


def _mention(
    document: Document,
    noun: Token,
    timex: Timex,
    mention_id: Callable[[str, int, int], str],
) -> EventMention:
    """The noun's mention: its phrase as evidence, the expression's date."""
    return noun_mention(
        document, noun, mention_id, date=timex.value, timex=lambda _: timex, anchor=NOMINAL
    )
