"""Story weight: the news threads several sources open on, and the lines a genre repeats.

News is written as an inverted pyramid: each report puts its news in its lede, and the
paragraphs below give reactions, background and detail. A development several
independent sources open on within one news cycle weighs more than a detail one page
gives in its ninth paragraph, however central its words are to the corpus
(``lede_support``).

Every genre also has its furniture: lines each report carries in the same shape about a
different subject ("X closed at $N, up N cents", "For the quarter a year ago, X earned
$N", "Y condemned the bombing"). Told with other names, the line recurs across the corpus
in one shape: it is the page's routine, not a development, and it neither corroborates
itself nor fills the summary (``templates``). A running count told again of the same
subject ("the US has N cases") is a series, not a template: its names stay the same.
The shape is read from the corpus, not from a list of any genre's words.
"""

from __future__ import annotations

import re
import sys
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence, Set
from dataclasses import dataclass, replace
from datetime import date, timedelta
from itertools import pairwise

from briefgen import heap
from briefgen.aggregate.terms import Idf, cosine, norm, terms
from briefgen.bottomline import COPY, NEWS_DAYS, SAME_NEWS, Candidate

__all__ = [
    "SHAPE_SIMILAR",
    "TEMPLATE_DOCS",
    "Opening",
    "closing_thread",
    "lede_support",
    "other_subject",
    "shape",
    "subjects_of",
    "templates",
    "weigh",
]

# Two sentences whose shapes (names and numbers masked) are this similar are told alike.
SHAPE_SIMILAR = 0.6
# A shape told of other subjects in at least this many other documents is a template.
TEMPLATE_DOCS = 3
# A name given in at most this many documents, or this share of them, is a subject of its
# own; one most documents give is the story's common ground.
RARE_DOCS = 2
RARE_SHARE = 0.1
# What each independent source opening on the same news adds to a sentence's score, for
# up to THREAD_SOURCES sources: the weight of its thread in the story.
THREAD = 0.05
THREAD_SOURCES = 4
# A bottom line with no corroborated development tells news this many sources of the last
# news cycle open on.
CLOSING_SOURCES = 2
# Only the best-scored candidates are read for templates and support: the rest is never
# shown, and reading every pair of a large corpus's sentences would take minutes.
READ = 300
# Each of them is compared with this many times as many of the best-scored sentences.
COMPARED = 4

_GLUE = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "from",
        "by",
        "with",
        "and",
        "or",
        "but",
        "as",
        "that",
        "which",
        "who",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "has",
        "have",
        "had",
        "it",
        "its",
        "their",
        "his",
        "her",
        "he",
        "she",
        "they",
        "said",
        "says",
        "told",
    ]
)
_TOKEN = re.compile(r"[$€£]?\d[\d,.]*%?|[A-Za-z][\w'’.-]*|[$€£%]")


def _tokens(text: str, known: Set[str] = frozenset()) -> list[tuple[str, bool]]:
    """Each token of ``text`` with whether it is a name: capitalised past the first word,
    or first and ``known`` as a name the corpus capitalises mid-sentence ("Blockbuster
    shares closed", not "Nearly simultaneous bombings")."""
    out = [(word, word[:1].isupper()) for word in _read_tokens(text)]
    if out and out[0][1]:
        out[0] = (out[0][0], _bare(out[0][0]) in known)
    return out


@heap.corpus_cache(1 << 13)
def _read_tokens(text: str) -> tuple[str, ...]:
    """``text``'s words, for ``_tokens``: each line is read three times a build (its
    subjects, its names, its shape). Held until the summary ends, the table is the
    largest then; each word is kept once (``sys.intern``: "the", "said" and the names
    recur in every line), not once a line with a flag beside it in a pair of its own."""
    return tuple(sys.intern(m[0].rstrip(".")) for m in _TOKEN.finditer(text))


def _bare(word: str) -> str:
    return word.lower().removesuffix("'s").removesuffix("’s")


def shape(text: str) -> dict[str, float]:
    """The sentence's words and word pairs with names and numbers masked: "Oneida's shares
    closed at $18.375" and "Compaq shares closed at $100" have nearly one shape."""
    masked: list[str] = []
    for word, name in _tokens(text):
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


def _names(text: str, known: Set[str] = frozenset()) -> frozenset[str]:
    """The runs of names in ``text`` (``_tokens``)."""
    runs: list[str] = []
    current: list[str] = []
    for word, name in _tokens(text, known):
        if name:
            current.append(_bare(word))
        elif current:
            runs.append(" ".join(current))
            current = []
    if current:
        runs.append(" ".join(current))
    return frozenset(runs)


def subjects_of(
    texts: Sequence[tuple[str, str]], heads: Mapping[str, str] | None = None
) -> list[frozenset[str]]:
    """Each (document, text)'s subjects: the names in it that few of the documents give
    (at most ``RARE_DOCS``, or ``RARE_SHARE`` of them). The names most documents give are
    the story's common ground ("Kenya", "the New York Stock Exchange"). A text naming no
    one at all is about its document's subject: the one its first sentence (``heads``:
    each document's) names ("The conversion price for the debentures is $41.725")."""
    heads = heads or {}
    texts = [*texts, *heads.items()]
    # A capitalised first word is a name when the corpus capitalises it mid-sentence too, or
    # never writes it in lower case ("Blockbuster shares closed"; "Nearly" is written
    # "nearly" elsewhere).
    tokens = [_tokens(t) for _, t in texts]
    known = {_bare(w) for found in tokens for w, name in found if name}
    lower = {w for found in tokens for w, _ in found if w[:1].islower()}
    known |= {
        _bare(found[0][0])
        for found in tokens
        if found and found[0][0][:1].isupper() and found[0][0].lower() not in lower
    }
    names = [_names(t, known) for _, t in texts]
    seen: dict[str, set[str]] = defaultdict(set)
    for (doc, _), found in zip(texts, names, strict=True):
        for name in found:
            seen[name].add(doc)
    few = max(RARE_DOCS, RARE_SHARE * len({doc for doc, _ in texts}))
    out = [frozenset(n for n in found if len(seen[n]) <= few) for found in names]
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


Told = tuple[str, Mapping[str, float], frozenset[str]]


def lede_support(
    sentences: Sequence[Told],
    ledes: Sequence[Told],
    published: Mapping[str, date | None],
    *,
    same_news: float,
    copy: float,
    days: int,
) -> list[int]:
    """For each (document, vector, subjects) of ``sentences``, how many independent
    documents published within ``days`` of it open (``ledes``: each document's lede
    sentences) on the same news: a lede as similar as ``same_news`` (cosine) and not about
    another subject (``other_subject``: two companies' notices alike in words are two
    news). Its own document counts when its lede tells it, and a lede copied word for word
    (cosine ``copy``) counts once."""
    by_doc: dict[str, list[tuple[Mapping[str, float], frozenset[str]]]] = defaultdict(list)
    for doc, vector, subject in ledes:
        by_doc[doc].append((vector, subject))
    out = []
    for doc, vector, subject in sentences:
        day = published.get(doc)
        if day is None or not vector:
            out.append(0)
            continue
        told: list[Mapping[str, float]] = []
        for other, opening in by_doc.items():
            when = published.get(other)
            if when is None or abs((when - day).days) > days:
                continue
            same = [v for v, s in opening if not other_subject(subject, s)]
            best = max(same, key=lambda v: cosine(vector, v), default={})
            if cosine(vector, best) < same_news:
                continue
            if other != doc and any(cosine(best, t) >= copy for t in told):
                continue  # wire copy run again by another site: one source
            told.append(best)
        out.append(len(told))
    return out


@dataclass(frozen=True)
class Opening:
    """Where each document's news is told: the (document, start) of its lede sentences,
    of its first body sentence, and of the sentences recalling only older events."""

    ledes: Set[tuple[str, int]] = frozenset()
    first: Set[tuple[str, int]] = frozenset()
    background: Set[tuple[str, int]] = frozenset()


def weigh(
    ranked: list[Candidate],
    ledes: Mapping[str, list[str]],
    idf: Idf,
    published: Mapping[str, date | None],
    opening: Opening,
) -> list[Candidate]:
    """The best ``READ`` candidates rescored by the weight of their news thread: a lede
    sentence (``opening``) gains for each independent source opening on the same news
    within ``NEWS_DAYS`` (``threads.lede_support``; ``ledes``: each document's lede
    sentences, read with the candidates' ``idf``). The inverted pyramid puts the news
    first: the same words in paragraph 20, or recalling an older event, tell it in passing.
    A line told in one shape of other subjects across the corpus (``threads.templates``)
    gets no support, and but as its article's first sentence it is the genre's routine.
    Then the rest as they were."""
    pool = ranked[:READ]
    keys = [(c.evidence.doc, c.evidence.start) for c in pool]
    told = [(doc, text) for doc, texts in ledes.items() for text in texts]
    texts = [*((c.evidence.doc, c.text) for c in ranked), *told]
    subjects = subjects_of(texts, {doc: lines[0] for doc, lines in ledes.items() if lines})
    routine = templates(texts[: len(ranked)], subjects[: len(ranked)], read=len(pool))
    support = lede_support(
        [
            (
                c.evidence.doc,
                c.vector if k in opening.ledes and k not in opening.background else {},
                subject,
            )
            for c, k, subject in zip(pool, keys, subjects, strict=False)
        ],
        [
            (doc, idf.vector(terms(text)), subject)
            for (doc, text), subject in zip(told, subjects[len(ranked) :], strict=True)
        ],
        published,
        same_news=SAME_NEWS,
        copy=COPY,
        days=NEWS_DAYS,
    )
    out = []
    for i, (c, n) in enumerate(zip(pool, support, strict=True)):
        if i in routine:
            # a series' latest count is where the story stands, however routine its line
            out.append(replace(c, routine=keys[i] not in opening.first and not c.count))
            continue
        bonus = THREAD * min(n, THREAD_SOURCES)
        back = keys[i] in opening.background
        out.append(replace(c, score=round(c.score + bonus, 6), sources=n, background=back))
    out.sort(key=lambda c: (-c.score, c.evidence.doc, c.evidence.start))
    return out + ranked[READ:]


def closing_thread(
    candidates: Sequence[Candidate], published: Mapping[str, date | None]
) -> Candidate | None:
    """Where the story stands when no development is corroborated: the news most sources
    of the corpus's last news cycle open on (at least ``CLOSING_SOURCES``), told by a lede
    of that cycle that is no one's quotation."""
    days = [d for d in published.values() if d is not None]
    if not days:
        return None
    end = max(days)
    last = [
        c
        for c in candidates
        if c.sources >= CLOSING_SOURCES
        and not c.text.startswith(('"', "“", "‘"))
        and (published.get(c.evidence.doc) or date.min) >= end - timedelta(NEWS_DAYS)
    ]
    return max(last, key=lambda c: (c.sources, c.score), default=None)
