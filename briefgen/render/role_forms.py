"""A profile's roles as one careful editor lists them.

Sources write one role many ways: "the presumptive Democratic nominee", "Presumptive
Democrat nominee", "presumptive Democratic presidential nominee"; a title before a name is
capitalised ("Vermont Senator"), the same words after it are not ("a Vermont senator").
A role here is compared on its *form*: its content words, case folded, without
determiners, owners' possessive endings and the joining words of a phrase ("senator from
Vermont" is "Vermont senator"), a party's other names read as its adjective ("GOP",
"Republican"; "Democrat", "Democratic"), and whether it is marked as held before
("former"). One role is shown per form; a form whose words are all in a fuller form of the
same actor (held now or before alike, no rank word between them: "Vice President" is no
fuller "President") is that role said with less, and is folded into the fuller one, which
tells more and which those sources' count then backs. A title held now beside the same
title held before ("President" beside "former president") is the courtesy title news copy
gives a former holder, unless every source giving it is later than every source calling
the person former (the office regained in the period).

A role is a phrase for what a person is: its head a role noun (a title, an office, a job,
a relation: the words :mod:`briefgen.extract.actor_words` and
:mod:`briefgen.extract.rolefit` know, or an agent noun), not an evaluation of them ("the
most unconventional candidate", "proud progressive", "… and strong favorite").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from briefgen.extract.actor_words import ROLE_NOUNS, TITLES, word_set
from briefgen.extract.rolefit import HONORIFICS, KINSHIP

__all__ = [
    "RoleWords",
    "edited_roles",
    "is_description",
    "is_role_phrase",
    "party_words",
    "role_form",
    "role_words",
]

# Words that join a role's content words or say whose it is: no part of what the role is.
_JOINING = word_set("the a an of for from in at on to with his her their its")
# Marks of a role held before, no longer (``then-`` roles never reach here: ``past_roles``).
_PAST = word_set("former ex onetime one-time previous")
# Words that make another office of the same head: a vice president is no president.
_RANK = word_set("vice deputy assistant associate lieutenant under sub co junior")
# Words that rank a person among others or grade them, not name a position.
_EVALUATIVE = word_set("most least best worst only very")
_SUPERLATIVE = re.compile(r"^[a-z]+(?:iest|([bdgmnpt])\1est)$")
# Endings of adjectives ("progressive", "famous", "historic"): a head so ended is a quality.
_ADJECTIVE_ENDINGS = ("ive", "ous", "ful", "less", "able", "ible", "ish", "ic", "al")
# Endings of agent nouns (as :func:`briefgen.extract.rolefit.good_role` reads them).
_AGENT_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent", "man", "woman", "ee", "ess")
_ROLE_VOCABULARY = ROLE_NOUNS | TITLES | KINSHIP | word_set("speaker lawmaker justice counsel")
# Words that open a prepositional phrase after a role's head ("director of …").
_PREPOSITIONS = word_set("of for from in at on to with")
# Forms of address, never a role on their own ("Dr") nor the end of one ("… Director Dr").
_ADDRESS = HONORIFICS | word_set("dr prof sir dame lord lady")
# Small words a name writes in lower case ("Centers for Disease Control", "Juan de la Cruz").
_NAME_PARTICLES = word_set("of for and the de la le du da van von der den bin al el y on in at &")
# A conjunct opening with a lower-case word joins another role ("candidate and former
# senator") or an evaluation ("nominee and strong favorite"); one opening with a capital
# is part of a name ("Health and Human Services").
_CONJUNCT = re.compile(r"\s+and\s+(?=[a-z])")
_DETERMINER = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
_POSSESSIVE_END = re.compile(r"['’]s?$")


@dataclass(frozen=True, slots=True)
class RoleWords:
    """What the roles of one brief are compared and written with: each party's other names
    as its adjective (``party``: "gop" -> "republican"), the words written in lower case
    in a role (``lower``), and each source's day (``days``)."""

    party: Mapping[str, str] = field(default_factory=dict)
    lower: frozenset[str] = frozenset()
    days: Mapping[str, str | None] = field(default_factory=dict)


def _word(token: str) -> str:
    """A token as a role's form reads it: case folded, no possessive, no full stops."""
    w = token.casefold().strip(',;:"()“”‘')
    w = _POSSESSIVE_END.sub("", w)
    return w.replace(".", "").strip("'’")


def role_form(role: str, party: Mapping[str, str] | None = None) -> tuple[bool, frozenset[str]]:
    """Whether ``role`` is marked as held before, and its content words (see the module)."""
    party = party or {}
    ws = [_word(t) for t in re.split(r"[\s\-–]+", role)]
    ws = [party.get(w, w) for w in ws if w and w not in _JOINING]
    return any(w in _PAST for w in ws), frozenset(w for w in ws if w not in _PAST)


def is_role_phrase(role: str) -> bool:
    """Whether ``role`` names a position (its head a role noun), not an evaluation."""
    tokens = [t for t in (_word(t) for t in role.split()) if t]
    if not tokens or any(t in _EVALUATIVE or _SUPERLATIVE.match(t) for t in tokens):
        return False
    head_at = next((i for i, t in enumerate(tokens) if i and t in _PREPOSITIONS), len(tokens))
    head = tokens[head_at - 1].rsplit("-", 1)[-1]
    if head in _ROLE_VOCABULARY:
        return True
    return head.endswith(_AGENT_ENDINGS) and not head.endswith(_ADJECTIVE_ENDINGS)


def _without_address(role: str) -> str:
    """``role`` without the forms of address that end it ("WHO Director General Dr")."""
    words = role.split()
    while words and words[-1].strip(".").casefold() in _ADDRESS:
        words.pop()
    return " ".join(words)


def role_parts(role: str) -> list[str]:
    """The roles a role text states, as a profile may list them: its conjuncts that name a
    position, without a leading article or a form of address at the end."""
    parts = []
    for part in _CONJUNCT.split(" ".join(role.split())):
        part = _without_address(_DETERMINER.sub("", part))
        if part and is_role_phrase(part):
            parts.append(part)
    return parts


def party_words(names: Iterable[Sequence[str]]) -> dict[str, str]:
    """Each party's other names as its adjective, from the names each party actor goes by
    (its name and aliases): "GOP" and "Republicans" beside "Republican Party" read
    "republican"; "Democrat" and "Democrats" beside "Democratic Party" read "democratic"."""
    out: dict[str, str] = {}
    for known in names:
        folded = [[_word(t) for t in n.split()] for n in known]
        # the adjective of the first name with "Party" (the actor's own name before its
        # aliases): "Democrat Party" is a writing of the "Democratic Party"
        adjectives = [ws[0] for ws in folded if len(ws) == 2 and ws[1] == "party"]
        if not adjectives:
            continue
        adjective = adjectives[0]
        stem = adjective.removesuffix("ic")
        for ws in folded:
            if len(ws) == 1 or (len(ws) == 2 and ws[1] == "party"):
                out[ws[0]] = adjective
        for w in (stem, stem + "s", adjective + "s"):
            out[w] = adjective
    return out


def role_words(
    roles: Iterable[str], names: Iterable[Sequence[str]], days: Mapping[str, str | None]
) -> RoleWords:
    """The brief's :class:`RoleWords`: a word past a role's first is written in lower case
    when it is a role noun or title, or when the roles write it so at least as often as
    capitalised; "presidential" and "senator" then read alike wherever they stand."""
    low: Counter[str] = Counter()
    high: Counter[str] = Counter()
    for role in roles:
        for token in role.split()[1:]:
            w = token.strip(".,;:'’")
            if w[:1].islower():
                low[w.casefold()] += 1
            elif w[:1].isupper() and not w.isupper():
                high[w.casefold()] += 1
    lower = {w for w in low if low[w] >= high[w]} | _ROLE_VOCABULARY
    return RoleWords(party_words(names), frozenset(lower - _ADDRESS), dict(days))


def written(role: str, lower: frozenset[str]) -> str:
    """``role`` in sentence style: its first letter a capital, a common word (``lower``) in
    lower case unless it stands as a title before a name ("President Obama's aide")."""
    tokens = role.split()
    out = []
    for i, token in enumerate(tokens):
        w = token.strip(".,;:'’").casefold()
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
        before_name = nxt[:1].isupper() and nxt.strip(".,;:'’").casefold() not in lower
        if w in lower and not token.isupper() and not before_name:
            token = token.lower()
        out.append(token)
    text = " ".join(out)
    return text[:1].upper() + text[1:]


def _ranked_apart(small: frozenset[str], large: frozenset[str]) -> bool:
    """Whether the words a fuller form adds make another office ("vice")."""
    return bool((large - small) & _RANK)


@dataclass
class _Form:
    past: bool
    words: frozenset[str]
    writings: Counter[str]
    sources: set[str]
    first: int


def edited_roles(roles: Sequence[tuple[str, str]], style: RoleWords | None = None) -> list[str]:
    """The roles a profile shows from ``roles`` (each a source and a role text, in the
    order the actor keeps them), most sources first, as the module says."""
    style = style or RoleWords()
    forms: dict[tuple[bool, frozenset[str]], _Form] = {}
    for doc, text in roles:
        for part in role_parts(text):
            past, words = role_form(part, style.party)
            if not words:
                continue
            form = forms.setdefault((past, words), _Form(past, words, Counter(), set(), len(forms)))
            form.writings[part] += 1
            form.sources.add(doc)
    # fold each form into the fuller one most sources back (smallest first, so a chain
    # "judge" < "court judge" < "county court judge" ends in the fullest)
    for key in sorted(forms, key=lambda k: len(k[1])):
        form = forms[key]
        fuller = [
            f
            for f in forms.values()
            if f.past == form.past
            and form.words < f.words
            and not _ranked_apart(form.words, f.words)
        ]
        if fuller:
            into = max(fuller, key=lambda f: (len(f.sources), -f.first))
            into.sources |= form.sources
            del forms[key]
    kept = [f for f in forms.values() if not _courtesy_title(f, forms.values(), style.days)]
    kept.sort(key=lambda f: (-len(f.sources), f.first))
    return [written(_most_written(f), style.lower) for f in kept]


def _most_written(form: _Form) -> str:
    best = max(form.writings.values())
    return next(w for w, n in form.writings.items() if n == best)


def _courtesy_title(form: _Form, forms: Iterable[_Form], days: Mapping[str, str | None]) -> bool:
    """Whether a title held now is one the actor is also said to have held before, and no
    source giving it is later than every source calling the actor former."""
    if form.past:
        return False
    for past in forms:
        if past.past and form.words <= past.words and not _ranked_apart(form.words, past.words):
            last_former = max((days.get(d) or "" for d in past.sources), default="")
            first_now = min((days.get(d) or "" for d in form.sources), default="")
            if not (first_now and last_former and first_now > last_former):
                return True
    return False


def is_description(alias: str, person: bool) -> bool:
    """Whether an other name an actor is given describes it instead of naming it: a phrase
    opening with "a"/"an" or holding a common word in lower case ("the Massachusetts
    senator", "U.N. agency"), an owner's ("Ann Holt's lawyer"), titles alone ("President"),
    and for a person a phrase ending in a role noun ("Health Secretary")."""
    tokens = alias.split()
    if not tokens or tokens[0].casefold() in ("a", "an"):
        return True
    if tokens[0].casefold() == "the":
        tokens = tokens[1:]
    if any(_POSSESSIVE_END.search(t.rstrip(".,")) and len(t) > 2 for t in tokens[:-1]):
        return True
    words = [t.strip(".,;:") for t in tokens]
    if any(w[:1].islower() and w.casefold() not in _NAME_PARTICLES for w in words):
        return True
    folded = [w.casefold() for w in words if w]
    if folded and all(w in TITLES for w in folded):
        return True
    return person and bool(folded) and folded[-1] in _ROLE_VOCABULARY
