"""A bare surname in a shown sentence that the page gives several people before it.

Wire copy names a person in full once and by the surname alone after ("Holt also wrote
to the council"). When the page has named two of a family ("Ann Holt", her son "Ben
Holt"), the surname alone is read in the article by the paragraph around it; a sentence
shown alone keeps only the surname, which the brief's reader takes for the family's
best-known member. The sentences just before naming one of them in full decide, and that
given name is set in brackets ("[Ann] Holt also wrote …"); so does the page being about
one of them (named far most often, or first in its lede): the surname is left as
written, as ``titled.name_titled`` leaves a title. Otherwise the sentence is not shown.
A surname the page gives one person is ``titled.name_newcomer``'s.
"""

from __future__ import annotations

import re

from briefgen.anaphora import sentences_before
from briefgen.extract.quotes import without_quotations
from briefgen.models import Extraction
from briefgen.titled import DOMINANT, KIN_OWNER, given_names, text_after

__all__ = ["name_shared_surname"]

# A capitalised word standing alone (no capitalised word right after it), maybe possessive
# ("Holt's"); what stands before it is read apart (``_BEFORE_NAME``).
_BARE = re.compile(r"(?<![\w'’.\[-])([A-Z][a-z][\w'’-]*?)(?=['’]s\b|\b)(?![\w'’-]*\s+[A-Z])")
# A capitalised word or a title right before it: part of a longer name ("Ann Holt", "Mr.
# Holt", the titled ones being ``name_titled``'s) or a name of something else.
_BEFORE_NAME = re.compile(r"[A-Z][\w.'’-]*\]?\s+$")


def _written_in_full(given: str, surname: str, text: str) -> str | None:
    """The given names ``text`` writes before ``surname``, from ``given`` on ("Ann
    Marie" of "Ann Marie Holt"), or None."""
    middle = r"[ \t]+(?:[A-Z]\.|[A-Z][a-z][\w'’-]*)"  # a middle name or initial, on its line
    pattern = rf"\b({re.escape(given)}(?:{middle}){{0,2}})[ \t]+{re.escape(surname)}\b"
    found = re.search(pattern, text)
    return None if found is None else found[1]


def _about_one(people: dict[str, tuple[str, int]], surname: str, doc: str) -> bool:
    """Whether the page, up to the sentence, is about one of ``people`` (given name ->
    (as written, how often), in the order the page names them): one named far most
    often, or the first, whom its lede is about, unless the lede names them as a
    relative's owner ("Ann Holt's son said …": the son is its subject)."""
    counts = sorted((n for _, n in people.values()), reverse=True)
    if counts[0] >= DOMINANT * counts[1]:
        return True
    first = next(iter(people.values()))[0]
    return KIN_OWNER.match(text_after(doc, f"{first} {surname}")) is None


def name_shared_surname(text: str, start: int, extraction: Extraction | None) -> str | None:
    """``text`` (a sentence at ``start``) with each bare surname its page gives several
    people before it named: the one the sentences just before write in full, in brackets
    ("[Ann] Holt also wrote …"); as written when the page is about one of them; None when
    nothing says which. Quotations are the speaker's, read by their article's reader."""
    if extraction is None:
        return text
    narration = without_quotations(text)
    doc = extraction.document.text
    out, last, done = [], 0, set()
    for m in _BARE.finditer(narration):
        surname = m[1]
        if surname in done or _BEFORE_NAME.search(narration, 0, m.start()):
            continue
        done.add(surname)
        people = given_names(surname, extraction, end=start)
        if len(people) < 2 or any(_written_in_full(g, surname, text) for g, _ in people.values()):
            continue  # one person of that name before it, or the sentence says which
        near = sentences_before(start, extraction)
        named = [w for g, _ in people.values() if (w := _written_in_full(g, surname, near))]
        if len(named) == 1:
            out.append(text[last : m.start()] + f"[{named[0]}] ")
            last = m.start()
        elif not named and _about_one(people, surname, doc):
            continue
        else:
            return None  # which of the family, only the paragraphs before say
    return "".join(out) + text[last:]
