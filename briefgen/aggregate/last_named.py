"""The document's own context for a bare surname two of its people share: the one it
named in full last before it, and whether the pronouns since agree with that one.

"Hillary Clinton who has most had to adapt. … her campaign … she … Sanders and Clinton
both campaigned": a reader takes the bare "Clinton" for the last Clinton named, whom every
"she" and "her" since has kept in view, whoever the story names first or most. When the
last one named and the one the document's counts point to (``bare_surnames``) differ, the
pronouns since decide; when they do not (none, or of both genders), the surname is left
open: unknown beats wrong.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Set
from typing import TYPE_CHECKING

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


def pronouns_since(text: str, start: int, end: int) -> set[str]:
    """The genders ("m", "f") of the gendered pronouns of ``text[start:end]``."""
    return {"m" if m.group(1) else "f" for m in _PRONOUN.finditer(text, start, end)}


# Why a bare surname went to the last one named rather than the one the counts point to.
CONTEXT_REASON = (
    "surname of the last person of that name named in full, whom the pronouns since fit"
)


def in_context(
    person: int,
    recent: tuple[int, int] | None,
    text: str,
    at: int,
    gender_of: Callable[[int], str | None],
) -> int | None:
    """Whom a bare surname at ``at`` stands for when the document's counts point to
    ``person`` and ``recent`` (:func:`last_named`) is the one it named last: ``person``
    when they agree (or none was named before); the last one named when the pronouns since
    are all of their gender (``gender_of``) and ``person`` is of another; else None, left
    open (see module)."""
    if recent is None or recent[0] == person:
        return person
    sex = gender_of(recent[0])
    told = sex is not None and gender_of(person) not in (None, sex)
    if told and pronouns_since(text, recent[1], at) == {sex}:
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
) -> None:
    """Join bare surname ``i`` to ``person``, whom the document's counts point to, when its
    context agrees (:func:`in_context`); to the one named last when the pronouns
    since say so; else leave it open, to every later rule too."""
    chosen = in_context(person, recent, text, at, gender_of)
    if chosen is None:
        uf.open.add(i)  # nor is the corpus's favourite of that name guessed for it
    else:
        uf.join(chosen, i, reason if chosen == person else CONTEXT_REASON)
