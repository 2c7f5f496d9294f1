"""The pieces every rule shares: the tagging context, results and the rule registry."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from briefgen.extract.timex import anchor
from briefgen.extract.timex import tense as tense_cues
from briefgen.extract.timex.lexicon import MONTHS, NUMBER
from briefgen.when import MONTH_DOTTED_ABBRS, MONTH_NAMES, When

# A sentence ends between two positions: a full stop before a capital, or a line break
# ("a.m." and "Dr." before a lower-case word or a number are no ends).
_SENTENCE_BREAK = re.compile(r"[.!?][\"”’)]?\s+[\"“‘(]?[A-Z]|\n")
# (type, value, mod) or None to reject the match
Result = tuple[str, str, str | None] | None


@dataclass
class Ctx:
    """What a rule may read while normalising: the text, the DCT and the dates seen so far."""

    text: str
    dct: date | None
    anchor: str | None = None  # the last calendar value seen (for "that year", "a day later")
    anchor_end: int = -1  # where the expression giving ``anchor`` ends in the text
    last: str | None = None  # the last value of any kind ("a year earlier" after a quarter)
    quarter: str | None = None  # the quarter in discussion ("the quarter", "a year ago")
    named_quarter: str | None = None  # the last quarter named, in discussion or not
    narrative: bool = True  # False: strict TimeML output (see ``tag``)
    # Set by a rule whose day is a default, not said ("at noon" read as the DCT's day): such
    # a value is no day in focus, so "that day" after it does not point to it.
    assumed_day: bool = False
    # The last day the text named ("on Oct. 23", "Monday"): the day in focus, which a year
    # or a month named since ("in 1994") does not change.
    last_day: str | None = None
    # The moment the page states it was published ("2011-11-08T01:23 GMT"), on the DCT's day
    published: When | None = None
    # False when the DCT is a guess (a month's middle, a date inferred from the text's
    # events): no reading that needs the writing's very day may rest on it
    dct_stated: bool = True
    # A looking-back piece's scene (``narrated``): the past day a calendar date told in the
    # past set, read while the text has placed nothing against the writing day (``told_now``)
    narrated: date | None = None
    told_now: bool = False
    _tense: dict[int, int] = field(default_factory=dict)

    def tense(self, start: int, end: int) -> int:
        """-1 past, +1 future, 0 unknown, for the sentence around ``start:end``."""
        if start not in self._tense:
            self._tense[start] = anchor.tense(self.text, start, end)
        return self._tense[start]

    def done_ahead(self, start: int, end: int, month: int, day: int | None = None) -> bool:
        """Whether the month (or day) of the DCT's year at ``start:end`` lies ahead of the
        writing though the verb it dates is told as done: then it is last year's."""
        return (
            self.dct_stated
            and self.dct is not None
            and anchor.ahead_of(self.dct, month, day)
            and tense_cues.told_done(self.text, start, end)
        )

    def ahead(self, start: int, end: int) -> int:
        """The tense of a weekday's clause: as ``tense``, and a present-tense scheduled
        happening ("they meet Monday") or the far complement of a present arrangement ("is
        scheduled to spend five hours there, her first stop Tuesday morning") looks ahead."""
        told = self.tense(start, end)
        if told == 0 and (
            anchor.present_as_future(self.text, start, end)
            or tense_cues.arranged_ahead(self.text, start, end)
        ):
            return 1
        return told

    def stamped_day(
        self, day: date | None, minute: int, zone: str | None, start: int, end: int
    ) -> date | None:
        """The day of a time of day (``minute`` after midnight, in ``zone`` when written)
        the text gives no day for, read against the page's stamp: told in the past, the
        latest such moment at or before the stamp ("It had just gone 11am when the jury …"
        on a page stamped 01:23 is the day before's); told ahead, the earliest at or after
        it. ``day`` (the DCT's, as assumed) otherwise, and when the page states no time."""
        stamp = self.published
        if day is None or stamp is None or day != self.dct or stamp.first != day:
            return day
        told = self.tense(start, end)
        if told < 0:
            return stamp.clock_day(minute, zone) or day
        if told > 0 or self.ahead(start, end) > 0:
            return stamp.clock_day(minute, zone, ahead=True) or day
        return day

    def anchor_day(self) -> date | None:
        """The last day-precise date seen, else the DCT."""
        if self.anchor and re.match(r"\d{4}-\d{2}-\d{2}", self.anchor):
            try:
                return date.fromisoformat(self.anchor[:10])
            except ValueError:
                pass
        return self.dct

    def day_of_time(self, start: int, end: int) -> date | None:
        """The day a time of day at ``start:end`` that names none belongs to ("at 10 p.m.",
        "by late afternoon"): the last day the text named when that is a recent one (the
        story's day, often the day before a next-morning paper's date), else the DCT."""
        day = self.anchor_day()
        if self.narrated is not None and not self.told_now and self.ahead(start, end) <= 0:
            # a looking-back piece's scene (``narrated``): the time is of the day in focus
            return day if day is not None and day >= self.narrated else self.narrated
        recent = day is not None and self.dct is not None and 0 <= (self.dct - day).days <= 7
        # The last date mentioned is not a recent day: use the DCT, unless it is the day the
        # time's own sentence gives ("for Saturday's show, with the first act on stage at
        # 18:00") or a past narrative goes on from the sentence before ("He was shot last
        # Oct. 23. He was shot at 10 p.m. in his kitchen.": a time belongs to its event's day).
        own = self.anchor_in_sentence(start)
        told = self.anchor_just_before(start) and self.tense(start, end) < 0
        if day and self.dct and not recent and not own and not told:
            day = self.dct
        said_day = (own or told) and self.anchor is not None and len(self.anchor) >= 10
        if not said_day and self.old_day_in_focus() and self.tense(start, end) < 0:
            # A past happening told after the text last named a day long before the DCT: its
            # day is that story's, which this sentence does not say ("He was shot at 10 p.m."
            # in a report on a killing months ago); the DCT would be a wrong day. A present or
            # future one ("the board meets at 10 a.m.") stays the DCT's.
            return None
        return day

    def old_day_in_focus(self) -> bool:
        """Whether the last day the text named is more than a week before the DCT (or
        after it): the text tells a story of another time than the publication day's."""
        if self.last_day is None or self.dct is None:
            return False
        try:
            day = date.fromisoformat(self.last_day)
        except ValueError:
            return False
        return not 0 <= (self.dct - day).days <= 7

    def anchor_in_sentence(self, start: int) -> bool:
        """Whether the expression giving ``anchor`` is in the sentence of ``start``."""
        if self.anchor_end < 0 or self.anchor_end > start:
            return False
        return _SENTENCE_BREAK.search(self.text, self.anchor_end, start) is None

    def anchor_just_before(self, start: int) -> bool:
        """Whether the expression giving ``anchor`` is in the sentence of ``start`` or the
        one right before it (the narrative a sentence continues)."""
        if self.anchor_end < 0 or self.anchor_end > start:
            return False
        return len(_SENTENCE_BREAK.findall(self.text, self.anchor_end, start)) <= 1

    def sentence_before(self, start: int) -> str:
        """The text of the sentence of ``start`` up to it (at most 300 characters back)."""
        head = self.text[max(0, start - 300) : start]
        breaks = list(_SENTENCE_BREAK.finditer(head))
        return head[breaks[-1].end() - 1 :] if breaks else head

    def before(self, start: int, n: int = 30) -> str:
        return self.text[max(0, start - n) : start]

    def after(self, end: int, n: int = 30) -> str:
        return self.text[end : end + n]

    def line_words(self, start: int, end: int) -> list[str]:
        """The words of over three letters on the line holding ``start:end``: whether the
        line is set in title case (a headline) or in capitals says how to read a name."""
        line_start = self.text.rfind("\n", 0, start) + 1
        line = self.text[line_start : self.text.find("\n", end) % (len(self.text) + 1)]
        return [w for w in re.findall(r"[A-Za-z][\w']*", line) if len(w) > 3]

    def in_headline(self, start: int, end: int) -> bool:
        """Whether the line holding ``start:end`` is set in title case."""
        words = self.line_words(start, end)
        return bool(words) and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


Handler = Callable[[re.Match[str], Ctx], Result]


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern[str]
    handler: Handler
    narrative: bool = False  # outside TimeML: only when the caller asks for narrative anchors
    # A word every match holds, sought first (with the same flags): a text without it is
    # not scanned by ``pattern``, whose optional openings are tried at every position.
    needs: re.Pattern[str] | None = None


RULES: list[Rule] = []


def rule(
    name: str,
    pattern: str,
    flags: int = re.IGNORECASE,
    *,
    narrative: bool = False,
    needs: str | None = None,
) -> Callable[[Handler], Handler]:
    """Register ``handler`` for every match of ``pattern`` (compiled case-insensitive).
    ``needs``: a pattern every match holds a match of (``Rule.needs``)."""

    def wrap(fn: Handler) -> Handler:
        needed = re.compile(needs, flags) if needs is not None else None
        RULES.append(Rule(name, re.compile(pattern, flags), fn, narrative, needed))
        return fn

    return wrap


# ---- regex building blocks -------------------------------------------------------------
MONTH = rf"(?:{MONTH_NAMES}|(?:{MONTH_DOTTED_ABBRS})\.?)(?![a-z])"
DAY = r"(?<![\d.,/])(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d|:\d)"
YEAR = r"(?:1[5-9]\d\d|20\d\d)(?![\d%]|\s*(?:percent|per\s+cent)|[.,]\d)"
WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
SEASON = r"(?:spring|summer|fall|autumn|winter)"
PART = r"(?:morning|afternoon|evening|night)"
UNIT = r"(?:year|yr|month|week|fortnight|day|hour|minute|second|decade|century|millennium)"
UNITS = (
    r"(?:years?|yrs?|months?|weeks?|fortnights?|days?|hours?|minutes?|seconds?|decades?"
    r"|centur(?:y|ies)|millenni(?:um|a))"
)
NUM = NUMBER
ORD = r"(?:first|second|third|fourth|1st|2nd|3rd|4th)"
LB = r"(?<![\w$£€#/.-])"  # no word, money sign or number glued on the left
PRE = (
    r"(?P<pre>(?:the\s+)?(?:(?:very\s+)?(?:early|late|mid|earlier|later)(?:\s+in)?(?:\s*-\s*|\s+)"
    r"|(?:end|beginning|start|middle|close|turn|rest)\s+of\s+))?"
)
PRE_MODS = {
    "early": "START",
    "beginning": "START",
    "start": "START",
    "late": "END",
    "end": "END",
    "close": "END",
    "mid": "MID",
    "middle": "MID",
}


def pre_mod(m: re.Match[str]) -> str | None:
    """The TIMEX3 mod said by the prefix ("late", "the end of", "mid-"), if any."""
    pre = m.groupdict().get("pre")
    if not pre:
        return None
    words = re.findall(r"[a-z]+", pre.lower())
    for w in words:
        if w in PRE_MODS:
            return PRE_MODS[w]
    return None


def month_num(token: str) -> int | None:
    """Month number of a month name; None for lower-case "may"/"march" (a verb, not a month)."""
    if not token or not token[0].isupper():
        return None
    return MONTHS.get(token.rstrip(".").lower())


def day_num(token: str) -> int:
    return int(re.sub(r"\D", "", token))


_TITLE_OPEN = re.compile(r"(?:[\"`']|'')\s*(?:[A-Z][\w'-]*\s+){0,3}$")
# An owner's capitalised phrase is a name it gives: "told ABC's This Week", "on NBC's Today".
_OWNED = re.compile(r"\w['’]s\s+$")


def in_title(text: str, start: int) -> bool:
    """Does a capitalised phrase at ``start`` open a quoted title ("This Week", "60 Minutes")
    or one named after its owner ("ABC's This Week")?"""
    window = max(0, start - 40)
    return bool(_TITLE_OPEN.search(text, window, start) or _OWNED.search(text, window, start))
