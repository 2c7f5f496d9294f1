"""A knowing foretold: "Holt will know by our actions that …" says what someone is to
learn, not what they hold; the words are the speaker's (in a transcript, an unlabelled
soundbite's), and their subject says nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["foretold_knowing"]

# Verbs of coming to know: a stance once held ("Holt knows that …"), a lesson when foretold.
_KNOWING = frozenset({"know", "understand", "learn", "realize", "realise"})
# The auxiliaries that foretell: "will know", "'ll learn", "shall find", "is going to".
_FORETELLING = frozenset({"will", "'ll", "shall", "wo"})


def foretold_knowing(cue: Token) -> bool:
    """Whether ``cue`` is a verb of knowing under an auxiliary of the future ("will know",
    "'ll understand"): a prediction about its subject, held by no one the subject is."""
    if cue.lemma_.lower() not in _KNOWING:
        return False
    return any(c.dep_ == "aux" and c.lower_ in _FORETELLING for c in cue.children)
