"""How much an actor takes part in a story: the sources it acts or speaks in, and the
sources that name it outside a listing.

A line-up, a guest list, a list of performers or of the family at a funeral names many
people once each, in every article that repeats it: counted by sources, the performers on a
tribute bill outrank the prosecutor. What makes an actor principal is being a participant
of the corpus's events (named in the clause of a dated happening) and statements (the
speaker of a position), across independent sources.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Collection, Mapping, Sequence
from itertools import pairwise
from typing import TypeVar

from briefgen import heap
from briefgen.aggregate.agency import is_setting
from briefgen.aggregate.mention_map import MentionKey
from briefgen.aggregate.names import word_tuple, words
from briefgen.models import Actor, Document, Event, Mention, Position

T = TypeVar("T")
NAMED = ("name", "surname", "acronym")
# What stands between two names of a list: "A, B and C", "A, B, & C"; a bracketed age or a
# caption's "(l)" may follow a name ("Prince Michael, 14, Paris, 13, and …").
_BETWEEN = re.compile(r"^(?:\s*\(\w{1,3}\))?\s*(?:,\s*\d{1,3}\s*)?(?:,|,?\s+and|,?\s*&)\s*$")
LISTED = 3  # names in a row that make a listing
# What a source about an actor (its headline or lede names it) weighs beyond naming it: as
# much as one where it acts, for a story about someone is about what they do or face.
LEAD_WEIGHT = 2
# What a source naming an actor once, in passing, loses (a senator whose state is home to
# a poll's best showing): a few such sources must not outrank the subject of a story of
# the period. One naming it only in history (a past campaign's nominee, a president of
# the 1980s) is no source of the period at all.
PASSING_DISCOUNT = 0.5
# An actor a query word names is central when named in this share of the sources naming the
# most widely named actor: the story's subject is among its most widely named actors.
CENTRAL_SHARE = 0.25


def listed_mentions(actors: Sequence[Actor], texts: Mapping[str, str]) -> set[MentionKey]:
    """The named mentions standing in a run of at least ``LISTED`` names separated only by
    commas and "and": a listing, not a clause about any one of them."""
    by_doc: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for a in actors:
        for m in a.mentions:
            if m.kind in NAMED and m.doc in texts:
                by_doc[m.doc].append((m.start, m.end))
    out: set[MentionKey] = set()
    for doc, spans in by_doc.items():
        spans.sort()
        text = texts[doc]
        run = spans[:1]
        for prev, cur in pairwise(spans):
            if _BETWEEN.match(text[prev[1] : cur[0]]):
                run.append(cur)
                continue
            if len(run) >= LISTED:
                out.update((doc, s, e) for s, e in run)
            run = [cur]
        if len(run) >= LISTED:
            out.update((doc, s, e) for s, e in run)
    return out


def took_part(
    actors: Sequence[Actor], events: Sequence[Event], positions: Sequence[Position]
) -> dict[str, set[str]]:
    """For each actor id, the sources where it is named in a dated event's clause or is the
    speaker of a position."""
    forms: dict[str, str] = {}
    for a in actors:
        for form in (a.name, *a.aliases):
            forms.setdefault(" ".join(word_tuple(form)), a.id)
    out: dict[str, set[str]] = defaultdict(set)
    for e in events:
        for em in e.mentions:
            for name in em.actors:
                aid = forms.get(" ".join(word_tuple(name)))
                if aid is not None:
                    out[aid].add(em.doc)
    for p in positions:
        if p.speaker_id:
            out[p.speaker_id].add(p.doc)
    return out


def venue_share(actor: Actor, texts: Mapping[str, str]) -> float:
    """The share of an actor's named mentions that are a venue or a setting: after a
    preposition of place ("in America", "on MSNBC", "told MSNBC"), a dateline or naming its
    programme ("MSNBC's Morning Joe") (:func:`briefgen.aggregate.agency.is_setting`)."""
    named = [m for m in actor.mentions if m.kind in NAMED and m.doc in texts]
    if not named:
        return 0.0
    return sum(1 for m in named if is_setting(m, texts[m.doc])) / len(named)


def something_to_show_first(ranked: Sequence[T], shows: Callable[[T], bool], n: int) -> list[T]:
    """``ranked`` with the first ``n`` places given to those that ``shows`` something, drawn
    from the first ``2 * n`` in their order: a profile is read for what the actor said, so
    a state named in every article but quoted nowhere ("United States") is not profiled
    ahead of a salient person with statements. Only a near rank is passed over: the
    actors past ``2 * n`` are too far from the story's principals to take a profile."""
    window = list(ranked[: 2 * n])
    order = [x for x in window if shows(x)] + [x for x in window if not shows(x)]
    return order + list(ranked[2 * n :])


# The lede: the first sentence of an article's first body block, where a news story names
# whom it is about ("Mike Pence announced…"); a background name comes later, if at all.
_SENTENCE_END = re.compile(r"[.!?][\"”’)]?(?=\s)")
LEDE_CHARS = 400
PARAGRAPH_CHARS = 100
# Named this many times in one source (outside history), an actor is what it is about,
# wherever its lede starts (a profile, a feature on one campaign's week).
ABOUT_MENTIONS = 4


def _lede(doc: Document) -> tuple[int, int]:
    """The span of the lede: up to the end of the first sentence of the first body block
    long enough to be a paragraph, so a one-line subhead set as body before it ("X asks
    for probe") is read with it."""
    body = [b for b in doc.blocks if b.kind == "body"]
    if not body:
        return (0, 0)
    first = next((b for b in body if b.end - b.start >= PARAGRAPH_CHARS), body[-1])
    end = min(first.end, first.start + LEDE_CHARS)
    stop = _SENTENCE_END.search(doc.text, first.start, end)
    return (body[0].start, stop.end() if stop else end)


def _headline_words(doc: Document) -> set[str]:
    """The headline's capitalised words, folded as names are (:func:`words`)."""
    return {
        w
        for b in doc.blocks
        if b.kind == "headline"
        for token in re.findall(r"[\w’'-]+", doc.text[b.start : b.end])
        if token[:1].isupper()
        for w in words(token)
    }


def lead_sources(
    actors: Sequence[Actor],
    documents: Sequence[Document],
    deep: bool = False,
    off_topic: Collection[str] = (),
) -> dict[str, set[str]]:
    """For each actor id, the sources that lead with it: it is named in the headline (by
    a name of its own, or a person by a surname no other person of the corpus is better
    known by) or in the lede, and named again in the body. A source naming someone in
    its headline or first sentence tells the story of that actor; a name further down is
    background, colour or a comparison. ``deep`` adds the sources naming the actor
    ``ABOUT_MENTIONS`` times: about it too, if not from the first line. A source
    ``off_topic`` (the story one item among others, :func:`briefgen.story.elsewhere`)
    leads with someone of another story: no source about an actor of this one."""
    shallow, about = lead_sources_both(actors, documents, off_topic)
    return about if deep else shallow


def lead_sources_both(
    actors: Sequence[Actor], documents: Sequence[Document], off_topic: Collection[str] = ()
) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """``lead_sources`` without ``deep`` and with it, in one reading of the mentions: the
    views ask for both (the profiles' order, and who a source leads with)."""
    docs = {d.id: d for d in documents}
    ledes = {d.id: _lede(d) for d in documents}
    heads = {d.id: _headline_words(d) for d in documents}
    # a surname is the person most named by a full name ending in it ("Clinton" is the
    # nominee of the story, not the former president also named)
    by_surname: dict[str, Actor] = {}
    for a in sorted(actors, key=lambda a: -len(a.mentions)):
        ws = words(a.name)
        if a.type == "person" and len(ws) >= 2:
            by_surname.setdefault(ws[-1], a)
    out: dict[str, set[str]] = defaultdict(set)
    deep: dict[str, set[str]] = defaultdict(set)
    for a in actors:
        named = [m for m in a.mentions if m.kind in NAMED and m.doc in docs]
        per_doc: dict[str, list[int]] = defaultdict(list)
        for m in named:
            # a lede recalling history ("in 1988, Bush won 39 states") is no story of him
            if not is_background(m, docs):
                per_doc[m.doc].append(m.start)
        forms = {words(m.text)[-1] for m in named if words(m.text)} if a.type == "person" else set()
        forms = {f for f in forms if by_surname.get(f, a) is a}
        spelled = {plain_words for m in named if (plain_words := word_tuple(m.text))}
        for doc, starts in per_doc.items():
            if doc in off_topic:
                continue
            start, end = ledes[doc]
            in_lede = any(start <= s < end for s in starts)
            head = heads[doc]
            in_head = bool(forms & head) or any(len(sp) > 1 and set(sp) <= head for sp in spelled)
            if in_head or (in_lede and len(starts) >= 2):
                out[a.id].add(doc)
                deep[a.id].add(doc)
            elif len(starts) >= ABOUT_MENTIONS:
                deep[a.id].add(doc)
    return out, deep


# A year in a mention's sentence this many years or more before its article's: the
# sentence recalls history ("won 39 states in 1988", "Romney's victory in 2012").
PAST_YEARS = 2
_YEAR = re.compile(r"(?<![\d$,.])(1[89]\d\d|20\d\d)(?!\d|[,.]\d|%)")


def _sentence_around(text: str, start: int, end: int) -> str:
    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    stop = _SENTENCE_END.search(text, end)
    return text[left : stop.end() if stop else len(text)]


def is_background(mention: Mention, documents: Mapping[str, Document]) -> bool:
    """Whether the mention's sentence is history: it names a year ``PAST_YEARS`` or more
    before its article's, and none since."""
    doc = documents.get(mention.doc)
    if doc is None or not doc.date or not doc.date[:4].isdigit():
        return False
    return _recalls_history(doc.text, int(doc.date[:4]), mention.start, mention.end)


# A profile's ranking and its lead sources ask this of the same mentions (each actor's,
# ~12,000 at 200 articles, ~55,000 at 800), twice or three times a build: the table holds
# them all, or the second pass finds none of the first's answers (at 800 articles a table
# of 1 << 15 answered 7,500 of 90,500 asks; docs/scale.md Part CM). The text is part of
# the key: its hash is computed once a string, and a document's text is its own, whatever
# its id.
@heap.corpus_cache(1 << 17)
def _recalls_history(text: str, year: int, start: int, end: int) -> bool:
    years = [int(y) for y in _YEAR.findall(_sentence_around(text, start, end))]
    return bool(years) and max(years) <= year - PAST_YEARS


def background_sources(actor: Actor, documents: Mapping[str, Document]) -> set[str]:
    """The sources naming the actor only in sentences recalling history
    (:func:`is_background`): a past campaign's nominee, a president of the 1980s."""
    named = {m.doc for m in actor.mentions}
    present = {m.doc for m in actor.mentions if not is_background(m, documents)}
    return named - present


def passing_sources(actor: Actor) -> set[str]:
    """The sources that name the actor once: in passing."""
    count: dict[str, int] = defaultdict(int)
    for m in actor.mentions:
        count[m.doc] += 1
    return {doc for doc, n in count.items() if n == 1}
