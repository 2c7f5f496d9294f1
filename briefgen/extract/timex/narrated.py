"""A looking-back piece's bare weekday, read in the days it narrates.

A diary, a reporter's notebook or a photographer's account written weeks after the fact
sets its scene with a calendar date ("Early on Friday, March 6, I drove to ...") and goes
on day by day with bare weekdays told in the past ("Monday was the first day of ...").
Such a weekday is the one nearest the narrated day, not the one before the page's date,
which lands weeks late. News copy names a past date too ("the company failed on 2 March")
and goes on with "said on Monday" of the writing week; what sets the looking-back piece
apart is that its scene is the narrator's own ("I", "we", "my" outside a quotation) and
that, up to its weekday, it has never placed anything against the writing day: no "today",
"yesterday", "this week", "ago", no weekday read against the page's date, no date in the
page's own week. Once the text does, the writing week is its frame again.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from briefgen.extract.timex.anchor import clause, weekday_date
from briefgen.extract.timex.base import Ctx
from briefgen.when import MONTH_ABBRS

__all__ = ["narrated_weekday", "note_told"]

# Words that place a date against the writing day (the page's "now").
_DEICTIC = re.compile(
    r"\b(?:today|yesterday|tonight|tomorrow|ago|recent(?:ly)?|latest|to\s+date|so\s+far"
    r"|thus\s+far|until\s+now|up\s+to\s+now|(?:this|last|next|past|coming)\s+\w+)\b",
    re.I,
)
# A date written out with its month and day ("April 24", "24 April", "Apr. 24, 2009"): the
# scene a narrative sets, where "a day later" or "Monday" is only counted.
_CALENDAR_DAY = re.compile(
    rf"\b(?:{MONTH_ABBRS})[a-z]*\.?\s+\d{{1,2}}\b"
    rf"|\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{MONTH_ABBRS})"
)
# The scene is set by an adverbial: "On April 24, ...", "early on Friday, April 24, I ...",
# or the date opening the sentence; "the Nov. 8 election" names a happening, sets no scene.
_SCENE_BEFORE = re.compile(r"(?:\bon\s+|(?:^|[.!?][\"”’)]?\s+|\n))$", re.I)
# A weekday after a determiner modifies a noun ("their Friday editorial"): a known piece
# or happening, as likely the writing week's as the scene's
_ATTRIBUTIVE = re.compile(r"\b(?:the|a|an|this|that|his|her|its|their|our|my|your|whose)\s+$", re.I)
# The narrator's own past ("Very early on Friday, April 24, I put on ..."): a looking-back
# piece tells its scene in the first person. News recalls a dated happening of others ("The
# boy arrived on 4 April"; "On 11 June, the agency declared") and goes on with the writing
# week's weekdays however little it says "today": without a narrator no scene is set.
_NARRATOR = re.compile(r"\b(?:I|[Ww]e|[Mm]y|[Oo]ur|me|us)\b")
_QUOTE_MARK = re.compile(r"[\"“”]")
_DAY_VALUE = re.compile(r"\d{4}-\d{2}-\d{2}")
# A narrated scene lies more than a week before the page: nearer, both readings coincide
# or the writing week is the story's own.
_WEEK = timedelta(days=7)


def note_told(ctx: Ctx, said: str, value: str, start: int, end: int) -> None:
    """Record what a tagged expression says of the text's frame: a past scene the narrator
    sets with a calendar day (``ctx.narrated``), or the writing day used as the
    anchor (``ctx.told_now``), after which no weekday is read in the narrated days."""
    if ctx.told_now or ctx.dct is None:
        return
    head = value.split("/")[-1]
    day = _day(head)
    # a time of day is dated by default, the text saying nothing of its frame
    near = day is not None and "T" not in head and abs(day - ctx.dct) <= _WEEK
    if _DEICTIC.search(said) or near:
        ctx.told_now = True
        return
    if (
        day is not None
        and _CALENDAR_DAY.search(said)
        and day < ctx.dct - _WEEK
        and _SCENE_BEFORE.search(ctx.before(start, 20))
        and ctx.ahead(start, end) <= 0
        and _narrators(ctx.text, start, end)
    ):
        ctx.narrated = day


def narrated_weekday(ctx: Ctx, weekday: int, start: int, end: int) -> date | None:
    """The day of a bare weekday told in the past in a looking-back piece: that weekday
    nearest the day in focus (the scene's day, or a day counted from it since),
    or None when the text has placed itself at the writing day or set no past scene."""
    if ctx.told_now or ctx.narrated is None or ctx.dct is None:
        return None
    if ctx.tense(start, end) >= 0 or _ATTRIBUTIVE.search(ctx.before(start, 12)):
        return None
    focus = _day(ctx.last_day or "") or ctx.narrated
    if focus < ctx.narrated or focus > ctx.dct - _WEEK:
        focus = ctx.narrated
    back = weekday_date(focus, weekday, -1)
    ahead = weekday_date(focus, weekday, 1)
    return back if focus - back < ahead - focus else ahead


def _narrators(text: str, start: int, end: int) -> bool:
    """Whether the clause around ``start:end`` is told by the writer in the first person,
    outside any quotation."""
    before, after = clause(text, start, end)
    told = before + after
    return _NARRATOR.search(told) is not None and _QUOTE_MARK.search(told) is None


def _day(value: str) -> date | None:
    if not _DAY_VALUE.match(value):
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None
