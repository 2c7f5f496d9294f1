"""Dated events: clauses that report a happening and carry a date that places it.

An event mention needs a concrete happening (a verb governing the temporal
expression, in a sentence with a finite verb) and a DATE/TIME expression with a
calendar value. Durations, sets, vague references (``PAST_REF``), and dates in
footnotes, bylines, captions and verbless headers are skipped. The description
is a faithful trim of the clause: subject, verb, objects and the closest
modifiers, in source order, at most ``MAX_WORDS`` words.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from briefgen.extract.anchoring import companions, described
from briefgen.extract.aside import aside
from briefgen.extract.baselines import baseline, stretch, when_clause
from briefgen.extract.clauses import MAX_WORDS, clause_tokens, lemma_of, render
from briefgen.extract.corefer import coreferent_events
from briefgen.extract.counted_since import counted_since
from briefgen.extract.dated import (
    clause_on,
    dated_noun,
    governing_verb,
    noun_phrase,
    stray_speaker,
    verb_above,
)
from briefgen.extract.event_sentences import (
    clause_actors,
    has_finite_verb,
    is_calendar,
    line_bounds,
    mention_id,
    span_of,
)
from briefgen.extract.focus import focus_events
from briefgen.extract.inherited_events import inherited_events
from briefgen.extract.labelled import labelled_events
from briefgen.extract.lead_events import lead_events
from briefgen.extract.news_span import news_span
from briefgen.extract.noun_dates import noun_dated_events
from briefgen.extract.overnight import overnight_posts
from briefgen.extract.pagelines import in_dateline, is_note
from briefgen.extract.quoted_day import unstated_speech_days
from briefgen.extract.ranges import closes_period
from briefgen.extract.relayed import relayed_tellings
from briefgen.extract.schedule import scheduled
from briefgen.extract.weekend_days import weekend_weeks_dated
from briefgen.models import Document, EventMention, Evidence, Mention, Timex
from briefgen.when import When

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["MAX_WORDS", "dated_view", "extract_events"]

_SENTENCE_END = re.compile(r"\n|(?<=[.!?])[\"”’)]?\s+(?=[\"“‘(]?[A-Z0-9])")
_NOT_NEWLINE = re.compile(r"[^\n]")

# Words that place a time relative to the moment of speaking.
_DEICTIC = re.compile(
    r"\b(?:today|tonight|yesterday|tomorrow|now|this\s+(?:week|month|year))\b", re.I
)
# Verbs of a state, not a happening: with "today" they tell the present of the speaker.
_STATES = {"know", "be", "have", "think", "believe", "feel", "understand", "remain", "seem"}


def dated_view(text: str, timexes: Sequence[Timex], lead: int = 0) -> str:
    """``text`` with every sentence that holds no calendar date blanked; same length.

    When only events are wanted, parsing this view instead of the whole text
    skips most of the spaCy work while every offset stays valid. The first
    ``lead`` sentences are kept too (see ``extract_events``).
    """
    starts = sorted(t.start for t in timexes if is_calendar(t))
    parts: list[str] = []
    begin = 0
    bounds = [m.end() for m in _SENTENCE_END.finditer(text)] + [len(text)]
    n = 0
    for count, end in enumerate(bounds):
        while n < len(starts) and starts[n] < begin:
            n += 1
        chunk = text[begin:end]
        keep = (lead > 0 and count < lead + 2) or (n < len(starts) and starts[n] < end)
        parts.append(chunk if keep else _NOT_NEWLINE.sub(" ", chunk))
        begin = end
    return "".join(parts)


def extract_events(
    document: Document,
    sdoc: Doc,
    timexes: Sequence[Timex],
    mentions: Sequence[Mention] = (),
    *,
    lead: int = 0,
    readings: bool = False,
) -> list[EventMention]:
    """Every dated event mention of ``document``, in text order.

    ``sdoc`` is the spaCy parse of ``document.text``; ``timexes`` come from the
    temporal tagger over the same text; ``mentions`` (optional) supply actor
    names, otherwise named entities of the clause are used.

    With ``lead`` > 0, the first ``lead`` reporting sentences of a dated article
    that carry no date of their own are dated by its publication day, as news
    reports the day's events (their ``timex`` is empty, at the sentence start).
    Off by default: it suits a news stream (Timeline17) more than analyses.

    With ``readings``, every undated sentence's happening is dated too: by the date in
    focus when it continues a dated narrative (``anchor="focus"``), else by publication
    (``anchor="publication"``); see ``focus.py``. The timeline leaves these readings out.
    """
    text = document.text
    out: list[EventMention] = lead_events(document, sdoc, timexes, lead, mentions)

    def describe(verb: Token, lo: int, hi: int) -> tuple[str, tuple[str, ...]]:
        clause = [t for t in clause_tokens(verb, None) if lo <= t.idx < hi]
        return render(clause), clause_actors(clause, mentions, lo, hi)

    seen_verbs: dict[int, int] = {}
    # Per sentence (its start): its end and tokens, and each dated verb's expression.
    sentences: dict[int, tuple[int, list[Token], dict[int, tuple[int, int]]]] = {}
    labelled = labelled_events(
        document, sdoc, timexes, bounds=line_bounds, describe=describe, mention_id=mention_id
    )
    labels = {m.timex.start for m in labelled}
    for timex in sorted(timexes, key=lambda t: (t.start, t.end)):
        if not is_calendar(timex) or timex.start in labels:
            continue
        span = sdoc.char_span(timex.start, timex.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        sent = span.sent
        start, end = line_bounds(text, sent.start_char, sent.end_char, timex.start)
        sentence = text[start:end]
        line = [t for t in sent if start <= t.idx < end]
        if is_note(sentence, document, start) or not has_finite_verb(line):
            continue
        if in_dateline(text, start, timex):
            continue
        verb = governing_verb(span)
        taken = seen_verbs.get(verb.i) if verb is not None else None
        if taken is not None and out[taken].date != timex.value:
            # a second date on a dated verb: the clause the expression itself heads, if any
            verb = clause_on(span) or verb
        if verb is not None and baseline(span, verb):
            # a comparison's starting point dates no happening but what "when" tells of it
            verb = when_clause(span)
        if verb is None or not start <= verb.idx < end:
            continue
        if stretch(text, timex.start, timex.text):
            continue
        clause = [t for t in clause_tokens(verb, span) if start <= t.idx < end]
        noun = dated_noun(span)
        if noun is not None and len(render(clause).split()) < 2:
            # "including the 1996 bombing that killed one": the noun phrase tells it.
            skip = range(span.start, span.end)
            clause = [t for t in noun.subtree if t.i not in skip and start <= t.idx < end]
        description = render(clause)
        low = verb  # the verb the date hangs on marks a schedule ("plans to remove ... on")
        if (
            len(description.split()) < 2
            and noun is None
            and (speaker := stray_speaker(verb, start))
        ):
            clause = sorted({t.i: t for t in (*speaker, *clause)}.values(), key=lambda t: t.i)
            description = render(clause)
        if len(description.split()) < 2 and noun is None and (up := verb_above(verb, start, end)):
            verb, clause = up, [t for t in clause_tokens(up, span) if start <= t.idx < end]
            description = render(clause)
        if len(description.split()) < 2:
            continue
        lo, hi = news_span(verb, start, end) if noun is None else noun_phrase(noun, start, end)
        if noun is None and (lo, hi) == (start, end):
            # a comparison's other side, a record's start, a reported aside: the date is
            # that phrase's, not the sentence's news
            side = aside(span, low, timex.value, _written(document))
            if side is not None:
                lo, hi = noun_phrase(side, start, end)
        head = verb if noun is None else noun
        evidence = Evidence(
            doc=document.id,
            start=lo,
            end=hi,
            text=text[lo:hi],
            sentence=sentence,
            sentence_start=start,
        )
        mention = EventMention(
            id=mention_id(document.id, timex.start, timex.end),
            doc=document.id,
            date=timex.value,
            timex=timex,
            description=description,
            evidence=evidence,
            actors=clause_actors(clause, mentions, start, end),
            predicate=span_of(head),
            lemma=lemma_of(head),
            scheduled=scheduled(low, timex, document),
            anchor="publication" if _quoted_state(text, start, timex, verb) else "own",
        )
        # Two expressions dating one verb ("on Monday, 3 May"): keep the precise one.
        previous = seen_verbs.get(head.i)
        if previous is not None:
            # ... unless it only closes the period the first gives ("this year through
            # Oct. 19"): the happening is the period's (see ``ranges.py``).
            closing = closes_period(text, out[previous].timex, timex)
            if len(timex.value) > len(out[previous].date) and not closing:
                out[previous] = mention
            continue
        seen_verbs[head.i] = len(out)
        out.append(mention)
        sentences.setdefault(start, (end, line, {}))[2][head.i] = (span.start, span.end)
    verbs = {out[n].id: verb_i for verb_i, n in seen_verbs.items()}
    for _end, line, dated in sentences.values():
        shared: dict[int, list[tuple[int, int]]] = defaultdict(list)
        for verb, partner in (*companions(line, dated), *described(line, dated)):
            shared[seen_verbs[partner]].append(span_of(verb))
        for n, spans in shared.items():
            out[n] = replace(out[n], co_predicates=tuple(spans))
    # "X did Y, a newspaper reported Friday": the day is the report's, not Y's
    out = relayed_tellings(out, sdoc, seen_verbs)
    if labelled:
        # the label dates its entry's main verb, over any date the sentence gives it
        heads = {m.predicate for m in labelled}
        out = [m for m in out if m.predicate not in heads] + labelled
    out = unstated_speech_days(document, out)
    out = weekend_weeks_dated(document, sdoc, out)  # "withdrew last week" … "on Wednesday"
    out = overnight_posts(document, out)  # a live post's "overnight": the page's day
    out = counted_since(text, sdoc, out)  # "Tuesday marks four weeks since he won"
    out.extend(inherited_events(document, sdoc, timexes, out, verbs, mentions))
    out.sort(key=lambda m: m.evidence.start)
    if readings:
        out.extend(
            focus_events(
                document,
                sdoc,
                timexes,
                out,
                bounds=line_bounds,
                describe=describe,
                mention_id=mention_id,
            )
        )
        out.extend(noun_dated_events(document, sdoc, timexes, out, mention_id))
        out.extend(coreferent_events(document, sdoc, timexes, out, mention_id))
        out.sort(key=lambda m: m.evidence.start)
    return out


def _written(document: Document) -> date | None:
    """The page's day, or the first day of the period it is dated by ("November 2012"): a
    date ending before it ended before the writing."""
    if document.dct is not None:
        return document.dct
    when = When.of(document.date)
    return when.first if when is not None else None


def _quoted_state(text: str, start: int, timex: Timex, verb: Token) -> bool:
    """A state "today" inside a quotation ("Had I known what I know today"): the
    speaker's present, "nowadays", not a dated happening; and the speaker's day is the
    publication day only when the quote was given that day (here an interview "given
    earlier this week"). Read at publication, not stated. A happening told in a quote
    ("we are seeing more cases today") keeps its date: wire copy quotes the day's news."""
    if not _DEICTIC.search(timex.text) or lemma_of(verb) not in _STATES:
        return False
    before = text[start : timex.start]
    straight = before.count('"') + before.count("``") - before.count("''")
    return straight % 2 == 1 or before.count("“") > before.count("”")
