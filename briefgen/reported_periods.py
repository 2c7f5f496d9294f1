"""A fiscal period named as what is reported: "third-quarter profit", "a loss for the
quarter", "year-ago results".

Earnings copy names the period its figures cover in nearly every sentence, and a tagger
reads it as a date like any other. But "Penbury reported a third-quarter loss" did not
happen in the third quarter: the figures are the quarter's, the report is of its page's
day, weeks after the quarter ended. Under the quarter, the line says the results came out
then. Grammar tells the period of the figures from the time of a happening: the period
premodifies the figures' noun ("third-quarter results", "the year-ago quarter's net") or
follows "for" after them ("a $48 million loss for the third quarter"). A verb's own period
("net fell 22% in the third quarter") is the time of the fall, and stays.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefgen.measures import sentence_before
from briefgen.models import EventMention, Extraction

__all__ = [
    "names_period_reported",
    "period_told_before",
    "repeats_longer_period",
    "sums_over_period",
]

# A period written as one hyphened word before a noun: the quarter's or half's ordinal, a
# span of months, a year ago or earlier, a whole or fiscal year.
_PERIOD_WORD = re.compile(
    r"(?:first|second|third|fourth|1st|2nd|3rd|4th)-(?:quarter|half|period)"
    r"|(?:three|six|nine|twelve|3|6|9|12)-month|year-(?:ago|earlier)|full-year|fiscal-year",
    re.I,
)
# A noun after it: a lower-case word that is no conjunction or preposition.
_NOUN_AFTER = re.compile(r"\s+(?!(?:and|or|to|through|in|on|at|of|for|from)\b)[a-z]")
# "for" before a fiscal period: "a loss for the third quarter", "for the nine months".
_FOR = re.compile(r"\bfor\s+(?:the\s+)?$", re.I)
_FISCAL = re.compile(r"\b(?:quarter|half|(?:three|six|nine|twelve)\s+months|fiscal)\b", re.I)


def names_period_reported(mention: EventMention) -> bool:
    """Whether ``mention``'s date is a fiscal period named as the period of the figures it
    reports ("third-quarter profit grew 19%", "posted a loss for the third quarter"), not
    the time of what the sentence tells."""
    ev = mention.evidence
    at = mention.timex.start - ev.sentence_start
    end = mention.timex.end - ev.sentence_start
    if not 0 <= at <= end <= len(ev.sentence):
        return False
    words = " ".join(mention.timex.text.split())
    if _PERIOD_WORD.fullmatch(words) and _NOUN_AFTER.match(ev.sentence, end):
        return True
    if sums_over_period(mention):
        return True
    return _FISCAL.search(words) is not None and _FOR.search(ev.sentence[:at]) is not None


# The span a figure is summed over, opening its clause: "For the week, the index dropped
# 3.8%", "…, and for the year it is up 12%". ("Over the weekend" tells when a happening
# was, "closed for the summer" how long it lasts: neither sums a figure.)
_SUMMED_OVER = re.compile(r"(?:^|[,;]\s*(?:and\s+|but\s+)?)\W*for\s+$", re.I)


def sums_over_period(mention: EventMention) -> bool:
    """Whether ``mention``'s date is the period its figure is summed over ("For the week,
    the index dropped 3.8%"): the sum of the period's days, no happening of the period, and
    never one of its days' moves (market and results copy sums every day it reports)."""
    ev = mention.evidence
    at = mention.timex.start - ev.sentence_start
    if not 0 <= at <= len(ev.sentence) or _FIGURE.search(ev.sentence) is None:
        return False
    return _SUMMED_OVER.search(ev.sentence[:at]) is not None


# A period running from the fiscal year's start, longer than the quarter: "in the nine
# months", "for the first half", "nine-month net", "year-to-date sales".
_LONGER = re.compile(
    r"\b(?:(?:in|for|during)\s+the\s+(?:first\s+)?(?:six|nine|6|9)\s+months"
    r"|(?:in|for)\s+the\s+first\s+half|(?:six|nine|6|9)-month|first-half|year-to-date"
    r"|(?:for\s+the\s+)?year\s+to\s+date)\b",
    re.I,
)
_QUARTER = re.compile(r"\bquarter(?:'s)?\b", re.I)
_FIGURE = re.compile(r"\d")


def repeats_longer_period(text: str, told: Sequence[str]) -> bool:
    """Whether ``text`` gives a figure for a period longer than the quarter (nine months,
    the first half, the year to date) in a story whose other lines ``told`` give figures for
    the quarter: earnings copy leads on the quarter and repeats each metric for the
    cumulative period below it ("In the nine months, net fell 6.6% to ..."), a line as
    dense with figures as the lede but no news of its own. A line naming the quarter too
    is the comparison itself, and stays."""
    if _LONGER.search(text) is None or _QUARTER.search(text) or not _FIGURE.search(text):
        return False
    return any(_QUARTER.search(t) and _FIGURE.search(t) for t in told if t != text)


# A year or month a sentence names for its figures itself ("for 1989", "in October").
_OWN_TIME = re.compile(
    r"\b(?:19|20)\d\d\b|\b(?:year|month|week|January|February|March|April|May|June|July"
    r"|August|September|October|November|December)\b"
)


def period_told_before(text: str, start: int, extraction: Extraction | None) -> bool:
    """Whether the figures of ``text`` (its sentence beginning at ``start``) are for a
    period only the sentence before names: earnings copy gives the cumulative period once
    ("In the nine months, net fell 6.6% to …") and runs the next metric on without it
    ("Revenue rose 3.5% to $8.47 billion."). Alone, the line reads as the quarter's news;
    it is the cumulative repeat (``repeats_longer_period``) in other words."""
    if extraction is None or not _FIGURE.search(text) or _QUARTER.search(text):
        return False
    if _LONGER.search(text) or _OWN_TIME.search(text):
        return False
    span = sentence_before(start, extraction)
    if span is None:
        return False
    lo, hi = span
    before = extraction.document.text[lo:hi]
    if "\n" in extraction.document.text[hi:start]:
        return False  # a new paragraph sets its own period
    return _LONGER.match(before.lstrip()) is not None
