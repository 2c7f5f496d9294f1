"""The bracket after a printed chronology line's own "today" or "yesterday".

A line read alone says "today" of the reader's, so the day it means is named after it, as
every shown sentence names it (``relative_days``): "issued a ruling today [6 July 2016]".
The bracket is the page's reading of the word; it is shown only where that reading is the
day the line is filed under and the day of what the line tells, else it would contradict
the line's own date.
"""

from __future__ import annotations

import re
from dataclasses import replace

from briefgen.models import EventMention, Extraction
from briefgen.relative_days import name_relative_days
from briefgen.when import When

__all__ = ["day_named"]

# The writer's own day, which read alone is the reader's: "issued a ruling today".
_OWN_DAY = re.compile(r"^(?:today|tonight|yesterday|tomorrow)$", re.I)
# A day a change is counted from: "the only change from yesterday", "up since yesterday";
# not a stretch that begins that day ("closed for a week from yesterday").
_SPAN_FROM = re.compile(r"(?P<stretch>\b(?:day|week|month)s?\s+)?\b(?:from|since)\s+$", re.I)


def day_named(text: str, m: EventMention, named: Extraction) -> str:
    """``text`` with its date's "today" ("issued a ruling today") followed by the day it
    means, as every shown sentence names it (``relative_days``): the entry's date column
    says the day, but the sentence read alone says "today" of the reader's. A weekday
    under its date needs no naming, nor a day the line does not tell as its own
    (``_names_entry_day``)."""
    if not _OWN_DAY.match(" ".join(m.timex.text.split())):
        return text
    if not _names_entry_day(m, named.document.text):
        return text
    return name_relative_days(text, m.evidence, replace(named, timexes=(m.timex,)))


def _names_entry_day(m: EventMention, document: str) -> bool:
    """Whether the mention's own relative day, as the page's date resolves it, is the day
    its line is printed under and the day of what the line tells. Else the bracket would
    contradict the line's date: where a later stage moved the line to another day (a
    count back, "Today marks four weeks since ..."), the bracket would name the page's
    day; and where the day starts a span ("the only change from yesterday is 20 cases"),
    the line tells what was found after it, so "yesterday [the entry's day]" would say
    the change was counted on the day it was counted from (a live page written on its
    evening and dated the next day makes it the reader's only sign of the slip)."""
    entry, word = When.of(m.date), When.of(m.timex.value)
    if entry is None or word is None or (entry.first, entry.last) != (word.first, word.last):
        return False
    counted = _SPAN_FROM.search(document, max(0, m.timex.start - 20), m.timex.start)
    return counted is None or counted["stretch"] is not None
