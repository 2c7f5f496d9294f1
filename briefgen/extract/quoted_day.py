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
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from briefgen.extract.focus import news_day
from briefgen.models import Document, EventMention, Timex

__all__ = ["unstated_speech_days"]

# The words of a speaker's own day: "yesterday" and "tomorrow" count from it the same way,
# but a speaker rarely says them of the speech itself.
_SPEECH_DAY = re.compile(r"(?:today|tonight|this\s+(?:morning|afternoon|evening))", re.I)


def unstated_speech_days(
    document: Document, mentions: Sequence[EventMention]
) -> list[EventMention]:
    """``mentions`` with each one dated by an unattributed quotation's "today" made a
    publication reading, when the report tells news of a day before publication."""
    dct = document.dct
    if dct is None:
        return list(mentions)
    published = dct.isoformat()
    quoted = {
        m.id
        for m in mentions
        if m.anchor == "own"
        and m.date[:10] == published
        and _SPEECH_DAY.fullmatch(m.timex.text.strip())
        and _in_quotation(document.text, m.timex)
    }
    if not quoted:
        return list(mentions)
    news = news_day(document, [m for m in mentions if m.id not in quoted])
    if news is None or news.value == published:
        return list(mentions)
    return [replace(m, anchor="publication") if m.id in quoted else m for m in mentions]


def _in_quotation(text: str, timex: Timex) -> bool:
    """Whether a quotation opened in the paragraph is still open at ``timex``."""
    before = text[text.rfind("\n", 0, timex.start) + 1 : timex.start]
    straight = before.count('"') + before.count("``") - before.count("''")
    return straight % 2 == 1 or before.count("“") > before.count("”")
