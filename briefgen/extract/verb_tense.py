"""The simple tense a verb is told in, and a shift of it between two verbs."""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefgen.extract.clauses import lemma_of

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["modal", "simple_tense", "tense_shift"]


def simple_tense(token: Token) -> str | None:
    """The simple "past" or "present" of a verb told in the simple past or present (or their
    passive or progressive); None for a perfect, a modal, or a form with no tense."""
    auxes = [c for c in token.children if c.dep_ in ("aux", "auxpass")]
    if any(c.tag_ == "MD" or lemma_of(c) == "have" for c in auxes):
        return None
    tags = [token.tag_, *(c.tag_ for c in auxes)]
    if "VBD" in tags:
        return "past"
    if "VBZ" in tags or "VBP" in tags:
        return "present"
    return None


def tense_shift(a: Token, b: Token) -> bool:
    """Whether one verb is told in the simple present and the other in the simple past:
    the present speaks of the time of writing, the past of the time its date names
    ("records show he was found guilty in 1991", "the department is still considering a
    request made last week")."""
    return {simple_tense(a), simple_tense(b)} == {"past", "present"}


def modal(verb: Token) -> bool:
    """Whether ``verb`` is told with a modal ("should go", "would close", "will meet")."""
    return any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)
