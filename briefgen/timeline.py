"""The timeline: the dates the corpus is most about and, for each, its best sentences.

``select_timeline`` keeps the dates the corpus is most about and, for each, the best
source sentences of its events, each a sentence a reader can take alone.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta

from briefgen.aggregate.terms import Idf, terms
from briefgen.anaphora import story_words
from briefgen.dated_nouns import dated_happenings
from briefgen.follow_ups import FollowUps
from briefgen.framing import private_persons
from briefgen.homedate import sentence_dates
from briefgen.lede import Ledes
from briefgen.models import Actor, Event, EventMention, Extraction, TimelineEntry
from briefgen.neighbours import Neighbours
from briefgen.noun_entry import with_happening
from briefgen.on_story import OnStory
from briefgen.overtaken import Overtaken
from briefgen.reactions import reaction_stories
from briefgen.retold import Said, date_key, within, without_repeats
from briefgen.side_voices import side_voices
from briefgen.story import (
    elsewhere,
    principal_names,
    query_pattern,
    story_names,
    topic,
    whom,
    withdrawals,
)
from briefgen.structure.feedback import StoryWords
from briefgen.structure.opinion import opinion_pages
from briefgen.structure.sieve import long_pages
from briefgen.tellings import participants
from briefgen.timeline_context import TimelineContext
from briefgen.timeline_entry import date_entry, page_order
from briefgen.weekend_weeks import weekend_last_week
from briefgen.when import When, sort_key

__all__ = ["date_key", "query_pattern", "select_timeline"]

# Weight of a date's n-th most salient event relative to its first.
DATE_DECAY = 0.5

# A span longer than a leap year is no happening's date but an era's.
ERA_DAYS = 366


def select_timeline(
    events: Sequence[Event],
    *,
    dates: int,
    sentences: int,
    since: date | None = None,
    until: date | None = None,
    latest: date | None = None,
    extractions: Sequence[Extraction] = (),
    query: Sequence[str] = (),
    story: frozenset[str] | None = None,
    actors: Sequence[Actor] = (),
    on_story: OnStory | None = None,
    topic_words: StoryWords | None = None,
) -> list[TimelineEntry]:
    """The ``dates`` most salient dates, in chronological order, ≤ ``sentences`` each.

    A date's weight is the summed salience of its events; its sentences are the
    best-supported events' sentences, most salient first, without near-duplicates, a
    sentence whose news other sources tell of that day ranking above one page's aside.
    Schedules whose day had passed by the ``latest`` source are no events, and dates
    ending after it (a later day, or a season running on past it) are marked ``scheduled``
    (announced, not yet happened), a schedule shown in a sentence announcing it ("will",
    "is due to"); a sentence
    is shown only under the date of its own news (not that of a background clause) and
    only when it reads alone (``extractions`` supply the names a leading "he" means). From
    a page that is mostly about something else (it names the ``query`` far less often than
    the corpus's typical document: a radio schedule, a live page of other news), only the
    sentences that name the query are shown, and so under a date a year or more before the
    first source (background): the story's own past, not a precedent it is compared with.
    A decade or a stretch of years is an era told as history, never an entry, and the date
    of a comparison's standard ("worse than in 2001") does not date its sentence. Two
    sentences name a participant in common when their names stand for one of the ``actors``
    (the merged records), however each source spells it. Built with a ``query``, a
    sentence other reports take up (``follow_ups``) is borne out only when it names the
    query or one of the story's words its pages teach (``topic_words``,
    ``structure.feedback``).
    """
    if dates <= 0 or sentences <= 0:
        return []
    by_date: dict[str, list[Event]] = defaultdict(list)
    for event in events:
        when = event.when
        if when is None or not when.within(since, until) or _overtaken(when, latest):
            continue
        if _era(when):
            continue
        by_date[date_key(event.date)].append(event)
    ranked = sorted(by_date, key=lambda d: (-_date_weight(by_date[d]), d))
    # A clause dated to another day than the event its sentence was merged into
    # ("Obama, who endorsed Clinton on Thursday, is making his pitch" joined to Wednesday's
    # "opened a fence-mending mission"): shown under neither, it is a candidate of the day
    # it gives. It weighs as its event, which the merge judged one happening with it, but
    # takes no part in choosing the dates: a day it alone dates comes after every other.
    for day, part in _own_days(by_date, since, until, latest):
        by_date[day].append(part)
        if day not in ranked:
            ranked.append(day)
    idf = Idf(terms(m.evidence.sentence) for e in events for m in e.mentions)
    # What every source says of each day, announced or reported, whichever event it joined:
    # how many others tell a sentence's news is how far the corpus bears it out.
    told: dict[str, list[tuple[str, dict[str, float]]]] = defaultdict(list)
    # The same, without the weekend papers' "last week"s, which bear out no week alone:
    # two Sunday papers' "died last week" are one ambiguity told twice.
    firm: dict[str, list[tuple[str, dict[str, float]]]] = defaultdict(list)
    published = {x.document.id: x.document.dct for x in extractions}
    for event in events:
        for m in event.mentions:
            said_so = (m.doc, idf.text_vector(m.evidence.sentence))
            told[date_key(m.date)].append(said_so)
            if not weekend_last_week(m, published.get(m.doc)):
                firm[date_key(m.date)].append(said_so)
    # the query, or built without one the names the typical source names (``story.topic``)
    pattern = topic(query, extractions)
    neighbours = Neighbours.of(
        actors,
        events,
        {x.document.id: x.document.text for x in extractions},
        {x.document.id: x.document.title or "" for x in extractions},
        pattern if any(q.strip() for q in query) else None,
    )
    context = TimelineContext(
        {x.document.id: x for x in extractions},
        sentence_dates(m for e in events for m in e.mentions),
        pattern,
        elsewhere(((x.document.id, x.document.text) for x in extractions), pattern),
        published,
        withdrawals(extractions),
        # whom the story is about, with or without a query: built without one, a page's
        # aside on another subject (another country's election on a news-in-brief page)
        # names none of the principals the corpus's sources name most
        principal_names(query, extractions) or whom(query, extractions),
        min((x.document.dct for x in extractions if x.document.dct), default=None),
        latest,
        story_words(x.document.text for x in extractions) if story is None else story,
        frozenset(long_pages([x.document for x in extractions])),
        Ledes(extractions),
        opinion_pages(x.document for x in extractions),
        story_names(query, extractions),
        participants(actors),
        OnStory.of(query, extractions, actors) if on_story is None else on_story,
        private_persons(actors),
    )
    if neighbours.many and not any(q.strip() for q in query):
        # many stories (a desk's week of company and market reports): each page's news is
        # the corpus's, neither a page's aside nor a detail for naming no principal of the
        # pages the most sources name (``neighbours``)
        context = replace(context, elsewhere=frozenset(), named=None)
    # a one-source sentence whose rarely named participant other reports name in the days
    # after, with a word of its happening: their follow-up bears it out (``follow_ups``)
    context = replace(
        context,
        follow_ups=FollowUps.of(
            extractions,
            actors,
            context.known,
            context.elsewhere | context.opinion,
            context.story,
            query=pattern if any(q.strip() for q in query) else None,
            topic=topic_words or StoryWords(),
        ),
        side=side_voices(actors, len(extractions)),
        reacting=reaction_stories(extractions, context.known),
        neighbours=neighbours,
        overtaken=Overtaken.of(events, published, context.who),
    )
    # The happenings several sources date by a noun ("Sunday's attack in Orlando"): a day
    # whose sentences do not tell its own shows it (``noun_entry``).
    happenings = dated_happenings(extractions, context.elsewhere)
    # A day no dated event falls on that they date (its happening told only by nouns)
    # comes after every day with events: it may take a place the dates leave free.
    ranked += sorted(
        d
        for d in happenings
        if d not in by_date and (w := When.of(d)) is not None and w.within(since, until)
    )
    entries: list[tuple[str, TimelineEntry]] = []
    taken: set[tuple[str, int]] = set()  # a sentence is shown once, under one date
    said: dict[str, list[Said]] = {}  # what each chosen date's sentences say, and where
    told_within = 0  # periods whose news is all a day's within them: shown under that day
    for d in ranked:
        if len(entries) + told_within >= dates:
            break
        nearby = [x for other in _adjacent(d) for x in said.get(other, ())]
        inner = [x for other in within(d, said) for x in said[other]]
        if d in by_date:
            entry, vectors = date_entry(
                d, by_date[d], sentences, idf, context, taken, told[d], nearby, inner, firm[d]
            )
        else:
            entry, vectors = TimelineEntry(d, (), ()), []
        day_happenings = happenings.get(d, ())
        if day_happenings and (entry.sentences or not entry.sources):
            entry, vectors = with_happening(
                entry,
                vectors,
                day_happenings,
                context,
                sentences,
                taken,
                idf,
                by_date.get(d, ()),
                _week_around(d, by_date, idf),  # read only for a day with a happening
            )
        if entry.sentences:  # a date none of whose sentences can be shown is left out
            entries.append((d, entry))
            said[d] = vectors
        elif entry.sources:
            # Its best sentence repeats a day within it: the period's weight is that day's
            # news, already shown, and gives no room to a less reported date. So does a
            # day whose news is told only in a round-up's framing or a feature's scene.
            told_within += 1
    entries = without_repeats(entries, by_date, idf, said)
    # Scheduled: announced for a date that ends after the latest dated source. A report of
    # it as done (from an undated analysis written later) is no schedule, whatever the
    # sources' dates.
    ahead = When.of(latest.isoformat()) if latest is not None else None
    return [
        replace(
            e,
            sentences=page_order(e.sentences),
            scheduled=e.scheduled and ahead is not None and _ends_after(d, ahead),
        )
        for d, e in sorted(entries, key=lambda de: sort_key(de[0]))
    ]


def _own_days(
    by_date: dict[str, list[Event]],
    since: date | None,
    until: date | None,
    latest: date | None,
) -> list[tuple[str, Event]]:
    """Each event's part that dates itself to another day than the event: the mentions
    of a clause within their sentence (a relative clause, not the sentence's own news)
    whose own expression (``anchor`` "own") names a single day other than the event's
    date, as the event restricted to them and dated so, with the day (a date key)."""
    parts: list[tuple[str, Event]] = []
    for key in sorted(by_date):
        for event in by_date[key]:
            elsewhere: dict[str, list[EventMention]] = defaultdict(list)
            for m in event.mentions:
                when = m.when
                if m.anchor != "own" or when is None or when.day is None:
                    continue
                if m.evidence.text == m.evidence.sentence:
                    continue  # the sentence's own news: the merge's day, when it joined
                day = date_key(m.date)
                if day != key and when.within(since, until) and not _overtaken(when, latest):
                    elsewhere[day].append(m)
            for day in sorted(elsewhere):
                ms = tuple(elsewhere[day])
                sources = tuple(sorted({m.doc for m in ms}))
                scheduled = all(m.scheduled for m in ms)
                part = replace(
                    event, date=ms[0].date, mentions=ms, sources=sources, scheduled=scheduled
                )
                parts.append((day, part))
    return parts


def _week_around(day: str, by_date: dict[str, list[Event]], idf: Idf) -> list[Said]:
    """What the sources say under a week holding ``day`` (its mentions' sentences): a
    sentence that only a dated noun's happening adds to the day must not read as a repeat
    of it, which would take the week's own news off the timeline (``retold.repeats``)."""
    weeks = [p for p in by_date if (w := When.of(p)) is not None and w.granularity == "week"]
    return [
        (m.doc, idf.text_vector(m.evidence.sentence), frozenset(), frozenset())
        for p in weeks
        if within(p, [day])
        for e in by_date[p]
        for m in e.mentions
    ]


def _adjacent(day: str) -> tuple[str, ...]:
    """The day before and after ``day`` (a date key), when it is a day."""
    when = When.of(day)
    if when is None or when.day is None:
        return ()
    return tuple((when.day + timedelta(n)).isoformat() for n in (-1, 1))


def _ends_after(day: str, latest: When) -> bool:
    """Whether ``day`` ends after the ``latest`` source: what is due in it is announced."""
    when = When.of(day)
    return when is not None and when.last > latest.last


def _overtaken(when: When, latest: date | None) -> bool:
    """A schedule whose day had passed by the latest source, and no source says it
    happened (one that did would have made the event a reported one): not an event."""
    return when.scheduled and latest is not None and when.last < latest


def _era(when: When) -> bool:
    """A decade or a stretch of years ("in the 1990s", "their stint in power from 1996 to
    2001"): the setting of what happened in it, told as history, not the date of one
    happening a timeline can show."""
    return when.granularity == "decade" or when.width > ERA_DAYS


def _date_weight(events: Sequence[Event]) -> float:
    """The events' saliences, each further one counting less: many small events from one
    source (a listing, a schedule) should not outweigh one widely reported event."""
    ranked = sorted((e.salience for e in events), reverse=True)
    return sum(s * DATE_DECAY**n for n, s in enumerate(ranked))
