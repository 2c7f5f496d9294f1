"""A sentence whose time or kind is the sentence before's: it cannot be shown alone.

Analytic pages state an event in one sentence and its detail in the next, tied by an
anaphoric time adverb: "In 2003 the court banned the group. Back then, the ruling cited two
attacks …". The second sentence, shown alone under the date, leaves the reader asking
which ruling, and when "then" was: "back then", "at the time", "by then", "since then"
opening a sentence point to the time the sentence before told. So does one of a series
named by "such": "The last such visit took place in May" (a visit of what kind, by whom,
only the sentence before says). ``shown.stands_alone`` asks both.
"""

from __future__ import annotations

import re

__all__ = ["dangling_time"]

# An anaphoric time adverb opening the sentence (after a conjunction at most).
_THEN_OPENER = re.compile(
    r"^\W*(?:(?:and|but|yet|even)\s+)?(?:back\s+then|at\s+the\s+time|at\s+that\s+(?:time|point)"
    r"|by\s+then|by\s+that\s+time|until\s+then|since\s+then|since\s+that\s+time)\b",
    re.I,
)
# One of a series of a kind the sentence does not name: "the last such visit", "its first
# such test"; "such as" gives examples, and "such … that/as" says which.
_SERIES_SUCH = re.compile(
    r"\b(?:first|last|next|only|latest|previous|second|third)\s+such\s+(?!as\b)[a-z][\w-]*"
    r"(?!(?:\s+[\w-]+){0,3}\s+(?:as|that)\b)",
    re.I,
)


def dangling_time(narration: str) -> bool:
    """Whether ``narration`` (a sentence with its quotations blanked) opens on an anaphoric
    time adverb ("Back then, …", "At the time, …") or tells one of a series by "such"
    ("the last such visit"): its time or its kind is told by the sentence before."""
    return _THEN_OPENER.match(narration) is not None or _SERIES_SUCH.search(narration) is not None
