"""Summarize stage: the extractive executive summary.

``summarize`` picks a bottom line and key judgments from the source sentences by
centrality (the candidates are scored in ``summary_candidates``), with
maximal-marginal-relevance so no two say the same thing (``key_judgments``), plus key
figures and the sources' disagreements. The bottom line says where the story stands
(``standing``); the timeline is chosen in ``timeline``, key figures are told apart in
``figures`` and chosen in ``key_figures``. Every shown sentence is a source sentence
(markup removed) with its evidence.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from datetime import date
from functools import partial

from briefgen.aggregate.events import explicit_day
from briefgen.anaphora import story_words
from briefgen.asides import aside, participants, retold
from briefgen.bottomline import (
    Candidate,
    latest_first,
    overtaken,
    overtaken_plans,
    period_outcome,
    standing_sentence,
)
from briefgen.dated_apart import apart_date_disagreements
from briefgen.decided import decided, settled_forecasts, settled_previews
from briefgen.definites import narrowed_named, resolve_definites
from briefgen.disagree import age_disagreements
from briefgen.generic import questions_and_answers
from briefgen.happenings import dated_happenings
from briefgen.kept_beside import Apart, work_beside
from briefgen.key_figures import key_figures
from briefgen.key_judgments import mmr, retells
from briefgen.late_thread import later_thread
from briefgen.main_threads import lead_main_thread
from briefgen.measures import name_measure
from briefgen.models import Actor, Cited, Event, EventMention, Extraction, Position, Summary
from briefgen.on_story import OnStory
from briefgen.pending_deals import settled_terms
from briefgen.precedents import precedent
from briefgen.quotation_ends import framed_to_close
from briefgen.reactions import reaction_stories, sideline_reaction
from briefgen.relative_days import name_relative_days
from briefgen.reportable import Reportable
from briefgen.reported_periods import period_told_before
from briefgen.story import (
    central_names,
    elsewhere,
    naming_story,
    principal_names,
    story_names,
    topic,
    whom,
)
from briefgen.structure.opinion import is_column
from briefgen.summary_candidates import Definites, summary_candidates
from briefgen.threads import closing_thread, reach
from briefgen.timeline import date_key
from briefgen.titled import name_newcomer
from briefgen.tolls import toll_disagreements, toll_reports, toll_updates
from briefgen.when import label

__all__ = ["summarize"]

# At most this many disagreements, the most salient events first.
DISAGREEMENTS = 5
# From this many candidate sentences on, the stale ones are found in a forked child
# (``_stale_beside``): the tests cost ~0.1 ms a candidate (0.7 CPU s for ~7,300 at 800
# articles, docs/scale.md), the fork and the answer sent back a few hundredths of a second.
STALE_APART_FROM = 1000


def summarize(
    extractions: Sequence[Extraction],
    events: Sequence[Event],
    positions: Sequence[Position],
    *,
    judgments: int = 7,
    query: Sequence[str] = (),
    readable: Mapping[str, Sequence[Reportable]] | None = None,
    story: frozenset[str] | None = None,
    actors: Sequence[Actor] = (),
    definites: Definites | None = None,
    on_story: OnStory | None = None,
    content: Mapping[str, Sequence[str]] | None = None,
) -> Summary:
    """An extractive executive summary: bottom line, key judgments, figures, disagreements.

    ``readable``: each document's reportable sentences when the caller has them (from the
    build's cache: ``reportable.reportable_sentences``); else they are read here.
    ``story``: the corpus's story words (``anaphora.story_words``) when the caller has them.
    ``actors``: the merged actors, when the caller has them: the bottom line tells a
    development of the story's principals (``asides.participants``), not a side story
    two sources carried (the candidate's daughter's pregnancy in a campaign's last week).
    ``definites``: ``definites.resolve_definites`` or a stand-in giving the same answers
    (``kept_definites.KeptDefinites``: an earlier build's, kept in the cache).
    ``on_story``: ``OnStory.of(query, extractions, actors)`` when the caller has it (the
    timeline asks the same).
    ``content``: each document's content terms (``kept_terms.DocumentTerms.content``) when
    the caller has read them from the cache; else each text is read again for them.
    """
    if story is None:
        story = story_words(x.document.text for x in extractions)
    published = {x.document.id: x.document.dct for x in extractions}
    candidates = summary_candidates(
        extractions,
        events,
        positions,
        query,
        story,
        readable,
        published,
        definites or resolve_definites,
    )
    # Sentences a later report overtook: half the tests worked out in a forked child, on a
    # large corpus, while this process reads the pages' kinds and asides below and works out
    # the other half (``_stale_apart``, ``_stale_here``).
    stale_beside = _stale_beside(candidates, extractions, published)
    try:
        return _summary(
            stale_beside,
            candidates,
            extractions,
            events,
            published,
            judgments=judgments,
            query=query,
            story=story,
            actors=actors,
            on_story=on_story,
            content=content,
        )
    except BaseException:
        stale_beside.cancel()
        raise


def _stale_apart(
    candidates: Sequence[Candidate],
    extractions: Sequence[Extraction],
    published: Mapping[str, date | None],
) -> tuple[set[tuple[str, int]], set[tuple[str, int]]]:
    """Of the candidates a later report overtook, as (document, start), those found by the
    tests worked out beside this process (``_stale_beside``): previews a later report tells
    as done, legal states a later verdict decided, a contest's forecasts a later result
    settled, tolls a later source counts higher. Second, the candidates giving a toll's
    latest count (``tolls.toll_updates``: worked out with the stale tolls, from the same
    pairs). ``_stale_here`` finds the others meanwhile: the split makes the two take about
    as long, this process's own reading before it waits counted (docs/scale.md Part DF)."""
    superseded, latest = toll_updates(candidates, published)
    stale = (
        overtaken(candidates, published)
        | decided(candidates, extractions, published)
        | settled_forecasts(candidates, published)
        | superseded
    )
    return stale, latest


def _stale_here(
    candidates: Sequence[Candidate],
    extractions: Sequence[Extraction],
    events: Sequence[Event],
    published: Mapping[str, date | None],
) -> set[tuple[str, int]]:
    """The other candidates a later report overtook, worked out in this process while
    ``_stale_apart`` is worked out beside it: a contest's previews a later result settled,
    a happening's announcements a later page reports it done after, and terms set for a
    deal a later page reports made (``pending_deals``)."""
    return (
        settled_previews(candidates, extractions, published)
        | overtaken_plans(candidates, events, published)
        | settled_terms(candidates, extractions, published)
    )


def _stale_beside(
    candidates: Sequence[Candidate],
    extractions: Sequence[Extraction],
    published: Mapping[str, date | None],
) -> Apart[tuple[set[tuple[str, int]], set[tuple[str, int]]]]:
    """``_stale_apart`` started beside this process from ``STALE_APART_FROM`` candidates on
    (where ``beside.can_fork``), else worked out here at once. Each of its tests reads the
    candidates and the pages alone, and nothing the rest of the summary works out; its
    answer, a few hundred (document, start) pairs, is all that is pickled back (with the
    verdicts it asked of the build's memos: ``kept_beside``). ``_stale_here`` adds the rest
    once this process has read what it reads meanwhile."""
    job = partial(_stale_apart, candidates, extractions, published)
    if len(candidates) < STALE_APART_FROM:
        return Apart(job, apart=False)
    return work_beside(job)


def _summary(
    stale_beside: Apart[tuple[set[tuple[str, int]], set[tuple[str, int]]]],
    candidates: list[Candidate],
    extractions: Sequence[Extraction],
    events: Sequence[Event],
    published: Mapping[str, date | None],
    *,
    judgments: int,
    query: Sequence[str],
    story: frozenset[str],
    actors: Sequence[Actor],
    on_story: OnStory | None,
    content: Mapping[str, Sequence[str]] | None,
) -> Summary:
    """The summary chosen from the ``candidates``, once ``stale_beside`` has set aside
    those a later report overtook."""
    # Sources giving one toll differently, read before earlier tolls are set aside below.
    tolls = toll_disagreements(toll_reports(candidates, events), published)
    # Reactions from outside the story ("Iran condemned the bombing") are no judgments, nor
    # is a page's own news when the page is mostly about something else (``story.elsewhere``:
    # the president's statement on another country's attack): only what names the story.
    principals = principal_names(query, extractions)
    # Nor is anything of a reaction story, with or without a query: one capital's report of
    # its government condemning the attack, its recap of the attack and the statement's
    # wording, filed by a wire service for each capital (``reactions.reaction_stories``).
    reacting = reaction_stories(extractions, story_names(query, extractions))
    named = topic(query, extractions)
    away = elsewhere(((x.document.id, x.document.text) for x in extractions), named)
    # Nor is one page's aside, with or without a query: a sentence naming none of whom the
    # story is about that no other source tells (another country's election on a
    # news-in-brief page, a casino's takings).
    named_story, told = whom(query, extractions), retold(events)
    # Nor another segment's line on a page of several subjects (``on_story``): a radio
    # programme's guest, a digest's other item, naming no story actor nor its words.
    if on_story is None:
        on_story = OnStory.of(query, extractions, actors)
    # A column's judgments are its writer's, not the story's (``opinion``): read above, as
    # a later count or verdict it tells still dates what it overtakes, but never chosen.
    columns = {x.document.id for x in extractions if is_column(x.document)}
    # Nor are a Q&A explainer's answers (``generic.questions_and_answers``): the day's state
    # of knowledge and what holds of the kind, stale within hours ("All deaths so far ...").
    explainers = {x.document.id for x in extractions if questions_and_answers(x.document.text)}
    # An earlier instance of the story's kind ("Previous flu pandemics have infected ...",
    # "A 1968 pandemic killed ...") is its history, not where it stands (``precedents``).
    first = min((d for d in published.values() if d is not None), default=None)
    # A toll sources counted again is shown at its latest count, a key figure however its
    # number is told (``tolls.toll_updates``: "killed 258 people, including 12 Americans").
    # The other stale tests are worked out here while the child works out its own.
    here = _stale_here(candidates, extractions, events, published)
    stale, latest = stale_beside.wait()
    stale |= here
    candidates = [
        replace(c, figure=True, count=True) if (c.evidence.doc, c.evidence.start) in latest else c
        for c in candidates
    ]
    candidates = [
        c
        for c in candidates
        if c.evidence.doc not in columns
        and c.evidence.doc not in explainers
        and not precedent(c.text, first)
        and (c.evidence.doc, c.evidence.start) not in stale
        and not sideline_reaction(c.text, principals)
        and not (c.evidence.doc in away and named is not None and not named.search(c.text))
        and not aside(c.text, c.evidence.doc, c.evidence.start, c.evidence.end, named_story, told)
        and on_story.about(c.text, c.evidence.doc, c.evidence.start, c.evidence.end)
    ]
    texts = {x.document.id: x.document.text for x in extractions}
    # the query's words as the topic reads them: its surnames read once, from the titles
    # and texts alike (no query: no words, whatever names the topic then)
    principal = _principal(actors, named if any(w.strip() for w in query) else None, texts)
    # the sentence telling it names whom the story is about; its event may be told in other
    # words ("the first debate")
    central = naming_story(principal, query, named, texts)
    # a reaction story's recap may still give a key figure (the toll it restates), no more
    told_central = [
        c
        for c in candidates
        if central(c.evidence.doc, c.evidence.start, c.evidence.end)
        and c.evidence.doc not in reacting
    ]
    of_principals = [e for e in events if any(principal(*_sentence(m)) for m in e.mentions)]
    standing = standing_sentence(told_central, of_principals, extractions, published)
    # A genre's routine line is no judgment and no key figure (``routine.templates``).
    news = [c for c in candidates if not c.routine]
    judged = [c for c in news if c.evidence.doc not in reacting]
    if standing is None:
        standing = closing_thread([c for c in told_central if not c.routine], published)
    # A story of contests stands where its weightiest decided result left it, not at a
    # later running count or scene (``bottomline.period_outcome``).
    standing = period_outcome(standing, told_central, of_principals, published)
    # A sparse archive's last news cycle telling a later development of the story (the
    # arrests a year on) is where it stands, however few reports tell it (``late_thread``).
    later = later_thread(
        standing,
        [c for c in told_central if not c.routine and c.evidence.doc not in reacting],
        extractions,
        published,
        central_names(extractions),
    )
    standing = later or standing
    # Two days' happenings of one story, each dated in its own sentence, are two threads.
    dated = dated_happenings(events)
    if standing is None:
        # No corroborated development: the bottom line tells the thread the most sources
        # tell, at its latest (``bottomline.latest_first``).
        chosen = latest_first(
            mmr(judged, judgments + 1, published, dated=dated),
            published,
            lambda c: reach(c, news, published),
        )
    else:
        rest = [c for c in judged if not retells(c, standing, published, dated)]
        chosen = [standing, *mmr(rest, judgments, published, [standing], dated)]
    # Whatever path chose it, the bottom line tells one of the story's main threads, not
    # one page's aside (``main_threads``): the latest report among them, if it must change.
    chosen = lead_main_thread(chosen, texts, published, dated, content)
    bottom = chosen[0] if chosen else None
    by_doc = {x.document.id: x for x in extractions}

    def measured(text: str, c: Candidate) -> str | None:
        # its poll named, or named in brackets from the sentence before (``measures``); a
        # figure whose period only the sentence before names is none (``reported_periods``)
        ext = by_doc.get(c.evidence.doc)
        if period_told_before(text, c.evidence.start, ext):
            return None
        return name_measure(text, c.evidence.start, ext)

    figures = key_figures(news, chosen, mmr, lambda c: measured(c.text, c) is not None, published)

    def shown(c: Candidate) -> Cited:
        # Named once chosen, so the brackets weigh in no choice: a surname only its article
        # introduced ("[Kate] Duval"; the corpus's names decide), and, standing alone,
        # the day a writer's "today" means (the brief may span years).
        ext = by_doc.get(c.evidence.doc)
        text = name_newcomer(c.text, c.evidence.start, ext, story)
        text = name_relative_days(text, c.evidence, ext)
        # ... and a thing its page narrowed to one of a kind ("the [Marlow harbour] festival")
        text = narrowed_named(text, c.evidence.start, ext) or text
        # ... and a quotation it frames, cut at its first full stop, shown on to its close
        # (``quotation_ends.framed_to_close``), after the brackets: those are the sentence's
        return Cited(
            framed_to_close(text, c.evidence.sentence, c.evidence.start, ext), (c.evidence,)
        )

    def shown_figure(c: Candidate) -> Cited:
        # the poll's name bracketed last: the other completions read the sentence's offsets
        cited = shown(c)
        return replace(cited, text=measured(cited.text, c) or cited.text)

    return Summary(
        bottom_line=shown(bottom) if bottom else None,
        judgments=tuple(shown(c) for c in chosen[1:]),
        key_figures=tuple(shown_figure(c) for c in figures),
        disagreements=(
            _disagreements(events)
            + apart_date_disagreements(events, texts, published)
            + tolls
            + age_disagreements(events)
        )[:DISAGREEMENTS],
    )


def _principal(
    actors: Sequence[Actor], words: re.Pattern[str] | None, texts: Mapping[str, str]
) -> Callable[[str, int, int], bool]:
    """Whether a span ``[start, end)`` of a document (of ``texts``) names one of the
    story's principal ``actors`` (``asides.participants``) or matches the query's
    ``words``; with no actors, every span does."""
    if not actors:
        return lambda doc, start, end: True
    named = participants(actors, texts)

    def principal(doc: str, start: int, end: int) -> bool:
        if named.within(doc, start, end):
            return True
        return words is not None and words.search(texts.get(doc, ""), start, end) is not None

    return principal


def _sentence(m: EventMention) -> tuple[str, int, int]:
    """A mention's sentence as (document, start, end)."""
    start = m.evidence.sentence_start
    return m.doc, start, start + len(m.evidence.sentence)


def _disagreements(events: Sequence[Event]) -> tuple[Cited, ...]:
    """The few most salient events two sources date differently, each cited to one
    mention per explicit date (the words that give each source's date)."""
    out: list[Cited] = []
    for event in sorted(events, key=lambda e: (-e.salience, e.id)):
        if not event.disagreements or len(out) >= DISAGREEMENTS:
            continue
        quoted: dict[str, EventMention] = {}
        for m in event.mentions:
            if explicit_day(m):
                quoted.setdefault(date_key(m.date), m)
        if len(quoted) < 2:
            continue
        dates = " vs ".join(label(m.date) for _, m in sorted(quoted.items()))
        text = f"{event.description.rstrip('.')}: sources give {dates}."
        out.append(Cited(text, tuple(m.evidence for _, m in sorted(quoted.items()))))
    return tuple(out)
