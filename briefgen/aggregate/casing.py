"""Words capitalised only where every word is: not names.

"Swine flu is spreading" capitalises "Swine" because a sentence starts with it, and so do
a headline and a caption glued before the text ("… 18.39 BST Swine flu has become"); the
recogniser may take it for a name (here a state). An actor known by one word that the
corpus writes in lower case more often than capitalised away from the start of a sentence
or a line is a common word ("swine", "propofol", "schools"), not a name.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence

from briefgen.models import Actor

# What may stand between the start of a sentence or a line and its first word.
_OPENING = re.compile(r"(?:^|[.!?:\n]|[.!?][\"'”’)])[\s\"'“‘(*•-]*$")
_WORD = re.compile(r"[A-Za-z]+")
# How far back to look for the start of the sentence.
_LOOKBACK = 12


def common_words(actors: Sequence[Actor], texts: Mapping[str, str]) -> set[str]:
    """Ids of one-word actors that are a common word capitalised by its place."""
    candidates = {a.id: a.name for a in actors if re.fullmatch(r"[A-Z][a-z]+", a.name)}
    if not candidates:
        return set()
    # one pass over each text's words (an alternation of every candidate name would cost
    # the corpus times the names)
    folded = {name.casefold() for name in candidates.values()}
    lower: Counter[str] = Counter()
    upper: Counter[str] = Counter()
    for text in texts.values():
        for m in _WORD.finditer(text):
            word = m.group()
            key = word.casefold()
            if key not in folded:
                continue
            if word.islower():
                lower[key] += 1
            elif not _opens(text, m.start()):
                upper[key] += 1
    return {aid for aid, name in candidates.items() if lower[k := name.casefold()] > upper[k]}


def _opens(text: str, start: int) -> bool:
    """Whether ``start`` begins a sentence or a line of ``text``."""
    return bool(_OPENING.search(text[max(0, start - _LOOKBACK) : start]))
