"""A timeline date's central happening when its chosen sentences do not tell it.

Several sources dating a happening to the day by its noun ("Sunday's attack in Orlando",
``dated_nouns``) make it the day's, whatever sentences the date's ranking chose. When none
of them tells it, the entry shows it, honestly and cited: the sentence the phrase is in,
when that sentence reads alone and its own news is of that day; otherwise the phrase
itself, quoted as written, with the sources that so date it. Never a sentence made up.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from briefgen.aggregate.terms import Idf, terms
from briefgen.dated_nouns import DatedNoun, Happening, tells
from briefgen.models import Cited, EventMention, TimelineEntry
from briefgen.retold import Said, date_key, figures_in, names_in
from briefgen.timeline_context import TimelineContext

__all__ = ["with_happening"]


def with_happening(
    entry: TimelineEntry,
    said: list[Said],
    happenings: Sequence[Happening],
    context: TimelineContext,
    limit: int,
    taken: set[tuple[str, int]],
    idf: Idf,
) -> tuple[TimelineEntry, list[Said]]:
    """``entry`` (and what its sentences say) with the day's most widely dated happening
    that none of its sentences tells, in place of its last sentence when it is full."""
    happening = next(iter(happenings), None)
    if happening is None or any(tells(c.text, happening) for c in entry.sentences):
        return entry, said
    cited = _sentence(happening, context, taken) or _phrase(happening)
    if cited is None:
        return entry, said
    first = cited.evidence[0]
    taken.add((first.doc, first.sentence_start))
    kept = list(entry.sentences[: limit - 1] if len(entry.sentences) >= limit else entry.sentences)
    told = said[: len(kept)]
    told.append(
        (first.doc, idf.vector(terms(cited.text)), names_in(cited.text), figures_in(cited.text))
    )
    sources = set(entry.sources) | set(happening.sources)
    return (
        replace(entry, sentences=(*kept, cited), sources=tuple(sorted(sources))),
        told,
    )


def _sentence(
    happening: Happening, context: TimelineContext, taken: set[tuple[str, int]]
) -> Cited | None:
    """The first sentence (by source id, then place) a dated noun of the happening
    is in that reads alone under the day and whose own news is of that day: every date
    its clauses give themselves is the day's ("Sunday's attack in Orlando killed 49")."""
    for noun in sorted(happening.nouns, key=lambda n: (n.evidence.doc, n.evidence.start)):
        ev = noun.evidence
        if (ev.doc, ev.sentence_start) in taken:
            continue
        ext = context.extractions.get(ev.doc)
        if ext is None:
            continue
        own = [
            m
            for m in ext.events
            if m.evidence.sentence_start == ev.sentence_start and m.anchor == "own"
        ]
        if not own or any(date_key(m.date) != happening.day or m.scheduled for m in own):
            continue
        text = context.shown(_main(own), happening.day)
        if text:
            return Cited(text, (_main(own).evidence,))
    return None


def _main(mentions: list[EventMention]) -> EventMention:
    """The sentence's first dated clause."""
    return min(mentions, key=lambda m: m.evidence.start)


def _phrase(happening: Happening) -> Cited | None:
    """The happening's noun phrase as one source wrote it (the fullest naming its place or
    a participant), with every source that dates it to the day: one phrase each. None when
    no source names where or whose: "Monday's decision" alone tells a reader nothing."""
    first: dict[str, DatedNoun] = {}
    for noun in sorted(happening.nouns, key=lambda n: (n.evidence.doc, n.evidence.start)):
        first.setdefault(noun.evidence.doc, noun)
    nouns = list(first.values())
    if all(n.place is None for n in nouns):
        return None
    best = max(nouns, key=lambda n: (n.place is not None, len(n.evidence.text), n.evidence.doc))
    others = [n for n in nouns if n is not best]
    count = len(nouns)
    text = f"“{best.evidence.text}” (so dated by {count} sources)"
    return Cited(text, (best.evidence, *(n.evidence for n in others)))
