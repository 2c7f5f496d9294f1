"""Whether a sentence is about a precedent of the story, an earlier instance of its kind.

News measures a story against the earlier ones of its kind: "Previous flu pandemics have
infected between 25% and 35% of the population", "The last such outbreak, in 1968, killed
about 1 million", "A 1968 pandemic killed about one million people", "In 1957 a pandemic
killed 2 million". Such a sentence tells the kind's history, not the story: it is no key
judgment or figure, and its year is no entry of the story's timeline, though it names the
story's own words (a query's "flu", "pandemic"). The sign is the sentence's subject, the
thing it tells of: a plural introduced as earlier ones ("previous", "past", "prior"), or
a single one set before the story by a year earlier than its first source ("a 1968
pandemic", "the 1957-58 pandemic"; "the last such outbreak ... in 1968"; "In 1918, there
was ..."). A comparison inside a sentence about the story ("the first pandemic since
1968", "worse than in 2001") has the story for subject and stays.
"""

from __future__ import annotations

import re
from datetime import date

__all__ = ["precedent"]

# An optional lead giving the year the sentence is set in ("In 1968, ...").
_LEAD = r"(?:In\s+(?P<lead>1[5-9]\d\d|20\d\d),?\s+)?"
# Earlier ones of a kind, the sentence's plural subject: "Previous flu pandemics have ...".
# "Earlier" is left out: "Earlier reports put the toll at 20" is the story's own past.
_EARLIER_ONES = re.compile(
    r"^(?:previous|past|prior)\s+(?:[\w'-]+\s+){0,3}?[a-z][\w'-]*s\s+[a-z]", re.I
)
# A single one dated by its year: "A 1968 pandemic", "The 1957-58 pandemic", "the 1918 flu".
_YEAR_ONE = re.compile(
    _LEAD + r"(?:an?|the)\s+(?P<year>1[5-9]\d\d|20\d\d)(?:[-–]\d{2,4})?\s+[\w\"'“]", re.I
)
# The last of the kind before the story: "The last flu pandemic was in 1968", "The world's
# most recent pandemic, 41 years ago, ...", "The last such outbreak".
_LAST_ONE = re.compile(
    r"^the\s+(?:[\w'-]+(?:'s|’s)\s+)?(?:last|previous|most\s+recent)\s+(?!(?:of|time|day|night|week|month|year)\b)",
    re.I,
)
# Set in a year before the story, with a subject introduced as new: "In 1957 a pandemic
# killed", "In 1918, there was a first wave".
_SET_IN_YEAR = re.compile(
    r"^In\s+(?P<lead>1[5-9]\d\d|20\d\d),?\s+(?:an?\s|there\s+(?:was|were)\b)", re.I
)
_YEAR = re.compile(r"(?<![\d,.])(?P<year>1[5-9]\d\d|20\d\d)(?!\d)")
_YEARS_AGO = re.compile(r"\b(?:\d+|\w+-\w+|\w+)\s+years\s+ago\b", re.I)


def precedent(text: str, first: date | None) -> bool:
    """Whether ``text``'s subject is an earlier instance of the story's kind, set before
    ``first`` (the day of the corpus's first source): "Previous flu pandemics have
    infected ...", "A 1968 pandemic killed ...". Without ``first`` only the plural told
    as earlier ones ("Previous ...") is read: a year's place needs the story's start."""
    body = text.lstrip(" \"'“‘([")
    if _EARLIER_ONES.match(body):
        return True
    if first is None:
        return False
    m = _YEAR_ONE.match(body) or _SET_IN_YEAR.match(body)
    if m is not None:
        year = m.groupdict().get("year") or m["lead"]
        return int(year) < first.year
    if _LAST_ONE.match(body):
        # "the last" one of a kind is a precedent when the sentence sets it in an earlier
        # year; the last juror chosen on Friday is the story's own.
        years = [int(y["year"]) for y in _YEAR.finditer(body)]
        return bool(years and max(years) < first.year) or bool(_YEARS_AGO.search(body))
    return False
