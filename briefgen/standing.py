"""Where the story stands at the end of the period: its latest corroborated development.

A bottom line chosen by centrality alone tells what the corpus says most, which is often
an early state of the story (a charge, a hearing to come) rather than how it ended (the
verdict, the sentence). Among the story's main threads (its most salient events), the
latest one that several independent sources report as having happened (each saying what
another says: an event's cluster may gather other news of that day) gives the bottom
line. Only general signals count: the event's date, its independent sources, its
salience, that the reports were published on or after that date, and that it is a
development rather than a reaction to one (every report of it is someone saying something:
"the White House spokesman said Monday that ..." about a story told elsewhere).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import date

from briefgen.aggregate.terms import Idf, cosine, terms
from briefgen.models import Event, EventMention
from briefgen.newsworthy import announces

__all__ = ["THREADS", "latest_development", "previews_done", "reports"]

# How many of the most salient events are the story's main threads.
THREADS = 10
# As many later reports as make a development (``latest_development``) make the previews
# of it published on its day or before no reports of it.
LATER_REPORTS = 2
# A date told as the owner of a noun: "during Monday's showdown", "in advance of Tuesday's
# hearing" (the act it dates is the noun's, told as ahead or as a frame).
_POSSESSIVE = re.compile(r"^\s*['’]s?\b")
# Two reports this similar (cosine of tf-idf) tell the same news (summarize's SAME_NEWS).
CORROBORATES = 0.2
# A predicate that tells someone spoke: a reaction, unless nothing else happened.
_SAID = re.compile(
    r"(?:say|said|says|saying|tell|told|tells|telling|tweet(?:ed|s)?|add(?:ed|s)?|comment(?:ed|s)?"
    r"|respond(?:ed|s)?|react(?:ed|s)?|repl(?:y|ied|ies)|wr(?:ote|ites?))",
    re.I,
)


def latest_development(
    events: Sequence[Event],
    published: Mapping[str, date | None],
    texts: Mapping[str, str] | None = None,
) -> Event | None:
    """The latest of the main threads reported as done by two or more sources.

    An event counts when it is dated to a day, not merely scheduled, and at least two
    of its sources were published on or after that day (they report it, not announce it).
    Given the documents' ``texts``, an event every report of which is a statement (its
    dated verb "said", "told") is passed over for one that did happen, when there is one.
    """
    idf = Idf(terms(m.evidence.sentence) for e in events for m in e.mentions)
    reported = [e for e in events if _reported(e, published, idf) >= 2]
    threads = sorted(reported, key=lambda e: (-e.salience, e.id))[:THREADS]
    done = [e for e in threads if texts is None or not _reaction(e, texts)]
    # Of one day's developments, one that two reports tell without a preview written by
    # that day comes first: "has asked the moderator to check his claims during Monday's
    # debate" and one later page make the debate's weightier cluster, where two later
    # sources report how it went. A preview alone may still count: the day's report of a
    # sentencing may recall the memo sent "in advance of Tuesday's hearing".
    return max(
        done or threads,
        key=lambda e: (_day(e), _reported(e, published, idf, previews=False) >= 2, e.salience),
        default=None,
    )


def _reaction(event: Event, texts: Mapping[str, str]) -> bool:
    """Whether every report of ``event`` dates a verb of saying."""
    verbs = [
        texts.get(m.doc, "")[m.predicate[0] : m.predicate[1]]
        for m in event.mentions
        if m.predicate is not None
    ]
    return bool(verbs) and all(_SAID.fullmatch(v) for v in verbs)


def _day(event: Event) -> date:
    when = event.when
    return when.first if when is not None else date.min


def _reported(
    event: Event,
    published: Mapping[str, date | None],
    idf: Idf | None = None,
    *,
    previews: bool = True,
) -> int:
    """How many independent sources report the event after it happened; given ``idf``,
    only those whose report says what another source's mention of it says (announced
    before or reported after: "is due to be sentenced on 29 November" confirms "29
    November: Murray is sentenced", where a cluster's other news of that day does not).
    Without ``previews``, a mention published by the event's day that tells it as ahead
    ("during Monday's debate") is no report of it."""
    when = event.when
    if event.scheduled or when is None or when.day is None:
        return 0
    told = reports(event, published)
    after = {m.doc for m in told if previews or not _ahead_by(m, when.last, published)}
    if idf is None:
        return len(after)
    vectors = [(m.doc, idf.vector(terms(m.evidence.sentence))) for m in event.mentions]
    return len(
        {
            doc
            for doc, v in vectors
            if doc in after and any(d != doc and cosine(v, w) >= CORROBORATES for d, w in vectors)
        }
    )


def reports(event: Event, published: Mapping[str, date | None]) -> list[EventMention]:
    """The mentions of ``event`` that report it: not planned, published on or after its
    day; and once ``LATER_REPORTS`` sources published after its day tell it, none of the
    day's previews (the campaign's request "to fact check Trump during Monday's showdown",
    written that morning, is superseded by the reports of the debate)."""
    when = event.when
    if when is None:
        return []
    out = [
        m
        for m in event.mentions
        if not m.scheduled and (published.get(m.doc) or date.min) >= when.first
    ]
    later = {m.doc for m in out if (published.get(m.doc) or date.min) > when.last}
    if len(later) < LATER_REPORTS:
        return out
    return [m for m in out if m.doc in later or not _preview(m)]


def previews_done(event: Event, published: Mapping[str, date | None]) -> list[EventMention]:
    """The previews of ``event`` (planned, or told as ahead, and published by its day)
    once ``LATER_REPORTS`` sources published after its day report it: "voters expect
    Clinton to win Monday's debate" is no longer where the story stands."""
    when = event.when
    if when is None or event.scheduled:
        return []
    later = {
        m.doc
        for m in event.mentions
        if not m.scheduled and (published.get(m.doc) or date.min) > when.last
    }
    if len(later) < LATER_REPORTS:
        return []
    return [
        m
        for m in event.mentions
        if (published.get(m.doc) or date.max) <= when.last and (m.scheduled or _preview(m))
    ]


def _ahead_by(mention: EventMention, last: date, published: Mapping[str, date | None]) -> bool:
    """Whether ``mention``, published by its event's ``last`` day, tells it as ahead."""
    day = published.get(mention.doc)
    return day is not None and day <= last and _preview(mention)


def _preview(mention: EventMention) -> bool:
    """Whether the mention tells its event as ahead: a date owning a noun ("Monday's
    showdown") or the narrator's future ("will meet on Monday")."""
    sentence, timex = mention.evidence.sentence, mention.timex
    after = timex.end - mention.evidence.sentence_start
    owner = 0 <= after <= len(sentence) and _POSSESSIVE.match(sentence[after:]) is not None
    return owner or announces(sentence)
