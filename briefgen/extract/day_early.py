"""A page dated a day before its news: the weekday after the file date, told as past.

A page's stated date can be the day before the one it was written on: a page filed
overnight, or saved with the date its first version carried. Its text then tells the
day's news by the next weekday ("Friday on a morning show, the senator said ..." on a page
dated Thursday), and a past weekday read back from the stated date lands six days early,
before the news it follows. A weekday read six days back is often right, too ("an
interview that aired Sunday" on a Saturday page), so one mention proves nothing:

- Two sentences of the narration that tell that weekday in the past, or the lede opening
  with it and one more such sentence, date the page: it is moved to the next day, and a
  data note names the page and the words.
- The lede opening with that weekday alone is a conflict: the date is kept, the note says
  so, and the weekday dates nothing (which week it means is not known).
- One mention elsewhere is left as it is.
- A page that also tells that weekday as ahead ("will be counted Tuesday") means the coming
  one: its past readings are the tense cue's misses ("holds a lead in Tuesday's primary"
  after a "has cast"), and the page is left as it is.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta

from briefgen.extract.quotes import open_at
from briefgen.extract.timex.anchor import tense
from briefgen.extract.timex.lexicon import WEEKDAYS
from briefgen.extract.timex.next_day import told_next_day
from briefgen.models import Document, Timex

__all__ = ["next_day_weekdays"]

# A sentence ends at a full stop, question or exclamation mark, or a line break.
_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")
# How many paragraphs open a page: the headline and the lede.
_OPENING_PARAGRAPHS = 2


def next_day_weekdays(
    document: Document, text: str, timexes: Sequence[Timex]
) -> tuple[Document, list[Timex]] | None:
    """The document moved to the day after its stated date, with a note, when its text
    tells that day's weekday as past news in two sentences (the timexes are then to be
    tagged again); or the document with a note and ``timexes`` without the lede's weekday,
    when only the lede tells it; None when the text gives no such sign."""
    stated = document.dct
    if stated is None or document.date is None or len(document.date) != 10:
        return None
    early = (stated - timedelta(days=6)).isoformat()
    cues = [t for t in timexes if _told_as_past(text, t, early, stated)]
    if not cues or _told_as_ahead(text, timexes, cues[0].text):
        return None
    sentences = {_sentence_start(text, t.start) for t in cues}
    lede = [t for t in cues if _opens_lede(text, t.start)]
    weekday = cues[0].text.capitalize()
    said = f"{_day(stated)} (a {stated.strftime('%A')})"
    if len(sentences) >= 2:
        moved = stated + timedelta(days=1)
        note = (
            f"the text tells {weekday} as past news in {len(sentences)} sentences, the day "
            f"after its stated date {said}: the page is read as of {_day(moved)}"
        )
        dated = replace(
            document,
            date=moved.isoformat(),
            # the day is the text's, not the file name's or the field's it was read from
            date_source="inferred",
            date_as_written=document.date_as_written or document.date,
            warnings=(*document.warnings, note),
        )
        return dated, list(timexes)
    if lede:
        note = (
            f"the text opens with {weekday} as past news, the day after its stated date "
            f"{said}: the stated date may be a day early; it is kept, and {weekday} "
            "dates nothing"
        )
        kept = [t for t in timexes if t not in lede]
        return replace(document, warnings=(*document.warnings, note)), kept
    return None


def _told_as_past(text: str, timex: Timex, early: str, stated: date) -> bool:
    """A bare weekday of the narration read six days back from the stated date, told in
    the past (or opening the lede, where the tense is the sentence's news); or one the
    tagger already read as the next day, a wire lede's (``timex.next_day``), which is the
    same sign."""
    weekday = WEEKDAYS.get(timex.text.lower())
    if weekday is None or open_at(text, timex.start):
        return False  # a speaker's weekday counts from the speaker's day
    if timex.value == (stated + timedelta(days=1)).isoformat():
        return told_next_day(text, timex.start, timex.end, weekday, stated)
    if timex.value != early:
        return False
    return _opens_lede(text, timex.start) or tense(text, timex.start, timex.end) < 0


def _told_as_ahead(text: str, timexes: Sequence[Timex], weekday: str) -> bool:
    """Whether the narration also tells the same weekday as ahead of the page."""
    return any(
        t.text.lower() == weekday.lower()
        and not open_at(text, t.start)
        and tense(text, t.start, t.end) > 0
        for t in timexes
    )


def _sentence_start(text: str, offset: int) -> int:
    starts = [m.end() for m in _SENTENCE_END.finditer(text, 0, offset)]
    return starts[-1] if starts else 0


def _opens_lede(text: str, offset: int) -> bool:
    """Whether the expression is the first word of one of the page's opening paragraphs."""
    line_start = text.rfind("\n", 0, offset) + 1
    if text[line_start:offset].strip():
        return False
    paragraphs = [p for p in text[:line_start].split("\n") if p.strip()]
    return len(paragraphs) < _OPENING_PARAGRAPHS


def _day(d: date) -> str:
    return f"{d.day} {d.strftime('%B %Y')}"
