"""The day a direct quotation was spoken, for the "today" inside it.

A quotation keeps the speaker's words: "today" in it is the day the words were said, not
the day the report is dated. A report filed the morning after quotes the night before
('Sanders said Tuesday night: "... unable to vote today"' in a Wednesday paper: Tuesday).
The day is the one its attribution gives, right before the opening quotation mark ("said
Tuesday night:") or right after the closing one ('..., Sanders said Tuesday.'). With no
dated attribution the quotation is taken as the report's own day, as before.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from briefgen import speech_verbs
from briefgen.extract.timex.anchor import weekday_date
from briefgen.extract.timex.base import WEEKDAY, Ctx
from briefgen.extract.timex.lexicon import WEEKDAYS

__all__ = ["in_undated_text", "quoted_from", "speech_day"]

# Verbs that attribute a quotation.
_SAID = speech_verbs.alternation(
    speech_verbs.told_forms(speech_verbs.QUOTE_TAGS | {"state", "post"})
)
# The quotation marks: curly, straight, and the ``...'' of wire copy.
_OPEN = re.compile(r"“|``|\"")
_CLOSE = re.compile(r"”|''|\"")
# The attribution before the opening mark, ending at it: "said Tuesday night:",
# "told reporters on Tuesday that". The dated expression is ``Ctx.anchor``.
_SAID_BEFORE = re.compile(rf"\b{_SAID}\b[^.;\"“”]{{0,50}}$")
# The attribution after the closing mark: ', Sanders said Tuesday.', ', he told CNN on Monday.'
_SAID_AFTER = re.compile(
    rf"^,?\s*(?:[\w.'-]+\s+){{1,4}}?{_SAID}(?:\s+[\w.'-]+){{0,3}}?\s+(?:on\s+)?"
    rf"(?P<wd>{WEEKDAY})\b"
)
# How far an attribution may lie from its quotation mark.
_REACH = 60


def speech_day(ctx: Ctx, start: int) -> date | None:
    """The day the direct quotation holding ``start`` was said, when its attribution dates
    it before the report's day; None when ``start`` is not quoted or the quotation is not
    dated so."""
    if ctx.dct is None:
        return None
    paragraph = ctx.text.rfind("\n", 0, start) + 1
    opening = _opening(ctx.text, paragraph, start)
    if opening is None:
        return None
    day = _said_before(ctx, paragraph, opening) or _said_after(ctx, start)
    if day is None or not ctx.dct - timedelta(days=7) < day < ctx.dct:
        return None
    return day


def _opening(text: str, paragraph: int, start: int) -> int | None:
    """Where the quotation ``start`` is in opens, when it is in one."""
    marks = sorted(
        [(m.start(), "open") for m in _OPEN.finditer(text, paragraph, start) if m[0] != '"']
        + [(m.start(), "close") for m in _CLOSE.finditer(text, paragraph, start) if m[0] != '"']
    )
    straight = [m.start() for m in re.finditer('"', text[paragraph:start])]
    if len(straight) % 2 == 1:
        return paragraph + straight[-1]  # an odd number of straight marks: one is open
    if marks and marks[-1][1] == "open":
        return marks[-1][0]
    return None


def _said_before(ctx: Ctx, paragraph: int, opening: int) -> date | None:
    lead = ctx.text[max(paragraph, opening - _REACH) : opening]
    if not _SAID_BEFORE.search(lead) or ctx.anchor_end < opening - _REACH:
        return None
    if ctx.anchor_end > opening or ctx.assumed_day:
        return None
    return ctx.anchor_day()


def _said_after(ctx: Ctx, start: int) -> date | None:
    closing = _CLOSE.search(ctx.text, start, start + 600)
    if closing is None or "\n" in ctx.text[start : closing.start()]:
        return None
    m = _SAID_AFTER.match(ctx.text[closing.end() : closing.end() + _REACH])
    if m is None or ctx.dct is None:
        return None
    # "said Tuesday" of a report: the last such day up to the report's own
    return weekday_date(ctx.dct, WEEKDAYS[m["wd"].lower()], -1)


def quoted_from(ctx: Ctx, start: int) -> str | None:
    """The time an older text quoted at ``start`` was written or said, when the attribution
    right before its opening mark dates it before the report ('she wrote in October 2015:
    "Ten days ago ..."', 'the memo, dated March 3, 2014, said: "..."'): a time counted back
    inside the quotation counts from then, not from the quoting report's date. None when
    ``start`` is not quoted, or its attribution gives no earlier time (the value is the
    attribution's own, a month or a year when it names no day)."""
    if ctx.dct is None or ctx.anchor is None:
        return None
    paragraph = ctx.text.rfind("\n", 0, start) + 1
    opening = _opening(ctx.text, paragraph, start)
    if opening is None:
        return None
    lead = ctx.text[max(paragraph, opening - _REACH) : opening]
    if not _SAID_BEFORE.search(lead) or not opening - _REACH <= ctx.anchor_end <= opening:
        return None
    own = ctx.dct.isoformat()[: len(ctx.anchor)]
    return ctx.anchor if ctx.anchor < own else None


# An attribution that quotes an older text or a recording, not words said for the report: a
# column or a book ("writing for the Review:", "wrote in his memoir:"), footage shown ("is
# shown lecturing:", "is heard saying:"). Its own time is not the report's and, unless the
# attribution dates it (``quoted_from``), is unknown.
_OLDER_TEXT_BODY = (
    r"\b(?:writing\s+(?:for|in|at)\b|wrote\b|writes\b"
    r"|in\s+(?:a|an|his|her|their|the)\s+(?:\w+\s+)?(?:column|op-ed|editorial|essay|book"
    r"|memoir|letter|blog|sermon|lecture|video|recording)\b"
    r"|(?:is|are|was|were)\s+(?:shown|seen|heard)\s+[a-z]+ing\b)"
    r"[^.;!?\n]{0,80}"
)
_OLDER_TEXT = re.compile(_OLDER_TEXT_BODY + r"[:,]\s*$")
# A block quotation: a paragraph after one that ends with such an attribution and a colon
# ("According to a columnist, writing for a news site:").
_BLOCK_LEAD = re.compile(_OLDER_TEXT_BODY + r":\s*$")


def in_undated_text(ctx: Ctx, start: int) -> bool:
    """Whether ``start`` lies in an older text or a recording quoted with no time of its own:
    in a quotation whose attribution names a column, a book or footage, or in the paragraph
    after one that introduces such a text with a colon. A "yesterday" or "ten days ago" in
    it counts from a day the report does not give, so it dates nothing."""
    paragraph = ctx.text.rfind("\n", 0, start) + 1
    opening = _opening(ctx.text, paragraph, start)
    if opening is not None:
        lead_start = max(paragraph, opening - _REACH)
        lead = ctx.text[lead_start:opening]
        if _OLDER_TEXT.search(lead) and not _dated_lead(ctx, lead_start, opening):
            return True
    block = ctx.text.rfind("\n\n", 0, start)
    if block < 0:
        return False
    lead = ctx.text[max(0, block - 200) : block].rsplit("\n\n", 1)[-1]
    if "\n" in lead.strip() or _BLOCK_LEAD.search(lead) is None:
        return False
    return not _dated_lead(ctx, block - len(lead), block)


def _dated_lead(ctx: Ctx, start: int, end: int) -> bool:
    """Whether the attribution at ``start:end`` gives its text's time ("said in an editorial
    on Thursday, April 6:"): the quoted text's relative times count from that."""
    return ctx.anchor is not None and start <= ctx.anchor_end <= end
