"""The timeline: the dates the corpus is most about and, for each, its best sentences.

``select_timeline`` keeps the dates the corpus is most about and, for each, the best
source sentences of its events, each a sentence a reader can take alone.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from briefgen.aggregate.terms import Idf, cosine, terms
from briefgen.anaphora import story_words
from briefgen.dated_clauses import (
    ADVERBIAL,
    COMPARED,
    DEPICTS,
    DIRECTED,
    RELATIVE_FUTURE,
    SUBORDINATE,
    WITHIN,
)
from briefgen.figures import passer_by
from briefgen.homedate import home_date, sentence_dates
from briefgen.lede import Ledes
from briefgen.misdated import backdrop
from briefgen.misdated import misdated as misdated  # the chronology reads it here
from briefgen.models import Actor, Cited, Event, EventMention, Extraction, TimelineEntry
from briefgen.newsworthy import announces, forecasts, tells_news
from briefgen.plans import borne_out
from briefgen.retold import (
    REPORTS_SAME,
    Said,
    copied,
    date_key,
    figures_in,
    moved,
    names_in,
    repeats,
    reporting,
    within,
    without_repeats,
)
from briefgen.shown import read_alone
from briefgen.standalone import inside_quotation
from briefgen.story import (
    elsewhere,
    principal_names,
    query_pattern,
    story_names,
    topic,
    undone,
    whom,
    withdrawals,
)
from briefgen.structure.opinion import opinion_pages
from briefgen.structure.sieve import long_pages
from briefgen.tellings import participants, same_happening
from briefgen.titled import name_newcomer
from briefgen.weekend_weeks import weekend_last_week
from briefgen.when import BACKGROUND, When, sort_key

__all__ = ["date_key", "query_pattern", "select_timeline"]

# One date's sentences should each add something: a stricter bar.
TIMELINE_DUPLICATE = 0.3
# One source telling a story under two adjacent days ("reported Saturday", "on Sunday ...
# published") tells it once: its two sentences need share less to be the same story.
SAME_SOURCE_STORY = 0.2
# Participants two next sentences of one report share when they tell one story: as many as
# one source's sentences under adjacent days share to be one story (``retold.names_in``).
CONTINUED = 2
# Weight of a date's n-th most salient event relative to its first.
DATE_DECAY = 0.5
# What opening a report published on the day or the next, and told by another source too,
# adds to a sentence's prior: as much as giving the date itself, both being evidence the
# sentence tells the day's event.
LEDE = 0.2
# What each other source telling a sentence's news of that day (announced or reported, in
# its own words: ``_corroboration``) adds to its prior, for at most CORROBORATORS of them:
# more than a lede's, a second source bearing the news out being the stronger evidence
# that it is the day's. What one page mentions in passing (a speech's closing tribute, a
# rally's itinerary) no other source tells.
CORROBORATED = 0.2
CORROBORATORS = 2
# Share of centrality (against the date's other sentences) in a timeline sentence's score.
SENTENCE_CENTRAL = 0.5
# A date's further sentence scores at least this share of its first's. Readers judged the
# second sentence under a date trivial two to three times as often as the first; one
# scoring under half the first's is a minor event of the day or one page's detail (an
# anchor's interview, a congressman's worry after the day's meeting), not the day's news.
# (At 0.6 and 0.7 Timeline17's six-sentence dates lost reference content: AR-1 fell.)
FOLLOWING_SHARE = 0.5

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
    (the merged records), however each source spells it.
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
            said_so = (m.doc, idf.vector(terms(m.evidence.sentence)))
            told[date_key(m.date)].append(said_so)
            if not weekend_last_week(m, published.get(m.doc)):
                firm[date_key(m.date)].append(said_so)
    # the query, or built without one the names the typical source names (``story.topic``)
    pattern = topic(query, extractions)
    context = _Context(
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
        entry, vectors = _entry(
            d, by_date[d], sentences, idf, context, taken, told[d], nearby, inner, firm[d]
        )
        if entry.sentences:  # a date none of whose sentences can be shown is left out
            entries.append((d, entry))
            said[d] = vectors
        elif entry.sources:
            # Its best sentence repeats a day within it: the period's weight is that day's
            # news, already shown, and gives no room to a less reported date.
            told_within += 1
    entries = without_repeats(entries, by_date, idf, said)
    # Scheduled: announced for a date that ends after the latest dated source. A report of
    # it as done (from an undated analysis written later) is no schedule, whatever the
    # sources' dates.
    ahead = When.of(latest.isoformat()) if latest is not None else None
    return [
        replace(e, scheduled=e.scheduled and ahead is not None and _ends_after(d, ahead))
        for d, e in sorted(entries, key=lambda de: sort_key(de[0]))
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


@dataclass(frozen=True)
class _Context:
    """What deciding whether a sentence can be shown under a date needs."""

    extractions: dict[str, Extraction]
    # sentence -> the dates it gives, each with (dates its main clause, finest granularity)
    dates: dict[tuple[str, int], dict[str, tuple[bool, int]]]
    # The words naming the story: the query's, or the names most sources name (``topic``)
    query: re.Pattern[str] | None
    elsewhere: frozenset[str]  # documents mostly about something else than the story
    published: dict[str, date | None]
    # (publication day, who) of each report that someone withdrew or a plan was called off
    withdrawn: tuple[tuple[date, str], ...]
    # The query's words and the principal actors' names, as a run of names ("Michael Jackson")
    named: re.Pattern[str] | None
    # The first source's publication day: what ended a year before it is background.
    first: date | None = None
    # The latest source's publication day: what begins after it can only be announced.
    latest: date | None = None
    # The words most documents use: "the virus" is the story's own (``anaphora``).
    story: frozenset[str] = frozenset()
    # Pages of many posts strung together (``sieve.long_pages``): a "today" in them may be
    # any post's day, not the page's.
    strung: frozenset[str] = frozenset()
    # The sentences opening each report (``lede``): a fresh report's tell the day's event.
    ledes: Ledes | None = None
    # Editorials, op-eds, columns, letters (``opinion``): the writer's case, not the facts.
    opinion: frozenset[str] = frozenset()
    # The principals' names, with or without a query (``story.story_names``): someone told
    # by age who is none of them is a passer-by.
    known: re.Pattern[str] | None = None
    # Each name an actor record is told by -> that record (``tellings.participants``).
    who: dict[str, str] = field(default_factory=dict)

    def background(self, day: str) -> bool:
        """Whether ``day`` ended ``BACKGROUND`` or more before the first source: the
        story's past, or a precedent it is compared with (a previous campaign's year)."""
        when = When.of(day)
        return self.first is not None and when is not None and when.last < self.first - BACKGROUND

    def involves(self, text: str) -> bool:
        """Whether ``text`` names the query or a principal actor as a participant, not only
        as the owner of something else ("Jackson's body was released")."""
        if self.named is None:
            return True
        return any(not text.startswith(("'s", "’s"), m.end()) for m in self.named.finditer(text))

    def announced(self, mention: EventMention) -> bool:
        """Whether the mention gives its date as planned: flagged so, or told in the future
        ("will perform ... on Saturday", "is due to meet on Wednesday") by a source
        published before that day or on it (what is due today had not happened when
        written)."""
        if mention.scheduled:
            return True
        when, day = When.of(mention.date), self.published.get(mention.doc)
        if when is None or day is None or day > when.last:
            return False
        return announces(mention.evidence.sentence)

    def called_off(self, mention: EventMention) -> bool:
        """Whether a source published on or after the announcement says that who it names
        withdrew, or that it was called off: the plan is not what happened."""
        day = self.published.get(mention.doc) or date.min
        sentence = mention.evidence.sentence
        return any(later >= day and who in sentence for later, who in self.withdrawn)

    def shown(self, mention: EventMention, day: str) -> str | None:
        """The mention's sentence as shown under ``day``, or None when it cannot be."""
        ev = mention.evidence
        if ev.doc in self.opinion:
            return None  # an editorial's facts are told to make its case
        own, entry = When.of(mention.date), When.of(day)
        if own is not None and entry is not None and own.rank < entry.rank:
            # "Earlier this month" merged into an event of the 7th does not say the 7th.
            return None
        if misdated(mention, self.strung) or backdrop(mention):
            return None
        if own is not None and own.day is not None and date_key(mention.date) != day:
            # A report of another day merged into the day's event ("three more cases were
            # confirmed today" on the next day's live page): shown under this day, it would
            # say its news happened on a day it does not give.
            return None
        gives = self.dates.get((ev.doc, ev.sentence_start), {})
        if ev.text != ev.sentence and not self._frames(mention, day, gives):
            # A background clause or a dated noun ("protests that began January 25", "in
            # advance of a 29 November hearing"): the sentence's news is not of that date.
            return None
        home = home_date(gives)
        if home is not None and day != home:
            return None  # a sentence giving two dates is shown under its best-founded one
        if mention.predicate is not None and DEPICTS.search(
            ev.sentence[: max(0, mention.predicate[0] - ev.sentence_start)]
        ):
            return None  # "footage of X saying last week": the moment shown, not the news
        if COMPARED.search(ev.sentence[: max(0, mention.timex.start - ev.sentence_start)]):
            return None  # "worse than in 2001": the standard compared with, not the news
        if mention.predicate is not None and DIRECTED.search(
            ev.sentence[: max(0, mention.predicate[0] - ev.sentence_start)]
        ):
            return None  # "urged them to vote Tuesday": the day asked for, not the asking's
        ext = self.extractions.get(ev.doc)
        if ext is not None and inside_quotation(ext.document.text, ev.sentence_start):
            return None  # the speaker's words, introduced in a sentence before
        text = read_alone(ev.sentence, ev.sentence_start, ext, inner=False, story=self.story)
        if text is None or not tells_news(text):
            return None
        if ev.doc in self.elsewhere and self.query and not self.query.search(text):
            return None
        if self.query and self.background(day) and not self.query.search(text):
            return None  # background is the story's own: "Romney released his returns in 2012"
        after = ev.sentence[max(0, mention.timex.start - ev.sentence_start) :]
        if mention.scheduled and undone(after):
            return None  # "was scheduled to speak Friday but cancelled": it never happened
        if mention.scheduled and self._open(day):
            if not announces(text):
                return None  # after the last source: "voters are set on their choice on Nov. 8"
            if forecasts(text):
                return None  # "is expected to peak in October": a forecast, nothing scheduled
            at = mention.predicate[0] if mention.predicate is not None else ev.sentence_start
            lead = ev.sentence[: max(0, at - ev.sentence_start)]
            if RELATIVE_FUTURE.search(lead):
                return None  # "…, which will hold its primary Feb. 9": a clause on a thing
                # the sentence names, not the sentence's news (a response, a poll's finding)
            if SUBORDINATE.search(lead):
                return None  # "while many are expected to support her in November, she
                # has not ...": the plan is the reason or the setting, the news is the rest
        return text

    def rewrites(self, mention: EventMention, text: str, event: Event) -> set[str]:
        """The other sources published the day the mention's was that carry its sentence
        (``text``) near verbatim (``copied``): the same story rewritten in the day (a wire
        story's later versions), not another report of what it says. (A story of a later
        day re-running the paragraph has kept it as still worth telling.)"""
        day = self.published.get(mention.doc)
        return {
            m.doc
            for m in event.mentions
            if m.doc != mention.doc
            and day is not None
            and self.published.get(m.doc) == day
            and copied(m.evidence.sentence, text)
        }

    def continues(self, a: EventMention, b: EventMention) -> bool:
        """Whether ``b`` is the sentence right before or after ``a`` in one report and
        names two of its participants (the same records, however spelled): the report
        telling one story on, not a second happening."""
        ext = self.extractions.get(a.doc)
        if ext is None or a.doc != b.doc or not ext.sentences:
            return False
        starts = [start for start, _ in ext.sentences]
        at = [bisect_right(starts, m.evidence.sentence_start) - 1 for m in (a, b)]
        if abs(at[0] - at[1]) != 1:
            return False
        mine, theirs = ({self.who.get(n, n) for n in m.actors} for m in (a, b))
        return len(mine & theirs) >= CONTINUED

    def passed(self, day: str) -> bool:
        """Whether ``day`` ended before the latest source: what was due in it, a source
        could have told as done."""
        when = When.of(day)
        return self.latest is not None and when is not None and when.last < self.latest

    def _open(self, day: str) -> bool:
        """Whether ``day`` ends after the latest source (it begins after it, or is a period
        running on past it: "the summer" in a brief ending on 30 June): no source can have
        told what is due in it as done."""
        when = When.of(day)
        return self.latest is not None and when is not None and when.last > self.latest

    @staticmethod
    def _frames(mention: EventMention, day: str, gives: dict[str, tuple[bool, int]]) -> bool:
        """Whether a dated phrase dates its whole sentence: the only date the sentence
        gives, and either its subject ("The government formed by the Taliban in the Fall
        of 2021 involves ...") or the span its news happened within ("during X")."""
        if date_key(mention.date) != day or set(gives) != {day}:
            return False
        ev = mention.evidence
        before = ev.sentence[: max(0, ev.start - ev.sentence_start)]
        if ADVERBIAL.match(ev.text):
            return False  # "In the last year, …", "Just like in 2012, …": an aside's time
        return not before.strip(' "“‘') or WITHIN.search(before) is not None


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


def _corroboration(
    doc: str, vector: dict[str, float], told: Sequence[tuple[str, dict[str, float]]]
) -> int:
    """How many sources other than ``doc`` say of the day what the sentence of ``vector``
    says (``told``: each source's sentences dated that day, as term vectors)."""
    return len({d for d, v in told if d != doc and cosine(vector, v) >= REPORTS_SAME})


def _entry(
    day: str,
    events: list[Event],
    limit: int,
    idf: Idf,
    context: _Context,
    taken: set[tuple[str, int]],
    told: Sequence[tuple[str, dict[str, float]]] = (),
    nearby: Sequence[Said] = (),
    inner: Sequence[Said] = (),
    firm: Sequence[tuple[str, dict[str, float]]] = (),
) -> tuple[TimelineEntry, list[Said]]:
    """A date's sentences: central to what the sources say about that date, salient, new,
    and borne out by the other sources' sentences of that day (``told``).

    Once a source reports the day's news as done, the announcements made before ("is due
    to be sentenced on 29 November", "the panel will resume on Monday") are not shown as
    what happened, nor is an announcement a later source says was called off. A sentence
    that names neither the query nor a principal actor as a participant is shown only when
    another source reports the same. A sentence saying what one shown under an adjacent
    day (``nearby``) says is not shown again (one source's "Saturday" and "Sunday").
    A sentence reporting (``repeats``) what a day within this date shows (``inner``: a
    weekly's "last week" of one announcement), or the same happening (an event) as a
    sentence shown here (or another source's sentence of that event naming the same), is a
    second report of it: its source is cited, and nothing ranked below it is shown (less
    central to the date than a repeat of its news). A date whose best sentence is such a
    repeat has no sentence and that sentence's source. A plan for a day the latest source
    is past is shown only when a report of its kind bears it out (``plans``), and a weekend
    paper's "last week" only when another source dates the news that week (``firm``: the
    day's sentences but those of other weekend "last week"s).
    """
    events = sorted(events, key=lambda e: (-e.salience, e.id))
    top = events[0].salience or 1.0
    options: list[tuple[float, str, dict[str, float], EventMention, str]] = []
    seen: set[tuple[str, int]] = set(taken)
    details: set[int] = set()
    for event in events:
        for rank, mention in enumerate(event.mentions):
            key = (mention.doc, mention.evidence.sentence_start)
            if key in seen:
                continue
            text = context.shown(mention, day) or ""
            if not text:
                continue
            if context.passed(day) and mention.scheduled and not borne_out(mention, event):
                continue  # a plan for a day the sources are past, which none reports done
            vector = idf.vector(terms(text))
            corroborated = _corroboration(mention.doc, vector, told)
            if weekend_last_week(mention, context.published.get(mention.doc)) and not (
                _corroboration(mention.doc, vector, firm)
            ):
                continue  # a weekend's "last week": this week or the one before, none says
            seen.add(key)
            if passer_by(text, context.known):
                continue  # people met on the street, told by their ages: colour, not news
            # A detail around the story, from one source: shown only when nothing else is.
            # (The day's rewrite of the story, which keeps the paragraph, is no second one.)
            alone = len(reporting(event, vector, idf) - context.rewrites(mention, text, event)) < 2
            detail = not context.involves(text) and alone
            prior = event.salience / top + (0.1 if rank == 0 else 0.0)
            if date_key(mention.date) == day:
                prior += 0.2  # the sentence that itself gives this date
            if (
                context.ledes is not None
                and context.ledes.fresh(mention)
                and len(reporting(event, vector, idf, day)) >= 2
            ):
                # The lede of a report of the day's news that another source tells too: a
                # side story's lede (a minor candidate's stunt on debate day) is told alone.
                prior += LEDE
            prior += CORROBORATED * min(corroborated, CORROBORATORS)
            options.append((prior, text, vector, mention, event.id))
            if detail:
                details.add(id(mention))
    # A day told only in details keeps them when two sources on the story tell of it (the
    # date is the story's); one page's colour alone (a wedding, a radio guest) is no entry.
    telling = {m.doc for e in events for m in e.mentions if m.doc not in context.elsewhere}
    if len(details) < len(options) or len(telling) < 2:
        options = [o for o in options if id(o[3]) not in details]
    announced = {id(o[3]) for o in options if context.announced(o[3])}
    if len(announced) < len(options):
        options = [o for o in options if id(o[3]) not in announced]
    options = [o for o in options if not (id(o[3]) in announced and context.called_off(o[3]))]
    centroid: dict[str, float] = defaultdict(float)
    weights = {e.id: e.salience / top for e in events}
    for _, _, vector, _, event_id in options:
        for t, w in vector.items():
            centroid[t] += w * weights[event_id]
    score = {
        id(o[3]): SENTENCE_CENTRAL * cosine(o[2], centroid) + (1 - SENTENCE_CENTRAL) * o[0]
        for o in options
    }
    scored = sorted(options, key=lambda o: (-score[id(o[3])], o[3].doc, o[3].evidence.start))
    picked: list[Cited] = []
    shown: list[EventMention] = []
    vectors: list[dict[str, float]] = []
    used: list[str] = []
    shown_names: list[frozenset[str]] = []
    planned = True  # every shown sentence gives the date as planned, none as done
    picked_repeat: str | None = None
    retellings: list[tuple[str, dict[str, float]]] = []  # a shown happening told again
    for _, text, vector, mention, event_id in scored:
        if len(picked) >= limit:
            break
        if shown and score[id(mention)] < FOLLOWING_SHARE * score[id(shown[0])]:
            # Far weaker than the date's first (a minor event of the day, a detail told
            # only by its page: "an anchor interviewed the candidate on Tuesday"): the date
            # shows one sentence rather than a weak second one.
            break
        if any(cosine(vector, v) >= TIMELINE_DUPLICATE for v in vectors):
            continue
        names, figures = names_in(text), figures_in(text)
        if mention.doc not in context.strung and any(
            m.doc == mention.doc
            and (cosine(vector, v) >= SAME_SOURCE_STORY or context.continues(m, mention))
            for m, v in zip(shown, vectors, strict=True)
        ):
            # One report's second sentence on the day in the same words: the story it
            # already told, continued (as under an adjacent day). Sharing names is not
            # enough here (a visit and the press conference held during it are two
            # events), unless the sentence is the next or the one before: a lede and the
            # paragraph telling it again ("some of the party's fundraisers signed on
            # Tuesday", "half a dozen of its money players agreed to serve").
            continue
        # another source telling a shown happening in other words, with the same names:
        # "Sanders prevailed in Wisconsin's primary", "Sanders was projected as the winner
        # of Wisconsin's primary", a second report of it cited as its source
        retold = any(
            e == event_id and c.evidence[0].doc != mention.doc and len(names & named) >= 2
            for e, c, named in zip(used, picked, shown_names, strict=True)
        ) or any(  # or in other words, by the same verb, with a participant in common
            m.doc != mention.doc and same_happening(mention, m, context.who) for m in shown
        )
        if (
            retold
            or repeats(vector, figures, inner)
            or any(
                e == event_id and cosine(vector, v) >= REPORTS_SAME
                for e, v in zip(used, vectors, strict=True)
            )
        ):
            if not picked or retold:
                # the date's best is a day's news within it, or a shown happening told
                # again: its source is cited
                picked_repeat = mention.doc
            if retold:
                retellings.append((event_id, vector))
            break
        if any(
            (cosine(vector, v) >= TIMELINE_DUPLICATE and not moved(figures, counted))
            or (
                doc == mention.doc
                and (cosine(vector, v) >= SAME_SOURCE_STORY or len(names & named) >= 2)
            )
            for doc, v, named, counted in nearby
        ):
            continue
        # a surname only its article introduced: "[Kate] Duval", named once chosen so the
        # brackets weigh in no choice (the corpus's names decide: ``titled.name_newcomer``)
        ext = context.extractions.get(mention.doc)
        start = mention.evidence.sentence_start
        start += len(mention.evidence.sentence) - len(mention.evidence.sentence.lstrip())
        picked.append(Cited(name_newcomer(text, start, ext, context.story), (mention.evidence,)))
        shown.append(mention)
        taken.add((mention.doc, mention.evidence.sentence_start))
        vectors.append(vector)
        shown_names.append(names)
        used.append(event_id)
        planned = planned and mention.scheduled
    by_id = {e.id: e for e in events}
    sources = {c.evidence[0].doc for c in picked}
    if picked_repeat is not None:
        sources.add(picked_repeat)  # an entry with no sentence, or a shown news' retelling
    for event_id in dict.fromkeys(used):
        for v in vectors:
            sources.update(reporting(by_id[event_id], v, idf, day, done=True))
    for event_id, v in retellings:  # the sources of the retelling report the happening too
        sources.update(reporting(by_id[event_id], v, idf, day, done=True))
    # A short range ("July 8-9") is grouped under its first day but shown as written.
    label = events[0].date if date_key(events[0].date) == day and "/" in events[0].date else day
    entry = TimelineEntry(
        label, tuple(dict.fromkeys(used)), tuple(picked), planned, tuple(sorted(sources))
    )
    return entry, [
        (c.evidence[0].doc, v, names_in(c.text), figures_in(c.text))
        for c, v in zip(picked, vectors, strict=True)
    ]
