"""Key figures: sentences that carry a quantity that matters.

Money, counts, casualties, votes and terms handed down are key figures; a person's age,
a date, a footnote marker or a year is not.
"""

from __future__ import annotations

import re

from briefgen.models import Extraction

__all__ = ["has_figure", "without_dates"]

_NUMBER = re.compile(
    r"(?<![\w.])(?:\$|€|£)?\d[\d,.]*\s*(?:%|per\s*cent|percent|million|billion|thousand|bn|m\b)?",
    re.I,
)
_NOTE_MARK = re.compile(r"\[\d+\]|[¹²³⁴⁵⁶⁷⁸⁹⁰]+")
# A person's age is no key figure: "50-year-old", "aged 50", "Smith, 50, said", "(50)".
_AGE = re.compile(
    r"\b\d{1,3}[-\s]years?[-\s]old\b|\baged?\s+(?:of\s+)?\d{1,3}\b|(?<=[A-Za-z]),\s*\d{1,3}\s*,"
    r"|\(\d{1,3}\)|\bwho\s+(?:is|was|turns|turned)\s+\d{1,3}\b|\bat\s+\d{1,3}\s*[.,;]",
    re.I,
)
_YEARLIKE = re.compile(r"^(?:1[89]|20)\d\d$")


def without_dates(text: str, start: int, end: int, ext: Extraction) -> str:
    """The sentence with its temporal expressions, note markers and ages blanked."""
    chars = list(text[start:end])
    for t in ext.timexes:
        if t.end > start and t.start < end:
            for i in range(max(t.start, start), min(t.end, end)):
                chars[i - start] = " "
    return _AGE.sub(" ", _NOTE_MARK.sub(" ", "".join(chars)))


def has_figure(text: str) -> bool:
    """An amount: a number with a unit, or one of 10 or more that is not a year."""
    for match in _NUMBER.finditer(text):
        token = match.group(0).strip()
        digits = re.sub(r"[^\d]", "", token)
        if not digits or _YEARLIKE.match(token):
            continue
        if re.search(r"[%$€£]|million|billion|thousand|cent|bn", token, re.I):
            return True
        if float(digits) >= 10 and not text[match.end() : match.end() + 1].isalpha():
            return True  # not an ordinal ("201st") or a code ("F16")
    return False
