"""Alias links between actor mentions across documents (within one: :mod:`linking`).

Full names join across documents when their spelling skeletons match word for word
(Rakhmon/Rahmon), or when one only adds given names before the other (not a middle name:
Ahmad Shah Masoud stays apart from Ahmad Masoud); a generational suffix (Jr.) keeps a son
apart from a father named in the same document; a people joins its state by English demonym
endings (Kenyans -> Kenya), a capital its state, names of one country join (America, United
States: all in :mod:`countries`); "X" joins "X of Y"; short forms no document settled last
(:mod:`shortnames`, :mod:`barenames`).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import TYPE_CHECKING

from briefgen.aggregate.acronym_senses import acronym_senses
from briefgen.aggregate.acronyms import link_defined_acronyms
from briefgen.aggregate.actortypes import BODY_END_KEYS
from briefgen.aggregate.barenames import link_bare_surnames
from briefgen.aggregate.clipped import link_clipped_surnames
from briefgen.aggregate.countries import (
    link_capitals,
    link_countries,
    link_demonyms,
    link_state_prefixed,
)
from briefgen.aggregate.families import link_family_groups
from briefgen.aggregate.generic_bodies import generic_bodies, link_generic_bodies
from briefgen.aggregate.honorifics import link_titled_surnames
from briefgen.aggregate.kintitles import has_relative
from briefgen.aggregate.legal_names import link_legal_variants
from briefgen.aggregate.missions import link_missions, mission_names
from briefgen.aggregate.mistyped import mistyped_pairs
from briefgen.aggregate.names import (
    NAMED,
    diminutive,
    name_key,
    org_key,
    person_words,
    role_words,
    same_given_name,
    word_tuple,
)
from briefgen.aggregate.namesakes import full_key
from briefgen.aggregate.offices import Holders
from briefgen.aggregate.orgforms import (
    link_channel_forms,
    link_divisions,
    link_family_forms,
    link_hyphen_forms,
    org_short_forms,
)
from briefgen.aggregate.parties import link_party_members
from briefgen.aggregate.relatives import relation_word
from briefgen.aggregate.series import link_meeting_series
from briefgen.aggregate.shortnames import link_short_forms
from briefgen.aggregate.subunits import corpus_places, link_place_qualified, of_place
from briefgen.aggregate.titled_apart import link_titled_apart
from briefgen.models import Mention

if TYPE_CHECKING:
    from briefgen.aggregate.linking import Union


# A full name adds at most two given names before another ("Keith Lamont Scott", "Hillary
# Diane Rodham Clinton" before "Rodham Clinton"); three more words are a run of capitalised
# words the recogniser read as one name.
MOST_ADDED_NAMES = 2


def _is_person(m: Mention) -> bool:
    return m.type == "person"


def _same_person(a: list[str], b: list[str], firsts: Counter[str]) -> str | None:
    """Why two full names (one surname skeleton) may be one person, or None.

    The given names agree word for word (Ed/Edward, Aleksander/Alexander), or one name only
    adds words before the other ("Keith Lamont Scott", "Lamont Scott"), two at most. One
    difference at a time: a diminutive with the surname spelled otherwise (Mike Flanagan,
    Michael Flanigan) is two people. Added words that open with the given name of another
    full name of that surname (``firsts`` counts the full names opening with each) make a
    different person ("Paris Michael Katherine Jackson" beside "Paris Jackson").
    """
    if a == b:
        return None
    if len(a) == len(b):
        if a[-1] != b[-1] and a[:-1] != b[:-1]:
            return None
        if all(same_given_name(x, y) for x, y in zip(a[:-1], b[:-1], strict=True)):
            return "given names agree (a diminutive or a spelling)"
        return None
    longer, shorter = (a, b) if len(a) > len(b) else (b, a)
    if len(shorter) < 2 or longer[-len(shorter) :] != shorter:
        return None
    if len(longer) - len(shorter) > MOST_ADDED_NAMES:
        # "America Ferrera Sent Donald Trump": a headline in title case read as one name
        return None
    if firsts[longer[0]] > 1:
        return None
    return "a full name that only adds words before another"


def _middle_added(a: list[str], b: list[str]) -> bool:
    """One name only adds middle names to the other: same first and last word."""
    longer, shorter = (a, b) if len(a) > len(b) else (b, a)
    return len(shorter) == 2 and len(longer) > 2 and [longer[0], longer[-1]] == shorter


def _compact(name: list[str]) -> tuple[str, str]:
    """(given names run together without spaces or hyphens, surname)."""
    return "".join(name[:-1]).replace("-", ""), name[-1]


def link_across(
    mentions: list[Mention],
    uf: Union,
    texts: dict[str, str],
    *,
    namesakes: frozenset[tuple[str, str]],
    ambiguous: frozenset[str],
    by_given: frozenset[tuple[str, str]],
    offices: Holders,
) -> None:
    """Merge clusters across documents by their names.

    Full names are compared only within a block of one surname (spelling skeleton) and one
    generational suffix, so the work grows with the corpus, not with its square, and
    "Donald Trump Jr." never meets "Donald Trump".

    The corpus's tables of ``mentions`` are the caller's, made once for the linking within
    documents too: ``namesakes`` (``initials_apart``), ``ambiguous``
    (``spelled_two_ways``), ``by_given`` (``known_by_given_name``) and ``offices``
    (``office_holders``).
    """
    # "the Times" after "The New York Times": joined in its document, never across
    short_orgs = org_short_forms(mentions, texts)
    person_full: dict[tuple[tuple[str, ...], str | None], list[int]] = defaultdict(list)
    raw: dict[tuple[tuple[str, ...], str | None], list[str]] = {}
    other: dict[tuple[str, ...], list[int]] = defaultdict(list)
    # (``namesakes``: George H.W. Bush and George W. Bush)
    # an acronym the corpus spells out as two bodies ("DNC": a Committee, a Convention):
    # each use is one of them (:mod:`acronym_senses`), never the same name as another use
    senses = acronym_senses(mentions, texts, ambiguous)
    settled = set(senses)
    for i, m in enumerate(mentions):
        if m.kind not in NAMED:
            continue
        key = name_key(m.text)[0]
        if not key:
            continue
        if _is_person(m):
            if len(key) >= 2:
                fk = full_key(m.text, namesakes)
                person_full[fk].append(i)
                raw.setdefault(fk, person_words(m.text)[0])
        elif i not in short_orgs and i not in settled:
            other[org_key(m.text)].append(i)
    for i, j in short_orgs.items():
        uf.join(j, i, "short form of an organisation's name its document spells out")
    generic = generic_bodies(mentions, other)  # joined last, by the state of each document
    missions = mission_names(mentions, other)  # joined last, by the place each stands in
    for key, group in other.items():
        for j in group[1:] if key not in generic | missions else ():
            uf.join(group[0], j, "same name in another document")
    for use, (body, why) in senses.items():
        uf.join(body, use, why)
    # an acronym meets an expansion only inside a document that uses both (there, "Federal
    # Bureau of Investigation (FBI)"); across documents initials alone would invent one
    keys = sorted(person_full, key=lambda k: (k[0], k[1] or ""))
    key_roles = {k: role_words(mentions[i] for i in group) for k, group in person_full.items()}
    anchor: dict[tuple[tuple[str, ...], str | None], int] = {}
    for k in keys:
        spellings: dict[tuple[str, ...], list[int]] = defaultdict(list)
        for j in person_full[k]:
            spellings[tuple(person_words(mentions[j].text)[0])].append(j)
        firsts = []
        for group in spellings.values():
            for j in group[1:]:
                uf.join(group[0], j, "same name in another document")
            firsts.append(group)
        # A spelling variant (Rakhmon/Rahmon) is one person, unless the roles the texts give
        # the two spellings have nothing in common (a drug agent Flanigan, a lawyer Flanagan).
        for group in firsts[1:]:
            mine, theirs = (
                role_words(mentions[i] for i in group),
                role_words(mentions[i] for i in firsts[0]),
            )
            if mine and theirs and not mine & theirs:
                continue
            uf.join(firsts[0][0], group[0], "same name spelled otherwise in another document")
        # the name's most used spelling speaks for it below (Flanagan 11 times, not the
        # Flanigan written once)
        main = max(firsts, key=len)
        anchor[k] = main[0]
        raw[k] = person_words(mentions[main[0]].text)[0]
    for a, b in mistyped_pairs(raw, key_roles):
        uf.join(anchor[a], anchor[b], "the same name with a letter mistyped or lost")
    # "La Toya" alone in one document, "La Toya Jackson" in another: two words no one in
    # the corpus has as a surname are given names, of the one full name they open
    ends = Counter(k[0][-1] for k in keys)
    opening: dict[tuple[str, ...], list[tuple[tuple[str, ...], str | None]]] = defaultdict(list)
    for k in keys:
        if k[1] is None and k[0][-1] not in BODY_END_KEYS:  # not "… Trump Foundation"
            opening[k[0][:-1]].append(k)
    # (not a name a relative is named by, "the daughter of Aung San": a parent's name may
    # open the child's)
    with_relative = {
        k
        for k in keys
        if any(has_relative(texts.get(mentions[i].doc, ""), mentions[i]) for i in person_full[k])
    }
    for k in keys:
        if (
            k[1] is None
            and ends[k[0][-1]] == 1
            and len(opening.get(k[0], ())) == 1
            and not with_relative & {k, opening[k[0]][0]}
        ):
            uf.join(
                person_full[opening[k[0]][0]][0],
                person_full[k][0],
                "given names of the one full name in the corpus they open",
            )
    for k in keys:  # a person's name the recogniser labelled an organisation elsewhere
        as_org = org_key(" ".join(raw[k]))  # (keyed as organisations' names are)
        if k[1] is None and as_org in other:
            uf.join(
                person_full[k][0], other[as_org][0], "same name, labelled an organisation elsewhere"
            )
    blocks: dict[tuple[str, str | None], list[tuple[tuple[str, ...], str | None]]] = defaultdict(
        list
    )
    for k in keys:
        blocks[(k[0][-1], k[1])].append(k)
    docs_of = {k: {mentions[i].doc for i in group} for k, group in person_full.items()}
    # the kinship nouns each full name is introduced by ("his father Joseph X")
    kin = {
        k: {
            word
            for i in group
            if (word := relation_word(texts.get(mentions[i].doc, ""), mentions[i])) is not None
        }
        for k, group in person_full.items()
    }
    for block in blocks.values():
        # the first given names the corpus writes before this surname: "Paris Michael
        # Katherine Jackson" opens with the given name of a "Paris Jackson", so she is that
        # one, never the "Katherine Jackson" her middle names spell
        firsts_here = Counter(raw[k][0] for k in block)
        for n, a in enumerate(block):
            for b in block[n + 1 :]:
                if _compact(raw[a]) == _compact(raw[b]) and raw[a] != raw[b]:
                    # "La Toya X" and "LaToya X": one given name written with or without a
                    # space or hyphen is one spelling of it, whatever the article
                    uf.join(anchor[a], anchor[b], "given name written with or without a space")
                    continue
                reason = _same_person(raw[a], raw[b], firsts_here)
                fewer, more = (a, b) if len(raw[a]) < len(raw[b]) else (b, a)
                if (
                    reason is None
                    and docs_of[fewer] <= docs_of[more]
                    and len(raw[a]) != len(raw[b])
                ):
                    # a shorter form written only beside the longer ("Lamont Scott" in the
                    # articles on "Keith Lamont Scott") is that person, whoever else shares
                    # the first given name
                    reason = _same_person(raw[a], raw[b], Counter())
                shared = bool(docs_of[a] & docs_of[b])
                roles_a, roles_b = key_roles[a], key_roles[b]
                if reason is None and roles_a & roles_b and _middle_added(raw[a], raw[b]):
                    # "Mexico's Health Secretary, Jose Cordova" and the health secretary
                    # "Jose Angel Cordova" of other articles: one person when the roles the
                    # texts give them agree (a father and son of one given name seldom
                    # share a role)
                    reason = "the same name with a middle name, in the same role"
                if reason is None:
                    continue
                if len(raw[a]) == len(raw[b]):
                    # Two given names that only resemble each other (a diminutive, a
                    # spelling) in one article are two people: an article keeps one form
                    # of a person's name. Across articles they are one unless the roles the
                    # texts give them have nothing in common (an agent, a lawyer), or one
                    # is introduced as a relative ("her daughter Kate"): then only a shared
                    # role makes them one.
                    # An article may write a standard short form after the full given
                    # name ("Edward Chernoff" … "Ed Chernoff"): that alone stays one person.
                    short = all(
                        x == y or diminutive(x, y) for x, y in zip(raw[a], raw[b], strict=True)
                    )
                    if (shared and not short) or (roles_a and roles_b and not roles_a & roles_b):
                        continue
                    # ("his father Joseph X", "X's father, Joe X": the same relation agrees)
                    if (kin[a] or kin[b]) and not roles_a & roles_b and not kin[a] & kin[b]:
                        continue
                elif not shared and not roles_a & roles_b:
                    # given names added before, in another article: a relative of the same
                    # surname as often as the same person, unless the role agrees
                    continue
                uf.join(anchor[a], anchor[b], reason)
    # "Akhmad Masoud Jr." in one document is the "Ahmad Masoud" of another unless some
    # document names both: then they are father and son (Donald Trump, Donald Trump Jr.)
    suffixes: dict[tuple[str, ...], set[str | None]] = defaultdict(set)
    for k in keys:
        suffixes[k[0]].add(k[1])
    # the documents naming each person by any name: a "Michael Joseph Jackson" one document
    # gives the singer is not the son "Michael Joseph Jackson Jr" named beside the singer
    named_in: dict[int, set[str]] = defaultdict(set)
    for i, m in enumerate(mentions):
        if m.type == "person" and m.kind in NAMED:
            named_in[uf.find(i)].add(m.doc)
    unsuffixed: dict[str, list[tuple[tuple[str, ...], str | None]]] = defaultdict(list)
    for k in keys:
        if k[1] is None:
            unsuffixed[k[0][-1]].append(k)
    for k in keys:
        if k[1] is None or "|" in k[1] or suffixes[k[0]] - {None} != {k[1]}:
            continue  # "Jr." only, not "Jr." and "III"
        bare = _unsuffixed_partner(k, unsuffixed[k[0][-1]], raw, person_full, uf)
        if bare is None:
            continue
        # some document names both: father and son
        if not docs_of[k] & (docs_of[bare] | named_in[uf.find(person_full[bare][0])]):
            uf.join(
                person_full[bare][0],
                person_full[k][0],
                "same name with a generational suffix; no document names both",
            )
    link_demonyms(mentions, other, uf, texts)
    link_capitals(mentions, other, uf, texts)
    link_countries(mentions, other, uf)
    places = corpus_places(mentions, other)
    _link_org_of(mentions, other, places, uf)
    link_place_qualified(mentions, other, places, uf)
    link_divisions(mentions, other, uf)
    link_channel_forms(mentions, other, uf)
    link_family_forms(mentions, other, uf)
    link_hyphen_forms(mentions, other, uf)
    link_state_prefixed(mentions, other, uf)
    link_legal_variants(mentions, other, uf)
    link_meeting_series(mentions, other, uf)
    link_defined_acronyms(mentions, other, uf, texts)
    link_party_members(mentions, other, uf)
    link_family_groups(mentions, uf)
    link_generic_bodies(mentions, other, generic, uf)
    link_missions(mentions, other, missions, texts, uf)
    # a bare surname or given name its document did not settle
    link_titled_apart(mentions, texts, uf)
    link_short_forms(mentions, texts, uf, by_given=by_given, offices=offices)
    link_bare_surnames(mentions, texts, uf)
    link_titled_surnames(mentions, texts, uf)
    link_clipped_surnames(mentions, uf)


def _unsuffixed_partner(
    k: tuple[tuple[str, ...], str | None],
    candidates: list[tuple[tuple[str, ...], str | None]],
    raw: dict[tuple[tuple[str, ...], str | None], list[str]],
    person_full: dict[tuple[tuple[str, ...], str | None], list[int]],
    uf: Union,
) -> tuple[tuple[str, ...], str | None] | None:
    """The one person named without the suffixed name's suffix: the same words ("Donald
    Trump" for "Donald Trump Jr."), else given names that are one person's ("Joe Biden" for
    "Joseph R. Biden Jr."), when they all lie in one cluster; None when there is none or
    several people could be meant."""
    exact = (k[0], None)
    if exact in person_full:
        return exact
    found = [
        b
        for b in candidates
        if len(b[0]) == len(k[0])
        and all(same_given_name(x, y) for x, y in zip(raw[b][:-1], raw[k][:-1], strict=True))
    ]
    if len({uf.find(person_full[b][0]) for b in found}) != 1:
        return None
    return found[0]


def _link_org_of(
    mentions: list[Mention],
    other: dict[tuple[str, ...], list[int]],
    places: frozenset[str],
    uf: Union,
) -> None:
    """'Islamic Emirate' joins 'Islamic Emirate of Afghanistan' (a name completed by 'of …').
    A sub-unit named by a place below a country ("Republican Party of Wyoming": the state's
    party, :mod:`subunits`) joins the shorter name only where that is its short form: no
    document names the shorter without the longer (the national party, named on its own
    across the corpus, is another body)."""
    names: dict[str, int] = {}
    docs: dict[str, set[str]] = defaultdict(set)
    for g in other.values():
        name = " ".join(word_tuple(mentions[g[0]].text))
        names[name] = g[0]
        docs[name].update(mentions[i].doc for i in g)
    for name, i in names.items():
        head, sep, _ = name.partition(" of ")
        if not (sep and len(head.split()) >= 2 and head in names):
            continue
        if of_place(mentions[i].text, places) and not docs[head] <= docs[name]:
            continue
        uf.join(names[head], i, "name completed by 'of …'")
