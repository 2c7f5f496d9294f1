"""Actors merged within and across documents, and positions attributed to them.

The alias rules live in :mod:`briefgen.aggregate.linking`; this module turns the merged
mention clusters into actors (canonical name, type, roles, dates, stable ids) and
attributes positions to them; :mod:`briefgen.aggregate.profiles` orders the profiles and
:mod:`briefgen.aggregate.keypositions` chooses each profile's key positions.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import replace

from briefgen.aggregate.acronyms import spelled_two_ways
from briefgen.aggregate.actortypes import actor_type
from briefgen.aggregate.administrations import link_administrations
from briefgen.aggregate.bodies import REASON as BODY_REASON
from briefgen.aggregate.bodies import bodies_named_by_owner
from briefgen.aggregate.casing import common_acronyms, common_phrases, common_words
from briefgen.aggregate.companies import link_company_short_forms
from briefgen.aggregate.coordinated import full_name_pairs
from briefgen.aggregate.countries import capitals
from briefgen.aggregate.crossdocs import link_across
from briefgen.aggregate.epithets import epithet_shaped
from briefgen.aggregate.house import is_house, is_reporter
from briefgen.aggregate.interchangeable import link_interchangeable
from briefgen.aggregate.knownas import link_known_as
from briefgen.aggregate.linking import NAMED, Union, link_within, surname_leaders
from briefgen.aggregate.mistyped import letters_lost
from briefgen.aggregate.name_titles import corpus_title_usage
from briefgen.aggregate.names import (
    fold,
    is_acronym,
    person_words,
    same_given_name,
    skeleton,
    words,
)
from briefgen.aggregate.namesakes import initials_apart, known_by_given_name
from briefgen.aggregate.offices import office_holders
from briefgen.aggregate.outlets import typed_as_outlet
from briefgen.aggregate.parties import collective_names
from briefgen.aggregate.products import product_record

# the profiles' order lives in ``profiles``; its names stay importable from here
from briefgen.aggregate.profiles import (
    VOICED_SOURCES,
    central_actors,
    off_topic,
    profile_order,
    voiced_sources,
)
from briefgen.aggregate.related import with_related
from briefgen.aggregate.spans import corrected_spans
from briefgen.aggregate.typecues import typed_by_context
from briefgen.aggregate.wordcounts import WordCounts
from briefgen.extract.actors import plain
from briefgen.extract.positions import position_id
from briefgen.extract.rolefit import KINSHIP
from briefgen.models import (
    Actor,
    AliasEvidence,
    Extraction,
    Mention,
    Position,
    Role,
)

MentionKey = tuple[str, int, int]
# The mention map's value for a bare surname left open between namesakes: no actor's.
OPEN = ""
# The blocks that state whom a page is about though no statement is read from them: a
# headline. Not a caption: it names whoever a picture shows ("Jesse Jackson: 'We are
# hurt'" beside a story about the singer).
SHOWN = frozenset({"headline"})


def _canonical(ms: list[Mention]) -> str:
    typ = actor_type(ms)
    # a name of the actor's own type: "Kenya", not the people "Kenyans" merged into it
    counts = Counter(plain(m.text) for m in ms if m.kind in NAMED and m.type == typ)
    if not counts:
        counts = Counter(plain(m.text) for m in ms if m.kind in NAMED)
    if not counts:
        counts = Counter(plain(m.text) for m in ms)
    person = typ == "person"
    # An organisation holding its divisions ("NHS Direct", "BBC News") is named by the
    # acronym they open with, not by its busiest division.
    parents = {n.split()[0] for n in counts if len(n.split()) > 1 and is_acronym(n.split()[0])}

    # "La Toya" beside "La Toya Jackson" and a bare "Jackson": a name the cluster also
    # writes completed by its surname is that name cut short
    alone = {n for n in counts if " " not in n}
    cut_short = {n for n in counts if person and any(f"{n} {w}" in counts for w in alone)}
    # "Jos Angel C rdova" beside "Jose Angel Cordova": a spelling that lost its accented
    # letters is not the one to show, when the whole one is written as a third as often at
    # least (a typo adds a vowel too: "Barack Oabama", once, is no whole "Barack Obama")
    lossy = {
        n
        for n in counts
        if person
        and any(letters_lost(n, o) and 3 * counts[o] >= counts[n] for o in counts if o != n)
    }

    def rank(name: str) -> tuple[bool, bool, bool, bool, bool, bool, bool, int, int, str]:
        # a person's full name over the surname, and over an epithet however often the
        # texts use it ("the King of Pop"); a state by its own name, not the capital
        # standing for it ("France", not "Paris"); then the most used form (not an
        # epithet used once, not "Russian Federation" over "Russia")
        n = len(name.split())
        capital = typ == "state" and " ".join(words(name)) in capitals()
        return (
            name in parents,
            not is_acronym(name),
            not (person and epithet_shaped(name)),
            name not in cut_short,
            name not in lossy,
            2 <= n <= 4 or not person,
            not capital,
            counts[name],
            n,
            name,
        )

    return max(counts, key=rank)


def _titled_bare_name(m: Mention) -> str:
    """A person named by one word whose role is a title, not a kinship word ("President
    Clinton", not "mother Katherine"): that word, folded; else ""."""
    ws = words(m.text)
    role = words(m.role or "")
    if m.type != "person" or len(ws) != 1 or not role or role[-1] in KINSHIP:
        return ""
    return ws[0]


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


def actor_id(name: str) -> str:
    """Stable actor id: a short hash of the canonical name."""
    return "A-" + hashlib.sha1(fold(name).encode()).hexdigest()[:8]


def resolve_actors(
    extractions: Sequence[Extraction], counts: WordCounts | None = None
) -> tuple[list[Actor], dict[MentionKey, str]]:
    """Merge every document's mentions into actors.

    Returns the actors (sorted by how often they are mentioned, then name) and a map from
    ``(doc, mention start, mention end)`` to actor id. Standalone role descriptions that no
    name is attached to are left out. ``counts``: the corpus's word counts when the caller
    has them (from the build's cache: ``corpuswords``); else counted here.
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
    ambiguous = spelled_two_ways(mentions)
    usage = corpus_title_usage(mentions, texts)
    apart = initials_apart(mentions)
    by_given = known_by_given_name(mentions)
    offices = office_holders(mentions)
    leaders = surname_leaders(mentions)
    pairs = full_name_pairs(mentions)
    for doc, indexed in per_doc.items():
        link_within(
            indexed,
            texts.get(doc, ""),
            uf,
            ambiguous,
            usage,
            apart,
            by_given,
            offices,
            leaders,
            furniture.get(doc, ()),
            pairs,
        )
        link_company_short_forms(indexed, uf)
        link_known_as(indexed, texts.get(doc, ""), uf)
    link_across(mentions, uf, texts)
    link_interchangeable(mentions, uf, texts)
    link_administrations(mentions, uf)

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
    actors: list[Actor] = []
    mention_map: dict[MentionKey, str] = {}
    seen_ids: set[str] = set()
    surnames = _surname_holders(clusters)
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
        name = _canonical(ms)
        aid = actor_id(name)
        while aid in seen_ids:  # two actors sharing a name stay apart
            aid = actor_id(name + "#" + aid)
        seen_ids.add(aid)
        sources = sorted({m.doc for m in ms})
        days = sorted(d for d in (dates.get(s) for s in sources) if d)
        # "President Clinton" is no role of Hillary Clinton's when the corpus has another
        # Clinton: a title before a bare surname may be the other one's
        roles = sorted(
            {
                (m.doc, plain(m.role))
                for m in ms
                if m.role and surnames.get(_titled_bare_name(m), {root}) <= {root}
            }
        )
        aliases = sorted({plain(m.text) for m in ms} - {name})
        actors.append(
            Actor(
                id=aid,
                name=name,
                type=typed_as_outlet(typed_by_context(actor_type(ms), ms, texts), ms, texts),
                aliases=tuple(aliases),
                roles=tuple(Role(doc, text) for doc, text in roles),
                mentions=tuple(ms),
                sources=tuple(sources),
                first_seen=days[0] if days else None,
                last_seen=days[-1] if days else None,
                alias_evidence=_alias_evidence(name, aliases, links[root]),
            )
        )
        for m in ms:
            mention_map[(m.doc, m.start, m.end)] = aid
    for old_key, new_key in moved.items():
        if new_key in mention_map:
            mention_map[old_key] = mention_map[new_key]
    # "a Democrat", "Republican Donald Trump": a member's label beside the group named in the
    # plural ("Democrats") describes one person, it names no actor of its own
    plurals = collective_names(actors)
    labels = {a.id for a in actors if a.type == "group" and _member_label(fold(a.name), plurals)}
    # "Demerol, a painkiller": a product the recogniser took for a body or a person
    labels |= {a.id for a in actors if product_record(a.mentions, texts)}
    # the corpus's own publisher, named in its pages' bylines and notices
    labels |= {a.id for a in actors if a.type == "org" and is_house(a.mentions, texts)}
    # and its reporters, named in its bylines and sign-offs
    labels |= {a.id for a in actors if a.type == "person" and is_reporter(a.mentions, texts)}
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


def _alias_evidence(
    name: str, aliases: list[str], links: list[tuple[Mention, Mention, str, bool]]
) -> tuple[AliasEvidence, ...]:
    """For each alias, the rule that linked it: a link that brought it in is preferred, and
    among those one to the canonical name."""
    best: dict[str, tuple[tuple[bool, bool, int], AliasEvidence]] = {}
    for n, (m, other, reason, brought) in enumerate(links):
        alias = plain(m.text)
        rank = (not brought, plain(other.text) != name, n)
        if alias not in best or rank < best[alias][0]:
            best[alias] = (rank, AliasEvidence(alias, reason, m.doc))
    return tuple(best[a][1] for a in aliases if a in best)


def _lookup(actors: Sequence[Actor]) -> dict[str, list[Actor]]:
    table: dict[str, list[Actor]] = defaultdict(list)
    for a in actors:
        for form in {a.name, *a.aliases}:
            table[" ".join(words(form))].append(a)
    return table


def attribute_positions(
    positions: Sequence[Position],
    actors: Sequence[Actor],
    mention_map: dict[MentionKey, str],
) -> list[Position]:
    """Positions with the canonical ``speaker`` name, ``speaker_id`` and a stable ``id``.

    The speaker mention decides when it was merged into an actor; otherwise the speaker
    name is looked up among the actors' names and aliases, preferring actors seen in the
    position's document, then by the last word's spelling skeleton.
    """
    by_id = {a.id: a for a in actors}
    table = _lookup(actors)
    last_word: dict[str, list[Actor]] = defaultdict(list)
    for a in actors:
        if a.type == "person" and len(words(a.name)) >= 2:
            last_word[skeleton(words(a.name)[-1])].append(a)
    sources = {a.id: frozenset(a.sources) for a in actors}
    by_doc_last: dict[tuple[str, str], set[str]] = defaultdict(set)
    for a in actors:
        if a.type == "person" and len(words(a.name)) >= 2:
            for doc in a.sources:
                by_doc_last[(doc, words(a.name)[-1])].add(a.id)

    def people_here(doc: str, surname: str) -> set[str]:
        return by_doc_last.get((doc, surname), set())

    bare_here = _bare_names_resolved(actors)
    out = []
    for p in positions:
        found: Actor | None = None
        m = p.speaker_mention
        aid = mention_map.get((m.doc, m.start, m.end)) if m is not None else None
        if aid is not None:
            found = by_id.get(aid)
        if found is None and p.speaker and aid != OPEN:
            # the name without its title: "Mr. Trump" is a bare surname, "Ivanka Trump" not
            named = person_words(p.speaker)[0]
            cands = table.get(" ".join(words(p.speaker)), [])
            if not cands and named and re.match(r"^[A-Z]", p.speaker.strip()):
                cands = last_word.get(skeleton(named[-1]), [])
                if len(named) >= 2:
                    # a given name stated is kept: Ivanka Trump is not the Donald Trump the
                    # corpus knows, however often it names him (unknown beats wrong)
                    cands = [a for a in cands if _given_agrees(named[0], a.name)]
            local = [a for a in cands if p.doc in sources[a.id]]
            pool = local or cands
            if len(named) == 1 and len(people_here(p.doc, named[0])) > 1:
                # a bare surname its document gives two people: the one its other bare uses
                # of that surname were resolved to, when they all went to one; else unknown
                settled = bare_here.get((p.doc, named[0]), set())
                pool = [by_id[a] for a in settled] if len(settled) == 1 else []
            if len(pool) >= 1:
                found = max(pool, key=lambda a: (len(a.mentions), a.name))
        out.append(
            replace(
                p,
                id=position_id(p.doc, p.start, p.end),
                speaker=found.name if found else p.speaker,
                speaker_id=found.id if found else None,
            )
        )
    out.sort(key=lambda p: (p.doc, p.start, p.end))
    return out


def _given_agrees(given: str, name: str) -> bool:
    """Whether an actor's name opens with that given name, or a form of it (Ed, Edward)."""
    theirs = person_words(name)[0]
    return len(theirs) >= 2 and same_given_name(given, theirs[0])


def _bare_names_resolved(actors: Sequence[Actor]) -> dict[tuple[str, str], set[str]]:
    """(document, one-word person name) -> the actors named in full its uses there were
    merged into (a bare use left open, an actor of its own, is no answer)."""
    out: dict[tuple[str, str], set[str]] = defaultdict(set)
    for a in actors:
        if len(person_words(a.name)[0]) < 2:
            continue
        for m in a.mentions:
            named = person_words(m.text)[0]
            if m.type == "person" and m.kind in NAMED and len(named) == 1:
                out[(m.doc, named[0])].add(a.id)
    return out


# Sources a mostly-named-as-a-place state or body must speak in to be an actor of the story.


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
