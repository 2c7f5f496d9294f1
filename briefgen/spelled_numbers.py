"""Numbers written as words, read as digits: broadcast transcripts say every amount
("thirty-eight thousand troops", "a twenty-two dollar barrel", "nearly two cents"), where
print writes "38,000", "$22" and "2 cents". ``figures.has_figure`` reads the digits; this
hands it the spoken amounts in the same form, a sum of dollars as "$N".
"""

from __future__ import annotations

import re

from briefgen.extract.timex.lexicon import SMALL, TENS, fmt_amount, parse_number, year_from_words

__all__ = ["spelled_as_digits"]

_WORD = "|".join(sorted([*SMALL, *TENS, "hundred"], key=len, reverse=True))
# A run of number words ("thirty-eight", "one hundred and five", "nineteen ninety-four"); a
# scale after it ("thousand", "million") stays a word, as in print ("38 thousand"): the
# figure reader takes it for the amount's unit.
_RUN = re.compile(rf"\b(?:{_WORD})(?:(?:\s+and\s+|[\s-]+)(?:{_WORD}))*\b", re.I)
# A year said as words ("in nineteen ninety-four"): two pairs of digits, a year's shape.
_YEAR_SAID = re.compile(
    r"^\s*(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen"
    r"|eighteen|nineteen|twenty)\s+\S",
    re.I,
)
# A sum in cents or dollars said or written without the sign ("2 cents a gallon",
# "fourteen dollars", "22 dollars").
_CENTS = re.compile(r"\b(\d{1,2})\s+cents?\b", re.I)
_DOLLARS = re.compile(
    r"\b(\d[\d,]*(?:\.\d+)?)(\s+(?:thousand|million|billion))?\s+dollars?\b", re.I
)


def spelled_as_digits(text: str) -> str:
    """``text`` with each run of number words as its digits ("thirty-eight thousand" as
    "38 thousand", "nineteen ninety-four" as "1994") and each sum in dollars or cents with
    its sign ("fourteen dollars" as "$14", "two cents" as "$0.02"). Lengths change: only
    for telling whether a sentence gives an amount, never for offsets."""
    text = _RUN.sub(_digits, text)
    text = _DOLLARS.sub(lambda m: f"${m[1]}{m[2] or ''}", text)
    return _CENTS.sub(lambda m: f"${int(m[1]) / 100:.2f}", text)


def _digits(m: re.Match[str]) -> str:
    words = m[0]
    if _YEAR_SAID.match(words):
        year = year_from_words(words)
        if year is not None:
            return str(year)
    value = parse_number(words)
    return m[0] if value is None else fmt_amount(value)
