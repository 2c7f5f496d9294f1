"""The lines a genre repeats: one shape told of a different subject in each report.

Every genre has its furniture: lines each report carries in the same shape about a
different subject ("X closed at $N, up N cents", "For the quarter a year ago, X earned
$N", "Y condemned the bombing"). Told with other names, the line recurs across the corpus
in one shape: it is the page's routine, not a development, and it neither corroborates
itself nor fills the summary (``templates``). A running count told again of the same
subject ("the US has N cases") is a series, not a template: its names stay the same.
The shape is read from the corpus, not from a list of any genre's words.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from itertools import pairwise

from briefgen.aggregate.terms import norm
from briefgen.subjects import named_words, other_subject, subjects_of

__all__ = [
    "COMPARED",
    "READ",
    "SHAPE_SIMILAR",
    "TEMPLATE_DOCS",
    "extends_deadline",
    "shape",
    "templates",
]

# Two sentences whose shapes (names and numbers masked) are this similar are told alike.
SHAPE_SIMILAR = 0.6
# A shape told of other subjects in at least this many other documents is a template.
TEMPLATE_DOCS = 3
# Only the best-scored candidates are read for templates and support: the rest is never
# shown, and reading every pair of a large corpus's sentences would take minutes.
READ = 300
# Each of them is compared with this many times as many of the best-scored sentences.
COMPARED = 4

# The glue every sentence shares: not a word of a line's shape alone (its pairs keep it).
_GLUE = frozenset(
    """
    a an the of in on at to for from by with and or but as that which who
    is are was were be been has have had it its their his her he she they said says told
    """.split()  # noqa: SIM905 - a word list reads best as prose
)


def shape(text: str) -> dict[str, float]:
    """The sentence's words and word pairs with names and numbers masked: "Oneida's shares
    closed at $18.375" and "Compaq shares closed at $100" have nearly one shape."""
    masked: list[str] = []
    for word, name in named_words(text):
        if word[:1].isdigit() or word[:1] in "$€£":
            masked.append("#")
        elif name:
            if masked and masked[-1] == "N":
                continue  # "New York Stock Exchange" is one name
            masked.append("N")
        else:
            masked.append(word.lower())
    # Word pairs keep the order of the line; single words only those that are not the
    # glue every sentence shares ("the", "said", "that").
    grams = Counter(w for w in masked if w not in _GLUE) + Counter(
        f"{a} {b}" for a, b in pairwise(masked)
    )
    return {g: float(n) for g, n in grams.items()}


def templates(
    texts: Sequence[tuple[str, str]],
    subjects: Sequence[frozenset[str]] | None = None,
    *,
    read: int = READ,
) -> set[int]:
    """The indexes of the first ``read`` (document, text) ``texts`` told in a shape that
    ``TEMPLATE_DOCS`` other documents give of another subject: each names someone the
    corpus's other sentence does not, and few documents name ("Oneida's shares closed at
    $18.375", "Compaq shares closed at $100"). The names most documents give are the
    story's common ground ("Kenya", "the New York Stock Exchange"): sentences sharing only
    those tell one story in several words, not a genre's routine. ``subjects``: each
    text's, when the caller knows better than ``subjects_of``."""
    if subjects is None:
        subjects = subjects_of(texts)
    # A line is compared with the best-scored sentences only: a template recurs among them.
    texts, subjects = texts[: read * COMPARED], subjects[: read * COMPARED]
    alike = _Alike([shape(t) for _, t in texts])
    out = set()
    for i in range(min(read, len(texts))):
        doc, subject = texts[i][0], subjects[i]
        if not subject:
            continue
        others: set[str] = set()
        for j in alike.to(i):
            other = texts[j][0]
            if other == doc or other in others or not other_subject(subject, subjects[j]):
                continue
            others.add(other)
            if len(others) >= TEMPLATE_DOCS:
                out.add(i)
                break
    return out


class _Alike:
    """Which shapes are told like a given one (cosine >= ``SHAPE_SIMILAR``), against all of
    them at once: each gram's counts are listed with the shapes holding it, and one shape's
    grams' products summed per shape. Read pair by pair, 300 lines against 1,200 were
    ~360,000 pairs in Python, a second of a 200-article rebuild. The counts are whole
    numbers, so each sum is exact in any order, and each bound is computed as the pair's
    was (``SHAPE_SIMILAR * norm * norm``, left to right): the same shapes are alike."""

    def __init__(self, shapes: Sequence[Mapping[str, float]]) -> None:
        # declared in pyproject (spaCy brings it too); imported here, when a summary is made
        import numpy as np

        self._shapes = shapes
        self._norms = np.array([norm(s) for s in shapes], dtype=np.float64)
        self._index: dict[str, int] = {}
        grams, holders, counts = [], [], []
        for j, s in enumerate(shapes):
            for g, n in s.items():
                grams.append(self._index.setdefault(g, len(self._index)))
                holders.append(j)
                counts.append(n)
        order = np.argsort(np.array(grams, dtype=np.int64), kind="stable")
        self._holders = np.array(holders, dtype=np.int64)[order]
        self._counts = np.array(counts, dtype=np.float64)[order]
        # gram k's holders are at [bounds[k], bounds[k + 1]) of the sorted lists
        self._bounds = np.searchsorted(
            np.array(grams, dtype=np.int64)[order], np.arange(len(self._index) + 1)
        ).tolist()

    def to(self, i: int) -> list[int]:
        """The shapes told like shape ``i`` (itself among them), in order."""
        import numpy as np

        spans, weights, lengths = [], [], []
        for g, n in self._shapes[i].items():
            k = self._index[g]
            start, end = self._bounds[k], self._bounds[k + 1]
            spans.append(np.arange(start, end))
            weights.append(n)
            lengths.append(end - start)
        at = np.concatenate(spans) if spans else np.zeros(0, dtype=np.int64)
        each = np.repeat(np.array(weights, dtype=np.float64), lengths)
        dots = np.bincount(
            self._holders[at], weights=self._counts[at] * each, minlength=len(self._shapes)
        )
        need = SHAPE_SIMILAR * float(self._norms[i]) * self._norms
        return [int(j) for j in np.flatnonzero(dots >= need)]


# "extended its tender offer ... until 5 p.m. EST, Nov. 6", "extended the deadline for
# bids to Friday": a deadline moved to a stated day or hour.
_EXTENDS = re.compile(
    r"\bextend(?:ed|s|ing)?\b[^.;]{0,120}?\b(?:offer|deadline|expiration|closing\s+date"
    r"|tender|bid|period)\b[^;]{0,160}?\b(?:until|to|through|till)\s+(?:\d|noon|midnight"
    r"|(?:Jan|Feb|March|April|May|June|July|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+\d"
    r"|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
)


def extends_deadline(text: str) -> bool:
    """Whether ``text`` is a procedural notice moving a deadline ("X extended its tender
    offer, unchanged, until 5 p.m. Nov. 6"): business copy gives every corporate notice a
    self-contained lede rich in figures, but the terms restated are the earlier news and the
    new day is the notice's only news: no story's bottom line."""
    return _EXTENDS.search(text) is not None
