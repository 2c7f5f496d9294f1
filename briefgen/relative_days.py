"""A summary sentence's "today", "on Tuesday" or "last week", with the day it means.

A timeline entry sits under its date, but a key judgment or figure stands alone, and a
brief often spans months or years: "police said today" or "the talks on Friday" then tell
the reader nothing about when. The writer's own relative day is read against the article's
date, where the extraction already resolved it; the brief names that day in brackets after
it, the editorial convention ("police said today [8 October 1999]"). A relative day inside
a quotation is the speaker's, said on a day the article may not give, so it is left as it
is, and so is any expression the sentence shows more than once (which one was meant), a
bare weekday whose direction the sentence leaves open (a plan, "Monday night's debate"),
and a weekend paper's "last week" (the week ending or the one before: ``weekend_weeks``).
"""

from __future__ import annotations

import re

from briefgen.models import Evidence, Extraction
from briefgen.standalone import inside_quotation
from briefgen.weekend_weeks import weekend_week
from briefgen.when import When

__all__ = ["name_relative_days", "page_day"]

_WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
# Expressions whose day only the article's date gives; a stated year, month or date needs
# no help ("Aug. 7" in a brief of one year is plain enough).
_RELATIVE = re.compile(
    rf"^(?:(?:on|last|this|next|early|late|on\s+the\s+night\s+of)\s+)?(?:{_WEEKDAY})"
    r"(?:\s+(?:morning|afternoon|evening|night))?$"
    r"|^(?:today|tonight|yesterday|tomorrow)$"
    r"|^(?:(?:earlier|later)\s+)?(?:this|last|next|past)\s+(?:week|month|year)$",
    re.I,
)
_GRANULAR = ("day", "week", "month", "year")
_BARE_WEEKDAY = re.compile(rf"^(?:on\s+)?{_WEEKDAY}", re.I)
# A weekday alone says no direction: a sentence that plans or expects ("planned to pay …
# on Friday", "will meet Tuesday") may mean the one ahead where the tagger read the one
# before. Only where the sentence tells what was done is the day named.
_AHEAD = re.compile(
    r"\b(?:will|would|shall|\w+['’]ll|going\s+to|plan(?:s|ned)?\s+to|set\s+to|due\s+to"
    r"|expected\s+to|scheduled|to\s+be\s+held|upcoming|ahead\s+of|before)\b",
    re.I,
)


def name_relative_days(text: str, evidence: Evidence, extraction: Extraction | None) -> str:
    """``text`` (the shown form of the sentence ``evidence`` points at) with each of the
    writer's relative days followed by the day it means, in brackets."""
    if extraction is None or extraction.document.dct is None:
        return text
    document = extraction.document.text
    shown = text
    for timex in extraction.timexes:
        if not evidence.start <= timex.start < evidence.end:
            continue
        words = " ".join(timex.text.split())
        when = When.of(timex.value)
        if (
            when is None
            or when.granularity not in _GRANULAR
            or not _RELATIVE.match(words)
            or inside_quotation(document, timex.start)
            or _quoted_in_sentence(document, evidence.start, timex.start)
            # a weekend paper's "last week": the week ending or the one before
            or weekend_week(words, timex.value, extraction.document.dct)
        ):
            continue
        found = list(re.finditer(rf"\b{re.escape(words)}\b(?:['’]s\b)?", shown))
        if _BARE_WEEKDAY.match(words) and (
            when.first > extraction.document.dct
            or (found and not _told_then(shown, found[0]) and _AHEAD.search(shown))
        ):
            continue  # a day ahead, or one the sentence may mean ahead: not named
        # "Monday night's debate": a weekday naming what it modifies, ahead or behind,
        # unless a deed of the sentence's owns it ("won Tuesday's primary")
        possessive = bool(found) and found[0][0][-2:] in ("'s", "’s")
        if len(found) != 1 or (
            possessive and _BARE_WEEKDAY.match(words) and not _done_in(shown, found[0])
        ):
            continue
        if shown[found[0].end() : found[0].end() + 2] == " [":
            continue
        at = found[0].end()
        shown = f"{shown[:at]} [{when.label}]{shown[at:]}"
    return shown


# Past forms that happen on the weekday written next to them ("said Tuesday", "Clinton
# Thursday condemned"): irregular ones, and any word in -ed.
_PAST = frozenset(
    """said told met spoke went made took gave came began won lost held left found sent wrote
    became ran saw got put set hit cut led paid fell rose struck fled""".split()  # noqa: SIM905
)


def _told_then(shown: str, weekday: re.Match[str]) -> bool:
    """Whether a past verb stands within two words of the weekday: what it tells was done
    that day, so the day before the article is the one meant."""
    before = re.findall(r"[A-Za-z]+", shown[: weekday.start()])[-2:]
    after = re.findall(r"[A-Za-z]+", shown[weekday.end() :])[:2]
    return any(
        (w.lower() in _PAST or w.lower().endswith("ed")) and not _AHEAD.fullmatch(w)
        for w in (*before, *after)
    )  # "scheduled Friday" tells a plan, not a deed


# How far before a weekday's possessive the deed it is the scene of may stand: "scored a
# decisive victory in Tuesday's primary" (the verb, its object, a preposition).
_DEED_REACH = 5
# A verb in the past that readies for a happening, not one that tells it: "prepared for
# Monday's debate", "braced for Friday's vote" (the day may be the one ahead).
_READYING = frozenset(
    """prepared readied braced geared primed planned scheduled slated set expected awaited
    previewed announced looked""".split()  # noqa: SIM905
)
# A preview of the happening: "heading into Tuesday's primaries", "in the run-up to
# Monday's caucus", "until Friday's vote".
_PREVIEW = re.compile(
    r"\b(?:head(?:ing|ed)\s+into|go(?:ing)?\s+into|lead(?:ing)?\s+up\s+to|run-?up\s+to"
    r"|until|till|prior\s+to|in\s+time\s+for)\b",
    re.I,
)


def _done_in(shown: str, weekday: re.Match[str]) -> bool:
    """Whether a weekday's possessive ("Tuesday's primary") is the scene of a deed the
    sentence tells as done: a past verb stands within ``_DEED_REACH`` words before it
    ("won Tuesday's primary", "scored a decisive victory in Tuesday's primary"), the
    sentence plans or expects nothing (``_AHEAD``) and previews nothing ("heading into
    Tuesday's primaries"). Then the day before the article is the one meant; the
    possessive as the subject ("Monday night's debate drew a crowd") says no direction."""
    if _AHEAD.search(shown) or _PREVIEW.search(shown):
        return False
    before = re.findall(r"[A-Za-z]+", shown[: weekday.start()])[-_DEED_REACH:]
    return any(  # lower case: "Reed" is a name, no past
        w.islower() and (w in _PAST or w.endswith("ed")) and w not in _READYING for w in before
    )


def _quoted_in_sentence(document: str, start: int, at: int) -> bool:
    """Whether ``at`` falls inside a quotation opened in its sentence (from ``start``)."""
    before = document[start:at]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


# The writer's own day: "today", "last night", "this morning".
_PAGE_DAY = re.compile(
    r"\b(?:today|tonight|yesterday|tomorrow|last\s+night"
    r"|this\s+(?:morning|afternoon|evening))\b",
    re.I,
)


def page_day(narration: str, extraction: Extraction | None) -> bool:
    """Whether ``narration`` (a sentence's words outside quotations) tells its time by the
    writer's own day ("A judge in Ohio ruled today") on a page that strings several stories
    together (``structure.stories``: a newsletter, a blog's archive of posts): each item was
    written on its own day, which the page's date does not give, so the reader, and the
    brief, cannot tell which day that is."""
    if extraction is None or not _PAGE_DAY.search(narration):
        return False
    return any(b.kind == "story_break" for b in extraction.document.blocks)
