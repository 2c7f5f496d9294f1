"""Words capitalised only where every word is: not names.

"Swine flu is spreading" capitalises "Swine" because a sentence starts with it; the
recogniser may take it for a name (here a state). A word the corpus writes in lower case
inside sentences more often than with a capital, and that an actor's record only ever
holds at the start of a sentence, a line or a headline, is a common word, not a name.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence

from briefgen.models import Actor

# What may stand between the start of a sentence or a line and its first word.
_OPENING = re.compile(r"(?:^|[.!?:\n]|[.!?][\"'”’)])[\s\"'“‘(*•-]*$")
# How far back to look for the start of the sentence.
_LOOKBACK = 12


def common_words(actors: Sequence[Actor], texts: Mapping[str, str]) -> set[str]:
    """Ids of one-word actors that are a common word capitalised by its place."""
    candidates = {
        a.id: a.name
        for a in actors
        if re.fullmatch(r"[A-Z][a-z]+", a.name)
        and all(_opens(texts.get(m.doc, ""), m.start) for m in a.mentions)
    }
    if not candidates:
        return set()
    names = sorted(set(candidates.values()))
    pattern = re.compile(r"\b(?:" + "|".join(names) + r")\b", re.IGNORECASE)
    lower: Counter[str] = Counter()
    upper: Counter[str] = Counter()
    for text in texts.values():
        for m in pattern.finditer(text):
            word = m.group()
            if word.islower():
                lower[word.capitalize()] += 1
            elif not _opens(text, m.start()):
                upper[word] += 1
    return {aid for aid, name in candidates.items() if lower[name] > upper[name]}


def _opens(text: str, start: int) -> bool:
    """Whether ``start`` begins a sentence or a line of ``text``."""
    return bool(_OPENING.search(text[max(0, start - _LOOKBACK) : start]))
