"""The checks of a timeline candidate that need only its mention and its document, not the
article's reading: the timeline's (``timeline_context.TimelineContext.shown``) and the printed
chronology's (``render.printed``) alike."""

from __future__ import annotations

import re
from collections.abc import Set
from datetime import date

from briefgen.assessments import assessment
from briefgen.cited_dates import dates_cited
from briefgen.dated_clauses import (
    COMPARED,
    DEPICTS,
    DIRECTED,
    FROM_FIGURE,
    RELATIVE_FUTURE,
    SUBORDINATE,
)
from briefgen.evaluated import evaluated_subject
from briefgen.misdated import backdrop, misdated
from briefgen.models import EventMention
from briefgen.newsworthy import announces, forecasts
from briefgen.standalone import inside_quotation
from briefgen.story import undone
from briefgen.when import When

__all__ = [
    "announced",
    "date_of_another",
    "dates_other",
    "involves",
    "no_happening_of_its_date",
    "unfit_plan",
]

# An objection attached to someone else's act, up to the name: "Z began laying off workers
# on Monday, despite facing criticism from [X]", "amid protests by [X]". The act is Z's;
# X only stands beside it. (A comma ends the attachment: "Despite the criticism, X signed".)
# Objectors may be coordinated, the name last ("despite criticism from unions, farmers and
# [X]"): a list of short items closed by "and" or "or" before the name (a lone comma, or
# ", and", before it ends the attachment: "despite criticism from unions, and X filed").
# What opens an objection: "despite", "amid", "in the face of".
_OBJECTION = r"(?:despite|amid|amidst|in\s+spite\s+of|in\s+the\s+face\s+of)"
_OBJECTED = re.compile(
    rf"\b{_OBJECTION}\s+[^.;:,]{{0,60}}?"
    r"\b(?:from|by)\s+(?:(?:[^.;:,]{1,40},\s+)+[^.;:,]{1,40}?,?\s+(?:and|or)\s+)?"
    r"(?:[^.;:,]{0,40}\s)?$",
    re.I,
)
# Or inside the list, which runs on past the name to the sentence's end: "Z began laying off
# workers, despite criticism from unions, [X] and farmers." Only an objection set after its
# act (a comma before it): one opening the sentence ends at its comma, and what follows
# ("Despite criticism from unions, X and Y signed the bill") is the act.
_OBJECTED_WITHIN = re.compile(
    rf",\s*{_OBJECTION}\s+[^.;:,]{{0,60}}?"
    r"\b(?:from|by)\s+(?:[^.;:,]{1,40},\s+)+$",
    re.I,
)
_LIST_RUNS_ON = re.compile(
    r"(?:,\s+[^.;:,]{1,40}?)*,?\s+(?:and|or)\s+[^.;:,]{1,40}?\s*(?:[.;!?]|$)", re.I
)


def _objects(text: str, start: int, end: int) -> bool:
    """Whether the name at ``start``-``end`` of ``text`` is of who objects to someone
    else's act, alone or coordinated with other objectors."""
    if _OBJECTED.search(text, 0, start):
        return True
    return bool(_OBJECTED_WITHIN.search(text, 0, start) and _LIST_RUNS_ON.match(text, end))


def involves(named: re.Pattern[str] | None, text: str) -> bool:
    """Whether ``text`` names one of the ``named`` (the query's words, the principals'
    names) as a participant, not only as the owner of something else ("Jackson's body was
    released") or as who objects to someone else's act ("Z began laying off workers,
    despite facing criticism from X", "from unions, farmers and X")."""
    if named is None:
        return True
    return any(
        not text.startswith(("'s", "’s"), m.end()) and not _objects(text, m.start(), m.end())
        for m in named.finditer(text)
    )


def announced(mention: EventMention, published: date | None) -> bool:
    """Whether the mention gives its date as planned: flagged so, or told in the future
    ("will perform ... on Saturday", "is due to meet on Wednesday") by a source
    ``published`` before that day or on it (what is due today had not happened when
    written)."""
    if mention.scheduled:
        return True
    when = When.of(mention.date)
    if when is None or published is None or published > when.last:
        return False
    return announces(mention.evidence.sentence)


def dates_other(mention: EventMention, document: str | None) -> bool:
    """Whether the mention's date is not its sentence's news's but what the sentence says
    of something else, or the sentence is a speaker's words whose quotation a sentence
    before opened (in ``document``, its text)."""
    ev = mention.evidence
    if mention.predicate is not None and DEPICTS.search(
        ev.sentence[: max(0, mention.predicate[0] - ev.sentence_start)]
    ):
        return True  # "footage of X saying last week": the moment shown, not the news
    lead = ev.sentence[: max(0, mention.timex.start - ev.sentence_start)]
    if COMPARED.search(lead):
        return True  # "worse than in 2001": the standard compared with, not the news
    if FROM_FIGURE.search(lead):
        return True  # "rose to 90 from 64 reported on Tuesday": the old figure's day
    if mention.predicate is not None and DIRECTED.search(
        ev.sentence[: max(0, mention.predicate[0] - ev.sentence_start)]
    ):
        return True  # "urged them to vote Tuesday": the day asked for, not the asking's
    # the speaker's words, introduced in a sentence before
    return document is not None and inside_quotation(document, ev.sentence_start)


def unfit_plan(mention: EventMention, text: str, *, open_: bool) -> bool:
    """Whether a plan (``mention`` flagged scheduled, shown as ``text``) cannot be shown
    under its date: called off, or, for a date ending after the latest source (``open_``),
    not told as arranged for it."""
    if not mention.scheduled:
        return False
    ev = mention.evidence
    after = ev.sentence[max(0, mention.timex.start - ev.sentence_start) :]
    if undone(after):
        return True  # "was scheduled to speak Friday but cancelled": it never happened
    if not open_:
        return False
    if not announces(text):
        return True  # after the last source: "voters are set on their choice on Nov. 8"
    if forecasts(text):
        return True  # "is expected to peak in October": a forecast, nothing scheduled
    at = mention.predicate[0] if mention.predicate is not None else ev.sentence_start
    lead = ev.sentence[: max(0, at - ev.sentence_start)]
    if RELATIVE_FUTURE.search(lead):
        return True  # "…, which will hold its primary Feb. 9": a clause on a thing the
        # sentence names, not the sentence's news (a response, a poll's finding)
    # "while many are expected to support her in November, she has not ...": the plan is
    # the reason or the setting, the news is the rest
    return SUBORDINATE.search(lead) is not None


def no_happening_of_its_date(mention: EventMention, strung: Set[str]) -> bool:
    """Whether ``mention``'s sentence, read from the mention alone, tells no happening of
    its date: a weekday resolved against the wrong day (``misdated``, ``strung``: the pages
    of posts strung together), a backdrop, an assessment, or a judgment of a dated thing
    ("the words to describe X in 2019 are calm": ``evaluated_subject``)."""
    return (
        misdated(mention, strung)
        or backdrop(mention)
        or assessment(mention)
        or evaluated_subject(mention)
    )


def date_of_another(mention: EventMention, document: str | None, published: date | None) -> bool:
    """Whether ``mention``'s date is another thing's than its verb's: a depiction, a
    comparison, a request, a quotation's words (``dates_other``, in ``document``'s text), or
    what the verb cites, praises or blames ("called X's remarks on Saturday …": ``dates_cited``,
    ``published`` the report's day)."""
    return dates_other(mention, document) or dates_cited(mention, published)
