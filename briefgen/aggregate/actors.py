"""Actors merged within and across documents, and positions attributed to them.

The alias rules live in :mod:`briefgen.aggregate.linking`; this module turns the merged
mention clusters into actors (type, roles, dates) named by
:mod:`briefgen.aggregate.canonical_names` (canonical name, stable id, alias evidence);
:mod:`briefgen.aggregate.position_speakers` attributes positions to them,
:mod:`briefgen.aggregate.profiles` orders the profiles and
:mod:`briefgen.aggregate.keypositions` chooses each profile's key positions.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from pathlib import Path

from briefgen.aggregate.acronyms import spelled_two_ways
from briefgen.aggregate.administrations import link_administrations
from briefgen.aggregate.bodies import REASON as BODY_REASON
from briefgen.aggregate.bodies import bodies_named_by_owner
from briefgen.aggregate.canonical_names import actor_id
from briefgen.aggregate.casing import common_acronyms, common_phrases, common_words
from briefgen.aggregate.coordinated import full_name_pairs
from briefgen.aggregate.crossdocs import link_across
from briefgen.aggregate.governments import link_governments_to_states
from briefgen.aggregate.interchangeable import link_interchangeable
from briefgen.aggregate.kept_links import link_documents
from briefgen.aggregate.linking import NAMED, Union, surname_leaders, surname_leaders_in_documents
from briefgen.aggregate.mention_map import OPEN, MentionKey
from briefgen.aggregate.missions import place_starts
from briefgen.aggregate.name_titles import corpus_title_usage
from briefgen.aggregate.names import fold, person_words, words
from briefgen.aggregate.namesakes import initials_apart, known_by_given_name
from briefgen.aggregate.offices import office_holders
from briefgen.aggregate.parties import collective_names
from briefgen.aggregate.position_speakers import attribute_positions

# the profiles' order lives in ``profiles``; its names stay importable from here
from briefgen.aggregate.profiles import (
    VOICED_SOURCES,
    central_actors,
    off_topic,
    profile_order,
    voiced_sources,
)
from briefgen.aggregate.records import Corpus, cluster_records
from briefgen.aggregate.related import with_related
from briefgen.aggregate.spans import corrected_spans
from briefgen.aggregate.wordcounts import WordCounts
from briefgen.extract.actors import plain
from briefgen.models import Actor, Extraction, Mention

# The blocks that state whom a page is about though no statement is read from them: a
# headline. Not a caption: it names whoever a picture shows ("Jesse Jackson: 'We are
# hurt'" beside a story about the singer).
SHOWN = frozenset({"headline"})


def _left_open(ms: Sequence[Mention], surnames: Mapping[str, set[int]]) -> bool:
    """Whether a record is one bare use of a surname that two or more people the corpus
    names in full bear: a use its linking left open. (Several bare uses a document joined
    are someone it tells of, whose full name it does not give.)"""
    if len(ms) != 1:
        return False
    named, suffix = person_words(ms[0].text)
    if ms[0].type != "person" or ms[0].kind not in NAMED or len(named) != 1 or suffix:
        return False
    return len(surnames.get(named[0], ())) >= 2


def _surname_holders(clusters: Mapping[int, list[Mention]]) -> dict[str, set[int]]:
    """Each surname -> the clusters naming a person by a full name ending in it."""
    out: dict[str, set[int]] = defaultdict(set)
    for root, ms in clusters.items():
        for m in ms:
            ws = words(m.text)
            if m.type == "person" and m.kind in NAMED and len(ws) >= 2:
                out[ws[-1]].add(root)
    return out


def resolve_actors(
    extractions: Sequence[Extraction],
    counts: WordCounts | None = None,
    cache: Path | None = None,
) -> tuple[list[Actor], dict[MentionKey, str]]:
    """Merge every document's mentions into actors.

    Returns the actors (sorted by how often they are mentioned, then name) and a map from
    ``(doc, mention start, mention end)`` to actor id. Standalone role descriptions that no
    name is attached to are left out. ``counts``: the corpus's word counts when the caller
    has them (from the build's cache: ``corpuswords``); else counted here. ``cache``: the
    build's cache, where each document's own links are kept (:mod:`kept_links`).
    """
    mentions: list[Mention] = []
    texts = {ex.document.id: ex.document.text for ex in extractions}
    # headlines: read for who is who only (the extraction skips them)
    furniture = {
        ex.document.id: [(b.start, b.end) for b in ex.document.blocks if b.kind in SHOWN]
        for ex in extractions
    }
    dates = {ex.document.id: ex.document.date for ex in extractions}
    # "Swine flu is spreading": a common word capitalised by its place names no actor, nor
    # an acronym the corpus pluralises ("a super PAC", "super PACs");
    # a score beside a name ("Kasich 37") and a possessive run into a name are corrected
    # first; a cut span keeps its old key too, for the positions whose speaker it was
    if counts is None:
        counts = WordCounts.of(texts.values())
    every, moved = corrected_spans((m for ex in extractions for m in ex.mentions), texts, counts)
    common = common_words(every, counts) | common_phrases(every, texts, counts)
    common |= common_acronyms(every, counts)
    per_doc: dict[str, list[tuple[int, Mention]]] = defaultdict(list)
    for m in every:
        if m.kind == "pronoun" or m.text.casefold() in common:
            continue
        per_doc[m.doc].append((len(mentions), m))
        mentions.append(m)
    uf = Union(len(mentions))
    ambiguous = spelled_two_ways(mentions, texts)
    usage = corpus_title_usage(mentions, texts)
    apart = initials_apart(mentions)
    by_given = known_by_given_name(mentions)
    offices = office_holders(mentions)
    leaders = surname_leaders(mentions)
    famous = surname_leaders_in_documents(mentions)
    pairs = full_name_pairs(mentions)
    tables = {
        "ambiguous": ambiguous,
        "corpus_usage": usage,
        "apart": apart,
        "first_named": by_given,
        "offices": offices,
        "leaders": leaders,
        "full_pairs": pairs,
        "pair_surnames": frozenset(last for _, last in pairs),
        "famous": famous,
    }
    # each document's own links, kept in the build's cache while what they asked of the
    # tables above is answered as before (:mod:`kept_links`)
    link_documents(per_doc, texts, furniture, uf, tables, cache)
    # (the tables the linking within documents read are the corpus's for this step too)
    link_across(
        mentions,
        uf,
        texts,
        namesakes=apart,
        ambiguous=ambiguous,
        by_given=by_given,
        offices=offices,
    )
    link_interchangeable(mentions, uf, texts)
    link_administrations(mentions, uf)
    link_governments_to_states(mentions, uf)

    clusters: dict[int, list[Mention]] = defaultdict(list)
    for i, m in enumerate(mentions):
        clusters[uf.find(i)].append(m)
    described = bodies_named_by_owner(clusters, texts)
    # the links of each cluster between two different names: (mention, other mention, rule,
    # whether the mention is the one the rule brought in)
    links: dict[int, list[tuple[Mention, Mention, str, bool]]] = defaultdict(list)
    for a, b, reason in uf.links:
        ma, mb = mentions[a], mentions[b]
        if plain(ma.text) != plain(mb.text):
            links[uf.find(a)] += [(mb, ma, reason, True), (ma, mb, reason, False)]
    for body, m, old_key in described:
        links[body].append((m, clusters[body][0], BODY_REASON, True))
        moved[old_key] = (m.doc, m.start, m.end)
    mention_map: dict[MentionKey, str] = {}
    surnames = _surname_holders(clusters)
    named: list[tuple[int, list[Mention], list[tuple[Mention, Mention, str, bool]]]] = []
    for root, ms in clusters.items():
        if not any(m.kind in NAMED for m in ms):
            continue
        if _left_open(ms, surnames):
            # a bare surname its document left between namesakes is nobody's: it makes no
            # actor of its own (a one-mention "Bush" beside Jeb and George W. Bush), and
            # its statements keep no speaker (unknown beats wrong)
            for m in ms:
                mention_map[(m.doc, m.start, m.end)] = OPEN
            continue
        ms.sort(key=lambda m: (m.doc, m.start, m.end))
        named.append((root, ms, links[root]))
    corpus = Corpus(texts, dates, place_starts(mentions), surnames)
    actors: list[Actor] = []
    labels: set[str] = set()
    seen_ids: set[str] = set()
    for (_, ms, _), record in zip(named, cluster_records(named, corpus), strict=True):
        aid = actor_id(record.name)
        while aid in seen_ids:  # two actors sharing a name stay apart
            aid = actor_id(record.name + "#" + aid)
        seen_ids.add(aid)
        actors.append(
            Actor(
                id=aid,
                name=record.name,
                type=record.type,
                aliases=record.aliases,
                roles=record.roles,
                mentions=tuple(ms),
                sources=record.sources,
                first_seen=record.first_seen,
                last_seen=record.last_seen,
                alias_evidence=record.alias_evidence,
            )
        )
        if record.label:  # a product, the corpus's publisher, one of its reporters
            labels.add(aid)
        for m in ms:
            mention_map[(m.doc, m.start, m.end)] = aid
    for old_key, new_key in moved.items():
        if new_key in mention_map:
            mention_map[old_key] = mention_map[new_key]
    # "a Democrat", "Republican Donald Trump": a member's label beside the group named in the
    # plural ("Democrats") describes one person, it names no actor of its own
    plurals = collective_names(actors)
    labels |= {a.id for a in actors if a.type == "group" and _member_label(fold(a.name), plurals)}
    actors = [a for a in actors if a.id not in labels]
    mention_map = {k: aid for k, aid in mention_map.items() if aid not in labels}
    actors = with_related(actors, mention_map, extractions)
    actors.sort(key=lambda a: (-len(a.mentions), a.name, a.id))
    return actors, mention_map


def _member_label(folded: str, plurals: set[str]) -> bool:
    """Whether a group's name is a member's label or its adjective beside the group named in
    the plural: "Democrat" or "Democratic" ("vote Democratic") beside "Democrats"."""
    stem = folded.removesuffix("ic") if folded.endswith("ic") else folded
    return stem + "s" in plurals


__all__ = [
    "VOICED_SOURCES",
    "actor_id",
    "attribute_positions",
    "central_actors",
    "off_topic",
    "profile_order",
    "resolve_actors",
    "voiced_sources",
]
