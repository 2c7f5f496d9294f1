"""A page's publishing stamp: "Updated 10:32 GMT", "Posted: 03/02/2016 5:15 pm EST".

A stamp is its word ("Updated", "Last updated:", "Posted on", "First published") and then a
date or a time straight away; a sentence may open with the same word ("Updated figures
show …", "Published reports say …") and goes on in words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from briefgen.ingest.header import find_date
from briefgen.models import Block, Document
from briefgen.when import MONTH_ABBRS

# The calendar's atoms, one set for every reader of dates in page furniture (here, and
# ``shapes``' date-and-time stamp): each word ends where a word does ("Sunday", not "Sunny";
# "May", not "May's").
MONTH = rf"(?:{MONTH_ABBRS})(?:[a-z]*\.?|\.)(?![\w'’])"
WEEKDAY = r"(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:[a-z]*day)?\.?(?![\w'’])"
ZONE = (
    r"(?:GMT|BST|UTC|EDT|EST|CDT|CST|MDT|MST|PDT|PST|ET|CT|MT|PT|CET|CEST|IST|JST|AEST|AEDT"
    r"|HKT|SGT|UK(?:\s+time)?)(?![\w'’])"
)
_MERIDIEM = r"\s*[ap]\.?m\.?(?![\w'’])"
# A time with its minutes ("17.04", "5:11 am"); a clock may also be an hour and its
# meridiem ("5 pm").
MINUTE_CLOCK = rf"\d{{1,2}}[:.]\d\d(?:{_MERIDIEM})?"
CLOCK = rf"{MINUTE_CLOCK}|\d{{1,2}}{_MERIDIEM}"
_ISO = r"\d{4}[ /-]\d\d[ /-]\d\d"
DATE = (
    rf"\d{{1,2}}/\d{{1,2}}/\d{{2,4}}|{_ISO}|"
    rf"{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?|"
    rf"\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{MONTH}(?:,?\s+\d{{4}})?|(?i:{MONTH}),?\s+\d{{4}})"
)  # between a day's number and a year a month may be lower-case ("1 may, 2009")
# A whole day with its year, maybe after its weekday: "Tuesday 5 May 2009", "Thu Apr 30,
# 2009", "2009-05-05".
CALENDAR_DAY = (
    rf"(?:{WEEKDAY},?\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH},?\s+\d{{4}}"
    rf"|{MONTH}\s+\d{{1,2}},?\s+\d{{4}}|{_ISO})"
)
_AGO = r"\d+\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago"
# A stamp's opening word: "Updated", "Last updated:", "Posted on", "First published".
_STAMP_WORD = (
    r"(?i:(?:page\s+)?(?:last\s+)?(?:updated|published|posted|modified|first\s+published))"
    r"\s*:?(?:\s+(?:at|on)(?![\w'’]))?"
)
# A stamp's word left at the end of the text before a date and time ("… says sister Page
# last updated at" before "08:58 GMT, Thursday, …").
STAMP_WORD_BEFORE = re.compile(rf"(?<!\S){_STAMP_WORD}\s*$")
_TIME_ATOM = rf"(?:{DATE}|{CLOCK}|{_AGO}|{WEEKDAY}|{ZONE}|(?:19|20)\d\d(?!\d))"
# A stamp: its word, then times and dates straight away ("Updated figures …" is prose),
# maybe a second stamp after it ("Posted: … Updated: …").
TIMESTAMP = re.compile(
    rf"{_STAMP_WORD}\s*{_TIME_ATOM}"
    rf"(?:(?:\s*[,|]\s*|\s+(?:at\s+|on\s+)?|\s*[-–—]\s*){_TIME_ATOM}"
    rf"|\s*[,|]?\s*{_STAMP_WORD}\s*{_TIME_ATOM})*"
)


def is_stamp(text: str) -> bool:
    """Whether ``text`` opens with a publishing stamp (a date or a time straight after
    its word: "Updated figures show …" is prose)."""
    return bool(TIMESTAMP.match(text.lstrip(" \t*_#>")))


# A clock and the zone written after it: "01:23 GMT", "9:35 pm EDT", "16:55 UK time".
_CLOCK_ZONE = re.compile(
    rf"(?<![\d:.])(?P<h>\d{{1,2}})(?:[:.](?P<mi>\d\d))?\s*(?P<ap>[ap])?(?(ap)\.?m\.?)"
    rf"(?<=\d|m|\.)(?![\d\w])(?:\s*(?P<zone>{ZONE}))?"
)
# Blocks a page's own stamp is set in (not a reader's comment, nor an embedded post).
_STAMP_KINDS = ("furniture", "dateline", "byline")


def stamped(document: Document, blocks: Sequence[Block]) -> Document:
    """``document`` with its blocks and the moment its stamp states (``published``)."""
    return replace(document, blocks=tuple(blocks), published=page_moment(document, blocks))


def page_moment(document: Document, blocks: Sequence[Block]) -> str | None:
    """The moment the page's first stamp gives on the document's day, as a day, a clock
    time and the zone as written ("2011-11-08T01:23 GMT"): a furniture line with a clock
    time and that day ("Saturday 25 April 2009 19.44 BST", "| Mon May 4, 2009 9:35 pm
    EDT"), or a stamp word and a clock time ("Last updated at 01:23 GMT"). None when the
    document has no day or no stamp gives a time."""
    day = document.date[:10] if document.date and len(document.date) >= 10 else None
    if day is None:
        return None
    for block in blocks:
        if block.kind not in _STAMP_KINDS or block.time is not None:
            continue
        line = document.text[block.start : block.end]
        if (clock := _stamp_clock(line, day)) is not None:
            return f"{day}T{clock}"
    return None


def _stamp_clock(line: str, day: str) -> str | None:
    """The clock time ("01:23 GMT") a stamp line gives for ``day``, or None."""
    said = find_date(line)
    if said is not None and said[0] != day:
        return None  # another day's stamp
    if said is None and TIMESTAMP.search(line) is None:
        return None
    for found in _CLOCK_ZONE.finditer(line):
        if found["mi"] is None and found["ap"] is None:
            continue  # a number, not a clock
        at = day_minute(int(found["h"]), int(found["mi"] or 0), found["ap"])
        if at is None:
            continue
        hour, minute = divmod(at, 60)
        zone = found["zone"].split()[0] if found["zone"] else None
        return f"{hour:02d}:{minute:02d}" + (f" {zone}" if zone else "")
    return None


def day_minute(hour: int, minute: int, meridiem: str | None) -> int | None:
    """The minute of the day a clock's hour, minutes and "a"/"p" (of a.m./p.m.) give: "2:25
    p.m." is 865, "12 a.m." 0; None when they are no time of day ("13 p.m.", "25:00")."""
    if meridiem:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if meridiem.lower() == "p" else 0)
    return hour * 60 + minute if hour < 24 and minute < 60 else None
