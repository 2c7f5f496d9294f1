"""Undated sentences that continue an event just dated ("a delegation arrived on 4 June …
the delegation met the minister"): they take its date, marked ``INHERITED``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from briefgen.extract.clauses import (
    clause_tokens,
    definite,
    happening,
    lemma_of,
    points_back,
    render,
    same_participant,
    subject,
)
from briefgen.extract.event_sentences import clause_actors, line_bounds, mention_id, span_of
from briefgen.extract.pagelines import is_note
from briefgen.models import Document, EventMention, Evidence, Mention, Timex

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# ``Timex.mod`` of a date a sentence takes from an earlier dated event (its text is empty).
INHERITED = "APPROX"

# How many sentences back "the delegation" may find "a delegation" of a dated event.
COREFERENCE_REACH = 3


def inherited_events(
    document: Document,
    sdoc: Doc,
    timexes: Sequence[Timex],
    dated: Sequence[EventMention],
    verbs: dict[str, int],
    mentions: Sequence[Mention],
) -> list[EventMention]:
    """Undated sentences telling a happening of an event just dated, with its date.

    A concrete past happening with no temporal expression takes the date of an
    event mention of its paragraph: one whose subject head its definite subject
    repeats ("a delegation" ... "the delegation", up to ``COREFERENCE_REACH``
    sentences back), or the one right before it that it points at ("at the end of
    which", "after the talks") or shares its subject noun with. The timex is empty,
    at the sentence start, with mod ``INHERITED``. Never reporting verbs, other
    paragraphs, chains, periods ("since 2014") or sentences dated by publication.
    """
    text = document.text
    anchors = [
        m
        for m in dated
        if m.timex.text and m.anchor == "own" and m.id in verbs and _pointlike(m.timex)
    ]
    if not anchors:
        return []
    lead = {m.evidence.start for m in dated if not m.timex.text}  # dated by publication
    out: list[EventMention] = []
    bounds: list[tuple[int, int]] = []
    for sent in sdoc.sents:
        start, end = line_bounds(text, sent.start_char, sent.end_char, sent.start_char)
        if start >= end:
            continue
        bounds.append((start, end))
        if start in lead or any(t.start < end and t.end > start for t in timexes):
            continue
        sentence = text[start:end]
        line = [t for t in sent if start <= t.idx < end]
        verb = happening(line)
        if verb is None or is_note(sentence, document, start) or not sentence.endswith((".", "!")):
            continue
        found = _anchor(text, sdoc, sentence, verb, bounds, anchors, verbs)
        if found is None:
            continue
        anchor, phrase = found
        skip = sdoc.char_span(start, start + phrase, alignment_mode="expand") if phrase else None
        clause = [t for t in clause_tokens(verb, skip) if start <= t.idx < end]
        description = render(clause)
        if len(description.split()) < 3:
            continue
        a = anchor.timex
        timex = Timex(start, start, "", a.type, a.value, INHERITED)
        out.append(
            EventMention(
                id=mention_id(document.id, start, end),
                doc=document.id,
                date=a.value,
                timex=timex,
                description=description,
                evidence=Evidence(document.id, start, end, sentence, sentence, start),
                actors=clause_actors(clause, mentions, start, end),
                predicate=span_of(verb),
                lemma=lemma_of(verb),
                anchor="inherited",
            )
        )
    return out


def _pointlike(timex: Timex) -> bool:
    """A date one happening can take: not "since 2014", "by May" or a span of months."""
    lo, _, hi = timex.value.partition("/")
    return timex.mod is None and (not hi or lo[:7] == hi[:7])


def _anchor(
    text: str,
    sdoc: Doc,
    sentence: str,
    verb: Token,
    bounds: Sequence[tuple[int, int]],
    anchors: Sequence[EventMention],
    verbs: dict[str, int],
) -> tuple[EventMention, int] | None:
    """The dated mention the sentence continues, and the length of its pointing phrase."""
    start = bounds[-1][0]
    earlier = bounds[-1 - COREFERENCE_REACH : -1]
    if not earlier:
        return None
    paragraph = text.rfind("\n", 0, start) + 1
    reach = max(earlier[0][0], paragraph)
    pool = sorted(
        (m for m in anchors if reach <= m.evidence.start and m.evidence.end <= start),
        key=lambda m: -m.evidence.start,
    )
    own = subject(verb)
    if own is not None and definite(own):
        for m in pool:
            if same_participant(own, subject(sdoc[verbs[m.id]])):
                return m, 0
    previous = [m for m in pool if m.evidence.start >= max(earlier[-1][0], paragraph)]
    if not previous:
        return None
    m = previous[0]
    phrase = points_back(sentence, {t.lemma_.lower() for t in sdoc[verbs[m.id]].sent})
    if phrase:
        return m, phrase
    if same_participant(own, subject(sdoc[verbs[m.id]])):
        return m, 0
    return None
