"""The aggregate stage: events merged, actors resolved, positions attributed, over every
extraction, on two cores when the corpus is large.

Merging events and resolving actors read the same extractions and nothing of each other.
From ``PARALLEL_FROM`` extractions on a machine with two cores or more, the events are
merged in a forked process (which inherits the extractions: nothing is sent to it) while
this process resolves the actors; the events come back pickled, their event mentions as
places in the extractions (this process holds those already), equal to what this process
would have made, since both functions depend on their input alone. The same process
names each position's references back (``bracketed.shown_contents``): that reads the
position's span and its article, never the speaker the actors give it. Below that the
fork costs more than it saves. With the build's cache and the extractions' keys, each
document's named contents are read from the cache first, here, and only the others named
(``kept_shown``): a rebuild names its new documents' alone.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Collection, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, replace
from pathlib import Path

from briefgen import heap
from briefgen.aggregate.actors import attribute_positions, resolve_actors
from briefgen.aggregate.bracketed import with_shown
from briefgen.aggregate.events import merge_events
from briefgen.aggregate.joint_speakers import with_speaker_ids
from briefgen.aggregate.kept_shown import DocumentShown, keep_shown, kept_shown, shown_each
from briefgen.aggregate.mention_map import MentionKey
from briefgen.aggregate.unsure_speakers import without_unsure_speakers
from briefgen.aggregate.wordcounts import WordCounts
from briefgen.models import Actor, Event, EventMention, Extraction, Position

# The fork, and the merged events pickled back, cost a few hundredths of a second; merging
# costs ~1.6 ms an extraction (0.32 CPU s for 199, beside 0.81 s for the actors), so the
# second core pays for itself from a few dozen extractions on. 100 leaves a margin.
PARALLEL_FROM = 100

# What the forked process merges (and the named contents kept): set before the fork,
# inherited, never pickled.
_forked: (
    tuple[
        Sequence[Extraction],
        tuple[str, ...],
        Mapping[str, Collection[str]] | None,
        Mapping[str, DocumentShown],
    ]
    | None
) = None


@dataclass(frozen=True)
class Aggregated:
    events: tuple[Event, ...]
    actors: tuple[Actor, ...]
    positions: tuple[Position, ...]


def aggregate(
    extractions: Sequence[Extraction],
    *,
    query: Sequence[str] = (),
    counts: WordCounts | None = None,
    cache: Path | None = None,
    content: Mapping[str, Collection[str]] | None = None,
    keys: Mapping[str, str] | None = None,
) -> Aggregated:
    """Events, actors and positions of the corpus; the same on one core or two.
    ``counts``: the corpus's word counts when the caller has them (``resolve_actors``);
    ``cache``: the build's cache, where each document's own actor links are kept, and
    with ``keys`` (document id -> its extraction's key) its positions' named contents;
    ``content``: each document's content terms by id when the caller has them (the
    build's kept terms: ``merge_events``)."""
    stated = [p for x in extractions for p in x.positions]
    kept = kept_shown(extractions, keys, cache)
    forking = _cores() > 1 and len(extractions) >= PARALLEL_FROM and _can_fork()
    if forking:
        events, (shown, made), (actors, mention_map) = _merge_beside(
            extractions, tuple(query), counts, cache, content, kept
        )
    else:
        events = merge_events(extractions, query=query, content=content)
        actors, mention_map = resolve_actors(extractions, counts, cache)
        heap.forget()  # as below: the names' tables are resolve_actors' own
        # a profile shows a statement alone: its "the bank" named as the summary names it
        shown, made = shown_each(extractions, kept)
    keep_shown(made, extractions, keys, cache)
    # named before the speakers: attributing a position changes its speaker, never what
    # it reads
    stated = with_shown(stated, shown)
    positions = attribute_positions(stated, actors, mention_map)
    # a joint statement, an aside's subject or a retold account: the text says it is not
    # the named actor's own (unknown beats wrong)
    texts = {x.document.id: x.document.text for x in extractions}
    positions = without_unsure_speakers(positions, texts)
    # every actor each statement is theirs: a joint statement's subjects each
    positions = with_speaker_ids(positions, mention_map, texts)
    return Aggregated(tuple(events), tuple(actors), tuple(positions))


def _merge_beside(
    extractions: Sequence[Extraction],
    query: tuple[str, ...],
    counts: WordCounts | None,
    cache: Path | None,
    content: Mapping[str, Collection[str]] | None,
    kept: Mapping[str, DocumentShown],
) -> tuple[list[Event], _Shown, tuple[list[Actor], dict[MentionKey, str]]]:
    """The merged events and the positions' named contents (``shown_each`` of ``kept``: in
    the extractions' order, and the entries made anew), made in a forked process, and the
    actors made here meanwhile."""
    from briefgen.extract.pool import start_worker

    global _forked
    _forked = (extractions, query, content, kept)
    try:
        context = multiprocessing.get_context("fork")
        # The worker dies with this process, as the extract stage's do.
        with ProcessPoolExecutor(
            1, mp_context=context, initializer=start_worker, initargs=(os.getpid(),)
        ) as pool:
            events = pool.submit(_merge_forked)
            actors = resolve_actors(extractions, counts, cache)
            # The names' tables resolving the actors filled (tens of KB an article below
            # their caps) are asked little after it: emptied before the merged events come
            # back and the positions are attributed, that memory holds those instead of
            # adding to the stage's peak.
            heap.forget()
            sent, shown = events.result()
            return _with_own_mentions(sent, extractions), shown, actors
    finally:
        _forked = None


# A merged event as the forked process sends it: its event mentions taken out, each given
# as (extraction, mention) indexes where it is the one this process holds.
_Sent = tuple[Event, tuple[tuple[int, int] | EventMention, ...]]
# Every position's named content, in order, and the documents' entries made anew.
_Shown = tuple[list[str | None], dict[str, DocumentShown]]


def _merge_forked() -> tuple[list[_Sent], _Shown]:
    """The merged events, their mentions sent as places in the extractions both processes
    hold: pickled whole, each event would come back with copies of its mentions (their
    sentences, clauses and dates) beside the extractions' own, for the rest of the build.
    And each position's content with its references back named, in the extractions'
    order (a few strings; None for most), with the entries of the documents ``kept`` had
    none for."""
    assert _forked is not None
    extractions, query, content, kept = _forked
    places = {id(m): (i, j) for i, x in enumerate(extractions) for j, m in enumerate(x.events)}
    sent = [
        (replace(e, mentions=()), tuple(places.get(id(m), m) for m in e.mentions))
        for e in merge_events(extractions, query=query, content=content)
    ]
    return sent, shown_each(extractions, kept)


def _with_own_mentions(sent: list[_Sent], extractions: Sequence[Extraction]) -> list[Event]:
    return [
        replace(
            event,
            mentions=tuple(
                extractions[m[0]].events[m[1]] if isinstance(m, tuple) else m for m in mentions
            ),
        )
        for event, mentions in sent
    ]


def _cores() -> int:
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def _can_fork() -> bool:
    return "fork" in multiprocessing.get_all_start_methods()
