"""The bottom line tells one of the story's main threads, not one page's aside.

The bottom line is chosen as the story's latest development (``standing``), a closing
thread or the latest of the best judgments (``bottomline.latest_first``). In a corpus
sampling many publishers on many threads (a month of a campaign: the race, the debates,
an inquiry), the latest development two pages date alike may be told best by one page's
angle on it ("a group is out with a new ad hitting him for skipping the debate"), while
the period's main threads are told by many documents in many words.

A sentence's or a cluster's own sources undercount a thread: sources word one thread
differently, so few sentences and few event clusters gather more than two or three of
them, and the latest step of the main thread (a sentence handed down) is told in fewer
sentences than its earlier steps. What the documents share is the thread's words: a
document tells a summary item's thread as far as it holds the words of its sentence,
each weighed by its rarity across the documents (``coverage``: an expected count of
documents, with no bar to tune). The summary's items are the story's distinct news
(maximal marginal relevance); the better-covered half of them are its main threads, the
rest its asides. The bottom line stays unless it is among the asides; then the latest
report among the main threads gives it (recency breaks ties among important threads).
Only a report published on the lead's day or later takes its place: an earlier one, however
well covered, is where the story stood before. A later line dating a happening the lead's
page reports is the same thread told again (the development the lead was chosen to tell,
retold in other words), not another.

A decided result (``contests.decided_result``: a nomination won, a sentence handed down)
stays whatever its words' coverage: it is the outcome a story of contests stands at
(``bottomline.period_outcome``), and the step that ends a thread is told in fewer words
than the steps before it, which background paragraphs repeat for weeks.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from datetime import date

from briefgen.aggregate.terms import distinct_terms
from briefgen.bottomline import Candidate
from briefgen.contests import decided_result
from briefgen.happenings import Dated, happenings_in

__all__ = ["coverage", "lead_main_thread"]

_QUOTES = ('"', "“", "‘", "«")


def coverage(
    sentences: Sequence[str],
    texts: Mapping[str, str],
    content: Mapping[str, Sequence[str]] | None = None,
) -> list[float]:
    """For each of ``sentences``, how many of the documents (``texts``) tell it: the sum
    over documents of the share of the sentence's terms each holds, a term weighed by its
    inverse document frequency (a word every document uses says nothing of a thread).
    ``content``: each document's terms (``distinct_terms`` of its text) when the build has
    them from its cache, so that a rebuild reads no text again for them."""
    asked = [distinct_terms(s) for s in sentences]
    wanted = frozenset().union(*asked) if asked else frozenset()
    held = [
        wanted.intersection(content[doc])
        if content is not None and doc in content
        else distinct_terms(text) & wanted
        for doc, text in texts.items()
    ]
    total = len(held)
    if not total:
        return [0.0 for _ in sentences]
    df: dict[str, int] = {}
    for terms in held:
        for t in terms:
            df[t] = df.get(t, 0) + 1
    idf = {t: math.log(total / n) for t, n in df.items()}
    out = []
    for terms in asked:
        mass = sum(idf.get(t, 0.0) for t in terms)
        if mass <= 0:
            out.append(0.0)
            continue
        out.append(sum(sum(idf.get(t, 0.0) for t in terms & h) for h in held) / mass)
    return out


def lead_main_thread(
    chosen: Sequence[Candidate],
    texts: Mapping[str, str],
    published: Mapping[str, date | None],
    dated: Dated | None = None,
    content: Mapping[str, Sequence[str]] | None = None,
) -> list[Candidate]:
    """``chosen`` (the bottom line, then the key judgments) with a bottom line of the
    story's main threads: when the lead's coverage ranks below the better-covered half of
    the items, the latest-published of that half leads instead, if published on the lead's
    day or later (no quotation, no line recalling only older events, none dating a
    happening the lead's page reports: ``dated``, ``happenings.dated_happenings``), the
    old lead the first judgment. A lead telling a decided result is kept. Else as given.
    ``content``: each document's terms when the build has them (``coverage``)."""
    if len(chosen) < 2 or decided_result(chosen[0].text):
        return list(chosen)
    covered = coverage([c.evidence.sentence for c in chosen], texts, content)
    main = math.ceil(len(chosen) / 2)

    def rank(i: int) -> int:
        return 1 + sum(other > covered[i] for other in covered)

    if rank(0) <= main:
        return list(chosen)
    dated = dated or {}
    since = published.get(chosen[0].evidence.doc) or date.min
    told = {event for _, event, _ in dated.get(chosen[0].evidence.doc, ())}
    options = [
        i
        for i in range(1, len(chosen))
        if rank(i) <= main
        and not chosen[i].background
        and not chosen[i].text.startswith(_QUOTES)
        and (published.get(chosen[i].evidence.doc) or date.min) >= since
        and published.get(chosen[i].evidence.doc) is not None
        and not told & {e for e, _ in happenings_in(dated, *_span(chosen[i]))}
    ]
    if not options:
        return list(chosen)
    lead = max(
        options,
        key=lambda i: (published.get(chosen[i].evidence.doc) or date.min, covered[i], -i),
    )
    return [chosen[lead], *(c for i, c in enumerate(chosen) if i != lead)]


def _span(c: Candidate) -> tuple[str, int, int]:
    return c.evidence.doc, c.evidence.start, c.evidence.end
