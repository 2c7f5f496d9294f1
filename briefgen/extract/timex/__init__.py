"""Temporal expression tagger: find TIMEX3 expressions in English news text and normalise them.

``tag(text, dct)`` runs every rule's regular expression over the text, keeps the leftmost
longest match that its rule accepts, and normalises matches in text order so that
expressions like "that year" or "two days later" can read the last date seen.
"""

from __future__ import annotations

import logging
import re
from datetime import date

from briefgen.extract.timex import (
    rules_calendar,
    rules_fiscal,
    rules_narrative,
    rules_relative_days,
    rules_relative_periods,
    rules_relative_shifts,
    rules_spans,
)
from briefgen.extract.timex.base import RULES, Ctx
from briefgen.extract.timex.narrated import note_told
from briefgen.models import Timex
from briefgen.when import When

__all__ = ["tag"]
log = logging.getLogger(__name__)

_ = (
    rules_calendar,
    rules_fiscal,
    rules_narrative,
    rules_relative_days,
    rules_relative_periods,
    rules_relative_shifts,
    rules_spans,
)  # importing registers the rules, in this order: a tie goes to the rule registered first
_CALENDAR = re.compile(r"\d{4}(?:-(?:\d{2}|Q\d|H\d|SP|SU|FA|WI|W\d{2}))?(?:-\d{2})?")
_MOD_BEFORE = (
    (re.compile(r"\bat\s+least\s+since\s+$|\bsince\s+at\s+least\s+$", re.I), "ON_OR_BEFORE"),
    (re.compile(r"\b(?:since|from)\s+$", re.I), "START"),
    (re.compile(r"\bby\s+$", re.I), "ON_OR_BEFORE"),
    (re.compile(r"\b(?:before|prior\s+to|until|till)\s+$", re.I), "BEFORE"),
    (re.compile(r"\bafter\s+$", re.I), "AFTER"),
    (re.compile(r"\b(?:around|about|circa|c\.)\s+$", re.I), "APPROX"),
)


# "a five-year low": the article belongs to the noun phrase, not to the duration
_ARTICLE_BEFORE_NUMBER = re.compile(
    r"(?:an?|the)\s+(?=\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|"
    r"sixty|seventy|eighty|ninety)[\s-]+(?:[a-z]+-)?(?:year|month|week|day|hour|minute|decade)\b(?!s))",
    re.IGNORECASE,
)


def _context_mod(text: str, start: int, type_: str, value: str) -> str | None:
    """A mod said by the words just before a date ("since 2016", "by 16 September")."""
    if type_ != "DATE" or not value[:1].isdigit() or "/" in value:
        return None
    before = text[max(0, start - 25) : start]
    for pattern, mod in _MOD_BEFORE:
        if pattern.search(before):
            return mod
    return None


def tag(
    text: str,
    dct: date | None,
    *,
    narrative: bool = True,
    published: str | None = None,
    dct_stated: bool = True,
) -> list[Timex]:
    """Find and normalise the temporal expressions of ``text``.

    ``dct`` is the document creation time; relative expressions ("on Monday", "last
    month") are read against it, and left underspecified (``XXXX-WXX-1``) without it.
    With ``narrative`` (the default) discourse anchors that TimeML does not tag ("back
    then", "since then", "so far") are tagged too; pass False for strict TimeML output.
    ``published`` is the moment the page states (``Document.published``): a time of day
    told without a day ("at 11am", "this afternoon") is dated against it. ``dct_stated``
    False: ``dct`` is a guess (a month's middle, a date inferred from the text), on which
    no reading that needs the writing's very day rests.
    Returns non-overlapping ``Timex`` records sorted by start.
    """
    candidates = _candidates(text, narrative)
    ctx = Ctx(
        text=text,
        dct=dct,
        narrative=narrative,
        published=When.of(published),
        dct_stated=dct_stated,
    )
    out: list[Timex] = []
    pos = 0
    for start, neg_len, index in candidates:
        end = start - neg_len
        if start < pos:
            continue
        r = RULES[index]
        m = r.pattern.match(text, start)
        if m is None or m.end() != end or _breaks_lines(text, start, end):
            continue
        if _quoted_title(text, start, end):
            continue
        ctx.assumed_day = False
        try:
            result = r.handler(m, ctx)
        except (ValueError, KeyError, IndexError, OverflowError):
            # a rule met a value it cannot normalise (a date out of range): skip the match
            log.debug("timex rule %s failed on %r", r.name, m.group(0), exc_info=True)
            continue
        if result is None:
            continue
        type_, value, mod = result
        s, e = _span(r.name, m, text, type_)
        mod = mod or _context_mod(text, s, type_, value)
        if not narrative and "/" in value and type_ == "DATE":
            out.extend(_split_range(text, s, e, value))
        else:
            out.append(Timex(s, e, text[s:e], type_, value, mod))  # type: ignore[arg-type]
        pos = end
        note_told(ctx, text[s:e], value, s, e)
        head = value.split("/")[-1]
        if _CALENDAR.match(head) and not ctx.assumed_day:
            ctx.anchor, ctx.anchor_end = head, e
            if re.match(r"\d{4}-\d{2}-\d{2}", head):
                ctx.last_day = head[:10]
        if re.fullmatch(r"\d{4}-Q\d", head):
            ctx.named_quarter = head
        if _names_quarter(r.name, head, ctx, text[s:e]) and "-Q" in head and head[:4].isdigit():
            ctx.quarter = head
        ctx.last = head
    return out


# The last text scanned, whether narrative rules were run, and the matches found: a page
# whose own date the first tagging settled differently is tagged again (``date_document``),
# the same text against another day, and the rules' scan, most of the tagger's time, does
# not depend on the day.
_last_scan: tuple[str, bool, list[tuple[int, int, int]]] | None = None


def _candidates(text: str, narrative: bool) -> list[tuple[int, int, int]]:
    """Every rule's non-empty matches in ``text`` as (start, -length, rule index), sorted:
    leftmost first, then longest, then the rule registered first. Not to be changed."""
    global _last_scan
    last = _last_scan  # read once: a thread (a Dask worker's) may set it meanwhile
    if last is not None and last[0] is text and last[1] == narrative:
        return last[2]
    candidates: list[tuple[int, int, int]] = []
    for index, r in enumerate(RULES):
        if (r.narrative and not narrative) or (r.needs and r.needs.search(text) is None):
            continue
        for found in r.pattern.finditer(text):
            if found.end() > found.start():
                candidates.append((found.start(), -(found.end() - found.start()), index))
    candidates.sort()
    _last_scan = (text, narrative, candidates)
    return candidates


# A quotation of a few capitalised words closing right after a time is a title ("NBC's
# “Today”", "the broadcast of “Fox News Sunday”"), not a time the sentence gives.
_TITLE_QUOTE_OPEN = re.compile(r"[“\"]\s*(?:[A-Z][\w'’.-]*\s+){0,3}$")
_TITLE_QUOTE_CLOSE = re.compile(r"[,.]?[”\"]")


def _quoted_title(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` ends a short quoted title of capitalised words."""
    return (
        text[start : start + 1].isupper()
        and _TITLE_QUOTE_CLOSE.match(text, end) is not None
        and _TITLE_QUOTE_OPEN.search(text, max(0, start - 40), start) is not None
    )


def _names_quarter(rule_name: str, value: str, ctx: Ctx, said: str) -> bool:
    """Does a quarter named by this rule become the quarter in discussion?

    Results are reported for a quarter under way or past: a later one ("the third quarter
    of 1990") is a forecast, and "the 1988 third quarter" a comparison once a quarter is
    being reported on.
    """
    if ctx.dct is not None and value > f"{ctx.dct.year:04d}-Q{(ctx.dct.month - 1) // 3 + 1}":
        return False
    reported = ctx.quarter
    if (
        reported == _last_complete_quarter(ctx.dct)
        and value < (reported or "")
        and ("fiscal" not in said.lower())
    ):
        # The quarter just ended is the one a results story reports on: an earlier one named
        # after it ("After a flat second quarter, ...") is a contrast, not the new subject, and
        # "the year-earlier period" that follows is still the reported quarter's a year back.
        # A company's "fiscal second quarter" is its own numbering of the quarter it reports.
        return False
    if rule_name == "year-quarter":
        return ctx.quarter is None
    return rule_name in ("quarter", "the-quarter")


def _last_complete_quarter(dct: date | None) -> str | None:
    """The last quarter complete at the DCT ("1989-Q3" on 1 November 1989)."""
    if dct is None:
        return None
    idx = dct.year * 4 + (dct.month - 1) // 3 - 1
    return f"{idx // 4:04d}-Q{idx % 4 + 1}"


_RANGE_SEP = re.compile(r"\s*(?:[-\u2013\u2014/]|\bto\b|\band\b|\bor\b|\bthrough\b|\buntil\b)\s*")
_SENTENCE_END = re.compile(r"\s+[A-Z\"'`]|\s*$")


def _span(name: str, m: re.Match[str], text: str, type_: str) -> tuple[int, int]:
    """The span TimeML tags: no quantifier ("about"), no article before an adjectival number."""
    s, e = _trim(text, m.start(), m.end())
    groups = m.groupdict()
    if name == "duration" and groups.get("q"):
        s = m.end("q")
    if type_ == "DURATION":
        article = _ARTICLE_BEFORE_NUMBER.match(text, s, e)
        if article:
            s = article.end()
    if name in ("quarter", "year-ago-period") and text[s : s + 4].lower() == "the ":
        # "the third-quarter loss", "the year-ago results": an adjective, not a noun phrase
        body = text[s + 4 : e]
        if (
            "-" in body
            and not groups.get("n")
            and not groups.get("nm")
            and not re.search(r"quarter$|period$", body)
        ) or (name == "quarter" and re.search(r"-quarter$", body)):
            s += 4
    if name == "clock" and text[e - 1] == "." and _SENTENCE_END.match(text, e):
        e -= 1  # "at 10 p.m." ending a sentence: the full stop belongs to the sentence
    return s, e


def _split_range(text: str, s: int, e: int, value: str) -> list[Timex]:
    """TimeML tags the two ends of "1996-2001" separately; so does strict mode."""
    first, second = value.split("/", 1)
    seps = list(_RANGE_SEP.finditer(text, s, e))
    for sep in seps:
        left, right = _trim(text, s, sep.start()), _trim(text, sep.end(), e)
        if left[1] > left[0] and right[1] > right[0] and text[sep.start() - 1].isalnum():
            # "July 8-9": the second end alone is just a day number; keep one span
            worded = re.search(r"[a-z]", sep.group(0))
            if not worded and not re.search(r"[A-Za-z]|\d{4}", text[right[0] : right[1]]):
                break
            if not re.search(r"[A-Za-z]{3}|\d{4}", text[left[0] : left[1]]):
                break
            return [
                Timex(left[0], left[1], text[left[0] : left[1]], "DATE", first),
                Timex(right[0], right[1], text[right[0] : right[1]], "DATE", second),
            ]
    return [Timex(s, e, text[s:e], "DATE", value)]


def _breaks_lines(text: str, s: int, e: int) -> bool:
    """A span over a blank line, or out of a short (header-like) line, is two things."""
    inner = text[s:e]
    if "\n" not in inner:
        return False
    if "\n\n" in inner:
        return True
    line_start = text.rfind("\n", 0, s) + 1
    return text.find("\n", s) - line_start < 40


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and (text[s].isspace() or text[s] in ",;"):
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in ",;"):
        e -= 1
    return s, e
