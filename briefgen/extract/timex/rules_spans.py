"""Rules for durations, sets, clock times and holidays."""

from __future__ import annotations

import re
from datetime import date, timedelta

from briefgen.extract.timex.anchor import (
    add_months,
    iso_week,
    month_year,
    weekday_date,
)
from briefgen.extract.timex.base import (
    DAY,
    MONTH,
    NUM,
    PART,
    UNITS,
    WEEKDAY,
    Ctx,
    Result,
    day_num,
    in_title,
    month_num,
    rule,
)
from briefgen.extract.timex.lexicon import PARTS_OF_DAY, WEEKDAYS, fmt_amount, parse_number
from briefgen.extract.timex.lexicon import UNITS as UNIT_TABLE

_QUANT = (
    r"(?P<q>(?:about|nearly|almost|roughly|around|approximately|some|more\s+than|less\s+than|"
    r"fewer\s+than|up\s+to|at\s+least|at\s+most|over|under|just|only|another|barely|well\s+over)\s+)?"
)
_QUANT_MOD = {
    "about": "APPROX",
    "around": "APPROX",
    "roughly": "APPROX",
    "approximately": "APPROX",
    "some": "APPROX",
    "nearly": "LESS_THAN",
    "almost": "LESS_THAN",
    "less than": "LESS_THAN",
    "fewer than": "LESS_THAN",
    "under": "LESS_THAN",
    "barely": "LESS_THAN",
    "more than": "MORE_THAN",
    "over": "MORE_THAN",
    "well over": "MORE_THAN",
    "up to": "EQUAL_OR_LESS",
    "at most": "EQUAL_OR_LESS",
    "at least": "EQUAL_OR_MORE",
}


def _unit(word: str) -> tuple[str, float, bool] | None:
    w = word.lower()
    w = "century" if w.startswith("centur") else "millennium" if w.startswith("millenni") else w
    return UNIT_TABLE.get(w[:-1] if w.endswith("s") and w[:-1] in UNIT_TABLE else w)


def duration_value(n: float | None, unit_word: str) -> str | None:
    """``P3Y``, ``PT2H``, ``P1.5Y``, ``PXM`` (n None: an unknown amount)."""
    u = _unit(unit_word)
    if u is None:
        return None
    code, mult, is_time = u
    if code == "Q":
        code, mult = "M", 3
    if code == "DE":
        code, mult = "Y", 10
        if n is None:
            code, mult = "DE", 1
    if code == "CE":
        code, mult = "Y", 100
        if n is None:
            code, mult = "CE", 1
    amount = "X" if n is None else fmt_amount(n * mult)
    return f"PT{amount}{code}" if is_time else f"P{amount}{code}"


# what makes "the first/last two quarters" a half of a named year (see ``rules_fiscal.half``)
_YEARS_HALF = re.compile(r"\s+of\s+(?:\d{4}\b|the\s+year\b|(?:this|last|next)\s+year\b)", re.I)
_MODAL_BEFORE = re.compile(r"\b(?:will|would|could|might|may|can|shall|should|must)\s+$", re.I)


@rule(
    "duration",
    r"\b" + _QUANT + r"(?:(?P<the>the|a|an)\s+)?(?:(?P<rel>past|last|next|first|coming|previous|"
    r"final|following|initial|remaining|same|latest|full|entire|whole|additional|further|other)\s+)?"
    rf"(?:(?P<n0>{NUM})\s*(?:to|or|-|\u2013)\s*)?(?P<n>{NUM})(?P<frac>\s+1/2)?(?P<hy>[\s-]+)"
    r"(?:(?:more|additional|further|extra|straight|consecutive|successive)\s+)?(?P<u>"
    + UNITS
    + r"|quarters?)(?P<half>\s+and\s+a\s+half)?"
    r"(?P<tail>-(?:long|old)|\s+old)?\b",
)
def duration(m: re.Match[str], ctx: Ctx) -> Result:
    if m["u"][0].isupper() and in_title(ctx.text, m.start()):
        return None  # CBS's "60 Minutes": a title
    n = parse_number(m["n"])
    nword = m["n"].lower()
    unit_word = m["u"].lower()
    if nword in ("a", "an"):
        if re.search(r"\b(?:once|twice|times|per)\s+$", ctx.before(m.start()), re.I):
            return None  # a frequency: see sets
        if unit_word.startswith("quarter") and re.match(r"\s+of\b", ctx.after(m.end())):
            return None  # "a quarter of the market": a fraction
        gap = re.match(r"\s+(?:later|earlier)\b", ctx.after(m.end(), 9))
        if unit_word in ("second", "day") and not m["q"] and not gap:
            return None  # "a second time", "a day" are too ambiguous alone
        if (
            not m["q"]
            and not m["rel"]
            and not gap
            and not re.search(
                r"\b(?:for|in|within|after|than|of|about|nearly|almost|over|under|only|just|least|"
                r"to|take|takes|took|lasted|last|spent|spend|half|(?:long|much|little|short)\s+as)\s+$",
                ctx.before(m.start()),
                re.I,
            )
        ):
            return None  # "$500 million a year", "700 seats a week": a rate, not a duration
    if nword == "one" and unit_word == "day" and _MODAL_BEFORE.search(ctx.before(m.start())):
        return "DATE", "FUTURE_REF", None  # "Islam will one day be ...": some day to come
    if n is not None and n > 2000 and "." not in nword:
        return None
    if m["hy"] == "-" and unit_word.endswith("s") and not unit_word.startswith("centur"):
        return None
    if m["tail"] and m["tail"].lower().endswith("old"):
        return None  # an age, not a period of time
    if unit_word == "second" and re.match(r"\s+(?:time|round|half)", ctx.after(m.end())):
        return None
    first_or_last = (m["rel"] or "").lower() in ("first", "last")
    if (
        unit_word == "quarters"
        and n == 2
        and first_or_last
        and _YEARS_HALF.match(ctx.after(m.end()))
    ):
        return None  # "(at least) the first two quarters of 1990": that year's half, a date
    if (m["half"] or m["frac"]) and n is not None:
        # "2 1/2 years" -> P2Y6M, "a minute and a half" -> PT1M30S
        whole = duration_value(n, unit_word)
        smaller = {"Y": ("M", 6), "H": ("M", 30), "M": ("S", 30)}
        code = (whole or "")[-1:]
        if whole and code in smaller and not (code == "M" and not whole.startswith("PT")):
            unit, amount = smaller[code]
            if code == "M" and whole.startswith("P") and not whole.startswith("PT"):
                unit = "D"
            return "DURATION", f"{whole}{amount}{unit}", None
        n += 0.5
    if m["n0"] and parse_number(m["n0"]) is None:
        return None
    value = duration_value(n, unit_word)
    if value is None:
        return None
    quant = re.sub(r"\s+", " ", (m["q"] or "").strip().lower())
    mod = None if m["rel"] and quant == "over" else _QUANT_MOD.get(quant)
    return "DURATION", value, mod


@rule(
    "the-unit",
    r"\bthe\s+(?P<rel>past|last|previous|next|coming|first|full|entire|whole)\s+"
    r"(?P<u>year|month|week|decade|century|quarter|day|fortnight)\b",
)
def the_unit(m: re.Match[str], ctx: Ctx) -> Result:
    """ "the past year": the calendar year before the DCT; "the full year": a duration."""
    step = {"past": -1, "last": -1, "previous": -1, "next": 1, "coming": 1}.get(m["rel"].lower())
    unit = m["u"].lower()
    if step and ctx.dct is not None and unit in ("year", "month", "week", "quarter", "decade"):
        d = ctx.dct
        if unit == "year":
            return "DATE", str(d.year + step), None
        if unit == "decade":
            return "DATE", str(d.year // 10 + step), None
        if unit == "week" and m["rel"].lower() == "past":
            # "over the past week": the seven days up to the telling, not the calendar week
            # before it (a Sunday's past week is its own); the week they mostly lie in
            return "DATE", iso_week(d - timedelta(days=3)), None
        if unit == "week":
            return "DATE", iso_week(d + timedelta(weeks=step)), None
        y, mo = add_months(d.year, d.month, step * (3 if unit == "quarter" else 1))
        if unit == "quarter":
            return "DATE", f"{y:04d}-Q{(mo - 1) // 3 + 1}", None
        return "DATE", f"{y:04d}-{mo:02d}", None
    value = duration_value(1, unit)
    return ("DURATION", value, None) if value else None


@rule(
    "vague-duration",
    r"(?:(?<=\bfor\s)|(?<=\bover\s)|(?<=\bwithin\s)|(?<=\bin\s)|(?<=\blasted\s)|(?<=\btook\s))"
    r"(?:(?:many|several|a\s+few|some|two|the\s+past\s+few|the\s+last\s+few|recent)\s+)?"
    r"(?:(?P<u>years|months|weeks|days|hours|decades|centuries|minutes)\b(?!\s+(?:ago|of|old))"
    r"|a\s+(?:long\s+|short\s+|little\s+)?while\b(?!\s+(?:ago|back|later|before|after)))",
)
def vague_duration(m: re.Match[str], ctx: Ctx) -> Result:
    if not m["u"]:
        return "DURATION", "PXX", None  # "for a while": some unknown length of time
    bare = m.group(0).lower() == m["u"].lower()
    if bare and re.search(r"(?<![a-z])in\s$", ctx.before(m.start(), 4).lower()):
        return None  # "in years" is rare; "in days" is often "in days' time"
    value = duration_value(None, m["u"])
    return ("DURATION", value, None) if value else None


@rule(
    "set",
    r"\b(?:(?:every|each)\s+(?P<k>" + NUM + r")\s+(?P<us>" + UNITS + r")"
    r"|(?P<ev>every|each)\s+(?P<other>other\s+)?(?P<u>year|month|week|day|morning|evening|night|"
    r"quarter|hour|decade|summer|winter|spring|fall|autumn|" + WEEKDAY + r"|(?P<mo>" + MONTH + r"))"
    r"|(?P<adv>daily|weekly|monthly|yearly|nightly|hourly|annually)"
    r"|(?<=\bper\s)(?P<per>year|month|week|day|hour|annum)"
    r"|(?:(?<=\bonce\s)|(?<=\btwice\s)|(?<=\btimes\s))(?P<fr>a\s+(?:year|month|week|day|hour))"
    r"|(?P<wds>(?:Mondays|Tuesdays|Wednesdays|Thursdays|Fridays|Saturdays|Sundays)))\b",
)
def set_rule(m: re.Match[str], ctx: Ctx) -> Result:
    if m["adv"]:
        if re.search(r"(?:%|\bper\s*cent)\s+$", ctx.before(m.start()), re.I):
            return None  # "rose 8.5% annually": a growth rate, like "$5 million a year"
        code = {
            "daily": "P1D",
            "weekly": "P1W",
            "monthly": "P1M",
            "yearly": "P1Y",
            "annually": "P1Y",
            "quarterly": "P3M",
            "nightly": "P1D",
            "hourly": "PT1H",
        }
        return "SET", code[m["adv"].lower()], None
    if m["mo"]:
        mo = month_num(m["mo"])
        return ("SET", f"XXXX-{mo:02d}", None) if mo else None  # "each July"
    if m["wds"]:
        return "SET", f"XXXX-WXX-{WEEKDAYS[m['wds'].lower()[:-1]]}", None
    if m["k"]:
        every = duration_value(parse_number(m["k"]), m["us"])  # "every four years": P4Y
        return ("SET", every, None) if every else None
    word = (m["u"] or m["per"] or m["fr"] or "").lower().split()[-1]
    if m["other"] and word in UNIT_TABLE:
        other = duration_value(2, word)  # "every other week": P2W
        return ("SET", other, None) if other else None
    if word.capitalize() in WEEKDAYS or word in WEEKDAYS:
        return "SET", f"XXXX-WXX-{WEEKDAYS[word]}", None
    if word in PARTS_OF_DAY:
        return "SET", f"TXX{PARTS_OF_DAY[word]}" if False else "P1D", None
    if word in ("summer", "winter", "spring", "fall", "autumn"):
        return "SET", "P1Y", None
    if word == "annum":
        return "SET", "P1Y", None
    value = duration_value(1, word)
    return ("SET", value, None) if value else None


_CLOCK = (
    r"(?P<h>[01]?\d|2[0-3])(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ap>a\.m\.?|p\.m\.?|am\b|pm\b)"
    r"|(?P<h24>[01]\d|2[0-3]):(?P<mi24>[0-5]\d)(?![\d:])"
    r"|(?P<word>noon|midnight|midday)"
    r"|(?P<hw>[1-9]|1[0-2])(?:\s+o'clock)?\s+in\s+the\s+(?P<pd>morning|afternoon|evening)"
)
_TZ = r"(?:\s+(?P<tz>[ECMP][SD]T|GMT|UTC|local\s+time|Moscow\s+time|\([A-Z]{2,4}\)))?"


_ON_DAY = re.compile(rf"\s+on\s+(?P<dw>{WEEKDAY})\b")
# "a little after noon on the same day", "at 3 pm that day": the day in focus, not the DCT
_SAME_DAY = re.compile(
    r",?\s+(?:on\s+|of\s+)?(?:the\s+same|that(?:\s+same)?)\s+(?:day|morning|afternoon|evening|night)\b",
    re.I,
)
# "at 10.40 am on the day of his death": the day is an event's, which the text does not date
_OF_EVENT = re.compile(
    r",?\s+(?:on\s+|in\s+)?the\s+(?:day|morning|afternoon|evening|night|eve)\s+(?:of|before|after)\b"
    # "at 6 a.m. ten days before the shooting": counted from an event, not from the DCT
    r"|,?\s+(?:\w+|\d+)\s+(?:days?|weeks?)\s+(?:before|after|earlier|later)\b",
    re.I,
)


@rule(
    "clock",
    r"\b(?P<q>(?:about|around|at\s+about|shortly\s+(?:before|after)|just\s+(?:before|after))\s+)?"
    r"(?P<mid>mid-?\s*)?"
    rf"(?:{_CLOCK}){_TZ}(?:,?\s+(?P<dw>today|yesterday|tomorrow|{WEEKDAY})"
    rf"|,?\s+(?P<mo>{MONTH})\s+(?P<d>{DAY}))?",
)
def clock(m: re.Match[str], ctx: Ctx) -> Result:
    if m["word"]:
        if m["word"][0].isupper() and in_title(ctx.text, m.start()):
            return None  # "High Noon": a title
        hh, mm = (24 if m["word"].lower() == "midnight" else 12), None
    elif m["hw"]:
        hh, mm = int(m["hw"]), None  # "4 in the morning"
        if m["pd"].lower() != "morning" and hh != 12:
            hh += 12
    elif m["h24"]:
        hh, mm = int(m["h24"]), m["mi24"]
        if not re.search(
            r"\b(?:at|by|from|until|till|around|about)\s+$", ctx.before(m.start()), re.I
        ):
            return None
    else:
        hh, mm = int(m["h"]), m["mi"]
        if hh > 12:
            return None
        if m["ap"].lower().startswith("p") and hh != 12:
            hh += 12
        elif m["ap"].lower().startswith("a") and hh == 12:
            hh = 0
    day = ctx.day_of_time(m.start(), m.end())
    on_day = _ON_DAY.match(ctx.after(m.end(), 20)) if not m["dw"] else None
    dw = (m["dw"] or (on_day["dw"] if on_day else "")).lower()  # "at 3 p.m. on Sunday"
    if dw and ctx.dct is not None:
        if dw in ("today", "yesterday", "tomorrow"):
            day = ctx.dct + timedelta(days={"today": 0, "yesterday": -1, "tomorrow": 1}[dw])
        else:
            day = weekday_date(ctx.dct, WEEKDAYS[dw], ctx.ahead(m.start(), m.end()))
    if m["mo"]:
        mo = month_num(m["mo"])
        if mo is None:
            return None
        y = ctx.dct.year if ctx.dct else None
        day = date(y, mo, day_num(m["d"])) if y else None
    if not dw and not m["mo"]:
        if _OF_EVENT.match(ctx.after(m.end(), 40)):
            day = None
        elif _SAME_DAY.match(ctx.after(m.end(), 40)):
            said = ctx.anchor is not None and len(ctx.anchor) >= 10
            day = ctx.anchor_day() if said else None
        else:
            ctx.assumed_day = True
            # "local time", "Moscow time": a zone the text names but does not give
            zone = m["tz"].strip("()") if m["tz"] else None
            zone = zone if zone is None or zone.isupper() else "local"
            day = ctx.stamped_day(day, hh * 60 + int(mm or 0), zone, m.start(), m.end())
    prefix = day.isoformat() if day else "XXXX-XX-XX"
    clock_text = f"{hh:02d}:{mm}" if mm else f"{hh:02d}:00"
    return "TIME", f"{prefix}T{clock_text}", None


_ = PART

_HOLIDAYS = {
    "christmas eve": (12, 24),
    "christmas day": (12, 25),
    "christmas": (12, 25),
    "new year's eve": (12, 31),
    "new year's day": (1, 1),
    "independence day": (7, 4),
    "halloween": (10, 31),
    "valentine's day": (2, 14),
    "boxing day": (12, 26),
    "may day": (5, 1),
    "armistice day": (11, 11),
    "veterans day": (11, 11),
}


@rule(
    "holiday",
    r"\b(?P<h>Christmas(?:\s+(?:Eve|Day))?|New\s+Year'?s\s+(?:Eve|Day)|Independence\s+Day|"
    r"Halloween|Valentine'?s\s+Day|Boxing\s+Day|Armistice\s+Day|Veterans\s+Day|"
    r"Thanksgiving(?:\s+Day)?)(?:\s+(?P<y>(?:19|20)\d\d))?\b",
    re.NOFLAG,
)
def holiday(m: re.Match[str], ctx: Ctx) -> Result:
    name = (
        re.sub(r"\s+", " ", m["h"].lower())
        .replace("years", "year's")
        .replace("valentines", "valentine's")
    )
    key = "thanksgiving" if name.startswith("thanksgiving") else name
    month = 11 if key == "thanksgiving" else _HOLIDAYS.get(key, (12, 25))[0]
    y = int(m["y"]) if m["y"] else None
    if y is None and ctx.dct is not None:
        y = month_year(ctx.dct, month, ctx.tense(m.start(), m.end()))
        fixed = _HOLIDAYS.get(name)
        if fixed and ctx.done_ahead(m.start(), m.end(), *fixed):
            y = ctx.dct.year - 1  # "the strike ended on Christmas Eve" in an October paper
    if key == "thanksgiving":
        if y is None:
            return "DATE", "XXXX-11", None
        first = date(y, 11, 1)
        thu = first + timedelta(days=(3 - first.weekday()) % 7 + 21)
        return "DATE", thu.isoformat(), None
    if name not in _HOLIDAYS:
        return None
    if re.match(
        r"\s+(?:tree|card|present|gift|shopping|season|sale|party|market)", ctx.after(m.end()), re.I
    ):
        return None
    mo, d = _HOLIDAYS[name]
    return "DATE", f"{y:04d}-{mo:02d}-{d:02d}" if y else f"XXXX-{mo:02d}-{d:02d}", None
