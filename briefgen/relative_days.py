"""A summary sentence's "today", "on Tuesday" or "last week", with the day it means.

A timeline entry sits under its date, but a key judgment or figure stands alone, and a
brief often spans months or years: "police said today" or "the talks on Friday" then tell
the reader nothing about when. The writer's own relative day is read against the article's
date, where the extraction already resolved it; the brief names that day in brackets after
it, the editorial convention ("police said today [8 October 1999]"). A relative day inside
a quotation is the speaker's, said on a day the article may not give, so it is left as it
is, and so is any expression the sentence shows more than once (which one was meant).
"""

from __future__ import annotations

import re

from briefgen.models import Evidence, Extraction
from briefgen.standalone import inside_quotation
from briefgen.when import When

__all__ = ["name_relative_days"]

_WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
# Expressions whose day only the article's date gives; a stated year, month or date needs
# no help ("Aug. 7" in a brief of one year is plain enough).
_RELATIVE = re.compile(
    rf"^(?:(?:on|last|this|next|early|late|on\s+the\s+night\s+of)\s+)?(?:{_WEEKDAY})"
    r"(?:\s+(?:morning|afternoon|evening|night))?$"
    r"|^(?:today|tonight|yesterday|tomorrow)$"
    r"|^(?:(?:earlier|later)\s+)?(?:this|last|next|past)\s+(?:week|month|year)$",
    re.I,
)
_GRANULAR = ("day", "week", "month", "year")


def name_relative_days(text: str, evidence: Evidence, extraction: Extraction | None) -> str:
    """``text`` (the shown form of the sentence ``evidence`` points at) with each of the
    writer's relative days followed by the day it means, in brackets."""
    if extraction is None or extraction.document.dct is None:
        return text
    document = extraction.document.text
    shown = text
    for timex in extraction.timexes:
        if not evidence.start <= timex.start < evidence.end:
            continue
        words = " ".join(timex.text.split())
        when = When.of(timex.value)
        if (
            when is None
            or when.granularity not in _GRANULAR
            or not _RELATIVE.match(words)
            or inside_quotation(document, timex.start)
            or _quoted_in_sentence(document, evidence.start, timex.start)
        ):
            continue
        found = [m.end() for m in re.finditer(rf"\b{re.escape(words)}\b(?:['’]s\b)?", shown)]
        if len(found) != 1 or shown[found[0] : found[0] + 2] == " [":
            continue
        at = found[0]
        shown = f"{shown[:at]} [{when.label}]{shown[at:]}"
    return shown


def _quoted_in_sentence(document: str, start: int, at: int) -> bool:
    """Whether ``at`` falls inside a quotation opened in its sentence (from ``start``)."""
    before = document[start:at]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1
