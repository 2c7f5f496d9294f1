"""A day told by the sentences before: "that day" named in brackets, or the sentence refused.

News writing dates an occasion once ("As he spoke last Thursday, ...") and then takes the
day up with a demonstrative: "... raised $4 million that day", "That night, the crowd
...". Out of its article, "that day" names no day. When the sentence just before dates
exactly one day, the editorial convention names it in brackets ("[on 21 July 2016]");
when it dates none, or several, which day is meant is not certain and the sentence is not
shown. A sentence that dates its own happening before the demonstrative ("On 21 July ... that
night", "After aides met in June, … on the same day") needs nothing.
"""

from __future__ import annotations

import re
from datetime import date

from briefgen.extract.quotes import QUOTED
from briefgen.models import Extraction
from briefgen.standalone import own_section
from briefgen.when import MONTH_NAMES, When

__all__ = ["resolve_that_day"]

# "that day", "that same night", "the same morning" (not "the same day as ...", which says
# what it is the same as). A preposition before it is kept in the shown words.
_THAT_DAY = re.compile(
    r"\b(?P<prep>(?:on|by|until|since|from)\s+)?"
    r"(?P<what>(?:that|the\s+same)\s+(?:same\s+)?(?P<part>day|night|morning|afternoon|evening))"
    r"\b(?!\s+(?:as|when|that|of|in|before|after)\b)",
    re.I,
)
# A date written out, for a sentence read without its document's date expressions.
_DATE_WORD = re.compile(
    rf"\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|{MONTH_NAMES}|(?:19|20)\d\d"
    r"|(?i:yesterday|today|tonight))\b"
)
# How many sentences back the day may be told: the occasion's sentence and one more on it.
_REACH = 2
# What a part of the day reads as, before its date.
_PART = {
    "day": "",
    "morning": "the morning of ",
    "afternoon": "the afternoon of ",
    "evening": "the evening of ",
    "night": "the night of ",
}


def resolve_that_day(text: str, start: int, extraction: Extraction | None) -> str | None:
    """``text`` (shown for the sentence at ``start``) with a "that day" outside quotations
    named from the one day the sentence before dates ("... that day" -> "... [on 21 July
    2016]"), or None when no single day is found; ``text`` itself when it says no "that
    day" or dates its own day before it."""
    narration = QUOTED.sub(lambda m: " " * len(m[0]), text)
    m = _THAT_DAY.search(narration)
    if m is None:
        return text
    if extraction is None:
        # no date expressions to read: a date word before it is the sentence's own day
        return text if _DATE_WORD.search(narration, 0, m.start()) else None
    source = extraction.document.text
    end = next((hi for lo, hi in extraction.sentences if lo == start), start + len(text))
    said = _THAT_DAY.search(QUOTED.sub(lambda q: " " * len(q[0]), source[start:end]))
    if said is not None and any(
        t.type == "DATE" and start <= t.start < start + said.start() for t in extraction.timexes
    ):
        # "On 21 July ... that night", "After aides met in June, … on the same day": the
        # day of a happening the sentence itself dates
        return text
    bounds, here = own_section(start, extraction)
    days: set[date] = set()
    for back in range(1, _REACH + 1):
        if here - back < 0:
            break
        # the nearest sentence before that dates a day: "As he spoke last Thursday, …
        # For 24 hours, he … . … that day"
        days = _days(extraction, bounds[here - back], bounds[here - back + 1])
        if days:
            break
    if len(days) != 1:
        return None
    when = When.of(days.pop().isoformat())
    if when is None:
        return None
    named = f"{_PART[m['part'].lower()]}{when.label}"
    prep = m["prep"] or "on "
    return f"{text[: m.start()]}[{prep}{named}]{text[m.end() :]}"


def _days(extraction: Extraction, lo: int, hi: int) -> set[date]:
    """The single days the date expressions from ``lo`` to ``hi`` in the document name."""
    found = set()
    for t in extraction.timexes:
        if t.type != "DATE" or not lo <= t.start < hi:
            continue
        when = When.of(t.value)
        if when is not None and when.granularity == "day" and when.width == 1:
            found.add(when.first)
    return found
