"""What the PDF's chronology prints for an event: a source sentence a reader can take alone.

An event's own clause ("160 passengers arriving from Mexico", "He took a taxi") is most
often a fragment, and a merged event holds sentences that lean on their article. The
chronology (the HTML's and the Markdown's complete, the PDF's capped) keeps only events
one of whose source sentences reads alone and dates the event itself, printed as that
sentence under the date that sentence gives (an event merges reports of neighbouring
days); the JSON keeps every event with all its mentions:

- the date is written in that sentence (not inherited from the sentences around it), and
  is the only date the sentence gives (a sentence naming two dates would be printed under
  each), not a count's baseline or a condition's, not a "today" on a page of many posts;
- the date is the sentence's news's, not a noun's, a clause's, a quotation's or an
  aside's, nor a present finding's about a far earlier time (``eventdate.dates_news``);
- the sentence reads as the timeline would show it (``shown.read_alone``, no participant
  taken up from its article, ``anaphora``), tells news rather than a forecast, a
  prediction or a question, and "(planned)" only when it tells a plan;
- each sentence is printed once, and each happening once (the telling whose date is
  written out wins); background a year or more before the sources must name the query,
  and a page about something else prints only what names it; a plan dated before the
  latest source is left out (had it happened, a source would say so: the timeline's rule
  too), and so is a weekend paper's "last week" or "this week" (which week, it does not
  say: ``weekend_weeks``) unless another source's report of the event gives that week.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from briefgen.aggregate.terms import Idf, cosine, terms
from briefgen.anaphora import BEFORE, story_words, takes_up
from briefgen.connectives import continues
from briefgen.definites import resolve_definites
from briefgen.extract.quotes import QUOTED
from briefgen.fragments import no_finite_verb
from briefgen.inner_refs import dangling_their
from briefgen.misdated import misdated
from briefgen.models import Brief, Event, EventMention, Evidence, Extraction
from briefgen.newsworthy import announces, tells_news
from briefgen.render.eventdate import dates_news
from briefgen.render.onstory import Strangers, about_the_story, named_in, strangers
from briefgen.shown import read_alone, stands_alone
from briefgen.story import elsewhere, topic
from briefgen.structure.sieve import long_pages
from briefgen.tellings import participants, same_happening
from briefgen.timeline_entry import TIMELINE_DUPLICATE
from briefgen.weekend_weeks import weekend_last_week
from briefgen.when import BACKGROUND, When

__all__ = ["Printing", "Tellings", "Told", "capped", "tellings", "told_sentences"]

# A chronology line: long enough to say who did what, short enough to be one line's news.
_WORDS = (6, 70)


@dataclass(frozen=True)
class Printing:
    """What the corpus tells about its sentences, for choosing the printed ones."""

    texts: Mapping[str, str] = field(default_factory=dict, compare=False)
    story: frozenset[str] = frozenset()
    strung: frozenset[str] = frozenset()  # pages of many posts (``sieve.long_pages``)
    # (document, sentence start) -> the dates its mentions give
    dates: Mapping[tuple[str, int], frozenset[str]] = field(default_factory=dict, compare=False)
    first: date | None = None
    latest: date | None = None
    # the words naming the story: the query's, or the names most sources name (``topic``)
    query: re.Pattern[str] | None = None
    # pages mostly about something else (``story.elsewhere``): only what names the story
    aside: frozenset[str] = frozenset()
    published: Mapping[str, date] = field(default_factory=dict, compare=False)
    # the query's words and the principals' names: a printed sentence names one of them
    principals: re.Pattern[str] | None = None
    # bare surnames of people who are not principals (``onstory.strangers``)
    strangers: Strangers = field(default_factory=Strangers, compare=False)
    # per document, what the extraction found named (for a "their": ``named_in``)
    named: Mapping[str, Extraction] = field(default_factory=dict, compare=False)
    # each name an actor record is told by -> that record (``tellings.participants``)
    who: Mapping[str, str] = field(default_factory=dict, compare=False)

    @staticmethod
    def of(brief: Brief) -> Printing:
        texts = {d.id: d.text for d in brief.documents}
        dates: dict[tuple[str, int], set[str]] = defaultdict(set)
        for e in brief.events:
            for m in e.mentions:
                dates[(m.doc, m.evidence.sentence_start)].add(m.date)
        days = [w.first for d in brief.documents if (w := When.of(d.date)) is not None]
        named = named_in(brief)
        # the query, or built without one the names most sources name (``story.topic``)
        query = topic(brief.query, list(named.values()))
        principals = about_the_story(brief)
        return Printing(
            texts,
            story_words(texts.values()),
            frozenset(long_pages(brief.documents)),
            {k: frozenset(v) for k, v in dates.items()},
            min(days, default=None),
            max(days, default=None),
            query,
            elsewhere(texts.items(), query),
            {d.id: day for d in brief.documents if (day := d.dct) is not None},
            principals,
            strangers(brief, principals),
            named,
            participants(brief.actors),
        )


@dataclass(frozen=True)
class Told:
    """What the chronology prints for an event: a source sentence, under the date that
    sentence gives (an event merges reports of neighbouring days; each telling says its
    own), planned when the sentence announces it."""

    text: str
    date: str
    scheduled: bool = False
    # the event's mentions whose sentence tells what the printed one tells: the entry cites
    # these, not every report merged into the event (a merge can hold an unrelated one)
    cited: tuple[EventMention, ...] = field(default=(), compare=False)


def told_sentences(events: list[Event], limit: int | None, printing: Printing) -> dict[str, Told]:
    """Event id -> what it prints, for at most ``limit`` (None: no cap) of ``events``
    (ranked by importance, the most first) that have a sentence to print: those most
    sources tell, then the most important (``tellings`` then ``capped``)."""
    return capped(tellings(events, printing), limit, printing)


# The entries that have a sentence to print, ranked: those most sources tell first.
Tellings = tuple[tuple["_Entry", Told], ...]


def capped(ranked: Tellings, limit: int | None, printing: Printing) -> dict[str, Told]:
    """Event id -> what it prints, for at most ``limit`` (None: all) of ``ranked``, each
    stretch of the period keeping its share (``_spread``)."""
    return {c.event: t for c, t in _spread(list(ranked), limit, printing)}


def tellings(events: list[Event], printing: Printing) -> Tellings:
    """Each of ``events`` (ranked by importance, the most first) that has a sentence to
    print, with what it prints, those most sources tell first, then the most important.
    A sentence is printed for one event only, and one happening once: a sentence
    retelling a printed one under the same or the next day (a death reported on the day
    and "yesterday", a count a day early) is the same entry, which keeps the telling
    whose date is written out in full. What happened well before the
    sources is printed when several of them tell it (``_in_period``)."""
    idf = Idf(terms(m.evidence.sentence) for e in events for m in e.mentions)
    chosen: list[_Entry] = []
    printed: set[str] = set()
    # the tellings left out as retelling a chosen entry's happening: it cites them too
    retold: dict[int, list[EventMention]] = defaultdict(list)
    for event in events:
        for m in sorted(event.mentions, key=lambda m: not _written_out(m)):
            if _doubtful_week(m, event, printing):
                continue  # a weekend paper's "last week": which week, it does not say
            text = _told(m, printing) if _printable(m, printing) else None
            if text is None or text in printed:
                continue
            printed.add(text)
            entry = _Entry(event.id, text, When.of(m.date), idf.vector(terms(text)), m)
            same = next((n for n, c in enumerate(chosen) if _retells(entry, c, printing.who)), None)
            if same is None:
                chosen.append(entry)
            elif _written_out(m) and not _written_out(chosen[same].mention):
                retold[same].append(chosen[same].mention)
                chosen[same] = entry
            else:
                retold[same].append(m)
            break
    by_id = {e.id: e for e in events}
    rank = {e.id: n for n, e in enumerate(events)}
    told = [
        (c, Told(c.text, c.mention.date, c.mention.scheduled, _cited(c, by_id[c.event], idf)))
        for c in chosen
    ]
    told = [
        (c, replace(t, cited=_with(t.cited, retold[n]))) if retold[n] else (c, t)
        for n, (c, t) in enumerate(told)
    ]
    kept = [(c, t) for c, t in told if _in_period(c, t, printing)]
    kept.sort(key=lambda ct: (-_reports(ct[1]), rank[ct[0].event]))
    return tuple(kept)


def _with(cited: tuple[EventMention, ...], more: list[EventMention]) -> tuple[EventMention, ...]:
    """``cited``, then those of ``more`` from sources it does not cite yet."""
    docs = {m.doc for m in cited}
    return (*cited, *(m for m in more if m.doc not in docs))


# The period is cut into this many stretches at most, each a week at least.
STRETCHES = 8
WEEK = timedelta(days=7)


def _spread(
    ranked: list[tuple[_Entry, Told]], limit: int | None, printing: Printing
) -> list[tuple[_Entry, Told]]:
    """The first ``limit`` of ``ranked``, but each stretch of the period keeps its share of
    the entries, in proportion to the sources published in it. Events of the period's last
    weeks are retold less often than older ones (there was less time to retell them), so
    a cap by sources alone prints the beginning of the story and loses its end."""
    first, latest = printing.first, printing.latest
    if (
        limit is None
        or len(ranked) <= limit
        or first is None
        or latest is None
        or latest - first < 2 * WEEK
    ):
        return ranked[:limit]
    count = max(2, min(STRETCHES, (latest - first) // WEEK))
    width = ((latest - first) + timedelta(days=1)) / count

    def stretch(day: date) -> int | None:
        if not first <= day <= latest:
            return None
        return min(count - 1, int((day - first) / width))

    published = Counter(stretch(day) for day in printing.published.values())
    quota = _apportioned(limit, [published[n] for n in range(count)])
    chosen: list[int] = []
    for i, (entry, _) in enumerate(ranked):
        n = stretch(entry.when.first) if entry.when is not None else None
        if n is not None and quota[n] > 0:
            quota[n] -= 1
            chosen.append(i)
    taken = set(chosen)
    rest = [i for i in range(len(ranked)) if i not in taken]
    chosen.extend(rest[: limit - len(chosen)])
    return [ranked[i] for i in sorted(chosen)]


def _apportioned(seats: int, votes: list[int]) -> list[int]:
    """``seats`` shared in proportion to ``votes``, by largest remainder."""
    total = sum(votes)
    if total == 0:
        return [0] * len(votes)
    exact = [seats * v / total for v in votes]
    shares = [int(x) for x in exact]
    by_remainder = sorted(range(len(votes)), key=lambda n: shares[n] - exact[n])
    for n in by_remainder[: seats - sum(shares)]:
        shares[n] += 1
    return shares


# What ended this long before the first source is background, printed only when several
# sources tell it: the week before the first source is still the news it reports, while
# "last month" in an article of the period's first days is what led up to it.
NEAR = timedelta(days=7)


def _reports(told: Told) -> int:
    """How many documents tell what the entry prints."""
    return len({m.doc for m in told.cited})


def _in_period(entry: _Entry, told: Told, printing: Printing) -> bool:
    """Whether the entry's date is as fine as the sources' span (a year's label on a brief
    of two months says nothing of when) and ends at most a week before them, or what
    it prints is told by two sources (background the story rests on)."""
    if printing.first is None or printing.latest is None or entry.when is None:
        return True
    when = entry.when
    if when.last - when.first > max(printing.latest - printing.first, NEAR):
        return False
    return when.last >= printing.first - NEAR or _reports(told) >= 2


# A report this similar (cosine of tf-idf) to the printed sentence tells the same news.
TELLS_THE_SAME = 0.2


def _cited(entry: _Entry, event: Event, idf: Idf) -> tuple[EventMention, ...]:
    """The printed mention, and the event's other mentions telling what it tells. A
    report printed cites no announcement of it made beforehand: the plan is no report of
    the happening (``Event.reports``)."""
    others = (
        m
        for m in event.mentions
        if m is not entry.mention
        and (entry.mention.scheduled or not m.scheduled)
        and cosine(idf.vector(terms(m.evidence.sentence)), entry.vector) >= TELLS_THE_SAME
    )
    return (entry.mention, *others)


@dataclass(frozen=True)
class _Entry:
    """A printed sentence, the event it tells, and what retelling it needs."""

    event: str
    text: str
    when: When | None
    vector: dict[str, float]
    mention: EventMention


def _retells(a: _Entry, b: _Entry, who: Mapping[str, str]) -> bool:
    """Whether ``a`` and ``b`` tell one happening: much the same words, under dates at
    most a day apart, and no different figures (a count one day and the next, an alert
    raised to four and then to five, are two happenings)."""
    if a.when is None or b.when is None:
        return False
    near = a.when.first <= b.when.last + _NEXT_DAY and b.when.first <= a.when.last + _NEXT_DAY
    if not near:
        return False
    if same_happening(a.mention, b.mention, who):
        return True  # in other words, by the same verb, with a participant in common
    if cosine(a.vector, b.vector) < TIMELINE_DUPLICATE:
        return False
    figures = [_figures(x) for x in (a, b)]
    return not all(figures) or figures[0] == figures[1]


_NEXT_DAY = timedelta(days=1)


def _figures(entry: _Entry) -> set[str]:
    """The figures the entry's sentence gives, but for those of its date ("on 14 June")."""
    text = entry.text.replace(entry.mention.timex.text, " ")
    return set(_FIGURE.findall(text.lower()))


# A figure: digits, or a number written out.
_FIGURE = re.compile(
    r"\d[\d,.]*|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen"
    r"|twenty|thirty|forty|fifty|hundred|thousand|million)\b"
)


def _written_out(m: EventMention) -> bool:
    """Whether the mention's date is written in full (a year, or a month's name), not read
    against its page's day ("yesterday", "on Sunday")."""
    return _FULL.search(m.timex.text) is not None


_FULL = re.compile(
    r"\b(?:1[5-9]|20)\d\d\b|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\b"
)


# What tells a plan, beside the narrator's future ("will", "is to"): an arrangement in the
# present progressive ("are hosting a summit next month") or the words of a plan; a
# prediction ("predicted", "likely") is no plan, nor is a question.
_PLAN = re.compile(
    r"\b(?:(?:is|are)\s+[a-z]+ing|plans?|planned|planning|intends?|intended|due|scheduled"
    r"|set\s+to|aims?\s+to|aimed\s+to|hope[sd]?\s+to|expects?\s+to|expected\s+to"
    r"|agreed\s+to|deals?)\b",
    re.I,
)
_PREDICTION = re.compile(r"\b(?:predict\w*|likely|unlikely|forecasts?)\b", re.I)
_QUESTION = re.compile(r"\?[\"”’']?\s*$")


# A demonstrative taking up what the article told before: "that lead", "this finding", "the
# authors of that piece". Times are read from the report's date ("this week", "that day");
# "that" after a verb or noun opens a clause ("said that hackers"), so it counts only at
# the start of a clause or after a preposition.
_TIMES = (
    r"(?:week|weekend|month|year|morning|afternoon|evening|night|day|time|season|spring"
    r"|summer|autumn|fall|winter|decade|century|moment|stage|point)s?\b"
)
_POINTS_BACK = re.compile(
    rf"(?:\b(?:this|these)|(?:^|[,;:]\s*|\b(?:of|in|on|at|by|for|with|from|about|like)\s+)"
    rf"that)\s+(?!{_TIMES})(?:[a-z]+\s+)?[a-z]+\b"
    rf"|\bthat\s+(?!{_TIMES})[a-z]+\s*[.,;:]",  # "used that term."
    re.I,
)


# A sentence whose subject takes up a participant of its article: "The man, who has not
# been named, was taken to hospital", "The school has arranged ...", "One of them had
# tested positive". Out of the article, nothing says who; unless a name follows in
# apposition or after "from", "in", "at" ("The school, Alleyn's in Dulwich"), or an "of"
# says which ("The family of the first patient to die").
_TAKEN_UP = re.compile(
    r"\W*(?:(?:The|This|That)\s+(?:[a-z][\w-]*\s+){0,2}?(?:man|woman|men|women|boy|girl|boys"
    r"|girls|child|children|baby|couple|teenager|patient|patients|victim|victims|pupil|pupils"
    r"|student|students|school|schools|hospital|family|families|infection|town|village|company"
    r"|firm|headteacher|mother|father|passenger|passengers|pair|trio|five|six|four|three|two)"
    r"\b(?!['’]s\s+[A-Z]|\s+of\b|,?\s+(?:from|in|at|named|called)?\s*[A-Z])"
    r"|(?:One|Some|Many|Most|All|Both|Each|None|Two|Three|Several)\s+of\s+(?:them|those|these)\b"
    # a bare surname given an age, as news writing takes up a person it named in full:
    # "Jackson, 48, was taken to hospital" (which Jackson, the article said before)
    r"|[A-Z][a-z]+,\s+\d{1,3},"
    # a pronoun subject after an opening adverbial: "But at the weekend it was removed"
    r"|(?:(?:But|And|Yet|So)\s+)?(?:(?:At|at|On|on|In|in|Over|over|Last|last|This|this|By|by"
    r"|During|during)\s+[^,.;]*?,?\s+)(?:it|they|he|she)\s)"
)


# The printed appendix is a selection among hundreds of sentences: it also leaves out what
# the timeline keeps for its date's sake, a sentence answering the one before ("But
# Hillary Clinton didn't need an earthshaking event on Monday") or likening itself to it.
# The openers every shown sentence shares are ``shown.continues``'s; these the appendix
# adds to them.
_GOES_ON = re.compile(r"^\W*(?:Still|Also|Then|By\s+comparison)\b")
# A teaser's subject names nothing: "Something funny was going on with Trump last night."
_TEASER = re.compile(r"^\W*(?:Something|Someone|Somebody)\b")
_LIKE_BEFORE = re.compile(r"\b(?:similar|likewise|also\s+(?:said|told))\b", re.I)
# Narration placed by its dateline or its page ("a reception here", "Trump visited the
# state"): out of the article, where is not said.
# The place noun ends its phrase ("the state Aug. 19", "the city on Monday"), not a
# modifier ("the city council").
_UNPLACED = re.compile(
    r"\bhere\b|\bthe\s+(?:state|city|town|province|region|island)"
    r"(?=\s*(?:[.,;:!?)]|$)|\s+(?:on|in|at|to|for|from|last|this|and|but|when|after|before"
    r"|since|where|is|was|has|had|will|would)\b|\s+[A-Z0-9])"
)
# Wire copy's record of who did not answer: no event of the story.
_NO_ANSWER = re.compile(
    r"\b(?:did\s+not|didn['’]t)\s+(?:immediately\s+)?(?:respond|return|reply)"
    r"|\bdeclined\s+(?:to\s+)?comment|\bcould\s+not\s+be\s+reached",
    re.I,
)


# A byline fused in front of the sentence: "By Jane Smith BBC News, Los Angeles ...".
_BYLINE = re.compile(r"^By\s+[A-Z][\w.'’-]+\s+[A-Z][\w.'’-]+\s+[A-Z]")
# A pronoun subject after an opening phrase: "Last week, for the first time in three
# centuries, it was removed" (what was, the sentence before said).
_PRONOUN_AFTER = re.compile(r"^[^,;:]{1,60},(?:[^,;:]{1,60},)?\s*(?:it|they|he|she)\s")


def _doubtful_week(m: EventMention, event: Event, printing: Printing) -> bool:
    """Whether ``m`` is dated by a weekend paper's "last week" or "this week"
    (``weekend_weeks``) that no other source's firm report of the event bears out in that
    week: the timeline's rule too."""
    if not weekend_last_week(m, printing.published.get(m.doc)):
        return False
    return not any(
        o.doc != m.doc
        and o.date == m.date
        and not weekend_last_week(o, printing.published.get(o.doc))
        for o in event.mentions
    )


def _undated(text: str, m: EventMention) -> str:
    """``text`` without the expression of its date (the entry's date column shows it): what
    stands before it then reads as it would ("the comments Friday" -> "the comments")."""
    when = re.escape(m.timex.text)
    return re.sub(rf"(?:\b(?:on|at|in|by|early|late|last|this)\s+)?{when}", " ", text, count=1)


def _within(span: tuple[int, int], evidence: Evidence) -> tuple[int, int]:
    """``span`` (document offsets) as offsets into the evidence's sentence."""
    return span[0] - evidence.sentence_start, span[1] - evidence.sentence_start


def _plans(text: str) -> bool:
    """Whether ``text`` tells a plan for the date it gives."""
    return announces(text) or _PLAN.search(QUOTED.sub(" ", text)) is not None


def _printable(m: EventMention, printing: Printing) -> bool:
    """Not a plan the sources overtook, nor far background not naming the query."""
    when = When.of(m.date)
    if when is None:
        return False
    if m.scheduled and printing.latest is not None and when.first <= printing.latest:
        return False
    return (
        printing.first is None
        or when.last >= printing.first - BACKGROUND
        or (printing.query is not None and printing.query.search(m.evidence.sentence) is not None)
    )


def _told(m: EventMention, printing: Printing) -> str | None:
    """The mention's sentence as printed under its own date, or None when the date is
    not its news's or the sentence does not read alone."""
    if m.anchor != "own" or misdated(m, printing.strung):
        return None
    if len(printing.dates.get((m.doc, m.evidence.sentence_start), ())) > 1:
        return None  # a sentence giving two dates would be printed under each
    if not dates_news(m, printing.published.get(m.doc)):
        return None
    raw = m.evidence.sentence
    sentence = raw.strip()
    start = m.evidence.sentence_start + len(raw) - len(raw.lstrip())
    if dangling_their(sentence, start, printing.named.get(m.doc)):
        return None  # "Ivanka Trump acknowledged their uphill battle": whose?
    text = read_alone(sentence, start, None)
    if text is None or not tells_news(text):
        return None
    if text[:1].islower():
        return None  # a fragment: furniture fused in front ("cents Mexico yesterday ...")
    if m.predicate is not None and no_finite_verb(raw, _within(m.predicate, m.evidence)):
        return None  # "Crowds cheering the mayor on Tuesday": no predicate asserts it
    narration = QUOTED.sub(" ", text)
    if _PREDICTION.search(narration) or _QUESTION.search(text):
        return None  # a prediction or a question tells no event of its date
    if m.scheduled and not _plans(text):
        return None  # a forecast or a general truth, printed "(planned)" it would be a plan
    if _POINTS_BACK.search(narration) or _TAKEN_UP.match(narration):
        return None  # "that lead", "The man, who has not been named": the article says who
    if m.doc in printing.aside and (printing.query is None or not printing.query.search(text)):
        return None  # a page about something else: its own news is not the story's
    if printing.principals is not None and not printing.principals.search(text):
        return None  # an aside of a page about the story ("Munich attack", a town's weather)
    if continues(text) or _GOES_ON.match(text) or _TEASER.match(text):
        return None  # "But ...", "Also ...": half of a point made before
    if _LIKE_BEFORE.search(narration):
        return None  # "Trump made similar comments": likened to a point made before
    if _UNPLACED.search(narration) or _NO_ANSWER.search(narration) or _BYLINE.match(text):
        return None
    if _PRONOUN_AFTER.match(narration) or not stands_alone(_undated(text, m)):
        return None  # "Trump made the comments Friday": without its date, "the comments"
    if printing.strangers.in_sentence(m.doc, text, start):
        return None  # "Thompson started Thursday ...": who, only the article said
    if not _WORDS[0] <= len(text.split()) <= _WORDS[1]:
        return None
    # "the development bank", "the city": named from the article, as every shown sentence
    # is (``definites``), or not printed
    named = printing.named.get(m.doc)
    if named is not None:
        return resolve_definites(text, start, named, printing.story)
    before = printing.texts.get(m.doc, "")[max(0, start - BEFORE) : start]
    return None if takes_up(text, before, printing.story) else text  # no names: the text's
