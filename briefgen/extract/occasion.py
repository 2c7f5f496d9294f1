"""A participle phrase on what a verb acts on tells that verb's occasion: one time for both.

"issued a statement Friday saying ...", "joined NATO Friday at a ceremony held in ...":
the saying is the statement's issuing, the ceremony the joining; a participle phrase on the
verb's object or adjunct shares the verb's date (``setting``). The parse hangs a trailing
date on whichever of the two is nearer, so the tie goes both ways: in "plans to ship a
computer based on the new chip early next year" the date lands on "based", a description
with no time of its own, and it is the shipping that is dated (``set_by``). Only a phrase
bound to its noun, not one set off by a dash or a comma: "to screen an advertisement —
made last week, before he died — featuring ..." tells the making as background, earlier
than the screening. The caller gives the date this way only to a verb whose time the
phrase can be: one told in the simple past, or a planned happening; "scientists are
studying samples sent to them on Thursday" study now what was sent before, and "made it
too easy to acquire weapons like the rifle used in the attack on Sunday" tells of no
acquiring on Sunday. A clause on the verb's subject is no occasion of it ("the bomb
planted by rebels exploded Monday": planted before).
"""

from __future__ import annotations

from collections.abc import Container
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["OWN_CLAUSE", "set_by", "setting"]

# A participle phrase on a noun ("a ceremony held in Independence", "a statement saying")
# and the dependents that make a clause of it instead.
_PARTICIPLES = {"VBN", "VBG"}
OWN_CLAUSE = {"nsubj", "nsubjpass", "aux", "auxpass", "mark"}
# How the noun a participle phrase describes hangs on the verb, other than as its
# subject: its object, its complement ("being the first state starting ..."), an
# adverbial noun.
_SETTING_DEPS = {"dobj", "attr", "oprd", "dative", "npadvmod"}


def setting(token: Token, dated: Container[int]) -> int | None:
    """The dated verb whose object or adjunct the participle phrase ``token`` describes:
    "issued a statement Friday saying ...", "joined NATO Friday at a ceremony held in ...",
    "were named Thursday in a bulletin sent by the FBI"."""
    verb = _acted_on_by(token)
    return int(verb.i) if verb is not None and verb.i in dated else None


def set_by(verb: Token, dated: Container[int]) -> int | None:
    """The dated participle phrase, bound to its noun, on the object or adjunct of the
    undated ``verb``: "ship a computer based on the chip early next year", "was among the
    topics raised in Saturday's debate"."""
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    nouns = [c for c in verb.children if c.dep_ in _SETTING_DEPS]
    nouns += [n for p in verb.children if p.dep_ == "prep" for n in p.children if n.dep_ == "pobj"]
    for noun in nouns:
        for phrase in noun.children:
            if phrase.i not in dated or phrase.i < noun.i:
                continue
            if any(t.is_punct for t in verb.doc[noun.i + 1 : phrase.i]):
                continue  # set off: a parenthetical with a time of its own
            if any(c.dep_ == "neg" for c in phrase.children):
                continue  # "at a rate not seen since the 1960s": a span, no occasion
            found = _acted_on_by(phrase)
            if found is not None and found.i == verb.i:
                return int(phrase.i)
    return None


def _acted_on_by(token: Token) -> Token | None:
    """The verb whose object or adjunct the participle phrase ``token`` is on."""
    if token.dep_ != "acl" or token.tag_ not in _PARTICIPLES:
        return None
    if any(c.dep_ in OWN_CLAUSE for c in token.children):
        return None  # a clause with its own subject or auxiliary is no participle phrase
    noun = token.head
    if noun.dep_ in _SETTING_DEPS:
        verb = noun.head
    elif noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        verb = noun.head.head
    else:
        return None
    return verb if verb.pos_ in ("VERB", "AUX") else None
