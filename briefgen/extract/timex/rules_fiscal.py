"""Rules for reporting periods: quarters, halves, "the year-ago quarter", "year-end"."""

from __future__ import annotations

import re

from briefgen.extract.timex.anchor import quarter, shift_value
from briefgen.extract.timex.base import ORD, YEAR, Ctx, Result, rule
from briefgen.extract.timex.lexicon import ORDINALS


@rule(
    "quarter",
    rf"(?:(?:the|this\s+year's|last\s+year's)\s+)?(?:(?P<fis>fiscal)[\s-]+)?(?P<o>{ORD}|last|final)"
    rf"[\s-]+(?:fiscal\s+)?(?:quarter|period)\b(?:\s+of\s+(?:fiscal\s+)?(?P<y>{YEAR}))?"
    rf"|\b(?P<q>Q[1-4])\s*(?P<y2>{YEAR})",
)
def quarter_rule(m: re.Match[str], ctx: Ctx) -> Result:
    if "period" in m.group(0).lower() and not m["y"]:
        return None
    q = int(m["q"][1]) if m["q"] else ORDINALS.get(re.sub(r"\W", "", m["o"].lower()))
    if q is None:
        digits = re.sub(r"\D", "", m["o"] or "")
        q = int(digits) if digits else None
    if q is None or not 1 <= q <= 4:
        return None
    y = m["y"] or m["y2"]
    if not y:
        if ctx.dct is None:
            return "DATE", f"XXXX-Q{q}", None
        yy = ctx.dct.year
        head = m.group(0).lower()
        if "last year" in head or (q > quarter(ctx.dct) and ctx.tense(m.start(), m.end()) <= 0):
            yy -= 1
        y = str(yy)
    return "DATE", f"{y}-Q{q}", None


@rule(
    "half",
    rf"(?:the\s+)?(?P<o>first|second|last|latter)\s+half(?:\s+of\s+(?:(?P<y>{YEAR})|(?P<ty>the\s+year|this\s+year|last\s+year)))?",
)
def half(m: re.Match[str], ctx: Ctx) -> Result:
    h = 1 if m["o"].lower() == "first" else 2
    if m["y"]:
        return "DATE", f"{m['y']}-H{h}", None
    if not m["ty"]:
        return None
    if ctx.dct is None:
        return "DATE", f"XXXX-H{h}", None
    y = ctx.dct.year - (1 if "last" in m["ty"].lower() else 0)
    return "DATE", f"{y}-H{h}", None


@rule(
    "year-ago-period",
    r"(?:the\s+)?(?:comparable\s+)?year[\s-](?:ago|earlier)(?:\s+(?:(?P<o>"
    + ORD
    + r")\s+)?(?P<n>quarter|period))?",
)
def year_ago_period(m: re.Match[str], ctx: Ctx) -> Result:
    base = ctx.quarter
    if base is None and ctx.dct is not None:
        prev = shift_value(f"{ctx.dct.year}-Q{quarter(ctx.dct)}", "Q", -1)
        base = prev
    if base is None:
        return None
    if m["o"]:
        q = ORDINALS.get(m["o"].lower()) or int(re.sub(r"\D", "", m["o"]))
        base = f"{base[:4]}-Q{q}"
    value = shift_value(base, "Y", -1)
    return ("DATE", value, None) if value else None


@rule(
    "year-quarter",
    rf"(?:the\s+)?(?P<y>{YEAR})\s+(?:(?P<o>{ORD})[\s-]+)?(?:fiscal\s+)?(?P<n>quarter|period|half)\b",
)
def year_quarter(m: re.Match[str], ctx: Ctx) -> Result:
    """ "the 1988 third quarter", "the 1988 period" (the same quarter in that year)."""
    y = m["y"]
    if m["o"]:
        q = ORDINALS.get(m["o"].lower()) or int(re.sub(r"\D", "", m["o"]))
        if m["n"].lower() == "half":
            return ("DATE", f"{y}-H{q}", None) if q <= 2 else None
        return "DATE", f"{y}-Q{q}", None
    if m["n"].lower() != "half" and ctx.quarter:
        return "DATE", f"{y}-Q{ctx.quarter[-1]}", None
    return "DATE", y, None


@rule("year-end", r"\b(?P<w>year[\s-]end|year's\s+end)\b")
def year_end(m: re.Match[str], ctx: Ctx) -> Result:
    if ctx.dct is None:
        return "DATE", "XXXX", "END"
    return "DATE", str(ctx.dct.year), "END"
