"""Rules for weeks, months and years read against the DCT or an earlier date: this week,
last month, the weekend, last March, the end of the year, for the year."""

from __future__ import annotations

import re
from datetime import date, timedelta

from briefgen.extract.timex.anchor import (
    add_months,
    iso_week,
    quarter,
    shift_value,
)
from briefgen.extract.timex.base import (
    MONTH,
    PRE,
    Ctx,
    Result,
    in_title,
    month_num,
    pre_mod,
    rule,
)

# A modal with its verb before the expression ("may plead guilty this week"): what may
# happen is still ahead, whatever tense the words after it are told in.
_MAY_DO = re.compile(r"\b(?:may|might|could|can|should|must)\s+(?!have\b)[a-z]+\b[^,;.]*$")

_REL_STEP = {
    "this": 0,
    "this past": -1,
    "current": 0,
    "the current": 0,
    "last": -1,
    "past": -1,
    "previous": -1,
    "the previous": -1,
    "the preceding": -1,
    "next": 1,
    "coming": 1,
    "the coming": 1,
    "the following": 1,
    "the next": 1,
    "the same": 0,
    "that": 0,
}


@rule(
    "this-unit",
    PRE + r"\b(?P<rel>this\s+past|this|current|the\s+current|last|next|coming|that|the\s+same|"
    r"the\s+following|the\s+next|the\s+previous|the\s+preceding|previous)\s+(?P<fy>fiscal\s+)?"
    r"(?P<u>year|month|week|weekend|quarter|decade|century|day)\b(?!-(?:to|over|on)-)",
)
def this_unit(m: re.Match[str], ctx: Ctx) -> Result:
    if m["u"][0].isupper() and m["rel"][0].isupper() and in_title(ctx.text, m.start()):
        return None  # ABC's "This Week": a title
    rel = re.sub(r"\s+", " ", m["rel"].lower())
    unit = m["u"].lower()
    step = _REL_STEP[rel]
    if rel == "this past":
        return _just_past(unit, ctx.dct)
    anchored = rel in (
        "that",
        "the same",
        "the following",
        "the next",
        "the previous",
        "the preceding",
    )
    if anchored and rel == "the next" and unit != "day":
        return None  # "the next year" is usually a duration; see durations
    if unit in ("decade", "century"):
        if anchored or ctx.dct is None:
            return None
        if step == 0:
            return "DATE", str(ctx.dct.year)[: 3 if unit == "decade" else 2], pre_mod(m)
        return None
    base_value: str | None
    if anchored:
        base_value = ctx.anchor
        if base_value is None:
            return None
    else:
        if ctx.dct is None:
            return None
        base_value = ctx.dct.isoformat()
    d = ctx.anchor_day() if anchored else ctx.dct
    y = base_value[:4]
    value: str | None
    if unit == "year":
        value = str(int(y) + step)
    elif unit == "month":
        if len(base_value) < 7 or base_value[4] != "-" or not base_value[5:7].isdigit():
            return None
        yy, mm = add_months(int(y), int(base_value[5:7]), step)
        value = f"{yy:04d}-{mm:02d}"
    elif unit == "quarter":
        if rel == "that" and ctx.named_quarter:
            # "Results for that quarter": the quarter last named (a fiscal one maybe), not the
            # calendar quarter of the last day named ("the second quarter ended Oct. 31")
            value = ctx.named_quarter
        elif d is None:
            return None
        else:
            value = shift_value(f"{d.year}-Q{quarter(d)}", "Q", step)
    elif unit in ("week", "weekend"):
        if d is None or (anchored and len(base_value) < 10):
            return None
        early = unit == "weekend" and rel == "this" and not anchored and d.isoweekday() <= 3
        if early and ctx.tense(*m.span()) < 0:
            step = -1  # "two contests this weekend" told as done early in the week: the
            # weekend just past (the week's own is still ahead of it)
        if unit == "week" and rel == "this" and not anchored and _week_told_done(m, ctx, d):
            step = -1  # "Trump this week also said ..." in a Monday paper
        value = iso_week(d + timedelta(weeks=step)) + ("-WE" if unit == "weekend" else "")
    else:  # day
        if d is None or (anchored and len(base_value) < 10) or (step == 0 and not anchored):
            return None
        value = (d + timedelta(days=step)).isoformat()
    if value is None:
        return None
    return "DATE", value, pre_mod(m)


def _week_told_done(m: re.Match[str], ctx: Ctx, d: date) -> bool:
    """Whether the week phrase at ``m`` in a page dated ``d`` tells the week just ended: on
    a Monday, what is told as done "this week" or "for the week" (a market column's weekly
    change) lies in the latest week that has ended, its own having barely begun; what may
    still happen ("may plead guilty this week") is the page's own week."""
    return (
        d.isoweekday() == 1
        and ctx.tense(*m.span()) < 0
        and not _MAY_DO.search(ctx.before(m.start(), 60))
    )


def _just_past(unit: str, dct: date | None) -> Result:
    """ "this past week": the seven days up to the telling, as "the past week" (the week
    they mostly lie in); "this past weekend": the latest weekend, the page's own when it is
    dated on one. Other units ("this past year") are as often the current one: no value."""
    if dct is None or unit not in ("week", "weekend"):
        return None
    if unit == "week":
        return "DATE", iso_week(dct - timedelta(days=3)), None
    on_weekend = dct.isoweekday() >= 6
    return "DATE", iso_week(dct if on_weekend else dct - timedelta(weeks=1)) + "-WE", None


@rule("the-weekend", r"\bthe\s+weekend\b")
def the_weekend(m: re.Match[str], ctx: Ctx) -> Result:
    if ctx.dct is None:
        return "DATE", "XXXX-WXX-WE", None
    d = ctx.dct
    # news reports the weekend just past unless the clause looks ahead ("over the weekend")
    if ctx.tense(m.start(), m.end()) <= 0 and d.isoweekday() < 6:
        d -= timedelta(weeks=1)
    return "DATE", iso_week(d) + "-WE", None


@rule(
    "pre-the-unit",
    r"(?P<pre>(?:the\s+)?(?:(?:early|late|earlier|later)(?:\s+in)?\s+"
    r"|(?:end|beginning|start|middle|close|turn|rest)\s+of\s+))the\s+(?P<u>year|month|week)\b",
)
def pre_the_unit(m: re.Match[str], ctx: Ctx) -> Result:
    if ctx.dct is None:
        return None
    unit = m["u"].lower()
    if unit == "year":
        value = str(ctx.dct.year)
    elif unit == "month":
        value = ctx.dct.isoformat()[:7]
    else:
        value = iso_week(ctx.dct)
    return "DATE", value, pre_mod(m)


@rule(
    "for-the-year",
    r"(?:(?<=\bfor\s)|(?<=\bin\s)|(?<=\bof\s)|(?<=\bduring\s)|(?<=\bthroughout\s))"
    r"the\s+(?P<fy>fiscal\s+|current\s+|full\s+)?(?P<u>year|week)\b(?!-|'s\s+end)",
)
def for_the_year(m: re.Match[str], ctx: Ctx) -> Result:
    """ "For the year ended Sept. 30": a fiscal period; "for the year": the current one."""
    after = ctx.after(m.end(), 12).lower()
    if re.match(r"\s+(?:ended|ending|to|through)\b", after):
        return "DURATION", "P1Y" if m["u"].lower() == "year" else "P1W", None
    if re.match(r"\s+(?:before|after|earlier|later|ago|in\s+which|when|that)\b", after):
        return None
    if ctx.dct is None:
        return None
    if m["u"].lower() == "year":
        return "DATE", str(ctx.dct.year), None
    # "For the week, the index dropped 3.8%" in a Monday paper: the week just ended
    week = ctx.dct - timedelta(weeks=1) if _week_told_done(m, ctx, ctx.dct) else ctx.dct
    return "DATE", iso_week(week), None


@rule(
    "this-month-name",
    r"\b(?P<rel>last|next|this|this\s+past|this\s+coming)\s+(?P<mo>" + MONTH + r")"
    r"(?:\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\b(?:,?\s+(?P<y>\d{4})\b)?)?",
    re.NOFLAG,
)
def this_month_name(m: re.Match[str], ctx: Ctx) -> Result:
    mo = month_num(m["mo"])
    if mo is None:
        return None
    if ctx.dct is None:
        return "DATE", f"XXXX-{mo:02d}" + (f"-{int(m['d']):02d}" if m["d"] else ""), None
    rel = m["rel"].split()[-1]
    if m["d"] and m["y"]:
        try:
            return "DATE", date(int(m["y"]), mo, int(m["d"])).isoformat(), None
        except ValueError:
            return None
    if m["d"]:
        # "shot to death last Oct. 23": the last such day before the DCT (the next one after
        # it), not the month alone
        return _month_day(ctx.dct, mo, int(m["d"]), rel)
    y = ctx.dct.year
    if rel in ("last", "past") and mo >= ctx.dct.month:
        y -= 1
    elif m["rel"].lower() == "last" and mo == ctx.dct.month - 1:
        y -= 1  # said in March, "last February" is a year back: the month just gone is "last month"
    elif rel in ("next", "coming") and mo <= ctx.dct.month:
        y += 1
    return "DATE", f"{y}-{mo:02d}", None


def _month_day(dct: date, mo: int, day: int, rel: str) -> Result:
    try:
        days = [date(y, mo, day) for y in (dct.year - 1, dct.year, dct.year + 1)]
    except ValueError:
        return None  # "last Feb. 30", or a 29 February not in every year
    if rel in ("next", "coming"):
        d = min(d for d in days if d > dct)
    elif rel in ("last", "past"):
        d = max(d for d in days if d < dct)
    else:
        d = days[1]
    return "DATE", d.isoformat(), None


@rule(
    "month-this-year",
    r"(?P<mo>" + MONTH + r")\s+(?:of\s+)?(?P<rel>this|last|next)\s+year\b",  # "March of last year"
    re.NOFLAG,
)
def month_this_year(m: re.Match[str], ctx: Ctx) -> Result:
    mo = month_num(m["mo"])
    if mo is None or ctx.dct is None:
        return None
    y = ctx.dct.year + {"this": 0, "last": -1, "next": 1}[m["rel"]]
    return "DATE", f"{y}-{mo:02d}", None
