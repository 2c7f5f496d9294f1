"""Story weight: the news threads several sources open on.

News is written as an inverted pyramid: each report puts its news in its lede, and the
paragraphs below give reactions, background and detail. A development several
independent sources open on within one news cycle weighs more than a detail one page
gives in its ninth paragraph, however central its words are to the corpus
(``lede_support``). A line the genre repeats (``routine.templates``) gets no support.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence, Set
from dataclasses import dataclass, replace
from datetime import date, timedelta

from briefgen.aggregate.terms import Idf, cosine, terms
from briefgen.bottomline import COPY, DUPLICATE, NEWS_DAYS, SAME_NEWS, Candidate
from briefgen.price_quotes import quotes_price, tells_market_statistics
from briefgen.reported_periods import repeats_longer_period
from briefgen.routine import COMPARED, READ, extends_deadline, templates
from briefgen.subjects import other_subject, subjects_of

__all__ = ["Opening", "closing_thread", "lede_support", "reach", "weigh"]

# What each independent source opening on the same news adds to a sentence's score, for
# up to THREAD_SOURCES sources: the weight of its thread in the story.
THREAD = 0.05
THREAD_SOURCES = 4
# A bottom line with no corroborated development tells news this many sources of the last
# news cycle open on.
CLOSING_SOURCES = 2
# Two sentences of two sources this similar (cosine of tf-idf) in one news cycle tell one
# news (``reach``). A lede matching a report deeper in a page needs less (``SAME_NEWS``);
# two sentences each naming the story's principals share that much by their names alone
# ("Trump", "Republican nominee", "Fox News").
TOLD_SAME = 0.3


Told = tuple[str, Mapping[str, float], frozenset[str]]


def lede_support(
    sentences: Sequence[Told],
    ledes: Sequence[Told],
    published: Mapping[str, date | None],
    *,
    same_news: float,
    copy: float,
    days: int,
) -> list[int]:
    """For each (document, vector, subjects) of ``sentences``, how many independent
    documents published within ``days`` of it open (``ledes``: each document's lede
    sentences) on the same news: a lede as similar as ``same_news`` (cosine) and not about
    another subject (``other_subject``: two companies' notices alike in words are two
    news). Its own document counts when its lede tells it, and a lede copied word for word
    (cosine ``copy``) counts once."""
    by_doc: dict[str, list[tuple[Mapping[str, float], frozenset[str]]]] = defaultdict(list)
    for doc, vector, subject in ledes:
        by_doc[doc].append((vector, subject))
    out = []
    for doc, vector, subject in sentences:
        day = published.get(doc)
        if day is None or not vector:
            out.append(0)
            continue
        told: list[Mapping[str, float]] = []
        for other, opening in by_doc.items():
            when = published.get(other)
            if when is None or abs((when - day).days) > days:
                continue
            same = [v for v, s in opening if not other_subject(subject, s)]
            best = max(same, key=lambda v: cosine(vector, v), default={})
            if cosine(vector, best) < same_news:
                continue
            if other != doc and any(cosine(best, t) >= copy for t in told):
                continue  # wire copy run again by another site: one source
            told.append(best)
        out.append(len(told))
    return out


@dataclass(frozen=True)
class Opening:
    """Where each document's news is told: the (document, start) of its lede sentences,
    of its first body sentence, and of the sentences recalling only older events."""

    ledes: Set[tuple[str, int]] = frozenset()
    first: Set[tuple[str, int]] = frozenset()
    background: Set[tuple[str, int]] = frozenset()


def weigh(
    ranked: list[Candidate],
    ledes: Mapping[str, list[str]],
    idf: Idf,
    published: Mapping[str, date | None],
    opening: Opening,
) -> list[Candidate]:
    """The best ``READ`` candidates rescored by the weight of their news thread: a lede
    sentence (``opening``) gains for each independent source opening on the same news
    within ``NEWS_DAYS`` (``lede_support``; ``ledes``: each document's lede
    sentences, read with the candidates' ``idf``). The inverted pyramid puts the news
    first: the same words in paragraph 20, or recalling an older event, tell it in passing.
    A line told in one shape of other subjects across the corpus (``routine.templates``)
    gets no support, and but as its article's first sentence it is the genre's routine.
    Then the rest as they were."""
    pool = ranked[:READ]
    keys = [(c.evidence.doc, c.evidence.start) for c in pool]
    told = [(doc, text) for doc, texts in ledes.items() for text in texts]
    # The subjects asked are those of the lines ``templates`` compares and of the ledes;
    # the rest of the ranked lines only tell which names are common (``subjects_of``'s
    # ``among``): a large corpus's tens of thousands have none kept.
    read = min(len(ranked), len(pool) * COMPARED)
    texts = [*((c.evidence.doc, c.text) for c in ranked[:read]), *told]
    subjects = subjects_of(
        texts,
        {doc: lines[0] for doc, lines in ledes.items() if lines},
        among=[(c.evidence.doc, c.text) for c in ranked[read:]],
    )
    routine = templates(texts[:read], subjects[:read], read=len(pool))
    # a share's closing quote is business copy's routine however few reports the corpus
    # holds to read its shape from (``price_quotes``)
    routine |= {
        i for i, c in enumerate(pool) if quotes_price(c.text) or tells_market_statistics(c.text)
    }
    # ... and so is an earnings story's cumulative-period repeat of its quarter's figures
    # (``reported_periods.repeats_longer_period``), read against the story's other lines
    lines: dict[str, list[str]] = {}
    for doc, text in texts[:read]:
        lines.setdefault(doc, []).append(text)
    routine |= {
        i
        for i, c in enumerate(pool)
        if repeats_longer_period(c.text, lines.get(c.evidence.doc, ()))
    }
    # A notice moving a deadline is routine even as its article's lede (``extends_deadline``).
    notices = {i for i, c in enumerate(pool) if extends_deadline(c.text)}
    support = lede_support(
        [
            (
                c.evidence.doc,
                c.vector if k in opening.ledes and k not in opening.background else {},
                subject,
            )
            for c, k, subject in zip(pool, keys, subjects, strict=False)
        ],
        [
            (doc, idf.vector(terms(text)), subject)
            for (doc, text), subject in zip(told, subjects[read:], strict=True)
        ],
        published,
        same_news=SAME_NEWS,
        copy=COPY,
        days=NEWS_DAYS,
    )
    out = []
    for i, (c, n) in enumerate(zip(pool, support, strict=True)):
        if i in notices:
            out.append(replace(c, routine=True))
            continue
        if i in routine:
            # a series' latest count is where the story stands, however routine its line
            out.append(replace(c, routine=keys[i] not in opening.first and not c.count))
            continue
        bonus = THREAD * min(n, THREAD_SOURCES)
        back = keys[i] in opening.background
        out.append(replace(c, score=round(c.score + bonus, 6), sources=n, background=back))
    out.sort(key=lambda c: (-c.score, c.evidence.doc, c.evidence.start))
    return out + ranked[READ:]


def reach(
    candidate: Candidate, pool: Sequence[Candidate], published: Mapping[str, date | None]
) -> int:
    """How many independent documents tell ``candidate``'s news: its own, and each other
    document of ``pool`` with a sentence saying what it says (``DUPLICATE``) or telling
    its news again within ``NEWS_DAYS`` (``TOLD_SAME``). A sentence copied word for word
    (cosine ``COPY``: wire copy run by another site) is no second source.

    Lede support (``lede_support``) counts the ledes near a lede in words, so one page's
    view of the race can borrow the support of the week's other reports on it; reach asks
    that another source tell the news itself."""
    docs = {candidate.evidence.doc}
    day = published.get(candidate.evidence.doc)
    for other in pool:
        if other.evidence.doc in docs:
            continue
        similar = cosine(other.vector, candidate.vector)
        if similar >= COPY or similar < TOLD_SAME:
            continue
        when = published.get(other.evidence.doc)
        near = day is not None and when is not None and abs((when - day).days) <= NEWS_DAYS
        if similar >= DUPLICATE or near:
            docs.add(other.evidence.doc)
    return len(docs)


def closing_thread(
    candidates: Sequence[Candidate], published: Mapping[str, date | None]
) -> Candidate | None:
    """Where the story stands when no development is corroborated: the news most sources
    of the corpus's last news cycle open on (at least ``CLOSING_SOURCES``), told by a lede
    of that cycle that is no one's quotation."""
    days = [d for d in published.values() if d is not None]
    if not days:
        return None
    end = max(days)
    last = [
        c
        for c in candidates
        if c.sources >= CLOSING_SOURCES
        and not c.text.startswith(('"', "“", "‘"))
        and (published.get(c.evidence.doc) or date.min) >= end - timedelta(NEWS_DAYS)
    ]
    return max(last, key=lambda c: (c.sources, c.score), default=None)
