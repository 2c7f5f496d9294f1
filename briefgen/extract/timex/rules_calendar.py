"""Rules for dates written with calendar words: days, months, years, ranges, decades, seasons."""

from __future__ import annotations

import re
from datetime import date

from briefgen.extract.timex.anchor import ended_year, iso_week, month_year, season_of
from briefgen.extract.timex.base import (
    DAY,
    LB,
    MONTH,
    PRE,
    SEASON,
    WEEKDAY,
    YEAR,
    Ctx,
    Result,
    day_num,
    month_num,
    pre_mod,
    rule,
)
from briefgen.extract.timex.lexicon import SEASONS, year_from_words
from briefgen.extract.timex.tense import prospective

DASH = r"\s*[-\u2013\u2014]\s*"


def _year_of(m: re.Match[str], ctx: Ctx, month: int, day: int | None = None) -> str:
    """The year group, else the DCT's year (tense decides around a year boundary)."""
    y = m.groupdict().get("y")
    if y:
        return y
    told = re.match(r"(\d{4})-(\d\d)", ctx.anchor or "")
    if told and day is None and int(told[2]) == month and ctx.anchor_just_before(m.start()):
        # The month just named with its year, named again ("fell between January and March
        # 2003. From the end of March it rallied"): the same month, not the page's year's.
        # Not a day of it, which starts a new reference ("the August 1988 cease-fire ...
        # Iraq's invasion of Kuwait on Aug. 2" is of 1990, TimeBank).
        return told[1]
    if ctx.dct is None:
        return "XXXX"
    if ctx.done_ahead(m.start(), m.end(), month, day):
        # "The plant closed in November" in an October report: a month or day still ahead
        # of the writing cannot hold what is told as done, so it is last year's.
        return f"{ctx.dct.year - 1:04d}"
    return f"{month_year(ctx.dct, month, ctx.tense(m.start(), m.end()), day):04d}"


def _valid(y: str, mo: int, d: int) -> bool:
    if y == "XXXX":
        return 1 <= d <= 31
    import calendar

    return 1 <= d <= calendar.monthrange(int(y), mo)[1]


@rule("iso-date", LB + r"(?P<y>(?:19|20)\d\d)-(?P<mo>[01]\d)-(?P<d>[0-3]\d)(?![\d-])")
def iso_date(m: re.Match[str], ctx: Ctx) -> Result:
    y, mo, d = m["y"], int(m["mo"]), int(m["d"])
    if not (1 <= mo <= 12) or not _valid(y, mo, d):
        return None
    return "DATE", f"{y}-{mo:02d}-{d:02d}", None


@rule("slash-date", LB + r"(?P<mo>[01]?\d)/(?P<d>[0-3]?\d)/(?P<y>(?:19|20)?\d\d)(?![\d/])")
def slash_date(m: re.Match[str], ctx: Ctx) -> Result:
    mo, d, y = int(m["mo"]), int(m["d"]), m["y"]
    if len(y) == 2:
        y = ("19" if int(y) > 30 else "20") + y
    if not (1 <= mo <= 12) or not _valid(y, mo, d):
        return None
    return "DATE", f"{y}-{mo:02d}-{d:02d}", None


@rule(
    "month-day",
    PRE + rf"(?:{WEEKDAY},?\s+)?(?P<mo>{MONTH})\s+(?P<d>{DAY})(?:(?:,\s*|\s+)(?P<y>{YEAR}))?",
    re.NOFLAG,
)
@rule(
    "day-month",
    PRE + rf"(?:{WEEKDAY},?\s+)?(?:the\s+)?(?P<d>{DAY})(?:\s+of)?\s+(?P<mo>{MONTH})"
    rf"(?:,?\s+(?P<y>{YEAR}))?",
    re.NOFLAG,
)
def month_day(m: re.Match[str], ctx: Ctx) -> Result:
    mo = month_num(m["mo"])
    if mo is None:
        return None
    d = day_num(m["d"])
    y = _year_of(m, ctx, mo, d)
    if ctx.dct and not m["y"] and _ENDED_BEFORE.search(ctx.before(m.start(), 12)):
        y = str(ended_year(ctx.dct, mo, d))
    if not _valid(y, mo, d):
        return None
    return "DATE", f"{y}-{mo:02d}-{d:02d}", pre_mod(m)


# "the second quarter ended Oct. 31", "the strike ended Nov. 3": what has ended did so on or
# before the report's day, whatever year a future reading would give the day.
_ENDED_BEFORE = re.compile(r"\bended\s+(?:on\s+)?$")


@rule(
    "week-of",
    rf"\bthe\s+week\s+of\s+(?:{WEEKDAY},?\s+)?(?P<mo>{MONTH})\s+(?P<d>{DAY})(?:,?\s+(?P<y>{YEAR}))?",
    re.NOFLAG,
)
def week_of(m: re.Match[str], ctx: Ctx) -> Result:
    """ "the week of March 6": the (ISO) week holding that day."""
    mo = month_num(m["mo"])
    if mo is None:
        return None
    d = day_num(m["d"])
    y = _year_of(m, ctx, mo, d)
    if y == "XXXX" or not _valid(y, mo, d):
        return None
    return "DATE", iso_week(date(int(y), mo, d)), None


@rule(
    "month-day-range",
    rf"(?P<mo>{MONTH})\s+(?P<d1>{DAY})(?:{DASH}|\s+(?:and|or|to|through)\s+)"
    rf"(?:(?P<mo2>{MONTH})\s+)?(?P<d2>{DAY})(?!\s*(?:%|percent|{MONTH}))"
    rf"(?:,?\s+(?P<y>{YEAR}))?",
    re.NOFLAG,
)
@rule(
    "day-month-range",
    rf"(?P<d1>{DAY})(?:\s+(?P<mo1>{MONTH}))?(?:{DASH}|\s+(?:to|and)\s+)(?P<d2>{DAY})\s+"
    rf"(?P<mo>{MONTH})(?:,?\s+(?P<y>{YEAR}))?",
    re.NOFLAG,
)
def day_range(m: re.Match[str], ctx: Ctx) -> Result:
    gd = m.groupdict()
    mo2 = month_num(m["mo"])
    first = gd.get("mo1") or m["mo"]
    mo1 = month_num(first)
    if gd.get("mo2"):
        mo2 = month_num(gd["mo2"])
    if mo1 is None or mo2 is None:
        return None
    d1, d2 = day_num(m["d1"]), day_num(m["d2"])
    y = _year_of(m, ctx, mo1, d1)
    if not (_valid(y, mo1, d1) and _valid(y, mo2, d2)) or (mo1, d1) >= (mo2, d2):
        return None
    return "DATE", f"{y}-{mo1:02d}-{d1:02d}/{y}-{mo2:02d}-{d2:02d}", None


@rule(
    "month-range",
    rf"(?P<mo1>{MONTH})(?:\s+(?P<y1>{YEAR}))?(?:{DASH}|\s+(?:and|or|to|through|until)\s+)"
    rf"(?P<mo>{MONTH})(?:,?\s+(?P<y>{YEAR}))?",
    re.NOFLAG,
)
def month_range(m: re.Match[str], ctx: Ctx) -> Result:
    mo1, mo2 = month_num(m["mo1"]), month_num(m["mo"])
    if mo1 is None or mo2 is None or mo1 == mo2:
        return None
    y2 = _year_of(m, ctx, mo2)
    y1 = m["y1"] or (str(int(y2) - 1) if y2 != "XXXX" and mo1 > mo2 else y2)
    return "DATE", f"{y1}-{mo1:02d}/{y2}-{mo2:02d}", None


_WORDYEAR = (
    r"(?:nineteen|two\s+thousand)(?:[\s-]+(?:and\s+)?(?:one|two|three|four|five|six|seven|eight|"
    r"nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|"
    r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)){0,2}"
)


def _spoken_year(words: str) -> int | None:
    """ "nineteen ninety-seven" -> 1997, when all the words make the year."""
    y = year_from_words(words)
    return y if y and 1500 < y < 2100 else None


@rule("month-spoken-year", rf"(?P<mo>{MONTH})(?:,?\s+|\s+of\s+)(?P<w>{_WORDYEAR})\b", re.NOFLAG)
def month_spoken_year(m: re.Match[str], ctx: Ctx) -> Result:
    """ "January nineteen ninety-seven" (transcripts)."""
    mo, y = month_num(m["mo"]), _spoken_year(m["w"])
    return ("DATE", f"{y}-{mo:02d}", None) if mo and y else None


@rule("month-year", PRE + rf"(?P<mo>{MONTH})(?:,?\s+|\s+of\s+)(?P<y>{YEAR})", re.NOFLAG)
def month_year_rule(m: re.Match[str], ctx: Ctx) -> Result:
    mo = month_num(m["mo"])
    if mo is None:
        return None
    return "DATE", f"{m['y']}-{mo:02d}", pre_mod(m)


_MAY_CONTEXT = re.compile(
    r"(?:\b(?:in|since|until|till|by|of|from|to|during|through|early|late|mid|last|next|this|"
    r"and|or|before|after|between|the|a)\s*-?\s*$)",
    re.IGNORECASE,
)


# "Come November, voters …": when the month comes, the coming one (the subjunctive "come"
# says it has not yet).
_COME = re.compile(r"(?:^|[^\w'’])[Cc]ome\s+$")


# A year opening the sentence frames it: "In 1918, there was a first wave of mild flu in
# April" tells of April 1918, not of the page's year. Only in one clause: after "and",
# "but" or a semicolon another time may be told ("In 2008 he was elected, and in April he
# said ...").
_FRAME = re.compile(
    r"\W*(?:(?:Back|And|But|Then)\s+)?(?:In|During)\s+(?:(?:early|late|mid)[\s-]+)?"
    r"(?P<y>(?:1[5-9]|20)\d\d)\b(?!\s*[-\u2013\u2014/]\s*\d)(?P<rest>[^;:]*)",
    re.I,
)
_OTHER_CLAUSE = re.compile(r"\b(?:and|but|while|whereas|since|now)\b|\b(?:19|20)\d\d\b", re.I)


def _framing_year(m: re.Match[str], ctx: Ctx) -> str | None:
    """The year opening the sentence of the month ``m`` when it frames it (``_FRAME``) and
    no other date comes between them."""
    found = _FRAME.fullmatch(ctx.sentence_before(m.start()))
    if found is None or ctx.anchor != found["y"] or not ctx.anchor_in_sentence(m.start()):
        return None
    if _OTHER_CLAUSE.search(found["rest"]):
        return None
    return found["y"]


@rule("month", LB + PRE + rf"(?P<mo>{MONTH})(?!\s*\d)", re.NOFLAG)
def month_only(m: re.Match[str], ctx: Ctx) -> Result:
    mo = month_num(m["mo"])
    if mo is None:
        return None
    word = m["mo"].rstrip(".")
    # modal "May I", "March" the verb, "Jan" the name: these need a date-like context
    ambiguous = word in ("May", "March") or (len(word) <= 4 and not m["mo"].endswith("."))
    dated = bool(m["pre"] or _MAY_CONTEXT.search(ctx.before(m.start())))
    if ambiguous and not dated:
        return None
    if re.match(r"\s+[A-Z][a-z]", ctx.after(m.end())) and (
        ambiguous or not (dated or ctx.in_headline(m.start(), m.end()))
    ):
        # "Jan Kavan", "May Day"; a month as a given name ("correspondent April Ryan",
        # "June Carter"), unless a word before says it is a time ("in April Trump won")
        # or the line is a headline's, where every word is capitalised
        return None
    if word == "May" and re.match(r"\s+(?:be|have|not|well|also|seem|take)\b", ctx.after(m.end())):
        return None
    framed = _framing_year(m, ctx)
    if framed is not None:
        return "DATE", f"{framed}-{mo:02d}", pre_mod(m)
    if ctx.dct is not None and (
        prospective(ctx.text, m.start(), "in|by|during|until|before")
        or _COME.search(ctx.before(m.start()))
    ):
        # "need to win Florida in November", "confident of winning in November" (a January
        # report): the month of something possible or hoped for is the coming one. Only so
        # narrow a cue moves a bare month's year: a clause's tense alone often speaks of
        # another time than the month's.
        return "DATE", f"{month_year(ctx.dct, mo, 1):04d}-{mo:02d}", pre_mod(m)
    y = _year_of(m, ctx, mo)
    return "DATE", f"{y}-{mo:02d}", pre_mod(m)


@rule(
    "year-range",
    LB + rf"(?P<y1>{YEAR})(?:{DASH}(?P<y2>{YEAR}|\d\d(?!\d))"
    rf"|(?<=\d)\s+(?:to|through|until|and)\s+(?P<y3>{YEAR}))",
)
def year_range(m: re.Match[str], ctx: Ctx) -> Result:
    y1 = m["y1"]
    if _NOT_YEAR_BEFORE.search(ctx.before(m.start())):
        return None
    if m["y3"]:
        if not re.search(r"\b(?:from|between)\s+$", ctx.before(m.start()), re.IGNORECASE):
            return None
        y2 = m["y3"]
    else:
        y2 = m["y2"]
        if len(y2) == 2:
            y2 = y1[:2] + y2
    if int(y2) <= int(y1) or int(y2) - int(y1) > 100:
        return None
    return "DATE", f"{y1}/{y2}", None


_COUNTED_NOUN = re.compile(r"\s+([a-z]{3,}[^s\W]s)\b")
_NOT_PLURALS = frozenset(
    [
        "was",
        "has",
        "this",
        "its",
        "his",
        "thus",
        "plus",
        "always",
        "perhaps",
        "towards",
        "afterwards",
        "elections",
        "games",
        "olympics",
        "finals",
        "talks",
        "polls",
        "riots",
    ]
)
_YEAR_PREPOSITION = re.compile(
    r"\b(?:in|since|by|until|till|from|during|before|after|of|through)\s+$", re.I
)
_NOT_YEAR_BEFORE = re.compile(
    r"(?:No\.?|nos?\.|number|#|pages?|pp?\.|route|flight|model|room|\$|£|€)\s*$", re.I
)


@rule("year", LB + PRE + rf"(?P<fy>(?:fiscal|the\s+year|FY)\s*)?(?P<y>{YEAR})(?!-\d|\s*[-–]\s*\d)")
def year(m: re.Match[str], ctx: Ctx) -> Result:
    if _NOT_YEAR_BEFORE.search(ctx.before(m.start())):
        return None
    if _YEAR_PREPOSITION.search(ctx.before(m.start(), 12)):
        return "DATE", m["y"], pre_mod(m)  # "in 1999 troops left": a year whatever follows
    if re.match(
        r"\s*(?:-|\u2013)?\s*(?:people|troops|soldiers|men|women|times|cases|km|miles)\b",
        ctx.after(m.end()),
        re.I,
    ):
        return None
    counted = _COUNTED_NOUN.match(ctx.after(m.end()))
    if counted and counted[1] not in _NOT_PLURALS and not m["pre"] and not m["fy"]:
        return None  # "2000 points", "1990 votes": a count, not a year
    return "DATE", m["y"], pre_mod(m)


@rule("word-year", rf"(?:the\s+year\s+)?\b(?P<w>{_WORDYEAR})\b")
def word_year(m: re.Match[str], ctx: Ctx) -> Result:
    words = m["w"]
    # Try the longest prefix that reads as a year ("nineteen ninety-six").
    parts = re.split(r"(\s+|-)", words)
    for k in range(len(parts), 0, -1):
        y = year_from_words("".join(parts[:k]))
        if y and 1500 < y < 2100 and (m.group(0).lower().startswith("the year") or y < 2000):
            if k < len(parts):
                return None  # trailing words that are not part of the year
            return "DATE", str(y), None
    return None


@rule(
    "decade",
    LB + PRE + r"(?:the\s+)?(?:(?P<c>1[5-9]|20)(?P<d>\d)0|'(?P<s>\d)0)'?s\b",
)
def decade(m: re.Match[str], ctx: Ctx) -> Result:
    if m["s"]:
        century = "20" if m["s"] in "012" and ctx.dct and ctx.dct.year >= 2000 else "19"
        value = century + m["s"]
    else:
        value = m["c"] + m["d"]
    return "DATE", value, pre_mod(m)


@rule(
    "century",
    PRE + r"(?:the\s+)?(?P<n>\d{1,2})(?:st|nd|rd|th)\s+century|(?:the\s+)?(?P<o>[a-z]+)\s+century",
    needs="century",
)
def century(m: re.Match[str], ctx: Ctx) -> Result:
    words = {"eighteenth": 18, "nineteenth": 19, "twentieth": 20, "twenty-first": 21}
    n = int(m["n"]) if m["n"] else words.get((m["o"] or "").lower())
    if not n:
        return None
    return "DATE", f"{n - 1:02d}", pre_mod(m)


@rule(
    "season",
    PRE + rf"(?:(?P<rel>this|last|next|past|coming|the)\s+(?:past\s+)?)?(?P<s>{SEASON})"
    rf"(?:\s+(?:of\s+)?(?P<y>{YEAR})|\s+of\s+(?P<wy>{_WORDYEAR})\b"
    r"|\s+of\s+(?P<ry>last|this|next)\s+year\b)?(?![\w-])",
    needs=SEASON,
)
def season(m: re.Match[str], ctx: Ctx) -> Result:
    code = SEASONS[m["s"].lower()]
    rel = (m["rel"] or "").lower()
    if m["wy"]:
        spoken = _spoken_year(m["wy"])
        return ("DATE", f"{spoken}-{code}", pre_mod(m)) if spoken else None
    if m["y"]:
        return "DATE", f"{m['y']}-{code}", pre_mod(m)
    if m["ry"] and ctx.dct is not None:  # "the fall of last year": that year's season
        shift = {"last": -1, "this": 0, "next": 1}[m["ry"].lower()]
        return "DATE", f"{ctx.dct.year + shift}-{code}", pre_mod(m)
    before = ctx.before(m.start(), 12).lower()
    if (
        not rel
        and not m["pre"]
        and not re.search(r"\b(?:in|during|over|this|since|until)\s+$", before)
    ):
        return None
    if m["s"][0].islower() and m["s"].lower() == "fall" and not (rel or m["pre"]):
        return None
    if ctx.dct is None:
        return "DATE", f"XXXX-{code}", pre_mod(m)
    from briefgen.extract.timex.anchor import season_year

    step = {"last": -1, "past": -1, "next": 1, "coming": 1}.get(rel, 0)
    if step == 0 and "past" in m.group(0).lower():
        step = -1
    if step == 0 and rel in ("", "the"):
        cur = season_of(ctx.dct)
        t = ctx.tense(m.start(), m.end())
        y = ctx.dct.year
        order = {"WI": 0, "SP": 1, "SU": 2, "FA": 3}
        # December's winter comes after the autumn: told on 5 December, "will open in the
        # fall" is next year's, and "was held in the spring" this year's
        now = 4 if ctx.dct.month == 12 else order[cur]
        if code == cur:
            pass
        elif t < 0 and order[code] > now:
            y -= 1
        elif t > 0 and order[code] < now:
            y += 1
        return "DATE", f"{y}-{code}", pre_mod(m)
    return "DATE", f"{season_year(ctx.dct, code, step)}-{code}", pre_mod(m)


_DECADE_WORDS = "twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties"
_DECADE_TENS = {"tw": 2, "th": 3, "fo": 4, "fi": 5, "si": 6, "se": 7, "ei": 8, "ni": 9}


@rule("decade-word", rf"\b(?:the\s+)?(?P<w>{_DECADE_WORDS})\b")
def decade_word(m: re.Match[str], ctx: Ctx) -> Result:
    if not m.group(0).lower().startswith("the"):
        return None  # "in his fifties" is an age
    tens = _DECADE_TENS[m["w"][:2].lower()]
    return "DATE", f"19{tens}", None
