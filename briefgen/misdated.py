"""Whether the expression dating a sentence's event dates the sentence's news.

A sentence can give a date that is not its news's: the count a figure is compared with
("up from 1,364 on Saturday"), a condition's ("if the virus returns in the autumn"), a
scene-setting opening clause ("After the closeout of the probe July 6, ..."), the end of
a wait ("until Monday"). The timeline and the chronology show a sentence only under the
date of its own news.
"""

from __future__ import annotations

import re
from collections.abc import Set

from briefgen.models import EventMention
from briefgen.when import MONTH_ABBRS

__all__ = ["backdrop", "misdated"]

# A date a count is compared with ("1,626 cases, up from 1,364 on Saturday"), or the start
# of a period running to the report ("up 1,604 since Friday", "1,324 people had been
# admitted since 13 April"). It dates the earlier count or the period's start, not the
# news the sentence gives.
_BASELINE = re.compile(
    r"(?:\b(?:up|down|rising|rose|fell|falling|increas\w*|decreas\w*|compared)\s+"
    r"(?:\w+\s+){0,2}?(?:from|with)\s+(?:(?:about|around|nearly|almost|roughly|some|over|just|under)\s+)?\d[\d,.]*(?:\s+[\w-]+){0,3}?"
    r"|\bsince)\s+(?:on\s+|at\s+|in\s+|last\s+)?$",
    re.I,
)

# A comment clause set off by a dash, a comma or a bracket ("Spicer -- as the rival
# campaign noted this week -- promoted ...", "Sales fell, as the company reported Tuesday"):
# its date is the noting's or the reporting's, not that of the news it comments on.
_AS_NOTED = re.compile(
    r"(?:--|[,(—–])\s*as\s+(?:[\w'’.-]+\s+){1,6}?(?:first\s+)?(?:noted|reported|said"
    r"|pointed\s+out|observed|wrote|revealed|disclosed|recalled|mentioned|detailed)"
    r"(?:\s+(?:it|this))?\s+(?:on\s+|in\s+|earlier\s+|last\s+)?$",
    re.I,
)

# A date the news is told to follow or precede ("Mexicans returned to work in large numbers
# after the weekend", "left the country before Friday's vote"): the happening is on some
# other day the sentence does not give. Not "hours after", "shortly before" (the same day,
# near enough), nor an opening "After ...," phrase (``backdrop`` judges that one).
_AFTER_OR_BEFORE = re.compile(
    r"(?<!\bhours\s)(?<!\bminutes\s)(?<!\bmoments\s)(?<!\bshortly\s)(?<!\bsoon\s)"
    r"(?<!\bjust\s)(?<!\bimmediately\s)(?<!\bright\s)"
    r"\b(?:after|before|prior\s+to)\s+$",
    re.I,
)
_OPENING_AFTER = re.compile(r"^\W*(?:(?:and|but|so)\s+)?(?:after|before|prior\s+to)\s+$", re.I)

# An expression continued by the period it is in: "June 16th of last year", "the 3rd of
# next month", "died on 25 June that year". Read without it, the day falls in the wrong
# year or month.
# A time of day whose day is given after it ("at 11pm on 27 April", "at 10.40 am on the day
# of his death") is that day's, not the page's.
_CONTINUED = re.compile(
    r"\s*,?\s+(?:of\s+)?(?:last|next|this|that|the\s+(?:previous|following|same))\s+"
    r"(?:year|month)\b"
    r"|(?:(?<=[ap]m)|(?<=\.m\.)|(?<=[ap]\.m))\s+on\s+(?:the\s+(?:day|morning|night|evening|eve)\b|\d|(?:Mon|Tues|Wednes"
    rf"|Thurs|Fri|Satur|Sun)day|(?:{MONTH_ABBRS})[a-z]*\b)",
    re.I,
)
# An "if" or "unless" clause still open where the date is: the date is the condition's.
_CONDITION = re.compile(r"\b(?:if|unless)\b[^.;:!?\"“”]*$", re.I)
# A date a text gives in full, not read against the page's date: a year, or a month's name.
_ABSOLUTE = re.compile(rf"\b(?:1[5-9]|20)\d\d\b|\b(?:{MONTH_ABBRS})[a-z]*\b")


def misdated(mention: EventMention, strung: Set[str] = frozenset()) -> bool:
    """Whether the expression dating ``mention`` dates something else than its news: the
    count it is compared with ("up from 1,364 on Saturday"), the start of a period running
    to the report ("since Friday"), a condition's ("if the virus returns in the autumn":
    what may happen, not what is planned), a comment clause's ("-- as the campaign noted
    this week --": the noting's), one the news is told to follow or precede ("returned to
    work after the weekend"), or, on a page of many posts strung together (``strung``,
    ``sieve.long_pages``), a "yesterday" that may be any post's; or an
    expression read only in part: "June 16th" of "June 16th of last year"."""
    ev = mention.evidence
    before = ev.sentence[: max(0, mention.timex.start - ev.sentence_start)]
    if _BASELINE.search(before) or _CONDITION.search(before) or _AS_NOTED.search(before):
        return True
    if _AFTER_OR_BEFORE.search(before) and not _OPENING_AFTER.match(before):
        return True
    if _CONTINUED.match(ev.sentence, max(0, mention.timex.end - ev.sentence_start)):
        return True
    return mention.doc in strung and not _ABSOLUTE.search(mention.timex.text)


# A date in an opening "After ...," clause whose main clause tells where things stand now
# ("After aides insisted in June that ..., the campaign has appeared to acknowledge ..."):
# the clause is the backdrop, the news is not of its date.
_OPENING_CLAUSE = re.compile(r"^\W*(?:After|Since|Following|Despite)\b[^,;:]*$")
_NOW = re.compile(
    r"^[^,;:]*(?:,\s*(?:who|whom|whose|which|where)\b[^,;:]*)?"  # ", whose support ...,"
    r",\s*(?:[\w'’.-]+\s+){1,5}?(?:has|have|is|are|remains?)\b"
)


# An opening "After ...," phrase dates what came first ("After the closeout of the probe
# July 6, Judicial Watch asked to depose her"): the main clause's news followed, on a day
# the sentence does not give unless it says so ("on the same day", "hours later").
_AFTER = re.compile(r"^\W*(?:After|Following)\b[^,;:]*$")
# The opening phrase closes with its comma soon after the date ("probe July 6, Judicial").
_CLOSED = re.compile(r"[^,;:.!?]{0,40},")
_SAME_DAY = re.compile(
    r"\b(?:(?:on\s+)?the\s+same\s+day|that\s+(?:same\s+)?(?:day|morning|afternoon|evening|night)"
    r"|(?:minutes|hours|moments)\s+later|later\s+that\s+day|shortly\s+(?:after|afterwards))\b",
    re.I,
)


# The end of a wait ("decided to delay action until Monday", "closed until at least
# Thursday"): nothing happened that day that the sentence tells. Opening the sentence
# ("Until Thursday, he had refused"), it dates the change the sentence implies.
_UNTIL = re.compile(
    r"\w[^.;:]*\b(?:until|till|pending)\s+(?:at\s+(?:the\s+)?(?:least|earliest)\s+)?"
    r"(?:on\s+|next\s+)?$",
    re.I,
)
_OPENS = re.compile(r"^\W*(?:(?:and|but|so|yet)\s+)?(?:until|till)\b", re.I)
# A speaker looking back from when they speak ("noted that the campaign faced a crossroads
# back in May"): the date is the looked-back-on time, the news is the saying.
_LOOKING_BACK = re.compile(r"\bthat\b[^,;:]*\bback\s+(?:in|on)\s+$", re.I)
# A main clause telling what has happened since ("who last week was confirmed to have the
# virus has since made a full recovery"): the date is the start, not the news.
_SINCE_THEN = re.compile(r"\b(?:has|have|had)\s+since\b", re.I)


def backdrop(mention: EventMention) -> bool:
    """Whether ``mention``'s date sits in an opening clause that sets the scene for a main
    clause in the present or present perfect, or in an opening "After ..." phrase whose
    main clause does not say it happened the same day, ends a wait, is looked back on in a
    reported clause, or starts what the sentence says has happened since."""
    ev = mention.evidence
    at = max(0, mention.timex.start - ev.sentence_start)
    waited = _UNTIL.search(ev.sentence[:at]) and not _OPENS.match(ev.sentence)
    if waited or _LOOKING_BACK.search(ev.sentence[:at]):
        return True
    if _SINCE_THEN.search(ev.sentence, at):
        return True
    if _OPENING_CLAUSE.match(ev.sentence[:at]) and _NOW.match(ev.sentence[at:]):
        return True
    end = max(0, mention.timex.end - ev.sentence_start)
    opener = _AFTER.match(ev.sentence[:at]) and _CLOSED.match(ev.sentence, end)
    return bool(opener and not _SAME_DAY.search(ev.sentence, at))
