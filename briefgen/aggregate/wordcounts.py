"""How the corpus writes its words: the counts the casing rules weigh, summed over documents.

"Swine" capitalised only where a sentence starts (``casing.common_words``), "Say" opening
"Say Mexico demanded" but written "say" elsewhere (``spans``), "PACs" in the plural
(``casing.common_acronyms``): each rule asks how often the whole corpus writes a word one
way or another. A document's share of every such count depends on its text alone, so it
is counted once per document (``of_text``) and the shares are added up (``total``); the
build keeps each document's share in its cache (``briefgen.corpuswords``), and a rebuild
counts only the new documents' words.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

__all__ = ["WordCounts"]

# A word of ASCII letters (``casing``'s words, phrases and their cases).
ASCII_WORD = re.compile(r"[A-Za-z]+")
# One of them with a capital letter: one not written in lower case.
_CAPITALISED = re.compile(r"(?<![A-Za-z])[a-z]*[A-Z][A-Za-z]*")
# What may stand between the start of a sentence or a line and its first word.
_OPENING = re.compile(r"(?:^|[.!?:\n]|[.!?][\"'”’)])[\s\"'“‘(*•-]*$")
# How far back to look for the start of the sentence.
_LOOKBACK = 12
# A word of letters in any script (``spans``), and one capitalised inside a sentence:
# after a lower-case word or a comma.
_LETTERS = re.compile(r"\b[^\W\d_]+\b")
_INSIDE = re.compile(r"(?<=[a-z,] )([A-Z][a-z]+)\b")
# An acronym, singular or plural ("PAC", "PACs").
_CAPITALS = re.compile(r"\b[A-Z]{2,6}s?\b")


def opens(text: str, start: int) -> bool:
    """Whether ``start`` begins a sentence or a line of ``text``."""
    return bool(_OPENING.search(text[max(0, start - _LOOKBACK) : start]))


@dataclass(frozen=True)
class WordCounts:
    """The corpus's (or one document's) word counts, each keyed by the word as its rule
    looks it up."""

    # ASCII words written in lower case
    lower: Counter[str] = field(default_factory=Counter)
    # ASCII words (folded) capitalised away from the start of a sentence or a line
    capitalised: Counter[str] = field(default_factory=Counter)
    # words of letters in any script written in lower case
    letters_lower: Counter[str] = field(default_factory=Counter)
    # capitalised words inside a sentence, as written
    inside: Counter[str] = field(default_factory=Counter)
    # acronyms as written, singular or plural
    capitals: Counter[str] = field(default_factory=Counter)

    @staticmethod
    def of_text(text: str) -> WordCounts:
        """One document's share of the corpus's counts."""
        capitalised = Counter(
            m.group().casefold() for m in _CAPITALISED.finditer(text) if not opens(text, m.start())
        )
        return WordCounts(
            Counter(w for w in ASCII_WORD.findall(text) if w.islower()),
            capitalised,
            Counter(w for w in _LETTERS.findall(text) if w.islower()),
            Counter(_INSIDE.findall(text)),
            Counter(_CAPITALS.findall(text)),
        )

    @staticmethod
    def total(shares: Iterable[WordCounts]) -> WordCounts:
        """The counts of the documents whose ``shares`` these are."""
        out = WordCounts()
        for share in shares:
            out.lower.update(share.lower)
            out.capitalised.update(share.capitalised)
            out.letters_lower.update(share.letters_lower)
            out.inside.update(share.inside)
            out.capitals.update(share.capitals)
        return out

    @staticmethod
    def of(texts: Iterable[str]) -> WordCounts:
        """The counts of a corpus of ``texts``."""
        return WordCounts.total(WordCounts.of_text(t) for t in texts)
