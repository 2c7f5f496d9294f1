"""Patterns compiled from a word of the corpus (a noun's stem, a head noun) are kept for the
words asked lately, not for every word a build asks: a table of every one grew with the
corpus's vocabulary, and the main process's memory with it (issue 15). The answers do
not depend on what is kept."""

from __future__ import annotations

from itertools import product
from string import ascii_lowercase

from briefgen import definites, heap, noun_phrases
from briefgen.definites import fuller_named
from briefgen.noun_phrases import PATTERNS_KEPT, introduces_noun

# made-up nouns, one per pair of letters: 676 of them, more than the patterns kept
NOUNS = [f"zorb{a}{b}ink" for a, b in product(ascii_lowercase, repeat=2)]


def test_a_nouns_introduction_is_kept_for_the_latest_nouns_only() -> None:
    heap.forget()
    first = [introduces_noun(noun, f"They saw a {noun} on the quay.") for noun in NOUNS]
    assert all(first)
    assert not introduces_noun(NOUNS[0], f"Nobody spoke of {NOUNS[0]} on the quay.")
    assert noun_phrases._introduction.cache_info().currsize <= PATTERNS_KEPT < len(NOUNS)
    # the first nouns' patterns were let go; asked again, they answer as before
    assert introduces_noun(NOUNS[0], f"They saw a {NOUNS[0]} on the quay.")
    heap.forget()
    assert noun_phrases._introduction.cache_info().currsize == 0


def test_a_head_nouns_named_mentions_are_kept_for_the_latest_heads_only() -> None:
    heap.forget()

    def fuller(noun: str) -> str | None:
        shown = f"Boats were filmed near the {noun}'s lakefront."
        return fuller_named(shown, f"the {noun}", f"Tourists love the Harbour {noun}. ")

    answers = [fuller(noun) for noun in NOUNS]
    assert answers[0] == f"Boats were filmed near [the Harbour {NOUNS[0]}]'s lakefront."
    assert definites._named_with.cache_info().currsize <= PATTERNS_KEPT < len(NOUNS)
    # the first head's patterns were let go; asked again, it answers as before
    assert fuller(NOUNS[0]) == answers[0]
