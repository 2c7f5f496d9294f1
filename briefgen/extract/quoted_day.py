"""A quotation's "today" in a report of an earlier day's news is a reading, not a date.

"Today" or "tonight" inside a direct quotation is the day the words were said. When the
attribution dates them ('said Tuesday night: "... today"') the tagger gives that day
(``timex/quoted.py``); otherwise it takes the publication date. That guess holds for a
wire story quoting the day's news, but not for a report filed after the speech, rally or
election night it tells of ('... then boomed, "Today, you proved once again ..."' in the
paper two days on): there the words were most likely said on the report's news day, which
the sentence does not state. So where the report's news day (the first stated day of the
week before publication) is not the publication day, the quoted day keeps its date as a
reading at publication, which the timeline leaves out, as it does every unstated date.
The speaker's "last night" and "tomorrow" count from that same unstated day
("'Hillary Clinton last night said ...,' Bush said" in a paper days after the debate), so
read against publication they are as unfounded, and are left out the same way.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import timedelta

from briefgen.extract.focus import news_day
from briefgen.extract.quotes import open_at
from briefgen.models import Document, EventMention

__all__ = ["unstated_speech_days"]

# The words of a speaker's own day, and of the day before and after it, each with its
# distance from the day of speaking.
_SPEECH_DAY = re.compile(r"(?:today|tonight|this\s+(?:morning|afternoon|evening))", re.I)
# A quoted "yesterday" keeps its reading: told in a report it is most often the day before
# the report's own ("'Our concern has grown as of yesterday,' the director told reporters").
_DAY_BEFORE = re.compile(r"last\s+night", re.I)
_DAY_AFTER = re.compile(r"tomorrow(?:\s+(?:morning|afternoon|evening|night))?", re.I)


def unstated_speech_days(
    document: Document, mentions: Sequence[EventMention]
) -> list[EventMention]:
    """``mentions`` with each one dated by an unattributed quotation's "today" (or "last
    night", "tomorrow") made a publication reading, when the report tells news of a day
    before publication."""
    dct = document.dct
    if dct is None:
        return list(mentions)
    quoted = {
        m.id
        for m in mentions
        if m.anchor == "own"
        and (shift := _from_speech(m.timex.text.strip())) is not None
        and m.date[:10] == (dct + timedelta(days=shift)).isoformat()
        and open_at(document.text, m.timex.start)
    }
    if not quoted:
        return list(mentions)
    news = news_day(document, [m for m in mentions if m.id not in quoted])
    if news is None or news.value == dct.isoformat():
        return list(mentions)
    return [replace(m, anchor="publication") if m.id in quoted else m for m in mentions]


def _from_speech(text: str) -> int | None:
    """How many days from the day of speaking ``text`` says, if it counts from it."""
    if _SPEECH_DAY.fullmatch(text):
        return 0
    if _DAY_BEFORE.fullmatch(text):
        return -1
    if _DAY_AFTER.fullmatch(text):
        return 1
    return None
