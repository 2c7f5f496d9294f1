"""Days counted from a happening the text dates elsewhere.

"Two men showed up at his house the day after his death", "a jogger saw the car at 6
a.m. ten days before the shooting", "a dose at 10.40 am on the day of his death": the
day is the happening's, counted forward or back, not the publication's. The tagger
cannot tell it (it leaves such a time without a day: ``XXXX-XX-XXT06:00``); once the
events are dated, the happening the phrase names is found among them and the day follows.

The phrase names the happening by a definite noun ("the shooting", "his death",
"Slepian's killing"). It is the one dated earlier (else later) in the text whose verb the
noun names: the same word ("the attack" / "attacked"), an "-ing" nominalisation of the
verb ("the shooting" / "was shot"), or a death ("his death" / "died", "was killed"). Only a
day the text states for a happening that took place is counted from.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

from briefgen.extract.clauses import lemma_of
from briefgen.extract.dated import governing_verb
from briefgen.extract.doctext import doc_text
from briefgen.extract.timex.lexicon import NUMBER, parse_number
from briefgen.models import EventMention, Timex

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["DEATH", "counted_from_events"]

# "ten days before the shooting", "the day after his death", "the night of the murder".
_COUNTED = re.compile(
    rf"\b(?:(?P<n>{NUMBER})\s+(?P<unit>days?|weeks?)\s+(?P<dir>before|after)"
    r"|the\s+(?P<part>day|morning|afternoon|evening|night|eve)\s+(?P<rel>of|before|after))"
    r"\s+(?:the|his|her|their|its|(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*(?:'s|’s))"
    r"\s+(?P<noun>[a-z]+)\b",
    re.I,
)
# A time of day with no day of its own, right before the phrase ("at 6 a.m. ten days
# before the shooting", "at 10.40 am on the day of his death").
_BETWEEN = re.compile(r"[\s,]*(?:on\s+|in\s+)?$", re.I)
# The verbs a death is told by: "his death" names the day he died or was killed.
DEATH = {"die", "kill", "shoot", "slay", "murder", "assassinate", "execute"}


def counted_from_events(
    sdoc: Doc, timexes: Sequence[Timex], dated: Sequence[EventMention]
) -> list[Timex]:
    """``timexes`` with each day counted from a happening the text dates filled in: a new
    expression for the phrase ("the day after his death"), and the day given to a time
    with none right before it. The list itself when there is nothing to count."""
    text = doc_text(sdoc)
    days = _happening_days(sdoc, dated)
    out = list(timexes)
    if not days:
        return out
    for m in _COUNTED.finditer(text):
        day = _day_of(m, days)
        if day is None:
            continue
        offset = _offset(m)
        if offset is None:
            continue
        value = (day + timedelta(days=offset)).isoformat()
        start, end = m.start(), m.end()
        out = [t for t in out if not (t.start < end and start < t.end and t.type != "TIME")]
        out.append(Timex(start, end, text[start:end], "DATE", value))
        out = [_with_day(t, value, text, start) for t in out]
    out = [_on_its_day(t, sdoc, days) for t in out]
    return sorted(out, key=lambda t: (t.start, t.end))


def _on_its_day(timex: Timex, sdoc: Doc, days: Sequence[tuple[int, str, date]]) -> Timex:
    """A time of day without a day, on a verb that tells a happening the text dates to one
    day: that day ("he was shot to death last Oct. 23" ... "was shot to death at 10
    p.m.": the same shooting, told again with its hour)."""
    if timex.type != "TIME" or not timex.value.startswith("XXXX-XX-XX"):
        return timex
    span = sdoc.char_span(timex.start, timex.end, alignment_mode="expand")
    verb = governing_verb(span) if span is not None and len(span) else None
    if verb is None:
        return timex
    lemma = lemma_of(verb)
    named = [(start, day) for start, key, day in days if key == lemma and start != verb.idx]
    before = [day for start, day in named if start < verb.idx]
    after = [day for start, day in named if start > verb.idx]
    day = before[-1] if before else after[0] if after else None
    if day is None:
        return timex
    return replace(timex, value=day.isoformat() + timex.value[len("XXXX-XX-XX") :])


def _with_day(timex: Timex, value: str, text: str, start: int) -> Timex:
    """A time of day without a day, right before the phrase, on the phrase's day."""
    if timex.type != "TIME" or not timex.value.startswith("XXXX-XX-XX"):
        return timex
    if timex.end > start or not _BETWEEN.fullmatch(text[timex.end : start]):
        return timex
    return replace(timex, value=value + timex.value[len("XXXX-XX-XX") :])


def _offset(m: re.Match[str]) -> int | None:
    if m["part"]:
        rel = m["rel"].lower()
        if m["part"].lower() == "eve":
            return -1 if rel == "of" else None
        return {"of": 0, "before": -1, "after": 1}[rel]
    n = parse_number(m["n"])
    if n is None or n != int(n):
        return None  # "a few days before": no day
    days = int(n) * (7 if m["unit"].lower().startswith("week") else 1)
    return -days if m["dir"].lower() == "before" else days


def _happening_days(sdoc: Doc, dated: Sequence[EventMention]) -> list[tuple[int, str, date]]:
    """(offset, lemma, day) of each verb or noun a stated day dates, in text order."""
    out: list[tuple[int, str, date]] = []
    for m in dated:
        if m.anchor != "own" or m.scheduled or not m.timex.text or m.predicate is None:
            continue
        when = m.when
        if when is None or when.day is None:
            continue
        for start, end in (m.predicate, *m.co_predicates):
            word = sdoc.char_span(start, end, alignment_mode="expand")
            if word is not None and len(word) == 1:
                out.append((start, (word[0].lemma_ or word[0].lower_).lower(), when.day))
    return sorted(out)


def _day_of(m: re.Match[str], days: Sequence[tuple[int, str, date]]) -> date | None:
    """The day of the happening the phrase's noun names: the nearest one before it, else
    the nearest after."""
    keys = _keys(m["noun"].lower())
    named = [(start, day) for start, lemma, day in days if lemma in keys]
    before = [day for start, day in named if start < m.start()]
    if before:
        return before[-1]
    after = [day for start, day in named if start >= m.end()]
    return after[0] if after else None


def _keys(noun: str) -> set[str]:
    """The verbs a noun names: itself, an "-ing" noun's verb ("shooting": shoot,
    "slaying": slay, "killing": kill), a death's."""
    if noun == "death":
        return DEATH
    keys = {noun}
    if noun.endswith("ing") and len(noun) > 5:
        base = noun[:-3]
        keys |= {base, base + "e"}
        if base[-1] == base[-2]:
            keys.add(base[:-1])
    if noun.endswith("s"):
        keys.add(noun[:-1])
    return keys
