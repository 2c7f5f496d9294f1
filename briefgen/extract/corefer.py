"""Event nouns that name a happening the text has already dated.

A report dates a happening once and then refers back to it by a noun: "bombings at two
embassies on Aug. 7 killed 258 people" ... "Two suspects in the Kenya bombing were handed
over"; "Slepian was shot on Oct. 23" ... "the rifle was buried days before the shooting".
The later noun is definite ("the", a possessive, a name before it): it points back to a
happening the reader knows, and that happening's date is its date, whatever the sentence
around it tells. The noun names the earlier happening when it is an "-ing" nominalisation,
the same word (the "bombings" / "the bombing") or of the verb ("shot" / "the shooting",
"killed" / "the killing"), or a noun of a death and any verb of one ("was killed" / "the
slaying", "his death"), and the nearest such earlier happening is the one meant. Other
nouns ("the virus" after "the 1918 virus", "their hands" after "handed") need not name a
happening at all, so they take no date this way.

Only a date the text states for a happening that took place (``anchor`` ``"own"``, not
scheduled) is carried. The mention's ``anchor`` is ``"coreferent"``: a reading of the
noun, not the sentence's news, so the timeline leaves it out.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from briefgen.extract.clauses import lemma_of
from briefgen.extract.doctext import doc_text
from briefgen.extract.event_days import DEATH
from briefgen.models import Anchor, Document, EventMention, Evidence, Timex

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["COREFERENT", "coreferent_events"]

COREFERENT: Anchor = "coreferent"
# Determiners that make a noun point back to something known.
_DEFINITE = {"the", "that", "this", "these", "those"}
_NOUN_TAGS = {"NN", "NNS"}
# "-ing" nouns that name a time, a thing or a list, not a happening ("the evening's",
# "the following:", "the beginning of his rise").
_NOT_HAPPENINGS = {"evening", "morning", "following", "beginning", "building", "ceiling"}
_NOT_HAPPENINGS |= {"clothing", "meaning", "feeling", "setting", "offspring", "lightning"}
# What may stand between a noun and an expression dating it: "capture on March 26".
# Nouns of a death: each names the killing or dying the text told by any verb of a death
# ("Slepian was killed Friday" ... "the slaying", "a homicide", "his death").
_DEATHS = {"death", "killing", "slaying", "murder", "homicide", "assassination", "shooting"}
_NEXT_TO = re.compile(r"\s*(?:(?:on|in|of|at|during)\s+)?(?:the\s+)?$", re.I)


def coreferent_events(
    document: Document,
    sdoc: Doc,
    timexes: Sequence[Timex],
    dated: Sequence[EventMention],
    mention_id: Callable[[str, int, int], str],
) -> list[EventMention]:
    """A mention for each definite event noun naming a happening dated earlier in the text
    (see the module docstring), dated as that happening; none for a noun already dated, by
    a mention or by an expression of its own phrase ("his capture on March 26, 1996")."""
    taken = {m.predicate for m in dated if m.predicate}
    taken |= {span for m in dated for span in m.co_predicates}
    # (start of the happening's word, its keys, the mention dating it), in text order
    antecedents: list[tuple[int, str, EventMention]] = []
    for m in dated:
        if m.anchor != "own" or m.scheduled or not m.timex.text or m.predicate is None:
            continue
        when = m.when
        if when is None or when.granularity not in ("day", "week", "month"):
            continue  # "played in 1926": a period's activity, not one occurrence to point at
        for start, end in (m.predicate, *m.co_predicates):
            word = sdoc.char_span(start, end, alignment_mode="expand")
            if word is not None and len(word) == 1:
                antecedents.append((start, lemma_of(word[0]), m))
    antecedents.sort(key=lambda a: a[0])
    out: list[EventMention] = []
    for token in sdoc:
        if token.tag_ not in _NOUN_TAGS or not _definite(token):
            continue
        span = (token.idx, token.idx + len(token.text))
        if span in taken or _dated_phrase(token, timexes):
            continue
        keys = _nominal_keys(token)
        earlier = [m for start, key, m in antecedents if start < token.idx and key in keys]
        if earlier:
            out.append(_mention(document, token, earlier[-1], mention_id))
    return out


def _dated_phrase(noun: Token, timexes: Sequence[Timex]) -> bool:
    """An expression in the noun's phrase, or right after it whatever the parse hangs it
    on ("his capture on March 26, 1996")."""
    phrase = list(noun.subtree)
    lo, hi = phrase[0].idx, phrase[-1].idx + len(phrase[-1].text)
    text = doc_text(noun.doc)
    end = noun.idx + len(noun.text)
    for t in timexes:
        if t.type not in ("DATE", "TIME"):
            continue
        if lo <= t.start < hi or (t.start >= end and _NEXT_TO.match(text, end, t.start)):
            return True
    return False


def _nominal_keys(noun: Token) -> set[str]:
    """What an "-ing" nominalisation names: itself ("the bombings" ... "the bombing") and
    its verb ("shooting": shoot, "slaying": slay; "running": run); a noun of a death names
    any verb of one ("the slaying" ... "was killed"). Other nouns name no happening by
    their form ("the virus", "their hands"): none."""
    lemma = lemma_of(noun)
    if lemma in _DEATHS:
        return {lemma, *DEATH}
    if not lemma.endswith("ing") or len(lemma) <= 5 or lemma in _NOT_HAPPENINGS:
        return set()
    base = lemma[:-3]
    keys = {lemma, base}
    if base[-1] == base[-2]:
        keys.add(base[:-1])
    return keys


def _definite(noun: Token) -> bool:
    """Whether the noun points back by its determiner alone: "the shooting", "Slepian's
    slaying", "the Kenya bombing"; a described kind ("his melodic guitar playing", "the
    earliest beginnings") is a new one."""
    if any(c.dep_ in ("amod", "nummod") for c in noun.children):
        return False
    return _points_back(noun)


def _points_back(noun: Token) -> bool:
    """A definite determiner, a possessive or a name before the noun."""
    for child in noun.children:
        if child.dep_ == "det" and child.lower_ in _DEFINITE:
            return True
        if child.dep_ == "poss" or (child.dep_ == "compound" and child.pos_ == "PROPN"):
            return True
    return False


def _mention(
    document: Document,
    noun: Token,
    antecedent: EventMention,
    mention_id: Callable[[str, int, int], str],
) -> EventMention:
    """The noun's mention: its phrase as evidence, the antecedent's date, an empty timex."""
    a = antecedent.timex
    return noun_mention(
        document,
        noun,
        mention_id,
        date=antecedent.date,
        timex=lambda at: Timex(at, at, "", a.type, a.value, None),
        anchor=COREFERENT,
        actors=antecedent.actors,
    )


def noun_mention(
    document: Document,
    noun: Token,
    mention_id: Callable[[str, int, int], str],
    *,
    date: str,
    timex: Callable[[int], Timex],
    anchor: Anchor,
    actors: tuple[str, ...] = (),
) -> EventMention:
    """A mention made for a noun itself, apart from its clause's verb: its whole phrase (its
    subtree) in its sentence as evidence, the noun as predicate; ``timex`` is given where
    the phrase starts."""
    sent = noun.sent
    phrase = list(noun.subtree)
    lo, hi = phrase[0].idx, phrase[-1].idx + len(phrase[-1].text)
    sentence = document.text[sent.start_char : sent.end_char]
    return EventMention(
        id=mention_id(document.id, noun.idx, noun.idx + len(noun.text)),
        doc=document.id,
        date=date,
        timex=timex(lo),
        description=document.text[lo:hi],
        evidence=Evidence(document.id, lo, hi, document.text[lo:hi], sentence, sent.start_char),
        actors=actors,
        predicate=(noun.idx, noun.idx + len(noun.text)),
        lemma=lemma_of(noun),
        anchor=anchor,
    )
