"""Patterns compiled from a word of the corpus (a noun's stem, a head noun) are kept for the
words asked lately, not for every word a build asks: a table of every one grew with the
corpus's vocabulary, and the main process's memory with it (issue 15). The answers do
not depend on what is kept."""

from __future__ import annotations

import re
from itertools import product
from string import ascii_lowercase

from briefgen import definites, heap, noun_phrases
from briefgen.definites import fuller_named
from briefgen.noun_phrases import INTRODUCER, PATTERNS_KEPT, introduces_noun

# made-up nouns, one per pair of letters: 676 of them, more than the patterns kept
NOUNS = [f"zorb{a}{b}ink" for a, b in product(ascii_lowercase, repeat=2)]


# The rule ``introduces_noun`` reads, as one pattern of the introducer and the stem: what
# ``noun_phrases._introduced`` answers without compiling it for every noun.
def _introduction(stem: str) -> re.Pattern[str]:
    return re.compile(
        rf"{INTRODUCER}{re.escape(stem)}(?:s|es)?\b"
        rf"|\b{re.escape(stem)}(?:s|es)\s+(?:in|on|at|against)\s+(?-i:[A-Z])",
        re.I,
    )


# Invented sentences around a stem: introducers near and far, plurals, a placed plural, the
# stem inside a longer word, other cases, curly quotes, an introducer six words back.
_AROUND = [
    "They saw a {n} on the quay.",
    "They saw {n} on the quay.",
    "Dozens of  young local {n}s waited.",
    "hundreds of very tired old {n}es left",
    "The {n}'s door was shut.",
    "Three {n}s in Lisbon closed; {n}s in lisbon did not.",
    "After {n}s against Ruritania, nobody spoke.",
    "A grey old small wet {n} sat there.",
    "An {N} stood. Then a super{n} came.",
    "“Another {n},” she said of the mayor’s {n}ing plan.",
    "the\ttown's\n{n}\n",
    "A {n}x and an x{n}.",
    "Its 1,200 {n} s ran.",
    "a",
    "",
]
_STEMS = ["worker", "hotel", "stud", "a", "us", "ship", "élève"]


def test_a_nouns_introduction_is_read_where_the_pattern_of_it_matches() -> None:
    for stem in _STEMS:
        for around in _AROUND:
            text = around.format(n=stem, N=stem.upper())
            for cut in range(0, len(text) + 1, 3):
                head = text[:cut]
                expected = _introduction(stem).search(head) is not None
                assert noun_phrases._introduced(stem, head) == expected, (stem, head)


def test_a_nouns_introduction_compiles_no_pattern_for_each_noun(monkeypatch) -> None:
    # asked of more nouns than any cache of patterns holds, it compiles the introducer's
    # alternation for none of them (on main: once a noun, and again for a noun let go)
    compiled: list[str] = []
    compile_ = re._compiler.compile  # type: ignore[attr-defined]

    def counting(pattern, flags=0):  # type: ignore[no-untyped-def]
        compiled.append(str(pattern))
        return compile_(pattern, flags)

    monkeypatch.setattr(re._compiler, "compile", counting)
    heap.forget_build()
    answers = [introduces_noun(noun, f"They saw a {noun} on the quay.") for noun in NOUNS]
    assert all(answers)
    assert not introduces_noun(NOUNS[0], f"Nobody spoke of {NOUNS[0]} on the quay.")
    assert introduces_noun(NOUNS[0], f"They saw a {NOUNS[0]} on the quay.")
    assert not [p for p in compiled if INTRODUCER in p]


def test_a_head_nouns_named_mentions_are_kept_for_the_latest_heads_only() -> None:
    heap.forget_build()

    def fuller(noun: str) -> str | None:
        shown = f"Boats were filmed near the {noun}'s lakefront."
        return fuller_named(shown, f"the {noun}", f"Tourists love the Harbour {noun}. ")

    answers = [fuller(noun) for noun in NOUNS]
    assert answers[0] == f"Boats were filmed near [the Harbour {NOUNS[0]}]'s lakefront."
    assert definites._named_with.cache_info().currsize <= PATTERNS_KEPT < len(NOUNS)
    # the first head's patterns were let go; asked again, it answers as before
    assert fuller(NOUNS[0]) == answers[0]


def test_a_head_the_article_never_wrote_compiles_no_pattern() -> None:
    heap.forget_build()
    shown = "Boats were filmed near the zorbqink's lakefront."
    assert fuller_named(shown, "the zorbqink", "Tourists love the Harbour pier. ") is None
    assert definites._named_with.cache_info().misses == 0
    assert fuller_named(shown, "the zorbqink", "Tourists love the Harbour Zorbqink. ") == (
        "Boats were filmed near [the Harbour Zorbqink]'s lakefront."
    )
    assert definites._named_with.cache_info().misses == 1
