"""A wire lede's weekday told in the past that is the day after the page's date.

A wire service dates its copy by its own desk's clock, while a story datelined where the
next day has already begun (a capital east of the desk, an evening filing) tells that
day's news in the past: "The United States had the right to defend its citizens, the
foreign ministry said Friday in response to the strikes" on a page dated Thursday, whose
later paragraph tells the strikes "Thursday". Read as the latest such day on or before
the page's date, "Friday" falls six days back, before the very happening it answers.

A lede tells the story's newest news, and the page that also tells its own date's
weekday as done ("forces Thursday launched strikes", "she said Monday before leaving")
is written at that day's end: the lede's weekday is then the day after, not six days
before. Without that second mention (a week in review dated Sunday may open on the
Monday before), or outside the lede, the past reading stands.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from briefgen.extract.timex.lexicon import WEEKDAYS
from briefgen.extract.timex.tense import present_as_future, tense

__all__ = ["told_next_day"]

_WORD = re.compile(r"[A-Za-z][\w'’-]*")
# A lede holds a sentence of some length.
_LEDE_WORDS = 8
# "last Thursday", "next Thursday", "this Thursday", "Thursday's": another reading.
_RELATIVE_BEFORE = re.compile(r"\b(?:last|next|this|past|coming|previous|following)\s+$", re.I)
_POSSESSIVE_AFTER = re.compile(r"['’]s\b")


def _lede(text: str) -> tuple[int, int] | None:
    """Where the story's first paragraph of prose lies: wire copy gives its lede a paragraph
    of its own (a sentence splitter would stop at "U.S." in "U.S. Secretary of State")."""
    pos = 0
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        if len(_WORD.findall(line)) >= _LEDE_WORDS:
            return start, pos - 1
    return None  # shorter lines are a headline, a dateline, a byline, a blank line


def _day_told_done(text: str, name: str, skip: tuple[int, int]) -> bool:
    """Whether ``text`` outside ``skip`` names the weekday ``name`` bare and told as done."""
    for m in re.finditer(rf"\b{name}\b", text):
        if skip[0] <= m.start() < skip[1]:
            continue
        if _RELATIVE_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue
        if _POSSESSIVE_AFTER.match(text, m.end()):
            continue
        if tense(text, m.start(), m.end()) < 0:
            return True
    return False


def told_next_day(text: str, start: int, end: int, weekday: int, dct: date) -> bool:
    """Whether the bare weekday at ``start:end`` (``weekday`` 1 = Monday), the day after
    ``dct``'s and told in the past or with no tense cue, is the day after the page's date:
    it stands in the lede and the page tells ``dct``'s own weekday as done elsewhere."""
    if (dct + timedelta(days=1)).isoweekday() != weekday:
        return False
    told = tense(text, start, end)
    if told > 0 or (told == 0 and present_as_future(text, start, end)):
        return False  # "could come as early as Tuesday", "they meet Tuesday": ahead
    lede = _lede(text)
    if lede is None or not lede[0] <= start < lede[1]:
        return False
    own = next(n for n, wd in WEEKDAYS.items() if wd == dct.isoweekday())
    return _day_told_done(text, own.capitalize(), lede)
