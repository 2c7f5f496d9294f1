"""Terms set for a deal not yet made, once a later source reports the deal made.

A broadcast read or a wire story written while talks go on tells the parties' terms in the
present tense: "the council insists any deal must keep the ports open", "an
agreement would have to include the ports". Once a source published on a later day reports
an agreement signed or reached ("the accord signed by Marlow and Penbury"), the terms are
where the story was: quoted undated in a summary that spans the later report, they read as
"no deal yet". A sentence setting terms for a prospective deal is passed over when a later
document tells an agreement made, not negated, naming one of the names it names.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Mapping, Sequence
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from briefgen.bottomline import Candidate
    from briefgen.models import Extraction

__all__ = ["settled_terms"]

_DEAL = r"(?:deal|agreement|accord|settlement|compromise|treaty)"
# Terms for a deal to come: "any deal must", "an agreement would have to", "the final
# accord should".
_TERMS = re.compile(
    rf"\b(?:any|an?|the)\s+(?:final\s+|eventual\s+|future\s+|new\s+)?{_DEAL}\s+"
    r"(?:must|should|would\s+(?:have|need)\s+to|has\s+to|needs?\s+to|will\s+have\s+to)\b",
    re.I,
)
# A deal told made: "the accord signed by", "an agreement was reached", "struck a deal".
_MADE = re.compile(
    rf"\b{_DEAL}\b[^.;]{{0,40}}?\b(?:signed|reached|struck|worked\s+out|concluded|sealed)\b"
    rf"|\b(?:signed|reached|struck|concluded|sealed)\s+(?:an?|the)\s+(?:[\w.-]+\s+){{0,3}}?"
    rf"{_DEAL}\b",
    re.I,
)
# A deal's word alone: ``_MADE`` holds one in each of its readings, so a sentence (and the
# words read on past it) without one tells no deal made. The scan below reads every sentence
# of every later page (~0.5 CPU s at 1,600 articles, on the summary's path: docs/scale.md
# Part DB); one pass a page finds where its deal words are, and only the sentences holding
# one are read.
_DEAL_WORD = re.compile(_DEAL, re.I)
# A deal told not made: "had not signed an agreement", "no deal was reached".
_NOT = re.compile(r"\b(?:not|never|no|yet\s+to|failed\s+to|without)\b", re.I)
# Capitalised words, dots and hyphens aside ("U.N.-Iraq" names "UN" and "Iraq").
_NAME = re.compile(r"\b[A-Z][\w.]*")
_FUNCTION = frozenset({"the", "a", "an", "any", "but", "and", "in", "on", "as", "it", "its"})


def _names(text: str) -> set[str]:
    words = (w.replace(".", "") for part in text.split("-") for w in _NAME.findall(part))
    return {w.lower() for w in words if w and w.lower() not in _FUNCTION}


def _made(sentence: str) -> bool:
    m = _MADE.search(sentence)
    return m is not None and _NOT.search(sentence, 0, m.end()) is None


def settled_terms(
    candidates: Sequence[Candidate],
    extractions: Sequence[Extraction],
    published: Mapping[str, date | None],
) -> set[tuple[str, int]]:
    """(document, start) of the candidates setting terms for a deal to come that a
    document published on a later day reports made, naming a name the terms name."""
    terms = [
        (c, day, names)
        for c in candidates
        if _TERMS.search(c.text)
        and (day := published.get(c.evidence.doc)) is not None
        and (names := _names(c.text))
    ]
    if not terms:
        return set()
    made: list[tuple[date, set[str]]] = []
    first = min(d for _, d, _ in terms)
    for x in extractions:
        day = x.document.dct
        if day is None or day <= first:
            continue
        text = x.document.text
        words = [m.start() for m in _DEAL_WORD.finditer(text)]
        if not words:
            continue
        for start, end in x.sentences:
            # a sentence cut at an abbreviation ("signed by U.N.") reads on into the next
            stop = min(len(text), end + 80)
            n = bisect_left(words, start)
            if n == len(words) or words[n] >= stop:
                continue  # no deal's word in it
            span = text[start:stop]
            if _made(span):
                made.append((day, _names(span)))
    return {
        (c.evidence.doc, c.evidence.start)
        for c, day, names in terms
        if any(later > day and names & told for later, told in made)
    }
