"""A titled surname in a shown sentence ("Ms Jackson") that the document shares among kin.

News copy names a person in full once ("La Toya Jackson") and then by title and surname
("Ms Jackson"). Inside its article the title and the paragraph around it say which of a
family is meant; a sentence shown alone keeps only the surname, which the brief's reader
takes for the family's best-known member. When the document names several people of
that surname, the one the title fits is named in brackets, the editorial convention
("Ms [La Toya] Jackson"); when the title fits more than one, or none, the sentence is not
shown. A surname the document gives one person only is left as written.
"""

from __future__ import annotations

import re

from briefgen.extract.antecedents import guessed_gender
from briefgen.models import Extraction

__all__ = ["name_titled"]

# A title that tells the person's gender, then the surname (possessive allowed).
_TITLED = re.compile(r"\b(Mr|Mrs|Ms|Miss)\.?\s+([A-Z][\w'’-]+?)(?=['’]s\b|\b)(?!\s+[A-Z])")
_GENDER = {"Mr": "m", "Mrs": "f", "Ms": "f", "Miss": "f"}
# Words before a given name that are no part of it.
_LEADING = re.compile(r"^(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lady|Lord|Prof)\.?\s+)+")


def _gender(given: str) -> str | None:
    """ "m" or "f" when the given name's words say it (mostly one gender's), else None."""
    for word in given.split():
        if len(word) > 1 and word.isalpha():
            found = guessed_gender(word)
            if found != "unknown" and found != "andy":
                return "m" if found.endswith("male") and "female" not in found else "f"
    return None


def _given_names(surname: str, extraction: Extraction) -> dict[str, str]:
    """The given names the document writes in full before ``surname`` ("La Toya" for
    "La Toya Jackson"), from its person mentions, one per first given word: "Michael" and
    "Michael Joseph" are one person, shown by the shorter."""
    out: dict[str, str] = {}
    for m in extraction.mentions:
        if m.type != "person" or m.kind != "name":
            continue
        words = _LEADING.sub("", m.text).split()
        if len(words) >= 2 and words[-1] == surname and all(w[:1].isupper() for w in words):
            given = " ".join(words[:-1])
            known = out.get(words[0])
            out[words[0]] = given if known is None or len(given) < len(known) else known
    return out


def name_titled(text: str, extraction: Extraction | None) -> str | None:
    """``text`` with each titled surname the document shares among several people given
    the one given name its title fits, in brackets ("Ms [La Toya] Jackson"); None when a
    title fits more than one of them or none. Unchanged when no surname is shared."""
    if extraction is None:
        return text
    out = []
    last = 0
    for m in _TITLED.finditer(text):
        title, surname = m[1], m[2]
        given = _given_names(surname, extraction)
        if len(given) < 2:
            continue  # one person of that name in the document: the title is enough
        fits = {g for g in given.values() if _gender(g) in (None, _GENDER[title])}
        if len(fits) != 1:
            return None  # which of the family, the sentence alone cannot say
        out.append(text[last : m.start(2)] + f"[{fits.pop()}] ")
        last = m.start(2)
    return "".join(out) + text[last:]
