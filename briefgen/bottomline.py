"""The bottom line: the sentence saying where the story stands at the end of the period.

In a sparse archive whose last news cycle tells one news, later than the corroborated
development, that news (``closing_news``); else the story's latest corroborated development
(``standing.latest_development``) told by the lede of a fresh report, else by the sentence
that dates it; failing one, the judgment from the latest source among those scoring nearly
as high as the best. Used by ``summarize``.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import pairwise

from briefgen.aggregate.terms import Idf, cosine, norm, terms
from briefgen.announcing import open_contest, tells_result
from briefgen.contests import decided_result, settles
from briefgen.models import Document, Event, EventMention, Evidence, Extraction
from briefgen.standing import latest_development, reports
from briefgen.when import When

# Sentences this similar (cosine of tf-idf) say the same thing.
DUPLICATE = 0.5
# A lede this similar (cosine of tf-idf) to a report of a development tells that news.
SAME_NEWS = 0.2
# Two sentences this similar are one text copied, not two sources telling one news.
COPY = 0.9
# News told as about to happen. "Due to" only with the verb of what is due ("is due to
# appear in court", "is due to be sentenced"), not as a cause ("due to the weather").
_AHEAD = re.compile(
    r"\b(?:on\s+the\s+verge\s+of|on\s+the\s+brink\s+of|poised\s+to|about\s+to|set\s+to"
    r"|expected\s+to|likely\s+to|close\s+to)\b"
    r"|\b(?:is|are)\s+due\s+to\s+(?:be|appear|face|stand|begin|start|open|meet|hold|give|make"
    r"|take|announce|publish|release|deliver|rule|decide|vote|sign|return|visit|arrive|report)\b",
    re.I,
)
# Verbs too light to name a happening by ("is to take place", "will make a statement").
_LIGHT_VERBS = frozenset(
    "be have do take make go get give come say put set see let keep".split()  # noqa: SIM905
)
# What sets a scheduled happening off as a modifier of the sentence's news: a time
# preposition or conjunction heading its phrase ("in advance of a 29 November hearing",
# "even before D.C. holds its primary next week"), or a relative pronoun ("the report,
# which will be published on Friday, says ...").
_MODIFIER = re.compile(
    r"\b(?:before|ahead\s+of|in\s+advance\s+of|prior\s+to|pending|until|which|who|whom|whose)\b",
    re.I,
)
# Words before a narrowed span read for the preposition heading it.
_HEADING_WORDS = 3
# A quotation is one person's view, not where the story stands.
_QUOTES = ('"', "“", "‘", "«")
# Judgments scoring at least this share of the best may give the bottom line when newer.
BOTTOM_LINE_SHARE = 0.9
# Reports published this many days apart or less belong to one news cycle.
NEWS_DAYS = 2
_CYCLE = timedelta(NEWS_DAYS)
# An archive: its typical document shares its news cycle with this many others at most
# (daily coverage gives each cycle ten or more reports).
ARCHIVE_CYCLE = 3


@dataclass(frozen=True)
class Candidate:
    """A source sentence the summary may show, with its score."""

    text: str
    evidence: Evidence
    vector: dict[str, float]
    score: float
    figure: bool = False
    count: bool = False  # the latest count of a series counted on several days
    # A genre's routine line below the lede ("X closed at $N"): no judgment, no figure.
    routine: bool = False
    sources: int = 0  # independent sources opening on its news (``threads.lede_support``)
    background: bool = False  # recalls only events older than its report's news cycle
    # from a page of entries (``stories.carries_entries``): a live page's update, a
    # running story's line
    entry: bool = False
    # its only figure says what a named thing is (``Reportable.described``): ranked among
    # the figures, never shown as one (``key_figures``)
    described: bool = False


def standing_sentence(
    candidates: Sequence[Candidate],
    events: Sequence[Event],
    extractions: Sequence[Extraction],
    published: Mapping[str, date | None],
) -> Candidate | None:
    """The best sentence reporting the story's latest corroborated development, if any
    reads alone (see ``standing.latest_development``). ``published``: each document's
    publication day."""
    texts = {x.document.id: x.document.text for x in extractions}
    event = latest_development(events, published, texts)
    when = event.when if event is not None else None
    # A development told after the corroborated one, by every source of the corpus's last
    # news cycle, is where things stand: an archive's later news comes one report at a time.
    last = closing_news(candidates, events, extractions, published)
    if last is not None and (
        when is None or (published.get(last.evidence.doc) or date.min) > when.last + _CYCLE
    ):
        return last
    if event is None or when is None:
        return None
    told = reports(event, published)
    # News puts the outcome first: the lede of a report published on the day of the first
    # report or the next states the development, where the sentence that dates it may tell
    # a detail. The lede must tell this development (an article's text may start below its
    # headline news). Previews superseded by later reports are no reports (``reports``).
    first = min((published.get(m.doc) or when.first for m in told), default=when.first)
    first = max(first, when.first)
    fresh = {
        doc
        for doc, day in published.items()
        if day is not None and first <= day <= max(first, when.last) + timedelta(1)
    }
    # A live page's first entry is one update among many, often a reaction to the story
    # told elsewhere: no lede, and its entries give the bottom line only if nothing else can.
    live = {x.document.id for x in extractions if is_live(x.document)}
    # A lede whose own days all fall before the development tells an earlier news (or was
    # read against a wrong page date: "the AP declared on Thursday" on a page dated the
    # day before that Thursday reads as the week before): not where things stand.
    earlier = _dated_before(extractions, when.first)
    ledes: dict[str, Candidate] = {}
    for c in candidates:
        if c.evidence.doc in live or earlier(c):
            continue
        lede = ledes.get(c.evidence.doc)
        if c.evidence.doc in fresh and (lede is None or c.evidence.start < lede.evidence.start):
            ledes[c.evidence.doc] = c
    # A lede tells the development when it says what a report of it says, or the same
    # as another fresh report's lede (two sources putting the same news first), or when
    # its own article goes on to report it (a quotation or a detail dates the development
    # further down: "Swine flu has become the first pandemic …" above "'The world is
    # moving into …,' Chan told reporters").
    idf = Idf(terms(c.text) for c in candidates)
    vectors = [(m.doc, idf.vector(terms(m.evidence.sentence))) for m in told]
    below: dict[str, int] = {}
    for m in told:
        below[m.doc] = max(below.get(m.doc, -1), m.evidence.start)
    telling: dict[str, float] = {}
    for doc, c in ledes.items():
        # The same lede word for word is one text copied (a blog post reposted, wire copy
        # run by several sites), not two sources putting the same news first.
        same = [cosine(c.vector, o.vector) for d, o in ledes.items() if d != doc]
        tells = max(
            [cosine(c.vector, v) for _, v in vectors]
            + [x for x in same if x >= DUPLICATE and x < COPY]
        )
        # Its article reports the development further down, and the lede shares a word with
        # that report (a background paragraph opening a page that mentions the news below
        # shares none: "Britain has invested a huge amount in its stockpile of Tamiflu").
        own = max((cosine(c.vector, v) for d, v in vectors if d == doc), default=0.0)
        reports_it = below.get(doc, -1) > c.evidence.start and own > 0.0
        if (tells >= SAME_NEWS or reports_it) and not c.text.startswith(_QUOTES):
            telling[doc] = tells
    if telling:
        return min(
            (ledes[doc] for doc in telling),
            key=lambda c: (-telling[c.evidence.doc], -c.score, c.evidence.doc, c.evidence.start),
        )
    options = [
        c
        for c in candidates
        if not c.text.startswith(_QUOTES)
        and any(
            m.doc == c.evidence.doc and c.evidence.start <= m.evidence.start < c.evidence.end
            for m in told
        )
    ]
    return min(
        options,
        key=lambda c: (c.evidence.doc in live, -c.score, c.evidence.doc, c.evidence.start),
        default=None,
    )


def period_outcome(
    standing: Candidate | None,
    candidates: Sequence[Candidate],
    events: Sequence[Event],
    published: Mapping[str, date | None],
) -> Candidate | None:
    """The period's outcome, when ``standing`` (the latest development's sentence) tells
    none: in a story of contests, where things stand is the weightiest result decided in
    the period ("X's victory in the state all but sealed the nomination"), not a later
    running count ("X led 212,205 to 210,424") or a later day's scene.

    A result is a candidate telling a contest decided (``contests.settles``), as its
    report's news (a day of its own news cycle in its own words, ``_dates_news``), no
    quotation and no background. A contest of a kind decided in several news cycles (a
    season of primaries) stands at its latest cycle's results; a result's weight is its
    score (centrality over the whole corpus and the sources opening on it) shared among
    those cycles: one primary of a season settles a step, the nomination settled once
    settles the race. A ``standing`` sentence telling a result is kept; with no result
    in the period, so is whatever ``standing`` is."""
    if standing is not None and decided_result(standing.text):
        return standing
    results = [
        (c, contest)
        for c in candidates
        if not c.background
        and not c.routine
        and not c.text.startswith(_QUOTES)
        and decided_result(c.text)  # kept between builds; ``settles`` only where one holds
        and (contest := settles(c.text)) is not None
        and published.get(c.evidence.doc) is not None
        and _dates_news(c, events, published)
    ]
    days: dict[str, list[date]] = {}
    for c, contest in results:
        days.setdefault(contest, []).append(published[c.evidence.doc] or date.min)
    cycles = {contest: _cycles(told) for contest, told in days.items()}
    # A series stands at its latest step: of a season of primaries, the last cycle's.
    last = {contest: max(told) for contest, told in days.items()}
    latest = [
        (c, contest)
        for c, contest in results
        if (published[c.evidence.doc] or date.min) >= last[contest] - _CYCLE
    ]
    best = min(
        latest,
        key=lambda r: (
            -r[0].score / cycles[r[1]],
            -(published.get(r[0].evidence.doc) or date.min).toordinal(),
            r[0].evidence.doc,
            r[0].evidence.start,
        ),
        default=None,
    )
    return best[0] if best is not None else standing


def _cycles(days: Sequence[date]) -> int:
    """How many news cycles (``NEWS_DAYS`` apart or more) ``days`` fall in."""
    ordered = sorted(days)
    return 1 + sum(b - a > _CYCLE for a, b in pairwise(ordered))


def _dated_before(extractions: Sequence[Extraction], first: date) -> Callable[[Candidate], bool]:
    """Whether a candidate's sentence dates days, and every one of them is before ``first``
    (its timexes of a day or finer; a year or a month named in passing is background)."""
    days: dict[str, list[tuple[int, date]]] = {}
    for x in extractions:
        for t in x.timexes:
            when = When.of(t.value)
            if when is not None and when.granularity == "day":
                days.setdefault(x.document.id, []).append((t.start, when.first))

    def earlier(c: Candidate) -> bool:
        own = [
            d for at, d in days.get(c.evidence.doc, ()) if c.evidence.start <= at < c.evidence.end
        ]
        return bool(own) and max(own) < first

    return earlier


def closing_news(
    candidates: Sequence[Candidate],
    events: Sequence[Event],
    extractions: Sequence[Extraction],
    published: Mapping[str, date | None],
) -> Candidate | None:
    """The lede telling the news of the corpus's last news cycle, when that cycle tells one
    news: the documents published within ``NEWS_DAYS`` of the last publication day all put
    the same news first (cosine at least ``SAME_NEWS``), and a lede dates it to its own
    cycle in its own words ("a federal appeals court Thursday refused ...").

    Corroboration by several sources (``standing.latest_development``) is what a corpus
    with many reports a day gives; a sparse archive (wire copy gathered over months) tells
    its later developments one or two reports at a time, and its last report is the latest
    state of the story. When the last cycle holds reports of different news, or the corpus
    covers the story daily (a last cycle of one report is then where the collection
    stopped, not where the story did), None.
    """
    end = archive_end(extractions, published)
    if end is None:
        return None
    live = {x.document.id for x in extractions if is_live(x.document)}
    ledes: dict[str, Candidate] = {}
    for c in candidates:
        day = published.get(c.evidence.doc)
        if c.evidence.doc in live or day is None or day < end - _CYCLE:
            continue
        lede = ledes.get(c.evidence.doc)
        if lede is None or c.evidence.start < lede.evidence.start:
            ledes[c.evidence.doc] = c
    if not ledes:
        return None
    if any(
        cosine(a.vector, b.vector) < SAME_NEWS
        for a in ledes.values()
        for b in ledes.values()
        if a.evidence.doc < b.evidence.doc
    ):
        return None  # the last days tell several stories: no one of them is where it ends
    dated = [c for c in ledes.values() if _dates_news(c, events, published)]
    return min(
        dated,
        key=lambda c: (c.text.startswith(_QUOTES), -c.score, c.evidence.doc),
        default=None,
    )


def archive_end(
    extractions: Sequence[Extraction], published: Mapping[str, date | None]
) -> date | None:
    """The last publication day of a sparse archive (its typical report shares its news
    cycle with ``ARCHIVE_CYCLE`` others at most: wire copy gathered over months, whose
    later developments come one or two reports at a time); None for a corpus covering its
    story daily, or with no dated report. Live pages are no reports of their own day."""
    live = {x.document.id for x in extractions if is_live(x.document)}
    days = sorted(day for doc, day in published.items() if day is not None and doc not in live)
    if not days or _typical_cycle(days) > ARCHIVE_CYCLE:
        return None
    return days[-1]


def _typical_cycle(days: Sequence[date]) -> int:
    """How many other documents the median document of sorted ``days`` shares its news
    cycle (``NEWS_DAYS`` either side) with."""
    near = sorted(
        bisect_right(days, day + _CYCLE) - bisect_left(days, day - _CYCLE) - 1 for day in days
    )
    return near[len(near) // 2]


def _dates_news(
    lede: Candidate, events: Sequence[Event], published: Mapping[str, date | None]
) -> bool:
    """Whether ``lede`` tells something done in the news cycle of its report, dated by
    its own words (not a plan, not a reading of an undated sentence)."""
    day = published.get(lede.evidence.doc)
    if day is None:
        return False
    for event in events:
        for m in event.mentions:
            if m.doc != lede.evidence.doc or m.scheduled or m.anchor != "own":
                continue
            if not lede.evidence.start <= m.evidence.start < lede.evidence.end:
                continue
            when = m.when
            if when is not None and day - _CYCLE <= when.first and when.last <= day:
                return True
    return False


def overtaken(
    candidates: Sequence[Candidate], published: Mapping[str, date | None]
) -> set[tuple[str, int]]:
    """(document, start) of the candidates telling news as about to happen ("Trump appeared
    poised to win his first contest") that a source published on a later day tells again,
    as news of its own: the outcome is known, and the preview is where the story was. So
    too a contest told as still open ("was too close to call") that a later source tells
    with its result (``announcing.open_contest``, ``tells_result``)."""
    # each sentence read for a preview once, not once for every preview it is compared with
    dated = [
        (c, published.get(c.evidence.doc), _AHEAD.search(c.text) is not None) for c in candidates
    ]
    contests = {id(c) for c, _, _ in dated if open_contest(c.text)}
    results = {id(c) for c, _, _ in dated if contests and tells_result(c.text)}
    later_news = _later_news([(o, later) for o, later, told_ahead in dated if not told_ahead])
    length = _lengths()
    out = set()
    for c, day, ahead in dated:
        if day is None or not (ahead or id(c) in contests):
            continue
        told = results if not ahead else None
        if any(
            (told is None or id(o) in told)
            and cosine(c.vector, o.vector, length(o), length(c)) >= SAME_NEWS
            for o, _ in later_news(c.vector, day)
        ):
            out.add((c.evidence.doc, c.evidence.start))
    return out


def _lengths() -> Callable[[Candidate], float]:
    """Each candidate's vector's norm, worked out at its first asking: a preview is weighed
    against each later report sharing a term with it, and each report against every
    preview it shares one with (~80,000 pairs at 1,600 articles), where ``cosine`` alone
    would work out both norms again for each pair (docs/scale.md Part DB)."""
    known: dict[int, float] = {}

    def length(c: Candidate) -> float:
        found = known.get(id(c))
        if found is None:
            found = known[id(c)] = norm(c.vector)
        return found

    return length


def _later_news(
    reports: Sequence[tuple[Candidate, date | None]],
) -> Callable[[Iterable[str], date], Iterator[tuple[Candidate, date]]]:
    """Each of ``reports`` published after a day that shares one of some terms, once, with
    its day. A cosine of ``SAME_NEWS`` or more needs a shared term, so no other report can
    tell a candidate's news: asked of each term's reports in day order, a preview is
    compared with the later pages on its words, not with every candidate of the corpus (a
    pairwise loop that grew with the square of the corpus: docs/scale.md, Part BT)."""
    ordered = sorted((later, n) for n, (_, later) in enumerate(reports) if later is not None)
    days = [later for later, _ in ordered]
    found = [reports[n][0] for _, n in ordered]
    # A term's reports are filed as their ranks in day order: one int a posting, shared by
    # the report's terms, not a (day, index) pair each (~70 bytes a posting with its slot,
    # against 8): the index is built over the corpus's candidates twice in the summary
    # stage, and at 1,509 documents the pairs set its peak (docs/scale.md, Part BX).
    postings: dict[str, list[int]] = defaultdict(list)
    for rank, report in enumerate(found):
        for t in report.vector:
            postings[t].append(rank)

    def after(words: Iterable[str], day: date) -> Iterator[tuple[Candidate, date]]:
        seen: set[int] = set()
        first = bisect_right(days, day)  # the first report published after ``day``
        for t in words:
            held = postings.get(t, [])
            for rank in held[bisect_left(held, first) :]:
                if rank not in seen:
                    seen.add(rank)
                    yield found[rank], days[rank]

    return after


def overtaken_plans(
    candidates: Sequence[Candidate],
    events: Sequence[Event],
    published: Mapping[str, date | None],
) -> set[tuple[str, int]]:
    """(document, start) of the candidates announcing a happening for a later day than
    their report's (a scheduled mention: "the concert at the stadium on 8 October", "is to
    be sentenced on Friday") that a page published later, on or after that day, tells as
    news of its own (not announced ahead itself): it tells the same news, or names the
    happening by its word ("… joined thousands of fans for a memorial concert"). The
    happening is past, and shown beside that page's news the preview reads as still to
    come. Unlike ``overtaken``, the preview need not be worded as one ("is the latest act
    to be added to the bill for the concert on 8 October"): its date says it. A happening
    in a modifier of the sentence (``_main_news``: "in advance of a 29 November hearing")
    is not its news: only the same news told again overtakes that sentence, and never a
    figure's."""
    days = {c.evidence.doc: published.get(c.evidence.doc) for c in candidates}
    by_doc = defaultdict(list)
    first_at: dict[tuple[str, int], Candidate] = {}
    for c in candidates:
        by_doc[c.evidence.doc].append(c)
        first_at.setdefault((c.evidence.doc, c.evidence.start), c)
    # each preview's earliest announced day, and the words naming what it announces
    held: dict[tuple[str, int], date] = {}
    named: dict[tuple[str, int], set[str]] = defaultdict(set)
    for event in events:
        for m in event.mentions:
            day, when = days.get(m.doc), m.when
            if not m.scheduled or day is None or when is None or when.first <= day:
                continue
            main = _main_news(m)
            for c in by_doc.get(m.doc, ()):
                # A figure set ahead of a happening ("2,203 are a majority even before the
                # last primary next week") is a count as of its report's day, which the
                # series' later counts follow (``figures.latest_counts``): only a figure
                # whose own news is the happening announced is a preview.
                if c.evidence.start <= m.evidence.start < c.evidence.end and (main or not c.figure):
                    key = (c.evidence.doc, c.evidence.start)
                    held[key] = min(held.get(key, when.first), when.first)
                    # A happening in a modifier is not what the sentence tells: a later
                    # page naming it does not tell the sentence's news again.
                    if m.lemma and m.lemma not in _LIGHT_VERBS and main:
                        named[key].update(terms(m.lemma))
    if not held:
        return set()
    reports = [
        (o, later)
        for o in candidates
        if (o.evidence.doc, o.evidence.start) not in held
        and (later := days.get(o.evidence.doc)) is not None
        and _AHEAD.search(o.text) is None
    ]
    # a page that tells the news again shares a term with the preview, or names its
    # happening: only the later pages on those words are read (``_later_news``)
    later_news = _later_news(reports)
    length = _lengths()
    out = set()
    for key, first in held.items():
        c = first_at[key]
        day = days[key[0]]
        words = named.get(key, set())
        if day is not None and any(
            later >= first
            and (
                cosine(c.vector, o.vector, length(o), length(c)) >= SAME_NEWS
                or any(t in o.vector for t in words)
            )
            for o, later in later_news(set(c.vector) | words, day)
        ):
            out.add(key)
    return out


def _main_news(mention: EventMention) -> bool:
    """Whether a scheduled mention is its sentence's news, not a modifier of it. The
    extract stage narrows a mention's evidence to the phrase when the date is not the main
    clause's (``extract.news_span``: a relative clause, another time's clause) or dates a
    noun ("a 29 November hearing"); a whole-sentence span is the main clause's. A narrowed
    noun phrase may still be the news, as the main verb's argument ("is the latest act
    added to the bill for the concert on 8 October", "expect X to win Monday's debate"),
    unless a time word or a relative pronoun sets it off: the memorandum filed "in advance
    of" the hearing is news of the filing, already done."""
    ev = mention.evidence
    if ev.start <= ev.sentence_start and ev.end >= ev.sentence_start + len(ev.sentence.rstrip()):
        return True
    at = ev.start - ev.sentence_start
    until = (mention.predicate[0] if mention.predicate else ev.end) - ev.sentence_start
    before = " ".join(ev.sentence[:at].split()[-_HEADING_WORDS:])
    return _MODIFIER.search(f"{before} {ev.sentence[at : max(at, until)]}") is None


def is_live(document: Document) -> bool:
    """A live page: entries headed by their times (the structure stage marks them)."""
    return sum(b.kind == "live_header" for b in document.blocks) >= 2


def latest_first(
    chosen: Sequence[Candidate],
    published: Mapping[str, date | None],
    weight: Callable[[Candidate], int] | None = None,
) -> list[Candidate]:
    """The bottom line says where things stand: among the judgments scoring nearly as
    high as the best, the one from the latest source leads (a sentence handed down, not
    the early charge). Given ``weight`` (how many independent sources tell a judgment's
    news: ``threads.reach``), those of the thread the most sources tell come first: in a
    week's brief with no corroborated development, the latest one-source aside is not
    where the week's story stands (the judgments all tell one source each: as before)."""
    if not chosen:
        return []
    heaviest = list(chosen)
    if weight is not None:
        weights = {id(c): weight(c) for c in chosen}
        most = max(weights.values())
        heaviest = [c for c in chosen if weights[id(c)] == most]
    top = max(c.score for c in heaviest)
    close = [c for c in heaviest if c.score >= BOTTOM_LINE_SHARE * top]
    lead = max(close, key=lambda c: (published.get(c.evidence.doc) or date.min, c.score))
    return [lead, *(c for c in chosen if c is not lead)]
