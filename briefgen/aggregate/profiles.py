"""The order of the actors' profiles: the principal actors of the period first.

Salience across sources and centrality to the query decide, not the number of statements
(:func:`profile_order`); :mod:`briefgen.aggregate.salience` measures the parts.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence

from briefgen.aggregate.agency import ACTING_WEIGHT, acting_sources, participant_sources
from briefgen.aggregate.keypositions import SHOWN
from briefgen.aggregate.names import fold, word_tuple, words
from briefgen.aggregate.outlets import cited_outlets
from briefgen.aggregate.parties import collective_names
from briefgen.aggregate.salience import (
    CENTRAL_SHARE,
    LEAD_WEIGHT,
    PASSING_DISCOUNT,
    background_sources,
    lead_sources,
    listed_mentions,
    passing_sources,
    took_part,
    venue_share,
)
from briefgen.models import Actor, Document, Event, Extraction, Mention, Position

VOICED_SOURCES = 3
_ASKING = re.compile(r"(?:ask|asks|asked|asking|question|questions|questioned|questioning)\b", re.I)


def voiced_sources(positions: Sequence[Position]) -> defaultdict[str, set[str]]:
    """Each speaker's sources where it says something in its own name (named at the cue,
    or a transcript label)."""
    voiced: defaultdict[str, set[str]] = defaultdict(set)
    for p in positions:
        if p.speaker_id and p.attribution in SHOWN:
            voiced[p.speaker_id].add(p.doc)
    return voiced


def central_actors(actors: Sequence[Actor], query: Sequence[str]) -> set[str]:
    """The ids of the actors the query names: for each query word, the actor it names in
    most sources among those named in two sources and a quarter of the widest-named actor's
    at least (a headline fragment, "Swine Flu" typed a person in 4 of 175, is not central).
    A relative sharing the surname ("Melania Trump") is ranked by salience like anyone else.
    """
    out: set[str] = set()
    least = max(2.0, CENTRAL_SHARE * max((len(a.sources) for a in actors), default=0))
    for term in {w for q in query for w in words(q)}:
        holders = [
            a
            for a in actors
            if len(a.sources) >= least
            and term in {w for f in (a.name, *a.aliases) if f[:1].isupper() for w in words(f)}
        ]
        if holders:
            out.add(max(holders, key=lambda a: (len(a.sources), len(a.mentions))).id)
    return out


def off_topic(
    documents: Sequence[Document], query: Sequence[str], actors: Sequence[Actor] = ()
) -> frozenset[str]:
    """The sources where the story is one item among others (:func:`story.elsewhere`):
    the story named by the query's words or, built without a query, by the names the
    typical source names (:func:`story.topic`, read from the ``actors``' mentions). Without
    that, a small corpus's feature on another subject (a profile of an exiled professor
    in a month of campaign news) made its subject a principal from that one source. The
    pages telling another story (:mod:`briefgen.other_stories`) are among them."""
    from briefgen.other_stories import OtherStories
    from briefgen.story import elsewhere, topic

    by_doc: dict[str, list[Mention]] = defaultdict(list)
    for a in actors:
        for m in a.mentions:
            by_doc[m.doc].append(m)
    named = [Extraction(document=d, mentions=tuple(by_doc[d.id])) for d in documents]
    # and the pages telling another story (``other_stories``): the same desk's story on
    # another disease names the story's central organisation throughout
    away = OtherStories.of(documents, actors).pages
    return elsewhere(((d.id, d.text) for d in documents), topic(query, named)) | away


def profile_order(
    actors: Sequence[Actor],
    events: Sequence[Event],
    positions: Sequence[Position],
    query: Sequence[str] = (),
    texts: Mapping[str, str] | None = None,
    documents: Sequence[Document] = (),
    leads: Mapping[str, set[str]] | None = None,
) -> list[Actor]:
    """Actors in the order their profiles are worth reading: the principal actors first.

    Salience across sources and centrality to the query decide, not the number of
    statements: the actor a query word names in most sources comes first (not a relative
    sharing the word), then by the independent sources naming it outside a listing plus
    those where it takes part in a dated event or speaks, or that are about it (given the
    ``documents``: :func:`salience.lead_sources`), a source naming it once in passing counting less
    (:func:`salience.passing_sources`), then events
    and mentions; statements only break ties. A person
    known only by a bare surname that a full name of the corpus ends with (an unresolved
    "Clinton") goes last: it may be several people. ``leads``: the lead sources with
    ``deep`` (as found here from the ``documents``) when the caller has them.
    """
    forms: dict[str, str] = {}
    for a in actors:
        for form in (a.name, *a.aliases):
            forms.setdefault(" ".join(word_tuple(form)), a.id)
    in_events: Counter[str] = Counter()
    for e in events:
        ids = {forms[key] for name in e.actors if (key := " ".join(word_tuple(name))) in forms}
        in_events.update(ids)
    spoken = Counter(p.speaker_id for p in positions if p.speaker_id)
    # Someone heard only asking (a debate's moderator, an interviewer) put the story's
    # questions; the principals are those who answer them.
    asking = Counter(p.speaker_id for p in positions if p.speaker_id and _ASKING.match(p.cue or ""))
    # who says something in its own name somewhere (named at the cue, or a transcript label)
    speaks = {p.speaker_id for p in positions if p.speaker_id and p.attribution in SHOWN}
    voiced = voiced_sources(positions)

    plurals = collective_names(actors)
    named_by_query = central_actors(actors, query)
    venue = {a.id: venue_share(a, texts) for a in actors if texts and a.type != "person"}
    listed = listed_mentions(actors, texts) if texts else set()
    # where it acts: the subject of a dated event's verb or a speaker (given the texts to
    # tell a subject from a place); without them, where it is named in an event's clause
    part = (
        acting_sources(actors, events, positions, texts)
        if texts
        else took_part(actors, events, positions)
    )
    # only a subject's sources weigh more than naming: being named in a clause is no act
    weight = ACTING_WEIGHT if texts else 1
    # a paper other papers cite ("the Times reported that …") is a source, not an actor
    # ... and so is a newsroom whose only acts are a medium's ("X reported", "told X")
    outlets = cited_outlets(actors, positions, texts, events)
    docs = {d.id: d for d in documents}
    if leads is None:  # the views found them already (``salience.lead_sources_both``)
        leads = lead_sources(actors, documents, True, off_topic(documents, query, actors))

    # A bare surname a full name of the corpus ends with may be that person or a relative;
    # one no full name ends with is the one person the copy calls so ("President Bush"
    # in broadcast and wire copy that never gives his first name), ranked like any other.
    surnames = {
        fold(words(a.name)[-1]) for a in actors if a.type == "person" and len(words(a.name)) >= 2
    }

    def rank(a: Actor) -> tuple[bool, bool, bool, float, int, int, int, int, str]:
        # "Democrat" beside "Democrats": one member's label ("Democrat Hillary Clinton", "a
        # Republican"), not the group; like a bare surname it may be anyone of them
        member = a.type == "group" and fold(a.name) + "s" in plurals
        lone = a.type == "person" and len(words(a.name)) < 2
        # (one no full name ends with must speak in several sources to be taken for one
        # person: a historical figure named in passing, "Truman", is no principal)
        # (nor is one the copy gives the same title in several sources, "President Reed"
        # in every bulletin of a broadcast that never writes his given name: an office
        # holder known by it)
        bare = (
            lone
            and (
                fold(a.name) in surnames
                or (len(voiced[a.id]) < VOICED_SOURCES and not _titled_across(a))
            )
        ) or member
        # Central: named by a query word in its names (not "an adviser to the Clinton
        # campaign"), widely (``named_by_query``).
        central = a.id in named_by_query
        # A state, organisation or group that never speaks for itself is mostly a setting
        # ("in New York", "U.S. history", "Democrat Hillary Clinton"), not an actor of the
        # story: it goes after those that do; so does one named mostly as a venue ("told
        # MSNBC's Morning Joe", "in America"). People are profiled by salience alone.
        # A place the story happens in that also speaks in several sources (a government
        # announcing its measures) is an actor all the same.
        venue_only = venue.get(a.id, 0.0) >= 0.5 and len(voiced[a.id]) < VOICED_SOURCES
        # A country is first where the story happens ("U.S. voters", "in America"): one or
        # two lines credited to it do not make it an actor; its government heard in
        # several sources does.
        venue_only |= a.type == "state" and len(voiced[a.id]) < VOICED_SOURCES
        setting = a.type != "person" and (a.id not in speaks or venue_only or a.id in outlets)
        about = leads.get(a.id, set())
        # (one a source is about is its subject, whatever the verbs: a chairman who "asks
        # for a probe" and "asked whether she committed perjury" is demanding, not moderating)
        questioner = spoken[a.id] > 0 and asking[a.id] == spoken[a.id] and not about
        # Salience: the sources naming the actor outside a listing (a line-up of performers
        # repeated in every preview is no sign of a principal) and other than as a setting
        # (a country named as where things happen, a network as where they are said), and
        # those where it acts: the subject of the story's dated events or a speaker (the
        # prosecutor, a witness in court; a running mate over the country of the campaign).
        own = participant_sources(a, listed, texts or {})
        # acting in a sentence of history (a past campaign's result) is no act of the period
        history = background_sources(a, docs)
        acts = part.get(a.id, set()) - history
        passing = len(passing_sources(a) - history - acts - about)
        present = own - len(history) - PASSING_DISCOUNT * passing
        return (
            bare,
            not central,
            setting or questioner,
            -(present + weight * len(acts) + LEAD_WEIGHT * len(about)),
            -own,
            -in_events[a.id],
            -len(a.mentions),
            -spoken[a.id],
            a.name,
        )

    return sorted(actors, key=rank)


# The sources a lone surname must be given one title in to be taken for its office holder.
TITLED_SOURCES = 2


def _titled_across(a: Actor) -> bool:
    """Whether the texts give the actor one role in ``TITLED_SOURCES`` sources or more
    ("President Reed" in two bulletins)."""
    docs: defaultdict[str, set[str]] = defaultdict(set)
    for r in a.roles:
        docs[fold(r.text)].add(r.doc)
    return any(len(d) >= TITLED_SOURCES for d in docs.values())
