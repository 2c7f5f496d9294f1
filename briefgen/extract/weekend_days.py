"""A weekend paper's "last week" dated by the day its own article gives the same happening.

A Saturday or Sunday paper's "last week" is either the week before the article's or the
working week just ended (``weekend_weeks``): the words do not say which, and the timeline
hides such a sentence unless another source dates its news. But a report often tells the
happening twice, once in summary ("withdrew from the concert last week") and once with its
day ("withdrew on Wednesday after a row with the promoter"). When the article dates the
same verb, with the same subject, to one day inside the two weeks "last week" may mean,
that day is the happening's, and the summary is dated so. Verbs of saying and light verbs
("said last week" … "said on Saturday") tell too many happenings to be one. With none, or
two different days, the ambiguity stays and so does the hiding.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace
from datetime import timedelta
from typing import TYPE_CHECKING

from briefgen.models import Document, EventMention
from briefgen.weekend_weeks import SATURDAY, weekend_last_week

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["weekend_weeks_dated"]


def weekend_weeks_dated(
    document: Document, sdoc: Doc, mentions: Sequence[EventMention]
) -> list[EventMention]:
    """``mentions`` with each weekend "last week" whose verb the article dates to one day
    of the two weeks it may mean ("withdrew on Wednesday") dated to that day."""
    published = document.dct
    if published is None or published.weekday() < SATURDAY:
        return list(mentions)
    first = published - timedelta(days=published.weekday() + 7)  # Monday of the week before
    # (a verb's lemma, its subject's head word): the days the article gives it
    days: dict[tuple[str, str], set[str]] = defaultdict(set)
    for m in mentions:
        when = m.when
        if m.anchor != "own" or m.scheduled or not m.timex.text or when is None:
            continue
        if when.day is None or not first <= when.day < published:
            continue
        for span in (m.predicate, *m.co_predicates):
            key = _happening(sdoc, span)
            if key is not None:
                days[key].add(when.day.isoformat())
    out: list[EventMention] = []
    for m in mentions:
        if weekend_last_week(m, published) and m.anchor == "own":
            key = _happening(sdoc, m.predicate)
            found = days.get(key, set()) if key is not None else set()
            if len(found) == 1:
                day = next(iter(found))
                m = replace(m, date=day, timex=replace(m.timex, value=day))
        out.append(m)
    return out


# Verbs that tell too many happenings of one person to pick one out: saying and light verbs.
_GENERIC = frozenset(
    """say tell add note write tweet ask answer speak talk claim argue insist be have do
    make get go take come give see know think""".split()  # noqa: SIM905 - a word list reads best as prose
)


def _happening(sdoc: Doc, span: tuple[int, int] | None) -> tuple[str, str] | None:
    """The verb at ``span`` in ``sdoc`` and its subject's head word, lower-cased ("withdraw",
    "brandt"), or None for no single verb, a generic one, or one with no named subject."""
    if span is None:
        return None
    words = sdoc.char_span(span[0], span[1], alignment_mode="expand")
    if words is None or len(words) != 1:
        return None
    verb = words[0]
    lemma = verb.lemma_.lower()
    if lemma in _GENERIC:
        return None
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subjects) != 1 or subjects[0].pos_ == "PRON":
        return None
    # the subject's name, however introduced: "The singer Ada Brandt" and "Brandt" are one
    names = [t for t in subjects[0].subtree if t.pos_ == "PROPN"]
    return lemma, (names[-1] if names else subjects[0]).lower_
