"""Pending legal states a later verdict decided: "Murray denies involuntary manslaughter"
once a later source reports him convicted and sentenced.

A court story runs charge → plea → trial → verdict → sentence. Its early reports tell the
state of their day in the present tense ("denies", "faces a charge", "is on trial accused
of", "is awaiting sentence", "is due to be sentenced"),
and a summary quoting them after the verdict tells the reader a state that no longer holds.
A sentence telling a person's pending legal state is passed over once a source published
on a later day reports a verdict or a sentence naming that person. English tells these
stages with a few verbs whatever the case is about; who is meant comes from the extraction's
person mentions, not from the wording.

A contest's forecasts are pending states too: "A Sanders win in California would …", "If
Smith carries Ohio, …" tell what a result would mean, and once a later source reports the
contest decided ("Clinton won California") the forecast's condition is settled. Quoted as
a key figure or a judgment after that, it tells a state of the story that no longer holds
(``settled_forecasts``).

A preview of the contest is one too: "the dire situation X is facing in Tuesday's
California primary", written on the Saturday before. A recap written after the vote says
the same words, so a preview is read by where its own words put the contest: a day its
sentence names (the weekday as extraction resolved it against the article's date) after
the article's, or, undated, a future told ("will", "is facing", "heading into"). Once a
source published on or after that day reports the contest named there decided
(``contests.result_in``: "won", "X's victory in", "after winning"; the same place), the
preview is where the story was
(``settled_previews``).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from datetime import date, timedelta
from typing import TYPE_CHECKING

from briefgen.contests import decided_result, named_contest, result_in, settles
from briefgen.standalone import surname
from briefgen.when import When

if TYPE_CHECKING:
    from briefgen.bottomline import Candidate
    from briefgen.models import Extraction

__all__ = ["decided", "settled_forecasts", "settled_previews"]

# A verdict or a sentence handed down, told as done: "has been convicted", "was found
# guilty", "the jury acquitted", "was sentenced to", "gets four years".
_OUTCOME = re.compile(
    r"\b(?:was|were|has\s+been|have\s+been|had\s+been|is|are)\s+"
    r"(?:convicted|sentenced|acquitted|jailed|found\s+(?:not\s+)?guilty|cleared\s+of)\b"
    r"|\b(?:jury|jurors|court|judge)\s+(?:has\s+|have\s+)?"
    r"(?:convicted|acquitted|sentenced|found\s+\w+\s+(?:not\s+)?guilty|cleared)\b"
    r"|\bgets?\s+\w+\s+years?\b",
    re.I,
)
# A legal state awaiting its outcome: a denial or plea, a charge faced, a trial to come.
_PENDING = re.compile(
    r"\b(?:denies|denied|deny)\b"
    r"|\bplead(?:s|ed)?\s+not\s+guilty\b"
    r"|\bfac(?:es|ing|e)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:charges?|trial|counts?)\b"
    r"|\b(?:to|should|will|would)\s+stand\s+trial\b"
    r"|\b(?:is|are|goes|go|going|remains?)\s+on\s+trial\b"
    r"|\b(?:is|are|stands?|who\s+is)\s+accused\s+of\b"
    r"|\bawait(?:s|ing)?\s+(?:his\s+|her\s+|their\s+|the\s+)?(?:trial|verdict|sentenc\w+)\b"
    r"|\b(?:is|are)\s+due\s+to\s+(?:be\s+sentenced|stand\s+trial|face\s+trial)\b"
    r"|\b(?:is|was|has\s+been|been|who\s+is)\s+charged\b"
    r"|\bcharged\s+with\b",
    re.I,
)


def decided(
    candidates: Sequence[Candidate],
    extractions: Sequence[Extraction],
    published: Mapping[str, date | None],
) -> set[tuple[str, int]]:
    """(document, start) of the candidates telling a person's pending legal state that a
    candidate published on a later day reports decided (a verdict, a sentence) for a person
    both name."""
    people: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for x in extractions:
        for m in x.mentions:
            if m.type == "person" and m.kind in ("name", "surname"):
                people[m.doc].append((m.start, surname(m.text)))

    def named(c: Candidate) -> set[str]:
        ev = c.evidence
        return {name for at, name in people.get(ev.doc, ()) if ev.start <= at < ev.end}

    outcomes = [
        (day, named(c))
        for c in candidates
        if _OUTCOME.search(c.text) and (day := published.get(c.evidence.doc)) is not None
    ]
    if not outcomes:
        return set()
    out = set()
    for c in candidates:
        day = published.get(c.evidence.doc)
        if day is None or _PENDING.search(c.text) is None or _OUTCOME.search(c.text):
            continue
        who = named(c)
        if who and any(later > day and who & names for later, names in outcomes):
            out.add((c.evidence.doc, c.evidence.start))
    return out


# A name: capitalised words ("Sanders", "New Hampshire", "South Dakota's").
_NAME = r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}"
# A poll's margin: "by 4 percentage points", "by 6 points".
_MARGIN = r"by\s+\d[\d.]*\s+(?:percentage\s+)?points?"
# A forecast on a contest's result: "A Sanders win in California would …", "if Smith carries
# Ohio", "should Jones lose in Iowa"; and a poll's standing, the forecast a number gives
# ("Sanders trails Clinton in California by 4 percentage points", "Smith leads by 6 points
# in Ohio"). The place is where the result will be told.
_CONDITION = re.compile(
    rf"\b(?:[Aa]n?\s+{_NAME}\s+(?:win|victory|loss|defeat|sweep|upset)\s+(?:in|on)\s+(?:the\s+)?"
    rf"(?P<at>{_NAME})\s+(?:would|could|might|may|will)\b"
    rf"|\b(?:[Ii]f|[Ss]hould|[Uu]nless)\s+{_NAME}\s+(?:wins?|loses?|carries|carry|takes?)\s+"
    rf"(?:in\s+)?(?:the\s+)?(?P<where>{_NAME}))"
    rf"|\b(?:leads?|trails?|led|trailed)\s+(?:{_NAME}\s+)?(?:{_MARGIN}\s+in\s+(?:the\s+)?"
    rf"(?P<poll>{_NAME})|in\s+(?:the\s+)?(?P<polled>{_NAME})\s+{_MARGIN})"
)


def settled_forecasts(
    candidates: Sequence[Candidate], published: Mapping[str, date | None]
) -> set[tuple[str, int]]:
    """(document, start) of the candidates forecasting a contest's result ("A Sanders win
    in California would …") that a candidate published on a later day reports decided in
    that place ("Clinton won California"): a result as ``contests.result_in`` reads one,
    the reader ``settled_previews`` shares."""
    forecasts = []
    for c in candidates:
        day = published.get(c.evidence.doc)
        if day is None:
            continue
        m = _CONDITION.search(c.text)
        if m is None:
            continue
        named = m["at"] or m["where"] or m["poll"] or m["polled"]
        place = named.rstrip(".").removesuffix("'s").removesuffix("’s")
        forecasts.append((c, day, re.compile(rf"\b{re.escape(place)}\b")))
    if not forecasts:
        return set()
    results = [
        (day, c.text)
        for c in candidates
        if (day := published.get(c.evidence.doc)) is not None and result_in(c.text)
    ]
    return {
        (c.evidence.doc, c.evidence.start)
        for c, day, place in forecasts
        if any(later > day and place.search(text) for later, text in results)
    }


# A contest told ahead in the narrator's words: "will", "is facing", "heading into".
_AHEAD = re.compile(
    r"\b(?:will|(?:is|are)\s+(?:facing|heading\s+into|going\s+into)|heading\s+into|ahead\s+of"
    r"|upcoming|faces|(?:is|are)\s+(?:set|due|expected|poised)\s+to)\b",
    re.I,
)


def settled_previews(
    candidates: Sequence[Candidate],
    extractions: Sequence[Extraction],
    published: Mapping[str, date | None],
) -> set[tuple[str, int]]:
    """(document, start) of the candidates previewing a contest their own words put after
    their article's day (a day they name, or a future they tell) that a candidate
    published on or after that day reports decided in the same place or, unplaced, of the
    same kind ("Clinton won California" of "Tuesday's California primary")."""
    days: dict[str, list[tuple[int, When]]] = {}
    for x in extractions:
        for t in x.timexes:
            when = When.of(t.value)
            if when is not None:
                days.setdefault(x.document.id, []).append((t.start, when))

    def own(c: Candidate) -> list[When]:
        ev = c.evidence
        return [w for at, w in days.get(ev.doc, ()) if ev.start <= at < ev.end]

    previews = []
    for c in candidates:
        day = published.get(c.evidence.doc)
        named = named_contest(c.text)
        if day is None or named is None or decided_result(c.text):
            continue
        dated = own(c)
        ahead = [w.first for w in dated if w.granularity == "day" and w.first > day]
        if ahead:
            held = min(ahead)
        elif _AHEAD.search(c.text) and not any(w.last <= day for w in dated):
            held = day + timedelta(1)  # told ahead, undated: decided after the article
        else:
            continue
        previews.append((c, held, named))
    if not previews:
        return set()
    # a result told as done, by the narrator, dated by its report and not by its own
    # words to a day before the contest ("In 2008, X won California")
    results = [
        (day, settles(c.text), c.text, own(c))
        for c in candidates
        if (day := published.get(c.evidence.doc)) is not None and result_in(c.text)
    ]
    out = set()
    for c, held, (noun, place) in previews:
        at = re.compile(rf"\b{re.escape(place)}\b") if place else None
        for day, kind, text, dated in results:
            if day < held or any(w.last < held for w in dated):
                continue
            if at.search(text) if at is not None else kind == noun:
                out.add((c.evidence.doc, c.evidence.start))
                break
    return out
