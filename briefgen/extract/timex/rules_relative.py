"""Rules for dates read against the DCT or an earlier date: today, last week, on Monday."""

from __future__ import annotations

import re
from datetime import date, timedelta

from briefgen.extract.timex.anchor import (
    add_months,
    iso_week,
    quarter,
    shift_value,
    weekday_date,
)
from briefgen.extract.timex.base import (
    MONTH,
    NUM,
    PART,
    PRE,
    UNITS,
    WEEKDAY,
    Ctx,
    Result,
    in_title,
    month_num,
    pre_mod,
    rule,
)
from briefgen.extract.timex.lexicon import NAMED_DAY, PARTS_OF_DAY, WEEKDAYS, parse_number
from briefgen.extract.timex.lexicon import UNITS as UNIT_TABLE
from briefgen.extract.timex.quoted import in_undated_text, quoted_from, speech_day
from briefgen.extract.timex.readied import readied_for
from briefgen.extract.timex.tense import prospective, states_present

_DAY_WORDS = {"today": 0, "yesterday": -1, "tomorrow": 1}
_GENERIC_TODAY = re.compile(r"'s\s+(?:world|youth|society|children|economy|standards|generation)")
# "today's Republican Party is ...", "today's GOP has ...": a name, told in the present, as it
# stands nowadays. A name with a noun or another word after it is a happening or an edition
# of the day ("today's Iowa caucuses", "today's Great North Run.", "today's Talk Back to").
_TODAYS_NAME = re.compile(
    r"['’]s\s+(?:[A-Z][\w.&-]*\s+)*[A-Z][\w.&-]*\s+(?:is|are|has|have|remains|seems|looks)\s+"
    r"(?!(?:held|set|due|scheduled|expected|planned|to)\b)"
)


@rule("day-word", PRE + r"\b(?P<w>today|yesterday|tomorrow)(?:\s+(?P<p>" + PART + r"))?\b")
def day_word(m: re.Match[str], ctx: Ctx) -> Result:
    if _GENERIC_TODAY.match(ctx.after(m.end())):
        return None  # "today's world": the present age, not the day
    if _names_title(m, ctx):
        return None  # "told Today's Savannah Guthrie", "USA Today": a show or a paper
    if m["w"].lower() == "today" and not m["p"] and _TODAYS_NAME.match(ctx.after(m.end(), 60)):
        return "DATE", "PRESENT_REF", None
    if ctx.dct is None or _nowadays(m, ctx):
        return "DATE", "PRESENT_REF" if m["w"].lower() == "today" else "XXXX-XX-XX", None
    # In a direct quotation dated by its attribution, the day the words were said.
    spoken = speech_day(ctx, m.start("w"))
    if spoken is None and in_undated_text(ctx, m.start("w")):
        # "Yesterday, ..." in a quoted column or a recording: its day is not the report's
        told = {"yesterday": "PAST_REF", "today": "PRESENT_REF", "tomorrow": "FUTURE_REF"}
        return "DATE", told[m["w"].lower()], None
    d = (spoken or ctx.dct) + timedelta(days=_DAY_WORDS[m["w"].lower()])
    if m["p"]:
        return "TIME", f"{d.isoformat()}T{PARTS_OF_DAY[m['p'].lower()]}", None
    return "DATE", d.isoformat(), pre_mod(m)


# "Today," opening its sentence, with the comma that sets it against what went before, maybe
# after a short adverbial of its own ("Meanwhile, on the home front today, ...").
_FRONTED_COMMA = re.compile(r"\s*,")
_LEAD_IN = re.compile(
    r"(?:^|[.!?:;\n\"“‘(\[]|--|[-–—])\s*(?:(?:[Mm]eanwhile|[Bb]ut|[Aa]nd|[Yy]et|[Ss]o),?\s+)?"
    r"(?:(?:[Ii]n|[Oo]n|[Aa]t)\s+[\w'’-]+(?:\s+[\w'’-]+){0,3}\s+)?$"
)


def _nowadays(m: re.Match[str], ctx: Ctx) -> bool:
    """A fronted "Today," before a clause in the present with no happening in it ("Today,
    Mr. Cruz serves as his son's surrogate", "Today, the bridge has become a site of
    pilgrimage") means nowadays, not the day of writing; "Today, the president announced
    ..." is that day."""
    return (
        m["w"].lower() == "today"
        and not m["p"]
        and _LEAD_IN.search(ctx.before(m.start("w"), 60)) is not None
        and _FRONTED_COMMA.match(ctx.after(m.end(), 3)) is not None
        and states_present(ctx.text, m.end())
    )


# Where a capitalised word begins a sentence, a line, a quotation or a bracket.
_OPENS = re.compile(r"(?:^|[.!?:;\n\"“‘(\[]|--|[-–—])\s*$")
_CAPITALISED = re.compile(r"\s*(?:'s\s+)?[A-Z][a-z]")


def _names_title(m: re.Match[str], ctx: Ctx) -> bool:
    """A capitalised day word inside a sentence is a name ("USA Today", "Today's Savannah
    Guthrie", "Trending Today USA"), unless the line is set in title case (a headline)."""
    word = m["w"]
    if not word[0].isupper() or _OPENS.search(ctx.before(m.start("w"), 40)):
        return False
    words = ctx.line_words(m.start(), m.end())
    if word.isupper():
        # "USA TODAY's super PAC tally": a paper whose style sets its name in capitals, in a
        # line that is not itself set in capitals (a shouted "TODAY" or a capitals headline)
        shouted = bool(words) and sum(w.isupper() for w in words) >= 0.5 * len(words)
        return not shouted and bool(
            re.search(r"\b[A-Z]{2,}$", ctx.before(m.start("w"), 30).rstrip())
        )
    if ctx.in_headline(m.start(), m.end()):
        return False
    before = ctx.before(m.start("w"), 30).rstrip()
    after = ctx.after(m.end(), 30)
    return (
        bool(re.search(r"[A-Z][\w.]*(?:['’]s)?$", before))  # "USA Today", "NBC's Today"
        or bool(_CAPITALISED.match(after))
        or (re.search(r"\b(?:on|to|told|with|from|in)$", before) is not None)
    )


_TIME_PREP = re.compile(
    r"\b(?:at|by|in|until|till|before|after|since|from|around|during|through)\s+(?:the\s+)?$",
    re.I,
)


@rule(
    "part-of-day",
    r"\b(?:(?P<rel>this|last|tomorrow|yesterday)\s+(?P<p>" + PART + r")|(?P<tn>tonight|overnight)"
    r"|(?:mid|early|late)[\s-]*(?P<ep>morning|afternoon|evening)"
    r"(?:\s+(?P<dw>today|yesterday|tomorrow))?)\b",
)
def part_of_day(m: re.Match[str], ctx: Ctx) -> Result:
    if m["tn"]:
        code, shift = "NI", 0
    elif m["ep"]:
        # "by mid-afternoon": that part of the day reported on, the DCT unless a day is said;
        # without a preposition it is rather an adjective ("early morning flights")
        if not m["dw"] and not _TIME_PREP.search(ctx.before(m.start(), 20)):
            return None
        code = PARTS_OF_DAY[m["ep"].lower()]
        if not m["dw"]:
            # no day said: the day a clock time would take ("By late afternoon" after "a
            # Tuesday breakfast" in Wednesday's paper is Tuesday's)
            day = ctx.day_of_time(m.start(), m.end())
            ctx.assumed_day = True
            return "TIME", f"{day.isoformat() if day else 'XXXX-XX-XX'}T{code}", None
        shift = _DAY_WORDS[m["dw"].lower()]
    else:
        code = PARTS_OF_DAY[m["p"].lower()]
        rel = m["rel"].lower()
        shift = {"this": 0, "last": -1, "tomorrow": 1, "yesterday": -1}[rel]
        if rel == "last" and code != "NI":
            return None
    if ctx.dct is None:
        return "TIME", f"XXXX-XX-XXT{code}", None
    return "TIME", f"{(ctx.dct + timedelta(days=shift)).isoformat()}T{code}", None


_PLURAL_PART_AFTER = re.compile(rf"\s+(?:and|or)\s+{WEEKDAY}\s+(?P<p>{PART})s\b")


# A weekday starting a capitalised run of a part of the day and another name: a title.
# A modal with its verb before the expression ("may plead guilty this week"): what may
# happen is still ahead, whatever tense the words after it are told in.
_MAY_DO = re.compile(r"\b(?:may|might|could|can|should|must)\s+(?!have\b)[a-z]+\b[^,;.]*$")
_SHOW_AFTER = re.compile(r"\s+(?:Night|Morning|Evening|Afternoon)\s+[A-Z][a-z]")
# A weekday closing a broadcaster's capitalised name ("Fox News Sunday", "Breitbart News
# Saturday"): a programme; "Fox News Tuesday night" keeps its part of the day and is a time.
_NEWS_BEFORE = re.compile(r"\b[A-Z][\w'’.&-]*\s+News\s+$")
# A weekday after an article and before a capitalised word ("the Sunday Times", "the Saturday
# Play"): the first word of a name, where a time would take no article.
_ARTICLE_BEFORE = re.compile(r"\b[Tt]he\s+$")
_NAME_AFTER = re.compile(r"\s+[A-Z][a-z]")


# The weekday's name is matched case-sensitively ("may", "sun"); its "last", "next" ...
# is not: it opens sentences ("Last Monday, Bush told ...").
@rule(
    "weekday",
    PRE + r"(?:(?P<rel>(?i:last|next|this|past|coming|this\s+past|this\s+coming)"
    r"|[Tt]he\s+(?:previous|preceding|following))\s+)?"
    rf"(?P<wd>{WEEKDAY})(?:\s+(?P<p>{PART})(?P<pl>s\b)?)?(?!,?\s+(?:{MONTH})\s+\d|\s+\d)",
    re.NOFLAG,
)
def weekday(m: re.Match[str], ctx: Ctx) -> Result:
    if not m["rel"] and NAMED_DAY.search(ctx.before(m.start("wd"), 20)):
        return None  # "Super Tuesday", "Black Friday": a named day, not the nearest one
    if not m["p"] and _SHOW_AFTER.match(ctx.after(m.end(), 30)):
        return None  # "Saturday Night Live", "Monday Night Football": a programme's name
    if not m["rel"] and not m["p"] and _names_programme(m, ctx):
        return None
    wd = WEEKDAYS[m["wd"].lower()]
    rel = (m["rel"] or "").lower()
    part = f"T{PARTS_OF_DAY[m['p'].lower()]}" if m["p"] else ""
    shared = _PLURAL_PART_AFTER.match(ctx.after(m.end(), 40)) if not m["p"] else None
    if shared:
        part = f"T{PARTS_OF_DAY[shared['p'].lower()]}"
    if m["pl"] or shared:
        # "Tuesday nights", "on Monday and Tuesday nights": every such night
        return "SET", f"XXXX-WXX-{wd}{part}", None
    if ctx.dct is None or (not rel.startswith("the") and in_undated_text(ctx, m.start())):
        # no report date, or a quoted column's or footage's "on Monday": which Monday, the
        # report does not say
        return "DATE", f"XXXX-WXX-{wd}", None
    if rel.startswith("the"):
        # "the previous Friday": the one before the day last spoken of
        ref = ctx.anchor_day() or ctx.dct
        step = 1 if rel.endswith("following") else -1
        d = weekday_date(ref + timedelta(days=step), wd, step)
    elif rel in ("last", "past", "this past"):
        d = weekday_date(ctx.dct - timedelta(days=1), wd, -1)
    elif rel in ("next", "coming", "this coming"):
        d = weekday_date(ctx.dct + timedelta(days=1), wd, 1)
    elif re.match(r"'s\b", ctx.after(m.end(), 3)) and not m["p"]:
        # "Wednesday's ruling": a known event, the nearest such day. The verb before it
        # governs the noun phrase, not the day, so its tense says nothing ("they would
        # look for ways around Wednesday's ruling", a Friday paper: two days back);
        # "Saturday's concert" in a Friday paper is tomorrow's, and "ahead of" looks ahead.
        ahead = re.search(
            r"\b(?:ahead\s+of|in\s+advance\s+of|in\s+the\s+run-up\s+to|upcoming)\s+$",
            ctx.before(m.start()),
            re.I,
        )
        fwd, back = (wd - ctx.dct.isoweekday()) % 7, (ctx.dct.isoweekday() - wd) % 7
        d = weekday_date(ctx.dct, wd, 1 if ahead or 0 < fwd < back or _previewed(m, ctx) else -1)
    elif readied_for(ctx.text, m.start()):
        # "prepared for ..., including a debate Thursday": the nearest such day
        fwd, back = (wd - ctx.dct.isoweekday()) % 7, (ctx.dct.isoweekday() - wd) % 7
        d = weekday_date(ctx.dct, wd, 1 if 0 < fwd < back else -1)
    else:
        d = weekday_date(ctx.dct, wd, ctx.ahead(m.start(), m.end()))
    return "DATE", f"{d.isoformat()}{part}", pre_mod(m)


# The day's happening as the subject of its own schedule ("Thursday's debate is due to
# start at 9pm", "Monday's hearing will take place in private"): still to come.
_SCHEDULED_AFTER = re.compile(
    r"'s\s+(?:[a-z-]+\s+){1,3}?(?:(?:is|are)\s+(?:due|scheduled|slated)\s+to\b"
    r"|(?:will|is\s+set\s+to|is\s+expected\s+to)\s+(?:take\s+place|be\s+held|begin|start|open"
    r"|kick\s+off|get\s+under\s*way|be\s+(?:broadcast|televised|aired|streamed))\b)"
)


def _previewed(m: re.Match[str], ctx: Ctx) -> bool:
    """Whether "<weekday>'s <happening>" is told as still to come: the setting of an action
    told as possible, intended or scheduled ("will clash at Thursday's debate", "is expected
    to attack him during Tuesday's hearing"), or the subject of its own schedule. A verb
    told so with another preposition says nothing of the day ("will look for ways around
    Wednesday's ruling", "will be punished for Monday's attack": both look back)."""
    if _SCHEDULED_AFTER.match(ctx.after(m.end(), 80)):
        return True
    if _READYING.search(ctx.before(m.start(), 40)):
        return True
    if _IN_CONNECTION.search(ctx.before(m.start(), 30)):
        return False
    return prospective(ctx.text, m.start(), "at|during|into|before|until|in")


# Getting ready for the happening, told in the present or as a preview ("candidates prepare
# for Thursday's debate", "a preview of Saturday's final"); "prepared for" may look back.
_READYING = re.compile(
    r"\b(?:(?:prepar(?:e|es|ing)|gear(?:s|ing)?\s+up|get(?:s|ting)?\s+ready|brac(?:e|es|ing))"
    r"\s+(?:\w+\s+){0,2}?for|previews?\s+of|previewing)\s+$"
)


# A bare "in" before the day's happening is as often "in connection with" ("will charge a
# man in Monday's killing": long past); after taking part it is the happening's setting.
_IN_CONNECTION = re.compile(
    r"(?<!\bpart)(?<!\bparticipate)(?<!\bcompete)(?<!\bappear)(?<!\bmeet)(?<!\boff)"
    r"(?<!\bclash)(?<!\bspeak)(?<!\bplay)(?<!\bstar)\s+in\s+$"
)


def _names_programme(m: re.Match[str], ctx: Ctx) -> bool:
    """Whether a bare weekday is a word of a capitalised name ("Fox News Sunday", "the Sunday
    Times") rather than a time."""
    before = ctx.before(m.start("wd"), 40)
    if _NEWS_BEFORE.search(before):
        return True
    return bool(_ARTICLE_BEFORE.search(before) and _NAME_AFTER.match(ctx.after(m.end(), 10)))


_REL_STEP = {
    "this": 0,
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
    PRE + r"\b(?P<rel>this|current|the\s+current|last|next|coming|that|the\s+same|the\s+following|"
    r"the\s+next|the\s+previous|the\s+preceding|previous)\s+(?P<fy>fiscal\s+)?"
    r"(?P<u>year|month|week|weekend|quarter|decade|century|day)\b(?!-(?:to|over|on)-)",
)
def this_unit(m: re.Match[str], ctx: Ctx) -> Result:
    if m["u"][0].isupper() and m["rel"][0].isupper() and in_title(ctx.text, m.start()):
        return None  # ABC's "This Week": a title
    rel = re.sub(r"\s+", " ", m["rel"].lower())
    unit = m["u"].lower()
    step = _REL_STEP[rel]
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
        if d is None:
            return None
        value = shift_value(f"{d.year}-Q{quarter(d)}", "Q", step)
    elif unit in ("week", "weekend"):
        if d is None or (anchored and len(base_value) < 10):
            return None
        early = unit == "weekend" and rel == "this" and not anchored and d.isoweekday() <= 3
        if early and ctx.tense(*m.span()) < 0:
            step = -1  # "two contests this weekend" told as done early in the week: the
            # weekend just past (the week's own is still ahead of it)
        monday = unit == "week" and rel == "this" and not anchored and d.isoweekday() == 1
        if monday and ctx.tense(*m.span()) < 0 and not _MAY_DO.search(ctx.before(m.start(), 60)):
            step = -1  # "Trump this week also said ..." in a Monday paper: what is told as
            # done "this week" is the week just ended (its own has barely begun)
        value = iso_week(d + timedelta(weeks=step)) + ("-WE" if unit == "weekend" else "")
    else:  # day
        if d is None or (anchored and len(base_value) < 10) or (step == 0 and not anchored):
            return None
        value = (d + timedelta(days=step)).isoformat()
    if value is None:
        return None
    return "DATE", value, pre_mod(m)


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


@rule("month-this-year", r"(?P<mo>" + MONTH + r")\s+(?P<rel>this|last|next)\s+year\b", re.NOFLAG)
def month_this_year(m: re.Match[str], ctx: Ctx) -> Result:
    mo = month_num(m["mo"])
    if mo is None or ctx.dct is None:
        return None
    y = ctx.dct.year + {"this": 0, "last": -1, "next": 1}[m["rel"]]
    return "DATE", f"{y}-{mo:02d}", None


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


_ = UNIT_TABLE


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
    return "DATE", iso_week(ctx.dct), None
