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

An acronym no text defines joins the one name of the corpus that spells it ("EU" and
"European Union", "GSK" and "GlaxoSmithKline"), a name written in two documents at least:
news writes a well-known body's acronym without spelling it out, in other articles than
those that name it in full. Not when two names of the corpus spell it: then it is not known
which.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import TYPE_CHECKING

from briefgen.aggregate.legal_names import core_name
from briefgen.aggregate.names import (
    NAMED,
    acronym_letters,
    acronym_spellings,
    initials,
    org_key,
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
    _link_undefined(mentions, other, uf, {k.upper() for k in defined}, spelled_by)


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


def _link_undefined(
    mentions: list[Mention],
    other: dict[tuple[str, ...], list[int]],
    uf: Union,
    defined: set[str],
    spelled_by: dict[str, dict[tuple[str, ...], int]],
) -> None:
    """An acronym no text defines joins the one name of the corpus that spells it, a name
    the corpus writes in two documents at least: a name written once may be a body that
    shares the initials of a better-known one ("Caspian National Network" beside "CNN");
    one the articles keep writing is the body they mean."""
    docs_of: dict[int, set[str]] = defaultdict(set)
    for i, m in enumerate(mentions):
        docs_of[uf.find(i)].add(m.doc)
    for group in other.values():
        m = mentions[group[0]]
        letters = acronym_letters(m.text)
        if letters is None or m.kind not in NAMED or letters in defined:
            continue
        if 2 * sum(mentions[i].type in ("org", "state") for i in group) <= len(group):
            continue  # an acronym mostly read as a person's initials ("JFK")
        # (names already one actor, "Department of Health" and "Dept of Health", are one)
        actors = {uf.find(i): i for i in spelled_by.get(letters, {}).values()}
        if len(actors) != 1:
            continue
        ((root, i),) = actors.items()
        if len(docs_of[root]) >= 2:
            uf.join(i, group[0], "acronym of the one name spelling it")
