"""A page's publishing stamp: "Updated 10:32 GMT", "Posted: 03/02/2016 5:15 pm EST".

A stamp is its word ("Updated", "Last updated:", "Posted on", "First published") and then a
date or a time straight away; a sentence may open with the same word ("Updated figures
show …", "Published reports say …") and goes on in words.
"""

from __future__ import annotations

import re

# The calendar's atoms, one set for every reader of dates in page furniture (here, and
# ``shapes``' date-and-time stamp): each word ends where a word does ("Sunday", not "Sunny";
# "May", not "May's").
MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)(?:[a-z]*\.?|\.)(?![\w'’])"
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
