"""A first source whose stated date is older than its text: a page captured weeks later.

A blog's index or a section front keeps the date it was first filed under while its posts
change; captured later, it carries a stated date weeks before every other source and text
that later-dated sources carry too (the same call-out, the same post). Taken at its word,
it starts the brief's period weeks before anything the sources report. The cover starts
the period at the next source, and a data note names the page and why its date is suspect.
The last source needs no such check: the cover never runs past the last stated date.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from briefgen.models import DataNote, Document
from briefgen.when import label

__all__ = ["StaleFirst", "stale_first"]

# Below this many dated sources no period is settled enough to call its first stale.
SETTLED = 5
# The first source stands this many days before the next one at least: weeks, not a
# quiet weekend.
GAP_DAYS = 14
# A line the first source shares with a later one is this long at least: a paragraph of
# the page's own, not a byline, a heading or boilerplate.
SHARED_WORDS = 12


@dataclass(frozen=True)
class StaleFirst:
    """The first source, whose stated date its text contradicts, and the evidence."""

    document: Document
    stated: date
    start: str  # the next source's date: where the period starts
    shared_with: tuple[Document, ...]  # later sources carrying a paragraph of its text

    def note(self) -> DataNote:
        days = ", ".join(
            dict.fromkeys(label(d.dct.isoformat()) for d in self.shared_with if d.dct is not None)
        )
        return DataNote(
            self.document.id,
            f"stated date {label(self.stated.isoformat())} is weeks before every other source, and"
            f" its text is also in sources of {days}: the page was captured later, so the"
            " period covered starts at the next source",
        )


def stale_first(documents: Sequence[Document]) -> StaleFirst | None:
    """The first dated source when its date stands ``GAP_DAYS`` or more before the next
    one's and a paragraph of its text is in a source dated after that gap; else None."""
    dated = sorted((d for d in documents if d.dct is not None and d.date), key=_day)
    if len(dated) < SETTLED:
        return None
    first, following = dated[0], dated[1]
    if (_day(following) - _day(first)).days < GAP_DAYS:
        return None
    lines = _paragraphs(first.text)
    shared = tuple(d for d in dated[1:] if _carries(_spaced(d.text), lines))
    if not shared:
        return None
    return StaleFirst(first, _day(first), _day(following).isoformat(), shared)


def _day(document: Document) -> date:
    assert document.dct is not None
    return document.dct


def _carries(text: str, lines: list[str]) -> bool:
    return any(line in text for line in lines)


def _paragraphs(text: str) -> list[str]:
    """The text's lines of ``SHARED_WORDS`` words or more, spaces evened out."""
    return [p for line in text.splitlines() if len((p := _spaced(line)).split()) >= SHARED_WORDS]


def _spaced(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


_SPACES = re.compile(r"\s+")
