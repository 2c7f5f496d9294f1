"""A week's bottom line tells the thread the most sources report, not the latest aside.

A week's brief often has no development two sources date alike; its bottom line then
comes from the judgments, and the latest of them may be one page's aside (a column, a
talk-show remark) while several papers told the week's news two days earlier.
"""

from __future__ import annotations

from datetime import date

from briefgen.aggregate.terms import Idf, terms
from briefgen.bottomline import Candidate, latest_first
from briefgen.models import Evidence
from briefgen.threads import reach

SANK = "The harbour ferry sank near the north pier with forty passengers on board."
# three papers telling the sinking in their own words, on the Monday and the Tuesday
TOLD = {
    "a": SANK,
    "b": "Forty passengers were on board when the harbour ferry sank by the north pier.",
    "c": "The harbour ferry sank off the north pier on Monday, with forty passengers aboard.",
}
# one page's aside on the Saturday, sharing no news with the sinking
ASIDE = "A radio host said the town's new mayor dresses badly for council meetings."
DAYS = {
    "a": date(2021, 5, 3),
    "b": date(2021, 5, 4),
    "c": date(2021, 5, 4),
    "d": date(2021, 5, 8),
    "e": date(2021, 5, 8),
}
IDF = Idf(terms(t) for t in (*TOLD.values(), ASIDE))


def _candidate(doc: str, text: str, score: float, sources: int = 0) -> Candidate:
    evidence = Evidence(doc, 0, len(text), text, text, 0)
    return Candidate(text, evidence, IDF.vector(terms(text)), score, sources=sources)


def _week() -> list[Candidate]:
    """The sinking told by three papers, the aside by one page, a shade higher scored."""
    told = [_candidate(doc, text, 0.5) for doc, text in TOLD.items()]
    return [_candidate("d", ASIDE, 0.52), *told]


def test_reach_counts_the_papers_telling_one_news_and_a_copy_once() -> None:
    pool = _week()
    assert reach(pool[1], pool, DAYS) == 3
    assert reach(pool[0], pool, DAYS) == 1
    # the same page run word for word by another site is one source
    copied = [*pool, _candidate("e", ASIDE, 0.52)]
    assert reach(copied[0], copied, DAYS) == 1


def test_bottom_line_tells_the_thread_most_sources_tell_not_the_latest_aside() -> None:
    pool = _week()
    chosen = [pool[0], pool[1]]  # one judgment per thread: the aside, the sinking
    lead = latest_first(chosen, DAYS, lambda c: reach(c, pool, DAYS))[0]
    assert lead.text == SANK
    # judged alone, the latest of the judgments scoring nearly as high leads, as before
    assert latest_first(chosen, DAYS)[0].text == ASIDE


def test_of_the_leading_thread_the_latest_telling_leads() -> None:
    pool = _week()
    later = pool[3]  # paper c's telling, published a day after paper a's
    chosen = [pool[1], later, pool[0]]
    lead = latest_first(chosen, DAYS, lambda c: reach(c, pool, DAYS))[0]
    assert lead is later
