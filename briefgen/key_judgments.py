"""The key judgments' choice: maximal marginal relevance over the candidate sentences, one
sentence per news thread (no two saying the same thing, none retelling a chosen one's news
in its news cycle or recalling it later as background, two days' happenings kept apart).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from datetime import date

from briefgen.aggregate.terms import cosine
from briefgen.bottomline import DUPLICATE, NEWS_DAYS, SAME_NEWS, Candidate
from briefgen.happenings import (
    Dated,
    Happenings,
    after_publication,
    distinct_happenings,
    happenings_in,
    retold_happening,
)

# MMR trade-off between relevance and novelty.
MMR_LAMBDA = 0.7


def retells(
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


def mmr(
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
    gather that day's several developments; ``dated`` tells two days' apart.

    One sentence per page first: a page one chosen (or one of ``told``: the bottom line)
    came from gives another only when no other page has one left, so a report's second
    and third paragraphs never displace another page's news. And a page of entries'
    lines (``Candidate.entry``: a live page's exit-poll share, an aide's aside) come after
    every other page's: an update is one among many, where a report puts its news first."""
    pool = list(candidates[:300])
    if published is not None:
        pool = [c for c in pool if not any(_same_thread(c, s, published, dated) for s in told)]
    # What each candidate is compared with only grows, one chosen at a time: its overlap is
    # the largest so far, and once a near-duplicate or a retelling of one chosen it stays
    # one (each pair is compared once, not again at each choice).
    overlaps = [0.0] * len(pool)
    chosen: list[Candidate] = []
    docs: dict[str, int] = defaultdict(int)
    for c in told:
        docs[c.evidence.doc] += 1
    while pool and len(chosen) < k:
        best: int | None = None
        best_key: tuple[float, bool, float] = (float("inf"), True, float("inf"))
        for i, c in enumerate(pool):
            # The pages drawn from least first, other pages' lines before a page of entries';
            # then relevance less overlap with what is chosen.
            value = MMR_LAMBDA * c.score - (1 - MMR_LAMBDA) * overlaps[i]
            value -= 0.03 * docs[c.evidence.doc]
            key = (docs[c.evidence.doc], c.entry, -value)
            if key < best_key:
                best, best_key = i, key
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
    """Whether ``c`` and ``s`` tell one news thread (``retells``, ``_recalls``), or date
    one happening, one of them retelling it later (``happenings.retold_happening``)."""
    return (
        (dated is not None and _retold(c, s, published, dated))
        or retells(c, s, published, dated)
        or _recalls(c, s, published, dated)
        or _recalls(s, c, published, dated)
    )
