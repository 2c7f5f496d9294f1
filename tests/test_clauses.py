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
