"""The corpus profile: how many documents each line occurs in.

A line that recurs across many documents of one corpus is page furniture (a menu, a
comment policy, a promo), whatever its words: articles on one topic share facts, but
rarely the same whole line in more than a few pages.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from briefgen.models import Document
from briefgen.structure.factboxes import BOX_HEADING

# Below this many documents recurrence says nothing: a handful of pages on one story
# may well repeat a background line.
MIN_DOCUMENTS = 8
# A line is furniture by recurrence alone when it is in at least this share of the
# documents (and at least ``MIN_RECURRING`` of them) ...
RECURRING_SHARE = 0.04
MIN_RECURRING = 5
# ... and when it is not shaped like a sentence, in this many.
MIN_RECURRING_FRAGMENT = 3


def line_key(line: str) -> str:
    """A line as the profile counts it: whitespace collapsed, case folded."""
    return " ".join(line.split()).casefold()


@dataclass(frozen=True)
class CorpusProfile:
    """Line → number of documents it occurs in, over one corpus."""

    documents: int = 0
    line_df: Mapping[str, int] = field(default_factory=dict)
    # first and last words of the strongly recurring lines: a line is searched for a glued
    # recurring line only when it starts or ends like one
    heads: frozenset[str] = frozenset()
    tails: frozenset[str] = frozenset()
    # box heading in capitals → number of documents with a line opening with it
    box_df: Mapping[str, int] = field(default_factory=dict)
    # words the corpus writes in lower case more often than capitalised inside a
    # sentence: common words, not names ("Given", "Used" opening a bullet are common)
    common: frozenset[str] = frozenset()

    def frequency(self, line: str) -> int:
        return self.line_df.get(line_key(line), 0)

    def recurring(self, line: str, *, sentence_shaped: bool) -> bool:
        """Whether ``line`` recurs often enough in the corpus to be furniture."""
        if self.documents < MIN_DOCUMENTS:
            return False
        df = self.frequency(line)
        if not sentence_shaped and df >= MIN_RECURRING_FRAGMENT:
            return True
        return df >= max(MIN_RECURRING, math.ceil(RECURRING_SHARE * self.documents))

    def recurring_prefix(self, text: str) -> int | None:
        """Where the longest recurring line glued at the start of ``text`` ends, if any."""
        if (
            self.documents < MIN_DOCUMENTS
            or _head(line_key(text[:MAX_GLUED_CHARS])) not in self.heads
        ):
            return None
        found = None
        for m in _BOUNDARY.finditer(text, MIN_GLUED_CHARS, MAX_GLUED_CHARS):
            if self._strong(text[: m.start()]):
                found = m.end()
        return found if found is not None and found < len(text) else None

    def recurring_suffix(self, text: str) -> int | None:
        """Where the longest recurring line glued at the end of ``text`` starts, if any."""
        if (
            self.documents < MIN_DOCUMENTS
            or _tail(line_key(text[-MAX_GLUED_CHARS:])) not in self.tails
        ):
            return None
        stripped = text.rstrip()
        lo = max(0, len(stripped) - MAX_GLUED_CHARS)
        for m in _BOUNDARY.finditer(stripped, lo, max(lo, len(stripped) - MIN_GLUED_CHARS)):
            if m.start() > 0 and self._strong(stripped[m.end() :]):
                return m.end()
        return None

    def recurring_box(self, heading: str) -> bool:
        """Whether a box under ``heading`` opens lines in several documents: a standing
        factbox ("SYMPTOMS - WHAT TO DO"), not a section of one article."""
        if self.documents < MIN_DOCUMENTS:
            return False
        return self.box_df.get(line_key(heading), 0) >= MIN_RECURRING_FRAGMENT

    def _strong(self, line: str) -> bool:
        return self.frequency(line) >= strong_frequency(self.documents)


def strong_frequency(documents: int) -> int:
    """Documents a line must recur in to be furniture whatever its shape."""
    return max(MIN_RECURRING, math.ceil(RECURRING_SHARE * documents))


def _head(key: str) -> str:
    return " ".join(key.split()[:GLUE_KEY_WORDS])


def _tail(key: str) -> str:
    return " ".join(key.split()[-GLUE_KEY_WORDS:])


_BOUNDARY = re.compile(r"\s+")
# A word in lower case, and a capitalised word inside a sentence (after a lower-case word
# or a comma): how often the corpus writes each word either way.
_LOWER = re.compile(r"(?<![\w'’@#/.-])[a-z]{2,}(?![\w'’-])")
_NAMED = re.compile(r"(?<=[a-z,;] )[A-Z][a-z]+(?![\w'’-])")
MIN_COMMON = 3
# A recurring line glued to other text is looked for only within these lengths.
MIN_GLUED_CHARS = 30
MAX_GLUED_CHARS = 400
GLUE_KEY_WORDS = 3


def build_profile(documents: Iterable[Document]) -> CorpusProfile:
    """One cheap pass over every document's lines (each line counted once per document)."""
    counts: Counter[str] = Counter()
    boxes: Counter[str] = Counter()
    lower: Counter[str] = Counter()
    named: Counter[str] = Counter()
    n = 0
    for doc in documents:
        n += 1
        lower.update(_LOWER.findall(doc.text))
        named.update(w.lower() for w in _NAMED.findall(doc.text))
        lines = doc.text.splitlines()
        counts.update({line_key(line) for line in lines if len(line.strip()) > 2})
        boxes.update({line_key(m.group()) for line in lines if (m := BOX_HEADING.match(line))})
    line_df = {k: v for k, v in counts.items() if v > 1}
    strong = [
        k for k, v in line_df.items() if v >= strong_frequency(n) and len(k) >= MIN_GLUED_CHARS
    ]
    return CorpusProfile(
        documents=n,
        line_df=line_df,
        heads=frozenset(_head(k) for k in strong),
        tails=frozenset(_tail(k) for k in strong),
        box_df={k: v for k, v in boxes.items() if v > 1},
        common=frozenset(w for w, c in lower.items() if c >= MIN_COMMON and c > named[w]),
    )
