"""Each merged cluster of mentions made into an actor's record, on two cores when many.

Once the linking is done, each cluster's record (its name, type, aliases, roles, dates,
alias evidence, and whether it is a label rather than an actor: a product, the corpus's
publisher, one of its reporters) reads that cluster's mentions, the texts and tables made
before, and nothing of any other cluster's record. From ``APART_FROM`` clusters, where
``beside.can_fork``, a forked child makes the records of the first clusters (about half
of the work: ``beside.in_two``) while this process makes the rest: the child inherits
the clusters, the texts and the tables (nothing is sent to it), and only its records come
back, without their mentions (this process holds those). The records are the same either
way, each a function of its own inputs; the actors' ids, which must differ between two
records of one name, are given afterwards in the clusters' order, as before.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from briefgen import beside
from briefgen.aggregate.actortypes import actor_type
from briefgen.aggregate.canonical_names import alias_evidence, canonical_name
from briefgen.aggregate.house import is_house, is_reporter
from briefgen.aggregate.irrealis import stated_as_fact
from briefgen.aggregate.missions import Places, placed_name
from briefgen.aggregate.names import words
from briefgen.aggregate.narrated import narrated
from briefgen.aggregate.outlets import typed_as_outlet
from briefgen.aggregate.products import product_record
from briefgen.aggregate.typecues import typed_by_context
from briefgen.extract.actors import plain
from briefgen.extract.rolefit import KINSHIP, fuller_roles, stated_role
from briefgen.models import ActorType, AliasEvidence, Mention, Role

# A fork and the records pickled back cost a few hundredths of a second; a record costs
# ~0.1 ms (0.5 CPU s for ~5,000 clusters of 800 articles), so below a few thousand
# clusters the second core would not pay for itself.
APART_FROM = 2000

Link = tuple[Mention, Mention, str, bool]
# a cluster: its root, its mentions sorted by place, its links between two names
Cluster = tuple[int, list[Mention], list[Link]]


@dataclass(frozen=True)
class ClusterRecord:
    """What an actor is, from its cluster's mentions: all of ``Actor`` but its id, its
    mentions (the cluster's own) and its related actors (read across the actors).
    ``label``: the name is a product, the corpus's publisher or one of its reporters,
    no actor to profile."""

    name: str
    type: ActorType
    aliases: tuple[str, ...]
    roles: tuple[Role, ...]
    sources: tuple[str, ...]
    first_seen: str | None
    last_seen: str | None
    alias_evidence: tuple[AliasEvidence, ...]
    label: bool


@dataclass(frozen=True)
class Corpus:
    """What every record reads beside its own cluster: the texts, each document's date,
    the documents' embassy places (``missions.place_starts``) and each surname's holders
    (the clusters naming a person in full by it)."""

    texts: Mapping[str, str]
    dates: Mapping[str, str | None]
    places: Places
    surnames: Mapping[str, set[int]]


def cluster_records(clusters: Sequence[Cluster], corpus: Corpus) -> list[ClusterRecord]:
    """The record of each (root, mentions sorted by place, links) cluster, in order; its
    first part made in a forked child where there are enough clusters and two cores."""
    if len(clusters) < APART_FROM:
        return [cluster_record(root, ms, links, corpus) for root, ms, links in clusters]
    return beside.in_two(lambda c: cluster_record(c[0], c[1], c[2], corpus), clusters, _weight)


def _weight(cluster: Cluster) -> float:
    """A record's cost in mentions: ~55 us a record and ~8 us a mention (800 articles)."""
    return len(cluster[1]) + 7


def _titled_bare_name(m: Mention) -> str:
    """A person named by one word whose role is a title, not a kinship word ("President
    Clinton", not "mother Katherine"): that word, folded; else ""."""
    ws = words(m.text)
    role = words(m.role or "")
    if m.type != "person" or len(ws) != 1 or not role or role[-1] in KINSHIP:
        return ""
    return ws[0]


def cluster_record(
    root: int, ms: list[Mention], links: list[Link], corpus: Corpus
) -> ClusterRecord:
    """One cluster's record; ``ms`` sorted by (document, start, end)."""
    texts = corpus.texts
    # (a state's embassy by where it stands: one state has one in each capital)
    name = placed_name(canonical_name(ms), ms, texts, corpus.places)
    sources = sorted({m.doc for m in ms})
    days = sorted(d for d in (corpus.dates.get(s) for s in sources) if d)
    # "President Clinton" is no role of Hillary Clinton's when the corpus has another
    # Clinton: a title before a bare surname may be the other one's
    # a role and a description are the narrator's: inside a quotation they are a
    # speaker's words (an insult for another, a crowd's chant: :mod:`narrated`)
    told = [m for m in ms if narrated(m, texts)]
    stated = {
        (m.doc, role)
        for m in told
        # "making him trustee would have allowed …": a refused relief's role is no fact
        if m.role and stated_as_fact(m, texts)
        if corpus.surnames.get(_titled_bare_name(m), {root}) <= {root}
        if (role := stated_role(plain(m.role)))
    }
    kept = fuller_roles({role for _, role in stated})
    roles = sorted((doc, role) for doc, role in stated if role in kept)
    aliases = sorted(
        {plain(m.text) for m in ms if m.kind != "description" or narrated(m, texts)} - {name}
    )
    kind = typed_as_outlet(typed_by_context(actor_type(ms), ms, texts), ms, texts)
    # "Demerol, a painkiller": a product the recogniser took for a body or a person; the
    # corpus's own publisher, named in its pages' bylines and notices; its reporters,
    # named in its bylines and sign-offs
    label = (
        product_record(ms, texts)
        or (kind == "org" and is_house(ms, texts))
        or (kind == "person" and is_reporter(ms, texts))
    )
    return ClusterRecord(
        name=name,
        type=kind,
        aliases=tuple(aliases),
        roles=tuple(Role(doc, text) for doc, text in roles),
        sources=tuple(sources),
        first_seen=days[0] if days else None,
        last_seen=days[-1] if days else None,
        alias_evidence=alias_evidence(name, aliases, links),
        label=label,
    )
