"""The voice of a cue verb: passive, a passive participle, or a participle set off.

Who holds a position depends on it: "was told" names the hearer as subject, "Asked about
the bomb, X said" has X asked, and "Hong Kong, criticised for …, has sealed" has Hong
Kong criticised, not criticising.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token


def parenthetical_participle(cue: Token, subj: Token) -> bool:
    """ "Hong Kong, criticised for delaying …, has sealed the hotel": a participle set off
    by a comma right after its noun, before the clause's own finite verb (conjoined to it
    by the parser, with an auxiliary and no "and"), is a passive said of the noun. A
    subject is never cut from its own main verb by a single comma."""
    doc = cue.doc
    if cue.tag_ not in ("VBD", "VBN") or cue.i < 2 or doc[cue.i - 1].text != ",":
        return False
    words = [t for t in subj.subtree if not t.is_punct]
    if subj.i > cue.i or not words or words[-1].i != cue.i - 2:
        return False
    if any(c.dep_ == "cc" for c in cue.children):
        return False
    return any(
        c.dep_ == "conj" and c.i > cue.i and any(a.dep_ == "aux" for a in c.children)
        for c in cue.children
    )


def reduced_passive(verb: Token) -> bool:
    """ "Asked about the bomb, Clinton said …": a past participle opening an adverbial
    clause, without auxiliary or agent, is a passive whose doer the text does not name;
    the main clause's subject was asked, and asked nothing. (A participle after a noun,
    "the bill, known as …", is too often the parser's misreading of a main verb: "Roy
    Cooper, McCrory's opponent in the election, called Friday for …".)"""
    return (
        verb.tag_ == "VBN"
        and verb.dep_ == "advcl"
        and not any(c.dep_ in ("aux", "auxpass", "nsubj", "agent") for c in verb.children)
    )


def is_passive(verb: Token) -> bool:
    """A passive verb: "was told", "is being criticized". In "who's called for …" the
    contracted "'s" before a participle with an active subject is "has", not "is"."""
    return any(
        c.dep_ == "nsubjpass" or (c.dep_ == "auxpass" and c.lower_ not in ("'s", "’s"))
        for c in verb.children
    )
