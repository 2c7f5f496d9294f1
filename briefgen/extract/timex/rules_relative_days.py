"""Rules for days read against the DCT or an earlier date: today, tonight, on Monday."""

from __future__ import annotations

import re
from datetime import date, timedelta

from briefgen.extract.timex.anchor import (
    weekday_date,
)
from briefgen.extract.timex.base import (
    MONTH,
    PART,
    PRE,
    WEEKDAY,
    Ctx,
    Result,
    pre_mod,
    rule,
)
from briefgen.extract.timex.lexicon import NAMED_DAY, PARTS_OF_DAY, WEEKDAYS
from briefgen.extract.timex.narrated import narrated_weekday
from briefgen.extract.timex.next_day import told_next_day
from briefgen.extract.timex.quoted import in_undated_text, speech_day
from briefgen.extract.timex.readied import directed_then, planned_then, readied_for
from briefgen.extract.timex.tense import prospective, states_present

_DAY_WORDS = {"today": 0, "yesterday": -1, "tomorrow": 1}
_GENERIC_TODAY = re.compile(
    r"['’]s\s+(?:world|youth|society|children|economy|standards|generation)"
)
# "today's Republican Party is ...", "today's GOP has ...": a name, told in the present, as it
# stands nowadays. A name with a noun or another word after it is a happening or an edition
# of the day ("today's Iowa caucuses", "today's Great North Run.", "today's Talk Back to").
_TODAYS_NAME = re.compile(
    r"['’]s\s+(?:[A-Z][\w.&-]*\s+)*[A-Z][\w.&-]*\s+(?:is|are|has|have|remains|seems|looks)\s+"
    r"(?!(?:held|set|due|scheduled|expected|planned|to)\b)"
)


@rule(
    "day-word",
    PRE + r"\b(?P<w>today|yesterday|tomorrow)(?:\s+(?P<p>" + PART + r"))?\b",
    needs="today|yesterday|tomorrow",
)
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
_CAPITALISED = re.compile(r"\s*(?:['’]s\s+)?[A-Z][a-z]")


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
            day = _before_stamp(day, code, m, ctx)
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
    overnight = (m["tn"] or "").lower() == "overnight"
    if overnight and ctx.published is None and ctx.tense(m.start(), m.end()) < 0:
        # "shares closed lower Friday ... depressed by overnight losses in New York": a night
        # told as past is the one before the day told of (the day a clock time would take),
        # and no day in focus of its own ("the previous Friday" after it is Friday's)
        told = ctx.day_of_time(m.start(), m.end())
        ctx.assumed_day = True
        if told is None:
            return "TIME", f"XXXX-XX-XXT{code}", None
        # a past night ends by the report's day, whatever later day was last named
        night = min(told, ctx.dct) - timedelta(days=1)
        return "TIME", f"{night.isoformat()}T{code}", None
    day = ctx.dct + timedelta(days=shift)
    if shift == 0:
        day = _before_stamp(day, code, m, ctx) or day
    return "TIME", f"{day.isoformat()}T{code}", None


# The earliest clock time a part of the day can be (minutes after midnight); the morning
# begins the day a reader lives ("this morning" on a page stamped 01:23 is yesterday's).
_PART_STARTS = {"MO": 5 * 60, "MI": 12 * 60, "AF": 12 * 60, "EV": 17 * 60, "NI": 20 * 60}


def _before_stamp(day: date | None, code: str, m: re.Match[str], ctx: Ctx) -> date | None:
    """The day of a part of the day told in the past and read against the page's stamp.

    "Overnight" is the night before the stamp (a page stamped 11:35 telling of a document
    "issued overnight"). "This evening", "tonight" are the writer's own part of the day:
    on a page stamped in the small hours (01:23, before the morning begins) they are the
    day before's; on one stamped earlier the same day (15:49, "Tonight the ministry
    announced …") the page was written after its stamp (a first publication time kept
    through updates), and the day stays. A part told ahead stays the page's day."""
    stamp = ctx.published
    if day is None or stamp is None or ctx.tense(m.start(), m.end()) >= 0:
        return day
    overnight = (m["tn"] or "").lower() == "overnight"
    if not overnight and (stamp.minute is None or stamp.minute >= _PART_STARTS["MO"]):
        return day
    return ctx.stamped_day(day, _PART_STARTS[code], None, m.start(), m.end())


_PLURAL_PART_AFTER = re.compile(rf"\s+(?:and|or)\s+{WEEKDAY}\s+(?P<p>{PART})s\b")


# A weekday starting a capitalised run of a part of the day and another name: a title.
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
    needs=WEEKDAY,
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
    elif re.match(r"['’]s\b", ctx.after(m.end(), 3)) and not m["p"]:
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
        nearer_ahead = 0 < fwd < back and not _SINCE_BEFORE.search(ctx.before(m.start(), 12))
        # "rose 1 point since Monday's debate" (a Friday paper): a change measured from a
        # day already past, however near the next such day is
        d = weekday_date(ctx.dct, wd, 1 if ahead or nearer_ahead or _previewed(m, ctx) else -1)
    elif (
        readied_for(ctx.text, m.start())
        or planned_then(ctx.text, m.start(), m.end())
        or directed_then(ctx.text, m.start())
    ):
        # "prepared for ..., including a debate Thursday", "a service planned for Saturday
        # was canceled", "urged them to vote Tuesday": the nearest such day
        fwd, back = (wd - ctx.dct.isoweekday()) % 7, (ctx.dct.isoweekday() - wd) % 7
        d = weekday_date(ctx.dct, wd, 1 if 0 < fwd < back else -1)
    elif not rel and (told := narrated_weekday(ctx, wd, m.start(), m.end())) is not None:
        # a looking-back piece going on from the day it set: "Monday" of the narrated week
        d = told
    else:
        direction = ctx.ahead(m.start(), m.end())
        d = weekday_date(ctx.dct, wd, direction)
        if direction <= 0 and not rel and told_next_day(ctx.text, m.start(), m.end(), wd, ctx.dct):
            # a wire lede filed at its date's end, datelined where the next day has begun
            d = ctx.dct + timedelta(days=1)
    return "DATE", f"{d.isoformat()}{part}", pre_mod(m)


_SINCE_BEFORE = re.compile(r"\bsince\s+$", re.I)


# The day's happening as the subject of its own schedule ("Thursday's debate is due to
# start at 9pm", "Monday's hearing will take place in private"): still to come.
_SCHEDULED_AFTER = re.compile(
    r"['’]s\s+(?:[a-z-]+\s+){1,3}?(?:(?:is|are)\s+(?:due|scheduled|slated)\s+to\b"
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
