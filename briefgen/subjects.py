"""Who a line is about: the names in it that few of the corpus's documents give.

A sentence's subjects are the runs of names it gives (capitalised words past the first,
or a first word the corpus capitalises mid-sentence too) that at most a few documents
give; the names most documents give are the story's common ground ("Kenya", "the New
York Stock Exchange"). Two lines each naming a subject of its own, and none in common, are
about different things: two companies' notices alike in words are two news
(``threads.lede_support``), and a shape told of other subjects is a genre's routine
(``routine.templates``).
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence, Set
from itertools import chain

from briefgen import heap

__all__ = ["RARE_DOCS", "RARE_SHARE", "named_words", "other_subject", "subjects_of"]

# A name given in at most this many documents, or this share of them, is a subject of its
# own; one most documents give is the story's common ground.
RARE_DOCS = 2
RARE_SHARE = 0.1

_NO_NAMES: frozenset[str] = frozenset()

_TOKEN = re.compile(r"[$€£]?\d[\d,.]*%?|[A-Za-z][\w'’.-]*|[$€£%]")


def named_words(text: str, known: Set[str] = frozenset()) -> list[tuple[str, bool]]:
    """Each token of ``text`` with whether it is a name: capitalised past the first word,
    or first and ``known`` as a name the corpus capitalises mid-sentence ("Blockbuster
    shares closed", not "Nearly simultaneous bombings")."""
    out = [(word, word[:1].isupper()) for word in _read_tokens(text)]
    if out and out[0][1]:
        out[0] = (out[0][0], _bare(out[0][0]) in known)
    return out


@heap.corpus_cache(1 << 13)
def _read_tokens(text: str) -> tuple[str, ...]:
    """``text``'s words, for ``named_words``: each line is read three times a build (its
    subjects, its names, its shape). Held until the summary ends, the table is the
    largest then; each word is kept once (``sys.intern``: "the", "said" and the names
    recur in every line), not once a line with a flag beside it in a pair of its own."""
    return tuple(sys.intern(m[0].rstrip(".")) for m in _TOKEN.finditer(text))


def _bare(word: str) -> str:
    return word.lower().removesuffix("'s").removesuffix("’s")


def _names(text: str, known: Set[str] = frozenset()) -> frozenset[str]:
    """The runs of names in ``text`` (``named_words``)."""
    runs: list[str] = []
    current: list[str] = []
    for word, name in named_words(text, known):
        if name:
            current.append(_bare(word))
        elif current:
            runs.append(" ".join(current))
            current = []
    if current:
        runs.append(" ".join(current))
    # most lines name no one: one empty set for all of them, not one a line
    return frozenset(runs) if runs else _NO_NAMES


def _known_names(texts: Iterable[str]) -> set[str]:
    """The words ``texts`` give as names: capitalised past the first word, or first and
    never written in lower case ("Blockbuster shares closed"; "Nearly" is written "nearly"
    elsewhere). One line's words at a time: only the sets are kept."""
    known: set[str] = set()
    lower: set[str] = set()
    first: set[str] = set()
    for text in texts:
        # with nothing known yet, ``named_words`` flags a name past the first word only
        found = named_words(text)
        if found and found[0][0][:1].isupper():
            first.add(found[0][0])
        for word, name in found:
            if word[:1].islower():
                lower.add(word)
            elif name:
                known.add(_bare(word))
    known |= {_bare(word) for word in first if word.lower() not in lower}
    return known


def _rare(found: frozenset[str], seen: Mapping[str, set[str]], few: float) -> frozenset[str]:
    """The names of ``found`` that at most ``few`` documents give (``seen``); ``found``
    itself when all are, so a line's subjects are not a second set beside its names."""
    rare = [name for name in found if len(seen[name]) <= few]
    return found if len(rare) == len(found) else frozenset(rare)


def subjects_of(
    texts: Sequence[tuple[str, str]],
    heads: Mapping[str, str] | None = None,
    among: Sequence[tuple[str, str]] = (),
) -> list[frozenset[str]]:
    """Each (document, text)'s subjects: the names in it that few of the documents give
    (at most ``RARE_DOCS``, or ``RARE_SHARE`` of them). The names most documents give are
    the story's common ground ("Kenya", "the New York Stock Exchange"). A text naming no
    one at all is about its document's subject: the one its first sentence (``heads``:
    each document's) names ("The conversion price for the debentures is $41.725").
    ``among``: the corpus's other lines, which tell what is a name and how many documents
    give it as ``texts`` do, but whose own subjects no one asks: theirs are not kept."""
    heads = heads or {}
    texts = [*texts, *heads.items()]
    known = _known_names(t for _, t in chain(texts, among))
    # Each line's words are read again here, not kept from the pass above: the ranked
    # candidates of a large corpus are tens of thousands of lines, and their words held
    # all at once as (word, flag) pairs were the summary stage's peak (docs/scale.md,
    # Part BZ). Of ``among`` only who names whom is counted.
    names = [_names(t, known) for _, t in texts]
    seen: dict[str, set[str]] = defaultdict(set)
    for (doc, _), found in zip(texts, names, strict=True):
        for name in found:
            seen[name].add(doc)
    for doc, text in among:
        for name in _names(text, known):
            seen[name].add(doc)
    few = max(RARE_DOCS, RARE_SHARE * len({doc for doc, _ in chain(texts, among)}))
    out = [_rare(found, seen, few) for found in names]
    head = dict(zip(heads, out[len(out) - len(heads) :], strict=True))
    return [
        subject if found else head.get(doc, subject)
        for (doc, _), found, subject in zip(
            texts[: len(texts) - len(heads)], names, out, strict=False
        )
    ]


def other_subject(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two sentences with these subjects (``subjects_of``) are about different
    ones: each names its own and they share none ("Conseco" and "Automatic Data")."""
    return bool(a) and bool(b) and not a & b
