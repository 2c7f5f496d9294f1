"""The subjects of a large corpus's ranked lines are found without holding every line's
words at once, and only the lines the summary compares have theirs kept (docs/scale.md,
Part BZ): the same subjects as reading all of them together."""

from __future__ import annotations

import random
import tracemalloc
from datetime import date

import pytest

from briefgen import heap, threads
from briefgen.aggregate.terms import Idf, terms
from briefgen.bottomline import Candidate
from briefgen.models import Evidence
from briefgen.subjects import subjects_of
from briefgen.threads import Opening, weigh

# invented firms, thirty of them: each a few documents' subject, or many documents'
_FIRMS = [f"{a}{b}" for a in ("Nor", "West", "Kes", "Ash", "Bel") for b in ("land", "bay", "ford")]
_FIRMS += [f"{firm} Corp" for firm in _FIRMS]
_VERBS = ["closed at", "earned", "said it would cut", "reported", "bought"]
_HEADS = ["Shares", "Nearly", "The company", "Analysts", "Acme"]


def _lines(rng: random.Random, n: int, docs: int) -> list[tuple[str, str]]:
    """Invented wire lines: a first word that is a name in some, not others, and firms
    some documents give and most do not."""
    out = []
    for _ in range(n):
        firm = rng.choice(_FIRMS)
        words = [rng.choice(_HEADS), "of", firm, rng.choice(_VERBS), f"${rng.randrange(90)}"]
        if rng.random() < 0.3:
            words.append(f"after {rng.choice(_FIRMS)} spoke")
        if rng.random() < 0.1:
            words.append("nearly shares")  # the corpus writes these in lower case too
        out.append((f"d{rng.randrange(docs)}", " ".join(words) + "."))
    return out


def test_the_lines_counted_among_tell_the_same_subjects_as_read_together() -> None:
    rng = random.Random(7)
    for _ in range(20):
        asked, rest = _lines(rng, 30, 12), _lines(rng, 60, 40)
        heads = {doc: text for doc, text in _lines(rng, 12, 12)}
        together = subjects_of([*asked, *rest], heads)[: len(asked)]
        assert subjects_of(asked, heads, among=rest) == together
    # the rest decides: without it, names only the asked lines give look rare
    assert subjects_of(asked, heads) != together


def test_subjects_of_holds_no_line_s_words_beyond_its_own_reading() -> None:
    # Lines naming no one: what is left once the subjects are found is a list slot a
    # line; what is held meanwhile must not be each line's words (main held ~1.4 kB a
    # line as (word, flag) pairs: 40,000 ranked lines were the summary's peak).
    heap.forget()
    lines = [
        (f"d{i % 500}", f"officials said the count rose to {i} cases after {i + 7} tests")
        for i in range(20_000)
    ]
    subjects_of(lines[:100])  # the module's own tables made, outside the measure
    heap.forget()
    tracemalloc.start()
    try:
        found = subjects_of(lines)
        held, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
        heap.forget()
    assert found == [frozenset()] * len(lines)
    # the words' cache (``_read_tokens``, at most 8,192 lines) is what is left
    assert (peak - held) / len(lines) < 200


def test_weigh_keeps_subjects_only_of_the_lines_it_compares(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[tuple[int, int]] = []
    original = threads.subjects_of

    def spy(
        texts: list[tuple[str, str]],
        heads: dict[str, str] | None = None,
        among: list[tuple[str, str]] | tuple[()] = (),
    ) -> list[frozenset[str]]:
        asked.append((len(texts), len(among)))
        return original(texts, heads, among)

    monkeypatch.setattr(threads, "subjects_of", spy)
    monkeypatch.setattr(threads, "READ", 3)  # 3 lines read, each against COMPARED times more
    rng = random.Random(3)
    lines = _lines(rng, 40, 10)
    idf = Idf(terms(t) for _, t in lines)
    ranked = [
        Candidate(t, Evidence(doc, i, i + len(t), t, t, i), idf.vector(terms(t)), 1 - i / 100)
        for i, (doc, t) in enumerate(lines)
    ]
    ledes = {"d1": [lines[1][1]], "d2": [lines[2][1]]}
    published = {f"d{k}": date(2021, 5, 2) for k in range(10)}
    weigh(ranked, ledes, idf, published, Opening(set(), set(), set()))
    compared = 3 * threads.COMPARED
    assert asked == [(compared + 2, len(ranked) - compared)]
