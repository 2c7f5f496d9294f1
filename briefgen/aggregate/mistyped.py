"""A person's name mistyped, or stripped of its accented letters, in some of the sources.

Scraped pages lose letters: a page saved in the wrong encoding drops "ó" and "é"
("Jos Angel Crdova" for José Ángel Córdova, "Felipe Caldern"), and wire copy has typos
("Richard Bessert" in one story about Richard Besser). Each such spelling became a record
of its own beside the person's. Two full names are one person's, mistyped, when:

- they have as many words, at least one of them the same, and differ by one letter in
  the surname at most (a surname of five letters or more: "Bush" and "Bash" are two);
- each given name is the other's or the other's with one letter lost at its end ("Jos",
  "Jose"), and a given name that differs needs the role the texts give both to agree
  (a "Gabriela" beside a "Gabriel" is as often a second person as a typo).

Roles that have nothing in common keep them apart, as they keep spelling variants apart
(``crossdocs``). Candidates are the names that share a word, so the work grows with the
number of names that share one, not with the square of all.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence

from rapidfuzz.distance import Levenshtein

__all__ = ["letters_lost", "mistyped_pairs"]

# The shortest surname a one-letter difference may join, and the most names one word
# may block together (a common given name: past that, it is no evidence).
_SHORTEST_SURNAME = 5
_LARGEST_BLOCK = 64

Key = tuple[tuple[str, ...], str | None]


def mistyped_pairs(
    names: Mapping[Key, Sequence[str]], roles: Mapping[Key, set[str]]
) -> list[tuple[Key, Key]]:
    """The pairs of keys of ``names`` (full names without a generational suffix, as
    words) that are one person's name, one of them mistyped; ``roles``: the role words
    the texts give each."""
    blocks: dict[str, list[Key]] = defaultdict(list)
    for key, ws in names.items():
        if key[1] is None and len(ws) >= 2:
            for w in set(ws):
                blocks[w].append(key)
    seen: set[tuple[Key, Key]] = set()
    out: list[tuple[Key, Key]] = []
    for block in blocks.values():
        if len(block) > _LARGEST_BLOCK:
            continue
        for n, a in enumerate(block):
            for b in block[n + 1 :]:
                pair = (a, b) if a < b else (b, a)
                if pair in seen:
                    continue
                seen.add(pair)
                if _mistyped(names[a], names[b], roles.get(a, set()), roles.get(b, set())):
                    out.append(pair)
    return out


def _mistyped(a: Sequence[str], b: Sequence[str], roles_a: set[str], roles_b: set[str]) -> bool:
    if len(a) != len(b) or list(a) == list(b):
        return False
    if roles_a and roles_b and not roles_a & roles_b:
        return False
    surname_a, surname_b = a[-1], b[-1]
    if surname_a != surname_b and (
        min(len(surname_a), len(surname_b)) < _SHORTEST_SURNAME
        or Levenshtein.distance(surname_a, surname_b, score_cutoff=1) > 1
    ):
        return False
    given = list(zip(a[:-1], b[:-1], strict=True))
    if not any(x == y for x, y in given) and surname_a != surname_b:
        return False  # nothing written alike: two names that resemble each other
    differing = [(x, y) for x, y in given if x != y]
    if not all(_lost_at_end(x, y) for x, y in differing):
        return False
    return (
        not differing or bool(roles_a & roles_b) or all(_capital_lost(x, y) for x, y in differing)
    )


def _lost_at_end(x: str, y: str) -> bool:
    """Whether one given name is the other with its last letter lost ("jos", "jose"), or
    the opening vowel an accented capital was (:func:`_capital_lost`)."""
    short, long = sorted((x, y), key=len)
    return (
        len(short) >= 3 and len(long) == len(short) + 1 and long.startswith(short)
    ) or _capital_lost(x, y)


def _capital_lost(x: str, y: str) -> bool:
    """Whether one given name is the other headless: its accented capital vowel lost to
    the page's encoding ("ngel" of Ángel, "scar" of Óscar). No typo drops a capital, so
    this alone tells the two spellings apart from two people's names."""
    short, long = sorted((x, y), key=len)
    return (
        len(short) >= 3
        and len(long) == len(short) + 1
        and long[0] in _VOWELS
        and (long[1:] == short)
    )


_VOWELS = frozenset("aeiou")
_INITIAL = re.compile(r"\b[A-Za-z]\.")


def letters_lost(name: str, other: str) -> bool:
    """Whether ``name`` is ``other`` with up to three of its vowels lost, as a page saved
    in the wrong encoding loses "ó" and "é" ("Jos Angel C rdova", "José Ángel Córdova"
    folded): of two spellings of one person, the one to show is the whole one. A letter
    dropped by a typo can be any; only vowels lost marks the encoding's loss."""
    short, long = _letters(name), _letters(other)
    lost = len(long) - len(short)
    if not 1 <= lost <= 3 or not short:
        return False
    # ``long`` less ``lost`` letters, all of them vowels: walk both, skipping vowels of ``long``
    i = 0
    for ch in long:
        if i < len(short) and short[i] == ch:
            i += 1
        elif ch not in _VOWELS:
            return False
    return i == len(short)


def _letters(name: str) -> str:
    """The letters ``letters_lost`` compares: a middle initial is a word left out, not a
    letter lost ("Lindsey O. Graham")."""
    return "".join(ch for ch in _INITIAL.sub(" ", name).casefold() if ch.isalpha())


def kept_letters(name: str) -> str:
    """``name``'s letters less its vowels: a name and the name with vowels lost keep the
    same (every letter ``letters_lost`` does not skip is matched), so a lookup by them
    finds every spelling that may have lost letters of another without comparing all."""
    return "".join(ch for ch in _letters(name) if ch not in _VOWELS)
