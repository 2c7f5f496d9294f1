"""A profile's roles as one careful editor lists them.

Sources write one role many ways: "the presumptive Harmonic nominee", "Presumptive
Harmon nominee", "presumptive Harmonic presidential nominee"; a title before a name is
capitalised ("Marlow Senator"), the same words after it are not ("a Marlow senator").
A role here is compared on its *form*: its content words, case folded, without
determiners, owners' possessive endings and the joining words of a phrase ("senator from
Marlow" is "Marlow senator"), a party's other names read as its adjective ("HP", "Harmon",
"Harmons" as "Harmonic" beside a "Harmonic Party"), and whether it is marked as held
before ("former"). One role is shown per form; a form whose words are all in a fuller form of the
same actor (held now or before alike, no rank word between them: "Vice President" is no
fuller "President") is that role said with less: the two are one role, shown in the
writing more sources give (the fuller on a tie, and always beside a bare title: "Marlow
Senator", not "Senator"). A title held now beside the same title held before ("President"
beside "former president") is the courtesy title news copy gives a former holder, or the
office named in a sentence of the past: the profile says "former". A relation alone
("brother") is left out beside a role that says more.

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

# Roles listed whatever number of sources give them; past these, a role needs two sources.
SURE_ROLES = 2
# Words that join a role's content words or say whose it is: no part of what the role is.
_JOINING = word_set("the a an of for from in at on to with his her their its")
# Marks of a role held before, no longer (``then-`` roles never reach here: ``past_roles``).
_PAST = word_set("former ex onetime one-time previous")
# Words that make another office of the same head (a vice president is no president) or
# another standing in it (a presumptive nominee is not yet the nominee).
_STANDING = word_set(
    "presumptive presumed likely probable eventual potential prospective designate elect"
)
_RANK = word_set("vice deputy assistant associate lieutenant under sub co junior") | _STANDING
# Words that rank a person among others or grade them, not name a position.
_EVALUATIVE = word_set("most least best worst only very favorite favourite")
_SUPERLATIVE = re.compile(r"^[a-z]+(?:iest|([bdgmnpt])\1est)$")
# Endings of adjectives ("progressive", "famous", "historic"): a head so ended is a quality.
_ADJECTIVE_ENDINGS = ("ive", "ous", "ful", "less", "able", "ible", "ish", "ic", "al")
# Endings of agent nouns (as :func:`briefgen.extract.rolefit.good_role` reads them).
_AGENT_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent", "man", "woman", "ee", "ess")
_ROLE_VOCABULARY = (
    ROLE_NOUNS
    | TITLES
    | KINSHIP
    | word_set("speaker lawmaker justice counsel executive detective operative")
)
# Words that open a prepositional phrase after a role's head ("director of …").
_PREPOSITIONS = word_set("of for from in at on to with")
_CONJUNCTIONS = word_set("and or but as by than")
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
    as its adjective (``party``: "lp" -> "leveller")."""

    party: Mapping[str, str] = field(default_factory=dict)


def _word(token: str) -> str:
    """A token as a role's form reads it: case folded, no possessive, no full stops."""
    w = token.casefold().strip(',;:"()“”‘')
    w = _POSSESSIVE_END.sub("", w)
    return w.replace(".", "").strip("'’")


def role_form(
    role: str, party: Mapping[str, str] | None = None, joined: Mapping[str, list[str]] | None = None
) -> tuple[bool, frozenset[str]]:
    """Whether ``role`` is marked as held before, and its content words (see the module).
    ``joined``: a compound written in one word that is also written hyphened, as its parts
    ("frontrunner" beside "front-runner")."""
    party, joined = party or {}, joined or {}
    ws = [_word(t) for t in re.split(r"[\s\-–]+", role)]
    ws = [p for w in ws for p in joined.get(w, [w])]
    ws = [party.get(w, w) for w in ws if w and w not in _JOINING]
    return any(w in _PAST for w in ws), frozenset(w for w in ws if w not in _PAST)


def is_role_phrase(role: str) -> bool:
    """Whether ``role`` names a position, not an evaluation: no superlative or word of
    preference in it, and its head a role noun, an agent noun or another noun, never an
    adjective ("proud progressive")."""
    tokens = [t for t in (_word(t) for t in role.split()) if t]
    if not tokens or any(t in _EVALUATIVE or _SUPERLATIVE.match(t) for t in tokens):
        return False
    if tokens[0] in _PREPOSITIONS | _CONJUNCTIONS:
        return False  # a piece of a sentence ("to party stalwart"), not a noun phrase
    head = _head(role)
    if head in _ROLE_VOCABULARY or head.endswith(_AGENT_ENDINGS):
        return True
    return not head.endswith(_ADJECTIVE_ENDINGS)


def _without_address(role: str) -> str:
    """``role`` without the forms of address that end it ("WHO Director General Dr")."""
    words = role.split()
    while words and words[-1].strip(".").casefold() in _ADDRESS:
        words.pop()
    return " ".join(words)


def role_parts(role: str) -> list[str]:
    """The roles a role text states, as a profile may list them: its conjuncts that name a
    position, without a leading article or a form of address at the end."""
    parts: list[str] = []
    past = ""
    for part in _CONJUNCT.split(" ".join(role.split())):
        words = _without_address(_DETERMINER.sub("", part)).split()
        if not words:
            continue
        if past and not any(w.casefold() in _PAST for w in words):
            words = [past, *words]  # "former secretary and senator": a former senator too
        elif not parts and words[0].casefold() in _PAST:
            past = words[0]
        part = " ".join(words)
        if is_role_phrase(part):
            parts.append(part)
    return parts


def party_words(names: Iterable[Sequence[str]]) -> dict[str, str]:
    """Each party's other names as its adjective, from the names each party actor goes by
    (its name and aliases): "LP" and "Levellers" beside "Leveller Party" read "leveller";
    "Harmon" and "Harmons" beside "Harmonic Party" read "harmonic"."""
    out: dict[str, str] = {}
    for known in names:
        folded = [[_word(t) for t in n.split()] for n in known]
        # the adjective of the first name with "Party" (the actor's own name before its
        # aliases): "Harmon Party" is a writing of the "Harmonic Party"
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


def role_words(names: Iterable[Sequence[str]]) -> RoleWords:
    """The brief's :class:`RoleWords`: its parties' names (:func:`party_words`, from each
    actor's name and aliases)."""
    return RoleWords(party_words(names))


def written(role: str) -> str:
    """``role`` as a list of roles writes it: its first letter a capital, its other words as
    the sources wrote them (a title before a name keeps its capitals, "Ohio Governor"; a
    phrase its small letters, "senior adviser to the campaign")."""
    return role[:1].upper() + role[1:]


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
    parts = [(doc, part) for doc, text in roles for part in role_parts(text)]
    hyphened = {_word(t) for _, part in parts for t in part.split() if "-" in t.strip("-")}
    joined = {w.replace("-", ""): w.split("-") for w in hyphened}
    for doc, part in parts:
        past, words = role_form(part, style.party, joined)
        if words:
            form = forms.setdefault((past, words), _Form(past, words, Counter(), set(), len(forms)))
            form.writings[part] += 1
            form.sources.add(doc)
    _fold_fuller(forms)
    kept = [
        f
        for f in forms.values()
        if not _courtesy_title(f, forms.values()) and not _other_standing(f, forms.values())
    ]
    kept.sort(key=lambda f: (-len(f.sources), f.first))
    # past the first two, a role one source alone gives is that writer's description (a
    # one-off epithet, a career detail), not what the sources call the person
    kept = [f for i, f in enumerate(kept) if i < SURE_ROLES or _sure(f)]
    return [written(_most_written(f)) for f in kept]


def _fold_fuller(forms: dict[tuple[bool, frozenset[str]], _Form]) -> None:
    """Fold each form whose words are all in a fuller one into one of the two: a bare title
    ("Governor") into the fuller one, and a title into the one adding a place or a body
    written with capitals ("Marlow Foreign Minister"), otherwise into the one more sources give
    (the fuller on a tie): "Marlow Senator", given by many, stays before "ultra-tidy
    senator from Marlow", given by one; "Superior Court judge" takes in "judge". Of the
    fuller forms, the one most sources give is the one folded with: a title stacked on
    another by one source ("candidate Marlow Senator") takes in neither."""
    reconciling = {k for k, f in forms.items() if _reconciles(f, forms.values())}
    common = frozenset(
        _word(t)
        for f in forms.values()
        for w in f.writings
        for t in re.split(r"[\s\-–]+", w)
        if t[:1].islower()
    )
    for key in sorted(forms, key=lambda k: len(k[1])):
        while key in forms:
            small = forms[key]
            fuller = [
                (k, f)
                for k, f in forms.items()
                if f.past == small.past
                and small.words < f.words
                and not _ranked_apart(small.words, f.words)
            ]
            if not fuller:
                break
            large_key, large = max(fuller, key=lambda kf: (len(kf[1].sources), -kf[1].first))
            to_fuller = (
                len(small.words) == 1
                or len(large.sources) >= len(small.sources)
                or _names_added(small, large, common)
                or large_key in reconciling
            )
            keep, lose = (large, key) if to_fuller else (small, large_key)
            keep.sources |= forms[lose].sources
            keep.first = min(small.first, large.first)
            del forms[lose]
    # a relation alone ("brother") tells least beside a role that says more
    if any(len(f.words) > 1 or not f.words <= KINSHIP for f in forms.values()):
        for key in [k for k, f in forms.items() if len(f.words) == 1 and f.words <= KINSHIP]:
            del forms[key]


def _sure(form: _Form) -> bool:
    """Whether a role is given by several sources or names an office (its head a title or
    role noun: "former secretary of state"), not a writer's one description of the person."""
    return len(form.sources) > 1 or _head(_most_written(form)) in _ROLE_VOCABULARY


def _head(role: str) -> str:
    """The head noun of a role: its last word before a prepositional phrase, the last part
    of a hyphened compound ("director" of "director of the agency")."""
    tokens = [t for t in (_word(t) for t in role.split()) if t]
    if not tokens:
        return ""
    at = next((i for i, t in enumerate(tokens) if i and t in _PREPOSITIONS), len(tokens))
    return tokens[at - 1].rsplit("-", 1)[-1]


def _reconciles(large: _Form, forms: Iterable[_Form]) -> bool:
    """Whether a form is just the words of two others that each leave out a word of it
    around the same head ("Harmonic presidential nominee" of "Harmonic nominee" and
    "presidential nominee"), not two titles stacked (their heads differ)."""
    head = _head(_most_written(large))
    within = [f.words for f in forms if f.words < large.words and head in f.words]
    return any(not a <= b and not b <= a and a | b == large.words for a in within for b in within)


def _names_added(small: _Form, large: _Form, common: frozenset[str]) -> bool:
    """Whether the words a fuller form adds are all written with capitals and never in
    small letters (``common``): a place, a body, a party ("Marlow" in "Marlow Foreign
    Minister"), which say where the office is."""
    added = large.words - small.words
    tokens = [t for t in re.split(r"[\s\-–]+", _most_written(large)) if _word(t) in added]
    return bool(tokens) and all(t[:1].isupper() and _word(t) not in common for t in tokens)


def _most_written(form: _Form) -> str:
    best = max(form.writings.values())
    return next(w for w, n in form.writings.items() if n == best)


def _other_standing(form: _Form, forms: Iterable[_Form]) -> bool:
    """Whether the role is another standing of one more sources give ("presumptive
    nominee" beside "nominee", "eventual nominee" beside "Harmonic nominee"): the same role
    told at two points of its course is listed once, as most sources tell it."""
    base = form.words - _STANDING
    for other in forms:
        if other is form or other.past != form.past:
            continue
        if other.words & _STANDING == form.words & _STANDING:
            continue
        theirs = other.words - _STANDING
        if (base <= theirs or theirs <= base) and (len(other.sources), -other.first) > (
            len(form.sources),
            -form.first,
        ):
            return True
    return False


def _courtesy_title(form: _Form, forms: Iterable[_Form]) -> bool:
    """Whether a title held now is one the actor is also said to have held before: the
    courtesy title news copy gives a former holder ("President Ann Holt" of a former
    president), or the office named in a sentence of the past; the profile says "former"."""
    return not form.past and any(
        past.past and form.words <= past.words and not _ranked_apart(form.words, past.words)
        for past in forms
    )


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
