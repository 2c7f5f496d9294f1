"""The summary's candidate sentences: every reporting sentence of the corpus, scored by
centrality, event support and query match, less the ones a reader could not take alone
(a definite reference only its article names, "here") and the plans and previews later
sources overtook. Sentences recalling only older events are marked as background.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import replace
from datetime import date

from briefgen.aggregate.coverage import coverage
from briefgen.aggregate.outcomes import SCENE_WEIGHT, unkinded_salience
from briefgen.aggregate.terms import Idf, cosine, norm, terms
from briefgen.bottomline import Candidate
from briefgen.definites import resolve_definites
from briefgen.figures import latest_counts, snapshot
from briefgen.itineraries import itinerary
from briefgen.lede import lede_starts
from briefgen.market_colour import colour_beside_result
from briefgen.models import Event, Evidence, Extraction, Position
from briefgen.onset import story_onset
from briefgen.place_adverbs import SPOKE
from briefgen.reportable import Reportable, reportable
from briefgen.standing import previews_done
from briefgen.structure.sieve import long_pages
from briefgen.structure.stories import carries_entries
from briefgen.threads import Opening, weigh
from briefgen.when import When

# Names a sentence's definite references back (``resolve_definites``'s signature): the text,
# its start in its document, the document's extraction, the corpus's story words.
Definites = Callable[[str, int, Extraction | None, AbstractSet[str]], str | None]

# A deadline: a date set for something to be done, a plan whatever the tense it is told in.
_DEADLINE = re.compile(r"\bdeadlines?\b", re.I)

# "Here" is the place of the dateline or of the speaker ("the U.S. embassy here", "it is
# precisely here that we"), which a sentence shown alone does not carry. Where someone
# spoke ("Orban said here Friday") is the one "here" a reader can do without, and so is
# a "here" the dateline's place follows in the editorial bracket (``place_adverbs``: "he
# accepted the nomination here [in Cleveland]"), which carries its place.
_HERE = re.compile(r"\b(\w+)\s+here\b(?!\s+\[in\s)|^here\b(?!\s+\[in\s)", re.I)


def _placed_here(text: str) -> bool:
    """Whether ``text`` puts something "here" other than where someone spoke."""
    return any((m[1] or "").lower() not in SPOKE for m in _HERE.finditer(text))


# A sentence reports news of its own news cycle when its event happened at most this many
# days before its report was published (a weekly tells the week's news).
FRESH_DAYS = 7
# What a sentence recalling only older events loses from its support (adding up to about
# 1.0 for the news of the day): background repeated in every later report.
BACKGROUND = 0.4


def summary_candidates(
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
    described: set[tuple[str, int]] = set()  # figures only by saying what a named thing is
    # a market wrap's colour beside its measured result, a campaign's itinerary: no judgment
    sidelines: set[tuple[str, int]] = set()
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
            # the event's weight as its sources and centrality make it, not the kind of its
            # predicate: an outcome's own verb is often absent from the sentence that tells
            # it best ("X managed to derail Y, defeating Z"), and weighing by it chose a
            # newsletter's heading and "finished third" over the day's result (docs/timeline.md)
            # ... but the coverage around it (a host sent to the street, a news article
            # emailed) is the press's doing, not the story's: it lends a sentence less weight
            # than the story's own events, which a sentence carrying one still has
            told = unkinded_salience(event) * (SCENE_WEIGHT if coverage(m) else 1.0)
            weights[m.doc].append((m.evidence.start, told))
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
            if r.described:
                described.add((doc.id, offset))
            # a market report's colour beside its measured result (the mood, the session,
            # the trade's voices: ``market_colour``), a campaign's movements: no judgment
            if colour_beside_result(r.text, doc.text) or itinerary(r.text):
                sidelines.add((doc.id, offset))
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
    entries = {x.document.id for x in extractions if carries_entries(x.document)}
    out = [
        Candidate(
            text,
            ev,
            vec,
            round(cosine(vec, centroid, centroid_norm) + 0.25 * bonus, 6),
            figure,
            (ev.doc, ev.start) in counts,
            entry=ev.doc in entries,
            described=(ev.doc, ev.start) in described,
        )
        for (text, ev, bonus, figure), vec in zip(raw, vectors, strict=True)
    ]
    out.sort(key=lambda c: (-c.score, c.evidence.doc, c.evidence.start))
    weighed = weigh(out, ledes, idf, published, Opening(opening, first, background))
    # The colour around a result and the trail's movements are routine, even as a lede:
    # the report's result, or the campaign's outcome, is told in another sentence.
    return [
        replace(c, routine=True) if (c.evidence.doc, c.evidence.start) in sidelines else c
        for c in weighed
    ]


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
