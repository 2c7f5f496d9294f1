"""Rules for dates a distance from the DCT or an earlier date ("three days ago", "two
weeks later", "the day after"), and for the present, past and future told without a
date ("now", "recently", "the coming years")."""

from __future__ import annotations

import re
from datetime import timedelta

from briefgen.extract.timex.anchor import (
    shift_value,
)
from briefgen.extract.timex.base import (
    NUM,
    UNITS,
    Ctx,
    Result,
    rule,
)
from briefgen.extract.timex.lexicon import parse_number
from briefgen.extract.timex.quoted import in_undated_text, quoted_from

_UNIT_CODE = {"year": "Y", "month": "M", "week": "W", "day": "D", "decade": "DE", "quarter": "Q"}


@rule(
    "ago",
    r"\b(?P<q>(?:about|some|nearly|almost|roughly|around|more\s+than|less\s+than|just|only|over)\s+)?"
    rf"(?P<n>{NUM})[\s-]+(?:(?:or\s+so|and\s+a\s+half)\s+)?(?P<u>{UNITS})\s+(?:or\s+so\s+)?"
    r"(?P<dir>ago|earlier|later|before|after|from\s+now|hence|previously|back)\b",
)
def ago(m: re.Match[str], ctx: Ctx) -> Result:
    direction = m["dir"].lower()
    if direction in ("before", "after") and not re.match(r"\s*[.,;:)]", ctx.after(m.end())):
        return None
    unit_word = m["u"].lower().rstrip("s")
    unit_word = "century" if unit_word.startswith("centur") else unit_word
    code = _UNIT_CODE.get(unit_word)
    n = parse_number(m["n"])
    sign = 1 if direction in ("later", "after", "from now", "hence") else -1
    ref_anchor = direction in ("earlier", "later", "before", "after")
    if code is None:
        return None
    if not ctx.narrative and direction in ("earlier", "later") and code in ("D", "W"):
        # TimeML tags the gap in "three days later" as a DURATION ("later" is a signal);
        # a timeline (narrative mode) wants the day it points to
        return None
    if n is None:
        return "DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", None
    if n != int(n):
        return None
    k = int(n) * (10 if code == "DE" else 1)
    code = "Y" if code == "DE" else code
    base: str | None = None
    if code == "Y" and k == 1 and ctx.quarter:
        base = ctx.quarter  # results season: "a year ago" is the same quarter a year before
    elif ref_anchor and ctx.anchor:
        base = ctx.anchor
    elif ctx.dct is not None:
        # "ten days ago" in a quoted older text counts from when that text was written
        base = None if ref_anchor else quoted_from(ctx, m.start())
        if base is None and in_undated_text(ctx, m.start()):
            return "DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", None
        base = base or ctx.dct.isoformat()
    if base is None:
        return "DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", None
    if code == "Y":
        if re.fullmatch(r"\d{4}-Q\d", base):
            value = shift_value(base, "Y", sign * k)
        else:
            value = str(int(base[:4]) + sign * k)
    elif code == "Q":
        value = shift_value(
            base
            if "Q" in base
            else f"{base[:4]}-Q{(int(base[5:7]) - 1) // 3 + 1}"
            if len(base) >= 7 and base[5:7].isdigit()
            else base,
            "Q",
            sign * k,
        )
    else:
        value = shift_value(base, code, sign * k)
    if value is None:
        return "DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", None
    return "DATE", value, None


@rule(
    "ref-word",
    r"\b(?:(?P<now>now|currently|nowadays|(?<=at\s)present|these\s+days|"
    r"the\s+present(?:\s+time)?)"
    r"|(?P<past>recently|lately|the\s+past|the\s+recent\s+past"
    r"|recent\s+(?:years|decades|times))"
    r"|(?P<fut>the\s+(?:near\s+|distant\s+|foreseeable\s+)?future|the\s+(?:near|short)\s+term|"
    r"(?:the\s+)?coming\s+(?:days|weeks|months|years|decades|quarters))|(?P<cur>(?P<then>then[\s-]+)?current))\b",
)
def ref_word(m: re.Match[str], ctx: Ctx) -> Result:
    if m["cur"]:
        # the adjective: "current" prices, the "current" crisis; not electric current
        if not re.match(r"\s+[a-z]", ctx.after(m.end())) or re.search(
            r"\b(?:electric|an|alternating|direct)\s+$", ctx.before(m.start()), re.I
        ):
            return None
        # "the then-current price": current at a past time
        return "DATE", "PAST_REF" if m["then"] else "PRESENT_REF", None
    if m["now"]:
        return "DATE", "PRESENT_REF", None
    if m["past"]:
        return "DATE", "PAST_REF", None
    return "DATE", "FUTURE_REF", None


@rule(
    "anchored-day",
    r"\b(?P<w>the\s+(?:following|next|previous|preceding)\s+(?P<u1>day|morning|evening|night)"
    r"|the\s+same\s+day|that\s+(?:same\s+)?day|(?:earlier|later)\s+that\s+day"
    r"|the\s+day\s+(?P<ba>before|after)(?=\s*[.,;:)]))",
)
def anchored_day(m: re.Match[str], ctx: Ctx) -> Result:
    d = ctx.anchor_day()
    if d is None or not (ctx.anchor and len(ctx.anchor) >= 10):
        return None
    w = m["w"].lower()
    step = 0
    if "following" in w or "next" in w or m["ba"] == "after":
        step = 1
    elif "previous" in w or "preceding" in w or m["ba"] == "before":
        step = -1
    return "DATE", (d + timedelta(days=step)).isoformat(), None
