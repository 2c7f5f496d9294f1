"""Discourse-anchored expressions TimeML leaves untagged but a timeline needs.

"Back then", "since then", "so far", "in the day since": each points to the last date of
the text (or to the DCT). Not "at the same time": opening a sentence it is a connective
("At the same time, the program faces criticism": meanwhile, or yet), and inside one it is
the time of another part of that sentence, never a date paragraphs before. They are tagged
only when ``tag`` is called with ``narrative=True``; the TempEval output (``briefgen dates
--jsonl``) leaves them out.
"""

from __future__ import annotations

import re
from datetime import timedelta

from briefgen.extract.timex.base import WEEKDAY, Ctx, Result, rule
from briefgen.extract.timex.lexicon import WEEKDAYS

# "the day after Monday('s debate)": the last such weekday, a day on
_WEEKDAY_AFTER = re.compile(rf"\s+(?P<wd>{WEEKDAY})\b")


def _dct_like(ctx: Ctx, value: str) -> str | None:
    """The DCT at the precision of ``value`` (year, month or day)."""
    if ctx.dct is None:
        return None
    iso = ctx.dct.isoformat()
    if re.fullmatch(r"\d{4}", value):
        return iso[:4]
    if re.fullmatch(r"\d{4}-\d{2}", value):
        return iso[:7]
    return iso


@rule("back-then", r"\b(?:back\s+then|at\s+that\s+time)\b", narrative=True)
def back_then(m: re.Match[str], ctx: Ctx) -> Result:
    if ctx.anchor is None or not re.fullmatch(r"\d{4}(?:-\d{2}){0,2}", ctx.anchor):
        return None
    return "DATE", ctx.anchor, None


@rule("since-then", r"\b(?<=since\s)then\b|\bsince\s+then\b", narrative=True)
def since_then(m: re.Match[str], ctx: Ctx) -> Result:
    if ctx.anchor is None or not re.fullmatch(r"\d{4}(?:-\d{2}){0,2}", ctx.anchor):
        return None
    end = _dct_like(ctx, ctx.anchor)
    if end is None or end <= ctx.anchor:
        return "DATE", ctx.anchor, "START"
    return "DATE", f"{ctx.anchor}/{end}", None


@rule("so-far", r"\b(?:so\s+far|to\s+date|until\s+now|up\s+to\s+now|thus\s+far)\b", narrative=True)
def so_far(m: re.Match[str], ctx: Ctx) -> Result:
    return "DATE", "PAST_REF", None


@rule(
    "the-unit-since",
    r"\bthe\s+(?P<u>day|days|hours|week|weeks|months)\s+(?:since|after|that\s+followed)\b",
    narrative=True,
)
def the_unit_since(m: re.Match[str], ctx: Ctx) -> Result:
    unit = m["u"].lower()
    if m.group(0).lower().endswith("after"):
        # "the day after Monday's debate": the day after that day, never the DCT's eve;
        # "the day after his death": after an event the text does not date here
        said = _WEEKDAY_AFTER.match(ctx.after(m.end(), 20))
        if unit != "day" or said is None or ctx.dct is None:
            return None
        back = (ctx.dct.isoweekday() - WEEKDAYS[said["wd"].lower()]) % 7
        return "DATE", (ctx.dct - timedelta(days=back - 1)).isoformat(), None
    if unit in ("day", "hours") and ctx.dct is not None:
        return "DATE", (ctx.dct - timedelta(days=1)).isoformat(), None
    return "DATE", "PAST_REF", None
