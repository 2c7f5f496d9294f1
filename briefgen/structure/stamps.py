"""A page's publishing stamp: "Updated 10:32 GMT", "Posted: 03/02/2016 5:15 pm EST".

A stamp is its word ("Updated", "Last updated:", "Posted on", "First published") and then a
date or a time straight away; a sentence may open with the same word ("Updated figures
show …", "Published reports say …") and goes on in words.
"""

from __future__ import annotations

import re

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)(?:[a-z]*\.?|\.)(?![\w'’])"
WEEKDAY = r"(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:[a-z]*day)?\.?(?![\w'’])"
_ZONE = (
    r"(?:GMT|BST|UTC|EDT|EST|CDT|CST|MDT|MST|PDT|PST|ET|CT|MT|PT|CET|CEST|IST|JST|AEST|AEDT"
    r"|HKT|SGT|UK(?:\s+time)?)(?![\w'’])"
)
CLOCK = r"\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?(?![\w'’]))?|\d{1,2}\s*[ap]\.?m\.?(?![\w'’])"
DATE = (
    r"\d{1,2}/\d{1,2}/\d{2,4}|\d{4}-\d\d-\d\d|"
    rf"{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?|"
    rf"\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTH}(?:,?\s+\d{{4}})?|(?i:{_MONTH}),?\s+\d{{4}})"
)  # between a day's number and a year a month may be lower-case ("1 may, 2009")
_AGO = r"\d+\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago"
# A stamp's opening word: "Updated", "Last updated:", "Posted on", "First published".
_STAMP_WORD = (
    r"(?i:(?:page\s+)?(?:last\s+)?(?:updated|published|posted|modified|first\s+published))"
    r"\s*:?(?:\s+(?:at|on)(?![\w'’]))?"
)
_TIME_ATOM = rf"(?:{DATE}|{CLOCK}|{_AGO}|{WEEKDAY}|{_ZONE}|(?:19|20)\d\d(?!\d))"
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
