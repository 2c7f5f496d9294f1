"""Pending legal states a later verdict decided: "Murray denies involuntary manslaughter"
once a later source reports him convicted and sentenced.

A court story runs charge → plea → trial → verdict → sentence. Its early reports tell the
state of their day in the present tense ("denies", "faces a charge", "is on trial accused
of", "is awaiting sentence", "is due to be sentenced"),
and a summary quoting them after the verdict tells the reader a state that no longer holds.
A sentence telling a person's pending legal state is passed over once a source published
on a later day reports a verdict or a sentence naming that person. English tells these
stages with a few verbs whatever the case is about; who is meant comes from the extraction's
person mentions, not from the wording.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from datetime import date
from typing import TYPE_CHECKING

from briefgen.standalone import surname

if TYPE_CHECKING:
    from briefgen.bottomline import Candidate
    from briefgen.models import Extraction

__all__ = ["decided"]

# A verdict or a sentence handed down, told as done: "has been convicted", "was found
# guilty", "the jury acquitted", "was sentenced to", "gets four years".
_OUTCOME = re.compile(
    r"\b(?:was|were|has\s+been|have\s+been|had\s+been|is|are)\s+"
    r"(?:convicted|sentenced|acquitted|jailed|found\s+(?:not\s+)?guilty|cleared\s+of)\b"
    r"|\b(?:jury|jurors|court|judge)\s+(?:has\s+|have\s+)?"
    r"(?:convicted|acquitted|sentenced|found\s+\w+\s+(?:not\s+)?guilty|cleared)\b"
    r"|\bgets?\s+\w+\s+years?\b",
    re.I,
)
# A legal state awaiting its outcome: a denial or plea, a charge faced, a trial to come.
_PENDING = re.compile(
    r"\b(?:denies|denied|deny)\b"
    r"|\bplead(?:s|ed)?\s+not\s+guilty\b"
    r"|\bfac(?:es|ing|e)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:charges?|trial|counts?)\b"
    r"|\b(?:to|should|will|would)\s+stand\s+trial\b"
    r"|\b(?:is|are|goes|go|going|remains?)\s+on\s+trial\b"
    r"|\b(?:is|are|stands?|who\s+is)\s+accused\s+of\b"
    r"|\bawait(?:s|ing)?\s+(?:his\s+|her\s+|their\s+|the\s+)?(?:trial|verdict|sentenc\w+)\b"
    r"|\b(?:is|are)\s+due\s+to\s+(?:be\s+sentenced|stand\s+trial|face\s+trial)\b"
    r"|\b(?:is|was|has\s+been|been|who\s+is)\s+charged\b"
    r"|\bcharged\s+with\b",
    re.I,
)


def decided(
    candidates: Sequence[Candidate],
    extractions: Sequence[Extraction],
    published: Mapping[str, date | None],
) -> set[tuple[str, int]]:
    """(document, start) of the candidates telling a person's pending legal state that a
    candidate published on a later day reports decided (a verdict, a sentence) for a person
    both name."""
    people: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for x in extractions:
        for m in x.mentions:
            if m.type == "person" and m.kind in ("name", "surname"):
                people[m.doc].append((m.start, surname(m.text)))

    def named(c: Candidate) -> set[str]:
        ev = c.evidence
        return {name for at, name in people.get(ev.doc, ()) if ev.start <= at < ev.end}

    outcomes = [
        (day, named(c))
        for c in candidates
        if _OUTCOME.search(c.text) and (day := published.get(c.evidence.doc)) is not None
    ]
    if not outcomes:
        return set()
    out = set()
    for c in candidates:
        day = published.get(c.evidence.doc)
        if day is None or _PENDING.search(c.text) is None or _OUTCOME.search(c.text):
            continue
        who = named(c)
        if who and any(later > day and who & names for later, names in outcomes):
            out.add((c.evidence.doc, c.evidence.start))
    return out
