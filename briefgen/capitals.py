"""Capitalised words that name someone or something, told from those that name no one:
the months' and weekdays' names, and the words a sentence opens with."""

from __future__ import annotations

import re

from briefgen.when import MONTH_NAMES, WEEKDAY_NAMES

__all__ = ["CALENDAR_NAMES", "named_before", "unscoped_absence"]

# "There have been no confirmed cases since May 14": an absence claimed of a place or a
# body the sentences around it name; alone, it reads as true everywhere.
_ABSENCE = re.compile(
    r"^\W*There\s+(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+no\b", re.I
)
# The months' and weekdays' names: capitalised, and no name of a place, a body or a person.
CALENDAR_NAMES = rf"(?:{MONTH_NAMES}|{WEEKDAY_NAMES})"
_CALENDAR_WORD = re.compile(CALENDAR_NAMES + "$")


def unscoped_absence(narration: str) -> bool:
    """Whether ``narration`` claims an absence ("There have been no …") and names no
    place, body or person it holds for (a month or a weekday names none)."""
    found = _ABSENCE.match(narration)
    if found is None:
        return False
    names = re.findall(r"\b[A-Z][\w'’.-]*", narration[found.end() :])
    return all(_CALENDAR_WORD.match(n) for n in names)


def named_before(narration: str, at: int) -> bool:
    """Whether ``narration`` names someone or something before ``at``: a capitalised word
    after its first that is no month or weekday ("Schiff called ... the California
    congressman", "Support for NATO ... the organization's founding")."""
    words = re.findall(r"(?<![\w.'’-])[A-Z][\w.'’-]*", narration[:at])
    if words and narration.lstrip(' "“‘').startswith(words[0]) and words[0] in _OPENERS:
        words = words[1:]  # a sentence's first word takes a capital whatever it is
    return any(not _CALENDAR_WORD.match(w.rstrip(".")) for w in words)


# Words a sentence often opens with that name no one.
_OPENERS = frozenset(
    """The A An In On At By For From With But And Or So Yet It He She They We I You This That
    These Those There Its His Her Their Our As If When While After Before Since Some Many
    Most All Both One Two Last Next According Meanwhile However Still Then Now Today
    Yesterday Earlier Later Even Only Also Such Other Another""".split()  # noqa: SIM905 - a word list reads best as prose
)
