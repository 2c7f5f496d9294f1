"""Whether a word is a given name: one the given-name list knows."""

from __future__ import annotations

from briefgen.extract.antecedents import guessed_gender

__all__ = ["given_name"]


def given_name(word: str) -> bool:
    """A word the given-name list knows (gender-guesser's, any gender or none)."""
    w = word.strip(".'’")
    if len(w) < 2 or not w.isalpha() or not w[:1].isupper():
        return False
    return guessed_gender(w) != "unknown"
