"""Summarize stage: the extractive executive summary (and the timeline, re-exported).

``summarize`` picks a bottom line and key judgments from the source sentences by
centrality, with maximal-marginal-relevance so no two say the same thing, plus key
figures and the sources' disagreements. The bottom line says where the story stands
(``standing``); the timeline is chosen in ``timeline``, key figures are told apart in
``figures`` and chosen in ``key_figures``. Every shown sentence is a source sentence
(markup removed) with its evidence.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import replace
from datetime import date

from briefgen.aggregate.events import explicit_day
from briefgen.aggregate.terms import Idf, cosine, norm, terms
from briefgen.anaphora import story_words
from briefgen.asides import aside, participants, retold
from briefgen.bottomline import (
    DUPLICATE,
    NEWS_DAYS,
    SAME_NEWS,
    Candidate,
    latest_first,
    overtaken,
    standing_sentence,
)
from briefgen.decided import decided
from briefgen.definites import resolve_definites
from briefgen.disagree import age_disagreements
from briefgen.figures import latest_counts, snapshot
from briefgen.happenings import (
    Dated,
    Happenings,
    after_publication,
    dated_happenings,
    distinct_happenings,
    happenings_in,
    retold_happening,
)
from briefgen.key_figures import key_figures
from briefgen.lede import lede_starts
from briefgen.models import (
    Actor,
    Cited,
    Event,
    EventMention,
    Evidence,
    Extraction,
    Position,
    Summary,
)
from briefgen.on_story import OnStory
from briefgen.onset import story_onset
from briefgen.reactions import sideline_reaction
from briefgen.relative_days import name_relative_days
from briefgen.reportable import Reportable, reportable
from briefgen.standing import previews_done
from briefgen.story import corpus_texts, elsewhere, naming_story, principal_names, topic, whom
from briefgen.structure.opinion import is_column
from briefgen.structure.sieve import long_pages
from briefgen.threads import Opening, closing_thread, weigh
from briefgen.timeline import date_key, query_pattern, select_timeline
from briefgen.titled import name_newcomer
from briefgen.tolls import superseded_tolls, toll_disagreements
from briefgen.when import When, label

# Names a sentence's definite references back (``resolve_definites``'s signature): the text,
# its start in its document, the document's extraction, the corpus's story words.
Definites = Callable[[str, int, Extraction | None, AbstractSet[str]], str | None]

__all__ = ["filter_by_query", "select_timeline", "summarize"]

# A deadline: a date set for something to be done, a plan whatever the tense it is told in.
_DEADLINE = re.compile(r"\bdeadlines?\b", re.I)

# "Here" is the place of the dateline or of the speaker ("the U.S. embassy here", "it is
# precisely here that we"), which a sentence shown alone does not carry. Where someone
# spoke ("Orban said here Friday") is the one "here" a reader can do without.
_HERE = re.compile(r"\b(\w+)\s+here\b|^here\b", re.I)
_SPOKE = frozenset({"said", "says", "told", "announced", "added", "reporters", "declared"})


def _placed_here(text: str) -> bool:
    """Whether ``text`` puts something "here" other than where someone spoke."""
    return any((m[1] or "").lower() not in _SPOKE for m in _HERE.finditer(text))


# At most this many disagreements, the most salient events first.
DISAGREEMENTS = 5
# A sentence reports news of its own news cycle when its event happened at most this many
# days before its report was published (a weekly tells the week's news).
FRESH_DAYS = 7
# What a sentence recalling only older events loses from its support (adding up to about
# 1.0 for the news of the day): background repeated in every later report.
BACKGROUND = 0.4
# MMR trade-off between relevance and novelty.
MMR_LAMBDA = 0.7


def filter_by_query(extractions: Sequence[Extraction], query: Sequence[str]) -> list[Extraction]:
    """The extractions whose document (title or text) mentions any query keyword."""
    pattern = query_pattern(query, corpus_texts(extractions))
    if pattern is None:
        return list(extractions)
    return [
        ext
        for ext in extractions
        if pattern.search(ext.document.title) or pattern.search(ext.document.text)
    ]


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
    """
    if story is None:
        story = story_words(x.document.text for x in extractions)
    published = {x.document.id: x.document.dct for x in extractions}
    candidates = _candidates(
        extractions,
        events,
        positions,
        query,
        story,
        readable,
        published,
        definites or resolve_definites,
    )
    # Sources giving one toll differently, read before earlier tolls are set aside below.
    tolls = toll_disagreements(candidates, published)
    # Previews a later report tells as done, legal states a later verdict decided, and
    # tolls a later source counts higher.
    stale = (
        overtaken(candidates, published)
        | decided(candidates, extractions, published)
        | superseded_tolls(candidates, published)
    )
    # Reactions from outside the story ("Iran condemned the bombing") are no judgments, nor
    # is a page's own news when the page is mostly about something else (``story.elsewhere``:
    # the president's statement on another country's attack): only what names the story.
    principals = principal_names(query, extractions)
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
    candidates = [
        c
        for c in candidates
        if c.evidence.doc not in columns
        and (c.evidence.doc, c.evidence.start) not in stale
        and not sideline_reaction(c.text, principals)
        and not (c.evidence.doc in away and named is not None and not named.search(c.text))
        and not aside(c.text, c.evidence.doc, c.evidence.start, c.evidence.end, named_story, told)
        and on_story.about(c.text, c.evidence.doc, c.evidence.start, c.evidence.end)
    ]
    texts = {x.document.id: x.document.text for x in extractions}
    principal = _principal(actors, query, texts)
    # the sentence telling it names whom the story is about; its event may be told in other
    # words ("the first debate")
    central = naming_story(principal, query, named, texts)
    standing = standing_sentence(
        [c for c in candidates if central(c.evidence.doc, c.evidence.start, c.evidence.end)],
        [e for e in events if any(principal(*_sentence(m)) for m in e.mentions)],
        extractions,
        published,
    )
    # A genre's routine line is no judgment and no key figure (``threads.templates``).
    news = [c for c in candidates if not c.routine]
    if standing is None:
        standing = closing_thread(
            [c for c in news if central(c.evidence.doc, c.evidence.start, c.evidence.end)],
            published,
        )
    # Two days' happenings of one story, each dated in its own sentence, are two threads.
    dated = dated_happenings(events)
    if standing is None:
        chosen = latest_first(_mmr(news, judgments + 1, published, dated=dated), published)
    else:
        rest = [c for c in news if not _retells(c, standing, published, dated)]
        chosen = [standing, *_mmr(rest, judgments, published, [standing], dated)]
    bottom = chosen[0] if chosen else None
    figures = key_figures(news, chosen, _mmr)
    by_doc = {x.document.id: x for x in extractions}

    def shown(c: Candidate) -> Cited:
        # Named once chosen, so the brackets weigh in no choice: a surname only its article
        # introduced ("[Kate] Duval"; the corpus's names decide), and, standing alone,
        # the day a writer's "today" means (the brief may span years).
        ext = by_doc.get(c.evidence.doc)
        text = name_newcomer(c.text, c.evidence.start, ext, story)
        return Cited(name_relative_days(text, c.evidence, ext), (c.evidence,))

    return Summary(
        bottom_line=shown(bottom) if bottom else None,
        judgments=tuple(shown(c) for c in chosen[1:]),
        key_figures=tuple(shown(c) for c in figures),
        disagreements=(_disagreements(events) + tolls + age_disagreements(events))[:DISAGREEMENTS],
    )


def _principal(
    actors: Sequence[Actor], query: Sequence[str], texts: Mapping[str, str]
) -> Callable[[str, int, int], bool]:
    """Whether a span ``[start, end)`` of a document (of ``texts``) names one of the
    story's principal ``actors`` (``asides.participants``) or a query word; with no
    actors, every span does."""
    if not actors:
        return lambda doc, start, end: True
    named = participants(actors, texts)
    words = query_pattern(query, texts.values())

    def principal(doc: str, start: int, end: int) -> bool:
        if named.within(doc, start, end):
            return True
        return words is not None and words.search(texts.get(doc, ""), start, end) is not None

    return principal


def _sentence(m: EventMention) -> tuple[str, int, int]:
    """A mention's sentence as (document, start, end)."""
    start = m.evidence.sentence_start
    return m.doc, start, start + len(m.evidence.sentence)


def _candidates(
    extractions: Sequence[Extraction],
    events: Sequence[Event],
    positions: Sequence[Position],
    query: Sequence[str],
    story: frozenset[str],
    readable: Mapping[str, Sequence[Reportable]] | None = None,
    published: Mapping[str, date | None] | None = None,
    definites: Definites = resolve_definites,
) -> list[Candidate]:
    """Every reporting sentence, scored by centrality, event support and query match
    (``published``: each document's publication day, when the caller has it)."""
    if published is None:
        published = {x.document.id: x.document.dct for x in extractions}
    raw: list[tuple[str, Evidence, float, bool]] = []
    ledes: dict[str, list[str]] = {}
    opening: set[tuple[str, int]] = set()  # (document, start) of each lede sentence
    first: set[tuple[str, int]] = set()  # of each document's first body sentence
    background: set[tuple[str, int]] = set()
    weights: dict[str, list[tuple[int, float]]] = defaultdict(list)
    recalled: dict[str, list[int]] = defaultdict(list)
    for event in events:
        # An event's salience counts the sources telling it. A plan told ahead by source
        # after source ("a choir joins the festival in June", "a band will play it") is each one's
        # small step of it: only its latest telling says where the plan stands, the earlier
        # steps it overtook borrow no weight from the plan's retellings.
        ahead_days = [published.get(m.doc) for m in event.mentions if m.scheduled]
        last_ahead = max((d for d in ahead_days if d is not None), default=None)
        for m in event.mentions:
            if m.scheduled and published.get(m.doc) != last_ahead:
                continue
            weights[m.doc].append((m.evidence.start, event.salience))
    # Dates announced in a sentence that had passed by the latest source: its plan is stale.
    latest = max((d for x in extractions if (d := x.document.dct)), default=None)
    passed: dict[str, list[int]] = defaultdict(list)
    ahead: dict[str, list[int]] = defaultdict(list)
    for event in events:
        for m in event.mentions:
            when = When.of(m.date)
            if latest is not None and when is not None and when.last < latest:
                passed[m.doc].append(m.evidence.start)
    # Previews of what later sources report as done: the report says where things stand.
    for event in events:
        for m in previews_done(event, published):
            passed[m.doc].append(m.evidence.start)
            ahead[m.doc].append(m.evidence.start)
    stated: dict[str, list[int]] = defaultdict(list)
    for p in positions:
        stated[p.doc].append(p.start)
    # Sorted once: each sentence looks up only the starts within its span.
    passed_at, ahead_at, stated_at = _sorted(passed), _sorted(ahead), _sorted(stated)
    # The dates each sentence gives: of its report's news cycle or later, or older.
    fresh: dict[str, list[int]] = defaultdict(list)
    for ext in extractions:
        day = published.get(ext.document.id)
        for timex in ext.timexes if day is not None else ():
            when = When.of(timex.value) if timex.type in ("DATE", "TIME") else None
            if when is not None and day is not None:
                old = (day - when.last).days > FRESH_DAYS
                (recalled if old else fresh)[ext.document.id].append(timex.start)
    recalled_at, fresh_at = _sorted(recalled), _sorted(fresh)
    # Pages of many posts strung together (the data notes name them): which post, and so
    # which day, any of their sentences tells, the page does not say; a judgment or a figure
    # is shown as where things stand, so such a page gives none ("10 new cases today", "876
    # confirmed cases, up from 501 in two days", weeks before the page's date)
    strung = long_pages([x.document for x in extractions])
    # Pages from before the story's coverage began (``onset``): a season's report sharing a
    # query word weeks before the outbreak tells no fact of where the story stands.
    onset = story_onset(published.values())
    weighted = {doc: sorted(pairs) for doc, pairs in weights.items()}
    for ext in extractions:
        doc = ext.document
        day = published.get(doc.id)
        if doc.id in strung or (onset and day and day < onset):
            # a page of many posts tells no one day, a page before the story not its facts
            continue
        starts = lede_starts(ext)
        ledes[doc.id] = []
        for start, end in ext.sentences:
            if start in starts:
                span = doc.text[start:end]
                key = (doc.id, start + len(span) - len(span.lstrip()))
                opening.add(key)
                if not ledes[doc.id]:
                    first.add(key)
                ledes[doc.id].append(span.strip())
        found = readable.get(doc.id) if readable is not None else None
        for r in found if found is not None else reportable(ext):
            shown = definites(r.text, r.start, ext, story)
            if shown is None:
                continue  # "the hotel": which, only the article says (the corpus's words decide)
            r = replace(r, text=shown)  # "[the Puerto Rico development bank]": as shown
            if _placed_here(r.text):
                continue  # "the embassy here": the dateline's city, which the summary drops
            offset, stop = r.start, r.end
            if (r.announces or _DEADLINE.search(r.text)) and _any_within(
                passed_at.get(doc.id), offset, stop
            ):
                # "is to perform ... next month", told before that month; a deadline set
                # for a day the latest source is past ("set Friday as the deadline"): the
                # plan as it stood then, not where things stand
                continue
            if _any_within(ahead_at.get(doc.id), offset, stop):
                continue  # "expect Clinton to win Monday's debate", the debate reported
            lead = 1.0 / (1.0 + r.n / 5.0)  # early sentences carry the news
            weight = _max_within(weighted.get(doc.id), offset, stop)
            bonus = 0.3 * lead + 0.5 * min(weight, 2.0)
            if _any_within(stated_at.get(doc.id), offset, stop):
                bonus += 0.1
            if _any_within(recalled_at.get(doc.id), offset, stop) and not _any_within(
                fresh_at.get(doc.id), offset, stop
            ):
                # Only an older event recalled ("Dr Murray was the singer's physician when
                # he died in 2009", two years on): the background every report repeats.
                bonus -= BACKGROUND
                background.add((doc.id, offset))
            evidence = Evidence(doc.id, offset, stop, r.sentence, r.sentence, offset)
            # A day's change in a count is no key figure: the count it moved is.
            raw.append((r.text, evidence, bonus, r.figure and not snapshot(r.text)))
    raw, counts = latest_counts(raw, published)
    if not raw:
        return []
    idf = Idf(terms(text) for text, _, _, _ in raw)
    centroid: dict[str, float] = defaultdict(float)
    vectors = [idf.vector(terms(text)) for text, _, _, _ in raw]
    for v in vectors:
        for t, w in v.items():
            centroid[t] += w
    for word in query:
        for t in terms(word):
            centroid[t] += 5.0 * max(centroid.values(), default=1.0)
    centroid_norm = norm(centroid)
    out = [
        Candidate(
            text,
            ev,
            vec,
            round(cosine(vec, centroid, centroid_norm) + 0.25 * bonus, 6),
            figure,
            (ev.doc, ev.start) in counts,
        )
        for (text, ev, bonus, figure), vec in zip(raw, vectors, strict=True)
    ]
    out.sort(key=lambda c: (-c.score, c.evidence.doc, c.evidence.start))
    return weigh(out, ledes, idf, published, Opening(opening, first, background))


def _retells(
    c: Candidate,
    told: Candidate,
    published: Mapping[str, date | None],
    dated: Dated | None = None,
) -> bool:
    """Whether ``c`` says what ``told`` says, or tells its news again in the same news
    cycle (another source's report of the same arrest, worded anew). Given ``dated``, two
    sentences each dating a different happening to a different day tell two developments
    (``happenings``): a phase raised on Monday and again on Wednesday."""
    similar = cosine(c.vector, told.vector)
    if similar >= DUPLICATE:
        return True
    if dated is not None and _distinct(c, told, published, dated):
        return False
    day, other = published.get(c.evidence.doc), published.get(told.evidence.doc)
    return (
        similar >= SAME_NEWS
        and day is not None
        and other is not None
        and abs((day - other).days) <= NEWS_DAYS
    )


def _recalls(
    later: Candidate,
    earlier: Candidate,
    published: Mapping[str, date | None],
    dated: Dated | None = None,
) -> bool:
    """Whether ``later``, background in a report published no sooner than ``earlier``'s,
    tells ``earlier``'s news again ("Jackson died in June 2009", two years on): told once,
    it is one thread. A later report's clause recalling the news ("the bombings last year
    that killed 224") makes the report no retelling of it: only background counts. Given
    ``dated``, a background line dating another happening to another day recalls that one."""
    day, other = published.get(later.evidence.doc), published.get(earlier.evidence.doc)
    return (
        later.background
        and not (dated is not None and _distinct(later, earlier, published, dated))
        and day is not None
        and other is not None
        and other <= day
        and cosine(later.vector, earlier.vector) >= SAME_NEWS
    )


def _distinct(
    a: Candidate, b: Candidate, published: Mapping[str, date | None], dated: Dated
) -> bool:
    """Whether ``a`` and ``b`` tell different happenings by what they date (``happenings``):
    each dates its own, different events on different days, or one dates only happenings
    after the day the other's report was published."""
    ha, hb = _happenings(a, dated), _happenings(b, dated)
    return (
        distinct_happenings(ha, hb)
        or after_publication(ha, published.get(b.evidence.doc))
        or after_publication(hb, published.get(a.evidence.doc))
    )


def _retold(a: Candidate, b: Candidate, published: Mapping[str, date | None], dated: Dated) -> bool:
    """Whether ``a`` and ``b`` date one happening, one retelling it after its news cycle."""
    return retold_happening(
        _happenings(a, dated),
        _happenings(b, dated),
        published.get(a.evidence.doc),
        published.get(b.evidence.doc),
        NEWS_DAYS,
    )


def _happenings(c: Candidate, dated: Dated) -> Happenings:
    """The happenings ``c``'s sentence dates in its own words (``happenings.happenings_in``)."""
    return happenings_in(dated, c.evidence.doc, c.evidence.start, c.evidence.end)


def _sorted(starts: Mapping[str, list[int]]) -> dict[str, list[int]]:
    return {doc: sorted(values) for doc, values in starts.items()}


def _any_within(starts: list[int] | None, lo: int, hi: int) -> bool:
    """Whether any of the sorted ``starts`` is in ``[lo, hi)``."""
    if not starts:
        return False
    i = bisect_left(starts, lo)
    return i < len(starts) and starts[i] < hi


def _max_within(weights: list[tuple[int, float]] | None, lo: int, hi: int) -> float:
    """The largest weight of the sorted (start, weight) pairs starting in ``[lo, hi)``."""
    if not weights:
        return 0.0
    i = bisect_left(weights, (lo, float("-inf")))
    j = bisect_left(weights, (hi, float("-inf")), i)
    return max((w for _, w in weights[i:j]), default=0.0)


def _mmr(
    candidates: Sequence[Candidate],
    k: int,
    published: Mapping[str, date | None] | None = None,
    told: Sequence[Candidate] = (),
    dated: Dated | None = None,
) -> list[Candidate]:
    """Greedy maximal marginal relevance; near-duplicates are never both chosen. Given
    ``published``, one sentence per news thread: none retelling the news of a chosen one
    (or one of ``told``) in the same news cycle (five reports of one vote are one
    judgment). Events are not compared within a day: a cluster of one day's mentions may
    gather that day's several developments; ``dated`` tells two days' apart."""
    pool = list(candidates[:300])
    if published is not None:
        pool = [c for c in pool if not any(_same_thread(c, s, published, dated) for s in told)]
    # What each candidate is compared with only grows, one chosen at a time: its overlap is
    # the largest so far, and once a near-duplicate or a retelling of one chosen it stays
    # one (each pair is compared once, not again at each choice).
    overlaps = [0.0] * len(pool)
    chosen: list[Candidate] = []
    docs: dict[str, int] = defaultdict(int)
    while pool and len(chosen) < k:
        best, best_value = None, float("-inf")
        for i, c in enumerate(pool):
            # A mild preference for sources not yet quoted keeps the themes broad.
            value = MMR_LAMBDA * c.score - (1 - MMR_LAMBDA) * overlaps[i]
            value -= 0.03 * docs[c.evidence.doc]
            if value > best_value:
                best, best_value = i, value
        if best is None:
            break
        picked = pool.pop(best)
        del overlaps[best]
        chosen.append(picked)
        docs[picked.evidence.doc] += 1
        kept, kept_overlaps = [], []
        for c, overlap in zip(pool, overlaps, strict=True):
            overlap = max(overlap, cosine(c.vector, picked.vector))
            if overlap >= DUPLICATE or (
                published is not None and _same_thread(c, picked, published, dated)
            ):
                continue
            kept.append(c)
            kept_overlaps.append(overlap)
        pool, overlaps = kept, kept_overlaps
    return chosen


def _same_thread(
    c: Candidate,
    s: Candidate,
    published: Mapping[str, date | None],
    dated: Dated | None = None,
) -> bool:
    """Whether ``c`` and ``s`` tell one news thread (``_retells``, ``_recalls``), or date
    one happening, one of them retelling it later (``happenings.retold_happening``)."""
    return (
        (dated is not None and _retold(c, s, published, dated))
        or _retells(c, s, published, dated)
        or _recalls(c, s, published, dated)
        or _recalls(s, c, published, dated)
    )


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
