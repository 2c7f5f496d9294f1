"""The actors as the profiles and lists show them: who is profiled, in which order, with
which names, roles and key positions.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import replace
from functools import cache
from itertools import islice
from typing import TYPE_CHECKING

from briefgen.extract.actors import plain
from briefgen.models import Actor, Brief, Document, Mention, Position
from briefgen.render.breadth import broad_before_deep
from briefgen.render.citing import QUOTE_LIMIT, Citer, anchor, reported, trim
from briefgen.render.past_roles import held_then
from briefgen.render.printing import Printing
from briefgen.render.role_forms import RoleWords, edited_roles, is_description, role_words
from briefgen.render.views import ActorView, PositionView
from briefgen.statement import statement, told_whom_of
from briefgen.story import PRINCIPALS
from briefgen.when import When
from briefgen.when import label as readable

if TYPE_CHECKING:
    from briefgen.kept_terms import DocumentTerms

POSITIONS_PER_ACTOR = 3
# Beyond the profiles, a long corpus names hundreds of actors: list this many, count the rest.
LISTED_ACTORS = 40
#: Actors profiled in full (in ``brief.actors`` order, which ranks them); the
#: rest are listed in one compact table. As many as the timeline counts principals.
PROFILED_ACTORS = PRINCIPALS
# A body heard with no statement that reads alone keeps a profile when named by this
# share of the sources at least: the story is about it.
BROAD_SHARE = 0.25
ACTOR_TYPES = {"person": "Person", "org": "Organisation", "state": "State", "group": "Group"}


def plural_members(actors: Iterable[Actor]) -> dict[str, frozenset[str]]:
    """Each party's names for its members in the plural ("Republicans")."""
    from briefgen.aggregate.parties import PLURAL_MEMBERS

    return {
        a.id: frozenset(e.alias for e in a.alias_evidence if e.reason == PLURAL_MEMBERS)
        for a in actors
    }


def position_view(
    p: Position, cite: Citer, names: dict[str, str], members: dict[str, frozenset[str]]
) -> PositionView:
    speaker = names.get(p.speaker_id or "", p.speaker or "Unattributed")
    said = plain(p.speaker_mention.text) if p.speaker_mention else ""
    if said in members.get(p.speaker_id or "", ()):
        # "Republicans said": some of the party's members (a committee's), as the text
        # says; "Republican Party said" would make it the party's own word
        speaker = said
    doc = cite.documents.get(p.doc)
    # the content with its references back named ("the bank [La Jolla Bank & Trust Co.]")
    text = trim(p.shown or p.text, QUOTE_LIMIT)
    return PositionView(
        position=p,
        speaker=speaker,
        text=text,
        statement=statement(
            speaker if p.speaker_id or p.speaker else None,
            text,
            p.kind,
            p.cue and told_whom_of(p, doc.text if doc else ""),
            doc.text if doc else "",
        ),
        direct=p.kind == "direct",
        # when it was said ("in a statement Friday"); a statement the text does not date
        # has its article's day (``said_when``), shown as when it was reported: a proposal
        # recalled as background was not made on the day of the article
        date_label=reported(p.date or (doc.date if doc else None))
        if p.date is None or (doc is not None and _same_day(p.date, doc.date))
        else readable(p.date, empty=""),
        cites=cite([p.evidence, p.doc]),
    )


def _same_day(value: str, day: str | None) -> bool:
    """Whether ``value`` is the day ``day`` is, read as dates ("2009-05-01TNI", tonight, is
    1 May 2009), not compared as strings."""
    when, other = When.of(value), When.of(day)
    return (
        when is not None
        and other is not None
        and (when.first, when.last)
        == (
            other.first,
            other.last,
        )
    )


_POSSESSIVE = re.compile(r"(?<=\w)['’]s?$")


def _shown_aliases(actor: Actor, shown_roles: Collection[str] = ()) -> tuple[str, ...]:
    """The other names an actor goes by, each once: a possessive ("Donald Trump’s") is the
    name it is written with, not another one; a description ("the Marlow senator", "a
    hater") is no name (its role is the profile's Role), and of one name written in capitals
    and in small letters ("REED", "Reed") the small letters are kept."""
    seen = {actor.name.casefold()} | {r.casefold() for r in shown_roles}
    person = actor.type == "person"
    names = [_POSSESSIVE.sub("", a.strip()) for a in actor.aliases]
    # a name in small letters first, so its capitals' writing is the one left out
    shown = []
    for name in sorted(names, key=lambda n: n.isupper()):
        if name and name.casefold() not in seen and not is_description(name, person):
            seen.add(name.casefold())
            shown.append(name)
    return tuple(sorted(shown, key=names.index))


def actor_views(
    brief: Brief,
    cite: Citer,
    printing: Printing,
    foreign: Callable[[str], bool] | None = None,
    kept: Mapping[str, DocumentTerms] | None = None,
) -> list[ActorView]:
    """Actors as the profiles show them: the principal actors first (salience, not talk).
    ``foreign`` tells a quotation in another language (``language.foreign`` by default);
    ``kept``: each document's content terms, from the build's cache (``kept_terms``)."""
    from briefgen.aggregate.actors import (
        VOICED_SOURCES,
        central_actors,
        off_topic,
        profile_order,
        voiced_sources,
    )
    from briefgen.aggregate.focus import Focus, shown_sentences
    from briefgen.aggregate.keypositions import key_positions
    from briefgen.aggregate.salience import lead_sources_both, something_to_show_first

    names = {a.id: a.name for a in brief.actors}
    members = plural_members(brief.actors)
    spoken: dict[str, list[Position]] = defaultdict(list)
    for p in brief.positions:
        if p.speaker_id:
            spoken[p.speaker_id].append(p)
    texts = {d.id: d.text for d in brief.documents}
    # The sources leading with each actor, as who a source leads with and (with those about
    # it) as the profiles' order weighs them: one reading of the mentions for both.
    aside = off_topic(brief.documents, brief.query, brief.actors)
    leads, about = lead_sources_both(brief.actors, brief.documents, aside)
    ranked = profile_order(
        brief.actors, brief.events, brief.positions, brief.query, texts, brief.documents, about
    )
    focus = Focus.of(
        brief.query,
        [(a.name, a.type) for a in ranked[:PROFILED_ACTORS]],
        (d.date for d in brief.documents),
        # the pages mostly about something else and the words naming the story (the
        # query's, or the names most sources name), as the printed chronology found them
        printing.aside,
        printing.texts,
        printing.strung,
        printing.story,
        shown_sentences(brief),
        printing.query,
        brief.positions,
        {d.id: d.date for d in brief.documents},
        foreign,
        None if kept is None else {d: share.content for d, share in kept.items()},
        printing.other,
    )

    def chooser(actor: Actor) -> Callable[[], tuple[PositionView, ...]]:
        # Chosen once per actor: a view copied (``link_listed``) shares the choice.
        @cache
        def choose() -> tuple[PositionView, ...]:
            chosen = key_positions(
                actor.id, spoken[actor.id], POSITIONS_PER_ACTOR, focus, actor.type == "person"
            )
            return tuple(position_view(p, cite, names, members) for p in chosen)

        return choose

    style = _role_style(brief)
    views = []
    for actor in ranked:
        roles = _distinct_roles(actor, style)
        aliases = _shown_aliases(actor, roles)
        views.append(
            ActorView(
                actor=actor,
                anchor=anchor("actor", actor.id),
                type_label=ACTOR_TYPES.get(actor.type, actor.type.title()),
                roles=roles[:4],
                aliases=aliases[:6],
                first_seen=readable(actor.first_seen, empty="—"),
                last_seen=readable(actor.last_seen, empty="—"),
                related=tuple((names[r], anchor("actor", r)) for r in actor.related if r in names),
                choose_positions=chooser(actor),
            )
        )
    # A person or the body the query names keeps its place without a statement to show:
    # the story's subject (a murdered doctor, a child in a custody fight, the alliance
    # being enlarged) is often spoken about, not quoted, and is still its principal actor.
    # So does a body heard in several sources whose lines none reads alone, when it is the
    # story's own ground (a party in a primaries race, named by a quarter of the sources):
    # it is quoted, not a setting named in every article. A country or body heard now and
    # then in a story told across the world (where a few cases were found, which market
    # fell) shows nothing in its profile: an actor with statements to show takes the place.
    central = central_actors(brief.actors, brief.query)
    voiced = voiced_sources(brief.positions)
    widely = BROAD_SHARE * len(brief.documents)

    def shows(v: ActorView) -> bool:
        a = v.actor
        heard = len(voiced[a.id]) >= VOICED_SOURCES and len(set(a.sources)) >= widely
        return bool(v.positions) or a.type == "person" or a.id in central or heard

    ordered = something_to_show_first(views, shows, PROFILED_ACTORS)
    # a source that leads with an actor and quotes it tells that actor's story
    told = {aid: docs for aid, docs in leads.items() if any(p.doc in docs for p in spoken[aid])}
    # named in passing or in history by every source, with nothing to show: no principal
    docs = {d.id: d for d in brief.documents}
    needed = _needed(len(brief.documents))
    thin = {
        v.actor.id for v in ordered if len(v.actor.sources) >= needed and _in_passing(v.actor, docs)
    }
    # named mostly on pages about something else (a senator in a foreign leader's visit
    # and a bank hearing, in a month of campaign news): no principal of this story either
    elsewhere = {v.actor.id for v in ordered if len(set(v.actor.sources) - aside) < needed}
    stand_ins = _stand_ins(ordered, texts, voiced, docs, central)
    in_office = {
        v.actor.id
        for v in ordered[: 2 * PROFILED_ACTORS]
        if _named_in_office_by_all(v.actor, texts)
    }
    chosen = _widely_named_first(
        ordered, len(brief.documents), told, thin | elsewhere, stand_ins, in_office
    )
    # named only on pages about something else: the hosts of a week's radio schedules
    # saved among a story's pages (not an actor some of its sources name beside the story)
    return [replace(v, aside=True) if set(v.actor.sources) <= aside else v for v in chosen]


def _role_style(brief: Brief) -> RoleWords:
    """How the brief's roles are compared: by the names its parties go by
    (:mod:`role_forms`)."""
    parties = [(a.name, *a.aliases) for a in brief.actors if a.type in ("org", "group")]
    return role_words(parties)


def _stand_ins(
    ordered: list[ActorView],
    texts: Mapping[str, str],
    voiced: Mapping[str, set[str]],
    documents: Mapping[str, Document],
    central: Collection[str] = frozenset(),
) -> set[str]:
    """The actors near the profiles who stand in a principal's place
    (:mod:`briefgen.aggregate.stand_ins`): the voice of a body near the profiles or of no
    body named (its words are the body's); a contestant recalled as having left the
    contest and seldom heard; and, with no statement to show, a person the sources mostly
    recall (history, an office no longer held), a body named by its building (its staff's
    words are its principal's) and, wherever ranked, a country few sources name and only
    as where things happen, or a body named only as the one asked, told or reported to.
    The actors a query word names keep their place."""
    from briefgen.aggregate.profiles import VOICED_SOURCES
    from briefgen.aggregate.stand_ins import (
        left_before,
        named_as_addressee,
        named_as_setting,
        named_by_seat,
        recalls_past,
        speaks_for,
    )

    near = [v for v in ordered[: 2 * PROFILED_ACTORS] if v.actor.id not in central]
    # the bodies near the profiles: one ranked below its spokesman there (his quotes come
    # first) takes a profile when he leaves his place
    bodies = [v.actor for v in ordered[: 2 * PROFILED_ACTORS]]

    def silent_stand_in(v: ActorView) -> bool:
        if v.positions:
            return False
        return recalls_past(v.actor, texts, documents) or named_by_seat(v.actor)

    # a country named where things happen may be ranked anywhere: past the near ones it
    # still takes a vacated place by mentions (the cheap test first, the statements after)
    # and so may a body named only as the one asked, told or reported to
    settings = {
        v.actor.id
        for v in ordered
        if v.actor.id not in central
        and (named_as_setting(v.actor, texts, len(documents)) or named_as_addressee(v.actor, texts))
        and not v.positions
    }

    return {
        v.actor.id
        for v in near
        if speaks_for(v.actor, bodies)
        or left_before(v.actor, texts, len(voiced.get(v.actor.id, ())), VOICED_SOURCES)
        or silent_stand_in(v)
    } | settings


# A profile is for an actor several sources name: one or two stories' interviewee, a
# writer quoted once, a publisher whose editorial is in the corpus, are no principal of a
# story many sources tell. A fifth of the sources is enough in a corpus of few.
PROFILE_SOURCES = 3
# A source about an actor makes it a principal when the actor is named there as a
# subject is, more than in the headline and once in the text.
LEAD_MENTIONS = 3
SMALL_CORPUS_SHARE = 5


def _acts(view: ActorView) -> bool:
    """A person, a body, a country, or anyone with statements to show: not a town or a
    region named as where things happened."""
    from briefgen.aggregate.countries import state_name

    actor = view.actor
    if actor.type in ("person", "org") or view.positions:
        return True
    return actor.type == "state" and state_name(actor.name)


# A person never quoted is a principal of the period when this many sources at least, each
# of them, name the office they hold: the minister who signed the accord, named once in
# each report. One source's role is how a report introduces anyone it names.
OFFICE_SOURCES = 2


def _named_in_office_by_all(actor: Actor, texts: Mapping[str, str]) -> bool:
    """Whether ``actor`` is a person every source of which (``OFFICE_SOURCES`` at least)
    names in an office of a government or a public body it holds (``side_voices.in_office``:
    "Deputy Prime Minister Ann Holt"; not a "former" one, not a spokesman or an aide)."""
    from briefgen.side_voices import named_in_office

    sources = set(actor.sources)
    if actor.type != "person" or len(sources) < OFFICE_SOURCES:
        return False
    by_doc: dict[str, list[Mention]] = defaultdict(list)
    for m in actor.mentions:
        by_doc[m.doc].append(m)
    # source by source, stopping at the first that names no office (a principal of a
    # large corpus is named thousands of times)
    return all(
        doc in texts and any(named_in_office(m, texts[doc]) for m in by_doc.get(doc, ()))
        for doc in sources
    )


def _needed(documents: int) -> int:
    """The sources that make an actor a principal: ``PROFILE_SOURCES``, fewer in a corpus
    of few."""
    return max(1, min(PROFILE_SOURCES, documents // SMALL_CORPUS_SHARE))


def _in_passing(actor: Actor, documents: Mapping[str, Document]) -> bool:
    """Whether every source names the actor once or only in history: many sources recall
    it in passing ("home to Senator X", "Romney's victory in 2012"); none is about it."""
    from briefgen.aggregate.salience import background_sources, passing_sources

    named = passing_sources(actor) | background_sources(actor, documents)
    return named >= set(actor.sources)


def _widely_named_first(
    views: list[ActorView],
    documents: int,
    leads: Mapping[str, set[str]],
    thin: Collection[str] = frozenset(),
    stand_ins: Collection[str] = frozenset(),
    in_office: Collection[str] = frozenset(),
) -> list[ActorView]:
    """``views`` (ranked, those with something to show first) with the profiles' places
    given to actors enough sources name, or whose story a source tells (``leads``: its
    headline or lede names them and it quotes them; the running mate of a story of the
    week, in a corpus of few), in their order; the others keep theirs after them. Sources
    that each name an actor once or in history only, or that are mostly about something
    else (``thin``), do not make it a principal, unless it has statements to show. A
    place an actor too thinly sourced leaves goes to the next one with statements to show
    or to the next body or country, never to a setting nobody quotes (a town, a region)
    nor to a person never heard: a small corpus may have fewer profiles. A person
    standing in a principal's place (``stand_ins``: a body's spokesman, a contestant who
    left) takes no profile. A person twice as many sources name as a profiled one takes
    its place (:func:`breadth.broad_before_deep`). A person never quoted whom every source
    names in office (``in_office``: the minister who signed the accord) is heard through
    the acts the reports tell, as one quoted is."""
    needed = _needed(documents)

    def heard(v: ActorView) -> bool:
        return v.actor.id in in_office or bool(v.positions)

    # (statements are looked up only near the top: choosing them costs, and an actor past
    # twice the profiles is no principal)
    near = {v.actor.id for v in views[: 2 * PROFILED_ACTORS]}
    sourced = [
        v
        for v in views
        if (
            len(set(v.actor.sources)) >= needed
            and (v.actor.id not in thin or (v.actor.id in near and heard(v)))
        )
        or (v.actor.id in leads and len(v.actor.mentions) >= LEAD_MENTIONS)
    ]
    first = {v.actor.id for v in views[:PROFILED_ACTORS]}
    # past the first places a vacated one goes to an actor, not to a setting, and a person
    # only when heard: one never quoted in the period, ranked past the principals, is
    # recalled (a past nominee in a poll's comparison, a spouse named in passing). Such a
    # place passes on to the next near actor that may take it (a contestant ranked past
    # a recalled former officeholder); past the near ones, only as far as the places reach
    # in order (a far body with nothing to show is no principal).
    candidates = [v for v in sourced if v.actor.id not in stand_ins]
    reach = near | {v.actor.id for v in candidates[:PROFILED_ACTORS]}
    # (lazily: a person's statements are chosen only until the places are filled)
    eligible = (
        v
        for v in candidates
        if v.actor.id in reach
        and (v.actor.id in first or (_acts(v) and (v.actor.type != "person" or heard(v))))
    )
    head = [replace(v, profiled=True) for v in islice(eligible, PROFILED_ACTORS)]
    waiting = [v for v in candidates if v.actor.id in near]
    head = broad_before_deep(head, waiting)
    taken = {v.actor.id for v in head}
    return head + [v for v in views if v.actor.id not in taken]


def split_actors(
    views: list[ActorView],
) -> tuple[list[ActorView], list[ActorView], list[ActorView], int]:
    """The profiled actors, the others named more than once and those named once (each
    list capped, without those named only on pages about something else), and how many
    are left out."""
    profiled = [v for v in views if v.profiled]
    rest = [v for v in views if not v.profiled and not v.aside]
    unlisted_aside = sum(1 for v in views if not v.profiled and v.aside)
    others = [v for v in rest if len(v.actor.mentions) > 1]
    minor = [v for v in rest if len(v.actor.mentions) <= 1]
    unlisted = len(others[LISTED_ACTORS:]) + len(minor[LISTED_ACTORS:]) + unlisted_aside
    return profiled, others[:LISTED_ACTORS], minor[:LISTED_ACTORS], unlisted


def link_listed(views: list[ActorView]) -> list[ActorView]:
    """Clear the anchors of actors the page does not list (past the caps), in their own
    view and wherever another actor names them as related, so no link points nowhere."""
    profiled, others, minor, _ = split_actors(views)
    listed = {v.anchor for v in (*profiled, *others, *minor)}
    return [
        replace(
            v,
            anchor=v.anchor if v.anchor in listed else "",
            related=tuple((name, a if a in listed else "") for name, a in v.related),
        )
        for v in views
    ]


def _distinct_roles(actor: Actor, style: RoleWords | None = None) -> tuple[str, ...]:
    """The actor's roles as a profile lists them (:mod:`role_forms`): each once however its
    sources write it, folded into the fuller writing of it, the one most sources state
    first; without the roles that stand for nothing on their own (see
    :func:`_points_elsewhere`), the roles held at an earlier point of the story
    ("then-Senator": :mod:`past_roles`), an abbreviation beside the role it shortens ("Sen"
    beside "Senator"), and a title beside the same title held before."""
    texts = [
        (r.doc, text)
        for r in actor.roles
        if (text := " ".join(r.text.split()))
        and not _points_elsewhere(text)
        and not held_then(text)
    ]
    shown = edited_roles(texts, style)
    keys = {r.casefold(): r for r in shown}
    return tuple(r for r in shown if not _abbreviates_another(r.casefold(), keys))


# Words that make a role a relation to someone the role does not name: "fellow candidate",
# "Democratic rival", "one-time ally", "his predecessor".
_RELATION_WORDS = frozenset(
    {"fellow", "rival", "rivals", "opponent", "opponents", "counterpart", "ally", "allies"}
    | {"colleague", "predecessor", "successor"}
)
# A place or time the sentence gave before: "the governor there", "the mayor then".
_DEICTIC_WORDS = frozenset({"there", "here", "then"})
# "the state's governor", "the country's president": which place, the sentence before said
# (an owner who is a person or a body, "the singer's doctor", is the story's own and reads).
_PLACE_OWNER = re.compile(
    r"^the\s+(?:state|country|nation|city|town|county|province|region|district)['’]s\s",
    re.IGNORECASE,
)
MAX_ABBREVIATION = 4


def _points_elsewhere(role: str) -> bool:
    """Whether a role stands for nothing on the page without its sentence: a relation to
    someone it does not name, or a place named before it."""
    words = [w.strip(".,;:'’").casefold() for w in role.split()]
    if any(w in _RELATION_WORDS or w in _DEICTIC_WORDS for w in words):
        return True
    return bool(_PLACE_OWNER.match(role))


def _abbreviates_another(key: str, roles: dict[str, str]) -> bool:
    """Whether a one-word role is the short form of another of the roles ("sen" of
    "senator", "gov." of "governor")."""
    short = key.rstrip(".")
    if " " in short or len(short) > MAX_ABBREVIATION:
        return False
    return any(other != key and other.startswith(short) for other in roles)
