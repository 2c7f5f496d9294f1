"""Sources that give one person in one event different ages ("a nine-year-old girl died"
in one report, "a six-year-old girl" in another).

A reader trusts a figure two independent sources agree on; when they differ, the brief
says so. Only a precise case is told: two reports of the same event (one cluster, and
sentences that say the same thing), from different documents that are not copies, each
giving exactly one age, in the same unit, and the ages differ by more than one unit
(``precision.within_precision``: a 22-month-old in one report is a 23-month-old in the
next, the child a day older or the desk counting otherwise). A sentence with two ages
speaks of two people and is left out; so is a pair of reports that tell different news.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefgen.aggregate.terms import Idf, cosine, terms
from briefgen.bottomline import COPY
from briefgen.extract.timex.lexicon import SMALL
from briefgen.models import Cited, Event, EventMention
from briefgen.precision import within_precision
from briefgen.standing import CORROBORATES

__all__ = ["age_disagreements"]

_WORDS = {w: n for w, n in SMALL.items() if 1 <= n <= 12}  # "nine-year-old"
_AGE = re.compile(rf"\b(\d{{1,3}}|{'|'.join(_WORDS)})[-\s](year|month|week|day)s?[-\s]old\b", re.I)


def _age(sentence: str) -> tuple[int, str] | None:
    """The one age a sentence gives, as (number, unit), or None for none or several."""
    found = _AGE.findall(sentence)
    if len(found) != 1:
        return None
    number, unit = found[0]
    value = int(number) if number.isdigit() else _WORDS[number.lower()]
    return value, unit.lower()


def age_disagreements(events: Sequence[Event]) -> tuple[Cited, ...]:
    """For each event two independent reports of which give different ages, one line
    citing both ("... : sources give the age as 22 months vs 23 months.")."""
    idf = Idf(terms(_AGE.sub(" ", m.evidence.sentence)) for e in events for m in e.mentions)
    out: list[Cited] = []
    for event in sorted(events, key=lambda e: (-e.salience, e.id)):
        aged = [(m, a) for m in event.mentions if (a := _age(m.evidence.sentence)) is not None]
        pair = _differing(aged, idf)
        if pair is None:
            continue
        (first, (x, unit)), (second, (y, _)) = sorted(pair, key=lambda p: p[1][0])
        text = (
            f"{event.description.rstrip('.')}: sources give the age as {x} {unit}s vs {y} {unit}s."
        )
        out.append(Cited(text, (first.evidence, second.evidence)))
    return tuple(out)


def _differing(
    aged: list[tuple[EventMention, tuple[int, str]]], idf: Idf
) -> tuple[tuple[EventMention, tuple[int, str]], tuple[EventMention, tuple[int, str]]] | None:
    """The first two reports from different documents telling the same news (as similar
    as ``standing.CORROBORATES`` asks) with ages in the same unit more than one unit
    apart, if any."""
    # Compared without their ages: "23-month-old" and "22-month old" are the disagreement.
    vectors = [idf.vector(terms(_AGE.sub(" ", m.evidence.sentence))) for m, _ in aged]
    for i, (m, a) in enumerate(aged):
        for j in range(i + 1, len(aged)):
            n, b = aged[j]
            if m.doc == n.doc or a[1] != b[1] or within_precision(a[0], b[0]):
                continue
            if CORROBORATES <= cosine(vectors[i], vectors[j]) < COPY:
                return (m, a), (n, b)
    return None
