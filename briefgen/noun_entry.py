"""A timeline date's central happening when its chosen sentences do not tell it.

Several sources dating a happening to the day by its noun ("Sunday's attack in Orlando",
``dated_nouns``) make it the day's, whatever sentences the date's ranking chose. When none
of them tells it, the entry shows it, honestly and cited: the sentence the phrase is in,
when that sentence reads alone and its own news is of that day, or when the phrase is in
the sentence's subject ("Ada Holt's victory in the Ohio primary Tuesday has brought …":
the sentence is about the happening); otherwise nothing. Never a sentence made up, and
never the phrase alone: a noun phrase printed as a line of the timeline is no sentence
(2026-12-05: "“the New York primary Tuesday” (so dated by 2 sources)" was one).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from briefgen.aggregate.terms import Idf, terms
from briefgen.dated_nouns import Happening, names_place, tells
from briefgen.models import Cited, Event, EventMention, TimelineEntry
from briefgen.newsworthy import forecasts, tells_news
from briefgen.retold import Said, date_key, figures_in, names_in, repeats
from briefgen.shown import read_alone
from briefgen.structure.opinion import is_opinion
from briefgen.timeline_context import TimelineContext
from briefgen.titled import name_newcomer

__all__ = ["with_happening"]


def with_happening(
    entry: TimelineEntry,
    said: list[Said],
    happenings: Sequence[Happening],
    context: TimelineContext,
    limit: int,
    taken: set[tuple[str, int]],
    idf: Idf,
    events: Sequence[Event] = (),
    around: Sequence[Said] = (),
) -> tuple[TimelineEntry, list[Said]]:
    """``entry`` (and what its sentences say) with the day's most widely dated happening
    that none of its sentences tells, in place of its last sentence when it is full. The
    sentence telling it is one its dated nouns are in, or else one of the day's ``events``
    that tells it in a sentence of its own (``_reported``), unless that sentence repeats what
    a period around the day already shows (``around``: a week's entry, which the repeat
    would take off the timeline)."""
    happening = next(iter(happenings), None)
    if happening is None or any(tells(c.text, happening) for c in entry.sentences):
        return entry, said
    cited = (
        _sentence(happening, context, taken)
        or _subject(happening, context, taken)
        or _reported(happening, events, context, taken, idf, around)
    )
    if cited is None:
        return entry, said
    first = cited.evidence[0]
    taken.add((first.doc, first.sentence_start))
    kept = list(entry.sentences[: limit - 1] if len(entry.sentences) >= limit else entry.sentences)
    told = said[: len(kept)]
    told.append(
        (first.doc, idf.vector(terms(cited.text)), names_in(cited.text), figures_in(cited.text))
    )
    sources = set(entry.sources) | set(happening.sources) | {first.doc}
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


def _reported(
    happening: Happening,
    events: Sequence[Event],
    context: TimelineContext,
    taken: set[tuple[str, int]],
    idf: Idf,
    around: Sequence[Said],
) -> Cited | None:
    """A sentence of the day's events telling the happening as that day's news: shown under
    the day (its own news of the day, reading alone) and telling it (``tells``), neither a
    plan nor a forecast. The day's ranking passes over such a sentence when one page alone
    tells it in those words, though several sources date the happening by its noun: their
    dating is its corroboration. From the most widely reported event, then the most
    salient; within one, the first source by id, then place."""
    ranked = sorted(events, key=lambda e: (-len(e.sources), -e.salience, e.id))
    for event in ranked:
        for m in sorted(event.mentions, key=lambda m: (m.doc, m.evidence.start)):
            ev = m.evidence
            if (ev.doc, ev.sentence_start) in taken or date_key(m.date) != happening.day:
                continue
            if m.scheduled or context.announced(m):
                continue  # a preview is not what happened
            text = context.shown(m, happening.day)
            if text is None or forecasts(text):
                continue
            # A clause of the day's own act, its doer named ("Ada Holt … opened fire at the
            # Dale City mall early Sunday …": ``who_clause``), tells the happening at its
            # place in its own words, the kind unnamed; a whole sentence naming only the
            # place may be about anything done there that day.
            clause = ev.text != ev.sentence
            if not (tells(text, happening) or (clause and names_place(text, happening))):
                continue
            if repeats(idf.vector(terms(text)), figures_in(text), around):
                continue
            start = ev.sentence_start + len(ev.sentence) - len(ev.sentence.lstrip())
            ext = context.extractions.get(ev.doc)
            return Cited(name_newcomer(text, start, ext, context.story), (ev,))
    return None


def _main(mentions: list[EventMention]) -> EventMention:
    """The sentence's first dated clause."""
    return min(mentions, key=lambda m: m.evidence.start)


# What may open a sentence before a dated noun that is in its subject: a possessor and the
# noun it qualifies ("Ada Holt's victory in", "The results of"). A preposition or a
# subordinator opening the sentence makes the noun an adjunct of another clause's news
# ("After Sunday's attack, the mayor …": the mayor's day, not Sunday's).
_ADJUNCT_OPENER = re.compile(
    r"^\W*(?:after|before|since|following|despite|amid|ahead|until|as|when|while|because"
    r"|with|without|on|in|at|by|during|like|unlike|if|once|for|from|to|over|under"
    r"|but|and|so|yet|although|though|about|against|among|into|upon|through)\b",
    re.I,
)
_SUBJECT_WORDS = 10
# A finite verb: before the noun it makes the noun its object ("Ada Holt won the Ohio
# primary Tuesday"), after it the subject's predicate is there. Read without a parse, a
# plural noun ("The results of …") counts as one too: the rule errs on showing nothing.
_VERB = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|could|can|may|might|must|should|did|does"
    r"|[a-z]{2,}ed|[a-z]{2,}s)\b(?<!['’]s)"
)


def _subject(
    happening: Happening, context: TimelineContext, taken: set[tuple[str, int]]
) -> Cited | None:
    """The first sentence (by source id, then place) with a dated noun of the happening
    in its subject, when it reads alone: "Ada Holt's victory in the Ohio primary Tuesday
    has brought Lee one step closer to the exit" is about the primary, whatever its verb's
    day. The noun is in the subject when only a possessor and its noun stand before it
    (no comma, no opening preposition, no verb) and a verb follows it. A forecast about
    it ("will almost certainly force …") is not its news."""
    for noun in sorted(happening.nouns, key=lambda n: (n.evidence.doc, n.evidence.start)):
        ev = noun.evidence
        ext = context.extractions.get(ev.doc)
        if (ev.doc, ev.sentence_start) in taken or ext is None or is_opinion(ext.document):
            continue
        before = ev.sentence[: max(0, ev.start - ev.sentence_start)]
        if (
            any(c in before for c in ',;:"“”()—–')
            or _ADJUNCT_OPENER.match(before)
            or len(before.split()) > _SUBJECT_WORDS
        ):
            continue
        if _VERB.search(before) or _VERB.search(ev.sentence, ev.end - ev.sentence_start) is None:
            continue
        text = read_alone(ev.sentence, ev.sentence_start, ext, inner=False, story=context.story)
        if text is None or not tells_news(text) or forecasts(text):
            continue
        end = ev.sentence_start + len(ev.sentence)
        if not context.on_story.about(text, ev.doc, ev.sentence_start, end):
            continue
        return Cited(text, (replace(ev, start=ev.sentence_start, end=end, text=ev.sentence),))
    return None
