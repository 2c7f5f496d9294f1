"""The document's own context for a bare surname two of its people share: the one it
named in full last before it, and whether the pronouns since agree with that one.

"Hillary Clinton who has most had to adapt. … her campaign … she … Sanders and Clinton
both campaigned": a reader takes the bare "Clinton" for the last Clinton named, whom every
"she" and "her" since has kept in view, whoever the story names first or most. When the
last one named and the one the document's counts point to (``bare_surnames``) differ, the
pronouns since decide, when no one else the text names between could be what they stand
for (another person of that gender, or of none the name tells: "Bill Clinton … Sanders …
his … Obama … him … Clinton" keeps many men in view); when they do not (none, of both
genders, or another is named), the surname is left open: unknown beats wrong.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence, Set
from dataclasses import dataclass
from typing import TYPE_CHECKING

from briefgen.aggregate.name_titles import title_gender
from briefgen.aggregate.names import NAMED, person_words, surname_form
from briefgen.extract.antecedents import name_gender
from briefgen.models import Mention

if TYPE_CHECKING:
    from briefgen.aggregate.linking import Union

# Every third-person singular pronoun that carries a gender, object and reflexive too: any
# of them since the last full name says whom the text has kept in view.
_PRONOUN = re.compile(r"\b(?:(he|him|his|himself)|she|her|hers|herself)\b", re.I)


def last_named(
    fulls: Iterable[tuple[bool, int, int]], at: int, relatives: Set[int]
) -> tuple[int, int] | None:
    """(person, where) of the full name of the surname closest before ``at`` among
    ``fulls`` ((not nested, start, person) as ``bare_surnames`` lists them), those the
    document introduces as someone's relative (``relatives``) aside: "his wife, Rakeyia
    Scott" named in passing does not make the next "Scott" hers. None when none is before."""
    before = [
        (start, person) for _, start, person in fulls if start < at and person not in relatives
    ]
    if not before:
        return None
    start, person = max(before)
    return person, start


# A surname with its possessive ending: "Trump's representatives".
_ATTRIBUTIVE = re.compile(r"[\w.-]+['’]s\b")


def pronouns_since(text: str, start: int, end: int) -> set[str]:
    """The genders ("m", "f") of the gendered pronouns of ``text[start:end]``."""
    return {"m" if m.group(1) else "f" for m in _PRONOUN.finditer(text, start, end)}


# Why a bare surname went to the last one named rather than the one the counts point to.
CONTEXT_REASON = (
    "surname of the last person of that name named in full, whom the pronouns since fit"
)


@dataclass(frozen=True)
class Named:
    """The people a document names, in text order: (where, surname, the gender the name or
    its title tells, else None)."""

    people: tuple[tuple[int, str, str | None], ...]

    def another_between(self, start: int, end: int, surname: str, sex: str) -> bool:
        """Whether someone not of ``surname`` whom a pronoun of ``sex`` may stand for (that
        gender, or one the name does not tell) is named between ``start`` and ``end``."""
        return any(
            start < at < end and word != surname and told in (None, sex)
            for at, word, told in self.people
        )


def named_people(by_pos: Sequence[tuple[int, Mention]], text: str) -> Named:
    """The document's named people with the gender their title or given name tells; a bare
    surname takes the one its full names there agree on ("Sanders" after "Bernie Sanders")."""
    told: dict[str, set[str | None]] = defaultdict(set)
    for _, m in by_pos:
        ws = person_words(m.text)[0] if m.type == "person" and m.kind in NAMED else []
        if len(ws) >= 2:
            told[surname_form(ws[-1])].add(title_gender(text, m) or name_gender(ws[0]))
    people = []
    for _, m in by_pos:
        ws = person_words(m.text)[0] if m.type == "person" and m.kind in NAMED else []
        if not ws:
            continue
        word = surname_form(ws[-1])
        sex = title_gender(text, m) or (name_gender(ws[0]) if len(ws) >= 2 else None)
        if sex is None and len(ws) == 1 and len(told.get(word, ())) == 1:
            sex = next(iter(told[word]))
        people.append((m.start, word, sex))
    return Named(tuple(people))


def in_context(
    person: int,
    recent: tuple[int, int] | None,
    text: str,
    at: int,
    gender_of: Callable[[int], str | None],
    surname: str,
    named: Named,
) -> int | None:
    """Whom a bare surname at ``at`` stands for when the document's counts point to
    ``person`` and ``recent`` (:func:`last_named`) is the one it named last: ``person``
    when they agree (or none was named before); the last one named when the pronouns since
    are all of their gender (``gender_of``), ``person`` is of another, no one else of that
    gender is named between (``named``), and the surname is no owner of a team ("Trump's
    representatives", "the Clinton campaign"); else None, left open (see module)."""
    if recent is None or recent[0] == person:
        return person
    sex = gender_of(recent[0])
    if sex is None or _ATTRIBUTIVE.match(text, at) or text[max(0, at - 4) : at].lower() == "the ":
        # "Trump's representatives", "the Clinton campaign": whose team or campaign is
        # meant is the story's matter, which no pronoun between tells
        return None
    if (
        gender_of(person) not in (None, sex)
        and pronouns_since(text, recent[1], at) == {sex}
        and not named.another_between(recent[1], at, surname, sex)
    ):
        return recent[0]
    return None


def join_in_context(
    uf: Union,
    i: int,
    person: int,
    reason: str,
    recent: tuple[int, int] | None,
    text: str,
    at: int,
    gender_of: Callable[[int], str | None],
    surname: str,
    named: Named,
) -> None:
    """Join bare surname ``i`` to ``person``, whom the document's counts point to, when its
    context agrees (:func:`in_context`); to the one named last when the pronouns
    since say so; else leave it open (to the corpus's rules: ``shortnames``)."""
    chosen = in_context(person, recent, text, at, gender_of, surname, named)
    if chosen is not None:
        uf.join(chosen, i, reason if chosen == person else CONTEXT_REASON)
