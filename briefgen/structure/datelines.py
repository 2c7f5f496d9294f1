"""Datelines and date-and-time stamps: a wire dateline glued before the lede ("HONG KONG
(Reuters) - "), a page's publishing stamp ("Tuesday 5 May 2009 17.04 BST"), a line that is
mostly a date.

Only the general shapes of page parts are named here, never a site, a publisher or a topic.
"""

from __future__ import annotations

import re

from briefgen.structure.shapes import ends_sentence, words
from briefgen.structure.stamps import CALENDAR_DAY, MINUTE_CLOCK, ZONE
from briefgen.when import MONTH_ABBRS

# The dashes that close a dateline: a hyphen, an en or em dash, or a horizontal bar
# ("WASHINGTON ―", as some sites set it). The one set every dateline reader uses.
DASH = "[-–—―]"
# Wire datelines glued before the lede: "HONG KONG (Reuters) - ", "WASHINGTON — ",
# optionally after a "place | time" strip.
DATELINE_PREFIX = re.compile(
    r"^(?:[^.!?\n]{0,100}\|[^.!?\n]{0,80}?)?\s*"
    r"(?:(?:[A-Z][\w.'’ ,/-]{1,60})?\((?:[A-Z][\w .&/-]{1,30})\)|[A-Z][A-Z.'’ ,]{2,40})"
    rf"\s*{DASH}{{1,2}}\s+(?=[A-Z\"“‘'])"
)
# A wire dateline further into an opening line, after a headline or a summary run into it:
# "… PARIS/ATLANTA, April 27 (Agency) - Panicked sellers …" (a place in capitals, maybe a
# date, the agency in brackets, a dash, then the lede).
WIRE_DATELINE = re.compile(
    r"(?<!\S)(?:[A-Z][A-Z.'’/ ,-]*[A-Z.](?:,\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s+)?"
    r"\([A-Z][\w&.]*(?: [A-Z][\w&.]*){0,2}\)\s*" + DASH + r"{1,2}\s+(?=[\"“‘']?[A-Z])"
)
# A wire dateline run into the lede, as the brief strips it from a shown sentence:
# "MEXICO CITY, April 24 (Reuters) - ".
_AGENCY_LEDE = re.compile(r"^[^.!?\n]{0,160}?\((?:[A-Z][A-Za-z]+\s?){1,3}\)\s*[-–—]+\s*")
# A paper's dateline, the place in capitals (its state after a comma) and a dash, run into
# the lede: "BOSTON —Standing in front of …", "DES MOINES, Iowa — The …". A hyphen counts
# only spaced: "NATO-Russia talks" opens on no dateline.
# A place of two words may open on two letters ("LA CROSSE, Wisc. —", "EL PASO, Texas —");
# two capitals alone ("US —") are no place line.
_PLACE_LEDE = re.compile(
    r"^(?:[A-Z][A-Z.'’-]{2,}|[A-Z]{2}(?=\s+[A-Z][A-Z.'’-]{2,}))(?:\s+[A-Z][A-Z.'’-]+){0,3}"
    r"(?:,\s*(?:[A-Z][\w.'’]*\s?){1,3})?"
    r"(?:\s*[–—―]{1,2}\s*|\s+--?\s+)(?=[A-Z\"“‘])"
)
# The datelines a shown sentence opens on (``shown.clean`` strips them; ``extract.dateline``
# reads their place).
LEDE_DATELINES = (_AGENCY_LEDE, _PLACE_LEDE)

# A clock in a date-and-time stamp has its minutes, maybe its zone ("17.04 BST").
_CLOCK = rf"(?:{MINUTE_CLOCK})(?:\s*{ZONE})?"
# A page's date-and-time stamp ("Tuesday 5 May 2009 17.04 BST", "Thu Apr 30, 2009 5:11 am
# EDT", "7 November 2011 Last updated at 21:40 GMT Help"): publishing furniture. The time
# may be given again in a second zone ("08:58 GMT, Thursday, 24 June 2010 09:58 UK").
STAMP = re.compile(
    rf"(?:{CALENDAR_DAY},?\s+(?:(?:last\s+)?(?:updated|published|posted)(?:\s+at)?\s+)?{_CLOCK}"
    rf"|{_CLOCK},?\s+(?:on\s+)?{CALENDAR_DAY})(?:\s+{MINUTE_CLOCK}\s*{ZONE})?(?:\s+Help\b)?\s*",
    re.IGNORECASE,
)

_DATE_WORDS = re.compile(
    rf"(?i)\b(?:{MONTH_ABBRS})[a-z]*\.?\b|"
    r"\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|\b(?:19|20)\d\d\b|\d{1,2}:\d\d|\bgmt\b|\bbst\b|"
    r"\b[ap]\.?m\.?\b|\bedt\b|\best\b|\butc\b"
)


def is_dateline(text: str) -> bool:
    """A line that is mostly a date or time ("November 2012", "Wed Apr 15, 2009 5:56 am")."""
    n = len(words(text))
    dated = len(_DATE_WORDS.findall(text))
    return dated >= 1 and n <= 10 and dated * 2 >= n - 2 and not ends_sentence(text.rstrip("."))
