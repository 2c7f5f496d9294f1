"""Rules for reporting periods: quarters, halves, "the year-ago quarter", "year-end"."""

from __future__ import annotations

import re

from briefgen.extract.timex.anchor import add_months, ended_year, quarter, shift_value
from briefgen.extract.timex.base import MONTH, NUM, ORD, YEAR, Ctx, Result, month_num, rule
from briefgen.extract.timex.lexicon import ORDINALS, parse_number


@rule(
    "quarter",
    rf"(?:(?:the|(?P<rel>this|last|next)\s+year['’]s)\s+)?(?:(?P<fis>fiscal)[\s-]+)?(?P<o>{ORD}|last|final)"
    rf"[\s-]+(?:fiscal\s+)?(?:quarter|period)\b(?:\s+of\s+(?:fiscal\s+)?(?P<y>{YEAR}))?"
    rf"|\b(?P<q>Q[1-4])\s*(?P<y2>{YEAR})",
    needs=r"quarter|period|Q[1-4]",
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
        rel = (m["rel"] or "").lower()
        ended = _ENDED.match(ctx.after(m.end(), 40))
        if rel:
            yy += {"this": 0, "last": -1, "next": 1}[rel]
        elif ended and (ended_mo := month_num(ended["mo"])) and ended["past"]:
            # "the second quarter ended Oct. 31" (a 27 October report): the quarter of the
            # last such day, a year back, as a company's own (fiscal) numbering has it
            yy = int(ended["y"]) if ended["y"] else ended_year(ctx.dct, ended_mo, int(ended["d"]))
        elif q > quarter(ctx.dct) and ctx.tense(m.start(), m.end()) <= 0:
            yy -= 1
        y = str(yy)
    return "DATE", f"{y}-Q{q}", None


@rule(
    "half",
    # "the first two quarters of 1990" is the year's first half, not six months from anywhere
    rf"(?:the\s+)?(?P<o>first|second|last|latter)\s+(?:half|two\s+quarters)"
    rf"(?:\s+of\s+(?:(?P<y>{YEAR})|(?P<ty>the\s+year|(?P<rel>this|last|next)\s+year)))?",
)
def half(m: re.Match[str], ctx: Ctx) -> Result:
    h = 1 if m["o"].lower() == "first" else 2
    if m["y"]:
        return "DATE", f"{m['y']}-H{h}", None
    if not m["ty"]:
        return None
    if ctx.dct is None:
        return "DATE", f"XXXX-H{h}", None
    y = ctx.dct.year + {"this": 0, "last": -1, "next": 1}[(m["rel"] or "this").lower()]
    return "DATE", f"{y}-H{h}", None


@rule(
    "year-ago-period",
    r"(?:the\s+)?(?:comparable\s+)?year[\s-](?:ago|earlier)(?:\s+(?:(?P<o>"
    + ORD
    + r")\s+)?(?P<n>quarter|period)|\s+(?P<nm>"
    + NUM
    + r")\s+months)?",
)
def year_ago_period(m: re.Match[str], ctx: Ctx) -> Result:
    if m["nm"]:
        # "the year-earlier nine months": a span of months (the comparison period)
        n = parse_number(m["nm"])
        return ("DURATION", f"P{int(n)}M", None) if n and n == int(n) else None
    base = _compared(m, ctx)
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


# "since year-end", "up from year-end": a change measured from a year's end already past
_SINCE_BEFORE = re.compile(r"\b(?:since|from)\s+$", re.I)


@rule("year-end", r"\b(?P<w>year[\s-]end|year['’]s\s+end)\b")
def year_end(m: re.Match[str], ctx: Ctx) -> Result:
    if ctx.dct is None:
        return "DATE", "XXXX", "END"
    if _SINCE_BEFORE.search(ctx.before(m.start(), 8)) and ctx.dct.month < 12:
        # "The percentage change is since year-end" in an October table: the change runs
        # from the last day of the year before, not from the end of the year under way
        return "DATE", f"{ctx.dct.year - 1}-12-31", None
    return "DATE", str(ctx.dct.year), "END"


@rule(
    "years-quarter", r"\b(?P<rel>this|last|next)\s+year['’]s\s+(?:fiscal\s+)?(?:quarter|period)\b"
)
def years_quarter(m: re.Match[str], ctx: Ctx) -> Result:
    """ "last year's quarter": the quarter in discussion, in that year."""
    if ctx.quarter is None or ctx.dct is None:
        return None
    y = ctx.dct.year + {"this": 0, "last": -1, "next": 1}[m["rel"].lower()]
    return "DATE", f"{y}-Q{ctx.quarter[-1]}", None


@rule(
    "period-year-ago",
    r"\bthe\s+(?:same\s+|corresponding\s+|comparable\s+)?(?:fiscal\s+)?(?:quarter|period)\s+"
    r"(?:of\s+)?(?:a\s+year\s+(?:ago|earlier|before)|last\s+year|the\s+(?:previous|prior)\s+year)\b",
)
def period_year_ago(m: re.Match[str], ctx: Ctx) -> Result:
    """ "the corresponding period last year": the quarter in discussion, a year before."""
    base = _compared(m, ctx)
    value = shift_value(base, "Y", -1) if base else None
    return ("DATE", value, None) if value else None


_ENDED = re.compile(
    rf"\s+(?:(?P<past>ended)|ending)\s+(?P<mo>{MONTH})\s+(?P<d>\d{{1,2}})(?:,\s+(?P<y>\d{{4}}))?"
)


@rule(
    "the-quarter",
    r"\bthe\s+(?P<done>latest|most\s+recent|last|recent|just-ended|just\s+ended)?\s*"
    # "the quarter-to-quarter comparison" compares quarters; it names none
    r"(?:fiscal\s+)?(?P<u>quarter|period)\b(?!-(?:to|over|on)-)",
)
def the_quarter(m: re.Match[str], ctx: Ctx) -> Result:
    done = _last_complete(ctx) if m["done"] else None
    if ctx.quarter and not (done and ctx.quarter > done):
        return "DATE", ctx.quarter, None  # the (maybe fiscal) quarter named before
    if done and ctx.quarter:
        return "DATE", done, None  # "the latest quarter" has ended: not a forecast quarter
    ended = _ENDED.match(ctx.after(m.end(), 40))
    if ended and ctx.dct is not None and month_num(ended["mo"]):
        # "the quarter ended Sept. 30": the calendar quarter holding most of its three months
        mo = month_num(ended["mo"]) or 1
        y = int(ended["y"]) if ended["y"] else ctx.dct.year - (mo > ctx.dct.month)
        y, mid = add_months(y, mo, -1)
        return "DATE", f"{y:04d}-Q{(mid - 1) // 3 + 1}", None
    if m["u"].lower() == "period" or ctx.dct is None:
        return None
    prev = shift_value(f"{ctx.dct.year}-Q{quarter(ctx.dct)}", "Q", -1)
    return ("DATE", prev, None) if prev else None


def _compared(m: re.Match[str], ctx: Ctx) -> str | None:
    """The quarter a year-ago period is compared with: the quarter in discussion, else the
    last complete one. Told in the past ("In the year-ago period, X earned ..."), the
    comparison is of results already in, so the quarter in discussion cannot be the one
    still under way: a forecast named before ("expect the trend to continue into the fourth
    quarter" in an October report) does not become what the year-ago figures are set
    against."""
    done = _last_complete(ctx)
    base = ctx.quarter
    if base is not None and done is not None and base > done and ctx.tense(m.start(), m.end()) < 0:
        return done
    return base or done


def _last_complete(ctx: Ctx) -> str | None:
    """The last quarter complete at the DCT."""
    if ctx.dct is None:
        return None
    return shift_value(f"{ctx.dct.year}-Q{quarter(ctx.dct)}", "Q", -1)
