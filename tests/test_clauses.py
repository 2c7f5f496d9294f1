"""Clause trimming terminates whatever the parse looks like."""

from __future__ import annotations

import signal
from types import FrameType

from briefgen.extract.clauses import clause_tokens


def _too_slow(signum: int, frame: FrameType | None) -> None:
    raise TimeoutError("clause_tokens did not return")


def test_a_date_outside_the_verbs_subtree_does_not_hang(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("The minister left early. On Monday the talks resumed in Geneva.")
    verb = next(t for t in doc if t.text == "left")
    monday = next(t for t in doc if t.text == "Monday")
    previous = signal.signal(signal.SIGALRM, _too_slow)
    signal.alarm(5)
    try:
        words = [t.text for t in clause_tokens(verb, doc[monday.i : monday.i + 1])]
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    assert "minister" in words and "left" in words


def test_a_sentence_of_100000_words_is_trimmed_without_recursion_error() -> None:
    # A 100,000-word run-on sentence parses into a chain of modifiers far deeper than
    # Python's recursion limit; the clause walk must still return a short description.
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    n = 100_000
    words = ["Officials", "said", *["and"] * (n - 2)]
    heads = [1, 1, *range(1, n - 1)]  # each word hangs off the one before it
    deps = ["nsubj", "ROOT", *["dobj"] * (n - 2)]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps)
    tokens = clause_tokens(doc[1], None)
    assert tokens[0].text == "Officials" and tokens[1].text == "said"
    assert len(tokens) <= 40


def test_a_clause_that_leaves_out_half_a_quotation_shows_neither_mark(nlp) -> None:  # type: ignore[no-untyped-def]
    from briefgen.extract.clauses import render

    doc = nlp("The president said she had been “practically kidnapped” by the boyfriend.")
    cut = [t for t in doc if t.text != "”"]
    assert render(cut) == "The president said she had been practically kidnapped by the boyfriend."
    assert render(list(doc)) == (
        "The president said she had been “practically kidnapped” by the boyfriend."
    )
