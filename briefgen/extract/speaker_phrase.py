"""The phrase that names a speaker: from the token the parse gives, or after an inverted cue."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def by_agent(participle: Token) -> Token | None:
    """The noun of the first "by" phrase in a participle's own words, if any."""
    for tok in participle.subtree:
        if tok.lower_ == "by" and tok.dep_ in ("agent", "prep"):
            return next((c for c in tok.children if c.dep_ == "pobj"), None)
    return None


# Dependents before a noun that never belong to its phrase.
_NOT_IN_PHRASE = frozenset({"advmod", "npadvmod", "advcl", "punct", "cc", "mark", "prep"})


def speaker_span(tok: Token) -> Span:
    """The noun phrase of a speaker token, without relative clauses or appositions."""
    doc = tok.doc
    # a noun the parser made the root holds the sentence's adverbials ("Years ago, a
    # … article"); they are no part of the phrase
    kept = [c.left_edge.i for c in tok.lefts if c.dep_ not in _NOT_IN_PHRASE]
    left = min(kept, default=tok.i)
    right = tok.i
    verb = tok.head.i if tok.head.i > tok.i else len(doc)
    for child in tok.children:
        if child.i > tok.i and child.dep_ in ("compound", "flat", "nmod", "prep", "pobj", "appos"):
            if child.dep_ == "prep" and child.lower_ not in ("of", "to", "for", "on", "at", "in"):
                continue
            if child.right_edge.i > verb:
                # a phrase never runs over its own verb: "A union … endorsed Hillary Clinton
                # …, another example of …" is the parser hanging the sentence's tail on it
                continue
            right = max(right, child.right_edge.i)
    return doc[left : right + 1]


def after_cue(cue: Token, in_quote: Callable[[int], bool]) -> Span | None:
    """The speaker after an inverted cue ('said X'), outside any quotation."""
    for child in cue.children:
        placed = child.i > cue.i and not in_quote(child.idx)
        role = child.dep_ in ("nsubj", "dobj", "attr", "npadvmod", "appos", "dative")
        if child.ent_type_ in ("DATE", "TIME"):
            continue  # '"…," Chief Jordan said Monday': a day says nothing
        if placed and role and child.pos_ in ("PROPN", "NOUN", "PRON"):
            return speaker_span(child)
    nxt = cue.i + 1
    doc = cue.doc
    dated = nxt < len(doc) and doc[nxt].ent_type_ in ("DATE", "TIME")
    if nxt < len(doc) and doc[nxt].pos_ == "PROPN" and not dated and not in_quote(doc[nxt].idx):
        end = nxt
        while end + 1 < len(doc) and doc[end + 1].pos_ == "PROPN":
            end += 1
        return doc[nxt : end + 1]
    return None
