"""Acronyms a text defines: "the World Health Organization (WHO)".

Across documents an acronym is linked to a name only through such a definition, never
through initials alone ("CNN" would spell many names): every document's "WHO" then joins
the World Health Organization, though most never spell it out. Where the corpus defines
one acronym by several names, those whose initials spell it speak for it (a span misread
before the brackets, "Mexico (CDC)", does not), or all when none does (the French "OIE");
they must agree, each a part of the longest ("Centers for Disease Control (CDC)", "Centers
for Disease Control and Prevention (CDC)"), else the acronym stands for several bodies
and stays apart. A name the corpus writes shorter than the definition ("Centre for Disease
Control" beside "Centers for Disease Control and Prevention (CDC)") joins it when it spells
the acronym and is a part of the longest name defined for it.

An acronym no text defines joins no name by its initials across documents: that would
invent an expansion (the issue's "CNN" read as an unrelated body of those initials); inside
a document it joins the name it spells (``linking.link_within``), unless the documents using
it spell out two bodies of those initials (``spelled_two_ways``).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

from rapidfuzz import fuzz

from briefgen.aggregate.legal_names import core_name
from briefgen.aggregate.names import (
    acronym_letters,
    acronym_spellings,
    initials,
    org_key,
    word_tuple,
    words,
)
from briefgen.extract.actors import plain

if TYPE_CHECKING:
    from briefgen.aggregate.linking import Union
    from briefgen.models import Mention

_OPEN = re.compile(r"\s*\(\s*$")


def _definitions(mentions: list[Mention], texts: dict[str, str]) -> dict[str, list[int]]:
    """Acronym letters -> the mentions of the names the texts define it for."""
    ends: dict[tuple[str, int], int] = {}
    for i, m in enumerate(mentions):
        if m.type != "person" and m.kind == "name" and len(words(m.text)) >= 2:
            ends[(m.doc, m.end)] = i
    out: dict[str, list[int]] = defaultdict(list)
    for m in mentions:
        if m.kind != "acronym" or m.type == "person":
            continue
        text = texts.get(m.doc, "")
        gap = _OPEN.search(text[max(0, m.start - 4) : m.start])
        if gap is None or text[m.end : m.end + 1] != ")":
            continue
        name = ends.get((m.doc, m.start - len(gap.group())))
        if name is not None:
            out[plain(m.text).replace(".", "")].append(name)
    return out


def _inside(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    n = len(short)
    return any(long[k : k + n] == short for k in range(len(long) - n + 1))


def link_defined_acronyms(
    mentions: list[Mention],
    other: dict[tuple[str, ...], list[int]],
    uf: Union,
    texts: dict[str, str],
) -> None:
    """Every use of an acronym joins the names the texts define it for, when they agree."""
    spelled_by = _spelled_by(mentions, other)
    defined = _definitions(mentions, texts)
    for letters, names in defined.items():
        group = other.get(org_key(letters))
        if not group:
            continue
        cores = {org_key(core): core for i in names if (core := core_name(mentions[i].text)[1])}
        if not cores:
            continue
        # the names whose initials spell the letters speak for the acronym; a name that does
        # not spell them is a misread span ("Mexico (CDC)") unless none does (French "OIE")
        spelled = {k for k, core in cores.items() if initials(core).startswith(letters.upper())}
        chosen = spelled or set(cores)
        longest = max(chosen, key=len)
        if not all(_inside(k, longest) for k in chosen):
            continue  # two bodies of those initials
        for i in names:
            if org_key(core_name(mentions[i].text)[1]) in chosen:
                uf.join(i, group[0], "acronym the texts define for the name")
        for key, i in spelled_by.get(letters.upper(), {}).items():
            if key not in chosen and _inside(key, longest):
                uf.join(group[0], i, "a part of the name the texts define the acronym for")


def _spelled_by(
    mentions: list[Mention], other: dict[tuple[str, ...], list[int]]
) -> dict[str, dict[tuple[str, ...], int]]:
    """Acronym letters -> the names of organisations and places spelling them (by the key of
    the name without its state or legal form) -> one mention of each."""
    out: dict[str, dict[tuple[str, ...], int]] = defaultdict(dict)
    for group in other.values():
        m = mentions[group[0]]
        if m.type not in ("org", "state") or acronym_letters(m.text) is not None:
            continue
        core = core_name(m.text)[1]
        for letters in acronym_spellings(core):
            out[letters].setdefault(org_key(core), group[0])
    return out


def spelled_two_ways(
    mentions: list[Mention], texts: Mapping[str, str] | None = None
) -> frozenset[str]:
    """Acronym letters whose documents spell out two different bodies of those initials.

    Inside a document an acronym joins the name it spells, though the document never
    defines it: "the Democratic National Committee … the DNC". But where the documents
    that use "DNC" spell out a Committee in some and a Convention in others, a document
    naming only the Convention may still mean the Committee by its "DNC"; there initials
    alone cannot say which, and the acronym is left to its definitions. A document that
    spells out both is no such evidence: where every other document using "RNC" spells
    out only the Committee, the Committee is what the corpus calls by it. Unless the words
    around one of its uses name the other kind of body (``texts`` given; the cues of
    :func:`acronym_senses.cue`): "the DNC chair", "the DNC emails" in a story spelling out
    both, beside others spelling out only the Convention, is the Committee, and the corpus
    calls two bodies by the letters.
    """
    used: dict[str, set[str]] = defaultdict(set)
    uses: dict[tuple[str, str], list[Mention]] = defaultdict(list)
    spelled: dict[tuple[str, str], set[tuple[str, ...]]] = defaultdict(set)
    for m in mentions:
        if m.type == "person":
            continue
        letters = acronym_letters(m.text)
        if m.kind == "acronym" or letters is not None:
            letters = letters or plain(m.text).replace(".", "").upper()
            used[m.doc].add(letters)
            uses[(m.doc, letters)].append(m)
        else:
            for spelled_as in acronym_spellings(m.text):
                spelled[(m.doc, spelled_as)].add(word_tuple(m.text))
    bodies: dict[str, set[tuple[str, ...]]] = defaultdict(set)
    for (doc, letters), names in spelled.items():
        # a document spelling out both bodies says nothing of which its acronym means (it
        # joins neither there: ``linking.link_within``); one spelling out a single body is
        # the evidence, and the acronym is left alone only where two such disagree
        if letters not in used.get(doc, ()):
            continue
        if not two_bodies(names):
            bodies[letters] |= names
        elif texts is not None:
            bodies[letters] |= _cued(names, uses[(doc, letters)], texts.get(doc, ""))
    return frozenset(letters for letters, names in bodies.items() if two_bodies(names))


def _cued(names: set[tuple[str, ...]], uses: Sequence[Mention], text: str) -> set[tuple[str, ...]]:
    """Of the names of two bodies one document spells out, those of the kind (a gathering,
    a standing body) the words around one of its acronym's uses name."""
    from briefgen.aggregate.acronym_senses import GATHERINGS, cue

    out: set[tuple[str, ...]] = set()
    for m in uses:
        said = cue(text, m)
        if said is not None:
            gathering = said == "gathering"
            out |= {n for n in names if n and (n[-1] in GATHERINGS) == gathering}
    return out


def letters_of(m: Mention) -> str | None:
    """The letters of an acronym mention ("U.N." -> UN), or None for a name."""
    letters = acronym_letters(m.text)
    if letters is None and m.kind == "acronym":
        letters = plain(m.text).replace(".", "").upper()
    return letters


def introduced_acronyms(ms: Sequence[tuple[int, Mention]]) -> dict[int, int]:
    """One document's acronym uses -> the name each stands for there: the one body whose
    name, spelling the acronym, the document gives before its first use ("the Democratic
    National Convention … from the stage of the DNC"). A writer introduces the name, then
    shortens it; an acronym used before any name is spelled out ("the DNC email leak …
    one day before the Democratic National Convention") is not the body named after it,
    nor one used after two bodies of its letters ("… Committee … Convention … DNC")."""
    ordered = sorted(ms, key=lambda im: im[1].start)
    first_use: dict[str, int] = {}
    for _, m in ordered:
        letters = letters_of(m)
        if letters is not None and m.type != "person":
            first_use.setdefault(letters, m.start)
    before: dict[str, dict[tuple[str, ...], int]] = defaultdict(dict)
    for i, m in ordered:
        if m.kind == "acronym" or m.type == "person" or acronym_letters(m.text) is not None:
            continue
        for letters in acronym_spellings(m.text):
            if m.start < first_use.get(letters, -1):
                before[letters].setdefault(word_tuple(m.text), i)
    out = {}
    for i, m in ordered:
        letters = letters_of(m)
        names = before.get(letters or "", {})
        if m.type != "person" and names and not two_bodies(names):
            out[i] = next(iter(names.values()))  # the name's first mention
    return out


def two_bodies(names: Iterable[tuple[str, ...]]) -> bool:
    """Whether these names (their words) spelling one acronym name two bodies ("Democratic
    National Committee", "Democratic National Convention")."""
    names = list(names)
    return any(not one_body(a, b) for a in names for b in names)


# Two spellings this alike (rapidfuzz ratio, 0-100) are one name mistyped ("Heath
# Protection Agency"), not a second body; a Committee and a Convention score 78.
MISTYPED = 90


def one_body(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether two names spelling one acronym name one body: one holds the other's words
    ("Centers for Disease Control and Prevention"), or one is the other mistyped."""
    short, long = sorted((a, b), key=len)
    return _inside(short, long) or fuzz.ratio(" ".join(a), " ".join(b)) >= MISTYPED
