"""A day that counts the time since a happening: "Tuesday marks four weeks since Y".

A columnist's lede counts from the day of writing back to the happening it recalls:
"Tuesday marks four weeks since the governor won the primary", "Today is a year since the
flood". Nothing happens on the Tuesday; the one happening told is Y, on the day the count
points back to (the Tuesday less four weeks). The count ahead ("Tuesday marks 50 days
before the vote") tells no happening at all and is left to ``newsworthy``.

A round or hedged count ("nearly four weeks", "more than a year") points to no day, and a
count in months names a month at most: the first is no event, the second is dated to the
month only.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

from briefgen.extract.clauses import lemma_of
from briefgen.extract.timex.anchor import add_months, add_years
from briefgen.extract.timex.lexicon import NUMBER, parse_number
from briefgen.models import EventMention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["counted_since"]

# What follows the dating expression: "marks four weeks since", "was 100 days since",
# "marks nearly a year since" (the hedge is read, and then nothing is dated).
_COUNT = re.compile(
    r"\s*(?:marks|marked|is|was)\s+(?P<hedge>(?:nearly|almost|about|around|roughly|more\s+than"
    r"|over|less\s+than|some|just\s+over|just\s+under)\s+)?(?:exactly\s+|just\s+)?"
    rf"(?P<n>{NUMBER})[\s-]+(?P<unit>days?|weeks?|months?|years?)\s+since\b",
    re.I,
)


def counted_since(text: str, sdoc: Doc, mentions: Sequence[EventMention]) -> list[EventMention]:
    """``mentions`` with each counting lede re-dated to the happening it counts from, or
    dropped when the count gives no day (hedged, or the recalled happening not found)."""
    out: list[EventMention] = []
    for m in mentions:
        found = _COUNT.match(text, m.timex.end) if m.anchor == "own" else None
        if found is None or m.lemma not in ("mark", "be") or not _opens(text, m):
            out.append(m)
            continue
        recalled = _recalled(sdoc, found.end())
        day = None if found["hedge"] else _back(m.date, found["n"], found["unit"])
        if recalled is None or day is None:
            continue  # a count that points to no day dates no happening
        start = recalled.idx
        out.append(
            replace(
                m,
                date=day,
                predicate=(start, start + len(recalled.text)),
                lemma=lemma_of(recalled),
                co_predicates=(),
                scheduled=False,
            )
        )
    return out


def _opens(text: str, m: EventMention) -> bool:
    """Whether the dating expression is the sentence's subject: it opens the sentence."""
    before = text[m.evidence.sentence_start : m.timex.start]
    return not before.strip(" \"'“‘")


def _recalled(sdoc: Doc, since_end: int) -> Token | None:
    """The happening after "since": the verb of its clause, or its noun ("since the flood")."""
    since = next((t for t in sdoc if t.idx + len(t.text) == since_end), None)
    if since is None:
        return None
    if since.dep_ == "mark" and since.head.pos_ in ("VERB", "AUX"):
        return since.head
    return next((c for c in since.children if c.dep_ == "pobj" and c.pos_ == "NOUN"), None)


def _back(value: str, n_words: str, unit: str) -> str | None:
    """The value ``n`` units before the day ``value``; a month only, for a count in months."""
    n = parse_number(n_words)
    if n is None or n != int(n) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return None
    k = int(n)
    day = date.fromisoformat(value)
    unit = unit.lower().rstrip("s")
    if unit == "day":
        return (day - timedelta(days=k)).isoformat()
    if unit == "week":
        return (day - timedelta(weeks=k)).isoformat()
    if unit == "year":
        return add_years(day, -k).isoformat()
    year, month = add_months(day.year, day.month, -k)
    return f"{year:04d}-{month:02d}"
